"""The classes of issue 13, one sentence each, through extract() at the CLI's default
confidence. Every sentence here was written for this test (none comes from the corpus)."""

from __future__ import annotations

import pytest

from tracker.extract import Candidate, extract
from tracker.extract.combine import DEFAULT_MIN_CONFIDENCE, LIST_CUE
from tracker.extract.stated import EXPLICIT_CONFIDENCE
from tracker.extract import stated


def found(text: str) -> list[Candidate]:
    return list(extract(text + "\n", min_confidence=DEFAULT_MIN_CONFIDENCE).forecasts)


def only(text: str) -> Candidate:
    [candidate] = found(text)
    return candidate


@pytest.mark.parametrize(("sentence", "probability"), [
    ("The Lakers have a 34% chance of reaching the final.", 0.34),
    ("I put the odds of a snap election at one in three.", 0.333),
    ("The incumbent is a 64 percent favourite to win the runoff.", 0.64),
    ("I would take even money that the merger collapses.", 0.5),
    ("The challenger is a 3-to-1 shot to take the title.", 0.25),
])
def test_explicit_numbers_and_odds(sentence: str, probability: float) -> None:
    candidate = only(sentence)
    assert candidate.probability == pytest.approx(probability) and candidate.speaker is None
    assert candidate.confidence is not None and candidate.confidence >= EXPLICIT_CONFIDENCE


@pytest.mark.parametrize("sentence", [
    "I predict the mayor will resign before the summer.",
    "My money is on the Rovers to win the league.",
    "I would bet the strike ends within a week.",
    "My best guess is that prices peak in March.",
])
def test_first_person_calls(sentence: str) -> None:
    candidate = only(sentence)
    assert candidate.probability > 0.5 and candidate.speaker is None


@pytest.mark.parametrize(("sentence", "probability"), [
    ("I don't think the bridge will open this year.", 0.2),
    ("I doubt the council will approve the budget.", 0.25),
    ("The new line isn't expected to open until 2030.", 0.2),
    ("No significant strengthening is expected over the next two days.", 0.2),
])
def test_negated_belief_is_a_low_forecast_not_nothing(sentence: str, probability: float) -> None:
    assert only(sentence).probability == pytest.approx(probability)


@pytest.mark.parametrize("sentence", [
    "Rents are expected to rise again next year.",
    "It has been predicted that the lake will freeze over by January.",
    "Output is projected to grow 2 percent in 2027.",
])
def test_passive_expectation(sentence: str) -> None:
    assert only(sentence).probability >= 0.7


@pytest.mark.parametrize(("sentence", "probability"), [
    ("Space tourism is impossible.", 0.03),
    ("There is no chance that the dam holds.", 0.0),
    ("It is all over for the Rovers.", 0.9),
])
def test_impossibility_and_certainty(sentence: str, probability: float) -> None:
    assert only(sentence).probability == pytest.approx(probability)


def test_going_to_with_a_fronted_horizon() -> None:
    candidate = only("By 2030 we are going to be back where we started.")
    assert candidate.probability == pytest.approx(0.9) and candidate.deadline is not None and candidate.deadline.year == 2030


def test_two_forecasts_in_one_sentence_have_opposite_probabilities() -> None:
    first, second = found("There will be no strike in May, but the union will win a pay rise.")
    assert first.probability < 0.5 < second.probability


def test_a_declared_prediction_list_reads_every_item() -> None:
    text = (
        "My predictions for 2027:\n\n- Winner: Team Blue\n- Going down: Rovers, City and United\n"
        "- Peru descends into unrest.\n- No recession in Spain: 80%\n\nThat is all for now."
    )
    items = found(text)
    assert [c.claim for c in items] == ["Winner: Team Blue", "Going down: Rovers, City and United", "Peru descends into unrest.", "Recession in Spain"]
    assert {c.cue for c in items} == {LIST_CUE} and all(c.speaker is None for c in items)
    assert [c.probability for c in items] == [0.9, 0.9, 0.9, 0.2]


