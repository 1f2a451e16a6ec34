"""Who is forecasting: the author (speaker None) or someone the article reports."""

from __future__ import annotations

import datetime as dt

from tracker.extract import Candidate, extract


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
    # bernardgoldberg.com, 2024 ("Prediction #1: ...") has this form; "My prediction" is the writer.
    c = only("My prediction: It will come to pass.")
    assert c.speaker is None


def test_quote_introduced_by_a_frame() -> None:
    # Seed 004.
    c = only("Before the video link, Kremlin spokesman Dmitry Peskov remarked: \"Putin will listen to Biden's proposals on Ukraine 'with great interest.'\"")
    assert c.speaker == "Dmitry Peskov"


def test_quote_followed_by_a_frame() -> None:
    # Daily Mail, 2021 (dev corpus): a single-quoted report with "the IG wrote" after it.
    c = only(
        "'Given the time needed to develop and fully test the HLS and new spacesuits, we project NASA will exceed its "
        "current timetable for landing humans on the Moon in late 2024 by several years,' the IG wrote in its report, issued on Monday."
    )
    assert c.speaker == "the IG"


def test_quote_with_the_speaker_on_the_line_above() -> None:
    # ainvest.com, 2024-07: James Smith's quote, laid out as seed 004 lays out Lavrov's.
    text = (
        "James Smith, chief economist at EconForecast LLC, said:\n\n"
        "\u201cThe US economy is outperforming every other Group of 20 country, and that should continue for years to come.\u201d\n"
    )
    assert only(text).speaker == "James Smith"


def test_according_to_names_the_source() -> None:
    # cfo.com, 2023 (NABE survey).
    c = only("Inflation will further slow next year, excluding food and energy costs, according to the NABE panel.")
    assert c.speaker == "the NABE panel"


def test_speaker_after_a_quote_with_a_job_title() -> None:
    # AFP, 2015-10-23 (dev corpus).
    found = extract(
        '"Kaczynski is sure to win and even if he doesn\'t manage a majority he will sweep up MPs from smaller parties," '
        "Warsaw-based political analyst Eryk Mistewicz told AFP."
    ).forecasts
    assert found and {c.speaker for c in found} == {"Eryk Mistewicz"}


def test_opening_subordinate_clause_does_not_frame_the_main_clause() -> None:
    # USA Today via goldberglawma.com mirror, 2023: "predict" sits in the "Although" clause.
    c = only("Although futures markets predict four to five quarter-point rate cuts in 2024, the Fed is likely to pencil in just two, according to Goldman Sachs and Barclays.")
    assert c.claim.startswith("The Fed will pencil in just two") and c.speaker == "Barclays" or c.speaker == "Goldman Sachs and Barclays"


def test_coordinated_subject_of_a_report() -> None:
    # USA Today via goldberglawma.com mirror, 2023.
    c = only("Markets aren't buying it and reckon the Fed will start lowering its key rate by spring.")
    assert c.speaker == "Markets"


def test_factive_verb_keeps_the_writers_forecast() -> None:
    # tallahassee.com, 2016-04-01: "It's becoming increasingly clear that ...".
    c = only("It\u2019s becoming increasingly clear that Trump will not get a majority of delegates pre-convention and that his prospects of winning a general election are dwindling.")
    assert (c.speaker, c.claim) == (None, "Trump will get a majority of delegates pre-convention")


def test_first_person_prediction_is_the_writers() -> None:
    # tallahassee.com, 2016-04-01.
    c = only("I am now predicting that the country will also not allow a Trump-Clinton election.")
    assert (c.speaker, c.claim) == (None, "The country will allow a Trump-Clinton election")


def test_writer_naming_itself_is_the_writer() -> None:
    # capitaleconomics.com, 2023, with its outlet line: the outlet speaking of itself is the author.
    text = "Fed to cut rates\n\nSource: Capital Economics\n\nCapital Economics expects core inflation to fall back to the 2% target by mid-2024.\n"
    c = only(text)
    assert c.speaker is None


def test_expected_event_in_a_quote() -> None:
    # sardismarkets24.com, 2024-10-29.
    c = only("Jefferies' senior economist Thomas Simons stated, \"I expect a 25 basis point cut at each of the next two meetings.\"")
    assert (c.speaker, c.claim) == ("Thomas Simons", "There will be a 25 basis point cut at each of the next two meetings")


