"""Sentences and incident mentions: split an article and group its sentences into incidents."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from .actors import BLAME_RE, find_groups, is_blame, is_claim
from .casualties import ZERO_PATTERNS, sentence_observations
from .casualty_patterns import LATER_DEATHS_RE
from .dates import find_date_phrases
from .places import find_place_mentions
from .text import folded, normalize_punctuation
from .types import extract_attack_type, is_event_sentence, is_strong_violence, might_mention_violence

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
    "mt ft lt.-gen maj.-gen brig.-gen".split()
)
SENTENCE_END_RE = re.compile(r"[.!?]+[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
# A wire dateline: "MOGADISHU, Sept 8 (Reuters) -", "ABUJA (AP) -", "PESHAWAR:", "KABUL, Afghanistan -".
DATELINE_RE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z'.-]+(?:[ /][A-Z][A-Z'.-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z'.-]+(?:\s(?:of\s|the\s)?[A-Z][A-Za-z'.-]+){0,3}))?"
    r"(?:,?\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?)?"
    r"\s*(?:\([A-Za-z .]{2,20}\)\s*)?[-:]\s+"
)
HEADING_MAX_WORDS = 25
# A digest's section label opening a paragraph ("CONGO - ...", "WHAT WE'RE READING - ...").
SECTION_LABEL_RE = re.compile(r"^[A-Z][A-Z'’ ]{2,40}\s[-–—]\s")
# Sentences about history, trials and anniversaries, not a new incident.
BACKGROUND_RE = folded(
    r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:19|20)\d\d\b|\bsince\s+the\s+(?:start|beginning|outbreak|fall|end)\b|\bsince\s+then\b|"
    r"\bso\s+far\s+this\s+year\b|\bthis\s+year\s+alone\b|\bin\s+recent\s+(?:years|months|weeks)\b|"
    # "..., the first of three attacks in four days ... that have left three people dead": a total over several
    r"\b(?:the\s+)?(?:first|second|third|latest|last)\s+of\s+(?:two|three|four|five|six|several|\d+)\s+(?:attacks|incidents|bombings|shootings)\b|"
    r"\bin\s+(?:previous|past|earlier)\s+(?:seasons|years|months|weeks|decades)\b|"
    r"\bmark(?:s|ed|ing)?\s+(?:\w+\s+){0,2}years?\s+since\b|\b(?:\d+|\w+)\s+years\s+since\b|"
    r"\bover\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|decades?|months|weeks)\b|\b(?:years|decades)\s+ago\b|"
    r"\b(?:a|one|two|three|\d+)\s+(?:years?|months?|decades?)\s+ago\b|"
    r"\b(?:years|decades)\s+of\s+(?:war|conflict|fighting|violence|insurgency|unrest|instability|bloodshed|chaos)\b|"
    r"\b(?:decade|decades|years)-long\b|\banniversary\b|\bcommemorat\w*|\bmemorial\b|"
    r"\b(?:was|were|been|be|is|are)\s+(?:\w+\s+)?(?:sentenced|convicted|acquitted|jailed|imprisoned|indicted|charged|tried)\b|"
    r"\bverdict\b|\bon\s+trial\b|\bfound\s+guilty\b|\btold\s+the\s+court\b|\bthe\s+court\s+heard\b|\btestif(?:y|ied|ies)\b|"
    r"\b(?:prosecution|prosecutors?)\s+(?:told|said|argued|alleged)\b|\b(?:insurgency|conflict|war|violence|campaign)\s+(?:that|which)\s+(?:has|have|had)\b|"
    r"\bha(?:ve|s|d)\s+(?:killed|claimed(?:\s+the\s+lives\s+of)?)\s+(?:more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|some\s+|about\s+|around\s+|tens\s+of\s+)?[\d,]+(?:\s+\w+)?\s+(?:people|lives|civilians|soldiers)|"
    r"\bha(?:ve|s)\s+(?:killed|claimed)\s+(?:tens\s+of\s+|hundreds\s+of\s+)?thousands\b|\blast\s+year\b|\bevery\s+year\b|"
    r"\bdeadliest\s+(?:year|month)\b|\blast\s+(?:week|month)\b|\bearlier\s+this\s+(?:month|year)\b|"
    r"\b(?:a|in\s+a)\s+similar\s+(?:attack|incident|bombing)\b|\bprevious\s+(?:attack|attacks)\b|"
    r"\bfor\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:a|two|three|\w+)\s+(?:decades?|years)\b|"
    r"\b(?:in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months|decades?)\b|"
    r"\bha(?:s|ve)\s+(?:also\s+)?stepped\s+up\s+(?:its\s+|their\s+)?attacks\b|"
    r"\b(?:have|has)\s+(?:often|repeatedly|long|frequently|routinely|regularly)\s+(?:blamed|accused)\b|"
    # a tally, not an attack: "has carried out more air strikes this year than in any year since"
    r"\b(?:more|fewer)\s+(?:\w+\s+){0,2}?(?:attacks|strikes|bombings|killings|raids)\s+(?:this|last)\s+(?:year|month)\b",
    re.IGNORECASE,
)
# A sentence about attacks in general ("Yet attacks by groups linked to al-Qaeda have spread"), not one attack.
GENERIC_EVENT_RE = folded(
    r"^(?:\W*(?:yet|but|and|so|such|these|those|similar|recent|frequent|repeated|deadly|jihadist|militant|insurgent)\s+)*"
    r"(?:attacks|bombings|killings|raids|kidnappings|abductions|ambushes|violence)\s+(?:by|on|against|in|have|has|are|were|continue|remain|like)\b",
    re.IGNORECASE,
)
YEAR_RE = re.compile(r"\b(19\d\d|20\d\d)\b")
# "in January" with no day: a month before the publication month is history, not the news.
BARE_MONTH_RE = re.compile(
    r"\b(?i:in|since|during|until)\s+(?i:early\s+|late\s+|mid-)?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)"
)
MONTH_NUMBERS = {name: number for number, name in enumerate(
    ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"), 1
)}
HISTORY_MONTHS = 2  # months back from publication after which a bare month names the past
# A running total ("more than 35,000 people have been killed since 2001"): the whole sentence is background.
RUNNING_TOTAL_RE = folded(
    r"\b(?:have|has|had)\s+(?:now\s+)?(?:been\s+)?(?:\w+ly\s+)?(?:killed|died|wounded|displaced|claimed|lost|assaulted|attacked|abducted|kidnapped|injured)\b[^.;]*?\b(?:since|so\s+far|to\s+date|"
    r"this\s+year|over\s+the\s+(?:past|last)|in\s+recent\s+(?:years|months)|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|in\s+(?:the\s+)?(?:\w+[-\s])?(?:year|decade)s?[-\s]?(?:long|old)?\s+(?:conflict|war|insurgency))\b"
    r"|\b(?:sentenced|convicted|acquitted)\b"
    r"|\b\d[\d,]*\s+(?:deaths|dead|fatalities|killings)\s+since\b"
    # a monthly tally: "At least 612 people were killed in violence across Syria in January"
    r"|\bkilled\s+in\s+(?:violence|attacks|fighting|clashes)\s+across\b|\bmonthly\s+(?:toll|report|tally|figures?)\b",
    re.IGNORECASE,
)
ANAPHORA_RE = folded(
    r"\b(?:the|this|that|today's|yesterday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|sunday's)\s+"
    r"(?:\w+\s+)?(?:attacks?|blasts?|explosions?|bombings?|assault|ambush|raid|incident|shooting|attackers?|gunmen|"
    r"gunman|militants|bombers?|assailants?|victims|dead|wounded|injured|kidnappers|abductors|strike|siege|violence|massacre)\b",
    re.IGNORECASE,
)
NEW_INCIDENT_RE = folded(
    r"^\s*(?:in\s+(?:a|an|another)\s+(?:separate|second|similar|related|different|earlier|later|unrelated)?\s*"
    r"(?:attack|incident|bombing|blast|explosion|development|raid|ambush|shooting|assault)|separately|elsewhere|"
    r"meanwhile|in\s+another|also\s+on\s+\w+day|earlier\s+(?:on\s+)?(?:\w+day|in\s+the\s+day|that\s+day)|"
    r"later\s+(?:on\s+)?(?:\w+day|that\s+day|in\s+the\s+day)|in\s+a\s+separate|a\s+separate|another\s+(?:attack|bomb|blast|explosion)|"
    # "The shooting came three days after drones dropped explosives on homes in El Aguaje"
    r"the\s+(?:attack|shooting|killing|bombing|blast|ambush|raid|assault)\s+came\s+(?:a|one|two|three|four|five|six|\d+|several)\s+(?:days?|weeks?)\s+after\s+(?!the\b))",
    re.IGNORECASE,
)
# Victims of the incident already reported, treated or dead later in a hospital elsewhere: not a new
# place. Deaths are read by the casualty table's LATER_DEATHS_RE; these are the other follow-ups.
FOLLOW_UP_FIGURE_RE = folded(r"\b(?:were|was|are|is)\s+(?:still\s+)?(?:being\s+)?treated\b|\bneutrali[sz]\w*", re.IGNORECASE)
FOLLOW_UP_RE = folded(
    r"\b(?:subsequently|since)\s+died\b|\bdied\s+(?:later\s+)?(?:of\s+(?:\w+\s+)?(?:wounds|injuries)\s+)?(?:in|at)\s+(?:a|the)\s+(?:[\w-]+\s+)?hospital\b|"
    r"\b(?:taken|rushed|flown|airlifted|evacuated|transferred)\s+to\s+(?:a\s+|the\s+)?(?:\w+\s+)?hospitals?\s+in\b|\bhospitali[sz]ed\s+in\b|"
    # the dead buried or identified on a later day: "said 11 bodies had been identified and buried on Wednesday"
    r"\bbodies\s+(?:had\s+been\s+|have\s+been\s+|were\s+)?(?:identified|buried|laid\s+to\s+rest)\b|"
    # an earlier count of the same dead, superseded: "A first statement ... on Monday evening said seven soldiers had been killed"
    r"\b(?:first|initial|earlier|preliminary)\s+(?:statement|toll|report|count|figure|tally)\b[^.;]{0,80}\bhad\s+(?:been\s+)?(?:killed|died)\b|"
    # "Officials had counted 18 dead on Wednesday", "Among them were ...", "The man who died on Wednesday had been brought to Pemba"
    r"\bhad\s+(?:earlier\s+|initially\s+)?counted\b|^\s*among\s+(?:them|the\s+(?:dead|victims|wounded|injured))\b|"
    r"\bwho\s+died\s+(?:on\s+\w+day|later|overnight|in\s+hospital)\b",
    re.IGNORECASE,
)
SPECIFIC_EVENT_RE = folded(
    r"\b(?:exploded|detonated|went\s+off|blew\s+(?:himself\s+|herself\s+|themselves\s+)?up|stormed|ambushed|opened\s+fire|"
    r"kidnapped|abducted|attacked|set\s+fire|torched|shot|bombed|dropped|pounded|beat|beating|beaten|gunned\s+down|fired|rammed|struck|targeted|targeting|raided|"
    r"bombing|torching|shelling|raiding|storming|ambushing|blowing\s+up|"
    r"killed|killing|beheaded|hurled|threw|thrown|lobbed|planted|launched|carried\s+out|seized|stabbed|hijacked|commandeered|"
    r"assassinated|shelled|rocked|destroyed|damaged|blown\s+up|blew|set\s+off|ignited|found|discovered|defused|hit|"
    r"took\s+place|occurred|happened|erupted|came\s+under|was\s+attacked|were\s+attacked|targeted|ambush|invaded|"
    r"broke\s+into|burst\s+into|entered|opening\s+fire|sprayed|lobbed|crashed|drove|rammed|murdered|slit|"
    r"fought|clashed|battled|exchanged\s+fire|"
    # headline present tense: "Suicide bomber kills president", "guerrillas assassinate a colonel"
    r"kills|assassinates?|massacres?|storms|ambushes|bombs|kidnaps|abducts|hijacks?)\b",
    re.IGNORECASE,
)
SPORT_RE = folded(
    r"\b(?:midfield\w*|stoppage\s+time|goalkeeper|half-time|halftime|penalty\s+(?:kick|shoot-?out|area|spot)|striker|"
    r"scored\s+(?:a|the|his|her|twice)|equali[sz]er|hat-trick|relegation|league\s+(?:leaders|table|match|title)|"
    r"the\s+(?:visitors|hosts)\s+(?:were|was)|(?:first|second)\s+half(?:\s+hour)?)\b",
    re.IGNORECASE,
)
ROLL_UP_RE = folded(
    r"\b(?:two|three|four|five|several|a\s+(?:string|series|spate|wave)\s+of|separate)\s+(?:\w+\s+)?(?:attacks|raids|incidents|strikes|assaults)\b",
    re.IGNORECASE,
)
EVERY_ATTACK_RE = folded(r"\b(?:both|either|all\s+(?:two|three|four|the)|neither)\s+(?:of\s+the\s+)?(?:attacks|attack|incidents|killings|raids|bombings)\b", re.IGNORECASE)
# A paragraph that moves the clock: "About eight hours later, a bomb ...".
TIME_SHIFT_RE = folded(
    r"^\s*(?:(?:about|some|nearly|roughly|around|less\s+than|more\s+than|just|barely|only)\s+)?"
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+|several|a\s+few)\s+(?:hours?|days?)\s+(?:later|earlier)\b"
    r"|^\s*hours\s+(?:earlier|later)\b",  # "Hours earlier, fighters had attacked an army base in Konduga": another incident
    re.IGNORECASE,
)
TOLL_WORD_RE = folded(r"\b(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|victims))\b", re.IGNORECASE)
HOURS_SHIFT_RE = folded(r"^\s*(?:(?:a\s+few|several|two|three|\d+)\s+)?hours\s+(?:earlier|later)\b", re.IGNORECASE)
# "About 20 minutes later, two men sprayed a checkpoint in Nong Chik", "Hours later, ... in Jamundi": another incident
# only where the place changes too.
SHORT_TIME_SHIFT_RE = folded(
    r"^\s*(?:(?:about|some|nearly|roughly|around|less\s+than|more\s+than|just|barely|only)\s+)?"
    r"(?:an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|\d+|several|a\s+few)?\s*minutes?\s+later\b|^\s*hours\s+later\b",
    re.IGNORECASE,
)
# A clause that reports another incident inside the sentence ("..., and three soldiers died in a separate
# attack in the Tahoua region"): the sentence is split before it, and the clause starts a new mention.
SEPARATE_EVENT_RE = folded(
    r"\bin\s+(?:a|another)\s+(?:separate|second|different|unrelated)\s+(?:attack|incident|ambush|bombing|raid|shooting)\b|\bseparately\b"
    r"|\ba\s+separate\s+(?:attack|incident|ambush|bombing|raid|shooting)\s+(?:in\s+which|when|where)\b",
    re.IGNORECASE,
)
# A joined clause led by another attack that harms people: "..., while an air strike on Nyala killed 26".
SECOND_ATTACK_RE = folded(
    r",\s+(?:a|one|two|three|four|five|six|\d+)\s+days?\s+after\s+(?=(?:\w+\s+){0,5}?(?:burning|killing|shooting|attacking|setting|gunmen|militants|attackers|insurgents|a\s+bomb|an?\s+attack|"
    r"(?:air|drone|missile)\s+strike|airstrike|raid|bombing|explosion|blast|ambush))"
    r"|(?:,\s*(?:and|while|whereas)|;)\s+(?=(?:(?:residents|officials|police|witnesses|medics|locals)(?:\s+of\s+(?:[\w-]+\s+){1,4}?)?\s*said\s+)?"
    r"(?:an?|another|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:bomb|bombing|blast|explosion|air\s*strike|airstrike|drone\s+strike|strike|grenade|mine|shell|rocket|suicide\s+bomber)s?\s+"
    r"(?:[^,.;]{0,60}?\s)?(?:killed|wounded|injured|hit|struck)\b)"
    # "..., while in the country's south gunmen on a motorbike killed a local council official"
    r"|,\s*(?:while|whereas)\s+(?=in\s+(?:the\s+)?[\w'’ -]{2,40}?\s+(?:gunmen|militants|attackers|insurgents|assailants|"
    r"unidentified\s+(?:men|gunmen|assailants)|armed\s+men)\s+(?:[^,.;]{0,60}?\s)?(?:killed|shot|abducted|kidnapped|stabbed|attacked)\b"
    # "..., while in the south a local council chief was gunned down outside his home"
    r"|in\s+(?:the\s+)?[\w'’ -]{2,40}?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:was|were)\s+(?:\w+\s+)?(?:killed|gunned|shot|abducted|kidnapped|stabbed)\b)",
    re.IGNORECASE,
)
# The day words a clause names; two different ones in two joined clauses make two incidents.
CLAUSE_DAY_RE = folded(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last\s+night|overnight|(?:at\s+)?the\s+weekend)\b", re.IGNORECASE
)
# A day that dates a statement ("officials said on Wednesday"), not an incident.
REPORTED_DAY_RE = folded(
    r"\b(?:said|says|told|announced|added|reported|confirmed|stated|statement)\s+(?:\w+\s+){0,2}?(?:on\s+|late\s+|early\s+)*$", re.IGNORECASE
)
DAY_JOIN_RE = re.compile(r"(?:,\s*(?:and|while|whereas)|;)\s+")
HARM_VERB_RE = folded(
    r"\b(?:killed|killing|died|dead|shot|wounded|wounding|injured|injuring|beheaded|abducted|kidnapped|set\s+fire|burned|torched|"
    r"seized|hijacked|stormed|blew\s+up|bombed|attacked|raided)\b",
    re.IGNORECASE,
)
CLAUSE_SPLIT_RE = re.compile(r"(?:,\s*|;\s*|\s+)(?:and|while|whereas|but)\s+|;\s+")
# A sentence led by its day ("On Sunday,", "Late Saturday,", "Early on Monday,").
LEADING_DAY_RE = re.compile(
    r"^\s*(?:(?:And|But|Then)\s+)?(?:(?:On|Late|Early|Overnight|By)\s+)?(?:on\s+)?(?:(?:late|early)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|Yesterday|[Ll]ast\s+night)(?:\s+(?:morning|afternoon|evening|night))?"
    r"(?:,|\s+(?=at\s+least\b|about\b|around\b|some\b|an?\b|\d|[A-Z]))"
)
ATTACH_GAP = 2
# Substrings every zero-casualty pattern contains; a sentence without them skips those patterns.
ZERO_CUES = ("no ", "nobody", "none ", "without", "unharm", "unhurt", "unscath", "only ")
CLAIM_ATTACH_GAP = 4


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
    resumed_at: int = -1  # the lead's split-off clause after which this mention resumes
    lead_tail: bool = False  # told only in the lead so far: the paragraphs that detail it come later

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


def split_separate_events(sentence: str) -> list[str]:
    """A sentence split before a clause that reports a separate incident, else the sentence itself."""
    marker = SEPARATE_EVENT_RE.search(sentence)
    if not marker:
        return _split_second_attack(sentence)
    joins = [m for m in CLAUSE_SPLIT_RE.finditer(sentence, 0, marker.start()) if m.start() > 20]
    if not joins:
        return [sentence]
    join = joins[-1]
    head, tail = sentence[: join.start()].rstrip(" ,;"), sentence[join.end() :]
    if not (is_event_sentence(head) and is_event_sentence(tail)):
        return [sentence]
    return [head, tail]


def _split_second_attack(sentence: str) -> list[str]:
    """ "..., and a roadside bomb wounded five rangers in Yala": a clause whose own weapon harms its own victims.

    Splitting only makes two sentences; whether they are two incidents is decided by their days and places.
    """
    match = SECOND_ATTACK_RE.search(sentence)
    if not match or match.start() < 20:
        return _split_by_day(sentence)
    head, tail = sentence[: match.start()].rstrip(" ,;"), sentence[match.end() :]
    days_after = bool(DAYS_AFTER_RE.match(match.group(0)))  # "fought a gun battle ..., two days after"
    if not ((days_after or HARM_VERB_RE.search(head)) and is_event_sentence(head) and is_event_sentence(tail)):
        return [sentence]
    return [head, tail[:1].upper() + tail[1:]]


def _split_by_day(sentence: str) -> list[str]:
    """ "Gunmen killed 21 villagers on Sunday, and three people died on Wednesday when a bus hit a mine": joined
    clauses that each harm people on a day of their own."""
    for join in DAY_JOIN_RE.finditer(sentence):
        if join.start() < 20:
            continue
        head, tail = sentence[: join.start()], sentence[join.end() :]
        head_days, tail_days = _clause_days(head), _clause_days(tail)
        if head_days and tail_days and not head_days & tail_days and HARM_VERB_RE.search(head) and HARM_VERB_RE.search(tail):
            if is_event_sentence(head) and is_event_sentence(tail):
                return [head.rstrip(" ,;"), tail[:1].upper() + tail[1:]]
    return [sentence]


def _clause_days(clause: str) -> set[str]:
    """The day words of a clause that date an event, not a statement."""
    return {
        m.group(1).lower() for m in CLAUSE_DAY_RE.finditer(clause)
        if not REPORTED_DAY_RE.search(clause, max(0, m.start() - 40), m.start())
    }


DAYS_AFTER_RE = folded(r",\s+(?P<days>a|one|two|three|four|five|six|\d+)\s+days?\s+after\b", re.IGNORECASE)
DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def days_before(sentence: str) -> int | None:
    """How many days the clause after "..., two days after" lies before the one ahead of it."""
    match = DAYS_AFTER_RE.search(sentence)
    if not match:
        return None
    days = match.group("days").lower()
    return int(days) if days.isdigit() else DAY_COUNTS[days]


def _set_apart(sentence: str, head: str, tail: str) -> bool:
    """Whether the text itself makes a split-off clause another incident: "in a separate attack", "two days
    after", or a day of its own."""
    if SEPARATE_EVENT_RE.search(sentence) or DAYS_AFTER_RE.search(sentence):
        return True
    if re.match(r"In\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:south|north|east|west|centre|center|capital|province|region|state)\b", tail):
        return True  # "..., while in the south a local council chief was gunned down": another place
    head_days, tail_days = _clause_days(head), _clause_days(tail)
    return bool(head_days and tail_days and not head_days & tail_days)


