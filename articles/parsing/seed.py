"""The scraped wire-story layout: headline, standfirst, agency/date line, caption, body, footer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from .body import body_paragraphs, split_dateline
from .chrome import byline, head_line, site_line
from .cleanup import clean_inline
from .dates import DATE_PATTERNS, MONTH_WORD, parse_written_date
from .story import ParsedStory, RemovedLine, StoryParseError

# Agencies a date line may name without a readable date (the date is then reported).
KNOWN_AGENCIES = (
    "agence france-presse", "agence france presse", "associated press", "afp", "ap", "reuters",
    "reuter", "dpa", "deutsche presse-agentur", "xinhua", "kyodo", "yonhap", "efe", "ansa",
    "tass", "itar-tass", "ria novosti", "anadolu", "anadolu agency", "aap", "upi", "pti",
    "press trust of india", "ians", "ani", "app", "bernama", "bloomberg", "belga", "apa",
    "nna", "inp", "nni", "wam", "spa", "mena", "irna", "agencies", "news desk", "web desk",
)
_KNOWN = re.compile(
    r"(?:by\s+)?(?P<agency>" + "|".join(re.escape(a) for a in sorted(KNOWN_AGENCIES, key=len, reverse=True)) + r")\b",
    re.I,
)
_AGENCY_NAME = re.compile(r"(?:by\s+)?(?P<agency>[A-Z][\w.&'-]*(?:[ /][A-Za-z][\w.&'-]*){0,5}?)", re.I)
_DATE_TAIL = re.compile(
    r"(?:\s*[,|/\u2013\u2014-]\s*|\s+)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?P<date>.+)", re.I
)
_DATEISH = re.compile(rf"\d|{MONTH_WORD}", re.I)
MAX_AGENCY_LINE = 80


@dataclass
class AgencyLine:
    agency: str
    published_at: datetime | None
    date_text: str


# "10:32 GMT", "at 10.32 am", "10:32 UTC" after the date: read when the zone is UTC,
# otherwise dropped (the day still reads, at noon).
_TIME_TAIL = re.compile(
    r"\s*[,|]?\s*(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:\s*(?P<ampm>[ap])\.?m\.?)?"
    r"(?:\s*(?P<zone>GMT|UTC|Z|[A-Z]{2,4}(?:[+-]\d{1,2})?))?\s*$",
    re.I,
)
# "November 15, 2015 (AFP)": the agency after the date, in brackets.
_AGENCY_IN_BRACKETS = re.compile(r"\s*[(\[]\s*(?P<agency>[^()\[\]]{2,40}?)\s*[)\]]\s*")


def _with_time(day: datetime | None, time_match: re.Match | None) -> datetime | None:
    if day is None or time_match is None or (time_match["zone"] or "").upper() not in ("GMT", "UTC", "Z"):
        return day
    hour, minute = int(time_match["hour"]), int(time_match["minute"])
    if time_match["ampm"]:
        if hour > 12 or hour == 0:
            return day
        hour = hour % 12 + (12 if time_match["ampm"].lower() == "p" else 0)
    if hour > 23 or minute > 59:
        return day
    return day.replace(hour=hour, minute=minute)


def read_agency_line(line: str) -> AgencyLine | None:
    """ "Afp November 15, 2015" -> AgencyLine("Afp", 2015-11-15 12:00 UTC). None if not such a line.

    Also "By AFP | November 15, 2015", "AFP | Nov 15, 2015 10:32 GMT" (the time is kept when
    it is UTC), "Reuters, 15 November 2015" and "November 15, 2015 (AFP)".
    """
    text = clean_inline(line)
    if not text or len(text) > MAX_AGENCY_LINE or _SENTENCE.search(text):
        return None
    time_match = _TIME_TAIL.search(text)
    bare = text[: time_match.start()] if time_match and time_match.start() > 0 else text
    if bare is text:
        time_match = None
    # An agency name followed by something that reads as a date.
    for pattern in DATE_PATTERNS:
        match = re.search(pattern.pattern + r"\s*$", bare, re.I)
        if match and match.start() > 0:
            head = bare[: match.start()].rstrip(" ,|/-\u2013\u2014")
            head = re.sub(r",?\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day$", "", head, flags=re.I).strip(" ,")
            name = _AGENCY_NAME.fullmatch(head)
            if name and len(head.split()) <= 6 and agency_like(name["agency"]):
                day = _with_time(parse_written_date(match.group(0)), time_match)
                return AgencyLine(name["agency"], day, match.group(0))
    # A date followed by the agency in brackets.
    for pattern in DATE_PATTERNS:
        match = re.match(pattern.pattern, text, re.I)
        if match:
            after = _AGENCY_IN_BRACKETS.fullmatch(text[match.end():])
            name = _AGENCY_NAME.fullmatch(after["agency"]) if after else None
            if name and len(name["agency"].split()) <= 6:
                return AgencyLine(name["agency"], parse_written_date(match.group(0)), match.group(0))
    # A known agency with a date we cannot read ("Afp Novemer 15, 2015", "AFP 15/11/15").
    known = _KNOWN.match(text)
    if known:
        rest = text[known.end():].strip(" ,|/-\u2013\u2014")
        if not rest or _DATEISH.search(rest):
            return AgencyLine(known["agency"], None, rest)
    return None


_NAME_LINKS = {"of", "de", "du", "des", "la", "le", "and", "&", "the", "for", "news", "desk"}


def agency_like(name: str) -> bool:
    """A known agency, or a name in capitals ("Kyodo", "Jiji Press"): not the start of a
    sentence that ends in a date ("The issue is due on", a standfirst without its full stop)."""
    if _KNOWN.fullmatch(name):
        return True
    words = name.split()
    return all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in words[1:])


# Two sentences: a paragraph of copy, never a date line.
_SENTENCE = re.compile(r"[a-z]{2}[.!?][\"'\u201d\u2019]?\s+[A-Z][a-z]")

_CREDIT = re.compile(
    r"(?P<caption>.*?)\s*(?:"
    # The credit is the last label's: "FILE PHOTO: A clerk counts notes ... PHOTO: REUTERS".
    r"\(?\b(?:PHOTO|PHOTOS|PHOTOGRAPH|PICTURE|IMAGE|FILE PHOTO|PHOTO CREDIT)\s*(?::|/|by)\s*"
    r"(?P<credit>(?:(?!\b(?:PHOTO|PHOTOS|PICTURE|IMAGE)\s*:)[^()]){1,80}?)\)?"
    r"|\((?P<credit2>[^()]{0,40}\b(?:Photo|Pic|Picture)\b[^()]{0,60})\)"
    r")\s*\.?$",
    re.I | re.S,
)


def split_caption(text: str) -> tuple[str, str] | None:
    """(caption, credit) when the paragraph ends with a photo credit such as "PHOTO: AFP"."""
    match = _CREDIT.fullmatch(text)
    if not match:
        return None
    credit = (match["credit"] or match["credit2"] or "").strip(" .")
    if not credit:
        return None
    return match["caption"].strip(), credit


# How far down the head of the file the agency/date line may be: headline, a
# standfirst of a few lines, then the date line.
HEAD_LINES = 6


def find_agency_line(lines: list[str]) -> tuple[int, AgencyLine] | None:
    """Index (in `lines`) and reading of the agency/date line below the headline.

    A line with a date wins over one without: "By REUTERS" above "REUTERS March 2, 1987"
    is a byline. A known agency with no readable date is taken when no line has one.
    """
    seen = 0
    undated: tuple[int, AgencyLine] | None = None
    for index, line in enumerate(lines):
        text = clean_inline(line)
        if not text:
            continue
        seen += 1
        if seen == 1 or head_line(text):
            continue  # the headline itself; a reading time or breadcrumb does not count
        if seen > HEAD_LINES:
            break
        found = read_agency_line(line)
        if found and found.published_at is not None:
            return index, found
        if found and undated is None:
            undated = index, found
    return undated


def head_parts(story: ParsedStory, lines: list[str]) -> None:
    """The lines between the headline and the agency/date line: a byline goes to its field,
    site chrome (a reading time, a breadcrumb) is removed, and the rest is the standfirst."""
    standfirst = []
    for line in map(clean_inline, lines):
        if not line:
            continue
        names = byline(line)
        if names and not story.byline:
            story.byline = names
        elif head_line(line) or site_line(line):
            story.removed.append(RemovedLine(line, "site"))
        else:
            standfirst.append(line)
    story.standfirst = " ".join(standfirst)


def first_line(lines: list[str], name: str) -> int:
    for index, line in enumerate(lines):
        if clean_inline(line):
            headline = clean_inline(line)
            if len(headline) > 300 or not any(c.isalpha() for c in headline):
                raise StoryParseError(name, "no recognisable headline on the first line")
            return index
    raise StoryParseError(name, "no text in the file")


def parse_seed(text: str, name: str) -> ParsedStory:
    lines = text.split("\n")
    head = first_line(lines, name)
    story = ParsedStory(key="1", headline=clean_inline(lines[head]), layout="seed", source_text=text)
    found = find_agency_line(lines)
    if found is None:
        raise StoryParseError(name, "no agency/date line below the headline")
    at, agency_line = found
    head_parts(story, lines[head + 1 : at])
    story.agency = agency_line.agency
    story.published_at = agency_line.published_at
    if story.published_at is None:
        story.warnings.append(
            f"date line {clean_inline(lines[at])!r}: cannot read a date"
            + (f" in {agency_line.date_text!r}" if agency_line.date_text else "")
            + "; published_at left empty"
        )
    rest = lines[at + 1 :]
    # A caption is the first paragraph after the date line, when it ends in a photo credit.
    start = 0
    while start < len(rest) and not clean_inline(rest[start]):
        start += 1
    end = start
    while end < len(rest) and clean_inline(rest[end]):
        end += 1
    caption = split_caption(clean_inline(" ".join(rest[start:end]))) if end > start else None
    if caption:
        story.caption, story.photo_credit = caption
        story.removed.append(RemovedLine(clean_inline(" ".join(rest[start:end])), "caption"))
        rest = rest[end:]
    fill_body(story, "\n".join(rest), name, related_lines=True)
    return story


def fill_body(story: ParsedStory, text: str, name: str, *, related_lines: bool) -> None:
    items = body_paragraphs(text, story.removed, related_lines=related_lines, context=(story.headline, story.standfirst))
    paragraphs = [p for p, _ in items]
    if paragraphs:
        place, rest = split_dateline(paragraphs[0])
        if place:
            story.dateline = place
            paragraphs[0] = rest
    story.paragraphs = [p for p in paragraphs if p]
    if not story.paragraphs:
        raise StoryParseError(name, "no story text below the headline")
