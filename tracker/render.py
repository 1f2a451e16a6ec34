"""Turning results into output: Rich tables for people, JSON and CSV for programs.

Text that came from users or articles is always wrapped in ``rich.text.Text``, which Rich
never parses for markup, so ``[bold]`` in a claim is shown as typed. JSON and CSV are
written without Rich, straight to the stream.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table


def console(*, stderr: bool = False) -> Console:
    """A console that follows the terminal: colour only on a TTY, and never with NO_COLOR. Text
    wraps at the terminal's width; piped, a line stays whole so grep finds it."""
    from rich.console import Console

    made = Console(stderr=stderr, highlight=False, soft_wrap=True)
    made.soft_wrap = not made.is_terminal
    return made


def stdout_is_terminal() -> bool:
    """Whether stdout is a terminal, as Rich sees it (so TTY_COMPATIBLE=1/0 and FORCE_COLOR
    decide the same way for the layout as for colour). A pipe with neither variable set is
    told without importing Rich, which a streamed listing never needs."""
    import os

    if "TTY_COMPATIBLE" not in os.environ and "FORCE_COLOR" not in os.environ:
        isatty = getattr(sys.stdout, "isatty", None)
        try:
            if isatty is None or not isatty():
                return False  # Rich says the same: not a terminal, whatever else it checks
        except ValueError:
            return False
    return console().is_terminal


#: Terminal control characters (C0 but tab and newline, DEL, C1): an escape sequence in an
#: article or a file name must not retitle or clear the user's terminal.
_CONTROLS = {code: "\ufffd" for code in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]}


def text(value: object, style: str = "") -> Any:
    """User or article text as a Rich renderable that is never read as markup and never
    reaches the terminal as a control sequence."""
    from rich.text import Text

    return Text("" if value is None else str(value).translate(_CONTROLS), style=style)


def percent(value: float | None, digits: int = 0) -> str:
    return "–" if value is None else f"{value * 100:.{digits}f}%"


def number(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def outcome_label(value: bool | str | None) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return value or ""


# --- machine-readable ------------------------------------------------------------------


def write_json(value: Any, stream: IO[str] | None = None) -> None:
    out = stream or sys.stdout
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_json_array(rows: Iterable[dict[str, Any]], stream: IO[str] | None = None) -> int:
    """Stream a JSON array row by row, so a huge listing never sits in memory."""
    out = stream or sys.stdout
    count = 0
    out.write("[")
    for row in rows:
        out.write(",\n  " if count else "\n  ")
        out.write(json.dumps(row, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def write_json_lines(rows: Iterable[dict[str, Any]], stream: IO[str] | None = None) -> int:
    out = stream or sys.stdout
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


def csv_value(value: Any) -> str:
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, float):
        return repr(value)
    return str(value)


def write_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str], stream: IO[str] | None = None) -> int:
    out = stream or sys.stdout
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([csv_value(row.get(c)) for c in columns])
        count += 1
    return count


def tsv_cell(value: object) -> str:
    """One field of a tab-separated line: tabs and line breaks inside it become spaces."""
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


def write_tsv(rows: Iterable[Sequence[object]], stream: IO[str] | None = None) -> int:
    """Piped listings: one row per line, tab-separated, never wrapped or truncated, written
    as each row is read."""
    out = stream or sys.stdout
    count = 0
    batch: list[str] = []
    for row in rows:
        batch.append("\t".join(tsv_cell(v) for v in row))
        count += 1
        if len(batch) == 256:  # a few writes per chunk, even when stdout is unbuffered
            out.write("\n".join(batch) + "\n")
            batch.clear()
    if batch:
        out.write("\n".join(batch) + "\n")
    return count


# --- tables ----------------------------------------------------------------------------

#: Below these widths a listing drops its secondary columns, so the claim keeps room.
NARROW = 100
VERY_NARROW = 90


def prediction_status(row: dict[str, Any]) -> str:
    return outcome_label(row["outcome"]) if row["status"] == "resolved" else row["status"]


