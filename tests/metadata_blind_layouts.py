"""Blind header layouts (issue 13): an independent set to REPORT metadata on, never to tune.

Written on 1 December 2026 by a writer who had read only tests/corpus/GUIDE.md (section "The
text's metadata (`meta`)" and the "Metadata:" decisions of the adjudications) and the first 40
lines of tests/metadata_layouts.py (the format): not the extractor, its output, or the other
layouts. All names, outlets and places are invented; nothing is copied from the corpus.
`benchmarks/metadata_unseen.py` prints counts only for this set (never the fields it misreads),
and no test checks it: a rule or threshold chosen by looking at it would make it one more
written set. Scored first at 272cd27 (rules only): 143 of 200 fields, 0.715.

Each text is a header + "\n\n" + a body (the shared BODY or a body of its own whose dates are
not the publication date). Numeric dates are used only where the day is above 12, so the
day/month order is not in doubt.
"""

from __future__ import annotations

from metadata_layouts import BODY, D, Layout  # the project's tests/ folder is on sys.path

# ------------------------------------------------------------------ bodies of our own
B_GRID = (
    "The Corvale grid operator expects to file plans for a second interconnector by June 2027.\n\n"
    "The first link opened in 2011 and has run near capacity since 2022. Officials said the new"
    " cable would probably cut winter prices by a tenth once it enters service, which they put at"
    " around 2031.\n"
)
B_RATES = (
    "The central bank meets on 12 March 2027 and again on 7 May. I made the same call too early"
    " in 2023, but this time the data are on my side.\n\n"
    "I expect a quarter-point cut by June and another before the year is out.\n"
)
B_BANK = (
    "The Board decided to hold the policy rate at 3.25 per cent. Inflation averaged 4.1 per cent"
    " in 2026 and is projected to return to the 2 per cent target in the second half of 2028.\n\n"
    "The next policy decision will be announced on 18 March 2027.\n"
)
B_PARISH = (
    "The clerk reported that the precept for 2027/28 had been set at £48,200. Members expect the"
    " footpath repairs to be finished before the summer fete on 3 July 2027.\n\n"
    "Mill Lane was last resurfaced in 2018; the county surveyor thinks it will need work again"
    " within three years.\n"
)
B_SPEECH = (
    "Thank you for having me back in Halverston. When I last spoke here, in 2024, inflation was"
    " still above 6 per cent.\n\n"
    "Today I can say with some confidence that it will be back near our target by the end of"
    " 2028, and that the Board's next decision, on 18 March, will be taken with that in view.\n"
)
B_TRANSCRIPT = (
    "MARCUS DELL: When will the dredgers actually start?\n\n"
    "ILSE VARGA: If the board approves it on 14 April, the contractor can mobilise by late May."
    " I'd expect the channel to be open to deep-draught ships again by September 2027.\n\n"
    "MARCUS DELL: And how long will it last this time? It was done in 2019.\n\n"
    "ILSE VARGA: Honestly, two or three years.\n"
)
B_SPORT = (
    "Rovers have won four of their last five at home, and the reverse fixture in October 2026"
    " ended 2-2.\n\n"
    "Fennick will be without their captain until at least 20 March. I expect Rovers to win this"
    " one 2-1.\n"
)
B_WEATHER = (
    ".SYNOPSIS...\n"
    "High pressure builds over the region through Thursday. A cold front reaches the coast late"
    " Friday, bringing rain and gusts to 45 mph.\n\n"
    ".NEAR TERM /THROUGH WEDNESDAY NIGHT/...\n"
    "Dry and cold, with lows near 28 inland. Frost is likely away from the coast. The last frost"
    " this late in the season was recorded in 2013.\n"
)
B_1911 = (
    "It is the common opinion of the millers of this county that wheat will stand higher next"
    " season than at any time since 1894. The harvest was gathered late, and the granaries hold"
    " less than they did at Michaelmas.\n\n"
    "I am persuaded that the quartern loaf will be dearer by Christmas, whatever the Corn"
    " Exchange may say.\n"
)
B_1887 = (
    "The canals of the Midland counties carried more coal in 1850 than the railways did; they"
    " carry scarcely a third of it now.\n\n"
    "It may safely be predicted that, within twenty years, the greater part of them will be"
    " drained or sold to the railway companies, and that the boatmen's trade will pass away with"
    " them.\n"
)
B_PLAIN = (
    "WELL, HERE WE GO AGAIN. The ferry operator says the new timetable will start on 6 April"
    " 2027, and I expect the first week to be chaos.\n\n"
    "The last timetable change, in 2022, took a month to settle.\n"
)
B_POLL = (
    "Lena Strand leads with 41 per cent, against 33 per cent for Ambrose Kettle and 14 per cent"
    " for the Greens' candidate.\n\n"
    "The election is on 6 May 2027. At the last contest, in 2023, the leader at this stage went"
    " on to win by nine points.\n"
)


