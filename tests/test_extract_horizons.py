"""Deadlines: explicit horizons resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import extract
from tracker.extract.horizons import resolve_horizon

PUBLISHED = dt.date(2023, 1, 25)


@pytest.mark.parametrize(
    ("phrase", "expected", "source"),
    [
        ("there will be no Abrams tanks on the battlefield before Spring", dt.date(2023, 3, 20), "seed 000"),
        ("realistically, only in 2024", dt.date(2024, 12, 31), "seed 000"),
        ("the planned offensive of the next few months", dt.date(2023, 4, 25), "seed 000"),
        ("taking the fed funds rate to between 0.75% and 1.00% by year-end", dt.date(2023, 12, 31), "capitaleconomics.com"),
        ("cut interest rates by a cumulative 200bp next year", dt.date(2024, 12, 31), "capitaleconomics.com"),
        ("by the end of the year", dt.date(2023, 12, 31), "issue text"),
        ("within two years", dt.date(2025, 1, 25), "issue text"),
        ("a paid leave proposal by 2030", dt.date(2030, 12, 31), "issue text"),
        ("Core inflation will continue to fall back to the 2% target by mid-2024", dt.date(2024, 6, 30), "capitaleconomics.com"),
        ("reckon the Fed will start lowering its key rate by spring", dt.date(2023, 3, 20), "USA Today"),
        ("in the next 12 months", dt.date(2024, 1, 25), "ainvest.com"),
        ("inflation won't fall to 2% until 2025", dt.date(2025, 12, 31), "cfo.com"),
        # A start and an end: the forecast is settled at the end.
        ("expects global growth to ease from 3.3% in 2024 to 3.2% in 2025 and 3.1% in 2026", dt.date(2026, 12, 31), "actionforex.com, 2025"),
        ("the increase in the deficit from 2024 to 2034", dt.date(2034, 12, 31), "CBO remarks, 2024"),
        ("could spend as much as $93 billion between fiscal 2021 and fiscal 2025", dt.date(2025, 12, 31), "Reuters/Daily Mail, 2021"),
        ("La Nina is favored to develop during the Northern Hemisphere fall 2016", dt.date(2016, 12, 20), "NOAA CPC, 2016"),
    ],
)
def test_horizon_resolves(phrase: str, expected: dt.date, source: str) -> None:
    assert resolve_horizon(phrase, PUBLISHED) == expected, source


def test_season_already_past_moves_to_next_year() -> None:
    # Seed 000 phrase, read as if published in the summer.
    assert resolve_horizon("before Spring", dt.date(2023, 7, 1)) == dt.date(2024, 3, 20)


def test_relative_horizon_without_publication_date_is_none() -> None:
    # Seed 000 carries no date, so "before Spring" cannot be placed.
    assert resolve_horizon("there will be no Abrams tanks on the battlefield before Spring", None) is None


def test_absolute_horizon_without_publication_date_still_resolves() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    assert resolve_horizon("will win the popular vote in 2020", None) == dt.date(2020, 12, 31)


def test_duration_is_not_a_horizon() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    assert resolve_horizon("rates have been near zero for two years", PUBLISHED) is None


def test_percentages_are_not_years() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    assert resolve_horizon("growth rose by 2025 percent", PUBLISHED) is None


def test_candidate_deadline_uses_the_published_override() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    text = "We now expect the central bank to raise interest rates only twice this year, taking its key rate to between 0.75% and 1.00% by year-end."
    (candidate,) = extract(text, published=dt.date(2016, 6, 3)).forecasts
    assert candidate.deadline == dt.date(2016, 12, 31)


def test_no_horizon_gives_no_deadline() -> None:
    # Seed 004.
    (candidate,) = extract("Kiev will become one of those NATO special partners.").forecasts
    assert candidate.deadline is None
