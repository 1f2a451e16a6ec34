"""Prediction lists, fourteenth round (issue 13): the list shapes that train and dev still lost
(``benchmarks/list_losses.py``): a tipster's or a seat-by-seat column's call labels ("Call: X",
"Selection: X", "Nap of the day: X", "Lay of the day: X"), a title that names its picks after a
masthead and a dash ("Crease Weekly - Playoff Picks"), "my top ten" over "P4 — Name" lines; and
list-shaped texts that are not forecasts (a schedule, a results table, an agenda, a signature under a
list). Every text here was written for this test; none is taken from the corpus."""

from __future__ import annotations

import pytest

from tracker.extract import Candidate, extract
from tracker.extract.combine import DEFAULT_MIN_CONFIDENCE
from tracker.extract.forecasts import LIST_CUE


def found(text: str, *, detector: bool = True) -> list[Candidate]:
    return list(extract(text, detector=detector, min_confidence=DEFAULT_MIN_CONFIDENCE if detector else 0.0).forecasts)


def quotes(text: str, *, detector: bool = True) -> list[str]:
    return [c.quote for c in found(text, detector=detector)]


SEAT_COLUMN = (
    "THE NORTHERN WARDS, ONE BY ONE\n\n"
    "By Tamsin Greaves, Local Politics\n\n"
    "Polling is on Thursday. I go through the five wards below, with how sure I am.\n\n"
    "1. ABBOTSMEAD\n"
    "Held by: Borough First (majority 812)\n"
    "The incumbent retired in March and the new candidate is barely known on the estates.\n"
    "Call: Greens GAIN. Confidence: low.\n\n"
    "2. COPPER HILL\n"
    "Held by: Greens (majority 2,410)\n"
    "Nothing here has changed since the last count and nobody is campaigning hard.\n"
    "Call: Greens HOLD.\n"
)


@pytest.mark.parametrize("detector", [False, True])
def test_a_call_label_is_a_call_in_a_seat_by_seat_column(detector: bool) -> None:
    calls = [c for c in found(SEAT_COLUMN, detector=detector) if c.quote.startswith("Call:")]
    assert [c.quote for c in calls] == ["Call: Greens GAIN.", "Call: Greens HOLD."]
    assert all(c.speaker is None and c.probability > 0.5 for c in calls)
    if detector:
        assert all((c.confidence or 0.0) >= 0.9 for c in calls)


TIPSTER_CARD = (
    "WETHERFIELD \u2014 WEDNESDAY 3 NOVEMBER 2027\n"
    "The Gallop tipster card\n\n"
    "Going: soft, heavy in places after the overnight rain.\n\n"
    "2.40 Maiden Hurdle (2m)\n"
    "Selection: COPPER KETTLE\n\n"
    "Showed plenty on debut and the ground will suit. I think he wins this.\n\n"
    "3.15 Handicap Chase (3m)\n"
    "Selection: no pick\n\n"
    "ONE-LINERS\n"
    "Nap of the day: Harebell Lane.\n"
    "Next best: Quiet Orchard.\n"
    "Lay of the day: Bright Admiral, 5/2. Far too short.\n"
)


def test_tipster_labels_are_calls_and_a_lay_is_a_pick_against() -> None:
    calls = {c.quote: c for c in found(TIPSTER_CARD) if c.cue == LIST_CUE}
    assert "Selection: COPPER KETTLE" in calls  # a heading by its layout, a call by its label
    assert "Nap of the day: Harebell Lane." in calls
    assert "Next best: Quiet Orchard." in calls
    lay = next(c for quote, c in calls.items() if quote.startswith("Lay of the day"))
    assert lay.probability < 0.5
    assert not any("no pick" in quote for quote in calls)  # "Selection: no pick" makes no call


PANEL_UNDER_A_DASHED_TITLE = (
    "Boundary Rope Weekly - Playoff Picks\n\n"
    "Two knockout games at Sallowfield this week, the first on Tuesday evening.\n\n"
    "THE PANEL\n\n"
    "Ros Achterberg (ex-captain)\n"
    "Semi 1: Kestrels.\n"
    "Semi 2: Ravens by 15-plus runs.\n"
    "Champion: Kestrels.\n\n"
    "Devi Mbatha (statistician)\n"
    "Semi 1: Harriers, narrowly.\n"
    "Semi 2: Ravens.\n"
    "Champion: Ravens.\n"
)


