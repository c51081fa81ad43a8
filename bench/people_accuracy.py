"""Score articles.entities.extract_people against the gold people set, and time it.

    .venv/bin/python bench/people_accuracy.py [--verbose] [--shared PATH]

Gold: shared/gold/people-dev.json with the story files in shared/gold/people-dev/
(a headline line, a blank line, then paragraphs separated by blank lines).
Matching follows shared/corpora/README.md: case, honorifics and a possessive
's are ignored, and a gold surname matches an extracted full name ending with
it. Also reports recall of Reuters-21578 PEOPLE codes from title + body.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from articles.entities import extract_people, normalise_key, reuters_person_name  # noqa: E402

SPACY = {"f1": 0.81, "precision": 0.73, "recall": 0.91, "ms": 80.0}


def find_shared(arg: str | None) -> Path:
    shared = Path(arg) if arg else ROOT.parent / "shared"
    if not (shared / "gold" / "people-dev.json").is_file():
        sys.exit(f"shared data not found at {shared} (expected gold/people-dev.json); use --shared PATH")
    return shared


def read_story(path: Path) -> tuple[str, list[str]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    text = text.replace("\r\n", "\n").strip("\n")
    headline, _, body = text.partition("\n")
    paragraphs = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", body)]
    return headline.strip(), [p for p in paragraphs if p]


def matches(gold: str, found: str) -> bool:
    g, f = normalise_key(gold), normalise_key(found)
    if not g or not f:
        return False
    return g == f or (" " not in g and f.endswith(" " + g))


def score_file(gold: list[str], found: list[str]) -> tuple[int, list[str], list[str]]:
    """Greedy one-to-one matching; exact matches first, then surname matches."""
    gold_left, found_left = list(gold), list(found)
    tp = 0
    for exact in (True, False):
        for g in list(gold_left):
            for f in found_left:
                ok = normalise_key(g) == normalise_key(f) if exact else matches(g, f)
                if ok:
                    tp += 1
                    gold_left.remove(g)
                    found_left.remove(f)
                    break
    return tp, found_left, gold_left


def prf(tp: int, n_found: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_found if n_found else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def gold_scores(shared: Path, verbose: bool = False) -> dict:
    gold = json.loads((shared / "gold" / "people-dev.json").read_text())
    stories = {name: read_story(shared / "gold" / "people-dev" / name) for name in sorted(gold)}
    tp = n_found = n_gold = 0
    for name, (headline, paragraphs) in stories.items():
        found = [p.name for p in extract_people(headline, paragraphs)]
        expected = gold[name]["people"]
        t, fps, fns = score_file(expected, found)
        tp, n_found, n_gold = tp + t, n_found + len(found), n_gold + len(expected)
        if verbose and (fps or fns):
            print(f"  {name}: FP {fps}  FN {fns}")
    p, r, f = prf(tp, n_found, n_gold)
    return {"precision": p, "recall": r, "f1": f, "stories": stories, "tp": tp,
            "found": n_found, "gold": n_gold}


def time_per_story(stories: dict, repeats: int = 7) -> float:
    items = list(stories.values())
    extract_people(*items[0])  # load the gazetteers once, as the importer does
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        for headline, paragraphs in items:
            extract_people(headline, paragraphs)
        runs.append((time.perf_counter() - start) * 1000 / len(items))
    return statistics.median(runs)


REUTERS_RE = re.compile(r"<REUTERS.*?</REUTERS>", re.S)


def reuters_stories(shared: Path):
    """(title, paragraphs, {kind: codes}) for each Reuters-21578 story: a small reader."""
    for path in sorted((shared / "corpora" / "reuters21578").glob("reut2-*.sgm")):
        text = path.read_text(encoding="latin-1")
        for block in REUTERS_RE.findall(text):
            codes = {}
            for kind in ("TOPICS", "PLACES", "PEOPLE", "ORGS"):
                m = re.search(rf"<{kind}>(.*?)</{kind}>", block, re.S)
                codes[kind.lower()] = re.findall(r"<D>(.*?)</D>", m.group(1)) if m else []
            title = _tag(block, "TITLE")
            dateline = _tag(block, "DATELINE")
            body = _tag(block, "BODY")
            body = re.sub(r"\s*Reuter\s*$", "", body.replace("\x03", "").strip())
            paragraphs = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s+(?=\S)", body)]
            yield title, dateline, [p for p in paragraphs if p], codes


def _tag(block: str, name: str) -> str:
    m = re.search(rf"<{name}>(.*?)</{name}>", block, re.S)
    return html.unescape(m.group(1)).replace("&#3;", "") if m else ""


def reuters_people_recall(shared: Path, verbose: bool = False) -> tuple[float, int, int]:
    hits = total = 0
    for title, _dateline, paragraphs, codes in reuters_stories(shared):
        if not codes["people"] or not paragraphs:
            continue
        found = [p.name for p in extract_people(title, paragraphs)]
        for code in codes["people"]:
            total += 1
            surname = normalise_key(reuters_person_name(code)).split()[-1]
            if any(normalise_key(f).split()[-1] == surname for f in found):
                hits += 1
            elif verbose:
                print(f"  missed {code!r} in {title[:60]!r}: found {found}")
    return (hits / total if total else 0.0), hits, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", help="path to the shared folder (default: ../shared)")
    parser.add_argument("--verbose", "-v", action="store_true", help="print FPs and FNs per file")
    parser.add_argument("--no-reuters", action="store_true", help="skip the Reuters PEOPLE recall")
    args = parser.parse_args()
    shared = find_shared(args.shared)

    scores = gold_scores(shared, args.verbose)
    ms = time_per_story(scores["stories"])
    print(f"gold dev set: {len(scores['stories'])} stories, {scores['gold']} gold people, "
          f"{scores['found']} extracted, {scores['tp']} matched")
    print(f"{'':12}{'precision':>10}{'recall':>8}{'F1':>7}{'ms/story':>10}")
    print(f"{'entities':12}{scores['precision']:>10.3f}{scores['recall']:>8.3f}"
          f"{scores['f1']:>7.3f}{ms:>10.3f}")
    print(f"{'spaCy sm':12}{SPACY['precision']:>10.3f}{SPACY['recall']:>8.3f}"
          f"{SPACY['f1']:>7.3f}{SPACY['ms']:>10.3f}  (published figures)")
    print(f"speed ratio vs spaCy: {SPACY['ms'] / ms:.0f}x faster")
    if not args.no_reuters:
        recall, hits, total = reuters_people_recall(shared, args.verbose)
        print(f"Reuters-21578 PEOPLE code recall (title+body): {recall:.3f} ({hits}/{total})")


if __name__ == "__main__":
    main()
