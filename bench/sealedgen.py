"""Sealed test-data generator: Reuters-21578 stories rendered in the "seed layout".

Written blind to the parser and to the other bench/ generators; inputs were only the
spec, shared/seed/ and the corpus.  Stdlib only.  Each story draws its choices from
random.Random(f"{seed}-{newid}") in a fixed order; the related-title pool is the whole
corpus, so output never depends on `limit` or order.  Design note (choice: weight):
 Stories: TITLE + BODY non-empty after cleaning (&lt; &gt; &amp; decoded, &#N; and
   control chars dropped, "Reuter(s)" sign-off cut; text spilled into DATELINE, as in
   "THE HAGUE, March 2 - Dutch imports of fat-", put back on the body).
 Unwrap: an indented source line opens a paragraph, an unindented one continues it
   (space-joined; "anti-"+"aircraft" without space); so each table row ("Shr 28 cts vs
   22 cts", "Pay April 15") is its own paragraph.  Spacing inside paragraphs collapsed
   .85 | source (table columns) .15.  One line per paragraph .93 | wrapped 64-78 .07.
 Headline: sentence case .50 (seed) | Title Case .38 | source CAPS .12; a word takes its
   usual mid-sentence case in the body, else in the corpus; unknown <=3-letter words
   stay upper; "U.S.", "S/P" kept.  Tickers "<SRD>" dropped, "<Name>" unbracketed .70.
 Standfirst .45 when a clean 8-35 word body sentence exists (later paragraphs first,
   like the seed), final period dropped .60 | kept .40; never equal to a paragraph.
 Gaps: headline->dek 1 blank .8 | 2 .2; dek->agency 2 .6 (seed) | 1 .4; headline->agency
   1 .5 | 2 .5; before body 1; between paragraphs 1 .9 | 2 .1.
 Agency: Reuters .48 REUTERS .16 AFP .10 AP .08 Afp .06 Agencies .03 reuters .02 Reuter
   .02 "Associated Press" .02 "Agence France-Presse" .02 dpa .01.  Date (SGML DATE):
   "February 26, 1987" .62 | "Feb 26, 1987" .20 | AP "Feb. 26"/"Sept."/"March" .12 |
   zero-padded day .06.
 Caption .35: a scene from metadata (PEOPLE name as found in the body, commodity, oil,
   gold, markets, corporate) in the dateline city; "In this <date> file photo, ..." .35
   | "... on <date>." .25 | undated .40; date 30-1500 days before the story, mistyped
   .20 (year digit doubled "19866" | month letter dropped "Novemer"); the story's first
   sentence appended .40 (as in the seed).  Credit "PHOTO: REUTERS" .35 AFP .28 AP .10
   FILE .10 REUTERS/FILE .10 EXPRESS .04 | "Photo: Reuters" .03.  Right under the
   agency line .8 (seed) | after a blank .2.
 Dateline .85 (forced if paragraph 1 starts like "WORD: "): source place "NASHVILLE,
   Tenn." .6 | city only .4; city CAPS .88 | Title .12; separator ": " .69 (seed) |
   " - " .22 | " \u2014 " .05 | Reuters style "WASHINGTON, Feb 26 - " .04.
 Related lines: 0 .25 | 1 .30 | 2 .30 | 3 .15 TITLEs of other stories (other title) with
   the same first topic, else place, within +-40 on the wire; styled like the headline
   .85 | other style .15; no prefix .85 | "READ: " .06 | "Read more: " .05 | "Also read: "
   .04.  In distinct gaps (weight 3 after prose, 1 after a table row, 1 after the end).
 Footer (seed's 4 lines, in order): all .45 | none .20 | no "Replying to X" .12 |
   moderated+FAQ .10 | COMMENTS .05 | COMMENTS+moderated .05 | FAQ .03; 1 blank between
   lines .8 | 0 .2; 1 blank before it .8 | 2 .2.
 Curly quotes .50 in cp1252 files, .30 otherwise (then " -- " -> " \u2014 " .5).
 Encoding utf-8 .55 | utf-8 + BOM .15 | cp1252 .30.  Newlines LF .60 | CRLF .37 | mixed
   (footer LF) .03.  Final newline .55 (extra blank lines .1) | none .45 (seed).
 Whitespace noise: trailing blanks on 20% of lines in .15 of files; blank lines holding
   spaces/tab .10; paragraphs indented 2/4 spaces .04; 1-2 blank lines before the
   headline .06.  expected["noise"] strings are stripped of outer whitespace.
"""
import bisect, datetime, glob, json, os, pathlib, random, re, sys, textwrap, time
from collections import Counter, defaultdict