def test_a_list_under_a_named_experts_heading_is_hers() -> None:
    items = found("Jane Roe's predictions for 2027:\n\n1. The Fed cuts rates twice.\n2. Oil ends the year below $60.")
    assert [c.speaker for c in items] == ["Jane Roe", "Jane Roe"]


def test_an_undeclared_list_is_not_read_as_predictions() -> None:
    assert found("Things to pack:\n\n- A tent\n- Two torches") == []


@pytest.mark.parametrize("sentence", [
    "The comet was visible from orbit.",
    "Taxpayers may deduct the cost of the course.",
    "Signs were put up so that visitors could find the exit.",
    "Had this been 2010, I would predict a win for the Tigers.",
    "As longtime readers know, I like trains.",
    "Hard as it may seem, the plan worked.",
    "The value will change as the price changes.",
    "It is impossible to say how long the boom lasted.",
])
def test_false_positives_stay_out(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Guests may bring one friend each.",
    "Residents may apply for a parking permit online.",
    "You may bring a packed lunch.",
    "Dogs may not enter the play area.",
    "After the match, ticket holders may also collect a free programme.",
])
def test_a_permission_makes_no_rule_candidate(sentence: str) -> None:
    # "may" granting people an act of their own: no cue at all, whatever the detector thinks of it.
    assert [c for c in extract(sentence + "\n", min_confidence=0.0).forecasts if c.cue != "detector"] == []


@pytest.mark.parametrize("sentence", [
    "Prices may rise next year.",
    "The storm may weaken overnight.",
    "Visitors may find the hall closed.",
    "Voters may punish the party at the next election.",
    "Fewer visitors may come this summer.",
    "Demand from visitors may use up the car park.",
])
def test_a_may_of_chance_keeps_its_rule_candidate(sentence: str) -> None:
    # Another subject, or another verb than a granted act: a guess about the world, still "may".
    assert [c.cue for c in extract(sentence + "\n", min_confidence=0.0).forecasts] == ["may"]


def test_one_sentence_without_a_title_is_the_body() -> None:
    result = extract("Snow is likely tonight, with lows near 20.\n")
    assert result.meta.title is None and [c.quote for c in result.forecasts] == ["Snow is likely tonight, with lows near 20."]


def test_weather_service_products_have_their_own_metadata_layout() -> None:
    # A product written for this test in the NWS layout.
    product = (
        "WWUS45 KXYZ 031502\nWSWXYZ\n\nURGENT - WINTER WEATHER MESSAGE\n"
        "NATIONAL WEATHER SERVICE SPRINGFIELD XY\n902 AM CST TUE FEB 3 2026\n\n"
        "...HEAVY SNOW EXPECTED TONIGHT...\n\nSNOW WILL DEVELOP THIS EVENING AND CONTINUE OVERNIGHT.\n\n$$\n\nForecaster Lund\n"
    )
    meta = extract(product).meta
    assert (meta.title, meta.author, meta.outlet) == ("URGENT - WINTER WEATHER MESSAGE", "Lund", "NATIONAL WEATHER SERVICE SPRINGFIELD XY")
    assert meta.published is not None and meta.published.isoformat() == "2026-02-03"
    unsigned = product.split("$$")[0]
    assert extract(unsigned).meta.author is None


# ---------------------------------------------------------------- stated projections and prices

@pytest.mark.parametrize(("sentence", "probability", "speaker"), [
    # A bookmaker's fractional price is its implied probability, and the book's forecast.
    ("Bookmakers have the Greens at 1/4 to win the most seats in the assembly.", 0.8, "Bookmakers"),
    ("The Harbour Party are favourites at 7/4 with the main bookmakers.", 0.364, "the main bookmakers"),
    # A stated projection, the most likely outcome, and what cannot be ruled out.
    ("Our projection: the Greens on 64 seats, give or take five.", 0.7, None),
    ("The most likely outcome is a minority government led by the Greens.", 0.875, None),
    ("I wouldn't rule out a recount in the northern district.", 0.1, None),
    # A forum's way of making a call.
    ("I'm going with the third of March for the first frost-free night.", 0.9, None),
    ("Expect a cagey first half and at most one goal before the break.", 0.9, None),
])
def test_stated_projections_and_prices_in_commentary(sentence: str, probability: float, speaker: str | None) -> None:
    candidate = only(sentence)
    assert candidate.probability == pytest.approx(probability, abs=0.001)
    assert candidate.speaker == speaker
    assert candidate.confidence is not None and candidate.confidence >= 0.9


