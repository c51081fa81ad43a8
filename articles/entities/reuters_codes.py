"""Reuters-21578 category codes (TOPICS, ORGS, PLACES, PEOPLE) as readable tags."""

from __future__ import annotations

from functools import lru_cache

from .specs import TagSpec

# TOPICS: the 135 economic subject codes of the Reuters-21578 distribution.
TOPIC_NAMES: dict[str, str] = {
    "acq": "Mergers & Acquisitions",
    "alum": "Aluminium",
    "austdlr": "Australian Dollar",
    "austral": "Austral (Argentine Currency)",
    "barley": "Barley",
    "bfr": "Belgian Franc",
    "bop": "Balance of Payments",
    "can": "Canadian Dollar",
    "carcass": "Carcass Meat",
    "castor-meal": "Castor Meal",
    "castor-oil": "Castor Oil",
    "castorseed": "Castorseed",
    "citruspulp": "Citrus Pulp",
    "cocoa": "Cocoa",
    "coconut": "Coconut",
    "coconut-oil": "Coconut Oil",
    "coffee": "Coffee",
    "copper": "Copper",
    "copra-cake": "Copra Cake",
    "corn": "Corn",
    "corn-oil": "Corn Oil",
    "cornglutenfeed": "Corn Gluten Feed",
    "cotton": "Cotton",
    "cotton-meal": "Cotton Meal",
    "cotton-oil": "Cottonseed Oil",
    "cottonseed": "Cottonseed",
    "cpi": "Consumer Prices",
    "cpu": "Capacity Utilisation",
    "crude": "Crude Oil",
    "cruzado": "Cruzado (Brazilian Currency)",
    "dfl": "Dutch Guilder",
    "dkr": "Danish Krone",
    "dlr": "US Dollar",
    "dmk": "German Mark",
    "drachma": "Greek Drachma",
    "earn": "Earnings",
    "escudo": "Portuguese Escudo",
    "f-cattle": "Feeder Cattle",
    "ffr": "French Franc",
    "fishmeal": "Fishmeal",
    "flaxseed": "Flaxseed",
    "fuel": "Fuel Oil",
    "gas": "Gasoline",
    "gnp": "Gross National Product",
    "gold": "Gold",
    "grain": "Grain",
    "groundnut": "Groundnuts",
    "groundnut-meal": "Groundnut Meal",
    "groundnut-oil": "Groundnut Oil",
    "heat": "Heating Oil",
    "hk": "Hong Kong Dollar",
    "hog": "Hogs",
    "housing": "Housing",
    "income": "Personal Income",
    "instal-debt": "Instalment Debt",
    "interest": "Interest Rates",
    "inventories": "Inventories",
    "ipi": "Industrial Production",
    "iron-steel": "Iron & Steel",
    "jet": "Jet Fuel",
    "jobs": "Employment",
    "l-cattle": "Live Cattle",
    "lead": "Lead",
    "lei": "Leading Indicators",
    "lin-meal": "Linseed Meal",
    "lin-oil": "Linseed Oil",
    "linseed": "Linseed",
    "lit": "Italian Lira",
    "livestock": "Livestock",
    "lumber": "Lumber",
    "lupin": "Lupins",
    "meal-feed": "Meal & Feed",
    "mexpeso": "Mexican Peso",
    "money-fx": "Money & Foreign Exchange",
    "money-supply": "Money Supply",
    "naphtha": "Naphtha",
    "nat-gas": "Natural Gas",
    "nickel": "Nickel",
    "nkr": "Norwegian Krone",
    "nzdlr": "New Zealand Dollar",
    "oat": "Oats",
    "oilseed": "Oilseeds",
    "orange": "Orange Juice",
    "palladium": "Palladium",
    "palm-meal": "Palm Meal",
    "palm-oil": "Palm Oil",
    "palmkernel": "Palm Kernel",
    "peseta": "Spanish Peseta",
    "pet-chem": "Petrochemicals",
    "platinum": "Platinum",
    "plywood": "Plywood",
    "pork-belly": "Pork Bellies",
    "potato": "Potatoes",
    "propane": "Propane",
    "rand": "South African Rand",
    "rape-meal": "Rapeseed Meal",
    "rape-oil": "Rapeseed Oil",
    "rapeseed": "Rapeseed",
    "red-bean": "Red Beans",
    "reserves": "Reserves",
    "retail": "Retail Sales",
    "rice": "Rice",
    "ringgit": "Malaysian Ringgit",
    "rubber": "Rubber",
    "rupiah": "Indonesian Rupiah",
    "rye": "Rye",
    "saudriyal": "Saudi Riyal",
    "sfr": "Swiss Franc",
    "ship": "Shipping",
    "silk": "Silk",
    "silver": "Silver",
    "singdlr": "Singapore Dollar",
    "skr": "Swedish Krona",
    "sorghum": "Sorghum",
    "soy-meal": "Soybean Meal",
    "soy-oil": "Soybean Oil",
    "soybean": "Soybeans",
    "stg": "Sterling",
    "strategic-metal": "Strategic Metals",
    "sugar": "Sugar",
    "sun-meal": "Sunflower Meal",
    "sun-oil": "Sunflower Oil",
    "sunseed": "Sunflower Seed",
    "tapioca": "Tapioca",
    "tea": "Tea",
    "tin": "Tin",
    "trade": "Trade",
    "tung": "Tung",
    "tung-oil": "Tung Oil",
    "veg-oil": "Vegetable Oils",
    "wheat": "Wheat",
    "wool": "Wool",
    "wpi": "Wholesale Prices",
    "yen": "Japanese Yen",
    "zinc": "Zinc",
}

