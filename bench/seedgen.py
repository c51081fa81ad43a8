"""Render real Reuters-21578 stories in the scraped seed layout, with noise, and say what a parser should find.

Used by bench/parse_accuracy.py and the import benchmark. Deliberately independent of
articles.parsing: the expected values are read from the SGML here, with this
module's own (simple) reading of the source, so the parser is scored against the
source and not against itself.

    for record in iter_reuters_stories(shared_dir):
        data, expected = render_seed(record, random.Random(7), related_pool=titles)

How "expected paragraphs" come from the SGML (the same rule the Reuters layout uses,
written again here): the BODY minus its "Reuter" sign-off and &#3;, where a line
opens a new paragraph if it is indented, follows a blank line, is laid out in
columns (three or more spaces, or a tab, inside it) or follows such a line; every
other line is joined to the one before with a space. Whitespace runs become one space.
"""

from __future__ import annotations

import html
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

__all__ = [
    "SourceStory",
    "find_shared_dir",
    "iter_reuters_stories",
    "related_title_pool",
    "render_seed",
    "render_corpus",
    "render_corpus_alt",
    "render_seed_alt",
    "sentence_case",
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]


@dataclass
class SourceStory:
    """One <REUTERS> element, read straight from the SGML."""

    file: str
    newid: str
    title: str  # as written, entities unescaped (ALL CAPS)
    published_at: datetime | None
    place: str  # the DATELINE's place, "" if none
    paragraphs: list[str] = field(default_factory=list)
    byline: str = ""


def find_shared_dir(start: Path | None = None) -> Path | None:
    """../shared next to the repository, or $NEWSROOM_SHARED."""
    import os

    env = os.environ.get("NEWSROOM_SHARED")
    if env and Path(env).is_dir():
        return Path(env)
    repo = (start or Path(__file__)).resolve()
    for parent in [repo, *repo.parents]:
        candidate = parent.parent / "shared"
        if (candidate / "corpora").is_dir():
            return candidate
    return None


def _entity_text(raw: str) -> str:
    return html.unescape(re.sub(r"&#(\d+);", lambda m: "" if int(m.group(1)) < 32 else m.group(0), raw))


def _place(dateline: str) -> tuple[str, str]:
    text = " ".join(dateline.split())
    if " -" in text:
        head, rest = text.split(" -", 1)
    else:
        head, rest = text.rstrip("-"), ""
    kept = []
    for part in head.split(","):
        part = part.strip()
        words = part.split()
        monthish = len(words) == 2 and (words[0].isalpha() and words[1].isdigit() or words[0].isdigit() and words[1].isalpha())
        if not part or any(ch.isdigit() for ch in part) or monthish:
            break
        kept.append(part)
    return ", ".join(kept).strip(" -"), rest.strip()


def source_paragraphs(body: str) -> list[str]:
    """Paragraphs of a Reuters BODY (see the module docstring)."""
    lines = body.replace("\r", "\n").split("\n")
    while lines and lines[-1].strip() == "":
        lines.pop()
    if lines:
        last = lines[-1]
        m = re.search(r"(^\s*|\s\s+|(?<=[.;:)\"'])\s+)(reuters?)((\.\.\.)|\^M|\s)*$", last, re.I)
        if m:
            lines[-1] = last[: m.start(2)]
    paragraphs: list[str] = []
    current: list[str] | None = None
    after_table = False
    for line in lines:
        if line.strip() == "":
            current = None
            continue
        columns = re.search(r"\S(   +|\t)\S", line.strip()) is not None
        if current is None or line[0] in " \t" or columns or after_table:
            current = []
            paragraphs.append(current)  # type: ignore[arg-type]
        current.append(line.strip())
        after_table = columns
    out = []
    for p in paragraphs:
        text = " ".join(" ".join(p).split())
        if text:
            out.append(text)
    return out


