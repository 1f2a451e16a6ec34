"""Whose forecast a sentence is when only the detector found it (``tracker/extract/voices.py``).

Sentences written here in the styles of the corpus (central bank accounts and statements,
staff picks, forecast products, crop outlooks); none is from the test split.
"""

from __future__ import annotations

import pytest

from tracker.extract import extract
from tracker.extract.units import units
from tracker.extract.voices import (
    _sentence_speaker,
    detector_speaker,
    estimate_owner,
    market_speaker,
    panel_call,
    panel_names,
    quotation_speaker,
    subject_forecaster,
    writer_names,
)


def speaker_of(text: str, sentence_start: str, writers: tuple[str, ...] = ()) -> str | None:
    found = units(text)
    position = next(i for i, unit in enumerate(found) if unit.text.startswith(sentence_start))
    return detector_speaker(found, position, writer_names(writers))


@pytest.mark.parametrize(
    ("text", "sentence", "speaker"),
    [
        # A frame anywhere in the sentence, not only before a cue.
        ("Participants noted that consumer spending would slow in the first half of next year.", "Participants", "Participants"),
        ("NOAA predicts an above-normal Atlantic hurricane season.", "NOAA", "NOAA"),
        # A label that names someone, over a score.
        ("Lucia Brannagh: Athletic 2, Rovers 1.", "Lucia", "Lucia Brannagh"),
        # An all-caps name over a first-person comment is the writer of that comment ...
        ("PRIYA: Ostravel are a 3-to-1 underdog at Kinloch, and I'll take those odds.", "PRIYA", "Priya"),
        # ... a product's section label is not.
        ("WIND: Southerly winds will increase to 20 knots by evening.", "WIND", None),
        # A topic before a colon is not a speaker.
        ("Policy rate: 3.25% at year end, two cuts.", "Policy", None),
        # The subject of a passive is what is forecast, not who forecasts it.
        ("Beet sugar is projected at 5.2 million tons, down from the previous forecast.", "Beet", None),
        # A product written in capitals has no speakers in its subjects.
        ("VFR CONDITIONS EXPECTED THROUGH THE FORECAST PERIOD.", "VFR", None),
        # Minutes: a body speaking for itself is the author's own voice.
        ("Members expected inflation to return to the target range in 2025.", "Members", None),
    ],
)
def test_speaker_from_the_sentence(text: str, sentence: str, speaker: str | None) -> None:
    assert speaker_of(text, sentence) == speaker


def test_staff_projections_are_the_staffs() -> None:
    text = (
        "The Governing Council met today. This assessment is reflected in the March ECB staff macroeconomic "
        "projections for the euro area. These projections foresee annual real GDP increasing by 1.1% in 2026."
    )
    assert speaker_of(text, "These projections") == "ECB staff"


def test_a_backshifted_forecast_belongs_to_the_speaker_its_paragraph_names() -> None:
    text = (
        "Starting with the global outlook, Mr Lane noted that activity had slowed at the turn of the year.\n\n"
        "Output growth was expected to average 0.6% in 2026 and 1.5% in 2027."
    )
    assert speaker_of(text, "Output growth") == "Lane"  # titles dropped, as the rules do


def test_a_backshifted_forecast_without_a_named_speaker_is_the_authors() -> None:
    text = "Rain fell all week in the valley. The river was expected to crest on Friday."
    assert speaker_of(text, "The river") is None


def test_the_writer_speaking_of_itself_is_the_author() -> None:
    text = "The Harbour Reserve Bank expects inflation to ease to 2% by the end of 2026."
    assert speaker_of(text, "The Harbour", writers=("Harbour Reserve Bank",)) is None
    assert speaker_of(text, "The Harbour") == "The Harbour Reserve Bank"


def test_a_quotation_with_no_frame_is_the_speaker_its_paragraph_names() -> None:
    text = (
        "Ada Marsh, the harbour master, told reporters that the ferry would resume on Monday.\n\n"
        "\u201cWe will see the worst of the swell on Saturday night.\u201d"
    )
    assert speaker_of(text, "\u201cWe will") == "Ada Marsh"


@pytest.mark.parametrize(
    ("text", "sentence", "speaker"),
    [
        # A named subject whose verb forecasts, with an object instead of a "that" clause.
        ("The Treasury projects real growth of 2.9 per cent this year.", "The Treasury", "The Treasury"),
        ("Harbour Energy now forecasts output of 40,000 barrels a day in 2027.", "Harbour", "Harbour Energy"),
        ("We project real growth of 2.9 per cent this year.", "We", None),
        # A body quoted by a trailing "said" is reported, not speaking in its own minutes ...
        ("The final count is not expected before May 3, the board said, and the seat stays vacant until then.",
         "The final", "the board"),
        # ... while evidence a text reads is nobody's voice.
        ("A broad set of early indicators pointed to a pickup in the second quarter.", "A broad", None),
    ],
)
def test_named_forecasters_quoted_bodies_and_evidence(text: str, sentence: str, speaker: str | None) -> None:
    assert speaker_of(text, sentence) == speaker


