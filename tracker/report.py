"""The HTML report: one self-contained page with the scorecard, calibration charts and the
predictions behind them, readable on a laptop, a phone or paper.

``collect`` asks the database only for what the page shows: the scorecard and calibration
come from the SQL aggregates in ``aggregates.py``, and the predictions list is capped, so a
million-row database still gives a page a browser opens quickly. ``render_html`` is a pure
function of the collected data, testable without a database.

Every piece of text from users or articles passes through ``_e`` (``html.escape`` with
``quote=True``); links are drawn only for http(s) addresses, which ``records.clean_url``
already enforces on entry. The page loads nothing: no scripts, fonts, images or
stylesheets from anywhere, so it can be mailed, archived or opened offline.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import itertools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from tracker import scoring
from tracker.render import number, percent

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from tracker.aggregates import Calibration
    from tracker.queries import Filters

#: Most recent predictions listed; the rest are counted in a note. A page of 2,000 rows is
#: about a megabyte: still quick to open and search with the browser's find.
PREDICTION_LIMIT = 2_000
#: Calibration charts drawn, in scorecard order: one query each, and past a few dozen
#: small multiples nobody compares them any more.
CHART_LIMIT = 60
#: Quotes longer than this fold into a <details> so one long quote does not bury the list.
QUOTE_FOLD = 480


# --- data -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Coverage:
    """What the report covers, printed in its header."""

    database: str
    generated: dt.datetime
    filters: Filters
    by: str
    min_scored: int
    as_of: dt.date | None = None  # only what was known on this day


@dataclass(frozen=True)
class SourceChart:
    """One source's calibration, ``None`` when its group cannot be selected on its own."""

    source: str | None
    calibration: Calibration | None


@dataclass(frozen=True)
class PredictionRow:
    id: int
    claim: str
    author: str
    outlet: str | None
    date: str
    probability: float | None
    deadline: str | None
    quote: str | None
    url: str | None
    tags: tuple[str, ...]
    status: str  # open, due or resolved
    outcome: bool | str | None
    resolved_on: str | None
    evidence: str | None
    note: str | None
    verdict: str | None  # hit, miss, neither (p = 0.5), or None when not scored

    @classmethod
    def from_listing(cls, row: dict[str, Any]) -> PredictionRow:
        """From a row of ``queries.iter_predictions`` (the JSON contract)."""
        outcome = row["outcome"]
        verdict = None
        if isinstance(outcome, bool):
            hit = scoring.is_hit(row["probability"], outcome)
            verdict = "neither" if hit is None else ("hit" if hit else "miss")
        return cls(
            id=row["id"], claim=row["claim"], author=row["author"], outlet=row["outlet"], date=row["date"],
            probability=row["probability"], deadline=row["deadline"], quote=row["quote"], url=row["url"],
            tags=tuple(row["tags"]), status=row["status"], outcome=outcome, resolved_on=row["resolved_on"],
            evidence=row["evidence"], note=row["note"], verdict=verdict,
        )


@dataclass(frozen=True)
class ReportData:
    coverage: Coverage
    scores: list[scoring.SourceScore]
    overall: Calibration
    charts: list[SourceChart]
    charts_left_out: int  # sources with scored forecasts beyond CHART_LIMIT
    predictions: list[PredictionRow]
    predictions_total: int  # all predictions matching the filters, listed or not


# --- collecting -----------------------------------------------------------------------


def collect(
    conn: Connection,
    filters: Filters,
    *,
    by: str,
    min_scored: int,
    database: str | None = None,
    generated: dt.datetime | None = None,
    limit: int = PREDICTION_LIMIT,
    chart_limit: int = CHART_LIMIT,
    on_progress: Callable[[int], None] | None = None,
    as_of: dt.date | None = None,
) -> ReportData:
    """Everything the page shows, in a handful of aggregate queries plus one capped listing.

    ``database`` and ``generated`` default to the connection's file name and now (UTC);
    tests pin them so a page can be compared byte for byte.
    """
    from tracker import aggregates, queries

    scores = aggregates.scorecard(conn, filters, by=by, min_scored=min_scored, as_of=as_of)
    charted = [s for s in scores if s.scored][:chart_limit]
    charts = []
    for score in charted:
        charts.append(SourceChart(score.source, _source_calibration(conn, filters, by, score.source, as_of)))
        if on_progress:
            on_progress(1)
    return ReportData(
        coverage=Coverage(
            database=database if database is not None else _database_name(conn),
            generated=generated or dt.datetime.now(dt.UTC),
            filters=filters, by=by, min_scored=min_scored, as_of=as_of,
        ),
        scores=scores,
        overall=aggregates.calibration(conn, filters, as_of=as_of),
        charts=charts,
        charts_left_out=sum(1 for s in scores if s.scored) - len(charted),
        predictions=_recent_predictions(conn, filters, limit, as_of),
        predictions_total=queries.count_predictions(conn, _made_by(filters, as_of)),
    )


def _made_by(filters: Filters, as_of: dt.date | None) -> Filters:
    """The filters narrowed to predictions made on or before ``as_of``."""
    if as_of is None or (filters.until is not None and filters.until <= as_of):
        return filters
    if filters.since is not None and filters.since > as_of:
        return dataclasses.replace(filters, since=as_of, until=as_of)  # nothing made in range: empty, still valid
    return dataclasses.replace(filters, until=as_of)


def _source_calibration(conn: Connection, filters: Filters, by: str, source: str | None,
                        as_of: dt.date | None = None) -> Calibration | None:
    from tracker import aggregates

    narrowed = source_filters(filters, by, source)
    return None if narrowed is None else aggregates.calibration(conn, narrowed, as_of=as_of)


