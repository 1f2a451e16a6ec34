"""Files for other tools and for spreadsheets: ``export --format fatebook|predictionbook`` and
the spreadsheet-safe ``export --csv``.

Nobody should be locked in: the record leaves in the formats the tools people move to read.
- ``fatebook``: the columns of Fatebook's "Import from spreadsheet" (``importFromCsv`` in
  Sage-Future/fatebook ``lib/web/import_router.ts``; field names as its column headers):
  ``forecast`` as a percentage, ``resolution`` YES/NO/AMBIGUOUS or blank, comma-separated
  ``tags``. Fatebook keys a question by ``hashString(questionTitle + qCreatedAt)`` (a 32-bit
  hash, ``lib/web/utils.ts``) and, row by row, adds the forecast and overwrites the
  question's other fields. So every row of a claim carries the same ``qCreatedAt`` (the day
  of the claim's first prediction) and the same ``notes`` (who said what: Fatebook credits
  every forecast to the person importing), and two claims whose keys would meet get their
  claim id after the title.
- ``predictionbook``: the columns of PredictionBook's own CSV export, which tracker's
  PredictionBook reader takes back (PredictionBook itself imports no CSV). ``uuid`` holds
  the claim's identity in tracker, so the round trip keeps every claim apart, and
  ``mean_confidence`` the exact percentage. PredictionBook has only true/false outcomes, so
  ambiguous or annulled claims are written as unjudged.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from itertools import islice
from typing import IO, Any, TypeVar

from tracker.interchange.values import spreadsheet_cell

FATEBOOK_COLUMNS = ("questionTitle", "forecast", "qCreatedAt", "resolution", "resolvedAt", "resolveBy", "fCreatedAt",
                    "tags", "notes")
PREDICTIONBOOK_COLUMNS = (
    "created_at", "creator_id", "creator_label", "deadline", "description_with_group", "description", "group_id", "id",
    "mean_confidence", "outcome", "prediction_group_id", "last_judgement_at", "updated_at", "uuid", "version",
    "visibility", "withdrawn",
)
_FATEBOOK_RESOLUTION = {"true": "YES", True: "YES", "false": "NO", False: "NO", "ambiguous": "AMBIGUOUS", "annulled": "AMBIGUOUS"}


T = TypeVar("T")
#: Looks up a fact about each of some claims (by claim id), a chunk of rows at a time.
Lookup = Callable[[list[int]], dict[int, T]]


def _looked_up(rows: Iterator[dict[str, Any]], lookup: Lookup[T], size: int = 500) -> Iterator[tuple[dict[str, Any], T]]:
    """Each row with its claim's fact, asked for once a chunk, so a long export streams."""
    chunk = list(islice(rows, size))
    while chunk:
        found = lookup(list({row["claim_id"] for row in chunk}))
        for row in chunk:
            yield row, found[row["claim_id"]]
        chunk = list(islice(rows, size))


def write_spreadsheet_csv(rows: Iterable[dict[str, Any]], columns: tuple[str, ...], stream: IO[str]) -> int:
    """tracker's CSV with every cell a spreadsheet would run as a formula neutralised (an
    apostrophe in front, as OWASP recommends); ``tracker import`` removes it again."""
    from tracker.render import csv_value

    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([spreadsheet_cell(csv_value(row.get(column))) for column in columns])
        count += 1
    return count


def fatebook_hash(text: str) -> int:
    """Fatebook's ``hashString``: Java's string hash over UTF-16 code units, as a signed 32-bit int."""
    value = 0
    data = text.encode("utf-16-le")
    for i in range(0, len(data), 2):
        value = (value * 31 + (data[i] | data[i + 1] << 8)) & 0xFFFFFFFF
    return value - (1 << 32) if value & 0x80000000 else value


def fatebook_colliding(claims: Iterable[tuple[int, str, dt.date]]) -> set[int]:
    """Claims (id, text, first day) whose Fatebook question key (title and creation day)
    another claim shares: imported as they are, Fatebook would merge them into one question."""
    first_with: dict[int, int] = {}
    colliding: set[int] = set()
    for claim_id, text, first in claims:
        key = fatebook_hash(text + first.isoformat())
        other = first_with.setdefault(key, claim_id)
        if other != claim_id:
            colliding.update((other, claim_id))
    return colliding


