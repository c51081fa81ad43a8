"""Blind held-out generator: renders Reuters-21578 stories as scraped seed-layout article files.

Written blind to the parser and to the other generators: only the spec, the seed file in
shared/seed/ and the corpora were read. One random.Random(f"{seed}-{newid}") per story, so a
story's bytes do not depend on limit or order. Stories: TITLE and a BODY that keeps a paragraph.

Choices and weights (per story unless said otherwise):
- Body unwrap: an indented or post-blank line starts a paragraph; prose lines join with a space
  (none after a word-final hyphen, "Iraq-"+"Turkey"); table rows (3+ inner spaces or "....") are
  one paragraph each; the "Reuter"/"MORE" sign-off, control entities and paragraphs with under
  two letters/digits are dropped; DATELINE text spilled past "Month D -" opens the body.
- Ticker brackets (<BP>, <Lord and Taylor>): keep .60 | strip .40 (codes dropped, names
  unbracketed), alike in headline, body and related titles.
- Headline case: ALL CAPS as in TITLE .30 | Title Case .35 | sentence case .35. Words take the
  spelling bodies use mid-sentence (this story, then the corpus: "U.S.", "OPEC", "Jan");
  sentence case also keeps capitalised phrases the body has ("Utah Power and Light Co"),
  capitalises a leading company name before Inc/Corp/Ltd and words no body uses. Related
  Reuters titles take the headline's style (one site, one style).
- Curly quotes and apostrophes in headline, dek, caption, body, related lines .30.
- Standfirst: none .65 | lead paragraph verbatim .16 | lead cut to 12-22 words + "..." .07 |
  a later prose paragraph .12 (none when no prose paragraph fits).
- Agency, one token, as papers credit wires: Reuters .40, REUTERS .22, Reuter .08, reuters .03,
  AFP .05, Afp .04, AP .04, Agencies .04, Reuters/AFP .03, AP/Reuters .03. Separator before
  the date: space .85 | two spaces .10 | no-break space .05.
- Date (SGML DATE): "March 2, 1987" .50 | AP "Feb. 26, 1987", "Sept. 1" .15 | "Mar 2, 1987"
  .15 | "Mar. 2, 1987" .05 | "March 02, 1987" .10 | "MARCH 2, 1987" .05.
- Caption .40. Subject: stock shot for the topic (oil, grain, coffee, cocoa, sugar, metals,
  money, trade, companies, economy, else markets) or a PEOPLE name (.5 when any), + " in <City>"
  .5 where it fits. Form: sentence .40 | "In this <date> file photo, ..." .25 | "FILE PHOTO:
  ... on <date>." .15 | "... on <date>. <lead paragraph>" .20 (seed-like). Photo date 20-1500
  days before the story; typo .20 (year digit doubled "19887" | month letter dropped). Credit
  REUTERS .45, Reuters .10, FILE .08, REUTERS/FILE .10, AFP .12, AP .05, Reuters/Stringer .10;
  label "PHOTO: " .85 | "Photo: " .15. Caption right under the agency line .75 | a blank between .25.
- Dateline: none .20 | "PLACE: " .55 | "PLACE - " .20 | "PLACE — " .05. Place: city upper-cased,
  region as in source ("CALGARY, Alberta") .75 | source form .15 | city title-cased .10. None
  when the DATELINE has no clean "Place, Month D -".
- Body: table rows keep column spacing .50; paragraphs hard-wrapped at 66-80 columns .07; lines
  indented 4 spaces .06; between paragraphs 1 blank line .85 | 2 .10 | a line of spaces .05.
- Related lines: 0 .25 | 1 .35 | 2 .25 | 3 .15, in distinct gaps between paragraphs (after a lone
  paragraph). Source: another Reuters title of 4+ words .70 (same first topic half the time) |
  a BBC headline .30 (skipped if cp1252 can't hold it). Prefix none .80 | "Read more: " .10 |
  "Also read: " .10.
- Footer: none .40 | all four lines .24 | COMMENTS + moderation .12 | moderation + FAQ .09 |
  COMMENTS .06 | moderation .09; "Comments" for COMMENTS .10; lines a blank apart .80 | adjacent
  .20; 1 blank line before it .70 | 2 .30.
- Spacing: 1-2 blank lines before the headline .10; headline->dek 1 blank .80 | 2 .20; dek->
  agency 1 .50 | 2 .50; headline->agency 1 .60 | 2 .40; no blank between agency line and first
  paragraph (no caption) .10; trailing spaces or a tab on 30% of lines .15.
- Encoding utf-8 .55 | utf-8 with BOM .15 | cp1252 .30. Line ends LF .60 | CRLF .40. Final newline .70.
"""
import collections
import datetime
import glob
import html
import json
import os
import random
import re
import sys
import textwrap
import time

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
MON_RE = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
SMALL = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "vs", "from", "with", "as"}
ACRONYMS = {"U.S.", "US", "U.K.", "UK", "EC", "EEC", "OPEC", "GATT", "IMF", "USSR", "NYSE", "SEC", "OECD", "USDA"}
SUFFIXES = {"inc", "corp", "co", "ltd", "plc", "lp", "ag", "sa", "nv", "bancorp"}
TABLE_RE = re.compile(r"\S {3,}\S|\.{4,}")
TOKEN_RE = re.compile(r"""([.!?:"]?)[)"'>,;]*\s+["'(<]*([A-Za-z][\w'&.-]*[\w.]|[A-Za-z])""")
FOOTER = ["COMMENTS", "Replying to X",
          "Comments are moderated and generally will be posted if they are on-topic and not abusive.",
          "For more information, please see our Comments FAQ"]