def predictions_table(rows: Iterable[dict[str, Any]], *, title: str | None = None, width: int | None = None) -> tuple[Table, int]:
    """The listing for a terminal; on a narrow one the deadline, then the date, give way to the claim."""
    from rich.table import Table

    wide = width is None or width >= NARROW
    dated = width is None or width >= VERY_NARROW
    table = Table(title=text(title) if title else None, show_lines=False)
    table.add_column("id", justify="right", no_wrap=True)
    if dated:
        table.add_column("date", no_wrap=True)
    table.add_column("author", max_width=18 if wide else 14)
    table.add_column("claim", min_width=30 if wide else 24)
    table.add_column("p", justify="right", no_wrap=True)
    if wide:
        table.add_column("deadline", no_wrap=True)
    table.add_column("status", no_wrap=True)
    count = 0
    for row in rows:
        status = prediction_status(row)
        style = {"due": "yellow", "true": "green", "false": "red"}.get(status, "")
        cells = [str(row["id"])]
        if dated:
            cells.append(row["date"])
        cells += [text(row["author"]), text(row["claim"]),
                  percent(row["probability"]) if row["probability"] is not None else "asserts"]
        if wide:
            cells.append(row["deadline"] or "")
        cells.append(text(status, style))
        table.add_row(*cells)
        count += 1
    return table, count


def prediction_detail(detail: dict[str, Any]) -> list[Any]:
    """Renderables for ``tracker show``: the prediction, its quote, resolutions and amendments."""
    from rich.panel import Panel
    from rich.table import Table

    info = Table.grid(padding=(0, 2))
    info.add_column(style="bold", no_wrap=True)
    info.add_column()
    probability = detail["probability"]
    fields = [
        ("claim", detail["claim"]),
        ("author", detail["author"]),
        ("outlet", detail["outlet"]),
        ("date", detail["date"]),
        ("deadline", detail["deadline"]),
        ("probability", "none stated (asserts the claim)" if probability is None else f"{probability:g} ({percent(probability, 1)})"),
        ("url", detail["url"]),
        ("tags", ", ".join(detail["tags"])),
        ("status", detail["status"] + (f": {outcome_label(detail['outcome'])}" if detail["status"] == "resolved" else "")),
        ("recorded", detail["recorded_at"]),
    ]
    for name, value in fields:
        if value not in (None, ""):
            info.add_row(name, text(value))
    parts: list[Any] = [Panel(info, title=f"prediction {detail['id']}", title_align="left", expand=False)]
    # Hashes stay on one unbroken line each, outside the panel, so they can be copied whole.
    parts.append(text(f"hash     {detail['hash']}"))
    if detail.get("article_sha256"):
        parts.append(text(f"article  {detail['article_sha256']}"))
    if detail["quote"]:
        parts.append(text(f"“{detail['quote']}”", "italic"))
    titles = detail.get("claim_titles", [])
    if titles:  # another system's edited title: the claim keeps the wording forecast on
        latest = titles[-1]
        parts.append(text(f"{latest['origin']} now calls the question: {latest['title']} (seen {latest['recorded_at']}; "
                          "the claim keeps the wording its forecasts were made on)", "dim"))
        for earlier in reversed(titles[:-1]):
            parts.append(text(f"  before that: {earlier['title']} (seen {earlier['recorded_at']})", "dim"))
    if detail["resolutions"]:
        history = Table.grid(padding=(0, 1))
        history.add_column(justify="right", no_wrap=True)
        history.add_column()
        for r in detail["resolutions"]:
            retraction = r.get("retraction")
            entry = text(f"{outcome_label(r['outcome'])} on {r['resolved_on']}", "strike" if retraction else "bold")
            if r["note"]:
                entry.append(f" — {r['note']}", style="")
            if r["evidence"]:
                entry.append(f"\nevidence: {r['evidence']}", style="")
            entry.append(f"\nrecorded {r['recorded_at']}" + (f", imported from {r['origin']}" if r.get("origin") else ""), style="dim")
            if retraction:
                entry.append(f"\nRETRACTED {retraction['recorded_at']}: {retraction['reason']}", style="bold")
            history.add_row(f"#{r['id']}" if r.get("id") is not None else "", entry)
        parts.append(text("Resolutions (the last one not retracted counts; #id for tracker retract):", "bold"))
        parts.append(history)
    else:
        parts.append(text("Not resolved yet.", "dim"))
    if detail["amendments"]:
        am = Table(title="amendments (earlier versions)", title_justify="left")
        for col in ("#", "when", "reason", "changed from", "hash before"):
            am.add_column(col, overflow="fold")
        for i, a in enumerate(detail["amendments"], 1):
            before = a["before"]
            after = _next_version(detail, i)
            changed = "; ".join(
                f"{k}: {history_value(before.get(k))}" for k in sorted(before) if before.get(k) != after.get(k)
            )
            am.add_row(str(i), a["amended_at"], text(a["reason"]), text(changed), a["hash_before"][:16] + "…")
        parts.append(am)
    if detail["same_claim"]:
        others = ", ".join(
            f"#{o['id']} {o['author']} ({percent(o['probability']) if o['probability'] is not None else 'asserts'})"
            for o in detail["same_claim"]
        )
        more = detail.get("same_claim_count", len(detail["same_claim"])) - len(detail["same_claim"])
        parts.append(text(f"also predicted by: {others}" + (f" and {more:,} more (tracker show {detail['id']} --all)" if more > 0 else ""), "dim"))
    return parts


