"""Benchmark the extractor: quality on the labelled corpus, and speed.

Run: python benchmarks/bench_extract.py [--articles 1000] [--skip-quality] [--skip-speed]
     [--split dev] [--genre GENRE]

Quality (the same scoring as tests/test_extract_quality.py, see tests/extraction_eval.py):
rules alone beside rules + detector, for the dev and test splits of tests/corpus, per
genre, plus the two seed articles. The test split is scored here only to report; while
working, ``--split dev`` (or ``train``) scores one split and ``--genre`` one genre.

Speed, as a user meets it: one ``tracker extract`` process on a 1,500-word article
(target under 1 s, wall time, best of 3), and one ``tracker extract FOLDER --json`` over
``--articles`` such articles (target 1,000 in under 10 minutes; the progress bar is on
stderr). The articles are built from the project's own seed texts. The processes run as an
installed package does: with Python's bytecode and the rules' compiled regular expressions
written to ``__pycache__`` by the first run (``PYTHONDONTWRITEBYTECODE`` is taken out of their
environment unless ``--dont-write-bytecode``, which measures every run compiling both afresh).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import extraction_eval  # noqa: E402

ARTICLE_WORDS = 1500
ONE_ARTICLE_TARGET_S = 1.0
THOUSAND_TARGET_S = 600.0


def quality(splits: tuple[str, ...] = ("dev", "test"), genre: str | None = None) -> None:
    if not extraction_eval.corpus_available():
        print(f"quality: skipped, no shared corpus at {extraction_eval.shared_corpus()}")
        return
    for split in splits:
        for detector in (False, True):
            print(extraction_eval.score_split(split, detector=detector, genre=genre).table())
    for split in splits:
        for kind, (right, counted) in sorted(extraction_eval.weather_record(split).items()):
            print(f"weather record {split:5s} {kind:22s} {right:4d} of {counted:4d} clear forecasts, "
                  f"(right + 1) / (counted + 2) = {(right + 1) / (counted + 2):.3f}")
    if genre is not None:
        return
    for split in splits:
        for low, high, units, mean, share in extraction_eval.calibration(split):
            print(f"calibration {split:5s} confidence {low:.1f}-{high:.1f}: units {units:5d} mean confidence {mean:.3f} forecasts {share:.3f}")
    for split in splits:
        for low, high, count, mean, share in extraction_eval.candidate_calibration(split):
            print(f"candidate calibration {split:5s} confidence {low:.1f}-{high:.1f}: candidates {count:4d} mean confidence {mean:.3f} forecasts {share:.3f}")
    for name, text, labels in extraction_eval.seed_articles():
        for detector in (False, True):
            extraction = extraction_eval.extract(text, detector=detector, min_confidence=extraction_eval.DEFAULT_MIN_CONFIDENCE if detector else 0.0)
            score = extraction_eval.score_article(name, text, labels, extraction)
            print(f"seed  {'rules+detector' if detector else 'rules':14s} {name} own clear {score.clear_found}/{score.clear_labels} "
                  f"false positives {score.fp} reported found {score.reported_found}/{score.reported_labels}")


def article(words: int = ARTICLE_WORDS, variant: int = 0) -> str:
    """A ``words``-word article made of the seed texts' paragraphs (rotated by ``variant``
    so that the files differ)."""
    paragraphs = [p for path in sorted((ROOT / "seeds").glob("*.txt")) for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    paragraphs = paragraphs[variant % len(paragraphs):] + paragraphs[: variant % len(paragraphs)]
    out: list[str] = [f"Article {variant}", "By Jane Roe", "March 3, 2024"]
    count = 0
    while count < words:
        for paragraph in paragraphs:
            out.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                break
    return "\n\n".join(out) + "\n"


def environment(write_bytecode: bool = True) -> dict[str, str]:
    """This process's environment, without ``PYTHONDONTWRITEBYTECODE`` unless asked to keep it."""
    env = dict(os.environ)
    if write_bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run(args: list[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "tracker", *args], check=True, stdout=subprocess.DEVNULL, cwd=ROOT, env=env)
    return time.perf_counter() - started


def speed(articles: int, write_bytecode: bool = True) -> bool:
    env = environment(write_bytecode)
    print(f"bytecode and compiled patterns {'written to __pycache__ by the first run' if write_bytecode else 'compiled afresh in every run'}; "
          f"load average {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory() as folder:
        one = Path(folder) / "one.txt"
        one.write_text(article(), encoding="utf-8")
        print(f"article: {len(one.read_text(encoding='utf-8').split())} words")
        single = min(run(["extract", str(one)], env) for _ in range(3))
        print(f"one article, whole process: {single:.2f} s (target < {ONE_ARTICLE_TARGET_S} s)")
        many = Path(folder) / "many"
        many.mkdir()
        for n in range(articles):
            (many / f"a{n:04}.txt").write_text(article(variant=n), encoding="utf-8")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "tracker", "extract", str(many), "--json"], check=True, stdout=subprocess.DEVNULL, cwd=ROOT,
                       env=env)
        elapsed = time.perf_counter() - started
        scaled = elapsed * 1000 / articles
        print(f"{articles} articles, one process: {elapsed:.1f} s ({scaled:.0f} s per 1,000; target < {THOUSAND_TARGET_S:.0f} s); "
              f"load average {os.getloadavg()[0]:.2f}")
        return single < ONE_ARTICLE_TARGET_S and scaled < THOUSAND_TARGET_S


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--skip-quality", action="store_true")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--split", choices=("train", "dev", "test"), action="append",
                        help="score only this split (repeatable; default: dev and test)")
    parser.add_argument("--genre", help="score only this genre's texts (no calibration tables)")
    parser.add_argument("--dont-write-bytecode", action="store_true",
                        help="time processes that compile the bytecode and the rules' patterns afresh every run")
    args = parser.parse_args()
    if not args.skip_quality:
        quality(tuple(args.split or ("dev", "test")), args.genre)
    if not args.skip_speed:
        return 0 if speed(args.articles, write_bytecode=not args.dont_write_bytecode) else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
