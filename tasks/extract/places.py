"""Where an incident happened: country, admin1, most specific place and its coordinates."""

from __future__ import annotations

import re
from collections import defaultdict
from difflib import SequenceMatcher
from functools import lru_cache
from typing import NamedTuple, Sequence

from .gazetteer import MAX_NAME_WORDS, Entry, Gazetteer, load_gazetteer
from .text import POSSESSIVE_RE, Token, fold, folded, ngram_matches, tokenize
from .place_cues import (  # noqa: F401  (re-exported: segment and tests read some)
    AFTERMATH_BEFORE_RE, APPOSITION_BEFORE_RE, DISTANCE_REFERENCE_RE, ARABIC_NAME_AFTER_RE, CAPITAL_REF_RE, FOREIGN_AFTER_RE, FORCES_AFTER_RE,
    LOCATIVE_CUE_RE, FEATURE_OF_RE, NEIGHBOUR_AFTER_RE, NEIGHBOUR_CUE_RE, ORGANISATION_OF_RE, ORIGIN_BEFORE_RE, PERSON_BEFORE_RE,
    DISTRICT_AFTER_RE, INSTITUTION_AFTER_RE, PLACE_PHRASE_RES, QUARTER_AFTER_RE, SECTION_HEADING_RE, SUBDIVISION_AFTER_RE, SURNAME_PARTICLE_BEFORE_RE,
)

WEIGHTS = {
    "country": 3.0, "ambiguous_country": 0.5, "admin1": 2.5, "admin1_bare": 1.0, "admin2": 2.0, "region": 2.5, "place_cue": 2.0, "locality": 2.0,
    "place": 0.5, "large_place": 1.0, "group_home": 1.0, "unit_home": 3.0, "demonym": 0.5, "demonym_cue": 2.5, "demonym_forces": 1.5, "neighbour": 0.25,
}
# Capitalised words next to a name that make it part of a longer proper name ("Tal Afar", "Mohammed Saleem").
TITLE_WORDS = frozenset(
    "the in at of and near north south east west northern southern eastern western central upper lower greater new "
    "old city province state district region governorate county town village capital department prefecture commune "
    "municipality territory sector cercle subdistrict lga division oblast".split()
)
STRONG_KINDS = frozenset({"country", "admin1", "demonym", "region"})
# Subdivisions named only by a direction ("Western", "Central", "Southern District"): in a text the
# word is almost always an adjective, so it names a subdivision only after the country is known.
DIRECTION_ADMIN1_RE = re.compile(
    r"^(?:(?:north|south|east|west|central|northern|southern|eastern|western|upper|lower|middle|north\s+(?:east|west)|"
    r"south\s+(?:east|west)|northeast|northwest|southeast|southwest|federal|capital)"
    r"(?:\s+(?:district|region|province|state|area|division|department|governorate|county|prefecture))?)$"
)
CONTEXT_WEIGHT = 0.5
STRONG_OWN_SCORE = 2.0
# Own votes this close are a tie ("An Israeli drone ... in the Bekaa": the attacker's demonyms against the scene's
# province), which the title, dateline and nearby sentences break.
TIE_MARGIN = 0.01
LARGE_PLACE_POPULATION = 100_000
# An alternate name this unlike a place's own name ("Boni" for Bonn, "Al Mawsil" for Mosul) is a weak vote for its country.
LOOSE_ALIAS_RATIO = 0.8
MULTI_ADMIN1_RE = folded(
    r"\bbetween\s+$", re.IGNORECASE
)
ADMIN1_PLURAL_SUFFIX_RE = folded(r"^\s+(?:provinces|governorates|states|regions|districts)\b", re.IGNORECASE)
PHRASE_STOP_WORDS = frozenset({"The", "A", "An", "In", "On", "At", "This", "That", "Security", "Police", "Army", "Government"})


