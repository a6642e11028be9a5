"""Incident dates: absolute and relative date phrases resolved against the publication date.

Conventions (documented choices):
- A weekday ("on Monday", "late Tuesday", "Monday night") means the most recent such day on or
  before the publication date. The same weekday as publication is the publication day itself:
  wire copy published on a Tuesday says "on Tuesday" for that day and "last Tuesday" for a week ago.
- "last <weekday>" is the most recent such day strictly before publication.
- "yesterday", "last night" and "overnight" are the day before publication; "today", "this
  morning", "tonight" are the publication day.
- A day and month without a year take the publication year, or the year before when that
  would put the date more than two days after publication.
- Phrases governed by a reporting verb ("said on Monday", "claimed responsibility on Tuesday")
  date the statement, not the incident; they are used only when nothing better is found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .text import folded

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Relative day phrases and their offset in days from publication.
RELATIVE_DAYS: dict[str, int] = {
    "today": 0, "earlier today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0,
    "early today": 0, "late today": 0,
    "yesterday": -1, "last night": -1, "overnight": -1, "late last night": -1, "early yesterday": -1,
    "late yesterday": -1, "yesterday morning": -1, "yesterday afternoon": -1, "yesterday evening": -1,
    "the day before yesterday": -2, "two days ago": -2, "three days ago": -3, "a day earlier": -1,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night|midnight))?"
DATE_PATTERNS: list[tuple[str, object]] = [
    ("iso", folded(r"\b(?P<year>(?:19|20)\d\d)-(?P<month_number>\d\d)-(?P<day>\d\d)\b")),
    (
        "day_month",
        folded(
            rf"\b(?:(?:on|since|by|until|from)\s+)?(?:the\s+(?:night|morning|evening)\s+of\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "month_day",
        folded(
            rf"\b(?:(?:on|since|by|until|from)\s+)?(?:the\s+(?:night|morning|evening)\s+of\s+)?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?![\d,]\d)(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "weekday",
        folded(
            rf"\b(?:(?P<prefix>on|late|early|last|this|since|by|until|from|overnight|over|for)\s+)?(?:(?:on\s+)?(?:the\s+)?(?:night|morning|evening|afternoon)\s+of\s+)?{_WEEKDAY}(?:'s)?{_PART_OF_DAY}(?:'s)?\b",
            re.IGNORECASE,
        ),
    ),
    (
        # "on the 14th": a day of the publication's month (of the month before when it lies ahead)
        "ordinal_day",
        folded(
            r"\bon\s+the\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
            r"(?=\s*(?:[,.;:)]|$)|\s+(?:when|as|and|in|at|near|on|after|before|while|during)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "relative",
        folded(r"\b(?P<relative>" + "|".join(sorted(RELATIVE_DAYS, key=len, reverse=True)) + r")\b", re.IGNORECASE),
    ),
]
# Words before a date phrase that tie it to the incident, or to a later statement.
_INCIDENT_WORDS = (
    r"\b(?:attack|attacks|attacked|bombing|bombings|blast|explosion|exploded|killed|killing|ambush|ambushed|raid|"
    r"raided|stormed|kidnapped|abducted|detonated|shot|struck|hit|happened|occurred|took\s+place|carried\s+out|"
    r"targeted|targeting|opened\s+fire|clashes|clashed|fighting|assault|strike|shooting|incident|violence|"
    # (not "set fire": protesters and mourners set fire to tyres on the days after an attack)
    r"overran|overrun|beheaded|torched|burned|shelled|hijacked|massacred|invaded|flogged|bomb|mine|device|"
    r"beaten|lynched|hacked|stabbed|seized|blew|siege|standoff|stand-off)\b"
)
# An incident told with its start ("The siege began late on Sunday"): an incident that ran over days is dated by the day it began.
INCIDENT_START_RE = folded(_INCIDENT_WORDS + r"\s+(?:began|started|erupted|broke\s+out)\s+(?:on\s+|late\s+|early\s+)*$", re.IGNORECASE)
INCIDENT_CUE_RE = folded(_INCIDENT_WORDS + r"[^.;]{0,40}$", re.IGNORECASE)
# The incident word right before the date ("an attack on Monday") outweighs a claim verb further back.
INCIDENT_NEAR_RE = folded(_INCIDENT_WORDS + r"\s+(?:on\s+|late\s+|early\s+)*$", re.IGNORECASE)
REPORTING_CUE_RE = folded(
    r"\b(?:said|says|told|announced|claimed(?:\s+responsibility)?|statement|reported|confirmed|added|stated|"
    r"tweeted|posted|published|described|issued|released|denied|according\s+to|warned|condemned|vowed|declared|emerged|"
    # the kidnappers' later contact with families: "the kidnappers called on Thursday and demanded a ransom"
    r"called|phoned|rang|contacted)\b[^.;]{0,25}$"
    # a claim or a later toll dates the statement: "claimed the raid in a post on its Telegram channels on Monday",
    # "the death toll rose to 11 on Saturday"
    # only where nothing in between tells the attack itself ("claimed the attack in which gunmen killed five on Monday")
    r"|\bclaimed\b(?:(?!\b(?:killed|killing|attacked|stormed|exploded|struck|shot|abducted|kidnapped|ambushed|raided)\b)[^.;]){0,70}$"
    r"|\b(?:post|video|message|statement|broadcast|communiqu[eé]|press\s+release)\b(?:\s+(?:posted|released|issued|published|sent|circulated|carried|shared|uploaded))?"
    r"(?:\s+(?:on|via|through|by)\s+(?:(?:its|their|the|a)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:on\s+|late\s+|early\s+)*$",
    re.IGNORECASE,
)
# "The death toll from a suicide car bombing at a police checkpoint rose to 11 on Saturday": a later count.
LATER_TOLL_RE = folded(
    # (the toll's subject can be long: "the death toll from a landmine attack on a vehicle in X's Y district rose to nine on Monday")
    r"\b(?:toll|figure|number\s+of\s+(?:dead|deaths|bodies))\b[^.;]{0,120}?\b(?:rose|risen|climbed|increased|reached|jumped)\b[^.;]{0,20}$"
    # a wounded victim's later death: "a head constable who was critically injured in the blast succumbed on Tuesday"
    r"|\b(?:succumbed|later\s+died|died\s+(?:of|from)\s+(?:his|her|their)\s+(?:wounds|injuries))\b[^.;]{0,30}$",
    re.IGNORECASE,
)
# A speaker right after a sentence-opening date: "On Thursday he said", "On Friday, the ministry said".
REPORTER_AFTER_RE = folded(
    r",?\s+(?:he|she|they|officials?|police|(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:ministry|army|military|spokesm[ae]n|officials?|police|governor|statement|sources?))"
    # where the speaker is: "On Monday a military source in Bol, the provincial capital, said"
    r"(?:\s+(?:in|at|from)\s+[A-Z][\w'’-]+(?:,\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+,)?)?\s+"
    r"(?:said|says|told|announced|added|confirmed|reported)\b"
    # or a medium that carries a statement: "On Saturday, a Telegram channel of the brigade said", "On Monday, in a video"
    r"|,?\s+(?:in\s+)?(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|channel|post|video|message|communiqu[eé]|"
    r"press\s+release|audio\s+recording|broadcast)\b",
    re.IGNORECASE,
)
# After a possessive date: the incident it names ("victims of Sunday's CODECO attack", "Thursday's bombing").
POSSESSIVE_INCIDENT_AFTER_RE = folded(
    r"\s+(?:[\w'-]+\s+){0,3}?(?:attacks?|bombings?|blast|explosion|ambush|raid|massacre|assault|shooting|killings?|"
    r"strike|clashes|fighting|violence)\b",
    re.IGNORECASE,
)
# A claim's object then the date: "IS claimed the ambush on Sunday" dates the claim (the README's reporting-verb rule).
CLAIMED_OBJECT_RE = folded(
    r"\b(?:claimed|claims|claiming)\s+(?:responsibility\s+for\s+)?(?:the|an?|its|this)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:attacks?|ambush|raids?|bombings?|blast|kidnapping|abduction|killings?|assault|strikes?|operation|hijacking|shooting)"
    r"\s+(?:on\s+|late\s+|early\s+)*$",
    re.IGNORECASE,
)
# After a date: a reporting verb ("AQAP on Wednesday claimed a bombing", "the army on Friday said"): the statement's day.
# Appeals and condemnations are statements too: "a traditional ruler on Monday appealed for troops after bandits killed six".
STATEMENT_AFTER_RE = folded(
    r"\s+(?:said|says|claimed|announced|confirmed|denied|reported|told|stated|issued|released|vowed|warned|blamed|"
    r"appealed|urged|condemned|demanded|pledged)\b",
    re.IGNORECASE,
)
# After a sentence-opening date: a subject that claims an attack told before, not one that attacks
# ("On Friday, a man identifying himself as a gang leader claimed the kidnapping"). ("On Monday, a rebel unit
# said its fighters had ..." often tells a new attack on that day, so "said" is left out.)
OPENING_STATEMENT_RE = folded(
    r",?\s+(?:(?!" + _INCIDENT_WORDS + r")[\w'’-]+\s+){1,8}?(?:claimed|denied)\b",
    re.IGNORECASE,
)
# After a date: the incident's consequence ("bombed a village on Saturday, killing dozens").
INCIDENT_AFTER_RE = folded(r",?\s+(?:killing|wounding|injuring|leaving|kidnapping|abducting)\b", re.IGNORECASE)
# After a date with no incident word before it: the day of a reaction to the attack the clause then tells
# ("bus companies suspended services on Monday after guerrillas seized a bus", "declared mourning on Tuesday after ...").
REACTION_AFTER_RE = folded(r",?\s+after\b", re.IGNORECASE)
# Around a date: a wounded victim's later death ("two more people died on Sunday from their wounds").
DIED_BEFORE_RE = folded(r"\b(?:died|succumbed)\s+$", re.IGNORECASE)
# A death told apart from the attack, wherever the dying happened: "she was transferred to X and died there on Monday",
# "one of the wounded peacekeepers died on Monday at the hospital", "one of them died on Monday morning".
LATER_DEATH_BEFORE_RE = folded(
    r"\b(?:died|succumbed|passed\s+away)\s+(?:later\s+|there\s+|in\s+(?:a\s+|the\s+)?hospital\s+|(?:at|in)\s+(?:\w+\s+){0,3}?hospital\s+)?$"
    r"|\b(?:later|subsequently)\s+died\s+$",
    re.IGNORECASE,
)
# The victim who died later is one of the wounded: "one of the wounded", "one of them" after the injured were named.
WOUNDED_BEFORE_RE = folded(r"\b(?:wounded|injured|hurt|critical|critically|serious|seriously|transferred|evacuated|airlifted|hospital)\b", re.IGNORECASE)
# After a death's date: the attack itself ("two soldiers died on Sunday when a mine exploded", "died on Monday in an ambush").
DEATH_IN_ATTACK_AFTER_RE = folded(r"^(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:when|as|after|in\s+(?:an?|the)\b|during)", re.IGNORECASE)
WOUNDS_AFTER_RE = folded(
    r"\s+(?:in\s+(?:a\s+|the\s+)?hospital\s+)?(?:from|of|to)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:wounds|injuries)\b",
    re.IGNORECASE,
)
# Between two date phrases: the second is coordinated with the first and shares what the words before say of it.
COORDINATED_DATE_RE = re.compile(r"\s*(?:,\s*|,?\s+(?:and|or)\s+)", re.IGNORECASE)
DATELINE_PENALTY = 2.0
# One night told as a span of two days ("the night of Saturday 14 to Sunday 15 February", "the night of 18 to 19 June"):
# the night belongs to its first day, so a date in the span's second half is moved back to it.
_SPAN_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?"
NIGHT_SPAN_SECOND_RE = folded(
    rf"\bnight\s+of\s+{_SPAN_WEEKDAY}\d{{1,2}}(?:st|nd|rd|th)?(?:\s+[A-Za-z]{{3,9}})?"
    rf"\s*(?:to|into|-|–)\s*(?P<second>{_SPAN_WEEKDAY}\d{{1,2}})",
    re.IGNORECASE,
)
# After a weekday: the week before publication's ("on Friday last week", "during Friday prayers last week").
LAST_WEEK_AFTER_RE = folded(r"\s+(?:[\w-]+\s+)?(?:of\s+)?last\s+week\b", re.IGNORECASE)

# Substrings without which a sentence holds no date phrase (a cheap test before the patterns).
DATE_CUES = ("day", "night", "morning", "evening", "afternoon", " ago", "earlier", "-")
MONTH_CUES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MAX_DAYS_AFTER_PUBLICATION = 2
# "13 May have died", "some 5 May be missing": the modal verb after a figure, not the month
MAY_VERB_AFTER_RE = re.compile(r"\s+(?:have|has|be|not|also|still|well|never|yet|rise|climb|face|need)\b", re.IGNORECASE)
ORDINAL_DAY_CUE_RE = re.compile(r"\bon the \d{1,2}(?:st|nd|rd|th)\b", re.IGNORECASE)
STALE_AFTER_DAYS = 30
MIN_PHRASE_SCORE = -4.5
DATELINE_RE = re.compile(
    rf"^\s*[A-Z][A-Za-z .'-]{{2,40}}?(?:,\s*[A-Z][\w .]+?)?\s*[,(]?\s*(?:{_WEEKDAY},?\s+)?{_MONTH}\s+(?P<day>\d{{1,2}})"
    # the agency in brackets, whichever it is: "(Reuters)", "(IW)"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\s*(?:\([A-Za-z .]{2,12}\)|(?:Reuters|AP|AFP|Xinhua|UPI|IANS|PTI|ANI|dpa|Bernama))?\s*[-:–—]",
    re.IGNORECASE,
)


@dataclass
class DatePhrase:
    """A date phrase found in a sentence, resolved or not."""

    text: str
    value: date | None
    sentence_index: int
    start: int
    score: float


def resolve_weekday(weekday: int, published: date, strictly_before: bool = False) -> date:
    """The most recent `weekday` on or before `published` (strictly before for "last Monday")."""
    delta = (published.weekday() - weekday) % 7
    if delta == 0 and strictly_before:
        delta = 7
    return published - timedelta(days=delta)


def _in_week_before(weekday: int, published: date) -> date:
    """The `weekday` of the calendar week (Monday to Sunday) before the publication's."""
    return published - timedelta(days=published.weekday() + 7 - weekday)


