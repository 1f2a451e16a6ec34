"""Bad input found by hand in the thirteenth round: pipes read twice, closed standard streams,
names too long for the file system, numbers too long for int(), wide encodings, names made of
direction marks, byte-order marks where files were concatenated.

Each refusal is one line on stderr and a non-zero exit, and leaves no database behind.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Tracker

HEADER = "claim,author,date,probability\n"
ROWS = "".join(f"Claim number {n} comes true,Ann,2021-01-01,0.5\n" for n in range(3000))  # about 130 KB
FEW_ROWS = "".join(ROWS.splitlines(keepends=True)[:4])


def run_shell(script: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """The installed command under bash, so that a test can close a standard stream or make a pipe."""
    env = {**os.environ, "TRACKER": f"{sys.executable} -m tracker"}  # word-split by bash: the path holds no space
    return subprocess.run(["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True,
                          check=False, timeout=120)


def one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("tracker: error: "), stderr
    assert "Traceback" not in stderr and "internal error" not in stderr
    return lines[0]


def test_a_pipe_larger_than_a_read_buffer_is_imported_whole(tmp_path: Path) -> None:
    """The progress bar's line count opened the pipe a second time and took rows from the import."""
    (tmp_path / "rows.csv").write_text(HEADER + ROWS, encoding="utf-8")
    done = run_shell('TRACKER_IMPORT_PIPELINE=0 $TRACKER --db x.db import <(cat rows.csv) --json', tmp_path)
    assert done.returncode == 0, done.stderr
    assert '"predictions_added": 3000' in done.stdout


def test_a_fifo_is_read_once_and_imported(tmp_path: Path) -> None:
    """A named pipe whose writer has finished: opening it again waited for ever."""
    (tmp_path / "rows.csv").write_text(HEADER + ROWS, encoding="utf-8")
    os.mkfifo(tmp_path / "rows.fifo")
    done = run_shell('(cat rows.csv > rows.fifo &); $TRACKER --db x.db import rows.fifo --json', tmp_path)
    assert done.returncode == 0, done.stderr
    assert '"predictions_added": 3000' in done.stdout


@pytest.mark.parametrize(("command", "message"), [
    ("import -", "standard input is closed: nothing to import"),
    ("extract -", "standard input is closed: no article to read"),
])
def test_closed_standard_input_is_one_line(tmp_path: Path, command: str, message: str) -> None:
    done = run_shell(f"$TRACKER --db x.db {command} <&-", tmp_path)
    assert done.returncode == 2
    assert message in one_error_line(done.stderr)
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize("command", ["export", "list", "scorecard"])
def test_closed_standard_output_is_one_line(tracker: Tracker, tmp_path: Path, command: str) -> None:
    tracker.add("Rain falls in Paris on 1 May 2021")
    done = run_shell(f'$TRACKER --db "{tracker.db}" {command} >&-', tmp_path)
    assert done.returncode == 1
    assert "standard output is closed" in one_error_line(done.stderr)


