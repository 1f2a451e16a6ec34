"""Whose forecast a sentence is when only the detector found it.

The rules attribute what they parse from the words before their cue (``attribution.py``).
A sentence only the detector calls a forecast has no cue, so its speaker is read here
from the sentence as a whole and from its paragraph, by the labelling guide's rules on
"own vs whose" (tests/corpus/GUIDE.md):

- a frame or a label in the sentence ("Participants noted that ...", "NOAA predicts ...",
  "..., Biden said.", "Lucia Brannagh: Athletic 2, Rovers 1.");
- staff projections are the staff's ("These projections foresee ...", "the March ECB staff
  projections, which foresee ...");
- a forecast reported in the past tense with no frame of its own ("Real GDP was expected to
  fall ...") belongs to the last speaker its paragraph names ("Mr Lane noted that ...");
- a paragraph that opens with a speaker's label ("PRIYA: ...") is hers throughout, a quotation
  opened after a named person's colon ('Dr X, pollster: "... I think turnout clears 30 per
  cent."') is hers, first person and all, and a quotation with no frame is the speaker its
  paragraph or the one before names;
- another party's stated estimate is that party's ("The exit poll puts the Union on 148 seats",
  "The Bureau's forecast is a top of 39", "consensus 7.45m"), and so is a rule's candidate under
  a named subject whose verb forecasts ("Staff do not expect ...");
- the writer speaking of itself ("the Committee" in an FOMC statement, "Members" in RBA
  minutes) and first-person frames are the author's own: speaker None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extract import attribution
from tracker.extract.units import Unit

# A body speaking for itself in its own statement or minutes (the guide's first adjudication).
_SELF_BODIES = frozenset({
    "members", "the members", "committee", "the committee", "board", "the board", "governing council",
    "the governing council", "the council", "policymakers",
})
_STAFF_NAMED = re.compile(
    r"\b(?P<who>(?:(?:ECB|Eurosystem|Federal\s+Reserve|Board|Bank|RBA|IMF|Fed)\s+)?staff)\b", re.IGNORECASE
)
# "These projections foresee ...", "the projections saw ...": the projections a statement reports.
_PROJECTIONS_SAY = re.compile(
    r"\bprojections?\b[^.;]{0,80}?\b(?:foresee|foresaw|see|saw|suggest(?:ed)?|indicat(?:e|ed)|show(?:ed)?|point(?:ed)?\s+to)\b",
    re.IGNORECASE,
)
# A forecast reported in the past tense without a frame: "was expected to", "were seen as", "would".
_BACKSHIFTED = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:(?:now|still|also|then|generally|widely|initially|not)\s+){0,2}"
    r"(?:expected|projected|forecast|anticipated|seen|estimated|predicted)\b|\bwould\b",
    re.IGNORECASE,
)
# A table's cells: numbers, rules of dashes, short capitalised column codes ("CS", "HS", "<5").
_CELL = re.compile(r"^(?:[<>~]?[\d.,%/-]+|-+|[A-Z]{1,3}|:)$")


def _tabular(text: str) -> bool:
    """ "Location Minor Mod Major : CS HS CS HS -------- ----- : 20 20 5 8 <5 5": a label over the
    columns of a table, its cells mostly numbers and codes, is no speaker."""
    head, colon, rest = text.partition(":")
    cells = rest.split()
    return bool(colon) and len(cells) >= 6 and sum(bool(_CELL.match(cell)) for cell in cells) >= 0.6 * len(cells)


_OPENS_QUOTE = re.compile(r"^\s*[\"\u201c\u00ab]")
# "PRIYA: Ostravel are a 3-to-1 underdog ..., and I'll take those odds": an all-caps name
# over a first-person comment (the rules leave all-caps labels alone: "WIND:", "SYNOPSIS:").
_CAPS_LABEL = re.compile(r"^\s*(?P<label>[A-Z][A-Z'\u2019-]{1,20}(?:\s+[A-Z][A-Z'\u2019-]{1,20})?)\s*:\s+\S")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I'll|I'd|I've|my|me)\b|\bI[\u2019']")


def writer_names(writers: Sequence[str | None]) -> frozenset[str]:
    """Ways a text names its own writer: the name, the surname, the initials."""
    names: set[str] = set()
    for writer in writers:
        if not writer:
            continue
        plain = re.sub(r"^the\s+", "", writer.strip(), flags=re.IGNORECASE)
        names.add(plain.lower())
        words = plain.split()
        if len(words) > 1:
            names.add(words[-1].lower())
            initials = "".join(word[0] for word in words if word[:1].isupper())
            if len(initials) >= 2:
                names.add(initials.lower())
    return frozenset(names)


def name_like(label: str) -> bool:
    """A label that names someone ("Lucia Brannagh", "The White House"), not a topic
    ("Policy rate", "Champions")."""
    words = label.split()
    if len(words) >= 2 and (len(words[-1]) == 1 or words[-1].isdigit()):
        return False  # "Sheet A", "Draw 7", "Group B": a place in a draw, not somebody
    return len(words) >= 2 and all(word[:1].isupper() or word.lower() in ("of", "the") for word in words)


# A transcript's speaker tags: "[00:01:36] LINDQVIST-ROUX: I think they will.", "CEO GRAHAM TOLLIVER-NASH:
# Sure.", "MODERATOR (Héloïse Marchetti-Dumont): ...", "Ms ESTHER WAINFLEET (Shadow Treasurer):", "Jane
# Roe (Green): ...", "A: Yes, I think so."; a time code may stand before the tag.
_TIME_CODE = r"(?:[\[(]\d{1,2}:\d\d(?::\d\d)?[\])]|\d{1,2}:\d\d(?::\d\d)?\s+[-\u2013\u2014]?)"
_TURN_TAG = re.compile(
    rf"^\W{{0,2}}(?P<time>{_TIME_CODE}\s*)?"
    r"(?P<tag>Q|A|(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+)?[A-Z][A-Z'\u2019.-]+(?:\s+[A-Z][A-Z'\u2019.-]+){0,3}"
    r"|[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,3}(?=\s*\())"
    r"(?:\s*\((?P<role>[^()]{1,60})\))?(?:\s*\(\d{1,2}[:.]\d\d\))?\s*:\s+(?=\S)"
    # "Hannelore Vickery, President and Chief Executive Officer: We're at 11 percent", then "Hannelore Vickery: I
    # think ...": a call's or a hearing's tags in the names' own capitals, a role or a firm after a comma
    r"|^\W{0,2}(?P<mixed>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?(?:\s+[A-Z][\w'\u2019\u00c0-\u017f-]+){1,2})"
    r"(?:,\s*(?P<firm>[A-Z][^:,]{1,60}))?\s*:\s+(?=\S)"
)
# Tags that are a role: whoever fills it speaks, even once ("MODERATOR (Ada Roe):", "Q:").
_TURN_ROLES = frozenset("q a question answer moderator host interviewer anchor presenter operator chair".split())
_TURN_TITLES = frozenset("ceo cfo coo cto mr mr. mrs mrs. ms ms. dr dr. sir dame senator governor president minister".split())
# Labels that open sections of a document, not turns of speech ("NOTE:", "TO:", "BYE: Northern Wolves.").
_NOT_TURNS = frozenset(
    "note notes disclaimer edit update updated bye to from re date present resolved source sources subject cc "
    "warning summary outlook synopsis discussion headline agenda action".split()
)
_FIRST_PERSON_TURN = re.compile(r"\b(?:I|I['\u2019](?:m|d|ll|ve)|[Ww]e|[Ww]e['\u2019](?:re|ll|ve|d)|[Oo]ur|[Mm]y)\b")
_NAME_RUN = re.compile(r"\b[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3}")
_transcript_memo: tuple[Sequence[Unit], int, dict[int, str]] | None = None


def _turn_key(tag: str) -> str:
    words = [word for word in tag.lower().split() if word not in _TURN_TITLES]
    return words[-1] if words else tag.lower()


def _turn_name(tag: str, role: str | None, interviewee: str) -> str:
    """The speaker a tag names: the person in brackets after a role ("MODERATOR (Ada Roe)"), the
    interviewee for "A", else the tag without its title, in the text's own capitals if mixed."""
    if tag.lower() in _TURN_ROLES:
        if role and _NAME_RUN.search(role):
            return _NAME_RUN.search(role).group(0)  # type: ignore[union-attr]
        return interviewee if tag == "A" else tag.title()
    words = tag.split()
    while len(words) > 1 and words[0].lower().rstrip(".") + ("." if words[0].endswith(".") else "") in _TURN_TITLES | {
        w.rstrip(".") for w in _TURN_TITLES
    }:
        words = words[1:]
    name = " ".join(words)
    return name.title() if name.isupper() else name


# A record of one speaker's speech: "Official Report (Hansard)" over "The Finance Secretary (Mr Tomas Halloran):
# Madam Speaker, I beg to move ...", a transcript's "MAYOR OKAFOR-BRANDT: Thank you." under "State of the City Address
# ... Transcript prepared by ...". Every paragraph after the tag is the speaker's turn, her "I" and "we" included (the
# guide: a transcript's calls go to the speaker by name, the author is null), until another tag opens a turn.
_RECORD_HEADER = re.compile(
    r"\b(?:official\s+report|hansard|transcript|verbatim|address|remarks|speech|keynote|lecture|statement|sitting)\b", re.IGNORECASE
)
_OPENING_TAG = re.compile(
    r"^\W{0,2}(?:[\[(]\d{1,2}:\d\d(?::\d\d)?[\])]\s*)?(?:(?:The\s+)?(?P<role>[A-Z][\w'\u2019-]*(?:\s+(?:of|for|and|the|[A-Z][\w'\u2019-]*)){0,8})"
    r"\s*\((?P<name>(?:Mr|Mrs|Ms|Dr|Sir|Dame|Hon|Prof)\.?\s+[^()]{3,50})\)"
    r"|(?P<caps>(?:MAYOR|GOVERNOR|PRESIDENT|MINISTER|SENATOR|CHAIR|CHAIRMAN|CHAIRWOMAN|COMMISSIONER|SECRETARY|CHANCELLOR|PREMIER|"
    r"DR|MR|MRS|MS|PROFESSOR|COUNCILLOR|CLLR|REP|SEN|GOV|SPEAKER)\.?\s+[A-Z][A-Z'\u2019.-]+(?:\s+[A-Z][A-Z'\u2019.-]+){0,2}))\s*:\s+\S"
)
_RECORD_REACH = 8  # the blocks at the top where the record's header and its first tag stand


