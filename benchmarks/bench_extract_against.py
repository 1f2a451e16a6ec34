"""Time ``tracker extract`` of this checkout against another one, runs alternated.

Run: python benchmarks/bench_extract_against.py OTHER_CHECKOUT [--runs 5] [--articles 0]
     [--dont-write-bytecode]

A shared machine's speed drifts by the minute, so one checkout timed after the other compares
the minutes as much as the code. Here each round runs the other checkout's process, then this
one's, on the same 1,511-word article as ``bench_extract.py`` (its ``article()``), with the same
interpreter; it prints, per checkout, the CPU time of the process (user + system, from the
kernel's accounting of the child) and its wall time, the least and the median of the rounds,
and the load average before and after. With ``--articles N`` it also times one
``tracker extract FOLDER --json`` over N articles in each checkout (other first) and says
whether the two printed the same JSON. OTHER_CHECKOUT is a folder holding another version of
the project, for example ``git worktree add /tmp/old eba51c2`` or ``git archive eba51c2 | tar
-x -C /tmp/old``. Processes run without ``PYTHONDONTWRITEBYTECODE``, as in ``bench_extract.py``;
with ``--dont-write-bytecode`` they read no bytecode and write none (an empty
``PYTHONPYCACHEPREFIX``), so every module and pattern is compiled in every run.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import article, environment  # noqa: E402


def timed(checkout: Path, args: list[str], env: dict[str, str], out: Path | None = None) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one ``python -m tracker ARGS`` run in ``checkout``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with open(out, "wb") if out else open(os.devnull, "wb") as sink:
        subprocess.run([sys.executable, "-m", "tracker", *args], cwd=checkout, env=env, stdout=sink, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("other", type=Path, help="another checkout of the project")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--articles", type=int, default=0, help="also time a folder of this many articles")
    parser.add_argument("--dont-write-bytecode", action="store_true")
    args = parser.parse_args()
    other = args.other.resolve()
    if not (other / "tracker" / "__main__.py").is_file():
        print(f"bench_extract_against.py: {other} holds no tracker package", file=sys.stderr)
        return 2
    checkouts = {"other": other, "this": ROOT}
    with tempfile.TemporaryDirectory() as folder:
        env = environment(write_bytecode=not args.dont_write_bytecode)
        if args.dont_write_bytecode:
            env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "no-bytecode")
        one = Path(folder) / "one.txt"
        one.write_text(article(), encoding="utf-8")
        print(f"load average {os.getloadavg()[0]:.2f}; {args.runs} rounds, other then this; "
              f"{'nothing compiled kept' if args.dont_write_bytecode else 'bytecode and patterns kept in __pycache__'}")
        for checkout in checkouts.values():  # a first run writes what later runs read
            timed(checkout, ["extract", str(one)], env)
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in checkouts}
        for _ in range(args.runs):
            for name, checkout in checkouts.items():
                times[name].append(timed(checkout, ["extract", str(one)], env))
        for name, found in times.items():
            cpu = [c for c, _ in found]
            wall = [w for _, w in found]
            print(f"{name:5s} one article: CPU least {min(cpu):.3f} s median {statistics.median(cpu):.3f} s; "
                  f"wall least {min(wall):.3f} s median {statistics.median(wall):.3f} s")
        print(f"load average {os.getloadavg()[0]:.2f}")
        if args.articles:
            many = Path(folder) / "many"
            many.mkdir()
            for n in range(args.articles):
                (many / f"a{n:04}.txt").write_text(article(variant=n), encoding="utf-8")
            printed = {}
            for name, checkout in checkouts.items():
                printed[name] = Path(folder) / f"{name}.json"
                cpu, wall = timed(checkout, ["extract", str(many), "--json"], env, printed[name])
                print(f"{name:5s} {args.articles} articles, one process: CPU {cpu:.1f} s, wall {wall:.1f} s; "
                      f"load average {os.getloadavg()[0]:.2f}")
            same = printed["other"].read_bytes() == printed["this"].read_bytes()
            print(f"the two printed {'the same' if same else 'DIFFERENT'} JSON")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
