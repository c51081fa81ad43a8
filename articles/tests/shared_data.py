"""Where ../shared (corpora, seed file) is, for parsing tests; tests needing it skip cleanly without it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def shared_dir() -> Path | None:
    env = os.environ.get("NEWSROOM_SHARED")
    for candidate in ([Path(env)] if env else []) + [REPO.parent / "shared"]:
        if (candidate / "corpora").is_dir():
            return candidate
    return None


def require_shared(*parts: str) -> Path:
    """The path under ../shared, or skip the test."""
    base = shared_dir()
    if base is None:
        pytest.skip("../shared is not available")
    path = base.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


def seed_file() -> Path:
    folder = require_shared("seed")
    files = sorted(folder.glob("*.txt"))
    if not files:
        pytest.skip("no seed file in ../shared/seed")
    return files[0]
