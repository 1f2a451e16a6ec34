"""Tables of picks: every cell a call, by the person its row or column names.

Staff picks and tipster cards often come as a table rather than as sentences, and no cue
or sentence model can read a cell such as "Sandrevik". A table of picks is read when the
text declares predictions or picks above it ("WEEK 12 STAFF PICKS", "Our staff picks"),
in one of two shapes:

- people by row: a header whose first cell names who picks ("Writer | Result | Score"),
  then one row per person ("Lucia Brannagh | Athletic | 2-1"): one call per row, hers;
- people by column: a header of an event column and people's names ("GAME | ODELL (71-35) |
  PRIYA (68-38)"), then one row per event ("Rivermouth at Sandrevik | Sandrevik |
  Rivermouth"): one call per cell, by the column's person.

A row is a unit whose text has at least two cells separated by " | " (``layout.py`` keeps
table rows apart), with as many cells as the header.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tracker.extract.units import Unit

_WHO_HEADERS = frozenset(
    "writer writers tipster tipsters pundit pundits name expert experts forecaster forecasters panellist panelist "
    "analyst analysts who picker staff".split()
)
_EVENT_HEADERS = frozenset("game games match matches fixture fixtures event race races matchup tie bout contest".split())
# "ODELL (71-35)", "The Coin", "Priya": a name, perhaps with its season record.
_PERSON_CELL = re.compile(r"^(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})(?:\s*\(\s*\d+\s*-\s*\d+\s*\))?$")
_DECLARES = re.compile(r"\b(?:predictions?|forecasts?|picks?|tips|selections|calls)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Pick:
    position: int  # the row's unit
    claim: str
    speaker: str


def cells(text: str) -> list[str]:
    return [cell.strip() for cell in text.split(" | ")]


def _person(cell: str) -> str | None:
    match = _PERSON_CELL.match(cell.strip())
    if match is None:
        return None
    name = match.group("name")
    return name.title() if name.isupper() else name


def table_picks(found: Sequence[Unit]) -> list[Pick]:
    """The calls of every table of picks in the text, in reading order."""
    picks: list[Pick] = []
    declared = False
    position = 0
    while position < len(found):
        unit = found[position]
        header = cells(unit.text)
        if len(header) < 2:
            if unit.heading and _DECLARES.search(unit.text) or unit.text.rstrip().endswith(":") and _DECLARES.search(unit.text):
                declared = True
            position += 1
            continue
        rows = []
        below = position + 1
        while below < len(found) and len(cells(found[below].text)) == len(header):
            rows.append(below)
            below += 1
        first = header[0].lower()
        if declared and rows and first in _WHO_HEADERS:
            for row in rows:
                values = cells(found[row].text)
                who = _person(values[0])
                if who is None:
                    continue
                claim = "; ".join(f"{name}: {value}" for name, value in zip(header[1:], values[1:]) if value)
                picks.append(Pick(row, claim, who))
        elif declared and rows and first.rstrip("s") in {e.rstrip("s") for e in _EVENT_HEADERS}:
            people = [_person(cell) for cell in header[1:]]
            if all(people):
                for row in rows:
                    values = cells(found[row].text)
                    for who, value in zip(people, values[1:]):
                        if value and who:
                            picks.append(Pick(row, f"{values[0]}: {value}", who))
        position = below
    return picks
