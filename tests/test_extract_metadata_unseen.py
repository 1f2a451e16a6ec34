"""Metadata on header layouts the rules were not built from (issue 13, fifth round).

The layouts of tests/metadata_layouts.py were written before this round changed a rule; each
is checked field by field. The tests below them check each class of the round on further
texts written here in other words (none is copied from the corpus): a date the text does not
state is null, a date that belongs to an event, a deadline, a meeting still to come, a step of
a paper's history, a reader's comment or a sentence of the story is not taken, an outlet is a
name, and an author is the writer, never a person the text quotes.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction_eval import META_FIELDS
from tests.metadata_fields import assert_reads_as_labelled, meta_fields
from tests.metadata_layouts import BODY, HELD_OUT, LAYOUTS, Layout


@pytest.mark.parametrize("layout", LAYOUTS + HELD_OUT, ids=[layout.name for layout in LAYOUTS + HELD_OUT])
def test_a_written_layout_gives_the_fields_a_reader_labels(layout: Layout) -> None:
    for key in META_FIELDS:
        assert_reads_as_labelled(layout, key)


PROSE = (
    "Freight volumes at the port fell in the first quarter, and the operator expects them to recover"
    " before the new berth opens on 2 August 2028, according to its latest plan.\n\n"
    "The last expansion, finished in March 2021, took four years longer than promised.\n"
)


# ---------------------------------------------------------------- dates that are not the text's date

@pytest.mark.parametrize("heading", [
    "Nominations close 15 September 2028",
    "Tickets on sale until 1 July 2028",
    "Results night, 4 May 2028: the seats to watch",
    "Regatta day, 9 August 2028: who will win the cup?",
    "Preview \u2014 Ferry Users' Forum meeting, 3 March 2028",
])
def test_a_heading_that_names_an_events_day_is_the_title_and_dates_nothing(heading: str) -> None:
    title, _, published, outlet = meta_fields(heading + "\n\n" + PROSE)
    assert (title, published, outlet) == (heading, None, None)


def test_the_record_of_a_meeting_is_still_dated_by_it() -> None:
    header = "Minutes of the Ferry Users' Forum meeting, 3 March 2028\n\n"
    assert meta_fields(header + PROSE)[2] == dt.date(2028, 3, 3)


@pytest.mark.parametrize("line", [
    "Kick-off: Sunday 6 August 2028, 2pm",
    "Closing date: 15 September 2028",
    "Next meeting: 3 March 2028",
    "Venue and time: Corn Exchange, 3 March 2028, 7.30pm",
])
def test_a_line_labelled_with_an_event_or_a_deadline_dates_nothing(line: str) -> None:
    title, _, published, _ = meta_fields("Who wins on Sunday\n\n" + line + "\n\n" + PROSE)
    assert (title, published) == ("Who wins on Sunday", None)


def test_of_a_papers_history_only_its_publication_dates_it() -> None:
    header = "Berth occupancy after dredging\n\nReceived 2 January 2028 | Revised 30 January 2028 | Published online: 14 February 2028\n\n"
    assert meta_fields(header.replace(" | ", "; ") + PROSE)[2] == dt.date(2028, 2, 14)


def test_a_date_in_the_first_sentence_of_a_wire_story_is_not_its_date() -> None:
    text = "Port plan faces a vote\n\nTARSK, Feb. 3 (Harbour Wire) - The board meets on 9 March 2028 to vote on the berth.\n"
    assert meta_fields(text)[2:] == (None, "Harbour Wire")


def test_a_date_that_opens_a_wire_story_dates_it() -> None:
    text = "Port plan faces a vote\n\nTARSK (Harbour Wire) - 3 February 2028 - The board meets in March to vote on the berth.\n"
    assert meta_fields(text)[2:] == (dt.date(2028, 2, 3), "Harbour Wire")


def test_a_labelled_date_in_the_middle_of_the_text_does_not_date_it() -> None:
    text = "The berth, again\n\n" + PROSE + "\nThe notice read:\n\nPosted: 12 January 2021\n\n" + PROSE
    assert meta_fields(text)[2] is None


def test_a_labelled_date_at_the_foot_still_dates_it() -> None:
    assert meta_fields("The berth, again\n\n" + PROSE + "\nPublished: 4 February 2028\n")[2] == dt.date(2028, 2, 4)


def test_a_copyright_year_is_not_a_date_of_publication() -> None:
    title, _, published, outlet = meta_fields("Berth outlook\n\n" + PROSE + "\nCopyright 2028 Tarsk Port Analytics. All rights reserved.\n")
    assert (published, outlet) == (None, "Tarsk Port Analytics")


@pytest.mark.parametrize(("line", "published"), [
    ("2028-02-04T06:15:00+01:00", dt.date(2028, 2, 4)),
    ("Posted 04-Feb-2028 by Ines Kaur", dt.date(2028, 2, 4)),
    ("This piece originally appeared in The Quayside Review on 4 February 2028.", dt.date(2028, 2, 4)),
])
def test_dates_in_other_forms(line: str, published: dt.date) -> None:
    text = "Berth outlook\n\n" + (line + "\n\n" + PROSE if not line.startswith("This") else PROSE + "\n" + line + "\n")
    assert meta_fields(text)[2] == published


# ---------------------------------------------------------------- readers' comments, quoted people

def test_readers_comments_neither_sign_nor_date_the_text() -> None:
    text = (
        "Will the berth open on time?\n\n" + PROSE + "\n12 Comments\n\nPosted by harbour_hank on 6 February 2028\n\n"
        "No chance, it never does.\n\nCheers,\nHank Olsen\n"
    )
    assert meta_fields(text)[1:3] == (None, None)


def test_a_person_quoted_in_a_pull_quote_is_not_the_author() -> None:
    text = "Berth outlook\n\n" + PROSE + "\n\"It will open late.\"\n\n\u2014 Ines Kaur, port engineer\n\n" + PROSE
    assert meta_fields(text)[1] is None


# ---------------------------------------------------------------- outlets are names

@pytest.mark.parametrize(("header", "outlet"), [
    ("Berth outlook\n\np. 12 | Friday, 4 February 2028 | The Quayside Review\n\n", "The Quayside Review"),
    ("Berth outlook\n\nTarsk Chamber of Trade\n\n", "Tarsk Chamber of Trade"),
    ("Berth outlook\n\nNotice of the ferry timetable review, 4 February 2028\n\n", None),
])
def test_an_outlet_is_a_name(header: str, outlet: str | None) -> None:
    assert meta_fields(header + PROSE)[3] == outlet


def test_a_newsletter_that_thanks_its_readers_names_itself() -> None:
    assert meta_fields("Berth outlook\n\n" + PROSE + "\nThank you for reading Quayside Weekly. See you next week.\n")[3] == "Quayside Weekly"


def test_a_papers_series_line_names_its_institution_and_its_month() -> None:
    header = "Berth occupancy after dredging\n\nInes Kaur and Tom Reiss\n\nTarsk Port Institute Discussion Paper 2028/02, February 2028\n\n"
    assert meta_fields(header + PROSE)[1:] == ("Ines Kaur, Tom Reiss", dt.date(2028, 2, 1), "Tarsk Port Institute")


# ---------------------------------------------------------------- posters, letters, speakers

@pytest.mark.parametrize(("line", "author", "published"), [
    ("by harbour_hank \u00bb Mon Feb 07, 2028 8:02 am", "harbour_hank", dt.date(2028, 2, 7)),
    ("Posted by u/harbour_hank 5h", "harbour_hank", None),
    ("Ines Kaur (@ineskaur) \u00b7 7 Feb 2028", "Ines Kaur", dt.date(2028, 2, 7)),
])
def test_a_posters_header_names_the_poster(line: str, author: str, published: dt.date | None) -> None:
    _, got_author, got_published, outlet = meta_fields("Berth will open late\n\n" + line + "\n\n" + PROSE)
    assert (got_author, got_published, outlet) == (author, published, None)


def test_a_letters_address_is_not_its_title() -> None:
    text = "3 Harbour Terrace\nTarsk\nTK4 9QP\n\n4 February 2028\n\nDear Sir,\n\n" + PROSE + "\nYours sincerely,\n\nInes Kaur\n"
    assert meta_fields(text) == (None, "Ines Kaur", dt.date(2028, 2, 4), None)


def test_a_keynote_line_names_its_speaker_and_day() -> None:
    header = "Ports after oil\n\nKeynote by Professor Tom Reiss, Quayside Logistics Forum, 4 February 2028\n\n"
    assert meta_fields(header + PROSE)[1:3] == ("Tom Reiss", dt.date(2028, 2, 4))


def test_a_body_with_no_header_states_nothing() -> None:
    assert meta_fields(BODY) == (None, None, None, None)


# ---------------------------------------------------------------- classes the held-out layouts exposed

@pytest.mark.parametrize("heading", [
    "Where the ferry will be on 1 March 2035",
    "The tide tables that apply from 1 March 2029",
])
def test_a_day_a_titles_sentence_is_about_dates_nothing(heading: str) -> None:
    assert meta_fields(heading + "\n\n" + PROSE)[::2] == (heading, None)


def test_posted_on_still_dates_the_text() -> None:
    assert meta_fields("Berth outlook\n\nPosted on 4 February 2028\n\n" + PROSE)[2] == dt.date(2028, 2, 4)


def test_a_place_dashed_to_its_date_dates_the_story() -> None:
    assert meta_fields("Berth to open late\n\nQUAYSIDE -- 4 Feb 2028 -- " + PROSE)[2] == dt.date(2028, 2, 4)


@pytest.mark.parametrize(("header", "expected"), [
    # a publication's name over its issue number over the headline (kept in its capitals; the comparison ignores case)
    ("HARBOUR LIGHTS\n\nNo. 212\n\nThe berth that never opens\n\n", ("The berth that never opens", None, None, "HARBOUR LIGHTS")),
    # the kind of document is not its title
    ("Tarsk Port Authority\n\nPRESS STATEMENT\n\nBerth opening delayed\n\n", ("Berth opening delayed", None, None, "Tarsk Port Authority")),
    # a question under a column's name in capitals
    ("DEAR SKIPPER\n\nShould I sell my mooring before the berth opens?\n\n", ("Should I sell my mooring before the berth opens?", None, None, None)),
    # a site's trail of sections with slashes
    ("Quayside Daily / Business / Local\n\nBerth opening delayed\n\n", ("Berth opening delayed", None, None, "Quayside Daily")),
])
def test_a_publications_furniture_above_the_headline(header: str, expected: tuple[object, ...]) -> None:
    assert meta_fields(header + PROSE) == expected


@pytest.mark.parametrize(("line", "author"), [
    ("Words: Ines Kaur", "Ines Kaur"),
    ("Lead analyst: Ines Kaur", "Ines Kaur"),
    ("Posted on February 4, 2028 by Ines Kaur in Shipping", "Ines Kaur"),
])
def test_a_credit_names_the_writer(line: str, author: str) -> None:
    assert meta_fields("Berth opening delayed\n\n" + line + "\n\n" + PROSE)[1] == author


def test_a_photographers_credit_names_no_writer() -> None:
    assert meta_fields("Berth opening delayed\n\nPhotography: Ines Kaur\n\n" + PROSE)[1] is None


def test_a_firm_under_the_analysts_line_is_the_outlet_not_the_author() -> None:
    header = "Berth operators: stay neutral\n\nAnalyst: Ines Kaur\nQuayside Capital Partners\n\n"
    assert meta_fields(header + PROSE)[1::2] == ("Ines Kaur", "Quayside Capital Partners")


def test_a_time_beside_the_date_is_not_an_outlet() -> None:
    assert meta_fields("Berth opening delayed\n\nInes Kaur\n04.02.2028 | 7:45 am\n\n" + PROSE)[1:] == ("Ines Kaur", dt.date(2028, 2, 4), None)


def test_a_printed_letter_is_signed_with_name_and_town() -> None:
    text = "Letter to the editor: the berth is a white elephant\n\n" + PROSE + "\nInes Kaur, Quayside\n"
    assert meta_fields(text)[1] == "Ines Kaur"


def test_a_name_and_town_under_an_article_is_not_a_signature() -> None:
    assert meta_fields("Berth opening delayed\n\n" + PROSE + "\nInes Kaur, Quayside\n")[1] is None


# ---------------------------------------------------------------- stamps, spans, embargoes, threads

def test_a_published_line_under_a_title_stays_its_own_line() -> None:
    header = (
        "Quayside Port Authority\nBerths and Moorings Unit\n\nBerth demand: summer season outlook 2028\n"
        "Published Friday 26 May 2028. Covers 1 June \u2013 15 September 2028.\n\n"
    )
    title, _, published, outlet = meta_fields(header + PROSE)
    assert (title, published) == ("Berth demand: summer season outlook 2028", dt.date(2028, 5, 26))


def test_the_end_of_a_span_of_days_is_not_a_date_of_issue() -> None:
    header = "Berth demand outlook\n\nThis outlook covers the berths of the inner harbour for 1 June \u2013 15 September 2028\n\n"
    assert meta_fields(header + PROSE)[2] is None


def test_an_embargo_is_not_the_day_of_issue() -> None:
    assert meta_fields("Berth opening delayed\n\nEMBARGOED UNTIL 00:01, 5 February 2028\n\n" + PROSE)[2] is None


def test_a_thread_of_several_posters_has_no_author() -> None:
    text = (
        "Will the berth open on time?\n\nby harbour_hank \u00bb Mon Feb 07, 2028 8:02 am\n\n" + PROSE
        + "\nby quay_queen \u00bb Mon Feb 07, 2028 9:40 am\n\nNo chance before the summer.\n"
    )
    assert meta_fields(text)[1:3] == (None, dt.date(2028, 2, 7))


# ---------------------------------------------------------------- classes the fresh layouts exposed (dates)

@pytest.mark.parametrize("heading", [
    "Predictions for Sunday 6 February 2028",
    "Stage 4 \u2014 Thursday 10 February 2028",
    "Gameweek 23: Saturday 12 February 2028",
])
def test_a_day_a_heading_is_for_dates_nothing(heading: str) -> None:
    assert meta_fields("Quayside fixtures\n\n" + heading + "\n\n" + PROSE)[2] is None


def test_the_hours_of_an_event_make_its_day_no_date_of_issue() -> None:
    assert meta_fields("HARBOUR NIGHT MARKET\n\nFriday 4 February 2028, 6pm\u201311pm\n\n" + PROSE)[::2] == ("HARBOUR NIGHT MARKET", None)


@pytest.mark.parametrize(("line", "published"), [
    ("Week ending Friday 4 February 2028", dt.date(2028, 2, 4)),
    ("Posted by harbour_hank on Fri Feb 04, 2028 5:47 pm", dt.date(2028, 2, 4)),
])
def test_an_issue_or_a_posts_day_still_dates_the_text(line: str, published: dt.date) -> None:
    assert meta_fields("Quayside weekly\n\n" + line + "\n\n" + PROSE)[2] == published


# ---------------------------------------------------------------- classes the fresh layouts exposed (fields)

def test_a_chat_messages_sender_is_its_author_and_no_title() -> None:
    assert meta_fields("Ines Kaur  4:05 PM\n\n" + PROSE)[:2] == (None, "Ines Kaur")


def test_a_bodys_dated_issue_under_its_name() -> None:
    header = "Quayside Sailing Club\n\nBulletin - 4 February 2028\n\nDear Members,\n\n"
    assert meta_fields(header + PROSE) == ("Bulletin - 4 February 2028", None, dt.date(2028, 2, 4), "Quayside Sailing Club")


@pytest.mark.parametrize(("line", "author"), [
    ("Report by Ines Kaur at the Corn Exchange", "Ines Kaur"),
    ("Posted Friday 4 February by Ines Kaur", "Ines Kaur"),
])
def test_more_bylines(line: str, author: str) -> None:
    _, got, published, _ = meta_fields("Berth opening delayed\n\n" + line + "\n\n" + PROSE)
    assert (got, published) == (author, None)


def test_a_line_of_parts_names_no_outlet_that_is_no_name() -> None:
    header = "Will the berth open in 2029?\n\nAsked 4 February 2028 \u00b7 Active 2 days ago\n\n"
    assert meta_fields(header + PROSE)[2:] == (dt.date(2028, 2, 4), None)


def test_a_section_after_the_papers_name_is_dropped() -> None:
    header = "Berth opening delayed\n\nby Ines Kaur \u00b7 The Quayside Clarion, opinion \u00b7 04/02/2028\n\n"
    assert meta_fields(header + PROSE)[1:] == ("Ines Kaur", dt.date(2028, 2, 4), "The Quayside Clarion")


def test_a_forwarded_message_is_read_as_the_message() -> None:
    header = (
        "-----Original Message-----\nFrom: Ines Kaur <ines@example.org>\nSent: Friday, 4 February 2028 16:05\n"
        "To: Tom Reiss\nSubject: Berth dates\n\n"
    )
    assert meta_fields(header + PROSE) == ("Berth dates", "Ines Kaur", dt.date(2028, 2, 4), None)


def test_a_posts_front_matter_gives_its_fields() -> None:
    header = "---\ntitle: The berth will open late\nauthor: Ines Kaur\npublished: 2028-02-04\ntags: ports\n---\n\n"
    assert meta_fields(header + PROSE) == ("The berth will open late", "Ines Kaur", dt.date(2028, 2, 4), None)


def test_a_writers_line_with_the_day_at_the_foot() -> None:
    assert meta_fields("Berth opening delayed\n\n" + PROSE + "\nPosted by Ines Kaur on 4 February 2028\n")[1:3] == (
        "Ines Kaur", dt.date(2028, 2, 4),
    )


def test_a_name_with_a_bare_handle_and_a_day() -> None:
    assert meta_fields("Ines Kaur @ines_k \u00b7 Feb 4, 2028\n\n" + PROSE)[1:] == ("Ines Kaur", dt.date(2028, 2, 4), None)


def test_a_wrapped_sentence_that_goes_on_with_published_stays_one_paragraph() -> None:
    from tracker.extract.layout import Kind, split_blocks

    text = (
        "Berth outlook\n\nThe harbour board's survey of the inner berths, which the board first\n"
        "published on 4 February 2028 and revised in March, expects the berth to open late.\n"
    )
    body = [b.text for b in split_blocks(text) if b.kind is Kind.BODY]
    assert len(body) == 1 and body[0].endswith("to open late.")