def source_filters(filters: Filters, by: str, source: str | None) -> Filters | None:
    """The report's filters narrowed to one scorecard group, so its calibration covers exactly
    the predictions its scorecard row counts.

    ``None`` when ``Filters`` cannot express the group: predictions with no outlet, or one tag
    while the report is already filtered on another (that would need both tags at once).
    """
    from tracker.names import fold

    if source is None:
        return None
    if by == "author":
        return dataclasses.replace(filters, author=source)
    if by == "outlet":
        return dataclasses.replace(filters, outlet=source)
    if by == "tag":
        if filters.tag is not None and fold(filters.tag) != fold(source):  # tags are grouped folded
            return None
        return dataclasses.replace(filters, tag=source)
    if by == "year":
        start, end = dt.date(int(source), 1, 1), dt.date(int(source), 12, 31)
        since = max(filters.since, start) if filters.since else start
        until = min(filters.until, end) if filters.until else end
        return dataclasses.replace(filters, since=since, until=until)
    return None


def _recent_predictions(conn: Connection, filters: Filters, limit: int, as_of: dt.date | None = None) -> list[PredictionRow]:
    """The ``limit`` most recent predictions (as known on ``as_of``); the generator is closed so
    its cursor is freed before the read transaction ends."""
    from tracker import queries

    rows = queries.iter_predictions(conn, filters, order="newest", as_of=as_of)
    try:
        return [PredictionRow.from_listing(row) for row in itertools.islice(rows, limit)]
    finally:
        close = getattr(rows, "close", None)  # typed as an Iterator; it is a generator
        if close is not None:
            close()


def _database_name(conn: Connection) -> str:
    """The main database's file name (not its folder: the report may be shared)."""
    for _seq, name, path in conn.exec_driver_sql("PRAGMA database_list"):
        if name == "main" and path:
            return str(path).replace("\\", "/").rsplit("/", 1)[-1]
    return "(in memory)"


def summary(data: ReportData) -> str:
    """One line for stderr after writing the file."""
    shown = len(data.predictions)
    listed = f"all {shown:,}" if shown == data.predictions_total else f"the {shown:,} most recent"
    drawn = 1 + sum(1 for c in data.charts if c.calibration is not None and c.calibration.murphy.count)
    return (
        f"{_plural(len(data.scores), data.coverage.by)} scored, {drawn} calibration chart(s), "
        f"{listed} of {data.predictions_total:,} prediction(s) listed"
    )


# --- HTML helpers ---------------------------------------------------------------------


def _e(value: object) -> str:
    """Escape any value for HTML text or a double-quoted attribute."""
    return html.escape("" if value is None else str(value), quote=True)


def _link(url: str | None, text: str | None = None) -> str:
    """An outbound link, or the address as plain text if it is not http(s) (defence in depth)."""
    if not url:
        return ""
    if not re.match(r"^https?://", url, re.IGNORECASE):
        return f'<span class="url">{_e(url)}</span>'
    try:
        label = text or urlsplit(url).hostname or url
    except ValueError:  # a malformed host stored before addresses were checked: show it as text
        return f'<span class="url">{_e(url)}</span>'
    return (
        f'<a href="{_e(url)}" rel="noopener noreferrer" target="_blank" title="{_e(url)}">'
        f"{_e(label)}</a>"
    )


def _pct(p: float | None) -> str:
    """A stated probability as people write it: 75%, 12.5%, 0.1%."""
    if p is None:
        return "–"
    value = p * 100
    return f"{value:.0f}%" if abs(value - round(value)) < 1e-9 else f"{value:.1f}%"


def _source_name(source: str | None, by: str) -> str:
    return source if source is not None else f"(no {by})"


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


# --- calibration chart ----------------------------------------------------------------

# Plot geometry in SVG user units: a square plot PLOT wide, LEFT/TOP from the edges, so a
# point at (p, f) is drawn at (LEFT + p * PLOT, TOP + (1 - f) * PLOT). The strip above the
# plot holds each band's n, where labels never collide with points or error bars.
LEFT, TOP, PLOT = 48, 32, 256
WIDTH, HEIGHT = LEFT + PLOT + 16, TOP + PLOT + 44


def _x(p: float) -> float:
    return LEFT + p * PLOT


def _y(f: float) -> float:
    return TOP + (1 - f) * PLOT


def _n(v: float) -> str:
    """Coordinates with one decimal: enough on any screen, short in the file."""
    return f"{v:.1f}"


def _band_text(b: scoring.Band) -> str:
    return (
        f"{b.label}: {b.count} scored, mean stated {percent(b.mean_probability)}, came true "
        f"{percent(b.observed)} (95% interval {percent(b.observed_low)}–{percent(b.observed_high)})"
    )