def parse_article(text: str, title: str | None = None) -> Article:
    """Drop boilerplate, take headings and the dateline aside as context, and split the body into sentences."""
    text = normalize_punctuation(text or "")
    context = [normalize_punctuation(title).strip(" |")] if title else []
    sentences: list[str] = []
    tails: set[int] = set()
    distinct: set[int] = set()
    offsets: dict[int, int] = {}
    dateline = None
    for line in text.splitlines():
        line = line.strip()
        if not line or BOILERPLATE_LINE_RE.match(line):
            continue
        if not sentences and dateline is None:
            match = DATELINE_RE.match(line + " ")
            if match and len(match.group("place")) >= 3:
                dateline = match.group("place")
                context.append(", ".join(p for p in (dateline.title(), match.group("region")) if p))
                line = line[match.end() :].strip()
                if not line:
                    continue
        words = len(line.split())
        if words <= HEADING_MAX_WORDS and not re.search(r"[.!?\"']$", line) and not sentences:
            context.append(line.strip(" |"))
            continue
        for sentence in split_sentences(line):
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


def foreground_end(sentence: str, published: date | None) -> int | None:
    """Where a sentence turns to background (history, trials, totals, an earlier year), or None.

    "Attacks killed 93 people, the bloodiest day since attacks in 2011 left 130 dead": figures
    before the turn describe this incident, figures after it do not.
    """
    if RUNNING_TOTAL_RE.search(sentence):
        return 0
    positions = [m.start() for m in BACKGROUND_RE.finditer(sentence) if not _fresh_toll(sentence, m)][:1]
    if published is not None:
        positions += [_year_clause_start(sentence, m.start()) for m in YEAR_RE.finditer(sentence) if int(m.group(1)) < published.year][:1]
        positions += [
            m.start() for m in BARE_MONTH_RE.finditer(sentence) if (published.month - MONTH_NUMBERS[m.group(1)]) % 12 >= HISTORY_MONTHS
        ][:1]
    return min(positions) if positions else None


