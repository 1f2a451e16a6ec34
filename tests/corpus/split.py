"""Freeze the train / dev / test split of the corpus, by text, before any training.

Within each genre, texts are ordered by the SHA-256 of their path (a rule nobody can tune)
and the first 20% go to test, the next 15% to dev, the rest to train. Run once; the
result, ``splits.csv``, is committed and never regenerated for texts already in it.

    python3 tests/corpus/split.py
"""

from __future__ import annotations

import csv
import hashlib
import math
from collections import defaultdict
from pathlib import Path

from label_tool import HERE, corpus_root

SPLITS = HERE / "splits.csv"
TEST_SHARE, DEV_SHARE = 0.20, 0.15


def all_texts() -> list[tuple[str, str]]:
    with (corpus_root() / "MANIFEST.csv").open(encoding="utf-8") as handle:
        texts = [(row["path"], row["genre"]) for row in csv.DictReader(handle)]
    for path in sorted((HERE / "written").glob("*/*.txt")):
        rel = path.relative_to(HERE).as_posix()
        texts.append((rel, "written_" + path.parent.name))
    return texts


def assign(texts: list[tuple[str, str]]) -> dict[str, str]:
    by_genre: dict[str, list[str]] = defaultdict(list)
    for path, genre in texts:
        by_genre[genre].append(path)
    split = {}
    for genre, paths in by_genre.items():
        paths.sort(key=lambda p: hashlib.sha256(p.encode()).hexdigest())
        n_test = max(1, math.floor(len(paths) * TEST_SHARE + 0.5))
        n_dev = max(1, math.floor(len(paths) * DEV_SHARE + 0.5)) if len(paths) > 2 else 0
        for i, path in enumerate(paths):
            split[path] = "test" if i < n_test else "dev" if i < n_test + n_dev else "train"
    return split


def main() -> None:
    texts = all_texts()
    frozen = {}
    if SPLITS.exists():
        with SPLITS.open(encoding="utf-8") as handle:
            frozen = {row["path"]: row for row in csv.DictReader(handle)}
    fresh = assign([t for t in texts if t[0] not in frozen])
    rows = list(frozen.values()) + [
        {"path": p, "genre": g, "split": fresh[p]} for p, g in texts if p not in frozen
    ]
    rows.sort(key=lambda r: (r["genre"], r["path"]))
    with SPLITS.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["path", "genre", "split"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    counts = defaultdict(int)
    for row in rows:
        counts[row["split"]] += 1
    print(f"{len(rows)} texts: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
