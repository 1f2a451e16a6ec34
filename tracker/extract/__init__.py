"""Rule-based, offline extraction of forecasts from article text.

``extract(text)`` is pure: it reads the article's metadata (title, byline, dateline,
outlet) from its own lines and returns every sentence that forecasts something as a
``Candidate`` with a plain positive claim, a probability from
``tracker.estimative``, a deadline, the speaker and the cue words.

Which sentences are forecasts, and how sure that is (``confidence``), is decided by a
small learned detector (``detector.py``, numpy only, loaded on first use); the rules
give each one its structure. A sentence the detector finds but the rules cannot
restate is still a candidate, with the sentence as its claim. Importing this package
loads neither numpy nor the weights.
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass

from tracker.extract.regex_cache import patterns_compiled_once

# Every module an extraction uses is imported here, while the rules' regular expressions are
# built from their stored compiled programs (``regex_cache.py``); none of them imports numpy.
with patterns_compiled_once(__file__):
    from tracker.extract import cascade, combine, products, weather  # noqa: F401
    from tracker.extract.forecasts import find_forecasts
    from tracker.extract.layout import split_blocks
    from tracker.extract.metadata import read_metadata

__all__ = ["ArticleMeta", "Candidate", "Extraction", "extract"]


@dataclass(frozen=True)
class ArticleMeta:
    title: str | None
    author: str | None
    published: datetime.date | None
    outlet: str | None


@dataclass(frozen=True)
class Candidate:
    quote: str  # the verbatim sentence, markdown links/emphasis removed
    claim: str  # plain, positive proposition: "Russia will invade Ukraine"
    probability: float  # the author's (or speaker's) probability that `claim` comes true
    deadline: datetime.date | None  # explicit horizon resolved against the publication date
    speaker: str | None  # None for the author's own forecast
    cue: str  # the words that made it a forecast ("detector" when only the model saw one)
    confidence: float | None = None  # calibrated probability that this is a forecast; None without the detector


@dataclass(frozen=True)
class Extraction:
    meta: ArticleMeta
    forecasts: tuple[Candidate, ...]
    sha256: str  # hex SHA-256 of the UTF-8 text as given


def extract(
    text: str,
    *,
    published: datetime.date | None = None,
    detector: bool = True,
    min_confidence: float = 0.0,
    structure: bool = True,
) -> Extraction:
    """Pure: text in, metadata and candidates out. `published` overrides the date read from
    the text and is the reference date for relative horizons ("over the next few months").
    With ``detector`` every candidate carries a confidence and those below
    ``min_confidence`` are left out; without it, the rules alone decide (for comparison).
    Without ``structure`` a weather product is read by its sentences only, as the detector's
    training examples see it (the structured reading has a confidence of its own)."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    blocks = split_blocks(text)
    found_meta = read_metadata(blocks)
    product = None
    if text.lstrip()[:1].isupper():
        from tracker.extract.products import read_product

        product = read_product(text)
        if product is not None:
            found_meta = product  # type: ignore[assignment]
    meta = ArticleMeta(
        title=found_meta.title,
        author=found_meta.author,
        published=published if published is not None else found_meta.published,
        outlet=found_meta.outlet,
    )
    forecasts = tuple(
        Candidate(f.quote, f.claim, f.probability, f.deadline, f.speaker, f.cue)
        for f in find_forecasts(blocks, meta.author, meta.published, meta.outlet)
    )
    from tracker.extract.weather import is_point_forecast

    # A weather product (or a point forecast) is also read by its layout: periods, table rows,
    # forecast positions (``weather.py``).
    weather = structure and (product is not None or is_point_forecast(text))
    if detector:
        from tracker.extract.combine import with_confidence

        forecasts = with_confidence(text, blocks, forecasts, meta.published, 0.0 if weather else min_confidence, (meta.author, meta.outlet))
    if weather:
        from tracker.extract.weather import read_forecasts, with_structure

        structured = read_forecasts(text, meta.published, meta.title, periods_only=product is None)
        forecasts = with_structure(text, forecasts, structured, confidences=detector, min_confidence=min_confidence if detector else 0.0)
    return Extraction(meta, forecasts, digest)
