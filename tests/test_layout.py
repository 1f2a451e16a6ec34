"""Layouts people read: every terminal view at 80 and 120 columns, and the HTML report at phone
and laptop widths in headless Chromium (no horizontal overflow)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import Tracker

LONG_CLAIM = ("The European Central Bank will cut its deposit facility rate below two per cent before the end "
              "of the second quarter of 2025")


@pytest.fixture
def record(tracker: Tracker) -> Tracker:
    """Two sources with long names on shared claims, resolved and open, with a quote and a history."""
    a = tracker.add(LONG_CLAIM, "-p", "70%", "--deadline", "2025-06-30", "--outlet", "The Financial Review of Somewhere",
                    "--quote", "The bank is likely to keep cutting " * 4, "--tag", "economy", author="Annabel Longname-Analyst")
    tracker.add(LONG_CLAIM, "-p", "25%", "--deadline", "2025-06-30", author="Bartholomew Pundit-Smythe", date="2021-02-01")
    b = tracker.add("Oil will average above $100 a barrel in 2024", "-p", "0.2", "--deadline", "2024-12-31",
                    author="Annabel Longname-Analyst")
    tracker.add("Oil will average above $100 a barrel in 2024", "-p", "0.6", "--deadline", "2024-12-31",
                author="Bartholomew Pundit-Smythe", date="2021-02-01")
    tracker.add(LONG_CLAIM.replace("2025", "2023"), "-p", "0.4", "--deadline", "2023-06-30", author="Bartholomew Pundit-Smythe")
    tracker("resolve", str(a), "--outcome", "true", "--date", "2025-06-05", "--note", "Cut to 2.0%")
    tracker("resolve", str(b), "--outcome", "false", "--date", "2025-01-10")
    tracker("amend", str(tracker.add("Snow in Lisbon in August", "-p", "0.1", author="Annabel Longname-Analyst")),
            "--outlet", "Weather Desk", "--reason", "named the outlet")
    return tracker


VIEWS = [
    ["list"],
    ["due"],
    ["show", "1"],
    ["compare", "Annabel Longname-Analyst", "Bartholomew Pundit-Smythe"],
    ["scorecard"],
    ["scorecard", "--by", "outlet"],
    ["calibration"],
    ["phrases"],
    ["extract", str(Path(__file__).resolve().parent.parent / "seeds" / "004_a563894516935758.txt")],
]


def _claim_width(header: str) -> int:
    """Width of the 'claim' column, from a table's header line (between its box characters)."""
    cells = re.split(r"[┃│]", header)
    return max(len(cell) for cell in cells if cell.strip() == "claim")


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("args", VIEWS, ids=[" ".join(v[:2]) for v in VIEWS])
def test_every_view_fits_the_terminal(record: Tracker, monkeypatch: pytest.MonkeyPatch, args: list[str], width: int) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    monkeypatch.setenv("TRACKER_TODAY", "2026-01-01")
    out = record(*args, terminal=True).stdout
    lines = out.splitlines()
    assert lines, f"tracker {' '.join(args)} printed nothing"
    too_wide = [line for line in lines if len(line) > width]
    assert not too_wide, f"lines wider than {width}: {too_wide[:2]}"
    for header in (line for line in lines if re.search(r"[┃│] claim +[┃│]", line)):
        assert _claim_width(header) >= (30 if width == 80 else 40), header
    if args[0] in ("list", "compare"):
        assert "The European Central Bank" in out  # the claim reads, not squeezed to a letter a line
    if args == ["scorecard"]:  # the source's name stays readable
        assert "Annabel" in out and "Longname-Analyst" in out
    if args[0] == "due":
        assert "The European Central Bank" in out