SHOTS = {  # topic codes -> stock photo subjects; "{in}" takes " in <City>"
    "crude nat-gas fuel heat gas pet-chem": "An oil pump jack operates in a field{in}|Oil tanks stand at a terminal{in}",
    "grain wheat corn barley rice oilseed soybean sorghum veg-oil": "A combine harvester works a wheat field|"
    "Grain is loaded onto a cargo ship{in}", "coffee": "Workers sort coffee beans at a warehouse{in}",
    "cocoa": "A farmer splits cocoa pods on a plantation", "sugar": "Workers cut sugar cane in a field",
    "gold silver platinum copper zinc tin lead nickel alum": "Metal ingots are stacked at a warehouse{in}|"
    "Gold bars are displayed at a bank{in}", "money-fx dlr yen interest money-supply dmk reserves":
    "A dealer watches screens in a foreign exchange dealing room{in}|A bank clerk counts dollar notes{in}",
    "trade ship bop": "Containers are stacked at a port{in}|A cargo ship is loaded at the docks{in}",
    "earn acq": "The company logo is displayed outside its headquarters{in}|Shareholders arrive for the annual meeting{in}",
    "jobs gnp cpi ipi retail housing income lei": "Workers assemble cars on a production line|"
    "Shoppers walk through a shopping district{in}",
    "": "Traders work on the floor of the New York Stock Exchange|Office workers walk through the financial district{in}"}
GLOBAL_FORMS = {}  # lower word -> its most common mid-sentence spelling in all bodies


def pick(rng, table):  # weighted choice from [(value, weight), ...]
    return rng.choices([v for v, _ in table], [w for _, w in table])[0]


def collapse(s):
    return " ".join(s.split())


def unescape(s):
    s = re.sub(r"&#(\d+);", lambda m: chr(int(m.group(1))) if 32 <= int(m.group(1)) != 127 else "", s)
    return html.unescape(s).replace("\t", " ")


def load_reuters(shared_dir):
    out = []
    for path in sorted(glob.glob(os.path.join(shared_dir, "corpora", "reuters21578", "*.sgm"))):
        with open(path, encoding="latin-1") as fh:
            text = fh.read()
        for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)">(.*?)</REUTERS>', text, re.S):
            s = m.group(2)
            f = {t: re.search(rf"<{t}>(.*?)</{t}>", s, re.S) for t in ("TITLE", "BODY", "DATELINE", "TOPICS", "PEOPLE")}
            if not f["TITLE"] or not f["BODY"] or not f["BODY"].group(1).strip():
                continue
            d = re.search(r"<DATE>\s*(\d+)-([A-Z]+)-(\d{4})", s)
            month = [x[:3].upper() for x in MONTHS].index(d.group(2)[:3]) + 1
            place, spill = parse_dateline(unescape(f["DATELINE"].group(1)) if f["DATELINE"] else "")
            paras = unwrap_body(unescape(f["BODY"].group(1)), spill)
            codes = {t: re.findall(r"<D>(.*?)</D>", f[t].group(1)) if f[t] else [] for t in ("TOPICS", "PEOPLE")}
            if paras:
                out.append(dict(newid=int(m.group(1)), date=(int(d.group(3)), month, int(d.group(1))),
                                title=collapse(unescape(f["TITLE"].group(1))), place=place, paras=paras,
                                topics=codes["TOPICS"], people=codes["PEOPLE"]))
    return out


