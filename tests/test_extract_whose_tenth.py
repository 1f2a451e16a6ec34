"""Whose forecast it is, the tenth error analysis: forum headers in more forms ("Post #1 — name — date",
"Post by name on date", "#2  name  (date)", a chat log's "[19:02] name: ..."), a list under a "Name, job:"
line, forecasters named by whose they are ("Brazil's statistics agency forecasts"), a panel's names in
capitals, a quotation resumed after "he said", schedules of a body named by a possessive or of a person
after her job, a frame set between commas, and a table whose header row names pundits
(``tracker/extract/lists.py``, ``tracker/extract/voices.py``, ``tracker/extract/attribution.py``, one branch in
``tracker/extract/combine.py``).

Every sentence and layout here is written for these tests in the styles of the corpus (forum threads,
chat logs, picks pages, commodity notes, news reports); none is taken from the corpus.
"""

from __future__ import annotations

import pytest

from tracker.extract.layout import split_blocks
from tracker.extract.lists import post_author, read_lists
from tracker.extract.units import units
from tracker.extract.voices import schedule_owner, subject_forecaster, surname_paragraphs

from tests.speaker_checks import speaker_of, speakers

# ------------------------------------------------- post headers in more forms


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ("--- Post #4 \u2014 GravelRash \u2014 Sat 9 Jun 2029, 10:02", "GravelRash"),
        ("Reply #7 \u2014 otter_on_the_weir \u2014 3 Feb 2029", "otter_on_the_weir"),
        ("#2 \u2014 slate_roof_sal \u2014 12 Mar 2029", "slate_roof_sal"),
        ("Message #3 - Posted by DividendDora on 14/02/2029 08:15", "DividendDora"),
        ("Post by Quarrymaster on 2 Nov 2028", "Quarrymaster"),
        ("#5  bramble_jack  (20 Jan 2029)", "bramble_jack"),
        ("[#6] LongShotLiz  |  Member since 2020  |  Posts: 1,812", "LongShotLiz"),
        ("\u25b2 2.3k  u/quietly_confident \u2022 5h", "u/quietly_confident"),
        ("[21:14] tin_whistle: Harriers by ten, easy", "tin_whistle"),
    ],
)
def test_more_post_headers_name_their_author(header: str, author: str) -> None:
    assert post_author(header) == author


@pytest.mark.parametrize(
    "line",
    [
        "Post by the river on a quiet day",  # no date: a sentence, not a header
        "#3 (two votes)",
        "#10 \u2014 15-10-2028, 05:02 PM",  # the post's number and its time, no author
        "[19:02] the match kicked off late",  # no handle and colon
        "[00:09:10] MARLOW: I'd say even money.",  # a transcript's speaker tag, read as a turn elsewhere
    ],
)
def test_lines_that_only_look_like_headers_name_nobody(line: str) -> None:
    assert post_author(line) is None


THREAD = """Thread: Who wins the county shield?

--- Post #1 \u2014 GravelRash \u2014 Sat 9 Jun 2029, 10:02
Final is on the 23rd. Calls please.

--- Post #2 \u2014 otter_on_the_weir \u2014 Sat 9 Jun 2029, 10:30
Millbeck win it, and I think their keeper keeps a clean sheet.

--- Post #3 \u2014 slate_roof_sal \u2014 Sat 9 Jun 2029, 11:05
Tanners Lane will beat them on penalties.
"""


def test_posts_under_dashed_numbered_headers_are_their_posters() -> None:
    said = speakers(THREAD)
    assert said["Millbeck win it, and I think their keepe"] == "otter_on_the_weir"
    assert said["Tanners Lane will beat them on penalties"] == "slate_roof_sal"


CHAT = """#quiz-night chat, 4 Apr 2029

[20:01] tin_whistle: Harriers win the final round by ten, easy
[20:02] moss_and_stone: no chance, the Owls take it on the tiebreak
[20:04] tin_whistle: the Owls will not even reach the tiebreak
"""


def test_a_chat_line_that_stands_alone_is_its_posters() -> None:
    text = "#quiz-night chat, 4 Apr 2029\n\n[20:01] tin_whistle: Harriers win the final round by ten, easy\n\n" \
           "[20:02] moss_and_stone: no chance, the Owls take it on the tiebreak, I reckon.\n"
    said = speakers(text)
    assert said and set(said.values()) <= {"tin_whistle", "moss_and_stone"}


@pytest.mark.xfail(strict=True, reason="the layout joins a chat log's lines into one paragraph; keeping them apart "
                   "(tried this round) cost the detector 19 of 37 clear forecasts in three train chat logs")
