"""The learned forecast detector: shipped weights, its tokenizer, its units, its
fallback probabilities, and how the CLI shows and filters its confidence.

Every sentence here was written for these tests (none comes from the test split).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import modules_loaded_by_help
from tracker.extract import extract
from tracker.extract.combine import DEFAULT_MIN_CONFIDENCE, DETECTOR_CUE
from tracker.extract.detector import MODEL_DIR, load, rule_hits
from tracker.extract.stated import sentence_probability, stated_probability
from tracker.extract.units import units
from tracker.training.data import (
    BORDERLINE, GENRE_WEIGHT_RANGE, HARD_NEGATIVE, HARD_NEGATIVE_WEIGHT, NEGATIVE, POSITIVE, REAL_TEXT_WEIGHT, LabelledText,
    genre_weight, genre_weights, text_examples, unit_label,
)

ROOT = Path(__file__).resolve().parent.parent


def confidence(sentence: str) -> float:
    found = units(sentence)
    hits, _ = rule_hits(found, extract(sentence, detector=False).forecasts)
    return load().confidences(found, hits)[0]


@pytest.mark.parametrize("sentence", [
    "There is a 70% chance that the river floods this spring.",
    "Unemployment is expected to rise to 6 percent next year.",
    "Snow is likely tonight, with lows near 20.",
    "Rain will turn to snow overnight, and lows will fall to 15 degrees.",
])
def test_shipped_weights_call_forecasts_forecasts(sentence: str) -> None:
    assert confidence(sentence) > 0.8


@pytest.mark.parametrize("sentence", [
    "The meeting was held on Tuesday in the town hall.",
    "The bridge was built in 1932 by a local firm.",
    "We will publish the full results on our website on Monday.",
])
def test_shipped_weights_call_other_sentences_not_forecasts(sentence: str) -> None:
    assert confidence(sentence) < 0.2


def test_shipped_model_is_small_and_carries_its_provenance() -> None:
    names = {path.name for path in MODEL_DIR.iterdir()}
    assert {"detector.npz", "embeddings.npy", "vocab.txt", "PROVENANCE.md", "LICENSE.all-MiniLM-L6-v2"} <= names
    assert {"cascade.npz", "encoder.int8.onnx", "encoder_vocab.txt"} <= names
    assert sum(path.stat().st_size for path in MODEL_DIR.iterdir()) < 40_000_000
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"extract/model/*"' in pyproject and '"numpy' in pyproject and '"onnxruntime' in pyproject


@pytest.mark.parametrize(("text", "tokens"), [
    # Expected splits printed by the `tokenizers` library for the same vocabulary.
    ("Forecasters expect unseasonably cold weather.",
     ["forecast", "##ers", "expect", "un", "##sea", "##son", "##ably", "cold", "weather", "."]),
    ("Naïve café-goers won't bet 3-to-1 on it!",
     ["naive", "cafe", "-", "go", "##ers", "won", "'", "t", "bet", "3", "-", "to", "-", "1", "on", "it", "!"]),
    ("GDP grows 1.8% in 2025 (Q4).",
     ["gdp", "grows", "1", ".", "8", "%", "in", "202", "##5", "(", "q", "##4", ")", "."]),
])
def test_wordpiece_matches_the_reference_tokenizer(text: str, tokens: list[str]) -> None:
    tokenizer = load().tokenizer
    names = {index: token for token, index in tokenizer.ids.items()}
    assert [names[i] for i in tokenizer.encode(text)] == tokens


def test_units_point_at_the_raw_text() -> None:
    raw = "# Outlook for 2027\n\nRates will fall. See [the report](https://example.org/r) for more.\n\n- Winner: Team Blue\n"
    found = units(raw)
    assert [u.text for u in found] == ["Outlook for 2027", "Rates will fall.", "See the report for more.", "Winner: Team Blue"]
    assert [raw[u.start:u.end] for u in found[:2]] == ["Outlook for 2027", "Rates will fall."]
    assert raw[found[2].start:found[2].end] == "See [the report](https://example.org/r) for more."
    assert found[0].heading and found[3].heading and not found[1].heading


def test_training_labels_of_units() -> None:
    text = "Prices will rise. We will meet on Monday. Things will get better. The sky was blue."
    def span(words: str) -> dict[str, int]:
        return {"start": text.index(words), "end": text.index(words) + len(words)}
    labels = {
        "forecasts": [{**span("Prices will rise."), "clear": True}, {**span("Things will get better."), "clear": False}],
        "not_forecasts": [{**span("We will meet on Monday."), "reason": "plan"}],
    }
    assert [unit_label(u, labels) for u in units(text)] == [POSITIVE, HARD_NEGATIVE, BORDERLINE, NEGATIVE]


def test_real_texts_weigh_more_than_texts_written_here() -> None:
    """Written texts outnumber the shared corpus's real ones in train; a real text's units
    count REAL_TEXT_WEIGHT times, on top of the hard negatives' own weight."""
    text = "Prices will rise. We will meet on Monday. The sky was blue."
    def span(words: str) -> dict[str, int]:
        return {"start": text.index(words), "end": text.index(words) + len(words)}
    labels = {"forecasts": [{**span("Prices will rise."), "clear": True}],
              "not_forecasts": [{**span("We will meet on Monday."), "reason": "plan"}]}
    def weights(name: str) -> list[float]:
        return [e.weight for e in text_examples(LabelledText(name, "genre", "train", text, labels))]
    assert weights("written/pundit_columns/a.txt") == [1.0, HARD_NEGATIVE_WEIGHT, 1.0]
    assert weights("texts/central_bank/a.txt") == [REAL_TEXT_WEIGHT, HARD_NEGATIVE_WEIGHT * REAL_TEXT_WEIGHT, REAL_TEXT_WEIGHT]
    assert REAL_TEXT_WEIGHT > 1


