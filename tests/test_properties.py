"""Property test: random histories, every scorecard, calibration and compare figure against
the plain-Python reference in ``reference_scoring.py``, and export then import is the
identity, byte for byte.

Histories mix predictions with and without probabilities, repeated predictions by one source
on one claim, spellings of one name, claims worded alike under other deadlines, resolutions
(repeated, re-dated, early) and retractions. Each operation goes through the real store
functions on a real SQLite file; an operation the store refuses is left out of the reference
too. Run with ``pytest -s tests/test_properties.py`` to see how much was compared.
"""

from __future__ import annotations

import datetime as dt
import math
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tests import reference_scoring as ref
from tracker import aggregates, store
from tracker.cli import app
from tracker.storage.database import database_path, open_database
from tracker.errors import UsageError
from tracker.queries import Filters
from tracker.records import PredictionInput, ResolutionInput

START = dt.date(2020, 1, 1)
CLAIMS = [
    ("Alpha happens", None),
    ("alpha  happens.", None),  # the same claim, typed differently
    ("Alpha happens", dt.date(2020, 6, 30)),  # the same words, another deadline
    ("Beta happens", dt.date(2021, 3, 31)),
    ("Gamma happens", None),
    ("Delta happens", None),
    ("Epsilon happens", dt.date(2020, 12, 31)),
    ("Zeta happens", None),
]
AUTHORS = ["Ann Analyst", "ann  analyst", "ANN ANALYST", "Bob", "bob", "ZOË ÖLUND", "Zoë Ölund"]
OUTLETS = [None, "Daily", "daily ", "Weekly"]
TAGS = ["War", "war", "econ"]
PROBABILITIES = [None, None, None, 0.0, 0.1, 0.25, 0.3, 0.5, 0.5, 0.6, 0.75, 0.9, 0.99, 1.0, 1 / 3]
OUTCOMES = ["true", "false", "false", "true", "ambiguous", "annulled"]
# Each history is scored as of today and as of one date drawn from these days since START.
AS_OF_DAYS = st.integers(0, 650)

COUNTS = {"histories": 0, "operations": 0, "predictions": 0, "resolutions": 0, "retractions": 0,
          "fields": 0, "export_bytes": 0, "cli_runs": 0}

add_op = st.tuples(
    st.just("add"), st.integers(0, len(CLAIMS) - 1), st.integers(0, len(AUTHORS) - 1),
    st.integers(0, len(OUTLETS) - 1), st.lists(st.sampled_from(TAGS), max_size=2),
    st.sampled_from(PROBABILITIES), st.sampled_from([0, 1, 45, 90, 150, 151, 240, 320]), st.integers(0, 2),
)
resolve_op = st.tuples(
    st.just("resolve"), st.integers(0, 50), st.sampled_from(OUTCOMES), st.integers(200, 700), st.booleans(),
)
retract_op = st.tuples(st.just("retract"), st.integers(0, 20))
histories = st.lists(
    st.one_of(add_op, add_op, add_op, add_op, resolve_op, resolve_op, resolve_op, retract_op), min_size=15, max_size=40
)


def build(path: Any, ops: list[tuple[Any, ...]]) -> ref.History:
    """Apply ``ops`` through the store, one transaction each; return the accepted history."""
    h = ref.History()
    database = open_database(path)
    try:
        for op in ops:
            try:
                with database.write() as conn:
                    if op[0] == "add":
                        _, c, a, o, tags, p, day, quote = op
                        text, deadline = CLAIMS[c]
                        made_on = START + dt.timedelta(days=day)
                        if deadline is not None and deadline < made_on:
                            deadline = None if c != 2 else deadline
                        entry = PredictionInput(
                            claim=text, author=AUTHORS[a], made_on=made_on, probability=p, deadline=deadline,
                            outlet=OUTLETS[o], quote=f"quote {quote}", tags=tuple(tags),
                        )
                        result = store.add_prediction(conn, entry)  # stores p rounded to 6 places (README)
                        if result.created:
                            claim_id = h.claim_for(text, deadline)
                            assert result.id == len(h.preds) + 1
                            h.preds.append(ref.Pred(
                                result.id, claim_id, AUTHORS[a].strip(), None if OUTLETS[o] is None else OUTLETS[o].strip(),
                                made_on, None if p is None else round(p, 6), ref.stored_tags(tags),
                            ))
                    elif op[0] == "resolve":
                        _, pick, outcome, day, early = op
                        if not h.preds:
                            continue
                        pred = h.preds[pick % len(h.preds)]
                        entry = ResolutionInput(outcome=outcome, resolved_on=START + dt.timedelta(days=day),
                                                note="certain already" if early else None)
                        result = store.resolve_prediction(conn, pred.id, entry, early=early)
                        if result.created:
                            assert result.resolution_id == len(h.resolutions) + 1
                            h.resolutions.append(ref.Res(result.resolution_id, pred.claim_id, outcome, entry.resolved_on))
                    else:
                        _, pick = op
                        if not h.resolutions:
                            continue
                        target = h.resolutions[pick % len(h.resolutions)]
                        store.retract_resolution(conn, target.id, "recorded by mistake")
                        target.retracted = True
            except UsageError:
                pass  # refused by the store: not part of the history
    finally:
        database.dispose()
    return h


