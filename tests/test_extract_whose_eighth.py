"""Whose forecast it is, the eighth error analysis: a pronoun after "X told us", first-person calls
beside "according to", a panel's headings with a job in brackets, call transcripts tagged in the
names' own capitals, and announced schedules of a named body (``tracker/extract/attribution.py``,
``tracker/extract/voices.py``, ``tracker/extract/lists.py``).

Every sentence and layout here is written for these tests in the styles of the corpus (news
reports, bulletins, earnings calls, picks pages, market weeklies); none is taken from the corpus.
"""

from __future__ import annotations

import pytest

from tracker.extract.attribution import attribute, trailing_speaker
from tracker.extract.lists import person_heading
from tracker.extract.units import units
from tracker.extract.voices import schedule_owner, transcript_turns, writer_names

from tests.speaker_checks import speaker_of, speakers


# ------------------------------------------------- a pronoun that stands for who told or said it


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The water company has told us it does not expect any restrictions this summer.", "The water company"),
        ("Builders tell us they will hold prices through the spring.", "Builders"),
        ("Councillor Brandt said he did not believe the closure would last as long as forecast.", "Councillor Brandt"),
        ("The ferry operator told reporters on Monday that it expects sailings to resume by Friday.", "The ferry operator"),
        (
            "Tomas Lindqvist at Norrby Capital, who rarely smiles, told me on Friday that he sees a slow recovery next year.",
            "Tomas Lindqvist at Norrby Capital",
        ),
    ],
)
def test_a_pronoun_after_told_or_said_is_who_told_it(sentence: str, speaker: str) -> None:
    assert attribute(sentence, sentence).speaker == speaker


def test_the_writer_who_tells_stays_the_writer() -> None:
    sentence = "I told the board last week that it will not reach the target before 2030."
    assert attribute(sentence, sentence).speaker is None


def test_a_relative_clause_that_holds_the_speaker_keeps_it() -> None:
    sentence = "We are not predicting the search at Calder, which the university has said it will finish by Easter."
    before = sentence[: sentence.index("will")]
    assert attribute(before, sentence).speaker is not None


# ------------------------------------------------- the writer's call beside "according to"


@pytest.mark.parametrize(
    "sentence",
    [
        "My own estimate comes in a little under that, at 64 percent, which would leave the club short by about "
        "£30,000, according to the treasurer Owen Fairley.",
        "I'd bet the run is extended by a fortnight; bookings are, according to the manager Ruth Ambler, strong.",
    ],
)
def test_a_first_person_call_is_the_writers_whatever_source_it_cites(sentence: str) -> None:
    assert attribute(sentence, sentence).speaker is None


def test_according_to_alone_still_names_the_source() -> None:
    sentence = "The ferry will resume sailings on Friday, according to the harbour master."
    assert attribute(sentence, sentence).speaker == "the harbour master"


def test_a_first_person_quotation_before_according_to_is_the_sources() -> None:
    sentence = '"I think we will reopen by May," according to the harbour master.'
    assert attribute(sentence, sentence).speaker == "the harbour master"


def test_the_writers_own_words_before_a_noun_like_claims_name_nobody() -> None:
    assert trailing_speaker("Ada Brenn, Tallow Securities: I'd be surprised if claims inflation fell below 6 percent.") is None


# ------------------------------------------------- a panel's headings with a job in brackets


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Margit Holloway (former Falcons opener)", "Margit Holloway"),
        ("Osric Penwarden (statistician)", "Osric Penwarden"),
        ("Lena Dufresne (commentator)", "Lena Dufresne"),
        ("Harbour City (away)", None),
        ("Round Seven (Saturday)", None),
    ],
)
def test_a_mixed_case_heading_with_a_job_in_brackets_names_a_person(heading: str, name: str | None) -> None:
    assert person_heading(heading) == name


PICKS_PANEL = """Boundary Notes - Finals Picks

THE PANEL

Margit Holloway (former Falcons opener)
Semi-final: Falcons.
Champion: Falcons.

Osric Penwarden (statistician)
Semi-final: Herons, narrowly.
Champion: Herons.
"""


def test_each_panellists_lines_are_hers() -> None:
    found = speakers(PICKS_PANEL)
    assert found["Champion: Falcons."] == "Margit Holloway"
    assert found["Champion: Herons."] == "Osric Penwarden"


# ------------------------------------------------- call transcripts tagged in the names' own capitals

