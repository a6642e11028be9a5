"""A paragraph dated from the incident told before it, not from publication."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.extract import extract_incidents
from tasks.extract.day_shifts import shift_marker, shifted_day


@pytest.mark.parametrize("sentence, expected", [
    ("A day earlier, gunmen shot dead a village chief.", date(2025, 3, 8)),
    ("Two days later, suspected ADF fighters killed four farmers.", date(2025, 3, 11)),
    ("The same day, militants ambushed a convoy.", date(2025, 3, 9)),
    ("The previous day, six people were killed in a cattle raid.", date(2025, 3, 8)),
    ("The next morning, a bomb exploded at a market.", date(2025, 3, 10)),
])
def test_shift_counts_from_the_day_before(sentence: str, expected: date) -> None:
    marker = shift_marker(sentence)
    assert marker is not None and shifted_day(marker, date(2025, 3, 9)) == expected


def test_no_shift_without_a_leading_phrase() -> None:
    assert shift_marker("Gunmen killed two people a day earlier than planned.") is None


def test_a_day_earlier_counts_from_the_incident_told() -> None:
    text = (
        "COTABATO CITY, Philippines (IW) - A grenade attack on a market in Datu Piang wounded eight people on Sunday, police "
        "said. A day earlier, gunmen shot dead a village chief in nearby Shariff Aguak."
    )
    found = sorted(i["event_date"] for i in extract_incidents(text, published=date(2025, 3, 12)))
    assert found == ["2025-03-08", "2025-03-09"]
