"""A second opinion for the units the linear detector is unsure of.

The linear detector (``detector.py``) scores every unit in microseconds; a frozen
all-MiniLM-L6-v2 encoder reads a sentence better (README, "A contextual detector") but costs
milliseconds a unit and an onnxruntime session. So the cascade encodes only the units whose
linear confidence lies in an uncertain band (``band`` in ``cascade.npz``, chosen on the dev
split by ``python -m tracker.training.cascade``) and rescores them with a logistic regression
over the encoder's vector of the unit, the rule features and the hashed n-grams, calibrated
on the dev split's units in that band. Units outside the band keep their linear confidence,
so a text with no doubtful unit never loads onnxruntime.

The encoder is an int8 ONNX graph run by onnxruntime on two threads that sleep rather than
spin when they wait (no CPU spent waiting on a shared machine), tokenised by the package's own
WordPiece, mean-pooled and normalised as sentence-transformers does. It is loaded on first
need, not at import. A graph that takes ``token_type_ids`` was fine-tuned on sentence pairs
(``encoder_pairs.py``): it reads each unit with its context and is pooled over the unit's
tokens only; one that does not reads the unit alone.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.extract.detector import MODEL_DIR, Detector, RuleHit, calibrate, hashed_ngrams, rule_features
from tracker.extract.encoder_pairs import Context, PairIds, pair_ids, unit_contexts
from tracker.extract.units import Unit
from tracker.extract.wordpiece import WordPiece, basic_words

if TYPE_CHECKING:
    import numpy as np

ENCODER_MAX_TOKENS = 128
DIMENSIONS = 384
ENCODER_FILE = "encoder.int8.onnx"
ENCODER_VOCABULARY = "encoder_vocab.txt"
CASCADE_FILE = "cascade.npz"
# Two threads: onnxruntime splits each product of matrices between them by output blocks, so
# the vectors are the same, bit for bit, as on one thread, and the wall time falls wherever the
# second core is free some of the time. They sleep rather than spin while waiting, so the CPU
# time is about 5% more than one thread's, not double (README, "Start-up").
ENCODER_THREADS = 2
# Batches of four units of similar length: the units in a text's band are of all lengths, and
# a large batch pads them all to the longest (the benchmark article's 11: 0.08 s of CPU in
# fours, 0.12 s in one batch), while one unit a call pays the call each time (a text whose 53
# units are all in the band: 0.08 s in fours, 0.13 s one by one).
RUN_TIME_BATCH = 4


def padded_batches(encoded: list[list[int]], batch: int) -> Iterator[tuple[list[int], np.ndarray, np.ndarray]]:
    """Token id lists in batches of similar length (less padding to run through the encoder),
    each as (positions in ``encoded``, padded ids, attention mask)."""
    import numpy as np

    order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
    for at in range(0, len(order), batch):
        group = order[at: at + batch]
        width = max(len(encoded[i]) for i in group)
        ids = np.zeros((len(group), width), dtype=np.int64)
        mask = np.zeros((len(group), width), dtype=np.int64)
        for row, i in enumerate(group):
            ids[row, : len(encoded[i])] = encoded[i]
            mask[row, : len(encoded[i])] = 1
        yield group, ids, mask


class Encoder:
    """all-MiniLM-L6-v2 as an ONNX int8 graph: unit texts -> unit-length 384-dim vectors."""

    def __init__(self, model: Path, vocabulary: Path, threads: int = ENCODER_THREADS, optimised: bool = False) -> None:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        if optimised:
            # The shipped graph was optimised when it was exported (tracker.training.cascade):
            # the full optimisation would cost the start-up twice what loading it does, and even
            # the basic passes only take time (the vectors are the same, bit for bit, without).
            options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
        options.intra_op_num_threads = max(1, min(threads, os.cpu_count() or 1))
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.inter_op_num_threads = 1
        options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
        self.session = onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self.tokenizer = WordPiece(vocabulary.read_text(encoding="utf-8").splitlines())
        self.cls, self.sep = self.tokenizer.ids["[CLS]"], self.tokenizer.ids["[SEP]"]
        # A graph fine-tuned on (unit, context) pairs takes the segment ids.
        self.pairs = any(given.name == "token_type_ids" for given in self.session.get_inputs())

    def inputs(self, text: str, context: Context | None) -> PairIds:
        """What the graph reads for one unit: the pair with its context when the graph was
        trained on pairs, else ``[CLS] unit [SEP]``."""
        if self.pairs:
            return pair_ids(self.tokenizer.encode, self.cls, self.sep, text, context or Context("", ""))
        ids = [self.cls, *self.tokenizer.encode(text)[: ENCODER_MAX_TOKENS - 2], self.sep]
        return PairIds(ids, [0] * len(ids), len(ids))

    def embed(self, texts: Sequence[str], batch: int = 32, contexts: Sequence[Context] | None = None) -> np.ndarray:
        """Mean-pooled (over the unit's tokens), normalised sentence embeddings; batches of
        similar length. ``contexts`` (one per text) are read only by a pair graph."""
        import numpy as np

        given = [self.inputs(text, contexts[at] if contexts is not None else None) for at, text in enumerate(texts)]
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for group, ids, mask in padded_batches([pair.ids for pair in given], batch):
            feed = {"input_ids": ids, "attention_mask": mask}
            pooled = mask
            if self.pairs:
                segments = np.zeros_like(ids)
                pooled = np.zeros_like(mask)
                for row, at in enumerate(group):
                    segments[row, : len(given[at].segments)] = given[at].segments
                    pooled[row, : given[at].pooled] = 1
                feed["token_type_ids"] = segments
            hidden = self.session.run(None, feed)[0]
            summed = (hidden * pooled[:, :, None]).sum(axis=1) / pooled.sum(axis=1, keepdims=True)
            norms = np.linalg.norm(summed, axis=1, keepdims=True)
            out[group] = summed / np.maximum(norms, 1e-9)
        return out


def context_indexes(units: Sequence[Unit]) -> list[tuple[int, int, int]]:
    """For each unit, the positions of three context units (``-1``: none): the unit before
    it, the first unit of its paragraph, and the nearest heading, question or line ending in
    a colon above it (else the text's first unit)."""
    found: list[tuple[int, int, int]] = []
    first_of_block: dict[int, int] = {}
    heading = -1
    for at, unit in enumerate(units):
        first_of_block.setdefault(unit.block, at)
        first = first_of_block[unit.block]
        found.append((at - 1, first if first != at else -1, heading if heading >= 0 else (0 if at else -1)))
        text = unit.text.rstrip()
        if (unit.heading and not unit.list_item) or text.endswith(":") or text.endswith("?"):
            heading = at
    return found


def with_context(vectors: np.ndarray, units: Sequence[Unit], positions: Sequence[int]) -> np.ndarray:
    """Each encoded unit's vector beside its three context units' vectors, where those were
    encoded too (zeros where not: the cascade encodes nothing for context's sake)."""
    import numpy as np

    row = {at: n for n, at in enumerate(positions)}
    padded = np.vstack([vectors, np.zeros((1, vectors.shape[1]), dtype=vectors.dtype)])
    contexts = context_indexes(units)
    where = np.asarray([[row.get(k, len(positions)) for k in contexts[at]] for at in positions], dtype=np.int64).reshape(-1, 3)
    return np.hstack([vectors, *(padded[where[:, k]] for k in range(3))])


class CascadeDetector(Detector):
    """The linear detector, with the units it is unsure of rescored by the encoder's model."""

    def __init__(self, folder: Path = MODEL_DIR) -> None:
        super().__init__(folder)
        np = self._np
        with np.load(folder / CASCADE_FILE) as data:
            self.band = (float(data["band"][0]), float(data["band"][1]))
            self.encoder_weights = data["encoder_weights"].astype(np.float32)
            self.cascade_rule_weights = data["rule_weights"].astype(np.float32)
            self.cascade_hash_weights = data["hash_weights"].astype(np.float32)
            self.cascade_platt = data["platt"].astype(np.float64)
            self.context = bool(data["context"]) if "context" in data else False
        self.folder = folder
        self._encoder: Encoder | None = None
        self.encoded_units = 0  # how many units this detector has sent to the encoder

    def encoder(self) -> Encoder:
        if self._encoder is None:
            self._encoder = Encoder(self.folder / ENCODER_FILE, self.folder / ENCODER_VOCABULARY, optimised=True)
        return self._encoder

    def in_band(self, confidences: Sequence[float]) -> list[int]:
        """The positions of the units the linear detector is unsure of."""
        low, high = self.band
        return [at for at, value in enumerate(confidences) if low <= value < high]

    def encoder_scores(self, units: Sequence[Unit], hits: Sequence[RuleHit], positions: Sequence[int],
                       vectors: Any = None) -> list[float]:
        """The encoder model's raw score of the units at ``positions`` (their vectors
        computed here unless given)."""
        np = self._np
        if not positions:
            return []
        if vectors is None:
            encoder = self.encoder()
            contexts = unit_contexts(units) if encoder.pairs else None
            vectors = encoder.embed([units[at].text for at in positions], batch=RUN_TIME_BATCH,
                                    contexts=[contexts[at] for at in positions] if contexts else None)
            self.encoded_units += len(positions)
        if self.context:
            vectors = with_context(vectors, units, positions)
        features = np.asarray(rule_features(units, hits), dtype=np.float32)[list(positions)] @ self.cascade_rule_weights
        hashed = [float(self.cascade_hash_weights[hashed_ngrams(units[at].text, basic_words(units[at].text))].sum())
                  for at in positions]
        return [float(v) for v in vectors @ self.encoder_weights + features + np.asarray(hashed, dtype=np.float32)]

    def confidences(self, units: Sequence[Unit], hits: Sequence[RuleHit]) -> list[float]:
        """The linear confidences, with those in the uncertain band replaced by the encoder
        model's calibrated confidence."""
        found = super().confidences(units, hits)
        positions = self.in_band(found)
        slope, intercept = float(self.cascade_platt[0]), float(self.cascade_platt[1])
        for at, score in zip(positions, self.encoder_scores(units, hits, positions)):
            found[at] = calibrate(score, slope, intercept)
        return found
