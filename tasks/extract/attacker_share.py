"""Attackers told inside a toll or as a side's own loss: "five people, including the bomber, were killed",
"the bandits lost five men", "in the ranks of the terrorists, two died".

Wire copy often gives one total for everyone who died and then names the attackers among them. The schema
counts victims only in `killed`, so the attackers named in the list are taken out of the total and go to
`perpetrators_killed`. The same copy tells an armed band's own dead as its loss ("the militants suffered 10
deaths", "the rebels lost four men"): whose loss it is decides the column, not the noun that is counted.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .numbers import Count, find_counts, word_number_value
from .people import BODY_NOUNS, PERPETRATOR_NOUNS, is_person_word

# The list of who died, right after the total: ", including two suicide bombers," / "(among them the gunman)".
# It ends at the clause's own verb, a closing bracket or the sentence's end.
INCLUDED_LIST_RE = re.compile(
    r"\s*[,(]?\s*(?:including|among\s+them|among\s+whom)\s+(?P<list>(?:(?!\b(?:were|was|are|have|has|had|when|after|while|as|in\s+an?)\b)[^.;)]){1,140})",
    re.IGNORECASE,
)
# One attacker named by a definite or counting word, not by a number: "the bomber", "a suicide bomber", "one gunman"
SINGLE_ATTACKER_RE = re.compile(
    r"\b(?:the|a|an|one|its)\s+(?:(?:suicide|female|lone|alleged|suspected|would-be|teenage|male)\s+){0,2}"
    r"(?:bomber|attacker|assailant|gunman|perpetrator|shooter|hijacker)\b(?!\s*'s)",
    re.IGNORECASE,
)
# Nouns that name people by what they did in this attack. Identity nouns ("militants", "jihadists", "rebels") count
# only as a definite back-reference ("the two terrorists"): a list of the dead may name such men among the victims
# ("eight killed, including six jihadists").
ROLE_ATTACKERS = frozenset(
    "attacker attackers assailant assailants gunman gunmen bomber bombers perpetrator perpetrators shooter shooters "
    "hijacker hijackers raider raiders infiltrator infiltrators kidnapper kidnappers abductors".split()
)
# A number of attackers in the list: "two suicide bombers", "three of the assailants", "6 armed attackers"
ATTACKER_COUNT_RE = re.compile(
    r"\b(?P<the>the\s+)?(?P<n>\d{1,3}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)(?:-[a-z]+)?)\s+(?P<of>of\s+the\s+)?(?:(?:suicide|female|armed|suspected|alleged|teenage)\s+){0,2}(?P<noun>[A-Za-z]+)\b"
)
PAIR_ATTACKERS_RE = re.compile(r"\bboth\s+(?:(?:suicide|female)\s+)?(?:bombers|attackers|assailants|gunmen|militants)\b", re.IGNORECASE)

# "Police said the bomber was among the dead": the text says the attacker died, without a number of its own
AMONG_DEAD_RE = re.compile(
    r"\b(?:the|both|all\s+(?:the\s+)?)\s*(?:(?:suicide|female|lone)\s+)?(?P<noun>bombers?|attackers?|assailants?|gunm[ae]n|perpetrators?)\s+"
    r"(?:was|were|is|are)\s+(?:also\s+|reportedly\s+)?among\s+(?:the\s+)?(?:dead|killed|fatalities|those\s+killed|the\s+victims)\b",
    re.IGNORECASE,
)

# Whose loss: the subject right before "lost N men", "suffered 10 deaths", "had five killed"
LOSS_SUBJECT_TAIL_RE = re.compile(
    r"(?:^|[.;,:]\s*|\b(?:while|and|but|as|said|says|added|that)\s+)(?P<subject>(?:[\w'’-]+\s+){1,5}?)(?:\w+ly\s+)?"
    r"(?:lost|suffered|sustained|had)\s+(?:(?:at\s+least|some|about|around|nearly|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
# "In the ranks of the terrorists, two people died", "on the militants' side, six were killed"
SIDE_TAIL_RE = re.compile(
    r"\b(?:in|from|among)\s+the\s+ranks\s+of\s+(?:the\s+)?(?P<a>[\w'’ -]{2,40}?)\s*,?\s*$"
    r"|\bon\s+the\s+(?P<b>[\w'’ -]{2,30}?)\s+side\s*,?\s*$",
    re.IGNORECASE,
)
# The side named after a count of deaths: "at least 10 deaths of the Islamic State" (a bare partitive, "five of the
# militia", often tells whom the victims belonged to, and is left alone)
SIDE_AFTER_RE = re.compile(
    r"\s*(?:deaths|fatalities)\s+(?:of|among)\s+(?:the\s+)?(?P<side>(?:[\w'’-]+\s*){1,4}?)(?=[.,;:)]|\s+(?:and|were|was|had|in|as|while|when|after)\b|$)",
    re.IGNORECASE,
)
# the state's side, which never is the attackers' loss: "the army lost 12 soldiers", "security forces suffered five deaths"
STATE_SIDE_WORDS = frozenset(
    "army military troops soldiers police policemen forces force government security navy marines "
    "gendarmes gendarmerie battalion brigade unit units regiment".split()
)


# The attackers told as a share of the toll in apposition: "killing 12 people, three of them attackers"
OF_THEM_ATTACKERS_RE = re.compile(
    r"\s*,\s*(?P<list>(?P<n>\d{1,3}|[a-z]+)\s+of\s+(?:them|whom)\s+(?:were\s+)?(?:(?:suicide|armed)\s+)?(?P<noun>[a-z]+))\b",
    re.IGNORECASE,
)
# The list after the clause's place and time: "Eight people died in the blasts in Bosaso on Sunday, including the two
# suicide bombers": only a definite back-reference to the attackers ("the bomber", "the two gunmen") reaches that far
LATE_INCLUDED_RE = re.compile(r"[^.;]{0,120}?,\s*including\s+(?=(?:the|both|all)\b)", re.IGNORECASE)
# A toll told inverted: "Among the 20 people killed in Sunday's raid were four of the gunmen"
AMONG_TOLL_TAIL_RE = re.compile(r"\bamong\s+(?:the\s+)?$", re.IGNORECASE)
AMONG_TOLL_VERB_RE = re.compile(r"[^.;]{0,100}?\b(?:were|was)\s+(?P<list>[^.;]{1,140})", re.IGNORECASE)


def attackers_in_list(sentence: str, position: int) -> int:
    """How many attackers the "including ..." list right after a toll names ("including the bomber" is 1)."""
    match = INCLUDED_LIST_RE.match(sentence, position)
    if match is None:
        share = OF_THEM_ATTACKERS_RE.match(sentence, position)
        if share and share.group("noun").lower() in ROLE_ATTACKERS:
            return (int(share.group("n")) if share.group("n").isdigit() else word_number_value(share.group("n"))) or 0
        return 0
    return _attackers_named(match.group("list"))


def attackers_told_later(sentence: str, count: Count, end: int) -> int:
    """Attackers named among a toll farther on: after the clause's place and time ("..., including the two suicide
    bombers") or after an inverted toll's verb ("Among the 20 killed ... were four of the gunmen")."""
    if AMONG_TOLL_TAIL_RE.search(sentence, max(0, count.start - 12), count.start):
        verb = AMONG_TOLL_VERB_RE.match(sentence, count.end)
        return _attackers_named(verb.group("list")) if verb else 0
    late = LATE_INCLUDED_RE.match(sentence, end)
    if late is None or any(end <= other.start < late.end() for other in find_counts(sentence)):
        return 0  # another count between them may be the one the list belongs to
    listed = INCLUDED_LIST_RE.match(sentence, late.end() - len("including ") - 1)
    if listed is None:
        return 0
    return _attackers_named(listed.group("list"), definite_only=True)