def calibration_svg(bands: Sequence[scoring.Band], *, title: str) -> str:
    """An inline SVG reliability diagram: stated probability across, how often it came true up.

    Drawn by hand rather than with a charting library so the report stays one file with no
    scripts. Each non-empty band is one ``circle.cal-point`` at (mean stated probability,
    observed frequency) with its Wilson interval as an error bar; the area grows with n,
    and n is printed above the plot in the band's column.
    """
    filled = [b for b in bands if b.count]
    biggest = max((b.count for b in filled), default=1)
    description = "Dashed diagonal: perfect calibration. " + (
        "; ".join(_band_text(b) for b in filled) if filled else "No scored forecasts with a probability."
    )
    parts = [
        f'<svg class="cal-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{_e(title)}">',
        f"<title>{_e(title)}</title>",
        f"<desc>{_e(description)}</desc>",
        *_axes(),
        (f'<line class="cal-diag" x1="{_n(_x(0))}" y1="{_n(_y(0))}" x2="{_n(_x(1))}" y2="{_n(_y(1))}" '
         'stroke="#8a94a3" stroke-width="1.5" stroke-dasharray="5 4"/>'),
        *(_point(b, biggest) for b in filled),
        *_counts(filled),
    ]
    if not filled:
        parts.append(
            f'<text class="cal-empty" x="{_n(_x(0.5))}" y="{_n(_y(0.5))}" text-anchor="middle" '
            'fill="#5b6470" font-size="13">nothing to plot yet</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _axes() -> list[str]:
    """Grid every 10%, ticks and labels every 20%, and the two axis titles."""
    out = ['<g class="cal-grid" stroke="#e3e7ec" stroke-width="1">']
    for i in range(11):
        v = i / 10
        out.append(f'<line x1="{_n(_x(v))}" y1="{_n(_y(0))}" x2="{_n(_x(v))}" y2="{_n(_y(1))}"/>')
        out.append(f'<line x1="{_n(_x(0))}" y1="{_n(_y(v))}" x2="{_n(_x(1))}" y2="{_n(_y(v))}"/>')
    out.append("</g>")
    out.append(
        f'<rect class="cal-frame" x="{LEFT}" y="{TOP}" width="{PLOT}" height="{PLOT}" fill="none" '
        'stroke="#8a94a3" stroke-width="1"/>'
    )
    out.append('<g class="cal-ticks" fill="#5b6470" font-size="11">')
    for i in range(0, 11, 2):
        v = i / 10
        out.append(f'<text x="{_n(_x(v))}" y="{_n(_y(0) + 16)}" text-anchor="middle">{i * 10}%</text>')
        out.append(f'<text x="{_n(_x(0) - 6)}" y="{_n(_y(v) + 4)}" text-anchor="end">{i * 10}%</text>')
    out.append("</g>")
    out.append(
        f'<text class="cal-label" x="{_n(_x(0.5))}" y="{HEIGHT - 6}" text-anchor="middle" '
        'fill="#1b1f24" font-size="12">Stated probability</text>'
    )
    out.append(
        f'<text class="cal-label" transform="rotate(-90)" x="{_n(-_y(0.5))}" y="13" text-anchor="middle" '
        'fill="#1b1f24" font-size="12">Came true</text>'
    )
    return out


def _point(b: scoring.Band, biggest: int) -> str:
    """One band: error bar, point (radius by sqrt of n, so area is proportional) and an n label.

    A point is marked ``off`` when its interval excludes the diagonal: in that band the
    source was over- or under-confident by more than chance explains.
    """
    assert b.mean_probability is not None and b.observed is not None
    assert b.observed_low is not None and b.observed_high is not None
    cx, cy = _x(b.mean_probability), _y(b.observed)
    r = 3.5 + 5.0 * math.sqrt(b.count / biggest)
    off = not (b.observed_low <= b.mean_probability <= b.observed_high)
    top, bottom = _y(b.observed_high), _y(b.observed_low)
    colour = "#c2410c" if off else "#0b5cad"
    return (
        f'<g class="cal-band{" off" if off else ""}" stroke="{colour}">'
        f'<line class="cal-err" x1="{_n(cx)}" y1="{_n(top)}" x2="{_n(cx)}" y2="{_n(bottom)}" stroke-width="1.5"/>'
        f'<line class="cal-err" x1="{_n(cx - 4)}" y1="{_n(top)}" x2="{_n(cx + 4)}" y2="{_n(top)}" stroke-width="1.5"/>'
        f'<line class="cal-err" x1="{_n(cx - 4)}" y1="{_n(bottom)}" x2="{_n(cx + 4)}" y2="{_n(bottom)}" stroke-width="1.5"/>'
        f'<circle class="cal-point{" off" if off else ""}" cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(r)}" '
        f'data-n="{b.count}" fill="{colour}" stroke="#ffffff" stroke-width="1.5">'
        f"<title>{_e(_band_text(b))}</title></circle>"
        "</g>"
    )


def _counts(filled: Sequence[scoring.Band]) -> list[str]:
    """Each band's n centred over its tenth of the axis, with an "n" heading at the left."""
    if not filled:
        return []
    y = _n(TOP - 9)
    out = ['<g class="cal-counts" fill="#3d4651" font-size="10" text-anchor="middle">',
           f'<text class="cal-n-head" x="{_n(_x(0) - 6)}" y="{y}" text-anchor="end">n</text>']
    for b in filled:
        label = f"{b.count:,}" if b.count < 10_000 else f"{b.count / 1000:.0f}k"
        out.append(f'<text class="cal-n" x="{_n(_x((b.index + 0.5) / scoring.BANDS))}" y="{y}">{label}</text>')
    out.append("</g>")
    return out


# --- the page ---------------------------------------------------------------------------


def render_html(data: ReportData) -> str:
    """The whole page as one string: pure, so it is tested on hand-made data."""
    c = data.coverage
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
        '<meta name="generator" content="tracker">',
        f"<title>{_e(_page_title(c))}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        _header(data),
        '<main class="wrap">',
        _scorecard_section(data),
        _legend(c),
        _calibration_section(data),
        _predictions_section(data),
        "</main>",
        (f'<footer class="wrap foot"><p>Made by tracker from {_e(c.database)} on {_e(_when(c.generated))}. '
         "Scores use each claim’s latest recorded outcome.</p></footer>"),
        "</body>",
        "</html>",
        "",
    ])