def _t(header: str, body: str = BODY) -> str:
    return header + "\n\n" + body


BLIND: tuple[Layout, ...] = (
    # ================================================================ newspaper articles
    # All-caps masthead, nav bar, section, standfirst, dateline. The job title after the
    # comma in the byline is not part of the name; the section ("Local News") is dropped.
    Layout(
        "news_caps_masthead_dateline",
        _t(
            "THE HALVERSTON COURIER\n"
            "Home | News | Business | Sport | Opinion | Puzzles\n"
            "Local News\n"
            "Harbour board set to approve north channel dredging\n"
            "Members say the motion has broad support but the engineer warns the sand will return\n"
            "By Maren Tollisk, Local Affairs Reporter\n"
            "Published: 3 March 2027\n"
            "Share   Tweet   Email\n"
            "Advertisement\n"
            "HALVERSTON —"
        ),
        "Harbour board set to approve north channel dredging",
        "Maren Tollisk",
        D(2027, 3, 3),
        "The Halverston Courier",
    ),
    Layout(
        "news_two_authors_abbrev_month",
        _t(
            "Eastmere Daily Ledger · Business\n"
            "Port dredging vote: what's at stake\n"
            "Mar. 3, 2027, 6:45 a.m.\n"
            "By Juno Abernathy and Tavish Orr\n"
            "Photo: Channel markers off the north quay. (Courtesy of Eastmere Port Authority)\n"
            "5 min read"
        ),
        "Port dredging vote: what's at stake",
        "Juno Abernathy, Tavish Orr",
        D(2027, 3, 3),
        "Eastmere Daily Ledger",
    ),
    # GUIDE open: a page with both "Published" and "Updated". `published` is the date the text
    # gives as its publication; the update is a later revision, so we take the first date.
    Layout(
        "news_published_and_updated",
        _t(
            "THE NORTHGATE SENTINEL  —  Regional\n"
            "Dredging plan wins early backing\n"
            "Channel will silt up again, engineer cautions\n"
            "Pell Ostrander | Staff writer\n"
            "Published 2 March 2027 · Updated 4 March 2027, 09:12\n"
            "Subscribe for £1 a week"
        ),
        "Dredging plan wins early backing",
        "Pell Ostrander",
        D(2027, 3, 2),
        "The Northgate Sentinel",
    ),
    # Magazine with an issue line in ISO form; "Dr." is an honorific and is dropped.
    Layout(
        "news_magazine_iso_issue",
        _t(
            "The Corvale Weekly Review\n"
            "ISSUE 412 | 2027-01-15\n"
            "ENERGY\n"
            "Grid operator eyes second interconnector\n"
            "Written by Dr. Selin Afolabi-Marsh\n"
            "Photograph: Corvale Grid plc",
            B_GRID,
        ),
        "Grid operator eyes second interconnector",
        "Selin Afolabi-Marsh",
        D(2027, 1, 15),
        "The Corvale Weekly Review",
    ),
    # ================================================================ opinion columns
    # The column's name ("Tidewatch") is neither the title nor the outlet (GUIDE, 14th/15th).
    Layout(
        "opinion_column_name_above_headline",
        _t(
            "OPINION\n"
            "The Brackwater Herald\n"
            "COLUMN: Tidewatch\n"
            "Dredge it now and stop pretending the sand won't win\n"
            "Ottilie Ferrand\n"
            "Ottilie Ferrand writes about the coast every other Thursday.\n"
            "Thursday 11 February 2027\n"
            "Comments (14)"
        ),
        "Dredge it now and stop pretending the sand won't win",
        "Ottilie Ferrand",
        D(2027, 2, 11),
        "The Brackwater Herald",
    ),
    # Degree after the name ("PhD") is dropped; the bio line is not part of the byline.
    Layout(
        "opinion_guest_essay_pipe",
        _t(
            "Guest Essay | Meridian Post\n"
            "Why the channel vote is the wrong fight\n"
            "By Cass Rendlesham, PhD\n"
            "Ms Rendlesham chairs the Lower Quay Residents' Association.\n"
            "Feb. 19, 2027"
        ),
        "Why the channel vote is the wrong fight",
        "Cass Rendlesham",
        D(2027, 2, 19),
        "Meridian Post",
    ),
    # dd.mm.yyyy with day 19: unambiguous. The body's meeting dates are not the text's date.
    Layout(
        "opinion_viewpoint_dotted_date",
        _t(
            "VIEWPOINT\n"
            "Rates will fall before the summer is out\n"
            "Hendrik Voss-Ambler\n"
            "The Kessring Observer · 19.01.2027 · 6 min",
            B_RATES,
        ),
        "Rates will fall before the summer is out",
        "Hendrik Voss-Ambler",
        D(2027, 1, 19),
        "The Kessring Observer",
    ),
    # ================================================================ blog posts
    # A blog's name is its publication; the tagline after the dash is dropped (GUIDE: a
    # tagline is not part of a title, and medium words such as "blog" are dropped from outlets).
    Layout(
        "blog_posted_by_tags_comments",
        _t(
            "Saltmarsh Notes — a blog about our coast\n"
            "Home   About   Archive   Contact\n"
            "What the dredging vote means for the mudflats\n"
            "Posted by Wren Halloway on March 5, 2027\n"
            "Tags: harbour, dredging, wildlife\n"
            "7 comments"
        ),
        "What the dredging vote means for the mudflats",
        "Wren Halloway",
        D(2027, 3, 5),
        "Saltmarsh Notes",
    ),
    # GUIDE open: the only date is "Last modified"; it is the one date the page states for
    # itself, so a careful reader takes it. The handle is the author without "@" (27th).
    Layout(
        "blog_handle_last_modified",
        _t(
            "Pixel Farmer · notes from a small allotment\n"
            "« Older posts\n"
            "On betting against the sand\n"
            "by @quaygull\n"
            "Last modified: 2027-02-27\n"
            "Filed under: Local, Rants | 3 responses"
        ),
        "On betting against the sand",
        "quaygull",
        D(2027, 2, 27),
        "Pixel Farmer",
    ),
    # Company blog: "Blog" is the medium word, the outlet is the company. 14/03/2027 has day
    # 14, so it is unambiguous. The role after the comma is not part of the name.
    Layout(
        "blog_company_slash_date",
        _t(
            "Tallowbrook Seeds Blog\n"
            "Shop | Growing guides | Blog | Basket (0)\n"
            "Spring trial beds are in\n"
            "Posted 14/03/2027 by Fenna Okoro, Head Grower\n"
            "Share on: Facebook · Pinterest · Email"
        ),
        "Spring trial beds are in",
        "Fenna Okoro",
        D(2027, 3, 14),
        "Tallowbrook Seeds",
    ),
    # ================================================================ newsletters
    Layout(
        "newsletter_substack_style",
        _t(
            "The Quayside Letter\n"
            "The sand always wins\n"
            "Why I am voting yes on dredging anyway\n"
            "Ravi Penhallow\n"
            "Mar 7, 2027\n"
            "∙ Paid\n"
            "Share\n"
            "Subscribe"
        ),
        "The sand always wins",
        "Ravi Penhallow",
        D(2027, 3, 7),
        "The Quayside Letter",
    ),
    # GUIDE open: an issue dated by a week inside one month. An issue spanning two years gives
    # null (13th adjudication); a week inside February is stated only to the month's
    # precision as a single date, so we give "2027-02". The team that writes it is the author
    # (a team or desk that signs the piece is the author); all-caps and the tagline are dropped
    # from the outlet.
    Layout(
        "newsletter_week_range_team",
        _t(
            "GRAINLINE WEEKLY — the farm markets newsletter\n"
            "Issue 212 · Week of 8–14 February 2027\n"
            "View in browser | Unsubscribe\n"
            "This week: wheat holds, barley slips\n"
            "Written by the Grainline markets team"
        ),
        "This week: wheat holds, barley slips",
        "Grainline markets team",
        "2027-02",
        "Grainline Weekly",
    ),
    # A "Winter 2026/27" issue spans two years: published null (13th adjudication).
    Layout(
        "newsletter_club_split_season",
        _t(
            "LOWFIELD CYCLING CLUB\n"
            "Newsletter · Winter 2026/27\n"
            "Chair's letter: a busy spring ahead\n"
            "by Annika Moerdijk, Club Chair",
            "The club's annual dinner is on 20 March 2027 at the Bellhouse.\n\n"
            "Membership peaked at 214 in 2019; I expect we will pass that figure by the end of the"
            " season. The new junior coach starts in April.\n",
        ),
        "Chair's letter: a busy spring ahead",
        "Annika Moerdijk",
        None,
        "Lowfield Cycling Club",
    ),
    # ================================================================ press releases
    # GUIDE open: a press release has no byline; the media contact is not its author.
    Layout(
        "press_company_immediate_release",
        _t(
            "FOR IMMEDIATE RELEASE\n"
            "Marlow & Penn Dredging Ltd\n"
            "Marlow & Penn wins north channel survey contract\n"
            "Media contact: Sofie Lindqvar, press@marlowpenn.example, +44 1632 960 418\n"
            "HALVERSTON, England, 1 March 2027 —"
        ),
        "Marlow & Penn wins north channel survey contract",
        None,
        D(2027, 3, 1),
        "Marlow & Penn Dredging Ltd",
    ),
    # Embargo line gives `published` (27th adjudication); the year in the title is the data
    # year, not the date; a contact is not a byline.
    Layout(
        "press_agency_embargo",
        _t(
            "EMBARGOED — Not for publication before 00:01 Tuesday 9 February 2027\n"
            "Office for Coastal Statistics\n"
            "News release\n"
            "Coastal erosion estimates for England and Wales: 2026\n"
            "Contact: Harriet Quell, statistics@ocs.example",
            "Erosion along the surveyed coast averaged 0.8 metres in 2026, up from 0.6 metres in"
            " 2021.\n\n"
            "The Office projects that losses will exceed one metre a year by 2035 unless defences"
            " are renewed. The next edition is due in February 2028.\n",
        ),
        "Coastal erosion estimates for England and Wales: 2026",
        None,
        D(2027, 2, 9),
        "Office for Coastal Statistics",
    ),
    Layout(
        "press_trust_breadcrumb",
        _t(
            "Newsroom › Press releases\n"
            "Harbourside Trust welcomes dredging proposal\n"
            "Press release | 26 February 2027\n"
            "Harbourside Trust\n"
            "Share this page"
        ),
        "Harbourside Trust welcomes dredging proposal",
        None,
        D(2027, 2, 26),
        "Harbourside Trust",
    ),
    # "Outlet: title" first line (24th adjudication): the outlet is the first part, the title
    # the rest.
    Layout(
        "press_outlet_colon_title",
        _t(
            "Vellacott Ferries: Winter timetable confirmed\n"
            "Released Jan. 12, 2027\n"
            "Download PDF (240 KB)"
        ),
        "Winter timetable confirmed",
        None,
        D(2027, 1, 12),
        "Vellacott Ferries",
    ),
    # ================================================================ central bank / government
    # The subtitle "Decision of the Monetary Policy Board" is not a signing line: author null.
    Layout(
        "cb_policy_statement",
        _t(
            "BANK OF VESTMARK\n"
            "Monetary Policy Statement\n"
            "Press release — 4 February 2027\n"
            "Decision of the Monetary Policy Board",
            B_BANK,
        ),
        "Monetary Policy Statement",
        None,
        D(2027, 2, 4),
        "Bank of Vestmark",
    ),
    # GUIDE open: a ministerial statement "from Minister X" names X as its author; "MP" is a
    # post-nominal like a degree and is dropped; the ministry is the publisher.
    Layout(
        "gov_ministerial_statement",
        _t(
            "Ministry of Inland Waterways\n"
            "Statement from Minister Teodor Halvik on north channel dredging\n"
            "Published 6 March 2027\n"
            "From: Ministry of Inland Waterways, Teodor Halvik MP\n"
            "Print this page"
        ),
        "Statement from Minister Teodor Halvik on north channel dredging",
        "Teodor Halvik",
        D(2027, 3, 6),
        "Ministry of Inland Waterways",
    ),
    # "Issued by" unit line is a byline (14th adjudication): the committee is the author.
    Layout(
        "cb_issued_by_committee",
        _t(
            "Reserve Authority of the Caldera Isles\n"
            "Financial Stability Statement\n"
            "Issued by: Financial Stability Committee\n"
            "Date of issue: 24 February 2027"
        ),
        "Financial Stability Statement",
        "Financial Stability Committee",
        D(2027, 2, 24),
        "Reserve Authority of the Caldera Isles",
    ),
    # ================================================================ research notes
    # Series name above the headline ("RATES WEEKLY") is not the title; "Analysts:" is a
    # byline (12th); the outlet keeps the unit it prints (7th).
    Layout(
        "research_rates_weekly_analysts",
        _t(
            "Ardwick Lyle Securities — Fixed Income Strategy\n"
            "RATES WEEKLY\n"
            "Curve to steepen as cuts near\n"
            "12 March 2027\n"
            "Analysts: Priya Vantongeren, Marcus Oyelaran-Finch\n"
            "Important disclosures appear at the end of this report. For professional investors"
            " only."
        ),
        "Curve to steepen as cuts near",
        "Priya Vantongeren, Marcus Oyelaran-Finch",
        D(2027, 3, 12),
        "Ardwick Lyle Securities — Fixed Income Strategy",
    ),
    # GUIDE open: an unlabelled analyst list with phone numbers is the note's byline; "CFA"
    # is dropped like a degree.
    Layout(
        "research_broker_company_update",
        _t(
            "Keswin Brothers & Co.\n"
            "Company update | 2 Feb 2027\n"
            "Harrowgate Shipping (HGS LN): Rates rolling over; cut to Hold\n"
            "Elena Marchetti-Kaur, CFA  +44 20 7946 0123\n"
            "Tomas Brenninkamp  +44 20 7946 0188\n"
            "See page 6 for analyst certification and important disclosures."
        ),
        "Harrowgate Shipping (HGS LN): Rates rolling over; cut to Hold",
        "Elena Marchetti-Kaur, Tomas Brenninkamp",
        D(2027, 2, 2),
        "Keswin Brothers & Co.",
    ),
    # "Prepared by" names the authors (10th); "and" becomes the comma list (7th); the year in
    # the title is not the date; the month-only date gives "2027-01".
    Layout(
        "research_bank_prepared_by",
        _t(
            "Tennant Mercantile Bank\n"
            "Regional Housing Outlook 2027\n"
            "Prepared by: Hollis Grieve and Amara Sandoval\n"
            "Published January 2027\n"
            "This document is not investment advice."
        ),
        "Regional Housing Outlook 2027",
        "Hollis Grieve, Amara Sandoval",
        "2027-01",
        "Tennant Mercantile Bank",
    ),
    # ================================================================ minutes
    # Minutes are published on the meeting date their title gives (1st); the secretary is not
    # the author (2nd).
    Layout(
        "minutes_harbour_board",
        _t(
            "NORTHGATE HARBOUR BOARD\n"
            "Minutes of the meeting held on 17 February 2027\n"
            "Present: R. Askew (Chair), D. Whitcombe, I. Varga, K. Osei-Brandt\n"
            "Apologies: M. Quarrie\n"
            "Secretary: Lorna Biddick"
        ),
        "Minutes of the meeting held on 17 February 2027",
        None,
        D(2027, 2, 17),
        "Northgate Harbour Board",
    ),
    # "Chair:" and "Clerk:" name office holders, not bylines (7th/10th).
    Layout(
        "minutes_parish_council",
        _t(
            "Ellersby Parish Council\n"
            "Minutes of the Ordinary Meeting\n"
            "Held on Tuesday 12 January 2027 at 7.30pm in the Village Hall\n"
            "Chair: Cllr Dunstan Vore\n"
            "Clerk: Priya Agbaje",
            B_PARISH,
        ),
        "Minutes of the Ordinary Meeting",
        None,
        D(2027, 1, 12),
        "Ellersby Parish Council",
    ),
    # "Recorded by" the secretary is the secretary's signature by another name: author null.
    Layout(
        "minutes_trustees_iso_date",
        _t(
            "Kellbrook Community Library\n"
            "Minutes of the Board of Trustees\n"
            "Date: 2027-02-09\n"
            "Location: Reading Room\n"
            "Attendees: A. Moss (Chair), R. Yilmaz, T. Edevane\n"
            "Recorded by: T. Edevane, Secretary"
        ),
        "Minutes of the Board of Trustees",
        None,
        D(2027, 2, 9),
        "Kellbrook Community Library",
    ),
    # ================================================================ speeches and transcripts
    # The speaker the text names is the author; a speech's outlet is null even when the header
    # names the speaker's institution (11th); the forum's place and date line dates the speech.
    Layout(
        "speech_governor",
        _t(
            "The long view on rates\n"
            "Speech by Ilona Shevchuk-Amadi, Governor of the Bank of Vestmark\n"
            "Portside Business Forum, Halverston — 2 March 2027",
            B_SPEECH,
        ),
        "The long view on rates",
        "Ilona Shevchuk-Amadi",
        D(2027, 3, 2),
        None,
    ),
    # "TRANSCRIPT:" prefix kept (49th); a speaker list is not a byline (3rd); GUIDE open: the
    # recording date is the date a transcript states for itself, as a meeting date is for
    # minutes.
    Layout(
        "transcript_public_meeting",
        _t(
            "TRANSCRIPT: Harbour Board public meeting on the north channel\n"
            "Recorded 24 February 2027 | Halverston Town Hall\n"
            "Speakers: Ilse Varga (Board Engineer); Marcus Dell (resident)",
            B_TRANSCRIPT,
        ),
        "TRANSCRIPT: Harbour Board public meeting on the north channel",
        None,
        D(2027, 2, 24),
        None,
    ),
    # "Class of 2027" dates a commencement address 2027 (14th); outlet null for a speech even
    # with the university named (11th); "Professor" is an honorific and is dropped.
    Layout(
        "speech_commencement_class_year",
        _t(
            "Commencement Address to the Class of 2027\n"
            "Halden Polytechnic Institute\n"
            "Delivered by Professor Amaru Quispe-Lindholm"
        ),
        "Commencement Address to the Class of 2027",
        "Amaru Quispe-Lindholm",
        "2027",
        None,
    ),
    # ================================================================ forums and Q&A
    # "Forums" is a medium word (25th); the poster's handle is the author (27th); 03/18/27
    # has day 18, so it is unambiguous (2027).
    Layout(
        "forum_thread_breadcrumb_us_date",
        _t(
            "Halverston Forums › Local issues › Harbour & coast\n"
            "Dredging vote on the 14th: who's going?\n"
            "Thread started by saltyquay, 03/18/27 21:14\n"
            "Replies: 23 | Views: 1,402"
        ),
        "Dredging vote on the 14th: who's going?",
        "saltyquay",
        D(2027, 3, 18),
        "Halverston",
    ),
    # "r/" and "u/" prefixes dropped; "3 days ago" states no date: published null; the year
    # in the title is about the silt, not the post.
    Layout(
        "forum_subreddit_relative_time",
        _t(
            "r/coastalengineering\n"
            "Posted by u/tidal_mo · 3 days ago\n"
            "Will the north channel really silt up again by 2030?\n"
            "Discussion\n"
            "412 upvotes · 88 comments"
        ),
        "Will the north channel really silt up again by 2030?",
        "tidal_mo",
        None,
        "coastalengineering",
    ),
    # Q&A: the asker is the thread's author; the tagline after the dash is dropped.
    Layout(
        "qa_site_asked_answered",
        _t(
            "AskAnAngler — questions and answers for sea fishing\n"
            "Question\n"
            "When will the bass season reopen?\n"
            "Asked 2027-01-22 by Greta_Lund\n"
            "2 answers · Answered by tackleshed_mo",
            "The closed season runs until 31 March 2027. Last year it reopened on 1 April, and I"
            " expect the same this time.\n\n"
            "The bag limit was cut to two fish in 2024.\n",
        ),
        "When will the bass season reopen?",
        "Greta_Lund",
        D(2027, 1, 22),
        "AskAnAngler",
    ),
    # ================================================================ sports previews / picks
    # All-caps masthead and section dropped from the outlet; kick-off line is the match, the
    # dated line above it is the page's date.
    Layout(
        "sport_match_preview",
        _t(
            "THE TERRACE CALL · Previews\n"
            "Ashcombe Rovers v Fennick Town preview and prediction\n"
            "By Callum Mbeki-Shore\n"
            "Friday 5 March 2027\n"
            "Kick-off 3pm Saturday, Rovers Park",
            B_SPORT,
        ),
        "Ashcombe Rovers v Fennick Town preview and prediction",
        "Callum Mbeki-Shore",
        D(2027, 3, 5),
        "The Terrace Call",
    ),
    # A critic the outlet introduces is not the byline author (48th); GUIDE open: the only
    # date is "Updated", which we take as the page's date.
    Layout(
        "sport_picks_introduced_critic",
        _t(
            "GRIDIRON LEDGER\n"
            "Home › Picks\n"
            "Conference semi-finals: expert picks\n"
            "Former coach Ronan Aldous makes his picks below.\n"
            "Updated Dec. 10, 2026 at 9:00 a.m."
        ),
        "Conference semi-finals: expert picks",
        None,
        D(2026, 12, 10),
        "Gridiron Ledger",
    ),
    # A date under a fight card's title is the event's date: published null (15th).
    Layout(
        "sport_fight_card_event_date",
        _t(
            "Fighthouse — predictions\n"
            "Crestline Fight Night 22: main card picks\n"
            "Saturday 20 March 2027 · Orrin Arena, Westbay\n"
            "by Jax Ferreira"
        ),
        "Crestline Fight Night 22: main card picks",
        "Jax Ferreira",
        None,
        "Fighthouse",
    ),
    # ================================================================ weather bulletins
    # Product title kept as printed; the office line is the outlet; "forecaster in charge" is
    # the author (10th).
    Layout(
        "weather_area_forecast_discussion",
        _t(
            "Area Forecast Discussion\n"
            "Coastal Weather Office Halverston\n"
            "315 AM GMT Tue Mar 2 2027\n"
            "Forecaster in charge: T. Nakamura-Bell",
            B_WEATHER,
        ),
        "Area Forecast Discussion",
        "T. Nakamura-Bell",
        D(2027, 3, 2),
        "Coastal Weather Office Halverston",
    ),
    # "Office · Long-range desk · issued …" keeps the unit in the outlet (24th); the season in
    # the title is not the date.
    Layout(
        "weather_seasonal_masthead_unit",
        _t(
            "Meteorological Service of Calderra · Long-range desk · issued 28 November 2026\n"
            "Seasonal Outlook: December 2026 – February 2027"
        ),
        "Seasonal Outlook: December 2026 – February 2027",
        None,
        D(2026, 11, 28),
        "Meteorological Service of Calderra · Long-range desk",
    ),
    # "Issued by" unit line is the author, the institute on the masthead the outlet (14th,
    # 8th: all-caps dropped); the validity period is not the issue date.
    Layout(
        "weather_agro_bulletin_issued_by",
        _t(
            "VESNA INSTITUTE OF CLIMATE\n"
            "Weekly Agrometeorological Bulletin\n"
            "Issued by: Agrometeorology Unit\n"
            "Issued: Monday 15 February 2027 · Valid to Sunday 21 February"
        ),
        "Weekly Agrometeorological Bulletin",
        "Agrometeorology Unit",
        D(2027, 2, 15),
        "Vesna Institute of Climate",
    ),
    # ================================================================ old essays and chapters
    # "CHAPTER N. TITLE" join, trailing stops dropped, caps kept in the title, not in the name.
    Layout(
        "old_chapter_caps_year",
        _t(
            "CHAPTER IV.\n"
            "THE PRICE OF BREAD.\n"
            "BY EDMUND HARROWBY.\n"
            "(1911.)",
            B_1911,
        ),
        "CHAPTER IV. THE PRICE OF BREAD",
        "Edmund Harrowby",
        "1911",
        None,
    ),
    # Periodical masthead with volume line and month; "Rev." and "M.A." dropped.
    Layout(
        "old_periodical_essay",
        _t(
            "THE MERIDIAN QUARTERLY.\n"
            "Vol. XII.—No. 3.\n"
            "JULY, 1887.\n"
            "ON THE FUTURE OF THE CANALS.\n"
            "By the Rev. Josiah Pettifer, M.A.",
            B_1887,
        ),
        "ON THE FUTURE OF THE CANALS",
        "Josiah Pettifer",
        "1887-07",
        "The Meridian Quarterly",
    ),
    # Chapter number and title on two lines joined as "CHAPTER N. TITLE" (4th), title case
    # kept as printed; the publisher line gives outlet and year.
    Layout(
        "book_chapter_publisher_year",
        _t(
            "Larkspur House · 2027\n"
            "CHAPTER 7\n"
            "A Channel That Will Not Stay Open\n"
            "Ada Penrose-Whitlock"
        ),
        "CHAPTER 7. A Channel That Will Not Stay Open",
        "Ada Penrose-Whitlock",
        "2027",
        "Larkspur House",
    ),
    # ================================================================ plain texts, no header
    Layout("plain_body_only", BODY, None, None, None, None),
    # A capitalised opening sentence is not a title (27th).
    Layout("plain_caps_opening_sentence", B_PLAIN, None, None, None, None),
    # A one-line text in headline style has title null (16th); "operator says" is a source,
    # not a byline; 6 April 2027 is the fare change, not the text's date.
    Layout(
        "plain_one_line_headline",
        "Ferry fares to rise 8% from 6 April 2027, operator says\n",
        None,
        None,
        None,
        None,
    ),
    # ================================================================ only dates in the body
    Layout(
        "bodydate_title_author_only",
        _t("Notes on the north channel\nInes Calloway"),
        "Notes on the north channel",
        "Ines Calloway",
        None,
        None,
    ),
    Layout(
        "bodydate_outlet_byline_no_date",
        _t(
            "Westbay Evening Star\n"
            "News | Coast | Weather\n"
            "Board split on when to dredge\n"
            "By Rhiannon Asante-Blake\n"
            "Photo credit: Westbay Evening Star archive\n"
            "Advertisement"
        ),
        "Board split on when to dredge",
        "Rhiannon Asante-Blake",
        None,
        "Westbay Evening Star",
    ),
    # A poll's fieldwork dates are not its published date (14th).
    Layout(
        "bodydate_poll_fieldwork",
        _t(
            "Carrow Opinion Research\n"
            "Voting intention: Halverston mayoral race\n"
            "Fieldwork: 3–5 February 2027 · Sample: 1,012 adults",
            B_POLL,
        ),
        "Voting intention: Halverston mayoral race",
        None,
        None,
        "Carrow Opinion Research",
    ),
    # ================================================================ e-mails and memos
    # GUIDE open: an e-mail's subject line is its title line and the sender its author; a
    # mail domain is not a publisher, so outlet null.
    Layout(
        "email_headers",
        _t(
            "From: Dana Whitcombe <d.whitcombe@portauthority.example>\n"
            "To: Harbour Board members\n"
            "Cc: Ilse Varga\n"
            "Date: Mon, 1 Mar 2027 08:42:10 +0000\n"
            "Subject: Dredging vote: papers for the 14th"
        ),
        "Dredging vote: papers for the 14th",
        "Dana Whitcombe",
        D(2027, 3, 1),
        None,
    ),
    # "FROM: Team, Body": the team is the author and the body the outlet (as "A note from
    # [Body], [Team]", 24th; a memo's outlet drops a team prefix, 11th). 15/02/2027 has day 15.
    Layout(
        "memo_caps_fields_slash_date",
        _t(
            "MEMORANDUM\n"
            "TO: All branch managers\n"
            "FROM: Operations Team, Pellham Building Society\n"
            "DATE: 15/02/2027\n"
            "RE: Branch opening hours from April"
        ),
        "Branch opening hours from April",
        "Operations Team",
        D(2027, 2, 15),
        "Pellham Building Society",
    ),
    # GUIDE open: a forwarded mail's inner headers are the text's own; its "Re:" subject is
    # the title line, kept as printed (11th: a title line is kept as printed).
    Layout(
        "email_forwarded_reply",
        _t(
            "---------- Forwarded message ---------\n"
            "From: Karel Osei-Brandt <karel@tidewatch.example>\n"
            "Date: Thu, Feb 25, 2027 at 4:17 PM\n"
            "Subject: Re: silt survey numbers\n"
            "To: Ilse Varga <i.varga@harbourboard.example>"
        ),
        "Re: silt survey numbers",
        "Karel Osei-Brandt",
        D(2027, 2, 25),
        None,
    ),
)
