"""Other tools' CSV exports read as tracker records: PredictionBook, Fatebook and Metaculus.

People who leave those tools bring their history with them. ``detect`` recognises each
export by its header; each reader maps one row to one ``Forecast`` in tracker's terms and
hands it to native's ``build_prediction`` and ``build_resolution``, so a foreign row passes
exactly the checks a row of tracker's own CSV does. A row that fails them is a ``Rejected``
(the whole file is refused unless ``--skip-invalid``).

Some rows are real but cannot be held by tracker: a prediction withdrawn on PredictionBook,
a forecast made after its question's deadline or after it was resolved (both tools allow it;
scoring it would reward hindsight, and moving a date would falsify the record), a Metaculus
question that is not binary, and Metaculus' community aggregates, which are nobody's
forecast. They are left out and counted, and one note per reason gives the count and the
first line numbers.

A question keeps its tool's identity: the claim's key is ``predictionbook:<id>``,
``metaculus:<Question ID>`` or, as Fatebook's export has no question id, ``fatebook:`` and a
hash of the title, the question's creator and creation time, and the option. Two distinct
questions that share a title and a deadline therefore stay two claims.

Where the columns come from (read in each tool's source):
- PredictionBook: the CSV of ``PredictionsController#mine`` in bellroy/predictionbook: the
  keys of ``PredictionSerializer`` (``created_at, creator_id, creator_label, deadline,
  description_with_group, description, group_id, id, mean_confidence, outcome,
  prediction_group_id, last_judgement_at, updated_at, uuid, version, visibility,
  withdrawn``), Rails' ``Time#to_s`` timestamps (``2011-10-08 12:00:00 UTC``). It holds the
  user's own predictions that are not withdrawn, one page of ``PredictionsQuery`` (100 by
  default, at most 1,000). ``mean_confidence`` is ``Prediction#mean_confidence``: the mean of
  *all* users' wagers, rounded - the crowd's figure, not the creator's. ``outcome`` is the
  latest judgement (true, false or empty) and ``last_judgement_at`` its date.
- Fatebook: ``questionsToCsv`` in Sage-Future/fatebook ``lib/web/export.ts``: one row per
  forecast; strings quoted, dates as ``YYYY-MM-DD HH:MM:S`` (server time, seconds not
  zero-padded); ``Resolution`` is the Prisma enum ``YES | NO | AMBIGUOUS``; ``Forecast
  created by`` is the user's name, empty when the account has none; ``Question tags`` are
  joined with ``; ``. Older exports name the columns ``Question resolution`` and ``Question
  resolved at``; both are read. A tournament export (``tournament_router.ts``) has
  ``Tournament name`` and the columns up to ``Question notes`` (no scores, sharing, comments
  or tags).
- Metaculus: ``generate_data`` in Metaculus/metaculus ``utils/csv_utils.py``, which writes
  a zip holding ``question_data.csv`` and ``forecast_data.csv`` that refer to each other by
  ``Question ID``; ``tracker import question_data.csv forecast_data.csv`` joins them.
  Binary resolutions are ``yes``/``no``; ``ambiguous`` and ``annulled`` come from
  ``UnsuccessfulResolutionType``. Aggregate rows (the community prediction) have an empty
  ``Forecaster ID`` and the aggregation method as username.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tracker.dates import today
from tracker.errors import TrackerError, UsageError
from tracker.interchange import Options, Reader, Rejected, Rows
from tracker.interchange.native import check_claim_ref, optional, parse_probability_field
from tracker.interchange.values import parse_stamp, short, tidy_line
from tracker.records import ImportRecord, PredictionInput, ResolutionInput
from tracker.storage.hashing import claim_key

# --- shared ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Forecast:
    """One row of a foreign export in tracker's terms, before native's checks.

    ``known`` is the day the outcome became known when the export says so; without it the
    resolution is dated by the deadline. ``made_at``/``known_at`` are the exact times, when
    the export has both, to catch a forecast made after the outcome on the same day.
    """

    claim: str
    author: str | None
    made: dt.date
    deadline: dt.date | None
    probability: str
    outcome: str | None = None
    known: dt.date | None = None
    url: str | None = None
    tags: tuple[str, ...] = ()
    ref: str | None = None
    made_at: dt.datetime | None = None
    known_at: dt.datetime | None = None
    standing: bool = False  # a figure as of the export (a crowd mean), see ImportRecord.standing
    # The part of ``ref`` that leaves the title out, and older refs of the same question (Fatebook).
    family: str | None = None
    aliases: tuple[str, ...] = ()


class Skip(Exception):
    """A row tracker cannot hold: left out and counted rather than refused."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Format:
    """What tracker knows about one tool's export: how to spot it and how to read a row."""

    name: str  # the --format value, also the tag every imported prediction gets
    label: str  # the tool's name, used in messages and as the default outlet
    signatures: tuple[frozenset[str], ...]  # any one of these column sets identifies the export
    required: tuple[str, ...]  # columns a row cannot be read without
    forecast: Callable[[dict[str, str], Options], Forecast]
    missing_hint: str = ""


