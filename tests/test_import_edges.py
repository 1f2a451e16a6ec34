"""Edges found by the acceptance review of foreign imports: a forecast in the very second of
its question's resolution, and what the refused-row messages and files say."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Tracker

FATEBOOK_HEADER = (
    "Question title,Multiple choice option,Forecast created by,Forecast (scale = 0-1),Forecast created at,"
    "Question created by,Question created at,Question resolve by,Resolution,Resolved at,"
    "Your Brier score for this question,Your relative Brier score for this question,Question notes,"
    "Question shared with,Question shared publicly,Question comments,Question tags\n"
)


def fatebook_row(made: str, probability: float) -> str:
    """A row as questionsToCsv writes it: strings quoted, dates ``YYYY-MM-DD HH:MM:S``."""
    return (f'"Will I ship v2 by March?",,"Ann Example",{probability},{made},"Ann Example",2024-01-05 09:03:7,'
            '2024-03-31 00:00:0,"YES",2024-03-20 18:04:5,,,,"",false,"",""\n')


def test_a_fatebook_forecast_made_in_the_second_of_the_resolution_is_skipped(tracker: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "fatebook.csv"
    path.write_text(FATEBOOK_HEADER + fatebook_row("2024-01-05 09:03:7", 0.7) + fatebook_row("2024-03-20 18:04:4", 0.9)
                    + fatebook_row("2024-03-20 18:04:5", 0.98) + fatebook_row("2024-03-20 18:04:6", 0.99), encoding="utf-8")
    result = tracker("import", str(path), "--json")
    assert result.json()["skipped_by_reason"] == {"made after the question was resolved": 2}
    assert "made after the question was resolved: 2 (lines 4, 5)" in result.stderr
    assert sorted(p["probability"] for p in tracker("list", "--json").json()) == [0.7, 0.9]


def test_the_refusal_summary_groups_reasons_without_mangling_quoted_text(tracker: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("claim,author,date,probability\n"
                    "First,Ann,2024-01-01,not at all sure\n"
                    "Second,Ann,2024-01-01,'quite' likely\n"
                    "Third,Ann,2024-01-01,0.5\n", encoding="utf-8")
    result = tracker("import", str(path), "--skip-invalid", "--json")
    kind = ("cannot read … as a probability: give …, … or a phrase such as …, … or …")
    assert result.json()["refused_by_reason"] == {kind: 2}
    plain = tracker("import", str(path), "--skip-invalid", "--dry-run")
    assert f"Refused 2 invalid row(s) ({kind}: 2)" in plain.stdout + plain.stderr


def test_a_refused_row_of_metaculus_forecasts_names_the_forecast_file(tracker: Tracker, tmp_path: Path) -> None:
    formats = Path(__file__).parent / "fixtures" / "formats"
    forecasts = tmp_path / "forecast_data.csv"
    text = (formats / "metaculus_forecast_data.csv").read_text(encoding="utf-8")
    forecasts.write_text(text + "99999,145023,kuudes,False,2024-09-02 08:15:31+00:00,,,0.35,,,,,,,,,,0.35,\n", encoding="utf-8")
    failed = tracker.fails("import", str(formats / "metaculus_question_data.csv"), str(forecasts), code=2)
    assert f"tracker: error: {forecasts} line 13: Question ID '99999' is not in metaculus_question_data.csv; " \
           "nothing was imported" in failed.stderr


def test_rejects_replace_only_an_empty_file_or_earlier_rejects(tracker: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("claim,author,date,probability\nFirst,Ann,2024-01-01,not at all\nSecond,Ann,2024-01-01,0.5\n",
                    encoding="utf-8")
    notes = tmp_path / "notes.csv"
    notes.write_text("my,own\ndata,here\n", encoding="utf-8")
    failed = tracker.fails("import", str(path), "--skip-invalid", "--rejects", str(notes), code=2)
    assert f"--rejects {notes} exists and is not a rejects file tracker wrote" in failed.stderr
    assert notes.read_text(encoding="utf-8") == "my,own\ndata,here\n" and not Path(tracker.db).exists()
    empty = tmp_path / "empty.csv"
    empty.touch()
    tracker("import", str(path), "--skip-invalid", "--rejects", str(empty))
    assert empty.read_text(encoding="utf-8").startswith("line,reason,claim")
    default = tmp_path / "mine.rejects.csv"  # a second run replaces the first run's rejects
    tracker("import", str(path), "--skip-invalid")
    tracker("import", str(path), "--skip-invalid")
    assert len(default.read_text(encoding="utf-8").splitlines()) == 2
    jsonl = tmp_path / "bad.jsonl"
    jsonl.write_text('{"claim": "X", "author": "Ann", "date": "2024-01-01", "probability": "nope"}\n', encoding="utf-8")
    tracker("import", str(jsonl), "--skip-invalid", "--rejects", str(tmp_path / "r.jsonl"))
    tracker("import", str(jsonl), "--skip-invalid", "--rejects", str(tmp_path / "r.jsonl"))
    assert '"line": 1' in (tmp_path / "r.jsonl").read_text(encoding="utf-8")


def test_a_field_over_the_limit_is_a_refused_row_not_a_refused_file(tracker: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "pb.csv"
    row = "{day} 00:00:00 UTC,2021-01-01 00:00:00 UTC,{title},70,gwern\n"
    path.write_text("created_at,deadline,description,mean_confidence,creator_label\n"
                    + row.format(day="2020-01-01", title="Fine") + row.format(day="2020-01-02", title="x" * 1_000_001)
                    + row.format(day="2020-01-03", title="Also fine"), encoding="utf-8")
    failed = tracker.fails("import", str(path), "--crowd-as-creator", code=2)
    assert "line 3: a field is longer than 1,000,000 characters; nothing was imported" in failed.stderr
    summary = tracker("import", str(path), "--crowd-as-creator", "--skip-invalid", "--json").json()
    assert (summary["predictions_added"], summary["refused"]) == (2, 1)
    assert (tmp_path / "pb.rejects.csv").read_text(encoding="utf-8").splitlines()[1].startswith(
        "3,\"a field is longer than 1,000,000 characters\"")
