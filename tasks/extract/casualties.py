"""Casualty figures: killed, wounded, kidnapped and perpetrators killed, with low/best/high.

Conventions (schema.md plus these documented choices):
- An exact figure gives low = best = high. "at least 12" gives low 12, best 12, high None (open);
  "up to / nearly 12" gives low None, best 12, high 12; "about 12" is read as exact; vague words
  come from numbers.VAGUE_COUNTS ("dozens": low 24, best 24, high None).
- Figures in one sentence for the same role add up ("4 killed in X and 2 in Y" = 6).
- Across sentences the first figure stands; a later toll revision ("raising the death toll to
  12") replaces it; a later "another"/"more"/"later died" figure adds to it; a later figure
  stated as the toll ("police put the death toll at 18") or a larger one is another source's
  figure: the first stays best and low/high span both; a later smaller figure is read as a
  breakdown ("including 5 children") and ignored.
- Figures from a claim of responsibility or an unconfirmed source never become best; they only
  widen low/high.
- Attackers killed go to perpetrators_killed; wounded attackers are dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .casualty_patterns import (
    ABSOLUTE_SUBSET_TAIL_RE,
    KILLED_AND_TAIL_RE,
    NEGATED_SUBJECT_TAIL_RE,
    ABOARD_AFTER_RE,
    ABOARD_NOUNS_RE,
    ABOARD_RE,
    ACTIVE_TAIL_RE,
    ACTIVE_VERBS,
    ELLIPSIS_TAIL_RE,
    OWN_MEMBERS_RE,
    LOSS_TAIL_RE,
    AFTER_TAIL_RE,
    AIR_STRIKE_RE,
    BACKGROUND_TALLY_RE,
    NOUN_VERBS,
    SERIES_TAIL_RE,
    ROLE_ATTACKER_RE,
    ANTI_NAME_RE,
    BREAKDOWN_COLON_RE,
    BREAKDOWN_GAP_RE,
    BODIES_FOUND_AFTER_RE,
    GENERIC_ARMED_GROUP_RE,
    PARTITIVE_WHOLE_TAIL_RE,
    PART_OF_WOUNDED_DIED_AFTER_RE,
    PART_FOUND_DEAD_AFTER_RE,
    ARRESTED_AFTER_RE,
    WOUNDED_ADJECTIVE_AFTER_RE,
    AGGREGATE_VAGUE_LOW,
    ALONG_WITH_TAIL_RE,
    ALTERNATIVE_SOURCE_RE,
    ARMED_BAND_OWNER_TAIL_RE,
    GROUP_OWN_COUNT_RE,
    AMBIGUOUS_BARE_PARTICIPLES,
    ANTI_PERPETRATOR_WORDS,
    ATTACKERS_KILLED_TAIL_RE,
    BODIES_OF_TAIL_RE,
    CAPTOR_SUBJECT_RE,
    CAPTURE_VERBS,
    ORDINAL_DEATH_AFTER_RE,
    DEATH_NOUN_AFTER_RE,
    DRIVER_HELD_RE,
    GROUP_ACCOUNT_TAIL_RE,
    GROUP_DEAD_RE,
    HOSPITAL_AFTER_RE,
    HOSTAGE_HEAD_RE,
    HYPOTHETICAL_TAIL_RE,
    INVERTED_TOLL_AFTER_RE,
    INVERTED_TOLL_TAIL_RE,
    LATER_DEATHS_RE,
    LEAVE_OBJECT_RE,
    MEMBERS_OF_RE,
    NAMED_ALONG_WITH_TAIL_RE,
    NAMED_AND_TAIL_RE,
    NAMED_APPOSITION_TAIL_RE,
    NAMED_PERSON_AND_TAIL_RE,
    OBJECT_AFTER_RE,
    PASSIVE_PARTICIPLES,
    PASSIVE_RE,
    PRONOUN_VICTIMS_RE,
    REVISION_RE,
    ROLES,
    SECOND_SOURCE_TAIL_RE,
    SEIZED_PEOPLE_RE,
    SELF_DETONATION_RE,
    FORCES_KILLED_TAIL_RE,
    ARMED_MEMBER_WORDS,
    STATE_LIKE_WORDS,
    SUBSET_TAIL_RE,
    SUPERSEDED_RE,
    CONTRADICTED_BY_ZERO_RE,
    TOLL_TAIL_RE,
    TO_DEATH_RE,
    UNKNOWN_CASUALTIES_RE,
    UP_FROM_TAIL_RE,
    WOUNDED_THEN_DIED_RE,
    WOUNDED_THEN_DIED_AFTER_RE,
    WOUNDED_TOLL_TAIL_RE,
    WOUNDED_WHO_DIED_RE,
    ZERO_PATTERNS,
)
from .actors import CLAIM_RE, find_groups
from .numbers import Count, find_counts, ordinal_rank
from .people import BODY_NOUNS, NON_PERSON_NOUNS, PERPETRATOR_NOUNS, PERSON_SINGULAR, captives, is_person_word
from .tolls import NAMED_LATE, Observation, combine, told_without_count, with_gapped_counts, without_back_references, without_dead_subsets
from .zero_tolls import side_zero_only
from .subjects import is_running_total, long_subject_predicate_start
from .lone_victims import left_behind_dead, named_object_owner, named_owner_before, named_victims, self_killed_attackers, single_wounded_sentence, singular_is_attacker
from .state_forces import state_force_country
from .attacker_share import antecedent_is_perpetrator, attackers_among_dead, attackers_killed_after_acting, share_out, struck_by_blast
from .echo_counts import echoed_wounded
from .toll_additions import (
    AND_HIMSELF_RE, CARRIED_BODIES_TAIL_RE, EXTRA_LATER_DEATHS_RE, INVERTED_DEAD_TAIL_RE, REACHED_RE, SELF_AND_TAIL_RE, SUBSET_HEAD_RE, added_victims,
)
from .attacker_share import ALONG_WITH_TAKEN_TAIL_RE


def _part_is_perpetrator(nouns: str, members: bool = True, told_dead: bool = False) -> bool:
    if (own := OWN_MEMBERS_RE.match(nouns)) and own.group("own"):
        return True  # "three of its own fighters died": the armed group's own dead
    words = [w.strip("'") for w in nouns.split()]
    if any(w in PERPETRATOR_NOUNS for w in words) and not any(w in ANTI_PERPETRATOR_WORDS for w in words):
        return True
    # "nine Taliban were killed", "16 Taliban fighters died in the clash": an armed group's own dead, told as the subject
    if told_dead and members and _is_group_dead(nouns):
        return True
    # "five suspected members of the Bangsamoro Islamic Freedom Fighters": members of an armed group
    return members and bool(MEMBERS_OF_RE.search(nouns)) and (bool(GENERIC_ARMED_GROUP_RE.search(nouns)) or _names_armed_group(nouns))


def _armed_members(nouns: str) -> bool:
    """The noun names an armed band's members ("militia fighters", "gang members", "islamic state members")."""
    words = nouns.split()
    if any(w in ANTI_PERPETRATOR_WORDS for w in words):
        return False
    return any(w in ARMED_MEMBER_WORDS for w in words) or _is_group_dead(nouns)


