"""Property: on any history written through tracker, verify passes, a copy made by export
and import carries the same digest, and any single direct edit of a record is caught."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import Tracker

# 25 histories by default; TRACKER_PROPERTY_EXAMPLES=500 for a longer search.
EXAMPLES = int(os.environ.get("TRACKER_PROPERTY_EXAMPLES", "25"))
CLAIMS = ["Rates fall", "The treaty is ratified", "Snow in Lisbon", "The bill passes"]
AUTHORS = ["Ann", "Bob", "Cy"]

add = st.tuples(st.just("add"), st.sampled_from(CLAIMS), st.sampled_from(AUTHORS),
                st.integers(1, 99), st.lists(st.sampled_from(["eu", "war", "econ"]), max_size=2))
resolve = st.tuples(st.just("resolve"), st.integers(1, 6), st.sampled_from(["true", "false", "ambiguous"]), st.integers(1, 28))
amend = st.tuples(st.just("amend"), st.integers(1, 6), st.sampled_from(["quote", "tag", "outlet"]), st.integers(0, 9))
history = st.lists(st.one_of(add, resolve, amend), min_size=1, max_size=10)

EDITS = [
    "UPDATE prediction SET author = author || 'x' WHERE id = (SELECT min(id) FROM prediction)",
    "UPDATE prediction SET recorded_at = '2001-01-01 00:00:00' WHERE id = (SELECT max(id) FROM prediction)",
    "DELETE FROM prediction_tag WHERE rowid = (SELECT min(rowid) FROM prediction_tag)",
    "UPDATE resolution SET outcome = CASE outcome WHEN 'true' THEN 'false' ELSE 'true' END WHERE id = (SELECT max(id) FROM resolution)",
    "DELETE FROM resolution WHERE id = (SELECT min(id) FROM resolution)",
    "UPDATE amendment SET reason = reason || '!' WHERE id = (SELECT max(id) FROM amendment)",
    "DELETE FROM ledger WHERE seq = (SELECT max(seq) FROM ledger)",
]


def play(tracker: Tracker, steps: list[tuple]) -> None:  # type: ignore[type-arg]
    """Run the steps through the CLI; steps tracker refuses (an unknown id, hindsight) are skipped."""
    for step in steps:
        if step[0] == "add":
            _, claim, author, pct, tags = step
            args = ["add", claim, "--author", author, "--date", "2021-01-01", "-p", f"{pct}%"]
            for tag in tags:
                args += ["--tag", tag]
        elif step[0] == "resolve":
            _, pid, outcome, day = step
            args = ["resolve", str(pid), "--outcome", outcome, "--date", f"2021-02-{day:02d}"]
        else:
            _, pid, field, n = step
            value = {"quote": f"quote {n}", "tag": f"t{n}", "outlet": f"Outlet {n}"}[field]
            args = ["amend", str(pid), f"--{field}", value, "--reason", f"fix {n}"]
        tracker(*args, ok=False)


def rows_in(db: Path, table: str) -> int:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=history, edit=st.sampled_from(EDITS))
# Found by this test: amendments of two predictions recorded in the other order got other ids
# in the copy, and the export carried those ids (it no longer does for amendments and resolutions).
@example(steps=[("add", "Rates fall", "Ann", 29, ["eu"]), ("add", "Rates fall", "Ann", 55, []),
                ("resolve", 2, "true", 7), ("resolve", 1, "true", 8), ("amend", 2, "tag", 7), ("amend", 1, "quote", 1)],
         edit=EDITS[5])
def test_any_history_verifies_travels_and_betrays_any_edit(steps: list[tuple], edit: str) -> None:  # type: ignore[type-arg]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tracker = Tracker(folder / "h.db")
        play(tracker, steps)
        if not tracker.db.exists():
            return
        data = tracker("verify", "--json").json()
        assert data["ok"], data
        digest = data["ledger"]["digest"]
        exported = folder / "e.jsonl"
        tracker("export", "-o", str(exported))
        copy = Tracker(folder / "copy.db")
        if exported.read_text(encoding="utf-8"):
            copy("import", str(exported))
            copied = copy("verify", "--json", "--since", digest).json()
            assert copied["ok"] and copied["ledger"]["digest"] == digest
            again = folder / "again.jsonl"
            copy("export", "-o", str(again))
            assert again.read_bytes() == exported.read_bytes()
        with contextlib.closing(sqlite3.connect(tracker.db)) as conn, conn:
            changed = conn.execute(edit).rowcount
        if changed:
            edited = tracker("verify", "--json", ok=False).json()
            assert not edited["ok"], (edit, edited)
            if "prediction SET author" not in edit:  # that one is the per-prediction hash check's to find
                assert edited["ledger"]["first_mismatch"] is not None, (edit, edited)
            else:
                assert edited["problems"], edited
