"""Sentences and incident mentions: split an article and group its sentences into incidents."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from .actors import BLAME_RE, find_groups, is_blame, is_claim
from .casualties import ZERO_PATTERNS, sentence_observations
from .casualty_patterns import LATER_DEATHS_RE
from .lone_victims import lone_casualty
from .dates import find_date_phrases
from .anaphora import opens_with_pronoun
from .clause_split import DAYS_AFTER_RE, _set_apart, days_before, split_separate_events  # noqa: F401  (re-exported)
from .background import foreground_end, is_background, _year_clause_start  # noqa: F401  (re-exported)
from .list_items import bullet_item, named_incident, retold_item, same_scene
from .other_days import other_days_attack
from .day_shifts import shift_marker, shifted_day
from .roll_ups import is_roll_up, next_part, rolled_up_lead, tells_a_part
from .places import find_place_mentions
from .text import folded, normalize_punctuation
from .transcript import OPENING_QUOTE_RE, speaker_labels, strip_speaker
from .types import extract_attack_type, is_event_sentence, is_strong_violence, might_mention_violence
from .segment_patterns import (
    CONTACT_RE, ANAPHORA_RE, ASIDE_LABEL_RE, ASIDE_SECTION_RE, ATTACH_GAP, CAPS_HEADING_RE, CLAIM_ATTACH_GAP, DEFUSED_RE,
    EVERY_ATTACK_RE, FOLLOW_UP_FIGURE_RE, FOLLOW_UP_RE, GENERIC_EVENT_RE, HOURS_SHIFT_RE, LEADING_DAY_RE,
    LEADING_PLACE_RE, LIVE_ENTRY_RE, NEW_INCIDENT_RE, NUMBERED_ITEM_RE, ORDINAL_INCIDENT_RE, NEWS_DAY_RE,
    NEXT_DAY_LEAD_RE, REPORTED_DAY_RE, RENEWED_ATTACK_RE, STATED_ON_DAY_RE, RESPONSE_KILLING_RE, SECTION_HEAD_MAX_WORDS,
    SECTION_LABEL_RE, SEPARATE_EVENT_RE, SHORT_TIME_SHIFT_RE, SPECIFIC_EVENT_RE, SPORT_RE, SUMMARY_SECTION_RE,
    TIME_SHIFT_RE, TOLL_RESTATED_RE, TOLL_WORD_RE, WEAPON_ANAPHORA_RE, ZERO_CUES, is_sport_report,
)

# Page furniture that survives text extraction; such lines are dropped before anything else.
BOILERPLATE_LINE_RE = folded(
    r"^\s*(?:source\s+link|leave\s+a\s+(?:comment|reply)|your\s+email\s+address\s+will\s+not\s+be\s+published.*|"
    r"required\s+fields\s+are\s+marked.*|share\s+(?:this|on).*|advertisement|read\s+more.*|related(?:\s+(?:articles|stories|news))?:?.*|"
    r"click\s+here.*|subscribe.*|follow\s+us.*|sign\s+up.*|copyright.*|all\s+rights\s+reserved.*|comments?|print|email|"
    r"tweet|facebook|whatsapp|linkedin|telegram|image\s+(?:caption|source|copyright).*|photo\s*:.*|file\s+photo.*|"
    r"getty\s+images|reporting\s+by.*|editing\s+by.*|writing\s+by.*|additional\s+reporting.*|\(reporting\s+by.*|"
    r"we\s+use\s+cookies.*|accept\s+cookies.*|listen\s+to\s+this\s+article.*|\d+\s+min(?:ute)?s?\s+read|"
    r"updated\s*:?.*\d{4}.*|published\s*:?.*\d{4}.*)\s*$",
    re.IGNORECASE,
)
ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col maj capt sgt cpl gov sen rep st jr sr prof rev brig cmdr adm no nos vs etc approx "
    "inc co corp ltd dept est fig jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e a.m p.m "
    "mt ft lt.-gen maj.-gen brig.-gen lt.-col pfc pvt pte spc insp supt hon amb".split()
)
SENTENCE_END_RE = re.compile(r"[.!?]+[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
# A wire dateline: "MOGADISHU, Sept 8 (Reuters) -", "ABUJA (AP) -", "PESHAWAR:", "KABUL, Afghanistan -".
DATELINE_RE = re.compile(
    # two places for a two-scene story: "BARA / EN NAHUD -"
    r"^\s*(?P<place>[A-Z][A-Z'.-]+(?:(?:\s|\s?/\s?)[A-Z][A-Z'.-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z'.-]+(?:\s(?:of\s|the\s)?[A-Z][A-Za-z'.-]+){0,3}))?"
    r"(?:,?\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?)?"
    r"\s*(?:\([A-Za-z .]{2,20}\)\s*)?[-:]\s+"
)
HEADING_MAX_WORDS = 25


@dataclass
class Article:
    """An article split into context lines (title, headings, dateline) and body sentences."""

    sentences: list[str]
    context: list[str]
    dateline: str | None = None
    joined_tails: frozenset[int] = frozenset()  # sentences split off the end of another: a second incident in the lead
    distinct_tails: frozenset[int] = frozenset()  # of those, the ones the text sets apart ("in a separate attack", another day)
    tail_days_before: dict[int, int] = field(default_factory=dict)  # "..., two days after gunmen killed ...": 2


@dataclass
class Mention:
    """One incident: the indexes of its sentences in the article."""

    indexes: list[int] = field(default_factory=list)
    places: set[tuple[str, str]] = field(default_factory=set)
    day: date | None = None
    has_casualties: bool = False
    roll_up: bool = False  # a lead that sums up the incidents the paragraphs below it tell one by one
    resumed_at: int = -1  # the lead's split-off clause after which this mention resumes
    lead_tail: bool = False  # told only in the lead so far: the paragraphs that detail it come later
    inherited_day: date | None = None  # told undated after a summing lead ("... on Tuesday"), or dated from the incident before
    day_shifted: bool = False  # its day is counted from the incident told before it ("A day earlier, ...")

    def add(self, index: int, places: set[tuple[str, str]], day: date | None, casualties: bool) -> None:
        """Take an incident sentence: its place keys, its day if none yet, its casualties."""
        self.indexes.append(index)
        self.places |= places
        self.day = self.day or day
        self.has_casualties = self.has_casualties or casualties


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph, not split after abbreviations or initials."""
    sentences, start = [], 0
    for match in SENTENCE_END_RE.finditer(paragraph):
        head = paragraph[start : match.start() + 1]
        last_word = re.search(r"([\w.'-]+)\.?$", head.rstrip(".!?\"')]") + ".")
        word = last_word.group(1).lower().rstrip(".") if last_word else ""
        if paragraph[match.start()] == "." and (word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())):
            continue
        sentences.append(paragraph[start : match.end()].strip())
        start = match.end()
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if s]


