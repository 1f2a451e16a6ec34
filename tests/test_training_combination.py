"""How a rule candidate's witnesses are combined (``tracker.training.combination``): the
weights are fitted with each genre weighing as the detector's training weighs it, and the
text prior is never given a weight that would make a text of forecasts count against its
own candidates (README, "The detector on real text (tenth round)")."""

from __future__ import annotations

import numpy as np
import pytest

from tracker.extract.detector import Detector, candidate_length, logit
from tracker.training.combination import PRIOR_COLUMN, combined, fit_weights


def test_combined_reads_as_the_detector_reads_a_candidate() -> None:
    detector = Detector()
    cue, unit, prior, near, words = "will", 0.3, 0.7, 0.5, 31
    row = [logit(unit), logit(detector.precision_of(cue)), logit(prior), logit(near), candidate_length(words)]
    assert combined(list(detector.candidate_weights), row) == pytest.approx(
        detector.candidate_confidence(unit, cue, prior, near, words), abs=1e-9)


def witnesses(rows: int, seed: int, prior_effect: float = -0.8) -> tuple[np.ndarray, np.ndarray]:
    """Logits of unit, cue, text prior and neighbours, and targets that follow the unit, the
    cue and, by ``prior_effect``, the text prior."""
    generator = np.random.default_rng(seed)
    features = generator.normal(size=(rows, 4))
    signal = features[:, 0] + 0.5 * features[:, 1] + prior_effect * features[:, PRIOR_COLUMN]
    targets = (signal + generator.normal(scale=0.5, size=rows) > 0).astype(int)
    return features, targets


def test_a_text_prior_that_runs_against_forecasts_gets_no_weight() -> None:
    pytest.importorskip("sklearn", reason="the fit needs the [train] extra")
    features, targets = witnesses(400, 13)
    weights = fit_weights(features, targets, np.ones(len(targets)), 13)
    assert weights[3] == 0.0 and weights[0] > 0 and weights[1] > 0


def test_a_text_prior_that_goes_with_forecasts_keeps_its_weight() -> None:
    pytest.importorskip("sklearn", reason="the fit needs the [train] extra")
    features, targets = witnesses(400, 13, prior_effect=0.8)
    assert fit_weights(features, targets, np.ones(len(targets)), 13)[3] > 0


def test_sample_weights_decide_between_genres() -> None:
    """Two genres that disagree on what the unit's score means: the heavier one wins."""
    pytest.importorskip("sklearn", reason="the fit needs the [train] extra")
    features, targets = witnesses(400, 7, prior_effect=0.0)
    flipped = features.copy()
    flipped[:, 0] = -flipped[:, 0]
    both, both_targets = np.vstack([features, flipped]), np.concatenate([targets, targets])
    light, heavy = np.full(400, 0.5), np.full(400, 3.0)
    assert fit_weights(both, both_targets, np.concatenate([heavy, light]), 13)[0] > 0
    assert fit_weights(both, both_targets, np.concatenate([light, heavy]), 13)[0] < 0
