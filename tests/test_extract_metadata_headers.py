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
from tracker.extract.layout import split_blocks
from tracker.training.data import shared_corpus, splits, text_path
from tests.metadata_fields import meta_fields

BODY = (
    "\n\nThe ferry to Lindqvist Bay ran late all week, and the harbour office said the new pier would"
    " open in the spring once the pilings had settled.\n"
)



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
    assert meta_fields(header + BODY) == expected


def test_a_byline_with_a_role_and_the_paper() -> None:
    text = "WHY THE FERRY WILL RUN ON TIME\nBy Oona Tarrant, harbour columnist, The Pier Ledger" + BODY
    assert meta_fields(text) == ("WHY THE FERRY WILL RUN ON TIME", "Oona Tarrant", None, "The Pier Ledger")


# ---------------------------------------------------------------- an organisation over the title

@pytest.mark.parametrize(("header", "expected"), [
    # The body in capitals over its minutes; the meeting's last day dates them.
    ("HARBOUR BANK OF LINDQVIST\nMinutes of the Mooring Policy Board\nMeeting held on 8 and 9 May 2031",
     ("Minutes of the Mooring Policy Board", None, dt.date(2031, 5, 9), "HARBOUR BANK OF LINDQVIST")),
    # A company over one of its committees, then a dated line.
    ("LINDQVIST BAY FERRY COMPANY\nTimetable and Fares Committee\nExcerpt from minutes, 14 May 2031",
     ("Timetable and Fares Committee", None, dt.date(2031, 5, 14), "LINDQVIST BAY FERRY COMPANY")),
    # A cooperative with its legal suffix, then "Board of Directors \u2014 Minutes".
    ("Lindqvist Ferry Cooperative, Inc.\nBoard of Directors \u2014 Minutes\nJune 3, 2031 \u2014 Pier office",
     ("Board of Directors \u2014 Minutes", None, dt.date(2031, 6, 3), "Lindqvist Ferry Cooperative, Inc")),
    # The organisation and its unit on one line, then the title.
    ("Lindqvist Building Society \u2014 Ferry Economics Unit\nFerry Fares Outlook, spring 2031\nIssued 2 March 2031",
     ("Ferry Fares Outlook, spring 2031", None, dt.date(2031, 3, 2), "Lindqvist Building Society \u2014 Ferry Economics Unit")),
    # A unit's own line and the kind of note stand between the organisation and the headline.
    ("Lindqvist Maritime Research\nPORT NOTE: LINDQVIST\nFewer sailings, dearer fares: what to expect in 2032\nDate: 4 May 2031 \u00b7 Analyst: Oona Tarrant",
     ("Fewer sailings, dearer fares: what to expect in 2032", "Oona Tarrant", dt.date(2031, 5, 4), "Lindqvist Maritime Research")),
    ("OFFICE OF THE HARBOUR \u2014 DEPARTMENT OF TIDES\nPier Safety Unit\n\nSPRING TIDE OUTLOOK\nIssue 2, 2031 \u00b7 Valid for April to June 2031 \u00b7 Issued 27 March 2031",
     ("SPRING TIDE OUTLOOK", None, dt.date(2031, 3, 27), "OFFICE OF THE HARBOUR \u2014 DEPARTMENT OF TIDES")),
    # A series and its issue over the issue's headline.
    ("LINDQVIST FREIGHT RESEARCH\nFerry Quarterly \u2014 Q2 2031\nPublished 7 April 2031\n\nBusy in 2031, quieter in 2032",
     ("Busy in 2031, quieter in 2032", None, dt.date(2031, 4, 7), "LINDQVIST FREIGHT RESEARCH")),
    # A firm's name, then its section.
    ("TARRANT LINDQVIST LLP \u2014 INSIGHTS\nWhat our shipping partners expect in 2032",
     ("What our shipping partners expect in 2032", None, None, "TARRANT LINDQVIST LLP")),
])
def test_an_organisation_on_its_own_line_above_the_title(header: str, expected: tuple[object, ...]) -> None:
    assert meta_fields(header + BODY) == expected


