"""Where a sentence turns to background: history, trials, totals and past dates, as opposed to the news it reports."""

from __future__ import annotations

import re
from datetime import date

from .tallies import tally_start
from .text import folded
from .segment_patterns import (
    BACKGROUND_RE, BARE_MONTH_RE, HISTORY_MONTHS, MONTH_NUMBERS, NEWS_DAY_RE, RUNNING_TOTAL_RE, SIMPLE_CLAUSE_RE, YEAR_RE,
)

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
            _dated_clause_start(sentence, m.start()) for m in BARE_MONTH_RE.finditer(sentence)
            if (published.month - MONTH_NUMBERS[m.group(1)]) % 12 >= HISTORY_MONTHS
        ][:1]
    positions += [_dated_clause_start(sentence, m.start()) for m in DATING_TAIL_RE.finditer(sentence)][:1]
    if (tally := tally_start(sentence)) is not None:
        positions.append(tally)  # "the two attacks left five dead": several incidents' toll, no one incident's
    return min(positions) if positions else None


CLAUSE_JOIN_RE = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")


# "BLA fighters seized the Jaffar Express in March 2025, taking hundreds hostage": the year dates the main clause.
DATED_IN_YEAR_RE = re.compile(
    r",?\s+in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?$"
)


# A short place phrase set before the clause it places ("In Izeh itself, gunmen opened fire ... in November 2022").
LEADING_SETTING_RE = re.compile(r"(?:In|At|Near|Outside|Inside)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+")


def _year_clause_start(sentence: str, position: int) -> int:
    """Where the past a year names begins: its clause, or the whole sentence when the year dates the main verb."""
    start = _clause_start(sentence, position)
    dated = DATED_IN_YEAR_RE.search(sentence, 0, position)
    setting = LEADING_SETTING_RE.match(sentence)
    lead = setting.end() if setting else 0
    if start == position and dated and SIMPLE_CLAUSE_RE.fullmatch(sentence, lead, dated.start()) and not NEWS_DAY_RE.search(sentence):
        return 0
    if dated:
        # "It recalled that gunmen killed 60 traders in Tillia in June 2025": the year dates the reported clause
        return min(start, _dated_clause_start(sentence, dated.start()))
    return start


# A time phrase that closes a clause and dates all of it in the past, or spreads it over a period: "Jihadist attacks
# killed 1,400 civilians in central Mali last year", "gunmen killed seven teachers in Mopti two years ago", "militants
# killed 310 officers during the year", "bandits raid villages almost every week". The figures before it are no news.
DATING_TAIL_RE = folded(
    r"\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|\d+|several|many)\s+(?:years?|months?|decades?)\s+ago|"
    r"last\s+(?:year|January|February|March|April|May|June|July|August|September|October|November|December)|"
    r"(?:during|over|throughout)\s+the\s+(?:year|period|quarter)|"
    # a time counted from another, earlier one: "killed a commander the following week" (news counts from today)
    r"the\s+(?:following|next)\s+(?:week|month|year)|(?:almost|nearly|virtually)\s+every\s+(?:day|week|month|night)|"
    # a span of this year's months is a period's total, not a day's news: "killed 900 people between January and
    # September" (a span with its year, "between September and December 1974", may date one long event)
    r"(?:between|from)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+"
    r"(?:and|to|through)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?!,?\s+\d{4}))\b",
    re.IGNORECASE,
)
# A report's frame around the dated clause: "The agency noted that", "It recalled that", "officials said".
# The frame's own day dates the statement: "A research group said on Monday that ...".
REPORT_FRAME_RE = re.compile(
    r"\b(?:said|says|recalled|noted|added|reported|stated|cited|wrote|found|showed)\s+"
    r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?(?:that\s+)?",
    re.IGNORECASE,
)
# A comparison, not a date of the clause: "the deadliest since last year", "more than two years ago".
COMPARED_RE = re.compile(r"\b(?:since|than|until|from|before|after)\s+$", re.IGNORECASE)


def _dated_clause_start(sentence: str, position: int) -> int:
    """Where the clause a closing past-time phrase dates begins, when it is one plain clause with no news day; else the phrase."""
    if COMPARED_RE.search(sentence, max(0, position - 8), position):
        return position
    start = _clause_start(sentence, position)
    start = 0 if start == position else start
    frames = [m.end() for m in REPORT_FRAME_RE.finditer(sentence, start, position)]
    start = frames[-1] if frames else start
    body = sentence[start:position].rstrip(" ,")
    if SIMPLE_CLAUSE_RE.fullmatch(body) and not NEWS_DAY_RE.search(body):
        return start
    # "a shopkeeper, whose brother was shot dead in 1998, said ...": the past date belongs to the relative clause it closes;
    # "The seat fell vacant after the MP was shot dead in April": and to the time clause it closes
    openers = list(RELATIVE_OPENER_RE.finditer(sentence, start, position)) or list(TIME_CLAUSE_OPENER_RE.finditer(sentence, start, position))
    if openers:
        clause = sentence[openers[-1].end() : position].rstrip(" ,")
        if SIMPLE_CLAUSE_RE.fullmatch(clause) and not NEWS_DAY_RE.search(clause):
            return openers[-1].start()
    return position


# A non-restrictive relative clause set off by a comma: its own time, not the main clause's.
RELATIVE_OPENER_RE = re.compile(r",\s+(?:whose|who|which|where|when)\s+", re.IGNORECASE)
# A time clause led by its conjunction and a subject: "after the area MP was shot dead", "when gunmen stormed the hall".
TIME_CLAUSE_OPENER_RE = re.compile(r"\s(?:after|when|before)\s+(?=(?:a|an|the|his|her|its|their|gunmen|militants)\s)", re.IGNORECASE)



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


# A trailing clause that sets the news after another, earlier event: "..., a day after a village headman was shot
# dead in Yala", "..., days after a deadly attack on a police station". How that event was carried out is not how
# this one was. A sentence-initial "Two days after the attack, the toll rose" is news and is not matched.
EARLIER_EVENT_RE = folded(
    r",\s+(?:just\s+|only\s+)?(?:a\s+day|a\s+week|(?:two|three|four|five|six|several|a\s+few|\d+)\s+(?:days|weeks)|days|hours|weeks)"
    r"\s+after\s+(?:a|an|the|another)\b",
    re.IGNORECASE,
)
# The same dating told first: "A day after the ambush, soldiers clashed with the rebels": the ambush named in the
# opener is the earlier event, the rest of the sentence is the news.
EARLIER_EVENT_OPENER_RE = folded(
    r"^\s*(?:a|one|two|three|four|five|several|a\s+few|\d+)?\s*(?:days?|hours|weeks?|nights?)\s+after\s+(?:the|a|an)\s+"
    r"(?:[\w-]+\s+){0,3}?[\w-]+,",
    re.IGNORECASE,
)


def news_bounds(sentence: str) -> tuple[int, int]:
    """The part of a sentence that tells its own news, without an earlier event it is dated by ("..., a day after X")."""
    trailing = EARLIER_EVENT_RE.search(sentence)
    opener = EARLIER_EVENT_OPENER_RE.match(sentence)
    return (opener.end() if opener else 0), (trailing.start() if trailing else len(sentence))
