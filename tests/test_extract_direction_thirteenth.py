"""Direction, thirteenth round of issue 13: a denied belief whose subject carries a phrase of
place or membership ("Nobody on the board thinks X will") is the labelling guide's "nobody
expects" (0.1), not the plain "will" it was read as (0.9). Every sentence here was written for
this test (none comes from the corpus)."""

from __future__ import annotations

import pytest

from tracker.extract import extract


def probabilities(sentence: str) -> list[float]:
    return [candidate.probability for candidate in extract("Notes\n\n" + sentence, min_confidence=0.0).forecasts]


@pytest.mark.parametrize("sentence", [
    "Nobody on the board thinks the stadium will be finished on time.",
    "Nobody at the table thinks the merger will close this year.",
    "No one in the room believes the bill will pass before the recess.",
    "Nobody inside the club thinks the coach will last the season.",
])
def test_nobody_with_a_phrase_of_place_denies_the_forecast(sentence: str) -> None:
    assert probabilities(sentence) == [0.1]


@pytest.mark.parametrize(("sentence", "probability"), [
    # The plain forms read as before.
    ("Nobody thinks the merger will close this year.", 0.1),
    ("The board thinks the stadium will be finished on time.", 0.9),
    # A "nobody" in another clause does not deny this one's forecast.
    ("Nobody on the board spoke, and the stadium will be finished on time.", 0.9),
])
def test_other_subjects_and_clauses_are_read_as_before(sentence: str, probability: float) -> None:
    assert probabilities(sentence) == [probability]
