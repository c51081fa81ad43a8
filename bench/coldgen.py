"""Cold (independent) test-data generator: Reuters-21578 rendered as scraped wire pages.

Written from the product spec, the one seed page and the corpora only -- without
looking at the parser.  Every <REUTERS> story that has a <TITLE> and a non-empty
<BODY> (19,043 of them) becomes one page in the seed layout, with noise, and comes
with the parse a perfect parser should return.

    render_corpus_cold(shared_dir, *, seed=1987, limit=None)
        -> yields (record, data, expected)

All randomness for a story comes from random.Random(f"{seed}-{newid}"), so a story
renders identically whatever `limit` is.  Standard library only.

Self-check:  python bench/coldgen.py [--limit N] [--show K] [--ids 1,2,3] [--seed S]


SOURCE CLEANING (deterministic, no randomness)
=============================================
* Files read as latin-1.  `&lt; &gt; &amp; &quot;` decoded; numeric entities
  (`&#2; &#3; &#5; &#22; &#31; &#127; ...`) are control codes and are dropped;
  literal "^M" and CR characters are dropped; tabs become spaces.
* Headline = TITLE, whitespace collapsed.  Date = the DATE element's
  `DD-MON-YYYY` as ISO `YYYY-MM-DD`.
* The DATELINE element and the BODY are one running text in the wire copy (the
  SGML sometimes cuts the dateline in the middle of the first sentence, e.g.
  `RIO DE JANEIRO, Feb 26 - Brazil's "Cruzado" anti-` + `inflation plan ...`).
  DATELINE is parsed as `PLACE[, region...][,] <Month> <day>[, Reuter] -[-]
  [rest]` (month may be mistyped: "Narch", "FEb", "Macrh", "2 March"; the day may
  be garbled: "2O", "187", "l").  Dateless forms `PLACE[, region] -` are accepted
  only if PLACE (upper-cased) occurs as the place of at least 3 dated datelines
  (TOKYO, BANGKOK ...) or is an ALL-CAPS place followed by a region
  ("BAGUIO, Philippines -", "WOODBRIDGE, N.J. -") -- but not "WHEAT -",
  "NEW ZEALAND EXCHS CLOSE -" or table cells such as "us 7.8015 -".  Stray
  leading junk ("****SANTO DOMINGO", "c    CHICAGO") is removed; a region glued
  without comma ("FARMINGTON Conn.") is cut; "As of April 7 -" is no place.  The dateline place is the text before the first
  comma, as written ("SALVADOR", "Mexico City", "Caracas").  `rest` is put back
  in front of the body.  A DATELINE that is not a dateline is put back, whole,
  in front of the body, and the story has no dateline.
* Paragraphs (undoing the ~70-column hard wrap): the first line starts
  paragraph 1; a line that is indented (starts with a space) or follows a blank
  line starts a new paragraph; any other line continues the current one.  So
  every table row (`Shr 34 cts vs 1.19 dlrs`, `Pay April 15`, `Record March 23`,
  `Nine mths`) is its own paragraph.  Wrapped lines are joined with one space,
  except after a line ending in letter+"-" when the next starts with a letter
  or digit ("anti-" + "inflation" -> "anti-inflation").
* Sign-offs: every line that is only `Reuter`/`REUTER`/`Reuters`/`REUTER...` is
  dropped; at the very end also a bare `More`/`MORE`/`REUTE`; a trailing
  ` REUTER...` glued to the last line is cut ("... NIL. REUTER11:43/VB" ->
  "... NIL.").
* Whitespace inside a paragraph is collapsed to single spaces (table columns
  included); paragraphs with no letter or digit ("--", "...") are dropped.

EXPECTED FIELDS
===============
* agency: canonical product form -- "Reuters", "AFP", "AP", "APP", "PTI",
  "Xinhua", "Bloomberg", "Agencies" -- whatever casing the page uses
  ("Afp", "REUTERS", "reuters", "Pti" ...).
* date: the story's Reuters DATE (the agency-line date; caption dates never
  count).
* dateline: the place, exactly as written in the page ("" when the page shows
  none).  paragraphs[0] never contains it.
* caption / photo_credit: caption text without the credit (keeps its final full
  stop if it has one), and the credit exactly as written after the label
  ("AFP", "REUTERS/FILE", "Reuters").
* All strings: whitespace collapsed and stripped.  If the page uses typographic
  quotes, the expected strings use them too (the page text is the truth).
* noise.related: every related-story line as written in the page (with its
  prefix such as "Read: "), block headers ("RELATED STORIES") included, in
  page order; a line shown twice is listed twice.  noise.footer: footer lines as
  written.  noise.caption: the whole caption line.

RANDOM CHOICES (per story; weights are relative)
================================================
Transport
  encoding        utf-8 45 | utf-8-sig (BOM) 25 | cp1252 30
  newline         LF 50 | CRLF 45 | mixed (each break LF or CRLF at random) 5
  lead_blank      none 92 | 1-3 blank lines before the headline 8
  final_newline   none (as the seed) 45 | one 45 | two 10
  ws_noise        none 78 | trailing spaces/tab/nbsp on ~30% of lines 14 |
                  whitespace-only "blank" lines (space, tab, nbsp) 5 |
                  1-2 leading spaces on ~30% of lines 3
  smart_quotes    no 75 | yes 25  ("..." -> curly, ' -> curly, everywhere)
Head
  headline_case   as written (ALL CAPS wire title) 75 | smart Title Case 25
  blank after headline   1: 70 | 2: 20 | 0: 10
  standfirst      none 62 | first sentence of paragraph 1: 15 |
                  a sentence of paragraphs 2-4 (the seed's habit): 23
                  (only sentences of >= 6 words and <= 300 chars; the final
                  full stop is dropped half the time, as in the seed)
  blank after standfirst  2: 50 | 1: 40 | 3: 10
Agency line  `<Agency><sep><date>`
  agency          Reuters 36 | AFP 30 | AP 14 | APP 6 | Xinhua 4 | Agencies 4 |
                  PTI 3 | Bloomberg 3
  agency_case     canonical 45 | Title (Afp, Ap, Pti) 30 | UPPER 20 | lower 5
  date_style      full "February 26, 1987" 45 | abbr "Feb 26, 1987" 20 |
                  abbr. "Feb. 26, 1987" 12 | AP style "Sept. 3" / "March 3" 10 |
                  zero-padded "Feb 06, 1987" 8 | UPPER "FEB 26, 1987" 5
  sep             one space 90 | two spaces 10
Caption (directly after the agency line, one line, ends with a credit)
  caption         none 55 | caption 45
  caption_shape   scene "X in CITY[ on DATE]." 38 | file photo "In this DATE
                  file photo, x ..." 30 | scene + verbatim copy of the lede's
                  first 1-2 sentences (seed habit) 20 | credit only 12
  caption_date    none 35 | older file date 30 | mistyped year "19877" 10 |
                  a day or two before the story 15 | weekday "on Tuesday" 10
                  (never the story's date)
  credit          AFP 30 | REUTERS 25 | FILE 10 | AP 8 | AFP/FILE 6 | EXPRESS 5 |
                  REUTERS/FILE 4 | ONLINE 3 | APP 3 | Reuters 3 | AFP/Getty 3
  credit_label    "PHOTO: " 78 | "Photo: " 8 | "PHOTO:" 5 | "PHOTOS: " 4 |
                  "PHOTO : " 5
  caption_end     ". PHOTO: X" 80 | no full stop "... Washington PHOTO: X" 15 |
                  two spaces before the label 5
  blank after agency line: 0 (caption, as seed) 90 | 1: 10 ; with no caption
                  1: 80 | 2: 20
Body
  dateline        "PLACE: text" 92 | dropped by the site 8  (never dropped when
                  paragraph 1 itself begins "Something: ", e.g. "NOTE: ...",
                  "PARANA STATE: ...")
  blank lines between blocks   1: 85 | 2: 12 | 3: 3
Related-story lines (0-7 per page; titles of OTHER stories)
  related_count   0: 10 | 1: 22 | 2: 30 | 3: 18 | 4: 10 | 5: 6 | 6-7: 4
                  (inline placements are capped at max(1, ceil(paragraphs/2));
                  blocks hold max(2, count) lines)
  related_source  Reuters titles 55 | BBC headlines 20 | mixed per line 25
  reuters_pick    same TOPICS code 40 | same company (first title word) 15 |
                  same PLACES code 15 | anywhere 30    (sites pick related
                  stories by topic, so related titles look like the story;
                  topic -> place when the story has no TOPICS, -> anywhere when
                  the pool is empty)
  related_case    (Reuters titles) as written ALL CAPS 50 | Title Case 30 |
                  Sentence case 12 | same as headline 8
  related_prefix  none 55 | "Read: " 8 | "READ MORE: " 7 | "Also Read: " 6 |
                  "ALSO READ: " 4 | "Related: " 4 | "SEE ALSO: " 3 | "READ: " 2 |
                  "» " 5 | "› " 2 | "• " 2 | "► " 2 (utf-8 only; cp1252 -> "» ")
  related_place   scatter between paragraphs (seed) 45 | scatter + last one
                  after the final paragraph 15 | CMS rule "after every k-th
                  paragraph" 8 | one right after the agency line/caption, before
                  the dateline paragraph 7 | end block before footer 12 |
                  block between paragraphs 5 | block after the footer
                  ("most read") 5 | one after the first paragraph 3
  block_header    (blocks) none 50 | "RELATED" 10 | "Related Stories" 10 |
                  "READ MORE" 10 | "You may also like" 10 | "MORE FROM WORLD" 10
  block_join      (blocks) blank line between items 60 | one item per line 40
  repeat          5% of pages with a related line show the first one again
                  after the last paragraph (inline link + bottom link), unless
                  it is already there
  Gaps between two short table rows get 0.3 the weight of other gaps, and a
  related line put there never uses the same-company pick; no related line goes
  before the first paragraph when the dateline is dropped.  A title is never
  used if, normalised, it equals or is contained in the headline, standfirst,
  caption or any paragraph, or repeats another related line of the page.
Footer
  footer          seed four lines 50 | "COMMENTS (n)" 12 | without "Replying to
                  X" 15 | COMMENTS + moderation line 8 | "Comments" title case
                  8 | FAQ line with final full stop 7 ; absent 12 (of all pages)
  footer_join     blank line between lines 70 | none 20 | mixed 10
"""

