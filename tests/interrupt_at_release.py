"""The installed command with a Ctrl-C that lands while SQLAlchemy's pool hands a connection back.

Run as ``python tests/interrupt_at_release.py ARGS...`` (the arguments of ``tracker``). The
``TRACKER_TEST_RELEASE`` variable names the moment, ``WHERE N HOW``: WHERE is ``commit`` (just
after SQLite ran a COMMIT), ``rollback`` (a connection rolling back its transaction as it
closes), ``reset`` (the pool resetting the connection handed back to it), ``close`` (the pool
closing it) or ``insert`` (an INSERT into the prediction table, before SQLite runs it), N counts
those moments from 1;
HOW is ``signal`` (this process sends itself a real SIGINT there, as a Ctrl-C arriving then,
which Python raises at once), ``raise`` (KeyboardInterrupt raised there directly) or ``lost`` (a
real SIGINT whose KeyboardInterrupt Python raises inside a weak reference's callback, run as an
object is freed, as SQLAlchemy's are: Python only prints such an exception and carries on). With N = 0
nothing is interrupted and the number of each moment is written to the file named by
``TRACKER_TEST_RELEASE_COUNT``. Used by ``tests/test_import_pipeline.py``.
"""

from __future__ import annotations

import atexit
import os
import signal
import sqlite3
import sys
import weakref
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event  # noqa: E402
from sqlalchemy.engine import default  # noqa: E402
from sqlalchemy.pool import Pool  # noqa: E402

where, at, how = os.environ["TRACKER_TEST_RELEASE"].split()
calls: Counter[str] = Counter()


def _moment(name: str) -> None:
    calls[name] += 1
    if name == where and calls[name] == int(at):
        if how == "signal":
            os.kill(os.getpid(), signal.SIGINT)
        elif how == "lost":
            _lose_an_interrupt()
        else:
            raise KeyboardInterrupt


def _lose_an_interrupt() -> None:
    class Freed:
        pass

    thing = Freed()
    watcher = weakref.ref(thing, lambda ref: signal.raise_signal(signal.SIGINT))  # the handler runs in here
    del thing
    assert watcher() is None


def _after(name: str, real: Any) -> Any:
    def hooked(self: Any, dbapi_connection: Any) -> None:
        real(self, dbapi_connection)
        _moment(name)

    return hooked


default.DefaultDialect.do_rollback = _after("rollback", default.DefaultDialect.do_rollback)  # type: ignore[method-assign]
default.DefaultDialect.do_close = _after("close", default.DefaultDialect.do_close)  # type: ignore[method-assign]
event.listen(Pool, "reset", lambda dbapi_connection, record, state: _moment("reset"))


def _inserts_predictions(sql: str) -> bool:
    return sql.lstrip().upper().startswith("INSERT INTO PREDICTION ")


class _Cursor(sqlite3.Cursor):
    def executemany(self, sql: str, *args: Any) -> Any:
        if _inserts_predictions(sql):
            _moment("insert")
        return super().executemany(sql, *args)

    def execute(self, sql: str, *args: Any) -> Any:
        if _inserts_predictions(sql):
            _moment("insert")
        result = super().execute(sql, *args)
        if sql.strip().upper() == "COMMIT":
            _moment("commit")
        return result


class _Connection(sqlite3.Connection):
    def cursor(self, factory: Any = _Cursor) -> Any:  # type: ignore[override]
        return super().cursor(factory)


def _connect(*args: Any, _real: Any = sqlite3.dbapi2.connect, **kwargs: Any) -> Any:
    kwargs.setdefault("factory", _Connection)
    return _real(*args, **kwargs)


sqlite3.dbapi2.connect = sqlite3.connect = _connect  # what SQLAlchemy's SQLite dialect calls

if os.environ.get("TRACKER_TEST_RELEASE_COUNT"):
    atexit.register(lambda: Path(os.environ["TRACKER_TEST_RELEASE_COUNT"]).write_text(
        " ".join(str(calls[name]) for name in ("commit", "rollback", "reset", "close")), encoding="utf-8"))

from tracker.cli import main  # noqa: E402

sys.argv[0] = "tracker"
main()
