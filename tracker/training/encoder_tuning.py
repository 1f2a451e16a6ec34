"""Fine-tune the cascade's encoder: all-MiniLM-L6-v2 taught which units are forecasts.

    python -m tracker.training.encoder_tuning --seed 13 [--epochs 1] [--negatives 8000] [--context]
    python -m tracker.training.contextual --seed 13 --encoder-weights build/encoder_tuning/DIGEST --out build/tuned ...
    python -m tracker.training.cascade --seed 13 --contextual build/tuned --encoder-weights build/encoder_tuning/DIGEST ...

The cascade reads each uncertain unit through a frozen encoder (mean-pooled, normalised
vector) and a logistic regression. Here the encoder itself learns the task: the same
pooling and normalisation as at run time, a linear head on top, trained on the train
split's units (every positive and every labelled non-forecast, weighted as for the linear
detector, and ``--negatives`` plain negatives drawn with the seed, to fit a CPU budget),
AdamW with linear warm-up and decay, batches of similar length. Only the encoder is kept
(``save_pretrained``): ``contextual.py`` exports it to int8 ONNX exactly as it exports the
frozen one and fits its regression over the new vectors, so the run time is unchanged.

With ``--context`` the encoder reads each unit as a sentence pair, the unit and its context
(``tracker/extract/encoder_pairs.py``: the lead it sits under and the unit before it), pooled
over the unit's tokens only; the pair's token ids are built by the same function as at run
time (the package's WordPiece), so ``contextual.py`` and the cascade must be given
``--context`` too (README, "The encoder reads a unit with its context").

The fine-tuned weights are cached under a digest of their inputs (training texts, targets,
weights, seed, settings): a re-run with unchanged inputs skips training. It prints the dev
average precision of the head alone (torch, float32) beside the frozen encoder's
regression (see README, "A fine-tuned encoder"). The test split is never read.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from pathlib import Path
from typing import Any

import numpy as np

from tracker.extract.encoder_pairs import PAIR_MAX_TOKENS, Context, PairIds, pair_ids
from tracker.extract.wordpiece import WordPiece
from tracker.training.data import HARD_NEGATIVE
from tracker.training.train import source_model
from tracker.training.transformer import batches_by_length, digest, fine_tuning_arguments, fine_tuning_inputs

MAX_TOKENS = 96
BATCH = 16
LEARNING_RATE = 4e-5
WARM_UP = 0.06  # share of the steps with a rising learning rate
HEAD_SCALE = 20.0  # the head reads a unit-length vector: a fixed gain keeps its weights small


def pooled(hidden: Any, mask: Any) -> Any:
    """Mean over real tokens, then unit length: what ``cascade.Encoder.embed`` computes."""
    import torch

    weights = mask.unsqueeze(-1).to(hidden.dtype)
    mean = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
    return torch.nn.functional.normalize(mean, dim=-1)


def pair_inputs(pairs: list[PairIds]) -> dict[str, Any]:
    """Padded tensors of sentence pairs, and the mask of the tokens the vector is pooled over."""
    import torch

    width = max(len(p.ids) for p in pairs)
    ids = torch.zeros((len(pairs), width), dtype=torch.long)
    segments = torch.zeros((len(pairs), width), dtype=torch.long)
    mask = torch.zeros((len(pairs), width), dtype=torch.long)
    pooled = torch.zeros((len(pairs), width), dtype=torch.long)
    for row, pair in enumerate(pairs):
        ids[row, : len(pair.ids)] = torch.tensor(pair.ids)
        segments[row, : len(pair.ids)] = torch.tensor(pair.segments)
        mask[row, : len(pair.ids)] = 1
        pooled[row, : pair.pooled] = 1
    return {"input_ids": ids, "token_type_ids": segments, "attention_mask": mask, "pooled": pooled}


class PairBuilder:
    """Sentence pairs (unit, context) as the run time builds them: the package's WordPiece
    over the source model's vocabulary."""

    def __init__(self, vocabulary: Path) -> None:
        self.tokenizer = WordPiece(vocabulary.read_text(encoding="utf-8").splitlines())
        self.cls, self.sep = self.tokenizer.ids["[CLS]"], self.tokenizer.ids["[SEP]"]

    def __call__(self, unit: str, context: Context) -> PairIds:
        return pair_ids(self.tokenizer.encode, self.cls, self.sep, unit, context)


