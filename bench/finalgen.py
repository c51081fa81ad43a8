"""finalgen: held-out stand-in generator of seed-layout article files from Reuters-21578.

Written blind to the parser and to the other generators in bench/ (none of them, nor
articles/, was read); only the spec text, /work/shared/seed/ and the corpus README were used.

Source: /work/shared/corpora/reuters21578/*.sgm (latin-1); stories with a TITLE and a body that
still has a paragraph after cleaning. Cleaning: drop &#N; control entities and control chars,
unescape &lt; &gt; &amp;, drop the trailing "Reuter"/"REUTER..."/"More" sign-off (own line or glued).
Unwrapping: a line starting with whitespace begins a paragraph; a line with an internal run of
3+ spaces is a table row and is a paragraph of its own; other lines join the paragraph before.
Per-story rng: random.Random(f"{seed}-{newid}"). Choices and weights:
- headline case: ALL CAPS as in TITLE .45 | Title Case (small words lower, tickers/acronyms kept) .55
- leading blank lines before headline: 0 .95 | 1-2 .05
- standfirst: none .6 | a sentence lifted from a body paragraph .4 (trailing period dropped .6)
- blank lines: after headline 1 .8/2 .2; before agency line 2 .5 (seed)/1 .5
- agency: Reuters .40 REUTERS .22 Reuter .04 reuters .02 Thomson Reuters .04 AFP .10 Afp .08
  AP .06 Associated Press .02 dpa .02
- date on agency line (SGML DATE): "February 26, 1987" .6 | "Feb 26, 1987" .22 | AP "Feb. 26, 1987" .18
- caption: none .65 | present .35, on the line right after the agency line (no blank .7 / blank .3);
  wording: "In this <date> file photo, <subject>." .4 | "<Subject> on <date>." .2 | "<Subject>." .25 |
  "FILE PHOTO: <Subject>." .15; caption date 1-900 days before the story, typo .15 (year digit
  doubled or month letter dropped, as in the seed); plus the body's first sentence appended .3.
  Subject from PEOPLE, ORGS, commodity TOPICS or the dateline city. Credit on the same line after
  one space: "PHOTO: X" .7 | "Photo: X" .3, X: AFP .35 REUTERS .35 Reuters .1 AP .1 REUTERS/File Photo .1
- dateline (place from SGML DATELINE, date part dropped): "P: " .35 (seed) | "P (Reuters) - " .25 |
  "P (Reuters) \u2014 " .05 | "P, Feb 26 - " .10 | "P - " .05 | omitted .20; the agency in parentheses
  is "Reuters" for Reuters-family agencies, else the agency upper-cased; place written
  as in SGML .9 | title-cased .1. No SGML dateline -> none.
- related lines (headlines of other Reuters stories, same case style as the headline .8, the
  other style .2): 0 .25 | 1 .35 | 2 .30 | 3 .10; each alone between two paragraphs, in distinct gaps
  after a prose paragraph (any gap if none); titles with 4-14 words, never equal to a paragraph.
- footer (seed wording, seed order): all four .55 | without "Replying to X" .15 |
  moderation+FAQ lines .10 | "COMMENTS" only .05 | none .15; blank lines inside footer 1 .8 / 0 .2;
  blank lines before footer 1 .8 / 2 .2
- typographic quotes (" ' -> curly) on all text: .3
- blank lines between paragraphs: 1 .85 | 2 .15
- body paragraphs hard-wrapped at 70 columns (single newlines inside a paragraph): .08
- trailing spaces/tabs on ~25% of lines (incl. blank lines): .15
- encoding: utf-8 .55 | utf-8 with BOM .20 | cp1252 .25 (falls back to utf-8 if unencodable)
- line endings: LF .6 | CRLF .4;  end of file: no final newline .35 (seed) | "\\n" .6 | two .05
"""
import collections, datetime, glob, html, json, os, random, re, sys, textwrap, time

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MON3 = {m[:3].upper(): i + 1 for i, m in enumerate(MONTHS)}
FOOTER = ["COMMENTS", "Replying to X",
          "Comments are moderated and generally will be posted if they are on-topic and not abusive.",
          "For more information, please see our Comments FAQ"]
SMALL = set("a an and as at but by for from in into nor of on or per the to vs with".split())
ACRO = set("OPEC EC EEC IMF GATT USDA UK US USA U.S. U.K. ICO IEA OECD NYSE FDIC SEC FCC BP IBM GM GE "
           "CIA UAE USSR ITT LTV ICCO ITC EMS GNP GDP CPI IPO FRG CBT AT&T NASD".split())
