"""Reuters-21578 SGML: one file of <REUTERS> elements, each becoming a story.

Decisions:
- The headline is the TITLE made readable: ALL-CAPS titles are put in sentence
  case, each word taking the casing the story's own body gives it (names and
  tickers keep their capitals); the title as written stays in source_text.
- Stories with a TITLE but no BODY (the "BRIEF" flashes) are kept as
  headline-only stories, with a warning: they are real news items. Their
  "Blah blah blah." placeholder is removed. "UNPROC" stories, which have neither
  element, take their first line as the headline. A story with no text at all is
  skipped, and the next story says so in its warnings.
- Bodies are hard-wrapped: see unwrap_body() for how paragraphs are rebuilt.
"""

from __future__ import annotations

import html
import re

from .cleanup import clean_inline, readable_headline
from .dates import parse_reuters_stamp
from .story import ParsedStory, RemovedLine, StoryParseError

CODE_KINDS = ("topics", "places", "people", "orgs", "exchanges", "companies")

_STORY = re.compile(r"<REUTERS\b(?P<attrs>[^>]*)>(?P<inner>.*?)</REUTERS>", re.S)
_OPEN = re.compile(r"<REUTERS\b")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_CONTROL_ENTITY = re.compile(r"&#(?:[0-9]|[12][0-9]|3[01]);")
_D = re.compile(r"<D>(.*?)</D>", re.S)
_PLACEHOLDER = re.compile(r"\s*blah(?:\s+blah)*\.?\s*", re.I)
# The sign-off: "Reuter", "REUTER", "REUTERS", "Reuter...", alone on the last line or
# run on to the end of the last line of copy.
# It must stand alone, or after a column gap or a finished sentence: "according to
# Reuters" at the end of copy is not a sign-off.
_SIGNOFF = re.compile(r"(?:^\s*|\s{2,}|(?<=[.;:)\"'])\s+)(?P<signoff>reuters?\b(?:\.{3}|\^M|\s)*)$", re.I)
# A line laid out in columns: a run of three or more spaces, or a tab, between text.
_TABLE_LINE = re.compile(r"\S(?: {3,}|\t)\S")
_MONTHISH = re.compile(r"^(?:[A-Za-z]{3,9}\.?\s*\d{1,2}|\d{1,2}\s*[A-Za-z]{3,9}\.?)$")


def _element(inner: str, tag: str) -> str | None:
    match = re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}>", inner, re.S)
    return match.group(1) if match else None


def _text(raw: str) -> str:
    """SGML character data as text: control entities dropped, others unescaped."""
    return html.unescape(_CONTROL_ENTITY.sub("", raw))


def dateline_place(dateline: str) -> tuple[str, str]:
    """("SANTA CRUZ, Calif.", "") from "SANTA CRUZ, Calif., Feb 26 - "; text run on after the dash is returned too."""
    text = " ".join(dateline.split())
    head, _, rest = text.partition(" -")
    if not _ and text.endswith("-"):
        head = text[:-1]
    parts = [p.strip() for p in head.split(",")]
    place: list[str] = []
    for part in parts:
        if not part or any(c.isdigit() for c in part) or _MONTHISH.match(part):
            break
        place.append(part)
    return ", ".join(place).strip(" -"), rest.strip()


def unwrap_body(body: str) -> tuple[list[str], list[RemovedLine]]:
    """Rebuild paragraphs from hard-wrapped copy.

    A line opens a new paragraph when it is indented, follows a blank line, or is
    laid out in columns (a table row); the line after a table row opens one too.
    Every other line continues the paragraph above. The "Reuter" sign-off goes.
    """
    removed: list[RemovedLine] = []
    lines = body.replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    if lines:
        match = _SIGNOFF.search(lines[-1])
        if match:
            removed.append(RemovedLine(match["signoff"].strip(), "signoff"))
            lines[-1] = lines[-1][: match.start("signoff")]
    paragraphs: list[list[str]] = []
    open_paragraph = False
    previous_table = False
    for line in lines:
        if not line.strip():
            open_paragraph = False
            continue
        table = bool(_TABLE_LINE.search(line.strip()))
        if not open_paragraph or line[:1].isspace() or table or previous_table:
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
        open_paragraph = True
        previous_table = table
    return [p for p in (clean_inline(" ".join(lines)) for lines in paragraphs) if p], removed