def test_each_genre_weighs_about_as_much_as_an_average_genre_within_bounds() -> None:
    """A genre of many texts (the written sports picks) must not decide alone what a forecast
    looks like: its texts weigh less, a small genre's more, neither beyond the bounds."""
    genres = ["picks"] * 12 + ["prophecy"] * 3 + ["minutes"] * 6 + ["memo"]
    weights = genre_weights(genres)
    low, high = GENRE_WEIGHT_RANGE
    assert weights["minutes"] == pytest.approx(22 / 4 / 6, abs=1e-4)
    assert low <= weights["picks"] < weights["minutes"] < weights["prophecy"] <= high
    assert weights["picks"] == low and weights["memo"] == high  # 5.5/12 and 5.5/1, clipped
    assert genre_weights([]) == {}


def test_a_unit_carries_its_genre_factor_times_the_real_text_weight() -> None:
    text = "Prices will rise. The sky was blue."
    labels = {"forecasts": [{"start": 0, "end": 17, "clear": True}], "not_forecasts": []}
    prophecy = text_examples(LabelledText("texts/old_futurism_prophecy/a.txt", "old_futurism_prophecy", "train", text, labels))
    picks = text_examples(LabelledText("written/sports_picks/a.txt", "written_sports_picks", "train", text, labels))
    assert [e.weight for e in prophecy] == [genre_weight("old_futurism_prophecy") * REAL_TEXT_WEIGHT] * 2
    assert [e.weight for e in picks] == [genre_weight("written_sports_picks")] * 2
    # In the train split old prophecy has a handful of texts, the written sports picks dozens.
    assert genre_weight("old_futurism_prophecy") > 1 > genre_weight("written_sports_picks")
    assert genre_weight("a genre the train split lacks") == 1.0


@pytest.mark.parametrize(("sentence", "probability"), [
    ("Spain has an 80% chance of winning.", 0.8),
    ("I give it a 34% chance.", 0.34),
    ("The odds are one in three that it passes.", 0.333),
    ("I'd take even money that the bill fails.", 0.5),
    ("The Hawks are 3-to-1 against to win it all.", 0.25),
    ("The champions are 3-to-1 on to retain the cup.", 0.75),
    ("She is a 64 percent favourite to win.", 0.64),
    # A favourite is more likely than not, whichever way round its odds are written.
    ("The Hawks are 3-to-1 favourites to win it all.", 0.75),
    ("Moravec is a 4-to-6 favourite with the bookmakers.", 0.6),
])
def test_stated_numbers_and_odds(sentence: str, probability: float) -> None:
    assert stated_probability(sentence) == pytest.approx(probability)


