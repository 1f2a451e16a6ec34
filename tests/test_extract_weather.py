"""Weather-service products read by their structure (``tracker/extract/weather.py``).

The products below were written here in the layout of National Weather Service text
products (zone, fire-weather and tropical forecasts, a winter-weather message); no line is
copied from a real one. The corpus tests read train and dev texts of ``../shared/corpus`` by
path and offsets and skip with a message where it is absent; the test split is never read.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from tests.conftest import Tracker
from tracker.extract import Candidate, extract
from tracker.extract.combine import DEFAULT_MIN_CONFIDENCE
from tracker.extract.weather import KIND_CONFIDENCE, is_period_name, weather_probability
from tracker.training.data import labelled_texts, shared_corpus

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction_eval import candidate_spans  # noqa: E402

ZONE_FORECAST = """\
FPUS53 KXYZ 302015
ZFPXYZ

ZONE FORECAST PRODUCT FOR THE NORTHERN PLAINS
NATIONAL WEATHER SERVICE MILLBROOK ND
315 PM CST MON NOV 30 2026

NDZ001-002-011000-
ASHFORD-BRAMBLE-
INCLUDING THE CITIES OF...ASHFORD...BRAMBLE
315 PM CST MON NOV 30 2026

.TONIGHT...MOSTLY CLOUDY. LOWS AROUND 25. SOUTH WINDS 5 TO 10 MPH.
.TUESDAY...A CHANCE OF SNOW IN THE MORNING...THEN SNOW LIKELY IN THE
AFTERNOON. HIGHS IN THE LOWER 30S. CHANCE OF SNOW 60 PERCENT.
.TUESDAY NIGHT...SNOW. LOWS AROUND 20.
.WEDNESDAY THROUGH THURSDAY...PARTLY CLOUDY. HIGHS IN THE MID 20S.
.FRIDAY...SLIGHT CHANCE OF FLURRIES. HIGHS AROUND 30.
.MONDAY...SUNNY. HIGHS AROUND 35.

$$

NDZ003-011000-
CALLOWAY-
315 PM CST MON NOV 30 2026

.Tonight...Clear. Lows around 18.
.Overnight...Patchy fog.

$$

PARKER
"""

FIRE_WEATHER = """\
FNUS53 KXYZ 011130
FWFXYZ

FIRE WEATHER PLANNING FORECAST FOR THE PINE RIDGE DISTRICT
NATIONAL WEATHER SERVICE MILLBROOK ND
630 AM CDT WED JUL 1 2026

.DISCUSSION...DRY AND BREEZY CONDITIONS WILL CONTINUE THROUGH
THURSDAY. HUMIDITY WILL RECOVER ON FRIDAY.

NDZ041-012100-
PINE RIDGE-
630 AM CDT WED JUL 1 2026

.TODAY...

SKY/WEATHER.........MOSTLY SUNNY.
MAX TEMPERATURE.....88-93.
MIN HUMIDITY........12-17 PERCENT.
WIND (20 FT)........
    VALLEYS/LWR SLOPES...WEST 10 TO 15 MPH.
    RIDGES/UPR SLOPES....WEST 15 TO 20 MPH.
CHANCE OF PCPN......10 PERCENT.
SUNRISE.............5:41 AM.

TIME (CDT)      9 AM   NOON   3 PM
TEMP............75     84     90
RH..............35     20     14

.TONIGHT...

SKY/WEATHER.........CLEAR.
MIN TEMPERATURE.....55-60.

                    THU       THU NIGHT FRI
CLOUD COVER         MCLEAR    PCLDY     MCLDY
MAX/MIN TEMP        90        58        84

$$
"""

TROPICAL = """\
WTNT42 KNHC 292100
TCDAT2

Tropical Storm Quill Discussion Number   7
NWS National Hurricane Center Miami FL       AL172026
500 PM AST Sun Nov 29 2026

Quill has changed little in organization today.

FORECAST POSITIONS AND MAX WINDS

INIT  29/2100Z 24.1N  61.3W   45 KT  50 MPH
 12H  30/0600Z 25.0N  61.0W   45 KT  50 MPH
 24H  30/1800Z 26.2N  60.4W   40 KT  45 MPH
 48H  01/1800Z 28.9N  58.2W   30 KT  35 MPH...POST-TROP/EXTRATROP
 72H  02/1800Z...DISSIPATED

$$
Forecaster Marlow
"""

WINTER_MESSAGE = """\
WWUS43 KXYZ 120900
WSWXYZ

