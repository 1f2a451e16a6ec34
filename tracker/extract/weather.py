"""Forecasts read from the structure of weather-service text products.

A zone, marine or surf forecast is a list of periods (".TONIGHT...Mostly cloudy. Lows
around 45."), a fire-weather forecast a table of rows under each period ("Max
temperature.....82-87."), a tropical discussion a table of forecast positions ("12H
01/0600Z 17.3N 21.0W 35 KT 40 MPH"), a warning a headline ("...WINTRY MIX EXPECTED FOR
IOWA...") and bullets ("* WHAT...Heat index values up to 105 expected."). Every element of
them is a forecast by the issuing office, but few carry a word the sentence rules know, and
a period line is not a sentence to them. This reader walks the product's lines instead:

- each sentence of a period (and each "...THEN" part of one) is one candidate, as the
  labelling guide counts them: one forecast per weather element;
- each row of a period's table, or of a table whose columns are periods, is one candidate;
- each forecast position after the initial one is one candidate;
- a headline, a bullet sentence or a prose sentence is one when it says it forecasts
  ("EXPECTED", "LIKELY", "POSSIBLE", "WILL", "TO CONTINUE"); advisories "IN EFFECT",
  instructions and the call-to-action section are not read;
- outside a product, a point forecast ("Tonight: Mostly cloudy, with a low around 45.") is
  read by its period lines alone.

The deadline is the date of the period, counted from the issue date the product states
(a weekday is the next one on or after the period before it; "OVERNIGHT" the next day);
with no stated issue date it stays None. The speaker is None: the issuing office is the
product's own voice (its outlet), as the labelling guide wants for an organisation's own
statement.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tracker.extract.combine import DETECTOR_CUE
from tracker.extract.tables import PROBABILITY_TABLE, numeric_row, row_chance, table_header, valid_until
from tracker.extract.units import _alnum_view

if TYPE_CHECKING:
    from tracker.extract import Candidate

# How often each kind of candidate was a clear forecast on the train split's weather products
# (every structured candidate, before it meets the rules' ones; candidates overlapping only a
# borderline label left out), smoothed by Laplace's rule, (right + 1) / (counted + 2), because
# the counts are small: ``python benchmarks/bench_extract.py --skip-speed --split train
# --genre weather_forecast_discussions`` prints them. The rules were written while reading
# train and dev texts, so this is the record of rules fitted to them (README, "Weather
# products", gives dev beside it). Table rows occur in no train text: they take the record of
# the period sentences they stand beside.
KIND_CONFIDENCE = {
    "weather period": 0.982,  # 53 of 53
    "weather table row": 0.982,
    "forecast position": 0.833,  # 4 of 4
    "weather headline": 0.75,  # 2 of 2
    "weather bullet": 0.957,  # 21 of 21
    "weather prose": 0.934,  # 169 of 180
    "weather prose (time)": 0.958,  # 22 of 22
}

_PERIOD_LINE = re.compile(r"^\.(?P<name>[A-Za-z][A-Za-z ']{1,40}?)\.\.\.(?P<rest>.*)$")
_COLON_PERIOD = re.compile(r"^(?P<name>[A-Za-z][A-Za-z ']{1,40}?):\s+(?P<rest>\S.*)$")
_ROW = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z0-9 /()%+,'-]{0,40}?)\s*\.{3,}\s*(?P<value>[^.\s].*)$")
_POSITION = re.compile(
    r"^\s*(?P<hours>\d{1,3})H\s+(?P<day>\d{2})/(?P<time>\d{4})Z\s*(?P<rest>\S.*)$", re.IGNORECASE
)
_LAT_LON = re.compile(r"(?P<lat>\d{1,2}\.\d)(?P<ns>[NS])\s+(?P<lon>\d{1,3}\.\d)(?P<ew>[EW])")
_WINDS = re.compile(r"(?P<kt>\d{1,3})\s*KT\s+(?P<mph>\d{1,3})\s*MPH", re.IGNORECASE)
_UGC = re.compile(r"^[A-Z]{2}[CZ]\d{3}[\dA-Z>\-]*-\s*$")
_VTEC = re.compile(r"^/[OTEX]\.")
_ISSUE_TIME = re.compile(r"^\d{3,4}\s+(?:AM|PM)\s+[A-Z]{3,4}\s+[A-Z]{3}\s+[A-Z]{3}\s+\d{1,2}\s+\d{4}", re.IGNORECASE)
_OFFICE_LINE = re.compile(r"^(?:NWS|NATIONAL WEATHER SERVICE|NOAA)\b", re.IGNORECASE)
_CITIES = re.compile(r"^INCLUDING THE CIT", re.IGNORECASE)
_HEADLINE = re.compile(r"^\.\.\.(?P<body>[^.].*?)\.\.\.\s*$", re.DOTALL)
_BULLET = re.compile(r"^\*\s+(?P<label>[A-Za-z][A-Za-z /]{0,40}?)\.\.\.(?P<rest>.*)$")
_SECTION_END = re.compile(r"^(?:\$\$|&&)\s*$")
_CALL_TO_ACTION = re.compile(r"^(?:PRECAUTIONARY/PREPAREDNESS ACTIONS|CALL TO ACTION)", re.IGNORECASE)

_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (("MONDAY", "MON"), ("TUESDAY", "TUE", "TUES"), ("WEDNESDAY", "WED"), ("THURSDAY", "THU", "THUR", "THURS"),
         ("FRIDAY", "FRI"), ("SATURDAY", "SAT"), ("SUNDAY", "SUN"))
    )
    for name in names
}
_SAME_DAY = re.compile(
    r"^(?:(?:REST\s+OF\s+|EARLY\s+|LATE\s+)?(?:TODAY|TONIGHT|THIS\s+(?:MORNING|AFTERNOON|EVENING))|"
    r"REST\s+OF\s+(?:THE\s+)?(?:DAY|NIGHT|THIS\s+AFTERNOON|THIS\s+EVENING|TONIGHT)|EARLY\s+THIS\s+MORNING)$"
)
_AFTER_MIDNIGHT = re.compile(r"\b(?:OVERNIGHT|AFTER\s+MIDNIGHT|LATE\s+TONIGHT)\b", re.IGNORECASE)
_NIGHT_WORDS = re.compile(r"\b(?:NIGHT|TONIGHT|EVENING|OVERNIGHT)\b")

# Astronomy and the sea's tide tables are not weather forecasts.
_NOT_FORECAST_ROW = re.compile(
    r"^(?:SUNRISE|SUNSET|MOONRISE|MOONSET|MOON\s+PHASE|TIDES?|HIGH\s+TIDE|LOW\s+TIDE|TIME|DATE|HOUR)\b", re.IGNORECASE
)
_FORECAST_WORDS = re.compile(
    r"\b(?:WILL|EXPECTED|ANTICIPATED|(?:IS|ARE|BE|NOW)\s+FORECAST|FORECAST\s+TO|LIKELY|POSSIBLE|POSSIBILITY|PROBABLE|MAY|"
    r"MIGHT|COULD|SHOULD|LOOKS?\s+TO|CHANCE|DANGER\s+OF|POTENTIAL\s+(?:FOR|OF)|THREAT\s+(?:FOR|OF))\b",
    re.IGNORECASE,
)
# A headline forecasts in telegraph style too: "...DANGEROUS STORM SURGE TO CONTINUE...".
_HEADLINE_WORDS = re.compile(
    _FORECAST_WORDS.pattern + r"|\bTO\s+(?:CONTINUE|BRING|MOVE|TURN|SPREAD|DEVELOP|AFFECT|IMPACT|INCREASE|DECREASE|DIMINISH|"
    r"END|PERSIST|REMAIN|RETURN|WEAKEN|STRENGTHEN|INTENSIFY|REACH|APPROACH|CROSS|LINGER|BUILD|SHIFT|BECOME|ARRIVE|IMPROVE|"
    r"LAST|RISE|FALL|CREST|DROP)\b",
    re.IGNORECASE,
)
_NOT_A_FORECAST = re.compile(
    r"\b(?:IN\s+EFFECT|CANCELL?ED|EXPIRED|HAS\s+ISSUED|HAVE\s+ISSUED|HAS\s+BEEN|ILLNESS(?:ES)?|MEANS?\b)", re.IGNORECASE
)
_BULLET_LABELS_NOT_READ = re.compile(r"^(?:WHERE|WHEN|AT\s+\d|FLOOD\s+STAGE|ADDITIONAL\s+DETAILS|PRECAUTIONARY)", re.IGNORECASE)


@dataclass(frozen=True)
class WeatherForecast:
    start: int  # offsets into the raw text, end exclusive
    end: int
    quote: str
    claim: str
    probability: float
    deadline: dt.date | None
    kind: str  # a key of KIND_CONFIDENCE, shown as the candidate's cue
    speaker: str | None = None  # None: the issuing office, the product's own voice


@dataclass(frozen=True)
class _Line:
    text: str  # without its line break
    start: int


def _lines(text: str) -> list[_Line]:
    found: list[_Line] = []
    position = 0
    for raw in text.splitlines(keepends=True):
        found.append(_Line(raw.rstrip("\r\n"), position))
        position += len(raw)
    return found


# ---------------------------------------------------------------- periods and dates

@dataclass
class _Calendar:
    """The date of each period in reading order: a weekday is the first such day on or after
    the period before it (a week later when that day's night has already been read)."""

    issued: dt.date | None
    day: dt.date | None = None
    night_done: bool = False
    read: bool = False  # whether a period was dated since the last reset

    def __post_init__(self) -> None:
        self.day = self.issued

    def reset(self) -> None:
        self.day, self.night_done, self.read = self.issued, False, False

    def date_of(self, name: str) -> dt.date | None:
        name = re.sub(r"\s+", " ", name.upper().replace("'", "")).strip()
        if self.issued is None or self.day is None:
            return None
        read, self.read = self.read, True
        if _SAME_DAY.match(name):
            self.day = self.issued
            self.night_done = bool(_NIGHT_WORDS.search(name))
            return self.issued
        if name == "OVERNIGHT":
            self.night_done = True
            return self.issued + dt.timedelta(days=1)  # the labelling guide's reading
        weekdays = [word for word in re.split(r"[ /-]", name) if word in _WEEKDAYS]
        if weekdays:
            target = _WEEKDAYS[weekdays[-1]]
            first = _WEEKDAYS[weekdays[0]]
            day = self._next(first)
            if first != target:
                day = day + dt.timedelta(days=(target - first) % 7)
            self.day = day
            self.night_done = name.endswith("NIGHT")
            return day
        if _HOLIDAY.match(name):
            # A holiday ("INDEPENDENCE DAY", "LABOR DAY NIGHT") stands for the next day's name.
            if name.endswith("NIGHT"):
                self.night_done = True
                return self.day
            # A day period after the product's first is the day after the period before it.
            if read:
                self.day = self.day + dt.timedelta(days=1)
            self.night_done = False
            return self.day
        return None

    def _next(self, weekday: int) -> dt.date:
        assert self.day is not None
        ahead = (weekday - self.day.weekday()) % 7
        if ahead == 0 and self.night_done:
            ahead = 7
        return self.day + dt.timedelta(days=ahead)


_HOLIDAY = re.compile(
    r"^(?:NEW YEARS (?:DAY|EVE)|(?:MARTIN LUTHER KING(?: JR)?|MLK|PRESIDENTS|MEMORIAL|INDEPENDENCE|LABOR|COLUMBUS|"
    r"VETERANS|JUNETEENTH|CHRISTMAS|EASTER|THANKSGIVING) DAY|CHRISTMAS EVE|THANKSGIVING|EASTER SUNDAY|FOURTH OF JULY)"
    r"(?: NIGHT)?$"
)


def _period_part(part: str) -> bool:
    words = part.split()
    return bool(
        _SAME_DAY.match(part) or part == "OVERNIGHT" or _HOLIDAY.match(part)
        or (words and words[0] in _WEEKDAYS and words[1:] in ([], ["NIGHT"]))
    )


def is_period_name(name: str) -> bool:
    """Whether ``name`` names a forecast period ("TONIGHT", "Wednesday Night", "MON",
    "TONIGHT AND TUESDAY", "WEDNESDAY THROUGH FRIDAY", "INDEPENDENCE DAY")."""
    name = re.sub(r"\s+", " ", name.upper().replace("'", "")).strip()
    parts = re.split(r"\s*/\s*|\s+(?:AND|THROUGH|THRU)\s+|\s*-\s*", name)
    return all(_period_part(part) for part in parts)


# ---------------------------------------------------------------- sentences and claims

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
_THEN = re.compile(r"\.\.\.\s*(?=THEN\b)", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_SMALL_WORDS = {"of", "the", "to", "from", "and", "in", "on", "at", "for", "a", "an", "near", "including"}


def _pieces(text: str, offset: int) -> Iterator[tuple[str, int, int]]:
    """Sentences of a period's text (and the "...THEN" parts of one), with raw offsets."""
    for sentence_start, sentence in _split(text, _SENTENCE_END):
        for part_start, part in _split(sentence, _THEN):
            stripped = part.strip()
            if any(char.isalnum() for char in stripped):
                lead = len(part) - len(part.lstrip())
                start = offset + sentence_start + part_start + lead
                yield stripped, start, start + len(stripped)


def _split(text: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, str]]:
    position = 0
    for match in pattern.finditer(text):
        yield position, text[position: match.start()]
        position = match.end()
    yield position, text[position:]


def _readable(text: str) -> str:
    """One line, and sentence case when the product shouts."""
    text = _SPACES.sub(" ", text).strip().rstrip(".").strip()
    text = re.sub(r"\.{3,}", ", ", text)
    if text.upper() == text:
        text = _WEEKDAY_NAME.sub(lambda m: m.group(0).capitalize(), text.lower())
    return text[:1].upper() + text[1:]


_WEEKDAY_NAME = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_LEADING_THEN = re.compile(r"^(?:then|and|but)\s+", re.IGNORECASE)


def _place(text: str) -> str:
    """A zone's name in title case ("LAKE ONTARIO OPEN WATERS FROM THE NIAGARA RIVER")."""
    text = _SPACES.sub(" ", text).strip(" -")
    if text.upper() != text:
        return text
    words = [w.lower() if w.lower() in _SMALL_WORDS and i else w.capitalize() for i, w in enumerate(text.lower().split())]
    return " ".join(words)


def _period_label(name: str, date: dt.date | None) -> str:
    label = _readable(name)
    return f"{label} ({date.isoformat()})" if date is not None else label


_WEATHER_PROBABILITY: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(r"\b(\d{1,3})\s*(?:%|PERCENT)", re.IGNORECASE), -1.0),  # the stated number
    (re.compile(r"\bCANNOT\s+BE\s+RULED\s+OUT\b|\bNON-?ZERO\b|^\W*NO\s+(?:[A-Z]+\s+){0,3}(?:IS|ARE)\s+(?:EXPECTED|FORECAST|ANTICIPATED)\b|"
               r"\bNO\s+LONGER\b", re.IGNORECASE), 0.1),
    (re.compile(r"\bNOT\s+(?:EXPECTED|ANTICIPATED|LIKELY|FORECAST)\b|\bNOT\s+EXPECTING\b|\bUNLIKELY\b|\bIS\s+LOW\b|"
               r"\bLITTLE\s+IF\s+ANY\b", re.IGNORECASE), 0.2),
    (re.compile(r"\bSLIGHT\s+CHANCE\b", re.IGNORECASE), 0.2),
    (re.compile(r"\bLIKELY\b|\bEXPECTED\b|\bANTICIPATED\b|\bSHOULD\b|\bLOOKS?\s+TO\b|\bFORECAST\s+TO\b", re.IGNORECASE), 0.7),
    (re.compile(r"\bCHANCE\b|\bPOSSIBLE\b|\bPOSSIBLY\b|\bPOSSIBILITY\b|\bPLAUSIBILITY\b|\bMAY\b|\bMIGHT\b|\bCOULD\b|"
               r"\bRISK\b|\bPOTENTIAL\b|\bTHREAT\b", re.IGNORECASE), 0.4),
)


