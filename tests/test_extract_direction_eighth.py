"""Direction and false positives, eighth round of issue 13: the classes the error analysis on
train and dev found, one or two sentences each. Every sentence here was written for this test
(none comes from the corpus)."""

from __future__ import annotations

import pytest

from tests.candidate_checks import candidates
from tracker.extract import extract
from tracker.extract import combine
from tracker.extract.stated import item_claim, sentence_reading, stated_probability


def rules(sentence: str) -> list[tuple[str, float]]:
    return [(c.claim, c.probability) for c in extract(sentence + "\n", detector=False).forecasts]


@pytest.mark.parametrize("sentence", [
    # The month May is no hedge: these are calls, not "may" (0.4).
    "Councillor Obi said she expected most of the notices to be withdrawn by May.",
    "We expect the first hay cut after 20 May.",
    "The new footbridge opens on time, in May.",
])
def test_the_month_may_is_no_hedge(sentence: str) -> None:
    assert sentence_reading(sentence)[1] > 0.5


def test_the_hedge_may_is_still_read() -> None:
    assert sentence_reading("The footbridge may open before the summer.")[1] == pytest.approx(0.4)


@pytest.mark.parametrize(("sentence", "claim", "probability"), [
    ("We don't expect a rate rise at the June meeting.", "There will be a rate rise at the June meeting", 0.2),
    ("Nobody on the trading floor expects a default this year.", "There will be a default this year", 0.1),
    ("Not a single one of the fund managers expects a downturn.", "There will be a downturn", 0.1),
    ("Few economists expect a recession next year.", "There will be a recession next year", 0.1),
    ("We expect a rate rise at the June meeting.", "There will be a rate rise at the June meeting", 0.7),
    # A third party's denied expectation of X to Y, in the present or the past.
    ("The Institute does not expect the stock to recover before 2029.", "The stock will recover before 2029", 0.2),
    ("The ministry didn't expect the reservoir to be full before 2034.", "The reservoir will be full before 2034", 0.2),
])
def test_a_denied_expectation_of_an_event_reads_low(sentence: str, claim: str, probability: float) -> None:
    assert rules(sentence) == [(claim, pytest.approx(probability))]


def test_expecting_to_do_something_is_no_expected_event() -> None:
    # "to win that one" was read as an event ("There will be to win that one" at 0.7).
    assert not any("will be to" in claim for claim, _ in rules("I don't expect to win the appeal."))


def test_a_denied_expectation_in_a_later_clause_is_not_the_sentences_reading() -> None:
    sentence = "On Sunday, Fernmouth votes again, and almost nobody at the town hall expects it to be close."
    assert sentence_reading(sentence)[1] > 0.5


@pytest.mark.parametrize(("sentence", "probability"), [
    ('Reyes said the builder has no permits yet and "nobody on the council expects those families before 2029."', 0.1),
    ("Councillor Reyes said she did not believe the closures would be as widespread as projected.", 0.2),
    ("Nobody I have spoken to expects anything bigger than a 3 percent rise.", 0.1),
])
def test_a_denied_expectation_in_a_detector_sentence_reads_low(sentence: str, probability: float) -> None:
    assert sentence_reading(sentence)[1] == pytest.approx(probability)


@pytest.mark.parametrize(("sentence", "claim", "probability"), [
    # A negation inside a quantity is read as worded (the labelling guide's "half ... won't").
    ("Staff judge it likely that at least three clubs will not survive the winter.",
     "At least three clubs will not survive the winter", 0.9),
    ("Half of the market stalls won't reopen after the fire.", "Half of the market stalls will not reopen after the fire", 0.9),
    # A plain subject is still denied and flipped, and so are "most" and "some" (as the annotators read them)
    # and a count of times.
    ("The ferry won't sail on Friday.", "The ferry will sail on Friday", 0.1),
    ("Honestly, most of the pears won't ripen.", "Most of the pears will ripen", 0.1),
    ("The council has said more than once it won't sell the depot.", "More than once it will sell the depot", 0.1),
])
def test_a_negation_inside_a_quantity_is_read_as_worded(sentence: str, claim: str, probability: float) -> None:
    assert rules(sentence) == [(claim, pytest.approx(probability))]


