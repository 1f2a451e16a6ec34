"""The comparison model: all-MiniLM-L6-v2 fine-tuned as a unit classifier, run by onnxruntime.

    python -m tracker.training.transformer --seed 13 [--epochs 1] [--negatives N] [--out build/transformer]

Fine-tunes on the train split's units (same examples as the linear model: every positive,
every labelled non-forecast, weighted as there, and ``--negatives`` other units drawn with
the seed, to fit a CPU time budget; batches of similar length, so little padding), exports
to ONNX and quantises to int8. The fine-tuned encoder is cached in ``--out`` under a digest
of its inputs (the training texts and targets, seed and settings): when they are unchanged a
re-run skips fine-tuning, so that refitting the stacked model after a rules change is quick.

Scoring uses onnxruntime and the package's own WordPiece (``tracker/extract/wordpiece.py``),
as run time would. It prints dev figures per unit (at 0.5 after Platt scaling on dev, as for
the linear model) for the transformer alone and for a stacked logistic regression over
[transformer score, rule features] fitted on train, and the time onnxruntime took to score
the dev units. It is not shipped (see README, "How the detector was chosen").
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import time
from pathlib import Path
from typing import Any

import numpy as np

from tracker.training.train import text_rule_features
from tracker.extract.cascade import padded_batches
from tracker.extract.wordpiece import WordPiece
from tracker.training.data import BORDERLINE, HARD_NEGATIVE, NEGATIVE, Example, examples
from tracker.training.train import figures, platt, source_model

MAX_TOKENS = 96
BATCH = 16
LEARNING_RATE = 5e-5


def training_set(train: list[Example], negatives: int, seed: int) -> list[Example]:
    """Every positive and labelled non-forecast, plus ``negatives`` plain negatives."""
    plain = [e for e in train if e.label == NEGATIVE]
    rest = [e for e in train if e.label != NEGATIVE]
    if negatives and negatives < len(plain):
        plain = random.Random(seed).sample(plain, negatives)
    return rest + plain


def fine_tuning_arguments(parser: argparse.ArgumentParser, *, epochs: int, negatives: int, out: Path) -> None:
    """The options every fine-tuning command takes, with its own defaults."""
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--epochs", type=int, default=epochs)
    parser.add_argument("--negatives", type=int, default=negatives, help="plain negatives drawn for fine-tuning (0: all)")
    parser.add_argument("--out", type=Path, default=out)


def fine_tuning_inputs(seed: int, negatives: int) -> tuple[list[Example], list[Example], list[Example]]:
    """Every generator seeded, two threads; the train and dev units (borderline ones left out)
    and the units to fine-tune on."""
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.set_num_threads(2)
    train = [e for e in examples("train") if e.label != BORDERLINE]
    dev = [e for e in examples("dev") if e.label != BORDERLINE]
    return train, dev, training_set(train, negatives, seed)


def digest(items: list[Example], settings: dict[str, Any], context: bool = False) -> str:
    """What the fine-tuned encoder depends on: its training texts (with ``context``, their
    contexts too), targets, weights and settings."""
    h = hashlib.sha256(json.dumps(settings, sort_keys=True).encode())
    for e in items:
        h.update(f"{e.target}\t{e.weight}\t{e.unit.text}\n".encode())
        if context:
            h.update(f"{e.context.lead}\t{e.context.previous}\n".encode())
    return h.hexdigest()[:16]


def batches_by_length(lengths: list[int], size: int, rng: random.Random) -> list[list[int]]:
    """Indexes grouped into batches of similar length (less padding), in shuffled order."""
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], rng.random()))
    groups = [order[at: at + size] for at in range(0, len(order), size)]
    rng.shuffle(groups)
    return groups


def fine_tune(items: list[Example], epochs: int, seed: int, folder: Path) -> None:
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    torch.manual_seed(seed)
    tokenizer = AutoTokenizer.from_pretrained(str(source_model()))
    model = AutoModelForSequenceClassification.from_pretrained(str(source_model()), num_labels=2)
    optimiser = torch.optim.AdamW(model.parameters(), lr=LEARNING_RATE, weight_decay=0.01)
    lengths = [len(tokenizer(e.unit.text, truncation=True, max_length=MAX_TOKENS)["input_ids"]) for e in items]
    rng = random.Random(seed)
    started = time.time()
    model.train()
    for epoch in range(epochs):
        groups = batches_by_length(lengths, BATCH, rng)
        for step, group in enumerate(groups):
            batch = [items[i] for i in group]
            inputs = tokenizer([e.unit.text for e in batch], truncation=True, max_length=MAX_TOKENS, padding=True, return_tensors="pt")
            logits = model(**inputs).logits
            loss = torch.nn.functional.cross_entropy(
                logits, torch.tensor([e.target for e in batch]), reduction="none"
            ) @ torch.tensor([e.weight for e in batch], dtype=torch.float32) / len(batch)
            loss.backward()
            optimiser.step()
            optimiser.zero_grad()
            if step % 50 == 0:
                print(f"epoch {epoch + 1} step {step}/{len(groups)} after {time.time() - started:.0f} s", flush=True)
        print(f"epoch {epoch + 1} done after {time.time() - started:.0f} s", flush=True)
    model.eval()
    folder.mkdir(parents=True, exist_ok=True)
    sample = tokenizer(["The bank will raise rates next year."], return_tensors="pt")
    torch.onnx.export(
        model, (sample["input_ids"], sample["attention_mask"]), str(folder / "model.onnx"),
        input_names=["input_ids", "attention_mask"], output_names=["logits"],
        dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"}},
        opset_version=17, dynamo=False,
    )
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(folder / "model.onnx"), str(folder / "model.int8.onnx"), weight_type=QuantType.QInt8)
    (folder / "fine_tuning.json").write_text(json.dumps({"units": len(items), "seconds": round(time.time() - started)}) + "\n")


class OnnxScorer:
    """The fine-tuned classifier as run time would run it: our WordPiece, onnxruntime."""

    def __init__(self, path: Path) -> None:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 2
        self.session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        vocabulary = (source_model() / "vocab.txt").read_text(encoding="utf-8").splitlines()
        self.tokenizer = WordPiece(vocabulary)
        self.cls, self.sep = self.tokenizer.ids["[CLS]"], self.tokenizer.ids["[SEP]"]

    def scores(self, texts: list[str], batch: int = 32) -> np.ndarray:
        """Logit difference (forecast minus not) per text; batches of similar length."""
        encoded = [[self.cls, *self.tokenizer.encode(t)[: MAX_TOKENS - 2], self.sep] for t in texts]
        out = np.zeros(len(texts), dtype=np.float32)
        for group, ids, mask in padded_batches(encoded, batch):
            logits = self.session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
            out[group] = logits[:, 1] - logits[:, 0]
        return out


def stacked_design(items: list[Example], scores: np.ndarray) -> np.ndarray:
    rules = np.asarray(text_rule_features(items), dtype=np.float32)
    return np.hstack([scores.reshape(-1, 1), rules])


def report(name: str, y_dev: np.ndarray, values: np.ndarray, extra: str = "") -> dict[str, float]:
    from sklearn.metrics import average_precision_score

    slope, intercept = platt(values, y_dev)
    chosen = (1 / (1 + np.exp(-(slope * values + intercept))) >= 0.5).astype(int)
    got = {**figures(y_dev, chosen), "average_precision": round(float(average_precision_score(y_dev, values)), 3)}
    print(f"dev {name:28s} {got} {extra}", flush=True)
    return got


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tracker.training.transformer")
    fine_tuning_arguments(parser, epochs=1, negatives=1500, out=Path("build/transformer"))
    args = parser.parse_args(argv)
    started = time.time()
    train, dev, tuning = fine_tuning_inputs(args.seed, args.negatives)
    settings = {"seed": args.seed, "epochs": args.epochs, "max_tokens": MAX_TOKENS, "batch": BATCH, "lr": LEARNING_RATE}
    folder = args.out / digest(tuning, settings)
    hard = sum(e.label == HARD_NEGATIVE for e in tuning)
    print(f"examples built in {time.time() - started:.0f} s; train units {len(train)}, dev units {len(dev)}; "
          f"fine-tuning on {len(tuning)} ({sum(e.target for e in tuning)} positive, {hard} labelled non-forecasts)", flush=True)
    if (folder / "model.int8.onnx").exists():
        print(f"reusing the fine-tuned encoder in {folder} (inputs unchanged)", flush=True)
    else:
        fine_tune(tuning, args.epochs, args.seed, folder)
    print(json.loads((folder / "fine_tuning.json").read_text()), flush=True)
    from sklearn.linear_model import LogisticRegression

    y_dev = np.array([e.target for e in dev])
    y_train = np.array([e.target for e in train])
    w_train = np.array([e.weight for e in train])
    results: dict[str, Any] = {}
    for path in (folder / "model.onnx", folder / "model.int8.onnx"):
        scorer = OnnxScorer(path)
        begun = time.perf_counter()
        dev_scores = scorer.scores([e.unit.text for e in dev])
        elapsed = time.perf_counter() - begun
        size = path.stat().st_size / 1e6
        results[path.name] = report(path.name, y_dev, dev_scores, f"size={size:.1f} MB scoring {len(dev)} units took {elapsed:.1f} s")
        results[path.name].update(size_mb=round(size, 1), dev_seconds=round(elapsed, 1))
        if path.name == "model.int8.onnx":
            train_scores = scorer.scores([e.unit.text for e in train])
            stack = LogisticRegression(C=1.0, max_iter=2000, random_state=args.seed).fit(
                stacked_design(train, train_scores), y_train, sample_weight=w_train)
            values = stack.decision_function(stacked_design(dev, dev_scores))
            results["stacked int8 + rule features"] = report("stacked int8 + rule features", y_dev, values)
            np.savez(folder / "scores.npz", dev=dev_scores, train=train_scores)
    (folder / "dev_figures.json").write_text(json.dumps(results, indent=1) + "\n")
    print(f"total {time.time() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
