"""Metadata classes found by cross-validation over the train split (issue 13, thirteenth round).

``benchmarks/metadata_cv.py`` trains the header reader on four fifths of the train split's
writers and scores the fifth; the errors that repeat across writers' sets gave these classes.
Every header and sentence here was written for these tests (none is copied from the corpus or
from the written layout sets), and each case reads wrong on the code before this round.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Tracker
from tracker.extract import extract
from tracker.extract.header_roles import author_in_line
from tracker.extract.layout import Block, Kind, split_blocks
from tracker.extract.metadata import clean_name, read_metadata

INTRODUCED = "Mara Quist, a shipping economist at Halden Partners, has watched freight rates fall for six months."
SHORT_STORY = (
    "Freight rates set to recover\n\n" + INTRODUCED + "\n\n"
    "\"I expect container rates to bottom out by March,\" she said.\n"
)


def _meta(text: str, *, learned: bool = True) -> tuple[object, ...]:
    meta = read_metadata(split_blocks(text), learned=learned)
    return meta.title, meta.author, meta.published, meta.outlet


# A body sentence is never a byline: the person it introduces is in the story, not its writer.

@pytest.mark.parametrize("learned", [True, False], ids=["with the header reader", "rules alone"])
def test_a_sentence_introducing_a_person_is_not_the_byline(learned: bool) -> None:
    assert _meta(SHORT_STORY, learned=learned) == ("Freight rates set to recover", None, None, None)


@pytest.mark.parametrize("sentence", [
    INTRODUCED,
    "Dr Ilse Varga, who runs the harbour's pilot service, expects the dredging to finish by June.",
    "Tomas Reyes, 61, has farmed the valley since the last drought.",
])
def test_the_header_reader_takes_no_name_from_a_story_sentence(sentence: str) -> None:
    assert author_in_line(Block(sentence, Kind.BODY, 1)) is None


def test_her_forecast_is_hers_not_the_writers(tracker: Tracker, tmp_path: Path) -> None:
    article = tmp_path / "freight.txt"
    article.write_text(SHORT_STORY, encoding="utf-8")
    [read] = tracker("extract", str(article), "--json").json()
    assert read["author"] is None
    [forecast] = [c for c in read["forecasts"] if "March" in c["quote"]]
    assert forecast["speaker"] is not None  # she said it: not the text's own forecast


def test_a_byline_with_a_post_and_a_firm_still_signs() -> None:
    text = "Freight rates set to recover\n\nMara Quist, Shipping Economist, Halden Partners\n\n" + INTRODUCED.replace(
        "Mara Quist, a shipping economist at Halden Partners,", "Rates") + " Brokers expect a floor by March.\n"
    assert _meta(text)[1] == "Mara Quist"


# A word of the page ("Transcript", "Live", "Inaugural Address") is no writer the header reader may add.

@pytest.mark.parametrize("line", ["Transcript", "Live", "Inaugural Address", "Remarks"])
def test_the_header_reader_adds_no_word_of_the_page_as_the_author(line: str) -> None:
    assert author_in_line(Block(line, Kind.HEADING, 1)) is None


@pytest.mark.parametrize(("line", "name"), [("By Wenna Tregarth", "Wenna Tregarth"), ("Posted by quay_watcher", "quay_watcher")])
def test_the_header_reader_still_adds_a_byline(line: str, name: str) -> None:
    assert author_in_line(Block(line, Kind.HEADING, 1)) == name


# Letters after a name, with dots and small letters, and a post after them, are not part of the name.

@pytest.mark.parametrize(("signed", "name"), [
    ("Thaddeus R. Quarrington, C.E", "Thaddeus R. Quarrington"),
    ("Hubert L. Anstey, M.Inst.C.E", "Hubert L. Anstey"),
    ("Silas Penwarden, A.M.I.C.E., Harbour Engineer", "Silas Penwarden"),
])
def test_dotted_letters_after_a_name_are_cut(signed: str, name: str) -> None:
    assert clean_name(signed) == name


def test_a_byline_with_dotted_letters_reads_the_name() -> None:
    text = ("THE CANAL OF THE FUTURE\n\nBy Hubert L. Anstey, M.Inst.C.E.\n\n"
            "It is the opinion of the present writer that within thirty years every barge upon the Vell will be drawn by"
            " an electric tractor, and the horse will be seen upon the towpath no more.\n")
    assert _meta(text)[:2] == ("THE CANAL OF THE FUTURE", "Hubert L. Anstey")


# A column's headline in two short sentences ("X. Just not yet.") over prose is its title.

@pytest.mark.parametrize("headline", [
    "Trams are coming back to Orrinford. Eventually.",
    "The tunnel will open on time. Nobody believes it.",
])
def test_a_headline_in_two_short_sentences_is_the_title(headline: str) -> None:
    text = (headline + "\n\nEvery council since 1990 has promised the city a new line, and every council has found a reason to"
            " wait. I have covered six of those promises, and I expect to cover a seventh before the first rail is laid.\n")
    assert _meta(text)[0] == headline.rstrip(".")


def test_one_sentence_alone_stays_the_body() -> None:
    for text in ("Trams are coming back to Orrinford. Eventually.\n", INTRODUCED + "\n"):
        meta = extract(text, detector=False).meta
        assert (meta.title, meta.author) == (None, None)


def test_two_long_sentences_over_prose_are_not_a_title() -> None:
    text = ("The council met on Tuesday to discuss the budget for the coming year. It agreed nothing.\n\n"
            "Councillors will meet again in March, when officers expect the deficit to be larger still.\n")
    assert _meta(text)[0] is None


def test_the_cross_validation_deals_each_writer_to_one_fold() -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from metadata_cv import deal

    groups = {"set A1+A2": 27, "set A3+A4": 22, "real central_bank": 19, "set A5+A6": 16, "real sports_previews": 6, "set A7+A8": 9}
    fold_of = deal(groups, 3)
    assert set(fold_of) == set(groups) and set(fold_of.values()) == {0, 1, 2}
    sizes = [sum(n for g, n in groups.items() if fold_of[g] == k) for k in range(3)]
    assert max(sizes) - min(sizes) <= max(groups.values())
    assert deal(groups, 3) == fold_of  # the same folds every run