def resolve_day_month(day: int, month: int, year: int | None, published: date | None) -> date | None:
    """A calendar date; a missing year comes from publication (the year before if it lands in the future)."""
    if year is None:
        if published is None:
            return None
        year = published.year
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if (candidate - published).days > MAX_DAYS_AFTER_PUBLICATION:
            year -= 1
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _resolve(kind: str, match: re.Match, published: date | None) -> date | None:
    groups = match.groupdict()
    if kind == "iso":
        try:
            return date(int(groups["year"]), int(groups["month_number"]), int(groups["day"]))
        except ValueError:
            return None
    if kind in ("day_month", "month_day"):
        month = MONTHS[groups["month"].lower().rstrip(".")]
        year = int(groups["year"]) if groups.get("year") else None
        return resolve_day_month(int(groups["day"]), month, year, published)
    if published is None:
        return None
    if kind == "ordinal_day":
        day, month, year = int(groups["day"]), published.month, published.year
        if day > published.day + MAX_DAYS_AFTER_PUBLICATION:
            month, year = (12, year - 1) if month == 1 else (month - 1, year)
        try:
            return date(year, month, day)
        except ValueError:
            return None
    if kind == "weekday":
        prefix = (groups.get("prefix") or "").lower()
        return resolve_weekday(WEEKDAYS[groups["weekday"].lower()], published, strictly_before=prefix == "last")
    return published + timedelta(days=RELATIVE_DAYS[" ".join(groups["relative"].lower().split())])


