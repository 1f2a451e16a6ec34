"""Grouped cross-validation of the metadata reader over the train split: the estimate that
chooses what is kept.

Run: python benchmarks/metadata_cv.py [--folds 5] [--seed 13] [--errors] [--rules] [--floor outlet=0.95]

Dev has been read by twelve rounds of rules and thresholds, and overstates what the reader does
on layouts nobody has seen (dev 0.888, test 0.731, a blind set 0.725). Here the train split's
texts are grouped by who wrote their layouts: a written text by its labelling set (the pair of
annotators who labelled that set: one writer's batch), a real text of the shared corpus by its
genre (one source's layouts). The groups are dealt into ``--folds`` folds of about equal size.
For each fold a header reader is trained as ``python -m tracker.training.header_roles`` trains
the shipped one (the other folds' train texts and both independent writers' layouts, the seed,
thresholds chosen on dev), and the held-out fold's metadata is read end to end as ``extract``
reads it (a weather product by its own layout) and scored as ``tests/extraction_eval.py``
scores it. The rules are the same in every fold: they were written on train, so the estimate
is fair to the model and generous to the rules; ``--rules`` prints the rules alone beside it.

Prints per fold and overall: fields right per field (title, author, published, outlet), in all,
and the undated texts (labelled with no date) read as undated. ``--errors`` prints every field
the held-out readers get wrong, to study (train texts only). The test split is never read.
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
sys.path.insert(0, str(ROOT / "benchmarks"))

import extraction_eval  # noqa: E402
from metadata_cross_writer import read  # noqa: E402  (the metadata as ``extract`` reads it, with a given reader)
from tracker.extract.header_roles import HeaderModel  # noqa: E402
from tracker.training import header_roles as training  # noqa: E402

FIELDS = extraction_eval.META_FIELDS


def group_of(item: Any) -> str:
    """Who wrote the layout: a written text's labelling set (its annotators), a real text's genre."""
    if item.name.startswith("written/"):
        return "set " + "+".join(item.labels.get("annotators") or ["unknown"])
    return "real " + item.genre


def deal(groups: dict[str, int], folds: int) -> dict[str, int]:
    """Groups to folds, largest first, each to the fold with the fewest texts (then the lowest number)."""
    sizes = [0] * folds
    fold_of: dict[str, int] = {}
    for name, size in sorted(groups.items(), key=lambda kv: (-kv[1], kv[0])):
        fold = min(range(folds), key=lambda k: (sizes[k], k))
        fold_of[name] = fold
        sizes[fold] += size
    return fold_of


class Tally:
    """Fields right and labelled, per field; undated texts read as undated."""

    def __init__(self) -> None:
        self.right: Counter[str] = Counter()
        self.checked: Counter[str] = Counter()
        self.undated = 0
        self.undated_right = 0

    def add(self, other: "Tally") -> None:
        self.right.update(other.right)
        self.checked.update(other.checked)
        self.undated += other.undated
        self.undated_right += other.undated_right

    def line(self) -> str:
        fields = " ".join(f"{self.right[k]:4d}/{self.checked[k]:<4d}{self.right[k] / max(1, self.checked[k]):.3f}" for k in FIELDS)
        good, total = sum(self.right.values()), sum(self.checked.values())
        return f"{fields}  {good:5d}/{total:<5d}{good / max(1, total):.3f}  {self.undated_right:3d}/{self.undated:<3d}"


def score(items: list[Any], reader: Any, errors: list[str] | None = None) -> Tally:
    tally = Tally()
    for item in items:
        label = item.labels.get("meta") or {}
        meta = read(item.text, reader)
        for key in FIELDS:
            if key not in label:
                continue
            tally.checked[key] += 1
            ok = extraction_eval._meta_value(label[key]) == extraction_eval._meta_value(getattr(meta, key), label[key])
            tally.right[key] += ok
            if not ok and errors is not None:
                errors.append(f"{item.name} [{group_of(item)}] {key}: read {getattr(meta, key)!r} labelled {label[key]!r}")
        if label.get("published", "missing") is None:
            tally.undated += 1
            tally.undated_right += meta.published is None
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--errors", action="store_true", help="print every field the held-out readers get wrong")
    parser.add_argument("--rules", action="store_true", help="also score the rules alone on each fold")
    parser.add_argument("--floor", action="append", default=[], metavar="DECISION=T",
                        help="a lowest threshold for a decision (as training.FLOORS), to compare (e.g. outlet=0.95)")
    args = parser.parse_args(argv)
    for floor in args.floor:
        decision, value = floor.split("=")
        training.FLOORS[decision] = float(value)
    if not extraction_eval.corpus_available():
        print(f"skipped: no shared corpus at {extraction_eval.shared_corpus()}")
        return 0
    started = time.perf_counter()
    texts = list(extraction_eval.labelled_texts("train"))
    sizes = Counter(group_of(item) for item in texts)
    fold_of = deal(dict(sizes), args.folds)
    train_items, _ = training.dataset("train")
    item_by_name = {item["name"]: item for item in train_items}
    layout_items, _ = training.texts_dataset(training.written_layouts(training.WRITERS))
    dev_items, _ = training.dataset("dev")
    print(f"{len(texts)} train texts in {len(sizes)} groups, {args.folds} folds; "
          f"{len(train_items)} with header lines train, {len(layout_items)} written layouts in every fold")
    header = " ".join(f"{k:>14s}" for k in FIELDS)
    print(f"{'fold':22s} {header}  {'all':>16s}  undated")
    total, rules_total = Tally(), Tally()
    errors: list[str] = []
    for fold in range(args.folds):
        held = [t for t in texts if fold_of[group_of(t)] == fold]
        held_names = {t.name for t in held}
        fit = [item for name, item in item_by_name.items() if name not in held_names] + layout_items
        spec = training.train(fit, args.seed)
        spec["rules_features"], spec["embeddings"] = True, False
        spec["thresholds"], _ = training.choose_thresholds(HeaderModel(spec), dev_items)
        tally = score(held, HeaderModel(spec), errors if args.errors else None)
        total.add(tally)
        groups = sum(1 for g, f in fold_of.items() if f == fold)
        print(f"fold {fold} ({len(held):3d} texts, {groups:2d} gr) {tally.line()}")
        if args.rules:
            ruled = score(held, "rules")
            rules_total.add(ruled)
            print(f"  rules alone            {ruled.line()}")
    print(f"{'all folds (held out)':22s} {total.line()}")
    if args.rules:
        print(f"{'rules alone':22s} {rules_total.line()}")
    for line in errors:
        print(line)
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
