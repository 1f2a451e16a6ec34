"""Cleaning markdown and splitting sentences: the quote must read like the article."""

from __future__ import annotations

from tracker.extract.sentences import split_sentences
from tracker.extract.text import ascii_lower, clean_inline


def test_links_keep_their_text() -> None:
    # Seed 004 (Pepe Escobar, Global Research, 2021-12-09).
    assert clean_inline("By [Pepe Escobar](#)") == "By Pepe Escobar"


def test_bold_and_italic_markers_disappear() -> None:
    # Seed 004.
    line = "*So Russian **President Vladimir Putin**, by himself, and United States **President Joe Biden**, surrounded by aides*"
    assert clean_inline(line) == (
        "So Russian President Vladimir Putin, by himself, and United States President Joe Biden, surrounded by aides"
    )


def test_censored_word_is_not_emphasis() -> None:
    # Seed 000 (Pepe Escobar, The Cradle): the asterisks inside a word stay.
    assert clean_inline('Victoria "F**k the EU" Nuland') == 'Victoria "F**k the EU" Nuland'


def test_backslash_escapes_are_removed() -> None:
    # Seed 000.
    assert clean_inline("Confiscate the \\$300 billion") == "Confiscate the $300 billion"


def test_underscores_inside_handles_are_kept() -> None:
    # Seed 004.
    assert clean_inline("Visit and follow us on Instagram at [@crg_globalresearch](#).") == (
        "Visit and follow us on Instagram at @crg_globalresearch."
    )


def test_sentences_split_at_full_stops() -> None:
    # Seed 004.
    paragraph = (
        "Kremlin: Putin offered Biden to nullify all restrictions on the functioning of diplomatic missions. "
        "He remarked that cooperation between Russia and the US is still in an \u201cunsatisfactory\u201d state."
    )
    assert len(split_sentences(paragraph)) == 2


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    sentence = "Mayor Ada J. Marsh, who surprised the whole town four years ago, will win the popular vote in 2031."
    assert split_sentences(sentence) == [sentence]
    # Seed 000: "NATO vs. Russia".
    assert len(split_sentences("As confirmed by a source, a new directive on NATO vs. Russia in Ukraine was relayed.")) == 1


def test_closing_quote_stays_with_its_sentence() -> None:
    # Seed 004.
    text = "Lavrov said: \u201cThe nightmarish scenario of military confrontation is returning.\u201d So no wonder."
    assert split_sentences(text)[0].endswith("returning.\u201d")


def test_ascii_lower_keeps_offsets() -> None:
    text = "\u0130stanbul Talks WILL fail"
    assert len(ascii_lower(text)) == len(text) and ascii_lower(text).endswith("talks will fail")
