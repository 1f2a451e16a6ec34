"""Print every metadata field the extractor gets wrong on the train and dev splits.

Run: python benchmarks/metadata_errors.py [--split train] [--split dev] [--quiet]

For each labelled text: field, extracted value, labelled value (compared as
tests/extraction_eval.py compares them), then the errors counted per field, per genre
and per header layout. The test split is never read here: it is scored only to report.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import extraction_eval  # noqa: E402
from tracker.extract import extract  # noqa: E402
from tracker.extract.layout import Kind, split_blocks  # noqa: E402
from tracker.extract.metadata import _fields, is_meta_line  # noqa: E402
from tracker.extract.products import read_product  # noqa: E402

SPLITS = ("train", "dev")


def layout(text: str) -> str:
    """A coarse name for how the text's header is laid out, to group the errors."""
    if read_product(text) is not None:
        return "weather-product"
    blocks = [b for b in split_blocks(text) if b.kind is not Kind.SEPARATOR]
    if not blocks:
        return "empty"
    if _fields(blocks):
        return "field-header"
    first = blocks[0]
    if first.kind is Kind.BODY:
        return "prose-first"
    if is_meta_line(first.text):
        return "meta-line-first"
    header = blocks[: next((i for i, b in enumerate(blocks) if b.kind is Kind.BODY), len(blocks))]
    return "one-heading" if len(header) == 1 else "heading-lines"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", action="append", choices=SPLITS, help="train and/or dev (default both)")
    parser.add_argument("--quiet", action="store_true", help="counts only")
    args = parser.parse_args()
    if not extraction_eval.corpus_available():
        print(f"skipped: no shared corpus at {extraction_eval.shared_corpus()}")
        return 0
    for split in args.split or SPLITS:
        by_field: Counter[str] = Counter()
        checked: Counter[str] = Counter()
        by_genre: Counter[str] = Counter()
        genre_checked: Counter[str] = Counter()
        by_layout: Counter[str] = Counter()
        layout_checked: Counter[str] = Counter()
        undated = 0
        for item in extraction_eval.labelled_texts(split):
            meta = item.labels.get("meta") or {}
            got_meta = extract(item.text, detector=False).meta
            shape = layout(item.text)
            for key in extraction_eval.META_FIELDS:
                if key not in meta:
                    continue
                checked[key] += 1
                genre_checked[item.genre] += 1
                layout_checked[shape] += 1
                want = extraction_eval._meta_value(meta[key])
                got = extraction_eval._meta_value(getattr(got_meta, key), meta[key])
                if want == got:
                    continue
                by_field[key] += 1
                by_genre[item.genre] += 1
                by_layout[shape] += 1
                if not args.quiet:
                    print(f"{split} {item.name} [{shape}] {key}: extracted {getattr(got_meta, key)!r} labelled {meta[key]!r}")
            if meta.get("published", "missing") is None and got_meta.published is not None:
                undated += 1
        right = sum(checked.values()) - sum(by_field.values())
        print(f"{split}: metadata {right}/{sum(checked.values())} = {right / max(1, sum(checked.values())):.3f}, "
              f"undated texts given a date {undated}")
        for name, wrong, total in (("field", by_field, checked), ("genre", by_genre, genre_checked), ("layout", by_layout, layout_checked)):
            for key in sorted(total):
                print(f"{split}   {name:6s} {key:32s} errors {wrong[key]:3d} of {total[key]:3d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