REUTERS_FAMILY = {"Reuters", "REUTERS", "Reuter", "reuters", "Thomson Reuters"}
DL_RE = re.compile(r"^(.*?)\s*,?\s*-?\s*(?:[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9})\s*,?\s*-+\s*(.*)$", re.S)
ROW_RE = re.compile(r"\S {3,}\S")
SIGNOFF_RE = re.compile(r"^\s*(reuters?|more)[\s.]*$", re.I)


def pick(rng, table):
    """table: list of (value, weight)."""
    r, acc = rng.random() * sum(w for _, w in table), 0.0
    for v, w in table:
        acc += w
        if r < acc:
            return v
    return table[-1][0]


def collapse(s):
    return " ".join(s.split())


def clean(s):
    s = re.sub(r"&#\d+;", "", s)
    s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return "".join(c for c in s if c in "\n\t" or (ord(c) >= 32 and not 0x7f <= ord(c) <= 0x9f))


def unwrap(body):
    lines = body.replace("\t", "    ").split("\n")
    while lines and (not lines[-1].strip() or SIGNOFF_RE.match(lines[-1])):
        lines.pop()
    if lines:  # sign-off glued to the last line: "... (33.7).        REUTER"
        lines[-1] = re.sub(r"(?<=[.)\"\d])\s+reuters?[\s.]*$", "", lines[-1], flags=re.I)
    paras, prev_row = [], True
    for i, ln in enumerate(lines):
        if not ln.strip():
            continue
        row = bool(ROW_RE.search(ln.strip()))
        if row or prev_row or ln[:1] == " " or not paras:
            paras.append(ln.strip())
        else:
            paras[-1] += " " + ln.strip()
        prev_row = row
    return [collapse(p) for p in paras if collapse(p)], [bool(ROW_RE.search(p)) for p in paras if collapse(p)]


def load(shared_dir):
    out = []
    for f in sorted(glob.glob(os.path.join(shared_dir, "corpora", "reuters21578", "reut2-*.sgm"))):
        text = open(f, encoding="latin-1").read()
        for m in re.finditer(r"<REUTERS[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", text, re.S):
            newid, r = int(m.group(1)), m.group(2)
            g = lambda tag: (re.search(rf"<{tag}>(.*?)</{tag}>", r, re.S) or [None, None])[1]
            title, body, date = g("TITLE"), g("BODY"), g("DATE")
            if not title or not body or not collapse(clean(title)) or not date:
                continue
            dm = re.search(r"(\d{1,2})-([A-Z]{3})-(\d{4})", date)
            place, body = "", clean(body)
            dl = g("DATELINE")
            if dl:
                mm = DL_RE.match(collapse(clean(dl)))
                if mm:
                    place = re.sub(r"^[^A-Za-z]+", "", mm.group(1)).strip().rstrip(",").strip()
                    if mm.group(2):
                        body = mm.group(2) + " " + body
            paras, rows = unwrap(body)
            if not paras or not dm:
                continue
            codes = lambda tag: re.findall(r"<D>(.*?)</D>", g(tag) or "")
            out.append(dict(newid=newid, title=collapse(clean(title)), paras=paras, rows=rows, place=place,
                            date=datetime.date(int(dm[3]), MON3[dm[2]], int(dm[1])),
                            people=codes("PEOPLE"), orgs=codes("ORGS"), topics=codes("TOPICS")))
    out.sort(key=lambda s: s["newid"])
    return out


def title_case(s):
    words, out = s.split(" "), []
    for i, w in enumerate(words):
        if w.startswith("<") or w.upper() in ACRO or w.strip(",:;'\"()").upper() in ACRO:
            out.append(w)
            continue
        lw = w.lower()
        if i and lw in SMALL and not out[-1].endswith(":"):
            out.append(lw)
            continue
        out.append(re.sub(r"(^|[-/(\"])([a-z])", lambda m: m[1] + m[2].upper(), lw))
    return " ".join(out)


def smart_quotes(s):
    s = re.sub(r'(^|[\s(\[\u2014-])"', "\\1\u201c", s).replace('"', "\u201d")
    return re.sub(r"(^|[\s(\[\u2014-])'", "\\1\u2018", s).replace("'", "\u2019")


def sentences(p):
    return [x for x in re.split(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z\"])", p) if x]


def fmt_date(d, style):
    if style == "full":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "abbr":
        return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    return f"{AP_MON[d.month - 1]} {d.day}, {d.year}"


def city_of(place):
    return ",".join(p.title() if p.isupper() else p for p in place.split(","))


