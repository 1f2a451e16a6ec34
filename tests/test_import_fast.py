"""The fast import computes ledger entries from the values it writes; the chain must be the
one ``ledger.record_unrecorded`` builds by reading the rows back (the slow path), entry for
entry, for every format and for the cases where the fast path hands over to the slow one."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.conftest import Tracker

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
from make_import_files import write_all  # noqa: E402

ROWS = 1_300  # three chunks of the importer, messy rows included


def _floors_and_count(db: Path) -> tuple[dict[str, int], int]:
    from tracker.storage import ledger
    from tracker.storage.database import open_database

    database = open_database(db)
    try:
        with database.read() as conn:
            return ledger.floors(conn), ledger.head(conn).count
    finally:
        database.dispose()


def _rebuilt_slowly(db: Path, floors: dict[str, int], count: int) -> str:
    """The chain as the slow path writes it: entries after ``count`` dropped, then rebuilt from the rows."""
    from tracker.storage import ledger
    from tracker.storage.database import open_database

    database = open_database(db)
    try:
        with database.write() as conn:
            conn.exec_driver_sql(f"DELETE FROM ledger WHERE seq > {int(count)}")
            ledger.record_unrecorded(conn, above=floors)
            return str(ledger.head(conn))
    finally:
        database.dispose()


def _digest(tracker: Tracker) -> str:
    return tracker("verify", "--digest").stdout.strip()


def _import_and_compare(tracker: Tracker, *args: str) -> dict[str, object]:
    floors, count = _floors_and_count(tracker.db) if tracker.db.exists() else ({}, 0)
    report = tracker("import", *args, "--skip-invalid", "--json").json()
    fast = _digest(tracker)
    export_fast = tracker("export", "--json").stdout
    assert _rebuilt_slowly(tracker.db, floors, count) == fast
    assert _digest(tracker) == fast
    assert tracker("export", "--json").stdout == export_fast
    return report


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    return write_all(tmp_path_factory.mktemp("files"), ROWS)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "predictionbook", "fatebook", "metaculus"])
def test_each_format_gets_the_chain_the_slow_path_builds(tracker: Tracker, files: dict[str, list[Path]], fmt: str,
                                                          tmp_path: Path) -> None:
    report = _import_and_compare(tracker, *map(str, files[fmt]), "--rejects", str(tmp_path / "rejects.out"))
    assert report["predictions_added"] > 1_000
    entries = int(_digest(tracker).split(":")[0])
    assert entries >= report["predictions_added"] + report["resolutions_added"]  # type: ignore[operator]


def test_an_import_into_a_database_with_a_record_extends_its_chain(tracker: Tracker, files: dict[str, list[Path]],
                                                                    tmp_path: Path) -> None:
    pid = tracker.add("The first claim comes true", "--probability", "0.7", "--tag", "own")
    tracker("resolve", str(pid), "--outcome", "true", "--date", "2021-06-01")
    published = _digest(tracker)
    _import_and_compare(tracker, str(files["csv"][0]), "--rejects", str(tmp_path / "rejects.csv"))
    assert tracker("verify", "--since", published, "--json").json()["since"]["extends"] is True


def test_rows_carrying_their_own_times_out_of_order_get_the_same_chain(tracker: Tracker, tmp_path: Path) -> None:
    """Later lines recorded earlier: the chain is ordered by time, so the fast path hands over."""
    lines = []
    for i in range(1_200):
        stamp = f"20{20 - i // 100:02d}-01-01T00:00:{i % 60:02d}.000000Z"
        lines.append(json.dumps({
            "claim": f"Claim {i} comes true", "author": f"Author {i % 7}", "date": "2019-01-01",
            "deadline": "2019-12-31", "probability": 0.5, "tags": [f"t{i % 3}"], "recorded_at": stamp,
            "resolutions": [{"outcome": "true", "resolved_on": "2019-12-31", "recorded_at": stamp}] if i % 2 else [],
        }))
    source = tmp_path / "backwards.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tracker.add("Something already recorded")  # not empty: the file's rows get entries of their own
    _import_and_compare(tracker, str(source))


def test_imported_amendments_and_retractions_get_the_same_chain(tracker: Tracker, tmp_path: Path) -> None:
    source = Tracker(tmp_path / "source.db")
    first = source.add("It rains in Lyon on 2021-05-01", "--probability", "0.6", "--date", "2021-01-02")
    source("amend", str(first), "--probability", "0.65", "--reason", "typo")
    second = source.add("The bridge reopens in 2021", "--probability", "0.3")
    source("resolve", str(second), "--outcome", "true", "--date", "2021-03-01")
    resolution = source("show", str(second), "--json").json()["resolutions"][0]["id"]
    source("retract", str(resolution), "--reason", "wrong bridge")
    exported = tmp_path / "export.jsonl"
    exported.write_text(source("export", "--json").stdout, encoding="utf-8")
    tracker.add("Something already recorded")
    report = _import_and_compare(tracker, str(exported))
    assert report["amendments_added"] == 1 and report["retractions_added"] == 1


def test_the_written_out_canonical_json_is_json_dumps() -> None:
    """The hashes' fast path (text, null, finite floats) gives json.dumps' bytes, or steps aside."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from tracker.storage import hashing

    value = st.one_of(st.none(), st.text(), st.floats(allow_nan=False), st.integers(), st.booleans())

    @settings(max_examples=400, deadline=None)
    @given(st.fixed_dictionaries({name: value for name in hashing.HASHED_FIELDS}))
    def check(fields: dict[str, object]) -> None:
        fast = hashing._plain_canonical_json(fields)
        if any(isinstance(v, (bool, int)) or v in (float("inf"), float("-inf")) for v in fields.values()):
            assert fast is None
        else:
            assert fast == hashing.canonical_json(fields)

    check()


