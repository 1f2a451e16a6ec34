"""Imports of messy real files: refuse the row, not the file (--skip-invalid, --rejects),
dry runs that write nothing, values range-checked before conversion, Metaculus' two files."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Tracker, db_snapshot

FORMATS = Path(__file__).parent / "fixtures" / "formats"


pytestmark = pytest.mark.usefixtures("exports_today")


def exported(tracker: Tracker) -> list[dict[str, Any]]:
    return [json.loads(line) for line in tracker("export", "--json").stdout.splitlines()]


def without_times(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Export lines without the moments they were recorded, which differ between two imports
    (and so do the ledger entries, whose hashes cover those moments)."""
    return [
        {**{k: v for k, v in row.items() if k not in ("recorded_at", "ledger")},
         "resolutions": [{k: v for k, v in r.items() if k != "recorded_at"} for r in row["resolutions"]]}
        for row in rows
    ]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


GOOD = "claim,author,date,probability\nA happens,Ann,2021-01-01,0.3\n"


# --- Metaculus: the two files of the download ------------------------------------------------


@pytest.mark.parametrize("order", [("metaculus_question_data.csv", "metaculus_forecast_data.csv"),
                                   ("metaculus_forecast_data.csv", "metaculus_question_data.csv")])
def test_metaculus_download_is_imported_from_its_two_files(tracker: Tracker, tmp_path: Path, order: tuple[str, str]) -> None:
    summary = tracker("import", *(str(FORMATS / name) for name in order), "--json").json()
    assert (summary["predictions_added"], summary["skipped"]) == (7, 4)
    joined = Tracker(tmp_path / "joined.db")
    joined("import", str(FORMATS / "metaculus.csv"))
    assert without_times(exported(tracker)) == without_times(exported(joined))  # the record of the hand-joined file
    refs = {row["claim_ref"] for row in exported(tracker)}
    assert "metaculus:31245" in refs


def test_metaculus_forecast_of_an_unknown_question_is_refused_with_its_line(tracker: Tracker, tmp_path: Path) -> None:
    forecasts = tmp_path / "forecast_data.csv"
    text = (FORMATS / "metaculus_forecast_data.csv").read_text(encoding="utf-8")
    forecasts.write_text(text.replace("33402,145023", "99999,145023", 1), encoding="utf-8")
    failed = tracker.fails("import", str(FORMATS / "metaculus_question_data.csv"), str(forecasts), code=2)
    assert "line 10: Question ID '99999' is not in metaculus_question_data.csv; nothing was imported" in failed.stderr
    assert not tracker.db.exists()
    summary = tracker("import", str(FORMATS / "metaculus_question_data.csv"), str(forecasts), "--skip-invalid", "--json").json()
    assert (summary["predictions_added"], summary["refused"]) == (6, 1)
    [refused] = read_csv(tmp_path / "forecast_data.rejects.csv")
    assert (refused["line"], refused["Question ID"], refused["Forecaster Username"]) == ("10", "99999", "kuudes")


def test_two_files_that_are_not_metaculus_halves_are_refused(tracker: Tracker) -> None:
    failed = tracker.fails("import", str(FORMATS / "fatebook.csv"), str(FORMATS / "predictionbook.csv"), code=2)
    assert "question_data.csv and forecast_data.csv" in failed.stderr
    assert not tracker.db.exists()


# --- --skip-invalid and --rejects ------------------------------------------------------------

MESSY = (
    "claim,author,date,probability,tags\n"
    "Good one,Ann,2021-01-01,0.3,x\n"
    "Bad \x07 bell,Ann,2021-01-02,0.3,x\n"
    '"Two\nlines",Ann,2021-01-03,0.4,x\n'
    "Too sure,Ann,2021-01-04,1.5,x\n"
    "Ragged,Ann,2021-01-05\n"
    "\ufeffBOM\u00a0and\u200bzero width,\u200b,2021-01-06,0.5,x\n"
    "Last good,Bob,2021-01-07,0.6,y\n"
)