class Skipped:
    """Rows left out, by reason, for one note once the whole file has been read. A place is a
    line number (CSV) or a position such as "prediction 5, response 2" (JSON)."""

    SHOWN = 5

    def __init__(self, label: str, noun: str = "rows", shown: int = SHOWN) -> None:
        self.label = label
        self.noun = noun
        self.shown = shown
        self.rows = 0
        self.counts: dict[str, int] = {}
        self.lines: dict[str, list[int | str]] = {}

    def add(self, reason: str, line: int | str) -> None:
        self.counts[reason] = self.counts.get(reason, 0) + 1
        places = self.lines.setdefault(reason, [])
        if len(places) < self.shown:
            places.append(line)

    def total(self) -> int:
        return sum(self.counts.values())

    def note(self) -> str | None:
        if not self.counts:
            return None
        parts = "; ".join(
            f"{reason}: {count} ({_place_list(self.lines[reason], count)})" for reason, count in self.counts.items()
        )
        return f"skipped {self.total()} of {self.rows} {self.label} {self.noun} - {parts}"


def _place_list(places: list[int | str], count: int) -> str:
    rest = count - len(places)
    if all(isinstance(place, int) for place in places):
        return _line_list([int(place) for place in places], count)
    return "; ".join(str(place) for place in places) + (f" and {rest} more" if rest > 0 else "")


def _line_list(lines: list[int], count: int) -> str:
    """Line numbers a reader can look up, without flooding the terminal for thousands of rows."""
    head = ", ".join(str(n) for n in lines)
    rest = count - len(lines)
    word = "line" if count == 1 else "lines"
    return f"{word} {head}" + (f" and {rest} more" if rest > 0 else "")


class Outcomes:
    """The outcome each question has in this file so far: a row that gives the same question
    another outcome is refused (each row of these exports repeats its question's outcome, so
    two different ones mean the file contradicts itself, and neither may silently win).

    Only the last ``WINDOW`` questions are remembered, so memory stays flat however long the
    file (these exports write a question's rows together). A contradiction further apart is
    still caught, by the importer, which refuses the whole file for it (store.py)."""

    WINDOW = 50_000

    def __init__(self, window: int | None = None) -> None:
        # An OrderedDict forgets its oldest key in constant time (a dict would scan the holes
        # its deletions leave at the front, on every row once the window is full).
        self.seen: OrderedDict[str, tuple[str, int]] = OrderedDict()
        self.window = window or self.WINDOW

    def check(self, record: ImportRecord) -> None:
        if not record.resolutions:
            return
        outcome = record.resolutions[0].outcome
        key = record.claim_ref or claim_key(record.prediction.claim, record.prediction.deadline)
        before = self.seen.setdefault(key, (outcome, record.line))
        if before[0] != outcome:
            raise UsageError(f"outcome {outcome} contradicts outcome {before[0]} given for the same question on line {before[1]}")
        if len(self.seen) > self.window:
            self.seen.popitem(last=False)  # the oldest question


