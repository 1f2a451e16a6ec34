"""tracker extract through the real CLI: JSON shape, several files, bad files, --save and review."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.conftest import Tracker, db_snapshot
from tests.test_reliability import kill_midway

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CRADLE = SEEDS / "000_470e802ec0e9da10.txt"  # The Cradle, no date in the text
GLOBAL_RESEARCH = SEEDS / "004_a563894516935758.txt"  # Global Research, December 09, 2021


def test_json_shape_and_metadata_of_the_seeds(tracker: Tracker) -> None:
    articles = tracker("extract", str(SEEDS), "--json").json()
    assert [Path(a["path"]).name for a in articles] == [CRADLE.name, GLOBAL_RESEARCH.name]
    cradle, gr = articles
    assert set(cradle) == {"path", "title", "author", "published", "outlet", "sha256", "forecasts"}
    assert cradle["author"] == "Pepe Escobar" and cradle["outlet"] == "The Cradle" and cradle["published"] is None
    assert gr["title"] == "What Putin Really Told Biden" and gr["published"] == "2021-12-09"
    assert gr["outlet"] == "Global Research"
    invasion = next(f for f in gr["forecasts"] if "nobody really expects" in f["quote"])
    assert invasion["claim"] == "Russia will invade Ukraine"
    assert invasion["probability"] < 0.5 and invasion["speaker"] is None
    assert set(invasion) == {"quote", "claim", "probability", "deadline", "speaker", "cue", "confidence"}


def test_table_view_says_unknown_and_escapes_markup(tracker: Tracker, tmp_path: Path) -> None:
    out = tracker("extract", str(CRADLE)).stdout
    assert "unknown" in out and "The Cradle" in out
    article = tmp_path / "markup.txt"
    article.write_text("Stocks of [bold]Acme[/bold] will fall sharply by [red]2030[/red].\n", encoding="utf-8")
    result = tracker("extract", str(article))
    assert "Stocks of [bold]Acme[/bold] will fall sharply" in result.stdout


def test_command_line_overrides_what_the_text_says(tracker: Tracker) -> None:
    [a] = tracker("extract", str(GLOBAL_RESEARCH), "--author", "P. Escobar", "--outlet", "Asia Times",
                  "--date", "2021-12-08", "--override", "--json").json()
    assert (a["author"], a["outlet"], a["published"]) == ("P. Escobar", "Asia Times", "2021-12-08")


def test_stdin_and_a_single_sentence(tracker: Tracker) -> None:
    [a] = tracker("extract", "-", "--json", input="\u201cThe euro will not survive the decade.\u201d\n").json()
    assert a["title"] is None and a["path"] == "-"
    assert len(a["forecasts"]) == 1


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: None, "no such file"),
        (lambda p: p.write_bytes(b""), "is empty"),
        (lambda p: p.write_bytes(b"%PDF-1.7\n\x00\x01\x02"), "binary file"),
        (lambda p: p.write_bytes("Caf\xe9 prices will rise.".encode("latin-1")), "not valid UTF-8"),
        (lambda p: p.write_bytes(b"x" * (5 * 1024 * 1024 + 1)), "over the 5 MB limit"),
    ],
)
def test_bad_files_are_named_and_the_good_ones_still_processed(tracker: Tracker, tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.txt"
    make(bad)
    result = tracker("extract", str(GLOBAL_RESEARCH), str(bad), "--json", ok=False)
    assert result.exit_code == 1
    assert [Path(a["path"]).name for a in result.json()] == [GLOBAL_RESEARCH.name]
    assert message in result.stderr and "bad.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_folder_without_texts_is_refused(tracker: Tracker, tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    assert "no .txt or .md files" in tracker.fails("extract", str(tmp_path)).stderr


def test_save_yes_stores_the_authors_forecasts_once(tracker: Tracker) -> None:
    extracted = tracker("extract", str(GLOBAL_RESEARCH), "--json").json()[0]
    own = [f for f in extracted["forecasts"] if f["speaker"] is None]
    result = tracker("extract", str(GLOBAL_RESEARCH), "--save", "--yes", "--url", "https://www.globalresearch.ca/x", "--tag", "seed")
    assert f"Saved {len(own)} prediction(s) from 1 article(s)" in result.stderr
    rows = tracker("list", "--json").json()
    assert len(rows) == len(own)
    assert {r["author"] for r in rows} == {"Pepe Escobar"}
    assert {r["outlet"] for r in rows} == {"Global Research"} and {r["date"] for r in rows} == {"2021-12-09"}
    assert {r["article_sha256"] for r in rows} == {extracted["sha256"]} and {tuple(r["tags"]) for r in rows} == {("seed",)}
    invasion = next(r for r in rows if r["claim"] == "Russia will invade Ukraine")
    assert "nobody really expects" in invasion["quote"] and invasion["url"] == "https://www.globalresearch.ca/x"
    before = db_snapshot(tracker.db)
    again = tracker("extract", str(GLOBAL_RESEARCH), "--save", "--yes")
    assert "already saved; nothing added" in again.stderr
    assert db_snapshot(tracker.db) == before


def test_saving_an_undated_article_needs_date(tracker: Tracker) -> None:
    result = tracker("extract", str(CRADLE), "--save", "--yes", ok=False)
    assert result.exit_code == 1 and "no publication date (give --date)" in result.stderr
    assert not tracker.db.exists()  # a refused save leaves no database behind
    tracker("extract", str(CRADLE), "--save", "--yes", "--date", "2023-02-01")
    assert {r["date"] for r in tracker("list", "--json").json()} == {"2023-02-01"}


def test_reported_forecasts_are_saved_only_when_asked_and_under_the_speakers_name(tracker: Tracker) -> None:
    # Every candidate the rules find (the detector's filter is tested in test_detector.py).
    tracker("extract", str(GLOBAL_RESEARCH), "--save", "--yes", "--include-reported", "--min-confidence", "0")
    authors = {r["author"] for r in tracker("list", "--json").json()}
    assert "Pepe Escobar" in authors and "Dmitry Peskov" in authors


def test_save_without_a_terminal_needs_yes(tracker: Tracker) -> None:
    assert "add --yes" in tracker.fails("extract", str(GLOBAL_RESEARCH), "--save", code=2).stderr
    assert "--yes only makes sense with --save" in tracker.fails("extract", str(GLOBAL_RESEARCH), "--yes").stderr


def test_interactive_review_accepts_skips_and_edits(tracker: Tracker, monkeypatch: pytest.MonkeyPatch) -> None:
    import tracker.cli as cli

    monkeypatch.setattr(cli, "_interactive", lambda: True)
    own = [f for f in tracker("extract", str(GLOBAL_RESEARCH), "--json").json()[0]["forecasts"] if f["speaker"] is None]
    # first: edit the claim, then accept; second: change the probability, then accept; third: skip; rest: accept
    answers = ["c", "Russia will launch a full-scale invasion of Ukraine", "y", "p", "15%", "y", "n"] + ["y"] * (len(own) - 3)
    tracker("extract", str(GLOBAL_RESEARCH), "--save", input="\n".join(answers) + "\n")
    rows = tracker("list", "--json").json()
    assert len(rows) == len(own) - 1
    by_claim = {r["claim"]: r for r in rows}
    assert by_claim["Russia will launch a full-scale invasion of Ukraine"]["quote"] == own[0]["quote"]
    assert by_claim[own[1]["claim"]]["probability"] == 0.15
    assert own[2]["claim"] not in by_claim


@pytest.mark.slow
def test_save_killed_halfway_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    sentence = "Tariff number {n} will be repealed by 2031."
    for i in range(400):
        body = " ".join(sentence.format(n=f"{i}-{j}") for j in range(50))
        (folder / f"a{i:03}.txt").write_text(f"Tariffs\n\nBy Jane Roe\n\nMarch 3, 2024\n\n{body}\n", encoding="utf-8")
    db = tmp_path / "crash.db"
    tracker = Tracker(db)
    tracker.add("kept", "-p", "0.2")
    before = db_snapshot(db)
    # Every article is read before the first row is written: on a loaded machine that takes minutes.
    kill_midway(["extract", str(folder), "--save", "--yes", "--min-confidence", "0"], db, 2 * 1024 * 1024, timeout=1500)
    assert db_snapshot(db) == before
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_seed_copy_is_unchanged() -> None:
    shared = Path("/work/shared/seeds")
    if not shared.exists():
        pytest.skip("the shared seed folder is not on this machine")
    for name in (CRADLE.name, GLOBAL_RESEARCH.name):
        assert (SEEDS / name).read_bytes() == (shared / name).read_bytes()


def test_one_unsavable_forecast_does_not_cost_the_others(tracker: Tracker, tmp_path: Path) -> None:
    article = tmp_path / "column.txt"
    article.write_text(
        "Outlook\n\nBy Jane Roe\n\nMarch 3, 2021\n\nInflation will fall below 2% by 2030.\n\n"
        "Unemployment will rise in 2022.\n",
        encoding="utf-8",
    )
    # Dated 2023 on the command line, the 2022 forecast would have a deadline before it was made.
    result = tracker("extract", str(article), "--save", "--yes", "--date", "2023-06-01", "--override", ok=False)
    assert result.exit_code == 1
    assert "forecast 2 not saved: deadline 2022-12-31 is before the date" in result.stderr
    assert [r["claim"] for r in tracker("list", "--json").json()] == ["Inflation will fall below 2% by 2030"]


def test_adding_a_duplicate_with_new_tags_says_the_tags_did_not_change(tracker: Tracker) -> None:
    tracker("add", "x", "--author", "A", "--date", "2021-01-01", "--tag", "a")
    again = tracker("add", "x", "--author", "A", "--date", "2021-01-01", "--tag", "b")
    assert "Already recorded as prediction 1" in again.stderr and "tags were not changed" in again.stderr


def test_terminal_control_sequences_in_an_article_never_reach_the_terminal(tracker: Tracker, tmp_path: Path) -> None:
    article = tmp_path / "esc\x1b[2Jname.txt"
    article.write_bytes(b"By Jo Reyes\n\nThe economy \x1b]0;pwned\x07will likely enter a \x1b[2Jrecession by 2025.\n")
    out = tracker("extract", str(article)).stdout + tracker("extract", str(article), terminal=True).stdout
    assert "\x1b" not in out and "\x07" not in out
    assert "recession by 2025" in out
    [a] = tracker("extract", str(article), "--json").json()
    quote = a["forecasts"][0]["quote"]
    assert quote == "The economy ]0;pwned will likely enter a [2Jrecession by 2025."  # each control became a space


def test_a_refused_json_run_prints_no_empty_result(tracker: Tracker, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    outcome = tracker.fails("extract", str(empty), "--json", code=2)
    assert outcome.stdout == ""
