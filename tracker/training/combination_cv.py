"""Choose the combination's design by cross-validation on train, not on dev (issue 13).

    python -m tracker.training.combination_cv --seed 13

The combination (``combination.py``) is fitted on dev because the detector's scores of train
units are in-sample. To compare designs on the far larger train split (937 clear forecasts in
its real texts, against 128 on dev), this scores every train unit with a linear detector of
the shipped design (embedding, rule features, hashed n-grams, C=1) fitted on the other four
of five folds grouped by text, Platt-scales the out-of-fold scores, and then fits each design
of the combination by a second five-fold cross-validation grouped by text (the cue records
from the fitting folds only). It prints, at the default ``--min-confidence``, the rule
candidates kept that are clear forecasts and those that are not, for the shared corpus's real
texts other than weather products, the weather products and the texts written here. The
designs: the sample weights (each candidate its genre's factor, as shipped until the
thirteenth round; or each text's candidates sharing it) and the witnesses (with or without
the sentence's length). ``--dev`` prints the same for the dev split's rule candidates with the
shipped detector's scores. Nothing is written; the test split is never read.
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

import numpy as np

from tracker.extract.combine import DEFAULT_MIN_CONFIDENCE
from tracker.extract.detector import MODEL_DIR, candidate_length, cue_key, load, logit, neighbour_confidence, text_prior
from tracker.training.combination import Row, cue_precision, fit_weights, rule_candidates, text_weights
from tracker.training.data import BORDERLINE, POSITIVE, genre_weight

FOLDS = 5
DESIGNS = ("by candidate", "by candidate + length", "by text", "by text + length")
WEATHER = "weather_forecast_discussions"


def kind_of(row: Row) -> str:
    if not row[6].startswith("texts/"):
        return "written"
    return "weather" if row[5] == WEATHER else "real"


def out_of_fold_rows(seed: int) -> list[Row]:
    """The train split's rule candidates with out-of-fold unit confidences (see the docstring)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    from tracker.extract import extract
    from tracker.extract.detector import rule_hits
    from tracker.extract.layout import split_blocks
    from tracker.extract.units import units
    from tracker.extract.wordpiece import WordPiece
    from tracker.training.data import Example, labelled_texts, unit_label
    from tracker.training.train import design, platt

    examples: list[Example] = []
    cues: list[list[str]] = []
    for item in labelled_texts("train"):
        found = units(item.text, split_blocks(item.text))
        candidates = extract(item.text, detector=False, structure=False).forecasts
        hits, owners = rule_hits(found, candidates)
        per_unit: list[list[str]] = [[] for _ in found]
        for candidate, owner in zip(candidates, owners):
            if owner >= 0:
                per_unit[owner].append(candidate.cue)
        examples.extend(Example(item.name, item.genre, unit, hit, unit_label(unit, item.labels)) for unit, hit in zip(found, hits))
        cues.extend(per_unit)
    matrix = np.load(MODEL_DIR / "embeddings.npy").astype(np.float32)
    tokenizer = WordPiece((MODEL_DIR / "vocab.txt").read_text(encoding="utf-8").split("\n"))
    x = design(examples, matrix, tokenizer, "embedding+rules+ngrams")
    keep = np.array([e.label != BORDERLINE for e in examples])
    y = np.array([e.target for e in examples])
    weights = np.array([e.weight for e in examples])
    groups = np.array([e.text_name for e in examples])
    scores = np.zeros(len(examples))
    for fit_rows, held_rows in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        fit_rows = fit_rows[keep[fit_rows]]
        model = LogisticRegression(C=1.0, max_iter=5000, random_state=seed).fit(x[fit_rows], y[fit_rows], sample_weight=weights[fit_rows])
        scores[held_rows] = model.decision_function(x[held_rows])
    slope, intercept = platt(scores[keep], y[keep])
    confidence = 1 / (1 + np.exp(-(slope * scores + intercept)))
    rows: list[Row] = []
    start = 0
    while start < len(examples):
        end = start
        while end < len(examples) and examples[end].text_name == examples[start].text_name:
            end += 1
        group, text_scores = examples[start:end], [float(s) for s in confidence[start:end]]
        prior, found = text_prior(text_scores), [e.unit for e in group]
        for at, example in enumerate(group):
            if example.label == BORDERLINE:
                continue
            for cue in cues[start + at]:
                rows.append((cue, text_scores[at], int(example.label == POSITIVE), prior, neighbour_confidence(found, text_scores, at),
                             example.genre, example.text_name, len(example.unit.text.split())))
        start = end
    return rows


def features(rows: list[Row], table: dict[str, float], overall: float, length: bool) -> Any:
    columns = [[logit(score), logit(table.get(cue_key(cue), overall)), logit(prior), logit(near)]
               + ([candidate_length(words)] if length else [])
               for cue, score, _, prior, near, _, _, words in rows]
    return np.array(columns)


def predict(weights: list[float], x: Any) -> Any:
    unit, cue, intercept, prior, near, *length = weights
    z = unit * x[:, 0] + cue * x[:, 1] + intercept + prior * x[:, 2] + near * x[:, 3]
    if length:
        z = z + length[0] * x[:, 4]
    return 1 / (1 + np.exp(-z))


def cross_validated(rows: list[Row], design: str, seed: int, fixed_table: tuple[dict[str, float], float] | None) -> Any:
    """Each row's combined confidence from a fit on the other folds (grouped by text)."""
    from sklearn.model_selection import GroupKFold

    length = "length" in design
    found = np.zeros(len(rows))
    groups = np.array([row[6] for row in rows])
    for fit_at, held_at in GroupKFold(n_splits=FOLDS).split(rows, groups=groups):
        fitting, held = [rows[i] for i in fit_at], [rows[i] for i in held_at]
        table, overall = fixed_table or cue_precision(fitting)
        sample = text_weights(fitting) if design.startswith("by text") else np.array([genre_weight(row[5]) for row in fitting])
        weights = fit_weights(features(fitting, table, overall, length), np.array([row[2] for row in fitting]), sample, seed)
        found[held_at] = predict(weights, features(held, table, overall, length))
    return found


def report(label: str, rows: list[Row], seed: int, fixed_table: tuple[dict[str, float], float] | None) -> None:
    kinds = [kind_of(row) for row in rows]
    totals = Counter(kind for kind, row in zip(kinds, rows) if row[2])
    for design in DESIGNS:
        confidence = cross_validated(rows, design, seed, fixed_table)
        kept = Counter((kind, row[2]) for kind, row, value in zip(kinds, rows, confidence) if value >= DEFAULT_MIN_CONFIDENCE)
        print(f"{label:5s} {design:22s} " + " | ".join(
            f"{kind} forecasts kept {kept[kind, 1]:4d} of {totals[kind]:4d}, false kept {kept[kind, 0]:4d}"
            for kind in ("real", "weather", "written")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tracker.training.combination_cv", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--dev", action="store_true", help="also the dev split's rule candidates, scored by the shipped detector")
    args = parser.parse_args(argv)
    report("train", out_of_fold_rows(args.seed), args.seed, None)
    if args.dev:
        detector = load()
        report("dev", rule_candidates("dev", detector), args.seed, (detector.cue_precision, detector.other_cue_precision))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
