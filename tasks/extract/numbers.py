"""Counts in text: number words, digits, vague quantities and composed count phrases."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .people import BODY_NOUNS, NON_PERSON_NOUNS, PERPETRATOR_NOUNS, PERSON_SINGULAR, is_man_compound
from .text import compile_alternation, folded

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# Larger than everyone alive: no count of people exceeds it. A longer digit string (hostile or garbled)
# is capped here rather than overflow to float infinity or past the warehouse's int64 columns.
MAX_NUMBER = 10**10
# Vague quantities: (low, best, high). Coders read "dozens" as at least 24 and keep the low end.
VAGUE_COUNTS: dict[str, tuple[int, int, int | None]] = {
    "dozens": (24, 24, None),
    "scores": (40, 40, None),
    "hundreds": (200, 200, None),
    "thousands": (2000, 2000, None),
    "tens": (20, 20, None),
    "several": (3, 3, None),
    "a few": (2, 3, 9),
    "a handful": (2, 3, 9),
    "a couple": (2, 2, 2),
    "a pair": (2, 2, 2),
    "both": (2, 2, 2),
    "a dozen": (12, 12, 12),
    "half a dozen": (6, 6, 6),
}
DOZEN_MULTIPLE = re.compile(r"^(\w+)\s+dozen$")
# Qualifiers before a number and the kind of bound they set.
QUALIFIERS: dict[str, str] = {
    "at least": "at_least", "more than": "at_least", "over": "at_least", "upwards of": "at_least",
    "in excess of": "at_least", "no fewer than": "at_least", "no less than": "at_least", "a minimum of": "at_least",
    "up to": "at_most", "as many as": "at_most", "nearly": "at_most", "almost": "at_most", "fewer than": "at_most",
    "less than": "at_most", "at most": "at_most", "close to": "at_most", "just under": "at_most",
    "about": "approximate", "around": "approximate", "approximately": "approximate", "roughly": "approximate",
    "some": "approximate", "an estimated": "approximate", "estimated": "approximate", "reportedly": "approximate",
    "another": "additional", "a further": "additional", "an additional": "additional", "additional": "additional",
    "a total of": "exact", "all": "exact", "all the": "exact", "the": "exact", "only": "exact", "just": "exact",
    "at least another": "additional", "the other": "exact", "all of the": "exact",
}
MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()

_SMALL = rf"(?:(?:{'|'.join(TENS)})(?:[\s-]+(?:{'|'.join(k for k in UNITS if UNITS[k] < 10 and UNITS[k] > 0)}))?|{'|'.join(sorted(UNITS, key=len, reverse=True))})"
_WORD_NUMBER = rf"(?:(?:{_SMALL}|a)[\s-]+(?:hundred|thousand|million)(?:[\s-]+(?:and[\s-]+)?{_SMALL})?|(?:{_SMALL}|a|half\s+a)\s+dozen|{_SMALL})"
_DIGITS = r"(?<![\w$#.,:/-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:million|thousand|hundred))?(?![\w%:/]|\.\d|-year|-month|-day|-hour)"
_RANGE_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?![\w%:/])"
_VAGUE = compile_alternation([k for k in VAGUE_COUNTS if k not in ("a dozen", "half a dozen")])
_QUALIFIER = compile_alternation(list(QUALIFIERS))
_ORDINALS = (
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
    "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
)
_ARTICLE_ONE = rf"(?:another|the\s+other|a\s+(?:{'|'.join(_ORDINALS)})|an?|one|the|a\s+single|their|his|her|its)"
# "and" separates a range only after "between" ("between 10 and 15"); elsewhere it joins counts.
_RANGE_SEP = r"(?:\s*(?:-|to|or)\s*|(?(between)\s+and\s+|(?!)))"

NUMBER_RE = folded(
    rf"\b(?:(?P<qualifier>(?:{_QUALIFIER})(?:\s+(?:{_QUALIFIER}))?)\s+)?"
    rf"(?P<between>between\s+)?"
    rf"(?:(?P<digits>{_DIGITS})|(?P<words>{_WORD_NUMBER})\b|(?P<vague>{_VAGUE})\b|(?P<article>{_ARTICLE_ONE})\b)"
    rf"(?:(?P<range_sep>{_RANGE_SEP})(?P<range_high>{_RANGE_DIGITS}|{_WORD_NUMBER}\b))?"
    rf"(?P<plus>\s*\+|\s+or\s+more|\s+plus)?",
    re.IGNORECASE,
)
_AGE = r"\d{1,3}-(?:year|month)s?-old"
AGE_RE = re.compile(_AGE)
# A dotted initialism ("U.S.", "U.N.") is one word of the noun phrase: "two U.S. soldiers" counts the soldiers
WORD_RE = re.compile(rf"\s*({_AGE}|(?:[A-Z]\.){{2,}}|[A-Za-z][\w'-]*|\(|\))")
# Words that end a count's noun phrase: verbs, auxiliaries, prepositions, conjunctions.
NOUN_STOP_WORDS = frozenset(
    """
    a an the this that these those its their his her
    were was is are be been being had has have got get gets will would could may might did do does
    and or but nor while when where after before during since until as with without by from in on at into
    onto near inside outside across through between against toward towards under over than that which who
    whom whose what if because though although so then also reportedly allegedly later including include
    includes included among amongst
    killed killing kills kill dead died dies die wounded wounding injured injuring hurt hurting kidnapped
    abducted kidnapping abducting missing taken held seized shot gunned executed beheaded murdered slain
    massacred perished lost succumbed left leaving remain remained remains said says told according
    reported confirmed claimed believed feared thought
    deaths fatalities injuries casualties
    stabbed stabbing rammed ramming attacked attacking opened fired firing detonated exploded blew stormed
    ambushed targeted targeting hit struck threw planted launched carried entered used shouting armed wearing
    riding driving stormed raided set burned burnt beheading executing to death
    sustained suffered received sustaining suffering receiving wounds survived escaped treated neutralised neutralized
    paid made embraced martyred fell
    """.split()
) | set(UNITS) | set(TENS)
PARTITIVES = frozenset({"of", "among", "amongst"})
PARTITIVE_DETERMINERS = frozenset({"the", "them", "those", "whom", "these", "its", "their", "his", "her"})
ARTICLE_DETERMINERS = frozenset({"the", "its", "their", "his", "her"})
MAX_NOUN_WORDS = 4  # content words on each side of a partitive "of"
# Words that mark a number as something other than a count of people.
NON_COUNT_NEXT_WORDS = frozenset(
    """
    year years yr month months week weeks day days hour hours minute minutes second seconds am pm a.m p.m
    gmt utc percent per cent km kilometres kilometers kilometre kilometer miles mile metres meters metre
    meter feet kg kilograms kilogram pounds tonnes tons degrees times o'clock
    """.split()
    # money: a bounty or a ransom ("three million pesos for each officer killed") is not a count of people
    + """
    dollars euros rupees naira pesos shillings francs dinars dirhams rials riyals afghanis taka cedis birr yuan yen
    lira roubles rubles baht kwacha kyats bolivars soles reais quetzales lempiras hryvnias leones
    """.split()
)
NON_COUNT_PREVIOUS_WORDS = frozenset(
    "no no. number route highway flight brigade division battalion unit room block sector gate phase level "
    "ak ak- platform terminal chapter article resolution paragraph section page mh su mig f aged age".split()
)
# Only "and" joins count groups: a bare comma more often starts an aside ("22 people, 5 of them children").
NON_COUNT_PREVIOUS_OR_MONTH = NON_COUNT_PREVIOUS_WORDS | set(MONTHS)
# "a mother, her two children and a neighbour": a list item may open with the first victim's possessive
LIST_COMMA_RE = re.compile(r"\s*,\s*(?:(?:his|her|their)\s+)?", re.IGNORECASE)
# "a farmer, Jean Kambale, his wife, ...": each item of a list of victims may carry its name (and age) in commas
NAMED_LIST_COMMA_RE = re.compile(r"\s*,\s*(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+(?:\s*,\s*\d{1,3})?\s*,\s*")
# "a woman and her two teenage sons", "four jawans, along with the civilian driver": one group of victims
JOIN_RE = folded(
    r"\s*(?:,\s*and\s+|\s+and\s+|,?\s+as\s+well\s+as\s+|,?\s+plus\s+|,\s+along\s+with\s+)",
    re.IGNORECASE,
)
# An active casualty verb right before the first group, and an auxiliary after the second, mean two
# clauses ("killed a soldier and three others were injured"), not one composed count.
AGENT_VERB_TAIL_RE = folded(r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|left|leaving)\s*$", re.IGNORECASE)
AUXILIARY_AFTER_RE = folded(r"\s*(?:were|was|are|is|had|have|has)\b", re.IGNORECASE)
@dataclass(frozen=True)
class Count:
    """A count phrase: its value range, qualifier, noun words and span in the sentence."""

    best: int
    low: int | None
    high: int | None
    start: int
    end: int
    text: str
    nouns: str = ""
    qualifier: str | None = None  # at_least | at_most | approximate | additional | vague | range | exact
    singular_article: bool = False  # "a soldier", "the gunman": worth 1 because the noun is a person
    parts: tuple[tuple[int, int | None, int | None, str], ...] = ()  # (best, low, high, nouns) of composed groups


def word_number_value(text: str) -> int | None:
    """The value of a spelled-out number ("twenty-five", "a hundred and ten", "two dozen")."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w and w != "and"]
    if not words:
        return None
    joined = " ".join(words)
    if joined in VAGUE_COUNTS:
        return VAGUE_COUNTS[joined][1]
    multiple = DOZEN_MULTIPLE.match(joined)
    if multiple:
        base = 1 if multiple.group(1) == "a" else word_number_value(multiple.group(1))
        return None if base is None else base * 12
    total, current = 0, 0
    for word in words:
        if word == "a":
            current = 1
        elif word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in ("thousand", "million"):
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
    return total + current


