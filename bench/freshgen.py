"""Fresh, independently designed test data for the news-article parser.

Every <REUTERS> story of Reuters-21578 that has a TITLE and a BODY with at
least one paragraph left after cleaning is rendered as a scraped newspaper
page in the seed layout:

    headline
    [standfirst]
    <Agency> <Month D, YYYY>
    [photo caption ... PHOTO: CREDIT]
    [DATELINE: ]first paragraph
    paragraph / table row / related-story line ...
    [comment footer]

All randomness comes from random.Random(f"{seed}-{newid}"), so a story renders
the same way whatever `limit` is.  The weights below are per story unless
said otherwise; "x%" of an option means the share among the stories where
the option can apply.

Source cleaning (fixed, not random)
-----------------------------------
* Files are read as latin-1.  `&#N;` entities are removed, `&lt;`, `&gt;`,
  `&amp;` decoded, literal "^M" artefacts and control characters dropped.
* Body text = stray text between </TITLE>/<AUTHOR> and <DATELINE> (table
  headers in commodity reports) + the part of <DATELINE> after its " - "
  (some datelines swallowed the start of the body) + <BODY>.  A DATELINE
  that does not look like "PLACE[, Date] -" (e.g. a table row that landed in
  the element) is treated entirely as body text.  <AUTHOR> bylines dropped.
* The sign-off is dropped, repeatedly from the end: a last line
  "Reuter"/"REUTER"/"reuter"/"REUTERS" (optionally "..." or an operator code,
  "REUTER TAW"), an upper-case " REUTER" glued to the end of the last line,
  or "Reuter" glued after a full stop ("Noranda said. Reuter").  Trailing
  "More"/"MORE" continuation marks are kept: they are body text.
* Unwrapping: the SGML hard-wraps at ~70 columns and starts every paragraph
  with an indent.  A line starting with whitespace, or following a blank
  line, starts a new paragraph; unindented lines continue the current one
  (joined by a space; "anti-" + "inflation" joins without a space unless
  the next word is and/or/to/nor).  So every table row ("Shr 28 cts vs 22
  cts", "Pay April 15", "Record March 23", "Nine mths", column rows of
  commodity tables) and every list item becomes its own paragraph.  Each
  paragraph is written on one line.
* Dateline place: the DATELINE text before the date, e.g. "SALVADOR",
  "OSAKA, Japan", "MICHIGAN CITY, Ind." (leading "****"/junk removed).

Choices (key in record["choices"]: options with weights)
--------------------------------------------------------
* encoding: utf-8 50%, utf-8-sig (BOM) 20%, cp1252 30%.
* newline: lf 64%, crlf 33%, mixed 3% (header block CRLF, rest LF, as when
  a page is glued together from two sources).
* final_newline: none 45% (like the seed), one 45%, two 10%.
* leading_blank: 0 lines 88%, 1-3 blank lines before the headline 12% (the
  headline is still the first non-blank line; with a BOM the BOM comes
  first).
* typography: plain 62%; smart 38% = curly quotes/apostrophes, " -- " to
  an em dash (U+2014); with 50% of those also "..." to an ellipsis (U+2026).
  Applies to every text field of the page, related lines included (same
  site, same CMS), so cp1252 files really contain 0x93/0x94/0x97 bytes.
* spacing: collapse 75% (internal runs of spaces written as one space);
  keep 25% (source spacing kept inside paragraphs, e.g. "sales.  The" and
  column gaps in table rows; expected text is always collapsed).
* headline_case: corpus 35% (as in the SGML, mostly ALL CAPS), title 45%
  (site title case: small words lower, acronyms, "U.S.", "RY.TO" and <...>
  ticker brackets kept, "1ST" -> "1st"), sentence 20% (first word
  capitalised, the rest lower except the kept tokens).
* standfirst: none 55%; later_sentence_noperiod 18% (like the seed: a
  sentence from a later paragraph without its final full stop);
  later_sentence 9%; lead_sentence 18% (first sentence of the story, so the
  dek repeats body text).  Only prose sentences (8+ words ending in
  punctuation, so never a table row) of 40-260 chars, not "NOTE"
  rows, not ending in a "Month D, YYYY" date (such a dek would itself read
  as an `<Agency> <Month D, YYYY>` line); "none(no_candidate)" when there
  is no such sentence.
* header_gaps ("g1+g2" or "g"): blank lines headline->standfirst 1 (70%) or 2 (30%);
  standfirst->agency 2 (55%, like the seed) or 1 (45%); without a
  standfirst headline->agency 1 (55%), 2 (25%), 3 (12%), 0 (8%: agency line
  directly under the headline).
* agency (as written): Reuters 24, REUTERS 17, reuters 3, Reuter 5,
  REUTER 2, Afp 10, AFP 10, AP 5, Ap 2, APP 3, Agencies 4, AGENCIES 1,
  Xinhua 2, dpa 2, Bloomberg 2, Web Desk 2 (two words), News Desk 2 (%).
* date_style: full month 60%; abbreviated 40% ("Mar", "Mar.", "Sept",
  "Sept.", "Sep", "Jun", June/July sometimes left in full as AP style
  does).  day: plain 96%, padded 4% (zero-padded "05").
* agency_line_space: single 95%, double 5% (two spaces between agency and
  date); agency_trailing_ws: True 10% (space(s) or a tab after the date).
* caption: none 60%; present 40%, the next line after the agency line
  (tight 85%) or after one blank line (blank_before 15%).  caption_form:
    copy 25%        "In this <date> file photo, <scene>. <para1> [<para2>]"
                    (the seed's habit of repeating the story's first
                    paragraphs inside the caption; only prose paragraphs,
                    else the "file"/"scene" form is used)
    file 25%        "In this <date> file photo, <scene>."
    scene 25%       "<Scene>."
    scene_dated 15% "<Scene> on <date>."
    scene_copy 10%  "<Scene>. <para1>"
  caption_date (forms with a date): earlier 80% (1 day to 6 years before
  the story), same_day 8%, typo_year 9% (a digit doubled: "19866", like the
  seed's "20115"), typo_month 3% (a letter dropped: "Novemer").  Month
  written in full 85%, abbreviated 15%.  Scenes come from the story's
  PEOPLE tags ("James Baker speaks to reporters in Washington"), TOPICS
  (oil pump jack, wheat harvest, trading floor, ...), the company in the
  title, or the dateline city.
  credit: PHOTO: AFP 26, PHOTO: REUTERS 26, PHOTO: FILE 7, PHOTO: AP 6,
  PHOTO: REUTERS/FILE 6, PHOTO: AFP/FILE 4, Photo: Reuters 8, Photo: AFP 3,
  PHOTOS: REUTERS 3, PHOTO: EXPRESS 3, PHOTO: ONLINE 3, PHOTO:AFP (no
  space) 3, PHOTO: REUTERS/Staff 2.  photo_credit = the part after the
  label.  Separator before the credit: one space 85%, two spaces 15%;
  caption_final_period: kept 88%, dropped 12% (caption text without its
  final full stop).
* dateline (when the SGML has a place): city_upper 58% ("WASHINGTON: "),
  as_written 15% (full place, "OSAKA, Japan: ", "SAN JOSE, Calif.: "),
  city_title 10% ("Washington: "), omitted 17%; no_source when the SGML
  gives no place.  dateline_sep: single ": " 95%, double ":  " 5%.
* para_gap: blank-line style between body blocks: empty 85%, spaces 7%,
  nbsp 4% (a lone U+00A0, the scraped "&nbsp;" paragraph), tab 4%; and one
  para_gap_lines: one blank line 88% vs two 12% (same for every gap of the
  story).
* related_count_wanted: 0 15%, 1 20%, 2 35% (seed), 3 15%, 4 7%, 5 5%,
  6 3%; related_count = what was written (none for a one-paragraph story;
  with more lines than gaps, the extra lines join runs).
  Related lines only go into gaps BETWEEN two body paragraphs (table rows
  count as paragraphs, so they land among "Shr/Net/Revs" rows too), each on
  its own line.
* related_place: uniform 60%, early 20% (first gaps, "also read" after the
  lead), late 20% (last gaps).
* related_runs: single 70% (one line per gap), runs 30% (2-3 lines share a
  gap).  related_run_sep: inside a run lines are separated by a blank line
  75% or stand on consecutive lines 25%.
* related_source: same_topic 55% (titles of other stories sharing the
  first TOPICS code, so earnings stories get "X CORP 1ST QTR NET" lines
  among their table rows), random 45% (any TITLE of the corpus, brief
  title-only items included).  Never the story's own title, never a title
  equal to any text of the page.
* related_case: match 55% (same style as the headline), title 20%,
  corpus 15%, sentence 10%.
* footer: full 45% (seed's four lines), none 20%, no_reply 12% (without
  "Replying to X"), short 8% ("COMMENTS" + the moderation line),
  full_tight 7% (four lines with no blank lines between them),
  full_titlecase 8% ("Comments" instead of "COMMENTS").  Blank lines before
  the footer (footer_gap): 1 (75%), 2 (20%), 3 (5%).
* Noise strings in expected["noise"] are the lines' text without the line
  terminator and without trailing whitespace.

Traps that come from the corpus itself (kept on purpose, not random)
--------------------------------------------------------------------
* 37 stories have a body row that reads like an agency/date line
  ("Record March 31, 1987", "Pay May One, 1987" is close).
* Dividend/earnings stories are nothing but short rows; with same-topic
  related lines they get headline-like "X CORP 1ST QTR NET" lines between
  "Shr ..." and "Net ..." rows.
* "NOTE: ..." rows contain a colon near the start (never the first
  paragraph, so no fake dateline).
* The lead_sentence standfirst and the copy caption repeat body text
  verbatim; a one-sentence lead paragraph equals the standfirst exactly.

record: newid, choices, encoding ("utf-8", "utf-8-sig" = BOM, "cp1252"),
bom, newline, filename ("NNNNN_<sha1-16>.txt", like the seed's name).
"""

