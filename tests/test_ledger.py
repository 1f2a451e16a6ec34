"""The ledger: a hash chain over every record, checked by 'tracker verify' (issue 14).

Each tampering case edits a real database file with the sqlite3 module, the way someone
with the file would, and runs the real CLI.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Tracker


@pytest.fixture
def record(tracker: Tracker) -> Tracker:
    """Three predictions, two of them on one claim; tags; three resolutions; one amendment."""
    tracker.add("The treaty is ratified", "-p", "0.3", "--tag", "eu", "--tag", "law", author="Ann")
    tracker.add("The treaty is ratified", "-p", "0.8", author="Bob", date="2021-02-01")
    tracker.add("Rates fall", "-p", "0.6", "--tag", "economy", author="Cy")
    tracker("resolve", "1", "--outcome", "ambiguous", "--date", "2021-06-01")
    tracker("resolve", "1", "--outcome", "true", "--date", "2021-07-01")
    tracker("resolve", "3", "--outcome", "false", "--date", "2021-08-01")
    tracker("amend", "3", "--quote", "rates will fall", "--reason", "quote from the article")
    return tracker


def edit(db: Path, *statements: str) -> None:
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        for statement in statements:
            conn.execute(statement)


def verify(tracker: Tracker, *extra: str) -> dict:  # type: ignore[type-arg]
    outcome = tracker("verify", "--json", *extra, ok=False)
    data = json.loads(outcome.stdout)
    assert outcome.exit_code == (0 if data["ok"] else 1)
    return data


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def recipe_hash(fields: dict) -> str:  # type: ignore[type-arg]
    return sha(json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":")))


def test_an_untouched_record_verifies_and_every_write_is_an_entry(record: Tracker) -> None:
    data = verify(record)
    assert data["ok"] and data["ledger"]["first_mismatch"] is None
    with contextlib.closing(sqlite3.connect(record.db)) as conn:
        kinds = [k for (k,) in conn.execute("SELECT kind FROM ledger ORDER BY seq")]
    assert kinds == ["prediction", "tags", "prediction", "prediction", "tags", "resolution", "resolution", "resolution", "amendment"]
    assert data["ledger"]["digest"].startswith("9:")


def test_the_chain_follows_the_published_recipe(record: Tracker) -> None:
    """Anyone can recompute the chain from the ledger table without tracker."""
    with contextlib.closing(sqlite3.connect(record.db)) as conn:
        rows = conn.execute("SELECT seq, kind, content_hash, prev_hash, entry_hash FROM ledger ORDER BY seq").fetchall()
        resolution = conn.execute("SELECT claim_id, outcome, resolved_on, evidence, note, recorded_at FROM resolution WHERE id = 1").fetchone()
    prev = "0" * 64
    for seq, kind, content, stored_prev, stored in rows:
        assert stored_prev == prev
        prev = sha(f"{seq}\n{kind}\n{content}\n{prev}")
        assert stored == prev
    assert verify(record)["ledger"]["digest"] == f"{len(rows)}:{prev}"
    claim_id, outcome, resolved_on, evidence, note, recorded_at = resolution
    content = {"kind": "resolution", "claim": claim_id, "outcome": outcome, "resolved_on": resolved_on,
               "evidence": evidence, "note": note, "recorded_at": recorded_at.replace(" ", "T") + "Z"}
    assert recipe_hash(content) == rows[5][2]


def _recompute_prediction_hash(db: Path, pid: int) -> None:
    """Edit a probability and recompute the row's hash from the README's public recipe."""
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE prediction SET probability = 0.95 WHERE id = ?", (pid,))
        row = conn.execute(
            "SELECT c.text, c.deadline, p.author, p.outlet, p.made_on, p.probability, p.quote, p.url "
            "FROM prediction p JOIN claim c ON c.id = p.claim_id WHERE p.id = ?", (pid,)).fetchone()
        keys = ("claim", "deadline", "author", "outlet", "date", "probability", "quote", "url")
        conn.execute("UPDATE prediction SET content_hash = ? WHERE id = ?", (recipe_hash(dict(zip(keys, row))), pid))


def _swap(table: str, a: int, b: int) -> list[str]:
    return [f"UPDATE {table} SET id = -1 WHERE id = {a}", f"UPDATE {table} SET id = {a} WHERE id = {b}",
            f"UPDATE {table} SET id = {b} WHERE id = -1"]


TAMPERING: dict[str, tuple[Callable[[Path], None], str]] = {
    "deleted prediction": (lambda db: edit(db, "DELETE FROM prediction_tag WHERE prediction_id = 2", "DELETE FROM prediction WHERE id = 2"), "deletion"),
    "deleted amendment": (lambda db: edit(db, "DELETE FROM amendment WHERE id = 1"), "deletion"),
    "flipped outcome": (lambda db: edit(db, "UPDATE resolution SET outcome = 'false' WHERE id = 2"), "edit"),
    "deleted resolution": (lambda db: edit(db, "DELETE FROM resolution WHERE id = 2"), "deletion"),
    "inserted resolution": (lambda db: edit(db, "INSERT INTO resolution (claim_id, outcome, resolved_on, recorded_at) VALUES (1, 'false', '2021-09-01', '2021-09-01 00:00:00')"), "insertion"),
    "backdated resolution": (lambda db: edit(db, "UPDATE resolution SET resolved_on = '2021-05-01' WHERE id = 3"), "edit"),
    "reordered resolutions": (lambda db: edit(db, *_swap("resolution", 1, 2)), "reorder"),
    "renumbered resolution": (lambda db: edit(db, "UPDATE resolution SET id = 9 WHERE id = 1"), "reorder"),
    "swapped prediction ids": (lambda db: edit(db, *_swap("prediction", 1, 2)), "reorder"),
    "backdated recorded_at": (lambda db: edit(db, "UPDATE prediction SET recorded_at = '2020-01-01 00:00:00' WHERE id = 1"), "edit"),
    "edited tag": (lambda db: edit(db, "UPDATE prediction_tag SET tag = 'politics' WHERE tag = 'law'"), "edit"),
    "deleted tag": (lambda db: edit(db, "DELETE FROM prediction_tag WHERE tag = 'economy'"), "edit"),
    "added tag": (lambda db: edit(db, "INSERT INTO prediction_tag (prediction_id, tag, tag_key) VALUES (2, 'eu', 'eu')"), "insertion"),
    "probability with recomputed hash": (lambda db: _recompute_prediction_hash(db, 1), "edit"),
    "edited amendment reason": (lambda db: edit(db, "UPDATE amendment SET reason = 'other reason'"), "edit"),
    "inserted prediction": (lambda db: edit(db, "INSERT INTO prediction (claim_id, author, made_on, probability, recorded_at, content_hash) "
                                                "VALUES (1, 'Eve', '2021-01-05', 0.9, '2021-01-05 00:00:00', 'x')"), "insertion"),
    "deleted ledger entry": (lambda db: edit(db, "DELETE FROM ledger WHERE seq = 4"), "deletion"),
    "edited ledger entry": (lambda db: edit(db, "UPDATE ledger SET kind = 'tags' WHERE seq = 4"), "edit"),
    "truncated ledger": (lambda db: edit(db, "DELETE FROM ledger WHERE seq >= 6"), "insertion"),
}


@pytest.mark.parametrize("case", list(TAMPERING))
def test_every_kind_of_tampering_is_named(record: Tracker, case: str) -> None:
    tamper, change = TAMPERING[case]
    tamper(record.db)
    data = verify(record)
    assert not data["ok"]
    found = data["ledger"]["first_mismatch"]
    assert found is not None, data
    assert found == data["ledger"]["mismatches"][0]
    assert change in {m["change"] for m in data["ledger"]["mismatches"]}, data["ledger"]["mismatches"]
    plain = record.fails("verify")
    assert "the record was changed outside tracker" in plain.stderr
    assert f"[{change}]" in plain.stdout


def _rewrite_chain_from(db: Path, start: int) -> None:
    """The forger's last step: recompute every ledger hash after an edit (tracker's own recipe)."""
    from tracker.storage import ledger
    from tracker.storage.database import open_database

    database = open_database(db)
    with database.write() as conn:
        conn.exec_driver_sql(f"DELETE FROM ledger WHERE seq >= {start}")
        ledger.record_unrecorded(conn)
    database.dispose()


def test_a_rewrite_that_recomputes_every_hash_is_caught_by_a_published_digest(record: Tracker) -> None:
    published = record("verify", "--digest").stdout.strip()
    record("add", "A later claim", "--author", "Dee", "--date", "2021-03-01")
    assert verify(record, "--since", published)["since"]["extends"] is True
    assert verify(record, "--since", f"  {published.upper()}\n")["since"]["extends"] is True
    _recompute_prediction_hash(record.db, 1)
    _rewrite_chain_from(record.db, 1)
    data = verify(record)
    assert data["ok"], "the forged file is consistent in itself"
    data = verify(record, "--since", published)
    assert not data["ok"] and data["since"]["mismatch"]["change"] == "edit"
    assert "is not the one published" in record.fails("verify", "--since", published).stdout


def test_a_published_digest_longer_than_the_record_means_deletion(record: Tracker) -> None:
    published = record("verify", "--digest").stdout.strip()
    edit(record.db, "DELETE FROM ledger WHERE seq = 9", "DELETE FROM amendment")
    _rewrite_chain_from(record.db, 9)
    data = verify(record, "--since", published)
    assert data["since"]["mismatch"]["change"] == "deletion"


@pytest.mark.parametrize("bad", ["", "12", "x:y", "3:" + "g" * 64, "-1:" + "0" * 64, "\uff13:" + "0" * 64])
def test_a_malformed_digest_is_refused(record: Tracker, bad: str) -> None:
    assert "is not a digest" in record.fails("verify", "--since", bad, code=2).stderr


def test_digest_of_a_tampered_record_is_refused(record: Tracker) -> None:
    edit(record.db, "UPDATE resolution SET outcome = 'false' WHERE id = 2")
    result = record.fails("verify", "--digest")
    assert "no digest printed" in result.stderr


def test_a_database_from_before_the_ledger_is_upgraded_with_its_chain(tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "schema_v1.db", db)
    data = verify(Tracker(db))
    assert data["ok"] and data["ledger"]["entries"] >= 3
    with contextlib.closing(sqlite3.connect(db)) as conn:
        kinds = {k for (k,) in conn.execute("SELECT kind FROM ledger")}
        stamps = [s for (s,) in conn.execute(
            "SELECT coalesce(p.recorded_at, r.recorded_at) FROM ledger l LEFT JOIN prediction p ON l.kind = 'prediction' AND p.id = l.record_id "
            "LEFT JOIN resolution r ON l.kind = 'resolution' AND r.id = l.record_id WHERE l.kind IN ('prediction', 'resolution') ORDER BY l.seq")]
    assert {"prediction", "resolution", "tags"} <= kinds
    assert stamps == sorted(stamps), "the migration chains the rows in the order they were recorded"


# --- export and import carry the chain ---------------------------------------------------


def test_a_copy_made_by_export_and_import_verifies_against_the_originals_digest(record: Tracker, tmp_path: Path) -> None:
    record.add("Another claim", "-p", "0.2", "--tag", "x", author="Dee")
    record("amend", "4", "--tag", "y", "--reason", "retagged")
    published = record("verify", "--digest").stdout.strip()
    first = tmp_path / "first.jsonl"
    record("export", "-o", str(first))
    copy = Tracker(tmp_path / "copy.db")
    imported = copy("import", str(first))
    assert "ledger came with it" in imported.stderr
    data = verify(copy, "--since", published)
    assert data["ok"] and data["ledger"]["digest"] == published and data["since"]["extends"]
    second = tmp_path / "second.jsonl"
    copy("export", "-o", str(second))
    assert second.read_bytes() == first.read_bytes()
    # The copy goes on recording, and still extends the original's digest.
    copy("resolve", "4", "--outcome", "true", "--date", "2021-09-01")
    assert verify(copy, "--since", published)["since"]["extends"]


def test_importing_into_a_database_with_records_appends_to_its_own_chain(record: Tracker, tmp_path: Path) -> None:
    exported = tmp_path / "e.jsonl"
    record("export", "-o", str(exported))
    other = Tracker(tmp_path / "other.db")
    other.add("Something else", "-p", "0.4")
    mine = other("verify", "--digest").stdout.strip()
    assert "ledger came with it" not in other("import", str(exported)).stderr
    data = verify(other, "--since", mine)
    assert data["ok"] and data["ledger"]["entries"] > 9


def test_a_copy_of_a_forged_export_does_not_extend_the_published_digest(record: Tracker, tmp_path: Path) -> None:
    published = record("verify", "--digest").stdout.strip()
    exported = tmp_path / "e.jsonl"
    record("export", "-o", str(exported))
    lines = [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]
    # Flip the outcome in the file and drop the carried entries that would betray it.
    lines[2]["resolutions"][0]["outcome"] = True
    for line in lines:
        line["ledger"] = [e for e in line["ledger"] if e["kind"] != "resolution" or e["seq"] < 8]
    exported.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    copy = Tracker(tmp_path / "copy.db")
    assert "ledger came with it" not in copy("import", str(exported)).stderr
    assert verify(copy)["ok"], "the copy has a chain of its own"
    assert verify(copy, "--since", published)["since"]["extends"] is False


@pytest.mark.parametrize("bad", [
    "[1]", '[{"seq": 1}]', '"x"',
    '[{"seq": 0, "kind": "prediction", "record_id": 1, "content_hash": "' + "a" * 64 + '", "entry_hash": "' + "b" * 64 + '"}]',
    '[{"seq": 1, "kind": "prediction", "record_id": 1, "content_hash": "A", "entry_hash": "' + "b" * 64 + '"}]',
])
def test_a_malformed_carried_ledger_is_refused_with_its_line(tracker: Tracker, tmp_path: Path, bad: str) -> None:
    line = ('{"export_version": 1, "id": 1, "claim": "c", "author": "a", "date": "2021-01-01", "ledger": ' + bad + "}\n")
    path = tmp_path / "bad.jsonl"
    path.write_text(line, encoding="utf-8")
    assert "line 1: ledger" in tracker.fails("import", str(path), code=2).stderr


def test_the_fast_prediction_hash_is_the_canonical_json_hash() -> None:
    from tracker.storage.ledger import canonical_json, content_hash

    for content in (
        {"kind": "prediction", "id": 7, "hash": "ab" * 32, "recorded_at": "2024-01-10T09:30:00.000000Z"},
        {"kind": "prediction", "id": 2**40, "hash": "x\"y", "recorded_at": "2024-01-10T09:30:00.000000Z"},
        {"kind": "prediction", "id": 1, "hash": "ab" * 32, "recorded_at": None},
    ):
        assert content_hash(content) == sha(canonical_json(content)) == sha(
            json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":")))


def test_an_amendment_history_imported_onto_a_recorded_prediction_is_no_false_alarm(tracker: Tracker, tmp_path: Path) -> None:
    source = Tracker(tmp_path / "source.db")
    source.add("Rates fall", "-p", "0.6", author="Cy")
    source("amend", "1", "-p", "0.65", "--reason", "typo")
    exported = tmp_path / "e.jsonl"
    source("export", "-o", str(exported))
    tracker.add("Something first", "-p", "0.1")
    tracker.add("Rates fall", "-p", "0.65", author="Cy")  # the amended version, recorded here first
    result = tracker("import", str(exported), "--json").json()
    assert (result["predictions_present"], result["amendments_added"]) == (1, 1)
    assert verify(tracker)["ok"]
    edit(tracker.db, "UPDATE amendment SET hash_before = '" + "0" * 64 + "'")
    assert not verify(tracker)["ok"]


def test_every_write_path_joins_the_chain(tracker: Tracker, tmp_path: Path) -> None:
    """add, resolve, amend, import and extract --save each append entries that verify."""
    from tests.test_extract_cli import GLOBAL_RESEARCH

    counts = []

    def entries() -> int:
        return int(verify(tracker)["ledger"]["entries"])

    tracker.add("Added claim", "-p", "0.3", "--tag", "a")
    counts.append(entries())
    tracker("resolve", "1", "--outcome", "false", "--date", "2021-03-01")
    counts.append(entries())
    tracker("amend", "1", "--quote", "added", "--tag", "b", "--reason", "r")
    counts.append(entries())
    rows = tmp_path / "rows.csv"
    rows.write_text("claim,author,date,probability,tags,outcome,resolved_on\nImported,Bo,2021-01-01,0.4,x,true,2021-02-01\n", encoding="utf-8")
    tracker("import", str(rows))
    counts.append(entries())
    tracker("extract", str(GLOBAL_RESEARCH), "--save", "--yes")
    counts.append(entries())
    saved = len(tracker("list", "--json").json()) - 2
    assert counts[:4] == [2, 3, 5, 8]
    assert saved > 0 and counts[4] == 8 + saved
    assert verify(tracker)["ok"]


def test_an_import_never_launders_a_row_slipped_in_by_hand(record: Tracker, tmp_path: Path) -> None:
    edit(record.db, "INSERT INTO resolution (claim_id, outcome, resolved_on, recorded_at) VALUES (2, 'true', '2021-09-01', '2021-09-01 00:00:00')")
    rows = tmp_path / "rows.csv"
    rows.write_text("claim,author,date,probability,outcome,resolved_on\nNew one,Bo,2021-01-01,0.4,true,2021-02-01\n", encoding="utf-8")
    record("import", str(rows))
    data = verify(record)
    assert not data["ok"]
    assert [m["change"] for m in data["ledger"]["mismatches"]] == ["insertion"]
    assert "resolution 4 was added outside tracker" in data["ledger"]["first_mismatch"]["detail"]


def test_a_retraction_joins_the_chain_travels_with_a_copy_and_cannot_be_undone_quietly(record: Tracker, tmp_path: Path) -> None:
    """Retractions (issue 9) are ledger entries too: deleting or rewording one is caught, and a
    copy made by export and import carries them, so it verifies against the original's digest."""
    record("retract", "2", "--reason", "recorded on the wrong claim")
    with contextlib.closing(sqlite3.connect(record.db)) as conn:
        kinds = [k for (k,) in conn.execute("SELECT kind FROM ledger ORDER BY seq")]
    assert kinds[-1] == "retraction"
    published = record("verify", "--digest").stdout.strip()
    first = tmp_path / "first.jsonl"
    record("export", "-o", str(first))
    copy = Tracker(tmp_path / "copy.db")
    assert "ledger came with it" in copy("import", str(first)).stderr
    data = verify(copy, "--since", published)
    assert data["ok"] and data["ledger"]["digest"] == published
    second = tmp_path / "second.jsonl"
    copy("export", "-o", str(second))
    assert second.read_bytes() == first.read_bytes()
    for statement, change in (("UPDATE retraction SET reason = 'typo'", "edit"), ("DELETE FROM retraction", "deletion")):
        target = tmp_path / f"{change}.db"
        target.write_bytes(record.db.read_bytes())
        edit(target, statement)
        found = verify(Tracker(target))
        assert not found["ok"] and found["ledger"]["first_mismatch"]["change"] == change, found


