"""Pattern tables for incident grouping (tasks/extract/segment.py): what starts, continues or ends an incident."""

from __future__ import annotations

import re

from .text import folded

# A digest's section label opening a paragraph ("CONGO - ...", "WHAT WE'RE READING - ...").
# "BELGOROD REGION, RUSSIA - ...": a roundup's label may name the country after a comma.
# A report may label its sections in title case by the area they cover ("Irumu territory: On 3 July, ...").
SECTION_LABEL_RE = re.compile(
    r"^[A-ZÀ-Þ][A-ZÀ-Þ'’ -]{2,40}(?:,\s[A-ZÀ-Þ][A-ZÀ-Þ'’ -]{2,30})?(?:\s[-–—]|:)\s"
    r"|^[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,2}\s+(?:territory|province|state|region|district|county|department|governorate|"
    r"prefecture|division|LGA|area|commune|municipality)\s*(?:[-–—]|:)\s"
)
# A bulletin's numbered item ("1.", "2)", "(3)", "#4", "Item 5:"), alone or leading its paragraph: the next incident, as in a
# digest's section; a register or NGO bulletin numbers its incidents this way.
NUMBERED_ITEM_RE = re.compile(r"^\s*(?:\(\d{1,2}\)|\d{1,2}[.)]|#\d{1,2}[.:]?|(?:Item|Incident)\s+\d{1,2}[.:])(?:\s+|$)")
# A section's own heading line that dates its item ("Mayo-Sava - Tuesday 7 April, around 22:00."): short, no verb needed.
SECTION_HEAD_MAX_WORDS = 14
# A live blog's time-stamped entry ("09:40 - An Israeli drone struck ..."): the next entry, which may be a new
# incident or an update of one told before (unlike a digest's section, it can return to an earlier incident).
LIVE_ENTRY_RE = re.compile(r"^\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:[ap]\.?m\.?|GMT|UTC|local\s+time)?\s*[-–—|]\s", re.IGNORECASE)
# A report section that tells no incident: history, the aid response, needs ("BACKGROUND: Ituri has been under ...",
# "RESPONSE: Emergency kits were delivered"); its violent words ("relatives of those abducted") look back.
ASIDE_SECTION_RE = re.compile(
    r"^(?:BACKGROUND|CONTEXT|RESPONSE|HUMANITARIAN\s+(?:RESPONSE|IMPACT|NEEDS|ACCESS|SITUATION)|NEEDS|GAPS|REACTIONS?|ANALYSIS|"
    r"FUNDING|COORDINATION|WHAT\s+WE'?RE\s+READING)\b[^a-z]*?(?:\s[-–—]|:)\s"
)
# A report's comment paragraph under a plain label ("Trend: since January ...", "Recommendations: the network calls
# on ..."): it tells no incident, and ends the item above it.
ASIDE_LABEL_RE = re.compile(
    r"^\s*(?:Background|Context|Trends?|Recommendations?|Response|Analysis|Outlook|Comment|Assessment|Needs|Gaps|Funding)\s*:\s"
)
# A report's summary section ("HIGHLIGHTS: ...", "KEY POINTS - ..."): it restates incidents the body details later.
SUMMARY_SECTION_RE = re.compile(r"^(?:HIGHLIGHTS|KEY\s+(?:POINTS|MESSAGES|DEVELOPMENTS|FIGURES)|SUMMARY|AT\s+A\s+GLANCE|IN\s+NUMBERS)\b[^a-z]*?(?:\s[-–—]|:)\s")
# A roundup's sub-heading on a line of its own ("TURBAT: CONSTRUCTION EQUIPMENT SET ABLAZE", "BACKGROUND").
CAPS_HEADING_RE = re.compile(r"^[^a-z]*[A-Z]{2}[^a-z]*$")
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
    # a report that looks back at an earlier attack: "The bulletin recalled that an attack on a mosque ... killed 44",
    # "It cited the bombing of a police bus in Quetta"
    r"\b(?:report|bulletin|update|agency|office|study|survey|document|it)\s+(?:also\s+)?(?:recalled|recalls|recalling|cited|cites)\b|"
    r"\b(?:years|decades)\s+of\s+(?:war|conflict|fighting|violence|insurgency|unrest|instability|bloodshed|chaos)\b|"
    r"\b(?:decade|decades|years)-long\b|\banniversary\b|\bcommemorat\w*|\bmemorial\b|"
    r"\b(?:was|were|been|be|is|are)\s+(?:\w+\s+)?(?:sentenced|convicted|acquitted|jailed|imprisoned|indicted|charged|tried)\b|"
    # "found guilty", and the court's own wording: "the court found them guilty", "found the three accused guilty"
    r"\bverdict\b|\bon\s+trial\b|\bfound\s+(?:[\w-]+\s+){0,3}?guilty\b|\btold\s+the\s+court\b|\bthe\s+court\s+heard\b|\btestif(?:y|ied|ies)\b|"
    r"\b(?:prosecution|prosecutors?)\s+(?:told|said|argued|alleged)\b|\b(?:insurgency|conflict|war|violence|campaign)\s+(?:that|which)\s+(?:has|have|had)\b|"
    r"\bha(?:ve|s|d)\s+(?:killed|claimed(?:\s+the\s+lives\s+of)?)\s+(?:more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|some\s+|about\s+|around\s+|tens\s+of\s+)?[\d,]+(?:\s+\w+)?\s+(?:people|lives|civilians|soldiers)|"
    r"\bha(?:ve|s)\s+(?:killed|claimed)\s+(?:tens\s+of\s+|hundreds\s+of\s+)?thousands\b|\blast\s+year\b|\bevery\s+year\b|"
    r"\bdeadliest\s+(?:year|month)\b|\blast\s+(?:week|month)\b|\bearlier\s+this\s+(?:month|year)\b|"
    r"\b(?:a|in\s+a)\s+similar\s+(?:attack|incident|bombing|ambush|raid|shooting|assault|blast|explosion)\b|\bprevious\s+(?:attack|attacks)\b|"
    r"\bfor\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:a|two|three|\w+)\s+(?:decades?|years)\b|"
    r"\b(?:in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months|decades?)\b|"
    r"\bha(?:s|ve)\s+(?:also\s+)?stepped\s+up\s+(?:its\s+|their\s+)?attacks\b|"
    # a group's long campaign, not one attack: "has since waged a campaign of roadside bombs and ambushes"
    r"\bwag(?:ed|es|ing)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:campaign|insurgency|war)\b|"
    r"\b(?:have|has)\s+(?:often|repeatedly|long|frequently|routinely|regularly)\s+(?:blamed|accused)\b|"
    # dated from an event months or years back: "These events come less than a year after a senator was shot"
    r"\b(?:come|comes|came|coming)\s+(?:less\s+than\s+|more\s+than\s+|nearly\s+|almost\s+|just\s+|only\s+)?"
    r"(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:months?|years?)\s+after\b|"
    # a tally, not an attack: "has carried out more air strikes this year than in any year since"
    r"\b(?:more|fewer)\s+(?:\w+\s+){0,2}?(?:attacks|strikes|bombings|killings|raids)\s+(?:this|last)\s+(?:year|month)\b",
    re.IGNORECASE,
)
# A sentence about attacks in general ("Yet attacks by groups linked to al-Qaeda have spread"), not one attack.
GENERIC_EVENT_RE = folded(
    r"^(?:\W*(?:yet|but|and|so|such|these|those|similar|recent|frequent|repeated|deadly|jihadist|militant|insurgent)\s+)*"
    # "Abductions for ransom remain the main threat": the kind may carry its purpose or victims first
    r"(?:attacks|bombings|killings|raids|kidnappings|abductions|ambushes|violence)\s+(?:(?:for|of|on|against)\s+(?:[\w-]+\s+){1,2}?)?"
    r"(?:by|on|against|in|have|has|are|were|continue|remain|like)\b",
    re.IGNORECASE,
)
YEAR_RE = re.compile(r"\b(19\d\d|20\d\d)\b")
# "in January" with no day: a month before the publication month is history, not the news.
BARE_MONTH_RE = re.compile(
    r"\b(?i:in|since|during|until|that)\s+(?i:early\s+|late\s+|mid-)?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)"
)
MONTH_NUMBERS = {name: number for number, name in enumerate(
    ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"), 1
)}
HISTORY_MONTHS = 2  # months back from publication after which a bare month names the past
# A running total ("more than 35,000 people have been killed since 2001"): the whole sentence is background.
RUNNING_TOTAL_RE = folded(
    r"\b(?:have|has|had)\s+(?:now\s+)?(?:been\s+)?(?:\w+ly\s+)?(?:killed|died|wounded|displaced|claimed|lost|assaulted|attacked|abducted|kidnapped|injured)\b[^.;]*?\b(?:since|so\s+far|to\s+date|"
    r"this\s+year|over\s+the\s+(?:past|last)|in\s+recent\s+(?:years|months)|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|in\s+(?:the\s+)?(?:\w+[-\s])?(?:year|decade)s?[-\s]?(?:long|old)?\s+(?:conflict|war|insurgency))\b"
    # a court's step, like a guilty plea, looks back at an attack: "pleaded guilty on Monday to threatening to kill"
    r"|\b(?:sentenced|convicted|acquitted|plead(?:ed|s|ing)?\s+guilty|pled\s+guilty)\b"
    # an appeal's step too: "upheld the convictions of two men", "overturned the acquittal"
    r"|\b(?:upheld|overturned|quashed|reversed)\s+(?:the\s+)?(?:\w+\s+)?(?:convictions?|sentences?|verdicts?|acquittals?|rulings?)\b"
    r"|\b\d[\d,]*\s+(?:deaths|dead|fatalities|killings)\s+since\b"
    # a monthly tally: "At least 612 people were killed in violence across Syria in January"
    r"|\bkilled\s+in\s+(?:violence|attacks|fighting|clashes)\s+across\b|\bmonthly\s+(?:toll|report|tally|figures?)\b",
    re.IGNORECASE,
)
ANAPHORA_RE = folded(
    r"\b(?:the|this|that|today's|yesterday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|sunday's)\s+"
    r"(?:\w+\s+)?(?:attacks?|blasts?|explosions?|bombings?|assault|ambush|raid|incident|shooting|attackers?|gunmen|"
    r"gunman|militants|bombers?|assailants?|victims?|deceased|slain|dead|wounded|injured|kidnappers|abductors|strike|siege|violence|massacre)\b|"
    # the victims named back by what befell them, as a reduced relative ("The man killed was a driver", "the soldiers
    # wounded in the ambush", "those abducted included"), never a finite verb ("the army killed three")
    r"\b(?:the|those)\s+(?:[\w-]+\s+){0,2}?(?:killed|slain|wounded|injured|hurt|abducted|kidnapped)\s+"
    r"(?:was|were|is|are|had|have|included?|in\s+the|during\s+the|on\s+\w+day)\b|"
    # deaths placed at the scene just told: "Lezama, his driver and his coordinator died at the scene"
    r"\b(?:died|killed|dead|perished)\s+(?:instantly\s+)?(?:at|on)\s+the\s+(?:scene|spot)\b",
    re.IGNORECASE,
)
# The weapon already told ("The vehicle ... hit the device on the road between Milimani and Baure"): a reference back to
# the article's only incident so far, unless a day of its own leads the paragraph (a lead's second incident, detailed).
WEAPON_ANAPHORA_RE = folded(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:device|ied|landmine|mine|grenade|bomb|explosives?)\b", re.IGNORECASE)
NEW_INCIDENT_RE = folded(
    # attackers who come back: "Hours later, suspected militants struck again", "the gunmen returned and attacked again"
    r"^(?=[^.;]*\b(?:struck|attacked|hit|raided|stormed)\s+again\b)|"
    r"^\s*(?:in\s+(?:a|an|another)\s+(?:separate|second|similar|related|different|earlier|later|unrelated)?\s*"
    r"(?:attack|incident|bombing|blast|explosion|development|raid|ambush|shooting|assault)|separately|elsewhere|"
    r"in\s+(?:a|another)\s+(?:separate\s+|second\s+|third\s+|further\s+)?case\b|"
    r"meanwhile|in\s+another|also\s+on\s+\w+day|(?:further|farther)\s+(?:east|west|north|south|afield),|across\s+the\s+(?:border|frontier|front\s+line),|earlier\s+(?:on\s+)?(?:\w+day|in\s+the\s+day|that\s+day)|"
    r"later\s+(?:on\s+)?(?:\w+day|that\s+day|in\s+the\s+day)|in\s+a\s+separate|a\s+separate|another\s+(?:attack|bomb|blast|explosion)|"
    # a later day's fighting dated from the attack just told: "A day after the ambush, soldiers clashed with the rebels",
    # "Two days after the bombing, gunmen stormed a school". Only with a violent verb of its own: "Two days after the
    # attack, the toll rose" and "Hours after the raid, the army said" follow the same incident.
    r"(?:a|one|two|three|four|five|several|a\s+few|\d+)?\s*(?:days?|hours|weeks?|nights?)\s+after\s+the\s+"
    r"(?:ambush|attack|raid|bombing|blast|explosion|shooting|killings?|assault|massacre|strike|air\s*strike),?\s+"
    r"(?=[^.;]*\b(?:clashed|attacked|ambushed|stormed|raided|struck|opened\s+fire|exploded|blew\s+up|set\s+fire|torched|abducted|kidnapped)\b)|"
    # "The shooting came three days after drones dropped explosives on homes in El Aguaje"
    r"the\s+(?:attack|shooting|killing|bombing|blast|ambush|raid|assault)\s+came\s+(?:a|one|two|three|four|five|six|\d+|several)\s+(?:days?|weeks?)\s+after\s+(?!the\b))",
    re.IGNORECASE,
)
# A sentence that only announces the attackers' return ("Hours later, suspected militants struck again."): what follows
# is another incident, never a follow-up of the one before.
RENEWED_ATTACK_RE = folded(r"\b(?:struck|attacked|hit|raided|stormed|came\s+back|returned)\s+(?:once\s+)?again\b", re.IGNORECASE)
# A police register that counts its cases ("In the second case, registered at ...", "In the other case"): each case is
# an incident of its own. Not "in the second attack", which often details one the lead already summed up.
# Also told as the subject: "A second FIR was lodged at ...", "The other case concerns ...".
ORDINAL_INCIDENT_RE = folded(
    r"^\s*(?:in\s+the|the|a)\s+(?:second|third|fourth|fifth|other|latter)\s+(?:case|FIR|complaint)\b", re.IGNORECASE
)
# The security forces' response that kills the attackers ("Police reached the village before dawn and killed four gang
# members in an exchange of fire"): its dead are the incident's perpetrators_killed, not another attack, even on a later day.
RESPONSE_KILLING_RE = folded(
    r"\b(?:police|policemen|officers|troops|soldiers|security\s+forces|army|forces|commandos)\b[^.;]{0,100}?"
    r"\b(?:killed|killing|shot\s+dead|neutrali[sz]ed|neutrali[sz]ing|gunned\s+down)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:gang\s+members|gangsters|militants|attackers|assailants|gunmen|insurgents|kidnappers|terrorists|bandits|rebels|jihadists|guerrill?as)\b"
    r"(?=[^.;]*\b(?:exchange\s+of\s+fire|exchanged\s+fire|returned\s+fire|shoot-?out|gunfight|gun\s+battle|firefight|"
    r"respon(?:se|ded|ding)|repelled|repulsed|pursued|pursuit|gave\s+chase|reinforcements|counter-?attack))"
    # the pursuit told first: "soldiers pursued the raiders through the night and killed two of them near Kaabong"
    r"|\b(?:police|policemen|officers|troops|soldiers|security\s+forces|army|forces|commandos|vigilantes)\b[^.;]{0,60}?"
    r"\b(?:pursued|chased|gave\s+chase|tracked|hunted\s+down|went\s+after|followed\s+the)\b[^.;]{0,80}?"
    r"\b(?:killed|killing|shot\s+dead|neutrali[sz]ed|neutrali[sz]ing|gunned\s+down)\b"
    r"|\bin\s+(?:its|their|a)\s+response\b[^.;]{0,60}?\b(?:killed|shot\s+dead|neutrali[sz]ed)\b",
    re.IGNORECASE,
)
# A bomb made safe or found before it went off ("Another bomb was disarmed"): no attack of its own.
DEFUSED_RE = folded(r"\b(?:was|were)\s+(?:\w+\s+)?(?:defused|disarmed|dismantled|found|discovered|recovered|seized)\b", re.IGNORECASE)
# Victims of the incident already reported, treated or dead later in a hospital elsewhere: not a new
# place. Deaths are read by the casualty table's LATER_DEATHS_RE; these are the other follow-ups.
# (also victims in care told without "treated", and more people carried off: "Eleven others are receiving treatment",
# "Four others had been taken away")
FOLLOW_UP_FIGURE_RE = folded(
    r"\b(?:were|was|are|is)\s+(?:still\s+)?(?:being\s+)?treated\b|\bneutrali[sz]\w*|\b(?:receiving|undergoing)\s+(?:medical\s+)?treatment\b"
    r"|\b(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?(?:taken|carried|led|marched)\s+(?:away|off)\b"
    # the wounded told by their care or state: "Four other people remain in hospital", "is in critical condition",
    # "was rushed to hospital", "sustained a gunshot wound", "received a bullet in the thigh", "succumbed on the way"
    r"|\bin\s+(?:a\s+)?(?:critical|serious|grave|stable)\s+condition\b|\b(?:remain|remains|remained)\s+(?:in\s+hospital|hospitali[sz]ed)\b"
    r"|\b(?:rushed|taken|brought|evacuated|admitted)\s+to\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:hospital|clinic|health\s+cent(?:re|er))\b"
    r"|\b(?:hit|shot)\s+in\s+the\s+\w+|\b(?:suffered|sustained)\s+(?:a\s+)?(?:\w+\s+)?(?:burns|injuries|wounds?|injury)\b"
    r"|\breceived\s+a\s+bullet\b|\b(?:hit|struck)\s+by\s+(?:a\s+)?(?:stray\s+)?(?:bullets?|shrapnel|gunfire)\b|\bsuccumbed\b|\bescaped\s+with\s+(?:\w+\s+)?(?:injuries|wounds)\b|\b(?:were|are)\s+(?:all\s+)?safe\b"
    # the toll of the attack just told, revised or from another source: "The final toll rose to 17", "The RSF-run
    # administration put the toll at 40"
    r"|\b(?:final|provisional|updated|revised|latest)\s+(?:death\s+)?toll\b|\bput\s+the\s+(?:death\s+)?toll\s+at\b",
    re.IGNORECASE,
)
FOLLOW_UP_RE = folded(
    r"\b(?:subsequently|since)\s+died\b|\bdied\s+(?:later\s+)?(?:of\s+(?:\w+\s+)?(?:wounds|injuries)\s+)?(?:in|at)\s+(?:a|the)\s+(?:[\w-]+\s+)?hospital\b|"
    # victims in care: "are admitted at Kotido Health Centre", "being treated at a clinic in Mokolo"
    r"\b(?:admitted|treated|receiving\s+treatment|recovering)\s+(?:at|in|to)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:hospital|health\s+(?:cent(?:re|er)|post)|clinic|infirmary|medical\s+cent(?:re|er))\b|"
    # more victims of the same attack: "Two other herders were injured", "Three other passengers had been wounded"
    r"^\s*(?:[\w-]+\s+)other\s+(?:[\w-]+\s+){0,2}?(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?(?:\w+ly\s+)?"
    r"(?:injured|wounded|hurt|killed|abducted|kidnapped)\b|"
    r"\b(?:taken|rushed|flown|airlifted|evacuated|transferred)\s+to\s+(?:a\s+|the\s+)?(?:\w+\s+)?hospitals?\s+in\b|\bhospitali[sz]ed\s+in\b|"
    # the dead buried or identified on a later day: "said 11 bodies had been identified and buried on Wednesday"
    r"\bbodies\s+(?:had\s+been\s+|have\s+been\s+|were\s+)?(?:identified|buried|laid\s+to\s+rest)\b|"
    # captives of the incident found dead later, wherever: "The bodies of two of the abducted men were found on Tuesday"
    r"\b(?:bod(?:y|ies)|remains)\s+of\s+(?:[\w-]+\s+){0,3}?(?:the\s+)?(?:abducted|kidnapped|missing|captive|hostage|seized)\b|"
    # an earlier count of the same dead, superseded: "A first statement ... on Monday evening said seven soldiers had been killed"
    r"\b(?:first|initial|earlier|preliminary)\s+(?:statement|toll|report|count|figure|tally)s?\b[^.;]{0,80}\bhad\s+(?:been\s+)?(?:killed|died)\b|"
    # "The first reports on Monday put the number of dead at 12", "Initial figures gave eight dead": a count superseded
    r"\b(?:first|initial|earlier|preliminary)\s+(?:statements?|tolls?|reports?|counts?|figures?|tall(?:y|ies)|estimates?)\b[^.;]{0,60}?"
    r"\b(?:put|gave|stood|counted|listed|said|showed)\b|"
    # "Officials had counted 18 dead on Wednesday", "Among them were ...", "The man who died on Wednesday had been brought to Pemba"
    r"\bhad\s+(?:earlier\s+|initially\s+)?counted\b|^\s*among\s+(?:them|the\s+(?:dead|victims|wounded|injured))\b|"
    r"\bwho\s+died\s+(?:on\s+\w+day|later|overnight|in\s+hospital)\b|"
    # a later count of the same dead: "recovered a third body on Wednesday evening, bringing the death toll to three"
    # told with "number" or the figure first too: "raising the number of dead to 21", "bringing to 23 the number killed"
    r"\b(?:bringing|raising|taking|pushing|lifting)\s+(?:the\s+(?:\w+\s+)?(?:toll|number\s+of\s+(?:\w+\s+)?(?:dead|deaths|victims|"
    r"fatalities|killed))\s+to\b|to\s+[\w,]+\s+the\s+(?:\w+\s+)?(?:toll|number))|"
    # more dead of the same attack found later: "search teams recovered six more bodies", "found the remains of 11 more victims"
    r"\b(?:found|recovered|retrieved|pulled|discovered|located)\s+(?:out\s+)?(?:the\s+(?:bodies|remains)\s+of\s+)?"
    r"(?:[\w-]+\s+)(?:more|further|additional|other)\s+(?:bodies|victims|dead)\b|"
    # a revised count told without "toll": "It first reported three dead; on Thursday rescuers pulled a fourth body out"
    r"\b(?:first|initially)\s+reported\s+(?:\w+\s+)?(?:dead|deaths|killed)\b|"
    r"\b(?:pulled|recovered|retrieved|found)\s+(?:a|an)\s+(?:second|third|fourth|fifth|sixth|further|another)\s+body\b|"
    # one more of the same dead, told by its rank on a later day: "A sixth victim died on Saturday", "A third soldier
    # has since died"; the rank counts on from the toll just told, so it is that attack's, not a new one
    r"^\s*(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:also|later|has\s+since|had\s+since|has\s+also|later\s+also)\s+)?(?:died|succumbed)\b",
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
    r"fought|clashed|battled|exchanged\s+fire|sabotaged|"
    # an abduction told by its end: "forced onto motorcycles and taken away", "marched off into the bush"
    r"taken\s+away|led\s+away|carried\s+off|marched\s+(?:off|away)|"
    # arson and close killing told plainly: "burned down the customs post", "set them alight", "hacked to death",
    # and a fight told by its weapons: "exchanged heavy machine-gun and artillery fire"
    r"burn(?:ed|t)\s+down|burn(?:ed|t)\s+(?:an?|the|two|three|several)\s|executing|fell\s+on\s+the\s+field|set\s+(?:\w+\s+){0,3}?(?:ablaze|alight|on\s+fire)|hacked|exchanged\s+(?:[\w-]+\s+){1,4}?fire|"
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
# A match report's own vocabulary and its result ("hammering their rivals 4-0"): a sports page that borrows
# war words ("massacred", "ambushed", "under siege") reports no incident, whatever its sentences say.
SPORT_TERM_RE = re.compile(
    r"\b(derby|match(?:es)?|stadium|league|goals?|goalkeeper|striker|midfield\w*|defender|winger|coach|fans|champions|"
    r"title|penalty|header|half-time|halftime|full[- ]time|kick-?off|scored|cup|tournament|season|players?|club|substitute|"
    r"referee|play-?offs?|"
    # cricket's own words: a bowling "attack" that "ripped through" a batting line-up is no incident
    r"wickets?|innings|batting|batters?|batsm[ae]n|bowl(?:er|ers|ing|ed)|stumps|sixes|trophy|spectators)\b",
    re.IGNORECASE,
)
MATCH_RESULT_RE = re.compile(
    r"\b(?:won|beat|beating|hammer\w*|thrash\w*|draw|drew|lost|defeat\w*|win|victory|rout\w*|massacred)\b[^.]{0,60}?\b\d{1,2}-\d{1,2}\b"
    r"|\b\d{1,2}-\d{1,2}\s+(?:win|victory|defeat|draw|loss|rout)\b"
    # a cricket result: "an eight-wicket win", "won by 40 runs", "an innings victory"
    r"|\b(?:[\w-]+-(?:wicket|run)|innings)\s+(?:win|victory|defeat|loss)\b|\b(?:won|beat|lost)\s+(?:[\w-]+\s+){0,4}?by\s+[\w-]+\s+(?:wickets|runs)\b",
    re.IGNORECASE,
)
SPORT_REPORT_TERMS = 6


def is_sport_report(sentences: list[str]) -> bool:
    """True when an article is a match report: a result and several distinct terms of the game."""
    text = " ".join(sentences)
    if not MATCH_RESULT_RE.search(text):
        return False
    return len({m.group(1).lower() for m in SPORT_TERM_RE.finditer(text)}) >= SPORT_REPORT_TERMS


ROLL_UP_RE = folded(
    r"\b(?:two|three|four|five|several|a\s+(?:string|series|spate|wave)\s+of|separate)\s+(?:\w+\s+)?(?:attacks|raids|incidents|strikes|assaults)\b"
    # a tally over a span of days: "strikes killed two men in the south and wounded three in the east over two days"
    r"|\bover\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|five|six|seven|several|\d+)\s+days\b|\bover\s+the\s+(?:past\s+)?weekend\b",
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
# A paragraph led by the day after the one just told ("The next day, an air force jet bombed a camp near Zurmi"):
# a dated act of its own, so another incident unless it only reports deaths, arrests or the pursuit (checked first).
NEXT_DAY_LEAD_RE = folded(
    r"^\s*(?:(?:early|late)\s+)?(?:on\s+)?the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)\b", re.IGNORECASE
)
# A lead that announces several attacks before telling them in joined clauses ("In separate attacks on Monday, gunmen
# killed two policemen in Bannu and a bomb killed a teacher in Tank"): each clause is an incident of its own.
SEPARATE_ATTACKS_LEAD_RE = folded(
    r"^\s*(?:in|during)\s+(?:(?:two|three|four|several|multiple)\s+)?(?:separate|different|unrelated|distinct)\s+"
    r"(?:attacks|incidents|bombings|shootings|raids|ambushes|assaults|strikes)\b", re.IGNORECASE
)
TOLL_WORD_RE = folded(r"\b(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths|victims))\b", re.IGNORECASE)
# "So the official toll this morning is seven dead", "the toll now stands at 12": the count of an incident already
# told, restated on the day of reporting; that day never makes it another incident.
TOLL_RESTATED_RE = folded(
    r"\b(?:the|its|their)\s+(?:(?:official|overall|final|latest|new|provisional|death)\s+){0,2}toll\b[^.;]{0,40}?"
    r"\b(?:is|was|stands?|stood|has\s+(?:risen|climbed|reached)|(?:rose|climbed|reached))\b",
    re.IGNORECASE,
)
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
    r"\bin\s+(?:a|another)\s+(?:separate|second|different|unrelated)\s+(?:[\w-]+\s+)?(?:attack|incident|ambush|bombing|raid|shooting|"
    # every kind of violent event a lead can set apart: "killed nine fighters in a separate gun battle further north"
    r"gun\s*battle|gunfight|firefight|clash|fighting|exchange\s+of\s+fire|strike|air\s*strike|blast|explosion|killing|kidnapping|abduction|"
    r"operation|assault|case)\b|\bseparately\b"
    r"|\ba\s+separate\s+(?:attack|incident|ambush|bombing|raid|shooting|gun\s*battle|clash|strike|blast|explosion)\s+(?:in\s+which|when|where)\b",
    re.IGNORECASE,
)
# A joined clause led by another attack that harms people: "..., while an air strike on Nyala killed 26".
SECOND_ATTACK_RE = folded(
    # "..., hours after a grenade was thrown at a police vehicle in Srinagar": the lead's second, earlier incident
    r",\s+(?:(?:a|one|two|three|four|five|six|\d+)\s+days?|(?:just\s+|only\s+|a\s+few\s+|several\s+)?hours)\s+after\s+"
    r"(?=(?:\w+\s+){0,5}?(?:burning|killing|shooting|attacking|setting|gunmen|militants|attackers|insurgents|a\s+bomb|an?\s+attack|an?\s+grenade|"
    r"(?:air|drone|missile)\s+strike|airstrike|raid|bombing|explosion|blast|ambush))"
    # ("... in western Mali and a drone strike killed 21 people": the comma before "and" is often left out)
    r"|(?:,\s*(?:and|while|whereas)|\s+and|;)\s+(?=(?:(?:residents|officials|police|witnesses|medics|locals)(?:\s+of\s+(?:[\w-]+\s+){1,4}?)?\s*said\s+)?"
    r"(?:an?|another|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:bomb|bombing|blast|explosion|air\s*strike|airstrike|drone\s+strike|strike|grenade|mine|shell|rocket|suicide\s+bomber)s?\s+"
    # the weapon's own act, even harming no one: "..., and a grenade was hurled at a shop in Lyari the next morning",
    # "..., and an explosion ruptured an oil pipeline elsewhere in the province"
    r"(?:[^,.;]{0,60}?\s)?(?:killed|wounded|injured|hit|struck|exploded|went\s+off|(?:was|were)\s+(?:hurled|thrown|lobbed|fired|detonated)\s+at)\b)"
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
    r"\b(?:said|says|told|announced|added|reported|confirmed|stated|statement|described)\s+(?:\w+\s+){0,2}?(?:on\s+|late\s+|early\s+)*$", re.IGNORECASE
)
# A day that leads a sentence whose news is a statement about deaths already past (the pluperfect): the statement's day
STATED_ON_DAY_RE = re.compile(
    r"^\W*(?P<lead>(?:(?:on|late|early)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?,)"
    r"\s+(?:[\w'’-]+\s+){1,6}?(?:said|told\s+\w+|reported|announced|confirmed)\s+(?:that\s+)?[^.;]{0,60}?"
    r"\bhad\s+(?:died|been\s+killed|lost\s+their\s+lives|succumbed)\b",
    re.IGNORECASE,
)
# "... killed nine on Sunday and returned on Tuesday night, killing five more": attackers coming back on a day of their
# own join the second incident without a comma.
DAY_JOIN_RE = re.compile(r"(?:,\s*(?:and|while|whereas)|;|\s+and(?=\s+(?:then\s+)?(?:returned|came\s+back)\b))\s+")
HARM_VERB_RE = folded(
    r"\b(?:killed|killing|died|dead|shot|wounded|wounding|injured|injuring|beheaded|abducted|kidnapped|set\s+fire|burned|torched|"
    r"seized|hijacked|stormed|blew\s+up|bombed|attacked|raided|ambushed)\b",
    re.IGNORECASE,
)
CLAUSE_SPLIT_RE = re.compile(r"(?:,\s*|;\s*|\s+)(?:and|while|whereas|but)\s+|;\s+")
# A sentence led by its day ("On Sunday,", "Late Saturday,", "Early on Monday,").
LEADING_DAY_RE = re.compile(
    # "Overnight into Thursday, ...": the night that ran into the day
    r"^\s*(?:(?:And|But|Then)\s+)?(?:(?:On|Late|Early|Overnight|By)\s+)?(?:on\s+|into\s+)?(?:(?:late|early)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|Yesterday|[Ll]ast\s+night)"
    # "On Tuesday night gunmen burst into ...": a time of day closes the phrase even without a comma
    r"(?:\s+(?:morning|afternoon|evening|night)(?:,|\s+)|,|\s+(?=at\s+least\b|about\b|around\b|some\b|an?\b|\d|[A-Z]))"
)
ATTACH_GAP = 2
# Substrings every zero-casualty pattern contains; a sentence without them skips those patterns.
ZERO_CUES = ("no ", "nobody", "none ", "without", "unharm", "unhurt", "unscath", "only ", " safe")
CLAIM_ATTACH_GAP = 4


LEADING_PLACE_RE = re.compile(
    # "In neighbouring Yala province, ...", "In northern Kaduna, ...": the place may follow a word that situates it
    # "In the east of the country, ...", "In the country's far north, ...": a part of the country, named by compass
    r"^\s*In\s+(?:the\s+(?:far\s+)?(?:north|south)?(?:east|west)?\s+of\s+the\s+(?:country|nation)|"
    r"the\s+(?:country|nation)['’]s\s+(?:far\s+)?(?:north|south)?-?(?:east|west)?)\s*,|"
    r"^\s*(?:In|Further\s+(?:east|west|north|south)\s+in|Elsewhere\s+in)\s+"
    # "In the border town of Bilopillia, ...": the kind of place first
    r"(?:the\s+(?:[a-z-]+\s+){0,2}(?:town|city|village|district|area|port|region|province|county)\s+of\s+)?"
    r"(?:the\s+(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:province|state|region|district|county|governorate|department)\b))?"
    r"(?:(?:the\s+)?(?:neighbouring|neighboring|nearby|adjacent|(?:north|south)?(?:eastern|western)|northern|southern|central)\s+)?"
    r"(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+"
    # the second-level units of many countries: DR Congo's territories, Cameroon's divisions, Nigeria's LGAs, the Sahel's
    # communes and prefectures, Pakistan's tehsils, Bangladesh's upazilas, Ethiopia's zones and woredas
    r"(?:\s+(?:province|state|region|district|county|governorate|department|territory|division|commune|prefecture|municipality|"
    r"local\s+government\s+area|LGA|tehsil|upazila|zone|woreda|sub-?county|circle|cercle))?\s*,"
)


# One plain clause: no aside, relative clause or comparison that could hold the year instead. Long enough for a named
# group, its victims and a place ("Al-Shabaab fighters abducted five aid workers in neighbouring Gedo region in March 2022").
SIMPLE_CLAUSE_RE = re.compile(r"(?!(?:[^,()]|(?<=\d),(?=\d))*\b(?:who|which|that|since|(?<!more\s)(?<!less\s)(?<!fewer\s)than|after|before|ago)\b)(?:[^,()]|(?<=\d),(?=\d)){5,160}", re.IGNORECASE)

# The days a news report counts back from publication ("on Tuesday", "yesterday", "last night"): a sentence naming one
# tells recent news, and a chronicle dated only by its own events ("On June 10, five men were detained") names none.
NEWS_DAY_RE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last\s+night|today)\b", re.IGNORECASE)

# A joined clause dated from the one before it ("..., and a grenade was hurled at a shop the next morning"): another time,
# so another incident, like a clause with a day of its own.
RELATIVE_LATER_RE = folded(
    r"\b(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|(?:a|one)\s+day\s+later|(?:hours|days)\s+later)\b",
    re.IGNORECASE,
)
# An army communiqué tells a clash without a violence word: "made contact with a column of terrorists", "came into
# contact with armed terrorist groups", "engaged a group of armed individuals", "engaged the enemy". Such a sentence
# tells an event (it can lead the incident its casualty sentence follows with).
CONTACT_RE = folded(
    r"\b(?:made|came\s+into|established|came\s+in)\s+contact\s+with\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,3}?"
    r"(?:column|group|band|unit|convoy|terrorists?|insurgents?|militants?|rebels?|fighters?|assailants?|jihadists?|bandits?|enemy|"
    r"individuals|elements|gunmen|attackers)\b"
    r"|\bengaged\s+(?:the\s+enemy|(?:an?|the|some)\s+(?:\w+\s+){0,3}?(?:column|group|band|terrorists|insurgents|militants|rebels|"
    r"fighters|assailants|jihadists|bandits|individuals|elements|gunmen|attackers))\b",
    re.IGNORECASE,
)
