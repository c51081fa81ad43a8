"""Score place tags found in Reuters-21578 text against the stories' PLACES codes.

    .venv/bin/python bench/place_accuracy.py [--shared PATH] [--limit N] [--verbose]

Tags come from the TEXT ONLY (title, dateline, body), never from the codes.
PLACES codes are countries, so the score is over country tags: a city in the
text tags its country as well ("Tokyo" -> "Japan"); city tags themselves are
counted separately. Stories with no PLACES code or no body are skipped.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from articles.entities import extract_people, reuters_code_tag  # noqa: E402
from articles.entities.places import is_country  # noqa: E402
from articles.entities.story_entities import extract_tags  # noqa: E402
from people_accuracy import find_shared, reuters_stories  # noqa: E402


def score(shared: Path, *, demonyms: bool, limit: int | None, verbose: bool) -> dict:
    tp = n_found = n_gold = stories = cities = 0
    start = time.perf_counter()
    for title, dateline, paragraphs, codes in reuters_stories(shared):
        if not codes["places"] or not paragraphs:
            continue
        stories += 1
        people = extract_people(title, paragraphs)
        tags = extract_tags(title, paragraphs, dateline, people=people, demonyms=demonyms)
        found = {t.name for t in tags if t.kind == "place" and is_country(t.name)}
        cities += sum(1 for t in tags if t.kind == "place" and not is_country(t.name))
        gold = {reuters_code_tag("places", c).name for c in codes["places"]}
        hits = found & gold
        tp, n_found, n_gold = tp + len(hits), n_found + len(found), n_gold + len(gold)
        if verbose and found != gold:
            print(f"  {title[:50]!r}: extra {sorted(found - gold)} missing {sorted(gold - found)}")
        if limit and stories >= limit:
            break
    elapsed = time.perf_counter() - start
    p = tp / n_found if n_found else 1.0
    r = tp / n_gold if n_gold else 1.0
    return {"stories": stories, "precision": p, "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0, "cities": cities,
            "ms": elapsed * 1000 / max(stories, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", help="path to the shared folder (default: ../shared)")
    parser.add_argument("--limit", type=int, help="score only the first N stories")
    parser.add_argument("--verbose", "-v", action="store_true", help="print each story's misses")
    args = parser.parse_args()
    shared = find_shared(args.shared)
    print(f"{'':24}{'stories':>8}{'precision':>10}{'recall':>8}{'F1':>7}{'city tags':>10}{'ms/story':>9}")
    for label, demonyms in (("countries+demonyms", True), ("countries only", False)):
        s = score(shared, demonyms=demonyms, limit=args.limit, verbose=args.verbose and demonyms)
        print(f"{label:24}{s['stories']:>8}{s['precision']:>10.3f}{s['recall']:>8.3f}"
              f"{s['f1']:>7.3f}{s['cities']:>10}{s['ms']:>9.2f}")
    print("(the importer uses countries+demonyms)")


if __name__ == "__main__":
    main()