def fine_tune(items: list[Any], epochs: int, seed: int, folder: Path, context: bool = False) -> None:
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(seed)
    tokenizer = AutoTokenizer.from_pretrained(str(source_model()))
    encoder = AutoModel.from_pretrained(str(source_model()))
    head = torch.nn.Linear(encoder.config.hidden_size, 1)
    parameters = list(encoder.parameters()) + list(head.parameters())
    optimiser = torch.optim.AdamW(parameters, lr=LEARNING_RATE, weight_decay=0.01)
    pairs = [PairBuilder(source_model() / "vocab.txt")(e.unit.text, e.context) for e in items] if context else []
    if context:
        lengths = [len(p.ids) for p in pairs]
    else:
        lengths = [len(tokenizer(e.unit.text, truncation=True, max_length=MAX_TOKENS)["input_ids"]) for e in items]
    rng = random.Random(seed)
    steps = epochs * math.ceil(len(items) / BATCH)
    warm = max(1, int(steps * WARM_UP))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min((step + 1) / warm, max(0.0, (steps - step) / max(1, steps - warm))))
    started = time.time()
    encoder.train()
    done = 0
    for epoch in range(epochs):
        groups = batches_by_length(lengths, BATCH, rng)
        running = 0.0
        for step, group in enumerate(groups):
            batch = [items[i] for i in group]
            if context:
                inputs = pair_inputs([pairs[i] for i in group])
                over = inputs.pop("pooled")
            else:
                inputs = tokenizer([e.unit.text for e in batch], truncation=True, max_length=MAX_TOKENS,
                                   padding=True, return_tensors="pt")
                over = inputs["attention_mask"]
            hidden = encoder(**inputs).last_hidden_state
            logits = head(pooled(hidden, over) * HEAD_SCALE).squeeze(-1)
            targets = torch.tensor([float(e.target) for e in batch])
            weights = torch.tensor([e.weight for e in batch], dtype=torch.float32)
            loss = (torch.nn.functional.binary_cross_entropy_with_logits(logits, targets, reduction="none") * weights).mean()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(parameters, 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            done += 1
            running += float(loss.detach())
            if step % 100 == 0:
                print(f"epoch {epoch + 1} step {step}/{len(groups)} loss {running / (step + 1):.4f} "
                      f"after {time.time() - started:.0f} s", flush=True)
        print(f"epoch {epoch + 1} done after {time.time() - started:.0f} s", flush=True)
    folder.mkdir(parents=True, exist_ok=True)
    encoder.eval()
    encoder.save_pretrained(str(folder))
    tokenizer.save_pretrained(str(folder))
    torch.save(head.state_dict(), folder / "head.pt")
    (folder / "fine_tuning.json").write_text(json.dumps(
        {"units": len(items), "epochs": epochs, "seconds": round(time.time() - started), "seed": seed,
         "context": context}) + "\n")


def head_scores(folder: Path, texts: list[str], contexts: list[Context] | None = None) -> np.ndarray:
    """The fine-tuned head's logit per text (torch, float32, no gradients); with
    ``contexts``, per sentence pair."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(folder))
    encoder = AutoModel.from_pretrained(str(folder)).eval()
    head = torch.nn.Linear(encoder.config.hidden_size, 1)
    head.load_state_dict(torch.load(folder / "head.pt"))
    pairs = [PairBuilder(source_model() / "vocab.txt")(t, c) for t, c in zip(texts, contexts)] if contexts else []
    order = sorted(range(len(texts)), key=lambda i: len(pairs[i].ids) if pairs else len(texts[i]))
    out = np.zeros(len(texts), dtype=np.float32)
    with torch.no_grad():
        for at in range(0, len(order), 64):
            group = order[at: at + 64]
            if pairs:
                inputs = pair_inputs([pairs[i] for i in group])
                over = inputs.pop("pooled")
            else:
                inputs = tokenizer([texts[i] for i in group], truncation=True, max_length=MAX_TOKENS,
                                   padding=True, return_tensors="pt")
                over = inputs["attention_mask"]
            vectors = pooled(encoder(**inputs).last_hidden_state, over)
            out[group] = head(vectors * HEAD_SCALE).squeeze(-1).numpy()
    return out


def main(argv: list[str] | None = None) -> int:
    from sklearn.metrics import average_precision_score

    parser = argparse.ArgumentParser(prog="python -m tracker.training.encoder_tuning", description=__doc__.split("\n\n")[0])
    fine_tuning_arguments(parser, epochs=1, negatives=8000, out=Path("build/encoder_tuning"))
    parser.add_argument("--context", action="store_true",
                        help="read each unit as a sentence pair with its context (tracker/extract/encoder_pairs.py)")
    args = parser.parse_args(argv)
    started = time.time()
    train, dev, tuning = fine_tuning_inputs(args.seed, args.negatives)
    settings = {"seed": args.seed, "epochs": args.epochs, "max_tokens": MAX_TOKENS, "batch": BATCH,
                "lr": LEARNING_RATE, "warm_up": WARM_UP, "head_scale": HEAD_SCALE, "kind": "pooled-encoder"}
    if args.context:
        settings.update(kind="pair-encoder", max_tokens=PAIR_MAX_TOKENS)
    folder = args.out / digest(tuning, settings, context=args.context)
    print(f"examples built in {time.time() - started:.0f} s; train units {len(train)}, dev units {len(dev)}; "
          f"fine-tuning on {len(tuning)} ({sum(e.target for e in tuning)} positive, "
          f"{sum(e.label == HARD_NEGATIVE for e in tuning)} labelled non-forecasts)", flush=True)
    if (folder / "head.pt").exists():
        print(f"reusing the fine-tuned encoder in {folder} (inputs unchanged)", flush=True)
    else:
        fine_tune(tuning, args.epochs, args.seed, folder, context=args.context)
    y_dev = np.array([e.target for e in dev])
    scores = head_scores(folder, [e.unit.text for e in dev], [e.context for e in dev] if args.context else None)
    figures = {"dev_units": len(dev), "dev_positive": int(y_dev.sum()),
               "head_average_precision": round(float(average_precision_score(y_dev, scores)), 3)}
    print(f"dev, the fine-tuned head alone: {figures}", flush=True)
    (folder / "dev_figures.json").write_text(json.dumps(figures, indent=1) + "\n")
    print(f"encoder weights: {folder}", flush=True)
    print(f"total {time.time() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
