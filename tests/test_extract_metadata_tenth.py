"""Metadata on header layouts the rules were not built from (issue 13, tenth round).

The layouts of tests/metadata_layouts.py's TENTH set were written and scored once before this round
changed a rule, and its TENTH_HELD_OUT set after every rule of the round; each is checked field by field (the fields still read differently from the label are
listed and must fail, so a fix shows up). The tests below them check each class of the round on
further texts written here in other words (none is copied from the corpus): a day the header gives
only as an event's (a match, a race meeting, a festival's day, an investor day, a sale, a kick-off)
never dates the text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction_eval import _meta_value
from tests.metadata_fields import assert_reads_as_labelled, dated_though_undated, layout_cases, meta_fields
from tests.metadata_layouts import TENTH, TENTH_HELD_OUT, Layout

# Fields the rules still read differently from the label (see README, "Metadata: unseen layouts
# (tenth round)"). Each must still fail; a rule that fixes one removes it here.
NOT_READ = {
    # A place and its meeting's day in capitals over "The X tipster card \u2014 \"pen name\" (Name)": the card's line is
    # taken for the title, and neither the paper nor the tipster under the pen name is read.
    ("a racecourse and its meeting's day in capitals over a tipster card with a pen name", "title"),
    ("a racecourse and its meeting's day in capitals over a tipster card with a pen name", "author"),
    ("a racecourse and its meeting's day in capitals over a tipster card with a pen name", "outlet"),
    # "r/X" alone over a thread's title in square brackets and "Posted by u/y \u2022 1d \u2022 Pinned" (the learned header
    # reader of the eleventh round takes the thread's line for the title; the community is not read).
    ("a match thread with the kick-off day in brackets under a community", "outlet"),
    # Headings that name an event's day: cut at the dash, or read as a dateline (is_meta_line), so no title.
    ("a conference's day in its title", "title"),
    ("a public meeting's notice with its day, hour and hall as the heading", "title"),
    ("an opening day named at the start of the title", "title"),
    # "Auctioneers" does not end an organisation's name: the learned header reader (eleventh round) takes the sale's
    # line for the title, but the firm is not read as the outlet.
    ("an auctioneer over a sale's title with the sale day", "outlet"),
    # A thread's first poster under the title ("handle \u00b7 <date>", "Posted by x, <date>", "<date> #1" over the
    # handle) once a section line stood above: the title is now read, the poster not yet.
    ("a site and its section with an arrow over a thread's title and a poster's stamp", "author"),
    ("a club's members' board over a sweepstake thread and its first post", "author"),
    ("a section named 'Talk' over a thread's question and a numbered first post", "author"),
    # A round's label in capitals with a figure ("ROUND 6 PREVIEW") over the headline is taken for the title.
    ("a round's label in capitals over a headline", "title"),
}


@pytest.mark.parametrize(("layout", "key"), layout_cases(list(TENTH + TENTH_HELD_OUT), NOT_READ))
def test_a_tenth_round_layout_gives_the_field_a_reader_labels(layout: Layout, key: str) -> None:
    assert_reads_as_labelled(layout, key)


def test_every_tenth_round_layout_the_text_does_not_date_stays_undated() -> None:
    assert dated_though_undated(list(TENTH + TENTH_HELD_OUT), 20) == []


# A body with dates of its own: a decision still to come, a past year and a dated letter.
BODY = (
    "The county will pick a builder for the new footbridge on 6 October 2042, and most walkers expect the"
    " old bridge to close before the winter.\n\n"
    "The bridge was last painted in 2035. \"It will be unsafe by 2046,\" said Runa Pell, the county's"
    " bridge engineer, in a letter dated 2 September 2042.\n"
)


# ---------------------------------------------------------------- days of an event, not of the text

@pytest.mark.parametrize("header", [
    "Harrow Fell v Ostby Athletic: our predicted line-ups (Sun 12 Oct 2042)\n\n",
    "HARROW FELL REGATTA \u2014 DAY ONE\nWho to watch on the water\nSaturday 11 October 2042\n\n",
    "Notes from Ostby Foods' capital markets day, Harrow, 9 October 2042\n\n",
    "Ostby Auction Rooms\nSale of farm machinery \u2014 Thursday 16 October 2042\n\n",
    "Harrow Fell vs Ostby: how we see it\nKick-off Sunday 12 October 2042, 2pm\nBy Ida Varn\n\n",
    "OSTBY \u2014 WEDNESDAY 15 OCTOBER 2042\nThe Fell Courier race card \u2014 \"Kite\" (Mora Lind)\n\n",
    "Saturday 18 October 2042, Harrow village green. Stalls open from 10am.\n\n",
])
def test_a_day_the_header_gives_only_as_an_events_does_not_date_the_text(header: str) -> None:
    assert meta_fields(header + BODY)[2] is None


@pytest.mark.parametrize(("header", "day"), [
    # A stamp beside the event's name is the text's own day.
    ("Harrow Fell v Ostby Athletic: our predicted line-ups\nPosted 10 October 2042 by Ida Varn\n\n", dt.date(2042, 10, 10)),
    # A record of the event (minutes, a speech given that day) is dated by it.
    ("Minutes of the Harrow Regatta Committee held on 8 October 2042\n\n", dt.date(2042, 10, 8)),
    ("Remarks at the Harrow Festival dinner, 11 October 2042\nBy Ida Varn\n\n", dt.date(2042, 10, 11)),
    # A dateline under a column's name, with no event named near it.
    ("THE FELL DIARY\nIda Varn\n\nHarrow, 9 October 2042\n\n", dt.date(2042, 10, 9)),
    # A league's round ("Matchday 9") over a newsletter's line and its day: the tips' day.
    ("FELL LEAGUE \u2014 MATCHDAY 9\nTips from the Far Post newsletter\nFriday 10 October 2042\n\n", dt.date(2042, 10, 10)),
])
def test_the_texts_own_day_beside_an_event_still_dates_it(header: str, day: dt.date) -> None:
    assert meta_fields(header + BODY)[2] == day


# ---------------------------------------------------------------- lines that join two fields

def test_a_columns_name_in_capitals_with_its_writer_gives_the_title_and_the_author() -> None:
    assert meta_fields("FELL NOTES with Runa Pell\n\n" + BODY)[:2] == ("FELL NOTES", "Runa Pell")


def test_a_broadcaster_already_read_as_the_masthead_is_still_split_from_its_programme() -> None:
    title, _, _, outlet = meta_fields("HARROW RADIO \u2014 \"FELL WEEK\" ELECTION NIGHT\n\nTranscript\n\n" + BODY)
    assert (title, outlet.lower()) == ("\"FELL WEEK\" ELECTION NIGHT", "harrow radio")


def test_a_broadcaster_in_capitals_before_its_programme_in_quotes_is_the_outlet() -> None:
    title, _, _, outlet = meta_fields("RADIO HARROW \u2014 \"FELL WEEK\" AUTUMN SPECIAL\n\nTranscript\n\n" + BODY)
    assert (title, outlet) == ("\"FELL WEEK\" AUTUMN SPECIAL", "Radio Harrow")


@pytest.mark.parametrize(("masthead", "outlet"), [
    ("Footpath Trade Bulletin -- Industry News", "Footpath Trade Bulletin"),
    ("Harrow Walkers' Club \u2014 Members' Board", "Harrow Walkers' Club"),
])
def test_a_section_after_the_publications_name_is_not_part_of_the_outlet(masthead: str, outlet: str) -> None:
    assert meta_fields(f"{masthead}\n\nFootbridge contract goes out to tender\n\n10 October 2042\n\n" + BODY)[3] == outlet


def test_a_writer_and_the_firm_under_the_title_give_the_author_and_the_outlet() -> None:
    _, author, _, outlet = meta_fields("Footbridge tender: what we learned\nIda Varn, Ostby Capital Research\n\n" + BODY)
    assert (author, outlet) == ("Ida Varn", "Ostby Capital Research")


def test_a_research_group_at_a_university_is_not_a_writer_and_a_firm() -> None:
    text = "Technical note 4/2042\nFootbridge loads\nBridge Dynamics Group, Harrow University\n\n" + BODY
    assert meta_fields(text)[1] is None


@pytest.mark.parametrize("address", ["Council Offices, 7 Mill Road, Harrow", "200 Fell Avenue"])
def test_a_street_address_is_never_the_title(address: str) -> None:
    text = f"Harrow Parish Council\nFootpaths Committee - Regular Meeting\n{address}\nMinutes of 8 October 2042\n\n" + BODY
    assert meta_fields(text)[0] == "Footpaths Committee - Regular Meeting"


# ---------------------------------------------------------------- forum pages: the thread's own title

@pytest.mark.parametrize(("header", "title", "outlet"), [
    ("FellWalkers \u203a Bridges Chat\nWill the footbridge close before Christmas?\nrambling_rose \u00b7 9 October 2042, 20:15\n\n",
     "Will the footbridge close before Christmas?", "FellWalkers"),
    ("Footbridge Talk\nWhen does the old bridge shut? Your guesses\n\n10-09-2042, 08:40 PM #1\nfell_ranger\n\n",
     "When does the old bridge shut? Your guesses", None),
    ("Walkers' Hub \u00b7 Official Forums\nBridges \u203a Local Discussion\n\nThread: Footbridge tender - who wins it?\n\n",
     "Footbridge tender - who wins it?", None),
])
def test_a_boards_section_is_not_the_threads_title(header: str, title: str, outlet: str | None) -> None:
    got = meta_fields(header + BODY)
    assert got[0] == title
    if outlet is not None:
        assert got[3] == outlet


def test_a_forum_line_with_a_trail_names_the_site() -> None:
    text = "Thread: Footbridge closure date (guesses)\nForum: FellWalkers > Local > Bridges\n\n" + BODY
    assert meta_fields(text)[3] == "FellWalkers"


def test_a_section_alone_over_a_statement_is_still_the_title() -> None:
    """No question and no first post under it: "Area Forecast Discussion"-like lines stay titles."""
    text = "Harrow Valley Discussion\nNotes from the autumn meeting\n\n" + BODY
    assert meta_fields(text)[0] == "Harrow Valley Discussion"


# ---------------------------------------------------------------- credits that name the publication

@pytest.mark.parametrize(("credit", "outlet"), [
    ("by Ida Varn\nwalking desk | The Fell Courier", "The Fell Courier"),
    ("By Ida Varn\nHARROW, 9 October 2042 (Northern Newswire)", "Northern Newswire"),
    ("The Fell Weekly, posted on Thursday evening", "The Fell Weekly"),
    ("No byline; this is the house view of the Stile & Gate team.", "Stile & Gate"),
])
def test_a_credit_beside_a_desk_a_dateline_or_a_note_names_the_outlet(credit: str, outlet: str) -> None:
    assert meta_fields(f"Footbridge tender: the three bids\n\n{credit}\n\n" + BODY)[3] == outlet


def test_a_desk_with_no_publication_after_it_names_no_outlet() -> None:
    assert meta_fields("Footbridge tender: the three bids\n\nby Ida Varn\nwalking desk\n\n" + BODY)[3] is None


# ---------------------------------------------------------------- speeches: a note of who gave it, and when

@pytest.mark.parametrize(("header", "author", "day"), [
    ("[Toast given by Ida Varn, warden, at the leaving do for Runa Pell, The Stile Inn, Harrow, Friday 10 October"
     " 2042. Typed up for the club newsletter.]\n\n", "Ida Varn", dt.date(2042, 10, 10)),
    ("A toast to the old footbridge\nGiven by Ida Varn at the Stile Inn, Friday 10 October 2042\n\n", "Ida Varn",
     dt.date(2042, 10, 10)),
    ("Remarks by Dr. Runa Pell\nFell Walkers' annual dinner, October 2042\n\n", "Runa Pell", "2042-10"),
    ("Remarks by Dr. Runa Pell, bridge engineer, at the walkers' dinner, Harrow Hall, October 2042\n\n", "Runa Pell", "2042-10"),
])
def test_a_speechs_note_names_the_speaker_and_the_day(header: str, author: str, day: object) -> None:
    got = meta_fields(header + BODY)
    assert got[1] == author
    assert _meta_value(got[2], day) == _meta_value(day)


def test_a_speech_note_does_not_replace_a_title_already_read() -> None:
    text = "Remarks of Ida Varn, Leader of the Walkers' Party, as prepared for delivery\n\n" + BODY
    assert meta_fields(text)[0] == "Remarks of Ida Varn, Leader of the Walkers' Party, as prepared for delivery"


def test_a_sentence_about_a_speech_in_the_body_names_no_speaker() -> None:
    text = "Footbridge: the evening's talks\n\n" + BODY + "\nThe vote of thanks was given by Ida Varn at the end of the night.\n"
    assert meta_fields(text)[1] is None


# ---------------------------------------------------------------- caution: a note's series is not a publisher

@pytest.mark.parametrize("series", ["CREDIT WEEKLY", "METALS MONTHLY", "Rates Daily"])
def test_a_series_named_by_its_subject_and_frequency_is_not_the_outlet(series: str) -> None:
    text = f"{series}\nSpreads, the curve and the autumn supply\n\nBy Ida Varn, strategist\n10 October 2042\n\n" + BODY
    assert meta_fields(text)[3] is None


def test_a_magazine_named_by_its_place_and_frequency_is_still_the_outlet() -> None:
    text = "HARROW MONTHLY \u00b7 October 2042 \u00b7 Features\n\nThe footbridge question\n\nBy Ida Varn\n\n" + BODY
    assert meta_fields(text)[3] in ("HARROW MONTHLY", "Harrow Monthly")


# ---------------------------------------------------------------- a terms page's own title

@pytest.mark.parametrize(("header", "title", "outlet"), [
    ("Terms of use: the plain version\n\nYour account\n\n", "Terms of use: the plain version", None),
    ("Stilewise \u2014 Privacy policy: the short version\n\nWhat we collect\n\n", "Privacy policy: the short version", "Stilewise"),
    ("Stilewise\nTerms of service: in plain words\n\nPayments\n\n", "Terms of service: in plain words", "Stilewise"),
])
def test_a_terms_pages_first_line_is_its_title_not_page_furniture(header: str, title: str, outlet: str | None) -> None:
    got = meta_fields(header + "You must be 16 or over to open an account, and you may close it at any time.\n")
    assert (got[0], got[3]) == (title, outlet)


def test_a_terms_link_at_the_foot_is_still_furniture() -> None:
    text = "Footbridge tender: the three bids\n\n" + BODY + "\nTerms of use: see our website for details\n"
    assert meta_fields(text)[0] == "Footbridge tender: the three bids"