def test_a_price_after_the_book_is_named_is_still_the_books() -> None:
    text = "Bookmakers have the Greens at 1/4 to win the most seats. A Green majority has drifted to 9/2."
    assert [(c.probability, c.speaker) for c in found(text)] == [
        (pytest.approx(0.8), "Bookmakers"), (pytest.approx(0.182, abs=0.001), "Bookmakers"),
    ]


@pytest.mark.parametrize("sentence", [
    "The committee kept the target range at 1/4 to 1/2 percent.",  # a range, not a price
    "The exchange rate has fallen by 3% since the spring.",  # "the exchange" of a rate is no book
    "Expect to pay \u00a35 at the door of the harbour hall.",  # the reader's budget, not a call
    "The most likely outcome is unclear until the count ends.",  # no outcome is named
    "Our projection:",  # a label with nothing after it
])
def test_fractions_and_exchanges_that_are_no_price(sentence: str) -> None:
    from tracker.extract.stated import STATED_CALL, stated_probability

    assert stated_probability(sentence) is None and not STATED_CALL.search(sentence)


def test_a_will_parted_from_its_verb_by_an_aside_is_still_a_forecast() -> None:
    candidate = only("The tidal turbine, once joined to the grid, will, beyond all doubt, light every street of the harbour town.")
    assert candidate.cue == "will"
    assert candidate.claim == "The tidal turbine will light every street of the harbour town"


def test_a_scenario_named_with_its_chance_is_read_at_that_chance() -> None:
    # Written here: scenarios that carry their probability before the colon.
    text = (
        "Our three cases for the harbour toll in 2027.\n\n"
        "Base case (55%): the toll rises by a tenth in April.\n\n"
        "Bear case (25%): the council freezes it until 2028.\n\n"
        "Upside for the port (probability 20%): a new ferry line doubles traffic by June.\n"
    )
    read = [(c.claim, c.probability) for c in extract(text, detector=True).forecasts]
    assert read == [
        ("The toll rises by a tenth in April.", 0.55),
        ("The council freezes it until 2028.", 0.25),
        ("A new ferry line doubles traffic by June.", 0.2),
    ]


def test_a_share_before_a_colon_is_no_scenario_chance() -> None:
    # Written here: a poll's share is not the chance of what follows it.
    assert stated.leading_chance("Labour (34%): ahead in every poll this spring.") is None
    assert stated.leading_chance("Bull case (30%): copper tops $12,000 by June.") == (0.3, "Copper tops $12,000 by June.")


@pytest.mark.parametrize("sentence", [
    # A chance given in the past: the record of an old forecast, not a new one.
    "Last spring the club's model gave the Harriers a 70 percent chance of promotion.",
    "In January I estimated a 15% likelihood that the ferry route would reopen.",
    "The exchange had given a 40% probability to an early election back in 2024.",
    # A condition on forecasting itself, explaining how scoring works.
    "If I predict ten things at 80%, about eight of them should come true.",
])
def test_a_chance_stated_in_the_past_or_as_a_condition_gets_no_explicit_floor(sentence: str) -> None:
    assert stated.STATED_ONCE.search(sentence)
    assert all(c.confidence is None or c.confidence < EXPLICIT_CONFIDENCE for c in found(sentence))


@pytest.mark.parametrize("sentence", [
    "The club's model gives the Harriers a 70 percent chance of promotion.",
    "I put a 15% likelihood on the ferry route reopening this year.",
    "If you make me choose, I'd bet on the Harriers.",
])
def test_a_present_chance_keeps_its_explicit_floor(sentence: str) -> None:
    assert not stated.STATED_ONCE.search(sentence)


