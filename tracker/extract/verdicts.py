"""The chance a list item gives its own call, in the many ways writers put it.

An item of a declared list, or a line of picks, is a claim followed by a verdict: "...: 0.35",
"(75%)" and "odds-on" are read by ``stated.item_reading``; this module adds the forms it
does not know, each met in the train and dev texts of prediction lists and sports picks
(the labelling guide's readings):

- odds and fractions: "1-in-25" (0.04), "9/10" (0.9), "4/1 against" (0.2), "4/1 on" (0.8), a
  moneyline "+550" (0.154) or "(-160)" (0.615);
- bounds: "under 5%", "below 5%" (0.05), "over 90%" (0.9);
- words: "basically certain", "near certain" (0.95), "a coin flip", "toss-up" (0.5), "not
  before 2033" (0.05);
- a verdict in a later short sentence ("Odds-on, I'd say 4-to-1 on.", "Sadly, near certain.").

A negated item is worded positively at the complement, as ``stated.item_claim`` does
("Streaming subscriptions don't grow. Probable." is "Streaming subscriptions will grow" at
0.275; a bare "The five-day week not abolished anywhere major." is "... abolished ..." at 0.1). A percentage that measures the claim rather than its chance ("House prices in the
district up 3-4%.", "Unemployment rises to 6%") is part of the claim: such an item is a bare
call (0.9).
"""

from __future__ import annotations

import re

from tracker.estimative import UNHEDGED_WILL
from tracker.extract.sentences import split_sentences
from tracker.extract.stated import item_reading, positive_claim, stated_probability, word_scale

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}
_N = r"(\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")"
_IN = re.compile(rf"^\W*(?:about|around|roughly|maybe|~)?\s*{_N}\s*-?\s*in\s*-?\s*{_N}\W*$", re.IGNORECASE)
_FRACTION = re.compile(r"^\W*(\d{1,3})\s*/\s*(\d{1,3})(?:\s+(against|on))?\W*$", re.IGNORECASE)
_BOUND = re.compile(
    r"^\W*(?P<side>under|below|less\s+than|<|\u2264|over|above|more\s+than|>|\u2265)\s*(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)\W*$",
    re.IGNORECASE,
)
_WORDS = (
    (re.compile(r"\b(?:basically|near(?:ly)?|all\s+but|practically)\s+certain\b", re.IGNORECASE), 0.95),
    (re.compile(r"\b(?:coin[\s-]?flip|toss[\s-]?up|pick['\u2019]?em)\b", re.IGNORECASE), 0.5),
    (re.compile(r"^\W*not\s+before\s+(?:19|20)\d\d\W*$", re.IGNORECASE), 0.05),
    (re.compile(r"^\W*none\W*$", re.IGNORECASE), 0.05),  # "Upset of the week: none."
)
# "Fade: Keiji Strand-Oduya.", "Lay of the day: Wexmoor Glen.": a pick against, the labelling guide's negated bare pick.
_FADE = re.compile(r"^\W*(?:fade|lay(?:\s+of\s+the\s+(?:day|week|meeting))?)\s*:\s*", re.IGNORECASE)
_FADE_CHANCE = 0.1
# "Keiji Strand-Oduya +550", "Tallis Harbour +1.5 (-160)": a moneyline price, not a spread.
_MONEYLINE = re.compile(r"(?<![\w.+-])([+-])(\d{3,4})\b(?!\.\d)")
# "...: 1-in-25.", "... \u2014 4/1 against": a verdict set off after the claim.
# Not in parentheses: "Champions: Millbrook United (3/4)" counts the writers who said so.
_SEPARATED = re.compile(r"^(?P<head>.+?\S)\s*(?:[:\u2013\u2014]|\s-)\s*(?P<tail>[^:\u2013\u2014(]{1,40}?)\s*\.?\s*$")
_LATER_VERDICT_MAX_WORDS = 8
# "up 3-4%", "rises to 6%", "at 2.75%": a percentage that is the claim's quantity.
_QUANTITY = re.compile(
    r"\b(?:up|down|rises?|rising|falls?|falling|grows?|growing|drops?|to|by|at|of|than|around|about|roughly|near)\s+"
    r"[~\u2248]?\d{1,3}(?:\.\d+)?(?:\s*[-\u2013]\s*\d{1,3}(?:\.\d+)?)?\s*(?:%|percent\b|per\s+cent\b)",
    re.IGNORECASE,
)
_NEGATED_ITEM = re.compile(r"^(?:no|not|none\s+of|neither)\s+(?=\S)", re.IGNORECASE)


