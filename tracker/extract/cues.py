"""Find the words that make a clause a forecast, and the words that hedge it.

A forecast cue is a construction that puts an event in the future: a future modal
with a verb ("will likely end", "won't be", "might even retain"), "be going to",
"be likely/bound/set to", a negated expectation ("nobody really expects X to"),
"idle to expect X to", "cannot possibly". Demands ("should", "must"), hypotheticals
("would") and abilities ("can") are not cues at all.
"""

from __future__ import annotations

import re

from tracker.extract import chances, predicates
from tracker.extract.construction import Cue

# Adverbs that may sit between a modal and its verb. Hedges among them change the
# probability; negations flip the claim.
_ADVERB = (
    r"(?:not|never|likely|probably|certainly|surely|inevitably|undoubtedly|definitely|doubtless|"
    r"almost\s+certainly|most\s+likely|very\s+likely|highly\s+likely|quite\s+possibly|possibly|perhaps|maybe|"
    r"also|still|then|soon|eventually|ultimately|only|even|again|just|almost|finally|easily|quickly|"
    r"actually|really|simply|no\s+doubt|no\s+longer|in\s+all\s+likelihood|in\s+turn|once\s+again|"
    r"therefore|thus|sooner\s+or\s+later|sooner\s+rather\s+than\s+later|progressively|gradually|"
    r"immediately|dutifully|rapidly|slowly|further|all|both|each|either|necessarily|automatically|"
    r"first|now|clearly|obviously|invariably|permanently|continue\s+to|keep\s+on|allegedly|reportedly|supposedly)"
)
VERB = r"(?P<verb>[a-z][a-z'\u2019-]*)"
# "The wave-power machine ... will, without doubt, supply ...", "The call ... will, in cities and
# towns, be made by wireless": an aside between commas may part the modal from its verb.
_WILL = re.compile(
    rf"(?:\b(?P<modal>will|shall|won['\u2019]t|wo\s*n['\u2019]t)|(?<=[A-Za-z])(?P<contracted>['\u2019]ll))\b"
    rf"(?P<aside>\s*,[^,;:.!?\"\u201c\u201d]{{1,40}},)?(?P<adverbs>(?:\s+{_ADVERB})*)\s+[\"\u201c]?{VERB}"
)
_GOING_TO = re.compile(
    rf"(?:\b(?:is|are|am)|(?<=[A-Za-z])['\u2019](?:s|re|m))(?P<nt>n['\u2019]t)?(?P<adverbs>(?:\s+{_ADVERB})*)\s+going\s+to"
    rf"(?P<adverbs2>(?:\s+{_ADVERB})*)\s+{VERB}"
)
_BE_TO = re.compile(
    r"(?:\b(?:is|are|am|seems?|looks?|appears?|remains?)|(?<=[A-Za-z])['\u2019](?:s|re|m))"
    r"(?P<adverbs>(?:\s+(?:not|also|still|now|increasingly|very|highly|most|more|quite|extremely|almost|"
    r"all\s+but|far\s+from|therefore|thus|only|just|even|virtually|so|[a-z]+ly))*)"
    r"\s+(?P<adj>likely|unlikely|certain|sure|bound|set|poised|destined|doomed|about|due|slated|"
    r"on\s+track|on\s+course|primed|expected|projected|forecast|predicted|anticipated|favou?red)\s+to\s+" + VERB
)
# "... are billions of dollars over budget, years past deadline and poised to eat into ...":
# the adjective shares an earlier "be".
_AND_ADJ_TO = re.compile(
    r"\b(?:and|but)\s+(?P<degree>(?:very|highly|slightly|strongly|heavily|now|also|still|even|increasingly)\s+)?"
    r"(?P<adj>poised|likely|unlikely|bound|destined|doomed|certain|sure|favou?red|expected|projected)\s+to\s+"
    + VERB
)
_MODAL = re.compile(
    r"\b(?P<modal>may|might|could)"
    r"(?P<adverbs>(?:\s+(?:well|also|even|still|not|soon|yet|eventually|easily|very\s+well|one\s+day|then|"
    r"just|ultimately|again|quickly|actually|really|only|already|now|finally|possibly|in\s+turn))*)\s+" + VERB
)
# "Inflation should ease next year": "should" with a verb of change forecasts; with an
# agent's action ("Kiev should grant autonomy") it demands, and is no cue.
_EPISTEMIC_SHOULD = re.compile(
    r"\bshould(?P<adverbs>(?:\s+(?:also|still|soon|eventually|gradually|continue\s+to|start\s+to|begin\s+to))*)\s+"
    r"(?P<verb>rise|fall|increase|decrease|grow|decline|slow|ease|improve|worsen|stabili[sz]e|recover|peak|fade|"
    r"moderate|drop|climb|rebound|pick\s+up|cool|continue|persist|accelerate|decelerate|narrow|widen|remain|stay|reach|return|"
    r"come\s+down|go\s+up|go\s+down|level\s+off|bottom\s+out|settle|average|exceed|surpass|top|hit|arrive|"
    r"be\s+(?:higher|lower|stronger|weaker|better|worse|above|below|around|about|roughly|close\s+to|back))\b"
)
_CANNOT_POSSIBLY = re.compile(r"\b(?:cannot|can['\u2019]t|can\s+not)\s+possibly\s+" + VERB)
# Expectations: "nobody (really) expects X to Y", "it's idle to expect X to Y".
_NEGATIVE_EXPECTATION = re.compile(
    r"\b(?:(?P<nobody>nobody|no\s+one|no-one|few(?:\s+people)?|hardly\s+anyone|not\s+many\s+people)\s+"
    r"(?:\w+ly\s+)?(?:expects?|believes?|thinks?|predicts?|anticipates?)"
    r"|(?P<idle>idle|futile|naive|na\u00efve|unrealistic|pointless|foolish|vain|wishful\s+thinking)\s+to\s+"
    r"(?:expect|believe|think|hope)"
    r"|(?P<dont>(?:(?:do|does|did)\s+not|(?:don|doesn|didn)['\u2019]t)\s+(?:\w+ly\s+)?expect))\b",
    re.IGNORECASE,  # "Nobody really expects ..." opening a sentence reads like the same words inside one
)
# "We expect GDP growth to slow ...", "They expect the economy to remain healthy":
# the expecting subject is left to attribution (first person: the author's own).
_EXPECT_NP_TO_VP = re.compile(
    r"\b(?:[Ee]xpects?|expecting|anticipates?|anticipating|predicts?|predicting|forecasts?|projects?|projecting)\s+"
    r"(?!to\b)(?P<np>[^,;:]{1,120}?)\s+to\s+" + VERB
)
# "I expect a 25 basis point cut at each of the next two meetings": an expected event.
_EXPECT_EVENT = re.compile(
    r"\b(?:expects?|expecting|anticipates?|anticipating|predicts?|predicting|forecasts?|foresees?|foresee)\s+"
    r"(?P<np>(?:a|an|more|further|another|several|two|three|\d+)\b[^,;:]{2,150}"
    # "Final polls predict strong victory for ...", "economists forecast slower growth"
    r"|(?:(?!to\b)[a-z-]+\s+){0,2}(?:victory|win|defeat|loss|landslide|recession|rise|fall|cuts?|hikes?|increases?|"
    r"decreases?|declines?|growth|slowdown|rebound|recovery|surge|drop|collapse|crash|shortages?|default|"
    r"shutdown|war|invasion)\b[^,;:]{0,150})"
)
_NP_TO_VP = re.compile(r"\s+(?:that\s+)?(?P<np>[^,;:]{1,120}?)\s+to\s+" + VERB)