def parse_article(text: str, title: str | None = None) -> Article:
    """Drop boilerplate, take headings and the dateline aside as context, and split the body into sentences."""
    text = normalize_punctuation(text or "")
    context = [normalize_punctuation(title).strip(" |")] if title else []
    sentences: list[str] = []
    tails: set[int] = set()
    distinct: set[int] = set()
    offsets: dict[int, int] = {}
    dateline = None
    lines = text.splitlines()
    speakers = speaker_labels(lines)
    for line in lines:
        line = strip_speaker(line.strip(), speakers) if speakers else line.strip()
        # a quoted release runs paragraph by paragraph, each opened by a quote mark ('"In another engagement on the
        # same day, ...'): its paragraph openers are read as any paragraph's
        line = OPENING_QUOTE_RE.sub("", line, count=1)
        if not line or BOILERPLATE_LINE_RE.match(line):
            continue
        if not sentences and dateline is None:
            match = DATELINE_RE.match(line + " ")
            if match and len(match.group("place")) >= 3 and not SUMMARY_SECTION_RE.match(line + " "):
                dateline = match.group("place")
                context.append(", ".join(p for p in (dateline.title(), match.group("region")) if p))
                line = line[match.end() :].strip()
                if not line:
                    continue
        words = len(line.split())
        # "KEY POINTS:" above the first item is the summary's heading, which grouping reads, not a title
        if words <= HEADING_MAX_WORDS and not re.search(r"[.!?\"']$", line) and not sentences and not SUMMARY_SECTION_RE.match(line + " "):
            context.append(line.strip(" |"))
            continue
        for position, sentence in enumerate(split_sentences(line)):
            if position and NUMBERED_ITEM_RE.match(sentence):
                # "... three others. 2. A family of seven ...": a number run into a paragraph is a table cell's, not a
                # bulletin's item, which opens its own line
                sentence = NUMBERED_ITEM_RE.sub("", sentence, count=1).strip()
                if not sentence:
                    continue
            clauses = split_separate_events(sentence)
            tails.update(range(len(sentences) + 1, len(sentences) + len(clauses)))
            if len(clauses) == 2 and _set_apart(sentence, *clauses):
                distinct.add(len(sentences) + 1)
                if (offset := days_before(sentence)) is not None:
                    offsets[len(sentences) + 1] = offset
            sentences.extend(clauses)
    if not sentences:
        # A text that is only short unpunctuated lines (a one-line summary) is its own body.
        headings = context[1:] if title else context
        sentences = [s for line in headings for s in split_sentences(line)]
    return Article(sentences, context, dateline, frozenset(tails), frozenset(distinct), offsets)


