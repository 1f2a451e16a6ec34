"""What differs between SQLite and PostgreSQL, in one place.

The SQL above the storage layer is SQLAlchemy Core and runs on both. What cannot be
portable lives here, for the server backend: reading a ``postgresql://`` URL without ever
printing its password, connecting through libpq (so ``PGPASSWORD``, ``~/.pgpass`` and
``PGSERVICE`` work as in ``psql``), serialising writers, listing tables, bulk ``COPY``,
keeping sequences ahead of explicitly numbered rows, and turning the server's errors into
one line. SQLite's side (file checks, pragmas, ``BEGIN IMMEDIATE``) is in ``database.py``.
Nothing here imports psycopg or SQLAlchemy until a server is actually used.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tracker.errors import DatabaseError

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

SCHEMES = ("postgresql://", "postgres://")
INSTALL_HINT = "pip install 'tracker[postgres]'"
#: The advisory lock every writer takes first: one writer at a time, as with SQLite's
#: BEGIN IMMEDIATE, so the ledger stays one chain and the no-hindsight and no-duplicate
#: checks see everything committed before them. Any constant works; this one spells "trak".
WRITE_LOCK_KEY = 0x7472616B


#: The keywords of a libpq connection string (``host=db dbname=team user=ann``), as ``psql -d``
#: takes it: a ``--db`` that starts with one of them names a server, never a file.
CONNINFO_KEYWORDS = frozenset({
    "host", "hostaddr", "port", "dbname", "user", "password", "passfile", "require_auth", "channel_binding",
    "connect_timeout", "client_encoding", "options", "application_name", "fallback_application_name",
    "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count", "tcp_user_timeout",
    "replication", "gssencmode", "sslmode", "sslnegotiation", "requiressl", "sslcompression", "sslcert", "sslkey",
    "sslpassword", "sslcertmode", "sslrootcert", "sslcrl", "sslcrldir", "sslsni", "requirepeer",
    "ssl_min_protocol_version", "ssl_max_protocol_version", "krbsrvname", "gsslib", "gssdelegation",
    "service", "target_session_attrs", "load_balance_hosts",
})
_CONNINFO_START = re.compile(r"\s*([A-Za-z_]+)\s*=")
#: A value in a connection string: single-quoted (with backslash escapes) or up to a space.
_CONNINFO_VALUE = r"(?:'(?:[^'\\]|\\.)*'?|[^\s']\S*|(?=\s|$))"
#: The same, taking the words after it that are not ``keyword=`` too: in the connection string
#: itself, ``password=my secret`` is malformed, but all of ``my secret`` is masked.
_CONNINFO_VALUE_WORDS = r"(?:'(?:[^'\\]|\\.)*'?|[^\s']\S*(?:\s+(?![A-Za-z_]+\s*=)[^\s=]+(?=\s|$))*|(?=\s|$))"
#: Keywords whose values are secrets wherever they appear (a URL's query or a connection string).
_SECRET_KEYWORDS = ("password", "sslpassword")
_URL = re.compile(r"postgres(?:ql)?://[^\s\"']*", re.IGNORECASE)
_CONNINFO_SECRET = re.compile(rf"\b({'|'.join(_SECRET_KEYWORDS)})(\s*=\s*){_CONNINFO_VALUE}", re.IGNORECASE)
_CONNINFO_SECRET_WORDS = re.compile(rf"\b({'|'.join(_SECRET_KEYWORDS)})(\s*=\s*){_CONNINFO_VALUE_WORDS}", re.IGNORECASE)


def is_server_url(text: str) -> bool:
    """A ``postgresql://`` URL or a libpq connection string (``host=db dbname=team``)."""
    stripped = text.strip()
    if stripped.lower().startswith(SCHEMES):
        return True
    start = _CONNINFO_START.match(stripped)
    return start is not None and start.group(1).lower() in CONNINFO_KEYWORDS


def is_conninfo(text: str) -> bool:
    return is_server_url(text) and not text.strip().lower().startswith(SCHEMES)


