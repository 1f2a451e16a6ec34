"""Train the learned direction reader (``tracker/extract/direction_model.py``).

Run: python -m tracker.training.direction --seed 13 [--cache DIR] [--out PATH]

1. The shipped extractor (rules + detector, every confidence) reads each text of the train and
   dev splits; each candidate is recorded as the rules finished it (``direction_model.observing``:
   the learned reader stands aside), with the text's final candidates as the evaluation sees them.
   ``--cache`` keeps these readings (one JSON file a split) so a second run skips the extraction.
2. A train candidate that overlaps clear forecast labels is an example whose target is the side
   (low / even / high) of the label it overlaps most.
3. A multinomial logistic regression (numpy, mini-batch Adam from zero, the batches shuffled by
   ``--seed``, L2) over the sentence's and the previous unit's static embeddings, hashed word
   unigrams and bigrams and the rules' features. The examples to fit on (those whose rules'
   reading is a default, or all), the L2 strength and the threshold on the model's probability of
   a side (below it the rules' reading stands; 1.01: never) are chosen by cross-validation on the
   train split, its texts in ``FOLDS`` groups (a text's candidates stay in one group): the
   choice that finds the most train clear forecasts on the right side out of fold, as
   ``tests/extraction_eval.py`` scores direction at the default ``--min-confidence``, the reader
   acting only where the rules' probability is a default (``direction_model.reads_by_default``);
   the highest threshold on a tie. The final weights are fitted on the whole train split.
4. ``side_values``: the median probability the train labels give each side, which a candidate
   takes where the reader overrides the rules.
5. The dev split is scored once, before and after, to report; it chooses nothing. The test split
   is never read.
"""

from __future__ import annotations

import argparse
import bisect
import json
import statistics
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from tracker.extract import extract
from tracker.extract.combine import DEFAULT_MIN_CONFIDENCE
from tracker.extract.direction_model import (
    RULE_FEATURES,
    SIDES,
    WEIGHTS,
    Reading,
    hashed_grams,
    observing,
    reads_by_default,
    rule_features,
    side,
    source_of,
)
from tracker.extract.units import _alnum_view

BUCKETS = 4096
EPOCHS = 40
BATCH = 128
LEARNING_RATE = 0.01
L2_CHOICES = (1e-5, 1e-4, 1e-3)
FOLDS = 5
THRESHOLDS = tuple(round(0.5 + 0.025 * step, 3) for step in range(20)) + (0.99, 1.01)  # 0.5 ... 0.975, 0.99; 1.01: never


# ------------------------------------------------------------------ reading the corpus

def _span(view: str, where: list[int], quote: str, cursor: int) -> tuple[int, int]:
    key, _ = _alnum_view(quote)
    if not key:
        return -1, -1
    at = view.find(key, cursor)
    if at < 0:
        at = view.find(key)
    if at < 0 and len(key) > 60:
        at = view.find(key[:30], cursor)
    if at < 0:
        return -1, -1
    end = min(at + len(key), len(where)) - 1
    return where[at], where[end] + 1


def read_text(text: str) -> dict[str, Any]:
    """The rules' readings of one text's candidates (with their spans) and its final candidates."""
    observed: list[dict[str, Any]] = []
    view, where = _alnum_view(text)

    def keep(found: Any, owner: int, candidate: Any, reading: Reading) -> None:
        start = found[owner].start if 0 <= owner < len(found) and found[owner].start >= 0 else 0
        span = _span(view, where, reading.sentence, bisect.bisect_left(where, start))
        observed.append({
            "sentence": reading.sentence, "claim": reading.claim, "probability": reading.probability,
            "cue": reading.cue, "previous": reading.previous, "confidence": candidate.confidence,
            "start": span[0], "end": span[1],
        })

    with observing(keep):
        extraction = extract(text, min_confidence=0.0)
    final = []
    cursor = 0
    for candidate in extraction.forecasts:
        key, _ = _alnum_view(candidate.quote)
        span = _span(view, where, candidate.quote, cursor)
        if span[0] >= 0:
            cursor = view.find(key, cursor) if view.find(key, cursor) >= 0 else cursor
        same = next((i for i, o in enumerate(observed) if o["sentence"] == candidate.quote and o["claim"] == candidate.claim
                     and o["probability"] == candidate.probability and o["cue"] == candidate.cue), -1)
        final.append({"start": span[0], "end": span[1], "probability": candidate.probability,
                      "confidence": candidate.confidence, "observed": same})
    return {"observed": observed, "final": final}


