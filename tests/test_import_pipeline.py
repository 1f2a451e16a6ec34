"""The pipelined import (a forked reader, ``interchange.pipeline``) against the one-process import.

Every file is imported twice through the real CLI at the same pinned clock, once with the
reader in a second process (``TRACKER_IMPORT_PIPELINE=1``, so that even a small file takes that
path) and once in one process (``TRACKER_IMPORT_PIPELINE=0``): the summaries, the refused rows with their line numbers and reasons,
the exports and ``verify`` must be identical, and so must the message and the record left when
the whole file is refused. Hypothesis writes the messy native files (the strategy of
``test_import_plain_rows``); the foreign formats come from ``benchmarks/make_import_files.py``.
Then shutdown: a refused row, Ctrl-C and a reader that dies leave no process, no database file
and no rejects file behind.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import Tracker, db_snapshot, fresh_database
from tests.test_import_plain_rows import _SETTINGS, _csv, _jsonl, _rows
from tracker.interchange import pipeline
from tracker.records import ImportRecord, PredictionInput, ResolutionInput

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
import make_import_files

CLOCK = dt.datetime(2025, 9, 30, 12, 0, tzinfo=dt.timezone.utc)
TODAY = "2025-09-30"


@contextlib.contextmanager
def _reader(pipelined: bool) -> Iterator[None]:
    with mock.patch.dict(os.environ, {"TRACKER_IMPORT_PIPELINE": "1" if pipelined else "0"}):
        yield


def _children() -> set[int]:
    """This process's child processes (Linux)."""
    found: set[int] = set()
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        with contextlib.suppress(OSError):
            found.update(int(pid) for pid in (task / "children").read_text().split())
    return found


def _imported(db: Path | str, sources: list[Path], folder: Path, pipelined: bool, *options: str) -> list[Any]:
    """What one import printed and left behind: exit code, summary, refused rows, export, verify."""
    tracker = Tracker(db)
    rejects = folder / f"rejects{sources[-1].suffix}"  # one name for both runs: the summary names it
    before = _children()
    with _reader(pipelined), mock.patch("tracker.store.utc_now", return_value=CLOCK):
        outcome = tracker("import", *map(str, sources), *options, "--json", ok=False)
    assert _children() <= before, "the reading process outlived the import"
    refused = rejects.read_text(encoding="utf-8") if rejects.exists() else None
    rejects.unlink(missing_ok=True)
    existing = not isinstance(db, Path) or db.exists()
    if outcome.exit_code != 0 or "--dry-run" in options:
        return [outcome.exit_code, outcome.stdout, outcome.stderr, refused, existing and tracker("export", "--json", ok=False).stdout]
    verified = tracker("verify", ok=False)
    return [outcome.stdout, outcome.stderr, refused, tracker("export", "--json").stdout, verified.exit_code, verified.stdout]


def _compare(sources: list[Path], databases: Iterator[Path | str], *options: str) -> None:
    folder = sources[0].parent
    pipelined = _imported(next(databases), sources, folder, True, *options)
    alone = _imported(next(databases), sources, folder, False, *options)
    assert pipelined == alone


def _sqlite_files() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        for number in range(2):
            yield Path(tmp) / f"{number}.db"


def _native(rows: list[dict[str, Any]], kind: str, folder: Path) -> list[Path]:
    source = folder / f"rows.{kind}"
    source.write_text(_jsonl(rows) if kind == "jsonl" else _csv(rows), encoding="utf-8")
    return [source]


_OPTIONS = [("--skip-invalid", "--rejects"), (), ("--skip-invalid", "--rejects", "--dry-run"), ("--dry-run",)]


def _options(choice: tuple[str, ...], folder: Path, kind: str) -> tuple[str, ...]:
    return tuple(str(folder / f"rejects.{kind}") if o == "--rejects" and "--dry-run" not in choice else o
                 for o in choice if not (o == "--rejects" and "--dry-run" in choice))


