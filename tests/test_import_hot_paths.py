"""The import's hot paths against the slow ones: each fast path must give the record, the
refusals and the summary that the general path gives, on messy rows.

- the content hash of a prediction and its ledger entry written out, and an imported row
  built as a tuple, against the general functions (Hypothesis, on any text);
- ``WrittenKeys``: into a database that held no claims, a key this import certainly did not
  write is not looked up. Forced here with tiny caches and chunks (so that what was written is
  forgotten and found again), and with a filter of 8 bits (every key "may be written": every
  lookup is made, the general path) against the default filter.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import Tracker
from tracker.records import PredictionInput


def _row(claim: str, *, author: str = "Ann Analyst", date: str = "2020-01-01", deadline: str = "2030-01-01",
         probability: float = 0.5, resolved: str | None = None, tags: list[str] | None = None) -> dict[str, Any]:
    row: dict[str, Any] = {"claim": claim, "author": author, "date": date, "deadline": deadline,
                           "probability": probability, "tags": tags or []}
    if resolved is not None:
        row["resolutions"] = [{"outcome": "true", "resolved_on": resolved}]
    return row


def _rows() -> list[dict[str, Any]]:
    rows = [_row(f"Claim {i} comes true", author=f"Author {i % 7}", tags=[f"t{i % 3}"],
                 resolved="2021-06-01" if i % 4 == 3 else None) for i in range(60)]
    rows.append(dict(rows[5]))  # the same prediction again, far from the first: already present
    rows.append(_row("claim 7 comes TRUE.", author="Bob Pundit", date="2020-02-01"))  # the same claim, another source
    rows.append(_row("Claim 8 comes true", author="Bob Pundit", deadline="2031-01-01"))  # same words, another deadline
    rows.append(_row("Claim 3 comes true", author="Cy Seer", date="2021-01-01", deadline="2031-01-01"))  # before the outcome
    return rows


def _write(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def _record(db: Path) -> list[list[tuple[Any, ...]]]:
    """The stored record without the import's clock."""
    conn = sqlite3.connect(db)
    try:
        return [
            conn.execute("SELECT id, text, deadline, key, wording_key FROM claim ORDER BY id").fetchall(),
            conn.execute("SELECT id, claim_id, author, author_key, made_on, probability, content_hash FROM prediction ORDER BY id").fetchall(),
            conn.execute("SELECT prediction_id, tag, tag_key FROM prediction_tag ORDER BY 1, 2").fetchall(),
            conn.execute("SELECT id, claim_id, outcome, resolved_on FROM resolution ORDER BY id").fetchall(),
            conn.execute("SELECT seq, kind, record_id FROM ledger ORDER BY seq").fetchall(),
        ]
    finally:
        conn.close()


def _forgetful(monkeypatch: pytest.MonkeyPatch, bits: int) -> None:
    from tracker import store
    from tracker.storage import bulk

    monkeypatch.setattr(store, "CHUNK", 4)
    monkeypatch.setattr(store, "CACHE_LIMIT", 10)
    monkeypatch.setattr(bulk.WrittenKeys, "BITS", bits)


@pytest.mark.parametrize("bits", [8, 1 << 20])
def test_forgotten_keys_are_found_again_whatever_the_filter_says(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 bits: int) -> None:
    from tracker import store

    monkeypatch.setattr(store, "CHUNK", 4)  # the same chunks (and so the same ledger order) for both
    source = _write(tmp_path / "rows.jsonl", _rows())
    plain = Tracker(tmp_path / "plain.db")
    expected = plain("import", str(source), "--json").json()
    _forgetful(monkeypatch, bits)
    forgetful = Tracker(tmp_path / "forgetful.db")
    assert forgetful("import", str(source), "--json").json() == expected
    assert expected["predictions_added"] == 63 and expected["predictions_present"] == 1
    assert expected["claims_added"] == 62  # claim 7 reworded is the same claim; claim 8 under 2031 is another
    assert _record(forgetful.db) == _record(plain.db)
    assert forgetful("verify").exit_code == 0
    # A second import finds everything through the database (not empty any more): nothing added.
    again = forgetful("import", str(source), "--json").json()
    assert again["predictions_added"] == 0 and again["predictions_present"] == 64


@pytest.mark.parametrize("bits", [8, 1 << 20])
@pytest.mark.parametrize("late", [
    _row("Claim 3 comes true", author="Dee Late", date="2022-01-01"),  # its own claim resolved 2021-06-01
    _row("CLAIM 11 comes true", author="Dee Late", date="2022-01-01", deadline="2032-01-01"),  # same words, resolved
])
def test_hindsight_is_refused_after_the_caches_forgot_the_outcome(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  bits: int, late: dict[str, Any]) -> None:
    _forgetful(monkeypatch, bits)
    source = _write(tmp_path / "rows.jsonl", [*_rows(), late])
    tracker = Tracker(tmp_path / "t.db")
    failed = tracker.fails("import", str(source))
    assert "line 65:" in failed.stderr and "nothing was imported" in failed.stderr
    assert not tracker.db.exists()


