"""Score the extractor against hand labels, rules alone beside rules + detector.

One implementation of the scoring rules, shared by ``tests/test_extract_quality.py``
and ``benchmarks/bench_extract.py`` so the figures they print cannot drift apart.

Corpus (``tests/corpus/labels``, offsets into ``../shared/corpus`` texts), per split and
genre. A candidate's span is where its quote sits in the text; it matches a label when
the spans overlap.

- precision: candidates overlapping a clear forecast / candidates, not counting those
  that overlap only borderline (``clear: false``) forecasts;
- recall: clear forecasts overlapped by some candidate / clear forecasts;
- direction: of the clear forecasts found, those with an overlapping candidate on the
  same side of 0.5 (``even`` means exactly 0.5);
- attribution: of the clear forecasts found, those with an overlapping candidate that
  agrees on own (speaker null) vs somebody's;
- metadata: title, author, published, outlet equal after normalising (a date compared
  to the precision the label gives; in names and titles only the words count, not the
  punctuation between them: "CHAPTER VII. THE WAR" is "CHAPTER VII THE WAR", "DAVISON;
  GALVEZ" is "DAVISON, GALVEZ"); ``undated`` counts texts with no stated date that
  were given one (must be 0).

The two seed texts keep their older ``match``-based labels (``tests/fixtures/articles``)
and the rule of that time: only the author's own candidates and labels count.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tracker.extract import Candidate, Extraction, extract  # noqa: E402
from tracker.extract.units import _alnum_view  # noqa: E402
from tracker.training.data import LabelledText, labelled_texts, shared_corpus  # noqa: E402

# The default of ``tracker extract --min-confidence``.
from tracker.extract.combine import DEFAULT_MIN_CONFIDENCE  # noqa: E402

SEED_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles" / "dev"
META_FIELDS = ("title", "author", "published", "outlet")

_STRAIGHT = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
_SPACES = re.compile(r"\s+")
_MARKDOWN = re.compile(r"\\(?=[$*_\[\]()#])|\*+")
_PUNCTUATION = re.compile(r"[^\w\s]+")
_ISO_DATE = re.compile(r"\d{4}(?:-\d\d){0,2}")


def normalise(text: str) -> str:
    """Collapse whitespace, straighten quotes, lower-case; drop emphasis stars and
    backslash escapes, which the extractor removes from quotes."""
    text = _MARKDOWN.sub("", text.translate(_STRAIGHT))
    return _SPACES.sub(" ", text).strip().lower()


def corpus_available() -> bool:
    return (shared_corpus() / "texts").is_dir()


# ---------------------------------------------------------------- corpus scoring

@dataclass
class Counts:
    texts: int = 0
    clear: int = 0
    found: int = 0
    candidates: int = 0
    right: int = 0  # candidates overlapping a clear forecast
    ignored: int = 0  # candidates overlapping only borderline forecasts
    direction: int = 0
    attribution: int = 0
    meta_checked: int = 0
    meta_right: int = 0
    undated: int = 0
    false_positives: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for item in fields(self):
            mine = getattr(self, item.name)
            if isinstance(mine, list):
                mine.extend(getattr(other, item.name))
            else:
                setattr(self, item.name, mine + getattr(other, item.name))

    @property
    def recall(self) -> float:
        return self.found / self.clear if self.clear else 1.0

    @property
    def precision(self) -> float:
        counted = self.candidates - self.ignored
        return self.right / counted if counted else 1.0

    @property
    def direction_rate(self) -> float:
        return self.direction / self.found if self.found else 1.0

    @property
    def attribution_rate(self) -> float:
        return self.attribution / self.found if self.found else 1.0

    @property
    def metadata(self) -> float:
        return self.meta_right / self.meta_checked if self.meta_checked else 1.0

    def figures(self) -> dict[str, float]:
        return {
            "recall": self.recall, "precision": self.precision, "direction": self.direction_rate,
            "attribution": self.attribution_rate, "metadata": self.metadata,
        }

    def summary(self) -> str:
        return (
            f"texts={self.texts:<3} clear={self.clear:<4} recall={self.recall:.3f} precision={self.precision:.3f} "
            f"direction={self.direction_rate:.3f} attribution={self.attribution_rate:.3f} "
            f"metadata={self.metadata:.3f} undated-given-a-date={self.undated}"
        )


def candidate_spans(text: str, candidates: Iterable[Candidate]) -> list[tuple[int, int]]:
    """Where each candidate's quote sits in the raw text ((-1, -1) if nowhere).
    Candidates come in reading order; several may quote the same sentence."""
    view, where = _alnum_view(text)
    cursor = 0
    spans = []
    for candidate in candidates:
        key, _ = _alnum_view(candidate.quote)
        at = view.find(key, cursor) if key else -1
        if at < 0 and key:
            at = view.find(key)
        if at < 0 and len(key) > 60:
            at = view.find(key[:30], cursor)
        if at < 0:
            spans.append((-1, -1))
            continue
        cursor = at
        end = min(at + len(key), len(where)) - 1
        spans.append((where[at], where[end] + 1))
    return spans


def _direction(probability: float) -> str:
    return "high" if probability > 0.5 else "low" if probability < 0.5 else "even"


def _meta_value(value: object, precision_of: object = None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        text = value.isoformat()
        if isinstance(precision_of, str):
            return text[: len(precision_of)]
        return text
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return value  # a labelled date, as precise as the label gives it
    # Punctuation between the words is typesetting, not a different title or name.
    return _SPACES.sub(" ", _PUNCTUATION.sub(" ", normalise(str(value)))).strip()


def score_text(item: LabelledText, extraction: Extraction) -> Counts:
    counts = Counts(texts=1)
    forecasts = item.labels.get("forecasts", [])
    clear = [f for f in forecasts if f.get("clear")]
    spans = candidate_spans(item.text, extraction.forecasts)

    def overlaps(span: tuple[int, int], label: dict[str, Any]) -> bool:
        return span[0] >= 0 and span[0] < label["end"] and label["start"] < span[1]

    for candidate, span in zip(extraction.forecasts, spans):
        counts.candidates += 1
        if any(overlaps(span, label) for label in clear):
            counts.right += 1
        elif any(overlaps(span, label) for label in forecasts):
            counts.ignored += 1
        else:
            counts.false_positives.append(f"{item.name}: [{candidate.cue}] {candidate.quote[:140]}")
    counts.clear = len(clear)
    for label in clear:
        near = [c for c, span in zip(extraction.forecasts, spans) if overlaps(span, label)]
        if not near:
            counts.missed.append(f"{item.name}: {item.text[label['start']:label['end']][:140]}")
            continue
        counts.found += 1
        counts.direction += any(_direction(c.probability) == label["direction"] for c in near)
        counts.attribution += any((c.speaker is None) == (label.get("speaker") is None) for c in near)
    meta = item.labels.get("meta") or {}
    for key in META_FIELDS:
        if key in meta:
            counts.meta_checked += 1
            want = _meta_value(meta[key])
            got = _meta_value(getattr(extraction.meta, key), meta[key])
            counts.meta_right += want == got
    if meta.get("published", "missing") is None and extraction.meta.published is not None:
        counts.undated += 1
    return counts


@dataclass
class SplitScore:
    split: str
    model: str
    by_genre: dict[str, Counts]

    @property
    def total(self) -> Counts:
        total = Counts()
        for counts in self.by_genre.values():
            total.add(counts)
        return total

    def table(self) -> str:
        lines = [f"{self.split:5s} {self.model:14s} {'all':30s} {self.total.summary()}"]
        lines.extend(
            f"{self.split:5s} {self.model:14s} {genre:30s} {counts.summary()}" for genre, counts in sorted(self.by_genre.items())
        )
        return "\n".join(lines)


def score_split(
    split: str, *, detector: bool, min_confidence: float = DEFAULT_MIN_CONFIDENCE, genre: str | None = None
) -> SplitScore:
    """Rules alone (``detector=False``) or rules + detector, on every labelled text of a split
    (or of one ``genre`` in it)."""
    by_genre: dict[str, Counts] = {}
    for item in labelled_texts(split):
        if genre is not None and item.genre != genre:
            continue
        extraction = extract(item.text, detector=detector, min_confidence=min_confidence if detector else 0.0)
        by_genre.setdefault(item.genre, Counts()).add(score_text(item, extraction))
    return SplitScore(split, "rules+detector" if detector else "rules", by_genre)


# ---------------------------------------------------------------- seed texts (match labels)

@dataclass
class ArticleScore:
    name: str
    tp: int = 0
    fp: int = 0
    clear_labels: int = 0
    clear_found: int = 0
    direction_right: int = 0
    reported_labels: int = 0
    reported_found: int = 0
    meta_checked: int = 0
    meta_right: int = 0
    false_positives: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)


def _matches(candidate: Candidate, label: dict[str, object]) -> bool:
    return normalise(str(label["match"])) in normalise(candidate.quote)


def score_article(name: str, text: str, labels: dict[str, object], extraction: Extraction | None = None) -> ArticleScore:
    """Score one article's extraction against ``match`` labels (own candidates only)."""
    extraction = extraction or extract(text, min_confidence=DEFAULT_MIN_CONFIDENCE)
    score = ArticleScore(name)
    forecasts = list(labels.get("forecasts", []))  # type: ignore[call-overload]
    own = [label for label in forecasts if label.get("speaker") is None]
    own_clear = [label for label in own if label.get("clear")]
    reported = [label for label in forecasts if label.get("speaker") is not None]
    own_candidates = [c for c in extraction.forecasts if c.speaker is None]
    for candidate in own_candidates:
        clear = next((label for label in own_clear if _matches(candidate, label)), None)
        if clear is not None:
            score.tp += 1
            score.direction_right += (candidate.probability > 0.5) == (clear.get("direction") == "high")
        elif any(_matches(candidate, label) for label in own):
            continue
        else:
            score.fp += 1
            score.false_positives.append(f"[{candidate.cue}] {candidate.quote[:160]}")
    score.clear_labels = len(own_clear)
    for label in own_clear:
        if any(_matches(candidate, label) for candidate in own_candidates):
            score.clear_found += 1
        else:
            score.missed.append(str(label["match"]))
    score.reported_labels = len(reported)
    score.reported_found = sum(
        1 for label in reported if any(c.speaker is not None and _matches(c, label) for c in extraction.forecasts)
    )
    expected_meta = labels.get("meta") or {}
    for key in META_FIELDS:
        if key in expected_meta:  # type: ignore[operator]
            score.meta_checked += 1
            want = _meta_value(expected_meta[key])  # type: ignore[index]
            score.meta_right += want == _meta_value(getattr(extraction.meta, key))
    return score


