"""Conventions of a well-behaved CLI: pages on a terminal and streams in a pipe, data on stdout
and messages on stderr, one JSON shape, --db anywhere, help with plain placeholders, completion."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from tests.conftest import Tracker
from tracker.cli import app

COMMANDS = sorted(get_command(app).commands)  # type: ignore[attr-defined]
SHIPPED = Path(__file__).resolve().parent.parent / "predictions.db"


def _many(tracker: Tracker, count: int) -> None:
    source = tracker.db.with_name("many.csv")
    source.write_text("claim,author,date,probability,deadline\n" + "".join(
        f"Claim number {i} comes true,Author {i % 3},2021-01-{1 + i % 28:02d},0.{1 + i % 9},2022-06-30\n" for i in range(count)
    ), encoding="utf-8")
    tracker("import", str(source))


# --- listings: a page on a terminal, every row when piped ------------------------------------


def test_terminal_listing_shows_a_page_and_says_how_many_more(tracker: Tracker) -> None:
    _many(tracker, 120)
    result = tracker("list", terminal=True)
    ids = re.findall(r"^│ +(\d+) │", result.stdout, flags=re.MULTILINE)
    assert len(ids) == 50
    assert result.stderr.strip() == "Showing 1–50 of 120 predictions; see more with --offset 50, --limit N or --all."
    second = tracker("list", "--offset", "50", "--limit", "60", terminal=True)
    assert len(re.findall(r"^│ +(\d+) │", second.stdout, flags=re.MULTILINE)) == 60
    assert "Showing 51–110 of 120 predictions; see more with --offset 110" in second.stderr
    everything = tracker("list", "--all", terminal=True)
    assert len(re.findall(r"^│ +(\d+) │", everything.stdout, flags=re.MULTILINE)) == 120
    assert everything.stderr == ""


def test_piped_listing_streams_every_row_one_per_line_tab_separated(tracker: Tracker) -> None:
    _many(tracker, 120)
    lines = tracker("list").stdout.splitlines()
    assert len(lines) == 120
    fields = [line.split("\t") for line in lines]
    assert all(len(f) == 7 for f in fields)
    assert {f[3] for f in fields} == {f"Claim number {i} comes true" for i in range(120)}  # never truncated
    assert not re.search("[┃│━─]", "\n".join(lines))
    assert tracker("list", "--limit", "5", "--offset", "10").stdout.splitlines() == lines[10:15]
    json_rows = tracker("list", "--json").json()
    assert [str(r["id"]) for r in json_rows] == [f[0] for f in fields]  # same order as --json


def test_grep_finds_a_long_claim_in_piped_output(tracker: Tracker) -> None:
    claim = "The presidential election will be decided by fewer than 10,000 votes in three states"
    pid = tracker.add(claim, "-p", "0.3", author="A Writer With A Long Name")
    [line] = [line for line in tracker("list").stdout.splitlines() if "presidential election" in line]
    assert line.split("\t") == [str(pid), "2021-01-01", "A Writer With A Long Name", claim, "0.3", "", "open"]


def test_due_show_and_compare_pipe_tab_separated_lines(tracker: Tracker, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_TODAY", "2023-01-01")
    a = tracker.add("Rates fall", "-p", "0.7", "--deadline", "2022-06-30", author="Ann")
    tracker.add("Rates fall", "-p", "0.2", "--deadline", "2022-06-30", author="Bob")
    assert [line.split("\t")[0] for line in tracker("due").stdout.splitlines()] == [str(a), str(a + 1)]
    shown = dict(line.split("\t", 1) for line in tracker("show", str(a)).stdout.splitlines() if line.count("\t") == 1)
    assert shown["claim"] == "Rates fall" and shown["probability"] == "0.7" and shown["status"] == "due"
    assert f"same_claim\t{a + 1}\tBob\t0.2\t2021-01-01" in tracker("show", str(a)).stdout.splitlines()
    tracker("resolve", str(a), "--outcome", "false", "--date", "2022-07-01")
    compared = tracker("compare", "Ann", "Bob")
    assert compared.stdout.splitlines() == ["1\tRates fall\t0.7\t0.2\tfalse\tBob"]
    assert "1 shared claim(s)" in compared.stderr


def test_paging_options_are_checked(tracker: Tracker) -> None:
    tracker.add("x")
    assert "--limit N or --all, not both" in tracker.fails("list", "--limit", "3", "--all", code=2).stderr
    assert "--limit must be at least 1" in tracker.fails("due", "--limit", "0", code=2).stderr
    assert "--offset cannot be negative" in tracker.fails("list", "--offset", "-1", code=2).stderr
    assert "--limit 99999999999999999999 is too large" in tracker.fails("list", "--limit", "99999999999999999999", code=2).stderr
    assert "--offset 99999999999999999999 is too large" in tracker.fails("compare", "Ann Analyst", "x", "--offset", "99999999999999999999", code=2).stderr


# --- data to stdout, messages to stderr --------------------------------------------------------


def test_confirmations_go_to_stderr_and_data_to_stdout(tracker: Tracker, tmp_path: Path) -> None:
    added = tracker("add", "X happens", "--author", "A", "--date", "2021-01-01", "-p", "0.4")
    assert added.stdout == "" and added.stderr.startswith("Added prediction 1:")
    resolved = tracker("resolve", "1", "--outcome", "true", "--date", "2021-06-01")
    assert resolved.stdout == "" and resolved.stderr.startswith("Resolved claim 1 “X happens”")
    amended = tracker("amend", "1", "--quote", "it will", "--reason", "quote")
    assert amended.stdout == "" and amended.stderr.startswith("Amended prediction 1")
    verified = tracker("verify")
    assert verified.stdout == "" and verified.stderr.startswith("All 1 prediction(s) match")
    backed = tracker("backup", str(tmp_path / "copy.db"))
    assert backed.stdout == "" and backed.stderr.startswith("Backed up 1 prediction(s)")
    exported = tracker("export", "-o", str(tmp_path / "out.jsonl"))
    assert exported.stdout == "" and exported.stderr.startswith("Exported 1 prediction(s)")
    imported = tracker("import", str(tmp_path / "out.jsonl"))
    assert imported.stdout == "" and imported.stderr.startswith("Imported 0 prediction(s)")
    reported = tracker("report", "--html", str(tmp_path / "r.html"))
    assert reported.stdout == "" and reported.stderr.startswith("Wrote ")
    assert tracker("export").stdout.startswith("{")  # data, without -o, on stdout


def test_outcome_has_one_json_shape_everywhere(tracker: Tracker) -> None:
    a = tracker.add("A", "-p", "0.4")
    b = tracker.add("B", "-p", "0.4")
    first = tracker("resolve", str(a), "--outcome", "false", "--date", "2021-06-01", "--json").json()
    assert first["outcome"] is False and first["previous_outcome"] is None
    again = tracker("resolve", str(a), "--outcome", "true", "--date", "2021-07-01", "--json").json()
    assert again["outcome"] is True and again["previous_outcome"] is False
    assert tracker("resolve", str(b), "--outcome", "ambiguous", "--date", "2021-06-01", "--json").json()["outcome"] == "ambiguous"
    rows = {r["id"]: r for r in tracker("list", "--json").json()}
    assert rows[a]["outcome"] is True and rows[b]["outcome"] == "ambiguous"
    assert [r["outcome"] for r in tracker("show", str(a), "--json").json()["resolutions"]] == [False, True]


# --- invocation ----------------------------------------------------------------------------------


def test_db_is_accepted_after_the_command(tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(SHIPPED, db)
    runner = CliRunner()
    before = runner.invoke(app, ["--db", str(db), "scorecard", "--json"])
    after = runner.invoke(app, ["scorecard", "--db", str(db), "--json"])
    assert after.exit_code == 0 and after.stdout == before.stdout
    assert json.loads(after.stdout)[0]["source"] == "Pepe Escobar"
    missing = runner.invoke(app, ["list", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and f"no database at {tmp_path / 'none.db'}" in missing.stderr


def test_bare_tracker_prints_help_and_no_error() -> None:
    result = subprocess.run([sys.executable, "-m", "tracker"], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.startswith("Usage: tracker [OPTIONS] COMMAND [ARGS]...")
    assert result.stderr == ""


@pytest.mark.parametrize("name", COMMANDS)
def test_help_shows_plain_placeholders(name: str) -> None:
    result = CliRunner().invoke(app, [name, "--help"], env={"COLUMNS": "100"}, prog_name="tracker")
    assert result.exit_code == 0
    assert not re.search(r"\{[a-z_]+\}|<(?:bool|str|int|list\[str\]|Path|float)>", result.stdout), result.stdout
    assert "--db PATH" in result.stdout
    usage = result.stdout.splitlines()[0]
    assert usage.startswith(f"Usage: tracker {name} [OPTIONS]")
    if name != "list" and name != "due" and name not in ("scorecard", "calibration", "compare", "phrases"):
        assert "instead of a table" not in result.stdout


def test_help_placeholders_for_arguments() -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["add", "--help"], prog_name="tracker").stdout.splitlines()[0] == "Usage: tracker add [OPTIONS] CLAIM"
    assert runner.invoke(app, ["show", "--help"], prog_name="tracker").stdout.splitlines()[0] == "Usage: tracker show [OPTIONS] ID"
    assert runner.invoke(app, ["extract", "--help"], prog_name="tracker").stdout.splitlines()[0] == "Usage: tracker extract [OPTIONS] FILE..."


# --- completion ------------------------------------------------------------------------------------


def _complete(words: str, **env: str) -> list[str]:
    clean = {k: v for k, v in os.environ.items() if k != "TRACKER_DB"}
    cword = len(words.split()) - (0 if words.endswith(" ") else 1)
    result = subprocess.run([sys.executable, "-m", "tracker"], capture_output=True, text=True,
                            env={**clean, "_TRACKER_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(cword), **env})
    assert result.returncode == 0 and result.stderr == ""
    return [line for line in result.stdout.splitlines() if line]


def test_completion_offers_names_from_the_database(tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(SHIPPED, db)
    assert _complete("tracker list --author Pe", TRACKER_DB=str(db)) == ["Pepe Escobar"]
    assert _complete(f"tracker --db {db} scorecard --outlet ") == ["Global Research", "The Cradle", "US Senate (reported by The Cradle)"]
    assert _complete("tracker list --tag u", TRACKER_DB=str(db)) == ["ukraine", "usa"]
    assert _complete("tracker compare V", TRACKER_DB=str(db)) == ["Victoria Nuland"]


def test_completion_is_silent_without_a_database(tmp_path: Path) -> None:
    assert _complete("tracker list --author P", TRACKER_DB=str(tmp_path / "none.db")) == []
    (tmp_path / "text.db").write_text("not a database", encoding="utf-8")
    assert _complete("tracker list --author P", TRACKER_DB=str(tmp_path / "text.db")) == []
    assert not (tmp_path / "none.db").exists()


def test_completion_scripts_are_offered() -> None:
    # Typer finds the user's shell by walking up the parent processes; a test run under no shell
    # (nohup, a service) finds none, so the shell is named here, by Typer's own switch for tests.
    env = {**os.environ, "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    result = subprocess.run([sys.executable, "-m", "tracker", "--show-completion", "bash"], capture_output=True, text=True, env=env)
    assert result.returncode == 0 and "_TRACKER_COMPLETE=complete_bash" in result.stdout


def test_show_on_a_terminal_lists_the_first_50_other_sources(tracker: Tracker) -> None:
    source = tracker.db.with_name("crowd.csv")
    source.write_text("claim,author,date,probability\n" + "".join(
        f"Rates fall in 2030,Source {i:02d},2021-01-01,0.{1 + i % 9}\n" for i in range(55)), encoding="utf-8")
    tracker("import", str(source))
    shown = " ".join(tracker("show", "1", terminal=True).stdout.split())
    assert shown.count("Source ") == 51  # itself in the panel, then 50 of the 54 others
    assert "and 4 more (tracker show 1 --all)" in shown
    everyone = " ".join(tracker("show", "1", "--all", terminal=True).stdout.split())
    assert everyone.count("Source ") == 55 and "more (tracker show" not in everyone
    assert len([line for line in tracker("show", "1").stdout.splitlines() if line.startswith("same_claim\t")]) == 54


# --- command-line values: converted without pydantic, exactly as Typer converts them ------------


SPELLINGS = ["0", "7", "-3", "+4", "007", "1_000", " 7", "7 ", "1.5", ".5", "5.", "-0.25", "1e3", "1E-2", "inf",
             "nan", "abc", "", "0x10", "١٢", "12345678901234567890", "1.0", "--", "3,5", "True"]


@pytest.mark.parametrize("kind", ["int", "float", "str"])
@pytest.mark.parametrize("text", SPELLINGS)
def test_quick_conversion_agrees_with_typers_own(kind: str, text: str) -> None:
    """tracker/params.py converts plain spellings itself and hands every other one to Typer's
    pydantic adapter: where it decides, it must decide as Typer does."""
    from typer._adapters import build_adapter
    from typer.models import OptionInfo

    from tracker.params import SLOW, quick_value

    annotation = {"int": int, "float": float, "str": str}[kind]
    quick = quick_value(kind, text)
    if quick is SLOW:
        return
    want = build_adapter(annotation, OptionInfo()).validate_python(text)
    assert (type(quick), quick) == (type(want), want)


@pytest.mark.parametrize(("kind", "low", "high"), [("float", 0.0, 1.0), ("int", 1, 10), ("float", None, 0.5), ("int", -2, None)])
@pytest.mark.parametrize("text", [*SPELLINGS, "1", "1.0", "1.0000001", "0.5", "-0", "10", "11", "-2", "-3"])
def test_quick_conversion_of_a_bounded_number_agrees_with_typers_own(kind: str, low: float | None, high: float | None,
                                                                      text: str) -> None:
    """A number with ``min=``/``max=`` (``--min-confidence``) is converted quickly only within its
    bounds, and there exactly as Typer's adapter converts it; out of them Typer answers."""
    from pydantic import ValidationError
    from typer._adapters import build_adapter
    from typer.models import OptionInfo

    from tracker.params import SLOW, quick_value

    annotation = {"int": int, "float": float}[kind]
    quick = quick_value(kind, text, low, high)
    try:
        want = build_adapter(annotation, OptionInfo(min=low, max=high)).validate_python(text)
    except ValidationError:
        assert quick is SLOW
        return
    if quick is not SLOW:
        assert (type(quick), quick) == (type(want), want)