def read_split(split: str, cache: Path | None) -> list[dict[str, Any]]:
    """Every labelled text of ``split`` read by the shipped extractor (cached when asked)."""
    from tracker.training.data import labelled_texts

    stored = cache / f"{split}.json" if cache else None
    if stored is not None and stored.exists():
        return json.loads(stored.read_text(encoding="utf-8"))
    texts = []
    for item in labelled_texts(split):
        clear = [{"start": f["start"], "end": f["end"], "direction": f["direction"], "probability": f["probability"]}
                 for f in item.labels.get("forecasts", []) if f.get("clear")]
        texts.append({"name": item.name, "genre": item.genre, "clear": clear, **read_text(item.text)})
    if stored is not None:
        stored.parent.mkdir(parents=True, exist_ok=True)
        stored.write_text(json.dumps(texts), encoding="utf-8")
    return texts


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def examples(texts: Sequence[dict[str, Any]]) -> tuple[list[Reading], list[int], list[float], list[int]]:
    """Each observed candidate overlapping a clear forecast, with the side and probability of the
    label it overlaps most, and the index of its text (the group it belongs to)."""
    readings, targets, probabilities, groups = [], [], [], []
    for t, text in enumerate(texts):
        for seen in text["observed"]:
            if seen["start"] < 0:
                continue
            near = [label for label in text["clear"] if _overlap(seen, label) > 0]
            if not near:
                continue
            label = max(near, key=lambda label: _overlap(seen, label))
            readings.append(reading(seen))
            targets.append(SIDES.index(label["direction"]))
            probabilities.append(float(label["probability"]))
            groups.append(t)
    return readings, targets, probabilities, groups


def reading(seen: dict[str, Any]) -> Reading:
    return Reading(seen["sentence"], seen["claim"], seen["probability"], seen["cue"], seen["previous"])


# ------------------------------------------------------------------ the model

def design(readings: Sequence[Reading], embed: Any, buckets: int = BUCKETS) -> np.ndarray:
    """Dense rows: sentence embedding, previous unit's embedding, hashed grams, rule features."""
    sentences = embed([r.sentence for r in readings])
    previous = embed([r.previous for r in readings])
    hashed = np.zeros((len(readings), buckets), dtype=np.float32)
    for row, r in enumerate(readings):
        hashed[row, hashed_grams(r.sentence, buckets)] = 1.0
    rules = np.asarray([rule_features(r) for r in readings], dtype=np.float32).reshape(len(readings), len(RULE_FEATURES))
    return np.hstack([sentences, previous, hashed, rules]).astype(np.float32)


def fit(x: np.ndarray, y: Sequence[int], *, seed: int, l2: float, epochs: int = EPOCHS,
        weights: Sequence[float] | None = None) -> np.ndarray:
    """Softmax regression by mini-batch Adam from zero weights; the batch order follows ``seed``;
    ``weights``: each example's weight (1 by default)."""
    rng = np.random.default_rng(seed)
    n, d = x.shape
    k = len(SIDES)
    target = np.zeros((n, k), dtype=np.float32)
    target[np.arange(n), np.asarray(y, dtype=int)] = 1.0
    weight = np.ones(n, dtype=np.float32) if weights is None else np.asarray(weights, dtype=np.float32)
    w = np.zeros((d, k), dtype=np.float32)
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    step = 0
    for _ in range(epochs):
        order = rng.permutation(n)
        for begin in range(0, n, BATCH):
            batch = order[begin:begin + BATCH]
            scores = x[batch] @ w
            scores -= scores.max(axis=1, keepdims=True)
            p = np.exp(scores)
            p /= p.sum(axis=1, keepdims=True)
            grad = x[batch].T @ ((p - target[batch]) * weight[batch, None]) / weight[batch].sum() + l2 * w
            step += 1
            m = 0.9 * m + 0.1 * grad
            v = 0.999 * v + 0.001 * grad * grad
            w -= LEARNING_RATE * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return w


