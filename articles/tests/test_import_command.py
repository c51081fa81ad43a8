"""manage.py import_articles: output, exit status, options, the lock, and kill -9 in mid-import."""

import io
import json
import re
import signal
import sys
import time

import pytest
from django.core.management.base import CommandError

from articles.locking import run_lock
from articles.models import Article

from .ingest_helpers import (
    query,
    run_command,
    seed_story,
    snapshot,
    start_manage,
    throwaway_database,
    manage,
    write,
)

pytestmark = pytest.mark.django_db

SUMMARY = r"import_articles: \d+ created, \d+ updated, \d+ unchanged, \d+ duplicate, \d+ failed \(files: \d+\) in [\d.]+s"


def story(n):
    return seed_story(
        f"Story number {n} about the harbour board",
        [f"Harbour master Jane Doe{n} said ship {n} docked safely on Monday.", f"It carried {n} tonnes of grain."],
        agency="Reuters" if n % 2 else "Afp",
    )


@pytest.fixture
def archive(tmp_path):
    folder = tmp_path / "archive"
    for n in range(4):
        write(folder, f"s{n}.txt", story(n))
    return folder


def test_summary_is_the_only_output_and_status_is_zero(archive):
    result = run_command(archive)
    assert result.status == 0 and result.stderr == ""
    assert re.fullmatch(SUMMARY + "\n", result.stdout)
    assert result.stdout.startswith("import_articles: 4 created, 0 updated, 0 unchanged, 0 duplicate, 0 failed (files: 4)")
    assert run_command(archive).stdout.startswith("import_articles: 0 created, 0 updated, 4 unchanged")


def test_verbosity_zero_is_silent_and_two_lists_files(archive):
    assert run_command(archive, verbosity=0).stdout == ""
    result = run_command(archive, verbosity=2)
    lines = result.stdout.splitlines()
    assert len(lines) == 5 and all(line.startswith("unchanged: ") for line in lines[:4])


def test_bad_file_fails_the_run_but_good_files_land(archive):
    write(archive, "empty.txt", b"")
    result = run_command(archive, verbosity=0)
    assert result.status == 1
    assert Article.objects.count() == 4
    assert str(archive / "empty.txt") in result.stderr and "failed" in result.stderr
    # the reason follows the path
    reason = result.stderr.split(str(archive / "empty.txt") + ": ", 1)[1].strip()
    assert reason
    assert "1 failed (files: 5)" in result.stdout  # verbosity 0 still prints the summary on failure


def test_missing_path_is_a_usage_error(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        run_command(tmp_path / "missing")


def test_json_report_shape(archive):
    write(archive, "copy.txt", story(1))
    write(archive, "empty.txt", b"")
    result = run_command(archive, "--json")
    assert result.status == 1
    (line,) = result.stdout.splitlines()
    data = json.loads(line)
    assert {"created", "updated", "unchanged", "duplicate", "failed", "files", "elapsed", "failures",
            "duplicates", "warnings", "dry_run", "ok"} <= set(data)
    assert (data["created"], data["duplicate"], data["failed"], data["files"]) == (4, 1, 1, 6)
    assert data["failures"] == [{"path": str(archive / "empty.txt"), "reason": data["failures"][0]["reason"]}]
    assert {data["duplicates"][0]["path"], data["duplicates"][0]["duplicate_of"]} == {
        str(archive / "copy.txt"), str(archive / "s1.txt")
    }


def test_dry_run_writes_nothing(archive):
    before = snapshot()
    result = run_command(archive, "--dry-run")
    assert result.status == 0 and "4 created" in result.stdout and "dry run" in result.stdout
    assert snapshot() == before


@pytest.mark.django_db(transaction=True)
def test_a_second_run_exits_at_once_while_the_lock_is_held(archive):
    with run_lock("import_articles") as held:
        assert held
        result = run_command(archive)
        as_json = run_command(archive, "--json")
    assert result.status == 0
    assert result.stdout.strip() == "another import_articles run holds the lock; exiting"
    assert as_json.status == 0 and json.loads(as_json.stdout)["locked"] is True
    assert Article.objects.count() == 0
    assert run_command(archive).status == 0 and Article.objects.count() == 4


COMPLETE_ARTICLES = """
    SELECT count(*) FROM articles_article a
    WHERE a.body <> ''
      AND EXISTS (SELECT 1 FROM articles_sourcefile f WHERE f.path = a.source_path)
      AND EXISTS (SELECT 1 FROM articles_articleperson p WHERE p.article_id = a.id)
"""


@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_kill_9_mid_import_leaves_no_partial_rows_and_a_rerun_finishes(tmp_path):
    folder = tmp_path / "archive"
    total = 40
    for n in range(total):
        write(folder, f"s{n:03}.txt", story(n))
    with throwaway_database(tmp_path) as url:
        # The documented test hook: sleep after each committed batch of 5 stories.
        proc = start_manage("import_articles", folder, "--batch-size", "5", database_url=url,
                            NEWSROOM_IMPORT_BATCH_DELAY="0.3")
        deadline = time.monotonic() + 60
        while query(url, "SELECT count(*) FROM articles_sourcefile")[0][0] < 10:
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.05)

        # Meanwhile a second run sees the lock and leaves.
        second = manage("import_articles", folder, database_url=url)
        assert second.returncode == 0
        assert "another import_articles run holds the lock; exiting" in second.stdout

        proc.send_signal(signal.SIGKILL)
        proc.wait()
        files = query(url, "SELECT count(*) FROM articles_sourcefile")[0][0]
        articles = query(url, "SELECT count(*) FROM articles_article")[0][0]
        assert 10 <= files < total
        assert articles == files  # one story per file: each file committed whole, or not at all
        assert query(url, COMPLETE_ARTICLES)[0][0] == articles

        rerun = manage("import_articles", folder, database_url=url)  # the lock died with the process
        assert rerun.returncode == 0, rerun.stderr
        assert f"{total - files} created" in rerun.stdout and f"{files} unchanged" in rerun.stdout
        assert query(url, "SELECT count(*) FROM articles_article")[0][0] == total
        assert query(url, COMPLETE_ARTICLES)[0][0] == total
        assert query(url, "SELECT count(*) FROM articles_sourcefile WHERE error = ''")[0][0] == total


def test_progress_bar_on_a_terminal_only(archive, monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    result = run_command(archive)
    assert result.status == 0 and "4 created" in result.stdout
    assert "files" in terminal.getvalue()  # tqdm's "files/s" rate
