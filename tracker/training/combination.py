"""Fit how a rule candidate's confidence combines its unit's score with its cue's record.

Two small fits, both quick, both redone whenever the rules change (``python -m
tracker.training`` runs this after the detector; ``python -m tracker.training.combination``
runs it alone on the shipped detector):

1. ``cue_precision``: on the train split, of the rules' candidates with each cue, the share
   in units that are clear forecasts, smoothed towards the rules' overall share with
   ``PRIOR_WEIGHT`` pseudo-candidates (a cue seen once is not trusted fully). The detector
   never trained on this, and the rules were written before the split's labels were read.
2. ``candidate_weights``: on the dev split, a logistic regression of "this rule candidate is
   a forecast" on the logits of its unit's confidence, of its cue's precision, of its
   text's prior (``detector.text_prior``: the mean confidence of the text's ten most
   confident units) and of its neighbours' confidence (``detector.neighbour_confidence``),
   and on its sentence's length (``detector.candidate_length``). It is the calibration of a
   rule candidate's ``confidence``, as Platt scaling is the unit's. Weights: unit, cue,
   intercept, text prior, neighbours, length. Each text's candidates together weigh its
   genre's factor (``data.genre_weight``, the detector's own), shared out among them: by
   candidate, the written genres with many candidates decided alone, and a long essay with
   forty candidates outweighed ten texts with four (the length and the per-text weights were
   chosen by five-fold cross-validation grouped by text on train, with out-of-fold scores of
   the linear detector: README, "Real texts: what the detector threw away"). The text
   prior's weight is kept at 0 or more: a text of forecasts never counts against one of its
   candidates.

Borderline units are left out of both.
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from tracker.extract.cascade import CASCADE_FILE, CascadeDetector
from tracker.extract.detector import (
    MODEL_DIR,
    Detector,
    candidate_length,
    cue_key,
    logit,
    neighbour_confidence,
    rule_hits,
    text_prior,
)
from tracker.extract.layout import split_blocks
from tracker.extract.units import units
from tracker.training.data import BORDERLINE, POSITIVE, genre_weight, labelled_texts, unit_label

PRIOR_WEIGHT = 4.0
IDENTITY = {"cue_precision": {}, "other_cue_precision": 0.5, "candidate_weights": [1.0, 0.0, 0.0]}


Row = tuple[str, float, int, float, float, str, str, int]
PRIOR_COLUMN = 2  # in ``features``: unit, cue, text prior, neighbours, length


def rule_candidates(split: str, detector: Detector | None) -> list[Row]:
    """(cue, unit confidence or 0, is a forecast, the text's prior, the neighbours' confidence,
    the text's genre, the text's name, the unit's words) of every rule candidate of a split,
    borderline units left out."""
    from tracker.extract import extract

    found: list[Row] = []
    for item in labelled_texts(split):
        pieces = units(item.text, split_blocks(item.text))
        candidates = extract(item.text, detector=False, structure=False).forecasts
        hits, owners = rule_hits(pieces, candidates)
        scores = detector.confidences(pieces, hits) if detector is not None else [0.0] * len(pieces)
        prior = text_prior(scores)
        for candidate, owner in zip(candidates, owners):
            if owner < 0:
                continue
            label = unit_label(pieces[owner], item.labels)
            if label != BORDERLINE:
                near = neighbour_confidence(pieces, scores, owner)
                found.append((candidate.cue, scores[owner], int(label == POSITIVE), prior, near, item.genre, item.name,
                              len(pieces[owner].text.split())))
    return found


def cue_precision(train: list[Row]) -> tuple[dict[str, float], float]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for cue, _, target, *_ in train:
        counts[cue_key(cue)][0] += 1
        counts[cue_key(cue)][1] += target
    overall = sum(row[2] for row in train) / max(len(train), 1)
    table = {cue: round((right + PRIOR_WEIGHT * overall) / (n + PRIOR_WEIGHT), 4) for cue, (n, right) in sorted(counts.items())}
    return table, round(overall, 4)


def fit(folder: Path, seed: int, detector: Detector | None = None) -> dict[str, object]:
    """Write ``combination.json`` into ``folder`` (which holds a trained detector) and return it.
    ``detector``: the one to combine, if not the linear detector of ``folder`` (the contextual
    comparison model, ``contextual.py``)."""
    import numpy as np

    path = folder / "combination.json"
    path.write_text(json.dumps(IDENTITY) + "\n", encoding="utf-8")  # the detector needs one to load
    table, overall = cue_precision(rule_candidates("train", None))
    dev = rule_candidates("dev", detector or Detector(folder))
    features = np.array([[logit(score), logit(table.get(cue_key(cue), overall)), logit(prior), logit(near), candidate_length(words)]
                         for cue, score, _, prior, near, _, _, words in dev])
    targets = np.array([row[2] for row in dev])
    weights = fit_weights(features, targets, text_weights(dev), seed)
    combination = {"cue_precision": table, "other_cue_precision": overall, "candidate_weights": weights,
                   "dev_rule_candidates": len(dev)}
    path.write_text(json.dumps(combination, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    before = [(1 if 1 / (1 + math.exp(-f[0])) >= 0.5 else 0) for f in features]
    after = [combined(weights, f) >= 0.5 for f in features]
    print(f"rule candidates: train cues {len(table)} (overall precision {overall:.3f}); dev {len(dev)} "
          f"({int(targets.sum())} forecasts); weights (unit, cue, intercept, text prior, neighbours, length) = {weights}; "
          f"right at 0.5: unit confidence alone {sum(int(a == t) for a, t in zip(before, targets))}, combined {sum(int(a == t) for a, t in zip(after, targets))}")
    return combination


def text_weights(rows: list[Row]) -> Any:
    """Each rule candidate's sample weight: its genre's factor shared out among its text's
    candidates, so that every text weighs as one text of its genre however many it has."""
    import numpy as np

    per_text = Counter(row[6] for row in rows)
    return np.array([genre_weight(row[5]) / per_text[row[6]] for row in rows])


def fit_weights(features: Any, targets: Any, sample_weights: Any, seed: int) -> list[float]:
    """(unit, cue, intercept, text prior, neighbours, length) of a weighted logistic regression
    over ``features`` (columns: the logits of unit, cue, text prior and neighbours, then the
    length witness when given). Should the text prior's weight come out negative, it is fitted
    again without that witness and kept at 0."""
    from sklearn.linear_model import LogisticRegression

    columns = list(range(features.shape[1]))
    while True:
        model = LogisticRegression(C=1e4, max_iter=1000, random_state=seed).fit(
            features[:, columns], targets, sample_weight=sample_weights)
        slopes = dict(zip(columns, (float(w) for w in model.coef_[0])))
        if slopes.get(PRIOR_COLUMN, 0.0) >= 0:
            break
        columns.remove(PRIOR_COLUMN)
    found = [round(slopes[0], 4), round(slopes[1], 4), round(float(model.intercept_[0]), 4),
             round(slopes.get(PRIOR_COLUMN, 0.0), 4), round(slopes[3], 4)]
    return found + [round(slopes[4], 4)] if 4 in slopes else found


def combined(weights: list[float], row: Any) -> float:
    """The combined confidence of one row of witnesses, as ``Detector.candidate_confidence``."""
    unit, cue, intercept, prior, near, *length = weights
    z = unit * row[0] + cue * row[1] + intercept + prior * row[2] + near * row[3]
    if length:
        z += length[0] * row[4]
    return 1 / (1 + math.exp(-z))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tracker.training.combination", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    args = parser.parse_args(argv)
    # The detector the rule candidates meet at run time: the cascade where the folder has one
    # (the linear detector alone gives other unit confidences, hence other weights).
    fit(args.out, args.seed, CascadeDetector(args.out) if (args.out / CASCADE_FILE).exists() else None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
