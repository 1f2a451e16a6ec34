"""Whose forecast it is, the ninth error analysis: forum boards that number their posts ("Post #3 |
name | Posted ..."), merged threads, a panel's headings set between rules of dashes, a desk's
writers each opening a paragraph with one name, a forecast given by a possessive ("X's projection
is"), and a named forecaster after ", and" (``tracker/extract/lists.py``, ``tracker/extract/voices.py``).

Every sentence and layout here is written for these tests in the styles of the corpus (forum
threads, staff blogs, picks pages, speeches); none is taken from the corpus.
"""

from __future__ import annotations

import pytest

from tracker.extract.layout import split_blocks
from tracker.extract.lists import person_heading, post_author, post_headers, read_lists
from tracker.extract.units import units
from tracker.extract.voices import (
    possessive_view_owner,
    subject_forecaster,
    surname_paragraphs,
    writer_names,
)

from tests.speaker_checks import speaker_of, speakers


# ------------------------------------------------- numbered posts and merged threads


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ("Post #1 | kettle_drum_kev | Posted 04 Mar 2028, 18:12", "kettle_drum_kev"),
        ("Reply #12 | Wren.Adebayo | Posted on 5 March 2028, 07:40", "Wren.Adebayo"),
        ('From thread "Who takes the county title?" fenland_fran \u2014 09 Apr 2028 21:05', "fenland_fran"),
        ("---- marsh_harrier_mo \u2014 09 Apr 2028 21:30", "marsh_harrier_mo"),
    ],
)
def test_numbered_and_merged_post_headers_name_their_author(header: str, author: str) -> None:
    assert post_author(header) == author


def test_a_heading_that_says_posted_without_a_post_is_no_header() -> None:
    assert post_author("Posted in Sport | Tournaments") is None
    assert post_author("Post #4 of the series") is None


BOARD = """Forum: Bowls Talk > County Finals > Predictions

----------------------------------------
Post #1 | kettle_drum_kev | Posted 04 Mar 2028, 18:12
----------------------------------------
Draw is out and the final is on 20 March. Post your winner.

I think Harwell Green take the title again.

----------------------------------------
Post #2 | Wren.Adebayo | Posted 04 Mar 2028, 18:40
----------------------------------------
No chance. I'd bet on Saltcote to beat them in the semi.
"""


def test_each_numbered_post_is_its_authors() -> None:
    assert set(post_headers(split_blocks(BOARD)).values()) == {"kettle_drum_kev", "Wren.Adebayo"}
    got = speakers(BOARD)
    assert got["I think Harwell Green take the title aga"] == "kettle_drum_kev"
    assert got["I'd bet on Saltcote to beat them in the "] == "Wren.Adebayo"


# ------------------------------------------------- a panel's headings between rules of dashes


@pytest.mark.parametrize(
    ("heading", "person"),
    [
        ("-- Ottilie Brandvold, art director --", "Ottilie Brandvold"),
        ("== Marcus Feeny, sound designer ==", "Marcus Feeny"),
        ("\u2014 Ines Aparicio, QA lead \u2014", "Ines Aparicio"),
    ],
)
def test_a_person_heading_between_rules_names_the_person(heading: str, person: str) -> None:
    assert person_heading(heading) == person


@pytest.mark.parametrize("heading", ["-- Round 7 --", "--- Notes ---", "== Our Predictions =="])
def test_a_section_between_rules_names_nobody(heading: str) -> None:
    assert person_heading(heading) is None


STUDIO = """Two of us, five calls each

Each January two of us write down five calls for the year and nobody edits anyone else's.

-- Ottilie Brandvold, art director --

Handheld sales overtake the big consoles by the autumn.

I don't think any studio will ship a game made mostly by machines this year.

-- Marcus Feeny, sound designer --

Our next game slips into 2029.

At least one big streaming service will raise its price by a third.
"""


def test_the_calls_under_each_ruled_heading_are_that_persons() -> None:
    got = speakers(STUDIO)
    assert got["I don't think any studio will ship a gam"] == "Ottilie Brandvold"
    assert got["At least one big streaming service will "] == "Marcus Feeny"


