"""Settle two annotators' labels of the same texts into one label file per text, in writing.

    python3 tests/corpus/adjudicate.py agreement A1 A2
    python3 tests/corpus/adjudicate.py disputes A1 A2 OUT_DIR
    python3 tests/corpus/adjudicate.py settle [--labels DIR] [--texts-root DIR] DECISIONS.json [...]

``disputes`` pairs the two annotators' items by overlapping spans and writes, per text, a
decisions draft listing every disagreement (an item only one of them labelled, a forecast
the other called a non-forecast, or a different probability, speaker, deadline or
clearness) with both versions and the passage. An adjudicator who has never seen the
extractor's output fills in each ``decision`` and a ``why``:

- ``"a"`` or ``"b"``: that annotator's item, as it is;
- ``"none"``: no label here, whichever of them labelled it;
- ``"neither"`` with a ``fix``: an item, but with other values. The fix names the version it
  starts from and the fields to change, e.g. ``{"base": "a", "probability": 0.7, "speaker":
  "the IMF"}``; it may change ``start``/``end`` (or give ``match``, with ``occurrence`` if
  needed), ``claim``, ``probability``, ``speaker``, ``deadline``, ``clear``, ``reason``, and
  ``kind`` ("forecast"/"not_forecast") to turn one into the other. ``settle`` checks it like an
  annotator's label and notes it on the item as the adjudicator's correction. A ``"neither"``
  with no fix writes no item (drafts settled before fixes existed).

``settle`` then writes ``tests/corpus/labels/...`` (or ``--labels DIR``) with the agreed items,
the decided ones, and the written record of every decision; a file with any error is refused
whole and nothing is written for it. An item that opens with a run-in label settled as its own
``other`` ("Answer:", "My call:", "X said:") is trimmed to start after it, with a note; any
other overlap between settled items is printed, never silently kept. Passages stay in the
draft, never in the project.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

from label_tool import ANNOTATIONS, HERE, REASONS, check_forecast, find_all, text_path

LABELS = HERE / "labels"
PROBABILITY_TOLERANCE = 0.051
META_FIELDS = ("title", "author", "published", "outlet")
DECISIONS = ("a", "b", "none", "neither")
FORECAST_FIELDS = ("claim", "probability", "speaker", "deadline", "clear")
REASON_FIELDS = ("reason",)
FIX_FIELDS = ("start", "end", "match", "occurrence", "kind") + FORECAST_FIELDS + REASON_FIELDS
DRAFT_KEYS = ("text", "annotators", "meta_a", "agreed", "disputes", "meta_disputes")


def load(annotator: str) -> dict[str, dict]:
    found = {}
    for path in sorted((ANNOTATIONS / annotator).glob("*/*/*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        if label.get("complete"):
            found[label["text"]] = label
    return found


def items(label: dict) -> list[dict]:
    """Forecasts and non-forecasts in one list, each tagged with its kind."""
    out = [dict(item, kind="forecast") for item in label["forecasts"]]
    out += [dict(item, kind="not_forecast") for item in label["not_forecasts"]]
    return sorted(out, key=lambda i: (i["start"], i["end"]))


def overlap(a: dict, b: dict) -> float:
    inter = min(a["end"], b["end"]) - max(a["start"], b["start"])
    if inter <= 0:
        return 0.0
    return inter / min(a["end"] - a["start"], b["end"] - b["start"])


def pair(a_items: list[dict], b_items: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Greedy pairing by overlap (an item pairs with at most one of the other's)."""
    candidates = sorted(
        ((overlap(a, b), i, j) for i, a in enumerate(a_items) for j, b in enumerate(b_items)),
        reverse=True,
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for score, i, j in candidates:
        if score < 0.5:
            break
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((a_items[i], b_items[j]))
    only_a = [a for i, a in enumerate(a_items) if i not in used_a]
    only_b = [b for j, b in enumerate(b_items) if j not in used_b]
    return pairs, only_a, only_b


def differences(a: dict, b: dict) -> list[str]:
    if a["kind"] != b["kind"]:
        return ["kind"]
    if a["kind"] == "not_forecast":
        return []  # the reason is descriptive; a different reason is not a dispute
    found = []
    if abs(a["probability"] - b["probability"]) > PROBABILITY_TOLERANCE:
        found.append("probability")
    if (a.get("speaker") or "").casefold() != (b.get("speaker") or "").casefold():
        found.append("speaker")
    if a.get("deadline") != b.get("deadline"):
        found.append("deadline")
    if a.get("clear") != b.get("clear"):
        found.append("clear")
    return found


def compare(a_label: dict, b_label: dict) -> dict:
    pairs, only_a, only_b = pair(items(a_label), items(b_label))
    agreed, disputes = [], []
    for a, b in pairs:
        diff = differences(a, b)
        (disputes if diff else agreed).append({"a": a, "b": b, "fields": diff})
    disputes += [{"a": a, "b": None, "fields": ["only a"]} for a in only_a]
    disputes += [{"a": None, "b": b, "fields": ["only b"]} for b in only_b]
    meta = {}
    for key in META_FIELDS:
        va, vb = a_label["meta"].get(key), b_label["meta"].get(key)
        if va != vb:
            meta[key] = {"a": va, "b": vb}
    return {"agreed": agreed, "disputes": sorted(disputes, key=_start), "meta_disputes": meta}


def _start(d: dict) -> int:
    return (d["a"] or d["b"])["start"]


def agreement(a_name: str, b_name: str) -> None:
    a_all, b_all = load(a_name), load(b_name)
    shared = sorted(set(a_all) & set(b_all))
    both = only_one = kind = prob = speaker = deadline = meta_same = meta_total = 0
    forecasts_a = forecasts_b = 0
    for rel in shared:
        result = compare(a_all[rel], b_all[rel])
        forecasts_a += len(a_all[rel]["forecasts"])
        forecasts_b += len(b_all[rel]["forecasts"])
        for entry in result["agreed"] + result["disputes"]:
            a, b = entry["a"], entry["b"]
            if a is None or b is None:
                only_one += (a or b)["kind"] == "forecast"
                continue
            if a["kind"] == b["kind"] == "forecast":
                both += 1
                prob += "probability" not in entry["fields"]
                speaker += "speaker" not in entry["fields"]
                deadline += "deadline" not in entry["fields"]
            elif "kind" in entry["fields"]:
                kind += 1
        meta_total += len(META_FIELDS)
        meta_same += len(META_FIELDS) - len(result["meta_disputes"])
    f1 = 2 * both / (forecasts_a + forecasts_b) if forecasts_a + forecasts_b else 0.0
    print(f"texts labelled by both: {len(shared)}")
    print(f"forecasts: {a_name} {forecasts_a}, {b_name} {forecasts_b}, by both {both}; "
          f"agreement F1 {f1:.3f}; one called forecast, other not-forecast: {kind}; labelled by one only: {only_one}")
    if both:
        print(f"on shared forecasts: probability {prob / both:.3f}, speaker {speaker / both:.3f}, deadline {deadline / both:.3f}")
    if meta_total:
        print(f"metadata fields agreed: {meta_same}/{meta_total}")


def _passage(text: str, item: dict | None) -> str | None:
    return None if item is None else text[item["start"]:item["end"]]


def disputes(a_name: str, b_name: str, out_dir: Path) -> None:
    a_all, b_all = load(a_name), load(b_name)
    out_dir.mkdir(parents=True, exist_ok=True)
    for rel in sorted(set(a_all) & set(b_all)):
        if (LABELS / Path(rel).with_suffix(".json")).exists():
            continue
        text = text_path(rel).read_text(encoding="utf-8")
        result = compare(a_all[rel], b_all[rel])
        for entry in result["disputes"]:
            entry["passage_a"] = _passage(text, entry["a"])
            entry["passage_b"] = _passage(text, entry["b"])
            entry["decision"] = None
            entry["fix"] = None
            entry["why"] = None
        for key, values in result["meta_disputes"].items():
            values.update(decision=None, why=None)
        draft = {"text": rel, "annotators": [a_name, b_name], "meta_a": a_all[rel]["meta"], **result}
        name = rel.replace("/", "__").removesuffix(".txt") + ".json"
        (out_dir / name).write_text(json.dumps(draft, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{name}: {len(result['agreed'])} agreed, {len(result['disputes'])} disputes, "
              f"{len(result['meta_disputes'])} metadata disputes")


def _clean(item: dict) -> dict:
    return {k: v for k, v in item.items() if k != "kind"}


class FixError(ValueError):
    """A decision's ``fix`` that cannot become a label; the message names what to change."""


def _locate(text: str, match: object, occurrence: object, base: dict) -> tuple[int, int]:
    """Offsets of a fix's ``match``: the occurrence that overlaps the base item, unless numbered."""
    if not isinstance(match, str):
        raise FixError("fix: match must be the verbatim span of the text")
    if occurrence is not None and (isinstance(occurrence, bool) or not isinstance(occurrence, int)):
        raise FixError("fix: occurrence must be a whole number")
    try:
        every = find_all(text, match)
    except ValueError as exc:
        raise FixError(f"fix: match {exc}") from None
    if occurrence is not None:
        if not 1 <= occurrence <= len(every):
            raise FixError(f"fix: occurrence {occurrence} but the match occurs {len(every)} times")
        return every[occurrence - 1]
    near = [(s, e) for s, e in every if overlap({"start": s, "end": e}, base) > 0]
    if len(near) == 1:
        return near[0]
    if len(every) == 1:
        return every[0]
    raise FixError(f"fix: the match occurs {len(every)} times, add \"occurrence\": N")


def corrected(entry: dict, text: str, annotators: list[str]) -> dict:
    """The adjudicator's own version of a disputed item: a base item with the fix's fields changed.

    Adjudicators used to write such corrections only in prose ("neither: should be p 0.7"), and
    the item was added by hand; a structured fix is checked like an annotator's label instead.
    """
    fix = entry["fix"]
    if not isinstance(fix, dict):
        raise FixError('fix must be an object: {"base": "a" or "b", and the fields to change}')
    unknown = sorted(set(fix) - {"base"} - set(FIX_FIELDS))
    if unknown:
        raise FixError(f"fix: unknown field {unknown[0]!r} (known: base, {', '.join(FIX_FIELDS)})")
    base_name = fix.get("base")
    if base_name not in ("a", "b"):
        raise FixError('fix: base must be "a" or "b", the version the correction starts from')
    base = entry.get(base_name)
    if base is None:
        raise FixError(f"fix: annotator {base_name} has no item here to start from")
    changes = {k: v for k, v in fix.items() if k != "base"}
    if not changes:
        raise FixError(f"fix changes nothing: decide {base_name!r} instead")
    item = dict(base)
    kind = changes.pop("kind", base["kind"])
    if kind not in ("forecast", "not_forecast"):
        raise FixError('fix: kind must be "forecast" or "not_forecast"')
    other_kind = REASON_FIELDS if kind == "forecast" else FORECAST_FIELDS
    misplaced = [k for k in changes if k in other_kind]
    if misplaced:
        hint = "" if "kind" in fix else ' (add "kind" to change the item\'s kind)'
        raise FixError(f"fix: {misplaced[0]} is not a field of a {kind.replace('_', '-')}{hint}")
    if kind != base["kind"]:
        for key in other_kind + ("direction",):
            item.pop(key, None)
        item["kind"] = kind
        if kind == "forecast":
            item.setdefault("speaker", None)
            item.setdefault("deadline", None)
    if "match" in changes:
        if "start" in changes or "end" in changes:
            raise FixError("fix: give match or start and end, not both")
        changes["start"], changes["end"] = _locate(text, changes.pop("match"), changes.pop("occurrence", None), base)
    elif "occurrence" in changes:
        raise FixError("fix: occurrence goes with match")
    for key in ("start", "end"):
        if key in changes and (isinstance(changes[key], bool) or not isinstance(changes[key], int)):
            raise FixError(f"fix: {key} must be a character offset (a whole number)")
    item.update(changes)
    if not 0 <= item["start"] < item["end"] <= len(text):
        raise FixError(f"fix: span {item['start']}-{item['end']} is not inside the text (0-{len(text)})")
    if kind == "forecast":
        p = item.get("probability")
        if isinstance(p, (int, float)) and not isinstance(p, bool):
            item["direction"] = "high" if p > 0.5 else "low" if p < 0.5 else "even"
        if isinstance(p, bool):
            raise FixError("fix: probability must be a number from 0 to 1")
        problems = check_forecast(item)
        if problems:
            raise FixError(f"fix: {problems[0]}")
        if item["deadline"] is not None:
            try:
                date.fromisoformat(item["deadline"])
            except ValueError:
                raise FixError(f"fix: deadline {item['deadline']} is not a date in the calendar") from None
    elif item.get("reason") not in REASONS:
        raise FixError(f"fix: reason must be one of {', '.join(sorted(REASONS))}")
    changed = set(fix) - {"base", "match", "occurrence"}
    if "match" in fix:
        changed |= {"start", "end"}
    who = annotators[0 if base_name == "a" else 1] if len(annotators) == 2 else base_name
    item["note"] = "; ".join(filter(None, [
        base.get("note"), f"adjudicator's correction of {who}'s item ({', '.join(sorted(changed))})"]))
    return item


def _is_run_in(item: dict, text: str) -> bool:
    """A non-forecast ``other`` ending in a colon ("Answer:", "My call:", "X said:")."""
    return (item["kind"] == "not_forecast" and item.get("reason") == "other"
            and text[item["start"]:item["end"]].rstrip().endswith(":"))


def trim_run_ins(chosen: list[dict], text: str) -> int:
    """Start every item that opens with a run-in label settled as its own item after that label.

    The annotator who kept the label inside the item and the one who split it off agree on the
    item; siding with the split must not leave the label inside it. Returns how many were trimmed.
    """
    trimmed = 0
    for label in [i for i in chosen if _is_run_in(i, text)]:
        for item in chosen:
            if item is label or not item["start"] < label["end"] < item["end"]:
                continue
            if text[item["start"]:label["start"]].strip():
                continue  # the label is inside the item, not at its opening
            start = label["end"]
            while start < item["end"] and text[start].isspace():
                start += 1
            if start == item["end"]:
                continue
            note = (f"settle: trimmed from {item['start']} to start after the run-in label at "
                    f"{label['start']}-{label['end']}, an item of its own")
            item["note"] = "; ".join(filter(None, [item.get("note"), note]))
            item["start"] = start
            trimmed += 1
    return trimmed


def overlaps(chosen: list[dict]) -> list[str]:
    """Every pair of settled items that share characters, for the adjudicator to look at."""
    ordered = sorted(chosen, key=lambda i: (i["start"], i["end"]))
    found = []
    for n, first in enumerate(ordered):
        for second in ordered[n + 1:]:
            if second["start"] >= first["end"]:
                break
            found.append(f"{first['kind'].replace('_', '-')} {first['start']}-{first['end']} overlaps "
                         f"{second['kind'].replace('_', '-')} {second['start']}-{second['end']}")
    return found


def settled_label(draft: dict, text: str) -> tuple[dict | None, list[str], list[str]]:
    """The settled label of one decisions draft, or the errors that stop it; plus what to report.

    Pure: the caller reads the draft and the text and writes the label only when there is no error.
    """
    errors = []
    chosen: list[dict] = [dict(entry["a"]) for entry in draft["agreed"]]
    record = []
    for n, entry in enumerate(draft["disputes"], 1):
        decision = entry.get("decision")
        if decision not in DECISIONS or not entry.get("why"):
            errors.append(f"dispute {n}: decision must be a, b, none or neither, with a why")
            continue
        if "fix" in entry and entry["fix"] is not None and decision != "neither":
            errors.append(f"dispute {n}: a fix goes with decision neither, not {decision}")
            continue
        done = {"start": _start(entry), "fields": entry["fields"], "decision": decision, "why": entry["why"]}
        if decision in ("a", "b"):
            pick = entry[decision]
            if pick is None:
                errors.append(f"dispute {n}: annotator {decision} has no item here")
                continue
            chosen.append(dict(pick))
        elif decision == "neither" and entry.get("fix") is not None:
            try:
                chosen.append(corrected(entry, text, draft["annotators"]))
            except FixError as exc:
                errors.append(f"dispute {n}: {exc}")
                continue
            done["fix"] = entry["fix"]
        record.append(done)
    meta = dict(draft["meta_a"])
    for key, values in draft["meta_disputes"].items():
        if values.get("decision") not in ("a", "b") or not values.get("why"):
            errors.append(f"metadata {key}: decision must be a or b, with a why")
            continue
        meta[key] = values[values["decision"]]
        record.append({"meta": key, "decision": values["decision"], "why": values["why"]})
    if errors:
        return None, errors, []
    trimmed = trim_run_ins(chosen, text)
    report = [f"trimmed {trimmed} item(s) to start after a run-in label"] if trimmed else []
    report += [f"overlap left: {o}" for o in overlaps(chosen)]
    chosen.sort(key=lambda i: (i["start"], i["end"]))
    label = {
        "text": draft["text"],
        "annotators": draft["annotators"],
        "meta": meta,
        "forecasts": [_clean(i) for i in chosen if i["kind"] == "forecast"],
        "not_forecasts": [_clean(i) for i in chosen if i["kind"] == "not_forecast"],
        "decisions": record,
    }
    return label, [], report


def _read_text(rel: object, texts_root: Path | None) -> str | None:
    if not isinstance(rel, str):
        return None
    path = (texts_root / rel) if texts_root is not None else text_path(rel)
    return path.read_text(encoding="utf-8") if path is not None and path.is_file() else None


def settle(draft_path: Path, labels_dir: Path = LABELS, texts_root: Path | None = None) -> tuple[list[str], list[str]]:
    """Write the settled label of one decisions draft; (errors, report). Nothing is written on error."""
    try:
        draft = json.loads(draft_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return [f"cannot read the decisions file ({exc.__class__.__name__}: {exc})"], []
    missing = [k for k in DRAFT_KEYS if not isinstance(draft, dict) or k not in draft]
    if missing:
        return [f"not a decisions draft of `adjudicate.py disputes` (no {missing[0]!r})"], []
    text = _read_text(draft["text"], texts_root)
    if text is None:
        return [f"cannot find the text {draft['text']!r}"], []
    try:
        label, errors, report = settled_label(draft, text)
    except (KeyError, TypeError, AttributeError) as exc:
        return [f"not a decisions draft of `adjudicate.py disputes` ({exc.__class__.__name__}: {exc})"], []
    if errors:
        return errors, []
    target = labels_dir / Path(draft["text"]).with_suffix(".json")
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        os.replace(partial, target)  # whole or not at all: a settled label is never half-written
    except OSError as exc:
        partial.unlink(missing_ok=True)
        return [f"cannot write {target} ({exc.strerror or exc})"], []
    return [], report


def settle_all(args: list[str]) -> int:
    """``settle [--labels DIR] [--texts-root DIR] DECISIONS.json ...``: each file settled or refused."""
    options = {"--labels": LABELS, "--texts-root": None}
    while args and args[0] in options:
        if len(args) < 2:
            print(f"{args[0]} needs a folder", file=sys.stderr)
            return 2
        options[args[0]] = Path(args[1])
        args = args[2:]
    if not args:
        print("settle needs at least one decisions file", file=sys.stderr)
        return 2
    status = 0
    for name in args:
        errors, report = settle(Path(name), options["--labels"], options["--texts-root"])
        for e in errors:
            print(f"{name}: nothing written: {e}", file=sys.stderr)
        if errors:
            status = 1
            continue
        print(f"{name}: settled")
        for line in report:
            print(f"  {name}: {line}")
    return status


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "agreement":
        agreement(argv[1], argv[2])
        return 0
    if len(argv) == 4 and argv[0] == "disputes":
        disputes(argv[1], argv[2], Path(argv[3]))
        return 0
    if len(argv) >= 2 and argv[0] == "settle":
        return settle_all(argv[1:])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