def weather_probability(text: str) -> float:
    """The probability a forecast element states, read with the labelling guide's weather
    table: a stated percentage; "cannot be ruled out", "no X is expected" 0.1; "not
    expected", "unlikely" 0.2; "slight chance" 0.2; "likely", "expected" 0.7; "a chance",
    "possible", "may", "a risk" 0.4; otherwise a plain forecast, 0.9."""
    for pattern, value in _WEATHER_PROBABILITY:
        match = pattern.search(text)
        if match is None:
            continue
        if value < 0:
            number = int(match.group(1))
            if 0 < number <= 100 and re.search(r"\b(?:CHANCE|PROBABILITY|POP|PRECIP|PCPN)\b", text, re.IGNORECASE):
                return number / 100
            continue
        return value
    return 0.9


# ---------------------------------------------------------------- the reader


_POINT_PERIOD = re.compile(
    r"^[ \t]*(?:Today|Tonight|This Afternoon|This Evening|Overnight|Rest of Today|Late Tonight|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: Night)?):[ \t]+\S",
    re.MULTILINE | re.IGNORECASE,
)
_POINT_WEATHER = re.compile(
    r"\b(?:cloudy|sunny|clear|rain|snow|showers|thunderstorms|fog|drizzle|sleet|flurries|low|high|winds?|breezy|"
    r"temperatures?)\b",
    re.IGNORECASE,
)


