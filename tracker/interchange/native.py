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
from tracker.dates import today
from tracker.records import LIMITS, OUTCOMES, _plain_url, clean_text
from tracker.interchange.values import (
    JSON_NUMBERS, NumberOutOfRange, from_spreadsheet_cell, short, tidy_block, tidy_line, utc_stamp,
)
from tracker.probability import parse_probability
from tracker.interchange import Rejected, undecodable
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


def optional(value: Any, name: str = "a field") -> str | None:
    """Text or nothing; a list, an object or a number where text belongs is refused, not stringified."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise UsageError(f"{name} must be text, not {type(value).__name__}")
    return value.strip() or None


def line_text(value: Any, name: str) -> str | None:
    """One-line text from a file, with its whitespace and invisible characters tidied."""
    if type(value) is str and value.isascii() and value.isprintable() and "  " not in value:
        return value.strip() or None  # what tidy_line(optional(value)) gives such text, in one step
    return tidy_line(optional(value, name))


MAX_JSON_NUMBER = 10**6  # far beyond any probability, short of where float() overflows


def parse_probability_field(value: Any) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise UsageError(f"probability {value!r} is not a number")
    if isinstance(value, int) and not -MAX_JSON_NUMBER <= value <= MAX_JSON_NUMBER:
        raise UsageError("probability is out of range: it must lie between 0 and 1")
    if isinstance(value, (int, float)):
        return parse_probability(repr(float(value)))
    if not isinstance(value, str):
        raise UsageError(f"probability must be a number or text, not {type(value).__name__}")
    return parse_probability(short(value.strip(), "probability"))


def parse_outcome_field(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if value is True:
        return "true"
    if value is False:
        return "false"
    if not isinstance(value, str):
        raise UsageError(f"outcome must be text or true/false, not {type(value).__name__}")
    return check_outcome(short(value, "outcome"))


def parse_timestamp(value: Any, what: str) -> dt.datetime | None:
    """A UTC timestamp, range-checked before it is converted; without an offset it is taken as UTC."""
    return utc_stamp(optional(value, what), what)


def file_date(value: Any, what: str, *, period_end: bool = False) -> dt.date | None:
    known = _ISO_DAYS.get(value) if type(value) is str else None
    if known is not None:
        return known
    text = optional(value, what)
    if text is None:
        return None
    day = parse_date(short(text, what), what=what, period_end=period_end)
    if value is text and _ISO_DAY.fullmatch(text):  # exactly 2021-12-09: read the same way for every field
        if len(_ISO_DAYS) > 20_000:
            _ISO_DAYS.clear()
        _ISO_DAYS[text] = day
    return day


#: Days already read from their ISO form (files repeat a few thousand days over and over).
_ISO_DAYS: dict[str, dt.date] = {}
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def split_tags(value: Any, tidy: Any = tidy_line) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, list):
        if tidy is tidy_line and all(type(v) is str and v.isascii() and v.isprintable() and "  " not in v for v in value):
            # Plain ASCII tags (the common case): what tidy_line gives them, without a call per tag.
            return tuple(tag for tag in (v.strip() for v in value) if tag)
        if not all(isinstance(v, str) for v in value):
            raise UsageError("tags must be a list of text")
        return tuple(tag for tag in (tidy(v) for v in value) if tag)
    if not isinstance(value, str):
        raise UsageError(f"tags must be text or a list, not {type(value).__name__}")
    return tuple(tag for tag in (tidy(part) for part in value.split(";")) if tag)


def _exact(value: Any, name: str = "a field") -> str | None:
    return optional(value, name)


def build_prediction(fields: dict[str, Any]) -> PredictionInput:
    """A checked prediction from loosely typed file fields.

    A row that carries its ``hash`` was written by tracker: its text is taken exactly as it is
    (the checks still apply), so that import after export is the identity and the hash holds.
    Rows without one (written by hand or by a spreadsheet) have their whitespace tidied.
    """
    exact = bool(fields.get("hash"))
    line = _exact if exact else line_text
    claim = line(fields.get("claim"), "claim")
    author = line(fields.get("author"), "author")
    if claim is None:
        raise UsageError("claim is empty")
    if author is None:
        raise UsageError("author is empty")
    made_on = file_date(fields.get("date"), "date")
    if made_on is None:
        raise UsageError("date is empty")
    return PredictionInput(
        claim=claim,
        author=author,
        made_on=made_on,
        probability=parse_probability_field(fields.get("probability")),
        deadline=file_date(fields.get("deadline"), "deadline", period_end=True),
        outlet=line(fields.get("outlet"), "outlet"),
        quote=_exact(fields.get("quote"), "quote") if exact else tidy_block(optional(fields.get("quote"), "quote")),
        url=optional(fields.get("url"), "url"),
        tags=split_tags(fields.get("tags"), _exact if exact else tidy_line),
        article_sha256=optional(fields.get("article_sha256"), "article_sha256"),
        recorded_at=parse_timestamp(fields.get("recorded_at"), "recorded_at"),
    ).checked()


_CLAIM_REF = re.compile(r"^[a-z][a-z0-9_-]{1,30}:[!-~]{1,200}$")


def check_claim_ref(value: Any) -> str | None:
    """Another system's id for a claim, as ``system:id`` (written by foreign imports, kept by export)."""
    ref = optional(value, "claim_ref")
    if ref is not None and not _CLAIM_REF.match(ref):
        raise UsageError(f"claim_ref {ref[:40]!r} is not of the form system:id")
    return ref