class PlaceMention(NamedTuple):
    """A gazetteer name found in a sentence."""

    sentence_index: int
    start: int
    end: int
    text: str
    entries: list[Entry]
    cue: bool
    context: bool  # from the title, dateline or lead rather than the incident's own sentences
    embedded: bool = False  # flanked by another capitalised word: maybe part of a longer name
    named_after: bool = False  # a capitalised word follows: "Palestine Hotel", "Palestine Liberation Front"
    neighbour: bool = False  # "the border with X": X is not where it happened
    foreign: bool = False  # "US-led", "the Canadian embassy", "officers from Mauritania": foreigners, not the scene
    forces: bool = False  # "the Iraqi army": a demonym naming the home country's forces
    lenient: bool = False  # nothing else places the incident: a small town named without "in" still counts
    subdivision_after: bool = False  # "Somali region": a subdivision word follows
    district_after: bool = False  # "Bijapur district": the name is a district's, whatever towns share it
    apposition: bool = False  # "Alexandria, Virginia": the name after the comma places the one before
    aftermath: bool = False  # "treated in Niamey": where the wounded were taken, not the scene
    quarter: bool = False  # "the Brooklyn neighbourhood of ...": a town's quarter, not its famous namesake
    reference: bool = False  # "40 km east of Fada N'Gourma": the scene is measured from it (an aftermath kind)
    institution: bool = False  # "Gaza's civil defence agency": the home of a body that speaks, not a locator

    @property
    def elsewhere(self) -> bool:
        """Named, but not as the scene: foreigners' or victims' origins, a neighbour, a hospital's town."""
        return self.foreign or self.neighbour or self.aftermath


# Evidence stand-in for a country known only from a one-country group: the incident's first sentence.
GROUP_HOME_SUPPORT = PlaceMention(0, 0, 0, "", [], False, False)


def find_place_mentions(
    sentence: str, sentence_index: int, excluded: list[tuple[int, int]] | None = None, context: bool = False
) -> list[PlaceMention]:
    """Gazetteer names in a sentence (longest match first), skipping excluded spans such as group names."""
    found = _sentence_place_mentions(sentence)
    return [
        m._replace(sentence_index=sentence_index, context=context)
        for m in found
        if not (excluded and any(m.start < x_end and x_start < m.end for x_start, x_end in excluded))
    ]


@lru_cache(maxsize=4096)
def _sentence_place_mentions(sentence: str) -> tuple[PlaceMention, ...]:
    gazetteer = load_gazetteer()
    tokens = tokenize(sentence)
    mentions = []
    matches = list(ngram_matches(tokens, gazetteer.names, MAX_NAME_WORDS))
    # Tokens of names that are surely places in their own right ("Kabul Afghanistan" is two names).
    strong_tokens = {
        i
        for first, last, indexes in matches
        if any(gazetteer.entries[j][0] in STRONG_KINDS for j in indexes)
        for i in range(first, last)
    }
    for first, last, indexes in matches:
        start, end = tokens[first].start, tokens[last - 1].end
        entries = [Entry._make(gazetteer.entries[i]) for i in indexes]
        if any(e.kind == "blocker" for e in entries):
            continue  # "Battle of Mosul", "Old City": the phrase is not the place of the same name
        before = sentence[max(0, start - 60) : start]
        apposition = bool(APPOSITION_BEFORE_RE.search(before))
        cue = bool(LOCATIVE_CUE_RE.search(before)) or apposition
        flanked_before, named_after = _flanks(tokens, first, last, sentence, strong_tokens)
        embedded = flanked_before or named_after or bool(ARABIC_NAME_AFTER_RE.match(sentence, tokens[last - 1].end))
        after = sentence[end : end + 40]
        neighbour = bool(NEIGHBOUR_CUE_RE.search(before)) or bool(NEIGHBOUR_AFTER_RE.match(after))
        # foreigners, people's origins and organisations' names ("People's Mujahedin of Iran") are not the scene
        foreign = bool(FOREIGN_AFTER_RE.match(after) or ORIGIN_BEFORE_RE.search(before) or ORGANISATION_OF_RE.search(before)
                       or FEATURE_OF_RE.search(before))
        if named_after and not any(e.kind in STRONG_KINDS for e in entries) and PERSON_BEFORE_RE.search(before):
            continue  # "a militia commander, Hassan Dhagax": a person's name, not a place
        if SURNAME_PARTICLE_BEFORE_RE.search(before) and not any(e.kind in STRONG_KINDS for e in entries):
            continue  # "Davi Ramos dos Santos": a surname, not the port of Santos
        forces = bool(FORCES_AFTER_RE.match(after))
        subdivision_after = bool(SUBDIVISION_AFTER_RE.match(after))
        mentions.append(
            PlaceMention(
                0, start, end, sentence[start:end], entries, cue and not embedded, False, embedded, named_after, neighbour, foreign, forces,
                subdivision_after=subdivision_after, district_after=bool(DISTRICT_AFTER_RE.match(after)), apposition=apposition,
                aftermath=bool(AFTERMATH_BEFORE_RE.search(before)),
                quarter=bool(QUARTER_AFTER_RE.match(after)), reference=bool(DISTANCE_REFERENCE_RE.search(before)),
                institution=bool(INSTITUTION_AFTER_RE.match(after)),
            )
        )
    return tuple(mentions)