def is_point_forecast(text: str) -> bool:
    """Whether ``text`` holds a point forecast outside a product ("Tonight: Mostly cloudy,
    with a low around 45." over "Tuesday: Sunny, with a high near 60."): two or more period
    lines in a row that speak of the weather."""
    if len(_POINT_PERIOD.findall(text, 0, 200_000)) < 2:
        return False
    run = 0
    for line in text.splitlines():
        match = _COLON_PERIOD.match(line.strip())
        if match and is_period_name(match.group("name")) and _POINT_WEATHER.search(match.group("rest")):
            run += 1
            if run >= 2:
                return True
        elif line.strip():
            run = 0
    return False


def read_forecasts(
    text: str, issued: dt.date | None, title: str | None = None, *, periods_only: bool = False
) -> list[WeatherForecast]:
    """Every period sentence, table row, forecast position, forecasting headline and bullet
    sentence of a product, in text order, located in ``text``; with ``periods_only`` (a point
    forecast outside a product) the period lines alone."""
    lines = _lines(text)
    calendar = _Calendar(issued)
    found: list[WeatherForecast] = []
    if periods_only:
        index = 0
        while index < len(lines):
            period = _COLON_PERIOD.match(lines[index].text) or _PERIOD_LINE.match(lines[index].text)
            if period and is_period_name(period.group("name")) and _POINT_WEATHER.search(period.group("rest")):
                index = _read_period(lines, index, period, calendar, None, found)
            else:
                index += 1
        return found
    zone: str | None = None
    call_to_action = False
    # The product's own header (WMO line, title, office, issue time) is not read.
    header = [i for i, line in enumerate(lines[:20]) if _ISSUE_TIME.match(line.text.strip())]
    if not header:
        header = [i for i, line in enumerate(lines[:20]) if _OFFICE_LINE.match(line.text.strip())]
    index = header[0] + 1 if header else 0
    signed = max((i for i, line in enumerate(lines) if line.text.strip() == "$$"), default=len(lines))
    prose: list[tuple[str, int]] = []

    def flush() -> None:
        if prose:
            _read_prose(prose, issued, found)
            prose.clear()

    while index < len(lines):
        line = lines[index]
        stripped = line.text.strip()
        if index >= signed:
            break  # the forecaster's signature
        if not stripped or _SECTION_END.match(stripped):
            flush()
            if stripped:
                calendar.reset()
                call_to_action = False
            index += 1
            continue
        if _UGC.match(stripped):
            flush()
            zone, index = _zone(lines, index + 1)
            calendar.reset()
            continue
        if _CALL_TO_ACTION.match(stripped):
            flush()
            call_to_action = True
        if call_to_action:
            index += 1
            continue
        period = _PERIOD_LINE.match(line.text) or _COLON_PERIOD.match(line.text)
        if period and is_period_name(period.group("name")):
            flush()
            index = _read_period(lines, index, period, calendar, zone, found)
            continue
        position = _POSITION.match(line.text)
        if position:
            flush()
            forecast = _position(line, position, issued, title)
            if forecast is not None:
                found.append(forecast)
            index += 1
            continue
        if stripped.startswith("...") and not stripped.startswith("...."):
            flush()
            index = _headline(lines, index, issued, found)
            continue
        bullet = _BULLET.match(stripped)
        if bullet:
            flush()
            index = _bullet(lines, index, bullet, issued, found)
            continue
        columns = _column_periods(line.text)
        if columns:
            flush()
            index = _read_columns(lines, index + 1, columns, calendar, zone, found)
            continue
        section = _SECTION_LINE.match(line.text)
        if section:
            flush()
            if section.group("rest").strip():
                prose.append((section.group("rest"), line.start + section.start("rest")))
            index += 1
            continue
        if numeric_row(line.text):
            # "Genoa  10.5  12.0  13.0 :  10   10   <5", "Alda  4.5  4.5  4.6  5.2": a row of a table of
            # chances (a probabilistic hydrologic outlook), one forecast each, at the chance it gives.
            header = table_header(text, line.start)
            chance = row_chance(line.text, header) if any(PROBABILITY_TABLE.search(h) for h in header) else None
            if chance is not None and not _underlined(lines, index):
                # The table's title and column heads ("Chance of Exceeding Stages ...") are no prose.
                prose[:] = [part for part in prose if part[0] not in header]
                flush()
                label = line.text.strip().split("  ")[0]
                found.append(WeatherForecast(
                    line.start + len(line.text) - len(line.text.lstrip()), line.start + len(line.text.rstrip()),
                    _SPACES.sub(" ", line.text.strip()), f"{label}: {_SPACES.sub(' ', line.text.strip()[len(label):].strip())}.",
                    chance, valid_until(header), "weather table row",
                ))
                index += 1
                continue
        prose.append((line.text, line.start))
        index += 1
    flush()
    return found


