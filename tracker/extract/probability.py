"""Turn a cue (and its hedges and negation) into the probability that the claim comes true.

Every number is read from ``tracker.estimative``; this module only decides which
entry a construction stands for and flips it when the sentence denies the claim
("X won't happen" is the mirror image of "X will happen").
"""

from __future__ import annotations

from tracker import estimative
from tracker.extract.construction import Cue

# Readings of intensifiers and construction adjectives, by the table entry they share.
_INTENSIFIED = frozenset(
    {"certainly", "surely", "inevitably", "undoubtedly", "definitely", "doubtless", "no doubt",
     "certain", "sure", "bound", "destined", "doomed", "inevitable"}
)
_SCHEDULED = frozenset(
    {"set", "poised", "about", "due", "slated", "on track", "on course", "primed", "projected", "forecast", "predicted"}
)
_SYNONYMS = {
    "most likely": "very likely",
    "in all likelihood": "very likely",
    "quite possibly": "possibly",
    "perhaps": "maybe",
    "likely than not": "more likely than not",
    "more likely than not": "more likely than not",
    "extremely likely": "extremely likely",
    "almost certain": "almost certainly",
    "virtually certain": "virtually certain",
    "extremely unlikely": "highly unlikely",
    "doubtful": "we doubt",
    # An expectation, or an epistemic "should", reads like "probably"/"likely".
    "expected": "likely",
    "anticipated": "likely",
    "should": "probably",
    "favored": "likely",
    "favoured": "likely",
}


def _table(phrase: str) -> float | None:
    phrase = _SYNONYMS.get(phrase, phrase)
    return estimative.phrase_probability(phrase)


def _affirmative_reading(cue: Cue, frame: str | None) -> tuple[float, bool]:
    """(probability of the stated proposition, whether it was hedged at all)."""
    reading = cue.reading
    if cue.kind == "expectation" or (cue.kind in ("expect_to", "expect_event") and reading in ("nobody expects", "don't expect")):
        value = estimative.NOBODY_EXPECTS if reading == "nobody expects" else estimative.DONT_THINK
        return value, True
    if cue.kind == "cannot_possibly":
        return estimative.CANNOT_POSSIBLY, True
    # The cue's own words first, looked up in the one table ("is almost certain to" reads as
    # "almost certain", "will certainly" as "certainly"), then the construction readings.
    stated = estimative.phrase_within(cue.words) if cue.words else None
    if stated is not None and (reading is None or len(stated) >= len(_SYNONYMS.get(reading, reading))):
        return estimative.PHRASES[stated], True
    if reading in _INTENSIFIED:
        return estimative.INTENSIFIED_WILL, True
    if reading in _SCHEDULED:
        reading = None
    if reading is not None:
        value = _table(reading)
        if value is not None:
            return value, True
    if frame is not None:
        if frame == "don't think":
            return estimative.DONT_THINK, True
        if frame == "nobody expects":
            return estimative.NOBODY_EXPECTS, True
        value = _table(frame)
        if value is not None:
            return value, True
        if frame in _INTENSIFIED:
            return estimative.INTENSIFIED_WILL, True
    return estimative.UNHEDGED_WILL, False


def reading_denied(cue: Cue) -> bool:
    """An expectation denied by its subject or its verb ("We don't expect X to ...")."""
    return cue.kind == "expect_to" and cue.reading in ("nobody expects", "don't expect")


def probability(cue: Cue, *, frame: str | None = None, there_will_be_no: bool = False) -> float:
    """Probability that the positive claim comes true, from the cue's words.

    A number the writer states ("a 70% chance") is taken as written: it is the
    writer's own probability, not a reading of words."""
    if cue.kind == "stated_chance" and cue.reading is not None:
        return float(cue.reading)
    value, hedged = _affirmative_reading(cue, frame)
    if cue.kind in ("expectation", "cannot_possibly", "expect_event") or reading_denied(cue):
        return value
    if cue.never and not hedged:
        return estimative.WILL_NEVER
    if there_will_be_no and not hedged:
        return estimative.THERE_WILL_BE_NO
    if there_will_be_no or cue.negated:
        if cue.reading and (negative := _table(f"{_SYNONYMS.get(cue.reading, cue.reading)} not")) is not None:
            return negative
        if not hedged:
            return estimative.UNHEDGED_WILL_NOT
        return round(1.0 - value, 3)
    return value
