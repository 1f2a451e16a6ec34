"""A later export in which the tool has withdrawn a judgement (the question set back to
unknown / unresolved) or changed its outcome: never silent, and followed only when asked.

Files are the fixtures of tests/fixtures/formats (built from the exporters' code), changed the
way the tool itself changes them between two exports: PredictionBook keeps `last_judgement_at`
(the date of the judgement that set the question back to unknown) with an empty `outcome`,
Fatebook and Metaculus empty the resolution and its date.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from tests.conftest import Tracker, db_snapshot
from tests.test_import_later_exports import FORMATS, KUNSTHAUS_JUDGED, KUNSTHAUS_OPEN, exported, history, variant


@pytest.fixture
def tracker(backend_tracker: Tracker) -> Tracker:
    return backend_tracker


pytestmark = pytest.mark.usefixtures("exports_today")

BITCOIN_JUDGED = ",194301,35,false,,2020-01-14 08:11:40 UTC,"
BITCOIN_UNKNOWN = ",194301,35,,,2021-03-01 09:00:00 UTC,"  # judged "unknown" on 1 March 2021
BITCOIN_TRUE = ",194301,35,true,,2021-03-01 09:00:00 UTC,"  # judged again, the other way
BITCOIN = "Bitcoin closes 2019 above $10,000 on CoinDesk"


def bitcoin(tracker: Tracker) -> dict[str, Any]:
    [row] = [row for row in exported(tracker) if row["claim"] == BITCOIN]
    return row


def test_a_withdrawn_predictionbook_judgement_is_reported_and_kept_without_the_option(tracker: Tracker, tmp_path: Path) -> None:
    tracker("import", str(FORMATS / "predictionbook.csv"))
    claim = bitcoin(tracker)
    [first] = claim["resolutions"]
    assert (first["outcome"], first["origin"]) == (False, "PredictionBook")
    later = variant(tmp_path, "predictionbook.csv", [(BITCOIN_JUDGED, BITCOIN_UNKNOWN)], "later.csv")
    before = db_snapshot(tracker.db)
    result = tracker("import", str(later))
    assert (f"tracker: line 2: claim {claim['claim_id']} (predictionbook:194301): PredictionBook no longer gives the "
            "question an outcome; resolution ") in result.stderr
    assert "(false on 2020-01-14), imported from PredictionBook, still counts: to follow PredictionBook, import with --follow-withdrawals" in result.stderr
    assert db_snapshot(tracker.db) == before  # reported, nothing changed
    report = tracker("import", str(later), "--json").json()
    assert report["withdrawals_at_source"] == 1 and "retractions_added" not in report
    [change] = report["withdrawals_at_source_list"]
    assert change["where"] == "line 2" and change["claim_ref"] == "predictionbook:194301" and change["action"] == "kept"
    assert change["resolution"] | {"id": 0} == {"id": 0, "outcome": False, "resolved_on": "2020-01-14", "imported_from": "PredictionBook"}
    # A dry run says what following would do, and does nothing.
    dry = tracker("import", str(later), "--dry-run", "--follow-withdrawals", "--json")
    assert dry.json()["withdrawals_at_source_list"][0]["action"] == "retracted"
    assert "would be retracted (--follow-withdrawals)" in tracker("import", str(later), "--dry-run", "--follow-withdrawals").stderr
    assert db_snapshot(tracker.db) == before


def test_follow_withdrawals_retracts_the_imported_judgement_in_the_ledger(tracker: Tracker, tmp_path: Path) -> None:
    tracker("import", str(FORMATS / "predictionbook.csv"))
    later = variant(tmp_path, "predictionbook.csv", [(BITCOIN_JUDGED, BITCOIN_UNKNOWN)], "later.csv")
    report = tracker("import", str(later), "--follow-withdrawals", "--json").json()
    assert (report["retractions_added"], report["resolutions_added"], report["withdrawals_at_source"]) == (1, 0, 1)
    assert report["withdrawals_at_source_list"][0]["action"] == "retracted"
    claim = bitcoin(tracker)
    [resolution] = claim["resolutions"]
    assert resolution["outcome"] is False and resolution["retraction"]["reason"] == (
        f"withdrawn at the source: PredictionBook gives predictionbook:194301 no outcome in {later} (line 2); "
        "retracted by tracker import --follow-withdrawals")
    shown = tracker("show", str(claim["id"]), "--json").json()
    assert shown["outcome"] is None and shown["status"] != "resolved"
    assert [entry["kind"] for entry in claim["ledger"]].count("retraction") == 1
    verified = tracker("verify", "--json").json()
    assert verified["ok"] and verified["problems"] == []
    # The same later export again, and the older one again, change nothing: a judgement already
    # in the history (retracted or not) never comes back.
    before = db_snapshot(tracker.db)
    again = tracker("import", str(later), "--follow-withdrawals", "--json").json()
    assert "withdrawals_at_source" not in again and "retractions_added" not in again
    older = tracker("import", str(FORMATS / "predictionbook.csv"), "--json").json()
    assert (older["resolutions_added"], older.get("outcome_changes_at_source")) == (0, None)
    assert db_snapshot(tracker.db) == before
    # The question judged again at the source lands as a new resolution, after the retracted one.
    judged = variant(tmp_path, "predictionbook.csv", [(BITCOIN_JUDGED, BITCOIN_TRUE)], "judged.csv")
    assert tracker("import", str(judged), "--json").json()["resolutions_added"] == 1
    assert history(tracker, BITCOIN) == [(False, "2020-01-14"), (True, "2021-03-01")]


def test_a_resolution_recorded_by_hand_is_never_retracted_by_an_import(tracker: Tracker, tmp_path: Path) -> None:
    later = variant(tmp_path, "predictionbook.csv", [(BITCOIN_JUDGED, BITCOIN_UNKNOWN)], "later.csv")
    tracker("import", str(later))
    pid = bitcoin(tracker)["id"]
    tracker("resolve", str(pid), "--outcome", "false", "--date", "2020-01-14", "--evidence", "https://www.coindesk.com/")
    before = db_snapshot(tracker.db)
    result = tracker("import", str(later), "--follow-withdrawals", "--json")
    [change] = result.json()["withdrawals_at_source_list"]
    assert change["action"] == "kept" and change["resolution"]["imported_from"] is None
    assert "was not imported from PredictionBook (typed with tracker resolve" in result.stderr
    assert db_snapshot(tracker.db) == before
    assert history(tracker, BITCOIN) == [(False, "2020-01-14")]


def test_a_hand_resolution_on_top_of_an_imported_one_keeps_both(tracker: Tracker, tmp_path: Path) -> None:
    tracker("import", str(FORMATS / "predictionbook.csv"))
    pid = bitcoin(tracker)["id"]
    tracker("resolve", str(pid), "--outcome", "ambiguous", "--date", "2020-02-01", "--note", "CoinDesk's close is disputed")
    later = variant(tmp_path, "predictionbook.csv", [(BITCOIN_JUDGED, BITCOIN_UNKNOWN)], "later.csv")
    before = db_snapshot(tracker.db)
    report = tracker("import", str(later), "--follow-withdrawals", "--json").json()
    assert [c["action"] for c in report["withdrawals_at_source_list"]] == ["kept"]
    assert report["withdrawals_at_source_list"][0]["resolution"]["outcome"] == "ambiguous"
    assert db_snapshot(tracker.db) == before


def test_a_changed_outcome_at_the_source_is_appended_and_reported(tracker: Tracker, tmp_path: Path) -> None:
    tracker("import", str(FORMATS / "predictionbook.csv"))
    first_id = next(r["id"] for r in tracker("show", str(bitcoin(tracker)["id"]), "--json").json()["resolutions"])
    judged = variant(tmp_path, "predictionbook.csv", [(BITCOIN_JUDGED, BITCOIN_TRUE)], "judged.csv")
    result = tracker("import", str(judged), "--json")
    report = result.json()
    assert report["resolutions_added"] == 1 and report["outcome_changes_at_source"] == 1
    [change] = report["outcome_changes_at_source_list"]
    assert change["action"] == "replaced" and change["new"] == {"outcome": True, "resolved_on": "2021-03-01"}
    assert change["resolution"] == {"id": first_id, "outcome": False, "resolved_on": "2020-01-14", "imported_from": "PredictionBook"}
    text = tracker("import", str(variant(tmp_path, "predictionbook.csv", [(BITCOIN_JUDGED, BITCOIN_TRUE.replace("true", "false"))],
                                          "third.csv")))
    assert ("PredictionBook now gives the outcome false (on 2021-03-01); it replaces resolution "
            in text.stderr) and "(true on 2021-03-01), imported from PredictionBook, as the one that counts" in text.stderr
    assert history(tracker, BITCOIN) == [(False, "2020-01-14"), (True, "2021-03-01"), (False, "2021-03-01")]


def test_a_fatebook_question_unresolved_again_is_followed_once_for_all_its_rows(tracker: Tracker, tmp_path: Path) -> None:
    judged = variant(tmp_path, "fatebook.csv", [(KUNSTHAUS_OPEN, KUNSTHAUS_JUDGED)], "judged.csv")
    tracker("import", str(judged))
    assert history(tracker, "Kunsthaus") == [(False, "2025-05-02")]
    eu = [row for row in exported(tracker) if "EU AI Act" in row["claim"]]
    assert len(eu) > 1  # a question with several forecasts, each a row: one report per question
    reopened = variant(tmp_path, "fatebook.csv", [('"YES",2024-07-12 16:20:41', ",")], "reopened.csv", every=True)
    report = tracker("import", str(reopened), "--follow-withdrawals", "--json").json()
    changes = report["withdrawals_at_source_list"]
    assert sorted(c["claim_id"] for c in changes) == sorted({eu[0]["claim_id"], *(r["claim_id"] for r in exported(tracker)
                                                                                   if "Kunsthaus" in r["claim"])})
    assert all(c["action"] == "retracted" and c["tool"] == "Fatebook" for c in changes)
    assert report["retractions_added"] == len(changes) == 2
    reasons = {r["retraction"]["reason"] for row in exported(tracker) for r in row["resolutions"] if r["retraction"]}
    assert all(reason.startswith("withdrawn at the source: Fatebook gives fatebook:") and str(reopened) in reason for reason in reasons)


def test_a_metaculus_question_unresolved_again(tracker: Tracker, tmp_path: Path) -> None:
    forecasts = str(FORMATS / "metaculus_forecast_data.csv")
    tracker("import", str(FORMATS / "metaculus_question_data.csv"), forecasts)
    judged = "2024-12-20 23:00:00+00:00,no,2025-01-01 00:00:00+00:00"
    reopened = variant(tmp_path, "metaculus_question_data.csv", [(judged, "2024-12-20 23:00:00+00:00,,")], "q_open.csv")
    report = tracker("import", str(reopened), forecasts, "--follow-withdrawals", "--json").json()
    [change] = report["withdrawals_at_source_list"]
    assert (change["claim_ref"], change["tool"], change["action"]) == ("metaculus:31870", "Metaculus", "retracted")
    assert [r["retraction"] is not None for r in
            next(row for row in exported(tracker) if row.get("claim_ref") == "metaculus:31870")["resolutions"]] == [True]


def test_predictionbook_api_wagers_after_a_withdrawn_judgement(tracker: Tracker, tmp_path: Path) -> None:
    """A wager made while the judgement was set back to unknown is hindsight against the
    judgement kept: refused with the way out, imported once the withdrawal is followed."""
    page = json.loads((FORMATS / "predictionbook_my_predictions.json").read_text(encoding="utf-8"))
    (tmp_path / "page.json").write_text(json.dumps(page), encoding="utf-8")
    tracker("import", str(tmp_path / "page.json"))
    [question] = [p for p in page["predictions"] if p["id"] == 203304]
    question.update(outcome=None, last_judgement_at="2021-01-10T10:00:00.000Z", deadline="2021-12-31T00:00:00.000Z")
    wager = dict(question["responses"][0], id=999001, created_at="2021-02-01T10:00:00.000Z", confidence=40, comment=None)
    question["responses"].append(wager)
    (tmp_path / "later.json").write_text(json.dumps(page), encoding="utf-8")
    failure = tracker.fails("import", str(tmp_path / "later.json"))
    assert "the claim was already resolved on 2020-11-08" in failure.stderr
    assert "PredictionBook gives the question no outcome now: import with --follow-withdrawals" in failure.stderr
    report = tracker("import", str(tmp_path / "later.json"), "--follow-withdrawals", "--json").json()
    assert (report["predictions_added"], report["retractions_added"], report["withdrawals_at_source"]) == (1, 1, 1)


def test_export_carries_where_each_resolution_came_from(tracker: Tracker, tmp_path: Path) -> None:
    tracker("import", str(FORMATS / "predictionbook.csv"))
    tracker("resolve", str(bitcoin(tracker)["id"]), "--outcome", "true", "--date", "2020-02-01")
    first = tracker("export", "--json").stdout
    copy = Tracker(tmp_path / "copy.db")
    (tmp_path / "all.jsonl").write_text(first, encoding="utf-8")
    copy("import", str(tmp_path / "all.jsonl"))
    assert copy("export", "--json").stdout == first
    origins = [r.get("origin") for r in bitcoin(copy)["resolutions"]]
    assert origins == ["PredictionBook", None]  # typed with resolve: no origin
    shown = copy("show", str(bitcoin(copy)["id"]), terminal=True).stdout
    assert "imported from PredictionBook" in shown
    (tmp_path / "forged.jsonl").write_text(first.replace('"origin": "PredictionBook"', '"origin": "Somewhere"', 1), encoding="utf-8")
    assert "a resolution's origin must be one of PredictionBook, Fatebook, Metaculus" in Tracker(tmp_path / "c2.db").fails(
        "import", str(tmp_path / "forged.jsonl")).stderr


def _schema(url_or_path: str | Path, upto: int) -> None:
    from tracker.storage.migrations import MIGRATIONS

    if isinstance(url_or_path, Path):
        engine = sa.create_engine(f"sqlite:///{url_or_path}")
    else:
        from tracker.storage.backend import ServerURL, create_engine

        engine = create_engine(ServerURL(url_or_path))
    with engine.begin() as conn:
        for version, name, migrate in MIGRATIONS[:upto]:
            migrate(conn)
            conn.execute(sa.text("INSERT INTO schema_migrations VALUES (:v, :n, :t)"),
                         {"v": version, "n": name, "t": "2025-01-01 00:00:00"})
    engine.dispose()


def test_a_schema_6_database_upgrades_and_older_imported_resolutions_are_only_reported(tracker: Tracker, tmp_path: Path) -> None:
    """Migration 7 adds resolution.origin; resolutions imported before it have none, so an
    import cannot tell them from typed ones: they are reported, never retracted."""
    from tracker.storage.migrations import LATEST_VERSION

    _schema(tracker.db, 6)
    tracker("import", str(FORMATS / "predictionbook.csv"))
    if isinstance(tracker.db, Path):
        with sqlite3.connect(tracker.db) as conn:
            assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone() == (LATEST_VERSION,)
            conn.execute("UPDATE resolution SET origin = NULL")
    else:
        import psycopg

        with psycopg.connect(tracker.db) as pg:
            assert pg.execute("SELECT max(version) FROM schema_migrations").fetchone() == (LATEST_VERSION,)
            pg.execute("UPDATE resolution SET origin = NULL")
    later = variant(tmp_path, "predictionbook.csv", [(BITCOIN_JUDGED, BITCOIN_UNKNOWN)], "later.csv")
    report = tracker("import", str(later), "--follow-withdrawals", "--json").json()
    [change] = report["withdrawals_at_source_list"]
    assert change["action"] == "kept" and change["resolution"]["imported_from"] is None
    assert "retractions_added" not in report