# ORGS: the 56 organisation codes of the Reuters-21578 distribution.
ORG_NAMES: dict[str, str] = {
    "adb-africa": "African Development Bank",
    "adb-asia": "Asian Development Bank",
    "aibd": "Association of International Bond Dealers",
    "aid": "Agency for International Development",
    "alalc": "Latin American Free Trade Association",
    "andean": "Andean Pact",
    "anrpc": "Association of Natural Rubber Producing Countries",
    "asean": "ASEAN",
    "atpc": "Association of Tin Producing Countries",
    "bis": "Bank for International Settlements",
    "ccc": "Commodity Credit Corporation",
    "cipec": "Intergovernmental Council of Copper Exporting Countries",
    "comecon": "Comecon",
    "ec": "European Community",
    "eca": "Economic Commission for Africa",
    "ecafe": "Economic Commission for Asia and the Far East",
    "ece": "Economic Commission for Europe",
    "ecla": "Economic Commission for Latin America",
    "ecsc": "European Coal and Steel Community",
    "eib": "European Investment Bank",
    "efta": "European Free Trade Association",
    "emcf": "European Monetary Cooperation Fund",
    "escap": "Economic and Social Commission for Asia and the Pacific",
    "euratom": "Euratom",
    "fao": "Food and Agriculture Organization",
    "gatt": "GATT",
    "gcc": "Gulf Cooperation Council",
    "ibrd": "World Bank",
    "icac": "International Cotton Advisory Committee",
    "icco": "International Cocoa Organization",
    "ico-coffee": "International Coffee Organization",
    "ico-islam": "Organisation of the Islamic Conference",
    "ida": "International Development Association",
    "iea": "International Energy Agency",
    "iif": "Institute of International Finance",
    "ilo": "International Labour Organization",
    "ilzsg": "International Lead and Zinc Study Group",
    "imco": "International Maritime Organization",
    "imf": "International Monetary Fund",
    "inro": "International Natural Rubber Organization",
    "irsg": "International Rubber Study Group",
    "isa": "International Sugar Organization",
    "itc": "International Tin Council",
    "iwc-wheat": "International Wheat Council",
    "iwcc": "International Wrought Copper Council",
    "iwcc-copper": "International Wrought Copper Council",
    "oapec": "OAPEC",
    "oas": "Organization of American States",
    "oau": "Organisation of African Unity",
    "oecd": "OECD",
    "opec": "OPEC",
    "sela": "Latin American Economic System",
    "un": "United Nations",
    "unctad": "UNCTAD",
    "unesco": "UNESCO",
    "unido": "UNIDO",
    "worldbank": "World Bank",
}

