"""The candidates of a sentence or short text, as the direction tests of every round read them."""

from __future__ import annotations

from tracker.extract import Candidate, extract


def candidates(text: str, min_confidence: float = 0.0) -> list[Candidate]:
    """Every candidate of ``text`` (a final newline added) at ``min_confidence`` or more."""
    return list(extract(text + "\n", min_confidence=min_confidence).forecasts)