def test_a_note_named_before_its_desk_and_firm() -> None:
    text = "EARLY TIDE \u2014 Ferries & freight desk, Lindqvist Capital Markets\nFriday 6 June 2031, 07:05" + BODY
    assert meta_fields(text) == ("EARLY TIDE", None, dt.date(2031, 6, 6), "Lindqvist Capital Markets")


def test_an_outlook_title_with_a_colon_is_not_a_label_of_its_kind() -> None:
    text = "LINDQVIST TIDES OFFICE\nSEASONAL OUTLOOK: MARCH TO MAY 2031\nIssued 20 February 2031\n\nSummary" + BODY
    assert meta_fields(text) == ("SEASONAL OUTLOOK: MARCH TO MAY 2031", None, dt.date(2031, 2, 20), "LINDQVIST TIDES OFFICE")


# ---------------------------------------------------------------- forum threads and e-mails

POSTS = (
    "\n\n#1  pier_watcher  |  Mar 3 2031, 09:12 PM\nThe new pier opens in May, I'd bet on it."
    "\n\n#2  tide_ann  |  Mar 4 2031, 08:02 AM\nJune at the earliest."
)


@pytest.mark.parametrize(("header", "expected"), [
    # A breadcrumb trail, then the thread's title in quotes; the first post dates it.
    ('Lindqvist Forums > Harbour > Pier talk\n"When does the new pier open? Months only"',
     ("When does the new pier open? Months only", None, dt.date(2031, 3, 3), "Lindqvist Forums")),
    # A breadcrumb trail, then "Thread:".
    ("PierWatch Community \u203a Harbours \u203a Lindqvist\nThread: Opening day \u2014 May, June or later? Post your calls",
     ("Opening day \u2014 May, June or later? Post your calls", None, dt.date(2031, 3, 3), "PierWatch Community")),
    # The board's name, then a breadcrumb that ends with the thread.
    ('Lindqvist Heights Neighbourhood Board\nGeneral chat \u203a "First ferry" guessing game, spring 2031',
     ('"First ferry" guessing game, spring 2031', None, dt.date(2031, 3, 3), "Lindqvist Heights Neighbourhood Board")),
    # A supporters' board with its name in capitals, then "Topic:".
    ("THE QUAYSIDE \u2014 Lindqvist Rowing League supporters' board\nTopic: Who wins the spring regatta?",
     ("Who wins the spring regatta?", None, dt.date(2031, 3, 3), "THE QUAYSIDE")),
])
def test_a_forum_threads_header(header: str, expected: tuple[object, ...]) -> None:
    assert meta_fields(header + POSTS) == expected


def test_a_newsletter_sent_as_an_email() -> None:
    text = "PIER BETS \u2014 Friday edition\n\nFrom: Oona Tarrant <oona@pierbets.example>\nSubject: 2 plays tonight + the lock" + BODY
    assert meta_fields(text) == ("2 plays tonight + the lock", "Oona Tarrant", None, "PIER BETS")


# ---------------------------------------------------------------- speeches, lectures and essays

@pytest.mark.parametrize(("header", "expected"), [
    ("THE PIER OF 1990\nCommencement address delivered at Lindqvist Nautical College, June 1950, by Dr. Oona K. Tarrant, Director of the Harbour Laboratory",
     ("THE PIER OF 1990", "Oona K. Tarrant", dt.date(1950, 6, 1), None)),
    ("TIDES AND THE TOWN\nPaper read before the Lindqvist Society for Harbour Studies, 12 April 1962, by Dr. Piet Lindqvist",
     ("TIDES AND THE TOWN", "Piet Lindqvist", dt.date(1962, 4, 12), None)),
    ('OF FERRIES AND THE NEAR FUTURE\nFrom "The Lindqvist Quarterly Review," Autumn Number, 1904. By "Navigator."',
     ("OF FERRIES AND THE NEAR FUTURE", "Navigator", dt.date(1904, 1, 1), "The Lindqvist Quarterly Review")),
    ("THE HARBOUR OF TOMORROW\nA talk broadcast on the Evening Service of the Lindqvist Wireless Company, 3rd May 1936, by Mrs. Oona Tarrant",
     ("THE HARBOUR OF TOMORROW", "Oona Tarrant", dt.date(1936, 5, 3), "Evening Service of the Lindqvist Wireless Company")),
    ("THE PIER IN 1990\nFrom the Saturday Supplement of the Lindqvist Evening Lantern, 5 January 1929",
     ("THE PIER IN 1990", None, dt.date(1929, 1, 5), "Lindqvist Evening Lantern")),
    ("HARBOUR ESTIMATES 2031\n\nDelivered in the Harbour Assembly by the Minister of Tides, the Hon. Oona Tarrant\nThursday, 6th March 2031",
     ("HARBOUR ESTIMATES 2031", "Oona Tarrant", dt.date(2031, 3, 6), None)),
])
def test_the_line_under_the_title_says_who_gave_it_when_and_where(header: str, expected: tuple[object, ...]) -> None:
    assert meta_fields(header + BODY) == expected


