"""Header layouts written here (issue 13, fifth and sixth rounds) to measure metadata on layouts the rules
were not built from.

Each layout was written before the fifth round changed any rule, in the forms real pages use
(mastheads, bylines, datelines, footers, e-mail, forum and memo headers, dates in many
locales, no metadata at all), with the four fields a reader following tests/corpus/GUIDE.md
would label. None is copied from the corpus. `benchmarks/metadata_unseen.py` counts the fields
the extractor reads right; tests/test_extract_metadata_unseen.py checks every layout.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# A body with dates of its own (a vote, a past year, a horizon) and a quoted person: none of
# them is the text's date or its author.
BODY = (
    "The harbour board will vote on 14 April 2027 on whether to dredge the north channel, and most"
    " members expect the motion to pass by a wide margin.\n\n"
    "Dredging last took place in 2019, when the channel silted up again within two years. \"The sand"
    " will be back by 2030 whatever we do,\" said Ilse Varga, the board's engineer, who has watched"
    " the channel for a decade.\n"
)


@dataclass(frozen=True)
class Layout:
    name: str
    text: str
    title: str | None
    author: str | None
    published: dt.date | str | None  # a string "YYYY-MM" or "YYYY" when only that is stated
    outlet: str | None


D = dt.date
LAYOUTS: tuple[Layout, ...] = (
    # ------------------------------------------------------------ newspapers and magazines
    Layout(
        "masthead, headline, byline with post, updated stamp",
        "THE KELDER VALLEY GAZETTE\n\nDredging vote set to split the harbour board\n\nBy Marta Ilves, Staff Writer\n"
        "Updated March 3, 2027 at 6:12 p.m.\n\n" + BODY,
        "Dredging vote set to split the harbour board", "Marta Ilves", D(2027, 3, 3), "The Kelder Valley Gazette",
    ),
    Layout(
        "page header with page number, date and paper",
        "Page 4 | Thursday, May 6, 2027 | The Orrin Courier\n\nWhy the north channel will silt up again\n\n"
        "By Tomas Greer\n\n" + BODY,
        "Why the north channel will silt up again", "Tomas Greer", D(2027, 5, 6), "The Orrin Courier",
    ),
    Layout(
        "photo credit above the byline",
        "Harbour board faces a costly choice\n\nPhoto: Lena Hart/Orrin Courier\n\nBy Tomas Greer\nMay 6, 2027\n\n" + BODY,
        "Harbour board faces a costly choice", "Tomas Greer", D(2027, 5, 6), None,
    ),
    Layout(
        "wire dateline without a year",
        "Harbour dredging plan heads to a vote\n\nLAGOS, March 4 (Orrin Wire) - " + BODY,
        "Harbour dredging plan heads to a vote", None, None, "Orrin Wire",
    ),
    Layout(
        "byline then a date without a year",
        "The channel that keeps filling up\n\nBy Alma Reyes\nMarch 4\n\n" + BODY,
        "The channel that keeps filling up", "Alma Reyes", None, None,
    ),
    Layout(
        "sports preview with a kick-off line",
        "Matchday 12 preview: Orrin Rovers v Tarsk City\n\nKick-off: Saturday 3 April 2027, 3pm, Riverside Park\n\n"
        "By Joe Kettering\n\n" + BODY,
        "Matchday 12 preview: Orrin Rovers v Tarsk City", "Joe Kettering", None, None,
    ),
    Layout(
        "reprint line at the foot",
        "Ten years of sand\n\nBy Nils Adebayo\n\n" + BODY
        + "\nThis article originally appeared in The Tarsk Examiner on 12 May 2027.\n",
        "Ten years of sand", "Nils Adebayo", D(2027, 5, 12), "The Tarsk Examiner",
    ),
    Layout(
        "markdown heading and an italic byline with the date",
        "# Ten calls for 2027\n\n*by Ravi Solberg \u2014 January 2, 2027*\n\n" + BODY,
        "Ten calls for 2027", "Ravi Solberg", D(2027, 1, 2), None,
    ),
    Layout(
        "dotted day-first date under the byline",
        "Ten calls for 2027\n\nRavi Solberg\n02.01.2027\n\n" + BODY,
        "Ten calls for 2027", "Ravi Solberg", D(2027, 1, 2), None,
    ),
    Layout(
        "ISO timestamp under the byline",
        "What the tide tables say about 2027\n\nBy Ravi Solberg\n2027-01-02T08:30:00Z\n\n" + BODY,
        "What the tide tables say about 2027", "Ravi Solberg", D(2027, 1, 2), None,
    ),
    Layout(
        "day-month-abbreviation-year with hyphens",
        "Channel notes\n\nPosted 12-Mar-2027 by Ravi Solberg\n\n" + BODY,
        "Channel notes", "Ravi Solberg", D(2027, 3, 12), None,
    ),
    Layout(
        "long British date with ordinal and 'of'",
        "Channel notes\n\nFriday the 12th of March, 2027\n\n" + BODY,
        "Channel notes", None, D(2027, 3, 12), None,
    ),
    Layout(
        "year-first slashed date",
        "Channel notes\n\nBy Ravi Solberg | 2027/03/12\n\n" + BODY,
        "Channel notes", "Ravi Solberg", D(2027, 3, 12), None,
    ),
    Layout(
        "tags and share lines under the title",
        "The dredging question\n\nBy Hana Okoro\n12 March 2027\n\nTags: harbour, dredging, 2027\nShare this article\n\n" + BODY,
        "The dredging question", "Hana Okoro", D(2027, 3, 12), None,
    ),
    Layout(
        "a source line that is not a publisher",
        "Sand in the channel, in three charts\n\nBy Hana Okoro\n12 March 2027\n\n"
        "Source: own calculations from harbour board survey data\n\n" + BODY,
        "Sand in the channel, in three charts", "Hana Okoro", D(2027, 3, 12), None,
    ),
    Layout(
        "a pull quote signed by a person in the body",
        "The engineer who expects the sand back\n\n" + BODY
        + "\n\"We are buying ten years at most.\"\n\n\u2014 Ilse Varga, harbour board engineer\n\n"
        "The board will publish its decision the week after the vote, and the contract would run until 2032.\n",
        "The engineer who expects the sand back", None, None, None,
    ),
    Layout(
        "a quoted person opening a paragraph",
        "Dredging will not last, engineer warns\n\nDr Yusuf Amari, a fisheries scientist at the University of Tarsk,"
        " said the channel would fill again within five years of any dredging.\n\n" + BODY,
        "Dredging will not last, engineer warns", None, None, None,
    ),
    # ------------------------------------------------------------ no metadata at all
    Layout(
        "one sentence, no header",
        "The port authority expects container volumes to fall in 2027, and the new crane ordered on 4 May 2026 will"
        " arrive next spring.\n",
        None, None, None, None,
    ),
    Layout(
        "prose only, several paragraphs with dates",
        BODY + "\nA second report, due on 1 June 2027, will set out the cost.\n",
        None, None, None, None,
    ),
    Layout(
        "a prose opening that mentions when a report was published",
        "Published in 2019, the harbour board's last survey predicted that the channel would need dredging again by"
        " 2027.\n\n" + BODY,
        None, None, None, None,
    ),
    # ------------------------------------------------------------ dates that are not the text's date
    Layout(
        "a title that is a deadline",
        "Applications close 30 June 2027\n\n" + BODY,
        "Applications close 30 June 2027", None, None, None,
    ),
    Layout(
        "notice of a meeting",
        "NOTICE OF ANNUAL GENERAL MEETING\n\nThe annual general meeting of the Kesterby Allotment Society will be held on"
        " Saturday 12 June 2027 at 10am in the Village Hall.\n\n" + BODY,
        "NOTICE OF ANNUAL GENERAL MEETING", None, None, None,
    ),
    Layout(
        "an agenda for a meeting still to come",
        "Agenda \u2014 Harbour Board meeting, 14 April 2027\n\n1. Apologies\n\n2. Dredging of the north channel\n\n" + BODY,
        "Agenda \u2014 Harbour Board meeting, 14 April 2027", None, None, None,
    ),
    Layout(
        "an event line under the title",
        "Harbour open day\n\nEvent date: Saturday 12 June 2027\nVenue: North Quay\n\n" + BODY,
        "Harbour open day", None, None, None,
    ),
    Layout(
        "a title naming election night",
        "Election night, 6 May 2027: what to watch\n\n" + BODY,
        "Election night, 6 May 2027: what to watch", None, None, None,
    ),
    Layout(
        "a received, accepted, published history",
        "Sediment return times in a dredged estuary channel\n\nAna Beltran, Kofi Mensah\n\n"
        "Received: 3 January 2027; Accepted: 9 March 2027; Published: 21 March 2027\n\n" + BODY,
        "Sediment return times in a dredged estuary channel", "Ana Beltran, Kofi Mensah", D(2027, 3, 21), None,
    ),
    Layout(
        "a bare year in the title and an organisation under it",
        "Outlook 2027\n\nTarsk Chamber of Commerce\n\n" + BODY,
        "Outlook 2027", None, None, "Tarsk Chamber of Commerce",
    ),
    Layout(
        "a copyright line at the foot",
        "Dredging outlook\n\n" + BODY + "\n\u00a9 2027 Orrin Analytics. All rights reserved.\n",
        "Dredging outlook", None, None, "Orrin Analytics",
    ),
    Layout(
        "a blog with dated comments at the foot",
        "Will the channel stay open?\n\nby Nils Adebayo\n\n" + BODY
        + "\n3 Comments\n\njkowal says:\nMarch 5, 2027 at 10:11 am\n\nGreat post, I doubt it will.\n",
        "Will the channel stay open?", "Nils Adebayo", None, None,
    ),
    # ------------------------------------------------------------ e-mail, memo, forum, social
    Layout(
        "an e-mail with Outlook's Sent line",
        "From: Priya Nandakumar <priya@orrin-analytics.example>\nSent: Monday, 8 February 2027 09:12\n"
        "To: Investment Committee\nSubject: Q2 view on freight rates\n\nAll,\n\n" + BODY,
        "Q2 view on freight rates", "Priya Nandakumar", D(2027, 2, 8), None,
    ),
    Layout(
        "a memo with fields in capitals",
        "MEMORANDUM\n\nTO: Board of Trustees\nFROM: Eamon Ruske, Finance Director\nDATE: 3 November 2027\n"
        "RE: Budget outlook for 2028\n\n" + BODY,
        "Budget outlook for 2028", "Eamon Ruske", D(2027, 11, 3), None,
    ),
    Layout(
        "a bulletin-board post with its poster and time",
        "Will the Lindmark bridge open before winter?\n\nPost by quayside_kid \u00bb Tue Mar 02, 2027 9:14 pm\n\n" + BODY,
        "Will the Lindmark bridge open before winter?", "quayside_kid", D(2027, 3, 2), None,
    ),
    Layout(
        "a post dated only relatively",
        "Posted by u/gritstone_ed 3 days ago\n\nThe channel will be shut by August, calling it now\n\n" + BODY,
        "The channel will be shut by August, calling it now", "gritstone_ed", None, None,
    ),
    Layout(
        "a social post with a name, a handle and a day",
        "Mara Quist (@maraquist) \u00b7 9 Jan 2027\n\n" + BODY,
        None, "Mara Quist", D(2027, 1, 9), None,
    ),
    Layout(
        "a letter with an address, a date and a signature",
        "14 Orchard Row\nKesterby\n2 February 2027\n\nDear Editor,\n\n" + BODY + "\nYours faithfully,\n\nMargaret Oduya\n",
        None, "Margaret Oduya", D(2027, 2, 2), None,
    ),
    # ------------------------------------------------------------ organisations, releases, papers, speeches
    Layout(
        "a press release with a newswire dateline",
        "FOR IMMEDIATE RELEASE\n\nCorvane Rail Ltd expects freight volumes to double by 2030\n\n"
        "HALVERSTONE, England, 9 June 2027 /PRNewswire/ -- Corvane Rail Ltd today announced a plan to double its freight"
        " capacity. " + BODY,
        "Corvane Rail Ltd expects freight volumes to double by 2030", None, D(2027, 6, 9), "Corvane Rail Ltd",
    ),
    Layout(
        "a ministry's statement with an issued line",
        "Ministry of Water Resources \u2014 Republic of Tarsk\n\nPress statement: Dry season outlook for the northern basins\n\n"
        "Issued: 5 May 2027\n\n" + BODY,
        "Press statement: Dry season outlook for the northern basins", None, D(2027, 5, 5),
        "Ministry of Water Resources \u2014 Republic of Tarsk",
    ),
    Layout(
        "a working paper with its series and month",
        "Dredging and sediment: a ten-year view\n\nAna Beltran and Kofi Mensah\n\n"
        "Orrin Institute Working Paper No. 27-04, April 2027\n\nAbstract\n\n" + BODY,
        "Dredging and sediment: a ten-year view", "Ana Beltran, Kofi Mensah", "2027-04", "Orrin Institute",
    ),
    Layout(
        "a keynote line under the title",
        "Harbours in 2040\n\nKeynote by Dr Anneli Varga, Harbour Futures Conference, Tarsk, 18 September 2027\n\n" + BODY,
        "Harbours in 2040", "Anneli Varga", D(2027, 9, 18), None,
    ),
    Layout(
        "an interview credited at the top",
        "\"The sand always wins\": a conversation with Ilse Varga\n\nInterview by Lucia Ferro\n7 October 2027\n\n" + BODY,
        "\"The sand always wins\": a conversation with Ilse Varga", "Lucia Ferro", D(2027, 10, 7), None,
    ),
    Layout(
        "a newsletter that names itself at the foot",
        "The dredging vote, explained\n\nDana Whitlock\nApr 4, 2027\n\n" + BODY
        + "\nThanks for reading The Crosswind! Subscribe for free to receive new posts.\n",
        "The dredging vote, explained", "Dana Whitlock", D(2027, 4, 4), "The Crosswind",
    ),
    Layout(
        "filed-under and read-more furniture",
        "Sand, again\n\nFiled under: Harbour, Opinion\n\nBy Hana Okoro\n12 March 2027\n\n" + BODY + "\nRead more\n",
        "Sand, again", "Hana Okoro", D(2027, 3, 12), None,
    ),
)


# Written after the fifth round's rules, and scored once before any rule was changed for them:
# the honest measure of how the rules do on layouts they were not fitted to.
HELD_OUT: tuple[Layout, ...] = (
    Layout(
        "magazine credits and a seasonal issue",
        "FEATURES\n\nThe last of the dredgers\n\nHow one family boat has kept the channel open for forty years, and why"
        " it will not for much longer.\n\nWords: Kit Marlowe-Ade\nPhotography: Sol Birch\n\n" + BODY,
        "The last of the dredgers", "Kit Marlowe-Ade", None, None,
    ),
    Layout(
        "published and updated stamps with times",
        "Dredging vote too close to call\n\nBy KIT MARLOWE\n\nPublished: 10:42 BST, 14 June 2027 | Updated: 11:05 BST, 14 June 2027\n\n"
        + BODY,
        "Dredging vote too close to call", "Kit Marlowe", D(2027, 6, 14), None,
    ),
    Layout(
        "two writers and an American stamp",
        "Harbor board braces for a close vote\n\nBy Rachel Tan and Omar Idris\nJune 14, 2027 Updated 5:31 p.m. ET\n\n" + BODY,
        "Harbor board braces for a close vote", "Rachel Tan, Omar Idris", D(2027, 6, 14), None,
    ),
    Layout(
        "a blog's posted-on line with its category",
        "My call on the dredging vote\n\nPosted on June 14, 2027 by Dee Harlan in Forecasts\n\n" + BODY,
        "My call on the dredging vote", "Dee Harlan", D(2027, 6, 14), None,
    ),
    Layout(
        "a department's media release",
        "Department of Ports and Harbours\n\nMEDIA RELEASE\n\nChannel survey finds heavy silting\n\n14 June 2027\n\n" + BODY,
        "Channel survey finds heavy silting", None, D(2027, 6, 14), "Department of Ports and Harbours",
    ),
    Layout(
        "a festival's title with its days",
        "Harbour Festival 2027: 12\u201314 August\n\n" + BODY,
        "Harbour Festival 2027: 12\u201314 August", None, None, None,
    ),
    Layout(
        "an undated newsletter's masthead and issue number",
        "THE TIDE CLOCK\n\nIssue 41\n\nWhy the channel will close again\n\n" + BODY,
        "Why the channel will close again", None, None, "The Tide Clock",
    ),
    Layout(
        "a reply in a message board with its time",
        "Re: Ferry strike predictions\n\n\u00ab Reply #3 on: June 14, 2027, 09:12:44 AM \u00bb\n\n" + BODY,
        "Re: Ferry strike predictions", None, D(2027, 6, 14), None,
    ),
    Layout(
        "a mailing list message with an RFC date",
        "From: Omar Idris <omar@harbour-list.example>\nDate: Mon, 14 Jun 2027 09:12:44 +0100\nTo: harbour-l\n"
        "Subject: Dredging vote forecast\n\n" + BODY,
        "Dredging vote forecast", "Omar Idris", D(2027, 6, 14), None,
    ),
    Layout(
        "remarks with a place and day, checked against delivery",
        "Remarks by Governor Lena Ortiz at the Port Authority Annual Dinner\n\nTarsk, 14 June 2027\n\nCheck against delivery\n\n" + BODY,
        "Remarks by Governor Lena Ortiz at the Port Authority Annual Dinner", "Lena Ortiz", D(2027, 6, 14), None,
    ),
    Layout(
        "a research note's header with its analyst and firm",
        "EQUITY RESEARCH | 14 June 2027\n\nHarbour Holdings: downgrade to Sell\n\nAnalyst: Omar Idris\nKestrel Securities\n\n" + BODY,
        "Harbour Holdings: downgrade to Sell", "Omar Idris", D(2027, 6, 14), "Kestrel Securities",
    ),
    Layout(
        "a question column's name over the question",
        "ASK THE HARBOUR MASTER\n\nWill the ferry fares rise next year?\n\n" + BODY,
        "Will the ferry fares rise next year?", None, None, None,
    ),
    Layout(
        "a dotted date with a time in a line of parts",
        "Sand and money\n\nDee Harlan\n14.06.2027 | 09:12\n\n" + BODY,
        "Sand and money", "Dee Harlan", D(2027, 6, 14), None,
    ),
    Layout(
        "a month and year alone under the title",
        "The channel in numbers\n\nJune 2027\n\n" + BODY,
        "The channel in numbers", None, "2027-06", None,
    ),
    Layout(
        "a day without a year under the title",
        "The channel in numbers\n\nMonday 14 June\n\n" + BODY,
        "The channel in numbers", None, None, None,
    ),
    Layout(
        "a story that opens with a date in its first sentence",
        "On 14 June 2027 the harbour board announced that it would put the dredging contract out to tender, and"
        " most members expect a decision within the year.\n\n" + BODY,
        None, None, None, None,
    ),
    Layout(
        "an embargo line and an issued line",
        "Port volumes to fall, says board\n\nEmbargoed until 00:01 BST, 15 June 2027\nIssued 14 June 2027\n\n" + BODY,
        "Port volumes to fall, says board", None, D(2027, 6, 14), None,
    ),
    Layout(
        "a title that names a day far ahead",
        "What the harbour will look like on 1 January 2040\n\n" + BODY,
        "What the harbour will look like on 1 January 2040", None, None, None,
    ),
    Layout(
        "an encyclopedia's site line",
        "North Channel (Tarsk)\n\nFrom Harbourpedia, the free encyclopedia\n\n" + BODY,
        "North Channel (Tarsk)", None, None, "Harbourpedia",
    ),
    Layout(
        "a place and a date opening the story with dashes",
        "Board to vote on dredging\n\nTARSK \u2014 June 14, 2027 \u2014 " + BODY,
        "Board to vote on dredging", None, D(2027, 6, 14), None,
    ),
    Layout(
        "a reader's letter signed with name and town",
        "Letters: The channel needs dredging, not another survey\n\n" + BODY + "\nRuth Amsel, Kesterby\n",
        "Letters: The channel needs dredging, not another survey", "Ruth Amsel", None, None,
    ),
    Layout(
        "an annual report's cover",
        "KESTREL HARBOUR TRUST\n\nAnnual Report 2026\n\nPublished June 2027\n\n" + BODY,
        "Annual Report 2026", None, "2027-06", "Kestrel Harbour Trust",
    ),
    Layout(
        "an ordinal day under the byline",
        "A bet on the sand\n\nby Dee Harlan\n14th June 2027\n\n" + BODY,
        "A bet on the sand", "Dee Harlan", D(2027, 6, 14), None,
    ),
    Layout(
        "a note whose date is its deadline for comments",
        "Consultation: dredging the north channel\n\nResponses by 30 September 2027\n\n" + BODY,
        "Consultation: dredging the north channel", None, None, None,
    ),
    Layout(
        "a site name over the headline with a section trail",
        "Tarsk Harbour News / Politics / Local\n\nBoard split on dredging\n\nBy Omar Idris, 14 June 2027\n\n" + BODY,
        "Board split on dredging", "Omar Idris", D(2027, 6, 14), "Tarsk Harbour News",
    ),
)


BODY_2 = (
    "Bookings for the summer season are already ahead of last year, and the operator expects the new route to"
    " carry 40,000 passengers by September 2029.\n\n"
    "The route was first proposed in 2015. \"We'll be full every weekend,\" said Corin Vale's deputy, Ana Drees,"
    " who runs the ticket office on 3 Quay Street.\n"
)

# Written after every rule of the round, scored once with no rule changed for them: the last
# honest figure of the round on layouts the rules have never met.
FRESH: tuple[Layout, ...] = (
    Layout("a diary entry headed by its day", "Tuesday, 7 March 2028\n\n" + BODY_2, None, None, D(2028, 3, 7), None),
    Layout(
        "a tipster's column over a title naming the race day",
        "STAR TIPS\n\nRacing tips for Saturday 15 January 2028\n\nby Corin Vale\n\n" + BODY_2,
        "Racing tips for Saturday 15 January 2028", "Corin Vale", None, None,
    ),
    Layout(
        "release notes with a released line",
        "Release notes \u2014 Ferrylink app 4.2\n\nReleased 11 April 2028\n\n" + BODY_2,
        "Release notes \u2014 Ferrylink app 4.2", None, D(2028, 4, 11), None,
    ),
    Layout("a chat message with a name and a time", "Corin Vale  10:42 AM\n\n" + BODY_2, None, "Corin Vale", None, None),
    Layout(
        "a school's newsletter with its date",
        "Orrin Primary School\n\nNewsletter \u2014 19 May 2028\n\nDear Parents and Carers,\n\n" + BODY_2,
        "Newsletter \u2014 19 May 2028", None, D(2028, 5, 19), "Orrin Primary School",
    ),
    Layout(
        "a match report with its reporter and day",
        "Orrin Rovers 2 Tarsk City 1\n\nReport by Corin Vale at Riverside Park\nSaturday 15 January 2028\n\n" + BODY_2,
        "Orrin Rovers 2 Tarsk City 1", "Corin Vale", D(2028, 1, 15), None,
    ),
    Layout(
        "a question-and-answer site's question",
        "Will ferry fares rise in 2029?\n\nAsked 2 October 2028 \u00b7 Viewed 1k times\n\n" + BODY_2
        + "\nanswered 3 October 2028 by ferry_fan\n",
        "Will ferry fares rise in 2029?", None, D(2028, 10, 2), None,
    ),
    Layout(
        "a feed item's fields",
        "Title: Ferry route to open in spring\nLink: https://example.org/ferry-route\nPublished: Mon, 02 Oct 2028 08:00:00 GMT\n"
        "Author: Corin Vale\n\n" + BODY_2,
        "Ferry route to open in spring", "Corin Vale", D(2028, 10, 2), None,
    ),
    Layout(
        "a gazette's masthead, number and notice",
        "THE TARSK GAZETTE\n\nNo. 4412 \u00b7 Friday 19 May 2028\n\nHarbour Dues (Amendment) Order 2028\n\n" + BODY_2,
        "Harbour Dues (Amendment) Order 2028", None, D(2028, 5, 19), "The Tarsk Gazette",
    ),
    Layout(
        "a conference programme's first day",
        "Harbour Futures 2028\n\nProgramme\n\nDay 1 \u2014 Tuesday 22 August 2028\n\n" + BODY_2,
        "Harbour Futures 2028", None, None, None,
    ),
    Layout(
        "an old book's title page",
        "THE FERRIES OF TARSK\n\nA HISTORY AND A FORECAST\n\nBY\n\nCORIN VALE\n\nLONDON\nHARBOUR PRESS\n1911\n\n" + BODY_2,
        "THE FERRIES OF TARSK", "Corin Vale", "1911", "Harbour Press",
    ),
    Layout(
        "a thread of short posts",
        "Corin Vale @corinvale \u00b7 Oct 2, 2028\n\n1/ " + BODY_2,
        None, "Corin Vale", D(2028, 10, 2), None,
    ),
    Layout(
        "minutes under the group's name",
        "Tarsk Ferry Users' Group\n\nMinutes of the meeting held on 2 October 2028\n\nPresent: six members\n\n" + BODY_2,
        "Minutes of the meeting held on 2 October 2028", None, D(2028, 10, 2), "Tarsk Ferry Users' Group",
    ),
    Layout(
        "a forwarded e-mail",
        "---------- Forwarded message ---------\nFrom: Corin Vale <corin@example.org>\nDate: Mon, Oct 2, 2028 at 8:14 AM\n"
        "Subject: Route forecast\nTo: Ana Drees <ana@example.org>\n\n" + BODY_2,
        "Route forecast", "Corin Vale", D(2028, 10, 2), None,
    ),
    Layout(
        "an event's poster",
        "FERRY FUN DAY\n\nSaturday 15 January 2028, 10am\u20134pm\nNorth Quay\n\n" + BODY_2,
        "FERRY FUN DAY", None, None, None,
    ),
    Layout(
        "a blog post's front matter",
        "---\ntitle: Why the route will fill up\ndate: 2028-10-02\nauthor: Corin Vale\n---\n\n" + BODY_2,
        "Why the route will fill up", "Corin Vale", D(2028, 10, 2), None,
    ),
    Layout(
        "a wire byline in capitals with the agency",
        "Ferry route set to open in spring\n\nBy CORIN VALE, Associated Harbour Press\n\n" + BODY_2,
        "Ferry route set to open in spring", "Corin Vale", None, "Associated Harbour Press",
    ),
    Layout(
        "published and last updated parts",
        "Ferry route set to open in spring\n\nPublished: 2 October 2028 | Last updated: 3 October 2028\n\n" + BODY_2,
        "Ferry route set to open in spring", None, D(2028, 10, 2), None,
    ),
    Layout(
        "a writer's line at the foot with the day",
        "Ferry route set to open in spring\n\n" + BODY_2 + "\nWritten by Corin Vale on 2 October 2028.\n",
        "Ferry route set to open in spring", "Corin Vale", D(2028, 10, 2), None,
    ),
    Layout(
        "a year in an undated title",
        "Why 2029 will be the year of the ferry\n\nBy Corin Vale\n\n" + BODY_2,
        "Why 2029 will be the year of the ferry", "Corin Vale", None, None,
    ),
    Layout(
        "an abbreviated month with an ordinal",
        "Ferry notes\n\nCorin Vale\n2nd Oct. 2028\n\n" + BODY_2,
        "Ferry notes", "Corin Vale", D(2028, 10, 2), None,
    ),
    Layout(
        "a posted line with a weekday but no year",
        "Ferry notes\n\nPosted Monday 2 October by Corin Vale\n\n" + BODY_2,
        "Ferry notes", "Corin Vale", None, None,
    ),
    Layout(
        "a survey report's fieldwork and publication lines",
        "Tarsk Ferry Passenger Survey 2028\n\nFieldwork: 1\u201314 September 2028\nPublished 2 October 2028\n\nOrrin Research\n\n" + BODY_2,
        "Tarsk Ferry Passenger Survey 2028", None, D(2028, 10, 2), "Orrin Research",
    ),
    Layout("the body alone", BODY_2, None, None, None, None),
)

# ---------------------------------------------------------------- sixth round
# Written before the sixth round changed any rule, and scored once before any change
# (issue 13, "unseen layouts, sixth round"): pages with furniture around the header (breadcrumbs,
# cookie banners, share buttons, related stories, author bios), newsletters, press releases,
# transcripts, forum posts, e-mails, PDFs pasted as text, wire stories, syndicated columns,
# archived pages, dates in several languages, and undated texts full of dates. The body names a
# reopening deadline, a meeting still to come, a past year, "last year" and a quoted official
# with a dated statement: none of them is the text's date or its author.
BODY_6 = (
    "The regional rail authority expects the Carrow line to reopen by 30 September 2029, two years"
    " later than planned, and its board will confirm the timetable at a meeting on 12 March 2029.\n\n"
    "Last year the line carried four million passengers before the tunnel closed. \"Fares will rise by"
    " at least 8% when trains return,\" said Odile Brennan, the authority's finance director, in a"
    " statement dated 2 February 2029.\n"
)

SIXTH: tuple[Layout, ...] = (
    # ------------------------------------------------------------ news pages and their furniture
    Layout(
        "breadcrumbs, share buttons and a published and updated pair",
        "Home \u203a News \u203a Transport\n\nCarrow line reopening slips to 2029\n\nBy Priya Ostrander\n"
        "Published 14 January 2029 \u00b7 Updated 15 January 2029\n\nShare on Facebook  Share on X  Email\n\n" + BODY_6,
        "Carrow line reopening slips to 2029", "Priya Ostrander", D(2029, 1, 14), None,
    ),
    Layout(
        "a cookie banner above the masthead",
        "We use cookies to improve your experience. Accept all | Manage settings\n\nTHE HALDEN OBSERVER\n\n"
        "Rail authority pushes back Carrow reopening\n\nBy Femi Adeyemi | January 14, 2029\n\n" + BODY_6,
        "Rail authority pushes back Carrow reopening", "Femi Adeyemi", D(2029, 1, 14), "The Halden Observer",
    ),
    Layout(
        "related stories with their dates at the foot",
        "Carrow line to stay shut until autumn\n\nBy Greta Lindqvist\n14 Jan 2029\n\n" + BODY_6
        + "\nRelated stories\nTunnel repairs to cost \u00a340m (3 March 2028)\nWhy the Carrow line matters (12 June 2027)\n",
        "Carrow line to stay shut until autumn", "Greta Lindqvist", D(2029, 1, 14), None,
    ),
    Layout(
        "an undated story with an author bio at the foot",
        "What the Carrow delay will cost commuters\n\nBy Hal Okoro\n\n" + BODY_6
        + "\nHal Okoro writes about railways and cycling. He has covered the Carrow line since March 2015.\n",
        "What the Carrow delay will cost commuters", "Hal Okoro", None, None,
    ),
    Layout(
        "a section trail and a byline with a relative time",
        "News / Regions / Transport\n\nCarrow line reopening delayed\n\nCara Voss, Transport Correspondent\n2 hours ago\n\n" + BODY_6,
        "Carrow line reopening delayed", "Cara Voss", None, None,
    ),
    Layout(
        "a magazine's running head with month, and a words credit",
        "HALDEN MONTHLY \u00b7 February 2029 \u00b7 Features\n\nThe line that time forgot\n\nWords by Juno Feld\n\n" + BODY_6,
        "The line that time forgot", "Juno Feld", "2029-02", "Halden Monthly",
    ),
    Layout(
        "an opinion label, a pull quote and a disclaimer",
        "OPINION\n\nStop promising dates you cannot keep\n\nBy Odette Lam\n\n"
        "\u201cFares will rise by at least 8%\u201d \u2014 Odile Brennan\n\n" + BODY_6
        + "\nOdette Lam is a former rail planner. The views expressed are her own.\n",
        "Stop promising dates you cannot keep", "Odette Lam", None, None,
    ),
    Layout(
        "a letter to the editor signed at the foot",
        "Letters to the editor\n\nThe Carrow line deserves better\n\n" + BODY_6 + "\nAnya Petrova, Halden\n",
        "The Carrow line deserves better", "Anya Petrova", None, None,
    ),
    Layout(
        "a reading-time line with the date",
        "The Carrow line is a lesson in optimism\n\nJuno Feld\n\nFollow\n\n6 min read \u00b7 Jan 14, 2029\n\n" + BODY_6,
        "The Carrow line is a lesson in optimism", "Juno Feld", D(2029, 1, 14), None,
    ),
    Layout(
        "a live page with clock times only",
        "Live: Carrow line board meeting\n\n14:02 \u2014 The board has opened the meeting.\n\n13:45 \u2014 " + BODY_6,
        "Live: Carrow line board meeting", None, None, None,
    ),
    # ------------------------------------------------------------ wire stories and syndication
    Layout(
        "a wire dateline with country, year and agency",
        "Carrow rail line to reopen two years late\n\nHALDEN, Norway, Jan. 14, 2029 (Nordwire) \u2014 " + BODY_6,
        "Carrow rail line to reopen two years late", None, D(2029, 1, 14), "Nordwire",
    ),
    Layout(
        "a wire dateline without a date",
        "Carrow line stays closed\n\nHALDEN (Nordwire) \u2014 " + BODY_6,
        "Carrow line stays closed", None, None, "Nordwire",
    ),
    Layout(
        "a byline in capitals run into the agency",
        "Rail line's reopening pushed back\n\nBy PRIYA OSTRANDER Associated Rail Press\n\nHALDEN (ARP) \u2014 " + BODY_6,
        "Rail line's reopening pushed back", "Priya Ostrander", None, "Associated Rail Press",
    ),
    Layout(
        "a reporting credit at the foot of a yearless wire story",
        "Carrow line reopening delayed\n\nHALDEN, Jan 14 (Nordwire) - " + BODY_6
        + "\n(Reporting by Femi Adeyemi; Editing by Cara Voss)\n",
        "Carrow line reopening delayed", "Femi Adeyemi", None, "Nordwire",
    ),
    Layout(
        "a syndicated column distributed by a syndicate",
        "The Carrow line and the cost of delay\n\nBy Margit Sousa\n\n" + BODY_6
        + "\nMargit Sousa's column appears every Tuesday. Distributed by Meridian Features Syndicate.\n",
        "The Carrow line and the cost of delay", "Margit Sousa", None, "Meridian Features Syndicate",
    ),
    Layout(
        "a columnist's name before the headline and a copyright year",
        "Margit Sousa: Why rail delays always run long\n\n" + BODY_6 + "\n(c) 2029 Meridian Features Syndicate\n",
        "Why rail delays always run long", "Margit Sousa", None, "Meridian Features Syndicate",
    ),
    # ------------------------------------------------------------ archived pages
    Layout(
        "an archived page with a retrieved line",
        "Carrow Line Reopening Plan \u2013 Halden Regional Rail Authority\n\n"
        "Retrieved 3 May 2031 from https://rail.example.org/carrow\n\n" + BODY_6,
        "Carrow Line Reopening Plan", None, None, "Halden Regional Rail Authority",
    ),
    Layout(
        "an archived page with a last-modified line at the foot",
        "Carrow line: reopening timetable\n\n" + BODY_6 + "\nThis page was last modified on 9 February 2029, at 10:14.\n",
        "Carrow line: reopening timetable", None, None, None,
    ),
    Layout(
        "a web archive banner over a dated story",
        "The Wayback Machine - https://web.archive.org/web/20290120093000/https://observer.example/carrow\n\n"
        "Carrow line reopening slips again\n\nBy Priya Ostrander, 14 January 2029\n\n" + BODY_6,
        "Carrow line reopening slips again", "Priya Ostrander", D(2029, 1, 14), None,
    ),
    Layout(
        "a copyright range and a last-modified stamp at the foot",
        "Carrow line FAQs\n\n" + BODY_6 + "\n\u00a9 2015\u20132029 Halden Regional Rail Authority. Last modified 3 February 2029.\n",
        "Carrow line FAQs", None, None, "Halden Regional Rail Authority",
    ),
    # ------------------------------------------------------------ blogs and newsletters
    Layout(
        "a blog post with the date above the title and a comments count",
        "January 14, 2029\n\nNotes on the Carrow delay\n\nPosted in Transport | 12 Comments\n\n" + BODY_6,
        "Notes on the Carrow delay", None, D(2029, 1, 14), None,
    ),
    Layout(
        "a newsletter's name, headline, writer and short date",
        "The Junction\n\nThe Carrow line slips again\n\nWhy two years became four\n\nJuno Feld\nJan 14, 2029\n\n" + BODY_6
        + "\nThanks for reading The Junction! Subscribe for free to receive new posts.\n",
        "The Carrow line slips again", "Juno Feld", D(2029, 1, 14), "The Junction",
    ),
    Layout(
        "an undated newsletter issue with an unsubscribe line",
        "View this email in your browser\n\nRAIL WEEK \u2014 Issue 212\n\nThe Carrow delay, explained\n\n" + BODY_6
        + "\nYou are receiving this because you subscribed to Rail Week. Unsubscribe\n",
        "The Carrow delay, explained", None, None, "Rail Week",
    ),
    Layout(
        "a blog post with a lower-case byline and a quoted older post",
        "Why I stopped waiting for the Carrow line\n\nby Juno Feld\n\n"
        "Last year I wrote, on 3 March 2028: \"Trains by Christmas.\" I was wrong.\n\n" + BODY_6,
        "Why I stopped waiting for the Carrow line", "Juno Feld", None, None,
    ),
    # ------------------------------------------------------------ press releases and notices
    Layout(
        "a press release with a dateline and a media contact",
        "FOR IMMEDIATE RELEASE\n\nHalden Regional Rail Authority announces revised Carrow timetable\n\n"
        "HALDEN, 14 January 2029 \u2014 " + BODY_6 + "\nMedia contact: Odile Brennan, press@rail.example.org\n\n###\n",
        "Halden Regional Rail Authority announces revised Carrow timetable", None, D(2029, 1, 14),
        "Halden Regional Rail Authority",
    ),
    Layout(
        "an embargoed news release",
        "EMBARGOED UNTIL 00:01 GMT, 16 JANUARY 2029\n\nNEWS RELEASE\n\nCarrow line: new reopening date confirmed\n\n" + BODY_6
        + "\nNotes to editors\n1. The authority was founded in 1998.\n",
        "Carrow line: new reopening date confirmed", None, None, None,
    ),
    Layout(
        "a release's provider block and source line",
        "Halden Regional Rail Authority Confirms Carrow Line Timetable\n\nNEWS PROVIDED BY\nHalden Regional Rail Authority\n"
        "Jan 14, 2029, 08:00 ET\n\n" + BODY_6 + "\nSOURCE Halden Regional Rail Authority\n",
        "Halden Regional Rail Authority Confirms Carrow Line Timetable", None, D(2029, 1, 14),
        "Halden Regional Rail Authority",
    ),
    Layout(
        "a notice under a letterhead with a reference and date",
        "HALDEN REGIONAL RAIL AUTHORITY\nRef: HRRA/2029/014\nDate: 15 January 2029\n\nNotice to passengers: Carrow line\n\n" + BODY_6,
        "Notice to passengers: Carrow line", None, D(2029, 1, 15), "Halden Regional Rail Authority",
    ),
    # ------------------------------------------------------------ transcripts, forums, e-mail
    Layout(
        "a committee's evidence transcript with its day",
        "TRANSPORT COMMITTEE\n\nOral evidence: Carrow line reopening\n\nTuesday 16 January 2029\n\n"
        "CHAIR: Ms Brennan, when will trains run again?\n\nODILE BRENNAN: " + BODY_6,
        "Oral evidence: Carrow line reopening", None, D(2029, 1, 16), "Transport Committee",
    ),
    Layout(
        "an undated podcast transcript",
        "Episode 31: The Carrow delay\n\nHOST: Welcome back. Today, the Carrow line.\n\nGUEST: " + BODY_6,
        "Episode 31: The Carrow delay", None, None, None,
    ),
    Layout(
        "a forum post with the poster's join date",
        "Re: Carrow line reopening date?\n\nrailfan_77\nJoined: Mar 2014 \u00b7 Posts: 3,412\n\n"
        "Posted: Sun Jan 14, 2029 9:41 pm\n\n" + BODY_6,
        "Re: Carrow line reopening date?", "railfan_77", D(2029, 1, 14), None,
    ),
    Layout(
        "a forum reply quoting a dated older post",
        "Carrow line reopening date?\n\nPosted by tunnelwatcher\n\nQuote from: railfan_77 on 3 March 2027\n"
        "> They said 2027. It will be 2029 at least.\n\n" + BODY_6,
        "Carrow line reopening date?", "tunnelwatcher", None, None,
    ),
    Layout(
        "an e-mail sent in a German locale",
        "From: Odile Brennan\nSent: Montag, 15. Januar 2029 09:12\nTo: Board members\nSubject: Carrow timetable\n\n" + BODY_6,
        "Carrow timetable", "Odile Brennan", D(2029, 1, 15), None,
    ),
    Layout(
        "an e-mail with a numeric date header first",
        "Date: 2029-01-15 09:12 +0100\nFrom: Juno Feld <juno.feld@example.org>\nTo: rail-list@example.org\n"
        "Subject: Carrow line again\n\n" + BODY_6,
        "Carrow line again", "Juno Feld", D(2029, 1, 15), None,
    ),
    # ------------------------------------------------------------ documents pasted as text
    Layout(
        "a report's running header and a prepared-by unit",
        "Halden Regional Rail Authority | Page 1 of 40\n\nCARROW LINE: RECOVERY PLAN\n\n"
        "Prepared by the Infrastructure Directorate\nJanuary 2029\n\n" + BODY_6,
        "CARROW LINE: RECOVERY PLAN", "Infrastructure Directorate", "2029-01", "Halden Regional Rail Authority",
    ),
    Layout(
        "an undated technical note with a page number",
        "Carrow Line Passenger Forecast\n\nTechnical Note 4\n\n" + BODY_6 + "\n3\n",
        "Carrow Line Passenger Forecast", None, None, None,
    ),
    Layout(
        "a paper's authors with initials and an affiliation",
        "Forecasting ridership after long closures: the Carrow line\n\nJ. Feld, O. Brennan\n\n"
        "Department of Transport Studies, University of Halden\n\nAbstract\n\n" + BODY_6,
        "Forecasting ridership after long closures: the Carrow line", "J. Feld, O. Brennan", None, None,
    ),
    # ------------------------------------------------------------ dates in other languages and forms
    Layout(
        "a French byline and publication stamp",
        "La ligne Carrow rouvrira en 2029\n\nPar Odile Brennan\nPubli\u00e9 le 14 janvier 2029 \u00e0 10h12\n\n" + BODY_6,
        "La ligne Carrow rouvrira en 2029", "Odile Brennan", D(2029, 1, 14), None,
    ),
    Layout(
        "a Spanish byline and publication stamp",
        "La l\u00ednea Carrow volver\u00e1 en 2029\n\nPor Mar\u00eda Lozano\nPublicado el 14 de enero de 2029\n\n" + BODY_6,
        "La l\u00ednea Carrow volver\u00e1 en 2029", "Mar\u00eda Lozano", D(2029, 1, 14), None,
    ),
    Layout(
        "a German byline with a dotted date",
        "Carrow-Strecke \u00f6ffnet erst 2029\n\nVon Jonas Reiter | 14.01.2029, 10:12 Uhr\n\n" + BODY_6,
        "Carrow-Strecke \u00f6ffnet erst 2029", "Jonas Reiter", D(2029, 1, 14), None,
    ),
    Layout(
        "a month-first numeric posted date",
        "Carrow line update\n\nPosted 01/14/2029 by Hal Okoro\n\n" + BODY_6,
        "Carrow line update", "Hal Okoro", D(2029, 1, 14), None,
    ),
    Layout(
        "a weekday with an ordinal day",
        "Carrow line: the new timetable\n\nSunday, 14th January 2029\n\nBy Greta Lindqvist\n\n" + BODY_6,
        "Carrow line: the new timetable", "Greta Lindqvist", D(2029, 1, 14), None,
    ),
    Layout(
        "a dotted year-first date",
        "Carrow line timetable notes\n\n2029.01.14 | Hal Okoro\n\n" + BODY_6,
        "Carrow line timetable notes", "Hal Okoro", D(2029, 1, 14), None,
    ),
    # ------------------------------------------------------------ undated texts full of dates
    Layout(
        "an undated history that opens with dates",
        "A short history of the Carrow line\n\nThe line opened on 1 June 1881. It closed for the first time on"
        " 4 August 1914, reopened in 1919, and lost its sleeper service on 31 May 1962.\n\n" + BODY_6,
        "A short history of the Carrow line", None, None, None,
    ),
    Layout(
        "an untitled text whose first sentence opens with a date",
        "On 14 January 2029 the authority admitted what commuters had long suspected.\n\n" + BODY_6,
        None, None, None, None,
    ),
    Layout(
        "a table of milestones under the title",
        "Carrow line milestones\n\n| Milestone | Date |\n| Tunnel survey | 12 March 2027 |\n| Repairs begin | 1 May 2028 |\n"
        "| Reopening | 30 September 2029 |\n\n" + BODY_6,
        "Carrow line milestones", None, None, None,
    ),
    Layout(
        "a heading that names a consultation's closing day",
        "Consultation closes 28 February 2029: have your say on the Carrow timetable\n\n" + BODY_6,
        "Consultation closes 28 February 2029: have your say on the Carrow timetable", None, None, None,
    ),
    Layout(
        "a timetable line under the title",
        "Carrow line reopening: what to expect\n\nFirst trains: Sunday 30 September 2029, 06:10\n\nBy Cara Voss\n\n" + BODY_6,
        "Carrow line reopening: what to expect", "Cara Voss", None, None,
    ),
)

# Written after every rule of the sixth round, and scored once before any rule was changed for
# them ("sixth, held out"): how the round's rules read layouts they were not built from.
BODY_7 = (
    "The county expects the new Ashby bridge to open to traffic by 1 March 2031, and councillors will"
    " review the budget on 18 June 2030.\n\n"
    "The old bridge was closed in May 2027 after an inspection found cracked bearings. \"Tolls will not be"
    " needed,\" said Ravi Castell, the county engineer, at a briefing on 4 April 2030.\n"
)

SIXTH_HELD_OUT: tuple[Layout, ...] = (
    Layout(
        "an advertisement line under the byline and date",
        "Ashby bridge to open in 2031\n\nBy Nadia Korhonen\nApril 5, 2030\n\nAdvertisement\n\n" + BODY_7,
        "Ashby bridge to open in 2031", "Nadia Korhonen", D(2030, 4, 5), None,
    ),
    Layout(
        "a news app's save and listen line",
        "Ashby bridge on track, says county\n\nSave \u00b7 Share \u00b7 3 min listen\n\nBy Lior Ben-Ami | 5 April 2030, 10:02 BST\n\n" + BODY_7,
        "Ashby bridge on track, says county", "Lior Ben-Ami", D(2030, 4, 5), None,
    ),
    Layout(
        "an undated explainer with a box of key dates",
        "Ashby bridge: what you need to know\n\nKey dates\n18 June 2030 \u2014 budget review\n1 March 2031 \u2014 opening\n\n" + BODY_7,
        "Ashby bridge: what you need to know", None, None, None,
    ),
    Layout(
        "a masthead over the day and the cover price",
        "THE ASHBY ARGUS\nSaturday, April 6, 2030 \u00b7 Price 1.50\n\nBridge will open in 2031, county says\n\n" + BODY_7,
        "Bridge will open in 2031, county says", None, D(2030, 4, 6), "The Ashby Argus",
    ),
    Layout(
        "a councillor's name and day at the foot",
        "Why I voted for the bridge\n\n" + BODY_7 + "\nCllr Maya Osei, 6 April 2030\n",
        "Why I voted for the bridge", "Maya Osei", D(2030, 4, 6), None,
    ),
    Layout(
        "a thread started by a poster on a day",
        "Ashby bridge opening date?\n\nStarted by bridgewatcher, 5 April 2030\n\n" + BODY_7,
        "Ashby bridge opening date?", "bridgewatcher", D(2030, 4, 5), None,
    ),
    Layout(
        "a forwarded e-mail from a mail client",
        "Begin forwarded message:\n\nFrom: Ravi Castell <ravi@example.org>\nDate: 5 April 2030 at 09:14:22 BST\n"
        "To: Council members\nSubject: Bridge timetable\n\n" + BODY_7,
        "Bridge timetable", "Ravi Castell", D(2030, 4, 5), None,
    ),
    Layout(
        "an undated opinion with a standfirst and a bio",
        "The bridge we should not build\n\nA costly crossing for a town that needs buses\n\nBy Tomasz Wren\n\n" + BODY_7
        + "\nTomasz Wren chairs the Ashby Bus Users Group.\n",
        "The bridge we should not build", "Tomasz Wren", None, None,
    ),
    Layout(
        "a month-first date with a clock and a poster",
        "Bridge update\n\nPosted 04/05/2030 10:15 AM by Lena Marsh\n\n" + BODY_7,
        "Bridge update", "Lena Marsh", D(2030, 4, 5), None,
    ),
    Layout(
        "page source fields pasted with the text",
        "Ashby bridge opening confirmed\n\ndatePublished: 2030-04-05T08:00:00Z\nauthor: Lena Marsh\n\n" + BODY_7,
        "Ashby bridge opening confirmed", "Lena Marsh", D(2030, 4, 5), None,
    ),
    Layout(
        "a list of older stories under the byline",
        "Ashby bridge opening confirmed\n\nBy Lena Marsh\n\nMore on this story\nBridge closed after inspection (12 May 2027)\n"
        "County seeks funds (3 March 2028)\n\n" + BODY_7,
        "Ashby bridge opening confirmed", "Lena Marsh", None, None,
    ),
    Layout(
        "a dated caption under the headline",
        "New bridge takes shape\n\nThe deck being lifted into place on 2 April 2030. Photograph: Sam Lutz\n\nBy Lena Marsh\n\n" + BODY_7,
        "New bridge takes shape", "Lena Marsh", None, None,
    ),
    Layout(
        "an Italian byline",
        "Il ponte di Ashby aprir\u00e0 nel 2031\n\ndi Giulia Ferri\n\n" + BODY_7,
        "Il ponte di Ashby aprir\u00e0 nel 2031", "Giulia Ferri", None, None,
    ),
    Layout(
        "an abbreviated weekday and an ordinal",
        "Bridge works resume\n\nTue 2nd April 2030\n\n" + BODY_7,
        "Bridge works resume", None, D(2030, 4, 2), None,
    ),
    Layout(
        "a government page's department and published lines",
        "Ashby bridge funding approved\n\nFrom: Department for Local Transport\nPublished 5 April 2030\n\n" + BODY_7,
        "Ashby bridge funding approved", None, D(2030, 4, 5), "Department for Local Transport",
    ),
    Layout(
        "a filed line above a wire dateline",
        "Bridge opening set for 2031\n\nFiled 5 April 2030, 14:05 GMT\n\nASHBY (Westwire) \u2014 " + BODY_7,
        "Bridge opening set for 2031", None, D(2030, 4, 5), "Westwire",
    ),
    Layout(
        "a copyright year and all rights reserved",
        "Bridging Ashby\n\n" + BODY_7 + "\nCopyright 2030 Ashby Civic Society. All rights reserved.\n",
        "Bridging Ashby", None, None, "Ashby Civic Society",
    ),
    Layout(
        "an undated statement from an unnamed official",
        "Statement from the county engineer on the Ashby bridge\n\n" + BODY_7,
        "Statement from the county engineer on the Ashby bridge", None, None, None,
    ),
    Layout(
        "a paper presented over a span of conference days",
        "Designing for flood: the Ashby bridge\n\nLena Marsh\n\nPresented at the Bridges 2030 Conference, 12\u201314 June 2030\n\n" + BODY_7,
        "Designing for flood: the Ashby bridge", "Lena Marsh", None, None,
    ),
    Layout(
        "readers' comments under an undated post",
        "Is the bridge worth it?\n\n" + BODY_7 + "\n2 comments\n\nbridgewatcher \u00b7 6 April 2030\nNo.\n",
        "Is the bridge worth it?", None, None, None,
    ),
    Layout(
        "a date alone over the body",
        "5 April 2030\n\n" + BODY_7,
        None, None, D(2030, 4, 5), None,
    ),
    Layout(
        "an editor's letter signed with the paper",
        "From the editor\n\nA bridge at last\n\n" + BODY_7 + "\nMarta Quint\nEditor, The Ashby Argus\n",
        "A bridge at last", "Marta Quint", None, "The Ashby Argus",
    ),
)

# ---------------------------------------------------------------- seventh round
# Written before the seventh round changed any rule, and scored once before any change (issue 13,
# "unseen layouts, seventh round"), in the kinds the earlier sets lack or scored worst on:
# transcripts (podcasts, hearings, an earnings call, a radio interview), forum and message-board
# threads in many header forms, picks pages, speeches "as prepared for delivery", newsletters,
# syndicated and wire copy, pages with navigation and bylines in odd places, and undated texts full
# of body dates. The body names a target day, a meeting still to come, a past year and a quoted
# engineer's dated letter: none of them is the text's date or its author.
BODY_8 = (
    "The Lenmark ferry operator expects to run electric boats on the island route by 1 July 2032, and"
    " the county council will decide on the subsidy at its meeting on 9 October 2031.\n\n"
    "Crossings fell by a fifth in 2029 after the old vessels were withdrawn. \"Fares will come down once"
    " the batteries pay for themselves,\" said Mirela Dunst, the operator's chief engineer, in a letter"
    " dated 22 August 2031.\n"
)
_PARA_8 = BODY_8.split("\n\n")

SEVENTH: tuple[Layout, ...] = (
    # ------------------------------------------------------------ transcripts
    Layout(
        "a podcast transcript under the show's name with a release line",
        "THE HARBOUR HOUR\n\nEpisode 112: Can the ferries go electric?\n\nReleased 3 September 2031 \u00b7 48 min\n\n"
        "TRANSCRIPT\n\n[00:00:00] KIT AMBROSE: Welcome back to the show.\n\n[00:00:12] MIRELA DUNST: " + BODY_8,
        "Episode 112: Can the ferries go electric?", None, D(2031, 9, 3), "The Harbour Hour",
    ),
    Layout(
        "a council hearing's record under the council's name",
        "LENMARK COUNTY COUNCIL\n\nPublic hearing: island ferry electrification\n\nThursday 11 September 2031\n\n"
        "Present: Cllr A. Rowe (Chair), Cllr T. Nkemelu\n\nTHE CHAIR: Good morning. Ms Dunst, please begin.\n\n"
        "MS DUNST: " + BODY_8,
        "Public hearing: island ferry electrification", None, D(2031, 9, 11), "Lenmark County Council",
    ),
    Layout(
        "a legislative hearing's cover in capitals",
        "HEARING BEFORE THE COMMITTEE ON MARITIME AFFAIRS\n\nELECTRIC FERRIES AND THE ISLAND ROUTES\n\n"
        "SEPTEMBER 11, 2031\n\nSerial No. 32-14\n\nThe CHAIRMAN. The committee will come to order.\n\n"
        "Ms. DUNST. " + BODY_8,
        "ELECTRIC FERRIES AND THE ISLAND ROUTES", None, D(2031, 9, 11), "Committee on Maritime Affairs",
    ),
    Layout(
        "an earnings call's company, call name and participants",
        "Lenmark Ferries plc \u2014 Q2 2031 results conference call\n\nTranscript\n\n14 August 2031, 08:30 BST\n\n"
        "Corporate participants\nAnna Vries \u2014 Chief Executive\nMirela Dunst \u2014 Chief Engineer\n\n"
        "Operator\nGood morning, and welcome to the call.\n\nMirela Dunst\n" + BODY_8,
        "Q2 2031 results conference call", None, D(2031, 8, 14), "Lenmark Ferries plc",
    ),
    Layout(
        "a radio interview under the programme and station",
        "Morning Report \u2014 Radio Lenmark\n\nInterview: Mirela Dunst on the electric ferries\n\n"
        "Broadcast: Tuesday 2 September 2031, 07:40\n\nPRESENTER: How soon?\n\nMIRELA DUNST: " + BODY_8,
        "Interview: Mirela Dunst on the electric ferries", None, D(2031, 9, 2), "Radio Lenmark",
    ),
    Layout(
        "an undated live podcast with a recording note",
        "Ferry Tales #9: Are batteries ready?\n\n(Recorded live at the Lenmark Arts Centre)\n\n"
        "[00:01] KIT: Hello, everyone.\n\n[00:09] MIRELA: " + BODY_8,
        "Ferry Tales #9: Are batteries ready?", None, None, None,
    ),
    # ------------------------------------------------------------ forums and message boards
    Layout(
        "a board index trail over a post by a poster on a day",
        "Lenmark Islanders Forum\nBoard index \u2039 Transport \u2039 Ferries\n\nElectric ferries by 2032?\n\n"
        "Post by seagull_sam \u00bb Wed Sep 03, 2031 8:14 pm\n\n" + BODY_8,
        "Electric ferries by 2032?", "seagull_sam", D(2031, 9, 3), "Lenmark Islanders",
    ),
    Layout(
        "a thread's first post with a month-first date and the poster's stats",
        "Lenmark Boards > Island Life > Transport\n\nThread: Electric ferries: anyone believe it?\n\n#1\n"
        "09-23-2031, 08:14 PM\nseagull_sam\nSenior Member\nJoin Date: Jun 2012\nPosts: 4,201\n\n" + BODY_8,
        "Electric ferries: anyone believe it?", "seagull_sam", D(2031, 9, 23), "Lenmark",
    ),
    Layout(
        "a topic with two posters",
        "Topic: Electric ferries by 2032?\n\nseagull_sam \u00b7 3 Sep 2031, 20:14\n\n" + _PARA_8[0] + "\n\n"
        "harbourcat \u00b7 3 Sep 2031, 21:02\n\n" + _PARA_8[1],
        "Electric ferries by 2032?", None, D(2031, 9, 3), None,
    ),
    Layout(
        "a post with tags and a relative age",
        "Electric ferries by 2032?\n\nTransport  ferries  electrification\n\nseagull_sam\n3d\n\n" + BODY_8,
        "Electric ferries by 2032?", "seagull_sam", None, None,
    ),
    Layout(
        "a link aggregator's submission line",
        "Lenmark ferries to go electric by 2032 (lenmarkferries.example)\n\n"
        "142 points by tidewatch 3 hours ago | hide | 87 comments\n\n" + BODY_8,
        "Lenmark ferries to go electric by 2032", "tidewatch", None, None,
    ),
    Layout(
        "a submitted line naming the community",
        "Electric ferries by 2032? Colour me sceptical\n\nsubmitted 5 hours ago by tidewatch to r/lenmark\n\n" + BODY_8,
        "Electric ferries by 2032? Colour me sceptical", "tidewatch", None, "lenmark",
    ),
    Layout(
        "a mailing list archive's message",
        "[Lenmark-transport] Electric ferries by 2032?\n\nSam Gullane sgullane at example.org\n"
        "Wed Sep 3 20:14:05 BST 2031\n\nPrevious message: Timetable changes\nNext message: Fares\n"
        "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]\n\n" + BODY_8,
        "Electric ferries by 2032?", "Sam Gullane", D(2031, 9, 3), None,
    ),
    Layout(
        "a chat channel's message today",
        "#island-transport\n\nseagull_sam \u2014 Today at 8:14 PM\n" + BODY_8,
        None, "seagull_sam", None, None,
    ),
    Layout(
        "a post with an edit stamp and a signature",
        "Electric ferries by 2032?\n\nPosted by seagull_sam on 3 September 2031\n\n" + BODY_8
        + "\nLast edited by seagull_sam; 4 September 2031 at 09:02.\n\n__________________\nIsland born, island bred.\n",
        "Electric ferries by 2032?", "seagull_sam", D(2031, 9, 3), None,
    ),
    Layout(
        "a reply's number and day with a quoted older post",
        "Re: Electric ferries by 2032?\n\u00ab Reply #3 on: September 03, 2031, 08:14:22 PM \u00bb\n\n"
        "Quote from: harbourcat on September 02, 2031, 10:01:13 AM\n> Not a chance.\n\n" + BODY_8,
        "Re: Electric ferries by 2032?", None, D(2031, 9, 3), None,
    ),
    # ------------------------------------------------------------ picks pages
    Layout(
        "a weekly picks column with the games' day under the date",
        "Week 5 picks: Lenmark Rovers to cover again\n\nBy Joe Kettering\nPublished Oct 1, 2031\n\n"
        "Games of Saturday, Oct. 4, 2031\n\n" + BODY_8,
        "Week 5 picks: Lenmark Rovers to cover again", "Joe Kettering", D(2031, 10, 1), None,
    ),
    Layout(
        "a staff picks grid under a section masthead",
        "LENMARK SPORT\n\nStaff picks: Round 7\n\n| Game | Ada | Tom | Kit |\n| Rovers v City | Rovers | City | Rovers |\n\n" + BODY_8,
        "Staff picks: Round 7", None, None, "Lenmark Sport",
    ),
    Layout(
        "a racing tips card with its tipster",
        "Lenmark Park tips for Saturday 4 October 2031\n\nTipster: Marta Ilves\n\n1.30 Sea Breeze\n2.05 Harbour Light\n\n" + BODY_8,
        "Lenmark Park tips for Saturday 4 October 2031", "Marta Ilves", None, None,
    ),
    Layout(
        "a fight card with the event's day and venue",
        "FIGHT NIGHT 44: Dunst vs Rowe\nSaturday, October 11, 2031 \u00b7 Lenmark Arena\n\nOur picks for every bout\n\n" + BODY_8,
        "FIGHT NIGHT 44: Dunst vs Rowe", None, None, None,
    ),
    Layout(
        "a betting newsletter's record line under the byline",
        "The Sharp End: Week 6 best bets\n\nby Kit Ambrose \u00b7 Oct 8, 2031\n\nRecord to date: 41-22 (65%)\n\n" + BODY_8,
        "The Sharp End: Week 6 best bets", "Kit Ambrose", D(2031, 10, 8), None,
    ),
    Layout(
        "a yearly predictions list with a name and day",
        "My 2032 predictions\n\nAda Marsh \u00b7 31 December 2031\n\n1. The ferries go electric by July.\n"
        "2. The council keeps the subsidy.\n\n" + BODY_8,
        "My 2032 predictions", "Ada Marsh", D(2031, 12, 31), None,
    ),
    # ------------------------------------------------------------ speeches
    Layout(
        "a speech's title, speaker line, event and an as-prepared note",
        "Charting the next decade of island transport\n\nRemarks by Anna Vries, Governor of Lenmark County\n"
        "Lenmark Maritime Conference, Port Hallam\n16 September 2031\n\nAs prepared for delivery\n\n" + BODY_8,
        "Charting the next decade of island transport", "Anna Vries", D(2031, 9, 16), None,
    ),
    Layout(
        "remarks as prepared for delivery by a secretary",
        "Remarks as Prepared for Delivery by Secretary Mirela Dunst at the Annual Ports Dinner\n\n"
        "September 16, 2031\n\nThank you all for coming.\n\n" + BODY_8,
        "Remarks as Prepared for Delivery by Secretary Mirela Dunst at the Annual Ports Dinner", "Mirela Dunst",
        D(2031, 9, 16), None,
    ),
    Layout(
        "a minister's speech under embargo and check-against-delivery lines",
        "EMBARGOED UNTIL DELIVERY\nCHECK AGAINST DELIVERY\n\n"
        "Speech by the Minister for Islands, Tomas Greer MP, to the Ferry Operators' Association\n\n"
        "Lenmark, 16 September 2031\n\n" + BODY_8,
        "Speech by the Minister for Islands, Tomas Greer MP, to the Ferry Operators' Association", "Tomas Greer",
        D(2031, 9, 16), None,
    ),
    Layout(
        "a commencement address delivered by a speaker at a university",
        "Commencement Address to the Class of 2031\n\nDelivered by Dr. Kit Ambrose\nUniversity of Lenmark\nMay 24, 2031\n\n" + BODY_8,
        "Commencement Address to the Class of 2031", "Kit Ambrose", D(2031, 5, 24), None,
    ),
    Layout(
        "an undated address by a captain",
        "Address to the harbour pilots\n\nCaptain Anna Vries\n\n(As prepared for delivery)\n\n" + BODY_8,
        "Address to the harbour pilots", "Anna Vries", None, None,
    ),
    # ------------------------------------------------------------ newsletters
    Layout(
        "a newsletter's forward line, name, issue and sign-off",
        "Forwarded this email? Subscribe here for more\n\nISLAND DISPATCH\nIssue #48 \u00b7 Wednesday 3 September 2031\n\n"
        "The ferry question\n\nHi friends,\n\n" + BODY_8 + "\nSee you next week,\nKit\n\n"
        "Kit Ambrose writes Island Dispatch from Port Hallam.\n",
        "The ferry question", "Kit Ambrose", D(2031, 9, 3), "Island Dispatch",
    ),
    Layout(
        "a newsletter post with a subtitle and counters",
        "The ferry question\n\nAnd why the batteries matter more than the boats\n\nKit Ambrose\nSep 03, 2031\n\n24\n\n5\n\nShare\n\n" + BODY_8,
        "The ferry question", "Kit Ambrose", D(2031, 9, 3), None,
    ),
    Layout(
        "an undated briefing with an in-this-issue list of dated items",
        "LENMARK TRANSPORT BRIEFING\n\nIn this issue:\n- Ferries: electric by 1 July 2032?\n- Council meets 9 October 2031\n"
        "- Letters\n\n" + BODY_8,
        None, None, None, "Lenmark Transport Briefing",
    ),
    Layout(
        "a newsletter received as an e-mail from its sender name",
        "From: Island Dispatch <hello@islanddispatch.example>\nDate: Wed, 3 Sep 2031 07:00:12 +0100\n"
        "To: reader@example.org\nSubject: The ferry question\n\n" + BODY_8,
        "The ferry question", None, D(2031, 9, 3), "Island Dispatch",
    ),
    # ------------------------------------------------------------ wire and syndicated copy
    Layout(
        "a wire slug over the headline and a yearless dateline",
        "LNW-FERRIES/ (UPDATE 2)\n\nLenmark ferry operator sets 2032 electric target\n\nBy Marta Ilves\n\n"
        "PORT HALLAM, Sept 3 (Lenmark News Wire) - " + BODY_8,
        "Lenmark ferry operator sets 2032 electric target", "Marta Ilves", None, "Lenmark News Wire",
    ),
    Layout(
        "a republished story with a licence line at the foot",
        "Why the island ferries are going electric\n\nKit Ambrose\n\n" + BODY_8
        + "\nThis article is republished from The Island Review under a Creative Commons licence. Read the original article.\n",
        "Why the island ferries are going electric", "Kit Ambrose", None, "The Island Review",
    ),
    Layout(
        "a wire story's copyright notice at the foot",
        "Ferry operator promises electric boats\n\nPORT HALLAM (LNW) \u2014 " + BODY_8
        + "\nCopyright 2031 Lenmark News Wire. All rights reserved. This material may not be published, broadcast, "
        "rewritten or redistributed.\n",
        "Ferry operator promises electric boats", None, None, "Lenmark News Wire",
    ),
    Layout(
        "a wire byline in capitals with the agency and a contributor line",
        "Ferry operator promises electric boats\n\nBy MARTA ILVES, Lenmark News Wire\n\nPORT HALLAM, England (LNW) \u2014 "
        + BODY_8 + "\n___\nWire writer Kit Ambrose contributed from Lenmark.\n",
        "Ferry operator promises electric boats", "Marta Ilves", None, "Lenmark News Wire",
    ),
    Layout(
        "a contributor's special-to line",
        "Island ferries: the case for batteries\n\nBy Kit Ambrose\nSpecial to The Island Review\n\n" + BODY_8,
        "Island ferries: the case for batteries", "Kit Ambrose", None, "The Island Review",
    ),
    # ------------------------------------------------------------ navigation and bylines in odd places
    Layout(
        "skip links and a menu over the masthead, the byline at the foot",
        "Skip to main content\nMenu\nSearch\nSign in\n\nHome | News | Sport | Business | Opinion\n\nLenmark Evening Post\n\n"
        "Ferry firm promises electric fleet by 2032\n\n3 September 2031\n\n" + BODY_8 + "\nStory by Marta Ilves\n",
        "Ferry firm promises electric fleet by 2032", "Marta Ilves", D(2031, 9, 3), "Lenmark Evening Post",
    ),
    Layout(
        "a standfirst over the writer's name, post, handle and stamp",
        "Ferry firm promises electric fleet\n\nThe island route would be the first in the county to go battery-only.\n\n"
        "Marta Ilves\nTransport correspondent\n@martailves\n\nWed 3 Sep 2031 10.04 BST\n\n" + BODY_8,
        "Ferry firm promises electric fleet", "Marta Ilves", D(2031, 9, 3), None,
    ),
    Layout(
        "an about-the-author box naming the paper",
        "Ferry firm promises electric fleet\n\n" + BODY_8
        + "\nAbout the author\nMarta Ilves is transport correspondent for the Lenmark Evening Post.\n",
        "Ferry firm promises electric fleet", "Marta Ilves", None, "Lenmark Evening Post",
    ),
    Layout(
        "a most-read list and footer links under the story",
        "Ferry fares to fall, operator says\n\nBy Marta Ilves\n\n" + BODY_8
        + "\nMost read\n1. Council sets budget date (2 September 2031)\n2. Storm closes harbour (1 September 2031)\n\n"
        "About us | Contact | Privacy\n\u00a9 Lenmark Evening Post 2031\n",
        "Ferry fares to fall, operator says", "Marta Ilves", None, "Lenmark Evening Post",
    ),
    Layout(
        "a tag line with a reading time and a words and pictures credit",
        "TRANSPORT \u00b7 ISLANDS \u00b7 4 MIN READ\n\nFerry firm promises electric fleet\n\nWords: Marta Ilves \u00b7 Pictures: Sam Lutz\n\n" + BODY_8,
        "Ferry firm promises electric fleet", "Marta Ilves", None, None,
    ),
    Layout(
        "two writers joined by and, with a clock time",
        "Ferry firm promises electric fleet\n\nBy Marta Ilves and Tomas Greer\nSeptember 3, 2031, 6:00 AM\n\n" + BODY_8,
        "Ferry firm promises electric fleet", "Marta Ilves, Tomas Greer", D(2031, 9, 3), None,
    ),
    Layout(
        "a place, a day and a name on one line",
        "Ferry firm promises electric fleet\n\nPort Hallam | 3 September 2031 | Marta Ilves\n\n" + BODY_8,
        "Ferry firm promises electric fleet", "Marta Ilves", D(2031, 9, 3), None,
    ),
    Layout(
        "a masthead with edition and weather over a headline in capitals",
        "LENMARK EVENING POST\nLate edition \u00b7 Wednesday, September 3, 2031 \u00b7 Showers, 14\u00b0C\n\n"
        "FERRY FIRM GOES ELECTRIC\n\n" + BODY_8,
        "FERRY FIRM GOES ELECTRIC", None, D(2031, 9, 3), "Lenmark Evening Post",
    ),
    # ------------------------------------------------------------ undated texts full of dates
    Layout(
        "an undated question-and-answer page",
        "Electric ferries: questions and answers\n\nWhen will the new boats arrive?\nThe first is due on 1 March 2032.\n\n"
        "When will the council decide?\nAt its meeting on 9 October 2031.\n\n" + BODY_8,
        "Electric ferries: questions and answers", None, None, None,
    ),
    Layout(
        "an undated timeline with years and days as headings",
        "Ferries on the island route: a timeline\n\n1998\nThe first car ferry enters service.\n\n2029\n"
        "The old vessels are withdrawn.\n\n1 July 2032\nThe electric fleet is due.\n\n" + BODY_8,
        "Ferries on the island route: a timeline", None, None, None,
    ),
    Layout(
        "an untitled text whose first sentence opens with a target day",
        "By 1 July 2032, if the operator keeps its word, the island route will be electric.\n\n" + BODY_8,
        None, None, None, None,
    ),
    Layout(
        "a consultation's period and closing day under the council",
        "Lenmark County Council\n\nIsland ferries: consultation on fares\n\nConsultation period: 1 September \u2013 31 October 2031\n"
        "Responses by 31 October 2031\n\n" + BODY_8,
        "Island ferries: consultation on fares", None, None, "Lenmark County Council",
    ),
    Layout(
        "a notice's effective day and next review",
        "Ferry timetable changes\n\nEffective from 1 January 2032\n\nNext review: March 2032\n\n" + BODY_8,
        "Ferry timetable changes", None, None, None,
    ),
    Layout(
        "a dated pull quote above the headline",
        "\u201cThe batteries will pay for themselves by 2035.\u201d \u2014 Mirela Dunst, 22 August 2031\n\n"
        "Why the island ferries are going electric\n\n" + BODY_8,
        "Why the island ferries are going electric", None, None, None,
    ),
    Layout(
        "an event listing's day, hours and place",
        "Island Transport Open Day\n\nSaturday 4 October 2031, 10:00\u201316:00\nPort Hallam ferry terminal\n\n" + BODY_8,
        "Island Transport Open Day", None, None, None,
    ),
    Layout(
        "a diary entry that opens with a dated sentence",
        "Crossing diary, day 3\n\nWe left Port Hallam on 1 September 2031 in a gale.\n\n" + BODY_8,
        "Crossing diary, day 3", None, None, None,
    ),
    Layout(
        "an undated letter with a salutation and a signature",
        "Dear Mirela,\n\nI write on the eve of the council's vote.\n\n" + BODY_8 + "\nYours sincerely,\nKit Ambrose\n",
        None, "Kit Ambrose", None, None,
    ),
)

# Written after every rule of the seventh round, and scored once before any rule was changed for
# them ("seventh, held out"): how the round's rules read layouts they were not built from.
BODY_9 = (
    "The water board expects the Harrow reservoir to be full again by 31 March 2034, and ministers will rule"
    " on the hosepipe ban on 2 June 2033.\n\n"
    "The reservoir last ran dry in 2025. \"Bills will rise before they fall,\" said Petra Lindahl, the board's"
    " director, in evidence dated 19 May 2033.\n"
)

SEVENTH_HELD_OUT: tuple[Layout, ...] = (
    Layout(
        "a podcast's name over an episode and its length",
        "Waterlines\n\nEpisode 14: The reservoir question\n\nMay 21, 2033 \u00b7 37 min\n\nShow notes\n\n" + BODY_9,
        "Episode 14: The reservoir question", None, D(2033, 5, 21), "Waterlines",
    ),
    Layout(
        "a select committee's oral evidence",
        "Environment Committee\n\nOral evidence: Harrow reservoir\n\nWednesday 25 May 2033\n\n"
        "Q1 Chair: Ms Lindahl, when will it refill?\n\nPetra Lindahl: " + BODY_9,
        "Oral evidence: Harrow reservoir", None, D(2033, 5, 25), "Environment Committee",
    ),
    Layout(
        "a reply's header with the poster and day after by",
        "Re: Hosepipe ban this summer?\n\nby drystone_dave \u00bb 24 May 2033, 21:15\n\n" + BODY_9,
        "Re: Hosepipe ban this summer?", "drystone_dave", D(2033, 5, 24), None,
    ),
    Layout(
        "a post's poster over a day without a year",
        "Hosepipe ban this summer?\n\ndrystone_dave\nMay 24\n\n" + BODY_9,
        "Hosepipe ban this summer?", "drystone_dave", None, None,
    ),
    Layout(
        "racing tips with a correspondent and race times",
        "Derby day tips from our racing desk\n\nBy Rowan Pike, Racing Correspondent\nPublished: 31 May 2033\n\n"
        "Race times: Saturday 4 June 2033\n\n" + BODY_9,
        "Derby day tips from our racing desk", "Rowan Pike", D(2033, 5, 31), None,
    ),
    Layout(
        "a sweepstake's heading and its closing day",
        "OFFICE SWEEPSTAKE 2033\n\nEntries close Friday 3 June 2033\n\n" + BODY_9,
        "OFFICE SWEEPSTAKE 2033", None, None, None,
    ),
    Layout(
        "a keynote speech line with the speaker's post and board",
        "Water for a growing region\n\nKeynote speech by Petra Lindahl, Director, Harrow Water Board\n\n"
        "Annual Utilities Summit, 8 June 2033\n\nCheck against delivery\n\n" + BODY_9,
        "Water for a growing region", "Petra Lindahl", D(2033, 6, 8), None,
    ),
    Layout(
        "prepared remarks with the minister, the occasion and the day",
        "PREPARED REMARKS\n\nMinister Joel Sandqvist\nOpening of the Harrow pumping station\n9 June 2033\n\n" + BODY_9,
        "Opening of the Harrow pumping station", "Joel Sandqvist", D(2033, 6, 9), None,
    ),
    Layout(
        "a newsletter's name with its description, then the issue",
        "The Dry Spell \u2014 a weekly newsletter about water\n\nIssue 31 \u00b7 2 June 2033\n\nWhy the ban is coming\n\n" + BODY_9,
        "Why the ban is coming", None, D(2033, 6, 2), "The Dry Spell",
    ),
    Layout(
        "an undated newsletter with a read-online link and a first-name sign-off",
        "Read online\n\nWhy the ban is coming\n\n" + BODY_9 + "\n\u2014 Petra\n",
        "Why the ban is coming", "Petra", None, None,
    ),
    Layout(
        "a wire headline with its update tag",
        "UPDATE 1-Harrow reservoir will not refill before 2034, board says\n\nBy Rowan Pike\n\n"
        "HARROW, England, June 2 (Westmark News) - " + BODY_9,
        "Harrow reservoir will not refill before 2034, board says", "Rowan Pike", None, "Westmark News",
    ),
    Layout(
        "a columnist and a syndicate over the headline",
        "Rowan Pike\nWestmark Features Syndicate\n\nThe reservoir and the ratepayer\n\n" + BODY_9,
        "The reservoir and the ratepayer", "Rowan Pike", None, "Westmark Features Syndicate",
    ),
    Layout(
        "accessibility links, a masthead and a menu over the story",
        "Accessibility links\nSkip to content\n\nHARROW HERALD\n\nNews | Sport | Weather\n\nHosepipe ban looms for Harrow\n\n"
        "2 June 2033\n\nShare\n\n" + BODY_9,
        "Hosepipe ban looms for Harrow", None, D(2033, 6, 2), "Harrow Herald",
    ),
    Layout(
        "a reporting credit at the foot",
        "Hosepipe ban looms\n\n" + BODY_9 + "\nReporting: Rowan Pike\n",
        "Hosepipe ban looms", "Rowan Pike", None, None,
    ),
    Layout(
        "a written-by label over the name and post",
        "Hosepipe ban looms\n\nWritten by\nRowan Pike\nSenior reporter\n\n" + BODY_9,
        "Hosepipe ban looms", "Rowan Pike", None, None,
    ),
    Layout(
        "an undated explainer with a table of stages",
        "What the drought stages mean\n\n| Stage | From |\n| Stage 1 | 1 July 2033 |\n| Stage 2 | 1 September 2033 |\n\n" + BODY_9,
        "What the drought stages mean", None, None, None,
    ),
    Layout(
        "an undated fact box with years and a target day",
        "Harrow reservoir in numbers\n\nKey facts\n- Reservoir built: 1962\n- Last drought: 2025\n- Expected full: 31 March 2034\n\n" + BODY_9,
        "Harrow reservoir in numbers", None, None, None,
    ),
    Layout(
        "an undated feature whose first sentence opens with a day",
        "The second spillway\n\nUntil 2 June 2033, few people in Harrow had heard of the reservoir's second spillway.\n\n" + BODY_9,
        "The second spillway", None, None, None,
    ),
    Layout(
        "a save-the-date line under the title",
        "Harrow water open day\n\nSave the date: Sunday 12 June 2033, 10am\n\n" + BODY_9,
        "Harrow water open day", None, None, None,
    ),
    Layout(
        "a consultation's deadline for comments",
        "Drought permit application\n\nDeadline for comments: 30 June 2033\n\n" + BODY_9,
        "Drought permit application", None, None, None,
    ),
    Layout(
        "a printed letter under a kind label, signed with name and town",
        "LETTER\n\nSir, the board says the reservoir will be full by 31 March 2034. I doubt it.\n\n" + BODY_9 + "\nMargit Holm\nHarrow\n",
        None, "Margit Holm", None, None,
    ),
)

# Written before the eighth round changed any rule ("eighth"), in the kinds the earlier sets lack
# or the weak dev genres use: agency and statistics-office releases, commodity and seasonal
# bulletins, health outlooks, newsletters, essays and letters with old-style datelines, forum
# threads, market notes, undated texts full of body dates and control texts with no metadata.
# The body names a release still to come, a past year and a quoted buyer's dated letter.
BODY_10 = (
    "The statistics office will publish its revised harvest figures on 12 November 2029, and most"
    " analysts expect the wheat crop to come in below last year's.\n\n"
    "The last poor harvest was in 2021. \"Prices will stay high until the spring of 2030,\" said Oskar"
    " Brandt, the co-operative's chief buyer, in a letter dated 3 October 2029.\n"
)
# The same for texts of the old style: a sitting still to come, a past year, a dated letter.
BODY_10_OLD = (
    "It is commonly said that the price of wheat will never again fall below forty shillings the"
    " quarter, and the Corn Exchange will sit on the 1st of March next to consider the matter.\n\n"
    "The great dearth of 1847 is still remembered. \"The railways will bring corn from the prairies"
    " within twenty years,\" wrote Mr. Josiah Penrose to this journal in a letter of 4th June, 1879.\n"
)

EIGHTH: tuple[Layout, ...] = (
    # ------------------------------------------------------------ agency and statistics-office releases
    Layout(
        "a statistics office's release with release and next-release days",
        "Vessmark Statistics Office\nStatistical release\n\nHarvest estimates, 2029: first estimate\n\n"
        "Released: 14 October 2029\nNext release: 12 November 2029\nContact: harvest.stats@vso.example\n\n" + BODY_10,
        "Harvest estimates, 2029: first estimate", None, D(2029, 10, 14), "Vessmark Statistics Office",
    ),
    Layout(
        "an authority's news release in capitals with an immediate-release day",
        "VESSMARK GRAIN AUTHORITY\nNEWS RELEASE\n\nFor immediate release: 14 October 2029\n\n"
        "Export forecast raised for the 2029/30 season\n\n" + BODY_10,
        "Export forecast raised for the 2029/30 season", None, D(2029, 10, 14), "Vessmark Grain Authority",
    ),
    Layout(
        "an embargoed price release over the office's name",
        "Embargoed until 09:30, Tuesday 16 October 2029\n\nConsumer prices, September 2029\n\nVessmark Statistics Office\n\n" + BODY_10,
        "Consumer prices, September 2029", None, D(2029, 10, 16), "Vessmark Statistics Office",
    ),
    Layout(
        "a statistical bulletin with its release day and statistician",
        "Statistical bulletin\n\nLabour market overview, Vessmark: October 2029\n\nRelease date: 15 October 2029\n"
        "Next release: 19 November 2029\nStatistician: Dr Ingrid Halvorsen\n\n" + BODY_10,
        "Labour market overview, Vessmark: October 2029", "Ingrid Halvorsen", D(2029, 10, 15), None,
    ),
    Layout(
        "a ministry and its department over an outlook's title with a month",
        "Ministry of Agriculture of Vessmark\nDepartment of Market Analysis\n\nCROP OUTLOOK \u2014 OCTOBER 2029\n\n" + BODY_10,
        "CROP OUTLOOK \u2014 OCTOBER 2029", None, "2029-10",
        "Ministry of Agriculture of Vessmark \u2014 Department of Market Analysis",
    ),
    Layout(
        "a press office line with a reference and a dotted date",
        "Vessmark Grain Authority \u2014 Press Office\nRef. PR 41/2029\n14.10.2029\n\nExport forecast raised\n\n" + BODY_10,
        "Export forecast raised", None, D(2029, 10, 14), "Vessmark Grain Authority \u2014 Press Office",
    ),
    Layout(
        "a report's cover with a quarter and a published-by line",
        "QUARTERLY GRAIN STOCKS REPORT\nThird quarter 2029\n\nPublished by the Vessmark Statistics Office on 30 October 2029\n\n" + BODY_10,
        "QUARTERLY GRAIN STOCKS REPORT", None, D(2029, 10, 30), "Vessmark Statistics Office",
    ),
    # ------------------------------------------------------------ commodity and seasonal bulletins
    Layout(
        "a co-operative's numbered weekly bulletin with its issue day",
        "Weekly grain market bulletin No. 42\nIssued Monday 21 October 2029\n\nHallby Farmers' Co-operative\n\n" + BODY_10,
        "Weekly grain market bulletin No. 42", None, D(2029, 10, 21), "Hallby Farmers' Co-operative",
    ),
    Layout(
        "a seasonal outlook issued by a unit of the institute",
        "Vessmark Meteorological Institute\n\nSeasonal outlook: November 2029 \u2013 January 2030\n\n"
        "Issued 31 October 2029 by the Long-range Forecasting Unit\n\n" + BODY_10,
        "Seasonal outlook: November 2029 \u2013 January 2030", "Long-range Forecasting Unit", D(2029, 10, 31),
        "Vessmark Meteorological Institute",
    ),
    Layout(
        "an undated winter outlook with its validity",
        "WINTER OUTLOOK 2029/30\nValid: December \u2013 February\n\nVessmark Meteorological Institute\n\n" + BODY_10,
        "WINTER OUTLOOK 2029/30", None, None, "Vessmark Meteorological Institute",
    ),
    Layout(
        "a council's monthly market report titled with its month",
        "Coffee Market Report \u2014 October 2029\n\nInternational Coffee Council of Vessmark\n\n" + BODY_10,
        "Coffee Market Report \u2014 October 2029", None, "2029-10", "International Coffee Council of Vessmark",
    ),
    Layout(
        "a bulletin's volume line, a US date and a prepared-by analyst",
        "Dairy Markets Bulletin\nVolume 12, Number 40\nOctober 4, 2029\n\nPrepared by Lucia Ferreira, market analyst\n\n" + BODY_10,
        "Dairy Markets Bulletin", "Lucia Ferreira", D(2029, 10, 4), None,
    ),
    Layout(
        "a broker's line of parts over a morning note's headline",
        "Grainline Brokers | Morning Grains | 15-Oct-2029\n\nWheat firm on crop worries\n\n" + BODY_10,
        "Wheat firm on crop worries", None, D(2029, 10, 15), "Grainline Brokers",
    ),
    Layout(
        "a crop report signed for an office at the foot",
        "Crop progress and condition\n\nVessmark, week 41\n\n" + BODY_10
        + "\nFor the Regional Agricultural Office,\nP. Lindqvist\n",
        "Crop progress and condition", "P. Lindqvist", None, "Regional Agricultural Office",
    ),
    # ------------------------------------------------------------ health outlooks
    Layout(
        "a weekly surveillance report with its week and publication day",
        "Public Health Vessmark\nWeekly influenza surveillance report\n\nWeek 41 (7\u201313 October 2029)\n"
        "Published 17 October 2029\n\n" + BODY_10,
        "Weekly influenza surveillance report", None, D(2029, 10, 17), "Public Health Vessmark",
    ),
    Layout(
        "a heat-health alert issued by an agency with its validity",
        "HEAT-HEALTH ALERT: AMBER\n\nIssued by: Vessmark Health Protection Agency\n"
        "Issued at: 09:00 on Thursday 12 July 2029\nValid until: 09:00 on Monday 16 July 2029\n\n" + BODY_10,
        "HEAT-HEALTH ALERT: AMBER", None, D(2029, 7, 12), "Vessmark Health Protection Agency",
    ),
    Layout(
        "a hospital board paper with its meeting, item and reporting officer",
        "Hallby Hospitals Trust\nBoard meeting, 24 October 2029\nAgenda item 7\n\nWinter plan 2029/30\n\n"
        "Report of the Chief Operating Officer, Dr Amara Quist\n\n" + BODY_10,
        "Winter plan 2029/30", "Amara Quist", D(2029, 10, 24), "Hallby Hospitals Trust",
    ),
    Layout(
        "a technical note's number over its title and a school's unit",
        "Technical note 9/2029\n\nMeasles in Vessmark: scenarios for 2030\n\n"
        "Epidemic Modelling Unit, Hallby School of Medicine\nOctober 2029\n\n" + BODY_10,
        "Measles in Vessmark: scenarios for 2030", None, "2029-10", "Epidemic Modelling Unit, Hallby School of Medicine",
    ),
    Layout(
        "an outlook's authors with numbered affiliations",
        "Respiratory season outlook 2029\u201330\n\nJ. Moreau\u00b9, K. Asante\u00b2, L. Berg\u00b9\n"
        "\u00b9 Vessmark Institute of Public Health \u00b2 Hallby University\n\n" + BODY_10,
        "Respiratory season outlook 2029\u201330", "J. Moreau, K. Asante, L. Berg", None, None,
    ),
    # ------------------------------------------------------------ newsletters
    Layout(
        "a newsletter's name, its description and a numbered issue line",
        "The Furrow\nA fortnightly letter on farm markets\nNo. 118 \u2014 19 October 2029\n\nWhy wheat stays dear\n\n" + BODY_10,
        "Why wheat stays dear", None, D(2029, 10, 19), "The Furrow",
    ),
    Layout(
        "a members' newsletter with a season, a greeting and the chair's sign-off",
        "THE HALLBY GROWER\nMembers' newsletter \u00b7 Autumn 2029\n\nDear members,\n\n" + BODY_10
        + "\nWith best wishes,\nGreta Sundqvist\nChair\n",
        None, "Greta Sundqvist", "2029", "The Hallby Grower",
    ),
    Layout(
        "a newsletter post under the publication's name and a subscribe button",
        "Grain & Reason\n\nSubscribe\n\nThe wheat squeeze nobody priced in\n\nIda Farrow\nOct 19, 2029\n\n" + BODY_10,
        "The wheat squeeze nobody priced in", "Ida Farrow", D(2029, 10, 19), "Grain & Reason",
    ),
    Layout(
        "a ledger's volume and month over a headline and a lower-case byline",
        "THE MILLER'S LEDGER\nVol. 7, No. 3 \u00b7 March 2030\n\nPrices to watch this spring\nby Tomas Wilde\n\n" + BODY_10,
        "Prices to watch this spring", "Tomas Wilde", "2030-03", "The Miller's Ledger",
    ),
    # ------------------------------------------------------------ essays and letters of the old style
    Layout(
        "an old letter with a place and day at its head",
        "Hallby, 14th October, 1889.\n\nMy dear Brother,\n\n" + BODY_10_OLD
        + "\nYour affectionate brother,\nEdmund Carrow.\n",
        None, "Edmund Carrow", D(1889, 10, 14), None,
    ),
    Layout(
        "an essay in capitals with a fellow's byline and a dateline at the foot",
        "THE FARM OF THE FUTURE\n\nBY JAMES ALDERTON, F.R.S.\n\n" + BODY_10_OLD + "\nHallby, January 1st, 1901.\n",
        "THE FARM OF THE FUTURE", "James Alderton", D(1901, 1, 1), None,
    ),
    Layout(
        "a reprint line naming a review's volume and month",
        "From THE AGRICULTURAL REVIEW, Vol. XII, November 1898.\n\nTHE WHEAT PROBLEM.\n\nBy Sir Henry Marlow.\n\n" + BODY_10_OLD,
        "THE WHEAT PROBLEM", "Henry Marlow", "1898-11", "The Agricultural Review",
    ),
    Layout(
        "a letter to a paper's editor signed in capitals and dated at the foot",
        "To the Editor of the Hallby Mercury.\n\nSir,\u2014\n\n" + BODY_10_OLD
        + "\nI am, Sir, your obedient servant,\nJ. H. PELLING.\nMarch 3rd, 1895.\n",
        None, "J. H. Pelling", D(1895, 3, 3), "Hallby Mercury",
    ),
    Layout(
        "a numbered lecture delivered at an institute",
        "LECTURE III.\n\nON THE SUPPLY OF CORN.\n\nDelivered at the Hallby Institute, February 9, 1880.\n\n" + BODY_10_OLD,
        "LECTURE III. ON THE SUPPLY OF CORN", None, D(1880, 2, 9), None,
    ),
    Layout(
        "an essay with the year of its writing in brackets",
        "The Coming Harvest\n\nAn Essay\n\nBy Mary Ellison Grant\n\n(Written at Hallby in the autumn of 1912.)\n\n" + BODY_10_OLD,
        "The Coming Harvest", "Mary Ellison Grant", "1912", None,
    ),
    # ------------------------------------------------------------ forum threads
    Layout(
        "a board index trail, a thread title and a post-by line",
        "GrainTalk\nBoard index \u00bb Markets \u00bb Grain\n\nWheat price at harvest 2030?\n\n"
        "Postby fieldhand_73 \u00bb Sat Oct 19, 2029 8:14 pm\n\n" + BODY_10,
        "Wheat price at harvest 2030?", "fieldhand_73", D(2029, 10, 19), "GrainTalk",
    ),
    Layout(
        "a thread of two posters with month-and-year stamps",
        "Wheat price at harvest 2030?\n\nMarkets\n\nfieldhand_73\nOct '29\n\n" + BODY_10
        + "\nmillerjo\nOct '29\n\nI'd say lower, myself.\n",
        "Wheat price at harvest 2030?", None, "2029-10", None,
    ),
    Layout(
        "a community post with a relative age",
        "r/farming\n\nPosted by u/fieldhand_73 2 days ago\n\nWheat at $9 by harvest?\n\n" + BODY_10,
        "Wheat at $9 by harvest?", "fieldhand_73", None, "r/farming",
    ),
    Layout(
        "a topic header with read count, the poster's rank and an on-line",
        "GrainTalk \u00bb Markets \u00bb Wheat price at harvest 2030?\n\nAuthor Topic: Wheat price at harvest 2030?  "
        "(Read 1,204 times)\n\nfieldhand_73\nNewbie\nPosts: 12\n\nWheat price at harvest 2030?\n"
        "\u00ab on: October 19, 2029, 08:14:22 PM \u00bb\n\n" + BODY_10,
        "Wheat price at harvest 2030?", "fieldhand_73", D(2029, 10, 19), "GrainTalk",
    ),
    Layout(
        "a question page's asked line",
        "Will wheat prices fall after the 2030 harvest?\n\nAsked 19 October 2029 \u00b7 Viewed 312 times\n\n" + BODY_10,
        "Will wheat prices fall after the 2030 harvest?", None, D(2029, 10, 19), None,
    ),
    Layout(
        "a reply's poster with post count, location and a posted stamp",
        "Re: Wheat price at harvest 2030?\n\nfieldhand_73\nPosts: 1,204\nLocation: Hallby\n\nPosted: Sat 19 Oct 2029 20:14\n\n" + BODY_10,
        "Re: Wheat price at harvest 2030?", "fieldhand_73", D(2029, 10, 19), None,
    ),
    # ------------------------------------------------------------ market notes and columns
    Layout(
        "a commentary label with a day over a headline and a strategist's line",
        "Market commentary | 21 October 2029\n\nGrains: the squeeze continues\n\n"
        "Ida Farrow, Senior Commodity Strategist, Hallby Capital\n\n" + BODY_10,
        "Grains: the squeeze continues", "Ida Farrow", D(2029, 10, 21), "Hallby Capital",
    ),
    Layout(
        "a column's name in capitals over the headline and byline",
        "THE TRADING PIT\n\nWheat bulls have it wrong\n\nBy Ida Farrow\nOctober 21, 2029\n\n" + BODY_10,
        "Wheat bulls have it wrong", "Ida Farrow", D(2029, 10, 21), None,
    ),
    Layout(
        "a podcast's episode line over the episode's title",
        "Grain & Reason podcast \u00b7 Episode 52\n\nThe wheat squeeze, explained\n\n" + BODY_10,
        "The wheat squeeze, explained", None, None, "Grain & Reason",
    ),
    # ------------------------------------------------------------ undated texts full of dates
    Layout(
        "an undated explainer listing dated steps",
        "How the harvest estimate is made\n\n1 August: the first field survey.\n12 November 2029: the revised figures.\n\n" + BODY_10,
        "How the harvest estimate is made", None, None, None,
    ),
    Layout(
        "an undated page of key dates with dashes",
        "Wheat futures: key dates\n\nFirst notice day \u2014 29 November 2029\nLast trading day \u2014 13 December 2029\n\n" + BODY_10,
        "Wheat futures: key dates", None, None, None,
    ),
    Layout(
        "an untitled text opening with an as-of day",
        "As of 1 October 2029, the co-operative had bought 40,000 tonnes of wheat.\n\n" + BODY_10,
        None, None, None, None,
    ),
    Layout(
        "an undated fair programme with two days of events",
        "Harvest fair programme\n\nFriday 25 October 2029\n09:00 Opening\n11:00 Grain judging\n\n"
        "Saturday 26 October 2029\n10:00 Auction\n\n" + BODY_10,
        "Harvest fair programme", None, None, None,
    ),
    Layout(
        "an undated grant page with opening and closing days",
        "Grain storage grants: how to apply\n\nApplications open: 1 November 2029\nApplications close: 31 January 2030\n\n" + BODY_10,
        "Grain storage grants: how to apply", None, None, None,
    ),
    Layout(
        "an undated dashboard with its data day",
        "Grain stocks dashboard\n\nData as at 30 September 2029\n\n" + BODY_10,
        "Grain stocks dashboard", None, None, None,
    ),
    Layout(
        "an undated opinion with a photo caption naming a month",
        "Why bread will cost more\n\nA combine at work near Hallby in August 2028. Photo: Ida Farrow\n\n" + BODY_10,
        "Why bread will cost more", None, None, None,
    ),
    # ------------------------------------------------------------ control texts with no metadata
    Layout("a body alone", BODY_10, None, None, None, None),
    Layout(
        "one dated sentence alone",
        "The co-operative expects to pay more for wheat after 12 November 2029.\n",
        None, None, None, None,
    ),
    Layout(
        "a list of calls with no header",
        "- Wheat: higher by spring 2030\n- Barley: flat\n- Oats: lower\n\n" + BODY_10,
        None, None, None, None,
    ),
    Layout(
        "a quotation with its speaker's day opening the text",
        "\"We will not see cheap bread again before 2031,\" the baker said on 2 October 2029.\n\n" + BODY_10,
        None, None, None, None,
    ),
    Layout(
        "an undated how-to with numbered steps",
        "Storing grain at home\n\n1. Dry the grain below 14% moisture by 1 November.\n2. Keep it in sealed bins.\n\n" + BODY_10,
        "Storing grain at home", None, None, None,
    ),
)

# Written after every rule of the eighth round, and scored once before any rule was changed for
# them ("eighth, held out"): how the round's rules read layouts they were not built from.
BODY_11 = (
    "The fisheries agency will set next year's cod quota on 4 December 2034, and skippers expect a cut"
    " of about a tenth.\n\n"
    "Stocks last collapsed in 2019. \"The fleet will be smaller by 2040 whatever the quota,\" said Hanne"
    " Solvik, the harbour master, in a note dated 21 October 2034.\n"
)
BODY_11_OLD = (
    "It is the general opinion of the coast that the herring will return to these waters within ten"
    " years, and the Fishery Board will meet on the 2nd of May next to hear the petitions.\n\n"
    "The great gale of 1862 is not forgotten. \"Steam will drive the sail from the herring grounds,\""
    " wrote Captain Ewan Moray in a letter of 9th March, 1871.\n"
)

EIGHTH_HELD_OUT: tuple[Layout, ...] = (
    Layout(
        "an agency's press notice with its number and a slashed date",
        "NORDVIK FISHERIES AGENCY\nPress notice 17/2034\n\n21/11/2034\n\nCod quota advice published\n\n" + BODY_11,
        "Cod quota advice published", None, D(2034, 11, 21), "Nordvik Fisheries Agency",
    ),
    Layout(
        "a statistics release titled with its quarter and a release day",
        "Nordvik Statistics Bureau\n\nFish landings, third quarter 2034\n\nPublished: 14 November 2034\n"
        "Next update: 13 February 2035\n\n" + BODY_11,
        "Fish landings, third quarter 2034", None, D(2034, 11, 14), "Nordvik Statistics Bureau",
    ),
    Layout(
        "a research division under an institute over a quarterly outlook",
        "Nordvik Marine Institute\nEconomics Division\n\nQuarterly fish price outlook\n\nNovember 2034\n\n" + BODY_11,
        "Quarterly fish price outlook", None, "2034-11", "Nordvik Marine Institute \u2014 Economics Division",
    ),
    Layout(
        "a seasonal bulletin issued by a forecasting section",
        "Sea temperature outlook, winter 2034/35\n\nIssued 28 November 2034 by the Ocean Forecasting Section\n\n"
        "Nordvik Marine Institute\n\n" + BODY_11,
        "Sea temperature outlook, winter 2034/35", "Ocean Forecasting Section", D(2034, 11, 28), "Nordvik Marine Institute",
    ),
    Layout(
        "a harbour health notice issued by a board with its validity",
        "SHELLFISH HARVESTING NOTICE\n\nIssued by: Nordvik Food Safety Authority\nIssued on: 2 December 2034\n"
        "Valid until further notice\n\n" + BODY_11,
        "SHELLFISH HARVESTING NOTICE", None, D(2034, 12, 2), "Nordvik Food Safety Authority",
    ),
    Layout(
        "a newsletter's name, a describing line and a volume line over a headline",
        "Net Results\nA monthly letter for the inshore fleet\nVol. 4, No. 11 \u00b7 November 2034\n\nWhy the quota will fall\n\n" + BODY_11,
        "Why the quota will fall", None, "2034-11", "Net Results",
    ),
    Layout(
        "a guild's newsletter with a season and a secretary's sign-off",
        "THE SKIPPERS' GUILD GAZETTE\nQuarterly newsletter \u00b7 Winter 2034\n\nDear fellow skippers,\n\n" + BODY_11
        + "\nWith kind regards,\nTorvald Eide\nSecretary\n",
        None, "Torvald Eide", "2034", "The Skippers' Guild Gazette",
    ),
    Layout(
        "a merchant's letter with its town and day at the head",
        "Nordvik, 3rd November, 1874.\n\nMy dear Sister,\n\n" + BODY_11_OLD + "\nYour loving brother,\nArne Solberg.\n",
        None, "Arne Solberg", D(1874, 11, 3), None,
    ),
    Layout(
        "a paper read before a society, with a fellow's letters and the day at the foot",
        "ON THE FUTURE OF THE HERRING FISHERY\n\nBY WILLIAM GRANT, F.L.S.\n\n" + BODY_11_OLD + "\nNordvik, May 2nd, 1880.\n",
        "ON THE FUTURE OF THE HERRING FISHERY", "William Grant", D(1880, 5, 2), None,
    ),
    Layout(
        "a letter to a journal's editor signed in capitals",
        "To the Editor of the Fisherman's Chronicle.\n\nSir,\u2014\n\n" + BODY_11_OLD
        + "\nI remain, Sir, yours faithfully,\nR. T. MACLEOD.\nApril 9th, 1876.\n",
        None, "R. T. Macleod", D(1876, 4, 9), "Fisherman's Chronicle",
    ),
    Layout(
        "a sermon's number, its name and the day it was preached",
        "SERMON XII.\n\nTHE HARVEST OF THE SEA.\n\nPreached at the Seamen's Chapel, Nordvik, August 14, 1870.\n\n" + BODY_11_OLD,
        "SERMON XII. THE HARVEST OF THE SEA", None, D(1870, 8, 14), None,
    ),
    Layout(
        "a site over a forum index trail and a postby line",
        "DeckhandTalk\nBoard index \u2039 Fisheries \u2039 Quotas\n\nWill cod quota drop again in 2035?\n\n"
        "Postby net_mender \u00bb Mon Nov 27, 2034 6:40 am\n\n" + BODY_11,
        "Will cod quota drop again in 2035?", "net_mender", D(2034, 11, 27), "DeckhandTalk",
    ),
    Layout(
        "a community's name over a post with a relative age",
        "r/fishing\n\nPosted by u/net_mender 5 hours ago\n\nQuota cut coming?\n\n" + BODY_11,
        "Quota cut coming?", "net_mender", None, "r/fishing",
    ),
    Layout(
        "a broker's market note with a strategist's name, post and firm",
        "Seafood markets | 29 November 2034\n\nCod: brace for a smaller quota\n\n"
        "Hanne Lie, Head of Seafood Research, Nordvik Securities\n\n" + BODY_11,
        "Cod: brace for a smaller quota", "Hanne Lie", D(2034, 11, 29), "Nordvik Securities",
    ),
    Layout(
        "an undated page of quota dates",
        "Cod quota 2035: the timetable\n\nAdvice published \u2014 21 November 2034\nQuota set \u2014 4 December 2034\n\n" + BODY_11,
        "Cod quota 2035: the timetable", None, None, None,
    ),
    Layout(
        "an undated programme of a fisheries conference",
        "Coastal fisheries conference\n\nThursday 7 December 2034\n09:30 Welcome\n10:00 The quota outlook\n\n" + BODY_11,
        "Coastal fisheries conference", None, None, None,
    ),
    Layout(
        "an undated chart page with its data day",
        "Cod landings by port\n\nFigures as at 31 October 2034\n\n" + BODY_11,
        "Cod landings by port", None, None, None,
    ),
    Layout("a bare body of the held-out set", BODY_11, None, None, None, None),
    Layout(
        "a research note with a technical-note number and a group at a university",
        "Research note 3/2034\n\nCod in the northern banks: three scenarios\n\n"
        "Fish Population Group, Nordvik University\nDecember 2034\n\n" + BODY_11,
        "Cod in the northern banks: three scenarios", None, "2034-12", "Fish Population Group, Nordvik University",
    ),
    Layout(
        "a crop-style report signed on behalf of a board",
        "Landings and prices, week 48\n\n" + BODY_11 + "\nFor and on behalf of the Nordvik Fishery Board,\nK. Aasen\n",
        "Landings and prices, week 48", "K. Aasen", None, "Nordvik Fishery Board",
    ),
)


# ------------------------------------------------------------------ ninth round (issue 13)
# Written before the ninth round changed any rule, in the kinds the error study of train and dev
# showed weakest: an organisation's line (with its initials, its division, a middle dot) above the
# document's own title, minutes titled by their meeting, speeches whose title carries the holder's
# name, forum pages led by a site's section, blogs and diaries named before the post, old essays and
# talks, agency and seasonal notes with their desks, control texts whose headings are not names,
# and undated texts that open with a day.
BODY_12 = (
    "The county council will decide on 9 June 2037 whether to close the old ferry slip, and most of"
    " the harbour traders expect it to stay open through the summer.\n\n"
    "The slip was last rebuilt in 2029. \"Without repairs it will be unsafe by 2040,\" said Oskar Lind,"
    " the council's harbour engineer, in a report dated 2 March 2037.\n"
)
BODY_12_OLD = (
    "It is the general opinion of the town that the ferry will be given up within a generation, and the"
    " Harbour Trustees will meet on the 4th of July next to consider it.\n\n"
    "The gale of 1881 closed the slip for a season. \"The bridge will carry every cart by 1920,\" wrote"
    " Mr. Amos Reed in a letter of 3rd May, 1899.\n"
)
CONTROL_12 = (
    "Registration opens at 9:00 on Friday 12 June 2037 in the Reading Room. Badges are at the desk.\n\n"
    "Lunch is served in the Long Hall. The last bus leaves at 17:40 on Saturday 13 June 2037.\n"
)

NINTH: tuple[Layout, ...] = (
    # ------------------------------------------------------------ organisations above the title
    Layout(
        "an authority's name with its initials over the outlook's title and its issue day",
        "Tarrowby Water Regulation Authority (TWRA)\nSummer Supply Outlook 2037\nIssued 14 May 2037\n\n" + BODY_12,
        "Summer Supply Outlook 2037", None, D(2037, 5, 14), "Tarrowby Water Regulation Authority",
    ),
    Layout(
        "a board in capitals and its division over an outlook's title in capitals",
        "KESTLE GRAIN BOARD\nMarket Analysis Division\n\nWHEAT OUTLOOK 2037/38 (July\u2013June marketing year)\n\n"
        "Published 3 June 2037\n\n" + BODY_12,
        "WHEAT OUTLOOK 2037/38 (July\u2013June marketing year)", None, D(2037, 6, 3),
        "Kestle Grain Board \u2014 Market Analysis Division",
    ),
    Layout(
        "a utility and its document's name joined by a middle dot",
        "Brenmoor Water \u00b7 Drought plan update\n\nMay 2037\n\n" + BODY_12,
        "Drought plan update", None, "2037-05", "Brenmoor Water",
    ),
    Layout(
        "a research firm's line with its unit over a note's title in capitals",
        "Holm & Vale Surveyors \u2014 Research\n\nHARBOUR PROPERTY NOTE: Fellside, summer 2037\n\n" + BODY_12,
        "HARBOUR PROPERTY NOTE: Fellside, summer 2037", None, None, "Holm & Vale Surveyors \u2014 Research",
    ),
    Layout(
        "a fisheries institute over its advice with a heading in capitals",
        "Fellside Fisheries Institute\n\nHerring in the Kestle Sea: advice for 2038\n\nADVICE\n\n"
        "Catches in 2038 should be no more than 41 000 tonnes.\n\n" + BODY_12,
        "Herring in the Kestle Sea: advice for 2038", None, None, "Fellside Fisheries Institute",
    ),
    Layout(
        "a public health body over a heat alert signed by its director",
        "Fellside Public Health\nHeat-health alert: AMBER\n\nIssued 11:00, 15 June 2037\n\n" + BODY_12
        + "\nDr Signe Holm, Director of Public Health\n",
        "Heat-health alert: AMBER", "Signe Holm", D(2037, 6, 15), "Fellside Public Health",
    ),
    Layout(
        "a state's name in capitals over the office that issues the programme",
        "REPUBLIC OF KESTLE\nOffice of the Prime Minister\n\nProgramme for Government 2037\u20132041: summary\n\n" + BODY_12,
        "Programme for Government 2037\u20132041: summary", None, None, "Office of the Prime Minister",
    ),
    Layout(
        "a party's name over its manifesto",
        "Fellside Independents\n\nOur manifesto for the harbour\n\n" + BODY_12,
        "Our manifesto for the harbour", None, None, "Fellside Independents",
    ),
    Layout(
        "a plan for residents published by a council at the foot",
        "Our Harbour Plan\n\nA summary for residents\n\n" + BODY_12 + "\nPublished by Fellside Town Council\n",
        "Our Harbour Plan", None, None, "Fellside Town Council",
    ),
    Layout(
        "an agenda item's title over its reporting officer",
        "Agenda item 9: Harbour repairs programme 2037/38\n\nReport of the Director of Place, Ruth Okoro\n\n" + BODY_12,
        "Harbour repairs programme 2037/38", "Ruth Okoro", None, None,
    ),
    # ------------------------------------------------------------ minutes
    Layout(
        "a parish council's minutes titled by the meeting and its day",
        "FELLSIDE PARISH COUNCIL\n\nMINUTES of the meeting of the Parish Council held in the Reading Room on"
        " Monday 8th June 2037 at 7pm\n\nPresent: Cllr A. Moss (Chair), Cllr J. Reed\n\n37/041 APOLOGIES\nNone.\n\n"
        "37/042 FERRY SLIP\n" + BODY_12,
        "MINUTES of the meeting of the Parish Council held in the Reading Room on Monday 8th June 2037 at 7pm",
        None, D(2037, 6, 8), "Fellside Parish Council",
    ),
    Layout(
        "a university in capitals over its court's numbered meeting",
        "HARLAND UNIVERSITY\n\nMinutes of the 88th meeting of Court, held Thursday 4 June 2037 at 10:00 in the Old Library\n\n"
        "Present: the Principal (in the Chair) and 20 members.\n\n" + BODY_12,
        "Minutes of the 88th meeting of Court, held Thursday 4 June 2037 at 10:00 in the Old Library", None,
        D(2037, 6, 4), "Harland University",
    ),
    Layout(
        "a board's regular meeting with its room and address under it",
        "Regular Meeting of the Board\nBoard Room, 12 Quarry Lane, Brenmoor\nMinutes, 20 May 2037\n\n"
        "Minutes submitted by the clerk.\n\n" + BODY_12,
        "Regular Meeting of the Board", None, D(2037, 5, 20), None,
    ),
    # ------------------------------------------------------------ speeches
    Layout(
        "a minister's remarks with the holder after a comma, the occasion and day below",
        "Remarks by the Minister for Harbours and Coasts, Hon. Edda Strand\n\nFellside Traders' Dinner, 12 June 2037\n\n"
        + BODY_12,
        "Remarks by the Minister for Harbours and Coasts", "Edda Strand", D(2037, 6, 12), None,
    ),
    Layout(
        "a premier's message with the holder after a comma",
        "Midsummer message from the Premier of Kestle, Tomas Arvid\n\n" + BODY_12,
        "Midsummer message from the Premier of Kestle", "Tomas Arvid", None, None,
    ),
    Layout(
        "remarks of a party leader as prepared, under a release line",
        "FOR IMMEDIATE RELEASE \u2014 CHECK AGAINST DELIVERY\n\nRemarks of Ines Calder, Leader of the Coast Party,"
        " as prepared for delivery\n\nBrenmoor, 1 June 2037\n\n" + BODY_12,
        "Remarks of Ines Calder, Leader of the Coast Party, as prepared for delivery", "Ines Calder",
        D(2037, 6, 1), None,
    ),
    Layout(
        "a legislature's name over a budget speech and the treasurer",
        "Kestle Provincial Assembly\nBUDGET SPEECH 2037\nTreasurer Mara Quist\nThursday 28 May 2037\n\n" + BODY_12,
        "BUDGET SPEECH 2037", "Mara Quist", D(2037, 5, 28), None,
    ),
    Layout(
        "a mayor's name over the address's name and its place and day",
        "Mayor Joan Ferrier\nState of the Harbour Address\nFellside Town Hall, 5 June 2037\n\n" + BODY_12,
        "State of the Harbour Address", "Joan Ferrier", D(2037, 6, 5), None,
    ),
    Layout(
        "an after-dinner speech whose long title names the speaker, the place and the day",
        "Speech of Mr. Albert J. Hartree, President, in reply to the toast of \"The Harbour of the Future,\" at the"
        " Annual Dinner of the Fellside Shipwrights' Society, held at the Crown Hotel, Fellside, on Saturday, 9th"
        " March, 1912.\n\n" + BODY_12_OLD,
        "Speech of Mr. Albert J. Hartree, President, in reply to the toast of \"The Harbour of the Future,\" at the"
        " Annual Dinner of the Fellside Shipwrights' Society, held at the Crown Hotel, Fellside, on Saturday, 9th"
        " March, 1912",
        "Albert J. Hartree", D(1912, 3, 9), None,
    ),
    # ------------------------------------------------------------ forums and chat
    Layout(
        "a forum's site and section joined by a middle dot over the thread's title",
        "AnglersTalk \u00b7 Sea Fishing\n\nWill the slip close this summer?\n\nslipway_sue \u00b7 3 June 2037, 21:04\n\n" + BODY_12,
        "Will the slip close this summer?", "slipway_sue", D(2037, 6, 3), "AnglersTalk",
    ),
    Layout(
        "a community in capitals and its subforum over the thread's title",
        "HARBOURWATCH community \u00b7 Ferries subforum\n\nFERRY SLIP: open or shut by August?\n\n"
        "Posted by dockhand_dave on 2 June 2037\n\n" + BODY_12,
        "FERRY SLIP: open or shut by August?", "dockhand_dave", D(2037, 6, 2), "Harbourwatch",
    ),
    Layout(
        "a board's section over a thread's title and a first post's stamp",
        "Ferries & Slipways Discussion\n\nSlip closure vote - who's calling it?\n\n06-01-2037, 09:12 PM\n"
        "harbour_hank\nJunior Member\n\n" + BODY_12,
        "Slip closure vote - who's calling it?", "harbour_hank", D(2037, 6, 1), None,
    ),
    Layout(
        "a chat server's name over its channel with two posters",
        "FELLSIDE BOATERS (server) \u203a #slip-news\n\nmoss_boat \u2014 Today at 8:14 PM\nvote's on the 9th, it stays open\n\n"
        "reed_rower \u2014 Today at 8:20 PM\n" + BODY_12,
        "#slip-news", None, None, "Fellside Boaters",
    ),
    Layout(
        "a forum's domain over a thread's title in quotes",
        "forum.fellside-boats.org\n\n\"Slip thread: when does the council actually decide?\"\n\n" + BODY_12,
        "Slip thread: when does the council actually decide?", None, None, "forum.fellside-boats.org",
    ),
    # ------------------------------------------------------------ blogs, newsletters, columns
    Layout(
        "a studio's blog named over its post's headline and month",
        "Kelpie Games blog\n\nFive each: what the team expects from 2038\n\nJune 2037\n\n" + BODY_12,
        "Five each: what the team expects from 2038", None, "2037-06", "Kelpie Games",
    ),
    Layout(
        "a diary's name before its post's title, signed with a first name",
        "Quiet Money Journal \u2014 June update: still patient, still buying\n\nby Rosa\n\n" + BODY_12,
        "June update: still patient, still buying", "Rosa", None, "Quiet Money Journal",
    ),
    Layout(
        "a farm paper's column with the writer's line at the foot",
        "Beans and barley: what the wet spring means for prices\n\n" + BODY_12
        + "\nMarguerite Holm writes the markets column for The Fellside Farmer.\n",
        "Beans and barley: what the wet spring means for prices", "Marguerite Holm", None, "The Fellside Farmer",
    ),
    Layout(
        "a broker's buyers' letter signed by the desk's writer and the firm at the foot",
        "COFFEE \u2014 the June letter\n\nTo our roaster clients,\n\n" + BODY_12
        + "\nYours,\nPiet Vos\nHolm & Vos Commodity Brokers\n",
        "COFFEE \u2014 the June letter", "Piet Vos", None, "Holm & Vos Commodity Brokers",
    ),
    Layout(
        "a column's name in capitals over a note's headline and byline",
        "RATES WEEKLY\n\nGilts: the curve will steepen into the summer\n\nBy Lina Park\n9 June 2037\n\n" + BODY_12,
        "Gilts: the curve will steepen into the summer", "Lina Park", D(2037, 6, 9), None,
    ),
    Layout(
        "a section's name in capitals over a theatre season's preview",
        "STAGE LEFT\n\nThe Fellside Playhouse's summer season: what will sell out\n\n" + BODY_12,
        "The Fellside Playhouse's summer season: what will sell out", None, None, None,
    ),
    Layout(
        "a picks page under a brand and its column's name",
        "Oar & Rowlock - Regatta Picks\n\nHarbour Regatta: Finals Day\n\n" + BODY_12,
        "Harbour Regatta: Finals Day", None, None, "Oar & Rowlock",
    ),
    Layout(
        "a stage preview whose label and route share a line of parts",
        "STAGE 9 PREVIEW | Fellside \u2192 Brenmoor, 164 km, three climbs\n\n" + BODY_12,
        "STAGE 9 PREVIEW | Fellside \u2192 Brenmoor, 164 km, three climbs", None, None, None,
    ),
    Layout(
        "a seasonal outlook's issue day, desk and centre on one line of parts",
        "Issued 1 June 2037 | Tropical Desk | Kestle Meteorological Centre\n\nKestle Sea cyclone season outlook\n\n" + BODY_12,
        "Kestle Sea cyclone season outlook", "Tropical Desk", D(2037, 6, 1), "Kestle Meteorological Centre",
    ),
    Layout(
        "a podcast's transcript with its episode and an auto-transcript note naming hosts",
        "SLIPSTREAM \u2014 Episode 88: \"The Slip Vote\"\nAuto-generated transcript, lightly edited. Hosts: Ana Reyes (AR)"
        " and Tom Wu (TW)\n\n" + BODY_12,
        "Episode 88: \"The Slip Vote\"", None, None, "Slipstream",
    ),
    # ------------------------------------------------------------ news
    Layout(
        "a live blog under a paper's name in capitals marked live",
        "FELLSIDE EVENING POST \u2014 LIVE\n\nCouncil slip vote: as it happened\n\n" + BODY_12,
        "Council slip vote: as it happened", None, None, "Fellside Evening Post",
    ),
    Layout(
        "an update stamp over a news story's headline and byline",
        "UPDATED 6:10 PM\n\nCouncil faces \u00a34 million bill for the ferry slip, engineer warns\n\nBy Dana Holt\n"
        "June 3, 2037\n\n" + BODY_12,
        "Council faces \u00a34 million bill for the ferry slip, engineer warns", "Dana Holt", D(2037, 6, 3), None,
    ),
    Layout(
        "a wire story credited and copyrighted at the foot",
        "Council split on ferry slip\n\nFELLSIDE, June 3 \u2014 " + BODY_12
        + "\n(Reporting by Dana Holt; Editing by Sam Ure)\n\u00a9 2037 Kestle Newswire\n",
        "Council split on ferry slip", "Dana Holt", None, "Kestle Newswire",
    ),
    # ------------------------------------------------------------ old essays and talks
    Layout(
        "an essay in capitals with its magazine and year under it and a byline in capitals",
        "THE CITY OF TOWERS\n\nFrom The Householder's Monthly Review, 1924\n\nBY EDITH MARLOWE\n\n" + BODY_12_OLD,
        "THE CITY OF TOWERS", "Edith Marlowe", "1924", "The Householder's Monthly Review",
    ),
    Layout(
        "a broadcast talk with its company, day and speaker in brackets",
        "TO THE OCEAN FLOOR\n\n(A talk broadcast by the Kestle Broadcasting Company, 3rd October 1956, by Dr. Hugo"
        " Brandt)\n\n" + BODY_12_OLD,
        "TO THE OCEAN FLOOR", "Hugo Brandt", D(1956, 10, 3), "Kestle Broadcasting Company",
    ),
    Layout(
        "a paper read before a society with the reader's letters",
        "WEATHER BY TELEGRAPH\n\nA paper read before the Fellside Philosophical Society\nby J. R. Tennant, F.R.Met.S.\n\n"
        + BODY_12_OLD,
        "WEATHER BY TELEGRAPH", "J. R. Tennant", None, "Fellside Philosophical Society",
    ),
    # ------------------------------------------------------------ control and undated texts
    Layout(
        "a product's notes over a privacy summary with section headings",
        "Plainsail Notes\n\nPrivacy policy: the short version\n\nYour data\n\n" + CONTROL_12,
        "Privacy policy: the short version", None, None, "Plainsail Notes",
    ),
    Layout(
        "a delegate guide under its society, with a programme's days",
        "Delegate Guide: Annual Conference 2037\nFellside Harbour Society\n\n" + CONTROL_12,
        "Delegate Guide: Annual Conference 2037", None, None, "Fellside Harbour Society",
    ),
    Layout(
        "a recipe with a market day",
        "Slow-cooked mussels\n\nServes four. Buy the mussels on market day, Saturday 13 June 2037, and wash them well.\n\n"
        "Cook them in cider for six minutes.\n",
        "Slow-cooked mussels", None, None, None,
    ),
    Layout(
        "an undated notice that opens with the vote's day",
        "On 9 June 2037 the council will vote on the slip.\n\n" + BODY_12,
        None, None, None, None,
    ),
    Layout(
        "an undated page of questions with a dated answer",
        "Ferry slip: questions and answers\n\nWhen will the council decide?\nOn 9 June 2037.\n\n" + BODY_12,
        "Ferry slip: questions and answers", None, None, None,
    ),
)


# Written after every rule of the ninth round, scored once (benchmarks/metadata_unseen.py, "ninth-ho").
BODY_13 = (
    "The district will choose a contractor for the new bridge on 18 September 2039, and engineers expect"
    " the old span to close to lorries before the winter.\n\n"
    "The bridge was last strengthened in 2030. \"It will not carry full loads past 2041,\" said Ana Ruiz,"
    " the district's structures engineer, in a note dated 1 August 2039.\n"
)

NINTH_HELD_OUT: tuple[Layout, ...] = (
    Layout(
        "a roads agency with its initials over a bridge report and a published line",
        "Northvale Highways Agency (NHA)\nBridge Condition Report 2039\nPublished 12 August 2039\n\n" + BODY_13,
        "Bridge Condition Report 2039", None, D(2039, 8, 12), "Northvale Highways Agency",
    ),
    Layout(
        "a district council in capitals over minutes titled by the meeting",
        "NORTHVALE DISTRICT COUNCIL\n\nMinutes of the Planning Committee held on Wednesday 20 August 2039 at 6pm in the Council"
        " Chamber\n\nPresent: Cllr P. Hale (Chair), Cllr S. Moore\n\n" + BODY_13,
        "Minutes of the Planning Committee held on Wednesday 20 August 2039 at 6pm in the Council Chamber", None,
        D(2039, 8, 20), "Northvale District Council",
    ),
    Layout(
        "a governor's statement with the holder after a comma",
        "Statement by the Governor of Northvale, Lena Ostrova\n\n22 August 2039\n\n" + BODY_13,
        "Statement by the Governor of Northvale", "Lena Ostrova", D(2039, 8, 22), None,
    ),
    Layout(
        "a county assembly over a spending speech by its treasurer",
        "Northvale County Assembly\nSPENDING REVIEW 2039\nTreasurer Hugo Lind\n\n" + BODY_13,
        "SPENDING REVIEW 2039", "Hugo Lind", None, None,
    ),
    Layout(
        "a forum's site and board over a thread with one poster",
        "BridgeSpotters \u00b7 Road Bridges\n\nWill the old span close to lorries this year?\n\n"
        "span_watcher_9 \u00b7 24 August 2039, 08:15\n\n" + BODY_13,
        "Will the old span close to lorries this year?", "span_watcher_9", D(2039, 8, 24), "BridgeSpotters",
    ),
    Layout(
        "a cycling club's blog over a post and its month",
        "Northvale Wheelers blog\n\nThe bridge closure and our Sunday rides\n\nAugust 2039\n\n" + BODY_13,
        "The bridge closure and our Sunday rides", None, "2039-08", "Northvale Wheelers",
    ),
    Layout(
        "a podcast's name before its episode and title",
        "SPAN & SPOKE \u2014 Episode 31: \"Closing Time\"\n\n" + BODY_13,
        "Episode 31: \"Closing Time\"", None, None, "Span & Spoke",
    ),
    Layout(
        "a news story under an update stamp with its byline and day",
        "Updated 11:47\n\nOld bridge to shut to lorries by winter, engineer warns\n\nBy Karin Holt\nAugust 25, 2039\n\n" + BODY_13,
        "Old bridge to shut to lorries by winter, engineer warns", "Karin Holt", D(2039, 8, 25), None,
    ),
    Layout(
        "a paper named with its section and day under the byline",
        "Why the bridge should close now\n\nBy Omar Reyes\nThe Northvale Sentinel, Comment, Tuesday 26 August 2039\n\n" + BODY_13,
        "Why the bridge should close now", "Omar Reyes", D(2039, 8, 26), "The Northvale Sentinel",
    ),
    Layout(
        "a wire story with its credit over the day at the foot",
        "Contractor race opens for Northvale bridge\n\nNORTHVALE, Aug 27 \u2014 " + BODY_13
        + "\n(Reporting by Karin Holt; Editing by Jon Barr)\n27 August 2039\n",
        "Contractor race opens for Northvale bridge", "Karin Holt", D(2039, 8, 27), None,
    ),
    Layout(
        "a public health body over a smog warning",
        "Northvale Public Health\nAir quality warning: HIGH\n\n" + BODY_13,
        "Air quality warning: HIGH", None, None, "Northvale Public Health",
    ),
    Layout(
        "a tipping brand's column over a race card",
        "Saddle & Silks - Weekend Tips\n\nNorthvale Races: Bridge Stakes Day\n\n" + BODY_13,
        "Northvale Races: Bridge Stakes Day", None, None, "Saddle & Silks",
    ),
    Layout(
        "a leader's remarks as prepared under a release line",
        "MEDIA RELEASE \u2014 CHECK AGAINST DELIVERY\n\nRemarks of Petra Vos, Leader of the Northvale Greens, as prepared for"
        " delivery\n\n" + BODY_13,
        "Remarks of Petra Vos, Leader of the Northvale Greens, as prepared for delivery", "Petra Vos", None, None,
    ),
    Layout(
        "a fisheries body's heading in capitals over an advice note",
        "Northvale Fisheries Board\n\nEel stocks in the Vale: advice for 2040\n\nSUMMARY\n\n" + BODY_13,
        "Eel stocks in the Vale: advice for 2040", None, None, "Northvale Fisheries Board",
    ),
    Layout(
        "an undated visitor page whose last paragraph ends with a day",
        "Visiting the old bridge\n\nThe footpath is open daily. Dogs must be on a lead.\n\n"
        "Guided walks run on Saturdays. The last walk of the year is on Saturday 25 October 2039.\n",
        "Visiting the old bridge", None, None, None,
    ),
    Layout(
        "an undated question page with a day for an answer",
        "Bridge works: what you need to know\n\nWhen does the closure start?\nOn 1 November 2039.\n\n" + BODY_13,
        "Bridge works: what you need to know", None, None, None,
    ),
    Layout(
        "a diary before its post's title signed at the foot",
        "Towpath Journal \u2014 August: the lorries have gone quiet\n\n" + BODY_13 + "\n\u2014 Ines\n",
        "August: the lorries have gone quiet", "Ines", None, "Towpath Journal",
    ),
    Layout(
        "a forum's domain over a thread title in quotes",
        "boards.northvale-bridges.net\n\n\"Closure thread: lorries banned from November?\"\n\n" + BODY_13,
        "Closure thread: lorries banned from November?", None, None, "boards.northvale-bridges.net",
    ),
    Layout(
        "a mayor's name and the address on one line with a hyphen",
        "Mayor Tomas Grieg - Annual Town Address\nNorthvale Guildhall, 28 August 2039\n\n" + BODY_13,
        "Annual Town Address", "Tomas Grieg", D(2039, 8, 28), None,
    ),
    Layout("a bare body of the ninth held-out set", BODY_13, None, None, None, None),
)


# ------------------------------------------------------------------ tenth round (issue 13)
# Written before the tenth round changed any rule, in the kinds the tenth error study of train and
# dev showed: days in a header that belong to an event (a race card, a festival day, a match, an
# investor day, a sale, a public meeting), a board's or a site's section above a thread's title, a
# broadcaster before its programme, a column's name (with its writer, or as a label over a headline),
# an address or a bracketed note where a title stands, credits that name the paper beside a desk or
# a dateline's agency, speeches whose title or note names the speaker, and control texts whose
# headings and days are not metadata. 26 of the 40 state no date of their own.
BODY_14 = (
    "The trust will award the contract for the new lock gates on 3 March 2041, and most boat owners"
    " expect the canal to reopen before the summer.\n\n"
    "The gates were last replaced in 2033. \"They will not last past 2045,\" said Edda Morn, the trust's"
    " canal engineer, in a memo dated 12 January 2041.\n"
)

TENTH: tuple[Layout, ...] = (
    # ------------------------------------------------------------ days that belong to an event
    Layout(
        "a racecourse and its meeting's day in capitals over a tipster card with a pen name",
        "WELLMOOR \u2014 FRIDAY 8 MARCH 2041\nThe Towpath Times tipster card \u2014 \"Heron\" (Ailsa Brock)\n"
        "Going: soft, heavy in places.\n\n" + BODY_14,
        "WELLMOOR \u2014 FRIDAY 8 MARCH 2041", "Ailsa Brock", None, "The Towpath Times",
    ),
    Layout(
        "a festival day's title over a strapline and the day",
        "ORRISH CANAL REGATTA - DAY THREE\nOur crews to watch and the each-way fancies\nSunday 10 March 2041\n\n" + BODY_14,
        "ORRISH CANAL REGATTA - DAY THREE", None, None, None,
    ),
    Layout(
        "a match thread with the kick-off day in brackets under a community",
        "r/LockCityFC\n[MATCH THREAD] Predictions: Lock City vs Orrish Rovers (Sat 9 Mar 2041)\n"
        "Posted by u/LockMods \u2022 1d \u2022 Pinned\nScore predictions below, please.\n\n"
        "\u25b2 210  u/gatekeeper_9 \u2022 1d\n" + BODY_14,
        "[MATCH THREAD] Predictions: Lock City vs Orrish Rovers (Sat 9 Mar 2041)", None, None, "LockCityFC",
    ),
    Layout(
        "notes from an investor day with its place and day in the title and an analyst's line",
        "Notes from Orrish Canal Holdings' investor day, Wellmoor, 7 March 2041\n"
        "Teodor Vance, Brackley Equity Research\n\n" + BODY_14,
        "Notes from Orrish Canal Holdings' investor day, Wellmoor, 7 March 2041", "Teodor Vance", None,
        "Brackley Equity Research",
    ),
    Layout(
        "a conference's day in its title",
        "Canal Futures Conference 2041 \u2014 Day 2, Thursday 14 March 2041\n\nSession notes\n\n" + BODY_14,
        "Canal Futures Conference 2041 \u2014 Day 2, Thursday 14 March 2041", None, None, None,
    ),
    Layout(
        "a public meeting's notice with its day, hour and hall as the heading",
        "PUBLIC MEETING: Wellmoor lock gates, Tuesday 5 March 2041, 7pm, Wellmoor Village Hall\n\n" + BODY_14,
        "PUBLIC MEETING: Wellmoor lock gates, Tuesday 5 March 2041, 7pm, Wellmoor Village Hall", None, None, None,
    ),
    Layout(
        "an auctioneer over a sale's title with the sale day",
        "Brackley & Daughters Auctioneers\nSale of canal boats and fittings \u2014 Saturday 16 March 2041\n\n" + BODY_14,
        "Sale of canal boats and fittings \u2014 Saturday 16 March 2041", None, None, "Brackley & Daughters Auctioneers",
    ),
    Layout(
        "a match preview with its kick-off line and a byline",
        "Lock City v Orrish Rovers: three things to watch\nKick-off Saturday 9 March 2041, 3pm\nBy Nell Farrant\n\n" + BODY_14,
        "Lock City v Orrish Rovers: three things to watch", "Nell Farrant", None, None,
    ),
    Layout(
        "an opening day named at the start of the title",
        "Opening day: Saturday 23 March 2041 \u2014 what the new towpath will look like\n\n" + BODY_14,
        "Opening day: Saturday 23 March 2041 \u2014 what the new towpath will look like", None, None, None,
    ),
    Layout(
        "a race preview's title over the paper and a posting note without a day",
        "WELLMOOR BOAT RACE \u2014 PREVIEW\nThe Lockside Weekly, posted on Friday night after the trials\n\n" + BODY_14,
        "WELLMOOR BOAT RACE \u2014 PREVIEW", None, None, "The Lockside Weekly",
    ),
    # ------------------------------------------------------------ sections above a thread's title
    Layout(
        "a site and its section with an arrow over a thread's title and a poster's stamp",
        "CanalHub \u203a Waterways Chat\nWill the Wellmoor gates be finished by spring?\n"
        "boatie_bill \u00b7 2 March 2041, 21:04\n\n" + BODY_14,
        "Will the Wellmoor gates be finished by spring?", "boatie_bill", D(2041, 3, 2), "CanalHub",
    ),
    Layout(
        "a club's members' board over a sweepstake thread and its first post",
        "Wellmoor Boaters' Club \u2014 Members' Board\nLock gates sweepstake: reopening day (spring 2041)\n\n"
        "Posted by gatewatcher, 1 March 2041\n\n" + BODY_14,
        "Lock gates sweepstake: reopening day (spring 2041)", "gatewatcher", D(2041, 3, 1), "Wellmoor Boaters' Club",
    ),
    Layout(
        "a section named 'Talk' over a thread's question and a numbered first post",
        "Lock Gates Talk\nWhen does the canal reopen? Place your bets\n\n03-02-2041, 09:12 PM #1\nlock_keeper_ed\n"
        "Senior Member\n\n" + BODY_14,
        "When does the canal reopen? Place your bets", "lock_keeper_ed", D(2041, 3, 2), None,
    ),
    Layout(
        "a thread line over a forum line with a trail of sections and a first post",
        "Thread: Wellmoor gates \u2014 reopening predictions (no spoilers after Friday!)\n"
        "Forum: CanalHub > Waterways > Locks\n\n--- Post #1 \u2014 boatie_bill \u2014 Fri 1 Mar 2041, 20:10\n"
        + BODY_14 + "\n--- Post #2 \u2014 gatewatcher \u2014 Fri 1 Mar 2041, 20:44\nAgreed.\n",
        "Wellmoor gates \u2014 reopening predictions (no spoilers after Friday!)", None, D(2041, 3, 1), "CanalHub",
    ),
    # ------------------------------------------------------------ broadcasters, columns and labels
    Layout(
        "a radio station in capitals before its programme's name in quotes",
        "RADIO ORRISH \u2014 \"THE LOCK-KEEPER'S HOUR\" SPRING SPECIAL\n\nTranscript\n\n" + BODY_14,
        "\"THE LOCK-KEEPER'S HOUR\" SPRING SPECIAL", None, None, "Radio Orrish",
    ),
    Layout(
        "a column's name in capitals with its writer over the paper and its day",
        "WATER LINES with Corin Hale\nThe Wellmoor Weekly, 6 March 2041\n\n" + BODY_14,
        "WATER LINES", "Corin Hale", D(2041, 3, 6), "The Wellmoor Weekly",
    ),
    Layout(
        "a column's name in capitals over a headline and a byline",
        "TOWPATH TALK\n\nWhy the lock gates will open late\n\nBy Corin Hale\n\n" + BODY_14,
        "Why the lock gates will open late", "Corin Hale", None, None,
    ),
    Layout(
        "a note's series name in capitals ending in WEEKLY over a headline and an analyst",
        "RATES WEEKLY\nGilts, the curve and the spring auctions\n\nBy Priya Sand, rates strategist\n8 March 2041\n\n" + BODY_14,
        "Gilts, the curve and the spring auctions", "Priya Sand", D(2041, 3, 8), None,
    ),
    Layout(
        "a round's label in capitals over a headline",
        "ROUND 6 PREVIEW\nLock City can climb to third\n\n" + BODY_14,
        "Lock City can climb to third", None, None, None,
    ),
    Layout(
        "a headline over a byline and a desk and paper credit",
        "SPRING ON THE CUT: the nine boat trips worth booking\n\nby Yara Quell\nleisure desk | The Lockside Weekly\n\n" + BODY_14,
        "SPRING ON THE CUT: the nine boat trips worth booking", "Yara Quell", None, "The Lockside Weekly",
    ),
    Layout(
        "a trade bulletin with its section after a double hyphen over a headline and a day",
        "Waterways Trade Bulletin -- Industry News\n\nLock gates contract goes to tender\n\n6 March 2041\n\n" + BODY_14,
        "Lock gates contract goes to tender", None, D(2041, 3, 6), "Waterways Trade Bulletin",
    ),
    Layout(
        "a wire story whose dateline names the agency in brackets under the byline",
        "Canal trust picks gate builder, sees reopening in May\n\nBy Omar Lisle\nWELLMOOR, 4 March 2041 (Inland Newswire)\n\n" + BODY_14,
        "Canal trust picks gate builder, sees reopening in May", "Omar Lisle", D(2041, 3, 4), "Inland Newswire",
    ),
    Layout(
        "a house view credited to a team in a standfirst",
        "Who wins the spring boat race?\n\nNo byline; this is the house view of the Oarlock team.\n\n" + BODY_14,
        "Who wins the spring boat race?", None, None, "Oarlock",
    ),
    # ------------------------------------------------------------ addresses and notes where a title stands
    Layout(
        "minutes with the meeting place's address under the meeting's name",
        "Wellmoor Canal Trust\nBoard of Trustees - Regular Meeting\nTrust Offices, 12 Lock Lane, Wellmoor\n"
        "Minutes of 4 March 2041\n\n" + BODY_14,
        "Board of Trustees - Regular Meeting", None, D(2041, 3, 4), "Wellmoor Canal Trust",
    ),
    Layout(
        "a letter with the sender's street address over its day",
        "14 Quay Row\nWellmoor WM4 2LP\n\n6 March 2041\n\nDear Ms Morn,\n\n" + BODY_14 + "\nYours sincerely,\nAlban Reed\n",
        None, "Alban Reed", D(2041, 3, 6), None,
    ),
    Layout(
        "a bracketed note of a toast's speaker, occasion, place and day",
        "[Toast given by Alban Reed, lock keeper, at the leaving party for Hana Pell, The Lock Inn, Wellmoor,"
        " Friday 1 March 2041. Typed up from his notes by the trust's newsletter.]\n\n" + BODY_14,
        None, "Alban Reed", D(2041, 3, 1), None,
    ),
    Layout(
        "a quiz title in capitals over a note in brackets",
        "LOCK GATES QUIZ OF THE SPRING\n(Answers at the foot, once they have happened)\n\n" + BODY_14,
        "LOCK GATES QUIZ OF THE SPRING", None, None, None,
    ),
    # ------------------------------------------------------------ speeches naming their speaker
    Layout(
        "a mayor's name alone over the address's title and its hall and day",
        "Mayor Ilse Brandvold\nState of the City Address\nWellmoor Town Hall, 5 March 2041\n\n" + BODY_14,
        "State of the City Address", "Ilse Brandvold", D(2041, 3, 5), None,
    ),
    Layout(
        "remarks by a doctor as the title over the dinner and its month",
        "Remarks by Dr. Petra Onn\nCanal Society annual dinner, March 2041\n\n" + BODY_14,
        "Remarks by Dr. Petra Onn", "Petra Onn", "2041-03", None,
    ),
    Layout(
        "a toast's title over a line naming who gave it, where and when",
        "A toast for Hana Pell on her retirement\nGiven by Alban Reed at the Lock Inn, Friday 1 March 2041\n\n" + BODY_14,
        "A toast for Hana Pell on her retirement", "Alban Reed", D(2041, 3, 1), None,
    ),
    # ------------------------------------------------------------ control texts
    Layout(
        "a kit list whose first line is a label and whose last names a day",
        "Bring: waders, a torch, gloves.\n\nMeet at the top lock at 08:00 on Saturday 16 March 2041. Parking is"
        " on the towpath side.\n",
        None, None, None, None,
    ),
    Layout(
        "a rota with a heading and a change day",
        "Packed lunch rota\n\nMonday: Hana. Tuesday: Alban. Wednesday: Edda.\n\nThe rota changes on 1 April 2041.\n",
        "Packed lunch rota", None, None, None,
    ),
    Layout(
        "one sentence alone",
        "The lock gates will be replaced by 2045, the trust says.\n",
        None, None, None, None,
    ),
    Layout(
        "a timetable of boat trips under a season's heading",
        "Boat trips, spring 2041\n\nSat 16 March 2041 \u2014 10:00, 14:00\nSun 17 March 2041 \u2014 11:00\n\n"
        "Tickets from the lock office.\n",
        "Boat trips, spring 2041", None, None, None,
    ),
    Layout(
        "key dates for members as dated rows",
        "Key dates for members\n\n3 March 2041 \u2014 contract award\n1 May 2041 \u2014 reopening\n\n"
        "Questions to the office, please.\n",
        "Key dates for members", None, None, None,
    ),
    Layout(
        "terms of use with section headings",
        "Terms of use: the plain version\n\nYour account\n\nYou must be 16 or over to open an account.\n\n"
        "Payments\n\nWe charge on the 1st of each month and will tell you before prices change.\n",
        "Terms of use: the plain version", None, None, None,
    ),
    Layout(
        "a notice that opens with a day and a place",
        "Saturday 16 March 2041, Wellmoor top lock. Volunteers will clear the towpath from 9am.\n\n" + BODY_14,
        None, None, None, None,
    ),
    Layout(
        "a heading in capitals over a warning with an hour",
        "CLOSURE NOTICE\n\nThe towpath between locks 4 and 6 is closed until further notice.\n\n" + BODY_14,
        "CLOSURE NOTICE", None, None, None,
    ),
    Layout(
        "a question and answer page with an answer that is a month",
        "Lock gates: questions and answers\n\nWhen will the canal reopen?\nMay 2041, if the weather holds.\n\n" + BODY_14,
        "Lock gates: questions and answers", None, None, None,
    ),
    Layout("a bare body of the tenth set", BODY_14, None, None, None, None),
)


# Written after every rule of the tenth round, scored once (benchmarks/metadata_unseen.py, "tenth-ho").
BODY_15 = (
    "The council will choose a firm to rebuild the sea wall on 11 May 2043, and most of the fishermen expect"
    " the harbour to stay open through the works.\n\n"
    "The wall was last repaired in 2036. \"It will not hold past 2048,\" said Yusuf Brandt, the council's"
    " coastal engineer, in a report dated 20 April 2043.\n"
)

TENTH_HELD_OUT: tuple[Layout, ...] = (
    Layout(
        "a cup tie's title with its kick-off day in brackets and a byline",
        "Saltby Town v Merrow United: how the cup tie will go (Tue 12 May 2043)\nBy Kit Orme\n\n" + BODY_15,
        "Saltby Town v Merrow United: how the cup tie will go (Tue 12 May 2043)", "Kit Orme", None, None,
    ),
    Layout(
        "a show's day under its name in capitals",
        "SALTBY HARBOUR FESTIVAL - DAY TWO\nWhat to see and where to eat\nSaturday 16 May 2043\n\n" + BODY_15,
        "SALTBY HARBOUR FESTIVAL - DAY TWO", None, None, None,
    ),
    Layout(
        "an analyst's notes from a firm's open day with the day in the title",
        "Notes from Merrow Ports' investor day, Saltby, 13 May 2043\nLena Odum, Garth & Pike Research\n\n" + BODY_15,
        "Notes from Merrow Ports' investor day, Saltby, 13 May 2043", "Lena Odum", None, "Garth & Pike Research",
    ),
    Layout(
        "a game preview with a kick-off line and no other day",
        "Merrow United v Saltby Town: five things to watch\nKick-off Sunday 17 May 2043, 3pm\nBy Kit Orme\n\n" + BODY_15,
        "Merrow United v Saltby Town: five things to watch", "Kit Orme", None, None,
    ),
    Layout(
        "a column's name in capitals with its writer and a paper's dated line",
        "SEA VIEWS with Hana Roe\nThe Saltby Mercury, 14 May 2043\n\n" + BODY_15,
        "SEA VIEWS", "Hana Roe", D(2043, 5, 14), "The Saltby Mercury",
    ),
    Layout(
        "a television channel in capitals before its programme in quotes",
        "SALTBY TV \u2014 \"HARBOUR HOUR\" ELECTION NIGHT\n\nTranscript\n\n" + BODY_15,
        "\"HARBOUR HOUR\" ELECTION NIGHT", None, None, "Saltby Tv",
    ),
    Layout(
        "a subject and frequency series name over a headline and a strategist",
        "CREDIT WEEKLY\nSpreads and the spring supply\n\nBy Oren Vale, credit strategist\n15 May 2043\n\n" + BODY_15,
        "Spreads and the spring supply", "Oren Vale", D(2043, 5, 15), None,
    ),
    Layout(
        "a newsletter with its section after a double hyphen",
        "Coastal Works Bulletin -- Latest News\n\nSea wall contract goes out to bid\n\n12 May 2043\n\n" + BODY_15,
        "Sea wall contract goes out to bid", None, D(2043, 5, 12), "Coastal Works Bulletin",
    ),
    Layout(
        "a wire dateline naming its agency in brackets under the byline",
        "Saltby picks sea wall builder, eyes summer start\n\nBy Ada Quist\nSALTBY, 11 May 2043 (Coastline Wire)\n\n" + BODY_15,
        "Saltby picks sea wall builder, eyes summer start", "Ada Quist", D(2043, 5, 11), "Coastline Wire",
    ),
    Layout(
        "a desk and paper credit under a byline",
        "THE SUMMER SAILINGS: the eight trips worth taking\n\nby Hana Roe\ntravel desk | The Saltby Mercury\n\n" + BODY_15,
        "THE SUMMER SAILINGS: the eight trips worth taking", "Hana Roe", None, "The Saltby Mercury",
    ),
    Layout(
        "a house view of a team in a standfirst",
        "Who wins the harbour yacht race?\n\nThis is the house view of the Tiller & Sheet team.\n\n" + BODY_15,
        "Who wins the harbour yacht race?", None, None, "Tiller & Sheet",
    ),
    Layout(
        "a thread line over a forum line with a trail",
        "Thread: Sea wall - when do the works start?\nForum: HarbourTalk > Saltby > Works\n\n" + BODY_15,
        "Sea wall - when do the works start?", None, None, "HarbourTalk",
    ),
    Layout(
        "a site and section with an arrow over a question",
        "HarbourTalk \u203a Coast Chat\nWill the wall be done by winter?\n\n" + BODY_15,
        "Will the wall be done by winter?", None, None, "HarbourTalk",
    ),
    Layout(
        "minutes with an address line under the meeting's name",
        "Saltby Harbour Trust\nHarbour Board - Ordinary Meeting\nHarbour Office, 3 Quay Street, Saltby\nMinutes of 12 May 2043\n\n" + BODY_15,
        "Harbour Board - Ordinary Meeting", None, D(2043, 5, 12), "Saltby Harbour Trust",
    ),
    Layout(
        "a bracketed note of a leaving speech",
        "[Speech given by Oren Vale, harbour master, at the leaving do for Kit Orme, The Anchor, Saltby, Friday 15 May"
        " 2043. Written up for the staff newsletter.]\n\n" + BODY_15,
        None, "Oren Vale", D(2043, 5, 15), None,
    ),
    Layout(
        "remarks by a professor over the dinner and its month",
        "Remarks by Professor Ada Quist\nCoastal Society spring dinner, May 2043\n\n" + BODY_15,
        "Remarks by Professor Ada Quist", "Ada Quist", "2043-05", None,
    ),
    Layout(
        "a privacy page's title with its product",
        "Tidewise \u2014 Privacy notice: the short version\n\nWhat we keep\n\nWe keep your e-mail address and nothing else.\n",
        "Privacy notice: the short version", None, None, "Tidewise",
    ),
    Layout(
        "a notice opening with its day and place",
        "Sunday 17 May 2043, Saltby slipway. Volunteers will paint the railings from 10am.\n\n" + BODY_15,
        None, None, None, None,
    ),
    Layout(
        "a tide table under a month's heading",
        "Tides for May 2043\n\nTue 12 May 2043 \u2014 high water 06:10\nWed 13 May 2043 \u2014 high water 06:52\n\nTimes are local.\n",
        "Tides for May 2043", None, None, None,
    ),
    Layout("a bare body of the tenth held-out set", BODY_15, None, None, None, None),
)


# Written before the eleventh round (a learned header reader) trained or changed anything, in the kinds the
# train error study found (benchmarks/metadata_errors.py --split train): a firm or a unit's line, a note's
# kind, a paper's number or a series above the real title; a sender's line, a letter's sign-off; and
# control texts. Scored once with the rules before any model was built ("eleventh").
BODY_16 = (
    "The ferry operator will decide on 9 June 2044 whether to add a second winter sailing, and most of the"
    " islanders expect the extra crossing to start before Christmas.\n\n"
    "The timetable was last changed in 2039. \"Demand will double by 2050,\" said Pella Grint, the operator's"
    " planner, in a note dated 2 May 2044.\n"
)
BODY_16_LETTER = BODY_16 + "\nYours sincerely,\n\nMarek Osswald\nChair, Inner Isles Ferry Users' Group\n"

ELEVENTH: tuple[Layout, ...] = (
    Layout(
        "a bank and its research unit joined by a bar over the note's headline",
        "Harrowmoor Bank | Shipping Research\nFERRIES: WINTER DEMAND OUTRUNS THE FLEET\nAnalyst: Tova Lindqvist\n3 June 2044\n\n" + BODY_16,
        "FERRIES: WINTER DEMAND OUTRUNS THE FLEET", "Tova Lindqvist", D(2044, 6, 3), "Harrowmoor Bank",
    ),
    Layout(
        "a sender's line from a press office over the release's title",
        "From: Press Office, Inner Isles Transport Authority\nDate: 4 June 2044\n\nAuthority consults on a second winter sailing\n\n" + BODY_16,
        "Authority consults on a second winter sailing", None, D(2044, 6, 4), "Inner Isles Transport Authority",
    ),
    Layout(
        "a letter to the editor signed at the foot",
        "Letter: The second sailing cannot wait\n\nSir,\n\n" + BODY_16_LETTER,
        "The second sailing cannot wait", "Marek Osswald", None, None,
    ),
    Layout(
        "a board paper's number above its title",
        "Board paper IIF/44/07\nWinter timetable options, 2044-2046\nAuthor: Pella Grint, Planning\n\n" + BODY_16,
        "Winter timetable options, 2044-2046", "Pella Grint", None, None,
    ),
    Layout(
        "a client note's handling line above the headline",
        "Client note | For professional investors only\nFERRY STOCKS: ONE SAILING, TWO STORIES\nRuben Osei, Crannock Securities\n\n" + BODY_16,
        "FERRY STOCKS: ONE SAILING, TWO STORIES", "Ruben Osei", None, "Crannock Securities",
    ),
    Layout(
        "a section in capitals over a call in capitals",
        "TRANSPORT & LEISURE\nWE NOW EXPECT A SECOND SAILING BY DECEMBER\nMonday 5 June 2044\n\n" + BODY_16,
        "WE NOW EXPECT A SECOND SAILING BY DECEMBER", None, D(2044, 6, 5), None,
    ),
    Layout(
        "a company in capitals over its committee's name and the minutes line",
        "INNER ISLES FERRIES LTD\nOperations Committee\nMinutes of the meeting held on 1 June 2044\n\n" + BODY_16,
        "Operations Committee", None, D(2044, 6, 1), "Inner Isles Ferries Ltd",
    ),
    Layout(
        "a statistics release's label before its title",
        "Statistical bulletin: Ferry passenger numbers, April 2044\nInner Isles Statistics Office\nReleased 6 June 2044\n\n" + BODY_16,
        "Ferry passenger numbers, April 2044", None, D(2044, 6, 6), "Inner Isles Statistics Office",
    ),
    Layout(
        "an exchange announcement number over the announcement's title",
        "RNS Number : 2281K\nSkerry Line plc\n7 June 2044\n\nTrading Update and Winter Schedule\n\n" + BODY_16,
        "Trading Update and Winter Schedule", None, D(2044, 6, 7), "Skerry Line plc",
    ),
    Layout(
        "a rating line above a broker's headline",
        "Rating: Buy (unchanged) | Target: 310p\nSKERRY LINE: WINTER IS COMING, AND SO ARE PASSENGERS\nBy Ines Harrow\n\n" + BODY_16,
        "SKERRY LINE: WINTER IS COMING, AND SO ARE PASSENGERS", "Ines Harrow", None, None,
    ),
    Layout(
        "a company with its ticker over the guidance title",
        "Skerry Line plc (LSE: SKRY)\n2044 Passenger Guidance and Winter Schedule\n8 June 2044\n\n" + BODY_16,
        "2044 Passenger Guidance and Winter Schedule", None, D(2044, 6, 8), "Skerry Line plc",
    ),
    Layout(
        "a school's name in capitals over its newsletter's number",
        "KELPIE BAY PRIMARY SCHOOL\nNewsletter no. 9\nSummer term 2044\n\n" + BODY_16,
        "Newsletter no. 9", None, "2044", "Kelpie Bay Primary School",
    ),
    Layout(
        "a think tank's series line over the paper's title",
        "Island Economy Series, No. 12\nThe second sailing: who pays, who gains\nHarriet Voss\nOrkney Row Institute\n\n" + BODY_16,
        "The second sailing: who pays, who gains", "Harriet Voss", None, "Orkney Row Institute",
    ),
    Layout(
        "a forum's name in capitals over a thread's question",
        "ISLANDLIFE FORUMS\nSecond winter ferry - will it actually happen?\n\n" + BODY_16,
        "Second winter ferry - will it actually happen?", None, None, "Islandlife Forums",
    ),
    Layout(
        "a column's name in capitals over the week's headline and a byline",
        "THE SLIPWAY\nA second sailing, and why I was wrong about it\nBy Colm Arden\n\n" + BODY_16,
        "A second sailing, and why I was wrong about it", "Colm Arden", None, None,
    ),
    Layout(
        "a review naming its magazine in a standfirst",
        "Tested: the Selka 40 harbour tender\n\nWords by Nell Aubry for Boatyard Monthly\n\n" + BODY_16,
        "Tested: the Selka 40 harbour tender", "Nell Aubry", None, "Boatyard Monthly",
    ),
    Layout(
        "two writers named with 'and' under a headline",
        "Ferry users split over a winter timetable\nBy Asha Penrith and Dov Kessel\nThe Isles Record, 9 June 2044\n\n" + BODY_16,
        "Ferry users split over a winter timetable", "Asha Penrith, Dov Kessel", D(2044, 6, 9), "The Isles Record",
    ),
    Layout(
        "an agency and its group with a slash over the outlook's title",
        "Inner Isles Met Service / Marine Forecasting Group\nWinter sea-state outlook, December 2044 - February 2045\nIssued 10 June 2044\n\n" + BODY_16,
        "Winter sea-state outlook, December 2044 - February 2045", None, D(2044, 6, 10), "Inner Isles Met Service",
    ),
    Layout(
        "key points under the headline are not a title",
        "Ferry demand: projection to 2050\nKey points\n\n" + BODY_16,
        "Ferry demand: projection to 2050", None, None, None,
    ),
    Layout(
        "a firm with its initials in brackets over a working group and the minutes line",
        "Isles Marine Operators Association (IMOA)\nWG-2: Winter Crewing Working Group\nMinutes -- meeting 31, 2 June 2044\n\n" + BODY_16,
        "WG-2: Winter Crewing Working Group", None, D(2044, 6, 2), "Isles Marine Operators Association",
    ),
    Layout(
        "a firm's name and a call's name joined by a double dash",
        "Skerry Line plc -- Q2 2044 Trading Call -- Transcript\n\nOperator: Good morning and welcome.\n\n" + BODY_16,
        "Q2 2044 Trading Call -- Transcript", None, None, "Skerry Line plc",
    ),
    Layout(
        "a research department over a strategy line and an economist",
        "Corran Bank Economics\nWeekly view: ferry fares and island prices\nEconomist: Priya Dunmore | 11 June 2044\n\n" + BODY_16,
        "Weekly view: ferry fares and island prices", "Priya Dunmore", D(2044, 6, 11), "Corran Bank Economics",
    ),
    Layout(
        "a council in capitals over the committee and the report's title",
        "KELPIE BAY COUNCIL\nTransport Scrutiny Committee\nReport of the Director of Place: ferry timetable review\n12 June 2044\n\n" + BODY_16,
        "Report of the Director of Place: ferry timetable review", None, D(2044, 6, 12), "Kelpie Bay Council",
    ),
    Layout(
        "a newsletter's name and issue over the lead story and a sign-off",
        "The Ferry Users' Bulletin \u2014 Issue 58, June 2044\n\nWinter sailing: the vote is close\n\n" + BODY_16
        + "\nBest wishes,\nTilda Rasmussen, editor\n",
        "Winter sailing: the vote is close", "Tilda Rasmussen", "2044-06", "The Ferry Users' Bulletin",
    ),
    Layout(
        "a blog's name over a post's title and a posted line",
        "Notes from the Jetty\nWhy I think the second sailing comes in November\nPosted by Ewan Prys on 13 June 2044\n\n" + BODY_16,
        "Why I think the second sailing comes in November", "Ewan Prys", D(2044, 6, 13), "Notes from the Jetty",
    ),
    Layout(
        "a speech's title over the speaker and her office",
        "Keeping the islands connected\nSpeech by Rhona Galt, Minister for the Isles\nIsles Forum, 14 June 2044\n\n" + BODY_16,
        "Keeping the islands connected", "Rhona Galt", D(2044, 6, 14), None,
    ),
    Layout(
        "a memo's fields in a different order",
        "MEMORANDUM\nTo: Board members\nFrom: Pella Grint, Head of Planning\nDate: 15 June 2044\nRe: Winter sailing options\n\n" + BODY_16,
        "Winter sailing options", "Pella Grint", D(2044, 6, 15), None,
    ),
    Layout(
        "a trade paper's masthead with its date line and a byline with a post",
        "ISLES SHIPPING GAZETTE\nFriday 16 June 2044\n\nSkerry Line weighs a winter charter\n\nBy Lorne Baptiste, shipping correspondent\n\n" + BODY_16,
        "Skerry Line weighs a winter charter", "Lorne Baptiste", D(2044, 6, 16), "Isles Shipping Gazette",
    ),
    Layout(
        "a podcast's summary page with its hosts",
        "Tide Tables podcast \u2014 Episode 88: the second sailing\nHosts: Ivo Marsh and Dana Kerr\n\n" + BODY_16,
        "Episode 88: the second sailing", "Ivo Marsh, Dana Kerr", None, "Tide Tables",
    ),
    Layout(
        "a cooperative's market letter to its members with the month",
        "Skerry Fishermen's Co-operative\nMarket Letter -- June 2044\nTo our members,\n\n" + BODY_16,
        "Market Letter -- June 2044", None, "2044-06", "Skerry Fishermen's Co-operative",
    ),
    Layout(
        "a regulator's consultation with its reference and closing date",
        "Isles Transport Regulator\nConsultation ITR/C/44/3: Winter service standards\nClosing date: 30 July 2044\n\n" + BODY_16,
        "Consultation ITR/C/44/3: Winter service standards", None, None, "Isles Transport Regulator",
    ),
    Layout(
        "a health board's alert over its headline with two services named",
        "Isles Health Board\nCold weather alert: amber\nHow the winter crossing affects patients' travel\nPublished 17 June 2044\n\n" + BODY_16,
        "Cold weather alert: amber", None, D(2044, 6, 17), "Isles Health Board",
    ),
    Layout(
        "an old essay in a magazine with its number and writer",
        "THE ISLES QUARTERLY\nNo. 14, Summer 1911\n\nTHE STEAM FERRY OF 1960\n\nBy Agnes Mowbray\n\n" + BODY_16,
        "THE STEAM FERRY OF 1960", "Agnes Mowbray", "1911", "The Isles Quarterly",
    ),
    Layout(
        "an e-mailed newsletter with a subject line",
        "From: Harbour Watch <news@harbourwatch.example>\nSubject: Will the winter ferry run? Our prediction\nSent: 18 June 2044\n\n" + BODY_16,
        "Will the winter ferry run? Our prediction", None, D(2044, 6, 18), "Harbour Watch",
    ),
    Layout(
        "a pundit's column with the writer's name above the headline",
        "Saoirse Lund\nThe ferry vote is already decided\n19 June 2044\n\n" + BODY_16,
        "The ferry vote is already decided", "Saoirse Lund", D(2044, 6, 19), None,
    ),
    Layout(
        "a picks page of a site with its tipster",
        "IslesBet Tips\nRegatta week: our five best bets\nTipster: Gus Harlan\n\n" + BODY_16,
        "Regatta week: our five best bets", "Gus Harlan", None, "IslesBet Tips",
    ),
    Layout(
        "control: a timetable's heading and days that are not the text's",
        "Winter timetable\n\nMon 4 Dec 2044 \u2014 07:10 and 15:40\nTue 5 Dec 2044 \u2014 07:10 only\n\nAll times are local.\n",
        "Winter timetable", None, None, None,
    ),
    Layout(
        "control: a notice with no title opening with its place",
        "Skerry pier: the waiting room will be closed for painting from Monday. " + BODY_16,
        None, None, None, None,
    ),
    Layout(
        "control: a list of predictions under a heading with a past year in it",
        "Ten calls for the isles after 2039\n\n1. The second sailing starts in November.\n2. Fares rise by a tenth.\n3. The old pier closes.\n",
        "Ten calls for the isles after 2039", None, None, None,
    ),
    Layout("a bare body of the eleventh set", BODY_16, None, None, None, None),
)