from __future__ import annotations

import datetime as _dt
import glob
import os
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

__all__ = ["render_corpus_cold"]

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MON3 = {m[:3].upper(): i + 1 for i, m in enumerate(MONTHS)}
AP_ABBR = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.",
           12: "Dec."}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"]

_WS = re.compile(r"\s+")


def collapse(s: str) -> str:
    return _WS.sub(" ", s).strip()


def norm(s: str) -> str:
    """Loose comparison key: case-folded words only."""
    return " ".join(re.findall(r"\w+", s.casefold()))


def pick(rng: random.Random, table):
    """table: list of (value, weight)."""
    total = sum(w for _, w in table)
    x = rng.random() * total
    for v, w in table:
        x -= w
        if x < 0:
            return v
    return table[-1][0]


SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or",
               "the", "to", "vs", "vs.", "with", "from", "into", "over", "per"}
KEEP_UPPER = {"U.S.", "U.K.", "UK", "US", "EC", "EEC", "OPEC", "GATT", "IMF",
              "USSR", "FED", "CEO", "GNP", "GDP", "LDC", "NYSE", "SEC", "FDIC",
              "ICO", "ICCO", "USDA", "CCC", "OECD", "IEA", "FRG", "BP", "IBM",
              "AT&T", "GM", "GE", "ITT", "RJR", "CBS", "NBC", "ABC", "TWA", "UAL",
              "S/P", "NZ", "P.M.", "A.M."}


def _cap_word(w: str) -> str:
    return "-".join(re.sub(r"[A-Za-z]", lambda m: m.group(0).upper(), p.lower(), 1)
                    for p in w.split("-"))


def _keep_token(w: str) -> bool:
    core = w.strip("\"'(),:;")
    return (any(c.isdigit() for c in w) or "<" in w or ">" in w
            or core in KEEP_UPPER or (("." in core) and len(core) <= 5)
            or "/" in w and len(core) <= 4)


def _case_token(w: str, i: int, mode: str) -> str:
    """Re-case one word of an ALL-CAPS wire title; tickers <XYZ> are kept."""
    if w.startswith("<") and w.endswith(">"):
        return w
    if "<" in w[1:]:
        a, b = w.split("<", 1)
        return _case_token(a, i, mode) + "<" + b
    if w.startswith("<"):
        return "<" + _case_token(w[1:], i, mode)
    if w.endswith(">"):
        return _case_token(w[:-1], i, mode) + ">"
    if re.fullmatch(r"\d+(?:ST|ND|RD|TH)", w):
        return w.lower()                       # 4TH -> 4th
    if not w or _keep_token(w):
        return w
    if mode == "title":
        if i > 0 and w.lower() in SMALL_WORDS:
            return w.lower()
        return _cap_word(w)
    return _cap_word(w) if i == 0 else w.lower()


def smart_title(s: str) -> str:
    return " ".join(_case_token(w, i, "title") for i, w in enumerate(s.split(" ")))


def sentence_case(s: str) -> str:
    return " ".join(_case_token(w, i, "sentence") for i, w in enumerate(s.split(" ")))


