"""Metadata of US National Weather Service text products, read from their fixed layout.

A product opens with a WMO heading ("WTNT34 KNHC 041303") and an AWIPS identifier
("TCPAT4"), then (after zone codes or "BULLETIN") its title on one or two lines, the
issuing office ("NWS NATIONAL HURRICANE CENTER MIAMI FL       AL092016"), and the issue
time ("800 AM EDT SUN SEP 04 2016"). The forecaster signs after the last "$$". News-page
rules would take the WMO heading for the title and find neither office nor date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

_WMO = re.compile(r"^[A-Z]{4}\d{2} [A-Z]{4} \d{6}(?: [A-Z]{3})?\s*$")
_AWIPS = re.compile(r"^[A-Z0-9]{4,9}\s*$")
_SKIP = re.compile(r"^(?:BULLETIN|URGENT|IMMEDIATE BROADCAST REQUESTED)\s*$|^SPC \w+ \d+\s*$|^[A-Z]{2}[CZ]\d{3}|^[\d>-]+-\s*$|-\d{6}-\s*$", re.IGNORECASE)
_OFFICE = re.compile(r"^(?:NWS|NATIONAL WEATHER SERVICE|NOAA)\b", re.IGNORECASE)
_CODE_AFTER_OFFICE = re.compile(r"\s{2,}\S+\s*$")
# "800 AM EDT SUN SEP 04 2016"; tsunami and international products use a 24-hour UTC clock
# ("1858 UTC THU MAR 4 2021").
_ISSUED = re.compile(r"^\d{3,4}\s+(?:(?:AM|PM)\s+)?[A-Z]{3,4}\s+[A-Z]{3}\s+(?P<month>[A-Z]{3})\s+(?P<day>\d{1,2})\s+(?P<year>\d{4})\b", re.IGNORECASE)
_MONTHS = {name: number for number, name in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), 1)}
_SECTION_SIGNATURE = re.compile(r"^[A-Z /]+\.\.\.(?P<who>[A-Za-z]+(?:/[A-Za-z]+)*)")
# International desks sign above the last "$$": "DAVISON...WPC (USA)".
_DESK_SIGNATURE = re.compile(r"^(?P<who>[A-Z][A-Za-z'-]+)\.\.\.[A-Z]{2,5}\b")
# Storm Prediction Center discussions sign in the body: "..PETERS/WEISS.. 08/09/2013".
_SPC_SIGNATURE = re.compile(r"^\.\.(?P<who>[A-Za-z][A-Za-z/ ]{0,40}?)\.\.\s+\d\d/\d\d/\d{4}\s*$")
# "Public Information Statement" is a generic product; its "...headline..." names it.
_GENERIC_TITLE = re.compile(r"^public information statement$", re.IGNORECASE)
_HEADLINE = re.compile(r"^\.\.\.(?P<headline>[^.].*?[^.])\.\.\.$")


@dataclass(frozen=True)
class ProductMeta:
    title: str | None
    author: str | None
    published: dt.date | None
    outlet: str | None


def _signature(lines: list[str]) -> str | None:
    """The forecaster's name after the last "$$": "Forecaster Pasch", "KLP", or one
    "SECTION...NAME" line per part of a discussion."""
    spc = [m.group("who").strip() for m in map(_SPC_SIGNATURE.match, (line.strip() for line in lines)) if m]
    if spc:
        return spc[-1]
    if "$$" not in (line.strip() for line in lines):
        return None
    last = max(i for i, line in enumerate(lines) if line.strip() == "$$")
    tail = [line.strip() for line in lines[last + 1:] if line.strip() and line.strip() not in ("$$", "&&")]
    if not tail:
        above = []
        for line in reversed(lines[:last]):
            match = _DESK_SIGNATURE.match(line.strip())
            if match is None:
                break
            above.insert(0, match.group("who"))
        return ", ".join(_unique(above)) or None
    sections = [m.group("who") for m in map(_SECTION_SIGNATURE.match, tail) if m]
    if sections:
        # Each forecaster once, in the order they first sign ("FAB, BEERENDS", not "FAB, BEERENDS, FAB").
        return ", ".join(_unique(name for who in sections for name in who.split("/")))
    name = re.sub(r"^Forecaster\s+", "", tail[0], flags=re.IGNORECASE)
    return name if len(name) <= 40 and not name.endswith(".") else None


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(names))


def read_product(text: str) -> ProductMeta | None:
    """Metadata of an NWS text product, or None when ``text`` is not one."""
    lines = text.replace("\r\n", "\n").split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled or not _WMO.match(lines[filled[0]].strip()):
        return None
    title_lines: list[str] = []
    outlet = published = None
    issued_at = filled[0]
    for index in filled[1:30]:
        line = lines[index].strip()
        if outlet is None:
            if _OFFICE.match(line):
                outlet = _CODE_AFTER_OFFICE.sub("", line).strip()
            elif not (_AWIPS.match(line) and not title_lines) and not _SKIP.search(line):
                title_lines.append(line)
            continue
        match = _ISSUED.match(line)
        if match and match.group("month").upper() in _MONTHS:
            try:
                published = dt.date(int(match.group("year")), _MONTHS[match.group("month").upper()], int(match.group("day")))
            except ValueError:
                published = None
        issued_at = index
        break
    if outlet is None:
        return None
    title = re.sub(r"\s+", " ", " ".join(title_lines)).strip() or None
    if title and _GENERIC_TITLE.match(title):
        title = _headline(lines, issued_at) or title
    return ProductMeta(title, _signature(lines), published, outlet)


def _headline(lines: list[str], after: int) -> str | None:
    """The first "...headline..." line within a few lines of the issue time."""
    for line in [line.strip() for line in lines[after + 1:] if line.strip()][:3]:
        match = _HEADLINE.match(line)
        if match:
            return match.group("headline").strip()
    return None
