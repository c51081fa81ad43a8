"""Parser accuracy on real copy: Reuters stories rendered in the seed layout with noise, BBC files as they are.

    .venv/bin/python bench/parse_accuracy.py [--noise seed|alt|indep|blind|sealed|final|held|fresh|cold|north|south|east|all] [--limit N] [--seed S] [--show-failures K]

Twelve noise generators: "seed" (bench/seedgen.py), placed the way the seed file shows;
"alt" (bench/seedgen.py), an adversarial one (related-story links at any gap, two in a
row, from Reuters and BBC headlines; footer, agency line and caption variants); and ten
written each by a helper that never saw the parser or the other generators, as stand-ins
for the held-out set: "indep" (bench/indepgen.py: titles in capitals with tickers, dash
datelines, run-on footers), "blind" (bench/blindgen.py: BBC headlines among the links,
"Read more:" labels, agency pairs), "sealed" (bench/sealedgen.py: "READ:" labels, links
in runs, "PLACE, Feb 26 -" datelines), "final" (bench/finalgen.py), "held"
(bench/heldgen.py, whose credit field keeps its label: "PHOTO: AFP") and "fresh"
(bench/freshgen.py: links in runs on consecutive lines, up to six a story, titles of
the same topic among a table's rows), "cold" (bench/coldgen.py) and "north"
(bench/northgen.py: site chrome, bylines above the agency line, link blocks in many
formats; run once before any change made for it) and "south" (bench/southgen.py:
agency lines in many orders and labels, "Published ... | Source: ...", weekdays and
times, misspelt months, "PLACE (Reuters) -" datelines, advertising and newsletter lines;
written in session 9, first run on the d53fa3c parser) and "east" (bench/eastgen.py:
breadcrumbs or a cookie banner over the headline, standfirsts cut from the lede, agency
blocks on two lines with "Updated ... First published ...", captions before the agency
line or after the first paragraph, "PLACE (Reuters) -" datelines; written in session 10,
first run on the 68083cc parser). Default: all.

Expected values come from the source files, read by each generator (never by the
parser). Also times the Reuters SGML layout over all 22 files.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "bench")]

from articles.entities.agencies import canonical_agency  # noqa: E402
from articles.entities.normalise import normalise_key  # noqa: E402
from articles.parsing import StoryParseError, parse_story_file  # noqa: E402
from blindgen import render_corpus_blind  # noqa: E402
from coldgen import render_corpus_cold  # noqa: E402
from eastgen import render_corpus_east  # noqa: E402
from finalgen import render_corpus_final  # noqa: E402
from freshgen import render_corpus_fresh  # noqa: E402
from heldgen import render_corpus_held  # noqa: E402
from northgen import render_corpus_north  # noqa: E402
from southgen import render_corpus_south  # noqa: E402
from sealedgen import render_corpus_sealed  # noqa: E402
from indepgen import render_corpus_indep  # noqa: E402
from seedgen import find_shared_dir, render_corpus, render_corpus_alt  # noqa: E402


NOISES = ("seed", "alt", "indep", "blind", "sealed", "final", "held", "fresh", "cold", "north", "south", "east")


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:6.2f}% ({n}/{d})" if d else "n/a"


def leaks(story, expected) -> list[tuple[str, str]]:
    """(kind, line) for each noise line found in a paragraph that is not one of the story's own."""
    noise = expected["noise"]
    lines = [("related", r) for r in noise["related"]]
    lines += [("footer", f) for f in noise["footer"] if len(f) > 12 or f.isupper() or f.lower().startswith("comment")]
    own = set(expected["paragraphs"])
    found = []
    for paragraph in story.paragraphs:
        if paragraph in own:
            continue
        for kind, line in lines:
            if line == paragraph or (len(line) > 20 and line in paragraph):
                found.append((kind, line))
        if noise["caption"] and (noise["caption"] in paragraph or re.search(r"\bPHOTO:", paragraph, re.I)):
            found.append(("caption", noise["caption"]))
    return found


