"""Shared fixtures: every test gets its own database file in a temporary folder."""

from __future__ import annotations

import json
import re
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

    def __init__(self, db: Path) -> None:
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


@pytest.fixture
def tracker(tmp_path: Path) -> Tracker:
    return Tracker(tmp_path / "test.db")


def db_snapshot(path: Path) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Every row of every table, to prove a refused command changed nothing."""
    import sqlite3

    if not path.exists():
        return []
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return [(name, sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)) for name in tables]
    finally:
        conn.close()
