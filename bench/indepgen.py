"""Independent test-data generator for the article parser (held-out style).

Written blind to the parser and to bench/seedgen.py; only the seed file, the
corpus README and the issue's spec were used. Standard library only.

render_corpus_indep(shared_dir, seed=1987, limit=None) yields
(record, file_bytes, expected) for every Reuters-21578 story with a title and a
non-empty body. BBC files are not produced here (the harness adds them as-is).
Every story gets its own Random seeded by "<seed>-<NEWID>", so output does not
depend on `limit` or on iteration order.

Choices made (a "site" style is drawn per file):
* Body unwrapping: a new paragraph starts at every indented line or after a
  blank line; unindented lines continue the paragraph. So each table row
  ("Shr 28 cts vs 22 cts", "Year", "Pay April 15") is its own paragraph and a
  wrapped "NOTE: ..." row keeps its continuation. The "Reuter"/"REUTER..."/
  "More" sign-off and control entities (&#3;, &#127;...) are dropped,
  &lt; &gt; &amp; unescaped. Paragraphs are written on one line; 10% of files
  re-wrap them at 60-75 columns. Expected = whitespace collapsed.
* Headline: ALL CAPS as-is 20%, sentence case 40%, Title Case 40% (acronyms
  like U.S./OPEC/IMF, N.J.-style tokens and <TICKER> kept upper). 1-2 blank
  lines after it.
* Standfirst (35%): first sentence of a later prose paragraph (>= 8 words),
  trailing period dropped half the time; 1-2 blank lines after.
* Agency/date line: Reuters, REUTERS, reuters, Reuter, Afp, AFP, AP, Ap,
  Associated Press, Xinhua, dpa; date = SGML DATE as "March 9, 1987",
  "Mar 9, 1987", "Mar. 9, 1987" or AP style "Sept. 9, 1987"; 5% zero-padded day.
* Caption (30%): one line straight after the agency line (20% of those after a
  blank line): "In this <date> file photo, <scene>. <1-2 story sentences>" /
  story sentences (+ "(File photo, <date>)") / "In this <date> photo, <scene>.", ending with
  "PHOTO: AFP|REUTERS|AP|AFP/File|REUTERS/File|FILE|EPA" (10% "Photo:"). The
  caption date lies 1-900 days before the story and is mistyped 35% of the time
  ("19887", "Novemer"). The copied story sentences make the caption
  overlap the body on purpose, as in the seed.
* Dateline: from <DATELINE> with the date removed ("NASHVILLE, Tenn."), city
  only half the time for multi-part places; written "PLACE: " 62%, "PLACE - "
  13%, "PLACE (Reuters) - " 8%, not written 17% (also when the SGML dateline
  does not look like a place). 10% of written datelines are Title-cased.
* Related lines: 0-4 titles of OTHER Reuters stories (60% sharing a TOPICS
  code), briefs and "... VS ..." result titles excluded, cased like the
  headline 70% of the time; placed after any paragraph (after the last one,
  i.e. just before the footer, with lower weight), sometimes two adjacent.
* Footer (70%): the seed's comment block in full or as a tail/head subset,
  lines blank-separated 80% of the time.
* Typography: 30% of files get curly quotes, apostrophes and " -- " -> " - "
  em dash (expected text carries the same characters).
* Bytes: UTF-8 60%, UTF-8 with BOM 15%, cp1252 25% (UTF-8 if not encodable);
  CRLF 30%; 8% of files have trailing spaces on some lines; 50% end with a
  newline; 10% use two blank lines between paragraphs.
"""
import datetime
import glob
import json
import os
import random
import re
import sys
import textwrap
import time
from collections import Counter, defaultdict, namedtuple

Story = namedtuple("Story", "newid date title place body topics file style")
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
AP_MON = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
MON3 = {m[:3].upper(): i + 1 for i, m in enumerate(MONTHS)}
ACRONYMS = {"U.S.", "U.K.", "EC", "EEC", "OPEC", "GATT", "IMF", "NYSE", "SEC", "FDIC",
            "GNP", "GDP", "CPI", "USSR", "UK", "OECD", "ASEAN", "IBM", "GM", "FCC",
            "FTC", "FDA", "AT&T", "NASD", "ITT", "CBS", "RCA", "BP", "USDA", "CCC", "ECU"}
SMALL = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for",
         "from", "vs", "with", "as"}
