"""Tables of picks: every cell a call, by the person its row or column names.

Staff picks and tipster cards often come as a table rather than as sentences, and no cue
or sentence model can read a cell such as "Sandrevik". A table of picks is read when the
text declares predictions or picks above it ("WEEK 12 STAFF PICKS", "Our staff picks"),
in one of two shapes:

- people by row: a header whose first cell names who picks ("Writer | Result | Score"),
  then one row per person ("Lucia Brannagh | Athletic | 2-1"): one call per row, hers;
- people by column: a header of an event column and people's names ("GAME | ODELL (71-35) |
  PRIYA (68-38)"), then one row per event ("Rivermouth at Sandrevik | Sandrevik |
  Rivermouth"): one call per cell, by the column's person;
- the writer's own sheet: a header with a column of picks and perhaps one of confidence
  ("Home | Away | Pick | Confidence") over one row per event ("Havnby | Trellstad | Trellstad |
  60"): one call per row, the writer's, at the row's confidence ("Havnby v Trellstad: Trellstad"
  at 0.6). A column headed "Pick" declares the table by itself.

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


_PICK_HEADERS = frozenset("pick picks prediction predictions tip tips selection call winner verdict".split())
_CHANCE_HEADERS = re.compile(r"^(?:confidence|conf\.?|chance|probability|prob\.?|likelihood|%)(?:\s*\(%\))?$", re.IGNORECASE)
_RULE_CELL = re.compile(r"^[-=:+\s]*$")  # "-----------": the line under a header
_CHANCE_CELL = re.compile(r"^(?P<value>\d{1,3}(?:\.\d+)?)\s*%?$")


@dataclass(frozen=True)
class Pick:
    position: int  # the row's unit
    claim: str
    speaker: str | None  # None: the writer's own sheet
    probability: float | None = None  # a confidence column's value, when the table gives one


def _own_sheet(header: list[str], found: Sequence[Unit], rows: list[int]) -> list[Pick]:
    """ "Home | Away | Pick | Confidence" over "Havnby | Trellstad | Trellstad | 60": the writer's calls."""
    names = [cell.strip().lower() for cell in header]
    pick = next((i for i, name in enumerate(names) if name in _PICK_HEADERS), None)
    if pick is None:
        return []
    chance = next((i for i, cell in enumerate(header) if _CHANCE_HEADERS.match(cell.strip())), None)
    picks = []
    for row in rows:
        values = cells(found[row].text)
        if all(_RULE_CELL.match(value) for value in values) or not values[pick]:
            continue
        event = " v ".join(value for i, value in enumerate(values) if i not in (pick, chance) and value)
        probability = None
        if chance is not None and (number := _CHANCE_CELL.match(values[chance])):
            value = float(number.group("value"))
            probability = round(value / 100 if value > 1 else value, 3) if value <= 100 else None
        picks.append(Pick(row, f"{event}: {values[pick]}" if event else values[pick], None, probability))
    return picks


_RULE_PREFIX = re.compile(r"^[-=:+|\s]*-[-=:+|\s]*(?=\S)")  # a header's underline joined to the first row


def cells(text: str) -> list[str]:
    return [_RULE_PREFIX.sub("", cell.strip()) if index == 0 else cell.strip() for index, cell in enumerate(text.split(" | "))]


def _header_above(text: str, unit: Unit) -> list[str] | None:
    """The cells of the raw line above a table's first row, past its underline ("Home | Away |
    Pick | Confidence" over "-----|-----"), when the reading of the text into units dropped it."""
    if unit.start <= 0:
        return None
    for line in reversed(text[: unit.start].splitlines()[-3:]):
        if not line.strip() or _RULE_CELL.match(line.replace("|", "")):
            continue
        found = cells(line)
        return found if len(found) >= 2 else None
    return None


def _person(cell: str) -> str | None:
    match = _PERSON_CELL.match(cell.strip())
    if match is None:
        return None
    name = match.group("name")
    return name.title() if name.isupper() else name


def table_picks(found: Sequence[Unit], text: str | None = None) -> list[Pick]:
    """The calls of every table of picks in the text, in reading order (``text``, the raw text
    the units come from, gives back a header line the units lack)."""
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
        above = _header_above(text, unit) if text is not None else None
        previous = cells(found[position - 1].text) if position else []
        if above is not None and len(above) == len(header) and len(previous) != len(header):
            header, below = above, position  # this unit is the first row under a header the units lack
        while below < len(found) and len(cells(found[below].text)) == len(header):
            rows.append(below)
            below += 1
        first = header[0].lower()
        own = _own_sheet(header, found, rows) if rows and first not in _WHO_HEADERS else []
        if own:
            picks.extend(own)
        elif declared and rows and first in _WHO_HEADERS:
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
