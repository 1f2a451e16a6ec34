"""A learned header reader: which of a text's header lines is the title, the byline, the date
line or the outlet.

Rules written for one writer's header shapes misread the next writer's ("Kittering Bank |
Global Commodities Research" over the headline, "Board paper PA/27/04", "From: Press Office,
..."). Here a small linear model, trained on the train split's metadata labels and on header layouts
two independent writers wrote for it (``python -m tracker.training.header_roles --seed 13``),
scores each header line for each role from hand features of the line and its neighbours, and
from where the rules' own reading sits. The rules keep the parsing: what string inside a chosen
line is the name, the date or the outlet comes from ``metadata.py``, and the model chooses only
among the lines they can parse a value from. What the model may do (``DECISIONS``: move a title,
fill an empty field, replace or empty one the rules read) each has its threshold chosen on the
dev split, and one that dev does not justify never acts.

Numpy only, imported lazily; the weights are ``model/header_roles.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from tracker.extract.layout import Block, Kind

ROLES = ("title", "author", "published", "outlet")
MAX_LINES = 8  # header lines read: titles, bylines and datelines sit in the first few
MAX_LINE_WORDS = 25  # a longer line is prose: the header ends there
MODEL_DIR = Path(__file__).resolve().parent / "model"
WEIGHTS = MODEL_DIR / "header_roles.json"


@dataclass(frozen=True)
class RulesReading:
    """What the rules read, to locate in the header lines (the model learns when to trust it)."""

    title: str | None
    author: str | None
    published: Any
    outlet: str | None


def header_lines(blocks: list[Block]) -> list[Block]:
    """The lines before the body: at most MAX_LINES, up to the first line of prose."""
    lines: list[Block] = []
    for block in blocks:
        if block.kind is Kind.SEPARATOR or not block.text.strip():
            continue
        if block.kind is Kind.BODY and len(block.text.split()) > MAX_LINE_WORDS:
            break
        lines.append(block)
        if len(lines) >= MAX_LINES:
            break
    return lines


_SQUASH = re.compile(r"[^\w]+")


def squash(text: str | None) -> str:
    """Lower-case words only, for matching a value to the line that holds it."""
    return _SQUASH.sub(" ", (text or "").lower()).strip()


_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
_LABEL = re.compile(r"^(?P<label>[A-Za-z][\w'&. -]{0,28}?)\s*:\s*\S")
_AUTHOR_LABELS = frozenset(
    "by author authors analyst analysts economist economists strategist tipster host hosts speaker prepared written words "
    "editor correspondent reporter columnist from presenter compiled posted".split()
)
_DATE_LABELS = frozenset("date dated published posted updated issued released sent filed".split())
_OUTLET_LABELS = frozenset("source publication publisher outlet forum site board".split())
_HANDLING_LABELS = frozenset("rating target rns subject re to cc page ref reference classification status closing".split())
_ORG_WORDS = frozenset(
    "bank research institute council ltd plc inc llp co service services office authority association society club school "
    "group forum forums community gazette times herald courier record bulletin monthly weekly quarterly daily review journal "
    "news press tv radio podcast blog ministry department agency commission board trust company partners securities "
    "economics strategy capital university college fund cooperative co-operative union federation chamber network".split()
)
_DOC_WORDS = frozenset(
    "minutes transcript report note notes outlook update statement release bulletin letter newsletter paper series issue "
    "no vol volume edition episode consultation summary briefing memo memorandum speech remarks address agenda".split()
)
_NAME_WORD = re.compile(r"^[A-Z][a-z'\u2019-]+$")


def _line_features(text: str, block: Block) -> list[float]:
    """Features of one line on its own."""
    from tracker.extract import metadata as rules

    words = text.split()
    n = len(words)
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters) / len(letters) if letters else 0.0
    capitalised = sum(w[:1].isupper() for w in words) / n if n else 0.0
    lowered = [squash(w) for w in words]
    label = _LABEL.match(text)
    label_words = set(squash(label.group("label")).split()) if label else set()
    first = lowered[0] if lowered else ""
    name_words = sum(bool(_NAME_WORD.match(w.strip(",.;"))) for w in words)
    date = rules.parse_full_date(text) or rules.parse_numeric_date(text) or rules.parse_month_year(text)
    return [
        1.0,
        min(n, 30) / 10.0,
        float(n == 1), float(n == 2), float(n == 3), float(4 <= n <= 6), float(7 <= n <= 12), float(n > 12),
        upper, float(upper > 0.85 and len(letters) >= 3), capitalised, float(text[:1].islower()),
        sum(c.isdigit() for c in text) / max(1, len(text)),
        float(bool(_YEAR.search(text))), float(date is not None), float(rules.publication_date(text) is not None),
        float(rules.is_meta_line(text)),
        float(first == "by"), float(" by " in f" {text.lower()} " and first != "by"),
        float(bool(label)), float(bool(label_words & _AUTHOR_LABELS)), float(bool(label_words & _DATE_LABELS)),
        float(bool(label_words & _OUTLET_LABELS)), float(bool(label_words & _HANDLING_LABELS)),
        float(any(w in _ORG_WORDS for w in lowered)), float(bool(lowered) and lowered[-1] in _ORG_WORDS),
        float(any(w in _DOC_WORDS for w in lowered)), float(first in _DOC_WORDS),
        float("|" in text), float("\u00b7" in text), float(bool(re.search(r"\s[\u2014\u2013]\s|\s--\s|\s-\s", text))),
        float(" / " in text), float("," in text), float("(" in text), float(bool(re.search(r"[\"\u201c\u201d]", text))),
        float(text.rstrip().endswith(":")), float(text.rstrip().endswith(".")), float(text.rstrip().endswith("?")),
        float(text.rstrip().endswith(",")), float(":" in text.rstrip()[:-1]),
        float("@" in text or "http" in text or bool(re.search(r"\w\.(?:com|org|net|example)\b", text))),
        float(first == "the"), name_words / n if n else 0.0, float(name_words >= 2 and n <= 4),
        float(rules._organisation(text) is not None), float(rules._person_line(text) is not None),
        float(rules._institution(text)), float(rules.handling_line(text)), float(rules._is_section(text)),
        float(rules._is_masthead(text)), float(rules.find_author([block]) is not None),
        float(rules.find_outlet([block]) is not None), float(block.kind is Kind.BODY), float(block.marked_heading),
        float(block.list_item), float(bool(rules._STREET_ADDRESS.search(text))),
    ]


def _agreement(text: str, reading: RulesReading) -> list[float]:
    """Where the rules' reading sits: this line is their title, holds their name, date or outlet."""
    from tracker.extract import metadata as rules

    line = squash(text)
    title, author, outlet = squash(reading.title), squash(reading.author), squash(reading.outlet)
    first_author = squash((reading.author or "").split(",")[0])
    date = rules.parse_full_date(text) or rules.parse_numeric_date(text) or rules.parse_month_year(text)
    return [
        float(bool(title) and title == line), float(bool(title) and title != line and title in line),
        float(bool(title) and line in title and line != title),
        float(bool(first_author) and first_author in line), float(bool(author) and author == line),
        float(bool(outlet) and outlet in line), float(bool(outlet) and outlet == line),
        float(reading.published is not None and date is not None and date == reading.published),
        float(reading.title is None), float(reading.author is None), float(reading.published is None), float(reading.outlet is None),
    ]