from __future__ import annotations

import datetime as _dt
import glob
import hashlib
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
import random

# ---------------------------------------------------------------------------
# Corpus parsing
# ---------------------------------------------------------------------------

_REUTERS_RE = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
_NEWID_RE = re.compile(r'NEWID="(\d+)"')
_DATE_RE = re.compile(r"<DATE>\s*(\d{1,2})-([A-Za-z]{3})-(\d{4})")
_TITLE_RE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)
_BODY_RE = re.compile(r"<BODY>(.*?)</BODY>", re.S)
_DATELINE_RE = re.compile(r"<DATELINE>(.*?)</DATELINE>", re.S)
_AUTHOR_RE = re.compile(r"<AUTHOR>.*?</AUTHOR>", re.S)
_D_RE = re.compile(r"<D>(.*?)</D>")

_MON3 = {m: i for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
     "NOV", "DEC"], 1)}
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

_CTRL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _clean(s: str) -> str:
    s = re.sub(r"&#\d+;", "", s)
    s = s.replace("^M", "")
    s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    s = s.replace("\r", "")
    return _CTRL_RE.sub("", s)


def collapse(s: str) -> str:
    return " ".join(s.split())


def _tags(block: str, tag: str) -> list[str]:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", block, re.S)
    return _D_RE.findall(m.group(1)) if m else []


_DL_SPLIT = re.compile(r"^\s*(?P<pre>[^\n]*?)\s*-+(?=\s|$)(?P<rest>.*)$", re.S)
_DL_DATE_TAIL = re.compile(
    r"(?:^|[,\s]+)(?:[A-Za-z]{3,9}\.?\s+[\dO]{1,3}|\d{1,2}\s+[A-Za-z]{3,9})"
    r"\s*,?\s*(?:,?\s*Reuter)?\s*,?\s*$")
_DL_LEAD_DATE = re.compile(r"^\s*[A-Za-z]{3,9}\.?\s+[\dO]{1,3}\s*-+")


