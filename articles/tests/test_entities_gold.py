"""The gold people set: F1 of at least 0.90 (skipped when ../shared is missing)."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


@pytest.mark.skipif(not (SHARED / "gold" / "people-dev.json").is_file(), reason="no shared gold set")
def test_gold_dev_f1():
    spec = importlib.util.spec_from_file_location("people_accuracy", ROOT / "bench" / "people_accuracy.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    scores = bench.gold_scores(SHARED)
    assert scores["f1"] >= 0.90, scores
    assert scores["precision"] >= 0.90, scores
