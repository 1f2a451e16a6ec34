"""Tables of picks (``tracker/extract/tables.py``): every cell or row a call, by the person
its column or row names. Texts written here for the tests."""

from __future__ import annotations

import pytest

from tracker.extract import extract
from tracker.extract.combine import DEFAULT_MIN_CONFIDENCE, TABLE_CUE

BY_COLUMN = """HARBOUR LEAGUE \u2014 WEEK 3 STAFF PICKS

Three of us, two games. Season records in brackets.

GAME                     | ANNA (12-6) | BEN (10-8) | THE DOG (9-9)
Eastfield at Northgate   | Northgate   | Eastfield  | Northgate
Kilby at Marsh Town      | Kilby       | Kilby      | Marsh Town

ANNA: Northgate have not lost at home all season, and I don't see that changing.
"""

BY_ROW = """Cup final preview

The final is on Saturday.

Our staff picks

Writer | Result | Score
Ada Okoro | United | 2-1
Tom Reyes | City, after extra time | 1-1, 4-2 pens
"""


def table_calls(text: str) -> list[tuple[str | None, str]]:
    return [(c.speaker, c.claim) for c in extract(text).forecasts if c.cue == TABLE_CUE]


def test_a_table_of_people_by_column_gives_one_call_per_cell() -> None:
    assert table_calls(BY_COLUMN) == [
        ("Anna", "Eastfield at Northgate: Northgate"), ("Ben", "Eastfield at Northgate: Eastfield"),
        ("The Dog", "Eastfield at Northgate: Northgate"),
        ("Anna", "Kilby at Marsh Town: Kilby"), ("Ben", "Kilby at Marsh Town: Kilby"),
        ("The Dog", "Kilby at Marsh Town: Marsh Town"),
    ]
    calls = [c for c in extract(BY_COLUMN).forecasts if c.cue == TABLE_CUE]
    assert all(c.probability == 0.9 and c.confidence is not None and c.confidence >= 0.9 for c in calls)
    assert calls[0].quote.startswith("Eastfield at Northgate | Northgate")


def test_a_table_of_people_by_row_gives_one_call_per_row() -> None:
    assert table_calls(BY_ROW) == [
        ("Ada Okoro", "Result: United; Score: 2-1"),
        ("Tom Reyes", "Result: City, after extra time; Score: 1-1, 4-2 pens"),
    ]


def test_a_table_the_text_does_not_declare_to_be_picks_is_not_read() -> None:
    undeclared = BY_ROW.replace("Our staff picks", "Who wrote what")
    assert table_calls(undeclared) == []
    data = "Rainfall by town\n\nTown | March | April\nKilby | 40 mm | 52 mm\nNorthgate | 38 mm | 47 mm\n"
    assert table_calls(data) == []


@pytest.mark.xfail(strict=True, reason="a known false positive of the fine-tuned encoder's cascade (README, \"Known errors of the fine-tuned encoder\"); strict, so that a fix shows up")
def test_a_predicted_score_in_a_text_of_picks_is_a_forecast_and_a_result_is_not() -> None:
    picks = [(c.speaker, c.quote) for c in extract(BY_COLUMN + "\nBEN: I'll go the other way. Eastfield 21, Northgate 17.\n").forecasts
             if c.cue != TABLE_CUE]
    assert ("Ben", "Eastfield 21, Northgate 17.") in picks
    assert extract("Final score\n\nThe Lions won at home on Sunday.\n\nLions 24, Bears 17.\n").forecasts == ()


def test_a_line_that_calls_itself_a_prediction_is_one() -> None:
    [candidate] = extract("Final preview\n\nBoth players are fit.\n\nPrediction: Moravec in three sets.\n").forecasts
    assert candidate.quote == "Prediction: Moravec in three sets." and candidate.confidence is not None
    assert candidate.confidence >= 0.85


def test_the_writers_own_sheet_with_a_pick_and_a_confidence_column() -> None:
    text = (
        "HARBOUR FIVES \u2014 ROUND 9\n"
        "Friday 6 March 2026\n\n"
        "Two teams travel on short rest this week. Here is my sheet for the round.\n\n"
        "Home        | Away        | Pick        | Confidence\n"
        "------------|-------------|-------------|-----------\n"
        "Millford    | Ashby       | Ashby       | 70\n"
        "Carrow      | Tennby      | Draw        | 30\n"
        "Quayside    | Longmoor    | Quayside    | 85\n\n"
        "Back next week with the cup draw.\n"
    )
    picks = [(c.claim, c.probability, c.speaker) for c in extract(text, min_confidence=DEFAULT_MIN_CONFIDENCE).forecasts
             if c.cue == TABLE_CUE]
    assert picks == [
        ("Millford v Ashby: Ashby", pytest.approx(0.7), None),
        ("Carrow v Tennby: Draw", pytest.approx(0.3), None),
        ("Quayside v Longmoor: Quayside", pytest.approx(0.85), None),
    ]