def prediction_lines(detail: dict[str, Any]) -> Iterator[tuple[object, ...]]:
    """``tracker show`` piped: one ``field<TAB>value`` line per field, then one line per
    resolution, amendment and other prediction of the claim, each led by what it is."""
    for name in ("id", "claim", "author", "outlet", "date", "deadline", "probability", "url", "tags", "status",
                 "outcome", "recorded_at", "hash", "article_sha256", "quote"):
        value = detail[name]
        if value not in (None, "", []):
            yield name, csv_value(value)
    for r in detail["resolutions"]:
        retraction = r.get("retraction")
        retracted = f"RETRACTED {retraction['recorded_at']}: {retraction['reason']}" if retraction else ""
        yield ("resolution", r.get("id", ""), csv_value(r["outcome"]), r["resolved_on"], r["evidence"], r["note"],
               r["recorded_at"], retracted)
    for x in detail.get("claim_titles", []):
        yield "claim_title", x["origin"], x["title"], x["recorded_at"]
    for i, a in enumerate(detail["amendments"], 1):
        before, after = a["before"], _next_version(detail, i)
        changed = "; ".join(f"{k}: {history_value(before.get(k))}" for k in sorted(before) if before.get(k) != after.get(k))
        yield "amendment", a["amended_at"], a["reason"], changed, a["hash_before"]
    for o in detail["same_claim"]:
        yield "same_claim", o["id"], o["author"], csv_value(o["probability"]), o["date"]


def history_value(value: Any) -> str:
    """An old field value in the tool's own words: 'none' for an empty field (as the options
    take it), quotes around text, tags joined, never Python's None or list syntax."""
    if value is None or value == [] or value == "":
        return "none"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str):
        return f"“{value}”"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _next_version(detail: dict[str, Any], index: int) -> dict[str, Any]:
    """The version that amendment ``index`` produced: the next amendment's 'before', or the current fields."""
    amendments = detail["amendments"]
    if index < len(amendments):
        return dict(amendments[index]["before"])
    return {
        "claim": detail["claim"], "deadline": detail["deadline"], "author": detail["author"],
        "outlet": detail["outlet"], "date": detail["date"], "probability": detail["probability"],
        "quote": detail["quote"], "url": detail["url"], "tags": detail["tags"],
    }


