"""The armed-group registry (data/groups.yaml): aliases, home countries, branches, and finding groups in text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import yaml

from .text import POSSESSIVE_RE, tokenize

GROUPS_FILE = Path(__file__).with_name("data") / "groups.yaml"
MAX_ACRONYM_LENGTH = 6


class Alias(NamedTuple):
    """One alias of a group in the lookup table."""

    group: int
    exact_words: tuple[str, ...] | None  # the raw words an acronym must match exactly
    home_only: bool


@dataclass
class Registry:
    """The loaded group registry."""

    names: list[str]
    countries: list[frozenset[str]]
    overrides: list[dict[str, str]]
    aliases: dict[str, list[Alias]]
    first_words: frozenset[str]
    max_words: int
    canonical_by_key: dict[str, str] = field(default_factory=dict)
    home_countries: dict[str, str] = field(default_factory=dict)  # canonical name -> its only country
    parents: dict[str, str] = field(default_factory=dict)  # a branch's canonical name -> its parent's
    state_forces: dict[str, str] = field(default_factory=dict)  # a state service's canonical name -> its country


class GroupMention(NamedTuple):
    """A registry group named in a sentence."""

    name: str
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def load_registry() -> Registry:
    """Read data/groups.yaml into an alias lookup table (cached)."""
    with GROUPS_FILE.open(encoding="utf-8") as handle:
        groups = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))["groups"]
    names, countries, overrides = [], [], []
    aliases: dict[str, list[Alias]] = {}
    for index, group in enumerate(groups):
        names.append(group["name"])
        countries.append(frozenset(group.get("countries", [])))
        overrides.append(dict(group.get("country_overrides") or {}))
        entries = [(a, False) for a in [group["name"], *group.get("aliases", [])]]
        entries += [(a, True) for a in group.get("home_only", [])]
        for alias, home_only in entries:
            key = alias_key(alias)
            raw_words = tuple(t.raw for t in _name_tokens(alias))
            exact = raw_words if _is_acronym(alias) else None
            bucket = aliases.setdefault(key, [])
            same = [i for i, a in enumerate(bucket) if a.group == index]
            if not same:
                bucket.append(Alias(index, exact, home_only))
            elif exact is None and bucket[same[0]].exact_words is not None:
                # "RENAMO" and "Renamo" share a key: the mixed-case spelling is listed to match any case
                bucket[same[0]] = Alias(index, None, home_only and bucket[same[0]].home_only)
    first_words = frozenset(k.split(" ", 1)[0] for k in aliases)
    max_words = max(k.count(" ") + 1 for k in aliases)
    canonical = {alias_key(n): n for n in names}
    homes = {}
    for name, codes in zip(names, countries):
        if len(codes) == 1:
            homes.setdefault(name, next(iter(codes)))
    parents = {group["name"]: group["parent"] for group in groups if group.get("parent")}
    state_forces = {group["name"]: group["state_force"] for group in groups if group.get("state_force")}
    return Registry(names, countries, overrides, aliases, first_words, max_words, canonical, homes, parents, state_forces)


def alias_key(name: str) -> str:
    """A name's lookup key, built as text tokens are ("New People's Army" -> "new people army")."""
    return " ".join(t.key for t in _name_tokens(name))


# French copy elides the article into the name ("l'Etat islamique", "l'EI", "d'AQMI"): the word after it is the name's.
ELISION_RE = re.compile(r"^[LlDd]['\u2019](?=\w)")


def _name_tokens(text: str):
    """Text tokens with a French elided article taken off the word it is joined to."""
    tokens = tokenize(text)
    if "'" not in text and "\u2019" not in text:
        return tokens
    return tuple(
        t._replace(start=t.start + 2, raw=t.raw[2:], key=t.key[1:]) if ELISION_RE.match(t.raw) else t for t in tokens
    )


def _is_acronym(alias: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", alias)
    return 0 < len(letters) <= MAX_ACRONYM_LENGTH and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


def _raw_words(tokens) -> tuple[str, ...]:
    """Tokens as written, possessive dropped: "ISIL's Sinai branch" and "the PKK's" name ISIL and the PKK."""
    return tuple(POSSESSIVE_RE.sub("", t.raw) if "'" in t.raw or "\u2019" in t.raw else t.raw for t in tokens)


def canonical_name(name: str, country_code: str | None = None) -> str | None:
    """The registry's canonical name for a group name or alias, or None when unknown."""
    registry = load_registry()
    tokens = _name_tokens(name)
    for alias in registry.aliases.get(alias_key(name), []):
        if alias.exact_words is None or _raw_words(tokens) == alias.exact_words:
            return _apply_override(registry, alias.group, country_code)
    return None


def parent_group(name: str) -> str | None:
    """The organisation a registry branch belongs to ("Islamic State" for ISWAP), or None."""
    return load_registry().parents.get(name)


def home_country(name: str) -> str | None:
    """The one country a registry group operates in (ISO alpha-2), or None for groups of several or unknown."""
    return load_registry().home_countries.get(name)


def _apply_override(registry: Registry, group: int, country_code: str | None) -> str:
    return registry.overrides[group].get(country_code or "", registry.names[group])


def _inside_compound(sentence: str, tokens, index: int) -> bool:
    """Whether a word continues a hyphenated proper name ("Kuki-Chin National Front" does not name the Chin National Front)."""
    start = tokens[index].start
    # a title-case word before the hyphen only: "CPP-NPA" still names the NPA
    return index > 0 and sentence[start - 1 : start] == "-" and tokens[index - 1].end == start - 1 and tokens[index - 1].raw.istitle()


@lru_cache(maxsize=4096)
def find_groups(sentence: str, country_code: str | None = None) -> tuple[GroupMention, ...]:
    """Registry groups named in a sentence, longest alias first, overrides applied by country (cached)."""
    registry = load_registry()
    tokens = _name_tokens(sentence)
    found: list[GroupMention] = []
    index, count = 0, len(tokens)
    while index < count:
        if tokens[index].key not in registry.first_words or _inside_compound(sentence, tokens, index):
            index += 1
            continue
        matched = False
        for size in range(min(registry.max_words, count - index), 0, -1):
            window = tokens[index : index + size]
            key = " ".join(t.key for t in window)
            for alias in registry.aliases.get(key, ()):
                if alias.exact_words is not None and _raw_words(window) != alias.exact_words:
                    continue
                if alias.home_only and country_code not in registry.countries[alias.group]:
                    continue
                start, end = window[0].start, window[-1].end
                found.append(GroupMention(_apply_override(registry, alias.group, country_code), start, end, sentence[start:end]))
                matched = True
                break
            if matched:
                index += size
                break
        else:
            index += 1
    return tuple(found)
