"""Words of estimative probability: the one table that turns phrases into numbers.

Both ``tracker add --probability likely`` and ``tracker extract`` read their numbers
from here, so a phrase means the same wherever it appears.

The readings follow how the *public* reads each phrase, because the writers tracked
here are pundits writing for the public, not analysts bound by an official scale.
Each value is the ``recommended`` column of ``shared/reference/estimative_probability.csv``:
the median of the survey medians (zonination "Perceptions of Probability", 46
respondents; Mauboussin & Mauboussin, HBR 2018, ~1,900 respondents; Kucharski's
CAPphrase 2026, 5,174 respondents), else the midpoint of the official range (Kent
1964, ICD 203, UK PHIA 2025, NATO, IPCC).
"""

from __future__ import annotations

import re

# phrase (or synonyms) -> probability that the thing happens
_TABLE: tuple[tuple[tuple[str, ...], float], ...] = (
    (("virtually certain",), 0.995),
    (("certain", "certainly", "will definitely", "definitely", "for certain", "for sure"), 0.99),
    (("extremely likely",), 0.975),
    (("almost certainly", "almost certain", "nearly certain"), 0.95),
    (("slam dunk",), 0.95),
    (("highly likely",), 0.90),
    (("very likely",), 0.875),
    (("with high probability", "high probability"), 0.80),
    (("very good chance",), 0.80),
    (("probably", "probable"), 0.725),
    (("likely",), 0.70),
    (("we believe",), 0.70),
    (("serious possibility",), 0.66),
    (("better than even", "better than even chance"), 0.60),
    (("more likely than not",), 0.60),
    (("real possibility",), 0.60),
    (("realistic possibility",), 0.60),
    (("about even", "even chance", "even odds", "50-50", "fifty-fifty", "toss-up", "toss up", "coin flip"), 0.50),
    (("with moderate probability", "moderate probability"), 0.50),
    (("maybe",), 0.50),
    (("possibly", "possible"), 0.45),
    (("may happen", "may"), 0.40),
    (("might happen", "might"), 0.40),
    (("could happen", "could"), 0.40),
    (("probably not",), 0.265),
    (("we doubt", "doubtful"), 0.25),
    (("unlikely", "not likely"), 0.20),
    (("with low probability", "low probability"), 0.15),
    (("improbable",), 0.125),
    (("little chance",), 0.125),
    (("very unlikely",), 0.125),
    (("chances are slight", "slight chance"), 0.10),
    (("almost certainly not",), 0.07),
    (("highly unlikely",), 0.05),
    (("remote chance", "remote"), 0.05),
    (("almost no chance",), 0.02),
    (("exceptionally unlikely",), 0.005),
    # "X will never happen" in an opinion column is emphatic, not a literal zero: read like
    # "there will be no X" (annotators of news forecasts), just below it.
    (("never", "will never"), 0.03),
    (("impossible", "no chance"), 0.0),
)

#: Every phrase, normalised, with its probability.
PHRASES: dict[str, float] = {
    phrase: value for synonyms, value in _TABLE for phrase in synonyms
}

# Readings of forecast *constructions* rather than single phrases, from the notes of
# the same research (shared/reference/README.md): an unhedged "X will happen" is read
# as near-certain by survey respondents and given about 0.9 by annotators of news
# forecasts; intensified ("will certainly", "inevitably") about 0.97.
UNHEDGED_WILL = 0.90
INTENSIFIED_WILL = 0.97
# Negated expectations, read as the probability that X happens.
NOBODY_EXPECTS = 0.10  # "nobody expects X"
DONT_THINK = 0.20  # "I don't think X"
THERE_WILL_BE_NO = 0.05  # "there will be no X"
WILL_NEVER = PHRASES["never"]  # "X will never ..."


def normalise_phrase(text: str) -> str:
    """Lower-case, straighten quotes and dashes, and collapse spaces, so that
    'Almost  Certainly Not' and 'almost certainly not' look the same."""
    text = text.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", text).strip()


def phrase_probability(text: str) -> float | None:
    """The probability a reader gives ``text`` if it is a known phrase, else None."""
    return PHRASES.get(normalise_phrase(text))


_AFFIRMATIVE = sorted((p for p in PHRASES if not re.search(r"\b(?:not|never|no)\b", p)), key=len, reverse=True)
_AFFIRMATIVE_RE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _AFFIRMATIVE) + r")\b")


def phrase_within(text: str) -> str | None:
    """The longest affirmative phrase of the table inside ``text`` ("is almost certain to" →
    "almost certain"), so the extractor reads a cue's words exactly as ``--probability`` does.
    Denials ("probably not", "never") are left to the extractor's negation rules."""
    found = _AFFIRMATIVE_RE.findall(normalise_phrase(text))
    return max(found, key=len) if found else None


# Readings added for the extractor (tracker.extract), from the same notes.
# "X will not happen" mirrors an unhedged "X will happen"; an intensified denial
# ("X certainly won't") mirrors an intensified "will".
UNHEDGED_WILL_NOT = round(1 - UNHEDGED_WILL, 3)
INTENSIFIED_WILL_NOT = round(1 - INTENSIFIED_WILL, 3)
# "X cannot possibly Y" is read like "highly unlikely" (public median 5%).
CANNOT_POSSIBLY = PHRASES["highly unlikely"]

#: How the extractor reads whole constructions that carry no phrase of the table; with
#: ``PHRASES`` this is everything ``tracker phrases`` prints (the same numbers, one place).
CONSTRUCTIONS: dict[str, float] = {
    "X will happen": UNHEDGED_WILL,
    "X will certainly / surely / inevitably happen": INTENSIFIED_WILL,
    "X will not happen": UNHEDGED_WILL_NOT,
    "X will certainly not happen": INTENSIFIED_WILL_NOT,
    "I don't think X": DONT_THINK,
    "nobody (really) expects X": NOBODY_EXPECTS,
    "there will be no X": THERE_WILL_BE_NO,
    "X will never happen": WILL_NEVER,
    "X cannot possibly happen": CANNOT_POSSIBLY,
}