def _mask_url(url: str) -> str:
    """One URL with the password of its user part and of its query (``?password=``) masked.

    The user part is everything before the last ``@`` ahead of the query, so a password with
    an unencoded ``@`` or ``/`` in it is masked whole rather than cut where a parser would."""
    base, question, query = url.partition("?")
    scheme, _, rest = base.partition("://")
    userinfo, at, hosts = rest.rpartition("@")
    if at:
        user, colon, _password = userinfo.partition(":")
        rest = f"{user}{colon}***@{hosts}" if colon else f"{userinfo}@{hosts}"
    if question:
        params = []
        for param in query.split("&"):
            key, equals, _value = param.partition("=")
            if equals and _unquote(key).strip().lower() in _SECRET_KEYWORDS and not _MASKED.fullmatch(_value):
                param = f"{key}=***"
            params.append(param)
        query = "&".join(params)
    return f"{scheme}://{rest}{question}{query}"


def _unquote(text: str) -> str:
    from urllib.parse import unquote

    return unquote(text)


def mask_password(text: str) -> str:
    """``postgresql://user:secret@host/db`` -> ``postgresql://user:***@host/db``, anywhere in
    ``text``; so too ``?password=secret`` and a connection string's ``password='a secret'``."""
    pieces, end = [], 0
    for match in _URL.finditer(text):
        pieces += [_mask_conninfo(text[end:match.start()]), _mask_url(match.group(0))]
        end = match.end()
    return "".join([*pieces, _mask_conninfo(text[end:])])


def _mask_conninfo(text: str, pattern: re.Pattern[str] = _CONNINFO_SECRET) -> str:
    def mask(match: re.Match[str]) -> str:
        head = f"{match.group(1)}{match.group(2)}"
        value = match.group(0)[len(head):]
        return head + value if _MASKED.fullmatch(value) else head + "***"

    return pattern.sub(mask, text)


#: A value masked already, with the punctuation of the sentence it ended ("password=***: no
#: such host"): masking it again must keep that punctuation.
_MASKED = re.compile(r"\*\*\*[:;,.)]*")


def _conninfo_values(text: str, keywords: tuple[str, ...], value: str = _CONNINFO_VALUE) -> list[str]:
    """The values of ``keywords`` in a libpq connection string, unquoted as libpq reads them."""
    found = []
    pattern = re.compile(rf"(?:^|\s)({'|'.join(keywords)})\s*=\s*({value})", re.IGNORECASE)
    for match in pattern.finditer(text):
        value = match.group(2)
        if value.startswith("'"):
            value = re.sub(r"\\(.)", r"\1", value[1:-1] if value.endswith("'") and len(value) > 1 else value[1:])
        found.append(value)
    return found