def parse_reuters_sgml(text: str, name: str) -> list[ParsedStory]:
    opened = len(_OPEN.findall(text))
    closed = text.count("</REUTERS>")
    if opened == 0:
        raise StoryParseError(name, "no <REUTERS> stories in the SGML file")
    if opened != closed or not text.rstrip().endswith("</REUTERS>"):
        raise StoryParseError(name, f"truncated SGML: {opened} <REUTERS> opened, {closed} closed")
    stories: list[ParsedStory] = []
    pending: list[str] = []
    for position, match in enumerate(_STORY.finditer(text), start=1):
        story = _parse_one(match, position, name)
        if story is None:
            pending.append(f"story {position} in the file skipped: no title and no text")
            continue
        story.warnings[:0] = pending
        pending = []
        stories.append(story)
    if not stories:
        raise StoryParseError(name, "no story in the SGML file has a title or text")
    if pending:
        stories[-1].warnings.extend(pending)
    return stories


def _parse_one(match: re.Match, position: int, name: str) -> ParsedStory | None:
    attrs = dict(_ATTR.findall(match["attrs"]))
    inner = match["inner"]
    key = attrs.get("NEWID") or str(position)
    story = ParsedStory(key=key, headline="", layout="reuters-sgml", agency="Reuters", source_text=match.group(0))
    stamp = _element(inner, "DATE")
    story.published_at, problem = parse_reuters_stamp(stamp) if stamp else (None, "no DATE: published_at left empty")
    if problem:
        story.warnings.append(problem)
    for kind in CODE_KINDS:
        raw = _element(inner, kind.upper())
        story.codes[kind] = [clean_inline(_text(d)) for d in _D.findall(raw or "")]

    text_match = re.search(r"<TEXT\b(?P<attrs>[^>]*)>(?P<inner>.*?)</TEXT>", inner, re.S)
    text_inner = text_match["inner"] if text_match else ""
    title = _element(text_inner, "TITLE")
    body = _element(text_inner, "BODY")
    author = _element(text_inner, "AUTHOR")
    dateline = _element(text_inner, "DATELINE")
    if author:
        story.byline = re.sub(r"^by\s+", "", clean_inline(_text(author)), flags=re.I)
    run_on = ""
    if dateline:
        story.dateline, run_on = dateline_place(_text(dateline))
    if title is None and body is None:
        # Unprocessed copy: first line is the slug/headline, the rest is the body.
        raw = re.sub(r"<[^>]+>", "", _text(text_inner)).strip("\n")
        first, _, rest = raw.strip().partition("\n")
        if not clean_inline(first):
            return None
        title, body = first, rest
        story.warnings.append("unprocessed story: headline taken from its first line")
    else:
        title = _text(title or "")
        body = _text(body) if body is not None else None
    if body is None and title is not None:
        trailing = re.sub(r"<[^>]+>", "", _text(text_inner[text_inner.find("</TITLE>") + 8 :]))
        if _PLACEHOLDER.fullmatch(trailing) and trailing.strip():
            story.removed.append(RemovedLine(clean_inline(trailing), "junk"))
    paragraphs, removed = unwrap_body((run_on + " " if run_on else "") + (body or ""))
    story.paragraphs = paragraphs
    story.removed.extend(removed)
    clean_title = clean_inline(title).lstrip("*").strip()
    if not clean_title:
        if not paragraphs:
            return None
        clean_title = paragraphs[0][:120]
        story.warnings.append("no title: headline taken from the first paragraph")
    story.headline = readable_headline(clean_title, " ".join(paragraphs))
    if not paragraphs:
        story.warnings.append("no body: kept as a headline-only story")
    return story