def parse_number(text: str) -> int | None:
    """The value of a number written in digits ("1,500", "2.5 million") or words ("twelve")."""
    text = text.strip()
    match = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s+(million|thousand|hundred))?", text, re.IGNORECASE)
    if match:
        value = float(match.group(1).replace(",", "") + ("." + match.group(2) if match.group(2) else ""))
        if match.group(3):
            value *= SCALES[match.group(3).lower()]
        return int(min(value, MAX_NUMBER))
    return word_number_value(text)


# "of a/an" before an armed band told by its kind ("of a local armed group", "of a Colombian guerrilla faction"):
# the band is the members' owner, not a second count. Only bands: "two sons of a policeman" keeps the policeman
# out of the victims' nouns, which the target type reads.
INDEFINITE_OWNER_RE = re.compile(
    r"\s+(an?)(?=\s+(?:[\w-]+\s+){0,2}(?:armed|rebel|insurgent|terrorist|militant|jihadist|extremist|criminal|guerrilla)\s+"
    r"(?:group|groups|gang|gangs|organi[sz]ation|band|cell|faction)\b)",
    re.IGNORECASE,
)


# A capitalised word on each side of an "and": an organisation's name ("National Database and Registration Authority")
NAME_WORD_BEFORE_RE = re.compile(r"[A-Z][\w'’.-]*\s+$")
NAME_WORD_AFTER_RE = re.compile(r"\s+[A-Z][\w'’.-]*\s+[A-Z(]")