# ------------------------------------------------- a desk's writers, each paragraph opened by one name


DESK = """Round 9 picks: five of us, four games

Every Friday the desk makes its calls and every Monday it regrets them.

Haverkamp: The Otters win by a goal at least. I have not seen them lose at home since March.

Quennell: I'm taking the Kites over the Herons, and my money is on a late winner.

Obuya-Strand: Herons 3, Kites 1. I don't think the Kites' back line survives the first half.

Lindgaard: Otters by two. I doubt their keeper concedes more than once.
"""


def test_one_name_labels_in_a_run_are_the_writers_paragraphs() -> None:
    found = units(DESK)
    assert set(surname_paragraphs(found).values()) == {"Haverkamp", "Quennell", "Obuya-Strand", "Lindgaard"}
    assert speaker_of(DESK, "Obuya-Strand: Herons 3") == "Obuya-Strand"
    assert speaker_of(DESK, "I doubt their keeper") == "Lindgaard"


def test_one_word_labels_that_are_words_of_the_text_name_nobody() -> None:
    text = (
        "Our picks for the final.\n\n"
        "Winner: I think the Otters, by a goal.\n\n"
        "Scorer: I'd back Hale to score first.\n\n"
        "Margin: one goal. The winner will need extra time, I suspect.\n"
    )
    assert surname_paragraphs(units(text)) == {}


def test_two_one_word_labels_are_no_run() -> None:
    text = "Notes from the meeting.\n\nHaverkamp: I think it passes.\n\nQuennell: I'm sure it fails.\n"
    assert surname_paragraphs(units(text)) == {}


# ------------------------------------------------- a forecast given by a possessive


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Chief Okonkwo's projection is a further fall of about 8 percent next year.", "Chief Okonkwo"),
        ('Perpetua\'s view is blunter: "Whoever wins the toss wins the match."', "Perpetua"),
        ("The Port Board's latest estimate is 2.4 million passengers in 2029.", "The Port Board"),
    ],
)
def test_a_possessive_forecast_is_the_possessors(sentence: str, speaker: str) -> None:
    assert possessive_view_owner(sentence) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Today's forecast is for showers by noon.",
        "Friday's forecast is grim: heavy rain all day.",
        "My projection is a fall of 8 percent.",
        "Its estimate is 2.4 million passengers.",
    ],
)
def test_a_day_the_writer_or_a_pronoun_is_no_possessor(sentence: str) -> None:
    assert possessive_view_owner(sentence, writer_names(("The Port Board",))) is None


def test_a_possessive_forecast_in_a_speech_is_credited() -> None:
    text = (
        "Public safety. Burglaries fell by a fifth this year. "
        "Chief Okonkwo's projection is a further fall of about 8 percent next year, and I think that is fair."
    )
    assert speaker_of(text, "Chief Okonkwo's projection") == "Chief Okonkwo"


# ------------------------------------------------- a named forecaster after ", and"


def test_a_named_body_that_projects_after_and_is_credited() -> None:
    text = "The harbour works alone run to 2030, and the Regional Skills Board projects a shortfall of 9,000 welders by 2029."
    assert speaker_of(text, "The harbour works") == "the Regional Skills Board"


def test_the_writer_or_a_lower_case_subject_after_and_is_not() -> None:
    assert speaker_of("The works run to 2030, and we expect a shortfall of 9,000 welders by 2029.", "The works") is None
    assert speaker_of("The works run to 2030, and prices expect nothing of the kind.", "The works") is None


# ------------------------------------------------- the writer's own figure after somebody's, and sections


def test_the_writers_own_projection_after_a_named_speaker_stays_the_writers() -> None:
    text = (
        "The money question\n\n"
        'The treasurer, Ilsa Drummond, told members in May that the season "should" break even at 70 percent. '
        "My own projection lands a little under that, at 67 percent, which would leave a gap of perhaps £12,000."
    )
    assert speaker_of(text, "My own projection") is None