# Words after "will" that show it is not a modal (the will of the people, at will).
NOT_VERBS = frozenset(
    """the a an to of in on at for by with from that this these those it they he she we you i
    his her their our its my your and or but as than if so such there here which who what when
    where why how not never""".split()
)
_NOUN_WILL_BEFORE = frozenset(
    """the a an his her their its our my your political free good ill own popular general public
    people's at of against strong iron sheer last whose""".split()
)
# A finite verb after "this/that will" shows "will" is the noun ("that will prevailed").
_FINITE = re.compile(r"^[a-z]+(?:ed|s)$")
_HEDGE_WORDS = (
    "almost certainly",
    "most likely",
    "very likely",
    "highly likely",
    "in all likelihood",
    "quite possibly",
    "likely",
    "probably",
    "certainly",
    "surely",
    "inevitably",
    "undoubtedly",
    "definitely",
    "doubtless",
    "no doubt",
    "possibly",
    "perhaps",
    "maybe",
)
_HEDGE_BEFORE = re.compile(
    r"\b(?P<hedge>almost\s+certainly|most\s+likely|very\s+likely|in\s+all\s+likelihood|quite\s+possibly|"
    r"probably|likely|certainly|surely|inevitably|undoubtedly|definitely|doubtless|no\s+doubt|"
    r"possibly|perhaps|maybe)\b(?P<neg>\s+not)?\s*,?\s*$"
)
_IT_IS_PHRASE = re.compile(
    r"\b(?:[Ii]t\s+is|[Ii]t['\u2019]s|[Ii]t\s+seems|[Ii]t\s+looks|[Ii]t\s+appears|seems)\s+"
    r"(?P<phrase>(?:very\s+|highly\s+|extremely\s+|almost\s+|virtually\s+|more\s+|quite\s+)?"
    r"(?:likely|unlikely|probable|improbable|certain|inevitable|doubtful|possible|likely\s+than\s+not))\s+that\b"
)
_CHANCE_PHRASE = re.compile(
    r"\b(?P<phrase>better\s+than\s+even\s+chance|very\s+good\s+chance|little\s+chance|slight\s+chance|"
    r"remote\s+chance|almost\s+no\s+chance|no\s+chance|even\s+chance|real\s+possibility|serious\s+possibility|"
    r"realistic\s+possibility|high\s+probability|low\s+probability)\b"
)
_SOONER = re.compile(r"\bsooner\s+(?:rather\s+than\s+later|or\s+later)\b", re.IGNORECASE)
# Hints that a sentence may hold a cue at all: checked first, so that most sentences
# cost one search.
CUE_HINT = re.compile(
    r"\b(?:will|won['\u2019]t|shall|would|going\s+to|may|might|could|likely|unlikely|bound|set|poised|destined|"
    r"doomed|certain|sure|about|due|slated|track|course|primed|expects?|believes?|thinks?|predicts?|"
    r"anticipates?|expect|[Ee]xpect(?:s|ed|ing)?|possibly|should|projected|forecast|predicted|anticipated|"
    r"predict(?:s|ing)?|projects?|favou?red|chance|probability|likelihood|odds|risk|inevitable|imminent|unavoidable|"
    r"assured|foregone|impends?)\b|['\u2019]ll\b"
    r"|\b(?:by|in|through|until)\s+(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d\d\b"
)


