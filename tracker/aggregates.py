"""Scorecards, calibration and head-to-head comparisons, computed in SQL.

Each query reduces the predictions to a handful of sums per group in the database, so a
scorecard over a million predictions never builds a million Python objects; the formulas
that turn the sums into figures live in ``scoring.py``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from tracker import scoring
from tracker import tables as t
from tracker.errors import UsageError
from tracker.queries import Filters, apply_filters, latest_resolutions

GROUPINGS = ("author", "outlet", "tag", "year")


def _scored_rows(filters: Filters, as_of: dt.date | None, by: str) -> sa.Subquery:
    """One row per (prediction, group): its probability, its outcome as 1/0/NULL, whether resolved."""
    p = t.prediction
    latest = latest_resolutions(as_of)
    outcome = sa.case((latest.c.outcome == "true", 1), (latest.c.outcome == "false", 0), else_=None)
    if by == "author":
        source: Any = p.c.author
    elif by == "outlet":
        source = p.c.outlet
    elif by == "year":
        source = sa.cast(sa.extract("year", p.c.made_on), sa.String)
    elif by == "tag":
        source = t.prediction_tag.c.tag
    else:
        raise UsageError(f"--by {by!r} is not one of: {', '.join(GROUPINGS)}")
    joined: Any = p
    if by == "tag":
        joined = p.join(t.prediction_tag, t.prediction_tag.c.prediction_id == p.c.id)
    stmt = (
        sa.select(
            source.label("source"),
            p.c.id.label("prediction_id"),
            p.c.claim_id,
            p.c.probability.label("p"),
            outcome.label("o"),
            latest.c.outcome.is_not(None).label("resolved"),
        )
        .select_from(joined)
        .outerjoin(latest, latest.c.claim_id == p.c.claim_id)
    )
    if as_of is not None:
        stmt = stmt.where(p.c.made_on <= as_of)
    return apply_filters(stmt, filters).subquery("scored")


def source_totals(
    conn: Connection, filters: Filters, *, by: str = "author", as_of: dt.date | None = None
) -> list[scoring.SourceTotals]:
    """Per-source sums for the scorecard, in one GROUP BY."""
    s = _scored_rows(filters, as_of, by)
    scored = s.c.o.is_not(None)
    decided = sa.and_(scored, sa.or_(s.c.p.is_(None), s.c.p != 0.5))
    hit = sa.and_(
        decided,
        sa.or_(
            sa.and_(s.c.p.is_(None), s.c.o == 1),
            sa.and_(s.c.p > 0.5, s.c.o == 1),
            sa.and_(s.c.p < 0.5, s.c.o == 0),
        ),
    )
    stated = sa.and_(scored, s.c.p.is_not(None))
    clipped = sa.case((s.c.p < scoring.LOG_CLIP, scoring.LOG_CLIP), (s.c.p > 1 - scoring.LOG_CLIP, 1 - scoring.LOG_CLIP), else_=s.c.p)
    given_to_outcome = sa.case((s.c.o == 1, clipped), else_=1 - clipped)

    def count_if(condition: Any) -> Any:
        return sa.func.coalesce(sa.func.sum(sa.case((condition, 1), else_=0)), 0)

    stmt = sa.select(
        s.c.source,
        sa.func.count().label("predictions"),
        count_if(s.c.resolved).label("resolved"),
        count_if(scored).label("scored"),
        count_if(hit).label("hits"),
        count_if(sa.and_(decided, sa.not_(hit))).label("misses"),
        count_if(stated).label("with_probability"),
        sa.func.coalesce(sa.func.sum(sa.case((stated, (s.c.p - s.c.o) * (s.c.p - s.c.o)), else_=None)), 0.0).label("brier_sum"),
        sa.func.coalesce(sa.func.sum(sa.case((stated, sa.func.ln(given_to_outcome)), else_=None)), 0.0).label("log_sum"),
    ).group_by(s.c.source)
    return [
        scoring.SourceTotals(
            source=row.source, predictions=row.predictions, resolved=row.resolved, scored=row.scored,
            hits=row.hits, misses=row.misses, with_probability=row.with_probability,
            brier_sum=float(row.brier_sum), log_sum=float(row.log_sum),
        )
        for row in conn.execute(stmt)
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
    s = _scored_rows(filters, as_of, "author")
    stmt = (
        sa.select(s.c.p, sa.func.count(), sa.func.sum(s.c.o))
        .where(s.c.o.is_not(None), s.c.p.is_not(None))
        .group_by(s.c.p)
        .order_by(s.c.p)
    )
    groups = [(float(p), int(n), int(k)) for p, n, k in conn.execute(stmt)]
    unstated = conn.execute(
        sa.select(sa.func.count()).select_from(s).where(s.c.o.is_not(None), s.c.p.is_(None))
    ).scalar_one()
    return groups, int(unstated)


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

    When a source predicted a claim more than once, its latest prediction counts (its final word).
    """
    if by not in ("author", "outlet"):
        raise UsageError("compare works --by author or --by outlet")
    if a == b:
        raise UsageError("compare needs two different sources")
    p, c = t.prediction, t.claim
    column = p.c.author if by == "author" else p.c.outlet
    known = set(conn.execute(sa.select(column).where(column.in_([a, b])).distinct()).scalars())
    for name in (a, b):
        if name not in known:
            raise UsageError(f"no predictions by {by} {name!r}")

    # The claims both predicted (by ``as_of``), then each source's final word on each of them,
    # looked up through the (author, claim) index: a prolific source has a hundred thousand
    # other claims, which are never read.
    def made(name: str) -> sa.Select:  # type: ignore[type-arg]
        q = sa.select(p.c.claim_id).where(column == name)
        return q.where(p.c.made_on <= as_of) if as_of is not None else q

    shared = sa.intersect(made(a), made(b)).subquery("shared")

    def final_word(name: str) -> sa.ScalarSelect:  # type: ignore[type-arg]
        q = sa.select(p.c.probability).where(column == name, p.c.claim_id == shared.c.claim_id)
        if as_of is not None:
            q = q.where(p.c.made_on <= as_of)
        return q.order_by(p.c.made_on.desc(), p.c.id.desc()).limit(1).scalar_subquery()

    latest = latest_resolutions(as_of)
    rows = conn.execute(
        sa.select(c.c.id, c.c.text, final_word(a).label("pa"), final_word(b).label("pb"), latest.c.outcome)
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
