"""Rule tables for dedup: syndication furniture, spelling folds, number words and casualty words."""

from __future__ import annotations

import re

# Lines a syndicating outlet adds around the story: credits, promos, captions, page furniture.
FURNITURE_LINES = [
    pattern
    for pattern in (
        r"^\(?(additional )?reporting by\b.{0,160}$",
        r"^\(?(writing|editing|compiled|edited) by\b.{0,120}$",
        r"^.{0,60}\bcontributed (to )?(this )?(report|reporting|story)\b.{0,40}$",
        r"^[—–-]+ ?(with )?(inputs from |agency inputs|additional reporting|reporting)?[^\d]{0,40}$",
        r"^\(?(this|except for the headline, this) story (has|was)\b.{0,200}$",
        r"^(copyright|©|\(c\)).{0,200}$",
        r"^source: .{0,60}$",
        r"^published in partnership with\b.{0,80}$",
        r"^(read more|also read|related|recommended|watch|more on this story|see also|more from)\b\W.{0,160}$",
        r"^(file photo|photo|image|picture)\b.{0,160}$",
        r"^.{0,160}\b(file photo|\(\w+ photo\)|photo: \w+.{0,20})$",
        r"^image used for representational purposes only\.?$",
        r"^(advertisement|listen to this article|breaking( news)?|share( this)?( article| story)?|print this page)$",
        r"^comments are closed\.?$",
        r"^\d+ min(ute)? read$",
        r"^(updated|published|last updated)\b.{0,40}$",
        r"^by (our correspondent|[a-z]+ [a-z]+|[a-z]+ staff)$",
        r"^(text size|topics|tags|world news|world \| \w+)\b.{0,80}$",
        r"^(follow us|sign up|subscribe|download our app|support independent|have a (news )?tip)\b.{0,160}$",
        r"^(editor's note|correction|clarification)s?:.{0,240}$",
        r"^this is a developing story\b.{0,80}$",
        r"^(updated|update \d+|breaking)$",
    )
]
FURNITURE_LINE = re.compile("|".join(f"(?:{pattern})" for pattern in FURNITURE_LINES), re.IGNORECASE)
# British spellings folded to American ones so an outlet's house style does not read as an edit.
SPELLING_WORDS = {
    "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense", "grey": "gray",
    "programme": "program", "programmes": "programs", "jewellery": "jewelry", "enrolment": "enrollment",
    "fulfil": "fulfill", "skilful": "skillful", "instalment": "installment", "tyre": "tire", "tyres": "tires",
    "manoeuvre": "maneuver", "manoeuvres": "maneuvers", "sceptical": "skeptical", "aluminium": "aluminum",
    "travelled": "traveled", "travelling": "traveling", "traveller": "traveler", "travellers": "travelers",
    "cancelled": "canceled", "labelled": "labeled", "fuelled": "fueled", "signalled": "signaled",
    "levelled": "leveled", "channelled": "channeled", "totalled": "totaled", "counselling": "counseling",
}
SPELLING_RULES = [
    (re.compile(r"(?<=\w\w)is(e|ed|es|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=\w\w)ys(e|ed|es|ing)$"), r"yz\1"),
    (re.compile(r"(?<=\w\w\w)our(s|ed|ing|ite|ites|hood|hoods|able|ful|er|ers)?$"), r"or\1"),
    (re.compile(r"(?<=\w\w)tre(s)?$"), r"ter\1"),
    (re.compile(r"(?<=\w\w)ogue(s)?$"), r"og\1"),
]
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
CASUALTY_WORDS = {
    "killed": "killed", "killing": "killed", "kill": "killed", "kills": "killed", "dead": "killed", "died": "killed",
    "death": "killed", "deaths": "killed", "toll": "killed", "bodies": "killed", "lives": "killed", "slain": "killed",
    "fatalities": "killed", "martyred": "killed", "succumbed": "killed", "beheaded": "killed", "massacred": "killed",
    "murdered": "killed", "executed": "killed", "perished": "killed", "corpses": "killed", "buried": "killed",
    "wounded": "wounded", "wounding": "wounded", "injured": "wounded", "injuring": "wounded", "injuries": "wounded",
    "hurt": "wounded", "wounds": "wounded", "casualties": "wounded", "hospitalized": "wounded",
    "hospitalised": "wounded",
    "abducted": "abducted", "abducting": "abducted", "kidnapped": "abducted", "kidnapping": "abducted",
    "hostages": "abducted", "captives": "abducted", "missing": "abducted", "seized": "abducted",
}
# A number followed by one of these is a measure, an age or a time, not a count of people.
NOT_A_COUNT_AFTER = frozenset(
    "year years old km kilometers kilometer kilometres kilometre miles mile meters meter metres metre percent per "
    "cent million billion hours hour "
    "minutes minute days day weeks week months month a p am pm gmt kg feet nautical degrees bore rounds times".split()
)
MONTHS = frozenset("january february march april may june july august september october november december "
                   "jan feb mar apr jun jul aug sep sept oct nov dec".split())
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
