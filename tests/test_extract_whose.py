"""Whose forecast it is, the seventh error analysis: transcripts, forum headers, quotations opened
after a verb of saying, estimates, credits by initials and views given by a pronoun
(``tracker/extract/voices.py``, ``tracker/extract/lists.py``).

Every sentence and layout here is written for these tests in the styles of the corpus (panel
transcripts, earnings calls, reader Q&As, message boards, committee minutes, crop columns, club
prediction lists); none is taken from the corpus.
"""

from __future__ import annotations

import pytest

from tracker.extract import extract
from tracker.extract.layout import split_blocks
from tracker.extract.lists import item_credit, post_headers, read_lists
from tracker.extract.units import units
from tracker.extract.voices import (
    detector_speaker,
    estimate_owner,
    pronoun_owner,
    quotation_speaker,
    transcript_turns,
    writer_names,
)


def speakers(text: str) -> dict[str, str | None]:
    """Each candidate's quote (its first 40 characters) -> its speaker, from the whole extraction."""
    return {c.quote[:40]: c.speaker for c in extract(text).forecasts}


def speaker_of(text: str, sentence_start: str, writers: tuple[str, ...] = ()) -> str | None:
    found = units(text)
    position = next(i for i, unit in enumerate(found) if unit.text.startswith(sentence_start))
    return detector_speaker(found, position, writer_names(writers))


# ------------------------------------------------------------------ transcripts

PANEL = """RADIO NORTH - THE SUNDAY COUNT
Transcript of the election panel, recorded 9 May

[00:00:10] HOST (Marit Okonjo-Vale): Welcome back. Three weeks to polling day in the Ferrow valley.

[00:00:31] DRAYCOTT: The sitting mayor leads. Our own survey has her eight points clear.

[00:00:52] HOST: Can she lose it?

[00:00:55] PELLINGHAM-ROSS: I think she can, yes. And I think the bypass vote costs her three or four points.

[00:01:20] DRAYCOTT: I disagree. The bypass passes and nobody remembers it by June.
"""


def test_a_transcripts_turns_are_their_speakers() -> None:
    found = units(PANEL)
    turns = transcript_turns(found)
    assert set(turns.values()) == {"Marit Okonjo-Vale", "Host", "Draycott", "Pellingham-Ross"}
    position = next(i for i, unit in enumerate(found) if unit.text.startswith("And I think the bypass"))
    assert detector_speaker(found, position) == "Pellingham-Ross"  # the second sentence of the turn too


def test_first_person_in_a_transcript_turn_is_the_speakers_not_the_writers() -> None:
    found = units(PANEL)
    position = next(i for i, unit in enumerate(found) if "I think she can" in unit.text)
    assert detector_speaker(found, position) == "Pellingham-Ross"
    extracted = speakers(PANEL)
    assert all(speaker is not None for quote, speaker in extracted.items() if "bypass" in quote), extracted


EARNINGS_CALL = """Kettering Tools plc -- half-year results call, Q&A (edited)

OPERATOR: The first question is from Signe Alvarsson at Holt Brothers.

SIGNE ALVARSSON (Holt Brothers): Can you say anything about the second half?

CEO DORIAN ABERNETHY-COLE: We don't guide by quarter, but I'd expect like-for-like sales to finish the year up three to four percent.

SIGNE ALVARSSON: And the margin?

CFO NELL OYEDEPO: The gross margin should be flat to slightly up for the full year.
"""


def test_an_earnings_calls_titled_tags_name_the_speaker() -> None:
    turns = transcript_turns(units(EARNINGS_CALL))
    assert "Dorian Abernethy-Cole" in turns.values()
    assert "Nell Oyedepo" in turns.values()
    assert speaker_of(EARNINGS_CALL, "CFO NELL OYEDEPO") == "Nell Oyedepo"


def test_a_readers_q_and_a_credits_the_answers_to_the_one_who_answers() -> None:
    text = (
        "Questions for 2027\n\n"
        "Our transport correspondent, Ottilie Brannock-Shaw, took readers' questions at the paper's open evening.\n\n"
        "Q: Will the night buses come back?\n"
        "A: Yes, I think so, on two routes at least, by the autumn.\n\n"
        "Q: Will fares go up again?\n"
        "A: Probably. I'd expect the day ticket to cost 20p more by next spring.\n\n"
        "Q: Is the tram extension happening?\n"
        "A: Not this decade, in my view.\n"
    )
    assert speaker_of(text, "A: Yes, I think so") == "Ottilie Brannock-Shaw"


