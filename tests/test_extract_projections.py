"""Projections stated in the present tense (tracker/extract/projections.py).

Budget offices and agencies set the frame once and then project in the present tense.
Each test uses a real sentence; the texts around them are cut to what the rule needs.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tracker import estimative
from tracker.extract import extract

# Written for these tests in the form of a budget office director's remarks: two mentions of the
# outlook and its projections make the text a projection text. Neither sentence is a forecast
# (the first is a plan, the second compares with last year).
CBO_OPENING = (
    "This afternoon, I will brief the press about the Harbour Budget Office\u2019s new report, "
    "The Budget and Shipping Outlook: 2031 to 2041.\n\n"
    "In our projections, the deficit is also smaller than it was last year because harbour traffic is greater, "
    "partly as a result of more ships calling.\n\n"
)


def _own(text: str, published: dt.date | None = None) -> list[tuple[str, float, dt.date | None]]:
    return [(c.claim, c.probability, c.deadline) for c in extract(text, published=published).forecasts if c.speaker is None]


def test_change_verb_with_a_range_of_years_in_a_projection_text() -> None:
    found = _own(CBO_OPENING + "In the projections we released today, the deficit grows from $1.6 billion in 2031 to $2.6 billion in 2041.\n")
    assert found == [
        ("The deficit will grow from $1.6 billion in 2031 to $2.6 billion in 2041", estimative.UNHEDGED_WILL, dt.date(2041, 12, 31))
    ]


def test_continues_to_and_a_later_year() -> None:
    (claim, value, deadline), = _own(CBO_OPENING + "Then it continues to rise, reaching 140 percent by 2061.\n")
    assert claim == "It will continue to rise, reaching 140 percent by 2061" and deadline == dt.date(2061, 12, 31)


def test_copula_about_the_projection_period() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    found = _own(
        CBO_OPENING
        + "Measured in relation to harbour traffic, deficits during that period are about 40 percent larger than "
        "their historical average over the past 30 years. By the end of the period, they are roughly one and a half "
        "times larger than each, at $1.6 billion.\n"
    )
    assert [claim for claim, _, _ in found] == [
        "Deficits during that period will be about 40 percent larger than their historical average over the past 30 years",
        "They will be roughly one and a half times larger than each, at $1.6 billion",
    ]


def test_present_tense_without_a_time_is_not_a_projection() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    assert _own(CBO_OPENING + "Those trends put upward pressure on dredging spending. Together, those rules reduce the growth of harbour spending.\n") == []


def test_agency_report_quoted_by_the_press_with_a_date() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    (claim, _, deadline), = _own(
        "The deficit totals $1.6 billion in fiscal year 2031, grows to $1.8 billion in 2032, and then returns to "
        "$1.6 billion by 2034.",
        published=dt.date(2031, 2, 7),
    )
    assert claim.startswith("The deficit will total $1.6 billion in fiscal year 2031") and deadline == dt.date(2032, 12, 31)


def test_adjective_or_noun_is_not_read_as_a_verb() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    text = (
        "Despite more stock draws in this month\u2019s forecast, we lowered our expectation for the annual average "
        "wheat price in 2031 compared with the May outlook to reflect the lower starting point for the forecast."
    )
    assert _own(text, published=dt.date(2031, 6, 11)) == []


def test_past_years_in_a_history_are_not_projections() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    assert _own("Inflation rises from 2% in 2020 to 9% in 2022.", published=dt.date(2023, 5, 1)) == []