CALL = """Harbour Mutual: third quarter call

Operator: Our first question comes from Ada Brenn with Tallow Securities.

Ada Brenn, Tallow Securities: Thanks. Do you expect the rate filing to be approved?

Ingrid Solvay, Chief Executive Officer: We filed for 14 percent. I think we get most of it, probably around 11.

Ada Brenn: And the buyback?

Ingrid Solvay: We think the board approves a larger one in the spring.

Marten Kroll, Chief Financial Officer: I'd be surprised if claims inflation fell below 6 percent next year.
"""


def test_a_calls_mixed_case_tags_are_turns() -> None:
    turns = set(transcript_turns(units(CALL)).values())
    assert {"Ada Brenn", "Ingrid Solvay", "Marten Kroll"} <= turns
    assert speaker_of(CALL, "I think we get most of it") == "Ingrid Solvay"
    assert speaker_of(CALL, "Ingrid Solvay: We think the board") == "Ingrid Solvay"
    assert speaker_of(CALL, "Marten Kroll, Chief Financial Officer:") == "Marten Kroll"


TEAM_LINES = """Round 7 tips

Harbour City: by 3 points at home, too strong.

Port Vale: lose again, they have nothing left.

Harbour City: to finish top four.
"""


def test_team_lines_in_title_case_are_no_transcript() -> None:
    assert transcript_turns(units(TEAM_LINES)) == {}
    assert all(speaker is None for speaker in speakers(TEAM_LINES).values())


# ------------------------------------------------- announced schedules of a named body


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Norges Bank meets on 19 June.", "Norges Bank"),
        ("The Harbour Trust meets in March to decide.", "The Harbour Trust"),
        ("The federation picks the host next February.", "The federation"),
        ("The bank's next decision is due on 4 March.", "The bank"),
        ("The guild's annual survey is due in May.", "The guild"),
        ("Markets are calm ahead of the Central Bank of Orsova's final meeting of the year on Dec. 15-16.", "Central Bank of Orsova"),
        ("The extension office is running its pricing workshop again on December 9.", "The extension office"),
    ],
)
def test_a_named_bodys_schedule_is_that_bodys(sentence: str, owner: str) -> None:
    assert schedule_owner(sentence) == owner


@pytest.mark.parametrize(
    "sentence",
    [
        "Our next meeting is on 4 May.",
        "It meets on 3 June.",
        "Prices will rise on 4 May.",
        "Ranked Season 14 starts on the 10th.",
        "The committee meets on 10 December.",  # a body speaking for itself in its own minutes
    ],
)
def test_no_owner_for_the_writers_own_a_pronoun_or_no_body(sentence: str) -> None:
    assert schedule_owner(sentence) is None


def test_the_writers_own_body_keeps_its_schedule() -> None:
    text = "Notes from the Harbour Trust\n\nThe Harbour Trust meets in March to decide.\n"
    assert schedule_owner("The Harbour Trust meets in March to decide.", writer_names(("Harbour Trust",))) is None
    assert speaker_of(text, "The Harbour Trust meets", ("Harbour Trust",)) is None


def test_a_schedule_in_a_weekly_is_the_bodys() -> None:
    text = "FX weekly\n\nCALENDAR\n\nThe krone has drifted. Norges Bank meets on 19 June.\n"
    assert speaker_of(text, "Norges Bank meets") == "Norges Bank"


# ------------------------------------------------- trailing frames that confirm or announce


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Bus drivers will strike for three days from Monday, the drivers' union confirmed on Friday evening.", "the drivers' union"),
        ("Parking fines will double from 1 July, the council announced.", "the council"),
        ("The bridge will stay shut until spring, the contractor conceded.", "the contractor"),
    ],
)
def test_a_body_that_confirms_or_announces_after_the_forecast_gives_it(sentence: str, speaker: str) -> None:
    assert trailing_speaker(sentence) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Cases are projected to peak in late April, at between 250 and 400 confirmed cases a week.",
        "Ward rents will rise again next year, at 4 per cent as confirmed in March.",
    ],
)
def test_confirmed_as_an_adjective_names_nobody(sentence: str) -> None:
    assert trailing_speaker(sentence) is None


def test_the_writer_who_confirms_keeps_the_forecast() -> None:
    assert set(speakers("Rent notes\n\nRents will rise again next year, as we confirmed in March.\n").values()) == {None}


def test_a_negated_passive_under_says_is_the_sayers() -> None:
    text = "Mill notes\n\nI wrote last week that the Tolley mill would restart in May. The company now says the restart is not expected until August.\n"
    assert speaker_of(text, "The company now says") == "The company"