def _page_title(c: Coverage) -> str:
    scope = _scope_phrases(c.filters) + ([f"as of {c.as_of.isoformat()}"] if c.as_of else [])
    return "Forecast report" + (f": {', '.join(scope)}" if scope else "")


def _when(moment: dt.datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
        return moment.strftime("%Y-%m-%d %H:%M UTC")
    return moment.strftime("%Y-%m-%d %H:%M")


def _scope_phrases(f: Filters) -> list[str]:
    phrases = []
    if f.author is not None:
        phrases.append(f"author {f.author}")
    if f.outlet is not None:
        phrases.append(f"outlet {f.outlet}")
    if f.tag is not None:
        phrases.append(f"tag {f.tag}")
    if f.since and f.until:
        phrases.append(f"made {f.since.isoformat()} to {f.until.isoformat()}")
    elif f.since:
        phrases.append(f"made on or after {f.since.isoformat()}")
    elif f.until:
        phrases.append(f"made on or before {f.until.isoformat()}")
    return phrases


def _header(data: ReportData) -> str:
    c = data.coverage
    scope = _scope_phrases(c.filters)
    covers = "; ".join(_e(p) for p in scope) if scope else "every prediction in the database"
    facts = [
        ("Covers", covers),
        ("Predictions", f"{data.predictions_total:,}"),
        ("Grouped by", _e(c.by)),
        *([("As of", _e(c.as_of.isoformat()))] if c.as_of else []),
        ("Ranked if", f"at least {_plural(c.min_scored, 'scored forecast')}"),
        ("Database", f"<code>{_e(c.database)}</code>"),
        ("Generated", _e(_when(c.generated))),
    ]
    items = "".join(f"<div><dt>{k}</dt><dd>{v}</dd></div>" for k, v in facts)
    return (
        '<header class="masthead"><div class="wrap">'
        '<p class="eyebrow">tracker report</p>'
        f"<h1>{_e(_page_title(c))}</h1>"
        f'<dl class="facts">{items}</dl>'
        '<nav class="toc" aria-label="Sections"><a href="#scorecard">Scorecard</a>'
        '<a href="#calibration">Calibration</a><a href="#predictions">Predictions</a>'
        '<a href="#legend">Legend</a></nav>'
        "</div></header>"
    )


def _legend(c: Coverage) -> str:
    terms = [
        ("Hit rate", ("Share of decided forecasts that pointed the right way (above 50% for a claim that came "
         "true, below 50% for one that did not), shown as hits/decided. A forecast without a number asserts "
         "its claim; exactly 50% is neither hit nor miss.")),
        ("95% interval", ("Wilson interval of the hit rate: the true rates the record is consistent with. "
         "Sources are ranked by its lower end, so a lucky streak does not outrank a long good record.")),
        ("Brier", ("Mean squared gap between probability and outcome (1 or 0). 0 is perfect, always saying "
         "50% scores 0.25; lower is better.")),
        ("Log score", ("Mean natural log of the probability given to what happened (clipped at 0.1%). "
         "0 is perfect, 50% every time scores −0.69; confident misses cost the most.")),
        ("Calibration", ("Forecasts in bands of stated probability (0–10% … 90–100%): each point is a band at "
         "its mean stated probability and how often those claims came true, with its 95% interval as a bar. "
         "n is printed above the plot. Orange points miss the diagonal by more than chance explains.")),
        ("Too few to judge", f"Fewer than {_plural(c.min_scored, 'scored forecast')}: listed, but ranked last."),
    ]
    items = "".join(f"<div><dt>{_e(k)}</dt><dd>{_e(v)}</dd></div>" for k, v in terms)
    return (
        '<section id="legend" class="legend" aria-labelledby="legend-h">'
        '<h2 id="legend-h">How to read this report</h2>'
        f'<dl class="terms">{items}</dl>'
        '<p class="small">Scored means the claim’s latest outcome is true or false; ambiguous and annulled '
        "claims count as resolved but are not scored.</p>"
        "</section>"
    )


# --- scorecard -----------------------------------------------------------------------


def _scorecard_section(data: ReportData) -> str:
    c = data.coverage
    head = f'<section id="scorecard" aria-labelledby="scorecard-h"><h2 id="scorecard-h">Scorecard by {_e(c.by)}</h2>'
    if not data.scores:
        return head + '<p class="empty">No predictions match these filters.</p></section>'
    columns = [("#", "num"), (c.by.capitalize(), "src"), ("Made", "num"), ("Resolved", "num"), ("Scored", "num"),
               ("Hit rate", "num"), ("95% interval", "ci"), ("Brier", "num"), ("Log score", "num")]
    thead = "".join(f'<th scope="col" class="{cls}">{_e(name)}</th>' for name, cls in columns)
    rows = "\n".join(_score_row(i, s, c.by) for i, s in enumerate(data.scores, 1))
    unjudged = sum(1 for s in data.scores if not s.judged)
    note = (
        f'<p class="small"><span class="badge muted">too few to judge</span> {_plural(unjudged, c.by)} with fewer than '
        f"{_plural(c.min_scored, 'scored forecast')}: listed, but ranked last.</p>"
        if unjudged else ""
    )
    return (
        f"{head}"
        '<p class="small">Ranked by the lower end of the hit rate’s 95% interval, then Brier. '
        "The bar shows the interval, the dot the hit rate, the tick 50%.</p>"
        '<div class="table-wrap cards" role="region" aria-labelledby="scorecard-h" tabindex="0">'
        f'<table class="scorecard"><thead><tr>{thead}</tr></thead><tbody>{rows}</tbody></table></div>'
        f"{note}</section>"
    )


def _score_row(position: int, s: scoring.SourceScore, by: str) -> str:
    decided = s.hits + s.misses
    rate = "–" if s.hit_rate is None else f'{percent(s.hit_rate)} <span class="frac">({s.hits}/{decided})</span>'
    badge = "" if s.judged else ' <span class="badge muted">too few to judge</span>'
    # data-label names each figure when a phone shows the row as a card (see CSS).
    cells = [
        f'<td class="num rank" data-label="Rank">{position}</td>',
        f'<th scope="row" class="src">{_e(_source_name(s.source, by))}{badge}</th>',
        f'<td class="num" data-label="Made">{s.predictions:,}</td>',
        f'<td class="num" data-label="Resolved">{s.resolved:,}</td>',
        f'<td class="num" data-label="Scored">{s.scored:,}</td>',
        f'<td class="num rate" data-label="Hit rate">{rate}</td>',
        f'<td class="ci" data-label="95% interval">{_interval(s)}</td>',
        f'<td class="num brier" data-label="Brier">{number(s.brier)}</td>',
        f'<td class="num logscore" data-label="Log score">{number(s.log_score, 2)}</td>',
    ]
    return f'<tr class="{"judged" if s.judged else "unjudged"}">{"".join(cells)}</tr>'


def _interval(s: scoring.SourceScore) -> str:
    """The interval as text and as a small bar (inline CSS widths: no script, prints fine)."""
    if s.hit_rate_low is None or s.hit_rate_high is None or s.hit_rate is None:
        return "–"
    low, high = s.hit_rate_low * 100, s.hit_rate_high * 100
    return (
        f'<span class="ci-text">{percent(s.hit_rate_low)}–{percent(s.hit_rate_high)}</span>'
        '<span class="ci-bar" aria-hidden="true"><span class="ci-mid"></span>'
        f'<span class="ci-range" style="left:{low:.1f}%;width:{max(high - low, 0.5):.1f}%"></span>'
        f'<span class="ci-dot" style="left:{s.hit_rate * 100:.1f}%"></span></span>'
    )


# --- calibration section -------------------------------------------------------------


def _calibration_section(data: ReportData) -> str:
    by = data.coverage.by
    cards = [_chart_card("All selected predictions", data.overall, lead=True)]
    skipped = []
    for chart in data.charts:
        name = _source_name(chart.source, by)
        if chart.calibration is None or not chart.calibration.murphy.count:
            skipped.append(name)
            continue
        cards.append(_chart_card(name, chart.calibration))
    notes = []
    if skipped:
        notes.append(
            f"No chart for {_names(skipped)}: no scored forecast with a stated probability, "
            "or a group the report cannot select on its own (no outlet, or a second tag)."
        )
    if data.charts_left_out:
        notes.append(f"{_plural(data.charts_left_out, 'more ' + by)} left out; narrow the filters to chart them.")
    unscored = sum(1 for s in data.scores if not s.scored)
    if unscored:
        notes.append(f"{_plural(unscored, by)} with nothing scored yet have no chart.")
    note_html = "".join(f'<p class="small">{_e(n)}</p>' for n in notes)
    chart_html = "\n".join(cards)
    return (
        '<section id="calibration" aria-labelledby="calibration-h"><h2 id="calibration-h">Calibration</h2>'
        '<p class="small">When a source says 70%, does it happen about 70% of the time? Points on the '
        "dashed diagonal say yes; below it, overconfident; above it, underconfident.</p>"
        f'<div class="charts">{chart_html}</div>{note_html}</section>'
    )


def _names(names: list[str], limit: int = 12) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit:,} more" if len(names) > limit else "")


