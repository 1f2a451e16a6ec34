"""Benchmark: `tracker import` speed and memory per format, on files in the real exporters' formats.

Prints figures, asserts nothing. Usage (from the project root, with tracker installed):

    python benchmarks/bench_import.py --rows 100000

For each format it writes a file of ``--rows`` rows with ``make_import_files.py`` (messy rows
included), imports it into a fresh database in a child process, and prints rows read per
second of wall time (process start-up included), the child's CPU seconds and rows per CPU
second (which a busy machine disturbs less than wall time), the rows imported, skipped and
refused (``--skip-invalid``), and the child's peak memory. ``--rows`` takes several sizes
(``--rows 100000,400000,1000000``) to show that memory stays flat as the file grows.

``--pipeline 1,0`` imports each file with the reader in a second process and then in one
(``TRACKER_IMPORT_PIPELINE``); by default tracker decides. The ``target`` column is wall
rows per second as a share of issue 10's targets (50,000 for tracker's own formats, 20,000
for the others'). CPU seconds include the reading process's; ``writer CPU s`` and ``µs/row`` are
the writing process's alone (``getrusage`` of that process, start-up included), which bounds the
wall time when a core is free for the reader.

``--against DIR`` imports each file a second time with the ``tracker`` package found in DIR
(another version of the code), right after this one in each ``--pipeline`` mode, so that two
versions are compared alternately on the same load of a shared machine.

``--floor`` then writes the rows the first format's import stored (claims, predictions, tags,
resolutions, ledger entries) into an empty database of the same schema, with plain
``sqlite3`` ``executemany`` in chunks of 500, the same pragmas and the same deferred indexes,
and no check: what SQLite itself costs for this record on this machine, the floor under any
importer of this schema.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_import_files import write_all  # noqa: E402


def peak_child_kib() -> int:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


#: The issue's targets, in rows per second of wall time on two cores (issue 10).
TARGETS = {"jsonl": 50_000, "csv": 50_000}
FOREIGN_TARGET = 20_000


def run(files: list[Path], db: Path, code: Path | None = None, pipeline: str = "") -> tuple[float, float, dict[str, object], int, float]:
    """One import in a fresh process: (wall seconds, CPU seconds of the import and its reader,
    --json summary, peak RSS in KiB of the larger, CPU seconds of the writing process alone);
    ``code``: a folder holding another version's ``tracker`` package, imported instead of this
    one; ``pipeline``: TRACKER_IMPORT_PIPELINE (``1`` reads in a second process, ``0`` in one,
    empty: tracker decides).

    The process runs ``python -m tracker`` itself (``runpy``) and then asks ``getrusage`` for its
    own CPU (the writer's, start-up included) and its reaped children's (the reader's, if any)."""
    args = ["--db", str(db), "import", *map(str, files), "--skip-invalid", "--json"]
    wrapper = (
        "import resource, runpy, sys; sys.argv = ['tracker', *sys.argv[1:]]; code = 0\n"
        "try:\n    runpy.run_module('tracker', run_name='__main__', alter_sys=True)\n"
        "except SystemExit as exc:\n    code = exc.code or 0\n"
        "sys.stdout.flush(); me = resource.getrusage(resource.RUSAGE_SELF); "
        "kids = resource.getrusage(resource.RUSAGE_CHILDREN); "
        "print(me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime, max(me.ru_maxrss, kids.ru_maxrss), file=sys.stderr); "
        "sys.exit(code)"
    )
    start = time.perf_counter()
    env = dict(os.environ, TRACKER_IMPORT_PIPELINE=pipeline)
    if code is not None:
        env["PYTHONPATH"] = str(code)
    done = subprocess.run([sys.executable, "-c", wrapper, *args], capture_output=True, text=True, check=False, env=env,
                          cwd=None if code is None else code)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"import failed: {done.stderr}")
    writer, reader, peak = done.stderr.strip().splitlines()[-1].split()
    return elapsed, float(writer) + float(reader), json.loads(done.stdout), int(peak), float(writer)


FLOOR_TABLES = ("claim", "prediction", "prediction_tag", "resolution", "ledger")


def floor(imported: Path, folder: Path) -> tuple[float, float, int]:
    """(CPU seconds, wall seconds, rows) for SQLite alone to write what an import wrote."""
    import sqlite3

    from tracker.storage.bulk import BULK_CACHE_KIB, DEFER_AFTER_ROWS, DEFERRED_INDEXES
    from tracker.storage.database import open_database

    target = folder / "floor.db"
    database = open_database(target)
    with database.write():
        pass  # the schema, by tracker's own migrations
    database.dispose()
    source = sqlite3.connect(imported)
    tables = []
    for name in FLOOR_TABLES:
        cursor = source.execute(f'SELECT * FROM "{name}" ORDER BY rowid')
        columns = ", ".join(f'"{d[0]}"' for d in cursor.description)
        marks = ", ".join("?" for _ in cursor.description)
        tables.append((f'INSERT INTO "{name}" ({columns}) VALUES ({marks})', cursor.fetchall()))
    source.close()
    rows = sum(len(values) for _, values in tables)
    predictions = len(tables[1][1])
    conn = sqlite3.connect(target, isolation_level=None)
    for pragma in ("foreign_keys = ON", "synchronous = FULL", f"cache_size = -{BULK_CACHE_KIB}"):
        conn.execute(f"PRAGMA {pragma}")
    indexes = [(n, sql) for n, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
               if n in DEFERRED_INDEXES] if predictions >= DEFER_AFTER_ROWS else []
    start, cpu = time.perf_counter(), time.process_time()
    conn.execute("BEGIN IMMEDIATE")
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    for sql, values in tables:
        for at in range(0, len(values), 500):
            conn.executemany(sql, values[at : at + 500])
    for _, sql in indexes:
        conn.execute(sql)
    conn.execute("COMMIT")
    cpu, wall = time.process_time() - cpu, time.perf_counter() - start
    conn.close()
    return cpu, wall, rows


def main() -> None:
    parser = argparse.ArgumentParser(description="Time `tracker import` per format.")
    parser.add_argument("--rows", default="100000", help="one size or several, comma-separated: 100000,400000")
    parser.add_argument("--formats", default="jsonl,csv,predictionbook,fatebook,metaculus")
    parser.add_argument("--floor", action="store_true", help="also time SQLite alone writing the first format's rows")
    parser.add_argument("--pipeline", default="",
                        help="TRACKER_IMPORT_PIPELINE for this code's imports, or several comma-separated to run "
                             "each in turn: 1 (reader in a second process), 0 (one process); default: tracker decides")
    parser.add_argument("--against", type=Path, metavar="DIR",
                        help="also import each file with the tracker package in DIR (another version, say "
                             "`git archive COMMIT tracker | tar -x -C DIR`), alternately with this one, on the same load")
    args = parser.parse_args()
    sizes = [int(size) for size in args.rows.split(",")]
    formats = args.formats.split(",")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
    modes = args.pipeline.split(",")
    print(f"{'format':<15}{'rows':>10}{'seconds':>9}{'rows/s':>9}{'target':>8}{'CPU s':>8}{'rows/CPU s':>11}"
          f"{'added':>10}{'skipped':>9}{'refused':>9}{'peak MiB':>10}{'writer CPU s':>14}{'µs/row':>8}")
    peaks: dict[str, list[tuple[int, int]]] = {}
    for rows in sizes:
        with tempfile.TemporaryDirectory(prefix="tracker-bench-import-") as tmp:
            folder = Path(tmp)
            files = write_all(folder / "files", rows)
            for number, fmt in enumerate(formats):
                db = folder / f"{fmt}.db"
                target = TARGETS.get(fmt, FOREIGN_TARGET)
                for mode_number, mode in enumerate(modes):
                    if db.exists():
                        db.unlink()
                    seconds, cpu, summary, peak, writer = run(files[fmt], db, pipeline=mode)
                    peaks.setdefault(fmt + (f" (pipeline {mode})" if mode else ""), []).append((rows, peak))
                    label = fmt if len(modes) == 1 else f"{fmt} p={mode or 'auto'}"
                    print(f"{label:<15}{rows:>10,}{seconds:>9.2f}{rows / seconds:>9,.0f}{rows / seconds / target:>8.0%}{cpu:>8.2f}"
                          f"{rows / cpu:>11,.0f}{summary['predictions_added']:>10,}{summary['skipped']:>9,}{summary['refused']:>9,}"
                          f"{peak / 1024:>10.0f}{writer:>14.2f}{writer / rows * 1e6:>8.1f}", flush=True)
                    if mode_number == 0:
                        for reason, count in {**summary["skipped_by_reason"], **summary["refused_by_reason"]}.items():  # type: ignore[dict-item]
                            print(f"{'':<15}  {count:>8,}  {reason}")
                    if args.against is not None:  # the other version, right after, on the same load
                        db.unlink()
                        o_seconds, o_cpu, o_summary, o_peak, o_writer = run(files[fmt], db, args.against.resolve(), mode)
                        print(f"{'  against':<15}{rows:>10,}{o_seconds:>9.2f}{rows / o_seconds:>9,.0f}"
                              f"{rows / o_seconds / target:>8.0%}{o_cpu:>8.2f}{rows / o_cpu:>11,.0f}"
                              f"{o_summary['predictions_added']:>10,}{o_summary['skipped']:>9,}{o_summary['refused']:>9,}"
                              f"{o_peak / 1024:>10.0f}{o_writer:>14.2f}{o_writer / rows * 1e6:>8.1f}  ({args.against})", flush=True)
                if args.floor and number == 0:
                    f_cpu, f_wall, written = floor(db, folder)
                    print(f"{'  SQLite floor':<15}{rows:>10,}{f_wall:>9.2f}{rows / f_wall:>9,.0f}{'':>8}{f_cpu:>8.2f}{rows / f_cpu:>11,.0f}"
                          f"  ({written:,} rows into 5 tables: plain executemany, no checks)", flush=True)
                db.unlink()
    if len(sizes) > 1:
        print("peak memory by size: " + "; ".join(
            f"{fmt} " + ", ".join(f"{rows:,}: {peak / 1024:.0f} MiB" for rows, peak in runs) for fmt, runs in peaks.items()))
    print(f"load average {os.getloadavg()[0]:.1f} at the end; 'target' is wall rows/s as a share of issue 10's "
          f"({TARGETS['jsonl']:,} rows/s for tracker's own formats, {FOREIGN_TARGET:,} for each other tool's)")


if __name__ == "__main__":
    main()