def _split_dateline(raw: str) -> tuple[str, str]:
    """Return (place, body_prefix) for a DATELINE element's text."""
    m = _DL_SPLIT.match(raw)
    if not m:
        return "", raw
    pre, rest = m.group("pre"), m.group("rest")
    pre = re.sub(r",?\s*Reuter\s*$", "", pre)
    had_date = bool(_DL_DATE_TAIL.search(pre))
    place = _DL_DATE_TAIL.sub("", pre) if had_date else pre
    place = re.sub(r"^(?:RPT|REPEAT)\s*-+\s*", "", place)
    place = re.sub(r"^[^A-Za-z]+", "", place)
    place = re.sub(r"^[a-z]\s+", "", place)
    place = re.sub(r"[^A-Za-z .,'/&-]", "", place)
    place = collapse(place).strip(" ,-")
    if not had_date:
        first = place.split(",")[0]
        if not (place and re.fullmatch(r"[A-Z][A-Z .'/-]+", first)
                and pre.strip().split(",")[0] == first):
            return "", raw          # not a dateline: it is body text
    rest = _DL_LEAD_DATE.sub("", rest, count=1) if had_date else rest
    if re.search(r"\d", place) or len(place) > 60:
        place = ""
    return place, rest


_SIGNOFF_LINE = re.compile(
    r"\s*(?:REUTERS?|Reuters?|reuters?)(?:\s+[A-Z]{1,4})?\s*(?:\.\.\.)?\s*")
_SIGNOFF_TAIL = re.compile(
    r"(?:\s+REUTERS?|(?<=[.!?\"])\s+[Rr]euters?)\s*(?:\.\.\.)?\s*$")
_NOSPACE_AFTER_HYPHEN = {"and", "or", "to", "nor"}


def _paragraphs(text: str) -> list[str]:
    lines = text.split("\n")
    while lines:
        if not lines[-1].strip() or _SIGNOFF_LINE.fullmatch(lines[-1]):
            lines.pop()
        elif _SIGNOFF_TAIL.search(lines[-1]):
            lines[-1] = _SIGNOFF_TAIL.sub("", lines[-1])
        else:
            break
    paras: list[str] = []
    cur: str | None = None
    for line in lines:
        if not line.strip():
            if cur is not None:
                paras.append(cur)
            cur = None
            continue
        content = line.strip()
        if cur is None or line[0].isspace():
            if cur is not None:
                paras.append(cur)
            cur = content
        else:
            nxt = content.split(" ", 1)[0].lower()
            if re.search(r"[A-Za-z]-$", cur) and content[:1].islower() \
                    and nxt not in _NOSPACE_AFTER_HYPHEN:
                cur = cur + content
            else:
                cur = cur + " " + content
    if cur is not None:
        paras.append(cur)
    out = []
    for p in paras:
        p = p.rstrip()
        if collapse(p):
            out.append(p)
    # a sign-off may survive on a line before trailing blank/"More" rows
    if out and _SIGNOFF_LINE.fullmatch(out[-1]):
        out.pop()
    return out


class Story:
    __slots__ = ("newid", "date", "title", "topics", "places", "people",
                 "orgs", "place", "paras")


_CORPUS_CACHE: dict = {}


def load_corpus(shared_dir):
    """Return (stories, all_titles) where all_titles holds (newid, title,
    first_topic) for every <REUTERS> with a TITLE (brief items included)."""
    root = Path(shared_dir) / "corpora" / "reuters21578"
    key = str(root.resolve())
    if key in _CORPUS_CACHE:
        return _CORPUS_CACHE[key]
    stories: list[Story] = []
    titles: list[tuple[int, str, str]] = []
    for fn in sorted(glob.glob(str(root / "reut2-*.sgm"))):
        with open(fn, encoding="latin-1") as fh:
            raw = fh.read()
        for m in _REUTERS_RE.finditer(raw):
            attrs, block = m.group(1), m.group(2)
            newid = int(_NEWID_RE.search(attrs).group(1))
            tm = _TITLE_RE.search(block)
            if not tm:
                continue
            title = collapse(_clean(tm.group(1)))
            if not title:
                continue
            topics = _tags(block, "TOPICS")
            titles.append((newid, title, topics[0] if topics else ""))
            bm = _BODY_RE.search(block)
            if not bm:
                continue
            dm = _DATE_RE.search(block)
            if not dm:
                continue
            date = _dt.date(int(dm.group(3)), _MON3[dm.group(2).upper()],
                            int(dm.group(1)))
            # stray text between </TITLE> and <DATELINE>, bylines removed
            after_title = block[tm.end():]
            dlm = _DATELINE_RE.search(after_title)
            prefix = ""
            place = ""
            if dlm and dlm.start() < after_title.find("<BODY>"):
                stray = _AUTHOR_RE.sub("", after_title[:dlm.start()])
                stray = stray.strip("\n")
                place, dl_rest = _split_dateline(_clean(dlm.group(1)))
                prefix = _clean(stray) + "\n" if stray.strip() else ""
                if dl_rest.strip():
                    # the element swallowed the start of the first paragraph
                    dl_rest = dl_rest.rstrip()
                    nxt = bm.group(1).lstrip(" ")
                    word = nxt.split(" ", 1)[0].lower()
                    glue = "" if (re.search(r"[A-Za-z]-$", dl_rest)
                                  and nxt[:1].islower()
                                  and word not in _NOSPACE_AFTER_HYPHEN) else " "
                    prefix += dl_rest + glue
            body = prefix + _clean(bm.group(1))
            paras = _paragraphs(body)
            if not paras:
                continue
            s = Story()
            s.newid, s.date, s.title, s.topics = newid, date, title, topics
            s.places = _tags(block, "PLACES")
            s.people = _tags(block, "PEOPLE")
            s.orgs = _tags(block, "ORGS")
            s.place, s.paras = place, paras
            stories.append(s)
    stories.sort(key=lambda s: s.newid)
    res = (stories, titles)
    _CORPUS_CACHE[key] = res
    return res


