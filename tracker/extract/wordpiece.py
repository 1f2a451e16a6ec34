"""BERT's WordPiece tokenizer in plain Python, for the detector's static embeddings.

The vocabulary is the one of all-MiniLM-L6-v2 as kept by the model2vec distillation
(lower-cased; accents stripped, as the ``tokenizers`` BertNormalizer does when it
lower-cases). Re-implemented here so the package needs no
``tokenizers`` wheel; ``tests/test_detector.py`` checks it against known splits and
``tracker.training`` against the ``tokenizers`` library on the whole corpus.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

MAX_WORD_CHARS = 100


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _is_cjk(code: int) -> bool:
    return (
        0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2A6DF
        or 0x2A700 <= code <= 0x2B73F or 0x2B740 <= code <= 0x2B81F or 0x2B820 <= code <= 0x2CEAF
        or 0xF900 <= code <= 0xFAFF or 0x2F800 <= code <= 0x2FA1F
    )


# ASCII text (most of it) takes a regular-expression path that gives the same words.
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ASCII_WORD = re.compile(r"[a-z0-9]+|[^\sa-z0-9]")


def basic_words(text: str) -> list[str]:
    """BertNormalizer (clean text, CJK spacing, lower case, no accents) + BertPreTokenizer
    (split on white space and on each punctuation character)."""
    if text.isascii():
        return _ASCII_WORD.findall(_ASCII_CONTROL.sub("", text).lower())
    return _basic_words(text)


def _basic_words(text: str) -> list[str]:
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    words: list[str] = []
    current: list[str] = []
    for char in text:
        code = ord(char)
        if code == 0 or code == 0xFFFD or (unicodedata.category(char) in ("Cc", "Cf") and char not in "\t\n\r"):
            continue
        if char.isspace() or unicodedata.category(char) == "Zs":
            if current:
                words.append("".join(current))
                current = []
            continue
        if _is_punctuation(char) or _is_cjk(code):
            if current:
                words.append("".join(current))
                current = []
            words.append(char.lower())
            continue
        current.append(char)
    if current:
        words.append("".join(current))
    return [word.lower() for word in words]


class WordPiece:
    """Greedy longest-match-first WordPiece over a fixed vocabulary."""

    def __init__(self, vocabulary: Sequence[str], unknown: str = "[UNK]") -> None:
        self.ids = {token: index for index, token in enumerate(vocabulary)}
        self.unknown = self.ids.get(unknown)
        self._cache: dict[str, list[int]] = {}

    def word_ids(self, word: str) -> list[int]:
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        if len(word) > MAX_WORD_CHARS:
            pieces = [] if self.unknown is None else [self.unknown]
        else:
            pieces = []
            start = 0
            while start < len(word):
                end = len(word)
                piece = None
                while start < end:
                    candidate = word[start:end] if start == 0 else "##" + word[start:end]
                    piece = self.ids.get(candidate)
                    if piece is not None:
                        break
                    end -= 1
                if piece is None:
                    pieces = [] if self.unknown is None else [self.unknown]
                    break
                pieces.append(piece)
                start = end
        if len(self._cache) < 200_000:
            self._cache[word] = pieces
        return pieces

    def encode(self, text: str) -> list[int]:
        return self.encode_words(basic_words(text))

    def encode_words(self, words: Sequence[str]) -> list[int]:
        ids: list[int] = []
        for word in words:
            ids.extend(self.word_ids(word))
        return ids
