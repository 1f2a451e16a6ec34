"""The HTML report: pure rendering on hand-made data, collection from a real database, and
the page as headless Chromium draws it (skipped when Chromium is not installed)."""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import pytest

from tests.conftest import Tracker
from tracker import report, scoring
from tracker.aggregates import Calibration
from tracker.storage.database import open_database
from tracker.queries import Filters
from tracker.render import percent
from tracker.report import Coverage, PredictionRow, ReportData, SourceChart

EVIL_CLAIM = "<script>alert(1)</script> will run"
EVIL_QUOTE = 'He said "<b>never</b>" & meant it'
EVIL_AUTHOR = "<img src=x onerror=alert(1)>"
EVIL_OUTLET = "O'Reilly & <i>Sons</i>"
EVIL_URL = 'https://example.org/a"onmouseover="alert(1)'
EVIDENCE_URL = "https://evidence.example/x?a=1&b=<2>"
GENERATED = dt.datetime(2024, 5, 6, 7, 8, tzinfo=dt.UTC)


# --- hand-made data ----------------------------------------------------------------------


def calibration_of(groups: list[tuple[float, int, int]]) -> Calibration:
    """Bands from (stated probability, n, of which true), the way aggregates.calibration builds them."""
    return Calibration(scoring.bands_from_groups(groups), scoring.murphy_decomposition(groups), 0)


def score(source: str | None, *, scored: int, hits: int, misses: int, min_scored: int = 5) -> scoring.SourceScore:
    totals = scoring.SourceTotals(
        source=source, predictions=scored + 1, resolved=scored, scored=scored, hits=hits, misses=misses,
        with_probability=scored, brier_sum=0.1 * scored, log_sum=-0.3 * scored,
    )
    return scoring.score_source(totals, min_scored=min_scored)


def prediction(**fields: object) -> PredictionRow:
    base: dict[str, object] = {
        "id": 7, "claim": EVIL_CLAIM, "author": EVIL_AUTHOR, "outlet": EVIL_OUTLET, "date": "2021-03-01",
        "probability": 0.3, "deadline": "2022-12-31", "quote": EVIL_QUOTE, "url": EVIL_URL, "tags": ("war", "<t>"),
        "status": "resolved", "outcome": False, "resolved_on": "2023-01-02", "evidence": EVIDENCE_URL,
        "note": "Note <u>", "verdict": "hit",
    }
    base.update(fields)
    return PredictionRow(**base)  # type: ignore[arg-type]


# Overall: bands 1, 7 and 9 are filled (3 points); the first source's chart has 1 point and
# the second source cannot be charted (no outlet): 4 points in all.
OVERALL = [(0.15, 2, 0), (0.75, 4, 2), (0.95, 3, 3)]


def make_data(**changes: object) -> ReportData:
    data = ReportData(
        coverage=Coverage(database="forecasts.db", generated=GENERATED,
                          filters=Filters(author=EVIL_AUTHOR, since=dt.date(2021, 1, 1)), by="author", min_scored=5),
        scores=[score(EVIL_AUTHOR, scored=10, hits=6, misses=4), score(None, scored=2, hits=1, misses=1)],
        overall=calibration_of(OVERALL),
        charts=[SourceChart(EVIL_AUTHOR, calibration_of([(0.75, 4, 2)])), SourceChart(None, None)],
        charts_left_out=0,
        predictions=[prediction(), prediction(id=8, url=None, evidence=None, quote=None, status="open",
                                              outcome=None, resolved_on=None, verdict=None, note=None)],
        predictions_total=2,
    )
    return ReportData(**{**data.__dict__, **changes})


class Tags(HTMLParser):
    """Checks that every non-void element is closed in order, and records tags and attributes."""

    VOID: ClassVar[set[str]] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.seen: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1]}> (open: {self.stack})"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def count(self, tag: str, cls: str | None = None) -> int:
        return sum(1 for t, a in self.seen if t == tag and (cls is None or cls in (a.get("class") or "").split()))


def coord(attrs: dict[str, str | None], name: str) -> float:
    value = attrs.get(name)
    assert value is not None, f"no {name}"
    return float(value)


def parse(page: str) -> Tags:
    parser = Tags()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], f"unclosed: {parser.stack}"
    return parser


# --- (a) pure rendering -------------------------------------------------------------------