def _flanks(tokens: Sequence[Token], first: int, last: int, sentence: str, matched: set[int]) -> tuple[bool, bool]:
    """Whether a capitalised word that is not a country or subdivision name sits right before, and right after, the match.

    "Central Reserve Police Force", "Green Zone": a capitalised neighbour makes the name part of a longer one.
    """

    def capitalised(neighbour: int, between: str, leading: bool) -> bool:
        if neighbour in matched:
            return False
        token = tokens[neighbour]
        if between.strip(" -") or not token.raw[:1].isupper() or token.key in TITLE_WORDS:
            return False
        return not (leading and neighbour == 0)  # a sentence-initial capital says nothing

    before = first > 0 and capitalised(first - 1, sentence[tokens[first - 1].end : tokens[first].start], True)
    possessive = tokens[last - 1].raw.endswith(("'s", "\u2019s", "'", "\u2019"))  # "Kabul's PD5": a possessive ends the name
    after = not possessive and last < len(tokens) and capitalised(last, sentence[tokens[last - 1].end : tokens[last].start], False)
    return before, after


MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split()
)


def _usable(mention: PlaceMention, entry: Entry, gazetteer: Gazetteer) -> bool:
    """Whether a name can stand for this entry: common words and small places need a locative cue."""
    key = " ".join(mention.text.lower().split())
    if entry.kind == "country" and key.replace(".", "") in _acronym_keys() and not mention.text.replace(".", "").isupper():
        return False  # "Car bomb" is not the CAR
    if entry.kind == "country" and not mention.text.isascii() and entry.name.isascii():
        return False  # "Puerto Jordán": English text spells the country in English; an accented name is a place
    if entry.kind in ("country", "demonym", "region"):
        return True
    if key in MONTH_NAMES:
        return False  # "since the insurgency began in August 2023": the month, not August, California
    if entry.kind == "admin1" and DIRECTION_ADMIN1_RE.match(key):
        return False
    common = key in gazetteer.common_words or mention.text.isupper() and len(mention.text) <= 3
    if entry.kind in ("admin1", "admin2"):
        has_suffix = len(mention.text.split()) > 1
        return not common or mention.cue or has_suffix
    if common:
        return mention.cue
    if mention.embedded:
        # "the Haditha Asphalt Factory": a town's name inside a longer one counts when nothing else places the incident
        return entry.population >= LARGE_PLACE_POPULATION or (mention.lenient and entry.population > 0)
    return mention.cue or entry.population >= LARGE_PLACE_POPULATION or mention.lenient