_HEDGE = re.compile(r"\b(?:" + "|".join(word.replace(" ", r"\s+") for word in _HEDGE_WORDS) + r")\b")
_NEVER = re.compile(r"\bnever\b")
_NOT = re.compile(r"\bnot\b|\bno\s+longer\b")


def adverbs(text: str) -> tuple[str | None, bool, bool]:
    """The hedge, negation and 'never' among the adverbs after a modal."""
    if not text:
        return None, False, False
    hedge = _HEDGE.search(text)
    never = bool(_NEVER.search(text))
    negated = never or bool(_NOT.search(text))
    return (" ".join(hedge.group(0).split()) if hedge else None), negated, never


# "..., and it won't be close": the margin of the call before it (``stated.MARGIN_ASIDE``), no cue.
_MARGIN = re.compile(r"^\W*(?:and\s+)?it\s+(?:won['\u2019]t|will\s+not)\s+(?:even\s+)?be\s+close\b")


def _will_cue(clause: str) -> Cue | None:
    if _MARGIN.match(clause):
        return None
    for match in _WILL.finditer(clause):
        verb = match.group("verb").lower()
        if verb in NOT_VERBS:
            continue
        before = clause[: match.start()].split()
        if match.group("modal") and before and before[-1].lower().strip("\"'\u201c") in _NOUN_WILL_BEFORE:
            continue
        if match.group("modal") and before and before[-1].lower() in ("this", "that") and _FINITE.match(verb):
            continue  # "that will prevailed": the noun; "that will begin", "This will hurt": the modal
        modal = (match.group("modal") or match.group("contracted")).lower().replace("\u2019", "'")
        hedge, negated, never = adverbs(match.group("adverbs"))
        if modal.startswith("wo"):
            negated = True
        start = match.start("contracted") if match.group("contracted") else match.start()
        # "most of the Global South will" reads the same as "... probably will" when the
        # hedge stands just before the modal ("likely will", "certainly won't").
        hedge_before = _HEDGE_BEFORE.search(clause[:start])
        if hedge is None and hedge_before:
            hedge = " ".join(hedge_before.group("hedge").split())
            start = hedge_before.start()
        words = clause[start: match.start("verb")].strip()
        if match.group("aside"):  # the cue is "will", not "will, in cities and towns,"
            words = (clause[start: match.start("aside")] + clause[match.end("aside"): match.start("verb")]).strip()
        return Cue("will", start, match.start("verb"), words, hedge, negated, never)
    return None