def build_resolution(fields: dict[str, Any], prediction: PredictionInput) -> ResolutionInput | None:
    outcome = parse_outcome_field(fields.get("outcome"))
    resolved_on = file_date(fields.get("resolved_on"), "resolved_on")
    if outcome is None:
        if resolved_on or optional(fields.get("evidence"), "evidence"):
            raise UsageError("resolved_on or evidence is given without an outcome")
        return None
    if resolved_on is None:
        raise UsageError(f"outcome {outcome!r} needs resolved_on, the date it was known")
    entry = ResolutionInput(
        outcome=outcome,
        resolved_on=resolved_on,
        evidence=optional(fields.get("evidence"), "evidence"),
        note=tidy_block(optional(fields.get("note"), "note")),
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


def read_csv(rows: Iterator[tuple[int, dict[str, str]]], header: list[str], options: Any) -> Iterator[ImportRecord | Rejected]:
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
            yield Rejected(line, row["__bad__"], row["__values__"])  # type: ignore[arg-type]
            continue
        plain = _plain_csv_record(line, row)
        if plain is not None:
            yield plain
            continue
        try:
            # export --csv puts an apostrophe before cells a spreadsheet would run as formulas.
            cells = {key: from_spreadsheet_cell(value) for key, value in row.items()}
            prediction = build_prediction({**cells, "recorded_at": cells.get("recorded_at")})
            resolution = build_resolution({**cells, "recorded_at": None}, prediction)
            expected = optional(cells.get("hash"), "hash")
        except TrackerError as exc:
            yield Rejected(line, exc.message, row)
            continue
        yield ImportRecord(
            line=line,
            prediction=prediction,
            resolutions=(resolution,) if resolution else (),
            expected_hash=expected,
        )


def _plain_csv_record(line: int, row: dict[str, str]) -> ImportRecord | None:
    """The record ``read_csv`` builds from a row of the common shape, in one pass over its
    cells: no cell a spreadsheet escaped (a leading apostrophe), plain text fields
    (``_plain_text``), dates, a probability that ``parse_probability_field`` reads, plain tags
    and links, and no time of recording. None for any other row, or any value the general
    path would refuse or change, which that path then decides (and words its refusal)."""
    get = row.get
    if any(value[:1] == "'" for value in row.values()) or get("recorded_at"):
        return None
    claim, author = get("claim"), get("author")
    outlet, quote, url = get("outlet") or None, get("quote") or None, get("url") or None
    if not (_plain_text(claim, _CLAIM_LIMIT) and _plain_text(author, _AUTHOR_LIMIT)
            and (outlet is None or _plain_text(outlet, _OUTLET_LIMIT))
            and (quote is None or _plain_text(quote, _QUOTE_LIMIT)) and (url is None or _plain_url(url, _URL_LIMIT))):
        return None
    digest = get("hash") or None
    if digest is not None and digest != digest.strip():
        return None
    text = get("tags") or ""
    tags = tuple(text.split(";")) if text else ()
    if not all(_plain_text(tag, _TAG_LIMIT) for tag in tags):
        return None
    made_on = _plain_day(get("date"), "date")
    deadline = _plain_day(get("deadline") or None, "deadline", period_end=True)
    if not made_on or deadline is False:
        return None
    probability: Any = get("probability") or None
    if probability is not None:
        try:
            probability = parse_probability_field(probability)
        except TrackerError:
            return None
    prediction = PredictionInput(claim, author, made_on, probability, deadline, outlet, quote, url, tags)._checked_plain()  # type: ignore[arg-type]
    if prediction is None:
        return None
    outcome, evidence = get("outcome") or None, get("evidence") or None
    if outcome is None:
        if get("resolved_on") or evidence or get("note"):
            return None
        return ImportRecord(line, prediction, (), (), digest)
    resolved_on = _plain_day(get("resolved_on"), "resolved_on")
    if (outcome not in OUTCOMES or get("note") or (evidence is not None and not _plain_url(evidence, _EVIDENCE_LIMIT))
            or not resolved_on or resolved_on > today() or resolved_on < made_on):  # type: ignore[operator]
        return None
    return ImportRecord(line, prediction, (ResolutionInput(outcome, resolved_on, evidence),), (), digest)  # type: ignore[arg-type]


_ROW_KEYS = frozenset({"claim", "author", "date"})
#: One decoder for every line: ``json.loads`` with these hooks builds a new decoder (and its
#: scanner) per call, a cost per row of a million-row file.
_DECODER = json.JSONDecoder(**JSON_NUMBERS)


def read_jsonl(lines: Iterator[str], options: Any) -> Iterator[ImportRecord | Rejected]:
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        undecoded = None if raw.isascii() else undecodable(raw)
        if undecoded is not None:
            yield Rejected(number, undecoded, raw.rstrip("\r\n"))
            continue
        try:
            if raw.startswith("\ufeff"):  # another file's byte-order mark, where files were concatenated
                raw = raw[1:]
            obj = _DECODER.decode(raw)
        except NumberOutOfRange as exc:
            yield Rejected(number, str(exc), raw.rstrip("\r\n"))
            continue
        except json.JSONDecodeError as exc:
            yield Rejected(number, f"not valid JSON ({exc.msg})", raw.rstrip("\r\n"))
            continue
        except ValueError as exc:  # a number of more than 4,300 digits
            yield Rejected(number, f"not valid JSON ({str(exc).split(';')[0]})", raw.rstrip("\r\n"))
            continue
        except RecursionError:
            yield Rejected(number, "not valid JSON (nested too deeply)", raw.rstrip("\r\n"))
            continue
        if not isinstance(obj, dict):
            yield Rejected(number, "expected a JSON object", raw.rstrip("\r\n"))
            continue
        if not obj.keys() & _ROW_KEYS:
            shown = "an empty JSON object" if not obj else "a JSON object with none of claim, author and date"
            yield Rejected(number, f"{shown}, not a prediction of 'tracker export --json' "
                           "(PredictionBook's API JSON is read with --format predictionbook-json)", raw.rstrip("\r\n"))
            continue
        version = obj.get("export_version")
        if version is not None and version not in READABLE_VERSIONS:
            raise UsageError(
                f"line {number}: export_version {version!r} is not supported "
                f"(this tracker reads versions {', '.join(map(str, READABLE_VERSIONS))})"
            )
        try:
            yield _jsonl_record(number, obj)
        except TrackerError as exc:
            yield Rejected(number, exc.message, raw.rstrip("\r\n"))


#: The tools whose exports a resolution or a claim title can have been imported from (``origin``).
RESOLUTION_ORIGINS = ("PredictionBook", "Fatebook", "Metaculus")


def read_claim_titles(value: Any) -> tuple[tuple[str, str, Any], ...]:
    """What other systems have called the claim's question (``claim_titles`` of an export):
    (title, origin, recorded_at) each, checked."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise UsageError("claim_titles must be a list")
    titles = []
    for item in value:
        if not isinstance(item, dict):
            raise UsageError("each claim title must be an object with title, origin and recorded_at")
        title = tidy_line(optional(item.get("title"), "claim"))  # as long as a claim may be
        stamp = parse_timestamp(item.get("recorded_at"), "claim title recorded_at")
        if title is None or stamp is None:
            raise UsageError("a claim title needs title, origin and recorded_at")
        if item.get("origin") not in RESOLUTION_ORIGINS:
            raise UsageError(f"a claim title's origin must be one of {', '.join(RESOLUTION_ORIGINS)} (the tool that gave it)")
        titles.append((clean_text("claim", title, required=True), item["origin"], stamp))
    return tuple(titles)


#: The keys of a row ``_plain_jsonl_record`` may decide: those of ``export --json`` without an
#: article, a ledger, amendments, other systems' titles or ids (``id`` and ``claim_id`` are
#: read only beside a ``ledger``).
_PLAIN_ROW_KEYS = frozenset({
    "export_version", "id", "claim_id", "claim", "author", "outlet", "date", "deadline", "probability", "quote", "url",
    "tags", "hash", "recorded_at", "resolutions",
})
_PLAIN_RESOLUTION_KEYS = frozenset({"outcome", "resolved_on", "recorded_at"})
_CLAIM_LIMIT, _AUTHOR_LIMIT, _OUTLET_LIMIT, _QUOTE_LIMIT, _URL_LIMIT, _TAG_LIMIT, _EVIDENCE_LIMIT = (
    LIMITS[name] for name in ("claim", "author", "outlet", "quote", "url", "tag", "evidence"))


def _plain_text(value: Any, limit: int) -> bool:
    """Text that every reading of a field gives back unchanged (``line_text``, ``_exact``,
    ``tidy_block``, ``clean_text``): printable ASCII, not empty, no space at either end and no
    two together, within the field's limit."""
    return (type(value) is str and 0 < len(value) <= limit and value.isascii() and value.isprintable()
            and value[0] != " " and value[-1] != " " and "  " not in value)


def _plain_day(value: Any, what: str, *, period_end: bool = False) -> dt.date | None | bool:
    """``file_date`` for a value it reads without complaint; False where it would refuse it."""
    try:
        return file_date(value, what, period_end=period_end)
    except TrackerError:
        return False


def _plain_jsonl_record(number: int, obj: dict[str, Any]) -> ImportRecord | None:
    """``_jsonl_record`` for the common shape, in one pass over the object: plain text fields
    (``_plain_text``), dates, a float probability, plain tags and link, and resolutions of
    outcome, date and time only. Every value is checked as ``build_prediction`` and
    ``build_resolution`` check it and the record is the one they build; None for any other
    row, or any value they would refuse or change, which the general path then decides (and
    words its refusal)."""
    if not obj.keys() <= _PLAIN_ROW_KEYS:
        return None
    get = obj.get
    claim, author, outlet, quote, url = get("claim"), get("author"), get("outlet"), get("quote"), get("url")
    if not (_plain_text(claim, _CLAIM_LIMIT) and _plain_text(author, _AUTHOR_LIMIT)
            and (outlet is None or _plain_text(outlet, _OUTLET_LIMIT))
            and (quote is None or _plain_text(quote, _QUOTE_LIMIT)) and (url is None or _plain_url(url, _URL_LIMIT))):
        return None
    digest = get("hash")
    if digest is not None and not (type(digest) is str and digest == digest.strip()):
        return None
    probability = get("probability")
    if probability is not None:
        if not (type(probability) is float and 0.0 <= probability <= 1.0):
            return None
        try:
            probability = parse_probability_field(probability)
        except TrackerError:
            return None
    tags = get("tags")
    if tags is None:
        tags = ()
    elif type(tags) is list and all(_plain_text(tag, _TAG_LIMIT) for tag in tags):
        tags = tuple(tags)
    else:
        return None
    made_on = _plain_day(get("date"), "date")
    deadline = _plain_day(get("deadline"), "deadline", period_end=True)
    if not made_on or deadline is False:
        return None
    recorded_at = get("recorded_at")
    if recorded_at is not None:
        try:
            recorded_at = parse_timestamp(recorded_at, "recorded_at")
        except TrackerError:
            return None
    prediction = PredictionInput(claim, author, made_on, probability, deadline, outlet, quote, url, tags,  # type: ignore[arg-type]
                                 None, recorded_at)._checked_plain()
    if prediction is None:
        return None
    resolutions: list[ResolutionInput] = []
    history = get("resolutions")
    if history:
        if type(history) is not list:
            return None
        latest = today()
        for item in history:
            if not (type(item) is dict and item.keys() <= _PLAIN_RESOLUTION_KEYS and item.get("outcome") in OUTCOMES):
                return None
            resolved_on = _plain_day(item.get("resolved_on"), "resolved_on")
            if not resolved_on or resolved_on > latest or resolved_on < made_on:  # type: ignore[operator]
                return None
            stamp = item.get("recorded_at")
            if stamp is not None:
                try:
                    stamp = parse_timestamp(stamp, "resolution recorded_at")
                except TrackerError:
                    return None
            resolutions.append(ResolutionInput(item["outcome"], resolved_on, None, None, stamp))  # type: ignore[arg-type]
    return ImportRecord(number, prediction, tuple(resolutions), (), digest or None, {})


def _jsonl_record(number: int, obj: dict[str, Any]) -> ImportRecord:
    plain = _plain_jsonl_record(number, obj)
    if plain is not None:
        return plain
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
            origin = item.get("origin")
            if origin is not None:  # the tool a resolution was imported from
                if origin not in RESOLUTION_ORIGINS:
                    raise UsageError(f"a resolution's origin must be one of {', '.join(RESOLUTION_ORIGINS)} (the tool it was imported from)")
                entry = replace(entry, origin=origin)
            resolutions.append(entry)
    else:
        entry = build_resolution({**obj, "recorded_at": None}, prediction)
        if entry:
            resolutions.append(entry)
    titles = read_claim_titles(obj.get("claim_titles"))
    amendments = read_amendments(obj.get("amendments"))
    expected = optional(obj.get("hash"), "hash")
    if amendments:
        from tracker.storage.hashing import content_hash

        digest = content_hash(prediction.hashed_fields())
        if amendments[-1].hash_after != digest or (expected is not None and expected != digest):
            raise UsageError("the amendment history does not lead to this row (its last hash_after is not the row's hash)")
    extra: dict[str, Any] = {}  # filled key by key: most rows need none (no dict merged per row)
    if obj.get("article"):
        extra["article"] = read_article_info(obj.get("article"), prediction.article_sha256)
    if "ledger" in obj:
        extra["ledger"] = read_ledger(obj["ledger"])
        extra["id"], extra["claim_id"] = read_id(obj.get("id"), "id"), read_id(obj.get("claim_id"), "claim_id")
    if titles:
        extra["claim_titles"] = titles
    return ImportRecord(
        line=number,
        prediction=prediction,
        resolutions=tuple(resolutions),
        amendments=amendments,
        expected_hash=expected,
        extra=extra,
        claim_ref=check_claim_ref(obj.get("claim_ref")),
    )


_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def read_amendments(value: Any) -> tuple[AmendmentRecord, ...]:
    """An amendment history is evidence: each old version must match its hash and the chain
    must be unbroken, or the import is refused rather than inventing a past."""
    if value is None:
        return ()
    from tracker.storage.hashing import HASHED_FIELDS, content_hash

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
        reason = clean_text("reason", optional(item.get("reason"), "reason"))  # as `amend` checks it
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
    published = file_date(value.get("published"), "article published")
    info["published"] = published.isoformat() if published else None
    saved = parse_timestamp(value.get("saved_at"), "article saved_at")
    info["saved_at"] = saved.isoformat() if saved else None
    return info


def export_line(row: dict[str, Any], resolutions: list[dict[str, Any]], amendments: list[dict[str, Any]],
                article: dict[str, Any] | None, ledger: list[dict[str, Any]] | None = None,
                titles: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """One prediction with its whole history, in export format version 1."""
    line: dict[str, Any] = {"export_version": EXPORT_VERSION}
    for key in ("id", "claim_id", "claim", "author", "outlet", "date", "deadline", "probability", "quote", "url", "tags",
                "hash", "recorded_at", "article_sha256"):
        line[key] = row[key]
    if row.get("claim_ref"):
        line["claim_ref"] = row["claim_ref"]
    if titles:  # only then: exports of claims without them stay as they were
        line["claim_titles"] = titles
    # Resolution ids are local to a database; the order of the list carries the history.
    line["resolutions"] = [{k: v for k, v in r.items() if k != "id"} for r in resolutions]
    line["amendments"] = amendments
    if article is not None:
        line["article"] = article
    if ledger is not None:
        line["ledger"] = ledger
    return line


def read_ledger(value: Any) -> list[dict[str, Any]]:
    """The ledger entries an export carries for one prediction, checked for shape (the chain
    itself is checked when the whole file is in)."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise UsageError("ledger must be a list")
    entries = []
    for number, item in enumerate(value, 1):
        ids = ("seq", "record_id") if isinstance(item, dict) and "record_id" in item else ("seq",)
        ok = (
            isinstance(item, dict)
            and all(isinstance(item.get(k), int) and not isinstance(item.get(k), bool) and 1 <= item[k] <= 2**62 for k in ids)
            and isinstance(item.get("kind"), str) and len(item["kind"]) <= 40
            and all(isinstance(item.get(k), str) and _SHA256.match(item[k]) for k in ("content_hash", "entry_hash"))
        )
        if not ok:
            raise UsageError(f"ledger entry {number} is malformed: it needs seq, kind, content_hash and entry_hash")
        entries.append({k: item[k] for k in ("seq", "kind", "record_id", "content_hash", "entry_hash") if k in item})
    return entries


def read_id(value: Any, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 2**62:
        raise UsageError(f"{name} must be a positive whole number")
    return value
