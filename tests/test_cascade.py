"""The cascade: which context vectors an encoded unit may read, that the shipped encoder and
its model load and score sentences, and that onnxruntime is loaded only when a unit needs it.
Every sentence here was written for these tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import modules_loaded_by_help
from tracker.extract import extract
from tracker.extract.cascade import CascadeDetector, with_context
from tracker.extract.detector import Detector, load, rule_hits
from tracker.extract.units import units

ROOT = Path(__file__).resolve().parent.parent


def test_an_encoded_unit_reads_only_context_that_was_encoded_anyway() -> None:
    found = units("Where will Brent close on Friday?\n\nAna: $84. Ben: lower.\n")
    # Only "Ana: $84." (1) and "Ben: lower." (2) are encoded; the question (0) is not.
    vectors = np.array([[1.0, 2.0], [3.0, 4.0]], dtype=np.float32)
    block = with_context(vectors, found, [1, 2])
    assert block.shape == (2, 8)
    # "Ana: $84.": its previous unit and heading are the question, not encoded: zeros.
    assert block[0].tolist() == [1.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    # "Ben: lower.": previous and paragraph opener "Ana: $84." (encoded); the question: zeros.
    assert block[1].tolist() == [3.0, 4.0, 1.0, 2.0, 1.0, 2.0, 0.0, 0.0]


def test_help_imports_neither_onnxruntime_nor_the_cascade() -> None:
    assert modules_loaded_by_help('onnxruntime', 'tracker.extract.cascade') == [False, False]


def _scored(sentence: str) -> tuple[float, float, int]:
    """(linear confidence, cascade confidence, units encoded) of a one-sentence text."""
    detector = load()
    assert isinstance(detector, CascadeDetector)
    found = units(sentence)
    hits, _ = rule_hits(found, extract(sentence, detector=False).forecasts)
    before = detector.encoded_units
    linear = Detector.confidences(detector, found, hits)[0]
    return linear, detector.confidences(found, hits)[0], detector.encoded_units - before


@pytest.mark.parametrize("sentence", [
    "My bet is that the league expands to twenty clubs within three seasons.",
    "The harbour board reckons cargo volumes will recover by the summer.",
    "Odds are the council loses its majority at the next election.",
    "I'd be surprised if the stadium opens on time.",
])
def test_shipped_cascade_rescores_forecasts_in_its_band_as_forecasts(sentence: str) -> None:
    """Forecasts the linear detector is unsure of (inside the band) come out above 0.6."""
    linear, cascade, encoded = _scored(sentence)
    assert load().band[0] <= linear < load().band[1] and encoded == 1
    assert cascade > 0.6


@pytest.mark.parametrize("sentence", [
    "Visitors may park behind the village hall.",
    "Please write down what you think will happen before the next meeting.",
])
def test_shipped_cascade_keeps_doubtful_non_forecasts_below_even(sentence: str) -> None:
    linear, cascade, encoded = _scored(sentence)
    assert encoded == 1 and cascade < 0.6


def test_shipped_encoder_puts_paraphrases_together() -> None:
    vectors = load().encoder().embed(
        ["Interest rates will rise next year.", "Borrowing costs are going up in 2027.", "The cat slept on the warm windowsill."])
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > 0.5 > 0.2 > vectors[0] @ vectors[2]


def test_run_time_settings_give_the_vectors_of_a_plain_one_thread_session() -> None:
    """Two threads that do not spin and no graph optimisation at load (the shipped graph was
    optimised when exported) only save time: the vectors are those of one thread with
    onnxruntime's own optimisations, bit for bit, in batches of every size the run time uses."""
    from tracker.extract.cascade import ENCODER_FILE, ENCODER_VOCABULARY, RUN_TIME_BATCH, Encoder
    from tracker.extract.detector import MODEL_DIR

    sentences = [
        "The harbour board reckons cargo volumes will recover by the summer.",
        "Odds are the council loses its majority at the next election, though the mayor says otherwise.",
        "Ana: $84.", "Visitors may park behind the village hall.",
        "I'd be surprised if the stadium opens on time; the contractors have missed every deadline so far this year.",
    ]
    run_time = load().encoder()
    plain = Encoder(MODEL_DIR / ENCODER_FILE, MODEL_DIR / ENCODER_VOCABULARY, threads=1, optimised=False)
    for batch in (1, 2, RUN_TIME_BATCH):
        assert np.array_equal(run_time.embed(sentences, batch=batch), plain.embed(sentences, batch=batch))


def test_a_text_the_linear_detector_is_sure_of_never_loads_onnxruntime(tmp_path: Path) -> None:
    article = tmp_path / "notice.txt"
    article.write_text("We will publish the full minutes of the meeting on Thursday. "
                       "The museum is closed on Mondays.\n", encoding="utf-8")
    probe = (
        "import sys\nfrom tracker.extract import extract\nfrom tracker.extract.detector import load\n"
        f"extract(open({str(article)!r}, encoding='utf-8').read())\n"
        "print(type(load()).__name__, load().encoded_units, 'onnxruntime' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.stdout.split() == ["CascadeDetector", "0", "False"], result.stderr