def _one_speakers_record(found: Sequence[Unit]) -> dict[int, str]:
    """Every block after the single tag that opens one speaker's record, by block index, with her name."""
    blocks = sorted({u.block for u in found})[:_RECORD_REACH]
    header = " ".join(u.text for u in found if u.block in blocks)
    if not _RECORD_HEADER.search(header):
        return {}
    for unit in found:
        if unit.block not in blocks:
            return {}
        tag = _OPENING_TAG.match(unit.text)
        if tag is None:
            continue
        name = " ".join((tag.group("name") or tag.group("caps")).split())
        name = name.title() if name.isupper() else name
        turns: dict[int, str] = {}
        for later in found:
            if later.block < unit.block:
                continue
            other = _TURN_TAG.match(later.text) if later.block != unit.block else None
            if other is not None and later.text == [u for u in found if u.block == later.block][0].text:
                return turns if len(turns) > 1 else {}  # another speaker's turn: the record is no longer one speaker's
            turns[later.block] = name
        return turns
    return {}


def transcript_turns(found: Sequence[Unit]) -> dict[int, str]:
    """Whose turn each block of a transcript is, by block index: a block opened by a speaker's
    tag is hers. Empty unless the text reads as a transcript: three tagged blocks at least, by two
    speakers at least, one of whom speaks twice (one "WIND:" or "BYE:" line is a section, not a turn)."""
    global _transcript_memo
    if _transcript_memo is not None and _transcript_memo[0] is found and _transcript_memo[1] == len(found):
        return _transcript_memo[2]
    tags: dict[int, tuple[str, str | None, bool]] = {}
    mixed: dict[int, str] = {}
    seen: set[int] = set()
    for unit in found:
        if unit.block in seen:
            continue
        seen.add(unit.block)
        match = _TURN_TAG.match(unit.text)
        if match is None or _shouting(unit.text[match.end():]):
            continue
        tag = " ".join((match.group("tag") or match.group("mixed")).split())
        if tag.lower().rstrip(".") in _NOT_TURNS or tag in attribution._PRODUCT_SECTIONS:
            continue
        # a time code, or a firm or a job after the name ("Ada Brenn, Tallow Securities:"), makes one tag a turn
        tags[unit.block] = (tag, match.group("role"), bool(match.group("time") or match.group("firm")))
        if match.group("mixed"):
            mixed[unit.block] = tag
    # Tags in the names' own capitals ("Harbour City: by 3" could be a team's line) are turns only where two
    # of them speak in the first person, as people on a call do.
    talking = {_turn_key(tag) for block, tag in mixed.items()
               if _FIRST_PERSON_TURN.search(" ".join(u.text for u in found if u.block == block))}
    if len(talking) < 2:
        for block in mixed:
            del tags[block]
    keys = [_turn_key(tag) for tag, _, _ in tags.values()]
    counts = {key: keys.count(key) for key in keys}
    turns: dict[int, str] = {}
    if len(tags) >= 3 and len(counts) >= 2 and max(counts.values()) >= 2:
        intro = " ".join(u.text for u in found if u.block < min(tags) and not u.heading)
        named = [m.group(0) for m in _NAME_RUN.finditer(intro) if m.start() > 0]
        interviewee = named[0] if named else "the interviewee"
        for block, (tag, role, timed) in tags.items():
            titled = len(tag.split()) > 1 and tag.split()[0].lower() in _TURN_TITLES
            if counts[_turn_key(tag)] >= 2 or tag.lower() in _TURN_ROLES or timed or titled:
                turns[block] = _turn_name(tag, role, interviewee)
    if not turns:
        turns = _one_speakers_record(found)
    _transcript_memo = (found, len(found), turns)  # the units themselves: an id could be reused by the next text's
    return turns


def turn_speaker(found: Sequence[Unit], position: int) -> str | None:
    """The speaker whose transcript turn the unit at ``position`` lies in, or None."""
    block = found[position].block
    return transcript_turns(found).get(block) or surname_paragraphs(found).get(block)


# "Quennell: I'm taking the Kites over the Herons ...", "Lindgaard: Otters by two. I doubt ...": a desk's
# writers, each paragraph opened by one name. A one-word label is a name only in a run of three such
# paragraphs in a row, by three different labels, two of them at least in the first person, and only
# a word the text never writes in lower case ("Winner:", "Verdict:", "Rain:" are words, not people).
_ONE_WORD_LABEL = re.compile(r"^\s*(?P<label>[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?):\s+\S")
# "ROSA DELANEY: Millbrook edge it 2-1.": a panellist's full name in capitals, read the same way
_CAPS_NAME_LABEL = re.compile(r"^\s*(?P<label>[A-Z][A-Z'\u2019-]+\s+[A-Z][A-Z'\u2019-]+):\s+\S")
_SURNAME_RUN_MIN = 3
_surname_memo: tuple[Sequence[Unit], int, dict[int, str]] | None = None


def surname_paragraphs(found: Sequence[Unit]) -> dict[int, str]:
    """The blocks opened by a writer's one-word name, by block index, with that name."""
    global _surname_memo
    if _surname_memo is not None and _surname_memo[0] is found and _surname_memo[1] == len(found):
        return _surname_memo[2]
    openers: dict[int, str] = {}
    paragraphs: dict[int, list[str]] = {}
    for unit in found:
        paragraphs.setdefault(unit.block, []).append(unit.text)
    for block, texts in paragraphs.items():
        match = _ONE_WORD_LABEL.match(texts[0]) or _CAPS_NAME_LABEL.match(texts[0])
        if match and match.group("label").lower() not in attribution._NOT_SPEAKER_LABELS:
            label = match.group("label")
            openers[block] = label.title() if label.isupper() else label
    lowered = " ".join(" ".join(texts) for texts in paragraphs.values())
    runs: list[list[int]] = []
    for block in sorted(openers):
        if runs and runs[-1][-1] == block - 1:
            runs[-1].append(block)
        else:
            runs.append([block])
    named: dict[int, str] = {}
    for run in runs:
        labels = [openers[block] for block in run]
        talking = sum(bool(_FIRST_PERSON_TURN.search(" ".join(paragraphs[block]))) for block in run)
        if len(run) < _SURNAME_RUN_MIN or len(set(labels)) < len(labels) or talking < 2:
            continue
        if any(re.search(rf"\b{re.escape(label.lower())}\b", lowered) for label in labels):
            continue  # a word of the text's own ("Winner", "Odds"), not a writer's name
        named.update({block: openers[block] for block in run})
    _surname_memo = (found, len(found), named)
    return named


def paragraph_label(found: Sequence[Unit], position: int) -> str | None:
    """The speaker a paragraph opens with ("Lucia Brannagh: Athletic 2, Rovers 1. Rovers will
    score ..."; "PRIYA: ... I'll take those odds"; a transcript's "[00:01:36] KOFFI: ..."), for every
    sentence of that paragraph."""
    unit = found[position]
    turn = turn_speaker(found, position)
    if turn is not None:
        return turn
    paragraph = [u for u in found if u.block == unit.block]
    opener = paragraph[0].text
    if _tabular(opener):
        return None  # "Location  Minor  Mod  Major :  CS  HS ...": a table's columns, not a speaker
    label = attribution.label_speaker(opener)
    if label and name_like(label):
        return label
    caps = _CAPS_LABEL.match(opener)
    if caps and _FIRST_PERSON.search(" ".join(u.text for u in paragraph)):
        return caps.group("label").title()
    return None


# 'Dr Hanne Solberg-Achebe, political scientist at Vestmark University: "No wins, probably by 55 to
# 45. ... I think turnout clears 30 per cent."', 'Our elections editor Farid Ostergaard: "I'd treat
# 148 as the middle of a range."': a named person whose quotation a colon opens speaks every sentence
# of it, the first person included.
# 'Lund thinks that is optimistic: "They will cut it. Probably by a third."', 'Lucia Brannagh on the title:
# "...", 'One senior backbencher put it this way: "Before the summer recess, almost certainly."': a name
# alone, or somebody followed by a verb of saying or "on" a topic, then the colon.
_SAYING = (
    r"(?:thinks?|says?|said|reckons?|adds?|added|argues|argued|believes|believed|warns|warned|writes|wrote|"
    r"insists|insisted|predicts|predicted|put\s+it|puts\s+it|told\s+\w+|tells\s+\w+|was\s+blunt(?:er)?|is\s+blunt(?:er)?|on)\b"
)
_QUOTE_OPENED = re.compile(
    r"(?P<who>(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame|Cllr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})"
    r"(?:,[^:\"\u201c\u201d]{1,80}|\s+" + _SAYING + r"[^:\"\u201c\u201d.!?]{0,60})?:\s*[\"\u201c]"
    # "A shop steward standing beside the gate was blunter: ..."
    r"|(?P<someone>(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame|Cllr)\.?\s+)?[A-Z][\w'\u2019-]+|(?:One|A|An|The|Another)\s+(?:[\w'\u2019-]+\s+){0,6}?[\w'\u2019-]+)"
    r"\s+" + _SAYING + r"[^:\"\u201c\u201d.!?]{0,60}:\s*[\"\u201c]"
    # a live blog's 'Marta: "My best guess ..."': one capitalised name opening the paragraph, then the quotation
    r"|^(?P<first>[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?):\s*[\"\u201c]"
)
# 'Tobias Wren, who chairs the chamber, welcomed the plan. "If anything they are too low. I'd bet ..."': a
# quotation with no frame, opened right after a sentence whose subject is a named person, is that person's.
_LEADING_PERSON = re.compile(
    r"^\W*(?:[A-Z][a-z]+\s+(?=(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame|Cllr)\b))?(?P<who>(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame|Cllr)\.?\s+)?"
    r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})(?:\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w'\u2019&-]+(?:\s+[A-Z][\w'\u2019&-]+){0,4})?"
    r"(?:,[^,]{1,80},)?\s+(?:[a-z]+ly\s+)?(?:was|is|had|has|[a-z]+ed)\b"
)


# "Former Harbour prop Teina Marsh gives her calls for every match this weekend.": a page of one person's calls,
# each given in quotation marks with no frame of its own.
_GIVES_CALLS = re.compile(
    r"(?P<who>(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})\s+"
    r"(?:gives|offers|makes|delivers|shares)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:calls|picks|predictions|verdicts|tips|forecasts)\b"
)
_OPENS_QUOTE_INSIDE = re.compile(r"(?:^|\s)[\"\u201c](?=\w)")
_CALLER_REACH = 3  # the blocks at the top of a text where such an introduction stands
_caller_memo: tuple[Sequence[Unit], int, str | None] | None = None


def quoted_caller(found: Sequence[Unit], position: int) -> str | None:
    """The person a page introduces as giving the calls that follow, when the unit at ``position``
    lies inside a quotation its paragraph opened; None otherwise."""
    global _caller_memo
    if _caller_memo is None or _caller_memo[0] is not found or _caller_memo[1] != len(found):
        blocks = sorted({u.block for u in found})[:_CALLER_REACH]
        intro = _GIVES_CALLS.search(" ".join(u.text for u in found if u.block in blocks))
        _caller_memo = (found, len(found), intro.group("who") if intro else None)
    caller = _caller_memo[2]
    if caller is None:
        return None
    unit = found[position]
    before = " ".join(u.text for u in found[:position] if u.block == unit.block) + " " + unit.text[:1]
    straight, opened, closed = before.count('"'), before.count("\u201c"), before.count("\u201d")
    inside = straight % 2 == 1 or opened > closed or _OPENS_QUOTE_INSIDE.search(unit.text) is not None
    return caller if inside else None