def _is_group_dead(nouns: str) -> bool:
    """The noun is an armed group's name, alone or before its fighters ("taliban", "isis fighters"); not a person of
    the group ("a taliban district chief") nor a force that holds ground for a state ("syrian democratic forces")."""
    name = GROUP_DEAD_RE.sub("", nouns).split()
    if not name or len(name) > 4 or any(is_person_word(w) or w.strip("()") in STATE_LIKE_WORDS for w in name):
        return False
    return _names_armed_group(" ".join(name))


def _names_armed_group(nouns: str) -> bool:
    return any(not state_force_country(group.name) for group in find_groups(ANTI_NAME_RE.sub(" ", nouns).title()))


def _is_person_count(count: Count) -> bool:
    """Whether a count is of people: the head noun (last word before any "of") decides."""
    words = [w.strip("'") for w in count.nouns.split(" of ")[0].split()]
    if not words or count.singular_article:
        return True  # article counts were checked for a person noun when read
    if any(is_person_word(w) for w in words):
        return True
    return words[-1] not in NON_PERSON_NOUNS


def _role_of(sentence: str, count: Count) -> tuple[str | None, bool, int, int]:
    """(role, is a toll figure, extra to add, end of the text the reading used) for one count."""
    role, toll, extra = _role_and_extra(sentence, count)
    part_died = PART_OF_WOUNDED_DIED_AFTER_RE.match(sentence, count.end) if role == "killed" and not count.nouns else None
    if part_died and "," in part_died.group(0):
        return role, toll, extra, part_died.end()  # "One of the wounded, a young recruit, died": the aside is the same one
    passive = _passive_after(sentence, count) if role is not None else None
    return role, toll, extra, passive.end() if passive else count.end


def _passive_after(sentence: str, count: Count) -> re.Match | None:
    """The casualty participle the count is the subject of: right after it, or past a long subject's modifiers."""
    passive = PASSIVE_RE.match(sentence, count.end)
    if passive is not None or not count.nouns:
        return passive
    # "Two children from the same family died", "127 civilians, who were travelling in buses to X were killed"
    start = long_subject_predicate_start(sentence, count.end)
    passive = PASSIVE_RE.match(sentence, start) if start is not None else None
    return None if passive is None or is_running_total(sentence, passive.end()) else passive


