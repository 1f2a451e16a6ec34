"""Direction and false positives, eleventh round of issue 13: the classes the error analysis on
train and dev found, one or two passages each. Every sentence and table here was written for this
test (none comes from the corpus)."""

from __future__ import annotations

import pytest

from tests.candidate_checks import candidates
from tracker.extract.stated import sentence_reading, stated_probability
from tracker.extract.tables import by_year, row_chance

FLOOR = 0.4  # the default --min-confidence

_PROJECTIONS = """PELLWORTH MONETARY AUTHORITY
Staff projections for the Pellworth economy, March 2027

Output is projected to grow by 1.2 per cent in 2027 and 1.6 per cent in 2028. Inflation is projected to fall to 2.1 per cent in 2028.

Table 1: Projections (annual percentage changes)

                                   2026    2027    2028    2029
Output                              0.8     1.2     1.6     1.5
  (December projection)             0.8     1.3     1.6     1.5
Consumer prices                     3.1     2.4     2.1     2.0
Wages                               4.6     3.8     3.2     3.0

Technical assumptions (not projections)
Policy rate (%)                     3.5     3.0     2.75    2.75
Brent crude (USD/barrel)            77.0    73.5    72.0    71.0

Growth is expected to strengthen through 2027 as real incomes recover.
"""


def _rows(text: str) -> dict[str, float]:
    """Each candidate that is a table row (its quote ends with a figure): its first word -> probability."""
    return {c.quote.split()[0]: c.probability for c in candidates(text) if c.quote.rstrip()[-1:].isdigit()}


def test_a_row_of_a_table_of_projections_by_year_is_a_plain_projection() -> None:
    # Each row gives one figure a year: a projection, which the guide reads as a bare table row (0.9);
    # they were read as a central estimate with its range (0.5), as the stages of a river table are.
    rows = _rows(_PROJECTIONS)
    assert rows["Consumer"] == pytest.approx(0.9) and rows["Wages"] == pytest.approx(0.9)


def test_an_earlier_rounds_row_and_the_assumptions_are_no_forecasts() -> None:
    # The previous round's figures (a past prediction) and the assumptions (the guide's `other`) were
    # candidates at 0.5.
    rows = _rows(_PROJECTIONS)
    assert not {"(December", "Policy", "Brent"} & set(rows)


@pytest.mark.parametrize(("header", "chance"), [
    ("                          2026    2027f    2028f", 0.9),
    ("Cargo             2025 actual    2026 est    2028 proj", 0.9),
    ("                          2026 (actual)   2027 (fcst)   2028 (fcst)", 0.9),
    # Not years at the head of the columns: the stages at each chance of exceeding them, as before.
    ("Location          FS(ft)   95%   90%   75%", 0.5),
    ("Valid Period: 05/30/2015  - 08/28/2015", 0.5),
])
def test_levels_under_years_are_projections_and_other_levels_a_central_estimate(header: str, chance: float) -> None:
    assert row_chance("Tarn Bridge              3.4     3.9     4.6", [header]) == pytest.approx(chance)


def test_by_year_needs_two_years_heading_columns() -> None:
    assert by_year("           2027    2028    2029")
    assert not by_year("Valid Period: 05/30/2015  - 08/28/2015")
    assert not by_year("Forecasts for 2027 and 2028")


@pytest.mark.parametrize("sentence", [
    "Our projections assume that the toll bridge opens in March.",
    "The forecast assumes interest rates stay where they are until the autumn.",
    "The plan assumes car ownership peaks around 2031;",
])
def test_what_a_forecast_assumes_is_no_forecast(sentence: str) -> None:
    assert not candidates(sentence, FLOOR)


def test_an_assumption_that_says_will_is_still_read() -> None:
    # An outlook's "our forecast assumes output will average ..." is labelled its forecast.
    sentence = "Our forecast assumes refinery output will average 1.4 million barrels a day in 2027."
    assert [c.probability > 0.5 for c in candidates(sentence, FLOOR)] == [True]


_SEATS = """Below is how I expect each of the two wards to fall on Thursday.

1. HOLLIN MOOR
Held by: Greens (majority 3,100)
Verdict: the Greens hold it easily.

2. QUARRY END
Held by: Civic Party (majority 95)
Verdict: Labour gain it, by fewer than 200 votes.
"""


def test_headings_in_capitals_in_a_list_of_calls_are_no_picks() -> None:
    # The list reader made each heading a pick at 0.9.
    quotes = [c.quote for c in candidates(_SEATS)]
    assert not any(q.strip(" .0123456789") in ("HOLLIN MOOR", "QUARRY END") for q in quotes)