def test_a_body_in_its_own_minutes_is_still_the_author() -> None:
    text = "Minutes of the Board\n\nThe Board expected inflation to ease to 3 per cent by the end of 2027.\n"
    assert speaker_of(text, "The Board") is None


def test_the_columns_of_a_table_are_no_speaker() -> None:
    text = (
        "River outlook for the spring\n\n"
        "Gauge  Flood stage (ft) :  Chance of exceeding (%)\n"
        "Station   Minor  Major :  NOW  NORMAL  NOW  NORMAL\n"
        "Millford  9.0  12.0 :  35  20  10  5\n"
        "Ashby  11.0  15.5 :  15  12  <5  <5\n"
    )
    assert speaker_of(text, "Station") is None


@pytest.mark.parametrize(("text", "sentence", "speaker"), [
    ("Preview\n\nBookmakers have the Harbour Party at 1/4 to win the most seats. A Harbour majority has drifted to 9/2.\n",
     "A Harbour majority", "Bookmakers"),
    ("Preview\n\nThe Harbour Party are favourites at 7/4 with the main bookmakers.\n", "The Harbour Party", "the main bookmakers"),
    ("Preview\n\nThe Harbour Party are favourites at 7/4 to win the most seats.\n", "The Harbour Party", None),  # no book named
])
def test_a_price_is_the_books_it_is_quoted_from(text: str, sentence: str, speaker: str | None) -> None:
    assert speaker_of(text, sentence) == speaker


def test_forecasts_after_a_presented_forecast_in_minutes_are_its_owners() -> None:
    # Written here: minutes in which somebody presents a forecast; what follows in the paragraph
    # with no speaker of its own is the owner's (named after "'s" or "prepared by"), or the presenter's.
    text = (
        "Minutes of the Harbour Board, 3 March 2027\n\n"
        "4. Dredging budget. Mr. Oyelaran presented the engineers' cost forecast for the 2027-28 season. "
        "The channel works are projected at 4.1 million, about a tenth above this year. "
        "Fuel costs are expected to ease by the autumn.\n\n"
        "5. Moorings. The treasurer presented the draft projections. Mooring income is forecast to rise 6% in 2028.\n\n"
        "6. Pilotage. The clerk reviewed the traffic outlook prepared by the pilots' association. "
        "Ship calls are projected to fall by a twentieth next year.\n\n"
        "7. Berths. Berth fees are expected to rise again in 2028.\n"
    )
    speakers = {c.quote: c.speaker for c in extract(text, detector=True).forecasts}
    assert speakers["The channel works are projected at 4.1 million, about a tenth above this year."] == "the engineers"
    assert speakers["Fuel costs are expected to ease by the autumn."] == "the engineers"
    assert speakers["Mooring income is forecast to rise 6% in 2028."] == "The treasurer"
    assert speakers["Ship calls are projected to fall by a twentieth next year."] == "the pilots' association"
    # Another paragraph, with nothing presented: the writer's.
    assert speakers["Berth fees are expected to rise again in 2028."] is None


@pytest.mark.parametrize(("text", "sentence", "speaker"), [
    # A named market or instrument that prices an outcome is the speaker (the guide: "Swaps" is).
    ("Rates desk\n\nOvernight swaps price a 35% chance of a hike at the June meeting.\n", "Overnight swaps", "Overnight swaps"),
    ("Rates desk\n\nThe bond market is now pricing about two cuts before the end of 2028.\n", "The bond market", "The bond market"),
    ("Rates desk\n\nCopper futures imply roughly a 20% fall by the spring.\n", "Copper futures", "Copper futures"),
    ("Rates desk\n\nMarkets were pricing one more cut in 2028, with the first fully priced for March.\n", "Markets", "Markets"),
    # A noun, not a verb: "futures prices for wheat" prices nothing.
    ("Rates desk\n\nOn the basis of futures prices for wheat, bread inflation is likely to ease by summer.\n", "On the basis", None),
    # Another body's forecast that gives a chance is that body's.
    ("Outlook\n\nThe regional weather office's seasonal outlook, issued on 4 May, gives a 55 per cent chance of a dry July.\n",
     "The regional weather office", "The regional weather office"),
    ("Outlook\n\nThe national hydrology service gives a 30 percent chance of a spring flood on the Marrow.\n",
     "The national hydrology service", "The national hydrology service"),
])
def test_a_market_or_a_service_that_prices_or_gives_a_chance_is_the_speaker(text: str, sentence: str, speaker: str | None) -> None:
    found = units(text)
    position = next(i for i, unit in enumerate(found) if unit.text.startswith(sentence))
    assert market_speaker(found, position) == speaker


