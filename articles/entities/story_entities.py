"""extract_entities: people and tags (places, organisations, topics) for one story."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress

from .normalise import normalise_key
from .organisations import SHORT_ALIAS_MAX, organisation_aliases
from .people import extract_people, _is_all_caps_text
from .places import DEMONYMS, dateline_place, gazetteer, lookup_place
from .reuters_codes import reuters_code_tag, reuters_person_name
from .specs import PersonMention, StoryEntities, TagSpec

# Words, dotted abbreviations ("U.S."), hyphen parts split off ("U.S.-Japanese").
# The (?=...) test only lets the first branch start where it can match:
# same tokens, a little faster.
_WORD = re.compile(r"(?=[A-Z]\.[A-Z]\.)(?:[A-Z]\.){2,}|[^\W\d_][\w']*|[A-Z]\d+|\S")
_MAX_ALIAS_WORDS = 8
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_CODE_KINDS = ("places", "orgs", "topics", "exchanges")


def extract_tags(
    headline: str,
    paragraphs: list[str],
    dateline: str = "",
    *,
    people: list[PersonMention] | None = None,
    demonyms: bool = True,
) -> list[TagSpec]:
    """Place and organisation tags from the text alone, in order of first mention.

    A place is a tag when the story is about it: it is in the dateline, the
    headline or the lead paragraph, or is mentioned at least twice. A city
    also counts as a mention of its country. Words that belong to a person's
    name found in the story ("Roger Douglas", "Jordan") are not places.
    Organisations are tags on any mention.
    """
    # Keyed by (name, kind): the TagSpecs are made once, for the result.
    tags: dict[tuple[str, str], None] = {}
    mentions: dict[tuple[str, str], int] = {}
    blocked = set()
    for person in people or ():
        blocked.update(person.name.split())

    def add_place(place, lead: bool) -> None:
        for name in (place.name, place.country):
            if not name:
                continue
            tag = (name, "place")
            mentions[tag] = mentions.get(tag, 0) + (2 if lead else 1)
            tags.setdefault(tag)

    if dateline:
        place = dateline_place(dateline)
        if place:
            add_place(place, True)
    places, orgs = gazetteer(), organisation_aliases()
    max_words = _alias_lengths()
    # A city name the story also writes in lowercase is a common word there
    # ("Sale", "Reading"): not a place. Built only when a place needs it.
    lowercase: set[str] | None = None
    for segment, text in enumerate([headline, *paragraphs]):
        if not text:
            continue
        caps = _is_all_caps_text(text)
        words = _WORD.findall(text.title() if caps else text)
        n = len(words)
        i = 0  # the first word not inside a match already made
        # Only a word that opens some alias can start a match (most
        # capitalised words open none), and no match is longer than the
        # longest alias it opens.
        for i_start in compress(range(n), map(max_words.__contains__, words)):
            if i_start < i:
                continue
            i = i_start
            word = words[i]
            if word in blocked:
                i += 1
                continue
            longest = max_words[word]
            matched = 0
            for size in range(min(longest, n - i), 0, -1):
                surface = " ".join(words[i : i + size])
                org = orgs.get(surface)
                if org and not (caps and len(surface) <= SHORT_ALIAS_MAX + 1):
                    tags.setdefault((org, "organisation"))
                    matched = size
                    break
                place = places.get(surface) if size <= 4 else None
                if place is None and size <= 2 and demonyms:
                    place = lookup_place(surface, demonyms=True)
                if place and place.country:
                    if lowercase is None:
                        lowercase = set().union(*map(_LOWER_WORD.findall, paragraphs))
                    if caps or surface.lower() in lowercase:
                        place = None  # all-caps headlines tag countries only
                if place and not (place.ambiguous or (caps and len(surface) <= 3)):
                    if _followed_by_name_part(words, i + size):
                        break  # "Washington Post", "Hong Kong Bank": part of a longer name
                    add_place(place, segment <= 1)
                    matched = size
                    break
            i += matched or 1
    return [TagSpec(*t) for t in tags if t[1] != "place" or mentions.get(t, 0) >= 2]


@lru_cache(maxsize=1)
def _alias_lengths() -> dict[str, int]:
    """First word of every capitalised organisation alias, place or demonym ->
    the most words any of them has (counted as extract_tags joins them, on
    single spaces). A word not in here starts no match at all, which is most
    capitalised words."""
    lengths: dict[str, int] = {}
    tables = (
        organisation_aliases(),
        {k: v for k, v in gazetteer().items() if len(k.split(" ")) <= 4},
        {k: v for k, v in DEMONYMS.items() if len(k.split(" ")) <= 2},
    )
    for table in tables:
        for surface in table:
            parts = surface.split(" ")
            if not parts[0][:1].isupper() or len(parts) > _MAX_ALIAS_WORDS:
                continue  # extract_tags only starts at a capitalised word, and tries up to 8
            lengths[parts[0]] = max(lengths.get(parts[0], 0), len(parts))
    return lengths


_PROPER_NOUN_HEADS = frozenset(
    "Post Times Journal Herald Tribune Street University College Bank Corp Inc Co "
    "Ltd Group Airlines Airways Stock Exchange Council Club Party".split()
)


def _followed_by_name_part(words: list[str], j: int) -> bool:
    return j < len(words) and words[j] in _PROPER_NOUN_HEADS


def extract_entities(story) -> StoryEntities:
    """People and deduplicated canonical tags for a ParsedStory.

    People come from the headline and paragraphs, plus Reuters PEOPLE codes
    not already found in the text. Tags are places and organisations from the
    text and dateline, then tags for the story's Reuters codes.
    """
    people = extract_people(story.headline, list(story.paragraphs))
    # The story's own dateline names a place, whatever the gazetteer knows:
    # "SANTA LUCERA" in the dateline makes "Santa Lucera" in the body no person.
    dateline_key = normalise_key((story.dateline or "").split(",")[0])
    if dateline_key:
        people = [p for p in people if normalise_key(p.name) != dateline_key]
    codes = getattr(story, "codes", None) or {}
    seen_surnames = {normalise_key(p.name).split()[-1] for p in people if normalise_key(p.name)}
    for code in codes.get("people", ()):
        name = reuters_person_name(code)
        key = normalise_key(name)
        if key and key.split()[-1] not in seen_surnames:
            people.append(PersonMention(name))
            seen_surnames.add(key.split()[-1])

    tags: dict[tuple[str, str], TagSpec] = {}
    for tag in extract_tags(story.headline, list(story.paragraphs), story.dateline, people=people):
        tags.setdefault((normalise_key(tag.name), tag.kind), tag)
    for kind in _CODE_KINDS:
        for code in codes.get(kind, ()):
            try:
                tag = reuters_code_tag(kind, code)
            except ValueError:
                continue
            tags.setdefault((normalise_key(tag.name), tag.kind), tag)
    return StoryEntities(people=people, tags=list(tags.values()))
