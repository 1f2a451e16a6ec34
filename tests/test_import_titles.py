"""A Fatebook question retitled since an earlier import: the claim keeps the wording its
forecasts were made on, and what the source now calls the question is stored beside it, in
the claim's history (``claim_title``), shown by ``show``, exported, and recorded in the ledger.

The files are tests/fixtures/formats/fatebook.csv (built from Fatebook's exporter) with the
title edited the way Fatebook's own edit changes every row of the question.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Tracker, db_snapshot
from tests.test_import_later_exports import EU_ACT, EU_ACT_EDITED, FORMATS, exported, variant
from tests.test_import_withdrawals import _schema


@pytest.fixture
def tracker(backend_tracker: Tracker) -> Tracker:
    return backend_tracker


pytestmark = pytest.mark.usefixtures("exports_today")

EU_ACT_AGAIN = "Will the EU AI Act be in the Official Journal (OJ L) by 1 August 2024?"


def tables(snapshot: list[tuple[str, list[Any]]], *names: str) -> list[tuple[str, list[Any]]]:
    return [(name, rows) for name, rows in snapshot if name in names]


def eu_rows(tracker: Tracker) -> list[dict[str, Any]]:
    rows = [row for row in exported(tracker) if row["claim"] == EU_ACT]
    assert rows
    return rows


def test_the_new_title_is_stored_beside_the_wording_forecast_on(tracker: Tracker, tmp_path: Path) -> None:
    tracker("import", str(FORMATS / "fatebook.csv"))
    before = db_snapshot(tracker.db)
    edited = variant(tmp_path, "fatebook.csv", [(EU_ACT, EU_ACT_EDITED)], "edited.csv", every=True)
    report = tracker("import", str(edited), "--json").json()
    assert (report["questions_retitled"], report["titles_added"], report["predictions_added"]) == (1, 1, 0)
    after = db_snapshot(tracker.db)
    # Claims, predictions and resolutions are untouched: the wording the forecasts were made on stays.
    assert tables(after, "claim", "prediction", "resolution") == tables(before, "claim", "prediction", "resolution")
    rows = eu_rows(tracker)
    assert all(row["claim_titles"] == [{"title": EU_ACT_EDITED, "origin": "Fatebook", "recorded_at": row["claim_titles"][0]["recorded_at"]}]
               for row in rows)
    # The same export again stores nothing more; a second edit is a second entry of the history.
    assert "titles_added" not in tracker("import", str(edited), "--json").json()
    again = variant(tmp_path, "fatebook.csv", [(EU_ACT, EU_ACT_AGAIN)], "again.csv", every=True)
    assert tracker("import", str(again), "--json").json()["titles_added"] == 1
    assert [t["title"] for t in eu_rows(tracker)[0]["claim_titles"]] == [EU_ACT_EDITED, EU_ACT_AGAIN]
    shown = tracker("show", str(eu_rows(tracker)[0]["id"]), "--json").json()
    assert [t["title"] for t in shown["claim_titles"]] == [EU_ACT_EDITED, EU_ACT_AGAIN] and shown["claim"] == EU_ACT
    panel = tracker("show", str(shown["id"]), terminal=True).stdout
    assert "Fatebook now calls the question:" in panel and "(OJ L) by 1 August 2024?" in panel
    piped = tracker("show", str(shown["id"])).stdout.splitlines()
    assert [line.split("\t")[1:3] for line in piped if line.startswith("claim_title\t")] == [
        ["Fatebook", EU_ACT_EDITED], ["Fatebook", EU_ACT_AGAIN]]
    verified = tracker("verify", "--json").json()
    assert verified["ok"], verified
    assert [e["kind"] for e in eu_rows(tracker)[0]["ledger"]].count("claim_title") == 2


def test_a_dry_run_reports_the_title_and_stores_nothing(tracker: Tracker, tmp_path: Path) -> None:
    tracker("import", str(FORMATS / "fatebook.csv"))
    before = db_snapshot(tracker.db)
    edited = variant(tmp_path, "fatebook.csv", [(EU_ACT, EU_ACT_EDITED)], "edited.csv", every=True)
    assert tracker("import", str(edited), "--dry-run", "--json").json()["titles_added"] == 1
    assert db_snapshot(tracker.db) == before


def test_titles_travel_with_an_export_and_its_ledger(tracker: Tracker, tmp_path: Path) -> None:
    tracker("import", str(FORMATS / "fatebook.csv"))
    tracker("import", str(variant(tmp_path, "fatebook.csv", [(EU_ACT, EU_ACT_EDITED)], "edited.csv", every=True)))
    published = tracker("verify", "--digest").stdout.strip()
    first = tmp_path / "first.jsonl"
    tracker("export", "-o", str(first))
    copy = Tracker(tmp_path / "copy.db")
    assert "ledger came with it" in copy("import", str(first)).stderr
    data = copy("verify", "--since", published, "--json").json()
    assert data["ok"] and data["ledger"]["digest"] == published
    second = tmp_path / "second.jsonl"
    copy("export", "-o", str(second))
    assert second.read_bytes() == first.read_bytes()
    # Into a database with records of its own, the titles join that database's chain.
    other = Tracker(tmp_path / "other.db")
    other.add("Something else", "-p", "0.4")
    assert other("import", str(first), "--json").json()["titles_added"] == 1
    assert other("verify", "--json").json()["ok"]
    assert [t["title"] for row in exported(other) if row["claim"] == EU_ACT for t in row["claim_titles"]][:1] == [EU_ACT_EDITED]
    # Importing the same export again adds no title twice.
    assert "titles_added" not in other("import", str(first), "--json").json()


def test_a_title_changed_behind_trackers_back_is_caught(tracker: Tracker, tmp_path: Path) -> None:
    if not isinstance(tracker.db, Path):
        pytest.skip("edits the SQLite file directly; the PostgreSQL run checks the rest")
    tracker("import", str(FORMATS / "fatebook.csv"))
    tracker("import", str(variant(tmp_path, "fatebook.csv", [(EU_ACT, EU_ACT_EDITED)], "edited.csv", every=True)))
    with sqlite3.connect(tracker.db) as conn:
        conn.execute("UPDATE claim_title SET title = 'Something nobody said'")
    data = tracker("verify", "--json", ok=False).json()
    assert not data["ok"] and data["ledger"]["first_mismatch"]["change"] == "edit", data


def test_a_forged_title_in_an_export_is_refused(tracker: Tracker, tmp_path: Path) -> None:
    tracker("import", str(FORMATS / "fatebook.csv"))
    tracker("import", str(variant(tmp_path, "fatebook.csv", [(EU_ACT, EU_ACT_EDITED)], "edited.csv", every=True)))
    lines = [json.loads(line) for line in tracker("export", "--json").stdout.splitlines()]
    target = next(line for line in lines if line.get("claim_titles"))
    target["claim_titles"][0]["origin"] = "Elsewhere"
    path = tmp_path / "forged.jsonl"
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    failure = Tracker(tmp_path / "forged.db").fails("import", str(path))
    assert "a claim title's origin must be one of PredictionBook, Fatebook, Metaculus" in failure.stderr


def test_a_schema_7_database_upgrades_to_hold_titles(tracker: Tracker, tmp_path: Path) -> None:
    _schema(tracker.db, 7)
    tracker("import", str(FORMATS / "fatebook.csv"))
    edited = variant(tmp_path, "fatebook.csv", [(EU_ACT, EU_ACT_EDITED)], "edited.csv", every=True)
    assert tracker("import", str(edited), "--json").json()["titles_added"] == 1
    assert tracker("verify", "--json").json()["ok"]