# Where a source sits, not where the attack was: "a medical source in Aden said", "a researcher based in Aden".
SOURCE_PLACE_RE = re.compile(
    r"\b(?:(?:medical|hospital|security|local)\s+)?(?:sources?|researchers?|analysts?|doctors?|medics?)\s+(?:based\s+)?in\s+"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?=\s*,|\s+(?:said|says|told))"
)


def _place_keys(sentence: str) -> set[tuple[str, str]]:
    sentence = SOURCE_PLACE_RE.sub(lambda m: " " * len(m.group(0)), sentence)
    keys = set()
    for mention in find_place_mentions(sentence, 0):
        if mention.foreign:
            continue  # "residents of Punjab", "officers from Mauritania": where people come from, not where it happened
        for entry in mention.entries:
            if entry.kind in ("place", "admin1") and (mention.cue or entry.kind == "admin1"):
                keys.add((entry.country_code, entry.admin1 or entry.name))
            elif entry.kind == "admin2" and (mention.cue or mention.subdivision_after or " " in mention.text):
                keys.add((entry.country_code, entry.name))  # "in Bishnupur district"
    return keys


def _sentence_day(sentence: str, published: date | None) -> date | None:
    phrases = [p for p in find_date_phrases(sentence, 0, published) if p.value is not None and p.score > -1]
    # "two attacks that officials described on Tuesday": a statement's day never dates the incident
    phrases = [p for p in phrases if not REPORTED_DAY_RE.search(sentence, max(0, p.start - 40), p.start)]
    stated = STATED_ON_DAY_RE.match(sentence)
    if stated:
        # "On Monday, the health minister said 23 people had died": the day of the statement, not of the deaths
        phrases = [p for p in phrases if p.start >= stated.end("lead")]
    return phrases[0].value if phrases else None