@settings(_SETTINGS, max_examples=40)
@given(rows=_rows(), kind=st.sampled_from(["jsonl", "csv"]),
       choice=st.sampled_from(_OPTIONS))
def test_pipelined_import_stores_what_one_process_stores(rows: list[dict[str, Any]], kind: str, choice: tuple[str, ...],
                                                         monkeypatch: Any) -> None:
    monkeypatch.setenv("TRACKER_TODAY", TODAY)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _compare(_native(rows, kind, folder), _sqlite_files(), *_options(choice, folder, kind))


@settings(_SETTINGS, max_examples=8)
@given(rows=_rows(), kind=st.sampled_from(["jsonl", "csv"]))
def test_pipelined_import_stores_what_one_process_stores_on_postgresql(rows: list[dict[str, Any]], kind: str, monkeypatch: Any,
                                                                       postgres_server: str | None) -> None:
    if postgres_server is None:
        pytest.skip("PostgreSQL: no server (set TRACKER_TEST_POSTGRES)")
    monkeypatch.setenv("TRACKER_TODAY", TODAY)

    def databases() -> Iterator[str]:
        for _ in range(2):
            yield from fresh_database(postgres_server)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _compare(_native(rows, kind, folder), databases(), "--skip-invalid", "--rejects", str(folder / f"rejects.{kind}"))


@pytest.fixture(scope="module")
def format_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    """Every format, messy rows included, over several chunks of the pipe (1,200 rows)."""
    return make_import_files.write_all(tmp_path_factory.mktemp("formats"), 1_200)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "predictionbook", "fatebook", "metaculus"])
def test_every_format_pipelined_as_in_one_process(fmt: str, format_files: dict[str, list[Path]], tmp_path: Path,
                                                  monkeypatch: Any) -> None:
    monkeypatch.setenv("TRACKER_TODAY", TODAY)
    sources = format_files[fmt]
    rejects = str(sources[-1].parent / f"rejects{sources[-1].suffix}")
    _compare(sources, _sqlite_files(), "--skip-invalid", "--rejects", rejects)
    _compare(sources, _sqlite_files())  # all or nothing: the same first refusal, nothing written


def test_every_format_pipelined_on_postgresql(format_files: dict[str, list[Path]], postgres_server: str | None,
                                              monkeypatch: Any) -> None:
    if postgres_server is None:
        pytest.skip("PostgreSQL: no server (set TRACKER_TEST_POSTGRES)")
    monkeypatch.setenv("TRACKER_TODAY", TODAY)

    def databases() -> Iterator[str]:
        for _ in range(2):
            yield from fresh_database(postgres_server)

    for fmt in ("jsonl", "predictionbook", "metaculus"):
        sources = format_files[fmt]
        _compare(sources, databases(), "--skip-invalid", "--rejects", str(sources[-1].parent / "rejects.csv"))


def test_the_rows_travel_as_the_records_they_were() -> None:
    """The tuples name every field of the records, in order: a field added later is not lost on the way."""
    assert pipeline._PREDICTION_FIELDS == tuple(f.name for f in dataclasses.fields(PredictionInput))
    assert pipeline._RESOLUTION_FIELDS == tuple(f.name for f in dataclasses.fields(ResolutionInput))
    assert pipeline._RECORD_FIELDS == tuple(f.name for f in dataclasses.fields(ImportRecord))
    # and the writer fills in each field from its place in the tuple
    for rebuild, names in ((pipeline._prediction, pipeline._PREDICTION_FIELDS),
                           (pipeline._resolution, pipeline._RESOLUTION_FIELDS)):
        assert vars(rebuild(tuple(range(len(names))))) == dict(zip(names, range(len(names))))
    packed = (1, 7, tuple(range(len(pipeline._PREDICTION_FIELDS))), "resolutions", False, *range(100, 107))
    record = pipeline._unpack(packed)
    assert list(vars(record)) == list(pipeline._RECORD_FIELDS)
    assert [record.line, record.resolutions, record.amendments, record.keys] == [7, "resolutions", 100, 106]


