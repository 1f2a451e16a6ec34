"""Read title, author, publication date and outlet from the article's own lines.

Nothing is guessed: each field comes from a line whose form says what it is (a
byline, a dateline, "The original source of this article is ..."), else it is None.
A date mentioned in the body ("in February 2022") is never taken for the
publication date.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass
from typing import Any

from tracker.extract.layout import Block, Kind, has_terminal_punctuation, is_boilerplate, is_wrapped_in_quotes

_MONTH_NAMES = (
    "january february march april may june july august september october november december".split()
)
MONTH_NUMBERS: dict[str, int] = {name: number for number, name in enumerate(_MONTH_NAMES, start=1)}
MONTH_NUMBERS.update({name[:3]: number for name, number in list(MONTH_NUMBERS.items())})
MONTH_NUMBERS["sept"] = 9
MONTH_PATTERN = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# Months in the languages of the texts the tracker reads (French, Spanish, Italian, Portuguese,
# German), day first as they are written: "14 janvier 2029", "14 de enero de 2029", "15. Januar 2029".
_FOREIGN_MONTHS: dict[str, int] = {}
for _number, _names_of_month in enumerate((
    "janvier enero gennaio janeiro januar j\u00e4nner",
    "f\u00e9vrier fevrier febrero febbraio fevereiro februar",
    "mars marzo mar\u00e7o m\u00e4rz maerz",
    "avril abril aprile",
    "mai mayo maggio maio",
    "juin junio giugno junho juni",
    "juillet julio luglio julho juli",
    "ao\u00fbt aout agosto",
    "septembre septiembre setiembre settembre setembro",
    "octobre octubre ottobre outubro oktober",
    "novembre noviembre novembro",
    "d\u00e9cembre decembre diciembre dicembre dezembro dezember",
), start=1):
    _FOREIGN_MONTHS.update(dict.fromkeys(_names_of_month.split(), _number))
_FOREIGN_MONTH = "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))
_YEAR = r"(?:1[6-9]|20)\d\d"
_FULL_DATE = re.compile(
    rf"\b(?:(?P<m1>{MONTH_PATTERN})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>{_YEAR})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[\s-]+(?:of\s+)?(?P<m2>{MONTH_PATTERN})\.?,?[\s-]+(?P<y2>{_YEAR})"
    rf"|(?P<y3>{_YEAR})(?P<sep3>[-/.])(?P<m3>[01]\d)(?P=sep3)(?P<d3>[0-3]\d)"  # "2029-01-14", "2029.01.14"
    rf"|(?P<d4>\d{{1,2}})(?:er|\.|\u00ba)?\s+(?:de\s+)?(?P<m4>{_FOREIGN_MONTH})\s+(?:de\s+|del\s+)?(?P<y4>{_YEAR}))"
    r"(?:\b|(?=T\d\d:))",  # "2027-01-02T08:30:00Z" too
    re.IGNORECASE,
)
# "Posted: 03.04.19" (day first, as with dots), "03/12/2024 11:05 AM" (month first, as with a
# 12-hour clock), "12/11/2024" (day first unless a part says otherwise).
_NUMERIC_DATE = re.compile(
    r"\b(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)?\d\d)\b(?P<clock>\s+\d{1,2}:\d\d\s*[AaPp]\.?[Mm]\b)?"
    # "09-23-2031, 08:14 PM": a board's post stamp, with dashes only before a four-digit year
    r"|(?<![\d-])(?P<a2>[0-3]?\d)-(?P<b2>[0-3]?\d)-(?P<y2>(?:19|20)\d\d)\b(?P<clock2>,?\s+\d{1,2}:\d\d\s*[AaPp]\.?[Mm]\b)?"
)
# "Short-Term Energy Outlook, November 2025", "Forecasting Newsletter: June 2020.", "_September_, 1917":
# a month and a year that end the title or stand alone on a header line date the text to the month.
_MONTH_YEAR = re.compile(rf"(?:^|[,:\u2013\u2014-]\s*)_?(?P<m>{MONTH_PATTERN})_?,?\s+(?P<y>{_YEAR})\.?$", re.IGNORECASE)

_NAME_WORD = r"(?:[A-Z][\w'\u2019.\-]*|de|da|del|della|der|den|van|von|bin|al|el|la|le|di|du|dos|das|ibn|y)"
_NAME = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}}")
_NAME_SEPARATOR = re.compile(r"\s*(?:,\s*and\s+|\s+and\s+|\s*&\s*|,\s*)")
_BYLINE = re.compile(
    r"^(?:by|words by|written by|posted by|articles by|story by|reporting by|prepared by|interview by|interviewed by|report by|"
    r"par|por|von|"  # "Par Odile Brennan", "Por Mar\u00eda Lozano", "Von Jonas Reiter"
    r"reported by|review by|analysis by|"
    r"compiled by|author|authors)\s*:?\s+(?P<names>.+)$",
    re.IGNORECASE,
)
_BARE_BY = re.compile(r"^by\s*:?$", re.IGNORECASE)
# "Words: Ada Marsh", "Reporting: ...", "Analyst: ...": a magazine's or a note's credit for the writing
# (a photographer's or an illustrator's is not).
_CREDIT = re.compile(
    r"^(?:words|text|reporting|reporter|writer|story|analyst|lead\s+analyst|tipster|handicapper|picks|statistician|lead\s+statistician)\s*:\s*(?P<names>[^\u00b7|\u2022]*[^\s\u00b7|\u2022])"
    r"(?:\s+[\u00b7|\u2022]\s+.*)?$",  # "Words: Ada Marsh \u00b7 Pictures: Tom Reed": the writer, not the photographer
    re.IGNORECASE,
)
_BARE_ON = re.compile(r"^on\s*:?$", re.IGNORECASE)
_ON_OUTLET = re.compile(r"^on\s*:?\s+(?P<outlet>\S.*)$", re.IGNORECASE)
_ORIGINAL_SOURCE = re.compile(r"original source of this article is\s+(?P<outlet>[^.,;\n]+)", re.IGNORECASE)
_PUBLISHED_BY = re.compile(r"^(?:published|issued|printed)\s+(?:for\s+and\s+)?by\s+(?P<outlet>[A-Z].{2,60}?)\.?$", re.IGNORECASE)
_FIELD_OUTLET = re.compile(r"^(?:source|publication|publisher|outlet)\s*:\s*(?P<outlet>.+)$", re.IGNORECASE)
_FIRST_PUBLISHED_ON = re.compile(
    r"\b(?:originally|first) (?:published|appeared) (?:on|in|at|by)\s+(?:the\s+website\s+of\s+)?(?P<outlet>[^.,;\n]+?)"
    rf"(?P<when>\s+on\s+(?:\w+,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?{MONTH_PATTERN}\b[^.;\n]*?{_YEAR})?(?=[.,;\n]|$)",
    re.IGNORECASE,
)
# "This article is republished from The X under a Creative Commons licence.": the first publisher.
_REPUBLISHED_FROM = re.compile(
    r"\b(?i:republished|reprinted|reproduced)\s+(?:(?i:here\s+)?(?i:with\s+(?:kind\s+)?permission\s+))?(?i:from)\s+"
    r"(?P<outlet>(?:The\s+)?[A-Z][\w'\u2019&-]*(?:\s+[A-Z][\w'\u2019&-]*){0,4})(?=\s+(?i:under|with|on|in)\b|[.,;]|$)"
)
_COPYRIGHT = re.compile(
    r"copyright\s*(?:\u00a9|\(c\))?\s*(?:(?:19|20)\d\d\s*)?[^,\n]{1,60},\s*(?P<outlet>[^,\n]{1,60}),\s*(?:19|20)\d\d",
    re.IGNORECASE,
)
_DATELINE_LABEL = re.compile(
    r"^(?:(?:first |originally )?published(?: on)?|posted(?: on)?|date|dated|release date|released(?: on)?|(?:first )?broadcast(?: on)?|aired(?: on)?)\s*:?\s",
    re.IGNORECASE
)
_LABEL = re.compile(r"^[\w' -]{1,30}:\s")
# "For the Independent Journal. Saturday, October 27, 1787": the paper the essay was written for.
_FOR_FROM = re.compile(r"^(?:for|from)\s+(?:the\s+)?", re.IGNORECASE)
_WEEKDAY_TAIL = re.compile(r"\.?\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*$", re.IGNORECASE)
_TRAILING_PART = re.compile(r"\s+(?:\||-|\u2013|\u2014)\s+.*$")

_EMAIL = re.compile(r"\s*<[^>]*(?:@|\sat\s)[^>]*>")
# "Epidemic Intelligence Unit (lead analyst: Dr Ada Marsh)", "with Tom Reed": asides around names.
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
_WITH = re.compile(r"^\s*with\s+", re.IGNORECASE)
_PERSON_PATTERN = r"[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z]\.\s*)?[A-Z][\w'\u2019-]+){1,3}"
_MAX_META_WORDS = 14
_HEADER_BODY_WORDS = 60


@dataclass(frozen=True)
class Meta:
    title: str | None
    author: str | None
    published: dt.date | None
    outlet: str | None


def _words(text: str) -> int:
    return text.count(" ") + 1


def parse_full_date(text: str) -> dt.date | None:
    """The first complete calendar date written in ``text`` (with day, month and year)."""
    for match in _FULL_DATE.finditer(text):
        groups = match.groupdict()
        if groups["y1"]:
            year, month, day = groups["y1"], MONTH_NUMBERS[groups["m1"].lower()[:3]], groups["d1"]
        elif groups["y2"]:
            year, month, day = groups["y2"], MONTH_NUMBERS[groups["m2"].lower()[:3]], groups["d2"]
        elif groups["y4"]:
            year, month, day = groups["y4"], _FOREIGN_MONTHS[groups["m4"].lower()], groups["d4"]
        else:
            year, month, day = groups["y3"], int(groups["m3"]), groups["d3"]
        try:
            return dt.date(int(year), int(month), int(day))
        except ValueError:
            continue
    return None


def parse_numeric_date(text: str) -> dt.date | None:
    """A date written in figures with dots or slashes ("03.04.19", "03/12/2024 11:05 AM")."""
    match = _NUMERIC_DATE.search(text)
    if match is None:
        return None
    if match.group("a2") is not None:
        first, second, year = int(match.group("a2")), int(match.group("b2")), int(match.group("y2"))
        month_first = second > 12 or (first <= 12 and match.group("clock2") is not None)
    else:
        first, second, year = int(match.group("a")), int(match.group("b")), int(match.group("y"))
        month_first = second > 12 or (first <= 12 and match.group("sep") == "/" and match.group("clock") is not None)
    year = year + 2000 if year < 100 else year
    month, day = (first, second) if month_first else (second, first)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def numeric_publication_date(text: str) -> dt.date | None:
    """A date in figures a header line gives, with the cautions ``publication_date`` takes for a
    written one: "Expires: 30/09/2027", "Tickets: 03/05/2027" name a day of something else."""
    if _event_label(text) and _OWN_DATE_LABEL.search(text) is None:
        return None
    return parse_numeric_date(text)


def parse_month_year(text: str) -> dt.date | None:
    """The month a title or a header line ends with ("..., November 2025"), as its first day."""
    match = _MONTH_YEAR.search(text.strip())
    if match is None:
        return None
    return dt.date(int(match.group("y")), MONTH_NUMBERS[match.group("m").lower()[:3]], 1)


def _names(text: str) -> str | None:
    """The author name(s) in a byline remainder, or None when it is not a name."""
    text = _PARENTHESIS.sub("", _EMAIL.sub("", text))
    text = _WITH_THE.sub("", text)  # "Ada Marsh with the Harbour Allergy Clinic": a body she worked with
    text = _AT_PLACE.sub("", text)  # "Report by Ada Marsh at Riverside Park": where she was
    text = _TRAILING_PART.sub("", text).strip().rstrip(".,;")
    run_in = _CAPS_NAME_THEN_AGENCY.match(text)
    if run_in is not None:
        text = run_in.group("name").title()  # "PRIYA OSTRANDER Associated Rail Press": the writer, then the agency
    team = _TEAM.match(text.split(",")[0].strip())
    if team is not None:
        return team.group("team")  # "by the Harbour Analytics Team": a team is named as printed
    names: list[str] = []
    for part in _NAME_SEPARATOR.split(text):
        part = _WITH.sub("", part)
        if not part:
            continue
        if names and (part.lower() in _WEEKDAYS or _FULL_DATE.search(part) or _MONTH_DAY.match(part)):
            break  # "Posted by Ada Marsh, Thursday, April 15, 2031": the date follows the name
        if names and _named_publication(part):
            break  # "Ada Marsh, columnist, The Portmore Courier": where she writes
        if names and _is_role(part):
            continue  # "Ada Marsh, Head of Research, with Tom Reed": her post, not a second name
        match = _NAME.fullmatch(part.strip())
        if not match:
            if names:  # "By Jane Doe, Reuters correspondent": stop at the first non-name
                break
            return None
        names.append(match.group(0))
    if not names or any(_words(name) > 6 for name in names):
        return None
    return ", ".join(names)  # several authors comma-separated, as the labelling guide writes them


_WITH_THE = re.compile(r"\s+with\s+the\s+[A-Z].*$")
_CAPS_NAME_THEN_AGENCY = re.compile(r"^(?P<name>[A-Z][A-Z'\u2019.-]+(?:\s+[A-Z][A-Z'\u2019.-]+){1,3})\s+(?=[A-Z][a-z])(?:[A-Z][\w&'\u2019-]*\s*){1,5}$")
_AT_PLACE = re.compile(r"\s+at\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,4}$")
# "the Harbour Analytics Team", "the Kestrel Arena broadcast team": a team that signs as one.
_TEAM = re.compile(r"^the\s+(?P<team>[A-Z][\w&'\u2019-]*(?:\s+(?:and\s+|&\s+)?[\w&'\u2019-]+){0,5}\s+(?i:team|unit|directorate|division|secretariat|taskforce|task\s+force))$")
_MONTH_DAY = re.compile(rf"^(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}\b", re.IGNORECASE)


def _clean_outlet(text: str) -> str | None:
    text = text.strip().rstrip(".,;:").strip()
    if not text or _words(text) > 6 or not (text[0].isupper() or text[0].isdigit()):
        return None
    if _NOT_A_NAME.search(text) or _FULL_DATE.fullmatch(re.sub(r"^[A-Za-z]+day,?\s+", "", text)):
        return None  # "On 9 June 2037." is a day, "Issued 11:00" a time: an outlet is a name
    return text


_NOT_A_NAME = re.compile(r"\b\d{1,2}[:.]\d\d\b(?!\.\d)|^(?i:issued|updated|posted|published|released)\b")


_MINUTES_OF = re.compile(r"\b(?i:minutes|meeting)\s+(?i:of|held)\b")
# "Present:", "In attendance:", "Apologies:": who attended a meeting, never its title.
_ATTENDANCE = re.compile(r"^(?i:present|in\s+attendance|members(?:\s+present)?|apologies|absent|attendees|also\s+present)\s*:")
_EVENT_HEADING_WORDS = 2  # words beside the date that make a heading of it, not a stamp
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
_TITLE_WORDS_BESIDE_DATE = 6


def dated_title(text: str) -> bool:
    """A title that carries a date ("Minutes of the Harbour Committee (meeting of 2031-05-02)
    — excerpt", "ADDRESS BY ..., SEPTEMBER 17, 1918."): enough words beside the date to
    be more than a dateline ("Global Research, December 09, 2021")."""
    match = _FULL_DATE.search(text)
    labelled = _LABEL.match(text) is not None and not _MINUTES_OF.search(text)  # "Risk Committee: minutes of the meeting held ..."
    if match is None or match.start() == 0 or _DATELINE_LABEL.match(text) or _BYLINE.match(text) or labelled:
        return False
    words = [w for w in _WORD.findall(_FULL_DATE.sub(" ", text)) if w.lower() not in _WEEKDAYS]
    return len(words) >= _TITLE_WORDS_BESIDE_DATE


def _date_closes(text: str) -> bool:
    """The date ends the title or its parenthesis ("..., SEPTEMBER 17, 1918.", "(meeting of
    2001-09-17) — excerpt"): the title dates itself, it does not name a past day."""
    match = _FULL_DATE.search(text)
    if match is None:
        return False
    rest = text[match.end():].strip(" .,")
    return not rest or rest.startswith(")")


def publication_date(text: str) -> dt.date | None:
    """The full date a header line gives, unless it is the span of days of a meeting
    ("Meeting of 6-7 March 2031"), or the day of the election or match it names ("... for the
    city council elections, 6 May 2027"): those days are not the day the text came out. A
    line labelled with an event or a deadline ("Kick-off: Saturday 3 April 2027") gives only
    the date it labels as the text's own ("Received: ...; Published: 21 March 2027")."""
    if _DAY_SPAN.search(text) or _OTHER_DAY.search(text) or text.lstrip().startswith("|"):
        return None  # a span, a day of the copy or the reader (retrieved, joined), a table's row
    date = _FULL_DATE.search(text)
    if date is not None and _CLAUSE_AFTER_DATE.match(text[date.end():]):
        return None  # "On 14 January 2029 the authority admitted ...": a sentence about that day
    own = _OWN_DATE_LABEL.search(text)
    if own is not None and len(_FULL_DATE.findall(text)) > 1 and _OWN_STAMP_PLACED.search(text):
        return parse_full_date(text[own.end():])  # "Received 2 January 2028; ... Published online: 14 February 2028"
    if not _OWN_STAMP_PLACED.search(text) and len({m.group(0) for m in _FULL_DATE.finditer(text)}) > 1 and not _RECORD_WORDS.search(text):
        return None  # "2 April 2030 \u2014 frost ... 10 September 2030 \u2014 picking": days of events, not a stamp
    if _event_dated(text):
        return None
    if _event_label(text):
        own = _OWN_DATE_LABEL.search(text)
        return parse_full_date(text[own.end():]) if own is not None else None
    return parse_full_date(text)


# "Retrieved 3 May 2031 from ...", "Accessed:", "Archived from the original on ...", "Joined: Mar
# 2014": the day a copy was taken or a reader joined a forum, never the day the text came out.
_OTHER_DAY = re.compile(
    r"\b(?i:retrieved|accessed|archived?|archives|captured|downloaded|joined|member\s+since|printed\s+on|last\s+visited|born|died"
    # "Photo taken 3 March 2028", "Read more: ... (1 May 2028)": a picture's or another story's day.
    r"|photo|photograph|image|picture|pictured|caption|illustration|read\s+more|see\s+also|related|previously"
    # "On this day: 4 August 1914", "Remembering ...", an obituary's dates: the day remembered.
    r"|on\s+this\s+day|remembering|in\s+memoriam|obituary|anniversary"
    # "Data as at 30 September 2029", "Figures as of ...": the day the figures describe, not the text's.
    r"|data\s+as\s+(?:at|of)|figures\s+as\s+(?:at|of))\b"
)
# A date followed by a running clause ("... 2029 the authority admitted what ...", "on 4 May
# 2028, the line closed"): two words in lower case that are not a stamp's ("at", "by", "updated").
# After a dash they are a note on the text ("11 November 2026 \u2014 edited for length").
_STAMP_WORDS = r"(?:at|by|on|in|am|pm|a\.m|p\.m|updated|and|from|via|with|gmt|utc|local|time)\b"
_CLAUSE_AFTER_DATE = re.compile(rf"^,?\s+(?!{_STAMP_WORDS})[a-z][\w'\u2019-]*\s+[a-z][\w'\u2019-]*")


# "Kick-off:", "Event date:", "Deadline:", "Received:", "Venue:": a label naming the day of
# something other than the text (an event, a deadline, a step of a paper's history).
_EVENT_LABEL = re.compile(
    r"^(?P<label>[A-Za-z][\w' -]{0,30}?)\s*:\s+\S",
)
_EVENT_LABEL_WORDS = re.compile(
    r"\b(?i:kick-?off|tip-?off|first\s+ball|event|venue|deadline|closing|closes|opening|opens|starts?|start\s+date|"
    r"ends?|end\s+date|when|match|fixture|game|race|fight|meeting|polling|election|vote|ballot|due|expir(?:es|y)|"
    r"valid|applies|submissions?|applications?|registration|received|accepted|revised|effective|hearing|trial|"
    r"launch|doors|draw|concert|exhibition|festival|conference|summit|ceremony|time|next|target|planned|scheduled|"
    r"expected|completion|delivery|obituary|anniversary|save\s+the\s+date)\b"
)
# "Published: 21 March 2027" among a paper's dates, "Posted:", "Issued:": the text's own day.
_OWN_DATE_LABEL = re.compile(r"\b(?i:published(?:\s+online)?|posted|issued|released|date\s+of\s+issue|(?:first\s+)?broadcast|aired)\s*(?:on)?\s*:?\s+")


def _event_label(text: str) -> bool:
    """A "Label: value" line whose label names an event, a deadline or a step of a history."""
    match = _EVENT_LABEL.match(text.strip())
    if match is None:
        return False
    label = match.group("label")
    if _EVENT_LABEL_WORDS.search(label) is not None:
        return True
    # "First trains: Sunday 30 September 2029": a label whose value is only a day, and that does
    # not say the day is the text's own (or its meeting's), names a day of something else.
    value = _LEADING_WEEKDAY.sub("", text.strip()[match.end() - 1:].strip())
    day = _FULL_DATE.match(value)
    label = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", label)  # "datePublished": a page's field names run together
    return day is not None and _OWN_LABEL_WORDS.search(label) is None and _RECORD_WORDS.search(label) is None


_LEADING_WEEKDAY = re.compile(r"^(?i:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?i:day)?\.?,?\s*")
# "Date:", "Published:", "Last updated:", "Sent:", "Issue date:", "Week ending:": labels of the text's own day.
_OWN_LABEL_WORDS = re.compile(
    r"\b(?i:dated?|published|publication|posted|updated|issued?|released?|sent|filed|written|modified|edited|created|"
    r"printed|delivered|recorded|compiled|prepared|edition|ending|as\s+of|held|started|opened|approved|signed|from|"
    r"by|time|day|week|month|year)\b"
)


def is_meta_line(text: str) -> bool:
    """A byline, a dateline or an 'on <outlet>' line: metadata, never the title."""
    if _words(text) > _MAX_META_WORDS or dated_title(text):
        return False
    if _BARE_BY.match(text) or _BARE_ON.match(text) or _DATELINE_LABEL.match(text) or _SPEAKER_FIELD.match(text) or _CHAT_LINE.match(text):
        return True
    byline = _BYLINE.match(text)
    if byline and _names(byline.group("names")):
        return True
    on_line = _ON_OUTLET.match(text) if not text.isupper() else None  # "ON THE FUTURE OF ...": an essay's title in capitals
    if on_line and _words(text) <= 7:
        return True
    beside = [w for w in _WORD.findall(_FULL_DATE.sub(" ", text)) if w.lower() not in _WEEKDAYS and w.lower().strip(".") not in ("am", "pm")]
    if _event_dated(text) and not _LABEL.match(text) and len(beside) >= _EVENT_HEADING_WORDS:
        return False  # "Applications close 30 June 2027": a heading naming a day, not a dateline
    return parse_full_date(text) is not None


def _header(blocks: list[Block]) -> list[Block]:
    """Blocks before the article body is well under way: where bylines and datelines sit."""
    header: list[Block] = []
    body_words = 0
    for block in blocks:
        header.append(block)
        if block.kind is Kind.BODY:
            body_words += _words(block.text)
            if body_words >= _HEADER_BODY_WORDS:
                break
    return header


def _next_short_line(blocks: list[Block], position: int, limit: int = 3) -> str | None:
    for block in blocks[position + 1 : position + 1 + limit]:
        if block.kind is Kind.SEPARATOR:
            continue
        return block.text if _words(block.text) <= 7 else None
    return None


# Lines that say how a text is handled or shown, never what it is called: a speech's delivery
# notes, a transcript's label, a wire's slug, a page's buttons, a tag line with its reading time,
# a chat's channel, a newsletter's forwarding prompt, and a pull quote with its speaker.
_HANDLING_LINE = re.compile(
    r"^\(?(?i:(?:remarks\s+)?as\s+prepared(?:\s+for\s+delivery)?|check\s+against\s+delivery|(?:embargoed\s+)?until\s+delivery"
    r"|embargoed\s+until\s+(?:after\s+)?delivery|(?:full\s+|edited\s+|unedited\s+)?transcript|menu|search|sign\s+in|log\s*in|sign\s+up|subscribe"
    r"|register|skip\s+to\s+.*|accessibility\s+links|read\s+(?:it\s+)?online|read\s+in\s+(?:your\s+)?browser|prepared\s+remarks|letter|forwarded\s+this\s+(?:e-?mail|newsletter)\?.*|recorded\s+live\s+.*)\)?\.?:?$"
    r"|^[A-Z0-9]{2,}(?:-[A-Z0-9]{2,})+/"  # "LNW-FERRIES/ (UPDATE 2)": the wire's slug
    r"|^#[\w-]{2,40}$"  # "#island-transport": a chat's channel
    r"|^(?i:to\s+the\s+editors?\s+of)\s"  # "To the Editor of the Hallby Mercury.": a letter's address, see addressed_paper
)
_PULL_QUOTE = re.compile(r"^[\"\u201c].{10,300}[\"\u201d]\s*(?:[\u2014\u2013]|--|-)\s*[A-Z]")


_HANDLING_WORDS = 30


def handling_line(text: str) -> bool:
    """A line of the page's or the speech's handling (see _HANDLING_LINE): never a title."""
    text = text.strip()
    if _HANDLING_LINE.match(text) or _PULL_QUOTE.match(text):
        return True
    if _TIME_STAMP_ONLY.match(text) or _TRANSCRIPT_NOTE.match(text):
        return True  # "UPDATED 6:10 PM": a stamp with no day; "Auto-generated transcript, lightly edited. Hosts: ..."
    dashed = [p.strip() for p in _ANY_DASH_PARTS.split(text)]
    if _CIRCULATION_NOTE.match(text):
        return True  # "DRAFT", "CONFIDENTIAL", "Embargoed until 00:01 GMT ...": how the paper may be passed on
    if len(dashed) >= 2 and all(_HANDLING_LINE.match(p) or _RELEASE_LINE.match(p) or _CIRCULATION_NOTE.match(p) for p in dashed):
        return True  # "FOR IMMEDIATE RELEASE \u2014 CHECK AGAINST DELIVERY", "DRAFT \u2014 PLEASE DO NOT CITE": handling on both sides
    parts = _PART_SEPARATOR.split(text)
    return len(parts) >= 2 and any(_READING_TIME.match(p.strip()) for p in parts) and not _is_dated(text)  # "TRANSPORT \u00b7 ISLANDS \u00b7 4 MIN READ"


# "DRAFT \u2014 PLEASE DO NOT CITE", "INTERNAL MEMO \u2014 NOT FOR DISTRIBUTION", "For release at 2:00 p.m. EDT": a note on
# how a paper may be passed on, cited or released, never its title (the time of an embargo is not read as the text's date).
_CIRCULATION_NOTE = re.compile(
    r"^(?i:draft|(?:strictly\s+)?confidential|internal\s+(?:memo(?:randum)?|use\s+only)|for\s+internal\s+use(?:\s+only)?"
    r"|not\s+for\s+(?:distribution|circulation|publication|redistribution|citation|quotation)"
    r"|(?:please\s+)?do\s+not\s+(?:cite|quote|circulate|distribute|forward)(?:\s+without\s+(?:the\s+)?(?:authors'?\s+)?permission)?"
    r"|(?:embargoed\s+until|for\s+release\s+at|not\s+for\s+release\s+before)\s+\d.*)\.?$"
)
# "UPDATED 6:10 PM", "Updated 14:32": when a page was touched, with no day; it neither titles nor names the text.
_TIME_STAMP_ONLY = re.compile(r"^(?i:updated|last\s+updated|posted|published|edited|modified)\s*:?\s*\d{1,2}[:.]\d\d\s*(?i:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$")
# "Auto-generated transcript, lightly edited. Hosts: ...": a note about how the transcript was made.
_TRANSCRIPT_NOTE = re.compile(r"^(?i:(?:auto(?:matically)?[- ]generated|machine[- ]generated|automated|computer[- ]generated)\s+transcript)\b(?!.*\d{4})")
_RELEASE_LINE = re.compile(r"^(?i:for\s+immediate\s+release|immediate\s+release|for\s+release\s+on\s+delivery|news\s+release|media\s+release|press\s+release)$")
_ANY_DASH_PARTS = re.compile(r"\s+(?:\u2014|\u2013|--|-)\s+")


def find_title(blocks: list[Block]) -> str | None:
    """The first heading-like line before the body; None when the text opens with prose.

    A line under it that is only a span of days ("December 18-19, 2018") dates the
    meeting the title names, so it belongs to the title (it is not a publication date)."""
    for position, block in enumerate(blocks):
        if block.kind is Kind.SEPARATOR or block.kind is Kind.BOILERPLATE:
            continue
        if block.kind is Kind.BODY:
            return None
        if is_meta_line(block.text) or is_wrapped_in_quotes(block.text) or _CONTENTS.match(block.text.strip()) or handling_line(block.text):
            continue
        if _SALUTATION.match(block.text.strip()):
            return None  # "Dear Mirela,": a letter opens, untitled
        if _SUBREDDIT_LINE.match(block.text.strip()) or _COMMUNITY_ALONE.match(block.text.strip()) or _SUBMITTED_BY_U.match(block.text.strip()):
            continue  # "r/X · Posted by u/y": the community and the poster, not a title
        title = block.text.strip()
        following = next((b for b in blocks[position + 1:] if b.kind is not Kind.SEPARATOR), None)
        if following is not None and following.kind is Kind.HEADING and _DAY_SPAN.fullmatch(following.text.strip()):
            title = f"{title}, {following.text.strip()}"
        return title
    return None


_DAY_SPAN = re.compile(
    rf"(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}\s*[-\u2013]\s*(?:(?:{MONTH_PATTERN})\.?\s+)?\d{{1,2}},?\s+(?:19|20)\d\d"
    rf"|\d{{1,2}}\s*[-\u2013]\s*\d{{1,2}}\s+(?:{MONTH_PATTERN})\.?,?\s+(?:19|20)\d\d",
    re.IGNORECASE,
)


_ITALIAN_BY = re.compile(r"^di\s+(?P<names>[A-Z].{2,60})$")
_MEMBER_LINE = re.compile(r"^(?i:joined|join\s+date|member\s+since|posts|registered|rank)\s*:")
# "Senior Member", "Moderator": a poster's rank between the handle and the join date.
_RANK_LINE = re.compile(r"^(?i:(?:senior|junior|jr\.|sr\.|new|full|hero|veteran|valued|regular|active|gold|silver|premium)\s+member|member|moderator|administrator|admin|banned|guest|newbie|newcomer|lurker)$")
# "3d", "5 hours ago": a post's age under the poster's handle.
_RELATIVE_AGE = re.compile(r"^\d{1,3}\s*(?:[smhdwy]|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?)(?:\s+ago)?$")


_POSTED_ON_DAY = re.compile(rf"\s+(?i:on)\s+(?=(?:[A-Za-z]+,?\s+)?\d|(?:{MONTH_PATTERN})\b)\S.*$", re.IGNORECASE)  # "Posted by x on 3 September 2031": the poster, then the day


def find_author(blocks: list[Block]) -> str | None:
    """From a byline ("By X", "by" then X a few lines below, "Articles by: X")."""
    header = _header(blocks)
    for position, block in enumerate(header):
        text = block.text
        if _words(text) > _MAX_META_WORDS:
            continue
        if _BARE_BY.match(text):
            following = _next_short_line(header, position)
            if following and (name := _names(following)):
                return name
            continue
        byline = _BYLINE.match(text) or _CREDIT.match(text)
        if byline and (name := _names(byline.group("names")) or _handle_byline(byline.group("names"))):
            return name
        poster_names = _POSTED_ON_DAY.sub("", byline.group("names").strip()) if byline else ""
        if byline and text.lower().startswith("posted") and (handle := _HANDLE_NAME.match(poster_names)):
            return handle.group("name")  # "Posted by tunnelwatcher": a poster's handle
        if (lower_di := _ITALIAN_BY.match(text)) is not None and (name := _names(lower_di.group("names"))):
            return name  # "di Giulia Ferri" (in lower case: "Di Yang" is a name)
        if (handle := _HANDLE_NAME.match(text.strip())) is not None:
            following = _next_short_line(header, position, 1) or ""
            if _RANK_LINE.match(following.strip()):
                following = _next_short_line(header, position + 1, 1) or ""  # "Senior Member" between them
            if _MEMBER_LINE.match(following) or _RELATIVE_AGE.match(following.strip()) or _MONTH_DAY.fullmatch(following.strip()) \
                    or (_words(following) <= _DATE_LINE_WORDS and parse_full_date(following)):
                return handle.group("name")  # "railfan_77" over "Joined: Mar 2014 \u00b7 Posts: 3,412", or over "3d"
    for block in blocks[len(header):]:
        if block.kind is Kind.BODY or _words(block.text) > _MAX_META_WORDS:
            continue
        byline = _BYLINE.match(block.text)
        if byline and (name := _names(byline.group("names"))):
            return name
    return None


# "u/gritstone_ed 3 days ago", "@ada_m": a poster's handle (its prefix dropped, as the guide drops
# it for metadata), with the post's age after it.
_HANDLE_BYLINE = re.compile(
    r"^(?:u/|@)(?P<handle>[\w-]{2,30})(?:\s+(?:\d+\s*(?:[smhdwy]|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|\d+[smhdwy]))?\s*$"
)


def _handle_byline(text: str) -> str | None:
    match = _HANDLE_BYLINE.match(text.strip())
    return match.group("handle") if match is not None else None


# "Corresponding author: Ada R. Marsh, ...", "Foreword Ada R. Marsh, MD Director, ...": the
# authors of a scientific report, named with their degrees.
_CORRESPONDING = re.compile(rf"Corresponding author:\s*(?P<name>{_PERSON_PATTERN})")
_DEGREES = r"(?:MD|PhD|MPH|DrPH|DVM|RN|MS|MSc)"
_WITH_DEGREE = re.compile(rf"(?P<name>{_PERSON_PATTERN}),\s+{_DEGREES}\b(?:,\s*{_DEGREES}\b)*")
_LEAD_WORD = re.compile(r"^(?:Foreword|Preface|Introduction|Editorial|Summary)\s+")


def find_report_author(blocks: list[Block]) -> str | None:
    """The names a report gives with their degrees, one after another ("Ada R. Marsh, MD
    Tom Reed, MPH"), else its corresponding author."""
    opening = [b.text for b in _header(blocks)][:4]
    for text in opening:
        names: list[str] = []
        end = None
        for match in _WITH_DEGREE.finditer(text):
            if end is not None and text[end: match.start()].strip():
                break  # only the run of names together
            names.append(_LEAD_WORD.sub("", match.group("name")))
            end = match.end()
        if names:
            return ", ".join(names)
    for block in blocks:
        match = _CORRESPONDING.search(block.text)
        if match:
            return match.group("name")
    return None


# "... for the city council elections, 6 May 2027", "Referendum on 3 March 2027": the date of
# the event the line names, which a text written before it does not carry as its own.
_EVENT_BEFORE_DATE = re.compile(
    r"\b(?:elections?|by-elections?|referendum|polling\s+day|vote|final|match|fight|race"
    r"|(?:election|polling|results?|opening|closing)\s+(?:night|day|week)|(?:launch|opening|closing|voting|match|race)\s+day)"
    r"\s*(?:,|\s(?:on|of))?\s*$"
    # "Applications close 30 June 2027", "Tickets on sale until 3 May": a deadline or a span, not an issue.
    r"|(?:^|\s)(?:close|closes|closing|open|opens|opening|start|starts|begin|begins|due|expires?|until|till|ends?|"
    r"effective|since|reopens?|reopening|launch(?:es)?|coming|scheduled|planned|expected|"
    # "Target date: ...", "Launch date 30 September 2029": the day something is to happen.
    r"(?:target|launch|completion|delivery|opening|closing|due|planned|scheduled|expected)\s+date|"
    r"by|before|after|through|deadline|received|accepted|revised|submitted)\s*$"
    # "Embargoed until 00:01 BST, 15 June 2027": when it may be printed; its issue line dates it.
    r"|^\s*(?:embargoed?|not\s+for\s+(?:publication|release))\b"
    # "Quarterly report \u2014 three months to 30 September 2026": the end of the period reported on.
    r"|\b(?:months?|weeks?|year|quarter|period|half(?:-year)?)\s+(?:to|ended)\s*$"
    # "Day 1 \u2014 Tuesday 22 August 2028", "Round 9: ...": a day of a programme or a season.
    r"|\b(?:day|round|stage|week|leg|heat|session|matchday|gameweek)\s+\d{1,3}\s*[,:\u2013\u2014-]?\s*$",
    re.IGNORECASE,
)
# "Agenda — Harbour Board meeting, 14 April 2027": a meeting still to come. Its record (minutes,
# an account, a statement) is dated by the meeting, as the guide dates minutes.
_MEETING_BEFORE_DATE = re.compile(r"\b(?i:meeting|conference|summit|hearing)\s*(?:,|\s(?:on|of))?\s*$")
_RECORD_WORDS = re.compile(
    r"\b(?i:minutes|account|record|statement|transcript|summary|communiqu\u00e9|communique|decisions?|proceedings|report|adopted|approved|agreed|endorsed|held|presented|delivered)\b"
)
# "... will look like on 1 January 2040", "... from 1 March 2028": a word of a clause, then a
# preposition, then the day; "Posted on", "published online on" date the text itself.
_CLAUSE_BEFORE_DATE = re.compile(r"(?:^|\s)(?P<word>[A-Za-z][\w'\u2019-]*)\s+(?:on|from|after|till|until|for)\s*$")
_POSTER_BEFORE_DATE = re.compile(r"\b(?i:by)\s+\S+\s+(?i:on)\s*$")  # "Posted by ada_m on ...": the poster, then the day
_WEEKDAY_BEFORE = re.compile(r"(?:\b(?i:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?i:day)?\.?,?\s*(?:(?i:the)\s+)?)$")
_SPAN_START_BEFORE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_PATTERN}|{MONTH_PATTERN}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)\.?,?\s*(?:[\u2013\u2014-]|\s(?:to|until|till|through))\s*$",
    re.IGNORECASE,
)
# "Thursday 15 to Saturday 17 April 2027", "15 to 17 April": a span of days whose first day
# names no month (a weekday or "to" says it is a span; "Meeting of 6-7 March" is left to the
# rules for meeting lines).
_DAY_SPAN_START_BEFORE = re.compile(
    r"\b(?:(?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day\s+)\d{1,2}(?:st|nd|rd|th)?\s*(?:[\u2013\u2014-]|\s(?:to|until|till|through))"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:to|until|till|through))\s*$"
)
_OWN_DATE_WORDS = frozenset(
    "posted published updated issued released dated written delivered filed sent printed broadcast read given spoken "
    "presented held adopted approved recorded compiled prepared online modified edited revised".split()
)
# "Election night, 6 May 2027: what to watch": a title that runs on after the day it names.
_RUNS_ON_AFTER_DATE = re.compile(
    r"^\s*[:?!]\s*[\"\u201c']?[A-Za-z]"
    # "Saturday 15 January 2028, 10am\u20134pm": the hours of an event, where a stamp has one time.
    r"|^,?\s*(?:from\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[\u2013\u2014-]|to|until)\s*\d{1,2}",
    re.IGNORECASE,
)


