"""One phrase table: `tracker phrases`, `--probability` and the extractor read a phrase the same way."""

from __future__ import annotations

import pytest

from tests.conftest import Tracker
from tracker.extract import extract

# A sentence per reading, and the phrase or construction of `tracker phrases` it uses.
SENTENCES = [
    ("Russia is almost certain to invade Ukraine.", "almost certain"),
    ("Russia will almost certainly invade Ukraine.", "almost certainly"),
    ("Russia is virtually certain to invade Ukraine.", "virtually certain"),
    ("Russia will certainly invade Ukraine.", "certainly"),
    ("Russia will definitely invade Ukraine.", "definitely"),
    ("It is certain that Russia will invade Ukraine.", "certain"),
    ("Russia is extremely likely to invade Ukraine.", "extremely likely"),
    ("Russia is highly likely to invade Ukraine.", "highly likely"),
    ("Russia will very likely invade Ukraine.", "very likely"),
    ("Russia will probably invade Ukraine.", "probably"),
    ("Russia will likely invade Ukraine.", "likely"),
    ("Russia will possibly invade Ukraine.", "possibly"),
    ("Russia may invade Ukraine.", "may"),
    ("Russia might invade Ukraine.", "might"),
    ("Russia could invade Ukraine.", "could"),
    ("Russia will probably not invade Ukraine.", "probably not"),
    ("Russia is unlikely to invade Ukraine.", "unlikely"),
    ("Russia is very unlikely to invade Ukraine.", "very unlikely"),
    ("Russia will almost certainly not invade Ukraine.", "almost certainly not"),
    ("It is highly unlikely that Russia will invade Ukraine.", "highly unlikely"),
    ("Russia will never invade Ukraine.", "never"),
    ("Russia will invade Ukraine.", "X will happen"),
    ("Russia will surely invade Ukraine.", "X will certainly / surely / inevitably happen"),
    ("Russia will not invade Ukraine.", "X will not happen"),
    ("Leaders talked, but nobody really expects Russia to invade Ukraine.", "nobody (really) expects X"),
    ("I don't think Russia will invade Ukraine.", "I don't think X"),
    ("There will be no Russian invasion of Ukraine.", "there will be no X"),
]


@pytest.fixture(scope="module")
def printed() -> dict[str, dict[str, float]]:
    from typer.testing import CliRunner

    from tracker.cli import app

    result = CliRunner().invoke(app, ["phrases", "--json"])
    assert result.exit_code == 0
    import json

    return dict(json.loads(result.stdout))


@pytest.mark.parametrize(("sentence", "phrase"), SENTENCES, ids=[p for _, p in SENTENCES])
def test_the_extractor_reads_each_phrase_as_tracker_phrases_prints_it(printed: dict[str, dict[str, float]], sentence: str, phrase: str) -> None:
    expected = printed["phrases"].get(phrase, printed["constructions"].get(phrase))
    assert expected is not None, f"{phrase!r} is not in 'tracker phrases'"
    [forecast] = extract(f"Title\n\nBy Jane Roe\n\nMarch 3, 2021\n\n{sentence}\n").forecasts
    assert forecast.probability == expected


@pytest.mark.parametrize("phrase", ["almost certain", "almost certainly", "never", "likely", "probably not", "50-50"])
def test_probability_option_reads_the_same_table(tracker: Tracker, printed: dict[str, dict[str, float]], phrase: str) -> None:
    stored = tracker("add", f"claim read as {phrase}", "--author", "A", "--date", "2021-01-01", "-p", phrase, "--json").json()
    assert stored["probability"] == printed["phrases"][phrase]


def test_the_table_view_shows_phrases_and_constructions(tracker: Tracker) -> None:
    out = tracker("phrases", terminal=True).stdout
    assert "almost certain" in out and "95.0%" in out and "X will happen" in out and "90.0%" in out