@pytest.mark.parametrize("raw", [EVIL_CLAIM, EVIL_QUOTE, EVIL_AUTHOR, EVIL_OUTLET, EVIL_URL, EVIDENCE_URL, "Note <u>", "<t>"])
def test_user_text_appears_escaped_never_raw(raw: str) -> None:
    page = report.render_html(make_data())
    assert raw not in page
    assert html.escape(raw, quote=True) in page


def test_no_markup_or_attribute_sneaks_in_through_the_data() -> None:
    page = report.render_html(make_data())
    parsed = parse(page)
    assert "<script" not in page.lower()
    assert parsed.count("script") == parsed.count("img") == parsed.count("b") == parsed.count("i") == 0
    attributes = {name for _, attrs in parsed.seen for name in attrs}
    assert not [a for a in attributes if a.startswith("on")], attributes
    # The escaped text reads back exactly as typed.
    text = "".join(parsed.text)
    assert EVIL_CLAIM in text and EVIL_AUTHOR in text and EVIL_OUTLET in text


def test_links_keep_the_url_whole_and_open_safely() -> None:
    parsed = parse(report.render_html(make_data()))
    links = [a for t, a in parsed.seen if t == "a" and (a.get("href") or "").startswith("http")]
    assert {a["href"] for a in links} == {EVIL_URL, EVIDENCE_URL}
    for a in links:
        assert a.get("rel") == "noopener noreferrer"


def test_a_non_http_url_is_shown_as_text_not_linked() -> None:
    page = report.render_html(make_data(predictions=[prediction(url="javascript:alert(1)")]))
    assert 'href="javascript' not in page
    assert "javascript:alert(1)" in page


@pytest.mark.parametrize("url", ["http://[::1", "http://[zz]/x"])
def test_a_malformed_address_stored_before_checks_is_shown_as_text(url: str) -> None:
    page = report.render_html(make_data(predictions=[prediction(url=url)]))
    assert f'<span class="url">{html.escape(url)}</span>' in page
    assert f'href="{html.escape(url)}"' not in page


def test_no_external_resources() -> None:
    page = report.render_html(make_data())
    parsed = parse(page)
    lowered = page.lower()
    for needle in ("<script", "<link", "@import", "url(", "<img", "<iframe", "<object"):
        assert needle not in lowered, needle
    allowed = {EVIL_URL, EVIDENCE_URL}
    for tag, attrs in parsed.seen:
        assert "src" not in attrs and (tag == "a" or "href" not in attrs), (tag, attrs)
        for name, value in attrs.items():
            if value and re.search(r"https?:", value):
                assert value in allowed, (tag, name, value)
    assert not re.search(r"https?:", "".join(parsed.text))  # not even an SVG namespace


def test_document_is_balanced_and_has_its_parts() -> None:
    page = report.render_html(make_data())
    parsed = parse(page)
    assert page.startswith("<!DOCTYPE html>")
    for tag in ("html", "head", "body", "header", "main", "footer", "nav"):
        assert parsed.count(tag) == 1, tag
    assert parsed.count("section") == 4
    assert parsed.count("table", "scorecard") == parsed.count("table", "predictions") == 1
    assert parsed.count("svg") == 2  # the overall chart and the one source that can be charted
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "@media (max-width:720px)" in page and "@media print" in page


def test_header_says_what_the_report_covers() -> None:
    page = report.render_html(make_data())
    header = page[page.index("<header"):page.index("</header>")]
    assert html.escape(f"author {EVIL_AUTHOR}") in header
    assert "made on or after 2021-01-01" in header
    assert "forecasts.db" in header
    assert "2024-05-06 07:08 UTC" in header
    assert "author" in header and "5 scored forecasts" in header


def test_legend_explains_every_figure() -> None:
    page = report.render_html(make_data())
    legend = page[page.index('id="legend"'):page.index('id="calibration"')]
    for term in ("Hit rate", "95% interval", "Brier", "Log score", "Calibration", "Too few to judge"):
        assert f"<dt>{term}</dt>" in legend


def test_scorecard_rows_show_the_scorecard_figures_and_mark_the_unjudged() -> None:
    data = make_data()
    page = report.render_html(data)
    parsed = parse(page)
    assert parsed.count("tr", "judged") == 1 and parsed.count("tr", "unjudged") == 1
    first = data.scores[0]
    assert '60% <span class="frac">(6/10)</span>' in page
    assert f"{percent(first.hit_rate_low)}–{percent(first.hit_rate_high)}" in page
    assert "0.100" in page and "-0.30" in page
    assert "(no author)" in page and "too few to judge" in page