def test_a_command_that_prints_on_stderr_runs_with_standard_output_closed(tmp_path: Path) -> None:
    done = run_shell("$TRACKER --db x.db add 'Rain falls' --author Ann --date 2021-01-01 >&-", tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Added prediction 1" in done.stderr


def test_an_id_of_thousands_of_digits_is_refused_as_too_large(tracker: Tracker) -> None:
    tracker.add("Rain falls in Paris on 1 May 2021")
    for command in (["show"], ["resolve", "--outcome", "true"], ["amend", "--reason", "r", "--claim", "y"]):
        out = tracker.fails(command[0], "9" * 5000, *command[1:], code=2)
        assert "a number of 5,000 digits is far too large for an id" in out.stderr
    assert "no prediction with id 99999999999999999999" in tracker.fails("show", "9" * 20, code=1).stderr


def test_a_database_name_too_long_for_the_file_system(tmp_path: Path) -> None:
    out = Tracker(tmp_path / ("a" * 300 + ".db")).fails("add", "Rain falls", "--author", "Ann", "--date", "2021-01-01",
                                                       code=1)
    assert "cannot use database" in out.stderr and "File name too long" in out.stderr


def test_a_database_that_is_a_loop_of_links(tmp_path: Path) -> None:
    (tmp_path / "a.db").symlink_to(tmp_path / "b.db")
    (tmp_path / "b.db").symlink_to(tmp_path / "a.db")
    out = Tracker(tmp_path / "a.db").fails("verify", code=1)
    assert "Too many levels of symbolic links" in out.stderr


def test_an_import_file_name_too_long_for_the_file_system(tracker: Tracker, tmp_path: Path) -> None:
    out = tracker.fails("import", str(tmp_path / ("a" * 300 + ".csv")), code=2)
    assert "cannot open" in out.stderr and "File name too long" in out.stderr
    assert not Path(tracker.db).exists()


@pytest.mark.parametrize(("encoding", "named"), [
    ("utf-16-le", "UTF-16LE (no byte-order mark)"),
    ("utf-16-be", "UTF-16BE (no byte-order mark)"),
    ("utf-32", "UTF-32"),
])
def test_wide_encodings_are_named_with_the_conversion(tracker: Tracker, tmp_path: Path, encoding: str,
                                                      named: str) -> None:
    """Called a binary file (UTF-16 without its mark) or read as a header that lacked every column (UTF-32)."""
    source = tmp_path / "wide.csv"
    source.write_bytes((HEADER + FEW_ROWS).encode(encoding))
    out = tracker.fails("import", str(source), code=2)
    assert f"is {named}, not UTF-8; convert it first: iconv -f {named.split()[0]} -t UTF-8" in out.stderr
    assert not Path(tracker.db).exists()


@pytest.mark.parametrize("marks", ["\u200f", "\u200e\u200e", "\u061c", " \u200f "])
def test_a_name_made_only_of_direction_marks_is_blank(tracker: Tracker, tmp_path: Path, marks: str) -> None:
    out = tracker.fails("add", "Rain falls", "--author", marks, "--date", "2021-01-01", code=2)
    assert "author only looks blank" in out.stderr
    source = tmp_path / "marks.csv"
    source.write_text(f"{HEADER}Rain falls,{marks},2021-01-01,0.5\n", encoding="utf-8")
    assert "line 2: author only looks blank" in tracker.fails("import", str(source), code=2).stderr
    assert not Path(tracker.db).exists()


def test_a_direction_mark_inside_a_right_to_left_name_is_kept(tracker: Tracker) -> None:
    tracker.add("Rain falls", author="\u200fعلي 🎉")
    assert tracker("list", "--author", "\u200fعلي 🎉").stdout.count("Rain falls") == 1


def test_a_byte_order_mark_where_json_lines_files_were_concatenated(tracker: Tracker, tmp_path: Path) -> None:
    """``cat a.jsonl b.jsonl`` of two exports saved with a mark: the second file's first row was refused."""
    row = '{{"claim": "Rain falls in {}", "author": "Ann", "date": "2021-01-01", "probability": 0.6}}\n'
    source = tmp_path / "joined.jsonl"
    source.write_bytes(b"\xef\xbb\xbf" + row.format("Paris").encode() + b"\xef\xbb\xbf" + row.format("Rome").encode())
    assert tracker("import", str(source), "--json").json()["predictions_added"] == 2


def test_standard_input_in_utf16_is_read_with_its_mark_and_named_without(tmp_path: Path) -> None:
    """Read as UTF-8 whatever it held: the mark was "a byte that is not UTF-8 (0xFF)" in the header."""
    (tmp_path / "marked.csv").write_bytes((HEADER + FEW_ROWS).encode("utf-16"))
    done = run_shell("cat marked.csv | $TRACKER --db x.db import - --json", tmp_path)
    assert done.returncode == 0, done.stderr
    assert '"predictions_added": 4' in done.stdout
    (tmp_path / "bare.csv").write_bytes((HEADER + FEW_ROWS).encode("utf-16-le"))
    done = run_shell("$TRACKER --db y.db import - < bare.csv", tmp_path)
    assert done.returncode == 2
    assert "standard input is UTF-16LE (no byte-order mark), not UTF-8; convert it on the way: iconv -f UTF-16LE" in \
        one_error_line(done.stderr)
    assert not (tmp_path / "y.db").exists()


@pytest.mark.parametrize("command", [["export", "-o"], ["backup"], ["report", "--html"],
                                     ["import", "{source}", "--skip-invalid", "--rejects"]])
def test_an_output_name_too_long_for_the_file_system(tracker: Tracker, tmp_path: Path, command: list[str]) -> None:
    tracker.add("Rain falls in Paris on 1 May 2021")
    source = tmp_path / "rows.csv"
    source.write_text(HEADER + "Snow falls,Bob,2021-01-01,0.5\nbad,Bob,2021-01-01,7\n", encoding="utf-8")
    too_long = str(tmp_path / ("a" * 300))
    out = tracker.fails(*[str(source) if part == "{source}" else part for part in command], too_long, code=1)
    assert f"cannot use {too_long}: File name too long" in out.stderr
    assert tracker("list").stdout.count("\n") == 1  # the import was not stored