# An inverted list of casualties: the state first, then who ("Killed were ...", "Among the dead were ...", "The dead
# included ...", "Those wounded included ..."); the count right after it is the dead (or the wounded)
DEAD_LIST_TAIL_RE = re.compile(
    r"(?:^|[.;:,]\s+|\b(?:and|but)\s+)(?:(?:those|people|the\s+people)\s+)?(?:(?P<dead>killed|dead|slain)|(?P<hurt>wounded|injured|hurt))"
    r"\s+(?:were|are|included|include)\s+(?:(?:at\s+least|some|about|around)\s+)?$"
    r"|\b(?:among|of)\s+(?:the|those)\s+(?:(?P<dead2>dead|killed|slain|victims|fallen)|(?P<hurt2>wounded|injured|hurt))\s+(?:were|are)\s+$"
    r"|\bthe\s+(?:(?P<dead3>dead|victims|fallen)|(?P<hurt3>wounded|injured))\s+(?:included|include|were|are)\s+$",
    re.IGNORECASE,
)
INCLUDED_RE = re.compile(r"\b(?:includ\w*|among|of)\b", re.IGNORECASE)
# "By Tuesday the bodies of five people had been pulled out": the dead, counted by the bodies found (the finding verb
# follows the count)
BODIES_OF_SUBJECT_TAIL_RE = re.compile(r"\b(?:the\s+)?bodies\s+of\s+(?:(?:at\s+least|another|all)\s+)?$", re.IGNORECASE)


# "The bodies of 23 victims of Tuesday's attack on Mangina were buried on Thursday": a burial counts the attack's dead
BODIES_BURIED_AFTER_RE = re.compile(
    r"[^,.;]{0,70}?\s(?:were|have\s+been|had\s+been)\s+(?:buried|laid\s+to\s+rest)\b", re.IGNORECASE
)


def _found_after(sentence: str, count: Count) -> bool:
    """Whether a finding verb follows the counted people: "the bodies of five people were recovered"."""
    return BODIES_FOUND_AFTER_RE.match(sentence, count.end) is not None or BODIES_BURIED_AFTER_RE.match(sentence, count.end) is not None or re.match(
        r"\s+(?:(?:were|was|have|has|had|been|later|since)\s+){1,3}(?:pulled\s+out|dug\s+out|brought\s+out)\b", sentence[count.end:], re.I
    ) is not None