def test_a_chat_logs_lines_stay_apart() -> None:
    blocks = split_blocks(CHAT)
    assert [block.text[:7] for block in blocks[1:]] == ["[20:01]", "[20:02]", "[20:04]"]


# ------------------------------------------------- a list under "Name, job:" lines

PANEL_LIST = """Five calls for 2031, from our panel
By the editors

Dr Orla Brennan, housing economist:
1. Rents in the capital fall in real terms.
2. The first-time buyer average age drops below 33.

Tomas Kell, mortgage broker:
1. Two-year fixed rates end the year under 4 percent.
"""


def test_items_under_a_name_and_job_with_a_colon_are_that_persons() -> None:
    blocks = split_blocks(PANEL_LIST)
    read = read_lists(blocks)
    by_text = {block.text: read.items[block.index].speaker for block in blocks if block.index in read.items}
    assert by_text["Rents in the capital fall in real terms."] == "Orla Brennan"
    assert by_text["Two-year fixed rates end the year under 4 percent."] == "Tomas Kell"


def test_a_lead_in_with_a_colon_that_names_nobody_leaves_the_items_the_writers() -> None:
    text = "My predictions for 2031\nBy Ada Penrose\n\nOn housing, briefly:\n1. Rents in the capital fall in real terms.\n"
    blocks = split_blocks(text)
    read = read_lists(blocks)
    assert [item.speaker for item in read.items.values()] == [None]


# ------------------------------------------------- forecasters named by whose they are


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Norvia's farm ministry forecasts a barley crop of 9 million tonnes.", "Norvia's farm ministry"),
        ("The IGC's grains team expects exports to recover by March.", "The IGC's grains team"),
        ("Economists at Harrowgate Bank forecast two rate cuts next year.", "Economists at Harrowgate Bank"),
        ("Analysts from Corbel Securities expect margins to narrow in 2030.", "Analysts from Corbel Securities"),
    ],
)
def test_a_forecaster_named_by_whose_it_is(sentence: str, who: str) -> None:
    assert subject_forecaster(sentence) == who
    assert speaker_of(f"Coffee note\n\nPrices were firm this week. {sentence}\n", sentence[:20]) == who


def test_the_writers_own_team_and_a_days_forecast_name_nobody() -> None:
    # The eleventh round credits the writer's own team, as the guide does ("a team it names as the source of a
    # projection is credited as named"; train and dev label six such teams so, none as the writer's).
    assert speaker_of("Note\n\nOur grains team expects exports to recover by March.\n", "Our grains") == "Our grains team"
    assert subject_forecaster("Today's forecast sees rain spreading east.") in (None, "Today's")  # unchanged reading


def test_an_attache_who_puts_the_crop_at_a_figure() -> None:
    text = "Cocoa wrap\n\nThe USDA's attach\u00e9 puts the crop lower, at 1.9 million tonnes.\n"
    assert speaker_of(text, "The USDA") == "The USDA's attach\u00e9"


# ------------------------------------------------- a panel's names in capitals

CAPS_PANEL = """SEMI-FINALS: WHAT OUR PANEL SAYS

MAEVE CORCORAN: Ashdown edge it by a goal.

PIOTR NOWAK: Extra time, I reckon. Nobody scores before the break.

IFEOMA BELLO: Kingsmere win well. I can see them scoring three.
"""


def test_a_run_of_full_names_in_capitals_names_each_paragraph() -> None:
    found = units(CAPS_PANEL)
    named = surname_paragraphs(found)
    assert sorted(set(named.values())) == ["Ifeoma Bello", "Maeve Corcoran", "Piotr Nowak"]
    assert speaker_of(CAPS_PANEL, "MAEVE CORCORAN") == "Maeve Corcoran"


def test_section_labels_in_capitals_are_no_panel() -> None:
    text = "Outlook\n\nHOME WIN: likely, as the home win rate is high.\n\nAWAY WIN: less so.\n\nBEST BET: I like the draw.\n"
    assert surname_paragraphs(units(text)) == {}


# ------------------------------------------------- a quotation resumed after "he said"

RESUMED = """Grain wrap
By Lena Strand

Vellacott Grain's Piers Haddon went further. "My number is 91 and I'd lean higher," he said. "Quality is another story. I doubt a third of it makes milling grade."
"""


def test_a_quotation_resumed_after_he_said_is_the_person_named_before() -> None:
    assert speaker_of(RESUMED, "I doubt a third") == "Piers Haddon"


def test_a_resumed_quotation_after_it_said_names_nobody_new() -> None:
    text = ('Markets\nBy Lena Strand\n\nThe index fell. "Volatility is back," it said. '
            '"I doubt a third of it makes milling grade."\n')
    assert speaker_of(text, '"I doubt a third', ("Lena Strand",)) is None