def reader(fmt: Format) -> Reader:
    """A Reader for ``fmt``: checks the header, then yields a record or a refusal per row."""

    def read(rows: Rows, header: list[str], options: Options) -> Iterator[ImportRecord | Rejected]:
        check_header(fmt, header)
        check_options(fmt, header, options)
        skipped = Skipped(fmt.label)
        outcomes = Outcomes()
        for line, row in rows:
            skipped.rows += 1
            if "__bad__" in row:
                yield Rejected(line, row["__bad__"], row.get("__values__", row))  # type: ignore[arg-type]
                continue
            try:
                record = _record(line, fmt.forecast(row, options), fmt, options)
                outcomes.check(record)
                yield record
            except Skip as skip:
                skipped.add(skip.reason, line)
            except TrackerError as exc:
                yield Rejected(line, exc.message, row)
        note = skipped.note()
        if note:
            options.skipped.update(skipped.counts)
            options.notes.append(note)

    return read


def check_header(fmt: Format, header: list[str]) -> None:
    """Refuse a file that lacks the columns ``fmt`` needs, saying what the file looks like instead."""
    missing = [column for column in fmt.required if column not in header]
    if not missing:
        return
    message = f"the header lacks {', '.join(missing)}, which a {fmt.label} import needs"
    other = detect(header)
    if other is not None and other != fmt.name:
        message += f"; this looks like a {FORMATS[other].label} export: use --format {other}"
    elif {"claim", "author", "date"} <= set(header):
        message += "; this looks like tracker's own CSV: use --format csv"
    elif fmt.missing_hint:
        message += f"; {fmt.missing_hint}"
    raise UsageError(message)


def check_options(fmt: Format, header: list[str], options: Options) -> None:
    """Refuse an option this file would silently ignore: each changes who is credited."""
    if options.crowd_as_creator and fmt.name != "predictionbook":
        raise UsageError(f"--crowd-as-creator is for PredictionBook exports; this is a {fmt.label} export")
    if fmt.name == "predictionbook" and options.author is not None and not options.crowd_as_creator:
        raise UsageError("--author names a PredictionBook creator only with --crowd-as-creator: "
                         "without it every row is the 'PredictionBook crowd' forecast")
    if fmt.name == "metaculus" and options.author is not None and "Forecaster (Anonymized)" in header:
        raise UsageError("--author cannot name the forecasters of an anonymised Metaculus download: "
                         "each is credited as 'Metaculus user' and the first 16 digits of their hash")


def _record(line: int, forecast: Forecast, fmt: Format, options: Options) -> ImportRecord:
    if forecast.deadline is not None and forecast.deadline < forecast.made:
        # Both PredictionBook (up to 15 days) and Fatebook (overdue questions) accept these;
        # moving either date would falsify the record, and the claim's key needs the deadline.
        raise Skip("made after the question's deadline")
    if forecast.outcome is not None and _after_outcome(forecast):
        raise Skip("made after the question was resolved")
    author = forecast.author or options.author
    if author is None:
        raise UsageError(f"the row names no forecaster: give the {fmt.label} user's name with --author")
    # Built directly (the values are already tidied and parsed), then checked as any input is.
    prediction = PredictionInput(
        claim=forecast.claim,
        author=author,
        made_on=forecast.made,
        probability=parse_probability_field(forecast.probability),
        deadline=forecast.deadline,
        outlet=options.outlet or fmt.label,
        url=forecast.url,
        tags=(*options.tags, fmt.name, *forecast.tags),
    ).checked()
    resolution = _resolution(forecast, prediction, fmt.label)
    extra: dict[str, object] = {}
    if forecast.family:  # a question whose title can be edited at the source (store.RetitledQuestions)
        extra = {"claim_family": forecast.family, "claim_aliases": forecast.aliases, "claim_origin": fmt.label}
    if resolution is None and forecast.ref is not None:
        # The tool gives its question no outcome now: a judgement imported earlier may have
        # been withdrawn there (store.SourceWithdrawals).
        extra["open_at_source"] = fmt.label
    return ImportRecord(line=line, prediction=prediction, resolutions=(resolution,) if resolution else (),
                        claim_ref=forecast.ref, standing=forecast.standing, extra=extra)


