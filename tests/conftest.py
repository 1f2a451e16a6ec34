"""Shared fixtures: every test gets its own database file in a temporary folder, or its own
empty database on a PostgreSQL server (the ``backend_tracker`` fixture runs a test on both)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tracker.cli import app


def plain(text: str) -> str:
    """Terminal output without its escape codes."""
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


@dataclass
class Outcome:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


class Tracker:
    """Runs the real CLI in-process against one database file."""

    def __init__(self, db: Path | str) -> None:
        self.db = db
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None, ok: bool = True, terminal: bool = False) -> Outcome:
        """Run ``tracker --db DB ARGS``; ``terminal`` makes stdout count as a terminal (the layout
        for people: tables and pages) instead of a pipe (one tab-separated line per row)."""
        env = {"TTY_COMPATIBLE": "1", "NO_COLOR": "1"} if terminal else {"TTY_COMPATIBLE": "0"}
        result = self.runner.invoke(app, ["--db", str(self.db), *args], input=input, env=env)
        outcome = Outcome(result.exit_code, result.stdout, result.stderr)
        if terminal:  # NO_COLOR keeps bold and italics: drop every escape code
            outcome = Outcome(result.exit_code, plain(result.stdout), plain(result.stderr))
        if ok and result.exit_code != 0:
            raise AssertionError(f"tracker {' '.join(args)} failed ({result.exit_code}): {result.stderr}{result.stdout}")
        return outcome

    def fails(self, *args: str, code: int | None = None, input: str | None = None) -> Outcome:
        outcome = self(*args, ok=False, input=input)
        assert outcome.exit_code != 0, f"expected a failure, got: {outcome.stdout}"
        if code is not None:
            assert outcome.exit_code == code, (outcome.exit_code, outcome.stderr)
        assert "Traceback" not in outcome.stderr + outcome.stdout
        lines = [line for line in outcome.stderr.splitlines() if line.strip()]
        assert len(lines) == 1, f"expected one line on stderr, got: {outcome.stderr!r}"
        assert lines[0].startswith("tracker: error: ")
        return outcome

    def add(self, claim: str, *extra: str, author: str = "Ann Analyst", date: str = "2021-01-01") -> int:
        return int(self("add", claim, "--author", author, "--date", date, "--json", *extra).json()["id"])


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the shipped predictions.db or the user's TRACKER_DB."""
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "env-default.db"))
    monkeypatch.delenv("TRACKER_TODAY", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    for name in ("PGPASSWORD", "PGSERVICE", "PGSERVICEFILE", "PGPASSFILE", "PGUSER", "PGHOST", "PGDATABASE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def tracker(tmp_path: Path) -> Tracker:
    return Tracker(tmp_path / "test.db")


# --- PostgreSQL ---------------------------------------------------------------------------
#: The server the tests use: $TRACKER_TEST_POSTGRES (set by .ci/run), else one this session
#: starts with tests/pg_server.sh where PostgreSQL is installed. Without either, every
#: PostgreSQL test is skipped with the reason (never passed silently).
TEST_SERVER_VAR = "TRACKER_TEST_POSTGRES"
_no_server_reason: list[str] = []


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str | None]:
    """The admin URL of a PostgreSQL server for the tests, or None (with the reason kept)."""
    url = os.environ.get(TEST_SERVER_VAR)
    if url:
        yield url
        return
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _no_server_reason.append("psycopg is not installed (pip install -e '.[test]')")
        yield None
        return
    script = Path(__file__).with_name("pg_server.sh")
    folder = tempfile.mkdtemp(prefix="tracker-pg-")
    os.chmod(folder, 0o755)  # the server runs as the postgres user when the tests run as root
    started = subprocess.run([str(script), "start", f"{folder}/server"], capture_output=True, text=True)
    if started.returncode != 0:
        _no_server_reason.append(f"no PostgreSQL server could be started ({started.stderr.strip()[:200]}); "
                                 f"set {TEST_SERVER_VAR} to a server's URL")
        os.rmdir(folder) if not os.listdir(folder) else None
        yield None
        return
    try:
        yield started.stdout.strip()
    finally:
        subprocess.run([str(script), "stop", f"{folder}/server"], capture_output=True)
        subprocess.run(["rm", "-rf", folder])


def server_url(admin: str, database: str, *, user: str | None = None, password: str | None = None) -> str:
    """``admin`` pointed at another database (and maybe logged in as another role)."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(admin)
    netloc = parts.netloc
    if user is not None:
        host = netloc.rsplit("@", 1)[-1]
        netloc = f"{user}:{password}@{host}" if password else f"{user}@{host}"
    return urlunsplit((parts.scheme, netloc, "/" + database, parts.query, ""))


def admin_sql(admin: str, *statements: str) -> None:
    import psycopg

    with psycopg.connect(admin, autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)  # type: ignore[arg-type]


def fresh_database(admin: str) -> Iterator[str]:
    """A new, empty database on the server ``admin`` reaches, dropped afterwards."""
    name = f"t_{uuid.uuid4().hex[:16]}"
    admin_sql(admin, f"CREATE DATABASE {name}")
    try:
        yield server_url(admin, name)
    finally:
        admin_sql(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def postgres_url(postgres_server: str | None) -> Iterator[str]:
    """A new, empty database on the test server, dropped afterwards."""
    if postgres_server is None:
        pytest.skip("PostgreSQL: " + (_no_server_reason[0] if _no_server_reason else "no server"))
    yield from fresh_database(postgres_server)


BACKENDS = ["sqlite", "postgresql"]


#: The day the format fixtures' exports are read on: resolution dates are clamped to today, so
#: import tests pin it and their expectations never drift.
EXPORTS_TODAY = "2025-09-30"


@pytest.fixture
def exports_today(_isolated: None, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("TRACKER_TODAY", EXPORTS_TODAY)
    return EXPORTS_TODAY


@pytest.fixture(params=BACKENDS)
def backend_tracker(request: pytest.FixtureRequest, tmp_path: Path) -> Tracker:
    """The CLI against a SQLite file, then against a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return Tracker(tmp_path / "test.db")
    if request.node.get_closest_marker("sqlite_file"):
        pytest.skip("this test looks at the SQLite file itself; the PostgreSQL run covers the commands elsewhere")
    return Tracker(request.getfixturevalue("postgres_url"))


def db_snapshot(path: Path | str) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Every row of every table, to prove a refused command changed nothing."""
    import sqlite3

    if isinstance(path, str) and path.startswith("postgresql"):
        import psycopg

        with psycopg.connect(path) as pg:
            tables = [r[0] for r in pg.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1")]
            return [(name, sorted(pg.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)) for name in tables]
    if not path.exists():
        return []
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return [(name, sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)) for name in tables]
    finally:
        conn.close()


def modules_loaded_by_help(*names: str) -> list[bool]:
    """Whether ``tracker --help`` and ``tracker extract --help``, in a fresh interpreter, load
    each of these modules (heavy ones must wait until a command needs them)."""
    import subprocess
    import sys

    probe = (
        "import sys\nfrom typer.testing import CliRunner\nfrom tracker.cli import app\n"
        "CliRunner().invoke(app, ['--help'])\nCliRunner().invoke(app, ['extract', '--help'])\n"
        f"print(*[name in sys.modules for name in {list(names)!r}])\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parent.parent, timeout=60)
    assert result.returncode == 0, result.stderr
    return [word == "True" for word in result.stdout.split()]

