"""Metadata on header layouts the rules were not built from (issue 13, ninth round).

The layouts of tests/metadata_layouts.py's NINTH set were written and scored once before this round
changed a rule, and its NINTH_HELD_OUT set after every rule of the round; each is checked field by
field (the fields still read differently from the label are listed and must fail, so a fix shows
up). The tests below them check each class of the round on further texts written here in other
words (none is copied from the corpus): a date in a paragraph of the story never dates the text, an
outlet is never a day or a time, an author is never a heading or a document's name, handling lines
are never titles, a body, a blog, a brand, a legislature or an office holder above the document's
own title, forum sites and their sections, shows and episodes, speeches naming their holder,
minutes titled and dated by their meeting, papers named in datelines and standfirsts, and credits
at the foot.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction_eval import _meta_value
from tests.metadata_fields import assert_reads_as_labelled, dated_though_undated, layout_cases, meta_fields
from tests.metadata_layouts import NINTH, NINTH_HELD_OUT, Layout

# Fields the rules still read differently from the label (see README, "Metadata: unseen layouts
# (ninth round)"). Each must still fail; a rule that fixes one removes it here.
NOT_READ = {
    # A state's name in capitals over the office that issues the document: the state is taken.
    ("a state's name in capitals over the office that issues the programme", "outlet"),
    # A party's name alone over its manifesto reads as the title (nothing marks it as a body).
    ("a party's name over its manifesto", "title"),
    ("a party's name over its manifesto", "outlet"),
    # A speech's whole occasion written as one long sentence of a title: the tenth round reads the speaker and
    # the day from it ("Speech of Mr. X, ..."), but cuts the title after the name, as a dev label does.
    ("an after-dinner speech whose long title names the speaker, the place and the day", "title"),
    # A board's section ending "Discussion" over the thread: the tenth round takes the thread's title, but the
    # post's stamp ("06-01-2037, 09:12 PM" over the handle) is still not read.
    ("a board's section over a thread's title and a first post's stamp", "author"),
    ("a board's section over a thread's title and a first post's stamp", "published"),
    # A chat server's name and its channel on one line with "(server) \u203a".
    ("a chat server's name over its channel with two posters", "title"),
    ("a chat server's name over its channel with two posters", "outlet"),
    # A commodity's name in capitals before the letter's dash reads as an organisation.
    ("a broker's buyers' letter signed by the desk's writer and the firm at the foot", "outlet"),
    # "Issued <date> | Tropical Desk | Centre": the desk is taken for the outlet.
    ("a seasonal outlook's issue day, desk and centre on one line of parts", "author"),
    ("a seasonal outlook's issue day, desk and centre on one line of parts", "outlet"),
    # A talk's broadcaster, day and speaker in brackets under its title.
    ("a broadcast talk with its company, day and speaker in brackets", "author"),
    ("a broadcast talk with its company, day and speaker in brackets", "outlet"),
    # "A paper read before the X Society" on its own line over "by X, F.R.Met.S." (the thirteenth round reads the author).
    ("a paper read before a society with the reader's letters", "title"),
    ("a paper read before a society with the reader's letters", "outlet"),
    # Held-out: a first name alone after a dash at the foot (the seventh round's "— Petra" class).
    ("a diary before its post's title signed at the foot", "author"),
}


@pytest.mark.parametrize(("layout", "key"), layout_cases(list(NINTH + NINTH_HELD_OUT), NOT_READ))
def test_a_ninth_round_layout_gives_the_field_a_reader_labels(layout: Layout, key: str) -> None:
    assert_reads_as_labelled(layout, key)


def test_every_ninth_round_layout_the_text_does_not_date_stays_undated() -> None:
    assert dated_though_undated(list(NINTH + NINTH_HELD_OUT), 20) == []


# A body with dates of its own: a ruling still to come, a past year and a dated letter.
BODY = (
    "The water board will set the hosepipe rules on 4 August 2038, and most gardeners expect a ban to"
    " last into the autumn.\n\n"
    "The reservoir last ran this low in 2031. \"The new main will end the bans by 2042,\" said Petra"
    " Lunde, the board's chief engineer, in a letter dated 9 July 2038.\n"
)


def _reads(text: str, *expected: object) -> bool:
    """The four fields of ``text`` equal ``expected``, compared as the benchmark compares them."""
    got = meta_fields(text)
    return tuple(_meta_value(g, e) for g, e in zip(got, expected)) == tuple(_meta_value(e) for e in expected)


# ---------------------------------------------------------------- caution: dates, outlets, authors

def test_a_short_paragraph_of_two_sentences_ending_with_a_day_does_not_date_the_text() -> None:
    text = ("Volunteer handbook\n\nDoors open at 8:00 in the Corn Exchange. Bring a packed lunch.\n\n"
            "Tea is at four. The minibus leaves at 18:10 on Sunday 21 March 2038.\n")
    assert meta_fields(text)[2] is None


def test_an_answer_that_is_only_a_day_is_not_the_outlet() -> None:
    text = "Reservoir works: your questions\n\nWhen do the works start?\nOn 2 May 2038.\n\n" + BODY
    assert meta_fields(text)[3] is None


@pytest.mark.parametrize("heading", ["ADVICE", "HEADLINE", "SITUATION", "OVERNIGHT"])
def test_a_heading_in_capitals_is_never_the_author(heading: str) -> None:
    text = f"Lowland Water Board\n\nHosepipe outlook for August\n\n{heading}\n\nA ban is likely from mid-August.\n\n" + BODY
    assert meta_fields(text)[1] is None


@pytest.mark.parametrize("name", ["Visitor Guide", "Our Water Plan", "Drought Strategy"])
def test_a_documents_name_is_never_the_author(name: str) -> None:
    text = f"Lowland Water Board\n{name}\n\n" + BODY
    assert meta_fields(text)[1] is None


# ---------------------------------------------------------------- handling lines

@pytest.mark.parametrize("line", ["UPDATED 9:41 AM", "Updated 17:05", "Auto-generated transcript. Speakers: A and B"])
def test_a_time_stamp_or_a_transcripts_note_is_never_the_title(line: str) -> None:
    text = f"{line}\n\nHosepipe ban likely by mid-August, board warns\n\nBy Ruth Enger\nJuly 12, 2038\n\n" + BODY
    assert _reads(text, "Hosepipe ban likely by mid-August, board warns", "Ruth Enger", dt.date(2038, 7, 12), None)


def test_release_and_delivery_notes_joined_by_a_dash_are_never_the_title() -> None:
    text = ("NEWS RELEASE \u2014 CHECK AGAINST DELIVERY\n\nRemarks of Aksel Berg, Chair of the Lowland Water Board, as prepared"
            " for delivery\n\nLowmoor, 3 July 2038\n\n" + BODY)
    assert meta_fields(text)[:3] == (
        "Remarks of Aksel Berg, Chair of the Lowland Water Board, as prepared for delivery", "Aksel Berg", dt.date(2038, 7, 3))


# ---------------------------------------------------------------- a name above the document's own title

def test_an_organisation_with_its_initials_over_the_title_is_the_outlet() -> None:
    text = "Lowland Drinking Water Inspectorate (LDWI)\nReservoir Levels Report 2038\nIssued 1 July 2038\n\n" + BODY
    assert _reads(text, "Reservoir Levels Report 2038", None, dt.date(2038, 7, 1), "Lowland Drinking Water Inspectorate")


def test_a_public_body_named_by_its_place_over_an_alert() -> None:
    text = "Lowmoor Public Health\nDrought advice: STAY HYDRATED\n\n" + BODY
    assert _reads(text, "Drought advice: STAY HYDRATED", None, None, "Lowmoor Public Health")


def test_a_legislature_over_a_speech_is_no_outlet_and_its_treasurer_speaks() -> None:
    text = "Lowland Regional Parliament\nBUDGET STATEMENT 2038\nTreasurer Oskar Vinje\n12 May 2038\n\n" + BODY
    assert _reads(text, "BUDGET STATEMENT 2038", "Oskar Vinje", dt.date(2038, 5, 12), None)


def test_an_office_holder_over_the_address() -> None:
    text = "Governor Ilse Brandt\nState of the Region Address\nLowmoor Hall, 2 June 2038\n\n" + BODY
    assert _reads(text, "State of the Region Address", "Ilse Brandt", dt.date(2038, 6, 2), None)


def test_an_office_holder_before_a_dash_and_a_title_in_title_case() -> None:
    text = "Mayor Ilse Brandt - Annual Town Address\n\n" + BODY
    assert meta_fields(text)[:2] == ("Annual Town Address", "Ilse Brandt")


def test_a_blog_named_in_lower_case_over_the_posts_headline() -> None:
    text = "Brightwell Studio blog\n\nWhat we expect the water board to decide\n\nJuly 2038\n\n" + BODY
    assert _reads(text, "What we expect the water board to decide", None, "2038-07", "Brightwell Studio")


def test_a_brand_and_its_picks_column_over_the_cards_title() -> None:
    text = "Hoof & Furlong - Saturday Tips\n\nLowmoor Summer Meeting: Cup Day\n\n" + BODY
    assert _reads(text, "Lowmoor Summer Meeting: Cup Day", None, None, "Hoof & Furlong")


def test_a_utility_and_its_documents_name_in_sentence_case() -> None:
    text = "Lowland Water \u00b7 Hosepipe ban review\n\nJuly 2038\n\n" + BODY
    assert _reads(text, "Hosepipe ban review", None, "2038-07", "Lowland Water")


# ---------------------------------------------------------------- forums, shows, diaries

def test_a_site_and_its_section_over_a_threads_title_and_a_lone_posters_stamp() -> None:
    text = "GardenChat \u00b7 Water Butts\n\nWill the ban last past September?\n\nrain_barrel_ray \u00b7 14 July 2038, 19:20\n\n" + BODY
    assert _reads(text, "Will the ban last past September?", "rain_barrel_ray", dt.date(2038, 7, 14), "GardenChat")


def test_a_handle_with_a_day_names_no_author_when_another_poster_follows() -> None:
    text = ("GardenChat \u00b7 Water Butts\n\nWill the ban last past September?\n\nrain_barrel_ray \u00b7 14 July 2038, 19:20\n\n"
            "Probably.\n\nhosepipe \u00b7 14 July 2038, 19:42\n\n" + BODY)
    assert meta_fields(text)[1] is None


def test_a_sites_domain_over_a_threads_title_in_quotes() -> None:
    text = "talk.lowmoor-gardens.net\n\n\"Ban thread: how long will it last?\"\n\n" + BODY
    assert meta_fields(text)[0] == "Ban thread: how long will it last?"
    assert meta_fields(text)[3] == "talk.lowmoor-gardens.net"


def test_a_shows_name_before_its_numbered_episode() -> None:
    text = "THE DRY SPELL \u2014 Episode 12: \"The Ban\"\n\n" + BODY
    assert _reads(text, "Episode 12: \"The Ban\"", None, None, "The Dry Spell")


def test_an_episodes_show_notes_without_a_title_of_their_own_stay_whole() -> None:
    text = "THE DRY SPELL \u2014 episode 12 show notes\nOur guesses for the summer\n\n" + BODY
    assert meta_fields(text)[3] != "The Dry Spell" or meta_fields(text)[0] != "episode 12 show notes"


def test_a_diary_named_before_its_posts_title() -> None:
    text = "Allotment Diary \u2014 July: the butts are empty\n\n" + BODY
    assert meta_fields(text)[0] == "July: the butts are empty"
    assert meta_fields(text)[3] == "Allotment Diary"


# ---------------------------------------------------------------- speeches and minutes

def test_an_office_and_its_holder_after_a_comma_in_a_speechs_title() -> None:
    text = "Statement from the First Minister of Lowland, Rhona Tait\n\n" + BODY
    assert meta_fields(text)[:2] == ("Statement from the First Minister of Lowland", "Rhona Tait")


def test_an_office_a_statements_title_names_is_not_its_outlet() -> None:
    text = "Statement by the Chief Minister of Lowland\n\n" + BODY
    assert meta_fields(text)[3] is None


def test_agenda_item_labels_are_not_part_of_the_title() -> None:
    text = "Agenda item 4: Drought resilience plan 2038/39\n\nReport of the Director of Water, Nils Aas\n\n" + BODY
    assert meta_fields(text)[0] == "Drought resilience plan 2038/39"


def test_minutes_under_the_bodys_name_in_capitals_are_titled_and_dated_by_their_meeting() -> None:
    text = ("LOWMOOR ANGLING CLUB\nCOMMITTEE\n\nMinutes of the 40th meeting, held Tuesday 6 July 2038 at 19:30 in the Boathouse\n\n"
            "Present: the Chair and nine members.\n\n" + BODY)
    assert _reads(text, "Minutes of the 40th meeting, held Tuesday 6 July 2038 at 19:30 in the Boathouse", None,
                  dt.date(2038, 7, 6), "Lowmoor Angling Club")


def test_minutes_whose_title_names_the_day_they_were_held() -> None:
    text = ("LOWMOOR TOWN COUNCIL\n\nMINUTES of the meeting of the Town Council held in the Guildhall on Wednesday 7th July 2038"
            " at 7pm\n\nPresent: Cllr R. Dale (Mayor)\n\n38/101 WATER\n" + BODY)
    assert meta_fields(text)[2] == dt.date(2038, 7, 7)


# ---------------------------------------------------------------- papers named around the header

@pytest.mark.parametrize("line", [
    "The Lowmoor Examiner, Opinion section, Friday 16 July 2038",
    "The Lowmoor Examiner \u2014 Opinion, Friday 16 July 2038",
    "The Lowmoor Examiner -- Friday, July 16, 2038",
    "The Lowmoor Examiner, Dalby \u2014 16 July 2038",
])
def test_a_paper_named_before_its_date_is_the_outlet(line: str) -> None:
    text = f"Why the ban will last\n\nBy Ruth Enger\n{line}\n\n" + BODY
    assert _reads(text, "Why the ban will last", "Ruth Enger", dt.date(2038, 7, 16), "The Lowmoor Examiner")


def test_a_standfirst_naming_the_paper_through_its_desk() -> None:
    text = ("Dry summers ahead\n\nA look at water in 2040, from the environment desk of the Lowmoor Examiner\n\n" + BODY)
    assert meta_fields(text)[3] == "Lowmoor Examiner"


@pytest.mark.parametrize("outlet", ["Forum: Rain Gauge", "Rain Gauge - Official Community Forums"])
def test_a_forums_label_and_its_official_tail_are_not_part_of_the_outlet(outlet: str) -> None:
    text = f"{outlet} > Weather > Drought\nThread: ban by August?\n\n" + BODY
    got = meta_fields(text)[3]
    assert got is None or got == "Rain Gauge"


@pytest.mark.parametrize("paper", [
    "LOWMOOR EVENING POST",
    # A masthead in capitals ending in "EXAMINER" is not read as a paper's, live or not.
    pytest.param("LOWMOOR EVENING EXAMINER", marks=pytest.mark.xfail(strict=True, reason="not read yet")),
])
def test_a_live_pages_marker_is_not_part_of_the_paper(paper: str) -> None:
    text = f"{paper} \u2014 LIVE\n\nWater board vote: as it happened\n\n" + BODY
    assert _meta_value(meta_fields(text)[3], paper) == _meta_value(paper)


@pytest.mark.parametrize("under", ["\u00a9 2038 Lowland Wire", "16 July 2038"])
def test_a_reporting_credit_over_a_copyright_or_a_date_names_the_reporter(under: str) -> None:
    text = "Board split on hosepipe ban\n\nLOWMOOR, July 16 \u2014 " + BODY + f"\n(Reporting by Ruth Enger; Editing by Nils Aas)\n{under}\n"
    assert meta_fields(text)[1] == "Ruth Enger"


def test_a_letter_to_clients_opens_with_a_salutation_not_a_title() -> None:
    text = "WATER \u2014 the July letter\n\nTo all our farming clients,\n\n" + BODY
    assert meta_fields(text)[0] != "To all our farming clients,"