def seed_articles() -> list[tuple[str, str, dict[str, object]]]:
    """(name, text, labels) of the two labelled seed texts."""
    articles = []
    for labels_path in sorted(SEED_FIXTURES.glob("*.labels.json")):
        stem = labels_path.name[: -len(".labels.json")]
        text_path = SEED_FIXTURES / f"{stem}.txt"
        if text_path.exists():
            articles.append((stem, text_path.read_text(encoding="utf-8"), json.loads(labels_path.read_text(encoding="utf-8"))))
    return articles


# ---------------------------------------------------------------- calibration

CALIBRATION_BINS = ((0.0, 0.2), (0.2, 0.5), (0.5, 0.8), (0.8, 1.01))


def calibration(split: str) -> list[tuple[float, float, int, float, float]]:
    """Per confidence bin of the detector's units: (low, high, units, mean confidence,
    share that are forecasts). Borderline units are left out, as in training."""
    from tracker.extract.detector import load
    from tracker.training.data import BORDERLINE, text_examples

    pairs: list[tuple[float, int]] = []
    for item in labelled_texts(split):
        examples = list(text_examples(item))
        scores = load().confidences([e.unit for e in examples], [e.hit for e in examples])
        pairs.extend((score, e.target) for score, e in zip(scores, examples) if e.label != BORDERLINE)
    return binned(pairs)


