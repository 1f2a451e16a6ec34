"""Join the detector's judgement to the rules' candidates.

The detector scores every unit; each rule candidate's confidence combines its unit's
confidence with how often its cue was right on the train split, the text's prior, its
neighbours and its sentence's length (``Detector.candidate_confidence``, calibrated on dev),
so strong rule evidence is not killed by a doubtful unit score, nor a long sentence of an
essay by the short forecasts the detector mostly learnt from; and a unit the detector calls a forecast (confidence at least
``NEW_CANDIDATE_FLOOR``) without any rule candidate becomes a candidate of its own,
with the sentence as its claim and the speaker ``voices.py`` reads from its context, so
that no forecast the model sees is dropped. A table of picks is read by ``tables.py``.

A list the text declares to be predictions ("My predictions for 2027:", "Predictions for
2019" above numbered items) is read as the issue asks: every item is a forecast, by the
list's author (or by the person the heading names: "Jane Roe's predictions"). Such items get
at least ``LIST_ITEM_CONFIDENCE``: the text itself says they are forecasts. A sentence
that says outright that it forecasts ("I predict", "my money is on", "a 34% chance", "one
in three", "is impossible": ``stated.EXPLICIT_FORECAST``) gets at least the share of such
sentences that are forecasts in the train split, ``EXPLICIT_CONFIDENCE``, and becomes a
candidate even when the detector doubts it; so do stated projections and prices ("Our
projection: ...", "Bookmakers have X at 1/10", "Expect a low-scoring game.":
``stated.STATED_CALL``, ``STATED_CALL_CONFIDENCE``) and the short answer that opens a reply in
a forum thread that asks for forecasts ("$21." under "Where does it close on Friday?":
``THREAD_ANSWER_CONFIDENCE``), each at its own record.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

from tracker.extract.detector import load, neighbour_confidence, rule_hits, text_prior
from tracker.estimative import UNHEDGED_WILL
from tracker.extract.horizons import resolve_horizon
from tracker.extract.layout import Block
from tracker.extract.lists import estimate_source, is_bare_answer, is_short_answer, post_header_end, read_lists
from tracker.extract.stated import (
    ANNOUNCES_FORECASTS,
    DATED_CALL,
    DATED_CALL_CONFIDENCE,
    EXPLICIT_CONFIDENCE,
    EXPLICIT_FORECAST,
    LEADING_CHANCE,
    STATED_CALL,
    STATED_CALL_CONFIDENCE,
    STATED_ONCE,
    STATED_PROJECTIONS,
    SCORELINE,
    forecast_clauses,
    item_claim,
    later_chances,
    sentence_reading,
    stated_probability,
)
from tracker.extract.units import Unit
from tracker.extract.units import units as find_units
from tracker.extract.tables import TableRow, forecast_table_rows, row_chance_at, row_of_no_forecast, rows_within, table_picks
from tracker.extract.voices import (
    detector_speaker,
    market_speaker,
    panel_call,
    panel_names,
    paragraph_label,
    presented_forecast_owner,
    quotation_speaker,
    schedule_owner,
    subject_forecaster,
    writer_names,
)

if TYPE_CHECKING:
    from tracker.extract import Candidate

# Calibrated: a unit at 0.5 is as likely a forecast as not. A sentence no rule can restate
# becomes a candidate only when the detector is clearly past that: at 0.5 exactly, titles and
# reported consensus views of the unit tests came through (README, "Extraction").
NEW_CANDIDATE_FLOOR = 0.55
# What `tracker extract` shows unless --min-confidence says otherwise: chosen on the dev
# split, where the F1 of recall and precision is flat from 0.4 to 0.5 and 0.4 keeps every
# forecast of the seed articles (README, "extract").
DEFAULT_MIN_CONFIDENCE = 0.4
# "X will allegedly ...": somebody's claim, unnamed; the rules drop it, so does the fallback.
_HEARSAY = re.compile(r"\b(?:allegedly|reportedly|supposedly|purportedly|rumou?red\s+to)\b", re.IGNORECASE)
# A sentence that opens a direct quotation: words that close with their own punctuation ('"I expect
# them to close four stores."', '"It comes in the autumn," he said'), not a quoted title that the
# sentence goes on about ('"Copperhead Run" — 22 May.', '"The Glasshouse Winter" wins nothing.').
_QUOTED = re.compile(r"\s*[\"\u201c\u00ab\u201e](?=[^\"\u201d\u00bb]*?[.,!?;:\u2026]\s*[\"\u201d\u00bb]|[^\"\u201d\u00bb]*$)")
# "A3.", "B2)", "iv.": the number of a section or commitment that the layout left as a unit of its
# own. It says nothing, so it is never a candidate whatever score its neighbours lend it.
_OUTLINE_NUMBER = re.compile(r"^\W*(?:[A-Za-z]\d{1,2}|\d{1,2}[A-Za-z]|[ivxIVX]{1,5})[.)]?\s*$")
# "Write down what you think will happen.", "Note: projections ... may be revised": an
# instruction to the reader, whose "will" or "may" is no forecast. Of the rule candidates in
# such sentences on the train and dev splits none was a clear forecast (4 hard negatives, 2
# borderline); they are kept at that record, (0 + 1) / (4 + 2), whatever their neighbours.
_INSTRUCTION = re.compile(
    r"^\W*(?:write(?:\s+down)?|tell|guess|ask|imagine|decide|consider|remember|note|make|try|pick|choose|look|watch|see)\b"
    r"(?!\s+(?:will|would|is|are|was|were|has|have|had)\b)",
    re.IGNORECASE,
)
INSTRUCTION_CONFIDENCE = round(1 / 6, 3)
# "The next discussion will be issued at 1700.", "Further details will be published this
# afternoon": a publication schedule, the issuer's own plan as the guide reads it. Of the rule
# candidates in such sentences on the train split 1 of 6 was a clear forecast (another party's
# schedule: "Tee times ... will be posted by the tournament"), hence (1 + 1) / (6 + 2).
_SCHEDULE = re.compile(r"\bwill\s+(?:be\s+)?(?:issued|published|released|posted|announced|made\s+(?:known|available)|updated)\b", re.IGNORECASE)
SCHEDULE_CONFIDENCE = round(2 / 8, 3)
# "The Board will publish its next Monetary Policy Report on 2 February.", "The Group will announce
# its full-year results on 4 March.": the writer's own schedule (the text's author or outlet, a body
# named by its kind, "we"), a plan as the guide reads it; another body's announced schedule ("The
# ministry will publish its next bulletin on 5 February" in a news report) is a forecast and is not
# held here. On the train split none of the 7 such rule candidates was a forecast: (0 + 1) / (7 + 2).
_SCHEDULED = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\s+)?(?P<who>(?:[A-Z][\w&'\u2019.-]*\s+){0,4}?(?:[A-Z][\w&'\u2019.-]*|we))\s+will\s+"
    r"(?:(?:also|then|next|again|now)\s+)?(?:publish|announce|host|hold|circulate|issue|release|report|present|post|update|revisit|review|file)\b"
)
_SELF_KIND = re.compile(
    r"^(?:the\s+)?(?:group|company|board|agency|commission|service|institute|society|council|chamber|secretary|committee|"
    r"department|bureau|office|unit|trust|division|authority|fund|network|we)$",
    re.IGNORECASE,
)
OWN_SCHEDULE_CONFIDENCE = round((0 + 1) / (7 + 2), 3)


def own_schedule(sentence: str, own_names: frozenset[str]) -> bool:
    """Whether ``sentence`` gives the writer's own schedule ("The Board will publish ...")."""
    match = _SCHEDULED.match(sentence)
    if match is None:
        return False
    who = match.group("who")
    return bool(_SELF_KIND.match(who)) or re.sub(r"^the\s+", "", who.lower()) in own_names or who.lower() in own_names