def make_caption(rng, s, ch):
    city = city_of(s["place"]) if s["place"] else ""
    at = f" in {city}" if city else ""
    near = f" near {city}" if city else ""
    comm = {"cocoa": "Cocoa beans dry in the sun", "coffee": "Workers sort coffee beans",
            "sugar": "Sugar cane is harvested", "wheat": "A combine harvests wheat",
            "grain": "A combine harvests wheat", "corn": "Corn is loaded into a silo",
            "crude": "An oil refinery", "ship": "A container ship is unloaded at a port"}
    opts = []
    if s["people"]:
        p = " ".join(x.capitalize() for x in s["people"][0].split("-"))
        opts += [f"{p} speaks during a news conference{at}", f"{p} arrives for a meeting{at}"]
    if s["orgs"]:
        o = s["orgs"][0].upper()
        opts += [f"Delegates arrive for a {o} meeting{at}", f"The logo of {o} at its headquarters{at}"]
    opts += [comm[t] + near for t in s["topics"] if t in comm][:1]
    if not opts:
        opts = ([f"A general view of {city}", f"Pedestrians walk past an office building in {city}"] if city
                else []) + ["Traders work on the floor of the New York Stock Exchange"]
    subj = rng.choice(opts)
    d = s["date"] - datetime.timedelta(days=rng.randint(1, 900))
    ds = fmt_date(d, "full")
    if rng.random() < 0.15:
        ch["caption_typo"] = rng.choice(["year", "month"])
        if ch["caption_typo"] == "year":
            y = str(d.year); k = rng.randrange(4); ds = ds.replace(y, y[:k] + y[k] + y[k:])
        else:
            mo = MONTHS[d.month - 1]; k = rng.randrange(1, len(mo) - 1); ds = ds.replace(mo, mo[:k] + mo[k + 1:], 1)
    ch["caption_form"] = form = pick(rng, [("in_this", .4), ("on_date", .2), ("plain", .25), ("file_photo", .15)])
    low = subj[0].lower() + subj[1:] if subj.split()[0] in ("A", "An", "The", "Delegates", "Traders", "Workers",
                                                              "Pedestrians", "Cocoa", "Sugar", "Corn") else subj
    cap = {"in_this": f"In this {ds} file photo, {low}.", "on_date": f"{subj} on {ds}.",
           "plain": f"{subj}.", "file_photo": f"FILE PHOTO: {subj}."}[form]
    prose = [p for p, r in zip(s["paras"], s["rows"]) if not r and len(p.split()) >= 8]
    if prose and rng.random() < 0.3:
        ch["caption_body_sentence"] = True
        cap += " " + sentences(prose[0])[0]
    credit = pick(rng, [("AFP", .35), ("REUTERS", .35), ("Reuters", .1), ("AP", .1), ("REUTERS/File Photo", .1)])
    lead = pick(rng, [("PHOTO: ", .7), ("Photo: ", .3)])
    return cap, credit, lead + credit


