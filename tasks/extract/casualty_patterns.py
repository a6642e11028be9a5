"""Casualty rule tables: verbs, participles, toll and zero-casualty phrases, compiled once."""

from __future__ import annotations

import re

from .people import PERPETRATOR_NOUNS
from .text import compile_alternation, folded
from .zero_tolls import OTHER_ZERO_PATTERNS

# Verbs that take the victims as object: "killing 12 people".
ACTIVE_VERBS: dict[str, str] = {
    **{v: "killed" for v in (
        "killing", "killed", "kills", "kill", "shot dead", "shooting dead", "shot and killed", "gunned down",
        "gunning down", "massacred", "massacring", "executed", "executing", "beheaded", "beheading", "murdered",
        "murdering", "assassinated", "assassinating", "slaughtered", "slaughtering", "slew", "slaying",
        "claiming the lives of", "claimed the lives of", "taking the lives of", "took the lives of",
        "killing of", "deaths of", "death of", "murder of", "massacre of", "execution of", "beheading of",
        "fatally shooting", "fatally shot", "fatally stabbing", "fatally stabbed", "fatally wounding",
        "fatally wounded", "slit the throats of", "slitting the throats of", "cut the throats of",
        "burned alive", "burning alive", "lynched", "martyring", "martyred", "buried", "burying",
        # headline present tense: "guerrillas massacre 12 peasants", "the AUC assassinates 15 people"
        "massacre", "massacres", "assassinate", "assassinates", "execute", "executes", "murder", "murders",
        "slaughter", "slaughters", "kills himself and", "kills herself and",
        # security forces' word for the attackers they kill: "troops neutralised 11 terrorists"
        "neutralised", "neutralized", "neutralising", "neutralizing", "neutralise", "neutralize",
        # the same communique word in other armies' statements: "eliminating 25 insurgents"
        "eliminated", "eliminating", "eliminate", "eliminates",
        # present tense of list entries and headlines: "gunmen shoot dead seven people", "guns down two guards"
        "shoot dead", "shoots dead", "gun down", "guns down", "shoot and kill", "shoots and kills",
    )},
    # a side's own dead told as a loss: "the unit lost two of its fighters", "the army lost 12 soldiers in the ambush"
    # (read only for a noun that surely names people: not "lost two early wickets")
    **{v: "loss" for v in ("lost", "losing")},
    **{v: "wounded" for v in (
        "wounding", "wounded", "wounds", "wound", "injuring", "injured", "injures", "injure", "hurting", "hurt",
        "maiming", "maimed", "injuries to", "injury of", "injuries of", "the wounding of", "wounding of",
        "the injury of", "the injuries of",
    )},
    **{v: "kidnapped" for v in (
        "kidnapping", "kidnapped", "kidnaps", "kidnap", "abducting", "abducted", "abducts", "abduct",
        "kidnapping of", "abduction of", "took hostage", "taking hostage", "holding hostage", "held hostage",
        "carrying off", "carried off", "carries off", "marched", "marching", "led away", "dragged away",
        "whisked away", "whisking away", "spirited away",
        # any verb of carrying goods off, said of people: "carted away 14 residents", "made off with 11 villagers"
        "carted away", "carting away", "carted off", "carting off", "made off with", "making off with", "hauled away",
        "carried away", "carrying away", "carries away",
    )},
    **{v: "leave" for v in ("left", "leaving", "leaves", "leave")},
    **{v: "to_death" for v in ("shooting", "shot", "hacking", "hacked", "beating", "beat")},
    # Burned or buried people (not houses: the noun check drops those) are dead.
    **{v: "killed" for v in ("burning", "burned", "burnt", "buried alive", "burying alive", "crucified", "crucifying", "stoned")},
    # Stabbed or rammed people are wounded unless the text says they died ("stabbed two people").
    **{v: "hurt_unless_dead" for v in ("stabbing", "stabbed", "stabs", "rammed", "ramming", "knifed", "slashed", "attacked with a knife")},
    **{v: "hospital" for v in ("sending", "sent", "sends")},
    # "pulled 23 bodies from the rubble": the dead, counted by their bodies
    **{v: "bodies" for v in ("pulled", "pulling", "recovered", "recovering", "retrieved", "retrieving", "found", "finding", "dug out",
                             # a witness telling the dead he saw: "I counted nine bodies"
                             "counted", "counting", "saw")},
    # "freed all 38 hostages": a count of hostages set free tells how many were held (read like "recovered")
    **{v: "bodies" for v in ("freed", "freeing", "rescued", "rescuing", "released", "releasing")},
    **{v: "wounded" for v in ("treated", "treating", "treats")},
    # a hospital or morgue taking in the dead: "had received 19 bodies", "the morgue took in 12 corpses" (other people
    # received are read by what follows them: "received 22 wounded people")
    **{v: "intake" for v in ("received", "receiving", "receives", "took in", "taking in", "takes in")},
    **{v: "hostage" for v in ("took", "taking", "holding", "held", "seized", "seizing", "captured", "capturing", "took away", "taking away",
                              # "kept its 18 passengers at a farm": holding people aboard (read only for hostages, crew, passengers)
                              "kept", "keeping")},
}
# Participles and phrases after the victims: "12 people were killed".
PASSIVE_PARTICIPLES: dict[str, str] = {
    **{p: "killed" for p in (
        "killed", "dead", "died", "shot dead", "shot and killed", "gunned down", "beheaded", "executed",
        "massacred", "murdered", "slain", "perished", "lost their lives", "lost his life", "lost her life",
        "lost their life", "succumbed", "assassinated", "burned to death", "burnt to death", "hacked to death",
        "stabbed to death", "beaten to death", "shot to death", "crushed to death", "burned alive",
        "burnt alive", "deaths", "fatalities", "killed instantly", "confirmed dead", "feared dead", "die",
        "pronounced dead", "declared dead", "fatally wounded", "fatally injured", "fatally shot", "mortally wounded",
        "fatally stabbed", "lynched", "martyred", "embraced martyrdom", "were martyred", "embraced shahadat",
        "neutralised", "neutralized", "sent to hell", "eliminated",
        # military statements' euphemisms: "One soldier paid the supreme price"
        "paid the supreme price", "paid the ultimate price", "made the supreme sacrifice", "made the ultimate sacrifice",
        # Francophone armies' idiom ("tombés au champ d'honneur"): "Five soldiers fell on the field of honour"
        "fell on the field of honour", "fell on the field of honor", "fell in combat",
        # "Five men and a woman were left dead": the passive of "leaving five dead"
        "left dead",
    )},
    **{p: "wounded" for p in (
        "wounded", "injured", "hurt", "sustained injuries", "suffered injuries", "hospitalized", "hospitalised",
        "treated for injuries", "injuries", "maimed", "shot and wounded", "shot and injured", "stabbed",
        "left injured", "left wounded", "taken to hospital", "rushed to hospital", "admitted to hospital",
        "treated", "survived with wounds", "survived with injuries", "escaped with wounds", "escaped with injuries",
        "nursing injuries", "nursing wounds", "nursing their injuries", "nursing their wounds", "are nursing injuries",
        "flogged", "whipped",
        # "two others were left severely injured"
        *(f"left {adv} {state}" for adv in ("seriously", "severely", "critically", "badly", "gravely", "slightly", "lightly")
          for state in ("injured", "wounded")),
        # in care, told without a wound word: "Eleven other troops are receiving treatment", "six were undergoing treatment"
        "receiving treatment", "undergoing treatment", "under treatment", "receiving medical treatment", "undergoing medical treatment",
        # struck by a projectile: "two passengers were hit by bullets", "three were struck by stray gunfire"
        *(f"{verb} by {adj}{noun}" for verb in ("hit", "struck") for adj in ("", "stray ", "flying ")
          for noun in ("bullets", "gunfire", "shrapnel", "pellets", "bullet", "a bullet", "a stray bullet")),
        # cut or hurt by what the blast threw: "were cut by flying glass", "were wounded by falling debris"
        *(f"{verb} by {adj}{noun}" for verb in ("cut", "hit", "struck", "injured", "wounded", "hurt")
          for adj in ("", "flying ", "falling ", "shattered ", "broken ") for noun in ("glass", "debris", "shards of glass")),
        # "sustained deep cuts", "suffered a gunshot wound to the leg": one wound or several, of any kind
        *(f"{verb} {article}{kind}{noun}" for verb in ("sustained", "suffered", "received")
          for kind in ("", "minor ", "light ", "serious ", "critical ", "severe ", "bullet ", "gunshot ", "shrapnel ",
                       "light to moderate ", "moderate ", "multiple ", "life-threatening ", "machete ", "stab ", "knife ",
                       "burn ", "head ", "shrapnel and burn ", "deep ", "bullet and shrapnel ")
          for article, noun in (("", "wounds"), ("", "injuries"), ("", "cuts"), ("", "burns"), ("", "fractures"),
                                ("a ", "wound"), ("an ", "injury"))),
    )},
    **{p: "kidnapped" for p in (
        "kidnapped", "abducted", "taken hostage", "taken captive", "held hostage", "held captive", "hostages",
        "taken away", "seized", "taken from", "held on board", "held aboard", "being held", "still being held",
        # removed from a vehicle or home and taken: "16 men who were marched off a bus", "were led away into the bush"
        "marched off", "marched away", "led away", "led off", "dragged off", "dragged away", "carried off", "whisked away",
        "forced off", "frogmarched", "herded away", "carried away",
    )},
    **{p: "self_killed" for p in ("blew himself up", "blew themselves up", "blew herself up", "detonated himself",
                                  "detonated themselves", "detonated herself", "killed himself", "killed themselves")},
}
# Words allowed between the victims and the participle: auxiliaries and adverbs.
PASSIVE_FILLERS = (
    "were was are is have has had been being be got get reportedly allegedly also all both later subsequently "
    "since initially either each slightly seriously critically severely badly lightly gravely instantly "
    "immediately reported confirmed feared believed thought said to were also in all in total so far who "
    "people persons others more still found later found reportedly found now first"
).split()
# Between the victims and "were killed" (or "suffered wounds": "three soldiers on guard duty suffered shrapnel wounds"): a list of who was among them, with or without a closing comma ("Six people,
# including two policemen were killed"), an aside in commas or brackets, or a short participle clause (which may
# hold a place in commas: "three workers building a road in X district, Y province, were killed"), or what the
# victims served ("soldiers backed by the coalition", "personnel manning a check-post").
ASIDE = r"(?:\s*,?\s+including\s+(?:(?!\b(?:were|was)\b)[^.;]){1,80}?(?=\s+(?:were|was|have\s+been|has\s+been|are)\s+(?:\w+ly\s+)?(?:killed|dead|wounded|injured|hurt|martyred)\b)|\s*,[^,.;]{1,90},(?:\s*\d{1,3},)?|\s*\([^)]{1,120}\)|\s+(?:in|across|from|at|on|near|inside|of|belonging\s+to|with)\s+[^,.;]{1,40}?(?=,?\s+(?:were|was|have|had|has|sustained|suffered|received)\s)|\s+(?:backed\s+by|loyal\s+to|manning|guarding)\s+(?:(?!\band\b)[^,.;]){1,60}?(?=,?\s+(?:were|have|had)\s)|\s+(?:who|that)\s+(?:(?!\b(?:said|says|told|tell)\b)[^,.;]){1,60}?(?=\s+(?:were|was|had|sustained|suffered|received)\b)|\s+who\s+(?:was|were|had\s+been)\s+[^,.;]{1,120}?(?=\s+(?:died|succumbed)\b)|\s+and\s+(?:other\s+)?[a-z-]+s(?=\s+(?:were|have|had)\s)|\s+\w+ing\s+[^,.;]{1,60}?(?:,[^,.;]{1,40},)?(?=\s+(?:were|was|sustained|suffered|received)\b))"
# (a "who" aside never holds a verb of saying: "Two residents who fled said seven people had been killed" counts the
# seven, not the residents)
# (the "including" aside stops at its clause's own verb: "two policemen, including X, were martyred, while three
# others were injured" are the dead, not the injured)
# "were abducted and killed", "were dragged from their car and shot dead": another verb (and its short complement)
# joined by "and" to the casualty participle
# (the first verb is not itself a casualty verb and its complement starts with a preposition, so "bombers killed six
# people and injured 16" and "brothers influenced by ISIS killed their mother and injured two" stay two clauses)
ALSO_VERBED = (
    r"(?:\w+ed\s+and\s+|(?!(?:killed|injured|wounded|hurt|shot|stabbed)\b)\w+(?:ed|en)\s+"
    r"(?:(?:from|by|in|at|to|into|out\s+of|off|near|inside|outside|with|for)\s+(?:(?!killed|killing|injur|wound|shot)[^,.;\d]){0,45}?\s+)?and\s+"
    r"(?:(?:later|then|subsequently)\s+)?)"
)
AMBIGUOUS_BARE_PARTICIPLES = frozenset(
    "killed wounded injured hurt kidnapped abducted executed beheaded massacred murdered assassinated seized stabbed".split()
    + ["shot dead", "shot and killed", "gunned down"]
)
# A death toll sentence: the count after it is the (revised) total killed.
TOLL_TAIL_RE = folded(
    r"\b(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|fallen|people\s+killed|those\s+killed|victims"
    # "the number of police killed in the attack to three": any victims (not attackers), not a tally over a period
    rf"|(?:(?!(?:{'|'.join(sorted(PERPETRATOR_NOUNS, key=len, reverse=True))}|fighters)\b)[\w-]+\s+){{1,3}}?(?:killed|dead)"
    r"(?![^.;]{0,60}?\b(?:this\s+(?:year|month)|so\s+far|since|nationwide|in\s+20\d\d|in\s+the\s+(?:country|region|past|last))\b)))"
    # the toll's noun may carry a long place phrase with commas: "the death toll from a bombing at a camp in X, in Y
    # state, has risen to 14"
    r"(?:,?\s+[\w'’-]+){0,24}?,?\s+(?:to|at|reached|hit|is|was|of|stood\s+at|stands\s+at)\s*$"
    # a source correcting its own count, the noun left bare: "the governor's office revised the figure to 17"
    r"|\b(?:revised|revising|raised|raising|updated|updating|corrected|correcting)\s+(?:the|its|their|this)\s+"
    r"(?:death\s+)?(?:figure|count|tally)\s+(?:up\s+)?to\s*$",
    re.IGNORECASE,
)
WOUNDED_TOLL_TAIL_RE = folded(
    r"\bnumber\s+of\s+(?:the\s+)?(?:injured|wounded|injuries)(?:\s+\w+){0,6}?\s+(?:to|at|reached|is|was|of)\s*$",
    re.IGNORECASE,
)
REVISION_RE = folded(
    # the toll may carry a long place phrase before its verb: "the death toll from a bombing at a camp in X, in Y
    # state, has risen to 14"
    r"\b(?:death\s+)?toll\b[^.;]{0,160}?\b(?:rose|risen|rising|climbed|climbing|jumped|increased)\b|"
    # "bringing to four the number of military personnel killed": any people noun before the participle
    r"\b(?:rais(?:ing|es|ed)|bring(?:ing|s)|brought|push(?:ing|es|ed)|taking|takes|took)\s+(?:to\s+\w+\s+)?the\s+(?:\w+\s+)?"
    r"(?:toll|number\s+of\s+(?:dead|deaths|casualties|(?:[\w-]+\s+){1,3}?(?:killed|dead)\b))|"
    r"\b(?:updated|revised|final)\s+(?:death\s+)?(?:toll|figures?)\b|"
    r"\b(?:was|has\s+been|had\s+been)\s+(?:later\s+|since\s+)?(?:revised|raised|updated|corrected)\s+(?:upwards?\s+)?to\b|"  # "was revised to nine"
    r"\b(?:revised|revising|raised|raising|updated|updating|corrected|correcting)\s+(?:the|its|their|this)\s+(?:death\s+)?(?:figure|count|tally)\s+(?:up\s+)?to\b|\bhas\s+(?:since|now)\s+risen\b|"
    # "the toll now stands at 11", "the death toll is now 9": a present-tense total that replaces earlier figures
    r"\btoll\s+(?:now\s+(?:stands|stood)\s+at|stands\s+at|now\s+(?:at|is|reached)|is\s+now|has\s+now\s+reached)\b|"
    r"\b(?:have|has)\s+now\s+(?:lost\s+their\s+lives|died|been\s+killed)\b|"
    # "the number of fallen rose to five", "the number of dead climbed to 12": a revised count of the dead
    r"\bnumber\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|fallen|victims|people\s+killed|those\s+killed)\s+(?:has\s+|had\s+)?(?:rose|risen|climbed|increased|jumped)\b",
    re.IGNORECASE,
)
LATER_DEATHS_RE = folded(
    r"\blater\s+died\b|\bdied\s+later\b|\bsuccumbed\b|\bdied\s+(?:in|at|on\s+the\s+way\s+to)\s+(?:the\s+)?hospital\b|"
    # "died on Thursday at the Central Military Hospital": a later day and a named hospital
    r"\bdied\s+(?:(?:early|late)\s+)?(?:on\s+\w+day\s+|overnight\s+)(?:in|at)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?hospital\b|"
    r"\bdied\s+of\s+(?:their|his|her)\s+(?:wounds|injuries)\b|\bdied\s+from\s+(?:their|his|her)\s+(?:wounds|injuries)\b|"
    # "two of the nine people wounded in the blast, a shopkeeper and a boy, had died overnight"
    r"\bof\s+(?:the|those)\s+(?:[\w-]+\s+){0,2}?(?:wounded|injured)\b[^.;]{0,90}?\b(?:had\s+)?(?:died|succumbed)\b",
    re.IGNORECASE,
)
# A figure attributed to a weaker source than the first one reported.
ALTERNATIVE_SOURCE_RE = folded(
    r"\bunconfirmed\b|\bsome\s+reports\b|\bother\s+reports\b|\blocal\s+media\b|"
    # "residents said", "residents reached by phone said": eyewitness counts rank below officials'
    # one resident or witness too: "A resident who said he helped bury the dead put the toll at 21"
    r"\b(?:residents?|witness(?:es)?)\s+(?:(?!of\b)[\w-]+\s+){0,4}?said\b|"
    # with a relative clause about them first: "Two residents who fled to the district town said seven were killed"
    r"\b(?:residents?|witness(?:es)?|survivors?)\s+who\s+[^,.;]{1,80}?\s+said\b|"
    # a local leader's count ranks below officials' the same way: "killed two young men, a community leader has said"
    r"\b(?:community|village|traditional|youth)\s+(?:leaders?|heads?|chiefs?|elders?)\s+(?:(?!of\b)[\w-]+\s+){0,4}?(?:has\s+|have\s+)?said\b|"
    r"\bsocial\s+media\b|"
    # a rescue service's count ranks below a health ministry's or a hospital's: "Gaza's civil defence agency says at
    # least 12 were killed" then "the hospital says it received nine bodies" is 9, with 12 the high end
    r"\bcivil\s+defen[cs]e(?:\s+(?:agency|service|directorate|spokes(?:man|woman|person)|officials?))?\s+"
    r"(?:says|said|puts?|reported|reports|counted)\b|\baccording\s+to\s+(?:\w+'s\s+|the\s+)?civil\s+defen[cs]e\b|"
    r"^\W*(?:[\d:.]+\s+)?civil\s+defen[cs]e\s*:",
    re.IGNORECASE,
)
# A group's own count of those it killed, however its subject is told: "claimed it had killed five", "claimed on
# Tuesday that its unit had left nine soldiers dead", "claimed its fighters killed 11". Only the figures from it on
# are the group's: "One guard and two militants were killed, the Guards said, while the group said it had killed
# seven" keeps the first source's figures before it.
GROUP_OWN_COUNT_RE = folded(
    r"\bclaimed\s+(?:to\s+have|that\s+(?:it|they)\s+had)\s+killed\b|\bsaid\s+(?:it|they)\s+(?:had\s+)?killed\b|"
    r"\bclaimed\s+(?:on\s+\w+day\s+)?(?:that\s+)?(?:it|they|its\s+[\w-]+|their\s+[\w-]+)\s+(?:had\s+)?(?:killed|left)\b",
    re.IGNORECASE,
)
# A second source that answers a figure told before it with a zero: "the group's radio said the attack killed five
# soldiers, but the mission's spokesman said no soldier was killed"; the figure before it is the disputed account
CONTRADICTED_BY_ZERO_RE = folded(
    r"\b(?:but|while|whereas|although|though)\s+(?:(?!said\b|says\b)[^.;]){0,100}?\b(?:said|says|insisted|stated|maintained|told\s+\w+)"
    r"\s+(?:that\s+)?(?:no|none|nobody)\b",
    re.IGNORECASE,
)
ZERO_PATTERNS: list[tuple[re.Pattern, tuple[str, ...]]] = [
    (folded(r"\bno\s+(?:one|body)(?:\s+else)?\s+(?:was|were|had\s+been|has\s+been|is)\s+(?:\w+\s+)?(?:killed|dead)\b", re.I), ("killed",)),
    (folded(r"\bnobody\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:killed)\b", re.I), ("killed",)),
    (folded(r"\bno\s+(?:soldiers?|troops|civilians?|policem[ae]n|police\s+officers?|officers?|residents?|passengers?|students?)\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?killed\b", re.I), ("killed",)),
    # "No soldier lost his life", "none of the troops was killed", "neither of the two guards died": nobody of a group died
    (folded(r"\bno\s+(?:[a-z-]+\s+){1,2}(?:lost\s+(?:his|her|their)\s+li(?:fe|ves)|died)\b|\b(?:none|neither)\s+of\s+(?:the|them|these|those|its|their|our)\s*(?:[a-z-]+\s+){0,2}?(?:(?:was|were|had\s+been)\s+killed|died|lost\s+(?:his|her|their)\s+li(?:fe|ves))\b", re.I), ("killed",)),
    # "no students or staff were killed or injured": a zero for both, whoever the people are
    (folded(r"\bno\s+(?:[a-z-]+\s+){1,3}(?:was|were|had\s+been)\s+(?:killed|hurt)\s+or\s+(?:injured|hurt|wounded)\b", re.I), ("killed", "wounded")),
    (folded(r"\b(?:no\s+(?:one|body)|nobody)\s+(?:was|were|had\s+been|has\s+been|is)\s+(?:\w+\s+)?(?:hurt|injured|wounded|harmed)\b", re.I), ("killed", "wounded")),
    # "No one else was hurt": besides the dead already told, nobody was wounded (the dead are not zero)
    (folded(r"\b(?:no\s+(?:one|body)|nobody)\s+else\s+(?:was|were|had\s+been|has\s+been|is)\s+(?:\w+\s+)?(?:hurt|injured|wounded|harmed)\b", re.I), ("wounded",)),
    # "No other officers were hurt", "no other passengers were injured": the same, told by the victims' kind
    (folded(r"\bno\s+other\s+(?:[a-z-]+\s+){0,2}(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:hurt|injured|wounded|harmed)\b", re.I), ("wounded",)),
    (folded(r"\b(?:no\s*-?\s*(?:one|body)|nobody)\s+(?:was|were|had\s+been|has\s+been|is)\s+(?:killed|hurt|injured)\s+or\s+(?:injured|hurt|wounded|killed)\b", re.I), ("killed", "wounded")),
    (folded(r"\bno\s+(?:reported\s+|known\s+)?(?:casualties|victims)\b(?!\s+(?:were\s+)?(?:immediately\s+)?reported\s+yet)", re.I), ("killed", "wounded")),
    (folded(r"\bwithout\s+(?:(?:causing|leaving|inflicting)\s+)?(?:any\s+)?(?:casualties|injur\w*|loss\s+of\s+life|harm)\b", re.I), ("killed", "wounded")),
    # "the bombing left no one killed or injured", "leaving nobody dead or hurt"
    (folded(r"\b(?:left|leaving)\s+no\s*(?:one|body)\s+(?:killed|dead)\s+or\s+(?:injured|wounded|hurt)\b", re.I), ("killed", "wounded")),
    (folded(r"\bno\s+(?:reported\s+)?(?:deaths|fatalities|one\s+died)\b", re.I), ("killed",)),
    (folded(r"\bno\s+(?:life|lives)\s+(?:was|were|had\s+been)\s+lost\b|\bno\s+loss\s+of\s+(?:life|lives)\b", re.I), ("killed",)),
    (folded(r"\bno\s+(?:reported\s+)?(?:injuries|one\s+injured)\b", re.I), ("killed", "wounded")),
    (folded(r"\b(?:unharmed|unhurt|unscathed)\b", re.I), ("killed", "wounded")),
    (folded(r"\b(?:none|neither)\s+of\s+(?:the|them|these|those|its|their)\s*(?:\w+\s+){0,2}?(?:was|were|had\s+been)\s+(?:hurt|injured|harmed|wounded)\b", re.I), ("killed", "wounded")),
    (folded(r"\bonly\s+(?:caused\s+)?(?:material|property)\s+damage\b", re.I), ("killed", "wounded")),
    *OTHER_ZERO_PATTERNS,
]
# "No immediate reports of casualties" says nothing about the number.
UNKNOWN_CASUALTIES_RE = folded(
    r"\bno\s+(?:immediate\s+)?(?:reports?|word|information|details)\s+(?:of|on|about)\s+(?:any\s+)?(?:casualties|injuries|deaths)"
    r"|\bcasualties\s+(?:were\s+|are\s+)?(?:not\s+(?:immediately\s+)?(?:known|clear|reported)|unknown)",
    re.IGNORECASE,
)
# One named or singular victim with no number: "Governor X was shot dead".
SINGLE_VICTIM_RE = folded(
    r"\b(?:was|is|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:(?:kidnapped|abducted|seized|captured|tortured|shot|stabbed|hit|attacked)\s+and\s+)?(?:shot\s+dead|killed|assassinated|murdered|beheaded|"
    r"stabbed\s+to\s+death|gunned\s+down|executed|shot\s+and\s+killed|hacked\s+to\s+death|burn(?:ed|t)\s+to\s+death|"
    r"beaten\s+to\s+death|shot\s+to\s+death|fatally\s+(?:shot|wounded|injured|stabbed)|mortally\s+wounded|pronounced\s+dead|"
    r"found\s+dead|lynched)\b"
    r"|\b(?:assassinated|assassinating)\s+(?:[A-Z]|the\s|a\s)"
    r"|\b(?:he|she)\s+(?:later\s+)?(?:died|succumbed)\b"
    # "Soldier Yeison Carvajal lost his life in the line of duty": one named person died
    r"|\blost\s+(?:his|her)\s+life\b"
    r"|\b(?:shot|hacked|beat|stabbed|gunned)\s+(?:him|her)\s+(?:dead|to\s+death|down)\b"
    r"|\bdied\s+(?:of|from)\s+(?:his|her)\s+(?:wounds|injuries)\b"
    # a later death told after how the one victim was hurt or taken: "was hit by the gunfire and later succumbed",
    # "was abducted by militants in Sopore and was later found dead"
    r"|\b(?:was|had\s+been)\s+(?:\w+\s+){1,10}?and\s+(?:was\s+)?later\s+(?:found\s+dead|died|succumbed)\b",
    re.IGNORECASE,
)
# One wounded victim with no number: "a ranch hand who was shot in the shoulder", "he was shot and wounded".
SINGLE_WOUNDED_RE = folded(
    r"\b(?:was|has\s+been|had\s+been)\s+(?:shot|hit|struck)\s+(?:and\s+(?!fatally|mortally)(?:\w+ly\s+)?(?:wounded|injured)|in\s+the\s+(?:leg|legs|arm|arms|shoulder|hand|foot|back|"
    r"chest|stomach|head|thigh|neck|abdomen))\b"
    # "was hit by a stray bullet", "was struck by shrapnel": a person hit by a projectile is wounded
    r"|\b(?:was|has\s+been|had\s+been)\s+(?:hit|struck)\s+by\s+(?:a\s+)?(?:stray\s+)?(?:bullets?|shrapnel|gunfire)\b"
    # the wound told as a thing received or carried: "received a bullet in the thigh", "took a bullet to the leg",
    # "was taken to hospital with a bullet wound in the shoulder"
    r"|\b(?:received|took|caught|stopped)\s+(?:a|one)\s+(?:stray\s+)?bullet\b"
    r"|\bwith\s+(?:a|one)\s+(?:\w+\s+)?(?:bullet|gunshot|stab|shrapnel)\s+wound\b"
    # "another was wounded", "the station chief was injured": one person hurt, told without a number
    # (not "fatally wounded": that one died; the caller drops an attacker or "no one" as the subject)
    r"|\b(?:was|has\s+been|had\s+been)\s+(?!fatally|mortally)(?:\w+ly\s+)?(?:wounded|injured|hurt)\b"
    # "One Israeli was killed and another lightly wounded", "leaving an army man dead and another one with minor injuries"
    r"|\band\s+another(?:\s+one)?\s+(?:(?!fatally|mortally)\w+ly\s+)?(?:wounded|injured|hurt)\b|\band\s+another(?:\s+one)?\s+with\s+(?:\w+\s+)?(?:injuries|wounds)\b",
    re.IGNORECASE,
)
# "killed Governor Ahmed Khan": a capitalised name after the verb (case matters here).
NAMED_VICTIM_RE = re.compile(r"\b(?:killed|killing|kills|murdered|murdering|shot\s+dead|assassinated|assassinates?)\s+(?:[A-Z][a-z]+\s+){1,3}[A-Z][a-z]+")
SELF_DETONATION_RE = folded(
    r"\b(?:blew\s+(?:himself|herself)\s+up|detonated\s+(?:himself|herself|his\s+(?:\w+\s+)?(?:vest|belt|explosives))|"
    r"suicide\s+bomber\s+(?:who\s+)?(?:blew|detonated|was\s+killed|died))"
    # "The bomber, who drove a pickup packed with explosives at the checkpoint, died in the blast": the text says he died
    r"|\bthe\s+(?:suicide\s+)?bomber(?:\s*,[^,.;]{1,120},)?\s+(?:also\s+)?(?:died|was\s+killed|perished)\b",
    re.IGNORECASE,
)
# "Two men were killed, one of them beheaded": a bare participle after "N of them" (no auxiliary) tells how some of
# the people just counted died or were hurt; they are counted already
ABSOLUTE_SUBSET_TAIL_RE = folded(
    r"\b(?:killed|dead|died|slain|wounded|injured|hurt|shot)\b[^.;]{0,80},\s*$", re.IGNORECASE
)
# "None of the three was killed", "neither of the two guards was hurt": the count names who was NOT a casualty
NEGATED_SUBJECT_TAIL_RE = folded(r"\b(?:none|neither|no\s+one)\s+of\s+(?:the|these|those|its|their|all)?\s*$", re.IGNORECASE)
# "killing two guards and seizing four others": the ones who killed are the ones who seized, so the seized are captives
KILLED_AND_TAIL_RE = folded(
    r"\b(?:killing|killed|shooting\s+dead|shot\s+dead|wounding|wounded|injuring)\b[^.;]{1,60}?\band\s+(?:then\s+)?$", re.IGNORECASE
)
SUBSET_TAIL_RE = folded(
    r"\b(?:including|includes|included|among\s+them|among\s+whom|of\s+whom|of\s+them|among\s+the\s+(?:dead|victims|killed|wounded))"
    r"\s+(?:at\s+least\s+|about\s+|some\s+)?$",
    re.IGNORECASE,
)
ACTIVE_TAIL_RE = folded(
    rf"\b(?P<verb>{compile_alternation(list(ACTIVE_VERBS))})(?:\s+(?:other|some|about|around|nearly|almost|critically|seriously|severely|"
    rf"badly|slightly|lightly|gravely|its|their))?\s*$", re.IGNORECASE
)
# Any adverb may stand between the victims and the participle too: "were mistakenly killed", "were brutally murdered"
FILLERS = compile_alternation(PASSIVE_FILLERS) + r"|[a-z]+ly"
# "sustained a minor gunshot wound", "suffered severe shrapnel injuries": the listed phrases above with any one to
# four describing words, so a new adjective pair does not hide the wounded (not "no"/"any"/"fatal": none or dead)
WOUND_PHRASE = (
    r"(?:sustained|suffered|received)\s+(?:an?\s+)?(?!(?:no|any|fatal|mortal)\b)(?:[\w-]+\s+){1,4}?"
    r"(?:wounds?|injur(?:y|ies)|cuts|burns|fractures)"
)
PASSIVE_RE = folded(
    rf"(?P<aside>{ASIDE})?,?\s*(?P<fillers>(?:(?:{FILLERS})\s+){{0,6}}){ALSO_VERBED}?"
    rf"(?P<participle>{compile_alternation(list(PASSIVE_PARTICIPLES))}|{WOUND_PHRASE})\b",
    re.IGNORECASE,
)
HOSPITAL_AFTER_RE = folded(r"\s*(?:others?\s+|people\s+)?(?:to|into)\s+(?:the\s+|a\s+)?hospitals?\b|\s+(?:being\s+)?(?:transported|taken|rushed)\s+to\s+(?:the\s+|a\s+)?hospital", re.IGNORECASE)
LEAVE_OBJECT_RE = folded(
    r"\s*(?P<state>dead|killed|deaths?|wounded|injured|injur(?:y|ies)|hurt)\b|\s*with\s+(?:\w+\s+){0,2}?(?P<with>injuries|wounds)\b", re.IGNORECASE
)
TO_DEATH_RE = folded(r"\s*(?:to\s+death|dead)\b", re.IGNORECASE)
ALONG_WITH_TAIL_RE = folded(
    # a comma may set the others off: "Three soldiers were killed, along with two militiamen"
    # "The imam was among those injured, along with three others": the one named and the others were hurt
    r"\b(?:killed|died|dead|gunned\s+down|shot\s+dead|assassinated|murdered|among\s+(?:those|the)\s+(?P<hurt>injured|wounded|hurt)),?\s+"
    r"(?:\w+\s+){0,4}?along\s+with\s*$", re.IGNORECASE
)
# (any number word or quantity of people: "two gunmen killed seven people", "three attackers wounded several passengers";
# not "about"/"around"/"over", which also start a place or time: "five killed around Kabul")
OBJECT_AFTER_RE = re.compile(
    r"\s*(?:\d|an?\s|the\s|his\s|her\s|their\s|[A-Z]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|"
    r"thousands|dozens|scores|several|many|at\s+least|more\s+than|nearly|almost|up\s+to)\b)"
)
ROLES = ("killed", "wounded", "kidnapped", "perpetrators_killed")
AGGREGATE_VAGUE_LOW = 2000
ANTI_PERPETRATOR_WORDS = frozenset("civilians soldiers policemen police people children women villagers".split())