STATED_ONCE_CONFIDENCE = round((0 + 1) / (8 + 2), 3)
# "The Government will raise the threshold ...", "The Unit will carry out fogging ...", "We will fit
# 40,000 smart meters this year.": a body named by its kind, or "we", saying what it will do, a plan
# or a promise as the guide reads it. On the train split 8 of the 131 units that open so are clear
# forecasts (3 of 53 on dev): (8 + 1) / (131 + 2). Not "We will be able to", "we will have to".
_OWN_PLAN = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\s+)?"
    # "In response, the Group will reduce ...": after a fronted link word (0 of 2 such train units are forecasts).
    r"(?:(?:in\s+response|in\s+addition|as\s+a\s+result|accordingly|separately|from\s+\w+|next\s+year|this\s+year)\s*,?\s+)?"
    r"(?:the\s+)?(?:government|city|council|authority|ministry|department|unit|trust|board|committee|"
    r"fund|strike\s+fund|group|agency|service|we)\s+will\s+(?:not\s+)?(?!be\s+(?:able|forced|unable)|have\s+to)",
    re.IGNORECASE,
)
OWN_PLAN_CONFIDENCE = round((8 + 1) / (131 + 2), 3)
# "Rent increases will be capped at inflation ...", "Prescription charges will be abolished ...",
# "Late entries will not be accepted.": a measure announced in the passive. 3 of 15 train units are
# clear forecasts (2 of 17 on dev): (3 + 1) / (15 + 2).
_POLICY_PASSIVE = re.compile(
    r"\bwill\s+(?:not\s+)?be\s+(?:capped|abolished|raised|electrified|commissioned|available|admitted|accepted|excluded|introduced|"
    r"extended|funded|frozen|scrapped|required|allowed|offered|provided|expanded|doubled|rolled\s+out)\b",
    re.IGNORECASE,
)
POLICY_PASSIVE_CONFIDENCE = round((3 + 1) / (15 + 2), 3)
# "We forecast a grass season of near-normal severity; it turned out to be ...", "Brier score 0.17.",
# "Last week: Odell 5-1, Priya 4-2", "Picks record this year: 61-18.": a past forecast graded, or a
# tipster's record. 1 of the 23 such train units is a clear forecast (none of 14 on dev): (1 + 1) / (23 + 2).
GRADED = re.compile(
    r"\bturned\s+out\b|\bwas\s+indeed\b|\bproved\s+(?:right|wrong|correct)\b|\bBrier\b"
    r"|\b(?:picks?|season['\u2019]s|last\s+(?:week|leg|year|season|round)['\u2019]s)\s+record\b"
    r"|^\W*(?:last\s+(?:week|leg|round|season|year)|season|record(?:\s+so\s+far)?|(?:picks?\s+)?record\s+this\s+(?:year|season))\s*:"
    # "Last season's bowl record: 21-17-1.": a won-lost record after its name.
    r"|\brecord\s*:\s*\d{1,3}-\d{1,3}(?:-\d{1,3})?\s*\.?\s*$",
    re.IGNORECASE,
)
GRADED_CONFIDENCE = round((1 + 1) / (23 + 2), 3)
# "SEASON STANDINGS (straight up)" over "1. Marchetti 128-67": a heading over the tipsters' records,
# whose lines are a tally of past picks however the list above them was declared. The lines under it,
# down to the next heading or paragraph, are held as graded forecasts are.
_RECORD_HEADING = re.compile(
    r"\b(?:standings|leaderboard|league\s+table|season\s+records?|records?\s+(?:so\s+far|to\s+date|this\s+(?:season|year))"
    r"|(?:results|picks)\s+so\s+far|how\s+(?:we|they)\s+(?:stand|did))\b",
    re.IGNORECASE,
)
_WON_LOST = re.compile(r"\b\d{1,3}-\d{1,3}(?:-\d{1,3})?\b")


