"""Whose forecast it is, the fourteenth error analysis (``benchmarks/attribution_errors.py``): a speaker who is
the subject of the first of two coordinated verbs ("Trustee Abernethy reported on ... and said he expected"), a
"he" or "she" that stands for the person named just before ("Cllr Morven reported ... He said he expected"), a
capitalised plan in a document's name ("the Local Plan inspector's report") that is no pledge, and the items of a
list under a lead-in that names whose forecasts they are ("our epidemiology team expects:")
(``tracker/extract/attribution.py``, ``tracker/extract/voices.py``, ``tracker/extract/lists.py``).

Every sentence and layout here is written for these tests in the styles of the corpus (minutes, bulletins,
news reports); none is taken from the corpus.
"""

from __future__ import annotations

import pytest

from tracker.extract import attribution
from tracker.extract.layout import split_blocks
from tracker.extract.lists import read_lists
from tracker.extract.voices import estimate_owner, lead_in_speaker

from tests.speaker_checks import speaker_of, speakers


def whose(text: str, start: str) -> str | None:
    """The speaker of the candidate whose quote starts with ``start`` (compared on its first 40 characters)."""
    said = speakers(text)
    return said[next(quote for quote in said if quote.startswith(start[:40]) or start.startswith(quote))]


# ------------------------------------------------- two coordinated verbs, one subject

@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Governor Halvard opened the session and said she expected the levy to pass by a wide margin.", "Governor Halvard"),
        ("Cllr Pennington thanked the volunteers for the litter pick and said he expected the new bins to arrive in May.",
         "Cllr Pennington"),
        ("Marta Quell stepped down as treasurer in March and said she expected the fund to close within two years.",
         "Marta Quell"),
    ],
)
def test_the_subject_of_the_first_verb_is_the_speaker(sentence: str, speaker: str) -> None:
    assert attribution.attribute(sentence, sentence).speaker == speaker


def test_the_writer_coordinated_with_a_report_stays_the_writer() -> None:
    sentence = "We met the harbour board in June and said we expected the toll to rise."
    assert attribution.attribute(sentence, sentence).speaker is None


MINUTES = """Oakridge Parish Council: minutes of the meeting of 9 March

7. BOARD MEMBER REPORTS
Trustee Ferreira-Lund reported on the choir's county prize and said he expected them to reach the national final in June.
"""


def test_a_report_in_minutes_is_the_trustees() -> None:
    assert whose(MINUTES, "Trustee Ferreira-Lund reported") == "Trustee Ferreira-Lund"


# ------------------------------------------------- "he" and "she" for the person named before

PRONOUN = """Kestrel Valley Council: minutes, 12 February

14/07 COUNTY COUNCILLOR'S REPORT
Cllr Ashdown reported that the county budget had been agreed with a 2.5% rise in council tax. She said she expected the Minerals Plan examiner's report to arrive before the summer recess.
"""


def test_she_is_the_councillor_named_before() -> None:
    assert whose(PRONOUN, "She said she expected the Minerals Plan") == "Cllr Ashdown"


def test_a_plan_in_a_documents_name_is_no_pledge() -> None:
    sentence = "He said he expected the Local Plan inspector's report to be published by the summer."
    read = attribution.attribute(sentence, sentence)
    assert not read.dropped and read.speaker is not None


def test_a_plan_that_is_a_pledge_still_is() -> None:
    sentence = "The mayor has plans to open the new library in October."
    assert attribution.attribute(sentence, sentence).dropped


# ------------------------------------------------- a list under a lead-in that names its forecaster

BULLETIN = """COLD WEATHER ALERT: LEVEL 3
Brannock City Public Health, 3 January 2030

The cold spell is forecast to last until Thursday.

WHAT WE EXPECT
Based on the last three cold spells, our respiratory team expects:
- hospital admissions for chest infections to rise by 15-20% by the weekend;
- GP appointments for over-75s to be fully booked by Wednesday;
"""


