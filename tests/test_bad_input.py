"""Every command against what a careless or hostile user might type.

Each case must give exactly one line on stderr starting with 'tracker: error:', a non-zero
exit (2 for usage errors), no traceback, and leave every table of the database unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import BACKENDS, Tracker, db_snapshot

HUGE = "x" * 100_001
A = ["--author", "A", "--date", "2021-01-01"]

# (command line, expected fragment of the message, exit code); {tmp} is a scratch folder.
CASES: list[tuple[list[str], str, int]] = [
    # add
    (["add", "x", "--author", "A"], "Missing option '--date'", 2),
    (["add", "--author", "A", "--date", "2021-01-01"], "Missing argument", 2),
    (["add", "", *A], "claim is empty", 2),
    (["add", "   ", *A], "claim is empty", 2),
    (["add", HUGE, *A], "claim is too long", 2),
    (["add", "x", *A, "--quote", HUGE], "quote is too long", 2),
    (["add", "bell\x07", *A], "control or invisible character (U+0007)", 2),
    (["add", "esc \x1b[31mred", *A], "control or invisible character (U+001B)", 2),
    (["add", "two\nlines", *A], "control or invisible character (U+000A)", 2),
    (["add", "x", "--author", "A\x00B", "--date", "2021-01-01"], "control or invisible character (U+0000)", 2),
    (["add", "x", "--author", "", "--date", "2021-01-01"], "author is empty", 2),
    (["add", "x", "--author", "A", "--date", ""], "date is empty", 2),
    (["add", "x", "--author", "A", "--date", "2021-02-29"], "not a real date", 2),
    (["add", "x", "--author", "A", "--date", "31/31/2021"], "date", 2),
    (["add", "x", "--author", "A", "--date", "'; DROP TABLE prediction; --"], "cannot read date", 2),
    (["add", "x", "--author", "A", "--date", "3021-01-01"], "in the future", 2),
    (["add", "x", *A, "--deadline", "2020-12-31"], "before the date the prediction was made", 2),
    (["add", "x", *A, "--deadline", "never"], "cannot read deadline", 2),
    (["add", "x", *A, "-p", "2"], "did you mean 0.02 or 2%", 2),
    (["add", "x", *A, "-p", "-5%"], "out of range", 2),
    (["add", "x", *A, "-p", "101%"], "out of range", 2),
    (["add", "x", *A, "-p", "nan"], "cannot read 'nan'", 2),
    (["add", "x", *A, "-p", "[bold]likely[/bold]"], "cannot read", 2),
    (["add", "x", *A, "--url", "javascript:alert(1)"], "not a web address", 2),
    (["add", "x", *A, "--url", "ftp://example.org/x"], "not a web address", 2),
    (["add", "x", *A, "--url", "http://[::1"], "not a valid web address (Invalid IPv6 URL)", 2),
    (["add", "x", *A, "--url", "http://[zz]/x"], "not a valid web address", 2),
    (["add", "x", *A, "--url", "http://example.org:99999/"], "not a valid web address (Port out of range", 2),
    (["add", "x", *A, "--url", "http://a b/<script>"], "not a valid web address (no host, or a space in it)", 2),
    (["add", "x", *A, "--url", "http://user@/x"], "not a valid web address (no host, or a space in it)", 2),
    (["add", "x", *A, "--url", "http://:80/"], "not a valid web address (no host, or a space in it)", 2),
    (["add", "x", *A, "--tag", "a;b"], "separates tags", 2),
    (["add", "x", *A, "--tag", ""], "tag is empty", 2),
    (["add", "x", *A, "--json", "--bogus"], "No such option", 2),
    (["add", "x\u202egnp.exe", *A], "invisible character (U+202E)", 2),
    (["add", "x", "--author", "Ann\u200b", "--date", "2021-01-01"], "invisible character (U+200B)", 2),
    (["add", "x", *A, "-p", "1e400%"], "out of range", 2),
    # resolve
    (["resolve", "999", "--outcome", "true"], "no prediction with id 999", 1),
    (["resolve", "0", "--outcome", "true"], "no prediction with id 0", 1),
    (["resolve", "-1", "--outcome", "true"], "No such option: -1", 2),
    (["resolve", "1; DROP TABLE claim", "--outcome", "true"], "is not a whole number written with the digits 0-9", 2),
    (["resolve", "1.5", "--outcome", "true"], "is not a whole number written with the digits 0-9", 2),
    (["resolve", "1"], "Missing option '--outcome'", 2),
    (["resolve", "1", "--outcome", "TRUE!"], "not one of: true, false, ambiguous, annulled", 2),
    (["resolve", "1", "--outcome", ""], "not one of", 2),
    (["resolve", "1", "--outcome", "true", "--date", "2020-06-01"], "before the prediction was made", 2),
    (["resolve", "1", "--outcome", "true", "--date", "2999-01-01"], "in the future", 2),
    (["resolve", "1", "--outcome", "true", "--date", "2021-04-31"], "not a real date", 2),
    (["resolve", "1", "--outcome", "true", "--evidence", "not a url"], "not a web address", 2),
    (["resolve", "1", "--outcome", "true", "--note", HUGE], "note is too long", 2),
    (["resolve", "1", "--outcome", "false", "--date", "2021-05-01"], "first run: tracker retract 1", 2),
    (["resolve", "2", "--outcome", "false", "--early"], "--early needs a --note", 2),
    # retract
    (["retract", "999", "--reason", "r"], "no resolution with id 999", 1),
    (["retract", "0", "--reason", "r"], "no resolution with id 0", 1),
    (["retract", "1"], "Missing option '--reason'", 2),
    (["retract", "1", "--reason", "  "], "reason is empty", 2),
    (["--db", "{tmp}/typo.db", "retract", "1", "--reason", "r"], "no database at", 1),
    (["scorecard", "--author", "Nobody"], "no predictions by author 'Nobody'", 2),
    (["list", "--tag", "nope"], "no predictions with tag 'nope'", 2),
    # amend
    (["amend", "1", "--probability", "0.4"], "Missing option '--reason'", 2),
    (["amend", "1", "--reason", "r"], "nothing to amend", 2),
    (["amend", "404", "--reason", "r", "--claim", "y"], "no prediction with id 404", 1),
    (["amend", "1", "--reason", "", "--claim", "y"], "reason is empty", 2),
    (["amend", "1", "--reason", "r", "--probability", "7"], "did you mean", 2),
    (["amend", "1", "--reason", "r", "--date", "2021-13-13"], "not a real date", 2),
    (["amend", "1", "--reason", "r", "--claim", "\x00"], "control or invisible character", 2),
    (["resolve", "99999999999999999999", "--outcome", "true"], "no prediction with id 99999999999999999999", 1),
    (["amend", "99999999999999999999", "--reason", "r", "--claim", "y"], "no prediction with id", 1),
    (["amend", "1", "--reason", "r", "-p", "0.9"], "its probability can no longer change", 2),
    # list / show / due
    (["list", "--status", "closed"], "not one of: open, resolved, due, all", 2),
    (["list", "--since", "last tuesday"], "--since", 2),
    (["list", "--since", "2022-01-01", "--until", "2021-01-01"], "is after --until", 2),
    (["list", "--json", "--csv"], "choose one output format", 2),
    (["show", "abc"], "is not a whole number written with the digits 0-9", 2),
    (["show", "77"], "no prediction with id 77", 1),
    (["show"], "Missing argument", 2),
    (["due", "--json", "--csv"], "choose one output format", 2),
    (["show", "99999999999999999999"], "no prediction with id", 1),
    # ids past a 32-bit integer (the server's id columns): the same answer as any missing id
    (["show", "3000000000"], "no prediction with id 3000000000", 1),
    (["resolve", "3000000000", "--outcome", "true"], "no prediction with id 3000000000", 1),
    (["retract", "3000000000", "--reason", "r"], "no resolution with id 3000000000", 1),
    (["amend", "3000000000", "--reason", "r", "--claim", "y"], "no prediction with id 3000000000", 1),
    (["show", "9223372036854775807"], "no prediction with id 9223372036854775807", 1),
    (["show", "9223372036854775808"], "no prediction with id 9223372036854775808", 1),
    (["--db", "{tmp}/typo.db", "show", "1"], "no database at", 1),
    (["--db", "{tmp}/typo.db", "scorecard"], "no database at", 1),
    (["--db", "", "list"], "--db is empty", 2),
    # scorecard / calibration / compare / report
    (["scorecard", "--by", "weather"], "not one of: author, outlet, tag, year", 2),
    (["scorecard", "--min-scored", "-1"], "0 or more", 2),
    (["scorecard", "--min-scored", "many"], "is not a whole number written with the digits 0-9", 2),
    (["scorecard", "--as-of", "2021-02-30"], "not a real date", 2),
    (["calibration", "--author", "A", "--tag", "t"], "choose one of --author, --outlet, --tag", 2),
    (["calibration", "--as-of", "soon"], "--as-of", 2),
    (["compare", "A", "A"], "two different sources", 2),
    (["compare", "A", "Nobody"], "no predictions by author 'Nobody'", 2),
    (["compare", "A", "B", "--by", "tag"], "--by author or --by outlet", 2),
    (["compare", "[/x]", "[red]Eve"], "no predictions by author '[/x]'", 2),
    (["calibration", "--author", "[/x]", "--as-of", "2021-02-30"], "not a real date", 2),
    (["report"], "Missing option '--html'", 2),
    (["report", "--html", "{db}"], "is a SQLite database; tracker will not overwrite it", 2),
    (["report", "--html", "{tmp}/missing/r.html"], "does not exist", 2),
    (["report", "--html", "{tmp}"], "is a folder", 2),
    (["report", "--html", "{tmp}/r.html", "--by", "mood"], "not one of", 2),
    # import / export
    (["import", "{tmp}/nothing.csv"], "no such file", 1),
    (["import", "{tmp}/empty.csv"], "is empty", 2),
    (["import", "{tmp}/image.csv"], "binary file", 2),
    (["import", "{tmp}/latin1.csv"], "not UTF-8", 2),
    (["import", "{tmp}/bad-row.csv"], "line 3: probability 1.7 is out of range", 2),
    (["import", "{tmp}/array.json"], "JSON array", 2),
    (["import", "{tmp}/bad-row.csv", "--format", "excel"], "unknown format 'excel'", 2),
    (["import", "{tmp}/forged.jsonl"], "line 1: amendment 1: the old version does not match its hash_before", 2),
    (["import", "{tmp}/late.csv"], "after the outcome was known", 2),
    (["--db", "{tmp}/typo.db", "import", "{tmp}/nothing.csv"], "no such file", 1),
    (["export", "--json", "--csv"], "choose one output format", 2),
    (["export", "-o", "{db}"], "is a SQLite database; tracker will not overwrite it", 2),
    (["export", "-o", "{tmp}/missing/out.jsonl"], "does not exist", 2),
    # verify / backup / extract / phrases
    (["verify", "--strict"], "No such option", 2),
    (["backup", "{tmp}/existing.db"], "already exists", 1),
    (["backup", "{tmp}/missing/b.db"], "does not exist", 1),
    (["backup", "-"], "not standard output", 2),
    (["backup", ""], "backup needs the name of a file", 2),
    (["extract", "{tmp}/nothing.txt"], "no such file", 1),
    (["extract", "{tmp}/image.csv"], "binary file", 2),
    (["extract", "{tmp}/latin1.csv"], "not valid UTF-8", 2),
    (["extract", "{tmp}/empty.csv"], "is empty", 2),
    (["extract", "{tmp}/emptydir"], "no .txt or .md files", 2),
    (["extract", "{tmp}/article.txt", "--save"], "add --yes", 2),
    (["extract", "{tmp}/article.txt", "--date", "2021-02-30"], "not a real date", 2),
    (["extract", "{tmp}/article.txt", "--url", "file:///etc/passwd", "--save", "--yes"], "not a web address", 2),
    (["extract", "{tmp}/undated.txt", "--save", "--yes"], "no publication date", 1),
    (["phrases", "--csv"], "No such option", 2),
    # the database itself
    (["--db", "{tmp}/image.csv", "list"], "not a SQLite database", 1),
    (["--db", "{tmp}", "list"], "is a directory", 1),
    (["frobnicate"], "No such command", 2),
]


def prepare(tmp: Path) -> None:
    (tmp / "empty.csv").write_bytes(b"")
    (tmp / "image.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (tmp / "latin1.csv").write_bytes("claim,author,date\nCaf\xe9 will close,Ren\xe9,2021-01-01\n".encode("latin-1"))
    (tmp / "bad-row.csv").write_text("claim,author,date,probability\nok,A,2021-01-01,0.5\nbad,A,2021-01-01,1.7\n", encoding="utf-8")
    (tmp / "array.json").write_text('[{"claim": "x"}]\n', encoding="utf-8")
    (tmp / "existing.db").write_bytes(b"")
    before = {"claim": "x", "deadline": None, "author": "A", "outlet": None, "date": "2021-01-01",
              "probability": 0.6, "quote": None, "url": None}
    (tmp / "forged.jsonl").write_text(
        '{"claim": "z", "author": "A", "date": "2021-01-01", "amendments": [{"amended_at": "2021-02-01T00:00:00Z", '
        '"reason": "made up", "before": ' + json.dumps(before) + ', "hash_before": "' + "a" * 64 + '", "hash_after": "' + "b" * 64 + '"}]}\n',
        encoding="utf-8",
    )
    (tmp / "late.csv").write_text("claim,author,date,probability\nx,Late,2021-07-01,0.99\n", encoding="utf-8")
    (tmp / "emptydir").mkdir()
    (tmp / "article.txt").write_text("Markets\n\nBy Jane Roe\n\nMarch 3, 2021\n\nInflation will fall below 2% by 2030.\n", encoding="utf-8")
    (tmp / "undated.txt").write_text("Inflation will fall below 2% by 2030.\n", encoding="utf-8")


def about_the_file(args: list[str]) -> bool:
    """Cases about the SQLite file itself (another --db, the file as an output, backup)."""
    return "--db" in args or "{db}" in args or args[0] == "backup"


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(("args", "message", "code"), CASES, ids=[" ".join(c[0])[:60] for c in CASES])
def test_bad_input_is_refused_cleanly(request: pytest.FixtureRequest, tmp_path: Path, backend: str,
                                      args: list[str], message: str, code: int) -> None:
    """Every case on a SQLite file and on a PostgreSQL database: the server's driver must not
    leak its own messages ("integer out of range") where SQLite gives tracker's."""
    if backend == "postgresql" and about_the_file(args):
        pytest.skip("about the SQLite file itself")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    prepare(scratch)
    tracker = Tracker(tmp_path / "record.db" if backend == "sqlite" else request.getfixturevalue("postgres_url"))
    tracker.add("x", "-p", "0.6", author="A", date="2021-01-01")
    tracker.add("y", "-p", "0.3", author="B", date="2021-01-01")
    tracker("resolve", "1", "--outcome", "true", "--date", "2021-06-01")
    before = db_snapshot(tracker.db)
    filled = [a.replace("{tmp}", str(scratch)).replace("{db}", str(tracker.db)) for a in args]
    result = tracker.fails(*filled, code=code)
    assert message in result.stderr, result.stderr
    assert db_snapshot(tracker.db) == before


def test_the_table_covers_every_command() -> None:
    from typer.main import get_command

    from tracker.cli import app

    commands = set(get_command(app).commands)  # type: ignore[attr-defined]
    covered = {args[0] for args, _, _ in CASES if not args[0].startswith("-")}
    assert commands <= covered, f"no bad-input case for: {sorted(commands - covered)}"