@settings(max_examples=60, deadline=None)
@given(keys=st.lists(st.text(max_size=70), max_size=300), probes=st.lists(st.text(max_size=70), max_size=100),
       bits=st.sampled_from([8, 64, 1 << 12, 1 << 16]))
def test_written_keys_never_forget_a_key(keys: list[str], probes: list[str], bits: int) -> None:
    from tracker.storage.bulk import WrittenKeys

    written = WrittenKeys(bits)
    written.update(keys)
    assert all(key in written for key in keys)
    if bits >= 1 << 16 and len(keys) <= 300:  # sparse: almost every other key is known absent
        absent = [p for p in probes if p not in set(keys)]
        assert sum(p in written for p in absent) <= max(2, len(absent) // 10)


_messy_text = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=40)
_day = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
_entries = st.builds(
    lambda claim, author, made_on, probability, deadline, outlet, quote, url, tags, recorded_at: PredictionInput(
        claim=claim, author=author, made_on=made_on, probability=probability, deadline=deadline, outlet=outlet,
        quote=quote, url=url, tags=tuple(tags), recorded_at=recorded_at),
    _messy_text, _messy_text, _day,
    st.none() | st.floats(min_value=0, max_value=1) | st.sampled_from([0, 1, -0.0, True]),
    st.none() | _day, st.none() | _messy_text, st.none() | _messy_text, st.none() | _messy_text,
    st.lists(_messy_text, max_size=3),
    st.none() | st.datetimes(min_value=dt.datetime(1900, 1, 1), timezones=st.just(dt.timezone.utc)),
)


@settings(max_examples=300, deadline=None)
@given(entry=_entries)
def test_the_written_out_prediction_hash_is_the_general_one(entry: PredictionInput) -> None:
    from tracker.storage.hashing import content_hash, prediction_hash

    assert prediction_hash(entry) == content_hash(entry.hashed_fields())


def test_the_written_out_prediction_hash_steps_aside_for_other_values() -> None:
    """A string date or an infinite probability is not the checked shape: the general way
    decides (and refuses what it refuses)."""
    from tracker.storage.hashing import content_hash, prediction_hash

    odd = PredictionInput(claim="c", author="a", made_on="2024-01-01", deadline="2024-02-01")  # type: ignore[arg-type]
    assert prediction_hash(odd) == content_hash(odd.hashed_fields())
    with pytest.raises(ValueError):
        prediction_hash(PredictionInput(claim="c", author="a", made_on=dt.date(2024, 1, 1), probability=float("inf")))


@settings(max_examples=200, deadline=None)
@given(entry=_entries, pid=st.integers(1, 2**62), claim_id=st.integers(1, 2**62), digest=st.text(max_size=64))
def test_an_imported_row_holds_what_add_writes(entry: PredictionInput, pid: int, claim_id: int, digest: str) -> None:
    """The row the reading process builds for the driver (``driver_rows``), with the ids and the
    hash the writer puts in front, is ``add``'s values converted by SQLAlchemy's own bind
    processors, on both dialects."""
    from sqlalchemy.dialects import sqlite
    from sqlalchemy.dialects.postgresql import psycopg

    from tracker import store
    from tracker.storage import driver_rows
    from tracker.storage import tables as t

    now = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    for dialect in (sqlite.dialect(), psycopg.dialect()):
        convert = driver_rows.converter(dialect.name)
        recorded, body = convert.prediction(entry)
        row = dict(zip(driver_rows.PREDICTION_COLUMNS, (pid, claim_id, digest, recorded or convert.stamp(now), *body)))
        expected = dict(store._prediction_values(entry, claim_id, digest, now), id=pid)
        for name, value in expected.items():
            process = t.prediction.c[name].type.dialect_impl(dialect).bind_processor(dialect)
            expected[name] = value if process is None or value is None else process(value)
        assert row == expected


@settings(max_examples=200, deadline=None)
@given(pid=st.integers(1, 2**62), first=_messy_text, when=_messy_text)
def test_the_written_out_ledger_prediction_entry_is_the_general_one(pid: int, first: str, when: str) -> None:
    from tracker.storage import ledger

    content = {"kind": "prediction", "id": pid, "hash": first, "recorded_at": when}
    assert ledger.prediction_hash(pid, first, when) == ledger.content_hash(content)