def _underlined(lines: list[_Line], index: int) -> bool:
    """Whether the line after ``index`` underlines it ("--------  ------"): a header, not a row."""
    return index + 1 < len(lines) and re.fullmatch(r"[\s:|+-]*-{3,}[\s:|+-]*", lines[index + 1].text) is not None


_SECTION_LINE = re.compile(r"^\.(?P<name>[A-Za-z][^.]{0,60}?)\.\.\.(?P<rest>.*)$")
_FUTURE_TIME = re.compile(
    r"\b(?:TONIGHT|TOMORROW|OVERNIGHT|LATER|WEEKEND|NEXT\s+WEEK|THIS\s+(?:AFTERNOON|EVENING|WEEK)|"
    r"(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY)\b",
    re.IGNORECASE,
)
# A sentence that names a day still ahead but reports the past, labels a section ("OUTLOOK...
# WEDNESDAY THROUGH FRIDAY...MODERATE TO HIGH CONFIDENCE.") or times an advisory.
_NOT_AHEAD = re.compile(
    r"\b(?:WAS|WERE|LED|HAD|DID|CONFIDENCE|UNCERTAINTY|ADVISORY|WARNING|WATCH)\b|^\W*(?:FROM|UNTIL|AT)\b", re.IGNORECASE
)
_INSTRUCTION = re.compile(
    r"^(?:PLEASE|LISTEN|MONITOR|STAY|DO\s+NOT|DON'T|BE\s+PREPARED|SLOW|REPORT|AVOID|TAKE|CHECK|KEEP|FOR\s+(?:MORE|STORM|A)\b)|"
    r"\bSHOULD\s+(?:\w+LY\s+|ALSO\s+)?(?:TAKE|BE\s+PREPARED|BE\s+DONE|MONITOR|REMAIN|STAY|AVOID|CONSULT|FOLLOW|HEED|REPORT)\b|"
    r"\bNEXT\s+(?:COMPLETE\s+|INTERMEDIATE\s+)?ADVISORY\b|"
    # past modals and the writer's own doings: "MAY HAVE DAMAGED", "TRACKS WE COULD FIND"
    r"\b(?:MAY|MIGHT|COULD|SHOULD|WOULD)\s+HAVE\s+\w+(?:ED|EN)\b|\bWE\s+(?:COULD|CAN|MAY|WILL)\b|"
    r"\bIS\s+AS\s+FOLLOWS\b|\bPRELIMINARY\b|\bWILL\s+BE\s+THE\s+(?:LAST|FINAL|NEXT)\b|"
    r"\bWILL\s+BE\s+(?:ISSUED|MONITORED|UPDATED|RE-?EVALUATED)\b|\bENCOURAGED\b|\bSHOULD\s+(?:ONLY\s+)?REFER\b|"
    # the forecaster's own work and worries, not the weather's
    r"\bWILL\s+(?:HAVE\s+TO\s+|NEED\s+TO\s+|CONTINUE\s+TO\s+)?(?:MONITOR|WATCH|KEEP\s+AN\s+EYE|UPDATE|RE-?EVALUATE|ASSESS|ISSUE)\b|"
    r"\bFORECAST\s+(?:CONCERN|CHALLENGE|PROBLEM|ISSUE)S?\b|\bIF\b|^NOTE\b|"
    # the office's own schedule: "ICE FORECASTS WILL RESUME IN THE FALL."
    r"\b(?:FORECASTS?|PRODUCTS?|STATEMENTS?|ADVISOR(?:Y|IES)|MESSAGES?|BULLETINS?|UPDATES?|DISCUSSIONS?)\s+WILL\s+"
    r"(?:RESUME|BE\s+(?:ISSUED|SENT|POSTED|RELEASED)|CONTINUE\s+TO\s+BE|END)\b",
    re.IGNORECASE,
)


