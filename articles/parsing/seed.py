"""The scraped wire-story layout: headline, standfirst, agency/date line, caption, body, footer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from .body import body_paragraphs, split_dateline
from .chrome import byline, head_line, site_line, top_line
from .cleanup import clean_inline, split_blocks
from .dates import DATE_PATTERNS, MONTH_WORD, WEEKDAY, correct_month_typos, parse_written_date
from .story import ParsedStory, RemovedLine, StoryParseError

# Agencies a date line may name without a readable date (the date is then reported).
KNOWN_AGENCIES = (
    "agence france-presse", "agence france presse", "associated press", "afp", "ap", "reuters",
    "reuter", "dpa", "deutsche presse-agentur", "xinhua", "kyodo", "yonhap", "efe", "ansa",
    "tass", "itar-tass", "ria novosti", "anadolu", "anadolu agency", "aap", "upi", "pti",
    "press trust of india", "ians", "ani", "app", "bernama", "bloomberg", "belga", "apa",
    "nna", "inp", "nni", "wam", "spa", "mena", "irna", "agencies", "news desk", "web desk",
    "thomson reuters", "staff and agencies", "agencies and staff", "news agencies", "wire services",
    "wire reports", "staff and wire reports",
)
_KNOWN_NAMES = "|".join(re.escape(a) for a in sorted(KNOWN_AGENCIES, key=len, reverse=True))
_KNOWN = re.compile(rf"(?:by\s+)?(?P<agency>{_KNOWN_NAMES})\b", re.I)
# A known agency ending the line: "Nov 15, 20115 | AFP".
_KNOWN_LAST = re.compile(rf"[|,:\u2013\u2014-]\s*(?:by\s+|source:?\s+)?(?P<agency>{_KNOWN_NAMES})\s*$", re.I)
# "From Reuters", "Via AFP": the agency's credit above the date line, no standfirst.
_FROM_AGENCY = re.compile(rf"(?:from|via)\s+(?:the\s+)?(?:{_KNOWN_NAMES})(?:\s+(?:staff|wires?|reports?|and agencies))?\.?", re.I)
_AGENCY_NAME = re.compile(r"(?:by\s+)?(?P<agency>[A-Z][\w.&'-]*(?:[ /][A-Za-z][\w.&'-]*){0,5}?)", re.I)
_DATEISH = re.compile(rf"\d|{MONTH_WORD}", re.I)
MAX_AGENCY_LINE = 80
# A date line in parts may carry two dates and times: "Updated ... \u00b7 First published ... \u00b7 Reuters".
MAX_PARTS_LINE = 160


@dataclass
class AgencyLine:
    agency: str
    published_at: datetime | None
    date_text: str
    # Misspelt months read as the month they stand for: [("Novmber", "November")].
    corrections: list[tuple[str, str]] = field(default_factory=list)
    # The index of its last line, when it takes two ("REUTERS" over "Published: March 3, 1987").
    last: int | None = None


# A time after the date: "10:32 GMT", "at 10.32 am", "3:01 PM", "15:01 UTC". Read when the
# zone is UTC; otherwise dropped (the day still reads, at noon).
_TIME_AFTER = re.compile(
    r"\s*,?\s*(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?!\d)(?:\s*(?P<ampm>[ap])\.?m\.?(?![a-z]))?"
    # "GMT+1" is an offset, not UTC: the longer form is tried first, so the time is not read.
    r"(?:\s*(?P<zone>(?-i:(?:GMT|UTC|[A-Z]{2,4})[+-]\d{1,2}(?::?\d{2})?|GMT|UTC|Z|[A-Z]{2,4}))(?![A-Za-z0-9+:-]))?",
    re.I,
)
_WEEKDAY_BEFORE = re.compile(rf"{WEEKDAY},?\s*$", re.I)
_FULL_WEEKDAY = re.compile(r"\w+day\b", re.I)
# What may stand right after the date when the agency comes last: a separator, a label, a bracket.
_BEFORE_LAST_AGENCY = re.compile(r"\s*(?:[|,/\u2013\u2014\u00b7\u2022(\[-]|(?:by|source|sources|via|from)\b)", re.I)
# Words that label the parts of a date line: "By AFP", "Published ... | Source: AFP",
# "Reuters | Updated ...". They belong to neither the agency nor the date.
_LABEL = (
    r"(?:by|from|source|sources|published(?:\s+on)?|first\s+published(?:\s+on)?|"
    r"updated(?:\s+on)?|last\s+updated(?:\s+on)?|posted(?:\s+on)?|filed(?:\s+on)?|dated?)"
)
_LEADING_LABEL = re.compile(rf"^{_LABEL}\b\s*:?\s*", re.I)
_TRAILING_LABEL = re.compile(rf"(?<![\w-]){_LABEL}\s*:?$", re.I)
_SEPARATORS = " \t,|/:\u2013\u2014-\u00b7\u2022"
# "November 15, 2015 (AFP)": the agency after the date, in brackets.
_IN_BRACKETS = re.compile(r"[(\[]\s*(?P<agency>[^()\[\]]{2,40}?)\s*[)\]]")


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


def _unlabelled(text: str) -> str:
    """`text` without separators and labels at either end: "Published" -> "", "Source: AFP" -> "AFP"."""
    while True:
        stripped = text.strip(_SEPARATORS)
        stripped = _LEADING_LABEL.sub("", stripped)
        stripped = _TRAILING_LABEL.sub("", stripped).strip(_SEPARATORS)
        if stripped == text:
            return text
        text = stripped


def _agency_name(text: str) -> str | None:
    """The agency in what a date line holds besides its date, or None if it is not a name."""
    bracketed = _IN_BRACKETS.fullmatch(text)
    if bracketed:
        text = bracketed["agency"]
    name = _AGENCY_NAME.fullmatch(text)
    if name and len(text.split()) <= 6 and agency_like(name["agency"]):
        return name["agency"]
    return None


def read_agency_line(line: str) -> AgencyLine | None:
    """ "Afp November 15, 2015" -> AgencyLine("Afp", 2015-11-15 12:00 UTC). None if not such a line.

    The date stands at one end of the line, the agency at the other: "By AFP | November 15,
    2015", "AFP | Thu 15 Nov 2015 10:32 GMT" (the time is kept when it is UTC), "Reuters, 15
    November 2015", "November 15, 2015 (AFP)", "Published Nov 15, 2015 | Source: AFP",
    "AFP | Updated November 15, 2015". A month misspelt one letter away from exactly one month
    ("Novmber") is read as that month, and the warning says so.
    """
    text = clean_inline(line)
    if not text or len(text) > MAX_PARTS_LINE or _SENTENCE.search(text):
        return None
    text, corrections = correct_month_typos(text)
    parts = read_parts(text) if _PART_SEPARATOR.search(text) else None
    if parts or len(text) > MAX_AGENCY_LINE:
        if parts:
            parts.corrections = _used(corrections, parts.date_text)
        return parts
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            weekday = _WEEKDAY_BEFORE.search(text, 0, start)
            if weekday and _weekday_stands_alone(text[: weekday.start()], weekday.group(0)):
                start = weekday.start()
            time_match = _TIME_AFTER.match(text, end)
            if time_match:
                end = time_match.end()
            sides = [_unlabelled(text[:start]), _unlabelled(text[end:])]
            if not any(sides):
                continue  # a date alone
            if all(sides):
                # Words on both sides: a sentence or a headline, unless one side is a known
                # agency and the other a section name ("Reuters | Nov 15, 2015 | Markets").
                known = [k for k, side in enumerate(sides) if _KNOWN.fullmatch(side)]
                if len(known) != 1 or len(sides[1 - known[0]].split()) > 3:
                    continue
                sides[1 - known[0]] = ""
            if not sides[0] and not (_KNOWN.fullmatch(sides[1]) or _BEFORE_LAST_AGENCY.match(text, end)):
                continue  # "November 15, 2015 Storm Special": no agency is set off after a date
            agency = _agency_name(sides[0] or sides[1])
            if agency:
                return AgencyLine(
                    agency, _with_time(parse_written_date(match.group(0)), time_match), match.group(0),
                    _used(corrections, match.group(0)),
                )
    # A known agency with a date we cannot read ("Afp Nov 15, 20115", "Nov 15, 20115 | AFP").
    known = _KNOWN.match(text) or _KNOWN_LAST.search(text)
    if known:
        rest = _unlabelled(text[: known.start()] + " " + text[known.end():])
        if not rest or (_DATEISH.search(rest) and len(rest.split()) <= 4):
            return AgencyLine(known["agency"], None, rest)
    return None


# The parts of a date line set off by a separator with spaces round it: "Posted: 5 March 1987 |
# Updated: 8 March 1987 | Source: Reuters", "Updated ... \u00b7 First published ... \u00b7 Reuters".
_PART_SEPARATOR = re.compile(r"\s+[|/\u00b7\u2022\u2013\u2014-]\s+|\s*[|\u00b7\u2022]\s*")
_PART_LABEL = re.compile(rf"^(?P<label>{_LABEL})\b\s*:?\s*", re.I)
_TIME_ONLY = re.compile(r"(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|[A-Z]{2,4}))?", re.I)
_READING_TIME = re.compile(r"\d+\s*(?:min|mins|minutes?)(?: read)?", re.I)
# Labels of the date the story was filed under, before the date it was last changed.
_FIRST_LABELS = ("first published", "published", "posted", "filed", "date", "dated")


def read_parts(text: str) -> AgencyLine | None:
    """A date line in parts, each a date, a time, a reading time or the agency, labelled or not:
    "26 Feb 1987 / 15:54 / Reuters", "Posted: 5 Mar 1987 | Updated: 8 Mar 1987 | Source: Reuters".
    Of several dates the first published one counts, never the update. One agency, no other words."""
    agency = None
    dates: list[tuple[str, datetime | None, str]] = []
    for part in _PART_SEPARATOR.split(text):
        part = part.strip(" ,")
        if not part:
            continue
        labelled = _PART_LABEL.match(part)
        label = " ".join(labelled["label"].lower().split()) if labelled else ""
        rest = part[labelled.end():] if labelled else part
        day = _whole_date(rest)
        if day is not None:
            dates.append((label, *day))
        elif _TIME_ONLY.fullmatch(rest) or _READING_TIME.fullmatch(rest):
            continue
        elif agency is None and (known := _KNOWN.fullmatch(rest)):
            agency = known["agency"]
        elif agency is None and label in ("by", "source", "sources", "from") and _agency_name(rest):
            agency = rest
        else:
            return None
    if agency is None or not dates:
        return None
    first = [d for d in dates if d[0] in _FIRST_LABELS] or [d for d in dates if not d[0].endswith("updated")] or dates
    _, published_at, written = first[0]
    return AgencyLine(agency, published_at, written)


def _whole_date(text: str) -> tuple[datetime | None, str] | None:
    """(date, as written) when `text` is a date and nothing else but a weekday before it and a time after it."""
    for pattern in DATE_PATTERNS:
        match = pattern.search(text)
        if match is None:
            continue
        before = text[: match.start()].strip(" ,")
        if before and not re.fullmatch(WEEKDAY + ",?", before, re.I):
            continue
        time_match = _TIME_AFTER.match(text, match.end())
        after = text[time_match.end() if time_match else match.end():].strip(" ,")
        if after:
            continue
        return _with_time(parse_written_date(match.group(0)), time_match), match.group(0)
    return None


def _used(corrections: list[tuple[str, str]], date_text: str) -> list[tuple[str, str]]:
    """The month corrections inside the date that was read: only those are reported."""
    return [(written, read) for written, read in corrections if read in date_text]


def _weekday_stands_alone(before: str, weekday: str) -> bool:
    """Whether a weekday before the date is one ("Reuters | Thu 15 Nov"), not the end of a name
    ("The Sun, 15 November"): a full weekday always is; a short one only at the start of the
    line, after a separator or label, or after a known agency."""
    before = before.rstrip()
    return (
        bool(_FULL_WEEKDAY.match(weekday))
        or not before
        or before.endswith(tuple("|,:\u2013\u2014-\u00b7\u2022"))
        or _TRAILING_LABEL.search(before) is not None
        or _KNOWN.fullmatch(_unlabelled(before)) is not None
    )


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
    # "Credit: REUTERS/Staff", "\u00a9 AP", "REUTERS/Jane Roe/File Photo", "(REUTERS/Jane Roe)"
    r"|(?<=[.\s])(?:\bCredit\s*:|\u00a9)\s*(?P<credit3>[A-Z][^()\u00a9:]{0,60}?)"
    r"|(?<=[.\s])\(?(?P<credit4>(?-i:REUTERS|Reuters|AFP|AP|EPA|XINHUA|Xinhua|ANP|AAP|DPA|dpa)"
    r"(?:/(?-i:[A-Z])[\w.'\u2019-]*(?: (?-i:[A-Z])[\w.'\u2019-]*){0,3}){1,3})\)?"
    r")\s*\.?$",
    re.I | re.S,
)


_CREDIT_SEPARATOR = re.compile(r"(?<![-\u2013\u2014])\s*[|\u2013\u2014\u00b7\u2022-]$")


def split_caption(text: str) -> tuple[str, str] | None:
    """(caption, credit) when the paragraph ends with a photo credit such as "PHOTO: AFP"."""
    match = _CREDIT.fullmatch(text)
    if not match:
        return None
    credit = (match["credit"] or match["credit2"] or match["credit3"] or match["credit4"] or "").strip(" .")
    caption = _IMAGE_COUNT.sub("", match["caption"].strip())
    if not credit or not caption and (match["credit3"] or match["credit4"]):
        return None  # a bare credit line is no caption
    if match["credit3"] and _RIGHTS.search(credit):
        return None  # "\u00a9 Copyright Reuters 1987. All rights reserved": the page's copyright
    # A separator before the credit ("... harbour. | PHOTO: AFP"), not the wire's "--".
    return _CREDIT_SEPARATOR.sub("", caption), credit


_RIGHTS = re.compile(r"\d{4}|\bcopyright\b|\brights\b", re.I)
# "Image 1 of 3": a gallery's counter before the caption.
_IMAGE_COUNT = re.compile(r"^(?:image|photo|picture|slide)\s+\d+\s+(?:of|/)\s+\d+\s*", re.I)


# How far down the head of the file the agency/date line may be: headline, a
# standfirst of a few lines, then the date line.
HEAD_LINES = 6


def find_agency_line(lines: list[str], head: int | None = None) -> tuple[int, AgencyLine] | None:
    """Index (in `lines`) and reading of the agency/date line below the headline.

    A line with a date wins over one without: "By REUTERS" above "REUTERS March 2, 1987"
    is a byline. A known agency with no readable date is taken when no line has one.
    """
    seen = 0
    undated: tuple[int, AgencyLine] | None = None
    if head is None:
        head = headline_index(lines)
    for index, line in enumerate(lines):
        text = clean_inline(line)
        if not text or head is None or index < head:
            continue
        seen += 1
        if seen == 1:
            continue  # the headline itself
        chrome = head_line(text)
        if seen > HEAD_LINES:
            if chrome:
                continue
            break
        found = read_agency_line(line)
        if found is None or found.published_at is None:
            found = on_two_lines(lines, index, text) or found
        if found is None and chrome:
            continue  # a reading time or breadcrumb does not count
        if found and found.published_at is not None:
            return index, found
        if found and undated is None:
            undated = index, found
    return undated


def page_line_over_body(text: str) -> bool:
    """A line of the page between the date line and the story: a reading time, a share row,
    "Enlarge image"; not a photo credit, which stays to be read as the caption's."""
    return (head_line(text) or site_line(text)) and split_caption(text) is None


