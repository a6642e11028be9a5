"""Victims told without a number: one named or singular victim, two named together, or a lone attacker killed."""

from __future__ import annotations

import re

from .casualty_patterns import (
    ARRESTED_AFTER_RE, NAMED_PAIR_VICTIMS_RE, NAMED_VICTIM_RE, SELF_KILLING_RE, SINGLE_VICTIM_RE, SINGLE_WOUNDED_RE,
)
from .numbers import find_counts, parse_number
from .text import folded
from .people import PERPETRATOR_NOUNS, is_person_word


def single_victim_sentence(sentences: list[str]) -> str | None:
    """The first sentence that tells one victim killed without a number ("Governor X was shot dead")."""
    return next(
        (
            s for s in sentences
            if (SINGLE_VICTIM_RE.search(s) and not _singular_is_perpetrator(s) and not _counted_subject(s)) or NAMED_VICTIM_RE.search(s)
        ),
        None,
    )


def _counted_subject(sentence: str) -> bool:
    """ "claimed that five workers had been killed": the verb's subject is a count, so the sentence tells no lone victim."""
    match = SINGLE_VICTIM_RE.search(sentence)
    return any(c.best != 1 and 0 <= match.start() - c.end <= 2 for c in find_counts(sentence))


# Two victims named as the killing verb's object: "shot dead Ali Khan, 34, and Rahim Shah, 41", "killing journalist
# Ali Khan and his driver", "shot dead Fatima Bibi, 45, and her daughter Amina, 12". The pair must end the noun phrase
# ("killing Afghan and Pakistani troops" is one group) and not go on as the next clause's subject ("and his brother
# was wounded").
_VICTIM_NAME = r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+"
OBJECT_NAMED_PAIR_RE = re.compile(
    r"\b(?:killed|killing|shot\s+dead|shooting\s+dead|murdered|gunned\s+down|hacked\s+to\s+death|assassinated)\s+"
    rf"(?:[a-z]+\s+){{0,2}}?{_VICTIM_NAME}(?:,\s*\d{{1,3}},)?\s+and\s+(?:(?:his|her)\s+[a-z-]+(?:\s+{_VICTIM_NAME})?|{_VICTIM_NAME})"
    r"(?:,\s*\d{1,3})?(?=\s*(?:[,.;]|$|\s+(?:in|on|at|near|outside|inside|as|while|when|during|after|before)\b))"
    r"(?!,?\s+(?:was|were|is|escaped|survived|sustained|suffered)\b)"
)


# A victim named as the verb's object, then his own people counted: "killed Ahmed Khan and his two sons", "shot dead
# tribal elder Malik Jan, 60, and two of his guards", "killed Ahmed Khan, his wife and their three children"
NAMED_OBJECT_OWNER_TAIL_RE = re.compile(
    rf"(?:[a-z-]+\s+){{0,2}}{_VICTIM_NAME}(?:,\s*\d{{1,3}})?(?:,\s*|\s+and\s+|,\s+and\s+)(?:(?:his|her|their)\s+)?$"
)
OWNED_COUNT_RE = re.compile(r"(?:his|her|their)\s|[\w-]+\s+of\s+(?:his|her|their)\s", re.IGNORECASE)
OWNER_BEFORE_RE = re.compile(r"\b(?:his|her|their)\s+$")
NAME_START_RE = re.compile(r"(?<![\w'’.-])[A-Z]")


def named_object_owner(sentence: str, before: str, start: int) -> re.Match | None:
    """The named victim (with a title of lower-case person words) right before a count of his own people, or None."""
    if not (OWNED_COUNT_RE.match(sentence, start) or OWNER_BEFORE_RE.search(before, max(0, len(before) - 8))):
        return None
    for name in NAME_START_RE.finditer(before, max(0, len(before) - 90)):
        tail = NAMED_OBJECT_OWNER_TAIL_RE.fullmatch(before, name.start())
        if tail is None:
            continue
        # the title words before the name: "tribal elder Malik Jan", "journalist Ali Khan"
        words = before[max(0, name.start() - 30) : name.start()].split()
        title = 1 if words and is_person_word(words[-1].lower()) else 0
        if title and len(words) > 1 and words[-2].isalpha() and words[-2].islower() and not words[-2].endswith(("ed", "ing", "dead")):
            title = 2  # "tribal elder", "local journalist": a modifier before the title, not the verb
        title_start = name.start() - len(" ".join(words[len(words) - title :]) + (" " if title else ""))
        return NAMED_OBJECT_OWNER_TAIL_RE.fullmatch(before, title_start) or tail
    return None


