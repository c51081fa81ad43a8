"""A run lock that a crashed process cannot leave behind: one import at a time.

PostgreSQL: a session-level ``pg_try_advisory_lock`` taken on a connection of
its own (not Django's, which may be closed or recycled under us); the server
releases it when that connection ends, including when the process is killed.

SQLite: ``fcntl.flock(LOCK_EX | LOCK_NB)`` on a lock file next to the database
file; the kernel releases it when the process dies. An in-memory database (the
test suite) gets a lock file in the temporary directory instead.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import tempfile
from contextlib import contextmanager

from django.db import connections


def _advisory_key(name: str) -> int:
    """A stable signed 64-bit key for ``name`` (pg advisory locks take a bigint)."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


def lock_file_path(name: str, using: str = "default") -> str:
    """Where the SQLite lock file for ``name`` lives: beside the database file."""
    connection = connections[using]
    database = str(connection.settings_dict["NAME"] or "")
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        database = ""
    if database:
        return f"{database}.{name}.lock"
    return os.path.join(tempfile.gettempdir(), f"newsroom-{name}-{os.getuid()}.lock")


@contextmanager
def run_lock(name: str = "import_articles", using: str = "default"):
    """Try to take the lock without waiting; yields True if held, False if another run has it."""
    connection = connections[using]
    if connection.vendor == "postgresql":
        with _pg_lock(connection, name) as held:
            yield held
    else:
        with _file_lock(lock_file_path(name, using)) as held:
            yield held


@contextmanager
def _pg_lock(connection, name):
    raw = connection.get_new_connection(connection.get_connection_params())
    try:
        raw.autocommit = True
        with raw.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [_advisory_key(name)])
            held = bool(cursor.fetchone()[0])
        yield held
    finally:
        # Closing the session releases the advisory lock.
        raw.close()


class RunLockError(OSError):
    """The run lock cannot be taken at all (as opposed to: another run holds it)."""


@contextmanager
def _file_lock(path):
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o664)
    except OSError as exc:
        raise RunLockError(
            f"cannot create the run lock {path}: {exc.strerror}; "
            "the folder that holds the SQLite database must be writable"
        ) from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
            yield True
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
