"""PredictionBook's API JSON: every user's own wagers, credited to who made them, when.

PredictionBook's CSV export has one figure per question, ``mean_confidence``, the mean of
everyone's wagers (tracker records it as "PredictionBook crowd"). Its API answers carry each
*response*: one user's confidence, with that user's id and name and the time it was made.
This reader turns each wager into one prediction by its user, on the claim of its question,
so a person is scored on what they said and nobody is credited with the crowd's figure.

Where the shapes come from (bellroy/predictionbook, read at commit 23c83da):
- ``app/controllers/api/my_predictions_controller.rb``: ``GET /api/my_predictions`` answers
  ``{"user": {"email", "name", "user_id"}, "predictions": [...]}``: the token owner's own
  predictions that are not withdrawn, one page of ``PredictionsQuery`` (100 by default, at
  most 1,000: ``app/queries/predictions_query.rb``).
- ``app/controllers/api/predictions_controller.rb``: ``GET /api/predictions`` answers a JSON
  array of predictions (public ones, at most 1,000 a page); ``GET /api/predictions/:id`` one
  prediction object.
- ``app/controllers/api/prediction_groups_controller.rb`` with
  ``app/serializers/prediction_group_serializer.rb``: ``{"id", "description", "predictions"}``,
  one or an array of them.
- ``app/serializers/prediction_serializer.rb``: each prediction has ``created_at,
  creator_id, creator_label, deadline, description_with_group, description, group_id, id,
  mean_confidence, outcome, prediction_group_id, last_judgement_at, updated_at, uuid,
  version, visibility, withdrawn`` and ``responses`` (``config/initializers/
  active_model_serializers.rb`` includes associations, ``**``).
- ``app/serializers/response_serializer.rb``: each response has ``comment, confidence,
  created_at, id, updated_at, user_id, user_label``; ``app/models/response.rb``: a response
  holds a confidence (0-100, a *wager*), a comment, or both; ``user_label`` is
  ``User#to_s``, the user's name or else login (``app/models/user.rb``), which two users may
  share, so the user's id is the identity.
- ``app/models/prediction.rb``: ``outcome`` and ``last_judgement_at`` are those of the
  latest judgement (``app/models/judgement.rb``: true, false, or null for "unknown");
  ``visibility`` is the enum name of ``app/models/visibility.rb``. Timestamps are Rails'
  JSON form in UTC (``config.time_zone = 'UTC'``): ``2019-03-02T10:15:04.000Z``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from tracker.errors import TrackerError, UsageError
from tracker.interchange import Options, Rejected
from tracker.interchange.foreign import FORMATS, PB_FLAGS, PB_OUTCOMES, PREDICTIONBOOK_URL, Forecast, Skip, Skipped, _record
from tracker.interchange.values import JSON_NUMBERS, STAMP_YEARS, NumberOutOfRange, short, tidy_block, tidy_line, utc_stamp
from tracker.records import ImportRecord

FORMAT = "predictionbook-json"
# A page of the API holds at most 1,000 predictions (a few MB); a file is read whole, so
# anything far beyond that is no page of it.
MAX_DOCUMENT_CHARS = 256 * 1024**2
PRIVATE = ("visible_to_creator", "visible_to_group", 1, 2)
PRIVATE_TAG = "private"
_ANSWER_START = re.compile(r'\{\s*"(user|predictions)"\s*:')


def is_document(first_line: str) -> bool:
    """True when a file starting with ``first_line`` is one JSON document, not JSON Lines:
    pretty-printed (``{`` or ``[`` alone), an array, or an API answer on one line."""
    text = first_line.strip()
    if text.startswith("["):
        return True
    if text == "{":
        return True
    if not text.startswith("{"):
        return False
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError):
        # A broken JSON Lines row (its reader names the line), or a download cut short.
        return _ANSWER_START.match(text) is not None
    if not isinstance(obj, dict):
        return False
    # The API's refusal ({"error": "invalid API token", "status": "unauthorized"}) too, to say so.
    return "predictions" in obj or "responses" in obj or ("error" in obj and set(obj) <= {"error", "status"})


def choose(files: list[tuple[str, str]], fmt: str | None, options: Options) -> str:
    """The format of an import with a JSON document among its files: all must be API pages."""
    others = [path for path, kind in files if kind != "json"]
    if others:
        raise UsageError(f"{others[0]} is not a JSON document: import PredictionBook's API pages apart from other files")
    if fmt not in (None, FORMAT):
        raise UsageError(f"{files[0][0]} is one JSON document, PredictionBook's API JSON, not --format {fmt}")
    if options.crowd_as_creator:
        raise UsageError(
            "--crowd-as-creator is for PredictionBook's CSV export; its API JSON credits each wager to the user who made it"
        )
    return FORMAT


class Page:
    """One file: its predictions, each with where it is in the file ("prediction 3").

    Opening reads and checks the file, so that a file that is no answer of the API is refused
    before a database is created; a file on disk is then read again when its turn comes, so
    that several pages never sit in memory together.
    """

    def __init__(self, path: str, lines: Iterable[str]) -> None:
        self.path = path
        self.name = "standard input" if path == "-" else Path(path).name
        document = _load(lines, path)
        if getattr(lines, "bad", 0):  # a JSON document is UTF-8 (RFC 8259); a page is one answer of the API
            raise UsageError(f"{self.name}: {lines.reason.split(': ')[0]}; a PredictionBook API page is UTF-8: "  # type: ignore[attr-defined]
                             "download it again, or convert it with iconv")
        items = _items(document, path)
        self._kept = items if path == "-" else None

    def items(self) -> list[tuple[str, Any]]:
        if self._kept is not None:
            return self._kept
        with open(self.path, encoding="utf-8-sig") as handle:
            return _items(_load(handle, self.path), self.path)


def _load(lines: Iterable[str], path: str) -> Any:
    """The whole document, or JSON Lines of predictions (``jq -c '.predictions[]'``)."""
    parts: list[str] = []
    size = 0
    for line in lines:
        size += len(line)
        if size > MAX_DOCUMENT_CHARS:
            raise UsageError(
                f"{path} is too large for one JSON document ({MAX_DOCUMENT_CHARS // 1024**2} MiB at most; a PredictionBook "
                "API page holds at most 1,000 predictions): import the pages as separate files"
            )
        parts.append(line)
    text = "".join(parts)
    try:
        return json.loads(text, **JSON_NUMBERS)
    except NumberOutOfRange as exc:
        raise UsageError(f"{path}: {exc}") from None
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            return _json_lines(text, path)
        raise UsageError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    except ValueError as exc:  # a number of more than 4,300 digits
        raise UsageError(f"{path}: not valid JSON ({str(exc).split(';')[0]})") from None
    except RecursionError:
        raise UsageError(f"{path}: not valid JSON (nested too deeply)") from None


class _Lines(list):  # type: ignore[type-arg]
    """Predictions read one per line: positions are line numbers."""


def _json_lines(text: str, path: str) -> _Lines:
    out = _Lines()
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append((number, json.loads(line, **JSON_NUMBERS)))
        except NumberOutOfRange as exc:
            raise UsageError(f"{path}: line {number}: {exc}") from None
        except (ValueError, RecursionError) as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply" if isinstance(exc, RecursionError) else str(exc).split(";")[0]
            raise UsageError(f"{path}: line {number}: not valid JSON ({reason})") from None
    return out


def _items(document: Any, path: str) -> list[tuple[str, Any]]:
    """(position, prediction) for each prediction of any of the API's answers."""
    if isinstance(document, _Lines):
        return [(f"line {number}", item) for number, item in document]
    if isinstance(document, dict):
        if isinstance(document.get("predictions"), list):  # my_predictions, or one prediction group
            return _numbered(document["predictions"], "prediction")
        if "responses" in document:  # one prediction
            return [("prediction 1", document)]
        if "error" in document:
            raise UsageError(f"{path} is PredictionBook's error answer ({short(str(document['error']), 'error')!r}), not predictions")
        raise UsageError(
            f"{path} is a JSON object without 'predictions' or 'responses', not an answer of PredictionBook's API; "
            "tracker's own JSON is JSON Lines (one object per line), as written by 'tracker export --json'"
        )
    if isinstance(document, list):
        if document and all(isinstance(item, dict) and isinstance(item.get("predictions"), list) for item in document):
            return [
                (f"group {g}, {where}", prediction)
                for g, group in enumerate(document, 1)
                for where, prediction in _numbered(group["predictions"], "prediction")
            ]
        if document and not any(isinstance(item, dict) and "responses" in item for item in document):
            raise UsageError(
                "this looks like a JSON array but not of PredictionBook predictions (none has 'responses'); tracker "
                "imports JSON Lines (one object per line), as written by 'tracker export --json', and PredictionBook's API JSON"
            )
        return _numbered(document, "prediction")
    raise UsageError(f"{path} holds a JSON {type(document).__name__}, not PredictionBook predictions")


def _numbered(items: list[Any], word: str) -> list[tuple[str, Any]]:
    return [(f"{word} {n}", item) for n, item in enumerate(items, 1)]


def read(pages: list[Page], options: Options) -> Iterator[ImportRecord | Rejected]:
    """A record per wager, in file order and, within a question, oldest first; a Rejected per bad one."""
    skipped = Skipped("PredictionBook", noun="wagers", shown=3)
    for page in pages:
        prefix = f"{page.name}: " if len(pages) > 1 else ""
        for where, prediction in page.items():
            yield from _wagers(prefix + where, prediction, options, skipped)
    note = skipped.note()
    if note:
        options.skipped.update(skipped.counts)
        options.notes.append(note)


def _wagers(where: str, prediction: Any, options: Options, skipped: Skipped) -> Iterator[ImportRecord | Rejected]:
    if not isinstance(prediction, dict) or not isinstance(prediction.get("responses"), list):
        yield Rejected(0, "not a PredictionBook prediction (no 'responses' list)", _shown(prediction), where=where)
        return
    number = prediction.get("id")
    if isinstance(number, int) and not isinstance(number, bool):
        where = f"{where} (id {number})"
    responses = prediction["responses"]
    question = {k: v for k, v in prediction.items() if k != "responses"}
    wagers = [(n, r) for n, r in enumerate(responses, 1) if not (isinstance(r, dict) and r.get("confidence") is None)]
    if not wagers:
        return  # comments only: nobody stated a probability
    skipped.rows += len(wagers)
    try:
        base = _question(prediction)
    except Skip as skip:
        for n, _ in wagers:
            skipped.add(skip.reason, f"{where}, response {n}")
        return
    except TrackerError as exc:
        yield Rejected(0, exc.message, prediction, where=where)
        return
    ready: list[tuple[dt.datetime, int, str, Any, Forecast, str | None]] = []
    for n, response in wagers:
        at = f"{where}, response {n}"
        try:
            forecast, quote = _wager(response, base)
        except TrackerError as exc:
            yield Rejected(0, exc.message, {"prediction": question, "response": response}, where=at)
            continue
        key = response.get("id") if isinstance(response.get("id"), int) else 0
        assert forecast.made_at is not None
        ready.append((forecast.made_at, key, at, response, forecast, quote))
    # Oldest first, so that of one user's wagers made the same day the later is recorded later
    # (and counts: README "One source, one claim").
    ready.sort(key=lambda item: (item[0], item[1]))
    for _, _, at, response, forecast, quote in ready:
        try:
            record = _record(0, forecast, FORMATS["predictionbook"], options)
            made = record.prediction
            if quote is not None:
                made = replace(made, quote=quote).checked()
        except Skip as skip:
            skipped.add(skip.reason, at)
            continue
        except TrackerError as exc:
            yield Rejected(0, exc.message, {"prediction": question, "response": response}, where=at)
            continue
        yield ImportRecord(line=0, prediction=made, resolutions=record.resolutions, claim_ref=record.claim_ref, where=at,
                           extra=record.extra)


def _shown(value: Any) -> Any:
    return value if isinstance(value, (dict, list, str, int, float, bool)) or value is None else repr(value)


def _question(prediction: dict[str, Any]) -> Forecast:
    """What every wager on the question shares: claim, deadline, judgement, identity."""
    if _flag(prediction.get("withdrawn"), "withdrawn"):
        raise Skip("withdrawn")
    number = _whole(prediction.get("id"), "id")
    grouped = prediction.get("prediction_group_id") is not None and _text(prediction.get("description_with_group"), "description_with_group")
    claim = _text(prediction.get("description_with_group" if grouped else "description"), "description")
    if claim is None:
        raise UsageError("description is empty")
    deadline = _stamp(prediction.get("deadline"), "deadline")
    if deadline is None:
        raise UsageError("deadline is empty")
    outcome = _outcome(prediction.get("outcome"))
    judged = _stamp(prediction.get("last_judgement_at"), "last_judgement_at")
    private = prediction.get("visibility") in PRIVATE
    return Forecast(
        claim=claim, author=None, made=dt.date.min, deadline=deadline.date(), probability="",
        outcome=outcome,
        known=judged.date() if outcome is not None and judged is not None else None,
        url=PREDICTIONBOOK_URL.format(id=number), ref=f"predictionbook:{number}",
        known_at=judged if outcome is not None else None,
        tags=(PRIVATE_TAG,) if private else (),
    )


def _wager(response: Any, base: Forecast) -> tuple[Forecast, str | None]:
    """One user's confidence on the question, made at the response's created_at."""
    if not isinstance(response, dict):
        raise UsageError("the response is not a JSON object")
    confidence = response.get("confidence")
    if isinstance(confidence, bool) or not isinstance(confidence, int):
        raise UsageError(f"confidence {short(repr(confidence), 'confidence')} is not a whole percentage")
    user = _whole(response.get("user_id"), "user_id")
    label = _text(response.get("user_label"), "user_label")
    made_at = _stamp(response.get("created_at"), "created_at")
    if made_at is None:
        raise UsageError("created_at is empty")
    comment = response.get("comment")
    if comment is not None and not isinstance(comment, str):
        raise UsageError(f"comment must be text, not {type(comment).__name__}")
    forecast = Forecast(
        base.claim, author_name(label, user), made_at.date(), base.deadline, f"{confidence}%", base.outcome, base.known,
        base.url, base.tags, base.ref, made_at, base.known_at,
    )
    return forecast, tidy_block(comment)


def author_name(label: str | None, user_id: int) -> str:
    """The source a user's wagers count for: their name with their PredictionBook user id,
    so that two users who share a name stay two sources."""
    return f"{label} (PredictionBook user {user_id})" if label else f"PredictionBook user {user_id}"


def _whole(value: Any, what: str) -> int:
    """An id: a JSON number (or its digits as text), positive and of at most 18 digits."""
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(short(value.strip(), what))
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 10**18:
        shown = "missing" if value is None else f"{short(repr(value), what)} is not a PredictionBook id"
        raise UsageError(f"{what} {shown}")
    return value


def _text(value: Any, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise UsageError(f"{what} must be text, not {type(value).__name__}")
    return tidy_line(value)


def _stamp(value: Any, what: str) -> dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise UsageError(f"{what} must be a timestamp, not {type(value).__name__}")
    if len(value) == 24 and value[10] == "T" and value[19] == "." and value[23] == "Z" and value[20:23].isdigit():
        # Rails' own form, 2019-03-02T10:15:04.000Z, read at a fraction of the general parser's cost.
        try:
            moment = dt.datetime.fromisoformat(value[:23])
        except ValueError:
            pass  # the general parser says what is wrong
        else:
            if STAMP_YEARS[0] <= moment.year <= STAMP_YEARS[1]:
                return moment.replace(tzinfo=dt.timezone.utc)
    return utc_stamp(value, what)


def _outcome(value: Any) -> str | None:
    if value is None or isinstance(value, bool):
        return None if value is None else ("true" if value else "false")
    key = str(value).strip().lower() if isinstance(value, (str, int)) else None
    if key is None or key not in PB_OUTCOMES:
        raise UsageError(f"outcome {short(repr(value), 'outcome')} is not true, false or null")
    return PB_OUTCOMES[key]


def _flag(value: Any, what: str) -> bool:
    if value is None or isinstance(value, bool):
        return bool(value)
    key = str(value).strip().lower()
    if key not in PB_FLAGS:
        raise UsageError(f"{what} {short(repr(value), what)} is not true or false")
    return PB_FLAGS[key] is not None
