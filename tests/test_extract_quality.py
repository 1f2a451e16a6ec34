"""Extraction quality against hand labels (scoring in tests/extraction_eval.py, shared
with benchmarks/bench_extract.py).

- The shared corpus (``../shared/corpus``, labels in tests/corpus/labels): the dev split
  must hold the floors below, rules + detector must beat the rules alone there, and no
  undated text may be given a date. The test split is scored only by the benchmark, to
  report: no test tunes on it. Skipped with a message when the corpus is absent.
- The two seed articles (the project's own, labelled by ``match``): they were used to
  train the detector, so they check that nothing they had is lost, not generalisation.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extraction_eval  # noqa: E402

# Just under the dev figures of the shipped model at the default --min-confidence 0.4: the
# cascade with the fine-tuned encoder, retrained on 1,069 texts after the seventh error
# analyses, on 183 dev texts: recall 0.749, precision 0.805, direction 0.912, attribution
# 0.900 (README, "Figures"). The dev split grew by 19 written texts (sets S33-S36), many of them
# forum threads, transcripts and picks pages: attribution was 0.953 on the 164 dev texts before.
# The eighth error analysis (direction and false positives) moved precision to 0.821 and direction
# to 0.930 with the same weights; the eighth (attribution) moved attribution to 0.929. After the
# retraining on 1,147 texts, on the 195 dev texts (12 more, written to be hard: attribution
# 0.633 on the previews and 0.619 on the health outlooks): recall 0.738, precision 0.827,
# direction 0.920, attribution 0.898 (README, "Retrained on 1,147 texts").
DEV_FLOORS = {"recall": 0.73, "precision": 0.81, "direction": 0.91, "attribution": 0.89}

needs_corpus = pytest.mark.skipif(
    not extraction_eval.corpus_available(),
    reason=f"the shared corpus is not at {extraction_eval.shared_corpus()} (set TRACKER_CORPUS)",
)


@needs_corpus
def test_dev_split_holds_the_floors_and_beats_the_rules() -> None:
    model = extraction_eval.score_split("dev", detector=True)
    rules = extraction_eval.score_split("dev", detector=False)
    print(f"\n{rules.table()}\n{model.table()}")
    total = model.total
    failures = [f"{name} {value:.3f} < {DEV_FLOORS[name]}" for name, value in total.figures().items()
                if name in DEV_FLOORS and value < DEV_FLOORS[name]]
    assert not failures, "; ".join(failures) + "\n" + "\n".join(total.missed + total.false_positives)
    assert total.recall > rules.total.recall and total.precision > rules.total.precision
    assert total.undated == 0


# The author's clear forecasts of each seed article found at the default --min-confidence:
# 15 of 15 until the detectors were retrained on 835 texts, which put three plain "will" and
# "may" sentences at 0.31-0.36, and four after the retraining on 965 texts with the fine-tuned
# encoder (README, "Figures"); every one is still a candidate below it.
SEED_FLOORS = {"000_470e802ec0e9da10": 4, "004_a563894516935758": 7}


def test_seed_articles_keep_their_forecasts() -> None:
    from tracker.extract import extract

    articles = extraction_eval.seed_articles()
    assert len(articles) == 2
    for name, text, labels in articles:
        score = extraction_eval.score_article(name, text, labels)
        assert score.clear_found >= SEED_FLOORS[name], (name, score.missed)
        assert score.fp == 0, (name, score.false_positives)
        assert score.direction_right == score.tp
        assert score.meta_right == score.meta_checked
        everything = extraction_eval.score_article(name, text, labels, extract(text, min_confidence=0.0))
        assert everything.clear_found == everything.clear_labels, (name, everything.missed)


def test_scoring_counts_only_own_candidates() -> None:
    """A reported candidate neither helps nor hurts precision (scoring rule of the seed labels)."""
    labels = {
        "meta": {},
        "forecasts": [
            {"match": "There will be no NATO war on Russia", "speaker": None, "clear": True, "direction": "low"},
            {"match": "Kiev will never be accepted", "speaker": "Diplomats in Brussels", "clear": True, "direction": "low"},
        ],
        "not_forecasts": [],
    }
    # Sentences from seed 004 (Pepe Escobar, Global Research, 2021-12-09).
    text = (
        "Diplomats in Brussels routinely comment that Kiev will never be accepted as a NATO member.\n\n"
        "There will be no NATO war on Russia.\n"
    )
    score = extraction_eval.score_article("probe", text, labels, extraction_eval.extract(text, detector=False))
    assert (score.tp, score.fp, score.clear_found, score.reported_found) == (1, 0, 1, 1)
    assert score.direction_right == 1


def test_offset_scoring_counts_overlaps() -> None:
    """A candidate matches a label when their spans overlap; borderline labels are ignored."""
    from tracker.training.data import LabelledText

    text = "Prices will rise next year. The committee will meet on Monday. Things will get interesting.\n"
    rise, interesting = text.index("Prices"), text.index("Things")
    labels = {
        "meta": {"title": None, "author": None, "published": None, "outlet": None},
        "forecasts": [
            {"start": rise, "end": rise + 27, "direction": "high", "speaker": None, "clear": True},
            {"start": interesting, "end": len(text) - 1, "direction": "high", "speaker": None, "clear": False},
        ],
        "not_forecasts": [],
    }
    item = LabelledText("probe", "probe", "dev", text, labels)
    counts = extraction_eval.score_text(item, extraction_eval.extract(text, detector=False))
    assert counts.clear == 1 and counts.found == 1 and counts.direction == 1 and counts.attribution == 1
    assert counts.candidates - counts.ignored - counts.right == len(counts.false_positives)
    assert counts.meta_checked == 4
