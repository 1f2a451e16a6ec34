"""Sort every clear forecast found with the wrong speaker (own against somebody's) on train or dev.

Run: python benchmarks/attribution_errors.py [--split train] [--split dev] [--genre G] [--show]

Scored as tests/extraction_eval.py scores attribution (rules + detector, the default
--min-confidence): a found clear forecast is right when one overlapping candidate agrees
with its label on own (speaker null) against somebody's. Each wrong one is put in the first
class below whose pattern it shows, read from the label, its candidates and the 500
characters before it; then the split's figures as tests/extraction_eval.py prints them and
attribution per genre. The sort is coarse, to show where the
errors lie, not a second scoring. The test split is never read here: it is scored only to
report.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import extraction_eval  # noqa: E402
from tracker.extract import extract  # noqa: E402

SPLITS = ("train", "dev")
CONTEXT = 500

# Another's forecast read as the author's
MISSED_CLASSES = (
    ("the labels credit the text's own author by name", "author"),
    ("a forum post's own poster, named in its header", "poster"),
    ("a list item under a lead-in that names whose the list is", "list"),
    ("a quotation continued from an earlier sentence", "quotation"),
    ("an organisation, committee or staff (named in the sentence)", "body here"),
    ("a person or source named in the same sentence", "named here"),
    ("an organisation, committee or staff (named earlier)", "body earlier"),
    ("a person or source named in an earlier sentence or paragraph", "named earlier"),
    ("a source named nowhere near (a schedule, a price, a market)", "unnamed"),
)
# The author's own read as another's
TAKEN_CLASSES = (
    ("a heading or a line's label taken as the speaker", "heading"),
    ("a body in its own text or the writer's own people", "own body"),
    ("a name in the sentence that is not the speaker", "name here"),
    ("a speaker carried from an earlier sentence", "carried"),
    ("other", "other"),
)
_BODY = re.compile(
    r"\b(?:committee|board|council|staff|bank|ministry|agency|office|bureau|service|government|federation|union|"
    r"company|group|authority|commission|institute|team|department|management|league|trust|fund|consensus|survey|"
    r"market|markets|bookmakers?|models?|forecasters|officials|analysts|economists|members|participants|operator|"
    r"organisers|organizers|centre|center)\b",
    re.IGNORECASE,
)
_OWN_BODY = re.compile(
    r"^(?:the\s+|our\s+)?(?:committee|board|group|company|agency|council|officers|members|policymakers|"
    r"treasury|forecasters|directors?|management)\b|^our\s",
    re.IGNORECASE,
)
_POST_HEADER = re.compile(r"(?:^|\n)[^\n]{0,40}(?:#\d+|\bu/|\bposted\b|\bwrote\b|\breply\b|\d{1,2}:\d\d)[^\n]{0,80}\n", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*(?:[-*\u2022]|\d{1,2}[.)])\s")
_STOP = frozenset("the a an of and in at on for to our my their its his her de van von la le".split())


@dataclass
class Wrong:
    genre: str
    name: str
    wanted: str | None
    got: list[str | None]
    text: str
    before: str


def _words(speaker: str) -> list[str]:
    """The words of a speaker string that would name it in the text (no articles, no short words)."""
    return [w for w in re.findall(r"[\w'\u2019-]+", speaker) if len(w) > 2 and w.lower() not in _STOP]


def _named_in(speaker: str, text: str) -> bool:
    words = _words(speaker)
    lowered = text.lower()
    return any(re.search(rf"\b{re.escape(word.lower())}\b", lowered) for word in words)


def _quotation_open(before: str) -> bool:
    paragraph = before[before.rfind("\n\n") + 1:] if "\n\n" in before else before
    return paragraph.count('"') % 2 == 1 or paragraph.count("\u201c") > paragraph.count("\u201d")


def classify(wrong: Wrong, author: str | None) -> str:
    """The first class whose pattern the wrong reading shows (see MISSED_CLASSES and TAKEN_CLASSES)."""
    if wrong.wanted is not None:
        speaker = wrong.wanted
        last_paragraph = wrong.before[wrong.before.rfind("\n\n"):]
        if author and speaker.lower() == author.lower():
            return "author"
        if _POST_HEADER.search(wrong.before) and _named_in(speaker, "\n".join(m.group(0) for m in _POST_HEADER.finditer(wrong.before))):
            return "poster"
        if _LIST_ITEM.match(wrong.text) or re.search(r":\s*\n\s*(?:[-*\u2022]|\d{1,2}[.)])?[^\n]*\n?$", last_paragraph[-300:]):
            return "list"
        if _quotation_open(wrong.before) or wrong.text.lstrip()[:1] in '"\u201c':
            return "quotation"
        if _named_in(speaker, wrong.text):
            return "body here" if _BODY.search(speaker) else "named here"
        if _named_in(speaker, wrong.before):
            return "body earlier" if _BODY.search(speaker) else "named earlier"
        return "unnamed"
    got = next((g for g in wrong.got if g), "")
    line_start = wrong.before[wrong.before.rfind("\n") + 1:]
    if re.search(rf"(?:^|\n)\s*{re.escape(got)}\s*(?::|\n|$)", wrong.before + "\n" + wrong.text) or (
        got and line_start.strip() == "" and wrong.text.lstrip().startswith(got) and wrong.text.lstrip()[len(got):].lstrip()[:1] == ":"
    ):
        return "heading"
    if _OWN_BODY.search(got):
        return "own body"
    if got and got.lower() in wrong.text.lower():
        return "name here"
    if got and got.lower() in wrong.before.lower():
        return "carried"
    return "other"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", action="append", choices=SPLITS, help="train and/or dev (default both)")
    parser.add_argument("--genre", help="only this genre")
    parser.add_argument("--show", action="store_true", help="print every wrong reading with its class")
    args = parser.parse_args()
    if not extraction_eval.corpus_available():
        print(f"skipped: no shared corpus at {extraction_eval.shared_corpus()}")
        return 0
    for split in args.split or SPLITS:
        classes: Counter[str] = Counter()
        found: Counter[str] = Counter()
        right: Counter[str] = Counter()
        scored = extraction_eval.Counts()
        for item in extraction_eval.labelled_texts(split):
            if args.genre and item.genre != args.genre:
                continue
            extraction = extract(item.text, min_confidence=extraction_eval.DEFAULT_MIN_CONFIDENCE)
            scored.add(extraction_eval.score_text(item, extraction))
            spans = extraction_eval.candidate_spans(item.text, extraction.forecasts)
            author = (item.labels.get("meta") or {}).get("author")
            for label in item.labels.get("forecasts", []):
                if not label.get("clear"):
                    continue
                near = [c for c, (start, end) in zip(extraction.forecasts, spans)
                        if start >= 0 and start < label["end"] and label["start"] < end]
                if not near:
                    continue
                found[item.genre] += 1
                wanted = label.get("speaker")
                if any((c.speaker is None) == (wanted is None) for c in near):
                    right[item.genre] += 1
                    continue
                wrong = Wrong(item.genre, item.name, wanted, [c.speaker for c in near],
                              item.text[label["start"]:label["end"]], item.text[max(0, label["start"] - CONTEXT):label["start"]])
                kind = classify(wrong, author)
                classes[kind] += 1
                if args.show:
                    print(f"{split} [{kind}] {item.name}: wanted {wanted!r} got {wrong.got!r}: {' '.join(wrong.text.split())[:160]}")
        total_found, total_right = sum(found.values()), sum(right.values())
        print(f"{split}: attribution {total_right}/{total_found} = {total_right / max(1, total_found):.3f}, "
              f"wrong {total_found - total_right}")
        print(f"{split}: {scored.summary()}")
        for title, rows in (("another's read as the author's", MISSED_CLASSES), ("the author's read as another's", TAKEN_CLASSES)):
            print(f"{split}   {title}: {sum(classes[key] for _, key in rows)}")
            for description, key in rows:
                print(f"{split}     {classes[key]:4d}  {description}")
        for genre in sorted(found):
            print(f"{split}   genre {genre:32s} attribution {right[genre] / found[genre]:.3f} "
                  f"({right[genre]}/{found[genre]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