def test_narrow_views_drop_secondary_columns_first(record: Tracker, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    narrow = record("list", terminal=True).stdout
    assert "deadline" not in narrow and "claim" in narrow and "status" in narrow
    monkeypatch.setenv("COLUMNS", "120")
    wide = record("list", terminal=True).stdout
    assert "deadline" in wide and "date" in wide
    monkeypatch.setenv("COLUMNS", "80")
    compared = record("compare", "Annabel Longname-Analyst", "Bartholomew Pundit-Smythe", terminal=True).stdout
    assert "A: Annabel Longname-Analyst vs B: Bartholomew Pundit-Smythe" in compared


# --- the HTML report in a real browser ----------------------------------------------------------

# Headless Chromium will not make its window narrower than 500 px, so the report is measured
# in an iframe of the exact width (the iframe is the page's viewport: its media queries apply).
PROBE = """<!DOCTYPE html><html><body style="margin:0">
<iframe id="frame" src="report.html" style="width:WIDTHpx;height:900px;border:0"></iframe>
<script>
frame.addEventListener('load', () => {
  const doc = frame.contentDocument, win = frame.contentWindow;
  const wrap = doc.querySelector('#scorecard .table-wrap');
  const out = document.createElement('pre');
  out.id = 'probe';
  out.textContent = JSON.stringify({
    page: doc.documentElement.scrollWidth, inner: win.innerWidth,
    scorecard: wrap.scrollWidth - wrap.clientWidth,
    cards: win.getComputedStyle(doc.querySelector('.scorecard tbody tr')).display,
  });
  document.body.appendChild(out);
});
</script></body></html>"""


def _chromium() -> str | None:
    return shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


def _measure(binary: str, page: Path, profile: Path, width: int) -> dict[str, object]:
    import html
    import json

    probe = page.with_name(f"probe-{width}.html")
    probe.write_text(PROBE.replace("WIDTH", str(width)), encoding="utf-8")
    result = subprocess.run(
        [binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--allow-file-access-from-files", f"--user-data-dir={profile}",
         f"--window-size={width + 100},1000", "--virtual-time-budget=5000", "--dump-dom", probe.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    found = re.search(r'<pre id="probe">(.*?)</pre>', result.stdout)
    assert found, f"the probe did not run: {result.stdout[-500:]}"
    return dict(json.loads(html.unescape(found.group(1))))


@pytest.mark.browser
@pytest.mark.parametrize("width", [390, 1280])
def test_report_has_no_horizontal_overflow(record: Tracker, tmp_path: Path, width: int) -> None:
    binary = _chromium()
    if binary is None:
        pytest.skip("chromium not installed: browser test skipped (apt-get install chromium)")
    page = tmp_path / "report.html"
    record("report", "--html", str(page))
    seen = _measure(binary, page, tmp_path / f"profile-{width}", width)
    assert seen["inner"] == width
    assert seen["page"] <= seen["inner"], f"the page scrolls sideways at {width}px: {seen}"
    assert seen["scorecard"] <= 0, f"the scorecard scrolls sideways at {width}px: {seen}"
    assert seen["cards"] == ("grid" if width == 390 else "table-row")  # one card per source on a phone


# --- report options ---------------------------------------------------------------------------------


def test_report_as_of_shows_only_what_was_known_then(tracker: Tracker, tmp_path: Path) -> None:
    early = tracker.add("Rates fall in 2022", "-p", "0.8", author="Ann", date="2021-03-01")
    tracker.add("Rates fall in 2024", "-p", "0.3", author="Ann", date="2023-03-01")
    tracker("resolve", str(early), "--outcome", "false", "--date", "2022-06-01")
    page = tmp_path / "then.html"
    tracker("report", "--html", str(page), "--as-of", "2022-01-01")
    then = page.read_text(encoding="utf-8")
    assert "As of</dt><dd>2022-01-01" in then and "Forecast report: as of 2022-01-01" in then
    assert "Predictions</dt><dd>1<" in then  # the 2023 prediction did not exist yet
    assert "Rates fall in 2022" in then and "Rates fall in 2024" not in then
    assert "verdict miss" not in then  # the outcome of June 2022 was not known
    tracker("report", "--html", str(page))
    now = page.read_text(encoding="utf-8")
    assert "Predictions</dt><dd>2<" in now and "verdict miss" in now
    assert "Ranked if</dt><dd>at least 5 scored forecasts" in now  # the threshold, not a count


def test_a_report_matching_nothing_never_overwrites_a_file(tracker: Tracker, tmp_path: Path) -> None:
    tracker.add("Rates fall", "-p", "0.8", author="Ann")
    page = tmp_path / "report.html"
    tracker("report", "--html", str(page))
    good = page.read_bytes()
    refused = tracker.fails("report", "--html", str(page), "--author", "Ann", "--since", "2099-01-01")
    assert refused.stderr.strip() == f"tracker: error: no predictions match these filters; {page} was left as it was"
    assert page.read_bytes() == good
    fresh = tmp_path / "empty.html"
    tracker("report", "--html", str(fresh), "--author", "Ann", "--since", "2099-01-01")  # nothing to lose: the empty page is written
    assert "No predictions match these filters." in fresh.read_text(encoding="utf-8")
