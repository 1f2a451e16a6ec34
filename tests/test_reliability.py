"""Nothing lost, nothing corrupted, nothing rewritten behind the user's back."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.conftest import Tracker, db_snapshot

WRITERS = 6
ADDS_PER_WRITER = 30
IMPORTERS = 2
ROWS_PER_IMPORT = 100
SEEDED = 20

WRITER_SCRIPT = textwrap.dedent(
    """
    import sys
    from tracker.cli import app
    db, kind, worker, count = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    def run(*args):
        code = app(["--db", db, *args], standalone_mode=False)
        if code:
            sys.exit(f"{kind} {worker}: tracker {' '.join(args)} exited {code}")
    if kind == "add":
        for i in range(count):
            run("add", f"writer {worker} claim {i}", "--author", f"writer {worker}", "--date", "2021-01-01", "-p", "0.6")
    elif kind == "resolve":
        for pid in range(1, count + 1):
            run("resolve", str(pid), "--outcome", "true", "--date", "2022-01-01", "--note", f"resolver {worker}")
    elif kind == "import":
        run("import", sys.argv[5])
    """
)


def spawn(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", WRITER_SCRIPT, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def write_csv(path: Path, rows: int, prefix: str) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["claim", "author", "date", "probability", "outcome", "resolved_on"])
        for i in range(rows):
            writer.writerow([f"{prefix} claim {i}", f"{prefix} author {i % 10}", "2020-05-01", "0.7",
                             "true" if i % 2 else "", "2021-01-01" if i % 2 else ""])


@pytest.mark.slow
def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "shared.db"
    tracker = Tracker(db)
    for i in range(SEEDED):
        tracker.add(f"seeded claim {i}", "-p", "0.3")
    files = []
    for n in range(IMPORTERS):
        path = tmp_path / f"import{n}.csv"
        write_csv(path, ROWS_PER_IMPORT, f"import {n}")
        files.append(path)
    procs = [spawn(str(db), "add", str(w), str(ADDS_PER_WRITER)) for w in range(WRITERS)]
    procs += [spawn(str(db), "import", str(n), "0", str(path)) for n, path in enumerate(files)]
    procs.append(spawn(str(db), "resolve", "0", str(SEEDED)))
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    with sqlite3.connect(db) as conn:
        predictions = conn.execute("SELECT count(*) FROM prediction").fetchone()[0]
        resolutions = conn.execute("SELECT count(*) FROM resolution").fetchone()[0]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert predictions == SEEDED + WRITERS * ADDS_PER_WRITER + IMPORTERS * ROWS_PER_IMPORT  # 400
    assert resolutions == SEEDED + IMPORTERS * ROWS_PER_IMPORT // 2  # 120
    assert tracker("verify", "--json").json()["ok"] is True


def kill_midway(command: list[str], db: Path, wal_bytes: int, timeout: float = 300) -> None:
    """Run ``tracker`` and SIGKILL it once its transaction has spilled ``wal_bytes`` into the WAL.

    Uncommitted pages spill into the WAL file as a transaction grows: once it holds
    megabytes, the process is well inside its transaction. Then pull the plug. ``timeout`` is
    how long to wait for that on a busy machine, not a measure of speed.
    """
    proc = subprocess.Popen([sys.executable, "-m", "tracker", "--db", str(db), *command],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wait_for_growth(db.with_name(db.name + "-wal"), wal_bytes, proc, timeout)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


# Generous: `extract --save` of 400 articles reads them all before its transaction starts, and
# their every sentence goes to the detector's encoder (README, "The cascade").
def wait_for_growth(path: Path, minimum: int, proc: subprocess.Popen[str], timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"the process finished before it could be killed: {proc.stderr.read() if proc.stderr else ''}")
        try:
            if path.stat().st_size >= minimum:
                return
        except FileNotFoundError:  # not created yet, or removed between two looks
            pass
        time.sleep(0.01)
    raise AssertionError(f"{path} never grew to {minimum} bytes")


@pytest.mark.slow
def test_import_killed_halfway_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    tracker = Tracker(db)
    tracker.add("kept", "-p", "0.2")
    tracker("resolve", "1", "--outcome", "false", "--date", "2021-06-01")
    before = db_snapshot(db)
    big = tmp_path / "big.csv"
    write_csv(big, 200_000, "bulk")
    kill_midway(["import", str(big)], db, 4 * 1024 * 1024)
    assert db_snapshot(db) == before
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # And the database keeps working.
    tracker.add("after the crash", "-p", "0.9")
    assert len(tracker("list", "--json").json()) == 2


def test_disk_full_is_a_clear_error_and_changes_nothing(tracker: Tracker, tmp_path: Path) -> None:
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    tracker.add("kept", "-p", "0.2")
    before = db_snapshot(tracker.db)
    big = tmp_path / "big.csv"
    write_csv(big, 5_000, "bulk")

    def tiny_disk(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 2}")  # what a full disk looks like to SQLite

    event.listen(Engine, "connect", tiny_disk)
    try:
        result = tracker.fails("import", str(big), code=1)
    finally:
        event.remove(Engine, "connect", tiny_disk)
    assert "disk is full; nothing was changed" in result.stderr
    assert db_snapshot(tracker.db) == before


def test_read_only_database_can_be_read_but_not_written(tracker: Tracker, monkeypatch: pytest.MonkeyPatch) -> None:
    tracker.add("kept", "-p", "0.2")
    before = db_snapshot(tracker.db)
    real_access = os.access

    def no_write(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(str(path)) == tracker.db:
            return False  # as for a file the user may not write (root ignores chmod, so simulate it)
        return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", no_write)
    assert len(tracker("list", "--json").json()) == 1
    assert tracker("scorecard", "--json").json()[0]["predictions"] == 1
    result = tracker.fails("add", "y", "--author", "A", "--date", "2021-01-01", code=1)
    assert "read-only" in result.stderr
    assert "read-only" in tracker.fails("resolve", "1", "--outcome", "true", "--date", "2021-02-01").stderr
    monkeypatch.undo()
    assert db_snapshot(tracker.db) == before


def test_amend_keeps_the_old_version_and_verify_catches_tampering(tracker: Tracker) -> None:
    pid = tracker.add("Russia will invade Ukraine", "-p", "0.9", "--quote", "nobody really expects Russia to invade Ukraine")
    original = tracker("show", str(pid), "--json").json()
    amended = tracker("amend", str(pid), "--probability", "0.1", "--reason", "misread: the text says nobody expects it", "--json").json()
    assert amended["changed"] == ["probability"] and amended["hash_before"] == original["hash"]
    detail = tracker("show", str(pid), "--json").json()
    assert detail["probability"] == 0.1 and detail["hash"] == amended["hash_after"] != original["hash"]
    [history] = detail["amendments"]
    assert history["before"]["probability"] == 0.9 and history["reason"].startswith("misread")
    assert "misread" in tracker("show", str(pid)).stdout
    assert tracker("verify", "--json").json()["ok"] is True
    # Someone edits the file directly, behind tracker's back.
    with sqlite3.connect(tracker.db) as conn:
        conn.execute("UPDATE prediction SET probability = 0.95 WHERE id = ?", (pid,))
    result = tracker("verify", "--json", ok=False)
    assert result.exit_code == 1
    report = result.json()
    assert report["ok"] is False and report["problems"][0]["id"] == pid
    assert "record was changed outside tracker" in result.stderr


def test_amend_refusals(tracker: Tracker) -> None:
    pid = tracker.add("x", "-p", "0.4", date="2021-03-01")
    tracker("resolve", str(pid), "--outcome", "true", "--date", "2021-04-01")
    before = db_snapshot(tracker.db)
    assert "--reason" in tracker.fails("amend", str(pid), "--probability", "0.5", code=2).stderr
    assert "reason is empty" in tracker.fails("amend", str(pid), "--probability", "0.5", "--reason", " ").stderr
    assert "nothing to amend" in tracker.fails("amend", str(pid), "--reason", "r").stderr
    assert "would change nothing" in tracker.fails("amend", str(pid), "--probability", "0.4", "--reason", "r").stderr
    assert "its date can no longer change" in tracker.fails("amend", str(pid), "--date", "2021-05-01", "--reason", "r").stderr
    assert "its probability can no longer change" in tracker.fails("amend", str(pid), "-p", "0.9", "--reason", "r").stderr
    assert "its claim can no longer change" in tracker.fails("amend", str(pid), "--claim", "y", "--reason", "r").stderr
    assert "no prediction with id 9" in tracker.fails("amend", "9", "--probability", "0.5", "--reason", "r").stderr
    assert db_snapshot(tracker.db) == before


def test_backup_while_writers_write(tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    tracker = Tracker(db)
    tracker.add("before backup", "-p", "0.5")
    writers = [spawn(str(db), "add", str(w), "40") for w in range(2)]
    time.sleep(0.5)
    target = tmp_path / "copy.db"
    out = tracker("backup", str(target)).stderr
    for proc in writers:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        copied = conn.execute("SELECT count(*) FROM prediction").fetchone()[0]
    assert 1 <= copied <= 81 and f"Backed up {copied} prediction(s)" in out
    assert Tracker(target)("verify", "--json").json()["ok"] is True
    assert "already exists" in tracker.fails("backup", str(target)).stderr
    assert "does not exist" in tracker.fails("backup", str(tmp_path / "no" / "x.db")).stderr


def test_after_the_outcome_only_metadata_can_be_corrected(tracker: Tracker) -> None:
    pid = tracker.add("x", "-p", "0.4", "--quote", "x, said A", date="2021-03-01")
    tracker("resolve", str(pid), "--outcome", "true", "--date", "2021-04-01")
    tracker("amend", str(pid), "--quote", "x, wrote A", "--outlet", "Daily", "--reason", "quote typo")
    row = tracker("show", str(pid), "--json").json()
    assert (row["quote"], row["outlet"], row["outcome"]) == ("x, wrote A", "Daily", True)
    assert tracker("verify", "--json").json()["ok"] is True


def test_rewording_a_claim_keeps_its_outcome_and_its_company(tracker: Tracker) -> None:
    alone = tracker.add("Rusia will invade Ukraine", "-p", "0.2", author="A", date="2021-12-01")
    tracker("amend", str(alone), "--claim", "Russia will invade Ukraine", "--reason", "spelling")
    other = tracker.add("russia will invade ukraine", "-p", "0.7", author="B", date="2021-12-02")
    rows = {r["id"]: r for r in tracker("list", "--json").json()}
    assert rows[alone]["claim_id"] == rows[other]["claim_id"]  # the reworded claim is the one B predicts
    assert rows[other]["claim"] == "Russia will invade Ukraine"  # and keeps its first wording
    # Rewording a shared claim moves only this prediction; the other keeps the old claim.
    tracker("amend", str(other), "--claim", "Russia will invade all of Ukraine", "--reason", "B said all")
    rows = {r["id"]: r for r in tracker("list", "--json").json()}
    assert rows[alone]["claim_id"] != rows[other]["claim_id"]
    assert tracker("verify", "--json").json()["ok"] is True


def test_a_read_only_database_in_a_read_only_folder_can_be_read(tmp_path: Path) -> None:
    """For real: another user, a file and folder they cannot write (the shared-memory file of
    WAL cannot be created there)."""
    import shutil as sh

    setpriv = sh.which("setpriv")
    if os.geteuid() != 0 or setpriv is None:
        pytest.skip("needs root and setpriv to run tracker as another user")
    folder = Path("/tmp") / f"tracker-ro-{os.getpid()}"
    folder.mkdir()
    try:
        db = folder / "shared.db"
        Tracker(db).add("kept", "-p", "0.2")
        folder.chmod(0o755)
        db.chmod(0o644)
        as_nobody = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-m", "tracker", "--db", str(db)]
        probe = subprocess.run([*as_nobody, "--version"], capture_output=True, text=True)
        if probe.returncode != 0:
            pytest.skip(f"user nobody cannot run this Python ({probe.stderr.strip()[:80]})")
        before = db.read_bytes()
        listed = subprocess.run([*as_nobody, "list", "--json"], capture_output=True, text=True)
        assert listed.returncode == 0, listed.stderr
        assert [r["claim"] for r in json.loads(listed.stdout)] == ["kept"]
        added = subprocess.run([*as_nobody, "add", "y", "--author", "A", "--date", "2021-01-01"], capture_output=True, text=True)
        assert added.returncode == 1 and "read-only" in added.stderr
        assert db.read_bytes() == before
    finally:
        sh.rmtree(folder, ignore_errors=True)


def test_amend_onto_an_existing_claim_moves_the_prediction_and_drops_the_empty_claim(tracker: Tracker) -> None:
    tracker("add", "Rain in Paris", "--author", "Ann", "--date", "2021-01-01", "-p", "0.6", "--deadline", "2021-06-01")
    tracker("add", "Sun in Rome", "--author", "Bob", "--date", "2021-01-01", "-p", "0.3", "--deadline", "2021-06-01")
    tracker("amend", "2", "--claim", "rain in  Paris", "--reason", "same question")
    rows = tracker("list", "--json").json()
    assert {row["claim_id"] for row in rows} == {1}
    assert [row["claim"] for row in rows] == ["Rain in Paris", "Rain in Paris"]
    with contextlib.closing(sqlite3.connect(tracker.db)) as conn:
        assert conn.execute("SELECT text FROM claim").fetchall() == [("Rain in Paris",)]
    tracker("resolve", "1", "--outcome", "true", "--date", "2021-06-02")
    assert "2 prediction(s) match" in tracker("verify").stderr
