"""Count the metadata fields the extractor reads right on header layouts written here.

Run: python benchmarks/metadata_unseen.py [--quiet]

The layouts (tests/metadata_layouts.py) were written before the fifth round of header rules,
in forms the train and dev splits do not use, to measure how the rules generalise without
reading the test split ("written"); a second set was written after the round's rules and
scored once before any rule was changed for it ("held-out"); a third was written after every
rule of the round and scored once, with no rule changed for it ("fresh"); a fourth was written
before the sixth round changed any rule, with pages around the header, syndication, archives,
other languages and undated texts full of dates ("sixth"); a fifth after every rule of the sixth
round, scored once before any rule was changed for it ("sixth-ho"); a sixth before the seventh round
changed any rule, with transcripts, forum threads, picks pages, speeches, newsletters, wire copy,
navigation and undated texts full of dates ("seventh"); a seventh after every rule of the seventh
round, scored once before any rule was changed for it ("seventh-ho"); an eighth before the eighth
round changed any rule, with agency and statistics releases, commodity, seasonal and health bulletins,
newsletters, old-style essays and letters, forum threads and undated or bare texts ("eighth"); a ninth
after every rule of the eighth round, scored once before any rule was changed for it ("eighth-ho"); a tenth
before the ninth round changed any rule, in the kinds the ninth error study found weakest (organisations above the
title, minutes, speeches naming their holder, forum sections, blogs and diaries, old talks, control and undated
texts) ("ninth"); an eleventh after every rule of the ninth round, scored once ("ninth-ho"); a twelfth before
the tenth round changed any rule, in the kinds the tenth error study found (days of an event in a
header, sections above a thread, broadcasters and columns, addresses and notes where a title stands,
control texts) ("tenth"); a thirteenth after every rule of the tenth round, scored once ("tenth-ho"); a fourteenth before the
eleventh round built its learned header reader, in the kinds the train error study found (a firm, a unit,
a note's kind or a paper's number above the title, a sender's line, a letter's sign-off) ("eleventh"); and a blind set written by someone who never
saw the extractor or these layouts (tests/metadata_blind_layouts.py, "blind": counts only, never
its misread fields, so that it stays a measure and never becomes a target). Prints every field read differently from the layout's label (unless
--quiet), then the fields right per field and in all, and the layouts given a date they do
not state. Fields are compared as tests/extraction_eval.py compares them.
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
from metadata_layouts import (  # noqa: E402
    EIGHTH,
    EIGHTH_HELD_OUT,
    ELEVENTH,
    FRESH,
    HELD_OUT,
    LAYOUTS,
    NINTH,
    NINTH_HELD_OUT,
    SEVENTH,
    SEVENTH_HELD_OUT,
    SIXTH,
    SIXTH_HELD_OUT,
    TENTH,
    TENTH_HELD_OUT,
    Layout,
)
from metadata_blind_layouts import BLIND  # noqa: E402
from tracker.extract import extract  # noqa: E402


def score(name: str, layouts: tuple[Layout, ...], *, quiet: bool) -> None:
    """Print the fields right on ``layouts`` per field and in all."""
    wrong: Counter[str] = Counter()
    undated = 0
    for layout in layouts:
        meta = extract(layout.text, detector=False).meta
        for key in extraction_eval.META_FIELDS:
            label = getattr(layout, key)
            want = extraction_eval._meta_value(label)
            got = extraction_eval._meta_value(getattr(meta, key), label)
            if want != got:
                wrong[key] += 1
                if not quiet:
                    print(f"{name} {layout.name} | {key}: extracted {getattr(meta, key)!r} labelled {label!r}")
        undated += layout.published is None and meta.published is not None
    total = len(layouts)
    for key in extraction_eval.META_FIELDS:
        print(f"{name:9s} {key:9s} {total - wrong[key]:3d}/{total} = {(total - wrong[key]) / total:.3f}")
    fields = total * len(extraction_eval.META_FIELDS)
    right = fields - sum(wrong.values())
    print(f"{name}: metadata {right}/{fields} = {right / fields:.3f}, undated layouts given a date {undated}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quiet", action="store_true", help="counts only")
    args = parser.parse_args()
    score("written", LAYOUTS, quiet=args.quiet)
    score("held-out", HELD_OUT, quiet=args.quiet)
    score("fresh", FRESH, quiet=args.quiet)
    score("sixth", SIXTH, quiet=args.quiet)
    score("sixth-ho", SIXTH_HELD_OUT, quiet=args.quiet)
    score("seventh", SEVENTH, quiet=args.quiet)
    score("seventh-ho", SEVENTH_HELD_OUT, quiet=args.quiet)
    score("eighth", EIGHTH, quiet=args.quiet)
    score("eighth-ho", EIGHTH_HELD_OUT, quiet=args.quiet)
    score("ninth", NINTH, quiet=args.quiet)
    score("ninth-ho", NINTH_HELD_OUT, quiet=args.quiet)
    score("tenth", TENTH, quiet=args.quiet)
    score("tenth-ho", TENTH_HELD_OUT, quiet=args.quiet)
    score("eleventh", ELEVENTH, quiet=args.quiet)
    score("blind", BLIND, quiet=True)  # counts only: scored to report, never to tune
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