def iter_reuters_stories(shared_dir: Path | str, *, with_body_only: bool = True) -> Iterator[SourceStory]:
    """Every <REUTERS> story with a TITLE (and, by default, a non-empty BODY), in file order."""
    folder = Path(shared_dir) / "corpora" / "reuters21578"
    for path in sorted(folder.glob("reut2-*.sgm")):
        text = path.read_bytes().decode("latin-1")
        for m in re.finditer(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", text, re.S):
            inner = m.group(2)
            newid = re.search(r'NEWID="(\d+)"', m.group(1))
            title = re.search(r"<TITLE>(.*?)</TITLE>", inner, re.S)
            body = re.search(r"<BODY>(.*?)</BODY>", inner, re.S)
            if title is None or (with_body_only and body is None):
                continue
            stamp = re.search(r"<DATE>\s*(\d+)-(\w{3})-(\d{4}) (\d+):(\d+):(\d+)", inner)
            published = None
            if stamp:
                month = [m[:3].upper() for m in MONTHS].index(stamp.group(2).upper()) + 1
                hms = [int(stamp.group(i)) for i in (4, 5, 6)]
                if not (hms[0] < 24 and hms[1] < 60 and hms[2] < 60):
                    hms = [12, 0, 0]  # a garbled time of day: keep the day
                published = datetime(int(stamp.group(3)), month, int(stamp.group(1)), *hms, tzinfo=timezone.utc)
            dateline = re.search(r"<DATELINE>(.*?)</DATELINE>", inner, re.S)
            place, run_on = _place(_entity_text(dateline.group(1))) if dateline else ("", "")
            body_text = _entity_text(body.group(1)) if body else ""
            paragraphs = source_paragraphs((run_on + " " if run_on else "") + body_text)
            if with_body_only and not paragraphs or published is None:
                continue
            author = re.search(r"<AUTHOR>(.*?)</AUTHOR>", inner, re.S)
            yield SourceStory(
                file=path.name,
                newid=newid.group(1) if newid else "",
                title=" ".join(_entity_text(title.group(1)).split()).lstrip("*").strip(),
                published_at=published,
                place=place,
                paragraphs=paragraphs,
                byline=" ".join(_entity_text(author.group(1)).split()) if author else "",
            )


def sentence_case(title: str, body: str = "") -> str:
    """How a news site would show a wire title: tickers dropped, sentence case, names kept."""
    # Tickers ("<SRD>", "<BP.L>") go; names of unlisted companies ("<ANCHOR GLASS>") stay.
    title = re.sub(r"\s*(?:<[A-Z0-9.&-]{1,9}>|\([A-Z]{2,5}(?:\.[A-Z]{1,2})?\))", "", title)
    title = re.sub(r"<([^<>]*)>", r"\1", title).strip().rstrip(".")
    title = " ".join(title.split())
    # Names: capitalised words that do not open a sentence.
    capitalised = set(re.findall(r"(?<=[a-z0-9,;] )[A-Z][a-z]+\b", body))
    words = []
    for i, word in enumerate(title.split()):
        lower = word.lower()
        if word.capitalize() in capitalised or (len(word) <= 4 and "." in word):
            words.append(word.capitalize() if word.capitalize() in capitalised else word.upper())
        elif i == 0:
            words.append(lower[:1].upper() + lower[1:])
        else:
            words.append(lower)
    line = " ".join(words)
    # The first letter is a capital even after an opening bracket or quote.
    return re.sub(r"^([^A-Za-z0-9]*)([a-z])", lambda m: m.group(1) + m.group(2).upper(), line)


CUT_OFF = {"a", "an", "and", "the", "of", "to", "in", "for", "with", "by", "from", "at", "on", "or", "its", "-"}


def related_title_pool(stories: list[SourceStory]) -> list[str]:
    """Other stories' titles as a site's related-story links show them."""
    pool = []
    for story in stories:
        line = sentence_case(story.title, " ".join(story.paragraphs))
        words = line.split()
        # Titles that read as headlines: a few words, not cut off mid-phrase ("... merger with").
        if 3 <= len(words) <= 16 and not line.isupper() and words[-1].lower() not in CUT_OFF:
            pool.append(line)
    return pool


FOOTERS = [
    ["COMMENTS", "Replying to X", "Comments are moderated and generally will be posted if they are on-topic and not abusive.",
     "For more information, please see our Comments FAQ"],
    ["COMMENTS (2)", "Replying to X", "Comments are moderated and generally will be posted if they are on-topic and not abusive.",
     "For more information, please see our Comments FAQ"],
    ["Comments", "Leave a comment", "For more information, please see our Comments FAQ"],
    ["Published in The Express Tribune, {date_long}.", "Like Business on Facebook, follow @TribuneBiz on Twitter to stay informed and join in the conversation."],
    ["Share this article", "COMMENTS", "Replying to X", "Comments are moderated and generally will be posted if they are on-topic and not abusive."],
]

CREDITS = ["PHOTO: REUTERS", "PHOTO: Reuters", "PHOTO: REUTERS/File", "PHOTO: AFP", "(Reuters Photo)", "PHOTO: REUTERS/Staff"]
FILE_PHOTO_OPENERS = ["In this {date} file photo, ", "A file photo taken on {date} shows that ", "Photo taken {date}: ", ""]


def _date_variants(day: datetime, rng: random.Random) -> str:
    m = day.month - 1
    style = rng.randrange(5)
    if style == 0:
        return f"{MONTHS[m]} {day.day}, {day.year}"
    if style == 1:
        return f"{SHORT_MONTHS[m]} {day.day}, {day.year}"
    if style == 2:
        short = SHORT_MONTHS[m]
        return f"{short}{'.' if short != MONTHS[m] else ''} {day.day}, {day.year}"
    if style == 3:
        return f"{day.day} {MONTHS[m]} {day.year}"
    return f"{MONTHS[m]} {day.day} {day.year}"


def _caption_date(day: datetime, rng: random.Random) -> str:
    year = str(day.year - rng.randrange(3))
    if rng.random() < 0.3:  # the caption's own typo, as in the seed ("20115")
        i = rng.randrange(1, len(year))
        year = year[:i] + year[i - 1] + year[i:]
    return f"{MONTHS[rng.randrange(12)]} {rng.randrange(1, 29)}, {year}"


def _first_sentence(text: str) -> str:
    m = re.match(r"(.+?[a-z0-9)]{2}[.!?])\s+[A-Z\"]", text)
    return (m.group(1) if m else text).strip()


def _ends_sentence(text: str) -> bool:
    return re.search(r"[.!?][\"')\]]*$", text) is not None


def _encode(text, encodings, rng):
    """(bytes, the encoding used): one drawn from ``encodings``, or UTF-8 where it cannot write the text."""
    encoding = rng.choice(encodings)
    try:
        return text.encode(encoding), encoding
    except UnicodeEncodeError:
        return text.encode("utf-8"), "utf-8"


def _with_dateline(place, day, paragraphs, rng):
    """The paragraphs with the dateline written into the first, in one of the
    styles sites use ("WASHINGTON: ", "Washington (Reuters) - " ...), and the
    dateline a parser should find ("" when none was written)."""
    style = rng.randrange(5) if place else 4
    short_date = f"{SHORT_MONTHS[day.month - 1]} {day.day}"
    prefix = ["{P}: ", "{p} (Reuters) - ", "{p}, {d} (Reuters) - ", "{p}, {d} - ", ""][style]
    written_place = place.upper() if style == 0 else place
    rendered = [prefix.format(P=written_place, p=written_place, d=short_date) + paragraphs[0]] + paragraphs[1:]
    return rendered, (written_place if prefix else "")


def _make_caption(paragraphs, day, rng, probability, credits, openers):
    """(caption, credit line) for a photo of the story, or None (no caption this time).

    "In this <date> file photo, <a sentence of the story>": the caption's own
    date, sometimes mistyped, is not the story's.
    """
    sentences = [p for p in paragraphs if _ends_sentence(p) and len(p) > 40]
    if not (sentences and rng.random() < probability):
        return None
    credit_text = rng.choice(credits)
    opener = rng.choice(openers).format(date=_caption_date(day, rng))
    sentence = _first_sentence(rng.choice(sentences))
    if opener.endswith((", ", "that ")) and not sentence[1:2].isupper():
        sentence = sentence[:1].lower() + sentence[1:]
    return opener + sentence, credit_text


def render_seed(record: SourceStory, rng: random.Random, related_pool: list[str] | tuple[str, ...] = ()) -> tuple[bytes, dict]:
    """The story as a scraped web page in the seed layout, and what a parser should read from it.

    `expected` holds headline, standfirst, agency, date (ISO date), dateline,
    caption, photo_credit and paragraphs, plus `noise`: the related-story lines,
    footer lines and caption line that must not end up in the body.
    """
    body = " ".join(record.paragraphs)
    headline = sentence_case(record.title, body) or record.title
    paragraphs = list(record.paragraphs)
    lines: list[str] = [headline, ""]
    expected: dict = {"headline": headline, "standfirst": "", "caption": "", "photo_credit": "",
                      "noise": {"related": [], "footer": [], "caption": ""}}

    if rng.random() < 0.35 and _ends_sentence(paragraphs[0]) and len(paragraphs[0]) > 60:
        standfirst = _first_sentence(paragraphs[0]).rstrip(".")
        lines += [standfirst, ""] + [""] * rng.randrange(2)
        expected["standfirst"] = standfirst

    agency = rng.choice(["Reuters", "Reuters", "REUTERS", "Reuter", "Reuters"])
    day = record.published_at
    lines.append(f"{agency} {_date_variants(day, rng)}")
    expected["agency"] = agency
    expected["date"] = day.date().isoformat()

    made = _make_caption(paragraphs, day, rng, 0.4, CREDITS, FILE_PHOTO_OPENERS)
    if made:
        caption, credit_text = made
        caption_line = f"{caption} {credit_text}"
        if rng.random() < 0.4:
            lines.append("")
        lines.append(caption_line)
        expected["caption"] = caption
        expected["photo_credit"] = credit_text.strip("()").split(":", 1)[-1].strip() if ":" in credit_text else credit_text.strip("()")
        expected["noise"]["caption"] = caption_line
    lines.append("")

    rendered, expected["dateline"] = _with_dateline(record.place, day, paragraphs, rng)
    expected["paragraphs"] = paragraphs

    # Related-story links: inserted by the site after a finished text paragraph.
    gaps = [i for i in range(len(rendered) - 1) if _ends_sentence(rendered[i])]
    inserts: dict[int, str] = {}
    if related_pool and gaps and rng.random() < 0.6:
        for gap in rng.sample(gaps, min(len(gaps), rng.randrange(1, 4))):
            title = rng.choice(related_pool)
            if title != headline:
                inserts[gap] = title
                expected["noise"]["related"].append(title)

    separators = ["\n\n", "\n\n", "\n\n\n", "\n \n"]
    out = "\n".join(lines) + "\n"
    for i, paragraph in enumerate(rendered):
        text = paragraph
        if rng.random() < 0.1:
            text = "  " + text.replace(" ", "  ", 1) + " \t"
        out += text + rng.choice(separators)
        if i in inserts:
            out += inserts[i] + rng.choice(separators)

    if rng.random() < 0.5:
        date_long = f"{MONTHS[day.month - 1]} {day.day}th, {day.year}"
        footer = [line.format(date_long=date_long) for line in rng.choice(FOOTERS)]
        out += "\n\n".join(footer)
        expected["noise"]["footer"] = footer

    if rng.random() < 0.3:
        out = out.replace("\n", "\r\n")
    data, expected["encoding"] = _encode(out, ["utf-8", "utf-8", "utf-8-sig", "cp1252"], rng)
    expected["key"] = f"{record.file}#{record.newid}"
    return data, expected


def render_corpus(shared_dir: Path | str, *, seed: int = 1987, limit: int | None = None) -> Iterator[tuple[SourceStory, bytes, dict]]:
    """Every Reuters story with a body, rendered with noise; deterministic for a given seed."""
    stories = list(iter_reuters_stories(shared_dir))
    if limit is not None:
        stories = random.Random(seed).sample(stories, min(limit, len(stories)))
    pool = related_title_pool(stories if limit is None else list(iter_reuters_stories(shared_dir)))
    for story in stories:
        rng = random.Random(f"{seed}:{story.file}:{story.newid}")
        data, expected = render_seed(story, rng, related_pool=pool)
        yield story, data, expected


# --- the "alt" noise: an adversarial generator, written without looking at the parser's rules ----
#
# The default noise above puts related-story links only where the parser looks for them
# (after a paragraph that ends a sentence, never last). This one is what another site
# could plausibly do: links at ANY gap between paragraphs (before the first paragraph,
# right after the caption, after a table row, a colon or a quotation, before the footer,
# at the very end), sometimes two in a row, taken from Reuters titles in sentence case
# and Title Case and from BBC headlines, with attribution colons and question marks;
# footers in several shapes or missing; agency/date lines from several agencies and
# sites; captions with their own (mistyped) dates and several credit styles. Expected
# values still come from the SGML (and the BBC first lines), never from the parser.

TITLE_SMALL = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "vs", "with"}