# "Grainline's Anton Melekhov went further.", "Farmer Agnes Whitlow, whose fields flooded, is not convinced.": a
# sentence whose subject is a named person, whom a later "he said" or "she said" stands for.
# A double-barrelled name ("Baptiste-Rowe") is one word of the name, and a job of two words or one before a
# title stands before it ("Political scientist Dr Kofi Abernethy-Lund has studied ...", "Hydrologist Dr X");
# a one-word job before a bare name stays with the name ("Geologist Priya Ramaswamy").
_NAME_WORD = r"[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)*"
_NAMED_SUBJECT = re.compile(
    r"^\W*(?:(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*['\u2019]s\s+|[A-Z][a-z]+\s+(?=(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame|Cllr)\b)|[A-Z][a-z]+\s+[a-z]+\s+(?=(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame|Cllr)\b|[A-Z][a-z]+\s+[A-Z])))?"
    r"(?P<who>(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame|Cllr|Councillor|Captain|Professor)\.?\s+)?" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){1,2})"
    r"(?:,[^,\"\u201c]{1,80},)?\s+[a-z]"
)


def _person_named(text: str) -> str | None:
    """The person a sentence names as speaking or as its subject, or None."""
    if any(mark in text[:1] for mark in '"\u201c'):
        return None
    subject = _NAMED_SUBJECT.match(text)
    return attribution.speaker_named_in(text) or (subject.group("who") if subject else None)


# "Cllr Morven reported that ...", "Dr. Oakhurst presented ...": a person by title and surname, as the sentence's subject.
_TITLED_SUBJECT = re.compile(
    r"^\W*(?P<who>(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame|Cllr|Councillor|Captain|Professor|Trustee|Senator|Governor|Mayor|Judge)\.?\s+"
    + _NAME_WORD + r")(?:,[^,\"\u201c]{1,80},)?\s+[a-z]"
)


def pronoun_referent(found: Sequence[Unit], position: int, writers: frozenset[str] = frozenset()) -> str | None:
    """The person "he" or "she" stands for in the sentence at ``position``: the last person named as a
    sentence's subject or speaker in its paragraph or the one before, unless the writer."""
    block = found[position].block
    for earlier in reversed([u for u in found[:position] if block - 1 <= u.block <= block][-6:]):
        titled = _TITLED_SUBJECT.match(earlier.text)
        who = _person_named(earlier.text) or (titled.group("who") if titled else None)
        if who:
            return None if _own(who, writers) else who
    return None


_LEAD_IN_HOLDER = re.compile(
    r"^\W*(?P<who>(?:The|A|An|[A-Z][\w.&'\u2019-]*)(?:\s+[\w.&'\u2019-]+){0,6}?)\s+(?:currently\s+|now\s+)?"
    r"(?:has|have|gives?|puts?|rates?|lists?|makes?|prices?|shows?)\s+(?:the|its|their|them|it|these)\b[^:]{0,60}?\s+(?:as|at|like\s+this)$"
)


def lead_in_speaker(text: str) -> str | None:
    """Whose forecasts a line that ends with a colon announces: "Based on previous heatwaves, our epidemiology team
    expects:" over its items is the team's, "The Met Office expects:" the Met Office's; "We expect:" the writer's (None)."""
    sentences = [part for part in re.split(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])", text.strip()) if part]
    if not sentences or not sentences[-1].rstrip().endswith(":"):
        return None
    last = sentences[-1].rstrip()[:-1].rstrip()
    holder = _LEAD_IN_HOLDER.match(last)
    if holder:
        # "The stats site I use has the title chances as:": the site's figures (the writer's own source, named)
        who = attribution.speaker_name(holder.group("who")) or ""
        return who if who and _speaker_like(who) and who.split()[0].lower() not in _PRONOUNS | {"we", "i", "my", "our"} else None
    named, speaker = _sentence_speaker(last + " the following.")
    if not named or speaker is None or speaker.split()[0].lower() in _PRONOUNS | {"we", "i", "my", "what", "here"}:
        return None
    return speaker


_LEAD_IN_REACH = 8  # item lines between a lead-in and the line read


def lead_in_above(found: Sequence[Unit], position: int) -> str | None:
    """The forecaster a lead-in line names (``lead_in_speaker``) when the unit at ``position`` is one of the short
    lines right under it, or None."""
    block = found[position].block
    for at in range(position - 1, max(-1, position - 1 - _LEAD_IN_REACH), -1):
        earlier = found[at]
        if earlier.block < block - _LEAD_IN_REACH or earlier.heading and not re.search(r"\d|:\s*$", earlier.text):
            return None  # a section's heading (the layout reads short item lines as headings too: "Caddell 29%")
        if earlier.text.rstrip().endswith(":"):
            return lead_in_speaker(earlier.text)
        if earlier.text.rstrip().endswith((".", "!", "?")) or len(earlier.text) > 120:
            return None  # prose between: the lead-in, if any, is not this line's
    return None


def _quotation_open(text: str) -> bool:
    """Whether a quotation opened in ``text`` is still open at its end (a paragraph of a quotation that goes on)."""
    return text.count('"') % 2 == 1 or text.count("\u201c") > text.count("\u201d")


# An interviewer's question in a printed interview: "Q: And the old quay?", "Question: When?".
_INTERVIEW_QUESTION = re.compile(r"^\W*(?:Q|Question|Interviewer)\s*[:.]\s+[^\"\u201c]*\?\s*$")
_PARAGRAPH_QUOTE_REACH = 4  # paragraphs of one quotation, and the one that names its speaker


def paragraph_quotation_speaker(found: Sequence[Unit], position: int) -> str | None:
    """The person whose quotation fills the paragraph of ``position`` when the paragraph opens with a quotation
    mark and no frame names its speaker: 'Geologist Priya Ramaswamy has studied the site for a decade.' above
    '"The seam is thinner than the company says. They will not reach full output before 2033."', and the paragraphs
    that quotation goes on into (each opens with a mark, the one before was left open)."""
    unit = found[position]
    paragraph = [u for u in found if u.block == unit.block]
    if not _OPENS_QUOTE.match(paragraph[0].text):
        return None
    before = " ".join(u.text for u in paragraph if u is not unit and found.index(u) < position) + " " + unit.text[:1]
    if not _quotation_open(before) or any(attribution.trailing_speaker(u.text) for u in paragraph):
        return None  # the quotation closed before this sentence, or a frame in the paragraph names its speaker
    block = unit.block - 1
    while block >= unit.block - _PARAGRAPH_QUOTE_REACH:
        earlier = [u for u in found if u.block == block]
        if not earlier:
            return None
        text = " ".join(u.text for u in earlier)
        if _OPENS_QUOTE.match(earlier[0].text) and _quotation_open(text):
            block -= 1  # the same quotation, its earlier paragraph
            continue
        if _INTERVIEW_QUESTION.match(text) and not earlier[-1].heading:
            # "Q: And the old quay?" over '"It stays open for the fishing fleet."': the answer goes on in
            # the voice of whoever answered the question before.
            answered = [i for i, u in enumerate(found) if u.block < block and u.block >= block - 2 and not _INTERVIEW_QUESTION.match(u.text)]
            return quotation_speaker(found, answered[-1]) if answered else None
        if any(mark in text for mark in '"\u201c\u201d') or earlier[-1].heading:
            return None
        who = attribution.speaker_named_in(text) or _person_named(earlier[-1].text)
        return who if who and who.split()[0].lower() not in _PRONOUNS else None
    return None


def quotation_speaker(found: Sequence[Unit], position: int) -> str | None:
    """The named person whose quotation, opened after a colon earlier in the paragraph (or in this
    sentence), the unit at ``position`` lies in; None when it lies in none."""
    unit = found[position]
    speaker: str | None = None
    said: str | None = None  # '"...," said Leandro Furtado, in a briefing.': who the next quotation continues
    lead: str | None = None  # the named person the sentence before opened with
    # '"My call is 88.5," he said. "I doubt ..."': the person named last, in this paragraph or the one before
    earlier = [u for u in found[:position] if u.block == unit.block - 1]
    person = next((name for u in reversed(earlier) if (name := _person_named(u.text))), None)
    for other in (u for u in found[: position + 1] if u.block == unit.block):
        text = other.text
        person = _person_named(text) or person
        lead_before, leading = lead, _LEADING_PERSON.match(text)
        lead = leading.group("who") if leading and not any(mark in text for mark in '"\u201c\u201d') else None
        opened = _QUOTE_OPENED.search(text)
        if opened is not None:
            who = opened.group("who") or opened.group("someone") or opened.group("first")
            speaker, text = (None if who.split()[0].lower() in _PRONOUNS else who), text[opened.end():]
        elif speaker is None and said is not None and _OPENS_QUOTE.match(text):
            speaker, text = said, _OPENS_QUOTE.sub("", text, count=1)
        elif speaker is None and lead_before is not None and _OPENS_QUOTE.match(text) and not attribution.trailing_speaker(text):
            speaker, text = lead_before, _OPENS_QUOTE.sub("", text, count=1)
        elif speaker is None:
            said = attribution.trailing_speaker(text) if any(mark in text for mark in '"\u201d') else None
            if said is not None and said.lower() in _PRONOUNS:
                said = person if said.lower() in ("he", "she") else None
            continue
        if other is unit:
            return speaker
        # The quotation ends where its marks close: a closing curly quote, or an odd count of straight ones.
        if "\u201d" in text or text.count('"') % 2 == 1:
            speaker = None
    return paragraph_quotation_speaker(found, position)


# "Our economists expect ...", "Our finance team forecasts ...", "my sources": people of the writer's own house, whom
# the labelling guide credits ("Ardena's economists"), not the writer; "our model", "our forecast" stay the writer's.
_OUR_PEOPLE = re.compile(
    r"^\W*(?:and\s+|but\s+)?(?:our|my)\s+(?:own\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:economists?|analysts?|strategists?|team|department|"
    r"office|actuaries|actuary|planners?|staff|colleagues?|engineers?|scientists?|researchers?|epidemiologists?|statisticians?|"
    r"lead|customers?|clients?|partners?|sources?|contacts?|suppliers?|lenders?|landlord|neighbours?|neighbors?|correspondents?)$"
)