@pytest.mark.parametrize(("header", "author"), [
    ("Lindqvist Federation \u2014 Victory address by Prime Minister-elect Oona Tarrant", "Oona Tarrant"),
    ("Mayor Piet Lindqvist \u2014 remarks at a briefing on the harbour flooding", "Piet Lindqvist"),
    ("TRANSCRIPT: State of the Harbour Address\nGovernor Oona Tarrant\nDelivered to the Harbour Assembly, Lindqvist Bay", "Oona Tarrant"),
])
def test_a_speech_names_its_speaker_with_the_office(header: str, author: str) -> None:
    assert extract(header + BODY, detector=False).meta.author == author


def test_a_transcripts_label_is_not_part_of_the_title() -> None:
    assert extract("TRANSCRIPT: State of the Harbour Address\nGovernor Oona Tarrant" + BODY, detector=False).meta.title == "State of the Harbour Address"


def test_a_title_that_names_no_speaker_gives_no_author() -> None:
    assert extract("The harbour address by the ferry pier\n\nA talk about tides" + BODY, detector=False).meta.author is None


# ---------------------------------------------------------------- offices under a product's name

@pytest.mark.parametrize(("header", "outlet"), [
    ("FERRY WEATHER DISCUSSION\nLindqvist Bay Meteorological Service - Harbour Centre\nIssued 0900 local time, Monday 3 March", "Lindqvist Bay Meteorological Service - Harbour Centre"),
    ("Ferry Discussion -- Lindqvist Bay Weather Office\nIssued 9:40 PM Sunday, Jan 5", "Lindqvist Bay Weather Office"),
])
def test_the_office_that_issues_a_discussion(header: str, outlet: str) -> None:
    assert extract(header + BODY, detector=False).meta.outlet == outlet


# ---------------------------------------------------------------- press releases

@pytest.mark.parametrize(("text", "outlet"), [
    (('PIER UPDATE: LINDQVIST FERRIES PLC LOWERS ITS FORECAST\n\nLindqvist Ferries plc ("Lindqvist" or "the Group") announces that'
      " bookings for the summer are weaker than expected, and the Board now expects revenue of about \u00a340 million.\n"), "Lindqvist Ferries plc"),
    (("Tarrant Marine Provides Fleet Update and 2032 Outlook\n\nPORT ODE, Feb. 3 -- Tarrant Marine (TMAR), a builder of small ferries"
      " for island routes, today outlined its plans for the year ahead.\n"), "Tarrant Marine"),
])
def test_a_press_release_is_published_by_the_company_it_opens_with(text: str, outlet: str) -> None:
    assert extract(text, detector=False).meta.outlet == outlet


@pytest.mark.parametrize("text", [
    # A news story reports what a company said, in the past tense.
    "Ferry shares fall after warning\n\nLindqvist Ferries plc said on Monday that bookings were weaker than expected, and its shares fell 9%.\n",
    # A company that the title does not name is not the publisher.
    "Harbour news in brief\n\nTarrant Marine (TMAR), a builder of small ferries, today outlined its plans for the year ahead.\n",
])
def test_a_company_in_a_news_story_is_not_its_publisher(text: str) -> None:
    assert extract(text, detector=False).meta.outlet is None


# ---------------------------------------------------------------- a headline that ends like a sentence

PROSE = (
    "\n\nThe producer asked me to write up the best of the calls about the ferry for the station website,"
    " and these are paraphrased from my notes.\n\nMost callers thought the ferry would run late again.\n"
)