def _read_prose(paragraph: list[tuple[str, int]], issued: dt.date | None, found: list[WeatherForecast]) -> None:
    """Sentences of a product's prose that say they forecast, or name a time still ahead."""
    joined, offsets = _join(paragraph)
    for sentence_start, sentence in _split(joined, _SENTENCE_END):
        stripped = sentence.strip()
        if not stripped or _NOT_A_FORECAST.search(stripped) or _INSTRUCTION.search(stripped):
            continue
        if not stripped.endswith((".", "!")) and len(paragraph) == 1:
            continue  # a heading ("FORECAST POSITIONS AND MAX WINDS")
        if _FORECAST_WORDS.search(stripped):
            kind = "weather prose"
        elif _FUTURE_TIME.search(stripped) and stripped.count(" ") >= 4 and not _NOT_AHEAD.search(stripped):
            kind = "weather prose (time)"
        else:
            continue
        at = sentence_start + len(sentence) - len(sentence.lstrip())
        source = _SOURCE.match(stripped)
        speaker = _place(source.group("who")) if source and not _WE.search(source.group("who")) else None
        found.append(WeatherForecast(
            offsets[at], offsets[at + len(stripped) - 1] + 1, _SPACES.sub(" ", stripped), f"{_readable(stripped)}.",
            weather_probability(stripped), _day_mentioned(stripped, _Calendar(issued)), kind, speaker,
        ))


# "THE CLIMATE PREDICTION CENTER FORECASTS TEMPERATURES TO REMAIN ABOVE NORMAL": another
# office's forecast, reported.
_SOURCE = re.compile(r"^(?P<who>(?:THE\s+)?[A-Z][A-Za-z .'/-]{2,60}?)\s+(?:FORECASTS|PREDICTS|PROJECTS|EXPECTS)\b", re.IGNORECASE)
_WE = re.compile(r"\b(?:WE|THIS\s+OFFICE|FORECASTERS?)\b", re.IGNORECASE)


