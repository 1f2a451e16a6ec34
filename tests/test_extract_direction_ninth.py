"""Direction and false positives, ninth round of issue 13: the classes the error analysis on
train and dev found, one or two sentences each. Every sentence here was written for this test
(none comes from the corpus)."""

from __future__ import annotations

import pytest

from tests.candidate_checks import candidates
from tracker.extract import extract
from tracker.extract.stated import item_claim, sentence_reading, stated_probability


@pytest.mark.parametrize("line", [
    # A signed change closing a line is no chance: it was read as 0.21 and 0.31.
    "- Ferry deckhands: -21%",
    "Upside to our target: +31%",
    "Tin smelter output (-14%)",
    # The end of a range of percentages is a quantity: it was read as 0.16.
    "Operating margin, full year 14% - 16%",
])
def test_a_signed_change_or_a_range_closing_a_line_is_no_chance(line: str) -> None:
    assert stated_probability(line) is None
    assert sentence_reading(line)[1] > 0.5


def test_a_signed_change_stays_in_an_items_claim() -> None:
    assert item_claim("Ferry deckhands: -21%") == ("Ferry deckhands: -21%", pytest.approx(0.9))


@pytest.mark.parametrize(("line", "probability"), [
    # A chance closing a line, with or without a separator, is still read.
    ("The harbour wall is rebuilt by June - 65%", 0.65),
    ("The harbour wall is rebuilt by June: 65%", 0.65),
    ("The harbour wall is rebuilt by June (40%)", 0.4),
])
def test_a_chance_closing_a_line_is_still_read(line: str, probability: float) -> None:
    assert stated_probability(line) == pytest.approx(probability)


@pytest.mark.parametrize(("sentence", "probability"), [
    # Surprise at a negation is a high call ("I'd be surprised if not" = I expect it).
    ("I'd be amazed if the Larks aren't in the final.", 0.8),
    ("We would be shocked if the board did not raise the levy in March.", 0.8),
    ("I'd be surprised if the Larks fail to reach the final.", 0.8),
    # Surprise at the event, in any modal, stays low.
    ("I'd be surprised if the Larks reach the final.", 0.2),
    ("I should be surprised to see a single paddle steamer on the river by 1940.", 0.2),
    ("I wouldn't be surprised if the Larks reach the final.", 0.4),
])
def test_surprise_at_a_negation_reads_high(sentence: str, probability: float) -> None:
    assert sentence_reading(sentence)[1] == pytest.approx(probability)


@pytest.mark.parametrize(("line", "probability"), [
    # Names each with a chance or a price: the first name's chance is the line's reading.
    ("Gull Point 31% Marram Head 22%", 0.31),
    ("Pairs: Okonjo 41%, Halvorsen 19%, Brandt 12%, others 28%.", 0.41),
    ("Outright, in short: Tamsin Rowe 9/4, Idris Kahn 5/1, Petra Lindgren 8/1.", 0.308),
    ("Fixture one | Herons 58% | Ospreys 42%", 0.58),
])
def test_names_with_their_chances_read_the_first(line: str, probability: float) -> None:
    assert sentence_reading(line)[1] == pytest.approx(probability)


@pytest.mark.parametrize("line", [
    # Quantities beside names: turnouts summing past 100 with no word of chance, vote shares, growth.
    "Quayside 47% · Millbrook 41% · Hollins 36% · Fairmead 30%",
    "Projected vote share: Greens 34%, Liberals 29%, Farmers 18%.",
    "Growth this year: Velland 2%, Ostria 1%.",
])
def test_names_with_quantities_are_not_chances(line: str) -> None:
    assert stated_probability(line) is None


STANDINGS = """Saturday picks from the Gazette desk

Our picks for Saturday:

1. Harbour City beat the Millers.
2. The Rovers win at home.

SEASON STANDINGS (straight up)

1. Okoro 101-55
2. Lindqvist 98-58
3. Fairweather 90-66
"""


def test_a_tipsters_standings_under_a_list_of_picks_are_no_forecasts() -> None:
    found = candidates(STANDINGS, min_confidence=0.4)
    quotes = [c.quote for c in found]
    assert "Harbour City beat the Millers." in quotes and "The Rovers win at home." in quotes
    assert not any("101-55" in quote or "90-66" in quote for quote in quotes)


def test_picks_with_scorelines_after_an_ordinary_heading_stay_forecasts() -> None:
    text = STANDINGS.replace("SEASON STANDINGS (straight up)", "SUNDAY'S GAMES")
    quotes = [c.quote for c in candidates(text, min_confidence=0.4)]
    assert any("101-55" in quote for quote in quotes)


