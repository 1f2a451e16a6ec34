"""How much of a listing to show: a page on a terminal, everything when piped.

On a terminal a listing shows the first ``PAGE`` rows and says how many more there are;
piped to another program it streams every row (as ``gh`` does). ``--limit``, ``--offset``
and ``--all`` choose explicitly, in every output format.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.errors import UsageError

PAGE = 50
#: The largest --limit or --offset SQL can take (a 64-bit integer).
LARGEST = 2**63 - 1


@dataclass(frozen=True)
class Page:
    """Which rows to show: ``limit`` rows (None: all) after skipping ``offset``."""

    limit: int | None
    offset: int
    terminal: bool  # a table for people; otherwise one tab-separated line per row
    paged: bool  # on a terminal with a limit: say when there is more

    @property
    def fetch(self) -> int | None:
        """Rows to read: one more than shown when paging, to learn cheaply whether more exist."""
        if self.limit is None:
            return None
        return self.limit + 1 if self.paged else self.limit


def choose(*, limit: int | None, offset: int, every: bool, terminal: bool) -> Page:
    if limit is not None and every:
        raise UsageError("choose --limit N or --all, not both")
    if limit is not None and limit < 1:
        raise UsageError(f"--limit must be at least 1, not {limit}")
    if offset < 0:
        raise UsageError(f"--offset cannot be negative ({offset})")
    for name, value in (("--limit", limit), ("--offset", offset)):
        if value is not None and value >= LARGEST:
            raise UsageError(f"{name} {value} is too large; the most is {LARGEST - 1:,}")
    if limit is not None:
        return Page(limit, offset, terminal=terminal, paged=terminal)
    if terminal and not every:
        return Page(PAGE, offset, terminal=True, paged=True)
    return Page(None, offset, terminal=terminal, paged=False)


def more_line(page: Page, shown: int, total: int | tuple[int, bool], noun: str) -> str:
    """The line (for stderr) under a page that did not show everything; ``total`` may be a
    lower bound, given as ``(count, exact)``."""
    count, exact = total if isinstance(total, tuple) else (total, True)
    first = page.offset + 1
    last = page.offset + shown
    where = f"{first:,}–{last:,}" if shown else "none"
    of = f"{count:,}" if exact else f"more than {count:,}"
    hint = f"--offset {last}" if last < count or not exact else "a smaller --offset"
    return f"Showing {where} of {of} {noun}; see more with {hint}, --limit N or --all."
