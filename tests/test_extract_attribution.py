"""Who is forecasting: the author (speaker None) or someone the article reports."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import Candidate, extract
from tracker.extract.attribution import first_person_led


def only(text: str) -> Candidate:
    found = extract(text).forecasts
    assert len(found) == 1, [(c.claim, c.speaker) for c in found]
    return found[0]


def test_reporting_verb_with_that_names_a_group() -> None:
    # Seed 004 (Pepe Escobar, Global Research, 2021-12-09).
    c = only("Diplomats in Brussels routinely comment that Kiev will never be accepted as a NATO member.")
    assert (c.speaker, c.claim) == ("Diplomats in Brussels", "Kiev will be accepted as a NATO member")


def test_reporting_verb_without_that_and_titles_stripped() -> None:
    # Seed 000 (Pepe Escobar, The Cradle, 2023): nickname in quotes, "to the US Senate" before the clause.
    reported, *_ = extract(
        'Even Blinken\'s number two, Russophobic warmonger Victoria "F**k the EU" Nuland, has admitted to the US '
        "Senate there will be no Abrams tanks on the battlefield before Spring (realistically, only in 2024)."
    ).forecasts
    assert reported.speaker == "Victoria Nuland"
    assert reported.claim == "There will be Abrams tanks on the battlefield before Spring"


def test_writers_aside_inside_a_report_is_the_writers_forecast() -> None:
    # Seed 000: the bracketed "realistically, only in 2024" is Escobar's correction of Nuland's horizon.
    reported, own = extract(
        "Nuland has admitted to the US Senate there will be no Abrams tanks on the battlefield before Spring "
        "(realistically, only in 2024).",
        published=dt.date(2023, 1, 25),
    ).forecasts
    assert (reported.speaker, reported.deadline) == ("Nuland", dt.date(2023, 3, 20))
    assert (own.speaker, own.claim) == (None, "There will be Abrams tanks on the battlefield only in 2024")
    assert own.probability > 0.5 and own.deadline == dt.date(2024, 12, 31)


def test_seem_to_believe_is_a_report() -> None:
    # Seed 000.
    c = only('As for Ukraine itself, the Americans seem to believe it will be a "strong, non-corrupt economy with membership in the European Union."')
    assert c.speaker == "the Americans"


def test_report_carries_over_a_colon() -> None:
    # Seed 000: the operatives' bet is elaborated after the colon.
    found = extract(
        "Even old school, dissident Washington operatives - not beholden to the Straussian neocon galaxy - bet that "
        'the gambit will be a nothing burger: in classic "strategic ambiguity" mode, the Russians will continue on '
        'their stated drive of demilitarization, and will "stop" anytime and anywhere they see fit east of the Dnieper.'
    ).forecasts
    assert {c.speaker for c in found} == {"old school, dissident Washington operatives"}
    # "..., and will stop ..." is a second forecast about the same subject (labelled as one).
    assert [c.claim for c in found] == [
        "The gambit will be a nothing burger",
        "The Russians will continue on their stated drive of demilitarization",
        "The Russians will stop anytime and anywhere they see fit east of the Dnieper",
    ]


def test_speaker_label_before_a_colon() -> None:
    # Seed 004, first clause of the White House's line (the full line ends in a condition).
    assert only("The White House: The US will expand military aid to Ukraine.").speaker == "The White House"


def test_first_person_label_is_not_a_speaker() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("My prediction: It will come to pass.")
    assert c.speaker is None


def test_quote_introduced_by_a_frame() -> None:
    # Seed 004.
    c = only("Before the video link, Kremlin spokesman Dmitry Peskov remarked: \"Putin will listen to Biden's proposals on Ukraine 'with great interest.'\"")
    assert c.speaker == "Dmitry Peskov"


def test_quote_followed_by_a_frame() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only(
        "'Given the time needed to build and fully test the new locks and gates, we project the Board will exceed its "
        "current timetable for opening the canal in late 2031 by several years,' the auditor wrote in its report, issued on Monday."
    )
    assert c.speaker == "the auditor"


def test_quote_with_the_speaker_on_the_line_above() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    text = (
        "Nadia Brook, chief economist at Harbour Research, said:\n\n"
        "\u201cThe island's economy is outgrowing every neighbouring one, and that should continue for years to come.\u201d\n"
    )
    assert only(text).speaker == "Nadia Brook"


def test_according_to_names_the_source() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("Rents will further slow next year, excluding harbour fees, according to the survey panel.")
    assert c.speaker == "the survey panel"


def test_speaker_after_a_quote_with_a_job_title() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    found = extract(
        '"Voss is sure to win and even if she doesn\'t manage a majority she will sweep up members from smaller parties," '
        "Carrow-based political analyst Tomas Reed told the Gazette."
    ).forecasts
    assert found and {c.speaker for c in found} == {"Tomas Reed"}


def test_opening_subordinate_clause_does_not_frame_the_main_clause() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("Although futures markets predict four to five quarter-point rate cuts in 2031, the central bank is likely to pencil in just two, according to Harbour Bank and Quayside Trust.")
    assert c.claim.startswith("The central bank will pencil in just two") and c.speaker in ("Quayside Trust", "Harbour Bank and Quayside Trust")


def test_coordinated_subject_of_a_report() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("Markets aren't buying it and reckon the central bank will start lowering its key rate by spring.")
    assert c.speaker == "Markets"


def test_factive_verb_keeps_the_writers_forecast() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("It\u2019s becoming increasingly clear that Harlow will not get a majority of delegates pre-convention and that his prospects of winning a general election are dwindling.")
    assert (c.speaker, c.claim) == (None, "Harlow will get a majority of delegates pre-convention")


def test_first_person_prediction_is_the_writers() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("I am now predicting that the country will also not allow a Harlow-Voss election.")
    assert (c.speaker, c.claim) == (None, "The country will allow a Harlow-Voss election")


def test_writer_naming_itself_is_the_writer() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    text = "Rates to fall\n\nSource: Quayside Economics\n\nQuayside Economics expects core inflation to fall back to the 2% target by mid-2031.\n"
    c = only(text)
    assert c.speaker is None


def test_expected_event_in_a_quote() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("Quayside's senior economist Ada Marsh stated, \"I expect a 25 basis point cut at each of the next two meetings.\"")
    assert (c.speaker, c.claim) == ("Ada Marsh", "There will be a 25 basis point cut at each of the next two meetings")


def test_reported_would_is_a_forecast_of_the_named_speakers() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only(
        "Almost all members who submitted longer-run estimates continued to expect that the vacancy rate "
        "would run below their estimate of its longer-run level through 2031."
    )
    assert c.speaker == "Almost all members who submitted longer-run estimates"
    assert c.claim == "The vacancy rate will run below their estimate of its longer-run level through 2031"
    assert c.deadline == dt.date(2031, 12, 31) and c.probability == 0.7


def test_writers_own_past_would_is_not_a_forecast() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    assert extract("In our May outlook, we had assumed the cartel would begin to relax some of its output cuts beginning in 3Q31.").forecasts == ()


def test_headline_reporting_a_forecast_keeps_its_speaker() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    text = (
        "Polls predict harbour party to win Carrow elections\n\n"
        "Final polls predict strong victory for Quay and Country (QC) party in Carrow\u2019s general elections on Sunday\n\n"
        "The body follows here.\n"
    )
    assert [(c.speaker, c.claim) for c in extract(text).forecasts] == [
        ("Polls", "Harbour party will win Carrow elections"),
        ("Final polls", "There will be strong victory for Quay and Country party in Carrow\u2019s general elections on Sunday"),
    ]


def test_quotation_over_several_paragraphs_is_the_speakers_named_at_its_end() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    text = (
        "Risks are tilted to the downside, the report said.\n\n"
        "\u201cLong delays, more tariffs, and shortages of dock workers could reduce trade.\n\n"
        "\u201cThe towns are urged to restore confidence through clear, open, and lasting policies, the Harbour Fund said.\n"
    )
    c = only(text)
    assert c.speaker == "the Harbour Fund"


def test_unattributed_quotation_in_a_report_is_not_the_writers() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    text = (
        "Mr. Marsh has just been given a four-year extension, the club said.\n\n"
        "\u201cThe Rovers will not win the league (again), which will extend their drought to 13 years.\u201d Right on the nose with that one.\n"
    )
    assert [c for c in extract(text).forecasts if c.speaker is None] == []


def test_second_verb_phrase_shares_the_frame_of_its_that_clause() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only(
        "The report also notes that the Board is not properly estimating all costs for the canal program and could "
        "spend as much as $9 billion between fiscal 2031 and fiscal 2035."
    )
    assert (c.speaker, c.claim) == ("The report", "The Board will spend as much as $9 billion between fiscal 2031 and fiscal 2035")
    assert c.deadline == dt.date(2035, 12, 31)


def test_frame_after_a_quotation_is_cut_from_the_claim() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    first, *_ = extract(
        '"Voss is sure to win and even if she doesn\'t manage a majority she will sweep up members from smaller parties," '
        "Carrow-based political analyst Tomas Reed told the Gazette."
    ).forecasts
    assert first.speaker == "Tomas Reed" and "told the Gazette" not in first.claim


def test_frame_inside_a_quotation_starts_the_claim() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only(
        "'Given the time needed to build and fully test the new locks and gates, we project the Board will exceed its "
        "current timetable for opening the canal in late 2031 by several years,' the auditor wrote in its report, issued on Monday."
    )
    assert c.speaker == "the auditor"
    assert c.claim == "The Board will exceed its current timetable for opening the canal in late 2031 by several years"


def test_source_and_news_peg_are_cut_from_the_claim() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only(
        "Carrow's harbour opposition is poised to win Sunday's general election, according to final polls, which "
        "suggest its promises on fees and ferries have helped clinch a hefty lead over the governing centrists."
    )
    assert (c.claim, c.speaker) == ("Carrow's harbour opposition will win Sunday's general election", "final polls")
    c = only(
        "A report from the Board's inspector general said the harbour agency will miss its target for opening the "
        "canal in late 2031 by 'several years,' just days after it pushed back its initial target date, citing cost overruns and lawsuits."
    )
    assert c.claim.endswith("in late 2031 by several years")


def test_poll_that_reveals_or_shows_is_the_speaker() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only(
        "A poll released on Tuesday night revealed that Carrow\u2019s mayoralty will most likely be decided in a "
        "second round of elections, local media reported Wednesday."
    )
    assert (c.speaker, c.claim) == ("A poll released on Tuesday night", "Carrow\u2019s mayoralty will be decided in a second round of elections")


def test_a_day_is_not_the_speakers_name() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only(
        "Carrow's harbour-party candidate Mara Voss is likely to win the runoff due on Oct. 28, "
        "according to a poll released on Wednesday."
    )
    assert c.speaker == "a poll released on Wednesday"


def test_copula_before_the_reporting_verb_names_its_subject() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("The poll is the third in a week to predict that the mayoralty will be decided during a second round of elections.")
    assert c.speaker == "The poll"


def test_maintains_a_lead_is_not_a_report() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only(
        "Polls on Sunday also showed that Mayor Ada Marsh maintains a comfortable lead, but that a "
        "second round is almost certain."
    )
    assert c.speaker == "Polls on Sunday" and c.claim == "A second round will happen"


def test_hearsay_adverb_is_nobodys_forecast() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    assert extract(
        "Tomas Reed, candidate for the Quay Party of former Mayor Ada Marsh, will "
        "allegedly come in second with 20.5%."
    ).forecasts == ()


def test_would_with_a_named_source_is_the_sources_forecast() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only(
        "Carrow Mayor Ada Marsh would win a second term in office, but she may have to compete "
        "against rival candidates in a runoff, according to a poll published on Sunday."
    )
    assert (c.speaker, c.claim) == ("a poll published on Sunday", "Carrow Mayor Ada Marsh will win a second term in office")


def test_bare_would_stays_hypothetical() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    assert extract("If the poll results are confirmed by the official count, that would be the case.").forecasts == ()


def test_frame_at_the_sentence_end_covers_its_first_clause() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    found = extract(
        "The surprise move last weekend by the cartel of grain exporters and its allies to slash "
        "wheat output will squeeze supply in time for the winter baking season - which will likely boost flour prices "
        "toward $500 a tonne, a grain analyst said."
    ).forecasts
    assert [c.speaker for c in found] == ["a grain analyst", "a grain analyst"]


def test_foresee_reports_and_discourse_words_are_not_the_speaker() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("While some experts foresee that it will decline to $70 per tonne in 2031.")
    assert (c.speaker, c.deadline) == ("some experts", dt.date(2031, 12, 31))
    c = only("Furthermore, analysts expect wheat prices to fall to an average of $84 per tonne in the fourth quarter of 2031.")
    assert c.speaker == "analysts"


def test_inverted_should_is_a_condition() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    assert extract("Analysts predicted that flour prices may climb $100 per tonne should the rally continue.").forecasts == ()


def test_first_person_frame_with_an_adverb_is_the_writers() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("And I further predict that such a candidate will have won by a sizeable margin because nobody but a fool would want to challenge their win in a close race.")
    assert c.speaker is None and c.claim.startswith("Such a candidate will have won")


def test_says_without_that_still_reports_the_clause_after_but() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("Harlow says things ain\u2019t that great, but he will make them better.")
    assert c.speaker == "Harlow"


# ---------------------------------------------------------------- attribution from context
# Written for these tests: the speaker is named in another sentence or paragraph.

def test_a_quotation_after_a_paragraph_that_names_its_speaker_is_hers() -> None:
    text = (
        "Harbour notes\n\nAda Marsh, the harbour master, told reporters about the storm season on Monday.\n\n"
        "\"We have seen the tides. The quay will flood before Christmas.\"\n"
    )
    assert [(c.speaker, c.claim) for c in extract(text).forecasts] == [("Ada Marsh", "The quay will flood before Christmas")]


def test_she_continued_after_a_paragraph_that_names_her() -> None:
    text = (
        "Harbour notes\n\nThe harbour master, Ada Marsh, spoke to reporters on Monday about the storm season.\n\n"
        "\"The quay will flood before Christmas,\" she continued.\n"
    )
    assert [(c.speaker, c.claim) for c in extract(text).forecasts] == [("Ada Marsh", "The quay will flood before Christmas")]


def test_according_to_later_in_the_paragraph_covers_its_earlier_forecasts() -> None:
    text = (
        "Harbour notes\n\nThe quay will flood before Christmas. The road will close by the new year, "
        "according to the harbour master, Ada Marsh.\n"
    )
    assert [c.speaker for c in extract(text).forecasts] == ["Ada Marsh", "the harbour master"]


def test_according_to_does_not_take_the_writers_own_words() -> None:
    text = (
        "Harbour notes\n\nI think the quay will flood before Christmas. The road will close by the new year, "
        "according to the harbour master.\n"
    )
    assert [c.speaker for c in extract(text).forecasts] == [None, "the harbour master"]


def test_a_section_label_of_a_forecast_product_is_not_a_speaker() -> None:
    assert only("GALES:  Severe gales will reach the outer islands by Thursday night.").speaker is None


def test_a_noun_or_adjective_after_a_comma_is_no_trailing_speaker() -> None:
    # Written here: "estimated", "forecast" after an article or a preposition describe a noun.
    for sentence in (
        "Tin prices are forecast to rise by 2 percent in 2027, following an estimated 6 percent fall this year.",
        "Fares will go up in every region next spring, except in the north, where the forecast is flat.",
        "Output will recover in 2027, at a projected cost of two billion.",
    ):
        assert [c.speaker for c in extract(sentence).forecasts] == [None], sentence


def test_what_a_passive_forecasts_is_not_its_speaker() -> None:
    # Written here: the subject of "is projected", "are forecast to" is the thing forecast.
    for sentence in (
        "As barley use is expected to outgrow the crop, oat stocks are forecast to fall by a fifth in 2027.",
        "Although demand will grow in 2027, beet sugar output is projected at 5.1 million tons.",
        "Milk output will climb in 2027, with cheese exports expected to rise again.",
    ):
        assert {c.speaker for c in extract(sentence).forecasts} == {None}, sentence
    # A named forecaster after the comma still is one.
    assert [c.speaker for c in extract("Rents will rise in 2027, the agency predicted.").forecasts] == ["the agency"]


def test_a_frame_verb_inside_a_compound_adjective_frames_nothing() -> None:
    # Written here: "tighter-than-expected" is an adjective, not somebody expecting.
    assert [c.speaker for c in extract("A tighter-than-expected harvest could lift wheat prices in 2027.", detector=True).forecasts] == [None]


def test_a_frame_the_writer_leads_is_the_writers_own() -> None:
    # Written here: "I" or "we" behind a conjunction, a contraction or an adverb still frames the
    # writer's own forecast; "our economists" are somebody the writer reports.
    for sentence in (
        "The ferry has run late all year, and I am prepared to say that it will be sold by 2029.",
        "We therefore expect the harbour fees to rise again in 2028.",
        "I venture to say that the canal will carry no coal by 1950.",
        "I'm confident the toll bridge will open before the summer.",
    ):
        assert {c.speaker for c in extract(sentence, detector=False).forecasts} == {None}, sentence
    assert [c.speaker for c in extract("Our economists project that rents will fall in 2028.", detector=False).forecasts] == ["Our economists"]
    assert first_person_led("and I am prepared to") and first_person_led("We therefore") and first_person_led("I\u2019m")
    assert not first_person_led("Our economists") and not first_person_led("Iris Okafor")