def smarten(s: str) -> str:
    s = re.sub(r'(^|[\s(\[{/-])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(^|[\s(\[{/-])'", "\\1\u2018", s)
    s = s.replace("'", "\u2019")
    return s


def write_date(d: _dt.date, style: str, year_text: str | None = None) -> str:
    y = year_text if year_text is not None else str(d.year)
    full = MONTHS[d.month - 1]
    if style == "full":
        return f"{full} {d.day}, {y}"
    if style == "abbr":
        return f"{full[:3]} {d.day}, {y}"
    if style == "abbr_dot":
        m = full[:3] + ("" if d.month == 5 else ".")
        return f"{m} {d.day}, {y}"
    if style == "ap":
        return f"{AP_ABBR.get(d.month, full)} {d.day}, {y}"
    if style == "zero_pad":
        return f"{full[:3]} {d.day:02d}, {y}"
    if style == "upper":
        return f"{full.upper()} {d.day}, {y}"
    if style == "upper_abbr":
        return f"{full[:3].upper()} {d.day}, {y}"
    raise ValueError(style)


# --------------------------------------------------------------------------
# source cleaning
# --------------------------------------------------------------------------

_MONTH_RE = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|narch|mach|"
             r"macrh|febr|abr)[a-z]*\.?")
_DAY_RE = r"[0-9lO]{1,3}"
_DATED_DL = re.compile(
    r"^(?P<place>[A-Za-z][^,]*?)(?P<region>(?:\s*,\s*[^,]*?)*?)\s*,?\s*"
    r"(?:" + _MONTH_RE + r"\s*" + _DAY_RE + r"|\d{1,2}\s+" + _MONTH_RE + r")"
    r"\s*,?\s*(?:Reuter\s*)?-{1,2}(?:\s+(?P<rest>.*))?$", re.I | re.S)
_DATELESS_DL = re.compile(
    r"^(?P<place>[A-Za-z][A-Za-z .'-]*?)(?:\s*,\s*(?P<region>[A-Za-z. ]+))?\s*-{1,2}$")
_SIGNOFF = re.compile(r"^\s*reuters?\W*$", re.I)
_END_MARK = re.compile(r"^\s*(?:more|reute|reuters?)\W*$", re.I)
_TRAIL_SIGNOFF = re.compile(r"\s+REUTERS?(?:[\W\d].*)?$")


def _decode_sgml(s: str) -> str:
    s = re.sub(r"&#(\d+);", "", s)
    s = (s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
         .replace("&amp;", "&"))
    s = s.replace("^M", "").replace("\r", "").replace("\t", " ")
    s = "".join(c for c in s if c == "\n" or (ord(c) >= 32 and not 127 <= ord(c) < 160))
    return s


_NOT_PLACE = {"as", "for", "week", "weeks", "total", "in", "on", "at",
              "from", "through", "position", "bids"}


def _place_ok(place: str) -> bool:
    return (0 < len(place) <= 40 and not any(c.isdigit() for c in place)
            and len(place.split()) <= 5 and place[0].isalpha()
            and place.split()[0].lower() not in _NOT_PLACE)


def _clean_place(place: str) -> str:
    # "FARMINGTON Conn." (comma missing before the state) -> "FARMINGTON"
    m = re.match(r"^([A-Z][A-Z .'-]*[A-Z])\s+[A-Z][a-z]{1,4}\.$", place)
    return m.group(1) if m else place


def _norm_dl(dl: str) -> str:
    # stray leading junk: "****SANTO DOMINGO, ...", "c    CHICAGO, ..."
    return collapse(re.sub(r"^\s*(?:\*+\s*|[a-z]\s{2,}(?=[A-Z]))", "", dl))


def _split_dateline(dl: str, known_places) -> tuple[str, str]:
    """Return (place, text to put back in front of the body)."""
    c = _norm_dl(dl)
    m = _DATED_DL.match(c)
    if m and _place_ok(m.group("place").strip()):
        return (_clean_place(m.group("place").strip()),
                (m.group("rest") or "").strip())
    m = _DATELESS_DL.match(c)
    if m and known_places is not None:
        place = m.group("place").strip()
        region = (m.group("region") or "").strip()
        if _place_ok(place) and (
                place.upper() in known_places
                or (place.isupper() and re.fullmatch(
                    r"[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?", region))):
            return place, ""
    return "", c


def _paragraphs(text: str) -> list[str]:
    lines = text.split("\n")
    # sign-offs
    lines = [l for l in lines if not _SIGNOFF.match(l)]
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and _END_MARK.match(lines[-1]):
        lines.pop()
        while lines and not lines[-1].strip():
            lines.pop()
    if lines:
        lines[-1] = _TRAIL_SIGNOFF.sub("", lines[-1])
    paras: list[list[str]] = []
    new = True
    for i, line in enumerate(lines):
        if not line.strip():
            new = True
            continue
        if i > 0 and line[:1] == " ":
            new = True
        if new or not paras:
            paras.append([line.strip()])
            new = False
        else:
            paras[-1].append(line.strip())
    out = []
    for p in paras:
        s = p[0]
        for nxt in p[1:]:
            if re.search(r"[A-Za-z]-$", s) and not s.endswith("--") and nxt[:1].isalnum():
                s += nxt
            else:
                s += " " + nxt
        s = collapse(s)
        if re.search(r"[A-Za-z0-9]", s):
            out.append(s)
    return out


_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"\u201d]?\s+(?=[\"\u201c]?[A-Z])")


def _sentences(p: str) -> list[str]:
    return [s.strip() for s in _SENT_SPLIT.split(p) if s.strip()]


class _Story:
    __slots__ = ("newid", "file", "headline", "date", "place", "paragraphs",
                 "topics", "places", "people", "orgs", "first_word")