def parse_dateline(raw):
    """'    CALGARY, Alberta, March 2 - ' -> ('CALGARY, Alberta', text that spilled after the dash)."""
    m = re.match(r"^([A-Za-z][A-Za-z .'/-]*(?:, ?[A-Za-z][A-Za-z. ]*)*?),? ?" + MON_RE + r" ?\d{1,2} ?-+ ?(.*)$",
                 collapse(raw), re.I)
    if not m or not re.match(r"[A-Za-z]{2}", m.group(1)):
        return None, ""
    return m.group(1).strip().rstrip(","), m.group(2).strip()


def join_lines(a, b):
    return a + b if re.search(r"[A-Za-z0-9]-$", a) else a + " " + b


def unwrap_body(raw, spill):
    lines = [ln.rstrip() for ln in raw.split("\n")]
    while lines and (not lines[-1].strip() or len(lines[-1].strip()) < 20
                     and re.fullmatch(r"\s*(reuters?\b.*|more)", lines[-1], re.I)):
        lines.pop()
    paras, prev_table = [], True
    for i, line in enumerate(lines):
        table = bool(TABLE_RE.search(line.strip()))
        if not line.strip():
            prev_table = True  # the next line starts a paragraph
        elif (line[0].isspace() and i) or table or prev_table:
            paras.append(line.strip())
            prev_table = table
        else:
            paras[-1] = join_lines(paras[-1], line.strip())
    if spill and paras:
        paras[0] = join_lines(spill, paras[0])
    return [p for p in paras if len(re.findall(r"[A-Za-z0-9]", p)) >= 2]


def strip_tickers(s):
    return re.sub(r"<([^<>]*)>", r"\1", re.sub(r" ?<[A-Z0-9.]{1,8}>", "", s))


def body_forms(paras):
    """lower word -> {spelling: count} for words not at a sentence start."""
    counts = collections.Counter()
    for p in paras:
        counts.update(t if t.count(".") > 1 else t.rstrip(".") for i, t in TOKEN_RE.findall(". " + p) if not i)
    forms = {}
    for tok, n in counts.items():
        forms.setdefault(tok.lower(), {})[tok] = n
    return forms


def case_word(w, style, forms, first, cap=False):
    if "<" in w[1:]:  # "Fleet<FLT>,": case the name, keep the code
        return case_word(w[:w.index("<", 1)], style, forms, first, cap) + w[w.index("<", 1):]
    core = re.sub(r"^[\"'(<]+|[\"'),:;?!>]+$", "", w)
    if re.fullmatch(r"<[A-Z0-9.]{1,8}>\W?", w) or not re.search(r"[A-Za-z]", core) or core in ACRONYMS:
        return w
    lead, tail = w[:w.index(core)], w[w.index(core) + len(core):]
    seen = forms.get(core.lower())
    known = max(seen, key=seen.get) if seen else GLOBAL_FORMS.get(core.lower())
    title = re.sub(r"[A-Za-z][A-Za-z']*", lambda x: x.group()[:1].upper() + x.group()[1:].lower(), core)
    if re.search(r"\d", core):
        new = core.lower()
    elif not known and len(core) <= 3 and not re.search(r"[AEIOUY]", core, re.I):
        new = core.upper()  # HK, NZ, CBT
    elif style == "sentence" and cap and core.lower() not in SMALL:
        new = known if known and known[:1].isupper() else title
    elif style == "sentence":
        lower_ok = seen and core.lower() in seen and GLOBAL_FORMS.get(core.lower()) == core.lower()
        new = core.lower() if lower_ok else known or title  # a word no body uses is a name
        new = new[:1].upper() + new[1:] if first else new
    elif known and (known.isupper() and len(known) > 1 or known[1:] != known[1:].lower()):
        new = known
    else:
        new = core.lower() if core.lower() in SMALL and not first else title
    return lead + new + tail


