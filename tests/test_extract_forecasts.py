"""Forecast rules: one test per rule, each with a real sentence that needs it.

Sources: the seed articles (Pepe Escobar: 000 from The Cradle, 2023; 004 from Global
Research, 2021-12-09), the dev corpus (tests/fixtures/articles/dev), and public web
pages named in each comment.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tracker import estimative
from tracker.extract import Candidate, extract


def only(text: str, published: dt.date | None = None) -> Candidate:
    """The single candidate ``text`` yields."""
    found = extract(text, published=published).forecasts
    assert len(found) == 1, [c.claim for c in found]
    return found[0]


def none_in(text: str) -> None:
    found = extract(text).forecasts
    assert found == (), [c.claim for c in found]


# --- future constructions and their probabilities -------------------------------------


def test_unhedged_will_is_high() -> None:
    # Seed 004.
    c = only('So regardless of what Biden may have said, Putin, pragmatically, will adopt a "wait and see" approach, and then act accordingly.')
    assert (c.claim, c.probability, c.speaker) == ("Putin will adopt a wait and see approach", estimative.UNHEDGED_WILL, None)


def test_will_likely_reads_likely() -> None:
    # Seed 000: the factive "Realizing" keeps the forecast with the author.
    c = only("Realizing NATO's war with Russia will likely end unfavorably, the US is test-driving an exit offer.")
    assert (c.claim, c.probability, c.cue, c.speaker) == ("NATO's war with Russia will end unfavorably", 0.7, "will likely", None)


def test_will_almost_certainly_miss_its_goal_is_low_for_the_goal() -> None:
    # Japan Times / Bloomberg op-ed, 2020 (dev corpus): "miss its goal of" denies the goal.
    c = only("It will almost certainly miss its goal of landing Americans on the moon again by 2024.")
    assert c.claim == "It will meet its goal of landing Americans on the moon again by 2024"
    assert c.probability == estimative.PHRASES["almost certainly not"]
    assert c.deadline == dt.date(2024, 12, 31)


def test_sooner_rather_than_later_is_high_without_deadline() -> None:
    # Seed 000.
    c = only(
        "Their power is slipping away, fast: Militarily, via NATO's progressive humiliation in Ukraine; Financially, "
        "sooner rather than later, most of the Global South will want nothing to do with the currency of a bankrupt "
        "rogue giant; Politically, the global majority is taking decisive steps to stop obeying a rapacious minority."
    )
    assert c.claim.startswith("Most of the Global South will want nothing to do with")
    assert c.probability == estimative.UNHEDGED_WILL and c.deadline is None
    assert c.cue.startswith("sooner rather than later")


def test_there_will_be_no_is_restated_positively() -> None:
    # Seed 004.
    c = only("There will be no NATO war on Russia \u2013 as Martyanov himself has extensively demonstrated NATO wouldn\u2019t last five minutes against Russian hypersonic weapons.")
    assert (c.claim, c.probability) == ("There will be a NATO war on Russia", estimative.THERE_WILL_BE_NO)


def test_will_never_is_restated_positively() -> None:
    # Seed 004: factive "knows" keeps it the author's.
    c = only("He knows those who run NATO will never commit themselves in writing.")
    assert (c.claim, c.probability, c.speaker) == ("Those who run NATO will commit themselves in writing", estimative.WILL_NEVER, None)


def test_will_not_mirrors_unhedged_will() -> None:
    # ronellsmith.substack.com, "And the winner is...", 2024.
    c = only("\u201cTrump will not win.\u201d")
    assert (c.claim, c.probability) == ("Trump will win", estimative.UNHEDGED_WILL_NOT)


def test_nobody_expects_names_its_own_subject() -> None:
    # Seed 004 standfirst.
    c = only("Russian and US leaders dropped their respective rhetorical gauntlets but nobody really expects Russia to invade Ukraine.")
    assert (c.claim, c.probability, c.cue) == ("Russia will invade Ukraine", estimative.NOBODY_EXPECTS, "nobody really expects")


def test_idle_to_expect_reads_like_nobody_expects() -> None:
    # Seed 004.
    c = only("It\u2019s idle to expect the video link to produce practical results.")
    assert (c.claim, c.probability) == ("The video link will produce practical results", estimative.NOBODY_EXPECTS)


def test_cannot_possibly_is_highly_unlikely() -> None:
    # Seed 004.
    c = only("Team Biden cannot possibly deliver: they would be eaten alive by the \u201cWar Incestablishment\u201d.")
    assert (c.claim, c.probability) == ("Team Biden will deliver", estimative.CANNOT_POSSIBLY)


def test_might_is_a_possibility() -> None:
    # Seed 000: two clauses, two forecasts; the "won't" one is the mirror of "will".
    found = extract("It just won't be a rump Ukraine, and Kiev might even retain those western lands that Poland is dying to gobble up.").forecasts
    assert [(c.claim, c.probability) for c in found] == [
        ("It will be a rump Ukraine", estimative.UNHEDGED_WILL_NOT),
        ("Kiev will retain those western lands that Poland is dying to gobble up", estimative.PHRASES["might"]),
    ]


def test_relative_pronoun_subject_is_its_antecedent() -> None:
    # Seed 000.
    c = only("The Americans are actually proposing a variation of the classic, including some concessions which may satisfy Russia's security imperatives.")
    assert c.claim == "Some concessions will satisfy Russia's security imperatives"


def test_subject_separated_by_asides() -> None:
    # Seed 004: the subject comes before three comma-separated asides.
    found = extract("\u201cInvasion\u201d is a joke; Ukraine, rotting from the inside, consumed by fear, loathing and poverty, will remain in limbo, while Donetsk and Lugansk will be progressively interconnected with the Russian Federation.").forecasts
    assert [c.claim for c in found] == [
        "Ukraine will remain in limbo",
        "Donetsk and Lugansk will be progressively interconnected with the Russian Federation",
    ]


def test_is_poised_to_is_a_forecast_even_when_coordinated() -> None:
    # Japan Times / Bloomberg op-ed, 2020 (dev corpus).
    c = only("Pieces of the program, including the SLS rocket and Orion spacecraft, are billions of dollars over budget, years past deadline and poised to eat into NASA\u2019s more promising projects.")
    assert c.claim == "Pieces of the program will eat into NASA\u2019s more promising projects"
    assert c.probability > 0.5


def test_going_to_negated() -> None:
    # capitaleconomics.com, "Weaker data likely to limit Fed to one more rate hike", 2023.
    c = only("The employment and core inflation data isn\u2019t going to turn that quickly.")
    assert c.claim == "The employment and core inflation data will turn that quickly" and c.probability < 0.5


def test_projected_to_is_the_writers_projection() -> None:
    # topix.com, 2016-12-21, adapted from "New York has passed a similar law that will go into effect in 2018"
    # is a timetable (see below); this projection is from informedamericantoday.com, 2023-12-13.
    c = only("Comprehensive paid leave legislation could soon be on the horizon.")
    assert c.probability == estimative.PHRASES["could"]


def test_epistemic_should_with_a_verb_of_change() -> None:
    # ainvest.com, 2024-07 (quoting James Smith, EconForecast LLC).
    c = only("The US economy is outperforming every other Group of 20 country, and that should continue for years to come.")
    assert c.claim == "That will continue for years to come" and c.probability == estimative.PHRASES["probably"]


def test_expect_noun_phrase_to_verb_in_first_person() -> None:
    # capitaleconomics.com, "Fed to cut rates as core inflation normalises", 2023.
    c = only("We expect GDP growth to slow from 2.1% this year to only 0.8% in 2024, with the economy still likely to experience a near recession around the end of this year.")
    assert (c.claim, c.speaker) == ("GDP growth will slow from 2.1% this year to only 0.8% in 2024", None)
    assert c.probability == estimative.PHRASES["we believe"]


def test_first_person_doubt_frame_lowers_the_clause() -> None:
    # benzinga.com, 2015 (Mikhail Melnik): a negated first-person belief inside his quote.
    c = only("\u201cIn fact I don't believe it will call for it in 12 months,\u201d Melnik said.")
    assert (c.speaker, c.probability) == ("Melnik", estimative.DONT_THINK)


def test_we_suspect_is_a_hedged_own_forecast() -> None:
    # capitaleconomics.com, 2023.
    c = only("Under those circumstances, we suspect the Fed will eventually abandon its higher for longer rhetoric, and cut interest rates by a cumulative 200bp next year.")
    assert (c.claim, c.speaker, c.probability) == ("The Fed will abandon its higher for longer rhetoric", None, 0.7)


def test_stated_percentage_is_taken_as_written() -> None:
    # ainvest.com, 2024-07, adapted: economists "put the likelihood of a recession in the next 12 months at 30%".
    c = only("There is a 30% chance of a recession in the next 12 months.", published=dt.date(2024, 7, 20))
    assert (c.claim, c.probability) == ("There will be a recession in the next 12 months", 0.3)
    assert c.deadline == dt.date(2025, 7, 20)


def test_present_tense_about_a_future_year_in_a_projection() -> None:
    # newsmax.com, 2015-06-19, adapted: "the unemployment rate would be 5.2 percent ... by year's end".
    c = only("In the committee's projections, the unemployment rate falls to 5 percent by 2017.", published=dt.date(2015, 6, 19))
    assert c.claim == "The unemployment rate will fall to 5 percent by 2017"


def test_not_until_means_not_before() -> None:
    # EIA Short-Term Energy Outlook, June 2024 (dev corpus).
    c = only("We now expect OPEC+ will not begin relaxing voluntary cuts until 4Q24, in line with the group\u2019s recent announcement.")
    assert c.claim.startswith("OPEC+ will begin relaxing voluntary cuts before 4Q24") and c.probability < 0.5


# --- what is not a forecast -----------------------------------------------------------


def test_question_is_not_a_forecast() -> None:
    # Seed 000.
    none_in("But why should Moscow take indirect proposals seriously, especially on the eve of its new military advance?")


def test_should_demand_is_not_a_forecast() -> None:
    # Seed 004.
    none_in("According to the deal, Kiev should grant autonomy to Donbass via a constitutional amendment.")


def test_would_is_hypothetical() -> None:
    # Seed 000.
    none_in("Ukraine would have a demilitarized status, and the deployment of HIMARS missiles would be confined to western Ukraine.")


def test_may_have_looks_back() -> None:
    # Seed 000 (first clause of a longer sentence).
    none_in("What may have been offered, in quite hazy terms, is in fact a partition of Ukraine.")


def test_concessive_may_is_not_a_forecast() -> None:
    # Seed 004.
    none_in("Washington may deny it ad infinitum, but Ukraine is part of Russia's sphere of influence.")


def test_conditional_is_not_a_forecast() -> None:
    # Seed 004: conditional forecasts cannot be scored unless the condition happens.
    none_in("If nothing is done to force Kiev to abide by the Minsk Agreement, Russia will \u201cneutralize\u201d the threat on its own terms.")
    none_in("The White House: The US will expand military aid to Ukraine if Russia takes steps against it.")


def test_condition_stops_at_the_colon() -> None:
    # Seed 004.
    c = only("But if things can get worse, they will: Kiev will become one of those NATO special partners, a desperately poor, hungry for territory, rogue actor.")
    assert c.claim.startswith("Kiev will become one of those NATO special partners")


def test_even_if_is_not_a_condition() -> None:
    # AFP, 2015-10-23 (dev corpus): the forecast holds either way; it is the analysts'.
    c = only("Even if controversial PiS leader Jaroslaw Kaczynski fails to secure the 231-seat majority he needs to govern alone, analysts insist the 66-year-old former premier will easily find MPs from smaller parties willing to join his government.")
    assert c.speaker == "analysts"


def test_writers_plan_is_not_a_forecast() -> None:
    # valdostadailytimes.com letter, 2020-07-15.
    none_in("Then we\u2019ll see how the voters react.")


def test_what_a_bill_provides_is_not_a_forecast() -> None:
    # gjchamber.org, 2020-02-13.
    none_in("The bill will still require that all employers provide paid family leave to their employees.")


def test_timetable_is_not_a_forecast() -> None:
    # topix.com, 2016-12-21.
    none_in("New York has passed a similar law that will go into effect in 2018.")


def test_embedded_question_is_not_a_forecast() -> None:
    # bernardgoldberg.com, 2024.
    none_in("So nobody knows what surprises will pop up between now and November 5.")


def test_negated_report_is_nobodys_forecast() -> None:
    # Seed 004.
    none_in("Even the CIA\u2019s William Burns admitted that US intel had no intel to \u201cconclude\u201d that Russia will dutifully answer the War Inc prayers and finally \u201cinvade\u201d Ukraine.")


@pytest.mark.parametrize(
    "sentence",
    [
        # Seed 004: a pledge that was not given, and a demanded guarantee.
        "Biden did not give Putin any commitments that Ukraine will remain outside NATO.",
        "Putin demanding from the US a written, legally binding guarantee that the alliance will not advance further eastward towards Russian borders is the game-changer here.",
    ],
)
def test_pledges_and_demands_are_not_forecasts(sentence: str) -> None:
    none_in(sentence)


# --- plans, exhortations, purposes and wishes (tracker/extract/intentions.py) ----------


@pytest.mark.parametrize(
    "sentence",
    [
        # CBO Director's remarks, Feb 2024 (dev corpus): the speaker's own next steps.
        "This afternoon, I will brief the press about the Congressional Budget Office\u2019s new report, The Budget and Economic Outlook: 2024 to 2034.",
        "In this briefing, I\u2019ll talk first about the federal budget, and then I\u2019ll discuss the economy.",
        # H. G. Wells, "The Need of a New Map of Europe", 1914 (dev corpus): exhortation, purpose,
        # a wish set off as an aside, a proposal, a concession.
        "Let us see to it that at the ultimate settlement the Germans, however great his overthrow may be, are all left free men.",
        "That means that we have to re-draw the map so that there shall be, for just as far as we can see ahead, as little cause for warfare among us Western nations as possible.",
        "No one, I hope, will suggest after this war that we should still leave things to the diplomatists.",
        "I propose then we define that as our national intention, that we use all the liberalising influence this present war will give us in Russia to that end.",
        # blog.skepticallibertarian.com, 2014-03-19: "Never again will we ..." is a vow.
        "Never again will we launch a war of choice against a nation that was a threat to no one, let alone Americans.",
    ],
)
def test_plans_and_exhortations_are_not_forecasts(sentence: str) -> None:
    none_in(sentence)


def test_we_will_see_with_an_object_forecasts() -> None:
    # vailvalleymeansbusiness.com, 2022-05-25 (Curtis Dubay, U.S. Chamber of Commerce); the
    # waiting "we'll see how the voters react" stays a plan (test_writers_plan_is_not_a_forecast).
    c = only("Looking ahead: we will see inflation drop through the rest of the year.")
    assert c.claim == "We will see inflation drop through the rest of the year"


def test_process_commitment_of_an_institution_is_not_a_forecast() -> None:
    # FOMC statement wording (federalreserve.gov, e.g. 2018-12-19).
    none_in("The Committee will continue to monitor inflation indicators and global economic and financial developments.")


@pytest.mark.parametrize(
    "sentence",
    [
        # Wells 1914 (dev corpus): a hedged way of saying, not a forecast.
        "I could imagine that new map of Europe as if it were the flag of the allies who now prepare to press the Germans back towards their proper territory.",
    ],
)
def test_modal_of_saying_is_not_a_forecast(sentence: str) -> None:
    none_in(sentence)


def test_described_prediction_is_nobodys_forecast() -> None:
    # Tim Harford column on Keynes, c. 2015 (dev corpus): labelled reported-past-prediction.
    none_in(
        "The essay offers two famous speculations: that people in 2030 will be eight times better off than people in "
        "1930; and that as a result we will all be working 15-hour weeks and wondering how to fill our time."
    )


def test_consensus_view_is_not_the_writers() -> None:
    # mrbpartners.com, 2021-04-26: the writers report the consensus before disagreeing with it.
    none_in(
        "We concluded that the consensus view, encouraged by hyper-dovish central banks, is that this year\u2019s pop "
        "in core inflation will peter out and the low inflation backdrop will continue for a long time to come."
    )


def test_our_view_that_is_the_writers_forecast() -> None:
    # capitaleconomics.com, European Economics Update, 2021.
    c = only("All this supports our view that temporary forces will push inflation above 2% later this year, before it then drops back in 2022.")
    assert (c.speaker, c.probability) == (None, estimative.PHRASES["we believe"])
    assert c.claim.startswith("Temporary forces will push inflation above 2% later this year")


def test_hypothetical_report_is_nobodys() -> None:
    # mrbpartners.com-style hedge: "one might argue" reports nobody in particular.
    none_in("One might argue that the consensus view will prove right.")


# --- forecasts in the word order or the predicate (tracker/extract/predicates.py) ------


def test_negative_inversion_reads_like_will_never() -> None:
    # Wells 1914 (dev corpus).
    c = only("Nevermore will the harshness of Berlin overshadow the great and friendly civilisation of Southern and Western Germany.")
    assert c.claim == "The harshness of Berlin will overshadow the great and friendly civilisation of Southern and Western Germany"
    assert c.probability == estimative.WILL_NEVER


def test_inversion_after_a_long_adverbial() -> None:
    # Wells 1914 (dev corpus).
    c = only("But never more after this war has ended will it march to the shout of the Prussian drill sergeant and strive to play bully to the world.")
    assert c.claim.startswith("It will march to the shout of the Prussian drill sergeant") and c.probability < 0.1


def test_inevitable_is_intensified() -> None:
    # manilatimes.net column, 2022-02-10.
    c = only("It is a nightmare scenario, but it is inevitable.")
    assert (c.claim, c.probability) == ("It will happen", estimative.INTENSIFIED_WILL)


def test_inevitable_in_a_relative_clause_with_an_aside() -> None:
    # Wells 1914 (dev corpus).
    c = only("But these are minor changes compared with the new developments that are now, in some form, inevitable in the East of Europe.")
    assert c.claim == "The new developments will happen in the East of Europe" and c.probability > 0.9


def test_does_seem_inevitable() -> None:
    # businesstimes.com.sg (Ruchir Sharma), 2022-11.
    c = only("With inflation at four-decade highs and central banks raising rates aggressively \u2013 and in a way that has seldom been so well telegraphed \u2013 a recession does seem inevitable.")
    assert c.claim == "A recession will happen"


def test_not_inevitable_denies_certainty_not_the_event() -> None:
    # fool.com, 2022.
    none_in("Treasury Secretary Janet Yellen said recession is not inevitable.")


def test_likely_without_to_rates_its_subject() -> None:
    # localnewswave.com, 2025-09-30 (US government shutdown).
    c = only("White House officials have indicated that a government shutdown is likely.")
    assert (c.claim, c.probability, c.speaker) == ("A government shutdown will happen", estimative.PHRASES["likely"], "White House officials")


def test_impend_is_a_forecast() -> None:
    # Wells 1914 (dev corpus).
    found = extract("At the moment of writing the war has not lasted many days, great battles by land and sea alike impend, and yet I find my steadfast anticipation unchanged.").forecasts
    assert [c.claim for c in found] == ["Great battles by land and sea alike will happen"]


def test_due_to_with_a_noun_is_a_cause() -> None:
    # manilatimes.net column, 2022-02-10.
    none_in("The reason is mostly due to history, and partly due to the personality of Russian President Vladimir Putin.")


# --- hedges that come from elsewhere in the sentence ------------------------------------


def test_it_may_be_that_hedges_the_parallel_that_clause() -> None:
    # Wells 1914 (dev corpus): labelled low (0.4).
    c = only("It may be that Germany has no second plan if her first plan fails; that she will go to pieces after her first defeat.")
    assert (c.claim, c.probability) == ("She will go to pieces after her first defeat", estimative.PHRASES["may"])


def test_coordinated_second_forecast_and_its_stated_chance() -> None:
    # NOAA CPC ENSO Diagnostic Discussion, 13 Oct 2016 (dev corpus).
    first, second = extract(
        "La Ni\u00f1a is favored to develop (~70% chance) during the Northern Hemisphere fall 2016 and slightly favored to "
        "persist (~55% chance) during winter 2016-17."
    ).forecasts
    assert (first.claim, first.probability, first.deadline) == ("La Ni\u00f1a will develop during the Northern Hemisphere fall 2016", 0.7, dt.date(2016, 12, 20))
    assert (second.claim, second.probability) == ("La Ni\u00f1a will persist during winter 2016-17", 0.55)


def test_probability_of_an_event_stated_after_it() -> None:
    # roastidio.us copy of a NOAA La Ni\u00f1a Watch summary.
    c = only("The probability of La Ni\u00f1a is between 65 and 71% for the periods of September-October-December through November-December-January.")
    assert (c.claim, c.probability) == ("There will be La Ni\u00f1a", 0.68)


def test_put_the_probability_at_names_the_forecasters() -> None:
    # rt.com, 2023-01-16, on the WSJ survey of economists.
    c = only("According to the report, business and academic economists on average put the probability of a recession in the next 12 months at 61%.")
    assert (c.claim, c.probability, c.speaker) == ("There will be a recession in the next 12 months", 0.61, "business and academic economists")


# --- questions, present guesses and subjects -------------------------------------------


def test_clause_opening_with_how_asks() -> None:
    # lenaic.me, 2025: "whether" and "how well" both ask.
    none_in("The real question isn\u2019t whether AI will change our jobs, but how well we\u2019ll adapt to working with it.")


def test_may_be_right_is_a_guess_about_now() -> None:
    # greenware-tech.com, 2025: a present risk, not a future event.
    none_in("A customer service representative who only answers repetitive questions may be at risk because AI chatbots can now handle those conversations efficiently.")


def test_demonstrative_determiner_stays_in_the_subject() -> None:
    # lenaic.me, 2025.
    c = only("Over the next five years, that line will blur not just in writing, but across creative, technical, and strategic roles.")
    assert c.claim.startswith("That line will blur")


def test_relative_that_will_is_a_forecast() -> None:
    # bgr.com, 2013-07-24: "that will" is the relative pronoun and the modal, not the noun "will".
    c = only(
        "Apple CEO Tim Cook and his supporting cast of executives have said on several occasions that the company "
        "has several exciting new products in the pipeline that will begin rolling out this fall."
    )
    assert c.speaker == "Apple CEO Tim Cook and his supporting cast of executives"
    assert c.claim.endswith("will begin rolling out this fall")


def test_consequence_of_a_proposal_is_not_a_forecast() -> None:
    # Wells 1914 (dev corpus): labelled not a forecast.
    none_in("Trieste and Trent, and perhaps also Pola, should be restored to Italy. This will re-unite several severed fragments of peoples to their more congenial associates.")


def test_provided_as_a_verb_is_not_a_condition() -> None:
    # businessinsider.com.au, 2013-07.
    c = only("Last night\u2019s earnings report provided some clues that we\u2019ll finally see something in the next two months.")
    assert c.claim == "We will see something in the next two months"


def test_issuing_body_continuing_its_policy_is_a_plan() -> None:
    # FOMC statement as printed by nybreaking.com, 2024-01-31.
    none_in(
        "In addition, the Commission will continue to reduce its holdings of government bonds, sovereign debt and "
        "mortgage-backed securities, as described in its previously announced plans."
    )


def test_reported_expects_that_reads_likely() -> None:
    # FOMC statement, January 2018 (wwwtheworldandeverythinginit.blogspot.com copy).
    c = only(
        "The Committee expects that, with further gradual adjustments in the stance of monetary policy, economic "
        "activity will expand at a moderate pace and labor market conditions will remain strong."
    )
    assert (c.speaker, c.probability) == ("The Committee", estimative.PHRASES["likely"])


@pytest.mark.parametrize(
    ("sentence", "value", "speaker"),
    [
        # fxstreet.com, 2016-06-20 (WSJ survey).
        ("In a Wall Street Journal survey this month, economists pegged the probability of a recession starting within the next year at 21%, up from just 10% a year earlier.", 0.21, "economists"),
        # d33gy59ovltp76.cloudfront.net (Tribune News Service / Bloomberg survey), 2022-10.
        ("The probability of a downturn over the next 12 months stands at 60%, up from 50% odds in September and double what it was six months ago, according to the latest Bloomberg monthly survey of economists.", 0.6, "the latest Bloomberg monthly survey of economists"),
        # cbnewz.com, 2022-06.
        ("Daniel Bachman, who leads the US economic forecasting team at the consultancy, estimates the probability of a recession at about 15 percent.", 0.15, "Daniel Bachman"),
    ],
)
def test_probability_stated_after_the_event_names_its_forecaster(sentence: str, value: float, speaker: str) -> None:
    c = only(sentence)
    assert (c.probability, c.speaker) == (value, speaker)
    assert c.claim.startswith("There will be a")


@pytest.mark.parametrize(
    "sentence",
    [
        # quotewars.com collection (A. J. P. Taylor and others): generic denials of inevitability.
        "No war is inevitable until it breaks out.",
        "Wars and conflicts are not inevitable.",
    ],
)
def test_denied_or_empty_inevitability_is_not_a_forecast(sentence: str) -> None:
    none_in(sentence)


def test_certain_before_a_colon_announces_the_forecast() -> None:
    # WMT news test set sentence (cyberpresse 2012/12/01, as quoted in a sacrebleu docstring):
    # only the clause after the colon forecasts.
    c = only("One thing is certain: these new provisions will have a negative impact on voter turn-out.")
    assert c.claim == "These new provisions will have a negative impact on voter turn-out"


def test_a_negated_expectation_opening_a_sentence_reads_as_inside_one() -> None:
    """'Nobody really expects X' at the start of a sentence was read as 'expects' (70%)."""
    for sentence in ("Nobody really expects Russia to invade Ukraine.", "But nobody really expects Russia to invade Ukraine."):
        (found,) = extract(sentence).forecasts
        assert (found.claim, found.probability) == ("Russia will invade Ukraine", 0.1), sentence
