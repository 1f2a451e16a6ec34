"""Shared by the attribution tests of each error analysis: who a sentence of a text is given to."""

from __future__ import annotations

from tracker.extract import extract
from tracker.extract.units import units
from tracker.extract.voices import detector_speaker, writer_names


def speaker_of(text: str, sentence_start: str, writers: tuple[str, ...] = ()) -> str | None:
    """The speaker the detector's reading gives the unit that starts with ``sentence_start``."""
    found = units(text)
    position = next(i for i, unit in enumerate(found) if unit.text.startswith(sentence_start))
    return detector_speaker(found, position, writer_names(writers))


def speakers(text: str) -> dict[str, str | None]:
    """Each candidate's quote (its first 40 characters) -> its speaker, at every confidence."""
    return {c.quote[:40]: c.speaker for c in extract(text, min_confidence=0).forecasts}
