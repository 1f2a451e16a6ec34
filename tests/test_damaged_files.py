"""A damaged SQLite file is called damaged, and `verify` never vouches for one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.conftest import Tracker


def _page_of(db: Path, name: str) -> int:
    with sqlite3.connect(db) as conn:
        [(root,)] = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchall()
    conn.close()
    return int(root)


def _scribble_on(db: Path, page: int) -> None:
    """Overwrite part of one page (after its header byte) the way a bad disk sector would."""
    with sqlite3.connect(db) as conn:
        [(size,)] = conn.execute("PRAGMA page_size").fetchall()
    conn.close()
    with db.open("r+b") as handle:
        handle.seek((page - 1) * size + 8)
        handle.write(b"\xff" * 300)


@pytest.fixture
def record(tmp_path: Path) -> Tracker:
    tracker = Tracker(tmp_path / "rec.db")
    tracker.add("The bridge will reopen by June", "-p", "0.7")
    tracker.add("Turnout will exceed 60%", "-p", "0.4")
    tracker("list")  # a reading command checkpoints nothing, but leaves the file complete
    with sqlite3.connect(tracker.db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return tracker


def test_verify_refuses_a_file_with_a_damaged_index(record: Tracker) -> None:
    _scribble_on(Path(record.db), _page_of(Path(record.db), "ix_claim_deadline"))
    outcome = record.fails("verify", code=1)
    assert "is damaged (SQLite's integrity check:" in outcome.stderr
    assert "restore it from an export or an earlier backup" in outcome.stderr
    assert "match their hashes" not in outcome.stdout


def test_verify_digest_prints_no_digest_for_a_damaged_file(record: Tracker) -> None:
    _scribble_on(Path(record.db), _page_of(Path(record.db), "ix_claim_deadline"))
    outcome = record.fails("verify", "--digest", code=1)
    assert outcome.stdout == ""


def test_a_damaged_migrations_table_is_damage_not_another_program(record: Tracker) -> None:
    _scribble_on(Path(record.db), _page_of(Path(record.db), "schema_migrations"))
    outcome = record.fails("list", code=1)
    assert "is damaged or not a tracker database" in outcome.stderr
    assert "another program" not in outcome.stderr


def test_migration_rows_that_read_without_an_error_but_damaged_are_damage(record: Tracker) -> None:
    """Zeroed bytes at the end of the migrations page: SQLite reads the table without an error
    but gets no tracker migration from it, so only its quick check tells damage from another
    program's table (this once depended on what the plain read happened to notice)."""
    db = Path(record.db)
    page = _page_of(db, "schema_migrations")
    with sqlite3.connect(db) as conn:
        [(size,)] = conn.execute("PRAGMA page_size").fetchall()
    conn.close()
    with db.open("r+b") as handle:
        handle.seek(page * size - 120)
        handle.write(b"\x00" * 100)
    outcome = record.fails("list", code=1)
    assert "is damaged or not a tracker database (database disk image is malformed)" in outcome.stderr
    assert "another program" not in outcome.stderr
    assert outcome.stderr.count("\n") == 1


def test_verify_passes_an_intact_file(record: Tracker) -> None:
    assert "All 2 prediction(s) match their hashes." in record("verify").stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full to simulate a full disk")
def test_a_full_disk_while_writing_output_is_one_clear_line(record: Tracker) -> None:
    import subprocess
    import sys

    for args in (["export", "--json"], ["list"], ["scorecard"]):
        with open("/dev/full", "w") as full:
            done = subprocess.run([sys.executable, "-m", "tracker", "--db", str(record.db), *args],
                                  stdout=full, stderr=subprocess.PIPE, text=True, check=False)
        assert done.returncode == 1, (args, done.stderr)
        assert done.stderr == "tracker: error: the disk is full; the command stopped and the record was not changed\n"
    assert "All 2 prediction(s) match their hashes." in record("verify").stderr


def test_an_index_out_of_step_with_its_table_is_named_and_can_be_rebuilt(record: Tracker) -> None:
    """An index whose entries no longer match its table (its definition rewritten behind
    SQLite's back): the rows are whole, so the advice is REINDEX, and the line stays short."""
    with sqlite3.connect(record.db) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_prediction_made_on ON prediction (author)' "
                     "WHERE name = 'ix_prediction_made_on'")
    conn.close()
    outcome = record.fails("verify", code=1)
    assert "ix_prediction_made_on" in outcome.stderr
    assert "only indexes are damaged: rebuild them on a copy with `sqlite3 FILE REINDEX`" in outcome.stderr
    assert len(outcome.stderr) < 600