@pytest.mark.parametrize(("sentence", "speaker"), [
    # Another party that puts a number on an outcome.
    ("The regional exit poll puts the Harbour Party on 41 seats and the Greens on 12.", "The regional exit poll"),
    ("Once the swell eases, the ferry could sail on Sunday, though the port office put the chance of that at about 30 percent.",
     "the port office"),
    ("The spread firms have the Harbour Party's total at 88-93, with 90 needed.", "The spread firms"),
    # A forecast given as another party's estimate.
    ("The county surveyor's revised estimate for the bridge repair is 14 months.", "The county surveyor"),
    ("And the water company's own figures suggest bills rise by about 9% next April.", "the water company"),
    # The surveyed view a note quotes.
    ("Retail sales, October: consensus +0.4% m/m;", "consensus"),
    ("Tallow Foods: the street is at $0.84 a share.", "the street"),
    # The writer's own: the first person, whatever else the sentence names.
    ("We put the chance of a second strike at 35%, well above the consensus of 10%.", None),
    ("Our model puts the Harbour Party on 40 seats.", None),
    # Not an estimate: a perfect tense, a schedule, a pronoun, a policy target.
    ("Inflation has been running at 3% since the spring.", None),
    ("The planning board has its final vote on 6 October.", None),
    ("The harbour users have a briefing call at 2:30 PM.", None),
    ("Her projection for the season is a loss of about 4%.", None),
    ("Inflation is expected to fall to within the Bank's target band of 2 to 4 percent.", None),
])
def test_another_partys_stated_estimate_is_theirs(sentence: str, speaker: str | None) -> None:
    assert estimate_owner(sentence) == speaker


def test_a_stated_estimate_names_the_speaker_of_a_detector_candidate_and_of_a_rule_candidate() -> None:
    text = (
        "Election night, live\n\nThe broadcasters' exit poll puts the Harbour Party on 41 seats, the Greens on 12 "
        "and the Farmers on 9.\n\nThe Met office's forecast for the count is that heavy rain will fall all night.\n\n"
        "The Harbour Party will form the next government, I think.\n"
    )
    speakers = {c.quote: c.speaker for c in extract(text, detector=True).forecasts}
    assert speakers == {
        "The broadcasters' exit poll puts the Harbour Party on 41 seats, the Greens on 12 and the Farmers on 9.":
            "The broadcasters' exit poll",
        "The Met office's forecast for the count is that heavy rain will fall all night.": "The Met office",
        "The Harbour Party will form the next government, I think.": None,
    }


def test_a_market_that_prices_a_rule_candidate_is_its_speaker_and_we_are_ours() -> None:
    text = (
        "Morning note\n\nThe currency market is pricing a 40% chance that the central bank will hike in March. "
        "We expect the bank to wait until May.\n"
    )
    speakers = {c.quote: c.speaker for c in extract(text, detector=True).forecasts}
    assert speakers["The currency market is pricing a 40% chance that the central bank will hike in March."] == "The currency market"
    assert speakers["We expect the bank to wait until May."] is None
    # A clause of the same sentence in the first person is the writer's own.
    found = units("Rates desk\n\nOptions are pricing a 6% move either way; we think the move will be smaller.\n")
    assert market_speaker(found, 1) == "Options"
    assert market_speaker(found, 1, quote="we think the move will be smaller.") is None


def test_a_panels_answers_are_each_members_by_full_name_or_surname() -> None:
    # Written here: a panel introduced once by full name and role, then by surname alone.
    text = (
        "OUR JUDGES' PREDICTIONS\n\n"
        "Four judges answered the same three questions before the regatta.\n\n"
        "Winner\n"
        "Orla Fennimore (former champion): Harbour Blue.\n"
        "Tobias Quayle (coach): Westwind.\n"
        "Marguerite Olsen-Abara (our sailing correspondent): Harbour Blue.\n\n"
        "Fastest lap\n"
        "Fennimore: 41 seconds.\n"
        "Quayle: 39 seconds.\n"
        "Olsen-Abara: 40 seconds.\n"
    )
    found = {c.quote: c for c in extract(text, detector=True).forecasts}
    assert found["Orla Fennimore (former champion): Harbour Blue."].speaker == "Orla Fennimore"
    assert found["Tobias Quayle (coach): Westwind."].claim == "Westwind."
    assert found["Quayle: 39 seconds."].speaker == "Tobias Quayle"
    assert found["Olsen-Abara: 40 seconds."].speaker == "Marguerite Olsen-Abara"


