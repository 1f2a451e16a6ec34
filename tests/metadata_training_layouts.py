"""Header layouts written for training the learned header reader (issue 13, twelfth round), by two
independent writers.

Both writers were briefed on 1 December 2026 to write 60 realistic text headers each, with the
four metadata fields a careful labeller would give them, to train ``tracker/extract/header_roles.py``
on layouts the team did not write. They read only the labelling guide's metadata rules
(tests/corpus/GUIDE.md, "The text's metadata") and the data format of tests/metadata_layouts.py
(its first 40 lines); they never read the extractor's code, its output, the other layouts or the
blind set, and never ran the extractor. Every name, outlet and place is invented; nothing is
copied from a source. Writer A covered newspaper articles, opinion columns and editorials, blog
posts, newsletters, press releases, research notes, magazine features, local news sites, wire
stories and sports picks pages; writer B central-bank, government and agency statements, minutes,
speeches and transcripts, forum threads, weather and seasonal bulletins, old essays and chapters,
e-mails and memos, reports with a cover page, working papers, trade-journal articles and
prediction lists. Their layouts, labels, names and comments are kept as written (the comments
say why a label was chosen where the guide leaves a case open); only the module around them is
ours: writer A's ``LAYOUTS`` is ``WRITER_A``, writer B's is ``WRITER_B`` and B's helper ``_t`` is
``_writer_b_text``.

These are training data (``python -m tracker.training.header_roles``): scoring a reader trained
on them is a fit, not a held-out figure, except across writers (a reader trained without writer
B scored on writer B: ``benchmarks/metadata_cross_writer.py``).
"""

from __future__ import annotations

from tests.metadata_layouts import BODY, D, Layout