# PLACES that pycountry does not resolve, or resolves to a name other than
# the one shown on the site (historical states, short forms, territories).
PLACE_OVERRIDES: dict[str, str] = {
    "usa": "United States",
    "uk": "United Kingdom",
    "ussr": "Soviet Union",
    "west-germany": "West Germany",
    "east-germany": "East Germany",
    "hong-kong": "Hong Kong",
    "south-korea": "South Korea",
    "north-korea": "North Korea",
    "zaire": "Zaire",
    "czechoslovakia": "Czechoslovakia",
    "yugoslavia": "Yugoslavia",
    "yemen-arab-republic": "North Yemen",
    "yemen-demo-republic": "South Yemen",
    "ivory-coast": "Ivory Coast",
    "uae": "United Arab Emirates",
    "trinidad-tobago": "Trinidad and Tobago",
    "us-virgin-islands": "US Virgin Islands",
    "british-virgin-islands": "British Virgin Islands",
    "netherlands-antilles": "Netherlands Antilles",
    "antigua": "Antigua and Barbuda",
    "congo": "Republic of the Congo",
    "west-bank": "West Bank",
    "gaza-strip": "Gaza Strip",
}

# PEOPLE: codes are surnames or "first-last"; give the usual full name for
# the ones seen often in 1987 wire copy (without titles).
PERSON_NAMES: dict[str, str] = {
    "reagan": "Ronald Reagan",
    "volcker": "Paul Volcker",
    "greenspan": "Alan Greenspan",
    "james-baker": "James Baker",
    "howard-baker": "Howard Baker",
    "james-miller": "James Miller",
    "yeutter": "Clayton Yeutter",
    "lyng": "Richard Lyng",
    "sprinkel": "Beryl Sprinkel",
    "herrington": "John Herrington",
    "verity": "William Verity",
    "conable": "Barber Conable",
    "corrigan": "Gerald Corrigan",
    "johnston": "Manuel Johnston",
    "boesky": "Ivan Boesky",
    "icahn": "Carl Icahn",
    "pickens": "T. Boone Pickens",
    "murdoch": "Rupert Murdoch",
    "maxwell": "Robert Maxwell",
    "thatcher": "Margaret Thatcher",
    "lawson": "Nigel Lawson",
    "leigh-pemberton": "Robin Leigh-Pemberton",
    "kohl": "Helmut Kohl",
    "stoltenberg": "Gerhard Stoltenberg",
    "poehl": "Karl Otto Poehl",
    "bangemann": "Martin Bangemann",
    "schlueter": "Poul Schlueter",
    "kiechle": "Ignaz Kiechle",
    "von-weizsaecker": "Richard von Weizsaecker",
    "mitterrand": "Francois Mitterrand",
    "chirac": "Jacques Chirac",
    "balladur": "Edouard Balladur",
    "delors": "Jacques Delors",
    "andriessen": "Frans Andriessen",
    "de-clercq": "Willy De Clercq",
    "macsharry": "Ray MacSharry",
    "de-larosiere": "Jacques de Larosiere",
    "camdessus": "Michel Camdessus",
    "nakasone": "Yasuhiro Nakasone",
    "miyazawa": "Kiichi Miyazawa",
    "sumita": "Satoshi Sumita",
    "takeshita": "Noboru Takeshita",
    "tamura": "Hajime Tamura",
    "mulroney": "Brian Mulroney",
    "wilson": "Michael Wilson",
    "hawke": "Bob Hawke",
    "keating": "Paul Keating",
    "lange": "David Lange",
    "douglas": "Roger Douglas",
    "ruding": "Onno Ruding",
    "duisenberg": "Wim Duisenberg",
    "martens": "Wilfried Martens",
    "eyskens": "Mark Eyskens",
    "goria": "Giovanni Goria",
    "ciampi": "Carlo Azeglio Ciampi",
    "cossiga": "Francesco Cossiga",
    "papandreou": "Andreas Papandreou",
    "ozal": "Turgut Ozal",
    "carlsson": "Ingvar Carlsson",
    "haughey": "Charles Haughey",
    "gandhi": "Rajiv Gandhi",
    "aquino": "Corazon Aquino",
    "ongpin": "Jaime Ongpin",
    "suharto": "Suharto",
    "subroto": "Subroto",
    "deng-xiaoping": "Deng Xiaoping",
    "zhao-ziyang": "Zhao Ziyang",
    "wang-bingqian": "Wang Bingqian",
    "king-fahd": "King Fahd",
    "hisham-nazer": "Hisham Nazer",
    "mohammed-ali-abal-khail": "Mohammed Ali Abal-Khail",
    "khomeini": "Ruhollah Khomeini",
    "aqazadeh": "Gholamreza Aqazadeh",
    "mousavi": "Mir-Hossein Mousavi",
    "lukman": "Rilwanu Lukman",
    "babangida": "Ibrahim Babangida",
    "sarney": "Jose Sarney",
    "bresser-pereira": "Luiz Carlos Bresser Pereira",
    "alfonsin": "Raul Alfonsin",
    "sourrouille": "Juan Sourrouille",
    "machinea": "Jose Luis Machinea",
    "de-la-madrid": "Miguel de la Madrid",
    "petricioli": "Gustavo Petricioli",
    "mancera-aguayo": "Miguel Mancera Aguayo",
    "perez-de-cuellar": "Javier Perez de Cuellar",
    "jaruzelski": "Wojciech Jaruzelski",
    "ryzhkov": "Nikolai Ryzhkov",
    "gorbachev": "Mikhail Gorbachev",
    "de-kock": "Gerhard de Kock",
    "du-plessis": "Barend du Plessis",
}

