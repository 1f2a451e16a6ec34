"""Folding names so that one person, outlet or tag is one source.

"Ann  Analyst" and "ann analyst", "ZOË ÖLUND" and "Zoë Ölund" are the same source: names
are grouped and filtered by a folded key (Unicode compatibility form, case folded, runs of
spaces collapsed), the way claims are. The spelling shown is the first one recorded.
"""

from __future__ import annotations

import difflib
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=8192)  # an import folds the same few authors, outlets and tags on every row
def fold(name: str) -> str:
    """The grouping key of a name: NFKC, case folded, spacing collapsed."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def fold_optional(name: str | None) -> str | None:
    return None if name is None else fold(name)


def nearest(wanted: str, names: list[str], limit: int = 3) -> list[str]:
    """The known names closest to ``wanted``, for a "did you mean" hint."""
    by_key = {}
    for name in names:
        by_key.setdefault(fold(name), name)
    # A name with a qualifier ("kuudes (PredictionBook user 812)") is what "kuudes" meant.
    qualified = [k for k in by_key if k.startswith(fold(wanted) + " (")]
    close = difflib.get_close_matches(fold(wanted), list(by_key), n=limit, cutoff=0.6)
    keys = list(dict.fromkeys([*qualified, *close]))[:limit]
    return [by_key[k] for k in keys]
