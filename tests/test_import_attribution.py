"""Who a foreign row is credited to: anonymised Metaculus forecasters each a source of their
own, and options that would change the credit refused where a file would ignore them."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

import pytest

from tests.conftest import Tracker

FORMATS = Path(__file__).parent / "fixtures" / "formats"


def anonymised(tmp_path: Path) -> Path:
    """The fixture's forecast_data.csv as Metaculus' generate_data writes it anonymised: one
    ``Forecaster (Anonymized)`` column holding sha256(str(author_id)) for a user and the
    aggregation method for an aggregate."""
    rows = list(csv.DictReader(io.StringIO((FORMATS / "metaculus_forecast_data.csv").read_text(encoding="utf-8"))))
    columns = ["Question ID", "Forecaster (Anonymized)",
               *(c for c in rows[0] if c not in ("Question ID", "Forecaster ID", "Forecaster Username"))]
    path = tmp_path / "forecast_data.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in rows:
            who = hashlib.sha256(row["Forecaster ID"].encode()).hexdigest() if row["Forecaster ID"] else row["Forecaster Username"]
            writer.writerow([row["Question ID"], who, *(row[c] for c in columns[2:])])
    return path


def test_each_anonymised_metaculus_forecaster_is_a_source_of_their_own(tracker: Tracker, tmp_path: Path) -> None:
    questions = str(FORMATS / "metaculus_question_data.csv")
    named = Tracker(tmp_path / "named.db")
    named("import", questions, str(FORMATS / "metaculus_forecast_data.csv"))
    tracker("import", questions, str(anonymised(tmp_path)))
    user = {name: "Metaculus user " + hashlib.sha256(number.encode()).hexdigest()[:16]
            for name, number in (("kuudes", "145023"), ("Jgalt", "101465"))}
    # The same forecasts, each credited to the hash that stands for its user's id.
    assert sorted((user[p["author"]], p["claim"], p["date"], p["probability"]) for p in named("list", "--json").json()) == \
        sorted((p["author"], p["claim"], p["date"], p["probability"]) for p in tracker("list", "--json").json())
    scores = {row["source"]: row for row in tracker("scorecard", "--json").json()}
    assert set(scores) == set(user.values())
    message = tracker.fails("import", questions, str(anonymised(tmp_path)), "--author", "Me", code=2).stderr
    assert "--author cannot name the forecasters of an anonymised Metaculus download" in message


@pytest.mark.parametrize(("fixture", "args", "message"), [
    ("predictionbook.csv", ("--author", "gwern"),
     "--author names a PredictionBook creator only with --crowd-as-creator"),
    ("fatebook.csv", ("--crowd-as-creator",), "--crowd-as-creator is for PredictionBook exports; this is a Fatebook export"),
    ("metaculus.csv", ("--crowd-as-creator",), "--crowd-as-creator is for PredictionBook exports; this is a Metaculus export"),
])
def test_an_option_the_file_would_ignore_is_refused(tracker: Tracker, tmp_path: Path, fixture: str, args: tuple[str, ...],
                                                    message: str) -> None:
    assert message in tracker.fails("import", str(FORMATS / fixture), *args, code=2).stderr
    assert not Path(tracker.db).exists()
