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
from dataclasses import dataclass

_WMO = re.compile(r"^[A-Z]{4}\d{2} [A-Z]{4} \d{6}(?: [A-Z]{3})?\s*$")
_AWIPS = re.compile(r"^[A-Z0-9]{4,9}\s*$")
_SKIP = re.compile(r"^(?:BULLETIN|URGENT|IMMEDIATE BROADCAST REQUESTED)\s*$|^SPC \w+ \d+\s*$|^[A-Z]{2}[CZ]\d{3}|^[\d>-]+-\s*$|-\d{6}-\s*$", re.IGNORECASE)
_OFFICE = re.compile(r"^(?:NWS|NATIONAL WEATHER SERVICE|NOAA)\b", re.IGNORECASE)
_CODE_AFTER_OFFICE = re.compile(r"\s{2,}\S+\s*$")
_ISSUED = re.compile(r"^\d{3,4}\s+(?:AM|PM)\s+[A-Z]{3,4}\s+[A-Z]{3}\s+(?P<month>[A-Z]{3})\s+(?P<day>\d{1,2})\s+(?P<year>\d{4})\b", re.IGNORECASE)
_MONTHS = {name: number for number, name in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), 1)}
_SECTION_SIGNATURE = re.compile(r"^[A-Z /]+\.\.\.(?P<who>[A-Za-z]+)")


@dataclass(frozen=True)
class ProductMeta:
    title: str | None
    author: str | None
    published: dt.date | None
    outlet: str | None


def _signature(lines: list[str]) -> str | None:
    """The forecaster's name after the last "$$": "Forecaster Pasch", "KLP", or one
    "SECTION...NAME" line per part of a discussion."""
    if "$$" not in (line.strip() for line in lines):
        return None
    last = max(i for i, line in enumerate(lines) if line.strip() == "$$")
    tail = [line.strip() for line in lines[last + 1:] if line.strip() and line.strip() not in ("$$", "&&")]
    if not tail:
        return None
    sections = [m.group("who") for m in map(_SECTION_SIGNATURE.match, tail) if m]
    if sections:
        return ", ".join(sections)
    name = re.sub(r"^Forecaster\s+", "", tail[0], flags=re.IGNORECASE)
    return name if len(name) <= 40 and not name.endswith(".") else None


def read_product(text: str) -> ProductMeta | None:
    """Metadata of an NWS text product, or None when ``text`` is not one."""
    lines = text.replace("\r\n", "\n").split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled or not _WMO.match(lines[filled[0]].strip()):
        return None
    title_lines: list[str] = []
    outlet = published = None
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
        break
    if outlet is None:
        return None
    title = re.sub(r"\s+", " ", " ".join(title_lines)).strip() or None
    return ProductMeta(title, _signature(lines), published, outlet)