def _inside_name(sentence: str, start: int, end: int) -> bool:
    """Whether the "and" between `start` and `end` joins two capitalised words of one name, not two counts."""
    return NAME_WORD_BEFORE_RE.search(sentence, max(0, start - 30), start + 1) is not None and NAME_WORD_AFTER_RE.match(sentence, end) is not None


def _noun_words(sentence: str, position: int) -> tuple[str, int]:
    """The noun words after a number ("soldiers", "members of the security forces") and where they end."""
    words: list[str] = []
    end = position
    seen_partitive = False
    content_words = 0
    while content_words < MAX_NOUN_WORDS:
        match = WORD_RE.match(sentence, end)
        if not match:
            break
        word = match.group(1)
        lower = word.lower()
        if word in "()":
            if word == "(":
                close = sentence.find(")", match.end())
                if 0 <= close - match.end() <= 40:  # an aside such as "(CAF)" inside the noun phrase
                    end = close + 1
                    continue
            break
        if lower == "of" and words and not seen_partitive and (indefinite := INDEFINITE_OWNER_RE.match(sentence, match.end())):
            # "six members of a guerrilla faction": the band is part of the phrase, not a second count of people
            # (the article is kept: GENERIC_ARMED_GROUP_RE reads "of a")
            seen_partitive = True
            content_words = 0
            words.extend(("of", indefinite.group(1).lower()))
            end = indefinite.end()
            continue
        if lower in PARTITIVES and not seen_partitive:
            following = WORD_RE.match(sentence, match.end())
            if not following or following.group(1).lower() in NOUN_STOP_WORDS - PARTITIVE_DETERMINERS:
                break
            seen_partitive = True
            content_words = 0
            words.append(lower)
            end = match.end()
            if following.group(1).lower() in PARTITIVE_DETERMINERS:
                words.append(following.group(1).lower())
                end = following.end()
            continue
        if AGE_RE.fullmatch(lower):
            end = match.end()  # "a 67-year-old woman": an age describes the person counted
            continue
        if lower == "and" and seen_partitive and _inside_name(sentence, end, match.end()):
            words.append(lower)  # "employees of the Ministry of Justice and Human Rights": the "and" is the name's
            end = match.end()
            continue
        if lower == "armed" and words and (words[-1] in PARTITIVE_DETERMINERS or seen_partitive):
            pass  # "members of the (local) armed group": after a partitive "armed" describes the group, not a clause
        elif lower in NOUN_STOP_WORDS or lower in MONTHS or lower[:1].isdigit():
            break
        if words and lower.endswith("ing") and len(lower) > 5 and not seen_partitive and not POSSESSIVE_WORD_RE.search(words[-1]):
            # "a shepherd grazing his flock", "two labourers working at a kiln": a participle clause follows the head;
            # after a possessive the -ing word is an adjective in the phrase ("the post's commanding officer")
            break
        words.append(lower)
        content_words += 1
        end = match.end()
    while words and (words[-1] in PARTITIVES or words[-1] in ARTICLE_DETERMINERS):
        words.pop()
    return " ".join(words), end if words else position