def test_reported_would_is_a_forecast_of_the_named_speakers() -> None:
    # FOMC minutes, Dec 18-19 2018, Summary of Economic Projections (dev corpus): "will" shifted to "would".
    c = only(
        "Almost all participants who submitted longer-run projections continued to expect that the unemployment rate "
        "would run below their estimate of its longer-run level through 2021."
    )
    assert c.speaker == "Almost all participants who submitted longer-run projections"
    assert c.claim == "The unemployment rate will run below their estimate of its longer-run level through 2021"
    assert c.deadline == dt.date(2021, 12, 31) and c.probability == 0.7


def test_writers_own_past_would_is_not_a_forecast() -> None:
    # EIA Short-Term Energy Outlook, June 2024 (dev corpus): labelled reported-past-prediction.
    assert extract("In our May outlook, we had assumed OPEC+ would begin to relax some voluntary production cuts beginning in 3Q24.").forecasts == ()


def test_headline_reporting_a_forecast_keeps_its_speaker() -> None:
    # AFP via TRT World, Oct 2015 (dev corpus): headline and standfirst.
    text = (
        "Polls predict conservative party to win Polish elections\n\n"
        "Final polls predict strong victory for Law and Justice (PiS) party in Poland\u2019s general elections on Sunday\n\n"
        "The body follows here.\n"
    )
    assert [(c.speaker, c.claim) for c in extract(text).forecasts] == [
        ("Polls", "Conservative party will win Polish elections"),
        ("Final polls", "There will be strong victory for Law and Justice party in Poland\u2019s general elections on Sunday"),
    ]


def test_quotation_over_several_paragraphs_is_the_speakers_named_at_its_end() -> None:
    # sofiaglobe.com, 2025-10-14, quoting the IMF's World Economic Outlook.
    text = (
        "Risks are tilted to the downside, the report said.\n\n"
        "\u201cProlonged uncertainty, more protectionism, and labor supply shocks could reduce growth.\n\n"
        "\u201cPolicymakers are urged to restore confidence through credible, transparent, and sustainable policies, the IMF said.\n"
    )
    c = only(text)
    assert c.speaker == "the IMF"


def test_unattributed_quotation_in_a_report_is_not_the_writers() -> None:
    # highergroundtimes.com, 2022-12-28: the columnist quotes his own old predictions; in a text
    # that reports speech, a quotation with no speaker is nobody's forecast.
    text = (
        "Mr. Cashman has just been given a four-year extension, the team said.\n\n"
        "\u201cThe Yankees will not win the World Series (again), which will extend their drought to 13 years.\u201d Shot out the black on that one.\n"
    )
    assert [c for c in extract(text).forecasts if c.speaker is None] == []


def test_second_verb_phrase_shares_the_frame_of_its_that_clause() -> None:
    # Reuters via Daily Mail, Nov 2021 (dev corpus): "estimating" is not a report here.
    c = only(
        "The report also notes that NASA is not properly estimating all costs for the Artemis program and could "
        "spend as much as $93 billion between fiscal 2021 and fiscal 2025."
    )
    assert (c.speaker, c.claim) == ("The report", "NASA will spend as much as $93 billion between fiscal 2021 and fiscal 2025")
    assert c.deadline == dt.date(2025, 12, 31)


def test_frame_after_a_quotation_is_cut_from_the_claim() -> None:
    # AFP via TRT World, Oct 2015 (dev corpus).
    first, *_ = extract(
        '"Kaczynski is sure to win and even if he doesn\'t manage a majority he will sweep up MPs from smaller parties," '
        "Warsaw-based political analyst Eryk Mistewicz told AFP."
    ).forecasts
    assert first.speaker == "Eryk Mistewicz" and "told AFP" not in first.claim


def test_frame_inside_a_quotation_starts_the_claim() -> None:
    # Reuters via Daily Mail, Nov 2021 (dev corpus): "we project" is the IG's own frame.
    c = only(
        "'Given the time needed to develop and fully test the HLS and new spacesuits, we project NASA will exceed its "
        "current timetable for landing humans on the Moon in late 2024 by several years,' the IG wrote in its report, issued on Monday."
    )
    assert c.speaker == "the IG"
    assert c.claim == "NASA will exceed its current timetable for landing humans on the Moon in late 2024 by several years"


def test_source_and_news_peg_are_cut_from_the_claim() -> None:
    # AFP via TRT World, Oct 2015, and Reuters via Daily Mail, Nov 2021 (dev corpus).
    c = only(
        "Poland's conservative opposition is poised to win Sunday's general election, according to final polls, which "
        "suggest its welfare promises and anti-refugee rhetoric have helped clinch a hefty lead over the governing centrists."
    )
    assert (c.claim, c.speaker) == ("Poland's conservative opposition will win Sunday's general election", "final polls")
    c = only(
        "A report from NASA's inspector general said the U.S. space agency will miss its target for landing humans on the "
        "moon in late 2024 by 'several years,' just days after it pushed back its initial target date, citing cost overruns and lawsuits."
    )
    assert c.claim.endswith("in late 2024 by several years")


