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

NOT_EXPECTED = 0.2  # the labelling guide's reading of "not expected"

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "a hundred": 100, "hundred": 100, "a thousand": 1000, "thousand": 1000, "a million": 1_000_000,
}
_NUMBER = r"\d+(?:\.\d+)?|" + "|".join(sorted(map(re.escape, _WORD_NUMBERS), key=len, reverse=True))
_AMOUNT = r"(\d{1,3}(?:\.\d+)?)(?:\s*(?:-|\u2013|to)\s*(\d{1,3}(?:\.\d+)?))?\s*(?:%|percent\b|per\s+cent\b)"
# A percentage is a probability only when the sentence says so ("a 34% chance", "a 64 percent
# favourite", "(~70% chance)") or when it closes a list item ("Biden wins - 65%", "No X: 90%");
# "inflation of 2 percent" is a quantity, not a chance.
_PERCENT = re.compile(
    _AMOUNT + r"\s*(?:chance|probability|likelihood|odds|favou?rite|likely|certain|sure)\b"
    # At the end, a whole number only: "(1.0 percent)" after a quantity is a change, not a chance.
    r"|(?:[:\-\u2013\u2014,]\s*|\(\s*[~\u2248]?\s*)(\d{1,3})(?:\s*(?:-|\u2013)\s*(\d{1,3}))?\s*(?:%|percent\b|per\s+cent\b)\s*\)?\s*\.?\s*$",
    re.IGNORECASE,
)
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
    # "No significant strengthening is expected", "X isn't expected to ...": the guide's "not expected".
    (re.compile(r"^\W*no\b[^.;:]*\b(?:is|are)\s+(?:expected|forecast|anticipated)\b|\b(?:isn['\u2019]t|aren['\u2019]t|not)\s+expected\b", re.IGNORECASE), NOT_EXPECTED),
    (re.compile(r"\b(?:won['\u2019]t|will\s+not|isn['\u2019]t\s+going)\b", re.IGNORECASE), estimative.UNHEDGED_WILL_NOT),
)
# Readings of the labelling guide for words the estimative table does not hold.
_GUIDE_WORDS = (
    (re.compile(r"\b(?:is|are|was|were)\s+(?:(?:preliminarily|now|also)\s+)?(?:expected|forecast|projected|anticipated|estimated|set|poised)\b", re.IGNORECASE), 0.7),
    (re.compile(r"\ba\s+chance\s+(?:of|for)\b", re.IGNORECASE), 0.4),
)

# A sentence that says outright that it forecasts: a first-person call, a stated chance or
# odds, certainty or impossibility, a negated belief. On the train split 41 of 48 such units (not counting
# borderline ones) are forecasts, hence their confidence floor in ``combine.py``.
EXPLICIT_FORECAST = re.compile(
    r"\b(?:I|we)\s+(?:predict|forecast|expect|bet|reckon|wager|doubt)\b|\b(?:I|we)['\u2019]d\s+(?:bet|wager|take)\b"
    r"|\b(?:I|we)\s+(?:don['\u2019]t|do\s+not)\s+(?:(?:think|believe)\b[^.;:]{0,80}\b(?:will|going\s+to)\b|expect\b)|\bno\s?(?:one|body)\s+(?:really\s+)?expects\b"
    r"|\b(?:isn['\u2019]t|is\s+not|aren['\u2019]t|are\s+not)\s+expected\s+to\b|\b(?:it\s+)?has\s+been\s+(?:predicted|forecast)\s+that\b"
    r"|\b(?:I|we)\s+would\s+(?:bet|wager|take\s+even)\b"
    r"|\b(?:my|our)\s+(?:money|bet|best\s+guess|guess|prediction|forecast|pick)\s+(?:is|are)\b"
    r"|\b(?:is|are)\s+(?:impossible|inevitable)\s*[.!]?\s*$|\b(?:is|are)\s+(?:certain|sure|bound|doomed)\s+to\b|\bthere\s+is\s+no\s+chance\b"
    r"|\b(?:it['\u2019]s|it\s+is)\s+all\s+over\s+for\b"
    r"|\b\d{1,3}(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+(?:chance|probability|likelihood|favou?rite)\b"
    r"|\bone\s+in\s+(?:two|three|four|five|six|ten|\d+)\b|\bodds\s+(?:are|of)\b|\beven\s+money\b"
    r"|\b\d+\s*-?\s*to\s*-?\s*\d+\s+(?:shot|favou?rite|against|on)\b",
    re.IGNORECASE,
)
EXPLICIT_CONFIDENCE = round(41 / 48, 3)


def _number(text: str) -> float:
    text = text.lower()
    return float(_WORD_NUMBERS[text]) if text in _WORD_NUMBERS else float(text)


def stated_probability(sentence: str) -> float | None:
    """The probability a sentence states as a number or odds, or None."""
    match = _PERCENT.search(sentence)
    if match:
        groups = [g for g in match.groups() if g is not None]
        low = float(groups[0])
        value = (low + float(groups[1])) / 2 if len(groups) > 1 else low
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
    for pattern, value in _NEGATED + _GUIDE_WORDS:
        if pattern.search(sentence):
            return value
    match = _PHRASE.search(sentence)
    if match:
        value = estimative.phrase_probability(match.group(0))
        if value is not None:
            return value
    return estimative.UNHEDGED_WILL


_NEGATED_ITEM = re.compile(r"^(?:no|not|none\s+of|neither)\s+(?=\S)", re.IGNORECASE)
# "...: 80%", "... (70%)", "... - 65%": the item's stated probability, not part of its claim.
_TRAILING_NUMBER = re.compile(r"\s*(?:[:\-\u2013\u2014,]\s*|\(\s*)\d{1,3}(?:\.\d+)?\s*%\s*\)?\s*\.?\s*$")


def item_claim(item: str) -> tuple[str, float]:
    """Claim and probability of one item of a declared prediction list. A negated item
    is worded positively with the complement ("No recession: 90%" is "recession" at 0.1,
    as the labelling guide reads it)."""
    probability = sentence_probability(item)
    claim = _TRAILING_NUMBER.sub("", item) or item
    match = _NEGATED_ITEM.match(claim)
    if match and stated_probability(item) is not None:
        rest = claim[match.end():]
        return rest[:1].upper() + rest[1:], round(1 - probability, 3)
    return claim, probability
