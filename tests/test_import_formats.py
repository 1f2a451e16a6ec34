"""Importing other tools' exports (PredictionBook, Fatebook, Metaculus), end to end through the CLI.

Every expected value below was read off the fixtures in tests/fixtures/formats by hand.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXPORTS_TODAY, Tracker, db_snapshot
from tracker.interchange.foreign import detect


@pytest.fixture
def tracker(backend_tracker: Tracker) -> Tracker:
    """These tests run on SQLite and on PostgreSQL with the same expectations."""
    return backend_tracker

FORMATS = Path(__file__).parent / "fixtures" / "formats"
TODAY = EXPORTS_TODAY


pytestmark = pytest.mark.usefixtures("exports_today")


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
    [("predictionbook.csv", "predictionbook", "PredictionBook", 11), ("fatebook.csv", "fatebook", "Fatebook", 10),
     ("metaculus.csv", "metaculus", "Metaculus", 7)],
)
def test_import_detects_the_format_without_being_told(tracker: Tracker, name: str, tag: str, outlet: str, added: int) -> None:
    summary = tracker("import", fixture(name), "--json").json()
    assert summary["predictions_added"] == added
    rows = exported(tracker)
    assert len(rows) == added
    assert all(tag in row["tags"] and row["outlet"] == outlet for row in rows)


# --- PredictionBook --------------------------------------------------------------------------


def pb(rows: list[dict[str, Any]], number: int) -> dict[str, Any]:
    [row] = [row for row in rows if row["url"] == f"https://predictionbook.com/predictions/{number}"]
    return row


def test_predictionbook_maps_every_field(tracker: Tracker) -> None:
    result = tracker("import", fixture("predictionbook.csv"), "--json")
    summary = result.json()
    assert {k: summary[k] for k in ("predictions_added", "resolutions_added", "claims_added", "skipped", "refused")} == {
        "predictions_added": 11, "resolutions_added": 9, "claims_added": 11, "skipped": 2, "refused": 0,
    }
    assert summary["skipped_by_reason"] == {"withdrawn": 1, "made after the question's deadline": 1}
    assert (summary["first_date"], summary["last_date"]) == ("2016-01-05", "2024-02-01")
    rows = exported(tracker)
    # line 2: created_at, deadline, description, id, mean_confidence 35, outcome false, last_judgement_at 2020-01-14
    bitcoin = pb(rows, 194301)
    assert bitcoin["claim"] == "Bitcoin closes 2019 above $10,000 on CoinDesk"
    assert bitcoin["author"] == "PredictionBook crowd"  # mean_confidence is everyone's mean wager
    assert (bitcoin["outlet"], bitcoin["tags"], bitcoin["quote"]) == ("PredictionBook", ["predictionbook"], None)
    assert (bitcoin["date"], bitcoin["deadline"], bitcoin["probability"]) == ("2019-03-02", "2019-12-31", 0.35)
    assert bitcoin["claim_ref"] == "predictionbook:194301"
    [resolution] = bitcoin["resolutions"]
    # The judgement date, not the deadline: judged two weeks after it.
    assert (resolution["outcome"], resolution["resolved_on"], resolution["note"]) == (False, "2020-01-14", None)
    assert resolution["evidence"] == "https://predictionbook.com/predictions/194301"
    # line 3: a judgement without a date is dated by the deadline, and says so
    brexit = pb(rows, 194388)
    assert brexit["claim"] == 'The UK leaves the EU by 31 October 2019 ("no deal" counts)'
    [resolution] = brexit["resolutions"]
    assert resolution["resolved_on"] == "2019-10-31" and "deadline" in resolution["note"]
    # line 6: outcome true, judged in 2023
    zurich = pb(rows, 196770)
    assert zurich["probability"] == 0.62
    assert [(r["outcome"], r["resolved_on"]) for r in zurich["resolutions"]] == [(True, "2023-03-14")]


def test_predictionbook_judged_before_its_deadline_is_dated_by_the_judgement(tracker: Tracker) -> None:
    tracker("import", fixture("predictionbook.csv"))
    voyager = pb(exported(tracker), 201877)
    assert voyager["deadline"] == "2030-01-01"
    assert [(r["outcome"], r["resolved_on"]) for r in voyager["resolutions"]] == [(True, "2024-06-14")]


def test_predictionbook_unresolved_rows_have_no_resolution(tracker: Tracker) -> None:
    tracker("import", fixture("predictionbook.csv"))
    rows = exported(tracker)
    mars, ceasefire = pb(rows, 195120), pb(rows, 198544)
    assert mars["resolutions"] == [] and ceasefire["resolutions"] == []
    assert mars["probability"] == 0.08 and mars["deadline"] == "2035-12-31"


def test_predictionbook_questions_sharing_title_and_deadline_stay_distinct(tracker: Tracker) -> None:
    tracker("import", fixture("predictionbook.csv"))
    rows = exported(tracker)
    first, second = pb(rows, 180001), pb(rows, 180002)
    assert first["claim"] == second["claim"] == "I will run a marathon this year"
    assert first["deadline"] == second["deadline"]
    assert [r["outcome"] for r in first["resolutions"]] == [True]
    assert [r["outcome"] for r in second["resolutions"]] == [False]
    listed = {row["id"]: row for row in tracker("list", "--json").json()}
    assert listed[first["id"]]["claim_id"] != listed[second["id"]]["claim_id"]


def test_predictionbook_messy_titles_are_tidied(tracker: Tracker) -> None:
    tracker("import", fixture("predictionbook.csv"))
    rows = exported(tracker)
    assert pb(rows, 198544)["claim"] == "Russia and Ukraine sign a ceasefire before 2023"  # a newline inside
    assert pb(rows, 188888)["claim"] == "Germany reaches the 2018–2019 Nations League finals"  # U+0096 and a BOM
    assert pb(rows, 195300)["claim"] == "[Who wins the 2020 US presidential election?] Biden"  # a prediction group


@pytest.mark.sqlite_file
def test_predictionbook_crowd_as_creator_credits_the_creator_and_refuses_a_blank_name(tracker: Tracker, tmp_path: Path) -> None:
    before = db_snapshot(tracker.db)
    failed = tracker.fails("import", fixture("predictionbook.csv"), "--crowd-as-creator", code=2)
    assert failed.stderr.strip() == (
        "tracker: error: line 15: the row names no forecaster: give the PredictionBook user's name with --author; "
        "nothing was imported"
    )
    assert db_snapshot(tracker.db) == before
    rejects = tmp_path / "rejects.csv"
    summary = tracker("import", fixture("predictionbook.csv"), "--crowd-as-creator", "--skip-invalid",
                      "--rejects", str(rejects), "--json").json()
    assert (summary["predictions_added"], summary["refused"], summary["rejects"]) == (10, 1, str(rejects))
    rows = exported(tracker)
    assert pb(rows, 194301)["author"] == "kuudes" and pb(rows, 196770)["author"] == "Jamie_Z"
    with rejects.open(newline="", encoding="utf-8") as handle:
        [refused] = list(csv.DictReader(handle))
    assert (refused["line"], refused["id"], refused["creator_label"]) == ("15", "189001", "\u200b")
    assert refused["reason"] == "the row names no forecaster: give the PredictionBook user's name with --author"


def test_predictionbook_withdrawn_and_after_deadline_rows_are_skipped_and_counted(tracker: Tracker) -> None:
    result = tracker("import", fixture("predictionbook.csv"), "--json")
    assert result.stderr.strip() == (
        "tracker: skipped 2 of 13 PredictionBook rows - withdrawn: 1 (line 5); made after the question's deadline: 1 (line 7)"
    )
    urls = {row["url"] for row in exported(tracker)}
    assert "https://predictionbook.com/predictions/195402" not in urls  # withdrawn
    assert "https://predictionbook.com/predictions/197001" not in urls  # deadline before created_at


def test_predictionbook_outcome_may_be_written_one_zero(tracker: Tracker, tmp_path: Path) -> None:
    path = variant(tmp_path, "predictionbook.csv", ",194301,35,false,", ",194301,35,0,")
    tracker("import", path)
    assert pb(exported(tracker), 194301)["resolutions"][0]["outcome"] is False


# --- Fatebook --------------------------------------------------------------------------------

AI_ACT = "Will the EU AI Act be published in the Official Journal before 1 August 2024?"


def test_fatebook_maps_every_field(tracker: Tracker) -> None:
    summary = tracker("import", fixture("fatebook.csv"), "--json").json()
    # Three forecasts on the AI Act share one claim, so its resolution is added once.
    assert (summary["predictions_added"], summary["resolutions_added"], summary["resolutions_present"]) == (10, 7, 0)  # repeats within the file are not "already present"
    rows = exported(tracker)
    forecasts = by_claim(rows, AI_ACT)
    assert sorted((r["author"], r["date"], r["probability"]) for r in forecasts) == [
        ("Noor Haddad", "2024-03-02", 0.65), ("Sam Rivera", "2024-03-01", 0.8), ("Sam Rivera", "2024-05-21", 0.9),
    ]
    noor = next(r for r in forecasts if r["author"] == "Noor Haddad")
    assert noor["deadline"] == "2024-07-31"
    assert noor["outlet"] == "Fatebook" and noor["tags"] == ["ai", "eu policy", "fatebook"]  # Question tags
    assert noor["url"] is None and noor["quote"] is None
    assert noor["claim_ref"].startswith("fatebook:")
    [resolution] = noor["resolutions"]
    assert (resolution["outcome"], resolution["resolved_on"], resolution["note"]) == (True, "2024-07-12", None)
    claim_ids = {r["claim_id"] for r in tracker("list", "--json").json() if r["claim"] == AI_ACT}
    assert len(claim_ids) == 1


def test_fatebook_forecasts_after_the_resolution_are_skipped_never_redated(tracker: Tracker) -> None:
    result = tracker("import", fixture("fatebook.csv"), "--json")
    assert result.json()["skipped_by_reason"] == {"made after the question's deadline": 1, "made after the question was resolved": 2}
    forecasts = by_claim(exported(tracker), AI_ACT)
    assert {r["author"] for r in forecasts} == {"Sam Rivera", "Noor Haddad"}
    assert 0.99 not in {r["probability"] for r in forecasts}  # made the day after
    assert 0.97 not in {r["probability"] for r in forecasts}  # made two hours after, the same day
    assert {r["resolutions"][0]["resolved_on"] for r in forecasts} == {"2024-07-12"}


def test_fatebook_messy_title_is_tidied(tracker: Tracker) -> None:
    tracker("import", fixture("fatebook.csv"))
    [ecb] = by_claim(exported(tracker), "Will the ECB cut rates at its June 2024 meeting?")
    assert ecb["tags"] == ["eu policy", "fatebook"]


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


def test_fatebook_older_column_names_are_read(tracker: Tracker, tmp_path: Path) -> None:
    text = (FORMATS / "fatebook.csv").read_text(encoding="utf-8")
    old = text.replace(",Resolution,Resolved at,", ",Question resolution,Question resolved at,", 1)
    path = tmp_path / "old.csv"
    path.write_text(old, encoding="utf-8")
    assert tracker("import", str(path), "--json").json()["resolutions_added"] == 7


def test_author_option_fills_a_row_that_names_nobody(tracker: Tracker, tmp_path: Path) -> None:
    path = variant(tmp_path, "fatebook.csv", ',"Jonas Müller",0.4,', ",,0.4,")
    failed = tracker.fails("import", path, code=2)
    assert failed.stderr.strip() == (
        "tracker: error: line 9: the row names no forecaster: give the Fatebook user's name with --author; nothing was imported"
    )
    tracker("import", path, "--author", "Jonas M.")
    rows = exported(tracker)
    assert by_claim(rows, "Will the rail strike at Köln Hbf end by Friday 8 March 2024?")[0]["author"] == "Jonas M."
    assert by_claim(rows, "Who will win the 2024 Eurovision Song Contest? — Croatia")[0]["author"] == "Sam Rivera"


# --- Metaculus -------------------------------------------------------------------------------

SPACEX = 'Will SpaceX catch a Super Heavy booster with the launch tower\'s "chopsticks" before January 1, 2025?'


def test_metaculus_maps_every_field(tracker: Tracker) -> None:
    summary = tracker("import", fixture("metaculus.csv"), "--json").json()
    assert (summary["predictions_added"], summary["resolutions_added"], summary["resolutions_present"]) == (7, 4, 0)  # repeats within the file are not "already present"
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
    assert "tracker import question_data.csv forecast_data.csv" in failed.stderr


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
    assert forced["predictions_added"] == 11
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
         "line 11: probability 130% is out of range: it must lie between 0 and 1 (0% and 100%)"),
        ("fatebook.csv", '"Croatia","Sam Rivera",0.35,', '"Croatia","Sam Rivera",1.3,',
         "line 12: probability 1.3 is out of range 0-1: did you mean 0.013 or 1.3%?"),
        ("metaculus.csv", "kuudes,False,2025-05-01 06:30:00.000001+00:00,", "kuudes,False,last Tuesday,",
         "line 9: cannot read Start Time 'last Tuesday' as a date and time"),
        ("fatebook.csv", "2024-03-04 07:15:40,", "2024-13-04 07:15:40,",
         "line 9: Forecast created at '2024-13-04 07:15:40' is not a real time (month must be in 1..12)"),
        ("fatebook.csv", '"Will the rail strike at Köln Hbf end by Friday 8 March 2024?",,', '"",,',
         "line 9: Question title is empty"),
        ("metaculus.csv", "Will a general-purpose humanoid robot be sold to consumers in the EU before 2027?", "",
         "line 10: Question Title is empty"),
        ("predictionbook.csv", ",198544,12,,,,", ",198544,12,,,extra,,",
         "line 8: the row has 18 fields but the header has 17"),
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