URGENT - WINTER WEATHER MESSAGE
NATIONAL WEATHER SERVICE MILLBROOK ND
300 AM CST THU FEB 12 2026

...HEAVY SNOW EXPECTED ACROSS THE VALLEY FRIDAY...

NDZ010-121700-
/O.NEW.KXYZ.WS.W.0004.260213T0600Z-260214T0000Z/
DELL COUNTY-
300 AM CST THU FEB 12 2026

...WINTER STORM WARNING IN EFFECT FROM MIDNIGHT TONIGHT TO 6 PM CST
FRIDAY...

* WHAT...Heavy snow expected. Total accumulations of 8 to 12 inches.

* WHERE...Dell County.

* IMPACTS...Roads will become snow covered and slippery.

PRECAUTIONARY/PREPAREDNESS ACTIONS...

A Winter Storm Warning means travel will be very difficult.

&&

$$
"""


SURF_ZONE = """\
FZUS52 KXYZ 021000
SRFXYZ

SURF ZONE FORECAST FOR THE GULL COAST
NATIONAL WEATHER SERVICE MILLBROOK ND
500 AM EDT THU JUL 2 2026

XYZ250-022200-
GULL COAST BEACHES-
500 AM EDT THU JUL 2 2026

.TODAY...
Weather.....................Slight chance of showers.
Rip current risk............Moderate.
Surf height.................2 to 3 feet.
Tides.......................
  Gull Point: High at 5:43 AM, low at 11:50 AM.
Sunset......................8:31 PM.

.TONIGHT AND FRIDAY...
Rip current risk............High.

.INDEPENDENCE DAY...
Surf height.................1 to 2 feet.

