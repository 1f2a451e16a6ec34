"""extract --save: options fill what the text lacks (--override replaces what it states), and
the review edits deadlines, explains its answers and saves nothing on Ctrl-D."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Tracker, db_snapshot

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CRADLE = SEEDS / "000_470e802ec0e9da10.txt"  # The Cradle, no date in the text
GLOBAL_RESEARCH = SEEDS / "004_a563894516935758.txt"  # "Global Research, December 09, 2021"


def test_date_fills_a_missing_dateline_without_a_note(tracker: Tracker) -> None:
    result = tracker("extract", str(CRADLE), "--save", "--yes", "--date", "2023-01-31")
    assert "--date" not in result.stderr
    assert {r["date"] for r in tracker("list", "--json").json()} == {"2023-01-31"}


def test_date_does_not_replace_a_stated_dateline_without_override(tracker: Tracker) -> None:
    result = tracker("extract", str(GLOBAL_RESEARCH), "--save", "--yes", "--date", "2023-02-01")
    assert (f"tracker: {GLOBAL_RESEARCH}: the text states date '2021-12-09', so --date '2023-02-01' was not used "
            "(add --override to replace it)") in result.stderr
    assert {r["date"] for r in tracker("list", "--json").json()} == {"2021-12-09"}


def test_override_replaces_what_the_text_states_and_says_so(tracker: Tracker) -> None:
    result = tracker("extract", str(GLOBAL_RESEARCH), "--save", "--yes", "--date", "2023-02-01",
                     "--author", "P. Escobar", "--override")
    assert f"{GLOBAL_RESEARCH}: date '2021-12-09' stated in the text replaced by --date '2023-02-01' (--override)" in result.stderr
    assert f"{GLOBAL_RESEARCH}: author 'Pepe Escobar' stated in the text replaced by --author 'P. Escobar' (--override)" in result.stderr
    rows = tracker("list", "--json").json()
    assert {r["date"] for r in rows} == {"2023-02-01"} and {r["author"] for r in rows} == {"P. Escobar"}


@pytest.fixture
def interactive(monkeypatch: pytest.MonkeyPatch) -> None:
    import tracker.cli as cli

    monkeypatch.setattr(cli, "_interactive", lambda: True)


def _own(tracker: Tracker) -> list[dict[str, object]]:
    return [f for f in tracker("extract", str(GLOBAL_RESEARCH), "--json").json()[0]["forecasts"] if f["speaker"] is None]


@pytest.mark.usefixtures("interactive")
def test_review_edits_the_deadline(tracker: Tracker) -> None:
    own = _own(tracker)
    answers = ["d", "2022-12", "y", "d", "none", "y"] + ["n"] * (len(own) - 2)
    tracker("extract", str(GLOBAL_RESEARCH), "--save", input="\n".join(answers) + "\n")
    rows = {r["claim"]: r for r in tracker("list", "--json").json()}
    assert set(rows) == {own[0]["claim"], own[1]["claim"]}
    assert rows[own[0]["claim"]]["deadline"] == "2022-12-31"  # a month means its end
    assert rows[own[1]["claim"]]["deadline"] is None


@pytest.mark.usefixtures("interactive")
def test_review_shows_the_valid_answers_and_asks_again(tracker: Tracker) -> None:
    own = _own(tracker)
    answers = ["maybe", "d", "not a date", "d", "2023-01-01", "y"] + ["n"] * (len(own) - 1)
    result = tracker("extract", str(GLOBAL_RESEARCH), "--save", input="\n".join(answers) + "\n")
    assert "Answer y (save it), n (skip it), c (edit the claim), p (edit the probability) or d (edit the deadline)." in result.stdout
    assert "not a date" in result.stdout  # the refusal of the bad deadline is shown, then the question again
    assert [r["deadline"] for r in tracker("list", "--json").json()] == ["2023-01-01"]


@pytest.mark.usefixtures("interactive")
def test_ctrl_d_saves_nothing_and_says_how_far_the_review_got(tracker: Tracker) -> None:
    tracker.add("kept", "-p", "0.2")
    before = db_snapshot(tracker.db)
    outcome = tracker.fails("extract", str(GLOBAL_RESEARCH), "--save", input="y\nn\ny\n")  # then end of input
    assert outcome.stderr.strip() == "tracker: error: review ended (Ctrl-D): nothing was saved; 3 candidate(s) had been reviewed"
    assert db_snapshot(tracker.db) == before