# ---------------------------------------------------------------------------
# Text styling helpers
# ---------------------------------------------------------------------------

_SMALL = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for",
          "by", "vs", "vs.", "with", "from", "as", "nor", "but", "into",
          "over", "per"}
_ACRONYMS = {"US", "EC", "EEC", "IMF", "OPEC", "GATT", "UK", "USSR", "GNP",
             "GDP", "CPI", "FED", "NYSE", "SEC", "FDIC", "FCC", "FTC", "ICO",
             "ITC", "IBM", "AT&T", "GM", "BP", "CIA", "NATO", "UN", "OECD",
             "ADB", "LDC", "FRG", "NZ", "USDA", "CCC", "EMS", "ECU", "LIBOR",
             "NASDAQ", "CBT", "CME", "LME", "LIFFE", "ICCO", "ISO", "PLC",
             "NV", "AG", "SA", "SPA", "II", "III", "IV"}
_LOWER_ABBR = {"QTR", "MLN", "PCT", "DLRS", "DLR", "SHR", "SHRS", "CTS",
               "MTHS", "MTH", "BLN", "STG", "YR", "YRS", "WK", "WKS", "LTD",
               "CO", "CORP", "INC", "MTHLY", "QTLY", "DIV", "FY", "NET",
               "REV", "REVS", "CT", "BPD", "MT", "ST", "VS"}


def _keep_upper(core: str) -> bool:
    if not core:
        return True
    if core.startswith("<") or core.endswith(">"):
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]\.?", core):     # U.S. N.Y.
        return True
    if re.fullmatch(r"[A-Z0-9]{2,}\.[A-Z]{1,2}", core):      # RY.TO, GMHL.L
        return True
    if core[0].isdigit():                                # 1ST, 4TH, 1.14
        return False
    up = core.upper()
    if up in _ACRONYMS:
        return True
    if up in _LOWER_ABBR:
        return False
    letters = re.sub(r"[^A-Za-z]", "", core)
    if letters and core.isupper() and not re.search(r"[AEIOUY]", letters) \
            and len(letters) <= 4:
        return True
    if re.fullmatch(r"[A-Z]+-\d+", core):               # G-7, F-16
        return True
    return False


def _cap_word(core: str) -> str:
    if "/" in core:
        return "/".join(_cap_word(c) for c in core.split("/"))
    parts = core.split("-")
    out = []
    for p in parts:
        if not p:
            out.append(p)
        elif p[0].isdigit():
            out.append(p.lower())
        else:
            m = re.match(r"^([^A-Za-z]*)([A-Za-z])(.*)$", p)
            out.append(m.group(1) + m.group(2).upper() + m.group(3).lower()
                       if m else p.lower())
    return "-".join(out)


def _split_word(w: str):
    m = re.match(r"^([\"'(\[]*)(.*?)([\"'),.:;!?\]]*)$", w)
    lead, core, trail = m.group(1), m.group(2), m.group(3)
    if trail.startswith(".") and re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", core) \
            and "." in core:
        core, trail = core + ".", trail[1:]               # keep "U.S." whole
    return lead, core, trail


def _in_brackets(words: list[str]) -> list[bool]:
    """Words inside <...> ticker/company brackets stay as written."""
    flags, inside = [], False
    for w in words:
        if w.startswith("<") or w.startswith("(<"):
            inside = True
        flags.append(inside)
        if ">" in w:
            inside = False
    return flags


def title_case(s: str) -> str:
    words = s.split(" ")
    keep = _in_brackets(words)
    out = []
    for i, w in enumerate(words):
        lead, core, trail = _split_word(w)
        if keep[i]:
            nc = core
        elif i > 0 and core.lower() in _SMALL:
            nc = core.lower()
        elif _keep_upper(core) and core.upper() == core:
            nc = core
        else:
            nc = _cap_word(core)
        out.append(lead + nc + trail)
    return " ".join(out)


def sentence_case(s: str) -> str:
    words = s.split(" ")
    keep = _in_brackets(words)
    out = []
    for i, w in enumerate(words):
        lead, core, trail = _split_word(w)
        if keep[i] or (_keep_upper(core) and core.upper() == core):
            nc = core
        elif i == 0:
            nc = _cap_word(core.split("-")[0]) + (
                "-" + "-".join(core.split("-")[1:]).lower() if "-" in core else "")
        else:
            nc = core.lower()
        out.append(lead + nc + trail)
    return " ".join(out)


def apply_case(s: str, style: str) -> str:
    if style == "title":
        return title_case(s)
    if style == "sentence":
        return sentence_case(s)
    return s