def _day_in_a_clause(before: str) -> bool:
    """The words before a date make it the day of what a sentence tells ("... will vote on
    prices on 2 November 2030", "... to finish by ..."), not a header's date."""
    clause = _CLAUSE_BEFORE_DATE.search(before)
    if clause is not None and clause.group("word").lower() not in _OWN_DATE_WORDS:
        return True
    return _EVENT_BEFORE_DATE.search(before) is not None


def _event_dated(text: str) -> bool:
    """A line whose date is the day of the election, match, vote, meeting or deadline it
    names, or a title that goes on after the day it names."""
    date = _FULL_DATE.search(text)
    if date is None:
        return False
    before = _WEEKDAY_BEFORE.sub("", text[: date.start()])  # "tips for Saturday 15 January": the day's name
    if _EVENT_BEFORE_DATE.search(before) is not None or _RUNS_ON_AFTER_DATE.match(text[date.end():]):
        return True
    if _SPAN_START_BEFORE.search(before):
        return True  # "1 June \u2013 15 September 2028": the end of a span of days
    if _DAY_SPAN_START_BEFORE.search(before):
        return True  # "Thursday 15 to Saturday 17 April 2027": the last day of an event
    clause = _CLAUSE_BEFORE_DATE.search(before)
    if clause is not None and clause.group("word").lower() not in _OWN_DATE_WORDS and _RECORD_WORDS.search(text) is None \
            and not _POSTER_BEFORE_DATE.search(before):
        return True  # "What the harbour will look like on 1 January 2040": a day the sentence is about
    return _MEETING_BEFORE_DATE.search(before) is not None and _RECORD_WORDS.search(text) is None


# "Dunhaven Arena card", "Fight night at the Corn Exchange", "Race card: Portmore, 3.15":
# a title naming an event's card; the date under it is the day of the event.
_CARD_TITLE = re.compile(r"\b(?i:(?:under)?card|fight\s+night|race\s*card|bill\s+of\s+fights)\b")
_DATE_LINE_WORDS = 5


_HEARING_BEFORE = re.compile(r"^(?i:(?:joint\s+|oversight\s+|public\s+)?hearings?\s+before\s+the\s+)(?P<body>(?i:committee|subcommittee|select\s+committee)\b.{3,80})$")
_GIVEN_BY_LINE = re.compile(r"^(?i:keynote|speech|remarks|address|lecture|talk|sermon)\b.{0,30}\b(?i:by)\s+[A-Z]")
_SYNDICATE = re.compile(r"\b(?i:syndicate|features|wire|agency|news\s+service)$")
_IN_THIS_ISSUE = re.compile(r"^(?i:in\s+this\s+(?:issue|edition)|this\s+(?:issue|week)|inside\s+this\s+issue)\s*:?$")
_CALL_PARTICIPANTS = re.compile(r"^(?i:(?:corporate|company|conference\s+call|call)\s+participants|participants|operator)\s*:?$")
_EPISODE = re.compile(r"^(?i:episode|ep\.?)\s*\d{1,4}\b")


def _card_day(above: str, text: str) -> bool:
    """A date under a fight card's or a race card's title, alone or with its venue
    ("Saturday, October 11, 2031 \u00b7 Lenmark Arena"): the event's day, not the date of issue."""
    return bool(_CARD_TITLE.search(above)) and _FULL_DATE.search(text) is not None \
        and _words(_PART_SEPARATOR.split(text.strip())[0]) <= _DATE_LINE_WORDS


def find_published(blocks: list[Block], *, before_prose: bool = False) -> dt.date | None:
    """From a dateline near the top ("Global Research, December 09, 2021") or a
    'Published:' line; a date inside a sentence of the body does not count.

    ``before_prose`` reads only the lines above the first paragraph of prose: a date the
    header states there wins over one in a heading further down ("Item 5. Renewal 1 January
    2031" in minutes dated by their meeting)."""
    header = _header(blocks)
    stamps_only: set[int] = set()
    if before_prose:
        first_prose = next((i for i, b in enumerate(header) if b.kind is Kind.BODY and _words(b.text) > _MAX_META_WORDS), len(header))
        header = header[:first_prose]
    else:
        # A standfirst may stand above the dateline, but a date line further into the prose (a
        # notice the story quotes, a reply) is not the header's: the line right under the first
        # paragraph of prose is the last one read.
        lines = [b for b in header if b.kind is not Kind.SEPARATOR]
        prose = next((i for i, b in enumerate(lines) if b.kind is Kind.BODY and _words(b.text) > _TITLE_BODY_WORDS), None)
        if prose is not None and prose + 2 < len(lines):
            header = header[: header.index(lines[prose + 2])]
        # Under a sentence of the story that is not the last line read, only a stamp ("Published 2
        # February 2027" under a standfirst and a byline) still dates the text: "Budget vote -
        # Thursday 3 March 2028" under the story is a day it tells of.
        sentence = next((i for i, b in enumerate(lines) if prose_sentence(b)), None)
        stamps_only = {id(b) for b in lines[sentence + 2:]} if sentence is not None else set()
    previous = ""
    listed = dated_list_lines(blocks)
    for block in header:
        above, previous = previous, block.text
        if id(block) in stamps_only and not opens_with_stamp(block.text):
            continue
        if _card_day(above, block.text):
            continue  # a date alone under a fight card's or a race card's title is the event's day
        if dated_title(block.text) and not _date_closes(block.text):
            continue  # a title naming a past day
        if _prose(block) or block.list_item or block.index in listed:
            continue  # "... in a statement dated 2 February 2029.", a list's item: the story's, never its date
        if dated_title(block.text) and not quotes_another_text(block.text) and (date := publication_date(block.text)):
            return date  # "... minutes of the meeting held 27 October 2031": a title that dates itself
        if _DATELINE_LABEL.match(block.text) or (_words(block.text) <= _MAX_META_WORDS and block.kind is not Kind.BODY):
            date = publication_date(block.text)
            if date:
                return date
    if before_prose:
        return None
    # Below the header only the foot may date the text ("Published: 3 May 2031" as its last line);
    # a labelled date in the middle (a quoted notice, a reply) is about something else.
    rest = [b for b in blocks[len(header):] if b.kind is not Kind.SEPARATOR]
    last_prose = max((i for i, b in enumerate(rest) if b.kind is Kind.BODY and _words(b.text) > _TITLE_BODY_WORDS), default=-1)
    for block in rest[last_prose + 1:][-_FOOT_DATE_LINES:]:  # the lines under the last paragraph of prose
        if _DATELINE_LABEL.match(block.text) and not _event_label(block.text):  # not "Date of next meeting: 6 April 2028"
            date = parse_full_date(block.text)
            if date:
                return date
    return None


_FOOT_DATE_LINES = 3
_OWN_STAMP = re.compile(r"\b(?i:published|posted|updated|issued|released|dated|date|filed|sent|written|modified|edited|by)\b")


# A stamp's word where a stamp stands: opening the line or one of its parts ("Published 3 May", "Ada
# Marsh | Updated ..."); "Advice published — 21 November" is a row of a timetable.
_OWN_STAMP_PLACED = re.compile(rf"(?:^|[|\u00b7\u2022,;(]\s*){_OWN_STAMP.pattern}|{_OWN_STAMP.pattern}\s*:")
_TIMELINE_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
_BARE_DATE = re.compile(rf"(?:(?:[A-Za-z]+day),?\s+)?(?:{_FULL_DATE.pattern})", re.IGNORECASE)


def dated_list_lines(blocks: list[Block]) -> set[int]:
    """Indexes of lines that are rows of a list of dated events ("4 August 2027 \u2014 tunnel
    closes" over "1 May 2028 \u2014 repairs begin"; "Tunnel survey 12 March 2027" over another row):
    two or more adjacent lines, each with a different full date and none saying the date is the
    text's own ("Published ...", "Updated ...", "By ..."). None of them dates the text."""
    lines = [b for b in blocks if b.kind is not Kind.SEPARATOR]
    dated = [
        (b, parse_full_date(b.text)) if b.kind is not Kind.BODY and _words(b.text) <= _MAX_META_WORDS and not _OWN_STAMP_PLACED.search(b.text)
        and _words(_FULL_DATE.sub(" ", b.text)) >= 1 else (b, None)
        for b in lines
    ]
    listed: set[int] = set()
    for (first, day), (second, other) in itertools.pairwise(dated):
        if day is not None and other is not None and day != other:
            listed.update((first.index, second.index))
    # A timeline's headings: years and days alone on their lines, each over its event ("1998" /
    # "The first car ferry enters service." / ... / "1 July 2032" / "The electric fleet is due.").
    headings = [b for b in lines if b.kind is not Kind.BODY and (_TIMELINE_YEAR.fullmatch(b.text.strip()) or _BARE_DATE.fullmatch(b.text.strip()))]
    if any(_TIMELINE_YEAR.fullmatch(b.text.strip()) for b in headings) and len({b.text.strip() for b in headings}) >= 2:
        listed.update(b.index for b in headings)
    # A programme's days: a date alone on its line over the day's times ("Friday 25 October 2029" /
    # "09:00 Opening"), the day of the events listed, not of the text.
    for line, following in itertools.pairwise(lines):
        if _BARE_DATE.fullmatch(line.text.strip().rstrip(".")) and _SCHEDULE_ROW.match(following.text.strip()):
            listed.add(line.index)
    return listed


_SCHEDULE_ROW = re.compile(r"^\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[\u2013\u2014-]\s*\d{1,2}[:.]\d\d)?\s+[A-Z]")
_SENTENCE_BREAK = re.compile(r"(?:[a-z]{3}|\d|[)\"\u201d])[.!?][\"\u201d]?\s+[\"\u201c]?[A-Z]")  # not "a.m. ET"


# "From the council's website (updated 2 March 2027): \"Collections will ...\"": a line that goes on
# to quote another text after its date.
_QUOTE_AFTER_DATE = re.compile(r"^\W{0,3}[:,]\s*[\"\u201c]\w+(?:\s+\w+){2}")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d']?$")


def quotes_another_text(text: str) -> bool:
    """The line's date is followed by a quotation: the date is the quoted text's, not a title's."""
    date = _FULL_DATE.search(text)
    return date is not None and _QUOTE_AFTER_DATE.match(text[date.end():]) is not None


def opens_with_stamp(text: str) -> bool:
    """A line that opens by dating the text itself: "Published: 3 May 2031", "Recorded 17 December
    2026. Hosts: ...", "Posted on 4 March 2027"."""
    text = text.strip()
    if _DATELINE_LABEL.match(text):
        return True
    word = re.match(r"(?P<word>[A-Za-z]+)\s*:?\s+(?:on\s+)?(?:[A-Za-z]+day,?\s+)?", text)
    return word is not None and word.group("word").lower() in _OWN_DATE_WORDS and _FULL_DATE.match(text, word.end()) is not None


def prose_sentence(block: Block) -> bool:
    """A paragraph of the story: a body line longer than any header line that ends like a
    sentence. Below it only the next line may still be the header's (a byline under a
    standfirst); a date further down is about something the text tells or cites."""
    return block.kind is Kind.BODY and _words(block.text) > _MAX_META_WORDS and _SENTENCE_END.search(block.text.rstrip()) is not None \
        and not re.search(r"[|\u00b7\u2022]", block.text)  # "By X | Posted Jan 18, 2027 | Updated ... 4:55 p.m.": a line of parts


def _prose(block: Block) -> bool:
    """A paragraph of the story rather than a header line: body text longer than any title, or
    more than one sentence. A date it names is about something it tells."""
    return block.kind is Kind.BODY and (_words(block.text) > _TITLE_BODY_WORDS or _SENTENCE_BREAK.search(block.text) is not None)


def _labelled_numeric_date(blocks: list[Block]) -> dt.date | None:
    """"Posted: 03/12/2031 11:05 AM" near the top: a date in figures that a label names."""
    for block in _header(blocks):
        if _DATELINE_LABEL.match(block.text) and (date := parse_numeric_date(block.text)):
            return date
    return None


_DANGLING_END = re.compile(r"\s(?i:of|on|held|dated|at|from|to|for|the)$")
# "The Daily Ledger, March 14, 2022": a name with "The" before a date is the paper's, where a
# bare word ("Sydney – 7 October 2031") is the place of a dateline.
_PUBLICATION = re.compile(r"^The\s+[A-Z][\w'\u2019&.-]*(?:\s+[A-Z][\w'\u2019&.-]*){1,4}$")


_SPECIAL_TO = re.compile(r"^(?i:special|exclusive)\s+(?i:to)\s+(?P<outlet>(?:The\s+)?[A-Z][\w'\u2019&-]*(?:\s+[A-Z][\w'\u2019&-]*){0,4})\.?$")


# "from the higher education desk of the Lowmarsh Courier": a standfirst naming the paper through its desk or page.
_DESK_OF_PAPER = re.compile(
    r"\b(?i:from)\s+the\s+[\w -]{2,40}?\s(?i:desk|page|pages|section|team)\s+(?i:of|at)\s+(?:the\s+)?"
    r"(?P<outlet>(?:The\s+)?[A-Z][\w'\u2019&-]*(?:\s+[A-Z][\w'\u2019&-]*){0,4})"
)
_DATELINE_PARTS = re.compile(r"\s*(?:,|\u2014|\u2013|--|\|)\s*")
_PARISH_BODY = re.compile(r"\b(?i:council|university|college|club|society|association|board|trust|company|limited|ltd|plc)$")
_MINUTES_LINE = re.compile(r"^(?i:minutes)\s+(?i:of)\b")
_PLACE_WORDS = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")
_SECTION_LABEL = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Za-z]+)?\s+(?i:section|pages?)$")


def _paper_of_dateline(text: str) -> str | None:
    """A paper named before its date, with at most a section between ("The Mereland Observer \u2014
    Business, Saturday 28 November 2026", "The Saltgrass Valley Farmer -- Thursday, November 26, 2026")."""
    date = _FULL_DATE.search(text)
    if date is None or date.start() == 0:
        return None
    prefix = text[: date.start()].strip().rstrip(",|-\u2013\u2014:").strip()
    prefix = _WEEKDAY_TAIL.sub("", prefix).strip().rstrip(",|-\u2013\u2014:").strip()
    parts = [p for p in _DATELINE_PARTS.split(prefix) if p]
    if not parts or _words(parts[0]) < 2 or _FOR_FROM.match(parts[0]) or not _name_phrase(parts[0]) or not (_PUBLICATION.match(parts[0]) or _PAPER_END.search(parts[0])):
        return None
    if len(parts) == 2 and _PLACE_WORDS.fullmatch(parts[1]):
        parts = parts[:1]  # "The Deccan Ledger, Tarampur \u2014 29 May 2026": the paper, then the dateline's place
    if _words(parts[0]) > _OUTLET_WORDS or not all(_is_section(p) or _is_section_word(p) or _SECTION_LABEL.match(p) for p in parts[1:]):
        return None
    return parts[0]


def find_outlet(blocks: list[Block]) -> str | None:
    """From 'The original source of this article is X', a dateline 'X, <date>',
    an 'on X' line under the byline, a 'Source:' line, else 'first published on X'."""
    header = _header(blocks)
    for block in blocks:
        match = _ORIGINAL_SOURCE.search(block.text)
        if match and (outlet := _clean_outlet(match.group("outlet"))):
            return outlet
    for block in header:
        desk_of = _DESK_OF_PAPER.search(block.text)
        if desk_of is not None and _PAPER_END.search(desk_of.group("outlet")):
            return desk_of.group("outlet")  # "... from the industry page of the Orbital Times": the paper
    for position, block in enumerate(header):
        text = block.text
        if _words(text) > _MAX_META_WORDS:
            continue
        if (paper := _paper_of_dateline(text)) is not None:
            return paper  # "The Saltmarsh Ledger, Business section, Sunday 9 January 2028"
        date = _FULL_DATE.search(text)
        if date and date.start() > 0:
            prefix = text[: date.start()].strip().rstrip(",|-\u2013\u2014:").strip()
            written_for = _FOR_FROM.match(prefix)
            if _WEEKDAY_TAIL.search(prefix) and not written_for:
                prefix = ""  # "... COMMITTEE, THURSDAY, SEPTEMBER 19, 1918.": the end of a title
            if written_for:
                prefix = _WEEKDAY_TAIL.sub("", prefix[written_for.end():])
            named = written_for or not _LABEL.match(prefix + ": ") or _PUBLICATION.match(prefix) or _organisation(prefix)
            byline_before = _BYLINE.match(prefix) is not None  # "By Ada Marsh, analytics desk Published <date>"
            if "," in prefix and _institution(head := prefix.split(",", 1)[0].strip()):
                prefix = head  # "Ministry of Ferries, Lindqvist, 18 November 2031": the ministry, not its town
            if _DANGLING_END.search(prefix):
                prefix = ""  # "Unconfirmed minutes, meeting of 9 February 2031": not a name
            if not _name_phrase(prefix) or _event_dated(text) or _DATED_ISSUE_TITLE.match(text.strip()) or _ISSUE_PART.match(prefix) \
                    or _GIVEN_ON.match(text.strip()):  # "Preached at the Seamen's Chapel, <date>": where it was given, no publisher
                prefix = ""  # "Agenda — Harbour Board meeting, 14 April 2027", "Post by x » Tue ...": not a name
            if prefix and named and not byline_before and not _PART_SEPARATOR.search(text) and (outlet := _clean_outlet(prefix)):
                if not _DATELINE_LABEL.match(text):
                    return outlet
        if _BARE_ON.match(text):
            following = _next_short_line(header, position)
            if following and (outlet := _clean_outlet(following)):
                return outlet
            continue
        special = _SPECIAL_TO.match(text.strip())
        if special is not None and (outlet := _clean_outlet(special.group("outlet"))):
            return outlet  # "Special to The Island Review" under a contributor's byline
        on_line = _ON_OUTLET.match(text) if not text.isupper() else None  # "ON THE SUPPLY OF CORN.": a lecture's name, not "on Substack"
        if on_line and _words(text) <= 7 and (outlet := _clean_outlet(on_line.group("outlet"))):
            return outlet
        field = _FIELD_OUTLET.match(text)
        if field and (outlet := _clean_outlet(field.group("outlet"))):
            return outlet
        publisher = _PUBLISHED_BY.match(text)
        if publisher and (_institution(publisher.group("outlet")) or _PUBLICATION.match(publisher.group("outlet"))) \
                and not (text.lower().startswith("issued") and _ISSUING_UNIT.search(publisher.group("outlet").rstrip("."))):
            return _clean_outlet(publisher.group("outlet"))  # "Published by The X Exchange" (a person would be its author)
        byline = _BYLINE.match(text)
        if byline and "," in text and _names(byline.group("names")) and (outlet := _publication_part(text.rsplit(",", 1)[1])):
            return outlet  # "By Ada Marsh, political columnist, The Portmore Courier"
    for pattern in (_FIRST_PUBLISHED_ON, _REPUBLISHED_FROM, _COPYRIGHT):
        for block in blocks:
            if block.kind is Kind.BODY and _words(block.text) > 40:
                continue
            match = pattern.search(block.text)
            if match and (outlet := _clean_outlet(match.group("outlet"))):
                return outlet
    return None


def first_published_date(blocks: list[Block]) -> dt.date | None:
    """"This article originally appeared in The X on 12 May 2027.": the day the text states
    it first came out, wherever the line stands (a reprint's note is often at the foot)."""
    for block in blocks:
        if block.kind is Kind.BODY and _words(block.text) > 40:
            continue
        match = _FIRST_PUBLISHED_ON.search(block.text)
        if match is not None and match.group("when"):
            return parse_full_date(match.group("when"))
    return None


_NAME_CONNECTORS = frozenset("of and for the on in at & de du la le van von der".split())


def _name_phrase(text: str) -> bool:
    """Words that can be a name: each capitalised (or a figure), joined only by "of", "and",
    "&" and the like ("Global Research", "Bank of Valmora"), never a phrase with a verb or a
    common noun in it ("Agenda \u2014 Harbour Board meeting", "Post by x \u00bb Tue")."""
    words = [w.strip("\"'\u201c\u201d\u2018\u2019()[],.:") for w in text.split()]
    words = [w for w in words if w]
    return bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_CONNECTORS for w in words
    )


# "U.S. Energy Information Administration logo": the site names itself in its logo.
_LOGO = re.compile(r"^(?P<outlet>.+?)\s+logo$", re.IGNORECASE)
# "Minutes of the Federal Open Market Committee": a body's own record names the body.
# "Account of the monetary policy meeting of the Governing Council of the European Central Bank
# held in ...": the council meets, the bank publishes.
_OWN_RECORD = re.compile(
    r"^(?i:minutes|statement|transcript|annual\s+report|testimony|press\s+release|account)\s+(?:of|by|from)\s+(?:the\s+)?"
    r"(?:(?:[A-Za-z][\w-]*\s+){1,4}(?i:meeting|session|conference)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:Governing\s+Council|Executive\s+Board|Board\s+of\s+Governors|Board\s+of\s+Directors)\s+of\s+(?:the\s+)?)?"
    r"(?P<outlet>[A-Z][\w'\u2019.&-]*(?:\s+(?:of\s+|and\s+|on\s+)?[A-Z][\w'\u2019.&-]*){1,6})\s*(?:[,:|(\u2013\u2014-].*|\s+held\s.*)?$"
)


def _outlet_from_page(blocks: list[Block], title: str | None) -> str | None:
    """The site's logo line at the top, or the body whose minutes/statement the title is."""
    for block in blocks[:5]:
        logo = _LOGO.match(block.text.strip())
        if logo and (outlet := _clean_outlet(logo.group("outlet"))):
            return outlet
    if title:
        record = _OWN_RECORD.match(title) or _ISSUES.match(title)
        if record and (outlet := _clean_outlet(record.group("outlet"))) and not re.match(rf"{_OFFICES}\b", outlet):
            return outlet  # "Statement by the Governor of X": an office holder speaks, no body publishes
        acronym = _ACRONYM.match(title)
        if acronym:
            return _expansion(acronym.group(1), blocks)
    return None


# "Federal Reserve issues FOMC statement": the body that issues it.
_ISSUES = re.compile(r"^(?P<outlet>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4})\s+(?:issues|releases|announces|publishes)\b")
# "FOMC statement": the body whose initials the title opens with, named in full in the text.
_ACRONYM = re.compile(r"^([A-Z]{2,6})\s+(?i:statement|minutes|release|report|projections)\b")
_EXPANSION_BLOCKS = 4


def _expansion(acronym: str, blocks: list[Block]) -> str | None:
    words = r"\s+(?:of\s+|and\s+|on\s+|for\s+)?".join(rf"{letter}[\w'-]+" for letter in acronym)
    pattern = re.compile(rf"\b{words}\b")
    for block in [b for b in blocks if b.kind is Kind.BODY][:_EXPANSION_BLOCKS]:
        match = pattern.search(block.text)
        if match:
            return match.group(0)
    return None


# ---------------------------------------------------------------- the lines above the body
#
# Mastheads, speakers' lines, header fields, chapter headings and author lines, read from the
# lines that open a text before its prose starts.

