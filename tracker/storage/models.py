"""The tables, as SQLModel classes: the schema a fully migrated database has.

A *claim* is a proposition that ends up true or false; a *prediction* is one source's
stated probability for a claim; a *resolution* records what happened to a claim. Several
predictions can share a claim, so resolving it once scores all of them. Resolutions and
amendments are append-only: history is never rewritten.

``tests/test_migrations.py`` checks that the migrations build exactly these tables.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


class SchemaMigration(SQLModel, table=True):
    __tablename__ = "schema_migrations"

    version: int = Field(primary_key=True)
    name: str
    applied_at: dt.datetime


class Claim(SQLModel, table=True):
    __tablename__ = "claim"

    id: int | None = Field(default=None, primary_key=True)
    text: str
    deadline: dt.date | None = Field(default=None, index=True)
    # SHA-256 of the normalised text and deadline: the same claim typed twice is one claim.
    key: str = Field(unique=True)
    created_at: dt.datetime
    # SHA-256 of the normalised text alone: the same words under another deadline.
    wording_key: str = Field(default="", index=True)


class Prediction(SQLModel, table=True):
    __tablename__ = "prediction"
    # Covers the scorecard's GROUP BY author and its join to the claim's resolution.
    # Gives the scorecard its partition by (folded author, claim), latest last, without a sort.
    __table_args__ = (
        Index("ix_prediction_author_key_claim_made", "author_key", "claim_id", "made_on", "recorded_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    author: str
    outlet: str | None = None
    made_on: dt.date = Field(index=True)
    probability: float | None = None
    quote: str | None = None
    url: str | None = None
    recorded_at: dt.datetime
    content_hash: str = Field(index=True)
    article_sha256: str | None = Field(default=None, foreign_key="article.sha256", index=True)
    # Folded names (tracker.names.fold): the source a prediction counts for.
    author_key: str = ""
    outlet_key: str | None = Field(default=None, index=True)


class PredictionTag(SQLModel, table=True):
    __tablename__ = "prediction_tag"

    prediction_id: int = Field(foreign_key="prediction.id", primary_key=True)
    tag: str = Field(primary_key=True, index=True)
    tag_key: str = Field(default="", index=True)


class Resolution(SQLModel, table=True):
    __tablename__ = "resolution"

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    outcome: str
    resolved_on: dt.date
    evidence: str | None = None
    note: str | None = None
    recorded_at: dt.datetime
    # The tool whose export the resolution was imported from ("PredictionBook"), else None.
    origin: str | None = None


class ClaimTitle(SQLModel, table=True):
    """What another system now calls a question whose title was edited there: the claim keeps
    the wording its forecasts were made on, and this records the new one beside it."""

    __tablename__ = "claim_title"

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    title: str
    origin: str
    recorded_at: dt.datetime


class Retraction(SQLModel, table=True):
    """A resolution recorded by mistake, withdrawn: it stays in the history and no view counts it."""

    __tablename__ = "retraction"

    id: int | None = Field(default=None, primary_key=True)
    resolution_id: int = Field(foreign_key="resolution.id", unique=True)
    reason: str
    recorded_at: dt.datetime


class Amendment(SQLModel, table=True):
    __tablename__ = "amendment"

    id: int | None = Field(default=None, primary_key=True)
    prediction_id: int = Field(foreign_key="prediction.id", index=True)
    amended_at: dt.datetime
    reason: str
    # The prediction's canonical fields before the change, as canonical JSON.
    before: str
    hash_before: str
    hash_after: str


class Article(SQLModel, table=True):
    __tablename__ = "article"

    sha256: str = Field(primary_key=True)
    path: str | None = None
    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    saved_at: dt.datetime


class LedgerEntry(SQLModel, table=True):
    """One entry of the append-only hash chain (see ``tracker/storage/ledger.py``)."""

    __tablename__ = "ledger"
    __table_args__ = (Index("ix_ledger_kind_record", "kind", "record_id"),)

    seq: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    kind: str
    record_id: int
    content_hash: str
    prev_hash: str
    entry_hash: str