def body_phrases(words, body):
    """Casing of title phrases (2+ words) that the body spells with capitals: 'Utah Power and Light Co'."""
    forced, low, i = [None] * len(words), body.lower(), 0
    while i < len(words):
        for n in range(min(6, len(words) - i), 1, -1):
            phrase = " ".join(words[i:i + n]).lower()
            pos = low.find(phrase)
            end = pos + len(phrase)
            if pos < 0 or pos and low[pos - 1].isalnum() or end < len(low) and low[end].isalnum():
                continue
            seg = body[pos:end].split(" ")
            initial = not body[:pos].strip() or body[:pos].rstrip()[-1] in '.!?"'
            if any(c.isupper() for c in " ".join(seg[initial:])):
                forced[i + initial:i + n] = seg[initial:]
                i += n - 1
                break
        i += 1
    return forced


def render_title(title, style, story):
    """Headline text of `story` in a site's case style; `title` is its TITLE after ticker handling."""
    if style == "caps":
        return title
    words = title.split(" ")
    forced = body_phrases(words, story["text"]) if style == "sentence" else [None] * len(words)
    ends = [i for i, w in enumerate(words) if w.strip(",:").lower() in SUFFIXES][:1]  # company name leads
    return " ".join(f if f and i else case_word(w, style, story["forms"], i == 0, bool(ends) and i < ends[0] <= 5)
                    for i, (w, f) in enumerate(zip(words, forced)))


def curly(s):
    s = re.sub(r'(^|[\s(\[-])"', "\\1\u201c", s).replace('"', "\u201d")
    return re.sub(r"(^|[\s(\[-])'", "\\1\u2018", s).replace("'", "\u2019")


def fmt_date(y, m, d, style):
    full = MONTHS[m - 1]
    return {"full": f"{full} {d}, {y}", "ap": f"{AP_MONTHS[m - 1]} {d}, {y}", "abbr": f"{full[:3]} {d}, {y}",
            "abbr.": f"{full[:3]}{'.' if m != 5 else ''} {d}, {y}", "full0": f"{full} {d:02d}, {y}",
            "upper": f"{full.upper()} {d}, {y}"}[style]


def photo_date(rng, y, m, d):
    day = datetime.date(y, m, d) - datetime.timedelta(days=rng.randint(20, 1500))
    name, year, typo, k = MONTHS[day.month - 1], str(day.year), rng.random(), rng.randrange(4)
    if typo < 0.1:  # a year digit doubled, "19887"
        year = year[:k + 1] + year[k:]
    elif typo < 0.2:  # a month letter dropped, "Novmber"
        name = name[:k % (len(name) - 2) + 1] + name[k % (len(name) - 2) + 2:]
    return f"{name} {day.day}, {year}"


def make_caption(rng, st, lead, city):
    shots = next(v for k, v in SHOTS.items() if set(st["topics"]) & set(k.split()) or not k).split("|")
    shot, person = rng.choice(shots), st["people"] and rng.random() < 0.5
    if person:
        name = " ".join(x.capitalize() for x in rng.choice(st["people"]).split("-"))
        shot = name + rng.choice([" speaks to reporters{in}", " attends a news conference{in}", " arrives for talks{in}"])
    shot = shot.replace("{in}", f" in {city}" if city and rng.random() < 0.5 else "")
    form = pick(rng, [("plain", .40), ("inthis", .25), ("filephoto", .15), ("lead", .20)])
    when = photo_date(rng, *st["date"]) if form != "plain" else ""
    text = {"plain": f"{shot}.", "filephoto": f"FILE PHOTO: {shot} on {when}.", "lead": f"{shot} on {when}. {lead}",
            "inthis": f"In this {when} file photo, {shot if person else shot[0].lower() + shot[1:]}."}[form]
    credit = pick(rng, [("REUTERS", .45), ("Reuters", .10), ("FILE", .08), ("REUTERS/FILE", .10),
                        ("AFP", .12), ("AP", .05), ("Reuters/Stringer", .10)])
    return form, text, credit, f"{text} {pick(rng, [('PHOTO: ', .85), ('Photo: ', .15)])}{credit}"


def pick_related(rng, st, ctx, style, fix, cq, enc, taken):
    for _ in range(20):
        if rng.random() < 0.70:
            same = ctx["by_topic"].get(st["topics"][0] if st["topics"] else "")
            other = ctx["pool"][rng.choice(same if same and rng.random() < 0.5 else range(len(ctx["pool"])))]
            if other["newid"] == st["newid"]:
                continue
            rel, src = collapse(render_title(collapse(fix(other["title"])), style, other)), "reuters"
        else:
            rel, src = collapse(rng.choice(ctx["bbc"])), "bbc"
            try:
                rel.encode(enc)
            except UnicodeEncodeError:
                continue
        rel = pick(rng, [("", .80), ("Read more: ", .10), ("Also read: ", .10)]) + cq(rel)
        if rel not in taken and len(rel.split()) >= 3:
            return rel, src
    return None, None