CLAUSE_JOIN_RE = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")


# "BLA fighters seized the Jaffar Express in March 2025, taking hundreds hostage": the year dates the main clause.
DATED_IN_YEAR_RE = re.compile(
    r",?\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?$"
)


def _year_clause_start(sentence: str, position: int) -> int:
    """Where the past a year names begins: its clause, or the whole sentence when the year dates the main verb."""
    start = _clause_start(sentence, position)
    dated = DATED_IN_YEAR_RE.search(sentence, 0, position)
    if start == position and dated and SIMPLE_CLAUSE_RE.fullmatch(sentence, 0, dated.start()) and not RECENT_DAY_RE.search(sentence):
        return 0
    return start


# One plain clause: no aside, relative clause or comparison that could hold the year instead.
SIMPLE_CLAUSE_RE = re.compile(r"(?!(?:[^,()]|(?<=\d),(?=\d))*\b(?:who|which|that|since|(?<!more\s)(?<!less\s)(?<!fewer\s)than|after|before|ago)\b)(?:[^,()]|(?<=\d),(?=\d)){5,90}", re.IGNORECASE)


RECENT_DAY_RE = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last\s+night|today)\b", re.IGNORECASE)


def _clause_start(sentence: str, position: int) -> int:
    """Where the clause holding `position` begins ("..., and several journalists were killed in 2024")."""
    joins = [m.end() for m in CLAUSE_JOIN_RE.finditer(sentence, 0, position)]
    return joins[-1] if joins else position


