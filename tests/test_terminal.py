"""Colour follows the terminal and NO_COLOR; progress bars show only on a terminal."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

SHIPPED = Path(__file__).resolve().parent.parent / "predictions.db"
COLOUR = re.compile(r"\x1b\[(?:\d+;)*3[0-7]m")  # a foreground colour code
ANY_ESCAPE = re.compile(r"\x1b\[")


def run(db: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TERM", "TTY_COMPATIBLE")}
    return subprocess.run([sys.executable, "-m", "tracker", "--db", str(db), *args],
                          capture_output=True, text=True, env={**clean, **env}, check=True)


def test_piped_output_has_no_escape_codes(tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(SHIPPED, db)
    result = run(db, "list")
    assert "Russia will invade Ukraine" in result.stdout
    assert not ANY_ESCAPE.search(result.stdout + result.stderr)


def test_colour_on_a_terminal_and_none_with_no_color(tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(SHIPPED, db)
    coloured = run(db, "list", FORCE_COLOR="1", TERM="xterm-256color")
    assert COLOUR.search(coloured.stdout)  # outcomes are green or red on a terminal
    plain = run(db, "list", FORCE_COLOR="1", TERM="xterm-256color", NO_COLOR="1")
    assert not COLOUR.search(plain.stdout)
    assert "Russia will invade Ukraine" in plain.stdout


def test_no_progress_bar_when_piped(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    source = tmp_path / "rows.csv"
    source.write_text("claim,author,date\n" + "".join(f"claim {i},A,2021-01-01\n" for i in range(3000)), encoding="utf-8")
    result = run(db, "import", str(source))
    assert result.stdout == ""  # no data; the summary is a message, and there is no bar
    lines = result.stderr.splitlines()  # the summary (two lines) and nothing of a bar
    assert lines[0].startswith("Imported 3000 prediction(s)") and lines[1].startswith("  1 source(s)") and len(lines) == 2


def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    import pty

    source = tmp_path / "rows.csv"
    source.write_text("claim,author,date\n" + "".join(f"claim {i},A,2021-01-01\n" for i in range(5000)), encoding="utf-8")
    seen = bytearray()

    def read(fd: int) -> bytes:
        data = os.read(fd, 4096)
        seen.extend(data)
        return data

    status = pty.spawn([sys.executable, "-m", "tracker", "--db", str(tmp_path / "t.db"), "import", str(source)], read)
    text = seen.decode("utf-8", errors="replace")
    assert os.waitstatus_to_exitcode(status) == 0
    assert "importing rows.csv" in text and "5000/5000" in text
    assert "Imported 5000 prediction(s)" in text
