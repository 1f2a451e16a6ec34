"""Prediction lists (issue 13): a list the text declares to be predictions has every item
read as a forecast, by the rules alone as well as with the detector. Every text here was
written for this test."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tracker.extract import Candidate, extract
from tracker.extract.combine import DEFAULT_MIN_CONFIDENCE
from tracker.extract.forecasts import LIST_CUE
from tracker.extract.lists import person_heading
from tracker.extract.stated import item_claim


def found(text: str, *, detector: bool = True) -> list[Candidate]:
    return list(extract(text, detector=detector, min_confidence=DEFAULT_MIN_CONFIDENCE if detector else 0.0).forecasts)


LABEL_LINES = (
    "THE QUARRY LANE CLUB \u2014 SEASON PREDICTIONS 2027/28\n\n"
    "Filed August 2, 2027\n\n"
    "Our writers made their calls before the first match. The consensus picks are below.\n\n"
    "Champions: Millbrook United (3/4)\n"
    "Runners-up: Castle Vale (2/4)\n"
    "Relegated: Ashby Town, Redfern, Holloway Park\n"
    "Cup winners: Castle Vale\n\n"
    "Last season our panel named the champions correctly.\n"
)


@pytest.mark.parametrize("detector", [False, True])
def test_label_lines_under_a_predictions_title_are_each_a_forecast(detector: bool) -> None:
    items = [c for c in found(LABEL_LINES, detector=detector) if c.cue == LIST_CUE]
    assert [c.claim for c in items] == [
        "Champions: Millbrook United (3/4)", "Runners-up: Castle Vale (2/4)",
        "Relegated: Ashby Town, Redfern, Holloway Park", "Cup winners: Castle Vale",
    ]
    assert all(c.speaker is None and c.probability == pytest.approx(0.9) for c in items)
    if detector:
        assert all(c.confidence is not None and c.confidence >= 0.9 for c in items)


def test_label_lines_are_not_joined_as_one_wrapped_sentence() -> None:
    quotes = [c.quote for c in found(LABEL_LINES, detector=False)]
    assert "Runners-up: Castle Vale (2/4)" in quotes


@pytest.mark.parametrize("heading", [
    "Predictions for 2028", "What I expect next year:", "My predictions for 2028:", "Ten calls for 2028",
    "2028 predictions", "Twelve tech predictions for 2028",
])
def test_headings_that_declare_a_list(heading: str) -> None:
    text = f"{heading}\n\n1. The harbour bridge reopens.\n2. Spain wins the cup.\n"
    items = found(text, detector=False)
    assert [c.quote for c in items] == ["The harbour bridge reopens.", "Spain wins the cup."]
    assert all(c.cue == LIST_CUE for c in items)


@pytest.mark.parametrize(("item", "claim", "probability"), [
    ("Eurozone inflation ends the year below 2%: 0.75", "Eurozone inflation ends the year below 2%", 0.75),
    ("A recession in Carrow, starting this year: 1 in 5", "A recession in Carrow, starting this year", 0.2),
    ("The krona weaker than 12 to the euro: 3:1 against", "The krona weaker than 12 to the euro", 0.25),
    ("Gold above $4,000 on 31 December: ~even", "Gold above $4,000 on 31 December", 0.5),
    ("Oil below $50 on 31 December: p=.3", "Oil below $50 on 31 December", 0.3),
    ("The coalition collapses before the recess \u2014 25 percent", "The coalition collapses before the recess", 0.25),
    ("A snap election in Dunmore: odds-on", "A snap election in Dunmore", 0.6),
    ("The referendum passes: 55\u201360%", "The referendum passes", 0.575),
    ("A crewed landing on Mars: nope, \u22645%", "A crewed landing on Mars", 0.05),
    ("A new record for the longest fusion run: very likely", "A new record for the longest fusion run", 0.875),
    ("A named storm makes landfall in Madeira: slight", "A named storm makes landfall in Madeira", 0.1),
    ("The console ships before Thanksgiving \u2014 0.7.", "The console ships before Thanksgiving", 0.7),
    ("No recession in Spain: 80%", "Recession in Spain", 0.2),
    ("No default by any G7 government.", "Default by any G7 government.", 0.1),
    ("Winner: Team A", "Winner: Team A", 0.9),
])
def test_an_items_claim_and_probability(item: str, claim: str, probability: float) -> None:
    assert item_claim(item) == (claim, pytest.approx(probability, abs=0.001))


def test_a_short_verdict_after_the_item_gives_its_probability() -> None:
    [item] = found("My predictions for 2028:\n\n4. A quantum computer sold to a bank. No chance.\n", detector=False)
    assert item.claim == "A quantum computer sold to a bank." and item.probability == 0.0


def test_sub_headings_keep_the_list_and_a_heading_that_takes_it_back_ends_it() -> None:
    text = (
        "Predictions for 2028, in no particular order\n\n"
        "Economy\n- Rates fall twice: 70%\n- Unemployment ends the year above 5%: 40%\n\n"
        "Politics\n- The coalition survives the spring: 60%\n\n"
        "Things I won't predict\n- Anything about the football.\n- The date of the budget.\n"
    )
    claims = [c.claim for c in found(text, detector=False)]
    assert claims == ["Rates fall twice", "Unemployment ends the year above 5%", "The coalition survives the spring"]


def test_items_under_an_experts_heading_and_her_quote_are_hers() -> None:
    text = (
        "Where will rents go in 2028? We asked three forecasters\n\n"
        "Dr. Mira Castell, Harbour Building Society\n- Rents: up 4%\n- Prices: flat\n"
        "\"Buyers are going to come back in the spring.\"\n\n"
        "Tom Adeyemi, Lantern Data\n- Rents: up 2%\n"
    )
    items = found(text, detector=False)
    assert [(c.quote, c.speaker) for c in items] == [
        ("Rents: up 4%", "Mira Castell"), ("Prices: flat", "Mira Castell"),
        ("\"Buyers are going to come back in the spring.\"", "Mira Castell"), ("Rents: up 2%", "Tom Adeyemi"),
    ]


@pytest.mark.parametrize("heading", ["South America", "Czech Republic", "Going Up", "Jane Roe"])
def test_a_place_or_a_bare_name_is_not_an_experts_heading(heading: str) -> None:
    assert person_heading(heading) is None


def test_a_graded_list_of_last_year_is_a_record_not_a_forecast() -> None:
    text = (
        "Grading my 2027 predictions\n\nDecember 20, 2027\n\n"
        "1. Desktop shipments fall again (85%). \u2713\n2. Smart rings outsell watches (10%). \u2717\n"
    )
    assert found(text, detector=False) == []


def test_a_list_for_a_year_already_past_is_not_read_as_forecasts() -> None:
    text = "My predictions for 2019\n\n1. The harbour bridge reopens.\n2. Spain wins the cup.\n"
    assert extract(text, published=dt.date(2022, 3, 1), detector=False).forecasts == ()


def test_a_list_declared_in_the_body_ends_at_the_next_paragraph_of_prose() -> None:
    text = (
        "Notes from the match\n\nThe team trained in the rain all week.\n\n"
        "My picks for Saturday:\n\n- Rovers by two goals\n- A red card before half-time\n\n"
        "The kit man says the new boots are here.\n\n- Pack a raincoat\n"
    )
    assert [c.quote for c in found(text, detector=False)] == ["Rovers by two goals", "A red card before half-time"]


def test_a_numbered_item_with_its_own_number_is_read_as_a_list_item_even_when_a_rule_matched_it() -> None:
    text = "My predictions for 2025:\n\n1. Rates will fall: 80%\n2. Rates fall: 80%\n3. No recession will hit Germany: 80%\n"
    found = [(c.cue, c.claim, c.probability) for c in extract(text).forecasts]
    assert found == [
        ("prediction list", "Rates will fall", 0.8),
        ("prediction list", "Rates fall", 0.8),
        ("prediction list", "Recession will hit Germany", 0.2),
    ]


CHANCE_LINES = (
    "Calls for 2028\n"
    "Mirela Dunst\n"
    "2028-01-04\n\n"
    "Same rules as every January: each line gets a number, and I grade them in December.\n\n"
    "Home\n\n"
    " \tThe harbour tunnel opens to traffic before October \u2013 70%\n"
    " \tCouncil tax does not rise above 4% \u2013 60%\n"
    " \tThe Rovers finish in the top half \u2013 55%\n\n"
    "Abroad\n\n"
    " \tNo general election in Velmark this year \u2013 80%\n"
    " \tThe rail strike ends by March \u2013 65%\n"
)


@pytest.mark.parametrize("detector", [False, True])
def test_lines_ending_in_their_chance_under_a_predictions_title_are_each_a_forecast(detector: bool) -> None:
    items = {c.claim: c.probability for c in found(CHANCE_LINES, detector=detector) if c.cue == LIST_CUE}
    # Negated items are worded positively at the complement, as list items are elsewhere.
    assert items == {
        "The harbour tunnel opens to traffic before October": 0.7,
        "Council tax will rise above 4%": 0.4,
        "The Rovers finish in the top half": 0.55,
        "General election in Velmark this year": 0.2,
        "The rail strike ends by March": 0.65,
    }


def test_the_same_lines_under_a_grading_title_are_not_a_list_of_forecasts() -> None:
    graded = CHANCE_LINES.replace("Calls for 2028", "Grading my 2027 calls").replace("2028-01-04", "2027-12-30")
    assert not [c for c in found(graded, detector=False) if c.cue == LIST_CUE]


# ---------------------------------------------------------------- declared in a body sentence

ONE_A_LINE = (
    "The allotment year ahead\n\n"
    "I keep a notebook of guesses every January. Below is what I think the growing season holds, one line each, "
    "no reasons given.\n\n"
    "Weather\n"
    "A frost after the first week of June.\n"
    "Hosepipe ban in the county by August: 30%.\n\n"
    "Pests\n"
    "Slugs worse than last year.\n"
    "Blight on the tomatoes before the village show.\n\n"
    "None of this is advice. My neighbour disagrees with most of it, loudly and at length, over the fence every "
    "Sunday morning while the kettle boils.\n"
)


@pytest.mark.parametrize("detector", [False, True])
def test_a_body_sentence_announcing_one_call_a_line_makes_each_short_line_an_item(detector: bool) -> None:
    items = [c for c in found(ONE_A_LINE, detector=detector) if c.cue == LIST_CUE]
    assert [c.quote for c in items] == [
        "A frost after the first week of June.", "Hosepipe ban in the county by August: 30%.",
        "Slugs worse than last year.", "Blight on the tomatoes before the village show.",
    ]
    assert [c.probability for c in items] == [pytest.approx(0.9), pytest.approx(0.3), pytest.approx(0.9), pytest.approx(0.9)]
    assert all(c.speaker is None for c in items)


def test_the_same_lines_without_the_announcement_are_not_a_list() -> None:
    plain = ONE_A_LINE.replace(
        "Below is what I think the growing season holds, one line each, no reasons given.", "The shed roof leaks."
    )
    assert not [c for c in found(plain, detector=False) if c.cue == LIST_CUE]


@pytest.mark.parametrize("announcement", [
    "Here are my nine calls for the season.",
    "Here's how I see it.",
    "Each line below is a claim and my chance that it comes true by December.",
    "Same format as always: no hedging words, just the call.",
])
def test_announcements_in_prose_open_a_list_of_the_items_under_them(announcement: str) -> None:
    text = (
        "Notes from the touchline\n\n"
        f"We have had a long summer of friendlies and rumours. {announcement}\n\n"
        "1. Rovers finish in the top four.\n2. The manager leaves before Christmas.\n"
    )
    items = [c for c in found(text, detector=False) if c.cue == LIST_CUE]
    assert [c.quote for c in items] == ["Rovers finish in the top four.", "The manager leaves before Christmas."]


def test_an_announcement_that_grades_old_calls_opens_no_list() -> None:
    text = (
        "Notes from the touchline\n\n"
        "A year ago I made some calls. Here's how my calls did, graded one by one.\n\n"
        "1. Rovers finish in the top four.\n2. The manager leaves before Christmas.\n"
    )
    assert not [c for c in found(text, detector=False) if c.cue == LIST_CUE]


def test_dashed_items_are_items_and_lose_their_dash() -> None:
    text = (
        "Culture calls for the year\n\n"
        "Film\n"
        "\u2014 The biggest film of the year is a sequel.\n"
        "\u2014 Cinema attendance higher than last year: 60%.\n"
    )
    items = [(c.quote, c.claim, c.probability) for c in found(text, detector=False) if c.cue == LIST_CUE]
    assert items == [
        ("The biggest film of the year is a sequel.", "The biggest film of the year is a sequel.", pytest.approx(0.9)),
        ("Cinema attendance higher than last year: 60%.", "Cinema attendance higher than last year", pytest.approx(0.6)),
    ]


@pytest.mark.parametrize("line", [
    "Lock of the week: Tallis Harbour win by ten.",
    "My call: the council sells the pier before the summer.",
    "Upset of the week: Greyfield beat the champions.",
    "My own call, against the model: Pioneers in five.",
])
def test_a_line_that_says_it_is_a_call_is_a_forecast_in_any_text(line: str) -> None:
    text = f"Saturday notes\n\nThe ground was heavy and the crowd was thin.\n\n{line}\n\nTickets are on sale at the gate.\n"
    items = [c for c in found(text, detector=False) if c.cue == LIST_CUE]
    assert [c.quote for c in items] == [line]


# ---------------------------------------------------------------- forum threads

THREAD = (
    "Harbourside Rowing Club forum \u203a Regatta chat\n"
    "Thread: Harbour Cup final \u2014 post your picks\n\n"
    "#1  keelhaul_kate  |  Apr 3 2027, 09:12 AM\n"
    "The seniors' eight looks strong this year. I think the Castleford crew will win it by a length.\n\n"
    "#2  oarsome_ollie  |  Apr 3 2027, 09:40 AM\n"
    "Quoting keelhaul_kate:\n"
    "\"I think the Castleford crew will win it by a length.\"\n\n"
    "Not a hope. Their stroke is injured and will miss the final.\n\n"
    "#3  cox_in_a_box  |  Apr 3 2027, 10:05 AM\n"
    "Everyone's guessing, so here's how I see it.\n"
    "Winner: Bellport\n"
    "Runner-up: Castleford\n"
    "Wooden spoon: the university crew\n"
)


@pytest.mark.parametrize("detector", [False, True])
def test_each_post_of_a_thread_is_its_authors(detector: bool) -> None:
    candidates = found(THREAD, detector=detector)
    speakers = {c.quote: c.speaker for c in candidates}
    castleford = [c for c in candidates if "Castleford crew will win" in c.quote]
    assert [c.speaker for c in castleford] == ["keelhaul_kate"]  # the quotation in post 2 repeats it
    assert speakers["Their stroke is injured and will miss the final."] == "oarsome_ollie"
    items = [(c.quote, c.speaker) for c in candidates if c.cue == LIST_CUE]
    assert items == [
        ("Winner: Bellport", "cox_in_a_box"), ("Runner-up: Castleford", "cox_in_a_box"),
        ("Wooden spoon: the university crew", "cox_in_a_box"),
    ]


@pytest.mark.parametrize("header", [
    "Posted by keelhaul_kate on Sat Apr 3, 2027 9:12 am",
    "keelhaul_kate \u00b7 3 Apr 2027, 09:12",
    "keelhaul_kate \u2014 3 April 2027 at 09:12",
    "\u00bb reply from keelhaul_kate \u00b7 03 Apr 2027, 09:12",
    "u/keelhaul_kate \u00b7 4h",
])
def test_post_headers_of_several_layouts(header: str) -> None:
    from tracker.extract.lists import post_author

    assert post_author(header) in ("keelhaul_kate", "u/keelhaul_kate")


def test_one_dated_name_line_is_a_dateline_not_a_thread() -> None:
    text = (
        "Harbour fees to rise\n\n"
        "PORT ALDANA \u2014 March 3, 2027 \u2014 The harbour board met on Monday.\n\n"
        "I think the fees will rise again next spring.\n"
    )
    assert all(c.speaker is None for c in found(text, detector=False))


# ---------------------------------------------------------------- labelled texts of the corpus (train and dev)

def _labels(name: str) -> tuple[str, list[dict[str, object]]]:
    from tracker.training.data import CORPUS_DIR, text_path

    path = text_path(name)
    if not path.exists():
        pytest.skip(f"{name} is not here (../shared/corpus is absent)")
    labels = json.loads((CORPUS_DIR / "labels" / (name[: -len(".txt")] + ".json")).read_text(encoding="utf-8"))
    return path.read_text(encoding="utf-8"), [f for f in labels["forecasts"] if f["clear"]]


def _overlapping(text: str, candidates: list[Candidate], label: dict[str, object]) -> list[Candidate]:
    from tests.extraction_eval import candidate_spans

    spans = candidate_spans(text, candidates)
    return [c for c, (start, end) in zip(candidates, spans) if start >= 0 and start < label["end"] and label["start"] < end]


def test_dev_list_of_flat_sentences_under_a_body_announcement() -> None:
    text, clear = _labels("written/prediction_lists/next-decade-flat-calls.txt")
    candidates = found(text, detector=False)
    hit = [label for label in clear if any(c.cue == LIST_CUE for c in _overlapping(text, candidates, label))]
    assert len(hit) == len(clear)  # 9 of 9 (1 of 9 before the announcement opened the list)


@pytest.mark.parametrize("name", [
    "written/forum_predictions/console-launch-date-speculation-thread.txt",  # dev
    "written/forum_predictions/tilbury-vale-league-relegation-thread.txt",  # train
])
def test_forecasts_found_in_a_thread_are_credited_to_their_posters(name: str) -> None:
    text, clear = _labels(name)
    candidates = found(text, detector=False)  # the rules' candidates: what the detector adds varies with its weights
    credited = [
        (label["speaker"], [c.speaker for c in near])
        for label in clear if (near := _overlapping(text, candidates, label))
    ]
    assert credited and all(speaker in speakers for speaker, speakers in credited), credited


# ---------------------------------------------------------------- verbless items: the verdict they end with

@pytest.mark.parametrize(("item", "claim", "probability"), [
    ("A sequel tops the box office: 1-in-25.", "A sequel tops the box office", 0.04),
    ("The reunion tour is cancelled: 4/1 against.", "The reunion tour is cancelled", 0.2),
    ("The ferry strike ends by June \u2014 3/1 on", "The ferry strike ends by June", 0.75),
    ("The ring road opens before the winter \u2014 9/10", "The ring road opens before the winter", 0.9),
    ("The toll is abolished: under 5%", "The toll is abolished", 0.05),
    ("Marlow Tech over Elgin. A genuine coin flip.", "Marlow Tech over Elgin.", 0.5),
    ("The canal freezes over at least once. Basically certain.", "The canal freezes over at least once.", 0.95),
    ("The quarry reopens. Odds-on, I'd say 3-to-1 on.", "The quarry reopens.", 0.75),
    ("A cure for the common cold approved somewhere: not before 2040.", "A cure for the common cold approved somewhere", 0.05),
    ("Kestrel Rovers +450", "Kestrel Rovers +450", 0.182),
    ("Harbour City -1.5 (-150)", "Harbour City -1.5 (-150)", 0.6),
    # A negated item is worded positively at the complement, whatever gives its chance.
    ("Bus fares don't rise this year. Probable.", "Bus fares will rise this year.", 0.275),
    ("The night tram not scrapped anywhere in the city.", "The night tram scrapped anywhere in the city.", 0.1),
    # A percentage that measures the claim is part of it: the item is a bare call.
    ("Rents in the district up 3-4%.", "Rents in the district up 3-4%.", 0.9),
    ("Unemployment rises to 6%", "Unemployment rises to 6%", 0.9),
    ("The base rate: 3.25% at year end, two cuts", "The base rate: 3.25% at year end, two cuts", 0.9),
])
def test_a_verbless_items_verdict_gives_its_probability(item: str, claim: str, probability: float) -> None:
    from tracker.extract.verdicts import list_item_reading

    assert list_item_reading(item) == (claim, pytest.approx(probability, abs=0.001))


def test_items_of_a_declared_list_take_their_verdicts() -> None:
    text = (
        "My predictions for 2028:\n\n"
        "- A sequel tops the box office: 1-in-25.\n"
        "- Bus fares don't rise this year. Probable.\n"
        "- Rents in the district up 3-4%.\n"
    )
    items = [(c.claim, c.probability) for c in found(text, detector=False)]
    assert items == [
        ("A sequel tops the box office", 0.04), ("Bus fares will rise this year.", 0.275),
        ("Rents in the district up 3-4%.", 0.9),
    ]


# ---------------------------------------------------------------- picks: outcome lines, odds boards

def test_a_title_that_asks_who_wins_declares_the_outcome_lines_under_it() -> None:
    text = (
        "Harbour Regatta \u2014 who wins the big races?\n\n"
        "The house view of the Rowlock desk, for what it is worth after last year.\n\n"
        "Senior eights\n"
        "Winner: Bellport, by a length if the tide turns early.\n\n"
        "Coxless fours\n"
        "Overall: Castleford take the points trophy.\n\n"
        "Entries close on Friday at noon.\n"
    )
    items = [c.quote for c in found(text, detector=False) if c.cue == LIST_CUE]
    assert items == ["Winner: Bellport, by a length if the tide turns early.", "Overall: Castleford take the points trophy."]


def test_an_outcome_line_without_a_declaration_is_not_a_list_item() -> None:
    text = "Regatta report\n\nThe tide turned early on Saturday.\n\nWinner: Bellport, by a length.\n"
    assert not [c for c in found(text, detector=False) if c.cue == LIST_CUE]


def test_an_odds_board_under_a_declaration_reads_each_price() -> None:
    text = (
        "Open week: the board and our best bets\n\n"
        "The course will play long after the rain.\n\n"
        "THE BOARD\n"
        "Odile Marchetti-Rao +450\n"
        "Bram Oyelaran +900\n"
        "Field +250\n\n"
        "Fade: Bram Oyelaran.\n"
        "Upset of the week: none.\n"
    )
    items = {c.quote: c.probability for c in found(text, detector=False) if c.cue == LIST_CUE}
    assert items == {
        "Odile Marchetti-Rao +450": pytest.approx(0.182), "Bram Oyelaran +900": pytest.approx(0.1),
        "Field +250": pytest.approx(0.286), "Fade: Bram Oyelaran.": pytest.approx(0.1),
        "Upset of the week: none.": pytest.approx(0.05),
    }


def test_a_panel_of_what_members_expect_with_titled_names_and_their_roles() -> None:
    text = (
        "Harbour Traders' Guild\n"
        "Year-ahead panel: what our members expect for 2028\n\n"
        "We asked three members for their calls, reproduced as given.\n\n"
        "Mrs Odile Banerjee-Cole (chandler)\n"
        "- Mooring fees: up again\n"
        "- The fish market moves to the east quay\n\n"
        "Mr Tomasz Ferreira (harbour pilot)\n"
        "- Dredging finishes before the summer\n"
    )
    items = [(c.quote, c.speaker) for c in found(text, detector=False) if c.cue == LIST_CUE]
    assert items == [
        ("Mooring fees: up again", "Odile Banerjee-Cole"), ("The fish market moves to the east quay", "Odile Banerjee-Cole"),
        ("Dredging finishes before the summer", "Tomasz Ferreira"),
    ]


@pytest.mark.parametrize("heading", ["Harbour City (away)", "Rivermouth (home)"])
def test_a_team_with_a_note_is_not_an_experts_heading(heading: str) -> None:
    assert person_heading(heading) is None


@pytest.mark.parametrize("heading", ["Saturday slate, quick picks", "Staff picks", "Tonight's card:"])
def test_short_headings_of_picks_declare_the_items_under_them(heading: str) -> None:
    text = (
        f"{heading}\n\n"
        "1) Harbour City ML (-150) vs. Rivermouth \u2014 2 units\n"
        "2) Kestrel Rovers +450 to win the cup\n"
    )
    items = [(c.quote, c.probability) for c in found(text, detector=False) if c.cue == LIST_CUE]
    assert items == [
        ("Harbour City ML (-150) vs. Rivermouth \u2014 2 units", pytest.approx(0.6)),
        ("Kestrel Rovers +450 to win the cup", pytest.approx(0.182)),
    ]


@pytest.mark.parametrize("heading", ["Birthday card", "Why I stopped making predictions"])
def test_headings_that_only_mention_a_card_or_predictions_declare_nothing(heading: str) -> None:
    text = f"{heading}\n\n1. The harbour bridge reopens.\n2. Spain wins the cup.\n"
    assert not [c for c in found(text, detector=False) if c.cue == LIST_CUE]


# ---------------------------------------------------------------- lists ranked by confidence

RANKED = (
    "EIGHT CALLS FOR THE MARSHFIELD ALLOTMENTS, MOST CONFIDENT FIRST\n\n"
    "The committee collected one call from each plot holder in January. The numbers are theirs.\n\n"
    "(90%) The water tank on the north path is replaced before June. The old one leaks at every seam.\n\n"
    "75% The autumn produce show raises more than last year. (Hattie Brennan-Cole.)\n\n"
    "The plot rents rise again in April. (55%)\n\n"
    "(10%) No wasps' nest in the tool shed this summer.\n\n"
    "1. [30%] The new greenhouse survives the winter gales.\n"
)


@pytest.mark.parametrize("detector", [False, True])
def test_items_that_open_with_their_chance_are_read_with_it(detector: bool) -> None:
    items = [(c.claim, c.probability, c.speaker) for c in found(RANKED, detector=detector) if c.cue == LIST_CUE]
    assert items == [
        ("The water tank on the north path is replaced before June.", pytest.approx(0.9), None),
        ("The autumn produce show raises more than last year.", pytest.approx(0.75), "Hattie Brennan-Cole"),
        ("The plot rents rise again in April.", pytest.approx(0.55), None),
        ("Wasps' nest in the tool shed this summer.", pytest.approx(0.9), None),
        ("The new greenhouse survives the winter gales.", pytest.approx(0.3), None),
    ]


@pytest.mark.parametrize("line", [
    "80% of the plot holders voted for the new rules.",  # a quantity: the claim does not follow
    "[4] See the minutes of the March meeting.",  # a footnote's number
])
def test_a_leading_number_that_is_no_chance(line: str) -> None:
    from tracker.extract.stated import leading_chance

    assert leading_chance(line) is None


# ---------------------------------------------------------------- more layouts of forum posts

@pytest.mark.parametrize("header", [
    "#1  Posted by keelhaul_kate \u2014 Tuesday 6th April 2027, 09:12",
    "#4  Posted by keelhaul_kate \u2014 Tue 6 April, 09:12",
    "#7  Posted by keelhaul_kate \u2014 6.4.27, 09:12",
    "Posted by keelhaul_kate on Tue 06/04/2027 at 09:12",
    "posted by keelhaul_kate \u00bb 06 Apr 2027, 09:12",
    "OP: keelhaul_kate \u00b7 6 Apr 2027",
    "Topic started by keelhaul_kate on 06/04/2027",
    "r/Rowing \u00b7 Posted by u/keelhaul_kate \u00b7 2d",
    "\u25b2 17 \u00b7 u/keelhaul_kate \u00b7 5h",
    "#3 \u00b7 keelhaul_kate \u00b7 6 Apr 2027",
    "Re: Harbour Cup picks Posted by keelhaul_kate on Tue 06/04/2027 at 09:12",
])
def test_post_headers_with_a_boards_furniture(header: str) -> None:
    from tracker.extract.lists import post_author

    assert post_author(header) in ("keelhaul_kate", "u/keelhaul_kate")


def test_a_post_that_declares_its_calls_over_one_line_is_the_posters() -> None:
    text = (
        "Harbourside Rowing Club forum\n"
        "Topic: Regatta sweepstake \u2014 guess the winning times\n\n"
        "Posted by keelhaul_kate on Tue 06/04/2027 at 09:12\n\n"
        "Same rules as last year. Closest total wins the cup.\n\n"
        "---\n\n"
        "Posted by oarsome_ollie on Tue 06/04/2027 at 10:40\n\n"
        "Back again. My guesses, for the record:\n"
        "Eights 5:41, fours 6:20, pairs 7:02.\n\n"
        "The river was slow in the heats, so I've gone long.\n"
    )
    items = [(c.quote, c.speaker) for c in found(text, detector=False) if c.cue == LIST_CUE]
    assert items == [("Eights 5:41, fours 6:20, pairs 7:02.", "oarsome_ollie")]


def test_an_item_credited_to_the_writer_is_the_writers_own() -> None:
    text = (
        "Five calls for the Marshfield allotments, most confident first\n\n"
        "By Ruth Alder\n\n"
        "Each plot holder gave one call at the January meeting. The numbers are theirs.\n\n"
        "(80%) The water tank on the north path is replaced before June. (Hattie Brennan-Cole.)\n\n"
        "(60%) The plot rents rise again in April. Probably mine. (Ruth Alder.)\n"
    )
    extraction = extract(text, min_confidence=DEFAULT_MIN_CONFIDENCE)
    assert extraction.meta.author == "Ruth Alder"
    items = [(c.claim, c.speaker) for c in extraction.forecasts if c.cue == LIST_CUE]
    assert items == [
        ("The water tank on the north path is replaced before June.", "Hattie Brennan-Cole"),
        ("The plot rents rise again in April.", None),
    ]


ASKING_THREAD = (
    "Harbourside Rowing Club forum \u203a Regatta chat\n"
    "Thread: Harbour Cup final \u2014 what will the winning time be?\n\n"
    "#1  keelhaul_kate  |  Apr 3 2027, 09:12 AM\n"
    "Course is 2,000 metres, tide against them. Post your time below, closest wins a round.\n\n"
    "#2  oarsome_ollie  |  Apr 3 2027, 09:40 AM\n"
    "6:12. The tide turns at half past, which helps the second heat.\n\n"
    "#3  cox_in_a_box  |  Apr 3 2027, 10:05 AM\n"
    "Sub six, 5:58. Bellport have been flying in training.\n\n"
    "#4  keelhaul_kate  |  Apr 3 2027, 10:20 AM\n"
    "Last year was 6:40 in a headwind.\n"
)


def test_the_short_answers_to_a_threads_question_are_the_posters_calls() -> None:
    candidates = found(ASKING_THREAD)
    answers = [(c.quote, c.speaker) for c in candidates if c.quote in ("6:12.", "Sub six, 5:58.")]
    assert answers == [("6:12.", "oarsome_ollie"), ("Sub six, 5:58.", "cox_in_a_box")]
    # A report of a past result is no answer, nor is the opening post's own text.
    assert not [c for c in candidates if c.quote.startswith(("Last year", "Course is"))]


def test_short_answers_count_only_where_the_thread_asks_for_calls() -> None:
    text = ASKING_THREAD.replace("what will the winning time be?", "photos from the day").replace(
        "Post your time below, closest wins a round.", "Lovely weather for it.")
    assert not [c for c in found(text) if c.quote in ("6:12.", "Sub six, 5:58.")]


def test_a_reply_with_a_verb_in_a_thread_that_asks_for_nothing_is_still_read() -> None:
    # Only a bare figure is held back there: a sentence with its own verb is the detector's to judge.
    text = ASKING_THREAD.replace("what will the winning time be?", "photos from the day").replace(
        "Post your time below, closest wins a round.", "Lovely weather for it.").replace(
        "6:12. The tide", "Bellport will win it by two lengths. The tide").replace("Sub six, 5:58.", "It slips to 6:20, 80%.")
    quotes = [(c.quote, c.speaker) for c in found(text)]
    assert ("Bellport will win it by two lengths.", "oarsome_ollie") in quotes
    assert ("It slips to 6:20, 80%.", "cox_in_a_box") in quotes


@pytest.mark.parametrize(("answer", "bare"), [
    ("6:12.", True), ("Sub six, 5:58.", True), ("Dec 4.", True), ("$21.", True), ("Forty-two.", False),
    # Conservative: any word longer than three letters that is no number or month keeps the answer.
    ("About 980.", False),
    ("It slips to 2028, 100%.", False), ("Mine's 2 May.", False), ("Bellport by 6:05.", False),
])
def test_a_bare_answer_is_a_figure_without_a_verb(answer: str, bare: bool) -> None:
    from tracker.extract.lists import is_bare_answer

    assert is_bare_answer(answer) is bare


def test_a_numbered_item_with_its_score_in_brackets() -> None:
    text = "Ten calls for the harbour in 2027\n\n1. [90] The Old Customs House gets a tenant.\n2. [40] The ferry fares rise.\n"
    items = [(c.claim, c.probability) for c in found(text, detector=False) if c.cue == LIST_CUE]
    assert items == [("The Old Customs House gets a tenant.", pytest.approx(0.9)), ("The ferry fares rise.", pytest.approx(0.4))]


@pytest.mark.parametrize(("header", "author"), [
    # Headers with no date, and a chat server's day.
    ("Reply from keelhaul_kate:", "keelhaul_kate"),
    ("Reply #4 \u2014 keelhaul_kate", "keelhaul_kate"),
    ("From: Kate Marlow <kate@...>", "Kate Marlow"),
    ('From: "Kate Marlow" <kate@example.org>', "Kate Marlow"),
    ("keelhaul_kate \u2014 Today at 18:04", "keelhaul_kate"),
    ("keelhaul_kate \u2014 Yesterday at 9:12 PM", "keelhaul_kate"),
    ("Started by: keelhaul_kate, 28 September 2026", "keelhaul_kate"),
    ("Started by keelhaul_kate, 1st October", "keelhaul_kate"),
    ("[08:05] <keelhaul_kate> 6:12, tide or no tide", "keelhaul_kate"),
])
def test_post_headers_without_a_date_or_with_a_chat_servers_day(header: str, author: str) -> None:
    from tracker.extract.lists import post_author

    assert post_author(header) == author


def test_a_reply_from_line_or_a_from_line_alone_is_no_post_in_prose() -> None:
    from tracker.extract.lists import post_author

    assert post_author("Reply from the council: the bridge will reopen in May.") is None
    assert post_author("From: the minutes of the March meeting, which say more.") is None


SWEEPSTAKE_THREAD = (
    "Allotment Society \u2014 Members' Board\n"
    "Subject: Last frost sweepstake, spring 2027\n\n"
    "Started by: Petra_G, 1 March 2027\n\n"
    "Guess the date of the last air frost at the society's thermometer. Closest wins the jam.\n\n"
    "Reply from Hollis_Veg:\n"
    "I'll go 14 April. The blackthorn is late this year.\n\n"
    "Reply from Ada.M:\n"
    "Hollis, you said 14 April the year before as well!\n"
    "Mine's 2 May. The soil is still cold.\n\n"
    "Reply from Hollis_Veg:\n"
    "I'll be boring then. 20 April.\n\n"
    "Reply from Ned_Digs:\n"
    "Can't wait for this. See you all in April.\n\n"
    "Reply from Petra_G:\n"
    "Entries close on 4 March.\n"
)


def test_a_replys_answer_may_follow_a_sentence_of_chat() -> None:
    # A month alone after the first sentence is chatter, and the one who asked keeps the game.
    answers = {c.quote: c.speaker for c in found(SWEEPSTAKE_THREAD) if c.cue == LIST_CUE}
    assert answers == {"I'll go 14 April.": "Hollis_Veg", "Mine's 2 May.": "Ada.M", "20 April.": "Hollis_Veg"}
