"""Core ``Table`` objects of the models, for set-based SQL (bulk inserts, aggregates)."""

from __future__ import annotations

from sqlalchemy import Table

from tracker.storage import models

claim: Table = models.Claim.__table__  # type: ignore[attr-defined]
prediction: Table = models.Prediction.__table__  # type: ignore[attr-defined]
prediction_tag: Table = models.PredictionTag.__table__  # type: ignore[attr-defined]
resolution: Table = models.Resolution.__table__  # type: ignore[attr-defined]
amendment: Table = models.Amendment.__table__  # type: ignore[attr-defined]
article: Table = models.Article.__table__  # type: ignore[attr-defined]
ledger: Table = models.LedgerEntry.__table__  # type: ignore[attr-defined]
retraction: Table = models.Retraction.__table__  # type: ignore[attr-defined]