# ---------------------------------------------------------------- rows of numbers (written here)

from tracker.extract.tables import row_chance, rows_within, table_header  # noqa: E402


@pytest.mark.parametrize(("row", "header", "chance"), [
    # A column headed "Chance" gives the row's chance, whatever the other columns hold.
    ("Northern       38%           +6%              12,400              65%",
     ["District       Share of      Change vs        Forecast            Chance of beating",
      "               acreage       last year        (tonnes)            last year"], 0.65),
    # After a ":" the chances start: the first is the first named category's.
    ("Millford            12.0   14.0   16.0 :  30   25    8   10   <5   <5", [], 0.3),
    ("Kessing             12.0   14.0   16.0 :  <5   <5   <5   <5   <5   <5", [], 0.025),
    # A tercile row: its starred category, else the most probable one, near normal on a tie.
    ("Upland (west)        15     30      55*", ["RAINFALL (total, MAM)      Below   Near   Above"], 0.55),
    ("Coast (east)         40     40      20", ["RAINFALL (total, MAM)      Below   Near   Above"], 0.4),
    ("Coast (east)         20     30      50", ["RAINFALL (total, MAM)      Below   Near   Above"], 0.5),
    # A row of percentages: its first named category.
    ("Orrin Bridge      20%      5%        <5%", ["Gauge            Minor   Moderate   Major"], 0.2),
    # A row of levels: a central estimate with its range.
    ("Millford              4.1    4.1    4.6    5.9    7.7   10.2   12.8", ["Location   95%  90%  75%  50%  25%  10%  5%"], 0.5),
])
def test_a_row_of_a_table_of_chances_is_read_as_the_guide_reads_tables(row: str, header: list[str], chance: float) -> None:
    assert row_chance(row, header) == pytest.approx(chance)


@pytest.mark.parametrize("line", [
    "The council spent 12.0 million in 2025 and 14.0 million in 2026.",  # prose with numbers
    "Millford  Norton  Ashby",  # words, not numbers
    "Millford  12.0",  # one cell
])
def test_a_line_that_is_no_row_of_numbers_has_no_table_chance(line: str) -> None:
    assert row_chance(line) is None


def test_a_table_of_chances_joined_into_one_sentence_is_read_row_by_row() -> None:
    text = (
        "Barley outlook, April 2027\n\n"
        "The board expects a smaller crop this year in every district but the north.\n\n"
        "District       Share of      Change vs        Forecast            Chance of beating\n"
        "               acreage       last year        (tonnes)            last year\n"
        "Northern       38%           +6%              12,400              65%\n"
        "Southern       31%           -8%              9,900               20%\n"
        "Eastern        31%           -3%              9,100               35%\n\n"
        "The next outlook will be issued in July.\n"
    )
    start = text.index("District")
    assert [(row.label, row.chance) for row in rows_within(text, start, text.index("\n\nThe next"))] == [
        ("Northern", 0.65), ("Southern", 0.2), ("Eastern", 0.35),
    ]
    rows = {c.quote: c.probability for c in extract(text, min_confidence=0.0).forecasts if c.quote.startswith(("Northern", "Southern", "Eastern"))}
    assert rows == {
        "Northern 38% +6% 12,400 65%": 0.65, "Southern 31% -8% 9,900 20%": 0.2, "Eastern 31% -3% 9,100 35%": 0.35,
    }


def test_the_header_of_a_row_is_read_past_the_other_rows_and_the_rule() -> None:
    text = (
        "Intro line.\n\n"
        "Location           Minor   Mod   Major :  CS   HS\n"
        "--------           -----  -----  ----- : ---  ---\n"
        ":Marrow River\n"
        "Millford            12.0   14.0   16.0 :  30   25\n"
        "Norton              10.0   11.0   12.5 :  12   10\n"
    )
    start = text.index("Norton")
    assert table_header(text, start) == ["Location           Minor   Mod   Major :  CS   HS"]