def scorecard_table(scores: list[Any], *, by: str, min_scored: int, title: str | None = None, width: int | None = None) -> Table:
    """Ranked sources; 'hit rate' shows hits over decided forecasts, so the interval's width makes
    sense. On a narrow terminal 'resolved' and 'log' give way to the source's name."""
    from rich.table import Table

    wide = width is None or width >= NARROW
    table = Table(title=text(title or f"Scorecard by {by}"), caption_justify="left")
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(by, min_width=12, overflow="fold")
    for name in ("made", "resolved", "scored") if wide else ("made", "scored"):
        table.add_column(name, justify="right", no_wrap=True)
    table.add_column("hit rate", justify="right", no_wrap=True)
    table.add_column("95% CI", justify="right", no_wrap=True)
    table.add_column("Brier", justify="right", no_wrap=True)
    if wide:
        table.add_column("log", justify="right", no_wrap=True)
    unjudged = 0
    for position, s in enumerate(scores, 1):
        marker, style = "", ""
        if not s.judged:
            unjudged += 1
            marker, style = " *", "dim"
        decided = s.hits + s.misses
        rate = "–" if s.hit_rate is None else f"{percent(s.hit_rate)} ({s.hits}/{decided})"
        interval = "–" if s.hit_rate_low is None else f"{percent(s.hit_rate_low)}–{percent(s.hit_rate_high)}"
        cells = [str(position), text((s.source if s.source is not None else "(none)") + marker), str(s.predictions)]
        cells += [str(s.resolved), str(s.scored)] if wide else [str(s.scored)]
        cells += [rate, interval, number(s.brier)] + ([number(s.log_score, 2)] if wide else [])
        table.add_row(*cells, style=style)
    notes = []
    if unjudged:
        notes.append(f"* fewer than {min_scored} scored forecasts: too few to judge, ranked last")
    notes.append("Ranked by the interval's lower bound. Brier: 0 is perfect, 0.25 = always 50%."
                 + (" Log: 0 is perfect." if wide else " Wider terminals also show resolved and log."))
    table.caption = "\n".join(notes)
    return table


SCORECARD_COLUMNS = (
    "source", "predictions", "resolved", "scored", "hits", "misses", "hit_rate", "hit_rate_low",
    "hit_rate_high", "brier", "log_score", "judged",
)


class progress:  # noqa: N801 - used as a context manager like a function
    """A Rich progress bar on stderr for long work, shown only on a terminal (quiet when piped)."""

    def __init__(self, description: str, total: int | None) -> None:
        self.description = description
        self.total = total
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> progress:
        err = console(stderr=True)
        if err.is_interactive:  # a person watching, not a log (TTY_INTERACTIVE=0 turns it off)
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._progress = Progress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                console=err, transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task(self.description, total=self.total)
        return self

    def advance(self, amount: int = 1) -> None:
        if self._progress is not None:
            self._progress.advance(self._task, amount)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()


def calibration_table(cal: Any, *, title: str, columns: int | None = None) -> Table:
    """Bands of stated probability against how often those claims came true, with a bar chart
    (its heading shortened on a narrow terminal)."""
    from rich.table import Table
    from rich.text import Text

    width = 20
    chart = "chart: stated ▒ vs observed █" if columns is None or columns >= NARROW else "stated ▒, true █"
    table = Table(title=text(title), caption_justify="left")
    table.add_column("stated", no_wrap=True)
    table.add_column("n", justify="right", no_wrap=True)
    table.add_column("mean p", justify="right", no_wrap=True)
    table.add_column("came true", justify="right", no_wrap=True)
    table.add_column("95% CI", justify="right", no_wrap=True)
    table.add_column(chart, no_wrap=True)
    for band in cal.bands:
        if not band.count:
            table.add_row(band.label, "0", "–", "–", "–", Text("", style="dim"), style="dim")
            continue
        stated = round(band.mean_probability * width)
        observed = round(band.observed * width)
        bar = Text()
        bar.append("▒" * stated + " " * (width - stated), style="cyan")
        bar.append("\n")
        gap = abs(band.observed - band.mean_probability)
        drawn = "█" * observed if observed else "▏"  # a visible zero, not a missing bar
        bar.append(drawn + " " * (width - len(drawn)), style="green" if gap <= 0.1 else "yellow" if gap <= 0.25 else "red")
        table.add_row(
            band.label, str(band.count), percent(band.mean_probability), percent(band.observed),
            f"{percent(band.observed_low)}–{percent(band.observed_high)}", bar,
        )
    m = cal.murphy
    if m.count:
        table.caption = (
            f"Brier {m.brier:.3f} = reliability {m.reliability:.3f} − resolution {m.resolution:.3f} "
            f"+ uncertainty {m.uncertainty:.3f} (base rate {percent(m.base_rate)}, {m.count} scored with a probability).\n"
            "Reliability: 0 is perfectly calibrated. Resolution: higher means the forecasts told outcomes apart."
        )
    if cal.unstated:
        table.caption = (table.caption or "") + f"\n{cal.unstated} scored prediction(s) without a probability are left out."
    return table


