"""The PostgreSQL backend on a real server: many writers, moving a record across, roles,
passwords, and what happens without the driver. Tests marked with both backends run the
same checks on a SQLite file, so the two give the same answers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Tracker, admin_sql, server_url

WRITERS = 8
PREDICTIONS_PER_WRITER = 500

WRITER = textwrap.dedent(
    """
    import datetime as dt, sys
    from tracker import store
    from tracker.records import PredictionInput
    from tracker.storage.database import database_path, open_database
    location, worker, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    database = open_database(database_path(location))
    for i in range(count):
        # Every writer adds the same 500 wordings at the same time: each must become one claim.
        entry = PredictionInput(claim=f"shared claim {i}", author=f"writer {worker}",
                                made_on=dt.date(2021, 1, 1), probability=0.6)
        with database.write() as conn:
            store.add_prediction(conn, entry)
    database.dispose()
    """
)


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new database on either backend, as ``--db`` takes it."""
    if request.param == "sqlite":
        return str(tmp_path / "shared.db")
    return str(request.getfixturevalue("postgres_url"))


@pytest.mark.slow
def test_eight_writers_lose_nothing_and_never_duplicate_a_claim(location: str) -> None:
    tracker = Tracker(location)
    tracker.add("seed claim", "-p", "0.3")  # the schema exists before the writers race
    started = time.monotonic()
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, location, str(w), str(PREDICTIONS_PER_WRITER)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for w in range(WRITERS)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=900)
        assert proc.returncode == 0, err
    elapsed = time.monotonic() - started
    rows = tracker("export", "--json").stdout.splitlines()
    predictions = [json.loads(line) for line in rows]
    expected = 1 + WRITERS * PREDICTIONS_PER_WRITER
    lost = expected - len(predictions)
    print(f"\n{'postgresql' if location.startswith('postgresql') else 'sqlite'}: {WRITERS} writers x {PREDICTIONS_PER_WRITER} predictions in {elapsed:.1f}s, "
          f"{len(predictions)} stored, {lost} lost")
    assert lost == 0
    assert len({p["id"] for p in predictions}) == expected
    claims = {p["claim_id"] for p in predictions if p["claim"].startswith("shared claim")}
    assert len(claims) == PREDICTIONS_PER_WRITER  # the same wording added at once is one claim
    assert tracker("verify", "--json").json()["ok"] is True


def test_every_command_family_works_and_ids_come_from_the_database(backend_tracker: Tracker) -> None:
    tracker = backend_tracker
    first = tracker.add("It will rain in Paris", "-p", "70%", "--tag", "weather", "--outlet", "Le Monde")
    second = tracker.add("It will snow in Oslo", "-p", "0.2", author="Bo Berg")
    assert (first, second) == (1, 2)
    tracker("resolve", str(first), "--outcome", "true", "--date", "2021-06-01")
    tracker("amend", str(second), "--probability", "0.25", "--reason", "typo")
    listing = tracker("list", "--json").json()
    assert sorted(row["id"] for row in listing) == [1, 2]
    shown = tracker("show", str(first), "--json").json()
    assert shown["tags"] == ["weather"] and shown["resolutions"][0]["outcome"] is True
    assert tracker("verify", "--json").json()["ok"] is True
    # An import numbers its rows itself (in one COPY on PostgreSQL): the id sequence moves on
    # past them, so the next add does not collide.
    rows = "claim,author,date,probability\nImported one,Di,2021-01-01,0.5\nImported two,Di,2021-01-01,0.5\n"
    assert tracker("import", "-", "--format", "csv", input=rows).exit_code == 0
    third = tracker.add("Added after the import", author="Cy")
    assert third == 5
    assert sorted(row["id"] for row in tracker("list", "--json").json()) == [1, 2, 3, 4, 5]


def test_hindsight_and_duplicates_are_refused_inside_the_transaction(backend_tracker: Tracker) -> None:
    tracker = backend_tracker
    pid = tracker.add("The bill passes", "-p", "0.4", date="2021-01-01")
    tracker("resolve", str(pid), "--outcome", "false", "--date", "2021-03-01")
    failure = tracker.fails("add", "The bill passes", "--author", "Late Larry", "--date", "2021-04-01")
    assert "after" in failure.stderr
    again = tracker("add", "The bill passes", "--author", "Ann Analyst", "--date", "2021-01-01", "-p", "0.4", "--json").json()
    assert again["created"] is False and again["id"] == pid


def test_export_sqlite_import_postgresql_export_is_byte_identical_and_back(tmp_path: Path, postgres_url: str) -> None:
    source = Tracker(tmp_path / "source.db")
    a = source.add("Claim one", "-p", "0.8", "--tag", "t1", "--quote", "“quoted” – text", "--outlet", "Daily")
    b = source.add("Claim two", "-p", "0.3", author="Zoë Ölund", date="2021-02-02")
    source("resolve", str(a), "--outcome", "true", "--date", "2021-05-01")
    source("amend", str(b), "--probability", "0.35", "--reason", "typo")
    source("resolve", str(b), "--outcome", "false", "--date", "2021-05-01", "--note", "n")
    exported = source("export", "--json").stdout
    server = Tracker(postgres_url)
    server("import", "-", input=exported)
    assert server("export", "--json").stdout == exported
    back = Tracker(tmp_path / "back.db")
    back("import", "-", input=server("export", "--json").stdout)
    assert back("export", "--json").stdout == exported
    assert server("scorecard", "--json", "--min-scored", "0").json() == source("scorecard", "--json", "--min-scored", "0").json()
    assert server("verify", "--json").json() == source("verify", "--json").json()