def qualifier_kind(qualifier_text: str | None) -> str:
    """The bound a qualifier phrase sets: the kind of its longest known leading qualifier."""
    if not qualifier_text:
        return "exact"
    words = " ".join(qualifier_text.lower().split())
    if words in QUALIFIERS:
        return QUALIFIERS[words]
    prefix = max((q for q in QUALIFIERS if words.startswith(q + " ")), key=len, default=None)
    return QUALIFIERS[prefix] if prefix else "exact"


def _bounds(qualifier_text: str | None, value: int) -> tuple[int | None, int, int | None, str]:
    kind = qualifier_kind(qualifier_text)
    if kind == "at_least":
        return value, value, None, kind
    if kind == "at_most":
        return None, value, value, kind
    return value, value, value, kind


def _previous_word(sentence: str, start: int) -> str:
    match = re.search(r"([\w.-]+)\s*$", sentence[max(0, start - 20) : start])
    return match.group(1).lower() if match else ""


_STRIP_PUNCTUATION = str.maketrans({c: " " for c in ",.;:()\"!?"})


# Words that stand for one more victim when a verb or the clause's end follows ("a third was wounded").
ORDINAL_ONE = frozenset({"another", "the other", *(f"a {ordinal}" for ordinal in _ORDINALS)})
# "a third officer": the ordinal's rank, read by the toll rule when that person is told dead after the others
ORDINAL_VALUES = {ordinal: rank for rank, ordinal in enumerate(_ORDINALS, start=2)}
ORDINAL_RANK = {f"a {ordinal}": rank for ordinal, rank in ORDINAL_VALUES.items()}


