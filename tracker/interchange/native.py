"""tracker's own formats: the CSV of ``list --csv`` / ``export --csv`` and the JSON Lines of
``export --json`` (version 1, documented in the README), read back losslessly."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from tracker.dates import parse_date
from tracker.errors import TrackerError, UsageError
from tracker.probability import parse_probability
from tracker.records import (
    AmendmentRecord, ImportRecord, PredictionInput, ResolutionInput, RetractionInput, check_outcome,
)

#: Version 2 adds retractions to resolutions; version 1 files (no retractions) still import.
EXPORT_VERSION = 2
READABLE_VERSIONS = (1, 2)
CSV_REQUIRED = ("claim", "author", "date")
# Columns written by list/export --csv; those derived from the others are accepted and ignored.
CSV_KNOWN = (
    "id", "claim", "author", "outlet", "date", "deadline", "probability", "quote", "url", "tags",
    "status", "outcome", "resolved_on", "evidence", "note", "hash", "recorded_at",
)


def row_error(line: int, exc: TrackerError) -> UsageError:
    return UsageError(f"line {line}: {exc.message}; nothing was imported")


def optional(value: Any, name: str = "a field") -> str | None:
    """Text or nothing; a list, an object or a number where text belongs is refused, not stringified."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise UsageError(f"{name} must be text, not {type(value).__name__}")
    return value.strip() or None


def parse_probability_field(value: Any) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise UsageError(f"probability {value!r} is not a number")
    if isinstance(value, (int, float)):
        return parse_probability(repr(float(value)))
    return parse_probability(str(value))


def parse_outcome_field(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if value is True:
        return "true"
    if value is False:
        return "false"
    return check_outcome(str(value))


def parse_timestamp(value: Any, what: str) -> dt.datetime | None:
    text = optional(value)
    if text is None:
        return None
    try:
        stamp = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"{what} {text!r} is not an ISO timestamp") from None
    if stamp.tzinfo is None:  # a timestamp without an offset is taken as UTC, as tracker writes them
        return stamp.replace(tzinfo=dt.timezone.utc)
    return stamp.astimezone(dt.timezone.utc)


def split_tags(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, list):
        if not all(isinstance(v, str) for v in value):
            raise UsageError("tags must be a list of text")
        return tuple(value)
    if not isinstance(value, str):
        raise UsageError(f"tags must be text or a list, not {type(value).__name__}")
    return tuple(part.strip() for part in value.split(";") if part.strip())


def build_prediction(fields: dict[str, Any]) -> PredictionInput:
    """A checked prediction from loosely typed file fields."""
    claim = optional(fields.get("claim"), "claim")
    author = optional(fields.get("author"), "author")
    date = optional(fields.get("date"), "date")
    if claim is None:
        raise UsageError("claim is empty")
    if author is None:
        raise UsageError("author is empty")
    if date is None:
        raise UsageError("date is empty")
    deadline_text = optional(fields.get("deadline"), "deadline")
    return PredictionInput(
        claim=claim,
        author=author,
        made_on=parse_date(date, what="date"),
        probability=parse_probability_field(fields.get("probability")),
        deadline=parse_date(deadline_text, what="deadline", period_end=True) if deadline_text else None,
        outlet=optional(fields.get("outlet"), "outlet"),
        quote=optional(fields.get("quote"), "quote"),
        url=optional(fields.get("url"), "url"),
        tags=split_tags(fields.get("tags")),
        article_sha256=optional(fields.get("article_sha256"), "article_sha256"),
        recorded_at=parse_timestamp(fields.get("recorded_at"), "recorded_at"),
    ).checked()


def build_resolution(fields: dict[str, Any], prediction: PredictionInput) -> ResolutionInput | None:
    outcome = parse_outcome_field(fields.get("outcome"))
    resolved_on = optional(fields.get("resolved_on"), "resolved_on")
    if outcome is None:
        if resolved_on or optional(fields.get("evidence"), "evidence"):
            raise UsageError("resolved_on or evidence is given without an outcome")
        return None
    if resolved_on is None:
        raise UsageError(f"outcome {outcome!r} needs resolved_on, the date it was known")
    entry = ResolutionInput(
        outcome=outcome,
        resolved_on=parse_date(resolved_on, what="resolved_on"),
        evidence=optional(fields.get("evidence"), "evidence"),
        note=optional(fields.get("note"), "note"),
        recorded_at=parse_timestamp(fields.get("recorded_at"), "resolution recorded_at"),
    ).checked()
    retraction = fields.get("retraction")
    if retraction is not None:
        if not isinstance(retraction, dict):
            raise UsageError("a resolution's retraction must be an object with reason and recorded_at")
        reason = optional(retraction.get("reason"), "retraction reason")
        stamp = parse_timestamp(retraction.get("recorded_at"), "retraction recorded_at")
        if reason is None or stamp is None:
            raise UsageError("a resolution's retraction needs reason and recorded_at")
        entry = replace(entry, retraction=RetractionInput(reason=reason, recorded_at=stamp).checked())
    if entry.resolved_on < prediction.made_on and entry.retraction is None:
        raise UsageError(
            f"resolved_on {entry.resolved_on.isoformat()} is before the prediction was made ({prediction.made_on.isoformat()})"
        )
    return entry


