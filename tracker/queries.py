"""Reading predictions back: listings, one prediction in full, the due list.

Rows come out as plain dicts in the JSON contract (ISO dates, ``outcome`` as
true/false/"ambiguous"/"annulled"/null), streamed in chunks so a listing of a million
predictions never holds them all in memory.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tracker.storage import tables as t
from tracker.dates import today
from tracker.errors import NotFoundError, UsageError

#: Columns of ``list --csv``, ``export --csv`` and the CSV that ``import`` reads.
CSV_COLUMNS = (
    "id", "claim", "author", "outlet", "date", "deadline", "probability", "quote", "url",
    "tags", "status", "outcome", "resolved_on", "evidence", "note", "hash", "recorded_at",
)
STATUSES = ("open", "resolved", "due", "all")
CHUNK = 1_000


@dataclass(frozen=True)
class Filters:
    """Which predictions a listing, a scorecard or a report covers."""

    author: str | None = None
    outlet: str | None = None
    tag: str | None = None
    status: str = "all"
    since: dt.date | None = None
    until: dt.date | None = None
    # Scoring only: count every prediction, instead of each source's latest one per claim.
    every: bool = False

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise UsageError(f"status {self.status!r} is not one of: {', '.join(STATUSES)}")
        if self.since and self.until and self.since > self.until:
            raise UsageError(f"--since {self.since} is after --until {self.until}")


def not_retracted(resolution: Any) -> Any:
    """A retracted resolution was a mistake: no view counts it, whatever the date.

    ``NOT IN`` the (few) retracted ids rather than a correlated ``NOT EXISTS``: PostgreSQL
    hashes them once, where it had run an anti-join per resolution, twice for each claim's
    latest resolution (1.9-2.8 s against 1.1-1.5 s over 750,000 resolutions on a busy
    machine); SQLite looks each id up in the unique index either way."""
    rt = t.retraction
    return resolution.c.id.not_in(sa.select(rt.c.resolution_id))


def latest_resolutions(as_of: dt.date | None = None) -> sa.Subquery:
    """Each claim's latest resolution (the last one recorded that is not retracted), optionally
    as known on ``as_of`` (the last recorded among those dated on or before it).

    Written as "no later resolution of the same claim exists" rather than a join on
    ``max(id) GROUP BY claim_id``: the aggregate forces SQLite to materialise the subquery,
    which it then scanned once per prediction (quadratic on a large database), whereas this
    form is flattened into the caller's join and looked up through ``ix_resolution_claim_id``.
    """
    r = t.resolution
    later = t.resolution.alias("later")
    newer = sa.select(later.c.id).where(later.c.claim_id == r.c.claim_id, later.c.id > r.c.id, not_retracted(later))
    stmt = sa.select(r.c.claim_id, r.c.outcome, r.c.resolved_on, r.c.evidence, r.c.note).where(not_retracted(r))
    if as_of is not None:
        newer = newer.where(later.c.resolved_on <= as_of)
        stmt = stmt.where(r.c.resolved_on <= as_of)
    return stmt.where(~newer.exists()).subquery("latest")


def apply_filters(stmt: sa.Select, filters: Filters, columns: Any = None) -> sa.Select:  # type: ignore[type-arg]
    """The WHERE clauses shared by listings, scorecards, calibration and reports.

    ``columns`` is where the prediction's ``author_key``, ``outlet_key``, ``made_on`` and id
    (as ``id`` or ``prediction_id``) are read: the prediction table by default, or a subquery
    of rows already chosen by the scorecard's rule."""
    from tracker.names import fold

    c = (columns if columns is not None else t.prediction).c
    prediction_id = c.prediction_id if "prediction_id" in c else c.id
    if filters.author is not None:
        stmt = stmt.where(c.author_key == fold(filters.author))
    if filters.outlet is not None:
        stmt = stmt.where(c.outlet_key == fold(filters.outlet))
    if filters.tag is not None:
        tagged = sa.select(t.prediction_tag.c.prediction_id).where(t.prediction_tag.c.tag_key == fold(filters.tag))
        stmt = stmt.where(prediction_id.in_(tagged))
    if filters.since is not None:
        stmt = stmt.where(c.made_on >= filters.since)
    if filters.until is not None:
        stmt = stmt.where(c.made_on <= filters.until)
    return stmt