def test_section_labels_and_one_tag_are_no_transcript() -> None:
    # A product's sections, and a piece with a single speaker's label, are not a transcript.
    product = "WIND: Southerly winds will increase.\n\nSURF: Surf will build to 3 m.\n\nRAIN: Showers will spread north.\n"
    assert transcript_turns(units(product)) == {}
    picks = (
        "BYE: Northern Harriers.\n\nBIGGEST MARGIN: Eastport by 20.\n\nFIRST SCORER: Ana Toleafoa.\n\n"
        "Our panel's picks are below. Eastport win well."
    )
    assert transcript_turns(units(picks)) == {}


# ------------------------------------------------------------------ forum headers

def test_numbered_replies_by_a_poster_are_the_posters() -> None:
    text = (
        "Savers' Corner - Rates board\n\n"
        "Original post by Maud_Fenchurch, 14 Mar 2027 at 09:02 My fix ends in May. What will the bank do on Thursday?\n\n"
        "Reply #1 by SterlingSteve, 14 Mar 2027 at 09:40 They'll hold at 3.75%. Services inflation is still too high.\n\n"
        "Reply #2 by Tamsin.Oduya (Board Team), 14 Mar 2027 at 10:05 Check your offer document before you decide.\n\n"
        "Reply #3 by SterlingSteve, 14 Mar 2027 at 11:30 Vote split guess: 6-3 to hold.\n"
    )
    headers = post_headers(split_blocks(text))
    assert sorted(set(headers.values())) == ["Maud_Fenchurch", "SterlingSteve", "Tamsin.Oduya"]
    extracted = speakers(text)
    assert any(speaker == "SterlingSteve" for speaker in extracted.values()), extracted
    assert all(speaker is not None for speaker in extracted.values()), extracted


def test_a_board_that_puts_the_posts_time_and_its_author_on_two_lines() -> None:
    text = (
        "Metals > Small Caps > ORRIN (ORN) - where does it close the year?\n\n"
        "#1 \u2014 02-11-2026, 08:15 PM\n"
        "brass_monkey_bea (Senior Member, Posts: 2,310)\n\n"
        "ORN is at 41p tonight. Post a number and a reason. My number: 55p.\n\n"
        "#2 \u2014 02-11-2026, 08:40 PM\n"
        "Quartzite_Quentin (Member)\n\n"
        "30p. The placing in December will be done at a discount and the price follows it down.\n\n"
        "#10 \u2014 03-11-2026, 07:10 AM\n"
        "loamy_lou\n\n"
        "48p, the drilling update lands well.\n"
    )
    headers = post_headers(split_blocks(text))
    assert sorted(headers.values()) == ["Quartzite_Quentin", "brass_monkey_bea", "loamy_lou"]  # not "0" from "#10"
    extracted = speakers(text)
    assert extracted.get("30p.") == "Quartzite_Quentin", extracted


def test_x_wrote_lines_are_the_posts_headers_in_a_thread_with_no_other_headers() -> None:
    text = (
        "FILMTALK \u00b7 Festival subforum\n"
        "BRAVE CALLS: the Harbour Film Prizes\n\n"
        "saltreel wrote:\n"
        "Nominations are out. Bold calls only, give a percentage if you dare.\n\n"
        "\u2514 grainy_gus wrote:\n"
        "\"The Long Ferry\" wins nothing. Nine nominations, zero wins. 30%.\n\n"
        "  \u2514 saltreel wrote:\n"
        "  Nine from nine losses would be a record.\n\n"
        "  \u2514 vera_frames wrote:\n"
        "  It'll win the sound prize at least.\n"
    )
    lists = read_lists(split_blocks(text))
    assert not lists.quoted  # the lines after "X wrote:" are posts, not quotations of older ones
    assert speakers(text).get("It'll win the sound prize at least.") == "vera_frames"


def test_x_wrote_inside_posts_with_headers_still_quotes() -> None:
    text = (
        "Posted by ferry_fan on Sat Mar 06, 2027 9:12 am\n"
        "The new timetable starts in May.\n\n"
        "Posted by tidal_tom on Sat Mar 06, 2027 9:40 am\n"
        "ferry_fan wrote:\n"
        "The new timetable starts in May.\n"
        "No chance before June.\n"
    )
    blocks = split_blocks(text)
    assert sorted(post_headers(blocks).values()) == ["ferry_fan", "tidal_tom"]
    assert read_lists(blocks).quoted  # here "ferry_fan wrote:" quotes the earlier post


# ------------------------------------------------------------------ quotations

