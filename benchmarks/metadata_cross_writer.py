"""Does a header reader trained on one independent writer's layouts read the other writer's better?

Run: python benchmarks/metadata_cross_writer.py [--seed 13]

Two writers who never saw the extractor wrote 60 training layouts each
(tests/metadata_training_layouts.py). Readers are trained here in memory, as
``python -m tracker.training.header_roles`` trains the shipped one (same seed, thresholds chosen
on dev): on the train split alone, on train + writer A, on train + writer B and on train + both.
Each is scored per field on writer A's layouts, writer B's and the dev split, beside the rules
alone and the shipped weights. A writer's set scored by a reader that did not train on it is
held out (the cross-writer figure); scored by one that did, it is a fit. The test split is never
read. Prints fields right per field, in all, and the texts given a date they do not state.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import extraction_eval  # noqa: E402
from tests.metadata_training_layouts import WRITER_A, WRITER_B  # noqa: E402
from tracker.extract.header_roles import HeaderModel, shipped_model  # noqa: E402
from tracker.extract.layout import split_blocks  # noqa: E402
from tracker.extract.metadata import read_metadata  # noqa: E402
from tracker.extract.products import read_product  # noqa: E402
from tracker.training import header_roles as training  # noqa: E402

FIELDS = extraction_eval.META_FIELDS


def read(text: str, reader: Any) -> Any:
    """The text's metadata as ``extract`` reads it, with ``reader``: "rules" (no model) or a model."""
    product = read_product(text) if text.lstrip()[:1].isupper() else None
    if product is not None:
        return product
    blocks = split_blocks(text)
    return read_metadata(blocks, learned=False) if reader == "rules" else read_metadata(blocks, model=reader)


def score(texts: list[tuple[str, dict[str, Any]]], reader: Any) -> tuple[Counter[str], Counter[str], int]:
    """Fields right and fields labelled, per field, and the undated texts given a date."""
    right: Counter[str] = Counter()
    checked: Counter[str] = Counter()
    undated = 0
    for text, label in texts:
        meta = read(text, reader)
        for key in FIELDS:
            if key not in label:
                continue
            checked[key] += 1
            right[key] += extraction_eval._meta_value(label[key]) == extraction_eval._meta_value(getattr(meta, key), label[key])
        undated += label.get("published", "missing") is None and meta.published is not None
    return right, checked, undated


def trained(train_items: list[dict[str, Any]], dev_items: list[dict[str, Any]], extra: list[dict[str, Any]], seed: int) -> HeaderModel:
    spec = training.train(train_items + extra, seed)
    spec["rules_features"], spec["embeddings"] = True, False
    spec["thresholds"], _ = training.choose_thresholds(HeaderModel(spec), dev_items)
    return HeaderModel(spec)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    if not extraction_eval.corpus_available():
        print(f"skipped: no shared corpus at {extraction_eval.shared_corpus()}")
        return 0
    started = time.perf_counter()
    sets = {
        "writer A": [(layout.text, training.layout_label(layout)) for layout in WRITER_A],
        "writer B": [(layout.text, training.layout_label(layout)) for layout in WRITER_B],
        "dev": [(item.text, item.labels.get("meta") or {}) for item in extraction_eval.labelled_texts("dev")],
    }
    train_items, _ = training.dataset("train")
    dev_items, _ = training.dataset("dev")
    a_items, _ = training.texts_dataset(training.written_layouts("a"))
    b_items, _ = training.texts_dataset(training.written_layouts("b"))
    readers: dict[str, Any] = {"rules alone": "rules", "shipped weights": shipped_model()}
    for name, extra in (("train", []), ("train + A", a_items), ("train + B", b_items), ("train + A + B", a_items + b_items)):
        readers[name] = trained(train_items, dev_items, extra, args.seed)
    print(f"{'reader':16s} {'set':9s} {'title':>7s} {'author':>7s} {'publ.':>7s} {'outlet':>7s} {'all':>15s} undated-given-a-date")
    for name, reader in readers.items():
        if reader is None:
            continue
        for set_name, texts in sets.items():
            right, checked, undated = score(texts, reader)
            total, good = sum(checked.values()), sum(right.values())
            fields = " ".join(f"{right[key]:7d}" for key in FIELDS)
            print(f"{name:16s} {set_name:9s} {fields} {good:5d}/{total:4d} = {good / total:.3f} {undated}")
        if reader not in ("rules",) and hasattr(reader, "thresholds"):
            print(f"{'':16s} thresholds {', '.join(f'{k} {v:.2f}' for k, v in reader.thresholds.items())}")
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