@pytest.mark.parametrize(("sentence", "probability"), [
    ("Inflation is expected to rise to 2 percent over the medium term.", 0.7),
    ("Wheat use is forecast at 80 million tonnes, up 1.5 million tonnes (1.0 percent).", 0.7),
    ("The jobless rate falls below 4% by December: 80%", 0.8),
    ("THERE IS A CHANCE OF THUNDERSTORMS THURSDAY EVENING.", 0.4),
])
def test_a_percentage_is_a_chance_only_when_the_sentence_says_so(sentence: str, probability: float) -> None:
    assert sentence_probability(sentence) == pytest.approx(probability)


@pytest.mark.parametrize(("sentence", "probability"), [
    ("Nobody really expects the strike to end this month.", 0.1),
    ("I don't think the merger will close this year.", 0.2),
    ("Space tourism is impossible.", 0.03),
    ("Inflation is likely to ease.", 0.7),
    ("Winner: Team Blue", 0.9),
    ("Development chances are low during the next 48 hours.", 0.2),
    ("The chances are high that the levee holds.", 0.8),
])
def test_sentence_probability_without_a_parse(sentence: str, probability: float) -> None:
    assert sentence_probability(sentence) == pytest.approx(probability)


def test_a_forecast_the_rules_cannot_parse_is_kept_with_the_sentence_as_claim() -> None:
    [candidate] = extract("Snow is likely tonight, with lows near 20.\n").forecasts
    assert candidate.cue == DETECTOR_CUE and candidate.claim == "Snow is likely tonight, with lows near 20."
    assert candidate.probability == pytest.approx(0.7) and candidate.confidence is not None and candidate.confidence > 0.8


def test_a_strong_rule_cue_is_not_killed_by_a_doubtful_unit_score() -> None:
    """"is expected to" was right in most of its train-split candidates, so a doubtful unit score
    is raised by the cue, and a unit score below the default does not kill the candidate. (The
    shipped detector scores this sentence's unit high, so the doubtful scores are asked of the
    combination directly.)"""
    sentence = "The committee's report is expected to be long."
    [candidate] = extract(sentence + "\n", min_confidence=DEFAULT_MIN_CONFIDENCE).forecasts
    assert candidate.cue == "is expected to" and candidate.confidence is not None
    assert load().candidate_confidence(0.46, "is expected to") > 0.46
    assert load().candidate_confidence(0.3, "is expected to") > DEFAULT_MIN_CONFIDENCE > 0.3


def test_a_permission_with_a_weak_cue_stays_under_the_default() -> None:
    assert extract("Visitors may park behind the hall.\n", min_confidence=DEFAULT_MIN_CONFIDENCE).forecasts == ()


def test_a_weak_rule_cue_still_needs_the_detector() -> None:
    detector = load()
    assert detector.candidate_confidence(0.3, "may") < detector.candidate_confidence(0.3, "is expected to")
    assert detector.candidate_confidence(0.2, "will") < detector.candidate_confidence(0.6, "will")
    assert detector.precision_of("Is Expected To") == detector.precision_of("is expected to")
    assert detector.precision_of("a cue never seen") == detector.other_cue_precision


def test_the_text_prior_is_the_mean_of_the_ten_most_confident_units() -> None:
    """The text's prior (its ten most confident units) is the third witness of the combination."""
    from tracker.extract.detector import text_prior

    assert text_prior([0.9] * 12 + [0.0] * 50) == pytest.approx(0.9)
    # A short text is filled up with a typical text's units.
    assert text_prior([1.0, 0.1]) == pytest.approx((1.1 + 8 * 0.35) / 10) and text_prior([]) == pytest.approx(0.35)