def title_case(title: str) -> str:
    """A wire title as a site that capitalises every word shows it: "U.S. Grain Exports Seen Rising"."""
    title = re.sub(r"\s*(?:<[A-Z0-9.&-]{1,9}>|\([A-Z]{2,5}(?:\.[A-Z]{1,2})?\))", "", title)
    title = re.sub(r"<([^<>]*)>", r"\1", title).strip().rstrip(".")
    words = []
    for i, word in enumerate(title.split()):
        lower = word.lower()
        if "." in word and len(word) <= 5:
            words.append(word.upper())
        elif i and lower in TITLE_SMALL:
            words.append(lower)
        else:
            words.append("-".join(part[:1].upper() + part[1:] for part in lower.split("-")))
    return " ".join(words)


def bbc_headlines(shared_dir: Path | str) -> list[str]:
    out = []
    for path in sorted((Path(shared_dir) / "corpora" / "bbc").glob("*/*.txt")):
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252")
        line = " ".join(html.unescape(text.split("\n", 1)[0]).split())
        if len(line.split()) >= 2:
            out.append(line)
    return out


@dataclass
class AltPools:
    sentence: list[str]
    title: list[str]
    bbc: list[str]


def alt_pools(stories: list[SourceStory], shared_dir: Path | str) -> AltPools:
    sentence, titled = [], []
    for story in stories:
        line = sentence_case(story.title, " ".join(story.paragraphs))
        n = len(line.split())
        if 2 <= n <= 20 and not line.isupper():
            sentence.append(line)
            titled.append(title_case(story.title))
    return AltPools(sentence, titled, bbc_headlines(shared_dir))


