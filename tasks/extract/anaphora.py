"""Whether a sentence continues the one before it: a subject pronoun whose actors that sentence introduced."""

from __future__ import annotations

import re


# A subject pronoun opening the sentence: its actors are the ones the sentence before introduced.
PRONOUN_SUBJECT_RE = re.compile(r"^\s*[\"'(]?(?:They|He|She)\s+(?!said\b|say\b|says\b|told\b|added\b)")


def opens_with_pronoun(sentence: str) -> bool:
    """True when the sentence opens with a subject pronoun ("They shot dead two vigilantes"), continuing the one before."""
    return bool(PRONOUN_SUBJECT_RE.match(sentence))


# A definite description of an armed group as the subject of an attack verb, at the head of the sentence after an
# optional time word ("On Saturday, the jihadists attacked", "The insurgents stormed", "The group beheaded"): news
# names a group once, often in a scene-setting paragraph, and then calls it by its kind. "The gunmen" and "the
# attackers" are left out: they take up the incident's own unnamed attackers, not a group named before.
ANAPHORIC_AGENT_RE = re.compile(
    # or inside a source's report of it ("Local sources said the insurgents attacked", "The army said the jihadists had")
    r"^\s*(?:[^,.;\"“]{0,50}?\b(?:said|says|say|reported|added|told\s+\w+)\s+(?:that\s+)?)?"
    r"(?:(?:On|Early\s+on|Late\s+on|Overnight|Later|Then|Last)\b[^,.;]{0,30}?,?\s+)?(?:[Tt]he\s+"
    r"(?:(?:Islamist|jihadist|armed|militant|rebel|insurgent|extremist|separatist)\s+)?"
    r"(?:jihadists|militants|insurgents|Islamists|extremists|rebels|guerrillas|separatists|group"
    # "The group's fighters stormed a hotel": the group's men, named by their owner
    r"|group['’]s\s+(?:fighters|militants|men|gunmen|members))"
    # or by the possessive alone, right after the sentence that named it ("Its fighters overran a base on Monday")
    r"|[Ii]ts\s+(?:fighters|militants|gunmen|insurgents|jihadists|guerrillas|commandos))\s+"
    r"(?:(?:also|then|later|reportedly|allegedly|first|had)\s+)?"
    r"(?:attacked|stormed|raided|killed|ambushed|detonated|set\s+off|opened\s+fire|fired|abducted|kidnapped|beheaded|"
    r"burned|burnt|torched|overran|struck|shelled|launched|carried\s+out|targeted|seized|executed|shot|hacked|massacred)\b"
)


def anaphoric_agent(sentence: str) -> bool:
    """True when the sentence opens with "the jihadists/insurgents/group" doing an attack: a group named before acts."""
    return bool(ANAPHORIC_AGENT_RE.match(sentence))


def _armed_groups(sentence: str, country_code: str | None) -> list[str]:
    """The armed groups a sentence names, leaving out state forces and those it opposes ("anti-Balaka" aside)."""
    from .registry import find_groups
    from .state_forces import state_force_country

    return [
        m.name for m in find_groups(sentence, country_code)
        if not state_force_country(m.name) and not sentence[max(0, m.start - 9) : m.start].lower().endswith(("anti-", "pro-", "counter-"))
    ]


def anaphoric_actor(
    sentences: list[str], article: list[str], context: list[str], country_code: str | None
) -> tuple[str, str] | None:
    """The group an incident's "the jihadists/insurgents/group attacked" refers to, as (name, its sentence).

    The referent is the one group named in the nearest earlier sentence that names any (the incident's own, then up
    to three before it, then the title and lead); a sentence naming two groups leaves it open.
    """
    for index, sentence in enumerate(sentences):
        if not anaphoric_agent(sentence):
            continue
        first = article.index(sentences[0]) if sentences[0] in article else 0
        earlier = [*reversed(sentences[:index]), *reversed(article[max(0, first - 3) : first]), *context]
        for before in earlier:
            names = list(dict.fromkeys(_armed_groups(before, country_code)))
            if names:
                return (names[0], sentence) if len(names) == 1 else None
        return None
    return None