def _may_have_date(sentence: str) -> bool:
    lowered = sentence.lower()
    return any(cue in lowered for cue in DATE_CUES) or ORDINAL_DAY_CUE_RE.search(sentence) is not None or (
        any(c.isdigit() for c in sentence) and any(month in lowered for month in MONTH_CUES)
    )


def find_date_phrases(sentence: str, index: int, published: date | None, reactions: bool = False) -> list[DatePhrase]:
    """Date phrases of one sentence, each scored for how likely it dates the incident.

    With `reactions`, a day told before "after <the attack>" counts as a reaction's day; grouping
    sentences into incidents leaves that out, since the sentence still reports the attack.
    """
    phrases: list[DatePhrase] = []
    if not _may_have_date(sentence):
        return phrases
    taken: list[tuple[int, int]] = []
    for kind, pattern in DATE_PATTERNS:
        for match in pattern.finditer(sentence):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            if kind == "day_month" and match.group("month").lower() == "may" and not match.group("year"):
                # "13 may have died" is the verb; "on 6 May" is the month, capitalised and not before a verb
                month_text = sentence[match.start("month") : match.end("month")]
                if month_text.islower() or MAY_VERB_AFTER_RE.match(sentence, match.end()):
                    continue
            month_text = sentence[match.start("month") : match.end("month")] if kind == "month_day" else ""
            if month_text.lower() in ("may", "mar") and month_text.islower():
                continue  # "may 5" is likely the verb
            taken.append((match.start(), match.end()))
            value = _resolve(kind, match, published)
            if kind == "weekday" and published is not None and LAST_WEEK_AFTER_RE.match(sentence, match.end()):
                value = _in_week_before(WEEKDAYS[match.group("weekday").lower()], published)
            if value is not None and published is not None and (value - published).days > MAX_DAYS_AFTER_PUBLICATION:
                value = None
            text = sentence[match.start() : match.end()].strip()  # the match holds lower-cased text
            phrases.append(DatePhrase(text, value, index, match.start(), _score(sentence, match, index, kind, reactions)))
    phrases.sort(key=lambda p: p.start)
    for span in NIGHT_SPAN_SECOND_RE.finditer(sentence):
        for phrase in phrases:
            if phrase.value is not None and span.start("second") <= phrase.start < span.end("second"):
                phrase.value -= timedelta(days=1)
    for earlier, later in zip(phrases, phrases[1:]):
        if COORDINATED_DATE_RE.fullmatch(sentence, earlier.start + len(earlier.text), later.start):
            later.score = earlier.score  # "died on Friday and Saturday": the second day is told as the first is
    return phrases


