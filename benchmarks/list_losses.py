"""Why clear forecasts of the list-shaped genres are missed (issue 13, fourteenth round).

Run: python benchmarks/list_losses.py [--splits train,dev] [--genres G1,G2] [--list]

For every labelled text of the list-shaped written genres (prediction lists, sports picks, forum
predictions, outlooks and previews, election commentary) of the splits (train and dev only: the
test split is scored by ``bench_extract.py`` to report, never read here), the shipped pipeline is
run at confidence 0 and each clear forecast no candidate at ``DEFAULT_MIN_CONFIDENCE`` overlaps
is put in the first class that holds:

- ``under the floor``: a candidate overlaps it, under the floor;
- ``wrong span``: a candidate quotes its words, but the scoring places the quote elsewhere;
- ``table row``: its line is a row of a table (cells set with bars or in columns of spaces);
- ``forum reply``: it stands in a thread's post after the first;
- ``declared item, no candidate``: ``lists.read_lists`` made its block an item, yet no candidate;
- ``list not declared``: its block is shaped as an item (bullet, number, dash, a run of
  "Label: value" lines or of lines ending with a chance, an outcome label), but no declaration
  covers it;
- ``not read as an item``: a line inside a declared list (an item a block or two away) that the
  item shapes do not take;
- ``verbless line``: a short line (under 12 words) outside any list;
- ``prose``: a sentence of prose, left to the detector.

Counts per genre and split; ``--list`` prints each miss with its class.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from extraction_eval import candidate_spans  # noqa: E402
from tracker.extract import extract  # noqa: E402
from tracker.extract.combine import DEFAULT_MIN_CONFIDENCE  # noqa: E402
from tracker.extract.layout import Kind, split_blocks  # noqa: E402
from tracker.extract.lists import _Shapes, post_headers, read_lists, thread_posts  # noqa: E402
from tracker.extract.units import _alnum_view  # noqa: E402
from tracker.training.data import labelled_texts  # noqa: E402

GENRES = (
    "written_prediction_lists", "written_sports_picks", "written_forum_predictions",
    "written_outlooks_previews", "written_election_commentary",
)
CLASSES = (
    "found", "under the floor", "wrong span", "table row", "forum reply", "declared item, no candidate",
    "list not declared", "not read as an item", "verbless line", "prose",
)
_TABLE_LINE = re.compile(r"\S\s*\|\s*\S|\S(?: {2,}|\t)\S.*\S(?: {2,}|\t)\S")
_VERBLESS_MAX_WORDS = 12
_NEAR_ITEMS = 2


def _overlaps(span: tuple[int, int], label: dict) -> bool:
    return span[0] >= 0 and span[0] < label["end"] and label["start"] < span[1]


def _line_of(text: str, start: int) -> str:
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    return text[begin: end if end >= 0 else len(text)]


def classify(text: str, labels: dict) -> list[tuple[str, str]]:
    """(class, label text) for every clear forecast of one text."""
    extraction = extract(text, min_confidence=0.0)
    found = extraction.forecasts
    spans = candidate_spans(text, found)
    blocks = split_blocks(text)
    declared = read_lists(blocks, extraction.meta.published)
    shapes = _Shapes(blocks)
    posts = thread_posts(blocks, post_headers(blocks))
    first_post_header = min((i for i in post_headers(blocks)), default=None)
    keys = [_alnum_view(block.text)[0] for block in blocks]
    rows = []
    for label in (f for f in labels.get("forecasts", []) if f.get("clear")):
        quote = text[label["start"]:label["end"]]
        near = [c for c, span in zip(found, spans) if _overlaps(span, label)]
        key = _alnum_view(quote)[0]
        if any((c.confidence or 0.0) >= DEFAULT_MIN_CONFIDENCE for c in near):
            rows.append(("found", quote))
            continue
        if near:
            rows.append(("under the floor", quote))
            continue
        if key and any(key[:40] in _alnum_view(c.quote)[0] for c in found if (c.confidence or 0.0) >= DEFAULT_MIN_CONFIDENCE):
            rows.append(("wrong span", quote))
            continue
        if _TABLE_LINE.search(_line_of(text, label["start"]).strip()):
            rows.append(("table row", quote))
            continue
        position = next((p for p, block_key in enumerate(keys) if key[:30] and key[:30] in block_key), None)
        block = blocks[position] if position is not None else None
        if block is not None and posts and block.index in posts and first_post_header is not None and any(
            h for h in post_headers(blocks) if first_post_header < h <= block.index
        ):
            rows.append(("forum reply", quote))
            continue
        if block is not None and block.index in declared.items:
            rows.append(("declared item, no candidate", quote))
            continue
        if block is not None and shapes.item(position, loose=False):
            rows.append(("list not declared", quote))
            continue
        if block is not None and any(abs(block.index - i) <= _NEAR_ITEMS for i in declared.items):
            rows.append(("not read as an item", quote))
            continue
        if block is not None and (block.kind is not Kind.BODY or len(block.text.split()) < _VERBLESS_MAX_WORDS):
            rows.append(("verbless line", quote))
            continue
        rows.append(("prose", quote))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--splits", default="train,dev")
    parser.add_argument("--genres", default=",".join(GENRES))
    parser.add_argument("--list", action="store_true", help="print every missed forecast with its class")
    args = parser.parse_args(argv)
    genres = args.genres.split(",")
    for split in args.splits.split(","):
        if split == "test":
            parser.error("the test split is scored only to report (bench_extract.py), never read here")
        table: dict[str, Counter] = defaultdict(Counter)
        for item in labelled_texts(split):
            if item.genre not in genres:
                continue
            for why, quote in classify(item.text, item.labels):
                table[item.genre][why] += 1
                if args.list and why != "found":
                    print(f"miss {split} {item.genre:28s} {why:28s} {item.name}: {' '.join(quote.split())[:140]}")
        print(f"| {split} | " + " | ".join(g.replace("written_", "") for g in genres) + " | all |")
        print("| --- " * (len(genres) + 2) + "|")
        for why in CLASSES:
            counts = [table[g][why] for g in genres]
            print(f"| {why} | " + " | ".join(str(c) for c in counts) + f" | {sum(counts)} |")
        clear = [sum(table[g].values()) for g in genres]
        print("| clear forecasts | " + " | ".join(str(c) for c in clear) + f" | {sum(clear)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
