"""A later export of the same tool: a question judged since lands as a resolution dated by its
judgement (history kept, nothing re-dated), an unchanged export adds nothing, and a Fatebook
question whose title was edited stays one claim.

Files are the fixtures of tests/fixtures/formats (built from the exporters' code), changed the
way the tool itself would change them between two exports.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Tracker, db_snapshot

FORMATS = Path(__file__).parent / "fixtures" / "formats"
EU_ACT = "Will the EU AI Act be published in the Official Journal before 1 August 2024?"
EU_ACT_EDITED = "Will the EU AI Act be published in the Official Journal (OJ L series) before 1 August 2024?"


@pytest.fixture
def tracker(backend_tracker: Tracker) -> Tracker:
    return backend_tracker


pytestmark = pytest.mark.usefixtures("exports_today")


def fatebook_row(title: str, probability: str = "0.5", *, made: str = "2024-03-01 10:00:00",
                 resolution: str = "", resolved_at: str = "") -> str:
    """One row of a Fatebook export by Sam Rivera, created 1 March 2024, closing at the end of 2024."""
    return (f'"{title}",,"Sam Rivera",{probability},{made},"Sam Rivera",2024-03-01 00:00:00,'
            f'2024-12-31 00:00:00,{resolution},{resolved_at},,,"","",false,"",""')


def variant(tmp_path: Path, name: str, replacements: list[tuple[str, str]], out: str | None = None, *, every: bool = False) -> Path:
    text = (FORMATS / name).read_text(encoding="utf-8")
    for old, new in replacements:
        assert text.count(old) == 1 or (every and old in text), old
        text = text.replace(old, new)
    path = tmp_path / (out or name)
    path.write_text(text, encoding="utf-8")
    return path


def exported(tracker: Tracker) -> list[dict[str, Any]]:
    return [json.loads(line) for line in tracker("export", "--json").stdout.splitlines()]


def history(tracker: Tracker, claim_fragment: str) -> list[tuple[Any, str]]:
    rows = [row for row in exported(tracker) if claim_fragment in row["claim"]]
    assert rows, claim_fragment
    return [(r["outcome"], r["resolved_on"]) for r in rows[0]["resolutions"]]


# --- a question judged since the first export -------------------------------------------------

KUNSTHAUS_OPEN = "2027-06-30 00:00:00,,,"
KUNSTHAUS_JUDGED = '2027-06-30 00:00:00,"NO",2025-05-02 11:30:4,'


def test_a_later_fatebook_export_adds_the_judgement_with_its_date_and_adds_nothing_again(tracker: Tracker, tmp_path: Path) -> None:
    first = tracker("import", str(FORMATS / "fatebook.csv"), "--json").json()
    assert history(tracker, "Kunsthaus") == []
    later = variant(tmp_path, "fatebook.csv", [(KUNSTHAUS_OPEN, KUNSTHAUS_JUDGED)])
    summary = tracker("import", str(later), "--json").json()
    assert (summary["predictions_added"], summary["predictions_present"]) == (0, first["predictions_added"])
    assert (summary["resolutions_added"], summary["claims_added"]) == (1, 0)
    assert history(tracker, "Kunsthaus") == [(False, "2025-05-02")]  # the day Fatebook says, not the import's
    before = db_snapshot(tracker.db)
    again = tracker("import", str(later), "--json").json()
    assert (again["predictions_added"], again["resolutions_added"]) == (0, 0)
    assert db_snapshot(tracker.db) == before


def test_a_rejudged_fatebook_question_keeps_both_judgements_in_its_history(tracker: Tracker, tmp_path: Path) -> None:
    tracker("import", str(variant(tmp_path, "fatebook.csv", [(KUNSTHAUS_OPEN, KUNSTHAUS_JUDGED)], "first.csv")))
    rejudged = variant(tmp_path, "fatebook.csv", [(KUNSTHAUS_OPEN, '2027-06-30 00:00:00,"YES",2025-06-10 08:00:0,')], "second.csv")
    assert tracker("import", str(rejudged), "--json").json()["resolutions_added"] == 1
    assert history(tracker, "Kunsthaus") == [(False, "2025-05-02"), (True, "2025-06-10")]
    # The older file again brings nothing back: its judgement is already in the history.
    assert tracker("import", str(tmp_path / "first.csv"), "--json").json()["resolutions_added"] == 0


def test_a_later_metaculus_download_adds_the_resolution_of_a_question_then_open(tracker: Tracker, tmp_path: Path) -> None:
    judged = "2024-12-20 23:00:00+00:00,no,2025-01-01 00:00:00+00:00"
    open_questions = variant(tmp_path, "metaculus_question_data.csv", [(judged, "2024-12-20 23:00:00+00:00,,")], "q_open.csv")
    forecasts = str(FORMATS / "metaculus_forecast_data.csv")
    tracker("import", str(open_questions), forecasts)
    assert history(tracker, "shut down before January 1, 2025") == []
    summary = tracker("import", str(FORMATS / "metaculus_question_data.csv"), forecasts, "--json").json()
    assert (summary["predictions_added"], summary["resolutions_added"], summary["claims_added"]) == (0, 1, 0)
    assert history(tracker, "shut down before January 1, 2025") == [(False, "2025-01-01")]


def test_a_later_predictionbook_api_page_adds_the_judgement_by_last_judgement_at(tracker: Tracker, tmp_path: Path) -> None:
    page = json.loads((FORMATS / "predictionbook_my_predictions.json").read_text(encoding="utf-8"))
    (tmp_path / "page1.json").write_text(json.dumps(page), encoding="utf-8")
    tracker("import", str(tmp_path / "page1.json"))
    [question] = [p for p in page["predictions"] if p["id"] == 203302]
    assert question["outcome"] is None
    question.update(outcome=True, last_judgement_at="2025-06-01T10:00:00.000Z")
    (tmp_path / "page1_later.json").write_text(json.dumps(page), encoding="utf-8")
    summary = tracker("import", str(tmp_path / "page1_later.json"), "--json").json()
    assert (summary["predictions_added"], summary["resolutions_added"]) == (0, 1)
    [row] = [r for r in exported(tracker) if r.get("claim_ref") == "predictionbook:203302"][:1]
    assert [(r["outcome"], r["resolved_on"]) for r in row["resolutions"]] == [(True, "2025-06-01")]


def test_a_later_export_of_trackers_own_csv_adds_the_resolution(tracker: Tracker, tmp_path: Path) -> None:
    source = Tracker(tmp_path / "source.db")
    pid = source.add("Rain in Oslo on 1 February 2025", "-p", "0.7", "--deadline", "2025-02-01")
    source("export", "--csv", "-o", str(tmp_path / "first.csv"))
    tracker("import", str(tmp_path / "first.csv"))
    source("resolve", str(pid), "--outcome", "true", "--date", "2025-01-20")
    source("export", "--csv", "-o", str(tmp_path / "later.csv"))
    summary = tracker("import", str(tmp_path / "later.csv"), "--json").json()
    assert (summary["predictions_added"], summary["resolutions_added"]) == (0, 1)
    assert history(tracker, "Rain in Oslo") == [(True, "2025-01-20")]


# --- a Fatebook question retitled between two exports ------------------------------------------


def test_an_edited_fatebook_title_stays_one_claim_and_is_reported(tracker: Tracker, tmp_path: Path) -> None:
    first = tracker("import", str(FORMATS / "fatebook.csv"), "--json").json()
    claims = {row["claim_id"]: row["claim"] for row in exported(tracker)}
    [eu_claim] = [cid for cid, text in claims.items() if text == EU_ACT]
    edited = variant(tmp_path, "fatebook.csv", [(EU_ACT, EU_ACT_EDITED)], every=True)
    before = db_snapshot(tracker.db)
    result = tracker("import", str(edited), "--json")
    summary = result.json()
    assert summary["claims_added"] == 0 and summary["predictions_added"] == 0
    assert summary["predictions_present"] == first["predictions_added"]
    assert summary["questions_retitled"] == 1
    assert f"claim {eu_claim}'s question was retitled {EU_ACT_EDITED!r} since an earlier import" in result.stderr
    assert f"under the wording they were made on, {EU_ACT!r}" in result.stderr
    # Nothing overwritten: the claim keeps the wording forecast on; the new title is stored beside it.
    kept = ("claim", "prediction", "resolution", "prediction_tag")
    assert [table for table in db_snapshot(tracker.db) if table[0] in kept] == [table for table in before if table[0] in kept]
    assert summary["titles_added"] == 1
    # A forecast made after the edit joins the same claim.
    with edited.open("a", encoding="utf-8") as handle:
        handle.write(f'\n"{EU_ACT_EDITED}",,"Ana Lima",0.85,2024-06-01 09:00:00,"Sam Rivera",2024-03-01 10:01:50,'
                     '2024-07-31 23:59:59,"YES",2024-07-12 16:20:41,,,"","",false,"","ai; eu policy"\n')
    assert tracker("import", str(edited), "--json").json()["predictions_added"] == 1
    ana = [row for row in exported(tracker) if row["author"] == "Ana Lima"]
    assert [(row["claim_id"], row["claim"]) for row in ana] == [(eu_claim, EU_ACT)]


def test_two_fatebook_questions_created_in_the_same_second_stay_two_claims(tracker: Tracker, tmp_path: Path) -> None:
    """Fatebook's spreadsheet import gives every question of a sheet the same creation time."""
    header = (FORMATS / "fatebook.csv").read_text(encoding="utf-8").splitlines()[0]
    def row(title: str, who: str, p: str) -> str:
        return (f'"{title}",,"{who}",{p},2024-03-02 10:00:00,"Sam Rivera",2024-03-01 00:00:00,2024-12-31 00:00:00,,,,,"","",false,"",""')
    first = tmp_path / "first.csv"
    first.write_text("\n".join([header, row("Question A", "Sam Rivera", "0.3"), row("Question B", "Sam Rivera", "0.6")]) + "\n",
                     encoding="utf-8")
    assert tracker("import", str(first), "--json").json()["claims_added"] == 2
    # A third question of the same sheet, seen for the first time: no stored forecast is its own.
    later = tmp_path / "later.csv"
    later.write_text("\n".join([header, row("Question C", "Noor Haddad", "0.9"), row("Question A", "Sam Rivera", "0.3"),
                                row("Question B", "Sam Rivera", "0.6")]) + "\n", encoding="utf-8")
    summary = tracker("import", str(later), "--json").json()
    assert (summary["claims_added"], summary["predictions_added"], summary.get("questions_retitled")) == (1, 1, None)
    assert sorted(row["claim"] for row in exported(tracker)) == ["Question A", "Question B", "Question C"]


