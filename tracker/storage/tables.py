"""Core ``Table`` objects of the latest schema, for set-based SQL (reads, bulk inserts, aggregates).

They are written in SQLAlchemy Core rather than taken from the SQLModel classes of
``models.py``: importing SQLModel (with pydantic) costs more start-up time than a listing of a
million predictions takes to query, and every command goes through these tables.
``tests/test_migrations.py`` checks that they describe exactly the tables of ``models.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Column, Date, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Table, types


class UTCDateTime(types.TypeDecorator[dt.datetime]):
    """Aware datetimes stored in UTC and read back in UTC: the type SQLModel gives the models'
    datetime fields, so rows read and written through either are the same."""

    impl = DateTime
    cache_ok = True

    def __init__(self) -> None:
        super().__init__(timezone=True)

    def coerce_compared_value(self, op: Any, value: Any) -> Any:
        if isinstance(value, dt.timedelta):
            return types.Interval()
        return self

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.utcoffset() is None:
            raise ValueError("Datetime values must have timezone information.")
        return value.astimezone(dt.timezone.utc)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.utcoffset() is None:  # SQLite keeps no offset: what it stores is UTC
            return value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc)


metadata = MetaData()

schema_migrations = Table(
    "schema_migrations", metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String, nullable=False),
    Column("applied_at", UTCDateTime(), nullable=False),
)

claim = Table(
    "claim", metadata,
    Column("id", Integer, primary_key=True),
    Column("text", String, nullable=False),
    Column("deadline", Date, nullable=True, index=True),
    # SHA-256 of the normalised text and deadline: the same claim typed twice is one claim.
    Column("key", String, nullable=False, unique=True),
    Column("created_at", UTCDateTime(), nullable=False),
    # SHA-256 of the normalised text alone: the same words under another deadline.
    Column("wording_key", String, nullable=False, default="", index=True),
)

prediction = Table(
    "prediction", metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_id", Integer, ForeignKey("claim.id"), nullable=False, index=True),
    Column("author", String, nullable=False),
    Column("outlet", String, nullable=True),
    Column("made_on", Date, nullable=False, index=True),
    Column("probability", Float, nullable=True),
    Column("quote", String, nullable=True),
    Column("url", String, nullable=True),
    Column("recorded_at", UTCDateTime(), nullable=False),
    Column("content_hash", String, nullable=False, index=True),
    Column("article_sha256", String, ForeignKey("article.sha256"), nullable=True, index=True),
    # Folded names (tracker.names.fold): the source a prediction counts for.
    Column("author_key", String, nullable=False, default=""),
    Column("outlet_key", String, nullable=True, index=True),
    # Gives the scorecard its partition by (folded author, claim), latest last, without a sort.
    Index("ix_prediction_author_key_claim_made", "author_key", "claim_id", "made_on", "recorded_at"),
)

prediction_tag = Table(
    "prediction_tag", metadata,
    Column("prediction_id", Integer, ForeignKey("prediction.id"), primary_key=True),
    Column("tag", String, primary_key=True, index=True),
    Column("tag_key", String, nullable=False, default="", index=True),
)

resolution = Table(
    "resolution", metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_id", Integer, ForeignKey("claim.id"), nullable=False, index=True),
    Column("outcome", String, nullable=False),
    Column("resolved_on", Date, nullable=False),
    Column("evidence", String, nullable=True),
    Column("note", String, nullable=True),
    Column("recorded_at", UTCDateTime(), nullable=False),
    # The tool whose export the resolution was imported from ("PredictionBook"), else NULL.
    Column("origin", String, nullable=True),
)

claim_title = Table(
    "claim_title", metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_id", Integer, ForeignKey("claim.id"), nullable=False, index=True),
    # What the other system now calls the question; the claim's own text is never changed by it.
    Column("title", String, nullable=False),
    Column("origin", String, nullable=False),  # that system ("Fatebook")
    Column("recorded_at", UTCDateTime(), nullable=False),
)

retraction = Table(
    "retraction", metadata,
    Column("id", Integer, primary_key=True),
    Column("resolution_id", Integer, ForeignKey("resolution.id"), nullable=False, unique=True),
    Column("reason", String, nullable=False),
    Column("recorded_at", UTCDateTime(), nullable=False),
)

amendment = Table(
    "amendment", metadata,
    Column("id", Integer, primary_key=True),
    Column("prediction_id", Integer, ForeignKey("prediction.id"), nullable=False, index=True),
    Column("amended_at", UTCDateTime(), nullable=False),
    Column("reason", String, nullable=False),
    # The prediction's canonical fields before the change, as canonical JSON.
    Column("before", String, nullable=False),
    Column("hash_before", String, nullable=False),
    Column("hash_after", String, nullable=False),
)

article = Table(
    "article", metadata,
    Column("sha256", String, primary_key=True),
    Column("path", String, nullable=True),
    Column("title", String, nullable=True),
    Column("author", String, nullable=True),
    Column("published", Date, nullable=True),
    Column("outlet", String, nullable=True),
    Column("saved_at", UTCDateTime(), nullable=False),
)

ledger = Table(
    "ledger", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("kind", String, nullable=False),
    Column("record_id", Integer, nullable=False),
    Column("content_hash", String, nullable=False),
    Column("prev_hash", String, nullable=False),
    Column("entry_hash", String, nullable=False),
    Index("ix_ledger_kind_record", "kind", "record_id"),
)