def _after_outcome(forecast: Forecast) -> bool:
    """Made once the outcome was known: to the second when the export has both times."""
    if forecast.made_at is not None and forecast.known_at is not None:
        made, known = forecast.made_at, forecast.known_at
        if (made.tzinfo is None) == (known.tzinfo is None):
            return made >= known  # to the second: the same second cannot be told apart
    return forecast.known is not None and forecast.made > forecast.known


def _resolution(forecast: Forecast, prediction: PredictionInput, label: str) -> ResolutionInput | None:
    """The claim's outcome, dated when it became known, or by the deadline when the export does not say."""
    if forecast.outcome is None:
        return None
    note = None
    if forecast.known is not None:
        day = forecast.known
    elif forecast.deadline is not None:
        # Known by the deadline at the latest, as far as the file says; never in the future.
        day = min(forecast.deadline, today())
        note = f"resolution date is the deadline: the {label} export does not say when the outcome was known"
    else:
        raise UsageError(f"outcome {forecast.outcome} has no date: the row says neither when it was resolved nor its deadline")
    if day < prediction.made_on:
        raise UsageError(f"resolved on {day.isoformat()}, before the prediction was made ({prediction.made_on.isoformat()})")
    return ResolutionInput(outcome=forecast.outcome, resolved_on=day, evidence=forecast.url, note=note, origin=label).checked()


def _stamp(value: str | None, column: str) -> dt.datetime | None:
    """A tool's timestamp as written: in UTC when it names a zone, else in the tool's own clock."""
    text = optional(value)
    if text is None:
        return None
    stamp, zoned = parse_stamp(text, column)
    return stamp.astimezone(dt.timezone.utc) if zoned else stamp


def _day(stamp: dt.datetime | None) -> dt.date | None:
    return None if stamp is None else stamp.date()


def _required(row: dict[str, str], column: str) -> str:
    value = tidy_line(optional(row.get(column)))
    if value is None:
        raise UsageError(f"{column} is empty")
    return value


def _required_stamp(row: dict[str, str], column: str) -> dt.datetime:
    stamp = _stamp(_required(row, column), column)
    assert stamp is not None
    return stamp


def _first_column(row: dict[str, str], *columns: str) -> tuple[str, str | None]:
    """The first of ``columns`` the file has (tools rename columns between versions) and its value."""
    for column in columns:
        if column in row:
            return column, row[column]
    return columns[0], None


def _mapped(value: str | None, column: str, mapping: dict[str, str | None]) -> str | None:
    """``value`` translated through ``mapping`` (case-insensitive), or a UsageError naming the choices."""
    key = (value or "").strip().lower()
    if key in mapping:
        return mapping[key]
    choices = ", ".join(sorted({k for k in mapping if k}))
    raise UsageError(f"{column} {short(value or '', column)!r} is not one of: {choices} (or empty)")


# --- PredictionBook --------------------------------------------------------------------------

PREDICTIONBOOK_URL = "https://predictionbook.com/predictions/{id}"
PREDICTIONBOOK_CROWD = "PredictionBook crowd"
PB_OUTCOMES: dict[str, str | None] = {
    "true": "true", "t": "true", "1": "true", "right": "true",
    "false": "false", "f": "false", "0": "false", "wrong": "false",
    "": None, "unknown": None,
}
PB_FLAGS: dict[str, str | None] = {"true": "true", "t": "true", "1": "true", "false": None, "f": None, "0": None, "": None}