def fatebook_title(text: str, claim_id: int, colliding: set[int]) -> str:
    return f"{text} (tracker claim {claim_id})" if claim_id in colliding else text


def fatebook_rows(group: list[dict[str, Any]], title: str, created: str) -> list[list[str]]:
    """The rows of one claim's predictions: Fatebook keeps one title, creation day, resolution
    and notes per question (the last row's), so all of them are the claim's."""
    first = group[0]
    outcome = first.get("outcome")
    many = len(group) > 1
    notes = " ".join(_attribution(row, many) for row in group)
    return [
        [
            title,
            f"{_percent(row['probability'])}%",
            created,
            _FATEBOOK_RESOLUTION.get(outcome, "") if outcome is not None else "",
            first.get("resolved_on") or "",
            first.get("deadline") or "",
            row["date"],
            ", ".join(tag.replace(",", " ") for tag in row.get("tags") or []),
            notes,
        ]
        for row in group
    ]


def _attribution(row: dict[str, Any], dated: bool) -> str:
    """Who said it, where (and, among several, when and how likely), with its link and quote."""
    source = f"By {row['author']}" + (f" in {row['outlet']}" if row.get("outlet") else "")
    if dated:
        source += f" on {row['date']} ({_percent(row['probability'])}%)"
    parts = (source + ".", row.get("url") or "", f"“{row['quote']}”" if row.get("quote") else "")
    return " ".join(part for part in parts if part)


def _percent(probability: float) -> str:
    """A probability as an exact percentage (0.725 → 72.5), without binary-float noise."""
    return format((Decimal(repr(probability)) * 100).normalize(), "f")


def predictionbook_row(row: dict[str, Any], claim_key: str) -> list[str]:
    """One prediction as a row of PredictionBook's export: its PredictionBook id if it came
    from there, and in ``uuid`` the claim's identity in tracker (``system:id`` or its key)."""
    number = claim_key.split(":", 1)[1] if claim_key.startswith("predictionbook:") else ""
    outcome = row.get("outcome")
    judged = outcome in (True, False)
    return [
        _rails(row["date"]), "", row["author"], _rails(row.get("deadline")), row["claim"], row["claim"], "", number,
        _percent(row["probability"]), "true" if outcome is True else "false" if outcome is False else "", "",
        _rails(row.get("resolved_on")) if judged else "", _rails((row.get("recorded_at") or "")[:10]), claim_key, "1",
        "visible_to_everyone", "false",
    ]


def _rails(day: str | None) -> str:
    """A day as Rails writes a UTC time: ``2011-10-08 00:00:00 UTC``."""
    return f"{day} 00:00:00 UTC" if day else ""


def write_fatebook(rows: Iterator[dict[str, Any]], stream: IO[str], first_days: Lookup[dt.date],
                   colliding: set[int]) -> tuple[int, int]:
    """Write ``rows`` (a claim's rows together) for Fatebook's spreadsheet import; returns
    (written, left out: predictions without a probability, which Fatebook cannot hold)."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(FATEBOOK_COLUMNS)
    written = left_out = 0
    group: list[dict[str, Any]] = []

    def flush() -> None:
        if group:
            claim_id = group[0]["claim_id"]
            title = fatebook_title(group[0]["claim"], claim_id, colliding)
            writer.writerows(fatebook_rows(group, title, created.isoformat()))
            group.clear()

    for row, first_day in _looked_up(rows, first_days):
        if row["probability"] is None:
            left_out += 1
            continue
        if group and group[0]["claim_id"] != row["claim_id"]:
            flush()
        if not group:
            created = first_day
        group.append(row)
        written += 1
    flush()
    return written, left_out


def write_predictionbook(rows: Iterator[dict[str, Any]], stream: IO[str], claim_keys: Lookup[str]) -> tuple[int, int]:
    """Write ``rows`` as PredictionBook's export; returns (written, left out: predictions
    without a probability). ``claim_key`` gives a claim's identity in tracker."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(PREDICTIONBOOK_COLUMNS)
    written = left_out = 0
    for row, claim_key in _looked_up(rows, claim_keys):
        if row["probability"] is None:
            left_out += 1
            continue
        writer.writerow(predictionbook_row(row, claim_key))
        written += 1
    return written, left_out