def _attackers_named(listed: str, definite_only: bool = False) -> int:
    """How many attackers a list of the dead names ("the two terrorists", "a suicide bomber", "both gunmen")."""
    total = 0
    for counted in ATTACKER_COUNT_RE.finditer(listed):
        value = int(counted.group("n")) if counted.group("n").isdigit() else word_number_value(counted.group("n"))
        noun = counted.group("noun").lower()
        # "the two terrorists", "three of the militants": the men already told as the attackers
        definite = counted.group("the") or counted.group("of")
        if value and (noun in ROLE_ATTACKERS and (definite or not definite_only) or definite and noun in PERPETRATOR_NOUNS):
            total += value
    if total:
        return total
    if PAIR_ATTACKERS_RE.search(listed):
        return 2
    single = SINGLE_ATTACKER_RE.search(listed)
    return 1 if single and (not definite_only or single.group(0).lower().startswith("the")) else 0


def attackers_among_dead(sentences: list[str]) -> tuple[int, str] | None:
    """Attackers the text counts among the dead without a number ("the bomber was among the dead"), with the sentence."""
    for sentence in sentences:
        match = AMONG_DEAD_RE.search(sentence)
        if match is None:
            continue
        if match.group(0).lower().startswith("both"):
            return 2, sentence
        if not match.group("noun").lower().endswith(("s", "men")):
            return 1, sentence  # "the bomber": one; "the attackers" gives no number
    return None


