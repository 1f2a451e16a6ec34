"""The public API the CLI codes against, and the promises around it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from tracker import estimative
from tracker.extract import ArticleMeta, Candidate, Extraction, extract

ROOT = Path(__file__).resolve().parent.parent


def test_extraction_shape_and_hash() -> None:
    # Seed 004 standfirst.
    text = "Russian and US leaders dropped their respective rhetorical gauntlets but nobody really expects Russia to invade Ukraine.\n"
    result = extract(text)
    assert isinstance(result, Extraction) and isinstance(result.meta, ArticleMeta)
    assert all(isinstance(c, Candidate) for c in result.forecasts)
    assert result.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert [f.name for f in dataclasses.fields(Candidate)] == ["quote", "claim", "probability", "deadline", "speaker", "cue", "confidence"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.meta.title = "changed"  # type: ignore[misc]


def test_published_argument_overrides_the_dateline() -> None:
    # Seed 004 dateline.
    text = "What Putin Really Told Biden\n\nBy Pepe Escobar\n\nGlobal Research, December 09, 2021\n\nBody.\n"
    assert extract(text).meta.published == dt.date(2021, 12, 9)
    assert extract(text, published=dt.date(2021, 12, 10)).meta.published == dt.date(2021, 12, 10)


def test_extract_is_pure_and_repeatable() -> None:
    text = (ROOT / "seeds" / "004_a563894516935758.txt").read_text(encoding="utf-8")
    assert extract(text) == extract(text)


def test_probabilities_come_from_the_estimative_table() -> None:
    # Every probability of the seeds' candidates is a table value or its mirror image.
    allowed = set(estimative.PHRASES.values()) | {
        estimative.UNHEDGED_WILL, estimative.INTENSIFIED_WILL, estimative.NOBODY_EXPECTS, estimative.DONT_THINK,
        estimative.THERE_WILL_BE_NO, estimative.WILL_NEVER, estimative.UNHEDGED_WILL_NOT, estimative.CANNOT_POSSIBLY,
    }
    allowed |= {round(1 - value, 3) for value in allowed}
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        for candidate in extract(seed.read_text(encoding="utf-8")).forecasts:
            assert candidate.probability in allowed, candidate


def test_import_pulls_in_no_heavy_dependencies() -> None:
    code = (
        "import sys, tracker.extract, tracker.articles; "
        "heavy = [m for m in ('rich', 'sqlmodel', 'typer', 'sqlalchemy') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert output.stdout.strip() == ""


def test_seed_000_own_forecasts() -> None:
    result = extract((ROOT / "seeds" / "000_470e802ec0e9da10.txt").read_text(encoding="utf-8"))
    own = {c.claim: c.probability for c in result.forecasts if c.speaker is None}
    assert own["NATO's war with Russia will end unfavorably"] == 0.7
    assert own["Kiev will retain those western lands that Poland is dying to gobble up"] == 0.4


def test_seed_004_own_forecasts_and_speakers() -> None:
    result = extract((ROOT / "seeds" / "004_a563894516935758.txt").read_text(encoding="utf-8"))
    own = {c.claim: c.probability for c in result.forecasts if c.speaker is None}
    assert own["Russia will invade Ukraine"] == estimative.NOBODY_EXPECTS
    assert own["There will be a NATO war on Russia"] == estimative.THERE_WILL_BE_NO
    speakers = {c.speaker for c in result.forecasts if c.speaker}
    assert {"Diplomats in Brussels", "Dmitry Peskov"} <= speakers
    assert not any("responsible" in c.quote for c in result.forecasts)  # the disclaimer
