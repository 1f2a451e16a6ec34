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

A table of figures for periods to come ("TABLE 1. KEY FORECASTS" over "2026 (actual)  2027 (fcst)"
and "Crude ($/bbl)  84  78  72") is read from the raw lines, one forecast per row
(``forecast_table_rows``), whatever its layout made of it: rows set with bars, in columns of
spaces (which the reading into sentences joins into one unit) or with dot leaders.

A row is a unit whose text has at least two cells separated by " | " (``layout.py`` keeps
table rows apart), with as many cells as the header. A table of people by column set in
columns of spaces, which the reading into sentences joins into one unit, is read from the raw
lines: a cell belongs to the person whose name starts above it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tracker.estimative import UNHEDGED_WILL
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
    quote: str | None = None  # the row, when the unit holds a whole table set in columns


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


def _words(line: str, after: int = 0) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in re.finditer(r"\S+", line) if m.start() >= after]


def aligned_picks(unit: Unit, position: int, text: str) -> list[Pick]:
    """A table of picks set in columns that the reading into sentences joined into one unit
    ("Matchup (line)    Okafor   Lindgren" over "Portland @ Memphis (-3)   Memphis   Portland"):
    one call per cell, by the person whose name heads its column (the cell starts under it)."""
    if unit.start < 0:
        return []
    lines = [line.rstrip() for line in text[unit.start:unit.end].splitlines() if line.strip()]
    if len(lines) < 2:
        return []
    first = re.match(r"\s*\S+(?:[ \t]\S+)*", lines[0])  # the event column's head, up to a run of spaces
    if first is None or first.group(0).split()[0].lower().rstrip("s") not in {e.rstrip("s") for e in _EVENT_HEADERS}:
        return []
    people = [(start, _person(word)) for start, word in _words(lines[0], first.end())]
    if len(people) < 2 or not all(who for _, who in people):
        return []
    starts = [start for start, _ in people]
    picks: list[Pick] = []
    for line in lines[1:]:
        event = line[: starts[0] - 1].strip()
        columns: dict[int, list[str]] = {}
        for at, word in _words(line, starts[0] - 1):
            column = max(i for i, start in enumerate(starts) if start - 1 <= at or i == 0)
            columns.setdefault(column, []).append(word)
        if not event or len(columns) < len(starts) / 2 or line[starts[0] - 1: starts[0]].strip():
            return []  # not a row of this table: nothing under the names, or its event runs into them
        for column, words in sorted(columns.items()):
            picks.append(Pick(position, f"{event}: {' '.join(words)}", people[column][1], quote=" ".join(line.split())))
    return picks


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
            elif declared and text is not None:
                picks.extend(aligned_picks(unit, position, text))
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


# ---------------------------------------------------------------- rows of numbers

# A row of a table of numbers set in columns: a label, a run of spaces, then three or more cells
# that are numbers (a level, a percentage, "<5", ">98", a starred "45*"); a ":" may part two groups
# of columns, as in a hydrologic outlook's "Genoa  10.5  12.0  13.0 :  10   10   <5 ...".
_ROW = re.compile(r"^\s*(?P<label>\S(?:.*?\S)?)\s{2,}(?P<cells>[<>~:+\-\d].*?)\s*$")
_CELL = re.compile(r"[<>~]?[+-]?\d[\d,]*(?:\.\d+)?%?\*?")
_CHANCE_COLUMN = re.compile(r"\bchances?\b|\bprobabilit(?:y|ies)\b|\blikelihood\b", re.IGNORECASE)
_TERCILES = re.compile(r"\bbelow\b.*\babove\b", re.IGNORECASE)
# A table whose rows a product reader may take as forecasts of their own: its header speaks of
# chances ("Chance of Exceeding Stages", "as a Percentage (%)", "95%  90%  75% ...").
PROBABILITY_TABLE = re.compile(r"%|\bchances?\b|\bprobabilit|\blikel|\bexceed", re.IGNORECASE)
_RULE = re.compile(r"^[\s:|+-]*-{3,}[\s:|+-]*$")  # "--------  -----  ----- : ---"
_SUBHEADING = re.compile(r"^:\S")  # ":Little Blue River", a river's name over its gauges


def numeric_row(line: str) -> list[tuple[str, int]] | None:
    """The cells of a row of numbers with the column each starts at, ":" included, or None."""
    match = _ROW.match(line)
    if match is None or any(char.isdigit() for char in match.group("label")[:1]):
        return None
    cells: list[tuple[str, int]] = []
    for token in re.finditer(r"\S+", match.group("cells")):
        if token.group(0) != ":" and not _CELL.fullmatch(token.group(0)):
            return None
        cells.append((token.group(0), match.start("cells") + token.start()))
    return cells if sum(cell != ":" for cell, _ in cells) >= 3 else None


