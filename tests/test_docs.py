"""The README and --help stay true: every command is documented, with an example."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from tests.conftest import plain
from tracker.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme(name: str) -> None:
    headings = re.findall(r"^###+ (.+)$", README, flags=re.MULTILINE)
    assert any(re.search(rf"\b{name}\b", h) for h in headings), f"no README section for {name}"
    assert f"tracker {name}" in README, f"no example of 'tracker {name}' in the README"


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example(name: str) -> None:
    result = CliRunner().invoke(app, [name, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "Example" in result.stdout, f"tracker {name} --help has no example"


def test_readme_has_exactly_the_two_setup_commands() -> None:
    setup = README.split("## Set-up", 1)[1].split("## ", 1)[0]
    commands = [line.strip() for line in setup.splitlines() if line.startswith("    ")]
    assert commands == [
        "python3 -m venv .venv && .venv/bin/pip install -q . && .venv/bin/tracker scorecard",
        "python3 -m venv .venv && .venv/bin/pip install -q -e '.[test]' && .venv/bin/python -m pytest",
    ]
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines()


def test_no_placeholder_is_left_in_the_readme() -> None:
    assert not re.search(r"\b[A-Z]+-FIGURES\b|TODO|TBD", README)


SESSION = [
    ["scorecard"],
    ["list", "--author", "Pepe Escobar", "--until", "2021-12-31", "--status", "resolved"],
    ["show", "1"],
    ["scorecard", "--by", "outlet"],
    ["verify"],
]


@pytest.mark.parametrize("args", SESSION, ids=[" ".join(a) for a in SESSION])
def test_the_readme_session_is_what_the_shipped_database_prints(args: list[str], tmp_path: Path) -> None:
    """Every line the README shows for these commands is printed by them, on a copy of the
    shipped database, at the README's width of 100 columns."""
    import shutil

    db = tmp_path / "copy.db"
    shutil.copy(Path(__file__).resolve().parent.parent / "predictions.db", db)
    result = CliRunner().invoke(app, ["--db", str(db), *args], env={"COLUMNS": "100", "TTY_COMPATIBLE": "1", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    printed = [line.rstrip() for line in plain(result.stdout + result.stderr).splitlines() if line.strip()]
    assert printed
    missing = [line for line in printed if line not in README]
    assert not missing, f"tracker {' '.join(args)} prints lines the README does not show: {missing[:3]}"