@pytest.mark.parametrize(
    ("groups", "points"),
    [
        ([], 0),
        ([(0.75, 4, 2)], 1),
        (OVERALL, 3),
        ([(0.01, 1, 0), (0.05, 2, 1)], 1),  # one band, two probabilities
        ([(i / 10 + 0.05, 3, 1) for i in range(10)], 10),
    ],
)
def test_one_cal_point_per_non_empty_band(groups: list[tuple[float, int, int]], points: int) -> None:
    svg = report.calibration_svg(calibration_of(groups).bands, title="Calibration of X")
    parsed = parse(svg)
    assert parsed.count("circle", "cal-point") == points
    assert ("nothing to plot" in svg) == (points == 0)


def test_point_coordinates_by_hand() -> None:
    # Plot: x = 48 + p * 256, y = 32 + (1 - f) * 256.
    # Band 70-80%: 4 forecasts at 0.75, 2 came true -> (48 + 192, 32 + 128) = (240, 160).
    # Wilson 95% for 2/4 is 0.1500-0.8500 -> error bar from y = 70.4 to y = 249.6.
    # Band 10-20%: 2 at 0.15, none true -> (48 + 38.4, 32 + 256) = (86.4, 288).
    svg = report.calibration_svg(calibration_of([(0.75, 4, 2), (0.15, 2, 0)]).bands, title="t")
    parsed = parse(svg)
    points = {a["data-n"]: a for t, a in parsed.seen if t == "circle"}
    assert coord(points["4"], "cx") == pytest.approx(240.0)
    assert coord(points["4"], "cy") == pytest.approx(160.0)
    assert coord(points["2"], "cx") == pytest.approx(86.4)
    assert coord(points["2"], "cy") == pytest.approx(288.0)
    bars = [a for t, a in parsed.seen if t == "line" and a.get("class") == "cal-err" and a["x1"] == a["x2"] == "240.0"]
    assert len(bars) == 1
    assert coord(bars[0], "y1") == pytest.approx(70.4, abs=0.1)
    assert coord(bars[0], "y2") == pytest.approx(249.6, abs=0.1)
    # The diagonal runs from (0, 0) to (100%, 100%).
    diag = next(a for t, a in parsed.seen if t == "line" and a.get("class") == "cal-diag")
    assert (diag["x1"], diag["y1"], diag["x2"], diag["y2"]) == ("48.0", "288.0", "304.0", "32.0")


def test_points_whose_interval_misses_the_diagonal_are_marked() -> None:
    # 10 at 0.85 and none came true: the interval (0-28%) excludes 85%.
    svg = report.calibration_svg(calibration_of([(0.85, 10, 0), (0.5, 10, 5)]).bands, title="t")
    parsed = parse(svg)
    assert parsed.count("circle", "off") == 1 and parsed.count("circle", "cal-point") == 2


def test_chart_is_labelled_for_screen_readers() -> None:
    svg = report.calibration_svg(calibration_of([(0.75, 4, 2)]).bands, title='Calibration of "A" <b>')
    assert svg.startswith('<svg class="cal-chart"')
    assert 'role="img"' in svg and 'aria-label="Calibration of &quot;A&quot; &lt;b&gt;"' in svg
    assert "<title>Calibration of &quot;A&quot; &lt;b&gt;</title><desc>" in svg
    assert "70–80%: 4 scored, mean stated 75%, came true 50%" in svg
    assert "Stated probability" in svg and "Came true" in svg
    for tick in ("0%", "20%", "40%", "60%", "80%", "100%"):
        assert f">{tick}</text>" in svg


def test_calibration_section_counts_all_points_and_explains_missing_charts() -> None:
    page = report.render_html(make_data(charts_left_out=3))
    parsed = parse(page)
    assert parsed.count("circle", "cal-point") == 3 + 1
    assert "No chart for (no author)" in page
    assert "3 more authors left out" in page


def test_long_lists_say_how_many_were_left_out() -> None:
    page = report.render_html(make_data(predictions_total=5_000))
    assert "Showing the 2 most recent of 5,000 predictions; 4,998 older ones are left out" in page
    short = report.render_html(make_data())
    assert "left out to keep" not in short and "2 predictions, newest first." in short


def test_summary_counts_only_the_charts_drawn() -> None:
    # The overall chart and the first source's; the second source (no author) has none.
    assert report.summary(make_data()) == "2 authors scored, 2 calibration chart(s), all 2 of 2 prediction(s) listed"


