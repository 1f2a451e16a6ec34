"""Labelled texts -> examples at the unit the detector scores at run time.

A unit (``tracker.extract.units``) is labelled by the hand labels it overlaps:

- positive: it overlaps a clear forecast (the author's or a reported one: the detector
  decides whether a sentence forecasts; the rules decide whose it is);
- borderline: it overlaps only forecasts marked ``clear: false``. Those are left out of
  training and of scoring: annotators themselves disagree on them;
- hard negative: it overlaps a labelled forward-looking non-forecast (plans, advice,
  counterfactuals, questions, past predictions ...); weighted ``HARD_NEGATIVE_WEIGHT``;
- negative: everything else.

Units of the shared corpus's real texts weigh ``REAL_TEXT_WEIGHT`` times as much as those of
texts written here, which outnumber them three to one in train; on top, each genre's texts weigh
about as much as an average genre's (``genre_weights``), so that the largest genres do not decide alone.

Dev and test use only settled labels (``tests/corpus/labels``: two annotators and a
written adjudication). Training also uses, where no settled label exists yet:

- texts of the train split with two independent annotations (``tests/corpus/annotations``)
  but no adjudication yet, such as the texts written here: a unit is positive when both annotators label a clear forecast in it,
  negative when neither labels any forecast in it, and left out otherwise;
- the two seed articles (the project's own, ``tests/fixtures/articles/dev``), whose
  ``match`` labels are turned into offsets. They are the only opinion columns with
  labels, a style the shared corpus lacks.

Texts are read from the shared corpus, never copied.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from tracker.extract import Candidate, extract
from tracker.extract.detector import RuleHit, rule_hits
from tracker.extract.encoder_pairs import Context, unit_contexts
from tracker.extract.layout import split_blocks
from tracker.extract.units import Unit, units

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "tests" / "corpus"
HARD_NEGATIVE_WEIGHT = 2.0
# The shared corpus's real texts (``texts/...``) are under a quarter of the train split: the
# texts written here outnumber them three to one, and users feed real articles. Each real
# text's units count twice (chosen on dev among 1, 2 and 3: README, "Real texts count twice").
REAL_TEXT_WEIGHT = 2.0

# How a text's units share its weight in a fit (``sample_weights``): "unit", each unit its own
# weight, so that a forty-unit essay outweighs ten short texts; "text", the units of a text
# share one text's weight; "sqrt", between the two. Grouped cross-validation on train kept "unit"
# (``detector_cv.py``; README, "Retrained with per-text weights (fourteenth round)"): the real
# texts are the long ones, and sharing out their weight lowered their out-of-fold average
# precision from 0.625 to 0.587.
UNIT_WEIGHTINGS = ("unit", "sqrt", "text")
WEIGHTING = "unit"

POSITIVE, NEGATIVE, HARD_NEGATIVE, BORDERLINE = "positive", "negative", "hard-negative", "borderline"
# Genres are far from equal in train: 57 texts of written sports picks, 6 of old prophecy. Each
# genre's texts together weigh about as much as an average genre's, so that the style of the
# largest written genres does not decide what a forecast looks like; the factor is kept within
# GENRE_WEIGHT_RANGE, so that a genre of four texts does not outweigh one of forty.
GENRE_WEIGHT_RANGE = (0.5, 3.0)


def genre_weights(genres: list[str]) -> dict[str, float]:
    """Each genre's factor from the genres of a split's texts (one entry a text): the mean
    number of texts a genre over the genre's own number, within ``GENRE_WEIGHT_RANGE``."""
    counts: dict[str, int] = {}
    for genre in genres:
        counts[genre] = counts.get(genre, 0) + 1
    if not counts:
        return {}
    mean = len(genres) / len(counts)
    low, high = GENRE_WEIGHT_RANGE
    return {genre: round(min(max(mean / n, low), high), 4) for genre, n in counts.items()}


