"""A new prediction's row in the form the database driver takes, built from the checked record
alone: no database, no id. The reading process of a pipelined import builds it
(``interchange.pipeline``), so the writing process only puts the ids and the content hash in
front and hands the tuples to ``executemany`` or ``COPY`` (``bulk.insert_converted``).

Values are converted by the bind processors SQLAlchemy itself uses for these columns and this
dialect (``bulk._compiled`` looks up the same ones), so the stored bytes are those of
``bulk.insert_rows``. A day or timestamp met before is converted once (days recur)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

from tracker.names import fold
from tracker.storage import tables as t

#: What a prediction row holds apart from its id, claim id, content hash and recorded_at.
PREDICTION_BODY = ("author", "author_key", "outlet", "outlet_key", "made_on", "probability", "quote", "url",
                   "article_sha256")
#: The INSERT's columns: what the writer puts in front of the body, then the body.
PREDICTION_COLUMNS = ("id", "claim_id", "content_hash", "recorded_at", *PREDICTION_BODY)

_folded = functools.lru_cache(maxsize=20_000)(fold)
_CACHE_LIMIT = 50_000  # converted days and timestamps kept, per column: memory stays bounded


class Converter:
    """A prediction's driver values for one dialect (``sqlite`` or ``postgresql``)."""

    def __init__(self, dialect_name: str) -> None:
        self.dialect = dialect_name
        dialect = _dialect(dialect_name)
        p = t.prediction.c

        def processor(column: Any) -> Callable[[Any], Any] | None:
            return column.type.dialect_impl(dialect).bind_processor(dialect)  # type: ignore[no-any-return]

        self._day = _cached(processor(p.made_on))
        self._stamp = _cached(processor(p.recorded_at))
        self._number = processor(p.probability)

    def stamp(self, value: dt.datetime) -> Any:
        """``recorded_at`` as the driver takes it (the writer's clock, once per chunk)."""
        return self._stamp(value)

    def prediction(self, entry: Any) -> tuple[Any, tuple[Any, ...]]:
        """(``recorded_at`` converted, or None for the writer's clock; the body in the order of
        ``PREDICTION_BODY``) for a ``PredictionInput``."""
        author, outlet, probability = entry.author, entry.outlet, entry.probability
        number = self._number
        if number is not None and probability is not None:
            probability = number(probability)
        recorded = entry.recorded_at
        return (
            None if recorded is None else self._stamp(recorded),
            (author, _folded(author), outlet, None if outlet is None else _folded(outlet), self._day(entry.made_on),
             probability, entry.quote, entry.url, entry.article_sha256),
        )


@functools.lru_cache(maxsize=4)
def converter(dialect_name: str) -> Converter:
    return Converter(dialect_name)


def _dialect(name: str) -> Any:
    if name == "postgresql":
        from sqlalchemy.dialects.postgresql import psycopg

        return psycopg.dialect()
    from sqlalchemy.dialects import sqlite

    return sqlite.dialect()


def _cached(proc: Callable[[Any], Any] | None) -> Callable[[Any], Any]:
    """``proc`` (None: the value as it is) remembering what it gave for each value."""
    if proc is None:
        return lambda value: value
    done: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        if value is None:
            return None
        found = done.get(value)
        if found is None:
            if len(done) > _CACHE_LIMIT:
                done.clear()
            found = done[value] = proc(value)
        return found

    return convert