# Read around one count: what the words just before or after it say about the figure.
HYPOTHETICAL_TAIL_RE = re.compile(r"\b(?:could|would|might|may)\s+(?:well\s+|easily\s+)?(?:have\s+)?$", re.IGNORECASE)
# A figure the text reports as replaced by a later one.
SUPERSEDED_RE = folded(
    r"\b(?:first|initial|earlier|preliminary|provisional|original)\s+(?:reports?|figures?|tolls?|estimates?|counts?|accounts?)\s+(?:\w+\s+){0,4}?"
    r"(?:put|gave|said|had|spoke|suggested|listed)\b|\b(?:had\s+)?initially\s+(?:put|said|reported|given|gave|counted)\b"
    r"|\bhad\s+earlier\s+(?:put|said|given|reported|counted)\b"
    # "killed seven civilians, according to initial reports": a figure the first reports gave, since replaced
    r"|\baccording\s+to\s+(?:an?\s+|the\s+)?(?:initial|first|early|preliminary|provisional)\s+(?:reports?|figures?|accounts?|toll|count)\b"
    # a correction notice: "An earlier version of this story said four soldiers were killed", "this report
    # previously stated": the first version's figure, since corrected
    r"|\b(?:earlier|previous|original|first)\s+version\s+of\s+(?:this|the)\s+(?:article|story|report|post|page|item|entry)\b"
    r"|\b(?:this|the)\s+(?:article|story|report|post)\s+(?:had\s+)?(?:previously|originally|earlier|incorrectly|wrongly)\s+"
    r"(?:said|stated|reported|gave|put|misstated)\b",
    re.IGNORECASE,
)

