"""`adjudicate.py settle` keeps what the adjudicator decided: "none" for no label, "neither" with a
checked "fix" for an item with other values (once added by hand from the prose in "why"), and an
item trimmed after a run-in label ("Next week:") settled as its own `other`. Each test writes a
small text and a decisions draft of its own and runs the real script on them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent / "corpus" / "adjudicate.py"
REL = "written/sports_picks/desk-calls.txt"
TEXT = (
    "Weekly calls from the desk.\n"
    "Next week: The Harbour Bill passes its second reading.\n"
    "- On the rate decision: \"Rates stay on hold in June.\"\n"
    "We will publish the full table on Friday.\n"
    "Ticket sales could top 40,000 by the end of the season, and the club will sell out the final.\n"
)


def span(passage: str) -> dict:
    start = TEXT.index(passage)
    return {"start": start, "end": start + len(passage)}


def forecast(passage: str, claim: str, probability: float = 0.9, **fields: object) -> dict:
    direction = "high" if probability > 0.5 else "low" if probability < 0.5 else "even"
    item = {**span(passage), "claim": claim, "probability": probability, "direction": direction,
            "speaker": None, "deadline": None, "clear": True}
    return {**item, **fields, "kind": "forecast"}


def not_forecast(passage: str, reason: str) -> dict:
    return {**span(passage), "reason": reason, "kind": "not_forecast"}


BILL = forecast("Next week: The Harbour Bill passes its second reading.", "The Harbour Bill passes its second reading next week")
RATES = forecast("On the rate decision: \"Rates stay on hold in June.\"", "Rates stay on hold in June")
TABLE = not_forecast("We will publish the full table on Friday.", "plan")
SALES = forecast("Ticket sales could top 40,000 by the end of the season, and the club will sell out the final.",
                 "Ticket sales top 40,000 by the end of the season", 0.4)
SELL_OUT = forecast("the club will sell out the final.", "The club sells out the final")


def dispute(a: dict | None, b: dict | None, decision: str, fields: list[str] | None = None, **extra: object) -> dict:
    if fields is None:
        fields = ["only a"] if b is None else ["only b"] if a is None else ["probability"]
    return {"a": a, "b": b, "fields": fields, "decision": decision, "why": "because the guide says so", **extra}


def draft(disputes: list[dict], agreed: list[dict] = ()) -> dict:
    meta = {"title": "Weekly calls", "author": None, "published": "2027-03-01", "outlet": None}
    return {"text": REL, "annotators": ["A1", "A2"], "meta_a": meta,
            "agreed": [{"a": item, "b": item, "fields": []} for item in agreed],
            "disputes": disputes, "meta_disputes": {}}


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    text = tmp_path / "texts" / REL
    text.parent.mkdir(parents=True)
    text.write_text(TEXT, encoding="utf-8")
    return tmp_path


def settle(workspace: Path, decisions: dict | str) -> tuple[subprocess.CompletedProcess, Path]:
    path = workspace / "decisions.json"
    path.write_text(decisions if isinstance(decisions, str) else json.dumps(decisions), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "settle", "--labels", str(workspace / "labels"),
         "--texts-root", str(workspace / "texts"), str(path)],
        capture_output=True, text=True, timeout=60,
    )
    return result, workspace / "labels" / "written" / "sports_picks" / "desk-calls.json"


def settled(workspace: Path, decisions: dict) -> tuple[dict, str]:
    result, label = settle(workspace, decisions)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(label.read_text(encoding="utf-8")), result.stdout


def without_kind(item: dict) -> dict:
    return {k: v for k, v in item.items() if k != "kind"}


# ---------------------------------------------------------------- the old format still settles


def test_a_draft_of_the_old_format_settles_as_before(workspace: Path) -> None:
    low_rates = dict(RATES, probability=0.7, direction="high")
    label, out = settled(workspace, draft([
        dispute(RATES, low_rates, "b"),
        dispute(TABLE, None, "a", fix=None),
        dispute(None, SALES, "neither"),  # no fix: no item, as before fixes existed
    ], agreed=[SELL_OUT]))

    assert label["forecasts"] == [without_kind(low_rates), without_kind(SELL_OUT)]
    assert label["not_forecasts"] == [without_kind(TABLE)]
    assert [d["decision"] for d in label["decisions"]] == ["b", "a", "neither"]
    assert all("fix" not in d for d in label["decisions"])
    assert out.strip().endswith("decisions.json: settled")


# ---------------------------------------------------------------- "none"


def test_none_writes_no_item_whichever_annotator_had_one(workspace: Path) -> None:
    label, _ = settled(workspace, draft([
        dispute(None, TABLE, "none"),
        dispute(SALES, None, "none"),
        dispute(RATES, dict(RATES, kind="not_forecast", reason="other"), "none", ["kind"]),
    ]))
    assert label["forecasts"] == [] and label["not_forecasts"] == []
    assert [(d["decision"], d["start"]) for d in label["decisions"]] == [
        ("none", TABLE["start"]), ("none", SALES["start"]), ("none", RATES["start"])]


# ---------------------------------------------------------------- "neither" with a fix


def test_a_fix_writes_the_adjudicators_values_on_the_base_item(workspace: Path) -> None:
    other = dict(SALES, probability=0.7, direction="high", clear=False)
    fix = {"base": "a", "probability": 0.25, "speaker": "the club", "deadline": "2027-05-31"}
    label, _ = settled(workspace, draft([dispute(SALES, other, "neither", ["probability", "clear"], fix=fix)]))

    [item] = label["forecasts"]
    assert item == {**without_kind(SALES), "probability": 0.25, "direction": "low", "speaker": "the club",
                    "deadline": "2027-05-31",
                    "note": "adjudicator's correction of A1's item (deadline, probability, speaker)"}
    assert label["decisions"] == [{"start": SALES["start"], "fields": ["probability", "clear"], "decision": "neither",
                                   "why": "because the guide says so", "fix": fix}]


def test_a_fix_can_move_the_span_by_offsets_or_by_the_passage(workspace: Path) -> None:
    clause = span("Ticket sales could top 40,000 by the end of the season")
    label, _ = settled(workspace, draft([
        dispute(SALES, None, "neither", fix={"base": "a", "end": clause["end"]}),
        dispute(None, dict(SELL_OUT, clear=False), "neither",
                fix={"base": "b", "match": "the club will sell out\nthe final.", "clear": True}),
    ]))
    first, second = label["forecasts"]
    assert (first["start"], first["end"]) == (clause["start"], clause["end"])
    assert (second["start"], second["end"], second["clear"]) == (SELL_OUT["start"], SELL_OUT["end"], True)
    assert second["note"] == "adjudicator's correction of A2's item (clear, end, start)"


def test_a_fix_can_turn_a_non_forecast_into_a_forecast_and_back(workspace: Path) -> None:
    calls_it_other = not_forecast("On the rate decision: \"Rates stay on hold in June.\"", "other")
    label, _ = settled(workspace, draft([
        dispute(RATES, calls_it_other, "neither", ["kind"],
                fix={"base": "b", "kind": "forecast", "claim": "Rates stay on hold in June", "probability": 0.9,
                     "speaker": "the desk", "clear": True}),
        dispute(forecast("We will publish the full table on Friday.", "The table is published on Friday"), None,
                "neither", fix={"base": "a", "kind": "not_forecast", "reason": "plan"}),
    ]))
    [rates] = label["forecasts"]
    assert rates["speaker"] == "the desk" and rates["direction"] == "high" and rates["deadline"] is None
    assert "reason" not in rates
    [table] = label["not_forecasts"]
    assert table["reason"] == "plan" and "probability" not in table and "claim" not in table


@pytest.mark.parametrize(("decision", "fix", "says"), [
    ("neither", {"base": "a", "probability": 1.4}, "probability must be a number from 0 to 1"),
    ("neither", {"base": "a", "probability": True}, "probability must be a number from 0 to 1"),
    ("neither", {"base": "a", "speeker": "the club"}, "unknown field 'speeker'"),
    ("neither", {"base": "a", "deadline": "2027-02-30"}, "deadline 2027-02-30 is not a date in the calendar"),
    ("neither", {"base": "a", "deadline": "June 2027"}, "deadline must be null or YYYY-MM-DD"),
    ("neither", {"base": "a", "end": len(TEXT) + 5}, "is not inside the text"),
    ("neither", {"base": "a", "start": 50, "end": 40}, "span 50-40 is not inside the text"),
    ("neither", {"base": "a", "match": "the club will win the league"}, "match not found in the text"),
    ("neither", {"base": "c", "probability": 0.4}, 'base must be "a" or "b"'),
    ("neither", {"base": "b", "probability": 0.4}, "annotator b has no item here"),
    ("neither", {"base": "a", "reason": "plan"}, "reason is not a field of a forecast"),
    ("neither", {"base": "a", "claim": "sales"}, "claim must be a sentence"),
    ("neither", {"base": "a"}, "fix changes nothing"),
    ("neither", ["a", "probability", 0.4], "fix must be an object"),
    ("a", {"base": "a", "probability": 0.4}, "a fix goes with decision neither, not a"),
])
def test_a_bad_fix_is_refused_in_one_line_and_nothing_is_written(workspace: Path, decision: str, fix: object,
                                                                 says: str) -> None:
    result, label = settle(workspace, draft([dispute(TABLE, None, "a"), dispute(SALES, None, decision, fix=fix)]))

    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "decisions.json: nothing written: dispute 2: " in lines[0] and says in lines[0], lines[0]
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert not label.exists() and not (workspace / "labels").exists()


def test_a_refused_draft_leaves_an_earlier_settled_label_as_it_was(workspace: Path) -> None:
    settled(workspace, draft([dispute(TABLE, None, "a")]))
    result, label = settle(workspace, draft([dispute(TABLE, None, "neither", fix={"base": "a", "reason": "hope"})]))
    before = label.read_bytes()

    assert result.returncode == 1 and "reason must be one of" in result.stderr
    assert label.read_bytes() == before
    assert [p.name for p in label.parent.iterdir()] == ["desk-calls.json"]


@pytest.mark.parametrize(("content", "says"), [
    ("{not json", "cannot read the decisions file"),
    ('{"text": "written/sports_picks/desk-calls.txt"}', "not a decisions draft"),
    (json.dumps({**draft([]), "text": "written/sports_picks/missing.txt"}), "cannot find the text"),
    (json.dumps({**draft([]), "disputes": [{"decision": "a", "why": "x"}]}), "not a decisions draft"),
])
def test_a_file_that_is_not_a_decisions_draft_is_refused_in_one_line(workspace: Path, content: str, says: str) -> None:
    result, _ = settle(workspace, content)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1 and says in result.stderr, result.stderr
    assert not (workspace / "labels").exists()


# ---------------------------------------------------------------- run-in labels and overlaps


def test_an_item_starts_after_a_run_in_label_settled_as_its_own_other(workspace: Path) -> None:
    next_week = not_forecast("Next week:", "other")
    on_rates = not_forecast("- On the rate decision:", "other")
    label, out = settled(workspace, draft([
        dispute(None, next_week, "b"),
        dispute(on_rates, None, "a"),  # the agreed item starts inside this label, after its dash
    ], agreed=[BILL, RATES]))

    bill, rates = label["forecasts"]
    assert TEXT[bill["start"]:bill["end"]] == "The Harbour Bill passes its second reading."
    assert TEXT[rates["start"]:rates["end"]] == "\"Rates stay on hold in June.\""
    assert bill["note"] == (f"settle: trimmed from {BILL['start']} to start after the run-in label at "
                            f"{next_week['start']}-{next_week['end']}, an item of its own")
    assert label["not_forecasts"] == [without_kind(next_week), without_kind(on_rates)]
    assert "decisions.json: trimmed 2 item(s) to start after a run-in label" in out
    assert "overlap" not in out


def test_other_overlaps_are_reported_and_the_label_still_written(workspace: Path) -> None:
    table_label = not_forecast("We will publish the full table", "other")  # no colon: not a run-in
    label, out = settled(workspace, draft([
        dispute(None, SELL_OUT, "b"),
        dispute(None, table_label, "b"),
    ], agreed=[SALES, TABLE]))

    assert len(label["forecasts"]) == 2 and len(label["not_forecasts"]) == 2
    assert label["forecasts"][0]["start"] == SALES["start"]  # nothing trimmed
    reported = [line.strip() for line in out.splitlines() if "overlap left" in line]
    assert reported == [
        f"{workspace / 'decisions.json'}: overlap left: not-forecast {TABLE['start']}-{table_label['end']} overlaps "
        f"not-forecast {TABLE['start']}-{TABLE['end']}",
        f"{workspace / 'decisions.json'}: overlap left: forecast {SALES['start']}-{SALES['end']} overlaps "
        f"forecast {SELL_OUT['start']}-{SELL_OUT['end']}",
    ]
