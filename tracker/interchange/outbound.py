"""Files for other tools and for spreadsheets: ``export --format fatebook|predictionbook`` and
the spreadsheet-safe ``export --csv``.

Nobody should be locked in: the record leaves in the formats the tools people move to read.
- ``fatebook``: the columns of Fatebook's "Import from spreadsheet" (``importFromCsv`` in
  Sage-Future/fatebook ``lib/web/import_router.ts``; field names as its column headers):
  ``forecast`` as a percentage, ``resolution`` YES/NO/AMBIGUOUS or blank, comma-separated
  ``tags``. Fatebook credits every row to the person importing, so who said it goes into
  ``notes``.
- ``predictionbook``: the columns of PredictionBook's own CSV export, which tracker's
  PredictionBook reader (and anything that reads that export) takes back. PredictionBook
  holds whole percentages and only true/false outcomes, so probabilities are rounded and
  ambiguous or annulled claims are written as unjudged.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import IO, Any

from tracker.interchange.values import spreadsheet_cell

FATEBOOK_COLUMNS = ("questionTitle", "forecast", "qCreatedAt", "resolution", "resolvedAt", "resolveBy", "fCreatedAt",
                    "tags", "notes")
PREDICTIONBOOK_COLUMNS = (
    "created_at", "creator_id", "creator_label", "deadline", "description_with_group", "description", "group_id", "id",
    "mean_confidence", "outcome", "prediction_group_id", "last_judgement_at", "updated_at", "uuid", "version",
    "visibility", "withdrawn",
)
_FATEBOOK_RESOLUTION = {"true": "YES", True: "YES", "false": "NO", False: "NO", "ambiguous": "AMBIGUOUS", "annulled": "AMBIGUOUS"}


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


def fatebook_row(row: dict[str, Any]) -> list[str]:
    """One prediction as a row of Fatebook's spreadsheet import."""
    probability = row["probability"]
    outcome = row.get("outcome")
    source = f"By {row['author']}" + (f" in {row['outlet']}" if row.get("outlet") else "") + "."
    notes = " ".join(part for part in (source, row.get("url") or "", f"“{row['quote']}”" if row.get("quote") else "") if part)
    return [
        row["claim"],
        "" if probability is None else f"{probability * 100:g}%",
        row["date"],
        _FATEBOOK_RESOLUTION.get(outcome, "") if outcome is not None else "",
        row.get("resolved_on") or "",
        row.get("deadline") or "",
        row["date"],
        ", ".join(tag.replace(",", " ") for tag in row.get("tags") or []),
        notes,
    ]


def predictionbook_row(row: dict[str, Any], claim_ref: str | None) -> list[str]:
    """One prediction as a row of PredictionBook's export; its PredictionBook id if it came from there."""
    number = claim_ref.split(":", 1)[1] if claim_ref and claim_ref.startswith("predictionbook:") else ""
    outcome = row.get("outcome")
    judged = outcome in (True, False)
    return [
        _rails(row["date"]), "", row["author"], _rails(row.get("deadline")), row["claim"], row["claim"], "", number,
        str(round(row["probability"] * 100)), "true" if outcome is True else "false" if outcome is False else "", "",
        _rails(row.get("resolved_on")) if judged else "", _rails((row.get("recorded_at") or "")[:10]), "", "1",
        "visible_to_everyone", "false",
    ]


def _rails(day: str | None) -> str:
    """A day as Rails writes a UTC time: ``2011-10-08 00:00:00 UTC``."""
    return f"{day} 00:00:00 UTC" if day else ""


def write_foreign(rows: Iterator[dict[str, Any]], fmt: str, stream: IO[str], refs: Any) -> tuple[int, int]:
    """Write ``rows`` for ``fmt``; returns (written, left out). PredictionBook cannot hold a
    prediction without a probability; ``refs`` maps claim ids to their ``system:id``."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(FATEBOOK_COLUMNS if fmt == "fatebook" else PREDICTIONBOOK_COLUMNS)
    written = left_out = 0
    for row in rows:
        if row["probability"] is None:
            left_out += 1
            continue
        if fmt == "fatebook":
            writer.writerow(fatebook_row(row))
        else:
            writer.writerow(predictionbook_row(row, refs(row["claim_id"])))
        written += 1
    return written, left_out
