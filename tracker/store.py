"""Writing to the record: add, resolve, amend, import, save articles.

Every function here runs inside the caller's write transaction (``Database.write()``),
so a refusal half-way leaves nothing behind. Nothing is ever updated in place except
through ``amend_prediction``, which keeps the old version; resolutions are appended.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tracker.storage import ledger
from tracker.storage import tables as t
from tracker.storage import driver_rows
from tracker.storage.bulk import (
    DeferredIndexes, WrittenKeys, bulk_load, insert_converted, insert_many, insert_rows, insert_tuples,
    refresh_statistics,
)
from tracker.errors import NotFoundError, UsageError
from tracker.storage.hashing import canonical_fields, claim_key, claim_keys, content_hash, prediction_hash, wording_key
from tracker.storage.writer import writing
from tracker.names import fold, fold_optional
from tracker.queries import outcome_value
from tracker.records import ImportRecord, PredictionInput, ResolutionInput, RetractionInput, check_id, clean_text

CHUNK = 500  # rows per multi-row INSERT / IN (...) lookup; well under SQLite's variable limit
#: On PostgreSQL every lookup and every COPY of a chunk is a round trip to the server: fewer,
#: larger chunks (the IN (...) lists stay far below its 65,535 parameters).
SERVER_CHUNK = 5_000
CACHE_LIMIT = 60_000  # claims, hashes and outcome dates an import remembers before it asks the database again


def utc_now() -> dt.datetime:
    """Timestamps are timezone-aware UTC (SQLModel stores them as UTC)."""
    return dt.datetime.now(dt.timezone.utc)


@dataclass(frozen=True)
class AddResult:
    id: int
    created: bool
    hash: str
    # Claims with the same words under another deadline, already resolved (worth a word to the user).
    same_wording: tuple[ResolvedWording, ...] = ()


class StoredClaim(NamedTuple):
    """A claim as the importer matches it (a tuple: an import makes one per new claim)."""

    id: int
    text: str
    deadline: dt.date | None = None


def record_claim_key(record: ImportRecord) -> str:
    """A claim from another system is that system's question (``predictionbook:194301``),
    whatever its wording; any other claim is its normalised text and deadline."""
    return record.claim_ref or claim_key(record.prediction.claim, record.prediction.deadline)


def _as_stored_claim(record: ImportRecord, claim: StoredClaim) -> ImportRecord:
    """A claim already stored keeps its wording (and, for another system's question, its deadline)."""
    entry = record.prediction
    if entry.claim == claim.text and (record.claim_ref is None or entry.deadline == claim.deadline):
        return record
    deadline = claim.deadline if record.claim_ref is not None else entry.deadline
    return replace(record, prediction=replace(entry, claim=claim.text, deadline=deadline), keys=None)


def find_claim(conn: Connection, text: str, deadline: dt.date | None) -> StoredClaim | None:
    """The stored claim that ``text`` and ``deadline`` name (case, spacing and a final full
    stop aside), if any."""
    row = conn.execute(
        sa.select(t.claim.c.id, t.claim.c.text).where(t.claim.c.key == claim_key(text, deadline))
    ).first()
    return StoredClaim(int(row.id), row.text) if row else None


def create_claim(conn: Connection, text: str, deadline: dt.date | None, now: dt.datetime) -> int:
    return int(
        conn.execute(
            sa.insert(t.claim)
            .values(text=text, deadline=deadline, key=claim_key(text, deadline), wording_key=wording_key(text), created_at=now)
            .returning(t.claim.c.id)
        ).scalar_one()
    )


def lookup_step(conn: Connection) -> int:
    """Ids per IN (...) lookup: SQLite's ``CHUNK``, PostgreSQL's ``SERVER_CHUNK`` (a round trip each)."""
    return CHUNK if conn.dialect.name == "sqlite" else SERVER_CHUNK


def first_resolution_dates(conn: Connection, claim_ids: list[int]) -> dict[int, dt.date]:
    """When each claim's outcome was first known (a retracted resolution never told anything)."""
    from tracker.queries import not_retracted

    r = t.resolution
    found: dict[int, dt.date] = {}
    step = lookup_step(conn)
    for start in range(0, len(claim_ids), step):
        rows = conn.execute(
            sa.select(r.c.claim_id, sa.func.min(r.c.resolved_on))
            .where(r.c.claim_id.in_(claim_ids[start : start + step]), not_retracted(r))
            .group_by(r.c.claim_id)
        )
        found.update({int(cid): day for cid, day in rows})
    return found


@dataclass(frozen=True)
class ResolvedWording:
    claim_id: int
    deadline: dt.date | None
    resolved_on: dt.date


def resolved_same_wording(conn: Connection, text: str, deadline: dt.date | None) -> list[ResolvedWording]:
    """Claims with the same words under another deadline that are already resolved: the
    outcome of "the same claim" may be known even when the deadline makes it a new one."""
    c = t.claim
    others = conn.execute(
        sa.select(c.c.id, c.c.deadline).where(c.c.wording_key == wording_key(text), c.c.key != claim_key(text, deadline))
    ).all()
    dates = first_resolution_dates(conn, [int(o.id) for o in others])
    return [ResolvedWording(int(o.id), o.deadline, dates[o.id]) for o in others if o.id in dates]


def check_made_before_outcome(made_on: dt.date, resolved_on: dt.date | None) -> None:
    """A forecast made after its outcome was known is no forecast: scoring it would reward hindsight."""
    if resolved_on is not None and made_on > resolved_on:
        raise UsageError(
            f"the claim was already resolved on {resolved_on.isoformat()}: a prediction made on "
            f"{made_on.isoformat()}, after the outcome was known, cannot be scored"
        )


def add_prediction(conn: Connection, entry: PredictionInput) -> AddResult:
    """Record one prediction; the same prediction entered twice is recorded once.

    A claim already stored keeps its first wording, and the prediction takes it, so that the
    prediction's hash always matches what ``show`` and ``export`` print.
    """
    entry = entry.checked()
    claim = find_claim(conn, entry.claim, entry.deadline)
    if claim is not None:
        entry = replace(entry, claim=claim.text)
        check_made_before_outcome(entry.made_on, first_resolution_dates(conn, [claim.id]).get(claim.id))
    same_wording = tuple(resolved_same_wording(conn, entry.claim, entry.deadline))
    for other in same_wording:
        if entry.made_on > other.resolved_on:
            due = other.deadline.isoformat() if other.deadline else "no deadline"
            raise UsageError(
                f"the same words are claim {other.claim_id} ({due}), resolved on {other.resolved_on.isoformat()}: "
                f"a prediction made on {entry.made_on.isoformat()}, after that outcome was known, cannot be scored"
            )
    digest = content_hash(entry.hashed_fields())
    existing = conn.execute(
        sa.select(t.prediction.c.id).where(t.prediction.c.content_hash == digest).order_by(t.prediction.c.id).limit(1)
    ).scalar()
    if existing is not None:
        return AddResult(int(existing), False, digest, same_wording)
    now = utc_now()
    claim_id = claim.id if claim is not None else create_claim(conn, entry.claim, entry.deadline, now)
    new_id = conn.execute(
        sa.insert(t.prediction).values(**_prediction_values(entry, claim_id, digest, now)).returning(t.prediction.c.id)
    ).scalar_one()
    if entry.tags:
        conn.execute(sa.insert(t.prediction_tag), tag_rows(int(new_id), entry.tags))
    ledger.record(conn, "prediction", [int(new_id)])
    if entry.tags:
        ledger.record(conn, "tags", [int(new_id)])
    return AddResult(int(new_id), True, digest, same_wording)


def tag_rows(prediction_id: int, tags: Iterable[str]) -> list[dict[str, Any]]:
    return [{"prediction_id": prediction_id, "tag": tag, "tag_key": _folded(tag)} for tag in tags]


#: ``fold`` remembered for the names an import repeats on row after row (authors, outlets,
#: tags); bounded, so that a file of a million distinct names holds no more than this many.
_folded = functools.lru_cache(maxsize=20_000)(fold)


def _prediction_values(entry: PredictionInput, claim_id: int, digest: str, now: dt.datetime) -> dict[str, Any]:
    return {
        "claim_id": claim_id,
        "author": entry.author,
        "author_key": _folded(entry.author),
        "outlet": entry.outlet,
        "outlet_key": None if entry.outlet is None else _folded(entry.outlet),
        "made_on": entry.made_on,
        "probability": entry.probability,
        "quote": entry.quote,
        "url": entry.url,
        "recorded_at": entry.recorded_at or now,
        "content_hash": digest,
        "article_sha256": entry.article_sha256,
    }


TAG_COLUMNS = ("prediction_id", "tag", "tag_key")
CLAIM_COLUMNS = ("id", "text", "deadline", "key", "wording_key", "created_at")
RESOLUTION_COLUMNS = ("id", "claim_id", "outcome", "resolved_on", "evidence", "note", "recorded_at", "origin")


@dataclass(frozen=True)
class ResolveResult:
    claim_id: int
    created: bool
    predictions: int  # how many predictions this resolution scores
    previous: str | None  # the outcome it replaces as the latest, if any
    prediction_id: int = 0
    claim: str = ""
    author: str = ""
    resolution_id: int | None = None


@dataclass(frozen=True)
class CurrentResolution:
    id: int
    outcome: str
    resolved_on: dt.date
    identity: tuple[str, str, str | None, str | None]


def current_resolution(conn: Connection, claim_id: int) -> CurrentResolution | None:
    """The claim's latest resolution that is not retracted: the one every view counts."""
    from tracker.queries import not_retracted

    r = t.resolution
    row = conn.execute(
        sa.select(r).where(r.c.claim_id == claim_id, not_retracted(r)).order_by(r.c.id.desc()).limit(1)
    ).first()
    if row is None:
        return None
    return CurrentResolution(
        int(row.id), row.outcome, row.resolved_on, (row.outcome, row.resolved_on.isoformat(), row.evidence, row.note)
    )


def resolve_prediction(
    conn: Connection, prediction_id: int, entry: ResolutionInput, *, early: bool = False
) -> ResolveResult:
    """Append a resolution to the prediction's claim; earlier ones stay in the history.

    Refused: a date before the current resolution's (retract that one first, so the history
    says why), and ``false`` before the claim's deadline unless ``early`` (with a note), since
    the event can still happen.
    """
    p, c = t.prediction, t.claim
    check_id(prediction_id)
    target = conn.execute(
        sa.select(p.c.claim_id, p.c.author, c.c.text, c.c.deadline)
        .select_from(p.join(c, c.c.id == p.c.claim_id)).where(p.c.id == prediction_id)
    ).first()
    if target is None:
        raise NotFoundError(f"no prediction with id {prediction_id}")
    claim_id = int(target.claim_id)
    entry = entry.checked()
    if early and not entry.note:
        raise UsageError("--early needs a --note saying why the outcome is already certain")
    latest_made = conn.execute(
        sa.select(p.c.id, p.c.made_on).where(p.c.claim_id == claim_id).order_by(p.c.made_on.desc()).limit(1)
    ).first()
    assert latest_made is not None
    if entry.resolved_on < latest_made.made_on:
        which = "the prediction" if latest_made.id == prediction_id else f"prediction {latest_made.id} of the same claim"
        raise UsageError(
            f"resolution date {entry.resolved_on.isoformat()} is before {which} was made "
            f"({latest_made.made_on.isoformat()})"
        )
    current = current_resolution(conn, claim_id)
    count = int(conn.execute(sa.select(sa.func.count()).where(p.c.claim_id == claim_id)).scalar_one())
    result = ResolveResult(
        claim_id, False, count, current.outcome if current else None,
        prediction_id=prediction_id, claim=target.text, author=target.author,
        resolution_id=current.id if current else None,
    )
    if current is not None and current.identity == entry.identity():
        return result
    if current is not None and entry.resolved_on < current.resolved_on:
        raise UsageError(
            f"claim {claim_id} is resolved {current.outcome} on {current.resolved_on.isoformat()} (resolution "
            f"{current.id}); a resolution dated {entry.resolved_on.isoformat()}, earlier, would rewrite that: "
            f"if it was a mistake, first run: tracker retract {current.id} --reason '…'"
        )
    if entry.outcome == "false" and target.deadline is not None and entry.resolved_on < target.deadline and not early:
        raise UsageError(
            f"claim {claim_id}'s deadline is {target.deadline.isoformat()}: on {entry.resolved_on.isoformat()} "
            "it can still come true; if it certainly cannot, resolve it with --early and a --note saying why"
        )
    new_id = conn.execute(
        sa.insert(t.resolution).values(**_resolution_values(claim_id, entry, utc_now())).returning(t.resolution.c.id)
    ).scalar_one()
    ledger.record(conn, "resolution", [int(new_id)])
    return replace(result, created=True, resolution_id=int(new_id))


@dataclass(frozen=True)
class RetractResult:
    resolution_id: int
    claim_id: int
    claim: str
    outcome: str
    resolved_on: dt.date
    now_counts: CurrentResolution | None  # the resolution that counts after the retraction


def retract_resolution(conn: Connection, resolution_id: int, reason: str) -> RetractResult:
    """Withdraw a mistaken resolution: it stays in the history, marked, and no view counts it."""
    r, c = t.resolution, t.claim
    if not 1 <= resolution_id <= 2**63 - 1:
        raise NotFoundError(f"no resolution with id {resolution_id}")
    row = conn.execute(
        sa.select(r.c.id, r.c.claim_id, r.c.outcome, r.c.resolved_on, c.c.text)
        .select_from(r.join(c, c.c.id == r.c.claim_id)).where(r.c.id == resolution_id)
    ).first()
    if row is None:
        raise NotFoundError(f"no resolution with id {resolution_id} (tracker show ID lists a claim's resolutions)")
    done = conn.execute(sa.select(t.retraction.c.recorded_at).where(t.retraction.c.resolution_id == resolution_id)).scalar()
    if done is not None:
        raise UsageError(f"resolution {resolution_id} was already retracted")
    entry = RetractionInput(reason=reason).checked()
    record_retractions(conn, [{"resolution_id": resolution_id, "reason": entry.reason, "recorded_at": utc_now()}])
    retraction_id = conn.execute(sa.select(t.retraction.c.id).where(t.retraction.c.resolution_id == resolution_id)).scalar_one()
    ledger.record(conn, "retraction", [int(retraction_id)])
    return RetractResult(
        resolution_id, int(row.claim_id), row.text, row.outcome, row.resolved_on, current_resolution(conn, int(row.claim_id))
    )


def record_retractions(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """The one place retractions are written (by ``retract`` and by ``import``). The ledger
    entry is appended by the caller: ``retract`` at once, ``import`` with the rest of its rows."""
    if rows:
        conn.execute(sa.insert(t.retraction), rows)


def _resolution_values(claim_id: int, entry: ResolutionInput, now: dt.datetime) -> dict[str, Any]:
    return {
        "claim_id": claim_id,
        "outcome": entry.outcome,
        "resolved_on": entry.resolved_on,
        "evidence": entry.evidence,
        "note": entry.note,
        "recorded_at": entry.recorded_at or now,
        "origin": entry.origin,
    }


@dataclass
class StoredResolution:
    """A resolution as the importer matches it: what it says, when it was recorded, whether retracted."""

    id: int
    identity: tuple[str, str, str | None, str | None]
    recorded_at: str
    retracted: bool
    added_here: bool = False  # added by the import now running, so not "already present"
    origin: str | None = None  # the tool whose export it was imported from (None: typed, or imported before origins were kept)


def _stamp(value: dt.datetime) -> str:
    """Timestamps compared as UTC microseconds, whatever the driver returned."""
    if value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return value.isoformat(timespec="microseconds")


def _stored_resolutions(conn: Connection, claim_ids: list[int]) -> dict[int, list[StoredResolution]]:
    r, rt = t.resolution, t.retraction
    found: dict[int, list[StoredResolution]] = {}
    step = lookup_step(conn)
    for start in range(0, len(claim_ids), step):
        rows = conn.execute(
            sa.select(r.c.id, r.c.claim_id, r.c.outcome, r.c.resolved_on, r.c.evidence, r.c.note, r.c.recorded_at,
                      r.c.origin, rt.c.id.label("retraction_id"))
            .select_from(r.outerjoin(rt, rt.c.resolution_id == r.c.id))
            .where(r.c.claim_id.in_(claim_ids[start : start + step]))
            .order_by(r.c.id)
        )
        for row in rows:
            found.setdefault(row.claim_id, []).append(StoredResolution(
                int(row.id), (row.outcome, row.resolved_on.isoformat(), row.evidence, row.note),
                _stamp(row.recorded_at), row.retraction_id is not None, origin=row.origin,
            ))
    return found


def _matching_resolution(have: list[StoredResolution], entry: ResolutionInput, *, anywhere: bool = False) -> StoredResolution | None:
    """The stored resolution an imported one is. With its recorded_at (tracker's own export) a
    resolution is that exact record, so a history true, false, true comes back whole; without
    one (a CSV row) it is the same as the latest, as when typed again with ``resolve``.
    ``anywhere``: another system's judgement, dated by that system, is the same as any one of
    the history, so an older export imported after a newer one does not bring back a judgement
    since replaced or retracted (a judgement made again later has its own, later date)."""
    if not have:  # a claim without resolutions (every new claim of an import)
        return None
    if entry.recorded_at is not None:
        stamp = _stamp(entry.recorded_at)
        return next((h for h in have if h.identity == entry.identity() and h.recorded_at == stamp), None)
    if anywhere:  # retracted or not: a judgement withdrawn since (or retracted by hand) does not come back
        return next((h for h in reversed(have) if h.identity == entry.identity()), None)
    live = [h for h in have if not h.retracted]
    return live[-1] if live and live[-1].identity == entry.identity() else None


# --- amendments ----------------------------------------------------------------------

AMENDABLE = ("claim", "deadline", "author", "outlet", "made_on", "probability", "quote", "url", "tags")


@dataclass(frozen=True)
class AmendResult:
    id: int
    hash_before: str
    hash_after: str
    changed: tuple[str, ...]


def current_input(conn: Connection, prediction_id: int) -> tuple[PredictionInput, str]:
    """The stored prediction as an input record, with its stored hash."""
    check_id(prediction_id)
    p, c = t.prediction, t.claim
    row = conn.execute(
        sa.select(p, c.c.text, c.c.deadline).select_from(p.join(c, c.c.id == p.c.claim_id)).where(p.c.id == prediction_id)
    ).first()
    if row is None:
        raise NotFoundError(f"no prediction with id {prediction_id}")
    tags = tuple(
        conn.execute(
            sa.select(t.prediction_tag.c.tag).where(t.prediction_tag.c.prediction_id == prediction_id).order_by(t.prediction_tag.c.tag)
        ).scalars()
    )
    entry = PredictionInput(
        claim=row.text, author=row.author, made_on=row.made_on, probability=row.probability,
        deadline=row.deadline, outlet=row.outlet, quote=row.quote, url=row.url, tags=tags,
        article_sha256=row.article_sha256, recorded_at=row.recorded_at,
    )
    return entry, row.content_hash


FROZEN_AFTER_RESOLUTION = ("claim", "deadline", "made_on", "probability")


def amend_prediction(conn: Connection, prediction_id: int, reason: str, changes: dict[str, Any]) -> AmendResult:
    """Correct a prediction, keeping the old version and the reason in its history.

    Once its claim is resolved, what was predicted (claim, deadline, date, probability) is
    frozen: changing it then would rewrite the record with hindsight. A new wording of the
    claim moves the prediction to that claim; a claim no other prediction uses is reworded
    in place, so its resolutions stay with it.
    """
    unknown = set(changes) - set(AMENDABLE)
    if unknown:
        raise UsageError(f"cannot amend {', '.join(sorted(unknown))}")
    why = clean_text("reason", reason, required=True)
    old, old_hash = current_input(conn, prediction_id)
    old_claim_id = int(
        conn.execute(sa.select(t.prediction.c.claim_id).where(t.prediction.c.id == prediction_id)).scalar_one()
    )
    new = replace(old, **changes).checked()
    resolved_on = first_resolution_dates(conn, [old_claim_id]).get(old_claim_id)
    now = utc_now()
    target = find_claim(conn, new.claim, new.deadline)
    sharers = int(
        conn.execute(sa.select(sa.func.count()).where(t.prediction.c.claim_id == old_claim_id)).scalar_one()
    ) - 1
    if target is not None and (target.id != old_claim_id or sharers):
        new = replace(new, claim=target.text)  # an existing claim keeps its wording
    changed = tuple(name for name in AMENDABLE if getattr(old, name) != getattr(new, name))
    if not changed:
        raise UsageError(f"amending prediction {prediction_id} would change nothing")
    frozen = [name for name in changed if name in FROZEN_AFTER_RESOLUTION]
    if resolved_on is not None and frozen:
        raise UsageError(
            f"prediction {prediction_id}'s claim was resolved on {resolved_on.isoformat()}: its "
            f"{', '.join('date' if f == 'made_on' else f for f in frozen)} can no longer change "
            "(that would rewrite the record with hindsight)"
        )
    new_hash = content_hash(new.hashed_fields())
    duplicate = conn.execute(
        sa.select(t.prediction.c.id).where(t.prediction.c.content_hash == new_hash, t.prediction.c.id != prediction_id).limit(1)
    ).scalar()
    if duplicate is not None:
        raise UsageError(f"the amended prediction would be identical to prediction {duplicate}")
    claim_id = old_claim_id
    orphaned_claim = None
    if "claim" in changed or "deadline" in changed:
        if target is not None and target.id != old_claim_id:
            check_made_before_outcome(new.made_on, first_resolution_dates(conn, [target.id]).get(target.id))
            claim_id = target.id
            if not sharers:
                orphaned_claim = old_claim_id  # removed once the prediction no longer points at it
        elif not sharers:
            conn.execute(
                sa.update(t.claim).where(t.claim.c.id == old_claim_id)
                .values(text=new.claim, deadline=new.deadline, key=_reworded_key(conn, old_claim_id, new),
                        wording_key=wording_key(new.claim))
            )
        else:
            claim_id = create_claim(conn, new.claim, new.deadline, now)
    before = dict(old.hashed_fields(), tags=list(old.tags))
    amendment_id = conn.execute(
        sa.insert(t.amendment).values(
            prediction_id=prediction_id, amended_at=now, reason=why,
            before=json.dumps(before, sort_keys=True, ensure_ascii=False), hash_before=old_hash, hash_after=new_hash,
        ).returning(t.amendment.c.id)
    ).scalar_one()
    ledger.record(conn, "amendment", [int(amendment_id)])
    conn.execute(
        sa.update(t.prediction)
        .where(t.prediction.c.id == prediction_id)
        .values(
            claim_id=claim_id, author=new.author, author_key=fold(new.author), outlet=new.outlet,
            outlet_key=fold_optional(new.outlet), made_on=new.made_on,
            probability=new.probability, quote=new.quote, url=new.url, content_hash=new_hash,
        )
    )
    if orphaned_claim is not None:
        conn.execute(sa.delete(t.claim).where(t.claim.c.id == orphaned_claim))
    if "tags" in changed:
        conn.execute(sa.delete(t.prediction_tag).where(t.prediction_tag.c.prediction_id == prediction_id))
        if new.tags:
            conn.execute(sa.insert(t.prediction_tag), tag_rows(prediction_id, new.tags))
        ledger.record(conn, "tags", [prediction_id])
    return AmendResult(prediction_id, old_hash, new_hash, changed)


def _reworded_key(conn: Connection, claim_id: int, new: PredictionInput) -> str:
    """Another system's question stays that question when reworded; any other claim is its new text."""
    key = conn.execute(sa.select(t.claim.c.key).where(t.claim.c.id == claim_id)).scalar_one()
    return key if ":" in key else claim_key(new.claim, new.deadline)


# --- verification --------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    prediction_id: int
    problem: str


def verify_hashes(conn: Connection) -> tuple[int, list[Problem]]:
    """Recompute every prediction's hash and check each amendment chain; returns (checked, problems)."""
    p, c, a = t.prediction, t.claim, t.amendment
    problems: list[Problem] = []
    checked = 0
    rows = conn.execute(
        sa.select(p.c.id, c.c.text, c.c.deadline, p.c.author, p.c.outlet, p.c.made_on, p.c.probability,
                  p.c.quote, p.c.url, p.c.content_hash)
        .select_from(p.join(c, c.c.id == p.c.claim_id))
        .order_by(p.c.id)
    )
    for row in rows:
        checked += 1
        actual = content_hash(
            canonical_fields(claim=row.text, deadline=row.deadline, author=row.author, outlet=row.outlet,
                             date=row.made_on, probability=row.probability, quote=row.quote, url=row.url)
        )
        if actual != row.content_hash:
            problems.append(Problem(row.id, f"fields no longer match the stored hash {row.content_hash[:12]}… (now {actual[:12]}…)"))
    chains: dict[int, list[Any]] = {}
    for row in conn.execute(sa.select(a).order_by(a.c.prediction_id, a.c.id)):
        chains.setdefault(row.prediction_id, []).append(row)
    if chains:
        current = dict(conn.execute(sa.select(p.c.id, p.c.content_hash).where(p.c.id.in_(list(chains)))).all())
        for pid, steps in chains.items():
            for index, step in enumerate(steps):
                try:
                    intact = content_hash(json.loads(step.before)) == step.hash_before
                except (ValueError, TypeError, KeyError):  # edited into something unreadable
                    intact = False
                if not intact:
                    problems.append(Problem(pid, f"amendment {index + 1}: the old version does not match its hash"))
                if index and steps[index - 1].hash_after != step.hash_before:
                    problems.append(Problem(pid, f"amendment {index + 1}: the history has a gap"))
            if steps[-1].hash_after != current.get(pid):
                problems.append(Problem(pid, "the last amendment does not lead to the current version"))
    return checked, problems


# --- bulk import ---------------------------------------------------------------------


@dataclass
class ImportSummary:
    predictions_added: int = 0
    predictions_present: int = 0
    resolutions_added: int = 0
    retractions_added: int = 0
    amendments_added: int = 0
    claims_added: int = 0
    titles_added: int = 0  # what another system now calls a question, stored beside its claim (claim_title)
    ledger_carried: bool = False  # the file's hash chain was taken over (a whole export into an empty database)
    # Resolutions stored before this import that rows of the file repeat: a claim's resolution
    # rides on every prediction row of that claim, so it is counted once, by id.
    present_resolution_ids: IdSet = field(default_factory=lambda: IdSet())
    # Rows the importer leaves out (reason -> count), with the first few places of each.
    skipped: Counter[str] = field(default_factory=Counter)
    skipped_at: dict[str, list[str]] = field(default_factory=dict)
    # Another system's questions met again under an edited title: (claim id, kept wording, new title, position).
    retitled: list[tuple[int, str, str, str]] = field(default_factory=list)
    # Judgements another system has changed since an earlier import (``SourceChange``): withdrawn
    # there, the question being open again, or given another outcome; the first ``REPORTED`` of each.
    withdrawals: list[SourceChange] = field(default_factory=list)
    outcome_changes: list[SourceChange] = field(default_factory=list)
    change_counts: Counter[str] = field(default_factory=Counter)
    dry_run: bool = False  # the notes say what would happen

    REPORTED = 1_000

    @property
    def resolutions_present(self) -> int:
        return len(self.present_resolution_ids)

    def skip(self, reason: str, position: str) -> None:
        self.skipped[reason] += 1
        places = self.skipped_at.setdefault(reason, [])
        if len(places) < 5:
            places.append(position)

    def source_change(self, change: SourceChange) -> None:
        kind = "withdrawals" if change.action != "replaced" else "outcome_changes"
        self.change_counts[kind] += 1
        kept = self.withdrawals if kind == "withdrawals" else self.outcome_changes
        if len(kept) < self.REPORTED:
            kept.append(change)

    def notes(self) -> list[str]:
        """One line per reason, as the readers' notes say what they skipped."""
        changes = [change.message(dry_run=self.dry_run) for change in [*self.withdrawals[:5], *self.outcome_changes[:5]]]
        for kind, what in (("withdrawals", "judgement(s) withdrawn at the source"), ("outcome_changes", "outcome(s) changed at the source")):
            shown = min(len(getattr(self, kind)), 5)
            if self.change_counts[kind] > shown:
                changes.append(f"and {self.change_counts[kind] - shown} more {what} (all of them: --json)")
        return changes + [
            f"skipped {count} row(s) - {reason}: {', '.join(self.skipped_at[reason])}"
            + (f" and {count - len(self.skipped_at[reason])} more" if count > len(self.skipped_at[reason]) else "")
            for reason, count in self.skipped.items()
        ] + [
            f"{where}: claim {cid}'s question was retitled {new!r} since an earlier import; its forecasts stay on "
            f"claim {cid}, under the wording they were made on, {kept!r}, and the new title is kept beside it "
            "(tracker show; to reword the claim: tracker amend)"
            for cid, kept, new, where in self.retitled[:5]
        ] + ([f"and {len(self.retitled) - 5} more retitled question(s)"] if len(self.retitled) > 5 else [])

    def as_dict(self) -> dict[str, int]:
        shown = {
            "predictions_added": self.predictions_added, "predictions_present": self.predictions_present,
            "resolutions_added": self.resolutions_added, "resolutions_present": self.resolutions_present,
            "retractions_added": self.retractions_added, "amendments_added": self.amendments_added,
            "claims_added": self.claims_added,
        }
        if not self.retractions_added:  # keeps the JSON of imports without retractions as it was
            del shown["retractions_added"]
        if self.retitled:
            shown["questions_retitled"] = len(self.retitled)
        if self.titles_added:
            shown["titles_added"] = self.titles_added
        return shown

    def changes_as_dict(self) -> dict[str, Any]:
        """The source changes for ``--json``, only when there are any (the JSON of other imports stays as it was)."""
        found: dict[str, Any] = {}
        for kind in ("withdrawals", "outcome_changes"):
            if self.change_counts[kind]:
                found[f"{kind}_at_source"] = self.change_counts[kind]
                found[f"{kind}_at_source_list"] = [change.as_dict() for change in getattr(self, kind)]
        return found


@dataclass
class SourceChange:
    """A judgement another system has changed since it was imported, as an import reports it.

    ``action``: ``retracted`` (withdrawn at the source and followed: ``--follow-withdrawals``),
    ``kept`` (withdrawn at the source, the resolution still counts) or ``replaced`` (another
    outcome at the source: the new judgement is appended and counts, the old stays in the
    history, as when ``tracker resolve`` is run again)."""

    where: str
    claim_id: int
    claim_ref: str
    tool: str
    resolution_id: int  # the stored resolution concerned
    outcome: str
    resolved_on: str
    imported_from: str | None  # that resolution's origin: None when typed (or imported before origins were kept)
    action: str
    new_outcome: str | None = None
    new_resolved_on: str | None = None

    def as_dict(self) -> dict[str, Any]:
        shown: dict[str, Any] = {
            "where": self.where, "claim_id": self.claim_id, "claim_ref": self.claim_ref, "tool": self.tool,
            "action": self.action,
            "resolution": {"id": self.resolution_id, "outcome": outcome_value(self.outcome), "resolved_on": self.resolved_on,
                           "imported_from": self.imported_from},
        }
        if self.new_outcome is not None:
            shown["new"] = {"outcome": outcome_value(self.new_outcome), "resolved_on": self.new_resolved_on}
        return shown

    def message(self, *, dry_run: bool = False) -> str:
        old = f"resolution {self.resolution_id} ({self.outcome} on {self.resolved_on})"
        head = f"{self.where}: claim {self.claim_id} ({self.claim_ref})"
        if self.action == "replaced":
            how = f", imported from {self.imported_from}" if self.imported_from else ", not imported from it"
            return (f"{head}: {self.tool} now gives the outcome {self.new_outcome} (on {self.new_resolved_on}); "
                    f"it {'would replace' if dry_run else 'replaces'} {old}{how}, as the one that counts; both stay in the history")
        head = f"{head}: {self.tool} no longer gives the question an outcome"
        if self.action == "retracted":
            return f"{head}; {old}, imported from {self.tool}, {'would be' if dry_run else 'is'} retracted (--follow-withdrawals) and stays in the history"
        if self.imported_from == self.tool:
            return (f"{head}; {old}, imported from {self.tool}, still counts: to follow {self.tool}, import with "
                    f"--follow-withdrawals, or run tracker retract {self.resolution_id} --reason '…'")
        return (f"{head}; {old} was not imported from {self.tool} (typed with tracker resolve, or imported before tracker "
                f"kept where a resolution came from), so no import retracts it: if {self.tool} is right, run "
                f"tracker retract {self.resolution_id} --reason '…'")


class IdSet:
    """A set of positive ids as one bit each: the resolutions an import finds already stored
    are counted once each in a bitmap as large as the table was, not the file."""

    LIMIT = 1 << 28  # ids beyond (a record edited by hand) go to a plain set: the bitmap stays under 32 MiB

    def __init__(self) -> None:
        self.bits = bytearray()
        self.beyond: set[int] = set()
        self.count = 0

    def add(self, value: int) -> None:
        if value >= self.LIMIT:
            if value not in self.beyond:
                self.beyond.add(value)
                self.count += 1
            return
        byte, bit = value >> 3, 1 << (value & 7)
        if byte >= len(self.bits):
            self.bits.extend(bytes(byte + 1 - len(self.bits) + (len(self.bits) >> 1)))
        if not self.bits[byte] & bit:
            self.bits[byte] |= bit
            self.count += 1

    def __contains__(self, value: int) -> bool:
        if value >= self.LIMIT:
            return value in self.beyond
        byte = value >> 3
        return byte < len(self.bits) and bool(self.bits[byte] & (1 << (value & 7)))

    def __len__(self) -> int:
        return self.count


#: Why a row of a figure "as of the export" (``ImportRecord.standing``) is left out.
STANDING_CHANGED = "figure changed since an earlier import (the first is kept)"


def import_records(
    conn: Connection, records: Iterable[ImportRecord], *, on_progress: Callable[[int], None] | None = None,
    follow_withdrawals: bool = False, files: str = "the file", dry_run: bool = False,
) -> ImportSummary:
    """Add records in bulk inside the caller's transaction; anything already stored is skipped.

    Works in chunks with multi-row INSERTs and IN (...) lookups instead of one query per
    row, which keeps a 50,000-row import to seconds. ``follow_withdrawals``: a judgement
    another system has withdrawn since it was imported is retracted (``SourceWithdrawals``);
    ``files`` names the input in that retraction's reason.
    """
    with bulk_load(conn), writing(conn):
        return _import_records(conn, records, on_progress, SourceWithdrawals(follow_withdrawals, files), dry_run)


def _import_records(conn: Connection, records: Iterable[ImportRecord], on_progress: Callable[[int], None] | None,
                    withdrawals: SourceWithdrawals | None = None, dry_run: bool = False) -> ImportSummary:
    summary = ImportSummary(dry_run=dry_run)
    claim_ids: dict[str, StoredClaim] = {}
    seen_hashes: dict[str, int] = {}
    # A whole export imported into an empty database keeps its ids and its ledger, so the
    # copy verifies against the original's published digest.
    empty = ledger.head(conn).count == 0 and conn.execute(sa.select(t.prediction.c.id).limit(1)).first() is None
    # Into a database without claims, every claim, wording and hash stored is one this import
    # wrote: a key it certainly did not write (``WrittenKeys``) is new, and needs no lookup.
    cached_all = empty and conn.execute(sa.select(t.claim.c.id).limit(1)).first() is None
    written_keys = WrittenKeys() if cached_all else None
    floors = ledger.floors(conn)
    carried: ledger.CarriedLedger | None = ledger.CarriedLedger(conn) if empty else None
    kept_ids: KeptIds | None = KeptIds(conn) if empty else None
    known: dict[str, dt.date | None] = {}  # claim key -> when its outcome was first known
    chain: ledger.ImportChain | None = None
    chunk: list[ImportRecord] = []
    indexes = DeferredIndexes(conn, floors["prediction"])
    retitled = RetitledQuestions(conn)
    if withdrawals is not None:
        withdrawals.start(retitled.floor, floors["resolution"])
    written = 0
    next_ids = NextIds(conn)
    size = lookup_step(conn)

    def flush() -> None:
        nonlocal chain, written
        if chain is None:
            # A file that carries its own ledger (into an empty database) keeps it: no entries
            # are computed until the end tells whether it can be adopted.
            chain = ledger.ImportChain(conn, enabled=carried is None)
        _import_chunk(conn, chunk, summary, claim_ids, seen_hashes, known, kept_ids, chain, written_keys, next_ids,
                      resolution_floor=floors["resolution"], retitled=retitled, withdrawals=withdrawals)
        chain.flush()
        written += len(chunk)
        indexes.written(written)
        if on_progress:
            on_progress(len(chunk))

    named_ids = False
    for record in records:
        if carried is not None:
            if "ledger" in record.extra:
                carried.add(record.extra["ledger"])
                named_ids = True
            else:
                carried.drop()
                carried = None
                if not named_ids:
                    # Not a whole export, and no row so far named its id: no ids to keep,
                    # and no set of every id written growing with the file.
                    kept_ids = None
        chunk.append(record)
        if len(chunk) >= size:
            flush()
            chunk = []
            if len(claim_ids) + len(seen_hashes) + len(known) > CACHE_LIMIT:
                # Memory stays flat however long the file: what was written is found again
                # through the indexes, inside this same transaction (only what ``written_keys``
                # may hold, into a database that had no claims).
                claim_ids.clear()
                seen_hashes.clear()
                known.clear()
    if chunk:
        flush()
    indexes.restore()
    if carried is not None and ledger.adopt(carried):
        summary.ledger_carried = True
    elif chain is not None:
        # Imported rows join the chain in the order they were first recorded; only the rows
        # this import added, so that no row slipped in by hand is laundered.
        chain.finish(floors)
    refresh_statistics(conn, t.metadata.sorted_tables, written, floors["prediction"])
    return summary


def _import_chunk(
    conn: Connection,
    chunk: list[ImportRecord],
    summary: ImportSummary,
    claim_ids: dict[str, StoredClaim],
    seen_hashes: dict[str, int],
    known: dict[str, dt.date | None],
    kept_ids: KeptIds | None = None,
    chain: ledger.ImportChain | None = None,
    written_keys: WrittenKeys | None = None,
    next_ids: NextIds | None = None,
    resolution_floor: int = 0,
    retitled: RetitledQuestions | None = None,
    withdrawals: SourceWithdrawals | None = None,
) -> None:
    p = t.prediction
    ids = next_ids or NextIds(conn)
    now = utc_now()
    # Claims first: a claim already stored (or met earlier in this file) keeps its first
    # wording, and every prediction of it takes that wording before it is hashed.
    keys, wordings = _claim_keys(chunk)
    unknown = [k for k in dict.fromkeys(keys) if k not in claim_ids]
    if written_keys is not None:  # the database held no claims: only this import's may be stored
        unknown = written_keys.maybe(unknown)
    if unknown:
        for key, cid, text, deadline in conn.execute(
            sa.select(t.claim.c.key, t.claim.c.id, t.claim.c.text, t.claim.c.deadline).where(t.claim.c.key.in_(unknown))
        ):
            claim_ids[key] = StoredClaim(int(cid), text, deadline)
        stored = {claim_ids[k].id: k for k in unknown if k in claim_ids}
        resolved = first_resolution_dates(conn, list(stored))
        known.update({key: resolved[cid] for cid, key in stored.items() if cid in resolved})
    if retitled is not None and written_keys is None:  # stored claims an edited title may stand for
        retitled.match(conn, chunk, keys, claim_ids, known, summary)
    if withdrawals is not None and written_keys is None:  # stored judgements the source may have withdrawn
        withdrawals.check(conn, chunk, keys, claim_ids, known, summary, chain)
    _check_no_hindsight(conn, chunk, keys, known, wordings, written_keys)
    new_claims: dict[str, tuple[str, dt.date | None, str]] = {}  # key -> (text, deadline, wording key)
    for record, key, words in zip(chunk, keys, wordings):
        if key not in claim_ids and key not in new_claims:
            new_claims[key] = (record.prediction.claim, record.prediction.deadline, words)
    if new_claims:
        # Ids are assigned here rather than read back with RETURNING, which SQLAlchemy can
        # only keep in order on SQLite by inserting one row per statement; this is safe
        # because the caller's transaction holds the write lock (BEGIN IMMEDIATE).
        first = ids.first(t.claim)
        claim_rows = [(first + n, text, deadline, key, words, now)
                      for n, (key, (text, deadline, words)) in enumerate(new_claims.items())]
        if kept_ids is not None:
            wanted = {record_claim_key(r): r.extra.get("claim_id") for r in reversed(chunk)}
            kept = _keep_ids([{"id": row[0]} for row in claim_rows], [wanted.get(row[3]) for row in claim_rows],
                             t.claim, kept_ids)
            claim_rows = [(chosen["id"], *row[1:]) for chosen, row in zip(kept, claim_rows)]
        insert_rows(conn, t.claim, CLAIM_COLUMNS, claim_rows)
        ids.used(t.claim, [row[0] for row in claim_rows])
        summary.claims_added += len(claim_rows)
        claim_ids.update((row[3], StoredClaim(row[0], row[1], row[2])) for row in claim_rows)
        if written_keys is not None:
            written_keys.update(row[3] for row in claim_rows)
            written_keys.update(row[4] for row in claim_rows)
    created_here = {claim_ids[key].id for key in new_claims}
    titles = [(claim_ids[key].id, *title) for record, key in zip(chunk, keys) if "claim_titles" in record.extra
              for title in record.extra["claim_titles"]]
    if retitled is not None:
        titles += retitled.new_titles(now)
    if titles:
        _store_titles(conn, titles, summary, chain, ids)
    # One pass: each record with its claim's stored wording, its content hash and its claim id.
    stored_chunk: list[ImportRecord] = []
    hashes: list[str] = []
    claim_of: list[int] = []
    for record, key in zip(chunk, keys):
        claim = claim_ids[key]
        entry = record.prediction
        if entry.claim != claim.text or (record.claim_ref is not None and entry.deadline != claim.deadline):
            record = _as_stored_claim(record, claim)
        digest = record.keys[2] if record.keys is not None else prediction_hash(record.prediction)
        if record.expected_hash and record.expected_hash != digest:
            raise UsageError(
                f"{record.position}: the row's hash does not match its fields (edited after export?); "
                "clear the hash column to import it as a new prediction"
            )
        stored_chunk.append(record)
        hashes.append(digest)
        claim_of.append(claim.id)
    chunk = stored_chunk
    lookup = [h for h in set(hashes) if h not in seen_hashes]
    if written_keys is not None:
        lookup = written_keys.maybe(lookup)
    if lookup:
        for pid, digest in conn.execute(sa.select(p.c.id, p.c.content_hash).where(p.c.content_hash.in_(lookup))):
            seen_hashes.setdefault(digest, pid)

    _ensure_articles(conn, chunk, now)

    # Predictions not stored yet (nor earlier in this file).
    taken = _sources_on(conn, [
        (cid, _folded(record.prediction.author), record.prediction.made_on)
        for record, digest, cid in zip(chunk, hashes, claim_of)
        if record.standing and digest not in seen_hashes and cid not in created_here
    ])
    fresh: list[tuple[ImportRecord, str, int]] = []
    for record, digest, cid in zip(chunk, hashes, claim_of):
        if digest in seen_hashes:
            summary.predictions_present += 1
            continue
        if record.standing:
            source = (cid, _folded(record.prediction.author), record.prediction.made_on)
            if source in taken:
                summary.skip(STANDING_CHANGED, record.position)
                continue
            taken.add(source)
        seen_hashes[digest] = -1  # placeholder until the insert returns the id
        fresh.append((record, digest, cid))
    if fresh:
        first = ids.first(p)
        new_ids = list(range(first, first + len(fresh)))
        if kept_ids is not None:
            new_ids = [row["id"] for row in _keep_ids([{"id": i} for i in new_ids], [r.extra.get("id") for r, _, _ in fresh], p, kept_ids)]
        # One pass over the new predictions: their rows (tuples, in the order of
        # ``driver_rows.PREDICTION_COLUMNS``: the values ``_prediction_values`` gives ``add``, as
        # the driver takes them), their tags and their ledger entries.
        # The row's values in the driver's form come from the reading process where it built them
        # for this dialect (``driver_rows``); the writer puts the ids and the hash in front.
        prediction_rows: list[tuple[Any, ...]] = []
        new_tags: list[tuple[int, str, str]] = []
        entries: list[tuple[int, dt.datetime, str, tuple[str, ...]]] = []
        folded = _folded
        convert = driver_rows.converter(conn.dialect.name)
        dialect, now_driver = convert.dialect, convert.stamp(now)
        for (record, digest, cid), pid in zip(fresh, new_ids):
            entry, keys = record.prediction, record.keys
            if keys is not None and len(keys) > 3 and keys[3][0] == dialect:
                _, recorded, body = keys[3]
            else:
                recorded, body = convert.prediction(entry)
            prediction_rows.append((pid, cid, digest, recorded or now_driver, *body))
            when, tags = entry.recorded_at or now, entry.tags
            seen_hashes[digest] = pid
            for tag in tags:
                new_tags.append((pid, tag, folded(tag)))
            entries.append((pid, when, digest, tags))
        insert_converted(conn, p, driver_rows.PREDICTION_COLUMNS, prediction_rows)
        ids.used(p, new_ids)
        if chain is not None:
            chain.predictions(entries)
        insert_tuples(conn, t.prediction_tag, TAG_COLUMNS, new_tags)
        if written_keys is not None:
            written_keys.update(digest for _, digest, _ in fresh)
        summary.predictions_added += len(fresh)

    # Resolutions: append those the claim does not already have, with their retractions.
    with_history = [(r, cid) for r, cid in zip(chunk, claim_of) if r.resolutions]
    if with_history:
        # A claim created by this chunk has no resolution stored yet: only the others are looked up.
        stored = _stored_resolutions(conn, list({cid for _, cid in with_history if cid not in created_here}))
        rows: list[tuple[Any, ...]] = []  # in the order of RESOLUTION_COLUMNS: the values ``_resolution_values`` gives
        retractions: list[dict[str, Any]] = []
        next_id = ids.first(t.resolution)
        stamp_now = _stamp(now)  # the rows of a chunk share the import's clock: formatted once
        for record, cid in with_history:
            have = stored.setdefault(cid, [])
            for entry in record.resolutions:
                match = _matching_resolution(have, entry, anywhere=record.claim_ref is not None) if have else None
                if match is None:
                    if record.claim_ref is not None and entry.recorded_at is None:
                        _check_same_outcome(record, entry, have, resolution_floor)
                        _report_outcome_change(record, entry, cid, have, resolution_floor, summary)
                    when = entry.recorded_at or now
                    rows.append((next_id, cid, entry.outcome, entry.resolved_on, entry.evidence, entry.note, when, entry.origin))
                    match = StoredResolution(next_id, entry.identity(), stamp_now if when is now else _stamp(when), False, True)
                    next_id += 1
                    have.append(match)
                elif match.id <= resolution_floor:  # stored before this import (not by an earlier chunk)
                    summary.present_resolution_ids.add(match.id)
                if entry.retraction is not None and not match.retracted:
                    match.retracted = True
                    retractions.append({
                        "resolution_id": match.id, "reason": entry.retraction.reason,
                        "recorded_at": entry.retraction.recorded_at or now,
                    })
        if rows:
            insert_rows(conn, t.resolution, RESOLUTION_COLUMNS, rows)
            ids.used(t.resolution, [rows[-1][0]])
            summary.resolutions_added += len(rows)
            if chain is not None:
                chain.resolutions(rows)
        if retractions and chain is not None:
            chain.give_up()
        record_retractions(conn, retractions)
        summary.retractions_added += len(retractions)

    # Amendment histories travel with exported predictions.
    amended = [(r, seen_hashes[h]) for r, h in zip(chunk, hashes) if r.amendments]
    if amended:
        a = t.amendment
        # An amendment is its version change at its time: two changes of tags alone have the
        # same hashes before and after (tags are not hashed) and are still two amendments.
        existing = {
            (pid, before, after, _stamp(when))
            for pid, before, after, when in conn.execute(
                sa.select(a.c.prediction_id, a.c.hash_before, a.c.hash_after, a.c.amended_at)
                .where(a.c.prediction_id.in_([pid for _, pid in amended]))
            )
        }
        rows = []
        for record, pid in amended:
            for step in record.amendments:
                identity = (pid, step.hash_before, step.hash_after, _stamp(step.amended_at))
                if identity in existing:
                    continue
                existing.add(identity)
                rows.append({
                    "prediction_id": pid, "amended_at": step.amended_at, "reason": step.reason,
                    "before": json.dumps(step.before, sort_keys=True, ensure_ascii=False),
                    "hash_before": step.hash_before, "hash_after": step.hash_after,
                })
        if rows:
            if chain is not None:
                chain.give_up()
            conn.execute(sa.insert(a), rows)
            summary.amendments_added += len(rows)


class RetitledQuestions:
    """Another system's question met again under an edited title (Fatebook, whose export has
    no question id): a record whose key is unknown but whose ``claim_family`` (the key's prefix
    that leaves the title out: creator, creation time, option) is that of exactly one claim
    stored before this import joins that claim, unless this import also gives that claim under
    its own key (then they are two questions born in the same second). A record's
    ``claim_aliases`` are older keys of the same question (Fatebook keys before the family)."""

    def __init__(self, conn: Connection) -> None:
        self.floor = int(conn.execute(sa.select(sa.func.max(t.claim.c.id))).scalar() or 0)
        self.direct: set[int] = set()  # stored claims this import met under their own key
        self.renamed: dict[int, str] = {}  # stored claim id -> the edited title's key that joined it
        self._titles: list[tuple[int, str, str]] = []  # (claim id, new title, tool) met since new_titles()

    def new_titles(self, now: dt.datetime) -> list[tuple[int, str, str, dt.datetime]]:
        """The edited titles found since the last call, to be stored beside their claims."""
        found = [(cid, title, origin, now) for cid, title, origin in self._titles]
        self._titles = []
        return found

    def match(self, conn: Connection, chunk: list[ImportRecord], keys: list[str], claim_ids: dict[str, StoredClaim],
              known: dict[str, dt.date | None], summary: ImportSummary) -> None:
        missed: set[str] = set()  # new questions of this chunk: looked up once, not once a row
        for record, key in zip(chunk, keys):
            family = record.extra.get("claim_family")
            if family is None or key in missed:
                continue
            found = claim_ids.get(key)
            if found is not None:
                if found.id <= self.floor and self.renamed.get(found.id, key) != key:
                    raise UsageError(
                        f"{record.position}: this question and the one taken for an edited title of claim {found.id} "
                        "share their creator, creation time and option, and both are in this file: tracker cannot "
                        f"tell which one claim {found.id} is; nothing was imported"
                    )
                if found.id <= self.floor and found.id not in self.renamed:
                    self.direct.add(found.id)
                continue
            claim, retitled = self._stored(conn, record.extra.get("claim_aliases", ()), family)
            if claim is None or (retitled and claim.id not in self.renamed and not self._same_forecasts(conn, claim, key, chunk, keys)):
                missed.add(key)
                continue
            claim_ids[key] = claim
            if not retitled:
                self.direct.add(claim.id)  # the same question under its key of an older tracker
            elif claim.id not in self.renamed:
                self.renamed[claim.id] = key
                summary.retitled.append((claim.id, claim.text, record.prediction.claim, record.position))
                self._titles.append((claim.id, record.prediction.claim, record.extra.get("claim_origin", "Fatebook")))
            resolved = first_resolution_dates(conn, [claim.id])
            if claim.id in resolved:
                known[key] = resolved[claim.id]

    @staticmethod
    def _same_forecasts(conn: Connection, claim: StoredClaim, key: str, chunk: list[ImportRecord], keys: list[str]) -> bool:
        """An edited title keeps its question's forecasts: every forecast stored on ``claim``
        (forecaster, day, probability), at least two of them, must be among this chunk's rows
        under ``key``. One shared forecast is not enough: two questions a user made in the same
        second (a spreadsheet import) can both carry "50% today", and joining a different
        question to a claim would give it the other's outcome. When in doubt it is a new claim."""
        p = t.prediction
        stored = Counter(tuple(row) for row in conn.execute(
            sa.select(p.c.author_key, p.c.made_on, p.c.probability).where(p.c.claim_id == claim.id)))
        given = Counter(
            (_folded(r.prediction.author), r.prediction.made_on, r.prediction.probability)
            for r, k in zip(chunk, keys) if k == key
        )
        return sum(stored.values()) >= 2 and stored <= given

    def _stored(self, conn: Connection, aliases: tuple[str, ...], family: str) -> tuple[StoredClaim | None, bool]:
        """The stored claim an unknown key stands for, and whether it is a retitling (else an alias)."""
        c = t.claim
        if aliases:
            row = conn.execute(sa.select(c.c.id, c.c.text, c.c.deadline).where(c.c.key.in_(list(aliases))).limit(1)).first()
            if row is not None:
                return StoredClaim(int(row.id), row.text, row.deadline), False
        rows = conn.execute(
            sa.select(c.c.id, c.c.text, c.c.deadline)
            .where(c.c.key >= family, c.c.key < family + "~", c.c.id <= self.floor).limit(2)
        ).all()
        if len(rows) != 1 or int(rows[0].id) in self.direct:
            return None, False
        return StoredClaim(int(rows[0].id), rows[0].text, rows[0].deadline), True


def _store_titles(conn: Connection, titles: list[tuple[int, str, str, dt.datetime]], summary: ImportSummary,
                  chain: ledger.ImportChain | None, ids: NextIds) -> None:
    """What other systems call claims' questions ((claim id, title, origin, when first seen)):
    each title once per claim, however many rows or imports repeat it, with its ledger entry."""
    x = t.claim_title
    claims = sorted({cid for cid, _, _, _ in titles})
    have: set[tuple[int, str]] = set()
    step = lookup_step(conn)
    for start in range(0, len(claims), step):
        have.update((int(cid), title) for cid, title in
                    conn.execute(sa.select(x.c.claim_id, x.c.title).where(x.c.claim_id.in_(claims[start : start + step]))))
    rows: list[dict[str, Any]] = []
    first = ids.first(x)
    for cid, title, origin, when in titles:
        if (cid, title) in have:
            continue
        have.add((cid, title))
        rows.append({"id": first + len(rows), "claim_id": cid, "title": title, "origin": origin, "recorded_at": when})
    if rows:
        insert_many(conn, x, rows)
        ids.used(x, [row["id"] for row in rows])
        summary.titles_added += len(rows)
        if chain is not None:
            for row in rows:
                chain.claim_title(row)


def _sources_on(conn: Connection, sources: list[tuple[int, str, dt.date]]) -> set[tuple[int, str, dt.date]]:
    """Which of these (claim id, folded author, day made) already have a prediction stored
    (through the index on ``claim_id``, which an import keeps up to date: ``bulk.DEFERRED_INDEXES``)."""
    if not sources:
        return set()
    p = t.prediction
    wanted = set(sources)
    claims = sorted({claim for claim, _, _ in wanted})
    found: set[tuple[int, str, dt.date]] = set()
    step = lookup_step(conn)
    for start in range(0, len(claims), step):
        rows = conn.execute(
            sa.select(p.c.claim_id, p.c.author_key, p.c.made_on).where(p.c.claim_id.in_(claims[start : start + step])).distinct()
        )
        found.update(source for source in ((int(cid), key, day) for cid, key, day in rows) if source in wanted)
    return found


def _report_outcome_change(record: ImportRecord, entry: ResolutionInput, claim_id: int, have: list[StoredResolution],
                           floor: int, summary: ImportSummary) -> None:
    """Another system's judgement with another outcome than the claim's current resolution
    (stored before this import): appended, it becomes the one that counts, and the import says
    so, naming what it replaces (the old one stays in the history, as with ``resolve`` again)."""
    live = [h for h in have if not h.retracted]
    if entry.origin is None or not live or live[-1].id > floor or live[-1].identity[0] == entry.outcome:
        return
    old = live[-1]
    summary.source_change(SourceChange(
        record.position, claim_id, record.claim_ref or "", entry.origin, old.id, old.identity[0], old.identity[1],
        old.origin, "replaced", entry.outcome, entry.resolved_on.isoformat(),
    ))


class SourceWithdrawals:
    """Judgements another system has withdrawn since they were imported: a row of a later
    export that gives its question no outcome (``open_at_source``), on a claim whose current
    resolution was imported from that same tool (``resolution.origin``).

    Never silent: each is reported (``SourceChange``). Followed (``--follow-withdrawals``), the
    tool's judgements on top of the claim's history are retracted, with a reason naming the tool
    and the file, in the import's transaction and its ledger, like any retraction. A resolution
    the tool did not give (typed with ``resolve``, or imported before origins were kept) is
    never retracted by an import: it is reported, with the command that would retract it."""

    def __init__(self, follow: bool, files: str) -> None:
        self.follow = follow
        self.files = files
        self.claim_floor = 0
        self.resolution_floor = 0
        self.reported: set[int] = set()  # claims already reported (few: only claims with a change)

    def start(self, claim_floor: int, resolution_floor: int) -> None:
        """The highest claim and resolution ids before this import: only those can have been withdrawn."""
        self.claim_floor, self.resolution_floor = claim_floor, resolution_floor

    def check(self, conn: Connection, chunk: list[ImportRecord], keys: list[str], claim_ids: dict[str, StoredClaim],
              known: dict[str, dt.date | None], summary: ImportSummary, chain: ledger.ImportChain | None) -> None:
        judged = {key for record, key in zip(chunk, keys) if record.resolutions}  # the file judges it elsewhere
        candidates: dict[int, tuple[ImportRecord, str]] = {}
        for record, key in zip(chunk, keys):
            if "open_at_source" not in record.extra or key in judged:
                continue
            claim = claim_ids.get(key)
            if claim is None or claim.id > self.claim_floor or claim.id in self.reported or claim.id in candidates:
                continue
            candidates[claim.id] = (record, key)
        if not candidates:
            return
        stored = _stored_resolutions(conn, list(candidates))
        now = utc_now()
        retractions: list[dict[str, Any]] = []
        followed: dict[int, str] = {}
        for cid, (record, key) in candidates.items():
            tool = record.extra["open_at_source"]
            live = [h for h in stored.get(cid, []) if not h.retracted]
            if not live or live[-1].id > self.resolution_floor:  # unresolved here too, or judged by this file
                continue
            self.reported.add(cid)
            ref = record.claim_ref or ""
            if live[-1].origin != tool:
                top = live[-1]
                summary.source_change(SourceChange(record.position, cid, ref, tool, top.id, top.identity[0],
                                                   top.identity[1], top.origin, "kept"))
                continue
            # The tool's judgements on top of the history (a question judged twice there), newest first.
            for resolution in itertools.takewhile(lambda h: h.origin == tool, reversed(live)):
                summary.source_change(SourceChange(
                    record.position, cid, ref, tool, resolution.id, resolution.identity[0], resolution.identity[1],
                    resolution.origin, "retracted" if self.follow else "kept",
                ))
                if self.follow:
                    resolution.retracted = True
                    reason = RetractionInput(reason=(
                        f"withdrawn at the source: {tool} gives {ref} no outcome in {self.files} ({record.position}); "
                        "retracted by tracker import --follow-withdrawals")).checked().reason
                    retractions.append({"resolution_id": resolution.id, "reason": reason, "recorded_at": now})
                    followed[cid] = key
        if retractions:
            if chain is not None:
                chain.give_up()  # a retraction's entry is computed from the stored rows, at the end
            record_retractions(conn, retractions)
            summary.retractions_added += len(retractions)
            # What remains known of each claim's outcome (a resolution typed under the tool's, say).
            dates = first_resolution_dates(conn, list(followed))
            for cid, key in followed.items():
                known[key] = dates.get(cid)


def _check_same_outcome(record: ImportRecord, entry: ResolutionInput, have: list[StoredResolution], floor: int) -> None:
    """Another system's question has one outcome in one export: an outcome that differs from the
    one an earlier row of this file gave it (a resolution this import added, id above ``floor``)
    refuses the file. The readers refuse such a row themselves when the two rows are near each
    other (``foreign.Outcomes``); this catches the rest without remembering every question."""
    earlier = next((h for h in have if h.id > floor and not h.retracted and h.identity[0] != entry.outcome), None)
    if earlier is not None:
        raise UsageError(
            f"{record.position}: outcome {entry.outcome} contradicts outcome {earlier.identity[0]} that an earlier row "
            "of this file gave the same question; nothing was imported"
        )


class KeptIds:
    """Which ids a whole export imported into an empty database has already given out: the
    ones its table holds, since the import wrote every row there (asked of the primary key,
    chunk by chunk, so that no set of every id grows with the file)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def used(self, table: sa.Table, ids: set[int]) -> set[int]:
        found: set[int] = set()
        wanted = sorted(ids)
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            found.update(self.conn.execute(sa.select(table.c.id).where(table.c.id.in_(part))).scalars())
        return found


def _keep_ids(rows: list[dict[str, Any]], wanted: list[int | None], table: sa.Table, kept: KeptIds) -> list[dict[str, Any]]:
    """Give rows the ids their file names, where those are free (whatever order the file
    lists them in); the others take, in order, the next ids from the rows' own that no row
    holds."""
    used = kept.used(table, {want for want in wanted if want is not None})
    given: list[int | None] = []
    for want in wanted:
        if want is not None and want not in used:
            used.add(want)
            given.append(want)
        else:
            given.append(None)
    spare = (i for i in itertools.count(rows[0]["id"]) if i not in used) if rows else iter(())
    return [dict(row, id=want if want is not None else next(spare)) for row, want in zip(rows, given)]


def _claim_keys(chunk: list[ImportRecord]) -> tuple[list[str], list[str]]:
    """Each record's claim key (``record_claim_key``) and wording key, the wording normalised once."""
    keys, wordings = [], []
    for record in chunk:
        if record.keys is not None:  # computed by the reading process (``interchange.pipeline``)
            keys.append(record.keys[0])
            wordings.append(record.keys[1])
            continue
        key, words = claim_keys(record.prediction.claim, record.prediction.deadline)
        keys.append(record.claim_ref or key)
        wordings.append(words)
    return keys, wordings


def _check_no_hindsight(conn: Connection, chunk: list[ImportRecord], keys: list[str], known: dict[str, dt.date | None],
                        wording: list[str], written_keys: WrittenKeys | None = None) -> None:
    """Every row, in file order, against what was known when it was made: the database's
    resolutions and those of earlier rows of this file (across chunks), and the same words
    resolved under another deadline. ``known`` maps claim keys to the first outcome date.
    With ``written_keys`` (the database held no claims), only wordings this import may have
    written are looked up."""
    c = t.claim
    resolved_wordings: dict[str, list[tuple[str, ResolvedWording]]] = {}
    wanted = set(wording) if written_keys is None else set(written_keys.maybe(set(wording)))
    rows = conn.execute(
        sa.select(c.c.id, c.c.key, c.c.wording_key, c.c.deadline).where(c.c.wording_key.in_(list(wanted)))
    ).all() if wanted else []
    dates = first_resolution_dates(conn, [int(row.id) for row in rows])
    for row in rows:
        if row.id in dates:
            resolved_wordings.setdefault(row.wording_key, []).append(
                (row.key, ResolvedWording(int(row.id), row.deadline, dates[row.id]))
            )
    get_known = known.get
    for record, key, words in zip(chunk, keys, wording):
        entry = record.prediction
        first = get_known(key)
        if first is None and words not in resolved_wordings:  # nothing known yet: nothing to check
            if record.resolutions:
                live = [r.resolved_on for r in record.resolutions if r.retraction is None]
                if live:
                    known[key] = min(live)
            continue
        try:
            check_made_before_outcome(entry.made_on, first)
            # Another system's question is its own: the same words there are another question
            # (the gym this week, every week), whose outcome says nothing about this one.
            others = resolved_wordings.get(words, []) if record.claim_ref is None else []
            for other_key, other in others:
                if other_key != key and entry.made_on > other.resolved_on:
                    raise UsageError(
                        f"the same words are claim {other.claim_id}, resolved on {other.resolved_on.isoformat()}: "
                        f"a prediction made on {entry.made_on.isoformat()} came after that outcome was known"
                    )
        except UsageError as exc:
            tool = record.extra.get("open_at_source")
            hint = (f" ({tool} gives the question no outcome now: import with --follow-withdrawals to retract a "
                    f"resolution imported from {tool}, or tracker retract one recorded otherwise)") if tool else ""
            raise UsageError(f"{record.position}: {exc.message}{hint}; nothing was imported") from None
        live = [r.resolved_on for r in record.resolutions if r.retraction is None]
        if live:
            first = known.get(key)
            known[key] = min(live) if first is None else min(first, *live)


class NextIds:
    """The next free id of each table an import numbers itself, read once and then counted:
    the import holds the write lock, and every row it adds to these tables goes through here."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.next: dict[str, int] = {}

    def first(self, table: sa.Table) -> int:
        if table.name not in self.next:
            self.next[table.name] = _next_id(self.conn, table)
        return self.next[table.name]

    def used(self, table: sa.Table, ids: list[int]) -> None:
        if ids:
            self.next[table.name] = max(self.first(table), max(ids) + 1)


def _next_id(conn: Connection, table: sa.Table) -> int:
    # A bare max(id) is read from the end of the primary key; wrapped in coalesce(), SQLite
    # scans the whole table instead, once per chunk.
    return int(conn.execute(sa.select(sa.func.max(table.c.id))).scalar() or 0) + 1


# --- articles ------------------------------------------------------------------------


def _ensure_articles(conn: Connection, chunk: list[ImportRecord], now: dt.datetime) -> None:
    """Imported predictions may point at articles: bring the article records along."""
    wanted: dict[str, dict[str, Any]] = {}
    for record in chunk:
        sha = record.prediction.article_sha256
        if sha and sha not in wanted:
            info = record.extra.get("article") or {}
            published = info.get("published")
            wanted[sha] = {
                "sha256": sha,
                "path": info.get("path"),
                "title": info.get("title"),
                "author": info.get("author"),
                "published": dt.date.fromisoformat(published) if published else None,
                "outlet": info.get("outlet"),
                "saved_at": _parse_stamp(info.get("saved_at")) or now,
            }
    if not wanted:
        return
    present = set(conn.execute(sa.select(t.article.c.sha256).where(t.article.c.sha256.in_(list(wanted)))).scalars())
    missing = [row for sha, row in wanted.items() if sha not in present]
    if missing:
        conn.execute(sa.insert(t.article), missing)


def _parse_stamp(value: Any) -> dt.datetime | None:
    if not value:
        return None
    stamp = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return stamp.astimezone(dt.timezone.utc) if stamp.tzinfo else stamp.replace(tzinfo=dt.timezone.utc)



def article_saved(conn: Connection, sha256: str) -> bool:
    return conn.execute(sa.select(t.article.c.sha256).where(t.article.c.sha256 == sha256)).scalar() is not None


def save_article(
    conn: Connection, *, sha256: str, path: str | None, title: str | None, author: str | None,
    published: dt.date | None, outlet: str | None,
) -> bool:
    """Remember an article by the hash of its text; False when it was saved before."""
    if article_saved(conn, sha256):
        return False
    conn.execute(
        sa.insert(t.article).values(
            sha256=sha256, path=path, title=title, author=author, published=published, outlet=outlet, saved_at=utc_now()
        )
    )
    return True


__all__ = [
    "AddResult", "AmendResult", "ImportSummary", "Problem", "ResolveResult", "add_prediction",
    "amend_prediction", "article_saved", "import_records", "resolve_prediction",
    "save_article", "verify_hashes",
]
