"""Score the extractor on the blind set: texts written by people who never saw it.

Run: python benchmarks/extraction_blind.py [--min-confidence 0.4]

The texts and labels are in tests/blind_extraction/ (see tests/blind_extraction.py). This
prints the corpus splits' figures (recall, precision, direction, attribution, metadata, undated
texts given a date) per writer's set and in all, rules alone and rules + detector. It prints
counts only, never a missed or wrongly read forecast: the set measures how the extractor does
on text nobody tuned it to, and stops measuring that the day a rule is written for one of its
sentences.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from blind_extraction import score_blind  # noqa: E402
from extraction_eval import Counts  # noqa: E402

from tracker.extract.combine import DEFAULT_MIN_CONFIDENCE  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-confidence", type=float, default=DEFAULT_MIN_CONFIDENCE)
    args = parser.parse_args()
    for detector in (False, True):
        model = "rules+detector" if detector else "rules"
        by_set = score_blind(detector=detector, min_confidence=args.min_confidence)
        total = Counts()
        for counts in by_set.values():
            total.add(counts)
        print(f"blind {model:14s} {'all':8s} {total.summary()}")
        for name, counts in sorted(by_set.items()):
            print(f"blind {model:14s} {name:8s} {counts.summary()}")


if __name__ == "__main__":
    main()