_PARTICLES = frozenset("de del della der den di du da dos das la le van von bin al".split())


def reuters_person_name(code: str) -> str:
    """A readable name for a Reuters PEOPLE code ("james-baker" -> "James Baker")."""
    code = code.strip().lower()
    if code in PERSON_NAMES:
        return PERSON_NAMES[code]
    words = [w for w in code.split("-") if w]
    out = []
    for i, word in enumerate(words):
        if 0 < i < len(words) - 1 and word in _PARTICLES:
            out.append(word)
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


@lru_cache(maxsize=4096)  # a few hundred codes; TagSpec is frozen, so sharing is safe
def reuters_code_tag(kind: str, code: str) -> TagSpec:
    """The tag for one Reuters code. kind: "places", "topics", "orgs", "people",
    "exchanges" or "companies" (singular forms accepted too)."""
    kind = kind.strip().lower().rstrip("s")
    code = code.strip().lower()
    if kind == "place":
        return TagSpec(reuters_place_name(code), "place")
    if kind == "topic":
        return TagSpec(TOPIC_NAMES.get(code) or _title(code), "topic")
    if kind == "org":
        return TagSpec(ORG_NAMES.get(code) or code.upper(), "organisation")
    if kind == "exchange":
        return TagSpec(code.upper(), "organisation")
    if kind == "company":
        return TagSpec(_title(code), "organisation")
    if kind == "people":
        raise ValueError("people codes are people, not tags: use reuters_person_name()")
    raise ValueError(f"unknown Reuters code kind {kind!r}")


@lru_cache(maxsize=512)
def reuters_place_name(code: str) -> str:
    if code in PLACE_OVERRIDES:
        return PLACE_OVERRIDES[code]
    from .places import country_display_name

    name = country_display_name(code.replace("-", " "))
    return name or _title(code)


def _title(code: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in code.replace("-", " ").split())