# "A rebel attack in Beni has killed at least 11 people": an attack that "has killed" is news, unlike an
# insurgency that "has killed more than 35,000".
FRESH_TOLL_SUBJECT_RE = folded(
    r"\b(?:attack|bombing|blast|explosion|bomb|ambush|raid|shooting|assault|strike|gunmen|bomber|fire|massacre)s?\s+"
    r"(?:[\w'’,-]+\s+){0,14}?$",
    re.IGNORECASE,
)


def _fresh_toll(sentence: str, match: re.Match) -> bool:
    """True when a "has killed N" background match reports the toll of the attack the sentence names."""
    if not re.match(r"ha(?:ve|s|d)\s", match.group(0), re.IGNORECASE):
        return False
    return bool(FRESH_TOLL_SUBJECT_RE.search(sentence, 0, match.start())) and not RUNNING_TOTAL_RE.search(sentence)


def is_background(sentence: str, published: date | None) -> bool:
    """True when a sentence is background from its start (nothing in it reports a new incident)."""
    end = foreground_end(sentence, published)
    return end is not None and end < 15


def _place_keys(sentence: str) -> set[tuple[str, str]]:
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
    for index, sentence in enumerate(sentences):
        if not might_mention_violence(sentence) or SPORT_RE.search(sentence):
            continue  # "their midfield was overrun ... completed the execution in stoppage time"
        event = is_event_sentence(sentence)
        lowered = sentence.lower()
        zero = any(cue in lowered for cue in ZERO_CUES) and any(pattern.search(sentence) for pattern, _ in ZERO_PATTERNS)
        claim = is_claim(sentence)
        if claim and is_background(sentence, published):
            claim = False  # "In July 2023, a bombing ... killed 60 people, an attack claimed by the same group"
        blamed = claim or is_blame(sentence)
        if not (event or blamed or zero):
            if current is not None and FOLLOW_UP_FIGURE_RE.search(sentence) and index - current.indexes[-1] <= ATTACH_GAP and sentence_observations(sentence, index):
                # "Eleven other passengers were being treated", "made it possible to neutralise 21 assailants": the
                # incident's wounded, and the attackers the response killed (never an incident of their own)
                current.indexes.append(index)
            continue
        limit = foreground_end(sentence, published)
        foreground = sentence if limit is None else sentence[:limit]
        observations = [o for o in sentence_observations(sentence, index, limit=limit) if o.best > 0] if event else []
        anaphora = bool(ANAPHORA_RE.search(sentence))
        specific = bool(SPECIFIC_EVENT_RE.search(foreground)) and is_strong_violence(foreground)
        if GENERIC_EVENT_RE.match(sentence):
            observations, specific = [], False
        incident = (event and (bool(observations) or specific or index in distinct_tails)) or (claim and current is None and limit is None)
        if incident and not (anaphora and current is not None and not NEW_INCIDENT_RE.match(sentence)):
            places = _place_keys(foreground)
            day = _sentence_day(foreground, published)
            earlier = _earlier_mention(mentions, current, places, day)
            if earlier is None and current is not None:
                earlier = _tail_by_method(sentences, mentions, current, sentence, places, day)
            if earlier is not None and not NEW_INCIDENT_RE.match(sentence):
                current = earlier  # back to an incident already reported at this place ("In the Tahoua region, ...")
            elif current is None or index in distinct_tails or _starts_new(sentence, current, places, day, bool(observations)):
                if day is None and current is not None and HOURS_SHIFT_RE.match(sentence):
                    day = current.day  # "Hours earlier, ...": the day of the incident just told
                lead = current if index in joined_tails and current is not None and index - 1 in current.indexes else None
                pending = None if lead is not None else _pending_tail(mentions, current, places, day)
                if pending is not None:
                    # "About eight hours later, a bomb hidden in a culvert exploded": the lead's second incident, told now
                    pending.lead_tail = False
                    current = pending
                    current.add(index, places, day, bool(observations))
                    continue
                current = Mention()
                mentions.append(current)
                current.indexes.extend(_lead_in(sentences, index, mentions, published))
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
        if current is None:
            continue
        if SECTION_LABEL_RE.match(sentence):
            current = None  # "WHAT WE'RE READING - A new report on kidnapping": a digest's next section, not a follow-up
            continue
        if len(mentions) > 1 and event:
            places = _place_keys(foreground)
            earlier = _earlier_mention(mentions, current, places, None) if places else None
            if earlier is not None and (observations or zero or limit is None):
                current = earlier  # "Headman X was riding home in Nong Chik district when ...": back to the Pattani killing
                current.indexes.append(index)
                continue
        gap = index - max(current.indexes[-1], current.resumed_at)
        # "No one was hurt", "one of the injured later died": follow-ups of the article's only incident, however far down
        zero_before_background = zero and any(pattern.search(foreground) for pattern, _ in ZERO_PATTERNS)
        # "The Gran Grif gang ... claimed the hijacking in a video": a claim of the article's only incident, however far down
        follow_up = len(mentions) == 1 and (zero_before_background or (limit is None and (bool(LATER_DEATHS_RE.search(sentence)) or claim)))
        if follow_up or (anaphora and gap <= ATTACH_GAP + 1) or (blamed and gap <= CLAIM_ATTACH_GAP) or (
            gap <= ATTACH_GAP and (observations or zero or (event and limit is None))
        ):
            current.indexes.append(index)
            current.has_casualties = current.has_casualties or bool(observations)
            if event:
                # "The bus hit the device ... between Fada N'Gourma and Kantchari": where this incident is, too
                current.places |= _place_keys(foreground)
    if len(mentions) > 2:
        # "The UN condemned two attacks that had killed dozens": a lead that only rolls up the incidents told below it
        mentions = [m for m in mentions if not (m.indexes == [0] and ROLL_UP_RE.search(sentences[0]))]
    if len(mentions) > 1:
        # "Police blamed both attacks on ...", "No group claimed either attack": a sentence about every incident
        for index, sentence in enumerate(sentences):
            if EVERY_ATTACK_RE.search(sentence) and (is_claim(sentence) or BLAME_RE.search(sentence) or "claim" in sentence.lower()):
                for mention in mentions:
                    if index not in mention.indexes:
                        mention.indexes = sorted(mention.indexes + [index])
    return mentions