def test_a_text_of_forecasts_never_lowers_a_plain_will() -> None:
    """The combination's weight on the text's prior is kept at 0 or more (training/combination.py),
    so the same "will" never counts less in a text full of forecasts. (Refitted with each text
    weighing once and the sentence's length as a witness, the prior's weight is 0: README, "Real
    texts: what the detector threw away".)"""
    detector = load()
    assert detector.candidate_weights[3] >= 0
    assert detector.candidate_confidence(0.3, "will", 0.1) <= detector.candidate_confidence(0.3, "will", 0.8)


def test_a_percentage_on_the_line_below_an_item_is_its_probability() -> None:
    # The list reader (lists.py) and the detector's reading of the line below meet here.
    """Yearly lists often put the number on its own line under the item ("...:" then "80%")."""
    text = (
        "My predictions for 2031\n\n"
        "- No member state announces a plan to leave the union:\n  80%\n"
        "- The harbour tunnel opens to traffic:\n  65% educated guess\n"
    )
    found = extract(text, min_confidence=0.0).forecasts
    assert [c.quote for c in found] == [
        "No member state announces a plan to leave the union:", "The harbour tunnel opens to traffic:"]
    assert (found[0].claim, found[0].probability) == ("Member state announces a plan to leave the union", pytest.approx(0.2))
    assert found[1].probability == pytest.approx(0.65)


def test_min_confidence_filters_and_rules_alone_carry_none() -> None:
    text = "There is a 70% chance that the river floods this spring. Write down what you think will happen.\n"
    everything = extract(text, min_confidence=0.0).forecasts
    assert len(everything) == 2 and [c.quote[:5] for c in everything] == ["There", "Write"]
    assert [c.quote[:5] for c in extract(text, min_confidence=0.5).forecasts] == ["There"]
    assert all(c.confidence is None for c in extract(text, detector=False).forecasts)


def test_cli_prints_confidence_and_filters(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("There is a 70% chance that the river floods this spring. Write down what you think will happen.\n", encoding="utf-8")
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "tracker", "extract", str(article), *args],
                              capture_output=True, text=True, cwd=tmp_path, timeout=60)
    shown = json.loads(run("--json", "--min-confidence", "0.5").stdout)[0]["forecasts"]
    assert len(shown) == 1 and shown[0]["quote"].startswith("There is a 70% chance") and shown[0]["confidence"] > 0.85
    everything = json.loads(run("--json", "--min-confidence", "0").stdout)[0]["forecasts"]
    assert len(everything) == 2 and all(0 <= f["confidence"] <= 1 for f in everything)
    by_default = json.loads(run("--json").stdout)[0]["forecasts"]
    assert by_default == [f for f in everything if f["confidence"] >= DEFAULT_MIN_CONFIDENCE]
    refused = run("--min-confidence", "1.5")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    printed = re.search(r"confidence (0\.\d+)", run().stdout)  # the terminal view shows the same figure, rounded
    assert printed is not None and abs(float(printed.group(1)) - shown[0]["confidence"]) < 0.006


def test_cli_default_is_the_documented_one() -> None:
    import inspect

    from tracker.cli import extract as command

    assert inspect.signature(command).parameters["min_confidence"].default == DEFAULT_MIN_CONFIDENCE
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"--min-confidence {DEFAULT_MIN_CONFIDENCE}" in readme


def test_help_loads_neither_numpy_nor_the_detector() -> None:
    assert modules_loaded_by_help('numpy', 'tracker.extract.detector') == [False, False]