def test_poll_that_reveals_or_shows_is_the_speaker() -> None:
    # colombiareports.com, 2014: "revealed that" reports the poll's forecast; a trailing
    # "local media reported" is cut from the claim.
    c = only(
        "A poll released on Tuesday night revealed that Colombia\u2019s presidency will most likely be decided in a "
        "second round of elections, local media reported Wednesday."
    )
    assert (c.speaker, c.claim) == ("A poll released on Tuesday night", "Colombia\u2019s presidency will be decided in a second round of elections")


def test_a_day_is_not_the_speakers_name() -> None:
    # Xinhua via en.gmw.cn, 2018-10-11.
    c = only(
        "Brazil's right-wing presidential candidate Jair Bolsonaro is likely to win the runoff due on Oct. 28, "
        "according to a poll released on Wednesday."
    )
    assert c.speaker == "a poll released on Wednesday"


def test_copula_before_the_reporting_verb_names_its_subject() -> None:
    # colombiareports.com, 2014.
    c = only("The poll is the third in a week to predict that the presidency will be decided during a second round of elections.")
    assert c.speaker == "The poll"


def test_maintains_a_lead_is_not_a_report() -> None:
    # colombiareports.com, 2014: the frame is "showed that", not "maintains".
    c = only(
        "Polls on Sunday also showed that President Juan Manuel Santos maintains a comfortable lead, but that a "
        "second round is almost certain."
    )
    assert c.speaker == "Polls on Sunday" and c.claim == "A second round will happen"


def test_hearsay_adverb_is_nobodys_forecast() -> None:
    # colombiareports.com, 2014: "allegedly" reports an unnamed claim.
    assert extract(
        "Oscar Ivan Zuluaga, candidate for the Center Democratic Party of former President Alvaro Uribe, will "
        "allegedly come in second with 20.5%."
    ).forecasts == ()


def test_would_with_a_named_source_is_the_sources_forecast() -> None:
    # todaycolombia.com, 2014-04-28.
    c = only(
        "Colombian President Juan Manuel Santos would win a second term in office, but he may have to compete "
        "against rival candidates in a runoff, according to a poll published on Sunday."
    )
    assert (c.speaker, c.claim) == ("a poll published on Sunday", "Colombian President Juan Manuel Santos will win a second term in office")


def test_bare_would_stays_hypothetical() -> None:
    # miamiherald.com, 2017-02-19: no source, a condition.
    assert extract("If the Opina results are confirmed by the official count, that would be the case.").forecasts == ()


def test_frame_at_the_sentence_end_covers_its_first_clause() -> None:
    # markets.businessinsider.com, 2023-04 (Paul Sankey on CNBC).
    found = extract(
        "The surprise move last weekend by the Organization of Petroleum Exporting Countries and its allies to slash "
        "oil output will squeeze supply in time for the summer driving season - which will likely boost oil prices "
        "toward $100 a barrel, an energy analyst said."
    ).forecasts
    assert [c.speaker for c in found] == ["an energy analyst", "an energy analyst"]


def test_foresee_reports_and_discourse_words_are_not_the_speaker() -> None:
    # trademarketsnews.com, 2023-09.
    c = only("While some experts foresee that it will decline to $70 per barrel in 2024.")
    assert (c.speaker, c.deadline) == ("some experts", dt.date(2024, 12, 31))
    c = only("Furthermore, analysts expect crude prices to fall to an average of $84 per barrel in the fourth quarter of 2023.")
    assert c.speaker == "analysts"


def test_inverted_should_is_a_condition() -> None:
    # trademarketsnews.com, 2023-09: "should the rally continue" = "if the rally continues".
    assert extract("Analysts predicted that oil prices may climb $100 per barrel should the rally continue.").forecasts == ()


def test_first_person_frame_with_an_adverb_is_the_writers() -> None:
    # belgrade-news.com column, 2022-11.
    c = only("And I further predict that such a person will have won by a sizeable margin because nobody but a fool would want to challenge their win in a close election.")
    assert c.speaker is None and c.claim.startswith("Such a person will have won")


def test_says_without_that_still_reports_the_clause_after_but() -> None:
    # faribaultcountyregister.com editorial, 2012-11-04.
    c = only("Romney says things ain\u2019t that great, but he will make them better.")
    assert c.speaker == "Romney"


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