def render_story(st, ctx, seed):
    rng, ch = random.Random(f"{seed}-{st['newid']}"), {}
    enc = ch["encoding"] = pick(rng, [("utf-8", .55), ("utf-8-sig", .15), ("cp1252", .30)])
    ch["tickers"] = pick(rng, [("keep", .6), ("strip", .4)])
    fix = strip_tickers if ch["tickers"] == "strip" else (lambda s: s)
    style = ch["headline"] = pick(rng, [("caps", .30), ("title", .35), ("sentence", .35)])
    ch["quotes"] = pick(rng, [("straight", .70), ("curly", .30)])
    cq = curly if ch["quotes"] == "curly" else (lambda s: s)
    paras = [cq(p) for p in (fix(p) for p in st["paras"]) if len(re.findall(r"[A-Za-z0-9]", p)) >= 2]
    paras = paras or [cq(st["paras"][0])]
    flat = [collapse(p) for p in paras]
    headline = cq(collapse(render_title(collapse(fix(st["title"])), style, st)))
    prose = [i for i, p in enumerate(flat) if len(p) >= 80 and p[-1] in '."\u201d' and not TABLE_RE.search(paras[i])]
    ch["standfirst"] = pick(rng, [("none", .65), ("lead", .16), ("cut", .07), ("later", .12)])
    if ch["standfirst"] in ("lead", "cut") and 0 not in prose or ch["standfirst"] == "later" and prose[-1:] in ([], [0]):
        ch["standfirst"] = "none"
    dek = {"none": lambda: "", "lead": lambda: flat[0], "later": lambda: flat[rng.choice([i for i in prose if i])],
           "cut": lambda: " ".join(flat[0].split()[:rng.randint(12, 22)]).rstrip(",;") + "..."}[ch["standfirst"]]()
    agency = ch["agency"] = pick(rng, [("Reuters", .40), ("REUTERS", .22), ("Reuter", .08), ("reuters", .03),
                                       ("AFP", .05), ("Afp", .04), ("AP", .04), ("Agencies", .04),
                                       ("Reuters/AFP", .03), ("AP/Reuters", .03)])
    sep = pick(rng, [(" ", .85), ("  ", .10), ("\u00a0", .05)])
    ch["agency_sep"], (y, m, d) = repr(sep), st["date"]
    ch["date_format"] = pick(rng, [("full", .50), ("ap", .15), ("abbr", .15), ("abbr.", .05), ("full0", .10),
                                   ("upper", .05)])
    agency_line = f"{agency}{sep}{fmt_date(y, m, d, ch['date_format'])}"
    place, dsep, dateline = st["place"], pick(rng, [("", .20), (": ", .55), (" - ", .20), (" \u2014 ", .05)]), ""
    if place and dsep:
        city, _, region = place.partition(",")
        how = ch["dateline_case"] = pick(rng, [("upper", .75), ("source", .15), ("title", .10)])
        city = {"upper": city.upper(), "source": city, "title": " ".join(w.capitalize() for w in city.split())}[how]
        dateline = city + ("," + region if region else "")
    ch["dateline"] = repr(dsep) if dateline else "none"
    ch["caption"], caption_text, credit, caption_line = "none", "", "", ""
    if rng.random() < 0.40:
        city = " ".join(w.capitalize() for w in place.split(",")[0].split()) if place else ""
        ch["caption"], caption_text, credit, caption_line = make_caption(rng, st, flat[0], city)
        caption_text, caption_line = cq(caption_text), cq(caption_line)
    n_rel = min(pick(rng, [(0, .25), (1, .35), (2, .25), (3, .15)]), max(1, len(paras) - 1))
    gaps = sorted(rng.sample(range(1, len(paras)), n_rel)) if len(paras) > 1 else [1] * n_rel
    related, rel_gaps = [], []
    for g in gaps:
        rel, src = pick_related(rng, st, ctx, style, fix, cq, enc, set(flat) | set(related) | {headline, dek})
        if rel:
            related.append(rel)
            rel_gaps.append(g)
            ch.setdefault("related_src", []).append(src)
    ch["related_n"] = len(related)
    ch["footer"] = pick(rng, [("none", .40), ("all", .24), ("comments+mod", .12), ("mod+faq", .09),
                              ("comments", .06), ("mod", .09)])
    footer = {"none": [], "all": FOOTER[:], "comments+mod": [FOOTER[0], FOOTER[2]], "mod+faq": FOOTER[2:],
              "comments": [FOOTER[0]], "mod": [FOOTER[2]]}[ch["footer"]]
    if footer and footer[0] == "COMMENTS" and rng.random() < 0.1:
        footer[0] = "Comments"
    # layout
    ch["wrapped"] = rng.random() < 0.07
    width, indent, keep_cols = rng.randint(66, 80), "    " if rng.random() < 0.06 else "", rng.random() < 0.5
    psep = pick(rng, [("\n\n", .85), ("\n\n\n", .10), ("\n  \n", .05)])
    out = ["\n" * rng.randint(1, 2) if rng.random() < 0.10 else "", headline + "\n"]
    out += ([pick(rng, [("\n", .8), ("\n\n", .2)]), dek + "\n", pick(rng, [("\n", .5), ("\n\n", .5)])] if dek
            else [pick(rng, [("\n", .6), ("\n\n", .4)])]) + [agency_line + "\n"]
    out += ([pick(rng, [("", .75), ("\n", .25)]), caption_line + "\n", pick(rng, [("\n", .85), ("\n\n", .15)])]
            if caption_line else [pick(rng, [("\n", .90), ("", .10)])])
    body = []
    for i, p in enumerate(paras):
        text = p if keep_cols and TABLE_RE.search(p) else flat[i]
        text = dateline + dsep + text if i == 0 and dateline else text
        if ch["wrapped"] and not TABLE_RE.search(text):
            text = textwrap.fill(text, width, break_on_hyphens=False, break_long_words=False)
        body.append("\n".join(indent + ln for ln in text.split("\n")))
        body += [rel for g, rel in zip(rel_gaps, related) if g == i + 1]
    out.append(psep.join(body))
    if footer:
        out += ["\n" * pick(rng, [(2, .7), (3, .3)]), pick(rng, [("\n\n", .8), ("\n", .2)]).join(footer)]
    text = "".join(out)
    if rng.random() < 0.15:
        ch["trailing_ws"] = True
        text = "\n".join(ln + rng.choice([" ", "  ", "\t"]) if ln and rng.random() < 0.3 else ln
                         for ln in text.split("\n"))
    text += "\n" if rng.random() < 0.70 else ""
    ch["eol"] = pick(rng, [("LF", .60), ("CRLF", .40)])
    data = (text.replace("\n", "\r\n") if ch["eol"] == "CRLF" else text).encode(enc)
    expected = {"key": f"reuters-{st['newid']}", "headline": headline, "standfirst": collapse(dek),
                "agency": agency, "date": f"{y:04d}-{m:02d}-{d:02d}", "dateline": dateline,
                "caption": collapse(caption_text), "photo_credit": credit, "paragraphs": flat,
                "noise": {"related": related, "footer": footer, "caption": caption_line}}
    return dict(newid=st["newid"], choices=ch, encoding=enc), data, expected


