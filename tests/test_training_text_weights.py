"""How the detector's fit weighs texts and reads length (fourteenth round, README "Retrained with
per-text weights"). Until then each unit weighed its own, so a forty-unit essay outweighed ten
short texts, and ``words_log`` taught the detector that a long sentence is no forecast."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from tracker.extract.detector import MODEL_DIR, RULE_FEATURES
from tracker.training import cascade
from tracker.training.data import (
    HARD_NEGATIVE_WEIGHT, REAL_TEXT_WEIGHT, LabelledText, genre_weight, sample_weights, text_examples,
)
from tracker.training.train import design, length_column, rule_and_ngram_blocks

LONG = ("Prices will rise. We will meet on Monday. The sky was blue. Rain fell at noon. "
        "The shop was shut. Wages will climb. The road was long. The team lost.")
SHORT = "Wages will climb."


def labelled(name: str, text: str, genre: str = "genre") -> LabelledText:
    forecasts = [{"start": text.index(s), "end": text.index(s) + len(s), "clear": True}
                 for s in ("Prices will rise.", "Wages will climb.") if s in text]
    plans = [{"start": text.index(s), "end": text.index(s) + len(s), "reason": "plan"}
             for s in ("We will meet on Monday.",) if s in text]
    return LabelledText(name, genre, "train", text, {"forecasts": forecasts, "not_forecasts": plans})


def test_per_text_weighting_gives_a_long_and_a_short_text_the_same_total() -> None:
    long_units = text_examples(labelled("written/a/long.txt", LONG))
    short_units = text_examples(labelled("written/a/short.txt", SHORT))
    assert len(long_units) == 8 and len(short_units) == 1
    items = long_units + short_units
    weights = sample_weights(items, "text")
    # The plan inside the long text keeps its double weight against its text's other units.
    assert weights[1] == pytest.approx(HARD_NEGATIVE_WEIGHT * weights[0])
    long_total, short_total = weights[:8].sum(), weights[8:].sum()
    # Each text weighs one text's share; the long one only by its hard negative's extra weight.
    assert long_total / short_total == pytest.approx((7 + HARD_NEGATIVE_WEIGHT) / 8)
    # The scale is kept: the texts' shares sum to the number of units, as with "unit".
    factors = weights / np.array([e.weight for e in items])
    assert factors.sum() == pytest.approx(len(items))


def test_per_unit_weighting_is_each_examples_own_weight_and_sqrt_lies_between() -> None:
    items = text_examples(labelled("written/a/long.txt", LONG)) + text_examples(labelled("written/a/short.txt", SHORT))
    own = sample_weights(items, "unit")
    assert list(own) == [e.weight for e in items]
    share = {how: sample_weights(items, how)[8] / sample_weights(items, how)[0] for how in ("unit", "sqrt", "text")}
    assert share["unit"] == 1.0 < share["sqrt"] < share["text"]
    assert share["text"] == pytest.approx(8.0)
    assert share["sqrt"] == pytest.approx(math.sqrt(8.0))
    with pytest.raises(ValueError):
        sample_weights(items, "by paragraph")


def test_per_text_weights_keep_real_texts_and_genres_weighted() -> None:
    real = text_examples(labelled("texts/technology_predictions/a.txt", SHORT, "technology_predictions"))
    written = text_examples(labelled("written/sports/a.txt", SHORT, "written_sports_picks"))
    weights = sample_weights(real + written, "text")
    expected = REAL_TEXT_WEIGHT * genre_weight("technology_predictions") / genre_weight("written_sports_picks")
    assert weights[0] / weights[1] == pytest.approx(expected)


def test_dropping_the_length_zeroes_words_log_and_nothing_else() -> None:
    pytest.importorskip("scipy", reason="the design matrix needs the [train] extra")
    items = text_examples(labelled("written/a/long.txt", LONG))
    at = RULE_FEATURES.index("words_log")
    kept = rule_and_ngram_blocks(items, "rules+ngrams", "keep")
    dropped = rule_and_ngram_blocks(items, "rules+ngrams", "drop")
    kept_rules, dropped_rules = kept[0].toarray(), dropped[0].toarray()
    assert kept_rules[0, at] == pytest.approx(math.log1p(3) / 4)
    assert not dropped_rules[:, at].any()
    others = [k for k in range(len(RULE_FEATURES)) if k != at]
    assert np.array_equal(kept_rules[:, others], dropped_rules[:, others])
    assert (kept[1] != dropped[1]).nnz == 0
    with pytest.raises(ValueError):
        rule_and_ngram_blocks(items, "rules", "halve")


def test_length_column_points_at_words_log_in_the_design() -> None:
    pytest.importorskip("scipy", reason="the design matrix needs the [train] extra")
    items = text_examples(labelled("written/a/long.txt", LONG))
    matrix = np.eye(4, dtype=np.float32)
    from tracker.extract.wordpiece import WordPiece

    tokenizer = WordPiece(["[PAD]", "[UNK]", "prices", "will"])
    x = design(items, matrix, tokenizer, "embedding+rules", "keep").toarray()
    assert x[0, length_column("embedding+rules", 4)] == pytest.approx(math.log1p(3) / 4)
    assert length_column("rules+ngrams", 4) == RULE_FEATURES.index("words_log")


def test_keeping_the_shipped_regression_hands_the_cascade_its_weights(tmp_path: Path) -> None:
    """``cascade --keep-regression``: a new linear detector gets a band and a calibration over
    the shipped cascade's own regression, read back exactly as ``write_folder`` reads it."""
    folder = cascade.shipped_regression_folder(tmp_path)
    with np.load(folder / "contextual.npz") as written, np.load(MODEL_DIR / cascade.CASCADE_FILE) as shipped:
        for key in ("context", "encoder_weights", "rule_weights", "hash_weights"):
            assert np.array_equal(written[key], shipped[key]), key
