"""The four metadata fields of a text, as the metadata tests compare them."""

from __future__ import annotations

from tracker.extract import extract


def meta_fields(text: str) -> tuple[object, ...]:
    """(title, author, published, outlet) of ``text``. The header rules do not read the
    detector's scores, so it is left out to keep the tests fast."""
    meta = extract(text, detector=False).meta
    return meta.title, meta.author, meta.published, meta.outlet