# People taken with a verb of seizing ("took"): hostages, or a ship's crew.
SEIZED_PEOPLE_RE = re.compile(r"\b(?:hostages?|crew|crewmen|sailors|seafarers|passengers|travellers|travelers|board|aboard)\b")
# Attackers as the subject of "seized"/"captured": "gunmen seized seven children", "militants captured 12 soldiers"
# take captives (troops or police seizing people arrest them, and are not matched)
CAPTOR_SUBJECT_RE = re.compile(
    r"\b(?:attackers?|assailants?|gunm[ae]n|raiders?|kidnappers?|abductors?|militants?|insurgents?|bandits?|jihadists?|"
    r"fighters|rebels?|pirates?|armed\s+men|gang\s+members)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
CAPTURE_VERBS = frozenset(("seized", "seizing", "captured", "capturing"))
# Between a figure and the next count: a dash, colon or bracket that opens its breakdown ("killed 13 - four police
# officers and nine civilians", "12 dead (eight soldiers and four civilians)"); the parts are the same people again
BREAKDOWN_GAP_RE = re.compile(r"\s*(?:[-–—:(]|,\s*(?:namely|that\s+is))\s*")
# A colon right after a figure's verb opens its breakdown ("19 are confirmed dead: eleven militiamen and six ...")
BREAKDOWN_COLON_RE = re.compile(r"\s*:\s")
# "members of an anti-Taliban militia": a group named after the enemy it fights is not that enemy (Anti-balaka
# is itself a militia's name)
ANTI_NAME_RE = re.compile(r"\banti-(?!balaka\b)[\w-]+", re.IGNORECASE)
# "19 people have now lost their lives": a running total that already counts the later deaths
NOW_TOTAL_RE = re.compile(r"\b(?:have|has)\s+now\s+(?:lost\s+their\s+lives|died|been\s+killed)\b", re.IGNORECASE)
BURIAL_RE = re.compile(r"\b(?:buried|burying|laid\s+to\s+rest)\b", re.IGNORECASE)
BODIES_OF_TAIL_RE = re.compile(r"\b(?:found|recovered|retrieved|discovered)\s+the\s+bodies\s+of\s+$", re.IGNORECASE)
SECOND_SOURCE_TAIL_RE = re.compile(
    r",\s+(?:while|whereas|but|though|although)\s+(?:[\w'’-]+\s+){1,8}?(?:said|says|put|reported|claimed|counted|gave)\s+(?:that\s+)?(?:[\w'’]+\s+){0,4}?$", re.IGNORECASE
)
ABOARD_AFTER_RE = re.compile(r"\s+(?:(?:who|that)\s+were\s+)?(?:on\s+board|aboard)\b", re.IGNORECASE)  # "holding all 41 people on board"
WOUNDED_THEN_DIED_RE = re.compile(
    r"\s+(?:(?:seriously|critically|badly)\s+)?(?:wounded|injured|hurt)\s+[^,.;]{0,60}?(?:later\s+)?(?:died|succumbed)\b", re.IGNORECASE
)
# "two of the five wounded died": the count after "of the" is everyone wounded, told as an adjective
PARTITIVE_WHOLE_TAIL_RE = re.compile(r"\b(?:of|among)\s+(?:(?:the|those)\s+)?$", re.IGNORECASE)
WOUNDED_ADJECTIVE_AFTER_RE = re.compile(r"\s*(?:people\s+|persons\s+)?(?:wounded|injured)\b(?!\s+(?:by|in|at|with|when)\b)", re.IGNORECASE)
# "two of the five wounded died overnight": the part are later deaths (the whole is read as wounded)
# (an aside may name the one who died: "One of the wounded, a 19-year-old, died in hospital")
PART_OF_WOUNDED_DIED_AFTER_RE = re.compile(
    r"\s+of\s+(?:the|those)\s+(?:[\w-]+\s+)?(?:people\s+)?(?:wounded|injured)(?:\s*,[^,.;]{1,50},)?\s+(?:[\w-]+\s+){0,3}?(?:later\s+|had\s+|have\s+)?(?:died|succumbed)\b",
    re.IGNORECASE,
)
# "Two of the five young men abducted on Monday have been found dead": the part is dead (the whole is read on its own,
# here as kidnapped); a captive found dead later, or killed later, is told this way
PART_FOUND_DEAD_AFTER_RE = re.compile(
    r"\s+of\s+(?:the|those|these)\s+[^.;:]{1,120}?\s+(?:have|has|had|were|was)\s+(?:since\s+|now\s+|later\s+|subsequently\s+)?(?:been\s+)?"
    r"(?:(?:found|discovered)\s+(?:dead|murdered|killed|shot\s+dead)|(?:later|since|subsequently)\s+(?:been\s+)?(?:killed|executed|murdered))\b",
    re.IGNORECASE,
)
# "a third was wounded and arrested", "two were injured and taken into custody": people wounded and then held by the
# police are attackers (the contract has no column for wounded attackers)
ARRESTED_AFTER_RE = re.compile(
    r"\s*,?\s+(?:and|before\s+being|then)\s+(?:later\s+)?(?:arrested|detained|captured|apprehended|taken\s+into\s+custody)\b", re.IGNORECASE
)
# "14 bodies had been recovered": the dead, counted by bodies found
BODIES_FOUND_AFTER_RE = re.compile(
    r"\s+(?:(?:were|was|have|has|had|been|later|also|since)\s+){1,3}(?:recovered|found|retrieved|pulled|discovered|exhumed)\b", re.IGNORECASE
)
AFTER_TAIL_RE = re.compile(r"\bafter\s+$", re.IGNORECASE)
# After a count: the people were wounded first and died later.
WOUNDED_WHO_DIED_RE = re.compile(r"\s*,?\s*who\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:wounded|injured|hurt)\b", re.IGNORECASE)

# "three members of the armed group", "members of a criminal gang": a group named by its kind, not its name
GENERIC_ARMED_GROUP_RE = re.compile(
    r"\bof\s+(?:the|a|an|this|that)\s+(?:[\w-]+\s+)?(?:armed|rebel|insurgent|terrorist|militant|jihadist|extremist|criminal|guerrilla)\s+"
    r"(?:group|groups|gang|gangs|organi[sz]ation|band|cell|faction)\b"
)
MEMBERS_OF_RE = re.compile(r"\b(?:members?|fighters|militants|cadres?|followers)\s+of\b")
# The group's name as the whole noun, or before its fighters: "nine Taliban", "16 Taliban fighters" (the word
# after the name is removed before the name is looked up)
GROUP_DEAD_RE = re.compile(r"\s+(?:fighters|members|militants|cadres|commanders)$")
# Words of a force's name that make it a standing force, not a band of attackers: "Syrian Democratic Forces"
STATE_LIKE_WORDS = frozenset("forces force army units police guard guards militia".split())
# A bare count of deaths or injuries as a noun: "causing one death and two injuries", "resulted in 3 deaths"
# "dozens of wounded", "scores of dead": the state as a noun after "of" with no article (not "two of the wounded")
DEATH_NOUN_AFTER_RE = folded(
    r"\s*(?:(?P<killed>deaths?|fatalit(?:y|ies))|(?P<wounded>injur(?:y|ies)))\b|\s+of\s+(?:(?P<dead>dead)|wounded|injured)\b",
    re.IGNORECASE,
)

NAMED_PERSON_AND_TAIL_RE = re.compile(
    r"(?:^|[.;]\s+|\b(?:and|but|when|after)\s+)(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+,\s+(?:\d{1,3},\s+)?"
    r"(?:a|an|the)?\s*(?!(?:was|were|is|are|had|has|have)\b)[a-z][^,;]{2,70},\s+and\s+(?:(?:his|her|their)\s+)?$"
    # a named person with a title of address, then the others: "The Rev. Canon Lodu and three choir members"
    r"|(?:^|[.;]\s+)(?:The\s+)?(?:Rev(?:erend)?\.?|Fr\.|Father|Pastor|Bishop|Sheikh|Imam|Mullah|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Chief|"
    r"Hon\.?|Mayor|Governor|Senator|Colonel|Col\.|Captain|Capt\.|Major|Maj\.|Lt\.|Sgt\.)(?:\s+[A-Z][\w'’.-]+){1,4}\s+and\s+$"
)
# "A vendor wounded in the bombing has died": the participle opens a reduced relative, the clause's verb is a death
WOUNDED_THEN_DIED_AFTER_RE = re.compile(
    r"\s+(?:in|during|at|by|when|on)\b[^;.]{0,140}?\b(?:has|have|had)\s+(?:since\s+|now\s+|also\s+)?(?:died|succumbed)\b"
)
# "Fru and his driver were killed": a person named by surname at the clause's start, then the count
NAMED_AND_TAIL_RE = re.compile(r"(?:^|[.;]\s+)(?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’.-]+\s+and\s+$")
NAMED_ALONG_WITH_TAIL_RE = re.compile(r"(?:^|[\s\"'])(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+,[^;.]{0,80},\s+along\s+with\s+$")
# Before a count: the attackers telling their own toll ("the group said its fighters had killed 23 soldiers").
GROUP_ACCOUNT_TAIL_RE = folded(
    r"\b(?:said|saying|claimed|claiming|boasted)\s+(?:(?:in|on|via)\s+[^.;]{0,80}?\s)?(?:that\s+)?(?:its|his|their)\s+(?:[\w-]+\s+)?(?:fighters?|militants?|men|mujahideen|units?|members?)\s+"
    r"(?:had\s+|have\s+)?(?:[^.;]{0,80}?\s)?(?:killed|executed|eliminated|wounded|injured|captured|abducted|kidnapped|taken)\s*$",
    re.IGNORECASE,
)
# A capitalised name and a comma just before a count ("... shot dead Abdirahman Moalim Nur, ").
NAMED_APPOSITION_TAIL_RE = re.compile(r"\s(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+,\s*$")

UP_FROM_TAIL_RE = re.compile(
    r"\b(?:up|down)\s+from\s+(?:the\s+|an?\s+(?:earlier|initial)\s+)?$"
    r"|\b(?:raising|revising|updating|correcting)\s+(?:an?|the)\s+(?:earlier|initial|previous)\s+(?:death\s+)?(?:toll|figure)\s+of\s*$",
    re.IGNORECASE,
)
INVERTED_TOLL_TAIL_RE = re.compile(r"\b(?:bringing|raising|taking|pushing)\s+to\s*$", re.IGNORECASE)
# "bringing to four the number of military personnel killed", "raising to 12 the number of civilians dead": any people
# noun (up to three words) before the participle, not only "people"; but not a running tally over a country or a
# period ("bringing to 10 the number of reporters killed in Mexico this year")
INVERTED_TOLL_AFTER_RE = re.compile(
    r"\s+the\s+(?:number\s+of\s+(?:the\s+)?(?:dead|deaths|fatalities|victims|(?:[\w-]+\s+){1,3}?(?:killed|dead)"
    r"(?!\s+(?:this\s+year|so\s+far|since|nationwide|in\s+(?:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z]|20\d\d|the\s+(?:country|region|past|last)))))|(?:death\s+)?toll)\b",
)
ABOARD_RE = folded(r"\b(?:carrying|with)\s+", re.IGNORECASE)
ABOARD_NOUNS_RE = re.compile(r"\b(?:passengers|people|pilgrims|crew|travellers|travelers|commuters|driver|workers|labourers|laborers|traders|students|tourists)\b")
DRIVER_HELD_RE = re.compile(r"\b(?:holding|held|took|taken|abducted|kidnapped|seized)\b[^.;]{0,60}\band\s+(?:their|the|its)\s+(?:\w+\s+)?driver\b")
# Attackers as the subject of the killing just before a count: "Islamic State militants killed four fighters of the SDF".
ATTACKERS_KILLED_TAIL_RE = re.compile(
    r"\b(?:militants|insurgents|gunmen|jihadists|attackers|assailants|bandits|terrorists)\s+(?:\w+\s+){0,2}?(?:killed|killing)\s+$", re.IGNORECASE
)


# The head noun of people held: "recovered all 38 hostages", "freed the 12 captives".
HOSTAGE_HEAD_RE = re.compile(r"\b(?:hostages?|captives?)$")

# An air or missile strike in the sentence: the militants it kills are its targets, not attackers who died
# ("a US drone strike killed five militants", "six militants were killed when a drone hit their car")
AIR_STRIKE_RE = re.compile(
    r"\b(?:(?:drone|air|missile|aerial)[\s-]?(?:strikes?|attacks?|raids?|operations?)|airstrikes?|drones?|missiles?|warplanes?|"
    r"fighter\s+jets?|helicopter\s+gunships?)\b",
    re.IGNORECASE,
)
# Nouns that name the incident's own attackers by their role, whatever killed them ("30 assailants were neutralised
# when drones were called in"): still perpetrators
ROLE_ATTACKER_RE = re.compile(
    r"\b(?:attackers?|assailants?|gunm[ae]n|raiders?|infiltrators?|bombers?|hijackers?|kidnappers?|abductors?|perpetrators?|shooters?)\b"
)
# A pronoun standing for the people just counted: "opened fire on two herders, killing them both", "seized three
# farmers and slit their throats". The count before it (which no verb governs) gets the pronoun's role.
PRONOUN_VICTIMS_RE = folded(
    r"\b(?P<killed>(?:killing|killed|kills|kill|murdering|murdered|executing|executed|beheading|beheaded|"
    r"massacring|massacred|shooting\s+dead|shot\s+dead)\s+(?:them|both\s+of\s+them|all\s+of\s+them)\b|"
    r"(?:shot|shooting|shoot|hacked|hacking|beat|beating|stabbed|stabbing|burned|burning|burnt|stoned|stoning)\s+them\s+"
    r"(?:all\s+|both\s+)?(?:dead|to\s+death|alive)\b|(?:slit|slitting|cut|cutting)\s+their\s+throats\b)"
    r"|\b(?P<wounded>(?:wounding|wounded|injuring|injured)\s+(?:them|both\s+of\s+them|all\s+of\s+them)\b)",
    re.IGNORECASE,
)

# A running total a monitor keeps, not one incident's toll: "the UN has recorded more than a thousand killed since
# then", "the province recorded 200 violent deaths in the first two months of the year", "rights groups have
# documented hundreds of deaths". Either the perfect tense of a tallying verb, or the verb with a period.
BACKGROUND_TALLY_RE = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:recorded|documented|tallied)\b"
    r"|\b(?:recorded|documented|tallied)\b[^.;]{0,120}?\b(?:since|this\s+year|so\s+far|in\s+the\s+(?:first|past|last)\b|over\s+the\s+(?:past|last)\b)"
    # a period's sum: "In the past week, a total of 29 terrorists have been neutralised in our operations"
    r"|\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:week|weeks|fortnight|month|months|year|days)\b[^.;]{0,40}?\ba\s+total\s+of\b",
    re.IGNORECASE,
)
# "in the second killing of a local official this year": the victim of an earlier incident in a series, not this one's
SERIES_TAIL_RE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|latest|previous|last|earlier)\s+(?:such\s+)?$", re.IGNORECASE
)
NOUN_VERBS = frozenset(v for v in ACTIVE_VERBS if v.endswith(" of"))
# Two named people told dead together: "Corporal Jhon Lozano and Soldier Edwin Mosquera lost their lives"
_NAME = r"(?:[A-Z][\w'’.-]+\s+){1,5}[A-Z][\w'’.-]+"
# A feature's victims go by one name with their age: "Somchai, 56, and Anan were killed", "Ali, 19, and Omar, 23, died";
# full names carry it the same way: "Patrolmen Juan Pablo Rojas, 24, and Diego Mora Ruiz, 27, were shot dead"
_AGED = r"[A-Z][\w'’.-]+,\s*\d{1,3},?"
# A military release brackets each name's particulars and may put a clause before the verb: "Sepoy A (age 23
# years, resident of X) and Naik B (age 29 years, ...), having fought gallantly, embraced shahadat"; or in commas:
# "Naik A, aged 31 and a resident of Swabi, and Sepoy B, aged 23 ..."
_PARTICULARS = r"(?:\s*\([^()]{1,80}\)|,\s*aged?\s+\d{1,3}\b[^,.;()]{0,60},)?"
NAMED_PAIR_VICTIMS_RE = re.compile(
    rf"(?:^|[,;:]\s+)(?:{_NAME}{_PARTICULARS}(?:,\s*\d{{1,3}},?)?|{_AGED})\s+and\s+(?:{_NAME}{_PARTICULARS}(?:,\s*\d{{1,3}},?)?|{_AGED}|[A-Z][\w'’.-]+)"
    r"(?:(?:\s*,\s*|(?<=,)\s*)[a-z][^,.;]{1,60},)?\s+(?:(?:were|have\s+been|had\s+been|both)\s+)?(?:[a-z]+ly\s+)?"
    r"(?:killed|shot\s+dead|lost\s+their\s+lives|died|martyred|were\s+martyred|assassinated|murdered|gunned\s+down|"
    r"embraced\s+(?:shahadat|martyrdom))\b"
)
# "A third police officer has died", "a fifth victim succumbed": a later death that makes the toll the ordinal's rank
# (the victim may be described in commas first: "a fourth victim, a student riding past on a bicycle, died")
ORDINAL_DEATH_AFTER_RE = re.compile(
    r"(?:\s*,[^,.;]{1,120},)?\s+(?:(?:has|had|have|later|since|now|also|then)\s+){0,3}(?:died|succumbed|passed\s+away|lost\s+(?:his|her)\s+life)\b",
    re.IGNORECASE,
)
# An attacker's own death told as a self-killing after the attack ("before killing himself", "then shot themselves",
# "before committing suicide", "turned the gun on himself", "took his own life", "blew themselves up"). The
# singular tells one attacker dead; the plural tells as many as the attackers counted before it. Not "committed
# suicide bombings" (the attack's kind, not a death).
SELF_KILLING_RE = re.compile(
    r"\b(?:(?:killing|killed|kills|kill|shooting|shot|shoots|shot\s+and\s+killed)\s+(?P<k>himself|herself|themselves)\b"
    r"|(?:committing|committed|commit|commits)\s+suicide\b(?!\s+(?:bomb|attack|mission|raid|operation))"
    r"|turn(?:ing|ed|s)?\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:gun|guns|weapon|weapons|rifle|pistol)\s+on\s+(?P<t>himself|herself|themselves)\b"
    r"|(?:took|taking|takes)\s+(?P<o>his|her|their)\s+own\s+li(?:fe|ves)\b"
    r"|blew\s+themselves\s+up\b)",
    re.IGNORECASE,
)
# State forces as the subject of the killing just before a count: "troops had killed 47 militia fighters", "officers
# backed by armoured cars reached the village and killed four gang members". The mirror of ATTACKERS_KILLED_TAIL_RE:
# an armed band's members killed by the responders are the attackers. The words between may not leave the clause
# (a reporting verb or a time clause brings in another subject: "police said gunmen killed ...").
FORCES_KILLED_TAIL_RE = re.compile(
    # "a joint team of the DRG and Special Task Force killed four Maoists", "security personnel shot dead two": a unit
    r"\b(?:troops|soldiers|police|policemen|officers|forces|army|military|commandos|gendarmes|marines|personnel|jawans|task\s+force|joint\s+team)\s+"
    r"(?:(?!(?:said|says|told|reported|when|after|as|while|because|that|who)\b)[\w'’-]+\s+){0,12}?"
    r"(?:killed|killing|kill|shot\s+dead|gunned\s+down|neutrali[sz]ed|neutrali[sz]ing|eliminated|eliminating)\s+$",
    re.IGNORECASE,
)
# Words that make a counted noun an armed band's members ("militia fighters", "gang members", "militiamen"), which
# are attackers only when state forces killed them (pro-government militiamen are victims elsewhere)
# ("police killed four Maoists", "Naxalites": India's Maoist insurgents go by these names, with no group name)
ARMED_MEMBER_WORDS = frozenset("fighters militia militiamen gang gangs cadres combatants maoists naxals naxalites".split())