def ordinal_rank(count: Count) -> int | None:
    """The rank of an ordinal one-person count ("a third officer" -> 3), or None for any other count."""
    words = count.text.lower().split()
    return ORDINAL_RANK.get(" ".join(words[:2])) if count.best == 1 and len(words) >= 2 else None
# A body after an ordinal ("a fourth body"): the dead counted one more by the body found.
ORDINAL_BODY_RE = re.compile(r"\s+(body|corpse)\b", re.IGNORECASE)
# A possessive word: what follows it belongs to the same noun phrase.
POSSESSIVE_WORD_RE = re.compile(r"['’]s?$")
# After "another" / "the other": a verb or the clause's end, so it stands for one more victim.
OTHER_VICTIM_AFTER_RE = re.compile(
    r"\s*(?:[,.;)]|$|(?:was|were|is|had|has|later|also|seriously|critically|badly|slightly|gravely|severely|sustained|suffered|"
    # "wounded a third before escaping": a conjunction after the word ends the phrase too
    r"wounded|injured|hurt|died|succumbed|before|as|when|while)\b)",
    re.IGNORECASE,
)


def _person_word_follows(sentence: str, position: int) -> bool:
    """Cheap test: is one of the next few words a person noun ("a [senior police] officer")?"""
    words = sentence[position : position + 80].lower().translate(_STRIP_PUNCTUATION).split()[:6]
    return any(_names_person(w) or w == "couple" for w in words)


# "a couple of hours": a vague two of something; "a couple" with no "of" is husband and wife
COUPLE_OF_RE = re.compile(r"\s+of\b", re.IGNORECASE)
AND_WIFE_RE = re.compile(r"\s+and\s+wife\b", re.IGNORECASE)


def _names_person(word: str) -> bool:
    # "a police sub-officer", "a vice-chairman": the last part of a hyphenated word names the person
    return (
        word in PERSON_SINGULAR or word.rsplit("-", 1)[-1] in PERSON_SINGULAR or word in PERPETRATOR_NOUNS or word == "person"
        or is_man_compound(word)
    )


# People counted as one group joined by "and" with no number of their own: "ten women and children"
PAIRED_PEOPLE = frozenset("women children men girls boys".split())
PAIRED_PEOPLE_RE = re.compile(r"\s+and\s+(women|children|men|girls|boys)\b(?!\s+(?:of|who)\b)", re.IGNORECASE)