# "PEP: 404" / "Title: ..." / "Author: ..." / "Created: 09-Nov-2011": a header of fields.
_FIELD = re.compile(r"^(?P<key>[A-Za-z][\w-]*(?:[ -][A-Za-z][\w-]*)?)\s*:\s+(?P<value>\S.*)$")
_MIN_FIELDS = 3
# "President: Franklin D. Roosevelt" above a speech: its speaker, not its title.
_SPEAKER_FIELD = re.compile(
    r"^(?:President|Vice[- ]President|Speaker|Governor|Senator|Chairman|Chair|Prime\s+Minister|Secretary|Mayor)\s*:\s*(?P<name>\S.*)$"
)
# "CHAPTER VI" over "EUROPE AFTER THE TREATY"; "I" over "LOCOMOTION IN THE TWENTIETH CENTURY".
_CHAPTER = re.compile(r"^(?P<label>(?:CHAPTER|Chapter|LETTER|Letter|BOOK|Book|PART|Part|LECTURE|Lecture|SERMON|Sermon|ESSAY|Essay)\s+(?:[IVXLC]+|\d+))\.?$")
_BARE_NUMBER = re.compile(r"^(?:[IVXLC]+|CHAP\.\s*(?:[IVXLC]+|\d+))\.?$")
_CHAPTER_NAME_WORDS = 14
_FOOTNOTE = re.compile(r"\[\d+\]$|\*+$")
# Site furniture that names nobody: "Filed in Opinion, Technology by  on".
_FILED = re.compile(r"^filed\s+(?:in|under)\b", re.IGNORECASE)
# Words that name a section of a publication, not the publication or the article.
_SECTIONS = frozenset(
    "opinion column columns comment analysis property commodities markets market business news local national "
    "world sport sports technology tech science features feature client note client note editorial letters "
    "politics economy finance culture lifestyle energy health environment travel weather entertainment arts books "
    "insights commentary explainer government education transport housing elections".split()
)
# Words that end the name of a publication or an organisation.
_ORG_WORDS = (
    "desk|club|times|post|review|chronicle|bugle|journal|gazette|herald|news|wire|press|almanac|brief|daily|weekly|"
    "tribune|institute|office|administration|division|group|bank|board|committee|council|service|agency|bureau|"
    "department|ministry|survey|centre|center|capital|reserve|commission|authority|observatory|society|association|"
    "foundation|university|magazine|insider|advertiser|standard|telegraph|guardian|observer|mail|courier|"
    "record|register|monitor|dispatch|sentinel|bulletin|express|independent"
)
_ORG = re.compile(
    rf"(?P<org>(?:(?:The|THE|the)\s+)?(?:[A-Z][\w.'\u2019&-]*\s+(?:(?:of|and|for|&)\s+)?){{0,5}}(?i:{_ORG_WORDS}))(?:\s+(?i:flagship\s+report|report))?\s*$"
)
_PART_SEPARATOR = re.compile(r"\s+[|\u00b7\u2022]\s+")
_DASH_SEPARATOR = re.compile(r"\s+(?:[\u2014\u2013]|--)\s+")
# Author lines: "Grace Oyelaran-Pike, media correspondent", "Jane Roe in Lagos", a bare name
# under the title, "Dec 28, 2024 \u2014 Arjun Vellacott", "By the MAC Insider staff".
_PERSON = r"(?:(?:Prof\.|Professor|Dr\.|Sir)\s+)?[A-Z][\w'\u2019.-]+(?:\s+(?:[A-Z]\.\s*)?[A-Z][\w'\u2019-]+){1,3}"
_NAME_IN_PLACE = re.compile(rf"^(?P<name>{_PERSON})\s+in\s+[A-Z][\w'\u2019 -]{{1,30}}$")
# A post after the comma carries no number: "Portmane Street Circuit, round 9" is a place and its event.
_NAME_ROLE = re.compile(rf"^(?P<name>{_PERSON}),\s+[a-z][A-Za-z'-]*(?:\s+[A-Za-z'-]+){{0,3}}$|^(?P<official>{_PERSON}),\s+(?:President|Vice-President|Governor|Chair)\b")
_BARE_PERSON = re.compile(rf"^(?P<name>{_PERSON})$")
_NAME_POST = re.compile(rf"^(?P<name>(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?{_PERSON}),\s+(?P<post>[^,]{{2,60}})(?:,\s*[^,]{{2,60}})?\.?$")
# "Christine Lagarde, President of the ECB,": the institution the speaker presides over.
_PRESIDES = re.compile(r"^[^,]{3,40},\s*(?:President|Governor|Chair(?:man|woman)?)\s+of\s+the\s+(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})\s*,")
_STAFF = re.compile(r"^by\s+(?P<name>the\s+.{2,40}\s+staff)$", re.IGNORECASE)
_DATE_THEN_NAME = re.compile(rf"[\u2014\u2013|-]\s*(?P<name>{_PERSON})$")
# "Published 31/12/2030 by Ada Marsh".
_DATE_BY_NAME = re.compile(rf"\d\s+by\s+(?P<name>{_PERSON})$")
_ALL_CAPS_NAME = re.compile(r"^[A-Z][A-Z'-]{3,}$")
# "SUMMARY" under a dated bulletin line: a section of the document, never a signature.
# A heading in capitals, or a name ending in a kind of document, is never the author.
_NOT_AN_AUTHOR = re.compile(
    r"^(?:ADVICE|HEADLINE|HEADLINES|SITUATION|OVERNIGHT|ENDS|SUMMARY|BACKGROUND|OUTLOOK|DISCUSSION|KEY\s+MESSAGES|UPDATE)$"
    r"|\s(?:Guide|Plan|Decision|Notes|Letter|Report|Outlook|Update|Bulletin|Programme|Program|Strategy|Commencement)$"
    r"|^(?:Our|The|A|An)\s"
)
_DOCUMENT_HEADINGS = frozenset(
    "summary introduction overview background abstract contents highlights notes outlook forecast discussion "
    "synopsis preface foreword conclusions recommendations appendix methods".split()
)
_NOT_PERSON_WORDS = frozenset(
    "the a an of and for to in on at by with new old highlights background summary contents table introduction "
    "abstract conclusion preface chapter part letter economy markets outlook forecast report minutes statement "
    "conference press release conditions remarks concluding general subject continued natural gas economist chief "
    "international developments review predictions newsletter index".split()
)
_TITLE_BODY_WORDS = 25
_LONG_TITLE_WORDS = 40
_NEWS_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'\u2019-]{2,40}(?:,\s*[A-Z][^,(\u2014]{1,40})?),?\s*(?P<when>[^()\u2014]{0,40}?)\s*"
    r"\((?P<outlet>[^)]{2,40})\)\s*(?:\u2014|\u2013|--|-)\s*(?P<after>.{0,80})"
)
# "Covers 1 June \u2013 15 September 2031": the end of a span of days, not a date of issue.
_SPAN_BEFORE = re.compile(r"(?:[\u2013\u2014-]|\s(?i:to|until|till|through))\s*$")
_DATE_AT_END = re.compile(_FULL_DATE.pattern + r"\.?\s*$", re.IGNORECASE)


@dataclass
class _Top:
    fielded: bool = False  # read from a header of fields: nothing else to add
    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    masthead: str | None = None  # the organisation named on a line of its own above the title
    thread_date: dt.date | None = None  # the day of a thread's first post
    addressed: bool = False  # a letter opening with its sender's address: no title line above it
    untitled: bool = False  # a publication's name over its contents ("In this issue:"): no headline


def _plain(text: str) -> str:
    return _FOOTNOTE.sub("", text.strip().strip("_*").strip()).strip()


_LETTERS_HEADING = re.compile(r"^(?i:letters?\s+to\s+the\s+editor|your\s+letters|readers'?\u2019?\s+letters|letters)\s*:?$")
_DESK_HEADING = re.compile(r"^(?i:from\s+the\s+(?:editor|editor's\s+desk|publisher|chair)|editor'?s\s+(?:letter|note))\s*:?$")
_EMBARGO = re.compile(r"^(?i:embargoed?|under\s+embargo|not\s+for\s+(?:publication|release)\s+(?:before|until))\b")
_REFERENCE = re.compile(
    r"^(?i:ref|reference|our\s+ref|your\s+ref|file\s+(?:no|number)|doc(?:ument)?\s+(?:no|number|id))\.?\s*:\s*\S+$"
    r"|^(?i:ref|our\s+ref|your\s+ref)\.\s+[A-Z]{0,6}\s*[\w/.-]*\d[\w/.-]*$"  # "Ref. PR 41/2029"
)
_PAGE_NUMBER = re.compile(r"^(?i:page|p\.)\s*\d{1,4}(?:\s*(?i:of)\s*\d{1,4})?$")
_PROVIDED_BY = re.compile(r"^(?i:(?:news|content|story)\s+)?(?i:provided|supplied)\s+(?i:by)\s*:?$")
_TRAIL_PART_WORDS = 3


def _section_trail(text: str) -> bool:
    """"News / Regions / Transport": three or more short parts between slashes, one of them a
    section's name, and none of them a site's name (that trail names its site: see the crumbs)."""
    parts = [p.strip() for p in _SLASH_TRAIL.split(text)]
    return len(parts) >= 3 and all(0 < _words(p) <= _TRAIL_PART_WORDS and p[:1].isupper() for p in parts) \
        and (parts[0].lower() == "home" or any(_is_section(p) for p in parts)) and not any(_words(p) > 1 and (_organisation(p) or _PAPER_END.search(p)) for p in parts)


def _is_section(text: str) -> bool:
    """"Opinion", "Client note", "Tech | Column": the names of sections, not of the article."""
    parts = [p for p in _PART_SEPARATOR.split(text.strip()) if p]
    return bool(parts) and all(
        0 < len(words := part.strip(" .:").lower().split()) <= _SECTION_WORDS and all(word in _SECTIONS for word in words)
        for part in parts
    )


_SECTION_WORDS = 3


_BROADCASTER = re.compile(r"^(?:Radio|TV|Television)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?$|^[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?\s+(?:FM|Radio|TV|Television)$")


def _organisation(text: str) -> str | None:
    """The publication or organisation a short line names, or None."""
    if _words(text) > 8:
        return None
    if (station := _BROADCASTER.match(text.strip().rstrip("."))) is not None:
        return station.group(0)  # "Radio Lenmark", "Lenmark FM": a station
    match = _ORG.search(text.strip().rstrip("."))
    if match is None or match.start() > 0:
        return None
    org = match.group("org")
    return org[2:] if org.startswith("A ") else org


def _placed_person(text: str) -> str | None:
    """A name with a place or a role ("Jane Roe in Lagos", "Otto Brand, sports writer"):
    an author line wherever it stands, never a title."""
    for pattern in (_NAME_IN_PLACE, _NAME_ROLE):
        match = pattern.match(text.strip())
        if match and _plain_name(match.group("name") or match.group("official")):  # not "Ferry Outlook, spring 2031"
            return match.group("name") or match.group("official")  # type: ignore[no-any-return]
    return None


# "Mara Quist, a shipping economist at Halden Partners, has watched rates fall.": a sentence of the
# story that introduces a person (the name, her post set off by commas, then what she does), never a byline.
_INTRODUCES_A_PERSON = re.compile(
    rf"^(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?{_PERSON},\s+[^,]{{2,80}},\s+(?!(?:at|in|for|of|with|from|on|and|&)\b)[a-z]"
)


def story_sentence(text: str) -> bool:
    """A line of the story that names a person, not a line that signs the text."""
    return _INTRODUCES_A_PERSON.match(text.strip()) is not None


def _person_line(text: str) -> str | None:
    """The name an author line gives, or None."""
    text = text.strip()
    if story_sentence(text):
        return None
    post = _NAME_POST.match(text)
    if post is not None and _is_role(post.group("post")) and _plain_name(post.group("name")) and _words(text) <= _TITLE_BODY_WORDS:
        return _HONORIFIC.sub("", post.group("name"))  # "Ada Marsh, Senior Economist", "Dr. Ada Marsh, clinical lead for ..., X"
    for pattern in (_NAME_IN_PLACE, _NAME_ROLE, _STAFF):
        match = pattern.match(text)
        if match and (pattern is _STAFF or _plain_name(match.group("name") or match.group("official"))):
            return match.group("name") or match.group("official")  # type: ignore[no-any-return]
    if _is_dated(text):
        match = _DATE_THEN_NAME.search(text) or _DATE_BY_NAME.search(text)
        return match.group("name") if match else None
    text = _HANDLE.sub("", text)  # "Ada Marsh (tidewatcher)"
    if text.isupper():
        return None  # "KEY MESSAGES" over a list: a heading set in capitals, not a name
    match = _BARE_PERSON.match(text)
    if match and _plain_name(text):
        return match.group("name")
    parts = _NAME_SEPARATOR.split(text)
    if len(parts) >= 2 and all(_BARE_PERSON.match(part) and _plain_name(part) for part in parts):
        return ", ".join(parts)  # "Ada Marsh and Tom Reed": several authors, comma-separated as the guide writes them
    return None


def _plain_name(text: str) -> bool:
    return not any(word.lower().strip(".") in _NOT_PERSON_WORDS for word in text.split()) and _organisation(text) is None \
        and _INSTITUTION_END.search(text.strip().rstrip(".")) is None  # "Kestrel Securities" is a firm


def _fields(blocks: list[Block]) -> dict[str, str]:
    """A header of "Key: value" fields opening the text, with a Title among them."""
    fields: dict[str, str] = {}
    for block in blocks[:15]:
        if block.kind is Kind.SEPARATOR:
            continue
        match = _FIELD.match(block.text)
        if match is None:
            last = next(reversed(fields), None)
            if last is not None and fields[last].endswith(","):
                fields[last] = f"{fields[last]} {block.text.strip()}"  # a field continued on the next line
                continue
            break
        fields.setdefault(match.group("key").lower(), match.group("value").strip())
    return fields if "title" in fields and len(fields) >= _MIN_FIELDS else {}


def _chapter_title(blocks: list[Block], position: int) -> str | None:
    """"CHAPTER VI" and the name under it, joined as the labelling guide joins them
    ("CHAPTER VI. EUROPE AFTER THE TREATY", "Chapter XVI. Public Effort"), or the chapter
    line alone when no name follows; under a bare numeral ("IV"), the name alone."""
    first = blocks[position].text.strip()
    following = next((b for b in blocks[position + 1:] if b.kind is not Kind.SEPARATOR), None)
    name = _plain(following.text).rstrip(".") if following is not None else ""
    # A short line under the number that is not prose is its name: in capitals, in italics,
    # a heading, or most words capitalised ("Why Lombard Street is Often Very Dull ...").
    named = bool(name) and _words(name) <= _CHAPTER_NAME_WORDS and (
        name.isupper() or following.text.strip().startswith("_") or following.kind is Kind.HEADING or _title_case(name)  # type: ignore[union-attr]
    )
    chapter = _CHAPTER.match(first)
    if chapter is None and first.startswith("CHAP."):
        return f"{first.rstrip('.')}. {name}" if named else None
    if chapter is None:
        return name if named else None  # a bare numeral over the name: the name alone, as labelled
    return f"{chapter.group('label')}. {name}" if named else chapter.group("label")


def _is_masthead(text: str) -> bool:
    """A publication's name above its article's title ("THE HARBOUR TIMES", "Bytes & Bolts")."""
    return _organisation(text) is not None or ("&" in text and _words(text) <= 4)


# "The Portmore Lantern" over "Ten for '31" over "Published 31/12/2030 by ...": a name of the
# paper's form over a dated header. Undated, "The Coming Storm" over a line is a title over
# its standfirst.
_MASTHEAD_NAME = re.compile(r"^The\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,2}$")


def _next_kind(lines: list[Block], position: int) -> tuple[Kind | None, str]:
    following = lines[position + 1] if position + 1 < len(lines) else None
    return (following.kind, following.text.strip()) if following is not None else (None, "")


def _is_dated(text: str) -> bool:
    return parse_full_date(text) is not None or parse_numeric_date(text) is not None


def _dated_issue(block: Block) -> bool:
    """"Forecasting Newsletter: June 2020." or "Harbour Newsletter: Looking back at 2030."
    opening a text: the issue's title, though the word "newsletter" makes it look like site
    furniture."""
    if block.index != 0 or _words(block.text) > _ISSUE_TITLE_WORDS:
        return False
    return parse_month_year(block.text.rstrip(".")) is not None or not is_boilerplate(_NEWSLETTER.sub(" ", block.text))


_ISSUE_TITLE_WORDS = 14
_NEWSLETTER = re.compile(r"\bnewsletter\b", re.IGNORECASE)
# A table of contents heads a list of the sections, not the text.
_CONTENTS = re.compile(r"^(?:table\s+of\s+)?contents:?$", re.IGNORECASE)


def _title_case(text: str) -> bool:
    """Most of its longer words capitalised, as a heading's are and a sentence's are not."""
    long_words = [word for word in text.split() if len(word) > 3]
    return bool(long_words) and sum(word[0].isupper() for word in long_words) >= 0.6 * len(long_words)


# "MR. NIXON: ...", "HOWARD K. SMITH, MODERATOR: ...": one speaker's turn in a transcript.
_TURN = re.compile(r"^(?P<who>[A-Z][A-Z.'\u2019-]*(?:\s+[A-Z][A-Z.'\u2019-]*){0,3}(?:,\s*[A-Z][A-Z ]{2,30})?):\s")
_TRANSCRIPT_SPEAKERS = 3


def _is_transcript(blocks: list[Block]) -> bool:
    """Turns of three or more speakers: a debate or an interview, which a collection's
    "President: X" header does not make X's own text."""
    speakers = {m.group("who") for m in map(_TURN.match, (b.text for b in blocks)) if m}
    return len(speakers) >= _TRANSCRIPT_SPEAKERS


_FORUM_POST = re.compile(r"^(?P<title>\S.{2,120}?)\s+posted\s+by\s+\S+\s+\u00bb\s+(?P<when>.+)$", re.IGNORECASE)
_INFO_TITLE_WORDS = 12


def _info_line(text: str, top: _Top) -> bool:
    """"Ada Marsh · harbour notebook · 2031-12-19", "The Portmore Review · 28 Jan 2031 · Ada
    Marsh", "By Ada Marsh | Arts desk, The Portmore Courier": a line of parts, dated or opening
    with a byline, each a name, an outlet, a section, an issue or the date."""
    if text.lstrip().startswith("|"):
        return False  # "| Tunnel survey | 12 March 2027 |": a table's row, not a line of parts
    parts = [p.strip() for p in _PART_SEPARATOR.split(text) if p.strip()]
    dates = [p for p in parts if _is_dated(p) and not _DAY_SPAN.search(p)]
    spans: list[str] = []
    if len(dates) > 1 and len(issued_parts := [p for p in dates if _ISSUED_PART.match(p)]) == 1:
        spans = [p for p in dates if p not in issued_parts]  # "Applies to 1 March - 31 May 2031": a validity span
        dates = issued_parts
    bylined = any((b := _BYLINE.match(p)) is not None and _names(b.group("names")) is not None for p in parts)
    issued = any(_ISSUE_DATE.fullmatch(p) for p in parts)
    longest = _MAX_META_WORDS if len(parts) < 3 else _PARTS_MAX_WORDS  # three short parts may run longer
    if len(parts) < 2 or len(dates) > 1 or (not dates and not issued and not bylined) or _words(text) > longest:
        return False
    for part in parts:
        byline = _BYLINE.match(part)
        role = _ROLE_PART.match(part)
        if part in spans:
            continue
        if _ISSUE_DATE.fullmatch(part) and not dates:
            top.published = top.published or _stated_date(part)  # "Spring 2031 · by Ada Marsh"
        elif part in dates:
            top.published = top.published or parse_full_date(part) or parse_numeric_date(part)
            paper = _FULL_DATE.sub("", part).strip(" ,")
            if paper and "," in part and (outlet := _named_publication(outlet_name(paper))):
                top.outlet = top.outlet or outlet  # "Portmore Harbour Review, 3 May 2031"
        elif _is_section(part) or _ISSUE_PART.match(part) or _DAY_SPAN.search(part):
            continue
        elif byline is not None and (name := _names(byline.group("names"))):
            top.author = top.author or name
        elif role is not None and _OFFICE_POST.match(role.group("role")):
            continue  # "Chief investment strategist: X": an office holder, not a byline
        elif role is not None and (name := _names(role.group("names"))):
            top.author = top.author or name  # "Economist: Ada Marsh", "Metals team: A. Marsh, T. Reed"
        elif part.isupper() and _PAPER_END.search(part.title()) and _words(part) <= _OUTLET_WORDS:
            top.outlet = top.outlet or part  # "HALDEN MONTHLY \u00b7 February 2029 \u00b7 Features": the magazine
        elif part.isupper() and _BARE_PERSON.match(part):
            continue  # "CLOSING BELL | <date>": a column's name in capitals, neither a writer nor the paper
        elif _BARE_PERSON.match(part) and _plain_name(part):
            top.author = top.author or part
        elif (_HANDLE.search(part) or _AT_HANDLE.search(part)) and _BARE_PERSON.match(named := _AT_HANDLE.sub("", _HANDLE.sub("", part))) \
                and _plain_name(named):
            top.author = top.author or named  # "Ada Marsh (@adamarsh) · 9 Jan 2031": a poster and her handle
        elif "," in part and (outlet := _publication_part(part.rsplit(",", 1)[1])):
            top.outlet = top.outlet or outlet  # "Arts desk, The Portmore Courier"
        elif (described := _DESCRIBED_PUBLICATION.match(part)) is not None:
            top.outlet = top.outlet or described.group("name")  # "Kerbside, a weekly newsletter on freight"
        elif (medium_by := _MEDIUM_BY.match(part)) is not None and (name := _names(medium_by.group("names"))):
            top.author = top.author or name  # "a policy newsletter by Ada Marsh"
        elif (poster := _POSTED_BY_PART.match(part)) is not None:
            top.author = top.author or _poster(poster.group("who"))  # "Posted by ada_m | <date>": the poster, never an outlet
        elif _HANDLE_NAME.match(part):
            continue  # "ada_m | 3 May 2031, 21:47": a post's header names its poster, not an outlet
        elif _PRICE_PART.match(part):
            continue  # "Price 1.50", "\u00a32.20": the cover price
        elif _READING_TIME.match(part) or _DURATION_PART.match(part):
            continue  # "48 min" (an episode's length), "6 min read \u00b7 Jan 14, 2029": how long the piece takes, not a name
        elif _TIME_PART.fullmatch(part):
            continue  # "14.06.2027 | 09:12": the time of day
        elif (_clean_outlet(part) or _LOWER_CASE_NAME.match(part)) and ":" not in part and not _MONTH_DAY_ANYWHERE.search(part) \
                and (_name_phrase(named := outlet_name(_without_section(part))) or _LOWER_CASE_NAME.match(named)):
            # "Portmore Evening Post business pages", "The X Clarion, opinion", a name in lower case
            # ("biotech notebook"); never a phrase that is no name ("Viewed 1k times", "14 comments",
            # "oldest entries at top"), a label ("filed under: ...", "Subforum: X") or a day without its year ("January 4").
            top.outlet = top.outlet or named
    return True


_PARTS_MAX_WORDS = 20
# "biotech notebook", "tide notebook": a name in lower case has no figure and no small word of a phrase.
_LOWER_CASE_NAME = re.compile(r"^(?![^\n]*\b(?:at|in|on|by|under|of|for|to|from|the|and|with)\b)[a-z][a-z'\u2019-]*(?:\s+[a-z][a-z'\u2019-]*){0,2}$")
_EDITION_PART = re.compile(r"^(?i:(?:late|early|first|second|final|city|national|international|weekend|morning|evening)\s+)?(?i:edition)$")
_DURATION_PART = re.compile(r"^\d{1,3}\s*(?i:min|mins|minutes|hr|hrs|hours?|h)\.?$|^\d{1,2}:\d\d:\d\d$")
_PRICE_PART = re.compile(r"^(?i:price|cover\s+price)?\s*[\u00a3$\u20ac]?\s*\d{1,3}(?:[.,]\d\d)?(?:\s*(?i:p|pence|cents?|euros?|dollars?))?$|^(?i:price)\b")
_READING_TIME = re.compile(r"^\d{1,3}\s*(?i:min(?:ute)?s?)\.?\s+(?i:read|listen)$")


def _without_section(part: str) -> str:
    """"The X Clarion, opinion": the publication without the section after its comma."""
    head, _, tail = part.rpartition(",")
    return head.strip() if head and _is_section(tail) else part


_AT_HANDLE = re.compile(r"\s+@[\w.]{2,30}$")  # "Ada Marsh @adamarsh"
_TIME_PART = re.compile(r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?")
# "Posted by ada_m", "compiled 06:45 by the Portmore Brothers sales desk": who put the piece up.
_POSTED_BY_PART = re.compile(r"^(?i:posted|written|compiled|filed)\s+(?:[\d:.]+\s+)?(?i:by)\s+(?:(?i:the)\s+)?(?P<who>\S.*)$")
_SIGNING_DESK = re.compile(r"\s(?i:desk|team)$")


def _poster(who: str) -> str | None:
    """A handle, a desk that signs the piece (its author, as the guide reads a signing desk) or names."""
    who = who.strip()
    if (handle := _HANDLE_NAME.match(who)) is not None:
        return handle.group("name")
    if _SIGNING_DESK.search(who) and who[:1].isupper():
        return who
    return _names(who)
_MEDIA = r"(?i:newsletter|blog|column|podcast|magazine|bulletin|quarterly|weekly|monthly|digest|letter)"
_DESCRIBED_PUBLICATION = re.compile(rf"^(?P<name>[A-Z][^,\u2014\u2013]{{1,40}}?)(?:,|\s+(?:[\u2014\u2013]|--?))\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}{_MEDIA}\b")
_MEDIUM_BY = re.compile(rf"^(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}{_MEDIA}\s+(?i:by)\s+(?P<names>[A-Z].*)$")
# "Posted 3 May 2031 by Ada Marsh, senior reporter, The Harbour Review": when, who and where.
_POSTED_DATE_BY = re.compile(
    rf"^(?i:posted|published|updated)\s+(?:(?i:on)\s+)?(?P<when>[^,]{{3,20}}?(?:,\s*)?[^,]{{0,12}}?(?:\d|(?i:{MONTH_PATTERN})\.?)(?:\s*[AaPp]\.?[Mm]\.?)?)\s+(?i:by)\s+(?P<rest>[A-Z].+)$"
)
# "Monday 2 October": a day and a month, with or without the year.
_MONTH_DAY_ANYWHERE = re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_PATTERN}|{MONTH_PATTERN}\.?\s+\d{{1,2}})\b", re.IGNORECASE)
# "... by Ada Marsh in Forecasts": the blog's category after the name.
_IN_CATEGORY = re.compile(r"\s+in\s+[A-Z][\w&' -]{1,30}$")
# "Released 1 March 2031", "Issued: ...": the part of a line that dates the issue itself.
_ISSUED_PART = re.compile(r"^(?i:released|issued|published|posted|updated|date[d]?)\b")
_OFFICE_POST = re.compile(r"^(?i:chief|head|director|global\s+head)\b")
_SALUTATION = re.compile(r"^(?i:(?:my\s+)?dear|hi|hello|colleagues|friends|all|to\s+(?:our|all\s+our|all)\s+[\w' -]{0,30}(?:clients|customers|members|readers|subscribers|investors|shareholders|partners))\b[^.!?]{0,40},$|^(?i:sir|madam|dear\s+sir),?\s*(?:[\u2014\u2013]|--)?$")
# "Spring 2031", "May 2031", "Winter issue 2031": the issue a line of parts dates.
_ISSUE_DATE = re.compile(rf"(?:(?i:{MONTH_PATTERN})\.?|(?i:spring|summer|autumn|fall|winter)(?:\s+(?i:issue|number|edition))?,?)\s+{_YEAR}")
# "Economist: Ada Marsh", "Metals team: A. Marsh, T. Reed", "Forecaster: ...": a post and its holder.
_ROLE_PART = re.compile(r"^(?P<role>[A-Za-z]?[\w -]{0,30}?(?i:team|desk|economists?|analysts?|forecasters?|strategists?|editor|authors?))\s*:\s*(?P<names>\S.*)$")
# "Issue 3, 2026", "Volume XII, Number 4", "Valid for April to June 2026", "Next release: ...": parts of an issue line.
_ISSUE_PART = re.compile(r"^(?i:issue|vol\.?|volume|no\.|number|valid|next|week|edition|release|page|p\.|pp\.)(?:\b|\s|\d)")


def _named_publication(text: str) -> str | None:
    """"The Portmore Courier", "Harbour Daily News": a publication named after a comma; a name
    whose desk or pages were named ("Portmore Evening Star betting desk") is one too."""
    text = text.strip().rstrip(".")
    if _PUBLICATION.match(text) or _organisation(text):
        return text
    desk = _DESK_TAIL.search(text)
    name = text[: desk.start()] if desk is not None else ""
    return name if name and _words(name) <= 5 and all(w[:1].isupper() or w == "&" for w in name.split()) else None


def _publication_part(text: str) -> str | None:
    """The publication a part after a comma names, without its desk or medium."""
    name = _named_publication(text)
    return outlet_name(name) if name else None


# "... betting desk", "... sport pages", "... politics team": a publication's desk, section or team.
_DESK_TAIL = re.compile(r"\s+(?:[a-z][\w'\u2019-]*\s+){1,2}(?:pages?|desk|team)$")


# "<Title> INTRODUCTION In 1986, ...": a report whose line breaks were lost opens with its
# title run into its first section's heading.
_RUN_IN_SECTION = re.compile(r"^(?P<title>[A-Z][^.!?]{10,200}?)\s+(?:INTRODUCTION|BACKGROUND|SUMMARY|ABSTRACT|OVERVIEW)\s+[A-Z]")
_RUN_IN_MAX_WORDS = 30