def _score(sentence: str, match: re.Match, index: int, kind: str, reactions: bool = False) -> float:
    before = sentence[max(0, match.start() - 60) : match.start()]
    score = -0.1 * index
    lowered = match.group().lower()
    later_death = (DIED_BEFORE_RE.search(before) and WOUNDS_AFTER_RE.match(sentence, match.end())) or (
        LATER_DEATH_BEFORE_RE.search(before) and WOUNDED_BEFORE_RE.search(sentence, 0, match.start())
        and not DEATH_IN_ATTACK_AFTER_RE.match(sentence[match.end() :])
    )
    if CLAIMED_OBJECT_RE.search(before) or STATEMENT_AFTER_RE.match(sentence, match.end()) or later_death:
        score -= 3
    elif INCIDENT_NEAR_RE.search(before):
        score += 2
    elif REPORTING_CUE_RE.search(before) or LATER_TOLL_RE.search(sentence, max(0, match.start() - 140), match.start()):
        score -= 3
    elif INCIDENT_CUE_RE.search(before) or INCIDENT_AFTER_RE.match(sentence, match.end()):
        score += 2
    elif reactions and REACTION_AFTER_RE.match(sentence, match.end()) and sentence[: match.start()].strip(" \"'"):
        score -= 2
    if not sentence[: match.start()].strip(" \"'"):
        if REPORTER_AFTER_RE.match(sentence, match.end()) or OPENING_STATEMENT_RE.match(sentence, match.end()):
            score -= 3  # "On Thursday he said two of the wounded had died": the day he said it
        else:
            score += 1  # "On Monday, gunmen ..." opens with the incident's date
    possessive_incident = lowered.endswith(("'s", "\u2019s")) and POSSESSIVE_INCIDENT_AFTER_RE.match(sentence, match.end())
    if lowered.startswith(("since ", "by ", "until ", "from ", "over ", "for ")) and not possessive_incident:
        score -= 10  # a boundary of a period, or a day set for something to come ("a strike for Wednesday")
    if kind in ("day_month", "month_day", "iso"):
        score += 0.5
        dateline = DATELINE_RE.match(sentence)
        if dateline and match.start() < dateline.end():
            score -= DATELINE_PENALTY  # "CUCUTA, May 16 (IW) -" is the filing day: the text's own "early Thursday" wins
    if INCIDENT_START_RE.search(before):
        score += 1
    if possessive_incident:
        score += 3  # "buried 15 victims of Sunday's attack on Tuesday": the possessive dates the attack
    if lowered.strip() == "overnight":
        score -= 0.5  # "an overnight attack" yields to the night the text names ("at about 10pm on Sunday")
    return score