def _zone(lines: list[_Line], index: int) -> tuple[str | None, int]:
    """The zone names under a UGC line ("WINNEBAGO-WORTH-", "LAKE ONTARIO OPEN WATERS ...-"),
    up to the issue time; returns the line after the header."""
    names: list[str] = []
    while index < len(lines):
        text = lines[index].text.strip()
        if not text or _ISSUE_TIME.match(text):
            return (_place(" ".join(names).replace("-", ", ").strip(", ")) or None), index + (1 if text else 0)
        if not _VTEC.match(text) and not _CITIES.match(text) and not text.startswith("..."):
            names.append(text)
        elif _CITIES.match(text):
            # "INCLUDING THE CITIES OF...X...Y" runs on until the issue time.
            while index + 1 < len(lines) and lines[index + 1].text.strip() and not _ISSUE_TIME.match(lines[index + 1].text.strip()):
                index += 1
        index += 1
    return (_place(" ".join(names)) or None), index


def _read_period(
    lines: list[_Line], index: int, period: re.Match[str], calendar: _Calendar, zone: str | None, found: list[WeatherForecast]
) -> int:
    """A period's text runs to a blank line, the next period or the end of the section; its
    own rows ("Max temperature.....82-87.") follow when the period line holds no text."""
    name = period.group("name")
    date = calendar.date_of(name)
    label = _period_label(name, date)
    where = f" {'on' if zone and re.search(r'WATERS|LAKE|COAST|BAY|SOUND|GULF|OCEAN', zone, re.IGNORECASE) else 'in'} {zone}" if zone else ""
    first = lines[index]
    rest_at = first.start + period.start("rest")
    body = [(period.group("rest"), rest_at)]
    index += 1
    if not period.group("rest").strip():
        while index < len(lines) and not lines[index].text.strip():
            index += 1  # ".TODAY..." over a blank line and its table
    table = not period.group("rest").strip()
    while index < len(lines):
        text = lines[index].text
        stripped = text.strip()
        if table and not stripped:
            index += 1  # a period's table runs on over blank lines (an hourly block under its rows)
            continue
        if not stripped or _SECTION_END.match(stripped) or _UGC.match(stripped) or (table and stripped.startswith(".")):
            break
        if table and _column_periods(text):
            break  # a table of the days ahead, columns by period
        following = _PERIOD_LINE.match(text) or _COLON_PERIOD.match(text)
        if following and is_period_name(following.group("name")):
            break
        if table:
            # A table under the period: each row is one element; a row without a value
            # ("WIND (20 FT)........") heads the indented rows under it.
            row = _ROW.match(text)
            if row:
                _read_row(lines[index], row, label, where, date, found)
            index += 1
            continue
        body.append((text, lines[index].start))
        index += 1
    joined, offsets = _join(body)
    for piece, start, end in _pieces(joined, 0):
        if not any(char.isalnum() for char in piece):
            continue
        day = date
        if date is not None and _AFTER_MIDNIGHT.search(piece) and _NIGHT_WORDS.search(name.upper()):
            day = date + dt.timedelta(days=1)  # "...THEN A CHANCE OF SHOWERS OVERNIGHT": the next day
        raw_start, raw_end = offsets[start], offsets[end - 1] + 1
        quote = _SPACES.sub(" ", piece)
        if raw_start == rest_at:  # the first sentence keeps the period's name, as a reader sees it
            raw_start = first.start + len(first.text) - len(first.text.lstrip())
            quote = _SPACES.sub(" ", first.text.strip()[: period.start("rest") - (len(first.text) - len(first.text.lstrip()))]) + quote
        found.append(WeatherForecast(
            raw_start, raw_end, quote, f"{label}{where}: {_readable(_LEADING_THEN.sub('', piece))}.", weather_probability(piece), day,
            "weather period",
        ))
    return index


def _column_periods(text: str) -> list[tuple[str, int]]:
    """The periods heading a table's columns ("      TODAY    TONIGHT   THU NIGHT"), each
    with the column it starts at, or []."""
    if not text[:1].isspace():
        return []
    cells: list[tuple[str, int]] = []
    for word in re.finditer(r"\S+", text):
        if word.group(0).upper() == "NIGHT" and cells and not cells[-1][0].upper().endswith("NIGHT"):
            cells[-1] = (f"{cells[-1][0]} NIGHT", cells[-1][1])
        elif is_period_name(word.group(0)):
            cells.append((word.group(0), word.start()))
        else:
            return []
    return cells if len(cells) >= 2 else []


_ROW_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][^.]*?)(?:\s*\.{3,}\s*|\s{2,})(?=\S)")


def _read_columns(
    lines: list[_Line], index: int, columns: list[tuple[str, int]], calendar: _Calendar, zone: str | None,
    found: list[WeatherForecast],
) -> int:
    """Rows of a table whose columns are periods ("CLOUD COVER   MCLEAR   PCLDY   MCLDY"): one
    forecast per row, judged by the last period it covers."""
    dates = [calendar.date_of(name) for name, _ in columns]
    starts = [start for _, start in columns]
    where = f" in {zone}" if zone else ""
    while index < len(lines):
        line = lines[index]
        stripped = line.text.strip()
        if not stripped or _SECTION_END.match(stripped) or _PERIOD_LINE.match(line.text):
            break
        match = _ROW_LABEL.match(line.text)
        if match and not _NOT_FORECAST_ROW.match(match.group("label").strip()):
            cells: list[list[str]] = [[] for _ in columns]
            for token in re.finditer(r"\S+", line.text[match.end():]):
                at = match.end() + token.start()
                column = max([i for i, start in enumerate(starts) if start <= at + 2] or [0])
                cells[column].append(token.group(0))
            pairs = ", ".join(
                f"{_readable(name)} {' '.join(cell).lower()}" for (name, _), cell in zip(columns, cells) if cell
            )
            found.append(WeatherForecast(
                line.start + len(line.text) - len(line.text.lstrip()), line.start + len(line.text.rstrip()),
                _SPACES.sub(" ", stripped), f"{_readable(match.group('label')).capitalize()}{where}: {pairs}.",
                0.9, dates[-1], "weather table row",
            ))
        index += 1
    return index


