"""Organisation aliases: a small table of international bodies, central banks and groups."""

from __future__ import annotations

from functools import lru_cache

# Canonical name -> surface forms as written. Matched case-sensitively as
# whole words, so "IS", "UN" and "EC" never match "is", "un" or "ec".
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "United Nations": ("United Nations", "UN", "U.N."),
    "UN Security Council": ("Security Council", "UN Security Council", "U.N. Security Council"),
    "European Union": ("European Union", "EU"),
    "European Community": ("European Community", "European Economic Community", "EC", "EEC",
                           "Common Market", "European Commission", "EC Commission"),
    "NATO": ("NATO", "Nato", "North Atlantic Treaty Organisation", "North Atlantic Treaty Organization"),
    "OPEC": ("OPEC", "Opec", "Organisation of Petroleum Exporting Countries",
             "Organization of Petroleum Exporting Countries"),
    "OAPEC": ("OAPEC",),
    "International Monetary Fund": ("International Monetary Fund", "IMF"),
    "World Bank": ("World Bank",),
    "World Trade Organization": ("World Trade Organization", "World Trade Organisation", "WTO"),
    "GATT": ("GATT", "Gatt", "General Agreement on Tariffs and Trade",
             "General Agreement on Tariff and Trade"),
    "OECD": ("OECD", "Organisation for Economic Co-operation and Development",
             "Organization for Economic Cooperation and Development"),
    "Federal Reserve": ("Federal Reserve", "Federal Reserve Board", "Fed"),
    "European Central Bank": ("European Central Bank", "ECB"),
    "Bank of England": ("Bank of England",),
    "Bank of Japan": ("Bank of Japan",),
    "Bundesbank": ("Bundesbank",),
    "Bank for International Settlements": ("Bank for International Settlements", "BIS"),
    "Group of Seven": ("Group of Seven", "G7", "G-7"),
    "Group of 20": ("Group of 20", "G20", "G-20"),
    "ASEAN": ("ASEAN", "Asean", "Association of South East Asian Nations",
              "Association of Southeast Asian Nations"),
    "African Union": ("African Union",),
    "Arab League": ("Arab League",),
    "Gulf Cooperation Council": ("Gulf Cooperation Council", "GCC"),
    "Comecon": ("Comecon", "COMECON"),
    "World Health Organization": ("World Health Organization", "World Health Organisation"),
    "Red Cross": ("Red Cross", "International Committee of the Red Cross", "ICRC"),
    "Amnesty International": ("Amnesty International",),
    "Islamic State": ("Islamic State", "IS", "ISIL", "ISIS", "Daesh"),
    "Al-Qaeda": ("Al-Qaeda", "al-Qaeda", "Al Qaeda", "al Qaeda", "al-Qaida", "Al-Qaida"),
    "Taliban": ("Taliban",),
    "Hamas": ("Hamas",),
    "Hezbollah": ("Hezbollah", "Hizbollah"),
    "Pentagon": ("Pentagon",),
    "FIFA": ("FIFA", "Fifa"),
    "International Olympic Committee": ("International Olympic Committee", "IOC"),
}

# Aliases of three letters or fewer (and "Fed"): only from mixed-case text,
# never from an all-caps headline, where "IS" or "US" are plain words.
SHORT_ALIAS_MAX = 3


@lru_cache(maxsize=1)
def organisation_aliases() -> dict[str, str]:
    table: dict[str, str] = {}
    for name, aliases in ORGANISATIONS.items():
        for alias in (name, *aliases):
            table.setdefault(alias, name)
    return table