def on_two_lines(lines: list[str], index: int, text: str) -> AgencyLine | None:
    """A date line set on two lines, the agency on one and the date on the other ("Source:
    REUTERS" over "February 26, 1987", "REUTERS" over "Published: March 3, 1987, 15:16 GMT")."""
    following = next((k for k in range(index + 1, min(index + 3, len(lines))) if clean_inline(lines[k])), None)
    if following is None:
        return None
    second = clean_inline(lines[following])
    if not (_KNOWN.fullmatch(_unlabelled(text)) or _KNOWN.fullmatch(_unlabelled(second))):
        return None  # one of the two lines names a known agency and nothing else
    combined, corrections = correct_month_typos(f"{text} | {second}")
    found = read_parts(combined)
    if found is None or found.published_at is None:
        return None
    found.last = following
    found.corrections = _used(corrections, found.date_text)
    return found


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
        elif head_line(line) or site_line(line) or _FROM_AGENCY.fullmatch(line):
            story.removed.append(RemovedLine(line, "site"))
        elif not story.caption and (caption := split_caption(line)):
            story.caption, story.photo_credit = caption  # a picture over the date line
            story.removed.append(RemovedLine(line, "caption"))
        else:
            standfirst.append(line)
    story.standfirst = " ".join(standfirst)