def _join(parts: list[tuple[str, int]]) -> tuple[str, list[int]]:
    """Lines joined by single spaces, with the raw offset of every character."""
    text: list[str] = []
    offsets: list[int] = []
    for number, (part, start) in enumerate(parts):
        if number and text:
            text.append(" ")
            offsets.append(start - 1)
        text.append(part)
        offsets.extend(range(start, start + len(part)))
    return "".join(text), offsets


def _read_row(line: _Line, row: re.Match[str], label: str, where: str, date: dt.date | None, found: list[WeatherForecast]) -> None:
    name = _SPACES.sub(" ", row.group("label")).strip()
    if _NOT_FORECAST_ROW.match(name):
        return
    value = row.group("value").strip()
    start = line.start + len(line.text) - len(line.text.lstrip())
    quote = _SPACES.sub(" ", line.text.strip())
    said = _readable(value)
    found.append(WeatherForecast(
        start, line.start + len(line.text.rstrip()), quote, f"{label}{where}: {name.lower()} {said[:1].lower()}{said[1:]}.",
        _row_probability(name, value), date, "weather table row",
    ))


def _row_probability(name: str, value: str) -> float:
    """'CHANCE OF PCPN......10 PERCENT.' states its probability; 'RIP CURRENT RISK....LOW.'
    forecasts a category, as sure as a plain forecast; 'WEATHER.....SLIGHT CHANCE OF SHOWERS.'
    is hedged by its value's words."""
    if re.search(r"\b(?:CHANCE|PROBABILITY|POP|CWR)\b", name, re.IGNORECASE):
        return weather_probability(f"{name} {value}")
    return weather_probability(value)


def _position(line: _Line, match: re.Match[str], issued: dt.date | None, title: str | None) -> WeatherForecast | None:
    """'12H  01/0600Z 17.3N  21.0W   35 KT  40 MPH': where the storm will be, and how strong."""
    day, time, rest = int(match.group("day")), match.group("time"), match.group("rest")
    when = None
    if issued is not None:
        month = issued.replace(day=1)
        if day < issued.day - 7:  # the table runs into the next month
            month = (month + dt.timedelta(days=32)).replace(day=1)
        try:
            when = month.replace(day=day)
        except ValueError:
            when = None
    storm = _storm(title)
    moment = f"at {time} UTC on {when.isoformat()}" if when else f"at {time} UTC on day {day:02d}"
    place = _LAT_LON.search(rest)
    winds = _WINDS.search(rest)
    status = rest.split("...", 1)[1].strip() if "..." in rest else ""
    if "DISSIPATED" in rest.upper():
        claim = f"{storm} will have dissipated by {time} UTC" + (f" on {when.isoformat()}" if when else "")
    elif place:
        claim = f"{storm} will be near {place.group(0).replace('  ', ' ')} {moment}"
        if winds:
            claim += f" with maximum winds of {winds.group('kt')} kt ({winds.group('mph')} mph)"
        if status:
            claim += f", {_readable(status).lower()}"
    else:
        return None
    start = line.start + len(line.text) - len(line.text.lstrip())
    end = line.start + len(line.text.rstrip())
    return WeatherForecast(start, end, _SPACES.sub(" ", line.text.strip()), claim + ".", 0.9, when, "forecast position")


def _storm(title: str | None) -> str:
    """'Tropical Depression Ten Discussion Number 1' -> 'Tropical Depression Ten'."""
    if not title:
        return "The storm"
    name = re.split(r"\s+(?:INTERMEDIATE\s+)?(?:DISCUSSION|ADVISORY|FORECAST/ADVISORY)\b", title, maxsplit=1, flags=re.IGNORECASE)[0]
    return _place(name) if name.upper() == name else name


def _headline(lines: list[_Line], index: int, issued: dt.date | None, found: list[WeatherForecast]) -> int:
    """'...HERMINE EXPECTED TO TURN NORTHWARD LATER TODAY...', possibly over two lines."""
    first = lines[index]
    parts = [(first.text, first.start)]
    end = index + 1
    while not parts[-1][0].rstrip().endswith("...") and end < len(lines) and lines[end].text.strip() and end - index < 4:
        parts.append((lines[end].text, lines[end].start))
        end += 1
    joined, offsets = _join(parts)
    match = _HEADLINE.match(joined.strip())
    if match is None or not parts[-1][0].rstrip().endswith("..."):
        return index + 1
    body = match.group("body")
    if _HEADLINE_WORDS.search(body) and not _NOT_A_FORECAST.search(body):
        lead = len(joined) - len(joined.lstrip())
        start = offsets[lead]
        stop = offsets[len(joined.rstrip()) - 1] + 1
        calendar = _Calendar(issued)
        date = _day_mentioned(body, calendar)
        found.append(WeatherForecast(
            start, stop, _SPACES.sub(" ", joined.strip()), f"{_readable(body)}.", weather_probability(body), date, "weather headline"
        ))
    return end


_DAY_WORDS = re.compile(
    r"\b(?:(?:LATER\s+|LATE\s+|EARLY\s+)?(?:TODAY|TONIGHT)|THIS\s+(?:MORNING|AFTERNOON|EVENING)|"
    r"(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY(?:\s+NIGHT)?)\b",
    re.IGNORECASE,
)