MONTHS = "January February March April May June July August September October November December".split()
AP_ABBR = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
FOOTER = ["COMMENTS", "Replying to X",
          "Comments are moderated and generally will be posted if they are on-topic and not abusive.",
          "For more information, please see our Comments FAQ"]
FOOTER_SETS = {"all": [0, 1, 2, 3], "none": [], "no-replying": [0, 2, 3], "moderated+faq": [2, 3],
               "comments-only": [0], "comments+moderated": [0, 2], "faq-only": [3]}
LOWER_ABBR = set("QTR MLN DLR DLRS PCT SHR SHRS DIV VS YR MTH MTHS CTS BLN STG BPD BBL BBLS WK WKS RPT".split())
SMALL = set("a an the and or of to in on at by for vs with from as".split())
CITY_OF = {"usa": "Washington", "uk": "London", "japan": "Tokyo", "west-germany": "Frankfurt",
           "france": "Paris", "canada": "Toronto", "brazil": "Brasilia", "australia": "Sydney",
           "belgium": "Brussels", "switzerland": "Zurich", "ussr": "Moscow", "hong-kong": "Hong Kong"}
COMMOD = {"grain": "grain", "wheat": "wheat", "corn": "corn", "soybean": "soybeans", "oilseed":
          "soybeans", "sugar": "sugar", "coffee": "coffee", "cocoa": "cocoa beans", "cotton": "cotton",
          "rice": "rice", "barley": "barley", "rubber": "rubber", "copper": "copper",
          "alum": "aluminium", "iron-steel": "steel", "veg-oil": "palm oil", "palm-oil": "palm oil"}
SCENES = {
    "person": "{who} speaks at a news conference in {loc}|{who} arrives for a meeting in {loc}|"
              "{who} talks to reporters in {loc}|{who} attends a meeting in {loc}",
    "commod": "Workers load {c} at a port near {loc}|A trader checks samples of {c} in {loc}|"
              "Sacks of {c} are stored at a warehouse in {loc}",
    "oil": "An oil pump jack is seen at sunset|Oil storage tanks are seen near {loc}",
    "gold": "Gold bars are displayed at a bank in {loc}",
    "fin": "Traders watch screens in a dealing room in {loc}|A bank employee counts banknotes in {loc}",
    "corp": "The company's logo is seen outside its offices in {loc}|Pedestrians walk past an office "
            "building in {loc}|A trader works on the floor of the New York Stock Exchange"}
FIN = {"money-fx", "interest", "dlr", "yen", "money-supply", "reserves", "gnp", "cpi", "bop", "trade"}
BAD_END = re.compile(r"(?:\b[A-Z]\.|\b(?:Inc|Corp|Co|Ltd|Bhd|Jr|Sr|Mr|Mrs|Dr|St|Gen|Sen|Rep|Gov|No|vs|"
                     r"Calif|Mass|Conn|Ill|Tex|Fla|Pa|Va|Md|Ore|Wash|Mich|Ind|Ont)\.)$")
TICKER = r"<[A-Z0-9.]{1,6}>"


pick = lambda rng, weights: rng.choices(list(weights), list(weights.values()))[0]
collapse = lambda s: " ".join(s.split())


def unescape(s):
    s = re.sub(r"&#\d+;", "", s).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", "", s)


# ------------------------------------------------------------------ corpus
def split_place(raw):
    """DATELINE tag -> (place or '', text spilled after the ' - ')."""
    s = re.sub(r"^[^A-Za-z]+|^[a-z]\s+", "", collapse(unescape(raw)))
    m = re.match(r"^(.*?)\s+-{1,2}(?:\s+(.*))?$", s)
    if not m:
        return "", ""  # no " - ": not a usable dateline
    date = r",?\s*(?:[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9})\s*,?(?:\s*Reuter)?\s*$"
    head = re.sub(date, "", m.group(1))
    dated = head != m.group(1)
    spill = (m.group(2) or "") if dated else ""
    head = re.sub(r"[^A-Za-z .,'/&-]", "", head).strip(" ,")
    parts = [p.strip() for p in head.split(",") if p.strip()]
    if not parts or len(parts) > 2 or not (dated or parts[0].isupper()) or len(head) > 40:
        return "", spill
    return ", ".join([parts[0].upper()] + parts[1:]), spill