@pytest.mark.parametrize(("first", "title"), [
    ('Notes from Friday\'s phone-in: "Will the new ferry ever run on time?"', 'Notes from Friday\'s phone-in: "Will the new ferry ever run on time?"'),
    ("Lindqvist Regatta \u2014 who wins the long course?", "Lindqvist Regatta \u2014 who wins the long course?"),
    ("Re: Will the pier open before the summer?", "Re: Will the pier open before the summer?"),
    # Prose: a greeting, two sentences, a short line, a sentence in lower case.
    ("Good evening, and thank you for coming.", None),
    ("The ferry ran late. Nobody was surprised?", None),
    ("Why?", None),
    ("the pier will open in May, the harbour office says.", None),
])
def test_a_first_line_on_its_own_above_the_prose(first: str, title: str | None) -> None:
    assert extract(first + PROSE, detector=False).meta.title == title


def test_one_question_alone_in_a_file_is_the_body() -> None:
    assert extract("Will the new ferry ever run on time?\n", detector=False).meta.title is None


def test_a_companys_letter_is_titled_by_its_first_line_and_published_by_the_company() -> None:
    text = "Letter to Members from the Managing Director, Lindqvist Ferry Co.\n\nDear fellow members,\n" + PROSE
    assert meta_fields(text) == ("Letter to Members from the Managing Director, Lindqvist Ferry Co.", None, None, "Lindqvist Ferry Co.")


# ---------------------------------------------------------------- publications that name themselves

@pytest.mark.parametrize(("header", "expected"), [
    ("PIER NIGHT 12 \u2014 FULL CARD PICKS\nPierside Notes, by \"The Skipper\" (Oona Tarrant)",
     ("PIER NIGHT 12 \u2014 FULL CARD PICKS", "Oona Tarrant", None, "Pierside Notes")),
    ("The Ferry of 2050\nA newsletter about boats, with too many charts\n\nIssue 12",
     ("The Ferry of 2050", None, None, "The Ferry of 2050")),
    ('[Transcript excerpt, "The Crossing" podcast, episode 40]',
     ('Transcript excerpt, "The Crossing" podcast, episode 40', None, None, "The Crossing")),
    ("Lindqvist Rowing Society newsletter \u2014 members' calls for the coming season",
     ("Lindqvist Rowing Society newsletter \u2014 members' calls for the coming season", None, None, "Lindqvist Rowing Society")),
])
def test_a_publication_that_names_itself(header: str, expected: tuple[object, ...]) -> None:
    assert meta_fields(header + BODY) == expected


def test_a_byline_run_into_its_dated_line_is_not_an_outlet() -> None:
    text = "Ferry preview: Lindqvist vs. Tarrant\n\nBy Oona Tarrant, analytics desk\nPublished September 30, 2031" + BODY
    assert meta_fields(text) == ("Ferry preview: Lindqvist vs. Tarrant", "Oona Tarrant", dt.date(2031, 9, 30), None)


def test_the_first_post_of_a_numbered_thread_is_not_a_title() -> None:
    text = "Hot take: nobody will take the ferry in 2040. Let me explain. (1/5)\n\n(2/5) The bridge opens in 2035.\n\n(3/5) Tolls will be low.\n"
    assert extract(text, detector=False).meta.title is None


@pytest.mark.parametrize(("line", "outlet"), [
    ("Published by The Lindqvist Ferry Exchange", "The Lindqvist Ferry Exchange"),
    ("Published by Lindqvist Harbour Authority", "Lindqvist Harbour Authority"),
    ("Published by Oona Tarrant", None),
])
def test_a_publisher_named_under_the_title(line: str, outlet: str | None) -> None:
    text = "THE FERRY AND PUBLIC OPINION\n\n" + line + BODY
    assert extract(text, detector=False).meta.outlet == outlet


# ---------------------------------------------------------------- real train and dev headers, read by path

