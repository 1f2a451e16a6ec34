"""The blind extraction set is whole and scorable (its figures are the benchmark's, not a test's)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_extraction import BLIND_DIR, UnmatchedLabel, blind_texts, span_of  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
REASONS = {
    "plan", "conditional-plan", "normative", "instruction", "question", "wish", "counterfactual", "generic",
    "reported-past-prediction", "past", "other",
}


def test_a_match_is_found_across_retyped_line_breaks_and_by_occurrence() -> None:
    text = "Rain will fall.\nThe river will\nrise by Friday. Rain will fall."
    assert span_of(text, "The river will rise by Friday.") == (16, 46)
    assert span_of(text, "Rain will fall.", 2) == (47, 62)
    with pytest.raises(UnmatchedLabel):
        span_of(text, "The sea will rise.")
    with pytest.raises(UnmatchedLabel):
        span_of(text, "Rain will fall.", 3)


def test_every_label_of_the_blind_set_is_in_its_text_and_follows_the_guide() -> None:
    texts = list(blind_texts())  # raises UnmatchedLabel for a match that is not in its text
    assert len({item.split for item in texts}) == len(list(BLIND_DIR.glob("set_*.json"))) >= 3
    assert len({item.name for item in texts}) == len(texts)
    clear = 0
    for item in texts:
        for label in item.labels["forecasts"]:
            assert 0.0 <= label["probability"] <= 1.0, item.name
            side = "high" if label["probability"] > 0.5 else "low" if label["probability"] < 0.5 else "even"
            assert label["direction"] == side, (item.name, label["match"])
            assert isinstance(label["clear"], bool)
            clear += label["clear"]
        for label in item.labels["not_forecasts"]:
            assert label["reason"] in REASONS, (item.name, label["reason"])
    assert clear >= 100


def test_the_benchmark_prints_counts_for_every_set_and_no_sentence() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "extraction_blind.py")],
        capture_output=True, text=True, check=True, timeout=1800,
    )
    lines = run.stdout.splitlines()
    sets = sorted(path.stem for path in BLIND_DIR.glob("set_*.json"))
    for model in ("rules", "rules+detector"):
        printed = [line.split()[2] for line in lines if line.split()[1] == model]
        assert printed == ["all", *sets]
    assert all("recall=" in line and "precision=" in line for line in lines)
    assert len(lines) == 2 * (len(sets) + 1)