_NEIGHBOUR = (2, 5, 6, 9, 14, 16, 17, 20, 24, 25, 26, 43, 44, 45)  # a few of a line's features, seen from the next and previous line
_NEIGHBOUR_AGREEMENT = (0, 3, 5)


_SPEECH_WORDS = re.compile(r"\b(?i:speech|remarks|address|lecture|sermon|toast|commencement|convocation|oration|talk)\b")
_LETTER_WORDS = re.compile(r"\b(?i:letter|dear|newsletter|memo|memorandum)\b")
_FORUM_WORDS = re.compile(r"\b(?i:thread|forum|forums|posted|post|reply|replies|subforum|board)\b|\u203a|#\d")


def _text_features(lines: list[Block]) -> list[float]:
    """What kind of header this is: a speech's, a letter's, a forum thread's."""
    joined = " ".join(b.text for b in lines)
    return [float(bool(_SPEECH_WORDS.search(joined))), float(bool(_LETTER_WORDS.search(joined))), float(bool(_FORUM_WORDS.search(joined)))]


@lru_cache(maxsize=1)
def _token_vectors() -> tuple[Any, Any]:
    """The detector's static token embeddings (mapped, not read) and its WordPiece tokenizer."""
    import numpy as np

    from tracker.extract.wordpiece import WordPiece

    folder = MODEL_DIR
    vocabulary = (folder / "vocab.txt").read_text(encoding="utf-8").split("\n")
    return np.load(folder / "embeddings.npy", mmap_mode="r"), WordPiece(vocabulary)


