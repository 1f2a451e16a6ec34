"""PredictionBook's API JSON, end to end through the CLI: each wager credited to its user.

The fixtures in tests/fixtures/formats/predictionbook_*.json have the fields of
PredictionBook's serializers (see tracker/interchange/predictionbook_json.py for the files
read); every expected value below was read off them by hand.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXPORTS_TODAY, Tracker, db_snapshot

FORMATS = Path(__file__).parent / "fixtures" / "formats"
MINE = str(FORMATS / "predictionbook_my_predictions.json")  # GET /api/my_predictions (one line, as Rails writes it)
PUBLIC = str(FORMATS / "predictionbook_predictions.json")  # GET /api/predictions, saved pretty-printed
ONE = str(FORMATS / "predictionbook_prediction.json")  # GET /api/predictions/203306 (withdrawn)
TODAY = EXPORTS_TODAY
KUUDES = "kuudes (PredictionBook user 812)"
GWERN = "gwern (PredictionBook user 99)"


@pytest.fixture
def tracker(backend_tracker: Tracker) -> Tracker:
    """These tests run on SQLite and on PostgreSQL with the same expectations."""
    return backend_tracker


pytestmark = pytest.mark.usefixtures("exports_today")


def exported(tracker: Tracker) -> list[dict[str, Any]]:
    return [json.loads(line) for line in tracker("export", "--json").stdout.splitlines()]


def on(rows: list[dict[str, Any]], number: int) -> list[dict[str, Any]]:
    """The predictions on PredictionBook question ``number``, oldest first."""
    return sorted((r for r in rows if r["claim_ref"] == f"predictionbook:{number}"), key=lambda r: r["id"])


def page(*predictions: dict[str, Any]) -> dict[str, Any]:
    return {"user": {"email": "kuudes@example.org", "name": "kuudes", "user_id": 812}, "predictions": list(predictions)}


def mine() -> dict[str, Any]:
    return json.loads(Path(MINE).read_text(encoding="utf-8"))


def question(number: int) -> dict[str, Any]:
    [found] = [p for p in mine()["predictions"] if p["id"] == number]
    return found


def write(tmp_path: Path, name: str, document: Any) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return str(path)


def test_each_wager_is_a_prediction_by_its_user_at_its_time(tracker: Tracker) -> None:
    summary = tracker("import", MINE, "--json").json()
    assert {k: summary[k] for k in ("predictions_added", "resolutions_added", "claims_added", "skipped", "refused")} == {
        "predictions_added": 14, "resolutions_added": 6, "claims_added": 8, "skipped": 2, "refused": 0,
    }
    assert (summary["first_date"], summary["last_date"]) == ("2018-01-02", "2024-05-30")
    bitcoin = on(exported(tracker), 194301)
    # Responses 5001, 5002 and 5004 (5003 is a comment without a confidence, 5005 came after the deadline).
    assert [(r["author"], r["date"], r["probability"], r["quote"]) for r in bitcoin] == [
        (KUUDES, "2019-03-02", 0.40, "ETF hype will fade"),
        (GWERN, "2019-04-02", 0.30, None),
        (KUUDES, "2019-06-10", 0.25, "halving is priced in"),
    ]
    first = bitcoin[0]
    assert first["claim"] == "Bitcoin closes 2019 above $10,000 on CoinDesk"
    assert (first["deadline"], first["outlet"], first["tags"]) == ("2019-12-31", "PredictionBook", ["predictionbook"])
    assert first["url"] == "https://predictionbook.com/predictions/194301"
    assert len({r["claim_id"] for r in bitcoin}) == 1
    # The question's latest judgement, dated by last_judgement_at (two weeks after the deadline).
    [resolution] = first["resolutions"]
    assert (resolution["outcome"], resolution["resolved_on"], resolution["note"]) == (False, "2020-01-14", None)
    assert resolution["evidence"] == "https://predictionbook.com/predictions/194301"


def test_the_crowd_mean_and_comments_are_not_imported(tracker: Tracker) -> None:
    tracker("import", MINE)
    rows = exported(tracker)
    authors = {r["author"] for r in rows}
    assert "PredictionBook crowd" not in authors
    assert not any(a.startswith("Jamie_Z") for a in authors)  # response 5003 is a comment only
    assert [r["probability"] for r in on(rows, 203301)] == [0.55, 0.70]  # never mean_confidence (74)


def test_users_who_share_a_name_stay_two_sources(tracker: Tracker) -> None:
    tracker("import", MINE)
    mars = on(exported(tracker), 203302)
    assert [(r["author"], r["probability"]) for r in mars] == [
        (KUUDES, 0.08), ("Alex (PredictionBook user 301)", 0.20), ("Alex (PredictionBook user 302)", 0.02),
    ]
    sources = [row["source"] for row in tracker("scorecard", "--json").json()]
    assert "Alex (PredictionBook user 301)" in sources and "Alex (PredictionBook user 302)" in sources


def test_the_bare_name_is_pointed_to_the_users_source(tracker: Tracker) -> None:
    tracker("import", MINE)
    failed = tracker.fails("list", "--author", "kuudes", code=2)
    assert failed.stderr.strip() == (
        "tracker: error: no predictions by author 'kuudes'; did you mean 'kuudes (PredictionBook user 812)'?"
    )
    assert len(tracker("list", "--author", KUUDES, "--json").json()) == 9


def test_a_wager_after_the_judgement_is_skipped_and_counted_never_redated(tracker: Tracker) -> None:
    result = tracker("import", MINE, "--json")
    assert result.json()["skipped_by_reason"] == {
        "made after the question was resolved": 1, "made after the question's deadline": 1,
    }
    assert result.stderr.strip() == (
        "tracker: skipped 2 of 16 PredictionBook wagers - "
        "made after the question was resolved: 1 (prediction 2 (id 203301), response 3); "
        "made after the question's deadline: 1 (prediction 5 (id 194301), response 5)"
    )
    voyager = on(exported(tracker), 203301)
    # Judged at 09:00:00 on 2024-06-14; Sam's 99% of 09:00:01 that day is left out.
    assert [(r["author"], r["date"]) for r in voyager] == [(KUUDES, "2021-05-01"), ("Sam (PredictionBook user 77)", "2024-05-30")]
    assert [(r["outcome"], r["resolved_on"]) for r in voyager[0]["resolutions"]] == [(True, "2024-06-14")]


def test_the_latest_wager_before_the_outcome_is_the_one_scored(tracker: Tracker) -> None:
    tracker("import", MINE)
    [kuudes] = [row for row in tracker("scorecard", "--json").json() if row["source"] == KUUDES]
    # Counted: bitcoin 0.25 (false), voyager 0.55 (true), biden 0.65 (true), marathons 0.70 (true)
    # and 0.35 (false), nations league 0.30 (false); the ceasefire and Mars are unresolved.
    expected = ((0.25 - 0) ** 2 + (0.55 - 1) ** 2 + (0.65 - 1) ** 2 + (0.70 - 1) ** 2 + 0.35**2 + 0.30**2) / 6
    assert (kuudes["predictions"], kuudes["scored"], kuudes["hits"]) == (8, 6, 6)
    assert kuudes["brier"] == pytest.approx(expected)


def test_groups_private_questions_and_messy_text(tracker: Tracker) -> None:
    tracker("import", MINE)
    rows = exported(tracker)
    [biden] = on(rows, 203304)
    assert biden["claim"] == "[Who wins the 2020 US presidential election?] Biden"  # description_with_group
    assert [(r["outcome"], r["resolved_on"]) for r in biden["resolutions"]] == [(True, "2020-11-08")]
    [ceasefire] = on(rows, 203303)
    assert ceasefire["claim"] == "Russia and Ukraine sign a ceasefire before 2023"  # a newline and a tab inside
    assert ceasefire["tags"] == ["predictionbook", "private"]  # visible_to_creator
    assert ceasefire["resolutions"] == []
    [nations] = on(rows, 203305)
    assert nations["claim"] == "Germany reaches the 2018–2019 Nations League finals & wins"  # U+0096, Rails' \u0026
    unnamed = on(rows, 170001)[1]
    assert unnamed["author"] == "PredictionBook user 4242"  # the name is a zero-width space


@pytest.mark.parametrize(("visibility", "tags"), [
    ("visible_to_group", ["predictionbook", "private"]),
    ("visible_to_creator", ["predictionbook", "private"]),
    ("visible_to_everyone", ["predictionbook"]),
])
def test_only_public_questions_go_untagged(tracker: Tracker, tmp_path: Path, visibility: str, tags: list[str]) -> None:
    tracker("import", write(tmp_path, "page.json", page(dict(question(203302), visibility=visibility))))
    assert {tuple(r["tags"]) for r in exported(tracker)} == {tuple(tags)}


def test_questions_sharing_title_and_deadline_stay_distinct(tracker: Tracker) -> None:
    tracker("import", MINE)
    rows = exported(tracker)
    first, second = on(rows, 170001), on(rows, 170002)
    assert first[0]["claim"] == second[0]["claim"] and first[0]["deadline"] == second[0]["deadline"]
    assert first[0]["claim_id"] != second[0]["claim_id"]
    assert [r["outcome"] for r in first[0]["resolutions"]] == [True]
    assert [r["outcome"] for r in second[0]["resolutions"]] == [False]


def test_same_words_resolved_earlier_on_another_question_do_not_refuse_a_wager(tracker: Tracker, tmp_path: Path) -> None:
    """Weekly questions share their words; one week's outcome is not the next one's."""
    week1 = question(170001)
    week2 = dict(question(170002), id=180003, deadline="2019-12-31T00:00:00.000Z", last_judgement_at="2020-01-02T10:00:00.000Z",
                 responses=[dict(question(170002)["responses"][0], id=1401, created_at="2019-01-03T08:00:00.000Z")])
    tracker("import", write(tmp_path, "week1.json", page(week1)))
    summary = tracker("import", write(tmp_path, "week2.json", page(week2)), "--json").json()
    assert (summary["predictions_added"], summary["claims_added"]) == (1, 1)


def test_several_pages_in_one_import_and_reimporting_adds_nothing(tracker: Tracker) -> None:
    summary = tracker("import", MINE, PUBLIC, ONE, "--json").json()
    # 14 from the first page; the second repeats question 203302's three wagers and adds 150010's two.
    assert (summary["predictions_added"], summary["predictions_present"], summary["claims_added"]) == (16, 3, 9)
    assert summary["skipped_by_reason"] == {
        "made after the question was resolved": 1, "made after the question's deadline": 1, "withdrawn": 1,
    }
    assert summary["files"] == [MINE, PUBLIC, ONE]
    higgs = on(exported(tracker), 150010)
    assert [(r["author"], r["probability"]) for r in higgs] == [(GWERN, 0.80), (KUUDES, 0.75)]
    again = tracker("import", MINE, PUBLIC, ONE, "--json").json()
    assert (again["predictions_added"], again["resolutions_added"], again["claims_added"]) == (0, 0, 0)


def test_withdrawn_question_is_skipped(tracker: Tracker) -> None:
    result = tracker("import", ONE, "--json")
    assert (result.json()["predictions_added"], result.json()["skipped_by_reason"]) == (0, {"withdrawn": 1})
    assert "withdrawn: 1 (prediction 1 (id 203306), response 1)" in result.stderr


def test_wagers_join_the_csv_exports_crowd_on_the_same_claim(tracker: Tracker) -> None:
    tracker("import", str(FORMATS / "predictionbook.csv"))
    summary = tracker("import", MINE, "--json").json()
    # Question 194301 is in both files: its claim and judgement are already there.
    assert (summary["claims_added"], summary["resolutions_added"], summary["resolutions_present"]) == (7, 5, 1)
    bitcoin = on(exported(tracker), 194301)
    assert [r["author"] for r in bitcoin] == ["PredictionBook crowd", KUUDES, GWERN, KUUDES]
    assert len({r["claim_id"] for r in bitcoin}) == 1


def test_format_option(tracker: Tracker, tmp_path: Path) -> None:
    assert tracker("import", MINE, "--format", "predictionbook-json", "--json").json()["predictions_added"] == 14
    failed = tracker.fails("import", str(FORMATS / "predictionbook.csv"), "--format", "predictionbook-json", code=2)
    assert "is not JSON: --format predictionbook-json reads the JSON of PredictionBook's API" in failed.stderr
    failed = tracker.fails("import", MINE, "--format", "jsonl", code=2)
    assert "PredictionBook's API JSON, not --format jsonl" in failed.stderr
    failed = tracker.fails("import", MINE, str(FORMATS / "predictionbook.csv"), code=2)
    assert "predictionbook.csv is not a JSON document" in failed.stderr
    failed = tracker.fails("import", MINE, "--crowd-as-creator", code=2)
    assert "--crowd-as-creator is for PredictionBook's CSV export" in failed.stderr


def test_a_page_on_standard_input(tracker: Tracker, tmp_path: Path) -> None:
    summary = tracker("import", "-", "--json", input=Path(MINE).read_text(encoding="utf-8")).json()
    assert (summary["predictions_added"], summary["skipped"]) == (14, 2)


def test_json_lines_of_predictions_are_read_with_their_line_numbers(tracker: Tracker, tmp_path: Path) -> None:
    """What ``jq -c '.predictions[]'`` makes of a page."""
    bad = dict(question(203302), responses=[dict(question(203302)["responses"][0], confidence=140)])
    path = tmp_path / "lines.jsonl"
    path.write_text(json.dumps(question(194301)) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    failed = tracker.fails("import", str(path), code=2)
    assert failed.stderr.strip() == (
        "tracker: error: line 2 (id 203302), response 1: probability 140% is out of range: it must lie between 0 and 1 (0% and 100%); "
        "nothing was imported"
    )


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ('{"predictions": [', "not valid JSON (Expecting value at line 1, column 18)"),
        ('{"error":"invalid API token","status":"unauthorized"}', "is PredictionBook's error answer ('invalid API token'), not predictions"),
        ('{\n  "user": {"name": "x"}\n}\n', "a JSON object without 'predictions' or 'responses'"),
        ('[{"claim": "A"}]', "JSON array"),
    ],
)
def test_a_file_that_is_not_an_answer_is_refused_before_anything_is_written(
    tracker: Tracker, tmp_path: Path, document: str, message: str
) -> None:
    path = tmp_path / "answer.json"
    path.write_text(document, encoding="utf-8")
    failed = tracker.fails("import", str(path), code=2)
    assert message in failed.stderr
    if isinstance(tracker.db, Path):
        assert not tracker.db.exists()  # refused before a database was created


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"confidence": 140}, "prediction 1 (id 194301), response 2: probability 140% is out of range"),
        ({"confidence": "high"}, "prediction 1 (id 194301), response 2: confidence 'high' is not a whole percentage"),
        ({"created_at": "2019-13-45T00:00:00.000Z"}, "response 2: created_at '2019-13-45T00:00:00.000Z' is not a real time"),
        ({"user_id": None}, "prediction 1 (id 194301), response 2: user_id missing"),
        ({"created_at": "2019-04-02T18:00:12.000Z", "user_label": "bad\x07name"}, "response 2: author"),
    ],
)
def test_a_bad_wager_refuses_the_whole_file_and_names_its_place(
    tracker: Tracker, tmp_path: Path, change: dict[str, Any], message: str
) -> None:
    bitcoin = question(194301)
    bitcoin["responses"][1].update(change)
    tracker("import", ONE)  # something already there, which must stay as it is
    before = db_snapshot(tracker.db)
    failed = tracker.fails("import", write(tmp_path, "bad.json", page(bitcoin)), code=2)
    assert message in failed.stderr and failed.stderr.strip().endswith("nothing was imported")
    assert db_snapshot(tracker.db) == before


@pytest.mark.sqlite_file
def test_skip_invalid_writes_each_refused_wager_with_its_place(tracker: Tracker, tmp_path: Path) -> None:
    document = mine()
    bitcoin = next(p for p in document["predictions"] if p["id"] == 194301)
    bitcoin["responses"][1]["confidence"] = 140  # gwern's wager
    voyager = next(p for p in document["predictions"] if p["id"] == 203301)
    voyager["deadline"] = "soon"  # every wager on it
    path = write(tmp_path, "page.json", document)
    dry = tracker("import", path, "--skip-invalid", "--dry-run", "--json").json()
    assert (dry["predictions_added"], dry["refused"]) == (11, 2)
    assert not (tmp_path / "page.rejects.jsonl").exists() and not tracker.db.exists()
    summary = tracker("import", path, "--skip-invalid", "--json").json()
    assert (summary["predictions_added"], summary["refused"]) == (11, 2)
    assert summary["rejects"] == str(tmp_path / "page.rejects.jsonl")
    refused = [json.loads(line) for line in (tmp_path / "page.rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["where"], r["reason"]) for r in refused] == [
        ("prediction 2 (id 203301)", "cannot read deadline 'soon' as a date and time"),
        ("prediction 5 (id 194301), response 2",
         "probability 140% is out of range: it must lie between 0 and 1 (0% and 100%)"),
    ]
    assert refused[1]["row"]["response"]["id"] == 5002 and refused[1]["row"]["prediction"]["id"] == 194301
    assert [r["author"] for r in on(exported(tracker), 194301)] == [KUUDES, KUUDES]