def filed_under(agency: str) -> str:
    """The agency a story is filed under once imported: "Afp", "AFP" and "A.F.P." are one."""
    info = canonical_agency(agency)
    return info.name if info else normalise_key(agency)


def lost(story, expected) -> list[str]:
    body = "\n".join(story.paragraphs)
    return [p for p in expected["paragraphs"] if p not in body]


def bench_seed(shared: Path, limit: int | None, seed: int, show: int, noise: str = "seed") -> None:
    counts: Counter = Counter()
    failures: list[tuple[str, str, object, object]] = []
    render = {"seed": render_corpus, "alt": render_corpus_alt, "indep": render_corpus_indep, "blind": render_corpus_blind, "sealed": render_corpus_sealed, "final": render_corpus_final, "held": render_corpus_held, "fresh": render_corpus_fresh, "cold": render_corpus_cold, "north": render_corpus_north, "south": render_corpus_south, "east": render_corpus_east}[noise]
    started = time.perf_counter()
    for record, data, expected in render(shared, seed=seed, limit=limit):
        counts["stories"] += 1
        try:
            [story] = parse_story_file(data, expected["key"])
        except (StoryParseError, ValueError) as exc:
            counts["errors"] += 1
            failures.append(("error", expected["key"], str(exc), ""))
            continue
        checks = {
            "headline": story.headline == expected["headline"],
            "agency": story.agency == expected["agency"],
            "agency_filed": filed_under(story.agency) == filed_under(expected["agency"]),
            "date": story.published_at is not None and story.published_at.date().isoformat() == expected["date"],
            "dateline": story.dateline == expected["dateline"],
            "standfirst": story.standfirst == expected["standfirst"],
            "caption": story.caption == expected["caption"] and story.photo_credit == expected["photo_credit"],
            "paragraphs": story.paragraphs == expected["paragraphs"],
        }
        for field, ok in checks.items():
            counts[field] += ok
            if not ok:
                got = getattr(story, field.removesuffix("_filed"), None) if field != "date" else story.published_at
                want = expected.get(field.removesuffix("_filed"))
                if field == "caption":
                    got, want = (story.caption, story.photo_credit), (expected["caption"], expected["photo_credit"])
                failures.append((field, expected["key"], got, want))
        found = leaks(story, expected)
        if found:
            counts["leaks"] += 1
            for kind in {k for k, _ in found}:
                counts[f"leak-{kind}"] += 1
            failures.append(("leak", expected["key"], found, ""))
        if lost(story, expected):
            counts["lost"] += 1
            failures.append(("lost", expected["key"], lost(story, expected), ""))
        counts["noisy"] += bool(expected["noise"]["related"])
    elapsed = time.perf_counter() - started
    n = counts["stories"]
    print(f"Reuters stories rendered in the seed layout, {noise!r} noise (seed {seed}): {n}")
    print(f"  with related-story lines: {counts['noisy']}, parse errors: {counts['errors']}")
    labels = {"agency": "agency (as written)", "agency_filed": "agency (filed under)"}
    for field in ("headline", "agency", "agency_filed", "date", "dateline", "standfirst", "caption"):
        print(f"  {labels.get(field, field):<28}{pct(counts[field], n)}")
    print(f"  {'every paragraph right':<28}{pct(counts['paragraphs'], n)}")
    print(f"  {'stories with leaks':<28}{counts['leaks']} (related {counts['leak-related']}, "
          f"footer {counts['leak-footer']}, caption {counts['leak-caption']})")
    print(f"  {'stories losing a paragraph':<28}{pct(counts['lost'], n)}")
    print(f"  (render + parse: {n / elapsed:,.0f} stories/s)")
    for kind, key, got, want in failures[:show]:
        print(f"    {kind:<10} {key}: got {got!r}\n{'':16}want {want!r}")


