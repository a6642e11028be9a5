"""Which coded fields of an incidents-dev record its text states, so `eval` scores only those.

incidents-dev codes each row from Wikipedia's table columns (Dead, Perpetrator, Location, Type),
not from the description the extractor reads. Its README flags the figures the text states
(`killed_in_text`, `wounded_in_text`); these lenient rules do the same for the other fields. Like
the README's, each rule only checks that the value is *present* in the text, so it is an upper
bound on what a text-only extractor can recover, never a hint about where to find it.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A text that states one attacker died without giving a number.
SINGLE_PERPETRATOR_DEATH_RE = re.compile(
    r"\b(?:blew\s+(?:himself|herself)\s+up|suicide\s+(?:bomber|attacker)|killed\s+(?:himself|herself)|"
    r"(?:attacker|assailant|gunman|perpetrator|bomber|terrorist|shooter)\s+(?:was|were)\s+(?:\w+\s+)?(?:killed|shot|neutrali[sz]ed)|"
    r"(?:shot|killed)\s+(?:the|an?)\s+(?:attacker|assailant|gunman|perpetrator|bomber|terrorist|shooter))",
    re.IGNORECASE,
)
# Perpetrator cells that describe attackers without naming a group ("Islamist insurgents",
# "Palestinian lone wolf", "Militants"). schema.md codes such attacks `Unknown`: no one is named.
GENERIC_PERPETRATOR_WORDS = frozenset(
    """militant militants insurgent insurgents islamist islamists separatist separatists nationalist nationalists
    lone wolf wolves extremist extremists jihadist jihadists rebel rebels gunman gunmen terrorist terrorists anarchist
    anarchists paramilitary paramilitaries radical radicals secessionist secessionists exiles protestors protesters
    fighters guerrillas assailants attackers herdsmen pirates unknown unidentified suspected armed dissident dissidents
    republican republicans student students left-wing right-wing islamic shia sunni pro-iraqi militias militia
    palestinian palestinians chechen pattani kashmiri sikh uyghur mapuche syrian anglophone ambazonian croatian french
    kosovo albanian lezgin moluccan cuban neo-nazis communist communists and or of the a""".split()
)
# Type cells that a scraper wrote where the page had no Type column: nothing to score against.
UNMAPPED_ATTACK_TYPE = "unknown"


def unscored_fields(record: dict, text: str) -> set[str]:
    """Fields of an incidents-dev record that its text does not state."""
    unscored = {name for name, flag in (("killed", "killed_in_text"), ("wounded", "wounded_in_text")) if not record.get(flag, True)}
    if record.get("perpetrator") and not perpetrator_in_text(record["perpetrator"], text):
        unscored.add("perpetrator")
    if record.get("country") and not country_in_text(record["country"], text):
        unscored.update({"country", "admin1"})
    if record.get("attack_type") == UNMAPPED_ATTACK_TYPE:
        unscored.add("attack_type")
    if record.get("perpetrators_killed") is not None and not number_in_text(record["perpetrators_killed"], text):
        unscored.add("perpetrators_killed")
    return unscored


def schema_perpetrator(perpetrator: str | None) -> str | None:
    """The coded perpetrator in schema.md's terms: a description that names no group is `Unknown`."""
    if not perpetrator:
        return perpetrator
    from tasks.extract.actors import canonical_name

    words = re.findall(r"[\w'-]+", perpetrator.lower())
    if canonical_name(perpetrator) is None and words and all(word in GENERIC_PERPETRATOR_WORDS for word in words):
        return "Unknown"
    return perpetrator


def gold_actors(cell: str) -> list[str]:
    """The actors a gold perpetrator cell names: "Fatah; Al-Aqsa Martyrs' Brigades", "ELN and FARC",
    "CSPPA, Hezbollah" and "Boko Haram Suspected" are read as their groups, markers dropped."""
    from tasks.extract.actors import canonical_name

    actors = []
    for part in re.split(r"\s*[;,/]\s*", cell):
        part = re.sub(r"\s*\((?:claimed|suspected|alleged|possible)\)|\s*(?<=[a-z])(?:suspected|Suspected)$|^(?:The|Suspected)\s+", "", part.strip())
        if canonical_name(part) is None:
            part = re.sub(r"\s+(?:suspected|militants|Militants)$", "", part).strip()  # "FARC militants", not "Fulani militants"
        if not part:
            continue
        pieces = re.split(r"\s+(?:and|or)\s+", part)
        if canonical_name(part) is None and len(pieces) > 1 and all(canonical_name(piece) for piece in pieces):
            actors.extend(pieces)
        else:
            actors.append(part)
    return actors


