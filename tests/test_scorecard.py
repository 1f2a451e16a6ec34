"""Every number the scorecard prints, through the real CLI, against hand-computed values."""

from __future__ import annotations

import csv
import io

import pytest

from tests.conftest import Tracker


@pytest.fixture
def tracker(backend_tracker: Tracker) -> Tracker:
    """Every test here runs on SQLite and on PostgreSQL, with the same expected figures."""
    return backend_tracker

# Author A's record (worked by hand):
#   1. p=0.8, true   -> hit;   (0.2)^2 = 0.04;  ln 0.8 = -0.2231436
#   2. p=0.3, false  -> hit;   0.09;            ln 0.7 = -0.3566749
#   3. p=0.6, false  -> miss;  0.36;            ln 0.4 = -0.9162907
#   4. p=0.5, true   -> neither; 0.25;          ln 0.5 = -0.6931472
#   5. no p,  true   -> hit (asserted); no Brier/log
#   6. p=1.0, false  -> miss;  1.00;            ln 0.001 (clipped) = -6.9077553
#   7. p=0.9, ambiguous -> resolved, not scored
#   8. p=0.7, open      -> not resolved
# predictions 8, resolved 7, scored 6, hits 3, misses 2, hit rate 0.6,
# Wilson 95% for 3/5: 0.2307243-0.8823792, Brier 1.74/5 = 0.348, log -9.0970117/5 = -1.8194023.
A_ROWS = [
    ("A1 comes true", "0.8", "true"),
    ("A2 comes true", "0.3", "false"),
    ("A3 comes true", "0.6", "false"),
    ("A4 comes true", "0.5", "true"),
    ("A5 comes true", None, "true"),
    ("A6 comes true", "1", "false"),
    ("A7 comes true", "0.9", "ambiguous"),
    ("A8 comes true", "0.7", None),
]


def build(tracker: Tracker) -> dict[str, int]:
    ids = {}
    for claim, p, outcome in A_ROWS:
        extra = ["--probability", p] if p else []
        pid = tracker.add(claim, *extra, "--outlet", "Daily A", "--tag", "alpha", author="A", date="2021-03-01")
        ids[claim] = pid
        if outcome:
            tracker("resolve", str(pid), "--outcome", outcome, "--date", "2022-01-10")
    # B predicts A1 too (shared claim) at 0.4, before it was resolved, and one more of its own.
    tracker.add("A1 comes true", "--probability", "0.4", "--outlet", "Weekly B", author="B", date="2021-06-01")
    b2 = tracker.add("B2 comes true", "--probability", "0.9", "--outlet", "Weekly B", "--tag", "alpha", author="B", date="2022-06-01")
    tracker("resolve", str(b2), "--outcome", "true", "--date", "2022-07-01")
    return ids


def by_source(rows: list[dict]) -> dict[str, dict]:
    return {r["source"]: r for r in rows}


def test_scorecard_json_matches_hand_computed_values(tracker: Tracker) -> None:
    build(tracker)
    rows = by_source(tracker("scorecard", "--json").json())
    a = rows["A"]
    assert (a["predictions"], a["resolved"], a["scored"], a["hits"], a["misses"]) == (8, 7, 6, 3, 2)
    assert a["hit_rate"] == pytest.approx(0.6)
    assert a["hit_rate_low"] == pytest.approx(0.2307243, abs=1e-6)
    assert a["hit_rate_high"] == pytest.approx(0.8823792, abs=1e-6)
    assert a["brier"] == pytest.approx(0.348)
    assert a["log_score"] == pytest.approx(-1.8194023, abs=1e-6)
    assert a["judged"] is True
    # B: A1 at 0.4 (claim true -> miss, 0.36, ln 0.4) and B2 at 0.9 (true -> hit, 0.01, ln 0.9).
    b = rows["B"]
    assert (b["predictions"], b["resolved"], b["scored"], b["hits"], b["misses"]) == (2, 2, 2, 1, 1)
    assert b["hit_rate"] == pytest.approx(0.5)
    assert b["brier"] == pytest.approx((0.36 + 0.01) / 2)
    assert b["log_score"] == pytest.approx((-0.9162907 - 0.1053605) / 2, abs=1e-6)
    assert b["judged"] is False  # 2 scored < default --min-scored 5