def test_items_under_a_lead_in_are_the_named_teams() -> None:
    blocks = split_blocks(BULLETIN)
    read = read_lists(blocks)
    assert read.items and {item.speaker for item in read.items.values()} == {"our respiratory team"}


def test_the_candidates_under_the_lead_in_are_the_teams() -> None:
    assert whose(BULLETIN, "hospital admissions for chest infections") == "our respiratory team"


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Based on the last three cold spells, our respiratory team expects:", "our respiratory team"),
        ("The Coastal Met Service expects:", "The Coastal Met Service"),
        ("We expect:", None),
        ("Here is what I expect:", None),
        ("The Committee expects:", None),
        ("Key dates for the season are below:", None),
    ],
)
def test_a_lead_in_names_its_forecaster(line: str, speaker: str | None) -> None:
    assert lead_in_speaker(line) == speaker


OWN_LIST = """WHAT WE EXPECT
Based on the last three cold spells, we expect:
- hospital admissions for chest infections to rise by 15-20% by the weekend;
"""


def test_items_under_the_writers_own_lead_in_stay_the_writers() -> None:
    assert whose(OWN_LIST, "hospital admissions for chest infections") is None


def test_the_detector_reading_of_a_pronoun_frame() -> None:
    assert speaker_of(PRONOUN, "She said she expected") == "Cllr Ashdown"


# ------------------------------------------------- a quotation that goes on past a semicolon

def test_a_semicolon_inside_the_speakers_quoted_words_ends_no_frame() -> None:
    sentence = ('Mrs Okafor said the tram line was sure to be extended, "and sooner than the council imagines; '
                'I would put money on 2032."')
    assert attribution.attribute(sentence, sentence).speaker == "Okafor"


def test_a_semicolon_outside_quotation_marks_still_ends_the_frame() -> None:
    sentence = "Mrs Okafor said the tram line was popular; the extension will open in 2032."
    assert attribution.attribute(sentence, sentence).speaker is None


# ------------------------------------------------- the people the writer asked

@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Several dealers we spoke to think spring lamb prices will top 8 pounds a kilo by April.", "Several dealers"),
        ("Three of the growers I rang expect the cherry harvest to start a week late.", "Three of the growers"),
        ("The two agents I've asked think the town's rents will keep rising through 2031.", "The two agents"),
    ],
)
def test_the_people_the_writer_asked_are_the_speakers(sentence: str, speaker: str) -> None:
    assert attribution.attribute(sentence, sentence).speaker == speaker


def test_the_writer_with_the_people_asked_stays_the_writer() -> None:
    sentence = "I think the cherry harvest will start a week late."
    assert attribution.attribute(sentence, sentence).speaker is None


ASKED = """Orchard notes, week 14

Several dealers we spoke to think spring lamb prices will top 8 pounds a kilo by April.
"""


def test_a_detector_reading_of_the_people_asked() -> None:
    assert whose(ASKED, "Several dealers we spoke to think") == "Several dealers"


# ------------------------------------------------- a report presented in minutes

MINUTES_REPORT = """Harbury Rowing Club: committee minutes, 4 February

3. Treasurer's report
Ines presented the year-end accounts. We made a surplus of 1,240 pounds, mostly from the regatta bar. Membership income is forecast to fall by about 5% next season.

4. Safety
The Safety Officer reported the annual boat inspection. Two hulls are expected to need repairs before the spring head race.

5. Fixtures
We expect to host the junior sculls again in June.
"""


def test_a_forecast_after_a_presented_report_is_the_presenters() -> None:
    assert whose(MINUTES_REPORT, "Membership income is forecast to fall") == "Ines"
    assert "Safety Officer" in (whose(MINUTES_REPORT, "Two hulls are expected to need repairs") or "")


def test_the_writers_own_we_after_a_report_stays_the_writers() -> None:
    assert whose(MINUTES_REPORT, "We expect to host the junior sculls") is None


