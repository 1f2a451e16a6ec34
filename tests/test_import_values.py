"""Single values from import files (pure): tidying, timestamps, spreadsheet cells."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.errors import UsageError
from tracker.interchange.values import (
    FORMULA_STARTS,
    from_spreadsheet_cell,
    parse_stamp,
    spreadsheet_cell,
    tidy_block,
    tidy_line,
    utc_stamp,
)

UTC = dt.timezone.utc


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Plain title", "Plain title"),
        ("  padded  ", "padded"),
        ("Russia and Ukraine sign a ceasefire\nbefore 2023", "Russia and Ukraine sign a ceasefire before 2023"),
        ("tabs\tand\r\nCRLF", "tabs and CRLF"),
        ("non\u00a0breaking\u2028line separator", "non breaking line separator"),
        ("zero\u200bwidth and \ufeffBOM", "zerowidth and BOM"),
        ("2018\u00962019", "2018–2019"),  # a Windows-1252 en dash decoded as Latin-1
        ("\u0093quoted\u0094", "“quoted”"),
        ("\u0081 stays", "\u0081 stays"),  # undefined in Windows-1252: left for the checks to refuse
        ("\u200b", None),  # a name that is only a zero-width space is no name
        ("bell\x07inside", "bell\x07inside"),  # a control character is not whitespace: refused later
        ("", None),
    ],
)
def test_tidy_line(raw: str, expected: str | None) -> None:
    assert tidy_line(raw) == expected


def test_tidy_block_keeps_line_breaks_but_not_invisible_characters() -> None:
    assert tidy_block(" first\n\u200bsecond\u0096third ") == "first\nsecond–third"


@pytest.mark.parametrize(
    ("raw", "expected", "zoned"),
    [
        ("2011-10-08 12:00:00 UTC", dt.datetime(2011, 10, 8, 12, 0, 0, tzinfo=UTC), True),  # Rails (PredictionBook)
        ("2024-03-05 14:07:9", dt.datetime(2024, 3, 5, 14, 7, 9), False),  # Fatebook, seconds not padded
        ("2024-09-02 08:15:31.204118+00:00", dt.datetime(2024, 9, 2, 8, 15, 31, 204118, tzinfo=UTC), True),  # Metaculus
        ("2021-03-04T05:06:07Z", dt.datetime(2021, 3, 4, 5, 6, 7, tzinfo=UTC), True),
        ("2021-03-04T05:06:07.1234567-0530", dt.datetime(2021, 3, 4, 5, 6, 7, 123456,
                                                         tzinfo=dt.timezone(-dt.timedelta(hours=5, minutes=30))), True),
        ("2021-03-04", dt.datetime(2021, 3, 4), False),
        ("Mar 5 2024 2:07 PM", dt.datetime(2024, 3, 5, 14, 7), False),  # an odd form: dateutil
    ],
)
def test_parse_stamp_reads_each_tools_timestamps_exactly(raw: str, expected: dt.datetime, zoned: bool) -> None:
    assert parse_stamp(raw, "t") == (expected, zoned)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("0001-01-01T00:00+05:00", "out of range"),
        ("9999-12-31T23:59-05:00", "out of range"),
        ("2024-13-01 10:00:00", "not a real time"),
        ("2024-01-01 10:00:00+25:00", "impossible time zone offset"),
        ("9" * 65, "too long"),
        ("last Tuesday", "cannot read t"),
    ],
)
def test_parse_stamp_refuses_what_it_cannot_convert(raw: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        parse_stamp(raw, "t")


def test_utc_stamp_takes_a_naive_time_as_utc_and_converts_others() -> None:
    assert utc_stamp("2021-01-01 10:00", "t") == dt.datetime(2021, 1, 1, 10, tzinfo=UTC)
    assert utc_stamp("2021-01-01T10:00+02:00", "t") == dt.datetime(2021, 1, 1, 8, tzinfo=UTC)
    assert utc_stamp("  ", "t") is None


@pytest.mark.parametrize("value", [*(start + "x" for start in FORMULA_STARTS), "'=x", "''x", "'-"])
def test_spreadsheet_cell_neutralises_formula_starts(value: str) -> None:
    """Formula starts get an apostrophe; so does a cell that would look neutralised already."""
    assert spreadsheet_cell(value) == "'" + value


@pytest.mark.parametrize("safe", ["plain", "", "x=1", "'plain", "0.5", "2021-01-01"])
def test_spreadsheet_cell_leaves_other_cells_alone(safe: str) -> None:
    assert spreadsheet_cell(safe) == safe


@given(st.text(alphabet=st.sampled_from(["=", "+", "-", "@", "\t", "\r", "'", "a", " ", "1"]), max_size=8) | st.text(max_size=8))
def test_spreadsheet_cells_round_trip_exactly(value: str) -> None:
    cell = spreadsheet_cell(value)
    assert from_spreadsheet_cell(cell) == value
    assert not cell.startswith(FORMULA_STARTS)
