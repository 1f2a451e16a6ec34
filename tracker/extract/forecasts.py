"""Walk the body sentences and turn each forecast clause into a candidate."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from tracker import estimative
from tracker.extract import (
    asides,
    attribution,
    backshift,
    claims,
    clauses,
    cues,
    intentions,
    lists,
    projections,
)
from tracker.extract.horizons import resolve_horizon
from tracker.extract.layout import Block, Kind, continues_heading
from tracker.extract.probability import probability
from tracker.extract.sentences import split_sentences
from tracker.extract.verdicts import list_item_reading


@dataclass(frozen=True)
class Found:
    quote: str
    claim: str
    probability: float
    deadline: dt.date | None
    speaker: str | None
    cue: str


_INTRODUCES_QUOTE = re.compile(r"[:,]\s*$")
# An opening participle or subordinate clause ends at its comma: "Realizing NATO's war
# will likely end unfavorably, the US is test-driving an exit offer."
_SUBORDINATE_OPENER = re.compile(
    r"^\W*(?:[A-Za-z]+ing|as|because|while|although|though|since|when|once|after|before|given|with)\b", re.IGNORECASE
)
_BUT_NEXT = re.compile(r"[\s,]*but\b", re.IGNORECASE)
_OPENS_WITH_QUOTE = re.compile(r"^[\"\u201c]")
_BIO_START = re.compile(
    r"^(?:[A-Z][\w'\u2019.-]+\s+){0,3}[A-Z][\w'\u2019.-]+(?:,[^,]{1,80},)?\s+(?:is|was|has\s+been)\s+(?:a|an|the)\b"
    r"|^(?:he|she|they)\s+(?:is|are|was)\s+(?:a|an|the|also)\b",
    re.IGNORECASE,
)
_BIO_WORDS = re.compile(
    r"\b(?:correspondent|editor|journalist|columnist|author|writer|professor|fellow|analyst|economist|"
    r"contributor|reporter|researcher|lecturer|commentator|historian|scholar|born\s+in)\b",
    re.IGNORECASE,
)


def is_author_bio(block: Block, author: str | None, position: float) -> bool:
    """'Pepe Escobar, born in Brazil, is a correspondent ...': about the writer, not the world.

    A paragraph that opens with the author's name, or (in the last part of the text)
    with any name followed by "is a ..." and a profession, is a bio.
    """
    text = block.text
    if author:
        surname = author.split()[-1]
        if text.startswith((author, surname)) and _BIO_WORDS.search(text[:400]):
            return True
    return position > 0.6 and bool(_BIO_START.match(text)) and bool(_BIO_WORDS.search(text[:300]))


def _sentences_with_offsets(text: str) -> Iterator[tuple[str, int]]:
    position = 0
    for sentence in split_sentences(text):
        start = text.find(sentence, position)
        position = start + len(sentence)
        yield sentence, start


def _quote_speaker(previous: Block | None) -> str | None:
    """'Lavrov said:' on one line, the quotation on the next: the quote is Lavrov's."""
    if previous is None or previous.kind is not Kind.BODY or not _INTRODUCES_QUOTE.search(previous.text):
        return None
    last_sentence = split_sentences(previous.text)[-1]
    result = attribution.attribute(last_sentence.rstrip(" :,"), last_sentence)
    return result.speaker


def _closing_speaker(blocks: list[Block]) -> str | None:
    """A quoted paragraph names its speaker once ('..., the IMF said.'), possibly at the
    end of a quotation that runs over several paragraphs, each opening with a quote mark."""
    for block in blocks[:4]:
        if block.kind is not Kind.BODY or not _OPENS_WITH_QUOTE.match(block.text):
            return None
        # '"...," said Peter Strom, President and CEO. "We expect ..."': the one attribution
        # in a quoted paragraph covers all of it.
        for sentence in split_sentences(block.text):
            speaker = attribution.trailing_speaker(sentence)
            if speaker:
                return speaker
    return None


_REPORTS = re.compile(r"\b(?:said|says|told|tells|wrote|writes|added|stated|according\s+to)\b")