def _own(speaker: str, writers: frozenset[str]) -> bool:
    """The writer itself: its name, a body speaking for itself, a first-person phrase
    ("My best guess", "though I")."""
    plain = speaker.strip().lower()
    words = plain.split()
    if _OUR_PEOPLE.match(plain):
        return False
    return (
        plain in _SELF_BODIES or (bool(words) and words[0] in _SELF_BODIES) or re.sub(r"^the\s+", "", plain) in writers
        or any(word in ("i", "we", "us", "our", "my") for word in words)
    )


# "beet sugar is projected at ...", "Mining investment was still expected to decline": the
# subject of a passive is what is forecast, not who forecasts it.
_PASSIVE = re.compile(
    r"\b(?P<aux>is|are|was|were|be|been|being)\s+(?:(?:not|now|still|also|widely|generally|currently|initially|\w+ly)\s+){0,2}"
    r"(?:expected|projected|forecast|anticipated|seen|estimated|predicted|believed|thought)\b",
    re.IGNORECASE,
)
_NOT_SPEAKER_START = frozenset(
    "this these that those most much some all any each its it down up after following before reflecting based "
    "with without although though while as because since and but or so for".split()
)


# "A broad set of early indicators pointed to ...", "Survey data suggested ...": evidence a
# text reads, not somebody who forecasts (the guide credits people, bodies and models).
_EVIDENCE = frozenset(
    "indicator indicators data survey surveys figures statistics evidence numbers signs readings releases "
    "trends developments conditions prices".split()
)


_CLAUSE_VERB = re.compile(r"\b(?:will|would|shall|is|are|was|were|be|been)\b", re.IGNORECASE)


def _speaker_like(speaker: str) -> bool:
    """A frame's subject that can be a speaker: a short name or group ("Participants",
    "NOAA", "The company"), not a clause ("These gains more than offset") nor evidence
    ("A broad set of early indicators")."""
    words = speaker.split()
    return (
        0 < len(words) <= 6 and not any(c.isdigit() for c in speaker)
        and not _CLAUSE_VERB.search(speaker)  # "Grain will be scarce by March" is a clause, not a name
        and words[0].lower() not in _NOT_SPEAKER_START and words[-1].lower() not in ("the", "a", "an", "of", "to", "than")
        and words[-1].lower() not in _EVIDENCE
    )