$$
"""


def _by_cue(text: str, cue: str, **options: object) -> list[Candidate]:
    return [c for c in extract(text, min_confidence=0.0, **options).forecasts if c.cue == cue]  # type: ignore[arg-type]


def test_each_sentence_of_a_period_is_one_forecast_dated_by_its_period() -> None:
    periods = _by_cue(ZONE_FORECAST, "weather period")
    found = {c.quote: c for c in periods}
    tonight = found[".TONIGHT...MOSTLY CLOUDY."]
    assert tonight.deadline == dt.date(2026, 11, 30) and tonight.speaker is None
    assert tonight.claim == "Tonight (2026-11-30) in Ashford, Bramble: Mostly cloudy."
    assert found["LOWS AROUND 25."].deadline == dt.date(2026, 11, 30)
    # "...THEN" parts are separate forecasts, each with its own wording's probability
    assert found[".TUESDAY...A CHANCE OF SNOW IN THE MORNING"].probability == 0.4
    then = found["THEN SNOW LIKELY IN THE AFTERNOON."]
    assert then.probability == 0.7 and then.deadline == dt.date(2026, 12, 1)
    assert then.claim.endswith(": Snow likely in the afternoon.")
    assert found["CHANCE OF SNOW 60 PERCENT."].probability == 0.6
    assert found[".TUESDAY NIGHT...SNOW."].deadline == dt.date(2026, 12, 1)
    assert found[".WEDNESDAY THROUGH THURSDAY...PARTLY CLOUDY."].deadline == dt.date(2026, 12, 3)
    assert found[".FRIDAY...SLIGHT CHANCE OF FLURRIES."].probability == 0.2
    assert found[".MONDAY...SUNNY."].deadline == dt.date(2026, 12, 7)  # the Monday after, not the issue day
    calloway = [c for c in periods if "Calloway" in c.claim]
    assert [c.quote for c in calloway] == [".Tonight...Clear.", "Lows around 18.", ".Overnight...Patchy fog."]
    assert calloway[-1].deadline == dt.date(2026, 12, 1)  # overnight: the next day
    assert len(periods) == 18
    assert all(c.confidence == KIND_CONFIDENCE["weather period"] for c in periods)


def test_candidates_are_in_text_order_and_each_quote_is_found_in_the_text() -> None:
    found = extract(ZONE_FORECAST, min_confidence=0.0).forecasts
    spans = candidate_spans(ZONE_FORECAST, found)
    assert all(start >= 0 for start, _ in spans)
    assert [start for start, _ in spans] == sorted(start for start, _ in spans)


def test_a_product_without_an_issue_time_gets_no_deadline() -> None:
    undated = ZONE_FORECAST.replace("315 PM CST MON NOV 30 2026\n", "")
    extraction = extract(undated, min_confidence=0.0)
    assert extraction.meta.published is None
    periods = [c for c in extraction.forecasts if c.cue == "weather period"]
    assert periods and all(c.deadline is None for c in periods)
    assert periods[0].claim.startswith("Tonight in Ashford, Bramble: ")


def test_rows_of_a_fire_weather_table_are_forecasts_but_astronomy_and_headers_are_not() -> None:
    rows = _by_cue(FIRE_WEATHER, "weather table row")
    quotes = [c.quote for c in rows]
    assert quotes == [
        "SKY/WEATHER.........MOSTLY SUNNY.", "MAX TEMPERATURE.....88-93.", "MIN HUMIDITY........12-17 PERCENT.",
        "VALLEYS/LWR SLOPES...WEST 10 TO 15 MPH.", "RIDGES/UPR SLOPES....WEST 15 TO 20 MPH.",
        "CHANCE OF PCPN......10 PERCENT.", "TEMP............75 84 90", "RH..............35 20 14",
        "SKY/WEATHER.........CLEAR.", "MIN TEMPERATURE.....55-60.",
        "CLOUD COVER MCLEAR PCLDY MCLDY", "MAX/MIN TEMP 90 58 84",
    ]
    by_quote = {c.quote: c for c in rows}
    assert by_quote["MAX TEMPERATURE.....88-93."].deadline == dt.date(2026, 7, 1)
    assert by_quote["MAX TEMPERATURE.....88-93."].claim == "Today (2026-07-01) in Pine Ridge: max temperature 88-93."
    assert by_quote["CHANCE OF PCPN......10 PERCENT."].probability == 0.1
    assert by_quote["MIN TEMPERATURE.....55-60."].deadline == dt.date(2026, 7, 1)
    # a table whose columns are periods: one forecast per row, judged by its last column
    cloud = by_quote["CLOUD COVER MCLEAR PCLDY MCLDY"]
    assert cloud.claim == "Cloud cover in Pine Ridge: Thu mclear, Thu night pcldy, Fri mcldy."
    assert cloud.deadline == dt.date(2026, 7, 3)
    prose = _by_cue(FIRE_WEATHER, "weather prose")
    assert [c.deadline for c in prose] == [dt.date(2026, 7, 2), dt.date(2026, 7, 3)]


def test_a_surf_forecast_s_rows_holidays_and_joined_periods() -> None:
    rows = _by_cue(SURF_ZONE, "weather table row")
    assert [(c.quote, c.probability, c.deadline) for c in rows] == [
        ("Weather.....................Slight chance of showers.", 0.2, dt.date(2026, 7, 2)),
        ("Rip current risk............Moderate.", 0.9, dt.date(2026, 7, 2)),  # a category, not a hedge
        ("Surf height.................2 to 3 feet.", 0.9, dt.date(2026, 7, 2)),
        ("Rip current risk............High.", 0.9, dt.date(2026, 7, 3)),  # "tonight and Friday": judged Friday
        ("Surf height.................1 to 2 feet.", 0.9, dt.date(2026, 7, 4)),  # the holiday: the day after
    ]
    assert rows[1].claim == "Today (2026-07-02) on Gull Coast Beaches: rip current risk moderate."


def test_forecast_positions_after_the_initial_one_run_into_the_next_month() -> None:
    positions = _by_cue(TROPICAL, "forecast position")
    assert [c.deadline for c in positions] == [
        dt.date(2026, 11, 30), dt.date(2026, 11, 30), dt.date(2026, 12, 1), dt.date(2026, 12, 2)
    ]
    assert positions[0].claim == (
        "Tropical Storm Quill will be near 25.0N 61.0W at 0600 UTC on 2026-11-30 with maximum winds of 45 kt (50 mph)."
    )
    assert positions[-1].claim == "Tropical Storm Quill will have dissipated by 1800 UTC on 2026-12-02."
    assert not any("FORECAST POSITIONS" in c.quote for c in extract(TROPICAL, min_confidence=0.0).forecasts)


def test_headlines_and_bullets_that_forecast_but_not_advisories_or_advice() -> None:
    found = extract(WINTER_MESSAGE, min_confidence=0.0).forecasts
    quotes = [c.quote for c in found]
    headline = next(c for c in found if c.cue == "weather headline")
    assert headline.quote == "...HEAVY SNOW EXPECTED ACROSS THE VALLEY FRIDAY..."
    assert headline.probability == 0.7 and headline.deadline == dt.date(2026, 2, 13)
    assert not any("IN EFFECT" in quote for quote in quotes)
    assert "* WHAT...Heavy snow expected." in quotes
    assert not any("Dell County." in quote and quote.startswith("* WHERE") for quote in quotes)
    structured = [c.quote for c in found if c.cue.startswith("weather")]
    assert not any("means travel" in quote for quote in structured)  # the call to action is not read
    roads = next(c for c in found if "Roads will become" in c.quote)
    assert roads.speaker is None and roads.probability > 0.5


def test_text_that_is_not_a_product_is_not_read_as_one() -> None:
    article = "Forecasters were busy.\n\n.TONIGHT...RAIN. LOWS AROUND 40.\n.FRIDAY...SUNNY.\n"
    assert not any(c.cue.startswith("weather") for c in extract(article, min_confidence=0.0).forecasts)


def test_a_point_forecast_outside_a_product_is_read_by_its_period_lines() -> None:
    page = (
        "Seven-day forecast for Millbrook\n\n"
        "Tonight: Mostly cloudy, with a low around 45. South wind 5 to 10 mph.\n"
        "Tuesday: A chance of showers after noon. Partly sunny, with a high near 61.\n"
        "Tuesday Night: Rain likely. Low around 40.\n"
    )
    periods = _by_cue(page, "weather period")
    assert [(c.quote, c.probability) for c in periods] == [
        ("Tonight: Mostly cloudy, with a low around 45.", 0.9), ("South wind 5 to 10 mph.", 0.9),
        ("Tuesday: A chance of showers after noon.", 0.4), ("Partly sunny, with a high near 61.", 0.9),
        ("Tuesday Night: Rain likely.", 0.7), ("Low around 40.", 0.9),
    ]
    assert periods[1].claim == "Tonight: South wind 5 to 10 mph."
    assert all(c.deadline is None for c in periods)  # the page states no date


def test_a_schedule_by_weekday_is_not_a_point_forecast() -> None:
    fixtures = "Cup week\n\nTuesday: Harrowgate v Linden at the Oval.\nWednesday: Rovers v Athletic.\n"
    assert not any(c.cue.startswith("weather") for c in extract(fixtures, min_confidence=0.0).forecasts)


def test_rules_alone_read_the_structure_without_confidences() -> None:
    periods = _by_cue(ZONE_FORECAST, "weather period", detector=False)
    assert len(periods) == 18 and all(c.confidence is None for c in periods)


def test_the_detector_s_training_examples_see_the_sentence_rules_only() -> None:
    """The structured reading has its own confidence; the detector learns (and is run) on what
    the sentence rules find, so training and run time see the same features."""
    from tracker.training.data import LabelledText, text_examples

    plain = extract(ZONE_FORECAST, detector=False, structure=False).forecasts
    assert not any(c.cue.startswith("weather") for c in plain)
    examples = text_examples(LabelledText("written/zfp.txt", "weather", "train", ZONE_FORECAST, {"forecasts": []}))
    assert sum(e.hit.count for e in examples) == len(plain)


def test_prose_that_names_a_day_ahead_is_read_unless_it_reports_the_past_or_labels_a_section() -> None:
    extra = (
        "THE FRONT REACHES THE COAST BY FRIDAY.\n\n"
        "AT 10 AM MONDAY THE RIVER WAS 7.4 FEET.\n\n"
        "OUTLOOK...WEDNESDAY THROUGH FRIDAY...MODERATE CONFIDENCE.\n\n"
        "$$\n\nPARKER"
    )
    product = ZONE_FORECAST.replace("$$\n\nPARKER", extra)
    timed = [c for c in extract(product, min_confidence=DEFAULT_MIN_CONFIDENCE).forecasts if c.cue == "weather prose (time)"]
    assert [(c.quote, c.deadline) for c in timed] == [("THE FRONT REACHES THE COAST BY FRIDAY.", dt.date(2026, 12, 4))]
    assert timed[0].confidence == KIND_CONFIDENCE["weather prose (time)"]


@pytest.mark.parametrize(
    ("words", "probability"),
    [
        ("SHOWERS LIKELY.", 0.7), ("A CHANCE OF RAIN.", 0.4), ("SLIGHT CHANCE OF SNOW.", 0.2),
        ("CHANCE OF RAIN 30 PERCENT.", 0.3), ("SIGNIFICANT ICING IS NOT EXPECTED.", 0.2), ("HIGHS AROUND 50.", 0.9),
        ("Thunderstorms possible after midnight.", 0.4),
    ],
)
def test_weather_wording_has_the_guide_s_probability(words: str, probability: float) -> None:
    assert weather_probability(words) == probability


@pytest.mark.parametrize(
    ("name", "is_period"),
    [("TONIGHT", True), ("Wednesday Night", True), ("REST OF TODAY", True), ("THU", True),
     ("WEDNESDAY THROUGH FRIDAY", True), ("TONIGHT AND TUESDAY", True), ("LABOR DAY", True),
     ("SYNOPSIS", False), ("SHORT TERM", False), ("DISCUSSION", False), ("MONDAY MORNING MEETING", False)],
)
def test_period_names(name: str, is_period: bool) -> None:
    assert is_period_name(name) is is_period


def test_the_cli_shows_structured_candidates_with_their_cue(tracker: Tracker, tmp_path: Path) -> None:
    product = tmp_path / "zfp.txt"
    product.write_text(ZONE_FORECAST, encoding="utf-8")
    [article] = tracker("extract", str(product), "--json").json()
    assert article["outlet"] == "NATIONAL WEATHER SERVICE MILLBROOK ND" and article["published"] == "2026-11-30"
    first = article["forecasts"][0]
    assert first["cue"] == "weather period" and first["deadline"] == "2026-11-30"
    assert first["confidence"] == KIND_CONFIDENCE["weather period"]


# ---------------------------------------------------------------- the shared corpus (train and dev)

needs_corpus = pytest.mark.skipif(
    not (shared_corpus() / "texts").is_dir(), reason=f"no shared corpus at {shared_corpus()}: real products are read from it"
)


def _labelled(name: str) -> tuple[str, dict[str, object]]:
    for split in ("train", "dev"):
        for item in labelled_texts(split):
            if item.name.endswith(name):
                return item.text, item.labels
    raise AssertionError(f"{name} is not a labelled train or dev text")


def _near(text: str, found: tuple[Candidate, ...], label: dict[str, int]) -> list[Candidate]:
    return [c for c, (start, end) in zip(found, candidate_spans(text, found)) if start >= 0 and start < label["end"] and label["start"] < end]


@needs_corpus
def test_every_clear_forecast_of_a_lake_forecast_s_periods_is_found_with_its_date_and_direction() -> None:
    text, labels = _labelled("weather_forecast_discussions/pywwa-glf.txt")  # train
    found = extract(text, min_confidence=DEFAULT_MIN_CONFIDENCE).forecasts
    first_zone, coded = text.index("LOZ062"), text.index("MAFOR")  # the periods, not the coded MAFOR lines
    periods = [label for label in labels["forecasts"] if label["clear"] and first_zone < label["start"] < coded]  # type: ignore[index]
    assert len(periods) > 40
    for label in periods:
        near = [c for c in _near(text, found, label) if c.cue == "weather period"]
        assert near, text[label["start"]: label["end"]]
        assert any(c.deadline is not None and c.deadline.isoformat() == label["deadline"] for c in near), text[label["start"]: label["end"]]
        assert any((c.probability > 0.5) == (label["direction"] == "high") for c in near), text[label["start"]: label["end"]]


@needs_corpus
def test_forecast_positions_of_a_tropical_discussion_carry_the_labels_dates() -> None:
    text, labels = _labelled("weather_forecast_discussions/pyiem-tcdat5-cvt.txt")  # train
    found = extract(text, min_confidence=DEFAULT_MIN_CONFIDENCE).forecasts
    rows = [label for label in labels["forecasts"] if text[label["start"]: label["start"] + 4].strip().endswith("H")]  # type: ignore[index]
    assert len(rows) == 4
    for label in rows:
        [position] = [c for c in _near(text, found, label) if c.cue == "forecast position"]
        assert position.deadline is not None and position.deadline.isoformat() == label["deadline"]


@needs_corpus
def test_a_winter_weather_message_s_bullets_and_headline_are_found() -> None:
    text, labels = _labelled("weather_forecast_discussions/pyiem-wswdmx-wsw-00.txt")  # dev
    found = extract(text, min_confidence=DEFAULT_MIN_CONFIDENCE).forecasts
    clear = [label for label in labels["forecasts"] if label["clear"]]  # type: ignore[index]
    missed = [text[label["start"]: label["end"]] for label in clear if not _near(text, found, label)]
    assert missed == []
    not_forecasts = labels["not_forecasts"]  # type: ignore[index]
    advisories = [label for label in not_forecasts if "IN EFFECT" in text[label["start"]: label["end"]]]
    assert advisories and not any(_near(text, found, label) for label in advisories)


HYDROLOGIC_OUTLOOK = """\
FGUS73 KXYZ 151700
ESFXYZ
NDZ001-002-151800-

