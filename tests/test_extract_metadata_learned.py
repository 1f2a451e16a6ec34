"""The learned header reader (issue 13, eleventh round): tracker/extract/header_roles.py.

The shipped weights load and choose the right lines on headers written here (none is copied
from the corpus, none is in tests/metadata_layouts.py); the rules alone read each of them
differently, so each case fails without the model. A text without a header keeps null fields.
Training on a tiny fixture of written headers is reproducible with its seed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Tracker
from tests.metadata_fields import assert_reads_as_labelled, dated_though_undated, layout_cases
from tests.metadata_layouts import ELEVENTH, Layout
from tracker.extract.header_roles import DECISIONS, ROLES, WEIGHTS, RulesReading, header_lines, revise, shipped_model
from tracker.extract.layout import split_blocks
from tracker.extract.metadata import Meta, read_metadata
from tracker.training.header_roles import layout_label, texts_dataset, train, written_layouts

BODY = (
    "The orchard co-operative will set next season's apple price on 3 March 2051, and most growers expect it to rise"
    " by a tenth.\n\nThe price last fell in 2047. \"Frost will cost us a third of the crop by 2055,\" said Ilya Moss,"
    " the co-operative's agronomist.\n"
)

# (header, what a reader following tests/corpus/GUIDE.md labels: title, author, published, outlet)
WRITTEN = [
    pytest.param(
        "Ferncombe Bank | Orchard Markets Research\nAPPLES: A DEAR SEASON AHEAD\nAnalyst: Greta Vance\n\n",
        ("APPLES: A DEAR SEASON AHEAD", "Greta Vance", None, "Ferncombe Bank"),
        id="a bank and its unit over the note's headline",
    ),
    pytest.param(
        "Kestle Securities | Food & Farming\nCIDER STOCKS: TWO WINNERS\nBy Ada Ruiz\n\n",
        ("CIDER STOCKS: TWO WINNERS", "Ada Ruiz", None, "Kestle Securities"),
        id="a broker and its sector over the note's headline",
    ),
]


def _meta(text: str, *, learned: bool = True) -> tuple[object, ...]:
    meta = read_metadata(split_blocks(text), learned=learned)
    return meta.title, meta.author, meta.published, meta.outlet


def test_the_shipped_weights_load_and_are_small() -> None:
    model = shipped_model()
    assert model is not None
    spec = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert model.coef.shape == (len(ROLES), len(spec["mean"]))
    assert set(model.thresholds) == set(DECISIONS)
    assert WEIGHTS.stat().st_size < 200_000
    assert spec["provenance"]["command"] == "python -m tracker.training.header_roles --seed 13"
    assert spec["provenance"]["written_layouts"] == 116  # both independent writers' layouts (4 have no header line)


@pytest.mark.parametrize(("header", "labelled"), WRITTEN)
def test_the_model_picks_the_lines_a_reader_labels(header: str, labelled: tuple[object, ...]) -> None:
    assert _meta(header + BODY) == labelled
    assert _meta(header + BODY, learned=False) != labelled  # the rules alone take another line


def test_the_model_reads_the_header_through_the_command_line(tracker: Tracker, tmp_path: Path) -> None:
    article = tmp_path / "note.txt"
    article.write_text("Ferncombe Bank | Orchard Markets Research\nAPPLES: A DEAR SEASON AHEAD\nAnalyst: Greta Vance\n\n" + BODY,
                       encoding="utf-8")
    [read] = tracker("extract", str(article), "--json").json()
    assert (read["title"], read["author"], read["outlet"], read["published"]) == (
        "APPLES: A DEAR SEASON AHEAD", "Greta Vance", "Ferncombe Bank", None)


def test_a_text_without_a_header_keeps_null_fields() -> None:
    assert _meta(BODY) == (None, None, None, None)
    one_paragraph = BODY.replace("\n\n", " ")
    assert header_lines(split_blocks(one_paragraph)) == []
    assert _meta(one_paragraph) == (None, None, None, None)


def test_no_header_lines_leave_the_rules_reading_as_it_is() -> None:
    reading = RulesReading(None, None, None, None)
    revised = revise([], reading)
    assert (revised.title, revised.author, revised.published, revised.outlet) == (None, None, None, None)


def test_the_model_adds_no_date_the_header_does_not_state() -> None:
    meta = read_metadata(split_blocks("Ferncombe Bank | Orchard Markets Research\nAPPLES: A DEAR SEASON AHEAD\n\n" + BODY))
    assert isinstance(meta, Meta) and meta.published is None  # the body's days are not the note's


def test_a_quoted_earlier_post_does_not_date_the_reply_even_where_the_model_may_add_any_date() -> None:
    text = ("Subject: Re: Will apples be dear next spring?\nBoard: Orchard Talk\n\n"
            "Original post by frost_watch, 09 Oct 2050:\n\n" + BODY)
    blocks = split_blocks(text)
    reading = RulesReading("Re: Will apples be dear next spring?", None, None, "Orchard Talk")
    assert revise(blocks, reading, thresholds={"published": 0.0}).published is None
    dated = split_blocks(text.replace("Original post by frost_watch, 09 Oct 2050:", "Posted 09 Oct 2050 by frost_watch"))
    assert revise(dated, reading, thresholds={"published": 0.0}).published is not None  # the reply's own date line is read


def test_the_independent_writers_layouts_load_as_training_labels() -> None:
    from tests.metadata_training_layouts import WRITER_A, WRITER_B

    assert len(WRITER_A) == len(WRITER_B) == 60
    names = [layout.name for layout in WRITER_A + WRITER_B]
    assert len(set(names)) == 120 and all(n.startswith("ta_") for n in names[:60]) and all(n.startswith("tb_") for n in names[60:])
    written = written_layouts("ab")
    assert [name for name, _, _ in written] == names
    for (_, text, label), layout in zip(written, WRITER_A + WRITER_B):
        assert text == layout.text and label == layout_label(layout)
        assert label["published"] is None or (isinstance(label["published"], str) and len(label["published"]) in (4, 7, 10))
    assert sum(label["published"] is None for _, _, label in written) >= 10  # texts that state no date teach the model to leave it null
    items, _ = texts_dataset(written[:6])
    assert items and all(len(item["rows"]) == len(item["targets"]) for item in items)


FIXTURE = [
    ("a", "Harrow Bank | Grain Research\nWHEAT: THE RALLY HAS LEGS\nBy Orla Penn\n4 May 2051\n\n" + BODY,
     {"title": "WHEAT: THE RALLY HAS LEGS", "author": "Orla Penn", "published": "2051-05-04", "outlet": "Harrow Bank"}),
    ("b", "THE VALE COURIER\nCider makers brace for a short harvest\nBy Ewan Sayle\n\n" + BODY,
     {"title": "Cider makers brace for a short harvest", "author": "Ewan Sayle", "published": None, "outlet": "The Vale Courier"}),
    ("c", "Board paper OB/51/02\nPricing options for the 2051 season\nAuthor: Ilya Moss\n\n" + BODY,
     {"title": "Pricing options for the 2051 season", "author": "Ilya Moss", "published": None, "outlet": None}),
    ("d", "Why apples cost more this year\n\n" + BODY,
     {"title": "Why apples cost more this year", "author": None, "published": None, "outlet": None}),
]


def test_training_on_a_tiny_fixture_is_reproducible_with_its_seed() -> None:
    items, skipped = texts_dataset(FIXTURE)
    assert len(items) == 4 and not skipped
    first, second = train(items, seed=13), train(items, seed=13)
    assert json.dumps(first) == json.dumps(second)
    assert len(first["coef"]) == len(ROLES) and first["title_choice"] is not None


# The eleventh set (tests/metadata_layouts.py), written and scored once with the rules before the model was built,
# checked field by field. Fields still read differently from the label (README, "Metadata: a learned header reader
# (eleventh round)"): each must still fail, so that a fix shows up.
NOT_READ = {
    ("a picks page of a site with its tipster", "outlet"),
    ("a company with its ticker over the guidance title", "outlet"),
    ("a sender's line from a press office over the release's title", "outlet"),
    ("a letter to the editor signed at the foot", "title"),
    ("a board paper's number above its title", "author"),
    ("a client note's handling line above the headline", "author"),
    ("a client note's handling line above the headline", "outlet"),
    ("a section in capitals over a call in capitals", "outlet"),
    ("a statistics release's label before its title", "title"),
    ("an exchange announcement number over the announcement's title", "title"),
    ("an exchange announcement number over the announcement's title", "author"),
    ("an exchange announcement number over the announcement's title", "outlet"),
    ("a rating line above a broker's headline", "outlet"),
    ("a school's name in capitals over its newsletter's number", "title"),
    ("a school's name in capitals over its newsletter's number", "published"),
    ("a think tank's series line over the paper's title", "author"),
    ("a think tank's series line over the paper's title", "outlet"),
    ("an agency and its group with a slash over the outlook's title", "title"),
    ("a firm's name and a call's name joined by a double dash", "title"),
    ("a newsletter's name and issue over the lead story and a sign-off", "title"),
    ("a newsletter's name and issue over the lead story and a sign-off", "published"),
    ("a blog's name over a post's title and a posted line", "title"),
    ("a blog's name over a post's title and a posted line", "author"),
    ("a blog's name over a post's title and a posted line", "published"),
    ("a blog's name over a post's title and a posted line", "outlet"),
    ("a podcast's summary page with its hosts", "author"),
    ("a cooperative's market letter to its members with the month", "title"),
    ("an old essay in a magazine with its number and writer", "published"),
    ("a pundit's column with the writer's name above the headline", "author"),
    # Read in the eleventh round, lost in the twelfth (README, "Metadata: trained on independently written layouts"):
    ("a board paper's number above its title", "title"),
    ("a review naming its magazine in a standfirst", "outlet"),
}


@pytest.mark.parametrize(("layout", "key"), layout_cases(list(ELEVENTH), NOT_READ))
def test_an_eleventh_round_layout_gives_the_field_a_reader_labels(layout: Layout, key: str) -> None:
    assert_reads_as_labelled(layout, key)


def test_every_eleventh_round_layout_the_text_does_not_date_stays_undated() -> None:
    assert dated_though_undated(list(ELEVENTH), 15) == []


# Twelfth round: header rules for classes the independent writers' training layouts showed
# (tests/metadata_training_layouts.py), each checked with a header written here, not theirs.
TWELFTH_RULES = [
    pytest.param(
        "Vale Orchard Board\nFor immediate release\nGrowers expect a dear apple season\n\n",
        ("Growers expect a dear apple season", None, None, "Vale Orchard Board"),
        id="an organisation over a release label over the headline",
    ),
    pytest.param(
        "DRAFT \u2014 PLEASE DO NOT CITE\nDo Frosts Predict Cider Prices?\nIlya Moss and Greta Vance\n\n",
        ("Do Frosts Predict Cider Prices?", "Ilya Moss, Greta Vance", None, None),
        id="a circulation note above a working paper's title",
    ),
    pytest.param(
        "CONFIDENTIAL\nThe 2052 pricing round\n\n",
        ("The 2052 pricing round", None, None, None),
        id="a paper's classification above its title",
    ),
    pytest.param(
        "For release at 2:00 p.m. EST\nOrchard Board holds the apple price\n\n",
        ("Orchard Board holds the apple price", None, None, None),
        id="a statement's release time above its title",
    ),
    pytest.param(
        "Frost will not spare the orchards\nDr Greta Vance MICE\n\n",
        ("Frost will not spare the orchards", "Greta Vance", None, None),
        id="professional letters after a byline without a comma",
    ),
    pytest.param(
        "The price of apples\nRemarks by Deputy Governor Ilya Moss\n\n",
        ("The price of apples", "Ilya Moss", None, None),
        id="a speaker's office before the name",
    ),
    pytest.param(
        "Cider makers brace for a short harvest\nBY ORLA PENN AND EWAN SAYLE\n\n",
        ("Cider makers brace for a short harvest", "Orla Penn, Ewan Sayle", None, None),
        id="two names in capitals joined by and",
    ),
]


@pytest.mark.parametrize(("header", "labelled"), TWELFTH_RULES)
def test_twelfth_round_header_rules(header: str, labelled: tuple[object, ...]) -> None:
    assert _meta(header + BODY, learned=False) == labelled