# ------------------------------------------------- the consensus's figure for a measure it names

@pytest.mark.parametrize(
    "sentence",
    [
        "Consensus EPS is 41 pence for the half.",
        "Consensus for full-year margin is sitting around 8.5 percent.",
        "Consensus retail sales growth 1.2%; the survey out on Friday will tell.",
        "Consensus full-year revenue sits at 4.1 billion pounds.",
    ],
)
def test_the_consensus_figure_is_the_consensuses(sentence: str) -> None:
    assert estimate_owner(sentence) == "consensus"


@pytest.mark.parametrize(
    "sentence",
    [
        "The consensus view in 2019 was that rates had peaked.",
        "Our forecast of 3.1% is above consensus.",
        "We reached a consensus on 3 of the 5 items.",
    ],
)
def test_no_consensus_figure(sentence: str) -> None:
    assert estimate_owner(sentence) is None


NOTE = """Morning desk note

Consensus EPS is 41 pence for the half.
"""


def test_a_detector_reading_of_a_consensus_figure() -> None:
    assert speaker_of(NOTE, "Consensus EPS is 41 pence") == "consensus"


# ------------------------------------------------- lines under a lead-in that names whose figures they are

CHANCES = """Snooker thread

Post #4 | long_red_77 | Posted 2 Mar 2029, 19:10
----------------------------------------------------------------
Quick one. The ratings site I use has the title chances as:
Marsh 31%
Okoye 24%
Delacroix 12%

My own numbers:
Marsh 40%
"""


def test_lines_under_a_holders_lead_in_are_the_holders() -> None:
    said = speakers(CHANCES)
    assert [said[line] for line in ("Marsh 31%", "Okoye 24%", "Delacroix 12%")] == ["The ratings site"] * 3


def test_lines_under_the_writers_own_lead_in_stay_the_writers() -> None:
    assert speakers(CHANCES)["Marsh 40%"] is None


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("The bookmakers have them like this:", "The bookmakers"),
        ("The ratings site I use has the title chances as:", "The ratings site"),
        ("I have the title chances as:", None),
        ("We have them as:", None),
    ],
)
def test_a_lead_in_names_the_holder_of_the_figures(line: str, speaker: str | None) -> None:
    assert lead_in_speaker(line) == speaker


# ------------------------------------------------- a model nobody is named as holding

@pytest.mark.parametrize(
    "sentence",
    [
        "The monsoon onset looks normal and models expect it to stay that way through June.",
        "Our ensemble of three models projects that admissions will peak in the second week of January.",
    ],
)
def test_a_bare_model_is_the_texts_own_instrument(sentence: str) -> None:
    assert attribution.attribute(sentence, sentence).speaker is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The Harwood model expects the club to finish fourth.",
        "Analysts at Table Forecast expect the club to finish fourth.",
    ],
)
def test_a_named_model_or_its_holder_is_somebody(sentence: str) -> None:
    assert attribution.attribute(sentence, sentence).speaker is not None


BEDS = """Bed capacity outlook, week 2

Occupancy is running at 96% across the general wards.

The model has occupancy peaking at 98% on Wednesday and then falling.
"""


def test_a_detector_reading_of_a_bare_model() -> None:
    assert speaker_of(BEDS, "The model has occupancy peaking") is None


# ------------------------------------------------- a run-in label that names no speaker

@pytest.mark.parametrize(
    "sentence",
    [
        "CALL: the Harbour Alliance holds Wexmoor North.",
        "Pick: Rovers to win by two.",
        "Winner: Ostrava in four sets.",
        "Odds: 3-1 the field.",
    ],
)
def test_a_run_in_label_of_a_call_is_no_speaker(sentence: str) -> None:
    assert attribution.label_speaker(sentence) is None


def test_a_person_before_a_colon_is_still_the_speaker() -> None:
    assert attribution.label_speaker("Ruth Okonedo: the Harbour Alliance holds Wexmoor North.") == "Ruth Okonedo"