def group_mentions(
    sentences: list[str], published: date | None = None, joined_tails: frozenset[int] = frozenset(),
    distinct_tails: frozenset[int] = frozenset(), tail_days_before: dict[int, int] | None = None,
) -> list[Mention]:
    """Group sentences into incident mentions; background sentences belong to none.

    `joined_tails` are clauses split off the end of a sentence ("..., and three more died on Wednesday
    when a bus hit a mine"): a lead that sums up two incidents, whose details follow in that order.
    `distinct_tails` are those the text sets apart, which always start an incident of their own.
    """
    mentions: list[Mention] = []
    current: Mention | None = None
    if is_sport_report(sentences):
        return mentions
    section_open = False  # a roundup's section has begun and its incident is not yet told
    section_starts: list[int] = []
    sealed = 0  # mentions told before the latest section heading: later sections never return to them
    aside = summary = False  # inside a section that tells no incident, or one that restates the body's
    summarised: list[Mention] = []
    live_blog = False
    section_heads: list[int] = []  # a numbered item's dated heading lines, waiting for the item's incident
    items: list[Mention] = []  # incidents a bulleted item began
    for index, sentence in enumerate(sentences):
        bullet, sentence = bullet_item(sentence)
        # a dated item is a bulletin's incident; undated bullets ("- Some 4,000 people have fled") read as paragraphs, and so
        # does a timeline's item that revises a toll or tells the response (it goes on telling its incident)
        bullet = bullet and _sentence_day(sentence, published) is not None and not (_update_of_earlier(sentence) or RESPONSE_KILLING_RE.search(sentence))
        if CAPS_HEADING_RE.match(sentence):
            # "SURAB: COACH SEIZED": a roundup's sub-heading; what follows is the next incident
            current, section_open, sealed = None, True, len(mentions)
            section_starts.append(index)
            aside, summary = bool(ASIDE_SECTION_RE.match(sentence + ": ")), bool(SUMMARY_SECTION_RE.match(sentence + ": "))
            continue
        if SECTION_LABEL_RE.match(sentence):
            # "CITÉ SOLEIL - On Wednesday, a drone ...": a digest's next section, never a follow-up
            current, section_open, sealed = None, True, len(mentions)
            section_starts.append(index)
            aside, summary = bool(ASIDE_SECTION_RE.match(sentence)), bool(SUMMARY_SECTION_RE.match(sentence))
        elif NUMBERED_ITEM_RE.match(sentence):
            # "2." / "(3) Gunmen opened fire ...": a bulletin's next numbered item, never a follow-up of the last one
            current, section_open, sealed, aside, summary = None, True, len(mentions), False, False
            section_starts.append(index)
            section_heads = []
            if not NUMBERED_ITEM_RE.sub("", sentence).strip():
                continue
        elif LIVE_ENTRY_RE.match(sentence):
            current, section_open, live_blog, aside, summary = None, True, True, False, False
            sentence = LIVE_ENTRY_RE.sub("", sentence, count=1)  # "12:05 - Separately, a blast ...": the entry's own lead
        if aside:
            continue
        if ASIDE_LABEL_RE.match(sentence):
            current = None  # "Trend: since 1 January the network has recorded 61 incidents": the report's comment, not an item
            continue
        if section_open and current is None and len(sentence.split()) <= SECTION_HEAD_MAX_WORDS and not is_event_sentence(sentence) and not (
            bullet and is_strong_violence(sentence)  # "- On Thursday, insurgents burned a health centre": an item, not its heading
        ):
            if _sentence_day(sentence, published) is not None:
                section_heads.append(index)  # the item's dated heading: it dates the incident told under it
                continue
        # a follow-up figure may hold no violence word ("Four others had been taken away"): read it for attaching
        if not (might_mention_violence(sentence) or current is not None and FOLLOW_UP_FIGURE_RE.search(sentence)) or SPORT_RE.search(sentence):
            continue  # "their midfield was overrun ... completed the execution in stoppage time"
        event = is_event_sentence(sentence) or _dated_harm(sentence, index) or bool(CONTACT_RE.search(sentence))
        lowered = sentence.lower()
        zero = any(cue in lowered for cue in ZERO_CUES) and any(pattern.search(sentence) for pattern, _ in ZERO_PATTERNS)
        claim = is_claim(sentence)
        if claim and is_background(sentence, published):
            claim = False  # "In July 2023, a bombing ... killed 60 people, an attack claimed by the same group"
        blamed = claim or is_blame(sentence)
        if current is not None and not event and RENEWED_ATTACK_RE.search(sentence) and foreground_end(sentence, published) is None:
            current = None  # "Hours later, suspected militants struck again.": the next paragraph tells another incident
            continue
        if not (event or blamed or zero):
            if current is not None and FOLLOW_UP_FIGURE_RE.search(sentence) and index - current.indexes[-1] <= ATTACH_GAP and (
                sentence_observations(sentence, index) or lone_casualty(sentence)
            ):
                # "Eleven other passengers were being treated", "made it possible to neutralise 21 assailants": the
                # incident's wounded, and the attackers the response killed (never an incident of their own)
                current.indexes.append(index)
            continue
        limit = foreground_end(sentence, published)
        foreground = sentence if limit is None else sentence[:limit]
        observations = [o for o in sentence_observations(sentence, index, limit=limit) if o.best > 0] if event else []
        # "Killed four more on Tuesday, bringing to 12 the number killed in the area this week": a reference back in a
        # trailing background clause is not the news clause's (a wholly background sentence, "convicted for the bombing",
        # still refers back)
        anaphora = bool(ANAPHORA_RE.search(foreground if limit else sentence)) or (
            len(mentions) == 1 and not LEADING_DAY_RE.match(sentence) and bool(WEAPON_ANAPHORA_RE.search(sentence))
        )
        if anaphora and current is not None and _led_by_other_scene(foreground, current, published):
            anaphora = False  # "In the Centre-Nord region, the toll of Monday's attack ...": another day's attack, elsewhere
        other_day = current is not None and other_days_attack(foreground, current.day, published)
        if other_day:
            anaphora = False  # "The toll from Saturday's attack in Ouallam rose to 21" while Monday's is told: Saturday's
        specific = bool(SPECIFIC_EVENT_RE.search(foreground)) and is_strong_violence(foreground)
        if GENERIC_EVENT_RE.match(sentence):
            observations, specific = [], False
        incident = (event and (bool(observations) or specific or index in distinct_tails)) or (claim and current is None and limit is None)
        # a roundup section's first violent sentence is its incident, however plainly told
        incident = incident or (event and section_open and limit is None and bool(SPECIFIC_EVENT_RE.search(sentence)))
        # "Separately, the army blamed the ELN for a blast on Tuesday": the text itself announces another incident
        ordinal = bool(ORDINAL_INCIDENT_RE.match(sentence)) and limit is None
        marked_new = (bool(NEW_INCIDENT_RE.match(sentence)) or ordinal) and limit is None and not DEFUSED_RE.search(sentence)
        incident = incident or (event and marked_new and (is_strong_violence(sentence) or bool(SPECIFIC_EVENT_RE.search(sentence))))
        # "About 20 minutes later, two men ... sprayed a checkpoint in Nong Chik": a new act, another incident if
        # its place differs (_starts_new decides)
        incident = incident or (
            event and limit is None and not blamed and bool(SHORT_TIME_SHIFT_RE.match(sentence)) and bool(SPECIFIC_EVENT_RE.search(sentence))
        )
        # "On Friday, a patrol ran into insurgents near Mbau and a gun battle followed": a paragraph led by a day other
        # than the current incident's tells another incident, however plainly
        incident = incident or (
            event and limit is None and current is not None and current.day is not None and bool(LEADING_DAY_RE.match(sentence))
            and is_strong_violence(sentence) and _sentence_day(sentence, published) not in (None, current.day)
        )
        opening_section = incident and section_open
        if incident:
            section_open = False
        if not incident and current is not None and limit is None and RENEWED_ATTACK_RE.search(sentence):
            current = None  # "The gunmen came back again the next night.": what follows is another incident
            continue
        if incident and current is not None and rolled_up_lead(sentences, current.indexes, index):
            current.roll_up, current = True, None  # the lead only tallies the attacks this paragraph begins to tell
        if incident and not (anaphora and current is not None and not NEW_INCIDENT_RE.match(sentence) and not ordinal):
            places = _place_keys(foreground)
            day = _sentence_day(foreground, published)
            earlier = retold_item(mentions[sealed:], items, places, day) if bullet else _earlier_mention(mentions[sealed:], current, places, day)
            if mentions and (blamed or "claim" in lowered or _update_of_earlier(sentence)):
                # "13:30 - The toll in the Kalat attack has risen to 11": the incident it names, wherever it was told
                earlier = named_incident(sentence, mentions[sealed:], sentences) or earlier
            if earlier is None and current is None and live_blog and places:
                # "14:20 - The health ministry has updated the toll from Qlaileh": a later entry on an earlier incident
                earlier = next((m for m in reversed(mentions) if places & m.places and (day is None or m.day in (None, day))), None)
            if earlier is None and current is None and live_blog and _update_of_earlier(sentence):
                continue  # a later entry's revised toll whose place names no incident told: never a new one
            if earlier is None and current is not None:
                earlier = _tail_by_method(sentences, mentions[sealed:], current, sentence, places, day)
            if earlier is not None and not NEW_INCIDENT_RE.match(sentence):
                current = earlier  # back to an incident already reported at this place ("In the Tahoua region, ...")
            elif current is None or index in distinct_tails or ordinal or other_day or (bullet and not same_scene(current, places, day)) or (
                (any(m.roll_up for m in mentions[sealed:]) or 0 not in current.indexes and is_roll_up(sentences[0])) and next_part(sentence, [sentences[i] for i in current.indexes])
            ) or _starts_new(
                sentence, current, places, day, bool(observations), claim, [sentences[i] for i in current.indexes]
            ):
                if day is None and current is not None and HOURS_SHIFT_RE.match(sentence):
                    day = current.day  # "Hours earlier, ...": the day of the incident just told
                lead = current if index in joined_tails and current is not None and index - 1 in current.indexes else None
                pending = None if lead is not None else _pending_tail(mentions[sealed:], current, places, day)
                if pending is not None:
                    # "About eight hours later, a bomb hidden in a culvert exploded": the lead's second incident, told now
                    pending.lead_tail = False
                    current = pending
                    current.add(index, places, day, bool(observations))
                    continue
                before, current = current, Mention()
                mentions.append(current)
                if index and is_roll_up(sentences[0]) and not any(0 in m.indexes and not m.roll_up for m in mentions):
                    current.inherited_day = _sentence_day(sentences[0], published)  # the summing lead's day
                if before is not None and before.day is not None and (marker := shift_marker(sentence)) is not None and (
                    _sentence_day(sentence[marker.end() :], published) is None
                ):
                    # "A day earlier, gunmen shot dead a village chief": counted from the incident just told
                    current.inherited_day, current.day_shifted = shifted_day(marker, before.day), True
                    day = day or current.inherited_day
                if bullet:
                    items.append(current)
                if summary:
                    summarised.append(current)
                if opening_section:
                    current.indexes.extend(section_heads)
                section_heads = []
                current.indexes.extend(lead_in := [] if bullet else _lead_in(sentences, index, mentions, published))
                day = day or next((d for i in lead_in if (d := _sentence_day(sentences[i], published))), None)  # the scene-setter's day
                if lead is not None:
                    current.lead_tail = True
                    # the lead's second incident: the next paragraph details the first one
                    if day is None and lead.day is not None and index in (tail_days_before or {}):
                        day = lead.day - timedelta(days=tail_days_before[index])
                    current.add(index, places, day, bool(observations))
                    current = lead
                    current.resumed_at = index
                    continue
            current.add(index, places, day, bool(observations))
            continue
        if current is None or SECTION_LABEL_RE.match(sentence):
            current = None  # "WHAT WE'RE READING - A new report on kidnapping": a digest's section, not a follow-up
            continue
        if len(mentions) > 1 and (blamed or "claim" in lowered) and (named := named_incident(sentence, mentions[sealed:], sentences)) is not None:
            current = named  # "The Pakistani Taliban claimed the Lakki Marwat attack": not always the incident told last
            current.indexes.append(index)
            continue
        if len(mentions) > 1 and event:
            places = _place_keys(foreground)
            earlier = _earlier_mention(mentions[sealed:], current, places, None) if places else None
            if earlier is not None and (observations or zero or limit is None):
                current = earlier  # "Headman X was riding home in Nong Chik district when ...": back to the Pattani killing
                current.indexes.append(index)
                continue
        gap = index - max(current.indexes[-1], current.resumed_at)
        # "No one was hurt", "one of the injured later died": follow-ups of the article's only incident, however far down
        zero_before_background = zero and any(pattern.search(foreground) for pattern, _ in ZERO_PATTERNS)
        # "The Gran Grif gang ... claimed the hijacking in a video": a claim of the article's only incident, however far down
        # "Three other officers wounded in the blast remain in hospital": a definite reference while only one incident is told
        follow_up = len(mentions) == 1 and (
            zero_before_background or (limit is None and (bool(LATER_DEATHS_RE.search(sentence)) or claim or (anaphora and event)))
        )
        if follow_up or (anaphora and gap <= ATTACH_GAP + 1) or (blamed and gap <= CLAIM_ATTACH_GAP) or (
            gap <= ATTACH_GAP and (observations or zero or (event and limit is None))
        ):
            current.indexes.append(index)
            current.has_casualties = current.has_casualties or bool(observations)
            if event:
                # "The bus hit the device ... between Fada N'Gourma and Kantchari": where this incident is, too
                current.places |= _place_keys(foreground)
            if (incident or (event and limit is None and not _update_of_earlier(sentence) and not RESPONSE_KILLING_RE.search(sentence))) and current.day is None:
                # "In the deadliest of the attacks, ... on Thursday": the day the summarising lead left out (not the day a
                # victim died, the bodies were buried or the attackers were hunted down)
                current.day = _sentence_day(foreground, published)
    if len(section_starts) > 1:
        # "Here is a round-up of the week's main incidents": the intro above a digest's first section sums them up,
        # unless it tells an item of its own on a day of its own ("A farmer was killed ... on Wednesday, police said")
        mentions = [m for m in mentions if m.indexes[0] >= section_starts[0] or m.day is not None]
    if summarised and len(summarised) < len(mentions):
        # "HIGHLIGHTS: An explosive device ... has killed seven civilians": the body tells it again in detail
        mentions = [m for m in mentions if m not in summarised]
    if len(mentions) > 2:
        # "The UN condemned two attacks that had killed dozens": a lead that only rolls up the incidents told below it
        mentions = [m for m in mentions if not (m.indexes == [0] and is_roll_up(sentences[0]))]
    if len(mentions) > 1:
        # "Police blamed both attacks on ...", "No group claimed either attack": a sentence about every incident
        for index, sentence in enumerate(sentences):
            if EVERY_ATTACK_RE.search(sentence) and (is_claim(sentence) or BLAME_RE.search(sentence) or "claim" in sentence.lower()):
                for mention in mentions:
                    if index not in mention.indexes:
                        mention.indexes = sorted(mention.indexes + [index])
    return mentions


