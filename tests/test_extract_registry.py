"""Group names as translated and local press write them (tasks/extract/registry.py, data/groups.yaml)."""

from __future__ import annotations

import pytest

from tasks.extract.registry import canonical_name, find_groups, parent_group


@pytest.mark.parametrize(
    ("written", "country", "group"),
    [
        ("l'Etat islamique", None, "Islamic State"),
        ("l'EI", None, "Islamic State"),
        ("Daech", None, "Islamic State"),
        ("Estado Islámico", None, "Islamic State"),
        ("l'État islamique au Sahel", None, "Islamic State Sahel Province"),
        ("État islamique en Afrique de l'Ouest", None, "Islamic State West Africa Province"),
        ("EIAO", None, "Islamic State West Africa Province"),
        ("d'AQMI", None, "al-Qaeda in the Islamic Maghreb"),
        ("al-Chabab", None, "al-Shabaab"),
        ("Shebab", None, "al-Shabaab"),
        ("Jama'atu Ahlis Sunna", None, "Boko Haram"),
        ("Al-Sunnah wa Jama'ah", None, "Ansar al-Sunna (Mozambique)"),
        ("machababos", None, "Ansar al-Sunna (Mozambique)"),
        ("Islamic State", "MZ", "Ansar al-Sunna (Mozambique)"),
        ("Gaitanistas", None, "Clan del Golfo"),
        ("Ejército Gaitanista de Colombia", None, "Clan del Golfo"),
        ("EGC", None, "Clan del Golfo"),
        ("Cártel Jalisco", None, "Jalisco New Generation Cartel"),
        ("Hayat Tahrir al-Cham", None, "Hayat Tahrir al-Sham"),
        ("Houthistes", None, "Houthis"),
        ("Forces démocratiques alliées", None, "Allied Democratic Forces"),
        ("Groupe de soutien à l'islam et aux musulmans", None, "Jama'at Nusrat al-Islam wal-Muslimin"),
        ("AQPA", None, "al-Qaeda in the Arabian Peninsula"),
        ("Al-Mourabitoune", None, "al-Mourabitoun"),
        ("Mujao", None, "Movement for Oneness and Jihad in West Africa"),
        ("Jihad islamique", None, "Palestinian Islamic Jihad"),
        ("Yihad Islámica", None, "Palestinian Islamic Jihad"),
        ("Talibans", None, "Taliban"),
        ("Movimiento 23 de Marzo", None, "M23"),
        ("Forces démocratiques de libération du Rwanda", None, "Democratic Forces for the Liberation of Rwanda"),
        ("Coopérative pour le développement du Congo", None, "CODECO"),
        ("Armée de libération oromo", None, "Oromo Liberation Army"),
    ],
)
def test_translated_and_local_names(written: str, country: str | None, group: str) -> None:
    assert [m.name for m in find_groups(f"An attack by {written} killed two.", country)] == [group]


def test_an_elided_article_is_not_part_of_the_name() -> None:
    mention = find_groups("Paris a attribué l'attaque à l'État islamique.")[0]
    assert mention.text == "État islamique"
    # "ei" and "egc" in lower case, and other words the elision touches, name no group
    assert find_groups("the lei of the ei in Côte d'Ivoire") == ()
    assert canonical_name("Ahlu Sunna Wal Jama'a") == "Ansar al-Sunna (Mozambique)"


def test_a_banner_that_was_signed_is_a_claim() -> None:
    from tasks.extract.actors import is_claim

    assert is_claim("A banner left beside the bodies was signed by Los Chapitos.")


@pytest.mark.parametrize(
    "written, country, group",
    [
        ("the Front for the Liberation of the Enclave of Cabinda", "AO", "Front for the Liberation of the Enclave of Cabinda"),
        ("FLEC", "AO", "Front for the Liberation of the Enclave of Cabinda"),
        ("Harakat Hezbollah al-Nujaba", "IQ", "Harakat Hezbollah al-Nujaba"),
        ("Kataib Sayyid al-Shuhada", "IQ", "Kata'ib Sayyid al-Shuhada"),
        ("Wilayat al-Hind", "IN", "Islamic State Hind Province"),
        ("the Kuki-Chin National Front", "BD", "Kuki-Chin National Front"),
        ("the UPDF", "BD", "United People's Democratic Front"),
        ("Jaish-e-Adl", "IR", "Jaish ul-Adl"),
        ("the Resistance Front", "IN", "The Resistance Front"),
        ("the People's Liberation Army", "IN", "People's Liberation Army of Manipur"),
    ],
)
def test_claimants_added_in_the_claims_round(written: str, country: str, group: str) -> None:
    assert [m.name for m in find_groups(f"{written} claimed the attack.", country)] == [group]


def test_home_only_short_names_stay_home() -> None:
    # Uganda's army and China's army are not Bangladesh's or Manipur's groups
    assert "United People's Democratic Front" not in [m.name for m in find_groups("The UPDF said.", "UG")]
    assert find_groups("the People's Liberation Army said", "CN") == ()
    assert parent_group("Estado Mayor Central") == "FARC dissidents"


@pytest.mark.parametrize(
    "written, country, group",
    [
        ("Jama'a Nusrat ul-Islam wa al-Muslimin", "ML", "Jama'at Nusrat al-Islam wal-Muslimin"),
        ("Jamaat Nasr al-Islam wa al-Muslimin", "BF", "Jama'at Nusrat al-Islam wal-Muslimin"),
        ("Wilayah Khurasan", "AF", "Islamic State Khorasan Province"),
        ("the KCK", "TR", "Kurdistan Workers' Party"),
        ("the Communist Party of the Philippines", "PH", "New People's Army"),
        ("the Alliance Fleuve Congo", "CD", "M23"),
        ("the AFC", "CD", "M23"),
        ("Kataib Hizbollah", "IQ", "Kataib Hezbollah"),
        ("the West Papua Liberation Army", "ID", "West Papua National Liberation Army"),
        ("the Army of Justice", "IR", "Jaish ul-Adl"),
    ],
)
def test_claimants_spelled_as_claims_name_them(written: str, country: str, group: str) -> None:
    assert [m.name for m in find_groups(f"{written} claimed the attack.", country)] == [group]


def test_short_names_stay_home() -> None:
    assert find_groups("The AFC said on Monday.", "FR") == ()
    assert find_groups("the Army of Justice said", "US") == ()