def _single_count(sentence: str, match: re.Match) -> Count | None:
    """One count group from a NUMBER_RE match, or None when the number is not a count of people."""
    qualifier_text = match.group("qualifier")
    article = match.group("article")
    if article and not _person_word_follows(sentence, match.end()):
        body = ORDINAL_BODY_RE.match(sentence, match.end())
        if body and " ".join(article.lower().split()) in ORDINAL_ONE:
            # "rescuers pulled a fourth body from the rubble": one more dead, after the ones already counted
            return Count(1, 1, 1, match.start(), body.end(), sentence[match.start() : body.end()], "body", "additional", True, ((1, 1, 1, "body"),))
        if " ".join(article.lower().split()) not in ORDINAL_ONE or not OTHER_VICTIM_AFTER_RE.match(sentence, match.end()):
            return None  # most "a"/"the" are not counts; skip the noun-phrase reading for them
        # "one was killed and another wounded", "killing one and wounding the other": one more person
        end = match.end()
        return Count(1, 1, 1, match.start(), end, sentence[match.start() : end], "", "exact", True, ((1, 1, 1, ""),))
    nouns, noun_end = _noun_words(sentence, match.end())
    next_word = WORD_RE.match(sentence, match.end())
    first_noun = next_word.group(1).lower() if next_word else ""
    if first_noun in NON_COUNT_NEXT_WORDS or first_noun in MONTHS:
        return None
    start = match.start("qualifier") if qualifier_text else match.start()
    if _previous_word(sentence, match.start()) in NON_COUNT_PREVIOUS_OR_MONTH:
        return None
    singular_article = False
    if match.group("digits"):
        if not nouns and AGE_BEFORE_RE.search(sentence, 0, match.start()) and AGE_AFTER_RE.match(sentence, match.end()):
            return None  # "Sergeant Ramil Dacanay, 33, was killed": an age
        value = parse_number(match.group("digits"))
        if value is not None and 1900 <= value <= 2100 and "," not in match.group("digits"):
            if not nouns or (next_word and next_word.group(1)[:1].isupper()):
                return None  # a year, as in "in 2017" or "2015 Beirut bombings"
    elif match.group("words"):
        value = word_number_value(match.group("words"))
    elif match.group("vague"):
        low, best, high = VAGUE_COUNTS[" ".join(match.group("vague").lower().split())]
        if match.group("vague").lower() == "a couple" and not nouns and not COUPLE_OF_RE.match(sentence, match.end()):
            nouns, noun_end = "couple", match.end()  # "killing a couple and their three children": two people, a noun
        return Count(best, low, high, start, noun_end, sentence[start:noun_end], nouns, "vague")
    else:
        head = nouns.split(" of ")[0].split()
        if head and head[-1] == "couple":
            # "an elderly couple", "a young couple and their son": husband and wife, two people
            return Count(2, 2, 2, start, noun_end, sentence[start:noun_end], nouns, "exact", False, ((2, 2, 2, nouns),))
        if head == ["husband"] and (wife := AND_WIFE_RE.match(sentence, noun_end)):
            # "a husband and wife": one couple, so two people told as one group
            end = wife.end()
            return Count(2, 2, 2, start, end, sentence[start:end], "husband and wife", "exact", False, ((2, 2, 2, "husband and wife"),))
        if not head or not any(_names_person(w) for w in head):
            return None  # "the attack", "a bomb": an article, not a count of people
        if re.search(r"\bGuards?\b", sentence[match.end() : noun_end]):
            return None  # "the District Reserve Guard", "the Republican Guard": a force's name, not one guard
        if " of " in nouns and head[-1] not in ("member", "one", "each", "some", "many"):
            cut = sentence.lower().find(" of ", match.end())
            if cut > 0:
                noun_end = cut
                nouns = " ".join(head)
        value, singular_article = 1, True
    if value is None:
        return None
    low, best, high, kind = _bounds(qualifier_text, value)
    if match.group("range_high"):
        high_value = parse_number(match.group("range_high"))
        if high_value is not None and high_value > value:
            low, best, high, kind = value, value, high_value, "range"
    if match.group("plus"):
        low, best, high, kind = value, value, None, "at_least"
    paired = PAIRED_PEOPLE_RE.match(sentence, noun_end) if nouns.split()[-1:] and nouns.split()[-1] in PAIRED_PEOPLE else None
    if paired is not None:
        noun_end, nouns = paired.end(), f"{nouns} and {paired.group(1).lower()}"  # "ten women and children": one group of ten
    end = max(noun_end, match.end())
    return Count(best, low, high, start, end, sentence[start:end], nouns, kind, singular_article, ((best, low, high, nouns),))


@lru_cache(maxsize=4096)
def find_counts(sentence: str) -> tuple[Count, ...]:
    """Count phrases in a sentence, composing joined groups ("a colonel and four soldiers" = 5); cached."""
    groups: list[Count] = []
    position = 0
    while (match := NUMBER_RE.search(sentence, position)) is not None:
        position = match.end()
        if match.group("range_high") and not _rising(match):
            # "the toll rose to 13 - four police officers and nine civilians": a dash before a smaller number is
            # punctuation, not a range; read the first number alone and the second as its own count
            match = NUMBER_RE.match(sentence, match.start(), match.start("range_sep"))
            position = match.end()
        if groups and match.start() < groups[-1].end:
            continue  # inside the previous count's noun phrase ("four of [the attackers]")
        count = _single_count(sentence, match)
        if count is not None:
            groups.append(count)
            same = _as_many(sentence, count)
            if same is not None:
                groups.append(same)
                position = same.end
    composed: list[Count] = []
    for position, group in enumerate(groups):
        previous = composed[-1] if composed else None
        following = groups[position + 1] if position + 1 < len(groups) else None
        if (
            previous is not None
            and previous.nouns
            and group.nouns
            and not group.nouns.startswith(("of them", "of whom", "among them"))
            and not _names_things(previous) and not _names_things(group)
            and _is_bodies(previous) == _is_bodies(group)
            and (
                _joined(sentence, previous.end, group.start)
                or _listed(sentence, previous, group, following)
                or _joined_past_modifier(sentence, previous, group)
                or _semicolon_listed(sentence, previous, group)
            )
            and not (AGENT_VERB_TAIL_RE.search(sentence[: previous.start]) and AUXILIARY_AFTER_RE.match(sentence, group.end))
        ):
            composed[-1] = _compose(sentence, previous, group)
        else:
            composed.append(group)
    return tuple(_breakdown_dropped(count) for count in composed)