def _update_of_earlier(sentence: str) -> bool:
    """True when a sentence revises an incident already told (a new toll, a victim who died later)."""
    return bool(TOLL_WORD_RE.search(sentence) or LATER_DEATHS_RE.search(sentence) or FOLLOW_UP_RE.search(sentence))


def _lead_in(sentences: list[str], index: int, mentions: list[Mention], published: date | None) -> list[int]:
    """The sentence just before a new mention when it sets the scene ("PKK used a car bomb to attack ...")."""
    previous = index - 1
    taken = {i for mention in mentions for i in mention.indexes}
    if previous < 0 or previous in taken:
        return []
    sentence = sentences[previous]
    if CAPS_HEADING_RE.match(sentence):
        return []  # "TURBAT: EQUIPMENT SET ABLAZE": a sub-heading, not part of the story under it
    if previous == 0 and is_roll_up(sentence) and tells_a_part(sentences[index]):
        # "Attacks on two army posts killed 30 soldiers. In Boni, ...": the lead sums this attack and others ("... a series
        # of sniper attacks. The attacks killed 10" goes on telling the lead's own)
        return []
    if (is_event_sentence(sentence) or CONTACT_RE.search(sentence)) and foreground_end(sentence, published) is None:
        if is_strong_violence(sentence) or find_groups(sentence) or opens_with_pronoun(sentences[index]) or CONTACT_RE.search(sentence):
            return [previous]  # "The ADF attacked army positions in Beni. They killed 15 people."
    return []