def unwrap(text):
    """Hard-wrapped Reuters body -> [(paragraph with source spacing, collapsed)]."""
    groups, cur = [], None
    for line in text.split("\n"):
        if not line.strip():
            cur = None
        elif cur is None or line[0] in " \t":
            cur = [line.strip()]
            groups.append(cur)
        else:
            cur.append(line.rstrip())
    raws = [re.sub(r"(?<=[A-Za-z]-)\n", "", "\n".join(g)).replace("\n", " ") for g in groups]
    return [(raw, collapse(raw)) for raw in raws]


def case_counts(paras, wanted):
    """Mid-sentence spellings of the wanted (upper-cased) words."""
    cnt = defaultdict(Counter)
    for p in paras:
        for m in re.finditer(r"[A-Za-z]+", p):
            if m.group().upper() in wanted:
                before = p[max(0, m.start() - 3):m.start()].rstrip()
                if before and before[-1] not in '.!?:"':
                    cnt[m.group().upper()][m.group()] += 1
    return cnt


def load_corpus(shared_dir):
    stories, pat = [], re.compile(r'<REUTERS[^>]*NEWID="(\d+)">(.*?)</REUTERS>', re.S)
    for path in sorted(glob.glob(os.path.join(shared_dir, "corpora", "reuters21578", "*.sgm"))):
        with open(path, encoding="latin-1") as fh:
            data = fh.read()
        for m in pat.finditer(data):
            b = m.group(2)
            get = lambda tag: (re.search(rf"<{tag}>(.*?)</{tag}>", b, re.S) or [None, ""])[1]
            title, body = collapse(unescape(get("TITLE"))), get("BODY")
            d = re.match(r"\s*(\d{1,2})-([A-Z]{3})-(\d{4})", get("DATE"))
            if not title or not body.strip() or not d:
                continue
            place, spill = split_place(get("DATELINE"))
            text = re.sub(r"\s+reuters?\s*$", "", unescape(body), flags=re.I)
            if spill:
                text = spill + ("" if re.search(r"[A-Za-z]-$", spill) else " ") + text
            paras = [p for p in unwrap(text) if p[1]]
            if not paras:
                continue
            mon = [x[:3].upper() for x in MONTHS].index(d.group(2)) + 1
            stories.append(dict(newid=int(m.group(1)), title=title, place=place, paras=paras,
                                date=datetime.date(int(d.group(3)), mon, int(d.group(1))),
                                **{t: re.findall(r"<D>(.*?)</D>", get(t)) for t in ("TOPICS", "PLACES", "PEOPLE")}))
    stories.sort(key=lambda s: s["newid"])
    runs = {s["newid"]: set(re.findall(r"[A-Za-z]+", s["title"].upper())) for s in stories}
    gcase = case_counts([p for s in stories for _, p in s["paras"]], set().union(*runs.values()))
    for s in stories:
        s["case"], s["gcase"] = case_counts([p for _, p in s["paras"]], runs[s["newid"]]), gcase
        s["tkey"] = re.sub(r"[^A-Z0-9]", "", re.sub(TICKER, "", s["title"].upper()))
    return stories


# ------------------------------------------------------------------ text styling
def style_headline(st, mode, strip_tickers):
    title = st["title"]
    if strip_tickers:
        title = re.sub(r"<([^<>]+)>", r"\1", re.sub(r"\s*" + TICKER, "", title))
    title = collapse(title)
    if mode == "caps":
        return title
    out, first = [], [True]
    for tok in title.split(" "):
        def fix(m):
            run, i = m.group(), m.start()
            is_first, first[0] = first[0], False
            if i and (tok[i - 1].isdigit() or (tok[i - 1] == "'" and len(run) <= 2)):
                return run.lower()  # 3RD, REAGAN'S, DON'T
            if len(run) <= 2 and re.search(r"[./&]", tok):
                return run  # U.S., S/P, AT&T
            forms = st["case"].get(run) or st["gcase"].get(run)
            if re.search(r"\d", tok) or run in LOWER_ABBR or (run == "MAY" and not re.search(r"MAY \d", title)):
                base = run.lower()
            elif forms:
                best = forms.most_common(1)[0][0]
                base = run.lower() if best.islower() else best
            else:
                base = run if len(run) <= 3 else run.lower()
            if base.islower() and (is_first or (mode == "title" and base not in SMALL)):
                base = base[0].upper() + base[1:]
            return base
        out.append(tok if re.fullmatch(TICKER, tok) else re.sub(r"[A-Za-z]+", fix, tok))
    return " ".join(out)