def _run_in_title(text: str) -> str | None:
    """The title at the start of a paragraph that ran into it: printed twice ("A Plan for X
    A Plan for X Message to ..."), or before a section heading in capitals."""
    words = text.split()
    for size in range(3, min(_RUN_IN_MAX_WORDS, len(words) // 2) + 1):
        if words[:size] == words[size: 2 * size]:
            return " ".join(words[:size])
    match = _RUN_IN_SECTION.match(text)
    if match and _title_case(match.group("title")) and _words(match.group("title")) <= _RUN_IN_MAX_WORDS:
        return match.group("title")
    return None


def _reads_as_heading(block: Block) -> bool:
    """A heading, or a line set like one: in capitals, or long and unpunctuated (the meeting
    title "Account of the ... held in Frankfurt ..., 6-7 March 2031" over its date)."""
    text = block.text.strip()
    if block.kind is not Kind.BODY or (text.isupper() and _words(text) <= _LONG_TITLE_WORDS):
        return True
    return not has_terminal_punctuation(text) and _words(text) <= _LONG_TITLE_WORDS


def _read_top(blocks: list[Block]) -> _Top:
    """Title, author, date and outlet from the lines above the prose."""
    top = _Top()
    fields = _fields(blocks)
    if fields:
        top.fielded = True
        top.title = fields["title"]
        author = fields.get("author") or fields.get("authors")
        top.author = _EMAIL.sub("", author).strip().rstrip(",") if author else None
        created = fields.get("created") or fields.get("date") or fields.get("published") or fields.get("pubdate") or fields.get("posted")
        top.published = parse_full_date(created) if created else None
        return top
    lines = [
        b for b in blocks[:12] if not _FORWARD_MARKER.match(b.text.strip())
    ]
    lines = [
        b for b in lines
        if b.kind not in (Kind.SEPARATOR, Kind.BOILERPLATE) or _dated_issue(b) or (_DATELINE_LABEL.match(b.text) and _is_dated(b.text))
        or (b.kind is Kind.BOILERPLATE and (_THREAD_FIELD.match(b.text) or issue_line(b.text) or _DATED_ISSUE_TITLE.match(b.text.strip())
                                            or _issue_parts(b.text) is not None))
        or (b.kind is Kind.BOILERPLATE and _words(b.text) <= _PARTS_MAX_WORDS and bool(_PART_SEPARATOR.search(b.text)) and _is_dated(b.text))
    ]
    candidates: list[str] = []
    byline_seen = after_info = False
    last_crumb = None  # a forum's breadcrumb trail ends with the thread, unless a title line follows
    trail_title: str | None = None  # the thread's title in quotes at the end of a trail from the index
    threaded = memo = address = False
    described: str | None = None  # a publication's name over the line that describes it
    indexed_under: int | None = None  # how many heading lines stood above a trail from the board's index
    crumb_site: str | None = None  # the site a breadcrumb trail opens with
    issue_of: str | None = None  # the name over an issue line: the publication, or the title when nothing follows
    issue_medium = False  # the issue line names the medium ("Members' newsletter"): the name is a publication's
    skip_line: str | None = None  # a line already read as a field's value
    listed = dated_list_lines(blocks)
    for position, block in enumerate(lines):
        text = block.text.strip()
        next_kind, next_text = _next_kind(lines, position)
        if skip_line is not None and text == skip_line.strip():
            skip_line = None
            continue  # a line already read as a field's value
        if position == 0 and (_CHAPTER.match(text) or _BARE_NUMBER.match(text)):
            top.title = _chapter_title(lines, 0)
            # "LECTURE III." / "ON THE SUPPLY OF CORN." / "Delivered at the X, February 9, 1880.": the day it was given
            given = next((b.text.strip() for b in lines[1:4] if _GIVEN_ON.match(b.text.strip())), None)
            top.published = parse_full_date(given) if given else None
            return top
        speaker = _SPEAKER_FIELD.match(text)
        if speaker:
            # The speaker a field names is the author of the speech (a meeting's "Chair:" is not).
            minutes = text.lower().startswith("secretary") and any("minutes" in b.text.lower() for b in lines[:position])
            if not _is_transcript(blocks) and not text.lower().startswith("chair") and not minutes:
                top.author = _names(speaker.group("name")) or top.author
            continue
        if _FILED.match(text) or _ATTENDANCE.match(text) or _YEARLESS_STAMP.match(text) or handling_line(text):
            continue  # "Tues 23 Mar, 10:40 local": a stamp without a year dates nothing and titles nothing
        desk_line = _DESK_FIELD.match(text)
        if desk_line is not None and candidates and _institution(desk_line.group("firm")):
            top.outlet = top.outlet or desk_line.group("firm")  # "Desk: G10 spot, Lowbridge Markets" under the note's name
            continue
        if position == 0 and (stamped := _DATE_STAMPED_TITLE.match(text)) is not None and (when := parse_full_date(stamped.group("when"))):
            top.published = top.published or when  # "FX MORNING CALL - 26 Nov 2031 - 07:05"
            candidates.append(stamped.group("title"))
            continue
        dated_by = _POSTED_DATE_BY.match(text)
        if dated_by is not None and candidates and (_is_dated(dated_by.group("when")) or _MONTH_DAY_ANYWHERE.search(dated_by.group("when"))
                                                    or parse_numeric_date(dated_by.group("when"))):
            # "Posted 3 May 2031 by Ada Marsh, senior reporter, The Harbour Review"; without a year
            # ("Posted Monday 2 October by ...") the day dates nothing, the name still signs.
            top.published = top.published or parse_full_date(dated_by.group("when")) or parse_numeric_date(dated_by.group("when"))
            top.author = top.author or _names(_IN_CATEGORY.sub("", dated_by.group("rest")))
            if "," in dated_by.group("rest"):
                top.outlet = top.outlet or _publication_part(dated_by.group("rest").rsplit(",", 1)[1])
            continue
        posted = _POSTED_ON.match(text)
        if posted is not None and candidates and (outlet := _posted_outlet(posted.group("outlet"))):
            # "Posted on the Saltmarsh blog, 3 May 2031, by Ada Marsh" under the title
            top.outlet = top.outlet or outlet
            top.published = top.published or publication_date(text)
            top.author = top.author or _delivered_by(text)
            continue
        if not candidates and (described := _DESCRIBED_PUBLICATION.match(text)) is not None and _name_phrase(described.group("name")):
            top.outlet = top.outlet or described.group("name").strip()  # "The Dry Spell \u2014 a weekly newsletter about water"
            continue
        if not candidates and position == 0 and _BARE_PERSON.match(text) and _plain_name(text) and _name_phrase(next_text) \
                and _SYNDICATE.search(next_text.strip()) and _words(next_text) <= _OUTLET_WORDS:
            # "Rowan Pike" over "Westmark Features Syndicate" over the headline: a syndicated columnist
            top.author = top.author or text
            top.outlet = top.outlet or next_text.strip()
            skip_line = next_text
            continue
        if candidates and (written := _WRITTEN_WHEN.match(text)) is not None:
            # "(Written at Hallby in the autumn of 1912.)" under the title: when the author wrote it
            top.published = top.published or parse_full_date(text) or dt.date(int(written.group("year")), 1, 1)
            continue
        if candidates and (reporter := _REPORT_OF.match(text)) is not None and (name := _names(_HONORIFIC.sub("", reporter.group("name")))):
            top.author = top.author or name  # "Report of the Chief Operating Officer, Dr Amara Quist" under a board paper's title
            continue
        if candidates and _VALIDITY.match(text):
            continue  # "Valid: December – February" under an outlook's title: the period it covers, not a heading
        if candidates and not byline_seen and (unit := _UNIT_OF_FIRM.match(text)) is not None and _institution(unit.group("firm")) \
                and not _BYLINE.match(text):
            top.outlet = top.outlet or _FOR_FROM.sub("", text).rstrip(".")  # "Epidemic Modelling Unit, Hallby School of Medicine" under the title
            continue
        if candidates and (firm := _name_post_firm(text)) is not None:
            top.outlet = top.outlet or firm  # "Ida Farrow, Senior Commodity Strategist, Hallby Capital": the firm she writes for
        if candidates and (issued := _issued_by(text)) is not None:
            # "Issued 31 October 2029 by the Long-range Forecasting Unit", "Published by the X Office on
            # <date>", "Issued by: X Agency": a unit that issues the text signs it (the guide, S17); a
            # whole body publishes it.
            body, when = issued
            top.published = top.published or when
            if _ISSUING_UNIT.search(body):
                top.author = top.author or body
            else:
                top.outlet = top.outlet or body
            continue
        if len(candidates) == 1 and _short_name(candidates[0]) and _DESCRIBING_MEDIUM.match(text) and not _COLUMN_WORD.search(text):
            # "The Furrow" over "A fortnightly letter on farm markets": a publication's name, the
            # publication when a headline follows (alone, it titles the issue)
            described = candidates[0]
            if (standfirst := _STANDFIRST_BY.search(text)) is not None and _plain_name(standfirst.group("name")):
                top.author = top.author or standfirst.group("name")
            continue
        if len(candidates) <= 1 and (issue := _issue_parts(text)) is not None and (not candidates or _short_name(candidates[0])) \
                and not _DATED_ISSUE_TITLE.match(text) and described is None:
            # "THE MILLER'S LEDGER" over "Vol. 7, No. 3 · March 2030": a publication's issue, never a headline
            top.published = top.published or issue[0]
            if candidates:
                issue_of, issue_medium = candidates[0], issue[1]
                candidates = []
            continue
        if len(candidates) == 1 and _IN_THIS_ISSUE.match(text):
            top.outlet = top.outlet or outlet_name(candidates[0])  # "X BRIEFING" over "In this issue:": the publication, no headline
            top.untitled = True
            return top
        if text.endswith(":") or _SALUTATION.match(text):
            break  # "My friends:", "The president said:", "Dear readers,": the body has begun
        chat = _CHAT_LINE.match(text)
        if chat is not None and not candidates and (_plain_name(chat.group("name")) or _HANDLE_NAME.match(chat.group("name"))):
            top.author = top.author or chat.group("name")  # "Ada Marsh  10:42 AM": a chat message's sender and time
            continue
        arrow_post = _POST_BY_ARROW.match(text)
        if arrow_post is not None:
            posters = {m.group("who") for b in blocks if (m := _POST_BY_ARROW.match(b.text.strip())) is not None}
            if len(posters) > 1:
                threaded = True  # a thread of several posters: no author (the guide, S11)
            else:
                top.author = top.author or _poster(arrow_post.group("who"))  # "Post by ada_m \u00bb Tue Mar 02, 2027 9:14 pm"
            top.published = top.published or publication_date(arrow_post.group("when"))
            continue
        if candidates and (series := _series_line(text)) is not None:
            top.outlet = top.outlet or series[0]  # "X Institute Working Paper No. 27-04, April 2027"
            top.published = top.published or series[1]
            continue
        if not candidates and _STREET_ADDRESS.match(text):
            address = top.addressed = True  # a letter's address: its lines are not a title
            continue
        if address and not candidates and _words(text) <= 4 and not has_terminal_punctuation(text) and not _is_dated(text):
            continue  # the town and the postcode under the street
        dateline = _NEWS_DATELINE.match(text)
        if dateline is not None:
            # "VELDHOVEN, 12/11/2024 (Market Report) — ...": the wire's dateline opens the story.
            top.outlet = top.outlet or _clean_outlet(dateline.group("outlet"))
            # Its date stands before the outlet or opens the story ("(Wire) — 4 March 2031 — ..."); a
            # date further into the story's first sentence is about something else.
            opening = _FULL_DATE.match(dateline.group("after").strip())
            before_outlet = text[: dateline.start("outlet")]
            top.published = top.published or parse_full_date(before_outlet) or (parse_full_date(opening.group(0)) if opening else None) \
                or parse_numeric_date(dateline.group("when"))
            break
        forum = _FORUM_POST.match(text)
        if forum is not None and not candidates:
            # "Re: Third Test predictions thread posted by dave » 11 Feb 2031, 22:14"
            candidates.append(forum.group("title"))
            top.published = top.published or publication_date(forum.group("when"))
            continue
        if _DOCUMENT_KIND_LINE.fullmatch(text) and position + 1 < len(lines):
            continue  # "MEDIA RELEASE" over the headline: the kind of document, not its title
        if position == 0 and _MEMO_LABEL.match(text):
            memo = True  # "Internal memo — Curriculum team, X": the kind of text, over To:/From:/Re: fields
            desk = desk_title(text)
            top.outlet = desk[1] if desk is not None else None
            continue
        if position == 0 and _email_header(lines):
            memo = True  # an e-mail's header: From:, To:, Date:, Subject: in any order
        if not memo and (sender := _FROM_FIELD.match(text)) is not None and (_institution(sender.group("name")) or _PUBLIC_BODY.match(sender.group("name"))):
            top.outlet = top.outlet or sender.group("name").strip()  # "From: Department for Local Transport" on a government page
            continue
        if memo and (sender := _FROM_FIELD.match(text)) is not None:
            parts = [p.strip() for p in _EMAIL.sub("", sender.group("name")).split(",")]
            if len(parts) >= 3 and _is_role(parts[1]) and _institution(parts[-1]):
                top.outlet = top.outlet or parts[-1]  # "From: Ada Marsh, Network Manager, X Delivery Network"
                top.author = top.author or _names(parts[0])  # the sender, not the network after the post
        if memo and _ADDRESSEE.match(text):
            continue
        if position == 0 and _COMMUNITY_ALONE.match(text) and len(lines) > 1 and _SUBMITTED_BY_U.match(lines[1].text.strip()):
            top.outlet = text  # "r/farming" over "Posted by u/x 2 days ago" over the post's title
            following = lines[2].text.strip() if len(lines) > 2 else ""
            if following and _words(following) <= _REDDIT_TITLE_WORDS:
                candidates.append(following)
                skip_line = following
            continue
        if position == 0 and (reddit := _SUBREDDIT_LINE.match(text)) is not None:
            top.outlet = reddit.group("sub")  # "r/X · Posted by u/y · 11h": the community
            threaded = True
            following = lines[1].text.strip() if len(lines) > 1 else ""
            if following and _words(following) <= _REDDIT_TITLE_WORDS:
                candidates.append(following)  # the post's title under it
            continue
        trail = _CRUMB_SEPARATOR.split(text) if _CRUMB_SEPARATOR.search(text) else _SLASH_TRAIL.split(text)
        if len(trail) >= 2 and _INDEX_CRUMB.match(trail[0].strip()):
            # "Board index \u2039 Transport \u2039 Ferries": the board's sections; a crumb in quotes
            # at its end is the thread's title ('Forums / Author News / "Book Six: ..."').
            indexed_under = indexed_under if indexed_under is not None else len(candidates)
            if is_wrapped_in_quotes(trail[-1].strip()):
                trail_title = trail[-1].strip()[1:-1]
                candidates.append(trail_title)
            else:
                last_crumb = last_crumb or trail[-1].strip()
            continue
        if (submitted := _SUBMITTED.match(text)) is not None:
            # "142 points by x 3 hours ago | 87 comments", "submitted 5 hours ago by x to r/y": the poster
            commenters = {m.group("who") for b in blocks if (m := _COMMENT_HEADER.match(b.text.strip())) is not None and not _SUBMITTED.match(b.text.strip())}
            if not commenters:  # a thread of comments under the link has no author (the guide, S11)
                top.author = top.author or submitted.group("poster") or submitted.group("submitter")
            top.outlet = top.outlet or submitted.group("sub")
            continue
        if candidates and _CTIME_LINE.fullmatch(text):
            top.published = top.published or _ctime_date(text)  # "Thu Nov 4 19:02:11 GMT 2032" under a list archive's sender
            continue
        if (archived := _LIST_ARCHIVE_SENDER.match(text)) is not None and candidates:
            # "Sam Gullane sgullane at example.org Wed Sep 3 20:14:05 BST 2031": a list archive's sender and day
            top.author = top.author or _names(archived.group("name"))
            top.published = top.published or _ctime_date(archived.group("when") or "")
            continue
        if not candidates and len(trail) >= 2 and all(_is_section(c) for c in trail[1:]) and _name_phrase(trail[0]) and _words(trail[0]) <= _OUTLET_WORDS:
            top.outlet = top.outlet or outlet_name(trail[0])  # "X News / Politics / Local": the site, then its sections
            continue
        if (mailbox := _FROM_FIELD.match(text)) is not None and _PUBLICATION_MAILBOX.search(mailbox.group("name")) is not None:
            top.outlet = top.outlet or _EMAIL.sub("", mailbox.group("name")).strip()  # "From: Island Dispatch <hello@...>": a newsletter, not a person
            continue
        if (thread := _thread_line(text, position, candidates, memo=memo)) is not None:
            threaded = threaded or thread.author is None
            if thread.author:
                top.author = top.author or thread.author
            if thread.crumbs:
                if candidates:
                    candidates.append(thread.crumbs[-1])  # "Board" over "General chat › <thread>"
                else:
                    candidates.append(thread.crumbs[0])  # the site, then its sections
                    crumb_site = thread.crumbs[0]
                    last_crumb = thread.crumbs[-1]
            elif thread.title:
                candidates.append(thread.title)
                last_crumb = None
            continue
        if (candidates or _REPRINT_FROM.match(text)) and (told := delivery_line(text)) is not None:
            # "A talk broadcast on the X, 14th October 1938, by Mrs. Ada Marsh" under the title
            top.author = top.author or told.author
            top.published = top.published or told.published
            top.outlet = top.outlet or told.outlet
            continue
        if candidates and (signed := _OUTLET_BY.match(text)) is not None and (by_name := _pen_name_or_names(signed.group("rest"))):
            top.author = top.author or by_name  # "Cageside Notes, by \"The Judge\" (Ada Marsh)"
            top.outlet = top.outlet or signed.group("outlet")
            continue
        if (candidates or next_kind is Kind.HEADING) and (office := _OFFICE_HOLDER.match(text)) is not None and _plain_name(office.group("name")):
            top.author = top.author or office.group("name")  # "Governor Ada Marsh" under the address's title
            continue
        if candidates and (issue := issue_line(text)) is not None:
            top.outlet = top.outlet or issue[0]  # "The Harbour Quarterly, May 2031" under the title
            top.published = top.published or issue[1]
            continue
        if candidates and (standfirst := _STANDFIRST_BY.search(text)) is not None and _plain_name(standfirst.group("name")):
            top.author = top.author or standfirst.group("name")  # "A weekly letter on ferries, by Ada Marsh" under the title
            continue
        if (hearing := _HEARING_BEFORE.match(text)) is not None:
            top.outlet = top.outlet or hearing.group("body")  # "HEARING BEFORE THE COMMITTEE ON X": the committee's record
            continue
        if candidates and _CALL_PARTICIPANTS.match(text):
            break  # "Corporate participants", "Operator": the call's transcript begins
        if len(candidates) == 1 and not top.outlet and _EPISODE.match(text) and _words(candidates[0]) <= _COLUMN_NAME_WORDS \
                and _name_phrase(candidates[0].title()):
            top.outlet = outlet_name(candidates[0])  # "THE HARBOUR HOUR" over "Episode 112: ...": the show
            candidates = [text]
            continue
        if candidates and _card_day(candidates[-1], text):
            continue  # the event's day and venue under its card's title
        if candidates and position > 0 and _GIVEN_BY_LINE.match(lines[position - 1].text.strip()) and (ending := _DATE_AT_END.search(text)) \
                and _name_phrase(text[: ending.start()].strip().rstrip(",")) and _words(text) <= _MAX_META_WORDS:
            # "Keynote speech by X, Director, Y" over "Annual Utilities Summit, 8 June 2033": the occasion and the day it was given
            top.published = top.published or parse_full_date(ending.group(0))
            continue
        if len(candidates) == 1 and position == 1 and candidates[0].isupper() and _words(candidates[0]) <= _COLUMN_NAME_WORDS \
                and _is_dated(text) and any(_PRICE_PART.match(p.strip()) or _EDITION_PART.match(p.strip()) for p in _PART_SEPARATOR.split(text)):
            # "THE ASHBY ARGUS" over "Saturday, April 6, 2030 \u00b7 Price 1.50": a paper's masthead over its issue
            top.outlet = top.outlet or outlet_name(candidates[0])
            top.published = top.published or next(filter(None, map(parse_full_date, _PART_SEPARATOR.split(text))), None)
            candidates = []
            continue
        handle_stamp = _HANDLE_AND_STAMP.match(text)
        if candidates and handle_stamp is not None and (when := publication_date(handle_stamp.group("when"))) is not None:
            posters = {m.group("handle") for b in blocks if (m := _ANY_POSTER_STAMP.match(b.text.strip())) is not None
                       and publication_date(m.group("when")) is not None}  # "harbourcat \u00b7 3 Sep 2031": another poster
            if len(posters) == 1:
                top.author = top.author or handle_stamp.group("handle")  # "slipway_sue \u00b7 3 June 2037, 21:04": the poster and the day
            top.published = top.published or when
            continue
        if _info_line(text, top):
            after_info = True
            continue
        if after_info and not candidates and _words(text) <= _INFO_TITLE_WORDS and next_kind is Kind.BODY:
            candidates.append(text)  # the headline under "Outlet · date · Name"
            continue
        under_masthead_only = len(candidates) == 1 and _masthead_outlet(candidates[0]) is not None
        if (not candidates or under_masthead_only) and dated_title(text) and _reads_as_heading(block):
            if _date_closes(text):
                # Under the body's own name, a meeting's record ending with its days is published
                # on the last of them ("... held on 21-22 January 2031"), as the guide dates minutes.
                top.published = top.published or publication_date(text) or (parse_full_date(text) if under_masthead_only else None)
            candidates.append(text)  # "What October 29, 1929 taught us": a title, not a date of issue
            continue
        if block.kind is Kind.BODY and _words(text) > _TITLE_BODY_WORDS:
            if position == 0 and (run_in := _run_in_title(text)):
                candidates.append(run_in)  # a page whose line breaks were lost
            break  # prose: a date in it is about something else
        presides = _PRESIDES.match(text)
        if presides is not None:
            top.outlet = top.outlet or presides.group("org")
        date = None
        if block.list_item or block.index in listed:
            pass  # "1. 12 March 2027 \u2014 tunnel survey", a timeline's row: an item of a list, never the text's date
        elif block.kind is not Kind.BODY or _words(text) <= _MAX_META_WORDS:
            date = publication_date(text) or (numeric_publication_date(text) if re.search(r"posted|updated|\d[./]\d|\d-\d\d?-(?:19|20)\d\d", text, re.IGNORECASE) else None)
            if date is None and _words(text) <= 3:
                date = parse_month_year(text)
            if date is None and (label := _DATELINE_LABEL.match(text)) is not None:
                date = parse_month_year(text[label.end():])  # "Published June 2027" on a report's cover
        elif (ending := _DATE_AT_END.search(text)) is not None and not _SPAN_BEFORE.search(text[: ending.start()]) and not _prose(block) \
                and not _day_in_a_clause(text[: ending.start()]) and len(_FULL_DATE.findall(text)) == 1:
            # "... Held at the Astor Hotel, New York January 24, 1917": a header line that ends with its date.
            date = parse_full_date(ending.group(0))
        if date is not None and candidates and _card_day(candidates[-1], text):
            continue  # the day of the event under its card's title, not the date of issue
        if date is not None and len(candidates) == 1 and _institution(candidates[0]) and _DATED_ISSUE_TITLE.match(text):
            # "Orrin Primary School" over "Newsletter \u2014 19 May 2028": the body and its dated issue
            top.published = top.published or date
            top.outlet = top.outlet or candidates[0]
            candidates = [text]
            continue
        if date is not None or is_meta_line(text) or "posted:" in text.lower():
            top.published = top.published or date
            person = _person_line(text) if date is not None else None
            byline_seen = byline_seen or bool(_BYLINE.match(text))
            if person and candidates:
                top.author = top.author or person
            continue
        if _is_section(text) or _CONTENTS.match(text) or _section_trail(text) or _LETTERS_HEADING.match(text) or _DESK_HEADING.match(text):
            continue  # "News / Regions / Transport", "Letters to the editor", "Altcoin Discussion": where the piece is filed
        paged = [p for p in _PART_SEPARATOR.split(text) if not _PAGE_NUMBER.match(p.strip())]
        if len(paged) == 1 and paged[0] != text and not candidates:
            if _institution(paged[0]):
                top.outlet = top.outlet or paged[0].strip()  # "X Authority | Page 1 of 40": a running header
            continue
        if _EMBARGO.match(text) or _REFERENCE.match(text):
            continue  # "EMBARGOED UNTIL ...", "Ref: HRRA/2029/014": a release's handling, a file's number
        if _PROVIDED_BY.match(text):
            provider = _next_short_line(lines, position, 1)
            if provider is not None and _institution(provider):
                top.outlet = top.outlet or provider.strip()  # "NEWS PROVIDED BY" over the body that issues it
                skip_line = provider
            continue
        if len(candidates) == 1 and _is_masthead(candidates[0]) and any(map(_is_section, _PART_SEPARATOR.split(text)[1:])):
            continue  # "Tides | Column" under the masthead: the section's label
        if not candidates and next_kind is Kind.HEADING and (person := _placed_person(text)):
            top.author = top.author or person  # "Kemi Oyelaran in Lagos" above the title
            byline_seen = True
            continue
        if candidates and (credit := _CREDIT.match(text)) is not None and (name := _names(credit.group("names"))):
            top.author = top.author or name  # "Words: Ada Marsh", "Analyst: Ada Marsh" under the headline
            byline_seen = True
            continue
        if candidates and (person := _person_line(text)):
            honorific = text.split()[0].rstrip(".") in ("Prof", "Professor", "Dr", "Sir")
            under_masthead = len(candidates) == 1 and _is_masthead(candidates[0])
            role_below = _words(next_text) <= 4 and _is_role(next_text)  # "Marta Ilves" over "Transport correspondent"
            if not _BARE_PERSON.match(text) or honorific or under_masthead or _is_dated(next_text) or next_kind is Kind.BODY or role_below:
                top.author = top.author or person
                byline_seen = True
                continue
        if candidates and _ALL_CAPS_NAME.match(text) and text.lower() not in _DOCUMENT_HEADINGS and position > 0 and _is_dated(lines[position - 1].text):
            top.author = top.author or text  # "HAMILTON" under "For the Independent Journal. <date>"
            continue
        if block.kind is Kind.BODY:
            # Prose, unless a short line under which an author or a heading follows (a title
            # with its own punctuation: "Go 2, here we come!", "Forecasting Newsletter: June 2020.").
            short_first = not candidates and position == 0 and _words(text) <= 8 and next_kind is Kind.HEADING
            # "Speech by the Minister for Islands, Tomas Greer MP, to the ..." over its place and day
            short_first = short_first or (not candidates and position == 0 and (_SPEECH_BY.match(text) is not None or _REMARKS_OF.match(text) is not None)
                                          and _words(text) <= _TITLE_BODY_WORDS and not has_terminal_punctuation(text))
            prose_next = next_kind is Kind.BODY or next_text.startswith("Dear ")  # a letter's salutation
            # Under a section's label only ("EXPLAINER"), a headline over the line of parts that dates it.
            under_label = not candidates and position > 0 and all(_is_section(b.text.strip()) for b in lines[:position])
            dated_below = under_label and _words(text) <= _TITLE_BODY_WORDS and next_kind is Kind.HEADING and _is_dated(next_text)
            under_column = len(candidates) == 1 and _column_name(candidates[0]) and _QUESTION_END.search(text) is not None
            if short_first or dated_below or under_column or (not candidates and position == 0 and prose_next and _headline_sentence(text)):
                delivered = _AS_PREPARED_END.search(text)
                candidates.append(text[: delivered.end()] if delivered is not None and _REMARKS_OF.match(text) else text)
                continue
            if candidates and _MINUTES_LINE.match(text) and _words(text) <= _TITLE_BODY_WORDS and not _prose(block) \
                    and all(c.isupper() for c in candidates):
                candidates.append(text)  # "UNIVERSITY OF X" over "SENATE" over "Minutes of the 212th meeting, held ..."
                continue
            if len(candidates) == 1 and _site_and_section(candidates[0]) and _words(text) <= _TITLE_BODY_WORDS and not _prose(block) \
                    and not _is_dated(text):
                candidates.append(text)  # the thread's title under "Site \u00b7 Section"
                continue
            if _words(text) <= _TITLE_BODY_WORDS and _POST_BY_ARROW.match(next_text.strip()) and not _is_dated(text):
                candidates.append(text)  # the thread's title over its first post's header
                continue
            if candidates and _title_case(text) and _words(text) <= _TITLE_BODY_WORDS:
                continue  # a subtitle: "The Utility of the Union in Respect to Commercial Relations and a Navy"
            elif _words(text) <= _TITLE_BODY_WORDS and (_person_line(next_text) is not None or _BYLINE.match(next_text)) and not _is_dated(text):
                candidates.append(text)
                continue  # the author's line comes next
            break
        if byline_seen and candidates and _organisation(text):
            continue  # "HARVARD COLLEGE OBSERVATORY" under the byline: the writer's affiliation
        candidates.append(text)
    if indexed_under == 1 and len(candidates) >= 2 and trail_title is None and _short_name(candidates[0]):
        # "GrainTalk" over "Board index » Markets » Grain" over the thread's title: the site, then the thread
        top.outlet = top.outlet or outlet_name(candidates[0])
        candidates = candidates[1:]
    if crumb_site is not None and len(candidates) >= 2 and candidates[0] == crumb_site and last_crumb is None and not _is_section(crumb_site) \
            and not _INDEX_CRUMB.match(crumb_site):
        # "GrainTalk » Markets » <thread>" then "Topic: <thread>": the trail's first crumb is the site
        top.outlet = top.outlet or outlet_name(crumb_site)
        candidates = candidates[1:]
    if described is not None and len(candidates) >= 2 and candidates[0] == described:
        top.outlet = top.outlet or outlet_name(described)
        candidates = candidates[1:]
    if issue_of is not None:
        if candidates or issue_medium:
            top.outlet = top.outlet or outlet_name(issue_of)  # a headline under the issue: the name is the publication
            top.untitled = not candidates  # "Members' newsletter · Autumn 2029" and no headline: the issue is untitled
        else:
            candidates = [issue_of]  # "Dairy Markets Bulletin" over "Volume 12, Number 40" alone: the bulletin's title
    if not candidates:
        return top
    if last_crumb is not None and len(candidates) == 1:
        candidates.append(last_crumb)
    candidates = [_FORUM_FLAG.sub("", c) for c in candidates]  # "(pinned)": the forum's flag, not the title's
    if len(candidates) >= 2 and _SITE_NAME.search(candidates[0]) and not _DASH_SEPARATOR.search(candidates[0]):
        top.outlet = top.outlet or outlet_name(candidates[0])  # "X Discussion Boards" over the thread's title
        candidates = candidates[1:]
    if trail_title is not None and len(candidates) >= 2 and candidates[0] != trail_title:
        top.outlet = top.outlet or outlet_name(candidates[0])  # the site's name over 'Forums / ... / "<thread>"'
        candidates = [trail_title]
    if threaded:
        top.thread_date = first_post_date(blocks)  # the dated lines near the top are its posts' headers
    if len(candidates) >= 3 and _ISSUE_NUMBER.fullmatch(candidates[1]) and _words(candidates[0]) <= _COLUMN_NAME_WORDS:
        # "THE TIDE CLOCK" over "Issue 41" over the headline: a publication's name and its issue.
        top.outlet = top.outlet or outlet_name(candidates[0])
        candidates = candidates[2:]
    named_at_foot = foot_publication(blocks)
    if len(candidates) >= 2 and named_at_foot is not None and outlet_name(candidates[0]).lower() == named_at_foot.lower():
        # "The Junction" over the headline, and "Thanks for reading The Junction!" at the foot:
        # the first line is the publication's name, not the piece's title.
        top.outlet = top.outlet or named_at_foot
        candidates = candidates[1:]
    first = candidates[0]
    desk = desk_title(first)
    if desk is not None:
        top.title, top.masthead = desk
        return top
    minutes = next((c for c in candidates[1:3] if _MINUTES_LINE.match(c)), None)
    if minutes is not None and not _MINUTES_LINE.match(first) and all(c.isupper() or _institution(c) for c in candidates[: candidates.index(minutes)]):
        top.title = minutes  # "UNIVERSITY OF X" over "SENATE" over "Minutes of the 212th meeting, held ...": the record's own title
        body = next((c for c in candidates[: candidates.index(minutes)] if _institution(c) or _PARISH_BODY.search(c)), None)
        if body is not None:
            top.masthead = outlet_name(body)  # the body over its record publishes it, not the committee the title names
            top.outlet = top.outlet or top.masthead
        return top
    if _DOMAIN.fullmatch(first) and len(candidates) > 1:
        top.outlet = top.outlet or first  # "forum.vell-lang.org" over the thread's title: the site
        top.title = candidates[1].strip("\"\u201c\u201d")
        return top
    own = _DASH_SEPARATOR.split(first)
    if len(own) == 2 and _words(own[0]) <= 4 and _name_phrase(own[0]) and not own[0].isupper() and _JOURNAL_END.search(own[0]) \
            and own[1][:1].isupper() and not _is_dated(own[0]):
        top.outlet = top.outlet or own[0].strip()  # "Slow Money Diary \u2014 March update: ...": the diary, then the post
        top.title = own[1].strip()
        return top
    show = _SHOW_EPISODE.match(first)
    if show is not None and _name_phrase(show.group("show").title()) and _words(show.group("show")) <= _COLUMN_NAME_WORDS:
        top.outlet = top.outlet or outlet_name(show.group("show"))  # "BITRATE \u2014 Episode 203: ...": the show, then the episode
        top.title = show.group("episode")
        return top
    site = _site_and_section(first)
    if site is not None and len(candidates) > 1:
        top.outlet = top.outlet or site  # "AnglersTalk \u00b7 Sea Fishing" over the thread's title: the site and its section
        top.title = candidates[1]
        return top
    named = _name_then_document(first)
    if named is not None and len(candidates) == 1:
        top.outlet, top.title = named  # "Brenmoor Water \u00b7 Drought plan update": the body, then its document
        return top
    texts = [b.text.strip() for b in lines]
    at = [next((i for i, t in enumerate(texts) if c in t), -1) for c in candidates[:2]]
    adjacent = len(at) == 2 and at[0] >= 0 and at[1] == at[0] + 1
    # Under a firm's line, lines between that only date, number or file the text ("Ref. PR 41/2029",
    # "14.10.2029") keep the headline under it.
    filed_between = len(at) == 2 and at[0] >= 0 and at[1] > at[0] and all(_filing_line(t) for t in texts[at[0] + 1:at[1]])
    firm = _firm_and_note(candidates, adjacent=filed_between)
    if firm is not None:
        top.masthead, top.title = firm
        top.outlet = top.outlet or top.masthead
        return top
    masthead = _masthead_and_title(candidates)
    if masthead is not None:
        top.masthead, top.title = masthead
        top.masthead = outlet_name(top.masthead)  # "PEBBLE & BROOM NEWSLETTER": the newsletter's name
        top.outlet = top.outlet or top.masthead
        top.published = top.published or parse_month_year(top.title.rstrip("."))
        issue = next((c for c in candidates[1:] if _ISSUE_DATE.fullmatch(c)), None)
        top.published = top.published or (_stated_date(issue) if issue else None)  # "Spring 2031" under the masthead
        return top
    parts = _PART_SEPARATOR.split(first)
    issued = [_loose_issue(p) for p in parts] if len(parts) == 2 else []
    if len(parts) == 2 and any(issued) and _is_section_word(parts[0]):
        # "Viewpoint | Primary Care Prescriber, January 2031" over the headline: section, paper, issue
        outlet, published = next(i for i in issued if i)
        top.outlet = top.outlet or outlet
        top.published = top.published or published
        top.title = candidates[1] if len(candidates) > 1 and adjacent else None
        return top
    if len(parts) == 2 and _EPISODE.match(parts[1].strip()) and len(candidates) > 1 and _name_phrase(outlet_name(parts[0]).title()):
        # "Grain & Reason podcast · Episode 52" over the episode's title: the show, then the episode
        top.outlet = top.outlet or outlet_name(parts[0])
        top.title = candidates[1]
        return top
    if len(parts) == 2:
        sections = [p for p in parts if _is_section(p)]
        outlet_part = next((p for p in parts if not _is_section(p)), parts[0]) if sections else None
        if outlet_part is None:
            # "STAGE 9 PREVIEW | route", "HARBOURSIDE MARATHON 2026 | ...": a part in capitals with a figure is a label, not a name
            outlet_part = next((p for p in parts if p.isupper() and not re.search(r"\d", p)), None) or next((p for p in parts if _organisation(p)), None)
            outlet_part = outlet_part or next((p for p in parts if _institution(p)), None)  # "Weekly Wrap | X & Y Securities"
        if outlet_part is not None:
            top.outlet = outlet_part
            rest = [p for p in parts if p is not outlet_part and not _is_section(p)]
            top.title = rest[0] if rest else (candidates[1] if len(candidates) > 1 else None)
            if rest and outlet_part.isupper() and len(candidates) > 1 and adjacent and _words(rest[0]) <= 3 and not rest[0].isupper():
                top.title = candidates[1]  # "FIRM BANK | Economics Flash" over the headline: the note's kind, then its title
            return top
    held = _ANY_DASH_PARTS.split(first)
    if len(held) == 2 and (holder := _OFFICE_HOLDER_LINE.match(held[0].strip())) is not None and not _is_dated(held[1]) and _title_case(held[1]):
        top.author = top.author or holder.group("name")  # "Mayor Lucinda Okafor-Brandt - State of the City Address"
        top.title = held[1].strip()
        return top
    dashed = _DASH_SEPARATOR.split(first)
    if len(dashed) == 2:
        named = [p for p in dashed if _organisation(p) and not _is_section(p)]
        if named:
            top.outlet = named[0]
            other = dashed[1] if named[0] is dashed[0] else dashed[0]
            top.title = (candidates[1] if len(candidates) > 1 else None) if _is_section(other) else first
            if _BROADCASTER.match(named[0]) and len(candidates) > 1 and adjacent:
                top.title = candidates[1]  # "Morning Report \u2014 Radio X" over the item's headline: the programme is no title
            return top
    top.title = first
    if len(candidates) > 1 and adjacent and _headline_shaped(candidates[1]):
        second = candidates[1]
        medium = _NAME_AND_MEDIUM.match(first)
        body = _body_name(first)
        brand = _BRAND_AND_COLUMN.match(first)
        if medium is not None and _name_phrase(medium.group("name")):
            top.title, top.outlet = second, top.outlet or medium.group("name")  # "Kelpie Games blog" over the post's headline
            return top
        if brand is not None and _name_phrase(brand.group("brand")) and _words(brand.group("brand")) <= 4 and not brand.group("brand").isupper():
            top.title, top.outlet = second, top.outlet or brand.group("brand")  # "Oar & Rowlock - Regatta Picks" over the card
            return top
        if (holder := _OFFICE_HOLDER_LINE.match(first)) is not None:
            top.title, top.author = second, top.author or holder.group("name")  # "Mayor Joan Ferrier" over the address's name
            return top
        if body is not None and not _institution(second) and not _organisation(second):
            top.title = second  # "Tarrowby Water Regulation Authority (TWRA)" over the outlook's own title
            if not _LEGISLATURE.search(body):
                top.outlet = top.outlet or body  # a legislature is where a speech is given, not its publisher
            return top
    if len(candidates) > 1:
        second = candidates[1]
        named_part = _organisation(_DASH_SEPARATOR.split(second)[0]) if _DASH_SEPARATOR.search(second) else None
        if _organisation(second) and not _organisation(first):
            top.outlet = _organisation(second)
        elif named_part and not _organisation(first):
            top.outlet = top.outlet or named_part  # "HARBOUR SERVICE — WIRE SUMMARY Issued ..."
        elif _is_masthead(first) or (_MASTHEAD_NAME.match(first) and top.published is not None):
            top.title, top.outlet = second, outlet_name(first)
        elif _institution(second) and not _institution(first) and not _AFFILIATION.match(second):
            top.outlet = top.outlet or second  # "X Meteorological Service - Forecast Centre" under the product's name
        elif adjacent and _column_name(first) and _headline_under(second, first):
            # "THE COUNTING ROOM" over "Shoppers are tired. Retailers ...": the column's (or the
            # body's) name in capitals, then the piece's own headline; a column is not the outlet.
            top.title = second
            top.outlet = top.outlet or (first if _institution(first) or _organisation(first) else None)
    if top.published is None and top.title:
        top.published = parse_month_year(top.title.rstrip("."))
    return top


_COLUMN_WORD = re.compile(r"\b(?i:column)\b")  # a column's name is not the outlet (the guide, S17)
# "Altcoin Discussion", "Awards Season subforum": a board's section, filed under.
_FORUM_SECTION = re.compile(r"^[A-Z][\w'\u2019&-]*(?:\s+[\w'\u2019&-]+){0,3}\s+(?:Discussions?|subforum|Subforum|sub-forum)$")
_AS_PREPARED_END = re.compile(r"\bas\s+prepared\s+for\s+delivery\b", re.IGNORECASE)  # the end of a speech's title
_DOMAIN = re.compile(r"(?:[a-z0-9-]+\.)+(?:org|com|net|io|co\.uk|uk|info|dev|example)")
_ANY_POSTER_STAMP = re.compile(r"^(?P<handle>\S{2,30})\s+(?:\u00b7|\||\u2014|\u2013|-)\s+(?P<when>.{6,40})$")
_HANDLE_AND_STAMP = re.compile(r"^(?P<handle>[a-z][a-z0-9.-]*[_\d][a-z0-9_.-]*)\s+(?:\u00b7|\||\u2014|\u2013|-)\s+(?P<when>.{6,40})$")
# "Slow Money Diary", "Quiet Money Journal": a one-person publication named by its kind.
_JOURNAL_END = re.compile(r"\s(?:Diary|Journal|Notebook|Logbook|Letter)$")
_SHOW_EPISODE = re.compile(r"^(?P<show>[^\u2014\u2013|:]{2,40}?)\s+(?:\u2014|\u2013|--|-)\s+(?P<episode>(?:Episode|EPISODE|Ep\.?)\s*\d{1,4}\s*:\s*\S.*)$")
# "AnglersTalk \u00b7 Sea Fishing", "SCREENBUFFS community \u00b7 Awards Season subforum", "MoneyWise Talk \u00b7 Mortgages"
_SITE_WORD = re.compile(r"\s+(?:community|forums?|boards?)$", re.IGNORECASE)
# "Kelpie Games blog", "Orrinford Studio newsletter": a name and its medium in lower case.
_NAME_AND_MEDIUM = re.compile(r"^(?P<name>[A-Z][\w'\u2019&.-]*(?:\s+[A-Z&][\w'\u2019&.-]*){0,4})\s+(?:blog|newsletter|podcast|magazine|journal|diary)$")
# "Oar & Rowlock - Regatta Picks", "Crease & Boundary - Playoff Picks": a brand, then its column of picks.
_BRAND_AND_COLUMN = re.compile(
    r"^(?P<brand>[A-Z][^\u2014\u2013|:]{1,40}?)\s+(?:\u2014|\u2013|--|-)\s+(?:[A-Z][\w'\u2019-]*\s+){0,3}(?i:picks|tips|predictions|preview|previews|bets)$"
)
_OFFICE_HOLDER_LINE = re.compile(
    r"^(?:Mayor|Treasurer|Premier|Governor|Minister|Senator|President|Chancellor|Councillor|Cllr\.?)\s+(?P<name>[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'\u2019-]+){1,2})$"
)
_LEGISLATURE = re.compile(r"\b(?i:assembly|parliament|senate|congress|legislature|house\s+of\s+\w+)\b")
_BRACKETED_INITIALS = re.compile(r"\s+\((?P<initials>[A-Z]{2,6})\)$")
# "Fellside Public Health", "Varnholm City Public Health": a public body named by its place and its field.
_PLACE_PUBLIC_BODY = re.compile(r"^(?:[A-Z][\w'\u2019-]+\s+){1,3}(?:Public\s+Health|Health\s+Protection|Civil\s+Defence|Emergency\s+Management)$")


_SITE_SECTION_SEPARATOR = re.compile(r"\s+[|\u00b7\u2022\u203a]\s+")


def _site_and_section(text: str) -> str | None:
    """The site of a "Site \u00b7 Section" line over a thread's title: a short name, then a section
    of a few words, with no date ("CanalHub \u203a Waterways Chat" is the same line as a trail of two)."""
    parts = [p.strip() for p in _SITE_SECTION_SEPARATOR.split(text)]
    if len(parts) != 2 or _is_dated(text) or any(_words(p) > 4 for p in parts) or has_terminal_punctuation(text):
        return None
    site = _SITE_WORD.sub("", parts[0]).strip()
    if _is_section(parts[0]) or _is_section_word(parts[0]) or _PUBLICATION.match(parts[1]) or _PAPER_END.search(parts[1]) \
            or _institution(parts[0]) or _organisation(parts[0]):
        return None  # "Business | The Lowbridge Ledger": a section, then the paper
    if not site or _words(site) > 3 or not _name_phrase(site.title()) or _institution(parts[1]) or _organisation(parts[1]):
        return None
    if not (_FORUM_SECTION.match(parts[1]) or _SITE_WORD.search(parts[0]) or _name_phrase(parts[1])):
        return None
    return site


def _name_then_document(text: str) -> tuple[str, str] | None:
    """"Brenmoor Water \u00b7 Drought plan update": a body's short name, then the name of its document in
    sentence case (the guide, S19: the product is the title)."""
    parts = [p.strip() for p in _PART_SEPARATOR.split(text)]
    if len(parts) != 2 or _is_dated(text) or has_terminal_punctuation(text):
        return None
    name, document = parts
    doc_words = document.split()
    if _words(name) > 4 or not _name_phrase(name) or name.isupper() or _is_section(name) or _is_section(document):
        return None
    if len(doc_words) < 2 or not doc_words[0][:1].isupper() or not all(w[:1].islower() or not w[:1].isalpha() for w in doc_words[1:]):
        return None
    return name, document


def _body_name(text: str) -> str | None:
    """The body a line over the title names: an organisation, with its initials in brackets dropped
    ("Tarrowby Water Regulation Authority (TWRA)"), or a public body named by place and field."""
    text = _plain(text).strip()
    initials = _BRACKETED_INITIALS.search(text)
    bare = text[: initials.start()] if initials is not None else text
    if _PLACE_PUBLIC_BODY.match(bare):
        return bare
    if initials is not None and _institution(bare):
        return bare
    if initials is None and _LEGISLATURE.search(bare) and _name_phrase(bare) and _words(bare) <= 5:
        return bare
    return None


def _headline_shaped(text: str) -> bool:
    """A line that can be a document's own title under a name: not a date, a byline or a name."""
    return _words(text) <= _TITLE_BODY_WORDS and not _is_dated(text) and _person_line(text) is None and not _BYLINE.match(text) \
        and not _PART_SEPARATOR.search(text)
_DESCRIBING_MEDIUM = re.compile(rf"^(?:A|An)\s+(?:[\w-]+\s+){{0,3}}{_MEDIA}\b[^.!?]{{0,60}}$")
_SHORT_NAME_WORDS = 6


def _short_name(text: str) -> bool:
    """A short name with no sentence's punctuation: a publication's name, not a headline."""
    return _words(text) <= _SHORT_NAME_WORDS and not has_terminal_punctuation(text) and ":" not in text and not _is_dated(text)


_ISSUE_LINE_WORDS = 12
_ISSUE_SEPARATOR = re.compile(rf"{_PART_SEPARATOR.pattern}|{_DASH_SEPARATOR.pattern}")


def _issue_parts(text: str) -> tuple[dt.date | None, bool] | None:
    """(published, names the medium) from a line whose parts are only an issue's number, its day,
    month or season and the medium ("No. 118 — 19 October 2029", "Members' newsletter · Autumn
    2029", "Volume 12, Number 40"), or None."""
    if _words(text) > _ISSUE_LINE_WORDS:
        return None
    parts = [p.strip() for p in _ISSUE_SEPARATOR.split(text.strip()) if p.strip()]
    numbered = medium = False
    published = None
    for part in parts:
        if _ISSUE_NUMBER.fullmatch(part.rstrip(".")):
            numbered = True
        elif _words(part) <= 3 and re.search(rf"\b{_MEDIA}$", part):
            medium = True
        elif (when := _stated_date(part)) is not None and (_ISSUE_DATE.fullmatch(part) or _BARE_DATE.fullmatch(part.rstrip("."))):
            published = published or when
        else:
            return None
    return (published, medium) if numbered or (medium and published) else None


_ISSUED_BY = re.compile(
    r"^(?i:published|issued|released)(?P<before>\s+[^:]{4,40}?)?\s+(?i:by)\s*:?\s+(?:(?i:the)\s+)?"
    r"(?P<body>[A-Z][^,]{2,60}?)(?:,?\s+(?i:on)\s+(?P<when>.{6,40}?))?\.?$"
)
_ISSUING_UNIT = re.compile(r"\b(?i:unit|team|desk|division|directorate|section|secretariat|press\s+office|committee|group|panel)$")


def _issued_by(text: str) -> tuple[str, dt.date | None] | None:
    """(body, day) from a line saying who issued or published the text and when, or None."""
    match = _ISSUED_BY.match(text.strip())
    if match is None or not (_institution(match.group("body")) or _ISSUING_UNIT.search(match.group("body"))):
        return None
    before, when = match.group("before"), match.group("when")
    day = (parse_full_date(before) if before else None) or (parse_full_date(when) if when else None)
    if (before and day is None) or (when and day is None):
        return None
    return match.group("body").strip(), day


_GIVEN_ON = re.compile(r"^(?i:delivered|read|given|preached|spoken)\s+(?:at|before|to|in)\s+[^.]{3,80}?,?\s+\S.{4,30}\.?$")
_REPRINT_FROM = re.compile(r"^(?i:from|reprinted\s+from)\s+(?:[\"\u201c]|THE\s|The\s)")  # 'From THE X REVIEW, Vol. XII, November 1898.' over the title
_WRITTEN_WHEN = re.compile(r"^\(?(?i:written|composed|penned)\b[^()]{0,80}?\b(?P<year>(?:1[5-9]|20)\d\d)\.?\)?\.?$")
_REPORT_OF = re.compile(rf"^(?i:report|paper|note|statement)\s+(?i:of|by|from)\s+(?i:the)\s+[^,]{{3,60}},\s+(?P<name>(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?{_PERSON_PATTERN})\.?$")
_VALIDITY = re.compile(r"^(?i:valid(?:ity)?(?:\s+(?:from|until|for|period))?|period\s+covered|covering|applies\s+to)\s*:?\s+\S")


def _name_post_firm(text: str) -> str | None:
    """The firm in "Name, Post, Firm" (a name, a post that is no organisation, then an organisation), or None."""
    parts = [p.strip() for p in text.strip().rstrip(".").split(",")]
    if len(parts) != 3 or not _BARE_PERSON.match(parts[0]) or not _plain_name(parts[0]):
        return None
    if _words(parts[1]) > 5 or (_institution(parts[1]) and not _OFFICE_POST.match(parts[1])) or not parts[1][:1].isupper() \
            or not _institution(parts[2]):
        return None
    return parts[2]


def _filing_line(text: str) -> bool:
    """A header line that only dates, numbers or files the text: no headline of its own."""
    return _is_dated(text) and _words(text) <= _DATE_LINE_WORDS or bool(_REFERENCE.match(text) or _ISSUE_NUMBER.fullmatch(text) or _EMBARGO.match(text))


# "Department of Transport Studies, University of Halden": where a paper's authors work, not its publisher.
_AFFILIATION = re.compile(r"^(?i:department|dept\.?|school|faculty|institute|centre|center|laboratory|division)\s+(?i:of|for)\b[^,]{2,60},\s*(?i:the\s+)?(?:University|College|Institute)\b")


# "---------- Forwarded message ---------": a mail client's marker, never a title.
_FORWARD_MARKER = re.compile(r"^(?:-{2,}\s*)?(?i:forwarded\s+message|original\s+message|begin\s+forwarded\s+message)\s*:?\s*-*$")
# "Newsletter \u2014 19 May 2028": an issue titled by its kind and its day.
_DATED_ISSUE_TITLE = re.compile(
    rf"^(?i:newsletter|bulletin|update|briefing|digest|notes|circular)\s*(?:[\u2014\u2013:,-]|--)\s*(?:[A-Za-z]+day,?\s+)?{_FULL_DATE.pattern}\.?$",
    re.IGNORECASE,
)
# "Ada Marsh  10:42 AM": a chat export's sender and the message's time.
_CHAT_LINE = re.compile(
    rf"^(?P<name>{_PERSON}|[a-z][a-z0-9_.]{{2,30}})\s+(?:(?:[\u2014\u2013]|--|-)\s+)?(?:(?i:today|yesterday)\s+(?i:at)\s+)?"
    r"\d{1,2}:\d\d(?:\s*[AaPp]\.?[Mm]\.?)?$"
)  # "seagull_sam \u2014 Today at 8:14 PM" too
# "Post by ada_m \u00bb Tue Mar 02, 2027 9:14 pm": a bulletin board's post header.
_POST_BY_ARROW = re.compile(r"^(?i:post(?:ed)?\s*)?(?i:by)\s+(?P<who>@?[\w.'\u2019-]{2,30})\s+\u00bb\s+(?P<when>\S.{4,40})$")
# "14 Orchard Row", "221B Baker Street": the first line of a letter's address.
_PUBLIC_BODY = re.compile(r"^(?:Department|Ministry|Office|Agency|Bureau|Commission|Council)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,4}$")
_STREET_ADDRESS = re.compile(
    r"^\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}(?i:street|st|road|rd|lane|ln|row|avenue|ave|close|drive|dr|way|"
    r"terrace|place|square|crescent|court|gardens|hill|walk|parade|mews|grove|green|boulevard|blvd|quay)\.?,?$"
)
# "Orrin Institute Working Paper No. 27-04, April 2027": the body whose series the paper is in, and its issue.
_SERIES_LINE = re.compile(
    r"^(?P<org>[A-Z][\w&'\u2019.-]*(?:\s+(?:of\s+|and\s+|for\s+|&\s+)?[A-Z][\w&'\u2019.-]*){0,6})\s+"
    r"(?i:working|discussion|occasional|policy|research|staff|technical|briefing)\s+(?i:papers?|notes?|briefs?|reports?)"
    r"(?:\s+(?i:series))?\s*(?:(?:(?i:no\.?|number|#)\s*)?[\w./-]*\d[\w./-]*)?\s*(?:,\s*(?P<when>.+?))?\.?$"
)


def _series_line(text: str) -> tuple[str, dt.date | None] | None:
    """(outlet, published) from a paper's series line, when the series is an institution's."""
    match = _SERIES_LINE.match(text.strip())
    if match is None or not _institution(match.group("org")):
        return None
    return match.group("org"), _stated_date(match.group("when")) if match.group("when") else None


# "Issue 41", "No. 212", "Vol. 3, No. 4": an issue of a publication, under its name.
_ISSUE_NUMBER = re.compile(r"(?i:issue|no\.|number|vol\.|volume)\s*[\dIVXLC]+(?:,?\s*(?i:no\.|number|issue)\s*\d+)?")
# "MEDIA RELEASE", "Press statement", "FACT SHEET": what kind of document follows.
_DOCUMENT_KIND_LINE = re.compile(
    r"(?i:(?:media|press|news)\s+(?:release|statement|advisory|notice)(?:\s+(?:no\.?\s*)?[\w./-]*\d[\w./-]*)?|fact\s+sheet|briefing\s+note|public\s+notice|news\s+alert"
    r"|an?\s+(?:essay|lecture|address|sermon|paper|poem|story|memoir|dialogue)"
    r"|statistical\s+(?:release|bulletin|notice|report)|official\s+statistics|(?:technical|research|briefing|policy)\s+(?:note|paper)"
    r"(?:\s+(?:no\.?\s*)?[\w./-]*\d[\w./-]*)?|agenda\s+item\s+\d+[a-z]?)\.?"
)
_YEARLESS_STAMP = re.compile(
    rf"^(?i:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)[a-z]*\.?,?\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_PATTERN})\.?"
    r"(?:,?\s+(?:\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?|\d{1,2}\s*[AaPp]\.?[Mm]\.?)(?:\s+[A-Za-z]{1,10})?)?$",
    re.IGNORECASE,
)
_COLUMN_NAME_WORDS = 4
_COLUMN_HEADLINE_MIN_WORDS = 5
# "Notes on what the home will be like", "The X Independents' manifesto for ...": a subtitle that
# describes the text under a title in capitals, not a headline under a column's name.
_DESCRIBING_SUBTITLE = re.compile(
    r"^(?:(?i:notes|thoughts|reflections|essays|letters|observations|remarks)\s+(?i:on|about|from)\b"
    r"|(?i:the|a|an)\s+[^,:]{0,50}?\b(?i:manifesto|programme|program|plan|report|guide|essay|history|account|study|survey of)\b)"
)


def _column_name(text: str) -> bool:
    """A short name set in capitals with no number or date: a column's or a body's name."""
    return text.isupper() and _words(text) <= _COLUMN_NAME_WORDS and not re.search(r"\d|[:\u2014\u2013|]", text)


def _headline_under(text: str, name: str) -> bool:
    """A headline in ordinary case under a name in capitals, longer than the name."""
    words = _words(text)
    return not text.isupper() and max(_COLUMN_HEADLINE_MIN_WORDS, _words(name) + 1) <= words <= _TITLE_BODY_WORDS and not _DESCRIBING_SUBTITLE.match(text)


# "ADDRESS BY HON. FRANKLIN K. LANE, SECRETARY OF THE INTERIOR, ...": the speaker the title names.
_SPEECH_BY = re.compile(
    r"^(?i:address|speech|remarks|lecture|sermon|testimony|statement)\s+(?i:as\s+prepared\s+(?:for\s+delivery\s+)?)?(?i:delivered\s+)?(?i:by)\s+"
    # "by the Minister for Islands, Tomas Greer MP, to ...": the office, then the holder's name
    r"(?:(?i:the\s+)?(?:[A-Z][\w-]+\s+){0,2}(?:Minister|Secretary|Commissioner|Chancellor|Governor|Mayor)\s+(?i:for|of)\s+(?:the\s+)?"
    r"[A-Z][\w'\u2019-]*(?:\s+(?:and\s+)?[A-Z][\w'\u2019-]*){0,3},\s+)?"
    r"(?:(?i:the\s+)?(?i:hon|honourable|honorable|mr|mrs|ms|dr|sir|professor|prof|president|senator|governor|secretary|minister|mayor|"
    r"chancellor|commissioner|ambassador|councillor|cllr|captain|chair)\.?\s+)*"
    r"(?P<name>[A-Z][\w'\u2019-]*\.?(?:\s+[A-Z][\w'\u2019-]*\.?){1,4}?)(?:\s+(?:MP|MSP|MS|TD|MLA|MEP|QC|KC))?\s*(?:,|$|\s+(?:at|to|before|on|in)\s)"
)


# "Nell Carraway's selections", "SIDELINE SAM'S WORLD CUP CALLS": whose calls the text is (a
# name of two or three words: "Goldman's calls" names a firm, not the writer).
_PICKER = re.compile(
    r"(?P<name>\b[A-Z][\w-]+(?:\s+[A-Z][\w-]+){1,2})['\u2019][Ss]\s+(?:[\w-]+\s+){0,3}"
    r"(?i:selections|picks|predictions|calls|tips|forecasts)\b"
)


def _picker_in_title(title: str | None) -> str | None:
    match = _PICKER.search(title) if title else None
    if match is None or not _plain_name(match.group("name")):
        return None
    name = match.group("name")
    return name.title() if name.isupper() else name


_HONORIFIC = re.compile(
    r"^(?:(?:the\s+)?(?:hon|honourable|honorable|prof|professor|dr|sir|mr|mrs|ms|rev|reverend|cllr|councillor|colonel|col|captain|capt|"
    r"major|maj|general|gen|lieutenant|lt|admiral|adm|commander|cdr|sergeant|sgt)\.?\s+(?:\((?:retired|retd\.?|ret\.?)\)\s+)?)+",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"\s*\((?:@?[\w.-]+)\)$")


_AFFILIATION_MARK = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079*\u2020\u2021]+")  # "J. Moreau\u00b9": the mark of an affiliation
_POST_NOMINAL = re.compile(r",\s*(?:(?:[A-Z]{1,2}\.){2,}[A-Z]{0,2}\.?|[A-Z]{2,5}|Ph\.?D\.?|Esq\.?|M\.?Sc\.?)$")
# "C.E", "M.Inst.C.E", "A.M.I.C.E., Borough Engineer": dotted letters after a name, with or without a post after them.
_DOTTED_LETTERS = re.compile(r",\s*(?:[A-Z][a-z]{0,3}\.)+[A-Z][a-z]{0,3}\.?(?:,\s*(?P<post>[^,]{2,60}))?$")


# "Treasurer Hemi Ngata", "Mayor Joan Ferrier": an office held, written before the name like an honorific.
_OFFICE_BEFORE_NAME = re.compile(
    r"^(?:(?:Deputy|Vice|Assistant)[\s-]+)?(?:Treasurer|Mayor|Premier|Governor|Senator|Judge|Justice|Commissioner|Chancellor)\s+(?=[A-Z])"
)
# "Ada Marsh MICE", "Tom Reed FRICS": professional letters after a name, without a comma (not "III", "JR").
_LETTERS_AFTER_NAME = re.compile(r"\s+(?!(?:II|III|IV|VI|VII|VIII|JR|SR)$)(?:[A-Z]{2,5}|(?:[A-Z]{1,2}\.){2,}[A-Z]{0,2}\.?)$")
_AND_BETWEEN_NAMES = re.compile(r"\s+And\s+(?=[A-Z])")


def clean_name(name: str) -> str:
    """A name as the labelling guide keeps it: without honorifics, a handle or all-caps
    typesetting ("BY PROFESSOR EDWARD C. PICKERING" -> "Edward C. Pickering")."""
    name = _HANDLE.sub("", _AFFILIATION_MARK.sub("", name.strip()))
    while (letters := _POST_NOMINAL.search(name) or _DOTTED_LETTERS.search(name)) is not None and (
        _words(name[: letters.start()]) >= 2
    ):
        name = name[: letters.start()]  # "James Alderton, F.R.S.", "Ada Marsh, CFA", "X, A.M.I.C.E., Borough Engineer": letters after a name are not part of it
    if not name.isupper() and (letters := _LETTERS_AFTER_NAME.search(name)) is not None and _words(name[: letters.start()]) >= 2:
        name = name[: letters.start()]  # "Dr Ada Marsh MICE": the letters after a name, without a comma
    stripped = _OFFICE_BEFORE_NAME.sub("", _HONORIFIC.sub("", name))
    name = stripped if _words(stripped) >= 2 else name
    if name.isupper() and _words(name) >= 2:
        name = _AND_BETWEEN_NAMES.sub(", ", name.title())  # "BY ADA MARSH AND TOM REED": two names, comma-separated as the guide writes them
    return name


# "... RENDERED INTO ENGLISH, BY DECOURCY W. THOM.": a header paragraph in capitals ending with a byline.
_CAPITALS_BY = re.compile(rf"\bBY\s+(?P<name>[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]*){{1,3}})\.?$")


def _capitals_byline(blocks: list[Block]) -> str | None:
    for block in _header(blocks)[:4]:
        if block.text.isupper() and (match := _CAPITALS_BY.search(block.text)):
            return match.group("name").rstrip(".")
    return None


def _staff_outlet(author: str | None) -> str | None:
    """"By the MAC Insider staff": the staff of a publication write for it."""
    match = re.fullmatch(r"the\s+(?P<outlet>[A-Z].{1,40}?)\s+staff", author or "", re.IGNORECASE)
    return _clean_outlet(match.group("outlet")) if match else None


def _speaker_in_title(title: str | None) -> str | None:
    match = _SPEECH_BY.match(title) if title else None
    if match is None:
        return None
    name = match.group("name")
    # Names without the all-caps typesetting: "FRANKLIN K. LANE" -> "Franklin K. Lane".
    return name.title() if name.isupper() else name


def _without_full_stop(title: str) -> str:
    """Titles without a trailing full stop, as the labelling guide keeps them ("HOW TO
    FORETELL WEATHER." -> "HOW TO FORETELL WEATHER"); an ellipsis or an initial stays."""
    if re.search(r"\b(?:Co|Inc|Ltd|Corp|Bros|Jr|Sr|St|No|etc)\.$", title):
        return title  # an abbreviation keeps its stop ("... Apparel Co.")
    return title[:-1] if re.search(r"[^.\s]{2}\.$", title) else title


# "3 Comments", "Leave a reply", "Reader comments (12)": readers' replies follow; who signs or
# dates them is not the writer or the day of the text.
_COMMENTS_HEADING = re.compile(
    r"^(?:\d+\s+)?(?i:comments?|responses?|replies|reader\s+comments|readers'\s+comments|leave\s+a\s+(?:reply|comment)|"
    r"join\s+the\s+(?:discussion|conversation)|what\s+readers\s+say)\s*(?:\(\d+\))?\s*:?$"
)


def before_comments(blocks: list[Block]) -> list[Block]:
    """The text without the readers' comments under it (from a comments heading after prose)."""
    seen_prose = False
    for position, block in enumerate(blocks):
        if seen_prose and _COMMENTS_HEADING.match(block.text.strip()):
            return blocks[:position]
        seen_prose = seen_prose or block.kind is Kind.BODY
    return blocks


_SOURCE_DOMAIN = re.compile(r"\s+\((?:[\w-]+\.)+[a-z]{2,12}\)$")
_WIRE_UPDATE_TAG = re.compile(r"^(?:UPDATE\s+\d+|REFILE|CORRECTED|RPT|WRAPUP\s+\d+|EXCLUSIVE|ANALYSIS|BREAKINGVIEWS|FACTBOX)\s*-\s*(?=\S)")
_LIST_TAG = re.compile(r"^\[[\w.]+-[\w.-]+\]\s+(?=\S)")  # a mailing list's tag ("[Lenmark-transport]"), not "[Megathread]"


def read_metadata(blocks: list[Block], *, learned: bool = True, model: Any = None) -> Meta:
    """The text's title, author, date and outlet: the rules' reading, then (with ``learned``) the
    learned header reader's choice of lines where it is confident (``header_roles.py``; ``model``:
    other weights than the shipped ones, to compare readers trained on other data)."""
    meta, fielded = rules_metadata(blocks)
    if not learned or fielded:
        return meta  # a header of "Key: value" fields says which line is which
    from tracker.extract.header_roles import RulesReading, revise

    revised = revise(before_comments(blocks), RulesReading(meta.title, meta.author, meta.published, meta.outlet), model)
    return Meta(revised.title, revised.author, revised.published, revised.outlet)


def rules_metadata(blocks: list[Block], trace: dict[str, str] | None = None) -> tuple[Meta, bool]:
    """The rules' reading of the metadata, and whether the header was a header of fields
    (``trace``, if given, receives the name of the rule that read the date under "published")."""
    blocks = before_comments(blocks)
    paper = addressed_paper(blocks)
    blocks = [b for b in blocks if _words(b.text) > _HANDLING_WORDS or not handling_line(b.text)]
    top = _read_top(blocks)
    if top.fielded:
        if trace is not None:
            trace["published"] = "header of fields"
        return Meta(top.title, top.author, top.published, None), True
    title = find_title(blocks) if not (top.addressed and top.title is None) and not top.untitled else None
    added = title[len(top.title):] if title and top.title is not None else ""
    if top.title is not None and not (title and title.startswith(top.title) and not _ANY_DASH.match(added) and not _PART_SEPARATOR.match(added)):
        title = top.title  # find_title's line, unless it adds to the same title (not a dash and a desk)
    title = _without_full_stop(_plain(title)) if title else title
    if title and title.startswith("[") and title.endswith("]"):
        title = title[1:-1].strip()  # "[Transcript excerpt, ...]": the brackets are the site's, not the title's
    if title:
        title = _WIRE_UPDATE_TAG.sub("", _LIST_TAG.sub("", _SOURCE_DOMAIN.sub("", title)))  # "[list] Subject", "Headline (site.example)", "UPDATE 1-Headline"
    if title and _THREAD_POST_NUMBER.search(title):
        title = None  # "... (1/9)": the first post of a numbered thread, not a title over it
    title = _TITLE_LABEL.sub("", title) if title else title
    if title and (holder := _HOLDER_AFTER_COMMA.match(title)) is not None:
        title = holder.group("title")  # "Remarks by the Minister for X, Hon. Ada Marsh": the holder is the speaker, not the title
        top.author = top.author or clean_name(holder.group("name"))
    title = _AGENDA_ITEM.sub("", title) if title else title  # "Agenda item 9: Harbour repairs": the paper's place on the agenda
    speaker = speaker_after_title(title)
    if title and speaker is not None:
        title = _ANY_DASH.split(title)[0].strip()  # "STATE OF THE CITY — Mayor Ada Marsh": the speaker is not the title
    author = find_author(blocks) or top.author or _speaker_in_title(title) or _picker_in_title(title) or find_report_author(blocks)
    author = author or office_holder_in_title(title) or speaker or _given_by_in_title(title) or _remarks_of(title)
    foot = foot_signature(blocks)
    author = author or _capitals_byline(blocks) or signature_author(blocks) or foot.author or letter_signer(blocks, title)
    author = clean_name(author) if author else author
    if author and _NOT_AN_AUTHOR.search(author):
        author = None  # "ADVICE", "Delegate Guide", "Our Climate Action Plan": a heading or a document's name, not a writer
    publisher = author if author and _institution(author) and not _SIGNING_BODY.search(author) else None
    author = None if publisher else author  # "Hallby Farmers' Co-operative" under the title publishes it; it is no person
    outlet = find_outlet(blocks) or top.masthead or _outlet_from_page(blocks, title) or top.outlet or _staff_outlet(author) \
        or press_release_company(blocks, title) or letter_company(title) or self_named_outlet(blocks, title) or foot.outlet \
        or foot_publication(blocks) or publisher or paper or signing_body(blocks) or credit_outlet(blocks)
    if outlet and title and _SPEECH_TITLE.match(title) and _SPEAKERS_BODY.search(outlet):
        outlet = None  # a speech's outlet is null even when the header names the speaker's university or club (the guide, S13)
    if outlet:
        outlet = _LIVE_MARK.sub("", outlet)  # "DUNHOLT EVENING POST \u2014 LIVE": the paper, live
        outlet = _OFFICIAL_FORUMS.sub("", _SITE_LABEL.sub("", outlet)).strip() or outlet  # "Forum: X", "X - Official Community Forums"
    if outlet and _AGENCY_INITIALS.fullmatch(outlet):
        outlet = _spelled_out(outlet, blocks) or outlet  # "(LNW)" in the dateline, "Lenmark News Wire" in the byline or at the foot
    title, author, outlet = _tidy_fields(blocks, title, author, outlet)
    note = speech_note(blocks)
    if note is not None:
        author = author or note[0]
        title = title or note[2]
    own = own_part(blocks)
    published, source = _published(own, top, title, foot, note, quoted=len(own) < len(blocks))
    if trace is not None:
        trace["published"] = source
    return Meta(title, author, published, outlet), False


# "On Tue, 4 May 2027 at 10:02, Ada Marsh wrote:": a message quoted below the writer's words (a "> "
# block quote in a story ends where the story resumes, so it cuts nothing).
_QUOTE_OPENS = re.compile(r"\b(?i:wrote|writes)\s*:\s*$"
                          r"|^(?:-{3,}\s*)?(?i:message)\s+\d{1,3}\b")  # "----- Message 1 From: ... Date: ...": a digest's message
# "Posted 14 March 2027 by cider_jo", "Reply from dunlin_dave, 12 March 2027:": a stamp naming its poster.
_POSTER_IN_STAMP = re.compile(r"(?:^|\b(?i:by|from)\s+)@?(?P<handle>[a-z][a-z0-9_.]{3,30})\b")


def own_part(blocks: list[Block]) -> list[Block]:
    """The blocks the text's own date may come from: up to a quoted message under the writer's
    words ("-----Original Message-----", "... wrote:", a digest's "Message 1"), or, in a thread whose first post
    is undated (a handle alone over the post), up to a dated stamp of another poster: a date
    below is the quoted message's or the reply's, never the text's."""
    seen_body = False
    poster = None
    for position, block in enumerate(blocks):
        text = block.text.strip()
        if seen_body and (_FORWARD_MARKER.match(text) or _QUOTE_OPENS.search(text)):
            return blocks[:position]
        if poster is not None and seen_body and _is_dated(text):
            other = _POSTER_IN_STAMP.search(text)
            if other is not None and other.group("handle") != poster:
                return blocks[:position]
        if poster is None and not seen_body and _HANDLE_NAME.match(text) and position + 1 < len(blocks) \
                and blocks[position + 1].kind is Kind.BODY:
            poster = text.lstrip("@")  # "pip_grower" over the first post, with no date
        seen_body = seen_body or block.kind is Kind.BODY
    return blocks


def _stated_in(blocks: list[Block], day: dt.date | None) -> bool:
    """Whether a line of ``blocks`` states ``day`` (in words, in figures, or as its month)."""
    return any(day in (parse_full_date(b.text), parse_numeric_date(b.text), parse_month_year(b.text)) for b in blocks)


def _published(blocks: list[Block], top: Any, title: str | None, foot: Any, note: Any, *, quoted: bool = False) -> tuple[dt.date | None, str]:
    """The text's own date and the rule that read it, tried in order (the first that reads one
    wins); ``benchmarks/date_errors.py`` prints the rule's name beside each date it gets wrong.
    ``blocks`` is the text's own part (``own_part``); where a quoted message or a reply was cut
    off (``quoted``), the header's date counts only if one of the own lines states it."""
    sources = (
        ("thread's first post", lambda: top.thread_date),
        ("minutes held on", lambda: _minutes_held_on(title)),
        ("header line above the prose", lambda: find_published(blocks, before_prose=True)),
        ("header parts", lambda: top.published if not quoted or _stated_in(blocks, top.published) else None),
        ("dateline or foot stamp", lambda: find_published(blocks)),
        ("labelled numeric date", lambda: _labelled_numeric_date(blocks)),
        ("story dateline", lambda: story_dateline(blocks)),
        ("foot signature", lambda: foot.published),
        ("first published on", lambda: first_published_date(blocks)),
        ("foot dateline", lambda: foot_dateline(blocks)),
        ("speech note", lambda: note[1] if note is not None else None),
    )
    for name, read in sources:
        if (published := read()) is not None:
            if event_day(blocks, published):
                return None, f"{name}: the day of an event the header names"  # the race, the match, the sale, not the text's
            return published, name
    return None, "none"


# "Trust Offices, 12 Lock Lane, Wellmoor", "400 Lantern Road": a street address, never a title.
_STREET_ADDRESS = re.compile(
    r"\b\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][\w'\u2019-]+\s+){1,3}(?:Lane|Road|Street|St\.?|Avenue|Ave\.?|Row|Quay|Way|Drive|Place|"
    r"Square|Terrace|Crescent|Close|Court|Gardens|Hill|Parade|Walk|Wharf|Boulevard|Blvd\.?)\b"
)
# "WATER LINES with Corin Hale": a column's name in capitals with its writer.
_COLUMN_WITH_WRITER = re.compile(rf"^(?P<column>[A-Z][A-Z'\u2019&]+(?:\s+[A-Z][A-Z'\u2019&]+){{0,3}})\s+with\s+(?P<name>{_PERSON})$")
# "RADIO ORRISH \u2014 \"THE LOCK-KEEPER'S HOUR\" SPRING SPECIAL": a broadcaster in capitals before its programme in quotes.
_BROADCASTER_BEFORE_SHOW = re.compile(
    r"^(?P<station>[A-Z][A-Z0-9'\u2019&.]+(?:\s+[A-Z0-9][A-Z0-9'\u2019&.]+){0,3})\s+(?:\u2014|\u2013|--|-)\s+(?P<show>[\"\u201c].+)$"
)
# "Waterways Trade Bulletin -- Industry News", "X Forum \u2014 Members' Board": a section after the publication's name.
_SECTION_AFTER_OUTLET = re.compile(
    r"^(?P<outlet>.+?)\s+(?:\u2014|\u2013|--|-)\s+(?:(?:Industry|Latest|Local|Trade|Business|World)\s+News|News|Opinion|Features|"
    r"Members'?\s+(?:Board|Area|Forum)|Message\s+Board|Notice\s*board)$"
)
# "FX WEEKLY", "RATES DAILY", "Metals Monthly": what a note is about, then how often it comes.
_SUBJECT_SERIES = re.compile(
    r"^(?i:fx|rates|credit|macro|equity|equities|bonds?|oil|gas|power|metals|grains|commodities|markets?|property|housing|"
    r"currencies|gilts|treasuries|energy|freight|softs)\s+(?i:daily|weekly|monthly|quarterly)$"
)
# "Teodor Vance, Brackley Equity Research": a person, then the firm he writes for.
_PERSON_THEN_FIRM = re.compile(rf"^(?P<name>{_PERSON}),\s+(?P<firm>[A-Z][\w&'\u2019.-]*(?:\s+(?:&\s+)?[A-Z][\w&'\u2019.-]*){{1,4}})$")


def _tidy_fields(blocks: list[Block], title: str | None, author: str | None, outlet: str | None) -> tuple[str | None, str | None, str | None]:
    """Splits the fields a header line joins: a column's name and its writer, a broadcaster and its
    programme, a publication and its section, a writer and the firm; and takes an address off the
    title (the line above it titles the text, or nothing does)."""
    if title and (column := _COLUMN_WITH_WRITER.match(title)) is not None:
        title, author = column.group("column"), author or clean_name(column.group("name"))
    show = _BROADCASTER_BEFORE_SHOW.match(title) if title else None
    if show is not None and (outlet is None or outlet.lower() == show.group("station").lower()):
        title, outlet = show.group("show"), show.group("station").title()
    if outlet and _SUBJECT_SERIES.match(outlet):
        outlet = None  # "FX WEEKLY", "RATES DAILY": a note's series named by its subject, a column (the guide), not a publisher
    if outlet and (section := _SECTION_AFTER_OUTLET.match(outlet)) is not None:
        outlet = section.group("outlet")
    if outlet and (firm := _PERSON_THEN_FIRM.match(outlet)) is not None and _institution(firm.group("firm")) \
            and not _institution(firm.group("name")):
        author, outlet = author or clean_name(firm.group("name")), firm.group("firm")
    title, outlet = _thread_title(blocks, title, outlet)
    title, outlet = _terms_page(blocks, title, outlet)
    if title and _STREET_ADDRESS.search(title):
        lines = [b.text.strip() for b in _header(blocks) if b.kind is not Kind.SEPARATOR]
        above = lines[: lines.index(title)] if title in lines else []
        candidates = [line for line in above if line != outlet and _words(line) <= _MAX_META_WORDS
                      and not is_meta_line(line) and not _STREET_ADDRESS.search(line)]
        title = candidates[-1] if candidates and len(candidates) < len(above) else None
    return title, author, outlet


_THREAD_LINE = re.compile(r"^(?i:thread|topic)\s*:\s*(?P<title>\S.{3,})$")
_TRAIL_CRUMBS = re.compile(r"\s+[>\u203a\u00bb]\s+")
# "Waterways Chat", "Ranked Discussion", "Lock Gates Talk": a board's section, over a thread's title.
_BOARD_SECTION = re.compile(r"^[A-Z][\w'\u2019&-]*(?:\s+(?:&|[A-Z][\w'\u2019&-]*)){0,3}\s+(?:Chat|Talk|Discussions?|Lounge|Corner|Banter)$")
_FIRST_POST_MARK = re.compile(r"#1\b|^(?i:posted\s+by|original\s+post|post\s+by|op)\b|\b\d{1,2}:\d\d\b")
_FORUM_LINE = re.compile(r"^(?i:forum|board|site)\s*:\s*(?P<site>[A-Z][^>\u203a\u00bb]{1,40}?)\s*[>\u203a\u00bb]")


def _thread_title(blocks: list[Block], title: str | None, outlet: str | None) -> tuple[str | None, str | None]:
    """A forum page's own title, where a section of the board was taken for it (the guide: the
    thread's title, also inside a breadcrumb or after "Thread:"): the "Thread:" line; the last
    crumb of a trail when it reads as a title; the line under "Site \u203a Section" or under a section
    alone ("Lock Gates Talk") over a first post. "Forum: Site > ..." names the site."""
    lines = [b.text.strip() for b in _header(blocks) if b.kind is not Kind.SEPARATOR][:_EVENT_HEADER_LINES]
    forum = next((m for line in lines if (m := _FORUM_LINE.match(line)) is not None), None)
    if outlet is None and forum is not None:
        outlet = forum.group("site").strip()
    thread = next((m.group("title").strip() for line in lines if (m := _THREAD_LINE.match(line)) is not None), None)
    if thread is not None:
        return title if title and thread.endswith(title) else thread, outlet
    if not title or title not in lines:
        return title, outlet
    crumbs = _TRAIL_CRUMBS.split(title)
    if len(crumbs) >= 3 and (_words(crumbs[-1]) >= 4 or crumbs[-1].endswith("?")):
        return crumbs[-1].strip(), outlet
    at = lines.index(title)
    below = lines[at + 1: at + 4]
    if not below or _words(below[0]) > _TITLE_BODY_WORDS or is_meta_line(below[0]) or _is_dated(below[0]):
        return title, outlet
    site = _site_and_section(title) if len(crumbs) == 2 else None
    if site is not None:
        return below[0], outlet or site
    if _BOARD_SECTION.match(title) and "?" in below[0] and any(_FIRST_POST_MARK.search(line) for line in below[1:]):
        return below[0], outlet
    return title, outlet


_PUBLICATION_NAME = r"(?:The\s+)?[A-Z][\w'\u2019&.-]*(?:\s+(?:&\s+)?[A-Z][\w'\u2019&.-]*){0,3}"
# Credits in the header that name the publication beside something else: "film desk | The Reel Line",
# "TALLIS CITY, 26 November 2026 (Meridian Newswire)", "The Lockside Weekly, posted on Friday night",
# "the house view of the Oarlock team".
_DESK_THEN_PAPER = re.compile(rf"^[a-z][a-z ]{{0,30}}\b(?:desk|team|pages?|section)\s*[|\u00b7]\s*(?P<paper>{_PUBLICATION_NAME})$")
_DATELINE_AGENCY = re.compile(rf"^[A-Z][A-Z .'\u2019-]+,\s+(?i:{_FULL_DATE.pattern})\s*\((?P<paper>{_PUBLICATION_NAME})\)\s*[.:]?$")
_PAPER_POSTED = re.compile(rf"^(?P<paper>{_PUBLICATION_NAME}),\s+posted\b")
_HOUSE_VIEW = re.compile(r"\bhouse\s+view\s+of\s+(?:the\s+)?(?P<paper>[A-Z][\w'\u2019&]*(?:\s+(?:&\s+)?[A-Z][\w'\u2019&]*){0,3})\s+team\b")
_CREDIT_LINES = 8


def credit_outlet(blocks: list[Block]) -> str | None:
    """The publication a header's credit names beside a desk, a dateline, a posting note or a house
    view, when nothing else names one."""
    lines = [b.text.strip() for b in _header(blocks) if b.kind is not Kind.SEPARATOR][:_CREDIT_LINES]
    for line in lines:
        for pattern in (_DESK_THEN_PAPER, _DATELINE_AGENCY, _PAPER_POSTED):
            match = pattern.match(line)
            if match is not None and _name_phrase(match.group("paper")):
                return _clean_outlet(match.group("paper"))
        if _words(line) <= _TITLE_BODY_WORDS and (view := _HOUSE_VIEW.search(line)) is not None:
            return _clean_outlet(view.group("paper"))
    return None


_SPEAKER_HONORIFIC = r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Rev|Revd)\.?\s+)"
# "[Toast given by Alban Reed, lock keeper, at ..., Friday 1 March 2041. Typed up ...]", "Given by Alban Reed at
# the Lock Inn, <date>", "Remarks by Dr. Petra Onn, head judge, at the awards dinner ..., April 2027": a note of
# who gave a speech, and when.
_SPEECH_NOTE = re.compile(
    rf"^\[?(?:(?P<given>(?:(?:Toast|Speech|Remarks|Address|Talk|Lecture|Sermon)\s+)?(?i:given|delivered|spoken)\s+by)"
    rf"|(?P<titled>(?:(?:After-dinner|Closing|Opening)\s+)?(?:Toast|Speech|Remarks|Address)\s+(?:of|by)))"
    rf"\s+{_SPEAKER_HONORIFIC}?(?P<name>[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z]\.\s*)?[A-Z][\w'\u2019-]+){{1,3}})(?P<rest>(?:,|\s+at\b|\s*$).*)$"
)
_MONTH_IN_LINE = re.compile(
    r"\b(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?P<y>(?:1[6-9]|20)\d\d)\b"
)
_SPEECH_NOTE_LINES = 3


