"""Metadata a text gives at its foot or beside its title (issue 13, fourth round), one class each.

Every text here was written for these tests in the layouts real pages use (a signature line
naming the paper, a line about the writer, a fight card's date line); none is copied from the
corpus. The last test reads a few train and dev texts by path.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import extract
from tracker.training.data import shared_corpus, splits, text_path
from tests.metadata_fields import meta_fields

TITLE = "The ferry timetable is about to get worse\n\n"
BODY = (
    "The harbour office said the new pier would open in the spring once the pilings had settled,"
    " and the winter sailings will be cut to two a day from December.\n\n"
)



# ---------------------------------------------------------------- a signature line that names the paper

@pytest.mark.parametrize(("foot", "expected"), [
    # A writer and her blog, with the blog's description in brackets.
    ("\u2014 Oona Tarrant, Quayside Notes (a harbour blog, free to read)", ("Oona Tarrant", None, "Quayside Notes")),
    # The paper, its desk and the day: a story filed by a desk has no author.
    ("\u2014 Lindqvist Courier, news desk, 3 May 2031", (None, dt.date(2031, 5, 3), "Lindqvist Courier")),
    # "writing in" the paper; an issue without its year dates nothing.
    ("\u2014 Oona Tarrant, writing in the Saltmarsh Quarterly, autumn issue", ("Oona Tarrant", None, "Saltmarsh Quarterly")),
    # A post is not an outlet.
    ("\u2014 Oona Tarrant, Harbour Users' Group Secretary", ("Oona Tarrant", None, None)),
    # A reproduced report: the paper and its day.
    ("\u2014 From the Lindqvist and District Gazette, Saturday, March 4th, 1899.", (None, dt.date(1899, 3, 4), "Lindqvist and District Gazette")),
])
def test_a_signature_at_the_foot_names_the_writer_the_paper_and_the_day(foot: str, expected: tuple[object, ...]) -> None:
    assert meta_fields(TITLE + BODY + foot + "\n")[1:] == expected


@pytest.mark.parametrize(("foot", "expected"), [
    ("Oona Tarrant writes the shipping column for the Lindqvist Post in the winter months.", ("Oona Tarrant", "Lindqvist Post")),
    ("Tide Tables is written by the marine desk of The Saltmarsh Evening Star. Nothing here is advice.", (None, "The Saltmarsh Evening Star")),
    # A line about the writer that names no publication gives nothing.
    ("Oona Tarrant teaches naval architecture at the University of Lindqvist.", (None, None)),
])
def test_a_line_about_the_writer_names_the_paper(foot: str, expected: tuple[object, ...]) -> None:
    meta = meta_fields(TITLE + BODY + foot + "\n")
    assert (meta[1], meta[3]) == expected


def test_the_header_wins_over_the_foot() -> None:
    text = TITLE + "By Ines Marlow | The Harbour Review | 2 May 2031\n\n" + BODY + "\u2014 Oona Tarrant, Quayside Notes, 9 June 2031\n"
    assert meta_fields(text)[1:] == ("Ines Marlow", dt.date(2031, 5, 2), "The Harbour Review")


def test_a_dash_in_the_last_line_of_prose_is_not_a_signature() -> None:
    text = TITLE + BODY + "\u2014 and that, in the end, is why the ferry will run late all winter, whatever the timetable says.\n"
    assert meta_fields(text)[1:] == (None, None, None)


# ---------------------------------------------------------------- a date under a card's title

@pytest.mark.parametrize("header", [
    "Who wins and how: picks for the Harbour Hall card\nFriday 9 May 2031",
    "Fight night at the Corn Exchange: five calls\nSaturday 10 May 2031",
    "Race card picks, Lindqvist Downs\n10 May 2031",
])
def test_a_date_under_a_cards_title_is_the_events_day_not_the_publication_date(header: str) -> None:
    assert meta_fields(header + "\n\n" + BODY)[2] is None


def test_a_date_under_any_other_title_still_dates_the_text() -> None:
    assert meta_fields("Who wins the harbour regatta: five calls\nFriday 9 May 2031\n\n" + BODY)[2] == dt.date(2031, 5, 9)


# ---------------------------------------------------------------- not a name

def test_a_place_and_its_round_is_not_an_author() -> None:
    header = "QUALIFYING: MY GRID FOR SATURDAY\nLindqvist Harbour Circuit, round 4\n\n"
    assert meta_fields(header + BODY)[1] is None


def test_a_section_heading_under_a_dated_line_is_not_a_signature() -> None:
    header = "Lindqvist Climate Office\nSeasonal outlook for winter\nBulletin LC-31-02, issued 3 November 2031\n\nSUMMARY\n"
    assert meta_fields(header + BODY)[1] is None


# ---------------------------------------------------------------- an e-mail's header, a signer's field

def test_an_emails_header_is_titled_by_its_subject_and_written_by_its_sender() -> None:
    header = (
        "From: Ines Marlow, Network Manager, Lindqvist Harbour Pilots Network\n"
        "To: Duty pilots; harbour master's office\nDate: 3 May 2031\n"
        "Subject: Berth demand forecast for the spring tides\n\nColleagues,\n\n"
    )
    assert meta_fields(header + BODY) == (
        "Berth demand forecast for the spring tides", "Ines Marlow", dt.date(2031, 5, 3), "Lindqvist Harbour Pilots Network",
    )


def test_a_from_line_without_addressees_is_not_an_emails_header() -> None:
    assert meta_fields("From: the harbour, with love\n\n" + BODY)[1] is None


@pytest.mark.parametrize(("foot", "author"), [
    ("Forecaster: Marlow-Tarrant", "Marlow-Tarrant"),
    ("Duty hydrologist: I. Marlow", "I. Marlow"),
    ("Lead meteorologist: Ines Marlow", "Ines Marlow"),
])
def test_a_signers_field_at_the_foot_names_the_author(foot: str, author: str) -> None:
    assert meta_fields("Lindqvist River Forecast Centre\nHydrologic discussion\n\n" + BODY + foot + "\n")[1] == author


# ---------------------------------------------------------------- a column's name over the headline

@pytest.mark.parametrize(("header", "title"), [
    ("THE HARBOUR WALL\nThe ferry company has run out of excuses, and of ferries\n\nSaturday 3 May 2031",
     "The ferry company has run out of excuses, and of ferries"),
    ("TIDE TALK\nWhy the spring timetable will not survive the summer\n\nby Ines Marlow",
     "Why the spring timetable will not survive the summer"),
    # A title in capitals over a subtitle that describes the text keeps its title.
    ("THE QUIET PIER\nNotes on what the harbour will look like in the 2040s\n\nby Ines Marlow", "THE QUIET PIER"),
    ("A PORT THAT WORKS\nThe Harbour Party's manifesto for the port board elections\n\n", "A PORT THAT WORKS"),
])
def test_a_columns_name_in_capitals_is_not_the_title(header: str, title: str) -> None:
    assert meta_fields(header + "\n\n" + BODY)[0] == title


# ---------------------------------------------------------------- who posted it; a section's label

@pytest.mark.parametrize(("line", "author"), [
    ("Posted by tide_watcher | Wed 7 May 2031, 07:42", "tide_watcher"),
    ("posted by ferry_notes_77 | 7 May 2031", "ferry_notes_77"),
    ("Wednesday 7 May 2031 | compiled 06:45 by the Lindqvist Brothers sales desk", "Lindqvist Brothers sales desk"),
])
def test_a_posted_by_part_names_the_poster_and_never_the_outlet(line: str, author: str) -> None:
    meta = meta_fields("So the harbour wants a second ferry\n" + line + "\n\n" + BODY)
    assert (meta[1], meta[2], meta[3]) == (author, dt.date(2031, 5, 7), None)


def test_a_sections_label_over_the_headline_and_its_dated_line() -> None:
    header = (
        "EXPLAINER\nThe ferry fare vote: what you are deciding, how it is counted, and who wants what\n\n"
        "Lindqvist Daily \u00b7 Local Government \u00b7 7 May 2031\n\n"
    )
    assert meta_fields(header + BODY) == (
        "The ferry fare vote: what you are deciding, how it is counted, and who wants what", None, dt.date(2031, 5, 7), "Lindqvist Daily",
    )


# ---------------------------------------------------------------- a stamp without a year

@pytest.mark.parametrize("stamp", ["Tues 23 Mar, 10:40 local", "Sun 4 Oct", "Monday 12 May, 6pm"])
def test_a_stamp_without_a_year_neither_titles_nor_dates_the_text(stamp: str) -> None:
    header = f"River Discussion - Lindqvist River Forecast Centre\n{stamp}\n\n"
    assert meta_fields(header + BODY) == ("River Discussion", None, None, "Lindqvist River Forecast Centre")


# ---------------------------------------------------------------- a brand beside its product's name

@pytest.mark.parametrize(("line", "title", "outlet"), [
    ("Harbourlight Software - Product Roadmap Update, Spring 2031", "Product Roadmap Update, Spring 2031", "Harbourlight Software"),
    ("Lindqvist Forwarding -- Ocean Freight Rate Report", "Ocean Freight Rate Report", "Lindqvist Forwarding"),
])
def test_a_brand_beside_its_products_name(line: str, title: str, outlet: str) -> None:
    meta = meta_fields(line + "\nPosted 7 May 2031 by Ines Marlow, VP Product\n\nHi everyone,\n\n" + BODY)
    assert (meta[0], meta[1], meta[3]) == (title, "Ines Marlow", outlet)


def test_a_title_with_a_dash_and_no_kind_of_document_stays_whole() -> None:
    assert meta_fields("Lindqvist Harbour - the ferry that never came\n\n" + BODY)[0] == "Lindqvist Harbour - the ferry that never came"


# ---------------------------------------------------------------- train and dev texts read by path

REAL = {
    "written/election_commentary/saint-anselm-ward-by-election-preview.txt": ("Catriona Mbeki-Llewellyn", "Ward Watch"),
    "written/news_reports/reservoir-levels-hosepipe-ban-utility-report.txt": (None, "Alderbrook Courier"),
    "written/sports_picks/ringside-how-it-ends-method-picks-dunhaven.txt": ("Dev Aurora", "Dunhaven Post"),
    "written/sports_picks/grid-guesses-portmane-street-circuit-qualifying.txt": ("Nadia Querol", "Grid Talk"),
    "written/health_outlooks/north-vale-paediatric-critical-care-bed-forecast.txt":
        ("Cathal Oyinlola", "North Vale Paediatric Critical Care Operational Delivery Network"),
}


@pytest.mark.parametrize("name", sorted(REAL))
def test_author_and_outlet_of_a_real_train_or_dev_text(name: str) -> None:
    if not name.startswith("written/") and not (shared_corpus() / "texts").is_dir():
        pytest.skip(f"no shared corpus at {shared_corpus()}")
    assert splits()[name][1] in ("train", "dev")
    meta = extract(text_path(name).read_text(encoding="utf-8"), detector=False).meta
    assert (meta.author, meta.outlet) == REAL[name]


def test_the_fight_cards_date_is_not_its_publication_date() -> None:
    name = "written/sports_picks/ringside-how-it-ends-method-picks-dunhaven.txt"
    assert splits()[name][1] == "train"
    assert extract(text_path(name).read_text(encoding="utf-8"), detector=False).meta.published is None
