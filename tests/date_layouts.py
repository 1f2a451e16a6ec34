"""Short texts written here (issue 13, fourteenth round) to check that a date the text does not
state is never read as its publication date, and that a date it does state is still found.

UNDATED: texts that state no publication date of their own but carry dates elsewhere (a vote in
the body, "as of 2026", a deadline, an event in a heading, a quoted e-mail, a reply in a thread,
a table, another page's "Updated" stamp, a copyright line, a reference list, a caption). Each
must read as undated. DATED: texts whose own date stands where a publication date is stated (a
dateline, a "Posted" or "Published" stamp, a byline with a date, a first line that is only a
date, numeric formats), with the date a reader following tests/corpus/GUIDE.md would label.
Everything here was written for these checks; nothing is copied from the corpus or from another
set. ``benchmarks/date_errors.py --set written`` scores them; tests/test_extract_dates_fourteenth.py
checks each one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

D = dt.date

# Bodies with dates of their own: none of them dates the text.
FERRY = (
    "The ferry operator says the new timetable will add two sailings a day, and most regular"
    " passengers expect fares to rise by the autumn.\n\n"
    "\"We will be running at a loss by 2029 unless the subsidy is renewed,\" said Piet Hollander,"
    " the operator's finance director.\n"
)
ORCHARD = (
    "Growers across the valley expect a smaller crop than last year after the late frost, and"
    " the co-operative thinks prices will hold up well into the winter.\n"
)


@dataclass(frozen=True)
class DateLayout:
    name: str
    text: str
    published: dt.date | str | None  # "YYYY-MM" or "YYYY" when only that is stated


UNDATED: tuple[DateLayout, ...] = (
    DateLayout("a vote's day in the first sentence",
               "Harbour board set to back dredging\n\nThe vote on March 3, 2027 is expected to go the dredgers' way, and"
               " members say the work could start within a month.\n\n" + FERRY, None),
    DateLayout("'as of' a year in the body",
               "Why the ferry will keep losing money\n\nAs of 2026, the crossing carries fewer cars than it did a decade"
               " ago.\n\n" + FERRY, None),
    DateLayout("a sentence opening with a full date",
               "14 March 2027 is the day every ferry passenger has circled on the calendar.\n\n" + FERRY, None),
    DateLayout("a deadline line under the title",
               "Grants for orchard repairs\n\nDeadline: 30 June 2027\n\n" + ORCHARD, None),
    DateLayout("applications close, under the title",
               "Apprenticeships at the boatyard\n\nApplications close 31 March 2027.\n\n" + FERRY, None),
    DateLayout("an event in the heading",
               "Election night, 6 May 2027: what to watch for\n\nBy Ilse Varga\n\n" + FERRY, None),
    DateLayout("a match in the heading",
               "Match preview: Harwick v Dunlow, Saturday 14 August 2027\n\nHarwick have won four in a row and should"
               " make it five, though Dunlow's defence will not make it easy.\n", None),
    DateLayout("a question heading naming a day",
               "Thursday 14 October 2027: the day the tunnel opens?\n\n" + FERRY, None),
    DateLayout("an event poster over the text",
               "HARWICK FOOD FESTIVAL\n\nSaturday 18 September 2027\nTown Square, 10am to 6pm\n\n"
               "Stallholders expect record crowds if the weather holds, and the organisers think the queue for the"
               " oyster stand will again stretch past the church.\n", None),
    DateLayout("an event's fields",
               "Harbour open day\n\nEvent: Harbour open day\nDate: Saturday 5 June 2027\nVenue: North Quay\n\n"
               "The organisers expect about three thousand visitors and think the new pilot boat will be the draw.\n",
               None),
    DateLayout("polling day under the title",
               "Ridgeway by-election: our predictions\n\nPolling day: Thursday 6 May 2027\n\n"
               "The Greens will probably hold the seat, though their majority is likely to halve.\n", None),
    DateLayout("a calendar of key dates",
               "Key dates for the council budget\n\n12 January 2028 - consultation closes\n3 March 2028 - budget vote\n"
               "1 April 2028 - new rates take effect\n\nThe budget is likely to pass, but the rise in rates will be"
               " smaller than the cabinet wanted.\n", None),
    DateLayout("a timeline of years",
               "The tunnel, step by step\n\n2019: first survey\n2023: funding agreed\n2027: boring starts\n\n"
               "Engineers expect the tunnel to open by 2033 at the earliest.\n", None),
    DateLayout("a table of dates",
               "Sailing changes this summer\n\n| Date | Change |\n|---|---|\n| 3 May 2027 | two extra sailings |\n"
               "| 1 July 2027 | night boat returns |\n\nPassengers should expect queues on the first weekends.\n", None),
    DateLayout("a quoted e-mail with its Sent line",
               "Re: the new timetable\n\nThanks, I think the council will accept it.\n\n-----Original Message-----\n"
               "From: Ada Marsh\nSent: Tuesday, 4 May 2027 10:02\nTo: Timetable group\nSubject: the new timetable\n\n"
               "Here is the draft. I expect objections from the island parish.\n", None),
    DateLayout("a reply quoting an earlier mail",
               "I doubt the subsidy will be renewed in full.\n\nOn Tue, 4 May 2027 at 10:02, Ada Marsh wrote:\n"
               "> Do you think the ferry subsidy survives the budget?\n", None),
    DateLayout("a thread whose first post is undated and a reply is dated",
               "Will the night boat come back this summer?\n\nferry_fan_77\nI reckon it returns in July, but only at"
               " weekends.\n\nReply from dunlin_dave, 12 March 2027:\nNo chance. They will cut it again.\n", None),
    DateLayout("a reply stamped 'Posted' below the first post",
               "Orchard prices this winter\n\npip_grower\nApples will be dear by Christmas, I'd bet on it.\n\n"
               "Posted 14 March 2027 by cider_jo\nAgreed, the frost did for half the blossom.\n", None),
    DateLayout("another page's Updated stamp",
               "What the ferry cuts mean for commuters\n\nRelated: Council budget explained (updated 4 June 2027)\n\n"
               + FERRY, None),
    DateLayout("a quoted page with its Updated stamp",
               "Bin collections will change again\n\nFrom the council's website (updated 2 March 2027): \"Collections"
               " will move to fortnightly from the spring.\"\n\nResidents expect the change to be reversed within a"
               " year.\n", None),
    DateLayout("a copyright line at the foot",
               "Orchard outlook\n\n" + ORCHARD + "\n\u00a9 2027 Orrin Valley Growers. All rights reserved.\n", None),
    DateLayout("a copyright range at the foot",
               "Ferry fares to rise\n\n" + FERRY + "\nCopyright 2019-2027 Dunlow Press Ltd\n", None),
    DateLayout("a reference list with a 'published' date",
               "Freight through the port\n\n" + FERRY + "\nSources: Ministry of Transport, Annual freight review,"
               " published 3 March 2027.\n", None),
    DateLayout("a footnote dated by the minutes it cites",
               "Dredging: the case for waiting\n\n" + FERRY + "\n[1] Harbour Board minutes, 12 February 2026.\n", None),
    DateLayout("the next update promised at the foot",
               "Orchard price watch\n\n" + ORCHARD + "\nNext update: 14 July 2027\n", None),
    DateLayout("a photo caption with its day",
               "The quay at dawn\n\nPhoto: the north quay at dawn, 2 April 2027 (Lena Hart)\n\n" + FERRY, None),
    DateLayout("an offer valid until a day",
               "Cheaper crossings for islanders\n\nOffer valid until 31 December 2027.\n\n" + FERRY, None),
    DateLayout("an expiry date in figures",
               "Orchard voucher\n\nExpires: 30/09/2027\n\n" + ORCHARD, None),
    DateLayout("tickets on sale on a day in figures",
               "Cup final tickets\n\nTickets go on sale 03/05/2027 at 9am, and the club expects a sell-out within the"
               " hour.\n", None),
    DateLayout("an ISO date in a fixtures heading",
               "Fixtures for 2027-08-14\n\nHarwick should beat Dunlow comfortably; Ashby will probably draw.\n", None),
    DateLayout("a season in the heading",
               "Season 2027/28 preview\n\nHarwick will finish in the top four, and Dunlow are likely to go down.\n",
               None),
    DateLayout("a year-month in the heading of an event",
               "The harvest fair returns in September 2027\n\n" + ORCHARD, None),
    DateLayout("a book's first publication in a sentence",
               "Rereading The Iron Coast\n\nThe novel, first published on 3 March 1932, imagined the harbour silted"
               " up by 1980. Its author expected ships to vanish from the estuary altogether.\n", None),
    DateLayout("a letter citing an earlier issue",
               "Dear Editor,\n\nIn your issue of 4 May 2027 you wrote that the ferry would be saved. I doubt it will"
               " survive another winter.\n\nMarta Ilves, Dunlow\n", None),
    DateLayout("a quotation block opening with a day",
               "What the minister promised\n\n> On 3 May 2027 the minister said the tunnel would open on time.\n\n"
               "Nobody in the harbour believes the tunnel will open on time.\n", None),
    DateLayout("predictions with dates in the items",
               "Five predictions for the harbour\n\n- By 1 January 2030, the north channel will be dredged.\n"
               "- The night boat returns on 1 July 2027.\n- Fares rise again in 2028.\n", None),
    DateLayout("a conference programme's day",
               "Port futures conference: what to expect\n\nDay 1 - 3 May 2027\n09:00 Registration\n10:00 Keynote\n\n"
               "Speakers are expected to argue that container traffic will double by 2040.\n", None),
    DateLayout("a weekend outlook's span",
               "Outlook for the weekend of 12-13 June 2027\n\nShowers are likely on Saturday, and Sunday should be"
               " dry and warm.\n", None),
    DateLayout("a launch line on a product page",
               "The Kelpie 2 electric outboard\n\nLaunch: 1 September 2027\n\nThe makers expect it to outsell the"
               " petrol model within two years.\n", None),
    DateLayout("a correction naming the vote's day",
               "Dredging vote likely to pass\n\n" + FERRY + "\nCorrection: an earlier version gave the wrong day for"
               " the vote, which is 12 May 2027.\n", None),
    DateLayout("a body date alone as a diary heading below the prose",
               "Notes from the orchard\n\n" + ORCHARD + "\nWhat comes next\n\nThe co-operative meets on 9 October"
               " 2027 and will probably raise the price it pays growers.\n", None),
    DateLayout("registration closes, in a programme",
               "Harbour sailing school\n\nRegistration closes 31 March 2027\nCourses start 12 April 2027\n\n"
               "Demand will probably outstrip places again this year.\n", None),
    DateLayout("an embargoed statistic's next release",
               "Port traffic statistics: commentary\n\n" + FERRY + "\nNext release: 15 August 2027\n", None),
    DateLayout("a schedule row under the body",
               "Council budget: what happens next\n\n" + FERRY + "\nBudget vote - Thursday 3 March 2028\n", None),
)

DATED: tuple[DateLayout, ...] = (
    DateLayout("a wire dateline",
               "Ferry subsidy in doubt\n\nHARWICK, 4 May 2027 - " + FERRY, D(2027, 5, 4)),
    DateLayout("a dateline with the weekday",
               "Orchards brace for a thin crop\n\nDunlow, Thursday 6 May 2027\n\n" + ORCHARD, D(2027, 5, 6)),
    DateLayout("Posted with a numeric date",
               "Night boat: my prediction\n\nPosted 14/03/2027\n\n" + FERRY, D(2027, 3, 14)),
    DateLayout("Posted with dots and a two-digit year",
               "Orchard prices\n\nPosted: 03.04.27\n\n" + ORCHARD, D(2027, 4, 3)),
    DateLayout("Published with an ISO date",
               "The ferry's last summer?\n\nPublished: 2027-05-04\n\n" + FERRY, D(2027, 5, 4)),
    DateLayout("a byline with the date after a bar",
               "Fares will rise, and soon\n\nBy Ada Marsh | 4 May 2027\n\n" + FERRY, D(2027, 5, 4)),
    DateLayout("a byline over a date line",
               "Why the tunnel will be late\n\nBy Tomas Greer\nMay 4, 2027\n\n" + FERRY, D(2027, 5, 4)),
    DateLayout("a first line that is only a date",
               "4 May 2027\n\nHarbour notes\n\n" + FERRY, D(2027, 5, 4)),
    DateLayout("an Updated stamp of this text",
               "Ferry talks collapse\n\nUpdated: Tuesday 4 May 2027, 10:32 BST\n\n" + FERRY, D(2027, 5, 4)),
    DateLayout("Posted on a day by a handle",
               "Orchard gossip\n\nPosted on March 3, 2027 by dunlin_dave\n\n" + ORCHARD, D(2027, 3, 3)),
    DateLayout("a memo's Date field",
               "MEMO\n\nTo: Harbour board\nFrom: Ilse Varga\nDate: 2027-05-04\nSubject: Dredging\n\n" + FERRY,
               D(2027, 5, 4)),
    DateLayout("Published in figures by a writer",
               "Ten for '31\n\nPublished 31/12/2030 by Ada Marsh\n\n" + FERRY, D(2030, 12, 31)),
    DateLayout("an abbreviated month in the byline",
               "Ferry cuts: the view from the island\n\nIlse Varga \u00b7 4 Mar 2027\n\n" + FERRY, D(2027, 3, 4)),
    DateLayout("an agency-style month with a full stop",
               "Orchard co-operative sees higher prices\n\nBy Marta Ilves\nMar. 4, 2027\n\n" + ORCHARD, D(2027, 3, 4)),
    DateLayout("an ordinal day",
               "Island news\n\nWritten by Piet Hollander, 4th May 2027\n\n" + FERRY, D(2027, 5, 4)),
    DateLayout("Published as the last line",
               "Orchard outlook\n\n" + ORCHARD + "\nPublished: 3 May 2027\n", D(2027, 5, 3)),
    DateLayout("a press release's release line",
               "FOR IMMEDIATE RELEASE\n\n4 May 2027\n\nDunlow Ferries expects record summer traffic\n\n" + FERRY,
               D(2027, 5, 4)),
    DateLayout("the paper and its day on one line",
               "The Orrin Courier, Thursday, May 6, 2027\n\nGrowers fear a thin harvest\n\n" + ORCHARD, D(2027, 5, 6)),
    DateLayout("Last updated under the title",
               "Ferry timetable: what we know\n\nLast updated 12 June 2027\n\n" + FERRY, D(2027, 6, 12)),
    DateLayout("a dated byline over a body with other dates",
               "Harbour board set to back dredging\n\nBy Ilse Varga, 2 March 2027\n\nThe vote on March 3, 2027 is"
               " expected to go the dredgers' way.\n\n" + FERRY, D(2027, 3, 2)),
    DateLayout("a newsletter's month",
               "Harwick Parish Newsletter - June 2027\n\nThe fete will probably make a profit this year.\n", "2027-06"),
    DateLayout("a forum's first post stamped, a reply later",
               "Will the night boat come back?\n\ndunlin_dave - 12 March 2027, 10:05\nIt comes back in July, I'd bet"
               " on it.\n\nferry_fan_77 - 14 March 2027, 18:40\nNo chance.\n", D(2027, 3, 12)),
)
