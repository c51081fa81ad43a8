"""Held-out test-data generator: Reuters-21578 stories rendered in the seed layout.

Written blind: without reading the parser (/work/main/articles/) or any other
generator in /work/main/bench/. Only the spec, the seed file and the corpus README.

Source: every <REUTERS> story with a TITLE and a non-empty BODY (after cleaning:
&#N; entities dropped, "Reuter" sign-off dropped, &lt; &gt; &amp; decoded).
Body unwrapping: a new paragraph starts at a blank line, at an indented line, at
or after a column-table line (3+ inner spaces), or when the previous line was too
short to have been wrapped (len(prev) + 1 + len(next word) <= 50, next word not
lower-case; never after the first line, which shared its row with the SGML dateline). Other lines are joined with one space.
So table rows ("Shr 28 cts vs 22 cts", "Year") are each their own paragraph.

Choices per story (random.Random(f"{seed}-{newid}")), weights in percent:
- leading blank lines before the headline: none 90, one or two 10
- headline case: title case 45, capitals as in TITLE 35, sentence case 20
- blank lines after headline: 1 (70), 2 (30)
- standfirst: 35 when the body has a prose sentence of 8-30 words after the first
  paragraph (taken verbatim, final period dropped); then 2 blank lines (60) or 1 (40)
- agency: Reuters 35, REUTERS 20, AFP 10, Afp 10, AP 8, Thomson Reuters 5, dpa 4,
  Xinhua 4, Bloomberg 4
- month: full 65, abbreviated 35 (of which with a period 50, "May" never dotted)
- photo caption (on the line right after the agency line): 35
  - wording: "In this <date> file photo, <scene>." + 50% the body's first sentence (40);
    "<Scene>." (35); "<Scene>, <date>." (25); scene gets " in <Place>" when there is
    one (60). Caption date is another date; its year is mistyped (digit doubled) 25
  - credit: PHOTO: AFP 40, PHOTO: REUTERS 30, Photo: Reuters 15, PHOTO: AP 10,
    PHOTO: FILE 5. photo_credit = the credit as written, e.g. "PHOTO: AFP".
- dateline (only when the SGML DATELINE gives "<place>, <Mon> <D> -"): 65, forced when
  the first paragraph itself starts like "WORD: ". Written "<PLACE>: <text>"; place in
  capitals 75, as in the SGML 25. Field = place as written.
- related lines (TITLEs of other stories, same case style as the headline, one per
  gap between paragraphs, never after the last): 0 (25), 1 (35), 2 (30), 3 (10),
  capped by the number of gaps; never equal to a paragraph or the headline.
- smart quotes (" -> “ ”, ' inside words -> ’) in body, standfirst and caption: 30
- one double space after a sentence inside a paragraph: 10
- blank lines between body blocks: 1 (85), 2 (15)
- footer: none 20, all four lines 45, without "Replying to X" 15,
  COMMENTS + moderation line 10, moderation line + FAQ line 10;
  footer lines separated by a blank line (80) or a single newline (20)
- trailing spaces/tab on ~15% of lines: 15
- line endings: LF 65, CRLF 35; final newline: 50
- encoding: UTF-8 60, UTF-8 with BOM 15, cp1252 25 (UTF-8 when not encodable)
"""
import glob
import html
import os
import random
import re
import sys
import time
from collections import Counter

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
FOOTER = ["COMMENTS", "Replying to X",
          "Comments are moderated and generally will be posted if they are on-topic and not abusive.",
          "For more information, please see our Comments FAQ"]
FOOTER_SUBSETS = [((), 20), ((0, 1, 2, 3), 45), ((0, 2, 3), 15), ((0, 2), 10), ((2, 3), 10)]
AGENCIES = [("Reuters", 35), ("REUTERS", 20), ("AFP", 10), ("Afp", 10), ("AP", 8),
            ("Thomson Reuters", 5), ("dpa", 4), ("Xinhua", 4), ("Bloomberg", 4)]
CREDITS = [("PHOTO: AFP", 40), ("PHOTO: REUTERS", 30), ("Photo: Reuters", 15),
           ("PHOTO: AP", 10), ("PHOTO: FILE", 5)]
