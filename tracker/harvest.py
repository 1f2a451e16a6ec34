"""From article files to saved predictions: read, extract, apply overrides, build records.

The extractor (``tracker.extract``) is pure and knows nothing of files or databases;
this module joins it to ``tracker.articles`` (safe file reading) and to the bulk
importer (``store.import_records``), so ``extract --save`` gets the same all-or-nothing
transaction, de-duplication and speed as ``tracker import``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tracker.errors import TrackerError, UsageError
from tracker.records import ImportRecord, PredictionInput


@dataclass(frozen=True)
class Overrides:
    """Metadata given on the command line. It fills what the text lacks; it replaces what the
    text states only with ``override`` (``--override``), and each replacement is reported."""

    author: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    tags: tuple[str, ...] = ()
    override: bool = False


@dataclass
class Article:
    """One article read and extracted, with the metadata that will be saved."""

    path: str
    title: str | None
    author: str | None
    published: dt.date | None
    outlet: str | None
    sha256: str
    candidates: list[Any]  # tracker.extract.Candidate, possibly edited during review
    notes: list[str] = field(default_factory=list)  # what the options filled, replaced or left alone

    def as_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "title": self.title,
            "author": self.author,
            "published": self.published.isoformat() if self.published else None,
            "outlet": self.outlet,
            "sha256": self.sha256,
            "forecasts": [
                {
                    "quote": c.quote,
                    "claim": c.claim,
                    "probability": c.probability,
                    "deadline": c.deadline.isoformat() if c.deadline else None,
                    "speaker": c.speaker,
                    "cue": c.cue,
                    "confidence": c.confidence,
                }
                for c in self.candidates
            ],
        }


def read_one(source: Path | str, overrides: Overrides, *, min_confidence: float | None = None) -> Article:
    """Read and extract one file (or ``-`` for stdin); raises ``TrackerError`` naming the file.
    Candidates the detector is less sure of than ``min_confidence`` are left out
    (default: ``DEFAULT_MIN_CONFIDENCE``, see tracker/extract/combine.py)."""
    import sys

    from tracker.articles import read_article, read_article_bytes
    from tracker.extract import extract
    from tracker.extract.combine import DEFAULT_MIN_CONFIDENCE

    if min_confidence is None:
        min_confidence = DEFAULT_MIN_CONFIDENCE
    if str(source) == "-":
        if sys.stdin is None:  # started with standard input closed (``<&-``)
            raise UsageError("standard input is closed: no article to read")
        text = read_article_bytes(sys.stdin.buffer.read(), "<stdin>")
        name = "-"
    else:
        text = read_article(Path(source))
        name = str(source)
    result = extract(text, min_confidence=min_confidence)
    meta = result.meta
    author, published, outlet, notes = choose_metadata(name, meta, overrides)
    if published != meta.published:  # horizons ("next month") count from the date chosen
        result = extract(text, published=published, min_confidence=min_confidence)
    return Article(
        path=name,
        title=meta.title,
        author=author,
        published=published,
        outlet=outlet,
        sha256=result.sha256,
        candidates=list(result.forecasts),
        notes=notes,
    )


def choose_metadata(name: str, meta: Any, overrides: Overrides) -> tuple[str | None, dt.date | None, str | None, list[str]]:
    """Author, date and outlet to save, and a note for each option that did not simply fill a
    gap: the text's own dateline is evidence, so replacing it takes ``--override``."""
    notes: list[str] = []
    chosen: dict[str, Any] = {}
    for field_name, option, found in (
        ("author", overrides.author, meta.author),
        ("date", overrides.published, meta.published),
        ("outlet", overrides.outlet, meta.outlet),
    ):
        shown = {"author": "--author", "date": "--date", "outlet": "--outlet"}[field_name]
        text_value = found.isoformat() if isinstance(found, dt.date) else found
        option_value = option.isoformat() if isinstance(option, dt.date) else option
        if option is None or found is None or option_value == text_value:
            chosen[field_name] = option if option is not None else found
        elif overrides.override:
            chosen[field_name] = option
            notes.append(f"{name}: {field_name} {text_value!r} stated in the text replaced by {shown} {option_value!r} (--override)")
        else:
            chosen[field_name] = found
            notes.append(f"{name}: the text states {field_name} {text_value!r}, so {shown} {option_value!r} was not used "
                         "(add --override to replace it)")
    return chosen["author"], chosen["date"], chosen["outlet"], notes


def savable(article: Article, *, include_reported: bool) -> list[Any]:
    """The candidates that would be saved: the author's own, plus reported ones if asked."""
    return [c for c in article.candidates if c.speaker is None or include_reported]


def check_savable(article: Article) -> None:
    """Saving needs a known author and date: refuse rather than guess them."""
    missing = []
    if not article.author:
        missing.append("no author (give --author)")
    if not article.published:
        missing.append("no publication date (give --date)")
    if missing:
        raise UsageError(f"{article.path}: cannot save: the text gives {' and '.join(missing)}")


def to_records(article: Article, overrides: Overrides, *, include_reported: bool) -> tuple[list[ImportRecord], list[UsageError]]:
    """Import records for an article's accepted candidates, and a refusal for each candidate
    that cannot be saved (say, a deadline before the date given with --date): one bad
    candidate does not cost the article its other forecasts. Reported forecasts are saved
    under the name of the person who made them, with the article's outlet and date."""
    check_savable(article)
    assert article.author and article.published
    info = {
        "sha256": article.sha256, "path": article.path if article.path != "-" else None,
        "title": article.title, "author": article.author,
        "published": article.published.isoformat(), "outlet": article.outlet,
    }
    records: list[ImportRecord] = []
    refused: list[UsageError] = []
    for number, candidate in enumerate(savable(article, include_reported=include_reported), 1):
        entry = PredictionInput(
            claim=candidate.claim,
            author=candidate.speaker or article.author,
            made_on=article.published,
            probability=candidate.probability,
            deadline=candidate.deadline,
            outlet=article.outlet,
            quote=candidate.quote,
            url=overrides.url,
            tags=overrides.tags,
            article_sha256=article.sha256,
        )
        try:
            entry = entry.checked()
        except TrackerError as exc:
            refused.append(UsageError(f"{article.path}: forecast {number} not saved: {exc.message}"))
            continue
        records.append(ImportRecord(line=number, prediction=entry, extra={"article": info}))
    return records, refused


def edit_candidate(candidate: Any, *, claim: str | None = None, probability: float | None = None,
                   deadline: dt.date | None = None, set_deadline: bool = False) -> Any:
    """A reviewed candidate with the claim, probability or deadline the user typed
    (``set_deadline`` with ``deadline=None`` removes the deadline)."""
    changes: dict[str, Any] = {}
    if claim is not None:
        changes["claim"] = claim
    if probability is not None:
        changes["probability"] = probability
    if set_deadline:
        changes["deadline"] = deadline
    return replace(candidate, **changes)