class _Corpus:
    def __init__(self, shared_dir: Path):
        root = Path(shared_dir) / "corpora"
        raw = []
        for f in sorted(glob.glob(str(root / "reuters21578" / "reut2-*.sgm"))):
            text = open(f, encoding="latin-1").read()
            for m in re.finditer(r"<REUTERS([^>]*)>(.*?)</REUTERS>", text, re.S):
                nid = int(re.search(r'NEWID="(\d+)"', m.group(1)).group(1))
                d = m.group(2)
                ti = re.search(r"<TITLE>(.*?)</TITLE>", d, re.S)
                bo = re.search(r"<BODY>(.*?)</BODY>", d, re.S)
                if not ti or not bo or not _decode_sgml(bo.group(1)).strip():
                    continue
                dl = re.search(r"<DATELINE>(.*?)</DATELINE>", d, re.S)
                raw.append((nid, os.path.basename(f), d, ti.group(1),
                            dl.group(1) if dl else "", bo.group(1)))
        # places that occur in dated datelines (for dateless ones)
        cnt = Counter()
        for r in raw:
            c = _norm_dl(_decode_sgml(r[4]))
            m = _DATED_DL.match(c)
            if m and _place_ok(m.group("place").strip()):
                cnt[m.group("place").strip().upper()] += 1
        known = {p for p, n in cnt.items() if n >= 3}

        def codes(d, tag):
            m = re.search(rf"<{tag}>(.*?)</{tag}>", d, re.S)
            return re.findall(r"<D>(.*?)</D>", m.group(1)) if m else []

        self.stories: list[_Story] = []
        for nid, fname, d, title, dl, body in raw:
            st = _Story()
            st.newid = nid
            st.file = fname
            st.headline = collapse(_decode_sgml(title))
            dm = re.search(r"(\d{1,2})-([A-Z]{3})-(\d{4})", d)
            st.date = _dt.date(int(dm.group(3)), MON3[dm.group(2)], int(dm.group(1)))
            place, rest = _split_dateline(_decode_sgml(dl), known)
            body = _decode_sgml(body)
            if rest:
                glue = "" if re.search(r"[A-Za-z]-$", rest) else " "
                body = rest + glue + body.lstrip(" ")
            st.place = place
            st.paragraphs = _paragraphs(body)
            st.topics = codes(d, "TOPICS")
            st.places = codes(d, "PLACES")
            st.people = codes(d, "PEOPLE")
            st.orgs = codes(d, "ORGS")
            st.first_word = st.headline.split(" ")[0].upper()
            self.stories.append(st)

        # related-title pools
        titles_seen = set()
        self.titles: list[str] = []
        self.by_topic = defaultdict(list)
        self.by_place = defaultdict(list)
        self.by_word = defaultdict(list)
        generic = {"U.S.", "US", "UK", "JAPAN", "JAPANESE", "WEST", "THE", "NEW",
                   "EC", "CANADA", "BRITISH", "BRITAIN", "FRENCH", "GERMAN", "FED",
                   "TREASURY", "OPEC"}
        for st in self.stories:
            t = st.headline
            words = re.findall(r"[A-Za-z]{2,}", t)
            if len(t.split()) < 3 or len(t) < 14 or len(t) > 140 or len(words) < 2:
                continue
            if t in titles_seen:
                continue
            titles_seen.add(t)
            self.titles.append(t)
            for c in st.topics:
                self.by_topic[c].append(t)
            for c in st.places:
                self.by_place[c].append(t)
            if st.first_word not in generic and len(st.first_word) > 2:
                self.by_word[st.first_word].append(t)

        self.bbc: list[str] = []
        seen = set()
        for f in sorted(glob.glob(str(root / "bbc" / "*" / "*.txt"))):
            b = open(f, "rb").read()
            try:
                t = b.decode("utf-8")
            except UnicodeDecodeError:
                t = b.decode("cp1252", errors="replace")
            h = collapse(t.lstrip("\ufeff").split("\n", 1)[0])
            if (h and h not in seen and "\ufffd" not in h and len(h.split()) >= 2
                    and h.isprintable()):
                seen.add(h)
                self.bbc.append(h)
        self.bbc_cp1252 = [h for h in self.bbc if _encodable(h, "cp1252")]


def _encodable(s: str, enc: str) -> bool:
    try:
        s.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


_CORPUS_CACHE: dict[str, _Corpus] = {}


def _corpus(shared_dir) -> _Corpus:
    key = str(Path(shared_dir).resolve())
    if key not in _CORPUS_CACHE:
        _CORPUS_CACHE[key] = _Corpus(Path(shared_dir))
    return _CORPUS_CACHE[key]


# --------------------------------------------------------------------------
# page pieces
# --------------------------------------------------------------------------

AGENCIES = [("Reuters", 36), ("AFP", 30), ("AP", 14), ("APP", 6), ("Xinhua", 4),
            ("Agencies", 4), ("PTI", 3), ("Bloomberg", 3)]
AGENCY_CASE = [("canonical", 45), ("title", 30), ("upper", 20), ("lower", 5)]
DATE_STYLE = [("full", 45), ("abbr", 20), ("abbr_dot", 12), ("ap", 10),
              ("zero_pad", 8), ("upper", 5)]
CREDITS = [("AFP", 30), ("REUTERS", 25), ("FILE", 10), ("AP", 8), ("AFP/FILE", 6),
           ("EXPRESS", 5), ("REUTERS/FILE", 4), ("ONLINE", 3), ("APP", 3),
           ("Reuters", 3), ("AFP/Getty", 3)]
CREDIT_LABEL = [("PHOTO: ", 78), ("Photo: ", 8), ("PHOTO:", 5), ("PHOTOS: ", 4),
                ("PHOTO : ", 5)]
CAPTION_SHAPE = [("scene", 38), ("file", 30), ("lede_copy", 20), ("credit_only", 12)]
CAPTION_DATE = [("none", 35), ("file_date", 30), ("typo_year", 10),
                ("day_before", 15), ("weekday", 10)]
RELATED_COUNT = [(0, 10), (1, 22), (2, 30), (3, 18), (4, 10), (5, 6), (6, 3), (7, 1)]
RELATED_SOURCE = [("reuters", 55), ("bbc", 20), ("mixed", 25)]
REUTERS_PICK = [("topic", 40), ("company", 15), ("place", 15), ("random", 30)]
RELATED_CASE = [("asis", 50), ("title", 30), ("sentence", 12), ("headline", 8)]
RELATED_PREFIX = [("", 55), ("Read: ", 8), ("READ MORE: ", 7), ("Also Read: ", 6),
                  ("ALSO READ: ", 4), ("Related: ", 4), ("SEE ALSO: ", 3),
                  ("READ: ", 2), ("\u00bb ", 5), ("\u203a ", 2), ("\u2022 ", 2),
                  ("\u25ba ", 2)]
RELATED_PLACE = [("scatter", 45), ("scatter_end", 15), ("every_k", 8), ("top", 7),
                 ("end_block", 12), ("mid_block", 5), ("after_footer", 5),
                 ("after_first", 3)]
BLOCK_HEADER = [("", 50), ("RELATED", 10), ("Related Stories", 10),
                ("READ MORE", 10), ("You may also like", 10),
                ("MORE FROM WORLD", 10)]
FOOTER_KIND = [("seed", 50), ("count", 12), ("no_reply", 15), ("short", 8),
               ("titlecase", 8), ("faq_period", 7)]

FOOTER_COMMENTS = "COMMENTS"
FOOTER_REPLY = "Replying to X"
FOOTER_MOD = ("Comments are moderated and generally will be posted if they are "
              "on-topic and not abusive.")
FOOTER_FAQ = "For more information, please see our Comments FAQ"

COUNTRY = {"usa": "the United States", "uk": "Britain", "ussr": "the Soviet Union",
           "west-germany": "West Germany", "east-germany": "East Germany",
           "uae": "the United Arab Emirates", "netherlands": "the Netherlands",
           "philippines": "the Philippines", "hong-kong": "Hong Kong"}
AGENCY_TITLE = {"AFP": "Afp", "AP": "Ap", "APP": "App", "PTI": "Pti"}

