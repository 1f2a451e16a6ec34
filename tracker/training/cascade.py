"""The cascade: choose the band of linear confidences the encoder rescores, on the dev split.

    python -m tracker.training.contextual --seed 13 --feature-sets unit+rules+ngrams,unit+context+rules+ngrams
    python -m tracker.training.cascade --seed 13 [--ship unit+rules+ngrams]
    python -m tracker.training.end_to_end tracker/extract/model build/cascade/models/*

The first command fits the encoder models on the train split (see ``contextual.py``). This
one, for each of them:

1. writes a model folder ``--out``/models/FEATURES the run time can load (the shipped linear
   detector's files, the encoder's int8 graph, optimised once here so that loading it at run
   time is cheap, its vocabulary and ``cascade.npz``);
2. scores every dev unit with the shipped linear detector and, for every band of linear
   confidences in ``LOWS`` x ``HIGHS``, rescores the units in the band with the encoder
   model (the unit-and-context model reads a neighbour's vector only when that neighbour
   is in the band too: nothing is encoded for context's sake), Platt-scaled on the dev units
   in the band, and prints dev average precision, F1 at 0.5 and the share of units encoded;
3. keeps the band with the best dev average precision among those that encode at most
   ``MAX_ENCODED_SHARE`` of the dev units, and refits the combination of rule candidates
   and detector for the cascade (``combination.py``).

``--ship FEATURES`` copies that model's cascade into ``tracker/extract/model``. The band,
the calibration and the combination are chosen on dev (the train split's linear scores are
the linear detector's own training data, too optimistic to choose a band of doubt on).
The test split is never read.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from pathlib import Path
from typing import Any

import numpy as np

from tracker.extract.cascade import CASCADE_FILE, ENCODER_FILE, ENCODER_VOCABULARY, CascadeDetector
from tracker.extract.detector import MODEL_DIR, Detector
from tracker.training.contextual import by_text, embed_all, export_encoder, reads_pairs
from tracker.training.data import BORDERLINE, examples
from tracker.training.train import figures, platt, source_model

LOWS = (0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3)
HIGHS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
MAX_ENCODED_SHARE = 0.25
VARIANTS = ("unit+rules+ngrams", "unit+context+rules+ngrams")
SHIPPED_FILES = ("embeddings.npy", "detector.npz", "vocab.txt", "combination.json")


def optimised_encoder(source: Path, target: Path) -> None:
    """The int8 graph with onnxruntime's extended optimisations applied once, here, so the
    run time loads it without optimising (a third of the session's start-up)."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
    options.optimized_model_filepath = str(target)
    onnxruntime.InferenceSession(str(source), options, providers=["CPUExecutionProvider"])


def write_folder(folder: Path, contextual: Path, encoder: Path, band: tuple[float, float], calibration: tuple[float, float]) -> None:
    """A model folder with the linear detector, the encoder and the cascade's weights."""
    folder.mkdir(parents=True, exist_ok=True)
    # Always this run's linear detector and encoder: a folder left by an earlier run (with
    # another detector or another fine-tuned encoder) must not be fitted against or shipped.
    for name in SHIPPED_FILES:
        shutil.copy(MODEL_DIR / name, folder / name)
    source_note = folder / "encoder.source"
    source = str(encoder.resolve())
    if not (folder / ENCODER_FILE).exists() or not source_note.exists() or source_note.read_text(encoding="utf-8") != source:
        if encoder.resolve() == (MODEL_DIR / ENCODER_FILE).resolve():
            shutil.copy(encoder, folder / ENCODER_FILE)  # the shipped graph, optimised when it was shipped
        else:
            optimised_encoder(encoder, folder / ENCODER_FILE)
        source_note.write_text(source, encoding="utf-8")
    shutil.copy(source_model() / "vocab.txt", folder / ENCODER_VOCABULARY)
    with np.load(contextual / "contextual.npz") as data:
        np.savez(
            folder / CASCADE_FILE, band=np.array(band), platt=np.array(calibration), context=data["context"],
            encoder_weights=data["encoder_weights"].astype(np.float32), rule_weights=data["rule_weights"].astype(np.float32),
            hash_weights=data["hash_weights"].astype(np.float16),
        )


def shipped_regression_folder(out: Path) -> Path:
    """The shipped cascade's regression as ``contextual.py`` would have written it, so that a new
    linear detector can be given a band and a calibration without refitting the regression."""
    folder = out / "shipped-regression"
    folder.mkdir(parents=True, exist_ok=True)
    with np.load(MODEL_DIR / CASCADE_FILE) as data:
        np.savez(folder / "contextual.npz", **{key: data[key] for key in ("context", "encoder_weights", "rule_weights", "hash_weights")})
    return folder


def sweep(detector: CascadeDetector, items: list[Any], vectors: np.ndarray) -> list[dict[str, Any]]:
    """Every band's dev figures, per unit, borderline units left out."""
    from sklearn.metrics import average_precision_score

    runs = by_text(items)
    linear: list[list[float]] = []
    for run in runs:
        group = items[run]
        linear.append(Detector.confidences(detector, [e.unit for e in group], [e.hit for e in group]))
    keep = np.array([e.label != BORDERLINE for e in items])
    y = np.array([e.target for e in items])[keep]
    flat_linear = np.array([v for values in linear for v in values])
    rows = [{"band": "none (the linear detector)", "encoded": 0.0, "average_precision": round(float(average_precision_score(y, flat_linear[keep])), 3),
             **figures(y, (flat_linear[keep] >= 0.5).astype(int))}]
    for low in LOWS:
        for high in HIGHS:
            detector.band = (low, high)
            raw = np.full(len(items), np.nan)
            for run, values in zip(runs, linear):
                group = items[run]
                positions = detector.in_band(values)
                if positions:
                    scores = detector.encoder_scores([e.unit for e in group], [e.hit for e in group], positions,
                                                     vectors=vectors[run][positions])
                    raw[np.arange(run.start, run.stop)[positions]] = scores
            chosen = ~np.isnan(raw)
            fit_rows = chosen & keep
            if y[fit_rows[keep]].sum() == 0 or y[fit_rows[keep]].sum() == fit_rows.sum():
                continue
            slope, intercept = platt(raw[fit_rows], np.array([e.target for e in items])[fit_rows])
            final = flat_linear.copy()
            final[chosen] = 1 / (1 + np.exp(-(slope * raw[chosen] + intercept)))
            rows.append({"band": [low, high], "encoded": round(float(chosen.mean()), 3),
                         "average_precision": round(float(average_precision_score(y, final[keep])), 3),
                         **figures(y, (final[keep] >= 0.5).astype(int)), "platt": [slope, intercept]})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tracker.training.cascade", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--contextual", type=Path, default=Path("build/contextual"), help="where tracker.training.contextual wrote")
    parser.add_argument("--out", type=Path, default=Path("build/cascade"))
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--max-encoded-share", type=float, default=MAX_ENCODED_SHARE,
                        help="the widest band allowed, as the share of dev units it encodes (speed)")
    parser.add_argument("--encoder-weights", type=Path,
                        help="the fine-tuned encoder contextual.py was run with (tracker.training.encoder_tuning)")
    parser.add_argument("--encoder-onnx", type=Path,
                        help="the int8 encoder contextual.py was run with, when already exported (the shipped one)")
    parser.add_argument("--keep-regression", action="store_true",
                        help="keep the shipped cascade's regression over the encoder's vectors and refit only the band, its "
                             "calibration and the combination (for a new linear detector, without contextual.py)")
    parser.add_argument("--ship", choices=VARIANTS, help="copy this variant's cascade into tracker/extract/model")
    args = parser.parse_args(argv)
    from tracker.training.combination import fit as fit_combination

    started = time.time()
    encoder = args.encoder_onnx or export_encoder(args.contextual, args.encoder_weights)
    items = examples("dev")
    vectors = embed_all(encoder, [e.unit.text for e in items], args.contextual,
                        [e.context for e in items] if reads_pairs(args.encoder_weights) else None)
    print(f"dev units {len(items)} (borderline {sum(e.label == BORDERLINE for e in items)}), {time.time() - started:.0f} s", flush=True)
    results: dict[str, Any] = {}
    shipped_regression = shipped_regression_folder(args.out) if args.keep_regression else None
    for variant in args.variants.split(","):
        folder = args.out / "models" / variant
        regression = shipped_regression or args.contextual / "models" / variant
        write_folder(folder, regression, encoder, (0.0, 1.01), (1.0, 0.0))
        rows = sweep(CascadeDetector(folder), items, vectors)
        for row in rows:
            print(f"{variant} band {row['band']}: encoded {row['encoded']:.3f} average precision {row['average_precision']:.3f} "
                  f"precision {row['precision']:.3f} recall {row['recall']:.3f} F1 {row['f1']:.3f}", flush=True)
        allowed = [row for row in rows[1:] if row["encoded"] <= args.max_encoded_share]
        best = max(allowed, key=lambda row: (row["average_precision"], -row["encoded"]))
        print(f"{variant}: chosen band {best['band']} (best dev average precision encoding at most {args.max_encoded_share:.0%} of units)", flush=True)
        write_folder(folder, regression, encoder, tuple(best["band"]), tuple(best["platt"]))
        fit_combination(folder, args.seed, CascadeDetector(folder))
        results[variant] = {"chosen": best, "bands": rows}
        encoder_source: dict[str, Any] = {"weights": "all-MiniLM-L6-v2, frozen"}
        if args.encoder_onnx and (args.encoder_onnx.resolve() == (MODEL_DIR / ENCODER_FILE).resolve()):
            # The shipped encoder kept: its record stays as the run that fine-tuned it wrote it.
            encoder_source = json.loads((MODEL_DIR / "cascade.json").read_text(encoding="utf-8"))["encoder"]
        elif args.encoder_weights:
            encoder_source = {"weights": f"fine-tuned by tracker.training.encoder_tuning, inputs digest {args.encoder_weights.name}",
                              **json.loads((args.encoder_weights / "fine_tuning.json").read_text(encoding="utf-8"))}
        (folder / "cascade.json").write_text(json.dumps(
            {"variant": variant, "seed": args.seed, "encoder": encoder_source, "chosen": best}, indent=1) + "\n", encoding="utf-8")
    (args.out / "dev_figures.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    if args.ship:
        folder = args.out / "models" / args.ship
        for name in (CASCADE_FILE, ENCODER_FILE, ENCODER_VOCABULARY, "combination.json", "cascade.json"):
            shutil.copy(folder / name, MODEL_DIR / name)
        print(f"shipped {args.ship} into {MODEL_DIR}", flush=True)
    print(f"total {time.time() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