# How many lines of page chrome (a breadcrumb, a cookie notice and its button) may stand over the headline.
MAX_TOP_LINES = 3


def headline_index(lines: list[str]) -> int | None:
    """Index of the headline: the first non-blank line, past the page's chrome over it
    (a breadcrumb, a cookie notice and its button) when a line follows that is none."""
    first = None
    chrome = 0
    for index, line in enumerate(lines):
        text = clean_inline(line)
        if not text:
            continue
        if first is None:
            first = index
        if chrome < MAX_TOP_LINES and top_line(text):
            chrome += 1
            continue
        return index
    return first


def first_line(lines: list[str], name: str, *, chrome: bool = False) -> int:
    """Index of the headline line: the first non-blank one, or with `chrome` the first past
    the page's lines over it. A file with no line of words has no headline."""
    index = headline_index(lines) if chrome else next((k for k, line in enumerate(lines) if clean_inline(line)), None)
    if index is None:
        raise StoryParseError(name, "no text in the file")
    headline = clean_inline(lines[index])
    if len(headline) > 300 or not any(c.isalpha() for c in headline):
        raise StoryParseError(name, "no recognisable headline on the first line")
    return index


def parse_seed(text: str, name: str) -> ParsedStory:
    lines = text.split("\n")
    head = first_line(lines, name, chrome=True)
    story = ParsedStory(key="1", headline=clean_inline(lines[head]), layout="seed", source_text=text)
    story.removed.extend(RemovedLine(text, "site") for text in map(clean_inline, lines[:head]) if text)
    found = find_agency_line(lines, head)
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
    for written, read in agency_line.corrections:
        story.warnings.append(f"date line {clean_inline(lines[at])!r}: read the month {written!r} as {read}")
    rest = lines[(agency_line.last if agency_line.last is not None else at) + 1 :]
    # A caption is the first paragraph after the date line, when it ends in a photo credit.
    # Lines of the page before it go: a reading time, a share row, "Enlarge image".
    start = 0
    while start < len(rest) and (not (text := clean_inline(rest[start])) or page_line_over_body(text)):
        if text:
            story.removed.append(RemovedLine(text, "site"))
        start += 1
    end = start
    while end < len(rest) and clean_inline(rest[end]):
        end += 1
    caption = split_caption(clean_inline(" ".join(rest[start:end]))) if end > start else None
    if caption:
        story.caption, story.photo_credit = caption
        story.removed.append(RemovedLine(clean_inline(" ".join(rest[start:end])), "caption"))
        start = end
    fill_body(story, "\n".join(rest[start:]), name, related_lines=True)
    return story


