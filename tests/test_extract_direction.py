"""Direction and false positives, seventh round of issue 13: the classes the error analysis on
train and dev found, one or two sentences each. Every sentence here was written for this test
(none comes from the corpus)."""

from __future__ import annotations

import pytest

from tests.candidate_checks import candidates
from tracker.extract import extract
from tracker.extract import combine
from tracker.extract.stated import item_claim, sentence_reading


@pytest.mark.parametrize(("sentence", "probability"), [
    # A first-person estimate, and a chance named just before its number.
    ("I'd say 40% the ferry sails on time.", 0.4),
    ("I'd put the Harriers at 65%.", 0.65),
    ("We'd give it about 30 per cent by the spring.", 0.3),
    ("Kelso Ward: a two-way marginal; projected win probability 35%.", 0.35),
    ("Snow's chances for the first week of March are just 8%.", 0.08),
    ("The chance it closes above $90 is much lower, perhaps 15 percent.", 0.15),
    ("Clear skies for the meteor shower at the reservoir: maybe 40%.", 0.4),
    # A hedge on a negated verb.
    ("Version 5 probably doesn't ship before the summer.", 0.275),
    # Negation in a call's main clause, and what is no negation of the call.
    ("The old pier doesn't survive another winter.", 0.1),
    ("The Larks aren't going down this season.", 0.1),
    ("I wouldn't bet on the bypass opening in May.", 0.2),
    ("The probability of widespread flooding on the coast is low.", 0.2),
    ("Hail chances are near zero given the dry air.", 0.03),
    ("I think the county will, by 2031, because families that can't pay are left behind otherwise.", 0.9),
    ("It doesn't matter who wins; fares rise in January.", 0.9),
    # A sentence opening with its negation reads as a negated pick.
    ("Not in my lifetime, I suspect.", 0.1),
    ("Not only will fares rise, timetables will thin.", 0.9),
    # A price closing a short pick.
    ("Okonkwo-Marsh at 20/1.", 0.048),
    ("The Wherry Lane side are 4/1", 0.2),
    ("The match is on 12/4.", 0.9),
    # What the guide reads as even: a coin flip, a central estimate with its range, a line.
    ("The final round is a coin flip.", 0.5),
    ("Week 7: 48 (41-55)", 0.5),
    ("Harbour Party: 61 (range 52-70)", 0.5),
    ("Greystone College -4.5 at Ashworth (1 unit)", 0.5),
    ("Eastfield v Norham: take the over 142.5", 0.5),
    ("Millbrook Owls (+6) vs. Castle Dene", 0.5),
    ("Temperatures fall to -4 at night.", 0.9),
    # A price beats the line it is quoted on; two lines are a table joined into one sentence.
    ("Over 1.5 goals in Hartley v Combe Vale, 4/5", 0.556),
    ("Line: Ashby (-3) Corran (+7) Dunmore (-2)", 0.9),
    # "Not X, but Y" says Y; a negation in one clause does not deny the next.
    ("Not on the first ferry, I suspect, but on the second.", 0.9),
    ("The survey does not cover rentals, and rents rise again in spring.", 0.9),
    ("Turnout was 61% (2018-2022 average).", 0.9),
])
def test_a_detector_sentence_is_read_at_its_stated_side(sentence: str, probability: float) -> None:
    assert sentence_reading(sentence)[1] == pytest.approx(probability)


def test_nobody_in_a_ranked_list_is_someone_at_the_complement() -> None:
    assert item_claim("(70%) Nobody on the board resigns over the stadium deal.") == (
        "Someone on the board resigns over the stadium deal.", 0.3)
    assert item_claim("No one scoops the rollover: 80%") == ("Someone scoops the rollover", 0.2)


def test_a_bare_chance_after_its_sentence_is_that_sentences_chance() -> None:
    text = ("Ten calls for the village in 2027.\n\n1. A second bakery opens on the high street. 35%. I live in hope.\n\n"
            "2. The long bed will flood in March. 30%\n")
    found = candidates(text)
    [bakery] = [c for c in found if "bakery" in c.quote]
    [flood] = [c for c in found if "long bed" in c.quote]
    assert bakery.probability == pytest.approx(0.35) and bakery.quote.endswith("35%.")  # quoted with its chance
    assert flood.probability == pytest.approx(0.3) and flood.claim == "The long bed will flood in March"
    assert not any(c.quote.strip().rstrip(".") in ("35%", "30%") for c in found)