# ------------------------------------------------- post headers


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ("9 \u00b7 harrow_gate_hal \u00b7 Mar 14", "harrow_gate_hal"),
        ("3 \u00b7 quill.and.ink \u00b7 2 Apr", "quill.and.ink"),
        ("Post 17 by saltmarsh_sue (09:12):", "saltmarsh_sue"),
        ("Reply 4 by Ossian_K:", "Ossian_K"),
        ("12 \u00b7 Apr 3", None),
    ],
)
def test_numbered_post_headers_without_a_hash_or_a_year(header: str, author: str | None) -> None:
    from tracker.extract.lists import post_author

    assert post_author(header) == author


THREAD = """Who wins the village show marrow prize?

Post 1 by marrow_martha (08:02):
Place your guesses for the heaviest marrow below. Entries close Friday.

Post 2 by big_veg_bernard (08:40):
Old Tom will win again, I'd say, his marrow is already the size of a dog.

Post 3 by allotment_alice (09:15):
I reckon the Patels take it this year, they have a new greenhouse.
"""


def test_each_numbered_posts_guess_is_its_posters() -> None:
    found = speakers(THREAD)
    assert found["Old Tom will win again, I'd say, his mar"] == "big_veg_bernard"
    assert found["I reckon the Patels take it this year, t"] == "allotment_alice"


# ------------------------------------------------- minutes: a presented report, and the presenter going on

MINUTES = """Minutes of the Brackwater Parish Council, 3 March 2027

Present: Cllr Ames (chair), Cllr Doyle, Cllr Fenn.

4. BUDGET
The Clerk introduced the report. She advised that the reserves had fallen to \u00a340,000. Precept income is forecast to rise by 3% next year.

5. SCHOOL PLACES
Mr. Ortiz presented the planner's report. Pupil numbers are projected to fall to 310 by 2029.

6. ROADS
Cllr Doyle said the bypass would open in May. Traffic on the high street is expected to halve.
"""


def test_a_presented_report_and_the_presenter_going_on_by_a_pronoun() -> None:
    found = speakers(MINUTES)
    assert found["Precept income is forecast to rise by 3%"] == "The Clerk"
    assert found["Pupil numbers are projected to fall to 3"] == "the planner"
    assert found["Traffic on the high street is expected t"] is None  # nothing presented: the minutes' own


# ------------------------------------------------- markets that offer a price


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The prediction markets were offering roughly even money on Saturday.", "The prediction markets"),
        ("Betting markets offer even money on a hung parliament.", "Betting markets"),
        ("The shop is offering a discount on Saturday.", None),
    ],
)
def test_a_market_that_offers_a_price(sentence: str, speaker: str | None) -> None:
    from tracker.extract.voices import market_speaker

    found = units("Notes\n\n" + sentence + "\n")
    assert market_speaker(found, len(found) - 1) == speaker


# ------------------------------------------------- a forecast the sentence points back to, and named estimates

WINTER_PLAN = """Winter plan

8. What we expect this winter
Our gritting plans are based on the Northern Met Office seasonal outlook issued on 1 October. That outlook gives a 35 percent chance of a colder-than-average January and says February is likely to be milder than average.
"""


def test_that_outlook_is_the_outlook_named_just_before() -> None:
    found = speakers(WINTER_PLAN)
    assert found["That outlook gives a 35 percent chance o"] == "the Northern Met Office"


def test_that_outlook_with_no_owner_named_is_nobodys() -> None:
    text = "Winter plan\n\nWe looked at the charts again. That outlook gives a 35 percent chance of a colder-than-average January.\n"
    assert set(speakers(text).values()) == {None}


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("The national forecaster's seasonal outlook gives a slightly better than even chance of a colder winter.", "The national forecaster"),
        ("Finance's base case is 24% next year.", "Finance"),
        ("Our base case is 24% next year.", None),
    ],
)
def test_seasonal_outlooks_and_base_cases_of_another_party(sentence: str, owner: str | None) -> None:
    from tracker.extract.voices import estimate_owner

    assert estimate_owner(sentence) == owner


# ------------------------------------------------- what is no frame of saying


def test_a_verb_of_the_forecast_and_tell_you_name_nobody() -> None:
    sentence = "My view is that the mayor stays until the budget, announced her exit there, and the race follows in May."
    assert trailing_speaker(sentence) is None
    text = ("Year ahead\n\nThe bear case is a slump late in the year, which we do not expect: the curve has been inverted "
            "for long enough that the textbook would tell you to worry.\n")
    assert speaker_of(text, "The bear case") is None


def test_says_before_our_writer_still_names_her() -> None:
    assert trailing_speaker("I'd make Okafor a slight favourite, about 55-45, says our stats writer Hana Leclerc.") == "Hana Leclerc"