ATTRIBUTIONS = ["Pentagon", "officials", "report", "minister", "analysts", "sources", "study", "police", "UN", "White House"]
ALT_AGENCIES = ["AFP", "Afp", "Reuters", "REUTERS", "Reuter", "Associated Press", "AP"]
ALT_CREDITS = ["PHOTO: AFP", "Photo: Reuters", "PHOTO: AP/John Smith", "PHOTO: REUTERS", "Photo: AFP/Getty Images", "PHOTO: REUTERS/File"]
ALT_FILE_PHOTO_OPENERS = ["In this {date} file photo, ", "A file photo taken on {date} shows that ", "Photo taken {date}: ",
                          "This picture taken on {date} shows that ", ""]


def _alt_related(pools: AltPools, rng: random.Random, headline: str) -> str:
    while True:
        r = rng.random()
        pool = pools.sentence if r < 0.45 else pools.title if r < 0.7 else pools.bbc
        line = rng.choice(pool)
        if line != headline:
            break
    r = rng.random()
    if r < 0.12 and not line.endswith(("?", ":")):
        line += ": " + rng.choice(ATTRIBUTIONS)
    elif r < 0.18 and not line.endswith("?"):
        line += "?"
    return line


def _alt_month(day: datetime, rng: random.Random) -> str:
    m = day.month - 1
    style = rng.randrange(4)
    if style == 0 or MONTHS[m] in ("May", "June", "July"):
        return MONTHS[m]
    if style == 1:
        return SHORT_MONTHS[m].replace("Sept", rng.choice(["Sept", "Sep"]))
    if style == 2:
        return SHORT_MONTHS[m] + "."
    return MONTHS[m][:3]