REAL = {
    # An agency's name and unit over the outlook's title, a signature at the foot.
    "written/agency_outlooks/palmera-isles-dengue-risk-outlook-issue-3.txt": (
        "DENGUE RISK OUTLOOK", "Emeline Kastor-Faure", dt.date(2026, 3, 27), "TERRITORY OF THE PALMERA ISLES \u2014 DEPARTMENT OF HEALTH",
    ),
    # A research house, the kind of note, the headline, a dotted line with the economist.
    "written/economic_commentary/osterlan-country-note-election-inflation.txt": (
        "Election year, sticky inflation: what to expect in 2027", "Farida Quenneville", dt.date(2027, 1, 14), "Tidemark Emerging Markets Research",
    ),
    # A forum's breadcrumbs, the thread's title in quotes, the first post's date.
    "written/forum_predictions/console-launch-date-speculation-thread.txt": (
        "When does the Vantage 6 actually launch? Dates only, no 'soon'", None, dt.date(2025, 7, 21), "PixelPit Forums",
    ),
    # A lecture's line under its title: where, when and by whom.
    "written/futurism_essays/lyceum-lecture-city-of-the-year-2000.txt": (
        "THE CITY OF THE YEAR 2000", "Ambrose T. Quillfeather", dt.date(1893, 1, 1), None,
    ),
    # A press release by the company it opens with.
    "written/company_guidance/pemberly-steel-profit-warning.txt": (
        "TRADING UPDATE: PEMBERLY STEEL PLC LOWERS FULL-YEAR EXPECTATIONS", None, None, "Pemberly Steel plc",
    ),
    # Minutes under the bank's name, dated by the meeting's last day.
    "written/committee_minutes/bank-of-valmora-policy-board-minutes-nov-2026.txt": (
        "Minutes of the Monetary Policy Board", None, dt.date(2026, 11, 4), "BANK OF VALMORA",
    ),
}


@pytest.mark.skipif(not (shared_corpus() / "texts").is_dir(), reason=f"no shared corpus at {shared_corpus()}: real headers are read from it")
@pytest.mark.parametrize("name", sorted(REAL))
def test_metadata_of_a_real_train_or_dev_header(name: str) -> None:
    assert splits()[name][1] in ("train", "dev")
    meta = extract(text_path(name).read_text(encoding="utf-8"), detector=False).meta
    assert (meta.title, meta.author, meta.published, meta.outlet) == REAL[name]


@pytest.mark.parametrize(("header", "expected"), [
    # A title long enough to look wrapped, over its date in a paragraph of its own.
    ("CITY OF LINDQVIST BAY\nOffice of the Harbour Master\n\nStatement on the pier repair programme\nMarch 3, 2031",
     ("Statement on the pier repair programme", None, dt.date(2031, 3, 3), "CITY OF LINDQVIST BAY")),
    # The note's name and its firm between bars.
    ("Weekly Ferry Wrap | Tarrant & Ode Securities\nBy Oona Tarrant\n3 May 2031",
     ("Weekly Ferry Wrap", "Oona Tarrant", dt.date(2031, 5, 3), "Tarrant & Ode Securities")),
    # Remarks by an office holder at a place.
    ("Remarks by Governor Oona Tarrant at the Lindqvist Chamber of Commerce\nMay 3, 2031",
     ("Remarks by Governor Oona Tarrant at the Lindqvist Chamber of Commerce", "Oona Tarrant", dt.date(2031, 5, 3), None)),
    ("Remarks by the Harbour Master at the Lindqvist Pier Summit\nMay 3, 2031",
     ("Remarks by the Harbour Master at the Lindqvist Pier Summit", None, dt.date(2031, 5, 3), None)),
])
def test_more_headers_of_the_same_classes(header: str, expected: tuple[object, ...]) -> None:
    assert meta_fields(header + BODY) == expected


def test_a_date_ending_a_wrapped_sentence_still_joins_it() -> None:
    text = "Ferry notes\n\nThe harbour board will vote on the new timetable for the northern pier on\nMarch 3, 2031, and the ferry is expected to run late until then.\n"
    blocks = [b.text for b in split_blocks(text)]
    assert any(b.endswith("run late until then.") and "northern pier on March 3, 2031" in b for b in blocks)


@pytest.mark.parametrize("footer", ["Lindqvist Harbour", "New Portmore City", "THE END"])
def test_a_place_or_an_ending_on_the_last_line_is_not_a_signature(footer: str) -> None:
    text = "The pier in spring\n\nThe pier will open in April, a month late." + BODY + "\n" + footer + "\n"
    assert extract(text, detector=False).meta.author is None