def line_embedding(text: str) -> list[float]:
    """The mean of a line's token vectors, at unit length (as the detector embeds a sentence)."""
    import numpy as np

    vectors, tokenizer = _token_vectors()
    ids = [i for i in tokenizer.encode(text) if i != tokenizer.unknown]
    if not ids:
        return [0.0] * vectors.shape[1]
    vector = np.asarray(vectors[ids], dtype=np.float64).mean(axis=0)
    norm = float(np.linalg.norm(vector))
    return (vector / norm if norm else vector).tolist()


def features(lines: list[Block], reading: RulesReading, rules_features: bool = True, embeddings: bool = False) -> list[list[float]]:
    """One row per header line: the line, its position, its neighbours, the header's kind and the
    rules' reading."""
    own = [_line_features(b.text.strip(), b) for b in lines]
    kind = _text_features(lines)
    agree = [[v * rules_features for v in _agreement(b.text.strip(), reading)] for b in lines]
    rows = []
    for i in range(len(lines)):
        position = [float(i == k) for k in range(MAX_LINES)] + [i / MAX_LINES, float(i == len(lines) - 1), len(lines) / MAX_LINES]
        row = own[i] + agree[i] + position + kind + [k * own[i][24] for k in kind]
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines):
                row += [1.0] + [own[j][k] for k in _NEIGHBOUR] + [agree[j][k] for k in _NEIGHBOUR_AGREEMENT]
            else:
                row += [0.0] * (1 + len(_NEIGHBOUR) + len(_NEIGHBOUR_AGREEMENT))
        if embeddings:
            row += line_embedding(lines[i].text.strip())
        rows.append(row)
    return rows


class HeaderModel:
    """Per-role logistic scores over the standardised features, and the dev-chosen thresholds."""

    def __init__(self, spec: dict[str, Any]) -> None:
        import numpy as np

        self.mean = np.asarray(spec["mean"], dtype=np.float64)
        self.scale = np.asarray(spec["scale"], dtype=np.float64)
        self.coef = np.asarray(spec["coef"], dtype=np.float64)  # roles x features
        self.bias = np.asarray(spec["bias"], dtype=np.float64)
        self.thresholds: dict[str, float] = dict(spec.get("thresholds", {}))
        self.rules_features = bool(spec.get("rules_features", True))
        self.embeddings = bool(spec.get("embeddings", False))
        self.choice = np.asarray(spec["title_choice"], dtype=np.float64) if spec.get("title_choice") else None

    def scores(self, rows: list[list[float]]) -> Any:
        """lines x roles probabilities."""
        import numpy as np

        x = (np.asarray(rows, dtype=np.float64) - self.mean) / self.scale
        p = 1.0 / (1.0 + np.exp(-(x @ self.coef.T + self.bias)))
        if self.choice is not None:
            logits = x @ self.choice
            weights = np.exp(logits - logits.max())
            p[:, 0] = weights / weights.sum()  # the title: which one of the text's lines, the lines compared with each other
        return p


