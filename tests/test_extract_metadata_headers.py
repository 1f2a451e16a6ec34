"""Metadata of more header and footer layouts (issue 13, second round), one class each.

Every text here was written for these tests, in layouts the train and dev splits showed the
extractor misreading (organisation lines over a title, signatures at the foot, lines of
parts, speech and lecture headers, forum threads, press releases); none is copied from the
corpus. The last tests read a few train and dev texts by path and skip without
../shared/corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import extract
from tracker.training.data import shared_corpus, splits, text_path

BODY = (
    "\n\nThe ferry to Lindqvist Bay ran late all week, and the harbour office said the new pier would"
    " open in the spring once the pilings had settled.\n"
)


def _meta(text: str) -> tuple[object, ...]:
    meta = extract(text, detector=False).meta
    return meta.title, meta.author, meta.published, meta.outlet


# ---------------------------------------------------------------- signatures at the foot

@pytest.mark.parametrize(("footer", "author"), [
    ("Forecaster on duty: B. Quillon-Marsh", "B. Quillon-Marsh"),
    ("Forecaster: Oona Tarrant", "Oona Tarrant"),
    ("FORECASTER QTM", "QTM"),
    ("Analysts: Oona Tarrant, Piet Lindqvist", "Oona Tarrant, Piet Lindqvist"),
    ("Yours sincerely,\nOona Tarrant\nManaging Director", "Oona Tarrant"),
    ("Cheers, ferrywatcher \u00b7 member since 2021 \u00b7 88 posts", "ferrywatcher"),
    ("\u2014 @ferry_piet", "ferry_piet"),
    ("Dr Oona Tarrant, Head, Harbour Tides Unit", "Oona Tarrant"),
    ("P. Lindqvist-Ode", "P. Lindqvist-Ode"),
])
def test_a_signature_at_the_foot_names_the_author(footer: str, author: str) -> None:
    text = "The pier in spring\n\nThe pier will open in April, a month late." + BODY + "\n" + footer + "\n"
    assert extract(text, detector=False).meta.author == author


def test_a_heading_under_a_list_of_links_is_not_a_signature() -> None:
    text = "The pier in spring" + BODY + "\nRelated links\nHarbour notice 2031-4 | Statement by the harbour master:\nMooring Fee Decision\n"
    assert extract(text, detector=False).meta.author is None


def test_a_heading_in_capitals_over_a_list_is_not_an_author() -> None:
    text = "Ferry Weather Discussion\nLindqvist Bay Forecast Office\n\nKEY POINTS\n- Gales ease by Friday.\n- Fog returns Sunday." + BODY
    assert extract(text, detector=False).meta.author is None


# ---------------------------------------------------------------- names, roles and units

@pytest.mark.parametrize(("line", "author"), [
    ("Author: Oona Tarrant, Senior Harbour Economist", "Oona Tarrant"),
    ("Prepared by: Tides Monitoring Unit (lead analyst: Dr Piet Lindqvist)", "Tides Monitoring Unit"),
    ("Prepared by Oona Tarrant, Head of Ferry Economics, with Piet Lindqvist", "Oona Tarrant, Piet Lindqvist"),
    ("Speaker: Piet Lindqvist, Chief Operating Officer", "Piet Lindqvist"),
])
def test_an_author_line_drops_the_post_and_keeps_each_name(line: str, author: str) -> None:
    assert extract("Ferry Services Outlook\n" + line + BODY, detector=False).meta.author == author


def test_a_meetings_chair_is_not_its_author() -> None:
    text = "LINDQVIST BAY FERRY AUTHORITY\nTimetable Committee: record of meeting no. 7\nDate: 12 May 2031\nChair: Oona Tarrant (board member)" + BODY
    assert extract(text, detector=False).meta.author is None


@pytest.mark.parametrize(("header", "expected"), [
    # A date and the economist who wrote it, in a dotted line.
    ("Ferry fares in 2032: what to expect\nDate: 3 March 2031 \u00b7 Economist: Oona Tarrant",
     ("Ferry fares in 2032: what to expect", "Oona Tarrant", dt.date(2031, 3, 3), None)),
    # A byline, a section and the paper, and the date, between bars.
    ("Harbour calls for the year\n\nBy Piet Lindqvist | Ferries desk, The Lindqvist Bay Echo | March 2, 2031",
     ("Harbour calls for the year", "Piet Lindqvist", dt.date(2031, 3, 2), "The Lindqvist Bay Echo")),
    # A byline and the outlet, undated.
    ("How we did: our ferry calls, graded\n\nBy Oona Tarrant | The Pier Ledger",
     ("How we did: our ferry calls, graded", "Oona Tarrant", None, "The Pier Ledger")),
    # An issue line whose week is a span of days, then its own publication date.
    ("Ferry Delays Outlook\nIssue 4 | Week 12 (16-22 March 2031) | Published 25 March 2031",
     ("Ferry Delays Outlook", None, dt.date(2031, 3, 25), None)),
])
def test_lines_of_parts_under_the_title(header: str, expected: tuple[object, ...]) -> None:
    assert _meta(header + BODY) == expected


def test_a_byline_with_a_role_and_the_paper() -> None:
    text = "WHY THE FERRY WILL RUN ON TIME\nBy Oona Tarrant, harbour columnist, The Pier Ledger" + BODY
    assert _meta(text) == ("WHY THE FERRY WILL RUN ON TIME", "Oona Tarrant", None, "The Pier Ledger")