def _chart_card(name: str, cal: Calibration, *, lead: bool = False) -> str:
    m = cal.murphy
    if m.count:
        assert m.brier is not None and m.reliability is not None and m.resolution is not None
        stats = (
            f"{_plural(m.count, 'scored forecast')} with a probability · Brier {number(m.brier)} "
            f"(reliability {number(m.reliability)}, resolution {number(m.resolution)})"
        )
    else:
        stats = "No scored forecasts with a probability yet."
    if cal.unstated:
        stats += f" · {cal.unstated:,} without a probability left out"
    svg = calibration_svg(cal.bands, title=f"Calibration of {name}")
    return (
        f'<figure class="chart-card{" lead" if lead else ""}">'
        f'<figcaption><h3>{_e(name)}</h3><p class="small">{_e(stats)}</p></figcaption>'
        f"{svg}{_band_table(cal.bands)}</figure>"
    )


def _band_table(bands: Iterable[scoring.Band]) -> str:
    """The chart's numbers, for screen readers, print and anyone who prefers a table."""
    rows = "".join(
        f'<tr><th scope="row">{_e(b.label)}</th><td class="num">{b.count:,}</td>'
        f'<td class="num">{percent(b.mean_probability)}</td><td class="num">{percent(b.observed)}</td>'
        f'<td class="num">{percent(b.observed_low)}–{percent(b.observed_high)}</td></tr>'
        for b in bands if b.count
    )
    if not rows:
        return ""
    return (
        '<details class="bands"><summary>Numbers</summary><div class="table-wrap">'
        '<table><thead><tr><th scope="col">Band</th><th scope="col" class="num">n</th>'
        '<th scope="col" class="num">Mean stated</th><th scope="col" class="num">Came true</th>'
        f'<th scope="col" class="num">95% interval</th></tr></thead><tbody>{rows}</tbody></table></div></details>'
    )