def predictionbook_forecast(row: dict[str, str], options: Options) -> Forecast:
    """One question: the crowd's mean confidence, judged on ``last_judgement_at``.

    ``mean_confidence`` is everyone's mean wager, so it is credited to "PredictionBook crowd"
    unless the user says (``--crowd-as-creator``) that it stands for the creator's own.
    """
    if _mapped(row.get("withdrawn"), "withdrawn", PB_FLAGS):
        raise Skip("withdrawn")
    number = _predictionbook_id(row.get("id"))
    grouped = optional(row.get("prediction_group_id")) and optional(row.get("description_with_group"))
    claim = _required(row, "description_with_group" if grouped else "description")
    created = _required_stamp(row, "created_at")
    judged_column, judged = _first_column(row, "last_judgement_at", "judged_at")
    judged_at = _stamp(judged, judged_column)
    outcome = _mapped(row.get("outcome"), "outcome", PB_OUTCOMES)
    if options.crowd_as_creator:
        author = tidy_line(optional(row.get("creator_label")))
    else:
        author = PREDICTIONBOOK_CROWD
    confidence = short(_required(row, "mean_confidence"), "mean_confidence")
    if not _PERCENT_NUMBER.fullmatch(confidence):  # read as a percentage: its own words, not "50 %%"
        raise UsageError(f"mean_confidence {confidence!r} is not a number from 0 to 100 (a percentage, as PredictionBook writes it)")
    return Forecast(
        claim=claim,
        author=author,
        made=created.date(),
        deadline=_day(_stamp(row.get("deadline"), "deadline")),
        probability=f"{confidence}%",
        outcome=outcome,
        known=_day(judged_at) if outcome is not None else None,
        url=PREDICTIONBOOK_URL.format(id=number) if number else None,
        ref=f"predictionbook:{number}" if number else _tracker_identity(row.get("uuid")),
        made_at=created,
        known_at=judged_at if outcome is not None else None,
        standing=True,
    )


_PERCENT_NUMBER = re.compile(r"[0-9]+(\.[0-9]*)?|\.[0-9]+")


def _tracker_identity(value: str | None) -> str | None:
    """The ``system:id`` that ``tracker export --format predictionbook`` writes in ``uuid``
    for a claim from another system (PredictionBook's own uuids have no colon)."""
    text = optional(value)
    if text is None or ":" not in text:
        return None
    try:
        return check_claim_ref(text)
    except UsageError:
        raise UsageError(f"uuid {short(text, 'uuid')!r} is neither a PredictionBook uuid nor a claim's system:id") from None


def _predictionbook_id(value: str | None) -> str | None:
    number = optional(value)
    if number is None:
        return None
    if not (number.isascii() and number.isdigit() and len(number) <= 18):
        raise UsageError(f"id {short(number, 'id')!r} is not a PredictionBook prediction number")
    return number


# --- Fatebook --------------------------------------------------------------------------------

FATEBOOK_OUTCOMES: dict[str, str | None] = {"yes": "true", "no": "false", "ambiguous": "ambiguous", "": None}


def fatebook_forecast(row: dict[str, str], options: Options) -> Forecast:
    """One forecast; forecasts on one question share its claim, a multiple-choice option is its own claim."""
    title = _required(row, "Question title")
    option = tidy_line(optional(row.get("Multiple choice option")))
    outcome_column, outcome = _first_column(row, "Resolution", "Question resolution")
    known_column, known = _first_column(row, "Resolved at", "Question resolved at")
    made_at = _required_stamp(row, "Forecast created at")
    known_at = _stamp(known, known_column)
    tags = tuple(part for part in (tidy_line(tag) for tag in (row.get("Question tags") or "").split(";")) if part)
    ref, family, legacy = _fatebook_ref(row, title, option)
    return Forecast(
        claim=f"{title} — {option}" if option else title,
        author=tidy_line(optional(row.get("Forecast created by"))),
        made=made_at.date(),
        deadline=_day(_stamp(row.get("Question resolve by"), "Question resolve by")),
        probability=_required(row, "Forecast (scale = 0-1)"),
        outcome=_mapped(outcome, outcome_column, FATEBOOK_OUTCOMES),
        known=_day(known_at),
        tags=tags,
        ref=ref,
        made_at=made_at,
        known_at=known_at,
        family=family,
        aliases=(legacy,) if legacy else (),
    )


