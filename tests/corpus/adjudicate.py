"""Settle two annotators' labels of the same texts into one label file per text, in writing.

    python3 tests/corpus/adjudicate.py agreement A1 A2
    python3 tests/corpus/adjudicate.py disputes A1 A2 OUT_DIR
    python3 tests/corpus/adjudicate.py settle DECISIONS.json [...]

``disputes`` pairs the two annotators' items by overlapping spans and writes, per text, a
decisions draft listing every disagreement (an item only one of them labelled, a forecast
the other called a non-forecast, or a different probability, speaker, deadline or
clearness) with both versions and the passage. An adjudicator who has never seen the
extractor's output fills in each ``decision`` ("a", "b" or "neither") and a ``why``;
``settle`` then writes ``tests/corpus/labels/...`` with the agreed items, the decided ones,
and the written record of every decision. Passages stay in the draft, never in the project.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from label_tool import ANNOTATIONS, HERE, text_path

LABELS = HERE / "labels"
PROBABILITY_TOLERANCE = 0.051
META_FIELDS = ("title", "author", "published", "outlet")


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


def settle(draft_path: Path) -> list[str]:
    draft = json.loads(draft_path.read_text(encoding="utf-8"))
    errors = []
    chosen: list[dict] = [entry["a"] for entry in draft["agreed"]]
    record = []
    for n, entry in enumerate(draft["disputes"], 1):
        decision = entry.get("decision")
        if decision not in ("a", "b", "neither") or not entry.get("why"):
            errors.append(f"dispute {n}: decision must be a, b or neither, with a why")
            continue
        if decision != "neither":
            pick = entry[decision]
            if pick is None:
                errors.append(f"dispute {n}: annotator {decision} has no item here")
                continue
            chosen.append(pick)
        record.append({"start": _start(entry), "fields": entry["fields"], "decision": decision, "why": entry["why"]})
    meta = dict(draft["meta_a"])
    for key, values in draft["meta_disputes"].items():
        if values.get("decision") not in ("a", "b") or not values.get("why"):
            errors.append(f"metadata {key}: decision must be a or b, with a why")
            continue
        meta[key] = values[values["decision"]]
        record.append({"meta": key, "decision": values["decision"], "why": values["why"]})
    if errors:
        return errors
    chosen.sort(key=lambda i: (i["start"], i["end"]))
    label = {
        "text": draft["text"],
        "annotators": draft["annotators"],
        "meta": meta,
        "forecasts": [_clean(i) for i in chosen if i["kind"] == "forecast"],
        "not_forecasts": [_clean(i) for i in chosen if i["kind"] == "not_forecast"],
        "decisions": record,
    }
    target = LABELS / Path(draft["text"]).with_suffix(".json")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return []


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "agreement":
        agreement(argv[1], argv[2])
        return 0
    if len(argv) == 4 and argv[0] == "disputes":
        disputes(argv[1], argv[2], Path(argv[3]))
        return 0
    if len(argv) >= 2 and argv[0] == "settle":
        status = 0
        for name in argv[1:]:
            errors = settle(Path(name))
            if errors:
                status = 1
                print(f"{name}: nothing written")
                for e in errors:
                    print(f"  {e}")
            else:
                print(f"{name}: settled")
        return status
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