_plainish = st.one_of(
    st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=30),  # mostly the fast shape
    _messy_text, st.sampled_from(["", " ", " a", "a ", "a\tb", "x" * 201, "a;b", "War", "war", "\u200bA", "é"]),
)
_word = st.text(alphabet="abcXYZ019 .;-", min_size=1, max_size=12).map(lambda w: f"w{w}w")  # the fast shape
_plain_values = {
    "claim": _word, "author": _word, "made_on": st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2025, 12, 31)),
    "deadline": st.none() | st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2100, 1, 1)), "outlet": st.none() | _word,
    "quote": st.none() | _word, "url": st.none(), "probability": st.none() | st.sampled_from([0.0, 0.25, 0.5, 1.0]),
    "tags": st.lists(_word.filter(lambda w: ";" not in w), max_size=3).map(lambda ts: tuple(sorted(set(ts)))),
}
_messy_values = {
    "claim": _plainish, "author": _plainish, "made_on": _day, "deadline": _day, "outlet": _plainish, "quote": _plainish,
    "url": st.sampled_from(["https://example.org/a", "ftp://x", "http://"]),
    "probability": st.floats(min_value=-0.5, max_value=1.5) | st.sampled_from([0.123456789, -0.0, 1, True, float("nan")]),
    "tags": st.lists(_plainish, max_size=3).map(tuple) | st.lists(_word, max_size=2) | st.just(("b", "a")) | st.just(("War", "war")),
}


@st.composite
def _checked_inputs(draw: Any) -> PredictionInput:
    """A prediction of the fast shape with (usually) one or two fields made messy."""
    fields = {name: draw(value) for name, value in _plain_values.items()}
    for name in draw(st.lists(st.sampled_from(sorted(_messy_values)), max_size=2)):
        fields[name] = draw(_messy_values[name])
    return PredictionInput(**fields)


def _outcome(call: Any) -> Any:
    from tracker.errors import UsageError

    try:
        result = call()
    except UsageError as exc:
        return ("refused", exc.message)
    return ("ok", result, [type(v) for v in vars(result).values()], repr(result.probability))


@settings(max_examples=600, deadline=None)
@given(entry=_checked_inputs())
def test_the_plain_check_agrees_with_the_general_one(entry: PredictionInput) -> None:
    """``checked()`` (fast path first) and the general path: the same record or the same refusal."""
    from tracker.dates import held_today

    with held_today():
        assert _outcome(entry.checked) == _outcome(entry._checked_general)


def _result(call: Any) -> Any:
    from tracker.errors import UsageError

    try:
        value = call()
    except UsageError as exc:
        return ("refused", exc.message)
    return ("ok", value, repr(value))


_stamp_texts = st.one_of(
    st.builds(lambda d, sep, tail: d.strftime(f"%Y-%m-%d{sep}%H:%M:%S") + tail,
              st.datetimes(min_value=dt.datetime(1800, 1, 1)), st.sampled_from([" ", "T", "_"]),
              st.sampled_from(["", " UTC", "UTC", "Z", " Z", " GMT", "  UTC", " +01:00", ".5Z", " utc", "x"])),
    st.text(alphabet="0123456789-: TUCZ.\u0663", min_size=17, max_size=24),
    st.sampled_from(["2011-10-08 24:00:00 UTC", "2011-02-30 12:00:00", "0999-01-01 00:00:00", "２０１１-10-08 12:00:00",
                     "2011-10-08 12:00:60Z", "2011-1-08 12:00:00 UTC", "2024-03-05 14:07:9"]),
)


@settings(max_examples=500, deadline=None)
@given(text=_stamp_texts)
def test_the_fixed_timestamp_shape_reads_as_the_general_parser_reads_it(text: str) -> None:
    from tracker.interchange import values

    raw = text.strip()
    assert _result(lambda: values.parse_stamp(text, "created_at")) == _result(lambda: values._parse_stamp_general(raw, "created_at"))


_url_texts = st.one_of(
    st.builds(lambda scheme, host, rest: f"{scheme}://{host}{rest}", st.sampled_from(["http", "https", "HTTPS", "ftp"]),
              st.text(alphabet="abAB09.-_@:[]", max_size=12), st.text(alphabet="/?#ab%[]:@ \t", max_size=12)),
    st.sampled_from(["https://predictionbook.com/predictions/194301", "https://x", "https://.x", "https://a..b/c",
                     "https://[::1]/", "https://a:99999/", " https://a/", "https://a/" + "x" * 2000]),
)


@settings(max_examples=500, deadline=None)
@given(text=_url_texts, name=st.sampled_from(["url", "evidence"]))
def test_a_plain_link_is_accepted_as_the_general_check_accepts_it(text: str, name: str) -> None:
    from tracker import records

    assert _result(lambda: records.clean_url(name, text)) == _result(lambda: records._clean_url_general(name, text))
