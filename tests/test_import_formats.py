"""Importing other tools' exports (PredictionBook, Fatebook, Metaculus), end to end through the CLI.

Every expected value below was read off the fixtures in tests/fixtures/formats by hand.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Tracker, db_snapshot
from tracker.interchange.foreign import detect, resolution_day

FORMATS = Path(__file__).parent / "fixtures" / "formats"
TODAY = "2025-09-30"


@pytest.fixture(autouse=True)
def _pinned_today(_isolated: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Resolution dates are clamped to today; pin it so the expectations never drift."""
    monkeypatch.setenv("TRACKER_TODAY", TODAY)


def fixture(name: str) -> str:
    return str(FORMATS / name)


def exported(tracker: Tracker) -> list[dict[str, Any]]:
    return [json.loads(line) for line in tracker("export", "--json").stdout.splitlines()]


def by_claim(rows: list[dict[str, Any]], claim: str) -> list[dict[str, Any]]:
    return [row for row in rows if row["claim"] == claim]


def variant(tmp_path: Path, name: str, old: str, new: str) -> str:
    """A copy of a fixture with one piece of text replaced (it must occur exactly once)."""
    text = (FORMATS / name).read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path = tmp_path / name
    path.write_text(text.replace(old, new), encoding="utf-8")
    return str(path)


def header(name: str) -> list[str]:
    with open(FORMATS / name, newline="", encoding="utf-8") as handle:
        return next(csv.reader(handle))


# --- detection -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("predictionbook.csv", "predictionbook"),
        ("fatebook.csv", "fatebook"),
        ("metaculus.csv", "metaculus"),
        ("metaculus_forecast_data.csv", "metaculus"),  # recognised so that it gets the join hint
        ("metaculus_question_data.csv", "metaculus"),
    ],
)
def test_detect_names_the_tool_from_the_header(name: str, expected: str) -> None:
    assert detect(header(name)) == expected


def test_detect_leaves_trackers_own_csv_alone() -> None:
    assert detect(["id", "claim", "author", "outlet", "date", "deadline", "probability"]) is None


@pytest.mark.parametrize(
    ("name", "tag", "outlet", "added"),
    [("predictionbook.csv", "predictionbook", "PredictionBook", 6), ("fatebook.csv", "fatebook", "Fatebook", 9),
     ("metaculus.csv", "metaculus", "Metaculus", 7)],
)
def test_import_detects_the_format_without_being_told(tracker: Tracker, name: str, tag: str, outlet: str, added: int) -> None:
    summary = tracker("import", fixture(name), "--json").json()
    assert summary["predictions_added"] == added
    rows = exported(tracker)
    assert len(rows) == added
    assert all(row["tags"] == [tag] and row["outlet"] == outlet for row in rows)


# --- PredictionBook --------------------------------------------------------------------------


def test_predictionbook_maps_every_field(tracker: Tracker) -> None:
    result = tracker("import", fixture("predictionbook.csv"), "--json")
    assert result.json() == {
        "file": fixture("predictionbook.csv"), "dry_run": False, "predictions_added": 6, "predictions_present": 0,
        "resolutions_added": 4, "resolutions_present": 0, "amendments_added": 0, "skipped": 2,
    }
    rows = exported(tracker)
    # line 2: 2019-03-02 10:15:04 UTC,kuudes,2019-12-31 23:59:00 UTC,"Bitcoin ... $10,000 ...",194301,35,false,false
    [bitcoin] = by_claim(rows, "Bitcoin closes 2019 above $10,000 on CoinDesk")
    assert bitcoin["author"] == "kuudes"
    assert bitcoin["outlet"] == "PredictionBook"
    assert bitcoin["date"] == "2019-03-02"
    assert bitcoin["deadline"] == "2019-12-31"
    assert bitcoin["probability"] == 0.35
    assert bitcoin["url"] == "https://predictionbook.com/predictions/194301"
    assert bitcoin["tags"] == ["predictionbook"]
    assert bitcoin["quote"] is None
    [resolution] = bitcoin["resolutions"]
    assert resolution["outcome"] is False
    assert resolution["resolved_on"] == "2019-12-31"  # no judgement date in the export: the deadline
    assert resolution["evidence"] == "https://predictionbook.com/predictions/194301"
    assert "deadline" in resolution["note"]
    # line 3: doubled quotes inside a quoted field
    [brexit] = by_claim(rows, 'The UK leaves the EU by 31 October 2019 ("no deal" counts)')
    assert brexit["probability"] == 0.2 and brexit["resolutions"][0]["resolved_on"] == "2019-10-31"
    # line 6: another author, unicode, comma, outcome true
    [zurich] = by_claim(rows, "Zürich's population exceeds 430,000 at the end of 2022 — per Statistik Stadt Zürich")
    assert zurich["author"] == "Jamie_Z" and zurich["probability"] == 0.62
    assert [(r["outcome"], r["resolved_on"]) for r in zurich["resolutions"]] == [(True, "2022-12-31")]


