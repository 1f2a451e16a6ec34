"""The learned direction reader: which side of 0.5 a candidate's claim is on.

The rules give every candidate a probability (a cue word's reading, a list item's verdict, a
stated number, the detector's plain 0.9 for a sentence no rule read). Eleven rounds of rules
fit the sentences their authors had in mind; a candidate the detector alone found gets a
default reading from ``stated.sentence_reading``. This reader is a small multinomial logistic
regression (low / even / high) trained on the train split's candidates matched to the clear
forecasts they overlap (``tracker/training/direction.py``), over:

- the static embedding of the candidate's sentence and of the unit before it (the detector's
  model2vec vectors, ``embeddings.npy`` and ``vocab.txt``);
- hashed word unigrams and bigrams of the sentence, which carry the negations and hedges
  ("doubt", "n't expect", "few expect") that an averaged embedding blurs;
- what the rules decided: the probability's logit and side, where it came from (a rule cue,
  the detector alone, a declared list, a table) and whether the claim was reworded.

Rules propose, the model decides only where the rules' probability is a default and the model
is sure. The guard (``reads_by_default``, thirteenth round): the reader never changes a number or
odds the text states, a word of estimative probability or a negation the rules read ("may",
"likely", "I doubt", "won't"), a list's item or a table's row; it may change only the unhedged
0.9 of the detector's own candidate with nothing read in its sentence, or of a bare "will" /
"going to". There, when its most probable side differs from the rules' with at least the
threshold chosen by cross-validation on the train split, the candidate takes the probability the
train labels give that side (the median labelled probability of the side, ``side_values``), and
its cue says so (``LEARNED_SUFFIX``). Weights: ``model/direction.json``, read once on first use;
numpy only, imported lazily.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from tracker.extract.wordpiece import basic_words

if TYPE_CHECKING:
    import numpy as np

    from tracker.extract import Candidate
    from tracker.extract.construction import Cue
    from tracker.extract.units import Unit

WEIGHTS = Path(__file__).resolve().parent / "model" / "direction.json"
SIDES = ("low", "even", "high")
LEARNED_SUFFIX = " (direction: learned reader)"
# The candidate kinds the rules make, by the cue combine.py gives them; any other cue is a rule's cue word.
SOURCES = ("rule cue", "detector", "prediction list", "table of picks", "table of forecasts")
_NEGATION = re.compile(r"\b(?:not|no|never|nobody|none|neither|nor|without|doubt\w*|unlikely|few)\b|n['\u2019]t\b", re.IGNORECASE)
_HEDGE = re.compile(r"\b(?:may|might|could|possibl\w*|perhaps|maybe|chance|risk)\b", re.IGNORECASE)
RULE_FEATURES = (
    "bias", "logit", "side_low", "side_even", "side_high",
    *(f"source_{name.replace(' ', '_')}" for name in SOURCES),
    "claim_reworded", "negation", "hedge", "question", "words_log", "previous_present",
)


@dataclass(frozen=True)
class Reading:
    """What the rules made of one candidate, and the text around it: the model's input."""

    sentence: str  # the candidate's quote
    claim: str
    probability: float
    cue: str
    previous: str  # the unit before the candidate's ("" at the start of the text)


def side(probability: float) -> str:
    return "high" if probability > 0.5 else "low" if probability < 0.5 else "even"


def source_of(cue: str) -> str:
    return cue if cue in SOURCES else "rule cue"


def rule_features(reading: Reading) -> list[float]:
    """One row of ``RULE_FEATURES``."""
    p = min(max(reading.probability, 0.01), 0.99)
    where = source_of(reading.cue)
    now = side(reading.probability)
    return [
        1.0,
        math.log(p / (1 - p)) / 4,
        *(1.0 if now == name else 0.0 for name in SIDES),
        *(1.0 if where == name else 0.0 for name in SOURCES),
        0.0 if reading.claim.strip() == reading.sentence.strip() else 1.0,
        1.0 if _NEGATION.search(reading.sentence) else 0.0,
        1.0 if _HEDGE.search(reading.sentence) else 0.0,
        1.0 if reading.sentence.rstrip().endswith("?") else 0.0,
        math.log1p(len(reading.sentence.split())) / 4,
        1.0 if reading.previous else 0.0,
    ]


def hashed_grams(text: str, buckets: int) -> list[int]:
    """Bucket indexes of the lower-cased words and word pairs (crc32: stable across runs)."""
    words = [w for w in basic_words(text) if w.isalnum() or w in ("%", "'", "?")]
    grams = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
    return sorted({zlib.crc32(gram.encode("utf-8")) % buckets for gram in grams})