def under_record_heading(found: list[Unit]) -> set[int]:
    """Units of the list under a heading of past records ("SEASON STANDINGS"), not one of predictions."""
    held: set[int] = set()
    open_record = False
    for position, unit in enumerate(found):
        line = unit.heading or unit.text.rstrip().endswith(":")
        if line and _RECORD_HEADING.search(unit.text) and not _DECLARES_PREDICTIONS.search(unit.text):
            open_record = True
        elif open_record and (unit.list_item or unit.heading and _WON_LOST.search(unit.text)):
            held.add(position)
        else:
            open_record = False
    return held


# "Registration will open at 08:30 on Thursday", "Free clinics will run every Saturday in December",
# "Bookings will close on 8 April.": a service's arrangements, the organiser's plan as the guide reads
# it. None of the 3 such train units is a clear forecast (none of 7 on dev): (0 + 1) / (3 + 2).
_ARRANGEMENT = re.compile(
    r"^\W*(?:the\s+)?(?:[\w-]+\s+){0,3}(?:clinics?|shuttle(?:\s+bus)?|bus(?:es)?|coach(?:es)?|bookings?|registration|"
    r"(?:site\s+)?visits?|doors|bar|helpline|hearing\s+loops|sessions?|workshops?|tours?|entries|tickets|applications)\s+"
    r"will\s+(?:not\s+)?(?:open|run|close|leave|depart|operate|be\s+(?:open|fitted|available|held|closed|sent)|start|begin|resume)\b",
    re.IGNORECASE,
)
ARRANGEMENT_CONFIDENCE = round((0 + 1) / (3 + 2), 3)
# "Last year we forecast a peak in the first week of January", "In last year's March outlook we forecast
# 2026 petrol at 1.59", "Last season I said Pellow would survive": a call of an earlier time, told as
# history or graded, near the unit's opening (a chat log the layout joined into one unit, "... 07:42 k.m:
# last month i said 100k ... my money's on 180+", holds calls of today too). None of the 19 such train
# units is a forecast: (0 + 1) / (19 + 2).
_PAST_CALL = re.compile(
    r"^[\s\S]{0,60}?\b(?:last\s+(?:year|spring|summer|autumn|fall|winter|week|month|season|time|issue|quarter)|a\s+year\s+ago|twelve\s+months\s+ago"
    r"|in\s+last\s+\w+['\u2019]s\s+[^,;.]{0,30})\b[^.;:]{0,40}?\b(?:we|I|they|he|she|it)\s+(?:forecast|predicted|projected|called|said)\b(?!\s*,)",
    re.IGNORECASE,
)
PAST_CALL_CONFIDENCE = round((0 + 1) / (19 + 2), 3)
# "Total revenue: $182.6 million, up 19% year over year.", "Corn Dec: 4.62, down 11 cents on the week": a
# figure reported with its change on an earlier period. A forecast gives its base ("$215/t in 2027, down
# from $238/t"); none of these lines on train and dev is a forecast, and the 7 on dev were all the
# detector's false positives.
_REPORTED_CHANGE = re.compile(
    r"^\W*[A-Za-z][^:]{1,60}:\s*[-$\u00a3\u20ac]?\d[\d,.]*\s*(?:[A-Za-z%]+\b\.?)?\s*,\s*(?:up|down)\s+(?:about\s+)?\d[\d.,]*"
    r"\s*(?:%|percent\b|per\s+cent\b|bp\b|basis\s+points\b|cents?\b|p\b|pence\b|points?\b)?"
    r"(?!\s+from\s+(?!a\s+year|last|the\s+(?:same|previous|prior)))",
    re.IGNORECASE,
)
# "Our projections assume turnout close to 2023's 66 percent.", "The forecast assumes that the extension
# enters operation in 2028": what a forecast is conditioned on, the guide's `other`. Not when the assumed
# clause says "will" (an outlook's "our forecast assumes production will average ..." is labelled its
# forecast) nor past a semicolon. None of the 5 such candidates on train and dev was a forecast.
_ASSUMES = re.compile(
    r"^[^;]{0,60}?\b(?:forecasts?|projections?|outlook|central\s+case|base\s+case|plan|model(?:ling)?|figures|estimates?)"
    r"\s+(?:also\s+)?assumes?\b(?![^;]*\bwill\b)[^;]*;?\s*$",
    re.IGNORECASE,
)
ASSUMPTION_CONFIDENCE = round((0 + 1) / (5 + 2), 3)
_NOT_FORECASTS = (
    (_PAST_CALL, PAST_CALL_CONFIDENCE), (_ASSUMES, ASSUMPTION_CONFIDENCE),
    (_INSTRUCTION, INSTRUCTION_CONFIDENCE), (_SCHEDULE, SCHEDULE_CONFIDENCE), (STATED_ONCE, STATED_ONCE_CONFIDENCE),
    (_OWN_PLAN, OWN_PLAN_CONFIDENCE), (_POLICY_PASSIVE, POLICY_PASSIVE_CONFIDENCE), (GRADED, GRADED_CONFIDENCE),
    (_ARRANGEMENT, ARRANGEMENT_CONFIDENCE),
)
# Of those, the ones that also keep a sentence only the detector found from becoming a candidate,
# unless the writer states a belief ("I believe that ... will be provided for every working man").
_NOT_NEW_CANDIDATES = (_OWN_PLAN, _POLICY_PASSIVE, GRADED, _ARRANGEMENT, _PAST_CALL, _ASSUMES)
# "...WINTER STORM WARNING IN EFFECT FROM 6 AM SUNDAY...", "HAS ISSUED A ... ADVISORY...WHICH IS
# IN EFFECT", "THE WATCH IS NO LONGER IN EFFECT": a weather office's hazard product in force is
# its action, not a forecast (the guide's `other`); one that "will be in effect" is left alone.
_HAZARD_IN_EFFECT = re.compile(r"\b(?:advisory|warning|watch)\b.{0,60}?\bin\s+effect\b", re.IGNORECASE | re.DOTALL)
_WILL = re.compile(r"\bwill\b", re.IGNORECASE)
# "22:00 — Polls have closed.", "00:27 — The currency is up 0.4 percent in overnight trading.": a live
# blog's timed entry that says nothing of what is to come reports the night. Of the 9 such entries the
# detector scored on train and dev, none without a word of the future was a forecast (the 7 that were
# say "will", "expect", "likely", a price ...).
def _line_of(text: str, unit: Unit, row: str) -> int:
    """The offset of the line within ``unit`` whose words are ``row``'s (a table row, its spaces collapsed)."""
    start = text.rfind("\n", 0, unit.start) + 1
    while start < unit.end:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if " ".join(text[start:end].split()) == row:
            return start
        start = end + 1
    return unit.start