def same(got: Any, want: Any, where: str) -> None:
    """Equal, floats to 1e-9; counts every scalar compared."""
    if isinstance(want, dict):
        assert isinstance(got, dict) and set(got) >= set(want), (where, got, want)
        for key in want:
            same(got[key], want[key], f"{where}.{key}")
        return
    if isinstance(want, list):
        assert isinstance(got, list) and len(got) == len(want), (where, got, want)
        for n, (g, w) in enumerate(zip(got, want)):
            same(g, w, f"{where}[{n}]")
        return
    COUNTS["fields"] += 1
    if isinstance(want, float) and not isinstance(want, bool):
        assert got is not None and math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-12), (where, got, want)
    else:
        assert got == want and type(got) is type(want), (where, got, want)


@pytest.fixture(scope="module", autouse=True)
def _report_counts() -> Any:
    yield
    print(
        f"\nproperty test: {COUNTS['histories']} generated histories ({COUNTS['operations']} operations; accepted: "
        f"{COUNTS['predictions']} predictions, {COUNTS['resolutions']} resolutions, {COUNTS['retractions']} retracted); "
        f"{COUNTS['fields']} figures compared with the reference; {COUNTS['export_bytes']} bytes of export "
        f"re-imported and compared; {COUNTS['cli_runs']} CLI runs"
    )


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(ops=histories, as_of_day=AS_OF_DAYS)
def test_every_figure_matches_the_reference(ops: list[tuple[Any, ...]], as_of_day: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        check_history(ops, as_of_day, Path(folder), lambda name: str(Path(folder) / f"{name}.db"))


@settings(max_examples=20, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(ops=histories, as_of_day=AS_OF_DAYS)
def test_every_figure_matches_the_reference_on_postgresql(ops: list[tuple[Any, ...]], as_of_day: int, postgres_url: str) -> None:
    """The same histories on PostgreSQL (the first 20 of them, to keep the suite fast): each
    database is a fresh schema of the test database."""
    import uuid

    from tests.conftest import admin_sql

    def locate(name: str) -> str:
        schema = f"{name.replace('-', '_')}_{uuid.uuid4().hex[:12]}"
        admin_sql(postgres_url, f"CREATE SCHEMA {schema}")
        return f"{postgres_url}?options=-csearch_path%3D{schema}"

    with tempfile.TemporaryDirectory() as folder:
        check_history(ops, as_of_day, Path(folder), locate)


def check_history(ops: list[tuple[Any, ...]], as_of_day: int, folder: Path, locate: Any) -> None:
    """Build the history in the database ``locate("history")`` names, then compare every figure."""
    path = database_path(locate("history"))
    h = build(path, ops)
    COUNTS["histories"] += 1
    COUNTS["operations"] += len(ops)
    COUNTS["predictions"] += len(h.preds)
    COUNTS["resolutions"] += len(h.resolutions)
    COUNTS["retractions"] += sum(r.retracted for r in h.resolutions)
    database = open_database(path)
    try:
        with database.read() as conn:
            for as_of in (None, START + dt.timedelta(days=as_of_day)):
                for every in (False, True):
                    for by in aggregates.GROUPINGS:
                        got = aggregates.scorecard(conn, Filters(every=every), by=by, as_of=as_of)
                        want = ref.scorecard(h, by=by, as_of=as_of, every=every)
                        same([s.as_dict() for s in got], want, f"scorecard by {by} as_of {as_of} every {every}")
                    cal = aggregates.calibration(conn, Filters(every=every), as_of=as_of).as_dict()
                    same(cal, ref.calibration(h, as_of=as_of, every=every), f"calibration as_of {as_of}")
                    for kind, value in (("author", "ann analyst"), ("tag", "WAR")):
                        selection = {kind: value}
                        got_cal = aggregates.calibration(conn, Filters(every=every, **selection), as_of=as_of)
                        same(got_cal.as_dict(), ref.calibration(h, as_of=as_of, every=every, **selection), f"calibration {selection}")
                    got = aggregates.scorecard(conn, Filters(every=every, outlet="daily", tag="war"), by="author", as_of=as_of)
                    want = ref.scorecard(h, as_of=as_of, every=every, outlet="daily", tag="war")
                    same([s.as_dict() for s in got], want, "scorecard filtered by outlet and tag")
                authors = {ref.fold(p.author) for p in h.preds}
                for a, b in (("Ann Analyst", "bob"), ("ann analyst", "zoë ölund"), ("BOB", "ZOË ÖLUND")):
                    if ref.fold(a) in authors and ref.fold(b) in authors:
                        got_cmp = aggregates.compare(conn, a, b, as_of=as_of)
                        same([c.as_dict() for c in got_cmp.claims], ref.compare(h, a, b, as_of=as_of), f"compare {a} {b}")
                        for row in ref.scorecard(h, as_of=as_of):
                            # Invariant: hits + misses + (scored at exactly 0.5) = scored.
                            assert row["hits"] + row["misses"] <= row["scored"]
                outlets = {ref.fold(p.outlet) for p in h.preds if p.outlet}
                for a, b in zip(sorted(outlets), sorted(outlets)[1:]):
                    got_cmp = aggregates.compare(conn, a, b, by="outlet", as_of=as_of)
                    want_cmp = ref.compare(h, a, b, as_of=as_of, by="outlet")
                    same([c.as_dict() for c in got_cmp.claims], want_cmp, f"compare outlets {a} {b}")
    finally:
        database.dispose()
    check_cli_and_round_trip(path, h, folder, locate)


def check_cli_and_round_trip(path: Any, h: ref.History, folder: Path, locate: Any) -> None:
    """Export then import is the identity, byte for byte (through the library functions the
    CLI calls, and through the CLI itself on every fourth history), and the scorecard the
    CLI prints matches the reference."""
    import io
    import json

    from tracker import queries, render
    from tracker.interchange import read_records

    def export(db_path: Any) -> str:
        database = open_database(db_path)
        try:
            out = io.StringIO()
            with database.read() as conn:
                render.write_json_lines(queries.iter_export(conn), out)
            return out.getvalue()
        finally:
            database.dispose()

    exported = export(path)
    copy_file = folder / "export.jsonl"
    copy_file.write_text(exported, encoding="utf-8")
    copy_db = database_path(locate("copy"))
    database = open_database(copy_db)
    try:
        with database.write() as conn:
            store.import_records(conn, read_records(str(copy_file)))
    finally:
        database.dispose()
    assert export(copy_db) == exported
    COUNTS["export_bytes"] += len(exported.encode("utf-8"))
    if COUNTS["histories"] % 4 or not h.preds:
        return
    runner = CliRunner()

    def run(db_path: Any, *args: str) -> str:
        result = runner.invoke(app, ["--db", getattr(db_path, "url", str(db_path)), *args])
        COUNTS["cli_runs"] += 1
        assert result.exit_code == 0, (args, result.stderr)
        return result.stdout

    same(json.loads(run(path, "scorecard", "--json", "--min-scored", "0")), ref.scorecard(h, min_scored=0), "cli scorecard")
    same(json.loads(run(path, "scorecard", "--json", "--by", "tag", "--every")), ref.scorecard(h, by="tag", every=True), "cli tags")
    cli_copy = locate("cli_copy")
    run(cli_copy, "import", str(copy_file))
    assert run(cli_copy, "export") == run(path, "export") == exported