def _alt_agency_line(agency: str, day: datetime, rng: random.Random) -> str:
    month = _alt_month(day, rng)
    dd = f"{day.day:02d}" if rng.random() < 0.3 else str(day.day)
    sp = lambda: rng.choice([" ", " ", " ", "  ", "\t", " \t"])  # noqa: E731
    r = rng.random()
    if r < 0.6:
        return f"{agency}{sp()}{month}{sp()}{dd},{sp()}{day.year}" + rng.choice(["", "", " ", "\t"])
    if r < 0.7:
        return f"{agency}{sp()}{dd}{sp()}{month}{sp()}{day.year}"
    if r < 0.77:
        return f"By {agency} | {month} {dd}, {day.year}"
    if r < 0.84:
        return f"{agency} | {month} {dd}, {day.year} {rng.randrange(24):02d}:{rng.randrange(60):02d} GMT"
    if r < 0.92:
        return f"{agency}, {dd} {MONTHS[day.month - 1]} {day.year}"
    return f"{MONTHS[day.month - 1]} {dd}, {day.year} ({agency})"


def _alt_footer(day: datetime, rng: random.Random) -> list[str]:
    r = rng.random()
    if r < 0.35:
        return []
    if r < 0.85:
        out = [rng.choice(["COMMENTS", "Comments", "comments", "COMMENTS (3)", "Comments (12)"])]
        if rng.random() < 0.6:
            out.append("Replying to X")
        out.append("Comments are moderated and generally will be posted if they are on-topic and not abusive.")
        if rng.random() < 0.8:
            out.append("For more information, please see our Comments FAQ")
        return out
    date_long = f"{MONTHS[day.month - 1]} {day.day}th, {day.year}"
    return [line.format(date_long=date_long) for line in rng.choice(FOOTERS)]