def test_long_quotes_fold_away() -> None:
    page = report.render_html(make_data(predictions=[prediction(quote="word " * 200)]))
    assert "<summary>Quote (1,000 characters)</summary>" in page


def test_outcomes_and_verdicts() -> None:
    rows = [
        prediction(id=1, outcome=True, verdict="miss"),
        prediction(id=2, outcome="ambiguous", verdict=None),
        prediction(id=3, status="due", outcome=None, resolved_on=None, verdict=None),
        prediction(id=4, probability=None, outcome=True, verdict="hit"),
    ]
    page = report.render_html(make_data(predictions=rows, predictions_total=4))
    assert '<span class="badge good">true</span> <span class="verdict miss">✗ miss</span>' in page
    assert '<span class="badge muted">ambiguous</span>' in page
    assert ">due</span>" in page and ">asserts</span>" in page
    assert "resolved 2023-01-02" in page


def test_empty_report_still_reads_well() -> None:
    data = make_data(scores=[], overall=calibration_of([]), charts=[], predictions=[], predictions_total=0)
    page = report.render_html(data)
    parse(page)
    assert page.count("No predictions match these filters.") == 2
    assert "nothing to plot yet" in page


@pytest.mark.parametrize(
    ("by", "source", "expected"),
    [
        ("author", "A", Filters(author="A", since=dt.date(2021, 6, 1))),
        ("outlet", "Daily", Filters(outlet="Daily", since=dt.date(2021, 6, 1))),
        ("outlet", None, None),
        ("year", "2021", Filters(since=dt.date(2021, 6, 1), until=dt.date(2021, 12, 31))),
        ("year", "2022", Filters(since=dt.date(2022, 1, 1), until=dt.date(2022, 12, 31))),
        ("tag", "war", Filters(tag="war", since=dt.date(2021, 6, 1))),
    ],
)
def test_source_filters_select_exactly_the_group(by: str, source: str | None, expected: Filters | None) -> None:
    assert report.source_filters(Filters(since=dt.date(2021, 6, 1)), by, source) == expected


def test_source_filters_cannot_ask_for_two_tags() -> None:
    assert report.source_filters(Filters(tag="war"), "tag", "peace") is None
    assert report.source_filters(Filters(tag="war"), "tag", "war") == Filters(tag="war")


# --- collecting from a real database ---------------------------------------------------------


def rounded(value: object) -> object:
    """Floats rounded to 9 places, through lists and dicts: SQL and Python sums differ in the last bits."""
    if isinstance(value, float):
        return round(value, 9)
    if isinstance(value, list):
        return [rounded(v) for v in value]
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    return value


def _collect(tracker: Tracker, filters: Filters | None = None, **options: object) -> ReportData:
    database = open_database(tracker.db)
    try:
        with database.read() as conn:
            return report.collect(conn, filters or Filters(), by=str(options.pop("by", "author")),
                                  min_scored=int(options.pop("min_scored", 5)),  # type: ignore[call-overload]
                                  generated=GENERATED, **options)  # type: ignore[arg-type]
    finally:
        database.dispose()


def test_collect_gives_the_scorecard_figures_and_ranking(tracker: Tracker) -> None:
    from tests.test_scorecard import build

    build(tracker)
    data = _collect(tracker)
    expected = tracker("scorecard", "--json").json()
    assert rounded([s.as_dict() for s in data.scores]) == rounded(expected)
    page = report.render_html(data)
    assert '60% <span class="frac">(3/5)</span>' in page and "23%–88%" in page
    assert "0.348" in page and "-1.82" in page
    assert page.index(">A</th>") < page.index(">B <span")
    assert data.coverage.database == "test.db"
    assert data.predictions_total == 10 and len(data.predictions) == 10


def test_collect_charts_each_source_from_its_own_calibration(tracker: Tracker) -> None:
    from tests.test_scorecard import build

    build(tracker)
    data = _collect(tracker)
    charts = {c.source: c.calibration for c in data.charts}
    for author in ("A", "B"):
        expected = tracker("calibration", "--author", author, "--json").json()
        chart = charts[author]
        assert chart is not None
        assert rounded([b.as_dict() for b in chart.bands]) == rounded(expected["bands"])
    assert data.overall.murphy.count == 7  # A's five stated, scored forecasts and B's two