TOPIC_SCENES = [
    ({"crude", "nat-gas", "gas", "heat", "fuel", "jet", "naphtha", "propane"},
     ["An oil worker checks a pipeline at a refinery near {city}",
      "Oil storage tanks are seen at a terminal in {city}"]),
    ({"grain", "wheat", "corn", "barley", "sorghum", "rice", "oat", "rye",
      "soybean", "oilseed", "meal-feed", "soy-meal", "sunseed", "rapeseed"},
     ["A farmer harvests a field near {city}",
      "Grain is loaded onto a ship at the port of {city}"]),
    ({"coffee", "cocoa", "sugar", "tea", "cotton", "rubber", "veg-oil", "palm-oil"},
     ["Workers sort sacks at a commodity warehouse in {city}",
      "Labourers load bags onto a truck in {city}"]),
    ({"money-fx", "dlr", "yen", "dmk", "interest", "money-supply", "reserves", "stg"},
     ["A dealer watches exchange rates on screens at a bank in {city}",
      "An employee counts banknotes at a bank in {city}"]),
    ({"trade", "ship", "bop"},
     ["Containers are stacked at the port of {city}",
      "A cargo ship leaves the harbour in {city}"]),
    ({"gold", "silver", "platinum", "copper", "zinc", "alum", "tin", "lead",
      "nickel", "iron-steel", "strategic-metal"},
     ["A worker handles metal bars at a refinery in {city}",
      "Steel coils are stored at a plant near {city}"]),
]
GENERIC_SCENES = ["Pedestrians walk past a bank branch in {city}",
                  "A general view of the business district of {city}",
                  "Traders work on the floor of the stock exchange in {city}"]
PERSON_SCENES = ["{p} speaks during a news conference in {city}",
                 "{p} arrives for a meeting in {city}",
                 "{p} talks to reporters in {city}"]
COMPANY_SCENES = ["The logo of {c} is seen outside its headquarters in {city}",
                  "Employees work at a plant of {c} in {city}"]


def _country(code: str) -> str:
    return COUNTRY.get(code, " ".join(w.capitalize() for w in code.split("-")))


def _company(headline: str) -> str:
    m = re.match(r"^(.*?)\s*<", headline)
    if m and 1 <= len(m.group(1).split()) <= 5 and re.search("[A-Za-z]{2}", m.group(1)):
        return smart_title(m.group(1).strip())
    return ""


def _first_lower(s: str) -> str:
    w = s.split(" ", 1)
    if w[0] in ("The", "A", "An", "Oil", "Grain", "Containers", "Workers",
                "Labourers", "Pedestrians", "Traders", "Employees", "Steel"):
        return s[0].lower() + s[1:]
    return s


def _make_caption(rng, st: _Story, page_paras, choices) -> tuple[str, str, str]:
    """Return (caption_text, credit_written, full_line)."""
    shape = pick(rng, CAPTION_SHAPE)
    credit = pick(rng, CREDITS)
    label = pick(rng, CREDIT_LABEL)
    choices.update(caption_shape=shape, credit=credit, credit_label=label.strip())
    if shape == "credit_only":
        choices["caption_date"] = "-"
        choices["caption_end"] = "-"
        return "", credit, f"{label}{credit}"
    city = smart_title(st.place) if st.place else (
        _country(st.places[0]) if st.places else "")
    if city.startswith("the "):
        city = city[4:]
    if not city:
        city = "London"
    comp = _company(st.headline)
    if st.people and rng.random() < 0.7:
        who = " ".join(w.capitalize() for w in st.people[0].split("-"))
        scene = rng.choice(PERSON_SCENES).format(p=who, city=city)
    elif comp and rng.random() < 0.7:
        scene = rng.choice(COMPANY_SCENES).format(c=comp, city=city)
    else:
        pool = GENERIC_SCENES
        for codes, scenes in TOPIC_SCENES:
            if codes & set(st.topics):
                pool = scenes
                break
        scene = rng.choice(pool).format(city=city)

    cdate_kind = pick(rng, CAPTION_DATE)
    if shape == "file" and cdate_kind in ("none", "weekday", "day_before"):
        cdate_kind = rng.choice(["file_date", "file_date", "typo_year"])
    choices["caption_date"] = cdate_kind
    cstyle = rng.choice(["full", "full", "full", choices["date_style"]])
    if cstyle == "upper":
        cstyle = "full"
    date_txt = ""
    if cdate_kind in ("file_date", "typo_year"):
        while True:
            d = st.date - _dt.timedelta(days=rng.randint(30, 6 * 365))
            if d != st.date:
                break
        ytxt = None
        if cdate_kind == "typo_year":
            y = str(d.year)
            i = rng.randrange(len(y))
            ytxt = y[:i + 1] + y[i] + y[i + 1:]
        date_txt = write_date(d, cstyle, ytxt)
    elif cdate_kind == "day_before":
        d = st.date - _dt.timedelta(days=rng.choice([1, 1, 2]))
        date_txt = write_date(d, cstyle)
    elif cdate_kind == "weekday":
        d = st.date - _dt.timedelta(days=rng.choice([1, 2, 3]))
        date_txt = WEEKDAYS[d.weekday()]

    if shape == "file" and date_txt:
        text = f"In this {date_txt} file photo, {_first_lower(scene)}."
    else:
        if date_txt:
            scene += f" on {date_txt}" if cdate_kind != "weekday" else f" on {date_txt}"
        text = scene + "."
    if shape == "lede_copy" and page_paras:
        sents = _sentences(page_paras[0])
        copy = " ".join(sents[: rng.choice([1, 2])])
        if len(copy.split()) >= 5:
            text += " " + copy
    end = pick(rng, [("dot", 80), ("nodot", 15), ("twospace", 5)])
    choices["caption_end"] = end
    if end == "nodot":
        text = text.rstrip(".")
        line = f"{text} {label}{credit}"
    elif end == "twospace":
        line = f"{text}  {label}{credit}"
    else:
        line = f"{text} {label}{credit}"
    return collapse(text), credit, line


def _standfirst(rng, paras, choices) -> str:
    kind = pick(rng, [("none", 62), ("lede", 15), ("later", 23)])
    choices["standfirst"] = kind
    if kind == "none" or not paras:
        return ""
    if kind == "lede":
        cands = _sentences(paras[0])[:1]
    else:
        cands = [s for p in paras[1:4] for s in _sentences(p)]
    cands = [s for s in cands if len(s.split()) >= 6 and len(s) <= 300
             and s[-1:] in ".\"'\u201d"]
    if not cands:
        choices["standfirst"] = kind + "_unavailable"
        return ""
    s = rng.choice(cands)
    if s.endswith(".") and rng.random() < 0.5:
        s = s[:-1]
    return s


# --------------------------------------------------------------------------
# rendering one story
# --------------------------------------------------------------------------

_COLON_LEAD = re.compile(r"^[^\s:][^:]{0,40}:\s")


def _case_related(title, case, headline_case):
    if case == "headline":
        case = "title" if headline_case == "title" else "asis"
    if case == "title":
        return smart_title(title)
    if case == "sentence":
        return sentence_case(title)
    return title