def _day_mentioned(text: str, calendar: _Calendar) -> dt.date | None:
    """The last day a sentence names ("LATER TODAY", "BY MONDAY"), counted from the issue date."""
    words = [m.group(0) for m in _DAY_WORDS.finditer(text)]
    if not words:
        return None
    name = re.sub(r"^(?:LATER|LATE|EARLY)\s+", "", words[-1].upper())
    return calendar.date_of(name)


def _bullet(lines: list[_Line], index: int, bullet: re.Match[str], issued: dt.date | None, found: list[WeatherForecast]) -> int:
    """'* WINDS/VISIBILITY...WINDS WILL BE SOUTHEAST AT 10 TO 20 MPH.': each sentence of the
    bullet that says it forecasts."""
    first = lines[index]
    label = bullet.group("label")
    rest_at = first.start + first.text.index(bullet.group("rest"), first.text.index("..."))
    parts = [(bullet.group("rest"), rest_at)]
    index += 1
    while index < len(lines):
        text = lines[index].text
        stripped = text.strip()
        if not stripped or stripped.startswith("*") or _SECTION_END.match(stripped) or not text[:1].isspace():
            break
        parts.append((text, lines[index].start))
        index += 1
    if _BULLET_LABELS_NOT_READ.match(label):
        return index
    joined, offsets = _join(parts)
    for number, (sentence_start, sentence) in enumerate(_split(joined, _SENTENCE_END)):
        for part_start, part in _split(sentence, re.compile(r"\.\.\.(?=(?:HOWEVER|BUT)\b)", re.IGNORECASE)):
            stripped = part.strip()
            if not stripped or not _FORECAST_WORDS.search(stripped) or _NOT_A_FORECAST.search(stripped) or _INSTRUCTION.search(stripped):
                continue
            lead = len(part) - len(part.lstrip())
            at = sentence_start + part_start + lead
            raw_start, raw_end = offsets[at], offsets[at + len(stripped) - 1] + 1
            quote = _SPACES.sub(" ", stripped)
            if number == 0 and part_start == 0:
                raw_start = first.start + len(first.text) - len(first.text.lstrip())
                quote = f"* {label}...{quote}"
            date = _day_mentioned(stripped, _Calendar(issued))
            found.append(WeatherForecast(
                raw_start, raw_end, quote, f"{_readable(stripped)}.", weather_probability(stripped), date, "weather bullet"
            ))
    return index


# ---------------------------------------------------------------- joining the rules' candidates


def _located(text: str, candidates: tuple[Candidate, ...]) -> list[tuple[int, int]]:
    """Where each candidate's quote sits in ``text`` ((-1, -1) when nowhere), in reading order."""
    view, where = _alnum_view(text)
    cursor = 0
    spans: list[tuple[int, int]] = []
    for candidate in candidates:
        key, _ = _alnum_view(candidate.quote)
        at = view.find(key, cursor) if key else -1
        if at < 0 and key:
            at = view.find(key)
        if at < 0:
            spans.append((-1, -1))
            continue
        cursor = at
        spans.append((where[at], where[min(at + len(key), len(where)) - 1] + 1))
    return spans


def with_structure(
    text: str,
    candidates: tuple[Candidate, ...],
    structured: list[WeatherForecast],
    *,
    confidences: bool,
    min_confidence: float,
) -> tuple[Candidate, ...]:
    """The rules' and the detector's candidates with the product's structured ones, in text
    order. A period sentence, table row or forecast position replaces the candidates of its
    sentence; a headline, bullet or prose sentence that a rule restated keeps the rule's
    candidate, lifted to the kind's record, and replaces one the detector alone found."""
    from tracker.extract import Candidate

    spans = _located(text, candidates)
    lifted = list(candidates)
    placed: list[tuple[int, int, Candidate]] = []
    covered: set[int] = set()
    for order, forecast in enumerate(structured):
        confidence = KIND_CONFIDENCE[forecast.kind]
        overlapping = [i for i, (start, end) in enumerate(spans) if start >= 0 and start < forecast.end and forecast.start < end]
        restated = [i for i in overlapping if candidates[i].cue != DETECTOR_CUE]
        if restated and forecast.kind in _YIELDING_KINDS:
            # The rules restated this sentence already: keep their claim, with the better of
            # the two records.
            for i in restated:
                if confidences and (lifted[i].confidence or 0.0) < confidence:
                    lifted[i] = dataclasses.replace(lifted[i], confidence=confidence)
            continue
        if forecast.kind in _YIELDING_KINDS:
            # The detector alone saw it and keeps the sentence as its claim: the structure's
            # reading (claim, probability, day) replaces it, as sure as the surer of the two.
            confidence = max([confidence, *((candidates[i].confidence or 0.0) for i in overlapping)])
        covered.update(overlapping)
        placed.append((forecast.start, order, Candidate(
            quote=forecast.quote, claim=forecast.claim, probability=forecast.probability, deadline=forecast.deadline,
            speaker=forecast.speaker, cue=forecast.kind, confidence=confidence if confidences else None,
        )))
    last = 0
    for index, (candidate, (start, _)) in enumerate(zip(lifted, spans)):
        last = start if start >= 0 else last
        if index not in covered:
            placed.append((last, len(structured) + index, candidate))
    placed.sort(key=lambda item: (item[0], item[1]))
    return tuple(c for _, _, c in placed if c.confidence is None or c.confidence >= min_confidence)


# Headlines and bullet sentences are read by a looser test than periods: where the rules and
# the detector are surer of a sentence, their candidate stays.
_YIELDING_KINDS = frozenset({"weather headline", "weather bullet", "weather prose", "weather prose (time)"})