def test_by_default_one_bad_row_refuses_the_file(tracker: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "messy.csv"
    path.write_text(MESSY, encoding="utf-8")
    failed = tracker.fails("import", str(path), code=2)
    assert "line 3: claim contains a control or invisible character (U+0007)" in failed.stderr
    assert not tracker.db.exists()
    assert not (tmp_path / "messy.rejects.csv").exists()


def test_skip_invalid_imports_the_good_rows_and_writes_the_refused_ones_next_to_the_input(tracker: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "messy.csv"
    path.write_text(MESSY, encoding="utf-8")
    result = tracker("import", str(path), "--skip-invalid")
    rejects = tmp_path / "messy.rejects.csv"
    assert "Refused 4 invalid row(s)" in result.stderr and str(rejects) in " ".join(result.stderr.split())
    claims = sorted(row["claim"] for row in tracker("list", "--json").json())
    assert claims == ["Good one", "Last good", "Two lines"]  # the newline is tidied away
    rows = read_csv(rejects)
    assert [(r["line"], r["claim"]) for r in rows] == [
        ("3", "Bad \x07 bell"), ("6", "Too sure"), ("7", "Ragged"), ("8", "\ufeffBOM\u00a0and\u200bzero width"),
    ]
    reasons = [r["reason"] for r in rows]
    assert reasons[0].startswith("claim contains a control or invisible character (U+0007)")
    assert reasons[1].startswith("probability 1.5 is out of range")
    assert reasons[2] == "the row has 3 fields but the header has 5"
    assert reasons[3] == "author is empty"  # a zero-width space is no name
    # The rejects file, corrected, imports: the columns after line and reason are the input's own.
    assert list(rows[0])[2:] == ["claim", "author", "date", "probability", "tags"]


def test_rejects_of_a_json_lines_file_are_json_lines(tracker: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        {"claim": "Fine", "author": "Ann", "date": "2021-01-01", "probability": 0.2},
        {"claim": "Huge", "author": "Ann", "date": "2021-01-01", "probability": "9" * 401},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + '\n{"claim": "Enormous", "probability": 1' + "0" * 5000 + "}\n",
                    encoding="utf-8")
    rejects = tmp_path / "bad.jsonl"
    summary = tracker("import", str(path), "--skip-invalid", "--rejects", str(rejects), "--json").json()
    assert (summary["predictions_added"], summary["refused"], summary["rejects"]) == (1, 2, str(rejects))
    written = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    assert [w["line"] for w in written] == [2, 3]
    assert written[0]["reason"].startswith("probability is 401 characters long, too long to be read as one")
    assert written[1]["reason"].startswith("not valid JSON (Exceeds the limit (4300")
    assert json.loads(written[0]["row"])["claim"] == "Huge"


def test_rejects_option_needs_skip_invalid_and_never_overwrites_the_database(tracker: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text(GOOD, encoding="utf-8")
    assert "add --skip-invalid" in tracker.fails("import", str(path), "--rejects", str(tmp_path / "r.csv"), code=2).stderr
    tracker.add("Existing")
    before = db_snapshot(tracker.db)
    for target in (tracker.db, Path(str(tracker.db) + "-wal"), path):
        failed = tracker.fails("import", str(path), "--skip-invalid", "--rejects", str(target), code=2)
        assert "would overwrite an input or the database" in failed.stderr
    assert db_snapshot(tracker.db) == before
    assert path.read_text(encoding="utf-8") == GOOD


def test_skip_invalid_from_stdin_needs_a_rejects_file(tracker: Tracker) -> None:
    failed = tracker.fails("import", "-", "--skip-invalid", input=GOOD, code=2)
    assert "needs --rejects FILE" in failed.stderr


# --- --dry-run -------------------------------------------------------------------------------


def test_dry_run_reports_adds_skips_and_refusals_and_writes_nothing(tracker: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "messy.csv"
    path.write_text(MESSY, encoding="utf-8")
    summary = tracker("import", str(path), "--dry-run", "--skip-invalid", "--json").json()
    assert (summary["dry_run"], summary["predictions_added"], summary["refused"], summary["rejects"]) == (True, 3, 4, None)
    assert not tracker.db.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["messy.csv"]
    text = tracker("import", str(FORMATS / "predictionbook.csv"), "--dry-run").stderr
    assert any(line.startswith("Would import 11 prediction(s)") for line in text.splitlines())
    assert not tracker.db.exists()


# --- values range-checked before conversion --------------------------------------------------


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"claim": "A", "author": "B", "date": "2021-01-01", "probability": ' + "1" * 401 + "}",
         "line 1: probability is out of range: it must lie between 0 and 1"),
        ('{"claim": "A", "author": "B", "date": "2021-01-01", "probability": "' + "1" * 5001 + '"}',
         "line 1: probability is 5,001 characters long"),
        ('{"claim": "A", "author": "B", "date": "2021-01-01", "probability": 1' + "0" * 5000 + "}",
         "line 1: not valid JSON"),
        ('{"claim": "A", "author": "B", "date": "2021-01-01", "recorded_at": "0001-01-01T00:00+05:00"}',
         "line 1: recorded_at '0001-01-01T00:00+05:00' is out of range: its year must lie between 1900 and 9998"),
        ('{"claim": "A", "author": "B", "date": "2021-01-01", "recorded_at": "9999-12-31T23:59-05:00"}',
         "is out of range: its year must lie between 1900 and 9998"),
        ('{"claim": "A", "author": "B", "date": "' + "2" * 100 + '"}', "line 1: date is 100 characters long"),
        ('{"claim": "A", "author": "B", "date": "2021-01-01", "outcome": ["true"]}', "outcome must be text"),
        ('{"claim": ' + "[" * 100_000 + "]" * 100_000 + "}", "line 1: not valid JSON (nested too deeply)"),
    ],
)
def test_values_out_of_range_are_refused_cleanly(tracker: Tracker, tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    failed = tracker.fails("import", str(path), code=2)
    assert message in failed.stderr
    assert not tracker.db.exists()


@pytest.mark.parametrize("header", ["claim,author,date,claim", "claim,author,date,date", "claim, author,date,author"])
def test_a_csv_with_a_duplicate_column_is_refused(tracker: Tracker, tmp_path: Path, header: str) -> None:
    path = tmp_path / "dup.csv"
    path.write_text(f"{header}\nA,B,2021-01-01,C\n", encoding="utf-8")
    failed = tracker.fails("import", str(path), code=2)
    assert "names column" in failed.stderr and "more than once" in failed.stderr
    assert not tracker.db.exists()


def test_an_amendment_history_that_does_not_lead_to_its_row_is_refused(tracker: Tracker, tmp_path: Path) -> None:
    pid = tracker.add("The claim", "-p", "0.3")
    tracker("amend", str(pid), "-p", "0.4", "--reason", "typo")
    [line] = exported(tracker)
    other = Tracker(tmp_path / "other.db")
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps(line) + "\n", encoding="utf-8")
    other("import", str(good))  # the untouched history imports
    # The row's probability changed (and its hash recomputed), the history left as it was.
    from tracker.storage.hashing import canonical_fields, content_hash

    forged = dict(line, probability=0.9)
    forged["hash"] = content_hash(canonical_fields(
        claim=forged["claim"], deadline=forged["deadline"], author=forged["author"], outlet=forged["outlet"],
        date=forged["date"], probability=0.9, quote=forged["quote"], url=forged["url"]))
    path = tmp_path / "forged.jsonl"
    path.write_text(json.dumps(forged) + "\n", encoding="utf-8")
    third = Tracker(tmp_path / "third.db")
    failed = third.fails("import", str(path), code=2)
    assert "line 1: the amendment history does not lead to this row" in failed.stderr


# --- identity survives the round trip --------------------------------------------------------


def test_foreign_question_identity_survives_export_and_import(tracker: Tracker, tmp_path: Path) -> None:
    tracker("import", str(FORMATS / "predictionbook.csv"))
    backup = tmp_path / "backup.jsonl"
    backup.write_text(tracker("export", "--json").stdout, encoding="utf-8")
    copy = Tracker(tmp_path / "copy.db")
    copy("import", str(backup))
    assert exported(copy) == exported(tracker)
    marathons = [row for row in copy("list", "--json").json() if row["claim"] == "I will run a marathon this year"]
    assert len({row["claim_id"] for row in marathons}) == 2


def test_a_claim_ref_must_look_like_one(tracker: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"claim": "A", "author": "B", "date": "2021-01-01", "claim_ref": "no colon"}\n', encoding="utf-8")
    assert "claim_ref 'no colon' is not of the form system:id" in tracker.fails("import", str(path), code=2).stderr


def test_summary_names_sources_claims_and_dates(tracker: Tracker) -> None:
    out = tracker("import", str(FORMATS / "fatebook.csv")).stderr
    notes = [line for line in out.splitlines() if line.startswith("tracker: ")]
    lines = [" ".join(line.split()) for line in out.strip().splitlines() if not line.startswith("tracker: ")]
    assert notes == ["tracker: skipped 3 of 13 Fatebook rows - made after the question's deadline: 1 (line 14); "
                     "made after the question was resolved: 2 (lines 15, 17)"]
    assert lines[0] == "Imported 10 prediction(s) (0 already present) and 7 resolution(s) (0 already present) from " + str(FORMATS / "fatebook.csv") + "."
    assert lines[1] == "3 source(s): Jonas Müller, Noor Haddad, Sam Rivera; 8 new claim(s); made 2024-01-24 to 2024-09-10."
    assert lines[2] == ("Skipped 3 row(s) tracker cannot hold (made after the question's deadline: 1, "
                        "made after the question was resolved: 2).")