FOOTER = ["COMMENTS", "Replying to X",
          "Comments are moderated and generally will be posted if they are on-topic and not abusive.",
          "For more information, please see our Comments FAQ"]
AGENCIES = [("Reuters", 20), ("REUTERS", 12), ("reuters", 2), ("Reuter", 3), ("Afp", 12),
            ("AFP", 12), ("AP", 8), ("Ap", 3), ("Associated Press", 3), ("Xinhua", 2), ("dpa", 2)]
CREDITS = ["AFP", "REUTERS", "AP", "AFP/File", "REUTERS/File", "FILE", "EPA"]
SCENES = ["traders work on the floor of the New York Stock Exchange",
          "a sign stands outside the company's headquarters",
          "officials arrive for a meeting", "workers load cargo at the port",
          "a general view of the city skyline", "oil storage tanks are seen at a refinery",
          "farmers harvest a field", "shoppers walk past a bank branch"]
SIGNOFF = re.compile(r"^\s*(?:reuters?|more)\W*$", re.I)


def weighted(rng, pairs):
    return rng.choices([p for p, _ in pairs], [w for _, w in pairs])[0]


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def unescape(s):
    s = re.sub(r"&#\d+;", "", s).replace("\r", "")
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def unwrap(body):
    """Raw paragraph strings (inner spacing kept) of an SGML body."""
    lines = unescape(body).split("\n")
    while lines and (not lines[-1].strip() or SIGNOFF.match(lines[-1])):
        lines.pop()
    if lines:
        lines[-1] = re.sub(r"\s+REUTER\W*$", "", lines[-1])
    paras, cur = [], []
    for ln in lines:
        if not ln.strip() or ln[:1] in " \t":
            if cur:
                paras.append(" ".join(cur))
            cur = []
        if ln.strip():
            cur.append(ln.strip())
    if cur:
        paras.append(" ".join(cur))
    return [p for p in paras if p.strip()]


def field(block, tag):
    m = re.search(r"<%s>(.*?)</%s>" % (tag, tag), block, re.S)
    return m.group(1) if m else ""


def iter_reuters(shared_dir):
    base = os.path.join(shared_dir, "corpora")  # accept .../shared or .../shared/corpora
    base = base if os.path.isdir(base) else shared_dir
    for path in sorted(glob.glob(os.path.join(base, "reuters21578", "reut2-*.sgm"))):
        with open(path, encoding="latin-1") as f:
            text = f.read()
        for m in re.finditer(r"<REUTERS([^>]*)>(.*?)</REUTERS>", text, re.S):
            attrs, block = m.groups()
            d = re.search(r"(\d{1,2})-([A-Z]{3})-(\d{4})", field(block, "DATE"))
            title = collapse(unescape(field(block, "TITLE")))
            body = unwrap(field(block, "BODY"))
            if not (d and title and body):
                continue
            date = "%s-%02d-%02d" % (d.group(3), MON3[d.group(2)], int(d.group(1)))
            place = collapse(unescape(field(block, "DATELINE"))).rstrip(" -")
            place = re.sub(r",?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}$", "", place)
            if not re.fullmatch(r"[A-Z][A-Z .'/-]*[A-Z.](, [A-Z][A-Za-z .]*)*", place):
                place = ""
            topics = re.findall(r"<D>(.*?)</D>", field(block, "TOPICS"))
            newid = re.search(r'NEWID="(\d+)"', attrs).group(1)
            yield Story(newid, date, title, place, body, tuple(topics), os.path.basename(path), {})


def recase(title, style):
    if style == "caps":
        return title
    out = []
    for i, tok in enumerate(title.split(" ")):
        core = tok.strip(",:;'\"()!?")
        if core in ACRONYMS or re.fullmatch(r"(?:[A-Z]\.)+", core) or tok.startswith("<"):
            out.append(tok)
        elif style == "title" and (i == 0 or tok.lower() not in SMALL):
            out.append(tok.capitalize() if tok[:1].isalpha() else tok.lower())
        else:
            out.append(tok.lower())
    s = " ".join(out)
    return s[:1].upper() + s[1:]


def smart(s):
    s = re.sub(r'(^|[\s(\[])"', "\\1\u201c", s).replace('"', "\u201d")
    s = re.sub(r"(^|[\s(\[])'", "\\1\u2018", s).replace("'", "\u2019")
    return s.replace(" -- ", " \u2014 ")


