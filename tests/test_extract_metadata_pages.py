"""Metadata of page layouts the rules had not met (issue 13, third round), one class each.

Every header here was written for these tests, in the layouts real pages use for their
bylines, datelines, mastheads and issue lines; none is copied from the corpus. The last tests
read a few train and dev texts by path and skip without ../shared/corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import extract
from tracker.extract.layout import Kind, split_blocks
from tracker.training.data import shared_corpus, splits, text_path
from tests.metadata_fields import meta_fields

BODY = (
    "\n\nThe ferry to Lindqvist Bay ran late all week, and the harbour office said the new pier would"
    " open in the spring once the pilings had settled.\n"
)



# ---------------------------------------------------------------- publications named with a desk or a medium

@pytest.mark.parametrize(("header", "expected"), [
    # The paper after the byline's comma, without its desk.
    ("FERRY PICKS: THE SPRING REGATTA\nBy Oona Tarrant, Portmore Evening Post sailing desk\nFriday 3 May 2031",
     ("FERRY PICKS: THE SPRING REGATTA", "Oona Tarrant", dt.date(2031, 5, 3), "Portmore Evening Post")),
    # A line of parts: the paper without its section's pages.
    ("The pier will open late\n\nBy Oona Tarrant | Portmore Evening Post business pages | Saturday 3 May 2031",
     ("The pier will open late", "Oona Tarrant", dt.date(2031, 5, 3), "Portmore Evening Post")),
    # A team byline names the paper, not an author.
    ("Ferry night live: every sailing as it docks\nThe Lindqvist Herald transport team | Friday 3 May 2031",
     ("Ferry night live: every sailing as it docks", None, dt.date(2031, 5, 3), "The Lindqvist Herald")),
    # "Interview by" is a byline.
    ("Ten questions for the harbour master\n\nInterview by Oona Tarrant | The Lindqvist Herald | 3 May 2031",
     ("Ten questions for the harbour master", "Oona Tarrant", dt.date(2031, 5, 3), "The Lindqvist Herald")),
    # The paper before the date in a part of its own.
    ("The quiet pier\n\nBy Oona Tarrant, marine engineer \u00b7 Portmore Harbour Review, 3 May 2031",
     ("The quiet pier", "Oona Tarrant", dt.date(2031, 5, 3), "Portmore Harbour Review")),
    # A blog that names itself, where and by whom.
    ("The Last Ferry\n\nPosted on the Saltmarsh blog, 3 May 2031, by Oona Tarrant",
     ("The Last Ferry", "Oona Tarrant", dt.date(2031, 5, 3), "Saltmarsh")),
    ("THE QUIET PIER\nNotes on the harbour in the 2040s\n\nFrom the Tide & Timber blog \u00b7 posted 3 May 2031 \u00b7 by Oona Tarrant",
     ("THE QUIET PIER", "Oona Tarrant", dt.date(2031, 5, 3), "Tide & Timber")),
])
def test_a_publication_is_named_without_its_desk_or_medium(header: str, expected: tuple[object, ...]) -> None:
    assert meta_fields(header + BODY) == expected


# ---------------------------------------------------------------- issue lines

@pytest.mark.parametrize(("header", "expected"), [
    # A paper and its month under the byline; a rank is not part of a name.
    ("THE NEXT FERRY WAR\nBy Captain (retired) Oona Tarrant\nThe Harbour Quarterly, May 2031",
     ("THE NEXT FERRY WAR", "Oona Tarrant", dt.date(2031, 5, 1), "The Harbour Quarterly")),
    # A club's newsletter and its issue: the club publishes it, in that year.
    ("SIX CALLS FOR THE SAILING SEASON\nLindqvist Yacht Club newsletter, summer issue 2031",
     ("SIX CALLS FOR THE SAILING SEASON", None, dt.date(2031, 1, 1), "Lindqvist Yacht Club")),
    # "from the X newsletter" names X.
    ("FERRY TIPS: WEEK 9\nWeekly tips from the Tide Table newsletter\nFriday 3 May 2031",
     ("FERRY TIPS: WEEK 9", None, dt.date(2031, 5, 3), "Tide Table")),
    # "from X, the quarterly of Y" names X; the season and the byline on the line under it.
    ("Fewer ferries, more bridges: the bay in 2040\n\nA long read from The Tidewater, the quarterly of the Lindqvist Harbour Forum\nSpring 2031 \u00b7 by Oona Tarrant",
     ("Fewer ferries, more bridges: the bay in 2040", "Oona Tarrant", dt.date(2031, 1, 1), "The Tidewater")),
])
def test_an_issue_line_names_the_publication_and_dates_the_text(header: str, expected: tuple[object, ...]) -> None:
    assert meta_fields(header + BODY) == expected


def test_a_season_spanning_two_years_gives_no_date() -> None:
    header = "SIX CALLS FOR THE SAILING SEASON\nLindqvist Yacht Club newsletter, winter 2031/32"
    assert meta_fields(header + BODY)[2] is None


@pytest.mark.parametrize(
    "subtitle",
    [
        "The Lindqvist Ratepayers' platform for the harbour board elections, 14 May 2031",
        "What the two campaigns promise before the ferry referendum on 2 March 2031",
        "Our picks for the cup final, 21 June 2031",
    ],
)
def test_the_day_of_the_vote_or_match_a_header_names_does_not_date_the_text(subtitle: str) -> None:
    assert meta_fields("A HARBOUR THAT WORKS\n" + subtitle + BODY)[2] is None


def test_a_header_date_after_other_words_still_dates_the_text() -> None:
    assert meta_fields("A HARBOUR THAT WORKS\nThe Lindqvist Ratepayers, 14 May 2031" + BODY)[2] == dt.date(2031, 5, 14)


def test_a_date_after_a_posted_by_name_is_not_part_of_it() -> None:
    header = "My ferry bracket, round by round\n\nPosted by Oona Tarrant, Thursday, April 15, 2031"
    assert meta_fields(header + BODY)[1:3] == ("Oona Tarrant", dt.date(2031, 4, 15))


def test_a_team_that_posts_is_the_author() -> None:
    header = "FERRY RACE PICKS FROM THE COMMENTARY BOX\nPosted by the Lindqvist Radio commentary team \u00b7 3 May 2031"
    assert meta_fields(header + BODY)[1:3] == ("Lindqvist Radio commentary team", dt.date(2031, 5, 3))


# ---------------------------------------------------------------- layout: lines that stand on their own

def test_a_byline_under_a_long_standfirst_is_not_joined_to_it() -> None:
    text = "FERRY TIPS: WEEK 9\nThe Tide Table | Ferry advice for people who live on the wrong side of the bay\nby Oona Tarrant" + BODY
    blocks = split_blocks(text)
    assert [b.text for b in blocks[:3]][2] == "by Oona Tarrant"
    assert meta_fields(text)[1] == "Oona Tarrant"


def test_a_line_of_parts_is_not_joined_to_the_line_above() -> None:
    text = "Fewer ferries\n\nA long read from The Tidewater, the quarterly of the Lindqvist Harbour Forum\nSpring 2031 \u00b7 by Oona Tarrant" + BODY
    assert "Spring 2031 \u00b7 by Oona Tarrant" in [b.text for b in split_blocks(text)]


def test_a_wrapped_sentence_with_a_middle_dot_still_joins() -> None:
    text = "Ferry notes\n\nThe harbour board will vote on the new timetable for the northern pier and the\nsouthern slip \u00b7 both of them \u00b7 before the ferry season opens in May.\n"
    assert any(b.kind is Kind.BODY and "the southern slip" in b.text for b in split_blocks(text))


# ---------------------------------------------------------------- a firm's name beside its note's

@pytest.mark.parametrize(("header", "expected"), [
    # The note's name, a plain hyphen, the firm and its unit; nothing else titles it.
    ("Ferry Freight Monthly - Tarrant & Ode Shipping Strategy\n3 May 2031\nBy Oona Tarrant",
     ("Ferry Freight Monthly", "Oona Tarrant", dt.date(2031, 5, 3), "Tarrant & Ode Shipping Strategy")),
    # The firm, then the note's name, in capitals; a section heading further down is not a headline.
    ("ODE HARBOUR TRADING - FREIGHT DESK WEEKLY\nWeek ending Friday 2 May 2031\n\nWhat happened\nRates fell.",
     ("FREIGHT DESK WEEKLY", None, dt.date(2031, 5, 2), "ODE HARBOUR TRADING")),
    # The firm and its unit over the headline: the guide keeps the unit in the outlet.
    ("TARRANT & ODE - FERRY DERIVATIVES STRATEGY\n\"May expiry: what the options say\"\nNote date: 3 May 2031 | Analyst: Piet Lindqvist",
     ("May expiry: what the options say", "Piet Lindqvist", dt.date(2031, 5, 3), "TARRANT & ODE - FERRY DERIVATIVES STRATEGY")),
    ("Lindqvist Asset Management \u2014 Investment Strategy\nFIVE FERRY CHARTS FOR 2032\nDecember 2031 \u00b7 Chief investment strategist: Oona Tarrant",
     ("FIVE FERRY CHARTS FOR 2032", None, dt.date(2031, 12, 1), "Lindqvist Asset Management \u2014 Investment Strategy")),
])
def test_a_firm_beside_its_notes_name(header: str, expected: tuple[object, ...]) -> None:
    assert meta_fields(header + BODY) == expected


@pytest.mark.parametrize(("line", "outlet"), [
    ("LINDQVIST UNIVERSITY HOSPITAL", "LINDQVIST UNIVERSITY HOSPITAL"),
    ("PORTMORE UNIFIED SCHOOL DISTRICT", "PORTMORE UNIFIED SCHOOL DISTRICT"),
    ("Lindqvist Aerobiology Network", "Lindqvist Aerobiology Network"),
])
def test_an_organisation_over_the_title(line: str, outlet: str) -> None:
    header = f"{line}\nFerry Demand Outlook: the Festive Fortnight\nPrepared by the Passenger Flow and Analytics Team, 25 November 2031"
    assert meta_fields(header + BODY) == ("Ferry Demand Outlook: the Festive Fortnight", "Passenger Flow and Analytics Team", dt.date(2031, 11, 25), outlet)


def test_the_released_part_dates_an_issue_line_not_its_validity_span() -> None:
    header = (
        "Lindqvist Aerobiology Network\nPOLLEN OUTLOOK \u2014 SPRING 2031\n"
        "Issue 1 of 3 | Released 1 March 2031 | Applies to 1 March - 31 May 2031\n"
        "Prepared by: Dr Oona Tarrant (network coordinator) with the Lindqvist Allergy Clinic"
    )
    assert meta_fields(header + BODY) == ("POLLEN OUTLOOK \u2014 SPRING 2031", "Oona Tarrant", dt.date(2031, 3, 1), "Lindqvist Aerobiology Network")


# ---------------------------------------------------------------- speakers and writers beside a title

@pytest.mark.parametrize(("header", "expected"), [
    # The office holder after the title's dash is the speaker, not part of the title.
    ("STATE OF THE HARBOUR \u2014 Mayor Oona Tarrant\nLindqvist Civic Hall, Thursday, February 6, 2031",
     ("STATE OF THE HARBOUR", "Oona Tarrant", dt.date(2031, 2, 6), None)),
    ("Annual address to ferry operators \u2014 Chair of the Lindqvist Bay Harbour Authority, Ms. Oona Tarrant",
     ("Annual address to ferry operators", "Oona Tarrant", None, None)),
    # The speaker a speech's title names after "by".
    ("Statement to the press by the Minister for Ferries, Oona Tarrant, on winter sailings",
     ("Statement to the press by the Minister for Ferries, Oona Tarrant, on winter sailings", "Oona Tarrant", None, None)),
    ("Pre-season talk by Oona Tarrant, captain of the Lindqvist Rowing Club, to the crews, 22 February 2031",
     (None, "Oona Tarrant", dt.date(2031, 2, 22), None)),
    ("Lindqvist Maritime College \u2014 graduation remarks by the guest speaker, harbour pilot and former student Oona Tarrant",
     (None, "Oona Tarrant", None, None)),
])
def test_a_speaker_beside_a_speechs_title(header: str, expected: tuple[object, ...]) -> None:
    got = meta_fields(header + BODY)
    assert got[1:] == expected[1:]
    if expected[0] is not None:
        assert got[0] == expected[0]


def test_a_dash_before_a_plain_phrase_stays_in_the_title() -> None:
    assert meta_fields("Ferries \u2014 Chair of the Harbour Authority says more are coming" + BODY)[:2] == (
        "Ferries \u2014 Chair of the Harbour Authority says more are coming", None)


@pytest.mark.parametrize(("header", "expected"), [
    # A standfirst that ends with its writer: a newsletter that names itself.
    ("The Ferry Tape\nA weekly letter on the harbour for the curious passenger, by Oona Tarrant\n27 November 2031\n\nDear readers,",
     ("The Ferry Tape", "Oona Tarrant", dt.date(2031, 11, 27), "The Ferry Tape")),
    ("THE HARBOUR ANNUAL LIST\nTen calls for the ferries in Lindqvist for 2032, with odds, from Oona Tarrant",
     ("THE HARBOUR ANNUAL LIST", "Oona Tarrant", None, None)),
])
def test_a_standfirst_ending_with_its_writer(header: str, expected: tuple[object, ...]) -> None:
    assert meta_fields(header + BODY) == expected


# ---------------------------------------------------------------- forum threads, memos, live blogs

def test_a_community_line_over_a_posts_title() -> None:
    text = (
        "r/LindqvistFerries \u00b7 Posted by u/pier_watcher \u00b7 11h\n"
        "The new pier opens Thursday. Where does the first-week ridership land?\n\n"
        "Currently 1,800 a day on the old slip. Post your number.\n\n"
        "\u25b2 42 \u00b7 u/tide_tables \u00b7 10h\n2,400. Everybody wants to try the new pier.\n"
    )
    meta = extract(text, detector=False).meta
    assert (meta.title, meta.outlet) == ("The new pier opens Thursday. Where does the first-week ridership land?", "r/LindqvistFerries")


def test_a_community_line_over_a_long_opening_post_gives_no_title() -> None:
    text = (
        "r/LindqvistFerries \u00b7 Posted by u/pier_watcher \u00b7 2d\n\n"
        "[SPOILERS] The new pier opens Thursday and the council has promised a brass band, a ribbon and a"
        " free crossing for the first hundred passengers. Who gets on first? Put your calls down so we can laugh on Friday.\n"
    )
    meta = extract(text, detector=False).meta
    assert (meta.title, meta.outlet) == (None, "r/LindqvistFerries")


@pytest.mark.parametrize(("header", "expected"), [
    # The site's name over a trail that ends with the thread's title.
    ("Harbourside Discussion Boards\nFerries \u203a Pier 4: when will the last old boat run?\n\nTopic started by Dock_Dave on 03/03/2031",
     ("Pier 4: when will the last old boat run?", "Harbourside")),
    # A forum's flag after the thread's title.
    ("Tidewatch Community \u203a Ferries \u203a Winter timetable speculation megathread (pinned)\n\nOP: pier_watcher \u00b7 19 Feb 2031",
     ("Winter timetable speculation megathread", "Tidewatch Community")),
])
def test_a_forums_name_and_its_threads_title(header: str, expected: tuple[str, str]) -> None:
    meta = extract(header + BODY, detector=False).meta
    assert (meta.title, meta.outlet) == expected


def test_a_post_header_ending_with_its_time_stands_on_its_own_line() -> None:
    text = (
        "Harbourside forum \u00bb Ferries\n\"Pier 4 works \u2014 when do they ACTUALLY finish?\"\n\n"
        "#1  Posted by Dock_Dave \u2014 Tuesday 8th September 2031, 08:41\n"
        "The council's sign says the end of October. It said July until last week.\n"
    )
    blocks = [b.text for b in split_blocks(text)]
    assert "#1 Posted by Dock_Dave \u2014 Tuesday 8th September 2031, 08:41" in blocks
    assert extract(text, detector=False).meta.published == dt.date(2031, 9, 8)


def test_a_posters_handle_in_a_post_header_is_not_an_outlet() -> None:
    text = (
        "HARBOUR TALK FORUMS \u203a Ferries \u203a Off-season\nThread: Your bold calls for the 2032 timetable\n\n---\n"
        "pier_watcher | 03 Dec 2031, 21:47\nHere are my calls.\n"
    )
    meta = extract(text, detector=False).meta
    assert (meta.title, meta.published, meta.outlet) == ("Your bold calls for the 2032 timetable", dt.date(2031, 12, 3), "HARBOUR TALK FORUMS")


def test_a_memo_is_titled_by_its_subject_and_written_by_its_sender() -> None:
    header = (
        "Internal memo \u2014 Timetable team, Lindqvist Ferry Company\nTo: all skippers\n"
        "From: Oona Tarrant, head of operations\nDate: 2 October 2031\nRe: where the winter timetable is heading\n\nColleagues,"
    )
    assert meta_fields(header + BODY) == ("where the winter timetable is heading", "Oona Tarrant", dt.date(2031, 10, 2), "Lindqvist Ferry Company")


def test_a_reply_line_outside_a_memo_keeps_its_re() -> None:
    text = "Re: Will the new pier open on time?\n\nHonestly I doubt it. The pilings have not settled and the council has said nothing since March.\n"
    assert extract(text, detector=False).meta.title == "Re: Will the new pier open on time?"


def test_a_live_blogs_title_and_its_team_line() -> None:
    header = "LIVE: Lindqvist harbour vote \u2014 results as they come in\nThe Lindqvist Herald politics team | Thursday 6 May 2031"
    assert meta_fields(header + BODY) == ("LIVE: Lindqvist harbour vote \u2014 results as they come in", None, dt.date(2031, 5, 6), "The Lindqvist Herald")


# ---------------------------------------------------------------- ministries, desks, secretaries, columns

@pytest.mark.parametrize(("header", "expected"), [
    # A paper without a word that names papers, known by its desk.
    ("BEST BETS: THE REGATTA\nBy Oona Tarrant, Portmore Evening Star betting desk\nFriday 3 May 2031",
     ("BEST BETS: THE REGATTA", "Oona Tarrant", dt.date(2031, 5, 3), "Portmore Evening Star")),
    # A ministry, its town and the date: the ministry publishes.
    ("Statement on winter sailings\nMinistry of Ferries, Lindqvist, 18 November 2031",
     ("Statement on winter sailings", None, dt.date(2031, 11, 18), "Ministry of Ferries")),
    # A column's name in capitals beside the date is neither the writer nor the paper.
    ("HARBOUR BELL | Thursday, 19 November 2031\nFerry shares slide; bonds rally",
     ("Ferry shares slide; bonds rally", None, dt.date(2031, 11, 19), None)),
])
def test_more_header_lines_of_parts(header: str, expected: tuple[object, ...]) -> None:
    got = meta_fields(header + BODY)
    assert got[1:] == expected[1:]


def test_a_meetings_secretary_is_not_the_author_of_its_minutes() -> None:
    header = (
        "LINDQVIST HARBOUR BOARD\nFerry Committee \u2014 Minutes of meeting 2031/9\nHeld: 2 December 2031, Board Room\n"
        "Members: A. Marsh (Chair), P. Ode, T. Reed\nSecretary: C. Pellow"
    )
    assert meta_fields(header + BODY)[1] is None


def test_a_phrase_that_dangles_before_a_date_is_not_an_outlet() -> None:
    header = "Lindqvist University\nFERRY AND HARBOUR COMMITTEE\nUnconfirmed minutes, meeting of 9 February 2031, Council Room"
    assert meta_fields(header + BODY)[3] != "Unconfirmed minutes, meeting of"


# ---------------------------------------------------------------- minutes dated by their meeting

def test_minutes_under_a_label_are_titled_and_dated_by_their_meeting() -> None:
    header = (
        "LINDQVIST MUTUAL FERRY SOCIETY\nBoard Risk Committee: extract from the minutes of the meeting held 27 October 2031\n"
        "Classification: Internal. Extract prepared for the Audit Committee.\n\n"
        "Present: A. Marsh (Chair), P. Ode, T. Reed\nIn attendance: Chief Risk Officer, Chief Actuary\n\n"
        "Item 5. Ferry reinsurance renewal 1 January 2032\n5.1 The Chief Actuary reported on the renewal."
    )
    assert meta_fields(header + BODY) == (
        "Board Risk Committee: extract from the minutes of the meeting held 27 October 2031", None, dt.date(2031, 10, 27),
        "LINDQVIST MUTUAL FERRY SOCIETY",
    )


def test_a_date_above_the_prose_wins_over_a_heading_further_down() -> None:
    header = (
        "Lindqvist University\nFERRY AND HARBOUR COMMITTEE\nUnconfirmed minutes, meeting of 9 February 2031, Council Room\n\n"
        "Members present: Mr Ada Marsh (lay member, Chair); Professor Piet Ode (Deputy Vice-Chancellor); Ms Tove Reed"
        " (lay member); Dr Nils Anand (elected academic member); Mr Ben Holm (Students' Union President)\n\n"
        "FHC/31/01 Ferry season to 11 May 2031\nThe CFO reported a surplus."
    )
    assert meta_fields(header + BODY)[2:] == (dt.date(2031, 2, 9), "Lindqvist University")


# ---------------------------------------------------------------- newsletters that describe themselves

@pytest.mark.parametrize(("header", "expected"), [
    ("Eight ferry calls I would not bet against (2032)\nTarrant's Tideline, a weekly newsletter on ferries \u00b7 Issue 212 \u00b7 6 January 2032\nby Oona Tarrant",
     ("Eight ferry calls I would not bet against (2032)", "Oona Tarrant", dt.date(2032, 1, 6), "Tarrant's Tideline")),
    ("Nine things that will not happen to the ferries in 2032\nThe Contrary Tide \u00b7 a harbour newsletter by Oona Tarrant \u00b7 2 January 2032",
     ("Nine things that will not happen to the ferries in 2032", "Oona Tarrant", dt.date(2032, 1, 2), "The Contrary Tide")),
    ("PIER BINGO, 2032 EDITION\nFrom \"The Back Bench\", the Lindqvist Harbour Watch newsletter \u00b7 January 2032",
     ("PIER BINGO, 2032 EDITION", None, dt.date(2032, 1, 1), "The Back Bench")),
    ("THE FERRY ALMANAC\nLindqvist Ferry Users' Association \u2014 newsletter, January 2032",
     ("THE FERRY ALMANAC", None, dt.date(2032, 1, 1), "Lindqvist Ferry Users' Association")),
    ("The Lindqvist crossing: early, small and promising\n\nCrossing preview, Harbour Notes column, The Lindqvist Valley Courier\nSaturday 15 August 2031\nBy Oona Tarrant",
     ("The Lindqvist crossing: early, small and promising", "Oona Tarrant", dt.date(2031, 8, 15), "The Lindqvist Valley Courier")),
    ("Pier 4: what to expect from the harbour's open day\n\nPosted 3 May 2031 by Oona Tarrant, senior reporter, The Harbour Review",
     ("Pier 4: what to expect from the harbour's open day", "Oona Tarrant", dt.date(2031, 5, 3), "The Harbour Review")),
    ("Lindqvist Ferries - Timetable Update, Winter 2031\nPosted 19 November 2031 by Oona Tarrant, VP Operations",
     # The guide (S19): a first line joining outlet and title gives the product's name alone as the title.
     ("Timetable Update, Winter 2031", "Oona Tarrant", dt.date(2031, 11, 19), "Lindqvist Ferries")),
])
def test_a_newsletter_or_paper_named_on_its_issue_line(header: str, expected: tuple[object, ...]) -> None:
    assert meta_fields(header + BODY) == expected


# ---------------------------------------------------------------- sections, notes' kinds and posts over a headline

@pytest.mark.parametrize(("header", "expected"), [
    # A section and the paper's issue over the headline; the writer named with her post and practice.
    ("Viewpoint | Harbour Pilot Quarterly Review, January 2032\n\nYour ferry will steer itself\n\n"
     "Dr. Oona Tarrant, harbour pilot and clinical lead for pilot fitness, Lindqvist Pilots' Partnership",
     ("Your ferry will steer itself", "Oona Tarrant", dt.date(2032, 1, 1), "Harbour Pilot Quarterly Review")),
    # The firm in capitals and the note's kind, over the headline; a name with a capitalised post.
    ("LINDQVIST BANK | Ferry Flash\nQ3 crossings: a soft landing, not a crash\n30 October 2031, 11:42\nOona Tarrant, Senior Economist",
     ("Q3 crossings: a soft landing, not a crash", "Oona Tarrant", dt.date(2031, 10, 30), "LINDQVIST BANK")),
    # A masthead with its page, and a season alone under it.
    ("LINDQVIST GROWERS' BULLETIN \u2014 Machinery page\nSpring 2032\n\nThe hoe is going. Here is what replaces it.\n\nby Oona Tarrant, machinery adviser",
     ("The hoe is going. Here is what replaces it", "Oona Tarrant", dt.date(2032, 1, 1), "LINDQVIST GROWERS' BULLETIN")),
    # A column from a newsletter named in quotes, with its guild and season.
    ("PRINTED PIERS WILL BE ORDINARY\nA column from \"Pile & Deck\", the newsletter of the Lindqvist Builders' Guild \u2014 Spring issue, 2032",
     ("PRINTED PIERS WILL BE ORDINARY", None, dt.date(2032, 1, 1), "Pile & Deck")),
])
def test_a_section_or_kind_over_the_headline(header: str, expected: tuple[object, ...]) -> None:
    assert meta_fields(header + BODY) == expected


# ---------------------------------------------------------------- real train and dev headers, read by path

REAL = {
    "written/agency_outlooks/fellbrook-aerobiology-network-pollen-season-outlook.txt": (
        "POLLEN SEASON OUTLOOK \u2014 SPRING 2027", "Yusra Kallenberger", dt.date(2027, 3, 1), "Fellbrook Aerobiology Network"),
    "written/economic_commentary/torvane-asset-management-five-charts-for-2027.txt": (
        "FIVE CHARTS FOR 2027", None, dt.date(2026, 12, 1), "Torvane Asset Management \u2014 Investment Strategy"),
    "written/tech_predictions/the-last-banknote-payments-essay.txt": (
        "The Last Banknote", "Tomasz Echeverr\u00eda-Holm", dt.date(2026, 3, 9), "Ledgerline"),
    "written/election_commentary/live-blog-halmstead-general-election-night.txt": (
        "LIVE: Halmstead general election night \u2014 results as they come in", None, dt.date(2027, 5, 6), "The Northern Courant"),
    "written/forum_predictions/r-smallcapvalue-where-will-holbrecht-close.txt": (
        "Holbrecht Precision (HLBP) reports Thursday after close. Where does it close on Friday?", None, None, "r/SmallCapValue"),
    "written/tech_predictions/language-courses-spoken-practice-edtech-memo.txt": (
        "where our courses are heading", "Rosalind Achebe-Whitcombe", dt.date(2026, 10, 2), "Lingohall Adult Education Centre"),
    "written/speeches/port-authority-chair-annual-address.txt": (
        "Annual address to shippers and tenants", "Yusra Rasmussen-Tembo", None, None),
    "written/forum_predictions/transport-board-class-412-withdrawal-dates.txt": (
        "Class 412 withdrawal: when will the last one run?", None, dt.date(2027, 3, 3), "RailScene"),
    "written/prediction_lists/things-that-will-not-happen-in-2027-tech-policy.txt": (
        "Nine things that will not happen in 2027", "Oksana Vettori", dt.date(2027, 1, 2), "The Contrarian Ledger"),
    "written/committee_minutes/harlstone-mutual-risk-committee-extract.txt": (
        "Board Risk Committee: extract from the minutes of the meeting held 27 October 2026", None, dt.date(2026, 10, 27),
        "HARLSTONE MUTUAL INSURANCE SOCIETY"),
}


@pytest.mark.skipif(not (shared_corpus() / "texts").is_dir(), reason=f"no shared corpus at {shared_corpus()}: the splits are read beside it")
@pytest.mark.parametrize("name", sorted(REAL))
def test_metadata_of_a_real_train_or_dev_header(name: str) -> None:
    assert splits()[name][1] in ("train", "dev")
    meta = extract(text_path(name).read_text(encoding="utf-8"), detector=False).meta
    assert (meta.title, meta.author, meta.published, meta.outlet) == REAL[name]


# ---------------------------------------------------------------- datelines, date stamps, desks, media words

def test_a_storys_dateline_dates_it_when_nothing_above_does() -> None:
    text = "Lindqvist swing bridge to stay shut through the winter\n\nBy Oona Tarrant\n\nLINDQVIST, 2031-11-27 \u2014 The swing bridge will not reopen before March, the contractor said.\n"
    assert meta_fields(text)[2] == dt.date(2031, 11, 27)


def test_a_date_inside_a_storys_sentence_is_still_not_its_date() -> None:
    text = "Lindqvist swing bridge to stay shut\n\nThe contractor said on 27 November 2031 that the bridge will not reopen before March.\n"
    assert meta_fields(text)[2] is None


def test_a_notes_name_stamped_with_its_date_and_the_desk_line_under_it() -> None:
    header = "FERRY MORNING CALL - 26 Nov 2031 - 07:05\nDesk: G10 crossings, Lindqvist Markets\n\nOVERNIGHT\nFares softer across the board."
    assert meta_fields(header + BODY) == ("FERRY MORNING CALL", None, dt.date(2031, 11, 26), "Lindqvist Markets")


@pytest.mark.parametrize(("masthead", "outlet"), [
    ("TIDE & TABLE NEWSLETTER", "TIDE & TABLE"),  # the medium, in a name set in capitals
    ("The Tide & Table Blog", "The Tide & Table Blog"),  # part of a name in title case
])
def test_a_medium_word_in_a_masthead(masthead: str, outlet: str) -> None:
    header = f"{masthead}\nDraw sheet with selections: Lindqvist Regatta, Day 3\nThursday 11 February 2032 \u00b7 Harbour Arena"
    assert meta_fields(header + BODY)[3] == outlet


@pytest.mark.parametrize("header", ["Copper Prices - Quarterly Report, spring 2031", "Housing Market - Weekly Note"])
def test_a_subject_before_a_document_kind_is_no_outlet(header: str) -> None:
    assert meta_fields(header + BODY)[3] is None
