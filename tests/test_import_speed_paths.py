"""The import's fast paths give the record the slow ones give: deferred indexes (dropped
mid-import and rebuilt before commit, SQLite), large chunks on PostgreSQL, ids counted instead
of read per chunk. Each test forces the fast path on a small file and compares the schema,
the chain (against ``ledger.record_unrecorded``, the slow path), the digest and the export."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

from tests.conftest import Tracker, db_snapshot
from tests.test_import_fast import _digest, _import_and_compare

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
from make_import_files import write_all  # noqa: E402

ROWS = 1_300  # three of SQLite's import chunks, messy rows included


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    return write_all(tmp_path_factory.mktemp("files"), ROWS)


def _schema(db: Path) -> list[tuple[str, str, str, str]]:
    conn = sqlite3.connect(db)
    try:
        return sorted(conn.execute("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master"))
    finally:
        conn.close()


def _deferred_index_count(db: Path) -> int:
    from tracker.storage.bulk import DEFERRED_INDEXES

    return sum(1 for _, name, _, _ in _schema(db) if name in DEFERRED_INDEXES)


@pytest.fixture
def defer_early(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[int]]:
    """Indexes deferred after the first chunk; records how many each import dropped and rebuilt."""
    from tracker.storage import bulk

    monkeypatch.setattr(bulk, "DEFER_AFTER_ROWS", 400)
    seen: dict[str, list[int]] = {"dropped": [], "rebuilt": []}
    definitions, restore = bulk.index_definitions, bulk.DeferredIndexes.restore

    def dropping(conn, names):  # type: ignore[no-untyped-def]
        found = definitions(conn, names)
        seen["dropped"].append(len(found))
        return found

    def rebuilding(self: bulk.DeferredIndexes) -> None:
        seen["rebuilt"].append(len(self.dropped))
        restore(self)

    monkeypatch.setattr(bulk, "index_definitions", dropping)
    monkeypatch.setattr(bulk.DeferredIndexes, "restore", rebuilding)
    return seen


@pytest.mark.parametrize("fmt", ["jsonl", "predictionbook"])
def test_deferred_indexes_leave_the_schema_and_the_chain_as_the_slow_path(
        tracker: Tracker, files: dict[str, list[Path]], fmt: str, tmp_path: Path, defer_early: dict[str, list[int]]) -> None:
    tracker.add("Something already recorded", "--probability", "0.4")
    before = _schema(tracker.db)
    assert _deferred_index_count(tracker.db) == 8
    report = _import_and_compare(tracker, *map(str, files[fmt]), "--rejects", str(tmp_path / "rejects.out"))
    assert defer_early == {"dropped": [8], "rebuilt": [8]}  # all eight dropped during the import, and rebuilt
    assert report["predictions_added"] > 1_000
    assert _schema(tracker.db) == before
    assert tracker("verify", "--json").json()["ok"] is True


def test_a_whole_export_reimported_with_deferred_indexes_is_byte_identical(
        tracker: Tracker, files: dict[str, list[Path]], tmp_path: Path, defer_early: dict[str, list[int]]) -> None:
    tracker("import", str(files["jsonl"][0]), "--skip-invalid", "--rejects", str(tmp_path / "r.jsonl"))
    exported = tmp_path / "export.jsonl"
    exported.write_text(tracker("export", "--json").stdout, encoding="utf-8")
    copy = Tracker(tmp_path / "copy.db")
    copy("import", str(exported))
    assert defer_early["dropped"][-1] == defer_early["rebuilt"][-1] == 8
    assert _digest(copy) == _digest(tracker)
    assert copy("export", "--json").stdout == exported.read_text(encoding="utf-8")
    assert _schema(copy.db) == _schema(tracker.db)


def test_a_refused_import_after_the_indexes_were_dropped_changes_nothing(
        tracker: Tracker, files: dict[str, list[Path]], tmp_path: Path, defer_early: dict[str, list[int]]) -> None:
    tracker.add("Something already recorded", "--probability", "0.4")
    before_schema, before_rows = _schema(tracker.db), db_snapshot(tracker.db)
    lines = files["jsonl"][0].read_text(encoding="utf-8").splitlines()[:1_200]
    lines.append(json.dumps({"claim": "A late bad row", "author": "X", "date": "not a date"}))
    source = tmp_path / "late_refusal.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    good = [json.loads(line) for line in lines[:-1] if line.strip()]
    assert len(good) > 1_000
    failed = tracker.fails("import", str(source))
    assert "line 1201" in failed.stderr and "nothing was imported" in failed.stderr
    assert defer_early == {"dropped": [8], "rebuilt": []}  # dropped, then rolled back with the rest
    assert _schema(tracker.db) == before_schema
    assert db_snapshot(tracker.db) == before_rows


def test_a_small_import_into_a_large_record_keeps_its_indexes(tracker: Tracker, files: dict[str, list[Path]],
                                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rebuilding the indexes of a large table costs more than a small import saves."""
    from tracker.storage import bulk

    tracker("import", str(files["csv"][0]), "--skip-invalid", "--rejects", str(tmp_path / "r.csv"))
    monkeypatch.setattr(bulk, "DEFER_AFTER_ROWS", 10)
    calls: list[str] = []
    monkeypatch.setattr(bulk, "index_definitions", lambda conn, names: calls.append("dropped") or [])
    small = tmp_path / "small.jsonl"
    small.write_text("".join(
        json.dumps({"claim": f"Small claim {i}", "author": "Bo", "date": "2020-01-01"}) + "\n" for i in range(600)
    ), encoding="utf-8")
    assert tracker("import", str(small), "--json").json()["predictions_added"] == 600
    assert calls == []


def test_large_server_chunks_give_the_slow_path_chain(postgres_url: str, files: dict[str, list[Path]],
                                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """PostgreSQL imports in chunks of ``SERVER_CHUNK``; with a small one, a 1,300-row file
    crosses chunks, and the counted ids and the ledger head carried over must still hold."""
    from tracker import store

    monkeypatch.setattr(store, "SERVER_CHUNK", 450)
    server = Tracker(postgres_url)
    server.add("Something already recorded", "--probability", "0.4")
    report = server("import", *map(str, files["jsonl"]), "--skip-invalid", "--rejects", str(tmp_path / "r.jsonl"),
                    "--json").json()
    assert report["predictions_added"] > 1_000
    assert server("verify", "--json").json()["ok"] is True
    local = Tracker(tmp_path / "same.db")
    local.add("Something already recorded", "--probability", "0.4")
    local("import", *map(str, files["jsonl"]), "--skip-invalid", "--rejects", str(tmp_path / "r2.jsonl"))
    # The same rows with the same ids and hashes (recorded_at differs: each import has its clock).
    keep = ("id", "claim_id", "claim", "author", "date", "probability", "hash", "tags")
    rows = [{k: row[k] for k in keep} for row in map(json.loads, server("export", "--json").stdout.splitlines())]
    same = [{k: row[k] for k in keep} for row in map(json.loads, local("export", "--json").stdout.splitlines())]
    assert rows == same
    exported = tmp_path / "server.jsonl"
    exported.write_text(server("export", "--json").stdout, encoding="utf-8")
    copy = Tracker(tmp_path / "copy.db")
    copy("import", str(exported))
    assert _digest(copy) == _digest(server)