def test_predictionbook_unresolved_rows_have_no_resolution(tracker: Tracker) -> None:
    tracker("import", fixture("predictionbook.csv"))
    rows = exported(tracker)
    for claim in ("A crewed landing on Mars happens by the end of 2035", "Russia and Ukraine sign a ceasefire before 2023"):
        [row] = by_claim(rows, claim)
        assert row["resolutions"] == []
    [mars] = by_claim(rows, "A crewed landing on Mars happens by the end of 2035")
    assert mars["probability"] == 0.08 and mars["deadline"] == "2035-12-31"


def test_predictionbook_judged_before_a_future_deadline_is_dated_today_not_in_the_future(tracker: Tracker) -> None:
    tracker("import", fixture("predictionbook.csv"))
    [voyager] = [row for row in exported(tracker) if row["url"] == "https://predictionbook.com/predictions/201877"]
    assert voyager["deadline"] == "2030-01-01"
    assert [(r["outcome"], r["resolved_on"]) for r in voyager["resolutions"]] == [(True, TODAY)]


def test_predictionbook_withdrawn_and_after_deadline_rows_are_skipped_and_counted(tracker: Tracker) -> None:
    result = tracker("import", fixture("predictionbook.csv"), "--json")
    assert result.stderr.strip() == (
        "tracker: skipped 2 of 8 PredictionBook rows - withdrawn: 1 (line 5); made after the question's deadline: 1 (line 7)"
    )
    claims = {row["claim"] for row in exported(tracker)}
    assert "Ajax win the 2019–20 Eredivisie" not in claims  # withdrawn
    assert "GameStop closed above $300 on 1 February 2021" not in claims  # deadline before created_at


def test_predictionbook_outcome_may_be_written_one_zero(tracker: Tracker, tmp_path: Path) -> None:
    path = variant(tmp_path, "predictionbook.csv", ",194301,35,false,false,", ",194301,35,0,0,")
    tracker("import", path)
    [bitcoin] = [row for row in exported(tracker) if row["url"].endswith("/194301")]
    assert bitcoin["resolutions"][0]["outcome"] is False


# --- Fatebook --------------------------------------------------------------------------------

AI_ACT = "Will the EU AI Act be published in the Official Journal before 1 August 2024?"


def test_fatebook_maps_every_field(tracker: Tracker) -> None:
    summary = tracker("import", fixture("fatebook.csv"), "--json").json()
    # Three forecasts on the AI Act share one claim, so its resolution is added once.
    assert (summary["predictions_added"], summary["resolutions_added"], summary["resolutions_present"]) == (9, 6, 2)
    rows = exported(tracker)
    forecasts = by_claim(rows, AI_ACT)
    assert sorted((r["author"], r["date"], r["probability"]) for r in forecasts) == [
        ("Noor Haddad", "2024-03-02", 0.65), ("Sam Rivera", "2024-03-01", 0.8), ("Sam Rivera", "2024-05-21", 0.9),
    ]
    noor = next(r for r in forecasts if r["author"] == "Noor Haddad")
    assert noor["deadline"] == "2024-07-31"
    assert noor["outlet"] == "Fatebook" and noor["tags"] == ["fatebook"]
    assert noor["url"] is None and noor["quote"] is None
    [resolution] = noor["resolutions"]
    assert (resolution["outcome"], resolution["resolved_on"], resolution["note"]) == (True, "2024-07-12", None)
    claim_ids = {r["claim_id"] for r in tracker("list", "--json").json() if r["claim"] == AI_ACT}
    assert len(claim_ids) == 1