def _fatebook_ref(row: dict[str, str], title: str, option: str | None) -> tuple[str | None, str | None, str | None]:
    """The question's identity (``fatebook:`` and 32 hex digits), its family and its older identity.

    The export has no question id (``questionsToCsv`` writes none), so the question's creator,
    creation time (to the second) and option name it, with its title: Fatebook's own
    spreadsheet import gives every question of a sheet the same creation time, so these alone
    would merge different questions. The first 16 digits hash the creator, time and option
    (the family, by which an edited title finds its claim: ``store.RetitledQuestions``), the
    last 16 the title with them. Before families, the key was the first 32 digits of the
    latter hash: that older key is the alias by which claims imported then are found."""
    created = optional(row.get("Question created at"))
    if created is None:
        return None, None, None
    who = tidy_line(optional(row.get("Question created by"))) or ""
    birth = hashlib.sha256("\x1f".join((created, who, option or "")).encode("utf-8")).hexdigest()
    titled = hashlib.sha256("\x1f".join((title, created, who, option or "")).encode("utf-8")).hexdigest()
    return f"fatebook:{birth[:16]}{titled[:16]}", f"fatebook:{birth[:16]}", f"fatebook:{titled[:32]}"


# --- Metaculus -------------------------------------------------------------------------------

METACULUS_OUTCOMES: dict[str, str | None] = {
    "yes": "true", "no": "false", "ambiguous": "ambiguous", "annulled": "annulled", "": None,
}
METACULUS_POST_URL = "https://www.metaculus.com/questions/{id}/"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
METACULUS_QUESTIONS = frozenset({"Question ID", "Question Title", "Question Type"})
METACULUS_FORECASTS = frozenset({"Question ID", "Start Time", "Probability Yes"})


def metaculus_forecast(row: dict[str, str], options: Options) -> Forecast:
    """A person's forecast on a binary question; the deadline is the scheduled resolve time, else close time."""
    if _is_aggregate(row):
        raise Skip("community aggregates (nobody's own forecast)")
    if _required(row, "Question Type").lower() != "binary":
        raise Skip("questions that are not binary")
    deadline_column = "Scheduled Resolve Time" if optional(row.get("Scheduled Resolve Time")) else "Scheduled Close Time"
    known_column, known = _first_column(row, "Resolution Known Time", "Actual Resolve Time")
    made_at = _required_stamp(row, "Start Time")
    known_at = _stamp(known, known_column)
    question = short(_required(row, "Question ID"), "Question ID")
    return Forecast(
        claim=_metaculus_claim(row),
        author=_metaculus_forecaster(row),
        made=made_at.date(),
        deadline=_day(_stamp(row.get(deadline_column), deadline_column)),
        probability=_required(row, "Probability Yes"),
        outcome=_mapped(row.get("Resolution"), "Resolution", METACULUS_OUTCOMES),
        known=_day(known_at),
        url=optional(row.get("Question URL")) or _metaculus_post_url(row.get("Post ID")),
        ref=f"metaculus:{question}",
        made_at=made_at,
        known_at=known_at,
    )


METACULUS_ANONYMOUS = "Metaculus user {}"


def _metaculus_forecaster(row: dict[str, str]) -> str | None:
    """The username; in an anonymised download (``Forecaster (Anonymized)``, the SHA-256 of
    the user's id) each user is a source of their own, named by the hash's first 16 digits."""
    if "Forecaster (Anonymized)" in row:
        return METACULUS_ANONYMOUS.format(row["Forecaster (Anonymized)"].strip().lower()[:16])
    return tidy_line(optional(row.get("Forecaster Username")))


