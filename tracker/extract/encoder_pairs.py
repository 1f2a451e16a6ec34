"""What the cascade's encoder reads for one unit when it reads it with its context.

A unit alone often hides what makes it a forecast: "Ferrand by five seconds." answers the
"Who wins Sunday?" above it, a list row sits under "Our predictions:", a reported forecast's
cue is in the sentence before. So the encoder can read a sentence pair, BERT's way:
``[CLS] unit [SEP] context [SEP]``, the context being the lead the unit sits under (the
nearest heading, question or line ending in a colon above it, when that is not the unit
just before) and the unit just before it. The vector is pooled over ``[CLS] unit [SEP]``
only: the context informs those tokens through attention, but the vector describes the unit.

Fine-tuning (``tracker.training.encoder_tuning --context``) and run time
(``tracker.extract.cascade.Encoder``) both build the token ids here, with the package's own
WordPiece, so the encoder reads at run time exactly what it was taught on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from tracker.extract.units import Unit

PAIR_MAX_TOKENS = 128
CONTEXT_MAX_TOKENS = 48  # the whole context: the lead's first tokens, then the previous unit's last ones
LEAD_MAX_TOKENS = 16


class Context(NamedTuple):
    """The text a unit sits under (``""``: none, or it is the previous unit) and the unit before it."""

    lead: str
    previous: str


class PairIds(NamedTuple):
    """One unit's input to the encoder: token ids, segment ids (0: the unit, 1: the context)
    and how many leading tokens (``[CLS]``, the unit, ``[SEP]``) the vector is pooled over."""

    ids: list[int]
    segments: list[int]
    pooled: int


def _leads(units: Sequence[Unit]) -> list[int]:
    """Per unit, the position of the nearest heading, question or line ending in a colon
    above it (``-1``: none)."""
    found, lead = [], -1
    for at, unit in enumerate(units):
        found.append(lead)
        text = unit.text.rstrip()
        if (unit.heading and not unit.list_item) or text.endswith(":") or text.endswith("?"):
            lead = at
    return found


def unit_contexts(units: Sequence[Unit]) -> list[Context]:
    """Each unit's context in its text: the lead it sits under unless that is the unit just
    before it (which the context holds anyway), and the unit just before it. The first unit
    of a text has none."""
    leads = _leads(units)
    return [
        Context(units[leads[at]].text if 0 <= leads[at] < at - 1 else "", units[at - 1].text if at else "")
        for at in range(len(units))
    ]


def pair_ids(encode: Callable[[str], list[int]], cls: int, sep: int, unit: str, context: Context) -> PairIds:
    """``[CLS] unit [SEP] lead previous [SEP]``: at most ``LEAD_MAX_TOKENS`` of the lead (its
    start: a heading says what follows), the previous unit's last tokens up to
    ``CONTEXT_MAX_TOKENS`` in all (its end leads into the unit), and the unit cut so that the
    pair fits ``PAIR_MAX_TOKENS``. A unit with no context reads ``[CLS] unit [SEP]``, as alone."""
    lead = encode(context.lead)[:LEAD_MAX_TOKENS] if context.lead else []
    room = CONTEXT_MAX_TOKENS - len(lead)
    previous = encode(context.previous)[-room:] if context.previous and room > 0 else []
    extra = lead + previous
    unit_ids = encode(unit)[: PAIR_MAX_TOKENS - 3 - len(extra) if extra else PAIR_MAX_TOKENS - 2]
    first = [cls, *unit_ids, sep]
    if not extra:
        return PairIds(first, [0] * len(first), len(first))
    second = [*extra, sep]
    return PairIds(first + second, [0] * len(first) + [1] * len(second), len(first))