def _role_and_extra(sentence: str, count: Count) -> tuple[str | None, bool, int]:
    before = sentence[max(0, count.start - 80) : count.start]
    if UP_FROM_TAIL_RE.search(before):
        return None, False, 0  # "19 dead, up from the 15 announced at the weekend": the superseded figure
    listed = DEAD_LIST_TAIL_RE.search(before)
    if listed and count.singular_article and len(count.parts) <= 1 and INCLUDED_RE.search(listed.group(0)):
        listed = None  # "The dead included the captain who commanded the post": one of the dead named, not a count
    if listed:
        # "Killed were a sergeant and two soldiers", "The dead included four women": the verb comes first, the
        # casualties after it (inverted subject), whatever the count's own noun
        return ("wounded" if (listed.group("hurt") or listed.group("hurt2") or listed.group("hurt3")) else "killed"), False, 0
    if INVERTED_DEAD_TAIL_RE.search(before) or SELF_AND_TAIL_RE.search(before) or CARRIED_BODIES_TAIL_RE.search(before):
        return "killed", False, 0  # "Killed in the attack were the driver, ...", "killing himself and six others"
    if SUBSET_TAIL_RE.search(before):
        return None, False, 0  # "including 13 policemen": part of a total already counted
    if NEGATED_SUBJECT_TAIL_RE.search(before):
        return None, False, 0  # "none of the three was killed": the zero is read by ZERO_PATTERNS
    if count.nouns.startswith(("of them", "of whom")) and ABSOLUTE_SUBSET_TAIL_RE.search(before):
        absolute = PASSIVE_RE.match(sentence, count.end)
        auxiliary = absolute is not None and re.search(r"\b(?:were|was|are|is|have|has|had|been|being)\b", absolute.group("fillers"), re.I)
        if absolute is not None and not auxiliary and not absolute.group("aside"):
            return None, False, 0  # "Two men were killed, one of them beheaded": how some of the counted died
    if not count.nouns and PARTITIVE_WHOLE_TAIL_RE.search(before) and WOUNDED_ADJECTIVE_AFTER_RE.match(sentence, count.end):
        return "wounded", False, 0  # "two of the five wounded died": five were wounded
    if not count.nouns and (PART_OF_WOUNDED_DIED_AFTER_RE.match(sentence, count.end) or PART_FOUND_DEAD_AFTER_RE.match(sentence, count.end)):
        return "killed", False, 0  # ... and two of them died (a later death); "two of the five abducted were found dead"
    if count.nouns.split(" of ")[0] in BODY_NOUNS and BODIES_FOUND_AFTER_RE.match(sentence, count.end):
        return "killed", False, 0  # "14 bodies had been recovered", "ten corpses of soldiers were found": the dead, by their bodies
    if TOLL_TAIL_RE.search(sentence[max(0, count.start - 160) : count.start]) or (
        INVERTED_TOLL_TAIL_RE.search(before) and INVERTED_TOLL_AFTER_RE.match(sentence, count.end)
    ):
        return "killed", True, 0  # "put the death toll at 26", "bringing to nine the number of dead"
    if WOUNDED_TOLL_TAIL_RE.search(before):
        return "wounded", True, 0
    if BODIES_OF_TAIL_RE.search(before) or (BODIES_OF_SUBJECT_TAIL_RE.search(before) and _found_after(sentence, count)):
        return "killed", False, 0  # "found the bodies of three of the nine miners abducted", "the bodies of five were pulled out"
    if (along := ALONG_WITH_TAIL_RE.search(before)) and not PASSIVE_RE.match(sentence, count.end):
        return "wounded" if along.group("hurt") else "killed", False, 1  # "X was killed (among the injured) along with three others"
    if ALONG_WITH_TAKEN_TAIL_RE.search(before) and not PASSIVE_RE.match(sentence, count.end):
        return "kidnapped", False, 1  # "gunmen abducted the priest along with two of his parishioners"
    active = ACTIVE_TAIL_RE.search(before)
    if not active and count.singular_article is False and count.parts:
        # "shot dead Abdirahman Nur, the district commissioner, and one of his bodyguards": the count
        # stands in apposition to a named victim right after the verb
        named = NAMED_APPOSITION_TAIL_RE.search(before) or named_object_owner(sentence, before, count.start)
        active = ACTIVE_TAIL_RE.search(before[: named.start()]) if named else None
    if active and HYPOTHETICAL_TAIL_RE.search(before, 0, active.start()):
        return None, False, 0  # "an attack that could have killed dozens": nobody was
    if active and " ".join(active.group("verb").lower().split()) in NOUN_VERBS and SERIES_TAIL_RE.search(before, 0, active.start()):
        return None, False, 0  # "the second killing of a local official this year": an earlier incident's victim
    if active and ACTIVE_VERBS[" ".join(active.group("verb").lower().split())] == "intake":
        if count.nouns.split(" ")[0] in ("bodies", "corpses"):
            return "killed", False, 0  # "the hospital had received 19 bodies"
        active = None  # "said it had received 22 wounded people": read by what follows
    if active:
        role = ACTIVE_VERBS[" ".join(active.group("verb").lower().split())]
        if role in ("leave", "hospital"):
            if HOSPITAL_AFTER_RE.match(sentence, count.end):
                return "wounded", False, 0
            state = LEAVE_OBJECT_RE.match(sentence, count.end)
            if role == "hospital" or not state:
                return None, False, 0
            return ("killed" if (state.group("state") or "").lower() in ("dead", "killed", "death", "deaths") else "wounded"), False, 0
        if role == "loss":
            head = count.nouns.split(" of ")[0].split()
            return ("killed" if (head and is_person_word(head[-1])) or OWN_MEMBERS_RE.match(count.nouns) else None), False, 0
        if role == "to_death":
            return ("killed" if TO_DEATH_RE.match(sentence, count.end) else None), False, 0
        if role == "hurt_unless_dead":
            return ("killed" if TO_DEATH_RE.match(sentence, count.end) else "wounded"), False, 0
        if role == "bodies":
            if HOSTAGE_HEAD_RE.search(count.nouns.split(" of ")[0]):
                return "kidnapped", False, 0  # "safely recovered all 38 hostages": everyone who had been held
            # "pulled a fourth body from the rubble": one more dead, by the body found
            return ("killed" if count.nouns.split(" ")[0] in BODY_NOUNS else None), False, 0
        if role == "hostage":
            # "took 22 hostages", "took its 22 crew members": people seized with their ship are kidnapped
            # "took away nine people, including the village chief": taking people away is abducting them
            verb = active.group("verb").lower()
            taken_away = verb.endswith("away")
            # "gunmen seized seven children": attackers capturing people (not "troops captured two suspects")
            captured = (
                verb in CAPTURE_VERBS
                and (CAPTOR_SUBJECT_RE.search(before, 0, active.start()) is not None or KILLED_AND_TAIL_RE.search(before, 0, active.start()) is not None)
                and captives(count.nouns)
                # "seized two herdsmen and slit their throats": the pronoun tells what became of them
                and not PRONOUN_VICTIMS_RE.search(sentence, count.end)
            )
            seized = taken_away or captured or SEIZED_PEOPLE_RE.search(count.nouns) or ABOARD_AFTER_RE.match(sentence, count.end)
            return ("kidnapped" if seized else None), False, 0
        return role, False, 1 if role == "killed" and named_object_owner(sentence, before, count.start) and not ACTIVE_TAIL_RE.search(before) else 0
    passive = _passive_after(sentence, count)
    if passive:
        participle = " ".join(passive.group("participle").lower().split())
        role = PASSIVE_PARTICIPLES.get(participle, "wounded")  # not listed: a WOUND_PHRASE
        fillers = passive.group("fillers").lower()
        if not fillers.strip() and not passive.group("aside") and participle in AMBIGUOUS_BARE_PARTICIPLES:
            if OBJECT_AFTER_RE.match(sentence, passive.end()):
                return None, False, 0  # "two gunmen killed four people": the count is the agent
        if fillers.split() in (["had"], ["have"], ["has"]) and participle in AMBIGUOUS_BARE_PARTICIPLES and OBJECT_AFTER_RE.match(sentence, passive.end()):
            return None, False, 0  # "its fighter had killed 30 soldiers": a perfect tense with an object is active
        if role == "wounded" and (re.search(r"\b(?:fatally|mortally)\b", fillers) or (
                not fillers.strip() and not PARTITIVE_WHOLE_TAIL_RE.search(before)
                and WOUNDED_THEN_DIED_AFTER_RE.match(sentence, passive.end()))):
            role = "killed"
        if role == "wounded" and ARRESTED_AFTER_RE.match(sentence, passive.end()):
            return None, False, 0  # "a third was wounded and arrested": an attacker, held by the police
        # "Rosalía Benítez Ocampo, 46, mayor of San Miguel Totolapan, and her driver were killed": the named one too;
        # "Captain Hamza Rauf, age 27, along with four brave soldiers, ... embraced shahadat": him and them
        named = NAMED_PERSON_AND_TAIL_RE.search(before) or NAMED_ALONG_WITH_TAIL_RE.search(before) or named_owner_before(sentence, count.start) or (
            count.singular_article and (surname := NAMED_AND_TAIL_RE.search(before)) is not None
            and not any(is_person_word(w.lower()) or w in ("The", "A", "An") for w in surname.group(0).split()[:-1])
        )
        return role, False, 1 if named else 0
    if count.nouns.endswith(("hostage", "hostages")):
        return "kidnapped", False, 0
    noun = DEATH_NOUN_AFTER_RE.match(sentence, count.end) if not count.nouns else None
    if noun:
        return ("killed" if noun.group("killed") or noun.group("dead") else "wounded"), False, 0
    return None, False, 0


