#!/usr/bin/env python3
"""Blind test-data generator "east": Reuters-21578 stories as scraped from a
fictional 2010s news site, the *Eastern Chronicle*.

This module was written without looking at the parser or at any other
generator.  It only knows the seed layout (one sample page) and the corpora
README.  Standard library only.

Public interface
================
``render_corpus_east(shared_dir, *, seed=1987, limit=None)`` yields
``(record, data, expected)`` for every Reuters-21578 story that has both a
``<TITLE>`` and a ``<BODY>`` (19,043 of them), in corpus order
(reut2-000 ... reut2-021, file order).  ``record`` is an :class:`EastRecord`
(source fields plus the weighted choices made and the meta lines printed),
``data`` the page bytes, ``expected`` a dict with exactly the keys
key, headline, agency, date, dateline, standfirst, caption, photo_credit,
paragraphs, noise{related, footer, caption}.

All randomness for a story comes from ``random.Random(f"{seed}-{newid}")``;
the pools (related headlines, known dateline cities) are built from the whole
corpus before anything is rendered, so a story's bytes do not depend on
``limit``.  ``limit=N`` renders only the first N stories.

Part 1 - how the wire text becomes expected fields (the spec)
=============================================================
Decoding.  SGML files are read as latin-1.  Only these entities are decoded:
``&lt; &gt; &amp; &quot; &apos;`` and numeric ``&#N;``.  Then every control
character (code < 32 except newline; tab becomes a space) and DEL (127) is
removed, and the literal two-character artefact ``^M`` is deleted.

Headline.  ``<TITLE>`` decoded, whitespace collapsed to single spaces,
case kept (Reuters titles are upper case; the page prints them as-is).

Date.  The day of ``<DATE>`` (e.g. ``26-FEB-1987 15:01:01.79``) as
``YYYY-MM-DD``.  The time-of-day may be printed on the page, never the
expected value.

Agency.  Always ``"Reuters"`` (canonical spelling), however the page
prints it (Reuters, REUTERS, "By Reuters", "Source: Reuters" ...).

Dateline.  ``<DATELINE>`` is whitespace-collapsed and matched as
``PLACE[, DATE][, Reuter] - [REST]``; the dash must be followed by
whitespace or the end (so WINSTON-SALEM stays whole).  PLACE is cleaned
(leading ``*`` removed, comma spacing normalised to ", ", all-lower-case
places title-cased) and accepted only if it looks like a place (letters,
spaces, ``. ' & / -``; at most 3 comma segments; <= 40 chars; first char
upper case) and either a date was present or its first segment is a city
that appears with a date in some other dateline.  Rejected datelines are
dropped completely (nothing of them is printed).  If an accepted dateline
carries leaked body text (REST, e.g. ``Brazil's "Cruzado" anti-``), REST is
put in front of the body: with no space if REST ends in letter+hyphen
(``anti-`` + ``inflation``), else with one space.  The expected
``dateline`` is the place exactly as the page prints it (see east dateline
styles below) or "" when the page prints none.

Sign-off.  Trailing blank lines are stripped, then repeatedly: a last line
that is only a sign-off word (reuter, reuters, reute, reuiter, any case,
optionally followed by dots or a time stamp like ``11:43/VB``) is removed; a
last line that is only ``MORE`` (any case; a wire continuation marker) is
removed; a last line ending in whitespace + ``REUTER...`` loses that tail.

Undoing the hard wrap (paragraph rule).  The body is split into lines
(right-stripped).  A line *starts a new paragraph* when

  1. it is the first line, or the previous line is blank;
  2. it starts with whitespace (the wire indents paragraph starts, table
     rows and some continuations of table rows);
  3. it is a *column row*: after stripping, it contains at least two
     separate runs of 2+ spaces between non-space characters
     (column-aligned tables whose rows are not indented); or
  4. the previous line was a column row (a column row is always a
     paragraph of its own).

Every other line is a continuation and is joined to the current paragraph
with a single space (no de-hyphenation: ``Handels-`` + ``und`` gives
``Handels- und``).  Each paragraph is then whitespace-collapsed.  Blank lines
only end paragraphs.  Paragraphs with no letter or digit (rulers such as
``----``, a lone ``.``) are dropped and not printed.  So earnings tables come
out one row per paragraph ("Shr 28 cts vs 22 cts", "Pay April 15", "Record
March 23") because each row is indented; an indented wrap continuation of a
table row ("Crowns vs 651 mln") is its own paragraph too.  The dateline is
not part of any paragraph.  A story whose body cleans to nothing gets an
empty paragraph list and no dateline.

If the page uses typographic quotes (see below) the expected paragraphs and
standfirst contain the same curly quotes as the page.

Part 2 - what the east site and its scraper print (invented conventions)
=======================================================================
Page order (blank lines between blocks; sometimes two)::

    [top chrome]            breadcrumb or cookie banner, 25%
    HEADLINE
    [standfirst]            30% when possible
    [caption]               placement "before-meta"
    META BLOCK              1-2 lines, + optional reading time / share line
    [caption]               placement "after-meta" (sometimes no blank line)
    FIRST PARAGRAPH (with dateline prefix)
    [caption]               placement "after-lede"
    paragraphs, with related lines/blocks and "Advertisement" lines in
    the gaps between two prose paragraphs
    [sign-off line]         "— Reuters", "(Reuters)", "- Reuters"
    [disclaimer]            "(This story has not been edited by Eastern
                            Chronicle staff ...)"
    footer chrome           tags, share, most-read box, comments chrome,
                            newsletter, copyright, cookie notice

Top chrome (before the headline!): a breadcrumb built from the topics
(``Home › Business › Energy``, ``HOME / MARKETS / COMMODITIES``,
``Business | Companies``) or a two-line cookie banner.  So the headline is
the first line that is not site chrome, not always the first line.

Standfirst (30% of stories whose lede is prose): the site's CMS fills the
dek automatically from the lede.  Either the first sentence of the lede
(sentence split at . ! ? followed by a capital, not after common
abbreviations/initials), when it is 40-220 chars and the lede has more text
after it; or, for ledes over 140 chars (most Reuters ledes are one long
sentence), an excerpt: the first 90-140 chars cut back to a word boundary,
trailing ``, ; : - —`` dropped, then ``...``, `` ...`` or ``…``.  Printed
right under the headline, before the meta block, as one line; the expected
standfirst is that line.  It never equals a paragraph.

Meta block (agency + date), one of (date formats vary, see below)::

    By Reuters | 26 February 1987 15:01 GMT
    REUTERS                      (two lines: agency, then
    Published: Feb. 26, 1987, 3:01 p.m.      "Published:" date)
    Published Thursday, February 26, 1987 by Reuters
    Posted: 26 Feb 1987 | Updated: 28 Feb 1987 | Source: Reuters
    Updated 28 Feb 1987 17:40 · First published 26 Feb 1987 15:01 · REUTERS
    Reuters · 1987-02-26
    Source: Reuters              (two lines: agency, then the
    Thursday 26 February 1987     bare date)
    REUTERS — February 26th, 1987
    26 Feb 1987 / 15:01 / Reuters

The story's date is always the *published / first published* one; an
"Updated" date may be 0-3 days later and may be printed first.  Date
formats: ``26 February 1987``, ``February 26, 1987``, AP style ``Feb. 26,
1987`` (Jan. Feb. Aug. Sept. Oct. Nov. Dec., other months spelled out),
``26 Feb 1987``, ``Thursday 26 February 1987``, ``Thursday, February 26,
1987``, ``February 26th, 1987``, ISO ``1987-02-26``.  Optional extra meta
lines (recorded as footer chrome): ``3 min read`` / ``Reading time: 3
minutes`` (25%), ``Share: Facebook | Twitter | Email`` / ``Share this
article`` / ``Tweet  Share  Email`` (15%).

Caption (35%): a templated photo caption, usually with its own file-photo
date (1-900 days before the story), ending with a credit in one of these
styles (expected caption / photo_credit in brackets)::

    <text>. REUTERS/Mark Dalton/File Photo   [<text>.] [REUTERS/Mark Dalton/File Photo]
    <text> (REUTERS/Mark Dalton)             [<text>]  [REUTERS/Mark Dalton]
    <text>. Photo: Reuters                   [<text>.] [Reuters]
    <text> | Photo: AP                       [<text>]  [AP]
    <text>. (Photo credit: Getty Images)     [<text>.] [Getty Images]
    <text>. © Reuters                        [<text>.] [Reuters]
    <text>. Credit: Reuters/File             [<text>.] [Reuters/File]

Photographer names are invented.  Sometimes an ``Enlarge image`` /
``View gallery`` line precedes the caption (footer chrome).  noise.caption
is the whole printed caption line.

Dateline styles on the first paragraph (place cased as in the corpus, 15%
title-cased: every upper-case word of the city, upper-case words of 3+
letters without inner dots elsewhere: ``Rio De Janeiro``, ``Kalamazoo,
Mich.``, ``Providence, R.I.``)::

    SALVADOR (Reuters) - text            SALVADOR, Feb 26 (Reuters) - text
    SALVADOR — text  (em dash)           SALVADOR (REUTERS) — text
    no dateline printed (15%, and whenever the dateline was rejected)

Related stories (other Reuters titles with >= 3 words of which at most a
third contain digits, tickers usually dropped, re-cased:
Title Case, Sentence case or kept upper; BBC headlines as-is, upper or
title case).  Never equal (case-insensitively) to the story's headline,
standfirst, caption or any of its paragraphs.  Forms:

* labelled single line: ``READ MORE: <h>``, ``ALSO READ: <h>``,
  ``Related: <h>``, ``SEE ALSO: <h>``, ``» <h>``;
* headed block: a heading line (``RELATED COVERAGE``, ``Related stories``,
  ``More on this topic``, ``You may also like``) followed, without blank
  lines, by 2-3 items ``• <h>``, ``- <h>``, ``> <h>`` or bare ``<h>``;
* bare headline alone on its line (seed style), only between two prose
  paragraphs of a story with >= 3 prose paragraphs, and only "headline-like"
  ones (>= 5 words, at most one token with digits, no earnings-table words
  such as QTR/NET/SHR/DIVIDEND, not ending in : - ,);
* a "most read" box in the footer: heading (``MOST READ``, ``Most
  popular``, ``Trending now``) and 3-5 items ``1. <h>``.

Inside the body, noise goes only in gaps between two *prose* paragraphs
(not a column row, >= 60 chars, ending in sentence punctuation), at most one
noise block per gap; if no such gap exists the related items go after the
last paragraph.  Never between two table rows, never inside a paragraph.
noise.related holds the headline text as printed (its casing) *without* the
label, bullet or number; the heading lines and labels are site chrome.

Mid-body chrome (20% of stories with >= 3 paragraphs, in a free prose
gap): ``Advertisement``, ``ADVERTISEMENT``, ``Story continues below
advertisement``.

Footer chrome, in this order, each optional: sign-off line ``— Reuters`` /
``(Reuters)`` / ``- Reuters`` (25%), syndication disclaimer (20%), tags
from the TOPICS/PLACES codes (``Tags: Cocoa, El Salvador, Uruguay`` /
``Topics:`` / ``Filed under:``, 50%), share lines (30%), most-read box
(30%; items in one block or one block each), 1-3 comments chrome lines
(``Comments (12)``, ``Show comments``, ``Log in to comment``, ``Be the first
to comment on this story``, ``Comments are closed.``, ``Join the
conversation``; 40%), newsletter promo (25%), copyright line (50%), cookie
notice (15%, unless the page opened with the cookie banner).
noise.footer lists every chrome line as printed (stripped), wherever it
stands (top chrome, meta extras, caption chrome, mid-body ads, related
headings, footer).

Typography and bytes:

* 30% of pages use typographic quotes in the body (and standfirst): ``"``
  becomes “ after whitespace/start/([{-/ and ” elsewhere; ``'`` becomes ‘
  after whitespace/start/([{ and ’ elsewhere.  Headline stays straight.
* 10% of pages (a "print view" dump) hard-wrap body paragraphs at 70-79
  columns at spaces; headline, meta, caption and chrome stay one line each.
  A paragraph is still one blank-line-separated block.
* In 50% of pages with column rows, those rows keep their inner column
  spacing (collapsed in the expected value).
* Encoding: UTF-8 55%, UTF-8 with BOM 20%, cp1252 25% (falls back to UTF-8
  if a character is not in cp1252).  Line ends LF 65%, CRLF 35%; 80% end
  with a final newline.  10% of pages have stray trailing spaces/tabs on
  some lines; 8% of block separators are two blank lines instead of one.
  After a meta block, a caption follows with no blank line half the time.

CLI
===
``python bench/eastgen.py [--limit N] [--show K] [--seed S] [--shared DIR]``
renders, runs per-story self-consistency checks (:func:`check_story`), and
prints the counts of every weighted choice, timing, and K sample pages with
their expected parse.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import random
import re
import sys
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path

SITE = "Eastern Chronicle"

# ---------------------------------------------------------------------------
# Source parsing
# ---------------------------------------------------------------------------

_ENTITY_RX = re.compile(r"&(lt|gt|amp|quot|apos|#\d+);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_CTRL_RX = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def decode_sgml(s: str) -> str:
    def rep(m):
        g = m.group(1)
        if g in _NAMED:
            return _NAMED[g]
        try:
            return chr(int(g[1:]))
        except (ValueError, OverflowError):
            return ""
    s = _ENTITY_RX.sub(rep, s)
    s = s.replace("\t", " ")
    s = _CTRL_RX.sub("", s)
    return s.replace("^M", "")


def collapse(s: str) -> str:
    return " ".join(s.split())


_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"]
_MON3 = {m[:3].upper(): i + 1 for i, m in enumerate(_MONTHS)}
_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.",
       "Sept.", "Oct.", "Nov.", "Dec."]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
             "Saturday", "Sunday"]


@dataclass
class EastRecord:
    newid: int
    file: str
    date: dt.date
    clock: str                 # "HH:MM" from <DATE>
    title: str                 # decoded, collapsed
    dateline_raw: str          # collapsed <DATELINE> text
    body_raw: str              # decoded <BODY> text
    topics: tuple = ()
    places: tuple = ()
    people: tuple = ()
    choices: dict = field(default_factory=dict)
    meta_lines: list = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"reuters-{self.newid}"


_REUTERS_RX = re.compile(r'<REUTERS[^>]*?NEWID="(\d+)"[^>]*>(.*?)</REUTERS>', re.S)


def _tag(d, name):
    m = re.search(rf"<{name}>(.*?)</{name}>", d, re.S)
    return m.group(1) if m else None


def _dlist(d, name):
    m = re.search(rf"<{name}>(.*?)</{name}>", d, re.S)
    return tuple(re.findall(r"<D>(.*?)</D>", m.group(1))) if m else ()


def _corpora_dir(shared_dir) -> Path:
    p = Path(shared_dir)
    for cand in (p / "corpora", p):
        if (cand / "reuters21578").is_dir():
            return cand
    raise FileNotFoundError(f"no reuters21578 under {p}")


def load_reuters(corpora: Path):
    """Return (stories with TITLE+BODY, all decoded titles) in corpus order."""
    stories, titles = [], []
    for f in sorted((corpora / "reuters21578").glob("reut2-*.sgm")):
        text = f.read_text(encoding="latin-1")
        for m in _REUTERS_RX.finditer(text):
            newid, d = int(m.group(1)), m.group(2)
            t = _tag(d, "TITLE")
            if t is not None:
                titles.append(collapse(decode_sgml(t)))
            b = _tag(d, "BODY")
            if t is None or b is None:
                continue
            dm = re.search(r"(\d{1,2})-([A-Z]{3})-(\d{4})\s+(\d+):(\d\d)",
                           _tag(d, "DATE") or "")
            date = dt.date(int(dm.group(3)), _MON3[dm.group(2)], int(dm.group(1)))
            hh = int(dm.group(4)) % 24
            stories.append(EastRecord(
                newid=newid, file=f.name, date=date,
                clock=f"{hh:02d}:{dm.group(5)}",
                title=collapse(decode_sgml(t)),
                dateline_raw=collapse(decode_sgml(_tag(d, "DATELINE") or "")),
                body_raw=decode_sgml(b),
                topics=_dlist(d, "TOPICS"), places=_dlist(d, "PLACES"),
                people=_dlist(d, "PEOPLE")))
    return stories, titles


def load_bbc_titles(corpora: Path):
    out = []
    for f in sorted((corpora / "bbc").glob("*/*.txt")):
        raw = f.read_bytes()
        try:
            txt = raw.decode("utf-8")
        except UnicodeDecodeError:
            txt = raw.decode("cp1252", errors="replace")
        for line in txt.splitlines():
            if line.strip():
                out.append(collapse(line))
                break
    return out


# ---------------------------------------------------------------------------
# Dateline
# ---------------------------------------------------------------------------

_MONTHWORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|abr)[a-z]*\.?"
_DL_RX = re.compile(
    r"^(?P<place>.*?)\s*(?:,\s*(?P<date>[A-Za-z]{3,9}\.?\s*[0-9lIO]{1,3}"
    r"|\d{1,2}\s+[A-Za-z]{3,9}|" + _MONTHWORD + r"))?\s*,?\s*(?:Reuters?\s*)?"
    r"-+(?:\s+|$)(?P<rest>.*)$", re.I)
_PLACE_OK = re.compile(r"^[A-Z][A-Za-z.'&/ -]*(?:, [A-Za-z][A-Za-z.'&/ -]*){0,2}$")


def parse_dateline(raw: str):
    """-> (place or None, has_date, rest)"""
    m = _DL_RX.match(raw)
    if not m:
        return None, False, ""
    place = m.group("place").lstrip("* ").strip(" ,")
    place = ", ".join(p.strip() for p in place.split(",") if p.strip())
    if place and place == place.lower():
        place = place.title()
    if not place or len(place) > 40 or not _PLACE_OK.match(place):
        return None, False, ""
    rest = m.group("rest").strip()
    if not re.search(r"[A-Za-z0-9]", rest):
        rest = ""
    return place, bool(m.group("date")), rest


def known_cities(stories):
    cities = set()
    for s in stories:
        place, has_date, _ = parse_dateline(s.dateline_raw)
        if place and has_date:
            cities.add(place.split(",")[0].upper())
    return cities


# ---------------------------------------------------------------------------
# Body -> paragraphs (the spec in the docstring)
# ---------------------------------------------------------------------------

_SIGNOFF_LINE = re.compile(r"^\s*(?:reuter|reuters|reute|reuiter)\b\.*\s*(?:\d\d?:\d\d\S*)?\s*$"
                           r"|^\s*(?:reuter|reuters)\.*\d\d?:\d\d\S*\s*$", re.I)
_MORE_LINE = re.compile(r"^\s*more\s*$", re.I)
_SIGNOFF_TAIL = re.compile(r"\s+(?:reuter|reuters)\b\.*\S*\s*$", re.I)
_COLRUN = re.compile(r"\S {2,}(?=\S)")


def strip_signoff(lines):
    lines = list(lines)
    while True:
        while lines and not lines[-1].strip():
            lines.pop()
        if not lines:
            return lines
        last = lines[-1]
        if _SIGNOFF_LINE.match(last) or _MORE_LINE.match(last):
            lines.pop()
            continue
        m = _SIGNOFF_TAIL.search(last)
        if m and last[:m.start()].strip():
            lines[-1] = last[:m.start()]
            continue
        return lines


def is_column_row(line: str) -> bool:
    return len(_COLRUN.findall(line.strip())) >= 2


@dataclass
class WirePara:
    text: str          # whitespace-collapsed
    raw: str           # joined text before collapsing (spacing kept for rows)
    column: bool       # a column row


def wire_paragraphs(body: str):
    lines = [ln.rstrip() for ln in strip_signoff(body.split("\n"))]
    paras, cur, cur_col = [], [], False
    prev_blank, prev_col = True, False

    def flush():
        if cur:
            raw = " ".join(x.strip() for x in cur)
            txt = collapse(raw)
            if re.search(r"[A-Za-z0-9]", txt):
                paras.append(WirePara(txt, raw if cur_col else txt, cur_col))
    for ln in lines:
        if not ln.strip():
            flush(); cur = []; prev_blank = True; prev_col = False
            continue
        col = is_column_row(ln)
        if prev_blank or ln[0].isspace() or col or prev_col:
            flush(); cur = [ln]; cur_col = col
        else:
            cur.append(ln)
        prev_blank, prev_col = False, col
    flush()
    return paras


def prepare_body(rec: EastRecord, cities):
    """-> (place or None, paragraphs)"""
    body = rec.body_raw
    place, has_date, rest = parse_dateline(rec.dateline_raw)
    if place and not has_date and place.split(",")[0].upper() not in cities:
        place, rest = None, ""
    if place and rest:
        if re.search(r"[A-Za-z]-$", rest):
            body = rest + body.lstrip()
        else:
            body = rest + " " + body.lstrip()
    return place, wire_paragraphs(body)


# ---------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------

def curl(s: str) -> str:
    out, prev = [], " "
    for ch in s:
        if ch == '"':
            out.append("“" if (prev.isspace() or prev in "([{-/") else "”")
        elif ch == "'":
            out.append("‘" if (prev.isspace() or prev in "([{") else "’")
        else:
            out.append(ch)
        prev = ch
    return "".join(out)


_ACRO = {"U.S.", "U.K.", "UK", "US", "EC", "EEC", "OPEC", "IMF", "GATT", "USSR",
         "NYSE", "SEC", "FDIC", "USDA", "LME", "ICCO", "ICO", "OECD", "GNP", "GDP",
         "CPI", "UN", "UAE", "IBM", "AT&T", "GM", "GE", "BP", "ITT", "RJR", "CBT",
         "FED", "FRG", "NZ", "CD", "CDS", "ECU", "ECUS", "BHP", "ICI", "KLM", "AMR",
         "UAL", "TWA", "CSX", "NWA", "LTV", "CBS", "RCA", "NBC", "ABC", "ANZ",
         "GAF", "FCC", "FTC", "ITC", "EPA", "OTC", "NASD", "NASDAQ", "IRS", "S/P",
         "S&P", "CEO", "PLC", "NV", "AG", "SA", "SPA", "AB", "BV", "NL", "G-7",
         "G-5", "EMS", "SDR", "CFTC", "CME", "CBOT", "COMEX", "NYMEX", "IPE"}
_SMALL = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for",
          "by", "with", "vs", "from", "as", "into", "over", "after"}


def _case_token(tok: str, mode: str, first: bool) -> str:
    if tok.startswith("<"):
        return tok  # ticker such as <SRD>
    core = tok.strip("()\"',:;")
    up = core.upper()
    if up in _ACRO or ("." in core.strip(".") and len(core) <= 6) or \
            any(c.isdigit() for c in core) or \
            (len(core) <= 3 and core.isalpha() and not re.search(r"[AEIOUY]", up)):
        return tok if tok.isupper() or not tok.isalpha() else tok.upper()
    low = tok.lower()
    if mode == "title":
        if not first and core.lower() in _SMALL:
            return low
        return re.sub(r"[a-z]", lambda m: m.group(0).upper(), low, count=1)
    if first:
        return re.sub(r"[a-z]", lambda m: m.group(0).upper(), low, count=1)
    return low


def recase(s: str, mode: str) -> str:
    if mode == "upper":
        return s.upper()
    if mode == "asis":
        return s
    toks = s.split()
    return " ".join(_case_token(t, mode, i == 0) for i, t in enumerate(toks))


def smart_title(s: str) -> str:
    """Title-case an upper-case place: 'RIO DE JANEIRO' -> 'Rio De Janeiro',
    'KALAMAZOO, MICH.' -> 'Kalamazoo, Mich.', 'PROVIDENCE, R.I.' keeps 'R.I.'.
    In the city (first segment) every upper-case word is title-cased; in the
    other segments only upper-case words of 3+ letters without inner dots."""
    def fix(w, city):
        core = w.rstrip(".,")
        if core.isupper() and (city or len(core) > 2) and "." not in core:
            return "-".join(x.capitalize() for x in core.split("-")) + w[len(core):]
        return w
    segs = s.split(", ")
    return ", ".join(" ".join(fix(w, i == 0) for w in seg.split(" "))
                     for i, seg in enumerate(segs))


_ABBR = {"u.s", "inc", "co", "corp", "ltd", "mr", "mrs", "ms", "dr", "st", "jan",
         "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
         "dec", "no", "vs", "gov", "sen", "rep", "bros", "jr", "sr", "mt", "ft",
         "u.k", "calif", "mass", "ill", "ind", "conn", "fla", "mich", "minn",
         "wis", "va", "pa", "n.y", "n.j", "gen", "col", "lt", "capt", "prof",
         "messrs", "ave", "p.m", "a.m", "dlrs", "cts", "pct", "plc", "cie", "kg",
         "e.g", "i.e", "etc", "al", "op", "fig", "ore", "tex", "ariz", "okla",
         "colo", "nev", "del", "md", "ga", "tenn", "ky", "mo", "wash", "ore"}
_SENT_RX = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘]?[A-Z])")


def first_sentence(text: str):
    for m in _SENT_RX.finditer(text):
        before = text[:m.start() + 1]
        word = before.split()[-1].strip("(\"“'‘").rstrip(".!?").lower()
        if before.endswith(".") and (word in _ABBR or len(word) <= 1 or "." in word):
            continue
        return text[:m.end()].rstrip()
    return None


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

def _ordinal(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fmt_date(d: dt.date, style: str) -> str:
    M, wd = _MONTHS[d.month - 1], _WEEKDAYS[d.weekday()]
    return {
        "dmy": f"{d.day} {M} {d.year}",
        "mdy": f"{M} {d.day}, {d.year}",
        "ap": f"{_AP[d.month - 1]} {d.day}, {d.year}",
        "dmy3": f"{d.day} {M[:3]} {d.year}",
        "wd_dmy": f"{wd} {d.day} {M} {d.year}",
        "wd_mdy": f"{wd}, {M} {d.day}, {d.year}",
        "ordinal": f"{M} {_ordinal(d.day)}, {d.year}",
        "iso": d.isoformat(),
    }[style]


def fmt_time(clock: str, style: str) -> str:
    hh, mm = (int(x) for x in clock.split(":"))
    h12 = hh % 12 or 12
    if style == "24":
        return f"{hh:02d}:{mm:02d}"
    if style == "24gmt":
        return f"{hh:02d}:{mm:02d} GMT"
    if style == "ap":
        return f"{h12}:{mm:02d} {'a.m.' if hh < 12 else 'p.m.'}"
    return f"{h12}:{mm:02d} {'AM' if hh < 12 else 'PM'}"


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

def wpick(rng, ch, name, options):
    """options: list of (value, weight). Records the choice under name."""
    vals, weights = zip(*options)
    v = rng.choices(vals, weights=weights, k=1)[0]
    ch[name] = v
    return v


_PHOTOGRAPHERS = ["Mark Dalton", "Lena Voss", "Tomas Ridley", "Ana Cortes",
                  "Peter Lindqvist", "Kenji Mori", "Ruth Okafor", "Samir Haddad",
                  "Claire Boudreau", "Daniel Weiss", "Priya Raman", "Jon Halvorsen"]

_TOPIC_NAMES = {"earn": "Earnings", "acq": "Mergers & Acquisitions", "crude": "Oil",
                "money-fx": "Currencies", "interest": "Interest Rates",
                "grain": "Grains", "trade": "Trade", "ship": "Shipping",
                "nat-gas": "Natural Gas", "money-supply": "Money Supply",
                "gnp": "Economy", "cpi": "Inflation", "bop": "Balance of Payments",
                "veg-oil": "Vegetable Oils", "dlr": "Dollar", "jobs": "Jobs",
                "ipi": "Industrial Output", "livestock": "Livestock"}
_PLACE_NAMES = {"usa": "United States", "uk": "Britain", "west-germany": "West Germany",
                "ussr": "Soviet Union", "hong-kong": "Hong Kong", "uae": "UAE",
                "south-korea": "South Korea", "new-zealand": "New Zealand",
                "saudi-arabia": "Saudi Arabia", "south-africa": "South Africa",
                "el-salvador": "El Salvador", "ec": "European Community"}


def _nice_code(code, table):
    return table.get(code) or " ".join(w.capitalize() for w in code.split("-"))


def _section(rec):
    t = set(rec.topics)
    if t & {"earn", "acq"}:
        return ("Business", "Companies")
    if t & {"crude", "nat-gas", "fuel", "heat", "gas", "propane"}:
        return ("Business", "Energy")
    if t & {"money-fx", "interest", "dlr", "money-supply", "yen"}:
        return ("Markets", "Currencies")
    if t & {"grain", "wheat", "corn", "cocoa", "coffee", "sugar", "cotton",
            "soybean", "veg-oil", "livestock", "gold", "copper", "tin", "silver"}:
        return ("Markets", "Commodities")
    if t & {"trade", "bop", "gnp", "cpi", "jobs", "ipi"}:
        return ("World", "Economy")
    return ("News", "World")


def _company_from_title(title):
    m = re.match(r"^(.{3,40}?)\s*<[A-Z0-9.]+>", title)
    if not m:
        return None
    name = m.group(1).strip(" ,-")
    if not re.fullmatch(r"[A-Z0-9&.,' -]+", name) or not re.search(r"[A-Z]{2}", name):
        return None
    return recase(name, "title")


def make_caption_text(rng, rec, place, ch):
    city = None
    if place:
        first = place.split(",")[0].strip()
        city = smart_title(first) if first.isupper() else first
    pdate = rec.date - dt.timedelta(days=rng.randint(1, 900))
    dstr = fmt_date(pdate, rng.choice(["mdy", "dmy", "ap"]))
    t = set(rec.topics)
    company = _company_from_title(rec.title)
    person = None
    if rec.people:
        person = " ".join(w.capitalize() for w in rec.people[0].split("-"))
    cands = []
    if person:
        cands += [f"{person} speaks to reporters in {city or 'Washington'}, {dstr}.",
                  f"{person} is pictured in this {dstr} file photo."]
    if company:
        cands += [f"The logo of {company} is seen at its headquarters"
                  + (f" in {city}" if city else "") + f", {dstr}.",
                  f"Signage for {company} is seen outside an office in this {dstr} file photo."]
    if t & {"crude", "nat-gas"}:
        cands.append(f"Oil pumps are seen at an oilfield in this {dstr} file photo.")
    if t & {"grain", "wheat", "corn", "soybean", "barley", "rice"}:
        cands.append(f"Grain is loaded onto a cargo ship at a port terminal, {dstr}.")
    if t & {"coffee", "cocoa", "sugar"}:
        cands.append(f"Workers load sacks onto a truck at a warehouse, {dstr}.")
    if t & {"money-fx", "interest", "dlr", "yen"}:
        cands.append(f"Bank notes are counted at a currency exchange office"
                     + (f" in {city}" if city else "") + f" in this {dstr} file photo.")
    if t & {"trade", "ship"}:
        cands.append(f"Cargo containers are stacked at a port in this {dstr} file photo.")
    if t & {"earn", "acq"}:
        cands.append(f"Traders work on the floor of the New York Stock Exchange, {dstr}.")
    if city:
        cands += [f"A general view of the business district of {city}, {dstr}.",
                  f"Pedestrians walk past an office building in {city}."]
    if not cands:
        cands = [f"A general view of a trading room in this {dstr} file photo.",
                 "A trader watches screens at a brokerage."]
    return rng.choice(cands)


def make_caption(rng, rec, place, ch):
    text = make_caption_text(rng, rec, place, ch)
    name = rng.choice(_PHOTOGRAPHERS)
    style = wpick(rng, ch, "caption_credit", [
        ("reuters_slash_file", 22), ("paren_slash", 18), ("photo_label", 18),
        ("pipe_photo", 12), ("credit_paren", 10), ("copyright", 10), ("credit_label", 10)])
    body = text.rstrip(".")
    if style == "reuters_slash_file":
        credit = f"REUTERS/{name}/File Photo"
        return f"{text} {credit}", text, credit
    if style == "paren_slash":
        credit = f"REUTERS/{name}"
        return f"{body} ({credit})", body, credit
    if style == "photo_label":
        credit = rng.choice(["Reuters", "REUTERS", "AFP", "AP"])
        return f"{text} Photo: {credit}", text, credit
    if style == "pipe_photo":
        credit = rng.choice(["AP", "Reuters", "AFP", "EPA"])
        return f"{body} | Photo: {credit}", body, credit
    if style == "credit_paren":
        credit = rng.choice(["Getty Images", "AFP/Getty Images", "Bloomberg"])
        return f"{text} (Photo credit: {credit})", text, credit
    if style == "copyright":
        credit = rng.choice(["Reuters", "AP"])
        return f"{text} © {credit}", text, credit
    credit = rng.choice(["Reuters/File", "Reuters", "REUTERS/Staff"])
    return f"{text} Credit: {credit}", text, credit


def make_meta(rng, rec, ch):
    ag = wpick(rng, ch, "agency_spelling", [("Reuters", 55), ("REUTERS", 45)])
    d = rec.date
    dstyle = wpick(rng, ch, "date_format", [
        ("dmy", 18), ("mdy", 16), ("ap", 16), ("dmy3", 14), ("wd_dmy", 10),
        ("wd_mdy", 10), ("ordinal", 8), ("iso", 8)])
    ds = fmt_date(d, dstyle)
    tm = fmt_time(rec.clock, rng.choice(["24", "24gmt", "ap", "12"]))
    upd = d + dt.timedelta(days=rng.choice([0, 1, 1, 2, 3]))
    us = fmt_date(upd, dstyle if dstyle != "iso" else "dmy3")
    style = wpick(rng, ch, "meta_style", [
        ("by_pipe", 16), ("two_line_published", 14), ("published_by", 10),
        ("posted_updated", 10), ("updated_first", 10), ("dot_iso", 8),
        ("source_two_line", 10), ("agency_dash", 12), ("date_first", 10)])
    if style == "by_pipe":
        return [f"By {ag} | {ds} {tm}"]
    if style == "two_line_published":
        return [ag if rng.random() < 0.6 else f"By {ag}", f"Published: {ds}, {tm}"]
    if style == "published_by":
        return [f"Published {fmt_date(d, 'wd_mdy') if dstyle != 'iso' else ds} by {ag}"]
    if style == "posted_updated":
        return [f"Posted: {ds} | Updated: {us} | Source: {ag}"]
    if style == "updated_first":
        t2 = f"{(int(rec.clock[:2]) + rng.randint(1, 5)) % 24:02d}:{rng.randint(0, 59):02d}"
        return [f"Updated {us} {t2} · First published {ds} {rec.clock} · {ag}"]
    if style == "dot_iso":
        return [f"{ag} · {d.isoformat()}"]
    if style == "source_two_line":
        return [f"Source: {ag}", ds]
    if style == "agency_dash":
        return [f"{ag} — {ds}"]
    return [f"{ds} / {rec.clock} / {ag}"]


_FRAGMENT_WORDS = {"QTR", "NET", "MTHS", "SHR", "LOSS", "PAYOUT", "DIVIDEND", "DIV",
                   "RESULTS", "PROFIT", "YEAR", "SALES", "QTLY", "RATES", "SETS"}


def headline_like(h: str) -> bool:
    """Strict filter for bare related lines: a real sentence-like headline."""
    words = re.sub(r"<[^>]*>", "", h).split()
    if len(words) < 5 or h.rstrip()[-1:] in ":-,":
        return False
    if sum(any(c.isdigit() for c in w) for w in words) > 1:
        return False
    return not ({w.upper().strip(".,") for w in words} & _FRAGMENT_WORDS)


def _related_pool_pick(rng, pools, avoid, ch, strict=False):
    """Pick one related headline, re-cased, not colliding with avoid."""
    for _ in range(40):
        if rng.random() < 0.6:
            h = rng.choice(pools["reuters"])
            if rng.random() < 0.75:
                h = collapse(re.sub(r"<[^>]*>", "", h))
            h = h.strip(" -")
            mode = rng.choices(["title", "sentence", "upper"], [50, 30, 20])[0]
            src = "reuters"
        else:
            h = rng.choice(pools["bbc"])
            mode = rng.choices(["asis", "upper", "title"], [60, 15, 25])[0]
            src = "bbc"
        h = recase(h, mode)
        if len(h) < 15 or len(h) > 110 or not re.search(r"[A-Za-z]{3}", h):
            continue
        if strict and not headline_like(h):
            continue
        if h.casefold() in avoid:
            continue
        ch[f"related_src_{src}"] = ch.get(f"related_src_{src}", 0) + 1
        avoid.add(h.casefold())
        return h
    return None


def _prose(p: WirePara) -> bool:
    return (not p.column) and len(p.text) >= 60 and p.text[-1] in ".!?\"”’)'"


def render_story(rec: EastRecord, pools, cities, seed):
    rng = random_for(seed, rec.newid)
    ch = rec.choices = {}
    noise_related, noise_footer = [], []
    place, wparas = prepare_body(rec, cities)

    use_curly = wpick(rng, ch, "quotes", [("straight", 70), ("curly", 30)]) == "curly"
    wrap = wpick(rng, ch, "wrap", [("none", 90), ("wrapped", 10)]) == "wrapped"
    wrap_w = rng.randint(70, 79)
    keep_cols = wpick(rng, ch, "column_spacing", [("collapsed", 50), ("kept", 50)]) == "kept"

    texts = [collapse(curl(p.text)) if use_curly else p.text for p in wparas]
    raws = [(curl(p.raw) if use_curly else p.raw).strip() for p in wparas]
    n = len(texts)
    has_cols = any(p.column for p in wparas)
    if not has_cols:
        ch.pop("column_spacing")

    # dateline
    dl_style = wpick(rng, ch, "dateline_style", [
        ("reuters_tag", 40), ("reuters_tag_date", 20), ("em_dash", 15),
        ("caps_tag_em", 10), ("none", 15)])
    dateline, prefix = "", ""
    if not place or n == 0:
        ch["dateline_style"] = "none(no place)" if n else "none(empty body)"
    elif dl_style != "none":
        shown = place
        if wpick(rng, ch, "dateline_case", [("corpus", 85), ("title", 15)]) == "title":
            shown = smart_title(place)
        dateline = shown
        if dl_style == "reuters_tag":
            prefix = f"{shown} (Reuters) - "
        elif dl_style == "reuters_tag_date":
            prefix = f"{shown}, {_MONTHS[rec.date.month - 1][:3]} {rec.date.day} (Reuters) - "
        elif dl_style == "em_dash":
            prefix = f"{shown} — "
        else:
            prefix = f"{shown} (REUTERS) — "

    # standfirst
    standfirst = ""
    ch["standfirst"] = "no"
    if n and _prose(wparas[0]) and rng.random() < 0.30:
        fs = first_sentence(texts[0])
        if fs and 40 <= len(fs) <= 220 and len(texts[0]) - len(fs) >= 20:
            standfirst, ch["standfirst"] = fs, "first_sentence"
        elif len(texts[0]) > 140:
            cut = texts[0][:rng.randint(90, 140)].rsplit(" ", 1)[0].rstrip(",;:-—")
            standfirst = cut + rng.choice(["...", "…", " ..."])
            ch["standfirst"] = "excerpt"
        if standfirst.casefold() in {t.casefold() for t in texts}:
            standfirst, ch["standfirst"] = "", "no"

    avoid = {t.casefold() for t in texts} | {rec.title.casefold()}
    if standfirst:
        avoid.add(standfirst.casefold())

    # caption
    caption_line = caption = credit = ""
    cap_place = "none"
    if rng.random() < 0.35:
        caption_line, caption, credit = make_caption(rng, rec, place, ch)
        if caption_line.casefold() in avoid or caption.casefold() in avoid:
            caption_line = caption = credit = ""
        else:
            cap_place = wpick(rng, ch, "caption_place", [
                ("after_meta", 60), ("before_meta", 20), ("after_lede", 20)])
            if cap_place == "after_lede" and n < 2:
                cap_place = ch["caption_place"] = "after_meta"
            avoid.add(caption_line.casefold())
    ch["caption"] = "yes" if caption_line else "no"
    cap_chrome = None
    if caption_line and rng.random() < 0.15:
        cap_chrome = rng.choice(["Enlarge image", "View gallery", "Image 1 of 1"])

    # ---------------- page assembly (list of blocks; block = list of lines)
    blocks = []

    def add(block, kind="text"):
        blocks.append((kind, list(block)))

    top = wpick(rng, ch, "top_chrome", [("none", 75), ("breadcrumb", 17), ("cookie", 8)])
    if top == "breadcrumb":
        a, b = _section(rec)
        crumb = rng.choice([f"Home › {a} › {b}", f"HOME / {a.upper()} / {b.upper()}",
                            f"{a} | {b}", f"Home » {b}"])
        add([crumb]); noise_footer.append(crumb)
    elif top == "cookie":
        cl = ["We use cookies to give you the best possible experience on our site. "
              "By continuing to browse you agree to our use of cookies.",
              rng.choice(["Accept and close", "OK, got it", "Accept cookies"])]
        add(cl); noise_footer.extend(cl)

    add([rec.title])
    if standfirst:
        add([standfirst])

    def caption_block():
        lines = ([cap_chrome] if cap_chrome else []) + [caption_line]
        if cap_chrome:
            noise_footer.append(cap_chrome)
        return lines

    if caption_line and cap_place == "before_meta":
        add(caption_block())
    meta = make_meta(rng, rec, ch)
    rec.meta_lines = list(meta)
    extra = []
    if rng.random() < 0.25:
        words = sum(len(t.split()) for t in texts)
        mins = max(1, round(words / 200))
        extra.append(rng.choice([f"{mins} min read", f"Reading time: {mins} minute"
                                 + ("s" if mins != 1 else "")]))
    if rng.random() < 0.15:
        extra.append(rng.choice(["Share: Facebook | Twitter | Email",
                                 "Share this article", "Tweet  Share  Email"]))
    noise_footer.extend(extra)
    meta_block = meta + extra
    glued = bool(caption_line and cap_place == "after_meta" and rng.random() < 0.5)
    if caption_line and cap_place == "after_meta":
        ch["caption_glued"] = "yes" if glued else "no"
    if glued:
        add(meta_block + caption_block())
    else:
        add(meta_block)
        if caption_line and cap_place == "after_meta":
            add(caption_block())

    # body gaps
    gaps = [g for g in range(n - 1) if _prose(wparas[g]) and _prose(wparas[g + 1])]
    n_prose = sum(_prose(p) for p in wparas)
    gap_blocks = {}
    used = set()
    if caption_line and cap_place == "after_lede":
        gap_blocks[0] = [("caption", caption_block())]
        used.add(0)

    def free_gap(prefer_late=False):
        free = [g for g in gaps if g not in used]
        if not free:
            return None
        g = free[-1] if prefer_late and rng.random() < 0.5 else rng.choice(free)
        used.add(g)
        return g

    def place_block(block, kind):
        g = free_gap()
        if g is None:
            g = n - 1  # after the last paragraph
        gap_blocks.setdefault(g, []).append((kind, block))

    rel_mode = wpick(rng, ch, "related_mode", [
        ("none", 25), ("labelled", 35), ("headed_block", 20), ("bare", 10),
        ("labelled+block", 10)])
    if n == 0:
        rel_mode = ch["related_mode"] = "none(empty body)"
    if rel_mode == "bare" and (n_prose < 3 or not gaps):
        rel_mode = ch["related_mode"] = "labelled"
    if rel_mode in ("labelled", "labelled+block"):
        for _ in range(rng.choice([1, 1, 2])):
            h = _related_pool_pick(rng, pools, avoid, ch)
            if not h:
                continue
            label = rng.choice(["READ MORE: ", "ALSO READ: ", "Related: ", "SEE ALSO: ", "» "])
            place_block([label + h], "related")
            noise_related.append(h)
    if rel_mode in ("headed_block", "labelled+block"):
        heading = rng.choice(["RELATED COVERAGE", "Related stories", "More on this topic",
                              "You may also like"])
        bullet = rng.choice(["• ", "- ", "> ", ""])
        items = []
        for _ in range(rng.choice([2, 3])):
            h = _related_pool_pick(rng, pools, avoid, ch)
            if h:
                items.append(h)
        if items:
            place_block([heading] + [bullet + h for h in items], "related")
            noise_footer.append(heading)
            noise_related.extend(items)
    if rel_mode == "bare":
        for _ in range(rng.choice([1, 1, 2])):
            g = free_gap()
            h = _related_pool_pick(rng, pools, avoid, ch, strict=True) if g is not None else None
            if h:
                gap_blocks.setdefault(g, []).append(("related", [h]))
                noise_related.append(h)

    if n >= 3 and rng.random() < 0.20:
        g = free_gap()
        if g is not None:
            ad = rng.choice(["Advertisement", "ADVERTISEMENT", "Story continues below advertisement"])
            gap_blocks.setdefault(g, []).append(("chrome", [ad]))
            noise_footer.append(ad)
            ch["mid_body_ad"] = "yes"
    ch.setdefault("mid_body_ad", "no")

    # paragraphs
    for i in range(n):
        if wparas[i].column and keep_cols:
            shown = raws[i]
        else:
            shown = texts[i]
        if i == 0 and prefix:
            shown = prefix + shown
        if wrap and not wparas[i].column:
            lines = textwrap.wrap(shown, width=wrap_w, break_long_words=False,
                                  break_on_hyphens=False)
        else:
            lines = [shown]
        add(lines, "para")
        for kind, blk in gap_blocks.get(i, []):
            add(blk, kind)

    # footer
    if rng.random() < 0.25 and n:
        s = rng.choice(["— Reuters", "(Reuters)", "- Reuters"])
        add([s]); noise_footer.append(s)
    if rng.random() < 0.20:
        s = rng.choice([f"(This story has not been edited by {SITE} staff and is "
                        "auto-generated from a syndicated feed.)",
                        "Disclaimer: This article is published from a wire agency "
                        "feed without modifications to the text."])
        add([s]); noise_footer.append(s)
    tags = [_nice_code(c, _TOPIC_NAMES) for c in rec.topics[:3]] + \
           [_nice_code(c, _PLACE_NAMES) for c in rec.places[:3]]
    if tags and rng.random() < 0.5:
        s = rng.choice(["Tags: ", "Topics: ", "Filed under: "]) + ", ".join(tags)
        add([s]); noise_footer.append(s)
    if rng.random() < 0.30:
        s = rng.choice([["Share this article", "Facebook  Twitter  LinkedIn  Email"],
                        ["Share: Facebook | Twitter | WhatsApp"]])
        add(s); noise_footer.extend(s)
    if rng.random() < 0.30:
        heading = rng.choice(["MOST READ", "Most popular", "Trending now"])
        items = []
        for _ in range(rng.randint(3, 5)):
            h = _related_pool_pick(rng, pools, avoid, ch)
            if h:
                items.append(h)
        if items:
            noise_footer.append(heading)
            noise_related.extend(items)
            lines = [f"{k}. {h}" for k, h in enumerate(items, 1)]
            if rng.random() < 0.5:
                add([heading] + lines, "related")
            else:
                add([heading], "chrome")
                for ln in lines:
                    add([ln], "related")
            ch["most_read"] = "yes"
    ch.setdefault("most_read", "no")
    if rng.random() < 0.40:
        pool = [f"Comments ({rng.randint(0, 40)})", "Show comments", "Log in to comment",
                "Be the first to comment on this story", "Comments are closed.",
                "Join the conversation"]
        s = rng.sample(pool, rng.randint(1, 3))
        for ln in s:
            add([ln], "chrome")
        noise_footer.extend(s)
    if rng.random() < 0.25:
        s = rng.choice([f"Sign up for the {SITE} business newsletter",
                        "Get our morning briefing delivered to your inbox"])
        add([s]); noise_footer.append(s)
    if rng.random() < 0.50:
        s = rng.choice([f"Copyright © {rng.randint(2012, 2017)} {SITE} Media. All rights reserved.",
                        f"© {SITE} {rng.randint(2012, 2017)}"])
        add([s]); noise_footer.append(s)
    if top != "cookie" and rng.random() < 0.15:
        s = ("This site uses cookies. By continuing to browse the site you are "
             "agreeing to our use of cookies. Find out more.")
        add([s]); noise_footer.append(s)

    # ---------------- serialise
    trailing = rng.random() < 0.10
    ch["trailing_ws"] = "yes" if trailing else "no"
    out_lines = []
    for bi, (kind, blk) in enumerate(blocks):
        if bi:
            out_lines.append("")
            if rng.random() < 0.08:
                out_lines.append("")
        for ln in blk:
            if trailing and rng.random() < 0.2:
                ln += rng.choice([" ", "  ", "\t"])
            out_lines.append(ln)
    nl = "\r\n" if wpick(rng, ch, "newline", [("LF", 65), ("CRLF", 35)]) == "CRLF" else "\n"
    text = nl.join(out_lines) + (nl if rng.random() < 0.8 else "")
    enc = wpick(rng, ch, "encoding", [("utf-8", 55), ("utf-8-sig", 20), ("cp1252", 25)])
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        enc = ch["encoding"] = "utf-8(cp1252 fallback)"
        data = text.encode("utf-8")

    expected = {
        "key": rec.key,
        "headline": rec.title,
        "agency": "Reuters",
        "date": rec.date.isoformat(),
        "dateline": dateline,
        "standfirst": standfirst,
        "caption": caption,
        "photo_credit": credit,
        "paragraphs": texts,
        "noise": {"related": noise_related, "footer": noise_footer,
                  "caption": caption_line},
    }
    return data, expected


def random_for(seed, newid):
    return random.Random(f"{seed}-{newid}")


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------

_CACHE = {}


def _load(shared_dir):
    corpora = _corpora_dir(shared_dir)
    key = str(corpora.resolve())
    if key not in _CACHE:
        stories, rtitles = load_reuters(corpora)
        seen, rpool = set(), []
        for t in rtitles:
            k = t.casefold()
            words = t.split()
            numeric = sum(any(c.isdigit() for c in w) for w in words)
            if k not in seen and re.search(r"[A-Za-z]{3}", t) and len(words) >= 3 \
                    and numeric * 3 <= len(words):
                seen.add(k)
                rpool.append(t)
        bpool = []
        for t in load_bbc_titles(corpora):
            if t.casefold() not in seen:
                seen.add(t.casefold())
                bpool.append(t)
        _CACHE[key] = (stories, {"reuters": rpool, "bbc": bpool}, known_cities(stories))
    return _CACHE[key]


def render_corpus_east(shared_dir, *, seed=1987, limit=None):
    stories, pools, cities = _load(shared_dir)
    if limit is not None:
        stories = stories[:limit]
    for src in stories:
        rec = EastRecord(**{k: getattr(src, k) for k in
                            ("newid", "file", "date", "clock", "title", "dateline_raw",
                             "body_raw", "topics", "places", "people")})
        data, expected = render_story(rec, pools, cities, seed)
        yield rec, data, expected


# ---------------------------------------------------------------------------
# Self-consistency checks
# ---------------------------------------------------------------------------

def decode_page(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252")
    return text.replace("\r\n", "\n")


_KEYS = ["key", "headline", "agency", "date", "dateline", "standfirst", "caption",
         "photo_credit", "paragraphs", "noise"]


def check_story(rec: EastRecord, data: bytes, exp: dict):
    """Raise AssertionError if the page and its expected parse disagree."""
    assert list(exp) == _KEYS, exp.keys()
    assert set(exp["noise"]) == {"related", "footer", "caption"}
    dt.date.fromisoformat(exp["date"])
    text = decode_page(data)
    lines = [ln.strip() for ln in text.split("\n")]
    blocks, cur = [], []
    for ln in lines:
        if ln:
            cur.append(ln)
        elif cur:
            blocks.append(cur); cur = []
    if cur:
        blocks.append(cur)
    bjoined = [collapse(" ".join(b)) for b in blocks]
    paras = exp["paragraphs"]
    fold = {p.casefold() for p in paras}
    assert all(p and p == collapse(p) for p in paras), "paragraph not collapsed"
    # paragraphs appear as whole blocks, in order
    pos = 0
    for i, p in enumerate(paras):
        for j in range(pos, len(bjoined)):
            b = bjoined[j]
            if b == p:
                break
            if i == 0 and exp["dateline"] and b.endswith(" " + p) and b.startswith(exp["dateline"]):
                rest = b[len(exp["dateline"]):-len(p)].strip()
                assert re.fullmatch(r"(?:, [A-Z][a-z]{2} \d{1,2})? ?(?:\((?:Reuters|REUTERS)\))? ?[-—]", rest), rest
                break
        else:
            raise AssertionError(f"paragraph {i} not found as a block: {p[:60]!r}")
        pos = j + 1
    # headline: first line that is not chrome
    footer = exp["noise"]["footer"]
    first = next(ln for ln in lines if ln and ln not in footer)
    assert first == exp["headline"], (first, exp["headline"])
    # related
    for h in exp["noise"]["related"]:
        assert any(h in ln for ln in lines), f"related missing {h!r}"
        assert h.casefold() not in fold, f"related equals a paragraph {h!r}"
        assert h.casefold() != exp["headline"].casefold()
        assert not exp["standfirst"] or h.casefold() != exp["standfirst"].casefold()
    for f in footer:
        assert f in lines, f"footer line missing {f!r}"
        assert f.casefold() not in fold, f"footer equals a paragraph {f!r}"
    cap = exp["noise"]["caption"]
    if cap:
        assert cap in lines and exp["caption"] in cap and exp["photo_credit"] in cap
        assert cap.endswith(exp["photo_credit"]) or cap.endswith(exp["photo_credit"] + ")")
        assert cap.casefold() not in fold and exp["caption"].casefold() not in fold
    else:
        assert not exp["caption"] and not exp["photo_credit"]
    if exp["standfirst"]:
        assert exp["standfirst"] in lines and exp["standfirst"].casefold() not in fold
    # meta lines contain agency; some meta line shows the date
    meta = rec.meta_lines
    assert meta and all(m in lines for m in meta)
    assert any("reuters" in m.lower() for m in meta)
    # every non-blank line is accounted for
    known = set(footer) | set(meta) | {exp["headline"], exp["standfirst"], cap}
    para_lines = set()
    for b, bj in zip(blocks, bjoined):
        if bj in set(paras) or (paras and exp["dateline"] and bj.endswith(" " + paras[0])):
            para_lines.update(b)
    rel = exp["noise"]["related"]
    for ln in lines:
        if not ln or ln in known or ln in para_lines:
            continue
        assert any(ln.endswith(h) and len(ln) - len(h) <= 12 for h in rel), f"stray line {ln!r}"


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1987)
    ap.add_argument("--shared", default="/work/shared")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    counts = collections.defaultdict(collections.Counter)
    keys, failures, samples, nbytes = set(), [], [], 0
    total = 0
    for rec, data, exp in render_corpus_east(args.shared, seed=args.seed, limit=args.limit):
        total += 1
        nbytes += len(data)
        for k, v in rec.choices.items():
            if k.startswith("related_src_"):
                counts["related_source"][k[12:]] += v
            else:
                counts[k][str(v)] += 1
        counts["paragraph_count"]["0" if not exp["paragraphs"] else
                                  "1" if len(exp["paragraphs"]) == 1 else
                                  "2-5" if len(exp["paragraphs"]) <= 5 else "6+"] += 1
        try:
            assert exp["key"] not in keys, "duplicate key"
            keys.add(exp["key"])
            check_story(rec, data, exp)
        except AssertionError as e:
            failures.append((exp["key"], str(e)[:200]))
        samples.append((rec, data, exp)) if args.show and len(samples) < 5000 else None
    elapsed = time.perf_counter() - t0

    print(f"stories rendered: {total}  bytes: {nbytes:,}  time: {elapsed:.1f}s "
          "(including corpus load and checks)")
    for name in sorted(counts):
        c = counts[name]
        tot = sum(c.values())
        parts = ", ".join(f"{v}={n} ({100 * n / tot:.0f}%)" for v, n in c.most_common())
        print(f"  {name}: {parts}")
    print(f"self-check failures: {len(failures)}")
    for k, e in failures[:20]:
        print(f"  {k}: {e}")
    if args.show and samples:
        step = max(1, len(samples) // args.show)
        for rec, data, exp in samples[::step][:args.show]:
            print("=" * 78)
            print(f"{exp['key']}  ({rec.choices.get('encoding')}, {rec.choices.get('newline')})")
            print("-" * 78)
            print(decode_page(data))
            print("-" * 78)
            print(json.dumps(exp, indent=2, ensure_ascii=False))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