def _going_to_cue(clause: str) -> Cue | None:
    for match in _GOING_TO.finditer(clause):
        if match.group("verb").lower() in NOT_VERBS:
            continue
        hedge, negated, never = adverbs(match.group("adverbs") + " " + match.group("adverbs2"))
        negated = negated or bool(match.group("nt"))
        return Cue("going_to", match.start(), match.start("verb"), clause[match.start(): match.start("verb")].strip(), hedge, negated, never)
    return None


# "is due to" schedules an event only with a verb ("due to arrive"); with a noun it
# gives a cause ("is due to history").
_SCHEDULED_VERBS = frozenset(
    """be arrive start begin end expire open close meet vote report release publish take launch land return leave
    hold sign come go finish resume testify appear deliver decide rule announce visit speak complete enter retire
    step face receive pay mature reopen reach hit rise fall stand run""".split()
)


def _be_to_cue(clause: str) -> Cue | None:
    if " to " not in clause:
        return None
    for match in _BE_TO.finditer(clause):
        if match.group("verb").lower() in NOT_VERBS:
            continue
        adverbs = " ".join(match.group("adverbs").split())
        adjective = " ".join(match.group("adj").split())
        if adjective == "due" and match.group("verb").lower() not in _SCHEDULED_VERBS:
            continue  # "is mostly due to history": a cause, not a timetable
        negated = bool(re.search(r"\bnot\b|\bfar\s+from\b", adverbs))
        degree = re.search(r"\b(very|highly|extremely)\b", adverbs)
        reading = f"{degree.group(1)} {adjective}" if degree and adjective in ("likely", "unlikely") else adjective
        return Cue("be_to", match.start(), match.start("verb"), clause[match.start(): match.start("verb")].strip(), reading, negated, False)
    return None


def _coordinated_adjective_cue(clause: str) -> Cue | None:
    """'..., years past deadline and poised to eat into ...', '... and slightly favored to
    persist': the adjective shares the subject (and the "be") of the clause before."""
    if " to " not in clause:
        return None
    match = _AND_ADJ_TO.search(clause)
    if not match or match.group("verb").lower() in NOT_VERBS:
        return None
    adjective = match.group("adj")
    degree = (match.group("degree") or "").strip()
    reading = f"{degree} {adjective}" if degree in ("very", "highly") and adjective in ("likely", "unlikely") else adjective
    be = _BE_FORM.search(clause, 0, match.start())
    return Cue(
        "be_to", match.start("adj"), match.start("verb"), clause[match.start("adj"): match.start("verb")].strip(),
        reading, False, False,
        subject_start=0 if be else None, subject_end=be.start() if be else None,
    )


_BE_FORM = re.compile(r"\b(?:is|are|am)\b")


