"""Benchmark: the same import and scorecard on SQLite and on PostgreSQL.

Prints figures, asserts nothing. Usage (from the project root, with tracker[postgres] installed):

    python benchmarks/bench_postgres.py --rows 1000000 [--url postgresql://user:pw@host/db] [--backends postgresql]

With --postgres-db URL (and --sqlite-db PATH) it imports nothing and times the scorecard on
those databases as they are (built by an earlier import of these rows), so that two versions
of tracker can be compared on one record: run it with PYTHONPATH pointing at each.

The `tracker scorecard` processes run as an installed tracker runs: from compiled bytecode
(a warm-up run writes it into a temporary PYTHONPYCACHEPREFIX even where
PYTHONDONTWRITEBYTECODE is set, which would otherwise compile tracker's sources in every
process), against a server whose caches that run has warmed, as the other measurements'.

Without --url (or $TRACKER_TEST_POSTGRES) it starts a throwaway server with
tests/pg_server.sh and stops it at the end. It generates the synthetic rows of
bench_scorecard.py, then on each backend: `tracker import` (whole process, rows/s; on
PostgreSQL also its stages: each table's COPY, the lookups, the other statements, ANALYZE,
and the rest, measured in-process), `tracker
scorecard --json` (whole process), the scorecard query alone, and the same aggregate written
by hand: in raw sqlite3, and typed into psql (its \\timing) for PostgreSQL.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_scorecard import generate, raw_sqlite_time, timed  # noqa: E402

RAW_PG = """
WITH latest AS (
  SELECT r.claim_id, r.outcome, r.resolved_on FROM resolution r
  WHERE NOT EXISTS (SELECT 1 FROM retraction x WHERE x.resolution_id = r.id)
    AND NOT EXISTS (SELECT 1 FROM resolution l WHERE l.claim_id = r.claim_id AND l.id > r.id
                    AND NOT EXISTS (SELECT 1 FROM retraction x WHERE x.resolution_id = l.id))
), s AS (
  SELECT p.author_key AS source, p.probability AS p,
         CASE l.outcome WHEN 'true' THEN 1 WHEN 'false' THEN 0 END AS o,
         CASE WHEN l.outcome IS NOT NULL THEN 1 ELSE 0 END AS resolved,
         lead(p.id) OVER (PARTITION BY p.author_key, p.claim_id ORDER BY p.made_on, p.recorded_at, p.id) AS next_id
  FROM prediction p LEFT JOIN latest l ON l.claim_id = p.claim_id
  WHERE l.resolved_on IS NULL OR p.made_on <= l.resolved_on
)
SELECT source, count(*), sum(resolved), sum(CASE WHEN o IS NOT NULL THEN 1 ELSE 0 END),
       sum(CASE WHEN o IS NULL THEN 0 WHEN p IS NULL THEN o WHEN p > 0.5 THEN o WHEN p < 0.5 THEN 1 - o ELSE 0 END),
       sum(CASE WHEN o IS NOT NULL AND p IS NOT NULL THEN (p - o) * (p - o) END),
       sum(CASE WHEN o IS NOT NULL AND p IS NOT NULL THEN ln(CASE WHEN o = 1 THEN least(greatest(p, 0.001), 0.999) ELSE 1 - least(greatest(p, 0.001), 0.999) END) END)