PROBABILISTIC HYDROLOGIC OUTLOOK
NATIONAL WEATHER SERVICE MILLBROOK ND
1200 PM CDT MON MAR 15 2027

In Table 1 below...the current chances of exceeding minor...moderate and
major flood stages are listed for the valid time period.

...Table 1--Probabilities for minor...moderate and major flooding...
                    Valid Period:  03/20/2027  - 06/18/2027

                                       :    Current and Historical
                                       :     Chances of Exceeding
                                       :      as a Percentage (%)
                   Flood Stages (ft)   :   Minor    Moderate   Major
Location           Minor   Mod   Major :  CS   HS   CS   HS   CS   HS
--------           -----  -----  ----- : ---  ---  ---  ---  ---  ---
:Marrow River
Millford            12.0   14.0   16.0 :  62   30   18   10   <5   <5
Norton              10.0   11.0   12.5 :  12   10    6    5   <5   <5

...Table 2--Exceedance Probabilities...

                               Chance of Exceeding Stages
                          Valid Period: 03/20/2027  - 06/18/2027
Location              95%    90%    75%    50%    25%    10%     5%
--------            ------ ------ ------ ------ ------ ------ ------
:Marrow River
Millford              4.1    4.3    5.9    8.8   11.7   13.4   15.0
Norton                3.0    3.2    3.9    5.5    8.1   10.2   11.4