def _shouting(text: str) -> bool:
    """A product written in capitals ("VFR CONDITIONS EXPECTED"), whose subjects are not speakers."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 12 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _staff(text_before: str, sentence: str) -> str:
    """The staff as the text names them ("ECB staff", "Eurosystem staff"), else "staff"."""
    named = _STAFF_NAMED.search(sentence)
    if named:
        return " ".join(named.group("who").split())
    earlier = list(_STAFF_NAMED.finditer(text_before))
    return " ".join(earlier[-1].group("who").split()) if earlier else "staff"


# "The Treasury projects real growth of 3.4 per cent": a named subject whose verb forecasts,
# with an object rather than a "that" clause (which ``attribution.py`` reads).
_BODY_NOUNS = (
    r"(?:authority|agency|board|office|bureau|council|service|ministry|department|company|government|bank|institute|"
    r"centre|center|commission|regulator|operator|association|federation|union|trust|group|firm)"
)
# "Brazil's statistics agency", "The USDA's attaché", "Economists at Nordhavn Bank": a body or a forecaster's job
# named by whose it is, in lower case after a possessive or before "at" and a capitalised name.
_FORECASTER_JOBS = (
    r"(?:attach[e\u00e9]s?|analysts?|economists?|forecasters?|strategists?|team|staff|desk|unit|modell?ers?|committee|panel|"
    r"experts?|researchers?|scientists?|statisticians?|" + _BODY_NOUNS[3:-1] + r")"
)
_OWNED_FORECASTER = (
    r"(?:The\s+)?[A-Z][\w.&\u2019-]*['\u2019]s\s+(?:[a-z][\w-]*\s+){0,3}?" + _FORECASTER_JOBS + r"(?=\s)"
    r"|(?:[A-Z][a-z]+\s+)?(?:Economists|Analysts|Strategists|Forecasters|Researchers|Modell?ers|Scientists)\s+(?:at|from|with)\s+"
    r"(?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3}"
)
_NAMED_FORECASTER = re.compile(
    r"^\W*(?P<who>" + _OWNED_FORECASTER + r"|(?:The\s+)?[A-Z][\w.&'\u2019-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.&'\u2019-]*){0,4}"
    # "The regional transport authority itself forecasts 118 million journeys"
    r"|The\s+(?:[a-z][\w-]*\s+){0,3}" + _BODY_NOUNS + r")\s+"
    r"(?:now\s+|also\s+|still\s+|itself\s+|themselves\s+)?(?:projects|forecasts|predicts|expects|foresees|anticipates|sees|estimates)\b"
)
_OWNED_SUBJECT = re.compile(
    # "Our finance team forecasts a deficit of 4.2 million": the writer's people (``_OUR_PEOPLE``), credited by the guide
    r"^\W*(?P<who>" + _OWNED_FORECASTER + r"|Our\s+(?:[a-z][\w-]*\s+){0,2}?(?:economists|analysts|strategists|team|department|office|"
    r"actuaries|planners|staff|colleagues|engineers|scientists|researchers|epidemiologists|statisticians|lead|customers?|clients?|partners?))"
    r"\s+(?:now\s+|also\s+|still\s+)?"
    r"(?:projects?|forecasts?|predicts?|expects?|foresees?|anticipates?|sees?|estimates?|puts?)\b"
)
# "The council's cost consultant, Hilda Marrow, forecasts tender prices rising 3.5%": a person named in apposition
# to the subject, whose verb forecasts.
_APPOSITIVE_FORECASTER = re.compile(
    r"^\W*(?:The|A|An|Its|Their|His|Her|[A-Z][\w.&'\u2019-]*['\u2019]s)\s+(?:[\w.&'\u2019-]+\s+){0,4}?[\w-]+,\s+"
    r"(?P<who>(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3}),\s+"
    r"(?:now\s+|also\s+|still\s+)?(?:projects|forecasts|predicts|expects|foresees|anticipates|estimates)\b"
)
# "Norvia's farm ministry raised its forecast for the barley harvest to 12.1 million tonnes": a body
# that revises its own forecast states it.
_REVISED_FORECAST = re.compile(
    r"^\W*(?P<who>(?:The\s+)?[A-Z][\w.&'\u2019-]*(?:\s+(?:of\s+|the\s+)?[\w.&'\u2019-]+){0,4}?)\s+(?:(?:has|have|had|on\s+\w+)\s+)?"
    r"(?:raised|lowered|cut|lifted|trimmed|revised|upgraded|downgraded|increased|reduced|kept|left|held)\s+(?:up\s+|down\s+)?"
    r"(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:forecasts?|projections?|estimates?|outlook|guidance|expectations?)\b"
)
# A speech's "Your own survey, published this morning, expects 41,000 starts": the audience's forecast, not the speaker's.
_YOUR_FORECASTER = re.compile(
    r"^\W*(?P<who>Your\s+(?:own\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?:,[^,]{1,60},)?\s+(?:now\s+|also\s+)?"
    r"(?:projects|forecasts|predicts|expects|foresees|anticipates|estimates|sees)\b"
)
# "Our chip team (Ruth Okerlund) sees Solvane Micro back above 90": a team and, in brackets, the person who speaks for it.
_BRACKETED_FORECASTER = re.compile(
    r"^\W*(?:Our|The|Its|Their|[A-Z][\w.&'\u2019-]*['\u2019]s)\s+(?:[\w.&'\u2019-]+\s+){0,3}?[\w-]+\s+"
    r"\((?P<who>(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})\)\s+"
    r"(?:now\s+|also\s+|still\s+)?(?:sees|projects|forecasts|predicts|expects|foresees|anticipates|estimates)\b"
)
# "Senate noted that the refurbishment is running late; the contractor now estimates completion in April": a
# clause after a semicolon whose named subject forecasts (the writer's "we" aside).
_CLAUSE_FORECASTER = re.compile(
    # "The harbour works alone run to 2030, and the Regional Skills Board projects a shortfall ...": a named body
    # (capitalised) after ", and" too
    r"(?:;\s+|,\s+(?:and|but|while|whereas)\s+(?=(?:the\s+)?[A-Z]))(?P<who>(?:the\s+|The\s+)?[A-Za-z][\w.&'\u2019-]*(?:\s+[A-Za-z][\w.&'\u2019-]*){0,3}?)\s+"
    r"(?:now\s+|also\s+|still\s+|itself\s+)?(?:projects|forecasts|predicts|expects|foresees|anticipates|estimates)\s+(?!that\b)"
)
# "Staff do not expect it to restore compliance before 2029", "3.2 Staff judge it likely that ...",
# "For the year ahead, Treasury forecasts growth of 2.1 per cent": the same for a rule's candidate,
# after a section number or a fronted phrase, with a plural or negated verb.
_SUBJECT_FORECASTS = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\s+)?(?:(?i:for|in|over|by|on|at|looking|after|with)\b[^,]{1,90},\s+)?"
    r"(?P<who>" + _OWNED_FORECASTER + r"|(?:The\s+)?[A-Z][\w.&'\u2019-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.&'\u2019-]*){0,4}"
    # "With a bigger crop here ..., the growers' board's marketing committee does not expect the pool price to match that"
    r"|[Tt]he\s+(?:[\w'\u2019-]+\s+){0,3}?(?:" + _BODY_NOUNS[3:-1] + r"|committee|panel|forecasters?))\s+"
    r"(?:now\s+|also\s+|still\s+)?(?:(?:do|does)\s+not\s+|(?:don|doesn)['\u2019]t\s+)?"
    r"(?:projects?|forecasts?|predicts?|expects?|foresees?|anticipates?|sees|(?:judges?|thinks?|considers?)\s+it\s+(?:likely|unlikely|probable))\b"
    # "Preliminary forecasts for the season point to ...": a noun, not a verb
    r"(?!\s+(?:for|of|from|in|on|at|by|are|were|is|was|point|pointed|show|showed|suggest|suggested|indicate|indicated)\b)"
)


def subject_forecaster(sentence: str, writers: frozenset[str] = frozenset()) -> str | None:
    """The named subject whose verb forecasts in ``sentence`` ("Staff do not expect ...",
    "For the year ahead, Treasury forecasts ..."), unless it is the writer or a pronoun."""
    match = _SUBJECT_FORECASTS.match(sentence)
    if match is None:
        return None
    who = match.group("who")
    if (not _speaker_like(who) or _WE.search(who) or who.split()[0].lower() in _PRONOUNS | {"nobody", "none", "few"}
            or _own(who, writers) or attribution.speaks_for_itself(who)):
        return None
    return who


# "..., the board said.": a body reported by a trailing "said" is quoted by somebody else, not
# speaking for itself in its own minutes.
_SAID = r"(?:said|says|told|added|warned)"


def _quoted_by_frame(sentence: str, speaker: str) -> bool:
    """Whether ``speaker`` is given as the one who "said" it (", the board said", "said the board")."""
    who = re.escape(speaker)
    return re.search(rf",\s*{who}\s+{_SAID}\b|,\s*{_SAID}\s+{who}\b", sentence, re.IGNORECASE) is not None


# "We concluded that the consensus view, encouraged by ..., is that X": the writer reports what
# the consensus expects; the forecast is the consensus's, not the writer's own.
_CONSENSUS = re.compile(
    r"\b(?P<who>the\s+(?:market\s+|economists[\u2019']?\s+|analysts[\u2019']?\s+)?consensus)"
    r"(?:\s+(?:view|forecast|expectation))?\b[^.;]{0,120}?\bis\s+that\b",
    re.IGNORECASE,
)


# "Rainfall outlook (from the Territory Meteorological Office): above-normal rainfall is favoured": a
# label that names the source of what follows it.
_SOURCED_LABEL = re.compile(
    r"^[^:()]{2,60}\((?:from|source:?|per|according\s+to|courtesy\s+of)\s+(?P<who>[^()]{3,60})\)\s*:\s+\S", re.IGNORECASE
)


def _sentence_speaker(sentence: str) -> tuple[bool, str | None]:
    """(found, speaker) from the sentence alone: a trailing frame, a frame before the
    content, a label, "according to"; found is False when the sentence names nobody."""
    trailing = attribution.trailing_speaker(sentence)
    if trailing and _speaker_like(trailing):
        return True, trailing
    if _shouting(sentence) or _tabular(sentence):
        return False, None
    sourced = _SOURCED_LABEL.match(sentence)
    if sourced:
        return True, sourced.group("who").strip()
    consensus = _CONSENSUS.search(sentence)
    if consensus:
        return True, " ".join(consensus.group("who").split()).lower()
    named = _NAMED_FORECASTER.match(sentence)
    if named and _speaker_like(named.group("who")) and named.group("who").split()[0].lower() not in ("it", "this", "that"):
        # "The Group now expects ...": a body named only by its kind speaks for itself, in its own text
        return True, None if attribution.speaks_for_itself(named.group("who")) else named.group("who")
    owned = _OWNED_SUBJECT.match(sentence)
    if owned:
        return True, owned.group("who")
    appositive = (
        _APPOSITIVE_FORECASTER.match(sentence) or _BRACKETED_FORECASTER.match(sentence) or _REVISED_FORECAST.match(sentence)
        or _YOUR_FORECASTER.match(sentence)
    )
    if appositive and appositive.group("who").split()[0].lower() not in _PRONOUNS | {"we", "i", "our", "my"}:
        return True, appositive.group("who")
    clause = _CLAUSE_FORECASTER.search(sentence)
    if clause and _speaker_like(clause.group("who")) and not _WE.search(clause.group("who")) and (
        clause.group("who").split()[0].lower() not in _PRONOUNS
    ):
        return True, clause.group("who")
    read = attribution.attribute(_PASSIVE.sub(r"\g<aux> set", sentence), sentence)
    if read.speaker and (read.speaker != attribution.label_speaker(sentence) or name_like(read.speaker)):
        if _speaker_like(read.speaker):
            return True, read.speaker
        # "An economist at one of the large banks, who asked not to be named, told me ...": a long subject, by its head
        head = re.split(r"\s+(?:at|of|from|in|with|for)\s+", read.speaker)[0]
        reported = read.frame_end is not None and re.search(rf"\b(?:{_SAID}|tells|tell)\s*$", sentence[: read.frame_end])
        return (True, head) if reported and head != read.speaker and _speaker_like(head) else (False, None)
    if read.frame_end is not None:
        return True, None  # a first-person or factive frame: the writer's own
    caps = _CAPS_LABEL.match(sentence)
    if caps and _FIRST_PERSON.search(sentence[caps.end():]):
        return True, caps.group("label").title()
    return False, None


# "Bookmakers have the Union at 1/10 to lead ...; a Union majority has drifted to 5/2.", "Corrow are
# favourites at 6/4 with the main bookmakers": a price is the book's forecast when the sentence or
# its paragraph names the book (the guide: with no book named, the writer's).
_BOOK = re.compile(
    r"\b(?:the\s+)?(?:(?:main|major|big|leading|high-street|offshore)\s+)?(?:bookmakers?|bookies|sportsbooks?|oddsmakers?|betting\s+exchanges?|betting\s+markets?)\b"
    r"|\bthe\s+exchange\b"
    # 'the shortest odds (7/2) in the "next manager out" market'
    r"|\bthe\s+(?:[\w\"\u201c\u201d'\u2019-]+\s+){1,5}market\b",
    re.IGNORECASE,
)
_PRICE = re.compile(
    r"(?<![\d/.\-])\d{1,3}/\d{1,3}(?![\d/])|\b\d{1,3}\s*-?\s*to\s*-?\s*\d{1,3}\b|\bodds\b|\bevens\b|\bfavou?rites?\b"
    r"|(?<![\w.-])[+-][1-9]\d{2}\b",  # American odds: "Kodiak -160", "+550"
    re.IGNORECASE,
)


def book_speaker(found: Sequence[Unit], position: int) -> str | None:
    """The bookmakers a price is quoted from, named in its sentence or earlier in its paragraph."""
    unit = found[position]
    if not _PRICE.search(unit.text):
        return None
    for other in [unit] + [u for u in reversed(found[:position]) if u.block == unit.block]:
        book = _BOOK.search(other.text)
        if book is not None:
            return book.group(0)
    return None


# "In her view, an award of 4% was the most likely outcome.", "Her odds on a record crop down there: about 60
# percent.", "His call: Ashby by six.": a view the sentence gives to somebody the text has just named.
_PRONOUN_VIEW = re.compile(
    r"^\W*(?:(?:In|By)\s+(?:his|her|their)\s+(?:own\s+)?(?:view|opinion|estimate|judgement|judgment|reckoning|words)\b"
    r"|(?:His|Her|Their)\s+(?:own\s+)?(?:best\s+)?(?:odds|forecast|estimate|guess|view|call|prediction|bet|money|pick|verdict|number|tip)\b)"
)
_PERSON = re.compile(
    r"(?<![\w'\u2019-])(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame|Cllr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]+){1,3}"
)


def pronoun_owner(found: Sequence[Unit], position: int, writers: frozenset[str] = frozenset()) -> str | None:
    """The person a sentence that opens with "In her view," or "Her odds on ..." speaks for: the last
    one named (by a name of two words at least) in its paragraph or the one before, or None."""
    if not _PRONOUN_VIEW.match(found[position].text):
        return None
    block = found[position].block
    for earlier in reversed([u for u in found[:position] if block - 1 <= u.block <= block][-6:]):
        names = [m.group(0) for m in _PERSON.finditer(earlier.text) if m.group(0).split()[0] not in ("In", "If", "But", "And", "As", "At", "On")]
        if names and not _own(names[-1], writers):
            return names[-1]
    return None


# "Chief Okonkwo's projection is a further fall of about 8 percent", "Perpetua's view is blunter: ...":
# a forecast the sentence gives, by a possessive, to somebody named.
_POSSESSIVE_VIEW = re.compile(
    r"^\W*(?P<who>(?:(?:Chief|Dr|Prof|Mr|Mrs|Ms|Sir|Dame|Cllr|Mayor|Councillor|Inspector|Coach)\.?\s+)?"
    r"[A-Z][\w.&'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w.&'\u2019-]*){0,3})['\u2019]s\s+(?:own\s+|latest\s+|best\s+|central\s+|new\s+)?"
    r"(?:projection|forecast|estimate|view|call|prediction|guess|pick|verdict|expectation|take|reckoning)s?\s+(?:is|was|are|were|:)"
)


def possessive_view_owner(sentence: str, writers: frozenset[str] = frozenset()) -> str | None:
    """Who a sentence that opens with "X's projection is" credits, unless a day, the writer or a pronoun."""
    match = _POSSESSIVE_VIEW.match(sentence)
    if match is None:
        return None
    who = match.group("who")
    words = who.lower().split()
    if words[-1] in _CALENDAR_NAMES or words[-1] in ("today", "tomorrow", "tonight", "year", "week", "month", "season") or (
        words[0] in _PRONOUNS or _own(who, writers)
    ):
        return None
    return who


_WRITER_OPENS = re.compile(r"^\W*(?:My|I|I['\u2019](?:d|m|ll|ve))\s")


def detector_speaker(found: Sequence[Unit], position: int, writers: frozenset[str] = frozenset()) -> str | None:
    """The speaker of the detector-only candidate at ``found[position]`` (None: the author); a model nobody is named
    as holding ("The model has this peaking at 70-80") is the author's own instrument."""
    speaker = _detector_speaker(found, position, writers)
    return None if speaker is not None and attribution.bare_model(speaker) else speaker