def test_fatebook_quotes_unicode_ambiguous_and_open_questions(tracker: Tracker) -> None:
    tracker("import", fixture("fatebook.csv"))
    rows = exported(tracker)
    [oscars] = by_claim(rows, 'Will "Oppenheimer" win Best Picture, Best Director and Best Actor at the 2024 Oscars?')
    assert (oscars["date"], oscars["deadline"], oscars["probability"]) == ("2024-01-24", "2024-03-11", 0.55)
    assert [(r["outcome"], r["resolved_on"]) for r in oscars["resolutions"]] == [(True, "2024-03-11")]
    [strike] = by_claim(rows, "Will the rail strike at Köln Hbf end by Friday 8 March 2024?")
    assert strike["author"] == "Jonas Müller"
    assert [(r["outcome"], r["resolved_on"]) for r in strike["resolutions"]] == [("ambiguous", "2024-03-09")]
    [kunsthaus] = by_claim(rows, "Will Zürich's Kunsthaus reopen the Bührle wing by mid-2027? 🖼️")
    assert kunsthaus["deadline"] == "2027-06-30" and kunsthaus["resolutions"] == []


def test_fatebook_multiple_choice_options_become_claims_of_their_own(tracker: Tracker) -> None:
    tracker("import", fixture("fatebook.csv"))
    rows = exported(tracker)
    [swiss] = by_claim(rows, "Who will win the 2024 Eurovision Song Contest? — Switzerland")
    [croatia] = by_claim(rows, "Who will win the 2024 Eurovision Song Contest? — Croatia")
    assert (swiss["probability"], swiss["resolutions"][0]["outcome"]) == (0.15, True)
    assert (croatia["probability"], croatia["resolutions"][0]["outcome"]) == (0.35, False)
    assert swiss["resolutions"][0]["resolved_on"] == "2024-05-12"


def test_fatebook_forecast_after_the_deadline_is_skipped_and_counted(tracker: Tracker) -> None:
    result = tracker("import", fixture("fatebook.csv"))
    assert "skipped 1 of 10 Fatebook rows - made after the question's deadline: 1 (line 14)" in result.stderr
    [taxes] = by_claim(exported(tracker), "Will I file my 2023 tax return by 15 April 2024?")
    assert taxes["probability"] == 0.6  # the 0.2 forecast of 17 April is the skipped one


def test_fatebook_older_column_names_are_read(tracker: Tracker, tmp_path: Path) -> None:
    text = (FORMATS / "fatebook.csv").read_text(encoding="utf-8")
    old = text.replace(",Resolution,Resolved at,", ",Question resolution,Question resolved at,", 1)
    path = tmp_path / "old.csv"
    path.write_text(old, encoding="utf-8")
    assert tracker("import", str(path), "--json").json()["resolutions_added"] == 6


def test_author_option_fills_a_row_that_names_nobody(tracker: Tracker, tmp_path: Path) -> None:
    path = variant(tmp_path, "fatebook.csv", ',"Jonas Müller",0.4,', ",,0.4,")
    failed = tracker.fails("import", path, code=2)
    assert failed.stderr.strip() == (
        "tracker: error: line 9: the row names no author: give the Fatebook user's name with --author; nothing was imported"
    )
    tracker("import", path, "--author", "Jonas M.")
    rows = exported(tracker)
    assert by_claim(rows, "Will the rail strike at Köln Hbf end by Friday 8 March 2024?")[0]["author"] == "Jonas M."
    assert by_claim(rows, "Who will win the 2024 Eurovision Song Contest? — Croatia")[0]["author"] == "Sam Rivera"


# --- Metaculus -------------------------------------------------------------------------------

SPACEX = 'Will SpaceX catch a Super Heavy booster with the launch tower\'s "chopsticks" before January 1, 2025?'


