"""articles.locking.run_lock: one holder at a time, and a dead holder leaves no lock behind."""

import signal
import subprocess
import sys
import textwrap
import time

import pytest

from django.core.management import CommandError, call_command
from django.db import connection

from articles.locking import run_lock

from .ingest_helpers import PROJECT_DIR, manage_env, throwaway_database

pytestmark = pytest.mark.django_db(transaction=True)


def test_only_one_holder_at_a_time():
    with run_lock("test-lock") as first:
        assert first is True
        with run_lock("test-lock") as second:
            assert second is False
        with run_lock("another-lock") as other:
            assert other is True
    with run_lock("test-lock") as again:
        assert again is True


HOLDER = textwrap.dedent(
    """
    import django, sys, time
    django.setup()
    from articles.locking import run_lock
    with run_lock("test-lock") as held:
        print("held" if held else "busy", flush=True)
        time.sleep(600)
    """
)


@pytest.mark.slow
def test_a_killed_holder_releases_the_lock(tmp_path):
    with throwaway_database(tmp_path) as url:
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLDER], cwd=PROJECT_DIR, env=manage_env(url),
            stdout=subprocess.PIPE, text=True,
        )
        try:
            assert holder.stdout.readline().strip() == "held"
            if url.startswith("sqlite"):
                assert (tmp_path / "ingest.sqlite3.test-lock.lock").exists()  # beside the database
            probe = subprocess.run(
                [sys.executable, "-c", HOLDER.replace("time.sleep(600)", "pass")],
                cwd=PROJECT_DIR, env=manage_env(url), capture_output=True, text=True, timeout=60,
            )
            assert probe.stdout.strip() == "busy"
        finally:
            holder.send_signal(signal.SIGKILL)
            holder.wait()
        time.sleep(0.2)
        probe = subprocess.run(
            [sys.executable, "-c", HOLDER.replace("time.sleep(600)", "pass")],
            cwd=PROJECT_DIR, env=manage_env(url), capture_output=True, text=True, timeout=60,
        )
        assert probe.stdout.strip() == "held", probe.stderr


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the file lock is SQLite's")
def test_an_unwritable_lock_folder_is_a_clear_command_error(monkeypatch, tmp_path, db):
    """E.g. a database folder the cron user cannot write: no traceback, a reason."""
    import articles.locking

    def refuse(path, *args, **kwargs):
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(articles.locking.os, "open", refuse)
    (tmp_path / "story.txt").write_text("A headline\n\nA body paragraph that says something.\n")
    with pytest.raises(CommandError, match="cannot create the run lock .*Permission denied.*must be writable"):
        call_command("import_articles", str(tmp_path))
