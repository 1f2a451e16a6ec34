"""Direction, fourteenth round of issue 13: negated beliefs that were read on the wrong side.
Every sentence here was written for this test (none comes from the corpus); each of the first
tests failed before this round's rules (``benchmarks/direction_errors.py`` lists the classes)."""

from __future__ import annotations

import pytest

from tracker.extract import extract


def candidates(sentence: str) -> list[tuple[str, float]]:
    return [(c.claim, c.probability) for c in extract("Notes\n\n" + sentence, min_confidence=0.0).forecasts]


@pytest.mark.parametrize(("sentence", "claim"), [
    # The nearer "expects that" frame is part of the denial that holds it.
    ("None of them expects that the council will approve the budget before June.",
     "The council will approve the budget before June"),
    ("I don't expect that the ferry will run again this winter.", "The ferry will run again this winter"),
    ("Few people expect that the bypass will open in spring.", "The bypass will open in spring"),
])
def test_a_denial_holds_the_expectation_inside_it(sentence: str, claim: str) -> None:
    [(found, probability)] = candidates(sentence)
    assert found == claim
    assert probability < 0.5


@pytest.mark.parametrize(("sentence", "claim"), [
    # A denied belief with no "that": the claim is the clause after it, stated positively.
    ("Nobody seriously imagines the tunnel will open on time.", "The tunnel will open on time"),
    ("Few people imagine the deficit will shrink next year.", "The deficit will shrink next year"),
    ("Hardly anyone reckons the mayor will stand again.", "The mayor will stand again"),
])
def test_a_denied_belief_without_that_keeps_a_positive_claim_at_a_low_probability(sentence: str, claim: str) -> None:
    assert candidates(sentence) == [(claim, 0.1)]


@pytest.mark.parametrize("sentence", [
    # A forecast nobody makes, and an expectation denied in capitals, as weather products write it.
    "Nobody has it going up more than 15%.",
    "Nobody has the Rovers finishing in the top four.",
    "Nobody is calling a rate cut in March.",
    "WIDESPREAD FLOODING IS NOT ANTICIPATED AT THIS TIME.",
    "Gale force winds are not forecast for the coast tonight.",
])
def test_a_call_nobody_makes_reads_low(sentence: str) -> None:
    found = candidates(sentence)
    assert found and all(probability < 0.5 for _, probability in found)


@pytest.mark.parametrize(("sentence", "probability"), [
    # Controls: the positive forms, and a "nobody" that is the claim's own subject, read as before.
    ("We expect that the council will approve the budget before June.", 0.7),
    ("The board thinks the tunnel will open on time.", 0.9),
    ("Nobody will notice the change to the timetable.", 0.05),
])
def test_positive_frames_and_subjects_read_as_before(sentence: str, probability: float) -> None:
    assert [p for _, p in candidates(sentence)] == [probability]
