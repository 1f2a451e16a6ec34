"""import and export: tracker's own CSV and JSON Lines, round trips and all-or-nothing imports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Tracker, db_snapshot


def populate(tracker: Tracker) -> None:
    """A database with every kind of field: tags, quotes with markup and newlines, shared
    claims, resolution histories, amendments, no-probability predictions, unicode."""
    a = tracker.add("Russia will invade Ukraine", "-p", "0.1", "--deadline", "2022-12-31", "--outlet", "Global Research",
                    "--url", "https://www.globalresearch.ca/x", "--quote", "nobody really expects Russia to invade Ukraine",
                    "--tag", "ukraine", "--tag", "war", author="Pepe Escobar", date="2021-12-09")
    tracker.add("Russia will invade Ukraine", "-p", "0.85", "--deadline", "2022-12-31", author="Ann Analyst", date="2021-12-20")
    b = tracker.add("Inflation > 5% «in 2022»", "--quote", "[bold]line one[/bold]\nline two, \"quoted\"", author="Zoë Ökonom", date="2021-11-01")
    c = tracker.add("Abrams tanks on the battlefield before spring", "-p", "0.05", "--deadline", "2023-03-20", author="Pepe Escobar", date="2023-02-01")
    tracker.add("Open question", "-p", "0.5", author="Ann Analyst", date="2022-01-01")
    tracker("resolve", str(a), "--outcome", "ambiguous", "--date", "2022-02-01", "--note", "first look")
    tracker("resolve", str(a), "--outcome", "true", "--date", "2022-02-24",
            "--evidence", "https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine", "--note", "Invasion began")
    tracker("resolve", str(b), "--outcome", "annulled", "--date", "2022-06-01")
    tracker("amend", str(c), "--probability", "0.1", "--reason", "misread the hedge")
    tracker("amend", str(c), "--quote", "there will be no Abrams tanks on the battlefield before Spring", "--reason", "add quote")
    tracker("resolve", str(c), "--outcome", "false", "--date", "2023-03-21")


def test_json_round_trip_is_the_identity(tracker: Tracker, tmp_path: Path) -> None:
    populate(tracker)
    first = tracker("export", "--json").stdout
    path = tmp_path / "export.jsonl"
    path.write_text(first, encoding="utf-8")
    other = Tracker(tmp_path / "copy.db")
    summary = other("import", str(path), "--json").json()
    assert summary["predictions_added"] == 5
    assert other("export", "--json").stdout == first
    # Every line is versioned and carries its whole history.
    lines = [json.loads(x) for x in first.splitlines()]
    assert {x["export_version"] for x in lines} == {2}
    assert [r["outcome"] for r in lines[0]["resolutions"]] == ["ambiguous", True]
    assert len(lines[3]["amendments"]) == 2
    other("verify")


def test_reimporting_adds_nothing(tracker: Tracker, tmp_path: Path) -> None:
    populate(tracker)
    path = tmp_path / "export.jsonl"
    path.write_text(tracker("export").stdout, encoding="utf-8")
    before = db_snapshot(tracker.db)
    summary = tracker("import", str(path), "--json").json()
    assert summary == {"file": str(path), "files": [str(path)], "dry_run": False, "predictions_added": 0,
                       "predictions_present": 5, "resolutions_added": 0, "resolutions_present": 4, "amendments_added": 0,
                       "claims_added": 0, "sources": summary["sources"], "first_date": "2021-11-01",
                       "last_date": "2023-02-01", "skipped": 0, "skipped_by_reason": {}, "refused": 0,
                       "refused_by_reason": {}, "rejects": None}
    assert summary["sources"] == sorted({row["author"] for row in tracker("list", "--json").json()})
    assert db_snapshot(tracker.db) == before


def test_csv_round_trip_keeps_every_column(tracker: Tracker, tmp_path: Path) -> None:
    populate(tracker)
    csv_text = tracker("export", "--csv").stdout
    path = tmp_path / "export.csv"
    path.write_text(csv_text, encoding="utf-8")
    other = Tracker(tmp_path / "copy.db")
    other("import", str(path))
    assert other("export", "--csv").stdout == csv_text
    assert other("list", "--csv").stdout == tracker("list", "--csv").stdout


def test_hand_written_csv_with_phrases_and_percentages(tracker: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(
        "claim,author,date,probability,deadline,outcome,resolved_on,tags\n"
        "A happens,Me,2021-01-05,likely,2021,true,2021-06-01,x; y\n"
        "B happens,Me,\"Jan 6, 2021\",30%,,,,\n",
        encoding="utf-8",
    )
    tracker("import", str(path))
    rows = {r["claim"]: r for r in tracker("list", "--json").json()}
    assert rows["A happens"]["probability"] == 0.7 and rows["A happens"]["deadline"] == "2021-12-31"
    assert rows["A happens"]["outcome"] is True and rows["A happens"]["tags"] == ["x", "y"]
    assert rows["B happens"]["probability"] == 0.3 and rows["B happens"]["date"] == "2021-01-06"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("claim,author,date,probability\nA,Me,2021-01-01,0.5\nB,Me,2021-02-30,0.5\n", "line 3: date '2021-02-30' is not a real date"),
        ("claim,author,date,probability\nA,Me,2021-01-01,1.5\n", "line 2: probability 1.5 is out of range"),
        ("claim,author,date,probabilty\nA,Me,2021-01-01,0.5\n", "unknown CSV column(s): probabilty"),
        ("claim,author\nA,Me\n", "lacks date"),
        ("claim,author,date\nA,Me\n", "line 2: the row has 2 fields"),
        ("claim,author,date,outcome\nA,Me,2021-01-01,true\n", "needs resolved_on"),
        ("claim,author,date,outcome,resolved_on\nA,Me,2021-01-01,true,2020-01-01\n", "before the prediction was made"),
        ("claim,author,date,outcome,resolved_on\nA,Me,2021-01-01,perhaps,2021-02-01\n", "outcome 'perhaps' is not one of"),
        ('{"claim": "A", "author": "Me", "date": "2021-01-01"}\n{"claim": "B"\n', "line 2: not valid JSON"),
        ('{"claim": "A", "author": "Me", "date": "2021-01-01", "export_version": 9}\n', "export_version 9 is not supported"),
        ('[{"claim": "A"}]\n', "JSON array"),
        ("claim,author,date,hash\nA,Me,2021-01-01,deadbeef\n", "hash does not match"),
    ],
)
def test_bad_rows_refuse_the_whole_file(tracker: Tracker, tmp_path: Path, content: str, message: str) -> None:
    tracker.add("already here", "-p", "0.4")
    before = db_snapshot(tracker.db)
    path = tmp_path / "bad.txt"
    path.write_text(content, encoding="utf-8")
    result = tracker.fails("import", str(path))
    assert message in result.stderr
    assert db_snapshot(tracker.db) == before


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: None, "no such file"),
        (lambda p: p.write_bytes(b""), "is empty"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary file"),
        (lambda p: p.write_bytes("claim,author,date\nCaf\xe9,Me,2021-01-01\n".encode("latin-1")), "not UTF-8"),
        (lambda p: p.mkdir(), "is a folder"),
    ],
)
def test_unreadable_files_are_refused(tracker: Tracker, tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "input.csv"
    make(path)
    assert message in tracker.fails("import", str(path)).stderr


def test_dry_run_checks_and_rolls_back(tracker: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("claim,author,date\nA,Me,2021-01-01\n", encoding="utf-8")
    assert tracker("import", str(path), "--dry-run", "--json").json()["predictions_added"] == 1
    assert not tracker.db.exists()  # a dry run creates no database
    tracker.add("Something else")
    before = db_snapshot(tracker.db)
    assert tracker("import", str(path), "--dry-run", "--json").json()["predictions_added"] == 1
    assert db_snapshot(tracker.db) == before


def test_import_from_stdin(tracker: Tracker) -> None:
    tracker("import", "-", input="claim,author,date\nA,Me,2021-01-01\n")
    assert [r["claim"] for r in tracker("list", "--json").json()] == ["A"]


def test_export_to_a_file_is_atomic_and_complete(tracker: Tracker, tmp_path: Path) -> None:
    populate(tracker)
    target = tmp_path / "out.jsonl"
    tracker("export", "-o", str(target))
    assert target.read_text(encoding="utf-8") == tracker("export").stdout
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.jsonl")]
    assert "does not exist" in tracker.fails("export", "-o", str(tmp_path / "missing" / "x.jsonl")).stderr


def test_a_claims_resolution_repeated_on_each_row_counts_once(tracker: Tracker) -> None:
    tracker("add", "Rain", "--author", "Ann", "--date", "2021-01-01", "-p", "0.6", "--deadline", "2021-06-01")
    tracker("add", "Rain", "--author", "Bob", "--date", "2021-01-02", "-p", "0.3", "--deadline", "2021-06-01")
    tracker("resolve", "1", "--outcome", "true", "--date", "2021-06-02")
    listing = tracker.db.with_name("listing.csv")
    listing.write_text(tracker("list", "--csv").stdout, encoding="utf-8")
    other = Tracker(tracker.db.with_name("other.db"))
    first = other("import", str(listing))
    assert "1 resolution(s) (0 already present)" in first.stderr
    again = other("import", str(listing), "--json").json()
    assert (again["resolutions_added"], again["resolutions_present"]) == (0, 1)


def test_an_amendment_reason_with_a_control_character_is_a_refused_row(tracker: Tracker, tmp_path: Path) -> None:
    """Checked as `amend` checks it: a NUL would otherwise enter SQLite and stop a move to PostgreSQL."""
    tracker("add", "Rain", "--author", "Ann", "--date", "2021-01-01", "-p", "0.6")
    tracker("amend", "1", "-p", "0.7", "--reason", "typo")
    row = json.loads(tracker("export").stdout.splitlines()[0])
    row["amendments"][0]["reason"] = "bad\u0000reason"
    path = tmp_path / "edited.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    other = Tracker(tmp_path / "other.db")
    refused = other.fails("import", str(path), code=2)
    assert "line 1" in refused.stderr and "reason contains a control" in refused.stderr
