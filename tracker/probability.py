"""Read a probability the way people write one: 0.8, 80%, or 'likely'.

Numbers are read as exact decimals and rounded to ``PLACES`` decimal places, so the same
forecast typed as ``71.4%`` or ``0.714`` is stored (and hashed) as the same value, and
``-0`` is ``0``.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from functools import lru_cache

from tracker.errors import UsageError
from tracker.estimative import phrase_probability

#: Decimal places a probability is stored with (0.000001 = 0.0001%).
PLACES = 6
_QUANTUM = Decimal(1).scaleb(-PLACES)
# ASCII digits only: re's \d would also accept fullwidth and other scripts' digits.
_NUMBER = re.compile(r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]{1,4})?$")
_FOREIGN_DIGIT = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4096)  # an import normalises the same few hundred values again and again
def normalise(value: float) -> float:
    """The stored form of a probability: rounded to ``PLACES`` decimals, never ``-0.0``."""
    if not math.isfinite(value):
        return value
    return _exact(Decimal(repr(float(value))))


def _exact(number: Decimal) -> float:
    rounded = float(number.quantize(_QUANTUM, rounding=ROUND_HALF_EVEN)) if abs(number) <= 1000 else float(number)
    return rounded + 0.0  # -0.0 + 0.0 is 0.0


@lru_cache(maxsize=4096)
def parse_probability(text: str) -> float:
    """Turn ``0.8``, ``80%`` or a phrase of estimative probability into a number in [0, 1].

    A bare number above 1 is refused rather than guessed as a percentage: ``80`` could be
    a typo for ``0.8`` or ``8%``, and a silent wrong guess would corrupt a score.
    """
    raw = text.strip()
    if not raw:
        raise UsageError("probability is empty: give a number such as 0.8, a percentage such as 80%, or a phrase such as 'likely'")
    number_text = raw[:-1].strip() if raw.endswith("%") else raw
    if any(ch.isdigit() for ch in number_text) and _FOREIGN_DIGIT.search(number_text):
        raise UsageError(f"probability {raw!r} has non-ASCII characters: type it with the digits 0-9, such as 0.8 or 80%")
    if raw.endswith("%"):
        if not _NUMBER.match(number_text):
            raise UsageError(f"cannot read {raw!r} as a percentage (try 80%)")
        value = _decimal(number_text, raw) / 100
        shown = raw
    elif _NUMBER.match(raw):
        value = _decimal(raw, raw)
        shown = raw
        if 1 < value <= 100:
            # "5." is a whole number written with its point: suggest "5%", not "5.%".
            shown_raw, percent = (repr(raw), raw[:-1]) if raw.endswith(".") else (raw, raw)
            raise UsageError(
                f"probability {shown_raw} is out of range 0-1: did you mean {float(value) / 100:g} or {percent}%?"
            )
    else:
        phrased = phrase_probability(raw)
        if phrased is None:
            raise UsageError(
                f"cannot read {raw!r} as a probability: give 0.8, 80% or a phrase such as "
                "'likely', 'very unlikely' or 'almost certainly not' (see 'tracker phrases')"
            )
        return normalise(phrased)
    if not 0 <= value <= 1:
        raise UsageError(f"probability {shown} is out of range: it must lie between 0 and 1 (0% and 100%)")
    stored = _exact(value)
    if stored in (0.0, 1.0) and value not in (0, 1):
        # 1e-400 would become 0, a certainty: its log score would be infinite instead of large.
        raise UsageError(
            f"probability {shown} is out of range: tracker keeps {PLACES} decimal places, so it would be stored as "
            f"{stored:g}, a certainty; give {stored:g} if that is meant, else a value from 0.000001 to 0.999999"
        )
    return stored


def _decimal(text: str, shown: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:
        raise UsageError(f"cannot read {shown!r} as a probability") from None
