#!/usr/bin/env python3
"""northgen -- held-out test pages for the news-archive parser, built blind.

Renders every Reuters-21578 story that has a <TITLE> and a non-empty <BODY>
(19,043 stories) as one scraped web page in the "seed layout" and returns the
parse a perfect parser should give.  Written without looking at the parser,
its tests or any other generator: the noise habits below come from how real
newspaper sites and wire-story scrapes look, not from the parser's own
assumptions.  Standard library only (Python 3.11).

    render_corpus_north(shared_dir, *, seed=1987, limit=None)
        -> yields (record, data, expected)

All randomness for one story comes from random.Random(f"{seed}-{newid}"); the
corpus-wide pools (other stories' titles, BBC headlines, known dateline places)
are always built from the whole corpus, so a story renders identically
whatever `limit` is.

Self-check:  python bench/northgen.py [--limit N] [--show K] [--seed S]

record = {"newid", "file", "choices" (every weighted choice below, by name;
"a->b" marks a choice that had to fall back), "link_formats", "link_sources",
"encoding" (as actually written), "layout" ([role, index] for every non-blank
line: headline / standfirst / agency / caption / para / related / footer),
"noise_titles" (casefolded link titles, for re-checking)}.

=============================================================================
1. CLEANING THE SOURCE (deterministic, no randomness)
=============================================================================
* Files are read as latin-1.  Only &lt; &gt; &amp; &quot; &apos; and &#N;
  entities are decoded (a hand-written decoder, not html.unescape, so no
  entity without ';' is ever touched).
* Control characters are dropped after decoding: U+0000-0008, U+000B-001F,
  U+007F-009F (this removes &#2; &#3; &#5; &#127; etc.).  Tabs become spaces.
  A literal two-character "^M" at the end of a source line (a CR rendered as
  text on the wire) is removed.
* Title: whitespace-collapsed.  No other change.
* Sign-off: trailing lines that are only "Reuter"/"REUTER"/"Reuters"/"REUTE"/
  "More"/"MORE" (any case, optional "..." or "11:43/VB" slug) are dropped,
  repeatedly; then an upper-case " REUTER" (+ optional "..."/slug) glued to
  the end of the last line is cut off.
* Unwrapping (the ~70 column hard wrap):
    - a line starts a new paragraph if it is the first line, follows a blank
      line, begins with whitespace (indent), or is / follows a table row;
    - a table row is a line with a run of 3+ spaces between two non-space
      characters (column alignment); table rows always stay separate
      paragraphs, so do indented rows such as "    Net 4,955,000 vs 3,444,000";
    - other lines are joined to the paragraph with one space, except when
      the previous line ends in letter/digit + "-" and the next line begins
      with a letter/digit (wrapped hyphenated compound: "anti-" + "inflation"
      -> "anti-inflation");
    - every paragraph is whitespace-collapsed; empty ones are dropped.
* DATELINE element (whitespace-collapsed), split at the first " -" / " --"
  that is preceded by whitespace:  HEAD - REST.  A date directly at the start
  of REST ("Md., - March 4 - ...") is absorbed into HEAD.
    - HEAD with a comma: place = text before the first comma, accepted if it
      looks like a place name (letters, spaces, . ' / -, 2-40 chars) AND (the
      rest of HEAD has a month token, OR the place is upper case, OR it is a
      known place).  "MANILA, Philippines, April 8" -> "MANILA";
      "SALT LAKE CITY, Utah, June 15" -> "SALT LAKE CITY".  The state/country
      qualifier and the wire date are dropped (the date lives in the agency
      line).
    - HEAD without a comma: a trailing date is cut ("JOHANNESBURG March 13");
      the remainder is accepted if it is a known place, or if a date was cut
      and the remainder is upper case.
    - "known places" = every place taken from a comma HEAD whose remainder
      holds a month token, over the whole corpus (LONDON, BEIRUT, TOKYO ...).
    - Accepted place: REST (e.g. 'Brazil\'s "Cruzado" anti-', "FIXTURES - TBN
      -", "Clear/43 degrees -") is put back at the front of the body, joined
      to the first body line (with the same hyphen rule as unwrapping).
    - No accepted place (market tables such as "SILVER -", "MAR8 -- --",
      " us  7.8015 -", "Today -", "GRADINGS -"): the whole raw DATELINE text
      is put back in front of the raw body before unwrapping, so table layout
      survives; the story has no dateline.  (Trailing whitespace of the element
      is trimmed; it is then joined to the first body line with a newline if
      it is a table row, else with a space, unless the body starts with
      whitespace, in which case the two are simply concatenated.)
* Date: the DATE element ("26-FEB-1987 15:01:01.79") -> "1987-02-26".
* A story whose body is empty after cleaning keeps paragraphs [] and shows no
  dateline (does not happen in the 1987 corpus, but is handled).

=============================================================================
2. THE PAGE (seed layout) AND ITS NOISE -- every choice with its weight
=============================================================================
Weights are relative (need not add to 100).  Each choice is stored in
record["choices"] and counted by the self-check.

encoding        utf-8 55 | utf-8-sig (BOM) 15 | cp1252 30.  Noise glyphs that
                cp1252 cannot hold (-> > arrows, triangles) are only used on
                UTF-8 pages; BBC headlines that cp1252 cannot hold are skipped
                on cp1252 pages.
newline         lf 60 | crlf 35 | mixed 5 (CRLF up to and including the agency
                line / caption, LF afterwards).
trailing_nl     yes 80 | none 12 | extra blank lines 8.
leading         none 90 | 1-2 blank lines 7 | whitespace-only lines 3 before the
                headline (headline is still the first non-blank line).
smart_quotes    no 85 | yes 15: straight quotes in headline, standfirst,
                paragraphs and caption become curly (cp1252 can hold them).
headline_case   upper (wire caps, as in the source) 45 | Title Case 35 |
                Sentence case 20 (acronyms such as U.S., OPEC, <TICKER> kept).
standfirst      none 52 | first sentence of the body 24 | another body
                sentence 12 | first sentence clipped at a comma + " ..." 8 |
                two sentences on two consecutive lines 4 (expected = the two
                lines joined with a space).  Only sentences of 30-260 chars
                from prose paragraphs are used; tables give no standfirst.
header_chrome   none 88 | byline ("By Reuters Staff" ...) 6 | reading time or
                update stamp ("3 min read", "Updated 3 hours ago") 3 |
                breadcrumb ("Home > Business > Markets") 3.
                Placed between headline and agency line (before or after the
                standfirst, 50/50), separated by blank lines.  -> footer list.
agency          Reuters 42 | REUTERS 24 | Reuter 7 | REUTER 3 | reuters 3 |
                AFP 5 | Afp 4 | AP 4 | Ap 1 | Thomson Reuters 2 (two words).
date_format     "March 2, 1987" 58 | "Mar 2, 1987" 24 | "Mar. 2, 1987" 8 |
                "MARCH 2, 1987" 5 | "March 02, 1987" 3 | "MAR 2, 1987" 2.
agency_sep      one space 95 | two spaces 3 | tab 2.
caption         none 58 | caption text + credit 36 | credit only ("PHOTO:
                REUTERS") 3 | caption opening with "FILE PHOTO: " that also
                ends with a credit 3.
caption_tpl     seed-like "In this <date> file photo, <subject>." + a body
                sentence 35 | "<subject> in <place> on <date>." 25 | "A general
                view of <place> ..." 10 | "<subject> ... undated file photo." 10
                | a body sentence verbatim 20.
caption_date    story date 30 | an earlier real date 35 | typo year ("19887",
                "1897", "20115"-style) 20 | misspelt month ("Febuary") 15.
                Never used for expected["date"].
credit_label    "PHOTO:" 60 | "Photo:" 28 | "PHOTOS:" 4 | "Image:" 4 |
                "photo:" 2 | "Picture:" 2.  The credit is the text after the
                LAST label; caption = text before it.
credit          AFP 18 | REUTERS 20 | Reuters 10 | REUTERS/File 8 |
                Reuters/<name> 12 | AP 6 | AP Photo/<name> 5 | FILE 5 |
                AFP/File 5 | Getty Images 4 | EPA 4 | Handout 3.
caption_gap     caption on the line right after the agency line 75 | one blank
                line between 25.
body_gap        (no caption only) blank line after agency line 96 | first
                paragraph on the very next line 4 (never on wrapped pages).
dateline        shown "PLACE: " before the first paragraph 85 | dropped 15
                (expected dateline "").  Forced to "shown" when dropping it
                would leave a first paragraph that itself starts "WORD: ".
dateline_case   as in the source 88 | Title Case 12 ("New York: ...").
indent          none 94 | 4 spaces 3 | tab 2 | no-break space 1 before every
                paragraph line.
wrap            none 95 | 5: paragraphs hard-wrapped at 60-78 columns (lines of
                one paragraph are consecutive; expected joins them with a
                space).  Noise lines are never wrapped.
blank_style     single blank line 68 | two 14 | 1-3 at random 10 | blank lines
                holding spaces, tabs or U+00A0 8.
trailing_ws     no 92 | yes 8: random lines get trailing spaces / tabs.

Related-story (link) noise -> expected["noise"]["related"] (headings too):
inline_related  0: 38 | 1: 28 | 2: 20 | 3: 9 | 4: 5 single link lines, each
                standing alone between two paragraphs (any gap, table rows
                included; after the only paragraph when there is one).  6% of
                them go before the first paragraph (only prefixed formats such
                as "READ MORE: ...").
link_source     another Reuters story sharing a company/org/person code, else
                a topic, else a place code 45 | any other Reuters story 20 |
                a BBC headline (first line of bbc/*/*.txt) 35.
link_case       (Reuters titles) UPPER 35 | Title Case 45 | Sentence case 20.
link_format     bare title 34 | "Related: " 5 | "RELATED: " 5 | "Read more: " 5
                | "READ MORE: " 5 | "Also read: " 3 | "ALSO READ: " 3 |
                "Also Read | " 2 | "See also: " 3 | "MORE: " 2 |
                "Recommended: " 2 | "WATCH: " 2 | "VIDEO: " 2 | "PHOTOS: " 1 |
                "» " 3 | "• " 3 | "- " 2 | "* " 2 | "> " 1 | "[title]" 1 |
                "title »" 2 | "title (video)" 2 | "title..." (cut) 3 |
                "title | Business" 2 | "title (Mar 3)" 1 | URL line 2 |
                two titles "A | B" 2 | "→ "/"▶ " (UTF-8 only) 2.
link_block      none 68 | mid-body 12 | end of body 20: a heading ("Related
                stories", "MORE FROM REUTERS", "You may also like", "Most read"
                ..., optional ":") over 2-5 links; items numbered "1. " 20%;
                items on consecutive lines 60% / blank-separated 40%.
block_item      link format inside a block: bare 70 | "• " 6 | "» " 4 |
                "- " 3 | "* " 2 | "title (video)" 4 | "title..." 5 |
                "title (Mar 3)" 3 | "title | Business" 3.
tail_block      no 91 | yes 9: another heading + links after the footer, at
                the very end of the page.

Site chrome -> expected["noise"]["footer"]:
mid_chrome      0: 78 | 1: 16 | 2: 6 lines between paragraphs, from
                "Advertisement", "ADVERTISEMENT", "Story continues below
                advertisement", share rows ("Share this article", "Facebook |
                Twitter | LinkedIn | Email"), newsletter plugs, stray image
                credits ("Photo: REUTERS", "(Photo: AFP)", "Image: Reuters"),
                "Listen to this article", "View gallery (5 photos)", "12 shares"
                ...
signoff         none 94 | 6: a wire sign-off line ("Reuter", "REUTER",
                "(Reuters)") after the last paragraph.
footer          seed (COMMENTS / Replying to X / Comments are moderated ... /
                For more information, please see our Comments FAQ) 35 |
                seed variants ("Comments (n)", "Comments", period on FAQ,
                "on topic") 20 | "Comments are closed." 6 | WordPress reply
                form ("Leave a Reply", "Cancel reply", "Your email address will
                not be published. ...", "Post Comment") 6 | Facebook widget ("0
                Comments", "Sort by", "Facebook Comments Plugin") 5 | share row
                + print/email 6 | copyright / terms line 5 | none 17.
                Plus a "Tags: ..." line from the TOPICS/PLACES codes 8%.
footer_sep      blank lines between footer lines 60 | consecutive lines 40.

Invariants (checked by the self-check for every story):
* A noise line is always a whole line; it never shares a line with story text.
* A link title (and a link heading) never equals, contains or is contained in
  the headline, and is never contained in the standfirst or a paragraph
  (case-insensitive, whitespace-collapsed).  No noise line equals a story line.
* No noise line looks like an agency/date line ("<Word> <Month> <D>, <YYYY>").
* Story text never holds characters outside the page's encoding.
* record["layout"] gives the role of every non-blank line of the page.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON3 = {m[:3].upper(): i + 1 for i, m in enumerate(MONTHS)}
MISSPELT = {1: "Janaury", 2: "Febuary", 3: "Marh", 4: "Apirl", 5: "Mya",
            6: "Juen", 7: "Jluy", 8: "Agust", 9: "Septmber", 10: "Ocotber",
            11: "Novemer", 12: "Decmber"}


def collapse(s: str) -> str:
    return " ".join(s.split())


def pick(rng: random.Random, table):
    """table: list of (value, weight)."""
    total = sum(w for _, w in table)
    x = rng.random() * total
    for v, w in table:
        x -= w
        if x < 0:
            return v
    return table[-1][0]


# --------------------------------------------------------------------------
# source cleaning
# --------------------------------------------------------------------------
_ENT_RE = re.compile(r"&(#\d+|lt|gt|amp|quot|apos);")
_ENT = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_CTRL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CARET_M_RE = re.compile(r"\^M$", re.M)


def _ent(m):
    g = m.group(1)
    if g[0] == "#":
        n = int(g[1:])
        return chr(n) if n < 0x110000 else ""
    return _ENT[g]


def clean_chars(s: str) -> str:
    s = _ENT_RE.sub(_ent, s)
    s = s.replace("\r", "").replace("\t", " ")
    s = _CTRL_RE.sub("", s)
    return _CARET_M_RE.sub("", s)


_SIGNOFF_LINE = re.compile(r"(?i)^(?:reuters?|reute|more)\W*(?:\d\d:\d\d/\w+)?$")
_SIGNOFF_TAIL = re.compile(r"\s+REUTERS?(?:\.{2,})?(?:\d\d:\d\d/\w+)?\s*$")
_TABLE_RE = re.compile(r"\S {3,}\S")
_HYPHEN_END = re.compile(r"[A-Za-z0-9]-$")


def strip_signoff(lines):
    lines = list(lines)
    while lines and (not lines[-1].strip() or _SIGNOFF_LINE.match(lines[-1].strip())):
        lines.pop()
    if lines:
        lines[-1] = _SIGNOFF_TAIL.sub("", lines[-1])
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def _join(a: str, b: str) -> str:
    if _HYPHEN_END.search(a) and b[:1].isalnum():
        return a + b
    return a + " " + b


def unwrap(raw: str):
    lines = strip_signoff(raw.split("\n"))
    paras, cur = [], None
    prev_blank, prev_table = True, False
    for line in lines:
        st = line.strip()
        if not st:
            prev_blank = True
            continue
        is_table = bool(_TABLE_RE.search(st))
        if cur is None or prev_blank or line[0].isspace() or is_table or prev_table:
            if cur is not None:
                paras.append(cur)
            cur = st
        else:
            cur = _join(cur, st)
        prev_blank, prev_table = False, is_table
    if cur is not None:
        paras.append(cur)
    return [p for p in (collapse(p) for p in paras) if p]


_MONTH_TOK = (r"(?:january|february|march|april|may|june|july|august|september|"
              r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|"
              r"nov|dec)\.?\b")
_DATE_TOK = re.compile(r"(?i)\b" + _MONTH_TOK)
_SEP_RE = re.compile(r"\s+-+(?:\s+|$)")
_LEAD_DATE = re.compile(r"(?i)^" + _MONTH_TOK + r"\s*\d{0,3}\s*,?\s*-+\s*")
_TRAIL_DATE = re.compile(r"(?i)[\s,]+" + _MONTH_TOK + r"\s*\d{0,3}[lO]?\s*,?$")
_PLACE_RE = re.compile(r"^[A-Za-z][A-Za-z.'/\- ]{0,38}[A-Za-z.]$")


def _head_rest(s: str):
    m = _SEP_RE.search(s)
    head, rest = (s[:m.start()], s[m.end():]) if m else (s, "")
    lm = _LEAD_DATE.match(rest)
    if lm:
        rest = rest[lm.end():]
    return head.strip(), rest.strip()


def known_place_from(s: str):
    head, _ = _head_rest(collapse(s))
    if "," in head:
        cand, remainder = head.split(",", 1)
        cand = cand.strip()
        if _PLACE_RE.match(cand) and _DATE_TOK.search(remainder):
            return cand.upper()
    return None


def split_dateline(raw: str, known: set):
    """-> (place, rest).  place "" means: no dateline, prepend raw instead."""
    s = collapse(raw)
    if not s:
        return "", ""
    head, rest = _head_rest(s)
    place = ""
    if "," in head:
        cand, remainder = head.split(",", 1)
        cand = cand.strip()
        if _PLACE_RE.match(cand) and (_DATE_TOK.search(remainder) or cand.isupper()
                                      or cand.upper() in known):
            place = cand
    else:
        cand = _TRAIL_DATE.sub("", head).strip()
        had_date = cand != head
        if _PLACE_RE.match(cand) and (cand.upper() in known or (had_date and cand.isupper())):
            place = cand
    return place, rest


# --------------------------------------------------------------------------
# corpus loading
# --------------------------------------------------------------------------
_DOC_RE = re.compile(r"<REUTERS([^>]*)>(.*?)</REUTERS>", re.S)
_NEWID_RE = re.compile(r'NEWID="(\d+)"')
_DATE_RE = re.compile(r"<DATE>\s*(\d{1,2})-([A-Z]{3})-(\d{4})")
_TITLE_RE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)
_DL_RE = re.compile(r"<DATELINE>(.*?)</DATELINE>", re.S)
_BODY_RE = re.compile(r"<BODY>(.*?)</BODY>", re.S)
_D_RE = re.compile(r"<D>(.*?)</D>")


def _codes(doc, tag):
    m = re.search(rf"<{tag}>(.*?)</{tag}>", doc, re.S)
    return _D_RE.findall(m.group(1)) if m else []


_CACHE: dict = {}


def load_corpus(shared_dir: Path):
    key = str(Path(shared_dir).resolve())
    if key in _CACHE:
        return _CACHE[key]
    rdir = Path(shared_dir) / "corpora" / "reuters21578"
    raw = []
    for f in sorted(rdir.glob("reut2-*.sgm")):
        text = f.read_text(encoding="latin-1")
        for m in _DOC_RE.finditer(text):
            doc = m.group(2)
            t = _TITLE_RE.search(doc)
            b = _BODY_RE.search(doc)
            if not t or not b or not b.group(1).strip():
                continue
            d = _DATE_RE.search(doc)
            dl = _DL_RE.search(doc)
            raw.append({
                "newid": int(_NEWID_RE.search(m.group(1)).group(1)),
                "file": f.name,
                "date": f"{int(d.group(3)):04d}-{MON3[d.group(2)]:02d}-{int(d.group(1)):02d}",
                "title_raw": t.group(1),
                "dl_raw": clean_chars(dl.group(1)) if dl else "",
                "body_raw": clean_chars(b.group(1)),
                "topics": _codes(doc, "TOPICS"), "places": _codes(doc, "PLACES"),
                "people": _codes(doc, "PEOPLE"), "orgs": _codes(doc, "ORGS"),
                "companies": _codes(doc, "COMPANIES"),
                "exchanges": _codes(doc, "EXCHANGES"),
            })
    known = set()
    for r in raw:
        k = known_place_from(r["dl_raw"])
        if k:
            known.add(k)
    stories = []
    for r in raw:
        title = collapse(clean_chars(r["title_raw"]))
        place, rest = split_dateline(r["dl_raw"], known)
        body = r["body_raw"]
        if place:
            if rest:
                b = body.lstrip(" ")
                body = _join(rest, b) if b and not b.startswith("\n") else rest + b
        else:
            dl = r["dl_raw"].rstrip()
            if not dl or body[:1].isspace():
                body = r["dl_raw"] + body
            elif _TABLE_RE.search(dl.strip()):
                body = dl + "\n" + body
            else:
                body = dl + " " + body
        paras = unwrap(body)
        if not paras:
            place = ""
        st = dict(r)
        del st["title_raw"], st["body_raw"]
        st.update(title=title, place=place, paras=paras)
        stories.append(st)
    # indices for related links
    by_code = {}
    for i, st in enumerate(stories):
        for tier, keys in (("ent", st["companies"] + st["orgs"] + st["people"]),
                           ("topic", st["topics"]), ("place", st["places"])):
            for c in keys:
                by_code.setdefault((tier, c), []).append(i)
    bbc = []
    bdir = Path(shared_dir) / "corpora" / "bbc"
    for p in sorted(bdir.glob("*/*.txt")):
        b = p.read_bytes().split(b"\n", 1)[0]
        try:
            s = b.decode("utf-8")
        except UnicodeDecodeError:
            s = b.decode("cp1252", errors="replace")
        s = collapse(s.lstrip("\ufeff"))
        if s and "\ufffd" not in s:
            bbc.append(s)
    corpus = {"stories": stories, "by_code": by_code, "bbc": bbc, "known": known}
    _CACHE[key] = corpus
    return corpus


# --------------------------------------------------------------------------
# text transforms
# --------------------------------------------------------------------------
_SMALL = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into",
          "of", "on", "or", "over", "per", "the", "to", "up", "vs", "with", "via"}
_ACRO = {"U.S.", "UK", "U.K.", "EC", "EEC", "OPEC", "GATT", "IMF", "USDA", "FED",
         "NYSE", "CBT", "USSR", "U.S.S.R.", "GNP", "GDP", "CPI", "IBM", "AT&T",
         "GM", "GE", "ITT", "RJR", "CSX", "FDIC", "SEC", "FCC", "FTC", "ICO",
         "ICCO", "NATO", "OECD", "PLC", "NV", "AG", "SA", "BP", "ADR", "ECU",
         "EMS", "CD", "LDC", "IEA", "FRG", "NZ", "OTC", "ASA", "CCC", "ITC",
         "EPA", "FAA", "ICC", "HK", "LME", "KLSE", "BHP", "CRA", "NL", "TV",
         "II", "III", "IV", "NWA", "TWA", "UAL", "AMR", "EDS", "CBS", "NBC",
         "ABC", "RCA", "MCI", "GAF", "NCR", "DEC", "SDI", "M-1", "M-2", "M-3",
         "M1", "M2", "M3", "REIT", "MTN", "PCT"}


def _keep_token(tok: str) -> bool:
    core = tok.strip("\"'()[],:;“”‘’")
    return (core in _ACRO or ("." in core and core.upper() == core and any(c.isalpha() for c in core)
                               and len(core) <= 6)
            or tok.startswith("<") or tok.endswith(">") or "<" in tok)


def _cap_word(w: str) -> str:
    out, done = [], False
    for ch in w.lower():
        if not done and ch.isalpha():
            out.append(ch.upper())
            done = True
        else:
            out.append(ch)
    return "".join(out)


def title_case(s: str) -> str:
    words = s.split(" ")
    res = []
    for i, w in enumerate(words):
        if _keep_token(w):
            res.append(w)
        elif any(c.isdigit() for c in w):
            res.append(w.lower())
        elif i > 0 and w.lower() in _SMALL:
            res.append(w.lower())
        else:
            res.append("-".join(_cap_word(p) for p in w.split("-")))
    return " ".join(res)


def sentence_case(s: str) -> str:
    words = s.split(" ")
    res = []
    for i, w in enumerate(words):
        if _keep_token(w):
            res.append(w)
        elif i == 0:
            res.append(_cap_word(w))
        else:
            res.append(w.lower())
    return " ".join(res)


def recase(s: str, how: str) -> str:
    if how == "title":
        return title_case(s)
    if how == "sentence":
        return sentence_case(s)
    return s


_DQ_OPEN = re.compile(r'(^|[\s(\[{<\-\u2014])"')
_SQ_OPEN = re.compile(r"(^|[\s(\[{<\-\u2014])'")


def smarten(s: str) -> str:
    s = _DQ_OPEN.sub("\\1\u201c", s).replace('"', "\u201d")
    s = _SQ_OPEN.sub("\\1\u2018", s).replace("'", "\u2019")
    return s


_SENT_SPLIT = re.compile(r"(?<=[a-z0-9%)][.!?])\s+(?=[A-Z\"'\u201c\u2018])")


_ABBREV_END = re.compile(r"(?:\b(?:Rep|Sen|Gov|Gen|Col|Lt|Mr|Mrs|Ms|Dr|St|Corp|Inc|Co|Ltd|"
                         r"Bros|Jr|Sr|No|Nos|Vol|Dept|Mt|Ft|Pres|Prof|Rev|Sgt|Adm|Capt|"
                         r"[A-Z])\.)$")


def sentences(paras):
    out = []
    for p in paras:
        if _TABLE_RE.search(p) or len(p) < 40:
            continue
        pieces = []
        for piece in _SENT_SPLIT.split(p):
            if pieces and _ABBREV_END.search(pieces[-1]):
                pieces[-1] += " " + piece
            else:
                pieces.append(piece)
        for s in pieces:
            s = s.strip()
            if 30 <= len(s) <= 260 and s[-1] in ".!?\"\u201d":
                out.append(s)
    return out


_AGENCY_LINE_RE = re.compile(
    r"(?i)^\S+(?:\s\S+)?\s+" + _MONTH_TOK + r"\s+\d{1,2},\s+\d{4}$")


# --------------------------------------------------------------------------
# noise material
# --------------------------------------------------------------------------
W_ENCODING = [("utf-8", 55), ("utf-8-sig", 15), ("cp1252", 30)]
W_NEWLINE = [("lf", 60), ("crlf", 35), ("mixed", 5)]
W_TRAIL_NL = [("yes", 80), ("none", 12), ("extra", 8)]
W_LEADING = [("none", 90), ("blank", 7), ("ws", 3)]
W_SMART = [("no", 85), ("yes", 15)]
W_HEADCASE = [("upper", 45), ("title", 35), ("sentence", 20)]
W_STANDFIRST = [("none", 52), ("first_sentence", 24), ("other_sentence", 12),
                ("clipped", 8), ("two_line", 4)]
W_HEADER_CHROME = [("none", 88), ("byline", 6), ("readtime", 3), ("breadcrumb", 3)]
W_AGENCY = [("Reuters", 42), ("REUTERS", 24), ("Reuter", 7), ("REUTER", 3),
            ("reuters", 3), ("AFP", 5), ("Afp", 4), ("AP", 4), ("Ap", 1),
            ("Thomson Reuters", 2)]
W_DATEFMT = [("full", 58), ("abbr", 24), ("abbr_dot", 8), ("upper_full", 5),
             ("zero_pad", 3), ("abbr_upper", 2)]
W_AGENCY_SEP = [(" ", 95), ("  ", 3), ("\t", 2)]
W_CAPTION = [("none", 58), ("text", 36), ("credit_only", 3), ("file_photo_prefix", 3)]
W_CAPTION_TPL = [("seed_like", 35), ("subject_place", 25), ("general_view", 10),
                 ("undated", 10), ("body_sentence", 20)]
W_CAPTION_DATE = [("story", 30), ("earlier", 35), ("typo_year", 20), ("typo_month", 15)]
W_CREDIT_LABEL = [("PHOTO:", 60), ("Photo:", 28), ("PHOTOS:", 4), ("Image:", 4),
                  ("photo:", 2), ("Picture:", 2)]
W_CREDIT = [("AFP", 18), ("REUTERS", 20), ("Reuters", 10), ("REUTERS/File", 8),
            ("Reuters/{name}", 12), ("AP", 6), ("AP Photo/{name}", 5), ("FILE", 5),
            ("AFP/File", 5), ("Getty Images", 4), ("EPA", 4), ("Handout", 3)]
W_CAPTION_GAP = [("tight", 75), ("blank", 25)]
W_BODY_GAP = [("blank", 96), ("tight", 4)]
W_DATELINE = [("shown", 85), ("dropped", 15)]
W_DATELINE_CASE = [("as_is", 88), ("title", 12)]
W_INDENT = [("none", 94), ("spaces", 3), ("tab", 2), ("nbsp", 1)]
W_WRAP = [("none", 95), ("wrap", 5)]
W_BLANK = [("single", 68), ("double", 14), ("mixed", 10), ("ws", 8)]
W_TRAIL_WS = [("no", 92), ("yes", 8)]
W_INLINE = [(0, 38), (1, 28), (2, 20), (3, 9), (4, 5)]
W_LINK_SOURCE = [("same_code", 45), ("any_reuters", 20), ("bbc", 35)]
W_LINK_CASE = [("upper", 35), ("title", 45), ("sentence", 20)]
W_LINK_FORMAT = [
    ("bare", 34), ("Related: ", 5), ("RELATED: ", 5), ("Read more: ", 5),
    ("READ MORE: ", 5), ("Also read: ", 3), ("ALSO READ: ", 3), ("Also Read | ", 2),
    ("See also: ", 3), ("MORE: ", 2), ("Recommended: ", 2), ("WATCH: ", 2),
    ("VIDEO: ", 2), ("PHOTOS: ", 1), ("\u00bb ", 3), ("\u2022 ", 3), ("- ", 2),
    ("* ", 2), ("> ", 1), ("brackets", 1), ("trail_guillemet", 2), ("trail_video", 2),
    ("cut", 3), ("section", 2), ("short_date", 1), ("url", 2), ("pair", 2),
    ("utf_arrow", 2)]
W_BLOCK_ITEM_FORMAT = [("bare", 70), ("\u2022 ", 6), ("\u00bb ", 4), ("- ", 3), ("* ", 2),
                       ("trail_video", 4), ("cut", 5), ("short_date", 3), ("section", 3)]
W_BLOCK = [("none", 68), ("mid", 12), ("end", 20)]
W_TAIL_BLOCK = [("no", 91), ("yes", 9)]
W_MID_CHROME = [(0, 78), (1, 16), (2, 6)]
W_SIGNOFF = [("none", 94), ("yes", 6)]
W_FOOTER = [("seed", 35), ("seed_variant", 20), ("closed", 6), ("wordpress", 6),
            ("fb_widget", 5), ("social", 6), ("copyright", 5), ("none", 17)]
W_TAGS = [("no", 92), ("yes", 8)]
W_FOOTER_SEP = [("blank", 60), ("tight", 40)]

PREFIX_FORMATS = {f for f, _ in W_LINK_FORMAT if f.endswith(" ") and f[0].isalpha()}
UTF_ONLY_FORMATS = {"utf_arrow"}

BLOCK_HEADINGS = [
    "Related stories", "RELATED STORIES", "Related Articles", "Related coverage",
    "More from Reuters", "MORE FROM REUTERS", "More from Business", "You may also like",
    "You might also like", "Recommended for you", "RECOMMENDED", "Read more",
    "READ MORE", "Most read", "MOST POPULAR", "Most Viewed", "Trending now",
    "Top stories", "TOP STORIES", "In other news", "Editor's picks", "Latest news",
    "More on this story", "What to read next", "Don't miss", "Also on the site",
    "Related Topics", "Further reading", "MORE STORIES", "Popular on the site"]
BYLINES = ["By Reuters Staff", "By REUTERS", "By Reuters staff writers",
           "From Reuters", "By Our Correspondent", "By Staff Reporter",
           "By Wire Services", "By News Desk"]
READTIMES = ["3 min read", "2 Min Read", "4 minute read", "Reading time: 2 minutes",
             "1 min read", "Listen to this article", "Updated 3 hours ago",
             "Last updated 14:32 GMT"]
BREADCRUMBS = ["Home > Business > Markets", "Home / World", "Home \u00bb Business",
               "Business | Markets", "HOME > WORLD > AMERICAS", "News / Economy",
               "Home > Commodities", "World \u2022 Business"]
MID_CHROME = [
    "Advertisement", "ADVERTISEMENT", "Advertisement - Scroll to continue",
    "Story continues below advertisement", "Continue reading the main story",
    "SPONSORED", "Share this article", "Share on Facebook", "Share on Twitter",
    "Facebook | Twitter | LinkedIn | Email", "Facebook Twitter Pinterest Email",
    "Tweet", "Print this page", "Email this article",
    "Sign up for our free daily newsletter", "Get the latest business news in your inbox",
    "Click here to subscribe", "Photo: REUTERS", "(Photo: AFP)", "Image: Reuters",
    "Photograph: Reuters", "Listen to this article", "View gallery (5 photos)",
    "Loading...", "Follow us on Twitter", "Subscribe to our YouTube channel",
    "12 shares", "Most Shared"]
SIGNOFFS = ["Reuter", "REUTER", "(Reuters)", "Reuters"]
NAMES = ["Gary Hale", "M. Ortega", "Jon Brandt", "Lisa Oyelaran", "K. Watanabe",
         "Pavel Novak", "Rosa Lind", "D. Mbeki-Hart", "Sam Okafor", "Ines Duarte"]
FOOTER_COPYRIGHT = ["\u00a9 Copyright Reuters 1987. All rights reserved.",
                    "Copyright 2015 Reuters. All rights reserved.",
                    "Terms of Use | Privacy Policy | Contact Us",
                    "\u00a9 2016 The Northern Courier. All rights reserved.",
                    "Reprints & Permissions", "All quotes delayed a minimum of 15 minutes."]
MODERATED = "Comments are moderated and generally will be posted if they are on-topic and not abusive."
FAQ = "For more information, please see our Comments FAQ"

PLACE_NAMES = {"usa": "the United States", "uk": "Britain", "ussr": "the Soviet Union",
               "west-germany": "West Germany", "east-germany": "East Germany",
               "hong-kong": "Hong Kong", "south-korea": "South Korea", "uae": "the UAE"}
TOPIC_SUBJECTS = {
    "crude": "An oil refinery", "nat-gas": "A gas pipeline", "gold": "Gold bars",
    "silver": "Silver ingots", "grain": "A grain elevator", "wheat": "Wheat being harvested",
    "corn": "Corn being loaded onto a barge", "coffee": "Coffee beans", "cocoa": "Cocoa pods",
    "sugar": "Sugar cane", "ship": "A cargo ship", "money-fx": "Currency dealers at work",
    "interest": "The central bank building", "trade": "Containers stacked at a port",
    "earn": "The company's headquarters", "acq": "The company's logo",
    "jobs": "Job seekers queueing", "cpi": "Shoppers at a market",
    "gnp": "A busy commercial street", "copper": "Copper cathodes",
    "livestock": "Cattle at an auction", "veg-oil": "Palm oil fruit", "rubber": "A rubber plantation",
}


def _charset_ok(s: str, enc: str) -> bool:
    if enc != "cp1252":
        return True
    try:
        s.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


def _fmt_date(y: int, m: int, d: int, fmt: str) -> str:
    full = MONTHS[m - 1]
    abbr = "Sept" if m == 9 else full[:3]
    if fmt == "full":
        return f"{full} {d}, {y}"
    if fmt == "abbr":
        return f"{abbr} {d}, {y}"
    if fmt == "abbr_dot":
        return f"{abbr}. {d}, {y}" if len(full) > 4 else f"{full} {d}, {y}"
    if fmt == "upper_full":
        return f"{full.upper()} {d}, {y}"
    if fmt == "zero_pad":
        return f"{full} {d:02d}, {y}"
    if fmt == "abbr_upper":
        return f"{abbr.upper()} {d}, {y}"
    raise ValueError(fmt)


def _pretty_code(c: str) -> str:
    if c in PLACE_NAMES:
        return PLACE_NAMES[c]
    return " ".join(w.capitalize() for w in c.split("-"))


# --------------------------------------------------------------------------
# the renderer
# --------------------------------------------------------------------------
class _Story:
    """Per-story rendering state."""

    def __init__(self, st, corpus, rng, seed):
        self.st, self.corpus, self.rng = st, corpus, rng
        self.choices = {}

    def c(self, name, table):
        v = pick(self.rng, table)
        self.choices[name] = v
        return v


def _forbidden_blob(headline, standfirst, paras):
    return "\n".join([headline, standfirst] + list(paras)).casefold()


def _title_ok(title, headline, blob, used):
    t = collapse(title).casefold()
    h = collapse(headline).casefold()
    if len(t) < 4 or t in used:
        return False
    if t == h or t in h or h in t or t in blob:
        return False
    if _AGENCY_LINE_RE.match(collapse(title)):
        return False
    return True


def _pick_title(S, source, headline, blob, used, enc):
    rng, corpus, st = S.rng, S.corpus, S.st
    stories = corpus["stories"]
    for _ in range(12):
        if source == "bbc":
            t = rng.choice(corpus["bbc"])
        else:
            other = None
            if source == "same_code":
                for tier, keys in (("ent", st["companies"] + st["orgs"] + st["people"]),
                                   ("topic", st["topics"]), ("place", st["places"])):
                    pools = [corpus["by_code"][(tier, k)] for k in keys
                             if len(corpus["by_code"].get((tier, k), ())) > 1]
                    if pools:
                        other = stories[rng.choice(rng.choice(pools))]
                        break
            if other is None:
                other = stories[rng.randrange(len(stories))]
            t = recase(other["title"], pick(rng, W_LINK_CASE))
            t = t.rstrip(".") if t.endswith(".") and not t.endswith("..") else t
        if _title_ok(t, headline, blob, used) and _charset_ok(t, enc):
            used.add(collapse(t).casefold())
            return t
        source = "bbc" if source != "bbc" else "any_reuters"
    return None


def _slug(t):
    s = re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")
    return s[:70].rstrip("-")


def _format_link(S, fmt, title, second=None):
    rng = S.rng
    if fmt == "bare":
        return title
    if fmt in PREFIX_FORMATS or fmt in ("\u00bb ", "\u2022 ", "- ", "* ", "> "):
        return fmt + title
    if fmt == "brackets":
        return f"[{title}]"
    if fmt == "trail_guillemet":
        return f"{title} \u00bb"
    if fmt == "trail_video":
        return f"{title} (video)"
    if fmt == "cut":
        words = title.split()
        if len(words) < 5:
            return title + "..."
        return " ".join(words[:max(3, len(words) - rng.randint(1, 3))]) + "..."
    if fmt == "section":
        return f"{title} | {rng.choice(['Business', 'World', 'Markets', 'Economy', 'Top News'])}"
    if fmt == "short_date":
        m = rng.randint(1, 12)
        return f"{title} ({MONTHS[m - 1][:3]} {rng.randint(1, 28)})"
    if fmt == "url":
        host = rng.choice(["www.northern-courier.com", "news.example-daily.net",
                           "www.thewireherald.com"])
        sect = rng.choice(["business", "world", "markets", "news"])
        return f"https://{host}/{sect}/{_slug(title)}-{rng.randint(10000, 999999)}"
    if fmt == "pair":
        return f"{title} | {second}"
    if fmt == "utf_arrow":
        return rng.choice(["\u2192 ", "\u25b6 ", "\u25ba "]) + title
    raise ValueError(fmt)


def _make_link(S, headline, blob, used, enc, prefixed_only=False, numbered=None,
               in_block=False):
    rng = S.rng
    for _ in range(4):
        fmt = pick(rng, W_BLOCK_ITEM_FORMAT if in_block else W_LINK_FORMAT)
        if fmt in UTF_ONLY_FORMATS and enc == "cp1252":
            continue
        if prefixed_only and fmt not in PREFIX_FORMATS:
            continue
        if numbered is not None and fmt in ("pair", "url"):
            continue
        break
    else:
        fmt = "READ MORE: " if prefixed_only else "bare"
    src = pick(rng, W_LINK_SOURCE)
    S.choices.setdefault("link_formats", []).append(fmt)
    S.choices.setdefault("link_sources", []).append(src)
    title = _pick_title(S, src, headline, blob, used, enc)
    if title is None:
        return None
    second = None
    if fmt == "pair":
        second = _pick_title(S, pick(rng, W_LINK_SOURCE), headline, blob, used, enc)
        if second is None:
            fmt = "bare"
    line = _format_link(S, fmt, title, second)
    if numbered is not None:
        line = f"{numbered}. {line}"
    return collapse(line)


def _caption_date(S, y, m, d):
    kind = S.c("caption_date", W_CAPTION_DATE)
    rng = S.rng
    if kind == "story":
        return _fmt_date(y, m, d, "full")
    if kind == "earlier":
        yy = rng.randint(1979, 1987)
        return _fmt_date(yy, rng.randint(1, 12), rng.randint(1, 28), "full")
    if kind == "typo_year":
        ys = str(y)
        ty = rng.choice([ys[:2] + ys[2] + ys[2:], ys[0] + ys[2] + ys[1] + ys[3],
                         ys[:3], "20" + "1" + ys[2:], ys + ys[-1]])
        return f"{MONTHS[m - 1]} {d}, {ty}"
    return f"{MISSPELT[m]} {d}, {y}"


def _caption_subject(S):
    st, rng = S.st, S.rng
    opts = []
    for p in st["people"]:
        name = _pretty_code(p)
        opts.append(rng.choice([f"{name} speaks to reporters",
                                f"{name} attends a news conference",
                                f"{name} arrives for a meeting"]))
    for o in st["orgs"]:
        opts.append(f"The {o.upper()} headquarters")
    for t in st["topics"]:
        if t in TOPIC_SUBJECTS:
            opts.append(TOPIC_SUBJECTS[t])
    if not opts:
        opts = ["A trader works on the floor of the stock exchange",
                "Pedestrians walk past the company's offices",
                "Workers at a factory", "A general view of the city's financial district"]
    return rng.choice(opts)


def _caption_place(S):
    st, rng = S.st, S.rng
    if st["place"]:
        return title_case(st["place"].lower()) if st["place"].isupper() else st["place"]
    if st["places"]:
        return _pretty_code(rng.choice(st["places"]))
    return "the city"


def _make_caption(S, kind, y, m, d, sents):
    rng = S.rng
    label = S.c("credit_label", W_CREDIT_LABEL)
    credit = S.c("credit", W_CREDIT).replace("{name}", rng.choice(NAMES))
    if kind == "credit_only":
        text = ""
    else:
        tpl = S.c("caption_tpl", W_CAPTION_TPL)
        if tpl == "body_sentence" and not sents:
            tpl = "subject_place"
            S.choices["caption_tpl"] = tpl
        subj = _caption_subject(S)
        cdate = _caption_date(S, y, m, d) if tpl in ("seed_like", "subject_place",
                                                     "general_view") else ""
        place = _caption_place(S)
        if tpl == "seed_like":
            text = f"In this {cdate} file photo, {subj[0].lower() + subj[1:]} in {place}."
            if sents:
                text += " " + " ".join(sents[:rng.randint(1, 2)])
        elif tpl == "subject_place":
            text = f"{subj} in {place} on {cdate}."
        elif tpl == "general_view":
            text = f"A general view of {place} on {cdate}."
        elif tpl == "undated":
            text = f"{subj} in this undated file photo."
        else:
            text = rng.choice(sents)
        if kind == "file_photo_prefix":
            text = "FILE PHOTO: " + text
    line = collapse(f"{text} {label} {credit}")
    return line, collapse(text), credit


def _render_story(st, corpus, seed):
    rng = random.Random(f"{seed}-{st['newid']}")
    S = _Story(st, corpus, rng, seed)
    ch = S.c
    y, m, d = (int(x) for x in st["date"].split("-"))

    enc = ch("encoding", W_ENCODING)
    newline = ch("newline", W_NEWLINE)
    trail_nl = ch("trailing_nl", W_TRAIL_NL)
    leading = ch("leading", W_LEADING)
    smart = ch("smart_quotes", W_SMART) == "yes"
    headcase = ch("headline_case", W_HEADCASE)

    # ---- story text -----------------------------------------------------
    headline = st["title"]
    paras = list(st["paras"])
    if smart:
        headline = smarten(headline)
        paras = [smarten(p) for p in paras]
    headline = collapse(recase(headline, headcase))
    sents = sentences(paras)

    sf_kind = ch("standfirst", W_STANDFIRST)
    standfirst_lines = []
    first_sents = sentences(paras[:1])
    if sf_kind == "first_sentence" and first_sents:
        standfirst_lines = [first_sents[0]]
    elif sf_kind == "other_sentence" and len(sents) > 1:
        standfirst_lines = [rng.choice(sents[1:])]
    elif sf_kind == "clipped" and first_sents and "," in first_sents[0][20:]:
        s0 = first_sents[0]
        cut = s0.index(",", 20)
        standfirst_lines = [s0[:cut] + " ..."]
    elif sf_kind == "two_line" and len(sents) >= 2:
        standfirst_lines = sents[:2]
    else:
        if sf_kind != "none":
            S.choices["standfirst"] = sf_kind + "->none"
    standfirst = collapse(" ".join(standfirst_lines))

    # dateline
    place = st["place"]
    dateline = ""
    if place and paras:
        shown = ch("dateline", W_DATELINE)
        if shown == "dropped" and re.match(r"^[A-Za-z][\w .'\-/&]{0,40}:\s", paras[0]):
            shown = "shown"
            S.choices["dateline"] = "dropped->shown"
        if shown == "shown":
            dcase = ch("dateline_case", W_DATELINE_CASE)
            dateline = title_case(place.lower()) if dcase == "title" else place
    else:
        S.choices["dateline"] = "none_in_source"
    if not dateline and paras and re.match(r"^[A-Za-z][\w .'\-/&]{0,40}:\s", paras[0]):
        S.choices["first_para_colon"] = "yes"

    blob = _forbidden_blob(headline, standfirst, paras)
    used = set()
    story_lines_cf = {collapse(x).casefold() for x in [headline, standfirst] + paras if x}

    def chrome_ok(line):
        cf = collapse(line).casefold()
        if cf in story_lines_cf or _AGENCY_LINE_RE.match(collapse(line)):
            return False
        if len(cf) > 20 and cf in blob:
            return False
        return _charset_ok(line, enc)

    # ---- header -----------------------------------------------------------
    blocks = []          # list of (lines, tight_before) ; lines = [(text, role, idx)]

    def add(lines, tight=False):
        blocks.append((lines, tight))

    add([(headline, "headline", 0)])
    hc = ch("header_chrome", W_HEADER_CHROME)
    hc_line = None
    if hc != "none":
        pool = {"byline": BYLINES, "readtime": READTIMES, "breadcrumb": BREADCRUMBS}[hc]
        cands = [x for x in pool if chrome_ok(x)]
        if cands:
            hc_line = rng.choice(cands)
    hc_after_sf = rng.random() < 0.5
    if hc_line and not hc_after_sf:
        add([(hc_line, "footer", 0)])
    if standfirst_lines:
        add([(s, "standfirst", i) for i, s in enumerate(standfirst_lines)])
    if hc_line and hc_after_sf:
        add([(hc_line, "footer", 0)])

    agency = ch("agency", W_AGENCY)
    datefmt = ch("date_format", W_DATEFMT)
    asep = ch("agency_sep", W_AGENCY_SEP)
    agency_line = f"{agency}{asep}{_fmt_date(y, m, d, datefmt)}"
    head_count = len(blocks)
    add([(agency_line, "agency", 0)])

    cap_kind = ch("caption", W_CAPTION)
    caption = credit = cap_line = ""
    if cap_kind != "none":
        cap_line, caption, credit = _make_caption(S, cap_kind, y, m, d, sents)
        gap = ch("caption_gap", W_CAPTION_GAP)
        add([(cap_line, "caption", 0)], tight=(gap == "tight"))
    body_tight = (cap_kind == "none" and ch("body_gap", W_BODY_GAP) == "tight")
    header_end = len(blocks)
    wrap = ch("wrap", W_WRAP) == "wrap"
    if wrap and body_tight:
        body_tight = False
        S.choices["body_gap"] = "tight->blank"


    # ---- body with noise ----------------------------------------------------
    n = len(paras)
    gaps = {i: [] for i in range(n + 1)}      # gap i = before paragraph i
    inner = list(range(1, n)) or [n]

    k = ch("inline_related", W_INLINE)
    for _ in range(k):
        if n and rng.random() < 0.06:
            line = _make_link(S, headline, blob, used, enc, prefixed_only=True)
            if line:
                gaps[0].append(([(line, "related", 0)], False))
            continue
        line = _make_link(S, headline, blob, used, enc)
        if line:
            gaps[rng.choice(inner)].append(([(line, "related", 0)], False))

    def make_block():
        heads = [h for h in BLOCK_HEADINGS if _title_ok(h, headline, blob, used)
                 and chrome_ok(h)]
        heading = rng.choice(heads)
        if rng.random() < 0.25:
            heading += ":"
        numbered = rng.random() < 0.20
        tight = rng.random() < 0.60
        items = []
        for j in range(rng.randint(2, 5)):
            line = _make_link(S, headline, blob, used, enc, in_block=True,
                              numbered=(j + 1 if numbered else None))
            if line:
                items.append(line)
        lines = [(heading, "related", 0)] + [(x, "related", 0) for x in items]
        if tight:
            return [(lines, False)]
        return [([ln], False) for ln in lines]

    bpos = ch("link_block", W_BLOCK)
    end_block = []
    if bpos == "mid" and n < 3:
        bpos = S.choices["link_block"] = "mid->end"
    if bpos == "mid":
        gaps[rng.choice(inner)].extend(make_block())
    elif bpos != "none":
        end_block = make_block()

    for _ in range(ch("mid_chrome", W_MID_CHROME)):
        cands = [x for x in MID_CHROME if chrome_ok(x)]
        gaps[rng.choice(inner)].append(([(rng.choice(cands), "footer", 0)], False))

    # shuffle units inside a gap (keeps each unit intact)
    for g in gaps.values():
        rng.shuffle(g)

    indent = ch("indent", W_INDENT)
    ind = {"none": "", "spaces": "    ", "tab": "\t", "nbsp": "\u00a0"}[indent]
    width = rng.randint(60, 78)

    def para_lines(i, text):
        if wrap and len(text) > width:
            out, cur = [], ""
            for w in text.split(" "):
                if cur and len(cur) + 1 + len(w) > width:
                    out.append(cur)
                    cur = w
                else:
                    cur = f"{cur} {w}" if cur else w
            out.append(cur)
        else:
            out = [text]
        return [(ind + x, "para", i) for x in out]

    first_body = True
    for i in range(n + 1):
        for unit, _t in gaps[i]:
            add(unit, tight=(first_body and body_tight))
            first_body = False
        if i < n:
            text = f"{dateline}: {paras[i]}" if (i == 0 and dateline) else paras[i]
            add(para_lines(i, text), tight=(first_body and body_tight))
            first_body = False

    if ch("signoff", W_SIGNOFF) == "yes":
        cands = [x for x in SIGNOFFS if chrome_ok(x)]
        if cands:
            add([(rng.choice(cands), "footer", 0)])
    for unit, _t in end_block:
        add(unit)

    # ---- footer -------------------------------------------------------------
    fk = ch("footer", W_FOOTER)
    flines = []
    if fk == "seed":
        flines = ["COMMENTS", "Replying to X", MODERATED, FAQ]
    elif fk == "seed_variant":
        flines = [rng.choice(["Comments", f"Comments ({rng.randint(0, 40)})",
                              f"COMMENTS ({rng.randint(0, 9)})", "COMMENTS", "Show comments"]),
                  rng.choice(["Replying to X", "Replying to x", "Replying to X Cancel"]),
                  rng.choice([MODERATED, MODERATED.rstrip("."),
                              MODERATED.replace("on-topic", "on topic")]),
                  rng.choice([FAQ + ".", FAQ, "For more information, please see our Comments FAQ page"])]
        if rng.random() < 0.3:
            flines = flines[:1] + flines[2:]
    elif fk == "closed":
        flines = [rng.choice(["Comments are closed.", "Comments are closed for this article",
                              "Commenting is closed"])]
    elif fk == "wordpress":
        flines = ["Leave a Reply", "Cancel reply",
                  "Your email address will not be published. Required fields are marked *",
                  "Comment", "Name *", "Email *", "Website", "Post Comment"]
    elif fk == "fb_widget":
        flines = [f"{rng.randint(0, 12)} Comments", "Sort by", rng.choice(["Newest", "Oldest", "Top"]),
                  "Add a comment...", "Facebook Comments Plugin"]
    elif fk == "social":
        flines = [rng.choice(["Share this:", "Share", "SHARE THIS STORY"]),
                  "Facebook", "Twitter", "LinkedIn", "Email", "Print"]
    elif fk == "copyright":
        flines = rng.sample(FOOTER_COPYRIGHT, rng.randint(1, 2))
    if ch("tags", W_TAGS) == "yes":
        codes = (st["topics"] + st["places"])[:6]
        if codes:
            t = ", ".join(_pretty_code(c) if rng.random() < 0.5 else c for c in codes)
            flines.append(rng.choice(["Tags: ", "TOPICS: ", "Filed under: "]) + t)
    flines = [collapse(x) for x in flines if chrome_ok(x)]
    if flines:
        if ch("footer_sep", W_FOOTER_SEP) == "tight":
            add([(x, "footer", 0) for x in flines])
        else:
            for x in flines:
                add([(x, "footer", 0)])

    if ch("tail_block", W_TAIL_BLOCK) == "yes":
        for unit, _t in make_block():
            add(unit)

    # ---- serialise --------------------------------------------------------------
    blank_style = ch("blank_style", W_BLANK)
    trail_ws = ch("trailing_ws", W_TRAIL_WS) == "yes"

    def blanks():
        if blank_style == "single":
            return [""]
        if blank_style == "double":
            return ["", ""]
        if blank_style == "mixed":
            return [""] * rng.randint(1, 3)
        return [rng.choice(["", " ", "\t", "  ", "\u00a0"]) for _ in range(rng.randint(1, 2))]

    out = []            # (text, in_header)
    layout = []
    if leading == "blank":
        out += [("", True)] * rng.randint(1, 2)
    elif leading == "ws":
        out += [(rng.choice([" ", "\t", "   "]), True)] * rng.randint(1, 2)
    for bi, (lines, tight) in enumerate(blocks):
        in_header = bi < header_end
        if bi > 0 and not tight:
            sep = blanks()
            if bi == head_count and blank_style == "single" and rng.random() < 0.5:
                sep = ["", ""]          # seed: two blank lines before the agency line
            out += [(x, in_header) for x in sep]
        for text, role, idx in lines:
            if trail_ws and rng.random() < 0.3:
                text = text + rng.choice([" ", "  ", "\t", " \t"])
            out.append((text, in_header))
            layout.append([role, idx])
    if trail_nl == "extra":
        out += [("", False)] * rng.randint(1, 3)

    parts = []
    for j, (text, in_header) in enumerate(out):
        nl = {"lf": "\n", "crlf": "\r\n"}.get(newline) or ("\r\n" if in_header else "\n")
        last = j == len(out) - 1
        if last and trail_nl == "none":
            nl = ""
        parts.append(text + nl)
    page = "".join(parts)
    try:
        if enc == "utf-8-sig":
            data = b"\xef\xbb\xbf" + page.encode("utf-8")
        else:
            data = page.encode(enc)
    except UnicodeEncodeError:
        S.choices["encoding"] = enc + "->utf-8"
        enc = "utf-8"
        data = page.encode("utf-8")

    related = [collapse(t) for lines, _ in blocks for t, r, _ in lines if r == "related"]
    footer = [collapse(t) for lines, _ in blocks for t, r, _ in lines if r == "footer"]
    expected = {
        "key": f"reuters-{st['newid']}",
        "headline": collapse(headline),
        "standfirst": standfirst,
        "agency": agency,
        "date": st["date"],
        "dateline": collapse(dateline),
        "caption": caption,
        "photo_credit": collapse(credit),
        "paragraphs": [collapse(p) for p in paras],
        "noise": {"related": related, "footer": footer, "caption": cap_line},
    }
    # summarise list-valued choices
    ch_out = dict(S.choices)
    lf = ch_out.pop("link_formats", [])
    ls = ch_out.pop("link_sources", [])
    record = {
        "newid": st["newid"], "file": st["file"], "choices": ch_out,
        "link_formats": lf, "link_sources": ls, "encoding": enc,
        "layout": layout, "noise_titles": sorted(used),
    }
    return record, data, expected


def render_corpus_north(shared_dir, *, seed=1987, limit=None):
    """Yield (record, data, expected) for every Reuters story with TITLE and BODY."""
    corpus = load_corpus(Path(shared_dir))
    for count, st in enumerate(corpus["stories"]):
        if limit is not None and count >= limit:
            return
        yield _render_story(st, corpus, seed)


# --------------------------------------------------------------------------
# self-check
# --------------------------------------------------------------------------
EXPECTED_KEYS = {"key", "headline", "standfirst", "agency", "date", "dateline", "caption",
                 "photo_credit", "paragraphs", "noise"}
_DATE_IN_LINE = re.compile(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                           r"\s+(\d{1,2}),\s+(\d{4})\s*$")


def check_one(record, data, expected):
    errs = []
    if set(expected) != EXPECTED_KEYS:
        errs.append(f"keys {sorted(expected)}")
    if set(expected["noise"]) != {"related", "footer", "caption"}:
        errs.append("noise keys")
    if expected["key"] != f"reuters-{record['newid']}":
        errs.append("key")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", expected["date"]):
        errs.append("date format")
    # decoding
    enc = record["encoding"]
    if enc == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf"):
        errs.append("no BOM")
    try:
        text = data.decode("utf-8-sig")
        dec = "utf-8"
    except UnicodeDecodeError:
        text = data.decode("cp1252")
        dec = "cp1252"
    if enc == "cp1252" and dec != "cp1252":
        # pure-ASCII/latin pages may happen to be valid UTF-8: must then be equal
        if data.decode("cp1252") != text:
            errs.append("cp1252 page also decodes differently as utf-8")
        text = data.decode("cp1252")
    lines = [collapse(x) for x in text.splitlines() if x.strip()]
    layout = record["layout"]
    if len(lines) != len(layout):
        errs.append(f"layout {len(layout)} vs {len(lines)} lines")
        return errs
    roles = [r for r, _ in layout]
    if roles[0] != "headline" or lines[0] != expected["headline"]:
        errs.append("headline not first line")
    for s in [expected[k] for k in ("headline", "standfirst", "agency", "dateline", "caption",
                                    "photo_credit")] + expected["paragraphs"]:
        if s != collapse(s):
            errs.append("not collapsed")
    rel = [ln for ln, (r, _) in zip(lines, layout) if r == "related"]
    foot = [ln for ln, (r, _) in zip(lines, layout) if r == "footer"]
    if rel != expected["noise"]["related"]:
        errs.append("related mismatch")
    if foot != expected["noise"]["footer"]:
        errs.append("footer mismatch")
    sf = " ".join(ln for ln, (r, _) in zip(lines, layout) if r == "standfirst")
    if sf != expected["standfirst"]:
        errs.append("standfirst mismatch")
    cap = [ln for ln, (r, _) in zip(lines, layout) if r == "caption"]
    if (cap[0] if cap else "") != expected["noise"]["caption"]:
        errs.append("caption line mismatch")
    if cap:
        c = expected["noise"]["caption"]
        want = collapse(" ".join(x for x in (expected["caption"],) if x))
        if not c.endswith(" " + expected["photo_credit"]) or not c.startswith(want):
            errs.append("caption/credit split")
        ai = roles.index("agency")
        if roles[ai + 1] != "caption":
            errs.append("caption not right after agency line")
    ag = [ln for ln, (r, _) in zip(lines, layout) if r == "agency"]
    if len(ag) != 1:
        errs.append("agency line count")
    else:
        a = ag[0]
        if not a.startswith(expected["agency"] + " "):
            errs.append("agency prefix")
        mm = _DATE_IN_LINE.search(a)
        if not mm:
            errs.append("agency date unparsable")
        else:
            mon = MON3[mm.group(1)[:3].upper()]
            if f"{int(mm.group(3)):04d}-{mon:02d}-{int(mm.group(2)):02d}" != expected["date"]:
                errs.append("agency date != date")
        if roles.index("agency") > roles.index("headline") + 4:
            errs.append("agency line too far down")
    # paragraphs
    paras = {}
    for ln, (r, i) in zip(lines, layout):
        if r == "para":
            paras.setdefault(i, []).append(ln)
    got = [" ".join(paras[i]) for i in sorted(paras)]
    want = list(expected["paragraphs"])
    if want and expected["dateline"]:
        want[0] = f"{expected['dateline']}: {want[0]}"
    if got != want:
        errs.append("paragraph mismatch")
    # noise vs story text
    blob = _forbidden_blob(expected["headline"], expected["standfirst"], expected["paragraphs"])
    story_cf = {x.casefold() for x in [expected["headline"], expected["standfirst"]]
                + expected["paragraphs"] if x}
    h = expected["headline"].casefold()
    for t in record["noise_titles"]:
        if t in blob or t == h or h in t:
            errs.append(f"noise title in story: {t!r}")
    for ln in expected["noise"]["related"] + expected["noise"]["footer"]:
        cf = ln.casefold()
        if cf in story_cf:
            errs.append(f"noise equals story line: {ln!r}")
        if _AGENCY_LINE_RE.match(ln):
            errs.append(f"noise looks like agency line: {ln!r}")
    for ln in expected["noise"]["related"]:
        if ln.casefold() in blob:
            errs.append(f"related line inside story: {ln!r}")
    return errs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1987)
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    counts = Counter()
    link_fmt, link_src = Counter(), Counter()
    totals = Counter()
    bad = 0
    shown = 0
    n = 0
    for record, data, expected in render_corpus_north(Path(args.shared), seed=args.seed,
                                                       limit=args.limit):
        n += 1
        errs = check_one(record, data, expected)
        if errs:
            bad += 1
            if bad <= 10:
                print(f"FAIL {expected['key']}: {errs}", file=sys.stderr)
        for k, v in record["choices"].items():
            counts[(k, str(v))] += 1
        link_fmt.update(record["link_formats"])
        link_src.update(record["link_sources"])
        totals["paragraphs"] += len(expected["paragraphs"])
        totals["related lines"] += len(expected["noise"]["related"])
        totals["footer lines"] += len(expected["noise"]["footer"])
        totals["captions"] += bool(expected["noise"]["caption"])
        totals["datelines"] += bool(expected["dateline"])
        totals["standfirsts"] += bool(expected["standfirst"])
        totals["bytes"] += len(data)
        if shown < args.show:
            shown += 1
            enc = record["encoding"]
            print("=" * 78)
            print(f"{expected['key']}  {record['file']}  {enc}  {record['choices']}")
            print("-" * 78)
            print(data.decode("utf-8-sig" if enc.startswith("utf") else "cp1252")
                  .replace("\r\n", "\u21b5\n"))
            print("-" * 78)
            print(json.dumps(expected, indent=1, ensure_ascii=False))
    dt = time.perf_counter() - t0
    print("=" * 78)
    last = None
    for (k, v), c in sorted(counts.items()):
        if k != last:
            print(f"{k}:")
            last = k
        print(f"    {v:<28} {c}")
    print("link_format:")
    for v, c in link_fmt.most_common():
        print(f"    {v!r:<28} {c}")
    print("link_source:")
    for v, c in link_src.most_common():
        print(f"    {v:<28} {c}")
    for k, v in totals.items():
        print(f"{k}: {v}")
    print(f"stories rendered: {n}   failures: {bad}   time: {dt:.1f}s")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