def sentence_observations(sentence: str, index: int, claim: bool = False, limit: int | None = None) -> list[Observation]:
    """Every casualty figure in one sentence, each with its role; counts at or after `limit` are ignored."""
    # Quotation marks around a figure or verb ('killed "a dozen terrorists"') are read through.
    unquoted = sentence.replace('"', " ")
    return [Observation(*figure[:4], index, sentence, *figure[4:]) for figure in _sentence_figures(unquoted, claim, limit)]


@lru_cache(maxsize=4096)
def _sentence_figures(sentence: str, claim: bool, limit: int | None) -> tuple[tuple, ...]:
    """(role, low, best, high, revision, additional, claim) for each figure; cached per sentence."""
    figures = []
    revision_match = REVISION_RE.search(sentence) or REACHED_RE.search(sentence)
    # read once, not once per count
    later_spans = [m.span() for m in LATER_DEATHS_RE.finditer(sentence)] + [m.span() for m in EXTRA_LATER_DEATHS_RE.finditer(sentence)]
    later_deaths = bool(later_spans)
    alternative = bool(ALTERNATIVE_SOURCE_RE.search(sentence))
    own_count = GROUP_OWN_COUNT_RE.search(sentence)
    own_count_at = own_count.start() if own_count else None
    contradicted = CONTRADICTED_BY_ZERO_RE.search(sentence)
    claim_at = _claim_position(sentence) if claim else None
    air_strike = AIR_STRIKE_RE.search(sentence) is not None or struck_by_blast(sentence)  # a strike's or a bomb's victims
    consumed = 0
    tally = BACKGROUND_TALLY_RE.search(sentence) is not None
    counts = find_counts(sentence)
    breakdown_roles: set[str] = set()  # roles whose total a colon has opened into its parts
    for number, count in enumerate(counts):
        if limit is not None and count.start >= limit:
            break
        if count.start < consumed:
            continue  # inside the aside of the previous figure ("Seven people, including a policeman, died")
        role, toll, extra, end = _role_of(sentence, count)
        if role is None and not figures:
            # only when nothing is counted yet: "7 people were killed ... got 7 people and beheaded them" tells them twice
            role = _pronoun_role(sentence, count.end, counts[number + 1].start if number + 1 < len(counts) else len(sentence))
        ellipsis = role is None and bool(figures) and ELLIPSIS_TAIL_RE.search(sentence, max(0, count.start - 30), count.start) is not None
        if ellipsis:
            role = "killed" if figures[-1][0] == "perpetrators_killed" else figures[-1][0]  # "..., and so were two of the attackers"
        # "killed at least 11 civilians, according to a local official, while a collective said 17 people died":
        # the second source's figure for the whole incident
        toll = toll or bool(SECOND_SOURCE_TAIL_RE.search(sentence, max(0, count.start - 100), count.start))
        if role is None or not _is_person_count(count):
            continue
        if tally and role in ("killed", "wounded", "perpetrators_killed"):
            continue  # "the UN has recorded more than a thousand killed since then": a monitor's running total
        if figures and number and figures[-1][0] == role and BREAKDOWN_GAP_RE.fullmatch(sentence, counts[number - 1].end, count.start):
            continue  # "the toll rose to 13 - four police officers and nine civilians": the 13 again, in parts
        if role in breakdown_roles:
            continue  # "nine are dead: five killed on the spot and four who died later": the nine again, in parts
        if extra and any(f[0] in (role, "perpetrators_killed") for f in figures):
            extra = 0  # "The administrator was gunned down along with two of his bodyguards": he is counted already (or was an attacker)
        consumed = end
        whole_of_part = PARTITIVE_WHOLE_TAIL_RE.search(sentence, max(0, count.start - 12), count.start) is not None
        if later_deaths and role == "wounded" and not whole_of_part and (WOUNDED_WHO_DIED_RE.match(sentence, count.end) or WOUNDED_THEN_DIED_RE.match(sentence, count.end)):
            role = "killed"  # "a fifth fighter who was seriously wounded later died": one more dead
        # "three later died, raising the death toll to nine": the figure after the revision is the new total.
        revised = revision_match is not None and count.start >= revision_match.start()
        # "11 soldiers lost their lives on the spot and a twelfth died of his wounds": only the later one adds
        clause_end = counts[number + 1].start if number + 1 < len(counts) else len(sentence)
        died_later = any(end > count.end and start < clause_end for start, end in later_spans)
        # "killed three people, after a woman wounded in the attack died in hospital": she is one of the three
        within_toll = AFTER_TAIL_RE.search(sentence, max(0, count.start - 12), count.start) is not None and any(f[0] == "killed" for f in figures)
        if role == "killed" and died_later and within_toll:
            continue
        additional = not revised and (
            count.qualifier == "additional" or count.nouns.startswith("more") or (role == "killed" and died_later)
        )
        # "Three civilians also died", "Another soldier died": more victims (attackers' deaths keep their own reading)
        added = not revised and not additional and added_victims(sentence, count, clause_end, role)
        if role == "killed" and count.qualifier == "vague" and (count.low or 0) >= AGGREGATE_VAGUE_LOW:
            continue  # "killing thousands": a running total, not one incident's toll
        group_figure = bool(GROUP_ACCOUNT_TAIL_RE.search(sentence, max(0, count.start - 120), count.start))
        # only as the sentence's first figure: "killing 92 soldiers; 61 militants were also killed, ... airstrikes" is
        # the attack and the response to it
        struck = air_strike and role == "killed" and not figures
        # "an airstrike against militants ..., killing three of them": the strike's victims, not attackers who died
        if count.nouns in ("of them", "of whom") and not struck and antecedent_is_perpetrator(sentence[: count.start]):
            count = replace(count, nouns="attackers", parts=())  # "troops engaged bandits ..., neutralising 11 of them"
        elif OWN_MEMBERS_RE.match(count.nouns) and (
            LOSS_TAIL_RE.search(sentence, max(0, count.start - 10), count.start)
            or ARMED_BAND_OWNER_TAIL_RE.search(sentence, max(0, count.start - 150), count.start)
        ):
            count = replace(count, nouns="attackers", parts=())  # "stormed a post ... and lost two of its fighters"
        attackers_acted = bool(ATTACKERS_KILLED_TAIL_RE.search(sentence, max(0, count.start - 60), count.start))
        forces_acted = not attackers_acted and bool(FORCES_KILLED_TAIL_RE.search(sentence, max(0, count.start - 120), count.start))
        # "A third police officer has died": the toll is now three, whatever figures the article gives before or after
        rank = ordinal_rank(count) if role == "killed" and ORDINAL_DEATH_AFTER_RE.match(sentence, count.end) else None
        if rank is not None:
            count = replace(count, best=rank, low=rank, high=rank, parts=((rank, rank, rank, count.nouns),))
            revised, additional = True, False
        # "... had been killed, along with 11 Taliban": the verb before "along with" tells them dead, like one after them
        told_dead = end > count.end or ellipsis or bool(ALONG_WITH_TAIL_RE.search(sentence, max(0, count.start - 80), count.start))
        count, shared = share_out(sentence, count, end, role, _part_is_perpetrator, _names_armed_group)  # "the bandits lost five men"
        if end > count.end and BREAKDOWN_COLON_RE.match(sentence, end):
            breakdown_roles.add(role)
        for part_role, low, best, high in _split_parts(role, count, attackers_acted, told_dead=told_dead, struck=struck, forces_acted=forces_acted):
            figures.append(
                (
                    part_role, None if low is None else low + extra, best + extra, None if high is None else high + extra,
                    revised and part_role == "killed", additional or added and part_role != "perpetrators_killed",
                    alternative or group_figure or (own_count_at is not None and count.start >= own_count_at) or (claim_at is not None and count.start >= claim_at)
                    or (contradicted is not None and count.end <= contradicted.start()), toll, count.nouns, group_figure,
                    count.qualifier == "vague", extra > 0, added and part_role != "perpetrators_killed",
                )
            )
        if shared:  # "Five people, including the bomber, were killed": the bomber is the perpetrators' dead
            figures.append(("perpetrators_killed", shared, shared, shared, False, additional, bool(figures) and figures[-1][6], False, "attackers", False, False, False))
    return tuple(figures)