def test_a_backshifted_forecast_after_a_named_speaker_is_still_theirs() -> None:
    text = "Ilsa Drummond noted that bookings were soft. Attendance was expected to recover by the autumn."
    assert speaker_of(text, "Attendance was expected") == "Ilsa Drummond"


@pytest.mark.parametrize(
    "line", ["Rain: none expected, and the forecasters give Sunday a 20% chance.", "Wind: light, backing south-west by the evening."]
)
def test_a_section_label_is_no_speaker(line: str) -> None:
    assert speaker_of(line, line[:8]) is None


# ------------------------------------------------- a quotation opened after a named person's sentence


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "Tobias Wren, who chairs the chamber, welcomed the plan but doubted one figure. "
            '"If anything they are too low. I\'d bet the gap is nearer 3,000 by 2030."',
            "I'd bet",
            "Tobias Wren",
        ),
        (
            "Economist Dr Mara Ellison of the Valley Institute was doubtful. "
            '"These figures assume no recession. There is perhaps a one-in-four chance we get one before 2030."',
            "There is perhaps",
            "Dr Mara Ellison",
        ),
        ('A shop steward standing beside the gate was blunter: "They will settle by Friday."', "A shop steward", "A shop steward standing beside the gate"),
        ('01:40\n\nMarta: "My best guess is that the Greens take 20 seats."', "Marta:", "Marta"),
    ],
)
def test_a_quotation_after_a_named_persons_sentence_is_theirs(text: str, start: str, speaker: str) -> None:
    assert speaker_of(text, start) == speaker


def test_a_quotation_after_a_sentence_about_a_thing_is_nobodys_in_particular() -> None:
    text = 'Prices rose again in March. "I expect them to keep rising for a year."'
    assert speaker_of(text, '"I expect') is None


def test_a_person_in_apposition_who_forecasts_is_credited() -> None:
    text = "The council's cost consultant, Hilda Marrow, forecasts tender prices rising 3.5% in 2027."
    assert speaker_of(text, "The council's") == "Hilda Marrow"


# ------------------------------------------------- a panellist's heading joined between rules; "#3 X said:" posts


PANEL = """Cup semi-finals: our panel's picks

Two ties, four clubs, one weekend.

---------------------------------------- GRETE ANKARSRUD - Chief rugby writer ---------------------------------------- Harlow 24-18 Dunmere

Bold call: Harlow go all the way this year.

---------------------------------------- TOMAS BRIDGEFORD - Former Harlow lock ---------------------------------------- Harlow 20-22 Dunmere

Bold call: Dunmere lift the cup by a try.
"""


def test_a_panellists_heading_joined_between_rules_names_her() -> None:
    voices = read_lists(split_blocks(PANEL)).voices
    assert voices[3] == "Grete Ankarsrud"
    assert voices[5] == "Tomas Bridgeford"
    assert 1 not in voices


def test_a_numbered_said_line_opens_a_post() -> None:
    assert post_author("#3 Old Pit Lane said:") == "Old Pit Lane"
    assert post_author("Old Pit Lane said:") is None  # unnumbered: a quotation of an older post


# ------------------------------------------------- forecasts from an outside body, a team's named voice, a caller's page


def test_a_forecast_from_a_named_body_is_the_bodys() -> None:
    text = "The lifts open on 6 December. The long-range from the valley met office has a colder than average December."
    assert speaker_of(text, "The long-range") == "the valley met office"


def test_a_team_with_its_voice_in_brackets_is_that_person() -> None:
    text = "Our chip team (Ruth Okerlund) sees Solvane Micro back above 90 by the end of the quarter."
    assert speaker_of(text, "Our chip team") == "Ruth Okerlund"


CALLER = """ROUND FOUR: THE CALLS

Former Harbour prop Teina Marsh gives her calls for every match this weekend. Scores in brackets.

Friday \u2014 Harbour v Redcliff "Redcliff have no bench. I think Harbour pull away after an hour. Harbour by 14."

Saturday \u2014 Stags v Kites "Tight one. The Kites should edge it."
"""