def named_victims(sentences: list[str]) -> tuple[int, str] | None:
    """Victims told by name with no number: two named together ("Corporal A and Soldier B lost their lives"), or one."""
    pair = next((s for s in sentences if NAMED_PAIR_VICTIMS_RE.search(s) or OBJECT_NAMED_PAIR_RE.search(s)), None)
    if pair is not None:
        return 2, pair
    single = single_victim_sentence(sentences)
    return None if single is None else (1, single)


def _singular_is_perpetrator(sentence: str) -> bool:
    """The one victim a sentence tells is an attacker, or nobody ("no one else was killed")."""
    before = _words_before_single_victim(sentence)
    if before is None:
        return False
    if _killed_by_responders(sentence) and before[-1:] in (["he"], ["she"]):
        return True
    if _victim_is_object(sentence):
        return _responders_before(before)
    return _attacker_or_nobody(before)


# One person hurt, told by the care or the state the wound left, not by a wound verb (news writes the lone survivor
# this way): "is in critical condition", "sustained a gunshot wound", "was treated for shrapnel wounds", "escaped
# with injuries", "was rushed to hospital". A singular verb or article keeps a group ("four remain in hospital")
# to the count rules; a body taken to hospital is not a wounded person.
LONE_WOUNDED_RE = folded(
    r"\b(?:is|was|remains|remained)\s+(?:still\s+|now\s+)?in\s+(?:a\s+)?(?:critical|serious|grave|stable|life-threatening)\s+condition\b"
    r"|\b(?:sustained|suffered|received)\s+(?:a|one)\s+(?:\w+\s+)?(?:gunshot|bullet|stab|shrapnel|head|leg|chest)\s+(?:wound|injury)\b"
    r"|\bwas\s+(?:later\s+)?(?:treated|hospitali[sz]ed)\s+(?:for|with)\s+(?:\w+\s+){0,2}(?:wounds|injuries|burns)\b"
    r"|\b(?:he|she|who|was|one\s+[a-z]+|an?\s+[a-z]+)\s+escaped\s+with\s+(?:\w+\s+)?(?:injuries|wounds)\b|\bwas\s+(?:also\s+)?(?:hit|wounded|injured)\s+and\s+is\b"
    r"|\bwas\s+(?:also\s+)?(?:hit|struck)\s+by\s+(?:a\s+(?:stray\s+)?bullet|shrapnel|splinters)\b"  # not "gunfire": it hits vehicles too
    r"|\bwas\s+(?:rushed|taken|evacuated|airlifted)\s+to\s+(?:a\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?hospital\b"
    # "X's father was also wounded", "suffered deep cuts from flying glass", "was shot four times in the leg"
    r"|\bwas\s+also\s+(?:seriously\s+|badly\s+|slightly\s+|critically\s+)?(?:wounded|injured|hurt)\b|\b(?:suffered|sustained)\s+(?:\w+\s+)?(?:cuts|burns)\b"
    r"|\bwas\s+shot\s+(?:\w+\s+times\s+)?(?:in|on)\s+the\s+(?:legs?|arms?|shoulder|hand|foot|back|chest|stomach|head|thigh|neck|abdomen)\b",
    re.IGNORECASE,
)
# "escaped with injuries" needs a singular subject; "the body was taken to hospital" tells a death, not a wound
_NOT_LONE_WOUNDED_RE = folded(r"\b(?:bod(?:y|ies)|corpses?|(?:the|his|her|their)\s+remains)\b|\b(?:died|succumbed|dead)\b", re.IGNORECASE)


def lone_wounded(sentence: str) -> re.Match | None:
    """Where a sentence tells one person wounded without a number, by a wound verb or by the care it needed."""
    match = SINGLE_WOUNDED_RE.search(sentence)
    if match is None and (match := LONE_WOUNDED_RE.search(sentence)) is not None and _NOT_LONE_WOUNDED_RE.search(sentence):
        return None
    return match


