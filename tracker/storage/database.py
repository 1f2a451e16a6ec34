"""Where the database lives, and opening it safely.

Everything SQLite-specific lives here (file checks, pragmas, ``BEGIN IMMEDIATE``), so the
SQL elsewhere stays portable through SQLAlchemy. No engine exists until a command asks
for one: ``tracker --help`` never pays for SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import math
import os
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.errors import DatabaseError, ExitCode, NotFoundError, UsageError
from tracker.interrupts import raise_pending
from tracker.storage.backend import ServerURL, is_server_url

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

DEFAULT_DB = "predictions.db"
ENV_VAR = "TRACKER_DB"
SQLITE_HEADER = b"SQLite format 3\x00"
#: How long a read waits on SQLite's own busy handler (WAL readers are rarely blocked at all).
BUSY_TIMEOUT_SECONDS = 60
#: A writer asks for the lock in steps this long, so that it can say it is waiting and honour
#: ``--timeout``; without ``--timeout`` it waits as long as it takes.
WRITE_LOCK_STEP_SECONDS = 0.5


def database_path(option: str | None) -> Path | ServerURL:
    """``--db`` beats ``TRACKER_DB`` beats ``./predictions.db``; a ``postgresql://`` URL names
    a database on a server instead of a file."""
    if option is not None and not option.strip():
        raise UsageError("--db is empty: give the path of a database file or a postgresql:// URL")
    chosen = option or os.environ.get(ENV_VAR) or DEFAULT_DB
    if is_server_url(chosen) and not _names_a_file(chosen):
        return ServerURL(chosen.strip())
    path = Path(chosen).expanduser()
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        pass  # no database yet: the command says so, or creates one
    except OSError as exc:  # a name too long, a loop of links, a folder it may not enter
        raise DatabaseError(f"cannot use database {path}: {exc.strerror or exc}") from None
    return path


def _names_a_file(text: str) -> bool:
    """A libpq connection string that is also a file's name (``host=x dbname=y``) is the file
    when the file is there, or when the text is a path into a folder that is there
    (``host=x/y.db`` with a folder ``host=x``): tracker keeps its records in files, and a path
    the user can see wins over a server nobody may run. ``./host=x`` always names a file; a
    ``postgresql://`` URL always names a server."""
    from tracker.storage.backend import is_conninfo

    if not is_conninfo(text):
        return False
    path = Path(text).expanduser()
    if os.path.lexists(path):
        return True
    return "/" in text and str(path.parent) not in ("", ".") and path.parent.is_dir()