@dataclass(frozen=True)
class ServerURL:
    """A PostgreSQL database named by a URL or a libpq connection string. ``str()`` never
    shows the password."""

    url: str

    def __str__(self) -> str:
        if is_conninfo(self.url):
            return _mask_conninfo(self.url, _CONNINFO_SECRET_WORDS)
        return mask_password(self.url)

    def __repr__(self) -> str:
        return f"ServerURL({str(self)!r})"

    @property
    def conninfo(self) -> str:
        """What libpq is given: the text as typed (``postgres://`` spelled as libpq wants it)."""
        if self.url.lower().startswith("postgres://"):
            return "postgresql://" + self.url[len("postgres://"):]
        return self.url

    @property
    def name(self) -> str:
        """The database name (what a report calls its source), or the user's default."""
        from urllib.parse import urlsplit

        if is_conninfo(self.url):
            names = _conninfo_values(self.url, ("dbname",))
            return names[-1] if names and names[-1] else "postgres"
        try:
            path = urlsplit(self.url).path.lstrip("/")
        except ValueError:  # a URL Python cannot split; libpq says what is wrong with it
            path = ""
        return path or "postgres"

    def exists(self) -> bool:
        return True  # a server database is created by its administrator, never by tracker

    def secrets(self) -> set[str]:
        """Every password the text carries, as written and as decoded."""
        from urllib.parse import parse_qsl, unquote, urlsplit

        found: set[str] = set()
        if is_conninfo(self.url):
            found.update(_conninfo_values(self.url, _SECRET_KEYWORDS))
            found.update(_conninfo_values(self.url, _SECRET_KEYWORDS, _CONNINFO_VALUE_WORDS))
        else:
            base, _, query = self.url.partition("?")
            userinfo, at, _ = base.partition("://")[2].rpartition("@")
            if at and ":" in userinfo:
                found.add(userinfo.split(":", 1)[1])
            try:
                password = urlsplit(self.url).password
            except ValueError:  # a URL Python cannot split (``[::1`` without its bracket)
                password = None
            if password:
                found.add(password)
            for param in query.split("&"):
                key, equals, value = param.partition("=")
                if equals and unquote(key).strip().lower() in _SECRET_KEYWORDS:
                    found.add(value)
            found.update(value for key, value in parse_qsl(query) if key.strip().lower() in _SECRET_KEYWORDS)
        return {form for secret in found for form in (secret, unquote(secret)) if form}

    def scrub(self, text: str) -> str:
        """Remove the password from a driver's message, whatever form it takes there."""
        text = mask_password(text)
        for secret in sorted(self.secrets(), key=len, reverse=True):
            # Only where the password stands as a value of its own: replacing every occurrence
            # of a short one ("er") inside words ("s***v***") both garbles the message and spells
            # the password out through the gaps.
            text = re.sub(rf"(?<![A-Za-z0-9%]){re.escape(secret)}(?![A-Za-z0-9%])", "***", text)
        if "connection info string" in text or "connection string" in text:
            # libpq quotes pieces of a malformed string (``missing "=" after "cret"``): a piece
            # of a password could be one of them
            text = re.sub(r'"([^"]*)"', lambda quoted: quoted.group(0) if quoted.group(1) == "=" else '"…"', text)
        return text


def check_driver(location: ServerURL) -> None:
    import importlib.util

    if importlib.util.find_spec("psycopg") is None:
        raise DatabaseError(f"{location} needs the PostgreSQL driver, which is not installed: {INSTALL_HINT}")


#: The least memory (MB) each sort or hash of a tracker query may use on the server.
WORK_MEM_MB = 64
#: How often (ms) the server checks, during a query, that the tracker process is still there.
CLIENT_CHECK_MS = 2000


