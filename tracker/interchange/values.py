"""Single values read from import files: tidied, range-checked, then converted.

Files written by other programs carry what typing never does: line breaks and tabs inside
titles, non-breaking and zero-width spaces, byte-order marks in the middle of a field,
Windows-1252 punctuation decoded as C1 control characters. Each value is tidied and
checked for size before it is converted, so that a 5,000-digit number or a timestamp at
the edge of the calendar is refused with a message instead of crashing the conversion.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from tracker.errors import UsageError

# Whitespace of any kind (Python's \s covers tabs, newlines, NBSP, U+2028...) and the
# zero-width characters that only ever separate or join words invisibly.
_SPACES = re.compile(r"\s+")
_ZERO_WIDTH = str.maketrans("", "", "\u200b\u2060\ufeff")
# C1 controls are never typed: in real exports they are Windows-1252 punctuation decoded as
# Latin-1 (U+0096 was an en dash). The five code points cp1252 leaves undefined stay as they are.
_C1 = re.compile(r"[\x80-\x9f]")
_CP1252 = {chr(b): bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}

MAX_SHORT = 64  # characters in a date, a timestamp, a number or an id
STAMP_YEARS = (1900, 9998)  # a timestamp outside these years is no record of tracker's era


def tidy_line(value: str | None) -> str | None:
    """One-line text as a reader sees it: every run of whitespace is one space, invisible
    characters and a stray byte-order mark are gone, Windows-1252 punctuation is restored."""
    if value is None:
        return None
    if value.isascii():
        text = value
    else:
        text = value.translate(_ZERO_WIDTH)
        if _C1.search(text):
            text = _C1.sub(lambda m: _CP1252.get(m.group(), m.group()), text)
    if "  " in text or not text.isprintable():
        text = _SPACES.sub(" ", text)
    return text.strip() or None


def tidy_block(value: str | None) -> str | None:
    """Multi-line text (quotes, notes): line breaks stay, invisible characters go."""
    if value is None:
        return None
    if value.isascii():
        return value.strip() or None
    text = value.translate(_ZERO_WIDTH)
    if _C1.search(text):
        text = _C1.sub(lambda m: _CP1252.get(m.group(), m.group()), text)
    return text.strip() or None


def short(value: str, what: str, limit: int = MAX_SHORT) -> str:
    """``value`` if it is short enough to be a date, a number or an id."""
    if len(value) > limit:
        raise UsageError(f"{what} is {len(value):,} characters long, too long to be read as one ({value[:20]!r}...)")
    return value


# "2011-10-08 12:00:00 UTC" (Rails), "2024-03-05 14:07:9" (Fatebook), "2024-09-02 08:15:31.204118+00:00"
# (Metaculus), "2021-03-04T05:06:07Z" (ISO 8601): read exactly, without dateutil.
_STAMP = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[ T](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d{1,9}))?)?)?"
    r"\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?"
)


_UTC_NAMES = (None, "Z", "UTC", "GMT")


def parse_stamp(text: str, what: str) -> tuple[dt.datetime, bool]:
    """A timestamp and whether it named its time zone; naive ones are returned as written.

    Refuses (rather than crashes on) years outside 1900-9998 and values too long to be a date.
    """
    raw = short(text.strip(), what)
    fixed = _fixed_stamp(raw, what)
    return fixed if fixed is not None else _parse_stamp_general(raw, what)


def _parse_stamp_general(raw: str, what: str) -> tuple[dt.datetime, bool]:
    match = _STAMP.fullmatch(raw)
    if match is None:
        return _parse_odd_stamp(raw, what)
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    _check_year(int(year), raw, what)
    if zone in _UTC_NAMES and fraction is None and len(raw) >= 19 and raw[13] == ":" and raw[16] == ":" and len(second or "") == 2:
        # The common exact form (Rails' "2011-10-08 12:00:00 UTC", ISO's "...T12:00:00Z"):
        # the first 19 characters are exactly what fromisoformat reads, at a fraction of the cost.
        try:
            stamp = dt.datetime.fromisoformat(raw[:19])
        except ValueError as exc:
            raise UsageError(f"{what} {raw!r} is not a real time ({exc})") from None
        return (stamp, False) if zone is None else (stamp.replace(tzinfo=dt.timezone.utc), True)
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    try:
        stamp = dt.datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0), micro)
    except ValueError as exc:
        raise UsageError(f"{what} {raw!r} is not a real time ({exc})") from None
    if zone is None:
        return stamp, False
    if zone in ("Z", "UTC", "GMT"):
        return stamp.replace(tzinfo=dt.timezone.utc), True
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 23 or minutes > 59:
        raise UsageError(f"{what} {raw!r} has an impossible time zone offset")
    return stamp.replace(tzinfo=dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))), True


#: What may follow "YYYY-MM-DD HH:MM:SS" in the fixed shape, and whether it names UTC.
_FIXED_TAILS = {"": False, "Z": True, " Z": True, "UTC": True, " UTC": True, "GMT": True, " GMT": True}


def _fixed_stamp(raw: str, what: str) -> tuple[dt.datetime, bool] | None:
    """``parse_stamp`` for the fixed shape nearly every export writes (Rails' ``2011-10-08
    12:00:00 UTC``, ISO's ``2021-03-04T05:06:07Z``), checked by position instead of by the
    regular expression; None for any other text, which the general parser reads."""
    zoned = _FIXED_TAILS.get(raw[19:])
    if (zoned is None or len(raw) < 19 or not raw.isascii() or raw[4] != "-" or raw[7] != "-" or raw[10] not in " T"
            or raw[13] != ":" or raw[16] != ":"
            or not (raw[:4] + raw[5:7] + raw[8:10] + raw[11:13] + raw[14:16] + raw[17:19]).isdigit()):
        return None
    _check_year(int(raw[:4]), raw, what)
    try:
        stamp = dt.datetime.fromisoformat(raw[:19])
    except ValueError as exc:
        raise UsageError(f"{what} {raw!r} is not a real time ({exc})") from None
    return (stamp.replace(tzinfo=dt.timezone.utc), True) if zoned else (stamp, False)


def _parse_odd_stamp(raw: str, what: str) -> tuple[dt.datetime, bool]:
    """Forms the exact parser does not know ("Mar 5 2024 2:07 PM"): dateutil, range-checked."""
    import warnings

    from dateutil import parser

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            stamp = parser.parse(raw)
        except (parser.ParserError, OverflowError, ValueError, TypeError):
            raise UsageError(f"cannot read {what} {raw!r} as a date and time") from None
    if any(issubclass(w.category, parser.UnknownTimezoneWarning) for w in caught):
        # "2011-10-08 12:00:00 TC": dateutil would drop the zone and print a Python warning.
        raise UsageError(f"cannot read {what} {raw!r}: its time zone is not one tracker knows (write UTC or an offset such as +02:00)")
    _check_year(stamp.year, raw, what)
    return stamp, stamp.tzinfo is not None


def _check_year(year: int, raw: str, what: str) -> None:
    low, high = STAMP_YEARS
    if not low <= year <= high:
        raise UsageError(f"{what} {raw!r} is out of range: its year must lie between {low} and {high}")


def utc_stamp(text: str | None, what: str) -> dt.datetime | None:
    """A timestamp in UTC; one without a zone is taken as UTC, as tracker writes them."""
    if text is None or not text.strip():
        return None
    stamp, zoned = parse_stamp(text, what)
    if not zoned:
        return stamp.replace(tzinfo=dt.timezone.utc)
    return stamp.astimezone(dt.timezone.utc)


# --- JSON numbers ----------------------------------------------------------------------------


class NumberOutOfRange(ValueError):
    """A JSON number no float holds: refused with its text, never read as inf or 0."""


def json_float(text: str) -> float:
    """``json.loads``'s ``parse_float``: 1e999 would be inf and 1e-400 would be 0, silently."""
    value = float(text)
    if math.isinf(value):
        raise NumberOutOfRange(f"the number {text[:24]} is out of range: too large to be read")
    if value == 0 and any(ch in "123456789" for ch in text.lower().split("e")[0]):
        raise NumberOutOfRange(f"the number {text[:24]} is out of range: too small to be read (it would be 0)")
    return value


def json_constant(name: str) -> float:
    """``json.loads``'s ``parse_constant``: NaN and Infinity are not JSON (RFC 8259), though Python writes them."""
    raise NumberOutOfRange(f"{name} is not a JSON number")


JSON_NUMBERS = {"parse_float": json_float, "parse_constant": json_constant}


# --- spreadsheets ----------------------------------------------------------------------------

#: A cell a spreadsheet would run as a formula (OWASP's list), plus the apostrophe that marks
#: a neutralised cell, so that un-neutralising on import is exact.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ESCAPED_STARTS = (*FORMULA_STARTS, "'")


def spreadsheet_cell(value: str) -> str:
    """``value`` with an apostrophe in front if a spreadsheet would read it as a formula."""
    if value.startswith(FORMULA_STARTS) or (value.startswith("'") and value[1:].startswith(_ESCAPED_STARTS)):
        return "'" + value
    return value


def from_spreadsheet_cell(value: str) -> str:
    """The exact inverse of ``spreadsheet_cell``."""
    if value.startswith("'") and value[1:2] and value[1:].startswith(_ESCAPED_STARTS):
        return value[1:]
    return value
