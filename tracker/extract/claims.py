"""Restate a forecast clause as a plain, positive claim: "<subject> will <predicate>".

Hedges and negation move into the probability, so the claim keeps only what would
have to happen: "nobody really expects Russia to invade Ukraine" -> "Russia will
invade Ukraine"; "There will be no NATO war on Russia" -> "There will be a NATO war
on Russia"; "Kiev will never be accepted" -> "Kiev will be accepted".
"""

from __future__ import annotations

import re

_LEADING_WORDS = re.compile(
    r"^(?:(?:and|but|or|so|yet|still|now|then|thus|also|indeed|however|meanwhile|moreover|besides|even|"
    r"instead|therefore|hence|perhaps|maybe|probably|likely|surely|certainly|clearly|obviously|that|while|"
    r"whereas|although|though|because|since|as|when|once|after|before|until|realistically|whether|if|"
    r"sooner\s+rather\s+than\s+later|sooner\s+or\s+later|in\s+the\s+end|eventually|ultimately|"
    r"it\s+(?:looks|seems|appears)\s+(?:like|as\s+if|as\s+though))\b[\s,]*)+",
    re.IGNORECASE,
)
_TRAILING_ADVERBS = re.compile(
    r"(?:[\s,]+(?:just|also|still|only|probably|likely|certainly|surely|even|then|now|already|never|simply|"
    r"really|soon|in\s+turn|almost\s+certainly|most\s+likely|very\s+likely|no\s+doubt|definitely|undoubtedly|"
    r"inevitably|therefore|thus|too|however|itself|themselves|himself|herself|sooner\s+or\s+later|"
    r"sooner\s+rather\s+than\s+later|in\s+all\s+likelihood|perhaps|maybe|possibly|eventually|ultimately))+[\s,]*$",
    re.IGNORECASE,
)
# A comma segment that opens with one of these is an adverbial, not the subject.
_ADVERBIAL_START = re.compile(
    r"^(?:regardless|although|though|while|when|whenever|once|after|before|since|as|if|unless|despite|in|on|at|"
    r"by|for|with|without|from|under|over|through|during|given|like|unlike|amid|after\s+all|of\s+course|"
    r"sooner|eventually|ultimately|finally|meanwhile|however|moreover|indeed|instead|then|thus|still|yet|"
    r"so|but|and|now|here|there\s+too|\w+ly)\b",
    re.IGNORECASE,
)
_LOOKS_LIKE = re.compile(r"^.*?\b(?:looks|seems|sounds|look|seem)\s+(?:like|as\s+if|as\s+though)\s+", re.IGNORECASE)
_DEMONSTRATIVE_NP = re.compile(
    r"^(?:this|that|these|those)\s+(?!(?:the|a|an|it|he|she|they|we|you|i|its|their|his|her|there)\b)[a-z][\w-]*$",
    re.IGNORECASE,
)
_SEGMENT_BREAK = re.compile(r",|\s{3,}")
_RELATIVE_END = re.compile(r"(?:^|[\s,])(?P<pronoun>which|who|that)\s*$", re.IGNORECASE)
_DETERMINER = re.compile(r"\b(?:the|a|an|its|his|her|their|this|these|those|our|some|any|such|that)\b", re.IGNORECASE)
_FRAME_COMPLEMENT = re.compile(r"^\s*(?:to\s+(?:the\s+)?[A-Z][\w ]{0,40}?\s+)?(?:that\s+)?", re.UNICODE)
_NO_PHRASE = re.compile(r"^be\s+no\s+(?P<rest>(?P<head>[\w'\u2019-]+).*)$", re.IGNORECASE | re.DOTALL)
_NEGATIVE_SUBJECT = {
    "nobody": "somebody",
    "no one": "someone",
    "no-one": "someone",
    "nothing": "something",
    "none": "some",
}
_QUOTE_CHARS = str.maketrans({"\u201c": "", "\u201d": "", '"': ""})
_SPACES = re.compile(r"\s+")
_CLOSING = re.compile(r"[\s,.;:!\u2026'\u2019\-\u2013\u2014]+$")
_EMBEDDED_QUESTION = re.compile(
    r"(?<!doubt )(?<!doubts )(?<!doubted )\bwhether\b|\b(?:know|knows|knew|see|seen|ask|asks|asked|wonder|wonders|wondering|unclear|uncertain|unknown|"
    r"question|decide|decides|depends\s+on|tell|predict|guess|idea|sure|clear|matter)\s+(?:(?:\w+ly|exactly|just|yet)\s+)?"
    r"(?:who|what|how|when|where|which|why)\b",
    re.IGNORECASE,
)