def speech_note(blocks: list[Block]) -> tuple[str, dt.date | None, str | None] | None:
    """The speaker, the day (or month) and the title a speech's note gives in its first lines: the
    note itself, or a title "Remarks by X" and the occasion's line under it. The title is the note's
    "Remarks by X" when it opens a long line; a note of who gave it is no title."""
    lines = [b.text.strip() for b in blocks if b.kind is not Kind.SEPARATOR][:_SPEECH_NOTE_LINES]
    for at, line in enumerate(lines):
        match = _SPEECH_NOTE.match(line)
        if match is None:
            continue
        rest = match.group("rest")
        if match.group("titled") and not rest.strip() and at + 1 < len(lines) and _words(lines[at + 1]) <= _MAX_META_WORDS:
            rest = lines[at + 1]  # "Remarks by Dr. Petra Onn" over "Canal Society annual dinner, March 2041"
        month = _MONTH_IN_LINE.search(rest)
        day = parse_full_date(rest) or (dt.date(int(month.group("y")), MONTH_NUMBERS[month.group("m")[:3].lower()], 1) if month else None)
        title = line[: match.end("name")].lstrip("[") if match.group("titled") and rest.strip() else None
        return clean_name(match.group("name")), day, title
    return None


_TERMS_DOCUMENT = re.compile(r"^(?i:terms\s+of\s+(?:use|service)|privacy\s+(?:policy|notice))\s*:\s+\S")


