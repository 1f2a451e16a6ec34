"""Odd numbers in real-format files: every one is refused with its line and one clear reason,
never stored as something else (1e-400 as 0, 1e999 as infinity).

The files are the fixtures of tests/fixtures/formats (built from the exporters' code, every
column) with one value changed, as a hand edit or another program would leave it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Tracker

FORMATS = Path(__file__).parent / "fixtures" / "formats"


pytestmark = pytest.mark.usefixtures("exports_today")


def variant(tmp_path: Path, name: str, old: str, new: str) -> Path:
    text = (FORMATS / name).read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path = tmp_path / name
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


# The Fatebook row on line 8 ("Oppenheimer", forecast 0.55) and the Metaculus forecast on line 4 (Jgalt, 0.5).
FATEBOOK_ROW = '"Sam Rivera",0.55,2024-01-24 13:00:0,'
METACULUS_ROW = "101465,Jgalt,False,2024-09-05 22:40:09.118300+00:00,,,0.5,"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("1e-400", "line 8: probability 1e-400 is out of range: tracker keeps 6 decimal places, so it would be stored as 0"),
        ("0.9999999", "line 8: probability 0.9999999 is out of range: tracker keeps 6 decimal places, so it would be stored as 1"),
        ("5.", "line 8: probability '5.' is out of range 0-1: did you mean 0.05 or 5%?"),
        ("1e999", "line 8: probability 1e999 is out of range: it must lie between 0 and 1"),
        ("nan", "line 8: cannot read 'nan' as a probability"),
    ],
)
def test_odd_numbers_in_a_fatebook_export_are_refused_by_line(tracker: Tracker, tmp_path: Path, value: str, message: str) -> None:
    path = variant(tmp_path, "fatebook.csv", FATEBOOK_ROW, f'"Sam Rivera",{value},2024-01-24 13:00:0,')
    failed = tracker.fails("import", str(path), code=2)
    assert f"tracker: error: {message}" in failed.stderr
    summary = tracker("import", str(path), "--skip-invalid", "--json").json()
    assert summary["refused"] == 1
    assert [line.split(",")[0] for line in (tmp_path / "fatebook.rejects.csv").read_text(encoding="utf-8").splitlines()[1:]] == ["8"]


@pytest.mark.parametrize("value", ["1e-400", "5.", "1e999"])
def test_odd_numbers_in_a_metaculus_download_are_refused_by_line(tracker: Tracker, tmp_path: Path, value: str) -> None:
    forecasts = variant(tmp_path, "metaculus_forecast_data.csv", METACULUS_ROW, METACULUS_ROW.replace(",0.5,", f",{value},"))
    failed = tracker.fails("import", str(FORMATS / "metaculus_question_data.csv"), str(forecasts), code=2)
    assert f"line 4: probability {value if value != '5.' else repr(value)} is out of range" in failed.stderr


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("1e999", "line 2: the number 1e999 is out of range: too large to be read"),
        ("-1e999", "line 2: the number -1e999 is out of range: too large to be read"),
        ("1e-400", "line 2: the number 1e-400 is out of range: too small to be read (it would be 0)"),
        ("NaN", "line 2: NaN is not a JSON number"),
        ("Infinity", "line 2: Infinity is not a JSON number"),
    ],
)
def test_json_numbers_no_float_holds_are_refused_with_their_text(tracker: Tracker, tmp_path: Path, number: str, message: str) -> None:
    path = tmp_path / "export.jsonl"
    good = {"claim": "Fine", "author": "Ann", "date": "2021-01-01", "probability": 0.4}
    path.write_text(json.dumps(good) + "\n" + json.dumps({**good, "claim": "Odd"})[:-1] + f', "deadline_days": 1, "x": {number}}}\n',
                    encoding="utf-8")
    assert f"tracker: error: {message}; nothing was imported" in tracker.fails("import", str(path), code=2).stderr


def test_json_1e999_as_a_probability_is_not_read_as_infinity(tracker: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text('{"claim": "A", "author": "Ann", "date": "2021-01-01", "probability": 1e999}\n', encoding="utf-8")
    failed = tracker.fails("import", str(path), code=2)
    assert "line 1: the number 1e999 is out of range" in failed.stderr and "'inf'" not in failed.stderr


def test_a_predictionbook_api_page_with_1e999_names_the_number(tracker: Tracker, tmp_path: Path) -> None:
    text = (FORMATS / "predictionbook_predictions.json").read_text(encoding="utf-8")
    first = text.index('"confidence":')
    end = text.index(",", first)
    path = tmp_path / "page.json"
    path.write_text(text[:first] + '"confidence": 1e999' + text[end:], encoding="utf-8")
    assert "page.json: the number 1e999 is out of range: too large to be read" in tracker.fails("import", str(path), code=2).stderr


def test_an_empty_object_as_a_predictionbook_json_file_says_what_is_wrong(tracker: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "predictions.json"
    path.write_text("{}\n", encoding="utf-8")
    failed = tracker.fails("import", str(path), code=2)
    assert "line 1: an empty JSON object, not a prediction of 'tracker export --json'" in failed.stderr
    assert "--format predictionbook-json" in failed.stderr
    told = tracker.fails("import", str(path), "--format", "predictionbook-json", code=2)
    assert "predictions.json is a JSON object without 'predictions' or 'responses', not an answer of PredictionBook's API" in told.stderr
    assert not tracker.db.exists()


@pytest.mark.parametrize("value", ["50 %", "99.9999999%", "1e-400", "0x10", "-0"])
def test_a_predictionbook_mean_confidence_that_is_no_percentage_is_refused_in_its_own_words(
    tracker: Tracker, tmp_path: Path, value: str
) -> None:
    """The importer reads mean_confidence as a percentage; the message quotes the cell, not "50 %%"."""
    path = variant(tmp_path, "predictionbook.csv", ",194301,35,false,", f",194301,{value},false,")
    failed = tracker.fails("import", str(path), code=2)
    assert f"line 2: mean_confidence {value!r} is not a number from 0 to 100" in failed.stderr
    assert "%%" not in failed.stderr


def test_a_time_zone_nobody_knows_is_refused_not_dropped(tracker: Tracker, tmp_path: Path) -> None:
    """"13:00:00 TC": dateutil drops a zone it does not know (the time would be read as UTC)
    and prints a Python warning; the row is refused in one line instead."""
    path = variant(tmp_path, "fatebook.csv", FATEBOOK_ROW, '"Sam Rivera",0.55,2024-01-24 13:00:00 TC,')
    failed = tracker.fails("import", str(path), code=2)
    lines = failed.stderr.strip().splitlines()
    assert "line 8" in failed.stderr and "time zone is not one tracker knows" in failed.stderr
    assert not any("Warning" in line for line in lines)