def test_review_shows_candidates_in_text_order_with_confidence(tracker, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import tracker.cli as cli

    monkeypatch.setattr(cli, "_interactive", lambda: True)
    article = tmp_path / "column.txt"
    article.write_text(
        "Rivers\n\nBy Jane Roe\n\nMarch 3, 2026\n\n"
        "There is a 70% chance that the river floods this spring. Rents are expected to rise again next year.\n",
        encoding="utf-8",
    )
    shown = tracker("extract", str(article), "--save", input="y\ny\n").stdout
    first, second = shown.index("The river floods this spring"), shown.index("Rents will rise again next year")
    assert first < second and len(re.findall(r"\[confidence [01]\.\d\d\]", shown)) == 2


def test_a_title_and_an_unattributed_quotation_are_not_detector_candidates() -> None:
    """A title announces its text; a quotation nobody is named for cannot be credited to anyone."""
    assert extract("Russia Will Win\n\nThe body starts here, and says nothing about the future.\n").forecasts == ()
    text = "\u201cThe Rovers will not win the league (again), which will extend their drought to 13 years.\u201d Right on the nose with that one.\n"
    assert [c for c in extract("Old calls, graded\n\n" + text).forecasts if c.cue == DETECTOR_CUE] == []


@pytest.mark.parametrize(("item", "claim", "probability"), [
    # A negated item with its own number, without a leading "No": the number is the chance of
    # the item as worded, so the positive claim takes the complement.
    ("France does not declare a plan to leave the EU:   99%", "France will declare a plan to leave the EU", 0.01),
    ("The mayor is not in office at the end of 2027 \u2013 51%", "The mayor is in office at the end of 2027", 0.49),
    ("Harbour voting rights aren't suspended \u2013 70%", "Harbour voting rights are suspended", 0.3),
    ("The tunnel dispute not resolved this year \u2013 60%", "The tunnel dispute resolved this year", 0.4),
    ("I will not attend a wedding this year: 60%", "I will attend a wedding this year", 0.4),
    # Not negated, or negated under "if": as worded.
    ("Libya still has two rival governments on January 1, 2027 \u2013 60%", "Libya still has two rival governments on January 1, 2027", 0.6),
    ("Rates rise if inflation does not fall: 70%", "Rates rise if inflation does not fall", 0.7),
])
def test_negated_items_with_a_number_are_worded_positively(item: str, claim: str, probability: float) -> None:
    from tracker.extract.stated import item_claim, sentence_reading

    assert item_claim(item) == (claim, pytest.approx(probability))
    assert sentence_reading(item) == (claim, pytest.approx(probability))


@pytest.mark.parametrize(("sentence", "probability"), [
    ("Currently, the market did not expect any change in policy for the next few months.", 0.2),
    ("Under the baseline scenario there is no recession, neither this year nor next year.", 0.05),
    ("There is no doubt that prices will rise.", 0.9),
    ("I do not see the council getting through the budget in a single session.", 0.2),
    ("It is not probable that such a match will take place within the next five years.", 0.2),
    ("Water power can never replace coal.", 0.03),
    ("I would be astonished if the department let go of the yards before the election.", 0.2),
])
def test_negated_forms_read_low(sentence: str, probability: float) -> None:
    assert sentence_probability(sentence) == pytest.approx(probability)


def test_lines_ending_with_their_chance_are_units_of_their_own() -> None:
    """An unbulleted list of calls, one per line, each ending with its chance: never joined
    as one wrapped sentence (the detector and the rules read each line on its own)."""
    text = (
        "Predictions for 2027\n\n"
        "\tThe Liberals win the next provincial election \u2013 60%\n"
        "\tThe mayor is not in office at the end of 2027 \u2013 51%\n"
        "\tNo court rules on the carbon levy in 2027 \u2013 90%\n"
    )
    assert [unit.text for unit in units(text)][1:] == [
        "The Liberals win the next provincial election \u2013 60%",
        "The mayor is not in office at the end of 2027 \u2013 51%",
        "No court rules on the carbon levy in 2027 \u2013 90%",
    ]


# An account of a meeting, written here in the style of a central bank's accounts.
_ACCOUNT = (
    "Account of the monetary policy meeting of the Harbour Bank, 4 March 2026\n\n"
    "Ms Okafor presented the latest staff projections. Output growth was expected to average 1.1% in 2026 "
    "and 1.4% in 2027. Inflation was not expected to return to target before 2028.\n\n"
    "A broad set of early indicators pointed to a pickup, so global growth was expected to strengthen in "
    "the second quarter.\n"
)


def test_an_expectation_reported_in_the_past_tense_is_a_forecast_of_whoever_reported_it() -> None:
    from tracker.extract.stated import REPORTED_EXPECTATION, STATED_PROJECTIONS

    floor = dict(STATED_PROJECTIONS)[REPORTED_EXPECTATION]
    found = {c.quote.split()[0]: c for c in extract(_ACCOUNT).forecasts}
    assert set(found) == {"Output", "Inflation", "A"}
    assert all(c.confidence is not None and c.confidence >= floor for c in found.values())
    assert found["Output"].probability == pytest.approx(0.7) and found["Inflation"].probability == pytest.approx(0.2)
    # The staff's projections, as the paragraph says; the negated one is theirs too.
    assert found["Output"].speaker == found["Inflation"].speaker == "staff"
    # Evidence a text reads ("early indicators") is nobody's voice.
    assert found["A"].speaker != "A broad set of early indicators"


@pytest.mark.parametrize("sentence, probability", [
    # The main clause's reading comes first.
    ("Investment was expected to contract in 2026 and was hence not expected to add to growth.", 0.7),
    ("Inflation was not expected to return to target, though wages were expected to rise.", 0.2),
    ("No significant strengthening is expected over the next two days.", 0.2),
])
def test_the_first_reading_of_a_sentence_is_its_probability(sentence: str, probability: float) -> None:
    assert sentence_probability(sentence) == pytest.approx(probability)


def test_a_projected_level_is_a_forecast_of_the_text_itself() -> None:
    # Written here in the style of a supply and demand estimate.
    text = (
        "Barley production is forecast at 412 million bushels, down 9 million from last month. "
        "The barley yield is projected down 1.5 bushels to 71.0 bushels per acre. "
        "Barley was planted late in the north.\n"
    )
    found = extract(text).forecasts
    assert [c.quote.split()[1] for c in found] == ["production", "barley"]
    assert all(c.probability == pytest.approx(0.7) and c.speaker is None and c.confidence > 0.9 for c in found)


def test_a_rule_candidate_among_confident_neighbours_counts_for_more() -> None:
    from tracker.extract.detector import TYPICAL_TEXT_PRIOR, neighbour_confidence

    text = (
        "The telephone will reach every farm by 1930. Letters will be read aloud by machines.\n\n"
        "The meeting was held in the town hall. Tea was served.\n\n"
        "Alone here.\n"
    )
    found = units(text)
    scores = [0.9, 0.3, 0.2, 0.1, 0.5]
    assert neighbour_confidence(found, scores, 1) == 0.9  # the sentence before, same paragraph
    assert neighbour_confidence(found, [0.1, 0.8, 0.2, 0.1, 0.1], 2) == 0.8  # just before, across paragraphs
    # Doubtful neighbours do not sink a unit; a lone unit gets the typical value.
    assert neighbour_confidence(found, scores, 4) == TYPICAL_TEXT_PRIOR
    assert neighbour_confidence(found[:1], scores[:1], 0) == TYPICAL_TEXT_PRIOR
    detector = load()
    assert detector.candidate_confidence(0.3, "will", 0.5, 0.9) > detector.candidate_confidence(0.3, "will", 0.5, 0.1)


@pytest.mark.parametrize("instruction", [
    "Write down what you think will happen.",
    "Imagine what the city will look like in 2050.",
])
def test_an_instruction_beside_a_forecast_is_not_lifted_by_it(instruction: str) -> None:
    from tracker.extract.combine import INSTRUCTION_CONFIDENCE

    text = f"There is a 70% chance that the river floods this spring. {instruction}\n"
    found = extract(text, min_confidence=0.0).forecasts
    assert found[0].confidence is not None and found[0].confidence > 0.85
    assert all(c.confidence is not None and c.confidence <= INSTRUCTION_CONFIDENCE for c in found[1:])


def test_a_publication_schedule_is_the_issuers_plan() -> None:
    from tracker.extract.combine import SCHEDULE_CONFIDENCE

    text = (
        "Heavy rain is expected to spread north on Friday, and river levels will rise sharply over the weekend. "
        "The next outlook will be issued on 4 April.\n"
    )
    found = {c.quote.split()[0]: c for c in extract(text, min_confidence=0.0).forecasts}
    assert found["The"].confidence is not None and found["The"].confidence <= SCHEDULE_CONFIDENCE
    assert found["Heavy"].confidence is not None and found["Heavy"].confidence > DEFAULT_MIN_CONFIDENCE
    assert "The" not in {c.quote.split()[0] for c in extract(text, min_confidence=DEFAULT_MIN_CONFIDENCE).forecasts}