def comparison_summary(comparison: Any) -> str:
    s = comparison.summary()
    return (
        f"{s['shared_claims']} shared claim(s), {s['compared']} scored with numbers from both. "
        f"Brier on those: {comparison.a} {number(s['brier_a'])}, {comparison.b} {number(s['brier_b'])}. "
        f"Closer: {comparison.a} {s['a_closer']}, {comparison.b} {s['b_closer']}, ties {s['ties']}."
    )


def comparison_cells(comparison: Any, claim: Any) -> tuple[object, ...]:
    """A compared claim as piped: claim id, claim, the two probabilities, outcome, closer."""
    closer = {"a": comparison.a, "b": comparison.b, "tie": "tie"}.get(claim.closer or "", "")
    return (claim.claim_id, claim.claim, csv_value(claim.probability_a), csv_value(claim.probability_b),
            outcome_label(claim.outcome) or "open", closer)


def comparison_table(comparison: Any, claims: Sequence[Any] | None = None, *, width: int | None = None) -> list[Any]:
    """The head-to-head table; on a narrow terminal the sources become A and B (named in the
    title) so the claim keeps its room."""
    from rich.table import Table

    named = len(comparison.a) + len(comparison.b) + max(len(comparison.a), len(comparison.b)) + 7 + 16
    wide = width is None or width - named >= 40  # the names fit and the claim keeps 40 columns
    a, b = (comparison.a, comparison.b) if wide else ("A", "B")
    title = f"{comparison.a} vs {comparison.b}: claims both predicted"
    if not wide:
        title = f"A: {comparison.a} vs B: {comparison.b}, claims both predicted"
    table = Table(title=text(title))
    table.add_column("claim", overflow="fold", ratio=3, min_width=None if wide else 30)
    table.add_column(text(a), justify="right", no_wrap=True, overflow="fold")
    table.add_column(text(b), justify="right", no_wrap=True, overflow="fold")
    table.add_column("outcome", no_wrap=True)
    table.add_column("closer", no_wrap=True)
    for c in comparison.claims if claims is None else claims:
        closer = {"a": a, "b": b, "tie": "tie"}.get(c.closer or "", "")
        table.add_row(
            text(c.claim),
            "asserts" if c.probability_a is None else percent(c.probability_a),
            "asserts" if c.probability_b is None else percent(c.probability_b),
            outcome_label(c.outcome) or "open",
            text(closer),
        )
    return [table, text(comparison_summary(comparison))]


def article_view(article: Any) -> list[Any]:
    """Renderables for one extracted article: what was found (or 'unknown'), then its forecasts."""
    from rich.panel import Panel
    from rich.table import Table

    info = Table.grid(padding=(0, 2))
    info.add_column(style="bold", no_wrap=True)
    info.add_column()
    for name, value in (
        ("title", article.title),
        ("author", article.author),
        ("published", article.published.isoformat() if article.published else None),
        ("outlet", article.outlet),
        ("sha256", article.sha256),
    ):
        info.add_row(name, text(value) if value else text("unknown", "yellow"))
    parts: list[Any] = [Panel(info, title=text(article.path), title_align="left", expand=False)]
    if not article.candidates:
        parts.append(text("No forecasts found.", "dim"))
        return parts
    from rich.text import Text

    grid = Table.grid(padding=(0, 1, 1, 0))
    grid.add_column(justify="right", no_wrap=True, style="bold")
    grid.add_column(justify="right", no_wrap=True, style="bold cyan")
    grid.add_column()
    for number, c in enumerate(article.candidates, 1):
        body = Text(c.claim)
        details = [f"by {c.deadline.isoformat()}" if c.deadline else "no deadline",
                   "the author's own" if c.speaker is None else f"reported: {c.speaker}", f"cue: {c.cue}"]
        if getattr(c, "confidence", None) is not None:
            details.append(f"confidence {c.confidence:.2f}")
        body.append("  (" + "; ".join(details) + ")", style="dim")
        body.append(f"\n“{c.quote}”", style="italic dim")
        grid.add_row(f"{number}.", percent(c.probability), body)
    parts.append(grid)
    own = sum(c.speaker is None for c in article.candidates)
    parts.append(text(f"{own} forecast(s) by the author, {len(article.candidates) - own} reported from others.", "dim"))
    return parts