# "three civilians and as many insurgents": a second group of the same size, told without repeating the number
AS_MANY_RE = re.compile(r"\s+and\s+(?P<same>as\s+many)\s+", re.IGNORECASE)


def _as_many(sentence: str, count: Count) -> Count | None:
    """The second group of "N X and as many Y", counted with N; None if the phrase is not there."""
    match = AS_MANY_RE.match(sentence, count.end) if count.nouns else None
    if match is None:
        return None
    nouns, end = _noun_words(sentence, match.end())
    if not nouns:
        return None
    start = match.start("same")
    return Count(count.best, count.low, count.high, start, end, sentence[start:end], nouns, count.qualifier, False, ((count.best, count.low, count.high, nouns),))


def _breakdown_dropped(count: Count) -> Count:
    """ "five men, three Catholic and two Protestant": a list whose first group equals the sum of the rest is a
    figure and its breakdown, so the count is the first group alone (its span still covers the breakdown, so the
    verb after it is read: "three people, one soldier and two civilians, were injured")."""
    if len(count.parts) < 3 or "," not in count.text or count.parts[0][0] != sum(part[0] for part in count.parts[1:]):
        return count
    best, low, high, nouns = count.parts[0]
    return Count(best, low, high, count.start, count.end, count.text, nouns, count.qualifier, False, (count.parts[0],))


def _rising(match: re.Match) -> bool:
    """Whether a "N - M" / "N to M" match is a range: its second number is larger."""
    low = parse_number(match.group("digits") or match.group("words") or "")
    high = parse_number(match.group("range_high"))
    return low is None or high is None or high > low


def _names_things(count: Count) -> bool:
    """ "four M16 rifles": a count of things, never composed with people ("three guerrillas, along with four rifles")."""
    words = count.nouns.split(" of ")[0].split()
    return bool(words) and words[-1] in NON_PERSON_NOUNS


def _is_bodies(count: Count) -> bool:
    """ "nine bodies, and 20 people were injured": the dead told by their bodies are never one list with the living."""
    words = count.nouns.split(" of ")[0].split()
    return bool(words) and words[-1] in BODY_NOUNS


def _listed(sentence: str, previous: Count, group: Count, following: Count | None) -> bool:
    """ "the pastor, his wife and 23 members": a comma joins the items of a list that ends in "and"."""
    return (
        following is not None
        and (LIST_COMMA_RE.fullmatch(sentence, previous.end, group.start) or NAMED_LIST_COMMA_RE.fullmatch(sentence, previous.end, group.start)) is not None
        and _joined(sentence, group.end, following.start)
    )


# Items that carry their own commas are listed with semicolons: "the driver, A B, 48, who was shot in the arm; the
# conductor, C D, 19; and a passenger": each item is a role, its name, age or relative clause, then ";"
SEMICOLON_ITEM_GAP_RE = re.compile(
    r"(?:\s*,\s*(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+)?(?:\s*,\s*\d{1,3})?(?:\s*,\s*(?:who|whose)\s+[^;.]{1,100}?)?\s*;\s*(?:and\s+)?"
)
SEMICOLON_LIST_END_RE = re.compile(r";\s*and\s")


def _semicolon_listed(sentence: str, previous: Count, group: Count) -> bool:
    """ "the driver, A, 48; the conductor, B, 19; and a passenger, C": one list of people, joined by semicolons."""
    return (
        previous.singular_article and group.singular_article
        and SEMICOLON_ITEM_GAP_RE.fullmatch(sentence, previous.end, group.start) is not None
        and SEMICOLON_LIST_END_RE.search(sentence, previous.end) is not None
    )


