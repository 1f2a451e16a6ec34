"""The cascade's training folder is rebuilt from this run's detector and encoder: a folder left
by an earlier run (another linear detector, another fine-tuned encoder) was once reused as it
was, so the cascade was fitted against stale weights and could ship a stale encoder."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tracker.extract.cascade import ENCODER_FILE
from tracker.extract.detector import MODEL_DIR
from tracker.training import cascade


@pytest.fixture
def contextual_and_vocabulary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    contextual = tmp_path / "contextual"
    contextual.mkdir()
    np.savez(contextual / "contextual.npz", context=np.array(False), encoder_weights=np.zeros(4),
             rule_weights=np.zeros(3), hash_weights=np.zeros(8))
    source = tmp_path / "source-model"
    source.mkdir()
    (source / "vocab.txt").write_text("[PAD]\n[UNK]\n", encoding="utf-8")
    monkeypatch.setattr(cascade, "source_model", lambda: source)
    return contextual


def test_a_folder_from_an_earlier_run_gets_this_runs_detector_and_encoder(tmp_path: Path, contextual_and_vocabulary: Path) -> None:
    folder = tmp_path / "models" / "unit+rules+ngrams"
    folder.mkdir(parents=True)
    for name in cascade.SHIPPED_FILES:
        (folder / name).write_bytes(b"an earlier run's file")
    (folder / ENCODER_FILE).write_bytes(b"an earlier run's encoder")
    (folder / "encoder.source").write_text("/elsewhere/encoder.int8.onnx", encoding="utf-8")

    cascade.write_folder(folder, contextual_and_vocabulary, MODEL_DIR / ENCODER_FILE, (0.05, 0.9), (1.0, 0.0))

    for name in cascade.SHIPPED_FILES:
        assert (folder / name).read_bytes() == (MODEL_DIR / name).read_bytes(), name
    exported = (folder / ENCODER_FILE).read_bytes()
    assert exported != b"an earlier run's encoder" and len(exported) > 1_000_000
    assert (folder / "encoder.source").read_text(encoding="utf-8") == str((MODEL_DIR / ENCODER_FILE).resolve())
    with np.load(folder / cascade.CASCADE_FILE) as weights:
        assert tuple(weights["band"]) == (0.05, 0.9)


def test_the_encoder_is_exported_once_per_source_within_a_run(tmp_path: Path, contextual_and_vocabulary: Path) -> None:
    folder = tmp_path / "models" / "unit+rules+ngrams"
    encoder = MODEL_DIR / ENCODER_FILE
    cascade.write_folder(folder, contextual_and_vocabulary, encoder, (0.0, 1.01), (1.0, 0.0))
    first = (folder / ENCODER_FILE).stat().st_mtime_ns
    cascade.write_folder(folder, contextual_and_vocabulary, encoder, (0.05, 0.9), (1.2, 0.1))
    assert (folder / ENCODER_FILE).stat().st_mtime_ns == first


def test_the_shipped_encoder_is_copied_as_it_is_not_optimised_again(tmp_path: Path, contextual_and_vocabulary: Path) -> None:
    """Refitting the cascade on the shipped encoder (``--encoder-onnx``) must not rewrite its
    22.8 MB graph: the folder gets the shipped bytes, so ``--ship`` leaves the file unchanged.
    (Before, every source was optimised again on the way in.)"""
    folder = tmp_path / "models" / "unit+rules+ngrams"
    cascade.write_folder(folder, contextual_and_vocabulary, MODEL_DIR / ENCODER_FILE, (0.1, 1.01), (1.0, 0.0))
    assert (folder / ENCODER_FILE).read_bytes() == (MODEL_DIR / ENCODER_FILE).read_bytes()
