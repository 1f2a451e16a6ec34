"""Benchmark: `tracker import` speed and memory per format, on files in the real exporters' formats.

Prints figures, asserts nothing. Usage (from the project root, with tracker installed):

    python benchmarks/bench_import.py --rows 100000

For each format it writes a file of ``--rows`` rows with ``make_import_files.py`` (messy rows
included), imports it into a fresh database in a child process, and prints rows read per
second of wall time (process start-up included), the child's CPU seconds and rows per CPU
second (which a busy machine disturbs less than wall time), the rows imported, skipped and
refused (``--skip-invalid``), and the child's peak memory. Run it at two sizes to see that memory
stays flat as the file grows.
"""

from __future__ import annotations

import argparse
import json
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


def run(files: list[Path], db: Path) -> tuple[float, float, dict[str, object], int]:
    """One import in a fresh process: (wall seconds, CPU seconds, --json summary, peak RSS in KiB)."""
    cmd = [sys.executable, "-m", "tracker", "--db", str(db), "import", *map(str, files), "--skip-invalid", "--json"]
    wrapper = (
        "import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
        "sys.stdout.write(r.stdout); sys.stderr.write(r.stderr); "
        "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
        "print(u.ru_utime + u.ru_stime, file=sys.stderr); print(u.ru_maxrss, file=sys.stderr); sys.exit(r.returncode)"
    )
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"import failed: {done.stderr}")
    *_, cpu, peak = done.stderr.strip().splitlines()
    return elapsed, float(cpu), json.loads(done.stdout), int(peak)


def main() -> None:
    parser = argparse.ArgumentParser(description="Time `tracker import` per format.")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--formats", default="jsonl,csv,predictionbook,fatebook,metaculus")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tracker-bench-import-") as tmp:
        folder = Path(tmp)
        files = write_all(folder / "files", args.rows)
        print(f"{'format':<15}{'rows':>9}{'seconds':>9}{'rows/s':>9}{'CPU s':>8}{'rows/CPU s':>11}"
              f"{'added':>9}{'skipped':>9}{'refused':>9}{'peak MiB':>10}")
        for fmt in args.formats.split(","):
            db = folder / f"{fmt}.db"
            seconds, cpu, summary, peak = run(files[fmt], db)
            rows = args.rows
            print(f"{fmt:<15}{rows:>9,}{seconds:>9.2f}{rows / seconds:>9,.0f}{cpu:>8.2f}{rows / cpu:>11,.0f}"
                  f"{summary['predictions_added']:>9,}{summary['skipped']:>9,}{summary['refused']:>9,}{peak / 1024:>10.0f}")
            for reason, count in {**summary["skipped_by_reason"], **summary["refused_by_reason"]}.items():  # type: ignore[dict-item]
                print(f"{'':<15}  {count:>7,}  {reason}")


if __name__ == "__main__":
    main()