@pytest.mark.parametrize(("sentence", "probability"), [
    ("I'd put the chance of a fall in rents next year at about thirty per cent.", 0.3),
    ("There is a twenty-five per cent chance of a strike at the docks this winter.", 0.25),
    ("I would put it at better than even money that the levy is scrapped.", 0.6),
    ("The bridge is even money to reopen in the spring.", 0.5),
])
def test_chances_in_words(sentence: str, probability: float) -> None:
    assert sentence_reading(sentence)[1] == pytest.approx(probability)


def test_a_texts_word_scale_is_its_chance() -> None:
    text = ("My predictions for next year\n\n"
            "- The county council closes two libraries. (medium)\n"
            "- Students at the college vote to strike over rent. (low) There is talk of it.\n"
            "- The ferry opens on time, in May. (high)\n"
            "- Enrolments across the three colleges are up about 4 percent. (medium)\n"
            "- No strike at the docks. (high)\n"
            "- The marina gets a new pontoon — confidence: low.\n")
    found = {c.claim: c.probability for c in candidates(text)}
    assert found == {
        "The county council closes two libraries.": 0.5,
        "Students at the college vote to strike over rent.": 0.2,
        "The ferry opens on time, in May.": 0.8,
        "Enrolments across the three colleges are up about 4 percent.": 0.5,
        "Strike at the docks.": pytest.approx(0.2),
        "The marina gets a new pontoon": 0.2,
    }


def test_a_word_scale_needs_its_brackets_or_its_name() -> None:
    assert stated_probability("Demand stays high.") is None
    assert stated_probability("Prices stay low (for now).") is None
    assert item_claim("Rents rise again (very high)")[1] == pytest.approx(0.9)


@pytest.mark.parametrize("sentence", [
    "What we expect this spring",
    "Here's what I expect over the next fortnight.",
    "How we forecast river levels",
])
def test_announcing_forecasts_is_no_forecast_said_outright(sentence: str) -> None:
    assert candidates(sentence, combine.DEFAULT_MIN_CONFIDENCE) == []


def test_a_share_is_no_chance_said_outright() -> None:
    assert candidates("In the southern valleys, fewer than one in ten farms use the scheme.", combine.DEFAULT_MIN_CONFIDENCE) == []


@pytest.mark.parametrize("sentence", [
    "Registration will open at 09:15 on Monday in the east foyer.",
    "Free flu clinics will run every Thursday in January at the library.",
    "Bookings will close on 3 March.",
])
def test_a_services_arrangements_are_held_at_their_record(sentence: str) -> None:
    found = candidates(sentence)
    assert all(c.confidence is not None and c.confidence <= combine.ARRANGEMENT_CONFIDENCE for c in found)
    assert candidates(sentence, combine.DEFAULT_MIN_CONFIDENCE) == []


def test_a_won_lost_record_is_no_pick() -> None:
    text = "Bowl picks, week 2.\n\nLast season's bowl record: 19-16-2.\n\nThe pick is Harwick to win outright.\n"
    assert not any("record" in c.quote for c in candidates(text, combine.DEFAULT_MIN_CONFIDENCE))


def test_a_plan_after_a_fronted_link_word_is_held_at_its_record() -> None:
    found = candidates("In response, the Board will cut its dividend to 4p next year.")
    assert found and all(c.confidence is not None and c.confidence <= combine.OWN_PLAN_CONFIDENCE for c in found)


def test_a_live_blogs_report_of_the_night_is_no_forecast() -> None:
    text = ("Live: the count in Fernshire\n\n21:00 — Polls have closed across the county.\n\n"
            "21:40 — The first ward declares: a Liberal hold with a 3-point swing.\n\n"
            "22:10 — Our correspondent thinks the Liberals will hold the council.\n")
    found = candidates(text, combine.DEFAULT_MIN_CONFIDENCE)
    assert [c.claim for c in found] == ["The Liberals will hold the council"]