@pytest.mark.parametrize("sentence", [
    "Markets have 2.75% for the end of next year.",
    "Futures have the policy rate at 3.25% by June, which I think is too high.",
])
def test_the_level_a_market_has_is_its_central_expectation(sentence: str) -> None:
    assert sentence_reading(sentence)[1] == pytest.approx(0.5)


@pytest.mark.parametrize("sentence", [
    "Markets have fallen for three weeks, and I think they fall further.",
    "Futures have it at about 64% this morning.",  # an event's chance, not a level
])
def test_markets_that_have_moved_or_give_a_chance_are_not_read_as_a_level(sentence: str) -> None:
    assert sentence_reading(sentence)[1] != 0.5


def test_the_writers_modesty_is_no_hedge_on_the_call() -> None:
    # "may" in "I may be wrong" measures the writer, not the event (it was read 0.4).
    assert sentence_reading("Fourth, and I may well be wrong, I think the port strike ends in a week.")[1] > 0.5
    assert sentence_reading("The port strike may end within a week.")[1] == pytest.approx(0.4)


@pytest.mark.parametrize(("sentence", "claim"), [
    ("No rail strike before Easter; the unions settle in March.", "Rail strike before Easter"),
    ("No snow in the city centre this December.", "Snow in the city centre this December"),
    ("4. No club is relegated on goal difference.", "Club is relegated on goal difference"),
])
def test_a_sentence_that_opens_with_no_is_a_low_call_worded_positively(sentence: str, claim: str) -> None:
    read_claim, probability = sentence_reading(sentence)
    assert probability < 0.5
    assert read_claim.startswith(claim)


@pytest.mark.parametrize(("sentence", "probability"), [
    ("No doubt the Kites win the final.", 0.9),
    ("No one in the squad expects to go down.", 0.1),  # already read as "nobody expects"
    ("No significant rain is expected before Friday.", 0.2),  # the guide's "not expected"
    ("No rate cut 20%.", 0.9),  # a percentage no rule placed: the chance of the denial, or an amount
])
def test_other_openings_with_no_keep_their_reading(sentence: str, probability: float) -> None:
    assert sentence_reading(sentence) == (sentence, pytest.approx(probability))


@pytest.mark.parametrize(("sentence", "probability"), [
    # A name's price closing the sentence is odds against, bookmaker named or not.
    ("Each-way alternative: Parrish Lane at around 12-1.", 0.077),
    ("Tomas Vell at 7-2.", 0.222),
    ("Shortest price 6-4.", 0.4),
])
def test_a_price_closing_the_sentence_is_odds_against(sentence: str, probability: float) -> None:
    assert stated_probability(sentence) == pytest.approx(probability, abs=0.001)


@pytest.mark.parametrize("sentence", [
    "My money is on Parrish Lane at 12-1.",  # the writer's own call, labelled high
    "Harbour win it in the end, 24-17.",  # a score
    "Vell won at 7-2 last time out.",  # a result
])
def test_own_backing_scores_and_results_are_no_price(sentence: str) -> None:
    assert stated_probability(sentence) is None


_CENTRAL_AND_RANGE = """Seat projection, Harl Assembly

Party                     Central   90% range
Union of the Left           58       49 - 66
Free Farmers                41       33 - 50
"""


@pytest.mark.xfail(strict=True, reason="a table of central estimates with ranges written 'a - b' is no table of numbers to tables.py; the rows are not found")
def test_a_table_of_central_estimates_with_ranges_reads_even() -> None:
    rows = _rows(_CENTRAL_AND_RANGE)
    assert rows.get("Union") == pytest.approx(0.5) and rows.get("Free") == pytest.approx(0.5)


@pytest.mark.xfail(strict=True, reason="a denial after a run-in colon is not the opening of the sentence")
def test_a_denial_after_a_colon_reads_low() -> None:
    assert sentence_reading("My calls: no rate rise in March, one in June.")[1] < 0.5


@pytest.mark.parametrize("sentence", [
    # An amount in a year is no "one in N": they were read as chances of 0.099 and 0.037.
    "Organisers expect 41,300 runners, up from 39,200 in 2027.",
    "We see copper averaging $9,800 in 2027 and $74 a tonne more in 2028.",
    "The reform raises the pension age to 68 in 2031.",
])
def test_an_amount_in_a_year_is_no_chance(sentence: str) -> None:
    assert sentence_reading(sentence)[1] > 0.5


@pytest.mark.parametrize(("sentence", "probability"), [
    ("There is about a one in four chance of a cut in June.", 0.25),
    ("I give the bid 2 chances in 5.", 0.4),
])
def test_one_in_n_is_still_a_chance(sentence: str, probability: float) -> None:
    assert sentence_reading(sentence)[1] == pytest.approx(probability)
