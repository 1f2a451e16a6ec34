"""Clear forecasts found on the wrong side of 0.5, grouped by why (issue 13, fourteenth round).

Run: python benchmarks/direction_errors.py [--splits train,dev] [--genre GENRE] [--list]
     [--save FILE] [--compare FILE]

For every labelled text of the splits (train and dev only: the test split is scored by
``bench_extract.py`` to report, never read here, and is refused), the combined extractor
runs at the default ``--min-confidence``, and each clear forecast that some candidate
overlaps but no overlapping candidate reads on the label's side (``tests/extraction_eval.py``
scores direction so) is put in the first class that holds, read from the overlapping
candidates' sentence and cue:

- ``capitals``: the sentence is written in capitals;
- ``question``: the sentence asks (a question mark);
- ``negated frame``: a denied belief or expectation ("nobody expects", "I don't think",
  "none of them", "no one", "not anticipated", "I doubt") that the reading missed;
- ``pick against``: a pick or call against a side ("fade", "won't cover", "under", "against",
  "lay", "no chance", "I wouldn't bet");
- ``odds or number``: a stated chance, percentage, price or line read on the wrong side;
- ``hedge``: a modal or hedge read the wrong way ("may", "could", "possible", "risk", "unlikely");
- ``negation``: another "not", "no", "won't", "never" in the sentence;
- ``claim inverted``: the label's claim and the candidate's claim share few words
  (another clause, or a claim worded the other way round);
- ``other``.

``--save FILE`` writes every wrong case (text, label span, candidates) as JSON lines;
``--compare FILE`` prints, against such a file from an earlier run, the cases put right and
those made wrong. Per split it prints the direction figure and the counts per class.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from extraction_eval import Counts, _direction, candidate_spans, score_text  # noqa: E402
from tracker.extract import extract  # noqa: E402
from tracker.extract.combine import DEFAULT_MIN_CONFIDENCE  # noqa: E402
from tracker.training.data import labelled_texts  # noqa: E402

ALLOWED_SPLITS = ("train", "dev")
CLASSES = (
    "capitals", "question", "negated frame", "pick against", "odds or number", "hedge", "negation",
    "claim inverted", "other",
)

_NEGATED_FRAME = re.compile(
    r"\b(?:nobody|no\s+one|no-one|none\s+of|few\s+(?:people|expect|think|believe)|hardly\s+anyone|"
    r"(?:do|does|did)(?:\s+not|n['\u2019]t)\s+(?:\w+ly\s+)?(?:think|believe|expect|see|foresee|anticipate)|"
    r"(?:not|n['\u2019]t)\s+(?:be\s+)?(?:expected|anticipated|forecast|projected|foreseen)|"
    r"doubt|sceptical|skeptical)\b",
    re.IGNORECASE,
)
_PICK_AGAINST = re.compile(
    r"\b(?:fade|fading|against|won['\u2019]t\s+cover|not\s+cover|under\s+\d|unders?\b|lay|no\s+chance|"
    r"wouldn['\u2019]t\s+bet|would\s+not\s+bet|avoid|steer\s+clear|pass\s+on|opposed?|upset)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"\d\s*(?:%|percent|per\s+cent)|\b\d+\s*[-/]\s*\d+\b|\bodds\b|\bone\s+in\s+\w+|[+-]\d+(?:\.\d)?\b|\bprice[sd]?\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(?:may|might|could|possible|possibly|risk|unlikely|likely|probably|perhaps|maybe|chance)\b", re.IGNORECASE
)
_NEGATION = re.compile(r"\b(?:not|no|never|won['\u2019]t|n['\u2019]t|nor|neither|without|fail\w*)\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]{4,}")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def classify(label_text: str, label: dict, candidates: list[dict]) -> str:
    """The first class of the module docstring that the case shows."""
    sentence = " ".join(c["quote"] for c in candidates) or label_text
    letters = [ch for ch in sentence if ch.isalpha()]
    if letters and sum(ch.isupper() for ch in letters) > 0.8 * len(letters):
        return "capitals"
    if "?" in sentence:
        return "question"
    if _NEGATED_FRAME.search(sentence):
        return "negated frame"
    if _PICK_AGAINST.search(sentence):
        return "pick against"
    if _NUMBER.search(sentence):
        return "odds or number"
    if _HEDGE.search(sentence):
        return "hedge"
    if _NEGATION.search(sentence):
        return "negation"
    want = _words(label.get("claim") or "")
    if want and all(len(want & _words(c["claim"])) < 0.4 * len(want) for c in candidates):
        return "claim inverted"
    return "other"


def _overlaps(span: tuple[int, int], label: dict) -> bool:
    return span[0] >= 0 and span[0] < label["end"] and label["start"] < span[1]


def wrong_directions(split: str, genre: str | None = None) -> tuple[Counts, list[dict]]:
    """(the split's scores as ``extraction_eval`` counts them, the wrong cases)."""
    if split not in ALLOWED_SPLITS:
        raise ValueError(f"split {split!r} is not scored here (only {', '.join(ALLOWED_SPLITS)})")
    counts = Counts()
    wrong: list[dict] = []
    for item in labelled_texts(split):
        if genre is not None and item.genre != genre:
            continue
        extraction = extract(item.text, min_confidence=DEFAULT_MIN_CONFIDENCE)
        counts.add(score_text(item, extraction))
        candidates = extraction.forecasts
        spans = candidate_spans(item.text, candidates)
        for label in item.labels.get("forecasts", []):
            if not label.get("clear"):
                continue
            near = [c for c, span in zip(candidates, spans) if _overlaps(span, label)]
            if not near:
                continue
            if any(_direction(c.probability) == label["direction"] for c in near):
                continue
            label_text = item.text[label["start"]: label["end"]]
            shown = [
                {"quote": c.quote, "claim": c.claim, "probability": c.probability, "cue": c.cue} for c in near
            ]
            wrong.append({
                "split": split, "genre": item.genre, "text": item.name, "start": label["start"], "end": label["end"],
                "label_claim": label.get("claim"), "label_probability": label.get("probability"),
                "label_direction": label["direction"], "label_text": label_text, "candidates": shown,
                "class": classify(label_text, label, shown),
            })
    return counts, wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--splits", default="train,dev")
    parser.add_argument("--genre")
    parser.add_argument("--list", action="store_true", help="print each wrong case")
    parser.add_argument("--save", type=Path, help="write the wrong cases as JSON lines")
    parser.add_argument("--compare", type=Path, help="JSON lines of an earlier run: what was put right, made wrong")
    args = parser.parse_args(argv)
    splits = [s.strip() for s in args.splits.split(",") if s.strip()]
    refused = [s for s in splits if s not in ALLOWED_SPLITS]
    if refused:
        print(f"direction_errors: refused split {', '.join(refused)}: only train and dev are read here", file=sys.stderr)
        return 2
    every: list[dict] = []
    for split in splits:
        counts, wrong = wrong_directions(split, args.genre)
        every.extend(wrong)
        print(f"{split:5s} {counts.summary()}")
        print(f"{split:5s} clear forecasts found={counts.found} right side={counts.direction} wrong={len(wrong)}")
        by_class = Counter(case["class"] for case in wrong)
        for name in CLASSES:
            print(f"{split:5s}   {name:16s} {by_class.get(name, 0):4d}")
    if args.list:
        for case in every:
            shown = " | ".join(f"{c['probability']:.3f} [{c['cue']}] {c['claim'][:90]}" for c in case["candidates"])
            print(f"{case['split']} {case['class']:15s} want {case['label_direction']:4s} "
                  f"{case['text']}:{case['start']}: {case['label_text'][:160]!r} -> {shown}")
    if args.save:
        with args.save.open("w", encoding="utf-8") as out:
            for case in every:
                out.write(json.dumps(case, ensure_ascii=False) + "\n")
    if args.compare:
        key = lambda case: (case["text"], case["start"], case["end"])  # noqa: E731
        before = {key(json.loads(line)): json.loads(line) for line in args.compare.read_text(encoding="utf-8").splitlines() if line}
        now = {key(case): case for case in every}
        for k in sorted(before.keys() - now.keys()):
            print(f"put right  {before[k]['split']} {k[0]}:{k[1]}: {before[k]['label_text'][:140]!r}")
        for k in sorted(now.keys() - before.keys()):
            print(f"made wrong {now[k]['split']} {k[0]}:{k[1]}: {now[k]['label_text'][:140]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
