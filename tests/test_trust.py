"""Issue 9, "Scores users can trust": one test per defect, through the real CLI on a real
database file. Each of these failed before its fix."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import Tracker


@pytest.fixture
def tracker(backend_tracker: Tracker) -> Tracker:
    """These tests run on SQLite and on PostgreSQL with the same expectations."""
    return backend_tracker

VIEWS = [
    ["--by", "author"], ["--by", "outlet"], ["--by", "tag"], ["--by", "year"],
    ["--every"], ["--by", "tag", "--every"], ["--as-of", "2019-06-01"],
]


def scorecard(tracker: Tracker, *args: str) -> dict[str | None, dict]:
    return {row["source"]: row for row in tracker("scorecard", "--json", "--min-scored", "0", *args).json()}


def assert_invariant(tracker: Tracker) -> None:
    """hits + misses + (scored at exactly 0.5) = scored, for every source in every view."""
    halves: dict[str, int] = {}
    for view in VIEWS:
        for source, row in scorecard(tracker, *view).items():
            assert row["hits"] + row["misses"] <= row["scored"], (view, source, row)
            halves[f"{view}{source}"] = row["scored"] - row["hits"] - row["misses"]
    # The gaps are predictions at exactly 0.5; this history has none.
    assert set(halves.values()) == {0}, halves


# --- 1. a bare assertion that came out false is a miss ------------------------------------


def test_a_bare_assertion_that_came_out_false_is_a_miss(tracker: Tracker) -> None:
    pid = tracker.add("The euro will be abolished before 2020", author="Ann", date="2016-03-01")
    tracker("resolve", str(pid), "--outcome", "false", "--date", "2019-01-01")
    row = scorecard(tracker)["Ann"]
    assert (row["scored"], row["hits"], row["misses"], row["hit_rate"]) == (1, 0, 1, 0.0)


def test_six_bare_assertions_one_true_five_false_score_one_in_six(tracker: Tracker) -> None:
    for n in range(6):
        pid = tracker.add(f"Bare assertion {n}", "--outlet", "Blog", "--tag", "t", author="Ann", date="2016-03-01")
        tracker("resolve", str(pid), "--outcome", "true" if n == 0 else "false", "--date", "2019-01-01")
    row = scorecard(tracker)["Ann"]
    assert (row["scored"], row["hits"], row["misses"]) == (6, 1, 5)
    assert row["hit_rate"] == pytest.approx(1 / 6)
    assert_invariant(tracker)


# --- 2. import keeps a resolution that repeats an earlier one ----------------------------


def test_a_repeated_resolution_survives_export_and_import(tracker: Tracker, tmp_path: Path) -> None:
    pid = tracker.add("It comes true", "-p", "0.7", date="2020-01-01")
    for outcome in ("true", "false", "true"):  # the third repeats the first, word for word
        tracker("resolve", str(pid), "--outcome", outcome, "--date", "2021-01-01")
    exported = tracker("export").stdout
    path = tmp_path / "history.jsonl"
    path.write_text(exported, encoding="utf-8")
    copy = Tracker(tmp_path / "copy.db")
    summary = copy("import", str(path), "--json").json()
    assert (summary["resolutions_added"], summary["resolutions_present"]) == (3, 0)
    assert copy("show", "1", "--json").json()["outcome"] is True
    assert copy("export").stdout == exported
    # Importing the same file again adds nothing.
    again = copy("import", str(path), "--json").json()
    assert (again["resolutions_added"], again["resolutions_present"]) == (0, 3)


# --- 5. one source, one claim --------------------------------------------------------------


def test_a_source_repeating_a_call_counts_once_and_every_counts_each(tracker: Tracker) -> None:
    for day, p in (("2020-01-01", "0.9"), ("2020-02-01", "0.8"), ("2020-03-01", "0.6")):
        pid = tracker.add("Repeated call", "-p", p, "--outlet", f"Column {day}", author="Pundit", date=day)
    tracker.add("Repeated call", "-p", "0.2", author="Other", date="2020-01-15")
    tracker("resolve", str(pid), "--outcome", "false", "--date", "2021-01-01")
    row = scorecard(tracker)["Pundit"]
    assert (row["predictions"], row["scored"], row["misses"]) == (1, 1, 1)
    assert row["brier"] == pytest.approx(0.36)  # the latest call, 0.6
    every = scorecard(tracker, "--every")["Pundit"]
    assert (every["predictions"], every["scored"], every["misses"]) == (3, 3, 3)
    assert every["brier"] == pytest.approx((0.81 + 0.64 + 0.36) / 3)
    cal = tracker("calibration", "--json", "--author", "Pundit").json()
    assert cal["murphy"]["count"] == 1 and cal["murphy"]["brier"] == pytest.approx(0.36)
    assert tracker("calibration", "--json", "--author", "Pundit", "--every").json()["murphy"]["count"] == 3
    compared = tracker("compare", "Pundit", "Other", "--json").json()
    assert compared["claims"][0]["probability_a"] == 0.6
    # Grouped by outlet, only the column with the counted call appears.
    assert set(scorecard(tracker, "--by", "outlet")) == {"Column 2020-03-01", None}
    # Filters choose among the calls that count: the earlier ones are not scored on their own.
    assert "Pundit" not in scorecard(tracker, "--until", "2020-02-15")
    assert scorecard(tracker, "--until", "2020-02-15", "--every")["Pundit"]["predictions"] == 2
    # As of a date, the record is replayed first: the latest call made by then counts.
    assert scorecard(tracker, "--as-of", "2020-02-15")["Pundit"]["predictions"] == 1


def test_same_day_calls_count_the_later_recorded(tracker: Tracker) -> None:
    tracker.add("Same day", "-p", "0.9", author="Pundit", date="2020-01-01")
    second = tracker.add("Same day", "-p", "0.3", "--quote", "second thoughts", author="Pundit", date="2020-01-01")
    tracker("resolve", str(second), "--outcome", "true", "--date", "2021-01-01")
    assert scorecard(tracker)["Pundit"]["brier"] == pytest.approx(0.49)


# --- 6. retraction ---------------------------------------------------------------------------


def test_a_retracted_resolution_counts_nowhere_not_even_as_of(tracker: Tracker, tmp_path: Path) -> None:
    first = tracker.add("Claim one", "-p", "0.9", date="2020-01-01")
    second = tracker.add("Claim two", "-p", "0.9", date="2020-01-01")
    tracker("resolve", str(first), "--outcome", "false", "--date", "2020-06-01")  # meant for claim two
    assert scorecard(tracker, "--as-of", "2020-12-31")["Ann Analyst"]["scored"] == 1
    shown = tracker("show", str(first), "--json").json()
    resolution_id = shown["resolutions"][0]["id"]
    message = tracker("retract", str(resolution_id), "--reason", "meant claim two").stderr
    assert "Retracted resolution 1" in message and "now unresolved" in message
    tracker("resolve", str(second), "--outcome", "false", "--date", "2020-06-01")
    for view in ([], ["--as-of", "2020-12-31"], ["--as-of", "2020-06-01"], ["--every"]):
        row = scorecard(tracker, *view)["Ann Analyst"]
        assert (row["scored"], row["misses"]) == (1, 1), view
    cal = tracker("calibration", "--json", "--as-of", "2020-12-31").json()
    assert cal["murphy"]["count"] == 1
    detail = tracker("show", str(first), "--json").json()
    assert detail["status"] == "open" and detail["outcome"] is None
    assert detail["resolutions"][0]["retraction"]["reason"] == "meant claim two"
    assert "RETRACTED" in tracker("show", str(first)).stdout
    # Carried by export and import, byte for byte.
    exported = tracker("export").stdout
    assert json.loads(exported.splitlines()[0])["resolutions"][0]["retraction"]["reason"] == "meant claim two"
    path = tmp_path / "x.jsonl"
    path.write_text(exported, encoding="utf-8")
    copy = Tracker(tmp_path / "copy.db")
    copy("import", str(path))
    assert copy("export").stdout == exported
    assert scorecard(copy)["Ann Analyst"]["scored"] == 1
    assert "already retracted" in tracker.fails("retract", str(resolution_id), "--reason", "again", code=2).stderr


def test_resolve_says_which_prediction_and_claim_it_touched(tracker: Tracker) -> None:
    tracker.add("Claim one", "-p", "0.9", date="2020-01-01")
    two = tracker.add("Claim two", "-p", "0.9", author="Bob", date="2020-01-01")
    out = tracker("resolve", str(two), "--outcome", "true", "--date", "2020-06-01")
    assert out.stdout == ""
    assert "claim 2 “Claim two” (through prediction 2, by Bob)" in out.stderr
    assert "tracker retract 1" in out.stderr


def test_an_earlier_resolution_needs_the_current_one_retracted(tracker: Tracker) -> None:
    pid = tracker.add("Dated claim", "-p", "0.9", date="2020-01-01")
    tracker("resolve", str(pid), "--outcome", "true", "--date", "2020-06-01")
    refused = tracker.fails("resolve", str(pid), "--outcome", "true", "--date", "2020-03-01", code=2)
    assert "tracker retract 1" in refused.stderr
    tracker("retract", "1", "--reason", "the date was wrong")
    tracker("resolve", str(pid), "--outcome", "true", "--date", "2020-03-01")
    assert tracker("show", str(pid), "--json").json()["resolved_on"] == "2020-03-01"


def test_false_before_the_deadline_needs_early_and_a_note(tracker: Tracker) -> None:
    pid = tracker.add("It happens by 2021", "-p", "0.9", "--deadline", "2021-12-31", date="2020-01-01")
    refused = tracker.fails("resolve", str(pid), "--outcome", "false", "--date", "2021-06-01", code=2)
    assert "--early" in refused.stderr
    assert "--note" in tracker.fails("resolve", str(pid), "--outcome", "false", "--date", "2021-06-01", "--early").stderr
    tracker("resolve", str(pid), "--outcome", "false", "--date", "2021-06-01", "--early", "--note", "the treaty was voided")
    assert tracker("show", str(pid), "--json").json()["note"] == "the treaty was voided"
    # true before the deadline is fine: the event happened.
    other = tracker.add("Another by 2021", "-p", "0.9", "--deadline", "2021-12-31", date="2020-01-01")
    tracker("resolve", str(other), "--outcome", "true", "--date", "2021-06-01")


# --- 7. no hindsight, in every path ------------------------------------------------------------


def write_csv(path: Path, rows: list[str]) -> Path:
    path.write_text("claim,author,date,deadline,probability,outcome,resolved_on\n" + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def test_import_checks_hindsight_after_the_first_chunk(tracker: Tracker, tmp_path: Path) -> None:
    pid = tracker.add("Resolved early", "-p", "0.5", date="2020-01-01")
    tracker("resolve", str(pid), "--outcome", "true", "--date", "2020-06-01")
    rows = [f"Filler {n},Ann,2021-01-01,,0.5,," for n in range(499)]
    rows += ["Resolved early,Bob,2020-03-01,,0.4,,"]  # fine, made before the outcome (chunk 1)
    rows += [f"Filler {n},Ann,2021-01-01,,0.5,," for n in range(500, 700)]
    rows += ["Resolved early,Cy,2021-01-01,,0.9,,"]  # made after it: refused, though in chunk 2
    refused = tracker.fails("import", str(write_csv(tmp_path / "late.csv", rows)), code=2)
    assert "line 702" in refused.stderr and "after the outcome was known" in refused.stderr
    assert len(tracker("list", "--json").json()) == 1


def test_import_refuses_a_row_with_its_own_later_resolution_on_a_resolved_claim(tracker: Tracker, tmp_path: Path) -> None:
    pid = tracker.add("Resolved early", "-p", "0.5", date="2020-01-01")
    tracker("resolve", str(pid), "--outcome", "true", "--date", "2020-06-01")
    rows = ["Resolved early,Bob,2020-02-01,,0.4,true,2020-06-01"]
    rows += [f"Filler {n},Ann,2021-01-01,,0.5,," for n in range(600)]
    rows += ["Resolved early,Cy,2021-01-01,,0.9,true,2021-02-01"]
    refused = tracker.fails("import", str(write_csv(tmp_path / "own.csv", rows)), code=2)
    assert "line 603" in refused.stderr and "after the outcome was known" in refused.stderr


@pytest.mark.sqlite_file
def test_import_refuses_a_same_file_hindsight_pair(tracker: Tracker, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "pair.csv", [
        "New claim,Ann,2020-01-01,,0.5,true,2020-06-01",
        "New claim,Bob,2020-09-01,,0.9,,",
    ])
    refused = tracker.fails("import", str(path), code=2)
    assert "line 3" in refused.stderr and "after the outcome was known" in refused.stderr
    assert not tracker.db.exists()


def test_leaving_out_the_deadline_does_not_dodge_a_known_outcome(tracker: Tracker, tmp_path: Path) -> None:
    pid = tracker.add("Oil above 100", "-p", "0.5", "--deadline", "2020-12-31", date="2020-01-01")
    tracker("resolve", str(pid), "--outcome", "true", "--date", "2020-06-01")
    refused = tracker.fails("add", "oil above 100", "--author", "Late", "--date", "2021-01-01", code=2)
    assert "claim 1" in refused.stderr and "2020-06-01" in refused.stderr
    path = write_csv(tmp_path / "nodeadline.csv", ["Oil above 100,Late,2021-01-01,,0.9,,"])
    assert "after that outcome was known" in tracker.fails("import", str(path), code=2).stderr
    # Made before the outcome, under another deadline: accepted, with a word about the other claim.
    noted = tracker("add", "Oil above 100", "--author", "Early", "--date", "2020-02-01", "--deadline", "2021-12-31")
    assert "same words are claim 1" in noted.stderr


# --- 8. one person, one source ---------------------------------------------------------------


def test_spellings_of_one_name_are_one_source(tracker: Tracker) -> None:
    a = tracker.add("Claim A", "-p", "0.8", "--tag", "Economy", author="Ann Analyst")
    tracker.add("Claim B", "-p", "0.8", "--tag", "economy ", author="ann  analyst")
    tracker.add("Claim C", "-p", "0.8", author="ZOË ÖLUND")
    tracker.add("Claim D", "-p", "0.8", author="Zoë Ölund")
    tracker("resolve", str(a), "--outcome", "true", "--date", "2022-01-01")
    rows = tracker("scorecard", "--json", "--min-scored", "0").json()
    assert sorted((r["source"], r["predictions"]) for r in rows) == [("Ann Analyst", 2), ("ZOË ÖLUND", 2)]
    assert [(r["source"], r["predictions"]) for r in scorecard(tracker, "--by", "tag").values()] == [("Economy", 2)]
    assert len(tracker("list", "--json", "--author", "ANN ANALYST").json()) == 2
    assert len(tracker("list", "--json", "--tag", "ECONOMY").json()) == 2
    assert len(tracker("list", "--json", "--author", "zoë ölund").json()) == 2
    # A repeat under another spelling is still the same source's repeat on the claim.
    tracker.add("Claim A", "-p", "0.6", author="ANN ANALYST", date="2021-06-01")
    assert scorecard(tracker)["Ann Analyst"]["brier"] == pytest.approx(0.16)


def test_an_unknown_source_is_refused_with_the_nearest_names(tracker: Tracker) -> None:
    tracker.add("Claim", "-p", "0.8", author="Nate Silver")
    assert len(tracker("list", "--json", "--author", "nate silver").json()) == 1
    refused = tracker.fails("scorecard", "--author", "Nate Silverr", code=2)
    assert "no predictions by author 'Nate Silverr'" in refused.stderr and "'Nate Silver'" in refused.stderr
    assert "did you mean 'Nate Silver'" in tracker.fails("compare", "nate silver", "Nat Silver").stderr
    assert "no predictions with tag" in tracker.fails("list", "--tag", "nothing").stderr


# --- 9. refused commands leave no file ----------------------------------------------------------


def test_a_refused_import_creates_no_database(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("claim,author,date,probability\nA,Ann,2021-01-01,0.5\nB,Ann,2021-01-01,7\n", encoding="utf-8")
    tracker = Tracker(tmp_path / "new.db")
    tracker.fails("import", str(bad), code=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv"]


def test_a_refused_extract_save_creates_no_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from tracker.cli import app

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TRACKER_DB")
    article = tmp_path / "column.txt"
    article.write_text("Russia will probably invade Ukraine before the end of 2022.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--save", "--yes"])
    assert result.exit_code != 0 and "cannot save" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["column.txt"]


@pytest.mark.sqlite_file
def test_a_refused_write_keeps_an_existing_database(tracker: Tracker) -> None:
    tracker.add("Kept", "-p", "0.5")
    tracker.fails("add", "x", "--author", "A", "--date", "2021-13-01", code=2)
    assert tracker.db.exists() and len(tracker("list", "--json").json()) == 1


# --- 10. 'none' clears every clearable field -----------------------------------------------------


@pytest.mark.sqlite_file
def test_amend_outlet_none_clears_it_and_the_history_speaks_plainly(tracker: Tracker) -> None:
    pid = tracker.add("Claim", "-p", "0.5", "--outlet", "Blog", "--quote", "q", "--url", "https://example.org/a")
    tracker("amend", str(pid), "--outlet", "none", "--quote", "NONE", "--url", "none", "--reason", "clear them")
    row = tracker("show", str(pid), "--json").json()
    assert (row["outlet"], row["quote"], row["url"]) == (None, None, None)
    tracker("amend", str(pid), "--outlet", "Daily", "--reason", "found it")
    history = tracker("show", str(pid)).stdout
    assert "None" not in history and "outlet: none" in history
    conn = sqlite3.connect(tracker.db)
    assert conn.execute("SELECT count(*) FROM prediction WHERE outlet = 'none'").fetchone()[0] == 0
    conn.close()


# --- upgrades and older files -------------------------------------------------------------------


def test_an_upgraded_database_gets_folded_keys_for_every_row(tmp_path: Path) -> None:
    import shutil

    from tracker.storage.hashing import wording_key
    from tracker.names import fold

    db = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "schema_v1.db", db)
    tracker = Tracker(db)
    assert tracker("scorecard", "--json", "--min-scored", "0").json()  # any command upgrades it
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT author, author_key, outlet, outlet_key FROM prediction").fetchall()
        assert rows and all(a_key == fold(a) and o_key == (fold(o) if o is not None else None) for a, a_key, o, o_key in rows)
        claims = conn.execute("SELECT text, wording_key FROM claim").fetchall()
        assert claims and all(key == wording_key(text) for text, key in claims)
        tags = conn.execute("SELECT tag, tag_key FROM prediction_tag").fetchall()
        assert all(key == fold(tag) for tag, key in tags)
    finally:
        conn.close()


def test_a_version_1_export_still_imports(tracker: Tracker, tmp_path: Path) -> None:
    line = {
        "export_version": 1, "id": 1, "claim": "Old claim", "author": "Ann", "outlet": None, "date": "2020-01-01",
        "deadline": None, "probability": 0.8, "quote": None, "url": None, "tags": [], "hash": None,
        "recorded_at": "2020-01-02T00:00:00.000000Z", "article_sha256": None,
        "resolutions": [
            {"outcome": "true", "resolved_on": "2021-01-01", "evidence": None, "note": None, "recorded_at": "2021-01-02T00:00:00.000000Z"},
            {"outcome": "false", "resolved_on": "2021-01-01", "evidence": None, "note": None, "recorded_at": "2021-01-03T00:00:00.000000Z"},
            {"outcome": "true", "resolved_on": "2021-01-01", "evidence": None, "note": None, "recorded_at": "2021-01-04T00:00:00.000000Z"},
        ],
        "amendments": [],
    }
    path = tmp_path / "v1.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    assert tracker("import", str(path), "--json").json()["resolutions_added"] == 3
    detail = tracker("show", "1", "--json").json()
    assert detail["outcome"] is True and [r["retraction"] for r in detail["resolutions"]] == [None, None, None]
    assert json.loads(tracker("export").stdout)["export_version"] == 2


@pytest.mark.sqlite_file
def test_the_reports_chart_for_a_tag_matches_it_folded(tracker: Tracker, tmp_path: Path) -> None:
    from tracker import report
    from tracker.queries import Filters

    assert report.source_filters(Filters(tag="war"), "tag", "War") == Filters(tag="War")
    pid = tracker.add("Claim", "-p", "0.8", "--tag", "War")
    tracker("resolve", str(pid), "--outcome", "true", "--date", "2022-01-01")
    from tracker.storage.database import open_database

    database = open_database(tracker.db)
    try:
        with database.read() as conn:
            data = report.collect(conn, Filters(tag="war"), by="tag", min_scored=0)
    finally:
        database.dispose()
    assert [(c.source, c.calibration is not None) for c in data.charts] == [("War", True)]