def probabilities(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    scores = x @ w
    scores -= scores.max(axis=1, keepdims=True)
    p = np.exp(scores)
    return p / p.sum(axis=1, keepdims=True)


def weights_file(w: np.ndarray, threshold: float, side_values: dict[str, float], l2: float, seed: int, counts: dict[str, Any]) -> dict[str, Any]:
    """The JSON the run-time reader loads (rounded: the file stays small)."""
    dim = w.shape[0] - BUCKETS - len(RULE_FEATURES)
    half = dim // 2

    def rounded(block: np.ndarray) -> list[list[float]]:
        return [[round(float(value), 4) for value in row] for row in block]

    return {
        "buckets": BUCKETS, "sides": list(SIDES), "rule_features": list(RULE_FEATURES),
        "sentence_weights": rounded(w[:half]), "previous_weights": rounded(w[half:dim]),
        "hash_weights": rounded(w[dim:dim + BUCKETS]), "rule_weights": rounded(w[dim + BUCKETS:]),
        "threshold": threshold, "side_values": side_values,
        "training": {"seed": seed, "l2": l2, "epochs": EPOCHS, "batch": BATCH, "learning_rate": LEARNING_RATE, **counts},
    }


def side_values_of(targets: Sequence[int], label_probabilities: Sequence[float]) -> dict[str, float]:
    by_side: dict[str, list[float]] = {name: [] for name in SIDES}
    for target, value in zip(targets, label_probabilities):
        by_side[SIDES[target]].append(value)
    return {name: round(statistics.median(values), 3) if values else 0.5 for name, values in by_side.items()}


# ------------------------------------------------------------------ scoring direction as the evaluation does

def decisions(texts: Sequence[dict[str, Any]], side_p: dict[tuple[int, int], np.ndarray], threshold: float,
              side_values: dict[str, float]) -> dict[tuple[int, int], float]:
    """(text, observed) -> the probability the reader gives, where it overrides the rules; ``side_p``
    holds only candidates the guard lets the reader change (``observed_inputs``)."""
    out = {}
    for key, row in side_p.items():
        seen = texts[key[0]]["observed"][key[1]]
        best = int(row.argmax())
        if SIDES[best] == side(seen["probability"]) or row[best] < threshold:
            continue
        out[key] = side_values[SIDES[best]]
    return out


def direction_score(texts: Sequence[dict[str, Any]], changed: dict[tuple[int, int], float],
                    min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> tuple[Counter[str], Counter[str]]:
    """Clear forecasts found, and found on the right side, per source of the candidates that found them
    (as ``tests/extraction_eval.py`` counts direction: any overlapping candidate on the label's side)."""
    found: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for t, text in enumerate(texts):
        finals = [c for c in text["final"] if c["confidence"] is not None and c["confidence"] >= min_confidence and c["start"] >= 0]
        for label in text["clear"]:
            near = [c for c in finals if _overlap(c, label) > 0]
            if not near:
                continue
            sides = []
            kinds = set()
            for c in near:
                value = changed.get((t, c["observed"]), c["probability"]) if c["observed"] >= 0 else c["probability"]
                sides.append(side(value))
                kinds.add(source_of(text["observed"][c["observed"]]["cue"]) if c["observed"] >= 0 else "weather structure")
            kind = sorted(kinds)[0] if len(kinds) == 1 else "several"
            for name in (kind, "all"):
                found[name] += 1
                right[name] += label["direction"] in sides
    return found, right


def side_table(texts: Sequence[dict[str, Any]], changed: dict[tuple[int, int], float]) -> Counter[tuple[str, str, str]]:
    """Clear forecasts found on the wrong side: (source, label side, side read)."""
    wrong: Counter[tuple[str, str, str]] = Counter()
    for t, text in enumerate(texts):
        finals = [c for c in text["final"] if c["confidence"] is not None and c["confidence"] >= DEFAULT_MIN_CONFIDENCE and c["start"] >= 0]
        for label in text["clear"]:
            near = [c for c in finals if _overlap(c, label) > 0]
            values = [changed.get((t, c["observed"]), c["probability"]) if c["observed"] >= 0 else c["probability"] for c in near]
            if not near or label["direction"] in [side(v) for v in values]:
                continue
            first = max(near, key=lambda c: _overlap(c, label))
            kind = source_of(text["observed"][first["observed"]]["cue"]) if first["observed"] >= 0 else "weather structure"
            wrong[(kind, label["direction"], side(values[near.index(first)]))] += 1
    return wrong


def observed_inputs(texts: Sequence[dict[str, Any]], min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> tuple[list[tuple[int, int]], list[Reading]]:
    """The observed candidates that reach the user and whose probability is a default (the only
    ones the reader is asked about)."""
    keys, readings = [], []
    for t, text in enumerate(texts):
        for o, seen in enumerate(text["observed"]):
            if seen["confidence"] is not None and seen["confidence"] >= min_confidence and reads_by_default(reading(seen)):
                keys.append((t, o))
                readings.append(reading(seen))
    return keys, readings


def fold_of_texts(count: int, seed: int) -> list[int]:
    """Each text's cross-validation group (``FOLDS`` groups of nearly equal size, shuffled by ``seed``)."""
    fold = [0] * count
    for position, text in enumerate(np.random.default_rng(seed).permutation(count)):
        fold[int(text)] = position % FOLDS
    return fold


def out_of_fold(x: np.ndarray, targets: Sequence[int], groups: Sequence[int], asked_x: np.ndarray,
                asked: Sequence[tuple[int, int]], fold: Sequence[int], *, seed: int, l2: float) -> dict[tuple[int, int], np.ndarray]:
    """Side probabilities of each asked candidate from a model fitted without its text's group."""
    out: dict[tuple[int, int], np.ndarray] = {}
    for k in range(FOLDS):
        rows = [i for i, t in enumerate(groups) if fold[t] != k]
        w = fit(x[rows], [targets[i] for i in rows], seed=seed, l2=l2)
        held = [j for j, key in enumerate(asked) if fold[key[0]] == k]
        if held:
            out.update(zip([asked[j] for j in held], probabilities(asked_x[held], w)))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--cache", type=Path, default=None, help="keep the extractor's readings of train and dev here")
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args(argv)

    from tracker.extract.detector import load

    embed = load().embed
    train = read_split("train", args.cache)
    readings, targets, label_probabilities, groups = examples(train)
    x = design(readings, embed)
    print(f"train examples: {len(targets)} {dict(Counter(SIDES[t] for t in targets))}")
    side_values = side_values_of(targets, label_probabilities)
    asked, asked_readings = observed_inputs(train)
    asked_x = design(asked_readings, embed)
    found, right = direction_score(train, {})
    print(f"train candidates with a default reading: {len(asked)}; train direction, rules: {right['all']}/{found['all']} = {right['all'] / found['all']:.3f}")
    fold = fold_of_texts(len(train), args.seed)
    # The examples to fit on: the ones whose rules' reading is a default (the only kind the reader
    # is asked about), or every example (more data, the rules' reading as a feature).
    example_sets = {"default readings": [i for i, r in enumerate(readings) if reads_by_default(r)], "all": list(range(len(readings)))}
    best: tuple[int, float, float, str] | None = None
    for name, rows in example_sets.items():
        for l2 in L2_CHOICES:
            by_key = out_of_fold(x[rows], [targets[i] for i in rows], [groups[i] for i in rows], asked_x, asked, fold, seed=args.seed, l2=l2)
            for threshold in THRESHOLDS:
                found, right = direction_score(train, decisions(train, by_key, threshold, side_values))
                if best is None or right["all"] > best[0] or (right["all"] == best[0] and threshold > best[1]):
                    best = (right["all"], threshold, l2, name)
            print(f"{name} ({len(rows)} examples), l2={l2:g}: best so far {best[0]}/{found['all']} out of fold "
                  f"at threshold {best[1]} (l2 {best[2]:g}, {best[3]})", flush=True)
    assert best is not None
    right_count, threshold, l2, chosen = best
    rows = example_sets[chosen]
    w = fit(x[rows], [targets[i] for i in rows], seed=args.seed, l2=l2)
    train_fit = float((probabilities(x[rows], w).argmax(axis=1) == np.asarray([targets[i] for i in rows])).mean())
    counts = {"examples": chosen, "train_examples": len(rows), "train_accuracy": round(train_fit, 4), "folds": FOLDS,
              "train_direction_rules": direction_score(train, {})[1]["all"],
              "train_direction_right_out_of_fold": right_count, "train_found": found["all"]}
    args.out.write_text(json.dumps(weights_file(w, threshold, side_values, l2, args.seed, counts), separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {chosen} ({len(rows)} examples), threshold {threshold}, l2 {l2:g}, side values {side_values}, "
          f"train accuracy {train_fit:.3f}")

    # Dev, scored once to report: the rules' readings, then with the reader as written.
    dev = read_split("dev", args.cache)
    dev_asked, dev_readings = observed_inputs(dev)
    dev_p = dict(zip(dev_asked, probabilities(design(dev_readings, embed), w)))
    changed = decisions(dev, dev_p, threshold, side_values)
    before_found, before_right = direction_score(dev, {})
    after_found, after_right = direction_score(dev, changed)
    print(f"dev direction: {before_right['all']}/{before_found['all']} = {before_right['all'] / before_found['all']:.3f} -> "
          f"{after_right['all']}/{after_found['all']} = {after_right['all'] / after_found['all']:.3f} "
          f"({len(changed)} of {len(dev_asked)} default readings overridden)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
