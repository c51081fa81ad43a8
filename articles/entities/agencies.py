"""canonical_agency: map an agency name as written in a file to one AgencyInfo."""

from __future__ import annotations

from functools import lru_cache

from .normalise import normalise_key
from .specs import AgencyInfo

# (short name, full name, other spellings). The short name and full name are
# aliases too. Keys are compared with normalise_key, so case, accents, full
# stops and hyphens do not matter ("A.F.P." == "Afp" == "AFP").
_AGENCIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("AFP", "Agence France-Presse", ("Agence France Presse", "France-Presse", "France Presse")),
    ("Reuters", "Reuters", ("Reuter", "Thomson Reuters", "Reuters News")),
    ("AP", "Associated Press", ("The Associated Press", "Assoc Press")),
    ("UPI", "United Press International", ()),
    ("DPA", "Deutsche Presse-Agentur", ("Deutsche Presse Agentur",)),
    ("Xinhua", "Xinhua News Agency", ("New China News Agency", "NCNA", "Xinhua News")),
    ("Kyodo", "Kyodo News", ("Kyodo News Agency",)),
    ("Jiji", "Jiji Press", ("Jiji Press Agency",)),
    ("ANSA", "Agenzia Nazionale Stampa Associata", ()),
    ("EFE", "Agencia EFE", ()),
    ("Bloomberg", "Bloomberg News", ("Bloomberg LP",)),
    ("PA", "Press Association", ("PA Media", "The Press Association")),
    ("AAP", "Australian Associated Press", ()),
    ("Yonhap", "Yonhap News Agency", ()),
    ("TASS", "TASS Russian News Agency", ("ITAR-TASS", "Itar Tass")),
    ("Interfax", "Interfax", ()),
    ("ANI", "Asian News International", ()),
    ("PTI", "Press Trust of India", ()),
    ("APP", "Associated Press of Pakistan", ()),
    ("IANS", "Indo-Asian News Service", ()),
    ("Anadolu", "Anadolu Agency", ("AA", "Anadolu Ajansi")),
    ("CP", "The Canadian Press", ("Canadian Press",)),
    ("APA", "Austria Presse Agentur", ()),
    ("Belga", "Belga News Agency", ()),
    ("ANP", "Algemeen Nederlands Persbureau", ()),
    ("NTB", "Norsk Telegrambyrå", ()),
    ("TT", "Tidningarnas Telegrambyrå", ()),
    ("Ritzau", "Ritzau", ()),
    ("PAP", "Polish Press Agency", ("Polska Agencja Prasowa",)),
    ("CTK", "Czech News Agency", ()),
    ("MTI", "Hungarian News Agency", ()),
    ("Lusa", "Lusa News Agency", ()),
    ("Agerpres", "Agerpres", ()),
    ("Notimex", "Notimex", ()),
    ("IRNA", "Islamic Republic News Agency", ()),
    ("WAFA", "Palestinian News and Information Agency", ()),
    ("SPA", "Saudi Press Agency", ()),
    ("MENA", "Middle East News Agency", ()),
    ("Bernama", "Bernama", ()),
    ("Antara", "Antara News Agency", ()),
    ("PNA", "Philippine News Agency", ()),
    ("CNA", "Central News Agency", ()),
    ("NNA", "National News Agency", ()),
    ("KCNA", "Korean Central News Agency", ()),
    ("RIA Novosti", "RIA Novosti", ("RIA",)),
    ("NZPA", "New Zealand Press Association", ()),
    ("SAPA", "South African Press Association", ()),
    ("Dow Jones", "Dow Jones Newswires", ("Dow Jones Newswires",)),
)


@lru_cache(maxsize=1)
def _alias_table() -> dict[str, AgencyInfo]:
    table: dict[str, AgencyInfo] = {}
    for short, full, others in _AGENCIES:
        info = AgencyInfo(short, full)
        for alias in (short, full, *others):
            key = normalise_key(alias)
            if table.setdefault(key, info) is not info:
                raise ValueError(f"agency alias {alias!r} is ambiguous")
    return table


def canonical_agency(raw: str) -> AgencyInfo | None:
    """The canonical agency for a name as written, or None when unknown.

    Also accepts common decorations: "AFP/Getty", "(AFP)", "AFP via Getty",
    "By AFP", "Reuters staff".
    """
    if not raw or not raw.strip():
        return None
    table = _alias_table()
    key = normalise_key(raw)
    if key in table:
        return table[key]
    for candidate in _variants(key):
        if candidate in table:
            return table[candidate]
    return None


def _variants(key: str):
    for prefix in ("by ", "from ", "source "):
        if key.startswith(prefix):
            yield key[len(prefix):]
    for suffix in (" staff", " news agency", " news", " agency", " wire", " reporters"):
        if key.endswith(suffix):
            yield key[: -len(suffix)]
    words = key.split()
    if len(words) > 1 and set(words[1:]) <= _DECORATION:
        yield words[0]  # "afp getty images", "reuters via getty", "ap photo"


_DECORATION = frozenset("getty images via photo photos pool file staff and with".split())