@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # a name, a verb of saying, then the colon and the quotation
        ('Storm notes.\n\nOakes thinks the board is hopeful: "They will trim it. Probably by half."', "Probably by half", "Oakes"),
        # a name "on" a topic
        ('Pundits.\n\nMarta Quillon on the title: "It is Ashby\'s to lose. I would make them 70-30."', "I would make", "Marta Quillon"),
        # somebody unnamed, with a verb of saying
        ('The leader.\n\nOne veteran councillor put it bluntly: "Gone before the spring conference, almost certainly."',
         "One veteran", "One veteran councillor"),
        # a quotation that continues after a trailing "said X"
        ('Surge warning.\n\n"The gusts are not what worries us," said Ines Vallory, the duty forecaster. "The surge is. '
         'Two metres above the usual high tide is likely."', "Two metres", "Ines Vallory"),
    ],
)
def test_quotations_opened_after_a_verb_of_saying(text: str, start: str, speaker: str) -> None:
    found = units(text)
    position = next(i for i, unit in enumerate(found) if unit.text.startswith(start))
    assert quotation_speaker(found, position) == speaker


def test_a_pronouns_trailing_frame_does_not_carry_a_quotation() -> None:
    text = '"Rain first," she said. "Then the wind will come."'
    found = units(text)
    assert quotation_speaker(found, len(found) - 1) is None


# ------------------------------------------------------------------ estimates and forecasters

@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        # a marketing year written with a slash between "puts" and "at"
        ("The Grain Council now puts carry-over stocks for the 2027/28 season at 212 million tonnes.", "The Grain Council"),
        # the surveyed view in one clause, the writer's own in the next
        ("Consensus 4.1%; our economists are at 3.8%.", "consensus"),
    ],
)
def test_estimates_of_another_party(sentence: str, owner: str) -> None:
    assert estimate_owner(sentence) == owner


def test_the_first_person_in_the_same_clause_keeps_an_estimate_the_writers() -> None:
    assert estimate_owner("We put the chance at 20%, above the consensus of 10%.") is None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("The regional water authority itself forecasts 410 million litres a day by 2030.", "The regional", "The regional water authority"),
        ("Council noted that the pool repairs are running late; the contractor now estimates reopening in May 2027.",
         "Council noted", "the contractor"),
        # the writer after the semicolon stays the writer
        ("The pool repairs are running late; we now expect reopening in May 2027.", "The pool", None),
    ],
)
def test_named_forecasters(text: str, start: str, speaker: str | None) -> None:
    assert speaker_of(text, start) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The sportsbooks have Harrow -175, which I think is too short.", "The sportsbooks"),
        ('Kestwick\'s coach has the shortest odds (9/2) in the "first manager sacked" market.', 'the "first manager sacked" market'),
    ],
)
def test_books_and_markets_named_with_their_prices(sentence: str, speaker: str) -> None:
    assert speaker_of(sentence, sentence[:10]) == speaker


# ------------------------------------------------------------------ views given by a pronoun

def test_in_her_view_is_the_person_just_named() -> None:
    text = (
        "Minutes of the finance panel.\n\n"
        "The Treasurer of the Society reported on the budget. Members asked about the pay award. "
        "In her view, a rise of 3% was the most likely outcome."
    )
    found = units(text)
    position = next(i for i, unit in enumerate(found) if unit.text.startswith("In her view"))
    assert pronoun_owner(found, position) == "The Treasurer"


def test_her_odds_after_a_named_expert() -> None:
    text = (
        "Crop notes.\n\n"
        "The co-op's agronomist, Dr Hester Ngata-Blom, reckons the south plants a record maize area. "
        "Her odds on a record crop: about 70 percent."
    )
    assert speaker_of(text, "Her odds") == "Dr Hester Ngata-Blom"


def test_a_pronoun_view_with_nobody_named_is_nobodys() -> None:
    text = "Notes.\n\nRain fell all week. In her view, the river peaks on Friday."
    found = units(text)
    assert pronoun_owner(found, len(found) - 1) is None


# ------------------------------------------------------------------ credits after list items

INITIALS = (
    "Our joint predictions for the allotments in 2027\n\n"
    "Recorded at the AGM. Committee: Olwen Prydderch (OP), Kasim Adeyemi-Roth (KA), Fen Halloway (FH).\n\n"
    "THE AGREED CALLS\n\n"
    "1. The water trough on the far side is finally installed by June. (OP, KA; FH against)\n\n"
    "2. Plot rents rise by more than 5 percent. (KA, FH, OP)\n\n"
    "3. The spring show is held on the last Saturday in April. (FH)\n"
)


def test_items_credited_by_initials_the_text_defined() -> None:
    blocks = split_blocks(INITIALS)
    lists = read_lists(blocks)
    credited = sorted(item.speaker or "" for item in lists.items.values())
    assert credited == ["Fen Halloway", "Kasim Adeyemi-Roth, Fen Halloway, Olwen Prydderch", "Olwen Prydderch, Kasim Adeyemi-Roth"]