SOURCE_COLUMNS = {"author": ("author", "author_key"), "outlet": ("outlet", "outlet_key"), "tag": ("tag", "tag_key")}


def check_sources(conn: Connection, filters: Filters) -> None:
    """A name filter that matches no source is refused, with the nearest names, rather than
    answered with an empty listing that looks like a clean record."""
    for kind in ("author", "outlet", "tag"):
        wanted = getattr(filters, kind)
        if wanted is not None:
            check_source(conn, kind, wanted)


def check_source(conn: Connection, kind: str, wanted: str) -> None:
    from tracker.names import fold, nearest

    name, key = SOURCE_COLUMNS[kind]
    table = t.prediction_tag if kind == "tag" else t.prediction
    if conn.execute(sa.select(table.c[key]).where(table.c[key] == fold(wanted)).limit(1)).first() is not None:
        return
    known = [row[0] for row in conn.execute(sa.select(table.c[name]).where(table.c[name].is_not(None)).distinct())]
    close = nearest(wanted, known)
    hint = f"; did you mean {', '.join(repr(n) for n in close)}?" if close else ""
    what = "with tag" if kind == "tag" else f"by {kind}"
    raise UsageError(f"no predictions {what} {wanted!r}{hint}")


def _prediction_select(filters: Filters, as_of: dt.date | None = None) -> tuple[sa.Select, sa.Subquery]:  # type: ignore[type-arg]
    """Predictions with their status and latest outcome, as known today or on ``as_of``."""
    p, c = t.prediction, t.claim
    latest = latest_resolutions(as_of)
    now = as_of or today()
    status = sa.case(
        (latest.c.outcome.is_not(None), "resolved"),
        (sa.and_(c.c.deadline.is_not(None), c.c.deadline < now), "due"),
        else_="open",
    ).label("status")
    stmt = (
        sa.select(
            p.c.id, p.c.claim_id, c.c.text.label("claim"), p.c.author, p.c.outlet,
            p.c.made_on, c.c.deadline, p.c.probability, p.c.quote, p.c.url, status,
            latest.c.outcome, latest.c.resolved_on, latest.c.evidence, latest.c.note,
            p.c.content_hash, p.c.recorded_at, p.c.article_sha256,
        )
        .select_from(p.join(c, c.c.id == p.c.claim_id))
        .outerjoin(latest, latest.c.claim_id == p.c.claim_id)
    )
    stmt = apply_filters(stmt, filters)
    if filters.status == "open":  # "open" means not yet resolved, whether due or not
        stmt = stmt.where(latest.c.outcome.is_(None))
    elif filters.status == "resolved":
        stmt = stmt.where(latest.c.outcome.is_not(None))
    elif filters.status == "due":
        stmt = stmt.where(latest.c.outcome.is_(None), c.c.deadline.is_not(None), c.c.deadline < now)
    if as_of is not None:
        stmt = stmt.where(p.c.made_on <= as_of)
    return stmt, latest


def outcome_value(outcome: str | None) -> bool | str | None:
    """The JSON contract: true/false as booleans, the unscored outcomes as strings."""
    if outcome == "true":
        return True
    if outcome == "false":
        return False
    return outcome


