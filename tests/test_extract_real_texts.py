"""The detector must not throw away the rules' clear forecasts in the long sentences of real
writing (issue 13, README "Real texts: what the detector threw away (thirteenth round)").

The sentences are written for these tests, in the styles of the forecasts dev lost: an
old-diction prophecy, a technology forecast in a long sentence of an essay, an outlook whose
forecast follows a long concessive clause. Each has a plain rule cue ("will"); the combined
extractor keeps the rule's candidate at the default ``--min-confidence``.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from tracker.extract import extract
from tracker.extract.combine import DEFAULT_MIN_CONFIDENCE
from tracker.extract.detector import (
    RULE_FEATURES,
    TYPICAL_CANDIDATE_WORDS,
    Detector,
    RuleHit,
    candidate_length,
    load,
    logit,
    rule_features,
)
from tracker.extract.units import units

PROPHECY = "Within fifty years the airship will cross the Atlantic in a day."

ESSAY = (
    "THE OFFICE OF TO-MORROW\n\n"
    "It is a common complaint of our grandfathers that the world moves too fast for them, and there "
    "is some justice in it. The lamp has given way to the gas jet, and the gas jet is already yielding "
    "to the incandescent bulb in the better streets of the town.\n\n"
    "In the city of the next century the merchant's clerk will dictate his letters to a machine that prints "
    "them at the far end of the wire, and the postman, with his bag and his rounds, will become a figure of "
    "the picture books.\n\n"
    "Our fathers walked to their offices; we ride in the tramcar; and the question of how the next "
    "generation shall travel is one that we may leave to the engineers.\n"
)
ESSAY_FORECAST = "the merchant's clerk will dictate his letters"

# Old diction, a long sentence: the rules' "will" with a unit score under the default.
SMOKE = (
    "The air of our cities, now thick with the smoke of ten thousand chimneys, will be as clear as that of "
    "the hills once the power for our mills and kitchens comes to us along the wire from the great falls.\n"
)

OUTLOOK = (
    "Although several of the temporary influences that held back household spending over the winter months "
    "are now beginning to fade, the weakening of demand from abroad will keep the growth of output below its "
    "longer-run average through the end of next year.\n"
)


def kept(text: str, words: str) -> list:
    """The rule candidates (not the detector's own) whose quote holds ``words``, at the default."""
    found = extract(text, min_confidence=DEFAULT_MIN_CONFIDENCE).forecasts
    return [c for c in found if words in c.quote and c.cue != "detector"]


@pytest.mark.parametrize(("text", "words"), [(PROPHECY + "\n", "airship"), (SMOKE, "will be as clear")])
def test_an_old_diction_prophecy_keeps_its_rule_candidate(text: str, words: str) -> None:
    [candidate] = kept(text, words)
    assert candidate.cue == "will" and candidate.probability > 0.5
    assert candidate.confidence is not None and candidate.confidence >= DEFAULT_MIN_CONFIDENCE


def test_a_technology_forecast_in_a_long_sentence_of_an_essay_is_kept() -> None:
    [candidate] = kept(ESSAY, ESSAY_FORECAST)
    assert candidate.cue == "will" and candidate.speaker is None
    assert candidate.confidence is not None and candidate.confidence >= DEFAULT_MIN_CONFIDENCE


def test_an_outlook_after_a_long_concession_is_kept() -> None:
    [candidate] = kept(OUTLOOK, "will keep the growth of output")
    assert candidate.cue == "will" and candidate.probability > 0.5


def test_the_narrative_around_the_essays_forecast_stays_out() -> None:
    """The length witness does not make every long sentence a forecast: the essay's history
    and its "may leave to the engineers" have no candidate at the default."""
    found = extract(ESSAY, min_confidence=DEFAULT_MIN_CONFIDENCE).forecasts
    assert [c.quote for c in found if ESSAY_FORECAST not in c.quote] == []


def test_a_longer_sentence_with_the_same_witnesses_counts_for_more() -> None:
    """The shipped combination gives the sentence's length a weight above 0: of two rule
    candidates with the same unit score, cue, text prior and neighbours, the longer sentence's
    is the likelier forecast (the unit's score already counted its length against it). A
    sentence no longer than the typical candidate reads as one of typical length."""
    detector = load()
    assert detector.candidate_weights[5] > 0
    short = detector.candidate_confidence(0.3, "will", 0.5, 0.5, words=8)
    long = detector.candidate_confidence(0.3, "will", 0.5, 0.5, words=45)
    assert long > short
    typical = detector.candidate_confidence(0.3, "will", 0.5, 0.5)
    assert typical == short == detector.candidate_confidence(0.3, "will", 0.5, 0.5, words=TYPICAL_CANDIDATE_WORDS)


def test_the_length_witness_counts_the_words_past_the_typical_candidate() -> None:
    """On the scale of the detector's own ``words_log`` feature, from the typical length on."""
    text = "In the city of the next century the merchant's clerk will dictate his letters to a machine that prints them."
    [row] = rule_features(units(text), [RuleHit()])
    words = len(text.split())
    assert words > TYPICAL_CANDIDATE_WORDS
    assert candidate_length(words) == pytest.approx(row[RULE_FEATURES.index("words_log")] - math.log1p(TYPICAL_CANDIDATE_WORDS) / 4)
    assert candidate_length(0) == candidate_length(8) == candidate_length(TYPICAL_CANDIDATE_WORDS) == 0.0
    assert candidate_length(45) == pytest.approx((math.log(46) - math.log(20)) / 4)


def test_a_combination_without_a_length_weight_reads_as_before(tmp_path) -> None:
    """Weights of five (an older combination.json) leave the length out: the same confidence
    whatever the sentence's length."""
    import json
    import shutil

    from tracker.extract.detector import MODEL_DIR

    for name in ("embeddings.npy", "detector.npz", "vocab.txt"):
        shutil.copy(MODEL_DIR / name, tmp_path / name)
    combination = json.loads((MODEL_DIR / "combination.json").read_text(encoding="utf-8"))
    combination["candidate_weights"] = combination["candidate_weights"][:5]
    (tmp_path / "combination.json").write_text(json.dumps(combination), encoding="utf-8")
    detector = Detector(tmp_path)
    unit, cue_slope, intercept, prior, near = detector.candidate_weights
    z = unit * logit(0.3) + cue_slope * logit(detector.precision_of("will")) + intercept + prior * logit(0.5) + near * logit(0.5)
    for words in (3, 60):
        assert detector.candidate_confidence(0.3, "will", 0.5, 0.5, words=words) == pytest.approx(1 / (1 + math.exp(-z)))


def test_each_text_weighs_as_one_text_of_its_genre() -> None:
    """The combination's sample weights: a text's candidates share its genre's factor, so an
    essay with many candidates does not outweigh the texts with few."""
    from tracker.training.combination import text_weights
    from tracker.training.data import genre_weight

    rows = [("will", 0.3, 1, 0.5, 0.5, "technology_predictions", "texts/a.txt", 30)] * 8
    rows += [("will", 0.3, 0, 0.5, 0.5, "technology_predictions", "texts/b.txt", 12)] * 2
    weights = text_weights(rows)
    factor = genre_weight("technology_predictions")
    assert weights[:8].sum() == pytest.approx(factor) and weights[8:].sum() == pytest.approx(factor)
    assert weights[8] == pytest.approx(4 * weights[0])


def test_the_fit_learns_a_length_that_goes_with_forecasts() -> None:
    pytest.importorskip("sklearn", reason="the fit needs the [train] extra")
    from tracker.training.combination import combined, fit_weights

    generator = np.random.default_rng(13)
    features = np.column_stack([generator.normal(size=(600, 4)), generator.uniform(0.4, 1.0, size=600)])
    signal = features[:, 0] + 0.5 * features[:, 1] + 3.0 * (features[:, 4] - 0.7)
    targets = (signal + generator.normal(scale=0.5, size=600) > 0).astype(int)
    weights = fit_weights(features, targets, np.ones(600), 13)
    assert len(weights) == 6 and weights[5] > 1.0
    row = features[0]
    unit, cue, intercept, prior, near, length = weights
    z = unit * row[0] + cue * row[1] + intercept + prior * row[2] + near * row[3] + length * row[4]
    assert combined(weights, row) == pytest.approx(1 / (1 + math.exp(-z)))