def create_engine(location: ServerURL) -> Engine:
    """An engine whose connections libpq opens from the URL as given (service files,
    .pgpass and PG* variables apply), with UTC timestamps read back as naive UTC like SQLite's."""
    check_driver(location)
    import logging

    import psycopg

    # psycopg logs a warning when it gives up on a cancelled query; the command says what
    # happened in its own one line, so the warning would be a second line of the same news.
    logging.getLogger("psycopg").addHandler(logging.NullHandler())
    from psycopg.types.datetime import TimestamptzBinaryLoader, TimestamptzLoader
    from sqlalchemy import create_engine as sa_create_engine

    class NaiveUTC(TimestamptzLoader):
        def load(self, data: Any) -> Any:
            value = super().load(data)
            return value.replace(tzinfo=None)

    class NaiveUTCBinary(TimestamptzBinaryLoader):
        def load(self, data: Any) -> Any:
            value = super().load(data)
            return value.replace(tzinfo=None)

    url = location.conninfo

    def connect() -> Any:
        # The URL goes to libpq untouched (its options, service and sslmode apply); the session
        # is then set to UTC, the zone tracker's timestamps are written in. JIT compilation is
        # turned off: a command runs each query once, and compiling the scorecard's query cost
        # more than it saved (0.8 s of 1.8 s over 200,000 predictions). Parallel plans are
        # turned off too: once the statistics of 1,000,000 predictions were known, the planner
        # chose a parallel plan for the scorecard that ran for over six minutes, against 10.6 s
        # for the plan it makes without workers.
        # Text goes over the wire as UTF-8 whatever the database's encoding: a database that
        # cannot hold a character then says so itself (22P05), instead of the driver failing
        # to encode it on this side.
        conn = psycopg.connect(url, application_name="tracker", client_encoding="UTF8", autocommit=True)
        # Memory for each sort and hash of a query (work_mem): at the server's default 4 MB,
        # the planner could not keep the scorecard's set of (source, claim) pairs with several
        # predictions in a hash, and checked ``NOT IN`` against a list scanned once per
        # prediction (a cost estimate of 4e10 at 1,000,000 predictions; quadratic as repeated
        # pairs grow), and sorted on disk. Raised for tracker's sessions only, never lowered.
        # Ctrl-C and SIGTERM cancel the running query (the CLI raises them where psycopg
        # cancels); a client killed outright cannot, so (PostgreSQL 14 and later) the server
        # looks for it every few seconds while a query runs and ends the query once the client
        # is gone (client_connection_check_interval).
        # All in one statement: one round trip to the server instead of five.
        settings = [("TimeZone", "UTC"), ("jit", "off"), ("max_parallel_workers_per_gather", "0")]
        if conn.info.server_version >= 140000:
            settings.append(("client_connection_check_interval", str(CLIENT_CHECK_MS)))
        conn.execute(
            "SELECT " + ", ".join("set_config(%s, %s, false)" for _ in settings)
            + ", set_config('work_mem', CASE WHEN pg_size_bytes(current_setting('work_mem')) < %s THEN %s "
            "ELSE current_setting('work_mem') END, false)",
            [value for pair in settings for value in pair] + [WORK_MEM_MB * 1024 * 1024, f"{WORK_MEM_MB}MB"],
        )
        conn.autocommit = False
        conn.adapters.register_loader("timestamptz", NaiveUTC)
        conn.adapters.register_loader("timestamptz", NaiveUTCBinary)
        return conn

    # A command runs a few short transactions one after another: one kept connection saves
    # a login (a SCRAM exchange) for each; dispose() closes it when the command ends.
    engine = sa_create_engine("postgresql+psycopg://", creator=connect, pool_size=1, max_overflow=4)
    _compare_whole_numbers_as_sent(engine)
    _send_in_lists_as_arrays(engine)
    return engine


def _send_in_lists_as_arrays(engine: Engine) -> None:
    """Render ``column IN (list)`` as ``column = ANY(array)``: one parameter, whatever the length.

    An import looks its claims, wordings and hashes up 5,000 at a time. Spelled as ``IN``, each
    lookup became a statement of 5,000 placeholders that SQLAlchemy expanded and psycopg then
    parsed again, character by character, before sending it: of the client's CPU time on a
    100,000-row import, more went there than into the reading of the file. The array is one
    value; the server plans ``= ANY`` through the same index as ``IN``. Only lists of whole
    numbers or text (values sent as they are); anything else keeps ``IN``.
    """
    from sqlalchemy import types
    from sqlalchemy.dialects.postgresql import ARRAY
    from sqlalchemy.sql.elements import BindParameter

    base = engine.dialect.statement_compiler

    class ArrayCompiler(base):  # type: ignore[misc, valid-type]
        def _as_array(self, binary: Any, operator: str, **kw: Any) -> str | None:
            right = binary.right
            if not (isinstance(right, BindParameter) and right.expanding and not right.literal_execute):
                return None
            if isinstance(right.type, types.Integer):
                element: Any = types.BigInteger()
            elif isinstance(right.type, types.String) and not isinstance(right.type, types.Enum):
                element = types.Text()
            else:
                return None
            array = right._clone()
            array.expanding = False
            array.type = ARRAY(element)
            return f"{self.process(binary.left, **kw)} {operator}({self.process(array, **kw)})"

        def visit_in_op_binary(self, binary: Any, operator: Any, **kw: Any) -> str:
            return self._as_array(binary, "= ANY", **kw) or self._generate_generic_binary(binary, " IN ", **kw)

        def visit_not_in_op_binary(self, binary: Any, operator: Any, **kw: Any) -> str:
            return self._as_array(binary, "<> ALL", **kw) or super().visit_not_in_op_binary(binary, operator, **kw)

    engine.dialect.statement_compiler = ArrayCompiler