def _earlier_mention(mentions: list[Mention], current: Mention | None, places: set[tuple[str, str]], day: date | None) -> Mention | None:
    """An earlier mention at the sentence's place, or on its day, when the current one is elsewhere or undated."""
    if current is None:
        return None
    mentions = [m for m in mentions if not m.roll_up]  # a lead that tallies several attacks is none of them
    if places and not places & current.places:
        for mention in reversed(mentions):
            if mention is not current and places & mention.places and (day is None or mention.day is None or day == mention.day):
                return mention
    if day is not None and current.day != day and (current.day is not None or not (places & current.places)):
        for mention in reversed(mentions):
            if mention is not current and mention.day == day and not (places and mention.places and not places & mention.places):
                return mention
    return None


def _tail_by_method(
    sentences: list[str], mentions: list[Mention], current: Mention, sentence: str, places: set[tuple[str, str]], day: date | None
) -> Mention | None:
    """The lead's second incident, when a sentence tells an attack of its kind and not of the first's
    ("a drone struck a crowd" after "gunmen seized a bus ..., while a drone strike killed nine")."""
    pending = _pending_tail(mentions, current, places, day)
    if pending is None:
        return None
    method = extract_attack_type([sentence])[0]
    if method == "unknown" or method != extract_attack_type([sentences[pending.indexes[0]]])[0]:
        return None
    # "The boat ... was stopped when armed men opened fire" already told the first incident's shooting
    told = {extract_attack_type([sentences[i]])[0] for i in current.indexes}
    return pending if method not in told else None