def test_last_years_figure_in_brackets_is_no_range() -> None:
    # "48% (43%)": this year's chance and last year's in brackets; the line stays a low chance.
    assert stated_probability("A storm surge tops the sea wall at Pellin: 38% (35%)") < 0.5


@pytest.mark.parametrize("sentence", [
    # "maybe" before an amount rounds the amount, it does not hedge the call (was 0.5).
    "The Harriers take it by a goal, maybe less.",
    "I'd expect fewer stalls this year, maybe 30 or 31.",
    "We reach a new high by Friday, maybe 4,200.",
    "Rents go up again, maybe a few per cent.",
])
def test_maybe_before_an_amount_is_no_hedge(sentence: str) -> None:
    assert sentence_reading(sentence)[1] > 0.5


def test_maybe_on_its_own_still_hedges() -> None:
    assert sentence_reading("Maybe the ferry sails on Friday.")[1] == pytest.approx(0.5)


@pytest.mark.parametrize(("sentence", "probability"), [
    # Anyone's denied belief or doubt, in a sentence only the detector found.
    ("The wardens do not think the herons will nest here again.", 0.2),
    ("Two trustees say they doubt it.", 0.25),
    ("I honestly doubt the pier reopens, though.", 0.25),
    ("We see no change at the top of the table this season.", 0.2),
    ("I am not saying the Larks will win anything next year.", 0.2),
    ("I no longer think the bypass will be approved before 2029.", 0.2),
    ("Honestly I'm not sure we get a single frost this winter.", 0.4),
    ("Tram line to the airport: not before 2030.", 0.2),
])
def test_denied_belief_doubt_and_not_before_read_low(sentence: str, probability: float) -> None:
    assert sentence_reading(sentence)[1] == pytest.approx(probability)


def test_a_hedge_in_the_main_clause_beats_a_word_of_a_later_clause() -> None:
    assert sentence_reading("The canal may reopen in June; we do not expect the lock to be ready.")[1] == pytest.approx(0.4)


def test_a_third_partys_denied_belief_frames_the_rule_candidate() -> None:
    found = [(c.claim, c.probability) for c in extract(
        "Councillor Abara said she did not believe the closures would be as widespread as feared.\n", detector=False).forecasts]
    assert found == [("The closures will be as widespread as feared", pytest.approx(0.2))]


@pytest.mark.parametrize("sentence", [
    # What a market prices, with no chance stated, is its central expectation: even.
    "Markets price two cuts before the autumn.",
    "Futures imply roughly three hikes by June 2028.",
    "The forward, which is at 1.42 for year-end, says the same.",
    "The options market implies a move of 6% either way after the results.",
])
def test_what_a_market_prices_reads_even(sentence: str) -> None:
    assert sentence_reading(sentence)[1] == pytest.approx(0.5)


@pytest.mark.parametrize(("sentence", "probability"), [
    # A chance the market prices is read as stated; a hedge still reads as a hedge.
    ("Options markets price a one-in-five chance that copper falls below $8,000.", 0.2),
    ("The first hike, which markets have priced for May, probably slips to the autumn.", 0.725),
])
def test_a_stated_chance_or_a_hedge_beats_market_pricing(sentence: str, probability: float) -> None:
    assert sentence_reading(sentence)[1] == pytest.approx(probability)


@pytest.mark.parametrize("sentence", [
    # A hedged amount given as the answer stays a hedge (the annotators read it as even).
    "Maybe 14.",
    "Not by much, maybe three pence a litre.",
])
def test_maybe_answering_with_an_amount_stays_a_hedge(sentence: str) -> None:
    assert sentence_reading(sentence)[1] == pytest.approx(0.5)


def test_not_before_closing_a_sentence_says_when() -> None:
    # "..., not before." says when it comes, not that it does not.
    assert sentence_reading("The new signalling arrives with the spring timetable, not before.")[1] > 0.5


def test_maybe_before_a_share_stays_a_hedge() -> None:
    assert sentence_reading("The older apps are another matter, maybe 30% updated after a year.")[1] == pytest.approx(0.5)


def test_what_markets_were_pricing_is_no_even_call() -> None:
    # A central bank's account of what markets were pricing sits beside its own view: not read as even.
    assert sentence_reading("Markets were pricing two further hikes in 2027.")[1] > 0.5


def test_a_claim_with_a_percentage_and_its_chance_is_no_range() -> None:
    # "above 4% – 60%": the claim's own number and the item's chance, far apart; not a range's ends.
    assert stated_probability("Bus fares do not rise above 3% – 70%") == pytest.approx(0.7)