def test_scorecard_table_shows_the_same_figures(tracker: Tracker) -> None:
    build(tracker)
    out = tracker("scorecard").stdout
    assert "60% (3/5)" in out
    assert "23%–88%" in out
    assert "0.348" in out
    assert "-1.82" in out
    assert "B *" in out  # too few to judge, marked
    assert out.index(" A ") < out.index("B *")


def test_min_scored_sets_the_judging_threshold(tracker: Tracker) -> None:
    build(tracker)
    rows = by_source(tracker("scorecard", "--json", "--min-scored", "2").json())
    assert rows["B"]["judged"] is True
    assert tracker("scorecard", "--json", "--min-scored", "7").json()[0]["judged"] is False


def test_scorecard_by_outlet_tag_and_year(tracker: Tracker) -> None:
    build(tracker)
    outlets = by_source(tracker("scorecard", "--by", "outlet", "--json").json())
    assert outlets["Daily A"]["hits"] == 3 and outlets["Weekly B"]["predictions"] == 2
    tags = by_source(tracker("scorecard", "--by", "tag", "--json").json())
    # alpha: A's 8 predictions + B2 (hit, p=0.9)
    assert tags["alpha"]["predictions"] == 9
    assert tags["alpha"]["hits"] == 4
    years = by_source(tracker("scorecard", "--by", "year", "--json").json())
    assert years["2021"]["predictions"] == 9 and years["2022"]["predictions"] == 1


def test_latest_resolution_counts(tracker: Tracker) -> None:
    pid = tracker.add("Flip", "--probability", "0.8", author="C", date="2021-01-01")
    tracker("resolve", str(pid), "--outcome", "false", "--date", "2021-06-01")
    tracker("resolve", str(pid), "--outcome", "true", "--date", "2021-07-01", "--note", "correction")
    row = tracker("scorecard", "--json").json()[0]
    assert (row["hits"], row["misses"]) == (1, 0)
    assert row["brier"] == pytest.approx(0.04)
    history = tracker("show", str(pid), "--json").json()["resolutions"]
    assert [h["outcome"] for h in history] == [False, True]


def test_as_of_reproduces_a_past_scorecard(tracker: Tracker) -> None:
    build(tracker)
    # On 2021-03-01 only A had predicted; on 2021-12-31 B had made one prediction; nothing was resolved.
    assert set(by_source(tracker("scorecard", "--json", "--as-of", "2021-03-01").json())) == {"A"}
    rows = by_source(tracker("scorecard", "--json", "--as-of", "2021-12-31").json())
    assert (rows["A"]["predictions"], rows["A"]["resolved"], rows["A"]["scored"]) == (8, 0, 0)
    assert rows["A"]["hit_rate"] is None and rows["A"]["brier"] is None
    assert rows["B"]["predictions"] == 1
    # By 2022-06-15 A's outcomes were known (A1: B's miss), B's B2 not yet (resolved 2022-07-01).
    rows = by_source(tracker("scorecard", "--json", "--as-of", "2022-06-15").json())
    assert (rows["B"]["predictions"], rows["B"]["resolved"], rows["B"]["hits"], rows["B"]["misses"]) == (2, 1, 0, 1)


def test_since_until_filter_on_the_date_made(tracker: Tracker) -> None:
    build(tracker)
    rows = tracker("scorecard", "--json", "--since", "2022-01-01").json()
    assert [r["source"] for r in rows] == ["B"]
    rows = by_source(tracker("scorecard", "--json", "--until", "2021-12-31").json())
    assert set(rows) == {"A", "B"} and rows["B"]["predictions"] == 1


def test_scorecard_csv_has_the_json_fields(tracker: Tracker) -> None:
    build(tracker)
    rows = list(csv.DictReader(io.StringIO(tracker("scorecard", "--csv").stdout)))
    a = next(r for r in rows if r["source"] == "A")
    assert float(a["brier"]) == pytest.approx(0.348)
    assert a["hits"] == "3"


def test_empty_selection_scorecard_is_not_an_error(tracker: Tracker) -> None:
    tracker.add("x", "-p", "0.4", author="A")
    assert tracker("scorecard", "--json", "--since", "2025-01-01").json() == []
    result = tracker("scorecard", "--since", "2025-01-01")
    assert "No predictions" in result.stderr and result.stdout == ""
