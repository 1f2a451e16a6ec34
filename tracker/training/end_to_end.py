"""End-to-end dev figures of a detector folder, with the candidate floor re-chosen on dev.

    python -m tracker.training.end_to_end [FOLDER ...] [--floors 0.45,0.5,...]

For each model folder (default: the shipped ``tracker/extract/model``; a folder written by
``tracker.training.contextual`` holds the contextual detector) it extracts every
dev text once with ``NEW_CANDIDATE_FLOOR`` at 0 and ``--min-confidence`` 0, then, for each
floor, drops the detector's own candidates below it and every candidate below the default
``--min-confidence``, and scores with ``tests/extraction_eval.py`` (the scoring the
benchmark and the quality tests use). Dropping afterwards gives the same candidates as a
run at that floor: a detector candidate is made exactly when its unit's confidence reaches
the floor, and nothing else depends on it. The test split is never read.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

from tracker.extract import combine, detector
from tracker.training.data import ROOT, labelled_texts

FLOORS = (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tracker.training.end_to_end", description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[detector.MODEL_DIR])
    parser.add_argument("--floors", default=",".join(str(f) for f in FLOORS))
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tests.extraction_eval import Counts, score_text
    from tracker.extract import extract
    from tracker.extract.layout import split_blocks
    from tracker.extract.units import units
    from tracker.training.contextual import open_model

    floors = [float(f) for f in args.floors.split(",")]
    texts = list(labelled_texts("dev"))
    for folder in args.folders:
        model = open_model(folder.resolve())
        combine.load = lambda: model  # the one seam: which detector scores the units
        combine.NEW_CANDIDATE_FLOOR = 0.0
        started = time.time()
        extractions = [extract(item.text, min_confidence=0.0) for item in texts]
        seconds = time.time() - started
        encoded = getattr(model, "encoded_units", None)
        if encoded is not None:
            total = sum(len(units(item.text, split_blocks(item.text))) for item in texts)
            print(f"{folder}: units encoded {encoded} of {total} ({encoded / total:.3f})", flush=True)
        for floor in floors:
            total = Counts()
            for item, extraction in zip(texts, extractions):
                kept = tuple(
                    c for c in extraction.forecasts
                    if c.confidence is not None and c.confidence >= combine.DEFAULT_MIN_CONFIDENCE
                    and not (c.cue == combine.DETECTOR_CUE and c.confidence < floor)
                )
                total.add(score_text(item, dataclasses.replace(extraction, forecasts=kept)))
            print(f"{folder}: dev floor {floor:.2f}: {total.summary()} (extraction {seconds:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
