"""Benchmark: what the ledger (the hash chain over the record) costs.

Prints figures, asserts nothing. Usage (from the project root, with tracker installed):

    python benchmarks/bench_ledger.py --rows 50000

It imports N synthetic predictions (with tags, half of them resolved) through `tracker
import`, then times: building the chain alone for those rows (what the import spends on
it), `tracker verify` and `tracker verify --since DIGEST` as whole processes, and
`tracker export` followed by an import of the export into an empty database, which
carries the chain.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run(*args: str) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "tracker", *args], capture_output=True, text=True, check=True)
    return time.perf_counter() - started, done.stdout


def run_with_peak(*args: str) -> tuple[float, int]:
    """Seconds and the peak resident memory (KiB) of one tracker process."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "tracker", *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"tracker {' '.join(args)} failed ({child.returncode})")
    return time.perf_counter() - started, usage.ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=50_000)
    rows = parser.parse_args().rows
    rng = random.Random(14)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "rows.csv"
        with source.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["claim", "author", "date", "probability", "tags", "outcome", "resolved_on"])
            for n in range(rows):
                resolved = n % 2 == 0
                writer.writerow([f"Claim number {n}", f"Author {n % 500}", "2021-01-01", f"{rng.randint(1, 99)}%",
                                 f"tag{n % 12}", rng.choice(["true", "false"]) if resolved else "",
                                 "2022-01-01" if resolved else ""])
        db = folder / "bench.db"
        seconds, _ = run("--db", str(db), "import", str(source))
        print(f"tracker import of {rows:,} rows: {seconds:.2f} s ({rows / seconds:,.0f} rows/s), ledger included")

        from tracker.storage import ledger
        from tracker.storage.database import open_database

        database = open_database(db)
        with database.write() as conn:
            entries = ledger.head(conn).count
            conn.exec_driver_sql("DELETE FROM ledger")
            started = time.perf_counter()
            ledger.record_unrecorded(conn)
            chain = time.perf_counter() - started
        database.dispose()
        print(f"building the chain alone: {chain:.2f} s for {entries:,} entries ({entries / chain:,.0f} entries/s)")

        seconds, _ = run("--db", str(db), "verify")
        print(f"tracker verify: {seconds:.2f} s")
        _, digest = run("--db", str(db), "verify", "--digest")
        seconds, _ = run("--db", str(db), "verify", "--since", digest.strip())
        print(f"tracker verify --since DIGEST: {seconds:.2f} s")
        exported = folder / "export.jsonl"
        seconds, _ = run("--db", str(db), "export", "-o", str(exported))
        print(f"tracker export (carrying the chain): {seconds:.2f} s, {exported.stat().st_size / 1e6:.1f} MB")
        seconds, peak = run_with_peak("--db", str(folder / "copy.db"), "import", str(exported))
        print(f"tracker import of the export into an empty database (chain adopted): {seconds:.2f} s, "
              f"peak memory {peak / 1024:,.0f} MiB")
        seconds, peak = run_with_peak("--db", str(folder / "again.db"), "import", str(source))
        print(f"tracker import of the same rows as CSV (chain built chunk by chunk): {seconds:.2f} s, "
              f"peak memory {peak / 1024:,.0f} MiB")


if __name__ == "__main__":
    main()