def read_csv(rows: Iterator[tuple[int, dict[str, str]]], header: list[str], options: Any) -> Iterator[ImportRecord]:
    missing = [c for c in CSV_REQUIRED if c not in header]
    if missing:
        raise UsageError(
            f"the CSV header lacks {', '.join(missing)}; expected the columns of 'tracker export --csv' "
            "(or use --format for another tool's export)"
        )
    unknown = [c for c in header if c not in CSV_KNOWN]
    if unknown:
        raise UsageError(f"unknown CSV column(s): {', '.join(unknown)}; known: {', '.join(CSV_KNOWN)}")
    for line, row in rows:
        if "__bad__" in row:
            raise UsageError(f"line {line}: the row {row['__bad__']}; nothing was imported")
        try:
            prediction = build_prediction({**row, "recorded_at": row.get("recorded_at")})
            resolution = build_resolution({**row, "recorded_at": None}, prediction)
        except TrackerError as exc:
            raise row_error(line, exc) from None
        yield ImportRecord(
            line=line,
            prediction=prediction,
            resolutions=(resolution,) if resolution else (),
            expected_hash=optional(row.get("hash"), "hash"),
        )


def read_jsonl(lines: Iterator[str], options: Any) -> Iterator[ImportRecord]:
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise UsageError(f"line {number}: not valid JSON ({exc.msg}); nothing was imported") from None
        if not isinstance(obj, dict):
            raise UsageError(f"line {number}: expected a JSON object; nothing was imported")
        version = obj.get("export_version")
        if version is not None and version not in READABLE_VERSIONS:
            raise UsageError(
                f"line {number}: export_version {version!r} is not supported "
                f"(this tracker reads versions {', '.join(map(str, READABLE_VERSIONS))})"
            )
        try:
            yield _jsonl_record(number, obj)
        except TrackerError as exc:
            raise row_error(number, exc) from None


def _jsonl_record(number: int, obj: dict[str, Any]) -> ImportRecord:
    prediction = build_prediction(obj)
    resolutions: list[ResolutionInput] = []
    if "resolutions" in obj:
        history = obj["resolutions"] or []
        if not isinstance(history, list):
            raise UsageError("resolutions must be a list")
        for item in history:
            if not isinstance(item, dict):
                raise UsageError("each resolution must be an object")
            entry = build_resolution(item, prediction)
            if entry is None:
                raise UsageError("a resolution has no outcome")
            resolutions.append(entry)
    else:
        entry = build_resolution({**obj, "recorded_at": None}, prediction)
        if entry:
            resolutions.append(entry)
    return ImportRecord(
        line=number,
        prediction=prediction,
        resolutions=tuple(resolutions),
        amendments=read_amendments(obj.get("amendments")),
        expected_hash=optional(obj.get("hash"), "hash"),
        extra={"article": read_article_info(obj.get("article"), prediction.article_sha256)} if obj.get("article") else {},
    )


_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def read_amendments(value: Any) -> tuple[AmendmentRecord, ...]:
    """An amendment history is evidence: each old version must match its hash and the chain
    must be unbroken, or the import is refused rather than inventing a past."""
    from tracker.hashing import HASHED_FIELDS, content_hash

    if value is None:
        return ()
    if not isinstance(value, list):
        raise UsageError("amendments must be a list")
    steps: list[AmendmentRecord] = []
    for number, item in enumerate(value, 1):
        if not isinstance(item, dict) or not isinstance(item.get("before"), dict):
            raise UsageError(f"amendment {number} must be an object with a 'before' object")
        before = item["before"]
        missing = [f for f in HASHED_FIELDS if f not in before]
        if missing:
            raise UsageError(f"amendment {number}: 'before' lacks {', '.join(missing)}")
        stamp = parse_timestamp(item.get("amended_at"), "amended_at")
        reason = optional(item.get("reason"), "reason")
        hash_before = optional(item.get("hash_before"), "hash_before") or ""
        hash_after = optional(item.get("hash_after"), "hash_after") or ""
        if stamp is None or reason is None:
            raise UsageError(f"amendment {number} needs amended_at and reason")
        if not (_SHA256.match(hash_before) and _SHA256.match(hash_after)):
            raise UsageError(f"amendment {number}: hash_before and hash_after must be SHA-256 hex digests")
        try:
            matches = content_hash(before) == hash_before
        except (TypeError, ValueError):
            matches = False
        if not matches:
            raise UsageError(f"amendment {number}: the old version does not match its hash_before")
        if steps and steps[-1].hash_after != hash_before:
            raise UsageError(f"amendment {number}: the history has a gap (its hash_before is not the previous hash_after)")
        steps.append(AmendmentRecord(amended_at=stamp, reason=reason, before=before, hash_before=hash_before, hash_after=hash_after))
    return tuple(steps)


def read_article_info(value: Any, sha256: str | None) -> dict[str, Any]:
    """The article an exported prediction came from, checked field by field."""
    if not isinstance(value, dict):
        raise UsageError("article must be an object")
    info: dict[str, Any] = {key: optional(value.get(key), f"article {key}") for key in ("sha256", "path", "title", "author", "outlet")}
    if info["sha256"] != sha256:
        raise UsageError("article sha256 does not match the prediction's article_sha256")
    published = optional(value.get("published"), "article published")
    info["published"] = parse_date(published, what="article published").isoformat() if published else None
    saved = parse_timestamp(value.get("saved_at"), "article saved_at")
    info["saved_at"] = saved.isoformat() if saved else None
    return info


def export_line(row: dict[str, Any], resolutions: list[dict[str, Any]], amendments: list[dict[str, Any]],
                article: dict[str, Any] | None) -> dict[str, Any]:
    """One prediction with its whole history, in export format version 1."""
    line: dict[str, Any] = {"export_version": EXPORT_VERSION}
    for key in ("id", "claim", "author", "outlet", "date", "deadline", "probability", "quote", "url", "tags",
                "hash", "recorded_at", "article_sha256"):
        line[key] = row[key]
    # Resolution ids are local to a database; the order of the list carries the history.
    line["resolutions"] = [{k: v for k, v in r.items() if k != "id"} for r in resolutions]
    line["amendments"] = amendments
    if article is not None:
        line["article"] = article
    return line