def loss_of_attackers(sentence: str, start: int, end: int, is_armed_side) -> bool:
    """Whether the count at `start` is an armed band's own loss: its subject ("the bandits lost five men") or the side
    named before it ("in the ranks of the terrorists, two died") is the attackers, not the state's forces."""
    before = sentence[max(0, start - 80) : start]
    after = SIDE_AFTER_RE.match(sentence, end)
    if after and _attacker_side(after.group("side").lower(), is_armed_side):
        return True
    side = SIDE_TAIL_RE.search(before)
    if side:
        words = (side.group("a") or side.group("b") or "").lower()
        return _attacker_side(words, is_armed_side)
    loss = LOSS_SUBJECT_TAIL_RE.search(before)
    return loss is not None and _attacker_side(loss.group("subject").lower(), is_armed_side)


def _attacker_side(words: str, is_armed_side) -> bool:
    tokens = [w.strip("'’") for w in words.split()]
    if not tokens or any(w in STATE_SIDE_WORDS for w in tokens):
        return False
    return any(w.removesuffix("'s") in PERPETRATOR_NOUNS for w in tokens) or is_armed_side(" ".join(tokens))


def share_out(sentence: str, count: Count, end: int, role: str | None, is_perpetrator, is_armed_side) -> tuple[Count, int]:
    """A dead count with the attackers taken out: (the count, read as the attackers' own loss or with the attackers it
    lists removed, and how many attackers were removed)."""
    if role != "killed":
        return count, 0
    if loss_of_attackers(sentence, count.start, count.end, is_armed_side) or _whole_band_killed_by_responders(sentence, count, end):
        return replace(count, nouns="attackers", parts=()), 0
    if is_perpetrator(count.nouns):
        return count, 0
    shared = attackers_in_list(sentence, count.end) or attackers_in_list(sentence, end) or attackers_told_later(sentence, count, end)
    if not 0 < shared < count.best:
        return count, 0
    low = None if count.low is None else count.low - shared
    high = None if count.high is None else count.high - shared
    return replace(count, best=count.best - shared, low=low, high=high, parts=()), shared


# The dead told as struck by a blast someone else set ("two members of the SDF were killed when a car bomb exploded"):
# the bomb's victims, whatever group they belong to; not a band's own device going off ("when their bomb exploded
# prematurely", "while planting a mine")
BLAST_WHEN_RE = re.compile(
    r"\b(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured)\s+(?:when|after|as)\s+(?:an?|the)\s+(?:\w+\s+){0,2}?"
    r"(?:car\s+bomb|roadside\s+bomb|bomb|ied|improvised\s+explosive\s+device|explosive\s+device|landmine|mine|suicide\s+(?:car\s+)?bomber)\b",
    re.IGNORECASE,
)
OWN_DEVICE_RE = re.compile(r"\b(?:their|its|his)\s+own\b|\bprematurely\b|\bwhile\s+(?:planting|making|assembling|transporting|handling)\b", re.IGNORECASE)


def struck_by_blast(sentence: str) -> bool:
    """Whether the sentence's dead were hit by someone else's bomb or mine: members of a named force ("two members of
    the SDF"), not "militants" or "attackers", who at a blast are as likely its bombers."""
    match = BLAST_WHEN_RE.search(sentence)
    if match is None or OWN_DEVICE_RE.search(sentence):
        return False
    subject = re.split(r"[;:]", sentence[: match.start()])[-1].lower()
    return not any(w.strip(",.()'’") in PERPETRATOR_NOUNS for w in subject.split())