@lru_cache(maxsize=1)
def _train_genre_weights() -> dict[str, float]:
    return genre_weights([genre for genre, which in splits().values() if which == "train"])


def genre_weight(genre: str) -> float:
    """The factor of a train text's genre (1 for a genre the train split lacks: the seeds)."""
    return _train_genre_weights().get(genre, 1.0)


def shared_corpus() -> Path:
    """Where the real texts are: $TRACKER_CORPUS, else ../shared/corpus beside the project
    (or beside the folder of worktrees that holds it)."""
    override = os.environ.get("TRACKER_CORPUS")
    if override:
        return Path(override)
    near = ROOT.parent / "shared" / "corpus"
    further = ROOT.parent.parent / "shared" / "corpus"
    return near if near.exists() or not further.exists() else further


def text_path(name: str) -> Path:
    """A label's ``text`` field to a file: ``texts/...`` is shared, ``written/...`` is ours."""
    if name.startswith("written/"):
        return CORPUS_DIR / name
    return shared_corpus() / name


def splits() -> dict[str, tuple[str, str]]:
    """text -> (genre, split), from the frozen tests/corpus/splits.csv."""
    with (CORPUS_DIR / "splits.csv").open(encoding="utf-8", newline="") as handle:
        return {row["path"]: (row["genre"], row["split"]) for row in csv.DictReader(handle)}


@dataclass
class LabelledText:
    name: str
    genre: str
    split: str
    text: str
    labels: dict[str, Any]


def labelled_texts(split: str | None = None) -> Iterator[LabelledText]:
    """Every settled, labelled text whose file is present (in path order)."""
    known = splits()
    for path in sorted((CORPUS_DIR / "labels").rglob("*.json")):
        labels = json.loads(path.read_text(encoding="utf-8"))
        name = labels["text"]
        genre, which = known.get(name, ("unknown", "unsplit"))
        if split is not None and which != split:
            continue
        file = text_path(name)
        if not file.exists():
            continue
        yield LabelledText(name, genre, which, file.read_text(encoding="utf-8"), labels)


def _overlaps(unit: Unit, label: dict[str, Any]) -> bool:
    return unit.start >= 0 and unit.start < label["end"] and label["start"] < unit.end


def unit_label(unit: Unit, labels: dict[str, Any]) -> str:
    forecasts = [f for f in labels.get("forecasts", []) if _overlaps(unit, f)]
    if any(f.get("clear") for f in forecasts):
        return POSITIVE
    if forecasts:
        return BORDERLINE
    if any(_overlaps(unit, n) for n in labels.get("not_forecasts", [])):
        return HARD_NEGATIVE
    return NEGATIVE


@dataclass
class Example:
    text_name: str
    genre: str
    unit: Unit
    hit: RuleHit
    label: str
    context: Context = Context("", "")  # what the encoder reads beside the unit (encoder_pairs.py)

    @property
    def target(self) -> int:
        return 1 if self.label == POSITIVE else 0

    @property
    def weight(self) -> float:
        base = HARD_NEGATIVE_WEIGHT if self.label == HARD_NEGATIVE else 1.0
        base *= genre_weight(self.genre)
        return base * REAL_TEXT_WEIGHT if self.text_name.startswith("texts/") else base


def sample_weights(items: list[Example], weighting: str = WEIGHTING) -> Any:
    """Each example's weight in a fit: ``Example.weight`` (hard negatives, real texts, genres)
    times its text's share. With "text" a text's units together weigh as one average text's,
    however many units it has; with "sqrt" a text of n units weighs as sqrt(n) do; with "unit"
    each unit weighs its own. The shares are scaled so that the weights still sum to what
    "unit" gives over the same examples' count, which keeps the regularisation's scale.
    ``items`` are the examples fitted (borderline ones already left out)."""
    import numpy as np

    if weighting not in UNIT_WEIGHTINGS:
        raise ValueError(f"unknown weighting {weighting!r}")
    base = np.array([e.weight for e in items], dtype=np.float64)
    if weighting == "unit" or not items:
        return base
    power = 1.0 if weighting == "text" else 0.5
    per_text: dict[str, int] = {}
    for example in items:
        per_text[example.text_name] = per_text.get(example.text_name, 0) + 1
    scale = len(items) / sum(n ** (1.0 - power) for n in per_text.values())
    return base * np.array([scale / per_text[e.text_name] ** power for e in items])