# ==========================================================================================
# Writer A. Their note:
# Header layouts written independently (writer A) to TRAIN tracker's learned metadata reader.
#
# Every header, name, outlet and place here is invented. Each text is a header + "\n\n" + a body
# (the shared BODY for about half, a body written here for the rest), sometimes followed by a
# footer line. Labels follow tests/corpus/GUIDE.md, "## The text's metadata (`meta`)" and the
# metadata decisions of the adjudications; where the GUIDE leaves a case open a comment above the
# layout says what was chosen and why.
WRITER_A: tuple[Layout, ...] = (
    # =================================================================== newspaper articles
    # All-caps masthead: outlet drops the capitals typesetting; a role after the byline name and
    # the section line are not part of author or outlet; the standfirst is not the title.
    Layout(
        "ta_newspaper_1",
        "THE PELLOW BAY CHRONICLE\n"
        "Wednesday 3 March 2027 | Late edition\n"
        "NEWS / COAST\n"
        "Board set to approve north channel dredge\n"
        "Members signal support ahead of April vote, but engineer warns the gains will be short-lived\n"
        "By Corran Astley, Maritime Correspondent\n"
        "\n" + BODY,
        "Board set to approve north channel dredge",
        "Corran Astley",
        D(2027, 3, 3),
        "The Pellow Bay Chronicle",
    ),
    # Web page: headline joined to the outlet by "|" (title is the headline alone); two authors;
    # "Published" wins over "Updated"; photo credit naming the paper is noise.
    Layout(
        "ta_newspaper_2",
        "Skip to content\n"
        "Menu  Search  Sign in\n"
        "Quarry expansion wins backing from planning officers | The Drumlee Examiner\n"
        "Planning\n"
        "By Hester Quaile and Tobias Wren\n"
        "Published 9:14 am, 16 March 2027 · Updated 11:02 am, 16 March 2027\n"
        "Share  Tweet  Email\n"
        "Photo: A haul road at the Cragg End quarry. (Nessa Obi / Drumlee Examiner)\n"
        "\n"
        "Planning officers have recommended approval of the Cragg End quarry extension, which goes"
        " before the council's planning committee on 8 April. The site was last extended in 2011.\n\n"
        "Councillors are expected to back the scheme, though a judicial review by residents could"
        " delay work until 2028. Objections close on 29 March.\n",
        "Quarry expansion wins backing from planning officers",
        "Hester Quaile, Tobias Wren",
        D(2027, 3, 16),
        "The Drumlee Examiner",
    ),
    # Date line above the masthead; capitals headline kept as printed. "Staff reporter" is the
    # whole byline: the GUIDE makes a desk or team that signs a piece its author, so the byline
    # is kept as printed rather than nulled.
    Layout(
        "ta_newspaper_3",
        "Thursday, March 4, 2027\n"
        "THE HARRINGFORD SENTINEL\n"
        "Vol. CXII No. 63 · Price 1.80\n"
        "Harbour\n"
        "DREDGING VOTE: MOST MEMBERS BACK PLAN\n"
        "Board expected to approve north channel work next month\n"
        "Staff reporter\n"
        "\n" + BODY,
        "DREDGING VOTE: MOST MEMBERS BACK PLAN",
        "Staff reporter",
        D(2027, 3, 4),
        "The Harringford Sentinel",
    ),
    # A kicker ("Ward closures") above the headline is not the title, as a column name above a
    # headline is not; the outlet is named only in the footer; the "Updated" note in the body is
    # not the publication date.
    Layout(
        "ta_newspaper_4",
        "Home › News › Health\n"
        "Ward closures\n"
        "Night-time A&E cover to end at Brisketh General\n"
        "Trust confirms overnight emergency unit will shut from June as staffing gap widens\n"
        "— Priya Lanterman, Health Editor\n"
        "Tue 2 Mar 2027 18.40 GMT\n"
        "42 comments\n"
        "\n"
        "BRISKETH — The overnight emergency unit at Brisketh General will close from 1 June, the"
        " hospital trust confirmed on Monday. The trust said the unit had been short of night"
        " doctors since 2024.\n\n"
        "Managers expect ambulance journeys to the county hospital to lengthen by about twenty"
        " minutes, and a consultation on the change runs until 30 April.\n\n"
        "Updated on 3 March 2027 to add the trust's response.\n"
        "\n"
        "The Fenwick Courier is part of Lowmoor Media Group. © 2027\n",
        "Night-time A&E cover to end at Brisketh General",
        "Priya Lanterman",
        D(2027, 3, 2),
        "The Fenwick Courier",
    ),
    # All-caps byline with two names: capitals typesetting dropped, names comma-separated;
    # "Est. 1884" is a tagline, not part of the outlet; section name is noise.
    Layout(
        "ta_newspaper_5",
        "The Ravensholm Star · Est. 1884\n"
        "LOCAL | Wednesday 10 March 2027\n"
        "Harbour board poised to dredge again\n"
        "BY MAUD FERRISTON AND OLU BRANDT-KEENE\n"
        "Subscribe for £1 a week\n"
        "\n" + BODY,
        "Harbour board poised to dredge again",
        "Maud Ferriston, Olu Brandt-Keene",
        D(2027, 3, 10),
        "The Ravensholm Star",
    ),
    # The only full date is the company's announcement date inside the body: a careful reader
    # may guess the story appeared that day, but the text does not state it for itself.
    Layout(
        "ta_newspaper_6",
        "THE OXLEY MERCURY\n"
        "Business\n"
        "Brewery to cut 40 jobs as lager sales slide\n"
        "By Declan Morrow-Pike\n"
        "\n"
        "Hallam & Stoke, the family brewery founded in 1872, will cut 40 jobs at its Oxley plant by"
        " the end of September, the company said on 11 February 2027. Sales of its flagship lager"
        " fell 12% last year.\n\n"
        "Unions expect further cuts in 2028 unless exports recover.\n",
        "Brewery to cut 40 jobs as lager sales slide",
        "Declan Morrow-Pike",
        None,
        "The Oxley Mercury",
    ),
    # ================================================================ opinion and editorials
    # Unsigned editorial: author null. "OUR VIEW" is the column name above the headline (not the
    # title); section "OPINION" after the masthead is dropped from the outlet.
    Layout(
        "ta_opinion_1",
        "THE CASTLEBROOK ARGUS | OPINION\n"
        "OUR VIEW\n"
        "Dredge the channel, but plan for what comes after\n"
        "Friday 5 March 2027\n"
        "\n" + BODY,
        "Dredge the channel, but plan for what comes after",
        None,
        D(2027, 3, 5),
        "The Castlebrook Argus",
    ),
    # Column name ("The Long View") is neither title nor outlet; the standfirst repeating the
    # columnist's name with "Columnist" is not the byline line, the bare name line is.
    Layout(
        "ta_opinion_2",
        "OPINION\n"
        "The Long View\n"
        "Why the tram extension will arrive late and over budget\n"
        "Columnist Ruth Okonjo-Hale says the city has ignored every lesson of the 2019 busway\n"
        "Ruth Okonjo-Hale\n"
        "Sunday 14 March 2027\n"
        "Westerby Evening Post\n"
        "\n"
        "The council insists the eastern tram extension will open in December 2028. I would put"
        " money on 2030, and on a bill at least a third above the £410m approved in 2025.\n\n"
        "The full council votes on the next tranche of funding on 22 April, and it should ask"
        " harder questions than it did last time.\n",
        "Why the tram extension will arrive late and over budget",
        "Ruth Okonjo-Hale",
        D(2027, 3, 14),
        "Westerby Evening Post",
    ),
    # Guest essay: honorific and post-nominals dropped; outlet and date only in the footer line.
    Layout(
        "ta_opinion_3",
        "Guest essay\n"
        "The north channel is a sandpit, and we keep paying to empty it\n"
        "Dr Anwen Pellicott MICE\n"
        "Dr Pellicott is a coastal engineer and a former member of the Pellow Bay harbour board.\n"
        "\n" + BODY + "\n"
        "Published in The Pellow Bay Chronicle, 8 March 2027.\n",
        "The north channel is a sandpit, and we keep paying to empty it",
        "Anwen Pellicott",
        D(2027, 3, 8),
        "The Pellow Bay Chronicle",
    ),
    # A board line signing the piece is the author (committee rule); capitals dropped.
    Layout(
        "ta_opinion_4",
        "EDITORIALS\n"
        "The Marlow Vale Record\n"
        "The county's bus cuts will strand the villages\n"
        "THE EDITORIAL BOARD\n"
        "Mar. 18, 2027\n"
        "\n"
        "From 1 July, seven rural routes lose their Sunday service. The county says ridership has"
        " not recovered since 2020, which is true.\n\n"
        "But without the buses, we expect most of the village shops on the 41 route to close within"
        " two years. The transport committee meets on 6 May; it should reverse the decision.\n",
        "The county's bus cuts will strand the villages",
        "The Editorial Board",
        D(2027, 3, 18),
        "The Marlow Vale Record",
    ),
    # A letter to the editor: the signer below the body is the author; no masthead, no date.
    Layout(
        "ta_opinion_5",
        "LETTERS\n"
        "Dredging is money down the drain\n"
        "\n" + BODY + "\n"
        "Gwilym Tarrant\n"
        "East Quay, Pellow Bay\n",
        "Dredging is money down the drain",
        "Gwilym Tarrant",
        None,
        None,
    ),
    # Date first in US numeric form (unambiguous: 22 cannot be a month); byline before the
    # title; title's trailing full stop dropped; no outlet named.
    Layout(
        "ta_opinion_6",
        "03/22/2027 — COMMENTARY\n"
        "Prof. Lionel Abernethy-Cole, OBE\n"
        "The pension age will be 70 by 2040. Say so now.\n"
        "Reading time: 5 minutes\n"
        "\n"
        "Every government since 2014 has promised a review of the state pension age, and every"
        " review has been shelved. The next is due to report by October.\n\n"
        "I expect it to recommend 68 by 2036 and to leave 70 unspoken, though the arithmetic points"
        " there by 2040.\n",
        "The pension age will be 70 by 2040. Say so now",
        "Lionel Abernethy-Cole",
        D(2027, 3, 22),
        None,
    ),
    # ========================================================================== blog posts
    # Site name plus a tagline line: the outlet is the site name alone.
    Layout(
        "ta_blog_1",
        "Saltings & Sandbars\n"
        "Notes from a small-boat sailor on the Pellow estuary\n"
        "Home | About | Tide tables | Contact\n"
        "Another dredge? Here we go again\n"
        "Posted by Wenna Chegwidden on March 9, 2027 in Harbour, Moorings\n"
        "Tags: dredging, north channel, harbour board\n"
        "7 comments\n"
        "\n" + BODY,
        "Another dredge? Here we go again",
        "Wenna Chegwidden",
        D(2027, 3, 9),
        "Saltings & Sandbars",
    ),
    # Poster's handle is the author without "@"; "2 hours ago" states no date; the all-caps
    # site name loses its capitals and its tagline.
    Layout(
        "ta_blog_2",
        "GEARHEAD GARAGE — a blog about old cars\n"
        "Posted by @torque_wrench_tam · 2 hours ago\n"
        "Will the Mk4 Stoat hold its value? My honest take\n"
        "#cars #resale #stoat\n"
        "Share  |  Reply\n"
        "\n"
        "The Stoat Mk4 went out of production in 2021, and prices for good examples rose every year"
        " until last spring. I think they peak this summer and slide by about 15% by the end of 2028"
        " as the electric conversion kits get cheaper.\n\n"
        "The owners' club show on 19 June will be the best place to sell.\n",
        "Will the Mk4 Stoat hold its value? My honest take",
        "torque_wrench_tam",
        None,
        "Gearhead Garage",
    ),
    # Month-only date ("March 2027") gives "2027-03"; "— member blog" is a medium word dropped
    # from the outlet; the poster signs at the foot with a role, which is dropped.
    Layout(
        "ta_blog_3",
        "Pellow Moorings Association — member blog\n"
        "March 2027\n"
        "Channel dredging: what the April vote means for moorings\n"
        "\n" + BODY + "\n"
        "Posted by Jory Tregarthen, secretary | 3 comments | Share\n",
        "Channel dredging: what the April vote means for moorings",
        "Jory Tregarthen",
        "2027-03",
        "Pellow Moorings Association",
    ),
    # Personal blog "Dev Notes by X": the site name is the outlet, X the author. The only date
    # the post gives itself is "Last modified"; the GUIDE has no rule for it, and a careful reader
    # takes the one date the page states for itself.
    Layout(
        "ta_blog_4",
        "Dev Notes by Ilka Sorensen\n"
        "Blog » Databases » Postgres\n"
        "Why we're moving off our own sharding layer\n"
        "Last modified: 2027-01-13\n"
        "Tags: postgres, sharding, infrastructure\n"
        "\n"
        "We built the sharding layer in 2019, when the managed options could not handle our write"
        " volume. That is no longer true, and the layer now costs two engineers' time.\n\n"
        "We plan to finish the migration by 30 June, and I expect our p99 latency to fall by at"
        " least a third once it is done. The old cluster will be switched off in September.\n",
        "Why we're moving off our own sharding layer",
        "Ilka Sorensen",
        D(2027, 1, 13),
        "Dev Notes",
    ),
    # Title as the very first line, lower-case "by"; site named only in the footer, where the
    # tagline and the copyright holder are not the outlet.
    Layout(
        "ta_blog_5",
        "Sand, silt and a very patient engineer\n"
        "Mar 11, 2027 · 4 min read\n"
        "by Kit Marsh-Avery\n"
        "\n" + BODY + "\n"
        "Estuary Walker · walks and wildlife on the Pellow coast · © 2027 Kit Marsh-Avery\n",
        "Sand, silt and a very patient engineer",
        "Kit Marsh-Avery",
        D(2027, 3, 11),
        "Estuary Walker",
    ),
    # No header at all: every field null; the body's dates are a timetable and a past year.
    Layout(
        "ta_blog_6",
        "I finally booked the ferry for the island trip. The crossing runs twice a day until 31"
        " October, after which the winter timetable cuts it to Saturdays.\n\n"
        "Last year the October sailings were cancelled three times for wind, and I suspect this"
        " year will be no different.\n",
        None,
        None,
        None,
        None,
    ),
    # ============================================================ newsletters and Substacks
    # Substack-style: publication name, title, subtitle, author, date, engagement noise.
    Layout(
        "ta_newsletter_1",
        "The Quayside Letter\n"
        "Dredging again: the board's April vote, explained\n"
        "Why the north channel keeps filling up, and what the engineer really thinks\n"
        "Bryony Castellane\n"
        "Mar 2, 2027\n"
        "∙ Paid\n"
        "♡ 14   💬 3   Share\n"
        "\n" + BODY,
        "Dredging again: the board's April vote, explained",
        "Bryony Castellane",
        D(2027, 3, 2),
        "The Quayside Letter",
    ),
    # E-mail issue: the subject line is the title, the sender's display name the outlet, the
    # RFC date the published date; the editor signs off at the foot.
    Layout(
        "ta_newsletter_2",
        "From: Ledgerline Weekly <editor@ledgerline.example>\n"
        "To: subscriber\n"
        "Date: Fri, 2 Apr 2027 07:00:00 +0000\n"
        "Subject: Rates, rents and a June surprise\n"
        "\n"
        "View in browser | Issue 118\n"
        "\n"
        "The central bank meets on 10 June and markets now price a cut at roughly 60%. I think that"
        " is too low: inflation has undershot the forecast three months running, and I expect a"
        " quarter-point cut in June.\n\n"
        "Rents are another story; they rose 7% in 2026 and show no sign of slowing before next"
        " spring.\n\n"
        "— Ottilie Brask\n",
        "Rates, rents and a June surprise",
        "Ottilie Brask",
        D(2027, 4, 2),
        "Ledgerline Weekly",
    ),
    # Club newsletter: "NEWSLETTER" is a medium word dropped from the outlet; the issue gives a
    # month only; "Commodore: X" names an office holder, not a byline (author null).
    Layout(
        "ta_newsletter_3",
        "PELLOW BAY SAILING CLUB NEWSLETTER\n"
        "Issue 212 · March 2027\n"
        "In this issue: Dredging vote · Spring fitting-out · Race calendar\n"
        "North channel: dredging back on the agenda\n"
        "Commodore: Elspeth Varley-Nunn\n"
        "\n" + BODY,
        "North channel: dredging back on the agenda",
        None,
        "2027-03",
        "Pellow Bay Sailing Club",
    ),
    # All-caps name with a tagline and an issue number; two authors joined by "and".
    Layout(
        "ta_newsletter_4",
        "GRIDLOCK & GIGAWATTS\n"
        "Notes on the power grid, every Sunday\n"
        "Issue No. 57\n"
        "The interconnector will slip again\n"
        "Ferdinand Achebe-Long and Sunniva Holt\n"
        "March 21, 2027\n"
        "Listen · 9 min\n"
        "\n"
        "The developer still says the Skerrow Strait interconnector will be energised in the autumn of"
        " 2027. We doubt it: the converter station failed its first factory test in January, and"
        " the cable-laying vessel is booked elsewhere until 2028.\n\n"
        "The regulator's next progress review is due on 30 June.\n",
        "The interconnector will slip again",
        "Ferdinand Achebe-Long, Sunniva Holt",
        D(2027, 3, 21),
        "Gridlock & Gigawatts",
    ),
    # Issue date spanning two years ("Winter 2026/27") gives published null; "Members'
    # bulletin" names the medium and is dropped from the outlet.
    Layout(
        "ta_newsletter_5",
        "PELLOW ESTUARY TRUST · Members' bulletin\n"
        "Winter 2026/27 · No. 31\n"
        "Dredging: the case for a longer view\n"
        "By Marnie Oduya\n"
        "\n" + BODY,
        "Dredging: the case for a longer view",
        "Marnie Oduya",
        None,
        "Pellow Estuary Trust",
    ),
    # "A note from [Body], [Team]": the team is the author, the body the outlet; the title keeps
    # its "— Q1 2027" as printed.
    Layout(
        "ta_newsletter_6",
        "Shareholder Update — Q1 2027\n"
        "A note from Halvard Foods, Investor Relations\n"
        "Thursday 8 April 2027\n"
        "\n"
        "First-quarter volumes were flat against the same period of 2026. We expect full-year sales"
        " growth of 3 to 4%, helped by the new chilled range that launches on 1 June.\n\n"
        "The annual general meeting will be held on 20 May, and the final dividend is payable on"
        " 2 July.\n",
        "Shareholder Update — Q1 2027",
        "Investor Relations",
        D(2027, 4, 8),
        "Halvard Foods",
    ),
    # ====================================================================== press releases
    # Agency release: the media contact in the footer is not the author (the GUIDE has no rule;
    # a contact is who answers questions, not who wrote the text), so author null.
    Layout(
        "ta_press_1",
        "PELLOW BAY HARBOUR BOARD\n"
        "MEDIA RELEASE\n"
        "For immediate release\n"
        "Board publishes dredging options ahead of April vote\n"
        "PELLOW BAY, 4 March 2027 —\n"
        "\n" + BODY + "\n"
        "Media contact: Tamsin Kerrow, Communications Officer, +44 1632 960418\n"
        "###\n",
        "Board publishes dredging options ahead of April vote",
        None,
        D(2027, 3, 4),
        "Pellow Bay Harbour Board",
    ),
    # US-style release through a distribution wire: the outlet is the issuing company, not the
    # wire that carries it (a company's own release); headline kept in full, subhead dropped.
    Layout(
        "ta_press_2",
        "NEWS RELEASE\n"
        "Vantrell Robotics Reports Record Fourth-Quarter Orders, Raises 2027 Outlook\n"
        "Order backlog up 38% year over year; company expects revenue of $1.2-1.3 billion in fiscal"
        " 2027\n"
        "KESTON FALLS, Feb. 24, 2027 /Wirestead/ --\n"
        "\n"
        "Vantrell Robotics, Inc. today reported fourth-quarter orders of $412 million. The company"
        " now expects fiscal 2027 revenue of $1.2 billion to $1.3 billion, up from its November"
        " guidance.\n\n"
        "Vantrell will host a conference call on March 2, 2027 at 5:00 p.m. Eastern Time, and expects"
        " its new Fenix arm to ship in the third quarter.\n\n"
        "Updated March 1, 2027: the dial-in number for the call has changed.\n",
        "Vantrell Robotics Reports Record Fourth-Quarter Orders, Raises 2027 Outlook",
        None,
        D(2027, 2, 24),
        "Vantrell Robotics",
    ),
    # An embargo line gives published; the notice number is noise.
    Layout(
        "ta_press_3",
        "EMBARGOED UNTIL 00:01 GMT THURSDAY 11 MARCH 2027\n"
        "Coastal Sediment Agency\n"
        "Press notice 27/014\n"
        "New survey shows north channel silting faster than expected\n"
        "\n" + BODY + "\n"
        "Notes to editors: the Coastal Sediment Agency is the statutory body for sediment surveys"
        " on the Pellow coast.\n",
        "New survey shows north channel silting faster than expected",
        None,
        D(2027, 3, 11),
        "Coastal Sediment Agency",
    ),
    # "Issued by" unit line is a byline (author), the ministry the outlet; 17/02/2027 can only
    # be day-month.
    Layout(
        "ta_press_4",
        "Ministry of Inland Waterways\n"
        "Issued by: Canal Safety Directorate\n"
        "Date: 17/02/2027\n"
        "Lock 14 closure extended to summer\n"
        "\n"
        "Repairs to the gates at Lock 14 on the Hessle Navigation will not be finished until the end"
        " of July, the ministry said. The lock has been closed since 3 November 2026.\n\n"
        "Boaters are advised to use the Farrow Cut; the directorate expects traffic on that route to"
        " double over Easter.\n",
        "Lock 14 closure extended to summer",
        "Canal Safety Directorate",
        D(2027, 2, 17),
        "Ministry of Inland Waterways",
    ),
    # Issuer named only in the "About" boilerplate at the foot (the GUIDE has no rule): a careful
    # reader takes the company whose boilerplate closes its own release as the publisher, in the
    # form its "About" heading prints ("Marlstone Marine", without "Ltd").
    Layout(
        "ta_press_5",
        "FOR IMMEDIATE RELEASE\n"
        "Dredging contractor shortlisted for Pellow Bay channel work\n"
        "3 March 2027\n"
        "\n" + BODY + "\n"
        "About Marlstone Marine\n"
        "Marlstone Marine Ltd is a dredging and coastal works contractor based in Keyhaven Sound.\n"
        "Contact: press@marlstone.example\n",
        "Dredging contractor shortlisted for Pellow Bay channel work",
        None,
        D(2027, 3, 3),
        "Marlstone Marine",
    ),
    # University news page: the quoted lead author is not the author of the release.
    Layout(
        "ta_press_6",
        "News | Research | Press releases\n"
        "Halbrook University\n"
        "Glacier study forecasts loss of half the Vennskar ice field by 2060\n"
        "Posted: Tuesday 6 April 2027 · 3 min read\n"
        "Share on social\n"
        "\n"
        "A study led by glaciologists at Halbrook University projects that the Vennskar ice field"
        " will lose half its volume by 2060 under current emissions. The ice field has already"
        " shrunk by a fifth since 1990, said lead author Dr Matilde Crane.\n\n"
        "The team will return to the ice field in August for a new set of radar surveys.\n",
        "Glacier study forecasts loss of half the Vennskar ice field by 2060",
        None,
        D(2027, 4, 6),
        "Halbrook University",
    ),
    # ============================================================ bank and broker research
    # Outlet keeps the unit printed with the bank; analyst list gives comma-separated authors
    # without "CFA"; the sector line, rating line and disclosures are noise.
    Layout(
        "ta_research_1",
        "Brackwater Securities — Equity Research\n"
        "Transport & Infrastructure | United Kingdom\n"
        "3 March 2027\n"
        "Pellow Bay Ports plc (PBP.L): Dredge vote is a non-event for earnings\n"
        "Rating: HOLD | Target price: 412p (unch.)\n"
        "Analysts: Noor Halvorsen, CFA  +44 20 7946 0231 | Emil Strand  +44 20 7946 0772\n"
        "\n" + BODY + "\n"
        "Important disclosures: this report has been prepared by Brackwater Securities Ltd. See the"
        " final page for analyst certification.\n",
        "Pellow Bay Ports plc (PBP.L): Dredge vote is a non-event for earnings",
        "Noor Halvorsen, Emil Strand",
        D(2027, 3, 3),
        "Brackwater Securities — Equity Research",
    ),
    # A series name ("Weekly Rates Monitor") above the headline is treated like a column name
    # above a headline: not the title. "Lead analyst:" is a byline.
    Layout(
        "ta_research_2",
        "ORVELL BANK\n"
        "Weekly Rates Monitor\n"
        "Lead analyst: Cassius Mbeki-Rowe\n"
        "Date: 2027-03-19\n"
        "Curve steepening has further to run\n"
        "\n"
        "Ten-year yields rose 18 basis points this week, the largest move since October 2026. We"
        " expect the 2s10s curve to steepen to 90bp by the end of June as the central bank cuts at"
        " its 10 June meeting while term supply keeps rising.\n\n"
        "The Treasury publishes its next financing remit on 30 March.\n",
        "Curve steepening has further to run",
        "Cassius Mbeki-Rowe",
        D(2027, 3, 19),
        "Orvell Bank",
    ),
    # Disclaimer first; a team named after "Prepared by" is the author (leading "the" dropped).
    Layout(
        "ta_research_3",
        "FOR INSTITUTIONAL INVESTORS ONLY. NOT FOR DISTRIBUTION TO RETAIL CLIENTS.\n"
        "Harlequin Yard Capital Markets\n"
        "Pellow Bay Port Authority 4.25% 2034s: dredging capex manageable\n"
        "Prepared by the Infrastructure Credit Team\n"
        "Published 9 March 2027, 07:30 GMT\n"
        "\n" + BODY,
        "Pellow Bay Port Authority 4.25% 2034s: dredging capex manageable",
        "Infrastructure Credit Team",
        D(2027, 3, 9),
        "Harlequin Yard Capital Markets",
    ),
    # A header naming an office holder ("Chief investment strategist: X") is not a byline.
    Layout(
        "ta_research_4",
        "Fairholm & Voss Private Clients\n"
        "Investment Outlook — Second Quarter 2027\n"
        "Chief investment strategist: Helena Dusart\n"
        "Issued 1 April 2027\n"
        "\n"
        "We expect global equities to return 5 to 7% over the next twelve months, below the 11% of"
        " 2026. Our base case has the central bank cutting twice before December.\n\n"
        "We would trim exposure to property shares ahead of the rent review legislation due on"
        " 15 July.\n",
        "Investment Outlook — Second Quarter 2027",
        None,
        D(2027, 4, 1),
        "Fairholm & Voss Private Clients",
    ),
    # Three analysts listed with e-mails, "Ph.D." dropped; the bank is named only in the footer
    # disclaimer that says it issues the research.
    Layout(
        "ta_research_5",
        "Ports & Shipping | Sector Update\n"
        "Harbour capex: the dredging cycle returns\n"
        "Mar. 10, 2027\n"
        "Joaquim Ferreira-Lynd, Ph.D. (joaquim.ferreira-lynd@tallisbank.example)\n"
        "Sabine Orrock (sabine.orrock@tallisbank.example)\n"
        "Rhiannon Velt (rhiannon.velt@tallisbank.example)\n"
        "\n" + BODY + "\n"
        "This research is issued by Tallis Bank AG. Past performance is not a guide to future"
        " returns.\n",
        "Harbour capex: the dredging cycle returns",
        "Joaquim Ferreira-Lynd, Sabine Orrock, Rhiannon Velt",
        D(2027, 3, 10),
        "Tallis Bank AG",
    ),
    # Capitals title kept as printed (the all-caps rule is for names); masthead in capitals
    # loses them; "22-Mar-2027" is an unambiguous date.
    Layout(
        "ta_research_6",
        "CORNMARKET COMMODITIES RESEARCH\n"
        "Softs Daily | 22-Mar-2027\n"
        "COCOA: Mid-crop worries are overdone\n"
        "Analyst: Teodor Kallas\n"
        "\n"
        "Futures jumped 9% last week on reports of dry weather in the western growing belt. We think"
        " the move is overdone: soil moisture is above the 2024 level at the same point, and we"
        " expect the mid-crop to come in within 3% of last year's.\n\n"
        "The next port arrivals data are due on 1 April. We see prices back below 7,800 by the end"
        " of May.\n",
        "COCOA: Mid-crop worries are overdone",
        "Teodor Kallas",
        D(2027, 3, 22),
        "Cornmarket Commodities Research",
    ),
    # =================================================================== magazine features
    # Issue month gives "2027-04"; "Words:" is the byline, the photographer is not an author;
    # capitals title kept as printed, capitals masthead normalised.
    Layout(
        "ta_magazine_1",
        "MERIDIAN COAST\n"
        "April 2027 issue\n"
        "FEATURES / PLACES\n"
        "THE SHIFTING SANDS\n"
        "At Pellow Bay, a harbour board keeps paying to hold back the sea. Is it worth it?\n"
        "Words: Isaura Pembridge-Lyle   Photography: Finnian Osei\n"
        "14 min read\n"
        "\n" + BODY,
        "THE SHIFTING SANDS",
        "Isaura Pembridge-Lyle",
        "2027-04",
        "Meridian Coast",
    ),
    # "Spring 2027" states a season, which the GUIDE's formats cannot hold below the year: "2027".
    # The correction note in the body is not the publication date.
    Layout(
        "ta_magazine_2",
        "The Foldline Review\n"
        "Culture · Long read\n"
        "The last typewriter repairman in Sallowmere\n"
        "He has fixed machines since 1971. He says he will close the shop when the ribbons run out"
        " — probably within five years.\n"
        "By Anselm Drury-Kwan\n"
        "Photographs by Lotte Vanhamme\n"
        "Spring 2027\n"
        "\n"
        "Edwin Pask opened his shop on Mill Row in 1971, the year his father retired. The last"
        " factory making ribbons for his machines announced in January that it will stop production"
        " at the end of 2028.\n\n"
        "Pask thinks his stock will last until about 2031, and then he will close.\n\n"
        "This article was updated on 2 April 2027 to correct the name of the street.\n",
        "The last typewriter repairman in Sallowmere",
        "Anselm Drury-Kwan",
        "2027",
        "The Foldline Review",
    ),
    # Date first in day.month.year (14 cannot be a month); "Special report" is a kicker, not the
    # title; "Text —" is the byline; outlet printed last in the header.
    Layout(
        "ta_magazine_3",
        "14.03.2027\n"
        "ENVIRONMENT\n"
        "Special report\n"
        "Paying for sand\n"
        "Why a small harbour's dredging bill is a warning for every coastal town\n"
        "Text — Valdis Okafor\n"
        "Illustration — Mina Sato-Brenn\n"
        "The Weekly Tern\n"
        "\n" + BODY,
        "Paying for sand",
        "Valdis Okafor",
        D(2027, 3, 14),
        "The Weekly Tern",
    ),
    # No date in the header; every date in the body is about the project: published null.
    # Contributor notes at the foot repeat the authors and are not a byline of their own.
    Layout(
        "ta_magazine_4",
        "HORIZON ENGINEER\n"
        "Feature\n"
        "Can the Corran tidal barrage ever pay for itself?\n"
        "Teodora Vance & Bastian Lorde\n"
        "\n"
        "The barrage's backers promise first power in 2031, eight years after the original 2023"
        " target. The developers now say construction will start in the spring once a final planning"
        " appeal is heard on 9 September.\n\n"
        "Independent engineers we spoke to doubt the tariffs will cover the debt before the 2050s.\n"
        "\n"
        "Teodora Vance is an energy writer. Bastian Lorde is a former site engineer.\n",
        "Can the Corran tidal barrage ever pay for itself?",
        "Teodora Vance, Bastian Lorde",
        None,
        "Horizon Engineer",
    ),
    # Outlet is the first crumb of the breadcrumb; "Published" wins over "Updated" on one line.
    Layout(
        "ta_magazine_5",
        "Wayfarer Quarterly › Travel › Coasts\n"
        "A harbour, a sandbar and a vote\n"
        "On the Pellow estuary the question is not whether to dredge, but how often\n"
        "By Ottoline Shaw-Mbatha | Published 12 March 2027 | Updated 15 March 2027\n"
        "\n" + BODY,
        "A harbour, a sandbar and a vote",
        "Ottoline Shaw-Mbatha",
        D(2027, 3, 12),
        "Wayfarer Quarterly",
    ),
    # Quotation marks around the whole title are kept as printed; "Outlet — Month Year" line
    # gives outlet and a month-precision date.
    Layout(
        "ta_magazine_6",
        "Orbital Monthly — December 2026\n"
        "Science\n"
        "\"We will have a crew on Mars before 2045\"\n"
        "Why one astrobiologist thinks the sceptics are wrong\n"
        "By Pim Castellanos\n"
        "\n"
        "Dr Yara Sunderland has worked on three rover missions since 2012. She believes the first"
        " crewed landing will come in the early 2040s, and puts the chance of a landing before 2045"
        " at about 60%.\n\n"
        "The agency's next budget review is due in March 2027.\n",
        "\"We will have a crew on Mars before 2045\"",
        "Pim Castellanos",
        "2026-12",
        "Orbital Monthly",
    ),
    # ==================================================================== local news sites
    # Site name, breadcrumbs, reading time in the byline line, "Published" with a time first.
    Layout(
        "ta_local_1",
        "PellowBayLive\n"
        "Home > News > Pellow Bay > Harbour\n"
        "Dredging vote set for April as channel silts up again\n"
        "By Kenver Rosewarne | 4 min read\n"
        "Published: 09:12, 2 Mar 2027 | Updated: 11:47, 2 Mar 2027\n"
        "Advertisement\n"
        "\n" + BODY,
        "Dredging vote set for April as channel silts up again",
        "Kenver Rosewarne",
        D(2027, 3, 2),
        "PellowBayLive",
    ),
    # Neighbourhood app: the neighbourhood unit in the header is kept in the outlet; a residents'
    # association posting the item is its author.
    Layout(
        "ta_local_2",
        "Hedgerow · Eastfield & Cobb Lane\n"
        "Local news\n"
        "Library opening hours to be cut from May\n"
        "Posted by Eastfield Residents' Association · 3 Mar 2027\n"
        "👍 21  💬 8\n"
        "\n"
        "The county will cut the Eastfield library's opening hours from six days to four from 4 May,"
        " subject to a final vote on 21 April. The library was refurbished in 2022.\n\n"
        "We expect the Saturday morning sessions to survive, but the late Thursday opening will"
        " almost certainly go.\n",
        "Library opening hours to be cut from May",
        "Eastfield Residents' Association",
        D(2027, 3, 3),
        "Hedgerow · Eastfield & Cobb Lane",
    ),
    # No byline; outlet only in the copyright footer; US numeric date with 17 as the day.
    Layout(
        "ta_local_3",
        "News | Sport | What's On | Jobs | Property\n"
        "Advertisement\n"
        "Harbour board to vote on channel dredge\n"
        "Wed, 03/17/2027 - 16:05\n"
        "Share on Facebook   Share on X   Email\n"
        "\n" + BODY + "\n"
        "© 2027 The Trevellan Packet. All rights reserved. Privacy | Cookies\n",
        "Harbour board to vote on channel dredge",
        None,
        D(2027, 3, 17),
        "The Trevellan Packet",
    ),
    # Dash byline with a role; the only header date is "Last updated", taken as the date the
    # page states for itself (the GUIDE has no rule on update stamps).
    Layout(
        "ta_local_4",
        "KESTWICK NOW\n"
        "Crime · Kestwick town centre\n"
        "Police to step up patrols after spate of shop break-ins\n"
        "— Imogen Tully, local democracy reporter\n"
        "Last updated Thursday 25 March 2027, 5:42pm\n"
        "3 comments\n"
        "\n"
        "Kestwick police say extra officers will patrol the high street on Friday and Saturday"
        " nights until at least the end of May. There have been eleven break-ins since 1 January,"
        " compared with four in the whole of 2025.\n\n"
        "The inspector said she expected arrests within weeks.\n",
        "Police to step up patrols after spate of shop break-ins",
        "Imogen Tully",
        D(2027, 3, 25),
        "Kestwick Now",
    ),
    # Navigation and share noise only: no title, author, date or outlet.
    Layout(
        "ta_local_5",
        "Menu\n"
        "Search\n"
        "Home / Local / Coast\n"
        "Share  |  Save  |  Print\n"
        "Advertisement\n"
        "\n" + BODY,
        None,
        None,
        None,
        None,
    ),
    # Date above the masthead; "— Community" is a section dropped from the outlet; the role
    # before the name in the byline is not part of the name; the photo credit is noise.
    Layout(
        "ta_local_6",
        "Tue 16 March 2027\n"
        "Sallowmere Gazette — Community\n"
        "Village hall roof appeal passes halfway mark\n"
        "By community reporter Agnes Rudd\n"
        "Photo: the hall's roof was last replaced in 1986. (Submitted)\n"
        "\n"
        "Volunteers have raised £23,400 of the £45,000 needed to repair the roof of Sallowmere"
        " village hall. The committee hopes to reach its target by the summer fete on 10 July, and"
        " the builders could start in September.\n\n"
        "Organisers think the hall will have to close for at least six weeks while the work is"
        " done.\n",
        "Village hall roof appeal passes halfway mark",
        "Agnes Rudd",
        D(2027, 3, 16),
        "Sallowmere Gazette",
    ),
    # ========================================================================= wire stories
    # Wire version tag "UPDATE 1-" kept in the title, as the GUIDE keeps printed prefixes
    # ("TRANSCRIPT:") on title lines.
    Layout(
        "ta_wire_1",
        "NORTHGATE WIRE\n"
        "UPDATE 1-Harbour board set to back north channel dredge\n"
        "03 Mar 2027 14:22 GMT\n"
        "By Tobiah Renner\n"
        "PELLOW BAY, March 3 (Northgate) -\n"
        "\n" + BODY,
        "UPDATE 1-Harbour board set to back north channel dredge",
        "Tobiah Renner",
        D(2027, 3, 3),
        "Northgate Wire",
    ),
    # Dateline "Feb 17" without a year and no other self-date: published null (the body's years
    # are about other things). Reporters in the credit line are authors, the editor is not.
    Layout(
        "ta_wire_2",
        "Regional currencies slip as traders brace for rate call\n"
        "By Halima Serrat and Jonas Eberle-Vance\n"
        "FRANKSBURG, Feb 17 (Calloway News Service) -\n"
        "\n"
        "Regional currencies slipped on Wednesday as traders waited for the central bank's decision"
        " on 4 March. Most economists polled by the agency expect rates to be held, though futures"
        " imply a 30% chance of a cut.\n\n"
        "The currency hit a record low in August 2025.\n"
        "\n"
        "(Reporting by Halima Serrat and Jonas Eberle-Vance; Editing by Corin Mayhew)\n",
        "Regional currencies slip as traders brace for rate call",
        "Halima Serrat, Jonas Eberle-Vance",
        None,
        "Calloway News Service",
    ),
    # ISO timestamp in Z read as the local date; the dateline repeats it; no byline.
    Layout(
        "ta_wire_3",
        "Tidewater Press Agency\n"
        "2027-03-04T06:15:00Z\n"
        "Harbour dredging back on agenda as silt returns\n"
        "PELLOW BAY, March 4, 2027 (TPA) —\n"
        "\n" + BODY,
        "Harbour dredging back on agenda as silt returns",
        None,
        D(2027, 3, 4),
        "Tidewater Press Agency",
    ),
    # "By Kestrel staff" is a team byline: kept as the author (desk/team signing rule), and the
    # outlet is the wire's masthead without the section.
    Layout(
        "ta_wire_4",
        "KESTREL NEWSWIRE · WORLD\n"
        "Ceasefire talks to resume in Tarsenne next week, mediators say\n"
        "By Kestrel staff\n"
        "Thursday 18 March 2027 09:14 GMT\n"
        "TARSENNE, March 18 (Kestrel) —\n"
        "\n"
        "Talks between the two sides will resume on 24 March, mediators said on Wednesday, after a"
        " break of almost three weeks. The last round, in February, ended without agreement on"
        " prisoner exchanges.\n\n"
        "A senior mediator said a deal on the exchanges was likely before the end of April, though"
        " a wider settlement could take until 2028.\n",
        "Ceasefire talks to resume in Tarsenne next week, mediators say",
        "Kestrel staff",
        D(2027, 3, 18),
        "Kestrel Newswire",
    ),
    # Agency named after the reporter in the byline: the person is the author, the agency the
    # outlet. No date anywhere in the header: published null.
    Layout(
        "ta_wire_5",
        "Harbour board leans toward dredging\n"
        "By Solveig Amundsen-Reid, Tidewater Press Agency\n"
        "PELLOW BAY (TPA) —\n"
        "\n" + BODY,
        "Harbour board leans toward dredging",
        "Solveig Amundsen-Reid",
        None,
        "Tidewater Press Agency",
    ),
    # Timestamp line before the title; author only in the credit line at the foot.
    Layout(
        "ta_wire_6",
        "Thu Mar 11, 2027 | 7:03am EST\n"
        "Sugar producers expect smaller crop after frost\n"
        "SAN ELDORO, March 11 (Pemberly Wire) -\n"
        "\n"
        "Sugar producers in the southern valleys expect the 2027/28 harvest to fall about 8% short"
        " of last season after a late frost, their association said on Thursday. Harvesting begins"
        " in May.\n\n"
        "The association will publish a revised estimate on 15 June.\n"
        "\n"
        "(Reporting by Luz Amara Quintero; Editing by Dov Harker)\n",
        "Sugar producers expect smaller crop after frost",
        "Luz Amara Quintero",
        D(2027, 3, 11),
        "Pemberly Wire",
    ),
    # ================================================================ sports previews, picks
    # A date under a picks title is the game day, not the publication date: published null.
    Layout(
        "ta_sports_1",
        "FOURTH & FATHOM\n"
        "PICKS | Week 11\n"
        "Week 11 picks: Harbour Hawks to cover at home\n"
        "Our best bets for Sunday, 21 November 2027\n"
        "By Rafe Okonkwo-Lamb\n"
        "Odds via Tallyline Sportsbook. Lines as of Thursday.\n"
        "\n"
        "The Hawks have covered in six of their last seven home games, and I like them to win by at"
        " least a touchdown on Sunday. The Millers have not won in the north since 2019.\n\n"
        "Take the under in the late game: the forecast is for 30 mph winds.\n",
        "Week 11 picks: Harbour Hawks to cover at home",
        "Rafe Okonkwo-Lamb",
        None,
        "Fourth & Fathom",
    ),
    # "Race day:" gives the event's date, and the year in the title is the regatta's: published
    # null. A bare name line is the byline.
    Layout(
        "ta_sports_2",
        "KEELHAUL SPORTS › Sailing\n"
        "Pellow Bay Regatta 2027: course preview and predictions\n"
        "Race day: Saturday 20 March 2027\n"
        "Bram Eskildsen\n"
        "\n" + BODY,
        "Pellow Bay Regatta 2027: course preview and predictions",
        "Bram Eskildsen",
        None,
        "Keelhaul Sports",
    ),
    # Posted date before the masthead; the kick-off line is the match date, not published.
    Layout(
        "ta_sports_3",
        "Posted 12 Mar 2027, 18:30\n"
        "THE TERRACE END\n"
        "Preview & prediction\n"
        "Preview: Ashcombe Rovers v Millbridge Town\n"
        "Kick-off: Saturday 13 March, 3pm\n"
        "Written by Declan Foyle-Ames\n"
        "\n"
        "Rovers have lost only once at home since August and should have too much for a Millbridge"
        " side without a win in five. Millbridge last won here in 2016.\n\n"
        "I'm going 2-1 to Rovers, with their striker to score anytime. The loan window closes on"
        " 1 April, so expect both managers to rotate.\n",
        "Preview: Ashcombe Rovers v Millbridge Town",
        "Declan Foyle-Ames",
        D(2027, 3, 12),
        "The Terrace End",
    ),
    # Outlet named only inside the byline ("… sports desk"): the desk is dropped from the outlet,
    # the two writers are the authors.
    Layout(
        "ta_sports_4",
        "GIG RACING PREVIEW\n"
        "Who wins the Estuary Gigs? Our picks for every race\n"
        "By Lowenna Trask & Pascoe Hendra, Pellow Bay Chronicle sports desk\n"
        "March 18, 2027\n"
        "\n" + BODY,
        "Who wins the Estuary Gigs? Our picks for every race",
        "Lowenna Trask, Pascoe Hendra",
        D(2027, 3, 18),
        "Pellow Bay Chronicle",
    ),
    # A tipster the outlet introduces ("makes her selections below") is not the byline author;
    # no date stated: published null.
    Layout(
        "ta_sports_5",
        "SADDLECLOTH\n"
        "Racing Tips | Fenmarket Races\n"
        "Fenmarket Saturday tips: Marigold Jack the nap\n"
        "Our tipster Orla Quennell makes her selections for all seven races below.\n"
        "Odds correct at time of publishing. 18+ | Please gamble responsibly\n"
        "\n"
        "Marigold Jack won over course and distance in 2025 and looks overpriced at 9/2 for the"
        " 2.40. I expect the ground to ride soft after Friday's rain.\n\n"
        "In the handicap, take Dunmore Lass each way; she has been laid out for this since the"
        " autumn.\n",
        "Fenmarket Saturday tips: Marigold Jack the nap",
        None,
        None,
        "Saddlecloth",
    ),
    # No header at all: every field null.
    Layout(
        "ta_sports_6",
        "Three points from the last two games would be enough for the Millers to stay up, and I"
        " think they get them. The final round is on 15 May.\n\n"
        "They went down on the last day in 2019, and nobody at the club has forgotten it.\n",
        None,
        None,
        None,
        None,
    ),
)