@lru_cache(maxsize=1)
def shipped_model() -> HeaderModel | None:
    """The shipped weights, or None where the file is absent (the rules alone then read)."""
    if not WEIGHTS.exists():
        return None
    return HeaderModel(json.loads(WEIGHTS.read_text(encoding="utf-8")))


_LEAD_LABEL = re.compile(
    r"^(?i:(?:words|written|posted|compiled|reported|reviewed|text|photos?|presented|prepared)\s+by|by|from)\s*:?\s+"
    r"|^[A-Za-z][\w' -]{0,24}:\s+"  # "Analyst:", "Plan owner:", "Hosts:"
)
_NAME_TAIL = re.compile(r"\s+(?:for|of|at|in|on)\s+.*$|\s*[|\u00b7\u2022]\s.*$|\s+(?:\u2014|\u2013|--)\s.*$")


_INTRODUCES_A_QUOTE = re.compile(r"\b(?i:said|says|told|added|writes|wrote|explained|warned|argued)\b[^:]{0,20}:?\s*$|[a-z]:\s*$")


@lru_cache(maxsize=4096)  # pure in the line; the dev threshold search reads each line hundreds of times
def author_in_line(block: Block) -> str | None:
    """The name the rules read in a line the model takes for a byline, or None."""
    from tracker.extract import metadata as rules

    text = rules._EMAIL.sub("", block.text.strip())
    if _INTRODUCES_A_QUOTE.search(text) or rules.story_sentence(text):
        return None  # "Nadia Brook, chief economist at X, said:", "Mara Quist, an economist at X, has watched ...": the story's people
    rest = _NAME_TAIL.sub("", _LEAD_LABEL.sub("", text, count=1)).strip().rstrip(".,;")
    first_part = rest.split(",")[0].strip()
    name = rules.find_author([block]) or rules._person_line(rest) or rules._person_line(text)
    if name is None and rest != text and rules._words(rest) <= 8:
        name = rules._names(rest)
    if name is None and first_part != rest and rules._BARE_PERSON.match(first_part) and rules._plain_name(first_part):
        name = first_part  # "Mateo Lindgren, FX Strategist, Cairnbrook Bank": the name before the post
    if not name:
        return None
    name = rules.clean_name(rules._NAME_POST.match(name).group("name") if rules._NAME_POST.match(name) else name)
    if rules._NOT_AN_AUTHOR.search(name) or rules._institution(name) or not any(c.islower() for c in name):
        return None  # a heading, a document's name, a firm, or initials: not a writer the model may add
    if rules._SALUTATION.match(text) or rules._organisation(name):
        return None
    words = [squash(w) for w in name.split()]
    if any(w in _DOC_WORDS for w in words) or (len(words) == 1 and name[:1].isupper() and name[1:].islower()):
        return None  # "Transcript", "Live", "Inaugural Address": a word of the page, not a writer the model may add
    return name


_SENDER = re.compile(r"^(?i:from|source|publisher|published\s+by|issued\s+by|reprinted\s+from|posted\s+by(?:\s+the)?)\s*:?\s+")
_QUOTED_NAME = re.compile(r"[\"\u201c](?P<name>(?:The\s+)?[A-Z][^\"\u201d]{2,60}?)[,.]?[\"\u201d]")
_PAPER_AT_END = re.compile(r"(?:^|\s)(?P<name>The\s+[A-Z][\w'\u2019&-]*(?:\s+[A-Z][\w'\u2019&-]*){1,4})$")


def _org_like(part: str) -> bool:
    from tracker.extract import metadata as rules

    part = part.strip()
    if len(part.split()) < 2:
        return False  # "Research", "Economics": a unit's word, not a name
    return rules._institution(part) or rules._organisation(part) is not None or (
        part[:1].isupper() and len(part.split()) <= 6 and bool(rules._INSTITUTION_END.search(part))  # "Skerry Line plc"
    )


