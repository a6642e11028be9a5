"""Where an incident happened: country, admin1, most specific place and its coordinates."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import NamedTuple, Sequence

from .gazetteer import MAX_NAME_WORDS, Entry, Gazetteer, load_gazetteer
from .text import Token, folded, ngram_matches, tokenize

# Words before a name that make it a location ("in Mosul", "the northern town of Musayyib").
LOCATIVE_CUE_RE = folded(
    r"\b(?:in|near|at|outside|inside|of|from|across|around|into|on|to|toward|towards|between|and|via|through|"
    r"off|along|within|throughout|nearby)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|northeastern|northwestern|"
    r"southeastern|southwestern|north-eastern|north-western|south-eastern|south-western|restive|remote|"
    r"troubled|volatile|capital|border|city|town|village|district|province|region|state|area|suburb|suburbs|either|nearby|"
    r"outskirts|neighbourhood|neighborhood|market|governorate|county|municipality|commune|locality|"
    r"settlement|camp|hamlet|tribal|rural|mountainous|oil-rich|northwest|northeast|southwest|southeast)\s+(?:of\s+)?){0,4}$",
    re.IGNORECASE,
)
# A named place the gazetteer may not know: "the village of Dalori", "Yahyakhel District".
PLACE_PHRASE_RES = [
    re.compile(
        r"\b(?:town|village|city|district|suburb|neighbourhood|neighborhood|area|locality|hamlet|camp|settlement|"
        r"commune|municipality|county)\s+of\s+((?:al-|el-|Al-|El-)?[A-Z][\w'-]+(?:\s+(?:al-|el-)?[A-Z][\w'-]+){0,3})"
    ),
    re.compile(r"\b((?:[A-Z][\w'-]+\s+){1,3})(?:district|District|village|town|area|neighbourhood|neighborhood|camp|subdistrict)\b"),
]
WEIGHTS = {
    "country": 3.0, "ambiguous_country": 0.5, "admin1": 2.5, "admin1_bare": 1.0, "region": 2.5, "place_cue": 2.0,
    "place": 0.5, "large_place": 1.0, "demonym": 0.5, "demonym_cue": 2.5, "neighbour": 0.25,
}
# "near the border with Syria": a country named as a neighbour or origin, not the scene.
NEIGHBOUR_CUE_RE = folded(
    r"\b(?:border\s+with|bordering|borders|from\s+neighbou?ring|crossed\s+(?:over\s+)?from|crossing\s+from|fled\s+to|"
    r"based\s+in|backed\s+by|fled\s+from|returned\s+from|native\s+of|citizens?\s+of|nationals?\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
NEIGHBOUR_AFTER_RE = folded(r"^\s*(?:border|frontier)\b", re.IGNORECASE)
# Capitalised words next to a name that make it part of a longer proper name ("Tal Afar", "Mohammed Saleem").
TITLE_WORDS = frozenset(
    "the in at of and near north south east west northern southern eastern western central upper lower greater new "
    "old city province state district region governorate county town village capital".split()
)
CONTEXT_WEIGHT = 0.5
STRONG_OWN_SCORE = 2.0
LARGE_PLACE_POPULATION = 100_000
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
    neighbour: bool = False  # "the border with X": X is not where it happened


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
    matched_tokens = {i for first, last, _ in matches for i in range(first, last)}
    for first, last, indexes in matches:
        start, end = tokens[first].start, tokens[last - 1].end
        entries = [Entry._make(gazetteer.entries[i]) for i in indexes]
        if all(e.kind == "blocker" for e in entries):
            continue
        before = sentence[max(0, start - 60) : start]
        cue = bool(LOCATIVE_CUE_RE.search(before))
        embedded = _flanked(tokens, first, last, sentence, matched_tokens)
        neighbour = bool(NEIGHBOUR_CUE_RE.search(before)) or bool(NEIGHBOUR_AFTER_RE.match(sentence[end : end + 12]))
        mentions.append(PlaceMention(0, start, end, sentence[start:end], entries, cue and not embedded, False, embedded, neighbour))
    return tuple(mentions)


def _flanked(tokens: Sequence[Token], first: int, last: int, sentence: str, matched: set[int]) -> bool:
    """True when a capitalised word that is not a known name sits right next to the match."""
    for neighbour, gap_start, gap_end in ((first - 1, None, first), (last, last - 1, None)):
        if not 0 <= neighbour < len(tokens) or neighbour in matched:
            continue
        token = tokens[neighbour]
        between = sentence[token.end : tokens[first].start] if gap_end is not None else sentence[tokens[last - 1].end : token.start]
        if between.strip(" -") or not token.raw[:1].isupper() or token.key in TITLE_WORDS:
            continue
        if neighbour == 0 and gap_end is not None:
            continue  # a sentence-initial capital says nothing
        return True
    return False


def _usable(mention: PlaceMention, entry: Entry, gazetteer: Gazetteer) -> bool:
    """Whether a name can stand for this entry: common words and small places need a locative cue."""
    key = " ".join(mention.text.lower().split())
    if entry.kind in ("country", "demonym", "region"):
        return True
    common = key in gazetteer.common_words or mention.text.isupper() and len(mention.text) <= 3
    if entry.kind == "admin1":
        has_suffix = len(mention.text.split()) > 1
        return not common or mention.cue or has_suffix
    if common:
        return mention.cue
    if mention.embedded:
        return entry.population >= LARGE_PLACE_POPULATION
    return mention.cue or entry.population >= LARGE_PLACE_POPULATION


def _country_scores(mentions: list[PlaceMention], gazetteer: Gazetteer) -> tuple[dict[str, float], dict[str, PlaceMention]]:
    scores: dict[str, float] = defaultdict(float)
    first_support: dict[str, PlaceMention] = {}
    for mention in mentions:
        factor = CONTEXT_WEIGHT if mention.context else 1.0
        contributions: dict[str, float] = {}
        places = [e for e in mention.entries if e.kind == "place" and _usable(mention, e, gazetteer)]
        for entry in mention.entries:
            if entry.kind == "blocker" or not _usable(mention, entry, gazetteer) or entry.kind == "place":
                continue
            if entry.kind == "country":
                ambiguous = " ".join(mention.text.lower().replace(".", " ").split()) in gazetteer.ambiguous_keys
                weight = WEIGHTS["ambiguous_country"] if ambiguous and not mention.cue else WEIGHTS["country"]
            elif entry.kind == "demonym":
                weight = WEIGHTS["demonym_cue"] if mention.cue else WEIGHTS["demonym"]
            elif entry.kind == "admin1" and not mention.cue and len(mention.text.split()) == 1:
                weight = WEIGHTS["admin1_bare"]
            else:
                weight = WEIGHTS[entry.kind]
            if mention.neighbour:
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
            if mention.neighbour:
                weight = WEIGHTS["neighbour"]
            if len(ranked) == 1 or ranked[0][1] >= 5 * max(ranked[1][1], 1):
                contributions[ranked[0][0]] = max(contributions.get(ranked[0][0], 0.0), weight)
            else:
                for code, _ in ranked:
                    contributions[code] = max(contributions.get(code, 0.0), weight / len(ranked))
        for code, weight in contributions.items():
            scores[code] += weight * factor
            first_support.setdefault(code, mention)
    return scores, first_support


def _choose_place(mentions: list[PlaceMention], country: str, gazetteer: Gazetteer, admin1_names: set[str]) -> tuple[PlaceMention, Entry] | None:
    for mention in sorted(mentions, key=lambda m: (m.context, not m.cue, m.sentence_index, m.start)):
        candidates = [
            e for e in mention.entries if e.kind == "place" and e.country_code == country and _usable(mention, e, gazetteer)
        ]
        if not candidates:
            continue
        if any(e.kind in ("admin1", "country") and e.country_code == country for e in mention.entries):
            if not any(e.population >= LARGE_PLACE_POPULATION for e in candidates):
                continue  # "Diyala", "Kunar": the subdivision, not a village of the same name
        return mention, max(candidates, key=lambda e: (e.admin1 in admin1_names, e.population))
    return None


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


def extract_place(
    sentences: list[str],
    context: list[str] | None = None,
    excluded: dict[int, list[tuple[int, int]]] | None = None,
    country_hint: str | None = None,
) -> dict:
    """Country, admin1, location, coordinates and precision of one incident, with evidence.

    `country_hint` is the outlet's home country: it counts like a country named in the text, but
    only where the incident's own sentences name no country or province.
    """
    gazetteer = load_gazetteer()
    excluded = excluded or {}
    mentions = [m for i, s in enumerate(sentences) for m in find_place_mentions(s, i, excluded.get(i))]
    context_mentions = [m for i, s in enumerate(context or []) for m in find_place_mentions(s, -1 - i, context=True)]
    result: dict = {
        "country": None, "country_code": None, "admin1": None, "location": None, "latitude": None,
        "longitude": None, "geo_precision": None, "evidence": {},
    }
    scores, support = _country_scores(mentions, gazetteer)
    names_a_country_or_province = any(
        e.kind in ("country", "admin1", "demonym", "region") and _usable(m, e, gazetteer) for m in mentions for e in m.entries
    )
    if max(scores.values(), default=0.0) < STRONG_OWN_SCORE or not names_a_country_or_province:
        # Weak evidence, or only town names, which recur across countries: the title, dateline,
        # nearby sentences and countries named elsewhere (at half weight) help decide.
        context_scores, context_support = _country_scores(context_mentions, gazetteer)
        for code, score in context_scores.items():
            scores[code] = scores.get(code, 0.0) + score
            support.setdefault(code, context_support[code])
        if country_hint and not names_a_country_or_province and (scores or context_mentions):
            scores[country_hint] = scores.get(country_hint, 0.0) + WEIGHTS["country"]
            support.setdefault(country_hint, next(iter(support.values()), None) or (mentions + context_mentions)[0])
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
            for m in sorted(own, key=lambda m: (m.context, m.sentence_index, m.start))
            for e in m.entries
            if e.kind in ("admin1", "region") and e.admin1 and e.country_code == country and _usable(m, e, gazetteer)
        ),
        None,
    )
    admin1_names = {admin1_mention[1].admin1} if admin1_mention else set()
    chosen = _choose_place([m for m in own if not m.context] or own, country, gazetteer, admin1_names)
    if chosen is not None:
        mention, entry = chosen
        result.update(
            admin1=entry.admin1 or (admin1_mention[1].admin1 if admin1_mention else None), location=entry.name,
            latitude=entry.latitude, longitude=entry.longitude, geo_precision="place",
        )
        result["evidence"]["location"] = evidence_of(mention)
        result["evidence"]["admin1"] = evidence_of(mention)
        return result
    if admin1_mention is not None:
        mention, entry = admin1_mention
        centroid = gazetteer.admin1_centroids.get((country, entry.admin1))
        result.update(admin1=entry.admin1, location=_location_phrase(evidence_of(mention), mention, mentions))
        if centroid:
            result.update(latitude=centroid[0], longitude=centroid[1], geo_precision="admin1")
        result["evidence"]["admin1"] = evidence_of(mention)
        result["evidence"]["location"] = evidence_of(mention)
    phrase = _phrase_place(sentences)
    if phrase is not None and (result["location"] is None or result["geo_precision"] != "place"):
        if result["location"] is None:
            result["location"] = phrase[0]
            result["evidence"]["location"] = sentences[phrase[1]]
    return result


def _position(mention: PlaceMention) -> int:
    return (mention.sentence_index if mention.sentence_index >= 0 else 1000 - mention.sentence_index) * 10_000 + mention.start