def second_forecast(clause: str, after: int) -> int | None:
    """Where a coordinated second forecast starts after a first one: "La Ni\u00f1a is favored
    to develop ... and slightly favored to persist ..." (the offset of its "and")."""
    match = _AND_ADJ_TO.search(clause, after)
    return match.start() if match else None


# Verbs of saying and thinking after "may/might/could" hedge the speech act itself.
_SPEECH_ACTS = frozenset(
    """imagine say argue add note suggest call describe think wonder ask guess mention point conclude assume
    compare recall remember recognize recognise notice object reply answer counter quibble claim call""".split()
)


_PRESENT_STATE = re.compile(
    r"\s+(?:right|wrong|true|false|correct|incorrect|mistaken|the\s+case|so|justified|tempted|forgiven|at\s+risk)\b"
)


# "Visitors may park behind the hall", "Taxpayers may deduct the cost": "may" granting a class of
# people an act of their own is a permission (or with "not" a prohibition), no outcome in the world.
# Both the grantee and the act must be of these few; "Visitors may find the hall closed", "Voters
# may punish the party" and "Prices may rise" stay guesses.
_GRANTEE = re.compile(
    r"(?:^|[,;:(]\s*)(?:(?!(?:of|from|for|by|with|among|to|than)\b)[A-Za-z-]+\s+){0,2}"
    r"(?:visitors|guests|residents|members|taxpayers|applicants|passengers|customers|participants|students|pupils|"
    r"employees|staff|users|entrants|holders|patrons|attendees|delegates|tenants|owners|parents|children|dogs|pets|"
    r"subscribers|cyclists|drivers|you)\s*$",
    re.IGNORECASE,
)
_GRANTED_ACTS = frozenset(
    """park bring deduct apply enter use attend register submit camp wear borrow book smoke fish swim access
    collect request claim opt""".split()
)


def _modal_cue(clause: str) -> Cue | None:
    for match in _MODAL.finditer(clause):
        verb = match.group("verb").lower()
        # "may have been offered" looks back; "may, at first glance, give" is not reached.
        if verb in NOT_VERBS or verb in ("have", "ve") or verb.endswith("'ve"):
            continue
        if verb in _SPEECH_ACTS:
            continue  # "I could imagine ...", "one might argue ...": a hedged way of saying, not a forecast
        if verb == "be" and clause.startswith(" that", match.end()):
            continue  # "It may be that ...": a frame over the next clause (see _FRAMES)
        if verb == "be" and _PRESENT_STATE.match(clause, match.end()):
            continue  # "He may be right", "may be at risk": a guess about now, not a forecast
        modal = match.group("modal").lower()
        if modal == "may" and verb in _GRANTED_ACTS and _GRANTEE.search(clause, 0, match.start()):
            continue  # a permission or a rule of the house, not a forecast
        _, negated, _ = adverbs(match.group("adverbs"))
        if modal == "could" and negated:
            continue  # "could not" mostly narrates a past inability
        return Cue("modal", match.start(), match.start("verb"), clause[match.start(): match.start("verb")].strip(), modal, negated, False)
    return None


def _should_cue(clause: str) -> Cue | None:
    if "should" not in clause:
        return None
    match = _EPISTEMIC_SHOULD.search(clause)
    if not match:
        return None
    return Cue("should", match.start(), match.start("verb"), clause[match.start(): match.start("verb")].strip(), "should", False, False)


def _cannot_cue(clause: str) -> Cue | None:
    if "possibly" not in clause:
        return None
    match = _CANNOT_POSSIBLY.search(clause)
    if not match:
        return None
    return Cue("cannot_possibly", match.start(), match.start("verb"), clause[match.start(): match.start("verb")].strip(), "cannot possibly", False, False)


def _expectation_cue(clause: str) -> Cue | None:
    """'nobody really expects Russia to invade' names its own subject (Russia)."""
    for match in _NEGATIVE_EXPECTATION.finditer(clause):
        complement = _NP_TO_VP.match(clause, match.end())
        if not complement or complement.group("verb").lower() in NOT_VERBS:
            continue
        reading = "nobody expects" if (match.group("nobody") or match.group("idle")) else "don't expect"
        return Cue(
            "expectation",
            match.start(),
            complement.start("verb"),
            clause[match.start(): match.end()].strip(),
            reading,
            False,
            False,
            subject_start=complement.start("np"),
            subject_end=complement.end("np"),
        )
    return None