# The people who carried out the attack, counted as the sentence's subject, and then told killed by the responders:
# "Three assailants killed five people ... before they were shot dead by police", "Two Palestinians attacked a soldier
# with knives and were shot dead by other forces", "Five terrorists attacked the temple before being killed"
ACTED_THEN_KILLED_RE = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:attacked|opened\s+fire|stormed|raided|stabbed|killed|shot|ambushed|infiltrated|rammed|hijacked|tried|attempted)\b(?!\s+by\b)"
    r"[^.;]{0,160}?(?:\bbefore\s+(?:being|they\s+were)|,?\s+(?:and|but)\s+(?:were|they\s+were))\s+(?:later\s+|all\s+|both\s+|themselves\s+)?"
    r"(?:shot\s+dead|killed|gunned\s+down|shot\s+and\s+killed|neutrali[sz]ed|eliminated)\b"
    # killed by a device, they are its victims ("stormed the house and were killed by a bomb")
    r"(?!\s+(?:by|in|when)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:bomb|blast|explosion|mine|ied|booby))",
    re.IGNORECASE,
)


RESPONDER_NOUNS = frozenset("policeman officers commandos personnel guards gendarmes jawans rangers".split())


def attackers_killed_after_acting(sentences: list[str]) -> tuple[int, str] | None:
    """Attackers counted as the subject of the attack and then told killed ("three assailants ... before they were shot
    dead"), with the sentence."""
    for sentence in sentences:
        counts = find_counts(sentence[:60])
        if not counts:
            continue
        count = counts[0]
        head = count.nouns.split()
        # troops or police who stormed a place are the responders, not the attackers
        # one attacker only when named as one ("a gunman ... before being shot dead"), not "a man", who may be a victim
        if head and (count.best > 1 or head[-1] in PERPETRATOR_NOUNS) and is_person_word(head[-1]) and head[-1] not in STATE_SIDE_WORDS | RESPONDER_NOUNS and ACTED_THEN_KILLED_RE.match(sentence, count.end):
            return count.best, sentence
    return None


# "All four were killed by special forces", "both were shot dead by the police": a whole band already told, killed by the
# responders, is the attackers
WHOLE_TAIL_RE = re.compile(r"\b(?:all|both)\s+(?:of\s+)?(?:the\s+)?$", re.IGNORECASE)
BY_RESPONDERS_RE = re.compile(
    r"\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:police|policemen|troops|soldiers|forces|commandos|army|guards|officers|marines|gendarmes|gendarmerie)\b"
    r"(?!\s+(?:bullets|fire|gunfire|shots|shooting))",
    re.IGNORECASE,
)


def _whole_band_killed_by_responders(sentence: str, count: Count, end: int) -> bool:
    bare = not count.nouns or count.nouns in ("of them", "of the attackers")
    whole = re.match(r"(?:all|both)\b", count.text, re.IGNORECASE) or WHOLE_TAIL_RE.search(sentence, max(0, count.start - 16), count.start)
    return bare and end > count.end and whole is not None and (
        BY_RESPONDERS_RE.match(sentence, end) is not None
    )


def antecedent_is_perpetrator(before: str) -> bool:
    """Whether the last people named before "of them" are the attackers."""
    words = [w.strip(".,;:'\"").lower() for w in before.split()]
    # "repulsed the attackers ... and found the bodies of four of them": the bodies are of the people named before
    last = next((w for w in reversed(words) if is_person_word(w) and w not in BODY_NOUNS), None)
    return last in PERPETRATOR_NOUNS


# Others taken with the one named: "abducted the priest along with two of his parishioners", "was seized, along with
# four of his workers"
ALONG_WITH_TAKEN_TAIL_RE = re.compile(
    r"\b(?:kidnapped|abducted|seized|taken\s+hostage|took\s+hostage|carried\s+away|carried\s+off|whisked\s+away|led\s+away)\b,?\s+"
    r"(?:[\w'’-]+\s+){0,4}?along\s+with\s*$",
    re.IGNORECASE,
)