def _share(cell: str) -> float:
    """ "35%" 0.35, "<5" 0.025 (half the bound), ">98" 0.99, "45*" 0.45."""
    number = float(cell.strip("<>~*%").replace(",", ""))
    if cell.startswith("<"):
        number /= 2
    elif cell.startswith(">"):
        number = (number + 100) / 2
    return min(max(number / 100, 0.0), 1.0)


def table_header(text: str, line_start: int) -> list[str]:
    """The header lines over the row that starts at ``line_start`` in ``text``: going up past the
    table's other rows, its rules and its sub-headings, the lines up to the blank line above."""
    header: list[str] = []
    end = line_start - 1  # the line break before the row; lines are read upwards from there
    in_table = True
    while end > 0 and len(header) < 8:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if in_table and (numeric_row(line) or _RULE.match(line) or _SUBHEADING.match(line)):
            end = start - 1
            continue
        in_table = False
        if not line.strip():
            break
        header.insert(0, line)
        end = start - 1
    return header


def row_chance(line: str, header: Sequence[str] = ()) -> float | None:
    """The probability a row of a table of numbers gives its forecast, as the labelling guide
    reads tables, or None when ``line`` is no such row: a column headed "Chance" (or
    "Probability") gives it; after a ":" the first cell of the chances ("Genoa 10.5 12.0 13.0 :
    10 10 <5" is 0.1); a tercile row ("Below Near Above") its starred category, else its most
    probable one (near normal on a tie); a row of percentages its first named category; a row of
    levels under columns of years ("Real GDP 0.6 0.9 1.4" under "2025 2026 2027") is a projection
    for each year, read as a plain statement (0.9); any other row of levels ("Alda 4.5 4.6 5.2
    7.4", the stages each chance of exceeding gives) is a central estimate with its range, 0.5."""
    cells = numeric_row(line)
    if cells is None:
        return None
    for heading in header:
        column = _CHANCE_COLUMN.search(heading)
        if column is not None and ":" not in heading:
            nearest = min((c for c in cells if c[0] != ":"), key=lambda c: abs(c[1] - column.start()))
            if abs(nearest[1] - column.start()) <= 6 and nearest[0].rstrip("*").endswith("%"):
                return _share(nearest[0])
    values = [cell for cell, _ in cells]
    if ":" in values:
        after = [cell for cell in values[values.index(":") + 1:] if cell != ":"]
        return _share(after[0]) if after else None
    starred = [cell for cell in values if cell.endswith("*")]
    if starred:
        return _share(starred[0])
    if any(_TERCILES.search(heading) for heading in header) and len(values) == 3:
        shares = [_share(cell) for cell in values]
        best = max(shares)
        return shares[1] if shares[1] == best else best
    if all(cell.endswith("%") for cell in values) or (
        any(_TERCILES.search(heading) for heading in header) and all(float(c.strip("<>~*%").replace(",", "")) <= 100 for c in values)
    ):
        return _share(values[0])
    if any("." in cell and not cell.endswith("%") for cell in values):
        return UNHEDGED_WILL if header and by_year(header[-1]) else 0.5
    return None


# A column head that is a year, perhaps with a word or letter saying what kind of figure it is:
# "2027", "2027f", "2026 est", "2028 proj", "2027 (fcst)", "2026/27", "FY2028".
_YEAR_COLUMN = re.compile(r"(?:FY\s?)?(?:19|20)\d{2}(?:[/-]\d{2,4})?(?:\s*\(?[A-Za-z]{1,8}\.?\)?)?", re.IGNORECASE)


def by_year(line: str) -> bool:
    """Whether ``line``, the header over a table's rows, heads two or more of its columns with
    years ("      2025    2026    2027f    2028f"): a table of projections, one figure a year,
    not a table of stages at each chance of exceeding them ("Valid Period: 05/30/2015 - ...")."""
    columns = [column for column in re.split(r"\s{2,}", line.strip()) if column]
    return sum(bool(_YEAR_COLUMN.fullmatch(column)) for column in columns) >= 2


def row_chance_at(text: str, start: int) -> float | None:
    """``row_chance`` of the line of ``text`` that holds offset ``start``, read under its header."""
    if start < 0:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start: line_end if line_end >= 0 else len(text)]
    below = text[line_end + 1:].split("\n", 1)[0] if line_end >= 0 else ""
    if not numeric_row(line) or _RULE.match(below):
        return None  # no row, or the column heads over the table's rule ("Location  95%  90% ...")
    return row_chance(line, table_header(text, line_start))


_VALID_UNTIL = re.compile(r"\bvalid\s+period\s*:.*?-\s*(\d{1,2})/(\d{1,2})/(\d{4})", re.IGNORECASE)