def test_metaculus_maps_every_field(tracker: Tracker) -> None:
    summary = tracker("import", fixture("metaculus.csv"), "--json").json()
    assert (summary["predictions_added"], summary["resolutions_added"], summary["resolutions_present"]) == (7, 4, 2)
    rows = exported(tracker)
    spacex = by_claim(rows, SPACEX)
    assert sorted((r["author"], r["date"], r["probability"]) for r in spacex) == [
        ("Jgalt", "2024-09-05", 0.5), ("kuudes", "2024-09-02", 0.35), ("kuudes", "2024-10-01", 0.62),
    ]
    first = next(r for r in spacex if r["probability"] == 0.35)
    url = "https://www.metaculus.com/questions/28893/will-spacex-catch-a-super-heavy-booster-before-2025/"
    assert first["url"] == url
    assert first["deadline"] == "2024-12-31"  # Scheduled Close Time: the download has no resolve time
    assert (first["outlet"], first["tags"]) == ("Metaculus", ["metaculus"])
    [resolution] = first["resolutions"]
    assert (resolution["outcome"], resolution["resolved_on"], resolution["evidence"], resolution["note"]) == (
        True, "2024-10-13", url, None,
    )


@pytest.mark.parametrize(
    ("claim", "outcome", "resolved_on"),
    [
        ("Will the US federal government shut down before January 1, 2025?", False, "2025-01-01"),
        ("Will Nvidia's market cap exceed Apple's on June 30, 2025, per companiesmarketcap.com?", "annulled", "2025-07-02"),
        ("Will Tesla's “robotaxi” service launch to the public in Austin before July 1, 2025?", "ambiguous", "2025-07-01"),
    ],
)
def test_metaculus_resolutions_map_to_ours(tracker: Tracker, claim: str, outcome: Any, resolved_on: str) -> None:
    tracker("import", fixture("metaculus.csv"))
    [row] = by_claim(exported(tracker), claim)
    assert [(r["outcome"], r["resolved_on"]) for r in row["resolutions"]] == [(outcome, resolved_on)]


def test_metaculus_open_question_is_unresolved(tracker: Tracker) -> None:
    tracker("import", fixture("metaculus.csv"))
    [row] = by_claim(exported(tracker), "Will a general-purpose humanoid robot be sold to consumers in the EU before 2027?")
    assert (row["probability"], row["deadline"], row["resolutions"]) == (0.12, "2026-12-31", [])


def test_metaculus_aggregates_and_non_binary_questions_are_skipped_and_counted(tracker: Tracker) -> None:
    result = tracker("import", fixture("metaculus.csv"))
    assert result.stderr.splitlines()[0] == (
        "tracker: skipped 4 of 11 Metaculus rows - community aggregates (nobody's own forecast): 2 (lines 5, 6); "
        "questions that are not binary: 2 (lines 11, 12)"
    )
    claims = {row["claim"] for row in exported(tracker)}
    assert "How many Atlantic hurricanes will form in 2025?" not in claims
    assert "Which party will win the most seats in the 2025 Canadian federal election?" not in claims
    assert {row["author"] for row in exported(tracker)} == {"kuudes", "Jgalt"}


def test_metaculus_fixture_is_the_join_of_the_two_downloaded_files() -> None:
    """metaculus.csv is question_data.csv joined with forecast_data.csv on Question ID, as the README says."""
    def read(name: str) -> list[dict[str, str]]:
        with open(FORMATS / name, newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))

    questions = {row["Question ID"]: row for row in read("metaculus_question_data.csv")}
    joined = [{**questions[f["Question ID"]], **f} for f in read("metaculus_forecast_data.csv")]
    assert read("metaculus.csv") == joined


def test_metaculus_half_download_gets_the_join_hint(tracker: Tracker) -> None:
    failed = tracker.fails("import", fixture("metaculus_forecast_data.csv"), code=2)
    assert "lacks Question Title, Question Type, Resolution" in failed.stderr
    assert "join question_data.csv and forecast_data.csv" in failed.stderr


# --- idempotency -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["predictionbook.csv", "fatebook.csv", "metaculus.csv"])
def test_reimporting_the_same_file_adds_nothing(tracker: Tracker, name: str) -> None:
    first = tracker("import", fixture(name), "--json").json()
    before = db_snapshot(tracker.db)
    again = tracker("import", fixture(name), "--json").json()
    assert again["predictions_added"] == 0 and again["resolutions_added"] == 0
    assert again["predictions_present"] == first["predictions_added"]
    assert again["resolutions_present"] == first["resolutions_added"] + first["resolutions_present"]
    assert db_snapshot(tracker.db) == before


# --- --format --------------------------------------------------------------------------------


