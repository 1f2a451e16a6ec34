"""Content hashes that let a forecaster prove a prediction was never changed.

The hash is SHA-256 over a canonical JSON object of the prediction's fields, so anyone
can recompute it without tracker (the README shows how). Publish the hashes of your
predictions before the outcomes are known; ``tracker verify`` recomputes them later.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from collections.abc import Mapping
from typing import Any

#: The fields covered, in the canonical object. Tags are labels for browsing, not part
#: of what was predicted, so they can change without breaking a published hash.
HASHED_FIELDS = ("claim", "deadline", "author", "outlet", "date", "probability", "quote", "url")


def canonical_fields(
    *,
    claim: str,
    deadline: dt.date | str | None,
    author: str,
    outlet: str | None,
    date: dt.date | str,
    probability: float | None,
    quote: str | None,
    url: str | None,
) -> dict[str, Any]:
    """The hashed fields as plain JSON values (dates as ISO strings)."""

    def iso(value: dt.date | str | None) -> str | None:
        return value.isoformat() if isinstance(value, dt.date) else value

    return {
        "claim": claim,
        "deadline": iso(deadline),
        "author": author,
        "outlet": outlet,
        "date": iso(date),
        # + 0.0 turns -0.0 into 0.0: the same number must give the same bytes.
        "probability": None if probability is None else float(probability) + 0.0,
        "quote": quote,
        "url": url,
    }


def canonical_json(fields: Mapping[str, Any]) -> str:
    """Sorted keys, no spaces, UTF-8 kept as is: one byte string per prediction."""
    return json.dumps(
        {key: fields[key] for key in HASHED_FIELDS},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        allow_nan=False,
    )


_SORTED_FIELDS = tuple(sorted(HASHED_FIELDS))
_encode_text = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) writes for a str


def _plain_canonical_json(fields: Mapping[str, Any]) -> str | None:
    """``canonical_json`` written out for text, null and finite floats (every field a prediction
    has): imports hash every row. None for any other value, which ``json.dumps`` then handles."""
    parts = []
    for key in _SORTED_FIELDS:
        value = fields[key]
        if value is None:
            parts.append(f'"{key}":null')
        elif type(value) is str:
            parts.append(f'"{key}":{_encode_text(value)}')
        elif type(value) is float and math.isfinite(value):
            parts.append(f'"{key}":{float.__repr__(value)}')
        else:
            return None
    return "{" + ",".join(parts) + "}"


def content_hash(fields: Mapping[str, Any]) -> str:
    """SHA-256 hex digest of the canonical JSON of ``fields``."""
    text = _plain_canonical_json(fields)
    if text is None:
        text = canonical_json(fields)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _json_text(value: str | None) -> str:
    return "null" if value is None else _encode_text(value)


def prediction_hash(entry: Any) -> str:
    """``content_hash(entry.hashed_fields())`` for a ``PredictionInput``, written out without the
    intermediate dict for the types a checked prediction holds (an import hashes every row);
    anything else goes the general way."""
    claim, author, made_on, deadline = entry.claim, entry.author, entry.made_on, entry.deadline
    outlet, quote, url, probability = entry.outlet, entry.quote, entry.url, entry.probability
    if probability is not None:
        probability = float(probability) + 0.0
    if (type(claim) is str and type(author) is str and type(made_on) is dt.date
            and (deadline is None or type(deadline) is dt.date)
            and (probability is None or math.isfinite(probability))
            and (outlet is None or type(outlet) is str) and (quote is None or type(quote) is str)
            and (url is None or type(url) is str)):
        due = "null" if deadline is None else f'"{deadline.isoformat()}"'
        chance = "null" if probability is None else float.__repr__(probability)
        text = (
            f'{{"author":{_encode_text(author)},"claim":{_encode_text(claim)},"date":"{made_on.isoformat()}",'
            f'"deadline":{due},"outlet":{_json_text(outlet)},"probability":{chance},'
            f'"quote":{_json_text(quote)},"url":{_json_text(url)}}}'
        )
        return hashlib.sha256(text.encode("utf-8")).hexdigest()
    return content_hash(entry.hashed_fields())


def _normalised_wording(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(".")


def wording_key(text: str) -> str:
    """A claim's wording without its deadline: finds the same words resolved under another deadline."""
    return hashlib.sha256(_normalised_wording(text).encode("utf-8")).hexdigest()


def claim_key(text: str, deadline: dt.date | None) -> str:
    """Identity of a claim: case, spacing and a final full stop do not make a new claim."""
    normalised = _normalised_wording(text)
    stamp = deadline.isoformat() if deadline else ""
    return hashlib.sha256(f"{normalised}\x1f{stamp}".encode("utf-8")).hexdigest()


def claim_keys(text: str, deadline: dt.date | None) -> tuple[str, str]:
    """``(claim_key, wording_key)`` with the wording normalised once (an import needs both)."""
    normalised = _normalised_wording(text)
    stamp = deadline.isoformat() if deadline else ""
    return (
        hashlib.sha256(f"{normalised}\x1f{stamp}".encode("utf-8")).hexdigest(),
        hashlib.sha256(normalised.encode("utf-8")).hexdigest(),
    )