def _lead_in(sentences: list[str], index: int, mentions: list[Mention], published: date | None) -> list[int]:
    """The sentence just before a new mention when it sets the scene ("PKK used a car bomb to attack ...")."""
    previous = index - 1
    taken = {i for mention in mentions for i in mention.indexes}
    if previous < 0 or previous in taken:
        return []
    sentence = sentences[previous]
    if is_event_sentence(sentence) and foreground_end(sentence, published) is None:
        if is_strong_violence(sentence) or find_groups(sentence):
            return [previous]  # "The ADF attacked army positions in Beni. They killed 15 people."
    return []


def _earlier_mention(mentions: list[Mention], current: Mention | None, places: set[tuple[str, str]], day: date | None) -> Mention | None:
    """An earlier mention at the sentence's place, or on its day, when the current one is elsewhere or undated."""
    if current is None:
        return None
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


def _starts_new(sentence: str, current: Mention, places: set[tuple[str, str]], day: date | None, casualties: bool) -> bool:
    toll_update = HOURS_SHIFT_RE.match(sentence) and TOLL_WORD_RE.search(sentence)  # "Hours later, the death toll stood at 21"
    if NEW_INCIDENT_RE.match(sentence) or (TIME_SHIFT_RE.match(sentence) and not toll_update) or (
        casualties and SEPARATE_EVENT_RE.search(sentence)
    ):
        return True
    if LATER_DEATHS_RE.search(sentence) or FOLLOW_UP_RE.search(sentence):
        return False
    if day is not None and current.day is not None and day != current.day and (casualties or LEADING_DAY_RE.match(sentence)):
        return True  # "On Sunday, unidentified men set fire to ...": a paragraph led by another day is another incident
    if casualties and current.has_casualties and places and current.places and not (places & current.places):
        return True
    if (LEADING_PLACE_RE.match(sentence) or SHORT_TIME_SHIFT_RE.match(sentence)) and places and current.places and not (places & current.places):
        return True  # "In Jonglei, armed men raided a cattle camp": a paragraph led by another place
    return False


LEADING_PLACE_RE = re.compile(
    r"^\s*(?:In|Further\s+(?:east|west|north|south)\s+in|Elsewhere\s+in)\s+(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+"
    r"(?:\s+(?:province|state|region|district|county|governorate|department))?\s*,"
)