def test_the_written_out_ledger_contents_are_json_dumps() -> None:
    import datetime as dt
    from types import SimpleNamespace

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from tracker.storage import ledger

    @settings(max_examples=300, deadline=None)
    @given(st.integers(1, 2**62), st.lists(st.text(min_size=1), max_size=4), st.sampled_from(["true", "false"]),
           st.none() | st.text(), st.none() | st.text())
    def check(rid: int, tags: list[str], outcome: str, evidence: str | None, note: str | None) -> None:
        assert ledger.tags_hash(rid, tags) == ledger.content_hash(ledger.tags_content(rid, tags))
        stamp = dt.datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=dt.timezone.utc)
        row = SimpleNamespace(claim_id=rid, outcome=outcome, resolved_on=dt.date(2023, 1, 1), evidence=evidence,
                              note=note, recorded_at=stamp)
        expected = ledger.content_hash(ledger.resolution_content(row))
        assert ledger.resolution_hash(rid, outcome, "2023-01-01", evidence, note, ledger._stamp(stamp) or "") == expected

    check()


def test_two_amendments_of_tags_alone_both_travel(tracker: Tracker, tmp_path: Path) -> None:
    """Found by test_ledger_properties: tags are not hashed, so two tag changes have the same
    hashes before and after; the import took the second for the first and lost the chain."""
    pid = tracker.add("Rates fall", "--tag", "eu")
    tracker("amend", str(pid), "--tag", "t5", "--reason", "fix 5")
    tracker("amend", str(pid), "--tag", "t8", "--reason", "fix 8")
    digest = _digest(tracker)
    exported = tmp_path / "e.jsonl"
    tracker("export", "-o", str(exported))
    copy = Tracker(tmp_path / "copy.db")
    report = copy("import", str(exported), "--json").json()
    assert report["amendments_added"] == 2
    assert _digest(copy) == digest
    assert copy("import", str(exported), "--json").json()["amendments_added"] == 0
