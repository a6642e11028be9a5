"""Incident extraction: article text -> incident records in schema.md's shape.

    from tasks.extract import extract_incidents
    incidents = extract_incidents(text, published=date(2024, 3, 26), title="...")

Modules: segment (sentences, incident grouping), numbers and casualties (figures), dates,
gazetteer and places (where), actors (who, claims), types (attack type, target, weapons).
No Prefect import here: the CLI's `extract` command must start fast.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from functools import lru_cache

from tasks.plausibility import apply_checks, satire_signals

from .gazetteer import load_gazetteer
from .text import folded
from .actors import UNKNOWN, claim_sentence_indexes, extract_perpetrator, find_groups, home_country, named_branch
from .casualties import people_aboard, extract_casualties
from .toll_additions import continues_toll
from .dates import dateline_date, extract_event_date, live_blog_date
from .places import extract_place, section_heading
from .segment_patterns import NEWS_DAY_RE
from .background import news_bounds
from .segment import (
    NEW_INCIDENT_RE, SHORT_TIME_SHIFT_RE, Article, Mention, foreground_end, group_mentions, is_background, parse_article,
)
from .targets import extract_target_type
from .assassination import assassination_target
from .types import extract_attack_type, extract_suicide, is_event_sentence, extract_weapons
from .types_refine import refine_attack_type

__all__ = ["extract_incidents", "INCIDENT_FIELDS"]

INCIDENT_FIELDS = (
    "event_date", "date_text", "country", "country_code", "admin1", "location", "latitude", "longitude",
    "geo_precision", "perpetrator", "claimed", "suspected", "attack_type", "suicide", "target_type", "weapons",
    "killed", "killed_low", "killed_high", "wounded", "wounded_low", "wounded_high", "perpetrators_killed",
    "kidnapped", "evidence", "confidence", "flags", "mention_index",
)
# How much each kind of detail adds to the belief that a mention is a real, specific incident.
CONFIDENCE_WEIGHTS = {
    "base": 0.2, "casualties": 0.3, "attack_type": 0.15, "country": 0.1, "precise_place": 0.05,
    "event_date": 0.1, "perpetrator": 0.1, "no_attack_no_actor": -0.3,
    "undated_without_figures": -0.1, "retrospective": -0.35, "nothing_specific": -0.1, "undated_mass_toll": -0.4, "non_attack": -0.6, "stale": -0.6,
    "undated_in_statistics": -0.5,
}
# A lead that presents a tally ("In its annual security report, the centre counted 1,184 attacks"): the article is
# about totals, so an attack it names without a date is an example or history, not a new incident.
STATISTICS_LEAD_RE = folded(
    r"\b(?:annual|yearly|monthly|quarterly|half-yearly|year-end|end-of-year)\s+(?:[\w-]+\s+){0,2}?(?:report|review|survey|assessment|figures|tally|data)\b|"
    r"\b(?:counted|recorded|documented|registered|tallied)\s+(?:more\s+than\s+|at\s+least\s+|some\s+|nearly\s+)?[\d,]+\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks|incidents|deaths|killings|fatalities)\b",
    re.IGNORECASE,
)
STATISTICS_LEAD_SENTENCES = 2
# A mention that looks back (a trial, an anniversary) rather than reporting a new attack.
RETROSPECTIVE_RE = folded(
    r"\b(?:sentenced|convicted|convicting|convictions?|acquitted|acquittals?|verdict|upheld|overturned|anniversary|commemorat\w*|jailed|found\s+\w+\s+guilty|plead(?:ed|s)?\s+guilty|pled\s+guilty|"
    # the years spelled out too: "to mark eleven years since gunmen stormed the campus"
    r"mark(?:s|ed|ing)?\s+(?:\w+\s+)?years|(?:\d+|[a-z]+(?:-[a-z]+)?)\s+years\s+(?:since|after|ago))\b",
    re.IGNORECASE,
)
# Not an attack at all: a drill, or the exhumation of an old massacre's victims.
NON_ATTACK_RE = folded(
    r"\b(?:live-fire|military\s+exercises?|(?:military|army|naval|joint)\s+drills?|war\s+games|manoeuvres|maneuvers|exhum\w*)\b",
    re.IGNORECASE,
)
MIN_CONFIDENCE = 0.45
# Hostages freed after long captivity ("held by the group since 2016 were released on Tuesday"): the kidnapping is
# years old and the release is no attack, so the mention is old news however precisely the release is dated.
LONG_CAPTIVITY_RE = folded(
    r"\b(?:held|kept|captive|captivity|kidnapped|abducted|hostages?)\b[^.;,]{0,80}?\b(?:since\s+(?:19|20)\d\d|"
    r"for\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+|about\s+)?(?:\w+\s+)?(?:months|years))\b"
    r"|\b(?:months|years)\s+(?:in|of)\s+captivity\b",
    re.IGNORECASE,
)
RELEASE_RE = re.compile(r"\b(?:released|freed|set\s+free|handed\s+over|rescued|swap(?:ped)?)\b", re.IGNORECASE)
# What makes a lead a trial or a commemoration ("A court on Tuesday sentenced ...", "gathered to mark ten years since"),
# not a victim's past ("Budanov, who had been convicted of war crimes, was shot dead").
RETOLD_LEAD_RE = re.compile(r"\b(?:court|tribunal|judges?|jury|anniversary|commemorat\w*|memorial|mark(?:s|ed|ing)?\s+(?:\w+\s+)?years)\b", re.IGNORECASE)
# An attack dated weeks before the article is history the article recalls (a trial, an anniversary, a monthly
# report's "deadliest incident on January 8"), not the news it reports; wire copy reports attacks within days.
STALE_AFTER_DAYS = 21
FULL_ARTICLE_SENTENCES = 5
MASS_TOLL = 500
MAX_COUNTRY_SENTENCES = 3
# Attackers or an attack named without a group or a typed method: someone still attacked.
ATTACKER_WORDS_RE = folded(
    r"\b(?:militants?|insurgents?|rebels?|attackers?|assailants?|terrorists?|jihadists?|extremists?|gunm[ae]n|bandits|"
    r"bombers?|kidnappers|abductors|separatists|guerrill?as|fighters|suspects?|perpetrators?|attack|attacks|attacked|"
    r"assault|ambush|raid|raids|massacre|murdered|executed|shot|shooting|gunfire|violence|clashes)\b",
    re.IGNORECASE,
)
# Fields whose evidence is the evidence of the field they are derived from (first one present).
DERIVED_EVIDENCE = (
    ("country_code", ("country",)),
    ("latitude", ("location", "admin1", "country")),
    ("longitude", ("location", "admin1", "country")),
    ("geo_precision", ("location", "admin1", "country")),
    ("killed_low", ("killed",)),
    ("killed_high", ("killed",)),
    ("wounded_low", ("wounded",)),
    ("wounded_high", ("wounded",)),
    ("suspected", ("perpetrator",)),
)
PLACE_CONTEXT_BEFORE = 3
PLACE_CONTEXT_AFTER = 2
# How many untaken sentences after an incident's own may still attribute it, before background begins.
FOLLOW_UP_SENTENCES = 2
MAX_CONFIDENCE = 0.98


# Names of subdivisions that only one country uses: weak votes for that country, like a group's home.
UNIT_COUNTRIES = [
    (re.compile(r"\bupazila\b|\bupazilla\b|\bunion\s+parishad\b", re.IGNORECASE), "BD"),
    (re.compile(r"\bbarangay\b", re.IGNORECASE), "PH"),
    (re.compile(r"\blocal\s+government\s+area\b|\bLGA\b"), "NG"),
    (re.compile(r"\bwored(?:a|as)\b|\bkebele\b", re.IGNORECASE), "ET"),
    (re.compile(r"\bregency\b", re.IGNORECASE), "ID"),
]
# A paragraph whose subject, after at most its day, is the group just named: "On 9 May, the group abducted ...",
# "On May 9 they kidnapped ...", "The same militants later attacked ..." (not a spokesman: "they said")
GROUP_ANAPHORA_RE = folded(
    r"^\W*(?:(?:on|late|early|later|then|in\s+the\s+early\s+hours\s+of)\s+(?:the\s+)?(?:[\w]+\s+){0,2}?[\w]+,?\s+)?"
    r"(?:the\s+same\s+(?:group|militants|insurgents|jihadists|fighters)|the\s+group|they)\s+(?:also\s+|later\s+|then\s+)?"
    r"(?!said|say|says|told|added|claimed|denied|were|are|have|had)\w+(?:ed|ped|ted)\b",
    re.IGNORECASE,
)
TRAILING_AFTER_RE = re.compile(r",\s+(?:(?:a|one|two|three|four|five|six|several|\d+)\s+)?(?:days?|weeks?)\s+(?:after|before)\s+\w+", re.IGNORECASE)


def _iso_date(value: str) -> date:
    """A date from an ISO string; a clear error for anything else, since a wrong reference date misdates every record."""
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise ValueError(f"published: expected an ISO date such as 2025-03-04, got {value!r}") from None


def extract_incidents(
    text: str, published: date | str | None = None, title: str | None = None, country_hint: str | None = None,
    url: str | None = None,
) -> list[dict]:
    """Zero or more incident records (schema.md's fields plus suspected, flags and mention_index) from one article.

    `country_hint` (ISO alpha-2) is the outlet's home country: weak context, as if the dateline named it.
    `url` lets the plausibility checks see a satire outlet or section (tasks.plausibility).
    `published` may be a date, a datetime or an ISO string ("2025-03-04", "2025-03-04T10:00:00Z").
    """
    if isinstance(published, str):
        published = _iso_date(published)
    if isinstance(published, datetime):
        published = published.date()
    article = parse_article(text, title)
    hint = country_hint.upper() if country_hint and country_hint.upper() in load_gazetteer().country_names else None
    reference = published or dateline_date(text or "")
    incidents: list[dict] = []
    mentions = list(group_mentions(
        article.sentences, reference, article.joined_tails, article.distinct_tails, article.tail_days_before
    ))
    if _retold_story(article, reference):
        # "A court on Tuesday sentenced three men for the 2021 bombings": what follows retells that attack, so only
        # an incident the text sets apart ("Separately, gunmen ...") is news
        mentions = [m for m in mentions if NEW_INCIDENT_RE.match(article.sentences[m.indexes[0]])]
    taken = {i for mention in mentions for i in mention.indexes}
    for mention in mentions:
        record = _extract_mention(
            article, mention, reference, incidents, hint, _follow_up(article, mention, taken), _lead_in(article, mention, taken, reference)
        )
        if record["confidence"] >= MIN_CONFIDENCE:
            record["mention_index"] = len(incidents)
            incidents.append(record)
    # A live blog's entries take the date of its heading; filled after the confidence cut, which it must not sway.
    heading_date = live_blog_date(article.context, reference) if any(r["event_date"] is None for r in incidents) else None
    for record in incidents if heading_date else ():
        if record["event_date"] is None:
            record["event_date"], record["date_text"] = heading_date[:2]
            record["evidence"]["event_date"] = record["evidence"]["date_text"] = heading_date[2]
    # Flagged after the confidence cut, so an absurd figure is kept and marked, never silently dropped.
    satire = satire_signals(url, title, text)
    return [apply_checks(record, reference, satire) for record in incidents]


def _retold_story(article: Article, reference: date | None) -> bool:
    """True when the lead is wholly about a trial, a verdict or an anniversary: the article retells an old attack."""
    if not article.sentences:
        return False
    lead = article.sentences[0]
    if not (RETOLD_LEAD_RE.search(lead) and RETROSPECTIVE_RE.search(lead)):
        return False
    # "Survivors gathered on Thursday to mark eleven years since gunmen stormed the campus": all its violence is the past's
    end = foreground_end(lead, reference)
    return end is not None and (end < 15 or not is_event_sentence(lead[:end]))


def _lead_in(article: Article, mention: Mention, taken: set[int], reference: date | None) -> list[str]:
    """The untaken sentences right before a mention's first one: the lead that names the attackers before the toll."""
    first = mention.indexes[0]
    found = []
    for index in range(first - 1, max(-1, first - 1 - FOLLOW_UP_SENTENCES), -1):
        sentence = article.sentences[index]
        history = is_background(sentence, reference) or RETROSPECTIVE_RE.search(sentence) or RETOLD_LEAD_RE.search(sentence)
        if index in taken or history:
            break  # another incident's sentence, or history ("Boko Haram has killed 35,000 people since 2009", "to mark ten years since")
        found.append(article.sentences[index])
    return found


def _follow_up(article: Article, mention: Mention, taken: set[int]) -> list[str]:
    """The sentences right after a mention's own ones that no incident took: attributions and reactions to it."""
    found: list[int] = []
    for index in mention.indexes:
        following = range(index + 1, min(index + 1 + FOLLOW_UP_SENTENCES, len(article.sentences)))
        for after in following:
            if after in taken:
                break
            if after not in found:
                found.append(after)
    return [article.sentences[i] for i in found]


def _casualties(article: Article, mention: Mention, sentences: list[str], limits: dict, follow_up: list[str] | None, reference: date | None) -> dict:
    """The incident's toll, read from its sentences and any untaken one right after them that goes on with it."""
    extra = [article.sentences.index(s) for s in follow_up or () if continues_toll(s) and not is_background(s, reference)]
    if not extra:
        return extract_casualties(sentences, claim_sentence_indexes(sentences), limits)
    toll = [article.sentences[i] for i in sorted(set(mention.indexes) | set(extra))]
    toll_limits = {i: end for i, s in enumerate(toll) if (end := foreground_end(s, reference)) is not None}
    return extract_casualties(toll, claim_sentence_indexes(toll), toll_limits)


def _extract_mention(
    article: Article, mention: Mention, reference: date | None, earlier: list[dict], country_hint: str | None = None,
    follow_up: list[str] | None = None, lead_in: list[str] | None = None,
) -> dict:
    sentences = [article.sentences[i] for i in mention.indexes]
    groups = [find_groups(s) for s in sentences]
    excluded = {i: [(m.start, m.end) for m in found] for i, found in enumerate(groups)}
    for i, sentence in enumerate(sentences):
        after = TRAILING_AFTER_RE.search(sentence)
        if after is not None and _country_named_re().search(sentence, 0, after.start()):
            # "... in eastern Burkina Faso, days after al-Qaeda claimed attacks in the Centre-North region": another event's place
            excluded[i].append((after.start(), len(sentence)))
    first, last = mention.indexes[0], mention.indexes[-1]
    # Sentences around the mention often name the place the incident's own sentences leave out.
    nearby = article.sentences[max(0, first - PLACE_CONTEXT_BEFORE) : first] + article.sentences[last + 1 : last + 1 + PLACE_CONTEXT_AFTER]
    # Countries named elsewhere in the article settle which "Bara" or "Khyber" a sentence means.
    country_named = _country_named_re()
    elsewhere = [s for s in article.sentences if country_named.search(s)][:MAX_COUNTRY_SENTENCES]
    context = list(article.context) + nearby + [s for s in elsewhere if s not in nearby and s not in sentences]
    if earlier:
        context.append(earlier[0]["evidence"].get("country", ""))
    # A group that fights in one country only ("Syrian Democratic Forces", "ULFA") says where, weakly.
    group_homes = [home for found in groups for m in found if (home := home_country(m.name))]
    # "Gopalganj's Kotalipara upazila": a kind of subdivision only one country has says which Gopalganj
    unit_homes = [code for sentence in sentences for pattern, code in UNIT_COUNTRIES if pattern.search(sentence)]
    section = section_heading(article.sentences, first)
    place = extract_place(
        sentences, context, excluded, country_hint, group_homes, header_lines=len(article.context), unit_homes=unit_homes, section=section,
    )
    perpetrator = extract_perpetrator(sentences, place["country_code"], context, article.sentences, follow_up, lead_in)
    perpetrator["perpetrator"] = named_branch(perpetrator["perpetrator"], article.sentences, place["country_code"])
    actor_from_lead_in = perpetrator.pop("from_lead_in", False)
    if perpetrator["perpetrator"] == UNKNOWN and earlier and earlier[-1]["perpetrator"] != UNKNOWN and GROUP_ANAPHORA_RE.match(sentences[0]):
        # "On 9 May, the group abducted 15 women": the actor is the one the incident told just before named
        perpetrator["perpetrator"], perpetrator["suspected"] = earlier[-1]["perpetrator"], earlier[-1].get("suspected")
        perpetrator["evidence"]["perpetrator"] = sentences[0]
    limits = {i: end for i, s in enumerate(sentences) if (end := foreground_end(s, reference)) is not None}
    casualties = _casualties(article, mention, sentences, limits, follow_up, reference)
    event_date, date_text, date_evidence = extract_event_date(sentences, reference)
    if mention.inherited_day is not None and (event_date is None or mention.day_shifted):
        # "Attacks on two army posts killed 30 soldiers on Tuesday. In Boni, ...": the summing lead dates each part;
        # "A day earlier, ...": the day counts from the incident told before, not from publication
        event_date, date_text, date_evidence = mention.inherited_day.isoformat(), date_text, date_evidence or sentences[0]
    if event_date is None and earlier and SHORT_TIME_SHIFT_RE.match(sentences[0]):
        # "About 20 minutes later, two men sprayed a checkpoint": the day of the incident told just before
        event_date, date_text, date_evidence = earlier[-1]["event_date"], earlier[-1]["date_text"], earlier[-1]["evidence"].get("event_date")
    # How it happened is read from the parts of sentences that describe this incident, not history.
    # "..., a day after a bombing in X" and "A day after the ambush, ..." name another event, so how it happened is read
    # without them (figures are not: the toll readers keep the clause).
    foreground = [s[bounds[0] : min(limits.get(i, len(s)), bounds[1])] for i, s in enumerate(sentences) for bounds in [news_bounds(s)]]
    attack_type, attack_evidence = extract_attack_type(foreground)
    weapons, weapons_evidence = extract_weapons(foreground)
    weapons = weapons or ["unknown"]  # schema.md's value for a text that names no weapon
    suicide, suicide_evidence = extract_suicide(foreground)
    target_type, target_evidence = extract_target_type(foreground, casualties.pop("victims"))
    attack_type = refine_attack_type(
        attack_type, foreground, casualties.get("killed"), casualties.get("wounded"), target_type,
        perpetrator_named=perpetrator["perpetrator"] != UNKNOWN,
    )
    if attack_type == "assassination":
        # GTD files an assassination under the office of the person aimed at, not his escort or a private person
        target_type = assassination_target(" ".join(foreground), target_type)
    if attack_type == "hijacking":
        # GTD codes a hijacking's target as the conveyance (aircraft, maritime, transportation), not who was aboard
        target_type, target_evidence = "transport", attack_evidence
    if attack_type == "hijacking" and casualties.get("kidnapped") is None:
        # "The coach was carrying 26 passengers, its driver and a conductor": everyone aboard was held
        aboard = people_aboard([article.sentences[i] for i in range(mention.indexes[0], mention.indexes[-1] + 1)])
        if aboard is not None:
            casualties["kidnapped"], casualties["evidence"]["kidnapped"] = aboard
    evidence: dict[str, str] = {}
    evidence.update(place.pop("evidence"))
    evidence.update(perpetrator.pop("evidence"))
    evidence.update(casualties.pop("evidence"))
    for name, value in (
        ("event_date", date_evidence if event_date else None), ("date_text", date_evidence),
        ("attack_type", attack_evidence), ("weapons", weapons_evidence), ("suicide", suicide_evidence),
        ("target_type", target_evidence),
    ):
        if value:
            evidence[name] = value
    record = {
        "event_date": event_date, "date_text": date_text, **place, **perpetrator, "attack_type": attack_type,
        "suicide": suicide, "target_type": target_type, "weapons": weapons, **casualties,
    }
    for derived, source in DERIVED_EVIDENCE:
        if record.get(derived) not in (None, False) and derived not in evidence:
            found = next((evidence[s] for s in source if s in evidence), None)
            if found:
                evidence[derived] = found
    record["evidence"] = evidence
    record["confidence"] = _confidence(
        # an actor read from the lead before the incident's sentences does not make them more of an incident
        {**record, "perpetrator": UNKNOWN} if actor_from_lead_in else record,
        any(ATTACKER_WORDS_RE.search(s) for s in foreground),
        # A full news article dates the attacks it reports; a one-line summary often does not.
        dated_article=reference is not None and len(article.sentences) >= FULL_ARTICLE_SENTENCES,
        retrospective=any(RETROSPECTIVE_RE.search(s) for s in sentences),
        statistics=any(STATISTICS_LEAD_RE.search(s) for s in article.sentences[:STATISTICS_LEAD_SENTENCES]),
        non_attack=bool(NON_ATTACK_RE.search(sentences[0])),
        stale=bool(
            reference and event_date and (reference - date.fromisoformat(event_date)).days > STALE_AFTER_DAYS
            and any(NEWS_DAY_RE.search(s) for s in article.sentences)
        ) or _long_captivity_release(sentences[0]),
    )
    return {name: record.get(name) for name in INCIDENT_FIELDS}


def _long_captivity_release(sentence: str) -> bool:
    """True when a sentence tells hostages freed after months or years held: an old kidnapping, not news."""
    return bool(RELEASE_RE.search(sentence) and LONG_CAPTIVITY_RE.search(sentence))


@lru_cache(maxsize=1)
def _country_named_re() -> re.Pattern:
    """A regex matching any country's English short name."""
    names = sorted(load_gazetteer().country_names.values(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b")


def _confidence(
    record: dict, attackers_named: bool = False, dated_article: bool = False, retrospective: bool = False,
    non_attack: bool = False, stale: bool = False, statistics: bool = False,
) -> float:
    """A 0..1 belief that the mention is a real, specific incident, from the details it carries."""
    weights = CONFIDENCE_WEIGHTS
    score = weights["base"]
    if any(record.get(name) for name in ("killed", "wounded", "kidnapped", "perpetrators_killed")):
        score += weights["casualties"]
    elif record.get("killed") == 0 or record.get("wounded") == 0:
        score += weights["casualties"] / 2
    if record.get("attack_type") not in (None, "unknown"):
        score += weights["attack_type"]
    if record.get("country"):
        score += weights["country"]
    if record.get("geo_precision") in ("place", "admin1"):
        score += weights["precise_place"]
    if record.get("event_date"):
        score += weights["event_date"]
    if record.get("perpetrator") not in (None, UNKNOWN):
        score += weights["perpetrator"]
    elif record.get("attack_type") in (None, "unknown") and not attackers_named:
        score += weights["no_attack_no_actor"]  # deaths with no attack and no attacker: maybe an accident
    has_figures = any(record.get(name) is not None for name in ("killed", "wounded", "kidnapped"))
    if not has_figures and record.get("perpetrator") in (None, UNKNOWN) and record.get("attack_type") in (None, "unknown"):
        score += weights["nothing_specific"]  # no toll, no actor, no method: nothing a coder could record
    if not record.get("event_date") and (record.get("killed") or 0) >= MASS_TOLL:
        score += weights["undated_mass_toll"]  # "3,400 deaths in 2025": a year's total, not an attack
    if dated_article and not record.get("event_date"):
        if not has_figures:
            score += weights["undated_without_figures"]  # a general remark, not a dated report
        if retrospective:
            score += weights["retrospective"]  # a trial or an anniversary looks back at an old attack
        if statistics:
            score += weights["undated_in_statistics"]  # a report of totals names attacks as examples
    # a drill, an exhumation or an old attack: deducted after the cap, so no amount of detail outweighs it
    penalty = (weights["non_attack"] if non_attack else 0) + (weights["stale"] if stale else 0)
    return round(min(score, MAX_CONFIDENCE) + penalty, 2)