def _render(st: _Story, corp: _Corpus, seed) -> tuple[dict, bytes, dict]:
    rng = random.Random(f"{seed}-{st.newid}")
    ch: dict = {}

    # transport
    enc = pick(rng, [("utf-8", 45), ("utf-8-sig", 25), ("cp1252", 30)])
    nl = pick(rng, [("LF", 50), ("CRLF", 45), ("mixed", 5)])
    smart = rng.random() < 0.25
    ws_noise = pick(rng, [("none", 78), ("trailing", 14), ("ws_blank", 5),
                          ("leading", 3)])
    lead_blank = rng.randint(1, 3) if rng.random() < 0.08 else 0
    final_nl = pick(rng, [(0, 45), (1, 45), (2, 10)])
    ch.update(encoding=enc, newline=nl, smart_quotes=smart, ws_noise=ws_noise,
              lead_blank=lead_blank, final_newline=final_nl)
    fix = smarten if smart else (lambda s: s)

    # head
    hcase = pick(rng, [("asis", 75), ("title", 25)])
    ch["headline_case"] = hcase
    headline = fix(smart_title(st.headline) if hcase == "title" else st.headline)
    paras = [fix(p) for p in st.paragraphs]
    standfirst = _standfirst(rng, paras, ch)

    agency = pick(rng, AGENCIES)
    acase = pick(rng, AGENCY_CASE)
    written_agency = {"canonical": agency, "title": AGENCY_TITLE.get(agency, agency),
                      "upper": agency.upper(), "lower": agency.lower()}[acase]
    dstyle = pick(rng, DATE_STYLE)
    if dstyle == "upper" and rng.random() < 0.4:
        dstyle_w = "upper_abbr"
    else:
        dstyle_w = dstyle
    sep = " " if rng.random() < 0.9 else "  "
    ch.update(agency=agency, agency_case=acase, date_style=dstyle_w,
              agency_sep=len(sep))
    agency_line = f"{written_agency}{sep}{write_date(st.date, dstyle_w)}"

    # caption
    caption = credit = caption_line = ""
    if rng.random() < 0.45:
        caption, credit, caption_line = _make_caption(rng, st, paras, ch)
        caption = fix(caption)
        caption_line = fix(caption_line)
    else:
        ch["caption_shape"] = "none"

    # dateline
    place = st.place
    if place and paras:
        drop = rng.random() < 0.08 and not _COLON_LEAD.match(paras[0])
        ch["dateline"] = "dropped" if drop else "shown"
        if drop:
            place = ""
    else:
        ch["dateline"] = "none_in_source" if paras else "no_paragraphs"
        place = ""

    # footer
    has_footer = rng.random() < 0.88
    footer: list[str] = []
    if has_footer:
        fk = pick(rng, FOOTER_KIND)
        ch["footer"] = fk
        if fk == "seed":
            footer = [FOOTER_COMMENTS, FOOTER_REPLY, FOOTER_MOD, FOOTER_FAQ]
        elif fk == "count":
            footer = [f"COMMENTS ({rng.randint(1, 40)})", FOOTER_REPLY, FOOTER_MOD,
                      FOOTER_FAQ]
        elif fk == "no_reply":
            footer = [FOOTER_COMMENTS, FOOTER_MOD, FOOTER_FAQ]
        elif fk == "short":
            footer = [FOOTER_COMMENTS, FOOTER_MOD]
        elif fk == "titlecase":
            footer = ["Comments", FOOTER_REPLY, FOOTER_MOD, FOOTER_FAQ]
        else:
            footer = [FOOTER_COMMENTS, FOOTER_REPLY, FOOTER_MOD, FOOTER_FAQ + "."]
        fj = pick(rng, [("blank", 70), ("none", 20), ("mixed", 10)])
        ch["footer_join"] = fj
    else:
        ch["footer"] = "absent"

    # ---------------- related lines ----------------
    n_rel = pick(rng, RELATED_COUNT)
    src = pick(rng, RELATED_SOURCE)
    rcase = pick(rng, RELATED_CASE)
    prefix = pick(rng, RELATED_PREFIX)
    if enc == "cp1252" and not _encodable(prefix, "cp1252"):
        prefix = "\u00bb "
    placement = pick(rng, RELATED_PLACE)
    ch.update(related_count=n_rel, related_source=src, related_case=rcase,
              related_prefix=prefix.strip() or "(none)", related_place=placement)

    story_keys = {norm(headline), norm(st.headline), norm(standfirst),
                  norm(caption), norm(place)} - {""}
    long_keys = {norm(headline), norm(standfirst), norm(caption)} - {""}
    para_keys = [norm(p) for p in paras]
    para_key_set = set(para_keys)
    used: set = set()
    n = len(paras)

    def short(i):
        return 0 <= i < n and len(paras[i]) < 40

    def ok_title(t: str) -> bool:
        k = norm(t)
        if not k or k in used or k in story_keys or k in para_key_set:
            return False
        for s in long_keys:
            if k in s or s in k:
                return False
        if len(k) >= 12 and any(k in p for p in para_keys):
            return False
        if enc == "cp1252" and not _encodable(t, "cp1252"):
            return False
        return True

    def choose_title(no_company=False) -> tuple[str, str]:
        s = src if src != "mixed" else rng.choice(["reuters", "reuters", "bbc"])
        for _ in range(30):
            if s == "bbc":
                pool = corp.bbc_cp1252 if enc == "cp1252" else corp.bbc
                t = fix(rng.choice(pool))
                how = "bbc"
            else:
                how = pick(rng, REUTERS_PICK)
                if no_company and how == "company":
                    how = "random"
                if how == "topic" and not st.topics:
                    how = "place"
                pool = None
                if how == "topic" and st.topics:
                    pool = corp.by_topic.get(rng.choice(st.topics))
                elif how == "company":
                    pool = corp.by_word.get(st.first_word)
                elif how == "place" and st.places:
                    pool = corp.by_place.get(rng.choice(st.places))
                if not pool or len(pool) < 2:
                    how, pool = "random", corp.titles
                t = fix(_case_related(rng.choice(pool), rcase, hcase))
            if ok_title(t):
                used.add(norm(t))
                return t, how
        for _ in range(200):  # deterministic fallback
            t = fix(_case_related(rng.choice(corp.titles), rcase, hcase))
            if ok_title(t):
                used.add(norm(t))
                return t, "fallback"
        return "", "none"

    # gaps: 0 = before first paragraph, i = after paragraph i-1, n = after last
    gaps: dict = defaultdict(list)      # gap -> list of items (kind, text)
    gap_block: dict = {}                # gap -> (header, join)
    after_footer: list = []
    picks = Counter()

    def interior_gap(no_reuse=True, avoid=()):
        cand = [g for g in range(1, n) if g not in avoid and not (no_reuse and gaps[g])]
        if not cand:
            return None
        w = [0.3 if (short(g - 1) and short(g)) else 1.0 for g in cand]
        return rng.choices(cand, weights=w)[0]

    def add(g, no_company=None):
        tight = 1 <= g < n and short(g - 1) and short(g)
        t, how = choose_title(no_company=tight if no_company is None else no_company)
        if t:
            picks[how] += 1
            gaps[g].append(t)

    top_ok = bool(place) or (n == 0)
    if n_rel:
        if placement in ("end_block", "mid_block", "after_footer"):
            header = pick(rng, BLOCK_HEADER)
            join = pick(rng, [("blank", 60), ("tight", 40)])
            k = max(2, n_rel)
            if placement == "mid_block":
                g = interior_gap()
                if g is None:
                    g = n
            else:
                g = n
            items = []
            for _ in range(k):
                t, how = choose_title(no_company=False)
                if t:
                    picks[how] += 1
                    items.append(t)
            if placement == "after_footer" and footer:
                after_footer = items
                gap_block["footer"] = (header, join)
            else:
                if placement == "after_footer":
                    ch["related_place"] = placement = "end_block"
                gaps[g].extend(items)
                gap_block[g] = (header, join)
            ch["block_header"] = header or "(none)"
            ch["block_join"] = join
        else:
            # inline links scale with the story: at most one per two paragraphs
            n_rel = min(n_rel, max(1, (n + 1) // 2))
            ch["related_count"] = n_rel
            slots = []
            if placement == "every_k":
                k = rng.randint(2, 4)
                slots = [g for g in range(k, n, k)][:n_rel]
            elif placement == "top" and top_ok:
                slots = [0]
            elif placement == "after_first" and n >= 2:
                slots = [1]
            while len(slots) < n_rel:
                if placement == "scatter_end" and len(slots) == n_rel - 1:
                    slots.append(n)
                    continue
                g = interior_gap(avoid=slots)
                if g is None:
                    g = interior_gap(no_reuse=False)
                if g is None:
                    opts = [n] + ([0] if top_ok else [])
                    g = rng.choice(opts)
                slots.append(g)
            for g in sorted(slots):
                add(g)
        # repeat habit
        if rng.random() < 0.05:
            firsts = [gaps[g][0] for g in sorted(gaps) if gaps[g]] or after_footer
            if firsts and firsts[0] not in gaps[n]:
                gaps[n].append(firsts[0])
                ch["repeat"] = True
        if prefix:
            for g in gaps:
                gaps[g] = [prefix + t for t in gaps[g]]
            after_footer = [prefix + t for t in after_footer]
    ch.setdefault("repeat", False)
    ch["related_picks"] = dict(picks)

    # ---------------- assemble lines ----------------
    # each entry: (label, text) ; label "" = blank line
    L: list[tuple[str, str]] = []

    def blanks(k):
        L.extend([("", "")] * k)

    def blank_between():
        blanks(pick(rng, [(1, 85), (2, 12), (3, 3)]))

    related_lines: list[str] = []

    def emit_related(g):
        items = gaps.get(g) or []
        if not items:
            return
        header, join = gap_block.get(g, ("", "blank"))
        seq = ([header] if header else []) + items
        for i, t in enumerate(seq):
            if i and join == "blank":
                blanks(1)
            L.append(("related", t))
            related_lines.append(t)
        blank_between()

    blanks(lead_blank)
    L.append(("headline", headline))
    blanks(pick(rng, [(1, 70), (2, 20), (0, 10)]))
    if standfirst:
        L.append(("standfirst", standfirst))
        blanks(pick(rng, [(2, 50), (1, 40), (3, 10)]))
    L.append(("agency", agency_line))
    if caption_line:
        blanks(pick(rng, [(0, 90), (1, 10)]))
        L.append(("caption", caption_line))
        blank_between()
    else:
        blanks(pick(rng, [(1, 80), (2, 20)]))
    emit_related(0)
    for i, p in enumerate(paras):
        text = f"{place}: {p}" if (i == 0 and place) else p
        L.append(("para", text))
        blank_between()
        emit_related(i + 1)
    if footer:
        fj = ch["footer_join"]
        for i, f in enumerate(footer):
            if i and (fj == "blank" or (fj == "mixed" and rng.random() < 0.5)):
                blanks(1)
            L.append(("footer", f))
        if after_footer:
            blank_between()
            header, join = gap_block.get("footer", ("", "blank"))
            seq = ([header] if header else []) + after_footer
            for i, t in enumerate(seq):
                if i and join == "blank":
                    blanks(1)
                L.append(("related", t))
                related_lines.append(t)
    while L and L[-1][0] == "":
        L.pop()

    # whitespace noise
    out_lines = []
    for lab, text in L:
        if lab == "":
            if ws_noise == "ws_blank" and rng.random() < 0.5:
                text = rng.choice([" ", "\t", "\u00a0", "  "])
        elif ws_noise == "trailing" and rng.random() < 0.3:
            text += rng.choice([" ", "  ", "\t", "\u00a0"])
        elif ws_noise == "leading" and rng.random() < 0.3:
            text = rng.choice([" ", "  "]) + text
        out_lines.append(text)

    if nl == "mixed":
        parts = []
        for i, line in enumerate(out_lines):
            parts.append(line)
            if i < len(out_lines) - 1:
                parts.append(rng.choice(["\n", "\r\n"]))
        text = "".join(parts)
        eol = "\n"
    else:
        eol = "\r\n" if nl == "CRLF" else "\n"
        text = eol.join(out_lines)
    text += eol * final_nl

    if enc == "cp1252" and not _encodable(text, "cp1252"):
        enc = "utf-8"            # should never happen; keeps encoding total
        ch["encoding"] = "utf-8(fallback)"
    data = text.encode(enc)

    expected = {
        "key": f"reuters-{st.newid}",
        "headline": collapse(headline),
        "standfirst": collapse(standfirst),
        "agency": agency,
        "date": st.date.isoformat(),
        "dateline": place,
        "caption": collapse(caption),
        "photo_credit": credit,
        "paragraphs": [collapse(p) for p in paras],
        "noise": {"related": [collapse(r) for r in related_lines],
                  "footer": [collapse(f) for f in footer],
                  "caption": collapse(caption_line)},
    }
    record = {"newid": st.newid, "file": st.file, "choices": ch,
              "encoding": enc, "newline": nl,
              "labels": [lab for lab, _ in L]}
    return record, data, expected


def render_corpus_cold(shared_dir, *, seed=1987, limit=None):
    """Yield (record, data, expected) for each story."""
    corp = _corpus(shared_dir)
    for i, st in enumerate(corp.stories):
        if limit is not None and i >= limit:
            return
        yield _render(st, corp, seed)


# --------------------------------------------------------------------------
# self-check
# --------------------------------------------------------------------------

_AGENCY_LINE = re.compile(r"^(\S+)\s+([A-Za-z]+)\.?\s+(\d{1,2}),\s+(\d{4})$")
_CREDIT_TAIL = re.compile(r"\bPHOTOS?\s?:\s?\S+$", re.I)


def _check(record, data, expected) -> list[str]:
    errs = []
    enc = record["encoding"]
    try:
        text = data.decode("utf-8-sig" if enc == "utf-8-sig" else enc)
    except UnicodeDecodeError as e:
        return [f"decode: {e}"]
    if enc == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf"):
        errs.append("missing BOM")
    if enc != "utf-8-sig" and data.startswith(b"\xef\xbb\xbf"):
        errs.append("unexpected BOM")
    nl = record["newline"]
    if nl == "LF" and "\r" in text:
        errs.append("CR in LF page")
    if nl == "CRLF" and re.search(r"(?<!\r)\n", text):
        errs.append("bare LF in CRLF page")
    lines = [collapse(l) for l in re.split(r"\r\n|\n", text)]
    nonblank = [l for l in lines if l]
    if not nonblank or nonblank[0] != expected["headline"]:
        errs.append("headline is not the first non-blank line")
    labels = [l for l in record["labels"] if l]
    if len(labels) != len(nonblank):
        errs.append(f"label count {len(labels)} != lines {len(nonblank)}")
        return errs
    by = defaultdict(list)
    for lab, line in zip(labels, nonblank):
        by[lab].append(line)
    # agency line
    ag = by["agency"]
    if len(ag) != 1:
        errs.append("agency line count")
    else:
        m = _AGENCY_LINE.match(ag[0])
        if not m:
            errs.append(f"agency line shape: {ag[0]!r}")
        else:
            a, mon, day, yr = m.groups()
            if a.casefold() != expected["agency"].casefold() and not (
                    a.casefold() == expected["agency"].casefold()):
                errs.append("agency mismatch")
            iso = _dt.date(int(yr), MON3[mon[:3].upper()], int(day)).isoformat()
            if iso != expected["date"]:
                errs.append(f"date mismatch {iso} {expected['date']}")
    # standfirst
    sf = by["standfirst"]
    if (sf[0] if sf else "") != expected["standfirst"]:
        errs.append("standfirst mismatch")
    # caption
    cap = by["caption"]
    if (cap[0] if cap else "") != expected["noise"]["caption"]:
        errs.append("caption line mismatch")
    if cap:
        line = cap[0]
        if not line.endswith(expected["photo_credit"]) or not _CREDIT_TAIL.search(line):
            errs.append("caption does not end with the credit")
        if expected["caption"] and not line.startswith(expected["caption"]):
            errs.append("caption text not at start of caption line")
    # paragraphs, in order, each on its own line
    paras = by["para"]
    exp = expected["paragraphs"]
    if len(paras) != len(exp):
        errs.append("paragraph count")
    else:
        for i, (got, want) in enumerate(zip(paras, exp)):
            if i == 0 and expected["dateline"]:
                want = f"{expected['dateline']}: {want}"
            if got != want:
                errs.append(f"paragraph {i} differs")
                break
    # related
    rel = by["related"]
    if rel != expected["noise"]["related"]:
        errs.append("related lines differ")
    para_set = set(exp)
    story_norms = {norm(x) for x in exp} | {norm(expected["headline"]),
                                           norm(expected["standfirst"])}
    for r in rel:
        if r in para_set or norm(r) in story_norms:
            errs.append(f"related equals story text: {r!r}")
    if by["footer"] != expected["noise"]["footer"]:
        errs.append("footer lines differ")
    # no paragraph looks like noise
    noise_set = set(expected["noise"]["footer"]) | set(rel)
    for p in exp:
        if p in noise_set:
            errs.append(f"paragraph equals noise: {p!r}")
        if _AGENCY_LINE.match(p):
            # real content, e.g. "Record March 31, 1987": a deliberate trap,
            # unambiguous by position (the agency line comes first) -- counted
            record.setdefault("warnings", []).append("agency-shaped paragraph")
        if re.search(r"\bPHOTOS?\s?:\s?[A-Z][A-Za-z/]*$", p):
            errs.append(f"paragraph ends like a caption: {p!r}")
    if expected["key"] != f"reuters-{record['newid']}":
        errs.append("key")
    return errs


def _main(argv=None):
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=None)
    ap.add_argument("--seed", type=int, default=1987)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--show", type=int, default=0, help="dump K sample pages")
    ap.add_argument("--ids", default="", help="comma-separated NEWIDs to dump")
    ap.add_argument("--json", action="store_true", help="also dump expected JSON")
    args = ap.parse_args(argv)
    shared = Path(args.shared) if args.shared else (
        Path("/work/shared") if Path("/work/shared").is_dir()
        else Path(__file__).resolve().parents[2] / "shared")

    t0 = time.time()
    rows = []
    n_err = 0
    counts: dict = defaultdict(Counter)
    totals = Counter()
    for record, data, expected in render_corpus_cold(shared, seed=args.seed,
                                                     limit=args.limit):
        errs = _check(record, data, expected)
        for w in record.get("warnings", []):
            totals["content lines shaped like an agency line"] += 1
        if errs:
            n_err += 1
            if n_err <= 20:
                print(f"FAIL {expected['key']}: {errs}")
        for k, v in record["choices"].items():
            if k == "related_picks":
                for kk, vv in v.items():
                    counts["related_pick(lines)"][kk] += vv
            else:
                counts[k][v] += 1
        totals["pages"] += 1
        totals["bytes"] += len(data)
        totals["paragraphs"] += len(expected["paragraphs"])
        totals["related_lines"] += len(expected["noise"]["related"])
        totals["footer_lines"] += len(expected["noise"]["footer"])
        totals["with_caption"] += bool(expected["noise"]["caption"])
        totals["with_dateline"] += bool(expected["dateline"])
        totals["with_standfirst"] += bool(expected["standfirst"])
        totals["short_paragraphs(<40ch)"] += sum(len(p) < 40 for p in expected["paragraphs"])
        rows.append((record, data, expected))
    dt = time.time() - t0

    for k in sorted(counts):
        c = counts[k]
        items = sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0])))
        print(f"{k:22s} " + ", ".join(f"{v}={n}" for v, n in items))
    print("totals: " + ", ".join(f"{k}={v}" for k, v in totals.items()))
    print(f"rendered {len(rows)} pages in {dt:.1f}s; {n_err} failed the self-check")

    show = []
    if args.ids:
        want = {int(x) for x in args.ids.split(",") if x.strip()}
        show = [r for r in rows if r[0]["newid"] in want]
    elif args.show and rows:
        k = min(args.show, len(rows))
        show = [rows[i * len(rows) // k] for i in range(k)]
    for record, data, expected in show:
        enc = record["encoding"]
        text = data.decode("utf-8-sig" if enc == "utf-8-sig" else enc)
        print("=" * 78)
        print(f"reuters-{record['newid']}  {enc} {record['newline']} "
              f"{ {k: v for k, v in record['choices'].items() if k.startswith(('related', 'caption', 'dateline', 'standfirst', 'footer', 'agency'))} }")
        print("-" * 78)
        print(text.replace("\r", ""))
        if args.json:
            import json
            print("-" * 78)
            print(json.dumps(expected, indent=1, ensure_ascii=False))
    return 1 if n_err else 0


if __name__ == "__main__":
    sys.exit(_main())
