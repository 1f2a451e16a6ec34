"""Plain values for what users enter, checked before any of it reaches the database.

Every check raises ``UsageError`` with a message naming the field, so the CLI, the
importer and ``extract --save`` refuse bad input in the same words.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

from tracker.dates import today
from tracker.errors import UsageError

#: What can happen to a claim. Only true and false are scored: "ambiguous" means reality
#: is unclear, "annulled" that the question's premise broke.
OUTCOMES = ("true", "false", "ambiguous", "annulled")
SCORED_OUTCOMES = ("true", "false")

LIMITS = {
    "claim": 1_000,
    "author": 200,
    "outlet": 200,
    "quote": 20_000,
    "url": 2_000,
    "evidence": 2_000,
    "note": 5_000,
    "reason": 2_000,
    "tag": 60,
}
# C0 controls other than tab and newline, DEL and C1 controls: invisible in a terminal,
# and a way to hide text from a reader. Newlines are allowed only in long free text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_OR_NEWLINE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Bidirectional overrides and isolates can make text display differently from what is
# stored ("Trojan Source"); zero-width spaces hide differences between names.
# Also refused everywhere: zero-width spaces and joiners that hide differences between
# texts, Unicode TAG characters (U+E0000-E007F, invisible text that some programs read),
# and the Hangul fillers, letters that print as nothing ("ㅤ" looks like a blank name).
_INVISIBLE = re.compile(
    r"[\u202a-\u202e\u2066-\u2069\u200b\u2060-\u2064\ufeff\u180e\u115f\u1160\u3164\uffa0\U000e0000-\U000e007f]"
)
# Joiners and soft hyphens have honest uses in running text (Persian, emoji), none in a name.
_INVISIBLE_IN_NAMES = re.compile(r"[\u00ad\u034f\u200c\u200d]")
# Emoji are text, even where they are made of characters refused on their own: a subdivision
# flag (the England flag is U+1F3F4, the tag letters "gbeng", then CANCEL TAG, UTS #51) and a
# zero-width joiner between two pictographs (the rainbow flag, "👩‍🔬"). Only these exact
# shapes pass, and only the three subdivision flags Unicode recommends (England, Scotland,
# Wales): any other run of tag letters could spell out hidden text ("ignore all rules").
_TAGS = {code: "".join(chr(0xE0000 + ord(c)) for c in code) for code in ("gbeng", "gbsct", "gbwls")}
_EMOJI_SEQUENCES = re.compile(
    "\U0001F3F4(?:" + "|".join(_TAGS.values()) + ")\U000E007F"
    "|(?<=[\u2600-\u27bf\ufe0f\U0001F000-\U0001FAFF])\u200d(?=[\u2600-\u27bf\U0001F000-\U0001FAFF])"
)
NAME_FIELDS = {"author", "outlet", "tag"}
# Line and paragraph separators: newlines in free text, refused (as newlines are) elsewhere.
_UNICODE_NEWLINE = re.compile(r"\u2028|\u2029")
# Characters that print as nothing: a name made only of them just looks blank. The
# direction marks (LRM, RLM, the Arabic letter mark) are kept inside right-to-left text, but
# a name made only of them is as blank as an empty one.
_BLANK_LOOKING = re.compile(r"^[\s\u2800\u00ad\u034f\u200c\u200d\u200e\u200f\u061c\ufe00-\ufe0f]*$")
_UNDECODABLE = re.compile(r"[\ud800-\udfff]")  # bytes that were not UTF-8 on the command line
MAX_ID = 2**63 - 1
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
MULTILINE_FIELDS = {"quote", "note"}


def clean_text(name: str, value: str | None, *, required: bool = False) -> str | None:
    """Strip ``value`` and refuse it if empty (when required), too long or holding control characters."""
    if value is None:
        if required:
            raise UsageError(f"{name} is required")
        return None
    text = value.strip()
    if not text:
        if required:
            raise UsageError(f"{name} is empty")
        return None
    if text.isascii() and text.isprintable() and len(text) <= LIMITS[name]:
        return text  # printable ASCII holds no control, invisible or undecodable character
    if _UNDECODABLE.search(text):
        raise UsageError(f"{name} is not valid UTF-8 text")
    if name in MULTILINE_FIELDS:
        text = _UNICODE_NEWLINE.sub("\n", text)
    pattern = _CONTROL if name in MULTILINE_FIELDS else _CONTROL_OR_NEWLINE
    # Checked without the emoji sequences, so that their parts are not taken for hidden text.
    checked = _EMOJI_SEQUENCES.sub("", text) if ("\u200d" in text or "\U0001F3F4" in text) else text
    bad = pattern.search(checked) or _INVISIBLE.search(checked)
    if bad is None and name not in MULTILINE_FIELDS:
        bad = _UNICODE_NEWLINE.search(checked)
    if bad is None and name in NAME_FIELDS:
        bad = _INVISIBLE_IN_NAMES.search(checked)
    if bad:
        raise UsageError(f"{name} contains a control or invisible character (U+{ord(bad.group()):04X}); remove it")
    if _BLANK_LOOKING.match(text):
        if required:
            raise UsageError(f"{name} only looks blank (it is made of invisible characters)")
        return None
    limit = LIMITS[name]
    if len(text) > limit:
        raise UsageError(f"{name} is too long ({len(text):,} characters; the limit is {limit:,})")
    return text


_CLAIM_LIMIT, _AUTHOR_LIMIT, _OUTLET_LIMIT, _QUOTE_LIMIT, _TAG_LIMIT, _URL_LIMIT = (
    LIMITS["claim"], LIMITS["author"], LIMITS["outlet"], LIMITS["quote"], LIMITS["tag"], LIMITS["url"],
)


def _plain(value: object, limit: int) -> bool:
    """Text that ``clean_text`` returns unchanged without looking further: printable ASCII (no
    control, invisible or undecodable character, no whitespace but the space), not empty, no
    space at either end, within the limit."""
    return (type(value) is str and 0 < len(value) <= limit and value.isascii() and value.isprintable()
            and value[0] != " " and value[-1] != " ")


_normalise: Callable[[float], float] | None = None  # tracker.probability, imported on first use


def _normalised(value: float) -> float:
    global _normalise
    if _normalise is None:
        from tracker.probability import normalise

        _normalise = normalise
    return _normalise(value)


def _sorted_distinct_folded(tags: tuple[str, ...]) -> bool:
    """Tags as ``clean_tags`` leaves them: sorted, and no two the same once folded."""
    from tracker.names import fold

    if len(tags) == 1:
        return True
    folded = [fold(tag) for tag in tags]
    return list(tags) == sorted(tags) and len(set(folded)) == len(folded)


def check_id(prediction_id: int) -> int:
    """Ids are positive 64-bit integers; anything else names no prediction."""
    from tracker.errors import NotFoundError

    if not 1 <= prediction_id <= MAX_ID:
        raise NotFoundError(f"no prediction with id {prediction_id}")
    return prediction_id


#: A link of the shape every export writes (a plain host name, no user, port or brackets, then
#: printable ASCII without spaces): ``_clean_url_general`` accepts it unchanged.
_PLAIN_URL = re.compile(r"https?://[A-Za-z0-9][A-Za-z0-9.-]*(?:[/?#][!-~]*)?")


def _plain_url(value: object, limit: int) -> bool:
    return type(value) is str and len(value) <= limit and _PLAIN_URL.fullmatch(value) is not None


def clean_url(name: str, value: str | None) -> str | None:
    """Only http(s) links: a ``javascript:`` URL would run in the HTML report."""
    if _plain_url(value, LIMITS[name]):
        return value
    return _clean_url_general(name, value)


def _clean_url_general(name: str, value: str | None) -> str | None:
    text = clean_text(name, value)
    if text is None:
        return None
    if not re.match(r"^https?://", text, re.IGNORECASE):
        raise UsageError(f"{name} {text[:80]!r} is not a web address (it must start with http:// or https://)")
    if not _URL.match(text):
        raise UsageError(f"{name} {text[:80]!r} is not a valid web address (no host, or a space in it)")
    try:
        parts = urlsplit(text)
        host, _port = parts.hostname, parts.port  # both raise ValueError on a malformed host or port
    except ValueError as exc:
        raise UsageError(f"{name} {text[:80]!r} is not a valid web address ({exc})") from None
    if not host:
        raise UsageError(f"{name} {text[:80]!r} is not a valid web address (no host, or a space in it)")
    return text


def clean_tags(values: list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """Tags are short labels; ``;`` separates them in CSV files, so it cannot be part of one."""
    from tracker.names import fold

    tags: dict[str, str] = {}  # one spelling per folded tag: "War" and "war" are one tag
    for value in values or ():
        tag = clean_text("tag", value, required=True)
        assert tag is not None
        if ";" in tag:
            raise UsageError(f"tag {tag!r} contains ';', which separates tags in CSV files")
        tags.setdefault(fold(tag), tag)
    return tuple(sorted(tags.values()))


def check_probability(value: float | None) -> float | None:
    """In [0, 1], rounded to the stored number of places (``probability.PLACES``), never -0.0."""
    from tracker.probability import normalise

    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or not 0.0 <= float(value) <= 1.0:
        raise UsageError(f"probability {value} is out of range: it must lie between 0 and 1")
    return normalise(float(value))


@dataclass(frozen=True)
class PredictionInput:
    """A prediction as entered: by ``add``, an imported row, or an accepted extraction."""

    claim: str
    author: str
    made_on: dt.date
    probability: float | None = None
    deadline: dt.date | None = None
    outlet: str | None = None
    quote: str | None = None
    url: str | None = None
    tags: tuple[str, ...] = ()
    article_sha256: str | None = None
    recorded_at: dt.datetime | None = None

    def checked(self) -> PredictionInput:
        """A cleaned copy, or ``UsageError`` saying what is wrong."""
        fast = self._checked_plain()
        return fast if fast is not None else self._checked_general()

    def _checked_plain(self) -> PredictionInput | None:
        """``_checked_general`` for the common shape, in one pass: every text printable ASCII,
        without surrounding spaces and within its limit (so ``clean_text`` returns it unchanged),
        no URL or a plain one, no tags or plain ones, a plain float probability already in its stored form.
        None for anything else, which the general path then decides."""
        claim, author, outlet, quote, made_on, deadline = self.claim, self.author, self.outlet, self.quote, self.made_on, self.deadline
        if not (_plain(claim, _CLAIM_LIMIT) and _plain(author, _AUTHOR_LIMIT)
                and (outlet is None or _plain(outlet, _OUTLET_LIMIT)) and (quote is None or _plain(quote, _QUOTE_LIMIT))
                and (self.url is None or _plain_url(self.url, _URL_LIMIT)) and type(made_on) is dt.date and (deadline is None or type(deadline) is dt.date)):
            return None
        probability = self.probability
        if probability is not None and not (type(probability) is float and 0.0 <= probability <= 1.0
                                            and _normalised(probability) == probability
                                            and math.copysign(1.0, probability) > 0):  # -0.0 becomes 0.0
            return None
        tags = self.tags
        if type(tags) is not tuple:
            return None
        if len(tags) == 1:
            if not (_plain(tags[0], _TAG_LIMIT) and ";" not in tags[0]):
                return None
        elif tags and not (all(_plain(tag, _TAG_LIMIT) and ";" not in tag for tag in tags) and _sorted_distinct_folded(tags)):
            return None
        if made_on > today():
            return None  # refused by the general path, in its words
        if deadline is not None and deadline < made_on:
            return None
        if type(self) is not PredictionInput:
            return None
        return self

    def _checked_general(self) -> PredictionInput:
        claim = clean_text("claim", self.claim, required=True)
        author = clean_text("author", self.author, required=True)
        if self.made_on > today():
            raise UsageError(f"date {self.made_on.isoformat()} is in the future: a prediction is recorded after it is made")
        if self.deadline is not None and self.deadline < self.made_on:
            raise UsageError(
                f"deadline {self.deadline.isoformat()} is before the date the prediction was made ({self.made_on.isoformat()})"
            )
        # Built directly rather than with dataclasses.replace: imports check every row.
        return PredictionInput(
            claim, author, self.made_on, check_probability(self.probability), self.deadline,
            clean_text("outlet", self.outlet), clean_text("quote", self.quote), clean_url("url", self.url),
            clean_tags(self.tags), self.article_sha256, self.recorded_at,
        )

    def hashed_fields(self) -> dict[str, Any]:
        from tracker.storage.hashing import canonical_fields

        return canonical_fields(
            claim=self.claim,
            deadline=self.deadline,
            author=self.author,
            outlet=self.outlet,
            date=self.made_on,
            probability=self.probability,
            quote=self.quote,
            url=self.url,
        )


def check_outcome(value: str) -> str:
    outcome = value.strip().lower()
    if outcome not in OUTCOMES:
        raise UsageError(f"outcome {value!r} is not one of: {', '.join(OUTCOMES)}")
    return outcome


@dataclass(frozen=True)
class RetractionInput:
    """Why a resolution was withdrawn, and when (an imported history keeps its timestamp)."""

    reason: str
    recorded_at: dt.datetime | None = None

    def checked(self) -> RetractionInput:
        reason = clean_text("reason", self.reason, required=True)
        assert reason is not None
        return replace(self, reason=reason)


@dataclass(frozen=True)
class ResolutionInput:
    """What happened to a claim, with the date it was known and the evidence."""

    outcome: str
    resolved_on: dt.date
    evidence: str | None = None
    note: str | None = None
    recorded_at: dt.datetime | None = None
    retraction: RetractionInput | None = None
    # The tool whose export says so ("PredictionBook"); None for one typed or from tracker's own files.
    # Not part of what the resolution says (``identity``) nor of its content hash.
    origin: str | None = None

    def checked(self) -> ResolutionInput:
        if self.resolved_on > today():
            raise UsageError(f"resolution date {self.resolved_on.isoformat()} is in the future")
        if (self.outcome in OUTCOMES and self.note is None and type(self) is ResolutionInput
                and (self.evidence is None or _plain_url(self.evidence, LIMITS["evidence"]))):
            return self  # already what the cleaning below would give (the common imported shape)
        return ResolutionInput(
            check_outcome(self.outcome), self.resolved_on, clean_url("evidence", self.evidence),
            clean_text("note", self.note), self.recorded_at, self.retraction, self.origin,
        )

    def identity(self) -> tuple[str, str, str | None, str | None]:
        """What the resolution says: typing the same resolution again changes nothing."""
        return (self.outcome, self.resolved_on.isoformat(), self.evidence, self.note)


@dataclass(frozen=True)
class AmendmentRecord:
    """One past version of a prediction, as exported and re-imported."""

    amended_at: dt.datetime
    reason: str
    before: dict[str, Any]
    hash_before: str
    hash_after: str


@dataclass(frozen=True)
class ImportRecord:
    """One row of an import file, already checked: a prediction and its history."""

    line: int
    prediction: PredictionInput
    resolutions: tuple[ResolutionInput, ...] = ()
    amendments: tuple[AmendmentRecord, ...] = ()
    expected_hash: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # Another system's identity for the claim ("predictionbook:194301"): distinct questions
    # there stay distinct claims here, whatever their wording and deadline.
    claim_ref: str | None = None
    # Where the row is when a line number cannot say it ("prediction 3 (id 194301), response 2").
    where: str | None = None
    # The figure stands for its source on the question as of the export (PredictionBook's
    # mean_confidence, which moves with every wager), not a forecast made at a time: once the
    # source has a prediction on the claim made that day, a later export's other figure adds nothing.
    standing: bool = False
    # (claim key, wording key, content hash[, (dialect, recorded_at, row body)]) computed by the
    # reading process of a pipelined import (``interchange.pipeline``) for the prediction as
    # read, the last the driver's values (``storage.driver_rows``); None: computed when written.
    keys: tuple[Any, ...] | None = field(default=None, compare=False, repr=False)

    @property
    def position(self) -> str:
        return self.where or f"line {self.line}"