def _mention_weights(mention: PlaceMention, gazetteer: Gazetteer) -> dict[str, float]:
    """What one name says about the country: candidate codes with a weight each."""
    contributions: dict[str, float] = {}
    entries = mention.entries
    if any(e.kind == "country" and _usable(mention, e, gazetteer) for e in entries) and mention.text.lower() not in gazetteer.ambiguous_keys:
        entries = [e for e in entries if e.kind == "country"]  # "Niger" is the country, not Nigeria's Niger State
    if not mention.subdivision_after and any(e.kind == "demonym" for e in entries):
        entries = [e for e in entries if e.kind != "admin1"]  # "the Somali city of Dhobley" is Somalia, not Ethiopia's Somali Region
    if mention.apposition and any(e.kind in ("admin1", "country", "region") for e in entries):
        entries = [e for e in entries if e.kind in ("admin1", "country", "region")]  # "Alexandria, Virginia" is the state
    places = [e for e in entries if e.kind == "place" and _usable(mention, e, gazetteer)]
    for entry in entries:
        if entry.kind == "blocker" or not _usable(mention, entry, gazetteer) or entry.kind == "place":
            continue
        if entry.kind == "country":
            ambiguous = " ".join(mention.text.lower().replace(".", " ").split()) in gazetteer.ambiguous_keys
            weight = WEIGHTS["ambiguous_country"] if ambiguous and not mention.cue else WEIGHTS["country"]
        elif entry.kind == "demonym":
            weight = WEIGHTS["demonym_forces"] if mention.forces else WEIGHTS["demonym_cue"] if mention.cue else WEIGHTS["demonym"]
        elif entry.kind == "admin1" and len(mention.text.split()) == 1 and not mention.apposition and (
            not mention.cue or _large_place_elsewhere(places, entry)
        ):
            weight = WEIGHTS["admin1_bare"]  # "in Beni": the city of 140,000 more likely than Bolivia's department
        elif entry.kind == "admin1" and entry.latitude is None and not mention.cue:
            # a subdivision known only to ISO 3166-2, with no town in the gazetteer (Seychelles' "Bel Air"),
            # named without "in": more likely a quarter or a person's name somewhere else ("a Bel Air resident")
            weight = WEIGHTS["admin1_bare"]
        elif entry.kind == "admin2":
            named_as_subdivision = mention.subdivision_after or len(mention.text.split()) > 1  # "Kossi Province"
            weight = WEIGHTS["admin1"] if named_as_subdivision else WEIGHTS["admin2"] if mention.cue else WEIGHTS["admin1_bare"]
        else:
            weight = WEIGHTS[entry.kind]
        if entry.kind in ("admin1", "admin2") and mention.embedded:
            weight = min(weight, WEIGHTS["place"])  # "Nahri Saraj District" is not North Macedonia's Saraj, "Swidan Jazira" not Gezira
        embedded_country = entry.kind == "country" and mention.named_after and not mention.forces
        if entry.kind == "country" and mention.forces:
            weight = min(weight, WEIGHTS["demonym_forces"])  # "Burundi troops", like "Burundian troops"
        if mention.neighbour or mention.foreign or embedded_country or mention.quarter:  # an aftermath town still votes
            weight = min(weight, WEIGHTS["neighbour"])
        contributions[entry.country_code] = max(contributions.get(entry.country_code, 0.0), weight)
    if places:
        by_country: dict[str, int] = {}
        for entry in places:
            by_country[entry.country_code] = max(by_country.get(entry.country_code, 0), entry.population)
        ranked = sorted(by_country.items(), key=lambda item: -item[1])
        weight = WEIGHTS["place_cue"] if mention.cue else WEIGHTS["place"]
        if not mention.cue and ranked[0][1] >= LARGE_PLACE_POPULATION:
            weight = WEIGHTS["large_place"]
        if _loose_alias(mention.text, tuple(e.name for e in places)):
            weight = min(weight, WEIGHTS["place"])  # "Boni" is one of Bonn's alternate names, and a town in Mali
        if mention.neighbour or mention.foreign or mention.quarter:
            weight = WEIGHTS["neighbour"]
        if len(ranked) == 1 or ranked[0][1] >= 5 * max(ranked[1][1], 1):
            ranked = ranked[:1]
        top = max(ranked[0][1], 1)
        for code, population in ranked:
            # a bigger namesake is the likelier one ("Jalalabad": Afghanistan's city, not India's towns)
            share = weight * max(population, 1) / top if ranked[0][1] else weight
            contributions[code] = max(contributions.get(code, 0.0), share)
    return contributions


def _large_place_elsewhere(places: list[Entry], entry: Entry) -> bool:
    return any(p.population >= LARGE_PLACE_POPULATION and p.country_code != entry.country_code for p in places)


def _country_scores(mentions: list[PlaceMention], gazetteer: Gazetteer) -> tuple[dict[str, float], dict[str, PlaceMention]]:
    """Country scores: names that point to one country vote first; a name shared by several
    countries ("Beni", "Kurdistan") then votes for the one the others favour, or splits its vote."""
    scores: dict[str, float] = defaultdict(float)
    first_support: dict[str, PlaceMention] = {}
    weighed = [(mention, _mention_weights(mention, gazetteer)) for mention in mentions]
    settled: dict[str, float] = defaultdict(float)
    for mention, contributions in weighed:
        if len(contributions) == 1:
            factor = CONTEXT_WEIGHT if mention.context else 1.0
            for code, weight in contributions.items():
                scores[code] += weight * factor
                if weight > WEIGHTS["neighbour"]:
                    settled[code] += weight * factor  # a neighbour or foreigners' country settles nothing
    for mention, contributions in weighed:
        factor = CONTEXT_WEIGHT if mention.context else 1.0
        if len(contributions) > 1:
            favoured = max(contributions, key=lambda code: settled.get(code, 0.0))
            if settled.get(favoured, 0.0) > 0:
                scores[favoured] += contributions[favoured] * factor
                first_support.setdefault(favoured, mention)
                continue
            for code, weight in contributions.items():
                scores[code] += weight * factor / len(contributions)
        for code in contributions:
            first_support.setdefault(code, mention)
    return scores, first_support