def has_reported_speech(blocks: list[Block]) -> bool:
    """Whether the text reports anybody's words: then a quotation with no speaker is
    still somebody else's, not the writer's."""
    return any(block.kind is Kind.BODY and _REPORTS.search(block.text) for block in blocks)


class _LazySpans:
    """Quotation spans of a block, found only when a cue needs them (most blocks have none)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._spans: _LazySpans | None = None

    def __iter__(self) -> Iterator[tuple[int, int]]:
        if self._spans is None:
            self._spans = attribution.quoted_spans(self._text)
        return iter(self._spans)


def _inside(spans: _LazySpans, offset: int) -> tuple[int, int] | None:
    for start, end in spans:
        if start < offset < end:
            return start, end
    return None


class _Walker:
    """State carried across sentences: the publication date, the last named speaker."""

    def __init__(
        self,
        published: dt.date | None,
        writers: tuple[str, ...] = (),
        projection_text: bool = False,
        reports: bool = False,
    ) -> None:
        self.published = published
        self.reports = reports
        self.projection_text = projection_text
        self.last_person: str | None = None
        self.last_subject: str | None = None
        self.hints: tuple[list[int], int] = ([], 0)
        self.writers = frozenset(_writer_names(writers))

    def resolve(self, speaker: str | None) -> str | None:
        if speaker and _strip_article(speaker).lower() in self.writers:
            return None  # "CBO projects that ..." in a CBO text: the writer speaking of itself
        if speaker and speaker.lower() in ("he", "she"):
            return self.last_person or speaker
        if speaker and " " in speaker and speaker[0].isupper():
            self.last_person = speaker
        return speaker

    def block(self, block: Block, previous: Block | None, following: list[Block] | None = None) -> Iterator[Found]:
        # One search per block; a sentence is read only if a hint falls inside it.
        hint = _PROJECTION_OR_CUE_HINT if self.projection_text else cues.CUE_HINT
        hints = [match.start() for match in hint.finditer(block.text)]
        if not hints:
            return
        carried = None
        if previous is not None and previous.kind is Kind.BODY and (named := attribution.speaker_named_in(previous.text)):
            self.last_person = named  # '"...," she continued.' under "Ada Marsh spoke to reporters ..."
        if _OPENS_WITH_QUOTE.match(block.text):
            carried = _quote_speaker(previous) or _closing_speaker([block, *(following or [])])
            if carried is None and previous is not None and previous.kind is Kind.BODY and not _OPENS_WITH_QUOTE.match(previous.text):
                # A quotation after a paragraph that names who speaks ("Ada Marsh told reporters ...").
                carried = attribution.speaker_named_in(previous.text)
        spans = _LazySpans(block.text)
        before = ""  # the previous sentence, when it yielded nothing
        for sentence, offset in _sentences_with_offsets(block.text):
            first = bisect.bisect_left(hints, offset)
            if first == len(hints) or hints[first] >= offset + len(sentence) or clauses.is_question(sentence):
                before = sentence
                continue
            self.hints = (hints, offset)
            found = list(self.sentence(sentence, offset, spans, carried))
            if found and before and _DEMAND.search(before):
                # "Trieste and Trent ... should be restored to Italy. This will re-unite ...":
                # what the proposal would bring about, not a forecast.
                found = [candidate for candidate in found if not _CONSEQUENCE.match(candidate.claim)]
            yield from found
            before = "" if found else sentence

    def _hinted(self, start: int, end: int) -> bool:
        """Whether a cue hint of the block falls in [start, end) (block offsets)."""
        hints, _ = self.hints
        first = bisect.bisect_left(hints, start)
        return first < len(hints) and hints[first] < end

    def sentence(self, sentence: str, offset: int, spans: _LazySpans, carried: str | None) -> Iterator[Found]:
        masked = clauses.mask_asides(sentence)
        governed = clauses.opens_with_condition(masked)
        parts = clauses.split_clauses(masked)
        self.last_subject = None
        pending = list(parts)
        while pending:
            clause = pending.pop(0)
            if clause.boundary in (";", ":"):
                governed = False
            text = masked[clause.start: clause.end]
            if not self._hinted(offset + clause.start, offset + clause.end):
                continue
            cue = cues.find_cue(text)
            if cue is None:
                projecting = self.projection_text or projections.mentions_projection(sentence)
                cue = projections.projection_cue(text, self.published, projecting) or backshift.reported_would_cue(text, sentence)
            if cue is None or governed or clauses.is_conditional(text):
                continue
            if cue.kind == "modal" and _BUT_NEXT.match(masked, clause.end):
                continue  # concessive: "Washington may deny it ad infinitum, but ..."
            if cue.kind == "predicative" and masked[clause.end: clause.end + 3].lstrip().startswith(":"):
                continue  # "The outcome is certain: Russia will win" announces the next clause
            second = cues.second_forecast(text, cue.predicate_start)
            if second is not None:
                pending.insert(0, clauses.Clause(clause.start + second, clause.end, "and"))
                clause = clauses.Clause(clause.start, clause.start + second, clause.boundary)
                text = masked[clause.start: clause.end]
            found = self._candidate(sentence, masked, clause, text, cue, offset, spans, carried)
            if found is not None:
                yield found
                if found.speaker is not None:
                    aside = asides.own_aside(sentence[clause.start: clause.end], found.claim, self.published)
                    if aside is not None:
                        yield Found(sentence, aside.claim, aside.probability, aside.deadline, None, aside.cue)

    def _quoted_speaker(
        self, masked: str, before_cue: str, quote_start: int, quote_end: int, carried: str | None
    ) -> attribution.Attribution:
        """Whose words a quotation is: the frame before it ("Peskov remarked: ..."), the
        frame after it ("..., the IG wrote"), the speaker named on the line above, or a
        third person named inside it. Quoted words with no speaker are nobody's forecast."""
        inside = attribution.attribute(before_cue, masked)
        # A frame inside the quotation ("we project NASA will ...") still marks where the
        # claim starts, whoever the speaker is.
        frame_end = inside.frame_end if inside.frame_end is not None and inside.frame_end > quote_start else None
        if quote_start > 0:
            # Keep the opening quote mark: "stated, \u201c..." is a frame, "said, Putin ..." is not.
            outside = attribution.attribute(masked[: quote_start + 1], masked[:quote_start])
            if outside.dropped or outside.speaker:
                return attribution.Attribution(outside.speaker, outside.dropped, frame_end)
        after = attribution.trailing_speaker(masked[max(quote_end - 3, 0):]) if quote_end < len(masked) + 3 else None
        if after:
            return attribution.Attribution(after, inside.dropped, frame_end)
        if carried:
            return attribution.Attribution(carried, inside.dropped, frame_end)
        # Quoted words with no one to speak them are the writer's ("\u201cTrump will not
        # win.\u201d" in a column) unless a frame inside names another speaker; but in a
        # text that reports speech, an unattributed quotation is somebody else's.
        if self.reports and inside.speaker is None:
            return attribution.NOBODY
        return inside

    def _candidate(
        self,
        sentence: str,
        masked: str,
        clause: clauses.Clause,
        text: str,
        cue: cues.Cue,
        offset: int,
        spans: _LazySpans,
        carried: str | None,
    ) -> Found | None:
        cue_at = clause.start + cue.start
        before_cue = masked[:cue_at]
        if claims.is_embedded_question(text[: cue.start], text[: cue.start]) or intentions.is_willed(before_cue):
            return None
        quoted = _inside(spans, offset + cue_at)
        if quoted is not None:
            who = self._quoted_speaker(masked, before_cue, quoted[0] - offset, quoted[1] - offset, carried)
        else:
            who = attribution.attribute(_coordinated_scope(before_cue), masked)
        if who.dropped:
            return None
        speaker = who.speaker
        clause_end = len(text) if cue.predicate_end is None else cue.predicate_end
        first_comma = text.find(",")
        if first_comma > cue.start and _SUBORDINATE_OPENER.match(text):
            clause_end = first_comma
        trailing_at = attribution.trailing_frame_start(text)
        if trailing_at is not None and trailing_at > cue.start:
            # "..., Eryk Mistewicz told AFP": the frame after the forecast is not part of it.
            if speaker is None:
                speaker = attribution.trailing_speaker(text)
            clause_end = min(clause_end, trailing_at)
        elif speaker is None and not quoted and ";" not in masked[clause.end:]:
            # "X will squeeze supply - which will likely boost prices, an energy analyst
            # said.": the frame at the end of the sentence covers its earlier clauses too.
            speaker = attribution.trailing_speaker(masked[clause.end:]) if _ENDS_WITH_FRAME.search(masked) else None
        speaker = self.resolve(speaker)
        if speaker is None and _HEARSAY.search(text, max(0, cue.start - 30), cue.predicate_start + 1):
            return None  # "Zuluaga will allegedly come in second": somebody's claim, unnamed
        if cue.kind == "reported_would" and speaker is None:
            return None  # "we had assumed OPEC+ would ...": the writer's past view, or nobody's
        # The subject: named by the construction, else the words before the cue since
        # the governing frame (if inside this clause) or the clause start.
        if cue.kind == "stated_chance":
            subject = "there" if cue.words.endswith("of") else ""
        elif cue.kind == "expect_event":
            subject = "there"
        elif cue.subject_start is not None and cue.subject_end is not None:
            subject = claims.subject_of(text[cue.subject_start: cue.subject_end])
        else:
            start = 0
            if who.frame_end is not None and who.frame_end > clause.start:
                start = who.frame_end - clause.start
            subject = claims.subject_of(claims.after_frame(text[start: cue.start]))
            if _COORDINATED_VP.search(text[: cue.start]):
                subject = claims.first_subject(subject)
        if cue.subject_start is None and _COORDINATED_START.match(text[: cue.start] + " "):
            subject = ""
        if not subject and cue.kind != "stated_chance":
            # "... and slightly favored to persist": a second forecast about the subject
            # of the clause before, when that clause forecast too.
            if not (self.last_subject and _COORDINATED_START.match(text[: cue.start] + " ")):
                return None
            subject = self.last_subject
        self.last_subject = subject
        if intentions.is_plan(subject, text[cue.predicate_start: clause_end], cue.reading, cue.words):
            return None
        if claims.is_description(subject, text[cue.predicate_start: clause_end]):
            return None
        predicate_text = text[cue.predicate_start: clause_end]
        lucky = _LUCKY_TO.match(predicate_text) if not cue.negated else None
        if lucky:
            predicate_text = predicate_text[lucky.end():]  # "will be lucky to see the podium": "will see the podium", doubted
        if cue.kind == "expect_event" or (cue.kind == "stated_chance" and subject == "there"):
            predicate_text = "be " + predicate_text
        elif cue.kind == "present_future":
            predicate_text = projections.restate(predicate_text)
        elif cue.kind == "predicative":
            # "war is inevitable": war will happen ("as certain as the sunrise" adds nothing)
            predicate_text = "happen" + _SIMILE.sub("", predicate_text)
        predicate, denied = claims.positive_predicate(predicate_text)
        if denied:
            cue = dataclasses.replace(cue, negated=not cue.negated)
        if cue.negated and not cue.never and not denied and claims.is_quantified(subject):
            # "At least two companies will not meet the target": read as worded (claims.is_quantified).
            cue = dataclasses.replace(cue, negated=False)
            predicate = "not " + predicate
        if cue.negated:
            predicate = claims.not_until(predicate)
        if cue.kind == "stated_chance" and not subject:
            claim, removed_no = claims.plain_clause(predicate), False
        else:
            claim, removed_no = claims.build_claim(subject, predicate)
        frame = cues.frame_reading(before_cue[_frame_scope(masked, clause, text):] if who.frame_end is None else before_cue)
        value = probability(cue, frame=frame, there_will_be_no=removed_no)
        if lucky:
            value = estimative.PHRASES["unlikely"]
        stated = _PAREN_CHANCE.search(sentence, clause.start + cue.start, clause.end)
        if stated is not None and not cue.negated and cue.kind != "stated_chance":
            value = float(stated.group("percent") or stated.group("whole")) / 100  # "favored to develop (~70% chance)": the number wins
        deadline = resolve_horizon(masked[clause.start: clause.end], self.published)  # asides are not the forecast's time
        sooner = cues.sooner_phrase(masked[: clause.end])
        words = f"{sooner} \u2026 {cue.words}" if sooner and sooner not in cue.words else cue.words
        return Found(sentence, claim, value, deadline, speaker, words)


