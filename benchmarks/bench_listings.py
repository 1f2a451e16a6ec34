"""Benchmark: every listing and `--help` on a big record. Prints figures, asserts nothing.

Usage (from the project root, with tracker installed):

    python benchmarks/bench_listings.py --rows 1000000

The database is built once through `tracker import` (the synthetic rows of
bench_scorecard.py) into benchmarks/out/listings-N.db and reused by later runs. Each listing
is timed as a whole process, as a user meets it: on a terminal (the newest 50 rows and a
line saying how many more; simulated with TTY_COMPATIBLE=1, which Rich and tracker read as a
terminal) and piped (every row streamed as tab-separated lines, timed to the first row and
to the last). The queries behind each page (the page and its count) are also timed in
process, without Python's start-up. `tracker --help` and `--version` are compared with
`python -c "import typer"` in interleaved rounds, and `python -X importtime` shows where
start-up time goes. CPU time (user + system) is printed beside wall time: on a machine shared
with other jobs it is the steadier measure of what a command costs. Tracker's bytecode is cached in every timed run, as in an installed
package. `--only WORD` times some listings, `--no-stream` skips the whole streams.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_scorecard import generate  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
TRACKER = [sys.executable, "-m", "tracker"]


def build(rows: int) -> Path:
    OUT.mkdir(exist_ok=True)
    db = OUT / f"listings-{rows}.db"
    if db.exists():
        print(f"reusing {db} ({db.stat().st_size / 1e6:.0f} MB)")
        return db
    source = OUT / f"listings-{rows}.csv"
    generate(source, rows)
    partial = db.with_suffix(".partial.db")
    partial.unlink(missing_ok=True)
    start = time.perf_counter()
    subprocess.run([*TRACKER, "--db", str(partial), "import", str(source)], check=True, stdout=subprocess.DEVNULL)
    # Some resolved claims get a second prediction by another author, so compare has shared claims.
    twin = OUT / f"listings-{rows}-twins.csv"
    with source.open(encoding="utf-8") as src, twin.open("w", encoding="utf-8") as dst:
        header = next(src)
        dst.write(header)
        for i, line in enumerate(src):
            if i % 10 == 0:
                fields = line.split(",")
                fields[1] = "Author 0" if fields[1] != "Author 0" else "Author 1"
                fields[5] = "0.5"
                dst.write(",".join(fields))
    subprocess.run([*TRACKER, "--db", str(partial), "import", str(twin)], check=True, stdout=subprocess.DEVNULL)
    partial.rename(db)
    source.unlink()
    twin.unlink()
    print(f"built {db} in {time.perf_counter() - start:.0f} s")
    return db


def timed(cmd: list[str], repeat: int, env: dict[str, str] | None = None) -> tuple[float, float, float]:
    """Best and median wall time, and the best CPU time (user + system) of the process: on a
    machine shared with other jobs, CPU time says what the command costs, wall time what a user
    waited."""
    times, cpu = [], []
    for _ in range(repeat):
        start, used = time.perf_counter(), child_cpu()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        times.append(time.perf_counter() - start)
        cpu.append(child_cpu() - used)
    return min(times), statistics.median(times), min(cpu)


def child_cpu() -> float:
    """CPU seconds (user + system) used by this benchmark's finished child processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def first_row(cmd: list[str], env: dict[str, str] | None = None, whole: bool = True) -> tuple[float, float, int]:
    """Seconds to the first streamed line, to the last, and the number of lines (or only the
    first line, when not ``whole``)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert proc.stdout is not None
    proc.stdout.readline()
    first = time.perf_counter() - start
    if not whole:
        proc.kill()
        proc.wait()
        return first, float("nan"), 1
    lines = 1 + sum(1 for _ in proc.stdout)
    proc.wait()
    return first, time.perf_counter() - start, lines


def import_time(args: list[str], env: dict[str, str] | None = None) -> float:
    """Cumulative import time of the whole program, in seconds, from python -X importtime."""
    result = subprocess.run([sys.executable, "-X", "importtime", *args], capture_output=True, text=True, env=env)
    total = 0
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \|( *)\S", line)
        if match and len(match.group(2)) == 1:  # top-level imports only
            total += int(match.group(1))
    return total / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--skip-processes", action="store_true", help="only the in-process and start-up figures")
    parser.add_argument("--only", metavar="WORD", help="time only the listings whose name contains WORD")
    parser.add_argument("--no-stream", action="store_true", help="piped: time the first row only, not the whole stream")
    args = parser.parse_args()
    db = build(args.rows)
    if args.build_only:
        return
    base = [*TRACKER, "--db", str(db)]
    listings = {
        "list": ["list"],
        "list --author 'Author 7'": ["list", "--author", "Author 7"],
        "list --status due": ["list", "--status", "due"],
        "list --tag topic3": ["list", "--tag", "topic3"],
        "due": ["due"],
        "compare 'Author 0' 'Author 1'": ["compare", "Author 0", "Author 1"],
        "show 1": ["show", "1"],
    }
    if args.only:
        listings = {name: cmd for name, cmd in listings.items() if args.only in name}
    if not args.skip_processes:
        whole_processes(base, listings, args.repeat, stream=not args.no_stream)
    in_process(db, args.repeat)
    startup(args.repeat)


def whole_processes(base: list[str], listings: dict[str, list[str]], repeat: int, stream: bool = True) -> None:
    # As installed, tracker's bytecode is cached (see startup()).
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "TTY_COMPATIBLE")}
    terminal = {**env, "TTY_COMPATIBLE": "1", "COLUMNS": "120"}
    subprocess.run([*base, "show", "1"], check=True, stdout=subprocess.DEVNULL, env=terminal)
    print(f"\nbest (median) of {repeat} whole-process runs, bytecode cached; load average {load()}")
    print(f"{'listing':<34} {'terminal':>16} {'CPU':>8} {'piped: 1st row':>15} {'piped: all':>12} {'rows':>9}")
    for name, cmd in listings.items():
        best, median, cpu = timed([*base, *cmd], repeat, env=terminal)
        first, total, lines = first_row([*base, *cmd], env, whole=stream)
        print(f"{name:<34} {best:7.2f} s ({median:.2f}) {cpu:6.2f} s {first:13.2f} s {total:10.2f} s {lines:>9,}")


def load() -> str:
    """The load average over 1, 5 and 15 minutes: how busy the machine was."""
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def in_process(db: Path, repeat: int) -> None:
    """The queries behind a terminal page, without Python's start-up: the page and its count."""
    from tracker import aggregates, queries
    from tracker.storage.database import open_database
    from tracker.queries import Filters

    database = open_database(db)
    cases = {
        "list": (Filters(), "newest"),
        "list --author 'Author 7'": (Filters(author="Author 7"), "newest"),
        "list --status due": (Filters(status="due"), "newest"),
        "list --tag topic3": (Filters(tag="topic3"), "newest"),
        "due": (Filters(status="due"), "deadline"),
    }
    print(f"\nin-process, best of {repeat}: first page of 51 rows, and the count under it")
    with database.read() as conn:
        for name, (filters, order) in cases.items():
            page, count = [], []
            for _ in range(repeat):
                start = time.perf_counter()
                rows = list(queries.iter_predictions(conn, filters, order=order, limit=51))
                page.append(time.perf_counter() - start)
                start = time.perf_counter()
                total, exact = queries.count_listing(conn, filters)
                count.append(time.perf_counter() - start)
            print(f"{name:<34} page {min(page) * 1000:7.1f} ms   count {min(count) * 1000:7.1f} ms"
                  f"   ({'' if exact else 'more than '}{total:,})   {len(rows)} rows")
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            shared = len(aggregates.compare(conn, "Author 0", "Author 1").claims)
            times.append(time.perf_counter() - start)
        print(f"{'compare (all shared claims)':<34} {min(times) * 1000:7.1f} ms   ({shared:,} claims)")
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            queries.get_prediction(conn, 1, others=50)
            times.append(time.perf_counter() - start)
        print(f"{'show 1':<34} {min(times) * 1000:7.1f} ms")
    database.dispose()