def _pronoun_role(sentence: str, start: int, end: int) -> str | None:
    """The role of a pronoun that refers back to a count before the next one ("two farmers ..., killing them")."""
    match = PRONOUN_VICTIMS_RE.search(sentence, start, end)
    if match is None or re.search(r"[.;]", sentence[start : match.start()]):
        return None
    return "killed" if match.group("killed") else "wounded"


def _claim_position(sentence: str) -> int:
    """Where a claim sentence's claim begins: the figures before it ("killing seven people, officials said, in an
    attack claimed by IS") are the officials', the ones after it the group's."""
    match = CLAIM_RE.search(sentence)
    return match.start() if match else 0


def _split_parts(
    role: str, count: Count, attackers_acted: bool = False, told_dead: bool = False, struck: bool = False, forces_acted: bool = False
) -> list[tuple[str, int | None, int, int | None]]:
    """Victim and attacker figures of a (possibly composed) count: "19 militants and seven soldiers".

    `attackers_acted`: the sentence's killers are attackers ("Islamic State militants killed four fighters of
    the SDF"), so members of a group among the dead are their victims. `struck`: an air strike killed them, so
    even "militants" are its victims. `told_dead`: the count is the subject of a
    death participle ("nine Taliban were killed"), where a bare group name stands for its fighters. `forces_acted`:
    state forces killed them ("troops killed 47 militia fighters"), so an armed band's members are the attackers.
    """
    groups: dict[str, list[tuple[int, int | None, int | None, str]]] = {}
    for part in count.parts or ((count.best, count.low, count.high, count.nouns),):
        perpetrator = (not struck or bool(ROLE_ATTACKER_RE.search(part[3]))) and (
            _part_is_perpetrator(part[3], members=not attackers_acted, told_dead=told_dead) or forces_acted and _armed_members(part[3])
        )
        if role == "self_killed":
            part_role = "perpetrators_killed" if perpetrator or not part[3] else None
        elif role == "killed" and perpetrator:
            part_role = "perpetrators_killed"
        elif role == "wounded" and perpetrator:
            part_role = None  # wounded attackers have no column in the contract
        else:
            part_role = role
        if part_role:
            groups.setdefault(part_role, []).append(part)
    if len(count.parts) <= 1 or len(groups) <= 1:
        return [(r, count.low, count.best, count.high) for r in groups]
    result = []
    for part_role, parts in groups.items():
        lows, highs = [p[1] for p in parts], [p[2] for p in parts]
        low = None if any(v is None for v in lows) else sum(lows)
        high = None if any(v is None for v in highs) else sum(highs)
        result.append((part_role, low, sum(p[0] for p in parts), high))
    return result