def _terms_page(blocks: list[Block], title: str | None, outlet: str | None) -> tuple[str | None, str | None]:
    """A product's page of its terms: "Plainly Notes \u2014 Terms of Service: the short version", or the
    product's name over that line. The product publishes it; the terms' line is the title."""
    if not title:
        return title, outlet
    parts = _ANY_DASH_PARTS.split(title, maxsplit=1)
    if len(parts) == 2 and _TERMS_DOCUMENT.match(parts[1]) and _name_phrase(parts[0]):
        return parts[1], outlet or parts[0]
    lines = [b.text.strip() for b in blocks if b.kind is not Kind.SEPARATOR][:3]
    if len(lines) > 1 and lines[0] == title and _TERMS_DOCUMENT.match(lines[1]) and _name_phrase(title) and _words(title) <= 4:
        return lines[1], outlet or title
    return title, outlet


# Words naming an event whose day a header gives: a match ("Lock City vs Orrish Rovers"), a race
# meeting, a festival's day, an investor day, a sale, a public meeting, a kick-off.
# The days an event names for itself ("DAY THREE", "race day", "investor day"), in both patterns below.
_NAMED_EVENT_DAYS = (
    r"day\s+(?:one|two|three|four|five|six|seven|\d{1,2})|race\s*day|match\s+day|investor\s+day|capital\s+markets\s+day"
)
_EVENT_LINE = re.compile(
    r"\b(?i:regatta|festival|tournament|championships?|grand\s+prix|gala|marathon|derby|open\s+day|race\s+meeting|"
    r"sale\s+of|auction|public\s+meeting|kick-?off|doors\s+open|" + _NAMED_EVENT_DAYS + r")\b|\s(?:v|vs\.?|versus)\s"
)
# A title naming one day of an event ("REGATTA \u2014 DAY THREE", "Race day", "investor day"): a day alone under it is that day.
_DAY_OF_EVENT = re.compile(r"\b(?i:" + _NAMED_EVENT_DAYS + r"|open(?:ing)?\s+day|derby\s+day|finals?\s+day)\b")
_STAMP_ANYWHERE = re.compile(r"\b(?i:posted|published|issued|updated|released|filed|written)\b")
_RECORD_OF_EVENT = re.compile(r"\b(?i:minutes|held|remarks|speech|address|lecture|toast|delivered|given)\b")
_DAY_OPENS_NOTICE = re.compile(r"^,\s[^\u2014\u2013]*?[a-z]{3}\.\s+[A-Z]")
_EVENT_HEADER_LINES = 6


def event_day(blocks: list[Block], published: dt.date) -> bool:
    """The header gives ``published`` only as the day of an event it names, so the text states no
    day of its own (the guide, S17): a line naming a match, a race meeting, a festival's day, an
    investor day, a sale or a kick-off; a day alone under such a title; a place and a day over a
    race card's line; a notice's sentence that opens with the day. A record of the event (minutes,
    a speech given that day) is dated by it, and a stamp ("Published", "Posted") is the text's own."""
    lines = [b for b in blocks if b.kind is not Kind.SEPARATOR][:_EVENT_HEADER_LINES]
    if not lines or any(_RECORD_OF_EVENT.search(b.text) for b in lines[:3]):
        return False
    title_event = _DAY_OF_EVENT.search(lines[0].text) is not None
    poster = _EVENT_POSTER.search(lines[0].text) is not None
    carrying = False
    for i, block in enumerate(lines):
        text = block.text.strip()
        date = _FULL_DATE.search(text)
        if date is None or parse_full_date(text[date.start():]) != published:
            if (_DATELINE_LABEL.match(text) or _OWN_STAMP_PLACED.search(text)) and parse_full_date(text) == published:
                return False
            continue
        carrying = True
        if _event_field(lines, i):
            continue  # "Event: Open day" / "Date: Saturday 5 June 2027" / "Venue: North Quay": the event's day
        if _OWN_STAMP_PLACED.search(text) or _STAMP_ANYWHERE.search(text):
            return False  # "Posted 9 March 2041", "... thread posted by x \u00bb <date>": the text's own day
        around = " ".join(b.text for b in lines[max(0, i - 1): i + 3] if _words(b.text) <= _MAX_META_WORDS)  # "Racecard preview by ..." two lines down
        rest = _words(_FULL_DATE.sub(" ", _LEADING_WEEKDAY.sub("", text)))
        if _EVENT_LINE.search(text) or _CARD_TITLE.search(around) or ((title_event or (poster and i == 1)) and rest <= 2) \
                or (date.start() <= 12 and _DAY_OPENS_NOTICE.match(text[date.end():])):
            continue
        return False
    return carrying


# "HARWICK FOOD FESTIVAL" right over "Saturday 18 September 2027": a poster's title naming the event
# (with a byline between, "FERRY PICKS: THE SPRING REGATTA" is a piece about it, dated under the byline).
# Not "show" or "fair": "THE BREAKFAST SHOW" over its day is a broadcast, dated by it; "Vanity Fair" a masthead.
_EVENT_POSTER = re.compile(r"\b(?i:festival|regatta|fete|f\u00eate|gala|open\s+day|carnival)$")
# "Venue:", "Where:", "Time:", "Tickets:": the fields of an event's notice, beside its "Date:".
_EVENT_FIELD = re.compile(r"^(?i:event|venue|where|location|time|times|tickets|doors|admission|entry|place)\s*:")


def _event_field(lines: list[Block], position: int) -> bool:
    """A "Date:" line beside an event's fields ("Event:", "Venue:", "Time:"): the event's day."""
    if not re.match(r"(?i:date|when)\s*:", lines[position].text.strip()):
        return False
    return any(_EVENT_FIELD.match(b.text.strip()) for b in lines[max(0, position - 1): position + 2] if b is not lines[position])


_AGENCY_INITIALS = re.compile(r"[A-Z]{2,6}")
_OFFICES = r"(?:Prime\s+Minister|Minister|Premier|President|Mayor|Governor|Chancellor|Secretary|Treasurer|Chief\s+Minister|First\s+Minister)"
# "Remarks by the Minister for Harbours, Hon. Edda Strand", "New Year message from the Premier of Kestle, Tomas Arvid":
# an office the title names, then its holder after a comma.
_HOLDER_AFTER_COMMA = re.compile(
    rf"^(?P<title>.*\b(?:the\s+){_OFFICES}\b[^,]{{0,60}}),\s+(?:(?:the\s+)?(?:Hon|Honourable|Rt\.?\s+Hon|Dr|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?"
    r"(?P<name>[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'\u2019-]+){1,2})(?:\s+(?:MP|MLA|MPP|TD|MSP|MS))?$"
)
_AGENDA_ITEM = re.compile(r"^(?i:agenda\s+item|item)\s+\d+[a-z]?\s*[:.\u2014\u2013-]\s+(?=\S)")
# "Remarks of Ines Calder, Leader of the Coast Party, as prepared for delivery": the speaker the title names.
_REMARKS_OF = re.compile(rf"^(?i:remarks|speech|address|statement)\s+(?i:of|by)\s+(?P<name>{_PERSON})\s*,")
# "MINUTES of the meeting of the Parish Council held in the Reading Room on Monday 8th June 2037 at 7pm"
_MINUTES_HELD = re.compile(r"^(?i:minutes)\b.*?\b(?i:held)\b(?P<rest>.*)$")


def _remarks_of(title: str | None) -> str | None:
    """The speaker a speech's title names after "Remarks of" or "Speech by", before his post."""
    match = _REMARKS_OF.match(title) if title else None
    return clean_name(match.group("name")) if match is not None and _plain_name(match.group("name")) else None


def _minutes_held_on(title: str | None) -> dt.date | None:
    """Minutes are dated by their meeting (the guide): the one full date after "held" in their title."""
    match = _MINUTES_HELD.match(title) if title else None
    if match is None or len(_FULL_DATE.findall(match.group("rest"))) != 1:
        return None
    return parse_full_date(match.group("rest"))
_ON_BEHALF = re.compile(r"^(?i:for\s+(?:and\s+on\s+behalf\s+of\s+)?the)\s+(?P<body>[A-Z][\w&'\u2019 -]{2,60}?),\s*(?P<name>\S.*)?$")


def signing_body(blocks: list[Block]) -> str | None:
    """The body a signature at the foot signs for ("For the Regional Agricultural Office," over a name)."""
    tail = [b for b in blocks if b.kind is not Kind.SEPARATOR][-_SIGNATURE_BLOCKS:]
    for position, block in enumerate(tail):
        match = _ON_BEHALF.match(block.text.strip())
        name = match.group("name") or (tail[position + 1].text if position + 1 < len(tail) else "") if match is not None else ""
        if match is not None and _institution(match.group("body")) and name and _signed_name(name):
            return match.group("body")
    return None