def lone_casualty(sentence: str) -> bool:
    """A sentence that tells one victim hurt or dead with no number, as a follow-up of the incident just told."""
    return (lone_wounded(sentence) is not None and not single_wounded_is_excluded(sentence)) or single_victim_sentence([sentence]) is not None


def single_wounded_is_excluded(sentence: str) -> bool:
    """The one wounded person a sentence tells is an attacker, or nobody ("no one else was hurt")."""
    match = lone_wounded(sentence)
    if match is None:
        return True
    if match is not None and ARRESTED_AFTER_RE.match(sentence, match.end()):
        return True  # "a third was wounded and arrested": police do not arrest the victims
    return _attacker_or_nobody(_words_before(match, sentence))


def singular_is_attacker(sentence: str) -> bool:
    """ "The gunman was shot dead", "wounding three of them before he was shot dead": one attacker killed."""
    before = _words_before_single_victim(sentence)
    if before is not None and _killed_by_responders(sentence) and before[-1:] in (["he"], ["she"]):
        return True  # the pronoun stands for the attacker just told (a named victim would be told by name)
    if before is not None and _victim_is_object(sentence):
        return _responders_before(before)
    return before is not None and _attacker_before(before)


# An active verb with the victim as its object pronoun ("shot him dead", "hacked her to death"): the noun before it
# is the killer, so an attacker there ("one of the gunmen shot him dead") makes the pronoun a victim, and only
# responders there ("before troops shot him dead") make it an attacker
OBJECT_PRONOUN_RE = re.compile(r"\b(?:him|her)\b", re.IGNORECASE)


def _victim_is_object(sentence: str) -> bool:
    match = SINGLE_VICTIM_RE.search(sentence)
    return OBJECT_PRONOUN_RE.search(match.group(0)) is not None


# The passive's agent is the forces who end an attack: "He was shot dead by troops at the scene": the pronoun's one
# killed is the attacker (an attacker noun as the subject is read by _attacker_before already)
BY_RESPONDERS_RE = re.compile(
    r"\s+by\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:troops|soldiers|police|policemen|officers|guards|forces|commandos|security)\b",
    re.IGNORECASE,
)


def _killed_by_responders(sentence: str) -> bool:
    match = SINGLE_VICTIM_RE.search(sentence)
    return match is not None and BY_RESPONDERS_RE.match(sentence, match.end()) is not None


def _responders_before(before: list[str]) -> bool:
    return len(before) >= 2 and before[-2] in ("before", "until") and before[-1] in RESPONDERS


def _words_before_single_victim(sentence: str) -> list[str] | None:
    match = SINGLE_VICTIM_RE.search(sentence)
    return None if match is None else _words_before(match, sentence)


def _words_before(match: re.Match, sentence: str) -> list[str]:
    """The lower-cased words in the 40 characters before a match."""
    return sentence[max(0, match.start() - 40) : match.start()].lower().split()


def _attacker_or_nobody(before: list[str]) -> bool:
    """The person told is an attacker, or nobody ("no one else was hurt", "not a single ...")."""
    if _attacker_before(before) or bool(before) and before[-1] in ("one", "nobody", "not", "else"):
        return True
    # "No soldier lost his life", "None of the troops was killed": a negative determiner before the victim noun
    words = [w.strip("\"'“”‘’") for w in before[-4:]]
    return "none" in words or "no" in words[-3:]


def _attacker_before(before: list[str]) -> bool:
    return (
        before[-2:] in (["before", "he"], ["before", "she"], ["until", "he"], ["until", "she"])
        or bool(before) and before[-1] in PERPETRATOR_NOUNS
        or _responders_before(before)
    )


# The forces who end an attack: "wounding a soldier before troops shot him dead" tells the attacker killed
RESPONDERS = frozenset("troops soldiers police policemen officers guards forces commandos".split())


