"""Turn an annotator's draft into a label file that points into the shared corpus by offsets.

Drafts quote the text (``match``) so that annotators can work by reading; the project keeps
only character offsets, so no corpus text is copied into it (the corpus README's rule).

    python3 tests/corpus/label_tool.py build DRAFT.json [DRAFT.json ...]
    python3 tests/corpus/label_tool.py check

``build`` writes ``tests/corpus/annotations/<annotator>/texts|written/<genre>/<slug>.json``; ``check``
re-reads every label file and checks its offsets and fields against the corpus.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1].parent / "shared" / "corpus"
ANNOTATIONS = HERE / "annotations"

REASONS = {
    "plan", "conditional-plan", "normative", "instruction", "question", "wish",
    "counterfactual", "generic", "reported-past-prediction", "past", "other",
}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def corpus_root() -> Path:
    for candidate in (CORPUS, Path.cwd().parent / "shared" / "corpus", Path("/work/shared/corpus")):
        if (candidate / "MANIFEST.csv").exists():
            return candidate
    raise SystemExit("cannot find ../shared/corpus")


def text_path(rel: str) -> Path | None:
    """Shared corpus texts are ``texts/...``; texts written for the project are ``written/...``."""
    if rel.startswith("texts/"):
        return corpus_root() / rel
    if rel.startswith("written/"):
        return HERE / rel
    return None


def find_all(text: str, match: str) -> list[tuple[int, int]]:
    """Offsets of every occurrence of ``match`` in ``text``; any run of white space matches any other."""
    words = match.split()
    if not words:
        raise ValueError("empty match")
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    hits = [(m.start(), m.end()) for m in pattern.finditer(text)]
    if not hits:
        raise ValueError(f"not found in the text: {match[:80]!r}")
    return hits


def find_span(text: str, match: str, occurrence: int | None) -> tuple[int, int]:
    """Offsets of ``match`` in ``text``: the only occurrence, or the numbered one."""
    hits = find_all(text, match)
    if occurrence is None:
        if len(hits) > 1:
            raise ValueError(f"occurs {len(hits)} times, add \"occurrence\": N: {match[:80]!r}")
        return hits[0]
    if not 1 <= occurrence <= len(hits):
        raise ValueError(f"occurrence {occurrence} but the span occurs {len(hits)} times: {match[:60]!r}")
    return hits[occurrence - 1]


def check_forecast(item: dict) -> list[str]:
    errors = []
    p = item.get("probability")
    if not isinstance(p, (int, float)) or not 0 <= p <= 1:
        errors.append("probability must be a number from 0 to 1")
    else:
        want = "high" if p > 0.5 else "low" if p < 0.5 else "even"
        if item.get("direction") != want:
            errors.append(f"direction must be {want!r} for probability {p}")
    if not isinstance(item.get("claim"), str) or len(item["claim"].split()) < 2:
        errors.append("claim must be a sentence in your own words")
    if item.get("speaker") is not None and not (isinstance(item["speaker"], str) and item["speaker"].strip()):
        errors.append("speaker must be null or a name")
    deadline = item.get("deadline")
    if deadline is not None and not (isinstance(deadline, str) and FULL_DATE.match(deadline)):
        errors.append("deadline must be null or YYYY-MM-DD")
    if not isinstance(item.get("clear"), bool):
        errors.append("clear must be true or false")
    return errors


def build(draft_path: Path) -> tuple[Path | None, list[str]]:
    draft = json.loads(draft_path.read_text(encoding="utf-8"))
    rel = draft.get("text", "")
    annotator = draft.get("annotator", "")
    errors: list[str] = []
    source = text_path(rel)
    if source is None or not source.exists():
        return None, [f"text {rel!r} is not in the corpus"]
    if not re.fullmatch(r"[A-Za-z0-9_-]+", annotator or ""):
        return None, ["annotator must be your id"]
    text = source.read_text(encoding="utf-8")
    meta = draft.get("meta") or {}
    for key in ("title", "author", "published", "outlet"):
        if key not in meta:
            errors.append(f"meta.{key} missing (null if the text does not state it)")
    if meta.get("published") is not None and not DATE.match(str(meta["published"])):
        errors.append("meta.published must be YYYY, YYYY-MM or YYYY-MM-DD")
    out = {
        "text": rel, "annotator": annotator, "meta": meta,
        "complete": bool(draft.get("complete")), "forecasts": [], "not_forecasts": [],
    }
    if not draft.get("complete"):
        until = draft.get("labelled_until")
        if not until:
            errors.append("an incomplete text needs labelled_until")
        else:
            try:
                out["labelled_until"] = find_span(text, until, None)[1]
            except ValueError as exc:
                errors.append(f"labelled_until: {exc}")
    for kind in ("forecasts", "not_forecasts"):
        for n, item in enumerate(draft.get(kind, []), 1):
            where = f"{kind}[{n}]"
            try:
                start, end = find_span(text, item.get("match", ""), item.get("occurrence"))
            except ValueError as exc:
                errors.append(f"{where}: {exc}")
                continue
            problems = check_forecast(item) if kind == "forecasts" else (
                [] if item.get("reason") in REASONS else [f"reason must be one of {sorted(REASONS)}"])
            errors.extend(f"{where}: {p}" for p in problems)
            entry = {"start": start, "end": end}
            entry.update({k: v for k, v in item.items() if k not in ("match", "occurrence")})
            out[kind].append(entry)
    if errors:
        return None, errors
    for kind in ("forecasts", "not_forecasts"):
        out[kind].sort(key=lambda e: (e["start"], e["end"]))
    target = ANNOTATIONS / annotator / Path(rel).with_suffix(".json")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return target, []


def check_all() -> int:
    bad = 0
    files = sorted(ANNOTATIONS.glob("*/*/*/*.json"))
    for path in files:
        label = json.loads(path.read_text(encoding="utf-8"))
        text = text_path(label["text"]).read_text(encoding="utf-8")
        for kind in ("forecasts", "not_forecasts"):
            for item in label[kind]:
                if not 0 <= item["start"] < item["end"] <= len(text):
                    print(f"{path}: bad span {item['start']}-{item['end']}")
                    bad += 1
    print(f"{len(files)} label files, {bad} problems")
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "build":
        status = 0
        for name in argv[1:]:
            target, errors = build(Path(name))
            if errors:
                status = 1
                print(f"{name}: {len(errors)} error(s), nothing written")
                for e in errors:
                    print(f"  {e}")
            else:
                label = json.loads(target.read_text(encoding="utf-8"))
                print(f"{name}: wrote {target} ({len(label['forecasts'])} forecasts, "
                      f"{len(label['not_forecasts'])} not forecasts)")
        return status
    if argv == ["check"]:
        return check_all()
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
