"""Metadata of real train and dev texts, read by path from ../shared/corpus (never copied).

One text per header layout fixed from benchmarks/metadata_errors.py; the expected values are
the GUIDE's reading of each header. The test split is never read. Without the shared
corpus these tests are skipped with a message.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract import extract
from tracker.training.data import shared_corpus, splits, text_path

pytestmark = pytest.mark.skipif(
    not (shared_corpus() / "texts").is_dir(), reason=f"no shared corpus at {shared_corpus()}: real headers are read from it"
)

EXPECTED = {
    # A meeting account: the meeting's days are not its publication date.
    "texts/central_bank/ecb-account-2024-04-04.txt": (
        "Account of the monetary policy meeting of the Governing Council of the European Central Bank held in "
        "Frankfurt am Main on Wednesday and Thursday, 6-7 March 2024",
        None, dt.date(2024, 4, 4), "European Central Bank",
    ),
    # A minutes excerpt titled with its meeting date.
    "texts/economic_outlook/fomc-minutes-2001-09-17-outlook.txt": (
        "Minutes of the Federal Open Market Committee (meeting of 2001-09-17) \u2014 excerpt",
        None, dt.date(2001, 9, 17), "Federal Open Market Committee",
    ),
    # A Public Information Statement titled by its headline.
    "texts/control_low_forecast/pyiem-pns-pns-damage-multi.txt": (
        "NWS Damage Survey for 03/16/23 Tornado Event", "Bradshaw", dt.date(2023, 3, 17), "National Weather Service Fort Worth TX",
    ),
    # A newsletter issue over its table of contents.
    "texts/forum_blog_predictions/nunosempere-forecasting-newsletter-looking-back-at-2021.txt": (
        "Forecasting Newsletter: Looking back at 2021", None, None, None,
    ),
    # A text that opens in the middle of a paragraph.
    "texts/sports_previews/tilden-art-of-lawn-tennis-ch11-probable-future-part2.txt": (None, None, None, None),
    # Two authors on the line under the title.
    "texts/technology_predictions/go-blog-generics-next-step.txt": (
        "The Next Step for Generics", "Ian Lance Taylor, Robert Griesemer", dt.date(2020, 6, 16), None,
    ),
    # A scraped report that prints its title twice.
    "texts/public_health_outlooks/cdc-mmwr-00001375.txt": (
        "A Strategic Plan for the Elimination of Tuberculosis in the United States", None, None, None,
    ),
    # An address's title centred over four lines, ending with its date.
    "texts/political_speeches/lane-address-highways-transport-committee-1918.txt": (
        "ADDRESS BY HON. FRANKLIN K. LANE, SECRETARY OF THE INTERIOR, BEFORE THE CONFERENCE OF REGIONAL CHAIRMEN OF "
        "THE HIGHWAYS TRANSPORT COMMITTEE, SEPTEMBER 17, 1918",
        "Franklin K. Lane", dt.date(1918, 9, 17), None,
    ),
    # A tsunami message issued at a 24-hour UTC time.
    "texts/weather_forecast_discussions/pyiem-tsu-tsupac.txt": (
        "TSUNAMI MESSAGE NUMBER 3", None, dt.date(2021, 3, 4), "NWS PACIFIC TSUNAMI WARNING CENTER EWA BEACH HI",
    ),
    # A debate transcript under a collection's "President: X" header has no author.
    "texts/election_political_commentary/1960-09-26-debate-richard-nixon-chicago.txt": (None, None, None, None),
    # A byline in capitals with an honorific.
    "texts/technology_predictions/pickering-future-of-astronomy.txt": ("THE FUTURE OF ASTRONOMY", "Edward C. Pickering", None, None),
}


def test_the_texts_read_here_are_train_or_dev() -> None:
    known = splits()
    assert {known[name][1] for name in EXPECTED} <= {"train", "dev"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata_of_a_real_header(name: str) -> None:
    meta = extract(text_path(name).read_text(encoding="utf-8"), detector=False).meta
    assert (meta.title, meta.author, meta.published, meta.outlet) == EXPECTED[name]
