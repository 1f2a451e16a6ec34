"""The issue's classes on real sentences, read from the shared corpus by path and offsets.

No sentence is copied here: each case names a train or dev text of ``../shared/corpus`` and
the character span its hand label gives, and the extractor reads the whole text. The test
split is never used. Without the shared corpus these tests are skipped with a message.
"""

from __future__ import annotations

import datetime as dt
import sys
from functools import cache
from pathlib import Path

import pytest

from tracker.extract import Extraction, extract
from tracker.extract.combine import DEFAULT_MIN_CONFIDENCE
from tracker.training.data import shared_corpus, splits, text_path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction_eval import candidate_spans  # noqa: E402

pytestmark = pytest.mark.skipif(
    not (shared_corpus() / "texts").is_dir(), reason=f"no shared corpus at {shared_corpus()}: real sentences are read from it"
)


@cache
def _extraction(path: str) -> tuple[str, Extraction]:
    split = splits().get(path, ("", "unsplit"))[1]
    assert split in ("train", "dev"), f"{path} is in the {split} split: only train and dev texts are read"
    text = text_path(path).read_text(encoding="utf-8")
    return text, extract(text, min_confidence=DEFAULT_MIN_CONFIDENCE)


def _direction(probability: float) -> str:
    return "high" if probability > 0.5 else "low" if probability < 0.5 else "even"


# (class, text, start, end, direction of the labelled forecast, whose: None for the writer's)
CASES = [
    ("explicit numbers", "texts/climate_seasonal_outlooks/pywwa-dgt.txt", 303, 408, "high", None),
    ("first person", "texts/forum_blog_predictions/wfaler-2024-predictions-for-the-economy-and-tech.txt", 387, 494, "high", None),
    ("first person", "texts/central_bank/ecb-monetary-policy-statement-20231214.txt", 23098, 23184, "high", None),
    ("negated belief", "texts/energy_commodity_outlooks/usda-wasde-665-2025-11.txt", 13276, 13359, "low", None),
    ("negated belief", "texts/technology_predictions/dustinewers-2019-technology-predictions.txt", 3685, 3797, "low", None),
    ("passive expectation", "texts/central_bank/ecb-monetary-policy-statement-20220721.txt", 7621, 7734, "high", None),
    ("passive expectation", "texts/central_bank/fomc-statement-20160921.txt", 1143, 1250, "high", None),
    ("certainty", "texts/old_futurism_prophecy/wells-anticipations-ch1-locomotion.txt", 19431, 19557, "high", None),
    ("going to", "texts/old_futurism_prophecy/wells-what-is-coming-ch1-forecasting-the-future.txt", 27738, 27821, "high", None),
    ("going to", "texts/political_speeches/1940-12-29-fireside-chat-16-arsenal-democracy.txt", 21898, 21959, "low", None),
    ("prediction list", "texts/forum_blog_predictions/autarch-predictions-for-2020.txt", 1047, 1111, "high", None),
    ("prediction list", "texts/forum_blog_predictions/werkov-2019-predictions.txt", 628, 678, "low", None),
    ("attribution", "texts/central_bank/ecb-monetary-policy-statement-20231214.txt", 1033, 1125, "high", "Eurosystem staff"),
]


@pytest.mark.parametrize(("kind", "path", "start", "end", "direction", "speaker"), CASES, ids=[f"{c[0]}:{c[2]}" for c in CASES])
def test_a_labelled_forecast_is_found_with_its_direction_and_speaker(
    kind: str, path: str, start: int, end: int, direction: str, speaker: str | None
) -> None:
    text, extraction = _extraction(path)
    spans = candidate_spans(text, extraction.forecasts)
    near = [c for c, span in zip(extraction.forecasts, spans) if span[0] >= 0 and span[0] < end and start < span[1]]
    assert near, f"{kind}: no candidate for the labelled span {start}-{end} of {path}"
    assert any(_direction(c.probability) == direction for c in near)
    if speaker is None:
        assert any(c.speaker is None for c in near)
    else:
        assert any(c.speaker is not None and c.speaker.lower() == speaker.lower() for c in near)


# Forward-looking sentences the annotators labelled as not forecasts (train/dev).
NOT_FORECASTS = [
    ("texts/central_bank/ecb-account-2024-04-04.txt", 2067, 2211),
    ("texts/central_bank/ecb-account-2024-04-04.txt", 4502, 4676),
    ("texts/central_bank/ecb-account-2024-04-04.txt", 10163, 10347),
]


@pytest.mark.parametrize(("path", "start", "end"), NOT_FORECASTS)
def test_a_labelled_non_forecast_gives_no_candidate(path: str, start: int, end: int) -> None:
    text, extraction = _extraction(path)
    spans = candidate_spans(text, extraction.forecasts)
    assert not [c.quote for c, span in zip(extraction.forecasts, spans) if span[0] >= 0 and span[0] < end and start < span[1]]


# Metadata the labels give for real train/dev texts of several layouts.
METADATA = [
    ("texts/technology_predictions/go-blog-go2-here-we-come.txt", "author", "Robert Griesemer"),
    ("texts/technology_predictions/go-blog-go2-here-we-come.txt", "published", dt.date(2018, 11, 29)),
    ("texts/election_political_commentary/federalist-11.txt", "author", "HAMILTON"),
    ("texts/election_political_commentary/federalist-11.txt", "published", dt.date(1787, 11, 24)),
    ("texts/political_speeches/1938-04-14-fireside-chat-12-recession.txt", "title", None),
    ("texts/political_speeches/1938-04-14-fireside-chat-12-recession.txt", "author", "Franklin D. Roosevelt"),
    ("texts/technology_predictions/pep-3000-python-3000.txt", "title", "Python 3000"),
    ("texts/forum_blog_predictions/nunosempere-forecasting-newsletter-june-2020.txt", "published", dt.date(2020, 6, 1)),
    ("texts/central_bank/rba-board-minutes-2008-07-01.txt", "outlet", "Reserve Bank Board"),
]


@pytest.mark.parametrize(("path", "field", "value"), METADATA, ids=[f"{m[0].split('/')[-1]}:{m[1]}" for m in METADATA])
def test_metadata_of_real_headers(path: str, field: str, value: object) -> None:
    _, extraction = _extraction(path)
    assert getattr(extraction.meta, field) == value