def _export_lines(record: Tracker, tmp_path: Path) -> list[dict]:  # type: ignore[type-arg]
    exported = tmp_path / "e.jsonl"
    record("export", "-o", str(exported))
    return [json.loads(line) for line in exported.read_text(encoding="utf-8").splitlines()]


def _import_lines(tmp_path: Path, lines: list[dict], name: str) -> tuple[Tracker, str]:  # type: ignore[type-arg]
    path = tmp_path / f"{name}.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    copy = Tracker(tmp_path / f"{name}.db")
    return copy, copy("import", str(path)).stderr


def test_a_copy_whose_rows_come_in_another_order_still_carries_the_chain(record: Tracker, tmp_path: Path) -> None:
    """The carried entries are staged and taken in their own order, not the file's."""
    record("retract", "2", "--reason", "recorded on the wrong claim")
    published = record("verify", "--digest").stdout.strip()
    copy, stderr = _import_lines(tmp_path, list(reversed(_export_lines(record, tmp_path))), "reversed")
    assert "ledger came with it" in stderr
    data = verify(copy, "--since", published)
    assert data["ok"] and data["ledger"]["digest"] == published


@pytest.mark.parametrize("case", ["contradiction", "gap", "unknown kind"])
def test_a_carried_chain_that_does_not_hold_together_is_not_taken_over(record: Tracker, tmp_path: Path, case: str) -> None:
    """Two different entries under one number (a resolution's entry travels with each
    prediction of its claim, so the file can disagree with itself), a number missing, a kind
    tracker does not know: the copy builds a chain of its own from its rows, which verifies
    (and, the rows being the original's, comes out the same)."""
    published = record("verify", "--digest").stdout.strip()
    lines = _export_lines(record, tmp_path)
    shared = [e["seq"] for e in lines[0]["ledger"] if e["kind"] == "resolution"]
    assert shared and all(any(e["seq"] == shared[0] for e in line["ledger"]) for line in lines[:2])
    if case == "contradiction":
        for entry in lines[1]["ledger"]:
            if entry["seq"] == shared[0]:
                entry["entry_hash"] = "f" * 64
    elif case == "gap":
        for line in lines:
            line["ledger"] = [e for e in line["ledger"] if e["seq"] != 2]
    else:
        for line in lines:
            for entry in line["ledger"]:
                if entry["seq"] == shared[0]:
                    entry["kind"] = "verdict"
    copy, stderr = _import_lines(tmp_path, lines, case.replace(" ", "-"))
    assert "ledger came with it" not in stderr
    data = verify(copy, "--since", published)
    assert data["ok"] and data["ledger"]["digest"] == published


def test_taking_over_a_chain_leaves_no_table_behind(record: Tracker, tmp_path: Path) -> None:
    """The staging tables are temporary and dropped in the same connection, taken over or not."""
    from tracker.interchange.native import read_ledger
    from tracker.storage import ledger
    from tracker.storage.database import open_database

    lines = _export_lines(record, tmp_path)
    copy, _ = _import_lines(tmp_path, lines, "copy")
    with contextlib.closing(sqlite3.connect(copy.db)) as conn:
        entries = conn.execute("SELECT count(*) FROM ledger").fetchone()[0]
        conn.execute("DELETE FROM ledger")
        conn.commit()
    database = open_database(copy.db)
    try:
        for carried_entries, expected in ((lines, True), (lines[:1], False)):
            with database.write() as conn:
                carried = ledger.CarriedLedger(conn)
                for line in carried_entries:
                    carried.add(read_ledger(line["ledger"]))
                assert ledger.adopt(carried) is expected
                assert conn.exec_driver_sql("SELECT name FROM sqlite_temp_master").fetchall() == []
                assert conn.exec_driver_sql("SELECT count(*) FROM ledger").scalar() == (entries if expected else 0)
                conn.exec_driver_sql("DELETE FROM ledger")
    finally:
        database.dispose()