def iso(value: dt.date | dt.datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
        return value.isoformat(timespec="microseconds") + "Z"
    return value.isoformat()


def _row_dict(row: sa.Row[Any], tags: list[str]) -> dict[str, Any]:
    return {
        "id": row.id,
        "claim_id": row.claim_id,
        "claim": row.claim,
        "author": row.author,
        "outlet": row.outlet,
        "date": iso(row.made_on),
        "deadline": iso(row.deadline),
        "probability": row.probability,
        "quote": row.quote,
        "url": row.url,
        "tags": tags,
        "status": row.status,
        "outcome": outcome_value(row.outcome),
        "resolved_on": iso(row.resolved_on),
        "evidence": row.evidence,
        "note": row.note,
        "hash": row.content_hash,
        "recorded_at": iso(row.recorded_at),
        "article_sha256": row.article_sha256,
    }


def tags_for(conn: Connection, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {i: [] for i in ids}
    if not ids:
        return found
    rows = conn.execute(
        sa.select(t.prediction_tag.c.prediction_id, t.prediction_tag.c.tag)
        .where(t.prediction_tag.c.prediction_id.in_(ids))
        .order_by(t.prediction_tag.c.prediction_id, t.prediction_tag.c.tag)
    )
    for pid, tag in rows:
        found[pid].append(tag)
    return found


def iter_predictions(conn: Connection, filters: Filters, *, order: str = "newest",
                     limit: int | None = None, offset: int = 0, as_of: dt.date | None = None) -> Iterator[dict[str, Any]]:
    """Predictions matching ``filters``: ``newest`` first, ``oldest`` deadline first, or by ``id``;
    ``limit`` rows after the first ``offset`` (the database skips them, through the index).
    With ``as_of``, only predictions made by then, with the outcomes known by then."""
    stmt, _, limit, offset = _listing_select(filters, order, limit, offset, as_of)
    stmt = _ordered(stmt, order, limit, offset)
    # Small pages come back in one chunk; long streams in chunks, each with one tag query.
    size = min(CHUNK, limit) if limit else CHUNK
    for chunk in conn.execute(stmt).partitions(size):
        tags = tags_for(conn, [row.id for row in chunk])
        for row in chunk:
            yield _row_dict(row, tags[row.id])


def _listing_select(filters: Filters, order: str, limit: int | None, offset: int, as_of: dt.date | None = None,
                    ) -> tuple[sa.Select, sa.Subquery, int | None, int]:  # type: ignore[type-arg]
    """``_prediction_select`` for a listing, with the ``limit`` and ``offset`` still to apply.

    A page whose rows the prediction table alone decides is chosen there first, and only its
    rows are joined to claims and resolutions: a tag's 83,000 predictions (of 1,100,000) were
    all joined, then sorted, for a page of 50."""
    if limit is None or filters.status != "all" or as_of is not None or order not in ("newest", "id"):
        stmt, latest = _prediction_select(filters, as_of)
        return stmt, latest, limit, offset
    p = t.prediction
    page = _ordered(apply_filters(sa.select(p.c.id), filters), order, limit, offset)
    stmt, latest = _prediction_select(Filters())
    return stmt.where(p.c.id.in_(page)), latest, None, 0


def _ordered(stmt: sa.Select, order: str, limit: int | None, offset: int) -> sa.Select:  # type: ignore[type-arg]
    p, c = t.prediction, t.claim
    if order == "newest":
        stmt = stmt.order_by(p.c.made_on.desc(), p.c.id.desc())
    elif order == "deadline":
        # Claim, then prediction, within a deadline: the order the deadline index gives for
        # free, so the first page of a million due rows needs no sort.
        stmt = stmt.order_by(c.c.deadline.asc(), c.c.id.asc(), p.c.id.asc())
    else:
        stmt = stmt.order_by(p.c.id.asc())
    if limit is not None:
        stmt = stmt.limit(limit)
    if offset:
        stmt = stmt.offset(offset)
    return stmt


def iter_listing_lines(conn: Connection, filters: Filters, *, order: str = "newest",
                       limit: int | None = None, offset: int = 0) -> Iterator[tuple[Any, ...]]:
    """The rows of ``iter_predictions`` as piped listings print them (id, date, author, claim,
    probability, deadline, status or outcome), reading only those columns: a stream of a
    million rows needs no tags and no dictionaries."""
    stmt, latest, limit, offset = _listing_select(filters, order, limit, offset)
    p, c = t.prediction, t.claim
    stmt = stmt.with_only_columns(p.c.id, p.c.made_on, p.c.author, c.c.text, p.c.probability, c.c.deadline,
                                  stmt.selected_columns.status, latest.c.outcome, maintain_column_froms=True)
    for chunk in conn.execute(_ordered(stmt, order, limit, offset)).partitions(CHUNK):
        for pid, made_on, author, claim, probability, deadline, status, outcome in chunk:
            yield (pid, made_on.isoformat(), author, claim, probability,
                   deadline.isoformat() if deadline else None, outcome if status == "resolved" else status)


def get_prediction(conn: Connection, prediction_id: int, *, others: int | None = None) -> dict[str, Any]:
    """One prediction with its claim's resolution history, its amendments and its fellow
    predictions (the first ``others`` of them, with ``same_claim_count`` saying how many in all)."""
    from tracker.records import check_id

    check_id(prediction_id)
    stmt, _ = _prediction_select(Filters())
    row = conn.execute(stmt.where(t.prediction.c.id == prediction_id)).first()
    if row is None:
        raise NotFoundError(f"no prediction with id {prediction_id}")
    detail = _row_dict(row, tags_for(conn, [row.id])[row.id])
    detail["resolutions"] = resolution_history(conn, row.claim_id)
    titles = claim_titles(conn, [row.claim_id]).get(row.claim_id)
    if titles:  # only then: the JSON of every other claim stays as it was
        detail["claim_titles"] = [{k: v for k, v in title.items() if k != "id"} for title in titles]
    detail["amendments"] = amendment_history(conn, prediction_id)
    fellows = (
        sa.select(t.prediction.c.id, t.prediction.c.author, t.prediction.c.probability, t.prediction.c.made_on)
        .where(t.prediction.c.claim_id == row.claim_id, t.prediction.c.id != prediction_id)
        .order_by(t.prediction.c.made_on, t.prediction.c.id)
    )
    detail["same_claim"] = [
        {"id": o.id, "author": o.author, "probability": o.probability, "date": iso(o.made_on)}
        for o in conn.execute(fellows if others is None else fellows.limit(others))
    ]
    if others is not None and len(detail["same_claim"]) == others:
        detail["same_claim_count"] = int(conn.execute(sa.select(sa.func.count()).select_from(fellows.subquery())).scalar_one())
    return detail


def resolution_history(conn: Connection, claim_id: int) -> list[dict[str, Any]]:
    """Every resolution of a claim, oldest first; the last one is the one that counts."""
    return resolution_histories(conn, [claim_id]).get(claim_id, [])


def resolution_histories(conn: Connection, claim_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Each claim's resolutions, oldest first, each with its retraction (or null)."""
    r, rt = t.resolution, t.retraction
    found: dict[int, list[dict[str, Any]]] = {}
    if not claim_ids:
        return found
    rows = conn.execute(
        sa.select(r, rt.c.reason.label("retraction_reason"), rt.c.recorded_at.label("retraction_recorded_at"))
        .select_from(r.outerjoin(rt, rt.c.resolution_id == r.c.id))
        .where(r.c.claim_id.in_(claim_ids))
        .order_by(r.c.id)
    )
    for x in rows:
        entry = {
            "id": x.id,
            "outcome": outcome_value(x.outcome),
            "resolved_on": iso(x.resolved_on),
            "evidence": x.evidence,
            "note": x.note,
            "recorded_at": iso(x.recorded_at),
            "retraction": None if x.retraction_recorded_at is None else {
                "reason": x.retraction_reason, "recorded_at": iso(x.retraction_recorded_at),
            },
        }
        if x.origin is not None:  # imported from another tool's export (only then: older exports stay as they were)
            entry["origin"] = x.origin
        found.setdefault(x.claim_id, []).append(entry)
    return found


def claim_titles(conn: Connection, claim_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """What other systems have called each claim's question since it was imported (an edited
    Fatebook title), oldest first; the claim's own wording is the one its forecasts were made on."""
    x = t.claim_title
    found: dict[int, list[dict[str, Any]]] = {}
    for start in range(0, len(claim_ids), CHUNK):
        rows = conn.execute(sa.select(x).where(x.c.claim_id.in_(claim_ids[start : start + CHUNK])).order_by(x.c.id))
        for row in rows:
            found.setdefault(row.claim_id, []).append(
                {"id": row.id, "title": row.title, "origin": row.origin, "recorded_at": iso(row.recorded_at)})
    return found


def amendment_history(conn: Connection, prediction_id: int) -> list[dict[str, Any]]:
    """Earlier versions of a prediction, oldest first, each with the reason it changed."""
    a = t.amendment
    rows = conn.execute(sa.select(a).where(a.c.prediction_id == prediction_id).order_by(a.c.id))
    return [
        {
            "amended_at": iso(x.amended_at),
            "reason": x.reason,
            "before": json.loads(x.before),
            "hash_before": x.hash_before,
            "hash_after": x.hash_after,
        }
        for x in rows
    ]


def count_listing(conn: Connection, filters: Filters, *, cap: int = 10_000) -> tuple[int, bool]:
    """How many rows ``iter_predictions`` would give, for the line under a terminal page, and
    whether that is exact. Without a status filter the count reads one index; with one, each
    row needs its resolutions, so counting stops past ``cap`` ("more than 10,000")."""
    if filters.status == "all":
        return count_predictions(conn, filters), True
    stmt, _ = _prediction_select(filters)
    found = int(conn.execute(sa.select(sa.func.count()).select_from(stmt.limit(cap + 1).subquery())).scalar_one())
    return min(found, cap), found <= cap


def count_predictions(conn: Connection, filters: Filters) -> int:
    """How many predictions ``filters`` select (the report says how many it left out)."""
    if filters.tag is not None and (filters.author, filters.outlet, filters.since, filters.until) == (None,) * 4:
        # The tag's own rows say how many predictions carry it (every tag row has its
        # prediction): a quarter of the time of looking each prediction up.
        from tracker.names import fold

        pt = t.prediction_tag
        tagged = sa.select(sa.func.count(sa.distinct(pt.c.prediction_id))).where(pt.c.tag_key == fold(filters.tag))
        return int(conn.execute(tagged).scalar_one())
    stmt = apply_filters(sa.select(sa.func.count()).select_from(t.prediction), filters)
    return int(conn.execute(stmt).scalar_one())


def claim_refs(conn: Connection, claim_ids: list[int] | None) -> dict[int, str]:
    """Claims that are another system's questions, by their ``system:id`` key (see
    store.record_claim_key); all of them when ``claim_ids`` is None."""
    c = t.claim
    stmt = sa.select(c.c.id, c.c.key).where(c.c.key.contains(":"))
    if claim_ids is not None:
        stmt = stmt.where(c.c.id.in_(claim_ids))
    return {int(cid): key for cid, key in conn.execute(stmt)}


def claim_keys(conn: Connection, claim_ids: list[int]) -> dict[int, str]:
    """Each claim's identity: its ``system:id`` for another system's question, else its key."""
    c = t.claim
    return {int(cid): key for cid, key in conn.execute(sa.select(c.c.id, c.c.key).where(c.c.id.in_(claim_ids)))}


def claim_first_days(conn: Connection, claim_ids: list[int]) -> dict[int, dt.date]:
    """The day of each claim's first prediction (whoever made it): when the question was first asked."""
    p = t.prediction
    stmt = sa.select(p.c.claim_id, sa.func.min(p.c.made_on)).where(p.c.claim_id.in_(claim_ids)).group_by(p.c.claim_id)
    return {int(cid): first for cid, first in conn.execute(stmt)}


def iter_claim_first_days(conn: Connection) -> Iterator[tuple[int, str, dt.date]]:
    """Every claim with predictions, with its wording and the day of its first prediction."""
    p, c = t.prediction, t.claim
    first = sa.select(p.c.claim_id, sa.func.min(p.c.made_on).label("first")).group_by(p.c.claim_id).subquery()
    stmt = sa.select(c.c.id, c.c.text, first.c.first).select_from(c.join(first, first.c.claim_id == c.c.id))
    for chunk in conn.execute(stmt).partitions(CHUNK):
        for cid, text, day in chunk:
            yield int(cid), text, day


def iter_export(conn: Connection, filters: Filters | None = None) -> Iterator[dict[str, Any]]:
    """Every prediction with its full history, oldest id first (export format version 1)."""
    from tracker.interchange.native import export_line
    from tracker.storage import ledger  # the export's concern alone: listings never load it

    stmt, _ = _prediction_select(filters or Filters())
    stmt = stmt.order_by(t.prediction.c.id.asc())
    a, art = t.amendment, t.article
    for chunk in conn.execute(stmt).partitions(CHUNK):
        ids = [row.id for row in chunk]
        claim_ids = list({row.claim_id for row in chunk})
        tags = tags_for(conn, ids)
        resolutions = resolution_histories(conn, claim_ids)
        resolution_ids = {cid: [r["id"] for r in rs] for cid, rs in resolutions.items()}
        all_resolution_ids = [i for rids in resolution_ids.values() for i in rids]
        retraction_of = {
            resolution_id: retraction_id
            for resolution_id, retraction_id in conn.execute(
                sa.select(t.retraction.c.resolution_id, t.retraction.c.id).where(t.retraction.c.resolution_id.in_(all_resolution_ids))
            )
        } if all_resolution_ids else {}
        amendments: dict[int, list[dict[str, Any]]] = {}
        amendment_ids: dict[int, list[int]] = {}
        for x in conn.execute(sa.select(a).where(a.c.prediction_id.in_(ids)).order_by(a.c.id)):
            amendments.setdefault(x.prediction_id, []).append({
                "amended_at": iso(x.amended_at), "reason": x.reason, "before": json.loads(x.before),
                "hash_before": x.hash_before, "hash_after": x.hash_after,
            })
            amendment_ids.setdefault(x.prediction_id, []).append(x.id)
        titles = claim_titles(conn, claim_ids)
        title_ids = {cid: [x["id"] for x in xs] for cid, xs in titles.items()}
        entries = ledger.entries_for(conn, {
            "prediction": ids, "tags": ids,
            "claim_title": [i for tids in title_ids.values() for i in tids],
            "resolution": [i for rids in resolution_ids.values() for i in rids],
            "amendment": [i for aids in amendment_ids.values() for i in aids],
            "retraction": list(retraction_of.values()),
        })
        shas = list({row.article_sha256 for row in chunk if row.article_sha256})
        articles = {
            x.sha256: {
                "sha256": x.sha256, "path": x.path, "title": x.title, "author": x.author,
                "published": iso(x.published), "outlet": x.outlet, "saved_at": iso(x.saved_at),
            }
            for x in (conn.execute(sa.select(art).where(art.c.sha256.in_(shas))) if shas else [])
        }
        refs = claim_refs(conn, claim_ids)
        for row in chunk:
            plain = _row_dict(row, tags[row.id])
            plain["claim_ref"] = refs.get(row.claim_id)
            carried = [
                *entries.get(("prediction", row.id), []), *entries.get(("tags", row.id), []),
                *(e for i in amendment_ids.get(row.id, []) for e in entries.get(("amendment", i), [])),
                *(e for i in resolution_ids.get(row.claim_id, []) for e in entries.get(("resolution", i), [])),
                *(e for i in resolution_ids.get(row.claim_id, []) if i in retraction_of
                  for e in entries.get(("retraction", retraction_of[i]), [])),
                *(e for i in title_ids.get(row.claim_id, []) for e in entries.get(("claim_title", i), [])),
            ]
            yield export_line(
                plain, resolutions.get(row.claim_id, []), amendments.get(row.id, []),
                articles.get(row.article_sha256) if row.article_sha256 else None,
                sorted(carried, key=lambda e: e["seq"]),
                [{k: v for k, v in x.items() if k != "id"} for x in titles.get(row.claim_id, [])],
            )