def test_extract_with_a_confidence_needs_no_pydantic_and_a_bad_one_gets_typers_answer(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Rates will probably fall in 2031, the bank's economists say.\n", encoding="utf-8")
    code = ("import sys; from tracker.cli import main\n"
            "try:\n main()\nexcept SystemExit:\n pass\n"
            "print('pydantic' in sys.modules, file=sys.stderr)")
    run = lambda *args: subprocess.run([sys.executable, "-c", code, "extract", str(article), *args],  # noqa: E731
                                       capture_output=True, text=True)
    plain = run("--min-confidence", "0.05", "--json")
    assert plain.stderr.strip().splitlines()[-1] == "False"
    assert [f["claim"] for f in json.loads(plain.stdout)[0]["forecasts"]] == ["Rates will fall in 2031"]
    for odd in ("1.5", "-0.1", "x"):
        refused = run("--min-confidence", odd)
        assert "Invalid value for '--min-confidence'" in refused.stderr and not refused.stdout
        assert refused.stderr.strip().splitlines()[-1] == "True"  # Typer's own adapter gave the message


def test_plain_values_need_no_pydantic_and_odd_ones_still_get_typers_answer(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    Tracker(db).add("Values converted quickly", "-p", "0.4")
    code = ("import sys; from tracker.cli import main\n"
            "try:\n main()\nexcept SystemExit:\n pass\n"
            "print('pydantic' in sys.modules, file=sys.stderr)")
    run = lambda *args: subprocess.run([sys.executable, "-c", code, "--db", str(db), *args],  # noqa: E731
                                       capture_output=True, text=True)
    plain = run("list", "--limit", "5", "--author", "Ann Analyst", "--offset", "0", "--json")
    assert plain.stderr.strip().splitlines()[-1] == "False"
    assert [row["claim"] for row in json.loads(plain.stdout)] == ["Values converted quickly"]
    # Counts and ids are tracker's own whole numbers (digits 0-9 only): "1_0", which Typer's
    # adapter would read as 10, and "ten" are refused by the same rule, still without pydantic.
    for odd in ("1_0", "ten", "\uff11"):
        refused = run("list", "--limit", odd)
        assert f"Invalid value for '--limit': {odd!r} is not a whole number written with the digits 0-9" in refused.stderr
        assert refused.stderr.strip().splitlines()[-1] == "False"


def test_a_page_is_the_same_slice_of_the_whole_listing_under_every_filter(tracker: Tracker) -> None:
    """A page chosen in the prediction table first (tracker/queries.py, _listing_select) holds
    the same rows, in the same order, as the whole listing cut at --offset and --limit."""
    source = tracker.db.with_name("tagged.csv")
    source.write_text("claim,author,date,probability,tags\n" + "".join(
        f"Tagged claim {i},Author {i % 3},2021-0{1 + i % 3}-{1 + i % 5:02d},0.{1 + i % 9},{'war' if i % 2 else 'peace'}\n"
        for i in range(40)
    ), encoding="utf-8")
    tracker("import", str(source))
    for selection in ([], ["--tag", "war"], ["--author", "Author 1"], ["--since", "2021-02-01", "--tag", "peace"]):
        whole = tracker("list", *selection, "--all", "--json").json()
        assert len(whole) >= 7
        for offset in (0, 3):
            page = tracker("list", *selection, "--limit", "5", "--offset", str(offset), "--json").json()
            assert page == whole[offset:offset + 5], selection
            piped = tracker("list", *selection, "--limit", "5", "--offset", str(offset)).stdout.splitlines()
            assert [int(line.split("\t")[0]) for line in piped] == [row["id"] for row in whole[offset:offset + 5]]


def test_the_count_under_a_tag_page_counts_predictions_not_tag_spellings(tracker: Tracker) -> None:
    """A tag's count is read from the tag rows alone (tracker/queries.py, count_predictions):
    a prediction tagged "War" and "war" (as a database from before folded names can hold it,
    migration 5 giving both the key "war") is one prediction."""
    import sqlite3

    first = tracker.add("Tagged twice", "--tag", "War")
    with sqlite3.connect(tracker.db) as conn:
        conn.execute("INSERT INTO prediction_tag (prediction_id, tag, tag_key) VALUES (?, 'war', 'war')", (first,))
    tracker.add("Tagged once", "--tag", "WAR ")
    tracker.add("Not tagged", "--tag", "peace")
    result = tracker("list", "--tag", "war", "--limit", "1", terminal=True)
    assert result.stderr.strip().startswith("Showing 1–1 of 2 predictions;")
    assert len(tracker("list", "--tag", "war", "--json").json()) == 2