def curly(s, dashes):
    s = re.sub(r'(^|[\s(\[{])"', "\\1\u201c", s).replace('"', "\u201d")
    s = re.sub(r"(?<=[A-Za-z0-9.,!?])'", "\u2019", s)
    s = re.sub(r"(^|[\s(\[{\u201c])'", "\\1\u2018", s).replace("'", "\u2019")
    return s.replace(" -- ", " \u2014 ") if dashes else s


def sentences(p, lo=8, hi=35):
    """Whole sentences of a paragraph (no fragments split at abbreviations)."""
    out, ok_start = [], True
    for s in re.split(r'(?:(?<=[.!?])|(?<=[.!?]"))\s+(?=["A-Z])', p):
        good_end = s.endswith((".", '."')) and not BAD_END.search(s.rstrip('"'))
        if ok_start and good_end and lo <= len(s.split()) <= hi and s.count('"') % 2 == 0:
            out.append(s)
        ok_start = good_end
    return out


def fmt_date(d, style):
    month = {"abbr": MONTHS[d.month - 1][:3], "ap": AP_ABBR.get(d.month, MONTHS[d.month - 1])}
    day = f"{d.day:02d}" if style == "padded" else str(d.day)
    return f"{month.get(style, MONTHS[d.month - 1])} {day}, {d.year}"


def caption_for(rng, st, loc, summary, ch):
    text, who = " ".join(p for _, p in st["paras"]), None
    for code in st["PEOPLE"]:
        sur = code.split("-")[-1].capitalize()
        m = re.search(r"(?:[A-Z][A-Za-z.'-]+ ){0,3}" + re.escape(sur) + r"\b", text)
        if m and len(sur) > 2:
            who = re.sub(r"^(?:The|A|An|But|And|In|On) ", "", m.group(0))
            break
    loc = loc or CITY_OF.get((st["PLACES"] or ["usa"])[0], "New York")
    topics, commod = set(st["TOPICS"]), next((COMMOD[t] for t in st["TOPICS"] if t in COMMOD), None)
    scene = "person" if who else "commod" if commod else "oil" if {"crude", "nat-gas"} & topics else \
        "gold" if "gold" in topics else "fin" if FIN & topics else "corp"
    desc = rng.choice(SCENES[scene].split("|")).format(who=who, loc=loc, c=commod)
    cd = st["date"] - datetime.timedelta(days=rng.randint(30, 1500))
    ds = fmt_date(cd, pick(rng, {"full": .7, "abbr": .15, "ap": .15}))
    typo = pick(rng, {"none": .8, "year": .1, "month": .1})
    word = ds.split(" ")[0].rstrip(".")
    if typo == "year":
        ds = ds[:-2] + ds[-2] + ds[-2:]
    elif typo == "month" and len(word) > 4:
        i = rng.randint(2, len(word) - 2)
        ds = word[:i] + word[i + 1:] + ds[len(word):]
    ch["caption_typo"] = typo if typo != "month" or len(word) > 4 else "none"
    text = {"file-photo": f"In this {ds} file photo, {desc if who else desc[0].lower() + desc[1:]}.",
            "on-date": f"{desc} on {ds}."}.get(ch["caption"], desc + ".")
    ch["caption_summary"] = bool(summary) and rng.random() < .4
    return text + (" " + summary if ch["caption_summary"] else ""), cd


