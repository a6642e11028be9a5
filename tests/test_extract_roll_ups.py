"""A lead that sums several attacks before the paragraphs that tell each: its total is none of theirs."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.extract import extract_incidents
from tasks.extract.roll_ups import is_roll_up, next_part


@pytest.mark.parametrize("lead", [
    "Attacks on two army posts in central Mali killed at least 30 soldiers on Tuesday.",
    "RSF drone strikes on two cities killed 25 people on Monday, activists said.",
    "Two explosions in Kabul on Thursday killed nine people, the interior ministry said.",
    "Bandits killed 30 people in attacks on three villages in Kaduna State on Tuesday.",
])
def test_leads_that_sum_several_attacks(lead: str) -> None:
    assert is_roll_up(lead)


def test_one_attack_is_no_roll_up() -> None:
    assert not is_roll_up("An attack on an army post in central Mali killed 21 soldiers on Tuesday.")


def test_next_part_by_ordinal_or_another_leading_place() -> None:
    assert next_part("A second bomb near a checkpoint killed two policemen.", ["A magnetic bomb killed seven."])
    assert next_part("In Dioura, nine soldiers died.", ["In Boni, militants overran a camp, killing 21 soldiers."])
    assert not next_part("In Boni, the wounded were flown out.", ["In Boni, militants overran a camp, killing 21 soldiers."])


@pytest.mark.parametrize("text, expected", [
    (
        "BAMAKO (IW) - Attacks on two army posts in central Mali killed at least 30 soldiers on Tuesday, security sources said. "
        "In Boni, militants overran a camp, killing 21 soldiers. In Dioura, nine soldiers died when attackers stormed a post.",
        [("2025-05-13", 9), ("2025-05-13", 21)],
    ),
    (
        "KABUL (IW) - Two explosions in Kabul on Thursday killed nine people, the interior ministry said. A magnetic bomb "
        "attached to a minibus in Dasht-e-Barchi killed seven passengers, and a second bomb near a checkpoint in Shar-e-Naw "
        "killed two policemen.",
        [("2025-05-15", 2), ("2025-05-15", 7)],
    ),
    (
        "OUAGADOUGOU (IW) - At least 50 people were killed in a series of attacks in eastern Burkina Faso this week, security "
        "sources said. The deadliest struck the town of Pama on Tuesday, where gunmen killed 32 civilians. On Wednesday, an "
        "attack on a gendarmerie post in Kompienga killed 18 gendarmes.",
        [("2025-05-13", 32), ("2025-05-14", 18)],
    ),
])
def test_summing_lead_gives_each_part_its_own_toll(text: str, expected: list) -> None:
    found = sorted((i["event_date"], i["killed"]) for i in extract_incidents(text, published=date(2025, 5, 16)))
    assert found == expected