def _is_aggregate(row: dict[str, str]) -> bool:
    """Aggregates have no Forecaster ID (or, anonymized, a method name where users have a SHA-256)."""
    if "Forecaster ID" in row:
        return not row["Forecaster ID"].strip()
    if "Forecaster (Anonymized)" in row:
        return not _SHA256.match(row["Forecaster (Anonymized)"].strip().lower())
    return False


def _metaculus_claim(row: dict[str, str]) -> str:
    """The title, with the sub-question's label for a question of a group when the title lacks it."""
    title = _required(row, "Question Title")
    label = tidy_line(optional(row.get("Label")))
    return f"{title} — {label}" if label and label not in title else title


def _metaculus_post_url(value: str | None) -> str | None:
    post = optional(value)
    return METACULUS_POST_URL.format(id=post) if post and post.isdigit() else None


def metaculus_pair(headers: list[list[str]]) -> tuple[int, int] | None:
    """(0, 1) when the first header is question_data.csv's and the second forecast_data.csv's, (1, 0) reversed."""
    def questions(header: list[str]) -> bool:
        return METACULUS_QUESTIONS <= set(header) and "Probability Yes" not in header

    def forecasts(header: list[str]) -> bool:
        return METACULUS_FORECASTS <= set(header) and "Question Title" not in header

    first, second = headers
    if questions(first) and forecasts(second):
        return (0, 1)
    if forecasts(first) and questions(second):
        return (1, 0)
    return None


def join_metaculus(questions: Rows, forecasts: Rows, questions_path: str) -> Rows:
    """Each forecast row with its question's columns (the question file is small: one row a question)."""
    by_id: dict[str, dict[str, str]] = {}
    for line, row in questions:
        if "__bad__" in row:
            raise UsageError(f"{questions_path} line {line}: {row['__bad__']}; nothing was imported")
        by_id[row["Question ID"].strip()] = row
    for line, row in forecasts:
        if "__bad__" in row:
            yield line, row
            continue
        question = by_id.get(row["Question ID"].strip())
        if question is None:
            yield line, {"__bad__": f"Question ID {short(row['Question ID'], 'Question ID')!r} is not in {Path(questions_path).name}",
                         "__values__": row}  # type: ignore[dict-item]
            continue
        yield line, {**question, **row}


# --- registry --------------------------------------------------------------------------------

FORMATS: dict[str, Format] = {
    fmt.name: fmt
    for fmt in (
        Format(
            name="predictionbook", label="PredictionBook",
            signatures=(frozenset({"created_at", "deadline", "description", "mean_confidence"}),),
            required=("created_at", "deadline", "description", "mean_confidence"),
            forecast=predictionbook_forecast,
        ),
        Format(
            name="fatebook", label="Fatebook",
            signatures=(frozenset({"Question title", "Forecast (scale = 0-1)"}),),
            required=("Question title", "Forecast (scale = 0-1)", "Forecast created at", "Question resolve by"),
            forecast=fatebook_forecast,
        ),
        Format(
            name="metaculus", label="Metaculus",
            # Either half of Metaculus' download is recognised, so that a lone half gets the join hint.
            signatures=(METACULUS_QUESTIONS, METACULUS_FORECASTS),
            required=("Question ID", "Question Title", "Question Type", "Resolution", "Start Time", "Probability Yes"),
            forecast=metaculus_forecast,
            missing_hint=(
                "give both files of Metaculus' download: tracker import question_data.csv forecast_data.csv"
            ),
        ),
    )
}

READERS: dict[str, Reader] = {name: reader(fmt) for name, fmt in FORMATS.items()}


def detect(header: list[str]) -> str | None:
    """The foreign format whose columns ``header`` has, or None for tracker's own CSV."""
    columns = set(header)
    for fmt in FORMATS.values():
        if any(signature <= columns for signature in fmt.signatures):
            return fmt.name
    return None