def fill_body(story: ParsedStory, text: str, name: str, *, related_lines: bool) -> None:
    text = without_byline(story, text)
    if related_lines:
        text = without_captions(story, text)
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


def without_byline(story: ParsedStory, text: str) -> str:
    """`text` without a byline standing alone over the body ("By Jane Roe" under the date line);
    its names go to the story's byline when it has none."""
    first, newline, rest = text.lstrip().partition("\n")
    names = byline(clean_inline(first)) if newline and not rest.split("\n", 1)[0].strip() else None
    if names is None:
        return text
    if not story.byline:
        story.byline = names
    return rest


# A caption is a sentence or two, and it is no longer than a short paragraph.
MAX_CAPTION_CHARS = 400
# What every credit `split_caption` reads carries: a label, a copyright sign or an agency's slash.
_CAPTION_HINTS = ("photo", "pictur", "pic", "image", "credit", "\u00a9", "reuters/", "afp/", "ap/", "epa/", "xinhua/", "anp/", "aap/", "dpa/")


def may_hold_caption(text: str) -> bool:
    """Whether `text` carries any word a credit is written with: a cheap test before the
    credit pattern (a regex search over every body costs more than the substring tests)."""
    lowered = text.lower()
    return any(hint in lowered for hint in _CAPTION_HINTS)


# "AFP/Getty Images", "REUTERS/Jane Roe/File Photo": a credit names an agency or a photographer.
MAX_CREDIT_WORDS = 6


def without_captions(story: ParsedStory, text: str) -> str:
    """`text` without the pictures' captions standing in it as paragraphs (each ends in a
    photo credit); the first goes to the story's caption when it has none."""
    if not may_hold_caption(text):
        return text
    kept = []
    for block in split_blocks(text):
        raw = " ".join(block)
        if len(raw) > 2 * MAX_CAPTION_CHARS or not may_hold_caption(raw):
            kept.append(block)  # no credit in it: the cheap test, before the credit pattern
            continue
        paragraph = clean_inline(raw)
        caption = split_caption(paragraph) if len(paragraph) <= MAX_CAPTION_CHARS else None
        if caption is None or not caption[0] or not caption[1][:1].isupper() or len(caption[1].split()) > MAX_CREDIT_WORDS:
            kept.append(block)  # copy that speaks of a photo ("Photo: the company declined to ...") names no one who took it
            continue
        if not story.caption:
            story.caption, story.photo_credit = caption
        story.removed.append(RemovedLine(paragraph, "caption"))
    return "\n\n".join("\n".join(block) for block in kept)
