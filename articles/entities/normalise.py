"""normalise_key: the one way names and aliases are compared.

Rules, applied in this order (deterministic, idempotent):
1. Unicode NFKD, then combining marks dropped ("Délors" -> "Delors").
2. Curly quotes become straight quotes; "&" between words becomes "and".
3. casefold().
4. Full stops are dropped ("U.S." -> "us", "C. David" -> "c david").
5. Hyphens, slashes and underscores become spaces ("Leigh-Pemberton" ==
   "Leigh Pemberton").
6. A trailing possessive "'s" (or a bare trailing "'") is dropped
   ("Reagan's" -> "reagan").
7. Any other character that is not a letter, digit, apostrophe or space is
   dropped; runs of spaces collapse to one; ends are stripped.
8. Leading honorifics (mr, mrs, ms, miss, mx, dr, sir, dame, prof,
   professor, rev) are dropped while at least one other word remains
   ("Mr Betts-Green" -> "betts green"). Job titles are NOT stripped here:
   they are separated from names at extraction time.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

HONORIFICS = frozenset(
    "mr mrs ms miss mx dr sir dame prof professor rev revd".split()
)

_AMP = re.compile(r"\s*&\s*")
_DROP = re.compile(r"[^\w' ]+")
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"'s?$")
_DASHES = re.compile(r"[-/_\u2010-\u2014]")


def strip_accents(text: str) -> str:
    if text.isascii():
        return text  # NFKD leaves ASCII alone and it has no combining marks
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def normalise_key(text: str) -> str:
    """Return the comparison key for a name or alias (see module docstring)."""
    text = strip_accents(text or "")
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = _AMP.sub(" and ", text)
    text = text.casefold().replace(".", "")
    text = _DASHES.sub(" ", text)
    text = _DROP.sub(" ", text.replace("_", " "))
    words = _SPACES.sub(" ", text).strip().split(" ")
    words = [w.strip("'") if w not in ("'",) else "" for w in _strip_possessives(words)]
    words = [w for w in words if w]
    while len(words) > 1 and words[0] in HONORIFICS:
        words.pop(0)
    return " ".join(words)


def _strip_possessives(words: list[str]) -> list[str]:
    if words and words[-1]:
        words[-1] = _POSSESSIVE.sub("", words[-1])
    return words