def test_a_label_that_names_nobody_introduced_is_no_panel_member() -> None:
    found = units("Picks\n\nOrla Fennimore (former champion): Harbour Blue.\nWinner: Westwind.\n")
    names = panel_names(found)
    assert panel_call("Winner: Westwind.", names) is None
    assert panel_call("Fennimore: Westwind.", names) == ("Orla Fennimore", "Westwind.")


def test_an_estimate_stated_after_a_rules_clause_is_not_that_clauses() -> None:
    found = units("Sport\n\nThe darts final starts on Friday, and the same bookmaker has Ada Ferreira-Lowe at 6-4 to win it.\n")
    assert market_speaker(found, 1, quote="The darts final starts on Friday,") is None
    assert market_speaker(found, 1) == "the same bookmaker"


QUOTED_EXPERTS = (
    "Ferry vote explainer\n\n"
    "The harbour board has not said what happens if the levy fails.\n\n"
    'Dr Maren Oyelaran-Voss, transport economist at Kestle College: "Yes wins, probably by 54 to 46. '
    "Levies usually lose ground late. But I think turnout clears 35 per cent, so the result will stand.\" "
    "The count is on Friday night. I think it will be close.\n\n"
    '21:40 \u2014 A word of caution. Our data editor Tomas Brightwell: \u201cI\'d treat 41 seats as the middle of a range. '
    "A majority is possible, but I'd say less likely than not.\u201d We agree with him.\n"
)


def test_a_quotation_opened_after_a_named_persons_colon_is_hers_first_person_and_all() -> None:
    found = units(QUOTED_EXPERTS)
    speakers = {unit.text: quotation_speaker(found, at) for at, unit in enumerate(found)}
    assert speakers["Levies usually lose ground late."] == "Dr Maren Oyelaran-Voss"
    assert speakers['But I think turnout clears 35 per cent, so the result will stand."'] == "Dr Maren Oyelaran-Voss"
    assert speakers["A majority is possible, but I'd say less likely than not.\u201d"] == "Tomas Brightwell"
    # After the quotation closes, the writer speaks again.
    assert speakers["I think it will be close."] is None and speakers["We agree with him."] is None
    at = next(i for i, unit in enumerate(found) if unit.text.startswith("But I think turnout"))
    assert detector_speaker(found, at) == "Dr Maren Oyelaran-Voss"
    assert detector_speaker(found, next(i for i, unit in enumerate(found) if unit.text == "I think it will be close.")) is None


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Staff do not expect the reservoir to refill before 2029.", "Staff"),
    ("4.1 Staff judge it likely that two contractors will miss the March deadline.", "Staff"),
    ("For the year ahead, Treasury forecasts growth of 1.8 per cent, easing to 1.5 per cent in 2029.", "Treasury"),
    ("The Harbour Authority now expects traffic to fall.", "The Harbour Authority"),
    # The writer, a pronoun or nobody in particular is no speaker.
    ("We expect the reservoir to refill by June.", None),
    ("It forecasts a deficit for the third year.", None),
    ("Nobody expects the ferry to run on time.", None),
    ("I'd also expect the mayor to skip the second debate.", None),
    ("Preliminary forecasts for the season point to a larger crop.", None),
])
def test_a_named_subject_whose_verb_forecasts_is_the_speaker(sentence: str, speaker: str | None) -> None:
    assert subject_forecaster(sentence) == speaker


def test_a_rule_candidate_under_a_named_subject_that_forecasts_is_the_subjects() -> None:
    text = "Minutes\n\nStaff do not expect the reservoir to refill before 2029.\n\nWe expect the levy to rise in April.\n"
    speakers = {c.quote: c.speaker for c in extract(text, detector=True).forecasts}
    assert speakers["Staff do not expect the reservoir to refill before 2029."] == "Staff"
    assert speakers["We expect the levy to rise in April."] is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # A feast or a month after "by" is a date, never the subject of a participle frame.
        ("Retailers expect a rush by Christmas telling us the season is saved.", "Retailers"),
        ("The shops will be full by Easter telling us the recovery is real.", None),
        ("Grain will be scarce by March telling us the harvest failed.", None),
        # A capitalised name or a group after "with" still speaks through a participle.
        ("Goldman Sachs warning that oil will fall, traders sold.", "Goldman Sachs"),
        ("With analysts predicting a cut, the bank will move in June.", "analysts"),
    ],
)
def test_a_participle_frame_after_a_date_names_no_date(sentence: str, speaker: str | None) -> None:
    assert _sentence_speaker(sentence)[1] == speaker


def test_a_group_after_with_later_in_the_sentence_speaks_through_a_participle() -> None:
    sentence = "The union is expected to announce a yes vote when its ballot closes, with organisers predicting turnout will clear the threshold."
    assert _sentence_speaker(sentence)[1] == "organisers"
