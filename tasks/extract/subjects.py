"""Long victim subjects: find the main verb of a counted subject however long the noun phrase is.

The casualty patterns read a count's verb right after its noun, with a few listed asides between. Real reports
put much more there: places ("Two children from the same family died"), unit names ("Three members of a police
mobile patrol were shot"), name lists ("Eight officers, including X and Y are killed") and relative clauses
("127 civilians, who were travelling in 3 buses to Trincomalee were killed"). Instead of listing aside shapes,
this walks forward from the counted noun word by word to the first verb of the main clause, skipping brackets and
one verb inside a relative clause, and gives up at anything that shows the count is not that verb's subject: a
clause boundary, another top-level count, or an active past verb ("Three gunmen attacked a village where ...").
"""

from __future__ import annotations

import re

# Words and marks a walk reads one at a time.
TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*|[^\sA-Za-z\d]")
# A finite verb that may start the main predicate: an auxiliary or a death verb used alone.
PREDICATE_STARTS = frozenset("were was are is have has had died perished succumbed".split())
# Where the count's own clause ends: the verb after these belongs to another clause.
CLAUSE_BREAKS = frozenset(
    ". ; ! ? : when where after as while but because since before until whereas although though killing leaving "
    "injuring wounding said says according".split()
)
# Words that open a relative clause about the counted people: its own first verb is skipped.
RELATIVE_OPENERS = frozenset("who whom which that".split())
# Words after which a number is part of the subject's description, not another subject ("including X and 2 others").
ASIDE_OPENERS = frozenset("including among from of in with aged".split())
# Numbers written as words, which start another top-level count ("Three gunmen and two civilians ...").
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty hundred dozen dozens scores".split()
)
# -ed words that describe a noun rather than act: "members of the armed forces", "the so-called X", "Allied".
ADJECTIVE_ED = frozenset("armed united allied so-called masked unidentified suspected alleged retired related".split())
MAX_WORDS = 40
# After the verb: a running total or a habit, not one incident's toll ("mayors have been murdered in Mexico since
# 2006", "drivers are killed every year"). Checked here because a long subject is often such a background class.
RUNNING_TOTAL_AFTER_RE = re.compile(
    r"(?:\s+(?!since\b)[\w'’-]+){0,4}?\s+(?:since\b|(?:every|each|per|a)\s+(?:year|month|week)\b|annually\b|this\s+year\b|so\s+far\b)",
    re.IGNORECASE,
)


def is_running_total(sentence: str, predicate_end: int) -> bool:
    """Whether the words after a long subject's verb make its figure a running total or a habit."""
    return RUNNING_TOTAL_AFTER_RE.match(sentence, predicate_end) is not None


def long_subject_predicate_start(sentence: str, start: int) -> int | None:
    """Where the main-clause verb of the subject that ends its head noun at `start` begins, or None if unsure."""
    in_relative = relative_verb_seen = in_aside = False
    depth = 0
    previous = ""
    for number, token in enumerate(TOKEN_RE.finditer(sentence, start)):
        if number >= MAX_WORDS:
            return None
        word = token.group().lower()
        if word == "(":
            depth += 1
        elif word == ")":
            depth = max(0, depth - 1)
        elif depth:
            pass  # a bracketed aside says nothing about the verb
        elif word in PREDICATE_STARTS:
            if previous == "and" and not in_relative:
                return None  # "had been injured, one of them seriously, and were treated": a second verb of an earlier subject
            if in_relative and not relative_verb_seen:
                relative_verb_seen = True  # "who were travelling ...": the relative clause's own verb
            else:
                return token.start()
        elif word in CLAUSE_BREAKS:
            return None
        elif word in RELATIVE_OPENERS:
            if in_relative:
                return None  # a second relative clause: too far to tell
            in_relative = True
        elif word in ASIDE_OPENERS:
            in_aside = True
        elif word == ",":
            in_aside = False
        elif word[0].isdigit() or word in NUMBER_WORDS:
            if not (in_aside or in_relative):
                return None  # another count of its own: the verb may be its
        elif word.endswith("ed") and len(word) > 4 and word not in ADJECTIVE_ED and previous not in ("the", "a", "an"):
            if in_relative and not relative_verb_seen:
                relative_verb_seen = True  # "who carried out tasks on a farm"
            else:
                return None  # "Three gunmen attacked a village": an active verb, so not a victim subject
        previous = word
    return None