_NUMBER_ONLY = re.compile(r"^(?:\d[\d.,%]*|one|two|three|four|five|six|seven|eight|nine|ten)$", re.IGNORECASE)


# "We don't expect a cut", "The board does not expect the index to ...", "Nobody in the market expects
# a shortage", "Not a single one of them expects a recession": the expectation denied, read as "I don't
# think" (0.2) or "nobody expects" (0.1) as the labelling guide reads them.
_DENIED_BEFORE = re.compile(
    r"\b(?:do|does|did)(?:\s+not|n['\u2019]t)\s+(?:\w+ly\s+)?$|\bnever\s+$"
    # "Nor do I expect the motor-car to replace the railway"
    r"|\bnor\s+(?:do|does|did)\s+(?:I|we|they|he|she|[\w'\u2019-]+)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_NOBODY_BEFORE = re.compile(
    r"(?:^|[^\w\s]\s*|\b(?:and|but|yet)\s+)(?:nobody|no\s+one|no-one|none\s+of\s+\w+|not\s+(?:a\s+single\s+\w+|one|many)|"
    r"hardly\s+anyone|few)\b[^,;:]{0,60}?\s(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


def denied_expectation(before_verb: str) -> str | None:
    """The reading of a denied expectation whose verb follows ``before_verb``, or None."""
    if _DENIED_BEFORE.search(before_verb):
        return "don't expect"
    if _NOBODY_BEFORE.search(before_verb):
        return "nobody expects"
    return None


def _expect_to_cue(clause: str) -> Cue | None:
    if "xpect" not in clause and "predict" not in clause and "anticipat" not in clause and "ject" not in clause and "forecast" not in clause:
        return None
    for match in _EXPECT_NP_TO_VP.finditer(clause):
        if match.group("verb").lower() in NOT_VERBS or " will " in match.group("np") or _NUMBER_ONLY.match(match.group("np")):
            continue
        return Cue(
            "expect_to", match.start("np"), match.start("verb"), clause[match.start(): match.start("np")].strip(),
            denied_expectation(clause[: match.start()]) or "expected", False, False,
            subject_start=match.start("np"), subject_end=match.end("np"),
        )
    return None


def _expect_event_cue(clause: str) -> Cue | None:
    match = _EXPECT_EVENT.search(clause)
    if not match:
        return None
    return Cue(
        "expect_event", match.start("np"), match.start("np"), clause[match.start(): match.start("np")].strip(),
        denied_expectation(clause[: match.start()]) or "expected", False, False,
        subject_start=match.start("np"), subject_end=match.start("np"),
    )


_NAMED_FINDERS = (
    ("expectation", _expectation_cue),
    ("will", _will_cue),
    ("going", _going_to_cue),
    ("be_to", _be_to_cue),
    ("coordinated", _coordinated_adjective_cue),
    ("cannot", _cannot_cue),
    ("modal", _modal_cue),
    ("should", _should_cue),
    ("inverted", predicates.inverted_cue),
    ("predicative", predicates.predicative_cue),
)


# Which finders can match at all, by cheap substring tests (a false hit only costs
# one regular-expression search).
_FINDER_HINTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("expectation", ("xpect", "believe", "think", "predict", "anticipat")),
    ("will", ("will", "shall", "won", "ll ")),
    ("going", ("going",)),
    ("be_to", (" to ",)),
    ("coordinated", (" to ",)),
    ("cannot", ("possibly",)),
    ("modal", ("may", "might", "could")),
    ("should", ("should",)),
    ("inverted", ("never", "Never", "Nor ", " nor ", "either", "longer")),
    ("predicative", predicates.HINTS),
)


def _present_finders(clause: str) -> set[str]:
    return {name for name, hints in _FINDER_HINTS if any(map(clause.__contains__, hints))}