def _choose_place(mentions: list[PlaceMention], country: str, gazetteer: Gazetteer, admin1_names: set[str]) -> tuple[PlaceMention, Entry] | None:
    # the subdivision the incident's first sentence names as the scene (a roundup's lead names several: no scene)
    named_admin1 = {
        e.admin1 for m in mentions if m.sentence_index == 0 and not m.context and not m.elsewhere
        for e in m.entries if e.kind in ("admin1", "admin2") and e.country_code == country and _usable(m, e, gazetteer)
    }
    # a first-level subdivision named outright; a district ("Bijapur district") may be another state's namesake
    named_first_level = bool(named_admin1) and all(
        e.kind == "admin1" for m in mentions if m.sentence_index == 0 and not m.context and not m.elsewhere
        for e in m.entries if e.kind in ("admin1", "admin2") and e.country_code == country and e.admin1 in named_admin1
    )
    districts_named = {_bare_name(m) for m in mentions if m.district_after}
    for mention in sorted(mentions, key=lambda m: (m.context, not m.cue, m.sentence_index, m.start)):
        if mention.elsewhere:
            continue  # "evacuated to Niamey", "the border with Mali": named, but not the scene
        candidates = [
            e for e in mention.entries if e.kind == "place" and e.country_code == country and _usable(mention, e, gazetteer)
        ]
        if not candidates:
            continue
        if any(e.kind in ("admin1", "admin2", "country") and e.country_code == country for e in mention.entries):
            if not any(e.population >= LARGE_PLACE_POPULATION for e in candidates):
                continue  # "Diyala", "Kunar": the subdivision, not a village of the same name
        if _bare_name(mention) in districts_named and any(
            e.kind in ("admin2", "locality") and e.country_code == country and e.admin1 not in {c.admin1 for c in candidates}
            for e in mention.entries
        ):
            # "Bijapur district", and then "the Bijapur police": Chhattisgarh's district, not Karnataka's town of that name
            continue
        same_sentence_admin1 = {
            e.admin1 for m in mentions if m.sentence_index == mention.sentence_index and m is not mention and not m.elsewhere
            and not _names_seat(m, country) and not m.institution and not (_names_country(m, country) and not m.subdivision_after)
            # a region that names its subdivision counts too ("Papua Tengah province", "North Waziristan")
            for e in m.entries if e.kind in ("admin1", "region") and e.admin1 and e.country_code == country and _usable(m, e, gazetteer)
        }
        if same_sentence_admin1 and not any(e.admin1 in same_sentence_admin1 for e in candidates):
            continue  # "Kware in Zamfara State": the gazetteer's Kware is in Sokoto, so this is another village
        if len(named_admin1) == 1 and mention.sentence_index > 0 and not any(
            e.admin1 in named_admin1 or (e.population > 0 and not named_first_level) for e in candidates
        ):
            # "the village of Balugo" after "fighting in Northern Samar": another province's small Balugo; and a city
            # named later in another province ("shortages in Bamako" after "in central Mali's Segou region") is not the scene
            continue
        if admin1_names and not mention.cue and not any(e.admin1 in admin1_names for e in candidates):
            # a city named without "in", usable only for its size, in another province than the one the text names:
            # "Chhattisgarh's Bijapur" (not Karnataka's), "that Tehran lists", the soldier "Edwin Mosquera"
            continue
        anchors = _anchors(mentions, mention, country)
        # of namesakes, the one in the subdivision named, the larger, the nearer the others named; of two spellings, the text's
        return mention, max(candidates, key=lambda e: (e.admin1 in admin1_names, e.population, -_distance(e, anchors), e.name == mention.text))
    return None


def _bare_name(mention: PlaceMention) -> str:
    """The folded name without a possessive: "Bijapur's" is Bijapur."""
    return fold(POSSESSIVE_RE.sub("", mention.text))


def _anchors(mentions: list[PlaceMention], chosen: PlaceMention, country: str) -> list[tuple[float, float]]:
    """Coordinates of the other places the incident names that have no namesake in the country."""
    anchors = []
    for mention in mentions:
        places = [e for e in mention.entries if e.kind == "place" and e.country_code == country and e.latitude is not None]
        if mention is not chosen and not mention.context and len(places) == 1:
            anchors.append((places[0].latitude, places[0].longitude))
    return anchors