def render_seed_alt(record: SourceStory, rng: random.Random, pools: AltPools) -> tuple[bytes, dict]:
    """Like render_seed, with the adversarial noise described above."""
    body = " ".join(record.paragraphs)
    headline = sentence_case(record.title, body) or record.title
    if rng.random() < 0.2:
        headline = title_case(record.title) or headline
    paragraphs = list(record.paragraphs)
    lines: list[str] = [headline] + [""] * rng.randrange(1, 3)
    expected: dict = {"headline": headline, "standfirst": "", "caption": "", "photo_credit": "",
                      "noise": {"related": [], "footer": [], "caption": ""}}

    if rng.random() < 0.35 and _ends_sentence(paragraphs[0]) and len(paragraphs[0]) > 60:
        standfirst = _first_sentence(paragraphs[0])
        if rng.random() < 0.6:
            standfirst = standfirst.rstrip(".")
        lines += [standfirst] + [""] * rng.randrange(0, 3)
        expected["standfirst"] = standfirst

    agency = rng.choice(ALT_AGENCIES)
    day = record.published_at
    lines.append(_alt_agency_line(agency, day, rng))
    expected["agency"] = agency
    expected["date"] = day.date().isoformat()

    made = _make_caption(paragraphs, day, rng, 0.45, ALT_CREDITS, ALT_FILE_PHOTO_OPENERS)
    if made:
        caption, credit_text = made
        caption_line = f"{caption} {credit_text}"
        lines += [""] * rng.randrange(0, 2)
        lines.append(caption_line)
        expected["caption"] = caption
        expected["photo_credit"] = credit_text.split(":", 1)[1].strip()
        expected["noise"]["caption"] = caption_line
    lines.append("")

    rendered, expected["dateline"] = _with_dateline(record.place, day, paragraphs, rng)
    expected["paragraphs"] = paragraphs

    # Related-story links at any gap: 0 is before the first paragraph (right after the
    # caption or the date line), len(rendered) is after the last one (before the footer).
    inserts: dict[int, list[str]] = {}
    if rng.random() < 0.7:
        gaps = list(range(len(rendered) + 1))
        for gap in rng.sample(gaps, min(len(gaps), rng.randrange(1, 5))):
            inserts[gap] = [_alt_related(pools, rng, headline) for _ in range(2 if rng.random() < 0.2 else 1)]
            expected["noise"]["related"].extend(inserts[gap])

    separators = ["\n\n", "\n\n", "\n\n\n", "\n \n", "\n\t\n"]
    out = "\n".join(lines) + "\n"
    for line in inserts.get(0, []):
        out += line + rng.choice(separators)
    for i, paragraph in enumerate(rendered):
        text = paragraph
        if rng.random() < 0.1:
            text = "  " + text.replace(" ", "  ", 1) + " \t"
        out += text + rng.choice(separators)
        for line in inserts.get(i + 1, []):
            out += line + rng.choice(separators)

    footer = _alt_footer(day, rng)
    if footer:
        out += "".join(line + rng.choice(["\n\n", "\n\n", "\n\n\n", "\n \n\n"]) for line in footer).rstrip("\n") + rng.choice(["", "\n", "\n\n"])
        expected["noise"]["footer"] = footer

    if rng.random() < 0.3:
        out = out.replace("\n", "\r\n")
    data, expected["encoding"] = _encode(out, ["utf-8", "utf-8", "utf-8-sig", "cp1252", "latin-1"], rng)
    expected["key"] = f"{record.file}#{record.newid}"
    return data, expected


def render_corpus_alt(shared_dir: Path | str, *, seed: int = 1987, limit: int | None = None) -> Iterator[tuple[SourceStory, bytes, dict]]:
    """Every Reuters story with a body, rendered with the alt noise; deterministic for a given seed."""
    all_stories = list(iter_reuters_stories(shared_dir))
    stories = all_stories if limit is None else random.Random(seed).sample(all_stories, min(limit, len(all_stories)))
    pools = alt_pools(all_stories, shared_dir)
    for story in stories:
        rng = random.Random(f"{seed}:alt:{story.file}:{story.newid}")
        data, expected = render_seed_alt(story, rng, pools)
        yield story, data, expected