def fmt_date(rng, y, m, d, style):
    mon = {"full": MONTHS[m - 1], "abbr": MONTHS[m - 1][:3],
           "abbrdot": MONTHS[m - 1][:3] + ("." if m != 5 else ""),
           "ap": AP_MON.get(m, MONTHS[m - 1])}[style]
    day = "%02d" % d if rng.random() < 0.05 else str(d)
    return "%s %s, %d" % (mon, day, y)


def sentences(paras, min_words=8):
    out = []
    for p in paras:
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", collapse(p)):
            if len(s.split()) >= min_words and len(s) <= 240 and s[-1] in ".!?\"":
                out.append(s)
    return out


def make_caption(rng, story, paras):
    y, m, d = map(int, story.date.split("-"))
    cd = datetime.date(y, m, d) - datetime.timedelta(days=rng.randint(1, 900))
    cdate = fmt_date(rng, cd.year, cd.month, cd.day, "full")
    if rng.random() < 0.35:
        if rng.random() < 0.5:
            ys = str(cd.year)
            k = rng.randrange(1, 4)
            cdate = cdate.replace(ys, ys[:k] + ys[k] + ys[k:])
        else:
            mon = MONTHS[cd.month - 1]
            k = rng.randrange(2, len(mon))
            cdate = cdate.replace(mon, mon[:k] + mon[k + 1:])
    sents = sentences(paras)
    picked = " ".join(rng.sample(sents, min(len(sents), rng.choice([1, 1, 2])))) if sents else ""
    scene = rng.choice(SCENES)
    if story.place and rng.random() < 0.5:
        scene += " in " + story.place.split(",")[0].title()
    forms = ["In this %s photo, %s." % (cdate, scene),
             "File picture taken on %s: %s." % (cdate, scene)]
    if picked:
        forms += ["In this %s file photo, %s. %s" % (cdate, scene, picked),
                  "%s (File photo, %s)" % (picked, cdate), picked] * 2
    text = rng.choice(forms)
    credit = rng.choice(CREDITS)
    label = "Photo:" if rng.random() < 0.1 else "PHOTO:"
    return text, credit, "%s %s %s" % (text, label, credit)


def render_one(story, rng, pools):
    st = story.style
    paras = list(story.body)
    hstyle = weighted(rng, [("caps", 20), ("sentence", 40), ("title", 40)])
    typo = rng.random() < 0.30
    fix = smart if typo else (lambda s: s)
    headline = fix(recase(story.title, hstyle))
    lines = [headline] + [""] * rng.choice([1, 1, 1, 2])
    standfirst = ""
    sf_pool = sentences(paras[1:] or paras)
    if sf_pool and rng.random() < 0.35:
        standfirst = rng.choice(sf_pool[:4])
        if rng.random() < 0.5:
            standfirst = standfirst.rstrip(".")
        standfirst = fix(standfirst)
        lines += [standfirst] + [""] * rng.choice([1, 2])
    agency = weighted(rng, AGENCIES)
    y, m, d = map(int, story.date.split("-"))
    dstyle = weighted(rng, [("full", 45), ("abbr", 25), ("abbrdot", 15), ("ap", 15)])
    lines.append("%s %s" % (agency, fmt_date(rng, y, m, d, dstyle)))
    caption = credit = cap_line = ""
    if rng.random() < 0.30:
        caption, credit, cap_line = make_caption(rng, story, paras)
        caption, cap_line = collapse(fix(caption)), fix(cap_line)
        lines += ([""] if rng.random() < 0.2 else []) + [cap_line]
    lines.append("")
    # dateline
    place, written = story.place, ""
    if place and "," in place and rng.random() < 0.5:
        place = place.split(",")[0]
    dform = weighted(rng, [("%s: ", 62), ("%s - ", 13), ("%s (Reuters) - ", 8), ("", 17)])
    if place and dform:
        written = fix(place.title() if rng.random() < 0.10 else place)
        paras[0] = dform % written + paras[0]
    # related lines
    k = weighted(rng, [(0, 25), (1, 30), (2, 25), (3, 12), (4, 8)])
    rel_style = hstyle if rng.random() < 0.7 else rng.choice(["caps", "sentence", "title"])
    related, slots = [], defaultdict(list)
    gaps = list(range(len(paras)))
    for _ in range(k):
        pool = pools["all"]
        same = [t for t in story.topics if len(pools[t]) > 5]
        if same and rng.random() < 0.6:
            pool = pools[rng.choice(same)]
        title = rng.choice(pool)
        if title == story.title:
            continue
        line = fix(recase(title, rel_style))
        at = rng.choices(gaps, [1] * (len(gaps) - 1) + [0.3])[0]
        if slots and rng.random() < 0.15:
            at = rng.choice(sorted(slots))
        slots[at].append(line)
    wrap = rng.random() < 0.10
    width = rng.randint(60, 75)
    sep = [""] * (2 if rng.random() < 0.10 else 1)
    for i, p in enumerate(paras):
        p = fix(p)
        lines += (textwrap.wrap(p, width, break_long_words=False, break_on_hyphens=False) if wrap else [p]) + sep
        for line in slots.get(i, []):
            related.append(line)
            lines += [line] + sep
    fchoice = weighted(rng, [(4, 40), (3, 10), (-2, 10), (1, 10), (0, 30)])
    footer = FOOTER[:fchoice] if fchoice >= 0 else FOOTER[fchoice:]
    fsep = [""] if rng.random() < 0.8 else []
    for f in footer:
        lines += [f] + fsep
    while lines and lines[-1] == "":
        lines.pop()
    if rng.random() < 0.08:
        lines = [ln + " " * rng.choice([0, 0, 1, 2]) if ln else ln for ln in lines]
    nl = "\r\n" if rng.random() < 0.30 else "\n"
    text = nl.join(lines) + (nl if rng.random() < 0.5 else "")
    enc = weighted(rng, [("utf-8", 60), ("utf-8-sig", 15), ("cp1252", 25)])
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        enc, data = "utf-8", text.encode("utf-8")
    st.update(encoding=enc, crlf=nl == "\r\n", headline_case=hstyle, wrapped=wrap,
              curly=typo, date_style=dstyle)
    expected = {
        "key": "reuters-%s" % story.newid, "headline": collapse(headline),
        "standfirst": collapse(standfirst), "agency": agency, "date": story.date,
        "dateline": written, "caption": caption, "photo_credit": credit,
        "paragraphs": [collapse(fix(p)) for p in story.body],
        "noise": {"related": related, "footer": footer, "caption": cap_line},
    }
    return data, expected


