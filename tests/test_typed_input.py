"""What users type: one stored value for one number, no guessed dates, no hidden characters
(issue 14's typed-input items, issue 9 items 3 and 4), through the real CLI."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import Tracker, db_snapshot

A = ["--author", "Ann", "--date", "2021-01-01"]


def recipe_hash(row: dict[str, object]) -> str:
    """The README's public recipe, written out independently of tracker.storage.hashing."""
    keys = ("claim", "deadline", "author", "outlet", "date", "probability", "quote", "url")
    canonical = json.dumps({k: row[k] for k in keys}, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


@pytest.mark.parametrize("typed", ["-0", "-0%", "0", "0%", "0.0", "-0.000", "+0"])
def test_minus_zero_is_zero_and_one_prediction(tracker: Tracker, typed: str) -> None:
    first = tracker("add", "It will snow in Lisbon", *A, "-p", "0", "--json").json()
    again = tracker("add", "It will snow in Lisbon", *A, "-p", typed, "--json").json()
    assert again["id"] == first["id"] and again["created"] is False
    shown = tracker("show", str(first["id"]), "--json").json()
    assert shown["probability"] == 0.0 and recipe_hash(shown) == shown["hash"]
    assert tracker("verify", "--json").json()["ok"]


@pytest.mark.parametrize(("typed", "same_as"), [
    ("71.4%", "0.714"), ("0.7140", "0.714"), ("7.14e-1", "0.714"), ("33.3333333%", "0.333333"),
    ("0.1%", "0.001"), ("100%", "1"), ("12.5%", ".125"),
])
def test_equal_inputs_store_equal_values(tracker: Tracker, typed: str, same_as: str) -> None:
    first = tracker("add", "The bill passes", *A, "-p", typed, "--json").json()
    second = tracker("add", "The bill passes", *A, "-p", same_as, "--json").json()
    assert (second["id"], second["created"]) == (first["id"], False)
    assert first["probability"] == float(same_as)
    assert recipe_hash(tracker("show", str(first["id"]), "--json").json()) == first["hash"]


def test_probabilities_are_rounded_to_six_places_everywhere(tracker: Tracker, tmp_path: Path) -> None:
    pid = tracker.add("Rounded", "-p", "0.12345678")
    assert tracker("show", str(pid), "--json").json()["probability"] == 0.123457
    tracker("amend", str(pid), "-p", "0.3333333333", "--reason", "r")
    assert tracker("show", str(pid), "--json").json()["probability"] == 0.333333
    rows = tmp_path / "rows.csv"
    rows.write_text("claim,author,date,probability\nImported,Bo,2021-01-01,0.714\nOther,Bo,2021-01-01,0.0000014\n", encoding="utf-8")
    tracker("import", str(rows))
    stored = {r["claim"]: r["probability"] for r in tracker("list", "--json").json()}
    assert stored["Imported"] == 0.714 and stored["Other"] == 0.000001
    with sqlite3.connect(tracker.db) as conn:
        assert sorted(r[0] for r in conn.execute("SELECT probability FROM prediction")) == [0.000001, 0.333333, 0.714]


@pytest.mark.parametrize("value", ["0.0000004", "1e-400", "99.99999999%", "0.9999999"])
def test_a_probability_that_would_round_to_a_certainty_is_refused(tracker: Tracker, value: str) -> None:
    """Rounded to 0 or 1, a forecast that was not certain would become certain (an infinite log score)."""
    failed = tracker.fails("add", "x", *A, "-p", value, code=2)
    assert f"probability {value} is out of range: tracker keeps 6 decimal places" in failed.stderr


# Every input here must be refused with one line and leave the database untouched.
BAD: list[tuple[list[str], str]] = [
    # fullwidth and other non-ASCII digits
    (["add", "x", *A, "-p", "\uff11"], "non-ASCII characters"),
    (["add", "x", *A, "-p", "\uff10.\uff18"], "non-ASCII characters"),
    (["add", "x", *A, "-p", "\uff18\uff10%"], "non-ASCII characters"),
    (["add", "x", *A, "-p", "\u0668\u0660%"], "non-ASCII characters"),
    (["add", "x", "--author", "Ann", "--date", "\uff12\uff10\uff12\uff11-\uff10\uff11-\uff10\uff11"], "digits other than 0-9"),
    (["resolve", "\uff11", "--outcome", "true", "--date", "2021-06-01"], "not a whole number written with the digits 0-9"),
    (["amend", "\u0661", "-p", "0.2", "--reason", "typo"], "not a whole number written with the digits 0-9"),
    (["show", "\uff11"], "not a whole number written with the digits 0-9"),
    (["list", "--limit", "\uff13"], "not a whole number written with the digits 0-9"),
    # two-digit years
    (["add", "x", "--author", "Ann", "--date", "21-12-09"], "two-digit year"),
    (["add", "x", "--author", "Ann", "--date", "Dec 9, 21"], "two-digit year"),
    (["add", "x", "--author", "Ann", "--date", "9.12.21"], "two-digit year"),
    (["add", "x", "--author", "Ann", "--date", "9 May 21"], "two-digit year"),
    (["add", "x", *A, "--deadline", "12/31/24"], "two-digit year"),
    # ambiguous day/month, with every separator
    (["add", "x", "--author", "Ann", "--date", "05-06-2021"], "ambiguous"),
    (["add", "x", "--author", "Ann", "--date", "5-6-2021"], "ambiguous"),
    (["add", "x", "--author", "Ann", "--date", "05 06 2021"], "ambiguous"),
    (["add", "x", "--author", "Ann", "--date", "12-09-2021"], "ambiguous"),
    (["add", "x", "--author", "Ann", "--date", "1/2/2021"], "ambiguous"),
    (["add", "x", "--author", "Ann", "--date", "03.04.2021"], "ambiguous"),
    (["add", "x", "--author", "Ann", "--date", "05/06/2021 10:00"], "ambiguous"),
    (["add", "x", "--author", "Ann", "--date", "05/06 10:00 2021"], "ambiguous"),
    (["add", "x", "--author", "Ann", "--date", "on 5.6.2021"], "ambiguous"),
    (["add", "x", *A, "--deadline", "01-02-2022"], "ambiguous"),
    (["resolve", "1", "--outcome", "true", "--date", "02/03/2021"], "ambiguous"),
    (["amend", "1", "--date", "02-01-2021", "--reason", "r"], "ambiguous"),
    (["list", "--since", "02 03 2021"], "ambiguous"),
    (["scorecard", "--as-of", "02-03-2021"], "ambiguous"),
    # invisible characters in claims and names
    (["add", "Russia\U000e0041\U000e0042 will invade", *A], "invisible character (U+E0041)"),
    (["add", "line\u2028separator", *A], "invisible character (U+2028)"),
    (["add", "para\u2029separator", *A], "invisible character (U+2029)"),
    (["add", "zero\u200bwidth", *A], "invisible character (U+200B)"),
    (["add", "word\u2060joiner", *A], "invisible character (U+2060)"),
    (["add", "x", "--author", "\u3164", "--date", "2021-01-01"], "invisible character (U+3164)"),
    (["add", "x", "--author", "\uffa0", "--date", "2021-01-01"], "invisible character (U+FFA0)"),
    (["add", "x", "--author", "\u2800", "--date", "2021-01-01"], "only looks blank"),
    (["add", "x", "--author", "An\u200dn", "--date", "2021-01-01"], "invisible character (U+200D)"),
    (["add", "x", *A, "--outlet", "The\u00adTimes"], "invisible character (U+00AD)"),
    (["add", "x", *A, "--tag", "war\U000e0020"], "invisible character (U+E0020)"),
    (["amend", "1", "--author", "\u3164", "--reason", "r"], "invisible character (U+3164)"),
    (["amend", "1", "--claim", "hidden\U000e0069", "--reason", "r"], "invisible character (U+E0069)"),
    (["resolve", "1", "--outcome", "true", "--date", "2021-06-01", "--note", "x\U000e0041"], "invisible character (U+E0041)"),
]


@pytest.mark.parametrize(("args", "message"), BAD, ids=[" ".join(a)[:60] for a, _ in BAD])
def test_bad_typed_input_is_refused_and_changes_nothing(tracker: Tracker, args: list[str], message: str) -> None:
    tracker.add("Existing claim", "-p", "0.4")
    before = db_snapshot(tracker.db)
    assert message in tracker.fails(*args, code=2).stderr
    assert db_snapshot(tracker.db) == before


IMPORT_BAD = [
    ("date", "05-06-2021", "ambiguous"),
    ("date", "21-12-09", "two-digit year"),
    ("probability", "\uff10.\uff15", "non-ASCII characters"),
    ("author", "\u3164", "invisible character (U+3164)"),
    ("claim", "tagged\U000e0041", "invisible character (U+E0041)"),
]


def test_an_imported_line_separator_is_whitespace_and_normalised(tracker: Tracker, tmp_path: Path) -> None:
    """Files are tidied before they are checked (newlines in real exported titles): a line
    separator in an imported claim becomes a space, where typed input refuses it."""
    rows = tmp_path / "rows.csv"
    rows.write_text("claim,author,date,probability\na\u2028b,Bo,2021-01-01,0.2\n", encoding="utf-8")
    tracker("import", str(rows))
    assert [r["claim"] for r in tracker("list", "--json").json()] == ["a b"]


@pytest.mark.parametrize(("column", "value", "message"), IMPORT_BAD)
def test_the_import_path_shares_the_checks(tracker: Tracker, tmp_path: Path, column: str, value: str, message: str) -> None:
    row = {"claim": "A claim", "author": "Ann", "date": "2021-01-01", "probability": "0.5", column: value}
    rows = tmp_path / "rows.csv"
    rows.write_text("claim,author,date,probability\nGood,Bo,2021-01-01,0.2\n" + ",".join(row.values()) + "\n", encoding="utf-8")
    result = tracker.fails("import", str(rows), code=2)
    assert "line 3" in result.stderr and message in result.stderr
    assert not [rows for table, rows in db_snapshot(tracker.db) if table == "prediction" and rows]


def test_accepted_date_forms(tracker: Tracker) -> None:
    for n, typed in enumerate(["2021-03-04", "Mar 4, 2021", "4 March 2021", "20210304", "2021/03/04 10:00", "04-04-2021", "13-03-2021", "03/13/2021"]):
        tracker("add", f"claim {n}", "--author", "Ann", "--date", typed)
    dates = [r["date"] for r in tracker("list", "--json").json()]
    assert sorted(dates) == ["2021-03-04"] * 5 + ["2021-03-13", "2021-03-13", "2021-04-04"]


def test_persian_and_emoji_joiners_stay_in_claims(tracker: Tracker) -> None:
    pid = tracker.add("می\u200cخواهم 👨\u200d👩\u200d👧")
    assert tracker("show", str(pid), "--json").json()["claim"] == "می\u200cخواهم 👨\u200d👩\u200d👧"


def test_line_separators_in_a_quote_become_newlines(tracker: Tracker) -> None:
    pid = tracker.add("Quoted", "--quote", "first\u2028second")
    assert tracker("show", str(pid), "--json").json()["quote"] == "first\nsecond"