def smart_typo(s: str, ellipsis: bool) -> str:
    s = re.sub(r'(^|[\s(\[{<\u2014-])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(^|[\s(\[{<\u2014-])'", "\\1\u2018", s)
    s = s.replace("'", "\u2019")
    s = s.replace(" -- ", " \u2014 ")
    if ellipsis:
        s = s.replace("...", "\u2026")
    return s


def _wpick(rng: random.Random, table):
    """table: list of (value, weight)."""
    total = sum(w for _, w in table)
    x = rng.random() * total
    for v, w in table:
        x -= w
        if x < 0:
            return v
    return table[-1][0]


# ---------------------------------------------------------------------------
# Page pieces
# ---------------------------------------------------------------------------

AGENCIES = [("Reuters", 24), ("REUTERS", 17), ("reuters", 3), ("Reuter", 5),
            ("REUTER", 2), ("Afp", 10), ("AFP", 10), ("AP", 5), ("Ap", 2),
            ("APP", 3), ("Agencies", 4), ("AGENCIES", 1), ("Xinhua", 2),
            ("dpa", 2), ("Bloomberg", 2), ("Web Desk", 2), ("News Desk", 2)]

CREDITS = [("PHOTO: ", "AFP", 26), ("PHOTO: ", "REUTERS", 26),
           ("PHOTO: ", "FILE", 7), ("PHOTO: ", "AP", 6),
           ("PHOTO: ", "REUTERS/FILE", 6), ("PHOTO: ", "AFP/FILE", 4),
           ("Photo: ", "Reuters", 8), ("Photo: ", "AFP", 3),
           ("PHOTOS: ", "REUTERS", 3), ("PHOTO: ", "EXPRESS", 3),
           ("PHOTO: ", "ONLINE", 3), ("PHOTO:", "AFP", 3),
           ("PHOTO: ", "REUTERS/Staff", 2)]

FOOTER_FULL = ["COMMENTS", "Replying to X",
               "Comments are moderated and generally will be posted if they "
               "are on-topic and not abusive.",
               "For more information, please see our Comments FAQ"]

_ABBR_CHOICES = {1: ["Jan", "Jan."], 2: ["Feb", "Feb."], 3: ["Mar", "Mar."],
                 4: ["Apr", "Apr."], 5: ["May"], 6: ["Jun", "June"],
                 7: ["Jul", "July"], 8: ["Aug", "Aug."],
                 9: ["Sept", "Sept.", "Sep", "Sep."], 10: ["Oct", "Oct."],
                 11: ["Nov", "Nov."], 12: ["Dec", "Dec."]}

_TOPIC_SCENES = {
    "crude": "an oil pump jack works at a field",
    "nat-gas": "a gas flare burns at a processing plant",
    "grain": "a combine harvests wheat in a field",
    "wheat": "a combine harvests wheat in a field",
    "corn": "a farmer inspects corn in a field",
    "coffee": "a worker sorts coffee beans at a warehouse",
    "cocoa": "cocoa pods are seen at a plantation",
    "sugar": "sugar cane is loaded onto a truck",
    "gold": "gold bars are stacked in a vault",
    "money-fx": "a dealer watches currency screens in a trading room",
    "dlr": "a dealer watches currency screens in a trading room",
    "interest": "the central bank building is seen",
    "ship": "a container ship is moored at the port",
    "trade": "containers are stacked at a port terminal",
    "earn": "traders work on the floor of the stock exchange",
    "acq": "traders work on the floor of the stock exchange",
    "oilseed": "soybeans are unloaded at a silo",
    "soybean": "soybeans are unloaded at a silo",
    "veg-oil": "palm oil fruit is seen at a plantation",
    "livestock": "cattle are seen at a feedlot",
    "copper": "workers are seen at a copper mine",
    "gnp": "shoppers walk past stores",
    "jobs": "job seekers wait in line at an employment office",
}


def _name_from_tag(tag: str) -> str:
    return " ".join(p.capitalize() for p in tag.split("-") if p)


def _city(place: str, places: list[str]) -> str:
    if place:
        return _cap_word_phrase(place.split(",")[0])
    return ""


def _cap_word_phrase(s: str) -> str:
    return " ".join(_cap_word(w) if w.isupper() or w.islower() else w
                    for w in s.split())


def _scene(rng: random.Random, st: Story) -> str:
    city = _city(st.place, st.places)
    where = f" in {city}" if city else ""
    opts = []
    if st.people:
        name = _name_from_tag(rng.choice(st.people))
        opts.append(rng.choice([
            f"{name} speaks to reporters{where}",
            f"{name} attends a news conference{where}",
            f"{name} arrives for a meeting{where}",
        ]))
    for t in st.topics:
        if t in _TOPIC_SCENES:
            opts.append(_TOPIC_SCENES[t] + where)
            break
    m = re.match(r"^([^<]{3,40}?)\s*<", st.title) or \
        re.match(r"^<([^>]{3,40})>", st.title)
    if m and "/" not in m.group(1) and len(m.group(1).split()) <= 5:
        comp = _cap_word_phrase(m.group(1).strip(" ,"))
        opts.append(f"the logo of {comp} is seen at its headquarters{where}")
    if city:
        opts.append(f"a general view of {city}")
    if not opts:
        opts.append("a man walks past a bank's trading room")
    s = rng.choice(opts)
    return s[0].upper() + s[1:]


def fmt_date(rng: random.Random, d: _dt.date, style: str, pad: bool = False) -> str:
    if style == "abbr":
        mon = rng.choice(_ABBR_CHOICES[d.month])
    else:
        mon = MONTHS[d.month - 1]
    day = f"{d.day:02d}" if pad else str(d.day)
    return f"{mon} {day}, {d.year}"


def _is_prose(p: str) -> bool:
    """A sentence-like paragraph, not a table row or a list item."""
    return len(p.split()) >= 8 and p.rstrip()[-1:] in '.!?"\u201d\''


_ENDS_WITH_DATE = re.compile(r"[A-Za-z]+\.?\s+\d{1,2},\s+\d{4}\W*$")


def _sentences(p: str) -> list[str]:
    out, start = [], 0
    for m in re.finditer(r"[.!?][\"']?\s+(?=[A-Z\"'])", p):
        before = p[start:m.start() + 1]
        lastword = before.split()[-1] if before.split() else ""
        core = lastword.rstrip(".\"'")
        if len(core) < 3 or "." in core or core in ("Inc", "Corp", "Ltd",
                                                    "Bros", "Gen", "Sen",
                                                    "Rep", "Gov", "Mrs",
                                                    "Sept", "Calif"):
            continue
        out.append(p[start:m.end()].strip())
        start = m.end()
    out.append(p[start:].strip())
    return [s for s in out if s]


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

def _render(st: Story, rng: random.Random, titles, by_topic):
    ch: dict = {}

    ch["encoding"] = _wpick(rng, [("utf-8", 50), ("utf-8-sig", 20), ("cp1252", 30)])
    ch["newline"] = _wpick(rng, [("lf", 64), ("crlf", 33), ("mixed", 3)])
    ch["final_newline"] = _wpick(rng, [("none", 45), ("one", 45), ("two", 10)])
    lead_blank = _wpick(rng, [(0, 88), (1, 6), (2, 4), (3, 2)])
    ch["leading_blank"] = lead_blank
    ch["typography"] = _wpick(rng, [("plain", 62), ("smart", 38)])
    ellipsis = ch["typography"] == "smart" and rng.random() < 0.5
    if ch["typography"] == "smart":
        ch["typography"] = "smart+ellipsis" if ellipsis else "smart"
    ch["spacing"] = _wpick(rng, [("collapse", 75), ("keep", 25)])
    ch["headline_case"] = _wpick(rng, [("corpus", 35), ("title", 45), ("sentence", 20)])

    def typo(s: str) -> str:
        return smart_typo(s, ellipsis) if ch["typography"] != "plain" else s

    def spaced(s: str) -> str:
        return collapse(s) if ch["spacing"] == "collapse" else s.strip()

    headline_written = typo(apply_case(st.title, ch["headline_case"]))
    headline = collapse(headline_written)

    paras_written = [spaced(typo(p)) for p in st.paras]
    paras = [collapse(p) for p in paras_written]

    # --- dateline -----------------------------------------------------
    if st.place:
        ch["dateline"] = _wpick(rng, [("city_upper", 58), ("as_written", 15),
                                      ("city_title", 10), ("omitted", 17)])
    else:
        ch["dateline"] = "no_source"
    dateline = ""
    if ch["dateline"] == "city_upper":
        dateline = st.place.split(",")[0].strip().upper()
    elif ch["dateline"] == "as_written":
        dateline = st.place
    elif ch["dateline"] == "city_title":
        dateline = _cap_word_phrase(st.place.split(",")[0].strip())
    dl_sep = ""
    if dateline:
        dl_sep = _wpick(rng, [(": ", 95), (":  ", 5)])
        ch["dateline_sep"] = "double" if dl_sep == ":  " else "single"

    # --- standfirst ---------------------------------------------------
    ch["standfirst"] = _wpick(rng, [("none", 55), ("later_sentence_noperiod", 18),
                                    ("later_sentence", 9), ("lead_sentence", 18)])
    standfirst = ""
    if ch["standfirst"] != "none":
        if ch["standfirst"] == "lead_sentence":
            cands = _sentences(paras[0])[:1]
        else:
            cands = [s for p in paras[1:] for s in _sentences(p)]
        cands = [c for c in cands if 40 <= len(c) <= 260 and _is_prose(c)
                 and not c.startswith(("(", "-", "NOTE"))
                 and not _ENDS_WITH_DATE.search(c)]
        if cands:
            standfirst = rng.choice(cands)
            if ch["standfirst"] == "later_sentence_noperiod":
                standfirst = standfirst.rstrip(".")
            elif ch["standfirst"] == "lead_sentence" and rng.random() < 0.5:
                standfirst = standfirst.rstrip(".")
            standfirst = collapse(standfirst)
        else:
            ch["standfirst"] = "none(no_candidate)"

    # --- agency/date line ---------------------------------------------
    agency = _wpick(rng, AGENCIES)
    ch["agency"] = agency
    ch["date_style"] = _wpick(rng, [("full", 60), ("abbr", 40)])
    pad = rng.random() < 0.04
    ch["day"] = "padded" if pad else "plain"
    date_written = fmt_date(rng, st.date, ch["date_style"], pad)
    a_sep = "  " if rng.random() < 0.05 else " "
    ch["agency_line_space"] = "double" if a_sep == "  " else "single"
    agency_trail = rng.choice([" ", "  ", "\t"]) if rng.random() < 0.10 else ""
    ch["agency_trailing_ws"] = bool(agency_trail)
    agency_line = f"{agency}{a_sep}{date_written}{agency_trail}"

    # --- caption ------------------------------------------------------
    caption = credit = caption_line = ""
    ch["caption"] = _wpick(rng, [("none", 60), ("tight", 34), ("blank_before", 6)])
    if ch["caption"] != "none":
        form = _wpick(rng, [("copy", 25), ("file", 25), ("scene", 25),
                            ("scene_dated", 15), ("scene_copy", 10)])
        if form in ("copy", "scene_copy") and not _is_prose(paras[0]):
            form = "file" if form == "copy" else "scene"
        ch["caption_form"] = form
        scene = _scene(rng, st)
        cdate = ""
        if form in ("copy", "file", "scene_dated"):
            kind = _wpick(rng, [("earlier", 80), ("same_day", 8),
                                ("typo_year", 9), ("typo_month", 3)])
            ch["caption_date"] = kind
            d = st.date if kind == "same_day" else \
                st.date - _dt.timedelta(days=rng.randint(1, 6 * 365))
            cdate = fmt_date(rng, d, "abbr" if rng.random() < 0.15 else "full")
            if kind == "typo_year":
                y = str(d.year)
                i = rng.randrange(4)
                cdate = cdate[:-4] + y[:i + 1] + y[i:]
            elif kind == "typo_month":
                mon = MONTHS[d.month - 1]
                j = rng.randrange(1, len(mon) - 1)
                cdate = f"{mon[:j]}{mon[j + 1:]} {d.day}, {d.year}"
        scene_l = scene[0].lower() + scene[1:]
        if form == "copy":
            k = 2 if len(paras) > 1 and _is_prose(paras[1]) and rng.random() < 0.6 else 1
            text = f"In this {cdate} file photo, {scene_l}. " + " ".join(paras[:k])
        elif form == "file":
            text = f"In this {cdate} file photo, {scene_l}."
        elif form == "scene":
            text = f"{scene}."
        elif form == "scene_dated":
            text = f"{scene} on {cdate}."
        else:
            text = f"{scene}. {paras[0]}"
        text = typo(text)
        if rng.random() < 0.12:
            text = text.rstrip(".")
            ch["caption_final_period"] = "dropped"
        else:
            ch["caption_final_period"] = "kept"
        label, credit, _w = _wpick(rng, [((l, c, w), w) for l, c, w in CREDITS])
        ch["credit"] = label + credit
        sep = "  " if rng.random() < 0.15 else " "
        caption = collapse(text)
        caption_line = f"{text}{sep}{label}{credit}"

    # --- related lines ------------------------------------------------
    ngaps = len(paras) - 1
    want = _wpick(rng, [(0, 15), (1, 20), (2, 35), (3, 15), (4, 7), (5, 5), (6, 3)])
    ch["related_count_wanted"] = want
    ch["related_case"] = _wpick(rng, [("match", 55), ("title", 20),
                                      ("corpus", 15), ("sentence", 10)])
    rel_style = ch["headline_case"] if ch["related_case"] == "match" else ch["related_case"]
    ch["related_source"] = _wpick(rng, [("same_topic", 55), ("random", 45)])
    forbidden = set(paras) | {headline, standfirst, caption, collapse(caption_line)}
    related: list[str] = []
    if want and ngaps > 0:
        pool = titles
        if ch["related_source"] == "same_topic" and st.topics:
            tp = by_topic.get(st.topics[0], [])
            if len(tp) > 5:
                pool = tp
        seen = set()
        tries = 0
        while len(related) < want and tries < 50:
            tries += 1
            nid, t, _tp = pool[rng.randrange(len(pool))]
            if nid == st.newid:
                continue
            line = collapse(typo(apply_case(t, rel_style)))
            if not line or line in forbidden or line in seen or line == collapse(st.title):
                continue
            seen.add(line)
            related.append(line)
    # place related lines into gaps (gap i = between paras[i] and paras[i+1])
    gaps: dict[int, list[str]] = defaultdict(list)
    if related:
        ch["related_runs"] = _wpick(rng, [("single", 70), ("runs", 30)])
        ch["related_place"] = _wpick(rng, [("uniform", 60), ("early", 20), ("late", 20)])
        groups: list[list[str]] = []
        i = 0
        while i < len(related):
            size = 1
            if ch["related_runs"] == "runs":
                size = rng.choice([1, 2, 2, 3])
            groups.append(related[i:i + size])
            i += size
        # more groups than gaps: merge into runs
        while len(groups) > ngaps:
            a = groups.pop()
            groups[-1].extend(a)
        if ch["related_place"] == "early":
            cand = list(range(min(ngaps, max(2, len(groups)))))
        elif ch["related_place"] == "late":
            cand = list(range(max(0, ngaps - max(2, len(groups))), ngaps))
        else:
            cand = list(range(ngaps))
        slots = sorted(rng.sample(cand, len(groups)))
        for g, s in zip(groups, slots):
            gaps[s].extend(g)
        ch["related_run_sep"] = "blank" if rng.random() < 0.75 else "adjacent"
    ch["related_count"] = len(related)

    # --- footer -------------------------------------------------------
    ch["footer"] = _wpick(rng, [("full", 45), ("none", 20), ("no_reply", 12),
                                ("short", 8), ("full_tight", 7), ("full_titlecase", 8)])
    footer = {"full": FOOTER_FULL, "none": [],
              "no_reply": [FOOTER_FULL[0]] + FOOTER_FULL[2:],
              "short": FOOTER_FULL[:1] + FOOTER_FULL[2:3],
              "full_tight": FOOTER_FULL,
              "full_titlecase": ["Comments"] + FOOTER_FULL[1:]}[ch["footer"]]
    footer = list(footer)

    # --- layout ---------------------------------------------------------
    blank_kind = _wpick(rng, [("empty", 85), ("spaces", 7), ("nbsp", 4), ("tab", 4)])
    ch["para_gap"] = blank_kind
    blank = {"empty": "", "spaces": "  ", "nbsp": "\u00a0", "tab": "\t"}[blank_kind]
    gapn = 2 if rng.random() < 0.12 else 1
    ch["para_gap_lines"] = gapn

    header: list[str] = [""] * lead_blank + [headline_written]
    if standfirst:
        g1 = 1 if rng.random() < 0.70 else 2
        g2 = 2 if rng.random() < 0.55 else 1
        ch["header_gaps"] = f"{g1}+{g2}"
        header += [""] * g1 + [standfirst] + [""] * g2
    else:
        g = _wpick(rng, [(1, 55), (2, 25), (3, 12), (0, 8)])
        ch["header_gaps"] = str(g)
        header += [""] * g
    header.append(agency_line)
    if caption_line:
        if ch["caption"] == "blank_before":
            header.append("")
        header.append(caption_line)

    body: list[str] = []
    first = True
    for i, p in enumerate(paras_written):
        if not first:
            body += [blank] * gapn
        first = False
        body.append(f"{dateline}{dl_sep}{p}" if i == 0 and dateline else p)
        if i in gaps:
            run = gaps[i]
            for j, r in enumerate(run):
                if j == 0 or ch["related_run_sep"] == "blank":
                    body += [blank] * gapn
                body.append(r)
    if footer:
        fb = _wpick(rng, [(1, 75), (2, 20), (3, 5)])
        ch["footer_gap"] = fb
        body += [""] * fb
        for j, f in enumerate(footer):
            if j and ch["footer"] != "full_tight":
                body.append("")
            body.append(f)

    # header ends; first body line follows after one blank line
    nl = "\r\n" if ch["newline"] == "crlf" else "\n"
    if ch["newline"] == "mixed":
        text = "\r\n".join(header) + "\r\n\r\n" + "\n".join(body)
    else:
        text = nl.join(header) + nl + nl + nl.join(body)
    tail = {"none": "", "one": nl, "two": nl + nl}[ch["final_newline"]]
    if ch["newline"] == "mixed" and tail:
        tail = tail.replace("\r\n", "\n")
    text += tail

    enc = ch["encoding"]
    data = text.encode(enc)   # utf-8-sig writes the BOM

    expected = {
        "key": f"reuters-{st.newid}",
        "headline": headline,
        "standfirst": standfirst,
        "agency": agency,
        "date": st.date.isoformat(),
        "dateline": dateline,
        "caption": caption,
        "photo_credit": credit if caption_line else "",
        "paragraphs": paras,
        "noise": {"related": related, "footer": footer,
                  "caption": caption_line.rstrip()},
    }
    return ch, data, expected


def render_corpus_fresh(shared_dir, *, seed=1987, limit=None):
    """Yield (record, data, expected) for each story."""
    stories, titles = load_corpus(shared_dir)
    by_topic: dict[str, list] = defaultdict(list)
    for t in titles:
        if t[2]:
            by_topic[t[2]].append(t)
    n = 0
    for st in stories:
        if limit is not None and n >= limit:
            break
        rng = random.Random(f"{seed}-{st.newid}")
        ch, data, expected = _render(st, rng, titles, by_topic)
        digest = hashlib.sha1(data).hexdigest()[:16]
        record = {
            "newid": st.newid,
            "choices": ch,
            "encoding": ch["encoding"],
            "bom": ch["encoding"] == "utf-8-sig",
            "newline": ch["newline"],
            "filename": f"{n:05d}_{digest}.txt",
        }
        n += 1
        yield record, data, expected


# ---------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------

_MONTH_WORDS = {}
for _i, _m in enumerate(MONTHS, 1):
    _MONTH_WORDS[_m.lower()] = _i
    _MONTH_WORDS[_m[:3].lower()] = _i
_MONTH_WORDS["sept"] = 9
_AGENCY_LINE_RE = re.compile(
    r"^(?P<agency>\S.*?)\s+(?P<mon>[A-Za-z]+)\.?\s+(?P<day>\d{1,2}),\s+(?P<year>\d{4})\s*$")


def self_check(record, data, expected) -> list[str]:
    errs = []
    text = data.decode(record["encoding"])
    if text.startswith("\ufeff"):
        errs.append("stray BOM")
    lines = text.replace("\r\n", "\n").split("\n")
    clines = [collapse(l) for l in lines]
    nonblank = [i for i, l in enumerate(clines) if l]
    if not nonblank or clines[nonblank[0]] != expected["headline"]:
        errs.append("headline not first non-blank line")
    # agency/date line: first line that parses, must give agency+date
    ag = None
    pos = 2 if expected["standfirst"] else 1
    if len(nonblank) > pos:
        i = nonblank[pos]
        m = _AGENCY_LINE_RE.match(lines[i])
        if m and m.group("mon").lower() in _MONTH_WORDS:
            ag = (i, m)
    if not ag:
        errs.append("agency line not found")
    else:
        i, m = ag
        d = _dt.date(int(m.group("year")), _MONTH_WORDS[m.group("mon").lower()],
                     int(m.group("day")))
        if m.group("agency") != expected["agency"] or d.isoformat() != expected["date"]:
            errs.append("agency line mismatch")
        if expected["standfirst"]:
            between = [clines[j] for j in range(nonblank[0] + 1, i) if clines[j]]
            if between != [expected["standfirst"]]:
                errs.append("standfirst not between headline and agency line")
        if expected["noise"]["caption"]:
            nxt = [j for j in nonblank if j > i][0]
            if clines[nxt] != collapse(expected["noise"]["caption"]):
                errs.append("caption not right after agency line")
    joined = "\n".join(clines)
    for k in ("headline", "standfirst", "agency", "dateline", "caption", "photo_credit"):
        if expected[k] and expected[k] not in joined:
            errs.append(f"{k} missing")
    if expected["caption"]:
        cl = collapse(expected["noise"]["caption"])
        if not cl.startswith(expected["caption"]) or not cl.endswith(expected["photo_credit"]):
            errs.append("caption/credit shape")
    for j, p in enumerate(expected["paragraphs"]):
        want = p
        if j == 0 and expected["dateline"]:
            want = collapse(f"{expected['dateline']}: {p}")
        if want not in clines:
            errs.append(f"paragraph {j} missing")
            break
    lineset = Counter(clines)
    for kind in ("related", "footer"):
        for r in expected["noise"][kind]:
            idx = [i for i, l in enumerate(clines) if l == r]
            if not idx or lines[idx[0]].strip() != r:
                errs.append(f"{kind} line not standing alone: {r!r}")
    if set(expected["noise"]["related"]) & set(expected["paragraphs"]):
        errs.append("paragraph equals related line")
    # related lines lie strictly between two paragraphs
    if expected["noise"]["related"]:
        rel = set(expected["noise"]["related"])
        body_idx = [i for i, l in enumerate(clines) if l in rel]
        first_p = expected["paragraphs"][0]
        last_p = expected["paragraphs"][-1]
        pi = [i for i, l in enumerate(clines) if l.endswith(first_p)]
        li = [i for i, l in enumerate(clines) if l == last_p]
        if not pi or not li or min(body_idx) < pi[0] or max(body_idx) > li[-1]:
            errs.append("related line outside the body")
    return errs


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    shared = Path(argv[0]) if argv else \
        (Path(__file__).resolve().parent / ".." / ".." / "shared").resolve()
    t0 = time.perf_counter()
    counts: dict[str, Counter] = defaultdict(Counter)
    n = fails = 0
    total_related = total_paras = 0
    examples = []
    for record, data, expected in render_corpus_fresh(shared):
        n += 1
        for k, v in record["choices"].items():
            counts[k][v] += 1
        total_related += len(expected["noise"]["related"])
        total_paras += len(expected["paragraphs"])
        errs = self_check(record, data, expected)
        if errs:
            fails += 1
            if len(examples) < 10:
                examples.append((record["newid"], errs))
    dt = time.perf_counter() - t0
    print(f"stories rendered: {n}")
    print(f"paragraphs: {total_paras}  related lines: {total_related}")
    for k in sorted(counts):
        items = sorted(counts[k].items(), key=lambda kv: (-kv[1], str(kv[0])))
        print(f"  {k}: " + ", ".join(f"{v}={c}" for v, c in items))
    print(f"self-check failures: {fails}")
    for nid, errs in examples:
        print(f"  newid {nid}: {errs}")
    print(f"runtime: {dt:.1f}s")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