def load_bbc(shared_dir):  # first lines of the BBC stories; a few files are not UTF-8
    heads = []
    for path in sorted(glob.glob(os.path.join(shared_dir, "corpora", "bbc", "*", "*.txt"))):
        with open(path, "rb") as fh:
            first = fh.read().strip().split(b"\n")[0].strip()
        try:
            heads.append(first.decode("utf-8"))
        except UnicodeDecodeError:
            heads.append(first.decode("cp1252", "replace"))
    return [h for h in heads if len(h.split()) >= 3]


def render_corpus_blind(shared_dir, *, seed=1987, limit=None):
    stories, total = load_reuters(shared_dir), collections.Counter()
    for s in stories:
        s["forms"], s["text"] = body_forms(s["paras"]), " ".join(collapse(p) for p in s["paras"])
        total.update({tok: n for f in s["forms"].values() for tok, n in f.items()})
    GLOBAL_FORMS.clear()
    GLOBAL_FORMS.update({tok.lower(): tok for tok, _ in sorted(total.items(), key=lambda kv: kv[1])})  # commonest wins
    pool = [s for s in stories if len(s["title"].split()) >= 4 and not s["title"].startswith("*")]
    by_topic = collections.defaultdict(list)
    for i, s in enumerate(pool):
        by_topic[s["topics"][0] if s["topics"] else ""].append(i)
    by_topic.pop("", None)
    ctx = {"pool": pool, "by_topic": by_topic, "bbc": load_bbc(shared_dir)}
    for st in stories[:limit]:
        yield render_story(st, ctx, seed)