def render_story(s, pool, seed):
    rng, ch = random.Random(f"{seed}-{s['newid']}"), {}
    ch["headline_case"] = pick(rng, [("caps", .45), ("title", .55)])
    case = (lambda t: t) if ch["headline_case"] == "caps" else title_case
    ch["smart_quotes"] = rng.random() < 0.3
    sq = smart_quotes if ch["smart_quotes"] else (lambda t: t)
    headline = sq(case(s["title"]))
    paras = [sq(p) for p in s["paras"]]
    # standfirst
    standfirst = ""
    if rng.random() < 0.4:
        cands = [x for i, (p, r) in enumerate(zip(s["paras"], s["rows"])) if i and not r
                 for x in sentences(p) if 8 <= len(x.split()) <= 35]
        cands = cands or [x for x in sentences(s["paras"][0]) if 8 <= len(x.split()) <= 35 and not s["rows"][0]]
        if cands:
            standfirst = sq(rng.choice(cands))
            if rng.random() < 0.6 and standfirst.endswith("."):
                standfirst = standfirst[:-1]
    ch["standfirst"] = bool(standfirst)
    ch["agency"] = agency = pick(rng, [("Reuters", .40), ("REUTERS", .22), ("Reuter", .04), ("reuters", .02),
                                       ("Thomson Reuters", .04), ("AFP", .10), ("Afp", .08), ("AP", .06),
                                       ("Associated Press", .02), ("dpa", .02)])
    ch["date_style"] = pick(rng, [("full", .6), ("abbr", .22), ("ap", .18)])
    agency_line = f"{agency} {fmt_date(s['date'], ch['date_style'])}"
    caption = credit = caption_line = ""
    if rng.random() < 0.35:
        caption, credit, credit_txt = make_caption(rng, s, ch)
        caption = sq(caption)
        caption_line = f"{caption} {credit_txt}"
    ch["caption"] = bool(caption)
    # dateline
    place, form = s["place"], "none"
    if place:
        form = pick(rng, [("colon", .35), ("reuters_dash", .25), ("reuters_emdash", .05), ("wire_date", .10),
                          ("dash", .05), ("none", .20)])
        if form != "none" and rng.random() < 0.1:
            place = city_of(place)
            ch["dateline_titlecase"] = True
    ch["dateline_form"] = form
    tag = "Reuters" if agency in REUTERS_FAMILY else agency.upper()
    sep = {"none": "", "colon": ": ", "reuters_dash": f" ({tag}) - ", "reuters_emdash": f" ({tag}) \u2014 ",
           "wire_date": f", {MONTHS[s['date'].month - 1][:3]} {s['date'].day} - ", "dash": " - "}[form]
    dateline = place if form != "none" else ""
    first_written = dateline + sep + paras[0]
    # related lines
    n_rel = pick(rng, [(0, .25), (1, .35), (2, .30), (3, .10)])
    gaps = [i for i in range(1, len(paras)) if not s["rows"][i - 1] and len(paras[i - 1].split()) >= 6]
    gaps = gaps or list(range(1, len(paras)))
    n_rel = min(n_rel, len(gaps))
    rel_case = case if rng.random() < 0.8 else (title_case if case is not title_case else (lambda t: t))
    related, rel_at = [], sorted(rng.sample(gaps, n_rel))
    pset = set(paras) | {headline, standfirst}
    while len(related) < n_rel:
        t = sq(rel_case(rng.choice(pool)))
        if t != headline and t.upper() != s["title"].upper() and t not in pset and t not in related:
            related.append(t)
    ch["related"] = n_rel
    ch["footer"] = fk = pick(rng, [("all", .55), ("no_reply", .15), ("moderation_faq", .10),
                                   ("comments_only", .05), ("none", .15)])
    footer = {"all": FOOTER, "no_reply": [FOOTER[0]] + FOOTER[2:], "moderation_faq": FOOTER[2:],
              "comments_only": FOOTER[:1], "none": []}[fk]
    ch["para_gap"] = pgap = pick(rng, [(1, .85), (2, .15)])
    ch["hard_wrap"] = rng.random() < 0.08
    # assemble
    L = [""] * pick(rng, [(0, .95), (1, .03), (2, .02)]) + [headline]
    L += [""] * pick(rng, [(1, .8), (2, .2)])
    if standfirst:
        L += [standfirst] + [""] * pick(rng, [(2, .5), (1, .5)])
    L.append(agency_line)
    if caption_line:
        L += [""] * pick(rng, [(0, .7), (1, .3)]) + [caption_line]
    L += [""] * pick(rng, [(1, .85), (2, .15)])
    body = [first_written] + paras[1:]
    for i, p in enumerate(body):
        if i:
            L += [""] * pgap
        if i in rel_at:
            L += [related[rel_at.index(i)]] + [""] * pgap
        L += textwrap.wrap(p, 70, break_long_words=False, break_on_hyphens=False) if ch["hard_wrap"] else [p]
    if footer:
        L += [""] * pick(rng, [(1, .8), (2, .2)])
        fgap = pick(rng, [(1, .8), (0, .2)])
        for i, f in enumerate(footer):
            L += ([""] * fgap if i else []) + [f]
    ch["trailing_ws"] = rng.random() < 0.15
    if ch["trailing_ws"]:
        L = [ln + rng.choice([" ", "  ", "\t", " \t"]) if rng.random() < 0.25 else ln for ln in L]
    ch["eol"] = eol = pick(rng, [("\n", .6), ("\r\n", .4)])
    text = eol.join(L) + eol * pick(rng, [(0, .35), (1, .6), (2, .05)])
    ch["encoding"] = enc = pick(rng, [("utf-8", .55), ("utf-8-sig", .20), ("cp1252", .25)])
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        ch["encoding"] = enc = "utf-8"
        data = text.encode(enc)
    ch["non_ascii"] = any(ord(c) > 127 for c in text)
    expected = {"key": f"reuters-{s['newid']}", "headline": collapse(headline), "standfirst": collapse(standfirst),
                "agency": agency, "date": s["date"].isoformat(), "dateline": dateline,
                "caption": collapse(caption), "photo_credit": credit, "paragraphs": [collapse(p) for p in paras],
                "noise": {"related": related, "footer": list(footer), "caption": caption_line}}
    record = {"newid": s["newid"], "choices": ch, "encoding": enc, "agency_line": agency_line,
              "first_written": first_written}
    return record, data, expected