def test_a_retitled_question_among_several_of_the_same_second_is_a_new_claim_not_a_guess(tracker: Tracker, tmp_path: Path) -> None:
    header = (FORMATS / "fatebook.csv").read_text(encoding="utf-8").splitlines()[0]
    def row(title: str, p: str) -> str:
        return f'"{title}",,"Sam Rivera",{p},2024-03-02 10:00:00,"Sam Rivera",2024-03-01 00:00:00,2024-12-31 00:00:00,,,,,"","",false,"",""'
    path = tmp_path / "sheet.csv"
    path.write_text("\n".join([header, row("Question A", "0.3"), row("Question B", "0.3")]) + "\n", encoding="utf-8")
    tracker("import", str(path))
    path.write_text("\n".join([header, row("Question A, edited", "0.3"), row("Question B", "0.3")]) + "\n", encoding="utf-8")
    summary = tracker("import", str(path), "--json").json()
    assert summary["claims_added"] == 1 and summary.get("questions_retitled") is None


def test_claims_imported_under_the_older_fatebook_key_are_found_again(tracker: Tracker, tmp_path: Path) -> None:
    """Before the key held the question's family, it was the first 32 digits of the hash of
    title, creation time, creator and option: a database imported then gets no duplicates."""
    created, who = "2024-09-10 20:39:55", "Sam Rivera"
    title = "Will Zürich's Kunsthaus reopen the Bührle wing by mid-2027? 🖼️"
    older = "fatebook:" + hashlib.sha256("\x1f".join((title, created, who, "")).encode()).hexdigest()[:32]
    line = {"claim": title, "author": who, "date": "2024-09-10", "deadline": "2027-06-30", "probability": 0.3,
            "outlet": "Fatebook", "tags": ["fatebook", "art", "zürich"], "claim_ref": older}
    (tmp_path / "old.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    tracker("import", str(tmp_path / "old.jsonl"))
    summary = tracker("import", str(FORMATS / "fatebook.csv"), "--json").json()
    assert summary["predictions_present"] == 1 and summary.get("questions_retitled") is None
    kunsthaus = [row for row in exported(tracker) if "Kunsthaus" in row["claim"]]
    assert [row["claim_ref"] for row in kunsthaus] == [older]


def test_a_new_question_of_the_same_second_is_not_taken_for_an_edited_title(tracker: Tracker, tmp_path: Path) -> None:
    """One stored question of its creator and second, and a file without it (deleted on Fatebook)
    whose question of that second has other forecasts: a new question, not a retitling."""
    header = (FORMATS / "fatebook.csv").read_text(encoding="utf-8").splitlines()[0]
    path = tmp_path / "sheet.csv"
    path.write_text(f"{header}\n{fatebook_row('Question A', '0.3', made='2024-03-02 10:00:00')}\n", encoding="utf-8")
    tracker("import", str(path))
    path.write_text(f"{header}\n{fatebook_row('Question D', '0.8', made='2024-03-02 10:00:00')}\n", encoding="utf-8")
    summary = tracker("import", str(path), "--json").json()
    assert (summary["claims_added"], summary["predictions_added"], summary.get("questions_retitled")) == (1, 1, None)
    assert sorted(row["claim"] for row in exported(tracker)) == ["Question A", "Question D"]


def test_a_new_question_with_the_same_single_forecast_is_not_taken_for_an_edited_title(tracker: Tracker, tmp_path: Path) -> None:
    """Same creator, same second, and the same one forecast ("50% on the day"): nothing tells
    an edited title from a new question, so it is a new claim, and the stored question does not
    take the new one's outcome (found in review: it used to be joined, resolved true)."""
    header = (FORMATS / "fatebook.csv").read_text(encoding="utf-8").splitlines()[0]
    path = tmp_path / "sheet.csv"
    path.write_text(f"{header}\n{fatebook_row('Will the harbour ferry run on 1 May?')}\n", encoding="utf-8")
    tracker("import", str(path))
    tram = fatebook_row("Will the tram strike end by June?", resolution="YES", resolved_at="2024-06-01 00:00:00")
    path.write_text(f"{header}\n{tram}\n", encoding="utf-8")
    summary = tracker("import", str(path), "--json").json()
    assert (summary["claims_added"], summary["predictions_added"], summary.get("questions_retitled")) == (1, 1, None)
    rows = {row["claim"]: row for row in exported(tracker)}
    assert sorted(rows) == ["Will the harbour ferry run on 1 May?", "Will the tram strike end by June?"]
    assert rows["Will the harbour ferry run on 1 May?"]["resolutions"] == []
    assert [r["outcome"] for r in rows["Will the tram strike end by June?"]["resolutions"]] == [True]
