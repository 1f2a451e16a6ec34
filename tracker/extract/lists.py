"""Lists that a text declares to be predictions: every item is a forecast.

"My predictions for 2027:", "Predictions for 2019", "Ten calls for 2026", "What I expect
next year" above numbered or bulleted items, or above a run of "Label: value" lines
("Champions: Harrowgate Athletic", "Relegated: B, C, D") or of lines that end in their own
chance ("Liberals win the next election – 60%"). Such items are often verbless or
in the present tense, so no cue finds them; the declaration is what makes them forecasts
(README, "How a text is read", step 5).

A declaration in the title or a heading above all prose covers the whole text, across the prose
and sub-headings between its lists ("Going up", "Economy", or an expert's name, who then
speaks for the items under it); a heading that takes it back ("Things I won't predict",
"Grading my 2024 predictions") ends it. A declaration further down covers the items that
follow it, up to the next paragraph of prose. A list of a year already past when the text
was written is a record, not a forecast, and so is an item graded with a tick or a cross.

A body sentence declares a list too when items follow it directly ("Here's how I see it.",
"Each line below is a claim and my probability", "Top 5, in order:"); items may then be dashed
("— Vinyl outsells CDs again. Lock.") or a run of short lines with no bullet at all. A line
that labels itself a call ("My call: cut 25", "Lock of the week: ...") is a forecast wherever it
stands. In a forum thread ("#2  GhostOfCartridge  |  Jul 21 2025, 11:19 PM", "Posted by X on
...", "Tom K. · Nov 2, 2026") each post's author speaks for the post, and a post's quotation
of an earlier one ("Quoting X:", "X wrote:") is a repeat, not a new forecast. In a thread whose
title or opening post asks for forecasts, the short answer that opens each reply ("$21.", "Dec
4.") is the poster's call (``Lists.answers``, read by ``combine.py``). Items may open with their
chance ("(95%) The tram opens in June.") and be credited to a member ("... (Ivy Trent.)").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from tracker.extract.layout import ENDS_WITH_CHANCE, Block, Kind
from tracker.extract.metadata import MONTH_PATTERN
from tracker.extract.sentences import split_sentences
from tracker.extract.stated import LEADING_CHANCE
from tracker.extract.voices import lead_in_speaker

_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_LIST_NOUN = r"(?:predictions|forecasts|calls|picks|bets|prophecies|prognostications|probabilities|guesses)"
_DECLARES = re.compile(
    rf"\b(?:my|our|[A-Z][\w.-]*['\u2019]s?)\s+(?:[\w-]+\s+){{0,3}}{_LIST_NOUN}\b"
    rf"|\b{_LIST_NOUN}\s+(?:for|about|on|in)\s+(?:the\s+)?(?:(?:19|20)\d\d|next\s+(?:year|season|decade)|"
    r"(?:this|the)\s+(?:coming\s+)?(?:year|season|decade)(?:\s+ahead)?|the\s+new\s+year)"
    rf"|\b(?:19|20)\d\d(?:/\d\d)?\s+(?:[\w-]+\s+){{0,2}}predictions\b|\bpredictions\s+(?:19|20)\d\d"
    rf"|\b{_COUNT}\s+(?:[\w-]+\s+){{0,2}}(?:{_LIST_NOUN}|forecasters)\b"
    r"|\bwhat\s+(?:I|we)\s+(?:expect|think\s+will\s+happen)\b"
    # "What our employment partners expect in 2027", "what our members expect for 2026"
    r"|\bwhat\s+(?:our|my|the)\s+(?:[\w-]+\s+){0,3}(?:expect|predict|forecast)s?\s+(?:in|for)\b"
    r"|^\W*(?:[\w-]+\s+){0,2}predictions\W*$"
    # "Sunday slate, quick picks", "Staff picks", "Tonight's card:"
    # and after a masthead and a dash or bar: "Crease & Boundary - Playoff Picks", "The Oval | Round 9 predictions"
    # , "SANTA ORSOLA MASTERS - DRAW PREVIEW AND PICKS")
    r"|(?:^|[,:]\s*|\s[-\u2013\u2014|]\s+)(?:[\w'\u2019-]+\s+){0,2}(?:(?:and|&)\s+)?(?:picks|predictions|calls|tips|selections)\W*$"
    # "QUALIFYING: MY TOP TEN, POSITION BY POSITION", "Our top five for the season"
    rf"|\b(?:my|our)\s+(?:[\w-]+\s+)?top\s+{_COUNT}\b"
    r"|\b(?:tonight|today|this\s+week|\w+day)['\u2019]s\s+card\b"
    # A title that asks for picks: "Who goes down?", "Tour of X — who wins the mountain stages?"
    r"|\bwho\s+(?:will\s+)?(?:wins?|goes\s+down|go\s+down|takes|lifts|makes)\b[^.!?]{0,60}\?",
    re.IGNORECASE,
)
# A body sentence that announces the lines under it: "Here's how I see it.", "Each line below is
# a claim and my probability", "Below is what I think the 2030s look like, one line each", "Top
# 5, in order:", "No hedging words, just the call". It opens a list only when items follow it.
_FORECAST_WORD = r"(?:predict|forecast|call|think|expect|reckon|probabilit|guess|pick|bet|see\s+it)"
_ANNOUNCES = re.compile(
    rf"\bhere(?:['\u2019]s|\s+is|\s+are)\s+(?:how\s+(?:I|we)\s+see\s+it|what\s+(?:I|we)\s+{_FORECAST_WORD}|(?:my|our)\s+(?:[\w-]+\s+){{0,3}}{_LIST_NOUN})"
    r"|\b(?:each|every)\s+(?:line|item|entry)\b|\bone\s+(?:line|call)\s+(?:each|per)\b|\bjust\s+the\s+calls?\b"
    rf"|\b(?:below|following)\b[^.!?]{{0,80}}\b(?:I|we|my|our)\b[^.!?]{{0,40}}{_FORECAST_WORD}"
    rf"|\b(?:I|we|my|our)\b[^.!?]{{0,40}}{_FORECAST_WORD}[^.!?]{{0,80}}\b(?:below|following)\b",
    re.IGNORECASE,
)
# Words that take a list back: grading past predictions, or saying that what follows is not one.
_TAKES_BACK = re.compile(
    r"\b(?:grad(?:e|es|ing|ed)|scorecard|score\s*card|looking\s+back|revisit(?:ed|ing)?|review(?:ed|ing)?|"
    r"how\s+(?:I|we|they|my|our)\b[^.]{0,40}\b(?:did|fared)|won['\u2019]t\s+predict|will\s+not\s+predict|"
    r"(?:not|no)\s+(?:a\s+)?predictions?|(?:am|are|is)\s+not\s+predicting|(?:didn['\u2019]t|did\s+not)\s+(?:come\s+true|happen))\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
# "Champions: Harrowgate Athletic (4/5)": a short label, a colon, a value.
_LABEL_LINE = re.compile(r"^[A-Z][^:.!?\"\u201c]{0,50}:\s+\S")
_LABEL_MAX_WORDS = 25
_CHANCE_LINE_MAX_WORDS = 40
_GRADED = re.compile(r"[\u2713\u2714\u2717\u2718\u2705\u274c]")
# "She declined to forecast prices.": an item that says there is no call.
_NO_CALL = re.compile(r"\b(?:declined|refused|would\s+not|wouldn['\u2019]t)\s+to\b|\bno\s+comment\b", re.IGNORECASE)
# An expert's heading over the items that are hers: "Dr. Imogen Sallow, Brackwell Building Society",
# "Mr Bartholomew Cheng (fund manager)".
_PERSON_HEADING = re.compile(
    r"^(?:(?i:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?"
    r"(?P<name>[A-Z][a-z'\u2019-]+(?:\s+(?:[A-Z]\.\s*)?[A-Z][a-z'\u2019-]+(?:-[A-Z][a-z'\u2019-]+)?){1,2}"
    # "LOTTIE BRANDSMA, features writer", "SIMEON TRAVERS (amateur, runs the viewing nights)"
    r"|(?P<caps>[A-Z][A-Z'\u2019-]+(?:\s+[A-Z][A-Z'\u2019-]+){1,2}(?=\s*(?:,|\(|[\u2014\u2013-]\s)))"
    # '"Static" Oduya', 'Maya "Minimap" Kowalczyk': a nickname in quotation marks
    r"|(?P<nick>(?:[A-Z][a-z'\u2019-]+\s+)?[\"\u201c][^\"\u201c\u201d]{1,20}[\"\u201d]\s+[A-Z][a-z'\u2019-]+(?:-[A-Z][a-z'\u2019-]+)?))"
    r"(?P<role>\s*(?:,|\s[\u2014\u2013-]\s|:)\s*\S.*|\s+\([^)]+\))?$"
)
_WHOSE_LIST = re.compile(
    r"^(?P<who>(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.-]*)['\u2019]s?\s+(?:[\w-]+\s+){0,3}(?:predictions|forecasts|picks|calls)\b"
)
# "— Vinyl outsells CDs again. Lock.", "8 — Velasco A&M over Pine Hollow.": a dashed item.
_DASH_ITEM = re.compile(r"^(?:\d{1,3}\s*)?[\u2013\u2014]\s*(?=\S)")
# "P4 \u2014 Moreau", "Q1 \u2013 Mariners", "3rd \u2014 Lindqvist": a place or a round, a dash, the pick; the place stays in the claim.
_PLACE_ITEM = re.compile(r"^(?:[A-Z]{1,2}\d{1,2}|\d{1,2}(?:st|nd|rd|th))\s+[\u2013\u2014]\s+\S")
# "Keiji Strand-Oduya +550": a line of an odds board ends with its moneyline price.
_ENDS_WITH_PRICE = re.compile(r"\s[+-]\d{3,4}\)?\.?\s*$")
# "The plot rents rise again in April. (55%)": a chance in brackets after the item.
_ENDS_WITH_BRACKETED_CHANCE = re.compile(r"\(\s*[~\u2248]?\d{1,3}(?:\.\d+)?\s*%\s*\)\.?\s*$")
# "Winner: Ilse Vandermeer-Costa.", "Top scorer: Okonjo.": one line under a declaration that
# names an outcome is a call, even alone.
_OUTCOME_LABEL = re.compile(
    r"^(?:[\w' -]{0,40}\b)?(?:winners?|champions?|runners?-up|podium|top\s+scorer|golden\s+boot|mvp|relegated|promoted|"
    r"going\s+(?:down|up)|staying\s+up|overall|final\s+score|winning\s+score|to\s+win|fade|nap|each[\s-]way(?:\s+value)?)\s*:\s+\S",
    re.IGNORECASE,
)
# A run of lines this short under a declaration is a list without bullets, one call a line.
_SHORT_LINE_MAX_WORDS = 20
# "My call: cut 25", "Lock of the week: Chiefs cover the 9.5 points.", "My own call, which departs a
# little from the model: Pioneers in five.": a line that says it is a call is one, in any text.
_CALL_LABEL = re.compile(
    r"^(?:(?:my|our)\s+(?:own\s+)?(?:call|prediction|pick|guess|bet|forecast)\b[^:.!?]{0,60}"
    r"|(?:bold\s+)?prediction|(?:best\s+)?bet|lock(?:\s+of\s+the\s+(?:week|day|night|weekend))?"
    r"|upset(?:\s+(?:pick|special|of\s+the\s+(?:week|day|night|weekend)))?|score\s+prediction|predicted\s+score"
    # "Call: Civic Alliance HOLD.", "Selection: SILKEN RUN", "Nap of the day: X", "Next best: X", "Lay of the day:
    # X" (a pick against): a tipster's or a seat-by-seat column's labels; not "Call: 0800 ..." (a telephone)
    r"|(?:final\s+)?call|(?:the\s+)?pick|selection|nap(?:\s+of\s+the\s+(?:day|week|meeting))?|next\s+best"
    r"|lay(?:\s+of\s+the\s+(?:day|week|meeting))?)"
    r"\s*:\s+(?![+(]?\d[\d\s()-]{6,}\d\b)(?!no\s+(?:pick|bet|selection|call)\b)\S",
    re.IGNORECASE,
)
# The bare labels above are calls where the layout makes them a heading too ("Selection: SILKEN RUN" has no full stop).
_BARE_CALL_LABEL = re.compile(r"^(?:(?:final\s+)?call|(?:the\s+)?pick|selection|nap\b|next\s+best|lay\b)", re.IGNORECASE)
# Forum posts. A post's header: "#2  GhostOfCartridge  |  Jul 21 2025, 11:19 PM", "Tom K. · Nov 2,
# 2026", "HomeownerInVessby — 3 March 2026 at 07:12", "» reply from pennyfarthing · 09 Dec 2026,
# 08:40", "Posted by Ferrybank_Frankie on Sat Feb 13, 2027 5:47 pm", "u/douze_points_dave · 4h";
# and, with a board's furniture around the name, "#1  Posted by X — Tuesday 8th September 2026,
# 08:41", "Posted by X on Sun 07/02/2027 at 19:20", "posted by X » 11 Feb 2025, 22:14", "OP: X · 19
# Feb 2027", "Topic started by X on 03/03/2027", "r/Board · Posted by u/x · 11h", "▲ 42 · u/x · 10h"
# (a reply's votes before its author), "Re: Topic Posted by X on ...", "#3 \u00b7 saltmoth \u00b7 19 Feb 2027".
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_POST_DATE = (
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?"
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?),?\s+(?:\d{{4}}|\d{{1,2}}:\d\d)"
    r"|\d{4}-\d\d-\d\d|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{2,4}\b"
    r"|\d+\s*(?:h|hr|hrs|m|min|mins|d|w|hours?|days?|weeks?|minutes?)(?:\s+ago)?\b"
    # a chat server's "Bramble_Orchard — Today at 18:04"
    r"|(?:today|yesterday)\s+at\s+\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?)"
)
# A board's handle: an underscore or a digit in it, or a lower-case first letter ("mossy_bank", "kev99", "quillpen");
# and a full name in capitals ("Jane Roe", "Tom O'Hale").
_HANDLE = r"(?=[\w.-]*[_\d])(?=[\w.-]*[A-Za-z])[\w.-]{3,30}|[a-z][\w.-]{2,30}"
_FULL_NAME = r"[A-Z][a-z'\u2019-]+(?:\s+[A-Z][\w'\u2019.-]+){1,2}"
_POST_NAME = r"(?P<name>u/[\w-]+|[^\s|\u00b7\u2014\u2013,:;!?\"#\u00bb]+(?:\s+[^\s|\u00b7\u2014\u2013,:;!?\"\u00bb]+){0,5}?)"
# What a board prints before the author: the post's number, its votes, the board's name.
_POST_FURNITURE = (
    # a merged thread's 'From thread "Who takes the title?" fenland_fran — 09 Apr 2028 21:05', a board's "Post #1 |
    # kettle_drum_kev | Posted ..."
    r"(?:from\s+thread\s+[\"\u201c][^\"\u201c\u201d]{1,120}[\"\u201d]\s+)?(?:[-_=*\u2014\u2013~]{3,}\s+)?"
    r"[\u00b7.=_~\s]*(?:Re:\s[^|\u00b7]{0,80}?\s(?=(?:posted|written)\s+by\b))?(?:(?:post|reply|comment|message)\s*(?=\[?#\d))?(?:\[?#\d+\]?\s*(?:[|\u00b7\u2014\u2013]|-(?=\s))?\s*|\d{1,4}\s*\u00b7\s*)?(?:[\u25b2\u25b4\u2191\u2b06]\s*\d+(?:\.\d)?k?\s*[|\u00b7\u2022]?\s*)?(?:r/\w+\s*[|\u00b7]\s*)?(?:[\u00bb>]+\s*)?"
)
_POST_HEADERS = (
    re.compile(
        rf"^{_POST_FURNITURE}(?:(?:reply|comment|answer)\s+from\s+|(?:posted|written)\s+by\s+|OP:\s*)?{_POST_NAME}"
        # "9 \u00b7 delphine_marrack \u00b7 Feb 28": a day and a month alone end the line
        rf"(?:\s*[|\u00b7\u2022\u2014\u2013\u00bb]\s*|\s+-\s+)(?:posted\s+(?:on\s+)?)?(?:{_POST_DATE}|(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})\s*$)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^{_POST_FURNITURE}(?:(?:reply|comment|answer)\s+from|(?:(?:topic|thread)\s+)?(?:post(?:ed)?|started|written)\s+by:?)\s+{_POST_NAME}"
        rf"(?:,\s*|\s+on\s+)(?:{_POST_DATE}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s*$|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*$)",
        re.IGNORECASE,
    ),
    # Headers with no date: "Reply from Derek_in_Polytunnel:", "Reply #3 — Mrs_Hubcap", a mailing
    # list's "From: Pete Ambler <pete@...>", and a chat log's "[08:05] <gbeckford> 605", whose header
    # and message share the line.
    re.compile(r"^(?:reply|comment|answer|response)\s+from\s+(?P<name>[^\s:]+(?:\s+[^\s:]+)?)\s*:\s*$", re.IGNORECASE),
    re.compile(r"^(?:reply|comment|answer|response|post)\s*#\d+\s*[\u2014\u2013|\u00b7-]\s*(?P<name>[^\s|\u00b7]+(?:\s+[^\s|\u00b7]+)?)\s*$", re.IGNORECASE),
    # "Post 44 by redrosemike (11:34):", "Reply 7 by Ossian_K:": a numbered post, its author and a time
    re.compile(
        r"^(?:reply|comment|answer|post)\s*#?\d+\s+by\s+(?P<name>[^\s,|\u00b7:()]+)"
        r"\s*(?:\(\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?\)|,?\s+at\s+\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?)?\s*:?\s*$",
        re.IGNORECASE,
    ),
    # "#3 Old Pit Lane said:": a numbered post, its author and "said:" (an unnumbered "X said:" quotes an older post)
    re.compile(r"^\[?#\d+\]?\s+(?P<name>[^\s:#]+(?:\s+[^\s:#]+){0,3}?)\s+(?:said|wrote|posted)\s*:\s*$", re.IGNORECASE),
    re.compile(r"^From:\s*\"?(?P<name>[^<\"@\n]{2,40}?)\"?\s*(?:<[^>\n]*>)?\s*$"),
    re.compile(r"^\[\d{1,2}:\d\d(?::\d\d)?\]\s*<(?P<name>[^>\s]{1,40})>\s*"),
    # a chat log's "[19:02] moss_piglet: Rovers by two", one handle, a colon and the message on its line
    # (a handle with a lower-case letter: a transcript's "[00:09:10] MARLOW:" is a speaker's turn, ``voices.py``)
    re.compile(r"^\[\d{1,2}:\d\d(?::\d\d)?\]\s*(?P<name>(?=[\w.-]*[a-z])[\w.-]{2,30}):\s+(?=\S)"),
    # "[#3] goldfinch_gail  |  Member since 2019  |  Rep: +210": a numbered post, its author and the author's profile
    re.compile(r"^\[?#\d+\]?\s*(?P<name>[^\s|\u00b7]{2,40})\s*[|\u00b7]\s*(?:member\s+since|joined|posts?\s*:|rep(?:utation)?\s*:)", re.IGNORECASE),
    # "#2  fen_skater  (14 Apr 2029)": a numbered post, its author and the date in brackets
    re.compile(rf"^\[?#\d+\]?\s+(?P<name>[^\s()|\u00b7]+(?:\s+[^\s()|\u00b7]+){{0,2}}?)\s+\(\s*(?:posted\s+(?:on\s+)?)?(?:{_POST_DATE})[^()]{{0,20}}\)\s*$", re.IGNORECASE),
    # "Reply #4 by Jasper.Ng, 02 Nov 2026 at 11:15", "Original post by X (Forum Team), 02 Nov 2026": a
    # numbered reply with its author after "by", the post often on the same line.
    re.compile(
        rf"^(?:(?:reply|comment|answer|post)\s*#\d+|original\s+post)\s+by\s+(?P<name>[^\s,|\u00b7]+)(?:\s*\([^()]{{1,40}}\))?"
        rf"(?:,\s*|\s+on\s+)(?:{_POST_DATE})",
        re.IGNORECASE,
    ),
    # A chat export's "[04/03/2027, 07:03] Desmond Achebe-Hart: Fine." or "04/03/2027, 07:03 - Name: ...", and a
    # workspace export's "Ama Osei-Whitcombe  10:31" on a line of its own.
    re.compile(
        r"^\[?\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?\]?\s*(?:[-\u2013]\s*)?"
        r"(?P<name>[^:\[\]]{2,40}?):\s+(?=\S)",
        re.IGNORECASE,
    ),
    re.compile(r"^(?P<name>[A-Z][\w'\u2019.-]+(?:\s[A-Z][\w'\u2019.-]+){0,3}|[\w.-]{2,30})\s+\d{1,2}:\d\d(?:\s*[AP]M)?\s*$"),
    # "Posted by: copperbottom_77   Sentiment: Strong Buy   Holding: Long": a board's header whose
    # other fields follow the name after a wide gap or a bar.
    re.compile(r"^(?:posted|written)\s+by:\s*(?P<name>[^\s|\u00b7:]{2,40})(?:\s{2,}|\s*[|\u00b7]\s*)[A-Z][\w ]{0,20}:"),
    # "Comment from wren_h (14 June 2029, 08:12)": a comment's author and, in brackets, its date
    re.compile(
        rf"^(?:reply|comment|answer|response)\s+(?:from|by)\s+(?P<name>[^\s()|\u00b7:,]{{2,40}})\s*\(\s*(?:posted\s+(?:on\s+)?)?(?:{_POST_DATE})[^()]{{0,20}}\)\s*:?",
        re.IGNORECASE,
    ),
    # A link aggregator's "nmarsh 3 hours ago | next", "qubit_farmer 2 hours ago | parent | next [-]": a handle, the
    # post's age and the thread's links
    re.compile(
        r"^(?P<name>(?=[\w.-]*[A-Za-z])[\w.-]{2,30})\s+\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago"
        r"(?:\s*\|\s*(?:parent|next|prev|root|context|flag|favou?rite|reply|link|on:[^|]{1,60}?)(?:\s*\[[-+\u2013]\])?)+",
        re.IGNORECASE,
    ),
    # A blog's comments: "Jane Roe says: March 3, 2029 at 9:12 pm", "mossy_bank replied on 22 Aug 2029:", "kite_runner
    # commented 2 days ago", "Tom Hale (22/08/2029 21:14):": a handle or a full name, a verb of posting or brackets, the date
    re.compile(
        rf"^(?P<name>{_HANDLE}|{_FULL_NAME})\s+(?:(?:says|said|writes|wrote)\s*:\s*|(?:replied|replies|commented|comments|posted|answered|responded)\s+(?:on\s+)?)"
        rf"(?:{_POST_DATE})(?:\s+at\s+\d{{1,2}}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?\s*:?"
    ),
    re.compile(rf"^(?P<name>{_HANDLE}|{_FULL_NAME})\s*\(\s*(?:{_POST_DATE})[^()]{{0,20}}\)\s*:"),
    # "mossy_bank, 22 Aug 2029, 21:14", "mossy_bank on 22 August 2029 at 21:14": a handle (an underscore, a digit or a
    # lower-case first letter: "LONDON, 22 Aug 2029" is a dateline) and the date
    re.compile(
        rf"^(?P<name>{_HANDLE})(?:,\s*|\s+on\s+)(?:{_POST_DATE})"
        rf"(?:,?\s*(?:at\s+)?\d{{1,2}}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?(?=\s|$)",
    ),
    # "--- #14 by circuit_sue, 02 Jul 2029 ---": a post's number, "by" and its author, between rules
    re.compile(
        rf"^[-=_~\u2014\u2013]{{3,}}\s*\[?#\d+\]?\s+by\s+(?P<name>[^\s,|\u00b7:]{{2,40}})\s*(?:,\s*|\s+on\s+|\s*[|\u00b7\u2014\u2013]\s*)"
        rf"(?:{_POST_DATE})[^-=_~\u2014\u2013]{{0,20}}?\s*[-=_~\u2014\u2013]{{3,}}",
        re.IGNORECASE,
    ),
)
# A thread whose posts each open with "X wrote:" ("\u2514 cutaway_chen wrote:", "--- Bev_Halloran
# wrote:", "—— reply 4 ——" over "binary_thistle wrote:") when no other header marks them: the line is
# the post's header, not a quotation of an earlier post.
_WROTE_HEADER = re.compile(r"^[\s\u2514\u251c\u2500\u2014\u2013|>-]*(?P<name>[^\s:\"\u201c]{2,40})\s+wrote\s*:\s*$")
_WROTE_HEADERS_MIN = 3
_RULE_LINE = re.compile(r"^\s*[-_=*\u2014\u2013~]{3,}\s*$")
_HANDLE_LINE = re.compile(r"^(?:[-_=*\u2014\u2013~]{3,}\s+)?(?P<name>(?=[\w.-]*[A-Za-z])[\w.-]{3,30})\s*$")
_FOOTER = re.compile(r"^[\u2014\u2013-]+\s*(?:posted|written)\s+by\s+(?P<name>[^\s,]{2,40})\s*$", re.IGNORECASE)
# A board that prints the post's number and time on one line ("#2 \u2014 14-10-2026, 09:31 PM") and its
# author on the next ("Ilse_Vanterpool (Member)").
_NUMBERED_TIME = re.compile(rf"^\[?#\d+\]?\s*[\u2014\u2013|\u00b7-]?\s*(?:{_POST_DATE})(?:,?\s*\d{{1,2}}:\d\d(?:\s*[ap]\.?m\.?)?)?\s*$", re.IGNORECASE)
_NAME_LINE = re.compile(r"^(?P<name>[^\s(),:;]{2,40})(?:\s*\([^()]{1,80}\))?\s*$")
# "90% Slugs will be worse than last year. (Ivy Trent.)", "... (The treasurer, Hugh Vane.)": an item
# credited, after its sentence, to the member who made the call.
_CREDIT = re.compile(
    r"[.!?]\s+\((?:(?:[Tt]he|[Oo]ur)\s+[a-z][\w -]{0,30},\s+)?"
    r"(?:(?P<name>[A-Z][a-z'\u2019]+(?:\s+(?:[A-Z]\.\s*)?[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?){1,2})\s*[.,;)]"
    # "(Anonymous.)", "(Dennis again, who says he's just being contrary.)": one name, the item's maker
    r"|(?P<one>[A-Z][a-z'\u2019]+(?<!ly)(?:\s+(?:desk|team|staff|editors?|correspondents?))?)(?:\s*[.)]|\s+again\b))",
)
# "Hosts: Tunde Halvorsen (TH), Beatrix Quayle-Mensah (BQ)" and, after an item, "(TH, BQ, NA; IS thinks
# nearer 4.5)": the item is the call of those whose initials the text defined, up to the first ";" or
# "against".
_INITIALS_DEFINED = re.compile(r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})\s*\((?P<initials>[A-Z]{2,4})\)")
_INITIALS_CREDIT = re.compile(
    r"[.!?][\"\u201d]?\s+\((?P<initials>[A-Z]{2,4}(?:\s*,\s*[A-Z]{2,4})*)\s*(?:[;:)]|,?\s+(?:and|against|but)\b)"
)
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
# "Quoting orbital_turnip:", "Ferrybank_Frankie wrote:": what follows repeats an earlier post.
_QUOTE_MARK = re.compile(
    r"(?:\bQuoting\s+\S+(?:\s+\S+){0,3}|(?:^|\s)\S+(?:\s+\S+){0,3}\s+(?:wrote|said))\s*:\s*$"
    # "Quote from: Bogie_Bolster", "Originally Posted by coldwallet_corbin" on a line of their own
    r"|^\s*(?:quote\s+from:\s*\S+|originally\s+posted\s+by\s+\S+)\s*$",
    re.IGNORECASE,
)
_POSTS_MIN = 2  # one dated name line is a byline or a dateline; a thread has several

# Jobs that make an all-caps heading a person's ("GRETA OLUWOLE, chief golf correspondent").
_ROLE_WORDS = re.compile(
    r"\b(?:writer|editor|correspondent|reporter|columnist|analyst|economist|strategist|forecaster|meteorologist|"
    r"pundit|tipster|caster|commentator|coach|manager|captain|player|member|chair|director|founder|host|presenter|"
    r"scientist|professor|fellow|expert|officer|secretary|partner|trader|agent|statistician|opener|bowler|batter|"
    r"jockey|trainer|driver|rider|goalkeeper|striker|modeller|modeler|former\s+[\w-]+)s?\b",
    re.IGNORECASE,
)
_JOINED_PERSON = re.compile(
    r"^(?P<name>[A-Z][A-Z'\u2019-]+(?:\s+[A-Z][A-Z'\u2019-]+){1,2}),\s+(?:[a-z][\w-]*\s+){0,3}?" + _ROLE_WORDS.pattern + r"\s+(?=[A-Z\"\u201c])"
    # "Margit Holloway (former Falcons opener) Semi-final: Falcons.": a name with a job in brackets
    r"|^(?P<mixed>[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?(?:\s+[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?){1,2})"
    r"\s+\([^()]*?" + _ROLE_WORDS.pattern + r"[^()]*\)\s+(?=[A-Z\"\u201c])"
)
# Capitalised words that open headings but are no one's name.
_NOT_NAMES = frozenset(
    "the a an our my your their what how why who when where going top first last best worst next this that these "
    "those new old big small more less early late business economy politics science sport sports weather "
    "technology tech markets money world national local united america republic kingdom states union europe "
    "asia africa east west north south central "
    # a venue under a title ("Portmane Street Circuit, round 9") is where, not who
    "circuit stadium arena oval raceway speedway racecourse street road avenue".split()
)


# A thread whose opening post asks for forecasts: "Where does it close on Friday?", "Post your
# date below!", "guessing game", "Drop your guess", "place your bets".
_ASKS_FOR_CALLS = re.compile(
    r"\b(?:post|put|drop|place|give|leave|share|enter)\s+(?:in\s+|down\s+)?(?:your|us\s+your|a)\b"
    r"|\bguess(?:es|ing)?\b|\bsweepstakes?\b|\bpredictions?\b|\bcalls\b|\bspeculation\b|\bbets\b|\bpicks\b"
    r"|\b(?:when|where|who|what|which|how|will|would|does|do)\b[^?.!]{0,120}\?",
    re.IGNORECASE,
)
# A reply's answer: a short first sentence with a number, a price or a month ("$21.", "Dec 4.",
# "March 2028.", "Household guess: January 14."), not a question and not a report of the past.
_ANSWER_TOKEN = re.compile(rf"\d|[$\u00a3\u20ac]|\b{MONTH_PATTERN}\b", re.IGNORECASE)
_REPORTS_PAST = re.compile(r"\b(?:was|were|had|did|said|came|went|ago|last)\b|\b\w+ed\b", re.IGNORECASE)
ANSWER_MAX_WORDS = 6


def is_short_answer(sentence: str) -> bool:
    """ "$21.", "Dec 4.", "It slips to 2028, 100%.": a reply's answer to a thread's question."""
    text = sentence.strip()
    return (
        text.count(" ") < ANSWER_MAX_WORDS and not text.endswith("?") and text[:1] not in "\"\u201c>@"
        and bool(_ANSWER_TOKEN.search(text)) and not _REPORTS_PAST.search(text)
    )


# The words a bare figure may carry and still say nothing of its own ("Sub six, 5:58.", "Dec 4.",
# "About 980."): number words, months and short words. A longer word may be a verb ("It slips to
# 2028.") and the answer is then left to the detector.
_NUMBER_WORD = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
    r"million|billion|half|quarter)",
    re.IGNORECASE,
)
_MONTH_WORD = re.compile(MONTH_PATTERN, re.IGNORECASE)
_SHORT_WORD_MAX = 3


def is_bare_answer(sentence: str) -> bool:
    """A short answer with no verb ("6:12.", "Sub six, 5:58."): a figure, not a sentence."""
    if not is_short_answer(sentence):
        return False
    return all(len(word) <= _SHORT_WORD_MAX or _NUMBER_WORD.fullmatch(word) or _MONTH_WORD.fullmatch(word)
               for word in re.findall(r"[A-Za-z]+", sentence))


def _reply_openings(
    blocks: list[Block], posts: dict[int, str], quoted: set[int], header_at: dict[int, str],
) -> tuple[dict[int, int], bool]:
    """The opening blocks of each reply in a thread, each mapped to its reply's header: the first
    block, and the body blocks right after it up to the next header (the layout may part "Hollis,
    you said that last year!" from "Mine's 2 May."); and whether the thread's title or opening post
    asks for forecasts. The replies of the one who opened the thread are left out."""
    headers = [block.index for block in blocks if block.index in posts and block.index in header_at]
    if len(headers) < 2:
        return {}, False
    opening = [block for block in blocks if block.index < headers[1] and block.kind in (Kind.BODY, Kind.HEADING)]
    asks = any(_ASKS_FOR_CALLS.search(block.text) for block in opening)
    answers: dict[int, int] = {}
    by_index = {block.index: block for block in blocks}
    opener = posts.get(headers[0])
    for header in headers[1:]:
        if posts.get(header) == opener:
            continue  # the one who asks keeps the game ("Entries close on 1 March."), it does not play
        text = by_index[header].text
        if post_author(text) is not None and post_header_end(text) < len(text):
            answers[header] = header  # the layout joined the header and the post's first line
            continue
        for below in (block for block in blocks if block.index > header and block.kind is not Kind.SEPARATOR):
            if below.kind is not Kind.BODY or below.index in quoted or below.index in headers:
                break
            answers[below.index] = header
    return answers, asks


@dataclass(frozen=True)
class ListItem:
    block: int  # index of the item's block
    speaker: str | None  # None: the author's


@dataclass(frozen=True)
class Lists:
    items: dict[int, ListItem]  # the declared lists' items, by block index
    # Prose under an expert's heading inside a declared list (her quoted comment under her
    # numbers), or in a forum post: whose words it is, by block index.
    voices: dict[int, str]
    # Blocks that quote an earlier post of the thread: repeats, not forecasts of their own.
    quoted: frozenset[int] = frozenset()
    # The opening blocks of each reply in a thread that asks for forecasts ("Where does it close on
    # Friday?"), mapped to the reply's header: its first short answer (``is_short_answer``) among its
    # first sentences is the poster's call (``combine.py``).
    answers: dict[int, int] = field(default_factory=dict)
    # The same opening blocks in a thread that asks for nothing ("photos from the day"): a bare
    # "6:12." there answers no question, and the detector's own reading of it is held back.
    unasked: dict[int, int] = field(default_factory=dict)
    # Items whose speaker is the expert whose heading they sit under ("Osric Penwarden (statistician)"), not a
    # credit after the item: hers even where the header reader took her name for the text's author.
    headed: frozenset[int] = frozenset()


def _is_label_line(block: Block) -> bool:
    return bool(_LABEL_LINE.match(block.text)) and block.text.count(" ") < _LABEL_MAX_WORDS


def _is_chance_line(block: Block) -> bool:
    """ "Liberals win the next Canadian election – 60%", "Keiji Strand-Oduya +550", "(95%) The tram
    opens in June.": a line that ends (or opens) with its own chance or price, one of a run of such
    lines under a declaration, is an item even without a bullet."""
    return bool(ENDS_WITH_CHANCE.search(block.text) or _ENDS_WITH_PRICE.search(block.text)
                or _ENDS_WITH_BRACKETED_CHANCE.search(block.text) or LEADING_CHANCE.match(block.text)) and (
        block.text.count(" ") < _CHANCE_LINE_MAX_WORDS
    )


def _is_short_line(block: Block) -> bool:
    return block.kind is Kind.BODY and block.text.count(" ") < _SHORT_LINE_MAX_WORDS and " | " not in block.text


def is_call_line(text: str) -> bool:
    """ "My call: cut 25", "Lock of the week: Chiefs cover the 9.5 points.": a line that says
    it is a call."""
    return bool(_CALL_LABEL.match(text)) and text.count(" ") < _CHANCE_LINE_MAX_WORDS


def is_bare_call_label(text: str) -> bool:
    """ "Selection: SILKEN RUN", "Call: Civic Alliance HOLD": a call line whose label alone says it is a call,
    read even where the layout takes the line for a heading."""
    return is_call_line(text) and bool(_BARE_CALL_LABEL.match(text))


def item_text(text: str) -> str:
    """An item without its dash ("\u2014 Vinyl outsells CDs again." -> "Vinyl outsells CDs again.")."""
    return _DASH_ITEM.sub("", text, count=1)


def _declares(text: str, published: dt.date | None) -> bool:
    if not _DECLARES.search(text) or _TAKES_BACK.search(text):
        return False
    years = [int(year) for year in _YEAR.findall(text)]
    # "My predictions for 2019" in a text of 2022 is a record of old forecasts.
    return not (published is not None and years and max(years) < published.year)


def _announces(text: str) -> bool:
    """A paragraph whose last sentence announces the lines under it."""
    sentences = split_sentences(text) or [text]
    return any(_ANNOUNCES.search(sentence) and not _TAKES_BACK.search(sentence) for sentence in sentences)


_POST_TIME = re.compile(r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?\s*", re.IGNORECASE)


def post_header_end(text: str) -> int:
    """Where a post's header ends in ``text`` (0: no header): "#2 oarsome_ollie | Apr 3 2027, 09:40 AM
    6:12." is the header and then the post, when the layout joined the two lines."""
    for pattern in _POST_HEADERS:
        match = pattern.match(text)
        if match is not None:
            return _POST_TIME.match(text, match.end()).end()
    return 0


def post_author(text: str) -> str | None:
    """The author a forum post's header names ("Posted by Ferrybank_Frankie on Sat Feb 13,
    2027 5:47 pm" -> "Ferrybank_Frankie"), or None."""
    for pattern in _POST_HEADERS:
        match = pattern.match(text)
        if match is not None:
            name = _PARENTHESIS.sub("", match.group("name")).strip()
            if name.isdigit():
                continue  # "#10 \u2014 15-10-2026, 05:02 PM": the post's number, not its author
            return name or None
    return None


def defined_initials(blocks: list[Block]) -> dict[str, str]:
    """Initials the text defines for people ("Tunde Halvorsen (TH)"), mapped to their names."""
    return {m.group("initials"): m.group("name") for block in blocks for m in _INITIALS_DEFINED.finditer(block.text)}


# "Harrowgate Analytics: 13.4 million tonnes (previously 12.9)": a list item whose label is a forecasting firm and whose
# value is a figure is that firm's estimate (a bank's or a ministry's name before a colon is as often what it will do).
_ESTIMATE_SOURCE = re.compile(
    r"^(?:[-*\u2022\u2013\u2014]\s*)?(?P<who>(?:[A-Z][\w&'\u2019.-]*\s+){0,4}(?:Analytics|Research|Consulting|Consultants|Economics|"
    r"Advisors|Advisers|Associates|Partners|Securities|Capital|Institute|Intelligence|Insights|Data|Forecasting|Strategies))"
    r"\s*:\s+(?=[$\u00a3\u20ac]?\d)"
)


# "Ruth Okonedo, Institute of Valuers: 0% to +2%": a list item labelled by a person and the body she speaks from.
_PERSON_SOURCE = re.compile(
    r"^(?:[-*\u2022\u2013\u2014]\s*)?(?P<who>(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){1,2}),\s+"
    r"[A-Z][\w&'\u2019.-]*(?:\s+(?:of\s+(?:the\s+)?|&\s+|and\s+)?[A-Z][\w&'\u2019.-]*){0,4}\s*:\s+(?=\S)"
)


def estimate_source(text: str) -> str | None:
    """The forecasting firm a list item's label names before its figure, or the person a label names
    with her firm ("Ruth Okonedo, Institute of Valuers: ..."), or None."""
    match = _ESTIMATE_SOURCE.match(text) or _PERSON_SOURCE.match(text)
    return match.group("who") if match else None


def item_credit(text: str, initials: dict[str, str]) -> str | None:
    """Whom a list item credits after its sentence: "(Ivy Trent.)", "(Anonymous.)", or initials the
    text defined ("(TH, BQ; IS against)" is "Tunde Halvorsen, Beatrix Quayle-Mensah"); None if nobody."""
    by_initials = _INITIALS_CREDIT.search(text)
    if by_initials is not None and initials:
        names = [initials.get(code.strip()) for code in by_initials.group("initials").split(",")]
        if names and all(names):
            return ", ".join(name for name in names if name)
    credit = _CREDIT.search(text)
    if credit is None:
        return None
    return credit.group("name") or credit.group("one")


def post_headers(blocks: list[Block]) -> dict[int, str]:
    """The blocks that open a forum post, by block index, with the post's author: a header line
    (``post_author``), a name line under a line with the post's number and time, or, in a thread
    with no other headers, "X wrote:" lines."""
    headers = {block.index: name for block in blocks if (name := post_author(block.text)) is not None}
    for above, below in zip(blocks, blocks[1:]):
        name_line = _NAME_LINE.match(below.text)
        if below.index not in headers and name_line and _NUMBERED_TIME.match(above.text) and not _NUMBERED_TIME.match(below.text):
            headers[below.index] = name_line.group("name")
    if len(headers) < _WROTE_HEADERS_MIN:
        wrote = {block.index: match.group("name") for block in blocks if (match := _WROTE_HEADER.match(block.text))}
        # "-----" over "ruy_lopez_or_bust" over the post: a board that rules off each post and names its author
        under_rules = {
            below.index: match.group("name") for above, below in zip(blocks, blocks[1:])
            if _RULE_LINE.match(above.text) and (match := _HANDLE_LINE.match(below.text))
        }
        under_rules.update({
            block.index: match.group("name") for block in blocks
            if (match := _HANDLE_LINE.match(block.text)) and _RULE_LINE.match(block.text.split()[0] if block.text.split() else "")
        })
        # "— Posted by Signalbox_Sid" closing each post: the post runs from the block after the last
        # footer (or rule) down to it
        footers: dict[int, str] = {}
        start: int | None = None
        for block in blocks:
            if _RULE_LINE.match(block.text):
                start = None
                continue
            footer = _FOOTER.match(block.text)
            if footer is not None:
                if start is not None:
                    footers[start] = footer.group("name")
                start = None
            elif start is None:
                start = block.index
        # "valley_realtor wrote:" opening each post, under the rule or the signature that closed the post before (the
        # layout drops a quotation's "> " marks, so a quoted post is told by what stands above its "X wrote:": the
        # reply's own prose): two such lines by two people make a thread
        preceding = {below.index: above for above, below in zip(blocks, blocks[1:])}
        own_words = len(wrote) >= _POSTS_MIN and all(
            (above := preceding.get(index)) is None or above.kind is not Kind.BODY or (first and above.index == 0)
            for first, index in ((at == 0, index) for at, index in enumerate(sorted(wrote)))
        )
        for found in (wrote, under_rules, footers):
            enough = len(found) >= _WROTE_HEADERS_MIN or (found is wrote and own_words)
            if enough and len(set(found.values())) >= _POSTS_MIN:
                return {**found, **headers}
    return headers


def thread_posts(blocks: list[Block], headers: dict[int, str] | None = None) -> dict[int, str]:
    """Whose post each block of a forum thread is in, by block index: every block from a
    post's header to the next one. Empty unless the text holds posts by two people at least
    (a single dated name is a byline or a dateline)."""
    headers = post_headers(blocks) if headers is None else headers
    if len(headers) < _POSTS_MIN or len(set(headers.values())) < _POSTS_MIN:
        return {}
    posts: dict[int, str] = {}
    author: str | None = None
    for block in blocks:
        author = headers.get(block.index, author)
        if author is not None:
            posts[block.index] = author
    return posts


_RULED_HEADING = re.compile(r"^[-=_*~\u2014\u2013]{3,}\s+(?P<heading>[^-=_*~\u2014\u2013\s].{2,80}?)\s+[-=_*~\u2014\u2013]{3,}(?:\s|$)")
_HEADING_RULES = re.compile(r"^\s*(?:[-=*~\u2014\u2013]{2,}|[\u2014\u2013](?=\s))\s*|\s*(?:[-=*~\u2014\u2013]{2,}|(?<=\s)[\u2014\u2013])\s*$")


def person_heading(text: str) -> str | None:
    """The person a heading names ("Dr. Imogen Sallow, Brackwell Building Society" ->
    "Imogen Sallow"), or None; "-- Ottilie Brandvold, art director --" too (the rules around it are decoration)."""
    match = _PERSON_HEADING.match(_HEADING_RULES.sub("", text))
    if match is None:
        return None
    name = match.group("name")
    if any(word.lower() in _NOT_NAMES for word in name.split()):
        return None
    # "South America", "Czech Republic" are sections, not speakers: a person's heading gives
    # a title or a role ("Hamish Oduya, Kestrel Property Data").
    titled = match.group(0)[:1] != name[:1]
    role = match.group("role")
    if match.group("nick"):
        return re.sub(r"\s+", " ", re.sub(r"[\"\u201c\u201d]", "", name)).strip()
    if match.group("caps"):
        # an all-caps name needs a title, a role in brackets of two words or more, or a job after a comma
        # ("SOUTH AMERICA (WEST)", "CONFERENCE FINALS, early look" are sections)
        bracketed = bool(role) and role.lstrip().startswith("(") and len(role.strip(" ,()").split()) >= 2 and bool(
            re.search(r"\b[a-z]{3,}\b", role)  # "(retired, mission planning)", not "(Kovalenko, 1)" or "(6-8 August)"
        )
        if not (titled or bracketed or (role and _ROLE_WORDS.search(role))):
            return None
        return name.title()
    # "Harbour City (away)" is a team; "Mr Bartholomew Cheng (fund manager)" gives a title.
    # "Henrietta Vos (former Lynx opener)", "Bilal Achterberg (statistician)": a job in the brackets
    return name if titled or (role and (not role.lstrip().startswith("(") or _ROLE_WORDS.search(role))) else None


def _whose(text: str) -> str | None:
    match = _WHOSE_LIST.match(text)
    if match is None or match.group("who").lower() in ("my", "our", "this", "next", "the"):
        return None
    return match.group("who")


class _Shapes:
    """What each block looks like as a list item, read once."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.label = [_is_label_line(block) for block in blocks]
        self.chance = [_is_chance_line(block) for block in blocks]
        self.short = [_is_short_line(block) for block in blocks]

    def _run(self, flags: list[bool], position: int) -> bool:
        return flags[position] and any(0 <= other < len(flags) and flags[other] for other in (position - 1, position + 1))

    def item(self, position: int, *, loose: bool) -> bool:
        """An item: bulleted, numbered or dashed, or one of a run of label lines or of lines
        that end with their chance; with ``loose``, one of a run of short lines too."""
        block = self.blocks[position]
        if block.kind is Kind.BOILERPLATE:
            return False
        return (
            block.list_item
            or bool(_DASH_ITEM.match(block.text))
            or bool(_PLACE_ITEM.match(block.text))
            or self._run(self.label, position)
            or self._run(self.chance, position)
            or (loose and self._run(self.short, position))
            or (bool(_OUTCOME_LABEL.match(block.text)) and block.text.count(" ") < _CHANCE_LINE_MAX_WORDS)
        )

    def items_follow(self, position: int) -> bool:
        """Whether the next block that is not a heading (or is one, but an item) is an item."""
        for below in range(position + 1, len(self.blocks)):
            block = self.blocks[below]
            if self.item(below, loose=True):
                return True
            if block.kind not in (Kind.HEADING, Kind.SEPARATOR, Kind.BOILERPLATE):
                return False
        return False


def read_lists(blocks: list[Block], published: dt.date | None = None) -> Lists:
    """The blocks that are items of a list the text declares to be predictions, and the
    prose spoken by the experts whose headings the lists sit under or by a thread's posters."""
    items: dict[int, ListItem] = {}
    voices: dict[int, str] = {}
    quoted: set[int] = set()
    headed: set[int] = set()
    header_at = post_headers(blocks)
    initials = defined_initials(blocks)
    posts = thread_posts(blocks, header_at)
    shapes = _Shapes(blocks)
    open_list = False
    whole_text = False  # declared in the title: prose between lists does not end it
    owner: str | None = None  # the declaration's speaker
    speaker: str | None = None  # the current section's speaker
    seen_item = False
    prose_seen = False  # a declaration above all prose is the title's: it covers the whole text
    post: str | None = None  # the author of the forum post being read
    quoting = False  # the block before said "X wrote:"
    taken_back = False  # under a heading that grades old calls ("Grading my 2024 predictions")
    one_a_line = False  # the list was announced in the prose above it: unbulleted short lines are items
    # "My calls, for the record:" over one line "Chiffchaff 8 Mar, sand martin 14 Mar, ...": the line
    # right under a declaration that ends with a colon is an item, even alone and without a bullet.
    under_colon = False
    for position, block in enumerate(blocks):
        poster = posts.get(block.index)
        if poster is not None and block.index in header_at:
            post = poster  # a new post: a list declared in the one before has ended
            speaker = owner = None
            if not whole_text:
                open_list = False
        if quoting and block.kind is not Kind.SEPARATOR:
            quoting = False
            if block.index not in header_at:
                quoted.add(block.index)
                continue
        if posts and block.index not in header_at and _QUOTE_MARK.search(block.text):
            quoting = True
        if block.kind in (Kind.BOILERPLATE, Kind.SEPARATOR):
            continue
        who = speaker if speaker is not None else post
        right_under, under_colon = under_colon, False
        if open_list and (shapes.item(position, loose=one_a_line) or right_under and shapes.short[position]):
            signed = bool(_DASH_ITEM.match(block.text)) and person_heading(item_text(block.text)) is not None
            if not (_GRADED.search(block.text) or _NO_CALL.search(block.text) or _TAKES_BACK.search(block.text) or signed):
                credit = item_credit(block.text, initials) or estimate_source(block.text)
                items[block.index] = ListItem(block.index, credit or who)
                if credit is None and speaker is not None and speaker != owner:
                    headed.add(block.index)
            seen_item = True
            # Short lines are a list's items only where it has no bullets.
            one_a_line = one_a_line and not (block.list_item or _DASH_ITEM.match(block.text))
            continue
        if block.kind is Kind.BODY and is_call_line(block.text) or block.kind is Kind.HEADING and is_bare_call_label(block.text):
            items[block.index] = ListItem(block.index, who)
            continue
        # A title that asks ("Tour of X — who wins the mountain stages?") declares as a heading does.
        declaring_line = block.kind is Kind.HEADING or block.text.rstrip().endswith((":", "?")) and (
            block.text.rstrip().endswith(":") or not prose_seen
        )
        announced = block.kind is Kind.BODY and shapes.items_follow(position) and _announces(block.text) and not taken_back
        if declaring_line and _declares(block.text, published) or announced:
            open_list = True
            one_a_line = announced
            under_colon = block.text.rstrip().endswith(":")
            taken_back = taken_back and announced
            whole_text = whole_text or (not prose_seen and declaring_line)
            # "Based on past heatwaves, our epidemiology team expects:" over its items: the team's (voices.py)
            owner = _whose(block.text) or lead_in_speaker(block.text)
            speaker = owner
            seen_item = False
            if block.kind is Kind.BODY and post is not None:
                voices[block.index] = post
            continue
        prose_seen = prose_seen or block.kind is Kind.BODY
        if block.kind is Kind.HEADING and _TAKES_BACK.search(block.text):
            open_list = whole_text = False
            taken_back = True  # a grading under this heading does not announce new calls
            continue
        # a chat log's "[19:02] name: message" is the header and the post on one line, a heading by its length
        if post is not None and (block.kind is Kind.BODY or block.index in header_at and post_header_end(block.text) < len(block.text)):
            voices[block.index] = post
        if not open_list:
            continue
        if block.kind is Kind.HEADING:
            named = person_heading(block.text)
            speaker = named if named is not None else owner
            continue
        # "Dr Ines Marrow, transport economist:" over her items: a heading that ends with a colon reads as a sentence
        if block.text.rstrip().endswith(":") and (named := person_heading(block.text.rstrip()[:-1])) is not None:
            speaker = named
            continue
        if block.text.rstrip().endswith(":") and (lead := lead_in_speaker(block.text)) is not None:
            speaker = lead  # "Based on past heatwaves, our epidemiology team expects:" over the items
            continue
        if speaker is not None and speaker != owner:
            voices[block.index] = speaker
        if seen_item and not whole_text:
            open_list = False  # a paragraph of prose ends a list declared in the body
    _panel_voices(blocks, items, voices)
    _table_panel_voices(blocks, voices)
    _reproduced_speech(blocks, voices)
    openings, asks = _reply_openings(blocks, posts, quoted, header_at)
    return Lists(items, voices, frozenset(quoted), openings if asks else {}, {} if asks else openings, frozenset(headed))


# "This is the speech Dora Pennick, district secretary of the union, gave outside the depot this morning. Typed up
# from my phone.", "What follows is the text of the address Dr Ada Roe delivered ...": a text that reproduces somebody's
# speech, posted by somebody else; what follows is the speaker's, her "I" included.
_REPRODUCES_SPEECH = re.compile(
    r"\b(?:This|Here|Below|What\s+follows)\s+is\s+(?:the\s+|a\s+)?(?:full\s+)?(?:text\s+of\s+(?:the\s+|a\s+)?)?"
    r"(?:speech|address|remarks|talk|statement|sermon|toast)\s+(?:that\s+)?"
    r"(?P<who>(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame|Cllr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})"
    r"(?:,[^,]{1,120},)?\s+(?:gave|delivered|made|read)\b"
)
_SPEECH_INTRO_REACH = 2  # the first body blocks, where such a note stands


def _reproduced_speech(blocks: list[Block], voices: dict[int, str]) -> None:
    """Every body block after a note that the text reproduces somebody's speech is that speaker's."""
    bodies = [block for block in blocks if block.kind is Kind.BODY]
    for intro in bodies[:_SPEECH_INTRO_REACH]:
        match = _REPRODUCES_SPEECH.search(intro.text)
        if match is None:
            continue
        for block in bodies:
            if block.index > intro.index:
                voices.setdefault(block.index, match.group("who"))
        return


# "| Match | Hana Ito | Declan Rourke |" over "| Saints v Rovers | Saints by 6 | Rovers by 2 |": a table whose
# header row names two people at least gives each row their picks, one column each.
_PERSON_CELL = re.compile(r"^(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){1,2}$")


def _table_cells(text: str) -> list[str] | None:
    return [cell.strip() for cell in text.strip().strip("|").split("|")] if text.count("|") >= 2 else None


def _table_panel_voices(blocks: list[Block], voices: dict[int, str]) -> None:
    """The rows of a table whose header row names people are those people's picks."""
    names: str | None = None
    in_table = False
    for block in blocks:
        cells = _table_cells(block.text)
        if cells is None:
            names, in_table = None, False
            continue
        if not in_table:
            in_table = True
            people = [cell for cell in cells if _PERSON_CELL.match(cell) and not any(word.lower() in _NOT_NAMES for word in cell.split())]
            names = ", ".join(people) if len(people) >= _POSTS_MIN else None
            continue
        if names is not None and block.kind is Kind.BODY:
            voices.setdefault(block.index, names)


# "Premiership round 12: our panel's picks" over "ANA SOUSA" and "Callum Reid", each a heading of its own over her
# picks: a page that says it gathers several people's calls names them by bare headings, with no job or title
# (a preview's "ASHBY TOWN" over a paragraph is a team, and such a page says nothing of a panel).
_DECLARES_PANEL = re.compile(
    r"\b(?:panel(?:ists)?|pundits|experts|tipsters|(?:our|the)\s+(?:writers|staff|critics|columnists|judges)|staff\s+picks|"
    r"(?:three|four|five|six|two)\s+(?:writers|experts|pundits|tipsters|critics))\b",
    re.IGNORECASE,
)
_BARE_NAME = re.compile(
    r"^(?:(?P<mixed>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){1,2})|(?P<caps>[A-Z][A-Z'\u2019-]+(?:\s+[A-Z][A-Z'\u2019-]+){1,2}))$"
)
# The page's own summing-up after the panellists' sections: "Consensus: ...", "Panel consensus" (a panellist's own
# "Verdict:" or "Overall, ..." line stays in her section).
_PANEL_SUMS_UP = re.compile(r"^\W*(?:the\s+|our\s+|panel\s+)?consensus\b", re.IGNORECASE)
_PANEL_INTRO_REACH = 3
_SECTION_WORDS = frozenset(
    "draw quarter half round odds picks pick final finals semis group pool stage week day preview verdict tips bets value "
    "outsiders favourites favorites results table fixtures team teams squad news injuries numbers notes one-liners panel "
    "consensus summary card race match game series season".split()
)  # the blocks at the top where a page says what it gathers


def _bare_name_headings(blocks: list[Block]) -> dict[int, str]:
    """Bare name headings over prose, by block index, on a page that declares a panel in its first blocks."""
    if not any(_DECLARES_PANEL.search(block.text) for block in blocks[:_PANEL_INTRO_REACH]):
        return {}
    found: dict[int, str] = {}
    for block, below in zip(blocks, blocks[1:]):
        match = _BARE_NAME.match(block.text.strip()) if block.kind is Kind.HEADING and below.kind is Kind.BODY else None
        if match is None or any(word.lower() in _NOT_NAMES | _SECTION_WORDS or "'" in word or "\u2019" in word for word in block.text.split()):
            continue  # "MEN'S DRAW", "TOP HALF": sections of the page, not panellists
        found[block.index] = match.group("mixed") or match.group("caps").title()
    return found if len(set(found.values())) >= _POSTS_MIN else {}


def _panel_voices(blocks: list[Block], items: dict[int, ListItem], voices: dict[int, str]) -> None:
    """A panel's page: two people's headings at least ("LOTTIE BRANDSMA, features writer", '"Static"
    Oduya'), each over her own picks and comments. The prose and the items under each heading, down to
    the next heading, are hers where nothing else named their speaker."""
    # a heading counts when prose follows it ("Southern Shield \u2014 Round 7 Predictor" over a byline is a title)
    panel = {
        block.index: name for block, below in zip(blocks, blocks[1:])
        if block.kind is Kind.HEADING and below.kind is Kind.BODY and (name := person_heading(block.text))
    }
    # "GRETA OLUWOLE, chief golf correspondent Winner: Sander Lindqvist.": the layout joined her heading
    # to her first line
    joined = {block.index: match.group("name").title() if match.group("name") else match.group("mixed") for block in blocks
              if block.kind is Kind.BODY and (match := _JOINED_PERSON.match(block.text))}
    # "------ GRETE ANKARSRUD - Chief rugby writer ------ Harlow 24-18 Dunmere": her heading between two rules,
    # which the layout joined to each other and to her first line
    joined.update({block.index: name for block in blocks
                   if block.index not in panel and (ruled := _RULED_HEADING.match(block.text)) and (name := person_heading(ruled.group("heading")))})
    if len(set(panel.values()) | set(joined.values())) < _POSTS_MIN:
        panel.update(_bare_name_headings(blocks))
    if len(set(panel.values()) | set(joined.values())) < _POSTS_MIN:
        return
    people = {None, *panel.values(), *joined.values()}
    current: str | None = None
    for block in blocks:
        if block.index in joined:
            current = joined[block.index]
        elif block.kind is Kind.HEADING:
            current = panel.get(block.index)
        elif _PANEL_SUMS_UP.match(block.text):
            current = None  # "Consensus: two of our three go with Wolves." closes the last panellist's section
        if current is not None and block.kind is Kind.BODY:
            # a voice the list reading gave from the person above, who no longer speaks here, gives way
            if voices.get(block.index) in people:
                voices[block.index] = current
            voices.setdefault(block.index, current)
            if block.index in items and items[block.index].speaker in people:
                items[block.index] = ListItem(block.index, current)
