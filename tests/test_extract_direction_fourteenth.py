"""Direction, fourteenth round of issue 13: negated beliefs that were read on the wrong side.
Every sentence here was written for this test (none comes from the corpus); each of the first
tests failed before this round's rules (``benchmarks/direction_errors.py`` lists the classes)."""

from __future__ import annotations

import pytest

from tracker.extract import extract
from tracker.extract.stated import sentence_reading


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


@pytest.mark.parametrize(("sentence", "claim", "probability"), [
    # "Nor do I expect / think": the writer's denial, as "I don't think" (0.2).
    ("Nor do I expect the tram to reach the airport before 2030.", "The tram will reach the airport before 2030", 0.2),
    ("Nor do I think the ferry will run again this winter.", "The ferry will run again this winter", 0.2),
    # "I am not sure X will": doubt short of denial, as "may" (0.4); the claim is X, not "I am not sure ...".
    ("I am not sure she will reach the second week of the tournament.", "She will reach the second week of the tournament", 0.4),
])
def test_nor_and_not_sure_frames(sentence: str, claim: str, probability: float) -> None:
    assert candidates(sentence) == [(claim, probability)]


@pytest.mark.parametrize(("sentence", "probability"), [
    # A call that nobody does it, at the opening or after a colon.
    ("Top scorer: nobody reaches 30 goals this season.", 0.1),
    ("Nobody wins the lottery rollover in March.", 0.1),
    # "at the earliest": that it comes sooner is denied.
    ("The new stand opens in 2029 at the earliest.", 0.2),
    ("I'd say March at the earliest for the bridge.", 0.2),
    # "none is expected", "No storms expected" after a heading's colon.
    ("Eastern districts: No frost is forecast and none is expected.", 0.2),
    ("Sunday: No gales expected.", 0.2),
    # A negated call in the present after a colon, "do NOT" in capitals, a subject that is no pronoun.
    ("Bold call: the Harriers do NOT win the league.", 0.1),
    ("The Hawks don't make the playoffs this year.", 0.1),
    # "Nobody expects anything else": the call is sure, not denied.
    ("Nobody in the county party expects anything else.", 0.9),
    # An expectation of no event, in capitals as a weather office writes it.
    ("THE BUREAU EXPECTS NO FLOODING ALONG THE RIVER.", 0.2),
    # One category of three favoured, with no number: the guide's 0.45.
    ("The bureau's outlook favours below-normal rainfall for the spring.", 0.45),
    # The chance named, then its number after a colon.
    ("Chance of a tied council, settled by lot: **~4%**, folded into the figure above.", 0.04),
    # A scenario's chance before the colon, whatever its first character.
    ("Bull case (25%): $12,000/t as mine outages spread.", 0.25),
])
def test_sentences_read_by_the_detector(sentence: str, probability: float) -> None:
    assert sentence_reading(sentence)[1] == probability


@pytest.mark.parametrize(("sentence", "probability"), [
    # Controls: a "nobody" later in the sentence, "nobody knows" and "the earliest date" keep their readings;
    # "No doubt ... is expected" is sure, not denied (it read 0.2 before).
    ("Prices stay at 70 for new releases; nobody dares go to 80.", 0.9),
    ("No doubt rain is expected on the hills.", 0.7),
    ("Nobody knows what happens at the count.", 0.9),
    ("Doesn't matter: they do not need to win.", 0.9),
    ("The pier reopens in May, not at the earliest date the council gave.", 0.9),
])
def test_controls_read_as_before(sentence: str, probability: float) -> None:
    assert sentence_reading(sentence)[1] == probability


@pytest.mark.parametrize(("item", "claim", "probability"), [
    # A pick against the name after the colon: the name is the claim, on the low side.
    ("Fade: Tobias Renn.", "Tobias Renn.", 0.1),
    ("Avoid: Harrow Lad in the 2.30.", "Harrow Lad in the 2.30.", 0.1),
    ("Lay of the day: Copper Kettle, 7/2. Too short.", "Copper Kettle, 7/2. Too short.", 0.1),
])
def test_a_pick_against(item: str, claim: str, probability: float) -> None:
    assert sentence_reading(item) == (claim, probability)


def test_picks_against_in_a_declared_list_read_low() -> None:
    text = "My picks for Saturday\n\n1. Back: Harrow Lad in the 2.30.\n2. Fade: Copper Kettle in the 3.05.\n3. Avoid: Tinker Bay.\n"
    found = [c.probability for c in extract(text, min_confidence=0.0).forecasts]
    assert found == [0.9, 0.1, 0.1]


def test_an_instruction_to_avoid_is_no_pick_against() -> None:
    assert sentence_reading("Avoid convex slopes on north aspects.")[1] == 0.9