def _detector_speaker(found: Sequence[Unit], position: int, writers: frozenset[str] = frozenset()) -> str | None:
    unit = found[position]
    sentence = unit.text
    if _BOOK.match(sentence.lstrip()) and _PRICE.search(sentence):
        # "The sportsbooks have Kodiak -160, which I think is too short.": the book's price, the writer's aside
        return _BOOK.match(sentence.lstrip()).group(0)  # type: ignore[union-attr]
    if (credited := possessive_view_owner(sentence, writers)) is not None:
        return credited  # "Chief Okonkwo's projection is ..., and I think that is fair.": the chief's, the writer's aside apart
    named, speaker = _sentence_speaker(sentence)
    # 'Marta: "My best guess is ..."': the first person ("My best") inside somebody's quotation is hers
    writers_own = named and (speaker is None or _own(speaker, writers))
    quoted = quotation_speaker(found, position) or quoted_caller(found, position)
    if writers_own and quoted and not _own(quoted, writers):
        return quoted  # 'X: "... But I think turnout clears 30 per cent."': her first person, not the writer's
    if writers_own and (turn := turn_speaker(found, position)) and not _own(turn, writers):
        return turn  # "[00:01:36] LINDQVIST-ROUX: I think they will, yes.": the speaker's first person
    if named and speaker is not None and speaker.lower() in ("he", "she"):
        # "Cllr Morven reported ... He said he expected ...": the person named before, not a bare pronoun
        return pronoun_referent(found, position, writers) or speaker
    if named:
        if speaker is not None and _quoted_by_frame(sentence, speaker) and speaker.lower() not in writers:
            return speaker  # "..., the board said.": quoted, not the body's own minutes
        return None if speaker is None or _own(speaker, writers) else speaker
    book = book_speaker(found, position) or market_speaker(found, position, writers) or pronoun_owner(found, position, writers)
    if book is not None:
        return book
    before = " ".join(u.text for u in found[:position])
    if (
        _PROJECTIONS_SAY.search(sentence) or re.search(r"\bstaff\b", sentence, re.IGNORECASE)
        # "Core inflation projections had been revised down ... to 2.6%" in a text about staff projections
        or (re.search(r"\bprojections?\b", sentence, re.IGNORECASE) and re.search(r"\bstaff\s+(?:\w+\s+)?projections\b", before, re.IGNORECASE))
    ):
        return _staff(before, sentence)
    paragraph = [u for u in found[:position] if u.block == unit.block]
    label = paragraph_label(found, position) or quoted
    if label and not _own(label, writers):
        return label
    lead = lead_in_above(found, position)
    if lead and not _own(lead, writers):
        return lead  # "The stats site I use has the title chances as:" over "Caddell 29%"
    # "My own projection lands a little under that, at 67 percent, which would leave ...": the writer's own, whoever spoke before
    if _BACKSHIFTED.search(sentence) and not _shouting(sentence) and not _WRITER_OPENS.match(sentence):
        # The reporting frame may be a paragraph or two up ("Mr Lane noted that ...").
        reach = [u for u in found[:position] if unit.block - 2 <= u.block <= unit.block]
        for earlier in reversed(reach):
            named, speaker = _sentence_speaker(earlier.text)
            if named:
                return None if speaker is None or _own(speaker, writers) else speaker
            if _PROJECTIONS_SAY.search(earlier.text) or re.search(r"\bstaff\s+projections?\b", earlier.text, re.IGNORECASE):
                return _staff(before, earlier.text)
    quoted = _OPENS_QUOTE.match(sentence) or (paragraph and _OPENS_QUOTE.match(paragraph[0].text))
    if quoted:
        rest = [u for u in found[position:] if u.block == unit.block]
        for other in rest:
            trailing = attribution.trailing_speaker(other.text)
            if trailing:
                return None if _own(trailing, writers) else trailing
        previous_block = [u.text for u in found[:position] if u.block < unit.block]
        if previous_block:
            last_block = found[max(i for i in range(position) if found[i].block < unit.block)].block
            text = " ".join(u.text for u in found[:position] if u.block == last_block)
            who = attribution.speaker_named_in(text)
            if who and not _own(who, writers):
                return who
    return schedule_owner(sentence, writers) or presented_forecast_owner(found, position, writers)


# "Norges Bank meets on 19 June.", "The federation picks the host next February.", "The bank's next decision
# is due on 4 March.", "... before the Federal Reserve's final meeting of the year on Dec. 15-16": an announced
# schedule belongs to the body whose schedule it is (the labelling guide), when the text names that body.
_WHEN = (
    r"(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sept?|Oct|Nov|Dec)\b|"
    r"next\s+(?:week|month|year|spring|summer|autumn|fall|winter|quarter|term|season)|this\s+(?:week|month|spring|summer|autumn|fall|winter)|"
    r"tomorrow|later\s+this)"
)
_SCHEDULE_BODY = (
    r"(?P<who>(?:The\s+)?[A-Z][\w.&'\u2019-]*(?:\s+(?:of\s+|the\s+|for\s+)?[A-Z][\w.&'\u2019-]*){0,4}"
    r"|[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}(?:" + _BODY_NOUNS[3:-1] + r"|federation|committee|league|club|court|fed|tribunal|panel|regulator|ministry|parliament|senate|assembly|guild|"
    r"society|cooperative|co-op|exchange)"
    # "Lantern's conference votes on 6 February": a body named by whose it is
    r"|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['\u2019]s\s+(?:[a-z][\w-]*\s+){0,2}(?:" + _BODY_NOUNS[3:-1] + r"|conference|congress|executive|"
    r"committee|league|club|court|panel|members|assembly)"
    # "Finance minister Alys Greaves will present it on the 24th": a person, her job before her name
    r"|[A-Z][a-z]+\s+(?:[a-z]+\s+){0,2}?(?:minister|secretary|chancellor|governor|president|chair|chairman|chairwoman|mayor|commissioner|"
    r"chief\s+executive|director)\s+[A-Z][a-z'\u2019-]+\s+[A-Z][a-z'\u2019-]+)"
)
_SCHEDULED_ACT = re.compile(
    r"^\W*(?:(?:No|Yes|And|But|Meanwhile|Separately)\W+)?" + _SCHEDULE_BODY + r"\s+"
    r"(?:(?:next|also|then|now)\s+)?(?:meets|will\s+meet|is\s+due\s+to\s+\w+|is\s+scheduled\s+to\s+\w+|picks|decides|votes|rules|"
    r"announces|publishes|releases|names|convenes|sits|holds|hands\s+down|sets\s+(?:its|the)|will\s+(?P<publishes>present|announce|publish|unveil|deliver|release|decide|rule|report(?=\s+(?:its|their|[\w-]+-(?:year|quarter)|interim|quarterly|annual|results|earnings|figures)\b))|"
    r"is\s+(?:holding|running|hosting|publishing|releasing))\b[^.;]{0,60}?\b(?:on\s+|in\s+|by\s+|at\s+)?" + _WHEN
)
_SCHEDULED_EVENT = re.compile(
    _SCHEDULE_BODY + r"(?:['\u2019]s|(?<=s)['\u2019])\s+(?:(?:next|final|first|last|annual|monthly|quarterly|own|scheduled|regular|"
    r"policy|rate|interim|spring|autumn|[\w-]+-year|year-end)\s+){0,3}"
    r"(?:meeting|decision|survey|report|release|review|vote|announcement|update|auction|statement|hearing|sitting|budget|"
    r"results|session|conference|ruling)\b(?:\s+(?:of|for)\s+the\s+year)?\s+(?:(?:is|are)\s+(?:due|scheduled|set|expected)\b|"
    r"(?:comes?|falls?|takes?\s+place|lands?)\b|(?:on|in)\s+" + _WHEN + r")"
)


def schedule_owner(sentence: str, writers: frozenset[str] = frozenset()) -> str | None:
    """The named body whose announced schedule the sentence gives, or None (the writer's own, a pronoun, a
    first-person "Our next meeting")."""
    for pattern in (_SCHEDULED_ACT, _SCHEDULED_EVENT):
        match = pattern.search(sentence) if pattern is _SCHEDULED_EVENT else pattern.match(sentence)
        if match is None:
            continue
        who = match.group("who")
        first = who.split()[0].lower()
        publishes = pattern is _SCHEDULED_ACT and match.group("publishes") is not None  # "Brennock will publish ..."
        if len(who.split()) == 1 and not (who.isupper() or first in _ONE_WORD_BODIES or publishes):
            continue  # "Ostland votes on 19 September": a country's election, not a body's schedule
        if who in _LEGAL_SELF:
            continue  # "The Company will report its interim results on 3 March": a company's own release
        if (first in _PRONOUNS or first in ("our", "my", "we", "i", "your", "no", "yes", "and", "but") or _WE.search(who)
                or not _speaker_like(who) or _own(who, writers) or who.lower() in _CALENDAR_NAMES):
            continue
        return who
    return None


# How a company's or a body's own announcement names itself, in capitals.
_LEGAL_SELF = frozenset({"The Company", "The Group", "The Board", "The Bank", "The Committee", "The Council", "The Trust", "The Fund"})
_ONE_WORD_BODIES = frozenset("parliament congress senate cabinet government treasury ofgem opec".split())
_CALENDAR_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split()
)


# "The secretariat presented the draft projections.", "Dr Harrington presented the demographer's
# annual study.", "CFO Ebbs reviewed the load forecast prepared by the cooperative.": in minutes, the
# forecasts that follow in the paragraph with no speaker of their own are the presented forecast's
# (its owner's when it names one, the presenter's otherwise), as the labelling guide reads them.
_PRESENTED = re.compile(
    r"^\W*(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?P<who>[A-Z](?:[^.;:]|(?<=Dr|Mr|Ms|St)\.|(?<=Mrs)\.|(?<=Cllr)\.){0,60}?)\s+"
    r"(?:presented|reviewed|introduced|set\s+out|summari[sz]ed)\s+"
    r"(?:(?P<the>the)\s+|an?\s+|its\s+|their\s+|his\s+|her\s+)?(?:(?P<owner>[\w\s-]{1,40}?)(?:['\u2019]s|(?<=s)['\u2019])\s+)?"
    r"(?:[\w-]+\s+){0,4}?(?:forecasts?|projections?|outlook|study|estimates?|report|paper|analysis)\b"
    r"(?:[^.;]{0,40}?\s+prepared\s+by\s+(?P<by>[^,.;]{2,60}))?"
)


# "The Met Service expects daytime maximums of 34C on Saturday. Night-time temperatures are forecast to stay above
# 24C from Sunday night.": a passive forecast with no frame of its own, right after a sentence that credits a named
# forecaster, goes to that forecaster (the guide: a passive "is expected" in a paragraph naming the projections'
# source goes to that source). Present tense only; "was expected" is read by ``_BACKSHIFTED``.
_PRESENT_PASSIVE = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|also\s+|still\s+|then\s+)?(?:forecast|expected|projected|predicted|seen|estimated)\s+(?:to|at)\b"
)


_BARE_KIND = re.compile(r"^(?:[Tt]he\s+)?(?i:company|group|ministry|department|council|board|committee|bank|agency|office|bureau|"
                        r"government|authority|commission|fund|trust|firm|business|club|league|federation|association)$")


def passive_source(found: Sequence[Unit], position: int, writers: frozenset[str] = frozenset()) -> str | None:
    """The named forecaster whose sentence, just before in the paragraph, a passive forecast at ``position`` goes on
    from (through other such passives), or None."""
    unit = found[position]
    if not _PRESENT_PASSIVE.search(unit.text) or _WE.search(unit.text) or _sentence_speaker(unit.text)[0]:
        return None
    at = position - 1
    while at >= 0 and found[at].block == unit.block and not found[at].heading:
        earlier = found[at]
        if _PRESENT_PASSIVE.search(earlier.text) and not _sentence_speaker(earlier.text)[0]:
            at -= 1  # another passive of the same forecast
            continue
        # the sentence before opens with its forecaster as subject ("The Met Service expects ..."), not a source it
        # cites ("..., according to Visit Aldenmoor's annual outlook")
        who = subject_forecaster(earlier.text, writers) or pronoun_body(found, at, writers)  # "It expects ...": the body
        if (who is None or who.split()[0].lower() in _PRONOUNS or not _speaker_like(who) or _own(who, writers)
                or _BARE_KIND.match(who)):
            return None  # "The company expects ...": in its own release as often as in a report on it; its passives stay
        return who
    return None


def presented_forecast_owner(found: Sequence[Unit], position: int, writers: frozenset[str] = frozenset()) -> str | None:
    """Whose presented forecast the unit at ``position`` continues (see ``_PRESENTED``), or the named forecaster a
    passive forecast goes on from (``passive_source``), or None."""
    return _presented_owner(found, position, writers) or passive_source(found, position, writers)