def self_check(record, data, exp):
    errs, text = [], data.decode(record["encoding"])
    if "\ufeff" in text or "\r" in text.replace("\r\n", ""):
        errs.append("stray BOM or CR")
    text = text.replace("\r\n", "\n")
    lines, flat = [collapse(ln) for ln in text.split("\n")], collapse(text)
    blocks = [collapse(b) for b in re.split(r"\n[ \t]*\n", text) if b.strip()]
    if next(ln for ln in lines if ln) != exp["headline"]:
        errs.append("headline is not the first non-blank line")
    errs += [f"{k} missing" for k in ("standfirst", "dateline", "caption", "photo_credit") if exp[k] not in flat]
    agency_lines = [ln for ln in lines if re.fullmatch(re.escape(exp["agency"]) + r" \S+ \d{1,2}, \d{4}", ln)]
    if len(agency_lines) != 1:
        errs.append("agency line")
    else:
        mon, day, year = agency_lines[0].rsplit(" ", 3)[1:]
        if f"{year}-{[x[:3] for x in MONTHS].index(mon[:3].capitalize()) + 1:02d}-{int(day[:-1]):02d}" != exp["date"]:
            errs.append("date mismatch")
    cap = exp["noise"]["caption"]
    if exp["caption"] and not (cap.endswith(exp["photo_credit"]) and cap.startswith(exp["caption"])):
        errs.append("caption/credit split")
    for i, p in enumerate(exp["paragraphs"]):
        if not p or p != collapse(p) or not any(b == p or b.endswith(" " + p) for b in blocks):
            errs.append(f"paragraph {i} is not a block of its own")
    if exp["dateline"] and not any(b.endswith(exp["dateline"] + s + exp["paragraphs"][0])
                                   for b in blocks for s in (": ", " - ", " \u2014 ")):
        errs.append("dateline not in front of the first paragraph")
    for r in exp["noise"]["related"] + exp["noise"]["footer"] + ([cap] if cap else []):
        if r in exp["paragraphs"] or r in (exp["headline"], exp["standfirst"]) or collapse(r) not in lines:
            errs.append(f"noise line clashes or is missing: {r!r}")
    return errs


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared")
    t0, counts, failures, total, samples = time.time(), collections.defaultdict(collections.Counter), 0, 0, {}
    for total, (record, data, exp) in enumerate(render_corpus_blind(shared), 1):
        c = record["choices"]
        for k, v in c.items():
            counts[k].update(str(x) for x in (v if isinstance(v, list) else [v]))
        errs = self_check(record, data, exp)
        failures += bool(errs)
        if errs and failures <= 5:
            print("FAIL", exp["key"], errs)
        wanted = {"lead-caption": c["caption"] == "lead", "cp1252-curly": c["encoding"] == "cp1252" and c["quotes"] == "curly"
                  and not data.isascii(),
                  "bbc-related-dek": "bbc" in c.get("related_src", []) and c["standfirst"] != "none",
                  "bom-crlf-table": c["encoding"] == "utf-8-sig" and c["eol"] == "CRLF" and c["related_n"] > 1
                  and exp["paragraphs"][0].startswith("Shr"), "footer-all-wrapped": c["footer"] == "all" and c["wrapped"]}
        for name, ok in wanted.items():
            if ok and name not in samples and exp["key"] not in {e["key"] for e, _ in samples.values()}:
                samples[name] = (exp, data)
    os.makedirs("/tmp/blind", exist_ok=True)
    for name, (exp, data) in samples.items():
        with open(f"/tmp/blind/{name}_{exp['key']}.txt", "wb") as fh, \
                open(f"/tmp/blind/{name}_{exp['key']}.json", "w", encoding="utf-8") as jh:
            fh.write(data)
            json.dump(exp, jh, indent=2, ensure_ascii=False)
    print(f"stories rendered: {total}")
    for k in sorted(counts):
        print(f"  {k}: " + ", ".join(f"{v}={n}" for v, n in counts[k].most_common()))
    print(f"self-check failures: {failures}")
    print(f"samples written to /tmp/blind/: {len(samples)}; runtime {time.time() - t0:.1f}s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