def self_killed_attackers(sentences: list[str]) -> tuple[int, str] | None:
    """Attackers who killed themselves, from the first sentence that says so and can tell how many ("before both killing themselves")."""
    for sentence in sentences:
        match = SELF_KILLING_RE.search(sentence)
        if match is None:
            continue
        pronoun = (match.group("k") or match.group("t") or match.group("o") or "").lower()
        if pronoun in ("himself", "herself", "his", "her"):
            return 1, sentence
        plural = pronoun in ("themselves", "their") or match.group(0).lower().startswith("blew")
        attackers = _attackers_counted_before(sentence, match.start())
        if attackers is not None:
            return attackers, sentence
        if not plural and _attacker_named_before(sentence, match.start()):
            return 1, sentence  # "the gunman ... before committing suicide": one attacker
    return None


def _attackers_counted_before(sentence: str, end: int) -> int | None:
    """How many attackers the sentence counts before `end`: "Two gunmen ...", or "both" just before the self-killing."""
    counts = [c for c in find_counts(sentence) if c.end <= end]
    if counts and counts[-1].nouns == "" and counts[-1].best == 2 and end - counts[-1].end <= 12:
        return 2  # "before both killing themselves"
    attackers = [c for c in counts if any(w in PERPETRATOR_NOUNS for w in c.nouns.split())]
    return attackers[0].best if attackers else None


def _attacker_named_before(sentence: str, end: int) -> bool:
    return any(w.strip(",.;:'\"").lower() in PERPETRATOR_NOUNS for w in sentence[:end].split())


# A name opening the clause, then the people who are "his" or "her": "Lezama, his driver and his aide died" counts
# Lezama too. Openers that are not names ("However, his driver ...", "In Kabul, her son ...") are left out.
NAMED_OWNER_TAIL_RE = re.compile(r"(?:^|[.;:]\s+)(?P<name>(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+),\s+$")
NAMED_OWNER_POSSESSIVE_RE = re.compile(r"(?:his|her)\s", re.IGNORECASE)
NOT_OWNER_WORDS = frozenset(
    "in on at after before during by for from with since meanwhile however then later also separately elsewhere "
    "yesterday today earlier instead overall police officials sources witnesses residents".split()
)


def named_owner_before(sentence: str, start: int) -> bool:
    """The count at `start` is "his ..." or "her ..." right after a name opening the clause: that named one is counted too."""
    if not NAMED_OWNER_POSSESSIVE_RE.match(sentence, start):
        return False
    match = NAMED_OWNER_TAIL_RE.search(sentence, max(0, start - 80), start)
    if match is None:
        return False
    words = match.group("name").split()
    return not any(w.lower() in NOT_OWNER_WORDS or w.lower().endswith("ly") for w in words)


# One person named as the object of a wounding participle: "..., injuring Constable Wali Khan, who was taken to
# hospital". Only a name that ends the phrase: "wounding Border Police officers" counts officers, not one person.
NAMED_WOUNDED_RE = re.compile(
    r"\b(?:injuring|wounding)\s+(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+(?=\s*[,.;:(]|\s+(?:and|who|in|at|on|near|as|while|during)\b)"
)


def single_wounded_sentence(sentences: list[str]) -> str | None:
    """The first sentence that tells one person wounded without a number ("was shot in the leg", "injuring Constable X")."""
    return next(
        (s for s in sentences if (lone_wounded(s) and not single_wounded_is_excluded(s)) or NAMED_WOUNDED_RE.search(s)),
        None,
    )


# Attackers who withdraw "leaving behind one of their dead" (or "the bodies of three of their comrades") tell their
# own dead by what they left
LEFT_BEHIND_DEAD_RE = re.compile(
    r"\b(?:leaving|left|abandon(?:ing|ed))\s+behind\s+(?:the\s+bod(?:y|ies)\s+of\s+)?(?P<number>\w+)\s+of\s+their\s+(?:own\s+)?"
    r"(?:dead|fallen|comrades|fighters|men|members|companions)\b",
    re.IGNORECASE,
)


def left_behind_dead(sentences: list[str]) -> tuple[int, str] | None:
    """Attackers' dead told as left behind when they withdrew: "the gunmen fled, leaving behind two of their dead"."""
    for sentence in sentences:
        match = LEFT_BEHIND_DEAD_RE.search(sentence)
        if match is None or not (_attacker_named_before(sentence, match.start()) or "enemy" in sentence[: match.start()].lower()):
            continue
        number = parse_number(match.group("number"))
        if number:
            return number, sentence
    return None