def check_file(path: Path) -> bool:
    """Refuse anything that is not a SQLite file (or nothing yet); True when the file exists.

    This runs before SQLite touches the file, so a text file or an image given as
    ``--db`` by mistake is never turned into a database.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise DatabaseError(f"{path} is a directory, not a database file")
    if mode is not None and not stat.S_ISREG(mode):
        # A FIFO would block the first read forever; a device is nobody's record.
        raise DatabaseError(f"{path} is not a regular file (a pipe, a socket or a device); give a database file")
    if mode is None:
        if path.is_symlink():
            raise DatabaseError(f"{path} is a symbolic link to nothing; give a database file")
        parent = path.parent if str(path.parent) else Path(".")
        if not parent.is_dir():
            raise NotFoundError(f"cannot create database {path}: folder {parent} does not exist")
        return False
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError:
        raise DatabaseError(f"cannot read database {path}: permission denied") from None
    except OSError as exc:
        raise DatabaseError(f"cannot read database {path}: {exc.strerror or exc}") from None
    if header and header != SQLITE_HEADER:
        raise DatabaseError(f"{path} is not a SQLite database; refusing to open or overwrite it")
    return bool(header)


def _ln(value: float | None) -> float | None:
    """Natural log for SQLite builds compiled without the math functions."""
    if value is None or value <= 0:
        return None
    return math.log(value)


def _floor(value: float | None) -> float | None:
    return None if value is None else float(math.floor(value))


@dataclass
class Database:
    """An opened, migrated database. Use ``read()`` / ``write()`` for transactions."""

    path: Path | ServerURL
    engine: Engine
    readonly: bool
    #: The longest a writer waits for another process's write to finish (None: no limit).
    timeout: float | None = None
    # Write transactions committed since the file was opened (upgrades aside): a database a
    # refused command created and never wrote to can be removed again.
    writes: int = 0
    #: A server database still without tracker's tables. They are created inside the first
    #: write transaction, so a refused command leaves the database as empty as it found it
    #: (the server's version of "a refused command leaves no file behind").
    schema_pending: bool = False

    @property
    def server(self) -> ServerURL | None:
        """The PostgreSQL database, or None for a SQLite file."""
        return self.path if isinstance(self.path, ServerURL) else None

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        """A consistent snapshot for reading (a deferred transaction)."""
        with self._transaction("BEGIN") as conn:
            yield conn

    @contextlib.contextmanager
    def write(self, *, schema: bool = False) -> Iterator[Connection]:
        """One short write transaction: all of it lands, or none of it does.

        ``BEGIN IMMEDIATE`` takes the write lock up front, so two processes never both
        read, then both try to write (which SQLite could only resolve by failing one);
        the busy timeout makes the second one wait its turn instead. ``schema``: tracker's
        own tables, made or upgraded on opening, which are no change of the user's (not
        counted in ``writes``).
        """
        if self.readonly:
            raise DatabaseError(f"database {self.path} is read-only; nothing was changed")
        with self._transaction("BEGIN IMMEDIATE", counted=not schema) as conn:
            yield conn
        if not schema:
            self.writes += 1

    @contextlib.contextmanager
    def _transaction(self, begin: str, *, counted: bool = False) -> Iterator[Connection]:
        """A transaction on a connection of its own, handed back with Ctrl-C held (``released``).

        A Ctrl-C held there after a counted write committed is the one case where the change
        is stored although the command was interrupted: it is counted, and said."""
        committed = False
        try:
            with translate_errors(self.path), released(self.engine) as raw:
                conn = raw.execution_options(isolation_level="AUTOCOMMIT")
                set_up = throwaway = False
                xid: int | None = None
                if self.server is not None:
                    from tracker.storage import backend

                    if begin == "BEGIN IMMEDIATE" or self.schema_pending:
                        xid = backend.begin_write(conn, self.server, self.timeout, self._say_waiting)
                    else:
                        backend.begin_read(conn)
                elif begin == "BEGIN IMMEDIATE":
                    self._wait_for_write_lock(conn)
                else:
                    conn.exec_driver_sql(begin)
                try:
                    if self.server is not None and self.schema_pending:
                        if begin == "BEGIN IMMEDIATE":
                            self._set_up_schema(conn, self.server)
                            set_up = True
                        else:
                            throwaway = self._read_before_set_up(conn, self.server)
                    yield conn
                    if not throwaway:
                        raise_pending()  # a Ctrl-C whose exception was lost rolls the write back
                except BaseException:
                    with contextlib.suppress(Exception):
                        conn.exec_driver_sql("ROLLBACK")
                    raise
                if throwaway or begin != "BEGIN IMMEDIATE":
                    conn.exec_driver_sql("ROLLBACK" if throwaway else "COMMIT")
                else:
                    self._commit(conn, xid, counted=counted)
                    committed = counted
                if set_up:
                    self.schema_pending = False
        except KeyboardInterrupt as interrupt:
            if not committed:
                raise
            from tracker.errors import Interrupted, Terminated

            self.writes += 1
            terminated = isinstance(interrupt, Terminated)
            raise Interrupted(
                f"{'terminated (SIGTERM)' if terminated else 'interrupted'} just after the change was committed: the "
                "change is stored (see it with 'tracker list' or 'tracker show')",
                ExitCode.TERMINATED if terminated else ExitCode.INTERRUPTED) from None

    def _commit(self, conn: Connection, xid: int | None, *, counted: bool = True) -> None:
        """COMMIT a write, saying what is known when Ctrl-C or SIGTERM interrupts it.

        Interrupted before the COMMIT went out, the transaction rolls back as any other. Once
        it went out, only the database knows: SQLite has finished it by the time Python sees
        the signal; on a server, psycopg cancels it, which may come too late, so the server is
        asked (``txid_status``). The COMMIT goes to the driver directly: SQLAlchemy closes a
        connection an interrupt passes through, before it could be asked."""
        from tracker.errors import Interrupted, Terminated

        driver = conn.connection.dbapi_connection
        try:
            cursor = driver.cursor()  # type: ignore[union-attr]
            cursor.execute("COMMIT")
            cursor.close()
        except KeyboardInterrupt as interrupt:
            outcome = self._commit_outcome(driver, xid)
            if outcome == "not sent":
                with contextlib.suppress(Exception):
                    conn.exec_driver_sql("ROLLBACK")
                raise
            with contextlib.suppress(Exception):
                conn.invalidate()  # nothing is left to roll back, and psycopg may have closed it
            if not counted:  # tracker's own tables, made on opening: no change of the user's to report
                raise
            terminated = isinstance(interrupt, Terminated)
            said = "terminated (SIGTERM)" if terminated else "interrupted"
            code = ExitCode.TERMINATED if terminated else ExitCode.INTERRUPTED
            if outcome == "aborted":
                raise Interrupted(f"{said} during COMMIT, and the server rolled the transaction back; "
                                  "nothing was changed", code) from None
            self.writes += 1  # stored, or maybe: a file it may be in is never removed
            if outcome == "committed":
                where = "the server says the transaction committed" if self.server else "it had been committed"
                raise Interrupted(f"{said} just as the change was being committed, and {where}: the change is "
                                  "stored (see it with 'tracker list' or 'tracker show')", code) from None
            raise Interrupted(
                f"{said} during COMMIT, and the server's answer did not come back: the server decides whether the "
                f"change was stored; check with 'tracker list' (or ask it in psql: SELECT txid_status({xid}))",
                code) from None

    def _commit_outcome(self, driver: Any, xid: int | None) -> str:
        """``"not sent"`` while the transaction is still open, else what the database did."""
        if self.server is None:
            return "not sent" if driver.in_transaction else "committed"
        from psycopg.pq import TransactionStatus

        from tracker.storage import backend

        if not driver.closed and driver.info.transaction_status in (TransactionStatus.INTRANS,
                                                                    TransactionStatus.INERROR):
            return "not sent"
        return backend.commit_outcome(self.server, driver, xid)

    @staticmethod
    def _set_up_schema(conn: Connection, location: ServerURL) -> None:
        """Create tracker's tables in the transaction that holds the writer lock (checked
        again under the lock: another process may have made them meanwhile)."""
        from tracker.storage import migrations

        version, foreign = _inspect(conn)
        _refuse(location, version, foreign)
        migrations.apply_pending(conn, version)

    def _read_before_set_up(self, conn: Connection, location: ServerURL) -> bool:
        """A read from a server database without tracker's tables yet (``extract --save``
        looks before it writes), in a transaction holding the writer lock: the tables are
        made inside it and rolled back with it, so the reader sees an empty record and leaves
        nothing behind. True when the transaction is to be rolled back."""
        from tracker.storage import backend

        version, foreign = _inspect(conn)
        _refuse(location, version, foreign)
        if version == 0:
            self._set_up_schema(conn, location)
            return True
        # Another process set it up meanwhile: read it as any reader does.
        conn.exec_driver_sql("ROLLBACK")
        self.schema_pending = False
        backend.begin_read(conn)
        return False

    def _say_waiting(self) -> None:
        import sys

        if sys.stderr.isatty():
            sys.stderr.write(f"tracker: {self.path} is busy (another process is writing); waiting for it to finish…\n")
            sys.stderr.flush()

    def _wait_for_write_lock(self, conn: Connection) -> None:
        """Take the write lock, waiting for another writer (a long import, say) as long as it
        takes, or up to ``timeout``: being busy is never a reason to fail on its own."""
        import sys
        import time

        from sqlalchemy.exc import OperationalError

        started = time.monotonic()
        told = False
        while True:
            waited = time.monotonic() - started
            step = WRITE_LOCK_STEP_SECONDS if self.timeout is None else max(min(WRITE_LOCK_STEP_SECONDS, self.timeout - waited), 0)
            conn.exec_driver_sql(f"PRAGMA busy_timeout = {int(step * 1000)}")
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                break
            except OperationalError as exc:
                if not _is_busy(exc.orig):
                    raise
            finally:
                conn.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
            waited = time.monotonic() - started
            if self.timeout is not None and waited >= self.timeout:
                raise DatabaseError(
                    f"database {self.path} is still busy after {self.timeout:g}s (another process is writing); "
                    "nothing was changed (raise --timeout, or leave it out to wait as long as it takes)"
                )
            if not told and sys.stderr.isatty():
                sys.stderr.write(f"tracker: {self.path} is busy (another process is writing); waiting for it to finish…\n")
                sys.stderr.flush()
                told = True

    def dispose(self) -> None:
        dispose(self.engine)


@contextlib.contextmanager
def released(engine: Engine) -> Iterator[Connection]:
    """A connection of ``engine``, handed back to the pool (rolled back, reset, and closed on
    SQLite) with Ctrl-C and SIGTERM held until that is done (see ``tracker.interrupts``)."""
    from tracker import interrupts

    connection = engine.connect()
    try:
        yield connection
    finally:
        with interrupts.held():
            connection.close()


def quiet_sqlalchemy_logs() -> None:
    """Nothing SQLAlchemy logs reaches stderr by Python's last-resort handler: it logs, with a
    traceback, the errors it swallows on handing a connection back or closing it (the command
    has its own one line to say what went wrong). A program that sets up logging still gets
    the records; ``TRACKER_DEBUG=1`` lets them through to stderr."""
    import logging

    if os.environ.get("TRACKER_DEBUG"):
        return
    logger = logging.getLogger("sqlalchemy")
    if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
        logger.addHandler(logging.NullHandler())


def dispose(engine: Engine) -> None:
    """Close the engine's pooled connections (a server's), with Ctrl-C held meanwhile."""
    from tracker import interrupts

    with interrupts.held():
        engine.dispose()


def _is_busy(exc: BaseException | None) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


@contextlib.contextmanager
def translate_errors(path: Path | ServerURL) -> Iterator[None]:
    """Turn the database's failures into one-line messages that say what to do."""
    from sqlalchemy.exc import DBAPIError

    try:
        yield
    except DBAPIError as exc:
        if isinstance(path, ServerURL):
            from tracker.storage.backend import describe_error

            raise DatabaseError(path.scrub(describe_error(path, exc.orig))) from None
        raise DatabaseError(describe_sqlite_error(path, exc.orig)) from None
    except DatabaseError:
        raise
    except sqlite3.Error as exc:
        raise DatabaseError(describe_sqlite_error(path, exc)) from None
    except Exception as exc:
        if isinstance(path, ServerURL) and type(exc).__module__.startswith("psycopg"):
            from tracker.storage.backend import describe_error

            raise DatabaseError(path.scrub(describe_error(path, exc))) from None
        raise