# ------------------------------------------------------------------ rendering
def render_story(st, stories, index, by_topic, seed):
    rng, ch, blank = random.Random(f"{seed}-{st['newid']}"), {}, ("", "")
    ch["encoding"] = enc = pick(rng, {"utf-8": .55, "utf-8-sig": .15, "cp1252": .30})
    ch["curly"] = rng.random() < (.5 if enc == "cp1252" else .3)
    dashes = ch["curly"] and rng.random() < .5
    ty = (lambda s: curly(s, dashes)) if ch["curly"] else (lambda s: s)
    ch["spacing"] = pick(rng, {"collapsed": .85, "source": .15})
    ch["wrap"] = rng.random() < .07
    paras = [(ty(raw), ty(col)) for raw, col in st["paras"]]
    exp_paras = [c for _, c in paras]
    ch["headline_style"] = mode = pick(rng, {"sentence": .50, "title": .38, "caps": .12})
    ch["tickers"] = pick(rng, {"strip": .7, "keep": .3})
    headline = ty(style_headline(st, mode, ch["tickers"] == "strip"))
    # standfirst
    cands = [s for _, p in paras[1:] for s in sentences(p)] or sentences(paras[0][1])
    cands = [s for s in cands if s not in exp_paras and s[:-1] not in exp_paras and s != headline]
    ch["standfirst"], standfirst = "none", ""
    if cands and rng.random() < .45:
        s = rng.choice(cands)
        ch["standfirst"] = pick(rng, {"no-period": .6, "period": .4})
        standfirst = s[:-1] if ch["standfirst"] == "no-period" and s.endswith(".") else s
    ch["agency"] = agency = pick(rng, {"Reuters": .48, "REUTERS": .16, "AFP": .10, "AP": .08, "Afp": .06,
                                       "Agencies": .03, "reuters": .02, "Reuter": .02, "Associated Press": .02,
                                       "Agence France-Presse": .02, "dpa": .01})
    ch["date_fmt"] = pick(rng, {"full": .62, "abbr": .20, "ap": .12, "padded": .06})
    agency_line = f"{agency} {fmt_date(st['date'], ch['date_fmt'])}"
    # dateline
    place, dl, sep, ch["dateline"] = st["place"], "", "", "none"
    forced = bool(re.match(r"^[A-Z][A-Z .,'&/-]{1,30}(?::| -) ", paras[0][1]))
    if place and (forced or rng.random() < .85):
        city = place.split(",")[0]
        ch["dateline"] = pick(rng, {"as-source": .6, "city": .4}) if "," in place else "city"
        dl = place if ch["dateline"] == "as-source" else city
        ch["dateline_case"] = pick(rng, {"caps": .88, "title": .12})
        if ch["dateline_case"] == "title":
            dl = city.title() + dl[len(city):]
        ch["dateline_sep"] = pick(rng, {"colon": .69, "hyphen": .22, "emdash": .05, "reuters": .04})
        sep = {"colon": ": ", "emdash": " \u2014 "}.get(ch["dateline_sep"], " - ")
        if ch["dateline_sep"] == "reuters":
            mon = MONTHS[st["date"].month - 1]
            dl += f", {mon if 3 <= st['date'].month <= 7 else mon[:3]} {st['date'].day}"
    # caption
    ch["caption"] = pick(rng, {"none": .65, "file-photo": .35 * .35, "on-date": .35 * .25, "undated": .35 * .40})
    caption = credit = cap_line = cap_date = ""
    if ch["caption"] != "none":
        first = sentences(exp_paras[0], 8, 40)
        caption, cap_date = caption_for(rng, st, place.split(",")[0].title(), first[0] if first else "", ch)
        caption = ty(caption)
        ch["credit"] = pick(rng, {"REUTERS": .35, "AFP": .28, "AP": .10, "FILE": .10, "REUTERS/FILE": .10,
                                  "EXPRESS": .04, "Photo: Reuters": .03})
        credit = "Reuters" if ch["credit"] == "Photo: Reuters" else ch["credit"]
        cap_line = f"{caption} {'Photo' if credit == 'Reuters' else 'PHOTO'}: {credit}"
        ch["caption_gap"] = pick(rng, {0: .8, 1: .2})
    # related lines
    n_rel, related, seen = pick(rng, {0: .25, 1: .30, 2: .30, 3: .15}), [], {headline.lower()}
    pool = by_topic[st["rkey"]]
    i = bisect.bisect_left(pool, st["newid"])
    for _ in range(12 if n_rel else 0):
        other = stories[index[pool[rng.randrange(max(0, i - 40), min(len(pool), i + 40))]]]
        rmode = mode if rng.random() < .85 else rng.choice(["sentence", "title", "caps"])
        line = ty(style_headline(other, rmode, True))
        if other["tkey"] != st["tkey"] and len(line.split()) >= 3 and line.lower() not in seen \
                and line not in exp_paras and line != standfirst:
            seen.add(line.lower())
            related.append(pick(rng, {"": .85, "READ: ": .06, "Read more: ": .05, "Also read: ": .04}) + line)
            if len(related) == n_rel:
                break
    ch["related_n"] = len(related)
    gaps = list(range(1, len(paras) + 1))
    gw = [3 if len(paras[g - 1][1].split()) >= 8 else 1 for g in gaps[:-1]] + [1]
    slots = defaultdict(list)
    for line in related:
        g = rng.choices(gaps, gw)[0]
        slots[g].append(line)
        gw[g - 1] = 0.05 if len(gaps) > 1 else 1
    ch["footer"] = pick(rng, {"all": .45, "none": .20, "no-replying": .12, "moderated+faq": .10,
                              "comments-only": .05, "comments+moderated": .05, "faq-only": .03})
    footer = [FOOTER[j] for j in FOOTER_SETS[ch["footer"]]]
    # layout
    ch["para_gap"], indent = pick(rng, {1: .9, 2: .1}), " " * rng.choice([2, 4]) if rng.random() < .04 else ""
    pgap, ch["indent"] = ch["para_gap"], len(indent)
    out = [blank] * (rng.choice([1, 2]) if rng.random() < .06 else 0) + [("head", headline)]
    if standfirst:
        out += [blank] * pick(rng, {1: .8, 2: .2}) + [("dek", standfirst)] + [blank] * pick(rng, {2: .6, 1: .4})
    else:
        out += [blank] * pick(rng, {1: .5, 2: .5})
    out.append(("agency", agency_line))
    if cap_line:
        out += [blank] * ch["caption_gap"] + [("caption", cap_line)]
    out.append(blank)
    width = rng.randint(64, 78)
    for i, (raw, col) in enumerate(paras):
        text = (dl + sep if i == 0 and dl else "") + (raw if ch["spacing"] == "source" else col)
        lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) \
            if ch["wrap"] and len(text) > width else [text]
        out += [("para", indent + ln) for ln in lines]
        for r in slots.get(i + 1, []):
            out += [blank] * pgap + [("related", r)]
        out += [blank] * (pgap if i < len(paras) - 1 else 0)
    if footer:
        out += [blank] * pick(rng, {1: .8, 2: .2})
        fgap = pick(rng, {1: .8, 0: .2})
        for j, f in enumerate(footer):
            out += [blank] * (fgap if j else 0) + [("footer", f)]
    ch["ws_noise"], ch["ws_blank"] = rng.random() < .15, rng.random() < .10
    noisy = lambda t: rng.choice([" ", "  ", "\t", "    "]) if not t and ch["ws_blank"] and rng.random() < .4 \
        else t + rng.choice([" ", "  ", "\t"]) if t and ch["ws_noise"] and rng.random() < .2 else t
    final = [(kind, noisy(text)) for kind, text in out]
    ch["newline"] = nl = pick(rng, {"LF": .60, "CRLF": .37, "mixed": .03})
    ch["final_newline"] = pick(rng, {"yes": .55, "no": .45})
    body = "".join(t + ("\n" if nl == "LF" or (nl == "mixed" and k == "footer") else "\r\n")
                   for k, t in final[:-1]) + final[-1][1]
    if ch["final_newline"] == "yes":
        body += ("\n" if nl == "LF" else "\r\n") * (rng.choice([2, 3]) if rng.random() < .1 else 1)
    expected = {"key": f"reuters-{st['newid']}", "headline": collapse(headline),
                "standfirst": collapse(standfirst), "agency": agency, "date": st["date"].isoformat(),
                "dateline": dl, "caption": collapse(caption), "photo_credit": credit, "paragraphs": exp_paras,
                "noise": {"related": related, "footer": footer, "caption": cap_line}}
    record = {"newid": st["newid"], "choices": ch, "sep": sep, "lines": out,
              "caption_date": cap_date.isoformat() if cap_date else ""}
    return record, body.encode(enc), expected