# --- predictions -----------------------------------------------------------------------

_OUTCOMES: dict[bool | str, tuple[str, str]] = {True: ("true", "good"), False: ("false", "bad"), "ambiguous": ("ambiguous", "muted"),
             "annulled": ("annulled", "muted")}


def _predictions_section(data: ReportData) -> str:
    shown, total = len(data.predictions), data.predictions_total
    head = '<section id="predictions" aria-labelledby="predictions-h"><h2 id="predictions-h">Predictions</h2>'
    if not shown:
        return head + '<p class="empty">No predictions match these filters.</p></section>'
    if shown < total:
        intro = (
            f'<p class="note">Showing the {shown:,} most recent of {total:,} predictions; '
            f"{total - shown:,} older ones are left out to keep this page quick to open. "
            "Narrow it with --since, --until, --author, --outlet or --tag, or use tracker export for all of them.</p>"
        )
    else:
        intro = f'<p class="small">{_plural(total, "prediction")}, newest first.</p>'
    columns = ["Made", "Source", "Claim", "Probability", "Deadline", "Outcome"]
    thead = "".join(f'<th scope="col">{name}</th>' for name in columns)
    rows = "\n".join(_prediction_row(p) for p in data.predictions)
    return (
        f"{head}{intro}"
        f'<div class="table-wrap flush"><table class="predictions"><thead><tr>{thead}</tr></thead>'
        f"<tbody>{rows}</tbody></table></div></section>"
    )


def _prediction_row(p: PredictionRow) -> str:
    source = f'<span class="who">{_e(p.author)}</span>'
    if p.outlet:
        source += f'<span class="outlet">{_e(p.outlet)}</span>'
    probability = (
        f'<span class="prob">{_pct(p.probability)}</span>' if p.probability is not None
        else '<span class="prob asserts" title="No number stated: the prediction asserts the claim">asserts</span>'
    )
    cells = [
        ("Made", "made date", _e(p.date)),
        ("Source", "source", source),
        ("Claim", "claim", _claim(p)),
        ("Probability", "num prob-cell", probability),
        ("Deadline", "deadline date", _e(p.deadline) if p.deadline else "–"),
        ("Outcome", "outcome", _outcome(p)),
    ]
    # One wrapper per cell: on a phone each cell becomes "label above value" in a card.
    tds = "".join(f'<td data-label="{label}" class="{cls}"><div class="cell">{body}</div></td>' for label, cls, body in cells)
    return f'<tr id="p{p.id}">{tds}</tr>'


def _claim(p: PredictionRow) -> str:
    out = [f'<p class="claim-text">{_e(p.claim)}</p>']
    if p.quote:
        if len(p.quote) > QUOTE_FOLD:
            out.append(
                f'<details class="quote-fold"><summary>Quote ({len(p.quote):,} characters)</summary>'
                f"<blockquote>{_e(p.quote)}</blockquote></details>"
            )
        else:
            out.append(f"<blockquote>{_e(p.quote)}</blockquote>")
    extras = [f'<span class="pid">#{p.id}</span>']
    extras += [f'<span class="tag">{_e(tag)}</span>' for tag in p.tags]
    if p.url:
        extras.append(f'<span class="srclink">source: {_link(p.url)}</span>')
    out.append(f'<p class="extras">{" ".join(extras)}</p>')
    return "".join(out)


def _outcome(p: PredictionRow) -> str:
    if p.status != "resolved":
        if p.status == "due":
            return '<span class="badge warn" title="Deadline passed; no outcome recorded yet">due</span>'
        return '<span class="badge open">open</span>'
    outcome = p.outcome if p.outcome is not None else ""
    word, tone = _OUTCOMES.get(outcome, (str(outcome), "muted"))
    out = [f'<span class="badge {tone}">{_e(word)}</span>']
    if p.verdict:
        mark = {"hit": "✓ ", "miss": "✗ "}.get(p.verdict, "")
        out.append(f' <span class="verdict {p.verdict}">{mark}{p.verdict}</span>')
    if p.resolved_on:
        out.append(f'<span class="when">resolved {_e(p.resolved_on)}</span>')
    if p.evidence:
        out.append(f'<span class="evidence">evidence: {_link(p.evidence)}</span>')
    if p.note:
        out.append(f'<span class="note-text">{_e(p.note)}</span>')
    return "".join(out)


# --- style -----------------------------------------------------------------------------