SCENES = ["a trader watches screens at a brokerage", "workers load sacks onto a cargo ship",
          "the company's logo is seen at its headquarters",
          "officials attend a news conference", "oil storage tanks are seen at a refinery",
          "ministers pose for a photograph before talks", "a farmer inspects his crop",
          "cargo containers are stacked at a port", "a bank employee counts banknotes",
          "delegates arrive for a meeting"]
SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "vs"}
MON3 = {m[:3].upper(): i for i, m in enumerate(MONTHS)}
PLACE_RE = re.compile(r"^\s*([A-Za-z][^,\n]*(?:,\s*[A-Za-z][^,\n]*)?),\s+"
                      r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s*-\s*$")
STARTS_LIKE_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'-]{0,40}: ")


def wpick(rng, pairs):
    return rng.choices([p for p, _ in pairs], [w for _, w in pairs])[0]


def collapse(s):
    return " ".join(s.split())


def clean(s):
    s = re.sub(r"&#\d+;", "", s)
    s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return "".join(c for c in s if c in "\n\t" or (ord(c) >= 32 and not 0x7f <= ord(c) <= 0x9f))


def unwrap(body):
    """Hard-wrapped Reuters BODY -> list of paragraphs (whitespace collapsed)."""
    lines = body.split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    if lines and lines[-1].strip().lower() == "reuter":
        lines.pop()
    paras, cur, prev, prev_tab = [], [], None, False
    for i, line in enumerate(lines):
        if not line.strip():
            if cur:
                paras.append(cur)
            cur, prev = [], None
            continue
        tab = bool(re.search(r"\S {3,}\S", line.strip()))
        new = prev is None or line[0] in " \t" or tab or prev_tab
        if not new and not (len(paras) == 0 and len(cur) == 1 and i == 1):
            word = line.split()[0]
            if len(prev.rstrip()) + 1 + len(word) <= 50 and not word[0].islower():
                new = True
        if new and cur:
            paras.append(cur)
            cur = []
        cur.append(line)
        prev, prev_tab = line, tab
    if cur:
        paras.append(cur)
    out = [collapse(" ".join(p)) for p in paras]
    return [p for p in out if p and p.lower() != "reuter"]


def read_stories(shared_dir):
    for path in sorted(glob.glob(os.path.join(shared_dir, "corpora", "reuters21578", "reut2-*.sgm"))):
        with open(path, encoding="latin-1") as f:
            text = f.read()
        for m in re.finditer(r"<REUTERS[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", text, re.S):
            newid, el = m.group(1), m.group(2)
            t = re.search(r"<TITLE>(.*?)</TITLE>", el, re.S)
            b = re.search(r"<BODY>(.*?)</BODY>", el, re.S)
            d = re.search(r"<DATE>\s*(\d{1,2})-([A-Za-z]{3})-(\d{4})", el)
            if not (t and b and d):
                continue
            title = collapse(clean(t.group(1)))
            dl = re.search(r"<DATELINE>(.*?)</DATELINE>", el, re.S)
            dl_raw = clean(dl.group(1)) if dl else ""
            pm = PLACE_RE.match(dl_raw)
            paras = unwrap(clean(b.group(1)))
            if not title or not paras:
                continue
            yield {"newid": newid, "title": title, "paragraphs": paras,
                   "place": collapse(pm.group(1)) if pm else "",
                   "year": int(d.group(3)), "month": MON3[d.group(2).upper()], "day": int(d.group(1))}


def case_title(s, style):
    words = s.split()
    if style == "caps":
        return s
    out = []
    for i, w in enumerate(words):
        if any(ch in w for ch in ".<>&/"):
            out.append(w)
        elif any(ch.isdigit() for ch in w):
            out.append(w.lower())
        elif style == "title":
            out.append(w.lower() if (i and w.lower() in SMALL) else w[:1].upper() + w[1:].lower())
        else:
            out.append(w[:1].upper() + w[1:].lower() if i == 0 else w.lower())
    return " ".join(out)


def fmt_date(rng, y, m, d, year_text=None):
    if rng.random() < 0.65:
        mon = MONTHS[m]
    else:
        mon = MONTHS[m][:3] + ("." if rng.random() < 0.5 and m != 4 else "")
    return f"{mon} {d}, {year_text or y}"


def smart(s):
    s = re.sub(r"(?<=\w)'(?=\w)", "\u2019", s)
    s = re.sub(r'(^|[\s(\[])"', "\\1\u201c", s)
    return s.replace('"', "\u201d")


def first_sentence(p):
    m = re.match(r"(.+?[a-z)]\.)(\s|$)", p)
    return m.group(1) if m else ""


def render_corpus_held(shared_dir, *, seed=1987, limit=None):
    stories = list(read_stories(shared_dir))
    pool = [s["title"] for s in stories]
    for n, st in enumerate(stories):
        if limit is not None and n >= limit:
            return
        rng = random.Random(f"{seed}-{st['newid']}")
        ch = {}
        paras = list(st["paragraphs"])
        ch["smart"] = rng.random() < 0.30
        if ch["smart"]:
            paras = [smart(p) for p in paras]
        style = ch["headline"] = wpick(rng, [("title", 45), ("caps", 35), ("sentence", 20)])
        headline = case_title(st["title"], style)
        # standfirst
        standfirst = ""
        cands = [first_sentence(p) for p in paras[1:]]
        cands = [c[:-1] for c in cands if c and 8 <= len(c.split()) <= 30]
        if cands and rng.random() < 0.35:
            standfirst = rng.choice(cands)
        ch["standfirst"] = bool(standfirst)
        agency = ch["agency"] = wpick(rng, AGENCIES)
        date_line = f"{agency} {fmt_date(rng, st['year'], st['month'], st['day'])}"
        # caption
        caption = credit = cap_line = ""
        if rng.random() < 0.35:
            cy, cm, cd = rng.randint(1984, 1987), rng.randrange(12), rng.randint(1, 28)
            if (cy, cm, cd) == (st["year"], st["month"], st["day"]):
                cd = cd % 28 + 1
            ytxt = str(cy)
            if rng.random() < 0.25:
                k = rng.randrange(4)
                ytxt = ytxt[:k + 1] + ytxt[k:]
                ch["caption_typo"] = True
            cdate = fmt_date(rng, cy, cm, cd, ytxt)
            scene = rng.choice(SCENES)
            if st["place"] and rng.random() < 0.60:
                scene += " in " + case_title(st["place"], "title")
            form = ch["caption"] = wpick(rng, [("file-photo", 40), ("scene", 35), ("scene-date", 25)])
            if form == "file-photo":
                caption = f"In this {cdate} file photo, {scene}."
                fs = first_sentence(paras[0])
                if fs and rng.random() < 0.5:
                    caption += " " + fs
            elif form == "scene":
                caption = scene[0].upper() + scene[1:] + "."
            else:
                caption = f"{scene[0].upper()}{scene[1:]}, {cdate}."
            caption = caption.replace("..", ".")
            credit = ch["credit"] = wpick(rng, CREDITS)
            cap_line = f"{caption} {credit}"
        else:
            ch["caption"] = "none"
        # dateline
        place = ""
        if st["place"] and (rng.random() < 0.65 or STARTS_LIKE_DATELINE.match(paras[0])):
            place = st["place"].upper() if rng.random() < 0.75 else st["place"]
        ch["dateline"] = bool(place)
        blocks = list(paras)
        if place:
            blocks[0] = f"{place}: {blocks[0]}"
        if rng.random() < 0.10:
            i = rng.randrange(len(blocks))
            new = re.sub(r"([a-z)]\.) (?=[A-Z])", r"\1  ", blocks[i], count=1)
            ch["double_space"] = new != blocks[i]
            blocks[i] = new
        # related lines
        gaps = len(paras) - 1
        k = min(gaps, wpick(rng, [(0, 25), (1, 35), (2, 30), (3, 10)]))
        pset = {p.lower() for p in paras} | {headline.lower()}
        related = []
        while len(related) < k:
            r = case_title(rng.choice(pool), style)
            if r.lower() not in pset and r not in related and r.lower() != st["title"].lower():
                related.append(r)
        ch["related"] = k
        for gap, r in sorted(zip(rng.sample(range(gaps), k), related), reverse=True):
            blocks.insert(gap + 1, r)
        # footer
        fidx = wpick(rng, FOOTER_SUBSETS)
        footer = [FOOTER[i] for i in fidx]
        ch["footer"] = len(footer)
        # assemble
        lines = [""] * (rng.randint(1, 2) if rng.random() < 0.10 else 0)
        lines += [headline] + [""] * (1 if rng.random() < 0.7 else 2)
        if standfirst:
            lines += [standfirst] + [""] * (2 if rng.random() < 0.6 else 1)
        lines.append(date_line)
        if cap_line:
            lines.append(cap_line)
        gap_n = 2 if rng.random() < 0.15 else 1
        for b in blocks:
            lines += [""] * gap_n + [b]
        if footer:
            sep = 1 if rng.random() < 0.8 else 0
            lines += [""] * gap_n
            for j, fl in enumerate(footer):
                lines += ([""] * sep if j else []) + [fl]
        if rng.random() < 0.15:
            ch["trailing_ws"] = True
            lines = [l + rng.choice([" ", "  ", "\t"]) if l and rng.random() < 0.15 else l for l in lines]
        nl = ch["eol"] = "\r\n" if rng.random() < 0.35 else "\n"
        text = nl.join(lines) + (nl if rng.random() < 0.5 else "")
        enc = wpick(rng, [("utf-8", 60), ("utf-8-sig", 15), ("cp1252", 25)])
        try:
            data = text.encode(enc)
        except UnicodeEncodeError:
            enc, data = "utf-8", text.encode("utf-8")
        ch["encoding"] = enc
        record = {"newid": st["newid"], "title": st["title"], "choices": ch, "encoding": enc}
        expected = {
            "key": f"reuters-{st['newid']}", "headline": collapse(headline),
            "standfirst": collapse(standfirst), "agency": agency,
            "date": f"{st['year']:04d}-{st['month'] + 1:02d}-{st['day']:02d}",
            "dateline": place, "caption": collapse(caption), "photo_credit": credit,
            "paragraphs": [collapse(p) for p in paras],
            "noise": {"related": related, "footer": footer, "caption": cap_line},
        }
        yield record, data, expected


def self_check(data, exp, enc):
    errs = []
    text = data.decode(enc).replace("\r\n", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    flat = collapse(text)
    lines = [l.strip() for l in text.split("\n")]
    first = next(l for l in lines if l)
    if collapse(first) != exp["headline"]:
        errs.append("headline not first line")
    pieces = [exp["standfirst"], exp["agency"], exp["caption"], exp["photo_credit"],
              exp["dateline"], exp["noise"]["caption"]] + exp["paragraphs"] + \
        exp["noise"]["related"] + exp["noise"]["footer"]
    for p in pieces:
        if p and collapse(p) not in flat:
            errs.append(f"missing: {p[:40]!r}")
    if exp["dateline"] and f"{exp['dateline']}: {exp['paragraphs'][0]}" not in flat:
        errs.append("dateline not joined to first paragraph")
    for r in exp["noise"]["related"] + exp["noise"]["footer"]:
        if r not in lines:
            errs.append(f"noise not alone on a line: {r[:40]!r}")
    if set(exp["paragraphs"]) & set(exp["noise"]["related"]):
        errs.append("paragraph equals a related line")
    return errs


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared")
    t0 = time.time()
    counts, fails, n, npara = Counter(), 0, 0, 0
    for rec, data, exp in render_corpus_held(shared):
        n += 1
        npara += len(exp["paragraphs"])
        for k, v in rec["choices"].items():
            counts[(k, v)] += 1
        errs = self_check(data, exp, rec["encoding"])
        if errs:
            fails += 1
            if fails <= 5:
                print("FAIL", exp["key"], errs)
    print(f"stories: {n}  paragraphs: {npara}")
    for (k, v), c in sorted(counts.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        print(f"  {k:14s} {(repr(v) if k == 'eol' else str(v)):16s} {c}")
    print(f"self-check failures: {fails}")
    print(f"runtime: {time.time() - t0:.1f}s")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