def render_corpus_final(shared_dir, *, seed=1987, limit=None):
    stories = load(shared_dir)
    pool = sorted({s["title"] for s in stories if 4 <= len(s["title"].split()) <= 14})
    for n, s in enumerate(stories):
        if limit is not None and n >= limit:
            return
        yield render_story(s, pool, seed)


def self_check(record, data, exp):
    errs = []
    text = data.decode(record["encoding"])
    if record["encoding"] != "utf-8-sig" and text.startswith("\ufeff"):
        errs.append("stray BOM")
    flat = collapse(text)
    lines = [collapse(x) for x in text.splitlines()]
    nonblank = [x for x in lines if x]
    keys = {"key", "headline", "standfirst", "agency", "date", "dateline", "caption", "photo_credit",
            "paragraphs", "noise"}
    if set(exp) != keys:
        errs.append("keys")
    if not nonblank or nonblank[0] != exp["headline"]:
        errs.append("headline not first non-blank line")
    pieces = [exp["standfirst"], exp["caption"], exp["photo_credit"], exp["dateline"], record["agency_line"],
              collapse(record["first_written"])] + exp["paragraphs"] + exp["noise"]["related"] + exp["noise"]["footer"]
    errs += [f"missing: {p[:40]!r}" for p in pieces if p and p not in flat]
    if record["agency_line"] not in lines:
        errs.append("agency line not a line")
    if exp["noise"]["caption"]:
        i = lines.index(record["agency_line"])
        nxt = [x for x in lines[i + 1:] if x]
        if not nxt or nxt[0] != collapse(exp["noise"]["caption"]):
            errs.append("caption not right after agency line")
        if not exp["noise"]["caption"].startswith(exp["caption"]) or not exp["noise"]["caption"].endswith(exp["photo_credit"]):
            errs.append("caption/credit split")
    for r in exp["noise"]["related"]:
        if r not in lines:
            errs.append("related not a standalone line")
    noise = set(exp["noise"]["related"]) | set(exp["noise"]["footer"]) | {exp["headline"], exp["noise"]["caption"]}
    errs += [f"paragraph equals noise: {p[:40]!r}" for p in exp["paragraphs"] if p in noise]
    if not exp["paragraphs"] or any(not p or p != collapse(p) for p in exp["paragraphs"]):
        errs.append("bad paragraphs")
    if exp["dateline"] and not collapse(record["first_written"]).startswith(exp["dateline"]):
        errs.append("dateline not at start of first paragraph")
    if not collapse(record["first_written"]).endswith(exp["paragraphs"][0]):
        errs.append("first paragraph not a suffix")
    if nonblank[-len(exp["noise"]["footer"]):] != exp["noise"]["footer"] and exp["noise"]["footer"]:
        errs.append("footer not at end")
    datetime.date.fromisoformat(exp["date"])
    return errs


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else "/work/shared"
    t0, counts, fails, n, out = time.time(), collections.defaultdict(collections.Counter), 0, 0, []
    os.makedirs("/tmp/final", exist_ok=True)
    want = {"caption+related": lambda c: c["caption"] and c["related"] >= 2,
            "cp1252 non-ascii": lambda c: c["encoding"] == "cp1252" and c["non_ascii"],
            "hard-wrapped": lambda c: c["hard_wrap"], "bom+crlf": lambda c: c["encoding"] == "utf-8-sig" and c["eol"] == "\r\n",
            "wire date dateline + standfirst": lambda c: c["dateline_form"] == "wire_date" and c["standfirst"]}
    samples = {}
    for rec, data, exp in render_corpus_final(shared):
        n += 1
        for k, v in rec["choices"].items():
            counts[k][repr(v)] += 1
        counts["paragraphs"]["total"] += len(exp["paragraphs"])
        errs = self_check(rec, data, exp)
        if errs:
            fails += 1
            if fails <= 10:
                print("FAIL", exp["key"], errs)
        for name, f in want.items():
            if name not in samples and f(rec["choices"]):
                samples[name] = (data, exp)
    for i, (name, (data, exp)) in enumerate(samples.items()):
        base = f"/tmp/final/sample{i + 1}_{exp['key']}"
        open(base + ".txt", "wb").write(data)
        json.dump(dict(exp, _why=name), open(base + ".json", "w"), indent=2, ensure_ascii=False)
    print(f"stories: {n}")
    for k in sorted(counts):
        print(f"  {k}: " + ", ".join(f"{v}={c}" for v, c in counts[k].most_common()))
    print(f"self-check failures: {fails}")
    print(f"samples: {len(samples)} in /tmp/final/;  runtime {time.time() - t0:.1f}s")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
