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
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tracker.extract.layout import ENDS_WITH_CHANCE, Block, Kind

_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_LIST_NOUN = r"(?:predictions|forecasts|calls|picks|bets|prophecies|prognostications)"
_DECLARES = re.compile(
    rf"\b(?:my|our|[A-Z][\w.-]*['\u2019]s?)\s+(?:[\w-]+\s+){{0,3}}{_LIST_NOUN}\b"
    rf"|\b{_LIST_NOUN}\s+(?:for|about|on|in)\s+(?:the\s+)?(?:(?:19|20)\d\d|next\s+(?:year|season|decade)|"
    r"(?:this|the)\s+(?:coming\s+)?(?:year|season|decade)(?:\s+ahead)?|the\s+new\s+year)"
    rf"|\b(?:19|20)\d\d(?:/\d\d)?\s+(?:[\w-]+\s+){{0,2}}predictions\b|\bpredictions\s+(?:19|20)\d\d"
    rf"|\b{_COUNT}\s+(?:[\w-]+\s+){{0,2}}(?:{_LIST_NOUN}|forecasters)\b"
    r"|\bwhat\s+(?:I|we)\s+(?:expect|think\s+will\s+happen)\b"
    r"|^\W*(?:[\w-]+\s+){0,2}predictions\W*$",
    re.IGNORECASE,
)
# Words that take a list back: grading past predictions, or saying that what follows is not one.
_TAKES_BACK = re.compile(
    r"\b(?:grad(?:e|es|ing|ed)|scorecard|score\s*card|looking\s+back|revisit(?:ed|ing)?|review(?:ed|ing)?|"
    r"how\s+(?:I|we|they|my|our)\b[^.]{0,40}\b(?:did|fared)|won['\u2019]t\s+predict|will\s+not\s+predict|"
    r"(?:not|no)\s+(?:a\s+)?predictions?|(?:didn['\u2019]t|did\s+not)\s+(?:come\s+true|happen))\b",
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
# An expert's heading over the items that are hers: "Dr. Imogen Sallow, Brackwell Building Society".
_PERSON_HEADING = re.compile(
    r"^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?"
    r"(?P<name>[A-Z][a-z'\u2019-]+(?:\s+(?:[A-Z]\.\s*)?[A-Z][a-z'\u2019-]+(?:-[A-Z][a-z'\u2019-]+)?){1,2})"
    r"(?P<role>\s*(?:,|\s[\u2014\u2013-]\s|:)\s*\S.*)?$"
)
_WHOSE_LIST = re.compile(
    r"^(?P<who>(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.-]*)['\u2019]s?\s+(?:[\w-]+\s+){0,3}(?:predictions|forecasts|picks|calls)\b"
)
# Capitalised words that open headings but are no one's name.
_NOT_NAMES = frozenset(
    "the a an our my your their what how why who when where going top first last best worst next this that these "
    "those new old big small more less early late business economy politics science sport sports weather "
    "technology tech markets money world national local united america republic kingdom states union europe "
    "asia africa east west north south central".split()
)


@dataclass(frozen=True)
class ListItem:
    block: int  # index of the item's block
    speaker: str | None  # None: the author's


@dataclass(frozen=True)
class Lists:
    items: dict[int, ListItem]  # the declared lists' items, by block index
    # Prose under an expert's heading inside a declared list (her quoted comment under her
    # numbers): whose words it is, by block index.
    voices: dict[int, str]


def _is_label_line(block: Block) -> bool:
    return bool(_LABEL_LINE.match(block.text)) and block.text.count(" ") < _LABEL_MAX_WORDS


def _is_chance_line(block: Block) -> bool:
    """ "Liberals win the next Canadian election – 60%": a line that ends in its own chance,
    one of a run of such lines under a declaration, is an item even without a bullet."""
    return bool(ENDS_WITH_CHANCE.search(block.text)) and block.text.count(" ") < _CHANCE_LINE_MAX_WORDS


def _declares(text: str, published: dt.date | None) -> bool:
    if not _DECLARES.search(text) or _TAKES_BACK.search(text):
        return False
    years = [int(year) for year in _YEAR.findall(text)]
    # "My predictions for 2019" in a text of 2022 is a record of old forecasts.
    return not (published is not None and years and max(years) < published.year)


def person_heading(text: str) -> str | None:
    """The person a heading names ("Dr. Imogen Sallow, Brackwell Building Society" ->
    "Imogen Sallow"), or None."""
    match = _PERSON_HEADING.match(text)
    if match is None:
        return None
    name = match.group("name")
    if any(word.lower() in _NOT_NAMES for word in name.split()):
        return None
    # "South America", "Czech Republic" are sections, not speakers: a person's heading gives
    # a title or a role ("Hamish Oduya, Kestrel Property Data").
    titled = match.group(0)[:1] != name[:1]
    return name if titled or match.group("role") else None


def _whose(text: str) -> str | None:
    match = _WHOSE_LIST.match(text)
    if match is None or match.group("who").lower() in ("my", "our", "this", "next", "the"):
        return None
    return match.group("who")


def read_lists(blocks: list[Block], published: dt.date | None = None) -> Lists:
    """The blocks that are items of a list the text declares to be predictions, and the
    prose spoken by the experts whose headings the lists sit under."""
    items: dict[int, ListItem] = {}
    voices: dict[int, str] = {}
    open_list = False
    whole_text = False  # declared in the title: prose between lists does not end it
    owner: str | None = None  # the declaration's speaker
    speaker: str | None = None  # the current section's speaker
    seen_item = False
    prose_seen = False  # a declaration above all prose is the title's: it covers the whole text
    for position, block in enumerate(blocks):
        if block.kind in (Kind.BOILERPLATE, Kind.SEPARATOR):
            continue
        label_run = _is_label_line(block) and any(
            0 <= other < len(blocks) and _is_label_line(blocks[other]) for other in (position - 1, position + 1)
        )
        chance_run = _is_chance_line(block) and any(
            0 <= other < len(blocks) and _is_chance_line(blocks[other]) for other in (position - 1, position + 1)
        )
        is_item = (block.list_item or label_run or chance_run) and block.kind is not Kind.BOILERPLATE
        if open_list and is_item:
            if not _GRADED.search(block.text) and not _NO_CALL.search(block.text):
                items[block.index] = ListItem(block.index, speaker)
            seen_item = True
            continue
        declaring_line = block.kind is Kind.HEADING or block.text.rstrip().endswith(":")
        if declaring_line and _declares(block.text, published):
            open_list = True
            whole_text = whole_text or not prose_seen
            owner = _whose(block.text)
            speaker = owner
            seen_item = False
            continue
        prose_seen = prose_seen or block.kind is Kind.BODY
        if block.kind is Kind.HEADING and _TAKES_BACK.search(block.text):
            open_list = whole_text = False
            continue
        if not open_list:
            continue
        if block.kind is Kind.HEADING:
            named = person_heading(block.text)
            speaker = named if named is not None else owner
            continue
        if speaker is not None and speaker != owner:
            voices[block.index] = speaker
        if seen_item and not whole_text:
            open_list = False  # a paragraph of prose ends a list declared in the body
    return Lists(items, voices)