# "1. DRUMMOND VALE", "SUMMARY", "WHY SLIGHTLY ABOVE AVERAGE?": an item of a declared list set in
# capitals, with no figure and no full stop, heads the item's paragraph (the guide labels such headings
# `other`). Of the 11 such list candidates on train and dev none was a forecast; the 2 capital items
# that were ("CUT 25.", "THERE IS NO LONGER A TSUNAMI THREAT ... .") have a figure or a full stop.
_CAPITALS_HEADING = re.compile(r"^[^a-z\d.!]*[A-Z]{2}[^a-z\d.!]*$")
_TIMED_ENTRY = re.compile(r"^\W*\d{1,2}[:.]\d\d\s*[\u2014\u2013-]\s")
_FUTURE_WORD = re.compile(
    r"\b(?:will|won['\u2019]t|shall|going\s+to|expects?|expected|likely|unlikely|probably|chances?|odds|favou?rites?|"
    r"confident|suspect|think|reckon|could|may|might|should|would|forecasts?|predicts?|projects?|projected|tomorrow|next|"
    r"call|to\s+(?:win|lead|take|finish))\b|['\u2019]ll\b|\d+/\d+|%\s+chance",
    re.IGNORECASE,
)
_BELIEF = re.compile(r"\b(?:I|we)\s+(?:(?:still|also|firmly)\s+)?(?:believe|think|expect|predict|reckon|doubt)\b|\b(?:I|we)\s+(?:am|are)\s+(?:confident|sure|certain)\b", re.IGNORECASE)
# The first sentence of a reply to a thread that asks for forecasts, when a short answer ("$21.",
# "Dec 4."): 7 of 8 such units on the train split are forecasts, (7 + 1) / (8 + 2).
THREAD_ANSWER_CONFIDENCE = round((7 + 1) / (8 + 2), 3)
ANSWER_SENTENCES = 3
DETECTOR_CUE = "detector"
LIST_CUE = "prediction list"
TABLE_CUE = "table of picks"
FORECAST_TABLE_CUE = "table of forecasts"
LIST_ITEM_CONFIDENCE = 0.9
# A row of a table of forecast figures (``tables.forecast_table_rows``), at its record on the train
# split: 133 of the 134 such rows overlap a clear forecast (7 overlapping only borderline ones not
# counted; the other is a code listing's line), (right + 1) / (counted + 2).
FORECAST_TABLE_CONFIDENCE = round((133 + 1) / (134 + 2), 3)
_DECLARES_PREDICTIONS = re.compile(
    r"\b(?:predictions?|forecasts?|prophec(?:y|ies)|picks|predicting|what (?:I|we) expect|(?:my|our) bets)\b", re.IGNORECASE
)
_WHOSE_LIST = re.compile(r"^(?P<who>(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.-]*)['\u2019]s?\s+(?:[\w-]+\s+){0,2}(?:predictions|forecasts|picks)\b")


