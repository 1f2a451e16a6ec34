"""Importing other tools' exports again, and the text real exports carry: a later export adds
only what is new, a question keeps one outcome per file however far apart its rows are, and
flag emoji are text.

Files come from tests/fixtures/formats (built from the exporters' code) and from
benchmarks/make_import_files.py (the same formats, with their mess, over several chunks).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import Tracker, db_snapshot
from tracker.records import PredictionInput
from tracker.storage.hashing import content_hash
from tracker.store import STANDING_CHANGED

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
import make_import_files

FORMATS = Path(__file__).parent / "fixtures" / "formats"
ENGLAND = "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F"  # black flag, "gbeng", cancel tag
RAINBOW = "\U0001F3F3\uFE0F\u200D\U0001F308"  # white flag, VS16, zero-width joiner, rainbow
UK = "\U0001F1EC\U0001F1E7"  # regional indicators G and B


@pytest.fixture
def tracker(backend_tracker: Tracker) -> Tracker:
    return backend_tracker


pytestmark = pytest.mark.usefixtures("exports_today")


def variant(tmp_path: Path, name: str, replacements: list[tuple[str, str]], out: str | None = None) -> str:
    text = (FORMATS / name).read_text(encoding="utf-8")
    for old, new in replacements:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / (out or name)
    path.write_text(text, encoding="utf-8")
    return str(path)


def exported(tracker: Tracker) -> list[dict[str, Any]]:
    return [json.loads(line) for line in tracker("export", "--json").stdout.splitlines()]


def counts(summary: dict[str, Any]) -> dict[str, int]:
    keys = ("predictions_added", "predictions_present", "resolutions_added", "resolutions_present", "claims_added")
    return {key: summary[key] for key in keys}


# --- a later export ---------------------------------------------------------------------------


def test_a_later_predictionbook_export_whose_crowd_mean_moved_adds_no_second_prediction(tracker: Tracker, tmp_path: Path) -> None:
    first = tracker("import", str(FORMATS / "predictionbook.csv"), "--json").json()
    before = db_snapshot(tracker.db)
    # Two more wagers moved the crowd's mean on question 194301 from 35 to 41.
    later = variant(tmp_path, "predictionbook.csv", [(",194301,35,false,", ",194301,41,false,")])
    again = tracker("import", later, "--json")
    summary = again.json()
    assert counts(summary) == {
        "predictions_added": 0, "predictions_present": first["predictions_added"] - 1,
        "resolutions_added": 0, "resolutions_present": first["resolutions_added"], "claims_added": 0,
    }
    assert summary["skipped_by_reason"][STANDING_CHANGED] == 1
    assert f"skipped 1 row(s) - {STANDING_CHANGED}: line 2" in again.stderr
    assert db_snapshot(tracker.db) == before
    [bitcoin] = [row for row in exported(tracker) if row["claim_ref"] == "predictionbook:194301"]
    assert bitcoin["probability"] == 0.35  # the first figure: wagers made later never rewrite it


def test_a_later_export_brings_a_new_judgement_but_no_second_crowd_figure(tracker: Tracker, tmp_path: Path) -> None:
    tracker("import", str(FORMATS / "predictionbook.csv"))
    # Question 195120 (unjudged, mean 8) was judged true since, and the mean moved to 9.
    later = variant(tmp_path, "predictionbook.csv", [(
        ",195120,8,,,,2020-01-07 19:44:12 UTC,", ",195120,9,true,,2025-03-01 09:00:00 UTC,2025-03-01 09:00:00 UTC,",
    )])
    summary = tracker("import", later, "--json").json()
    assert (summary["predictions_added"], summary["resolutions_added"]) == (0, 1)
    [mars] = [row for row in exported(tracker) if row["claim_ref"] == "predictionbook:195120"]
    assert mars["probability"] == 0.08
    assert [(r["outcome"], r["resolved_on"]) for r in mars["resolutions"]] == [(True, "2025-03-01")]


@pytest.mark.parametrize("fmt", ["predictionbook", "fatebook", "metaculus"])
def test_a_messy_export_over_several_chunks_imported_twice_adds_nothing_the_second_time(
    tracker: Tracker, tmp_path: Path, fmt: str
) -> None:
    files = make_import_files.write_all(tmp_path / "files", 2_000)[fmt]  # four chunks of 500 rows
    args = ["import", *map(str, files), "--skip-invalid", "--rejects", str(tmp_path / "rejects.csv"), "--json"]
    first = tracker(*args).json()
    assert first["predictions_added"] > 1_500 and first["skipped"] > 0
    # A question's rows span chunks: its resolution, added by this import, is not "already present".
    assert first["resolutions_present"] == 0
    before = db_snapshot(tracker.db)
    again = tracker(*args).json()
    assert counts(again) == {
        "predictions_added": 0, "predictions_present": first["predictions_added"],
        "resolutions_added": 0, "resolutions_present": first["resolutions_added"], "claims_added": 0,
    }
    assert (again["skipped"], again["refused"]) == (first["skipped"], first["refused"])
    assert db_snapshot(tracker.db) == before


# --- one outcome per question, however far apart its rows -------------------------------------


def _fatebook_with_a_late_contradiction(tmp_path: Path) -> str:
    """The fixture, then one more forecast on its first question (resolved YES) saying NO, far
    below the rows of other questions."""
    text = (FORMATS / "fatebook.csv").read_text(encoding="utf-8")
    with (FORMATS / "fatebook.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    late = list(rows[1])
    late[2], late[3], late[4], late[8] = "Ana Lima", "0.3", "2024-03-05 09:00:00", "NO"
    path = tmp_path / "fatebook.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        handle.write(text.rstrip("\n") + "\n")
        csv.writer(handle, lineterminator="\n").writerow(late)
    return str(path)


def test_a_contradiction_near_its_question_refuses_the_row(tracker: Tracker, tmp_path: Path) -> None:
    path = _fatebook_with_a_late_contradiction(tmp_path)
    failed = tracker.fails("import", path, code=2)
    assert "outcome false contradicts outcome true given for the same question on line 2" in failed.stderr


@pytest.mark.sqlite_file
def test_a_contradiction_beyond_the_readers_window_still_refuses_the_file(
    tracker: Tracker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.interchange.foreign import Outcomes

    monkeypatch.setattr(Outcomes, "WINDOW", 1)  # the reader forgets every question but the last
    path = _fatebook_with_a_late_contradiction(tmp_path)
    before = db_snapshot(tracker.db)
    for extra in ([], ["--skip-invalid", "--rejects", str(tmp_path / "r.csv")]):
        failed = tracker.fails("import", path, *extra, code=2)
        assert "outcome false contradicts outcome true that an earlier row of this file gave the same question" in failed.stderr
        assert "nothing was imported" in failed.stderr
        assert db_snapshot(tracker.db) == before
    assert not (tmp_path / "r.csv").exists()


# --- flag emoji are text ----------------------------------------------------------------------


def test_flag_emoji_in_titles_and_names_are_imported_as_they_are(tracker: Tracker, tmp_path: Path) -> None:
    pb = variant(tmp_path, "predictionbook.csv", [
        ('CoinDesk","Bitcoin closes 2019 above $10,000 on CoinDesk"', f'CoinDesk {UK}","Bitcoin closes 2019 above $10,000 on CoinDesk {UK}"'),
        ("A crewed landing on Mars happens by the end of 2035,A crewed landing on Mars happens by the end of 2035",
         f"England {ENGLAND} land on Mars by the end of 2035,England {ENGLAND} land on Mars by the end of 2035"),
    ])
    fate = variant(tmp_path, "fatebook.csv", [('"Noor Haddad",0.65', f'"Noor Haddad {RAINBOW}",0.65')])
    tracker("import", pb)
    tracker("import", fate)
    rows = exported(tracker)
    claims = {row["claim"] for row in rows}
    assert f"England {ENGLAND} land on Mars by the end of 2035" in claims
    assert f"Bitcoin closes 2019 above $10,000 on CoinDesk {UK}" in claims
    assert f"Noor Haddad {RAINBOW}" in {row["author"] for row in rows}


@pytest.mark.parametrize(
    ("text", "code_point"),
    [
        ("Mars\U000E0069\U000E0067 landing", "U+E0069"),  # tag letters with no flag: hidden text
        (f"Mars {ENGLAND[:-1]} landing", "U+E0067"),  # a flag without its CANCEL TAG
        # tag letters shaped like a flag but spelling words: hidden text, not one of the
        # three subdivision flags Unicode recommends
        ("Mars \U0001F3F4" + "".join(chr(0xE0000 + ord(c)) for c in "ignore") + "\U000E007F landing", "U+E0069"),
    ],
)
def test_tag_characters_outside_a_flag_are_still_refused(tracker: Tracker, tmp_path: Path, text: str, code_point: str) -> None:
    pb = variant(tmp_path, "predictionbook.csv", [(
        "A crewed landing on Mars happens by the end of 2035,A crewed landing on Mars happens by the end of 2035",
        f"{text},{text}",
    )])
    failed = tracker.fails("import", pb, code=2)
    assert f"line 4: claim contains a control or invisible character ({code_point})" in failed.stderr


def test_a_joiner_between_letters_of_a_name_is_still_refused(tracker: Tracker, tmp_path: Path) -> None:
    fate = variant(tmp_path, "fatebook.csv", [('"Noor Haddad",0.65', '"Noor\u200dHaddad",0.65')])
    failed = tracker.fails("import", fate, code=2)
    assert "line 4: author contains a control or invisible character (U+200D)" in failed.stderr


# --- fast paths give what the general ones give -----------------------------------------------

MESSY_TEXT = st.text(alphabet=st.sampled_from(
    ['a', 'Z', ' ', '"', '\\', '/', '\n', '\t', '\x07', '\u0096', '\u00e9', '\u200b', '\u2028', '\ufeff', '\U0001F3F4',
     '\U000E0067', '\ud800', '–', '“']), max_size=12)


@settings(max_examples=300, deadline=None)
@given(
    claim=MESSY_TEXT, author=MESSY_TEXT, outlet=st.none() | MESSY_TEXT, quote=st.none() | MESSY_TEXT,
    url=st.none() | MESSY_TEXT,
    probability=st.none() | st.floats(allow_nan=True, allow_infinity=True) | st.just(-0.0) | st.integers(0, 1) | st.booleans(),
    made_on=st.dates(), deadline=st.none() | st.dates() | st.datetimes(),
)
def test_the_written_out_prediction_hash_is_the_canonical_one(
    claim: str, author: str, outlet: str | None, quote: str | None, url: str | None, probability: Any,
    made_on: dt.date, deadline: Any,
) -> None:
    """``content_hash`` writes the JSON of plain values out itself (imports hash every row):
    on messy text it must give the bytes ``json.dumps`` gives."""
    entry = PredictionInput(claim=claim, author=author, made_on=made_on, probability=probability, deadline=deadline,
                            outlet=outlet, quote=quote, url=url)
    fields = entry.hashed_fields()
    try:
        expected = hashlib.sha256(json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                                             allow_nan=False).encode("utf-8")).hexdigest()
    except (ValueError, TypeError) as exc:  # NaN, infinity: refused the same way by both
        with pytest.raises(type(exc)):
            content_hash(fields)
        return
    assert content_hash(fields) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 2**62) | st.integers(1, 5_000)))
def test_the_bitmap_of_present_resolutions_counts_each_id_once(ids: list[int]) -> None:
    from tracker.store import IdSet

    seen = IdSet()
    for value in ids:
        seen.add(value)
    assert len(seen) == len(set(ids))
    assert all(value in seen for value in ids)
    assert not any(value + 1 in seen for value in ids if value + 1 not in ids)
    assert len(seen.bits) <= IdSet.LIMIT // 8 + IdSet.LIMIT // 16 + 1
