"""Forecast rules: one test per rule, each with a sentence that needs it.

Sentences are the seed articles' (Pepe Escobar: 000 from The Cradle, 2023; 004 from Global
Research, 2021-12-09) or written for these tests in the construction of a sentence met in
real text; real corpus sentences are read by offsets in tests/test_extract_real.py.
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
    # Written for this test, in the construction of a sentence met in real text.
    c = only("It will almost certainly miss its goal of opening the new bridge to traffic by 2029.")
    assert c.claim == "It will meet its goal of opening the new bridge to traffic by 2029"
    assert c.probability == estimative.PHRASES["almost certainly not"]
    assert c.deadline == dt.date(2029, 12, 31)


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
    # Written for this test, in the construction of a sentence met in real text.
    c = only("\u201cHarlow will not win.\u201d")
    assert (c.claim, c.probability) == ("Harlow will win", estimative.UNHEDGED_WILL_NOT)


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
    # Written for this test, in the construction of a sentence met in real text.
    c = only("Parts of the scheme, including the new ferry and its terminal, are millions of pounds over budget, years behind schedule and poised to eat into the council\u2019s better projects.")
    assert c.claim == "Parts of the scheme will eat into the council\u2019s better projects"
    assert c.probability > 0.5


def test_going_to_negated() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("The hiring and rent data isn\u2019t going to turn that quickly.")
    assert c.claim == "The hiring and rent data will turn that quickly" and c.probability < 0.5


def test_projected_to_is_the_writers_projection() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("Comprehensive harbour reform could soon be on the horizon.")
    assert c.probability == estimative.PHRASES["could"]


def test_epistemic_should_with_a_verb_of_change() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("The island's economy is outgrowing every neighbouring one, and that should continue for years to come.")
    assert c.claim == "That will continue for years to come" and c.probability == estimative.PHRASES["probably"]


def test_expect_noun_phrase_to_verb_in_first_person() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("We expect output growth to slow from 1.8% this year to only 0.6% in 2031, with the economy still likely to go through a near stall around the end of this year.")
    assert (c.claim, c.speaker) == ("Output growth will slow from 1.8% this year to only 0.6% in 2031", None)
    assert c.probability == estimative.PHRASES["we believe"]


def test_first_person_doubt_frame_lowers_the_clause() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("\u201cIn fact I don't believe it will ask for it in 12 months,\u201d Okafor said.")
    assert (c.speaker, c.probability) == ("Okafor", estimative.DONT_THINK)


def test_we_suspect_is_a_hedged_own_forecast() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("Under those circumstances, we suspect the central bank will eventually abandon its patient stance, and cut interest rates by a cumulative 150bp next year.")
    assert (c.claim, c.speaker, c.probability) == ("The central bank will abandon its patient stance", None, 0.7)


def test_stated_percentage_is_taken_as_written() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("There is a 30% chance of a recession in the next 12 months.", published=dt.date(2024, 7, 20))
    assert (c.claim, c.probability) == ("There will be a recession in the next 12 months", 0.3)
    assert c.deadline == dt.date(2025, 7, 20)


def test_present_tense_about_a_future_year_in_a_projection() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("In the committee's projections, the unemployment rate falls to 5 percent by 2017.", published=dt.date(2015, 6, 19))
    assert c.claim == "The unemployment rate will fall to 5 percent by 2017"


def test_not_until_means_not_before() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("We now expect the cartel will not begin relaxing its output cuts until 3Q31, in line with the group\u2019s recent announcement.")
    assert c.claim.startswith("The cartel will begin relaxing its output cuts before 3Q31") and c.probability < 0.5


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
    # Written for this test, in the construction of a sentence met in real text.
    c = only("Even if the veteran party leader Mara Voss fails to secure the 51-seat majority she needs to govern alone, analysts insist the 66-year-old former mayor will easily find members from smaller parties willing to join her government.")
    assert c.speaker == "analysts"


def test_writers_plan_is_not_a_forecast() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    none_in("Then we\u2019ll see how the members react.")


def test_what_a_bill_provides_is_not_a_forecast() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    none_in("The bill will still require that all landlords provide working smoke alarms to their tenants.")


def test_timetable_is_not_a_forecast() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    none_in("Carrow has passed a similar law that will go into effect in 2031.")


def test_embedded_question_is_not_a_forecast() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    none_in("So nobody knows what surprises will turn up between now and polling day.")


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
        # Written for this test, in the construction of a sentence met in real text.
        "This afternoon, I will brief the press about the Harbour Office\u2019s new report, The Tides and Shipping Outlook: 2031 to 2041.",
        "In this briefing, I\u2019ll talk first about the harbour budget, and then I\u2019ll discuss the fleet.",
        # Written for this test, in the construction of a sentence met in real text.
        "Let us see to it that at the final settlement the islanders, however great their losses may be, are all left free men.",
        "That means that we have to re-draw the charts so that there shall be, for just as far as we can see ahead, as little cause for quarrels among us harbour towns as possible.",
        "No one, I hope, will suggest after this storm that we should still leave things to the surveyors.",
        "I propose then we define that as our common intention, that we use all the influence this present storm will give us in the council to that end.",
        # Written for this test, in the construction of a sentence met in real text.
        "Never again will we start a quarrel of choice with a town that was a threat to no one, let alone to us.",
    ],
)
def test_plans_and_exhortations_are_not_forecasts(sentence: str) -> None:
    none_in(sentence)


def test_we_will_see_with_an_object_forecasts() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("Looking ahead: we will see rents drop through the rest of the year.")
    assert c.claim == "We will see rents drop through the rest of the year"


def test_process_commitment_of_an_institution_is_not_a_forecast() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    none_in("The Board will continue to monitor mooring indicators and regional shipping and weather developments.")


@pytest.mark.parametrize(
    "sentence",
    [
        # Written for this test, in the construction of a sentence met in real text.
        "I could imagine that new chart of the coast as if it were the flag of the towns that now prepare to push the sea back towards its proper shore.",
    ],
)
def test_modal_of_saying_is_not_a_forecast(sentence: str) -> None:
    none_in(sentence)


def test_described_prediction_is_nobodys_forecast() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    none_in(
        "The pamphlet offers two famous speculations: that sailors in 2080 will be six times better off than sailors in "
        "1980; and that as a result we will all be working 20-hour weeks and wondering how to fill our days."
    )


def test_consensus_view_is_not_the_writers() -> None:
    # Written for this test, in the construction of a sentence met in real text. The rules
    # make no candidate of it; the detector may, and then it is the consensus's forecast.
    found = extract(
        "We concluded that the consensus view, encouraged by very patient lenders, is that this year\u2019s jump "
        "in harbour fees will peter out and the low fee backdrop will continue for a long time to come."
    ).forecasts
    assert all(c.speaker == "the consensus" for c in found), [(c.claim, c.speaker) for c in found]
    none_in_rules = extract(
        "We concluded that the consensus view, encouraged by very patient lenders, is that this year\u2019s jump "
        "in harbour fees will peter out.", detector=False
    ).forecasts
    assert none_in_rules == ()


def test_our_view_that_is_the_writers_forecast() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("All this supports our view that temporary forces will push fees above 3% later this year, before they then drop back in 2032.")
    assert (c.speaker, c.probability) == (None, estimative.PHRASES["we believe"])
    assert c.claim.startswith("Temporary forces will push fees above 3% later this year")


def test_hypothetical_report_is_nobodys() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    none_in("One might argue that the consensus view will prove right.")


# --- forecasts in the word order or the predicate (tracker/extract/predicates.py) ------


def test_negative_inversion_reads_like_will_never() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("Nevermore will the harshness of Carrow overshadow the great and friendly life of the Northern and Western quays.")
    assert c.claim == "The harshness of Carrow will overshadow the great and friendly life of the Northern and Western quays"
    assert c.probability == estimative.WILL_NEVER


def test_inversion_after_a_long_adverbial() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("But never more after this storm has ended will it march to the shout of the old drill sergeant and strive to play bully to the coast.")
    assert c.claim.startswith("It will march to the shout of the old drill sergeant") and c.probability < 0.1


def test_inevitable_is_intensified() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("It is a grim prospect, but it is inevitable.")
    assert (c.claim, c.probability) == ("It will happen", estimative.INTENSIFIED_WILL)


def test_inevitable_in_a_relative_clause_with_an_aside() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("But these are minor changes compared with the new developments that are now, in some form, inevitable in the east of the bay.")
    assert c.claim == "The new developments will happen in the east of the bay" and c.probability > 0.9


def test_does_seem_inevitable() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("With rents at record highs and lenders raising rates quickly \u2013 and in a way that has seldom been so well signalled \u2013 a slump does seem inevitable.")
    assert c.claim == "A slump will happen"


def test_not_inevitable_denies_certainty_not_the_event() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    none_in("Harbour Secretary Ada Marsh said a slump is not inevitable.")


def test_likely_without_to_rates_its_subject() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("Council officials have indicated that a budget freeze is likely.")
    assert (c.claim, c.probability, c.speaker) == ("A budget freeze will happen", estimative.PHRASES["likely"], "Council officials")


def test_impend_is_a_forecast() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    found = extract("At the moment of writing the storm has not lasted many days, great floods by river and sea alike impend, and yet I find my steady expectation unchanged.").forecasts
    assert [c.claim for c in found] == ["Great floods by river and sea alike will happen"]


def test_due_to_with_a_noun_is_a_cause() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    none_in("The reason is mostly due to history, and partly due to the temper of the old harbour master.")


# --- hedges that come from elsewhere in the sentence ------------------------------------


def test_it_may_be_that_hedges_the_parallel_that_clause() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("It may be that the league has no second plan if its first plan fails; that it will go to pieces after its first defeat.")
    assert (c.claim, c.probability) == ("It will go to pieces after its first defeat", estimative.PHRASES["may"])


def test_coordinated_second_forecast_and_its_stated_chance() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    first, second = extract(
        "El Ni\u00f1o is favored to develop (~70% chance) during the Northern Hemisphere fall 2031 and slightly favored to "
        "persist (~55% chance) during winter 2031-32."
    ).forecasts
    assert (first.claim, first.probability, first.deadline) == ("El Ni\u00f1o will develop during the Northern Hemisphere fall 2031", 0.7, dt.date(2031, 12, 20))
    assert (second.claim, second.probability) == ("El Ni\u00f1o will persist during winter 2031-32", 0.55)


def test_probability_of_an_event_stated_after_it() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("The probability of El Ni\u00f1o is between 65 and 71% for the periods of August-September-October through October-November-December.")
    assert (c.claim, c.probability) == ("There will be El Ni\u00f1o", 0.68)


def test_put_the_probability_at_names_the_forecasters() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("According to the survey, harbour and shipping economists on average put the probability of a slump in the next 12 months at 61%.")
    assert (c.claim, c.probability, c.speaker) == ("There will be a slump in the next 12 months", 0.61, "harbour and shipping economists")


# --- questions, present guesses and subjects -------------------------------------------


def test_clause_opening_with_how_asks() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    none_in("The real question isn\u2019t whether robots will change our docks, but how well we\u2019ll adapt to working with them.")


def test_may_be_right_is_a_guess_about_now() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    none_in("A ticket clerk who only answers repetitive questions may be at risk because machines can now handle those requests efficiently.")


def test_demonstrative_determiner_stays_in_the_subject() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("Over the next five years, that line will blur not just in shipping, but across fishing, tourism, and trade.")
    assert c.claim.startswith("That line will blur")


def test_relative_that_will_is_a_forecast() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only(
        "Port CEO Ada Marsh and her supporting cast of managers have said on several occasions that the port "
        "has several exciting new services in the pipeline that will begin rolling out this fall."
    )
    assert c.speaker == "Port CEO Ada Marsh and her supporting cast of managers"
    assert c.claim.endswith("will begin rolling out this fall")


def test_consequence_of_a_proposal_is_not_a_forecast() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    none_in("The north quay, and perhaps also the boathouse, should be returned to the town. This will re-unite several severed parts of the harbour with their older neighbours.")


def test_provided_as_a_verb_is_not_a_condition() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("Last night\u2019s harbour report provided some clues that we\u2019ll finally see something in the next two months.")
    assert c.claim == "We will see something in the next two months"


def test_issuing_body_continuing_its_policy_is_a_plan() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    none_in(
        "In addition, the Board will continue to reduce its holdings of harbour bonds, town debt and "
        "mooring-backed loans, as described in its previously announced plans."
    )


def test_reported_expects_that_reads_likely() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only(
        "The Board expects that, with further gradual adjustments in the level of mooring fees, shipping "
        "traffic will grow at a steady pace and dock labour conditions will remain strong."
    )
    # A body named only by its kind speaks for itself (the guide's "the Committee expects" in its own statement), so
    # the speaker is the author's (None) since the eleventh attribution round; the reading of "expects that" is unchanged.
    assert (c.speaker, c.probability) == (None, estimative.PHRASES["likely"])


@pytest.mark.parametrize(
    ("sentence", "value", "speaker"),
    [
        # Written for this test, in the construction of a sentence met in real text.
        ("In a Harbour Gazette survey this month, economists pegged the probability of a slump starting within the next year at 21%, up from just 10% a year earlier.", 0.21, "economists"),
        # Written for this test, in the construction of a sentence met in real text.
        ("The probability of a downturn over the next 12 months stands at 60%, up from 50% odds in September and double what it was six months ago, according to the latest Gazette monthly survey of economists.", 0.6, "the latest Gazette monthly survey of economists"),
        # Written for this test, in the construction of a sentence met in real text.
        ("Tomas Reed, who leads the shipping forecasting team at the consultancy, estimates the probability of a slump at about 15 percent.", 0.15, "Tomas Reed"),
    ],
)
def test_probability_stated_after_the_event_names_its_forecaster(sentence: str, value: float, speaker: str) -> None:
    c = only(sentence)
    assert (c.probability, c.speaker) == (value, speaker)
    assert c.claim.startswith("There will be a")


@pytest.mark.parametrize(
    "sentence",
    [
        # Written for this test, in the construction of a sentence met in real text.
        "No flood is inevitable until the wall breaks.",
        "Floods and storms are not inevitable.",
    ],
)
def test_denied_or_empty_inevitability_is_not_a_forecast(sentence: str) -> None:
    none_in(sentence)


def test_certain_before_a_colon_announces_the_forecast() -> None:
    # Written for this test, in the construction of a sentence met in real text.
    c = only("One thing is certain: these new fees will have a negative impact on harbour traffic.")
    assert c.claim == "These new fees will have a negative impact on harbour traffic"


def test_a_negated_expectation_opening_a_sentence_reads_as_inside_one() -> None:
    """'Nobody really expects X' at the start of a sentence was read as 'expects' (70%)."""
    for sentence in ("Nobody really expects Russia to invade Ukraine.", "But nobody really expects Russia to invade Ukraine."):
        (found,) = extract(sentence).forecasts
        assert (found.claim, found.probability) == ("Russia will invade Ukraine", 0.1), sentence
