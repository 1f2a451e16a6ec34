"""Scorecards, calibration and head-to-head comparisons, computed in SQL.

Each query reduces the predictions to a handful of sums per group in the database, so a
scorecard over a million predictions never builds a million Python objects; the formulas
that turn the sums into figures live in ``scoring.py``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tracker import scoring
from tracker.storage import tables as t
from tracker.errors import UsageError
from tracker.queries import Filters, apply_filters, latest_resolutions

GROUPINGS = ("author", "outlet", "tag", "year")


def counted_predictions(filters: Filters, as_of: dt.date | None, claims: Any = None) -> sa.Subquery:
    """One row per prediction that counts: its probability ``p``, its outcome ``o`` as 1/0/NULL,
    whether its claim is resolved, and its folded author and outlet.

    The rule: a source's score on a claim is its latest prediction made on or before the claim's
    resolution date (latest by date made, then by when it was recorded, then by id); a
    prediction made after the outcome was known never counts. ``filters.every`` counts each
    prediction instead. ``as_of`` replays the record as of a date, so it applies before the
    rule; the other filters then choose among the predictions that count, so a filtered
    scorecard agrees with the same group's row in an unfiltered one. ``claims`` (a SELECT of
    claim ids) keeps only those claims, before the rule: it partitions by claim, so the rows
    that count on those claims are the same.
    """
    p = t.prediction
    latest = latest_resolutions(as_of)
    outcome = sa.case((latest.c.outcome == "true", 1), (latest.c.outcome == "false", 0), else_=None)
    columns = [
        p.c.id.label("prediction_id"), p.c.author_key, p.c.outlet_key, p.c.made_on, p.c.recorded_at, p.c.claim_id,
        p.c.probability.label("p"), outcome.label("o"),
        sa.case((latest.c.outcome.is_not(None), 1), else_=0).label("resolved"),
    ]
    stmt = sa.select(*columns).select_from(p).outerjoin(latest, latest.c.claim_id == p.c.claim_id)
    stmt = stmt.where(sa.or_(latest.c.resolved_on.is_(None), p.c.made_on <= latest.c.resolved_on))
    if as_of is not None:
        stmt = stmt.where(p.c.made_on <= as_of)
    if claims is not None:
        stmt = stmt.where(p.c.claim_id.in_(claims))
    if filters.every:
        return apply_filters(stmt, filters).subquery("counted")
    # The author filter commutes with the rule (it partitions by author), so it goes inside,
    # where the index on the folded author serves it.
    only_author = Filters(author=filters.author)
    # Most sources predict a claim once. Ranking every prediction in a window took 21 s on
    # 1,100,000 predictions (a busy 2-core machine), most of it reading each row through the
    # table in index order; a GROUP BY on the index alone finds the few (author, claim) pairs
    # predicted more than once, and only those are ranked (6 s, same figures).
    pair = sa.tuple_(p.c.author_key, p.c.claim_id)
    repeated_pairs = apply_filters(
        sa.select(p.c.author_key, p.c.claim_id).group_by(p.c.author_key, p.c.claim_id).having(sa.func.count() > 1),
        only_author,
    )
    if claims is not None:
        repeated_pairs = repeated_pairs.where(p.c.claim_id.in_(claims))
    # Named once (a CTE) and used twice: PostgreSQL then groups the table once, where it had
    # grouped it a second time, by hash, for the ranked side (3.1 s of an 11 s scorecard
    # over 1,000,000 predictions, spilling to disk at 64 MB of work_mem).
    repeated_cte = repeated_pairs.order_by(p.c.author_key, p.c.claim_id).cte()  # anonymous: compare uses two
    repeated = sa.select(repeated_cte.c.author_key, repeated_cte.c.claim_id)
    once = apply_filters(stmt, only_author).where(pair.not_in(repeated))
    # In (made_on, recorded_at, id) order, the predictions made on or before the resolution date
    # are a prefix of their (author, claim) pair, so the latest of them is the one whose next
    # prediction is absent or made after that date: the window needs no join.
    following = sa.func.lead(p.c.made_on).over(
        partition_by=(p.c.author_key, p.c.claim_id),
        order_by=(p.c.made_on, p.c.recorded_at, p.c.id),
    )
    ranked = sa.select(
        p.c.id, p.c.author_key, p.c.outlet_key, p.c.made_on, p.c.recorded_at, p.c.claim_id, p.c.probability,
        following.label("next_made_on"),
    ).where(pair.in_(repeated))
    if as_of is not None:  # the record as of a date: later predictions are not there at all
        ranked = ranked.where(p.c.made_on <= as_of)
    if claims is not None:
        ranked = ranked.where(p.c.claim_id.in_(claims))
    w = apply_filters(ranked, only_author).subquery("ranked")
    resolved_on, following_made = latest.c.resolved_on, w.c.next_made_on
    last_before = sa.or_(
        sa.and_(resolved_on.is_(None), following_made.is_(None)),
        sa.and_(w.c.made_on <= resolved_on, sa.or_(following_made.is_(None), following_made > resolved_on)),
    )
    latest_of_several = (
        sa.select(
            w.c.id.label("prediction_id"), w.c.author_key, w.c.outlet_key, w.c.made_on, w.c.recorded_at, w.c.claim_id,
            w.c.probability.label("p"), outcome.label("o"),
            sa.case((latest.c.outcome.is_not(None), 1), else_=0).label("resolved"),
        )
        .select_from(w)
        .outerjoin(latest, latest.c.claim_id == w.c.claim_id)
        .where(last_before)
    )
    chosen = sa.union_all(once, latest_of_several).subquery("chosen")
    outer = sa.select(*[chosen.c[c.name] for c in columns])
    return _filter_counted(outer, chosen, dataclasses.replace(filters, author=None)).subquery("counted")


def _filter_counted(stmt: Any, rows: Any, filters: Filters) -> Any:
    """``apply_filters`` for rows that already passed the rule."""
    from tracker.queries import apply_filters

    return apply_filters(stmt, filters, rows)


def _grouped(filters: Filters, as_of: dt.date | None, by: str) -> tuple[sa.Subquery, Any, Any]:
    """The counted rows, the grouping key for ``by`` and what it is joined from."""
    s = counted_predictions(filters, as_of)
    joined: Any = s
    if by == "author":
        key: Any = s.c.author_key
    elif by == "outlet":
        key = s.c.outlet_key
    elif by == "year":
        key = sa.cast(sa.extract("year", s.c.made_on), sa.String)
    elif by == "tag":
        joined = s.join(t.prediction_tag, t.prediction_tag.c.prediction_id == s.c.prediction_id)
        key = t.prediction_tag.c.tag_key
    else:
        raise UsageError(f"--by {by!r} is not one of: {', '.join(GROUPINGS)}")
    return s, key, joined


def first_spellings(conn: Connection, by: str, keys: list[str]) -> dict[str, str]:
    """The name each folded source is shown under: its spelling on its earliest recorded prediction."""
    if by not in ("author", "outlet", "tag") or not keys:
        return {k: k for k in keys}
    table = t.prediction_tag if by == "tag" else t.prediction
    key_col, name_col = table.c[f"{by}_key"], table.c[by]
    id_col = table.c.prediction_id if by == "tag" else table.c.id
    found: dict[str, str] = {}
    for start in range(0, len(keys), 500):
        part = keys[start : start + 500]
        first = sa.select(key_col.label("k"), sa.func.min(id_col).label("first")).where(key_col.in_(part)).group_by(key_col).subquery()
        rows = conn.execute(
            sa.select(first.c.k, name_col).select_from(first.join(table, sa.and_(id_col == first.c.first, key_col == first.c.k)))
        )
        found.update({k: name for k, name in rows})
    return found


def source_totals(
    conn: Connection, filters: Filters, *, by: str = "author", as_of: dt.date | None = None
) -> list[scoring.SourceTotals]:
    """Per-source sums for the scorecard, in one GROUP BY.

    Hit and miss are CASE expressions that are always 0 or 1, never NULL: in SQL, ``NOT hit``
    of a NULL ``hit`` is NULL too, which once left every bare assertion that came out false
    out of the misses. So hits + misses + (scored at exactly 0.5) = scored, by construction.
    """
    s, key, joined = _grouped(filters, as_of, by)
    scored = s.c.o.is_not(None)
    hit = sa.case(
        (s.c.o.is_(None), 0),
        (s.c.p.is_(None), s.c.o),
        (s.c.p > 0.5, s.c.o),
        (s.c.p < 0.5, 1 - s.c.o),
        else_=0,
    )
    miss = sa.case(
        (s.c.o.is_(None), 0),
        (s.c.p.is_(None), 1 - s.c.o),
        (s.c.p > 0.5, 1 - s.c.o),
        (s.c.p < 0.5, s.c.o),
        else_=0,
    )
    stated = sa.and_(scored, s.c.p.is_not(None))
    clipped = sa.case((s.c.p < scoring.LOG_CLIP, scoring.LOG_CLIP), (s.c.p > 1 - scoring.LOG_CLIP, 1 - scoring.LOG_CLIP), else_=s.c.p)
    given_to_outcome = sa.case((s.c.o == 1, clipped), else_=1 - clipped)

    def count_if(condition: Any) -> Any:
        return sa.func.coalesce(sa.func.sum(sa.case((condition, 1), else_=0)), 0)

    stmt = sa.select(
        key.label("source"),
        sa.func.count().label("predictions"),
        sa.func.coalesce(sa.func.sum(s.c.resolved), 0).label("resolved"),
        count_if(scored).label("scored"),
        sa.func.coalesce(sa.func.sum(hit), 0).label("hits"),
        sa.func.coalesce(sa.func.sum(miss), 0).label("misses"),
        count_if(stated).label("with_probability"),
        sa.func.coalesce(sa.func.sum(sa.case((stated, (s.c.p - s.c.o) * (s.c.p - s.c.o)), else_=None)), 0.0).label("brier_sum"),
        sa.func.coalesce(sa.func.sum(sa.case((stated, sa.func.ln(given_to_outcome)), else_=None)), 0.0).label("log_sum"),
    ).select_from(joined).group_by(key)
    rows = conn.execute(stmt).all()
    names = first_spellings(conn, by, [row.source for row in rows if row.source is not None])
    return [
        scoring.SourceTotals(
            source=None if row.source is None else names.get(row.source, row.source),
            predictions=row.predictions, resolved=int(row.resolved), scored=row.scored,
            hits=int(row.hits), misses=int(row.misses), with_probability=row.with_probability,
            brier_sum=float(row.brier_sum), log_sum=float(row.log_sum),
        )
        for row in rows
    ]


def scorecard(
    conn: Connection, filters: Filters, *, by: str = "author", as_of: dt.date | None = None, min_scored: int = 5
) -> list[scoring.SourceScore]:
    """Ranked scores, one per source."""
    if min_scored < 0:
        raise UsageError("--min-scored must be 0 or more")
    totals = source_totals(conn, filters, by=by, as_of=as_of)
    return scoring.rank(scoring.score_source(x, min_scored=min_scored) for x in totals)


# --- calibration ---------------------------------------------------------------------


@dataclass(frozen=True)
class Calibration:
    bands: list[scoring.Band]
    murphy: scoring.Murphy
    unstated: int  # scored predictions without a probability: they cannot be calibrated

    def as_dict(self) -> dict[str, Any]:
        return {
            "bands": [b.as_dict() for b in self.bands],
            "murphy": self.murphy.as_dict(),
            "scored_without_probability": self.unstated,
        }


def probability_groups(conn: Connection, filters: Filters, as_of: dt.date | None = None) -> tuple[list[tuple[float, int, int]], int]:
    """(stated probability, scored predictions, of which true) per distinct probability, in SQL."""
    s = counted_predictions(filters, as_of)
    # One pass: the NULL group holds the scored predictions without a probability.
    stmt = sa.select(s.c.p, sa.func.count(), sa.func.sum(s.c.o)).where(s.c.o.is_not(None)).group_by(s.c.p).order_by(s.c.p)
    groups, unstated = [], 0
    for p, n, k in conn.execute(stmt):
        if p is None:
            unstated = int(n)
        else:
            groups.append((float(p), int(n), int(k)))
    return groups, unstated


def calibration(conn: Connection, filters: Filters, as_of: dt.date | None = None) -> Calibration:
    groups, unstated = probability_groups(conn, filters, as_of)
    return Calibration(scoring.bands_from_groups(groups), scoring.murphy_decomposition(groups), unstated)


# --- head to head --------------------------------------------------------------------


@dataclass(frozen=True)
class SharedClaim:
    claim_id: int
    claim: str
    probability_a: float | None
    probability_b: float | None
    outcome: bool | str | None
    brier_a: float | None
    brier_b: float | None
    closer: str | None  # "a", "b", "tie", or None when not comparable

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Comparison:
    a: str
    b: str
    claims: list[SharedClaim]

    def summary(self) -> dict[str, Any]:
        compared = [c for c in self.claims if c.closer is not None]
        def mean(values: list[float]) -> float | None:
            return sum(values) / len(values) if values else None
        return {
            "a": self.a,
            "b": self.b,
            "shared_claims": len(self.claims),
            "compared": len(compared),
            "brier_a": mean([c.brier_a for c in compared if c.brier_a is not None]),
            "brier_b": mean([c.brier_b for c in compared if c.brier_b is not None]),
            "a_closer": sum(c.closer == "a" for c in compared),
            "b_closer": sum(c.closer == "b" for c in compared),
            "ties": sum(c.closer == "tie" for c in compared),
        }


def compare(conn: Connection, a: str, b: str, *, by: str = "author", as_of: dt.date | None = None) -> Comparison:
    """Claims both sources predicted; on each scored one, whose probability was closer to the outcome.

    Each source's prediction on a claim is chosen by the scorecard's rule: its latest made on or
    before the claim's resolution date. Names are matched folded, as everywhere.
    """
    from tracker.names import fold
    from tracker.queries import check_source

    if by not in ("author", "outlet"):
        raise UsageError("compare works --by author or --by outlet")
    if fold(a) == fold(b):
        raise UsageError("compare needs two different sources")
    c = t.claim
    for name in (a, b):
        check_source(conn, by, name)
    names = first_spellings(conn, by, [fold(a), fold(b)])
    a, b = names.get(fold(a), a), names.get(fold(b), b)

    # Only claims both sources predicted can be shared; the rule works claim by claim, so
    # applying it to those claims alone (through the index on the folded name) changes nothing.
    key = t.prediction.c[f"{by}_key"]
    both_predicted = sa.intersect(
        sa.select(t.prediction.c.claim_id).where(key == fold(a)),
        sa.select(t.prediction.c.claim_id).where(key == fold(b)),
    ).cte("both_predicted")  # computed once, read by each source's rule
    shared_claims = sa.select(both_predicted.c.claim_id)

    def final_word(name: str, side: str) -> sa.Select:  # type: ignore[type-arg]
        counted = counted_predictions(Filters(**{by: name}), as_of, claims=shared_claims)  # type: ignore[arg-type]
        ranked = sa.select(
            counted.c.claim_id, counted.c.p.label("probability"),
            sa.func.row_number().over(
                partition_by=counted.c.claim_id,
                order_by=(counted.c.made_on.desc(), counted.c.recorded_at.desc(), counted.c.prediction_id.desc()),
            ).label("rn"),
        ).subquery()
        # The side is written into the SQL ('a' or 'b'), not bound: an untyped parameter in a
        # UNION is a guess on some backends.
        marker = sa.literal_column(f"'{side}'").label("side")
        return sa.select(ranked.c.claim_id, ranked.c.probability, marker).where(ranked.c.rn == 1)

    # One row per source and claim, grouped by claim: a join of the two sources' final words
    # had no index to use and compared every claim of one with every claim of the other.
    both = sa.union_all(final_word(a, "a"), final_word(b, "b")).subquery("both")

    def probability_of(side: str) -> Any:
        return sa.func.max(sa.case((both.c.side == side, both.c.probability), else_=None))

    shared = (
        sa.select(both.c.claim_id, probability_of("a").label("pa"), probability_of("b").label("pb"))
        .group_by(both.c.claim_id)
        .having(sa.func.count() == 2)
        .subquery("shared")
    )
    latest = latest_resolutions(as_of)
    rows = conn.execute(
        sa.select(c.c.id, c.c.text, shared.c.pa, shared.c.pb, latest.c.outcome)
        .select_from(shared.join(c, c.c.id == shared.c.claim_id))
        .outerjoin(latest, latest.c.claim_id == c.c.id)
        .order_by(c.c.id)
    )
    claims = []
    for row in rows:
        outcome = {"true": True, "false": False}.get(row.outcome) if row.outcome else None
        brier_a = brier_b = None
        closer = None
        if isinstance(outcome, bool) and row.pa is not None and row.pb is not None:
            brier_a = scoring.brier_term(row.pa, outcome)
            brier_b = scoring.brier_term(row.pb, outcome)
            closer = "tie" if brier_a == brier_b else ("a" if brier_a < brier_b else "b")
        shown = outcome if outcome is not None else row.outcome
        claims.append(SharedClaim(row.id, row.text, row.pa, row.pb, shown, brier_a, brier_b, closer))
    return Comparison(a, b, claims)