def declared_items(found: list[Unit]) -> dict[int, str | None]:
    """Units that are the first line of an item in a list the text declares to be
    predictions, with the speaker the declaration names (None: the author)."""
    items: dict[int, str | None] = {}
    speaker: str | None = None
    open_list = False
    seen_blocks: set[int] = set()
    for position, unit in enumerate(found):
        if unit.list_item:
            if open_list and unit.block not in seen_blocks:
                items[position] = estimate_source(unit.text) or speaker  # "Harrowgate Analytics: 13.4 million tonnes"
            seen_blocks.add(unit.block)
            continue
        declares = (unit.heading or unit.text.rstrip().endswith(":")) and _DECLARES_PREDICTIONS.search(unit.text)
        if declares:
            open_list = True
            whose = _WHOSE_LIST.match(unit.text)
            speaker = whose.group("who") if whose and whose.group("who").lower() not in ("my", "our", "this", "next") else None
        elif open_list and not unit.heading:
            open_list = False  # a paragraph of prose ends the list
    return items


# "80%", "99% educated guess", "Maybe 55%.", "I'd say 35%.": a chance standing alone.
_BARE_CHANCE = re.compile(
    r"^\s*(?:(?:I['\u2019]d\s+say|maybe|perhaps|call\s+it|say|about|around|roughly)\s+)?[~\u2248]?\s*(\d{1,3}(?:\.\d+)?)\s*%"
    r"(?:\s+[a-z][a-z ]{0,30})?\s*\.?\s*$",
    re.IGNORECASE,
)


def trailing_chances(found: list[Unit]) -> dict[int, int]:
    """Units that are only a percentage ("80%", "99% educated guess") under a line ending in a
    colon, or after a sentence of the same paragraph ("Repair cafés double in number. 20%"), mapped
    to that line or sentence: the number is its stated probability."""
    return {
        position: position - 1
        for position, unit in enumerate(found)
        if position and _BARE_CHANCE.match(unit.text)
        and (found[position - 1].text.rstrip().endswith(":") or found[position - 1].block == unit.block)
        and not _BARE_CHANCE.match(found[position - 1].text)
    }


def _with_chance_below(found: list[Unit], above: int) -> str:
    match = _BARE_CHANCE.match(found[above + 1].text)
    assert match is not None
    line = found[above].text.rstrip()
    if line.endswith(":"):
        return f"{line} {match.group(1)}%"
    return f"{line.rstrip('.')} ({match.group(1)}%)"  # "A yarn shop opens. 35%." is the item "A yarn shop opens (35%)"


def _placed_rows(found: list[Unit], rows: list[TableRow], taken: set[int]) -> list[tuple[TableRow, int]]:
    """Each row of a table of forecast figures with the unit that holds its line (a table set in
    columns may be one unit), leaving out rows in units another table reader took."""
    placed = []
    for row in rows:
        owner = next((at for at, unit in enumerate(found) if unit.start >= 0 and unit.start < row.end and row.start < unit.end), None)
        if owner is not None and owner not in taken:
            placed.append((row, owner))
    return placed


