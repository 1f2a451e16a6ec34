"""No output lands on the record, no foreign or special file is taken for it (issue 14)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Tracker, db_snapshot


@pytest.fixture
def filled(tmp_path: Path) -> Tracker:
    tracker = Tracker(tmp_path / "rec.db")
    tracker.add("Claim one", "-p", "0.3")
    tracker.add("Claim two", "-p", "0.6")
    return tracker


def _targets(db: Path) -> list[Path]:
    """Every name that reaches the database or one of its side files."""
    folder = db.parent
    (folder / "sub").mkdir(exist_ok=True)
    os.symlink(db, folder / "link.db")
    os.symlink(db.with_name(db.name + "-wal"), folder / "link-to-wal")
    os.link(db, folder / "hard.db")
    return [
        db,
        db.with_name(db.name + "-wal"),
        db.with_name(db.name + "-shm"),
        db.with_name(db.name + "-journal"),
        folder / "sub" / ".." / db.name,
        folder / "sub" / ".." / (db.name + "-wal"),
        folder / "link.db",
        folder / "link-to-wal",
        folder / "hard.db",
        folder / "link.db-wal",  # the -wal of the database reached through a link
    ]


def test_no_output_is_written_onto_the_database_or_its_files(filled: Tracker) -> None:
    db = filled.db
    # A reader holds the database open, so its -wal and -shm exist, as in the report.
    reader = sqlite3.connect(db)
    reader.execute("SELECT count(*) FROM prediction").fetchone()
    try:
        before = db_snapshot(db)
        tried = 0
        for target in _targets(db):
            for args in (["export", "-o", str(target)], ["export", "--csv", "-o", str(target)],
                         ["report", "--html", str(target)], ["backup", str(target)]):
                result = filled.fails(*args)
                assert "tracker: error:" in result.stderr
                tried += 1
        assert tried == 40
        assert db_snapshot(db) == before
        assert filled("verify", "--json").json()["ok"]
    finally:
        reader.close()
    leftovers = [p.name for p in db.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_the_side_file_of_another_database_is_not_overwritten(filled: Tracker, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    journal = tmp_path / "other.sqlite-journal"
    journal.write_bytes(b"pending")
    assert "belongs to the SQLite database" in filled.fails("export", "-o", str(journal)).stderr
    assert journal.read_bytes() == b"pending"


def test_an_ordinary_output_file_is_still_written(filled: Tracker, tmp_path: Path) -> None:
    out = tmp_path / "sub"
    out.mkdir()
    filled("export", "-o", str(out / ".." / "export.jsonl"))
    assert len((tmp_path / "export.jsonl").read_text().splitlines()) == 2


@pytest.mark.parametrize("command", [["list"], ["add", "x", "--author", "A", "--date", "2021-01-01"], ["verify"]])
def test_a_fifo_as_database_is_refused_at_once(tmp_path: Path, command: list[str]) -> None:
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)
    proc = subprocess.run([sys.executable, "-m", "tracker", "--db", str(fifo), *command],
                          capture_output=True, text=True, timeout=30)
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"tracker: error: {fifo} is not a regular file (a pipe, a socket or a device); give a database file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.db"]


def test_a_device_as_database_is_refused(tmp_path: Path) -> None:
    assert "not a regular file" in Tracker(Path("/dev/null")).fails("add", "x", "--author", "A", "--date", "2021-01-01").stderr


def _golang_migrate(db: Path) -> None:
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("CREATE TABLE schema_migrations (version uint64, dirty bool)")
        conn.execute("CREATE UNIQUE INDEX version_unique ON schema_migrations (version)")
        conn.execute("INSERT INTO schema_migrations VALUES (3, 0)")
        conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)")


def _rails(db: Path) -> None:
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        conn.execute('CREATE TABLE "schema_migrations" ("version" varchar NOT NULL PRIMARY KEY)')
        conn.execute('CREATE TABLE "ar_internal_metadata" ("key" varchar PRIMARY KEY, "value" varchar)')
        conn.execute("INSERT INTO schema_migrations VALUES ('20240101120000')")


def _lookalike(db: Path) -> None:
    """Tracker's migration table, but rows that name other migrations."""
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at DATETIME)")
        conn.execute("INSERT INTO schema_migrations VALUES (1, 'create_users', '2024-01-01')")
        conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY)")


def _empty_lookalike(db: Path) -> None:
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at DATETIME)")


def _wal_app(db: Path) -> sqlite3.Connection:
    """An application that is running: its WAL file holds rows not yet checkpointed."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, dirty BOOLEAN)")
    conn.execute("INSERT INTO schema_migrations VALUES (1, 0)")
    conn.commit()
    return conn


@pytest.mark.parametrize("make", [_golang_migrate, _rails, _lookalike, _empty_lookalike, _wal_app],
                         ids=["golang-migrate", "rails", "lookalike", "empty-lookalike", "wal"])
def test_another_programs_migrated_database_is_never_written(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "app.db"
    running = make(db)
    # The -shm file is SQLite's shared-memory index, whose read marks any reader updates.
    files = {p.name: p.read_bytes() for p in tmp_path.iterdir() if not p.name.endswith("-shm")}
    rows = tmp_path.parent / f"{tmp_path.name}-rows.csv"
    rows.write_text("claim,author,date\nA claim,Ann,2021-01-01\n", encoding="utf-8")
    tracker = Tracker(db)
    for args in (["add", "x", "--author", "A", "--date", "2021-01-01"], ["list"], ["scorecard"], ["verify"],
                 ["import", str(rows)]):
        result = tracker.fails(*args)
        assert "another program" in result.stderr, result.stderr
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if not p.name.endswith("-shm")} == files
    if running is not None:
        running.close()