def _count(word: str) -> int:
    return _NUMBER_WORDS.get(word.lower(), 0) if not word.isdigit() else int(word)


def verdict(tail: str) -> float | None:
    """The chance a short verdict states in one of the forms ``stated`` does not read, or None."""
    tail = tail.strip()
    match = _IN.match(tail)
    if match:
        a, b = _count(match.group(1)), _count(match.group(2))
        return round(a / b, 3) if 0 < a <= b else None
    match = _FRACTION.match(tail)
    if match:
        a, b, side = int(match.group(1)), int(match.group(2)), (match.group(3) or "").lower()
        if side == "on":
            return round(a / (a + b), 3) if a + b else None
        if side == "against" or a > b:
            return round(b / (a + b), 3) if a + b else None  # bookmakers' odds: 4/1 is one win in five
        return round(a / b, 3) if b else None
    match = _BOUND.match(tail)
    if match:
        return float(match.group("n")) / 100
    for pattern, value in _WORDS:
        if pattern.search(tail):
            return value
    return None


def _moneyline(text: str) -> float | None:
    match = _MONEYLINE.search(text)
    if match is None:
        return None
    price = int(match.group(2))
    if price < 100:
        return None
    return round(100 / (price + 100), 3) if match.group(1) == "+" else round(price / (price + 100), 3)


def _worded(head: str, chance: float) -> tuple[str, float]:
    """``head`` worded positively, with the chance of the positive claim."""
    negated = _NEGATED_ITEM.match(head)
    if negated:
        rest = head[negated.end():]
        return rest[:1].upper() + rest[1:], round(1 - chance, 3)
    positive = positive_claim(head)
    if positive is not None:
        return positive, round(1 - chance, 3)
    return head, chance


def list_item_reading(text: str, sentences: list[str] | None = None) -> tuple[str, float]:
    """Claim and probability of a list item (``stated.item_reading``, with the verdicts above)."""
    sentences = sentences or split_sentences(text) or [text]
    first = sentences[0]
    if _FADE.match(first):
        return first, _FADE_CHANCE
    separated = _SEPARATED.match(first)
    if separated:
        chance = verdict(separated.group("tail"))
        if chance is not None:
            return _worded(separated.group("head"), chance)
    if stated_probability(first) is None:
        for later in sentences[1:]:
            if later.count(" ") >= _LATER_VERDICT_MAX_WORDS:
                break
            chance = verdict(later)
            if chance is None:
                chance = stated_probability(later)
            if chance is not None:
                return _worded(first, chance) if chance != UNHEDGED_WILL else (first, chance)
        line = _moneyline(first)
        if line is not None:
            return first, line
    claim, probability = item_reading(text, sentences)
    if len(sentences) > 1 and stated_probability(first) is None and probability != item_reading(first, [first])[1]:
        return _worded(claim, probability)  # "... don't grow. Probable.": the later verdict
    scale = word_scale(first)
    if scale is not None and stated_probability(first[: scale.start()]) is None:
        # "Enrolments are up about 4 percent. (medium)": the tag is the chance, the number the claim's.
        return _worded(first[: scale.start()].rstrip(), stated_probability(first[scale.start():]) or probability)
    if stated_probability(first) is not None and _QUANTITY.search(first) and not _SEPARATED_NUMBER.search(first):
        claim, probability = first, UNHEDGED_WILL  # the number measures the claim; the item is a bare call
    if probability == UNHEDGED_WILL:
        return _worded(claim, probability)  # "The five-day week not abolished anywhere major." is 0.1
    return claim, probability


# "...: 60%", "... (75%)", "... \u2014 0.7": a number set off as the item's chance.
_SEPARATED_NUMBER = re.compile(
    r"(?:[:\u2013\u2014,(]|\s-)\s*(?:p\s*=\s*)?[~\u2248<>\u2264\u2265]?\s*(?:\d{1,3}(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)|0?\.\d+)\s*\)?\s*\.?\s*$",
    re.IGNORECASE,
)