def text_examples(item: LabelledText) -> list[Example]:
    """The units of one text with their labels and what the rules found in them."""
    blocks = split_blocks(item.text)
    found = units(item.text, blocks)
    candidates: tuple[Candidate, ...] = extract(item.text, detector=False, structure=False).forecasts
    hits, _ = rule_hits(found, candidates)
    return [Example(item.name, item.genre, unit, hit, unit_label(unit, item.labels), context)
            for unit, hit, context in zip(found, hits, unit_contexts(found))]


def examples(split: str) -> list[Example]:
    """Examples of one split; borderline units are kept here and dropped by the trainer."""
    found = [example for item in labelled_texts(split) for example in text_examples(item)]
    if split == "train":
        for item in agreed_texts() + seed_texts():
            found.extend(text_examples(item))
    return found


def _agreed(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    """Labels two annotators agree on, as one label set for ``unit_label``: a clear
    forecast where both saw one, a borderline one where only one did."""
    forecasts = []
    for mine, theirs in ((first, second), (second, first)):
        for label in mine.get("forecasts", []):
            shared = any(
                other.get("clear") and other["start"] < label["end"] and label["start"] < other["end"]
                for other in theirs.get("forecasts", [])
            )
            forecasts.append({**label, "clear": bool(label.get("clear")) and shared})
    return {"forecasts": forecasts, "not_forecasts": first.get("not_forecasts", []) + second.get("not_forecasts", [])}


def agreed_texts() -> list[LabelledText]:
    """Train-split texts that have two annotations but no settled label yet."""
    known = splits()
    settled = {json.loads(p.read_text(encoding="utf-8"))["text"] for p in (CORPUS_DIR / "labels").rglob("*.json")}
    by_text: dict[str, list[dict[str, Any]]] = {}
    for path in sorted((CORPUS_DIR / "annotations").glob("*/*/**/*.json")):
        labels = json.loads(path.read_text(encoding="utf-8"))
        by_text.setdefault(labels["text"], []).append(labels)
    found = []
    for name, annotations in sorted(by_text.items()):
        genre, which = known.get(name, ("unknown", "unsplit"))
        complete = all(a.get("complete") for a in annotations)
        if which != "train" or name in settled or len(annotations) < 2 or not complete or not text_path(name).exists():
            continue
        text = text_path(name).read_text(encoding="utf-8")
        found.append(LabelledText(name, genre, which, text, _agreed(annotations[0], annotations[1])))
    return found


def _with_offsets(text: str, labels: list[dict[str, Any]]) -> list[dict[str, Any]]:
    placed = []
    for label in labels:
        at = text.find(label["match"])
        if at >= 0:
            placed.append({**label, "start": at, "end": at + len(label["match"])})
    return placed


def seed_texts() -> list[LabelledText]:
    """The two labelled seed articles, their ``match`` labels turned into offsets."""
    folder = ROOT / "tests" / "fixtures" / "articles" / "dev"
    found = []
    for path in sorted(folder.glob("*.labels.json")):
        labels = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_name(path.name.replace(".labels.json", ".txt")).read_text(encoding="utf-8")
        placed = {"forecasts": _with_offsets(text, labels["forecasts"]), "not_forecasts": _with_offsets(text, labels["not_forecasts"])}
        found.append(LabelledText(f"seeds/{path.name}", "seed_columns", "train", text, placed))
    return found