def valid_until(header: Sequence[str]) -> dt.date | None:
    """The last day of a table's "Valid Period: 05/30/2015 - 08/28/2015" (month first, as US
    weather products write it), or None."""
    for heading in header:
        match = _VALID_UNTIL.search(heading)
        if match:
            try:
                return dt.date(int(match.group(3)), int(match.group(1)), int(match.group(2)))
            except ValueError:
                return None
    return None


@dataclass(frozen=True)
class Row:
    text: str  # the row, its runs of spaces collapsed
    label: str  # its first cell ("Central", "Jan 2027")
    chance: float  # ``row_chance`` under its header


def rows_within(text: str, start: int, end: int) -> list[Row]:
    """The rows of a table of numbers that ``text[start:end]`` spans, when it spans two or more
    (the reading into sentences joined a table set in columns into one unit), else []."""
    if start < 0 or end <= start:
        return []
    found: list[Row] = []
    line_start = text.rfind("\n", 0, start) + 1
    while line_start < end:
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        chance = row_chance_at(text, line_start) if text[line_start:line_end].strip() else None
        if chance is not None:
            line = text[line_start:line_end].strip()
            found.append(Row(" ".join(line.split()), line.split("  ")[0], chance))
        line_start = line_end + 1
    return found if len(found) >= 2 else []


# ---------------------------------------------------------------- tables of forecast figures

# "2027 (fcst)", "Summer 2027 (projected)", "2027f", "Kp forecast", "Busiest expected week" in a
# table's header, or "TABLE 1. KEY FORECASTS", "Expected levels (Kp)" as its caption: the table
# gives figures for periods to come, and each of its rows is a forecast (the labelling guide reads
# a table one label per row, at 0.9 when bare).
_FORECAST_HEAD = re.compile(
    r"\b(?:forecasts?|fcst|projected|projections?|proj|outlook|expected|estimates?|guidance|predicted|predictions?)\b"
    r"|\b(?:19|20)\d\d\s?[fFeE]\b|\b(?:19|20)\d\d\s+(?:fcst|proj|est)\b",
    re.IGNORECASE,
)
# "Technical assumptions (not projections)", "Forecast errors", "How our 2026 forecasts did": a
# table of the figures behind a forecast, or of past forecasts graded, is not one of forecasts.
_NOT_FORECAST_HEAD = re.compile(
    r"\bnot\s+(?:a\s+)?(?:forecasts?|projections?)\b|\bassumptions?\b|\b(?:forecast|projection)\s+errors?\b"
    r"|\bhow\s+(?:our|my|the)\b.*\bdid\b|\bversus\s+outturn|\bvs\.?\s+(?:actual|outturn)\b|\bobserved\b|\brecord\b",
    re.IGNORECASE,
)
# A row that gives what has already happened or an older forecast ("(March 2026 projection) 0.6 1.0",
# "Previous forecast", "Outturn 2026"): a record, not a forecast of this table's.
_PAST_ROW = re.compile(
    r"^\W*(?:\((?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s+(?:projection|forecast)\)|previous\b|prior\b|last\s+(?:year|forecast|outlook)\b"
    r"|outturns?\b|actuals?\b|memo\b)",
    re.IGNORECASE,
)
_CHANCE_HEAD = re.compile(r"\bchances?\b|\bprobabilit|\blikelihood\b|\bexceed", re.IGNORECASE)
_PIPE_CELLS = re.compile(r"\s*\|\s*")
# Cells parted by a run of spaces, a tab, or dot leaders ("Registered nurses ........ +17,400").
_SPACED_CELLS = re.compile(r"\s*\.{4,}\s*|\s{2,}|\t+")
_TABLE_RULE = re.compile(r"^[\s|:+=-]*-{3,}[\s|:+=-]*$")
_CAPTION_LINES = 2
_LONGEST_CELL = 60


@dataclass(frozen=True)
class TableRow:
    start: int  # offsets of the row's line in the raw text
    end: int
    text: str  # the row, its runs of spaces and its bars collapsed
    claim: str  # "GDP: 2027f 1.1; 2028f 1.4; 2029f 1.5"
    chance: float | None  # the row's own chance, in a table of chances
    table_start: int = -1  # where the whole table (header included) sits
    table_end: int = -1


def _row_cells(line: str) -> list[str] | None:
    """The cells of a line set as a table row ("| a | b |", or cells parted by runs of spaces),
    or None when the line is prose or a single cell."""
    stripped = line.strip()
    if not stripped:
        return None
    if "|" in stripped:
        found = [cell.strip() for cell in _PIPE_CELLS.split(stripped.strip("|"))]
        return found if len(found) >= 2 else None
    found = [cell for cell in _SPACED_CELLS.split(stripped) if cell]
    if len(found) < 2 or any(len(cell) > _LONGEST_CELL for cell in found):
        return None
    # Two spaces after a full stop part sentences of prose, not cells.
    if any(cell.rstrip().endswith((".", "!", "?")) and len(cell.split()) > 4 for cell in found):
        return None
    return found