def test_a_section_number_alone_is_never_a_candidate() -> None:
    # Written here: a programme whose commitments are numbered on lines of their own.
    text = (
        "Programme for the county, 2027-2031\n\n"
        "Housing\n\nB2.\n\nThe county will build 4,000 homes for rent by 2031.\n\n"
        "B3.\n\nEvery new home will meet the passive-house standard.\n"
    )
    quotes = [c.quote for c in extract(text, min_confidence=0.0).forecasts]
    assert not any(q.strip() in ("B2.", "B3.") for q in quotes)


def test_the_writers_own_schedule_is_no_forecast_but_another_bodys_is() -> None:
    # Written here: a body's own release names its next publication; a news report names another's.
    own = found("Harbour Board outlook, March 2027\n\nThe Board will publish its next outlook on 4 June.")
    assert all(c.confidence is None or c.confidence < DEFAULT_MIN_CONFIDENCE for c in own)
    from tracker.extract.combine import own_schedule
    from tracker.extract.voices import writer_names

    assert own_schedule("The Group will announce its full-year results on 4 March.", frozenset())
    assert own_schedule("Kestrel Data will publish its next note in June.", writer_names(("Kestrel Data",)))
    assert not own_schedule("The ministry will publish its next bulletin on 5 February.", frozenset())
    assert not own_schedule("The Board will meet its target by 2028.", frozenset())


@pytest.mark.parametrize("sentence", [
    "Paper tickets vanish from the city's trams by 2031.",
    "Every county in the region runs its own solar farm before 2034.",
    "The last coal barge leaves the harbour by the end of 2029.",
])
def test_a_call_in_the_plain_present_with_a_year_ahead_is_a_forecast(sentence: str) -> None:
    assert stated.DATED_CALL.search(sentence)
    candidate = only(f"Calls for the next decade, written in 2026\n\n{sentence}")
    assert candidate.confidence is not None and candidate.confidence >= stated.DATED_CALL_CONFIDENCE


@pytest.mark.parametrize("sentence", [
    "We hope that by 2030 the harbour will be cleaner.",  # a wish
    "Ticket sales grew by 2021 to a record.",  # the past
    "Sales doubled by 2024.",  # the past, in -ed
    "In a wet scenario, the reservoir stays full until 2028.",  # a scenario
    "The council plans to close the depot by 2029.",  # a plan
    "I'd put that at better than even by 2032.",  # a confidence sentence
])
def test_a_dated_sentence_that_is_no_plain_call_gets_no_floor(sentence: str) -> None:
    assert not stated.DATED_CALL.search(sentence)


@pytest.mark.parametrize(("item", "claim", "probability"), [
    # A chance in square brackets closing an item, as in "(40%)".
    ("The ferry timetable changes before Easter [35%]", "The ferry timetable changes before Easter", 0.35),
    # A price against in brackets closing a pick: its implied probability.
    ("A final decided by fewer than three points (5/2).", "A final decided by fewer than three points (5/2).", 0.286),
    # A pick against ("NOT to") is the positive claim at the complement.
    ("Harbour Blue NOT to win a race on day one (3/1).", "Harbour Blue to win a race on day one (3/1).", 0.75),
    # A count of pundits is no price.
    ("Champions: Westwind (3/5)", "Champions: Westwind (3/5)", 0.9),
])
def test_a_bracketed_chance_or_price_closing_a_list_item(item: str, claim: str, probability: float) -> None:
    assert stated.item_claim(item) == (claim, pytest.approx(probability))


@pytest.mark.parametrize(("sentence", "probability"), [
    ("Run 10,000 times, the model gives the incumbents a majority in 42 percent of simulations.", 0.42),
    ("We'd put 25% on a second rate cut before the summer.", 0.25),
    ("The panel sees about a one-in-four chance that the bridge opens on time.", 0.25),
    ("There is a 40 pct chance the fog lifts before noon.", 0.4),
])
def test_chances_written_as_shares_of_runs_stakes_hyphens_and_pct(sentence: str, probability: float) -> None:
    assert stated.stated_probability(sentence) == pytest.approx(probability)