def startup(repeat: int) -> None:
    # As installed: Python may cache tracker's bytecode (PYTHONDONTWRITEBYTECODE, set on some
    # CI machines, would recompile cli.py on every run, which an installed tracker never does).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([*TRACKER, "--help"], check=True, stdout=subprocess.DEVNULL, env=env)
    repeat = max(repeat, 30)
    commands = {
        'python -c "import typer"': [sys.executable, "-c", "import typer"],
        "tracker --help": [*TRACKER, "--help"],
        "tracker --version": [*TRACKER, "--version"],
    }
    # Interleaved, so a busy moment on a shared machine slows all three alike.
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, cmd in commands.items():
            start, used = time.perf_counter(), child_cpu()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
            times[name].append(time.perf_counter() - start)
            cpu[name].append(child_cpu() - used)
    print(f"\nstart-up, bytecode cached, {repeat} interleaved rounds: best (median); load average {load()}")
    typer_name = 'python -c "import typer"'
    base_best, base_median = min(times[typer_name]), statistics.median(times[typer_name])
    base_cpu = statistics.median(cpu[typer_name])
    for name, values in times.items():
        best, median, used = min(values), statistics.median(values), statistics.median(cpu[name])
        print(f"{name:<34} {best:7.3f} s ({median:.3f})  {best / base_best:.2f}x ({median / base_median:.2f}x) import typer"
              f"   CPU median {used:.3f} s, {used / base_cpu:.2f}x")
    print("\npython -X importtime, sum of top-level imports:")
    print(f"{'import typer':<34} {import_time(['-c', 'import typer'], env):7.3f} s")
    print(f"{'tracker --help':<34} {import_time(['-m', 'tracker', '--help'], env):7.3f} s")


if __name__ == "__main__":
    main()