def _pending_tail(mentions: list[Mention], current: Mention | None, places: set[tuple[str, str]], day: date | None) -> Mention | None:
    """A second incident told so far only in the lead, which a new paragraph can be detailing."""
    for mention in mentions:
        if mention is current or not mention.lead_tail:
            continue
        if day is not None and mention.day is not None and day != mention.day:
            continue
        if places and mention.places and not places & mention.places:
            continue
        return mention
    return None


def _dated_harm(sentence: str, index: int) -> bool:
    """True when a paragraph led by its day tells people harmed in words the event table lacks ("On Friday,
    insurgents ordered passengers off two buses and marched nine of them into the bush")."""
    if not (LEADING_DAY_RE.match(sentence) and is_strong_violence(sentence)):
        return False
    return any(o.best > 0 for o in sentence_observations(sentence, index))


def _led_by_other_scene(sentence: str, current: Mention, published: date | None) -> bool:
    """Whether a paragraph opens on another place than the current incident's and tells another day's event."""
    if not LEADING_PLACE_RE.match(sentence) or current.day is None:
        return False
    return _elsewhere(_place_keys(sentence), current) and _sentence_day(sentence, published) not in (None, current.day)


def _elsewhere(places: set[tuple[str, str]], current: Mention) -> bool:
    """Whether a sentence's places and the current incident's are both known and share none."""
    return bool(places) and bool(current.places) and not (places & current.places)