def binned(pairs: list[tuple[float, int]]) -> list[tuple[float, float, int, float, float]]:
    """Per confidence band: its edges, how many scores fell in it, their mean, and the share
    of them that are forecasts."""
    rows = []
    for low, high in CALIBRATION_BINS:
        inside = [(s, t) for s, t in pairs if low <= s < high]
        if inside:
            rows.append((low, min(high, 1.0), len(inside), sum(s for s, _ in inside) / len(inside), sum(t for _, t in inside) / len(inside)))
    return rows


def candidate_calibration(split: str) -> list[tuple[float, float, int, float, float]]:
    """As ``calibration`` but per candidate, as a user sees them (``--min-confidence 0``):
    the share of candidates overlapping a clear forecast; candidates overlapping only a
    borderline one are left out."""
    pairs: list[tuple[float, int]] = []
    for item in labelled_texts(split):
        found = extract(item.text, min_confidence=0.0).forecasts
        labels = item.labels.get("forecasts", [])
        for candidate, (start, end) in zip(found, candidate_spans(item.text, found)):
            near = [label for label in labels if start >= 0 and start < label["end"] and label["start"] < end]
            if near and not any(label.get("clear") for label in near):
                continue
            pairs.append((candidate.confidence or 0.0, int(bool(near))))
    return binned(pairs)


# ---------------------------------------------------------------- weather products' structure

def weather_record(split: str) -> dict[str, tuple[int, int]]:
    """Per kind of structured weather candidate (``tracker/extract/weather.py``), before it
    meets the rules' candidates: (overlapping a clear forecast, counted); those overlapping
    only borderline forecasts are not counted. ``KIND_CONFIDENCE`` is this record on train."""
    from tracker.extract.products import read_product
    from tracker.extract.weather import read_forecasts

    record: dict[str, tuple[int, int]] = {}
    for item in labelled_texts(split):
        product = read_product(item.text)
        if product is None:
            continue
        labels = item.labels.get("forecasts", [])
        for found in read_forecasts(item.text, product.published, product.title):
            near = [label for label in labels if found.start < label["end"] and label["start"] < found.end]
            if near and not any(label.get("clear") for label in near):
                continue
            right, counted = record.get(found.kind, (0, 0))
            record[found.kind] = (right + bool(near), counted + 1)
    return record