def find_cue(clause: str) -> Cue | None:
    """The first forecast construction in ``clause`` (offsets relative to it), if any."""
    present = _present_finders(clause)
    found = [cue for name, finder in _NAMED_FINDERS if name in present and (cue := finder(clause)) is not None]
    chance = chances.stated_chance_cue(clause)
    if chance is not None:
        # "a 70% chance that X will ...": the number is the probability of the whole clause.
        return chance
    if not found:
        # Expectations without a modal come last: "we expect NP will VP" is read
        # through its "will"; "we expect a cut" only when nothing else forecasts.
        return _expect_to_cue(clause) or _expect_event_cue(clause)
    # A negated expectation frames the modal inside it ("nobody expects that X will"):
    # the frame wins; otherwise the earliest construction does.
    return min(found, key=lambda cue: (cue.kind != "expectation", cue.start))


# Frames in front of a forecast clause that set how sure the writer is, nearest first.
# Negative frames read as the probability of the clause itself: "I do not believe
# that X will" gives X about 0.2; "it is absurd to suppose that X will" about 0.1.
_FRAMES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(
        r"\b(?:[Nn]obody|[Nn]o\s+one|[Nn]o-one|[Nn]one|[Ff]ew\s+people|[Hh]ardly\s+anyone)"
        # "Nobody on the board thinks", "No one in the room believes", "None of the analysts expects"
        r"(?:\s+(?:at|on|in|inside|within|among|around|from|outside|across|of)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)?"
        r"\s+(?:\w+ly\s+)?(?:expects?|believes?|thinks?|supposes?|imagines?|predicts?|reckons?|anticipates?|foresees?|"
        r"seriously\s+\w+)\b"
        r"|\b(?:absurd|foolish|ridiculous|idle|vain|nonsense|a\s+mistake|wrong|naive|na\u00efve|silly|fanciful|"
        r"a\s+delusion|an\s+illusion|futile|unrealistic|wishful\s+thinking)\s+to\s+"
        r"(?:suppose|imagine|think|believe|expect|hope|fancy|assume|pretend)\b"
    ), "nobody expects"),
    (re.compile(
        r"\b(?:I|[Ww]e)\s+(?:\w+ly\s+)?(?:do\s+not|don['\u2019]t|cannot|can['\u2019]t|can\s+not|never|did\s+not|"
        r"didn['\u2019]t)\s+(?:\w+ly\s+)?(?:think|believe|suppose|imagine|expect|see|foresee|anticipate)\b"
        r"|\b(?:[Nn]o|[Ll]ittle)\s+reason\s+to\s+(?:think|believe|suppose|expect|imagine|assume)\b"
        r"|\b[Ii]t\s+is\s+(?:not|hardly|scarcely)\s+(?:likely|probable|conceivable|credible)\b"
        # "Member Lund said he did not believe the decline would be as steep", "the insurers do not think
        # rates will fall before autumn": anyone's denied belief, as the writer's.
        r"|\b(?:do|does|did)(?:\s+not|n['\u2019]t)\s+(?:\w+ly\s+)?(?:think|believe|foresee|expect|anticipate)\b"
        # "I'm not saying she'll win it, she won't": the writer takes the call back (as ``stated.py`` reads it).
        # Not across a colon, a semicolon or a "but": "I'm not saying X will ...: the Commission will ..."
        r"|\b(?:I['\u2019]m|I\s+am|[Ww]e['\u2019]re|[Ww]e\s+are)\s+not\s+saying\b(?![^:;]*(?:[:;]|,\s+but\b))"
        # "Nor do I think the line will reach the coast"
        r"|\b[Nn]or\s+(?:do|does|did)\s+(?:I|we|they|he|she)\s+(?:\w+ly\s+)?(?:think|believe|expect|suppose|imagine|foresee|anticipate)\b"
    ), "don't think"),
    # "I am not sure she will reach the second week": doubt short of denial, as "may" (0.4, as ``stated.py``).
    (re.compile(r"\b(?:I['\u2019]m|I\s+am|[Ww]e['\u2019]re|[Ww]e\s+are)\s+(?:\w+ly\s+)?not\s+(?:sure|convinced|certain)\b"), "may"),
    # "The panel doubted it will survive", "Analysts doubt the merger will close": anyone's doubt
    # (not "nobody doubted", which is sure).
    (re.compile(r"\b(?:I|[Ww]e)\s+(?:\w+ly\s+)?(?:doubt|question)\b"
                r"|(?<![Nn]obody\s)(?<![Nn]o\sone\s)(?<![Nn]ever\s)(?<![Ff]ew\s)\b(?:doubts|doubted|(?:\w+s|[Mm]any|[Ss]ome|[Mm]ost)\s+doubt)\b"
                r"(?!\s+(?:about|over|on|remain)\b)"), "we doubt"),
    (re.compile(
        r"\b(?:I|[Ww]e)\s+(?:\w+ly\s+)?(?:am|are|feel|remain)\s+(?:\w+ly\s+)?(?:sure|certain|convinced|confident)\b"
        r"|\b(?:[Tt]here\s+(?:can\s+be|is)|I\s+have|[Ww]e\s+have)\s+(?:no|little)\s+doubt\b"
        r"|\b[Ii]t\s+is\s+(?:\w+ly\s+)?(?:certain|inevitable|clear|obvious|evident|plain)\s+that\b"
    ), "certain"),
    (re.compile(
        r"\b(?:I|[Ww]e)\s+(?:\w+ly\s+)?(?:think|believe|expect|suspect|reckon|anticipate|fear|suppose|imagine|"
        r"guess|feel|project)\b"
        # "The Committee expects that ...": an expectation reported as it was stated
        r"|\b(?:expects?|expected|anticipates?|anticipated|projects?|projected|forecasts?)\s+that\b"
        # "My expectation is that ...", "our central forecast is that ..."
        r"|\b(?:[Mm]y|[Oo]ur)\s+(?:[\w-]+\s+){0,2}(?:expectation|view|belief|bet|guess|hunch|sense|prediction|"
        r"forecast|anticipation|projection)\s+(?:is\s+)?:?\s*that\b"
    ), "we believe"),
    (_IT_IS_PHRASE, ""),
    # "It may be that Germany has no second plan ...; that she will go to pieces"
    (re.compile(r"\b[Ii]t\s+(?P<phrase>may|might|could)\s+(?:well\s+)?be\s+that\b"), ""),
    (_CHANCE_PHRASE, ""),
)