@pytest.mark.parametrize("detector", [False, True])
def test_a_title_of_picks_after_a_masthead_and_a_dash_declares_the_panel(detector: bool) -> None:
    items = [c for c in found(PANEL_UNDER_A_DASHED_TITLE, detector=detector) if c.cue == LIST_CUE]
    by_quote = {c.quote: c.speaker for c in items}
    assert by_quote.get("Semi 2: Ravens by 15-plus runs.") == "Ros Achterberg"
    assert by_quote.get("Champion: Ravens.") == "Devi Mbatha"
    assert len(items) == 6


GRID_TOP_TEN = (
    "SPRINT QUALIFYING: MY TOP SIX, SLOT BY SLOT\n"
    "Harrowgate Ring, round 4\n\n"
    "Just the order as I see it after final practice, with a word on each where there is one.\n\n"
    "P1 \u2014 Valdemar. Fastest in the last sector in both sessions.\n"
    "P2 \u2014 Oyelaran\n"
    "P3 \u2014 Brennan\n"
    "P4 \u2014 Castellane. New rear wing, and it showed.\n"
    "P5 \u2014 Iqbal\n"
    "P6 \u2014 Moravec\n\n"
    "\u2014 Orla Fennimore, Pit Wall Notes\n"
)


def test_place_lines_under_my_top_n_are_each_a_pick_and_the_signature_is_not() -> None:
    items = [c for c in found(GRID_TOP_TEN, detector=False) if c.cue == LIST_CUE]
    assert [c.quote for c in items] == [
        "P1 \u2014 Valdemar.", "P2 \u2014 Oyelaran", "P3 \u2014 Brennan", "P4 \u2014 Castellane.",
        "P5 \u2014 Iqbal", "P6 \u2014 Moravec",
    ]
    assert all(c.claim.startswith("P") for c in items)  # the place stays in the claim
    assert not any("Fennimore" in quote for quote in quotes(GRID_TOP_TEN))


# ---------------------------------------------------------------- list-shaped texts that are not forecasts

SCHEDULE = (
    "Harrowgate Ring - Weekend Timetable\n\n"
    "Saturday\n"
    "P1 \u2014 09:30 practice, all classes\n"
    "P2 \u2014 13:00 qualifying\n\n"
    "Gates open at 8am. Parking is in the north field.\n"
)

RESULTS = (
    "Sallowfield Cricket Club - Results\n\n"
    "Semi 1: Kestrels beat Harriers by 22 runs.\n"
    "Semi 2: Ravens beat Owls by six wickets.\n"
    "Final: Kestrels won by 9 runs.\n"
)

AGENDA = (
    "Parish council - agenda for the meeting of 4 March\n\n"
    "Item 1: Apologies\n"
    "Item 2: Minutes of the last meeting\n"
    "Item 3: The footpath by the mill\n\n"
    "Call: 01632 960 418 to send apologies.\n"
)


@pytest.mark.parametrize("text", [SCHEDULE, RESULTS, AGENDA], ids=["schedule", "results", "agenda"])
def test_schedules_results_and_agendas_stay_out(text: str) -> None:
    assert not [c for c in found(text, detector=False) if c.cue == LIST_CUE]
    assert not [c for c in found(text) if c.cue == LIST_CUE]


ONE_LINERS_UNDER_PREVIEW_AND_PICKS = (
    "HALBERG INDOOR OPEN - DRAW PREVIEW AND PICKS\n"
    "Singles draws. Play begins Tuesday 8 June 2027.\n\n"
    "The top seed has not lost an indoor match this season, and the draw has been kind to her.\n\n"
    "ONE-LINERS\n"
    "Women's final: Okonkwo beats Lindgren.\n"
    "Men's final: Rask beats Ferreira in four.\n"
)


def test_a_title_of_a_preview_and_picks_declares_its_one_liners() -> None:
    items = [c.quote for c in found(ONE_LINERS_UNDER_PREVIEW_AND_PICKS, detector=False) if c.cue == LIST_CUE]
    assert items == ["Women's final: Okonkwo beats Lindgren.", "Men's final: Rask beats Ferreira in four."]


def test_a_venue_under_the_title_is_not_the_speaker_of_the_picks() -> None:
    text = GRID_TOP_TEN.replace("Harrowgate Ring, round 4", "Harrowgate Street Circuit, round 4")
    items = [c for c in found(text, detector=False) if c.cue == LIST_CUE]
    assert items and all(c.speaker is None for c in items)