def bbc_expected(text: str) -> tuple[str, list[str]]:
    """Headline line, then blank-line paragraphs (list items apart), HTML entities read."""
    lines = html.unescape(text).replace("\r\n", "\n").split("\n")
    headline = " ".join(lines[0].split())
    paragraphs: list[str] = []
    for block in re.split(r"\n[ \t]*\n", "\n".join(lines[1:])):
        current: list[str] = []
        for line in block.split("\n"):
            if re.match(r"^\s*(?:[-*\u2022\u2013\u2014]|\d{1,2}[.)])\s+\S", line) and " ".join(current).strip():
                paragraphs.append(" ".join(" ".join(current).split()))
                current = []
            current.append(line)
        joined = " ".join(" ".join(current).split())
        if joined:
            paragraphs.append(joined)
    return headline, paragraphs


def bench_bbc(shared: Path, limit: int | None, show: int) -> None:
    files = sorted((shared / "corpora" / "bbc").glob("*/*.txt"))[: limit or None]
    counts: Counter = Counter()
    failures = []
    for path in files:
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252")
        headline, paragraphs = bbc_expected(text)
        counts["files"] += 1
        try:
            [story] = parse_story_file(data, str(path))
        except StoryParseError as exc:
            counts["errors"] += 1
            failures.append(("error", path.name, str(exc), ""))
            continue
        counts["headline"] += story.headline == headline
        counts["nodate"] += story.published_at is None and story.agency == "" and story.dateline == ""
        ok = story.paragraphs == paragraphs
        counts["paragraphs"] += ok
        if not ok:
            failures.append(("paragraphs", str(path.relative_to(shared)), [p for p in story.paragraphs if p not in paragraphs][:2], [p for p in paragraphs if p not in story.paragraphs][:2]))
        if any(p not in "\n".join(story.paragraphs) for p in paragraphs):
            counts["lost"] += 1
    n = counts["files"]
    print(f"BBC files as they are: {n}, parse errors: {counts['errors']}")
    print(f"  {'headline':<28}{pct(counts['headline'], n)}")
    print(f"  {'no agency/date/dateline':<28}{pct(counts['nodate'], n)}")
    print(f"  {'every paragraph right':<28}{pct(counts['paragraphs'], n)}")
    print(f"  {'files losing a paragraph':<28}{pct(counts['lost'], n)}")
    for kind, key, got, want in failures[:show]:
        print(f"    {kind:<10} {key}: got {got!r}\n{'':16}want {want!r}")


def bench_sgml_speed(shared: Path) -> None:
    files = sorted((shared / "corpora" / "reuters21578").glob("reut2-*.sgm"))
    stories = 0
    started = time.perf_counter()
    for path in files:
        stories += len(parse_story_file(path.read_bytes(), path.name))
    elapsed = time.perf_counter() - started
    print(f"Reuters SGML, {len(files)} files: {stories} stories in {elapsed:.2f} s = {stories / elapsed:,.0f} stories/s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="score a random sample of N Reuters stories (and the first N BBC files)")
    parser.add_argument("--seed", type=int, default=1987, help="noise seed (default 1987)")
    parser.add_argument("--noise", choices=(*NOISES, "all"), default="all", help="noise generator (default all twelve)")
    parser.add_argument("--no-bbc", action="store_true", help="skip the BBC and SGML-speed sections")
    parser.add_argument("--show-failures", type=int, default=0, metavar="K", help="print the first K failures")
    args = parser.parse_args()
    shared = find_shared_dir(REPO)
    if shared is None:
        print("../shared not found (set NEWSROOM_SHARED)", file=sys.stderr)
        return 2
    for noise in NOISES if args.noise == "all" else (args.noise,):
        bench_seed(shared, args.limit, args.seed, args.show_failures, noise)
    if not args.no_bbc:
        bench_bbc(shared, args.limit, args.show_failures)
        bench_sgml_speed(shared)
    return 0


if __name__ == "__main__":
    sys.exit(main())
