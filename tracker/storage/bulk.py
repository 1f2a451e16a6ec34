"""Many rows into one table, fast, without leaving SQLAlchemy Core's portable SQL.

``conn.execute(insert(table), rows)`` builds a parameter dict and runs every type's bind
processor through SQLAlchemy's generic machinery for each row, which costs more than
SQLite's own work on an import of 100,000 rows. Here the INSERT is compiled once per table
and column set for the connection's dialect, each column's bind processor is looked up once,
and the rows go to the DBAPI's ``executemany`` as plain tuples (or dicts, for a dialect with
named parameters). Values are converted exactly as SQLAlchemy would convert them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Dialect


@lru_cache(maxsize=64)
def _compiled(table: sa.Table, columns: tuple[str, ...], dialect: Dialect) -> tuple[str, tuple[str, ...] | None, tuple[Any, ...]]:
    compiled = sa.insert(table).compile(dialect=dialect, column_keys=list(columns))
    order = tuple(compiled.positiontup) if compiled.positional and compiled.positiontup else None
    names = order or columns
    processors = tuple(table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names)
    return str(compiled), order, processors


def insert_many(conn: Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT ``rows`` (dicts with the same keys) into ``table`` in one ``executemany``."""
    if not rows:
        return
    columns = tuple(rows[0])
    _insert_columns(conn, table, columns, {name: [row[name] for row in rows] for name in columns})


def insert_rows(conn: Connection, table: sa.Table, names: tuple[str, ...], rows: Sequence[tuple[Any, ...]]) -> None:
    """``insert_many`` for rows given as tuples in the order of ``names`` (no dict per row),
    converted exactly as ``insert_many`` converts them."""
    if not rows:
        return
    _insert_columns(conn, table, names, dict(zip(names, map(list, zip(*rows)))))


def _insert_columns(conn: Connection, table: sa.Table, columns: tuple[str, ...], values: dict[str, list[Any]]) -> None:
    sql, order, processors = _compiled(table, columns, conn.dialect)
    names = order or columns
    converted = [_column(values[name], proc) for name, proc in zip(names, processors)]
    if conn.dialect.name == "postgresql":
        _copy(conn, table, names, converted)
        return
    params: list[Any] = list(zip(*converted)) if order is not None else [dict(zip(names, values)) for values in zip(*converted)]
    conn.exec_driver_sql(sql, params)


def insert_tuples(conn: Connection, table: sa.Table, names: tuple[str, ...], rows: Sequence[tuple[Any, ...]]) -> None:
    """INSERT ``rows``, tuples in the order of ``names`` holding only values every driver takes
    as they are (text, integers, None), in one ``executemany``: no dict per row (the ledger)."""
    if not rows:
        return
    sql, order, processors = _compiled(table, names, conn.dialect)
    if any(processors):
        raise TypeError(f"insert_tuples: a column of {names} needs converting; use insert_many")
    if conn.dialect.name == "postgresql":
        _copy(conn, table, names, list(zip(*rows)))
    elif order is None:
        conn.exec_driver_sql(sql, [dict(zip(names, row)) for row in rows])
    elif order == names:
        conn.exec_driver_sql(sql, list(rows))
    else:
        where = [names.index(name) for name in order]
        conn.exec_driver_sql(sql, [tuple(row[i] for i in where) for row in rows])