def _starts_new(
    sentence: str, current: Mention, places: set[tuple[str, str]], day: date | None, casualties: bool, claim: bool = False,
    current_sentences: list[str] = (),
) -> bool:
    """Whether an incident sentence begins another incident rather than continuing the current one.

    `current_sentences`: the current incident's sentences, read for whether it is dated the way news is ("on Saturday"),
    not as a chronicle's entry.
    """
    toll_update = HOURS_SHIFT_RE.match(sentence) and TOLL_WORD_RE.search(sentence)  # "Hours later, the death toll stood at 21"
    if NEW_INCIDENT_RE.match(sentence) or (TIME_SHIFT_RE.match(sentence) and not toll_update) or (
        casualties and SEPARATE_EVENT_RE.search(sentence)
    ):
        return True
    if LATER_DEATHS_RE.search(sentence) or FOLLOW_UP_RE.search(sentence) or RESPONSE_KILLING_RE.search(sentence):
        return False
    # "In the Centre-Nord region, the toll of Monday's attack in Dablo has risen to eleven": a toll led by another place
    # than the current incident's is another incident's toll
    led_elsewhere = bool(LEADING_PLACE_RE.match(sentence)) and _elsewhere(places, current)
    if TOLL_RESTATED_RE.search(sentence) and not LEADING_DAY_RE.match(sentence) and not led_elsewhere:
        return False  # "So the toll this morning is seven dead": a count restated when reported, not a new attack
    if TOLL_WORD_RE.search(sentence) and not SPECIFIC_EVENT_RE.search(sentence) and not led_elsewhere:
        return False  # "On Monday afternoon officials had put the number of dead at nine": a toll with no act of its own
    if NEXT_DAY_LEAD_RE.match(sentence) and any(NEWS_DAY_RE.search(s) for s in current_sentences):
        return True  # a chronicle's "The next day ..." often goes on telling the one entry it lists
    # a claim's day dates its statement ("In a statement read on its radio this morning, the group said its fighters
    # had killed 21 soldiers"), unless the paragraph is led by the day
    statement_day = claim and not LEADING_DAY_RE.match(sentence)
    if day is not None and current.day is not None and day != current.day and not statement_day and (
        casualties or LEADING_DAY_RE.match(sentence) or LEADING_PLACE_RE.match(sentence)
    ):
        # "On Sunday, unidentified men set fire to ...": a paragraph led by another day is another incident, and so is
        # one led by a place that tells another day ("In neighbouring Bannu, a councillor was shot dead on Wednesday")
        return True
    if casualties and current.has_casualties and _elsewhere(places, current):
        return True
    if led_elsewhere or (SHORT_TIME_SHIFT_RE.match(sentence) and _elsewhere(places, current)):
        return True  # "In Jonglei, armed men raided a cattle camp": a paragraph led by another place
    return False

