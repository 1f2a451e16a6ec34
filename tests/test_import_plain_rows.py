"""The one-pass readers of tracker's own rows against the general path, on random and messy rows.

``native._plain_jsonl_record`` and ``native._plain_csv_record`` build the record of a row of
the common shape in one pass, and hand every other row to the general path. Here Hypothesis
writes files of rows that are mostly of that shape with messy values mixed in (spaces, double
spaces, invisible and control characters, numbers where text belongs, dates that are not
dates or come too late, probabilities as text, out of range or not normalised, tags out of
order, resolutions before the prediction or in the future, hashes). Each file is imported
with ``--skip-invalid`` twice through the real CLI, once as shipped and once with both
one-pass readers switched off, at the same pinned clock: the summaries, the refused rows
with their line numbers and reasons, the exports and ``verify`` must be identical. On SQLite
and, where a server is available, on PostgreSQL.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import Tracker, fresh_database
from tracker.interchange import native

CLOCK = dt.datetime(2025, 9, 30, 12, 0, tzinfo=dt.timezone.utc)
TODAY = "2025-09-30"

_word = st.text(alphabet="abcXYZ019 .-", min_size=1, max_size=12).map(lambda w: f"w{w}w")  # the common shape
_messy_text = st.one_of(
    st.sampled_from(["", " ", " lead", "trail ", "two  spaces", "tab\there", "line\nbreak", "zero\u200bwidth",
                     "bell\x07", "x" * 1_001, "Zoë", "\ufeffBOM", "semi;colon", "War", "war", "\u0096dash"]),
    st.text(max_size=15),
)
_text = st.one_of(_word, _word, _word, _messy_text)
_iso_day = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2026, 6, 1)).map(dt.date.isoformat)
_day_text = st.one_of(_iso_day, _iso_day, _iso_day, st.sampled_from(["", "2021", "2021-02-30", "yesterday", " 2021-01-01"]))
_probability = st.one_of(
    st.sampled_from([0.0, 0.25, 0.5, 0.93, 1.0]), st.floats(min_value=-0.2, max_value=1.2),
    st.sampled_from([0, 1, 0.123456789, -0.0, 1e-05, True, "0.3", "30%", " 0.4", "likely", "", None]),
)
_outcome = st.one_of(st.sampled_from(["true", "false"]), st.sampled_from(["ambiguous", "annulled", "TRUE", " true", "maybe", ""]))


_PLAIN = {  # the common shape, every value one the one-pass readers take: made before the deadline and the outcome
    "text": _word, "made": st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2012, 12, 31)).map(dt.date.isoformat),
    "day": st.dates(min_value=dt.date(2013, 1, 1), max_value=dt.date(2025, 9, 30)).map(dt.date.isoformat),
    "probability": st.sampled_from([0.0, 0.25, 0.5, 0.93, 1.0]),
    "outcome": st.sampled_from(["true", "false", "ambiguous"]), "url": st.sampled_from(["https://example.org/a?b=1"]),
    "tags": st.lists(_word, max_size=3, unique_by=str.casefold).map(sorted),
}
_MESSY = {"text": _text, "made": _day_text, "day": _day_text, "probability": _probability, "outcome": _outcome,
          "url": st.sampled_from(["https://example.org/a?b=1", "http://x", "ftp://x", "", " https://a.b"]),
          "tags": st.lists(st.one_of(_word, _messy_text), max_size=3)}


@st.composite
def _rows(draw: Any) -> list[dict[str, Any]]:
    """Rows as a JSON object each (the CSV writer turns them into cells): about half of them
    of the common shape throughout, the others with messy values anywhere."""
    rows = []
    for _ in range(draw(st.integers(1, 12))):
        values = _MESSY if draw(st.booleans()) else _PLAIN
        row: dict[str, Any] = {"claim": draw(values["text"]), "author": draw(values["text"]), "date": draw(values["made"])}
        if draw(st.booleans()):
            row["deadline"] = draw(st.one_of(values["day"], st.none()))
        if draw(st.booleans()):
            row["probability"] = draw(values["probability"])
        for name in ("outlet", "quote"):
            if draw(st.integers(0, 3)) == 0:
                row[name] = draw(st.one_of(values["text"], st.none()))
        if draw(st.integers(0, 3)) == 0:
            row["url"] = draw(values["url"])
        if draw(st.booleans()):
            row["tags"] = draw(values["tags"])
        if draw(st.booleans()):
            history = []
            for _ in range(draw(st.integers(0, 2))):
                item = {"outcome": draw(values["outcome"]), "resolved_on": draw(values["day"])}
                if draw(st.integers(0, 2)) == 0:
                    item["evidence" if draw(st.booleans()) else "note"] = draw(st.sampled_from(["https://e.org/1", "a note", ""]))
                history.append(item)
            row["resolutions"] = history
        if draw(st.integers(0, 9)) == 0:
            row["hash"] = draw(st.sampled_from(["", " ", "0" * 64]))
        if draw(st.integers(0, 9)) == 0:
            row["recorded_at"] = draw(st.sampled_from(["2024-01-10T09:30:00.000000Z", "", "not a time"]))
        if draw(st.integers(0, 9)) == 0:  # the same row again: already present
            rows.append(dict(row))
        rows.append(row)
    return rows


def _jsonl(rows: list[dict[str, Any]]) -> str:
    return "".join(json.dumps({"export_version": 2, **row}) + "\n" for row in rows)


_CSV_COLUMNS = ["claim", "author", "outlet", "date", "deadline", "probability", "quote", "url", "tags",
                "outcome", "resolved_on", "evidence", "note", "hash", "recorded_at"]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(map(str, value))
    return str(value)


def _csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_CSV_COLUMNS)
    for row in rows:
        first = (row.get("resolutions") or [{}])[0]
        writer.writerow([_cell(first.get(c) if c in ("outcome", "resolved_on", "evidence", "note") else row.get(c))
                         for c in _CSV_COLUMNS])
    return out.getvalue()


@contextlib.contextmanager
def _general_path() -> Iterator[None]:
    """Both one-pass readers off: every row goes through ``build_prediction`` and ``build_resolution``."""
    with mock.patch.object(native, "_plain_jsonl_record", return_value=None), \
            mock.patch.object(native, "_plain_csv_record", return_value=None):
        yield


def _imported(db: Path | str, source: Path, folder: Path, general: bool) -> list[Any]:
    """What one import printed and left behind: summary, refused rows, export, verify."""
    tracker = Tracker(db)
    rejects = folder / f"rejects{source.suffix}"  # one name for both runs: the summary names it
    with _general_path() if general else contextlib.nullcontext(), \
            mock.patch("tracker.store.utc_now", return_value=CLOCK):
        outcome = tracker("import", str(source), "--skip-invalid", "--rejects", str(rejects), "--json", ok=False)
    refused = rejects.read_text(encoding="utf-8") if rejects.exists() else None
    rejects.unlink(missing_ok=True)
    if outcome.exit_code != 0:  # the whole file refused (a hash that does not match its row)
        return [outcome.exit_code, outcome.stderr, refused]
    verified = tracker("verify", ok=False)
    return [outcome.stdout, outcome.stderr, refused, tracker("export", "--json").stdout, verified.exit_code, verified.stdout]


def _compare(kind: str, rows: list[dict[str, Any]], databases: Iterator[Path | str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / f"rows.{kind}"
        source.write_text(_jsonl(rows) if kind == "jsonl" else _csv(rows), encoding="utf-8")
        plain = _imported(next(databases), source, folder, general=False)
        general = _imported(next(databases), source, folder, general=True)
        assert plain == general


def _sqlite_files() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        for number in range(2):
            yield Path(tmp) / f"{number}.db"


_SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@settings(_SETTINGS, max_examples=60)
@given(rows=_rows(), kind=st.sampled_from(["jsonl", "csv"]))
def test_plain_rows_store_what_the_general_path_stores(rows: list[dict[str, Any]], kind: str, monkeypatch: Any) -> None:
    monkeypatch.setenv("TRACKER_TODAY", TODAY)
    _compare(kind, rows, _sqlite_files())


@settings(_SETTINGS, max_examples=10)
@given(rows=_rows(), kind=st.sampled_from(["jsonl", "csv"]))
def test_plain_rows_store_what_the_general_path_stores_on_postgresql(rows: list[dict[str, Any]], kind: str, monkeypatch: Any,
                                                                      postgres_server: str | None) -> None:
    import pytest

    if postgres_server is None:
        pytest.skip("PostgreSQL: no server (set TRACKER_TEST_POSTGRES)")
    monkeypatch.setenv("TRACKER_TODAY", TODAY)

    def databases() -> Iterator[str]:
        for _ in range(2):
            yield from fresh_database(postgres_server)

    _compare(kind, rows, databases())


def test_the_plain_readers_take_the_common_rows(tmp_path: Path, monkeypatch: Any) -> None:
    """The one-pass readers are not dead code: the rows of an export of the common shape are
    theirs (none reaches ``build_prediction``), and a messy row still reaches the general path."""
    monkeypatch.setenv("TRACKER_TODAY", TODAY)
    rows = [{"claim": f"Claim {i} comes true", "author": "Ann Analyst", "outlet": "The Daily", "date": "2021-01-0" + str(i + 1),
             "deadline": "2030-01-01", "probability": 0.25, "tags": ["economy", "war"],
             "resolutions": [{"outcome": "true", "resolved_on": "2024-01-01"}]} for i in range(3)]
    messy = dict(rows[0], claim="Claim  with two spaces")
    for kind, text in (("jsonl", _jsonl([*rows, messy])), ("csv", _csv([*rows, messy]))):
        source = tmp_path / f"rows.{kind}"
        source.write_text(text, encoding="utf-8")
        built = mock.patch.object(native, "build_prediction", wraps=native.build_prediction)
        with built as general:
            summary = Tracker(tmp_path / f"{kind}.db")("import", str(source), "--json").json()
        assert summary["predictions_added"] == 4
        assert general.call_count == 1, kind  # the messy row only
