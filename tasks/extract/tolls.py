"""Combining one role's figures across an article's sentences into one toll (low, best, high).

The conventions are in casualties.py's docstring: the first figure stands, a revision replaces it, an
"another"/"later died" figure adds to it, a larger or stated-as-toll figure widens the range, a smaller one is a
breakdown. Split from casualties.py so the per-sentence reading and the cross-sentence combining grow apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .casualty_patterns import BURIAL_RE, LATER_DEATHS_RE, NOW_TOTAL_RE
from .numbers import find_counts, parse_number
from .toll_additions import fuller_official_count, named_late_death, ordinal_body

@dataclass
class Observation:
    """One figure read from one sentence."""

    role: str
    low: int | None
    best: int
    high: int | None
    sentence_index: int
    evidence: str
    revision: bool = False
    additional: bool = False
    claim: bool = False
    total: bool = False  # stated as the toll ("put the death toll at 18"), so not a partial figure
    nouns: str = ""
    group_figure: bool = False  # the attackers' own account ("said its fighters had killed 11 soldiers")
    vague: bool = False  # "dozens", "scores": a first word the article usually makes precise later
    fuller: bool = False  # a named victim with the others ("X, the district chief, and one of his bodyguards")
    told_apart: bool = False  # more victims told in words only ("Three civilians also died", "Another soldier died")


# The partitive pronouns of a later death: "one of them succumbed", "two of whom died in hospital"
PRONOUN_PART_NOUNS = frozenset(("of them", "of whom", "among them"))


def without_dead_subsets(observations: list[Observation]) -> list[Observation]:
    """Drop a later death told of "them" when the figure just before it counts the dead, not the wounded.

    "Three jawans were martyred ... One of them succumbed in hospital": one of the three, not a fourth; after
    "killing two and wounding five", "one of them later died" adds a death (the nearest antecedent is the wounded).
    """
    kept: list[Observation] = []
    for observation in observations:
        antecedent = next((o for o in reversed(kept) if o.role in ("killed", "wounded")), None)
        if (
            observation.role == "killed" and observation.additional and observation.nouns in PRONOUN_PART_NOUNS
            and antecedent is not None and antecedent.role == "killed" and antecedent.sentence_index < observation.sentence_index
        ):
            continue
        kept.append(observation)
    return kept


# "the families of the three who died": a definite count with a relative clause points back at dead already told
BACK_REFERENCE_RE = re.compile(
    r"\bthe\s+(?P<number>\w+)\s+(?:who|that)\s+(?:(?:had|have)\s+)?(?:died|were\s+killed|perished|lost\s+their\s+lives)\b", re.IGNORECASE
)


def without_back_references(observations: list[Observation]) -> list[Observation]:
    """Drop a "the three who died" figure when an earlier sentence told that many dead, victims or attackers."""
    kept: list[Observation] = []
    for observation in observations:
        back = BACK_REFERENCE_RE.search(observation.evidence) if observation.role == "killed" and not observation.nouns else None
        if back is not None and parse_number(back.group("number")) == observation.best and any(
            o.role in ("killed", "perpetrators_killed") and o.best == observation.best and o.sentence_index < observation.sentence_index
            for o in kept
        ):
            continue
        kept.append(observation)
    return kept


def _add(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


def _per_sentence(observations: list[Observation]) -> list[Observation]:
    """One observation per sentence: same-role figures of a sentence add up, unless one revises the toll."""
    merged: dict[tuple[int, int], Observation] = {}
    for observation in observations:
        key = (observation.sentence_index, 0)
        current = merged.get(key)
        if current is not None and observation.total and not observation.revision and not current.total:
            # "killed at least 19, the army said, while civil society groups put the death toll at 26": another source
            merged[(observation.sentence_index, 1)] = Observation(**vars(observation))
            continue
        if current is not None and current.revision and observation.revision:
            # "A fifth victim died ..., bringing the death toll to five": one new total, told twice
            if observation.best > current.best:
                merged[key] = Observation(**vars(observation))
            continue
        if current is not None and current.claim != observation.claim:
            # "the rebels claimed they killed five, which the army denied, saying no soldier was killed": a claim
            # and the report in one sentence are two sources, not two parts of one toll
            key = (observation.sentence_index, 2)
            if key in merged:
                continue
            merged[key] = Observation(**vars(observation))
            continue
        if current is not None and _restated(observation, current):
            continue
        if current is None or (observation.revision and not current.revision):
            # A revised toll is the new total: it replaces, not adds to, the figures before it.
            merged[key] = Observation(**vars(observation))
            continue
        current.low, current.high = _add(current.low, observation.low), _add(current.high, observation.high)
        current.best += observation.best
        current.revision = current.revision or observation.revision
        current.claim = current.claim and observation.claim
        current.total = current.total or observation.total
    return list(merged.values())


def _restated(observation: Observation, current: Observation) -> bool:
    """ "Fourteen people were killed when gunmen raided Kairu, killing 14": a bare figure after a counted one in the same
    sentence, equal to it and not told as more, is the toll told again, not a second part of it."""
    return (
        observation.role == current.role and observation.best == current.best and bool(current.nouns)
        # the echo is bare ("killing 14") or names who the "people" were ("killed nine people ..., killing nine villagers")
        and (not observation.nouns or current.nouns in ("people", "persons"))
        and not observation.additional and not observation.revision and observation.claim == current.claim
        and PASSIVE_THEN_PARTICIPLE_RE.search(current.evidence) is not None
    )


# The toll told as the subject first and echoed by the participle after "when": "... were killed when ..., killing 14";
# not "after killing two guards he opened fire on passers-by, killing 2", two killings
PASSIVE_THEN_PARTICIPLE_RE = re.compile(
    r"(?:\b(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|shot\s+dead)|^[^,;]{0,60}?\b(?:killed|wounded))\b"
    r"[^.;]*?,?\s+(?:killing|wounding|injuring|leaving)\b",
    re.IGNORECASE,
)


def combine(observations: list[Observation]) -> tuple[int | None, int | None, int | None, str | None]:
    """(low, best, high, evidence) for one role, by the conventions in this module's docstring."""
    if not observations:
        return None, None, None, None
    sentences = _per_sentence(observations)
    reports = [o for o in sentences if not o.claim] or sentences
    if reports[0].vague and len(reports) > 1 and not any(o.vague for o in reports[1:]):
        reports = reports[1:]  # "killed dozens of civilians ... the army put the toll at 27": the figure replaces the word
    first = reports[0]
    low, best, high = first.low, first.best, first.high
    evidence = [first.evidence]
    breakdown = None  # a smaller figure after the first: part of its toll ("leaving five dead ... four were killed")
    for observation in reports[1:]:
        if observation.revision:
            low, best, high = observation.low, observation.best, observation.high
            evidence = [observation.evidence]
        elif observation.additional:
            # a burial counts everyone who died, later deaths too: "buried 17 troops ... Three more soldiers died of their wounds"
            counts_all = LATER_DEATHS_RE.search(first.evidence) or BURIAL_RE.search(first.evidence) or NOW_TOTAL_RE.search(first.evidence)
            if counts_all and observation.best < first.best:
                continue  # "killed three, after a woman wounded in the attack died": the later death told again
            if breakdown is not None and breakdown + observation.best == best:
                continue  # "leaving five dead ... four were killed at once ... one of the wounded died": the five again
            if observation.told_apart and observation.best < best and BROKEN_DOWN_RE.search(first.evidence):
                continue  # "Six people died, including four soldiers ... A driver was also killed": the six, told in parts
            low, best, high = _add(low, observation.low), best + observation.best, _add(high, observation.high)
            evidence.append(observation.evidence)
        elif (observation.fuller and best == 1 or _includes(observation, first)) and observation.best > best and not observation.claim:
            # "a district chief was killed ... X, the head of the district, and one of his bodyguards lost their lives"
            low, best, high = observation.low, observation.best, observation.high
            evidence.append(observation.evidence)
        elif observation.total and observation.best > best and not observation.claim and not observation.group_figure and fuller_official_count(
            first.evidence, first.high is None and first.low is not None, observation.evidence
        ):
            # "at least 15, security sources said ... the general staff said the toll stood at 31": the authority's
            # fuller count of the same toll is best; the first figure stays the low end
            low, best, high = min(low if low is not None else best, observation.best), observation.best, observation.high
            evidence.append(observation.evidence)
        elif observation.total or observation.best > best:
            # Another source's figure for the whole incident: the first stays best, the range spans both.
            other_low = observation.low if observation.low is not None else observation.best
            low = other_low if low is None else min(low, other_low)
            other_high = observation.high if observation.high is not None else observation.best
            if high is not None:
                high = max(high, other_high)
            elif observation.total and observation.high is not None and other_high > best:
                high = other_high  # "at least 19, the army said, while civil society put the toll at 26": 19 to 26
            evidence.append(observation.evidence)
        elif not observation.claim:
            breakdown = observation.best
    for other in (o for o in sentences if o.claim and o not in reports):
        other_low = other.low if other.low is not None else other.best
        low = other_low if low is None else min(low, other_low)
        if high is not None:
            high = max(high, other.high if other.high is not None else other.best)
        evidence.append(other.evidence)
    return low, best, high, " ".join(dict.fromkeys(evidence))