def _compare_whole_numbers_as_sent(engine: Engine) -> None:
    """Send whole numbers without SQLAlchemy's ``::INTEGER`` cast.

    The id columns are 32-bit ``integer`` on the server; the cast made ``show 3000000000``
    fail with "integer out of range" where SQLite answers "no prediction with id ...".
    Uncast, psycopg types each value by its size (int2, int4, int8 or numeric) and the server
    compares it with the column exactly (through its index), so a number too big for a column
    matches no row; storing one still fails, as it must. (A ``::BIGINT`` cast instead would
    turn every sum over a parameter into ``numeric``, read back as Decimal.)
    """
    from sqlalchemy import types

    class WholeNumber(types.Integer):
        render_bind_cast = False

    class SmallWholeNumber(types.SmallInteger):
        render_bind_cast = False

    class BigWholeNumber(types.BigInteger):
        render_bind_cast = False

    dialect = engine.dialect
    dialect.colspecs = {  # type: ignore[misc]
        **dialect.colspecs,
        types.Integer: WholeNumber,
        types.SmallInteger: SmallWholeNumber,
        types.BigInteger: BigWholeNumber,
    }


def begin_write(conn: Connection, location: ServerURL, timeout: float | None, on_wait: Any) -> int:
    """Start a write transaction holding the one writer lock, waiting for it like SQLite's
    writers do: as long as it takes, or up to ``timeout`` seconds. Returns the transaction's
    id, by which the server can later say whether an interrupted COMMIT happened."""
    conn.exec_driver_sql("BEGIN ISOLATION LEVEL READ COMMITTED")
    locked, xid = conn.exec_driver_sql(f"SELECT pg_try_advisory_xact_lock({WRITE_LOCK_KEY}), txid_current()").one()
    if locked:
        return int(xid)
    on_wait()
    if timeout is not None:
        # the server takes at most 2**31 - 1 ms (24 days): a longer --timeout waits that long
        conn.exec_driver_sql(f"SET LOCAL lock_timeout = {min(max(int(timeout * 1000), 1), 2**31 - 1)}")
    try:
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")
    except Exception as exc:  # noqa: BLE001 - only a lock timeout is translated here
        if _sqlstate(exc) == "55P03":
            raise DatabaseError(
                f"database {location} is still busy after {timeout:g}s (another process is writing); "
                "nothing was changed (raise --timeout, or leave it out to wait as long as it takes)"
            ) from None
        raise
    if timeout is not None:
        conn.exec_driver_sql("SET LOCAL lock_timeout = 0")
    return int(xid)


#: How long an interrupted command waits for the server to say whether its COMMIT happened.
COMMIT_CHECK_SECONDS = 2


def commit_outcome(location: ServerURL, driver: Any, xid: int | None) -> str:
    """What became of a COMMIT that Ctrl-C or SIGTERM interrupted: ``"committed"``,
    ``"aborted"``, or ``"unknown"``. Only the server knows (psycopg cancels the COMMIT, which
    may already have happened), so it is asked: ``txid_status`` of the transaction, on the
    same connection when it is still usable, else on a new one, within a couple of seconds."""
    import psycopg
    from psycopg.pq import TransactionStatus

    if xid is None:
        return "unknown"
    query = "SELECT txid_status(%s)"
    try:
        if not driver.closed and driver.info.transaction_status == TransactionStatus.IDLE:
            row = driver.execute(query, (xid,)).fetchone()
        else:
            with psycopg.connect(location.conninfo, connect_timeout=COMMIT_CHECK_SECONDS,
                                 application_name="tracker", autocommit=True) as conn:
                conn.execute(f"SET statement_timeout = {COMMIT_CHECK_SECONDS * 1000}")
                row = conn.execute(query, (xid,)).fetchone()
    except BaseException:  # noqa: BLE001 - a second Ctrl-C, a lost server: the answer is unknown
        return "unknown"
    status = row[0] if row else None
    return status if status in ("committed", "aborted") else "unknown"