def describe_sqlite_error(path: Path, exc: BaseException | None) -> str:
    text = str(exc) if exc else "unknown error"
    lowered = text.lower()
    if "disk is full" in lowered or "database or disk is full" in lowered:
        return f"database {path}: the disk is full; nothing was changed"
    if "locked" in lowered or "busy" in lowered:
        return f"database {path} is busy (another process is using it); nothing was changed, try again"
    if "readonly" in lowered or "read-only" in lowered:
        return f"database {path} is read-only; nothing was changed"
    if "not a database" in lowered or "malformed" in lowered:
        return f"{path} is damaged or not a tracker database ({text}); it was not changed"
    if "unable to open" in lowered:
        return f"cannot open database {path} ({text})"
    return f"database {path}: {text}"


def open_database(path: Path | ServerURL, *, timeout: float | None = None) -> Database:
    """Open (creating if needed) and migrate the database at ``path``.

    A file that is not SQLite, a SQLite file of another program, or a database written
    by a newer tracker is refused before anything is written to it.
    """
    from tracker.storage import migrations
    from tracker.files import remember_database

    if isinstance(path, ServerURL):
        return _open_server(path, timeout=timeout)

    existed = check_file(path)
    remember_database(path)
    if existed:
        _refuse_foreign(path)
    readonly = existed and not os.access(path, os.W_OK)
    engine = _engine(path, readonly=readonly, immutable=False)
    database = Database(path=path, engine=engine, readonly=readonly, timeout=timeout)
    try:
        try:
            with database.read() as conn:
                version, foreign = _inspect(conn)
        except DatabaseError:
            if not (readonly and _wal_is_empty(path)):
                raise
            # A WAL database read by someone who may not write its folder cannot create the
            # shared-memory file SQLite needs; with no pending WAL content, the file alone is
            # the whole database, so it can be read as immutable.
            dispose(engine)
            engine = _engine(path, readonly=True, immutable=True)
            database = Database(path=path, engine=engine, readonly=True, timeout=timeout)
            with database.read() as conn:
                version, foreign = _inspect(conn)
        if foreign:
            raise DatabaseError(
                f"{path} is a SQLite database of another program (tables: {', '.join(foreign[:5])}); "
                "tracker will not read or write it"
            )
        if version > migrations.LATEST_VERSION:
            raise DatabaseError(
                f"{path} was written by a newer tracker (schema {version}; this one knows up to "
                f"{migrations.LATEST_VERSION}); upgrade tracker to use it"
            )
        if not readonly:
            _use_wal(database)
        if version < migrations.LATEST_VERSION:
            if readonly:
                raise DatabaseError(
                    f"database {path} needs upgrading (schema {version} to {migrations.LATEST_VERSION}) "
                    "but the file is read-only"
                )
            with database.write(schema=True) as conn:
                # Checked again under the write lock: another process may have just upgraded it.
                version, _ = _inspect(conn)
                migrations.apply_pending(conn, version)
    except BaseException:
        dispose(engine)
        raise
    return database