def with_confidence(
    text: str, blocks: list[Block], candidates: tuple[Candidate, ...], published: dt.date | None, min_confidence: float,
    writers: tuple[str | None, ...] = (),
) -> tuple[Candidate, ...]:
    from tracker.extract import Candidate

    own_names = writer_names(writers)
    found = find_units(text, blocks)
    hits, owners = rule_hits(found, candidates)
    detector = load()
    confidence = detector.confidences(found, hits)
    prior = text_prior(confidence)
    placed: list[tuple[int, int, Candidate]] = []
    for order, (candidate, owner) in enumerate(zip(candidates, owners)):
        value = round(detector.candidate_confidence(
            confidence[owner], candidate.cue, prior, neighbour_confidence(found, confidence, owner),
            len(found[owner].text.split())), 3) if owner >= 0 else 0.5
        placed.append((owner if owner >= 0 else len(found), order, dataclasses.replace(candidate, confidence=value)))
    items = declared_items(found)
    records = under_record_heading(found)
    # Whose prose each block is (an expert's heading, a forum post) and which blocks only quote
    # an earlier post (lists.py): the same reading the rules get.
    heard = read_lists(blocks, published)
    # "No major earthquake in Europe:" over a line "99% educated guess": one forecast, whose
    # probability is on the second line; the bare number lends the item its score and its value.
    stated_below = trailing_chances(found)
    above = set(stated_below.values())
    for position, line in stated_below.items():
        confidence[line] = max(confidence[line], confidence[position])
    # Each such unit with its floor: the record of the pattern that says it forecasts.
    explicit: dict[int, float] = {}
    for position, unit in enumerate(found):
        if position in items or STATED_ONCE.search(unit.text) or GRADED.search(unit.text) or _PAST_CALL.search(unit.text):
            continue  # a chance given in the past, "If I predict ...", a forecast graded or of last year: no call
        if EXPLICIT_FORECAST.search(unit.text) and not ANNOUNCES_FORECASTS.search(unit.text):
            explicit[position] = EXPLICIT_CONFIDENCE
        elif STATED_CALL.search(unit.text) or LEADING_CHANCE.match(unit.text):
            explicit[position] = STATED_CALL_CONFIDENCE
        elif DATED_CALL.search(unit.text) and not unit.heading:
            explicit[position] = DATED_CALL_CONFIDENCE  # "Cash disappears from shops by 2032."
    # "$21." in a reply to "Where does it close on Friday?": the poster's call, without the post's
    # header when the layout joined the two lines. The answer is the reply's first short sentence
    # with a number, a price or a month among its first few ("I'll be boring. 980.", "Derek, you said
    # that last year too! Mine's 2 November.").
    answers: dict[int, str] = {}
    looked: dict[int, int] = {}
    for position, unit in enumerate(found):
        reply = heard.answers.get(unit.block)
        if reply is None or position in items or looked.get(reply, 0) >= ANSWER_SENTENCES:
            continue
        answer = unit.text[post_header_end(unit.text):].strip()
        later = looked.get(reply, 0) > 0
        looked[reply] = looked.get(reply, 0) + 1
        # After the first sentence, a month alone is chatter ("See you all in November."): a figure is asked.
        if answer and is_short_answer(answer) and not (later and not re.search(r"\d", answer)):
            answers[position] = answer
            explicit[position] = max(explicit.get(position, 0.0), THREAD_ANSWER_CONFIDENCE)
            looked[reply] = ANSWER_SENTENCES
    if any(unit.heading and _DECLARES_PREDICTIONS.search(unit.text) for unit in found):
        explicit.update({p: EXPLICIT_CONFIDENCE for p, unit in enumerate(found)
                         if p not in items and p not in explicit and SCORELINE.search(unit.text)})
    for position, floor in explicit.items():
        confidence[position] = max(confidence[position], floor)
    # "Output growth was expected to average 0.6% in 2024", "Corn production is forecast at 16.8
    # billion bushels": projections the rules leave alone (``stated.STATED_PROJECTIONS``), at
    # their record on the train split; whose they are is read by ``voices.py``.
    reported: dict[int, float] = {}
    for position, unit in enumerate(found):
        if position not in items and position not in explicit:
            shares = [share for pattern, share in STATED_PROJECTIONS if pattern.search(unit.text)]
            if shares:
                reported[position] = max(shares)
                confidence[position] = max(confidence[position], reported[position])
    later_candidates: list[tuple[int, int, Candidate]] = []
    for index, (owner_at, order, candidate) in enumerate(placed):
        if owner_at in items and candidate.cue != LIST_CUE and stated_probability(found[owner_at].text) is not None:
            # An item of a declared list with its own number ("Rates will fall: 80%"): the list's
            # reading (verdict after the colon, negated items flipped) beats a rule's cue word.
            claim, probability = item_claim(found[owner_at].text)
            candidate = dataclasses.replace(candidate, claim=claim, probability=probability, cue=LIST_CUE,
                                            speaker=items[owner_at] or candidate.speaker)
            placed[index] = (owner_at, order, candidate)
        if owner_at in above:
            # The list reader (or a cue word) took the item alone; its chance stands on the line below.
            claim, probability = item_claim(_with_chance_below(found, owner_at))
            candidate = dataclasses.replace(candidate, claim=claim, probability=probability)
            placed[index] = (owner_at, order, candidate)
        elif 0 <= owner_at < len(found) and candidate.cue != LIST_CUE and LEADING_CHANCE.match(found[owner_at].text):
            # "5% The rain gauge will read above 100 mm for June.": the chance the line opens with is
            # the line's, whatever cue word the rules found in it.
            claim, probability = item_claim(found[owner_at].text)
            candidate = dataclasses.replace(candidate, claim=claim, probability=probability)
            placed[index] = (owner_at, order, candidate)
        # The rules read declared lists too (``lists.py``), items of "Label: value" lines included.
        declared = owner_at in items or candidate.cue == LIST_CUE
        if candidate.speaker is None and not declared and 0 <= owner_at < len(found):
            # "Lucia Brannagh: Athletic 2, Rovers 1. Rovers will score ...": the paragraph is hers.
            label = paragraph_label(found, owner_at) or quotation_speaker(found, owner_at)
            if label is not None and label.lower() not in own_names:
                candidate = dataclasses.replace(candidate, speaker=label)
                placed[index] = (owner_at, order, candidate)
            elif (presenter := presented_forecast_owner(found, owner_at, own_names)) is not None:
                # "The secretariat presented the draft projections. The deficit is forecast to ...".
                candidate = dataclasses.replace(candidate, speaker=presenter)
                placed[index] = (owner_at, order, candidate)
            elif (market := market_speaker(found, owner_at, own_names, candidate.quote)) is not None:
                # "Futures imply roughly a 62% chance that ...": the market's forecast, not the writer's.
                candidate = dataclasses.replace(candidate, speaker=market)
                placed[index] = (owner_at, order, candidate)
            elif (subject := subject_forecaster(found[owner_at].text, own_names)) is not None:
                # "Staff do not expect it to restore compliance before 2029.": the staff's, not the minutes'.
                candidate = dataclasses.replace(candidate, speaker=subject)
                placed[index] = (owner_at, order, candidate)
            elif (holder := schedule_owner(found[owner_at].text, own_names)) is not None:
                # "Brennock will publish its third-quarter figures on 12 November.": the company's schedule.
                candidate = dataclasses.replace(candidate, speaker=holder)
                placed[index] = (owner_at, order, candidate)
        if declared and candidate.speaker is not None and candidate.speaker.lower() in own_names and not (
            0 <= owner_at < len(found) and found[owner_at].block in heard.headed  # a panellist's heading, not a credit
        ):
            # "... runner beans. Probably mine. (Bernadette Okafor-Lynch.)" under her own byline:
            # an item credited to the writer is the writer's own.
            candidate = dataclasses.replace(candidate, speaker=None)
            placed[index] = (owner_at, order, candidate)
        graded = 0 <= owner_at < len(found) and (GRADED.search(found[owner_at].text) or owner_at in records)
        # "Last week: Odell 5-1, Priya 4-2.": a tipster's record is no pick, in a list of picks or not.
        floor = 0.0 if graded else LIST_ITEM_CONFIDENCE if declared else explicit.get(owner_at, reported.get(owner_at, 0.0))
        if not floor and candidate.confidence is not None and 0 <= owner_at < len(found):
            # An instruction or a publication schedule: kept at its record, whatever its neighbours.
            caps = [cap for pattern, cap in _NOT_FORECASTS if pattern.search(found[owner_at].text)
                    and not (pattern in _NOT_NEW_CANDIDATES and _BELIEF.search(found[owner_at].text))]
            if own_schedule(found[owner_at].text, own_names):
                caps.append(OWN_SCHEDULE_CONFIDENCE)
            if owner_at in records:
                caps.append(GRADED_CONFIDENCE)
            if caps:
                candidate = dataclasses.replace(candidate, confidence=min(candidate.confidence, *caps))
                placed[index] = (owner_at, order, candidate)
        if candidate.confidence is not None and candidate.confidence < floor:
            candidate = dataclasses.replace(candidate, confidence=floor)
            placed[index] = (owner_at, order, candidate)
        split = later_chances(candidate.cue, candidate.claim, candidate.quote)
        if split is not None:
            # "a 50 per cent chance of X in the west and a 40 per cent chance of Y in the east": two
            # forecasts, each at its own chance, the later one quoted by its own words.
            first, later = split
            placed[index] = (owner_at, order, dataclasses.replace(candidate, claim=first))
            later_candidates.extend((owner_at, order, dataclasses.replace(
                candidate, quote=words, claim=claim, probability=probability,
            )) for words, claim, probability in later)
    placed.extend(later_candidates)
    # "2. FENWICK NORTH" over the seat's paragraph and its call: a heading, not a pick.
    placed = [entry for entry in placed if not (entry[2].cue == LIST_CUE and _CAPITALS_HEADING.match(entry[2].quote))]
    for position, speaker in items.items():
        if hits[position].count or position in stated_below or GRADED.search(found[position].text) or position in records:
            continue
        if _CAPITALS_HEADING.match(found[position].text):
            continue  # a heading in capitals, as above
        claim, probability = item_claim(_with_chance_below(found, position) if position in above else found[position].text)
        placed.append((position, -1, Candidate(
            quote=found[position].text, claim=claim, probability=probability,
            deadline=resolve_horizon(found[position].text, published), speaker=speaker, cue=LIST_CUE,
            confidence=round(max(confidence[position], LIST_ITEM_CONFIDENCE), 3),
        )))
    for position, answer in answers.items():
        if hits[position].count:
            continue
        claim, probability = sentence_reading(answer)
        placed.append((position, -1, Candidate(
            quote=answer, claim=claim, probability=probability, deadline=resolve_horizon(answer, published),
            speaker=heard.voices.get(found[position].block), cue=LIST_CUE,
            confidence=round(max(confidence[position], THREAD_ANSWER_CONFIDENCE), 3),
        )))
    # A table of picks ("GAME | ODELL (71-35) | PRIYA (68-38)" over "Rivermouth at Sandrevik |
    # Sandrevik | Rivermouth"): one call per cell or row, by the person it names (tables.py);
    # its rows' other readings give way.
    picks = table_picks(found, text)
    table_rows = {pick.position for pick in picks}
    if table_rows:
        placed = [entry for entry in placed if entry[0] not in table_rows]
    for pick in picks:
        row = found[pick.position].text
        placed.append((pick.position, -1, Candidate(
            quote=pick.quote or row, claim=pick.claim, probability=pick.probability if pick.probability is not None else UNHEDGED_WILL,
            deadline=resolve_horizon(row, published),
            speaker=pick.speaker, cue=TABLE_CUE, confidence=round(max(confidence[pick.position], LIST_ITEM_CONFIDENCE), 3),
        )))
    # A table of figures for periods to come ("TABLE 1. KEY FORECASTS" over "2026 (actual)  2027 (fcst)"):
    # one forecast per row (tables.py), whose as for a sentence the detector found ("Table 1: staff
    # projections" is the staff's); the units it fills give way to its rows.
    for row, owner in _placed_rows(found, forecast_table_rows(text), table_rows | set(items)):
        unit = found[owner]
        inside = min(unit.end, row.table_end) - max(unit.start, row.table_start) >= 0.6 * (unit.end - unit.start)
        if inside and owner not in table_rows:
            placed = [entry for entry in placed if entry[0] != owner]
            table_rows.add(owner)
        placed.append((owner, row.start, Candidate(
            quote=row.text, claim=row.claim, probability=row.chance if row.chance is not None else UNHEDGED_WILL,
            deadline=resolve_horizon(row.text, published),
            speaker=detector_speaker(found, owner, own_names) or heard.voices.get(unit.block), cue=FORECAST_TABLE_CUE,
            confidence=round(max(confidence[owner], FORECAST_TABLE_CONFIDENCE), 3),
        )))
    for position, (unit, hit) in enumerate(zip(found, hits)):
        if (hit.count or position in items or position in stated_below or position in table_rows or position in answers
                or unit.block in heard.quoted):
            continue
        if confidence[position] < NEW_CANDIDATE_FLOOR or _OUTLINE_NUMBER.match(unit.text):
            continue
        if position in records:
            continue  # a tipster's record under a heading of standings
        if position not in explicit and not _BELIEF.search(unit.text) and any(pattern.search(unit.text) for pattern in _NOT_NEW_CANDIDATES):
            continue  # a plan, a measure announced or a forecast graded: held at its record, under the floor
        if unit.block in heard.unasked and is_bare_answer(unit.text[post_header_end(unit.text):]):
            continue  # "6:12." in a reply to "photos from the day": no question asked, no call made (lists.py)
        if _TIMED_ENTRY.match(unit.text) and not _FUTURE_WORD.search(unit.text):
            continue  # a live blog's report of the night, not a forecast
        if _REPORTED_CHANGE.match(unit.text) and not _FUTURE_WORD.search(unit.text):
            continue  # a result with its change on an earlier period
        if _HAZARD_IN_EFFECT.search(unit.text) and not _WILL.search(unit.text):
            continue  # a weather office's advisory, warning or watch in force: its action, not a forecast
        sentence = unit.text
        if position in above:
            claim, probability = item_claim(_with_chance_below(found, position))
            chance = found[position + 1]
            if chance.block == unit.block:
                sentence = text[unit.start:chance.end]  # "Yarn prices rise again. 75%": the item with its chance
            placed.append((position, -1, Candidate(
                quote=sentence, claim=claim, probability=probability, deadline=resolve_horizon(sentence, published),
                speaker=None, cue=DETECTOR_CUE, confidence=round(confidence[position], 3),
            )))
            continue
        if unit.heading and not unit.list_item and unit.block == 0:
            continue  # the title: it announces the text, whose sentences are read in their own right
        deadline = resolve_horizon(sentence, published)
        if _HEARSAY.search(sentence) or (deadline is not None and published is not None and deadline < published):
            continue  # unnamed hearsay, or a horizon already past: a history, not a forecast
        speaker = detector_speaker(found, position, own_names) or heard.voices.get(unit.block)
        if speaker is None and _QUOTED.match(sentence):
            continue  # a quotation nobody is named for: whose forecast it is cannot be told
        table = rows_within(text, unit.start, unit.end)
        if table:
            rows = [row for row in table if not row_of_no_forecast(text, _line_of(text, unit, row.text), row.text)]
            # A table of chances set in columns that the reading into sentences joined into one unit
            # ("Region ... Chance of exceeding" over "Central  27%  -2%  29,000  40%"): one forecast
            # per row, at the chance the row gives, but for an earlier round's rows and assumptions.
            placed.extend((position, -1, Candidate(
                quote=row.text, claim=f"{row.label}: {row.text[len(row.label):].strip()}", probability=row.chance,
                deadline=deadline, speaker=speaker, cue=DETECTOR_CUE, confidence=round(confidence[position], 3),
            )) for row in rows)
            continue
        claim, probability = sentence_reading(sentence)
        # "Torsmoor (central)   20   35   45*" under "Below  Near  Above": a row of a table of chances
        # is read as the labelling guide reads tables (``tables.row_chance``), not as a plain statement.
        in_table = row_chance_at(text, unit.start)
        if in_table is not None:
            if row_of_no_forecast(text, unit.start, sentence):
                continue
            probability = in_table
        # "The result is not expected before 12 December, and the council is due to sit on 6 January.":
        # several forecasts in one sentence, each clause a candidate at its own chance.
        clauses = forecast_clauses(sentence) if in_table is None and claim == sentence else [sentence]
        if len(clauses) > 1:
            placed.extend((position, -1, Candidate(
                quote=clause, claim=clause, probability=sentence_reading(clause)[1],
                deadline=resolve_horizon(clause, published) or deadline, speaker=speaker, cue=DETECTOR_CUE,
                confidence=round(confidence[position], 3),
            )) for clause in clauses)
            continue
        placed.append((position, -1, Candidate(
            quote=sentence, claim=claim, probability=probability,
            deadline=deadline, speaker=speaker, cue=DETECTOR_CUE,
            confidence=round(confidence[position], 3),
        )))
    # "Clive Aspinall (former world No 4): Ewan Torrance.", "Aspinall: Li Wenhao.": a panel member's
    # answer is hers, the writer's own name aside, and its claim is the answer without the label.
    panel = panel_names(found)
    if panel:
        for index, (owner_at, order, candidate) in enumerate(placed):
            call = panel_call(found[owner_at].text, panel) if 0 <= owner_at < len(found) else None
            if call is None:
                continue
            whose, answer = call
            speaker = None if whose.lower() in own_names else whose
            claim = item_claim(answer)[0] if candidate.cue in (LIST_CUE, DETECTOR_CUE) else candidate.claim
            placed[index] = (owner_at, order, dataclasses.replace(candidate, speaker=speaker, claim=claim))
    placed.sort(key=lambda item: (item[0], item[1]))
    return tuple(c for _, _, c in placed if c.confidence is not None and c.confidence >= min_confidence)