The next outlook will be issued in late March.

$$
"""


def test_the_rows_of_a_hydrologic_outlook_are_forecasts_at_the_chance_they_give() -> None:
    found = extract(HYDROLOGIC_OUTLOOK, min_confidence=DEFAULT_MIN_CONFIDENCE).forecasts
    rows = {c.quote: (c.probability, c.cue, c.deadline) for c in found if c.quote.startswith(("Millford", "Norton"))}
    assert rows == {
        # Table 1: after the ":", the current chance of minor flooding.
        "Millford 12.0 14.0 16.0 : 62 30 18 10 <5 <5": (0.62, "weather table row", None),
        "Norton 10.0 11.0 12.5 : 12 10 6 5 <5 <5": (0.12, "weather table row", None),
        # Table 2: stages at each chance of exceeding, a central estimate with its range.
        "Millford 4.1 4.3 5.9 8.8 11.7 13.4 15.0": (0.5, "weather table row", dt.date(2027, 6, 18)),
        "Norton 3.0 3.2 3.9 5.5 8.1 10.2 11.4": (0.5, "weather table row", dt.date(2027, 6, 18)),
    }
    # The tables' titles and column heads are not forecasts.
    assert not any(c.quote.startswith(("Chance of Exceeding", "Location")) for c in found)


def test_a_hazard_product_in_force_is_the_office_s_action_not_a_forecast() -> None:
    """"...HEAT ADVISORY IN EFFECT..." and "HAS ISSUED A ... WHICH IS IN EFFECT" announce what the
    office has done (the guide's `other`); the forecast is in the bullets."""
    text = (
        "URGENT - WEATHER MESSAGE\nNATIONAL WEATHER SERVICE MILLBROOK ND\n301 PM CDT THU JUL 8 2027\n\n"
        "...HEAT ADVISORY IN EFFECT FROM NOON TO 8 PM CDT FRIDAY...\n\n"
        "THE NATIONAL WEATHER SERVICE IN MILLBROOK HAS ISSUED A HEAT ADVISORY...WHICH IS IN EFFECT\n"
        "FROM NOON TO 8 PM CDT FRIDAY. THE EXCESSIVE HEAT WATCH IS NO LONGER IN EFFECT.\n\n"
        "* TEMPERATURES...HIGHS WILL REACH 104 TO 106 FRIDAY AFTERNOON.\n\n"
        "* HEAT INDEX...VALUES WILL PEAK NEAR 112 LATE FRIDAY AFTERNOON.\n"
    )
    quotes = [c.quote for c in extract(text, min_confidence=0.0).forecasts]
    assert not [q for q in quotes if "IN EFFECT" in q]
    assert any("HIGHS WILL REACH 104" in q for q in quotes)