# A desk, team, unit or committee that signs a piece is its author (the guide, S17, S18).
_SIGNING_BODY = re.compile(r"\b(?i:desk|team|unit|committee|group|panel|staff|directorate|secretariat|board|forecasters?|editors?)$")
_SPEECH_TITLE = re.compile(r"^(?i:(?:commencement|graduation|convocation|keynote|inaugural|valedictory|opening|closing)\s+)?(?i:address|speech|remarks|lecture|oration|sermon)\b")
_SPEAKERS_BODY = re.compile(r"\b(?i:university|college|institute|school|club|union|society|academy|association|guild)\b")


def _spelled_out(initials: str, blocks: list[Block]) -> str | None:
    """The name whose initials a dateline's agency gives ("ARP": "Associated Rail Press"), where
    the text's byline or its copyright line spells it out (the body's mentions do not count)."""
    words = r"\s+(?:of\s+|and\s+|for\s+|the\s+)?".join(rf"{letter}[a-z][\w'\u2019-]*" for letter in initials)
    pattern = re.compile(rf"\b{words}\b")
    credits = [b.text for b in blocks if _words(b.text) <= _MAX_META_WORDS and _BYLINE.match(b.text.strip())]
    foot = [b.text for b in blocks if b.kind is not Kind.SEPARATOR][-_FOOT_LINES:]
    for text in credits + [t for t in foot if re.search(r"\u00a9|\((?i:c)\)|(?i:copyright)", t)]:
        if (match := pattern.search(text)) is not None:
            return match.group(0)
    return None


# ---------------------------------------------------------------- signatures at the end
#
# A text whose header names nobody may be signed at its foot: "Forecaster on duty: A. Marsh",
# "Analysts: Ada Marsh, Tom Reed", "Regards," over a name, "— @handle", a name on the last line.

_SIGNATURE_FIELD = re.compile(
    r"^(?:(?:duty\s+|lead\s+)?(?:forecasters?|hydrologists?|meteorologists?)(?:\s+on\s+duty)?|analysts?|prepared\s+by|author|authors|"
    r"written\s+by|signed)\s*:?\s+(?P<names>\S.*)$",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^(?:(?:best|kind|warm|warmest)\s+)?(?:regards|wishes)|^(?:yours(?:\s+\w+)?|sincerely|respectfully|faithfully|"
    r"with\s+(?:gratitude|thanks|best\s+wishes|(?:kind(?:est)?\s+|best\s+|warm(?:est)?\s+)?regards)|many\s+thanks|thanks|cheers"
    # "Your affectionate brother,", "I am, Sir, your obedient servant,": the old forms of a closing
    r"|for\s+(?:and\s+on\s+behalf\s+of\s+)?the\s+[A-Z][\w&'\u2019 -]{2,60}?(?=,)"  # "For the Regional Agricultural Office," and the signer
    r"|your\s+(?:affectionate|obedient|faithful|loving|devoted|humble)\b(?:\s+[a-z]+){0,2}"
    r"|i\s+(?:am|remain),?\s+(?:\w+,?\s+){0,3}yours?\b(?:\s+[a-z]+){0,3})\b",
    re.IGNORECASE,
)
_CLOSING_LINE = re.compile(rf"(?:{_CLOSING.pattern})[,.!]?\s*(?P<rest>.*)$", re.IGNORECASE)
_DASH_SIGNATURE = re.compile(r"^(?:\u2014|\u2013|--|-)\s*@?(?P<name>[\w.'\u2019-]+(?:\s+[\w.'\u2019-]+){0,3})$")
_INITIALS = re.compile(r"^[A-Z]{2,4}$")
_SURNAME = re.compile(r"[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?")
_SIGNATURE_BLOCKS = 4
# A handle, a word in lower case with an underscore or digits or run together ("hobartkitchen").
_HANDLE_NAME = re.compile(r"^@?(?P<name>[a-z][a-z0-9_.]{3,30})$")
_ROLE_WORDS = frozenset(
    "head chief executive officer director economist analyst partner president governor chair chairman editor "
    "writer correspondent columnist forecaster manager minister secretary deputy principal senior lead professor "
    "lecturer reporter founder member vp svp evp ceo cfo cto coo".split()
)


def _is_role(text: str) -> bool:
    """"Chief Executive Officer", "Principal Labour Economist", "head of housing": a post, not a name."""
    words = [w.strip(".,").lower() for w in text.split()]
    return bool(words) and any(word in _ROLE_WORDS for word in words)


def _signed_name(text: str) -> str | None:
    """The name a signature line gives: a person (with a role after a comma), a handle with
    the site's details after it ("hobartkitchen · member since 2019"), or initials."""
    text = _PART_SEPARATOR.split(text.strip())[0].strip().rstrip(".,")
    name = re.split(r",\s*", text, maxsplit=1)[0] if "," in text and _is_role(text.split(",", 1)[1]) else text
    name = _HONORIFIC.sub("", name).strip()
    name = name.title() if name.isupper() and _words(name) >= 2 and re.search(r"[A-Z]{3}", name) else name  # "J. H. PELLING."
    initials_dropped = " ".join(w for w in name.split() if not re.fullmatch(r"[A-Z]\.", w))
    if _BARE_PERSON.match(name) and _plain_name(initials_dropped) and not name.isupper() and not _is_role(name):
        return name
    if (handle := _HANDLE_NAME.match(name)) is not None:
        return handle.group("name")
    return None


def signature_author(blocks: list[Block]) -> str | None:
    """The writer who signs the foot of the text, or None."""
    tail = [b for b in blocks if b.kind is not Kind.SEPARATOR and b.text.strip() not in ("$$", "&&")][-_SIGNATURE_BLOCKS:]
    for position in range(len(tail) - 1, -1, -1):
        text = tail[position].text.strip()
        field = _SIGNATURE_FIELD.match(text)
        if field is not None:
            value = field.group("names").strip()
            if _INITIALS.fullmatch(value):
                return value  # "FORECASTER MVB"
            if _SURNAME.fullmatch(value):
                return value  # "Forecaster: Abernathy-Quist": a surname after the label is a name
            names = [n for part in _NAME_SEPARATOR.split(value) if part and (n := _signed_name(part))]
            return ", ".join(names) if names else None
        closing = _CLOSING_LINE.match(text)
        if closing is not None and _words(text) <= _MAX_META_WORDS:
            following = closing.group("rest") or (tail[position + 1].text if position + 1 < len(tail) else "")
            return _signed_name(following) if following else None
        dashed = _DASH_SIGNATURE.match(text) if position == len(tail) - 1 else None
        if dashed is not None:
            return _signed_name(dashed.group("name"))  # "— @handle" closing a thread
        if position == len(tail) - 1 and (position == 0 or re.search(r"[.!?\"\u201d)]$", tail[position - 1].text.strip())):
            # Only under a finished paragraph: a last line under "Related information:" is a link.
            # A bare name signs only with an initial ("K. Marsh-Reyes"): "Portmore Harbour" on the
            # last line may be a place or a heading.
            initialled = re.search(r"\b[A-Z]\.\s", text) is not None
            if _INITIALS.match(text) or (initialled and _BARE_PERSON.match(text) and "," not in text and _signed_name(text)):
                return text if _INITIALS.match(text) else _signed_name(text)
            if "," in text and _words(text) <= 10 and _is_role(text.split(",", 1)[1]) and (name := _signed_name(text)):
                return name  # "Dr Ada Marsh, Head, Vector-Borne Disease Unit"
    return None


# ---------------------------------------------------------------- an organisation over the title
#
# "BANK OF X" over "Minutes of the Monetary Policy Board", "X Research" over "COUNTRY NOTE: Y"
# over the headline, "X LLP — INSIGHTS" over the headline: the organisation that publishes
# the text names itself on a line of its own; the title is the next line that is not another
# of its units, a label of the note's kind or the issue of a series.

_INSTITUTION_END = re.compile(
    r"\b(?i:company|co\.?|inc\.?|llp|plc|ltd\.?|limited|corporation|corp\.?|cooperative|securities|research|partners|"
    r"holdings|forums?|community|blog|unit|team|college|school|laboratory|labs|authority|observatory|agency|office|"
    r"department|ministry|service|centre|center|institute|bureau|commission|network|management|hospitals?|district|"
    r"trust|trading|strategy|clinic|partnership|markets|co-operative|co-op|brokers|brokerage|growers|producers|regulator|inspectorate|ombudsman|tribunal)$"
)
# "Public Health Vessmark", "Statistics Norway": a public body named by its field, then its country.
_FIELD_THEN_PLACE = re.compile(r"^(?i:public\s+health|statistics|health|environment)\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?$")
_INSTITUTION_OF = re.compile(
    r"^(?i:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,3}(?i:bank|office|department|ministry|territory|government|bureau|agency|"
    r"commission|council|institute|university|college|society|school|board|republic|state|province|city|county|federation|"
    r"chamber|guild|union|academy)"
    r"\s+(?i:of)\s+(?i:the\s+)?[A-Z]"
)
_INSTITUTION_WORDS = 8
# "COUNTRY NOTE: OSTERLAN", "SECTOR NOTE: SHIPPING": the kind of note and its subject, in capitals.
_KIND_LABEL = re.compile(r"^[A-Z][A-Z ]{2,30}:\s*[A-Z][A-Z'\u2019&-]+(?:\s+[A-Z][A-Z'\u2019&-]+)?$")
# "Copper Quarterly — Q3 2031": a series and its issue, over the issue's own headline.
_SERIES_ISSUE = re.compile(
    rf"[\u2014\u2013-]\s*(?:Q[1-4]\s+\d{{4}}|(?i:quarter)\s+\d|(?i:issue|no\.|number|week)\s*\d+|{MONTH_PATTERN}\s+\d{{4}})\s*$",
    re.IGNORECASE,
)
# "Machinery page", "Arts section": a page of the publication, not its name.
_PAGE = re.compile(r"^(?:[A-Z][\w&'\u2019-]*\s+){1,3}(?i:page|pages|section|supplement)$")


def _loose_issue(text: str) -> tuple[str, dt.date | None] | None:
    """A name and its issue ("Primary Care Prescriber, January 2031") beside a section's name."""
    dated = _ISSUE_LINE.match(text.strip())
    if dated is None or not all(w[:1].isupper() or w in ("&", "of", "and", "the") for w in dated.group("outlet").split()):
        return None
    month = dated.group("month")
    return outlet_name(dated.group("outlet")), dt.date(int(dated.group("year")), MONTH_NUMBERS[month.lower()[:3]] if month else 1, 1)


def _is_section_word(text: str) -> bool:
    """"Viewpoint", "Opinion", "Analysis": one word naming a section."""
    word = text.strip().lower()
    return word in _SECTIONS or word in ("viewpoint", "perspective", "comment", "review", "interview", "essay", "letter")


# "Tuesday edition", "Weekend edition": an edition, not a title.
_EDITION = re.compile(r"^(?:\w+\s+){0,2}(?i:edition)$")
# "Fixed income & FX desk, Portmore Capital Markets": a desk or unit and the firm it belongs to.
_UNIT_OF_FIRM = re.compile(r"^(?P<unit>[^,]{2,40}?(?i:desk|team|unit|group|research)),\s+(?P<firm>[A-Z][^,]{2,60})$")


def _institution(text: str) -> bool:
    """A short line that names an organisation or one of its units ("Bank of Valmora",
    "Harbour Gas Distribution Company", "Tides Research", "Vector-Borne Disease Unit")."""
    text = _plain(text).rstrip(".,").strip()
    if not text or _words(text) > _INSTITUTION_WORDS or text.endswith(("?", "!")):
        return False
    if _is_section(text) or not text[:1].isupper():
        return False
    words = text.split()
    capitalised = sum(word[:1].isupper() or word.lower() in ("of", "the", "and", "for", "&", "-") for word in words) == len(words)
    return capitalised and (_organisation(text) is not None or bool(_INSTITUTION_END.search(text)) or bool(_INSTITUTION_OF.match(text))
                            or bool(_FIELD_THEN_PLACE.match(text)))


def _masthead_outlet(line: str) -> str | None:
    """The organisation a first line names for itself, or None: the whole line ("Territory of
    X — Department of Health"), or the part before a section or an edition ("X LLP —
    INSIGHTS", "X BETS — Tuesday edition")."""
    parts = _DASH_SEPARATOR.split(line)
    if len(parts) == 1:
        return line.rstrip(".") if _institution(line) else None
    if len(parts) != 2:
        return None
    head, tail = parts
    if _institution(head) and _institution(tail):
        return line  # the outlet keeps the unit the text prints
    if (_institution(head) or head.isupper()) and (_is_section(tail) or _EDITION.match(tail.strip()) or _PAGE.match(tail.strip())):
        return head
    if head.isupper() and not tail.isupper() and _words(head) <= 4:
        return head  # "THE TERRACE — supporters' board of the X League": the name set in capitals
    return None


_UNIT_LINE = re.compile(
    r"^(?:Department|Division|Directorate|Unit|Section)\s+(?:of|for)\s+[A-Z][\w&'\u2019 -]{2,50}$"
    r"|^(?:[A-Z][\w&'\u2019-]*\s+){1,4}(?:Division|Directorate|Unit|Department|Section)$"
)


def _masthead_and_title(candidates: list[str]) -> tuple[str, str] | None:
    """(outlet, title) when the first heading line is the organisation's own, else None."""
    if len(candidates) < 2:
        return None
    outlet = _masthead_outlet(candidates[0])
    if outlet is None:
        return None
    rest = candidates[1:]
    if len(rest) >= 2 and _UNIT_LINE.match(rest[0]) and not _DASH_SEPARATOR.search(outlet):
        # "Ministry of Agriculture of X" over "Department of Market Analysis": the outlet keeps the unit (the guide, S9)
        return f"{outlet} — {rest[0].strip()}", rest[1]
    for position, line in enumerate(rest):
        later = position + 1 < len(rest)
        if later and (_institution(line) or _KIND_LABEL.match(line) or _SERIES_ISSUE.search(line) or _ISSUE_DATE.fullmatch(line)
                      or _RELEASE_LINE.match(line.strip())):
            continue  # a unit, the kind of note, the series' issue or "For immediate release", with the headline below
        return outlet, line
    return None


def desk_title(line: str) -> tuple[str, str] | None:
    """"MORNING COLOUR — Fixed income & FX desk, Portmore Capital Markets": the note's
    name, then the desk and the firm that publishes it: (title, outlet)."""
    parts = _DASH_SEPARATOR.split(line)
    if len(parts) != 2:
        return None
    unit = _UNIT_OF_FIRM.match(parts[1].strip())
    return (parts[0].strip(), unit.group("firm").rstrip(".")) if unit else None


# ---------------------------------------------------------------- forum threads and e-mails

_CRUMB_SEPARATOR = re.compile(r"\s+(?:\u203a|\u2039|>|\u00bb)\s+")
# "Tarsk Harbour News / Politics / Local": a site's trail with slashes (a unit after a slash,
# "X Service / Y Group", is kept whole).
_SLASH_TRAIL = re.compile(r"\s+/\s+")
_CRUMB_WORDS = 10
# "Thread: <title>", "Topic: <title>", "Subject: <title>": the thread's or the message's title.
# "Author Topic: X  (Read 1,204 times)": a board's topic line, its title without the count.
_THREAD_FIELD = re.compile(r"^(?i:author\s+)?(?i:thread|topic|subject)\s*:\s*(?P<title>\S.*?)(?:\s+\((?i:read)\s+[\d,]+\s+(?i:times)\))?$")
_MEMO_FIELD = re.compile(r"^(?i:re|subject)\s*:\s*(?P<title>\S.*)$")
_ADDRESSEE = re.compile(r"^(?i:to|cc|bcc|distribution)\s*:\s*\S")
_FROM_FIELD = re.compile(r"^(?i:from)\s*:\s*(?P<name>\S.*)$")
_QUOTED_TITLE_WORDS = 20


_MAIL_FIELD = re.compile(r"^(?P<key>(?i:from|to|cc|bcc|date|sent|subject|reply-to))\s*:\s*\S")
_MAIL_HEADER_LINES = 6


def _email_header(lines: list[Block]) -> bool:
    """The text opens with an e-mail's fields: a sender and an addressee among the first lines."""
    keys = set()
    for block in lines[:_MAIL_HEADER_LINES]:
        field = _MAIL_FIELD.match(block.text.strip())
        if field is None:
            break
        keys.add(field.group("key").lower())
    return "from" in keys and bool(keys & {"to", "cc", "bcc"})


@dataclass
class _Thread:
    title: str | None = None
    author: str | None = None
    crumbs: list[str] | None = None


# "Board index", "Forum index", "Home": a trail that starts from the board's index names no site.
_INDEX_CRUMB = re.compile(r"^(?i:(?:board|forum|message\s+board)\s+index|index|home|forums?)$")
_SUBMITTED = re.compile(
    r"^(?:\d[\d,]*\s+points?\s+by\s+(?P<poster>[\w.-]{2,30})|(?i:submitted)\s+(?:.{0,30}?\s)?(?i:by)\s+(?P<submitter>[\w.-]{2,30}))"
    r"(?:.*?\s(?i:to)\s+r/(?P<sub>[\w-]+).*|\s.*)?$"
)
_COMMENT_HEADER = re.compile(r"^(?P<who>[\w.-]{2,30})\s+\d{1,3}\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b")
_LIST_ARCHIVE_SENDER = re.compile(rf"^(?P<name>{_PERSON})\s+[\w.+-]+\s+at\s+[\w-]+(?:\.[\w-]+)+(?:\s+(?P<when>.+))?$")
_CTIME = re.compile(
    rf"\b(?P<m>{MONTH_PATTERN})\s+(?P<d>\d{{1,2}})\s+\d\d:\d\d(?::\d\d)?\s+(?:[A-Z]{{2,5}}\s+|[+-]\d{{4}}\s+)?(?P<y>{_YEAR})\b",
    re.IGNORECASE,
)


_CTIME_LINE = re.compile(rf"(?:[A-Z][a-z]{{2}},?\s+)?{_CTIME.pattern}", re.IGNORECASE)


def _ctime_date(text: str) -> dt.date | None:
    """"Wed Sep 3 20:14:05 BST 2031": the day a mail archive stamps on a message."""
    match = _CTIME.search(text)
    if match is None:
        return None
    try:
        return dt.date(int(match.group("y")), MONTH_NUMBERS[match.group("m").lower()[:3]], int(match.group("d")))
    except ValueError:
        return None


# The mailbox a publication sends from ("hello@", "newsletter@", "noreply@"), not a person's.
_PUBLICATION_MAILBOX = re.compile(r"<(?i:hello|news|newsletters?|info|editors?|team|no-?reply|digest|updates|dispatch|bulletin)@")


def _thread_line(text: str, position: int, candidates: list[str], *, memo: bool = False) -> _Thread | None:
    """A line of a forum's or an e-mail's header: a breadcrumb trail ("Forums › Hardware ›
    Speculation"), "Thread:"/"Topic:"/"Subject:" and the title, a thread's title in quotes
    under the site's name, or "From: Name <address>"."""
    crumbs = _CRUMB_SEPARATOR.split(text)
    if len(crumbs) >= 2 and position <= 1 and all(0 < _words(c) <= _CRUMB_WORDS and not _is_dated(c) and not _BYLINE.match(c) for c in crumbs):
        return _Thread(crumbs=[c.strip() for c in crumbs])
    field = _THREAD_FIELD.match(text) or (_MEMO_FIELD.match(text) if memo else None)
    if field is not None:
        return _Thread(title=field.group("title").strip())
    sender = _FROM_FIELD.match(text)
    if sender is not None and (_EMAIL.search(sender.group("name")) or memo):
        return _Thread(author=_names(sender.group("name")))
    if candidates and is_wrapped_in_quotes(text) and _words(text) <= _QUOTED_TITLE_WORDS and position <= 2:
        return _Thread(title=text[1:-1].strip())  # '"Will prices fall? Readers weigh in"' under the blog's name
    return None


# "#1  orbital_cat  |  Jul 21 2031, 11:02 PM", "HomeownerInPortmore — 3 March 2031 at 07:12": a post's header.
_POST_HEADER = re.compile(r"^(?:#\d+\s+)?(?:(?i:posted\s+by|op:)\s+)?@?[\w.'\u2019-]{2,30}\s+[|\u00b7\u2014\u2013-]\s+(?P<when>.{6,40})")
_FIRST_POST_BLOCKS = 8


def first_post_date(blocks: list[Block]) -> dt.date | None:
    """A thread is published on the day of its first post, the first post header near the top."""
    for block in blocks[:_FIRST_POST_BLOCKS]:
        match = _POST_HEADER.match(block.text.strip())
        if match is not None and (date := parse_full_date(match.group("when"))):
            return date
    return None


# ---------------------------------------------------------------- speeches, lectures and essays
#
# "Commencement address delivered at X College, June 1957, by Dr. Ada Marsh, Director of ...",
# "A talk broadcast on the Home Service of the X Company, 14th October 1938, by Mrs. Ada Marsh",
# "From \"The Harbour Miscellany,\" Spring Number, 1906. By \"Vigilans.\"": the line under the
# title says how the text was given, when, where and by whom.

_DELIVERY_WORDS = re.compile(
    r"\b(?i:delivered|read|broadcast|given|spoken|address|lecture|talk|speech|sermon|paper|remarks|keynote|from)\b"
)
_TRAILING_BY = re.compile(r"(?:^|[\s,.;])(?i:by)\s+(?P<rest>[^.]*?(?:\b[A-Z]\.\s*[^.]*?)*)\.?[\"\u201d]?\.?$")
_OFFICE = (
    r"(?:(?:the\s+)?(?:Prime\s+Minister|Deputy\s+Prime\s+Minister|President|Vice[- ]President|Governor|Mayor|Senator|"
    r"Chancellor|Premier|Minister|Secretary|Speaker|Chief\s+Executive)(?:-elect)?(?:\s+of\s+[A-Z][\w ]{2,30}?)?)"
)
_OFFICE_HOLDER = re.compile(rf"^{_OFFICE}\s+(?P<name>{_PERSON_PATTERN})$")
_PSEUDONYM = re.compile(r"^[\"\u201c](?P<name>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,2})[.,]?[\"\u201d]\.?$")
_FROM_PUBLICATION = re.compile(
    r"^(?i:from)\s+(?:the\s+(?:[A-Z]\w+\s+){0,2}(?i:supplement|edition|number|issue)\s+of\s+)?(?:[\"\u201c](?P<quoted>[^\"\u201d,]{3,60})"
    r"|(?P<plain>(?:the\s+)?[A-Z][^,\"\u201d]{2,60}))"
)
_BROADCAST_ON = re.compile(r"\b(?i:broadcast)\s+(?i:on|over)\s+(?i:the\s+)?(?P<outlet>[A-Z][^,]{3,80})")
_SEASON_YEAR = re.compile(rf"\b(?:(?P<m>{MONTH_PATTERN})\.?,?\s+|(?i:spring|summer|autumn|fall|winter)\s+(?i:number\s*,?\s*|of\s+)?)?(?P<y>{_YEAR})\b", re.IGNORECASE)
_DELIVERY_MAX_WORDS = 45
_WEEKDAY_ON = re.compile(r"\s+(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")


@dataclass(frozen=True)
class Delivery:
    author: str | None
    published: dt.date | None
    outlet: str | None


def _delivered_by(text: str) -> str | None:
    """The person after the last "by" ("by the Minister of Finance, the Hon. Ada Marsh"),
    without honorifics; a pseudonym in quotes ("By \"Vigilans.\"") as printed."""
    at = max((m.end() for m in re.finditer(r"(?:^|[\s,.;])(?i:by)\s+", text)), default=-1)
    if at < 0:
        return None
    rest = text[at:].strip()
    pseudonym = _PSEUDONYM.match(rest)
    if pseudonym is not None:
        return pseudonym.group("name").rstrip(".")
    for part in re.split(r",\s*", rest):
        part = _WEEKDAY_ON.split(part)[0]  # "... Ada Marsh Wednesday, 3rd March": a date line run on
        part = _HONORIFIC.sub("", re.sub(rf"^{_OFFICE}\s+", "", part.strip())).strip().rstrip(".")
        match = re.match(rf"^(?P<name>{_PERSON_PATTERN}|[A-Z][\w'\u2019-]+\s+[A-Z]\.\s*[A-Z][\w'\u2019-]+)$", part)
        if match is not None and _plain_name(match.group("name")) and not _is_role(part):
            return match.group("name")
    return None


def _stated_date(text: str) -> dt.date | None:
    """The day, else the month, else the year a header line states (as its first day)."""
    day = parse_full_date(text)
    if day is not None:
        return day
    match = _SEASON_YEAR.search(text)
    if match is None:
        return None
    month = MONTH_NUMBERS[match.group("m").lower()[:3]] if match.group("m") else 1
    return dt.date(int(match.group("y")), month, 1)


def delivery_line(text: str) -> Delivery | None:
    """Who gave the text, when and where, from the line under its title, or None."""
    if _words(text) > _DELIVERY_MAX_WORDS or not _DELIVERY_WORDS.search(text):
        return None
    author = _delivered_by(text)
    publication = _FROM_PUBLICATION.match(text)
    broadcast = _BROADCAST_ON.search(text)
    outlet = None
    if publication is not None:
        outlet = _PART_SEPARATOR.split(publication.group("quoted") or publication.group("plain"))[0].strip().rstrip(".,")
        outlet = outlet_name(outlet)  # "From the X blog · posted ...": the blog's name
        outlet = re.sub(r"^the\s+", "", outlet)  # "of the X Courant": an article, where "The X" is the name
    elif broadcast is not None:
        outlet = broadcast.group("outlet").strip().rstrip(".,")
    if author is None and outlet is None:
        return None
    return Delivery(author, _stated_date(text), outlet)


# "Victory address by Prime Minister-elect Ada Marsh", "Mayor Ada Marsh — remarks at ...".
_ADDRESS_BY = re.compile(rf"\b(?i:address|speech|remarks|statement|lecture)\s+(?i:by)\s+{_OFFICE}?\s*(?P<name>{_PERSON_PATTERN})\s*$")
_OFFICE_THEN_REMARKS = re.compile(
    rf"^{_OFFICE}\s+(?P<name>{_PERSON_PATTERN})\s+[\u2014\u2013-]\s+(?i:remarks|address|speech|statement)\b"
)
# "TRANSCRIPT: State of the State Address": the kind of record, not part of the title.
_TITLE_LABEL = re.compile(r"^(?:TRANSCRIPT|FULL TEXT|EXCERPT|VIDEO|AUDIO)\s*:\s+(?=\S)")


def office_holder_in_title(title: str | None) -> str | None:
    """The speaker a speech's title names with the office held."""
    if not title:
        return None
    match = _ADDRESS_BY.search(title) or _OFFICE_THEN_REMARKS.match(title)
    return match.group("name") if match is not None and _plain_name(match.group("name")) else None


# ---------------------------------------------------------------- press releases
#
# "X Steel plc (\"X\" or \"the Group\") announces that ...", "PLACE, Jan. 9 -- X Therapeutics
# (XTHR), a clinical-stage company ..., today outlined ...": a company's release about itself
# opens with its name; the company is the outlet, as it is for a company's letter.

_RELEASE_DATELINE = re.compile(r"^[A-Z][A-Z .'\u2019-]{2,40},\s+[^\u2014\u2013]{0,30}?\s*(?:--|\u2014|\u2013)\s+")
_LEGAL_SUFFIX = r"(?:plc|PLC|Inc\.?|Ltd\.?|LLC|LLP|Co\.|Corp\.?|Corporation|AG|SA|NV|SE|ASA|AB|Group)"
_RELEASE_OPENING = re.compile(
    rf"^(?P<company>[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){{0,4}}(?:\s+{_LEGAL_SUFFIX})?)"
    r"\s*(?P<aside>\([^)]{1,60}\))?,?\s+(?:[^.;]{0,160}?,\s+)?"
    r"(?:(?:has\s+)?today\s+[a-z]+|announces|reports|outlines|provides|confirms|updates|issues)\b"
)
_RELEASE_BLOCKS = 3


def press_release_company(blocks: list[Block], title: str | None) -> str | None:
    """The company a press release opens with, named with its legal form or its ticker, in the
    present tense or "today" (a release, where a news story reports in the past), and named in
    the release's title."""
    if not title:
        return None
    for block in [b for b in blocks if b.kind is Kind.BODY][:_RELEASE_BLOCKS]:
        text = _RELEASE_DATELINE.sub("", _WIRE_TAG.sub(" ", block.text.strip(), count=1), count=1)
        match = _RELEASE_OPENING.match(text)
        if match is None:
            continue
        company = match.group("company")
        if company.split()[0].lower() not in title.lower():
            continue
        if match.group("aside") or re.search(rf"\s{_LEGAL_SUFFIX}$", company):
            return company
    return None


# ---------------------------------------------------------------- a headline that is a sentence
#
# "Notes from Tuesday's call-in hour: \"What happens on polling day?\"", "Re: Will the ferry
# run?", "Letter to Shareholders from the Chief Executive, X Co.": a first line set on its own,
# above the prose, that reads as a headline although it ends like a sentence.

_HEADLINE_MIN_WORDS = 4
_HEADLINE_MAX_WORDS = 16
_PUNCHLINE_MAX_WORDS = 12  # a headline in two short sentences; longer, two sentences are prose
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])")
_QUESTION_END = re.compile(r"\?[\"\u201d']?$")
_OPENING_WORDS = re.compile(
    r"^(?i:thank|thanks|good|dear|hello|hi|ladies|friends|my|mr|madam|welcome|so|well|okay|ok|yes|no|and|but)\b"
)


def _headline_sentence(text: str) -> bool:
    """A question or a line in title case, short, that is not a greeting opening a speech."""
    words = _words(text)
    if not _HEADLINE_MIN_WORDS <= words <= _HEADLINE_MAX_WORDS or text.endswith(":") or _OPENING_WORDS.match(text):
        return False
    sentences = _SENTENCE_BREAK.split(text)
    if 2 <= len(sentences) <= 3 and words <= _PUNCHLINE_MAX_WORDS and _words(sentences[-1]) <= 5 and text.endswith("."):
        return True  # "Phones will disappear into our glasses. Just not yet.": a column's headline and its twist
    if re.search(r"[.!?]\s+[A-Z]", text):
        return False  # two sentences: prose
    if text.endswith(".") and _without_full_stop(text) != text:
        return False  # a sentence ends here ("THE FERRY WILL RUN."), where "... Co." is a name
    return bool(_QUESTION_END.search(text)) or (_title_case(text) and not text.endswith("!"))


# "Letter to Shareholders from the Chief Executive, X Apparel Co.": the company writes it.
_LETTER_FROM = re.compile(rf"^(?i:letter|message)\s+to\s+.{{3,80}},\s+(?P<company>[A-Z][^,]{{1,60}}?\s(?:{_LEGAL_SUFFIX}|Co|Inc|Ltd))\.?$")


def letter_company(title: str | None) -> str | None:
    """The company a letter's title names as its sender."""
    match = _LETTER_FROM.match(title.strip()) if title else None
    return match.group("company") if match is not None else None


# ---------------------------------------------------------------- publications that name themselves