def test_tracker_db_holds_the_url_and_the_password_is_masked(postgres_server: str | None, postgres_url: str,
                                                              monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from tracker.cli import app

    monkeypatch.setenv("TRACKER_DB", postgres_url)
    result = CliRunner().invoke(app, ["add", "Via the variable", "--author", "Ann", "--date", "2021-01-01", "--json"])
    assert result.exit_code == 0, result.stderr
    assert Tracker(postgres_url)("list", "--json").json()[0]["claim"] == "Via the variable"
    from urllib.parse import urlsplit

    real = urlsplit(postgres_url)
    wrong = postgres_url.replace(f":{real.password}@", ":not-the-password@")
    failure = Tracker(wrong).fails("list")
    assert "not-the-password" not in failure.stderr and real.password not in failure.stderr
    assert f"postgresql://{real.username}:***@" in failure.stderr
    assert "wrong password" in failure.stderr
    unreachable = Tracker("postgresql://ann:s3cret@127.0.0.1:1/nowhere").fails("list")
    assert "s3cret" not in unreachable.stderr and "postgresql://ann:***@127.0.0.1:1/nowhere" in unreachable.stderr


def test_pgpassword_pgpass_and_pgservice_supply_what_the_url_leaves_out(
        postgres_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from urllib.parse import urlsplit

    real = urlsplit(postgres_url)
    bare = postgres_url.replace(f":{real.password}@", "@")
    Tracker(postgres_url).add("Stored with the password in the URL")
    monkeypatch.setenv("PGPASSWORD", real.password or "")
    assert len(Tracker(bare)("list", "--json").json()) == 1
    monkeypatch.delenv("PGPASSWORD")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{real.hostname}:{real.port}:*:{real.username}:{real.password}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    assert len(Tracker(bare)("list", "--json").json()) == 1
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[team]\nhost={real.hostname}\nport={real.port}\nuser={real.username}\ndbname={real.path.lstrip('/')}\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    assert len(Tracker("postgresql:///?service=team")("list", "--json").json()) == 1
    monkeypatch.setenv("PGSERVICE", "team")
    assert len(Tracker("postgresql://")("list", "--json").json()) == 1


def test_a_select_only_role_reads_everything_and_a_write_fails_with_one_line(
        postgres_server: str | None, postgres_url: str, tmp_path: Path) -> None:
    assert postgres_server is not None
    owner = Tracker(postgres_url)
    pid = owner.add("Readers can see this", "-p", "0.6")
    owner.add("Readers can see this", "-p", "0.3", author="Bo Berg")
    owner("resolve", str(pid), "--outcome", "true", "--date", "2021-02-01")
    database = postgres_url.rsplit("/", 1)[-1]
    role = f"reader_{database}"
    admin_sql(postgres_url, f"CREATE ROLE {role} LOGIN PASSWORD 'read-only-pw'",
              f"GRANT CONNECT ON DATABASE {database} TO {role}", f"GRANT USAGE ON SCHEMA public TO {role}",
              f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
    try:
        reader = Tracker(server_url(postgres_url, database, user=role, password="read-only-pw"))
        assert sorted(row["id"] for row in reader("list", "--json").json()) == [pid, pid + 1]
        assert reader("show", str(pid), "--json").json()["claim"] == "Readers can see this"
        assert reader("scorecard", "--json", "--min-scored", "0").json() == owner("scorecard", "--json", "--min-scored", "0").json()
        assert reader("calibration", "--json").exit_code == 0
        assert reader("verify", "--json").json()["ok"] is True
        assert reader("due", "--json").exit_code == 0
        assert reader("compare", "Ann Analyst", "Bo Berg", "--json").exit_code == 0
        assert reader("report", "--html", str(tmp_path / "report.html")).exit_code == 0
        assert reader("export", "--json").stdout == owner("export", "--json").stdout
        failure = reader.fails("add", "Not allowed", "--author", "Ann", "--date", "2021-01-01")
        assert "permission denied" in failure.stderr and "nothing was changed" in failure.stderr
        assert "read-only-pw" not in failure.stderr
        assert len(owner("list", "--json").json()) == 2
        print("\n" + failure.stderr.strip())
    finally:
        admin_sql(postgres_url, f"DROP OWNED BY {role}", f"DROP ROLE {role}")


def test_other_programs_tables_and_newer_schemas_are_refused_untouched(postgres_url: str) -> None:
    import psycopg

    admin_sql(postgres_url, "CREATE TABLE invoices (id int PRIMARY KEY, total numeric)", "INSERT INTO invoices VALUES (1, 9.5)")
    failure = Tracker(postgres_url).fails("add", "X", "--author", "A", "--date", "2021-01-01")
    assert "another program" in failure.stderr and "invoices" in failure.stderr
    with psycopg.connect(postgres_url) as conn:
        tables = [r[0] for r in conn.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")]
    assert tables == ["invoices"]
    admin_sql(postgres_url, "DROP TABLE invoices")
    Tracker(postgres_url).add("Now it is tracker's")
    admin_sql(postgres_url, "INSERT INTO schema_migrations VALUES (99, 'm099_future', now())")
    failure = Tracker(postgres_url).fails("list")
    assert "newer tracker" in failure.stderr


def test_a_writer_waits_for_another_and_timeout_bounds_the_wait(postgres_url: str) -> None:
    import psycopg

    from tracker.storage.backend import WRITE_LOCK_KEY

    tracker = Tracker(postgres_url)
    tracker.add("First")
    holder = psycopg.connect(postgres_url)
    holder.execute(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")  # another writer, mid-transaction
    try:
        started = time.monotonic()
        failure = tracker.fails("--timeout", "1", "add", "Second", "--author", "Bo", "--date", "2021-01-01")
        assert time.monotonic() - started >= 1
        assert "still busy after 1s" in failure.stderr and "nothing was changed" in failure.stderr
        # a --timeout past what the server's lock_timeout holds (2**31 - 1 ms) waits, too
        waiting = subprocess.Popen([sys.executable, "-m", "tracker", "--db", postgres_url, "--timeout", "9999999999", "add", "Third",
                                    "--author", "Cy", "--date", "2021-01-01", "--json"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while not _waiting_for_the_lock(postgres_url, [waiting]) and time.monotonic() < deadline:
            assert waiting.poll() is None, waiting.communicate()  # waiting for the lock, not failed
            time.sleep(0.1)
        time.sleep(0.5)
        assert waiting.poll() is None  # still waiting for the lock, not failed
    finally:
        holder.rollback()
        holder.close()
    out, err = waiting.communicate(timeout=60)
    assert waiting.returncode == 0, err
    assert json.loads(out)["id"] == 2
    assert [row["claim"] for row in sorted(tracker("list", "--json").json(), key=lambda r: r["id"])] == ["First", "Third"]


def test_backup_on_a_server_points_at_pg_dump(postgres_url: str, tmp_path: Path) -> None:
    tracker = Tracker(postgres_url)
    tracker.add("Keep me")
    failure = tracker.fails("backup", str(tmp_path / "copy.db"))
    assert "pg_dump" in failure.stderr and "export --json" in failure.stderr
    assert not (tmp_path / "copy.db").exists()


def test_a_url_without_the_driver_says_what_to_install(tmp_path: Path) -> None:
    """Run in a child process where importing psycopg fails, as it does when it is not installed."""
    script = textwrap.dedent(
        """
        import sys
        class NoPsycopg:
            def find_spec(self, name, path=None, target=None):
                if name == "psycopg" or name.startswith("psycopg."):
                    raise ModuleNotFoundError(f"No module named {name!r}")
                return None
        sys.meta_path.insert(0, NoPsycopg())
        import importlib.util
        importlib.util.find_spec = lambda name, *a: None if name.startswith("psycopg") else _find(name, *a)
        from tracker.cli import main
        sys.argv = ["tracker", "--db", "postgresql://ann:hunter2@db.example.org/team", "list"]
        main()
        """
    ).replace("_find(name, *a)", "__import__('importlib.machinery').machinery.PathFinder.find_spec(name)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "TRACKER_DB": str(tmp_path / "unused.db")})
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "pip install 'tracker[postgres]'" in lines[0]
    assert "hunter2" not in lines[0] and "postgresql://ann:***@db.example.org/team" in lines[0]


def test_help_imports_neither_sqlalchemy_nor_psycopg() -> None:
    code = "import sys; from tracker.cli import main; sys.argv=['tracker','--help']\ntry:\n main()\nexcept SystemExit: pass\n" \
           "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'psycopg')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_migrations_on_postgresql_build_exactly_the_models(postgres_server: str | None, postgres_url: str) -> None:
    import sqlalchemy as sa
    from sqlmodel import SQLModel

    from tests.test_migrations import describe
    from tracker.storage.database import database_path, open_database

    assert postgres_server is not None
    migrated = open_database(database_path(postgres_url))
    with migrated.write():
        pass  # an empty database gets its schema with the first write
    models_db = postgres_url.rsplit("/", 1)[-1] + "_models"
    admin_sql(postgres_server, f"CREATE DATABASE {models_db}")
    reference = sa.create_engine(server_url(postgres_server, models_db).replace("postgresql://", "postgresql+psycopg://"))
    try:
        SQLModel.metadata.create_all(reference)
        got, want = describe(migrated.engine), describe(reference)
        for schema in (got, want):  # unique=True: a UNIQUE constraint in migration 1, a unique index in SQLModel
            schema["claim"]["indexes"] = [i for i in schema["claim"]["indexes"] if i[1] != ("key",)]  # type: ignore[index,union-attr]
        assert got == want
    finally:
        migrated.dispose()
        reference.dispose()
        admin_sql(postgres_server, f"DROP DATABASE {models_db} WITH (FORCE)")


def test_processes_setting_up_an_empty_server_database_at_once_apply_each_migration_once(postgres_url: str) -> None:
    import psycopg

    from tracker.storage.migrations import LATEST_VERSION

    procs = [
        subprocess.Popen([sys.executable, "-m", "tracker", "--db", postgres_url, "add", f"claim {i}",
                          "--author", "A", "--date", "2021-01-01"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for i in range(3)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with psycopg.connect(postgres_url) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
        stored = conn.execute("SELECT count(*) FROM prediction").fetchone()
    assert versions == list(range(1, LATEST_VERSION + 1))
    assert stored == (3,)


@pytest.mark.parametrize(("text", "shown"), [
    ("postgresql://ann:s3cret@db.example.org:5432/team", "postgresql://ann:***@db.example.org:5432/team"),
    ("postgres://ann:p%40ss@db/team?sslmode=require", "postgres://ann:***@db/team?sslmode=require"),
    ("postgresql://ann@db/team?password=s3cret&sslmode=require", "postgresql://ann@db/team?password=***&sslmode=require"),
    ("postgresql://db/team", "postgresql://db/team"),
    # a password in the query keeps the port's colon and everything else around it
    ("postgresql://db:5432/team?password=s3cret@x", "postgresql://db:5432/team?password=***"),
    ("postgresql://ann@db:5432/team?sslmode=require&Password=s3:cret", "postgresql://ann@db:5432/team?sslmode=require&Password=***"),
    ("postgresql://ann:s3:cret@db:5432/team", "postgresql://ann:***@db:5432/team"),
    ("postgresql://ann:s3c/r@et@db:5432/team", "postgresql://ann:***@db:5432/team"),
    # a libpq connection string, quoted or not
    ("host=db port=5432 password=s3cret dbname=team", "host=db port=5432 password=*** dbname=team"),
    ("host=db password = 'my s3cret\\' here' dbname=team", "host=db password = *** dbname=team"),
])
def test_the_password_is_masked_in_every_form(text: str, shown: str) -> None:
    from tracker.storage.backend import ServerURL, mask_password

    assert mask_password(text) == shown
    assert str(ServerURL(text)) == shown
    # a message that shows the masked location keeps every character around it
    message = f"database {shown}: connection is bad; try again (or {shown}, {shown}.)"
    assert mask_password(message) == message == ServerURL(text).scrub(message)
    assert "s3cret" not in repr(ServerURL(text))


def test_sessions_run_in_utc_without_jit_compilation(postgres_url: str) -> None:
    """Each command runs its queries once: JIT compiling them cost more than it saved."""
    import sqlalchemy as sa

    from tracker.storage.database import database_path, open_database

    database = open_database(database_path(postgres_url))
    try:
        with database.read() as conn:
            assert conn.execute(sa.text("SHOW jit")).scalar_one() == "off"
            assert conn.execute(sa.text("SHOW max_parallel_workers_per_gather")).scalar_one() == "0"
            assert conn.execute(sa.text("SHOW TimeZone")).scalar_one() == "UTC"
            # sorts and hashes in memory (the scorecard's NOT IN stays a hash), and a client
            # killed outright is noticed within 2 seconds
            assert conn.execute(sa.text("SHOW work_mem")).scalar_one() == "64MB"
            assert conn.execute(sa.text("SHOW client_connection_check_interval")).scalar_one() == "2s"
    finally:
        database.dispose()
    # a server that gives more memory keeps giving it
    admin_sql(postgres_url, f"ALTER DATABASE {postgres_url.rsplit('/', 1)[-1]} SET work_mem = '256MB'")
    database = open_database(database_path(postgres_url))
    try:
        with database.read() as conn:
            assert conn.execute(sa.text("SHOW work_mem")).scalar_one() == "256MB"
    finally:
        database.dispose()


@pytest.mark.parametrize(("statement", "value", "said"), [
    ("SELECT %s::integer", 3_000_000_000, "a number is too large for the server's columns"),
    ("SELECT %s::text", "a\x00b", "PostgreSQL cannot store the character U+0000 in text"),
])
def test_the_servers_data_errors_become_one_line_that_says_what_is_wrong(
        postgres_url: str, statement: str, value: object, said: str) -> None:
    """Input checks keep these from the server (the bad-input table runs on both backends);
    should one slip through, the driver's error still becomes one line without the password."""
    import psycopg

    from tracker.storage.backend import ServerURL, describe_error

    location = ServerURL(postgres_url)
    with psycopg.connect(postgres_url) as conn, pytest.raises(psycopg.Error) as caught:
        conn.execute(statement, (value,))  # type: ignore[arg-type]
    line = location.scrub(describe_error(location, caught.value))
    assert said in line and line.endswith("nothing was changed") and "\n" not in line
    assert ServerURL(postgres_url).url.split("@")[0].split(":")[-1] not in line


def _tables(location: str) -> list[str]:
    """Every table in the database: the files of a SQLite database, or a server's tables."""
    if not location.startswith("postgresql"):
        folder = Path(location).parent
        return sorted(p.name for p in folder.iterdir() if p.name.startswith(Path(location).name))
    import psycopg

    with psycopg.connect(location) as conn:
        return [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1")]


EMPTY_REFUSALS = [
    (["add", "x", "--author", "A", "--date", "3021-01-01"], "in the future"),
    (["amend", "1", "--reason", "r", "--claim", "y"], "no prediction with id 1"),
    (["import", "{tmp}/bad.csv"], "line 3: probability 1.7 is out of range"),
    (["extract", "{tmp}/undated.txt", "--save", "--yes"], "no publication date"),
    (["resolve", "1", "--outcome", "true"], "record predictions first"),
    (["retract", "1", "--reason", "r"], "record predictions first"),
    (["list"], "record predictions first"),
    (["show", "1"], "record predictions first"),
    (["scorecard"], "record predictions first"),
    (["due"], "record predictions first"),
    (["calibration"], "record predictions first"),
    (["compare", "A", "B"], "record predictions first"),
    (["report", "--html", "{tmp}/report.html"], "record predictions first"),
    (["export", "--json"], "record predictions first"),
    (["verify"], "record predictions first"),
]


@pytest.mark.parametrize(("args", "said"), EMPTY_REFUSALS, ids=[" ".join(a)[:30] for a, _ in EMPTY_REFUSALS])
def test_a_refused_command_on_an_empty_database_leaves_it_empty(location: str, tmp_path: Path,
                                                                args: list[str], said: str) -> None:
    """No file behind on SQLite; no table behind on a server (its schema comes with the first
    write that lands). A reading command finds no record on either, as on a missing file."""
    (tmp_path / "bad.csv").write_text("claim,author,date,probability\nok,A,2021-01-01,0.5\nbad,A,2021-01-01,1.7\n",
                                      encoding="utf-8")
    (tmp_path / "undated.txt").write_text("Inflation will fall below 2% by 2030.\n", encoding="utf-8")
    tracker = Tracker(location)
    result = tracker.fails(*[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert said in result.stderr, result.stderr
    assert _tables(location) == []
    assert not (tmp_path / "report.html").exists()


def test_the_first_write_on_an_empty_server_database_brings_the_schema_and_a_dry_run_does_not(
        location: str, tmp_path: Path) -> None:
    """``extract --save`` reads before it writes: on an empty server database that read sees an
    empty record (tables made and rolled back inside it), then the write keeps them."""
    (tmp_path / "ok.csv").write_text("claim,author,date,probability\nok,A,2021-01-01,0.5\n", encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text("Markets\n\nBy Jane Roe\n\nMarch 3, 2021\n\nInflation will fall below 2% by 2030.\n",
                       encoding="utf-8")
    tracker = Tracker(location)
    assert "Would import 1 prediction" in tracker("import", "--dry-run", str(tmp_path / "ok.csv")).stderr
    assert _tables(location) == []
    tracker("extract", str(article), "--save", "--yes")
    assert _tables(location) != []
    assert [row["author"] for row in tracker("list", "--json").json()] == ["Jane Roe"]


def test_shell_completion_reads_names_from_a_server_and_is_silent_on_any_failure(
        postgres_server: str | None, postgres_url: str) -> None:
    """Completion through TRACKER_DB or --db holding a URL, in code point order as on SQLite;
    nothing at all (no message, exit 0) for an empty database, a wrong password or no server."""
    from tests.test_conventions import _complete

    assert postgres_server is not None
    tracker = Tracker(postgres_url)
    assert _complete("tracker list --author P", TRACKER_DB=postgres_url) == []  # no tables yet
    assert _tables(postgres_url) == []
    tracker.add("x", "--outlet", "The Cradle", "--tag", "ukraine", author="Pepe Escobar")
    tracker.add("y", "--outlet", "the Nation", "--tag", "usa", author="Peter Ärger")
    tracker.add("z", author="paul")
    assert _complete("tracker list --author Pe", TRACKER_DB=postgres_url) == ["Pepe Escobar", "Peter Ärger"]
    assert _complete(f"tracker --db {postgres_url} scorecard --outlet ") == ["The Cradle", "the Nation"]
    assert _complete("tracker list --tag u", TRACKER_DB=postgres_url) == ["ukraine", "usa"]
    assert _complete("tracker compare p", TRACKER_DB=postgres_url) == ["paul"]
    wrong = server_url(postgres_server, postgres_url.rsplit("/", 1)[-1], user="postgres", password="wrong")
    assert _complete("tracker list --author Pe", TRACKER_DB=wrong) == []
    closed = "postgresql://postgres@127.0.0.1:1/nowhere"
    assert _complete("tracker list --author Pe", TRACKER_DB=closed) == []


def _hold_the_writer_lock(location: str) -> Any:
    """Another writer mid-transaction: the connection holding the write lock (roll it back to let go)."""
    if location.startswith("postgresql"):
        import psycopg

        from tracker.storage.backend import WRITE_LOCK_KEY

        holder = psycopg.connect(location)
        holder.execute(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")
        return holder
    import sqlite3

    holder = sqlite3.connect(location, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def _waiting_for_the_lock(location: str, processes: list[subprocess.Popen[str]]) -> bool:
    """True once every process waits for the writer lock (on SQLite: has the file open)."""
    if location.startswith("postgresql"):
        import psycopg

        from tracker.storage.backend import WRITE_LOCK_KEY

        with psycopg.connect(location, autocommit=True) as conn:
            waiting = conn.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = %s "
                                   "AND NOT granted", (WRITE_LOCK_KEY,)).fetchone()
        return waiting == (len(processes),)
    target = os.path.realpath(location)
    for proc in processes:
        folder = Path(f"/proc/{proc.pid}/fd")
        try:
            if not any(os.path.realpath(fd) == target for fd in folder.iterdir()):
                return False
        except OSError:
            return False
    return True


def _race(location: str, commands: list[list[str]]) -> list[tuple[int, str, str]]:
    """Run the commands at once, each waiting for the writer lock that is held until all
    are waiting; (exit code, stdout, stderr) of each, in the order given."""
    holder = _hold_the_writer_lock(location)
    try:
        racers = [subprocess.Popen([sys.executable, "-m", "tracker", "--db", location, *command],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                  for command in commands]
        deadline = time.monotonic() + 120
        while not _waiting_for_the_lock(location, racers) and time.monotonic() < deadline:
            assert all(proc.poll() is None for proc in racers), "a command finished while the lock was held"
            time.sleep(0.1)
        time.sleep(0.5)  # on SQLite, from opening the file to asking for the lock
    finally:
        holder.rollback()
        holder.close()
    return [(proc.wait(timeout=120), *proc.communicate()) for proc in racers]


def test_two_resolutions_of_one_prediction_at_once_both_land_in_turn_and_the_second_says_what_it_replaces(
        location: str) -> None:
    """Resolving again appends to the history and says which outcome it replaces: the second
    writer sees the first's resolution inside its own transaction, so nothing is lost and
    nothing is replaced silently."""
    tracker = Tracker(location)
    pid = tracker.add("The bill passes", "-p", "0.4", date="2021-01-01")
    outcomes = ("true", "false")
    results = _race(location, [["resolve", str(pid), "--outcome", o, "--date", "2021-03-01"] for o in outcomes])
    assert [code for code, _, _ in results] == [0, 0], results
    second = [i for i, (_, _, err) in enumerate(results) if "replaces the earlier outcome" in err]
    assert len(second) == 1, results
    first = 1 - second[0]
    assert f"replaces the earlier outcome '{outcomes[first]}'" in results[second[0]][2]
    history = tracker("show", str(pid), "--json").json()["resolutions"]
    as_json = {"true": True, "false": False}
    assert [r["outcome"] for r in history] == [as_json[outcomes[first]], as_json[outcomes[second[0]]]], history


def test_two_retractions_of_one_resolution_at_once_one_lands_the_other_is_refused(location: str) -> None:
    tracker = Tracker(location)
    pid = tracker.add("The bill passes", "-p", "0.4", date="2021-01-01")
    tracker("resolve", str(pid), "--outcome", "true", "--date", "2021-03-01")
    results = _race(location, [["retract", "1", "--reason", reason] for reason in ("typo", "wrong claim")])
    assert sorted(code for code, _, _ in results) == [0, 2], results
    (refusal,) = [err for code, _, err in results if code != 0]
    assert refusal.strip().splitlines() == ["tracker: error: resolution 1 was already retracted"], refusal
    (landed,) = [i for i, (code, _, _) in enumerate(results) if code == 0]
    history = tracker("show", str(pid), "--json").json()["resolutions"]
    assert len(history) == 1 and history[0]["retraction"]["reason"] == ("typo", "wrong claim")[landed], history


def test_a_database_in_another_encoding_refuses_what_it_cannot_hold_with_one_line(
        postgres_server: str | None, postgres_url: str, tmp_path: Path) -> None:
    """A LATIN1 database holds 'café' but not an emoji: one line saying so (the driver used to
    fail to encode it here, as an internal error), and nothing stored."""
    assert postgres_server is not None
    name = postgres_url.rsplit("/", 1)[-1] + "_latin1"
    admin_sql(postgres_server, f"CREATE DATABASE {name} ENCODING 'LATIN1' LOCALE 'C' TEMPLATE template0")
    try:
        tracker = Tracker(server_url(postgres_server, name))
        tracker.add("Le café ferme")
        failure = tracker.fails("add", "Prices rise 😀", "--author", "A", "--date", "2021-01-01")
        assert "cannot hold a character of this text" in failure.stderr and "createdb --encoding=UTF8" in failure.stderr
        (tmp_path / "rows.csv").write_text("claim,author,date\nfine,A,2021-01-01\nemoji 😀,A,2021-01-01\n", encoding="utf-8")
        failure = tracker.fails("import", str(tmp_path / "rows.csv"))
        assert "cannot hold a character" in failure.stderr and "CONTEXT" not in failure.stderr
        assert [row["claim"] for row in tracker("list", "--json").json()] == ["Le café ferme"]
    finally:
        admin_sql(postgres_server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_a_schema_of_its_own_beside_other_tables_and_a_missing_schema_is_one_line(postgres_url: str) -> None:
    """The README's ``?options=-csearch_path%3Dtracker``: before the schema exists a write says
    so in one line and a read finds no record; after CREATE SCHEMA, tracker lives there."""
    admin_sql(postgres_url, "CREATE TABLE invoices (id int PRIMARY KEY)")
    in_schema = f"{postgres_url}?options=-csearch_path%3Dtracker"
    tracker = Tracker(in_schema)
    failure = tracker.fails("add", "X", "--author", "A", "--date", "2021-01-01")
    assert "the schema named in the URL's search_path does not exist" in failure.stderr
    assert "record predictions first" in tracker.fails("list").stderr
    admin_sql(postgres_url, "CREATE SCHEMA tracker")
    pid = tracker.add("Lives in its own schema")
    assert tracker("show", str(pid), "--json").json()["claim"] == "Lives in its own schema"
    assert _tables(postgres_url) == ["invoices"]


@pytest.mark.parametrize(("url", "said"), [
    ("postgresql://ann:s3cret@[::1/team", "IPv6 host address"),
    ("postgresql://ann:s3cret%zz@127.0.0.1/team", "percent-encoded"),
    ("postgresql://ann:s3cret@127.0.0.1:1/team", "cannot reach the PostgreSQL server"),
    ("postgresql://ann:s3cret@127.0.0.1/team?sslmode=bogus", "sslmode"),
])
def test_a_malformed_or_unreachable_url_is_one_line_without_the_password(tmp_path: Path, url: str, said: str) -> None:
    pytest.importorskip("psycopg")
    failure = Tracker(url).fails("add", "X", "--author", "A", "--date", "2021-01-01")
    assert said in failure.stderr and "s3cret" not in failure.stderr, failure.stderr


def test_an_import_that_at_least_doubles_the_record_refreshes_the_planners_statistics(postgres_url: str, tmp_path: Path) -> None:
    import psycopg

    source = Tracker(tmp_path / "source.db")
    for number in range(30):
        source.add(f"Claim number {number}", "-p", "0.6")
    server = Tracker(postgres_url)
    server.add("Already there", "-p", "0.5")  # the schema exists and its tables are analysed never
    with psycopg.connect(postgres_url) as conn:
        before = dict(conn.execute("SELECT relname, last_analyze FROM pg_stat_user_tables").fetchall())
    assert before["prediction"] is None
    server("import", "-", input=source("export", "--json").stdout)
    with psycopg.connect(postgres_url) as conn:
        after = dict(conn.execute("SELECT relname, last_analyze FROM pg_stat_user_tables").fetchall())
    assert after["prediction"] is not None and after["claim"] is not None
    assert server("verify").exit_code == 0


def test_a_connection_string_names_a_server_and_no_message_shows_its_password(
        postgres_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """``host=… password=…`` works as in ``psql -d``; every message masks the password."""
    from urllib.parse import urlsplit

    real = urlsplit(postgres_url)
    keywords = f"host={real.hostname} port={real.port} user={real.username} dbname={real.path.lstrip('/')}"
    conninfo = f"{keywords} password={real.password}"
    monkeypatch.chdir(tmp_path)
    pid = Tracker(conninfo).add("Stored through a connection string")
    assert Tracker(postgres_url)("show", str(pid), "--json").json()["claim"] == "Stored through a connection string"
    assert not any(tmp_path.iterdir())  # never taken as the name of a SQLite file
    monkeypatch.setenv("TRACKER_DB", conninfo)
    from typer.testing import CliRunner

    from tracker.cli import app

    listed = CliRunner().invoke(app, ["list", "--json"])
    assert listed.exit_code == 0 and json.loads(listed.stdout)[0]["id"] == pid
    for wrong in (f"{keywords} password=wrong-s3cret", f"{keywords} password='wrong s3cret'",
                  f"{keywords} password='wrong s3cret", f"{keywords} password=wrong-s3cret nonsense"):
        failure = Tracker(wrong).fails("list")
        assert "s3cret" not in failure.stderr and real.password not in failure.stderr, failure.stderr
        assert "password=***" in failure.stderr, failure.stderr
    monkeypatch.setenv("TRACKER_DB", f"{keywords} password=wrong-s3cret")
    failure = CliRunner().invoke(app, ["list"])
    assert failure.exit_code == 1 and "wrong password" in failure.stderr and "s3cret" not in failure.stderr
    query = f"postgresql://{real.username}@{real.hostname}:{real.port}/nowhere_db?password=wrong-s3:cret"
    failure = Tracker(query).fails("list")
    assert "s3:cret" not in failure.stderr and "s3" not in failure.stderr.split("password=")[1][:6]
    assert f"postgresql://{real.username}@{real.hostname}:{real.port}/nowhere_db?password=***" in failure.stderr


def _schema_before_the_latest(url: str) -> int:
    """Make ``url``'s database hold tracker's schema one migration short of the latest."""
    import sqlalchemy as sa

    from tracker.storage.backend import ServerURL, create_engine
    from tracker.storage.migrations import MIGRATIONS

    older = len(MIGRATIONS) - 1
    engine = create_engine(ServerURL(url))
    with engine.begin() as conn:
        for version, name, migrate in MIGRATIONS[:older]:
            migrate(conn)
            conn.execute(sa.text("INSERT INTO schema_migrations VALUES (:v, :n, now())"), {"v": version, "n": name})
    engine.dispose()
    return older


def test_a_read_only_role_on_a_schema_that_needs_upgrading_is_told_what_to_do(
        postgres_server: str | None, postgres_url: str) -> None:
    from tracker.storage.migrations import LATEST_VERSION

    older = _schema_before_the_latest(postgres_url)
    database = postgres_url.rsplit("/", 1)[-1]
    role, still = f"reader_{database}", f"still_{database}"
    admin_sql(postgres_url, f"CREATE ROLE {role} LOGIN PASSWORD 'read-only-pw'",
              f"GRANT CONNECT ON DATABASE {database} TO {role}", f"GRANT USAGE ON SCHEMA public TO {role}",
              f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}",
              # an owner whose sessions are read-only (as on a standby) cannot upgrade either
              f"CREATE ROLE {still} LOGIN PASSWORD 'still-pw' IN ROLE postgres",
              f"ALTER ROLE {still} SET default_transaction_read_only = on")
    try:
        reader = Tracker(server_url(postgres_url, database, user=role, password="read-only-pw"))
        failure = reader.fails("list", code=1)
        assert f"needs upgrading (schema {older} to {LATEST_VERSION})" in failure.stderr, failure.stderr
        assert f"this role ({role}) may not change its tables" in failure.stderr
        assert "as the role that owns the tables (postgres)" in failure.stderr and "read-only-pw" not in failure.stderr
        standby = Tracker(server_url(postgres_url, database, user=still, password="still-pw")).fails("list", code=1)
        assert "the server is read-only" in standby.stderr, standby.stderr
        import psycopg

        with psycopg.connect(postgres_url) as conn:  # nothing was changed
            assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone() == (older,)
        Tracker(postgres_url)("list")  # the owner upgrades it
        assert reader("list", "--json").json() == []
    finally:
        admin_sql(postgres_url, f"DROP OWNED BY {role}", f"DROP ROLE {role}", f"DROP OWNED BY {still}", f"DROP ROLE {still}")


def _signal_when(url: str, command: list[str], watch: Any, condition: str, params: tuple[object, ...],
                 signum: int) -> tuple[int, str]:
    """Run `tracker --db url command`, send it ``signum`` once the server says ``condition``
    (a count query, asked on ``watch``), and return its exit code and stderr."""
    # A job started in the background by a shell inherits SIGINT ignored; a user's terminal does
    # not, so the child gets the default disposition back whatever launched the tests.
    proc = subprocess.Popen([sys.executable, "-m", "tracker", "--db", url, *command],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 60
        while not watch.execute(condition, params).fetchone()[0]:
            assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
            time.sleep(0.05)
        proc.send_signal(signum)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    return proc.returncode, err


@pytest.mark.parametrize(("command", "signal_name", "code", "said"), [
    (["list"], "SIGINT", 130, "tracker: error: interrupted; the running query was cancelled"),
    (["add", "Never stored", "--author", "Ann", "--date", "2021-01-01"], "SIGINT", 130, "tracker: error: interrupted;"),
    (["add", "Never stored", "--author", "Ann", "--date", "2021-01-01"], "SIGTERM", 143,
     "tracker: error: terminated (SIGTERM); the running query was cancelled"),
    (["scorecard"], "SIGTERM", 143, "tracker: error: terminated (SIGTERM)"),
    (["list"], "SIGKILL", -9, ""),
])
def test_a_signal_during_a_query_cancels_it_on_the_server(postgres_url: str, command: list[str], signal_name: str,
                                                          code: int, said: str) -> None:
    """Ctrl-C and SIGTERM cancel the server's query and exit with one line; even a client
    killed outright leaves no query running (the server checks for it every 2 seconds)."""

    import psycopg

    Tracker(postgres_url).add("Already stored", "-p", "0.4")
    database = postgres_url.rsplit("/", 1)[-1]
    running = ("SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND application_name = 'tracker' "
               "AND state = 'active'")
    with psycopg.connect(postgres_url) as holder, psycopg.connect(postgres_url, autocommit=True) as watch:
        holder.execute("LOCK TABLE claim, prediction IN ACCESS EXCLUSIVE MODE")  # the command's query waits on it
        returncode, err = _signal_when(postgres_url, command, watch, running + " AND wait_event_type = 'Lock'",
                                       (database,), getattr(signal, signal_name))
        assert returncode == code, err
        if said:
            lines = err.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith(said), err
        # The lock is still held: a query left behind would still be waiting on it.
        deadline = time.monotonic() + (10 if signal_name == "SIGKILL" else 1)
        while watch.execute(running, (database,)).fetchone()[0] and time.monotonic() < deadline:  # type: ignore[index]
            time.sleep(0.1)
        assert watch.execute(running, (database,)).fetchone() == (0,)
        holder.rollback()
    assert [row["claim"] for row in Tracker(postgres_url)("list", "--json").json()] == ["Already stored"]


@pytest.mark.parametrize(("given", "server"), [
    ("host=db.example.org dbname=team", True),
    ("  service=team", True),
    ("dbname = team user=ann", True),
    ("postgres://ann@db/team", True),
    ("predictions.db", False),
    ("./host=odd-name.db", False),  # a path that merely contains '=' stays a file
    ("notes=2021.db", False),  # not a libpq keyword
])
def test_a_libpq_connection_string_is_told_from_a_file_path(given: str, server: bool) -> None:
    from tracker.storage.backend import ServerURL
    from tracker.storage.database import database_path

    assert isinstance(database_path(given), ServerURL) is server


@pytest.mark.parametrize("password", ["er", "o", "ss"])
def test_a_short_password_is_masked_without_spelling_itself_out(password: str) -> None:
    """Replacing a short password inside words ("s***v***") would spell it out through the gaps."""
    from tracker.storage.backend import ServerURL

    location = ServerURL(f"postgresql://ann:{password}@127.0.0.1:1/team")
    driver = (f'connection to server at "127.0.0.1", port 1 failed: password "{password}" rejected; '
              f"user=ann password={password} host=127.0.0.1 server error")
    scrubbed = location.scrub(driver)
    assert "server at" in scrubbed and "server error" in scrubbed  # the words around stay whole
    assert f'"{password}"' not in scrubbed and f"password={password} " not in scrubbed
    assert scrubbed.count("***") >= 2


def test_a_file_or_folder_that_is_there_wins_over_a_connection_string(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """``host=x dbname=y`` names a server only while no such file (or folder of the path) is
    there: an existing file, or a path into an existing folder, is a file, as a user sees it."""
    from tracker.storage.backend import ServerURL
    from tracker.storage.database import database_path

    monkeypatch.chdir(tmp_path)
    assert isinstance(database_path("host=x dbname=y"), ServerURL)
    assert isinstance(database_path("host=/var/run/postgresql dbname=team"), ServerURL)  # a socket folder
    Tracker(tmp_path / "host=x dbname=y").add("Kept in the file", "-p", "0.6")
    assert database_path("host=x dbname=y") == Path("host=x dbname=y")
    listed = Tracker("host=x dbname=y")("list", "--json").json()
    assert [row["claim"] for row in listed] == ["Kept in the file"]
    (tmp_path / "host=team").mkdir()
    assert database_path("host=team/new.db") == Path("host=team/new.db")
    Tracker("host=team/new.db").add("A new file in that folder")
    assert (tmp_path / "host=team" / "new.db").is_file()
    monkeypatch.setenv("TRACKER_DB", "host=x dbname=y")  # the variable is read the same way
    assert database_path(None) == Path("host=x dbname=y")


def test_an_unreachable_connection_string_says_how_to_name_a_file_instead(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("psycopg")
    monkeypatch.chdir(tmp_path)
    failure = Tracker("host=127.0.0.1 port=1 dbname=team").fails("list")
    assert "cannot reach the PostgreSQL server" in failure.stderr, failure.stderr
    assert failure.stderr.strip().endswith("to use a file of that name, write ./host=127.0.0.1 port=1 dbname=team")
    assert not any(tmp_path.iterdir())


SLOW_COMMIT = {
    # a deferred trigger runs inside COMMIT: the server is still committing when the signal comes
    "aborted": "PERFORM pg_sleep(60);",  # the cancel stops it, so the COMMIT fails
    "committed": "PERFORM pg_sleep(60); EXCEPTION WHEN query_canceled THEN NULL;",  # the COMMIT outlives the cancel
    # ...and outlives psycopg's 5 s wait for the cancelled COMMIT, which then closes the connection
    "unknown": "PERFORM pg_sleep(60); EXCEPTION WHEN query_canceled THEN PERFORM pg_sleep(8);",
}


@pytest.mark.parametrize(("outcome", "signal_name", "code", "said"), [
    ("aborted", "SIGINT", 130, "tracker: error: interrupted during COMMIT, and the server rolled the transaction back; "
                               "nothing was changed"),
    ("committed", "SIGTERM", 143, "tracker: error: terminated (SIGTERM) just as the change was being committed, and "
                                  "the server says the transaction committed: the change is stored"),
    ("unknown", "SIGINT", 130, "tracker: error: interrupted during COMMIT, and the server's answer did not come back: "
                               "the server decides whether the change was stored; check with 'tracker list' "
                               "(or ask it in psql: SELECT txid_status("),
])
def test_a_signal_during_commit_says_what_the_server_did(postgres_url: str, outcome: str, signal_name: str,
                                                         code: int, said: str) -> None:
    """Ctrl-C during COMMIT: psycopg cancels it, which may come too late; the line says what
    the server did (asked by transaction id), or, when it cannot tell, how to find out."""

    import psycopg

    Tracker(postgres_url).add("Already stored", "-p", "0.4")
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute("CREATE FUNCTION slow_commit() RETURNS trigger LANGUAGE plpgsql AS "
                      f"$$ BEGIN {SLOW_COMMIT[outcome]} RETURN NULL; END $$")
        admin.execute("CREATE CONSTRAINT TRIGGER slow_commit AFTER INSERT ON prediction DEFERRABLE INITIALLY DEFERRED "
                      "FOR EACH ROW EXECUTE FUNCTION slow_commit()")
        committing = ("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'tracker' "
                      "AND query = 'COMMIT' AND wait_event = 'PgSleep'")
        returncode, err = _signal_when(postgres_url, ["add", "Maybe stored", "--author", "Ann", "--date", "2021-01-01"],
                                       admin, committing, (), getattr(signal, signal_name))
        assert returncode == code, err
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(said), err
        deadline = time.monotonic() + 30  # the unknown COMMIT goes on for a while on the server
        left = "SELECT pid, state, query FROM pg_stat_activity WHERE application_name = 'tracker' AND state <> 'idle'"
        while rows := admin.execute(left).fetchall():
            assert time.monotonic() < deadline, rows
            time.sleep(0.1)
        admin.execute("DROP TRIGGER slow_commit ON prediction")
    if outcome == "unknown":
        # The check the line suggests gives the server's answer once the COMMIT is over (here
        # "aborted": the server ended it on finding the client gone, client_connection_check_interval).
        xid = int(lines[0].rsplit("txid_status(", 1)[1].rstrip(")"))
        with psycopg.connect(postgres_url) as conn:
            (outcome,) = conn.execute("SELECT txid_status(%s)", (xid,)).fetchone()  # type: ignore[misc]
        assert outcome in ("committed", "aborted")
    claims = sorted(row["claim"] for row in Tracker(postgres_url)("list", "--json").json())
    assert claims == (["Already stored"] if outcome == "aborted" else ["Already stored", "Maybe stored"])
    assert Tracker(postgres_url)("verify").exit_code == 0


def test_a_table_out_of_32_bit_ids_refuses_the_write_in_one_line(postgres_url: str) -> None:
    """The id columns stay 32-bit on the server (README: no migration to BIGINT): the limit
    is a refusal that says so, with nothing stored, never a traceback."""
    import psycopg

    tracker = Tracker(postgres_url)
    tracker.add("Stored first", "-p", "0.5")
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("SELECT setval('prediction_id_seq', 2147483647)")
    from tracker.storage.backend import ServerURL

    failure = tracker.fails("add", "One too many", "--author", "Ann", "--date", "2021-01-01", code=1)
    assert failure.stderr.strip() == (
        f"tracker: error: database {ServerURL(postgres_url)}: nextval: reached maximum value of sequence "
        '"prediction_id_seq" (2147483647): the table has used every id a 32-bit column holds (2,147,483,647); '
        "nothing was changed")
    assert [row["claim"] for row in tracker("list", "--json").json()] == ["Stored first"]