def render_corpus_indep(shared_dir, *, seed=1987, limit=None):
    stories = list(iter_reuters(shared_dir))
    pools = defaultdict(list)
    for s in stories:
        if " VS " in s.title or s.title.startswith("*") or len(s.title.split()) < 3:
            continue
        pools["all"].append(s.title)
        for t in s.topics:
            pools[t].append(s.title)
    for n, story in enumerate(stories):
        if limit is not None and n >= limit:
            return
        rng = random.Random("%d-%s" % (seed, story.newid))
        data, expected = render_one(story, rng, pools)
        yield story, data, expected


def self_check(data, exp, enc):
    """Cheap consistency check: every expected piece is in the decoded text."""
    flat = collapse(data.decode("cp1252" if enc == "cp1252" else "utf-8-sig"))
    pieces = exp["paragraphs"][1:] + exp["noise"]["related"] + exp["noise"]["footer"]
    pieces += [exp["headline"], exp["standfirst"], exp["caption"], exp["agency"]]
    return all(p in flat for p in pieces) and exp["dateline"] in flat


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared")
    out = "/tmp/indep"
    os.makedirs(out, exist_ok=True)
    t0, c, bad, samples, earn = time.time(), Counter(), 0, 0, 0
    for rec, data, exp in render_corpus_indep(shared):
        c["stories"] += 1
        c["enc " + rec.style["encoding"]] += 1
        c["crlf"] += rec.style["crlf"]
        for f in ("standfirst", "caption", "dateline"):
            c["with " + f] += bool(exp[f])
        c["related lines"] += len(exp["noise"]["related"])
        c["with footer"] += bool(exp["noise"]["footer"])
        bad += not self_check(data, exp, rec.style["encoding"])
        is_earn = "earn" in rec.topics and any(" vs " in p for p in exp["paragraphs"])
        if samples < 3 or (is_earn and earn < 2):
            earn += is_earn
            samples += 1
            with open(os.path.join(out, exp["key"] + ".txt"), "wb") as f:
                f.write(data)
            with open(os.path.join(out, exp["key"] + ".json"), "w") as f:
                json.dump(exp, f, indent=1, ensure_ascii=False)
    for k in sorted(c):
        print("%-18s %d" % (k, c[k]))
    print("self-check failures %d; %.1fs; samples in %s" % (bad, time.time() - t0, out))


if __name__ == "__main__":
    main()
