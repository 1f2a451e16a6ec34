"""Benchmark: build a large database through `tracker import`, then time the scorecard.

Prints figures, asserts nothing. Usage (from the project root, with tracker installed):

    python benchmarks/bench_scorecard.py --rows 1000000

It prints the import rate, the wall time of `tracker scorecard --json` (a whole process,
start-up included), the time of the scorecard query alone, and the same aggregate written
by hand in raw sqlite3 for comparison, plus `tracker calibration` and `tracker --help`.
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RAW_SQL = """
WITH latest AS (
  SELECT r.claim_id, r.outcome, r.resolved_on FROM resolution r
  WHERE NOT EXISTS (SELECT 1 FROM retraction x WHERE x.resolution_id = r.id)
    AND NOT EXISTS (SELECT 1 FROM resolution l WHERE l.claim_id = r.claim_id AND l.id > r.id
                    AND NOT EXISTS (SELECT 1 FROM retraction x WHERE x.resolution_id = l.id))
), s AS (
  SELECT p.author_key AS source, p.probability AS p,
         CASE l.outcome WHEN 'true' THEN 1 WHEN 'false' THEN 0 END AS o,
         l.outcome IS NOT NULL AS resolved,
         lead(p.id) OVER (PARTITION BY p.author_key, p.claim_id ORDER BY p.made_on, p.recorded_at, p.id) AS next_id
  FROM prediction p LEFT JOIN latest l ON l.claim_id = p.claim_id
  WHERE l.resolved_on IS NULL OR p.made_on <= l.resolved_on
)
SELECT source, count(*), sum(resolved), sum(o IS NOT NULL),
       sum(CASE WHEN o IS NULL THEN 0 WHEN p IS NULL THEN o WHEN p > 0.5 THEN o WHEN p < 0.5 THEN 1 - o ELSE 0 END),
       sum(CASE WHEN o IS NOT NULL AND p IS NOT NULL THEN (p - o) * (p - o) END),
       sum(CASE WHEN o IS NOT NULL AND p IS NOT NULL THEN ln(CASE WHEN o = 1 THEN min(max(p, 0.001), 0.999) ELSE 1 - min(max(p, 0.001), 0.999) END) END)
FROM s WHERE next_id IS NULL GROUP BY source
"""


def generate(path: Path, rows: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["claim", "author", "outlet", "date", "deadline", "probability", "tags", "outcome", "resolved_on"])
        for i in range(rows):
            p = round(rng.random(), 2)
            outcome = rng.choices(["true", "false", "ambiguous", ""], weights=[35, 35, 5, 25])[0]
            writer.writerow([
                f"Synthetic claim {i} comes true", f"Author {i % 500}", f"Outlet {i % 50}",
                f"{2015 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}", "2025-12-31",
                "" if i % 20 == 0 else p, f"topic{i % 12}", outcome, "2025-06-01" if outcome else "",
            ])


def timed(cmd: list[str], repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def raw_sqlite_time(db: Path, repeat: int) -> tuple[float, int]:
    """The best of ``repeat`` runs of the hand-written aggregate in plain sqlite3: (seconds, sources)."""
    conn = sqlite3.connect(db)
    conn.create_function("ln", 1, lambda v: math.log(v) if v and v > 0 else None)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        raw = conn.execute(RAW_SQL).fetchall()
        times.append(time.perf_counter() - start)
    conn.close()
    return min(times), len(raw)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the database at this path")
    args = parser.parse_args()
    tracker = [sys.executable, "-m", "tracker"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "bench.csv"
        db = args.keep or folder / "bench.db"
        start = time.perf_counter()
        generate(source, args.rows)
        print(f"generated {args.rows:,} rows ({source.stat().st_size / 1e6:.1f} MB CSV) in {time.perf_counter() - start:.1f} s")

        start = time.perf_counter()
        subprocess.run([*tracker, "--db", str(db), "import", str(source)], check=True, stdout=subprocess.DEVNULL)
        took = time.perf_counter() - start
        print(f"tracker import:             {took:8.2f} s  ({args.rows / took:,.0f} rows/s)")

        best, median = timed([*tracker, "--db", str(db), "scorecard", "--json"], args.repeat)
        print(f"tracker scorecard --json:   {best:8.2f} s  (median {median:.2f} s, whole process)")
        best, median = timed([*tracker, "--db", str(db), "scorecard", "--by", "tag", "--json"], args.repeat)
        print(f"tracker scorecard --by tag: {best:8.2f} s  (median {median:.2f} s)")
        best, median = timed([*tracker, "--db", str(db), "calibration", "--json"], args.repeat)
        print(f"tracker calibration --json: {best:8.2f} s  (median {median:.2f} s)")

        from tracker import aggregates
        from tracker.storage.database import open_database
        from tracker.queries import Filters

        database = open_database(db)
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            with database.read() as conn:
                scores = aggregates.scorecard(conn, Filters())
            times.append(time.perf_counter() - start)
        database.dispose()
        print(f"scorecard query in-process: {min(times):8.2f} s  ({len(scores)} sources)")

        seconds, sources = raw_sqlite_time(db, args.repeat)
        print(f"same aggregate, raw sqlite3:{seconds:8.2f} s  ({sources} sources)")

        best, median = timed([*tracker, "--help"], max(args.repeat, 5))
        print(f"tracker --help:             {best:8.2f} s  (median {median:.2f} s)")
        print(f"database size: {Path(db).stat().st_size / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