# A toll told with its parts: whoever a later sentence says "also" died may be one of them
BROKEN_DOWN_RE = re.compile(r"\b(?:including|among\s+(?:them|whom|the\s+dead)|of\s+whom)\b", re.IGNORECASE)


def _includes(later: Observation, first: Observation) -> bool:
    """ "killed a district commissioner" then "The commissioner ..., and two of his bodyguards lost their lives": the
    later composed count starts with the first one's people, so it is a fuller count, not another source's."""
    parts = later.nouns.split(" and ")
    head = first.nouns.split(" and ")[0].split()[-1:] if first.nouns else []
    return len(parts) > 1 and bool(head) and head[0] in parts[0].split()


# A gapped clause that repeats the casualty verb by leaving it out: "Three people died on Saturday and two more on
# Sunday", "killed four people in Kwall and six in Bassa", "killed two people in Kwall and a third on the road". The
# count after "and" is followed at once by a time or place, never by a verb or noun of its own.
GAPPED_BEFORE_RE = re.compile(r"\band\s+$", re.IGNORECASE)
GAPPED_AFTER_RE = re.compile(
    r"\s*(?:more)?\s*,?\s*(?:on|in|at|near|inside|outside|overnight|the\s+next|the\s+following|later)\b"
    # "and 12 in hospital", "and two in critical condition": a state, not the place of a second toll
    r"(?!\s+(?:a\s+|the\s+)?(?:hospitals?|critical|serious|stable|grave|custody|care|treatment|intensive)\b)",
    re.IGNORECASE,
)
GAPPED_ORDINAL_RE = re.compile(
    r"\band\s+(?:a|one)\s+(?:second|third|fourth|fifth|sixth)(?:\s+(?:person|man|woman|victim|soldier|civilian))?\s+"
    # "and a fourth died later in hospital": the ordinal's own death verb
    r"(?:on|in|at|near|inside|outside|overnight|later|(?P<died>(?:later\s+)?(?:died|succumbed)))\b",
    re.IGNORECASE,
)


