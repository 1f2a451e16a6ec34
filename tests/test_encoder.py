"""The contextual comparison detector's pure pieces (``tracker/training/contextual.py``):
which units are a unit's context, and how their vectors are laid side by side. The model
itself is not shipped (README, "A contextual detector: frozen all-MiniLM-L6-v2")."""

from __future__ import annotations

import numpy as np

from tracker.extract.units import units
from tracker.training.contextual import context_indexes, contextual_block

THREAD = """Where will Brent close on Friday?

Ana: $84.

Ben: Lower. I'd say $79, since the inventory build is large.

Our projections:

- Union 149
- Labour 121
"""


def test_context_is_the_previous_unit_the_paragraphs_first_and_the_question_or_heading_above() -> None:
    found = units(THREAD)
    texts = [unit.text for unit in found]
    contexts = {texts[at]: tuple(texts[i] if i >= 0 else None for i in where) for at, where in enumerate(context_indexes(found))}
    question = "Where will Brent close on Friday?"
    assert contexts[question] == (None, None, None)
    assert contexts["Ana: $84."] == (question, None, question)
    # A later sentence of Ben's reply: the reply's first sentence is its paragraph's opening.
    ben_second = next(text for text in texts if text.startswith("I'd say"))
    assert contexts[ben_second] == ("Ben: Lower.", "Ben: Lower.", question)
    # Rows of a list take the line that declares them, not the thread's question.
    assert contexts["Union 149"][2] == "Our projections:"
    assert contexts["Labour 121"][2] == "Our projections:"


def test_a_one_sentence_text_has_no_context() -> None:
    found = units("Rates will fall next year.")
    assert context_indexes(found) == [(-1, -1, -1)]


def test_context_vectors_sit_beside_the_units_own_and_are_zero_where_there_is_none() -> None:
    found = units("Where will Brent close on Friday?\n\nAna: $84. Ben: lower.\n")
    embedded = np.arange(len(found) * 2, dtype=np.float32).reshape(len(found), 2) + 1
    block = contextual_block(embedded, found)
    assert block.shape == (len(found), 8)
    # The question: no context at all.
    assert block[0].tolist() == [1.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    # "Ben: lower.": previous "Ana: $84.", paragraph opened by "Ana: $84.", the question above.
    assert block[2].tolist() == [5.0, 6.0, 3.0, 4.0, 3.0, 4.0, 1.0, 2.0]


def test_token_lists_are_batched_by_length_padded_and_masked() -> None:
    from tracker.training.transformer import padded_batches

    batches = list(padded_batches([[1, 2, 3], [4], [5, 6], [7, 8, 9, 10]], 2))
    assert [group for group, _, _ in batches] == [[1, 2], [0, 3]]
    _, ids, mask = batches[1]
    assert ids.tolist() == [[1, 2, 3, 0], [7, 8, 9, 10]] and mask.tolist() == [[1, 1, 1, 0], [1, 1, 1, 1]]
