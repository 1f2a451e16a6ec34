"""Schema migrations: a fresh database matches the models; an old one upgrades with every row intact."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

import tracker.storage.models  # noqa: F401  (registers the tables)
from tests.conftest import Tracker
from tracker.storage.database import open_database
from tracker.storage.migrations import LATEST_VERSION, MIGRATIONS

FIXTURE = Path(__file__).parent / "fixtures" / "schema_v1.db"


def describe(engine: sa.Engine) -> dict[str, dict[str, object]]:
    inspector = sa.inspect(engine)
    return {
        table: {
            "columns": {c["name"]: c["nullable"] for c in inspector.get_columns(table)},
            "indexes": sorted((i["name"], tuple(i["column_names"]), bool(i["unique"])) for i in inspector.get_indexes(table)),
            "foreign_keys": sorted((tuple(f["constrained_columns"]), f["referred_table"]) for f in inspector.get_foreign_keys(table)),
        }
        for table in sorted(inspector.get_table_names())
    }


def test_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    migrated = open_database(tmp_path / "migrated.db")
    reference = sa.create_engine(f"sqlite:///{tmp_path / 'models.db'}")
    SQLModel.metadata.create_all(reference)
    got, want = describe(migrated.engine), describe(reference)
    # SQLModel makes unique=True a unique index; migration 1 made it a UNIQUE constraint (same effect).
    for schema in (got, want):
        schema["claim"]["indexes"] = [i for i in schema["claim"]["indexes"] if i[1] != ("key",)]  # type: ignore[index,union-attr]
    assert got == want
    migrated.dispose()


def test_core_tables_describe_exactly_the_models(tmp_path: Path) -> None:
    """Commands read and write through tracker/storage/tables.py (Core, no SQLModel import):
    those tables must be the models' tables, column for column, type for type."""
    from tracker.storage import tables

    core = sa.create_engine(f"sqlite:///{tmp_path / 'core.db'}")
    models = sa.create_engine(f"sqlite:///{tmp_path / 'models.db'}")
    tables.metadata.create_all(core)
    SQLModel.metadata.create_all(models)
    assert describe(core) == describe(models)

    def kinds(metadata: sa.MetaData) -> dict[str, list[tuple[object, ...]]]:
        return {
            name: [
                (c.name, type(c.type).__name__.replace("AutoString", "String"), c.primary_key, c.nullable,
                 bool(c.unique), getattr(c.default, "arg", None), getattr(c.type, "impl", c.type).python_type.__name__, c.autoincrement)
                for c in table.columns
            ]
            for name, table in metadata.tables.items()
        }

    assert kinds(tables.metadata) == kinds(SQLModel.metadata)


def test_commands_that_read_never_import_sqlmodel(tmp_path: Path) -> None:
    """SQLModel (with pydantic) costs more start-up than a page of a million predictions."""
    db = tmp_path / "t.db"
    Tracker(db).add("Imports stay light", "-p", "0.4")
    code = ("import sys; from tracker.cli import main; sys.argv = ['tracker', '--db', sys.argv[1], 'list'];\n"
            "try:\n main()\nexcept SystemExit:\n pass\n"
            "assert 'sqlmodel' not in sys.modules and 'pydantic' not in sys.modules, 'sqlmodel imported'")
    result = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_migrations_are_registered_in_order() -> None:
    assert [v for v, _, _ in MIGRATIONS] == list(range(1, LATEST_VERSION + 1))


def test_first_release_database_upgrades_with_every_row(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copy(FIXTURE, db)
    tracker = Tracker(db)
    rows = {r["id"]: r for r in tracker("list", "--json").json()}
    assert set(rows) == {1, 2, 3}
    assert rows[1]["claim"] == "Russia will invade Ukraine" and rows[1]["probability"] == 0.1
    assert rows[1]["tags"] == ["ukraine", "war"] and rows[1]["outcome"] is True
    assert rows[1]["quote"] == "nobody really expects Russia to invade Ukraine"
    assert rows[2]["outcome"] is None and rows[3]["probability"] is None
    assert rows[3]["claim_id"] == rows[1]["claim_id"]
    assert [r["outcome"] for r in tracker("show", "1", "--json").json()["resolutions"]] == ["ambiguous", True]
    # Migration 2 computed the content hashes the old rows lacked; they verify.
    assert all(len(r["hash"]) == 64 for r in rows.values())
    verified = tracker("verify", "--json").json()
    assert (verified["checked"], verified["ok"], verified["problems"]) == (3, True, [])
    with sqlite3.connect(db) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
    assert versions == list(range(1, LATEST_VERSION + 1))
    # The upgraded file takes new records normally.
    tracker.add("New claim after upgrade", "-p", "0.3")
    assert len(tracker("list", "--json").json()) == 4


def test_two_processes_upgrading_at_once_apply_each_migration_once(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copy(FIXTURE, db)
    procs = [
        subprocess.Popen([sys.executable, "-m", "tracker", "--db", str(db), "list", "--json"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with sqlite3.connect(db) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations")]
        assert sorted(versions) == list(range(1, LATEST_VERSION + 1))
        assert conn.execute("SELECT count(*) FROM prediction").fetchone()[0] == 3


def test_a_database_from_a_newer_tracker_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    open_database(db).dispose()
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES (99, 'm099_future', '2030-01-01 00:00:00')")
    before = db.read_bytes()
    result = Tracker(db).fails("list")
    assert "newer tracker (schema 99" in result.stderr
    assert db.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"claim,author,date\nA,B,2021-01-01\n", "not a SQLite database"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "not a SQLite database"),
        (b"SQLite format 3\x00" + b"\xff" * 2000, "damaged or not a tracker database"),
    ],
)
def test_files_that_are_not_tracker_databases_are_never_touched(tmp_path: Path, content: bytes, message: str) -> None:
    db = tmp_path / "thing.db"
    db.write_bytes(content)
    for args in (["list"], ["add", "x", "--author", "A", "--date", "2021-01-01"], ["scorecard"]):
        assert message in Tracker(db).fails(*args).stderr
    assert db.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thing.db"]


def test_another_programs_sqlite_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "other.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
        conn.execute("INSERT INTO invoices VALUES (1, 9.5)")
    before = db.read_bytes()
    result = Tracker(db).fails("add", "x", "--author", "A", "--date", "2021-01-01")
    assert "another program (tables: invoices)" in result.stderr
    assert db.read_bytes() == before


def test_a_folder_or_missing_parent_is_refused(tmp_path: Path) -> None:
    assert "is a directory" in Tracker(tmp_path).fails("list").stderr
    assert "does not exist" in Tracker(tmp_path / "nope" / "x.db").fails("add", "x", "--author", "A", "--date", "2021-01-01").stderr
    assert "no database at" in Tracker(tmp_path / "nope" / "x.db").fails("list").stderr