def check_may_upgrade(conn: Connection, location: ServerURL, version: int, latest: int) -> None:
    """Refuse, in one line that says what to do, a schema upgrade this role cannot make.

    Changing a table takes its owner (or a member of the owner's role), and no change at all
    is possible on a read-only server (a standby, ``default_transaction_read_only``): a role
    granted only SELECT would otherwise get the server's "must be owner of table claim"."""
    owner, may_change, read_only, user = conn.exec_driver_sql(
        "SELECT t.tableowner, pg_has_role(current_user, t.tableowner, 'USAGE'), "
        "current_setting('transaction_read_only') = 'on', current_user "
        "FROM pg_tables t WHERE t.schemaname = current_schema() AND t.tablename = 'schema_migrations'"
    ).one()
    if may_change and not read_only:
        return
    why = "the server is read-only" if read_only else f"this role ({user}) may not change its tables"
    raise DatabaseError(
        f"database {location} needs upgrading (schema {version} to {latest}) and {why}: run any tracker "
        f"command once as the role that owns the tables ({owner}), which upgrades it, then try again; "
        "nothing was changed"
    )


def begin_read(conn: Connection) -> None:
    """One snapshot for the whole read, as a SQLite read transaction gives."""
    conn.exec_driver_sql("BEGIN ISOLATION LEVEL REPEATABLE READ")


def tables_and_columns(conn: Connection) -> dict[str, set[str]]:
    """Every table of the current schema with its columns, in one query: what the schema
    check reads on each start-up, where one query per table through ``information_schema``
    took six round trips. The same tables and columns ``information_schema`` shows this role
    (those it owns or holds a privilege on)."""
    found: dict[str, set[str]] = {}
    rows = conn.exec_driver_sql(
        "SELECT c.relname, a.attname FROM pg_catalog.pg_class c "
        "LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "AND (pg_has_role(c.relowner, 'USAGE') OR has_column_privilege(c.oid, a.attnum, 'SELECT, INSERT, UPDATE, REFERENCES')) "
        "WHERE c.relnamespace = (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = current_schema()) "
        "AND c.relkind IN ('r', 'p') AND (pg_has_role(c.relowner, 'USAGE') "
        "OR has_table_privilege(c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER') "
        "OR has_any_column_privilege(c.oid, 'SELECT, INSERT, UPDATE, REFERENCES'))"
    )
    for table, column in rows:
        columns = found.setdefault(table, set())
        if column is not None:
            columns.add(column)
    return found


def copy_rows(conn: Connection, table: Any, names: Sequence[str], columns: Sequence[Sequence[Any]]) -> None:
    """Rows into ``table`` with ``COPY ... FROM STDIN``: the server's bulk path, many times
    faster than INSERTs. Explicit ids move the table's sequence past them, so rows added later
    with the default id never collide."""
    copy_into(conn.connection.driver_connection, table, names, columns)


def copy_into(driver: Any, table: Any, names: Sequence[str], columns: Sequence[Sequence[Any]]) -> None:
    """``copy_rows`` on psycopg's own connection (what the import's writer thread holds)."""
    cursor = driver.cursor()
    quoted = ", ".join(f'"{name}"' for name in names)
    with cursor:
        with cursor.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
            for row in zip(*columns):
                copy.write_row(row)
        if "id" in names and "id" in table.c and table.c.id.autoincrement is not False:
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence(%s, 'id'), (SELECT max(id) FROM " + f'"{table.name}"' + "))",
                (table.name,),
            )


#: A TAB waits at most this long for the server (libpq counts whole seconds, 2 at least).
COMPLETION_SECONDS = 2