def _zero_observations(sentence: str, index: int) -> list[Observation]:
    unknown = UNKNOWN_CASUALTIES_RE.search(sentence)  # a zero told before "there was no report of deaths" stands
    found: list[Observation] = []
    for pattern, roles in ZERO_PATTERNS:
        if (match := pattern.search(sentence)) and (unknown is None or match.end() <= unknown.start()):
            for role in roles:
                if not any(o.role == role for o in found):
                    found.append(Observation(role, 0, 0, 0, index, sentence))
    return found


# An official denial around a zero: "which the army denied, saying no soldier was killed"
DENIAL_WORD_RE = re.compile(r"\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:es|ed))\b", re.IGNORECASE)


def _denies(zero: Observation, claims: list[Observation]) -> bool:
    """Whether an explicit zero answers a weaker source's figure: told in the same sentence, or as a denial."""
    return any(o.sentence_index == zero.sentence_index for o in claims) or DENIAL_WORD_RE.search(zero.evidence) is not None


def extract_casualties(
    sentences: list[str], claim_indexes: frozenset[int] = frozenset(), limits: dict[int, int] | None = None
) -> dict:
    """Killed, wounded, kidnapped and perpetrators killed for one incident's sentences, with evidence.

    Also returns "victims": the noun words of the victim counts ("soldiers and civilians"), which
    the target-type rule reads first.
    """
    observations: list[Observation] = []
    zeros: list[Observation] = []
    limits = limits or {}
    for index, sentence in enumerate(sentences):
        observations.extend(with_gapped_counts(sentence, sentence_observations(sentence, index, index in claim_indexes, limits.get(index)), limits.get(index)))
        zeros.extend(_zero_observations(sentence, index))
    observations = without_back_references(without_dead_subsets(observations))
    observations.extend(told_without_count(sentences, observations))
    result: dict = {"evidence": {}}
    result["victims"] = " and ".join(
        o.nouns for o in observations if o.role in ("killed", "wounded", "kidnapped") and o.nouns and not o.group_figure
    )
    superseded = {i for i, s in enumerate(sentences) if SUPERSEDED_RE.search(s)}
    for role in ROLES:
        found = [o for o in observations if o.role == role]
        # "The first reports put the number of dead at 12": a figure the article has since replaced
        # ... unless all that follows it names some of its dead ("Among the dead were 32 women and children")
        current = [o for o in found if o.sentence_index not in superseded]
        found = current if any(not SUBSET_HEAD_RE.search(o.evidence) for o in current) else found
        if not found and role in ("killed", "wounded"):
            found = [z for z in zeros if z.role == role][:1]
        elif found and role in ("killed", "wounded") and (
            all(o.group_figure or (o.claim and o.sentence_index in claim_indexes) for o in found)
            # "the NPA claimed it had killed five, which the army denied, saying no soldier was killed": a weaker
            # source's figure against an explicit zero leaves the zero best and the figure its upper bound
            or all(o.claim for o in found) and any(z.role == role and _denies(z, found) for z in zeros)
        ):
            # "the NRF said its fighters killed four ...; no one was killed, the Taliban spokesman said": the
            # denial is the report, the claim its upper bound
            # "the rebels claimed they had killed five soldiers ... 'No soldier was killed'": the denial may come before
            # or after the claim
            found = [z for z in zeros if z.role == role][:1] + found
            if role == "killed" and not found[0].best == 0 and (named := named_victims(sentences)) is not None:
                # "a soldier lost his life ... the rebels claimed to have killed five": the one (or two) told dead
                # are the report, the claim its upper bound
                found = [Observation("killed", named[0], named[0], named[0], sentences.index(named[1]), named[1])] + found
        if role == "killed" and found and all(o.nouns == NAMED_LATE for o in found):
            found = []  # a named later death with no count before it adds to the lone victim read below
        low, best, high, evidence = combine(found)
        if role == "killed" and (best is None or best == 0 and side_zero_only(evidence)):
            named = named_victims(sentences)
            if named is not None:
                # "A jawan was killed and two others injured ... head constable X succumbed": the later death adds
                later = sum(1 for o in observations if o.additional and o.nouns == NAMED_LATE and o.sentence_index > sentences.index(named[1]))
                low = best = high = named[0] + later
                evidence = named[1]
        if role == "wounded" and (best is None or best == 0 and side_zero_only(evidence)):
            single = single_wounded_sentence(sentences)
            if (echo := echoed_wounded(sentences, result["killed"])) is not None:
                low = best = high = echo[0]  # "killing 15 and wounding the same number"
                evidence = echo[1]
            elif single is not None:
                low = best = high = 1
                evidence = single
        if role == "perpetrators_killed" and best is None:
            detonation = next((s for s in sentences if SELF_DETONATION_RE.search(s) or singular_is_attacker(s) or AND_HIMSELF_RE.search(s)), None)
            if detonation is not None:
                low = best = high = 1
                evidence = detonation
            elif (self_killed := self_killed_attackers(sentences) or left_behind_dead(sentences) or attackers_among_dead(sentences) or attackers_killed_after_acting(sentences)) is not None:
                low = best = high = self_killed[0]
                evidence = self_killed[1]
        result[role] = best
        if role in ("killed", "wounded"):
            result[f"{role}_low"] = low
            result[f"{role}_high"] = high
        if evidence:
            result["evidence"][role] = evidence
    if result["killed"] is None and (result.get("wounded") or result.get("kidnapped")):
        # A report that counts the wounded or the abducted and no dead tells a toll of none: coders enter 0 killed.
        result["killed"] = result["killed_low"] = result["killed_high"] = 0
        result["evidence"]["killed"] = result["evidence"].get("wounded") or result["evidence"].get("kidnapped")
    return result


__all__ = ["extract_casualties", "sentence_observations", "combine", "Observation", "PERSON_SINGULAR"]


def people_aboard(sentences: list[str]) -> tuple[int, str] | None:
    """The people a seized vehicle carried ("was carrying 26 passengers, its driver and a conductor"), with the sentence."""
    for sentence in sentences:
        starts = {match.end() for match in ABOARD_RE.finditer(sentence)}
        if not starts:
            continue
        for count in find_counts(sentence):  # read once per sentence, not once per "with"
            if count.start in starts and ABOARD_NOUNS_RE.search(count.nouns):
                # "carrying 14 Egyptian farm workers ... still holding the passengers and their Libyan driver"
                driver = not re.search(r"\bdrivers?\b", count.nouns) and DRIVER_HELD_RE.search(sentence, count.end)
                return count.best + (1 if driver else 0), sentence
    return None