def _distance(entry: Entry, anchors: list[tuple[float, float]]) -> float:
    if not anchors or entry.latitude is None:
        return 0.0
    return min((entry.latitude - a) ** 2 + (entry.longitude - b) ** 2 for a, b in anchors)


def _location_phrase(sentence: str, mention: PlaceMention, all_mentions: list[PlaceMention]) -> str:
    """The written place phrase, widened for "between Diyala and Salahuddin provinces"."""
    before = sentence[max(0, mention.start - 20) : mention.start]
    if MULTI_ADMIN1_RE.search(before):
        start = mention.start - (len(before) - MULTI_ADMIN1_RE.search(before).start())
        following = [m for m in all_mentions if m.sentence_index == mention.sentence_index and m.start > mention.end]
        if following and re.fullmatch(r"\s+and\s+", sentence[mention.end : following[0].start]):
            end = following[0].end
            suffix = ADMIN1_PLURAL_SUFFIX_RE.match(sentence, end)
            return sentence[start : suffix.end() if suffix else end]
    return mention.text


def _phrase_place(sentences: list[str]) -> tuple[str, int] | None:
    for index, sentence in enumerate(sentences):
        for pattern in PLACE_PHRASE_RES:
            for match in pattern.finditer(sentence):
                name = match.group(1).strip()
                if name.split()[0] not in PHRASE_STOP_WORDS:
                    return name, index
    return None


def section_heading(sentences: list[str], first: int) -> str | None:
    """The roundup section heading the sentence at `first` sits under ("NIGER – Tillaberi.", "MOGADISHU"), if any."""
    for index in range(first - 1, -1, -1):
        if SECTION_HEADING_RE.match(sentences[index].strip()):
            return sentences[index].strip()
    return None