CSS = """
:root{--bg:#f5f6f8;--surface:#fff;--text:#1b1f24;--muted:#56606b;--border:#d8dde3;--soft:#eef1f4;
--accent:#0b5cad;--accent-soft:#e5effa;--good:#146c34;--good-soft:#e2f3e7;--bad:#b42318;--bad-soft:#fdeceb;
--warn:#8a4b00;--warn-soft:#fff1d6;--orange:#c2410c;--radius:10px}
@media (prefers-color-scheme:dark){:root{--bg:#0e1116;--surface:#161b22;--text:#e6e9ee;--muted:#9ea7b3;
--border:#2e3640;--soft:#1d242d;--accent:#6cb2ff;--accent-soft:#14263a;--good:#5fd08a;--good-soft:#12301d;
--bad:#ff8a80;--bad-soft:#3a1714;--warn:#f0b957;--warn-soft:#33260c;--orange:#fb923c}}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--text);
font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif}
.wrap{max-width:1200px;margin:0 auto;padding:0 24px}
h1,h2,h3{line-height:1.25;margin:0}
h1{font-size:clamp(1.5rem,1.1rem + 1.6vw,2.1rem);letter-spacing:-.01em}
h2{font-size:1.35rem;margin-bottom:.4rem}
h3{font-size:1rem}
a{color:var(--accent);text-underline-offset:2px;overflow-wrap:anywhere}
a:focus-visible,[tabindex]:focus-visible,summary:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:.9em}
.small{font-size:.875rem;color:var(--muted);margin:.25rem 0 .75rem}
.empty{color:var(--muted);font-style:italic}
.masthead{background:var(--surface);border-bottom:1px solid var(--border);padding:28px 0 0}
.eyebrow{margin:0 0 4px;font-size:.75rem;font-weight:600;letter-spacing:.08em;text-transform:uppercase;color:var(--muted)}
.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:10px 24px;margin:18px 0 0;padding:0}
.facts div{min-width:0}
.facts dt{font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.facts dd{margin:0;font-weight:600;overflow-wrap:anywhere}
.toc{display:flex;gap:4px;flex-wrap:wrap;margin-top:18px}
.toc a{padding:10px 12px;text-decoration:none;font-weight:600;font-size:.9rem;border-bottom:3px solid transparent}
.toc a:hover{border-bottom-color:var(--accent)}
main>section{background:var(--surface);border:1px solid var(--border);border-radius:var(--radius);
padding:22px 24px;margin:24px 0}
.legend .terms{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px 28px;margin:.5rem 0}
.terms dt{font-weight:700}
.terms dd{margin:0;color:var(--muted);font-size:.92rem}
.table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch;
background:linear-gradient(to right,var(--surface) 30%,transparent) left/40px 100% no-repeat local,
linear-gradient(to left,var(--surface) 30%,transparent) right/40px 100% no-repeat local,
radial-gradient(farthest-side at 0 50%,rgba(0,0,0,.16),transparent) left/14px 100% no-repeat scroll,
radial-gradient(farthest-side at 100% 50%,rgba(0,0,0,.16),transparent) right/14px 100% no-repeat scroll}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
th,td{padding:9px 10px;text-align:left;vertical-align:top;border-bottom:1px solid var(--border)}
thead th{font-size:.78rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:600;
border-bottom:2px solid var(--border);white-space:nowrap}
.num{text-align:right;white-space:nowrap}
/* Separate borders and whole-pixel rows: otherwise the sticky name cell's border is
   hidden or drawn half a pixel off the rest of the row. */
.scorecard{min-width:760px;border-collapse:separate;border-spacing:0;line-height:24px}
.scorecard tbody tr:hover{background:var(--soft)}
.scorecard th.src{font-weight:600;min-width:10rem;max-width:22rem;overflow-wrap:anywhere}
.scorecard tbody th.src{position:sticky;left:0;background:var(--surface);z-index:1}
.scorecard tbody tr:hover th.src{background:var(--soft)}
.scorecard tr.unjudged td,.scorecard tr.unjudged th{color:var(--muted)}
.scorecard td.ci{min-width:150px;white-space:nowrap}
.frac{color:var(--muted);font-size:.85em}
.ci-text{display:inline-block;min-width:5.6em}
.ci-bar{position:relative;display:inline-block;vertical-align:middle;width:80px;height:10px;margin-left:6px;
background:var(--soft);border-radius:5px}
.ci-mid{position:absolute;left:50%;top:-2px;bottom:-2px;border-left:1px solid var(--muted)}
.ci-range{position:absolute;top:2px;height:6px;border-radius:3px;background:var(--accent);opacity:.45}
.ci-dot{position:absolute;top:0;width:10px;height:10px;margin-left:-5px;border-radius:50%;background:var(--accent);
border:2px solid var(--surface)}
.unjudged .ci-range,.unjudged .ci-dot{background:var(--muted)}
.badge{display:inline-block;padding:1px 8px;border-radius:999px;font-size:.75rem;font-weight:600;white-space:nowrap;
border:1px solid transparent;vertical-align:1px}
.badge.muted{background:var(--soft);color:var(--muted);border-color:var(--border)}
.badge.good{background:var(--good-soft);color:var(--good)}
.badge.bad{background:var(--bad-soft);color:var(--bad)}
.badge.warn{background:var(--warn-soft);color:var(--warn)}
.badge.open{background:var(--accent-soft);color:var(--accent)}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:18px;margin-top:12px}
.chart-card{margin:0;padding:14px 14px 10px;border:1px solid var(--border);border-radius:var(--radius);
background:var(--surface);min-width:0;break-inside:avoid}
.chart-card.lead{border-color:var(--accent);box-shadow:inset 0 3px 0 var(--accent)}
.chart-card h3{overflow-wrap:anywhere}
.chart-card .small{margin:.2rem 0 .4rem}
.cal-chart{display:block;width:100%;max-width:420px;height:auto;margin:0 auto}
.cal-grid{stroke:var(--soft)}
.cal-frame,.cal-diag{stroke:var(--muted)}
.cal-ticks,.cal-empty{fill:var(--muted)}
.cal-label{fill:var(--text)}
.cal-band{stroke:var(--accent)}
.cal-band.off{stroke:var(--orange)}
.cal-point{fill:var(--accent);stroke:var(--surface)}
.cal-point.off{fill:var(--orange)}
.cal-counts{fill:var(--muted)}
details.bands{margin-top:6px;font-size:.85rem}
details.bands th,details.bands td{padding:4px 6px}
summary{cursor:pointer;color:var(--accent);font-weight:600;padding:4px 0}
.note{background:var(--warn-soft);color:var(--text);border-left:4px solid var(--warn);padding:10px 14px;
border-radius:6px;font-size:.92rem}
.predictions{min-width:0}
.predictions td{font-size:.93rem}
.predictions td.source{min-width:8rem;max-width:13rem;overflow-wrap:anywhere}
.predictions td.made,.predictions td.deadline{white-space:nowrap;color:var(--muted)}
.predictions td.claim{min-width:18rem;width:48%}
.predictions td.outcome{min-width:9rem;max-width:15rem}
.who{display:block;font-weight:600}
.outlet{display:block;color:var(--muted);font-size:.88em}
.claim-text{margin:0;font-weight:500;overflow-wrap:anywhere}
blockquote{margin:6px 0 0;padding:2px 0 2px 10px;border-left:3px solid var(--border);color:var(--muted);
font-style:italic;white-space:pre-line;overflow-wrap:anywhere}
.quote-fold summary{font-size:.85rem}
.extras{margin:6px 0 0;font-size:.8rem;color:var(--muted);display:flex;flex-wrap:wrap;gap:4px 10px;align-items:baseline}
.tag{background:var(--soft);border:1px solid var(--border);border-radius:4px;padding:0 6px}
.prob{font-weight:700}
.prob.asserts{font-weight:500;font-style:italic;color:var(--muted)}
.verdict{font-size:.78rem;font-weight:700;text-transform:uppercase;letter-spacing:.04em}
.verdict.hit{color:var(--good)}
.verdict.miss{color:var(--bad)}
.verdict.neither{color:var(--muted)}
.when,.evidence,.note-text{display:block;font-size:.85rem;color:var(--muted);overflow-wrap:anywhere}
.foot{color:var(--muted);font-size:.85rem;padding-bottom:32px}
@media (max-width:720px){
 .wrap{padding:0 14px}
 .masthead{padding-top:20px}
 .facts{grid-template-columns:1fr 1fr;gap:8px 14px}
 main>section{padding:16px 14px;margin:16px 0;border-radius:8px}
 .charts{grid-template-columns:1fr}
 .table-wrap.flush{overflow:visible;background:none}
 /* The scorecard becomes one card per source: its name as headline, then every figure
    labelled, three to a line, so nothing scrolls sideways out of sight. */
 .table-wrap.cards{overflow:visible}
 .scorecard{min-width:0;display:block;line-height:1.4}
 .scorecard thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
 .scorecard tbody{display:block}
 .scorecard tr{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:8px 12px;border:1px solid var(--border);
 border-radius:8px;padding:12px 14px;margin:0 0 12px}
 .scorecard td,.scorecard th.src,.scorecard tbody th.src{display:block;position:static;border:0;padding:0;
 text-align:left;min-width:0;max-width:none;white-space:normal;background:none}
 .scorecard tbody th.src{grid-column:1/-1;order:-1;font-size:1.05rem;padding-bottom:8px;border-bottom:1px solid var(--border)}
 .scorecard td::before{content:attr(data-label);display:block;font-size:.7rem;font-weight:600;
 text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
 /* Three to a line: rank, made, resolved; scored, hit rate, Brier; the interval (two wide), log. */
 .scorecard td.brier{order:1}
 .scorecard td.ci{grid-column:span 2;min-width:0;order:2}
 .scorecard td.logscore{order:2}
 /* Predictions become cards: the claim as headline, then the facts two by two. */
 .predictions thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
 .predictions,.predictions tbody{display:block}
 .predictions tr{display:grid;grid-template-columns:1fr 1fr;gap:10px 14px;border:1px solid var(--border);
 border-radius:8px;padding:12px 14px;margin:0 0 12px}
 .predictions td,.predictions td.claim,.predictions td.source,.predictions td.outcome{display:block;border:0;padding:0;
 width:auto;min-width:0;max-width:none;text-align:left;white-space:normal}
 .predictions td::before{content:attr(data-label);display:block;font-size:.7rem;font-weight:600;
 text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
 .predictions td.claim{grid-column:1/-1;order:-1;padding-bottom:10px;border-bottom:1px solid var(--border)}
 .predictions td.claim::before{content:none}
 .predictions td.claim .claim-text{font-size:1.04rem}
 .predictions td.outcome{grid-column:1/-1}
 .predictions td.made{order:0}.predictions td.prob-cell{order:1}
 .predictions td.source{order:2}.predictions td.deadline{order:3}.predictions td.outcome{order:4}
 .toc{gap:0;flex-wrap:nowrap;overflow-x:auto;margin:14px -14px 0;padding:0 8px}
 .toc a{padding:8px 8px;font-size:.85rem;white-space:nowrap}
}
@media print{
 :root{--bg:#fff;--surface:#fff;--text:#000;--muted:#333;--border:#bbb;--soft:#eee}
 body{font-size:11pt}
 .toc,details.bands summary{display:none}
 main>section{border:0;padding:0;margin:18px 0}
 .masthead{border:0}
 .table-wrap{overflow:visible}
 .scorecard{min-width:0}
 .scorecard tbody th.src{position:static}
 tr,figure,.chart-card{break-inside:avoid}
 thead{display:table-header-group}
 .charts{grid-template-columns:repeat(2,1fr)}
 a{color:inherit}
 .evidence a::after,.srclink a::after{content:" (" attr(href) ")";font-size:.8em;color:#444}
}
""".strip()