def _open_server(location: ServerURL, *, timeout: float | None) -> Database:
    """Open a PostgreSQL database: an empty one gets tracker's schema with its first write,
    one holding other tables or a newer schema is refused before anything is written."""
    from tracker.storage import backend, migrations

    quiet_sqlalchemy_logs()
    engine = backend.create_engine(location)
    database = Database(path=location, engine=engine, readonly=False, timeout=timeout)
    try:
        with database.read() as conn:
            version, foreign = _inspect(conn)
        _refuse(location, version, foreign)
        if version == 0:
            database.schema_pending = True  # made by the first write, never by a refused command
        elif version < migrations.LATEST_VERSION:
            with database.write(schema=True) as conn:
                # Checked again under the writer lock: another process may have just set it up.
                version, foreign = _inspect(conn)
                _refuse(location, version, foreign)
                if version < migrations.LATEST_VERSION:
                    backend.check_may_upgrade(conn, location, version, migrations.LATEST_VERSION)
                    migrations.apply_pending(conn, version)
    except BaseException:
        dispose(engine)
        raise
    return database


def _refuse(location: ServerURL, version: int, foreign: list[str]) -> None:
    from tracker.storage import migrations

    if foreign:
        raise DatabaseError(
            f"{location} holds tables of another program (tables: {', '.join(foreign[:5])}); "
            "tracker will not read or write it (give tracker a database, or a schema, of its own)"
        )
    if version > migrations.LATEST_VERSION:
        raise DatabaseError(
            f"{location} was written by a newer tracker (schema {version}; this one knows up to "
            f"{migrations.LATEST_VERSION}); upgrade tracker to use it"
        )


