"""The import's writer thread on PostgreSQL (``tracker/storage/writer.py``): each chunk's COPY
runs beside the main thread's Python, and every guarantee stays. A failure in the thread (a
constraint the database enforces), a refused row in a later chunk, and Ctrl-C in the middle
each leave the record exactly as it was, with the same one line as the import without the
thread; a good file stores the same rows and hashes. The same tests run on SQLite, which
imports without the thread, so both backends are held to the same outcome."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import Tracker, db_snapshot, fresh_database

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
from make_import_files import write_all  # noqa: E402

ROWS = 6_000  # two chunks on PostgreSQL (5,000 rows each), twelve on SQLite (500)


@pytest.fixture
def tracker(backend_tracker: Tracker) -> Tracker:
    return backend_tracker


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    return write_all(tmp_path_factory.mktemp("writer-files"), ROWS)


def _without_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """The import as it was before the thread: every insert in line, in the main thread."""
    from tracker.storage import writer

    monkeypatch.setattr(writer, "active", lambda conn: None)


def _writer_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "tracker-import-writer"]


def _native_lines(count: int) -> list[str]:
    """Rows of tracker's JSON Lines, each by its own source."""
    return [
        f'{{"claim": "Claim number {n} will happen", "author": "Ann Analyst {n}", "date": "2021-01-01", '
        f'"probability": 0.{n % 9 + 1}}}'
        for n in range(count)
    ]


def _content(tracker: Tracker) -> list[tuple[object, ...]]:
    """What an import stored, without the clock: each prediction's content hash, claim,
    source and figure, and its claim's resolutions."""
    import json

    rows = [json.loads(line) for line in tracker("export", "--json").stdout.splitlines()]
    return sorted(
        (row["hash"], row["claim"], row["author"], row["probability"],
         tuple((r["outcome"], r["resolved_on"]) for r in row["resolutions"]))
        for row in rows
    )


@pytest.fixture
def second_postgres_url(postgres_server: str | None, postgres_url: str) -> Iterator[str]:
    """Another new database on the test server, for the same file imported without the thread."""
    assert postgres_server is not None
    yield from fresh_database(postgres_server)


@pytest.mark.parametrize("fmt", ["jsonl", "predictionbook"])
def test_the_thread_stores_what_the_import_in_line_stores(postgres_url: str, second_postgres_url: str,
                                                         files: dict[str, list[Path]], fmt: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.storage import writer

    started: list[writer.Writer] = []
    start = writer.Writer.start
    monkeypatch.setattr(writer.Writer, "start", lambda self: (started.append(self), start(self))[-1])
    threaded = Tracker(postgres_url)
    report = threaded("import", *map(str, files[fmt]), "--skip-invalid", "--json").json()
    assert len(started) == 1 and not _writer_threads()
    _without_thread(monkeypatch)
    in_line = Tracker(second_postgres_url)
    expected = in_line("import", *map(str, files[fmt]), "--skip-invalid", "--json").json()
    for summary in (report, expected):
        for key in ("rejects", "file", "files"):
            summary.pop(key, None)
    assert report == expected
    assert report["predictions_added"] > 5_000
    assert _content(threaded) == _content(in_line)
    threaded("verify")


def test_a_constraint_the_database_enforces_fails_in_the_thread_and_nothing_is_stored(
        tracker: Tracker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A unique index added by hand (one prediction per source, day and figure) is broken by
    the 5,601st row, in the second chunk on PostgreSQL: the thread's COPY fails after the first
    chunk's were written, and the import reports it in one line and rolls everything back."""
    tracker.add("An earlier claim", author="Zed Zebra")
    from tracker.storage.database import database_path, open_database

    database = open_database(database_path(str(tracker.db)))
    try:
        with database.write() as conn:
            conn.exec_driver_sql("CREATE UNIQUE INDEX test_one_per_source ON prediction (author_key, made_on, probability)")
    finally:
        database.dispose()
    lines = _native_lines(5_600)
    lines.append(lines[14].replace("Claim number 14", "Another claim"))  # same source, day and figure as row 15
    source = tmp_path / "clash.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = db_snapshot(tracker.db)
    failed = tracker.fails("import", str(source))
    assert db_snapshot(tracker.db) == before
    assert "test_one_per_source" in failed.stderr or "unique" in failed.stderr.lower()
    assert not _writer_threads()
    _without_thread(monkeypatch)
    assert tracker.fails("import", str(source)).stderr == failed.stderr
    assert db_snapshot(tracker.db) == before


def test_a_refused_row_in_a_later_chunk_rolls_back_what_the_thread_wrote(tracker: Tracker, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    tracker.add("An earlier claim")
    lines = _native_lines(5_700)
    lines[5_600] = lines[5_600].replace('"probability": 0.', '"probability": 7.')
    source = tmp_path / "late.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = db_snapshot(tracker.db)
    failed = tracker.fails("import", str(source))
    assert "line 5601" in failed.stderr
    assert db_snapshot(tracker.db) == before
    _without_thread(monkeypatch)
    assert tracker.fails("import", str(source)).stderr == failed.stderr
    skipped = tracker("import", str(source), "--skip-invalid", "--rejects", str(tmp_path / "rejects.jsonl"), "--json").json()
    assert skipped["predictions_added"] == 5_699


def test_ctrl_c_in_the_middle_stops_the_thread_and_stores_nothing(tracker: Tracker, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C while the thread has chunks written and queued: the thread stops before the
    rollback, and the record is as it was."""
    tracker.add("An earlier claim")
    source = tmp_path / "long.jsonl"
    source.write_text("\n".join(_native_lines(5_800)) + "\n", encoding="utf-8")
    from tracker import interchange

    accepted = interchange.accepted

    def interrupted(*args: object, **kwargs: object) -> Iterator[object]:
        for number, record in enumerate(accepted(*args, **kwargs)):  # type: ignore[arg-type]
            if number == 5_500:
                raise KeyboardInterrupt
            yield record

    monkeypatch.setattr(interchange, "accepted", interrupted)
    before = db_snapshot(tracker.db)
    outcome = tracker("import", str(source), ok=False)
    assert outcome.exit_code == 130
    assert "interrupted" in outcome.stderr
    assert "Traceback" not in outcome.stderr
    assert db_snapshot(tracker.db) == before
    assert not _writer_threads()
    tracker("verify")