def complete_names(location: ServerURL, table: str, column: str, prefix: str, *, limit: int) -> list[str]:
    """Names starting with ``prefix`` from a server, for shell completion: psycopg alone (each
    TAB is a new process), a read-only transaction, bounded waits, and nothing at all on any
    failure (no driver, no server, wrong password, no tables yet)."""
    try:
        import psycopg
    except ImportError:
        return []
    url = location.conninfo
    try:
        with psycopg.connect(url, connect_timeout=COMPLETION_SECONDS, application_name="tracker") as conn:
            conn.read_only = True
            conn.execute(f"SET statement_timeout = {COMPLETION_SECONDS * 1000}")
            rows = conn.execute(
                # in code point order, as SQLite lists them, whatever the database's collation
                f'SELECT DISTINCT "{column}" COLLATE "C" FROM "{table}" WHERE starts_with("{column}", %s) '
                "ORDER BY 1 LIMIT %s",
                (prefix, limit),
            ).fetchall()
    except Exception:  # noqa: BLE001 - completion never fails loudly
        return []
    return [name for (name,) in rows if name]


def _sqlstate(exc: BaseException | None) -> str | None:
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlstate", None)


def describe_error(location: ServerURL, exc: BaseException | None) -> str:
    """The server's failure as one line that says what to do, without the password."""
    orig = getattr(exc, "orig", None) or exc
    state = _sqlstate(orig)
    text = " ".join(str(orig).split()) if orig else "unknown error"
    lowered = text.lower()
    if state == "42501" or "permission denied" in lowered:
        return f"database {location}: {text} (this role may only read); nothing was changed"
    if state == "28P01" or "password authentication failed" in lowered:
        return f"cannot log in to {location}: wrong password or user (check the URL, PGPASSWORD or ~/.pgpass)"
    if "no password supplied" in lowered:
        return f"cannot log in to {location}: the server wants a password (put it in PGPASSWORD or ~/.pgpass)"
    if state == "3D000" or ("database" in lowered and "does not exist" in lowered):
        return f"{location}: the database does not exist on the server (create it first: createdb)"
    if state == "3F000" or "no schema has been selected" in lowered:
        return (f"{location}: the schema named in the URL's search_path does not exist "
                "(create it first: CREATE SCHEMA name AUTHORIZATION owner); nothing was changed")
    if state in ("40001", "40P01"):
        return f"database {location}: the transaction clashed with another writer; nothing was changed, try again"
    if "connection refused" in lowered or "could not connect" in lowered or "translate host name" in lowered \
            or "connection to server" in lowered or "timeout expired" in lowered:
        hint = (f"; to use a file of that name, write ./{location}" if is_conninfo(location.url)
                and not location.secrets() else "")
        return f"cannot reach the PostgreSQL server of {location} ({text}){hint}"
    if state == "2200H":
        # the id columns are 32-bit on the server (README, "What differs"): out of ids
        return (f"database {location}: {text}: the table has used every id a 32-bit column holds "
                "(2,147,483,647); nothing was changed")
    if state == "22003":
        return f"database {location}: a number is too large for the server's columns ({text}); nothing was changed"
    if "nul (0x00)" in lowered:
        return f"database {location}: PostgreSQL cannot store the character U+0000 in text; remove it; nothing was changed"
    if state in ("22P05", "22021"):
        detail = text.split(" CONTEXT:")[0]  # the server's context names its own lines, not the file's
        return (f"database {location} cannot hold a character of this text in its encoding ({detail}); "
                "nothing was changed (give tracker a UTF8 database: createdb --encoding=UTF8)")
    if state == "25006" or "read-only transaction" in lowered:
        return f"database {location} is read-only; nothing was changed"
    return f"database {location}: {text}"


BACKUP_ADVICE = (
    "tracker backup copies a SQLite file; for {location} use the server's own tool, "
    "e.g. pg_dump --format=custom --file=tracker.dump '{location}' "
    "(or keep a portable copy with: tracker --db '{location}' export --json > record.jsonl)"
)