# ------------------------------------------------- schedules of a body by a possessive, of a person by her job


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Thornley's party conference votes on 14 March on the coalition deal.", "Thornley's party conference"),
        ("Housing minister Ruth Abara will present the bill on 2 June.", "Housing minister Ruth Abara"),
        ("The league will announce the fixtures in July.", "The league"),
    ],
)
def test_schedules_given_to_their_holders(sentence: str, who: str) -> None:
    assert schedule_owner(sentence) == who


@pytest.mark.parametrize(
    "sentence",
    [
        "Our board will announce the dividend on 3 March.",
        "Ruth Abara will win the seat in May.",  # a forecast of the writer's, no schedule
        "Harland votes on 19 September.",  # a place's election
    ],
)
def test_no_schedule_holder_for_the_writers_own_or_a_plain_forecast(sentence: str) -> None:
    assert schedule_owner(sentence) is None


def test_a_companys_announced_results_date_in_a_news_report_is_the_companys() -> None:
    text = ("Quarry group warns on profit\nBy Nell Ashby\n\nShares in Drummond Aggregates fell 9%. "
            "Drummond will publish its third-quarter figures on 14 November.\n")
    said = speakers(text)
    assert said["Drummond will publish its third-quarter "] == "Drummond"


def test_a_companys_own_release_keeps_its_results_date() -> None:
    text = ("Drummond Aggregates plc \u2014 trading update\n3 October 2029\n\n"
            "The Company will report its interim results on 14 November.\n")
    assert all(speaker is None for speaker in speakers(text).values())


# ------------------------------------------------- frames set inside the sentence, people's labels in a list


def test_a_frame_between_commas_names_the_speaker() -> None:
    text = ("Haulage outlook\nBy Ada Lunn\n\nVolumes on the canal network will grow by 2% next year, Pendlebury said, "
            '"and not a point more." Driverless barges, Ms Okafor said, will not carry freight before 2033. '
            "Tolls, in my view, will rise by 2031.\n")
    said = speakers(text)
    assert said["Volumes on the canal network will grow b"] == "Pendlebury"
    assert said["Driverless barges, Ms Okafor said, will "] == "Ms Okafor"
    assert said["Tolls, in my view, will rise by 2031."] is None


def test_list_lines_labelled_by_a_person_and_her_firm_are_hers() -> None:
    text = ("House prices: the agents' calls\nBy Ada Lunn\n\nWhat the agents expect for 2030:\n\n"
            "Ruth Okafor, Institute of Valuers: 0% to +2%\nPiet Lund, Lund & Marsh: +3%\n")
    said = speakers(text)
    assert said["Ruth Okafor, Institute of Valuers: 0% to"] == "Ruth Okafor"
    assert said["Piet Lund, Lund & Marsh: +3%"] == "Piet Lund"


# ------------------------------------------------- a table whose header names pundits

TABLE = """Weekend hurling: our writers' picks
By Ciaran Dunne

| Match | Aoife Rourke | Brendan Tully |
| --- | --- | --- |
| Kilbrack v Dunmore | Kilbrack by 4 | Dunmore by 1 |

My own pick: Dunmore by three.
"""


def test_rows_of_a_table_headed_by_pundits_are_theirs() -> None:
    said = speakers(TABLE)
    row = next(quote for quote in said if quote.startswith("| Kilbrack"))
    assert said[row] == "Aoife Rourke, Brendan Tully"


def test_a_table_headed_by_columns_not_people_gives_no_speaker() -> None:
    text = "Picks\nBy Ciaran Dunne\n\n| Match | Pick | Margin |\n| --- | --- | --- |\n| Kilbrack v Dunmore | Kilbrack | 4 |\n"
    blocks = split_blocks(text)
    assert read_lists(blocks).voices == {}


# ------------------------------------------------- left for later


def test_a_committee_in_its_own_statement_is_the_author() -> None:
    text = ("Monetary Policy Statement \u2014 Bank of Orrin\n4 March 2030\n\n"
            "The Committee expects growth to pick up to 1.2 percent next year.\n")
    assert all(speaker is None for speaker in speakers(text).values())


def test_a_pronoun_schedule_after_a_named_body() -> None:
    text = ("Winter outlook\n\nThe system operator, Norrgrid, has contracted extra reserve capacity. "
            "It will publish daily margin notices from 1 November.\n")
    assert speakers(text).get("It will publish daily margin notices fro") == "Norrgrid"  # the quote's first 40 characters