def _tables(text: str) -> list[tuple[list[str], list[tuple[int, int, str]]]]:
    """Every run of three or more lines set as a table: (caption lines above it, its lines as
    (start, end, line)), the header first; rules under the header are left out."""
    lines = text.split("\n")
    starts: list[int] = []
    offset = 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    found: list[tuple[list[str], list[tuple[int, int, str]]]] = []
    at = 0
    while at < len(lines):
        if _row_cells(lines[at]) is None:
            at += 1
            continue
        run: list[tuple[int, int, str]] = []
        below = at
        while below < len(lines) and (_row_cells(lines[below]) is not None or _TABLE_RULE.match(lines[below])):
            if not _TABLE_RULE.match(lines[below]):
                run.append((starts[below], starts[below] + len(lines[below]), lines[below]))
            below += 1
        if len(run) >= 3:
            caption = [line for line in lines[max(0, at - _CAPTION_LINES - 1): at] if line.strip()][-_CAPTION_LINES:]
            found.append((caption, run))
        at = max(below, at + 1)
    return found


# A figure with at most a short unit ("+9,400", "3.10", "45%", "~74.5M"), not a year over a column.
_VALUE_CELL = re.compile(r"^(?!(?:19|20)\d\d[A-Za-z]{0,2}$)[-+~\u2248$\u00a3\u20ac<>]*\d[\d,.]*\s*(?:%|[A-Za-z]{1,2})?\)?$")


def _is_data_row(first: list[str], second: list[str]) -> bool:
    """Whether a table's first line is a row like the next ("Nurses ..... +9,400" over "Plumbers
    ..... +1,300") rather than a header over it ("2026  2027f  2028f", "Measure | Summer 2027")."""
    return len(first) == len(second) and len(first) >= 2 and all(_VALUE_CELL.match(cell) for cell in first[1:])


# "(March 2026 projection)   0.6   1.0   1.4" in a table of projections: the previous round's figures,
# printed to compare (a past prediction as the guide reads it); the rows under "Technical assumptions
# (not projections)": what the projections are conditioned on (the guide's `other`). No forecast.
_EARLIER_ROUND = re.compile(r"^\W*\([^()]*\b(?:projections?|forecasts?|estimates?|outlook)\)", re.IGNORECASE)
_ASSUMPTIONS = re.compile(r"\bassum(?:ptions?|ed)\b|\bnot\s+(?:projections|forecasts)\b", re.IGNORECASE)


def row_of_no_forecast(text: str, start: int, row: str) -> bool:
    """Whether the table row at offset ``start`` is an earlier round's figures or an assumption."""
    header = table_header(text, text.rfind("\n", 0, start) + 1)
    return bool(_EARLIER_ROUND.match(row)) or any(_ASSUMPTIONS.search(line) for line in header)


def forecast_table_rows(text: str) -> list[TableRow]:
    """The rows of every table of figures for periods to come in ``text`` ("TABLE 1. KEY
    FORECASTS" over "2026 (actual)  2027 (fcst)" and "Marlow Blend crude ($/bbl)  84  78  72"),
    each one forecast. A product in capitals (a weather office's) is left to ``weather.py``."""
    rows: list[TableRow] = []
    for caption, run in _tables(text):
        header_line = run[0][2]
        heads = " ".join([*caption, header_line])
        if not _FORECAST_HEAD.search(heads) or _NOT_FORECAST_HEAD.search(heads):
            continue
        letters = [char for _, _, line in run for char in line if char.isalpha()]
        if letters and all(char.isupper() for char in letters):
            continue
        header = _row_cells(header_line) or []
        data = run[1:]
        if _is_data_row(header, _row_cells(run[1][2]) or []):
            header, data = [], run  # no header line: the caption above says what the figures are
        for start, end, line in data:
            values = _row_cells(line) or []
            if len(values) < 2 or _PAST_ROW.match(values[0]) or not any(char.isdigit() for char in "".join(values[1:])):
                continue  # a second header line ("summer (observed) (likely range)"), an empty or past row
            heads_for = header[-(len(values) - 1):] if len(header) >= len(values) - 1 else []
            if heads_for and len(heads_for) == len(values) - 1:
                claim = f"{values[0]}: " + "; ".join(f"{head} {value}" for head, value in zip(heads_for, values[1:]) if value)
            else:
                claim = f"{values[0]}: {' '.join(values[1:])}"
            row_text = " ".join(" ".join(line.strip().strip("|").split("|")).split())
            if row_of_no_forecast(text, start, row_text):
                continue
            chance = row_chance(" ".join(line.split("|")), [*caption, header_line]) if _CHANCE_HEAD.search(heads) else None
            rows.append(TableRow(start, end, row_text, claim, chance, run[0][0], run[-1][1]))
    return rows