def test_collect_by_year_uses_the_year_as_its_date_range(tracker: Tracker) -> None:
    from tests.test_scorecard import build

    build(tracker)
    data = _collect(tracker, by="year")
    charts = {c.source: c.calibration for c in data.charts}
    assert charts["2021"] is not None and charts["2021"].murphy.count == 6  # A's five and B's A1
    assert charts["2022"] is not None and charts["2022"].murphy.count == 1


def test_collect_caps_the_list_at_the_most_recent(tracker: Tracker) -> None:
    for day in range(1, 6):
        tracker.add(f"Claim {day}", "--probability", "0.6", date=f"2021-01-0{day}")
    data = _collect(tracker, limit=3)
    assert [p.claim for p in data.predictions] == ["Claim 5", "Claim 4", "Claim 3"]
    assert data.predictions_total == 5
    assert "Showing the 3 most recent of 5 predictions; 2 older ones are left out" in report.render_html(data)
    assert report.summary(data).endswith("the 3 most recent of 5 prediction(s) listed")


def test_collect_applies_the_filters_everywhere(tracker: Tracker) -> None:
    from tests.test_scorecard import build

    build(tracker)
    data = _collect(tracker, Filters(author="B"))
    assert [s.source for s in data.scores] == ["B"]
    assert data.predictions_total == 2 and {p.author for p in data.predictions} == {"B"}
    assert data.overall.murphy.count == 2


# --- (b) the page in a real browser -----------------------------------------------------------


def _chromium() -> str | None:
    return shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


def _run_chromium(binary: str, profile: Path, page: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [
        binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}", *args, page.as_uri(),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def _png_size_and_colours(path: Path) -> tuple[int, int, int]:
    """Width, height and the number of distinct byte values in the pixel data (1 for a blank page)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    pos, idat = 8, b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    return width, height, len(set(zlib.decompress(idat)))


def _screenshot(binary: str, tmp_path: Path, page: Path, name: str, width: int, height: int) -> Path:
    shot = tmp_path / name
    _run_chromium(binary, tmp_path / f"profile-{name}", page, f"--screenshot={shot}", f"--window-size={width},{height}")
    assert shot.exists(), f"chromium wrote no screenshot {shot}"
    assert shot.stat().st_size > 20_000, "the screenshot is suspiciously small"
    w, h, colours = _png_size_and_colours(shot)
    assert (w, h) == (width, height)
    assert colours > 50, "the screenshot looks blank"
    return shot


@pytest.mark.browser
def test_report_in_headless_chromium(tracker: Tracker, tmp_path: Path) -> None:
    binary = _chromium()
    if binary is None:
        pytest.skip("chromium not installed: browser test skipped")
    # Ann: 80% true, 85% false, 30% false (the script claim), 10% false -> bands 8, 3, 1.
    # Bob: 60% true -> band 6. All sources together: bands 1, 3, 6, 8.
    # cal-point circles: 4 (all) + 3 (Ann) + 1 (Bob) = 8.
    rows = [
        ("Ann", "Harbour bridge opens by June", "0.8", "true"),
        ("Ann", "Rates fall twice this year", "0.85", "false"),
        ("Ann", EVIL_CLAIM, "0.3", "false"),
        ("Ann", "Snow in Lisbon in August", "0.1", "false"),
        ("Bob", "The merger goes through", "0.6", "true"),
    ]
    for author, claim, p, outcome in rows:
        pid = tracker.add(claim, "--probability", p, "--outlet", "The <b>Daily</b>", "--quote", EVIL_QUOTE,
                          "--url", "https://example.org/story?id=1&x=2", "--tag", "test", author=author)
        tracker("resolve", str(pid), "--outcome", outcome, "--date", "2022-01-01",
                "--evidence", "https://example.org/evidence", "--note", "Confirmed <i>widely</i>")
    tracker.add("Still open", author="Bob", date="2021-02-01")

    page = tmp_path / "report.html"
    page.write_text(report.render_html(_collect(tracker)), encoding="utf-8")

    dom = _run_chromium(binary, tmp_path / "profile-dom", page, "--dump-dom").stdout
    assert "<svg" in dom
    assert dom.count('class="cal-point') == 8
    assert "&lt;script&gt;alert(1)&lt;/script&gt; will run" in dom
    assert dom.lower().count("<script") == 0
    assert "<b>Daily</b>" not in dom and "&lt;b&gt;Daily&lt;/b&gt;" in dom

    _screenshot(binary, tmp_path, page, "laptop.png", 1280, 1600)
    _screenshot(binary, tmp_path, page, "phone.png", 390, 844)
