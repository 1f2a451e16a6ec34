"""A probability for a sentence the detector calls a forecast but no rule could parse.

The rules give most candidates their probability from the construction they parsed.
When the model finds a forecast the rules cannot restate ("Winner: Team A", "My money
is on Spain"), the candidate keeps the whole sentence as its claim, and its
probability is read here: a stated number first ("80%", "a 34% chance", "one in
three", "3-to-1", "even money"), then the strongest phrase of ``tracker.estimative``
in the sentence, then a few negated forms, else an unhedged forecast's 0.9.
"""

from __future__ import annotations

import re

from tracker import estimative

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "a hundred": 100, "hundred": 100, "a thousand": 1000, "thousand": 1000, "a million": 1_000_000,
}
_NUMBER = r"\d+(?:\.\d+)?|" + "|".join(sorted(map(re.escape, _WORD_NUMBERS), key=len, reverse=True))
_PERCENT = re.compile(r"(?P<low>\d{1,3}(?:\.\d+)?)(?:\s*(?:-|\u2013|to)\s*(?P<high>\d{1,3}(?:\.\d+)?))?\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
_ONE_IN = re.compile(rf"\b(?P<a>{_NUMBER})\s+(?:in|out\s+of)\s+(?P<b>{_NUMBER})\b(?!\s*(?:%|percent|people|americans|adults|children))", re.IGNORECASE)
_ODDS = re.compile(rf"\b(?P<a>{_NUMBER})\s*(?:-|\u2013|\s)to(?:-|\u2013|\s)\s*(?P<b>{_NUMBER})(?:\s+(?P<side>against|on|odds-on|favou?rites?))?", re.IGNORECASE)
_EVEN_MONEY = re.compile(r"\beven[\s-]money\b|\bevens\b", re.IGNORECASE)
_PHRASES = sorted(estimative.PHRASES, key=len, reverse=True)
_PHRASE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _PHRASES) + r")\b", re.IGNORECASE)
_NEGATED = (
    (re.compile(r"\b(?:no\s?(?:one|body)|few)\s+(?:really\s+)?expects?\b", re.IGNORECASE), estimative.NOBODY_EXPECTS),
    (re.compile(r"\b(?:I|we)\s+(?:don['\u2019]t|do\s+not)\s+(?:think|believe|expect)\b", re.IGNORECASE), estimative.DONT_THINK),
    (re.compile(r"\b(?:I|we)\s+doubt\b", re.IGNORECASE), estimative.PHRASES["we doubt"]),
    (re.compile(r"\bthere\s+will\s+be\s+no\b", re.IGNORECASE), estimative.THERE_WILL_BE_NO),
    (re.compile(r"\bwill\s+never\b|\bimpossible\b", re.IGNORECASE), estimative.WILL_NEVER),
    (re.compile(r"\b(?:won['\u2019]t|will\s+not|isn['\u2019]t\s+(?:going|expected)|not\s+expected)\b", re.IGNORECASE), estimative.UNHEDGED_WILL_NOT),
)


def _number(text: str) -> float:
    text = text.lower()
    return float(_WORD_NUMBERS[text]) if text in _WORD_NUMBERS else float(text)


def stated_probability(sentence: str) -> float | None:
    """The probability a sentence states as a number or odds, or None."""
    match = _PERCENT.search(sentence)
    if match:
        low = float(match.group("low"))
        value = (low + float(match.group("high"))) / 2 if match.group("high") else low
        if 0 <= value <= 100:
            return round(value / 100, 3)
    if _EVEN_MONEY.search(sentence):
        return 0.5
    match = _ONE_IN.search(sentence)
    if match:
        part, whole = _number(match.group("a")), _number(match.group("b"))
        if 0 < part <= whole:
            return round(part / whole, 3)
    match = _ODDS.search(sentence)
    if match and re.search(r"\bodds|\bbet|\bagainst\b|\bon\b|favou?rite|\bshot\b", sentence, re.IGNORECASE):
        first, second = _number(match.group("a")), _number(match.group("b"))
        if first > 0 and second > 0:
            side = (match.group("side") or "").lower()
            # "3-to-1" alone is odds against (the bookmaker's way); "3-to-1 on" is in favour.
            if side in ("on", "odds-on") or side.startswith("favo"):
                return round(first / (first + second), 3)
            return round(second / (first + second), 3)
    return None


def sentence_probability(sentence: str) -> float:
    """Best reading of the whole sentence's probability (see the module docstring)."""
    stated = stated_probability(sentence)
    if stated is not None:
        return stated
    for pattern, value in _NEGATED:
        if pattern.search(sentence):
            return value
    match = _PHRASE.search(sentence)
    if match:
        value = estimative.phrase_probability(match.group(0))
        if value is not None:
            return value
    return estimative.UNHEDGED_WILL
