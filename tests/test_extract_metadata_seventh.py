"""Metadata on header layouts the rules were not built from (issue 13, seventh round).

The layouts of tests/metadata_layouts.py's SEVENTH set were written and scored once before this
round changed a rule; each is checked field by field (the fields still read differently from the
label are listed and must fail, so a fix shows up). The tests below them check each class of the
round on further texts written here in other words (none is copied from the corpus): lines that
say how a page or a speech is handled are never titles, forum and list headers name the poster and
the thread, transcripts name their body or show and not a speaker, a wire's initials are spelled
out from its byline or copyright line, and an undated timeline or event stays undated.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction_eval import _meta_value
from tests.metadata_fields import assert_reads_as_labelled, dated_though_undated, layout_cases, meta_fields
from tests.metadata_layouts import SEVENTH, SEVENTH_HELD_OUT, Layout

# Fields the rules still read differently from the label (see README, "Metadata: unseen layouts
# (seventh round)"). Each must still fail; a rule that fixes one removes it here.
NOT_READ = {
    # The guide drops a medium word ("Knightsquare Forums" is Knightsquare) but two dev labels and
    # the second round's tests keep "Forums" in a name in title case: left for the adjudicator.
    ("a board index trail over a post by a poster on a day", "outlet"),
    ("a thread's first post with a month-first date and the poster's stats", "outlet"),
    # The guide gives "Outlet -- product" first lines the product as title, but a train label keeps
    # a call's "Company, Inc. -- Fiscal Q2 earnings call ..." whole with no outlet.
    ("an earnings call's company, call name and participants", "title"),
    # A section's name in capitals over the headline reads like a column's name (not the outlet); the learned
    # header reader (eleventh round) takes the headline for the title, and leaves the outlet empty.
    ("a staff picks grid under a section masthead", "outlet"),
    # A place and a name are both two capitalised words on a line of parts.
    ("a place, a day and a name on one line", "author"),
    # held out (written after the round's rules)
    ("an undated newsletter with a read-online link and a first-name sign-off", "author"),  # a first name alone after a dash
    ("a printed letter under a kind label, signed with name and town", "author"),  # name and town on two lines, no letters title
}


@pytest.mark.parametrize(("layout", "key"), layout_cases(SEVENTH + SEVENTH_HELD_OUT, NOT_READ))
def test_a_seventh_round_layout_gives_the_field_a_reader_labels(layout: Layout, key: str) -> None:
    assert_reads_as_labelled(layout, key)


def test_every_seventh_round_layout_the_text_does_not_date_stays_undated() -> None:
    assert dated_though_undated(list(SEVENTH + SEVENTH_HELD_OUT), 35) == []


# A body with dates of its own: a closing day, a vote still to come, a past year and a dated report.
BODY = (
    "The library trust expects the new reading room to open by 2 February 2033, and the parish council"
    " will vote on the lease on 14 November 2032.\n\n"
    "Visitor numbers halved in 2030 when the old hall shut. \"Nobody will miss the draughts,\" said Ines"
    " Coulter, the trust's treasurer, in a report dated 5 October 2032.\n"
)


# ---------------------------------------------------------------- handling lines are never titles

@pytest.mark.parametrize("line", [
    "Check against delivery",
    "(As prepared for delivery)",
    "EMBARGOED UNTIL DELIVERY",
    "Transcript",
    "LIB-READINGROOM/ (UPDATE 1)",
    "Sign in",
    "NEWS \u00b7 LIBRARIES \u00b7 3 MIN READ",
    "#reading-room",
    "Forwarded this email? Sign up here",
    "\u201cNobody will miss the draughts.\u201d \u2014 Ines Coulter, 5 October 2032",
])
def test_a_line_of_handling_above_the_headline_is_never_the_title_nor_its_date(line: str) -> None:
    title, _, published, _ = meta_fields(line + "\n\nA reading room at last\n\n" + BODY)
    assert (title, published) == ("A reading room at last", None)


def test_a_letter_that_opens_with_a_salutation_has_no_title() -> None:
    text = "Dear Ines,\n\nA short note before the vote.\n\n" + BODY + "\nYours sincerely,\nTobias Wren\n"
    assert meta_fields(text)[:2] == (None, "Tobias Wren")


# ---------------------------------------------------------------- speeches

@pytest.mark.parametrize(("title", "author"), [
    ("Remarks as Prepared for Delivery by Commissioner Ines Coulter at the Library Trust Dinner", "Ines Coulter"),
    ("Speech by the Minister for Culture, Tobias Wren MP, to the Library Association", "Tobias Wren"),
    ("Address by Mayor Ines Coulter to the Parish Council", "Ines Coulter"),
])
def test_a_speech_title_names_its_speaker(title: str, author: str) -> None:
    text = "CHECK AGAINST DELIVERY\n\n" + title + "\n\nFenwick, 3 November 2032\n\n" + BODY
    assert meta_fields(text)[:3] == (title, author, dt.date(2032, 11, 3))


def test_a_speech_is_not_published_by_the_speakers_college() -> None:
    text = "Graduation Address to the Class of 2032\n\nDelivered by Tobias Wren\nFenwick College\nJune 30, 2032\n\n" + BODY
    assert meta_fields(text) == ("Graduation Address to the Class of 2032", "Tobias Wren", dt.date(2032, 6, 30), None)


# ---------------------------------------------------------------- forums, boards and lists

@pytest.mark.parametrize(("header", "expected"), [
    # a board's index trail under its name, then the thread and a post's header with an arrow
    ("Fenwick Readers Forum\nForum index \u2039 Local \u2039 Libraries\n\nReading room by February?\n\n"
     "Post by inkwell_ines \u00bb Thu Nov 04, 2032 7:02 pm",
     ("Reading room by February?", "inkwell_ines", dt.date(2032, 11, 4), "Fenwick Readers Forum")),
    # a trail from the index whose last crumb is the thread's title in quotes
    ('FENWICK READERS\nForums / Local / "Reading room by February?"\n\nopened by inkwell_ines \u00b7 2 days ago',
     ("Reading room by February?", None, None, "FENWICK READERS")),
    # a thread's first post: month-first with dashes, the poster over a rank and a join date
    ("Thread: Reading room by February?\n\n#1\n11-04-2032, 07:02 PM\ninkwell_ines\nJunior Member\nJoin Date: Mar 2019",
     ("Reading room by February?", "inkwell_ines", dt.date(2032, 11, 4), None)),
    # the poster's handle over the post's age
    ("Reading room by February?\n\ninkwell_ines\n5h", ("Reading room by February?", "inkwell_ines", None, None)),
    # a link's points line and a community's submitted line
    ("New reading room due in February (fenwicklibrary.example)\n\n88 points by inkwell_ines 2 hours ago | 41 comments",
     ("New reading room due in February", "inkwell_ines", None, None)),
    ("Reading room by February? I doubt it\n\nsubmitted 2 hours ago by inkwell_ines to r/fenwick",
     ("Reading room by February? I doubt it", "inkwell_ines", None, "fenwick")),
    # a mailing list's archive: the list's tag, the sender with an obfuscated address and the day
    ("[fenwick-libraries] Reading room by February?\n\nIneke Vos ivos at example.org\nThu Nov 4 19:02:11 GMT 2032",
     ("Reading room by February?", "Ineke Vos", dt.date(2032, 11, 4), None)),
    # "Posted by x on <date>" names the poster, not "x on <date>"
    ("Reading room by February?\n\nPosted by inkwell_ines on 4 November 2032",
     ("Reading room by February?", "inkwell_ines", dt.date(2032, 11, 4), None)),
    # a chat's channel and a message sent today
    ("#libraries\n\ninkwell_ines \u2014 Today at 7:02 PM", (None, "inkwell_ines", None, None)),
])
def test_a_forum_or_list_header_names_the_thread_and_the_poster(header: str, expected: tuple[object, ...]) -> None:
    got = meta_fields(header + "\n\n" + BODY)
    assert tuple(_meta_value(g) for g in got) == tuple(_meta_value(e) for e in expected)


def test_a_link_under_a_thread_of_comments_has_no_author() -> None:
    text = ("New reading room due in February\n88 points by inkwell_ines 2 hours ago | 41 comments\n\n"
            "  quill_and_ink 2 hours ago\n  It will slip to spring.\n  reply\n\n" + BODY)
    assert meta_fields(text)[1] is None


def test_a_posted_by_line_that_names_a_page_is_not_the_poster_of_a_speech() -> None:
    text = "Posted by fenwick_union_7 on the union's page, Tuesday:\n\nFull text of Ines Coulter's speech.\n\n" + BODY
    assert meta_fields(text)[1] is None


def test_a_bracketed_flag_that_is_not_a_list_tag_stays_in_the_title() -> None:
    assert meta_fields("[Megathread] Reading room: when does it open?\n\n" + BODY)[0] == "[Megathread] Reading room: when does it open?"


# ---------------------------------------------------------------- transcripts

def test_a_hearings_cover_names_its_committee() -> None:
    text = ("HEARING BEFORE THE SUBCOMMITTEE ON PUBLIC LIBRARIES\n\nTHE FUTURE OF THE READING ROOM\n\nNOVEMBER 4, 2032\n\n"
            "Mr. WREN. The subcommittee will come to order.\n\n" + BODY)
    assert meta_fields(text) == ("THE FUTURE OF THE READING ROOM", None, dt.date(2032, 11, 4), "SUBCOMMITTEE ON PUBLIC LIBRARIES")


def test_a_calls_participants_are_not_its_authors() -> None:
    text = ("Fenwick Library Trust interim results call\n\n4 November 2032\n\nCall participants\nInes Coulter \u2014 Treasurer\n\n"
            "Operator\nWelcome to the call.\n\nInes Coulter\n" + BODY)
    assert meta_fields(text)[1:3] == (None, dt.date(2032, 11, 4))


def test_a_shows_name_over_its_episode_is_the_outlet() -> None:
    text = ("SHELF LIFE\n\nEpisode 7: The reading room\n\nReleased 4 November 2032 \u00b7 52 min\n\n"
            "[00:00] TOBIAS: Welcome.\n\n[00:05] INES: " + BODY)
    assert meta_fields(text) == ("Episode 7: The reading room", None, dt.date(2032, 11, 4), "SHELF LIFE")


def test_a_stations_programme_is_not_the_title_of_its_item() -> None:
    text = ("Evening Edition \u2014 Fenwick FM\n\nInterview: Ines Coulter on the reading room\n\n"
            "Aired: Thursday 4 November 2032, 18:20\n\nPRESENTER: When?\n\nINES COULTER: " + BODY)
    assert meta_fields(text) == ("Interview: Ines Coulter on the reading room", None, dt.date(2032, 11, 4), "Fenwick FM")


# ---------------------------------------------------------------- outlets and authors

@pytest.mark.parametrize(("text", "outlet"), [
    # a dateline's initials, spelled out in the byline or the copyright line
    ("Reading room delayed\n\nBy INES COULTER, Fenwick Press Agency\n\nFENWICK (FPA) \u2014 " + BODY, "Fenwick Press Agency"),
    ("Reading room delayed\n\nFENWICK (FPA) \u2014 " + BODY + "\nCopyright 2032 Fenwick Press Agency. All rights reserved.\n",
     "Fenwick Press Agency"),
    ("Reading room delayed\n\nBy Ines Coulter\n\n" + BODY
     + "\nThis article is republished from The Fenwick Review under a Creative Commons licence.\n", "The Fenwick Review"),
    ("Reading room delayed\n\nBy Ines Coulter\nSpecial to The Fenwick Review\n\n" + BODY, "The Fenwick Review"),
    ("Reading room delayed\n\nBy Ines Coulter\n\n" + BODY + "\nAbout us | Contact\n\u00a9 The Fenwick Review 2032\n", "The Fenwick Review"),
    ("From: Shelf Notes <news@shelfnotes.example>\nDate: Thu, 4 Nov 2032 08:00 +0000\nTo: reader@example.org\n"
     "Subject: The reading room\n\n" + BODY, "Shelf Notes"),
])
def test_the_outlet_is_read_where_the_text_names_its_publisher(text: str, outlet: str) -> None:
    assert _meta_value(meta_fields(text)[3]) == _meta_value(outlet)


def test_initials_spelled_out_only_in_the_body_stay_initials() -> None:
    text = "Reading room delayed\n\nFENWICK (FPA) \u2014 " + BODY + "\nThe Fenwick Press Agency is not involved.\n"
    assert meta_fields(text)[3] == "FPA"


@pytest.mark.parametrize(("text", "author"), [
    ("Reading room delayed\n\n" + BODY + "\nAbout the author\nInes Coulter is arts correspondent for the Fenwick Review.\n",
     "Ines Coulter"),
    ("Reading room delayed\n\n" + BODY + "\nSee you next week,\nInes\n\nInes Coulter writes Shelf Notes from Fenwick.\n",
     "Ines Coulter"),
    ("Reading room delayed\n\nA standfirst that runs a little longer than a headline does.\n\nInes Coulter\nArts correspondent\n\n"
     "4 November 2032\n\n" + BODY, "Ines Coulter"),
    ("Reading room delayed\n\nWords: Ines Coulter \u00b7 Photographs: Tobias Wren\n\n" + BODY, "Ines Coulter"),
    ("Saturday selections at Fenwick Park\n\nTipster: Ines Coulter\n\n" + BODY, "Ines Coulter"),
    ("From: Shelf Notes <news@shelfnotes.example>\nTo: reader@example.org\nSubject: The reading room\n\n" + BODY, None),
])
def test_the_writer_is_read_from_a_credit_a_bio_or_a_name_over_a_post(text: str, author: str | None) -> None:
    assert meta_fields(text)[1] == author


# ---------------------------------------------------------------- dates that are not the text's

@pytest.mark.parametrize("header", [
    "Reading room: a timeline\n\n1998\nThe hall opens.\n\n2030\nThe hall shuts.\n\n2 February 2033\nThe reading room opens.",
    "FIGHT NIGHT 12: Coulter vs Wren\nSaturday, November 13, 2032 \u00b7 Fenwick Hall",
    "SHELF NOTES\n\nIn this issue:\n- Reading room by 2 February 2033?\n- Council votes 14 November 2032",
])
def test_a_timeline_an_event_or_a_list_of_contents_dates_nothing(header: str) -> None:
    assert meta_fields(header + "\n\n" + BODY)[2] is None


def test_a_publications_name_over_its_contents_is_the_outlet_and_no_title() -> None:
    text = "SHELF NOTES\n\nIn this issue:\n- The reading room\n- Letters\n\n" + BODY
    assert meta_fields(text) == (None, None, None, "SHELF NOTES")


def test_a_date_alone_on_a_line_still_dates_the_text() -> None:
    # The timeline rule needs a year heading: a date alone over the body is still the text's date.
    assert meta_fields("Reading room delayed\n\n4 November 2032\n\n" + BODY)[2] == dt.date(2032, 11, 4)


# ---------------------------------------------------------------- a paper's masthead and signatures at the foot

def test_a_masthead_in_capitals_over_its_issue_line_is_the_paper() -> None:
    text = "THE FENWICK CLARION\nThursday, November 4, 2032 \u00b7 Late edition\n\nReading room delayed again\n\n" + BODY
    title, author, published, outlet = meta_fields(text)
    assert (title, author, published, _meta_value(outlet)) == ("Reading room delayed again", None, dt.date(2032, 11, 4), _meta_value("The Fenwick Clarion"))


def test_a_columns_name_in_capitals_over_a_dated_byline_is_still_no_outlet() -> None:
    # Without a price or an edition beside the date, the capitals may name a column.
    text = "THE COUNTING ROOM\n\nShoppers are tired. Retailers are worried.\n\nBy Ines Coulter\n4 November 2032\n\n" + BODY
    assert meta_fields(text)[3] is None


@pytest.mark.parametrize(("foot", "expected"), [
    ("Ines Coulter\nEditor, The Fenwick Clarion", ("Ines Coulter", None, "The Fenwick Clarion")),
    ("Cllr Tobias Wren, 4 November 2032", ("Tobias Wren", dt.date(2032, 11, 4), None)),
])
def test_a_signature_at_the_foot_names_the_writer(foot: str, expected: tuple[object, ...]) -> None:
    assert meta_fields("Why the reading room matters\n\n" + BODY + "\n" + foot + "\n")[1:] == expected


# ---------------------------------------------------------------- classes of the held-out set

@pytest.mark.parametrize("line", ["Accessibility links", "Read online", "PREPARED REMARKS"])
def test_more_handling_lines_are_never_titles(line: str) -> None:
    assert meta_fields(line + "\n\nA reading room at last\n\n" + BODY)[0] == "A reading room at last"


def test_a_wire_headlines_update_tag_is_not_part_of_it() -> None:
    text = "UPDATE 2-Reading room to open in 2033, trust says\n\nFENWICK, Nov 4 (Fenwick Press Agency) - " + BODY
    assert meta_fields(text)[0] == "Reading room to open in 2033, trust says"


def test_a_save_the_date_line_dates_nothing() -> None:
    assert meta_fields("Reading room open day\n\nSave the date: Saturday 5 February 2033, 11am\n\n" + BODY)[2] is None


def test_a_publication_described_after_a_dash_is_the_outlet() -> None:
    text = "Shelf Notes \u2014 a fortnightly newsletter about libraries\n\nIssue 9 \u00b7 4 November 2032\n\nThe reading room\n\n" + BODY
    assert meta_fields(text) == ("The reading room", None, dt.date(2032, 11, 4), "Shelf Notes")


def test_a_columnist_over_a_syndicate_over_the_headline() -> None:
    text = "Ines Coulter\nNorthgate News Service\n\nThe reading room and the ratepayer\n\n" + BODY
    assert meta_fields(text) == ("The reading room and the ratepayer", "Ines Coulter", None, "Northgate News Service")


def test_an_office_holder_over_the_occasion_is_the_speaker() -> None:
    text = "Mayor Tobias Wren\nOpening of the Fenwick reading room\n3 February 2033\n\n" + BODY
    assert meta_fields(text) == ("Opening of the Fenwick reading room", "Tobias Wren", dt.date(2033, 2, 3), None)


def test_a_posters_handle_over_a_yearless_day_names_the_poster_and_dates_nothing() -> None:
    assert meta_fields("Reading room by February?\n\ninkwell_ines\nNov 4\n\n" + BODY)[1:3] == ("inkwell_ines", None)


def test_the_occasion_under_a_keynote_line_dates_the_speech() -> None:
    text = ("Libraries after the flood\n\nKeynote address by Ines Coulter, Treasurer, Fenwick Library Trust\n\n"
            "Regional Libraries Conference, 3 November 2032\n\n" + BODY)
    assert meta_fields(text) == ("Libraries after the flood", "Ines Coulter", dt.date(2032, 11, 3), None)


@pytest.mark.parametrize("header", [
    "LAKESIDE POETRY WEEKEND 2028\nDelegate pack\nThe Boathouse, Friday 9 to Sunday 11 June 2028",
    "Harbour Folk Festival\nThe Quay, 9 to 11 June 2028",
    "Harbour Folk Festival\nThe Quay, 9-11 June 2028",
])
def test_a_span_of_event_days_in_the_header_is_no_publication_date(header: str) -> None:
    """The last day of an event's span ("Friday 9 to Sunday 11 June 2028") dates the event,
    not the text: an undated programme stays undated."""
    text = header + "\n\nDoors will open at nine. The bar will close at eleven.\n"
    assert meta_fields(text)[2] is None


def test_a_single_day_under_a_byline_still_dates_the_text() -> None:
    text = "Town notes\nBy Ann Lee\n11 June 2028\n\nThe fair will open at nine.\n"
    assert meta_fields(text)[2] == dt.date(2028, 6, 11)