def test_a_share_of_people_or_a_change_in_pct_is_no_chance() -> None:
    assert stated.stated_probability("Inflation rose 2 pct in May.") is None
    assert stated.stated_probability("One in three adults in the town cycles to work.") is None


@pytest.mark.parametrize(("sentence", "probability"), [
    # The chance named first, its number after.
    ("A strike would need a ballot this month, which is not our base case; we put the probability at 15%.", 0.15),
    ("The river could burst its banks by Friday, though the agency put the chance of that at about 25 percent.", 0.25),
    ("The probability of the stock falling below the safe limit next year is under 2%.", 0.02),
    ("We would put the chance of a return to last year's highs at no more than 10% this season.", 0.1),
    ("I'd put it at 70% that the ferry sails on time.", 0.7),
    ("The odds of a cut at the June meeting are about 30%.", 0.3),
])
def test_a_chance_named_before_its_number(sentence: str, probability: float) -> None:
    assert stated.sentence_reading(sentence)[1] == pytest.approx(probability)


def test_a_range_put_on_a_quantity_is_no_chance_and_surprise_reads_low() -> None:
    # "I'd put it at 27 to 31 per cent" gives a turnout, not its chance.
    assert stated.sentence_reading("The risk is turnout: I'd put it at 27 to 31 per cent.")[1] == pytest.approx(0.9)
    assert stated.sentence_reading("I'd be surprised to see the krona below 11 to the euro next year.")[1] < 0.5


@pytest.mark.parametrize(("sentence", "probability"), [
    ("There is zero chance of a half-point cut in March.", 0.03),
    ("No way on the sixth,", 0.03),
    ("A late frost in May would not surprise us.", 0.4),
    ("I should not be surprised if the gas lamp disappeared from our streets altogether.", 0.4),
    ("A crewed landing on Mars this decade? I'd say one chance in five.", 0.2),
    ("Harrow are the clear favourites, about 45 percent to win the whole thing on the league's own ratings.", 0.45),
])
def test_low_chances_said_in_words_and_a_price_given_as_a_share(sentence: str, probability: float) -> None:
    assert stated.sentence_reading(sentence)[1] == pytest.approx(probability)


def test_no_way_to_and_a_growth_rate_are_no_chance() -> None:
    assert stated.sentence_reading("Growth of 3 percent to finish the year is the plan.")[1] == pytest.approx(0.9)
    assert stated.sentence_reading("There is no way of knowing whether the bridge will open.")[1] != pytest.approx(0.03)


def test_a_quoted_title_is_no_quotation_but_quoted_words_are() -> None:
    from tracker.extract.combine import _QUOTED

    assert not _QUOTED.match('"Harbour Lights" \u2014 22 May.')
    assert not _QUOTED.match('\u201cThe Salt Road\u201d wins nothing at the awards.')
    assert _QUOTED.match('"I expect them to close four of their stores next year."')
    assert _QUOTED.match('"It comes in the autumn budget," he told me.')


def test_no_surprise_reads_low_only_in_the_main_clause_and_not_at_all_says_more() -> None:
    assert stated.sentence_reading("The Gulls should still take a wild card, but I would not be shocked to see them miss.")[1] > 0.5
    assert stated.sentence_reading("A four-day week by the late 2030s wouldn't surprise me at all.")[1] > 0.5


def test_a_detector_sentence_with_two_forecasts_is_two_candidates_at_their_own_chances() -> None:
    clauses = stated.forecast_clauses(
        "The final count is not expected before 12 December, the returning officer said, "
        "and the new council is due to sit for the first time on 6 January."
    )
    assert clauses == [
        "The final count is not expected before 12 December, the returning officer said",
        "and the new council is due to sit for the first time on 6 January.",
    ]
    assert [stated.sentence_reading(clause)[1] for clause in clauses] == [pytest.approx(0.2), pytest.approx(0.9)]
    # One forecast and a clause of narrative stay one sentence.
    sentence = "With the lock gates shut, barges cannot pass, and the lock keeper said the basin was likely to stay half empty."
    assert stated.forecast_clauses(sentence) == [sentence]