def _refuse_foreign(path: Path) -> None:
    """Look at an existing file through a read-only connection first, so that another
    program's database is refused before tracker could change a byte of it (even closing a
    writable connection to a WAL file checkpoints it)."""
    engine = _engine(path, readonly=True, immutable=False)
    try:
        with translate_errors(path), released(engine) as conn:
            _, foreign = _inspect(conn)
    except DatabaseError:
        return  # unreadable this way (a WAL file in a read-only folder): the checks below decide
    finally:
        dispose(engine)
    if foreign:
        raise DatabaseError(
            f"{path} is a SQLite database of another program (tables: {', '.join(foreign[:5])}); "
            "tracker will not read or write it"
        )


def _engine(path: Path, *, readonly: bool, immutable: bool) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    quiet_sqlalchemy_logs()
    if readonly:
        flags = "mode=ro&immutable=1" if immutable else "mode=ro"
        url = f"sqlite:///file:{path.resolve()}?{flags}&uri=true"
    else:
        url = f"sqlite:///{path}"
    engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": BUSY_TIMEOUT_SECONDS})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_conn.cursor()
        try:
            cursor.execute("SELECT ln(1), floor(1.5)")
        except sqlite3.OperationalError:  # SQLite built without its math functions
            dbapi_conn.create_function("ln", 1, _ln, deterministic=True)
            dbapi_conn.create_function("floor", 1, _floor, deterministic=True)
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
        cursor.execute("PRAGMA foreign_keys = ON")
        # FULL sync: this file is the user's record, and a lost commit is worse than a slower one.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    return engine