def test_small_files_are_read_in_one_process(tmp_path: Path) -> None:
    from tracker.interchange import ImportSource

    small = tmp_path / "small.jsonl"
    small.write_text('{"claim": "A comes true", "author": "Ann", "date": "2021-01-01"}\n', encoding="utf-8")
    with ImportSource([str(small)]) as source, mock.patch.object(pipeline, "spare_core", return_value=True):
        assert not pipeline.applies(source)
        with mock.patch.object(pipeline, "MIN_BYTES", 0):
            assert pipeline.applies(source)
            with mock.patch.object(pipeline, "spare_core", return_value=False):
                assert not pipeline.applies(source)  # every core busy: one process
            with mock.patch.dict(os.environ, {"TRACKER_IMPORT_PIPELINE": "0"}):
                assert not pipeline.applies(source)
        with mock.patch.dict(os.environ, {"TRACKER_IMPORT_PIPELINE": "1"}):
            assert pipeline.applies(source)


# --- shutdown ------------------------------------------------------------------------------------


def _bad_line_file(folder: Path, rows: int, bad: int) -> Path:
    source = folder / "rows.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for i in range(1, rows + 1):
            date = "2021-02-30" if i == bad else "2021-01-01"
            out.write(f'{{"claim": "Claim {i} comes true", "author": "Ann Analyst", "date": "{date}", "probability": 0.5}}\n')
    return source