# ==========================================================================================
# Writer B. Their note:
# Header layouts for training tracker's metadata reader (independent writer B).
#
# Written from tests/corpus/GUIDE.md (the `meta` section and the metadata decisions of the
# adjudications) only; all names, outlets and places are invented. Each text is a header, a blank
# line and a body (the shared BODY or one written here, with dates that are not the publication
# date); a few end with a footer line, and a few have no header at all (all fields null).
def _writer_b_text(header: str, body: str = BODY, footer: str | None = None) -> str:
    text = header + "\n\n" + body
    if footer:
        text = text.rstrip("\n") + "\n\n" + footer + "\n"
    return text


WRITER_B: tuple[Layout, ...] = (
    # ================================================================ central-bank statements
    Layout(
        "tb_centralbank_1",
        _writer_b_text(
            "BANK OF VARNHOLM\n"
            "Home > Monetary policy > Statements\n"
            "Monetary Policy Statement\n"
            "Decision of the Monetary Policy Committee\n"
            "Published: 17 March 2027, 14:00 CET\n"
            "Share | Print | Subscribe to alerts",
            "The Committee decided to keep the policy rate at 3.25 percent. Core inflation peaked at"
            " 4.1 percent in 2025 and has eased since. Inflation is projected to return to the 2"
            " percent target in the second half of 2028. The next decision will be announced on"
            " 5 May 2027.\n",
        ),
        "Monetary Policy Statement",
        None,
        D(2027, 3, 17),
        "Bank of Varnholm",
    ),
    # The outlet is named only in the copyright footer; it is still the publisher the text names.
    # The "Updated" note in the body is a later edit; the header date is the publication date.
    Layout(
        "tb_centralbank_2",
        _writer_b_text(
            "2027-06-09\n"
            "Press release\n"
            "Policy rate raised to 4.00 per cent",
            "The Executive Board has decided to raise the policy rate by 0.25 percentage points to"
            " 4.00 per cent, effective Wednesday 16 June. The Board's forecast indicates that the"
            " rate will stay at this level until the end of 2028. Updated forecasts will be"
            " published in the Monetary Policy Report on 22 September 2027.\n\n"
            "Updated 10 June 2027: corrects the effective date in the first paragraph.\n",
            "© Riksmark Central Bank 2027 · Contact · Accessibility · Cookies",
        ),
        "Policy rate raised to 4.00 per cent",
        None,
        D(2027, 6, 9),
        "Riksmark Central Bank",
    ),
    # "Economic Bulletin" is the bank's product, not a unit; the department in the byline is
    # dropped from the outlet (GUIDE: a desk named in the byline is dropped).
    Layout(
        "tb_centralbank_3",
        _writer_b_text(
            "CENTRAL BANK OF SOLANE | Economic Bulletin | Issue 2/2027\n"
            "Why wage growth will slow next year\n"
            "By Teodor Marsk and Anneli Kuusk, Economics Department\n"
            "Mar. 3, 2027 · 6 min read"
        ),
        "Why wage growth will slow next year",
        "Teodor Marsk, Anneli Kuusk",
        D(2027, 3, 3),
        "Central Bank of Solane",
    ),
    Layout(
        "tb_centralbank_4",
        _writer_b_text(
            "RESERVE AUTHORITY OF CASTELLAN\n"
            "For release at 2:00 p.m. EDT\n"
            "Wednesday, July 28, 2027\n"
            "Open Market Council issues statement\n"
            "Related: Implementation note | Projections materials (PDF)"),
        "Open Market Council issues statement",
        None,
        D(2027, 7, 28),
        "Reserve Authority of Castellan",
    ),
    # Only a "Last modified" date is printed: it is the only date the page states for itself.
    # 28/10/2027 is day-first by necessity (there is no month 28).
    Layout(
        "tb_centralbank_5",
        _writer_b_text(
            "Bank of Eastmere\n"
            "About | Publications | Statistics | Careers\n"
            "GOVERNOR'S BLOG\n"
            "The last mile of disinflation is the hardest\n"
            "Lorna Quayle, Governor\n"
            "Last modified: 28/10/2027\n"
            "Share this page"
        ),
        "The last mile of disinflation is the hardest",
        "Lorna Quayle",
        D(2027, 10, 28),
        "Bank of Eastmere",
    ),
    # ================================================================ government and agency statements
    # A media release issued in a minister's name: the minister is the author the text names
    # (honorific and post-nominals dropped); the ministry masthead is the outlet.
    Layout(
        "tb_government_1",
        _writer_b_text(
            "MINISTRY OF PORTS AND INLAND WATERS\n"
            "MEDIA RELEASE\n"
            "THE HON. PETRA LINDQVIST MP\n"
            "Minister for Ports and Inland Waters\n"
            "Thursday 8 April 2027\n"
            "New lock at Orrin Falls to open a year early",
            "Construction of the new lock at Orrin Falls is ahead of schedule and the lock is now"
            " expected to open to traffic in March 2028 rather than 2029. The old lock, built in"
            " 1911, will close for repairs once the new one is running. Barge traffic on the river"
            " is forecast to grow by a third by 2032.\n",
        ),
        "New lock at Orrin Falls to open a year early",
        "Petra Lindqvist",
        D(2027, 4, 8),
        "Ministry of Ports and Inland Waters",
    ),
    # The notice number is an issue line; the headline under it is the title.
    Layout(
        "tb_government_2",
        _writer_b_text(
            "Department of Coastal Works — Northern Region\n"
            "News | Notices | Contact us\n"
            "NOTICE TO MARINERS No. 14/27\n"
            "Temporary closure of the Kettle Sound channel\n"
            "Issued: 2027-02-19"
        ),
        "Temporary closure of the Kettle Sound channel",
        None,
        D(2027, 2, 19),
        "Department of Coastal Works — Northern Region",
    ),
    Layout(
        "tb_government_3",
        _writer_b_text(
            "Statistics Orland\n"
            "Labour Force Survey, January 2027\n"
            "Release date: Friday, 12 February 2027          Next release: Friday, 12 March 2027"),
        "Labour Force Survey, January 2027",
        None,
        D(2027, 2, 12),
        "Statistics Orland",
    ),
    # No date anywhere in the header; the only dates are about the vote and past works.
    Layout(
        "tb_government_4",
        _writer_b_text(
            "Statement on the Riverside flood barrier\n"
            "Share   Tweet   Email   Print", footer="Greywater City Council · Civic Centre, Mill Lane · Switchboard 0300 555 0199"),
        "Statement on the Riverside flood barrier",
        None,
        None,
        "Greywater City Council",
    ),
    # GUIDE: a press note's embargo line gives `published`.
    Layout(
        "tb_government_5",
        _writer_b_text(
            "EMBARGOED: Not for publication before 00:01 Tuesday 6 July 2027\n"
            "Office of Energy Markets (OEM)\n"
            "Regulator expects winter gas prices to ease\n"
            "Media contact: Jonah Ferris, press office, 020 7946 0321",
        ),
        "Regulator expects winter gas prices to ease",
        None,
        D(2027, 7, 6),
        "Office of Energy Markets",
    ),
    # ================================================================ committee and board minutes
    # GUIDE: minutes are published on the meeting date their title gives; a secretary's
    # signature is not an author.
    Layout(
        "tb_minutes_1",
        _writer_b_text(
            "KESTREL VALLEY WATER BOARD\n"
            "Minutes of the meeting of the Board held on 21 January 2027\n"
            "Present: R. Achterberg (Chair), M. Dunne, S. Okafor, T. Lisle\n"
            "Apologies: P. Grange",
            "1. The Board noted that reservoir levels stood at 64% against 71% a year earlier."
            " The engineer expects levels to recover to 80% by the end of April if rainfall is"
            " normal. 2. The tariff review will be put to the Board on 18 March 2027.\n",
            "Signed: H. Orme, Board Secretary",
        ),
        "Minutes of the meeting of the Board held on 21 January 2027",
        None,
        D(2027, 1, 21),
        "Kestrel Valley Water Board",
    ),
    # The minutes print their own release date, which the text states for itself; it wins
    # over the meeting dates in the title (the title rule is for excerpts with no other date).
    Layout(
        "tb_minutes_2",
        _writer_b_text(
            "Bank of Corvell\n"
            "Minutes of the Monetary Policy Meeting, 4–5 May 2027\n"
            "Published 19 May 2027"
        ),
        "Minutes of the Monetary Policy Meeting, 4–5 May 2027",
        None,
        D(2027, 5, 19),
        "Bank of Corvell",
    ),
    Layout(
        "tb_minutes_3",
        _writer_b_text(
            "March 9, 2027\n"
            "ALDER CREEK UNIFIED SCHOOL DISTRICT — BOARD OF TRUSTEES\n"
            "Regular Meeting Minutes (Approved)\n"
            "Recorded by: Dana Fitch, District Clerk"),
        "Regular Meeting Minutes (Approved)",
        None,
        D(2027, 3, 9),
        "Alder Creek Unified School District — Board of Trustees",
    ),
    # The meeting date lacks a year and the only years are incidental (the 2026 regatta):
    # published null.
    Layout(
        "tb_minutes_4",
        _writer_b_text(
            "Harbourside Rowing Club\n"
            "Committee meeting notes — 2 Feb\n"
            "Notes taken by Priya (secretary)",
            "The treasurer expects subscriptions to cover the boathouse roof by the autumn. The"
            " 2026 regatta made a small loss. Entries for the spring head race close on 1 March.\n",
        ),
        "Committee meeting notes — 2 Feb",
        None,
        None,
        "Harbourside Rowing Club",
    ),
    # GUIDE: a committee line signing the piece is the author.
    Layout(
        "tb_minutes_5",
        _writer_b_text(
            "Town of Westerholt\n"
            "Minutes of the Budget Committee\n"
            "Meeting of 11 November 2027, Council Chamber, 7 p.m.",
            "The committee heard that the road repair backlog will not be cleared before 2030 at"
            " current funding. Property tax receipts rose 3% in 2026. The draft budget goes to full"
            " council on 2 December 2027.\n",
            "— Budget Committee, Town of Westerholt",
        ),
        "Minutes of the Budget Committee",
        "Budget Committee",
        D(2027, 11, 11),
        "Town of Westerholt",
    ),
    # ================================================================ speeches and transcripts
    # A call transcript with speaker tags: author null; no publisher is named.
    Layout(
        "tb_speech_1",
        _writer_b_text(
            "Halvorsen Freight ASA (HFRT) Q2 2027 Earnings Call Transcript\n"
            "August 12, 2027 8:30 AM ET\n"
            "Company Participants\n"
            "Ingrid Solberg - Chief Executive Officer\n"
            "Mats Eid - Chief Financial Officer",
            "Operator: Good morning and welcome to the second-quarter call.\n\n"
            "Ingrid Solberg: Thank you. Volumes were up 6% on the second quarter of 2026. We expect"
            " full-year revenue at the top of our range, and the new terminal should open in"
            " January 2028.\n\n"
            "Mats Eid: Our next dividend will be paid on 30 September.\n",
        ),
        "Halvorsen Freight ASA (HFRT) Q2 2027 Earnings Call Transcript",
        None,
        D(2027, 8, 12),
        None,
    ),
    # A speech without speaker tags: the speaker is its author; GUIDE: a speech's outlet is null
    # even when the header names the club; the honorific "Deputy Governor" is dropped.
    Layout(
        "tb_speech_2",
        _writer_b_text(
            "The road to two percent\n"
            "Remarks by Deputy Governor Aksel Brandt\n"
            "Lindhaven Business Club — 14 October 2027",
            "Thank you for having me. When I last spoke here, in 2024, inflation was above six"
            " percent. I expect it to be back at our target by the middle of 2028, and I would be"
            " surprised if we needed to raise rates again. Our next forecast round closes on"
            " 1 November.\n",
        ),
        "The road to two percent",
        "Aksel Brandt",
        D(2027, 10, 14),
        None,
    ),
    # A line naming the people on a recording is not a byline; the release date (not the
    # recording date) is the episode's own date; the outlet drops the tagline and the medium word.
    Layout(
        "tb_speech_3",
        _writer_b_text(
            "SLOW HORIZONS — a podcast about the long run\n"
            "Episode 88: Will the grid hold?\n"
            "Hosts: Rafe Okonjo, Hanne Brix | Guest: Dr. Selma Adeyemi\n"
            "Recorded 2 June 2027 · Released 9 June 2027 · 54 min\n"
            "[Transcript]",
            "RAFE: Selma, will we see blackouts this winter?\n\n"
            "SELMA: I'd put it at one in five. The interconnector that failed in 2025 is back, but"
            " the new gas plant won't be ready until late 2028.\n\n"
            "Updated 10 June: we corrected the plant's capacity figure in the show notes.\n",
        ),
        "Episode 88: Will the grid hold?",
        None,
        D(2027, 6, 9),
        "Slow Horizons",
    ),
    # GUIDE: quotation marks around a whole title are kept as printed; "Words:" is a byline.
    Layout(
        "tb_speech_4",
        _writer_b_text(
            "INTERVIEW\n"
            "\"Rates will fall before the election\"\n"
            "Economist Pavla Dorn talks to Lukas Weir about the year ahead\n"
            "Words: Lukas Weir | Photography: Ana Ruiz\n"
            "The Quarry Review · 14 Nov 2027",
            "Q: Where will rates be a year from now?\n\n"
            "Pavla Dorn: Lower. I expect two cuts before the vote on 7 May 2028, and I'd be"
            " surprised if the second one slipped past March. In 2019 the bank waited too long.\n",
        ),
        "\"Rates will fall before the election\"",
        "Lukas Weir",
        D(2027, 11, 14),
        "The Quarry Review",
    ),
    # GUIDE: "Class of 2028" dates a commencement address 2028; the title drops what follows the
    # comma; the honorific "Judge" is dropped from the author; speech outlet null.
    Layout(
        "tb_speech_5",
        _writer_b_text(
            "Address to the Class of 2028, Marrowby Institute of Technology\n"
            "Delivered by Judge Ottilie Venn"
        ),
        "Address to the Class of 2028",
        "Ottilie Venn",
        "2028",
        None,
    ),
    # ================================================================ forum threads and Q&A posts
    # A multi-poster thread: author null; its date is the opening post's; "Forums" is a medium word.
    Layout(
        "tb_forum_1",
        _writer_b_text(
            "Hearthfield Forums › Economy & Markets › Housing\n"
            "Thread: Will house prices in Dunmarrow drop next year?\n"
            "Started by quietfinch · 3 replies · 211 views\n"
            "quietfinch — Posted 04 Jan 2027, 21:14",
            "Prices rose 9% in 2025 and barely moved in 2026. I think they fall 5% by the end of"
            " 2027.\n\n"
            "harrow_lane — Posted 05 Jan 2027, 08:02\n"
            "No chance. The rate cut on 18 February will put a floor under them.\n",
        ),
        "Will house prices in Dunmarrow drop next year?",
        None,
        D(2027, 1, 4),
        "Hearthfield",
    ),
    Layout(
        "tb_forum_2",
        _writer_b_text(
            "AskTheGrowers  /  Questions  /  Tomatoes\n"
            "Q: Is it too early to plant out tomatoes in mid-April?\n"
            "asked 11 Apr 2027 by @greenthumb_ola · 0 answers · 14 views",
            "Last year I planted on 20 April and lost half of them to a frost on the 2nd of May."
            " The long-range outlook says this spring will be colder than 2026. Will waiting until"
            " May make any difference?\n",
        ),
        "Q: Is it too early to plant out tomatoes in mid-April?",
        "greenthumb_ola",
        D(2027, 4, 11),
        "AskTheGrowers",
    ),
    # "5h" is relative: published null; the subreddit's "r/" and the handle's "u/" are dropped.
    Layout(
        "tb_forum_3",
        _writer_b_text(
            "r/weatherwatchers\n"
            "Posted by u/stormchaser_88 · 5h\n"
            "Prediction: first frost before Halloween this year\n"
            "42 comments · Share · Save"
        ),
        "Prediction: first frost before Halloween this year",
        "stormchaser_88",
        None,
        "weatherwatchers",
    ),
    # No header at all: a pasted post.
    Layout(
        "tb_forum_4",
        "Anyone else think the ferry fare goes up again in April? It went up 12% in 2025 and the"
        " operator's contract is renewed on 30 March 2027. My guess is another 10%, maybe more if"
        " fuel stays where it is.\n",
        None,
        None,
        None,
        None,
    ),
    # Question and answer by different people: author null; "Asked" is the page's own date,
    # "Modified" a later edit.
    Layout(
        "tb_forum_5",
        _writer_b_text(
            "Gridwise\n"
            "Questions › Energy › Solar\n"
            "How much will residential solar costs fall by 2030?\n"
            "Asked 2027-05-02 · Modified 2027-05-09 · Viewed 312 times",
            "I'm deciding whether to install panels now or wait. Costs fell about 40% between 2018"
            " and 2024.\n\n"
            "Answer (accepted) — by kilowatt_kate\n"
            "Expect another 20-25% by 2030, most of it in installation rather than panels. The"
            " subsidy ends on 31 December 2027, so waiting probably costs you more.\n",
        ),
        "How much will residential solar costs fall by 2030?",
        None,
        D(2027, 5, 2),
        "Gridwise",
    ),
    # ================================================================ weather and seasonal bulletins
    # GUIDE: product titles kept as printed; the "forecaster in charge" is the author.
    Layout(
        "tb_weather_1",
        _writer_b_text(
            "AREA FORECAST DISCUSSION\n"
            "Weather Service Office Harlow Bay\n"
            "317 AM PST Tue Feb 9 2027\n"
            "Forecaster in charge: M. Kovac",
            ".SYNOPSIS...A cold front reaches the coast this evening with rain likely overnight."
            " Snow levels drop to 2500 feet by Thursday. The wettest February on record, in 1998,"
            " brought 14 inches to the bay.\n",
        ),
        "AREA FORECAST DISCUSSION",
        "M. Kovac",
        D(2027, 2, 9),
        "Weather Service Office Harlow Bay",
    ),
    # GUIDE: a masthead "Office · Long-range desk · issued …" keeps the unit in the outlet; an
    # office holder's line is not a byline; a season's year in the title is not the date.
    Layout(
        "tb_weather_2",
        _writer_b_text(
            "Meteorological Service of Tarnland · Long-range desk · issued 28 May 2027\n"
            "Summer 2027 outlook: warmer than normal in the south\n"
            "Director of Meteorological Services: Dr Elena Pike",
            "June to August is likely to be warmer than normal across the southern provinces, with"
            " a 60% chance of above-normal temperatures. Rainfall is expected to be near normal."
            " The next outlook will be issued on 25 June 2027.\n",
        ),
        "Summer 2027 outlook: warmer than normal in the south",
        None,
        D(2027, 5, 28),
        "Meteorological Service of Tarnland · Long-range desk",
    ),
    # GUIDE: an "Issued by" unit line is a byline, not the outlet.
    Layout(
        "tb_weather_3",
        _writer_b_text(
            "DEPARTMENT OF AGRICULTURE — BRENN\n"
            "Weekly Crop Weather Bulletin No. 31\n"
            "Week ending Sunday 1 August 2027\n"
            "Issued Monday 2 August 2027 by the Agro-Met Unit"
        ),
        "Weekly Crop Weather Bulletin No. 31",
        "Agro-Met Unit",
        D(2027, 8, 2),
        "Department of Agriculture — Brenn",
    ),
    # GUIDE: an issue date spanning two years gives published null; a team after "Prepared by"
    # is the author.
    Layout(
        "tb_weather_4",
        _writer_b_text(
            "Pellham Regional Climate Centre\n"
            "Winter Outlook 2027–28\n"
            "Issue: December 2027 – January 2028\n"
            "Prepared by: Climate Services Team"),
        "Winter Outlook 2027–28",
        "Climate Services Team",
        None,
        "Pellham Regional Climate Centre",
    ),
    # Only an "Updated" date is printed, so it is the date the page states for itself; the
    # newspaper section is dropped from the outlet, which is named only in the footer.
    Layout(
        "tb_weather_5",
        _writer_b_text(
            "WEATHER\n"
            "Rain returns by midweek after a dry weekend\n"
            "By meteorologist Jonas Reed\n"
            "Updated 6:10 a.m. Sat., Oct. 16, 2027",
            "Expect sunshine through Sunday before a front brings steady rain on Tuesday and"
            " Wednesday. Totals could reach an inch in the hills. Last October was the driest since"
            " 2009.\n",
            "The Dunmarrow Courier | Weather | Contact the newsroom",
        ),
        "Rain returns by midweek after a dry weekend",
        "Jonas Reed",
        D(2027, 10, 16),
        "The Dunmarrow Courier",
    ),
    # ================================================================ old essays and book chapters
    # GUIDE: a chapter's number and title are joined "CHAPTER N. TITLE", trailing stop dropped;
    # post-nominals dropped from the author.
    Layout(
        "tb_essay_1",
        _writer_b_text(
            "HORACE T. WEMBLY, F.R.S.\n"
            "[First published 1911]\n"
            "CHAPTER IV.\n"
            "THE COMING AGE OF AIR.",
            "It is not too much to say that by the year 1950 the air will be as crowded as the sea."
            " When the brothers flew in 1903 few believed a machine could carry more than one man;"
            " within twenty years, I venture, it will carry fifty across the Strait in an hour.\n",
        ),
        "CHAPTER IV. THE COMING AGE OF AIR",
        "Horace T. Wembly",
        "1911",
        None,
    ),
    Layout(
        "tb_essay_2",
        _writer_b_text(
            "THE MERIDIAN MONTHLY.\n"
            "Vol. XII.—No. 3.                MARCH, 1898.\n"
            "WHAT THE NEXT CENTURY WILL BRING.\n"
            "By Prof. Amos Kettering."
        ),
        "WHAT THE NEXT CENTURY WILL BRING",
        "Amos Kettering",
        "1898-03",
        "The Meridian Monthly",
    ),
    # A chapter excerpt with a "from <book>" line: the chapter heading is the text's title, the
    # book its source; the publisher and year on the imprint line give outlet and date.
    Layout(
        "tb_essay_3",
        _writer_b_text(
            "Chapter 7. The Cities of Tomorrow\n"
            "from Looking Onward: Essays on the Coming Age\n"
            "Clara Ingerson\n"
            "Harrow & Vane, 1934",
            "The city of 1980 will be built upward, not outward. In 1925 the tallest tower in the"
            " land had thirty floors; before our children are old there will be towers of a"
            " hundred, and roads on their roofs.\n",
        ),
        "Chapter 7. The Cities of Tomorrow",
        "Clara Ingerson",
        "1934",
        "Harrow & Vane",
    ),
    # No header at all: an essay's opening paragraph.
    Layout(
        "tb_essay_4",
        "It is commonly said that within fifty years the horse will have vanished from our"
        " streets. I doubt it. In 1860 men said the same of the sailing ship, and in 1890 there"
        " were more sails on the river than ever before.\n",
        None,
        None,
        None,
        None,
    ),
    # A digitised essay: the text's own date is its original printing (the digitising date is
    # the archive's); the archive that presents it is the only publisher named. "Esq." dropped.
    Layout(
        "tb_essay_5",
        _writer_b_text(
            "The Fenwick Archive · Digitised texts · Item 4471\n"
            "ON THE FUTURE OF THE TELEGRAPH\n"
            "An Essay, by J. R. Holloway, Esq.\n"
            "Originally printed in 1872. Digitised 14 March 2026."
        ),
        "ON THE FUTURE OF THE TELEGRAPH",
        "J. R. Holloway",
        "1872",
        "The Fenwick Archive",
    ),
    # ================================================================ e-mails and memos
    # The subject line is the title; the signature names the sender's company, which publishes
    # the note (GUIDE: a memo's outlet drops a team prefix).
    Layout(
        "tb_memo_1",
        _writer_b_text(
            "From: Dagny Holm <dagny.holm@kestrelmutual.example>\n"
            "To: Investment Committee\n"
            "Cc: Risk team\n"
            "Date: Mon, 8 Mar 2027 09:41:22 +0100\n"
            "Subject: Q2 rate view: we expect one cut",
            "All, our base case is one 25bp cut at the June meeting, with a second in 2028. The"
            " last cutting cycle started in 2020. Comments by Friday 12 March, please.\n\n"
            "Dagny Holm | Head of Fixed Income | Kestrel Mutual\n",
        ),
        "Q2 rate view: we expect one cut",
        "Dagny Holm",
        D(2027, 3, 8),
        "Kestrel Mutual",
    ),
    # A team after "FROM:" is the author (as after "Prepared by"); the company is the outlet.
    # 14/06/27 is day-first by necessity; "27" is read as 2027.
    Layout(
        "tb_memo_2",
        _writer_b_text(
            "MEMORANDUM\n"
            "TO:      All branch managers\n"
            "FROM:    Operations Planning — Brightwater Savings\n"
            "DATE:    14/06/27\n"
            "RE:      Branch staffing over the summer"
        ),
        "Branch staffing over the summer",
        "Operations Planning",
        D(2027, 6, 14),
        "Brightwater Savings",
    ),
    # No Date header: published null; the dates are about the harvest.
    Layout(
        "tb_memo_3",
        _writer_b_text(
            "From: Piet\n"
            "To: Marlies\n"
            "Subject: harvest estimate",
            "Marlies, the co-op thinks we'll bring in 40 tonnes, down from 52 in 2026. Weighing"
            " starts on 6 September. I'd guess nearer 45 if the rain holds off.\n",
        ),
        "harvest estimate",
        "Piet",
        None,
        None,
    ),
    # 03/14/2027 is month-first by necessity; the CFO's role is dropped from the author.
    Layout(
        "tb_memo_4",
        _writer_b_text(
            "03/14/2027\n"
            "INTERNAL MEMO — NOT FOR DISTRIBUTION\n"
            "Northgate Logistics | Finance\n"
            "To: Regional directors\n"
            "From: Carla Menon, CFO\n"
            "Subject: FY2028 budget assumptions"),
        "FY2028 budget assumptions",
        "Carla Menon",
        D(2027, 3, 14),
        "Northgate Logistics",
    ),
    # An Outlook-style "Surname, Forename" sender is written forename first.
    Layout(
        "tb_memo_5",
        _writer_b_text(
            "From: Osei, Kwame\n"
            "Sent: Wednesday, 22 September 2027 16:05\n"
            "To: Lindqvist, Petra\n"
            "Subject: Briefing note: dam inflow forecast"
        ),
        "Briefing note: dam inflow forecast",
        "Kwame Osei",
        D(2027, 9, 22),
        None,
    ),
    # ================================================================ reports and white papers (cover page)
    # GUIDE: a report's title line wins over an inner "Chapter 1"; the subtitle is a second
    # header line; the outlet keeps the unit ("Ardlow Capital — Global Research").
    Layout(
        "tb_report_1",
        _writer_b_text(
            "ARDLOW CAPITAL — GLOBAL RESEARCH\n"
            "Outlook 2028\n"
            "Slower growth, stickier prices\n"
            "December 2027\n"
            "Prepared by: Macro Strategy Team\n"
            "Contents\n"
            "1. Executive summary ........ 3\n"
            "2. Growth ................... 7\n"
            "3. Inflation ................ 12\n"
            "Chapter 1\n"
            "Executive summary",
            "We expect world growth of 2.6% in 2028, down from 3.0% in 2027. Inflation should stay"
            " above target until 2029. Our next update will be published on 15 March 2028.\n",
        ),
        "Outlook 2028",
        "Macro Strategy Team",
        "2027-12",
        "Ardlow Capital — Global Research",
    ),
    # "Published" wins over "Last updated"; degrees dropped; three authors comma-separated.
    Layout(
        "tb_report_2",
        _writer_b_text(
            "WHITE PAPER\n"
            "The Hydrogen Freight Corridor: Costs and Timelines to 2035\n"
            "Calder Institute for Transport Futures\n"
            "Authors: Mira Santos, PhD; Jon Ekwueme; Lise Aaberg\n"
            "Published October 2027 | Version 1.2 | Last updated 3 November 2027"
        ),
        "The Hydrogen Freight Corridor: Costs and Timelines to 2035",
        "Mira Santos, Jon Ekwueme, Lise Aaberg",
        "2027-10",
        "Calder Institute for Transport Futures",
    ),
    # A financial-year range is not a date the report states for itself (GUIDE: an issue date
    # spanning two years gives published null).
    Layout(
        "tb_report_3",
        _writer_b_text(
            "PELLHAM PORT AUTHORITY\n"
            "Annual Report 2026–27\n"
            "Building the deep-water berth"),
        "Annual Report 2026–27",
        None,
        None,
        "Pellham Port Authority",
    ),
    # GUIDE: "Lead analyst:" is a byline. A quarter states only its year: "2027".
    Layout(
        "tb_report_4",
        _writer_b_text(
            "Fennick Research\n"
            "European Cold-Chain Capacity Review\n"
            "Q3 2027\n"
            "Lead analyst: Bruno Caius\n"
            "Confidential — prepared for subscribers"
        ),
        "European Cold-Chain Capacity Review",
        "Bruno Caius",
        "2027",
        "Fennick Research",
    ),
    # No date in the header; the body's dates are about other matters: published null.
    Layout(
        "tb_report_5",
        _writer_b_text(
            "The Linden Trust\n"
            "Water for Every Village: A Five-Year Plan\n"
            "Report to donors"),
        "Water for Every Village: A Five-Year Plan",
        None,
        None,
        "The Linden Trust",
    ),
    # ================================================================ academic working papers
    # Affiliations are not the publisher and no series publisher is named: outlet null.
    # "This version" is the paper's own date.
    Layout(
        "tb_paper_1",
        _writer_b_text(
            "Working Paper No. 2027-14\n"
            "Do Harbour Dredging Cycles Predict Freight Rates?\n"
            "Elin Vasquez (University of Norhaven) and Tomasz Rieger (Calder Institute)\n"
            "This version: 9 July 2027\n"
            "JEL codes: R41, L91"
        ),
        "Do Harbour Dredging Cycles Predict Freight Rates?",
        "Elin Vasquez, Tomasz Rieger",
        D(2027, 7, 9),
        None,
    ),
    # The series' centre is the publisher (caps dropped; the series name is not a unit).
    Layout(
        "tb_paper_2",
        _writer_b_text(
            "CENTRE FOR LABOUR DYNAMICS · DISCUSSION PAPER SERIES · DP 118\n"
            "Automation and the Regional Wage Gap: Evidence and Projections\n"
            "Ana Lucía Ferreira¹, Kofi Mensah², Ruth Abernathy¹\n"
            "¹ Centre for Labour Dynamics, Wesselbrook University   ² Department of Economics,"
            " Halden College\n"
            "November 2027",
            "Abstract. Between 2010 and 2024 the wage gap between the capital and the north widened"
            " by 11 points. Our model projects a further widening of 4 points by 2035 unless"
            " training subsidies double. A revised draft will be circulated after the workshop on"
            " 20 January 2028.\n",
        ),
        "Automation and the Regional Wage Gap: Evidence and Projections",
        "Ana Lucía Ferreira, Kofi Mensah, Ruth Abernathy",
        "2027-11",
        "Centre for Labour Dynamics",
    ),
    # A preprint with two versions: the first submission is the paper's publication date (as
    # "Published" wins over "Updated"); the server is the publisher.
    Layout(
        "tb_paper_3",
        _writer_b_text(
            "Quillstack > Economics > Energy\n"
            "Battery Storage Costs to 2035: A Learning-Curve Forecast\n"
            "Hugo Lindahl, Priya Raman, Oskar Veldt\n"
            "Submitted on 2 Feb 2027 (v1), last revised 19 Mar 2027 (v2)",
            "Abstract: Pack prices fell 85% between 2012 and 2024. Under a 19% learning rate we"
            " project prices below $60/kWh by 2031. We release our data on 1 June 2027.\n",
        ),
        "Battery Storage Costs to 2035: A Learning-Curve Forecast",
        "Hugo Lindahl, Priya Raman, Oskar Veldt",
        D(2027, 2, 2),
        "Quillstack",
    ),
    # An undated draft: published null; affiliations and e-mails are not part of the names.
    Layout(
        "tb_paper_4",
        _writer_b_text(
            "DRAFT — PLEASE DO NOT CITE\n"
            "Will Remote Work Empty the Suburbs? Projections for Mid-Sized Cities\n"
            "Nadia Korhonen*  and  Samuel Achebe†\n"
            "*Institute of Urban Studies, Marrow University (nkorhonen@marrow.example)\n"
            "†Halden College"
        ),
        "Will Remote Work Empty the Suburbs? Projections for Mid-Sized Cities",
        "Nadia Korhonen, Samuel Achebe",
        None,
        None,
    ),
    # The workshop's dates are the event's, not the paper's (as a fight card's date is):
    # published null; the proceedings are the publication it appears in.
    Layout(
        "tb_paper_5",
        _writer_b_text(
            "Proceedings of the 12th Nordic Workshop on Energy Modelling, Tromvik, 14–16 June 2027\n"
            "Short-Term Wind Forecast Errors and Balancing Costs\n"
            "Sigrid Halle (Tromvik University), Piotr Nowak (Baltic Grid Institute)"),
        "Short-Term Wind Forecast Errors and Balancing Costs",
        "Sigrid Halle, Piotr Nowak",
        None,
        "Proceedings of the 12th Nordic Workshop on Energy Modelling",
    ),
    # ================================================================ trade-journal articles
    # "Staff reporter" is the byline the text prints (the GUIDE keeps desk and board bylines as
    # authors); "Published" wins over "Updated".
    Layout(
        "tb_trade_1",
        _writer_b_text(
            "COLD CHAIN QUARTERLY\n"
            "News › Refrigerated shipping\n"
            "Reefer rates set to climb as new capacity slips to 2029\n"
            "By Staff reporter\n"
            "Published 3 March 2027 | Updated 4 March 2027 11:02\n"
            "Advertisement",
            "Shipping lines expect reefer rates to rise 15% by the autumn as delivery of 40 new"
            " vessels slips from 2027 to 2029. Rates last peaked in 2021. Carriers will publish"
            " their summer schedules on 1 April.\n",
        ),
        "Reefer rates set to climb as new capacity slips to 2029",
        "Staff reporter",
        D(2027, 3, 3),
        "Cold Chain Quarterly",
    ),
    # A season-only issue date states its year. The kicker above the headline and the
    # standfirst below it are not the title.
    Layout(
        "tb_trade_2",
        _writer_b_text(
            "The Millwright's Gazette / Issue 412 / Spring 2027\n"
            "FEATURE\n"
            "BEARINGS\n"
            "Why sensor prices will halve by 2030\n"
            "A decade of cheap silicon is about to reach the shop floor, argues our contributor\n"
            "Words: Helga Nystrom\n"
            "Photo: Supplied\n"
            "12 min read · 4 comments"
        ),
        "Why sensor prices will halve by 2030",
        "Helga Nystrom",
        "2027",
        "The Millwright's Gazette",
    ),
    # GUIDE: in "Outlet: title" first lines the outlet is the first part.
    Layout(
        "tb_trade_3",
        _writer_b_text(
            "Grain Trade Weekly: Brokers see barley premiums narrowing into 2028\n"
            "— Jana Koller, Senior Correspondent\n"
            "Tue 9 Nov 2027 · 07:45 GMT"),
        "Brokers see barley premiums narrowing into 2028",
        "Jana Koller",
        D(2027, 11, 9),
        "Grain Trade Weekly",
    ),
    # Section dropped from the outlet; the board signing the piece is the author.
    Layout(
        "tb_trade_4",
        _writer_b_text(
            "Thursday 2 December 2027\n"
            "PLASTICS & PACKAGING WORLD | OPINION\n"
            "Editorial: The recycling mandate will not meet its 2030 target\n"
            "EDITORIAL BOARD"
        ),
        "Editorial: The recycling mandate will not meet its 2030 target",
        "Editorial Board",
        D(2027, 12, 2),
        "Plastics & Packaging World",
    ),
    # Byline and date above the headline; the outlet appears only in the copyright footer;
    # roles after names are dropped.
    Layout(
        "tb_trade_5",
        _writer_b_text(
            "Tags: mining, cobalt, supply chains\n"
            "By Rui Almeida, Markets Editor, and Fiona Grant\n"
            "Mar. 3, 2027\n"
            "Traders see cobalt glut lasting until 2029\n"
            "Share  |  Comments (7)",
            "Cobalt stocks in bonded warehouses are expected to keep rising until 2029, traders"
            " said, as new mines that opened in 2025 ramp up. Prices fell 30% last year. The"
            " industry meets in Vessmark on 18 May.\n",
            "© 2027 Ore & Metal Review. All rights reserved. | Privacy | Terms",
        ),
        "Traders see cobalt glut lasting until 2029",
        "Rui Almeida, Fiona Grant",
        D(2027, 3, 3),
        "Ore & Metal Review",
    ),
    # ================================================================ prediction lists on personal sites
    # The site's name is the outlet; the tagline after the dash and the medium word are dropped.
    Layout(
        "tb_predlist_1",
        _writer_b_text(
            "Notes from the Fen — Ida Marsh's blog\n"
            "Home   About   Archive   RSS\n"
            "Twelve predictions for 2028\n"
            "Posted on 30 December 2027 by Ida Marsh\n"
            "Tags: predictions, annual",
            "1. The canal reopens before June 2028: 70%.\n"
            "2. Inflation ends 2028 below 2.5%: 60%.\n"
            "3. My 2026 list scored 8 out of 12; I'll grade this one on 2 January 2029.\n",
        ),
        "Twelve predictions for 2028",
        "Ida Marsh",
        D(2027, 12, 30),
        "Notes from the Fen",
    ),
    # No header at all: a bare list.
    Layout(
        "tb_predlist_2",
        "My calls, to be graded on 1 January 2029:\n"
        "- The bypass opens before the 2028 festival (80%).\n"
        "- The mayor is re-elected (55%).\n"
        "- Petrol is dearer than in 2026 (65%).\n",
        None,
        None,
        None,
        None,
    ),
    # A site named after its owner's handle: outlet the site (caps dropped), author the handle.
    Layout(
        "tb_predlist_3",
        _writer_b_text(
            "QUANTFOX\n"
            "calls, odds and post-mortems\n"
            "My 2027 calls\n"
            "by quantfox | 5 Jan 2027 | 11 comments"
        ),
        "My 2027 calls",
        "quantfox",
        D(2027, 1, 5),
        "Quantfox",
    ),
    # The only dates are in the body (a grading date, past years): published null; no site name.
    Layout(
        "tb_predlist_4",
        _writer_b_text(
            "Predictions I'm willing to be held to\n"
            "— Bertrand Osei-Lamb",
            "I'll grade these on 1 January 2030. Self-driving taxis will run in at least three"
            " cities here by then (75%). Nuclear fusion will still not be on the grid (95%). I got"
            " 2020 badly wrong, so take the rest with salt.\n",
        ),
        "Predictions I'm willing to be held to",
        "Bertrand Osei-Lamb",
        None,
        None,
    ),
    Layout(
        "tb_predlist_5",
        _writer_b_text(
            "The Long Ledger\n"
            "Predictions › Technology\n"
            "Ten tech calls for the next decade\n"
            "Tobias Renn\n"
            "First published 14 February 2027 · Updated 2 September 2027 (scores added)"
        ),
        "Ten tech calls for the next decade",
        "Tobias Renn",
        D(2027, 2, 14),
        "The Long Ledger",
    ),
)


TRAINING_LAYOUTS: tuple[Layout, ...] = WRITER_A + WRITER_B
