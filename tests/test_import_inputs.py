"""What an import file can be: a pipe, UTF-16 from a spreadsheet, a stray NUL in one row, nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import Tracker

CSV = "claim,author,date,probability\nThe dam will hold,Ann,2024-01-01,0.5\nThe strike ends in May,Ann,2024-01-01,0.3\n"


def test_a_pipe_is_read_once_and_imported(tmp_path: Path) -> None:
    source = tmp_path / "rows.csv"
    source.write_text(CSV, encoding="utf-8")
    db = tmp_path / "pipe.db"
    done = subprocess.run(["bash", "-c", f'"{sys.executable}" -m tracker --db "{db}" import <(cat "{source}") --json'],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert '"predictions_added": 2' in done.stdout


def test_utf16_with_its_byte_order_mark_is_text(tracker: Tracker, tmp_path: Path) -> None:
    source = tmp_path / "unicode.csv"
    source.write_bytes(CSV.encode("utf-16"))
    assert tracker("import", str(source), "--json").json()["predictions_added"] == 2


def test_a_stray_nul_refuses_its_row_not_the_file(tracker: Tracker, tmp_path: Path) -> None:
    source = tmp_path / "nul.csv"
    source.write_bytes(CSV.replace("Ann,2024-01-01,0.3", "Ann\x00,2024-01-01,0.3").encode())
    rejects = tmp_path / "rejects.csv"
    summary = tracker("import", str(source), "--skip-invalid", "--rejects", str(rejects), "--json").json()
    assert summary["predictions_added"] == 1
    assert rejects.read_text(encoding="utf-8").splitlines()[1].startswith("3,author contains a control or invisible character (U+0000)")
    assert "line 3:" in tracker.fails("import", str(source), code=2).stderr  # without --skip-invalid: all or nothing


def test_many_nuls_are_a_binary_file(tracker: Tracker, tmp_path: Path) -> None:
    source = tmp_path / "blob.csv"
    source.write_bytes(b"claim,author\n" + b"\x00" * 40)
    assert "binary file, not CSV or JSON Lines" in tracker.fails("import", str(source), code=2).stderr


def test_empty_standard_input_says_so(tracker: Tracker) -> None:
    assert "standard input is empty: nothing to import" in tracker.fails("import", "-", input="", code=2).stderr


def test_a_device_is_refused_before_it_is_read(tracker: Tracker) -> None:
    assert "/dev/zero is a device, not a file to import" in tracker.fails("import", "/dev/zero", "--dry-run", code=2).stderr


def test_a_stream_without_line_breaks_is_refused_after_one_megabyte(tracker: Tracker) -> None:
    outcome = tracker.fails("import", "-", "--dry-run", input="x" * (1024 * 1024 + 10), code=2)
    assert "standard input: the first line is longer than 1 MB" in outcome.stderr
