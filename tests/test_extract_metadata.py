"""Title, author, date and outlet come from the article's own lines, or are None."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tracker.extract import extract
from tests.metadata_fields import meta_fields

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def test_seed_000_metadata_by_and_on_on_their_own_lines() -> None:
    meta = extract(_seed("000_470e802ec0e9da10.txt")).meta
    assert meta.title == 'A panicked Empire tries to make Russia an "offer it can\'t refuse"'
    assert meta.author == "Pepe Escobar"
    assert meta.outlet == "The Cradle"
    assert meta.published is None  # the seed carries no date: never guessed


def test_seed_004_metadata_byline_and_dateline() -> None:
    meta = extract(_seed("004_a563894516935758.txt")).meta
    assert meta.title == "What Putin Really Told Biden"
    assert meta.author == "Pepe Escobar"
    assert meta.published == dt.date(2021, 12, 9)
    assert meta.outlet == "Global Research"


def test_articles_by_footer_gives_the_author() -> None:
    # Seed 004 footer line.
    text = "Some body text that says little.\n\nArticles by: [Pepe Escobar](#)\n"
    assert extract(text).meta.author == "Pepe Escobar"


def test_original_source_line_gives_the_outlet() -> None:
    # Seed 004 footer line.
    text = "A body sentence.\n\nThe original source of this article is Global Research\n"
    assert extract(text).meta.outlet == "Global Research"


def test_on_outlet_line_gives_the_outlet() -> None:
    text = "A panicked Empire tries\n\nby Pepe Escobar\n\non [The Cradle](#)\n\nBody text follows here.\n"
    meta = extract(text).meta
    assert (meta.author, meta.outlet) == ("Pepe Escobar", "The Cradle")


def test_release_date_label_gives_the_date() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    text = "Short-Term Grain Outlook\n\nRelease Date: Jun. 11, 2031  |  Forecast Completed: Jun. 6, 2031\n\nGlobal wheat markets\n"
    assert extract(text).meta.published == dt.date(2031, 6, 11)


def test_date_in_the_body_is_not_the_publication_date() -> None:
    # Seed 000.
    text = (
        "The novelty here is that for the first time since the start of Russia's February 2022 Special "
        "Military Operation, on 24 February 2022, the Americans are proposing a variation.\n"
    )
    assert extract(text).meta.published is None


def test_one_quoted_sentence_is_body_not_title() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    extraction = extract("\u201cHarlow will not win.\u201d\n")
    assert extraction.meta.title is None
    assert [c.claim for c in extraction.forecasts] == ["Harlow will win"]


def test_single_line_without_title_has_no_title() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    extraction = extract("Take call #1 to the bank. It will come to pass.")
    assert extraction.meta.title is None and len(extraction.forecasts) == 1


def test_boilerplate_yields_no_forecasts() -> None:
    # Seed 004 disclaimer: "will not be responsible" is not a forecast.
    text = (
        "Disclaimer: The contents of this article are of sole responsibility of the author(s). The Centre for "
        "Research on Globalization will not be responsible for any inaccurate or incorrect statement in this article.\n"
    )
    assert extract(text).forecasts == ()


def test_author_bio_yields_no_forecasts() -> None:
    # Seed 004 bio pattern, with a forecast-looking clause added to prove it is skipped.
    text = (
        "By Pepe Escobar\n\nRussia will win.\n\n"
        "Pepe Escobar, born in Brazil, is a correspondent and editor-at-large at Asia Times, whose next book "
        "will be published in 2025.\n"
    )
    assert [c.claim for c in extract(text).forecasts] == ["Russia will win"]


def test_logo_and_skip_links_are_not_the_title() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    text = "Valley Grain Statistics Office logo\nSkip to sub-navigation\n\nShort-Term Grain Outlook\n\nBody.\n"
    assert extract(text).meta.title == "Short-Term Grain Outlook"


def test_standfirst_under_the_title_is_body() -> None:
    # Seed 004: the long unpunctuated line under the title is prose and holds a forecast.
    text = (
        "What Putin Really Told Biden\n\nRussian and US leaders dropped their respective rhetorical gauntlets "
        "but nobody really expects Russia to invade Ukraine\n\nBy Pepe Escobar\n"
    )
    extraction = extract(text)
    assert extraction.meta.title == "What Putin Really Told Biden"
    assert [c.claim for c in extraction.forecasts] == ["Russia will invade Ukraine"]


def test_headings_yield_no_forecasts() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    text = "Russia Will Win\n\nThe body starts here, and says nothing about the future.\n"
    assert extract(text).forecasts == ()


def test_logo_line_names_the_outlet() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    text = "Valley Grain Statistics Office logo\nSkip to sub-navigation\n\nShort-Term Grain Outlook\n\nBody.\n"
    assert extract(text).meta.outlet == "Valley Grain Statistics Office"


def test_minutes_title_names_the_body_and_keeps_the_meeting_dates() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    text = (
        "Minutes of the Harbour Rates Committee\nDecember 18-19, 2031\n"
        "At the Harbour Rates Committee (HRC) meeting held on December 18-19, 2031, "
        "the members handed in their estimates of the most likely mooring fees.\n"
    )
    meta = extract(text).meta
    assert meta.title == "Minutes of the Harbour Rates Committee, December 18-19, 2031"
    assert (meta.outlet, meta.published) == ("Harbour Rates Committee", None)


def test_heading_continued_in_lower_case_is_read_as_a_sentence() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    text = (
        "El Ni\u00f1o is favored to develop (~70% chance)\n\n"
        "during the Northern Hemisphere fall 2031 and slightly favored to persist (~55% chance) during winter 2031-32.\n"
    )
    extraction = extract(text)
    assert extraction.meta.title == "El Ni\u00f1o is favored to develop (~70% chance)"
    assert [c.claim for c in extraction.forecasts][0] == "El Ni\u00f1o will develop during the Northern Hemisphere fall 2031"


# ---------------------------------------------------------------- headers of many kinds
# Every header below was written for these tests, in the layouts the corpus shows.


BODY = "\n\nThe harbour wall was rebuilt in the spring, and the fishermen have been busy since then with the new nets and the old boats.\n"


@pytest.mark.parametrize(("header", "expected"), [
    # A masthead above the title, a date, a byline in "Name in Place" form.
    ("THE HARBOUR GAZETTE\nOpinion | Posted: 03.04.19\n\nThe quay will flood, and the council knows it\n\nJane Roe in Lagos",
     ("The quay will flood, and the council knows it", "Jane Roe", dt.date(2019, 4, 3), "THE HARBOUR GAZETTE")),
    # Site furniture with no name in it is not the title; the short line above the author is.
    ("Filed in Opinion, Local by  on\n\nCash is finished in Ilaro. The banks have not noticed.\n\nKemi Adebayo in Ilaro",
     ("Cash is finished in Ilaro. The banks have not noticed", "Kemi Adebayo", None, None)),
    # "Outlet | Section", then the title and a name with a role.
    ("Greyford Post | Opinion\n\nThe last ski lift on Mount Arran\n\nOtto Brand, sports correspondent",
     ("The last ski lift on Mount Arran", "Otto Brand", None, "Greyford Post")),
    # "OUTLET \u00b7 Section title", a numeric date year first.
    ("THE TERRACE \u00b7 Cup final preview\n2023/05/20",
     ("Cup final preview", None, dt.date(2023, 5, 20), "THE TERRACE")),
    # A title, the author's bare name, an ISO date (a blog).
    ("Predictions for 2031\nDara Quinlan\n2031-01-04", ("Predictions for 2031", "Dara Quinlan", dt.date(2031, 1, 4), None)),
    # A report's title dated to the month, the organisation on the line under it.
    ("Short-Term Grain Outlook, November 2030\nValley Agricultural Statistics Office",
     ("Short-Term Grain Outlook, November 2030", None, dt.date(2030, 11, 1), "Valley Agricultural Statistics Office")),
    # The name of a speech's speaker above it is its author, not its title.
    ("President: Ada Marsh", (None, "Ada Marsh", None, None)),
    # A dated issue of a newsletter.
    ("Harbour Newsletter: June 2030.\n\nHighlights", ("Harbour Newsletter: June 2030", None, dt.date(2030, 6, 1), None)),
])
def test_header_layouts(header: str, expected: tuple[object, ...]) -> None:
    assert meta_fields(header + BODY) == expected


def test_a_header_of_fields_gives_title_author_and_date() -> None:
    text = "RFC: 77\nTitle: A calendar for the harbour\nAuthor: Ada Marsh <ada at example.org>,\n  Tom Reed <tom@example.org>\nCreated: 09-Nov-2031\n" + BODY
    assert meta_fields(text) == ("A calendar for the harbour", "Ada Marsh, Tom Reed", dt.date(2031, 11, 9), None)


@pytest.mark.parametrize(("header", "title"), [
    ("CHAPTER IX\n\nTHE HARBOUR AFTER THE STORM", "CHAPTER IX. THE HARBOUR AFTER THE STORM"),
    # The labelling guide joins a chapter's number and its name, whatever their case.
    ("CHAPTER IX.\n\nWhy the Harbour is Often Very Quiet, and Sometimes Extremely Busy.", "CHAPTER IX. Why the Harbour is Often Very Quiet, and Sometimes Extremely Busy"),
    ("Chapter XVI\n\nPublic Effort Against the Flood", "Chapter XVI. Public Effort Against the Flood"),
    ("CHAP. X.\n\n_Of the Prophecy of the Seventy Tides._", "CHAP. X. Of the Prophecy of the Seventy Tides"),
    ("IV\n\nTHE OUTLOOK FOR SHIPPING", "THE OUTLOOK FOR SHIPPING"),
    ("LETTER II.", "LETTER II"),
])
def test_chapter_headings(header: str, title: str) -> None:
    assert extract(header + BODY).meta.title == title


def test_an_essay_written_for_a_paper_names_it_and_its_date() -> None:
    text = "HARBOUR PAPERS No. 3\n\nOf the Quay\n\nFor the Harbour Journal. Saturday, October 27, 1787\n" + BODY
    meta = extract(text).meta
    assert (meta.title, meta.outlet, meta.published) == ("HARBOUR PAPERS No. 3", "Harbour Journal", dt.date(1787, 10, 27))


def test_a_wire_dateline_gives_outlet_and_date() -> None:
    text = "Storm drifts toward the islands\n\nPORT ALDER, Santa Rita (Island Wire) \u2014 Last updated: 9:42 a.m. ET Sept. 3, 2030\n" + BODY
    meta = extract(text).meta
    assert (meta.outlet, meta.published) == ("Island Wire", dt.date(2030, 9, 3))


@pytest.mark.parametrize("text", [
    "My friends:\n\nI speak to you tonight about the harbour, which will be rebuilt by the spring of 2031, as we promised in March 2030.\n",
    "Harbour notes\n\nThe wall was rebuilt on 24 February 2022, and the nets came on March 3, 2022, after the storm.\n",
])
def test_a_date_the_text_does_not_state_for_itself_stays_null(text: str) -> None:
    assert extract(text).meta.published is None


@pytest.mark.parametrize(("header", "outlet"), [
    ("HBC statement\nRelease date: May 2, 2031\n\nThe Harbour Board Committee agreed today on a mooring fee of 3 percent.", "Harbour Board Committee"),
    ("Harbour Authority issues HBC statement\n\nThe Committee agreed today on a mooring fee of 3 percent.", "Harbour Authority"),
    ("Minutes of the Mooring Policy Meeting of the Harbour Board\nPortmore \u2013 7 October 2031\n\nMembers noted that the quay was busy.", "Harbour Board"),
    ("MOORING STATEMENT\nAda Marsh, President of the HBA, Tom Reed, Vice-President of the HBA,\nPortmore, 7 March 2031\n\nGood afternoon.", "HBA"),
])
def test_an_institution_names_itself(header: str, outlet: str) -> None:
    assert extract(header + BODY).meta.outlet == outlet
