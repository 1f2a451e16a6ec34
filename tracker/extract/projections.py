"""Projections stated in the present tense: "the deficit grows from $1.6 trillion in
2024 to $2.6 trillion in 2034".

Agencies (budget offices, energy and statistics agencies, central banks) set the frame
once ("In CBO's projections", "The Budget and Economic Outlook: 2024 to 2034") and then
state what they project in the present tense. Such a clause forecasts when it is tied
to a future time: a year after publication, or, in a text that is about projections,
any year or the projection period itself ("during that period", "by the end of the
period"). A present tense with no time ("Those trends put upward pressure on spending")
describes, and a copula ("are about 50 percent larger") forecasts only inside a
projection text, where it compares projected amounts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from tracker.extract.construction import Cue

# Verbs of change and level, as the third person singular and the plural. "levels",
# "comes", "amounts" and "continues" are nouns or need their particle to be the verb.
_STEMS = (
    "rise fall reach grow increase decrease decline exceed climb total average hit double triple shrink drop "
    "peak return remain stay surpass mount cool rebound slow accelerate expand contract narrow widen ease jump "
    "soar plunge equal outpace overtake recover improve worsen stabilize stabilise settle dip slip edge"
).split()


def _third_person(stem: str) -> str:
    if stem.endswith(("sh", "ch", "ss", "x")):
        return stem + "es"
    return stem + "s"


# Longest first; words of one length alphabetically, so that the pattern is the same in every
# process (a set's order is not), as the stored compiled patterns need (regex_cache.py).
_VERBS = "|".join(sorted({_third_person(stem) for stem in _STEMS} | set(_STEMS), key=lambda word: (-len(word), word)))
_CHANGE = re.compile(
    rf"\b(?P<verb>(?:{_VERBS})|(?:comes?|amounts?)\s+to|continues?\s+to\s+[a-z]+|levels?\s+off|picks?\s+up)\b"
)
# "are about 50 percent larger", "is equal to", "are roughly one and a half times larger":
# a projected amount compared with another.
_COPULA = re.compile(
    r"\b(?P<verb>is|are)\s+(?:(?:about|roughly|nearly|almost|around|approximately|still|also|well|much|far|"
    r"more\s+than|less\s+than|[a-z]+ly)\s+)*"
    r"(?:(?:[$\d][\d.,]*\s*(?:%|percent|per\s+cent|trillion|billion|million)?|one|two|three|four|five|six|"
    r"ten|half|a\s+half|and|a\s+third|a\s+quarter)\s+){0,5}(?:times\s+)?"
    r"(?:larger|smaller|higher|lower|greater|bigger|equal\s+to|similar\s+to|above|below|times)\b"
)
# Words that make a following base form an infinitive, a noun or a finite auxiliary
# construction ("to rise", "the fall in 2020", "did not rise").
_NOT_FINITE_BEFORE = re.compile(
    r"(?:\b(?:to|the|a|an|this|that|its|their|his|her|our|of|in|for|will|would|can|could|may|might|should|must|"
    r"shall|do|does|did|not|n't|been|be|being|has|have|had|is|are|was|were)|['\u2019]s)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_YEAR = re.compile(
    r"\b(?:in|by|through|until|till|to|from|and|before|after|during)\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?"
    r"(?:(?:fiscal|calendar)\s+(?:year\s+)?|FY\s?)?(?P<year>(?:19|20)\d\d)\b(?!\s*(?:%|percent|per\s+cent))"
)
# The projection period named without a year.
_PERIOD = re.compile(
    r"\b(?:during|over|through|throughout|by|at|in)\s+(?:the\s+end\s+of\s+)?(?:that|the|this)\s+"
    r"(?:(?:projection|forecast|budget|\d+-year|ten-year|10-year)\s+)?(?:period|window|horizon)\b"
    r"|\b(?:over|in|during|within)\s+the\s+(?:next|coming)\s+(?:\d+|two|three|five|ten|few)?\s*(?:years|decades?)\b",
    re.IGNORECASE,
)
# Words that make a text a projection: its register, not one sentence's.
_PROJECTION_WORDS = re.compile(
    r"\b(?:[Pp]roject(?:ion|ions|s|ed)|[Ff]orecasts?|[Oo]utlook|[Bb]aseline)\b"
)
# Cheap test that a clause could hold a projection at all.
# (CUE_HINT already covers "in/by/through 2034".)
HINT = re.compile(r"\b(?:period|horizon|decade)\b|\b(?:from|to)\s+(?:19|20)\d\d\b|\bnext\s+\w+\s+years\b")


def is_projection_text(texts: Iterable[str]) -> bool:
    """A text that speaks of its projections, forecast or outlook at least twice."""
    seen = 0
    for text in texts:
        for _ in _PROJECTION_WORDS.finditer(text):
            seen += 1
            if seen >= 2:
                return True
    return False


def mentions_projection(text: str) -> bool:
    return bool(_PROJECTION_WORDS.search(text))


def _latest_year(clause: str) -> int | None:
    years = [int(match.group("year")) for match in _YEAR.finditer(clause)]
    return max(years) if years else None


def projection_cue(clause: str, published: dt.date | None, projection_text: bool) -> Cue | None:
    """A present-tense projection in ``clause``, if there is one.

    With a publication date, a change verb tied to a later year is enough; otherwise
    the text (or the sentence) must be about projections. A copula or a bare
    period ("during that period") counts only in a projection text."""
    year = _latest_year(clause)
    if published is not None and year is not None and year > published.year:
        timed = True  # a later year is a projection whatever the text
    elif projection_text:
        timed = (year is not None and (published is None or year >= published.year)) or _PERIOD.search(clause) is not None
    else:
        timed = False
    if not timed:
        return None
    change = next((m for m in _CHANGE.finditer(clause) if _finite(clause, m)), None)
    copula = _COPULA.search(clause) if projection_text else None
    found = [match for match in (change, copula) if match is not None]
    return _cue(min(found, key=lambda match: match.start())) if found else None


_PLURAL_SUBJECT_END = re.compile(r"(?:\b(?:they|we|both|all)|[a-z]{2}[^s'\u2019\s]s)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _finite(clause: str, match: re.Match[str]) -> bool:
    """A finite verb, not an infinitive, a noun or an adjective: a base form ("rise")
    must follow a plural subject ("deficits rise"), since "the annual average" and
    "to rise" use the same word."""
    if _NOT_FINITE_BEFORE.search(clause, 0, match.start()):
        return False
    word = match.group("verb").split()[0].lower()
    if word in _BASE_FORMS:
        return bool(_PLURAL_SUBJECT_END.search(clause, 0, match.start()))
    return True


_BASE_FORMS = frozenset(_STEMS) | {"come", "amount", "continue", "level", "pick"}


def _cue(match: re.Match[str]) -> Cue:
    return Cue("present_future", match.start("verb"), match.start("verb"), match.group("verb"), None, False, False)


_COPULA_START = re.compile(r"^(?:is|are)\b")


def restate(predicate: str) -> str:
    """'reaches 116 percent' -> 'reach 116 percent'; 'are larger' -> 'be larger'."""
    if _COPULA_START.match(predicate):
        return "be" + predicate[3 if predicate.startswith("are") else 2:]
    first, _, rest = predicate.partition(" ")
    lowered = first.lower()
    if lowered.endswith(("sses", "shes", "ches", "xes")):
        first = first[:-2]
    elif lowered.endswith("s") and not lowered.endswith("ss"):
        first = first[:-1]
    return f"{first} {rest}".strip()