# Single quotes used as quotation marks (not apostrophes): at a word's edge.
_SINGLE_QUOTES = re.compile(r"(?<![\w])['\u2018\u2019](?=\w)|(?<=[\w.,!?])['\u2018\u2019](?![\w])")


def _tidy(text: str) -> str:
    text = _SINGLE_QUOTES.sub("", text.translate(_QUOTE_CHARS))
    return _SPACES.sub(" ", text).strip(" ,")


def _antecedent(before_pronoun: str) -> str:
    """The noun phrase a relative pronoun points back to ("concessions which may ...")."""
    words = before_pronoun.rstrip(" ,").rsplit(",", 1)[-1].split()
    tail = words[-6:]
    for position in range(len(tail) - 1, -1, -1):
        if _DETERMINER.fullmatch(tail[position]):
            return " ".join(tail[position:])
    return " ".join(tail[-3:])


def subject_of(before_cue: str) -> str:
    """The subject in the words before the cue: asides and adverbials left out."""
    relative = _RELATIVE_END.search(before_cue)
    if relative and _LEADING_WORDS.sub("", before_cue[: relative.start()].strip(" ,")):
        return _tidy(_antecedent(before_cue[: relative.start()]))
    text = _TRAILING_ADVERBS.sub("", before_cue)
    # A comma or a blanked-out aside (a run of spaces) separates segments.
    segments = [segment.strip() for segment in _SEGMENT_BREAK.split(text)]
    if segments and segments[-1]:
        subject = segments[-1]
    else:
        subject = next(
            (s for s in segments if s and not _ADVERBIAL_START.match(_LEADING_WORDS.sub("", s) or s)),
            "",
        )
    # "the market to me looks like it'll be ...": the subject follows "looks like".
    looks = _LOOKS_LIKE.match(subject)
    if looks:
        subject = subject[looks.end():]
    # "... and that should continue": a lone demonstrative is the subject itself;
    # "that line will blur": a demonstrative determiner stays.
    if _DEMONSTRATIVE_NP.match(subject):
        return _tidy(subject)
    stripped = _LEADING_WORDS.sub("", subject)
    if not stripped and subject.split() and subject.split()[-1].lower() in ("that", "this"):
        stripped = subject.split()[-1]
    subject = stripped
    return _tidy(subject)


# "that" after a preposition is a determiner ("deficits during that period"), not the
# start of a complement clause.
_LAST_THAT = re.compile(
    r"^(?:.*\S\s+)?(?<!\bduring )(?<!\bin )(?<!\bof )(?<!\bat )(?<!\bby )(?<!\bfor )(?<!\bon )(?<!\bover )"
    r"(?<!\bfrom )(?<!\bwith )(?<!\bto )(?<!\bafter )(?<!\bbefore )(?<!\bthrough )(?<!, )that\s+(?=\S)",
    re.DOTALL,
)
_ENDS_WITH_THERE = re.compile(r"(?:^|\s)(?P<there>there)\s*$", re.IGNORECASE)


# "Nobody seriously imagines the tunnel will ...", "Few people believe rates will ...": a denied belief
# with no "that" after it; the clause after it is the claim, not "Somebody seriously imagines ...".
_DENIED_BELIEF = re.compile(
    r"^(?:.*?[^\w\s]\s*)?(?:nobody|no\s+one|no-one|none(?:\s+of\s+[\w'\u2019-]+)?|few(?:\s+people)?|hardly\s+anyone)"
    r"(?:\s+(?!(?:that|who|which)\b)[\w'\u2019-]+){0,4}?\s+(?:\w+ly\s+)?"
    r"(?:expects?|believes?|thinks?|supposes?|imagines?|predicts?|anticipates?|foresees?|reckons?|seriously\s+\w+)\s+(?:that\s+)?"
    # "I am not sure she will reach the second week", "Nor do I think the line will reach the coast"
    r"|^(?:.*?[^\w\s]\s*)?(?:and\s+|but\s+)?(?:(?:I['\u2019]m|I\s+am|we['\u2019]re|we\s+are)\s+(?:\w+ly\s+)?not\s+(?:sure|convinced|certain)"
    r"|nor\s+(?:do|does|did)\s+(?:I|we|they|he|she)\s+(?:\w+ly\s+)?(?:think|believe|expect|suppose|imagine))\s+(?:that\s+)?",
    re.IGNORECASE | re.DOTALL,
)