def test_a_line_that_opens_with_its_chance_keeps_it_over_a_cue_word() -> None:
    text = "Our club's calls for next year, most confident first.\n\n10% The village pond will freeze solid in January.\n"
    [candidate] = [c for c in candidates(text) if "pond" in c.quote]
    assert candidate.probability == pytest.approx(0.1)


def test_a_quantitys_change_in_brackets_is_no_chance() -> None:
    [candidate] = candidates("Exports are projected to grow by 4.2 mt (3.1 percent) to 139 mt in 2027.")
    assert candidate.probability > 0.5


@pytest.mark.parametrize(("sentence", "cap"), [
    ("The Council will resurface Mill Lane from 3 May.", combine.OWN_PLAN_CONFIDENCE),
    ("We will fit new lamps on every street in the ward this year.", combine.OWN_PLAN_CONFIDENCE),
    ("Parking permits will be capped at two per household from June.", combine.POLICY_PASSIVE_CONFIDENCE),
    ("We forecast a wet spring; it turned out to be the driest in a decade.", combine.GRADED_CONFIDENCE),
])
def test_plans_measures_and_graded_forecasts_are_held_at_their_record(sentence: str, cap: float) -> None:
    found = candidates(sentence)
    assert found and all(c.confidence is not None and c.confidence <= cap for c in found)
    assert candidates(sentence, combine.DEFAULT_MIN_CONFIDENCE) == []


def test_a_stated_belief_is_not_held_as_a_plan() -> None:
    [candidate] = candidates("I believe free clinics will be offered in every village by 2030.")
    assert candidate.confidence is not None and candidate.confidence > combine.POLICY_PASSIVE_CONFIDENCE


def test_a_graded_record_is_no_new_candidate() -> None:
    text = "Week 9 picks.\n\nPicks record this year: 58-21.\n\nLast week: Amos 4-2, Bryn 3-3.\n"
    assert not any("record" in c.quote or "Last week" in c.quote for c in candidates(text, combine.DEFAULT_MIN_CONFIDENCE))


def test_each_chance_of_a_sentence_is_a_forecast_at_its_own_number() -> None:
    found = candidates("There is a 60 per cent chance of snow on the hills and a 20 per cent chance of snow in the valleys.")
    assert [(c.claim, c.probability) for c in found] == [
        ("There will be snow on the hills", 0.6), ("Snow in the valleys", 0.2)]
    assert found[1].quote == "a 20 per cent chance of snow in the valleys"


def test_the_categories_of_one_outlook_stay_one_forecast() -> None:
    found = candidates("We give a 55% chance of an above-normal season, a 30% chance of near normal and a 15% chance of below normal.")
    assert len(found) == 1 and found[0].probability == pytest.approx(0.55)


@pytest.mark.parametrize(("sentence", "claim", "probability"), [
    # A bound is no negation of the subject.
    ("We expect no more than three of the six mills to be running in 2031.",
     "No more than three of the six mills will be running in 2031", 0.7),
    # Anyone's doubt lowers the clause it frames, as "we doubt" does.
    ("The committee doubted the levy will raise that much.", "The levy will raise that much", 0.25),
    ("Analysts doubt the county will balance its budget this year.", "The county will balance its budget this year", 0.25),
])
def test_bounds_and_third_person_doubt(sentence: str, claim: str, probability: float) -> None:
    [candidate] = list(extract(sentence + "\n", detector=False).forecasts)
    assert (candidate.claim, candidate.probability) == (claim, pytest.approx(probability))


def test_nobody_doubting_is_no_doubt() -> None:
    [candidate] = list(extract("Nobody doubted the ferry will run all winter.\n", detector=False).forecasts)
    assert candidate.probability > 0.5


def test_a_chance_said_alone_belongs_to_the_sentence_before_it() -> None:
    text = "Where does the lake level end the summer?\n\nBelow the old jetty, I reckon. Maybe 30%.\n"
    found = candidates(text)
    [jetty] = [c for c in found if "jetty" in c.quote]
    assert jetty.probability == pytest.approx(0.3)
    assert not any(c.quote.strip() == "Maybe 30%." for c in found)


def test_a_tipsters_record_in_a_list_of_picks_is_no_pick() -> None:
    text = ("My picks for round 12:\n\n- Last week: Amos 4-2, Bryn 3-3.\n- Harrowby beat Oakhill.\n"
            "- Tidewell win at home.\n")
    found = candidates(text, combine.DEFAULT_MIN_CONFIDENCE)
    assert any("Harrowby" in c.quote for c in found)
    assert not any("Last week" in c.quote for c in found)
