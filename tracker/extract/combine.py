"""Join the detector's judgement to the rules' candidates.

The detector scores every unit; each rule candidate takes the confidence of the unit
it came from, and a unit the detector calls a forecast (confidence at least
``NEW_CANDIDATE_FLOOR``) without any rule candidate becomes a candidate of its own,
with the sentence as its claim, so that no forecast the model sees is dropped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

from tracker.extract import attribution
from tracker.extract.detector import load, rule_hits
from tracker.extract.horizons import resolve_horizon
from tracker.extract.layout import Block
from tracker.extract.stated import sentence_probability
from tracker.extract.units import units as find_units

if TYPE_CHECKING:
    from tracker.extract import Candidate

# Calibrated: a unit at 0.5 is as likely a forecast as not.
NEW_CANDIDATE_FLOOR = 0.5
# What `tracker extract` shows unless --min-confidence says otherwise: the lowest
# threshold that keeps precision on the dev split at 0.90 or more (README, "Extraction").
DEFAULT_MIN_CONFIDENCE = 0.2
# "X will allegedly ...": somebody's claim, unnamed; the rules drop it, so does the fallback.
_HEARSAY = re.compile(r"\b(?:allegedly|reportedly|supposedly|purportedly|rumou?red\s+to)\b", re.IGNORECASE)
DETECTOR_CUE = "detector"


def with_confidence(
    text: str, blocks: list[Block], candidates: tuple[Candidate, ...], published: dt.date | None, min_confidence: float
) -> tuple[Candidate, ...]:
    from tracker.extract import Candidate

    found = find_units(text, blocks)
    hits, owners = rule_hits(found, candidates)
    confidence = load().confidences(found, hits)
    placed: list[tuple[int, int, Candidate]] = []
    for order, (candidate, owner) in enumerate(zip(candidates, owners)):
        value = round(confidence[owner], 3) if owner >= 0 else 0.5
        placed.append((owner if owner >= 0 else len(found), order, dataclasses.replace(candidate, confidence=value)))
    for position, (unit, hit) in enumerate(zip(found, hits)):
        if hit.count or confidence[position] < NEW_CANDIDATE_FLOOR:
            continue
        sentence = unit.text
        deadline = resolve_horizon(sentence, published)
        if _HEARSAY.search(sentence) or (deadline is not None and published is not None and deadline < published):
            continue  # unnamed hearsay, or a horizon already past: a history, not a forecast
        speaker = attribution.trailing_speaker(sentence)
        placed.append((position, -1, Candidate(
            quote=sentence, claim=sentence, probability=sentence_probability(sentence),
            deadline=deadline, speaker=speaker, cue=DETECTOR_CUE,
            confidence=round(confidence[position], 3),
        )))
    placed.sort(key=lambda item: (item[0], item[1]))
    return tuple(c for _, _, c in placed if c.confidence is not None and c.confidence >= min_confidence)