def test_quotations_on_a_callers_page_are_hers() -> None:
    assert speaker_of(CALLER, "I think Harbour pull away") == "Teina Marsh"
    assert speaker_of(CALLER, "The Kites should edge it") == "Teina Marsh"


def test_without_a_callers_introduction_a_bare_quotation_names_nobody() -> None:
    text = CALLER.replace("Former Harbour prop Teina Marsh gives her calls for every match this weekend.", "Every match this weekend.")
    assert speaker_of(text, "I think Harbour pull away") is None


# ------------------------------------------------- a body that revises its forecast; a firm's figure in a list


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Norvia's farm ministry raised its forecast for the barley harvest to 12.1 million tonnes on Monday.", "Norvia's farm ministry"),
        ("The Crop Office has cut its estimate of the rice crop to 9 million tonnes.", "The Crop Office"),
    ],
)
def test_a_body_that_revises_its_forecast_states_it(sentence: str, speaker: str) -> None:
    assert speaker_of(sentence, sentence[:10]) == speaker


@pytest.mark.parametrize("sentence", ["It lowered its guidance again, to 2% growth.", "We raised our forecast to 3% growth next year."])
def test_a_pronoun_or_the_writer_revising_is_nobody_named(sentence: str) -> None:
    assert speaker_of(sentence, sentence[:10]) is None


def test_a_forecasting_firms_figure_in_a_list_is_the_firms() -> None:
    text = (
        "Barley: the consultancies' numbers\n\n"
        "Private forecasters have been more bullish for a month. Their latest barley forecasts:\n\n"
        "- Harrowgate Analytics: 13.4 million tonnes (previously 12.9)\n\n"
        "- Kestrel Grain Research: 13.1 million tonnes (unchanged)\n\n"
        "- Norges Bank: cuts by a quarter point\n"
    )
    got = speakers(text)
    assert got["Harrowgate Analytics: 13.4 million tonne"] == "Harrowgate Analytics"
    assert got["Kestrel Grain Research: 13.1 million ton"] == "Kestrel Grain Research"
    assert got["Norges Bank: cuts by a quarter point"] is None


# ------------------------------------------------- a speech reproduced by somebody else


SPEECH = """This is the speech Dora Pennick, district secretary of the Bus Workers' Union, gave outside the depot this morning. Typed up from my phone, so forgive the gaps. \u2014 posted by kev_route9

Can you hear me at the back? Good.

Will they come back with a better offer? I think they will. They'll be back before Friday with something near five percent.
"""


def test_the_first_person_in_a_reproduced_speech_is_the_speakers() -> None:
    got = speakers(SPEECH)
    assert got["I think they will."] == "Dora Pennick"
    assert got["They'll be back before Friday with somet"] == "Dora Pennick"


def test_a_speech_the_writer_gives_stays_the_writers() -> None:
    text = SPEECH.replace(
        "This is the speech Dora Pennick, district secretary of the Bus Workers' Union, gave outside the depot this morning.",
        "I gave this speech outside the depot this morning.",
    )
    assert all(speaker is None for speaker in speakers(text).values())


# ------------------------------------------------- the audience's survey in a speech


def test_the_audiences_own_forecast_in_a_speech_is_theirs() -> None:
    text = "Your own survey, published this morning, expects 41,000 starts this year, and I think that is about right."
    assert speaker_of(text, "Your own survey") == "Your own survey"



# ------------------------------------------------- a named body's negated expectation after a long fronted phrase


def test_a_body_that_does_not_expect_after_a_long_fronted_phrase_is_credited() -> None:
    sentence = (
        "With a bigger crop here and a large harvest forecast in the eastern counties, the growers' board's marketing "
        "committee does not expect the pool price to match that."
    )
    assert speakers(sentence)[sentence[:40]] == "the growers' board's marketing committee"


def test_a_committee_speaking_for_itself_stays_its_own() -> None:
    assert subject_forecaster("With the harvest late this year and costs up, the committee does not expect a rise.") is None
