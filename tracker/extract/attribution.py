"""Decide whose forecast a clause is: the author's (None) or someone reported.

A clause is reported when a reporting verb governs it ("Lavrov said ...", "Nuland has
admitted to the US Senate there will be ..."), when it sits inside quoted speech,
or when the sentence opens with a speaker label ("The White House: ..."). Factive
verbs ("realizing", "knows") leave the forecast with the author, who asserts it.
Negated reports ("had no intel to conclude that ...") and pledges or demands
("commitments that ...", "a guarantee that ...") are nobody's forecast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract.text import ascii_lower

_VERBS = (
    # first, so that "estimates the probability of" is read whole, not as the noun-like "estimates"
    r"(?:puts?|pegs?|pegged|estimates?|estimated|sees?|saw|places?|placed)\s+the\s+(?:probability|odds|chances?|likelihood|risk)|"
    r"said|says|say|told|tells|tell(?=\s+(?:us|me)\b)|warned|warns|warn|predicted|predicts|predict|predicting|forecasts?|forecasted|"
    r"expects|expected|expect|expecting|believes|believed|believe|believing|thinks|thought|think|argued|argues|"
    r"arguing|claimed|claims|claiming|insisted|insists|insisting|admitted|admits|acknowledged|acknowledges|"
    r"stated|states|noted|notes|added|adds|wrote|writes|estimated|estimates|projected|projects|bets?|betting|"
    r"comments?|commented|suggested|suggests|reckons?|reckoned|fears?|feared|fearing|worries|worried|terrified|"
    r"afraid|anticipates?|anticipated|reported|reports|cautioned|cautions|assured|assures|explained|explains|"
    r"remarked|remarks|declared|declares|concluded|concludes|conclude|conceded|concedes|confirmed|confirms|"
    r"indicated|indicates|signall?ed|hinted|maintains?|maintained|contends?|contended|testified|asserts?|"
    r"revealed|reveals|showed|shows|found|finds|foresees?|foresaw|envisages?|envisions?|"
    r"asserted|guess(?:es|ed)?|suspects?|suspected|doubts?|doubted|convinced|confident|warning|saying|telling|"
    r"insist|argue|claim|note|suggest|estimate|project|reckon|contend|maintain|assert|acknowledge|admit|"
    r"concede|worry|fear|tip|tips|tipped|projecting|estimating|according\s+to"
)
_FACTIVE = r"means?|meant|impl(?:y|ies|ied)|becoming\s+(?:increasingly\s+)?clear|knows?|knew|knowing|realiz(?:e|es|ed|ing)|realis(?:e|es|ed|ing)|understands?|understood|understanding|recogni[sz](?:e|es|ed|ing)|aware"
_PLEDGE = (
    r"commitments?|guarantees?|guaranteed|promises?|promised|promising|pledges?|pledged|assurances?|vows?|vowed|"
    r"demands?|demanded|demanding|wish(?:es|ed)?|hopes?|hoped|hoping|hope|wants?|wanted|intends?|intended|"
    r"plans?|planned|announced|announces|ensure|ensures|insists?\s+on|propose[sd]?|proposing|proposals?|"
    r"recommend(?:s|ed|ing)?|urge[sd]?|urging"
)
# Nouns whose "that"-clause is somebody's prediction or belief, described rather than
# made: "The essay offers two famous speculations: that people in 2030 will be ...".
_CONTENT = (
    r"speculations?|predictions?|prophec(?:y|ies)|projections?|assumptions?|hypothes[ie]s|theory|theories|"
    r"notions?|ideas?|arguments?|beliefs?|thesis|contentions?|expectations?|prognos[ie]s|anticipations?|"
    r"convictions?|prophesies|premise|views?"
)
# Searched in ascii_lower(text): case-sensitive patterns over lower-cased text are faster.
_FRAME = re.compile(
    rf"\b(?:(?P<factive>{_FACTIVE})|(?P<pledge>{_PLEDGE})|(?P<verb>{_VERBS})|(?P<content>{_CONTENT})(?=(?:,[^,;:]{{1,80}},)?\s*(?:is\s+|was\s+)?:?\s*that\b))\b"
)
_CONTENT_TAIL = re.compile(r"(?:,[^,;:]{1,80},)?\s*(?:is\s+|was\s+)?:?\s*that\b")
_OWN_POSSESSOR = re.compile(r"\b(?:[Mm]y|[Oo]ur)\s+(?:[\w-]+\s+){0,3}$")
_NAMED_POSSESSOR = re.compile(r"(?P<who>(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['\u2019]s?\s+(?:[\w-]+\s+){0,3}$")
# Parallel "that"-clauses after a semicolon stay under the same frame: "...: that X;
# and that Y".
_SEMICOLON_THAT = re.compile(r";\s*(?:(?:and|or|but)\s+)?that\b")
# Words that are nouns as often as reporting verbs ("consumed by fear, loathing ...")
# frame a clause only when "that" or a colon follows them.
_NOUN_LIKE = frozenset(
    """fear fears hope hopes bet bets doubt doubts comment comments claim claims estimate estimates forecast
    forecasts report reports note notes remarks states projects maintain maintains maintained revealed
    reveals showed shows found finds""".split()
)
_GOVERNED_BY_NOUN = re.compile(r"\s*(?:that\b|whether\b|if\b|:)")
_PRONOUN_BEFORE = re.compile(r"\b(?:i|we|they|he|she|you|analysts|economists|experts|officials)\s+(?:\w+ly\s+)?$")
_NEGATIVE_QUANTIFIER = frozenset({"nobody", "no one", "no-one", "none", "few", "few people", "hardly anyone"})
_NO_DOUBT_BEFORE = re.compile(r"\b(?:no|little|without)\s+(?:\w+\s+)?$")
# "regardless of what Biden may have said, Putin ...": a report that does not frame
# what follows it (a free relative, or a comma right after the verb).
_FREE_RELATIVE = re.compile(r"\bwhat\s+(?:[\w'\u2019-]+\s+){0,4}$", re.IGNORECASE)
_SUBORDINATE_START = re.compile(
    r"\W*(?:after|although|though|while|when|whenever|as|if|because|since|before|once|despite|even\s+though|"
    r"even\s+if|given|unless|until|whereas)\b",
    re.IGNORECASE,
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|their|his|her|its|our|my|your|a|an|this|that|these|those)\s+$", re.IGNORECASE)
_COMMA_AFTER = re.compile(r"\s*,(?!\s*[\"\u201c])")
_NEGATION_BEFORE = re.compile(
    r"\b(?:not|never|no|nobody|without|refused\s+to|refuses\s+to|failed\s+to|fails\s+to|hardly)\b[^,;]{0,25}$|n['\u2019]t\s*$"
)
_HYPOTHETICAL_BEFORE = re.compile(r"\b(?:might|could|would|may)\s+(?:well\s+|\w+ly\s+)?$")
_COPULA_SUBJECT = re.compile(r"^(?P<subject>\S.{1,60}?)\s+(?:is|are|was|were)\s+(?:the|a|an|one|among)\b")
# "a poll released on Wednesday": a day or a month is not a speaker's name.
# Days, months and feasts: "a rush by Christmas telling us ..." names a date, not a speaker.
_CALENDAR_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december christmas easter thanksgiving halloween hanukkah diwali
    ramadan passover pentecost whitsun michaelmas candlemas epiphany""".split()
)
_WITH_START = re.compile(r"^(?:with|as)\s+", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be|being|it['\u2019]s)\s+(?:\w+ly\s+)?$")
# "I", "we" and what may stand between them and the frame verb ("I further predict",
# "I can predict", "we also expect").
_FIRST_PERSON = re.compile(
    r"(?:^|\s)(?:I|we|We|my|our)(?:\s+(?:\w+ly|also|further|still|now|too|even|again|can|could|do|did|must|would|will|may|might))*\s*$"
)
_LABEL = re.compile(r"^\s*(?P<label>(?:The\s+)?[A-Z][\w'\u2019.&-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019.&-]*){0,4})\s*:\s+\S")
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?P<who>[^,.;:]{2,80})")
_TRAILING_VERBS = (
    # first, so that "estimates the probability of" is read whole, not as the noun-like "estimates"
    r"(?:puts?|pegs?|pegged|estimates?|estimated|sees?|saw|places?|placed)\s+the\s+(?:probability|odds|chances?|likelihood|risk)|"
    r"said|says|say|told|tells|added|adds|warned|warns|wrote|writes|predicted|predicts|argued|argues|insisted|"
    r"insists|noted|notes|explained|believes|thinks|reckons|claimed|claims|stated|concluded|estimated|projected|"
    r"showed|shows|found|reported|revealed|indicated|suggested|forecast|cautioned|"
    # "Fines will double from 1 June, the council confirmed.", "..., the union announced on Saturday."
    r"confirmed|announced|conceded|concedes|acknowledged"
)
# "Freight volumes will grow by 2% next year, Treadgold said, \"no better than that.\"", "Driverless trucks, Ms Ross
# said, will not ...": a frame set between commas inside the sentence it reports.
_INSERTED_FRAME = re.compile(
    r",\s+(?P<who>(?:(?:Dr|Mr|Mrs|Ms|Prof|Cllr)\.?\s+)?[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,2}"
    r"|the\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+"
    r"(?:said|says|added|argued|argues|predicted|predicts|believes|thinks|reckons|warned|warns|insisted|insists|told\s+\w+)\s*,\s*(?=\S)"
)
# '"...," she continued.': the speaker goes on, named by a pronoun or a name.
_CONTINUED = re.compile(
    r"[,:]\s*[\"\u201d\u2019']?\s+(?P<who>he|she|they|[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){0,2})\s+(?:continued|went\s+on)\s*[.!]?\s*[\"\u201d\u2019']?\s*$"
)
_TRAILING_FRAME = re.compile(
    r"[,:]\s*[\"\u201d\u2019']?\s+(?:(?P<who>[^,;:\"\u201c\u201d]{1,80}?)\s+(?:" + _TRAILING_VERBS + r")"
    r"|(?:" + _TRAILING_VERBS + r")\s+(?P<who2>[^,;:\"\u201c\u201d]{1,80}?)(?=[\s,.]*(?:$|,|\.)))"
    r"\b[^\"\u201c\u201d;]{0,120}$"
)
_QUOTED = re.compile(
    r"[\u201c\"][^\u201d\"]{0,3000}+[\u201d\"]?"
    # single quotes: an apostrophe inside a word ("NASA\u2019s", "it's") does not close them
    # (atomic runs: no backtracking into a long quotation)
    r"|(?<!\w)\u2018(?>[^\u2019]{1,3000}+|\u2019(?=\w)){0,60}+\u2019?|(?<!\w)'(?>[^']{1,3000}+|'(?=\w)){0,60}+'?"
)
_QUOTE_MARKS = ("\u201c", '"', "\u2018", "'")
_DISCOURSE = re.compile(
    r"^(?:(?:even|so|but|and|yet|still|now|also|indeed|however|meanwhile|then|thus|moreover|besides|after\s+all|"
    r"furthermore|additionally|while|whereas|"
    r"in\s+fact|of\s+course|instead|likewise|similarly)\b[\s,]*)+",
    re.IGNORECASE,
)
_TRAILING_AUXILIARIES = re.compile(
    r"(?:\s+(?:not|never|don['\u2019]t|doesn['\u2019]t|didn['\u2019]t|cannot|can['\u2019]t|has|have|had|is|are|was|were|did|does|do|also|reportedly|routinely|repeatedly|publicly|privately|"
    r"recently|already|once|even|still|am|seems?\s+to|appears?\s+to|tends?\s+to|continued\s+to|continues?\s+to|would|will|can|could|may|might|just|"
    r"then|now|later|earlier|often|always|apparently|allegedly|openly|on\s+average|\w+ly))+\s*$",
    re.IGNORECASE,
)
_TITLES = frozenset(
    """president secretary minister foreign prime chancellor senator sen sen. governor gov gov. general gen gen.
    chief director chairman chair ceo dr dr. mr mr. mrs mrs. ms ms. professor prof prof. deputy vice ambassador
    spokesman spokeswoman spokesperson judge justice king queen pope prince representative rep rep. speaker
    leader commissioner admiral colonel commander state defense defence treasury us u.s. uk eu un nato
    former acting""".split()
)
# Labels before a colon that introduce the writer's own point, not a speaker.
_NOT_SPEAKER_LABELS = frozenset(
    """my our prediction predictions forecast forecasts outlook verdict conclusion conclusions bottom line update
    note answer result results summary takeaway takeaways lesson lessons reason why what how scenario scenarios
    part chapter step question problem point upshot consequence consequences
    call calls pick picks tip tips nap naps bet bets odds score margin winner winners chance chances estimate estimates
    guess""".split()
)
_PRODUCT_SECTIONS = frozenset({"WIND", "SURF", "RAIN", "SNOW", "HAIL", "TIDE", "SEAS", "FIRE", "HEAT", "COLD", "FOG"})
_FIRST_PERSON_WORDS = frozenset({"i", "we", "my", "our", "us"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we"})
_LEADING_CONJUNCTIONS = frozenset({"and", "but", "so", "or", "then", "yet"})
# Not "our" or "my": "Our economists project ..." credits the economists (the guide resolves them
# to the body the text names), not the writer.
_FIRST_PERSON_LEADS = frozenset({"i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "we'd", "we'll"})


def first_person_led(speaker: str) -> bool:
    """A subject the writer leads ("and I", "I'm", "We therefore", "I venture to"): the writer's
    own voice, not somebody reported."""
    words = speaker.lower().replace("\u2019", "'").split()
    while words and words[0] in _LEADING_CONJUNCTIONS:
        words = words[1:]
    return bool(words) and words[0].strip(",;:") in _FIRST_PERSON_LEADS
_GROUP_LINKS = frozenset({"in", "from", "at", "of", "for", "the", "a", "an", "with", "across", "inside"})
_WORD = re.compile(r"[\w'\u2019.&-]+")
_FIRST_VERB = re.compile(
    r"\s(?:is|are|was|were|has|have|had|do|does|did|can|could|will|would|may|might|aren['\u2019]t|isn['\u2019]t|"
    r"wasn['\u2019]t|weren['\u2019]t|don['\u2019]t|doesn['\u2019]t|didn['\u2019]t|\w+ed|\w+s)\b"
)
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|which)\b[^,]*,\s*$")
_PERSON_NAME = re.compile(r"[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,3}")
_CONTRACTION = re.compile(r"['\u2019](?:re|s|ve|d|ll)$")
_ADVERBIAL_SEGMENT = re.compile(
    r"^(?:as\s+for|in|on|at|by|for|with|after|before|since|during|according\s+to|regardless|despite|"
    r"while|when|although|though|if|once|\w+ly)\b[^,]*,",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    dropped: bool = False
    frame_end: int | None = None  # where the governing frame ends (the claim starts after it)


AUTHOR = Attribution(None)
NOBODY = Attribution(None, dropped=True)


_WRITERS_SOURCES = re.compile(
    r"(?<=\w)\s+(?:that\s+|whom?\s+)?(?:I|we)(?:['\u2019]ve|\s+have|\s+had|\s+always|\s+regularly)?\s+"
    r"(?:asked|spoke\s+to|spoken\s+to|rang|called|talked\s+to|polled|surveyed|track|tracked|follow|interviewed|contacted|"
    r"consulted|heard\s+from|trust|canvassed|use|used|read|check)$"
)


def speaker_name(subject: str) -> str | None:
    """The reported speaker in a subject phrase: a person's name without titles
    ("US Secretary of State Tony Blinken" -> "Tony Blinken"), or the group as written
    ("the Americans", "Diplomats in Brussels")."""
    subject = " ".join(subject.replace("\u201c", " ").replace("\u201d", " ").replace('"', " ").split())
    # "Most merchants I've asked", "several funds we spoke to": the people the writer asked, not the writer
    subject = _WRITERS_SOURCES.sub("", subject)
    # "Tomas Lindqvist at Norrby Capital, who rarely smiles, told me": the aside is no part of the name (but in
    # "..., which the university has said" the speaker is inside the relative clause)
    subject = _RELATIVE_ASIDE.sub("", subject)
    subject = _TRAILING_AUXILIARIES.sub("", subject)
    subject = _DISCOURSE.sub("", subject).strip(" ,-\u2013\u2014")
    subject = _WITH_START.sub("", subject)  # "with a majority of participants projecting ..."
    subject = _CONTRACTION.sub("", subject)
    # "Markets aren't buying it and reckon ...": the speaker is before the first verb.
    if re.search(r"\s(?:and|but)$", subject):
        subject = _FIRST_VERB.split(subject[: subject.rfind(" ")], maxsplit=1)[0].strip()
    # "As for Ukraine itself, the Americans": leading adverbial segments are not the speaker.
    while "," in subject and _ADVERBIAL_SEGMENT.match(subject):
        subject = subject.split(",", 1)[1].strip()
    # "James Smith, chief economist at EconForecast LLC": a name, then its appositive.
    first, _, rest = subject.partition(",")
    if rest and _PERSON_NAME.fullmatch(first.strip()) and rest.strip()[:1].islower():
        return first.strip()
    # "The poll is the third in a week to predict": the speaker is the copula's subject.
    copula = _COPULA_SUBJECT.match(subject)
    if copula:
        subject = copula.group("subject")
    if not subject:
        return None
    words = _WORD.findall(subject)
    if not words:
        return None
    if words[0].lower() in _PRONOUNS and all(w.endswith("ly") or w.lower() in ("now", "also", "still", "further", "too", "even", "again") for w in words[1:]):
        return words[0]
    # A capitalised run at the end is a name unless a preposition or article ties it
    # to a group ("Diplomats in Brussels", "the White House").
    run: list[str] = []
    for word in reversed(words):
        if word[:1].isupper() and word.lower() not in ("i",) and word.lower() not in _CALENDAR_WORDS:
            run.append(word)
        else:
            break
    run.reverse()
    before_run = words[len(words) - len(run) - 1].lower() if len(run) < len(words) else ""
    if run and before_run not in _GROUP_LINKS:
        for position in range(len(run) - 1, -1, -1):
            if run[position].endswith(("'s", "\u2019s")):
                run = run[position + 1:]
                break
        while len(run) > 1 and run[0].lower() in _TITLES:
            run = run[1:]
        if run and run[0].lower() not in _TITLES:
            return " ".join(run)
    if len(words) > 8 and "," in subject:
        subject = _WITH_START.sub("", subject.rsplit(",", 1)[1].strip())
    return subject or None


# How far back the checks on the words before a frame look: they read a few words, and a
# sentence of tens of thousands of words (a file with no full stops) must not make each
# check read the whole sentence again.
_LOOK_BACK = 300


def _last_frame(text: str) -> re.Match[str] | None:
    last = None
    lowered = ascii_lower(text)
    for match in _FRAME.finditer(lowered):
        before = max(0, match.start() - _LOOK_BACK)
        if match.group("pledge") and not _governs(match, text):
            continue  # "The plans will fail": a noun, not a pledge framing the clause
        if match.group("pledge") and _PROPER_NOUN_PART.search(text, before, match.start()) and text[match.start()].isupper():
            continue  # "the Local Plan inspector's report", "the Marshall Plan": part of a name, no pledge
        if (
            match.group(0).lower() in _NOUN_LIKE
            and not _GOVERNED_BY_NOUN.match(text, match.end())
            and not _PRONOUN_BEFORE.search(lowered, before, match.start())
        ):
            continue
        if _FREE_RELATIVE.search(text, before, match.start()) or (not match.group("content") and _COMMA_AFTER.match(text, match.end())):
            continue
        if not match.group("content") and _DETERMINER_BEFORE.search(text, before, match.start()):
            continue  # "their stated drive": an adjective, not a report
        if match.start() > 0 and text[match.start() - 1] == "-":
            continue  # "a tighter-than-expected balance": part of a compound adjective
        if _SUBORDINATE_START.match(text) and "," in text[match.end():] and "," not in text[: match.start()]:
            continue  # "Although futures markets predict ..., the Fed is likely to ..."
        last = match
    return last


# A capitalised word right before a capitalised pledge noun: "Local Plan", "Growth Pledge" name a document.
_PROPER_NOUN_PART = re.compile(r"(?<![.!?:]\s)\b[A-Z][\w'\u2019-]*\s+$")
_THAT_OR_TO = re.compile(r"\s+(?:[\w'\u2019-]+\s+){0,3}?(?:that|to)\b")


def _governs(match: re.Match[str], text: str) -> bool:
    """A pledge word frames what follows when it is a past verb ("vowed") or is
    followed by "that"/"to" ("commitments that", "a guarantee that")."""
    return match.group(0).endswith("ed") or bool(_THAT_OR_TO.match(text, match.end()))


def _participle_subject(lead: str, name: str) -> bool:
    """Whether a participle frame ("telling", "predicting") has ``name`` for its subject: a
    capitalised name ("Goldman Sachs warning that") or a group after "with" ("with analysts
    predicting"), rather than the words of a whole clause before it ("Retailers expect a rush
    by March telling us", whose own frame, "Retailers expect", names the speaker)."""
    if all(word[:1].isupper() for word in name.split()):
        return True
    position = lead.rfind(name)
    return position >= 0 and re.search(r"\b(?:with|as)\s+$", lead[:position], re.IGNORECASE) is not None


def _subject_before(text: str) -> str:
    """The words before a frame verb, back to the previous hard boundary."""
    cut = max(text.rfind(";"), text.rfind(". "), text.rfind(":"))
    return text[cut + 1:]


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of quotations (straight or curly) with at least four words."""
    if not any(map(text.__contains__, _QUOTE_MARKS)):
        return []
    return [
        (match.start(), match.end())
        for match in _QUOTED.finditer(text)
        if match.group(0).count(" ") >= 3
    ]


def label_speaker(sentence: str) -> str | None:
    """'The White House: The US will ...' names its speaker before the colon."""
    match = _LABEL.match(sentence)
    if not match:
        return None
    label = match.group("label")
    words = label.split()
    if label.isupper() and (len(words) > 1 or len(label) > 4 or label in _PRODUCT_SECTIONS):
        return None  # "WIND:", "STORM SURGE:": the sections of a forecast product, not speakers
    if label.upper() in _PRODUCT_SECTIONS:
        return None  # "Rain: none expected": a section of the outlook, not a speaker
    if words[-1].lower().endswith("ly") or len(words) > 5 or words[0].lower() in _NOT_SPEAKER_LABELS:
        return None
    if any(word.lower() in _NOT_SPEAKER_LABELS for word in words):
        return None
    return label


def trailing_speaker(sentence_tail: str) -> str | None:
    """'..., Biden said.' after the forecast names its speaker."""
    continued = _CONTINUED.search(sentence_tail)
    if continued:
        return continued.group("who")
    match = _TRAILING_FRAME.search(sentence_tail)
    if not match:
        return None
    who = match.group("who") or match.group("who2") or ""
    if match.group("who2") and who.split()[0].lower() in ("her", "his", "its", "their", "our", "my", "a", "an") and re.search(
        r"\b(?:announced|confirmed|conceded|concedes|acknowledged)\s+" + re.escape(match.group("who2")), sentence_tail
    ):
        return None  # "..., announces her departure there, and ...": a verb of the forecast, its object no speaker
    if first_person_led(who) and (len(who.split()) > 2 or who.lower().replace("\u2019", "'").split()[0] in _I_FORMS):
        return None  # ": I'd be surprised if claims inflation fell": "claims" is a noun after the writer's own words
    words = who.split()
    if words and words[-1].lower() in _FUNCTION_WORDS_BEFORE_NOUN:
        return None  # ", following an estimated 5 percent rise", ", where the forecast ...": a noun, no speaker
    if words and words[0].lower() in _PREPOSITIONS:
        return None  # ", at between 250 and 400 confirmed cases a week": a quantity, no speaker
    if words and (words[-1].lower() in _PASSIVE_AUXILIARIES or words[0].lower() == "with"):
        return None  # ", beet output is projected at ...", ", with exports expected to ...": what is forecast, not who
    return speaker_name(who)


_PASSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_I_FORMS = frozenset({"i", "i'd", "i'm", "i'll", "i've"})
_PREPOSITIONS = frozenset({"at", "in", "on", "by", "for", "from", "to", "between", "of", "into", "over", "under", "around"})
# Words that leave a trailing frame verb a noun or an adjective ("following an estimated
# increase", "where the forecast is", "at a projected cost"), not a verb with a subject.
_FUNCTION_WORDS_BEFORE_NOUN = frozenset(
    """a an the its their our his her your my this that these those any each every no some at in on of for
    by with from to than""".split()
)


def trailing_frame_start(clause_text: str) -> int | None:
    match = _CONTINUED.search(clause_text) or _TRAILING_FRAME.search(clause_text)
    return match.start() if match else None


def _frame_reaches(after_frame: str) -> bool:
    """A frame governs up to a semicolon, unless the next clause is another "that"-clause; a semicolon inside
    the speaker's own quoted words ('said X, "and sooner; I'll wager within five years."') ends nothing."""
    after_frame = _QUOTATION.sub(" ", after_frame)
    return after_frame.count(";") == len(_SEMICOLON_THAT.findall(after_frame))


# An institution's text names itself by its kind, capitalised, with no name of its own: "The Committee expects" in a
# central bank's statement, "The Group now expects" in a trading update, "Officers estimate" in a council's plan, "the
# Director notes" in its report; and the writer's own model or projection ("Our model expects"). The labelling guide
# reads all of them as the author's own voice (speaker null); a body with a name ("The Met Service expects", "The
# Marine Research Institute expects") is somebody else. On train and dev, 24 of 25 clear forecasts under such a bare
# kind are the author's.
_SELF_KIND = (
    r"(?:Committee|Board|Group|Company|Agency|Office|Bureau|Council|Fund|Trust|Authority|Commission|Bank|Governing\s+Council|"
    r"Executive\s+Board|Board\s+of\s+Directors|Directors|Secretariat|Partnership|Corporation|Society|Cooperative)"
)
_SELF_SPEAKER = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|but|so|while|whereas|though|although)\s+)(?:(?:[Tt]he|[Oo]ur)\s+" + _SELF_KIND + r"|Officers|Members|Policymakers"
    # the writer's own model ("the projections" of a statement are its staff's, ``voices._staff``)
    r"|(?:[Oo]ur|[Mm]y)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:models?|modell?ing|projections?|ensemble|simulations?|fan\s+chart|"
    r"(?:base|central)\s+(?:case|projection|scenario)))$"
)
# Verbs of saying report the body ("The Board said it expects ..." in a news story); these judge as the body itself.
_JUDGING = frozenset(
    "expects expect expected projects projected forecasts forecast anticipates anticipated believes believed thinks thought "
    "estimates estimated sees saw confident foresees envisages suggests shows predicts predicted notes expect project forecast "
    "anticipate believe think estimate see predict note judge judges judged".split()
)
_PUTS_ODDS = frozenset("puts put pegs pegged places placed estimates estimated sees saw".split())  # "puts the chance of"


# "The model has this peaking at 70-80 midweek", "The IOD is neutral and models expect ...", "Our ensemble of four models
# projects ...": a model nobody is named as holding is the text's own instrument, credited to whoever presents it (the
# guide: speaker null in the presenter's own text); "The Division's model", "the model at our sister site" name a holder.
_BARE_MODEL = re.compile(
    r"^(?:.*\b(?:and|but|while)\s+)?(?:(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]his|[Mm]y)\s+)?(?:own\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:[Mm]odels?|[Ee]nsemble)(?:\s+runs?)?$"
)


def bare_model(speaker: str) -> bool:
    """A speaker that is only a model, held by nobody the text names (see ``_BARE_MODEL``)."""
    return _BARE_MODEL.match(" ".join(speaker.split())) is not None and "'" not in speaker and "\u2019" not in speaker


def speaks_for_itself(speaker: str) -> bool:
    """A body named only by its kind ("The Committee", "the Board", "Officers") or the writer's own model: in the
    body's own text, the author's voice."""
    subject = _TRAILING_AUXILIARIES.sub("", " ".join(speaker.split()))
    subject = re.sub(r"\s+(?:remains?|remained|feels?|felt|is\s+reasonably|remains?\s+reasonably)$", "", subject)
    return _SELF_SPEAKER.search(subject) is not None


def _content_owner(lead: str, frame_end: int) -> Attribution:
    """'my expectation that' is the writer's; 'Keynes's prediction that' is Keynes's;
    'two famous speculations: that' describes a prediction and is nobody's forecast."""
    if _OWN_POSSESSOR.search(lead):
        return Attribution(None, frame_end=frame_end)
    named = _NAMED_POSSESSOR.search(lead)
    if named:
        if speaks_for_itself(named.group("who")):
            return Attribution(None, frame_end=frame_end)  # "The Board's central expectation is that ..."
        return Attribution(speaker_name(named.group("who")), frame_end=frame_end)
    return NOBODY


# "according to the advice we have received", "according to what I have been told": a source the writer
# speaks for in the first person is the writer's own account.
_WRITER_INSIDE = re.compile(r"\b(?:we|I)\b(?:\s+\w+ly)?\s+(?:have|had|'ve|\u2019ve|were|was|am|are|received|heard|got|been)\b")


def _according(who: str) -> Attribution:
    if _WRITER_INSIDE.search(who):
        return AUTHOR
    return Attribution(speaker_name(who))


# "I'd bet it runs another week; ... advance sales are, according to the box office manager, strong", "My own
# estimate is 64 percent, ..., according to the treasurer": the writer's own call, a source cited for a fact.
_WRITER_BEFORE = re.compile(r"(?:^|[\s(])(?:I|I['\u2019](?:d|m|ll|ve)|[Mm]y|[Ww]e|[Ww]e['\u2019](?:d|re|ll|ve)|[Oo]ur)\s")
_QUOTATION = re.compile(r"[\"\u201c][^\"\u201d]*[\"\u201d]?")


def _writer_speaks_before(text: str) -> bool:
    """The writer in the first person, outside quotation marks, in ``text``."""
    return _WRITER_BEFORE.search(" " + _QUOTATION.sub(" ", text)) is not None


# "Avra Water has told us it does not expect ...", "Builders tell us they will ...", "Councillor Brandt said he
# did not believe ...": a pronoun that frames the forecast stands for the one who told or said it.
_REPORTED_PRONOUN = re.compile(
    r"^(?P<who>.+?)\s+(?:has\s+|have\s+|had\s+)?(?:said|says|say|told|tells|tell)"
    r"(?:\s+(?:us|me|reporters|journalists|investors|members|the\s+\w+))?"
    r"(?:\s+(?:on|last|this|in)\s+\w+(?:\s+\w+)?)?\s+(?:that\s+)?(?:he|she|it|they)(?:\s+[\w'\u2019]+){0,3}\s*$"
)


def _reported_pronoun(subject: str) -> str | None:
    """The named subject of "X told us it ...", when the frame's own subject is that pronoun."""
    match = _REPORTED_PRONOUN.match(subject.lstrip())
    if match is None:
        return None
    who = _RELATIVE_ASIDE.sub("", match.group("who")).strip(" ,")
    # "Norreth Air, the country's second-largest carrier, said on Thursday it ...": the name before its appositive
    who = who.split(",")[0] if "," in who and who.split(",")[0].strip() else who
    # "Trustee Abernethy reported on the team's win and said he expected ...": the subject of the first of two
    # coordinated verbs, however long the first verb's object
    coordinated = _COORDINATED_SUBJECT.match(who)
    if coordinated and not _writer_speaks_before(who + " "):
        name = coordinated.group("who")
        return None if name.split()[0].lower() in _PRONOUNS | _DETERMINERS | _LEADING_CONJUNCTIONS else name
    name = speaker_name(who)
    if name and len(name.split()) > 6:
        name = re.split(r"\s+(?:at|of|from|in|with|for)\s+", name)[0]  # "An economist at one of the large banks"
    if name and name.lower() in ("he", "she", "they"):
        return name  # "He said he expected ...": somebody named before, whom the pronoun stands for (not the writer)
    if not name or name.lower() in _PRONOUNS or _writer_speaks_before(who + " ") or len(who.split()) > 8:
        return None
    return name


_COORDINATED_SUBJECT = re.compile(
    r"^(?P<who>(?:(?:Dr|Mr|Mrs|Ms|Prof|Cllr|Councillor|Trustee|Senator|Governor|Director)\.?\s+)?"
    r"[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,2})\s+(?:\w+ed|spoke|gave|took|met|went|rose|led)\b[^;:]*\s(?:and|then|and\s+then)$"
)


def attribute(before_cue: str, sentence: str) -> Attribution:
    """Attribution from the words before the cue in its sentence (masked asides)."""
    frame = _last_frame(before_cue)
    if frame is not None and _frame_reaches(before_cue[frame.end():]):
        lead = before_cue[: frame.start()]
        if frame.group("pledge"):
            return NOBODY
        if frame.group("content"):
            tail = _CONTENT_TAIL.match(before_cue, frame.end())
            return _content_owner(lead, tail.end() if tail else frame.end())
        if frame.group("factive"):
            return Attribution(None, frame_end=frame.end())
        verb = frame.group("verb").lower()
        if verb.startswith("according"):
            match = _ACCORDING_TO.search(before_cue[frame.start():])
            if match and _writer_speaks_before(lead):
                return AUTHOR
            if match:
                return _according(match.group("who"))
        subject = _subject_before(lead)
        name = speaker_name(subject)
        lowered_name = (name or "").lower()
        if reporter := _reported_pronoun(subject):
            return Attribution(reporter, frame_end=frame.end())
        # The writer's own judgement, however it is hedged: "I do not believe that",
        # "Nobody believes that", "There can be no doubt that".
        if lowered_name in _FIRST_PERSON_WORDS or _FIRST_PERSON.search(subject) or first_person_led(lowered_name):
            return Attribution(None, frame_end=frame.end())
        if name and (verb in _JUDGING or verb.split()[0] in _PUTS_ODDS) and speaks_for_itself(subject.strip()):
            return Attribution(None, frame_end=frame.end())  # "The Committee expects ...", "Reflecting this, the Board now expects"
        if lowered_name in _NEGATIVE_QUANTIFIER or (verb.startswith("doubt") and _NO_DOUBT_BEFORE.search(ascii_lower(lead))):
            return Attribution(None, frame_end=frame.end())
        if _NEGATION_BEFORE.search(lead) or _HYPOTHETICAL_BEFORE.search(lead):
            return NOBODY  # "had no intel to conclude that", "one might argue that"
        if _PASSIVE_BEFORE.search(lead) and verb not in ("convinced", "confident", "afraid", "terrified", "worried"):
            return NOBODY  # "it is widely believed that ...": nobody in particular
        if name and verb.endswith("ing") and not _participle_subject(lead, name) and _last_frame(lead) is not None:
            # "Retailers expect a rush by Christmas telling us ...": the clause's own frame speaks
            inner = attribute(lead, sentence)
            if inner.frame_end is not None:
                return inner
        if name and bare_model(name):
            return Attribution(None, frame_end=frame.end())  # "models expect it to remain so": the text's own instrument
        if name:
            return Attribution(name, frame_end=frame.end())
        if verb.endswith("ing"):
            return Attribution(None, frame_end=frame.end())
    according = _ACCORDING_TO.search(sentence)
    if according and _writer_speaks_before(sentence[: according.start()]):
        return AUTHOR
    if according:
        return _according(according.group("who"))
    label = label_speaker(sentence)
    if label:
        return Attribution(label)
    inserted = _INSERTED_FRAME.search(sentence)
    if inserted:
        return Attribution(inserted.group("who"))
    return AUTHOR


# "The harbour master, Ada Marsh, spoke to reporters": a paragraph that names who is speaking.
_NAMED_SPEAKING = re.compile(
    r"(?P<who>(?:[A-Z][\w'\u2019-]+\s+){1,3}[A-Z][\w'\u2019-]+)(?:,[^,]{1,60},|,)?\s+"
    r"(?:said|says|told|tells|spoke|speaks|explained|explains|added|argued|argues|warned|warns|expects|predicted|predicts|believes)\b"
)


def speaker_named_in(paragraph: str) -> str | None:
    """The last person a paragraph names as speaking ("Ada Marsh told reporters ..."), or None:
    a quotation in the next paragraph with no frame of its own is most likely hers."""
    found = None
    for match in _NAMED_SPEAKING.finditer(paragraph):
        name = speaker_name(match.group("who"))
        if name and name.split()[0].lower() not in _DETERMINERS:
            found = name
    return found


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "it", "its", "our", "my", "their"})