_BAR_PARTS = re.compile(r"\s+(?:[|\u00b7\u2022/]|\u2014|\u2013|--)\s+")
_FOR_PUBLICATION = re.compile(r"\s(?:for|in)\s+(?P<name>(?:The\s+)?[A-Z][\w'\u2019&-]*(?:\s+[A-Z][\w'\u2019&-]*){0,4})\.?$")


@lru_cache(maxsize=4096)  # pure in the line; the dev threshold search reads each line hundreds of times
def outlet_in_line(block: Block) -> str | None:
    """The organisation or publication the rules read in a line the model takes for the outlet:
    a sender, a quoted paper, the firm among a line's parts (the first part beside a unit or a
    section, the last after a comma), a paper named at the end of a byline."""
    from tracker.extract import metadata as rules

    raw = rules._EMAIL.sub("", block.text.strip())
    text = _PARENTHESIS_TAIL.sub("", _SENDER.sub("", raw)).strip()
    if (quoted := _QUOTED_NAME.search(text)) is not None and _SENDER.match(raw):
        return quoted.group("name").strip()  # 'Reprinted from "The X Review," Vol. ...'
    parts = [_PARENTHESIS_TAIL.sub("", p).strip().rstrip(".,;:") for p in _BAR_PARTS.split(text) if p.strip()]
    if len(parts) > 1:
        for part in parts:
            if _org_like(part):
                return rules.outlet_name(part)
    commas = [_PARENTHESIS_TAIL.sub("", p).strip().rstrip(".,;:") for p in text.split(",") if p.strip()]
    if len(commas) > 1:
        for part in reversed(commas):
            if _org_like(part):
                return rules.outlet_name(part)  # "Tropical Desk, Sarn Islands Meteorological Centre": the body the unit is in
    if (found := rules._masthead_outlet(text)) is not None:
        return rules.outlet_name(found)
    if (found := rules.find_outlet([Block(text, block.kind, block.index)])) is not None:
        return rules.outlet_name(found)
    if _org_like(text):
        return rules.outlet_name(rules._organisation(text) or text)
    if (paper := _PAPER_AT_END.search(text) or _FOR_PUBLICATION.search(text)) is not None and paper.start() > 0:
        return paper.group("name")  # "By X, farm markets editor The Y Farmer", "Words by X for Y Monthly"
    if len(parts) == 1 and len(text.split()) <= 5 and not rules.is_meta_line(text) and not _YEAR.search(text):
        if all(w[:1].isupper() or w.lower() in _CONNECTORS for w in text.split()):
            return rules.outlet_name(text.title() if text.isupper() else text)
    return None


_PARENTHESIS_TAIL = re.compile(r"\s*\([^)]*\)$")
_CONNECTORS = frozenset("of and for the on in at & de la le".split())


@lru_cache(maxsize=4096)  # pure in the line; the dev threshold search reads each line hundreds of times
def date_in_line(block: Block) -> Any:
    """The date the rules read in a line the model takes for the date line."""
    from tracker.extract import metadata as rules

    text = block.text.strip()
    return rules.publication_date(text) or rules._labelled_numeric_date([block])


def title_of_line(block: Block) -> str | None:
    """A line taken for the title, as the rules tidy a title."""
    from tracker.extract import metadata as rules

    text = rules._plain(block.text.strip())
    field = rules._THREAD_FIELD.match(text) or rules._MEMO_FIELD.match(text)
    text = field.group("title") if field else text  # "Subject: <title>", "Thread: <title>": the field's value, as the rules read it
    text = rules._TITLE_LABEL.sub("", text)
    return rules._without_full_stop(text) or None


def _never_a_title(text: str) -> bool:
    """Lines the rules set aside as a title whatever the model says: a handling line ("FOR
    IMMEDIATE RELEASE"), a date or byline line, a line describing the medium ("A fortnightly
    letter on ...", "Shelf Notes \u2014 a fortnightly newsletter about libraries")."""
    from tracker.extract import metadata as rules

    return rules.handling_line(text) or bool(rules._RELEASE_LINE.match(text)) or rules.is_meta_line(text) \
        or bool(rules._DESCRIBING_MEDIUM.match(text)) or bool(rules._DESCRIBED_PUBLICATION.match(text))