def test_format_option_forces_a_format(tracker: Tracker) -> None:
    forced = tracker("import", fixture("predictionbook.csv"), "--format", "predictionbook", "--json").json()
    assert forced["predictions_added"] == 6
    # Forced to tracker's own CSV, detection is bypassed and the native reader refuses the columns.
    failed = tracker.fails("import", fixture("fatebook.csv"), "--format", "csv", code=2)
    assert "the CSV header lacks claim, author, date" in failed.stderr


def test_a_format_that_does_not_fit_says_what_the_file_looks_like(tracker: Tracker) -> None:
    failed = tracker.fails("import", fixture("predictionbook.csv"), "--format", "fatebook", code=2)
    assert failed.stderr.strip() == (
        "tracker: error: the header lacks Question title, Forecast (scale = 0-1), Forecast created at, "
        "Question resolve by, which a Fatebook import needs; this looks like a PredictionBook export: "
        "use --format predictionbook"
    )


def test_an_unknown_format_name_is_refused(tracker: Tracker) -> None:
    failed = tracker.fails("import", fixture("predictionbook.csv"), "--format", "predictionbok", code=2)
    assert "unknown format 'predictionbok'" in failed.stderr
    assert "predictionbook" in failed.stderr and "metaculus" in failed.stderr and "fatebook" in failed.stderr


# --- bad rows refuse the whole file ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        ("predictionbook.csv", ",201877,40,", ",201877,130,",
         "line 9: probability 130% is out of range: it must lie between 0 and 1 (0% and 100%)"),
        ("fatebook.csv", '"Croatia","Sam Rivera",0.35,', '"Croatia","Sam Rivera",1.3,',
         "line 12: probability 1.3 is out of range 0-1: did you mean 0.013 or 1.3%?"),
        ("metaculus.csv", "kuudes,False,2025-05-01 06:30:00.000001+00:00,", "kuudes,False,last Tuesday,",
         "line 9: cannot read Start Time 'last Tuesday': use a date such as 2021-12-09 or 'Dec 9, 2021'"),
        ("fatebook.csv", "2024-03-04 07:15:40,", "2024-13-04 07:15:40,",
         "line 9: Forecast created at '2024-13-04 07:15:40' is not a real date (month must be in 1..12)"),
        ("fatebook.csv", '"Will the rail strike at Köln Hbf end by Friday 8 March 2024?",,', '"",,',
         "line 9: Question title is empty"),
        ("metaculus.csv", "Will a general-purpose humanoid robot be sold to consumers in the EU before 2027?", "",
         "line 10: Question Title is empty"),
        ("predictionbook.csv", ",198544,12,,false,", ",198544,12,,false,extra,",
         "line 8: the row has 11 fields but the header has 10"),
    ],
)
def test_a_bad_row_refuses_the_whole_file_and_changes_nothing(
    tracker: Tracker, tmp_path: Path, name: str, old: str, new: str, message: str
) -> None:
    tracker.add("Something already recorded", "-p", "0.5")
    before = db_snapshot(tracker.db)
    failed = tracker.fails("import", variant(tmp_path, name, old, new), code=2)
    assert message in failed.stderr
    assert failed.stderr.strip().endswith("; nothing was imported")
    assert db_snapshot(tracker.db) == before


def test_an_unknown_resolution_value_is_refused(tracker: Tracker, tmp_path: Path) -> None:
    path = variant(tmp_path, "fatebook.csv", '"AMBIGUOUS"', '"MAYBE"')
    failed = tracker.fails("import", path, code=2)
    assert failed.stderr.strip() == (
        "tracker: error: line 9: Resolution 'MAYBE' is not one of: ambiguous, no, yes (or empty); nothing was imported"
    )


# --- pure -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "made", "expected"),
    [
        ("2024-05-01", "2024-01-01", "2024-05-01"),  # inside the window: kept
        ("2023-12-01", "2024-01-01", "2024-01-01"),  # before the prediction: moved up to it
        ("2030-01-01", "2024-01-01", TODAY),  # a future deadline: today
    ],
)
def test_resolution_day_stays_between_the_prediction_and_today(day: str, made: str, expected: str) -> None:
    assert resolution_day(dt.date.fromisoformat(day), dt.date.fromisoformat(made)).isoformat() == expected
