"""How fast import_articles is: first import, unchanged re-run, peak memory, against loaddata.

    .venv/bin/python bench/import_speed.py --stories 19000 [--database postgres]

Generates N stories in the seed layout from the Reuters corpus (bench/seedgen.py)
into a temporary folder, then, each step in a fresh ``manage.py`` process:
  1. import_articles into an empty database: stories/second and peak RSS;
  2. import_articles again on the unchanged folder: seconds;
  3. dumpdata articles taggit, then loaddata into another empty database;
  4. the ratio of 1 to 3;
  5. the share of the import spent parsing and extracting entities (in-process).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
SHARED_DIR = Path(os.environ.get("NEWSROOM_SHARED", "/work/shared"))
PG_DEFAULT = "postgres://postgres@127.0.0.1:5432/postgres"


def measure(args, env):
    """Run ``args`` in a child and return (seconds, peak RSS in MB, completed process)."""
    wrapper = [sys.executable, __file__, "--_measure", "--", *map(str, args)]
    result = subprocess.run(wrapper, cwd=PROJECT_DIR, env=env, capture_output=True, text=True)
    stats_line = result.stderr.strip().splitlines()[-1]
    stats = json.loads(stats_line)
    result.stderr = "\n".join(result.stderr.strip().splitlines()[:-1])
    if stats["status"] != 0 and not (args[2:3] == ["import_articles"] and stats["status"] == 1):
        sys.exit(f"failed: {' '.join(map(str, args))}\n{result.stdout}\n{result.stderr}")
    result.cpu = stats["cpu"]
    return stats["seconds"], stats["maxrss_kb"] / 1024, result


def _measure_child(args):
    started = time.perf_counter()
    status = subprocess.call(args)
    seconds = time.perf_counter() - started
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command and its worker processes
    print(json.dumps({"status": status, "seconds": seconds, "maxrss_kb": usage.ru_maxrss,  # KB on Linux
                      "cpu": usage.ru_utime + usage.ru_stime}), file=sys.stderr)
    sys.exit(0)


def generate(folder: Path, count: int, seed: int) -> int:
    """Write ``count`` stories, one per file, 1,000 files per folder; repeats the corpus with new noise if asked for more."""
    sys.path.insert(0, str(PROJECT_DIR / "bench"))
    import seedgen

    written, round_ = 0, 0
    while written < count:
        before = written
        for _story, data, _expected in seedgen.render_corpus(SHARED_DIR, seed=seed + round_):
            if written >= count:
                break
            sub = folder / f"{written // 1000:03}"
            if written % 1000 == 0:
                sub.mkdir(parents=True, exist_ok=True)
            (sub / f"{written:06}.txt").write_bytes(data)
            written += 1
        if written == before:
            break
        round_ += 1
    return written


class Databases:
    """Empty, migrated databases for one engine; all dropped at the end."""

    def __init__(self, engine, workdir: Path, pg_url: str):
        self.engine, self.workdir, self.pg_url = engine, workdir, pg_url
        self.created = []

    def new(self, label) -> str:
        if self.engine == "sqlite":
            url = f"sqlite:///{self.workdir / (label + '.sqlite3')}"
        else:
            import psycopg

            name = f"newsroom_bench_{label}_{uuid.uuid4().hex[:8]}"
            with psycopg.connect(self.pg_url, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            self.created.append(name)
            url = self.pg_url.rsplit("/", 1)[0] + "/" + name
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
            cwd=PROJECT_DIR, env=env_for(url), check=True,
        )
        return url

    def drop_all(self):
        if self.engine != "postgres":
            return
        import psycopg

        with psycopg.connect(self.pg_url, autocommit=True) as conn:
            for name in self.created:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def env_for(url):
    env = dict(os.environ)
    # Production settings (DEBUG off), with a throwaway key: DEBUG keeps a log of queries.
    env.update(DATABASE_URL=url, DJANGO_DEBUG="0", DJANGO_LOG_LEVEL="WARNING",
               DJANGO_SECRET_KEY="bench-only-" + "k" * 50)
    env.pop("NEWSROOM_IMPORT_BATCH_DELAY", None)
    return env


def parse_share(folder: Path):
    """Seconds spent reading, parsing and extracting entities for every file, in this process."""
    sys.path.insert(0, str(PROJECT_DIR))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    os.environ.setdefault("DJANGO_DEBUG", "1")
    import django

    django.setup()
    from articles.entities import extract_entities
    from articles.parsing import parse_story_file

    parse_seconds = entity_seconds = 0.0
    for path in sorted(folder.rglob("*.txt")):
        data = path.read_bytes()
        t0 = time.perf_counter()
        stories = parse_story_file(data, str(path))
        t1 = time.perf_counter()
        for story in stories:
            extract_entities(story)
        entity_seconds += time.perf_counter() - t1
        parse_seconds += t1 - t0
    return parse_seconds, entity_seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=19000)
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--postgres-url", default=os.environ.get("BENCH_POSTGRES_URL", PG_DEFAULT),
                        help="a URL to a PostgreSQL database with rights to CREATE DATABASE")
    parser.add_argument("--seed", type=int, default=1987)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--no-loaddata", action="store_true", help="skip the loaddata comparison (memory runs)")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="newsroom-bench-"))
    folder = workdir / "archive"
    databases = Databases(args.database, workdir, args.postgres_url)
    try:
        t0 = time.perf_counter()
        count = generate(folder, args.stories, args.seed)
        print(f"generated {count} seed-layout stories from the Reuters corpus in {time.perf_counter() - t0:.1f}s "
              f"into {folder}")

        url = databases.new("import")
        manage = [sys.executable, "manage.py"]
        first, first_rss, result = measure([*manage, "import_articles", folder, "--json"], env_for(url))
        report = json.loads(result.stdout.strip().splitlines()[-1])
        rerun, rerun_rss, result2 = measure([*manage, "import_articles", folder, "--json"], env_for(url))
        report2 = json.loads(result2.stdout.strip().splitlines()[-1])

        if args.no_loaddata:
            stories = report["created"] + report["updated"] + report["unchanged"] + report["duplicate"]
            print(f"first import of {stories} stories: {first:.1f} s ({stories / first:.0f} stories/s), "
                  f"peak RSS {first_rss:.0f} MB; unchanged re-run {rerun:.2f} s")
            return
        dump = workdir / "dump.json"
        with open(dump, "w") as out:
            subprocess.run([*manage, "dumpdata", "articles", "taggit"], cwd=PROJECT_DIR, env=env_for(url),
                           stdout=out, check=True)
        url2 = databases.new("loaddata")
        loaddata, load_rss, load_result = measure([*manage, "loaddata", dump], env_for(url2))
        parse_seconds, entity_seconds = parse_share(folder)

        stories = report["created"] + report["updated"] + report["unchanged"] + report["duplicate"]
        print()
        print(f"database: {args.database}   stories: {stories} in {report['files']} files "
              f"({report['created']} created, {report['duplicate']} duplicate, {report['failed']} failed)")
        for failure in report["failures"][:5]:
            print(f"   failed: {failure['path']}: {failure['reason']}")
        print(f"1. first import:   {first:7.1f} s  = {stories / first:7.0f} stories/s   "
              f"(command's own clock {report['elapsed']:.1f} s; CPU {result.cpu:.1f} s in all its processes)   "
              f"peak RSS {first_rss:.0f} MB")
        print(f"2. unchanged re-run:{rerun:6.2f} s  (command's own clock {report2['elapsed']:.2f} s, "
              f"{report2['unchanged']} unchanged)   peak RSS {rerun_rss:.0f} MB")
        print(f"3. loaddata of dumpdata articles taggit ({dump.stat().st_size / 1e6:.0f} MB): {loaddata:7.1f} s   "
              f"(CPU {load_result.cpu:.1f} s)   peak RSS {load_rss:.0f} MB")
        print(f"4. import / loaddata: {first / loaddata:.2f}  (target <= 0.5)   "
              f"[machine load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs]")
        print(f"5. of which parsing {parse_seconds:.1f} s and entity extraction {entity_seconds:.1f} s "
              f"({(parse_seconds + entity_seconds) / first:.0%} of the first import, measured in one process)")
        own = result.cpu - parse_seconds - entity_seconds
        print(f"6. the importer's own work (import CPU minus parsing and entities): about {own:.1f} CPU s "
              f"= {own / load_result.cpu:.2f} of loaddata's CPU")
        targets = [
            ("first import < 45 s", first < 45),
            ("import <= half of loaddata", first <= loaddata / 2),
            ("re-run < 3 s", rerun < 3),
            ("peak RSS < 300 MB", first_rss < 300),
        ]
        print("targets: " + ", ".join(f"{name}: {'ok' if passed else 'MISSED'}" for name, passed in targets))
    finally:
        databases.drop_all()
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--_measure":
        _measure_child(sys.argv[3:])
    main()
