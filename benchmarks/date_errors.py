"""Print every publication date the extractor gets wrong on the train and dev splits, with the
line it came from and the rule that chose it.

Run: python benchmarks/date_errors.py [--split train] [--split dev] [--set written] [--quiet]

A text whose label gives a date (or says there is none) is one of: right; "given" (labelled
undated, a date was read: the error a user can least see); "wrong" (both dated, different days,
compared to the precision the label gives, as tests/extraction_eval.py compares them);
"missing" (labelled dated, read as undated). For each error: the split, the text, the kind, the
date read and the label, the rule that read it (``metadata._published``'s names, "learned header
reader" where the learned reader changed the rules' date, "weather product" for a product's own
header) and the first line that holds the date read (or, for a missing date, the labelled one).
``--set written`` scores the short texts written for this purpose (tests/date_layouts.py)
instead. The test split is refused: it is scored only to report.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import extraction_eval  # noqa: E402
from tracker.extract import extract  # noqa: E402
from tracker.extract.layout import Kind, split_blocks  # noqa: E402
from tracker.extract.metadata import parse_full_date, parse_month_year, parse_numeric_date, rules_metadata  # noqa: E402

SPLITS = ("train", "dev")
KINDS = ("right", "given", "wrong", "missing")


def date_read(text: str) -> tuple[dt.date | None, str]:
    """The date ``extract`` reads and the name of what chose it."""
    got = extract(text, detector=False).meta.published
    trace: dict[str, str] = {}
    ruled, _ = rules_metadata(split_blocks(text), trace)
    if got == ruled.published:
        return got, trace.get("published", "none")
    if got is not None and text.lstrip()[:1].isupper():
        from tracker.extract.products import read_product

        product = read_product(text)
        if product is not None and product.published == got:
            return got, "weather product"
    return got, f"learned header reader (rules: {ruled.published or 'none'}, {trace.get('published', 'none')})"


def line_with(text: str, day: Any) -> str:
    """The first line of ``text`` that holds ``day`` (a date, or a labelled ISO string), shortened."""
    if day is None:
        return ""
    for block in split_blocks(text):
        if block.kind is Kind.SEPARATOR:
            continue
        for line in block.text.splitlines():
            found = parse_full_date(line) or parse_numeric_date(line) or parse_month_year(line)
            if found is not None and found.isoformat().startswith(str(day)[:7]) or str(day) in line:
                line = " ".join(line.split())
                return line if len(line) <= 100 else line[:97] + "..."
    return "(no line holds it)"


def kind_of(label: Any, got: dt.date | None) -> str:
    if label is None:
        return "right" if got is None else "given"
    if got is None:
        return "missing"
    same = extraction_eval._meta_value(label) == extraction_eval._meta_value(got, label)
    return "right" if same else "wrong"


def score(named: list[tuple[str, str, Any]], prefix: str, quiet: bool) -> Counter[str]:
    """``named``: (name, text, labelled date or None); prints each error, returns the counts."""
    counts: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    for name, text, label in named:
        got, source = date_read(text)
        kind = kind_of(label, got)
        counts[kind] += 1
        counts["undated" if label is None else "dated"] += 1
        if kind == "right":
            continue
        sources[f"{kind:7s} {source.split(' (')[0]}"] += 1
        if not quiet:
            shown = got if got is not None else label
            print(f"{prefix} {name} {kind}: read {got} labelled {label}; by {source}; line: {line_with(text, shown)}")
    right = counts["right"]
    total = counts["dated"] + counts["undated"]
    print(f"{prefix}: published right {right}/{total} = {right / max(1, total):.3f}; undated {counts['undated']}, "
          f"given a date {counts['given']}; dated {counts['dated']}, wrong {counts['wrong']}, missing {counts['missing']}")
    for key, n in sorted(sources.items()):
        print(f"{prefix}   {key:60s} {n:3d}")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", action="append", help="train and/or dev (default both); test is refused")
    parser.add_argument("--set", choices=("written",), help="score the written date layouts instead of a split")
    parser.add_argument("--quiet", action="store_true", help="counts only")
    args = parser.parse_args(argv)
    for split in args.split or ():
        if split not in SPLITS:
            print(f"error: --split {split}: only train and dev are read here (the test split is scored only to report)",
                  file=sys.stderr)
            return 2
    if args.set == "written":
        from date_layouts import DATED, UNDATED

        named = [(f"undated/{i}", t.text, None) for i, t in enumerate(UNDATED)]
        named += [(f"dated/{i}", t.text, t.published) for i, t in enumerate(DATED)]
        score(named, "written", args.quiet)
        return 0
    if not extraction_eval.corpus_available():
        print(f"skipped: no shared corpus at {extraction_eval.shared_corpus()}")
        return 0
    for split in args.split or SPLITS:
        named = [(item.name, item.text, (item.labels.get("meta") or {})["published"])
                 for item in extraction_eval.labelled_texts(split) if "published" in (item.labels.get("meta") or {})]
        score(named, split, args.quiet)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