# One scan for both kinds of hint in a projection text.
_PROJECTION_OR_CUE_HINT = re.compile(f"(?:{cues.CUE_HINT.pattern})|(?:{projections.HINT.pattern})")
_ENDS_WITH_FRAME = re.compile(r",\s*[\"\u201d\u2019']?\s+[^,;]{1,60}\s(?:said|says|told|added|wrote|warned|predicted|noted)\b[^,;]{0,40}[.!]?[\"\u201d\u2019']?\s*$")
_LUCKY_TO = re.compile(r"be\s+(?:very\s+)?lucky\s+to\s+(?=\w)", re.IGNORECASE)
_HEARSAY = re.compile(r"\b(?:allegedly|reportedly|supposedly|purportedly|rumou?red\s+to)\b")
# "favored to develop (~70% chance)", "more flares are likely over the next three days (70%)"; but a
# change after a quantity is no chance: "grow by 3.0 mb/d y/y (2.9 percent)", "by 142,000 (3.9%)"
# (a decimal, or a number just before the bracket, without the word "chance").
_PAREN_CHANCE = re.compile(
    r"\(\s*[~\u2248]?\s*(?P<percent>\d{1,2}(?:\.\d+)?|100)\s*(?:%|percent|per\s+cent)\s*(?:chance|probability|likelihood)\s*\)"
    r"|(?<![\d.,]\s)(?<![\d.,])(?<!\d\s\w\w\w\s)\(\s*[~\u2248]?\s*(?P<whole>\d{1,2}|100)\s*(?:%|percent|per\s+cent)\s*\)"
)
_SIMILE = re.compile(r"^\s*as\s+[^,;]*")
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
# A clause that is only a conjunction and adverbs before its cue shares the subject
# of the clause before it.
_COORDINATED_START = re.compile(r"^\s*(?:and|but|or)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


_DEMAND = re.compile(
    r"\b(?:should|must|ought\s+to|needs?\s+to)\b|\b(?:I|[Ww]e)\s+(?:propose|suggest|recommend|urge)\b|^\W*[Ll]et\s+us\b"
)
_CONSEQUENCE = re.compile(r"^(?:This|That|These|Doing so|Such an? \w+) will\b")
_THAT_START = re.compile(r"^\s*(?:(?:and|or)\s+)?that\b", re.IGNORECASE)


_COORDINATED_VP = re.compile(r"\s(?:and|but|or)\s+(?:\w+ly\s+)?$")
_LAST_THAT_CLAUSE = re.compile(r"^.*\bthat\s", re.DOTALL)


def _coordinated_scope(before_cue: str) -> str:
    """'The report notes that NASA is not properly estimating all costs ... and could
    spend ...': a second verb phrase shares the frame of the "that"-clause it belongs
    to, not the verbs of the first one ("estimating" is not a report here)."""
    if not _COORDINATED_VP.search(before_cue):
        return before_cue
    that = _LAST_THAT_CLAUSE.match(before_cue)
    return before_cue[: that.end()] if that else before_cue


def _frame_scope(masked: str, clause: clauses.Clause, text: str) -> int:
    """Where the frames that can hedge a clause start: the clause itself, or, for a
    "that"-clause after a semicolon, the clause before it too ("It may be that X; that
    she will go to pieces")."""
    if clause.boundary != ";" or not _THAT_START.match(text):
        return clause.start
    semicolon = masked.rfind(";", 0, clause.start)
    return masked.rfind(";", 0, max(semicolon, 0)) + 1


def _strip_article(name: str) -> str:
    return _ARTICLE.sub("", name.strip())


def _writer_names(writers: tuple[str, ...]) -> Iterator[str]:
    """Ways a text names its own writer: the name, the surname, the outlet and its
    initials ("Congressional Budget Office" -> "cbo")."""
    for writer in writers:
        if not writer:
            continue
        plain = _strip_article(writer)
        yield plain.lower()
        words = plain.split()
        if len(words) > 1:
            yield words[-1].lower()
            initials = "".join(word[0] for word in words if word[:1].isupper())
            if len(initials) >= 2:
                yield initials.lower()


def find_forecasts(
    blocks: list[Block], author: str | None, published: dt.date | None, outlet: str | None = None
) -> Iterator[Found]:
    """Candidates from the body blocks, in reading order."""
    projection_text = projections.is_projection_text(
        block.text for block in blocks if block.kind in (Kind.BODY, Kind.HEADING)
    )
    walker = _Walker(
        published, tuple(name for name in (author, outlet) if name), projection_text, has_reported_speech(blocks)
    )
    previous: Block | None = None
    count = max(len(blocks), 1)
    declared = lists.read_lists(blocks, published)
    items = declared.items
    for position, block in enumerate(blocks):
        following = blocks[position + 1] if position + 1 < len(blocks) else None
        if block.index in declared.quoted:
            pass  # a post quoting an earlier one repeats it: not a forecast of its own
        elif block.index in items:
            yield from _list_item(walker, block, previous, items[block.index], published)
        elif following is not None and continues_heading(block, following):
            yield from walker.block(Block(f"{block.text} {following.text}", Kind.BODY, block.index), previous)
        elif block.kind is Kind.HEADING:
            # A headline speaks in the outlet's voice, but "Polls predict X to win" reports
            # someone's forecast: keep those, never the headline's own claims.
            yield from (found for found in walker.block(block, previous) if found.speaker is not None)
        elif (
            block.kind is Kind.BODY
            and not is_author_bio(block, author, block.index / count)
            and (previous is None or not continues_heading(previous, block))
        ):
            # An expert's heading or a forum post speaks for all of its prose, "I" included;
            # "according to X" closing a paragraph does not take the writer's own "I think".
            heard = declared.voices.get(block.index)
            voice = heard or _according_to_later(block.text)
            for found in walker.block(block, previous, blocks[position + 1: position + 4]):
                if voice is not None and found.speaker is None and (heard or not _FIRST_PERSON_QUOTE.search(found.quote)):
                    found = dataclasses.replace(found, speaker=voice)
                yield found
        if block.kind is not Kind.SEPARATOR:
            previous = block


LIST_CUE = "prediction list"


def _list_item(walker: _Walker, block: Block, previous: Block | None, item: lists.ListItem, published: dt.date | None) -> Iterator[Found]:
    """An item of a declared prediction list is a forecast even without a cue: its first
    sentence is the claim (unless a cue already reads it), spoken by the list's speaker."""
    text = lists.item_text(block.text)
    sentences = split_sentences(text)
    if not sentences:
        return
    found = list(walker.block(Block(text, Kind.BODY, block.index), previous))
    if not any(candidate.quote == sentences[0] for candidate in found):
        claim, value = list_item_reading(text, sentences)
        found.insert(0, Found(sentences[0], claim, value, resolve_horizon(sentences[0], published), item.speaker, LIST_CUE))
    for candidate in found:
        yield candidate if candidate.speaker is not None else dataclasses.replace(candidate, speaker=item.speaker)


# "The quay will flood. The road will close by the new year, according to the harbour master."
_ACCORDING_AT_END = re.compile(r",?\s+according\s+to\s+(?P<who>[^,.;:\"\u201c\u201d]{2,80}?)(?:,\s*(?P<name>[A-Z][^,.;:]{2,40}))?\s*[.!]?\s*$")
_FIRST_PERSON_QUOTE = re.compile(r"\b(?:I|we|We|my|My|our|Our)\b")


def _according_to_later(paragraph: str) -> str | None:
    """The source a paragraph's last sentence names with "according to": the paragraph's
    other forecasts are that source's too (a reported forecast is told over several sentences)."""
    if "according to" not in paragraph:
        return None  # most paragraphs: no need to cut them into sentences
    sentences = split_sentences(paragraph)
    if len(sentences) < 2:
        return None
    match = _ACCORDING_AT_END.search(sentences[-1])
    if match is None:
        return None
    return attribution.speaker_name(match.group("name") or match.group("who"))
