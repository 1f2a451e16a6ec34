"""add, resolve, list, show and due, end to end through the CLI on a real SQLite file."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Tracker, db_snapshot


@pytest.fixture
def tracker(backend_tracker: Tracker) -> Tracker:
    """These tests run on SQLite and on PostgreSQL with the same expectations."""
    return backend_tracker

LIST_KEYS = {"id", "claim", "author", "outlet", "date", "deadline", "probability", "quote", "url", "tags", "status", "outcome"}


def test_add_records_every_field_and_prints_json(tracker: Tracker) -> None:
    row = tracker(
        "add", "Russia will invade Ukraine", "--author", "Pepe Escobar", "--date", "Dec 9, 2021",
        "--probability", "10%", "--deadline", "2022-12-31", "--outlet", "Global Research",
        "--url", "https://www.globalresearch.ca/what-putin-really-told-biden/5763286",
        "--quote", "nobody really expects Russia to invade Ukraine", "--tag", "ukraine", "--tag", "russia", "--json",
    ).json()
    assert row["id"] == 1 and row["created"] is True
    assert row["claim"] == "Russia will invade Ukraine"
    assert row["date"] == "2021-12-09" and row["deadline"] == "2022-12-31"
    assert row["probability"] == 0.1
    assert row["tags"] == ["russia", "ukraine"]
    assert row["status"] == "due" and row["outcome"] is None
    assert len(row["hash"]) == 64


def test_probability_phrases_and_no_probability(tracker: Tracker) -> None:
    likely = tracker("add", "X happens", "--author", "A", "--date", "2021-01-01", "-p", "likely", "--json").json()
    assert likely["probability"] == 0.7
    asserted = tracker("add", "Y happens", "--author", "A", "--date", "2021-01-01", "--json").json()
    assert asserted["probability"] is None


def test_adding_the_same_prediction_twice_records_it_once(tracker: Tracker) -> None:
    first = tracker("add", "Z", "--author", "A", "--date", "2021-01-01", "-p", "0.3", "--json").json()
    again = tracker("add", "Z", "--author", "A", "--date", "2021-01-01", "-p", "0.3", "--json").json()
    assert again["id"] == first["id"] and again["created"] is False
    assert len(tracker("list", "--json").json()) == 1


@pytest.mark.sqlite_file
def test_two_sources_share_one_claim_and_one_resolution_scores_both(tracker: Tracker) -> None:
    a = tracker.add("Russia will invade Ukraine", "-p", "0.1", author="A")
    b = tracker.add("russia will invade ukraine.", "-p", "0.8", author="B")  # same claim, typed differently
    rows = {r["id"]: r for r in tracker("list", "--json").json()}
    assert rows[a]["claim_id"] == rows[b]["claim_id"]
    assert rows[b]["claim"] == "Russia will invade Ukraine"  # the claim keeps its first wording
    out = tracker("resolve", str(a), "--outcome", "true", "--date", "2022-02-24").stderr
    assert "affects 2 predictions" in out
    assert {r["outcome"] for r in tracker("list", "--json").json()} == {True}
    # The hashes match what is stored, so verify passes and an export re-imports.
    assert tracker("verify", "--json").json()["ok"] is True
    exported = tracker.db.with_name("shared.jsonl")
    exported.write_text(tracker("export").stdout, encoding="utf-8")
    copy = Tracker(tracker.db.with_name("copy.db"))
    copy("import", str(exported))
    assert copy("export").stdout == tracker("export").stdout


def test_a_prediction_made_after_the_outcome_is_refused(tracker: Tracker, tmp_path: Path) -> None:
    pid = tracker.add("X happens", "-p", "0.3", author="A", date="2021-01-01")
    tracker("resolve", str(pid), "--outcome", "true", "--date", "2021-06-01")
    before = db_snapshot(tracker.db)
    assert "after the outcome was known" in tracker.fails("add", "x happens", "--author", "Cheat", "--date", "2022-01-01", "-p", "0.99").stderr
    late = tmp_path / "late.csv"
    late.write_text("claim,author,date,probability\nX happens,Cheat,2022-01-01,0.99\n", encoding="utf-8")
    assert "line 2: the claim was already resolved on 2021-06-01" in tracker.fails("import", str(late)).stderr
    assert db_snapshot(tracker.db) == before
    tracker.add("X happens", "-p", "0.8", author="Same day", date="2021-06-01")  # made the day it was known: allowed


def test_list_json_contract_and_newest_first(tracker: Tracker) -> None:
    old = tracker.add("Old", date="2020-01-01")
    new = tracker.add("New", date="2021-06-01")
    rows = tracker("list", "--json").json()
    assert [r["id"] for r in rows] == [new, old]
    assert LIST_KEYS <= set(rows[0])


def test_outcome_values_in_json(tracker: Tracker) -> None:
    ids = [tracker.add(f"claim {o}", "-p", "0.6") for o in ("true", "false", "ambiguous", "annulled", "open")]
    for pid, outcome in zip(ids, ("true", "false", "ambiguous", "annulled")):
        tracker("resolve", str(pid), "--outcome", outcome, "--date", "2021-02-01")
    by_id = {r["id"]: r["outcome"] for r in tracker("list", "--json").json()}
    assert [by_id[i] for i in ids] == [True, False, "ambiguous", "annulled", None]


def test_list_filters(tracker: Tracker) -> None:
    tracker.add("one", "--outlet", "Paper", "--tag", "econ", author="A", date="2020-05-01")
    tracker.add("two", "--outlet", "Blog", author="A", date="2021-05-01")
    tracker.add("three", "--tag", "econ", author="B", date="2022-05-01")
    claims = lambda *args: sorted(r["claim"] for r in tracker("list", "--json", *args).json())  # noqa: E731
    assert claims("--author", "A") == ["one", "two"]
    assert claims("--outlet", "Blog") == ["two"]
    assert claims("--tag", "econ") == ["one", "three"]
    assert claims("--since", "2021-01-01") == ["three", "two"]
    assert claims("--until", "2021-05-01") == ["one", "two"]
    assert "no predictions by author 'nobody'" in tracker.fails("list", "--json", "--author", "nobody").stderr


def test_status_open_resolved_due(tracker: Tracker, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_TODAY", "2023-01-01")
    overdue = tracker.add("overdue", "--deadline", "2022-06-30")
    later = tracker.add("later", "--deadline", "2030-01-01")
    nodeadline = tracker.add("no deadline")
    done = tracker.add("done", "--deadline", "2022-01-01")
    tracker("resolve", str(done), "--outcome", "false", "--date", "2022-01-02")
    status = lambda s: sorted(r["id"] for r in tracker("list", "--status", s, "--json").json())  # noqa: E731
    assert status("due") == [overdue]
    assert status("open") == sorted([overdue, later, nodeadline])
    assert status("resolved") == [done]
    assert len(status("all")) == 4
    rows = {r["id"]: r["status"] for r in tracker("list", "--json").json()}
    assert rows == {overdue: "due", later: "open", nodeadline: "open", done: "resolved"}


@pytest.mark.sqlite_file
def test_due_lists_oldest_deadline_first(tracker: Tracker, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_TODAY", "2023-01-01")
    b = tracker.add("b", "--deadline", "2022-06-30")
    a = tracker.add("a", "--deadline", "2021-03-01")
    tracker.add("future", "--deadline", "2031-01-01")
    assert [r["id"] for r in tracker("due", "--json").json()] == [a, b]
    table = tracker("due", terminal=True).stdout
    assert table.index(" a ") < table.index(" b ")
    assert [line.split("\t")[0] for line in tracker("due").stdout.splitlines()] == [str(a), str(b)]
    empty = Tracker(tracker.db.with_name("other.db"))
    empty.add("far off", "--deadline", "2031-01-01")
    assert "Nothing is due" in empty("due", terminal=True).stderr


def test_list_csv_columns(tracker: Tracker) -> None:
    tracker.add("Claim, with comma", "-p", "0.25", "--tag", "x", "--tag", "y")
    rows = list(csv.DictReader(io.StringIO(tracker("list", "--csv").stdout)))
    assert rows[0]["claim"] == "Claim, with comma"
    assert rows[0]["probability"] == "0.25" and rows[0]["tags"] == "x; y"
    assert rows[0]["outcome"] == ""


def test_show_gives_quote_history_and_hash(tracker: Tracker) -> None:
    pid = tracker.add("Russia will invade Ukraine", "-p", "0.1", "--quote", "nobody really expects Russia to invade Ukraine")
    tracker("resolve", str(pid), "--outcome", "ambiguous", "--date", "2022-01-01", "--note", "unclear at first")
    tracker("resolve", str(pid), "--outcome", "true", "--date", "2022-02-24",
            "--evidence", "https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine", "--note", "Invasion began")
    detail = tracker("show", str(pid), "--json").json()
    assert detail["quote"] == "nobody really expects Russia to invade Ukraine"
    assert [r["outcome"] for r in detail["resolutions"]] == ["ambiguous", True]
    assert detail["outcome"] is True
    out = tracker("show", str(pid)).stdout
    assert "nobody really expects" in out and "unclear at first" in out and detail["hash"][:20] in out


def test_resolving_twice_the_same_way_changes_nothing(tracker: Tracker) -> None:
    pid = tracker.add("x", "-p", "0.6")
    tracker("resolve", str(pid), "--outcome", "true", "--date", "2021-05-01")
    again = tracker("resolve", str(pid), "--outcome", "true", "--date", "2021-05-01", "--json").json()
    assert again["created"] is False
    assert len(tracker("show", str(pid), "--json").json()["resolutions"]) == 1


def test_markup_and_sql_are_stored_and_shown_literally(tracker: Tracker) -> None:
    claim = "[bold]X[/bold] will happen'); DROP TABLE prediction; --"
    pid = tracker.add(claim, "--quote", "[red]quoted[/red] text", author="[link=http://x]Eve[/link]")
    assert tracker("show", str(pid), "--json").json()["claim"] == claim
    out = tracker("show", str(pid)).stdout
    assert "[bold]X[/bold]" in out and "[red]quoted[/red]" in out and "[link=http://x]Eve[/link]" in out
    listing = tracker("list").stdout
    assert "[bold]X[/bold]" in listing
    assert len(tracker("list", "--json").json()) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["add", "x", "--author", "A", "--date", "2021-02-30"], "not a real date"),
        (["add", "x", "--author", "A", "--date", "someday"], "cannot read date"),
        (["add", "x", "--author", "A", "--date", "2021-05-01", "--deadline", "2021-04-01"], "before the date"),
        (["add", "x", "--author", "A", "--date", "2021-05-01", "-p", "1.5"], "out of range"),
        (["add", "x", "--author", "A", "--date", "2021-05-01", "-p", "80"], "did you mean"),
        (["add", "", "--author", "A", "--date", "2021-05-01"], "claim is empty"),
        (["add", "x", "--author", " ", "--date", "2021-05-01"], "author is empty"),
        (["add", "x", "--author", "A", "--date", "2999-01-01"], "in the future"),
        (["add", "x", "--author", "A", "--date", "2021-05-01", "--url", "javascript:alert(1)"], "web address"),
        (["resolve", "99", "--outcome", "true"], "no prediction with id 99"),
        (["resolve", "1", "--outcome", "maybe"], "not one of"),
        (["resolve", "1", "--outcome", "true", "--date", "2020-01-01"], "before the prediction was made"),
        (["show", "42"], "no prediction with id 42"),
        (["list", "--status", "finished"], "not one of"),
        (["list", "--json", "--csv"], "choose one output format"),
        (["scorecard", "--by", "planet"], "not one of"),
    ],
)
def test_refusals_are_one_line_and_change_nothing(tracker: Tracker, args: list[str], message: str) -> None:
    tracker.add("x", "-p", "0.5", date="2021-01-01")
    before = db_snapshot(tracker.db)
    result = tracker.fails(*args)
    assert message in result.stderr
    assert db_snapshot(tracker.db) == before


def test_usage_errors_exit_2(tracker: Tracker) -> None:
    assert tracker.fails("add", "x", "--author", "A", code=2).stderr.count("\n") == 1
    tracker.fails("add", "x", "--author", "A", "--date", "nope", code=2)
    tracker.fails("resolve", "notanumber", "--outcome", "true", code=2)
    tracker.fails("frobnicate", code=2)


def test_missing_id_exits_1(tracker: Tracker) -> None:
    tracker.fails("show", "7", code=1)


def test_db_option_env_var_and_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env_db = tmp_path / "from-env.db"
    monkeypatch.setenv("TRACKER_DB", str(env_db))
    Tracker(tmp_path / "flag.db")  # --db given explicitly by the helper
    from typer.testing import CliRunner

    from tracker.cli import app

    runner = CliRunner()
    assert runner.invoke(app, ["add", "x", "--author", "A", "--date", "2021-01-01"]).exit_code == 0
    assert env_db.exists()
    monkeypatch.delenv("TRACKER_DB")
    monkeypatch.chdir(tmp_path)
    listed = runner.invoke(app, ["list"])
    assert listed.exit_code == 1 and "no database at predictions.db" in listed.stderr  # reading never creates
    assert not (tmp_path / "predictions.db").exists()
    assert runner.invoke(app, ["add", "x", "--author", "A", "--date", "2021-01-01"]).exit_code == 0
    assert (tmp_path / "predictions.db").exists()


def test_python_dash_m_and_help_stay_light(tmp_path: Path) -> None:
    """--help must not import SQLAlchemy, SQLModel or the extractor (they cost ~0.5 s)."""
    code = (
        "import sys, runpy; sys.argv=['tracker','--help']\n"
        "try:\n    runpy.run_module('tracker', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        "heavy=[m for m in ('sqlalchemy','sqlmodel','tracker.extract','tracker.storage.database') if m in sys.modules]\n"
        "print('HEAVY', heavy, file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert "Usage" in result.stdout and "scorecard" in result.stdout
    assert "HEAVY []" in result.stderr


def test_show_prints_the_whole_hash_on_a_narrow_terminal(tracker: Tracker, monkeypatch: pytest.MonkeyPatch) -> None:
    pid = tracker.add("Russia will invade Ukraine", "-p", "0.1", "--quote", "nobody really expects Russia to invade Ukraine " * 3)
    digest = tracker("show", str(pid), "--json").json()["hash"]
    monkeypatch.setenv("COLUMNS", "80")
    assert f"hash     {digest}" in tracker("show", str(pid), terminal=True).stdout.splitlines()