def _refused_outlet(name: str) -> bool:
    """Names the rules never take for an outlet, whatever the model says: a legislature (over a
    speech), a note's series ("CREDIT WEEKLY"), a board's or a forum's section ("Lock Gates
    Talk"), a section of a paper, a column."""
    from tracker.extract import metadata as rules

    name = name.strip()
    return bool(rules._LEGISLATURE.search(name) or rules._SUBJECT_SERIES.match(name) or rules._BOARD_SECTION.match(name)
                or rules._FORUM_SECTION.match(name) or rules._COLUMN_WORD.search(name)) or rules._is_section(name)


@dataclass
class Revision:
    title: str | None
    author: str | None
    published: Any
    outlet: str | None


def revise(blocks: list[Block], reading: RulesReading, model: HeaderModel | None = None,
           thresholds: dict[str, float] | None = None) -> Revision:
    """The rules' reading, with the lines the model is confident of: a title on another line, and
    a name, a date or an outlet where the rules read none. A text without header lines keeps
    the rules' reading (null fields stay null)."""
    model = model or shipped_model()
    lines = header_lines(blocks)
    if model is None or not lines:
        return Revision(reading.title, reading.author, reading.published, reading.outlet)
    limits = dict(model.thresholds)
    limits.update(thresholds or {})
    return decide(blocks, lines, model.scores(features(lines, reading, model.rules_features, model.embeddings)), reading, limits)


# What each threshold lets the model do (a threshold of 2.0 never acts; dev chooses each):
# "<role>": fill a field the rules left empty (the title: move it to another header line);
# "<role>_override": replace the rules' value by its best line's where it scores at least this and
# the line holding the rules' value at most one minus it ("Updated 5 March" under "Published 3 March");
# "<role>_drop": leave a field empty where the line holding the rules' value scores below this
# (a navigation line read as the outlet). A drop threshold of 0.0 never acts.
DECISIONS = ("title", "title_fill", "author", "author_override", "author_drop", "published", "published_override",
             "outlet", "outlet_override", "outlet_drop")


def _limit(limits: dict[str, float], key: str) -> float:
    """A decision's threshold; one the limits do not name never acts."""
    return limits.get(key, 0.0 if key.endswith("_drop") else 2.0)


def decide(blocks: list[Block], lines: list[Block], p: Any, reading: RulesReading, limits: dict[str, float]) -> Revision:
    """Each role's most likely line, taken where its score reaches the role's threshold. For the
    author, the date and the outlet the model chooses among the lines the rules can parse a value
    from: a line it likes but that holds no name, date or publication says nothing."""
    from tracker.extract import metadata as rules

    out = Revision(reading.title, reading.author, reading.published, reading.outlet)
    best = int(p[:, 0].argmax())
    line, score = lines[best], float(p[best, 0])
    title = title_of_line(line)
    if title and not _never_a_title(line.text.strip()) and not (reading.outlet and squash(reading.outlet) in squash(line.text)):
        own_line = reading.title is not None and any(squash(reading.title) in squash(b.text) for b in lines)
        if own_line and score >= _limit(limits, "title") and squash(reading.title) not in squash(title) \
                and squash(title) not in squash(reading.title):
            out.title = title  # the rules took (part of) another header line; a title they joined is theirs
        elif reading.title is None and score >= _limit(limits, "title_fill"):
            out.title = title  # the rules found no title; the model's line is one
    out.author = _field(lines, p[:, 1], reading.author, author_in_line, limits, "author",
                        lambda i, _: not (out.title and squash(out.title) in squash(lines[i].text)))
    out.outlet = _field(lines, p[:, 3], reading.outlet, outlet_in_line, limits, "outlet",
                        lambda _, name: squash(name) not in (squash(out.title), squash(out.author)) and not _refused_outlet(name))
    listed = rules.dated_list_lines(blocks)
    own = {id(b) for b in rules.own_part(blocks)}
    out.published = _field(lines, p[:, 2], reading.published, date_in_line, limits, "published",
                           lambda i, date: not rules.event_day(blocks, date) and not _not_a_date_line(lines, i, listed)
                           and id(lines[i]) in own and not _below_the_header(lines, i) and not rules.quotes_another_text(lines[i].text))
    return out