FROM s WHERE next_id IS NULL GROUP BY source
"""

ROOT = Path(__file__).resolve().parent.parent


def import_in_process(db: str, source: Path) -> tuple[float, float, dict[str, list[float]]]:
    """`tracker import` in this process: (wall seconds, this process's CPU seconds, stages).

    The stages say where the wall time went: each table's ``COPY`` (seconds, rows), the
    lookups and other statements (seconds, statements), ``ANALYZE``. What is left is this
    process's own work (reading, checking, hashing, the ledger) and the server's time on
    statements not counted here; the server's own CPU time is not counted."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from tracker.cli import app
    from tracker.storage import backend

    stages: dict[str, list[float]] = {}
    # The COPY runs on the import's writer thread where there is one (``copy_into``, beside
    # the main thread's Python); older versions ran it in line (``copy_rows``).
    patched = "copy_into" if hasattr(backend, "copy_into") else "copy_rows"
    original = getattr(backend, patched)
    try:
        from tracker.storage.writer import Writer
    except ImportError:
        Writer = None  # noqa: N806 - a version without the writer thread
    original_wait = Writer.wait if Writer is not None else None
    waited = [0.0]

    def counted(conn, table, names, columns):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        original(conn, table, names, columns)
        stage = stages.setdefault(f"COPY {table.name}", [0.0, 0])
        stage[0] += time.perf_counter() - start
        stage[1] += len(columns[0]) if columns else 0

    def wait(self):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        try:
            original_wait(self)  # type: ignore[misc]
        finally:
            waited[0] += time.perf_counter() - start

    def before(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        conn.info["bench_started"] = (time.perf_counter(), waited[0])

    def after(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        words = statement.split()
        kind = "ANALYZE" if words[:1] == ["ANALYZE"] else "SELECT (lookups)" if words[:1] == ["SELECT"] else "other statements"
        stage = stages.setdefault(kind, [0.0, 0])
        started, waited_before = conn.info.pop("bench_started")
        stage[0] += time.perf_counter() - started - (waited[0] - waited_before)  # waiting for the writer is its own stage
        stage[1] += 1

    setattr(backend, patched, counted)
    if Writer is not None:
        Writer.wait = wait  # type: ignore[method-assign]
    event.listen(Engine, "before_cursor_execute", before, insert=True)
    event.listen(Engine, "after_cursor_execute", after)
    try:
        import resource

        def children_cpu() -> float:  # the reading process of a pipelined import (TRACKER_IMPORT_PIPELINE)
            usage = resource.getrusage(resource.RUSAGE_CHILDREN)
            return usage.ru_utime + usage.ru_stime

        start, cpu_start, reader_start = time.perf_counter(), time.process_time(), children_cpu()
        with contextlib.redirect_stderr(io.StringIO()):  # the import's own summary
            code = app(["--db", db, "import", str(source)], standalone_mode=False)
        took, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        reader = children_cpu() - reader_start
        if reader:
            stages["(CPU of the reading process, beside the client's)"] = [reader, 0]
    finally:
        setattr(backend, patched, original)
        if Writer is not None:
            Writer.wait = original_wait  # type: ignore[method-assign]
        event.remove(Engine, "before_cursor_execute", before)
        event.remove(Engine, "after_cursor_execute", after)
    assert not code, code
    if Writer is not None:
        stages["waiting for the writer thread"] = [waited[0], 0]
    return took, cpu, stages


def query_in_process(db: str, repeat: int) -> tuple[float, int]:
    from tracker import aggregates
    from tracker.queries import Filters
    from tracker.storage.database import database_path, open_database

    database = open_database(database_path(db))
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        with database.read() as conn:
            scores = aggregates.scorecard(conn, Filters())
        times.append(time.perf_counter() - start)
    database.dispose()
    return min(times), len(scores)


def psql_time(url: str, repeat: int) -> tuple[float, int]:
    """The hand-written aggregate typed into psql; psql's own \\timing, best of ``repeat``."""
    sql = " ".join(RAW_PG.split())
    args = ["psql", "-X", "-q", "-d", url, "-c", "\\timing on"] + ["-c", sql] * repeat
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    times = [float(m) / 1000 for m in re.findall(r"Time: ([0-9.]+) ms", out)]
    rows = len(re.findall(r"^\s*author \d+", out, flags=re.MULTILINE)) // repeat
    return min(times), rows


def scorecards(tracker: list[str], backends: list[tuple[str, str]], repeat: int) -> None:
    """The scorecard on each backend: whole process, the query in this process, and the
    same aggregate by hand (raw sqlite3; typed into psql)."""
    whole: dict[str, float] = {}
    for label, db in backends:
        subprocess.run([*tracker, "--db", db, "scorecard", "--json"], check=True, stdout=subprocess.DEVNULL)  # warm-up
        best, median = timed([*tracker, "--db", db, "scorecard", "--json"], repeat)
        whole[label] = best
        print(f"{label:10} tracker scorecard --json:  {best:8.2f} s  (median {median:.2f} s, whole process)")
        best_q, sources = query_in_process(db, repeat)
        whole[label + " query"] = best_q
        print(f"{label:10} scorecard query in-process:{best_q:8.2f} s  ({sources} sources)", flush=True)
        if label == "sqlite":
            seconds, sources = raw_sqlite_time(Path(db), repeat)
            print(f"sqlite     same aggregate, raw sqlite3:{seconds:7.2f} s  ({sources} sources)", flush=True)
        else:
            typed, rows = psql_time(db, repeat)
            print(f"postgresql same aggregate typed into psql: {typed:.2f} s  ({rows} sources, psql \\timing)")
            print(f"postgresql tracker scorecard / psql: {whole['postgresql'] / typed:.2f}x whole process, "
                  f"{whole['postgresql query'] / typed:.2f}x the query alone", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3, help="scorecard runs per figure (0: time the import alone)")
    parser.add_argument("--backends", default="sqlite,postgresql",
                        help="which to measure, comma-separated (default: sqlite,postgresql)")
    parser.add_argument("--url", help="a PostgreSQL server's admin URL (default: $TRACKER_TEST_POSTGRES, else start one)")
    parser.add_argument("--postgres-db", metavar="URL", help="time the scorecard on this database; import nothing")
    parser.add_argument("--sqlite-db", metavar="PATH", help="with --postgres-db: the SQLite file to time beside it")
    args = parser.parse_args()
    tracker = [sys.executable, "-m", "tracker"]
    admin = args.url or os.environ.get("TRACKER_TEST_POSTGRES")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # the tracker processes below, as installed
        os.environ["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        if args.postgres_db:
            backends = [("sqlite", args.sqlite_db)] if args.sqlite_db else []
            scorecards(tracker, [*backends, ("postgresql", args.postgres_db)], args.repeat)
            return
        server_dir = None
        if not admin:
            server_dir = Path(tempfile.mkdtemp(prefix="tracker-bench-pg-"))
            server_dir.chmod(0o755)
            admin = subprocess.run([str(ROOT / "tests" / "pg_server.sh"), "start", f"{server_dir}/server"],
                                   check=True, capture_output=True, text=True).stdout.strip()
        import psycopg

        name = f"bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")  # type: ignore[arg-type]
        url = admin.rsplit("/", 1)[0] + "/" + name
        try:
            source = folder / "bench.csv"
            generate(source, args.rows)
            print(f"{args.rows:,} synthetic predictions (bench_scorecard.py's rows)")
            sqlite_db = str(folder / "bench.db")
            backends = [(label, db) for label, db in (("sqlite", sqlite_db), ("postgresql", url))
                        if label in args.backends.split(",")]
            for label, db in backends:
                took, cpu, stages = import_in_process(db, source)
                reader = stages.pop("(CPU of the reading process, beside the client's)", [0.0])[0]
                print(f"{label:10} tracker import:            {took:8.2f} s  ({args.rows / took:,.0f} rows/s, "
                      f"{args.rows / took / 50_000:.0%} of issue 11's 50,000; client CPU {cpu:.2f} s, "
                      f"{args.rows / cpu:,.0f} rows/CPU s" + (f"; its reading process {reader:.2f} CPU s" if reader else "") + ")",
                      flush=True)
                if label != "postgresql":
                    continue
                copies = [(stage, spent, int(rows)) for stage, (spent, rows) in stages.items() if stage.startswith("COPY")]
                copied, copy_time = sum(rows for *_, rows in copies), sum(spent for _, spent, _ in copies)
                print(f"{'':10}   COPY stage: {copied:,} rows in {copy_time:.2f} s ({copied / max(copy_time, 1e-9):,.0f} rows/s)")
                for stage, spent, rows in sorted(copies, key=lambda c: -c[1]):
                    print(f"{'':10}     {stage:28} {spent:7.2f} s  {rows:>10,} rows ({rows / max(spent, 1e-9):,.0f} rows/s)")
                for stage in ("SELECT (lookups)", "other statements", "ANALYZE"):
                    spent, count = stages.get(stage, [0.0, 0])
                    print(f"{'':10}   {stage:30} {spent:7.2f} s  {int(count):>6,} statements")
                main_thread = ("SELECT (lookups)", "other statements", "ANALYZE")
                if "waiting for the writer thread" in stages:
                    # The COPYs ran on the writer thread, beside the main thread: only the
                    # main thread's waits for them are part of the wall time.
                    main_thread += ("waiting for the writer thread",)
                    print(f"{'':10}   the main thread waiting for the writer thread's COPYs: "
                          f"{stages['waiting for the writer thread'][0]:.2f} s")
                counted = sum(stages.get(n, [0.0])[0] for n in main_thread) + (0 if len(main_thread) > 3 else copy_time)
                print(f"{'':10}   the rest (tracker's own Python, waits): {took - counted:.2f} s", flush=True)
            if args.repeat:
                scorecards(tracker, backends, args.repeat)
        finally:
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")  # type: ignore[arg-type]
            if server_dir is not None:
                subprocess.run([str(ROOT / "tests" / "pg_server.sh"), "stop", f"{server_dir}/server"], check=False)
                subprocess.run(["rm", "-rf", str(server_dir)], check=False)


if __name__ == "__main__":
    main()