def test_undefined_initials_credit_nobody() -> None:
    assert item_credit("Rents rise by 5 percent. (XY, ZQ)", {"OP": "Olwen Prydderch"}) is None


@pytest.mark.parametrize(
    ("item", "credit"),
    [
        ("85% Someone wins the leek class with a shop-bought leek. (Anonymous.)", "Anonymous"),
        ("5% The gauge reads above 100 mm for June. (Dennis again, who is being contrary.)", "Dennis"),
        ("70% The blight arrives before the end of July. (Ivy Trent.)", "Ivy Trent"),
        ("60% A late frost kills somebody's beans.", None),
    ],
)
def test_items_credited_to_one_name(item: str, credit: str | None) -> None:
    assert item_credit(item, {}) == credit


def test_a_label_that_names_its_source() -> None:
    sentence = "River outlook (from the Basin Hydrology Service): flows are favoured to stay above normal through May."
    assert speaker_of(sentence, "River outlook") == "the Basin Hydrology Service"
    assert speaker_of("River outlook (May): flows stay above normal.", "River outlook") is None


# ------------------------------------------------------------------ more post headers

@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # a chat export: date and time in brackets, the name, a colon, the message
        ("[06/05/2027, 08:12] Wynne Carrow-Blake: Strike's on for Monday.\n"
         "[06/05/2027, 08:15] Idris Pellow: They'll settle before Thursday.\n"
         "[06/05/2027, 08:20] Wynne Carrow-Blake: No chance, they settle after.\n",
         ["Idris Pellow", "Wynne Carrow-Blake"]),
        # a workspace export: the name and the time on a line of their own
        ("#pub-quiz \u00b7 export\n\nMorwenna Tate  19:02\nAre we going up?\n\nJago Penrice  19:05\nYes, second at worst.\n\n"
         "Morwenna Tate  19:07\nI think we win it.\n",
         ["Jago Penrice", "Morwenna Tate"]),
        # a board that rules off each post and names its author on the line under the rule
        ("BOARDGAMES FORUM\nPredictions thread\n\nPost your guesses below.\n\n-----\nmeeple_mo\nThe expansion ships in May.\n\n"
         "-----\nDiceTowerDan\nJune at the earliest.\n\n-----\nmeeple_mo\nFine, late May.\n",
         ["DiceTowerDan", "meeple_mo"]),
        # a board that signs each post at its foot
        ("Topic: when does the old ferry retire?\n\nThe new boat is in sea trials.\nMy guess: October.\n"
         "\u2014 Posted by Quayside_Quin\n\n____________\n\nNot before Christmas.\n\u2014 Posted by Slipway_Sue\n\n"
         "____________\n\nOctober is right.\n\u2014 Posted by Bollard_Ben\n",
         ["Bollard_Ben", "Quayside_Quin", "Slipway_Sue"]),
    ],
)
def test_more_post_headers(text: str, authors: list[str]) -> None:
    assert sorted(set(post_headers(split_blocks(text)).values())) == authors


def test_a_signed_posts_words_are_the_signers() -> None:
    text = (
        "Topic: when does the old ferry retire?\n\nThe new boat is in sea trials. The old one goes in October.\n"
        "\u2014 Posted by Quayside_Quin\n\n____________\n\nI'd give it 70% that she is still sailing at Christmas.\n"
        "\u2014 Posted by Slipway_Sue\n\n____________\n\nOctober is right.\n\u2014 Posted by Bollard_Ben\n"
    )
    blocks = split_blocks(text)
    voices = read_lists(blocks).voices
    said = next(block.index for block in blocks if block.text.startswith("I'd give it 70%"))
    assert voices[said] == "Slipway_Sue"
    assert voices[next(block.index for block in blocks if block.text.startswith("The new boat"))] == "Quayside_Quin"


def test_a_desk_credited_after_an_item() -> None:
    assert item_credit("1. The bypass opens before the end of June. (Transport desk)", {}) == "Transport desk"


def test_a_sheet_or_a_draw_before_a_colon_is_no_speaker() -> None:
    text = "Draw 7\n\nSheet A: Gallagher (2-0) v Muir (0-2). Selection: Gallagher, three stones."
    assert speaker_of(text, "Selection") is None


# ------------------------------------------------------------------ a table of picks set in columns of spaces

