"""The learned forecast detector: how sure we are that a unit is a forecast.

A logistic regression over three kinds of features of each unit (sentence or
heading, see ``units.py``):

- the unit's static embedding: the mean of its WordPiece tokens' vectors from a
  model2vec distillation of all-MiniLM-L6-v2, normalised to length 1;
- what the rules found in it (a candidate, its probability, whose it is) and a few
  surface facts (a number, a year, a heading, a question, a "predictions" heading above),
  and its context (how many of the text's and the paragraph's units have a rule candidate,
  a neighbour's, "will" and a plan's "we will");
- hashed word unigrams and bigrams, which carry the modal and negation words that an
  averaged embedding blurs.

Its score is mapped to a probability by Platt scaling fitted on the dev split, so a
``confidence`` of 0.8 means that about 80% of such units are forecasts. Weights live
in ``tracker/extract/model/`` (see PROVENANCE.md there) and are read once, lazily:
importing ``tracker.extract`` does not import numpy. Only numpy is needed at run time.
"""

from __future__ import annotations

import json
import math
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.extract.cues import CUE_HINT
from tracker.extract.units import Unit
from tracker.extract.wordpiece import WordPiece, basic_words

if TYPE_CHECKING:
    import numpy as np

MODEL_DIR = Path(__file__).resolve().parent / "model"
HASH_BUCKETS = 1 << 16


@dataclass(frozen=True)
class RuleHit:
    """What the rules made of one unit (a summary of its candidates)."""

    count: int = 0
    highest: float = 0.0
    lowest: float = 0.0
    own: bool = False
    reported: bool = False