def _below_the_header(lines: list[Block], position: int) -> bool:
    """A line the rules would not read a date from, as they read it: the first paragraph of prose
    (``metadata.prose_sentence``) or a line more than one under it, unless it opens with a stamp
    ("Published: 3 May 2031" at the foot). "Sources: ..., published 3 March 2027", a footnote or
    a quoted page's "(updated ...)" are about another text."""
    from tracker.extract import metadata as rules

    prose = next((i for i, b in enumerate(lines) if rules.prose_sentence(b)), len(lines))
    if position < prose or position == prose + 1:
        return False
    return not rules.opens_with_stamp(lines[position].text)


def _not_a_date_line(lines: list[Block], position: int, listed: set[int]) -> bool:
    """Lines whose date is never the text's, whatever the model says (the rules' own cautions): a
    quoted earlier post, a row of a list of dated events, a pull quote with its day, a day a
    sentence is about ("... will be held on 12 June"), the answer under a question."""
    from tracker.extract import metadata as rules

    block = lines[position]
    text = block.text.strip()
    above = lines[position - 1].text.strip() if position else ""
    day = rules._FULL_DATE.search(text)
    return _quoted_post(block) or block.index in listed or bool(rules._PULL_QUOTE.match(text)) or rules._event_dated(text) \
        or above.endswith("?") or (day is not None and _TO_COME.search(text[: day.start()]) is not None)


_TO_COME = re.compile(r"\b(?i:will|shall|is\s+to\s+be|are\s+to\s+be|is\s+due|are\s+due)\b")  # "... will be held on Saturday 12 June"


def _field(lines: list[Block], scores: Any, ruled: Any, parse: Any, limits: dict[str, float], role: str, allowed: Any) -> Any:
    """One field: the rules' value, filled, replaced or left empty as the role's thresholds allow."""
    found = _best_value(lines, scores, parse, allowed)
    if ruled is None:
        return found[1] if found is not None and found[0] >= _limit(limits, role) else None
    if role == "published":
        holding = [float(scores[i]) for i, b in enumerate(lines) if parse(b) == ruled]
    else:
        holding = [float(scores[i]) for i, b in enumerate(lines) if squash(ruled) and squash(ruled) in squash(b.text)]
    if not holding:
        return ruled  # the rules read it outside the header (a signature, the prose): theirs
    own = max(holding)
    override = _limit(limits, f"{role}_override")
    if found is not None and found[0] >= override and own <= 1.0 - override and squash(str(found[1])) != squash(str(ruled)):
        return found[1]
    if own < _limit(limits, f"{role}_drop"):
        return None
    return ruled


def _best_value(lines: list[Block], scores: Any, parse: Any, allowed: Any) -> tuple[float, Any] | None:
    """The highest-scoring line the rules can parse a value from (and that ``allowed`` accepts),
    with its score and value; the earlier line on a tie."""
    best: tuple[float, Any] | None = None
    for i, block in enumerate(lines):
        score = float(scores[i])
        if best is not None and score <= best[0]:
            continue
        value = parse(block)
        if value is not None and value != "" and allowed(i, value):
            best = (score, value)
    return best


# "Original post by tin_roof, 09 Oct 2026:", "On 3 May 2026, Ada wrote:": an earlier post quoted in a reply, not the text's date.
_QUOTED_POST_LINE = re.compile(r"^(?i:(?:in\s+reply\s+to\s+)?(?:original(?:ly)?\s+post(?:ed)?|quote|quoting)\b)|\b(?i:wrote|posted):\s*$")


def _quoted_post(block: Block) -> bool:
    return bool(_QUOTED_POST_LINE.search(block.text.strip()))