ALIGNED = """THE BACK PAGE - ROUND 9 PICKS
Four writers, six games.

Match (spread)                   Tane      Morrow    Ilse Fenn
Harbour @ Kestrel Bay (-4.5)     Kestrel   Harbour   Kestrel   Kestrel
Otter Creek @ Marlow (+2)        Marlow    Marlow    Otter     Marlow

Tane's lock: Kestrel Bay by ten.
"""


def test_a_table_of_picks_set_in_columns_of_spaces_is_one_call_per_cell() -> None:
    picks = [c for c in extract(ALIGNED).forecasts if c.cue == "table of picks"]
    calls = {(c.speaker, c.claim) for c in picks}
    assert ("Morrow", "Harbour @ Kestrel Bay (-4.5): Harbour") in calls
    assert ("Fenn", "Otter Creek @ Marlow (+2): Marlow") in calls
    assert ("Ilse", "Otter Creek @ Marlow (+2): Otter") in calls
    assert len(picks) == 8
    assert {c.quote for c in picks} == {
        "Harbour @ Kestrel Bay (-4.5) Kestrel Harbour Kestrel Kestrel", "Otter Creek @ Marlow (+2) Marlow Marlow Otter Marlow",
    }


def test_columns_of_spaces_without_picks_declared_or_names_are_no_table_of_picks() -> None:
    undeclared = ALIGNED.replace("PICKS", "NOTES")
    assert not [c for c in extract(undeclared).forecasts if c.cue == "table of picks"]
    numbers = ALIGNED.replace("Tane      Morrow    Ilse Fenn", "2024      2025      2026 2027")
    assert not [c for c in extract(numbers).forecasts if c.cue == "table of picks"]


# ------------------------------------------------------------------ a panel's page: picks under each person's heading

PANEL_PAGE = """HARBOUR REGATTA: OUR CREW CALLS
Three of our sailing writers name a winner for each class.

"Spinnaker" Oyelaran
Keelboats: Wavecrest over Solent Grey, two races to spare.
Dinghies: "Tern" again. Nobody has beaten her on this water since 2024.

MARGIT HALVORSEN-ADU, racing correspondent
Keelboats: Solent Grey. The forecast light airs suit the heavier boat.
Dinghies: Kestrel Moss, narrowly.

CONFERENCE NOTES, early look
The class association meets on Friday.
"""


def test_prose_and_picks_under_each_persons_heading_are_hers() -> None:
    blocks = split_blocks(PANEL_PAGE)
    voices = read_lists(blocks).voices
    def voice(start: str) -> str | None:
        return voices.get(next(block.index for block in blocks if block.text.startswith(start)))

    assert voice("Keelboats: Wavecrest") == "Spinnaker Oyelaran"
    # her heading joined to her first line by the layout still starts her part
    assert voice("MARGIT HALVORSEN-ADU") == "Margit Halvorsen-Adu"
    assert voice("Dinghies: Kestrel Moss") == "Margit Halvorsen-Adu"
    assert voice("The class association") is None  # a section heading ends the last person's part


@pytest.mark.parametrize(
    ("heading", "person"),
    [
        ("LOTTIE BRANDSMA, features writer", "Lottie Brandsma"),
        ("DR. ABEL OKWU-STRAND (retired, mission planning)", "Abel Okwu-Strand"),
        ('Maya "Minimap" Kowalczyk', "Maya Minimap Kowalczyk"),
        ("CONFERENCE FINALS, early look", None),
        ("SOUTH AMERICA (WEST)", None),
    ],
)
def test_person_headings_in_capitals_or_with_a_nickname(heading: str, person: str | None) -> None:
    from tracker.extract.lists import person_heading

    assert person_heading(heading) == person


@pytest.mark.parametrize(
    ("sentence", "own"),
    [
        ("Mortgage rates should ease in the autumn, according to the advice we have received.", True),
        ("Mortgage rates should ease in the autumn, according to what I have been told.", True),
        ("Mortgage rates should ease in the autumn, according to the Housing Council.", False),
    ],
)
def test_according_to_a_source_the_writer_speaks_for(sentence: str, own: bool) -> None:
    from tracker.extract.attribution import attribute

    assert (attribute(sentence, sentence).speaker is None) == own



def test_a_title_a_byline_and_numbered_sections_are_no_panel() -> None:
    text = (
        "Southern Shield \u2014 Round 7 Predictor\n"
        "Tomasina Reihana, rugby writer\n\n"
        "Round seven is where the table splits.\n\n"
        "SECTION ONE (Kovalenko, 1)\n\nKovalenko has not lost indoors since October.\n\n"
        "WEEKEND TWO (13\u201315 August)\n\nThe Green Lantern Gathering goes ahead.\n"
    )
    assert read_lists(split_blocks(text)).voices == {}