def extract_place(
    sentences: list[str],
    context: list[str] | None = None,
    excluded: dict[int, list[tuple[int, int]]] | None = None,
    country_hint: str | None = None,
    group_homes: list[str] | None = None,
    header_lines: int = 0,
    unit_homes: list[str] | None = None,
    section: str | None = None,
) -> dict:
    """Country, admin1, location, coordinates and precision of one incident, with evidence.

    `country_hint` is the outlet's home country: it counts like a country named in the text, but
    only where the incident's own sentences name no country or province. `group_homes` are the
    home countries of single-country groups the sentences name: weak votes where the text is vague.
    `unit_homes` are countries named by a kind of subdivision only they have ("upazila"): stronger votes.
    The first `header_lines` of `context` are the article's title and dateline. `section` is the roundup heading
    the incident sits under ("MALI – Segou."): it names the incident's place as its own sentences do.
    """
    gazetteer = load_gazetteer()
    excluded = excluded or {}
    own_count = len(sentences)
    if section:
        sentences = [*sentences, section]
    mentions = [m for i, s in enumerate(sentences) for m in find_place_mentions(s, i, excluded.get(i))]
    # a heading names the place its section's incidents happened in, as "in" does
    mentions = [m._replace(cue=True) if m.sentence_index >= own_count else m for m in mentions]
    context_mentions = [m for i, s in enumerate(context or []) for m in find_place_mentions(s, -1 - i, context=True)]
    result: dict = {
        "country": None, "country_code": None, "admin1": None, "location": None, "latitude": None,
        "longitude": None, "geo_precision": None, "evidence": {},
    }
    scores, support = _country_scores(mentions, gazetteer)
    names_a_country_or_province = any(
        e.kind in ("country", "admin1", "demonym", "region") and _usable(m, e, gazetteer) for m in mentions for e in m.entries
    )
    # A leader that rests on town names alone ("in Baga": a Catalan hamlet, while the dateline and "Nigerian" say
    # Nigeria) is no firmer than no leader: a country or province named for another country does not settle it.
    leader = max(scores, key=lambda code: scores[code], default=None)
    names_leader = any(
        e.kind in ("country", "admin1", "demonym", "region") and e.country_code == leader and _usable(m, e, gazetteer)
        for m in mentions for e in m.entries
    )
    # Forces named by nationality ("Rwandan troops", "the Rwandan military said") while the scene is another country's
    # province ("near Mbau, in Mocimboa da Praia district"): foreign troops, so their country does not settle it.
    leader_by_demonym_only = leader is not None and not any(
        e.country_code == leader and e.kind != "demonym" and _usable(m, e, gazetteer) and not m.elsewhere
        and not (e.kind == "country" and m.named_after)  # "the Rwanda Defence Force" is a name, like "Rwandan"
        for m in mentions for e in m.entries
    ) and any(
        m.cue and not m.elsewhere and e.kind in ("admin1", "admin2", "region") and e.country_code != leader and _usable(m, e, gazetteer)
        for m in mentions for e in m.entries
    )
    ranked_scores = sorted(scores.values(), reverse=True)
    tied = len(ranked_scores) > 1 and ranked_scores[0] - ranked_scores[1] < TIE_MARGIN
    if max(scores.values(), default=0.0) < STRONG_OWN_SCORE or not names_leader or tied or leader_by_demonym_only:
        # Weak evidence, or only town names, which recur across countries: the title, dateline,
        # nearby sentences and countries named elsewhere (at half weight) help decide.
        context_scores, context_support = _country_scores(context_mentions, gazetteer)
        for code, score in context_scores.items():
            scores[code] = scores.get(code, 0.0) + score
            support.setdefault(code, context_support[code])
        for weight, homes in ((WEIGHTS["group_home"], group_homes), (WEIGHTS["unit_home"], unit_homes)):
            for code in dict.fromkeys(homes or []):
                if code in gazetteer.country_names:
                    scores[code] = scores.get(code, 0.0) + weight
                    support.setdefault(code, next(iter(support.values()), None) or GROUP_HOME_SUPPORT)
        if country_hint and not names_a_country_or_province and (scores or context_mentions):
            scores[country_hint] = scores.get(country_hint, 0.0) + WEIGHTS["country"]
            support.setdefault(country_hint, next(iter(support.values()), None) or (mentions + context_mentions)[0])
    if not scores:
        # Nothing else says where: small towns named without a locative cue ("a Pahalgam hotel") may.
        mentions = [m._replace(lenient=True) for m in mentions]
        scores, support = _country_scores(mentions, gazetteer)
    if not scores:
        return result
    country = max(scores, key=lambda code: (scores[code], -_position(support[code])))
    evidence_of = lambda m: (context or [""])[-1 - m.sentence_index] if m.sentence_index < 0 else sentences[m.sentence_index]  # noqa: E731
    result.update(country=gazetteer.country_name(country), country_code=country)
    result["evidence"]["country"] = evidence_of(support[country])
    latitude, longitude = gazetteer.country_centroids.get(country, (None, None))
    if latitude is not None:
        result.update(latitude=latitude, longitude=longitude, geo_precision="country")
    own = [m for m in mentions + context_mentions if any(e.country_code == country for e in m.entries)]
    admin1_mention = next(
        (
            (m, e)
            # "Mexico's western state of Michoacan": a country's own name names its homonymous subdivision last;
            # one named as the scene ("in the south of Sistan-Baluchestan") before one named in passing ("that Tehran lists")
            # a town the scene is measured from gives its province after the names of the scene itself
            for m in sorted(own, key=lambda m: (m.context, m.reference, _names_country(m, country), not m.cue, m.sentence_index, m.start))
            if (not m.elsewhere or (m.reference and not m.foreign and not m.neighbour))  # "their hometowns in Punjab": not the scene
            # a country's name ("APATZINGAN, Mexico (IW)", "in Panama") is the country, not its namesake subdivision,
            # unless a subdivision word follows ("Mexico state", "Panama province")
            and not (_names_country(m, country) and not m.subdivision_after)
            for e in m.entries
            if (e.kind in ("admin1", "region", "admin2", "locality") or (m.reference and e.kind == "place"))
            and e.admin1 and e.country_code == country and _usable(m, e, gazetteer)
        ),
        None,
    )
    phrase = _phrase_place(sentences)
    capital = gazetteer.capitals.get(country)
    if admin1_mention is not None and admin1_mention[0].context and phrase is not None and fold(admin1_mention[0].text) == capital:
        admin1_mention = None  # "BOGOTA (IW) - ... near El Plateado": reporters file from the capital about elsewhere
    admin1_names = {admin1_mention[1].admin1} if admin1_mention else set()
    chosen = _choose_place([m for m in own if not m.context] or own, country, gazetteer, admin1_names)
    if chosen is not None and chosen[0].context and phrase is not None:
        chosen = None  # "BENI (IW) - ... the village of Kisimba": the dateline town is not the scene
    if chosen is not None:
        mention, entry = chosen
        result.update(
            admin1=entry.admin1 or (admin1_mention[1].admin1 if admin1_mention else None), location=entry.name,
            latitude=entry.latitude, longitude=entry.longitude, geo_precision="place",
        )
        result["evidence"]["location"] = evidence_of(mention)
        result["evidence"]["admin1"] = evidence_of(mention)
        return result
    header = None
    if admin1_mention is None:
        named_capital = any(CAPITAL_REF_RE.search(s) for s in sentences)  # "in Somalia's capital": the dateline's capital is the scene
        blocked = capital if phrase is not None and not named_capital else None
        admin1_mention = header = _header_place(context_mentions, header_lines, country, blocked, gazetteer)
        if header is None and named_capital and capital:
            entry = next((e for e in gazetteer.lookup(capital) if e.kind == "place" and e.country_code == country and e.admin1), None)
            if entry is not None:
                support_sentence = next(i for i, s in enumerate(sentences) if CAPITAL_REF_RE.search(s))
                admin1_mention = header = (PlaceMention(support_sentence, 0, 0, entry.name, [entry], True, False), entry)
    if admin1_mention is not None:
        mention, entry = admin1_mention
        centroid = gazetteer.admin1_centroids.get((country, entry.admin1))
        # "the village of Mucojo ... Cape Delgado province": the village the gazetteer lacks is the more specific place
        location = phrase[0] if phrase else _location_phrase(evidence_of(mention), mention, mentions)
        result.update(admin1=entry.admin1, location=location)
        if centroid:
            result.update(latitude=centroid[0], longitude=centroid[1], geo_precision="admin1")
        result["evidence"]["admin1"] = evidence_of(mention)
        result["evidence"]["location"] = sentences[phrase[1]] if phrase else evidence_of(mention)
    if phrase is not None and (result["location"] is None or result["geo_precision"] != "place"):
        if result["location"] is None:
            result["location"] = phrase[0]
            result["evidence"]["location"] = sentences[phrase[1]]
    return result


