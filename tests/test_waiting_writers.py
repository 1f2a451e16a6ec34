"""Writers that find the database busy wait their turn, with two real processes (issue 14)."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import Tracker, db_snapshot
from tracker.cli import app

HOLD = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


def hold_write_lock(db: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process that holds the write lock for ``seconds`` (as a long import does)."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def tracker_process(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tracker", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120)


def test_a_writer_waits_for_the_lock_however_long_and_succeeds(tracker: Tracker) -> None:
    tracker.add("First", "-p", "0.2")
    holder = hold_write_lock(tracker.db, 4)
    started = time.monotonic()
    result = tracker_process(tracker.db, "add", "Second", "--author", "Bo", "--date", "2021-01-01", "--json")
    waited = time.monotonic() - started
    holder.wait(timeout=30)
    assert result.returncode == 0, result.stderr
    assert waited >= 2.5, "it waited for the other writer"
    assert result.stderr == "", "not on a terminal: nothing said about waiting"
    assert json.loads(result.stdout)["created"] is True
    assert tracker("verify", "--json").json()["ok"]


def test_timeout_bounds_the_wait_and_changes_nothing(tracker: Tracker) -> None:
    tracker.add("First", "-p", "0.2")
    before = db_snapshot(tracker.db)
    holder = hold_write_lock(tracker.db, 6)
    try:
        started = time.monotonic()
        result = tracker_process(tracker.db, "--timeout", "1", "resolve", "1", "--outcome", "true", "--date", "2021-02-01")
        waited = time.monotonic() - started
    finally:
        holder.wait(timeout=30)
    assert result.returncode == 1
    assert result.stderr.startswith("tracker: error: ") and "still busy after 1s" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert 0.9 <= waited < 5
    assert db_snapshot(tracker.db) == before


def test_a_reader_is_not_held_up_by_a_writer(tracker: Tracker) -> None:
    tracker.add("First", "-p", "0.2")
    holder = hold_write_lock(tracker.db, 4)
    try:
        started = time.monotonic()
        result = tracker_process(tracker.db, "--timeout", "0", "list", "--json")
        assert time.monotonic() - started < 3.5
    finally:
        holder.wait(timeout=30)
    assert result.returncode == 0 and len(json.loads(result.stdout)) == 1


def test_on_a_terminal_the_waiting_writer_says_so_on_stderr(tracker: Tracker) -> None:
    tracker.add("First", "-p", "0.2")
    holder = hold_write_lock(tracker.db, 3)
    main, secondary = pty.openpty()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "tracker", "--db", str(tracker.db), "add", "Second", "--author", "Bo",
                                 "--date", "2021-01-01", "--json"], stdout=subprocess.PIPE, stderr=secondary, text=True)
        os.close(secondary)
        out, _ = proc.communicate(timeout=60)
        said = b""
        while select.select([main], [], [], 0.5)[0]:
            try:
                chunk = os.read(main, 4096)
            except OSError:
                break
            if not chunk:
                break
            said += chunk
    finally:
        os.close(main)
        holder.wait(timeout=30)
    assert proc.returncode == 0
    assert json.loads(out)["created"] is True
    assert b"is busy (another process is writing); waiting for it to finish" in said


def test_an_add_during_a_long_import_waits_for_it_and_both_succeed(tracker: Tracker, tmp_path: Path) -> None:
    rows = tmp_path / "big.csv"
    with rows.open("w", encoding="utf-8") as handle:
        handle.write("claim,author,date,probability\n")
        for n in range(30_000):
            handle.write(f"Imported claim {n},Importer,2021-01-01,0.{n % 9 + 1}\n")
    tracker.add("Before", "-p", "0.2")
    importer = subprocess.Popen([sys.executable, "-m", "tracker", "--db", str(tracker.db), "import", str(rows)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    adds = []
    for n in range(4):
        time.sleep(0.7)
        adds.append(tracker_process(tracker.db, "add", f"During {n}", "--author", "Bo", "--date", "2021-01-01"))
    out, err = importer.communicate(timeout=300)
    assert importer.returncode == 0, err
    assert all(a.returncode == 0 for a in adds), [a.stderr for a in adds]
    listed = tracker("list", "--json").json()
    assert len(listed) == 30_005
    assert tracker("verify", "--json").json()["ok"]


def test_a_bad_timeout_is_refused(tracker: Tracker) -> None:
    for bad, message in (("-1", "is not a number of seconds"), ("nan", "is not a number of seconds"),
                         ("inf", "is not a number of seconds"), ("soon", "Invalid value for '--timeout'")):
        result = tracker.runner.invoke(app,
                                       ["--db", str(tracker.db), "--timeout", bad, "add", "x", "--author", "A", "--date", "2021-01-01"])
        assert result.exit_code == 2 and message in result.stderr, (bad, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1
    assert not tracker.db.exists()
