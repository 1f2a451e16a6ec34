"""Read the dates users type (``2021-12-09``, ``Dec 9, 2021``, ``9 December 2021``).

Nothing is guessed. Refused: an all-numeric day and month that could be read both ways
(``05-06-2021``, ``5/6/2021``, ``05 06 2021``: May or June?), a year written with two digits
(``21-12-09``, ``Dec 9, 21``), digits other than 0-9 (fullwidth ``２０２１``), and, for the
day a prediction was made, a date missing its day. For a deadline a month or a year alone
is read as the *end* of the period ("by 2024" means by 31 December 2024).
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import os
import re
from collections.abc import Iterator

from tracker.errors import UsageError

# Day and month as numbers, then the year, anywhere in the text ("05/06/2021 10:00" too).
_NUMERIC_DAY = re.compile(r"(?<![0-9])([0-9]{1,2})\s*[-/. ]\s*([0-9]{1,2})\s*[-/. ]\s*([0-9]{4}|[0-9]{2})(?![0-9:])")
# A day and a month as numbers with the year elsewhere ("05/06 10:00 2021"); not inside 2021-05-06.
_NUMERIC_PAIR = re.compile(r"(?<![0-9/.-])([0-9]{1,2})[/.-]([0-9]{1,2})(?![0-9]|[/.-][0-9])")
_ISO_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_FOUR_DIGIT_YEAR = re.compile(r"(?<![0-9])[0-9]{4}(?![0-9])")
_EIGHT_DIGITS = re.compile(r"(?<![0-9])[0-9]{8}(?![0-9])")  # 20211209
# Two defaults that differ in every field tell us which fields the text itself supplied.
_DEFAULT_A = dt.datetime(2001, 1, 1)
_DEFAULT_B = dt.datetime(2002, 2, 2)


_HELD: list[dt.date] = []  # set by ``held_today`` for the length of one long command


@contextlib.contextmanager
def held_today() -> Iterator[dt.date]:
    """Today's date, read once and kept for a whole import: every row is checked against the
    same day (even across midnight), and 100,000 rows do not read the environment 100,000 times."""
    _HELD.append(today())
    try:
        yield _HELD[-1]
    finally:
        _HELD.pop()


def today() -> dt.date:
    """Today's date; ``TRACKER_TODAY`` pins it so that scripted sessions and tests are reproducible."""
    if _HELD:
        return _HELD[-1]
    pinned = os.environ.get("TRACKER_TODAY")
    if pinned:
        try:
            return dt.date.fromisoformat(pinned)
        except ValueError:
            raise UsageError(f"TRACKER_TODAY={pinned!r} is not a date such as 2022-02-24") from None
    return dt.date.today()


def parse_date(text: str, *, what: str = "date", period_end: bool = False) -> dt.date:
    """Parse ``text`` as a calendar date.

    ``what`` names the field in error messages. With ``period_end`` a year or a month
    alone stands for its last day (deadlines); otherwise a full date is required.
    """
    raw = " ".join(text.split())
    if _ISO_DAY.match(raw):  # the common case, and 100x faster than dateutil (imports of 50,000 rows)
        try:
            return dt.date.fromisoformat(raw)
        except ValueError as exc:
            raise UsageError(f"{what} {raw!r} is not a real date ({exc})") from None

    if any(ch.isdigit() and not ch.isascii() for ch in raw):
        raise UsageError(f"{what} {raw!r} has digits other than 0-9 (fullwidth?): type it as 2021-12-09")
    numeric = _NUMERIC_DAY.search(raw)
    pair = None if numeric else _NUMERIC_PAIR.search(raw)
    if pair and pair.group(1) != pair.group(2) and int(pair.group(1)) <= 12 and int(pair.group(2)) <= 12:
        raise UsageError(f"{what} {raw!r} is ambiguous (day/month or month/day?): write it as 2021-12-09")
    if numeric:
        first, second, year = int(numeric.group(1)), int(numeric.group(2)), numeric.group(3)
        if len(year) == 2:
            raise UsageError(f"{what} {raw!r} has a two-digit year: write the year in full, such as 2021-12-09")
        if first != second and first <= 12 and second <= 12:
            raise UsageError(
                f"{what} {raw!r} is ambiguous (day/month or month/day?): write "
                f"{year}-{second:02d}-{first:02d} or {year}-{first:02d}-{second:02d}"
            )

    from dateutil import parser  # imported here: only commands that read free-form dates pay for it

    if not raw:
        raise UsageError(f"{what} is empty: give a date such as 2021-12-09")
    lowered = raw.lower()
    if lowered in {"today", "now"}:
        return today()
    if lowered == "yesterday":
        return today() - dt.timedelta(days=1)
    if lowered == "tomorrow":
        return today() + dt.timedelta(days=1)
    try:
        first = parser.parse(raw, default=_DEFAULT_A)
        second = parser.parse(raw, default=_DEFAULT_B)
    except (parser.ParserError, OverflowError, ValueError, TypeError) as exc:
        reason = str(exc).split(":")[0]
        if "out of range" in reason or "must be in" in reason:
            raise UsageError(f"{what} {raw!r} is not a real date ({reason})") from None
        raise UsageError(f"cannot read {what} {raw!r}: use a date such as 2021-12-09 or 'Dec 9, 2021'") from None
    has_year = first.year == second.year
    if has_year and not _written_year(raw, first.year):
        raise UsageError(f"{what} {raw!r} has a two-digit year: write the year in full, such as 2021-12-09")
    has_month = first.month == second.month
    has_day = first.day == second.day
    if not has_year:
        raise UsageError(f"{what} {raw!r} has no year: use a date such as 2021-12-09")
    if has_day and has_month:
        return first.date()
    if not period_end:
        raise UsageError(f"{what} {raw!r} is not a full date: give the day too, such as 2021-12-09")
    if has_month:
        last = calendar.monthrange(first.year, first.month)[1]
        return dt.date(first.year, first.month, last)
    if has_day:  # a day without a month ("2021 9th") is not a period
        raise UsageError(f"{what} {raw!r} is not a full date: give the month too")
    return dt.date(first.year, 12, 31)


def _written_year(raw: str, year: int) -> bool:
    """The year dateutil found is written out in full (it reads ``21`` as 2021 or 1921 by itself)."""
    wanted = f"{year:04d}"
    return any(m.group() == wanted for m in _FOUR_DIGIT_YEAR.finditer(raw)) or any(
        m.group().startswith(wanted) for m in _EIGHT_DIGITS.finditer(raw)
    )


def parse_optional_date(text: str | None, **kwargs: object) -> dt.date | None:
    """``parse_date`` for options that may be absent."""
    if text is None:
        return None
    return parse_date(text, **kwargs)  # type: ignore[arg-type]
