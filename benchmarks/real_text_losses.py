"""Which clear forecasts the rules find and rules + detector drop, and why (issue 13).

Run: python benchmarks/real_text_losses.py [--splits train,dev] [--min-confidence 0.4] [--list]

For every labelled text of the splits (train and dev only: the test split is scored by
``bench_extract.py`` to report, never read here), the rules alone and the combined extractor
are run. A clear forecast that some rule candidate overlaps and no combined candidate at
``--min-confidence`` overlaps is *lost*; it is put down to the first reason that holds, in
this order:

- ``removed``: no combined candidate overlaps it even at confidence 0 (another reader took the
  unit: a list, a table, the weather structure, a split into clauses);
- ``capped``: the candidate's confidence is below what ``candidate_confidence`` gave it (an
  instruction, a schedule, a plan or a graded forecast held at its record);
- ``unit score``: its unit's confidence is below 0.5 and the same candidate with the unit at
  0.5 would have passed;
- ``text prior``: the text's prior at the typical 0.35 instead of its own would have passed;
- ``cue record``: its cue's train record below the rules' overall share, and the overall share
  would have passed;
- ``all witnesses``: none of these alone.

The other way round, a rule false positive (a rule candidate overlapping no forecast label)
that the combined output leaves out is *removed rightly*. Counts are printed per split, real
texts other than weather products (``real``), weather products and texts written here
(``written``), with ``--list`` each lost forecast's sentence, witnesses and reason.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from extraction_eval import Counts, candidate_spans, score_text  # noqa: E402
from tracker.extract import extract  # noqa: E402
from tracker.extract.combine import DEFAULT_MIN_CONFIDENCE  # noqa: E402
from tracker.extract.detector import TYPICAL_TEXT_PRIOR, load, neighbour_confidence, rule_hits, text_prior  # noqa: E402
from tracker.extract.layout import split_blocks  # noqa: E402
from tracker.extract.units import units  # noqa: E402
from tracker.training.data import labelled_texts  # noqa: E402

WEATHER = "weather_forecast_discussions"
REASONS = ("removed", "capped", "unit score", "text prior", "cue record", "all witnesses")


def kind_of(name: str, genre: str) -> str:
    if not name.startswith("texts/"):
        return "written"
    return "weather" if genre == WEATHER else "real"


def _overlaps(span: tuple[int, int], label: dict) -> bool:
    return span[0] >= 0 and span[0] < label["end"] and label["start"] < span[1]


def text_losses(text: str, labels: dict, min_confidence: float) -> tuple[list[dict], int, int, int]:
    """(lost clear forecasts with their witnesses and reason, clear forecasts the rules find,
    rule false positives, rule false positives the combined output leaves out)."""
    detector = load()
    rules = extract(text, detector=False).forecasts
    combined = extract(text, min_confidence=0.0).forecasts
    rule_spans = candidate_spans(text, rules)
    combined_spans = candidate_spans(text, combined)
    pieces = units(text, split_blocks(text))
    hits, owners = rule_hits(pieces, rules)
    scores = detector.confidences(pieces, hits)
    prior = text_prior(scores)
    forecasts = labels.get("forecasts", [])
    clear = [label for label in forecasts if label.get("clear")]
    lost: list[dict] = []
    found_by_rules = 0
    for label in clear:
        mine = [(c, owner) for c, span, owner in zip(rules, rule_spans, owners) if _overlaps(span, label)]
        if not mine:
            continue
        found_by_rules += 1
        theirs = [c for c, span in zip(combined, combined_spans) if _overlaps(span, label)]
        if any((c.confidence or 0.0) >= min_confidence for c in theirs):
            continue
        candidate, owner = max(mine, key=lambda pair: pair[1])
        row = {"quote": text[label["start"]:label["end"]], "cue": candidate.cue, "prior": prior}
        if owner < 0:
            row.update(unit=None, near=None, given=None, reason="removed")
            lost.append(row)
            continue
        near = neighbour_confidence(pieces, scores, owner)
        words = len(pieces[owner].text.split())
        given = detector.candidate_confidence(scores[owner], candidate.cue, prior, near, words)
        shown = max((c.confidence or 0.0) for c in theirs) if theirs else None
        row.update(unit=scores[owner], near=near, given=given, shown=shown, cue_record=detector.precision_of(candidate.cue))
        if not theirs:
            reason = "removed"
        elif shown is not None and shown < given - 1e-3:
            reason = "capped"
        elif scores[owner] < 0.5 and detector.candidate_confidence(0.5, candidate.cue, prior, near, words) >= min_confidence:
            reason = "unit score"
        elif detector.candidate_confidence(scores[owner], candidate.cue, TYPICAL_TEXT_PRIOR, near, words) >= min_confidence:
            reason = "text prior"
        elif (detector.precision_of(candidate.cue) < detector.other_cue_precision
              and detector.candidate_confidence(scores[owner], "\0", prior, near, words) >= min_confidence):
            reason = "cue record"
        else:
            reason = "all witnesses"
        row["reason"] = reason
        lost.append(row)
    false_rules = [span for span in rule_spans if not any(_overlaps(span, label) for label in forecasts)]
    kept = [span for c, span in zip(combined, combined_spans) if (c.confidence or 0.0) >= min_confidence]
    removed_rightly = sum(1 for span in false_rules if not any(_overlaps(span, {"start": a, "end": b}) for a, b in kept))
    return lost, found_by_rules, len(false_rules), removed_rightly


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--splits", default="train,dev")
    parser.add_argument("--min-confidence", type=float, default=DEFAULT_MIN_CONFIDENCE)
    parser.add_argument("--list", action="store_true", help="print every lost forecast")
    args = parser.parse_args(argv)
    for split in args.splits.split(","):
        if split == "test":
            parser.error("the test split is scored only to report (bench_extract.py), never read here")
        reasons: dict[str, Counter] = defaultdict(Counter)
        totals: dict[str, Counter] = defaultdict(Counter)
        scores: dict[tuple[str, str], Counts] = defaultdict(Counts)
        for item in labelled_texts(split):
            kind = kind_of(item.name, item.genre)
            scores[kind, "rules"].add(score_text(item, extract(item.text, detector=False)))
            scores[kind, "combined"].add(score_text(item, extract(item.text, min_confidence=args.min_confidence)))
            lost, found, false, rightly = text_losses(item.text, item.labels, args.min_confidence)
            totals[kind].update(clear=sum(1 for f in item.labels.get("forecasts", []) if f.get("clear")),
                                rules_found=found, lost=len(lost), rule_false=false, removed_rightly=rightly)
            for row in lost:
                reasons[kind][row["reason"]] += 1
                if args.list:
                    unit = "-" if row["unit"] is None else f"{row['unit']:.2f}"
                    near = "-" if row["near"] is None else f"{row['near']:.2f}"
                    given = "-" if row["given"] is None else f"{row['given']:.2f}"
                    print(f"lost {split} {kind:7s} {item.genre:30s} {row['reason']:13s} unit {unit} prior {row['prior']:.2f} "
                          f"near {near} cue [{row['cue']}] {row.get('cue_record', 0):.2f} -> {given}: {' '.join(row['quote'].split())[:120]}")
        for kind in ("real", "weather", "written"):
            rules, combined = scores[kind, "rules"], scores[kind, "combined"]
            print(f"{split:5s} {kind:7s} texts {rules.texts:4d} clear {rules.clear:5d}: found {rules.found} -> {combined.found} "
                  f"(recall {rules.recall:.3f} -> {combined.recall:.3f}), candidates right {rules.right} of "
                  f"{rules.candidates - rules.ignored} -> {combined.right} of {combined.candidates - combined.ignored} "
                  f"(precision {rules.precision:.3f} -> {combined.precision:.3f}), rules -> rules + detector")
        for kind in ("real", "weather", "written"):
            t = totals[kind]
            by_reason = ", ".join(f"{reason} {reasons[kind][reason]}" for reason in REASONS)
            print(f"{split:5s} {kind:7s} clear {t['clear']:5d} rules find {t['rules_found']:5d} lost by rules+detector {t['lost']:4d} "
                  f"({by_reason}); rule false positives {t['rule_false']:4d}, removed rightly {t['removed_rightly']:4d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
