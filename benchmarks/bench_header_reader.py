"""What the learned header reader costs: metadata read with and without it on the dev split's texts.

Run: python benchmarks/bench_header_reader.py

Prints the CPU time per text of reading the metadata (tracker/extract/metadata.py's read_metadata)
by the rules alone and with the header reader (tracker/extract/header_roles.py), each twice in
turn; the first pass with the reader includes loading numpy and the weights.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.extract.layout import split_blocks  # noqa: E402
from tracker.extract.metadata import read_metadata  # noqa: E402
from tracker.training.data import labelled_texts, shared_corpus  # noqa: E402


def main() -> int:
    if not (shared_corpus() / "texts").is_dir():
        print(f"skipped: no shared corpus at {shared_corpus()}")
        return 0
    texts = [item.text for item in labelled_texts("dev")]
    for learned in (False, True, False, True):
        start = time.process_time()
        for text in texts:
            read_metadata(split_blocks(text), learned=learned)
        per_text = (time.process_time() - start) / len(texts) * 1000
        print(f"{'rules + header reader' if learned else 'rules alone':22s} {per_text:5.1f} ms CPU per text over {len(texts)} dev texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