def with_gapped_counts(sentence: str, found: list[Observation], limit: int | None = None) -> list[Observation]:
    """A sentence's figures with those of a gapped clause added, in the role of the casualty figure just before it.

    Only a count that follows a casualty figure is gapped: "three car bombs in Dublin and one in Monaghan" counts
    bombs, and "(three of them immediately and a fourth at a hospital)" breaks a toll down.
    """
    figures = [o for o in found if o.role in ("killed", "wounded")]
    if not figures or " and " not in sentence:
        return found
    extra: list[Observation] = []
    counts = find_counts(sentence)
    for number, before in enumerate(counts):
        source = next((o for o in figures if o.best == before.best and o.nouns == before.nouns), None)
        if source is None:
            continue
        end = min(counts[number + 1].end if number + 1 < len(counts) else len(sentence), limit or len(sentence))
        if "(" in sentence[before.start:end] or " of them" in sentence[before.start:end]:
            continue
        count = counts[number + 1] if number + 1 < len(counts) else None
        gapped = count is not None and count.nouns in ("", "more") and GAPPED_BEFORE_RE.search(sentence[max(0, count.start - 6):count.start])
        if gapped and count.end <= end and GAPPED_AFTER_RE.match(sentence, count.end) and count.best not in (o.best for o in found):
            extra.append(Observation(source.role, count.low, count.best, count.high, source.sentence_index, sentence))
        ordinal = GAPPED_ORDINAL_RE.search(sentence, before.end, limit or len(sentence))
        between = sentence[before.end:ordinal.start()] if ordinal is not None else ""
        # in the figure's own clause only: past a comma, "a second" is as likely a second attack as a second victim
        if ordinal is not None and not any(before.end <= c.start < ordinal.start() for c in counts) and not re.search(r"[(,;]", between):
            role = "killed" if ordinal.group("died") else source.role
            extra.append(Observation(role, 1, 1, 1, source.sentence_index, sentence, additional=role != source.role))
    return found + extra


NAMED_LATE = "named later death"


def told_without_count(sentences: list[str], observations: list[Observation]) -> list[Observation]:
    """Deaths a later sentence tells without a count: "the body of a fourth victim was found" (the toll is now four),
    "head constable X succumbed during treatment" after the wounded were counted (one more dead)."""
    added = []
    for index, sentence in enumerate(sentences):
        if any(o.sentence_index == index and o.role == "killed" for o in observations):
            continue
        rank = ordinal_body(sentence)
        if rank is not None and any(o.role == "killed" and o.sentence_index < index for o in observations):
            added.append(Observation("killed", rank, rank, rank, index, sentence, revision=True))
        elif named_late_death(sentence) and any(o.role == "wounded" and o.sentence_index < index for o in observations):
            added.append(Observation("killed", 1, 1, 1, index, sentence, additional=True, nouns=NAMED_LATE))
    return added