def extract_event_date(sentences: list[str], published: date | None) -> tuple[str | None, str | None, str | None]:
    """(event_date ISO string, date phrase, evidence sentence) for one incident's sentences."""
    phrases = [p for i, s in enumerate(sentences) for p in find_date_phrases(s, i, published, reactions=True)]
    resolved = [p for p in phrases if p.value is not None and p.score > MIN_PHRASE_SCORE]
    if reference_ok := published is not None:
        for phrase in resolved:
            if (published - phrase.value).days > STALE_AFTER_DAYS:
                phrase.score -= 3  # weeks before publication: an earlier event the story recalls
        resolved = [p for p in resolved if p.score > MIN_PHRASE_SCORE] if reference_ok else resolved
    if not resolved:
        if phrases:
            best = max(phrases, key=lambda p: p.score)
            return None, best.text, sentences[best.sentence_index]
        return None, None, None
    best = max(resolved, key=lambda p: (p.score, -p.sentence_index, -p.start))
    return best.value.isoformat(), best.text, sentences[best.sentence_index]


def dateline_date(text: str) -> date | None:
    """The date of a wire dateline ("BAGHDAD, March 25, 2024 (Reuters) -"), when it carries a year."""
    match = DATELINE_RE.match(text[:200])
    if not match or not match.group("year"):
        return None
    return resolve_day_month(int(match.group("day")), MONTHS[match.group("month").lower().rstrip(".")], int(match.group("year")), None)


# A live blog's title or heading: "LIVE: ...", "Gaza live: ...", "Iraq election day: live".
LIVE_BLOG_RE = re.compile(r"(?:^|[\s:|–—-])live(?:$|[\s:|–—-])", re.IGNORECASE)


def live_blog_date(headings: list[str], published: date | None) -> tuple[str, str, str] | None:
    """(ISO date, phrase, heading) of a live blog's dated heading ("Tuesday 10 June 2025"), which dates its undated entries."""
    if not any(LIVE_BLOG_RE.search(h) for h in headings):
        return None
    for index, heading in enumerate(headings):
        for phrase in find_date_phrases(heading, index, published):
            if phrase.value is not None:
                return phrase.value.isoformat(), phrase.text, heading
    return None