_YEAR = re.compile(r"\b(?:1[6-9]\d\d|2[01]\d\d)\b")
_NUMBER = re.compile(r"\d")
_PERCENT = re.compile(r"%|\bper\s?cent\b|\bpercent\b", re.IGNORECASE)
_ODDS = re.compile(r"\b\d+\s*(?:-|to)\s*\d+\b|\bone in \w+\b|\beven money\b|\bodds\b", re.IGNORECASE)
_LIST_HEADING = re.compile(r"predict|forecast|picks?\b|outlook|prophec|expect|bets?\b|will\b|what's next|ahead", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I'd|my|we|our)\b")
_PAST = re.compile(r"\b(?:was|were|had|did|predicted|said|wrote)\b", re.IGNORECASE)

RULE_FEATURES = (
    "bias", "rule_candidate", "rule_count", "rule_highest", "rule_lowest", "rule_own", "rule_reported",
    "heading", "question", "number", "percent", "odds", "year", "cue_hint", "first_person", "past_words",
    "words_log", "under_prediction_heading", "position",
    # Context: the text and the paragraph around the unit (a rule candidate whose text is a
    # prediction text, with many forecasts around it, is more likely one itself).
    "text_rule_share", "paragraph_rule_share", "neighbour_rule", "will", "plan_will", "text_will_share",
)
CONTEXT_PRIOR_UNITS = 5.0
TYPICAL_RULE_SHARE = 0.12  # the share of train-split units with a rule candidate (0.117)
TYPICAL_WILL_SHARE = 0.11  # and with "will", "going to", "shall" (0.113)
_WILL = re.compile(r"\bwill\b|['\u2019]ll\b|\bgoing\s+to\b|\bshall\b", re.IGNORECASE)
# "We will publish ...", "I'll veto ...": the speaker's own plan, the commonest "will" that is no forecast.
_PLAN_WILL = re.compile(r"\b(?:I|we)\s+(?:will|shall)\b|\b(?:I|we)['\u2019]ll\b|\b(?:will|shall)\s+(?:be\s+)?(?:continue|publish|provide|release|announce|hold|monitor)", re.IGNORECASE)


def rule_features(units: Sequence[Unit], hits: Sequence[RuleHit]) -> list[list[float]]:
    """One row of ``RULE_FEATURES`` per unit; ``units`` are the units of one text, in order
    (the position and context features are relative to that text)."""
    rows: list[list[float]] = []
    under_list = 0.0
    total = max(len(units), 1)
    with_rule = [1.0 if hit.count else 0.0 for hit in hits]
    with_will = [1.0 if _WILL.search(unit.text) else 0.0 for unit in units]
    # Shares over the text, smoothed towards a typical text's with CONTEXT_PRIOR_UNITS
    # pseudo-units, so that a one-sentence text is not read as a text of forecasts.
    text_rule_share = (sum(with_rule) + CONTEXT_PRIOR_UNITS * TYPICAL_RULE_SHARE) / (len(units) + CONTEXT_PRIOR_UNITS)
    text_will_share = (sum(with_will) + CONTEXT_PRIOR_UNITS * TYPICAL_WILL_SHARE) / (len(units) + CONTEXT_PRIOR_UNITS)
    by_block: dict[int, list[float]] = {}
    for unit, ruled in zip(units, with_rule):
        by_block.setdefault(unit.block, []).append(ruled)
    for at, (unit, hit) in enumerate(zip(units, hits)):
        text = unit.text
        if unit.heading and text.rstrip().endswith(":") or (unit.heading and len(text.split()) <= 12):
            under_list = 1.0 if _LIST_HEADING.search(text) else 0.0
        elif text.rstrip().endswith(":"):
            under_list = 1.0 if _LIST_HEADING.search(text) else under_list
        rows.append([
            1.0,
            1.0 if hit.count else 0.0,
            min(hit.count, 3) / 3,
            hit.highest,
            hit.lowest,
            1.0 if hit.own else 0.0,
            1.0 if hit.reported else 0.0,
            1.0 if unit.heading else 0.0,
            1.0 if text.rstrip().endswith("?") else 0.0,
            1.0 if _NUMBER.search(text) else 0.0,
            1.0 if _PERCENT.search(text) else 0.0,
            1.0 if _ODDS.search(text) else 0.0,
            1.0 if _YEAR.search(text) else 0.0,
            1.0 if CUE_HINT.search(text) else 0.0,
            1.0 if _FIRST_PERSON.search(text) else 0.0,
            1.0 if _PAST.search(text) else 0.0,
            math.log1p(len(text.split())) / 4,
            under_list,
            unit.position / total,
            text_rule_share,
            sum(by_block[unit.block]) / len(by_block[unit.block]),
            1.0 if any(0 <= n < len(units) and with_rule[n] and units[n].block == unit.block for n in (at - 1, at + 1)) else 0.0,
            with_will[at],
            1.0 if _PLAN_WILL.search(text) else 0.0,
            text_will_share,
        ])
    return rows


def hashed_ngrams(text: str, words: Sequence[str] | None = None) -> list[int]:
    """Bucket indexes of the unit's lower-cased words and word pairs (crc32, stable
    across runs and platforms). ``words``: ``basic_words(text)`` if already computed."""
    words = [word for word in (basic_words(text) if words is None else words) if word.isalnum() or word in ("%", "'", "?")]
    grams = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
    return sorted({zlib.crc32(gram.encode("utf-8")) % HASH_BUCKETS for gram in grams})


class Detector:
    """Shipped weights plus the code that turns units into confidences."""

    def __init__(self, folder: Path = MODEL_DIR) -> None:
        import numpy as np

        # Mapped, not read: a text touches a few hundred of the 30,000 rows.
        self.embeddings = np.load(folder / "embeddings.npy", mmap_mode="r")
        with np.load(folder / "detector.npz") as data:
            self.embedding_weights = data["embedding_weights"].astype(np.float32)
            self.rule_weights = data["rule_weights"].astype(np.float32)
            self.hash_weights = data["hash_weights"].astype(np.float32)
            self.platt = data["platt"].astype(np.float64)
            self.embedding_scale = float(data["embedding_scale"])
        vocabulary = (folder / "vocab.txt").read_text(encoding="utf-8").split("\n")
        self.tokenizer = WordPiece(vocabulary)
        self._np = np
        combination = json.loads((folder / "combination.json").read_text(encoding="utf-8"))
        self.cue_precision: dict[str, float] = combination["cue_precision"]
        self.other_cue_precision = float(combination["other_cue_precision"])
        self.candidate_weights = tuple(float(w) for w in combination["candidate_weights"])

    def embed(self, texts: Sequence[str], words: Sequence[Sequence[str]] | None = None) -> np.ndarray:
        """model2vec sentence embeddings (mean of token vectors, unit length)."""
        np = self._np
        out = np.zeros((len(texts), self.embeddings.shape[1]), dtype=np.float32)
        for row, text in enumerate(texts):
            tokens = self.tokenizer.encode(text) if words is None else self.tokenizer.encode_words(words[row])
            ids = [i for i in tokens if i != self.tokenizer.unknown]
            if ids:
                vector = np.asarray(self.embeddings[ids], dtype=np.float32).mean(axis=0)
                norm = float(np.linalg.norm(vector))
                out[row] = vector / norm if norm else vector
        return out

    def raw_scores(self, units: Sequence[Unit], hits: Sequence[RuleHit]) -> list[float]:
        """The linear score of each unit, before calibration."""
        np = self._np
        if not units:
            return []
        words = [basic_words(unit.text) for unit in units]
        embedded = self.embed([unit.text for unit in units], words) @ self.embedding_weights * self.embedding_scale
        rules = np.asarray(rule_features(units, hits), dtype=np.float32) @ self.rule_weights
        hashed = [float(self.hash_weights[hashed_ngrams(unit.text, w)].sum()) for unit, w in zip(units, words)]
        return [float(a + b + c) for a, b, c in zip(embedded, rules, hashed)]

    def confidences(self, units: Sequence[Unit], hits: Sequence[RuleHit]) -> list[float]:
        """Calibrated probability that each unit is a forecast."""
        slope, intercept = float(self.platt[0]), float(self.platt[1])
        return [calibrate(score, slope, intercept) for score in self.raw_scores(units, hits)]


    def candidate_confidence(
        self, unit_confidence: float, cue: str, text_prior: float | None = None, near: float | None = None,
        words: int | None = None,
    ) -> float:
        """How sure we are that a rule candidate is a forecast, from five witnesses: its
        unit's confidence, how often the rules' cue was right on the train split, how
        much of a prediction text its text is (``text_prior``), how sure the detector is
        of the sentences around it (``near``, see ``neighbour_confidence``) and how long its
        sentence is (``words``). A cue that is nearly always right ("is forecast to") is not
        killed by a unit score that doubts it; a cue that is usually wrong ("may") needs the
        detector's support; a plain "will" among many forecasts is more likely one than a
        "will" in release notes, and more so in a paragraph of forecasts. The length undoes
        what the unit's score learnt from the short forecasts of the texts written here: a
        long sentence with a cue in an essay is as likely a forecast as a short one
        (``candidate_length``)."""
        slope, cue_slope, intercept, *rest = self.candidate_weights
        prior_slope = rest[0] if rest else 0.0
        near_slope = rest[1] if len(rest) > 1 else 0.0
        length_slope = rest[2] if len(rest) > 2 else 0.0
        z = slope * logit(unit_confidence) + cue_slope * logit(self.precision_of(cue)) + intercept
        if prior_slope:
            z += prior_slope * logit(unit_confidence if text_prior is None else text_prior)
        if near_slope:
            z += near_slope * logit(TYPICAL_TEXT_PRIOR if near is None else near)
        if length_slope:
            z += length_slope * candidate_length(TYPICAL_CANDIDATE_WORDS if words is None else words)
        return 1 / (1 + math.exp(-z))

    def precision_of(self, cue: str) -> float:
        return self.cue_precision.get(cue_key(cue), self.other_cue_precision)


# The median length in words of a unit with a rule candidate on the train split (19; 25 in the
# shared corpus's real texts): the length witness of a candidate whose sentence is not given.
TYPICAL_CANDIDATE_WORDS = 19


def candidate_length(words: int) -> float:
    """The length witness of ``candidate_confidence``: how far the sentence is longer than the
    typical rule candidate, on the scale of the detector's own ``words_log``. A sentence of
    ``TYPICAL_CANDIDATE_WORDS`` or fewer reads 0, so only the long sentences the unit's score
    under-reads are lifted and a short forecast is read as before."""
    return max(math.log1p(max(words, 0)) - math.log1p(TYPICAL_CANDIDATE_WORDS), 0.0) / 4


TEXT_PRIOR_UNITS = 10
# The median prior of the train split's texts: a text shorter than TEXT_PRIOR_UNITS units is
# filled up with it, so that one forecast does not make a two-sentence text a prediction text.
TYPICAL_TEXT_PRIOR = 0.35


def text_prior(confidences: Sequence[float]) -> float:
    """How much of a prediction text a text is: the mean confidence of its
    ``TEXT_PRIOR_UNITS`` most confident units (its forecasts, if it has that many)."""
    top = sorted(confidences, reverse=True)[:TEXT_PRIOR_UNITS]
    return (sum(top) + (TEXT_PRIOR_UNITS - len(top)) * TYPICAL_TEXT_PRIOR) / TEXT_PRIOR_UNITS


NEIGHBOUR_WINDOW = 3


def neighbour_confidence(units: Sequence[Unit], confidences: Sequence[float], position: int) -> float:
    """The highest confidence among the units around ``position``: up to
    ``NEIGHBOUR_WINDOW`` either side in its paragraph, and the sentence just before and
    after it. Forecasts come in runs ("The call to awake ... will be made by wireless
    telegraphy. Illustrated newspapers will ..."), so confident neighbours lift a rule
    candidate; doubtful ones do not sink it (a forecast may stand alone in a paragraph of
    narrative), hence never less than ``TYPICAL_TEXT_PRIOR``, which a lone unit gets too."""
    around = [
        confidences[at]
        for at in range(position - NEIGHBOUR_WINDOW, position + NEIGHBOUR_WINDOW + 1)
        if 0 <= at < len(units) and at != position and (units[at].block == units[position].block or abs(at - position) == 1)
    ]
    return max([TYPICAL_TEXT_PRIOR, *around])


def cue_key(cue: str) -> str:
    """Rule cues compared without case or curly apostrophes ("Will", "’ll")."""
    return cue.lower().replace("\u2019", "'")


def logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def rule_hits(units: Sequence[Unit], candidates: Sequence[Any]) -> tuple[list[RuleHit], list[int]]:
    """What the rules found in each unit, and the unit each candidate came from.

    Candidates quote the sentence the rules read, which is the unit's text; they come
    in reading order, so the search only moves forward."""
    found: list[list[Any]] = [[] for _ in units]
    owners: list[int] = []
    cursor = 0
    for candidate in candidates:
        quote = candidate.quote
        at = next((i for i in range(cursor, len(units)) if units[i].text == quote), None)
        if at is None:
            at = next((i for i in range(len(units)) if quote in units[i].text or units[i].text in quote), -1)
        else:
            cursor = at
        owners.append(at)
        if at >= 0:
            found[at].append(candidate)
    hits = [
        RuleHit(
            len(group),
            max(c.probability for c in group),
            min(c.probability for c in group),
            any(c.speaker is None for c in group),
            any(c.speaker is not None for c in group),
        ) if group else RuleHit()
        for group in found
    ]
    return hits, owners


def calibrate(score: float, slope: float, intercept: float) -> float:
    z = slope * score + intercept
    return 1 / (1 + math.exp(-z)) if z > -500 else 0.0


@lru_cache(maxsize=1)
def load() -> Detector:
    """The shipped detector, read on first use: the cascade (``cascade.py``) where its
    weights are shipped, else the linear detector alone."""
    if (MODEL_DIR / "cascade.npz").exists():
        from tracker.extract.cascade import CascadeDetector

        return CascadeDetector()
    return Detector()

