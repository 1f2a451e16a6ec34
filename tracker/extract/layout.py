"""Cut an article into blocks (paragraphs and lines) and say what each one is.

Only body blocks are searched for forecasts: headings, bylines and datelines are
metadata, and site furniture (newsletter blurbs, disclaimers, author bios) is
boilerplate that would otherwise produce false forecasts ("The Centre ... will not
be responsible for ...").
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from tracker.extract.text import clean_inline, normalise_newlines, strip_block_marks


class Kind(enum.Enum):
    BODY = "body"
    HEADING = "heading"
    BOILERPLATE = "boilerplate"
    SEPARATOR = "separator"


@dataclass(frozen=True)
class Block:
    """One paragraph (or one stand-alone line) of cleaned text."""

    text: str
    kind: Kind
    index: int
    marked_heading: bool = False
    list_item: bool = False  # a bulleted or numbered line ("- Spain wins", "3. Rates fall")


_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n")
_TERMINAL = re.compile(r"[.!?\u2026:;][\"'\u201d\u2019)\]*]*$")
_SEPARATOR = re.compile(r"^[\s*\-_=~#.\u2022\u2013\u2014]*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+\u2022]|\d{1,3}[.)])\s+")
_BYLINE_START = re.compile(r"^[Bb]y\s+\S")
# "March 3, 2031" or "Tuesday, 3 March 2031" alone on a line: a heading's date, never the rest
# of a wrapped sentence (which would end the line above with "on", "by", a comma).
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_LINE = re.compile(
    rf"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    rf"|(?=(?-i:[A-Z])){_MONTH},?\s+\d{{4}})$",  # "January 2029" under "Prepared by ...": a report's month
    re.IGNORECASE,
)
# "Spring 2031 · by Ada Marsh", "Ada Marsh | The Harbour Review | 3 May 2031": a header's line
# of parts stands on its own under the line above.
_PARTS_LINE = re.compile(r"^[^.!?]{1,60}\s[\u00b7|]\s")
_DATED_PART = re.compile(rf"[\u00b7|]\s+(?:\w+,?\s+)?(?:\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})", re.IGNORECASE)
# "#1 Posted by ada_m — Tuesday 8th September 2031, 08:41": a post's header ends with its time;
# the post's text starts on the next line.
_ENDS_WITH_TIME = re.compile(r"\d{4},?\s+\d{1,2}:\d\d\s*(?:[AaPp]\.?[Mm]\.?)?$")
_SHORT_BYLINE = re.compile(r"^[Bb]y\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}$")
# "Published Friday 28 May 2031.", "Updated: 3 March 2031": a line that dates the text, never the
# rest of a title above it.
_STAMP_LINE = re.compile(
    rf"^(?=(?-i:[A-Z]))(?:(?:first\s+|last\s+)?(?:published|posted|updated|issued|released))\b:?\s+(?:on\s+)?(?:[a-z]+day,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})",
    re.IGNORECASE,
)
# "title: ...", "date: ..." under "---": a post's front matter, one field a line.
_FRONT_MATTER_KEY = re.compile(r"^[a-z][\w-]{1,20}:\s+\S")
_DANGLING = re.compile(r"(?:,|\s(?i:of|the|a|an|and|or|to|in|on|at|by|for|with|from|before|after|that))$")
# "Champions: Harrowgate Athletic" over "Runners-up: Linden Rovers": lines of a list, not a
# wrapped sentence. A list item's own wrapped line is indented or starts in lower case.
_LABEL_VALUE = re.compile(r"^[A-Z][^:.!?\"\u201c]{0,50}:\s+\S")
# "NDP loses seats in the next Canadian election \u2013 80%": a line that ends with its own
# chance is a finished list item, never a wrapped sentence.
ENDS_WITH_CHANCE = re.compile(r"(?:\s[-\u2013\u2014]|:)\s*[~\u2248]?\d{1,3}(?:\.\d+)?\s*%\s*$")
_OPEN_QUOTES = "\"'\u201c\u2018"
_CLOSE_QUOTES = "\"'\u201d\u2019"

# A short line without sentence punctuation is a heading; the first line of the
# file may be longer (titles run to 20-odd words), later ones not (a long unpunctuated
# line under the title is a standfirst, which is prose).
HEADING_MAX_WORDS = 12
# A hard-wrapped line is long; a shorter unfinished line is a line of its own
# ("The original source of this article is Global Research" above "Copyright ...").
_WRAP_MIN_CHARS = 35
TITLE_MAX_WORDS = 25
_BOILERPLATE_MAX_WORDS = 120

_BOILERPLATE = re.compile(
    r"click here|\bsubscribe\b|\bsign up\b|\bnewsletter\b|follow us\b|share buttons|"
    r"share this (?:article|story|post)|all rights reserved|\bcopyright\b|\u00a9|\bdisclaimer\b|"
    r"original source of this article|originally published|was first published|first appeared|"
    r"republished|reprinted with permission|cross-?post|become a member|comment on .{0,40}articles|"
    r"media inquiries|fair use|copyrighted material|translate website|featured image|"
    r"forward this article|email lists|support (?:our|independent) journalism|\bdonate\b|"
    r"terms of (?:use|service)|privacy policy|\bcookies\b|advertisement|sponsored content|"
    r"listen to this article|download (?:the|our) app|views expressed|opinions expressed|"
    r"do not necessarily reflect|sole responsibility|solely responsible|"
    r"(?:is|are) (?:a )?(?:frequent|regular) contributors? to",
)
# Page furniture kept by copy-and-paste: logos' alt text, skip links, breadcrumbs.
_FURNITURE = re.compile(
    r"\blogo$|^skip to\b|^[\u2039\u203a\u00ab\u00bb<>]\s|^(?:home|menu|search)\s*[|>\u203a]"
    # A web address, an archive's banner, a reading time, a page count, an e-mail's browser link.
    r"|https?://|^www\.|wayback machine|^\d{1,3} min(?:ute)?s? read\b|^page \d+ of \d+$|view (?:this email )?in (?:your )?browser"
    r"|^(?:follow|following|share|save|print|listen)$"  # a button's label on a line of its own
)
_LABEL_LINE = re.compile(
    r"^(?:region|theme|in-depth report|tags?|topics?|filed under|categor(?:y|ies)|image|photo|"
    r"photograph|picture|illustration|featured image|source|note to readers|editor'?s note|related|"
    r"read more|see also|share|comments?|credits?|video|audio|updated|published|posted|"
    r"first published|keywords)\s*:",
    re.IGNORECASE,
)


def _word_count(text: str) -> int:
    """Words, counted by the spaces between them (the text is already single-spaced)."""
    return text.count(" ") + 1 if text else 0


def has_terminal_punctuation(text: str) -> bool:
    return bool(_TERMINAL.search(text))


def is_wrapped_in_quotes(text: str) -> bool:
    """A line that is one quotation ("\u201cX will happen.\u201d") is speech, not a title."""
    return len(text) > 2 and text[0] in _OPEN_QUOTES and text.rstrip(".!?")[-1:] in _CLOSE_QUOTES


# Literal fragments of the boilerplate patterns: a substring test rules out most
# paragraphs before the (slower) regular expression runs.
_BOILERPLATE_HINTS = (
    "click", "subscri", "sign up", "newsletter", "follow us", "share", "rights reserved", "copyright", "\u00a9",
    "disclaimer", "original", "first published", "first appeared", "republished", "reprinted", "cross",
    "member", "comment on", "inquiries", "fair use", "translate", "featured image", "forward this",
    "email lists", "journalism", "donate", "terms of", "privacy", "cookies", "advertisement", "sponsored",
    "listen to", "download", "expressed", "necessarily", "responsib", "contributor",
)


def is_boilerplate(text: str) -> bool:
    """Site furniture: label lines, logos and skip links, newsletter/copyright/disclaimer blurbs."""
    if _LABEL_LINE.match(text):
        return True
    words = _word_count(text)
    if words > _BOILERPLATE_MAX_WORDS:
        return False
    # Lower-casing once is several times faster than case-insensitive searches.
    lowered = text.lower()
    if words <= HEADING_MAX_WORDS and _FURNITURE.search(lowered):
        return True
    return any(map(lowered.__contains__, _BOILERPLATE_HINTS)) and bool(_BOILERPLATE.search(lowered))


def _split_paragraph(paragraph: str, *, first: bool) -> list[tuple[str, bool, bool]]:
    """Lines of one paragraph as (text, is_marked_heading, is_list_item), re-joined where
    they are a hard-wrapped sentence.

    A line joins the previous one when the previous one is unfinished and either long
    (a wrapped line) or followed by a lower-case start. Bylines, boilerplate lines and
    list items stay separate; in the opening paragraph only a lower-case start, a line
    that cannot end a title (a comma, "of") or a centred title's indented lines join, so
    a title is not glued to the standfirst under it.
    """
    pieces: list[tuple[str, bool, bool]] = []
    continued = False  # the last piece already joins a line set under it (indented, centred)
    for raw_line in paragraph.split("\n"):
        if not raw_line.strip():
            continue
        line, marked = strip_block_marks(raw_line)
        is_item = bool(_LIST_ITEM.match(line))
        line = clean_inline(_LIST_ITEM.sub("", line, count=1) if is_item else line)
        if not line:
            continue
        if pieces and not is_item and not marked and not pieces[-1][1]:
            previous = pieces[-1][0]
            # In the opening paragraph a long line joins the next only when it cannot end a
            # title (a comma, "of", "the"): a title centred over several lines, or a text
            # that opens in the middle of a paragraph.
            wrapped = len(previous) >= _WRAP_MIN_CHARS and (
                not first or bool(_DANGLING.search(previous)) or (raw_line[:1].isspace() and bool(continued))
            )
            if (
                not has_terminal_punctuation(previous)
                and not (_LABEL_VALUE.match(previous) and _LABEL_VALUE.match(line))
                and not ENDS_WITH_CHANCE.search(previous)
                and not (previous.count(" | ") >= 1 and line.count(" | ") >= 1)  # rows of a table
                and not (pieces[-1][2] and not raw_line[:1].isspace() and not line[0].islower())
                and (wrapped or line[0].islower())
                and not _BYLINE_START.match(line)
                and not (_PARTS_LINE.search(line) and (not _DANGLING.search(previous) or _DATED_PART.search(line)))
                and not _ENDS_WITH_TIME.search(previous)
                and not (_DATE_LINE.match(line) and not _DANGLING.search(previous))
                and not _STAMP_LINE.match(line)  # "Published Friday 28 May 2031. Covers ..." under a title
                and not (_FRONT_MATTER_KEY.match(line) and (previous.strip() == "---" or _FRONT_MATTER_KEY.match(previous)))
                and not is_boilerplate(line)
                and not is_boilerplate(previous)
            ):
                pieces[-1] = (previous + " " + line, False, pieces[-1][2])
                continued = raw_line[:1].isspace()
                continue
        continued = False
        pieces.append((line, marked, is_item))
    return pieces


# "Terms of use: the plain version", "Plainly Notes \u2014 Privacy policy: the short version": near the top, the
# page's own title, not a footer's link to its terms.
_TERMS_TITLE = re.compile(r"^(?:[A-Z][\w&'\u2019]*(?:\s+[A-Z][\w&'\u2019]*){0,3}\s+(?:\u2014|\u2013|-|\|)\s+)?"
                          r"(?i:terms\s+of\s+(?:use|service)|privacy\s+(?:policy|notice))\s*:\s+[a-z]")
_TERMS_TITLE_POSITIONS = 2


def _classify(text: str, marked: bool, position: int, is_item: bool = False) -> Kind:
    if _SEPARATOR.match(text):
        return Kind.SEPARATOR
    if position < _TERMS_TITLE_POSITIONS and _TERMS_TITLE.match(text) and not has_terminal_punctuation(text) \
            and _word_count(text) <= TITLE_MAX_WORDS:
        return Kind.HEADING
    if is_boilerplate(text):
        return Kind.BOILERPLATE
    if marked:
        return Kind.HEADING
    if is_item:
        return Kind.BODY  # bullet points are statements, often without a full stop
    if is_wrapped_in_quotes(text) or has_terminal_punctuation(text) or ENDS_WITH_CHANCE.search(text):
        return Kind.BODY
    limit = TITLE_MAX_WORDS if position == 0 else HEADING_MAX_WORDS
    return Kind.HEADING if _word_count(text) <= limit else Kind.BODY


def _continues(previous: Block, text: str) -> bool:
    """A paragraph that starts in lower case after an unfinished one is the same sentence
    broken by the page layout (seed 000: "... operatives -" / "bet that the gambit ...")."""
    return (
        text[:1].islower()
        and not _SHORT_BYLINE.match(text)  # "by Ada Marsh" under a standfirst is its byline
        and previous.kind is Kind.BODY
        and not has_terminal_punctuation(previous.text)
        and _word_count(previous.text) > 3
    )


def continues_heading(heading: Block, following: Block) -> bool:
    """A heading-like line whose sentence goes on in the next paragraph in lower case
    (a synopsis broken over a blank line: "La Ni\u00f1a is favored to develop (~70% chance)" /
    "during the Northern Hemisphere fall 2016 and ..."). The line stays the title, and
    the joined sentence is read as body text."""
    return (
        heading.kind is Kind.HEADING
        and not heading.marked_heading
        and following.kind is Kind.BODY
        and following.text[:1].islower()
    )


def split_blocks(text: str) -> list[Block]:
    """Every paragraph or stand-alone line of ``text``, cleaned and classified."""
    blocks: list[Block] = []
    for number, paragraph in enumerate(_BLANK_LINES.split(normalise_newlines(text))):
        for line, marked, is_item in _split_paragraph(paragraph, first=number == 0 or not blocks):
            if blocks and not marked and _continues(blocks[-1], line):
                joined = blocks[-1].text + " " + line
                blocks[-1] = Block(joined, _classify(joined, False, blocks[-1].index), blocks[-1].index)
                continue
            blocks.append(Block(line, _classify(line, marked, len(blocks), is_item), len(blocks), marked, is_item))
    if len(blocks) == 1 and blocks[0].kind is Kind.HEADING and not blocks[0].marked_heading:
        # A file holding one line is that line's body, not a title over nothing.
        blocks[0] = Block(blocks[0].text, Kind.BODY, 0)
    elif len(blocks) > 1 and _capitals_title(blocks[0], text):
        blocks[0] = Block(blocks[0].text, Kind.HEADING, 0)
    return blocks


def _capitals_title(block: Block, text: str) -> bool:
    """"HOW TO FORETELL WEATHER." alone on the first line of a book's chapter: a title set in
    capitals keeps its full stop, but it is a heading, not a sentence."""
    first_paragraph = _BLANK_LINES.split(normalise_newlines(text).lstrip("\n"), maxsplit=1)[0]
    return (
        block.kind is Kind.BODY
        and not block.list_item
        and "\n" not in first_paragraph.strip()
        and block.text.isupper()
        and block.text.endswith(".")
        and "..." not in block.text
        and _word_count(block.text) <= HEADING_MAX_WORDS
    )