def _wal_is_empty(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return not wal.exists() or wal.stat().st_size == 0


def _use_wal(database: Database) -> None:
    """WAL lets readers go on while one process writes. It is a property of the file, set
    once, and only after the file is known to be tracker's (it rewrites the header)."""
    with translate_errors(database.path), released(database.engine) as raw:
        conn = raw.execution_options(isolation_level="AUTOCOMMIT")
        if conn.exec_driver_sql("PRAGMA journal_mode").scalar() != "wal":
            conn.exec_driver_sql("PRAGMA journal_mode = WAL")


def _inspect(conn: Connection) -> tuple[int, list[str]]:
    """Schema version, and what makes the file another program's (empty when it is tracker's).

    Recognition is positive: a ``schema_migrations`` table is not enough (golang-migrate and
    Rails keep one too). It must have tracker's columns, its rows must name tracker's own
    migrations, and tracker's tables must be there with their columns.
    """
    from tracker.storage import backend, migrations

    server = conn.dialect.name == "postgresql"
    if server:
        schema = backend.tables_and_columns(conn)
        names = list(schema)
    else:
        names = [
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
    if not names:
        return 0, []
    if "schema_migrations" not in names:
        return 0, sorted(names)

    def columns(table: str) -> set[str]:
        if server:
            return schema.get(table, set())
        return {row[1] for row in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')}

    if not {"version", "name", "applied_at"} <= columns("schema_migrations"):
        return 0, sorted(names)
    if server:  # a failed statement would abort the whole transaction on PostgreSQL
        conn.exec_driver_sql("SAVEPOINT tracker_inspect")
    try:
        applied = dict(conn.exec_driver_sql("SELECT version, name FROM schema_migrations").fetchall())
    except Exception as exc:  # noqa: BLE001 - unreadable rows are not tracker's...
        if _is_damage(exc):
            raise  # ...but a damaged page is damage, not another program's table
        if server:
            conn.exec_driver_sql("ROLLBACK TO SAVEPOINT tracker_inspect")
        _refuse_damaged_migrations(conn)
        return 0, sorted(names)
    ours = {version: name for version, name, _ in migrations.MIGRATIONS}
    known = {v: n for v, n in applied.items() if isinstance(v, int) and v in ours}
    if 1 not in known or any(ours[v] != n for v, n in known.items()):
        _refuse_damaged_migrations(conn)
        return 0, sorted(names)
    if any(not isinstance(v, int) for v in applied):
        _refuse_damaged_migrations(conn)
        return 0, sorted(names)
    for table, needed in migrations.CORE_COLUMNS.items():
        if table not in names or not needed <= columns(table):
            return 0, sorted(names)
    return migrations.current_version(conn), []


def _refuse_damaged_migrations(conn: Connection) -> None:
    """Raise SQLite's damage error when a migrations table with tracker's columns reads as
    someone else's because its page is damaged. SQLite does not always notice a damaged page
    on a plain read (it can return fewer or garbled rows), so ask its quick check before
    calling the file another program's."""
    if conn.dialect.name != "sqlite":
        return
    verdict = conn.exec_driver_sql("PRAGMA quick_check(1)").scalar()
    if verdict != "ok":
        raise sqlite3.DatabaseError("database disk image is malformed")


def _is_damage(exc: BaseException) -> bool:
    """SQLite's own word that the file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB)."""
    code = getattr(getattr(exc, "orig", exc), "sqlite_errorcode", None)
    return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def file_damage(conn: Connection) -> str | None:
    """What SQLite's integrity check finds wrong with the file (pages, indexes that no longer
    match their tables), or None. Hashes cannot see this: a damaged index silently drops rows
    from the queries that use it. A PostgreSQL server checks its own pages."""
    if conn.dialect.name != "sqlite":
        return None
    try:
        rows = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check(20)")]
    except Exception as exc:  # noqa: BLE001 - a file too damaged to check is damaged
        if _is_damage(exc):
            return f"{getattr(exc, 'orig', exc)}; restore it from an export or an earlier backup"
        raise
    if rows == ["ok"]:
        return None
    shown = "; ".join(rows[:3]) + (f"; and {len(rows) - 3} more" if len(rows) > 3 else "")
    if all("index" in row for row in rows):  # the rows are intact: the indexes can be rebuilt from them
        return f"{shown}; only indexes are damaged: rebuild them on a copy with `sqlite3 FILE REINDEX`"
    return f"{shown}; restore it from an export or an earlier backup"


def remove_database_files(path: Path) -> None:
    """Remove a database file with its -wal, -shm and -journal companions."""
    for name in (path.name, path.name + "-wal", path.name + "-shm", path.name + "-journal"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(name).unlink()


def backup_database(source: Path | ServerURL, target: Path) -> int:
    """Copy ``source`` to ``target`` with SQLite's online backup API; returns the number of predictions.

    The copy is one consistent snapshot even while other processes write (WAL readers do
    not block writers). It is written to a temporary file and renamed into place, so an
    interrupted backup never leaves a half-written database behind; an existing file is
    never overwritten.
    """
    import tempfile

    from tracker.files import check_output_path

    if isinstance(source, ServerURL):
        from tracker.storage.backend import BACKUP_ADVICE

        raise DatabaseError(BACKUP_ADVICE.format(location=source))
    if target.exists() or target.is_symlink():
        raise DatabaseError(f"{target} already exists; tracker backup never overwrites a file")
    check_output_path(target, [source])
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise NotFoundError(f"cannot write backup {target}: folder {folder} does not exist")
    if target.resolve() == source.resolve():
        raise DatabaseError("the backup must go to another file than the database itself")
    try:
        handle = tempfile.NamedTemporaryFile(dir=folder, prefix=f".{target.name}.", suffix=".tmp", delete=False)
    except OSError as exc:
        raise DatabaseError(f"cannot write backup {target}: {exc.strerror or exc}") from None
    handle.close()
    temp = Path(handle.name)
    try:
        src = _read_only_connection(source)
        dst = sqlite3.connect(temp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
            check = dst.execute("PRAGMA integrity_check").fetchone()[0]
            if check != "ok":
                raise DatabaseError(f"the backup failed its integrity check ({check})")
            count = int(dst.execute("SELECT count(*) FROM prediction").fetchone()[0])
        finally:
            src.close()
            dst.close()
        if target.exists():
            raise DatabaseError(f"{target} appeared while backing up; tracker backup never overwrites a file")
        os.replace(temp, target)
        return count
    except sqlite3.Error as exc:
        if "full" in str(exc).lower():  # the source is only read: a full disk is the copy's
            raise DatabaseError(f"cannot write backup {target}: the disk is full; nothing was written") from None
        raise DatabaseError(describe_sqlite_error(source, exc)) from None
    except OSError as exc:
        raise DatabaseError(f"cannot write backup {target}: {exc.strerror or exc}; nothing was written") from None
    finally:
        remove_database_files(temp)  # the copy and any journal SQLite left beside it


def _read_only_connection(source: Path) -> sqlite3.Connection:
    """A read-only connection; on read-only media, where SQLite cannot create a WAL file's
    shared memory, the file alone is read as immutable when no WAL content is pending
    (as the reading commands do)."""
    src = sqlite3.connect(f"file:{source.resolve()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        src.close()
        if not _wal_is_empty(source):
            raise
        src = sqlite3.connect(f"file:{source.resolve()}?mode=ro&immutable=1", uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    return src


#: The columns shell completion may offer, and the table each lives in.
COMPLETABLE = {"author": ("prediction", "author"), "outlet": ("prediction", "outlet"), "tag": ("prediction_tag", "tag")}


def complete_names(path: Path | ServerURL, field: str, prefix: str, *, limit: int = 100) -> list[str]:
    """Names starting with ``prefix`` for shell completion: read-only, through the index, no
    SQLAlchemy (each TAB is a new process), and silent (empty) when there is no database.
    A server is asked too, within a couple of seconds, and silently gives nothing on any error."""
    table, column = COMPLETABLE[field]
    if isinstance(path, ServerURL):
        from tracker.storage.backend import complete_names as complete_from_server

        return complete_from_server(path, table, column, prefix, limit=limit)
    if not path.is_file():
        return []
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
        try:
            rows = conn.execute(
                f'SELECT DISTINCT "{column}" FROM "{table}" WHERE "{column}" >= ? AND "{column}" < ? '
                f'ORDER BY "{column}" LIMIT ?',
                (prefix, prefix + "\U0010ffff", limit),
            ).fetchall()
        finally:
            conn.close()
    except (sqlite3.Error, OSError, ValueError):
        return []
    return [name for (name,) in rows if name]
