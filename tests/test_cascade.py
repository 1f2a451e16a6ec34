"""The cascade's pure pieces: which units go to the encoder, and which context vectors an
encoded unit may read. Every sentence here was written for these tests."""

from __future__ import annotations

import numpy as np

from tracker.extract.cascade import with_context
from tracker.extract.units import units


def test_an_encoded_unit_reads_only_context_that_was_encoded_anyway() -> None:
    found = units("Where will Brent close on Friday?\n\nAna: $84. Ben: lower.\n")
    # Only "Ana: $84." (1) and "Ben: lower." (2) are encoded; the question (0) is not.
    vectors = np.array([[1.0, 2.0], [3.0, 4.0]], dtype=np.float32)
    block = with_context(vectors, found, [1, 2])
    assert block.shape == (2, 8)
    # "Ana: $84.": its previous unit and heading are the question, not encoded: zeros.
    assert block[0].tolist() == [1.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    # "Ben: lower.": previous and paragraph opener "Ana: $84." (encoded); the question: zeros.
    assert block[1].tolist() == [3.0, 4.0, 1.0, 2.0, 1.0, 2.0, 0.0, 0.0]