def after_frame(text: str) -> str:
    """Drop what a frame leaves before its clause: "to the US Senate", "made it clear to
    Putin that", "Nobody seriously imagines"; an existential "there" is the whole subject."""
    there = _ENDS_WITH_THERE.search(text)
    if there:
        return there.group("there")
    denied = _DENIED_BELIEF.match(text)
    if denied and text[denied.end():].strip():
        return text[denied.end():]
    that = _LAST_THAT.match(text)
    if that and len(text[: that.end()].split()) >= 3:
        return text[that.end():]
    return _FRAME_COMPLEMENT.sub("", text, count=1)


# Documents and schemes whose "will" describes what they provide, not what will happen
# ("The bill will require companies to ..."), and events whose "will" is a timetable.
_PROVISION_NOUNS = frozenset(
    """law bill act rule rules regulation regulations policy plan proposal measure order agreement deal treaty
    program programme scheme budget package legislation reform provision provisions amendment directive
    initiative contract framework guidance guidelines update report study survey app feature service""".split()
)
_PROVISION_VERBS = frozenset(
    """require requires allow apply cover include provide ban prohibit mandate exempt establish create fund
    give offer replace introduce add set let enable permit oblige force""".split()
)
_TIMETABLE = re.compile(
    r"^(?:take\s+place|be\s+taking\s+(?:place|effect)|be\s+held|be\s+hosted|be\s+published|be\s+released|be\s+broadcast|be\s+streamed|air|"
    r"premiere|convene|testify|headline|take\s+effect|come\s+into\s+force|go\s+into\s+effect|be\s+available|"
    r"be\s+open(?:ed)?\s+to|open\s+to\s+the\s+public|run\s+(?:from|until|through))\b",
    re.IGNORECASE,
)
_GENERIC_YOU_VERBS = frozenset("see find need notice recall remember note learn read get want know".split())


def is_description(subject: str, predicate: str) -> bool:
    """Not forecasts: what a document provides ("The bill will require ..."), a timetable
    ("The summit will take place in Geneva"), or a reader's instruction ("as you will see")."""
    words = subject.lower().split()
    head = words[-1] if words else ""
    verb = predicate.split(None, 1)[0].lower() if predicate.strip() else ""
    if head in _PROVISION_NOUNS and verb in _PROVISION_VERBS:
        return True
    if head == "you" and verb in _GENERIC_YOU_VERBS:
        return True
    return bool(_TIMETABLE.match(predicate.strip()))


# A clause that opens with a question word asks rather than states ("..., but how well
# we'll adapt to working with it"); "what" is left out, since it opens a subject as
# often ("what I'm building today will replace me").
_WH_CLAUSE = re.compile(r"^\W*(?:(?:and|but|or)\s+)?(?:how|whether|why|where)\b", re.IGNORECASE)


def is_embedded_question(before_cue: str, clause_before_cue: str = "") -> bool:
    """'It is unclear what will happen', 'whether Russia will invade': no forecast."""
    return bool(_EMBEDDED_QUESTION.search(before_cue) or _WH_CLAUSE.match(clause_before_cue))


def _positive_predicate(predicate: str) -> tuple[str, bool]:
    """'be no NATO war' -> 'be a NATO war'; returns the predicate and whether a 'no' was removed."""
    match = _NO_PHRASE.match(predicate)
    if not match:
        return predicate, False
    head = match.group("head")
    rest = match.group("rest")
    if head.lower().endswith("s") and not head.lower().endswith("ss"):
        return f"be {rest}", True
    if head[:1].isupper() and len(head) > 1 and (head.isupper() or head[1:2].islower()):
        # "no NATO war", "no Abrams tank": a proper-noun modifier still takes an article
        pass
    article = "an" if head[:1].lower() in "aeiou" else "a"
    return f"be {article} {rest}", True


# "no more than five", "no fewer than ten stores": a bound, not a negation.
_NO_COMPARISON = re.compile(r"no\s+(?:more|fewer|less|later|earlier|sooner)\s+than\b")


