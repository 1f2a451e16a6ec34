"""A plain-Python reference for every scorecard, calibration and compare figure.

Written apart from the SQL in ``tracker/aggregates.py`` and from ``tracker/scoring.py``: it
works from the list of accepted operations (what was added, resolved, retracted), not from
the database, and spells out each rule of the README's Scoring section in the most direct
way, so that the property test in ``test_properties.py`` can hold the two against each other.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from dataclasses import dataclass, field
from typing import Any

Z = 1.959964
CLIP = 0.001


def fold(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def claim_identity(text: str, deadline: dt.date | None) -> tuple[str, dt.date | None]:
    return (" ".join(text.casefold().split()).rstrip("."), deadline)


@dataclass
class Pred:
    id: int
    claim_id: int
    author: str
    outlet: str | None
    made_on: dt.date
    p: float | None
    tags: list[str]


@dataclass
class Res:
    id: int
    claim_id: int
    outcome: str
    resolved_on: dt.date
    retracted: bool = False


@dataclass
class History:
    """The accepted operations, in the order they were accepted."""

    preds: list[Pred] = field(default_factory=list)
    resolutions: list[Res] = field(default_factory=list)
    claim_texts: dict[int, str] = field(default_factory=dict)
    claim_ids: dict[tuple[str, dt.date | None], int] = field(default_factory=dict)

    def claim_for(self, text: str, deadline: dt.date | None) -> int:
        key = claim_identity(text, deadline)
        if key not in self.claim_ids:
            self.claim_ids[key] = len(self.claim_ids) + 1
            self.claim_texts[self.claim_ids[key]] = text
        return self.claim_ids[key]

    def latest(self, claim_id: int, as_of: dt.date | None) -> Res | None:
        live = [
            r for r in self.resolutions
            if r.claim_id == claim_id and not r.retracted and (as_of is None or r.resolved_on <= as_of)
        ]
        return max(live, key=lambda r: r.id) if live else None


def stored_tags(tags: list[str]) -> list[str]:
    """One spelling per folded tag (the first given), sorted: what ``add`` stores."""
    kept: dict[str, str] = {}
    for tag in tags:
        kept.setdefault(fold(tag.strip()), tag.strip())
    return sorted(kept.values())


def counted(h: History, *, as_of: dt.date | None = None, every: bool = False, author: str | None = None,
            outlet: str | None = None, tag: str | None = None) -> list[tuple[Pred, Res | None]]:
    """The predictions that count, each with the resolution it is scored on."""
    pool = []
    for pred in h.preds:
        res = h.latest(pred.claim_id, as_of)
        if as_of is not None and pred.made_on > as_of:
            continue
        if res is not None and pred.made_on > res.resolved_on:
            continue
        if author is not None and fold(pred.author) != fold(author):
            continue
        pool.append((pred, res))
    if not every:
        best: dict[tuple[str, int], tuple[Pred, Res | None]] = {}
        for pred, res in pool:
            key = (fold(pred.author), pred.claim_id)
            if key not in best or (pred.made_on, pred.id) > (best[key][0].made_on, best[key][0].id):
                best[key] = (pred, res)
        pool = sorted(best.values(), key=lambda pr: pr[0].id)
    return [
        (pred, res) for pred, res in pool
        if (outlet is None or (pred.outlet is not None and fold(pred.outlet) == fold(outlet)))
        and (tag is None or fold(tag) in {fold(t) for t in pred.tags})
    ]


def wilson(k: int, n: int) -> tuple[float | None, float | None]:
    if n == 0:
        return None, None
    p = k / n
    centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n)
    half = Z / (1 + Z * Z / n) * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def first_spelling(h: History, by: str, key: str) -> str:
    if by == "author":
        return min((p for p in h.preds if fold(p.author) == key), key=lambda p: p.id).author
    if by == "outlet":
        return min((p for p in h.preds if p.outlet is not None and fold(p.outlet) == key), key=lambda p: p.id).outlet or ""
    if by == "tag":
        first = min((p for p in h.preds if key in {fold(t) for t in p.tags}), key=lambda p: p.id)
        return next(t for t in first.tags if fold(t) == key)
    return key


def scorecard(h: History, *, by: str = "author", min_scored: int = 5, **selection: Any) -> list[dict[str, Any]]:
    groups: dict[str | None, list[tuple[Pred, Res | None]]] = {}
    for pred, res in counted(h, **selection):
        if by == "author":
            keys: list[str | None] = [fold(pred.author)]
        elif by == "outlet":
            keys = [None if pred.outlet is None else fold(pred.outlet)]
        elif by == "tag":
            keys = [fold(t) for t in pred.tags]
        else:
            keys = [str(pred.made_on.year)]
        for key in keys:
            groups.setdefault(key, []).append((pred, res))
    rows = []
    for key, items in groups.items():
        hits = misses = scored = resolved = stated = half = 0
        brier = log = 0.0
        for pred, res in items:
            if res is None:
                continue
            resolved += 1
            if res.outcome not in ("true", "false"):
                continue
            scored += 1
            happened = res.outcome == "true"
            if pred.p is None:
                hits += happened
                misses += not happened
                continue
            if pred.p > 0.5:
                hits += happened
                misses += not happened
            elif pred.p < 0.5:
                hits += not happened
                misses += happened
            else:
                half += 1
            stated += 1
            brier += (pred.p - happened) ** 2
            given = min(max(pred.p, CLIP), 1 - CLIP)
            log += math.log(given if happened else 1 - given)
        # The invariant the SQL must share: every scored prediction is a hit, a miss or at 0.5.
        assert hits + misses + half == scored
        low, high = wilson(hits, hits + misses)
        rows.append({
            "source": None if key is None else first_spelling(h, by, key),
            "predictions": len(items), "resolved": resolved, "scored": scored, "hits": hits, "misses": misses,
            "hit_rate": hits / (hits + misses) if hits + misses else None,
            "hit_rate_low": low, "hit_rate_high": high,
            "brier": brier / stated if stated else None,
            "log_score": log / stated if stated else None,
            "judged": scored >= min_scored,
        })
    rows.sort(key=lambda r: (
        not r["judged"], -(r["hit_rate_low"] if r["hit_rate_low"] is not None else -1.0),
        r["brier"] if r["brier"] is not None else 2.0, r["source"] or "",
    ))
    return rows


def calibration(h: History, **selection: Any) -> dict[str, Any]:
    stated: list[tuple[float, bool]] = []
    unstated = 0
    for pred, res in counted(h, **selection):
        if res is None or res.outcome not in ("true", "false"):
            continue
        if pred.p is None:
            unstated += 1
        else:
            stated.append((pred.p, res.outcome == "true"))
    bands = []
    for index in range(10):
        members = [(p, o) for p, o in stated if min(int(math.floor(p * 10 + 1e-9)), 9) == index]
        n, k = len(members), sum(o for _, o in members)
        low, high = wilson(k, n)
        bands.append({
            "count": n, "mean_probability": sum(p for p, _ in members) / n if n else None,
            "observed": k / n if n else None, "observed_low": low, "observed_high": high,
        })
    total = len(stated)
    if total == 0:
        murphy: dict[str, Any] = {"count": 0, "brier": None, "reliability": None, "resolution": None,
                                  "uncertainty": None, "base_rate": None}
    else:
        base = sum(o for _, o in stated) / total
        by_p: dict[float, list[bool]] = {}
        for p, o in stated:
            by_p.setdefault(p, []).append(o)
        murphy = {
            "count": total,
            "brier": sum((p - o) ** 2 for p, o in stated) / total,
            "reliability": sum(len(os) * (p - sum(os) / len(os)) ** 2 for p, os in by_p.items()) / total,
            "resolution": sum(len(os) * (sum(os) / len(os) - base) ** 2 for os in by_p.values()) / total,
            "uncertainty": base * (1 - base),
            "base_rate": base,
        }
    return {"bands": bands, "murphy": murphy, "scored_without_probability": unstated}


def compare(h: History, a: str, b: str, *, as_of: dt.date | None = None, by: str = "author") -> list[dict[str, Any]]:
    """Claims both sources predicted, oldest claim first, each with the counted prediction (for
    an outlet, the latest of its authors' counted predictions)."""
    def final(name: str) -> dict[int, Pred]:
        chosen: dict[int, Pred] = {}
        for pred, _ in counted(h, as_of=as_of, **{by: name}):
            old = chosen.get(pred.claim_id)
            if old is None or (pred.made_on, pred.id) > (old.made_on, old.id):
                chosen[pred.claim_id] = pred
        return chosen

    final_a, final_b = final(a), final(b)
    rows = []
    for claim_id in sorted(set(final_a) & set(final_b)):
        pa, pb = final_a[claim_id].p, final_b[claim_id].p
        res = h.latest(claim_id, as_of)
        outcome: Any = None if res is None else {"true": True, "false": False}.get(res.outcome, res.outcome)
        brier_a = brier_b = closer = None
        if isinstance(outcome, bool) and pa is not None and pb is not None:
            brier_a, brier_b = (pa - outcome) ** 2, (pb - outcome) ** 2
            closer = "tie" if brier_a == brier_b else ("a" if brier_a < brier_b else "b")
        rows.append({
            "claim_id": claim_id, "claim": h.claim_texts[claim_id], "probability_a": pa, "probability_b": pb,
            "outcome": outcome, "brier_a": brier_a, "brier_b": brier_b, "closer": closer,
        })
    return rows