# A count told by ellipsis after another ("Four policemen were killed, and so were three of the attackers", "Five guards
# died, as did two of the gunmen"): it shares the role of the figure before it
# ("4 commandos died in the raids as did six militants", "six soldiers were killed, as well as 6 terrorists")
ELLIPSIS_TAIL_RE = re.compile(r"(?:\band\s+so|,\s*as)\s+(?:were|was|did|had|have)\s+(?:(?:also|all)\s+)?$|\bas\s+did\s+$|,\s*as\s+well\s+as\s+$", re.IGNORECASE)
# An armed group's own dead, told by the group against its victims ("killed seven soldiers; three of its own members
# died", "lost two of their own fighters"): its fighters, so the attackers (a state force's men are "soldiers", "troops")
# "lost two of its fighters" says the same without "own": the loser's fighters (LOSS_TAIL_RE)
OWN_MEMBERS_RE = re.compile(r"^of\s+(?:its|their)\s+(?P<own>own\s+)?(?:fighters|members|militants|combatants|cadres|guerrillas)$")
LOSS_TAIL_RE = re.compile(r"\b(?:lost|losing)\s+$", re.IGNORECASE)
# "pursued the criminal group ..., killed two of its members": an armed band is the last owner named before "its"
ARMED_BAND_OWNER_TAIL_RE = re.compile(
    r"\b(?:the|a|an|this|that)\s+(?:[\w-]+\s+)?(?:armed|rebel|insurgent|terrorist|militant|jihadist|extremist|criminal|guerrilla)\s+"
    r"(?:group|gang|organi[sz]ation|band|cell|faction)\b(?:(?!\b(?:group|gang|band|cell|faction|forces?|army|units?|police)\b)[^.;])*$",
    re.IGNORECASE,
)