def _positive_subject(subject: str) -> tuple[str, bool]:
    lowered = subject.lower()
    for negative, positive in _NEGATIVE_SUBJECT.items():
        if lowered == negative or lowered.startswith(negative + " "):
            return positive + subject[len(negative):], True
    if lowered.startswith("no ") and not _NO_COMPARISON.match(lowered):
        rest = subject[3:]
        return ("an " if rest[:1].lower() in "aeiou" else "a ") + rest, True
    return subject, False


# Predicates that deny their own goal: "will almost certainly miss its goal of landing"
# forecasts that the landing will not happen. Each is replaced by its positive form.
_NEGATIVE_PREDICATES = (
    (re.compile(r"^fail\s+to\s+", re.IGNORECASE), ""),
    (re.compile(r"^miss\s+(?=(?:its|the|their|his|her|our|this|that|a|an)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:goal|goals|target|targets|deadline|deadlines|forecast|estimate|expectations?|timetable|date)\b)",
                re.IGNORECASE), "meet "),
    (re.compile(r"^fall\s+short\s+of\s+", re.IGNORECASE), "reach "),
)


_UNTIL = re.compile(r"\b(?:until|till)\b")


def not_until(predicate: str) -> str:
    """'won't fall to 2% until 2025' denies that it falls *before* 2025."""
    return _UNTIL.sub("before", predicate, count=1)


# "At least two companies will not meet the target", "Half the stalls won't reopen": a negation inside
# a counted bound is no denial of the positive claim ("at least two will meet" may also be true), so
# the labelling guide reads it as worded, with no flip to 1 - p. Not "most" or "some", which the
# annotators flipped ("most of those won't ripen" is `Most will ripen` at 0.05), nor "more than once".
_QUANTIFIED = re.compile(
    r"^(?:(?:at\s+least|at\s+most|no\s+more\s+than|no\s+fewer\s+than|more\s+than|fewer\s+than|up\s+to)\s+"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:third|quarter|fifth|dozen)|half)(?!\s+(?:times?|once)\b)"
    r"|half\b|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)?\s+of\b)",
    re.IGNORECASE,
)


def is_quantified(subject: str) -> bool:
    """Whether ``subject`` counts part of a whole ("at least two companies", "half the stalls")."""
    return bool(_QUANTIFIED.match(subject.strip()))


def positive_predicate(predicate: str) -> tuple[str, bool]:
    """The predicate without a self-denying verb, and whether one was removed."""
    for pattern, replacement in _NEGATIVE_PREDICATES:
        if pattern.match(predicate):
            return pattern.sub(replacement, predicate, count=1), True
    return predicate, False


# Tails that comment on a forecast rather than state it: the source ("..., according to
# final polls, which suggest ..."), the news peg ("..., just days after it pushed back
# ..."), a reason given by someone else ("..., citing cost overruns").
_TAIL = re.compile(
    r",[\"'\u2019\u201d]?\s+(?:according\s+to|which|who|citing|saying|adding|noting|just\s+(?:days|weeks|hours|months)\s+after|"
    r"even\s+as|in\s+line\s+with|when\s+taking)\b"
)


def without_tail(predicate: str) -> str:
    """The predicate up to a commenting tail, if it has one."""
    tail = _TAIL.search(predicate)
    return predicate[: tail.start()] if tail else predicate


def build_claim(subject: str, predicate: str) -> tuple[str, bool]:
    """'<subject> will <predicate>' in positive form; the flag says a 'no' was removed
    (read like "there will be no X")."""
    predicate = _CLOSING.sub("", _tidy(without_tail(predicate)))
    subject, negative_subject = _positive_subject(subject)
    removed = negative_subject
    if subject.lower() == "there":
        predicate, removed = _positive_predicate(predicate)
    claim = f"{subject} will {predicate}" if subject else f"will {predicate}"
    claim = _CLOSING.sub("", claim)
    return claim[:1].upper() + claim[1:], removed


def plain_clause(clause: str) -> str:
    """A 'that'-clause given its own probability ("a 70% chance that X will happen")."""
    text = _CLOSING.sub("", _tidy(clause))
    return text[:1].upper() + text[1:]


_FIRST_VERB = re.compile(
    r"\s(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|may|might|should|must|"
    r"[a-z]{3,}ed)\b"
)


def first_subject(words: str) -> str:
    """The subject of a clause whose second verb phrase carries the cue: "NASA is not
    properly estimating all costs ... and" -> "NASA"."""
    verb = _FIRST_VERB.search(words)
    return words[: verb.start()].strip() if verb else words