# A victim's name in commas after the first group ("The boy, Davi Ramos, and a taxi driver"): the name is that
# person's, so the groups on either side are still joined by the "and"
# A relative clause in commas does the same ("two of its members, whom the group named as A and B, and a civilian")
# A name's words may include lower-case particles ("Col. Nasser al-Yafei", "Abu Bakr bin Salim", "Ana de la Cruz")
_NAME_WORD = r"(?:[A-Z][\w'’.-]+|(?:al|el|ad|ash|as|ar|at|az|an|ul|ud)-[\w'’-]+|bin|ibn|bint|de|del|la|da|dos|van|von|der)"
NAME_APPOSITION_RE = re.compile(
    rf"\s*,\s*(?:[A-Z][\w'’.-]+\s+(?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD}(?:\s*,\s*\d{{1,3}})?|[A-Z][\w'’.-]+(?:\s*,\s*\d{{1,3}})?|(?:who|whom)\s+[^;.:]{{1,100}}?)(?=\s*,\s*and\s)"
)


# A short bracketed aside after the first group's noun phrase: "three employees of the Authority (Nadra) and their driver"
BRACKET_ASIDE_RE = re.compile(r"\s*\([^()]{1,40}\)")


def _joined(sentence: str, end: int, start: int) -> bool:
    name = NAME_APPOSITION_RE.match(sentence, end) or BRACKET_ASIDE_RE.match(sentence, end)
    if name is not None:
        end = name.end()
    match = JOIN_RE.match(sentence, end)
    return match is not None and (match.end() == start or POSSESSIVE_RE.fullmatch(sentence, match.end(), start) is not None)


AGE_BEFORE_RE = re.compile(r"[A-Z][\w'’.-]+,\s*$")
AGE_AFTER_RE = re.compile(r"\s*(?:,|;|\)|\.(?=\s|$)|years?\s+old)")
POSSESSIVE_RE = re.compile(r"(?:his|her|their|the\s+[\w-]+['’]s)\s+", re.IGNORECASE)  # "plus the church's two guards"


# Between a singular victim and "one of his bodyguards": a place or title that modifies the victim
# ("the mayor of the town of Tacambaro in Michoacan and one of his bodyguards").
MODIFIER_GAP_RE = re.compile(
    r"\s*(?:,\s*)?(?:in|of|from|at|near)\s+[^;.:]{1,80}?(?:,\s*and|\s+and)\s+$", re.IGNORECASE
)
GAP_VERB_RE = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring|died|shot|were|was|said)\b", re.IGNORECASE)


def _joined_past_modifier(sentence: str, first: Count, second: Count) -> bool:
    """True for "a mayor of X in Y and one of his bodyguards": the second group belongs to the first person."""
    possessive = sentence[second.start : second.start + 6].lower().startswith(("his ", "her ", "their "))  # "and his bodyguard"
    # "two members of a local armed group and their driver": "their" points back to a plural group the same way
    plural_owner = not first.singular_article and first.best > 1 and (
        sentence[second.start : second.start + 6].lower() == "their " or second.nouns.startswith("of their")
    )
    if not ((first.singular_article or plural_owner) and (second.nouns.startswith(("of his", "of her", "of their")) or possessive)):
        return False
    gap = sentence[first.end : second.start]
    return bool(MODIFIER_GAP_RE.match(gap)) and not GAP_VERB_RE.search(gap)


def _compose(sentence: str, first: Count, second: Count) -> Count:
    low = None if first.low is None or second.low is None else first.low + second.low
    high = None if first.high is None or second.high is None else first.high + second.high
    qualifier = first.qualifier if first.qualifier not in (None, "exact") else second.qualifier
    return Count(
        first.best + second.best, low, high, first.start, second.end, sentence[first.start : second.end],
        f"{first.nouns} and {second.nouns}", qualifier, first.singular_article and second.singular_article,
        first.parts + second.parts,
    )
