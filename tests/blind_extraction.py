"""The blind extraction set: texts and labels written by people who never saw the extractor.

Each file in ``tests/blind_extraction/`` is a list of texts written here, for this purpose
alone, by an independent writer who read only the labelling guide (``tests/corpus/GUIDE.md``,
"What to label" to "Fields of a non-forecast") and never the extractor's code, its output or
the corpus. The labels give verbatim ``match`` spans, as annotators' drafts do; here they are
turned into the offsets ``extraction_eval.score_text`` scores, so the blind set is scored by
the same rules as the corpus splits.

The set is a measure, not a target: ``benchmarks/extraction_blind.py`` prints counts only,
never which forecast was missed, so no rule can be written for one of its sentences.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from extraction_eval import Counts, score_text
from tracker.extract import extract
from tracker.training.data import LabelledText

BLIND_DIR = Path(__file__).resolve().parent / "blind_extraction"


class UnmatchedLabel(ValueError):
    """A label whose ``match`` is not in its text: the set is broken, not the extractor."""


def span_of(text: str, match: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th place where ``match`` sits in ``text``, any run of
    white space matching any other (writers retype line breaks as spaces)."""
    words = match.split()
    if not words:
        raise UnmatchedLabel("an empty match")
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words))
    found = list(pattern.finditer(text))
    if len(found) < occurrence:
        raise UnmatchedLabel(f"not in the text: {match[:60]!r}")
    return found[occurrence - 1].span()


def _with_offsets(items: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    labelled = []
    for item in items:
        start, end = span_of(text, item["match"], int(item.get("occurrence", 1)))
        labelled.append({**item, "start": start, "end": end})
    return labelled


def blind_texts() -> Iterator[LabelledText]:
    """Every text of the blind set with offset labels; its set (the file's name) as its split."""
    for path in sorted(BLIND_DIR.glob("set_*.json")):
        for entry in json.loads(path.read_text(encoding="utf-8")):
            text = entry["text"]
            labels = {
                "meta": entry.get("meta") or {},
                "forecasts": _with_offsets(entry.get("forecasts", []), text),
                "not_forecasts": _with_offsets(entry.get("not_forecasts", []), text),
            }
            yield LabelledText(entry["name"], entry.get("kind", "unknown"), path.stem, text, labels)


def score_blind(*, detector: bool, min_confidence: float) -> dict[str, Counts]:
    """Counts per writer's set, rules alone (``detector=False``) or rules + detector."""
    by_set: dict[str, Counts] = {}
    for item in blind_texts():
        extraction = extract(item.text, detector=detector, min_confidence=min_confidence if detector else 0.0)
        by_set.setdefault(item.split, Counts()).add(score_text(item, extraction))
    return by_set