def insert_converted(conn: Connection, table: sa.Table, names: tuple[str, ...], rows: Sequence[tuple[Any, ...]]) -> None:
    """INSERT ``rows``, tuples in the order of ``names`` already converted for the connection's
    dialect (``driver_rows``), in one ``executemany`` (or ``COPY``): no conversion, no dict."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        _copy(conn, table, names, list(zip(*rows)))
        return
    sql, order, _ = _compiled(table, names, conn.dialect)
    if order is not None and conn.dialect.paramstyle == "qmark":
        conn.exec_driver_sql(_in_given_order(table, names, conn.dialect), rows)
    elif order is None:
        conn.exec_driver_sql(sql, [dict(zip(names, row)) for row in rows])
    else:
        where = [names.index(name) for name in order]
        conn.exec_driver_sql(sql, [tuple(row[i] for i in where) for row in rows])


@lru_cache(maxsize=64)
def _in_given_order(table: sa.Table, names: tuple[str, ...], dialect: Dialect) -> str:
    """The INSERT with its columns in the order of ``names`` (SQLAlchemy compiles them in the
    table's order), so the rows go to the driver as they are, not rebuilt in another order."""
    quote = dialect.identifier_preparer.quote
    return (f"INSERT INTO {quote(table.name)} ({', '.join(quote(name) for name in names)}) "
            f"VALUES ({', '.join('?' for _ in names)})")


def _copy(conn: Connection, table: sa.Table, names: tuple[str, ...], columns: Sequence[Sequence[Any]]) -> None:
    """One ``COPY`` (PostgreSQL): on the import's writer thread while one runs."""
    from tracker.storage import backend, writer

    thread = writer.active(conn)
    if thread is None:
        backend.copy_rows(conn, table, names, columns)
    else:
        thread.submit(lambda driver: backend.copy_into(driver, table, names, columns))


def _column(values: list[Any], proc: Callable[[Any], Any] | None) -> list[Any]:
    """One column's values as the DBAPI wants them; a date or timestamp met before (days
    recur, an import's clock is one value) is converted once."""
    if proc is None:
        return values
    if not isinstance(next((value for value in values if value is not None), None), dt.date):
        return [None if value is None else proc(value) for value in values]
    done = _CONVERTED.setdefault(proc, {})
    if len(done) > 50_000:  # memory stays bounded over any number of distinct days
        done.clear()
    out: list[Any] = []
    for value in values:
        if value is None:
            out.append(None)
            continue
        converted = done.get(value, _MISSING)
        if converted is _MISSING:
            converted = done[value] = proc(value)
        out.append(converted)
    return out


_MISSING = object()
#: Converted dates and timestamps, per bind processor (one per column type and dialect).
_CONVERTED: dict[Callable[[Any], Any], dict[Any, Any]] = {}


#: Pages SQLite keeps in memory during a bulk load (in KiB, as ``PRAGMA cache_size`` takes a
#: negative number). The default 2 MiB makes every insert into an index on a hash (claim
#: keys, content hashes) read its page back from the file once the index outgrows it.
BULK_CACHE_KIB = 64 * 1024


@contextlib.contextmanager
def bulk_load(conn: Connection) -> Iterator[None]:
    """Settings for many inserts in one transaction, put back afterwards.

    Only the page cache grows (an upper bound on memory, not an allocation): durability
    (``synchronous``, the journal) and the all-or-nothing transaction are left as they are.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    except BaseException:
        # The transaction is being rolled back, and the connection may be unusable (SQLAlchemy
        # invalidates one that Ctrl-C cut in a statement): a failure to put the setting back
        # must not replace the error on its way out (it goes with the connection anyway).
        with contextlib.suppress(Exception):
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")
        raise
    conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


#: Secondary indexes that no query of an import reads while it writes (its lookups go through
#: claim keys, wording keys, content hashes, resolution and prediction claim ids, and the
#: ledger's primary key; ``ix_prediction_claim_id`` stays, as new claims append to its end
#: cheaply; the ledger's ``(kind, record_id)`` is read only once the import's rows are all
#: written, by ``record_unrecorded`` and ``adopt``, after ``restore``). Keeping them up to date
#: row by row costs more than building them again in one sorted pass, once an import writes as
#: many rows as the table held (on SQLite, 12% of the CPU time of a 400,000-row import; on
#: PostgreSQL it did not pay, see ``DeferredIndexes``).
DEFERRED_INDEXES = (
    "ix_claim_deadline", "ix_prediction_made_on", "ix_prediction_article_sha256",
    "ix_prediction_outlet_key", "ix_prediction_author_key_claim_made", "ix_prediction_tag_tag", "ix_prediction_tag_tag_key",
    "ix_ledger_kind_record",
)
#: Rows an import writes before it defers those indexes (and at least as many as were stored).
DEFER_AFTER_ROWS = 20_000


class DeferredIndexes:
    """Drops ``DEFERRED_INDEXES`` inside the import's transaction once the import is large
    compared with what is stored, and creates them again, with their exact definitions,
    before it commits. DDL is transactional on SQLite and PostgreSQL, so a refused import
    rolls the drop back with everything else, and the schema after an import is the schema
    before it. Only on SQLite: on PostgreSQL a dropped index locks readers out of the table
    until the import commits."""

    def __init__(self, conn: Connection, stored_rows: int) -> None:
        self.conn = conn
        self.threshold = max(DEFER_AFTER_ROWS, stored_rows)
        self.enabled = conn.dialect.name == "sqlite"
        self.dropped: list[tuple[str, str]] = []  # (name, CREATE INDEX statement), in schema order

    def written(self, rows: int) -> None:
        """Called as the import goes: drops the indexes once ``rows`` reaches the threshold."""
        if not self.enabled or rows < self.threshold:
            return
        self.enabled = False
        self.dropped = index_definitions(self.conn, DEFERRED_INDEXES)
        for name, _ in self.dropped:
            self.conn.exec_driver_sql(f'DROP INDEX "{name}"')

    def restore(self) -> None:
        """Build the dropped indexes again (each in one pass over its table)."""
        for _, definition in self.dropped:
            self.conn.exec_driver_sql(definition)
        self.dropped = []


def index_definitions(conn: Connection, names: Sequence[str]) -> list[tuple[str, str]]:
    """The named indexes that exist, with the statement that creates each, as the database keeps it."""
    rows = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid"
    ).all()
    wanted = set(names)
    return [(str(name), str(sql)) for name, sql in rows if name in wanted]


def refresh_statistics(conn: Connection, tables: Sequence[sa.Table], rows_written: int, stored_rows: int) -> None:
    """On PostgreSQL, ``ANALYZE`` the tables an import at least doubled, before it commits.

    The planner's statistics are otherwise those of the table before the ``COPY`` until
    autovacuum gets to it; meanwhile a plan chosen for a near-empty table (a nested loop over
    what are now 200,000 rows) can keep ``verify`` busy for minutes. ANALYZE samples a bounded
    number of rows, runs inside the import's transaction, and only warns for a role that does
    not own the tables. SQLite plans without such statistics."""
    if conn.dialect.name != "postgresql" or rows_written == 0 or rows_written < stored_rows:
        return
    for table in tables:
        conn.exec_driver_sql(f'ANALYZE "{table.name}"')


class WrittenKeys:
    """The keys an import has written (claim keys, wording keys, content hashes), as a Bloom
    filter of fixed size: ``key in written`` is False only for a key certainly not written.

    An import into a database that held no claims needs to ask the database about a key only
    if this import may have written it: its caches of what it wrote are cleared every
    ``CACHE_LIMIT`` keys to keep memory flat, and without this filter every lookup after the
    first clearing went to the database. A false positive costs one lookup that finds nothing;
    there are no false negatives. Two bits per key, from Python's own (cached) string hash.
    """

    BITS = 1 << 25  # 4 MiB: about 1% false positives at 2,000,000 keys, 2.7% at 3,000,000

    def __init__(self, bits: int = BITS) -> None:
        self.mask = bits - 1
        self.bits = bytearray(bits >> 3)

    def add(self, key: str) -> None:
        self.update((key,))

    def update(self, keys: Iterable[str]) -> None:
        bits, mask = self.bits, self.mask
        for key in keys:
            h = hash(key)
            low, high = h & mask, (h >> 32) & mask
            bits[low >> 3] |= 1 << (low & 7)
            bits[high >> 3] |= 1 << (high & 7)

    def __contains__(self, key: object) -> bool:
        return bool(self.maybe((key,)))  # type: ignore[arg-type]

    def maybe(self, keys: Iterable[str]) -> list[str]:
        """The keys that may have been written (one call per chunk, not per key)."""
        bits, mask = self.bits, self.mask
        found = []
        for key in keys:
            h = hash(key)
            low, high = h & mask, (h >> 32) & mask
            if bits[low >> 3] & (1 << (low & 7)) and bits[high >> 3] & (1 << (high & 7)):
                found.append(key)
        return found