def perpetrator_in_text(perpetrator: str, text: str) -> bool:
    """Whether the text names any of the coded actors, by its own spelling or a registry alias."""
    folded_text = f" {_keys(text)} "
    for part in gold_actors(perpetrator):
        folded_spellings, acronyms = _spellings(part.strip())
        if any(f" {alias} " in folded_text for alias in folded_spellings):
            return True
        if any(re.search(rf"(?<!\w){re.escape(acronym)}(?!\w)", text) for acronym in acronyms):
            return True
    return False


def country_in_text(country: str, text: str) -> bool:
    """Whether the text names the country, its demonym, or a subdivision or place inside it."""
    from tasks.extract.gazetteer import load_gazetteer
    from tasks.extract.text import is_capitalized, tokenize

    from tasks.extract.actors import find_groups

    gazetteer = load_gazetteer()
    code = _country_code(country)
    if code is None:
        return _words(country) in _words(text)
    tokens = tokenize(text)
    # A group's name ("Islamic State of Iraq and the Levant") and a common word that is also a hamlet's
    # name ("Street", "Hill") do not state where the incident happened.
    group_spans = [(g.start, g.end) for g in find_groups(text)]
    blocked_until = 0
    for start in range(len(tokens)):
        if start < blocked_until or not is_capitalized(tokens[start]):
            continue
        for size in range(5, 0, -1):
            if start + size > len(tokens):
                continue
            key = " ".join(t.key for t in tokens[start : start + size])
            if key in gazetteer.common_words or any(a <= tokens[start].start < b for a, b in group_spans):
                continue
            entries = gazetteer.lookup(key)
            if any(entry.kind == "blocker" for entry in entries):
                blocked_until = start + size  # "Lake Chad" is not Chad
                break
            if any(entry.country_code == code for entry in entries):
                return True
    return False


def number_in_text(value: int, text: str) -> bool:
    """Whether a count is written in the text, in digits or words (the README's lenient rule)."""
    from tasks.extract.numbers import NUMBER_RE, parse_number

    for match in NUMBER_RE.finditer(text):
        for group in ("digits", "words", "range_high"):
            if match.group(group) and parse_number(match.group(group)) == value:
                return True
    return value == 1 and bool(SINGLE_PERPETRATOR_DEATH_RE.search(text))


@lru_cache(maxsize=2048)
def _spellings(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """A coded name's folded spellings, and its acronyms, which only match in their own case."""
    from tasks.extract.actors import canonical_name, load_registry

    registry = load_registry()
    spellings, acronyms = {_keys(name)}, set()
    canonical = canonical_name(name)
    if canonical:
        for alias, entries in registry.aliases.items():
            for entry in entries:
                if registry.names[entry.group] != canonical or entry.home_only:
                    continue
                if entry.exact_words is None:
                    spellings.add(alias)
                else:
                    acronyms.add(" ".join(entry.exact_words))
    return frozenset(s for s in spellings if s), frozenset(acronyms)


@lru_cache(maxsize=512)
def _country_code(country: str) -> str | None:
    from tasks.extract.gazetteer import load_gazetteer

    for entry in load_gazetteer().lookup(_words(country)):
        if entry.kind == "country":
            return entry.country_code
    return None


def _keys(text: str) -> str:
    """Text as the registry's alias keys are written: folded word tokens, possessives dropped."""
    from tasks.extract.text import tokenize

    return " ".join(t.key for t in tokenize(text) if t.key)


def _words(text: str) -> str:
    from tasks.extract.text import fold

    return " ".join(re.findall(r"\w+", fold(text)))