# "Item 6. Solvency outlook 6.1 The CRO reported the solvency ratio at 172% ...", "Sunita presented the year-end.": in
# minutes, a paragraph that opens with somebody presenting or reporting (after its heading, when the layout joined the
# two) is that person's report; the forecasts that follow in it with no speaker of their own are hers (the guide).
_REPORT_OPENS = re.compile(
    r"(?P<who>(?:The\s+(?:[a-z]+\s+){0,2}?[A-Za-z]+(?:\s+of\s+[A-Z][a-z]+)?|(?:Dr|Mr|Mrs|Ms|Cllr|Councillor|Prof)\.?\s+[A-Z][\w'\u2019-]+"
    r"|[A-Z][a-z'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?))\s+"
    r"(?:presented|reported|introduced|set\s+out|summari[sz]ed|took\s+(?:members|the\s+\w+)\s+through|went\s+through|walked\s+(?:members\s+)?through)\s+"
    r"(?:the|a|an|his|her|their|its)\b"
)
_ITEM_NUMBER = re.compile(r"^\W*(?:(?:Item\s+)?\d+(?:\.\d+)*\.?|[A-Z]{1,4}/\d+/\d+|\(?[a-z]\))\s+")


def _report_opener(text: str, first: bool) -> str | None:
    """Who opens a paragraph by presenting or reporting (see ``_REPORT_OPENS``), or None."""
    for match in _REPORT_OPENS.finditer(text):
        lead = _ITEM_NUMBER.sub("", text[: match.start()])
        if re.search(r"[.!?;:]\s*$", lead) or (lead.strip() and not first):
            break  # the report is not the paragraph's opening
        who = match.group("who")
        if who.split()[0] in ("The", "Dr", "Mr", "Mrs", "Ms", "Cllr", "Councillor", "Prof") or first:
            return who
    return None


def _presented_owner(found: Sequence[Unit], position: int, writers: frozenset[str] = frozenset()) -> str | None:
    unit = found[position]
    if _sentence_speaker(unit.text)[0]:
        return None
    paragraph = [u for u in found[:position] if u.block == unit.block]
    for earlier in reversed(paragraph):
        presented = _PRESENTED.match(earlier.text)
        if presented is None:
            named, who = _sentence_speaker(earlier.text)
            if named and not (who or "").lower() in ("he", "she", "they"):
                if earlier is paragraph[0] and who and _report_opener(earlier.text, first=True):
                    break  # "The Safety Officer reported the annual inspection.": the report the paragraph opens with
                return None  # somebody else speaks in between ("She advised that ..." is the presenter going on)
            continue
        if presented.group("by"):
            owner = presented.group("by").strip()
        elif presented.group("owner"):
            owner = ("the " if presented.group("the") else "") + presented.group("owner").strip()
        else:
            owner = attribution.speaker_name(presented.group("who")) or ""
        if not owner or not _speaker_like(owner) or _own(owner, writers):
            return None
        return owner
    if paragraph and not _WE.search(unit.text) and not _OPENS_QUOTE.match(unit.text):
        # no forecast presented by name: the paragraph's opening report ("Sunita presented the year-end.")
        opener = _report_opener(paragraph[0].text, first=True)
        if opener and not _own(opener, writers) and opener.split()[0].lower() not in _PRONOUNS:
            return opener
    return None


# "Fed funds futures price a 28% chance of a cut", "The market now prices about 70% odds of a hike",
# "Markets were pricing two further cuts", "Futures imply roughly a 62% chance": a named market or
# market instrument that prices an outcome is the speaker, as a named book is (the guide: "Swaps"
# is the speaker; "the forward", an instrument with no market named, is not, so no bare
# "forward" here).
_MARKET_SPEAKER = re.compile(
    r"(?<![\w'\u2019-])(?P<who>(?:[A-Za-z][\w/&'\u2019-]*\s+){0,3}?(?:markets?|futures|options|swaps|pricing))\s+"
    r"(?:(?:now|currently|still|also|only|already|is|are|was|were|have|has|had|been)\s+){0,3}"
    r"(?:pric(?:e|es|ed|ing)|impl(?:y|ies|ied)|puts?|point(?:s|ed)?\s+to|gives?|gave|assign(?:s|ed)?|offer(?:s|ed|ing)?)"
    # what is priced: a chance, a number, a move ("futures prices for oil" is a noun, no verb)
    r"\s+(?:in\s+)?(?:a|an|about|roughly|around|only|just|some|nearly|almost|no|the|one|two|three|four|even|\d|[+-]\d)\b",
    re.IGNORECASE,
)
# "The national weather service gives a 60 percent chance of a warmer March", "The weather
# service's seasonal forecast, issued on 21 May, gives a 60 per cent probability that ...":
# another body's forecast that gives a chance is that body's.
# "The long-range from the valley met office has a colder than average December", "the latest outlook from the
# Crop Bureau shows ...": a forecast the sentence credits to an outside body by "from" or "by".
_FORECAST_FROM = re.compile(
    r"\b(?:long-range|outlook|forecast|projections?|estimates?|model)\s+(?:issued\s+|published\s+)?(?:from|by)\s+"
    r"(?P<who>(?:the\s+)?(?:[\w'\u2019&.-]+\s+){0,4}?(?:office|service|centre|center|agency|bureau|institute|ministry|forecasters?|"
    r"council|authority|fund|board|commission|observatory))\s+(?:now\s+)?(?:has|had|gives|gave|shows|showed|puts|put|sees|saw|"
    r"points\s+to|pointed\s+to|suggests|suggested|calls\s+for|called\s+for|is\s+for|was\s+for)\b",
    re.IGNORECASE,
)
_SERVICE_GIVES = re.compile(
    r"(?<![\w'\u2019-])(?P<who>(?:the|a)\s+(?:[\w-]+\s+){0,3}?(?:service|office|centre|center|agency|bureau|institute))"
    r"(?:['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:forecasts?|outlooks?|projections?|models?))?"
    r"(?:\s*,[^,.;]{1,60},)?\s+(?:gives|gave|puts|put|assigns|assigned)\s+(?:it\s+)?(?:a|an|only|about|roughly|around|\d)",
    re.IGNORECASE,
)
# "The broadcasters' joint exit poll puts the Progressive Union on 148 seats", "the centre put the
# chance of that at about 40 percent", "the spread firms have the Front's total at 212-218": another
# party who puts a number on an outcome gives its forecast (a time or a date after "at" or "on" is
# a schedule: "Emergency managers have a call at 2:30 PM", "has its vote on 6 October").
# "Consensus EPS is $1.02", "Consensus sales growth 3.8%", "Consensus for second-half margin is sitting around 11.4
# percent", "(consensus +0.2% m/m)": the consensus's figure for a measure it names first (not a year: "the consensus
# view in 2019").
_CONSENSUS_FIGURE = re.compile(
    r"(?<![\w'\u2019-])(?P<who>(?:the\s+)?(?:(?:market|street|sell-side)\s+)?consensus)\b(?!\s+(?:view|that|is\s+that)\b)"
    r"(?:\s+(?:for\s+)?(?:[A-Za-z][\w/-]*)){0,4}?\s*(?::|\bis|\bsits|\bstands|\bwas|\bat|\bof|\bsitting\s+(?:at|around|near)|\baround|\babout|\bnear)?"
    r"\s*[-+~$\u00a3\u20ac]?(?!(?:19|20)\d\d\b)\d",
    re.IGNORECASE,
)
_NOT_A_LEVEL = r"(?!\d*(?:[:.]\d\d\b|\s*(?:am|pm|a\.m|p\.m|utc|gmt|[ap]m\b)|(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))"
_PUTS_AT = re.compile(
    r"(?<![\w'\u2019-])(?P<who>(?:[A-Za-z][\w&'\u2019.-]*\s+){0,5}?[A-Za-z][\w&'\u2019.-]*)\s+"
    r"(?:(?:now|currently|still|also|only|already|had)\s+)?(?:puts?|has|have|had|makes?)\s+"
    # "has been running at 3%", "have risen at 3% a year": a perfect tense, no estimate
    r"(?!(?:been|\w+(?:ed|en|wn|un|ung|ept|elt|ood|ought|ade|ayed))\b)"
    r"(?:[\w'\u2019$\u00a3\u20ac./-]+\s+){1,8}?(?:at|on)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?[$\u00a3\u20ac]?\d" + _NOT_A_LEVEL,
    re.IGNORECASE,
)
# "The Bureau's forecast for Port Mirrin is a top of 39 today", "the grid operator's own figures
# suggest network charges rise by 11%", "The state crop agency's first estimate for the harvest is
# 68.2 million bags": a forecast that the sentence gives as another party's is that party's.
_WHOSE_ESTIMATE = re.compile(
    r"(?<![\w'\u2019-])(?P<who>(?:[A-Za-z][\w&.-]*\s+){0,4}?[A-Za-z][\w&.-]*?)(?:['\u2019]s|(?<=s)['\u2019])\s+"
    r"(?:(?:own|latest|first|last|new|current|central|updated|revised|early|final|official|internal|working|spring|autumn|"
    r"winter|summer|annual|monthly|quarterly|seasonal|[\w]+-(?:day|week|month|year|term|range))\s+){0,3}"
    r"(?:forecasts?|projections?|estimates?|outlook|figures|guidance|numbers|model|call|predictions?|expectations?"
    # "Finance's base case is 24% next year"
    r"|(?:base|central)\s+case"
    # "the council's own medium-term plan shows a gap of 14 million by 2030": a plan's figures
    r"|plans?(?=\s+(?:shows?|projects?|forecasts?|assumes?|expects?|sees?)\b))\b",
    re.IGNORECASE,
)
# "Consensus 7.45m", "the consensus of 1.3%", "The consensus sits around 2.5%", "the street is at
# $1.12 EPS", "two large trading houses we talk to are at 70 and 72": the surveyed view a note quotes.
_CONSENSUS_AT = re.compile(
    r"(?<![\w'\u2019-])(?P<who>(?:the\s+)?(?:(?:market|analysts['\u2019]?|economists['\u2019]?|street)\s+)?(?:consensus|street))\b"
    r"(?:\s+(?:is|sits|stands|was|of|at|estimate|forecast|view)|\s*[:(])*\s*(?:around|about|at|of|is|near|for)?\s*[-+~$\u00a3\u20ac]?\d",
    re.IGNORECASE,
)
_PRONOUNS = frozenset("he she it they his her its their this that these those there which who".split())
_CLAUSE_OPENERS = frozenset("with and but as while although though that so because since when if where which".split())


_WE = re.compile(r"\b(?:I|we|I['\u2019]m|we['\u2019]re|our|my)\b", re.IGNORECASE)


