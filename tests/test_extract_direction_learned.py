"""The learned direction reader (issue 13, twelfth round): its shipped weights, its reading of
sentences written for this test (none comes from the corpus), a stated number it never overrides,
and a reproducible training run on a tiny fixture."""

from __future__ import annotations

import numpy as np
import pytest

from tests.candidate_checks import candidates
from tracker.extract.stated import sentence_reading
from tracker.extract.direction_model import LEARNED_SUFFIX, SIDES, WEIGHTS, DirectionReader, Reading, load, side
from tracker.training.direction import design, fit, weights_file

# Written here: (sentence, the side a reader of the labelling guide gives it).
LOW = [
    "I doubt the bridge opens before 2030.",
    "Few expect the merger to survive review.",
    "The ferry link is unlikely to reopen this winter.",
]
HIGH = [
    "The plant should be running by June.",
    "Expect the council to approve the budget next month.",
    "The new tram line will carry its first passengers in March.",
]


def _reader() -> DirectionReader:
    reader = load()
    assert reader is not None
    return reader


def test_the_shipped_weights_load_and_give_three_sides() -> None:
    reader = _reader()
    assert WEIGHTS.stat().st_size < 400_000  # one small file
    assert 0.5 <= reader.threshold < 1.0
    assert reader.side_values["low"] < 0.5 < reader.side_values["high"] and reader.side_values["even"] == 0.5
    row = reader.side_probabilities([Reading("The plant should be running by June.", "The plant should be running by June.", 0.7, "detector", "")])[0]
    assert row.shape == (len(SIDES),) and row.sum() == pytest.approx(1.0, abs=1e-5)


def _detector_reading(sentence: str) -> Reading:
    """The sentence as the rules finish a candidate only the detector found (``sentence_reading``)."""
    claim, probability = sentence_reading(sentence)
    return Reading(sentence, claim, probability, "detector", "")


@pytest.mark.parametrize(("sentence", "want"), [(s, "low") for s in LOW] + [(s, "high") for s in HIGH])
def test_the_readers_side_of_sentences_written_here(sentence: str, want: str) -> None:
    row = _reader().side_probabilities([_detector_reading(sentence)])[0]
    assert SIDES[int(row.argmax())] == want, (sentence, row)


@pytest.mark.xfail(strict=True, reason="what is left: where the rules read the sentence high (0.9) the reader leans on them")
def test_nobody_thinks_is_low() -> None:
    sentence = "Nobody on the board thinks the stadium will be finished on time."
    assert _detector_reading(sentence).probability > 0.5  # the rules' reading
    row = _reader().side_probabilities([_detector_reading(sentence)])[0]
    assert SIDES[int(row.argmax())] == "low", row


@pytest.mark.parametrize(("sentence", "chance"), [
    ("There is a 70% chance the strike ends by Friday.", 0.7),
    ("I'd put the odds of a snap election this year at one in five.", 0.2),
])
def test_a_stated_number_is_never_overridden(sentence: str, chance: float) -> None:
    found = candidates(sentence)
    assert found and all(c.probability == pytest.approx(chance) for c in found)
    assert not any(LEARNED_SUFFIX in c.cue for c in found)


def test_where_the_reader_overrides_the_cue_says_so() -> None:
    # A reader that is sure of "low" wherever it is asked: the rules' high reading gives way to the
    # labels' low value, and the cue records why; a stated number stays.
    reader = _reader()
    forced = DirectionReader({
        "buckets": reader.buckets, "sentence_weights": np.zeros_like(reader.sentence_weights).tolist(),
        "previous_weights": np.zeros_like(reader.previous_weights).tolist(),
        "hash_weights": np.zeros_like(reader.hash_weights).tolist(),
        "rule_weights": [[9.0, 0.0, 0.0]] + [[0.0, 0.0, 0.0]] * (reader.rule_weights.shape[0] - 1),
        "threshold": 0.9, "side_values": reader.side_values,
    }, reader.embed)
    plain = Reading("The plant will be running by June.", "The plant will be running by June.", 0.9, "will", "")
    stated = Reading("A 70% chance the plant runs by June.", "The plant runs by June", 0.7, "% chance", "")
    assert forced.decide([plain, stated]) == [reader.side_values["low"], None]


def test_training_on_a_tiny_fixture_is_reproducible() -> None:
    readings = [Reading(s, s, 0.9, "detector", "") for s in LOW + HIGH] * 3
    targets = ([0] * len(LOW) + [2] * len(HIGH)) * 3
    embed = _reader().embed
    x = design(readings, embed)
    first = fit(x, targets, seed=13, l2=1e-4, epochs=5)
    second = fit(x, targets, seed=13, l2=1e-4, epochs=5)
    assert np.array_equal(first, second)
    assert weights_file(first, 0.7, {"low": 0.2, "even": 0.5, "high": 0.9}, 1e-4, 13, {}) == \
        weights_file(second, 0.7, {"low": 0.2, "even": 0.5, "high": 0.9}, 1e-4, 13, {})
    other = fit(x, targets, seed=14, l2=1e-4, epochs=5)
    assert not np.array_equal(first, other)  # the seed orders the batches
    # And the fit learns the fixture: the low sentences read low.
    p = x @ first
    assert all(SIDES[int(row.argmax())] == ("low" if t == 0 else "high") for row, t in zip(p, targets))