_THREAD_POST_NUMBER = re.compile(r"\(1/\d{1,3}\)$")
# "Cageside Notes, by \"The Judge\" (Ada Marsh)": the column or newsletter, then its writer.
_OUTLET_BY = re.compile(r"^(?P<outlet>[A-Z][\w&'\u2019]*(?:\s+[A-Z][\w&'\u2019]*){0,4}),\s+(?i:by)\s+(?P<rest>\S.{2,80})$")
_REAL_NAME = re.compile(rf"\((?P<name>{_PERSON_PATTERN})\)\s*$")
# "A newsletter about electricity, with too many footnotes" under "The Grid of 2050".
_SELF_DESCRIPTION = re.compile(r"^(?:An?|The)\s+(?:(?:weekly|monthly|daily|occasional|free)\s+)?(?i:newsletter|letter|blog|podcast|column|zine)\b")
# "\"The Margin\" podcast", "Starfield Society newsletter — ...": a show or a society's newsletter.
_QUOTED_SHOW = re.compile(r"[\"\u201c](?P<name>[A-Z][^\"\u201d]{1,40})[\"\u201d]\s+(?i:podcast|show|programme|program|newsletter|blog)\b")
_ORG_NEWSLETTER = re.compile(r"^(?P<name>[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,4})\s+(?i:newsletter|bulletin)\b")


def _pen_name_or_names(text: str) -> str | None:
    """The writer after "by": the real name a pen name gives in brackets, else the names."""
    real = _REAL_NAME.search(text)
    if real is not None and _plain_name(real.group("name")):
        return real.group("name")
    return _names(text)


def self_named_outlet(blocks: list[Block], title: str | None) -> str | None:
    """A publication that names itself: a newsletter's name over "A newsletter about ...", a
    show in quotes ("\"The Margin\" podcast"), a society's newsletter ("X Society newsletter")."""
    if not title:
        return None
    show = _QUOTED_SHOW.search(title)
    if show is not None:
        return show.group("name").strip()
    society = _ORG_NEWSLETTER.match(title)
    if society is not None and _institution(society.group("name")):
        return society.group("name")
    lines = [b for b in blocks[:4] if b.kind is not Kind.SEPARATOR]
    for first, second in itertools.pairwise(lines):
        if _plain(first.text).rstrip(".") == title and _SELF_DESCRIPTION.match(second.text.strip()):
            return title
    return None


# ---------------------------------------------------------------- publications named with their desk or medium
#
# "Portmore Evening Post business pages", "The Lindqvist Herald transport team", "From the Tide &
# Timber blog": the guide's outlet is the publication, without a section, a desk, a team or a
# word naming the medium; "The Harbour Quarterly, May 2031" under a title names the paper and
# its issue.

_OUTLET_TAIL = re.compile(
    r"\s+(?:(?:[a-z][\w'\u2019-]*\s+){1,2}(?:pages?|desk|team)|blog|newsletter|podcast|[Dd]iscussion\s+[Bb]oards?|message\s+board)$"
)
_FROM_THE = re.compile(r"^(?:(?i:from)\s+)?(?:the\s+)?")
_SEASON = r"(?i:spring|summer|autumn|fall|winter)"
# "The Harbour Quarterly, May 2031", "Lindqvist Yacht Club newsletter, summer issue 2031",
# "Site & Structure — Spring issue, 2031": a publication and its issue.
_ISSUE_LINE = re.compile(
    rf"^(?P<outlet>[A-Z][^,\u2014\u2013]{{1,60}}?)\s*(?:,|[\u2014\u2013])\s*(?:(?i:newsletter|bulletin|magazine)\s*,?\s*)?"
    rf"(?:(?P<month>{MONTH_PATTERN})\.?|{_SEASON}(?:\s+(?i:issue|number|edition))?,?)?\s+(?P<year>{_YEAR})\.?$",
    re.IGNORECASE,
)
# "Weekly tips from the Tide Table newsletter", "A column from \"Site & Structure\", the newsletter
# of ...", "A long read from The Counterpoint, the quarterly of ...": where the piece comes from.
_FROM_PUBLICATION_NAMED = re.compile(
    r"\b(?i:from)\s+(?:the\s+)?[\"\u201c]?(?P<outlet>[A-Z][^,\"\u201d]{1,40}?)[\"\u201d]?"
    r"(?:\s+(?i:newsletter|blog|podcast|magazine|column|bulletin)\b"
    r"|,\s+the\s+(?:[A-Za-z]+\s+){0,4}?(?i:newsletter|quarterly|magazine|journal|blog|weekly|monthly|bulletin|review)\b)"
)


_SITE_LABEL = re.compile(r"^(?i:forum|board|site|community|server)\s*:\s+(?=[A-Z])")
_OFFICIAL_FORUMS = re.compile(r"\s+(?:[\u2014\u2013|]|--|-)\s+(?i:official\s+)?(?i:community\s+)?(?i:forums?|boards?)$")
_LIVE_MARK = re.compile(r"\s+(?:[\u2014\u2013|\u00b7]|--|-)\s+(?i:live|live\s+blog|as\s+it\s+happened)$")


def outlet_name(text: str) -> str:
    """The publication a header part names, without "From the", a desk or the medium."""
    text = _FROM_THE.sub("", text.strip()).strip().rstrip(".,;:")
    text = _LIVE_MARK.sub("", text)  # "DUNHOLT EVENING POST \u2014 LIVE": the page is live, the paper is the name
    # A medium word in lower case, or in a name set all in capitals ("X NEWSLETTER"), is the
    # medium; in a name in title case ("The Brick & Mortar Blog") it is part of the name.
    bare = _OUTLET_TAIL.sub("", text.lower() if text.isupper() else text)
    bare = text[: len(bare)] if text.isupper() else bare
    return bare if bare and bare[:1].isupper() else text


def issue_line(text: str) -> tuple[str, dt.date | None] | None:
    """(outlet, published) from a line that names the publication and its issue, or None.

    A month dates the text to its first day, a season or a year alone to the year (the
    guide keeps the precision stated; a season spanning two years states none)."""
    text = text.strip()
    if _words(text) > _PARTS_MAX_WORDS or re.search(r"\d{4}\s*[/\u2013-]\s*\d{2}", text):
        return None
    named = _FROM_PUBLICATION_NAMED.search(text)
    if named is None and _words(text) > _MAX_META_WORDS:
        return None
    dated = _ISSUE_LINE.match(text)
    if named is not None:
        year = _SEASON_YEAR.search(text[named.end():])
        published = dt.date(int(year.group("y")), 1, 1) if year is not None and not year.group("m") else _stated_date(text[named.end():])
        return outlet_name(named.group("outlet")), published
    if dated is None:
        parts = [p.strip() for p in text.rstrip(".").split(",")]
        last = parts[-1] if len(parts) >= 2 else ""
        if _PUBLICATION.match(last) and _organisation(last) and not _FULL_DATE.search(text):
            return last, None  # "Harvest preview, Cellar Notes column, The Meurin Valley Courier"
        return None
    outlet = outlet_name(dated.group("outlet"))
    if not (_PUBLICATION.match(outlet) or _organisation(outlet) or _institution(outlet)) or _is_section(outlet):
        return None
    month = dated.group("month")
    published = dt.date(int(dated.group("year")), MONTH_NUMBERS[month.lower()[:3]] if month else 1, 1)
    return outlet, published


# "Posted on the Saltmarsh blog, 3 May 2031, by Ada Marsh": where, when and by whom.
_POSTED_ON = re.compile(r"^(?i:posted|published|first\s+published|appeared)\s+(?i:on|in)\s+(?:the\s+)?(?P<outlet>[A-Z][^,]{1,50}?)\s*(?:,|$)")
_MEDIUM_END = re.compile(r"\s(?i:blog|website|site|newsletter|substack|forums?)$")


def _posted_outlet(text: str) -> str | None:
    """The blog or publication a "Posted on ..." line names (never a day or a date)."""
    text = text.strip()
    if _MEDIUM_END.search(text):
        return outlet_name(text)
    return text if _PUBLICATION.match(text) or _organisation(text) else None


# ---------------------------------------------------------------- a firm's name beside its note's
#
# "Base Metals Monthly - Tarrant & Ode Commodities Strategy", "ODE AGRI TRADING - GRAINS DESK
# WEEKLY", "TARRANT & ODE - EQUITY DERIVATIVES STRATEGY" over a headline: a first line that joins
# the firm (or the firm and its unit) to the note's name with a dash, plain hyphens included.

_ANY_DASH = re.compile(r"\s+(?:[\u2014\u2013-]|--)\s+")


def _firm(text: str) -> bool:
    """A firm's or an organisation's name: an institution, or short capitalised names joined by "&"."""
    text = text.strip()
    if _institution(text):
        return True
    words = text.split()
    return "&" in words and len(words) <= 4 and all(w == "&" or w[:1].isupper() for w in words)


# The kind of document a note's name ends in: "Product Roadmap Update", "Ocean Freight Rate Report".
_DOCUMENT_KIND = re.compile(r"\b(?:Update|Report|Outlook|Bulletin|Roadmap|Newsletter|Letter|Note|Brief|Briefing|Digest|Review|Announcement)\b")
_BRAND_WORDS = (2, 3)
# "Copper Prices - Quarterly Report", "Housing Market - Weekly Note": a subject, not a firm. A
# name that ends in what markets and reports are about is never taken for a brand.
_SUBJECT_END = re.compile(
    r"\b(?:Prices?|Rates?|Markets?|Stocks?|Bonds?|Shares|Costs?|Sales|Earnings|Demand|Supply|Trends?|"
    r"Outlooks?|Forecasts?|Policy|Economy|Inflation|Growth|Season|Weather|Picks|Predictions)$"
)


def _brand(text: str) -> bool:
    """Two or three capitalised words that name no kind of document: a company's or a product's name."""
    words = text.split()
    return _BRAND_WORDS[0] <= len(words) <= _BRAND_WORDS[1] and all(w[:1].isupper() for w in words) and not _DOCUMENT_KIND.search(text) \
        and not text.isupper() and not _FULL_DATE.search(text) and not _SUBJECT_END.search(text)


def _firm_and_note(candidates: list[str], *, adjacent: bool) -> tuple[str, str] | None:
    """(outlet, title) from a first line "note - firm" or "firm - unit", or None.

    With a headline under it, the whole line is the firm and its unit (the guide keeps the
    unit) and the headline is the title; alone, the firm's part is the outlet and the other
    part names the note."""
    parts = _ANY_DASH.split(candidates[0].strip())
    if len(parts) != 2 or _is_section(parts[1]) or _EDITION.match(parts[1].strip()):
        return None
    head, tail = (p.strip() for p in parts)
    head_firm, tail_firm = _firm(head), _firm(tail)
    headline = candidates[1] if len(candidates) > 1 and adjacent else None  # a section heading further down is not one
    if headline is not None and _institution(headline):
        return None  # a unit under the firm's line: the masthead's rules read it
    if head_firm and tail_firm:
        if headline is not None:
            return candidates[0].strip(), headline
        return (head, tail) if head.isupper() == tail.isupper() else None
    if tail_firm and not head_firm and headline is None and _institution(tail) and not _organisation(head):
        return tail, head  # "Base Metals Monthly - Tarrant & Ode Commodities Strategy"
    if headline is None and not head_firm and _brand(head) and _DOCUMENT_KIND.search(tail) and tail[:1].isupper():
        return head, tail  # "Kestrel Cloud - Product Roadmap Update, Winter 2026": the brand, then its product
    if head_firm and not tail_firm and headline is not None and (head.isupper() or "&" in head) and tail.isupper():
        return candidates[0].strip(), headline  # "TARRANT & ODE - EQUITY DERIVATIVES STRATEGY" over a headline
    return None


# ---------------------------------------------------------------- speakers and writers beside a title
#
# "STATE OF THE CITY — Mayor Ada Marsh", "Annual address to tenants — Chair of the Harbour
# Authority, Ms. Ada Marsh": the speaker after a dash is not part of the title. "Statement to the
# press by the Minister for Ferries, Ada Marsh, on ...", "Pre-season talk by Ada Marsh, captain of
# ...": the speaker a speech's title names. "A weekly letter on ferries, by Ada Marsh" under a
# title: its writer.

_STANDFIRST_BY = re.compile(rf"^[A-Z][^.!?]{{10,160}},\s+(?i:by|from)\s+(?P<name>{_PERSON_PATTERN})\.?$")
_SPEAKER_OFFICE = re.compile(
    rf"^(?:{_OFFICE}|(?:the\s+)?(?:Chair|Chairman|Chairwoman|Chief\s+Executive|Director|President|Captain|Head)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w&'\u2019 -]{2,60}?)?)(?:,\s*|\s+)"
)
_SPEECH_WORDS = re.compile(r"\b(?i:address|speech|remarks|statement|talk|lecture|sermon|toast|eulogy|keynote)\b")
# "... master electrician and former student Ada Marsh": a name after a description (not after
# "at the", which names a place or an event).
_NAME_AT_END = re.compile(rf"\s(?:[a-z][\w-]*\s+)*(?!(?:at|the|of|in|on|to|for|from|with|and|a|an)\s)[a-z][\w-]*\s+(?P<name>{_PERSON_PATTERN})$")


def speaker_after_title(title: str | None) -> str | None:
    """The office holder named after a title's dash ("— Mayor Ada Marsh"), or None."""
    parts = _ANY_DASH.split(title.strip()) if title else []
    if len(parts) != 2:
        return None
    tail = parts[1].strip().rstrip(".")
    if "," in tail:
        office, name = (p.strip() for p in tail.rsplit(",", 1))  # "Chair of the X Authority, Ms. Ada Marsh"
        if _SPEAKER_OFFICE.match(office + " ") is None:
            return None
    else:
        holder = _OFFICE_HOLDER.match(_HONORIFIC.sub("", tail))  # "Mayor Ada Marsh"
        if holder is None:
            return None
        name = holder.group("name")
    name = _HONORIFIC.sub("", name).strip()
    return name if _BARE_PERSON.match(name) and _plain_name(name) and not _is_role(name) else None


def _given_by_in_title(title: str | None) -> str | None:
    """The speaker after "by" in a speech's title ("Talk by Ada Marsh, captain of ...").
    A line of more than 40 words is no title, and ``_NAME_AT_END`` backtracks in the square
    of a line's length: 8 s on a 3,000-word first line."""
    if not title or _words(title) > 40 or _SPEECH_WORDS.search(title) is None or re.search(r"\b(?i:by)\s", title) is None:
        return None
    named = _delivered_by(title)
    if named is not None:
        return named
    after_by = re.split(r"\b(?i:by)\s+", title)[-1]
    trailing = _NAME_AT_END.search(" " + after_by.split(",")[-1].strip().rstrip("."))
    return trailing.group("name") if trailing is not None and _plain_name(trailing.group("name")) else None


# ---------------------------------------------------------------- forum and memo headers
#
# "r/Ferries · Posted by u/ada_m · 11h" over the post's title: the community is the outlet.
# "X Discussion Boards" over "Section › Thread title": the site, then the thread. "(pinned)"
# after a thread's title is the forum's flag. "Internal memo — ..." over To:, From:, Re:.

_SUBREDDIT_LINE = re.compile(r"^(?P<sub>r/[\w-]+)\s+[\u00b7|\u2022]\s+(?:(?i:posted\s+by)\s+)?u/\S+")
_REDDIT_TITLE_WORDS = 20
_COMMUNITY_ALONE = re.compile(r"^r/[\w-]+$")
_SUBMITTED_BY_U = re.compile(r"^(?i:posted\s+by\s+)?u/[\w-]+\b")
_FORUM_FLAG = re.compile(r"\s*[\(\[](?i:pinned|sticky|locked|solved|closed)[\)\]]\s*$")
_SITE_NAME = re.compile(r"\s(?:(?i:forums?|discussion\s+boards?|message\s+boards?)|Boards)$")
_MEMO_LABEL = re.compile(r"^(?i:internal\s+)?(?i:memo|memorandum)\b")


# ---------------------------------------------------------------- datelines and date stamps
#
# "PORTMORE, 2031-11-27 — The swing bridge ...": a story's dateline gives its date when nothing
# above it does. "FX MORNING CALL - 26 Nov 2031 - 07:05": a note's name stamped with its date and
# time. "Desk: G10 spot, Lowbridge Markets": the desk and the firm that publishes the note.

_PLACE_DATELINE = re.compile(r"^[A-Z][A-Z .'\u2019-]{2,40}(?:,|\s+(?:\u2014|\u2013|--))\s+(?P<when>[^\u2014\u2013]{6,30}?)\s+(?:\u2014|\u2013|--|-)\s+[A-Z]")
_DATE_STAMPED_TITLE = re.compile(
    r"^(?P<title>[A-Z][^\u2014\u2013]{2,60}?)\s+(?:-|\u2013|\u2014)\s+(?P<when>[^-\u2013\u2014]{6,30}?)(?:\s+(?:-|\u2013|\u2014)\s+\d{1,2}[:.]\d\d(?:\s*[A-Za-z]{2,4})?)?$"
)
# "HALVERSTONE, England, 9 June 2027 /PRNewswire/ -- X Ltd today ...": the wire that carried
# a release, between its dateline and its first words.
_WIRE_TAG = re.compile(r"\s+/[A-Z][\w .&-]{1,30}/(?=\s+(?:--|\u2014|\u2013))")
_DESK_FIELD = re.compile(r"^(?i:desk)\s*:\s*[^,]{2,40},\s+(?P<firm>[A-Z][^,]{2,50})$")
_DATELINE_BLOCKS = 3
_TO_THE_EDITOR = re.compile(r"^(?i:to\s+the\s+editors?\s+of)\s+(?:(?i:the)\s+)?(?P<paper>[A-Z][\w&'\u2019 .-]{2,50}?)[.:,]?$")


def addressed_paper(blocks: list[Block]) -> str | None:
    """The paper a letter opening "To the Editor of the X." is written to, and printed in."""
    first = next((b for b in blocks if b.kind is not Kind.SEPARATOR), None)
    match = _TO_THE_EDITOR.match(first.text.strip()) if first is not None else None
    return match.group("paper").strip() if match is not None else None


_FOOT_DATELINE_WORDS = 8
_FOOT_DATELINE_BLOCKS = 3


def foot_dateline(blocks: list[Block]) -> dt.date | None:
    """"Hallby, January 1st, 1901." or "March 3rd, 1895." on a line of its own at the foot of a
    letter or an essay: the day it was written, when the text states no other. A row of a list
    of dated lines is not one, nor a line with words besides a place and the day."""
    lines = [b for b in blocks if b.kind is not Kind.SEPARATOR]
    first_prose = next((i for i, b in enumerate(lines[:-1]) if _prose(b)), None)
    if first_prose is None or any(_TIMELINE_YEAR.search(b.text) for b in lines[:first_prose]):
        return None  # a year in the header the rules did not read: the foot's day may be the story's, not the text's
    for block in lines[-_FOOT_DATELINE_BLOCKS:]:
        text = block.text.strip().rstrip(".").strip()
        if block.list_item or _words(text) > _FOOT_DATELINE_WORDS or _LABEL.match(text):
            continue  # "Next event: interim results, 18 November 2026": a field, where a place has no label
        for when in (text, text.split(",", 1)[1].strip() if "," in text and text[:1].isupper() else ""):
            if when and _BARE_DATE.fullmatch(when) and (day := parse_full_date(when)) is not None:
                return day if block.index not in dated_list_lines(blocks) else None
    return None


def story_dateline(blocks: list[Block]) -> dt.date | None:
    """The full date of a dateline opening one of the first paragraphs of the story."""
    for block in [b for b in blocks if b.kind is Kind.BODY][:_DATELINE_BLOCKS]:
        match = _PLACE_DATELINE.match(_WIRE_TAG.sub(" ", block.text.strip(), count=1))
        if match is not None and (date := parse_full_date(match.group("when"))) is not None:
            return date
    return None


# ---------------------------------------------------------------- a signature that names the paper
#
# A piece whose header names nobody may close with a line that does: "— Ada Marsh, Portmore
# Notes (a local blog)", "— The Portmore Courier, news desk, 3 May 2031", "— Ada Marsh, writing
# in the Portmore Quarterly, spring issue", "— From the Portmore Gazette, Saturday, May 3rd,
# 1890", or a line about the writer: "Ada Marsh writes the harbour column for the Portmore
# Post", "Harbour Notes is written by the shipping desk of The Portmore Courier".

@dataclass(frozen=True)
class FootSignature:
    author: str | None = None
    outlet: str | None = None
    published: dt.date | None = None


# "Written by Ada Marsh on 2 October 2028.": the writer and the day, on the last line.
_WRITTEN_ON = re.compile(rf"^(?i:written|posted|published|filed)\s+(?i:by)\s+(?P<name>{_PERSON})(?:,\s+[^,]{{2,40}})?\s+(?i:on)\s+(?P<when>.{{6,40}}?)\.?$")
_REPORTING_CREDIT = re.compile(r"^\(?(?i:reporting|reported|writing|written)\s+(?i:by)\s+(?P<names>[^;)]{3,80}?)\s*(?:[;)]|$)")
_FOOT_DASH = re.compile(r"^(?:\u2014|\u2013|--)\s*(?P<rest>\S.*)$")
_FOOT_MAX_WORDS = 20
# A name ending in one of these is a paper's, not a person's ("Alderbrook Courier").
_PAPER_END = re.compile(
    r"\b(?:Courier|Post|Times|Herald|Gazette|Chronicle|Journal|Review|Daily|Echo|Quarterly|Weekly|Monthly|Ledger|"
    r"Mail|News|Observer|Telegraph|Tribune|Intelligencer|Standard|Star|Record|Argus|Mercury|Clarion|Express|"
    r"Examiner|Sentinel|Bulletin|Advertiser|Magazine)$"
)
_WRITING_IN = re.compile(r"^(?i:writing\s+(?:in|for)|written\s+for|from|for|in)\s+(?:(?i:the)\s+(?=[A-Z]))?")
_NOT_OUTLET_PART = re.compile(
    r"\b(?i:desk|team|section|pages?|issue|edition|number|column|correspondent|contributor|reader|member|resident)$"
)
_OUTLET_WORDS = 6
_WRITER_BIO = re.compile(
    rf"^(?P<name>{_PERSON})\s+(?:(?:writes|edits|compiles)\b[^.]{{0,80}}?\s(?:for|in)\s+(?:the\s+)?|(?:writes|edits)\s+(?=(?:The\s+)?[A-Z])"
    # "Ada Marsh is transport correspondent for the Evening Post": a journalist's post names the paper
    r"|is\s+(?:a\s+|an\s+|the\s+)?(?:[a-z-]+\s+){0,3}(?:correspondent|reporter|columnist|editor|writer|critic)\s+(?:for|at|with)\s+(?:the\s+)?)"
    r"(?P<outlet>(?:The\s+)?[A-Z][\w'\u2019&-]*(?:\s+[A-Z][\w'\u2019&-]*){0,4})"
)
_WRITTEN_BY_DESK = re.compile(
    r"^[A-Z][\w'\u2019& -]{1,40}?\s+is\s+(?:written|compiled|edited|published)\s+by\s+[^.]{0,60}?\s(?:of|at)\s+"
    r"(?P<outlet>(?:The\s+)?[A-Z][\w'\u2019&-]*(?:\s+[A-Z][\w'\u2019&-]*){0,4})"
)


def _outlet_part(text: str) -> str | None:
    """A short name in title case that is neither a post, a desk nor an issue."""
    text = _WRITING_IN.sub("", text.strip()).strip()
    words = text.split()
    if not words or len(words) > _OUTLET_WORDS or _NOT_OUTLET_PART.search(text) or _is_role(text) or _FULL_DATE.search(text):
        return None
    small = {"of", "the", "and", "&", "for", "on", "in"}
    return text if all(w[:1].isupper() or w in small for w in words) and words[0][:1].isupper() else None


# "Editor, The Ashby Argus" under a name at the foot: the editor signs for the paper.
_EDITOR_OF = re.compile(
    r"^(?i:(?:deputy\s+|managing\s+|executive\s+|acting\s+)?editor(?:-in-chief)?|publisher)\s*,\s+"
    r"(?P<outlet>(?:The\s+)?[A-Z][\w'\u2019&-]*(?:\s+[A-Z][\w'\u2019&-]*){0,4})\.?$"
)
# "Cllr Maya Osei, 6 April 2030": a signature with its day, without a dash before it.
_NAME_THEN_DAY = re.compile(rf"^(?P<name>(?:(?:Cllr|Councillor|Dr|Prof|Mr|Mrs|Ms|Rev)\.?\s+)?{_PERSON}),\s+(?P<when>(?i:{_FULL_DATE.pattern}))\.?$")


def foot_signature(blocks: list[Block]) -> FootSignature:
    """Author, outlet and date from the text's last lines (each None where they say nothing)."""
    tail = [b.text.strip() for b in blocks if b.kind is not Kind.SEPARATOR and b.text.strip()][-2:]
    if not tail:
        return FootSignature()
    editor = _EDITOR_OF.match(tail[-1])
    if editor is not None and len(tail) == 2 and _BARE_PERSON.match(tail[0]) and _plain_name(tail[0]):
        return FootSignature(clean_name(tail[0]), editor.group("outlet"))  # "Marta Quint" over "Editor, The Ashby Argus"
    dated_name = _NAME_THEN_DAY.match(tail[-1])
    if dated_name is not None and len(tail) == 2 and re.search(r"[.!?\"\u201d]$", tail[0]) \
            and _plain_name(name := _HONORIFIC.sub("", dated_name.group("name")).strip()) and _words(name) >= 2:
        return FootSignature(name, None, parse_full_date(dated_name.group("when")))  # "Cllr Maya Osei, 6 April 2030"
    for line in reversed(tail):
        first = re.split(r"(?<=[a-z]{2})\.\s", line, maxsplit=1)[0]
        if (bio := _WRITER_BIO.match(first)) is not None:
            return FootSignature(clean_name(bio.group("name")), bio.group("outlet"))
        if (desk := _WRITTEN_BY_DESK.match(first)) is not None:
            return FootSignature(None, desk.group("outlet"))
    credit = _REPORTING_CREDIT.match(tail[-1])
    if credit is None and len(tail) >= 2 and (_COPYRIGHT.search(tail[-1]) or _COPYRIGHT_LINE.match(tail[-1]) or _BARE_DATE.fullmatch(tail[-1].strip().rstrip("."))):
        credit = _REPORTING_CREDIT.match(tail[-2])  # the credit, then "\u00a9 2037 X Newswire" under it
    if credit is not None and (name := _names(credit.group("names"))):
        return FootSignature(clean_name(name))  # "(Reporting by Ada Marsh; Editing by Tom Reed)": the reporter writes it
    written = _WRITTEN_ON.match(tail[-1])
    if written is not None and _plain_name(written.group("name")):
        return FootSignature(clean_name(written.group("name")), None, parse_full_date(written.group("when")))
    dashed = _FOOT_DASH.match(tail[-1])
    rest = _PARENTHESIS.sub("", dashed.group("rest")).strip().rstrip(".") if dashed else ""
    if not rest or _words(rest) > _FOOT_MAX_WORDS:
        return FootSignature()
    published = None
    if (date := _FULL_DATE.search(rest)) is not None:
        published = parse_full_date(rest[date.start():])
        rest = _WEEKDAY_TAIL.sub("", rest[: date.start()].rstrip(" ,")).rstrip(" ,")
    parts = [p.strip() for p in rest.split(",") if p.strip()]
    if not parts:
        return FootSignature(published=published)
    lead = _WRITING_IN.sub("", parts[0]).strip()
    paper_first = lead != parts[0] or _PAPER_END.search(lead) is not None or (len(parts) > 1 and _NOT_OUTLET_PART.search(parts[1]) is not None)
    if paper_first:
        return FootSignature(None, _outlet_part(lead), published)
    author = _signed_name(lead)
    if author is None:
        return FootSignature(published=published)
    outlet = next((o for part in parts[1:] if (o := _outlet_part(part))), None)
    return FootSignature(author, outlet, published)


# ---------------------------------------------------------------- a publication named in the last lines
#
# "\u00a9 2027 Orrin Analytics. All rights reserved.", "Thanks for reading The Crosswind! Subscribe
# ...": the publisher named at the foot, when nothing above names one. The year of a copyright
# is not the text's date (a bare year is weak evidence; the guide's date is the one the text
# states for itself).

_COPYRIGHT_LINE = re.compile(
    r"^(?:\u00a9|\(c\)|(?i:copyright))\s*(?:\u00a9\s*)?(?:(?:19|20)\d\d(?:\s*[-\u2013]\s*(?:19|20)?\d\d)?\s*,?\s*)?"
    r"(?P<name>[A-Z][^.!,]{1,60}?)(?:\s+(?:19|20)\d\d)?\.?(?:\s+(?i:all\s+rights\s+reserved)\.?)?$"  # "\u00a9 The X 2031" too
)
_THANKS_FOR_READING = re.compile(r"^(?i:thanks|thank\s+you)\s+(?i:for\s+reading)\s+(?P<name>[A-Z][^!.,]{1,60}?)\s*[!.]")
_FOOT_LINES = 3
# "Distributed by X Syndicate." under a syndicated column; "SOURCE X" closing a wire's release.
_DISTRIBUTED_BY = re.compile(r"\b(?i:distributed|syndicated)\s+(?i:by)\s+(?P<name>[A-Z][^.!,;]{2,60}?)\s*(?:[.,;]|$)")
_SOURCE_LINE = re.compile(r"^SOURCE\s+(?P<name>[A-Z][^.!,;]{2,60}?)\.?$")


def foot_publication(blocks: list[Block]) -> str | None:
    """The publisher a copyright line or a newsletter's sign-off names in the last lines."""
    tail = [b.text.strip() for b in blocks if b.kind is not Kind.SEPARATOR and b.text.strip()][-_FOOT_LINES:]
    for line in reversed(tail):
        first = re.split(r"(?<=[a-z]{2})\.\s+(?=[A-Z])", line, maxsplit=1)[0]  # "\u00a9 X. Last modified ...": the copyright's sentence
        match = _COPYRIGHT_LINE.match(first) or _THANKS_FOR_READING.match(line) or _DISTRIBUTED_BY.search(line) or _SOURCE_LINE.match(line)
        if match is not None and _name_phrase(match.group("name")) and _words(match.group("name")) <= _OUTLET_WORDS:
            return match.group("name").strip()
    return None


# ---------------------------------------------------------------- a reader's letter
#
# "Letters: The channel needs dredging" ... "Ruth Amsel, Kesterby": a letter printed by a paper
# is signed with the writer's name and town on its last line.

_LETTERS_TITLE = re.compile(r"^(?i:letters?|your\s+letters|readers'\s+letters|letter\s+to\s+the\s+editor)\b")
_NAME_AND_TOWN = re.compile(rf"^(?P<name>{_PERSON}),\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){{0,3}}\.?$")


def letter_signer(blocks: list[Block], title: str | None) -> str | None:
    """The name on a printed letter's last line, under a letters title."""
    tail = [b.text.strip() for b in blocks if b.kind is not Kind.SEPARATOR and b.text.strip()]
    if not (title and _LETTERS_TITLE.match(title)) and not (tail and _LETTERS_HEADING.match(tail[0])):
        return None  # under a letters title, or a letters heading over the letter's own title
    match = _NAME_AND_TOWN.match(tail[-1]) if tail else None
    return match.group("name") if match is not None and _plain_name(match.group("name")) else None