def market_speaker(
    found: Sequence[Unit], position: int, writers: frozenset[str] = frozenset(), quote: str | None = None
) -> str | None:
    """The market, instrument or outside service whose pricing or stated chance the unit at
    ``position`` reports, read in its sentence (a unit that continues a sentence, "and a 40 per
    cent chance of ...", is read with the units of that sentence before it). A rule's ``quote``, a
    clause of the sentence, in the first person ("...; we think the move will be larger") is the
    writer's own."""
    if quote is not None and _WE.search(quote):
        return None
    sentence = [found[position]]
    for earlier in reversed(found[:position]):
        if earlier.block != found[position].block or not sentence[0].text.lstrip()[:1].islower():
            break
        sentence.insert(0, earlier)
    text = " ".join(unit.text for unit in sentence)
    if _shouting(text) or (len(sentence) > 1 and _sentence_speaker(found[position].text)[0]):
        return None  # "...; we think the actual move will be larger.": a clause with its own frame
    for pattern in (_MARKET_SPEAKER, _SERVICE_GIVES, _FORECAST_FROM):
        match = pattern.search(text)
        if match is None:
            continue
        words = match.group("who").split()
        while words and words[0].lower() in _CLAUSE_OPENERS:
            words = words[1:]
        who = " ".join(words)
        if who and not _own(who, writers) and not any(word.lower() in ("i", "we", "our", "my") for word in words):
            return who
    if quote is not None and (at := text.find(quote.strip())) >= 0:
        # "The event starts Friday, and the same bookmaker has her at 6-4": an estimate stated after
        # a rule's clause is not that clause's.
        text = text[: at + len(quote.strip())]
    return estimate_owner(text, writers) or referred_forecast_owner(found, position - len(sentence) + 1, writers)


# "... based on the Regional Met Office seasonal outlook issued on 30 September. That outlook gives a 40 percent
# chance of a colder December": a forecast the sentence points back to is the forecast a sentence before named,
# and so is its owner.
_REFERS_BACK = re.compile(
    r"^\W*(?:That|This|The\s+same|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:outlook|forecast|projections?|estimates?|survey|model)\s+"
    r"(?:also\s+|now\s+|still\s+)?(?:gives|gave|puts|put|says|said|shows|showed|suggests|suggested|expects|expected|sees|saw|"
    r"projects|projected|predicts|predicted|points|pointed|assumes|assumed|has|had|calls|called|favours|favored|favors)\b"
)
_OWNED_FORECAST = re.compile(
    r"(?P<who>(?:the\s+|The\s+)?[A-Z][\w&'\u2019.-]*(?:\s+(?:of\s+)?[A-Z][\w&'\u2019.-]*){0,4}?)(?:['\u2019]s)?\s+"
    r"(?:(?:seasonal|latest|new|long-range|monthly|annual|quarterly|winter|summer|spring|autumn|[\w-]+-(?:day|week|month|year|range))\s+){0,2}"
    r"(?:outlook|forecast|projections?|estimates?|survey|model)\b"
)


# "The Fiscal Council published its forecast this morning. It expects the economy to grow by 1.8 per cent", "The
# system operator, Ostrel Grid, has contracted extra capacity. It will publish daily margin notices from 1 November.",
# "The bookmakers disagree. They make it 6-4 against": a pronoun whose verb forecasts, or announces the body's own
# schedule, stands for the body the sentence before opened with ("It will lose every vote" forecasts nothing of its own).
_PRONOUN_FORECASTS = re.compile(
    r"^\W*(?:(?:And|But|So)\s+)?(?:It|They)\s+(?:now\s+|also\s+|still\s+|then\s+)?(?:(?:expects?|projects?|forecasts?|predicts?|"
    r"estimates?|anticipates?|foresees?|judges?|puts?|gives?|sees?)\b(?!\s+(?:that\s+)?(?:as|is|was|are|were)\b)|makes?\s+it\b|"
    r"will\s+(?:publish|announce|release|report|confirm|unveil|present|issue|update|name|decide|set\s+out)\b|"
    r"(?:is|are)\s+(?:due|scheduled|set)\s+to\s+(?:publish|announce|release|report|confirm|unveil|present|issue|update|decide)\b)"
)
# The subject a sentence opens with: "The system operator, Ostrel Grid, has ...", "Rail operator Western Vale said ...",
# "The Fiscal Advisory Council, whose report is laid before the House today, is ...", "Race organisers have warned".
_OPENING_SUBJECT = re.compile(
    r"^\W*(?:[A-Z][\w' ]{1,30},\s+(?=[A-Z]|the\s))?(?:[A-Z][a-z]+\s+(?:[a-z]+\s+){1,2}(?=[A-Z][a-z]))?(?P<who>(?:[Tt]he\s+)?[A-Z][\w&'\u2019.-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&'\u2019.-]*){0,4}"
    r"|[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|[A-Z][a-z]+\s+(?:[a-z][\w-]*\s+){0,1}[a-z][\w-]*s)"
    r"(?:,\s*(?P<appos>[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,3}),|,\s*(?:who|whose|which)\b[^,]{1,80},)?"
    r"\s+(?:(?:\w+ly|now|also|still|has|have|had|is|are|was|were)\s+){0,2}(?:said|says|told|has|have|had|is|are|was|were|"
    r"published|issued|released|announced|warned|disagree[sd]?|agree[sd]?|expects?|expected|thinks?|believes?|will|[a-z]+ed)\b"
)


def _opening_body(sentence: str, writers: frozenset[str]) -> str | None:
    """The body or group a sentence opens with as its subject (its name in apposition when it gives one), or None."""
    match = _OPENING_SUBJECT.match(sentence)
    if match is None:
        return None
    who = match.group("appos") or match.group("who")
    first = who.split()[0].lower()
    if (first in _PRONOUNS or first in ("our", "my", "we", "i", "in", "on", "at", "for", "by", "after", "before", "if", "when")
            or _own(who, writers) or not _speaker_like(who) or who.lower() in _CALENDAR_NAMES):
        return None
    return who


def pronoun_body(found: Sequence[Unit], position: int, writers: frozenset[str] = frozenset()) -> str | None:
    """The body that "It expects ...", "It will publish ..." or "They make it 6-4" stands for: the subject of the
    sentence just before, in its paragraph or at the end of the one before; None otherwise."""
    unit = found[position]
    if _PRONOUN_FORECASTS.match(unit.text) is None:
        return None
    # "It expects growth of 1.8 per cent. It expects inflation to fall ...": the second goes back to the same body
    for earlier in reversed(found[max(0, position - 3):position]):
        if earlier.block < unit.block - 1 or earlier.heading:
            return None
        if _PRONOUN_FORECASTS.match(earlier.text) is None:
            return _opening_body(earlier.text, writers)
    return None


def referred_forecast_owner(found: Sequence[Unit], position: int, writers: frozenset[str] = frozenset()) -> str | None:
    """The owner of the forecast that "That outlook gives ..." points back to, named in the sentences just before,
    or the body that "It expects ..." stands for (``pronoun_body``)."""
    unit = found[position]
    if not _REFERS_BACK.match(unit.text):
        return pronoun_body(found, position, writers)
    for earlier in list(reversed(found[:position]))[:3]:
        if earlier.block < unit.block - 1:
            break
        named = [m for m in _OWNED_FORECAST.finditer(earlier.text) if m.start("who") > 0 or earlier.text[:1].isupper()]
        for match in reversed(named):
            who = match.group("who")
            first = who.split()[0].lower()
            if first in _PRONOUNS or first in ("our", "my", "we", "i", "that", "this") or _own(who, writers) or not _speaker_like(who):
                continue
            return who
    return None


def estimate_owner(sentence: str, writers: frozenset[str] = frozenset()) -> str | None:
    """Another party whose number the sentence gives ("The exit poll puts the Union on 148
    seats", "The Bureau's forecast is a top of 39", "Consensus 7.45m"), or None. A sentence in the
    first person ("we put the probability at 20%", "Our forecast is above consensus") is the
    writer's own; so is the writer's own name, and a pronoun names nobody that can be told."""
    if _shouting(sentence):
        return None
    # "Consensus 7.45m; our economists are at 7.2m.": the first person is read clause by clause
    clauses = [clause for clause in re.split(r";\s*", sentence) if not _WE.search(clause)]
    patterns = (_CONSENSUS_AT, _CONSENSUS_FIGURE, _WHOSE_ESTIMATE, _PUTS_AT)
    for pattern, clause in ((pattern, clause) for pattern in patterns for clause in clauses):
        for match in pattern.finditer(clause):
            words = match.group("who").split()
            articles = [at for at, word in enumerate(words) if word.lower() in ("the", "a", "an")]
            if articles:
                words = words[articles[-1]:]  # "fall to within the Bank" is "the Bank"
            elif pattern not in (_CONSENSUS_AT, _CONSENSUS_FIGURE) and not words[0][:1].isupper():
                words = words[-1:] if words[-1][:1].isupper() else []
            who = " ".join(words)
            if (not who or words[0].lower() in _PRONOUNS or not _speaker_like(who) or _own(who, writers)
                    or who.lower() in writers or (pattern is _PUTS_AT and attribution.speaks_for_itself(who))):
                continue  # "the Agency puts the chance at 20 per cent": the body's own text (its possessive is cited)
            return who if pattern not in (_CONSENSUS_AT, _CONSENSUS_FIGURE) else who.lower()
    return None


# "Clive Aspinall (former world No 4): Ewan Torrance." and further down "Aspinall: Li Wenhao.": a
# panel's answers, one line per person, each the call of the person its label names. A label counts
# when the text introduces the person once by full name with a role in brackets; after that the
# surname alone names her ("Winner: Bellport" names nobody the text introduced, so it is no speaker).
_PANEL_LINE = re.compile(
    r"^\W*(?P<name>[A-Z][a-z'\u2019]+(?:-[A-Z]?[a-z'\u2019]+)*(?:\s+[A-Z][a-z'\u2019]+(?:-[A-Z]?[a-z'\u2019]+)*){0,2})(?:\s*\((?P<role>[^()]{1,60})\))?\s*:\s+(?P<call>\S.*)$"
)


def panel_names(found: Sequence[Unit]) -> dict[str, str]:
    """Labels that name a panel member (full name or surname, lower case) -> the full name."""
    names: dict[str, str] = {}
    for unit in found:
        line = _PANEL_LINE.match(unit.text)
        if line is None or not line.group("role") or len(line.group("name").split()) < 2:
            continue
        full = line.group("name")
        names[full.lower()] = full
        names[full.split()[-1].lower()] = full
    return names


def panel_call(text: str, names: dict[str, str]) -> tuple[str, str] | None:
    """(whose, the call without its label) for a panel member's line, else None."""
    line = _PANEL_LINE.match(text)
    if line is None or line.group("name").lower() not in names:
        return None
    return names[line.group("name").lower()], line.group("call")