# Every frame above contains one of these words: most clauses have none, so one search
# rules all seven patterns out.
_FRAME_HINT = re.compile(
    r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Nn]obody|[Nn]o|[Nn]one|[Nn]or|[Ff]ew|[Hh]ardly|[Ii]t|[Ii]t['\u2019]s|seems|[Tt]here|doubts?|doubted|"
    r"[Ll]ittle)\b|xpect|nticipat|roject|orecast|\bto\s+(?:suppose|imagine|think|believe|expect|hope|fancy|assume|pretend)\b|"
    r"chance|possibility|probability|\b(?:do|does|did)(?:\s+not|n['\u2019]t)\s"
)


def frame_reading(before_cue: str) -> str | None:
    """The estimative frame nearest in front of the cue ("it is unlikely that",
    "I don't think", "there is a real possibility that"), as a phrase to read, or None."""
    if not _FRAME_HINT.search(before_cue):
        return None
    found: list[tuple[int, int, str]] = []
    for pattern, reading in _FRAMES:
        last = None
        for last in pattern.finditer(before_cue):
            pass
        if last is None:
            continue
        found.append((last.start(), last.end(), reading or " ".join(last.group("phrase").split())))
    # "None of them expects that X will", "I don't expect that X will": a frame that starts inside
    # another one's words ("expects that") is part of it; the denial that holds it is the reading.
    outer = [frame for frame in found if not any(o[0] < frame[0] < o[1] for o in found)]
    best = max(outer, key=lambda frame: frame[1], default=None)
    return best[2] if best else None


def sooner_phrase(clause: str) -> str | None:
    """'sooner rather than later' / 'sooner or later': part of the cue, no deadline."""
    if "ooner" not in clause:
        return None
    match = _SOONER.search(clause)
    return match.group(0) if match else None
