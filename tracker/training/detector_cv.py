"""Choose how the linear detector weighs texts and reads length, by cross-validation on train.

    python -m tracker.training.detector_cv --seed 13

The linear detector learnt ``words_log`` = -1.78 from the short sentences written here, and
its fit weighs units, so a forty-unit essay outweighs ten short texts (README, "Real texts:
what the detector threw away"). This compares designs on the train split without touching dev:
every train unit is scored by the shipped design (static embedding, rule features, hashed
n-grams, C=1 as shipped) fitted on the other four of five folds grouped by text, under each
``data.UNIT_WEIGHTINGS`` weighting and each length design ("keep" ``words_log``, "drop" it, or
"cap" it at the typical rule candidate's length, so that only shortness can count). It prints
the out-of-fold average precision per unit for the shared corpus's real texts other than
weather products (with the seed articles), the weather products and the texts written here,
and, for the real texts' units with a rule candidate, the mean out-of-fold confidence
(Platt-scaled over all units) beside the share that are forecasts, for sentences under 15
words and of 40 or more: a length bias shows as a gap between the two. The cascade's encoder
was fine-tuned on train, so its regression cannot be compared out of fold here. Nothing is
written; dev and test are never read.
"""

from __future__ import annotations

import argparse
import math
import time
from typing import Any

import numpy as np

from tracker.extract.detector import MODEL_DIR, TYPICAL_CANDIDATE_WORDS
from tracker.training.data import BORDERLINE, UNIT_WEIGHTINGS, Example, examples, sample_weights
from tracker.training.train import design, length_column, platt

FOLDS = 5
SHIPPED_C = 1.0  # the C of the linear detector shipped before this round (its training.json)
WEATHER = "weather_forecast_discussions"
KINDS = ("real", "weather", "written")
# "cap": words_log kept up to the typical rule candidate's length, constant above it.
CAP = math.log1p(TYPICAL_CANDIDATE_WORDS) / 4


def kind_of(example: Example) -> str:
    if example.text_name.startswith("written/"):
        return "written"
    return "weather" if example.genre == WEATHER else "real"


def with_length(x: Any, column: int, how: str) -> Any:
    """``x`` with its ``words_log`` column as the length design ``how`` reads it."""
    if how == "keep":
        return x
    x = x.tolil(copy=True)
    values = x[:, column].toarray().ravel()
    x[:, column] = np.zeros_like(values).reshape(-1, 1) if how == "drop" else np.minimum(values, CAP).reshape(-1, 1)
    return x.tocsr()


def out_of_fold(x: Any, y: np.ndarray, w: np.ndarray, groups: np.ndarray, c: float, seed: int) -> tuple[np.ndarray, float]:
    """Each unit's score from a fit on the other folds, and the mean ``words_log`` weight."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    scores = np.zeros(len(y))
    length_weights = []
    for fit_rows, held_rows in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        model = LogisticRegression(C=c, max_iter=5000, random_state=seed).fit(x[fit_rows], y[fit_rows], sample_weight=w[fit_rows])
        scores[held_rows] = model.decision_function(x[held_rows])
        length_weights.append(float(model.coef_[0, LENGTH_AT]))
    return scores, float(np.mean(length_weights))


LENGTH_AT = -1  # the words_log column of the design, set in main


def report(items: list[Example], y: np.ndarray, scores: np.ndarray) -> dict[str, Any]:
    from sklearn.metrics import average_precision_score

    slope, intercept = platt(scores, y)
    confidence = 1 / (1 + np.exp(-(slope * scores + intercept)))
    kinds = np.array([kind_of(e) for e in items])
    found: dict[str, Any] = {"all": round(float(average_precision_score(y, scores)), 3)}
    for kind in KINDS:
        at = kinds == kind
        found[kind] = round(float(average_precision_score(y[at], scores[at])), 3)
    words = np.array([len(e.unit.text.split()) for e in items])
    ruled = np.array([e.hit.count > 0 for e in items]) & (kinds == "real")
    for name, at in (("short", ruled & (words < 15)), ("long", ruled & (words >= 40))):
        found[name] = (int(at.sum()), round(float(confidence[at].mean()), 3), round(float(y[at].mean()), 3))
    return found


def main(argv: list[str] | None = None) -> int:
    global LENGTH_AT
    parser = argparse.ArgumentParser(prog="python -m tracker.training.detector_cv", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--weightings", default=",".join(UNIT_WEIGHTINGS))
    parser.add_argument("--lengths", default="keep,drop,cap")
    parser.add_argument("--c", type=float, default=SHIPPED_C, help="the regularisation of every fit (the shipped detector's)")
    args = parser.parse_args(argv)
    from tracker.extract.wordpiece import WordPiece

    started = time.time()
    c = args.c
    matrix = np.load(MODEL_DIR / "embeddings.npy").astype(np.float32)
    tokenizer = WordPiece((MODEL_DIR / "vocab.txt").read_text(encoding="utf-8").split("\n"))
    every = examples("train")
    keep = np.array([e.label != BORDERLINE for e in every])
    items = [e for e in every if e.label != BORDERLINE]
    x_all = design(every, matrix, tokenizer, "embedding+rules+ngrams", length="keep")[keep]
    LENGTH_AT = length_column("embedding+rules+ngrams", matrix.shape[1])
    y = np.array([e.target for e in items])
    groups = np.array([e.text_name for e in items])
    counts = {kind: (sum(kind_of(e) == kind for e in items), sum(kind_of(e) == kind and e.target for e in items)) for kind in KINDS}
    print(f"train units {len(items)} of {len(set(groups))} texts, C={c}; " + ", ".join(
        f"{kind} {n} ({p} forecasts)" for kind, (n, p) in counts.items()) + f"; built in {time.time() - started:.0f} s", flush=True)
    for weighting in args.weightings.split(","):
        w = sample_weights(items, weighting)
        for how in args.lengths.split(","):
            began = time.time()
            scores, length_weight = out_of_fold(with_length(x_all, LENGTH_AT, how), y, w, groups, c, args.seed)
            got = report(items, y, scores)
            print(f"weighting {weighting:4s} length {how:4s}: average precision all {got['all']:.3f} real {got['real']:.3f} "
                  f"weather {got['weather']:.3f} written {got['written']:.3f}; real rule units <15 words "
                  f"{got['short'][0]} confidence {got['short'][1]:.3f} forecasts {got['short'][2]:.3f}, >=40 words "
                  f"{got['long'][0]} confidence {got['long'][1]:.3f} forecasts {got['long'][2]:.3f}; "
                  f"words_log weight {length_weight:+.2f} ({time.time() - began:.0f} s)", flush=True)
    print(f"total {time.time() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