def test_a_refused_row_stops_both_processes_and_leaves_nothing(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv("TRACKER_TODAY", TODAY)
    source = _bad_line_file(tmp_path, 3_000, 2_601)
    before = _children()
    with _reader(True):
        outcome = Tracker(tmp_path / "new.db")("import", str(source), ok=False)
    assert outcome.exit_code == 2
    assert "line 2601:" in outcome.stderr and outcome.stderr.count("\n") == 1
    assert "Traceback" not in outcome.stderr
    assert not (tmp_path / "new.db").exists()
    assert not list(tmp_path.glob("*.rejects.*"))
    assert _children() <= before


def test_ctrl_c_ends_the_reader_and_changes_nothing(tracker: Tracker, tmp_path: Path, monkeypatch: Any) -> None:
    from tracker import interchange

    monkeypatch.setenv("TRACKER_TODAY", TODAY)
    tracker.add("An earlier claim comes true")
    source = _bad_line_file(tmp_path, 3_000, 0)
    accepted = interchange.accepted

    def interrupted(*args: object, **kwargs: object) -> Iterator[object]:
        for number, record in enumerate(accepted(*args, **kwargs)):  # type: ignore[arg-type]
            if number == 1_700:
                raise KeyboardInterrupt
            yield record

    monkeypatch.setattr(interchange, "accepted", interrupted)
    before, children = db_snapshot(tracker.db), _children()
    with _reader(True):
        outcome = tracker("import", str(source), "--skip-invalid", ok=False)
    assert outcome.exit_code == 130
    assert "Traceback" not in outcome.stderr
    assert db_snapshot(tracker.db) == before
    assert not list(tmp_path.glob("rows.rejects.*"))
    assert _children() <= children


def test_a_reader_that_dies_is_reported_in_one_line(tracker: Tracker, tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv("TRACKER_TODAY", TODAY)
    tracker.add("An earlier claim comes true")
    source = _bad_line_file(tmp_path, 3_000, 0)
    pack = pipeline._pack

    def dies(item: Any, *rest: Any) -> Any:  # runs in the reading process, which the mock was forked with
        if getattr(item, "line", 0) == 2_000:
            os.kill(os.getpid(), signal.SIGKILL)
        return pack(item, *rest)

    monkeypatch.setattr(pipeline, "_pack", dies)
    before, children = db_snapshot(tracker.db), _children()
    with _reader(True):
        outcome = tracker("import", str(source), ok=False)
    assert outcome.exit_code == 1
    assert "the process reading the file ended unexpectedly" in outcome.stderr
    assert "Traceback" not in outcome.stderr
    assert db_snapshot(tracker.db) == before
    assert _children() <= children


RELEASE_HOOK = Path(__file__).parent / "interrupt_at_release.py"
MOMENTS = ("commit", "rollback", "reset", "close")


def _import_interrupted_at(moment: str, db: Path, source: Path, pipelined: bool, **env: str) -> subprocess.CompletedProcess[str]:
    """``tracker --db DB import SOURCE`` with a Ctrl-C at one moment of a connection's release
    (``tests/interrupt_at_release.py``); the reader, if any, must be gone with the command."""
    variables = dict(os.environ, TRACKER_TODAY=TODAY, TRACKER_IMPORT_PIPELINE="1" if pipelined else "0",
                     TRACKER_TEST_RELEASE=moment, **env)
    variables.pop("TRACKER_DEBUG", None)
    process = subprocess.Popen([sys.executable, str(RELEASE_HOOK), "--db", str(db), "import", str(source)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=variables,
                               start_new_session=True)
    stdout, stderr = process.communicate(timeout=120)
    with pytest.raises(ProcessLookupError):
        os.killpg(process.pid, 0)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


@pytest.mark.parametrize("pipelined", [False, True], ids=["one-process", "pipeline"])
def test_a_ctrl_c_python_loses_in_a_garbage_collection_callback_still_stops_the_import(pipelined: bool,
                                                                                      tmp_path: Path) -> None:
    """The real Ctrl-C test below once ran to the end and exited 0 with a traceback: the SIGINT
    came while SQLAlchemy's weak-reference callback ran, where Python prints KeyboardInterrupt
    as "Exception ignored" and carries on. Made deterministic: such a lost Ctrl-C while the
    import inserts its rows. The write checks for it before its COMMIT: exit 130, one line,
    nothing stored (the new file is gone)."""
    source = _bad_line_file(tmp_path, 50, 0)
    db = tmp_path / "record.db"
    result = _import_interrupted_at("insert 1 lost", db, source, pipelined)
    assert result.returncode == 130, result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("tracker: error: interrupted"), result.stderr
    assert not db.exists()


@pytest.mark.parametrize(("pipelined", "existing", "how"), [
    (False, False, "signal"), (False, True, "signal"), (True, False, "signal"), (False, False, "raise")],
    ids=["one-process-new-file", "one-process-existing-file", "pipeline-new-file", "raised-new-file"])
def test_ctrl_c_while_a_connection_is_handed_back_says_one_line(pipelined: bool, existing: bool, how: str,
                                                                tmp_path: Path) -> None:
    """The race the real Ctrl-C test below met about once in three runs, made deterministic: a
    SIGINT landing while a connection rolls back, is reset by SQLAlchemy's pool or is closed
    (SQLAlchemy then logged a traceback), at each such moment of an import in turn, the
    database's opening included. Each time: exit 130 and one line, which tells the truth about
    the record: stored (the signal came just after the COMMIT) or not (a new file is gone, an
    existing one unchanged). ``raise``: KeyboardInterrupt raised there directly, not held back."""
    source = _bad_line_file(tmp_path, 50, 0)
    db, kept = tmp_path / "record.db", tmp_path / "kept.db"
    if existing:
        Tracker(kept).add("An earlier claim comes true")
    before = db_snapshot(kept)

    def fresh() -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        if existing:
            db.write_bytes(kept.read_bytes())

    fresh()
    counts = tmp_path / "count"
    assert _import_interrupted_at("close 0 none", db, source, pipelined,
                                  TRACKER_TEST_RELEASE_COUNT=str(counts)).returncode == 0
    totals = dict(zip(MOMENTS, map(int, counts.read_text().split())))
    assert min(totals.values()) >= 1, totals
    seen = set()
    for where in MOMENTS:
        for at in range(1, totals[where] + 1):
            fresh()
            done = _import_interrupted_at(f"{where} {at} {how}", db, source, pipelined)
            said = f"{where} {at}: {done.stderr!r}"
            assert done.returncode == 130, said
            assert done.stderr.count("\n") == 1 and done.stderr.startswith("tracker: error: interrupted"), said
            if "the change is stored" in done.stderr:
                seen.add("stored")
                claims = [row["claim"] for row in Tracker(db)("list", "--json").json()]
                assert len(claims) == 50 + existing, said
                assert Tracker(db)("verify", ok=False).exit_code == 0, said
            else:
                seen.add("not stored")
                assert db_snapshot(db) == before, said
                assert sorted(p.name for p in tmp_path.glob("record.db*")) == (["record.db"] if existing else []), said
    assert seen == {"stored", "not stored"}


def test_ctrl_c_under_python_m_exits_130_not_by_the_signal(tmp_path: Path) -> None:
    """``python -m tracker`` (the real Ctrl-C test's way in) once ended by SIGINT itself, after
    its one line, when the interrupt had passed through code run from a source string (CPython
    marks that and, under ``-m`` only, re-sends SIGINT at exit): made to happen every time here,
    by a ``sitecustomize`` that has the import raise KeyboardInterrupt from such code."""
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(
        "import tracker.store\n"
        "def import_records(*args, **kwargs):\n"
        "    exec('raise KeyboardInterrupt')\n"
        "tracker.store.import_records = import_records\n", encoding="utf-8")
    source = _bad_line_file(tmp_path, 10, 0)
    env = dict(os.environ, TRACKER_TODAY=TODAY, TRACKER_IMPORT_PIPELINE="0",
               PYTHONPATH=os.pathsep.join([str(hooks), str(Path(__file__).parent.parent)]))
    done = subprocess.run([sys.executable, "-m", "tracker", "--db", str(tmp_path / "new.db"), "import", str(source)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 130, (done.returncode, done.stderr)
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("tracker: error: interrupted"), done.stderr
    assert not (tmp_path / "new.db").exists()


def test_ctrl_c_on_a_terminal_leaves_no_process(tmp_path: Path) -> None:
    """The real thing: SIGINT to the whole process group of an installed-command import of a
    file large enough for the pipeline, mid-way; nothing of the group survives."""
    source = tmp_path / "big.jsonl"
    make_import_files.native(source, tmp_path / "big.csv", 40_000)
    db = tmp_path / "big.db"
    env = dict(os.environ, TRACKER_TODAY=TODAY, TRACKER_IMPORT_PIPELINE="1")
    process = subprocess.Popen([sys.executable, "-m", "tracker", "--db", str(db), "import", str(source)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, start_new_session=True)
    deadline = time.monotonic() + 60
    while not db.exists() and time.monotonic() < deadline:  # the writer has begun
        time.sleep(0.05)
    time.sleep(0.5)
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    # One line, whatever the signal cut: a connection being handed back or closed included
    # (the test above makes each such moment happen).
    assert stderr.count("\n") == 1 and stderr.startswith("tracker: error: interrupted"), stderr
    # No process of the group is left: the writer kills the reader on its way out (with Ctrl-C
    # held meanwhile); the wait is for the kernel to finish with them.
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    with pytest.raises(ProcessLookupError):
        os.killpg(process.pid, 0)
    # The line tells the truth about the record. On a loaded machine this process may sleep long
    # enough for the import to reach its COMMIT: then the change is stored, else nothing is.
    if "the change is stored" in stderr:
        assert len(Tracker(db)("list", "--json").json()) > 0
    else:
        assert not db.exists()


def test_the_readers_error_arrives_as_it_was_raised() -> None:
    from tracker.errors import Interrupted, UsageError

    for error in (UsageError("line 3: bad\\nrow"), Interrupted("stopped", 130)):
        kind = type(error)
        rebuilt = pipeline._rebuilt_error(kind.__module__, kind.__qualname__, error.message, error.exit_code)
        assert type(rebuilt) is kind and rebuilt.message == error.message and rebuilt.exit_code == error.exit_code
