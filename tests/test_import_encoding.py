"""Bytes that are not UTF-8: the row that holds one is refused by its line, a file that is
wholly in another encoding is refused with one line saying which and what to do.

Files are the real-format fixtures of tests/fixtures/formats with Windows-1252 bytes put in,
as a spreadsheet or an old script writes them into an otherwise UTF-8 export.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.conftest import Tracker, db_snapshot

FORMATS = Path(__file__).parent / "fixtures" / "formats"
EN_DASH_1252 = b"\x96"  # what U+2013 is in Windows-1252


pytestmark = pytest.mark.usefixtures("exports_today")


def with_bytes(tmp_path: Path, name: str, old: bytes, new: bytes, *, first: bool = False) -> Path:
    """The fixture with ``old`` (its only occurrence, or its first) made ``new``."""
    data = (FORMATS / name).read_bytes()
    assert data.count(old) == 1 or (first and old in data), old
    path = tmp_path / name
    path.write_bytes(data.replace(old, new, 1))
    return path


def test_a_windows_1252_byte_on_a_continuation_line_refuses_its_row_by_the_line_it_starts_on(
    tracker: Tracker, tmp_path: Path
) -> None:
    # Fatebook's first row spans lines 2 and 3 (a line break in its notes); the byte is on line 3.
    path = with_bytes(tmp_path, "fatebook.csv", b"not when it is adopted.", b"not when it is adopted \x96 really.", first=True)
    failed = tracker.fails("import", str(path), code=2)
    assert "line 2: a byte that is not UTF-8 (0x96, '–' in Windows-1252)" in failed.stderr
    assert "nothing was imported" in failed.stderr
    assert not tracker.db.exists()  # a refused import leaves no database file behind


def test_skip_invalid_imports_the_other_rows_and_writes_the_row_back_byte_for_byte(tracker: Tracker, tmp_path: Path) -> None:
    clean = tracker("import", str(FORMATS / "fatebook.csv"), "--dry-run", "--json").json()
    path = with_bytes(tmp_path, "fatebook.csv", b"Will the rail strike at K\xc3\xb6ln", b"Will the rail strike at K\xf6ln")
    result = tracker("import", str(path), "--skip-invalid", "--json")
    summary = result.json()
    assert summary["predictions_added"] == clean["predictions_added"] - 1  # the Köln row is the only one refused
    assert summary["refused_by_reason"] == {"a byte that is not UTF-8": 1}
    rejects = tmp_path / "fatebook.rejects.csv"
    raw = rejects.read_bytes()
    assert b"Will the rail strike at K\xf6ln" in raw  # the very byte the input had, to fix there
    with rejects.open(newline="", encoding="utf-8", errors="surrogateescape") as handle:
        rows = list(csv.reader(handle))
    assert [row[0] for row in rows[1:]] == ["9"]  # the line the row starts on (rows above span lines)
    assert rows[1][1].startswith("a byte that is not UTF-8 (0xF6, 'ö' in Windows-1252)")
    titles = [json.loads(line)["claim"] for line in tracker("export", "--json").stdout.splitlines()]
    assert not any("Köln" in title or "\udcf6" in title for title in titles)
    assert any("Eurovision" in title for title in titles)


def test_a_bad_byte_in_json_lines_refuses_that_line(tracker: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    good = json.dumps({"claim": "Zoë's café opens", "author": "Zoë", "date": "2021-01-01", "probability": 0.6}, ensure_ascii=False)
    path.write_bytes(good.encode() + b"\n" + b'{"claim": "Na\xefve", "author": "Bob", "date": "2021-01-02"}\n')
    assert "line 2: a byte that is not UTF-8 (0xEF, 'ï' in Windows-1252)" in tracker.fails("import", str(path)).stderr
    summary = tracker("import", str(path), "--skip-invalid", "--json").json()
    assert (summary["predictions_added"], summary["refused"]) == (1, 1)
    [reject] = (tmp_path / "export.rejects.jsonl").read_bytes().splitlines()
    assert reject.startswith(b'{"line": 2, ') and b"Na\xefve" in reject


def test_a_file_wholly_in_windows_1252_is_refused_whole_with_the_fix(tracker: Tracker, tmp_path: Path) -> None:
    text = (FORMATS / "predictionbook.csv").read_text(encoding="utf-8")
    assert "–" in text  # "Ajax win the 2019–20 Eredivisie": an en dash, which cp1252 writes as 0x96
    path = tmp_path / "pb.csv"
    path.write_bytes(text.encode("cp1252", "replace"))  # (its C1 control U+0096 has no byte there)
    failed = tracker.fails("import", str(path), "--skip-invalid", code=2)
    assert "is not UTF-8 but an 8-bit encoding, most likely Windows-1252 (Latin-1)" in failed.stderr
    assert f"iconv -f WINDOWS-1252 -t UTF-8 {path} > {tmp_path / 'pb.utf8.csv'}" in failed.stderr
    assert not (tmp_path / "pb.rejects.csv").exists()
    assert not tracker.db.exists()


def test_a_windows_1252_file_whose_first_odd_byte_is_far_down_is_refused_whole_at_the_end(
    tracker: Tracker, tmp_path: Path
) -> None:
    """Beyond the first block there is no telling in advance; a file none of whose text beyond
    ASCII is UTF-8 is another encoding, and the import (one transaction) is rolled back."""
    tracker.add("already here", "-p", "0.4")
    before = db_snapshot(tracker.db)
    rows = "".join(f"Claim number {n},Ann,2021-01-01,0.5\n" for n in range(1_000))
    path = tmp_path / "late.csv"
    path.write_bytes(b"claim,author,date,probability\n" + rows.encode() + "Café opens,Ann,2021-01-02,0.5\n".encode("cp1252"))
    assert path.stat().st_size > 8192
    failed = tracker.fails("import", str(path), "--skip-invalid", code=2)
    assert "late.csv is not UTF-8 but an 8-bit encoding" in failed.stderr
    assert db_snapshot(tracker.db) == before
    assert not (tmp_path / "late.rejects.csv").exists()


def test_a_bad_byte_in_the_header_names_the_header(tracker: Tracker, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(b"claim,auth\xe9r,date\n" + "Café,Zoë,2021-01-01\n".encode())
    assert "x.csv line 1 (the header): a byte that is not UTF-8 (0xE9" in tracker.fails("import", str(path)).stderr


def test_standard_input_with_a_bad_byte_refuses_the_row(tracker: Tracker, tmp_path: Path) -> None:
    data = "claim,author,date\nCafé,Zoë,2021-01-01\n".encode() + b"Na\xefve,Bob,2021-01-02\n"
    result = tracker("import", "-", "--skip-invalid", "--rejects", str(tmp_path / "r.csv"), "--json", input=data)  # type: ignore[arg-type]
    summary = result.json()
    assert (summary["predictions_added"], summary["refused"]) == (1, 1)
    assert b"Na\xefve" in (tmp_path / "r.csv").read_bytes()


def test_a_predictionbook_api_page_with_a_bad_byte_is_refused_as_one_answer(tracker: Tracker, tmp_path: Path) -> None:
    path = with_bytes(tmp_path, "predictionbook_predictions.json", b'"user_label": "gwern"', b'"user_label": "gw\xe4rn \xc3\xb6"')
    failed = tracker.fails("import", str(path), code=2)
    assert "a byte that is not UTF-8 (0xE4, 'ä' in Windows-1252)" in failed.stderr
    assert "a PredictionBook API page is UTF-8" in failed.stderr


def test_one_stray_byte_near_the_top_of_a_utf8_file_refuses_its_row_not_the_file(tracker: Tracker, tmp_path: Path) -> None:
    """A Windows-1252 byte in the first row and real UTF-8 ("Zoë") only after the first 8 KiB:
    the file is UTF-8 with one stray byte. Refusing it whole with iconv's advice would garble
    "Zoë" for a user who followed it (found in review)."""
    header = (FORMATS / "fatebook.csv").read_text(encoding="utf-8").splitlines()[0]

    def row(title: str) -> str:
        return f'"{title}",,"Sam Rivera",0.6,2024-03-02 10:00:00,"Sam Rivera",2024-03-01 00:00:00,2024-12-31 00:00:00,,,,,"","",false,"",""'

    lines = [header, row("Will the ferry run \x96 on 1 May?")] + [row(f"Will harbour berth {n} reopen?") for n in range(120)]
    lines.append(row("Will Zo\u00eb Park open its lido in June?"))
    data = "\n".join(lines).encode("utf-8").replace("\u0096".encode("utf-8"), EN_DASH_1252) + b"\n"
    assert data.index("Zo\u00eb".encode("utf-8")) > 8192
    path = tmp_path / "stray.csv"
    path.write_bytes(data)
    summary = tracker("import", str(path), "--skip-invalid", "--json").json()
    assert (summary["predictions_added"], summary["refused_by_reason"]) == (121, {"a byte that is not UTF-8": 1})
    claims = tracker("export", "--json").stdout
    assert "Will Zo\u00eb Park open its lido in June?" in claims