class DirectionReader:
    """The shipped weights and the code that turns readings into side probabilities."""

    def __init__(self, weights: dict[str, Any], embed: Callable[[Sequence[str]], np.ndarray]) -> None:
        import numpy as np

        self._np = np
        self.embed = embed
        self.buckets = int(weights["buckets"])
        self.sentence_weights = np.asarray(weights["sentence_weights"], dtype=np.float32)
        self.previous_weights = np.asarray(weights["previous_weights"], dtype=np.float32)
        self.hash_weights = np.asarray(weights["hash_weights"], dtype=np.float32)
        self.rule_weights = np.asarray(weights["rule_weights"], dtype=np.float32)
        self.threshold = float(weights["threshold"])
        self.side_values = {name: float(value) for name, value in weights["side_values"].items()}

    def side_probabilities(self, readings: Sequence[Reading]) -> np.ndarray:
        """One row (low, even, high) per reading, summing to 1."""
        np = self._np
        if not readings:
            return np.zeros((0, len(SIDES)), dtype=np.float32)
        scores = self.embed([r.sentence for r in readings]) @ self.sentence_weights
        scores += self.embed([r.previous for r in readings]) @ self.previous_weights
        scores += np.asarray([rule_features(r) for r in readings], dtype=np.float32) @ self.rule_weights
        for row, reading in enumerate(readings):
            scores[row] += self.hash_weights[hashed_grams(reading.sentence, self.buckets)].sum(axis=0)
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    def decide(self, readings: Sequence[Reading]) -> list[float | None]:
        """The probability each reading should take, or None where the rules' reading stands."""
        out: list[float | None] = [None] * len(readings)
        asked = [index for index, reading in enumerate(readings) if reads_by_default(reading)]  # the guard first: fewer to embed
        for index, row in zip(asked, self.side_probabilities([readings[index] for index in asked])):
            best = int(row.argmax())
            learned = SIDES[best]
            if learned != side(readings[index].probability) and float(row[best]) >= self.threshold:
                out[index] = self.side_values[learned]
        return out


# The constructions whose unhedged, undenied reading is the rules' default, "X will happen"
# (``estimative.UNHEDGED_WILL``): the cue finder's kinds of a plain future (``cues.py``).
_PLAIN_FUTURE = ("will", "going_to")


def reads_by_default(reading: Reading) -> bool:
    """Whether the rules' probability is a default, not something they read in the text: the only
    candidates the reader may change. That is the unhedged forecast's 0.9 in a sentence where
    ``stated.read_sentence`` finds no number, odds, phrase of the estimative table ("may", "might",
    "likely", "probably", "almost certainly"), negated form ("I doubt", "won't", "nobody expects")
    or market price, and only for the detector's own candidate or a rule candidate whose recorded
    cue is a bare "will" or "going to" (no hedge, no negation). A declared list's items and a
    table's rows are read by their structure and keep their reading."""
    from tracker.estimative import UNHEDGED_WILL
    from tracker.extract.stated import reads_nothing

    if reading.probability != UNHEDGED_WILL or not reads_nothing(reading.sentence):
        return False
    source = source_of(reading.cue)
    if source == "detector":
        return True
    if source != "rule cue":
        return False
    cue = recorded_cue(reading.cue)
    return cue is not None and cue.kind in _PLAIN_FUTURE and cue.reading is None and not cue.negated and not cue.never


def recorded_cue(words: str) -> Cue | None:
    """The construction a rule candidate's cue words stand for, read again by the cue finder
    ("will", "'ll", "is going to"; "sooner or later \u2026 will" is read at its "will")."""
    from tracker.extract.cues import find_cue

    words = words.rsplit("\u2026", 1)[-1].strip().rstrip(" \"\u201c\u201d")
    if not words:
        return None
    return find_cue(("It" if words[0] in "'\u2019" else "It ") + words + " happen.")


@lru_cache(maxsize=1)
def load() -> DirectionReader | None:
    """The shipped reader (None where no weights are shipped), sharing the detector's embeddings."""
    if not WEIGHTS.exists():
        return None
    from tracker.extract.detector import load as load_detector

    detector = load_detector()
    return DirectionReader(json.loads(WEIGHTS.read_text(encoding="utf-8")), detector.embed)


# While training reads the rules' candidates, the reader stands aside and each candidate's reading
# is handed to the observer (``observing``).
_observer: list[Callable[[Sequence[Unit], int, Candidate, Reading], None]] = []


@contextmanager
def observing(callback: Callable[[Sequence[Unit], int, Candidate, Reading], None]) -> Iterator[None]:
    """Hand every finished candidate's reading to ``callback`` and change nothing (training)."""
    _observer.append(callback)
    try:
        yield
    finally:
        _observer.remove(callback)


def reading_of(found: Sequence[Unit], owner: int, candidate: Candidate) -> Reading:
    previous = found[owner - 1].text if 0 < owner <= len(found) else ""
    return Reading(candidate.quote, candidate.claim, candidate.probability, candidate.cue, previous)


def reread(found: Sequence[Unit], placed: list[tuple[int, int, Candidate]]) -> list[tuple[int, int, Candidate]]:
    """``placed`` (unit, order, candidate) with the learned reader's side where it overrides the rules'."""
    import dataclasses

    readings = [reading_of(found, owner, candidate) for owner, _, candidate in placed]
    if _observer:
        for (owner, _, candidate), reading in zip(placed, readings):
            _observer[-1](found, owner, candidate, reading)
        return placed
    reader = load()
    if reader is None or not placed:
        return placed
    out = []
    for (owner, order, candidate), value in zip(placed, reader.decide(readings)):
        if value is not None:
            candidate = dataclasses.replace(candidate, probability=value, cue=candidate.cue + LEARNED_SUFFIX)
        out.append((owner, order, candidate))
    return out
