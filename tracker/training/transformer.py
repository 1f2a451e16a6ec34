"""The comparison model: all-MiniLM-L6-v2 fine-tuned as a unit classifier, run by onnxruntime.

    python -m tracker.training.transformer --seed 13 [--epochs 2] [--negatives N] [--out build/transformer]

Trains on the train split's units (same examples and weights as the linear model; with
``--negatives N`` on every positive and N negatives drawn with the seed, to fit a time budget),
exports to ONNX, quantises to int8, and prints dev figures (at 0.5 after Platt scaling
on dev, as for the linear model) and the time to score the dev units with each.
It is not shipped (see README, "How the detector was chosen").
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import numpy as np

from tracker.training.data import BORDERLINE, examples
from tracker.training.train import figures, platt, source_model

MAX_TOKENS = 64


def main(argv: list[str] | None = None) -> int:
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    parser = argparse.ArgumentParser(prog="python -m tracker.training.transformer")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--negatives", type=int, default=0, help="train on every positive and this many negatives (0: all)")
    parser.add_argument("--out", type=Path, default=Path("build/transformer"))
    args = parser.parse_args(argv)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(2)
    train = [e for e in examples("train") if e.label != BORDERLINE]
    if args.negatives:
        negatives = [e for e in train if not e.target]
        train = [e for e in train if e.target] + random.sample(negatives, min(args.negatives, len(negatives)))
    dev = [e for e in examples("dev") if e.label != BORDERLINE]
    print(f"train units {len(train)}, dev units {len(dev)}", flush=True)
    tokenizer = AutoTokenizer.from_pretrained(str(source_model()))
    model = AutoModelForSequenceClassification.from_pretrained(str(source_model()), num_labels=2)
    optimiser = torch.optim.AdamW(model.parameters(), lr=5e-5, weight_decay=0.01)
    order = list(range(len(train)))
    started = time.time()
    model.train()
    for epoch in range(args.epochs):
        random.shuffle(order)
        for at in range(0, len(order), 16):
            batch = [train[i] for i in order[at: at + 16]]
            inputs = tokenizer([e.unit.text for e in batch], truncation=True, max_length=MAX_TOKENS, padding=True, return_tensors="pt")
            logits = model(**inputs).logits
            loss = torch.nn.functional.cross_entropy(
                logits, torch.tensor([e.target for e in batch]), reduction="none"
            ) @ torch.tensor([e.weight for e in batch]) / len(batch)
            loss.backward()
            optimiser.step()
            optimiser.zero_grad()
        print(f"epoch {epoch + 1} done after {time.time() - started:.0f} s", flush=True)
    model.eval()
    args.out.mkdir(parents=True, exist_ok=True)
    onnx_path = args.out / "model.onnx"
    sample = tokenizer(["The bank will raise rates next year."], return_tensors="pt")
    torch.onnx.export(
        model, (sample["input_ids"], sample["attention_mask"]), str(onnx_path),
        input_names=["input_ids", "attention_mask"], output_names=["logits"],
        dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"}},
        opset_version=17, dynamo=False,
    )
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantised = args.out / "model.int8.onnx"
    quantize_dynamic(str(onnx_path), str(quantised), weight_type=QuantType.QInt8)
    import onnxruntime

    y_dev = np.array([e.target for e in dev])
    for path in (onnx_path, quantised):
        session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"])
        begun = time.perf_counter()
        scores = []
        for at in range(0, len(dev), 32):
            texts = [e.unit.text for e in dev[at: at + 32]]
            encoded = tokenizer(texts, truncation=True, max_length=MAX_TOKENS, padding=True, return_tensors="np")
            logits = session.run(None, {"input_ids": encoded["input_ids"], "attention_mask": encoded["attention_mask"]})[0]
            scores.extend(logits[:, 1] - logits[:, 0])
        elapsed = time.perf_counter() - begun
        values = np.array(scores)
        slope, intercept = platt(values, y_dev)
        chosen = (1 / (1 + np.exp(-(slope * values + intercept))) >= 0.5).astype(int)
        size = path.stat().st_size / 1e6
        print(f"dev {path.name:16s} {figures(y_dev, chosen)} size={size:.1f} MB scoring {len(dev)} units took {elapsed:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
