"""The units the forecast detector scores: body sentences and headings, with offsets.

Training (``tracker.training``) and run time both take their units from here, so the
model learns on exactly the pieces it is asked about later: the blocks of
``layout.split_blocks`` cut by ``sentences.split_sentences``, as the rules read them.
Offsets point into the raw text, so a unit can be compared with hand labels.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.extract.layout import Block, Kind, continues_heading, split_blocks
from tracker.extract.sentences import split_sentences


@dataclass(frozen=True)
class Unit:
    text: str  # the cleaned sentence, as the rules read it
    start: int  # offsets into the raw text (end exclusive); -1 when it cannot be found
    end: int
    heading: bool  # a heading or a line without sentence punctuation (list items, titles)
    block: int  # index of its block, for context features
    position: int  # index of the unit in the text
    list_item: bool = False  # part of a bulleted or numbered line


def _alnum_view(text: str) -> tuple[str, list[int]]:
    """Lower-cased letters and digits of ``text`` and where each one sits in it:
    cleaning (markdown, entities, re-joined lines) never changes those."""
    chars: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        if char.isalnum():
            chars.append(char.lower())
            where.append(index)
    return "".join(chars), where


class _Locator:
    """Finds cleaned sentences in the raw text, in reading order."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.view, self.where = _alnum_view(raw)
        self.cursor = 0

    def find(self, sentence: str) -> tuple[int, int]:
        key, _ = _alnum_view(sentence)
        if not key:
            return -1, -1
        at = self.view.find(key, self.cursor)
        length = len(key)
        if at < 0 and len(key) >= 8:
            # A link's address or an entity sits inside the raw sentence: match its ends.
            part = min(30, len(key) // 3)
            at = self.view.find(key[:part], self.cursor)
            tail = self.view.find(key[-part:], at + part) if at >= 0 else -1
            length = tail + part - at if tail >= 0 and tail - at < 3 * len(key) + 200 else -1
        if at < 0 or length <= 0:
            return -1, -1
        self.cursor = at + length
        start = self.where[at]
        end = self.where[at + length - 1] + 1
        # Keep the closing punctuation and quotes that belong to the sentence.
        while end < len(self.raw) and not self.raw[end].isspace() and not self.raw[end].isalnum():
            end += 1
        return start, end


def body_units(blocks: list[Block]) -> list[tuple[str, bool, int, bool]]:
    """(sentence, is_heading, block index, is_list_item) for every block the rules read, in order."""
    pieces: list[tuple[str, bool, int, bool]] = []
    skip_next = False
    for position, block in enumerate(blocks):
        if skip_next:
            skip_next = False
            continue
        if block.kind in (Kind.BOILERPLATE, Kind.SEPARATOR):
            continue
        following = blocks[position + 1] if position + 1 < len(blocks) else None
        if following is not None and continues_heading(block, following):
            pieces.extend((s, False, block.index, False) for s in split_sentences(f"{block.text} {following.text}"))
            skip_next = True
        elif block.kind is Kind.HEADING:
            pieces.append((block.text, True, block.index, False))
        else:
            heading = not block.text.rstrip("\"'\u201d\u2019)]*").endswith((".", "!", "?", "\u2026", ":", ";"))
            pieces.extend((s, heading, block.index, block.list_item) for s in split_sentences(block.text))
    return pieces


def units(text: str, blocks: list[Block] | None = None) -> list[Unit]:
    """Every unit of ``text`` in reading order, located in the raw text."""
    locator = _Locator(text)
    found: list[Unit] = []
    for position, (sentence, heading, block, item) in enumerate(body_units(blocks if blocks is not None else split_blocks(text))):
        start, end = locator.find(sentence)
        found.append(Unit(sentence, start, end, heading, block, position, item))
    return found