_CACHE = {}


def render_corpus_sealed(shared_dir, *, seed=1987, limit=None):
    if shared_dir not in _CACHE:
        stories, by_topic = load_corpus(shared_dir), defaultdict(list)
        for s in stories:
            s["rkey"] = ("T", s["TOPICS"][0]) if s["TOPICS"] else ("P", (s["PLACES"] or ["usa"])[0])
            by_topic[s["rkey"]].append(s["newid"])
        _CACHE[shared_dir] = (stories, {s["newid"]: i for i, s in enumerate(stories)}, by_topic)
    stories, index, by_topic = _CACHE[shared_dir]
    for st in stories[:limit]:
        yield render_story(st, stories, index, by_topic, seed)


# ------------------------------------------------------------------ self-check
def self_check(record, data, exp):
    enc, noise = record["choices"]["encoding"], exp["noise"]
    text = data.decode(enc).replace("\r\n", "\n").replace("\r", "\n")
    lines = [collapse(l) for l in text.split("\n") if l.strip()]
    blocks, pos, in_order = [collapse(b) for b in re.split(r"\n[ \t]*\n", text) if b.strip()], 0, True
    for p in [(exp["dateline"] + record["sep"] if exp["dateline"] else "") + exp["paragraphs"][0]] \
            + exp["paragraphs"][1:]:  # every paragraph is a whole blank-separated block, in order
        in_order = in_order and p in blocks[pos:]
        pos = blocks.index(p, pos) + 1 if in_order else pos
    m = next(filter(None, (re.fullmatch(re.escape(exp["agency"]) + r" ([A-Za-z]{3,9})\.? (\d\d?), (\d{4})", l)
                           for l in lines)), None)
    date = m and f"{m[3]}-{[x[:3] for x in MONTHS].index(m[1][:3]) + 1:02d}-{int(m[2]):02d}"
    cl, cap = noise["caption"], exp["caption"]
    checks = [
        (data.startswith(b"\xef\xbb\xbf") == (enc == "utf-8-sig"), "BOM iff utf-8-sig"),
        (not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]|&#\d+;|&lt;|&amp;", text), "control char/entity left"),
        (lines == [collapse(t) for _, t in record["lines"] if t], "non-blank lines are exactly the planned ones"),
        (lines and lines[0] == exp["headline"], "headline is the first non-blank line"),
        (in_order, "paragraphs (with dateline + separator) found as blocks, in order"),
        (all(x in lines for x in [exp["standfirst"], cl] + noise["related"] + noise["footer"] if x),
         "standfirst/caption/related/footer lines present"),
        (date == exp["date"], "agency line carries the story date"),
        (not ({exp["headline"], exp["standfirst"]} | set(noise["related"]) | set(noise["footer"]))
         & set(exp["paragraphs"]) and exp["headline"] not in noise["related"], "paragraph equals noise"),
        (not cap or (cl.startswith(cap + " ") and cl.endswith(": " + exp["photo_credit"])
                     and record["caption_date"] != exp["date"]), "caption line = caption + credit"),
        (bool(cap) == bool(exp["photo_credit"]) == bool(cl), "caption/credit pairing"),
        (bool(exp["dateline"]) == bool(record["sep"]), "dateline/separator pairing"),
        (set(exp) == {"key", "headline", "standfirst", "agency", "date", "dateline", "caption", "photo_credit",
                      "paragraphs", "noise"}, "expected keys"),
        (all(p and collapse(p) == p for p in exp["paragraphs"]), "paragraphs non-empty and collapsed"),
    ]
    return [msg for ok, msg in checks if not ok]


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                "..", "..", "shared")
    t0 = time.time()
    counts, fails, n, samples = defaultdict(Counter), [], 0, []
    for record, data, exp in render_corpus_sealed(shared):
        n += 1
        for k, v in record["choices"].items():
            counts[k][v] += 1
        counts["non_ascii_bytes"][any(b > 127 for b in data)] += 1
        counts["first_para_is_table_row"][len(exp["paragraphs"][0].split()) < 8] += 1
        errs = self_check(record, data, exp)
        if errs:
            fails.append((exp["key"], errs))
        if n in (1, 2000, 5000, 9000, 14000):
            samples.append((exp, data))
    print(f"stories rendered: {n} in {time.time() - t0:.1f}s")
    for k in sorted(counts):
        print(f"  {k}: " + ", ".join(f"{v}={c}" for v, c in counts[k].most_common()))
    print(f"self-check failures: {len(fails)}")
    for key, errs in fails[:10]:
        print("   ", key, errs)
    os.makedirs("/tmp/sealed", exist_ok=True)
    for exp, data in samples:
        pathlib.Path(f"/tmp/sealed/{exp['key']}.txt").write_bytes(data)
        pathlib.Path(f"/tmp/sealed/{exp['key']}.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False),
                                                                  encoding="utf-8")
    print("samples in /tmp/sealed/:", ", ".join(e["key"] for e, _ in samples))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
