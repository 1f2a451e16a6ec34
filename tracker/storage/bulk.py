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
from collections.abc import Callable, Iterator, Sequence
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
    sql, order, processors = _compiled(table, columns, conn.dialect)
    names = order or columns
    converted = [_column(rows, name, proc) for name, proc in zip(names, processors)]
    if conn.dialect.name == "postgresql":
        from tracker.storage.backend import copy_rows

        copy_rows(conn, table, names, converted)
        return
    params: list[Any] = list(zip(*converted)) if order is not None else [dict(zip(names, values)) for values in zip(*converted)]
    conn.exec_driver_sql(sql, params)


def _column(rows: Sequence[dict[str, Any]], name: str, proc: Callable[[Any], Any] | None) -> list[Any]:
    """One column's values as the DBAPI wants them; a repeated value (an import's timestamp) is converted once."""
    values = [row[name] for row in rows]
    if proc is None:
        return values
    out: list[Any] = []
    last_in: Any = object()
    last_out: Any = None
    for value in values:
        if value is None:
            out.append(None)
            continue
        if value is not last_in:
            last_in, last_out = value, proc(value)
        out.append(last_out)
    return out


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
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")
