"""Benchmark: `tracker import` of PredictionBook's API JSON, pages of 1,000 predictions.

Prints figures, asserts nothing. Usage (from the project root, with tracker installed):

    python benchmarks/bench_predictionbook_json.py --pages 20

Writes ``--pages`` files shaped like ``GET /api/my_predictions?page_size=1000`` answers
(the fields of PredictionBook's serializers, Rails' compact JSON, timestamps like
``2019-03-02T10:15:04.000Z``), with what real pages hold: comments without a confidence,
repeated wagers, users who share a name, wagers after the deadline or the judgement,
withdrawn and private questions, line breaks and invisible characters in titles, and a few
bad confidences. Imports them all in one run (``--skip-invalid``) into a fresh database in a
child process, and prints the wagers read per second of wall time (process start-up
included), the child's CPU seconds, what was imported, skipped and refused, and the child's
peak memory. Run it at two sizes to see how memory grows with the pages (each page is read
whole; the records are written in chunks). ``--reader-only`` times the reader alone, in a
child process, without a database: the records it yields per second and its peak memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from bench_import import run  # noqa: E402  (the same whole-process timing as the other formats)

WORDS = ("bitcoin", "election", "launch", "rain", "marathon", "treaty", "GDP", "Mars", "vaccine", "strike",
         "record", "merger", "census", "eclipse", "final", "budget", "ceasefire", "IPO", "drought", "summit")
USERS = [(n, f"user{n}") for n in range(1, 301)] + [(1001, "Alex"), (1002, "Alex"), (1003, "\u200b")]


def stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def prediction(rng: random.Random, number: int) -> dict[str, Any]:
    created = dt.datetime(2010, 1, 1) + dt.timedelta(seconds=rng.randrange(14 * 365 * 86400))
    deadline = created + dt.timedelta(days=rng.randrange(1, 900))
    title = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(4, 12)))
    if rng.random() < 0.01:
        title = title.replace(" ", "\n", 1)  # 257 of 18,667 real titles hold a line break
    if rng.random() < 0.005:
        title = title.replace(" ", " \u200b\u0096 ", 1)
    judged = None
    outcome = None
    if deadline < dt.datetime(2024, 6, 1) and rng.random() < 0.8:
        judged = deadline + dt.timedelta(days=rng.randrange(-30, 60))
        judged = max(judged, created + dt.timedelta(hours=1))
        outcome = rng.random() < 0.4
    responses = []
    moment = created
    end = min(judged, deadline) if judged else deadline
    for index in range(rng.randrange(1, 7)):
        user, label = (USERS[0] if index == 0 else rng.choice(USERS))
        if index:
            moment = moment + (end - moment) * rng.random()
            if rng.random() < 0.03:
                moment = end + dt.timedelta(hours=rng.randrange(1, 200))  # after the judgement or deadline
        confidence: Any = rng.randrange(0, 101)
        comment = None
        if index and rng.random() < 0.3:
            confidence, comment = None, "what about " + rng.choice(WORDS)
        elif rng.random() < 0.1:
            comment = "because\n" + rng.choice(WORDS)
        if rng.random() < 0.001:
            confidence = 140
        responses.append({"comment": comment, "confidence": confidence, "created_at": stamp(moment), "id": number * 10 + index,
                          "updated_at": stamp(moment), "user_id": user, "user_label": label})
    wagers = [r["confidence"] for r in responses if r["confidence"] is not None]
    return {
        "created_at": stamp(created), "creator_id": 1, "creator_label": "user1", "deadline": stamp(deadline),
        "description_with_group": title, "description": title, "group_id": None, "id": number,
        "mean_confidence": sum(wagers) // len(wagers) if wagers else 0, "outcome": outcome, "prediction_group_id": None,
        "last_judgement_at": stamp(judged) if judged else None, "updated_at": stamp(judged or created),
        "uuid": f"00000000-0000-4000-8000-{number:012d}", "version": 1,
        "visibility": "visible_to_creator" if rng.random() < 0.05 else "visible_to_everyone",
        "withdrawn": rng.random() < 0.01, "responses": responses,
    }


def write_pages(folder: Path, pages: int) -> list[Path]:
    rng = random.Random(10)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for page in range(pages):
        predictions = [prediction(rng, 100_000 + page * 1000 + n) for n in range(1000)]
        path = folder / f"my_predictions_page{page + 1}.json"
        path.write_text(json.dumps({"user": {"email": "user1@example.org", "name": "user1", "user_id": 1},
                                    "predictions": predictions}, separators=(",", ":")), encoding="utf-8")
        paths.append(path)
    return paths


def read_only(files: list[Path]) -> tuple[float, float, int, int]:
    """The reader alone in a fresh process: (seconds, CPU seconds, items yielded, peak RSS in KiB)."""
    code = (
        "import resource, sys, time; from tracker.interchange import ImportSource; "
        "start, cpu = time.perf_counter(), time.process_time(); "
        "src = ImportSource(sys.argv[1:]); n = sum(1 for _ in src); src.close(); "
        "print(time.perf_counter() - start, time.process_time() - cpu, n, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    done = subprocess.run([sys.executable, "-c", code, *map(str, files)], capture_output=True, text=True, check=True)
    seconds, cpu, items, peak = done.stdout.split()
    return float(seconds), float(cpu), int(items), int(peak)


def main() -> None:
    parser = argparse.ArgumentParser(description="Time `tracker import` of PredictionBook API pages.")
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--reader-only", action="store_true", help="time the reader alone, without a database")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tracker-bench-pbjson-") as tmp:
        files = write_pages(Path(tmp) / "pages", args.pages)
        wagers = sum(
            1 for f in files for p in json.loads(f.read_text(encoding="utf-8"))["predictions"]
            for r in p["responses"] if r["confidence"] is not None
        )
        megabytes = sum(f.stat().st_size for f in files) / 1024**2
        if args.reader_only:
            seconds, cpu, items, peak = read_only(files)
            print(f"{args.pages} pages ({megabytes:.1f} MB), {wagers:,} wagers: the reader yields {items:,} records and "
                  f"refusals in {seconds:.2f} s ({items / seconds:,.0f}/s), CPU {cpu:.2f} s ({items / cpu:,.0f}/CPU s), "
                  f"peak memory {peak / 1024:.0f} MiB")
            return
        elapsed, cpu, summary, peak = run(files, Path(tmp) / "bench.db")
        print(f"{args.pages} pages ({megabytes:.1f} MB), {wagers:,} wagers: {elapsed:.1f} s, {wagers / elapsed:,.0f} wagers/s, "
              f"CPU {cpu:.1f} s ({wagers / cpu:,.0f} wagers/CPU s), peak memory {peak / 1024:.0f} MiB")
        print(f"imported {summary['predictions_added']:,} ({summary['predictions_present']:,} already present), "
              f"{summary['resolutions_added']:,} resolutions, {summary['claims_added']:,} claims, "
              f"{len(summary['sources'])} sources; skipped {summary['skipped']:,} {summary['skipped_by_reason']}; "
              f"refused {summary['refused']:,} {summary['refused_by_reason']}")


if __name__ == "__main__":
    main()