def _header_place(
    mentions: list[PlaceMention], header_lines: int, country: str, capital: str | None, gazetteer: Gazetteer
) -> tuple[PlaceMention, Entry] | None:
    """A town in the title or dateline ("BUNIA (IW) -") whose subdivision stands in when the text names
    only places the gazetteer lacks; the capital does not, where the text names a place of its own."""
    for mention in mentions:
        if -1 - mention.sentence_index >= header_lines or fold(mention.text) == capital:
            continue
        for entry in mention.entries:
            # a name opening the title or dateline ("Beledweyne: ...", "BUNIA (IW) -") is where the story is told from
            usable = mention.start == 0 or _usable(mention, entry, gazetteer)
            if entry.kind == "place" and entry.country_code == country and entry.admin1 and usable:
                return mention, entry
    return None


@lru_cache(maxsize=1)
def _acronym_keys() -> frozenset[str]:
    """Country aliases written in capitals ("CAR", "UAE", "US"): they match only in capitals."""
    from .gazetteer import _load_yaml

    aliases = _load_yaml("countries.yaml").get("aliases", {})
    return frozenset(a.replace(".", "").lower() for names in aliases.values() for a in names if a.replace(".", "").isupper())


@lru_cache(maxsize=65536)
def _loose_alias(text: str, names: tuple[str, ...]) -> bool:
    """True when a name matched only places whose own names spell it differently enough to be another place's name."""
    key = fold(text)
    return all(SequenceMatcher(None, key, fold(name)).ratio() < LOOSE_ALIAS_RATIO for name in names)


def _names_seat(mention: PlaceMention, country: str) -> bool:
    """A bare name shared by a subdivision and its seat ("near Ramallah", "in Nablus"): it may mean the town."""
    return not mention.subdivision_after and any(
        e.kind == "place" and e.country_code == country and fold(e.name) == fold(mention.text) for e in mention.entries
    )


def _names_country(mention: PlaceMention, country: str) -> bool:
    return any(e.kind == "country" and e.country_code == country for e in mention.entries)


def _position(mention: PlaceMention) -> int:
    return (mention.sentence_index if mention.sentence_index >= 0 else 1000 - mention.sentence_index) * 10_000 + mention.start
