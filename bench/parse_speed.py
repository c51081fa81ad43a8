"""Parse speed, this checkout against an earlier commit, side by side in one run.

    .venv/bin/python bench/parse_speed.py [--against REV] [--runs N] [--layout sgml|seed] [--limit N]

Checks REV (default HEAD~1) out into a temporary git worktree, then alternates the two
trees N times (default 3), each run a fresh interpreter parsing the same files: all 22
Reuters-21578 SGML files (--layout sgml, the default), or the first --limit (default
3,000) Reuters stories rendered once in the seed layout with the "fresh" noise (--layout
seed: related-story lines, captions, footers; the related-line rules are what cost time). Prints every run, the median stories/s of each tree and their ratio (this tree
over REV): these machines are noisy, so only the ratio of medians taken together means
much. Needs git and ../shared (or NEWSROOM_SHARED).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from seedgen import find_shared_dir  # noqa: E402

# Run inside each tree: parse every SGML file once, print "stories seconds".
PARSE_ALL = """
import sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from articles.parsing import parse_story_file
files = sorted(Path(sys.argv[2]).glob(sys.argv[3]))
data = [(p.read_bytes(), p.name) for p in files]
started = time.perf_counter()
stories = sum(len(parse_story_file(raw, name)) for raw, name in data)
print(stories, time.perf_counter() - started)
"""


def timed_run(tree: Path, corpus: Path, pattern: str) -> tuple[int, float]:
    out = subprocess.run(
        [sys.executable, "-c", PARSE_ALL, str(tree), str(corpus), pattern], check=True, capture_output=True, text=True, cwd=tree
    ).stdout.split()
    return int(out[0]), float(out[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="HEAD~1", help="the commit to compare with (default HEAD~1)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each tree, alternating (default 3)")
    parser.add_argument("--layout", choices=("sgml", "seed"), default="sgml", help="what to parse (default sgml)")
    parser.add_argument("--limit", type=int, default=3000, help="stories rendered for --layout seed (default 3000)")
    args = parser.parse_args()
    shared = find_shared_dir(REPO)
    if shared is None:
        print("../shared not found (set NEWSROOM_SHARED)", file=sys.stderr)
        return 2
    corpus, pattern = shared / "corpora" / "reuters21578", "reut2-*.sgm"
    with tempfile.TemporaryDirectory(prefix="newsroom-bench-") as scratch:
        if args.layout == "seed":
            from freshgen import render_corpus_fresh

            corpus, pattern = Path(scratch) / "seed", "*.txt"
            corpus.mkdir()
            for n, (_, data, _) in enumerate(render_corpus_fresh(shared, seed=1987, limit=args.limit)):
                (corpus / f"{n:05d}.txt").write_bytes(data)
        other = Path(scratch) / "tree"
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(other), args.against],
                       check=True, capture_output=True)
        try:
            rates: dict[str, list[float]] = {"this checkout": [], args.against: []}
            for run in range(1, args.runs + 1):
                for label, tree in (("this checkout", REPO), (args.against, other)):
                    stories, seconds = timed_run(tree, corpus, pattern)
                    rates[label].append(stories / seconds)
                    print(f"run {run} {label:<16} {stories} stories in {seconds:.2f} s = {stories / seconds:,.0f} stories/s")
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(other)], capture_output=True)
    medians = {label: statistics.median(values) for label, values in rates.items()}
    for label, median in medians.items():
        print(f"median {label:<16} {median:,.0f} stories/s")
    print(f"ratio this checkout / {args.against}: {medians['this checkout'] / medians[args.against]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
