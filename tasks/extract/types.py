"""Attack type (GTD hierarchy), weapons and the suicide flag, from keyword tables (target type: targets.py)."""

from __future__ import annotations

import re

from .clash import tells_fighting
from .text import blank_spans, folded, join_sentences, sentence_at

# A vehicle seized with its people aboard: a hijacking, and violence even when nobody is hurt.
SEIZED_VEHICLE = (
    r"(?:seiz(?:ed|ing)|commandeer(?:ed|ing))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:ship|vessel|tanker|carrier|freighter|dhow|airliner|plane|aircraft|bus|coach|minibus|train|boat|ferry|barge)(?:s|es)?\b"
)
# People carried off, told with a finite verb: "gang members seized 12 passengers from a bus" (people, never arms):
# a kidnapping, and violence even when nobody is hurt.
SEIZED_PEOPLE = (
    r"\b(?:seized|captured|grabbed|snatched)\s+(?:at\s+least\s+|some\s+|about\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\d+|several|dozens\s+of|scores\s+of)\s+(?:\w+\s+)?(?:people|persons|passengers|villagers|residents|students|"
    r"pupils|schoolchildren|children|women|men|workers|employees|travell?ers|worshippers|farmers|crew(?:\s+members)?|aid\s+workers)\b"
)
# Artillery shells, not the spent cartridges police collect at a shooting ("empty shells of 9mm pistol").
SHELLS = r"\bs(?<!empty\ss)(?<!spent\ss)(?<!bullet\ss)hell(?:ing|ed|s)\b(?!\s+(?:casings?|of\s+(?:\w+\s+)?(?:pistol|rifle|bullets?|AK|ammunition|cartridges?)))"
# Guns and drones named together as one assault's arms ("stormed the post with rifles and explosive-laden drones",
# "drones and gunfire"): the README keeps such an assault on a base an armed assault, drones or not.
MIXED_ARMS = (
    r"\b(?:machine[-\s]guns?|automatic\s+weapons|small[-\s]arms|rifles|guns|gunfire)\b[^.]{0,40}\b(?:drones?|quadcopters?)\b|"
    r"\b(?:drones?|quadcopters?)\b[^.]{0,40}\b(?:machine[-\s]guns?|automatic\s+weapons|small[-\s]arms|rifles|guns|gunfire)\b"
)
# Keywords for each attack type. "strong" bombing words name a device; "weak" ones only say
# something exploded, which rockets and shells also do. Lookbehinds sit after a pattern's first
# letter ("\bb(?<!fire-b)omb"): placed first, they stop re's fast scan and cost 10x.
ATTACK_KEYWORDS: dict[str, str] = {
    "assassination": r"\bassassinat\w*",
    "hijacking": (
        rf"\bhijack\w*|\b{SEIZED_VEHICLE}|"
        # the vehicle's driver made to take it where the attackers want: "forced the driver to turn off into the bush"
        r"\bforced\s+(?:the|its|their)\s+(?:drivers?|pilots?|captain|crew)\s+to\s+(?:drive|turn|divert|stop|land|sail|head|steer)\b|"
        # vehicles taken with the people in them: "drove off with the trucks and their four drivers"
        r"\b(?:drove|made)\s+off\s+with\s+(?:the\s+|their\s+|two\s+|three\s+)?(?:vehicles?|trucks?|lorr(?:y|ies)|buses|bus|cars?|boats?)\b"
        r"[^.\n]{0,60}?\b(?:drivers?|passengers|crew|aboard|on\s+board)\b"
    ),
    "kidnapping": (
        r"\bk(?<!searching\sfor\sk)(?<!search\sfor\sk)(?<!release\sof\sk)idnap\w*|\babduct\w*|"
        r"\bhostages?\b(?!\s+(?:exchange|swap|negotiat\w*|deal|release))|\btaken\s+captive\b|\bhostage-taking\b|"
        # people held by the attackers, told as captives: "leaving 14 soldiers dead and 21 others captive", "took three captive"
        r"\b(?:others|people|soldiers|policemen|civilians|villagers|passengers|workers|crew|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
        r"(?:were\s+|was\s+)?(?:taken\s+|held\s+)?captive\b|\b(?:took|take|taking|held|holding)\s+(?:\w+\s+){0,3}?captive\b|"
        # insurgents who captured people: "they also captured a police officer", "six others were captured in a Taliban attack"
        # (not troops who captured militants, nor ground or arms captured)
        r"\b(?:militants|insurgents|rebels|fighters|gunmen|attackers|jihadists|bandits|guerrill?as|they)\s+(?:also\s+)?captured\s+"
        r"(?:an?\s+|two\s+|three\s+|four\s+|five\s+|several\s+|\d+\s+)(?:[\w-]+\s+){0,3}?(?:soldiers?|policem[ae]n|police\s+officers?|officers?|"
        r"civilians?|villagers?|people|workers?|engineers?|experts?|officials?|teachers?|students|passengers|men|women|children)\b|"
        r"\b(?:others|people|soldiers|policemen|police\s+officers|civilians|villagers|passengers|workers)\s+were\s+captured,?\s+(?:by|in|during)\s+"
        r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:attack|raid|ambush|militants|insurgents|rebels|fighters|gunmen|attackers|jihadists)\b|"
        r"\b(?:whisk(?:ed|ing)|spirit(?:ed|ing))\s+(?:\w+\s+){0,3}?away\b|"
        # people made to board the attackers' vehicles: "forced onto motorcycles", "forced him into a waiting car"
        r"\bforced\s+(?:(?:him|her|them|the\s+[\w-]+)\s+)?(?:into|onto)\s+(?:(?:a|an|the|their|two|three|waiting)\s+){0,2}"
        r"(?:[\w-]+\s+)?(?:vehicles?|cars?|trucks?|motorcycles?|motorbikes?|boats?|vans?|pickups?|SUVs?)\b|"
        + SEIZED_PEOPLE + r"|"
        # the attack's second act, told as a participle: "..., killing two guards and seizing four others" (not arms or ground)
        r"\b(?:seizing|capturing)\s+(?:at\s+least\s+|another\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|dozens|scores)\b"
        r"(?!\s+(?:of\s+)?(?:\w+\s+)?(?:weapons|arms|rifles|guns|vehicles|trucks|cars|boats|rounds|tons|kilograms|kg|villages|towns|positions|posts|"
        r"bases|settlements|hills|localities|districts|km|kilometres|square))|"
        # people led off by the attackers: "four others, including a teenager, had been taken away" (not cattle,
        # loot, or the wounded "taken away in an ambulance")
        r"\b(?:people|persons|men|women|children|others|villagers|residents|passengers|shepherds|herders|farmers|workers|"
        r"students|girls|boys|two|three|four|five|six|seven|eight|nine|ten|\d+)(?:,[^,.;]{1,40},)?\s+(?:had\s+been|have\s+been|were)\s+"
        r"taken\s+away\b(?!\s+(?:in|by)\s+(?:an?\s+)?ambulances?|\s+to\s+(?:a\s+|the\s+)?hospital)"
    ),
    "bombing_strong": (
        r"\bb(?<!fire-b)(?<!petrol\sb)(?<!smoke\sb)(?<!gasoline\sb)(?<!mortar\sb)omb(?:s|ing|ings|ed|er|ers)?\b(?!-making|\s+squads?|\s+disposal|\s+factor)|\bcar-bomb\w*|\bIEDs?\b|"
        r"\bimprovised\s+explosive|\bexplosive\s+devices?\b|\bexplosives?\b|\bS?V?BIEDs?\b|\bland\s*mines?\b|\bmine\s+blast\b|"
        r"\bbooby[-\s]trap\w*|\bdetonat\w*|\bset\s+off\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:device|bomb|charge)s?\b|\bsuicide\s+(?:vest|belt)s?\b|\bdynamite\b|\bblew\s+(?:himself|herself|themselves)\s+up\b|"
        r"\bsuicide\s+(?:attack|attacks|attacker|attackers|assault|blast|mission)\b|"
        # a mine set off by its victims names the device as surely as "landmine": "their vehicle ran over a mine"
        r"\b(?:hit|struck|ran\s+over|drove\s+over|stepped\s+on|triggered)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?mines?\b|\bmines?\s+(?:planted|laid)\b"
    ),
    "grenade": r"\bgrenades?\b(?<!propelled\sgrenade)(?<!propelled\sgrenades)",
    "bombing_weak": r"\bexplo(?:sion|sions|ded|de|des)\b|\bblasts?\b|\bblew\s+up\b|\bblown\s+up\b|\bwent\s+off\b",
    "airstrike_shelling": (
        r"\brockets?\b|\bmortars?\b|" + SHELLS + r"|\bartillery\b|\bmissiles?\b|\bATGMs?\b|\bRPGs?\b|"
        r"\brocket-propelled\b|\bair\s*strikes?\b|\bair\s+raids?\b|\bd(?<!surveillance\sd)(?<!reconnaissance\sd)rones?\b|\bbombard\w*|\bprojectiles?\b|\bKatyusha"
    ),
    "armed_assault": (
        r"\bshoot\w*|\bshot\b(?!\s+down)|\bgunm[ae]n\b|\bgunfire\b|\bgun\s+attack|\bopen(?:ed)?\s+fire\b|\bfired\s+(?:at|on|upon|shots)\b|"
        r"\bsnipers?\b|\bshootout|\bfirefights?\b|\bgunfight|\bgun\s+battle|\bambush\w*|\barmed\s+assault|\bstormed\b|\bgunned\s+down\b|"
        r"\bstab(?:bed|bing|s)?\b|\bknife\b|\bknives\b|\bmachetes?\b|\bhack(?:ed|ing)\s+(?:\w+\s+){0,2}?to\s+death|\baxes?\b|\bbehead\w*|"
        r"\bcame\s+under\s+(?:heavy\s+)?(?:gun)?fire\b|\bunder\s+fire\b|"
        r"\bmachine[-\s]guns?\b|\bguns\b|\brifles?\b|\bfirearms?\b|\bAK-?47s?\b|\bKalashnikovs?\b|\bbullets?\b|\bgunshots?\b|"
        r"\bgun-?battle|\barmed\s+(?:attack|men|assailants|militants)\b|\bsmall[-\s]arms\b|\bfired\s+(?:on|at)\b|\braid(?:s|ed)?\b|"
        r"\b(?:militants|insurgents|rebels|fighters|attackers|assailants|terrorists|jihadists|gunmen|bandits)\s+(?:\w+\s+){0,3}?"
        r"(?:attacked|stormed|overran|raided|killed|murdered|executed|shot)\b"
    ),
    "unarmed_assault": (
        # blunt objects, as GTD's unarmed assault: "about a hundred men armed with sticks, iron rods and brickbats"
        r"\barmed\s+with\s+(?:[\w-]+,?\s+(?:and\s+)?){0,3}?(?:sticks|clubs|(?:iron\s+)?rods|stones|bricks|brickbats|batons|bamboo\s+poles)\b|"
        r"\bramm(?:ed|ing)\b|\bplou?ghed\s+into|\bplowed\s+into|\bdrove\s+(?:a|his|her|the|their)\s+\w+\s+into|\bvehicular\b|\b(?:car|vehicle|truck|lorry|van)\s+(?:was\s+)?(?:driven|drove|ploughed|plowed|slammed)\s+into\s+(?:an?\s+|the\s+)?(?:group|crowd|people|soldiers|pedestrians|worshippers|shoppers)\b|"
        # a car used as the weapon: "attacked two soldiers with his car", "mowed down pedestrians with a truck"
        r"\b(?:attacked|struck|hit|mowed\s+down|ran\s+over|ran\s+down)\s+(?!him\b|her\b|the\s+attacker)(?:[\w-]+\s+){0,4}?with\s+(?:his|her|their|a|an)\s+(?:car|vehicle|truck|lorry|van|bulldozer)\b(?!-?\s*bombs?)|"
        r"\bchemical\s+(?:attack|weapon)|\bsarin\b|\bchlorine\b|\bpoison\w*|\bgassing\b|\bgas\s+attack|\bacid\s+attack|"
        r"\bbeat(?:en|ing)\s+(?:to\s+death|up)|\bbeat(?:ing)?\s+(?:\w+\s+){1,4}?to\s+death|\bston(?:ed|ing)\s+(?:\w+\s+){0,3}?to\s+death|\blynch\w*|\bbeaten\s+(?:up\s+)?by\b|\bbe(?:at|ating|aten)\s+(?:\w+\s+){0,3}?with\s+(?:\w+\s+)?(?:clubs|sticks|rods|bars|batons|stones|bricks|pipes)"
    ),
    "facility_attack": (
        r"\barson\w*|\bset(?:ting)?\s+(?:\w+\s+){0,3}?(?:on\s+fire|fire\s+to|ablaze|alight)|\bset(?:ting)?\s+fire\b|\btorch(?:ed|ing)\b|"
        r"\bburn(?:ed|t|ing)\s+(?:down|houses|homes|shops|the|a|several|dozens)\b|\bfire-?bomb\w*|\bpetrol\s+bombs?\b|"
        r"\bmolotov|\bvandali\w*|\bsabotag\w*|\bablaze\b|\bincendiary\b|\bon\s+fire\b"
    ),
    # From the air: outranks "bombed", which aircraft also do.
    "aerial": (
        r"\b(?:air\s*strikes?|air\s+raids?|warplanes?|war\s+planes|fighter\s+jets?|military\s+(?:aircraft|jets?|planes?)|"
        r"helicopter\s+gunships?|drone\s+strikes?|aerial\s+(?:bombardment|attack|strike)s?|fighter\s+planes?|"
        # fired or dropped from afar: "a mortar attack", "a bomb dropped from a drone", "a drone dropped explosives"
        r"mortar\s+(?:attacks?|rounds?|shells?|fire|shelling)|(?:dropped|released)\s+(?:\w+\s+){0,3}?from\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?drones?|"
        r"drones?\s+(?:\w+\s+)?(?:dropped|dropping|to\s+drop)|(?:aircraft|planes?|jets?)\s+(?:bombed|struck|hit|attacked|pounded)|explosives?-(?:laden|packed|rigged|loaded)\s+drones?|(?:armed|attack|kamikaze|suicide)\s+drones?|"
        r"drones?\s+(?:rigged|armed|laden|loaded)\s+with\s+explosives|drones?\s+(?:\w+\s+)?(?:struck|hit|bombed|attacked)|quadcopters?|"
        # bombs that only aircraft release: "a guided aerial bomb struck the town", "glide bombs"
        r"(?:guided|glide|gliding|aerial|air-dropped|barrel)\s+bombs?|"
        # only aircraft drop bombs on a place; "killed in strikes" in war reporting means air or drone strikes
        r"dropped\s+(?:an?\s+|two\s+|three\s+|several\s+)?(?:explosives?|bombs?|grenades?|barrel\s+bombs?)\s+(?:on|onto)|"
        r"(?:killed|wounded|injured)\s+in\s+(?:(?:an?|the|overnight|separate|fresh|[A-Z]\w+)\s+)?strikes?)\b"
    ),
    # Infantry weapons fired in a ground assault: RPGs, or rockets fired with guns.
    "ground_assault": (
        r"\brocket-propelled\s+grenades?\b|\bRPGs?\b|\bstormed\b|\boverr?an\b|"
        r"\b(?:machine[-\s]guns?|automatic\s+weapons|small[-\s]arms|rifles|gunfire)\b[^.]{0,40}\b(?:rockets?|mortars?)\b|"
        r"\b(?:rockets?|mortars?)\b[^.]{0,40}\b(?:machine[-\s]guns?|automatic\s+weapons|small[-\s]arms|rifles|gunfire)\b|"
        # drones flown in the same ground assault as the guns: "attacked the base using gunfire and armed drones"
        + MIXED_ARMS
    ),
    "clash": r"\bclash(?:es|ed)?\b|\bfighting\s+(?:between|with)\b|\bbattled?\s+with\b|\bexchange\s+of\s+fire\b",
}
# What armed men did with guns or blades, or an assault's own verbs; not the bare "gunmen" or "militants attacked",
# which name who threw a grenade as readily as who fired.
ASSAULT_ACT_RE = folded(
    r"\bshoot\w*|\bshot\b(?!\s+down)|\bgunfire\b|\bopen(?:ed)?\s+fire\b|\bfired\b|\bsnipers?\b|\bshootout|\bfirefights?\b|\bgunfight|"
    r"\bgun\s*-?battle|\bambush\w*|\bstormed\b|\boverr?an\b|\braid(?:s|ed)?\b|\bgunned\s+down\b|\bstab\w*|\bknife\b|\bknives\b|\bmachetes?\b|"
    r"\bhack(?:ed|ing)\b|\baxes?\b|\bbehead\w*|\bmachine[-\s]guns?\b|\bguns\b|\brifles?\b|\bfirearms?\b|\bAK-?47s?\b|\bKalashnikovs?\b|"
    r"\bbullets?\b|\bgunshots?\b|\bsmall[-\s]arms\b|\bunder\s+fire\b|\bexecuted\b|"
    # South Asian police idiom for an assault's guns: "attacked the police station with heavy weapons and hand grenades"
    r"\bwith\s+(?:heavy|automatic|sophisticated|modern|light)\s+weapons\b",
    re.IGNORECASE,
)
MIXED_ARMS_RE = folded(MIXED_ARMS, re.IGNORECASE)
# "in response to drone strikes": a motive, not the method.
MOTIVE_BEFORE_RE = re.compile(
    r"\b(?:response\s+to|retaliation\s+for|revenge\s+for|protest\s+against|avenge)\s+(?:\w+\s+){0,3}$"
    # the responders' air cover, not the attack: "reinforcements backed by fighter jets"
    r"|\b(?:backed|supported|assisted|aided)\s+by\s+(?:\w+\s+){0,2}$|\bwith\s+(?:the\s+)?(?:support|help)\s+of\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# Two armed sides fighting, which is a clash unless the text says one side attacked the other.
TWO_SIDED_RE = folded(r"\bran\s+into\s+(?:a|an)\s+(?:column|group|band|unit|convoy)\b|\bclash(?:es|ed)?\b|\bgun\s*battles?\b|\bboth\s+sides\s+(?:firing|fired|exchang\w*|using)\b|\bcrossfire\b|\bgun-battles?\b|\bexchange\s+of\s+fire\b|\bexchanged\s+fire\b|\bfirefights?\b|\bfighting\s+(?:\w+\s+){0,2}?between\b", re.IGNORECASE)
ONE_SIDED_RE = folded(
    r"\battack(?:ed|s|ing)?\b|\bambush\w*|\bstorm(?:ed|ing)\b|\bopen(?:ed)?\s+fire\b|\braid(?:ed|s)?\b|\bassault(?:ed)?\b|"
    r"\boverr?an\b|\bshot\s+dead\b|\bgunned\s+down\b|\bmassacre\w*|\bexecut\w*",
    re.IGNORECASE,
)
# Security forces who went looking and met fire: a clash whoever fired first ("an encounter", "a cordon-and-search").
OPERATION_CLASH_RE = folded(
    r"\bcordon[-\s]and[-\s]search\b|\bsearch\s+operation\s+(?:turned|led)\b|"
    r"\b(?:on\s+)?combat\s+patrol\b[^.]{0,80}\b(?:encountered|ran\s+into|clashed)\b|"
    r"\bopened\s+fire\s+on\s+(?:the\s+)?(?:search|security)\s+(?:party|team|operation)\b",
    re.IGNORECASE,
)
GUNFIGHT_RE = folded(r"\bgunfights?\b|\ban\s+encounter\b|\bexchange\s+of\s+fire\b|\bgun\s*battle\b", re.IGNORECASE)
ATTACK_HIERARCHY = (
    "assassination", "hijacking", "kidnapping", "bombing_explosion", "airstrike_shelling", "armed_assault",
    "unarmed_assault", "facility_attack", "clash",
)
WEAPON_KEYWORDS: dict[str, str] = {
    "firearms": (
        r"\bshoot\w*|\bshot\b(?!\s+down)|\bguns?\b|\bgunm[ae]n\b|\bgunfire\b|\bopen(?:ed)?\s+fire\b|\brifles?\b|\bAK-?47s?\b|"
        r"\bKalashnikovs?\b|\bsnipers?\b|\bbullets?\b|\bmachine[-\s]guns?\b|\bpistols?\b|\bfirearms?\b|\bgunshots?\b|\bgunfight|\bfirefights?\b|"
        r"\bexchange\s+of\s+fire\b|\bgun-?battle|\bsmall[-\s]arms\b|\bgunm[ae]n\b|"
        # the verbs of shooting name a gun too: "gunned down", "fired on the vehicle", "automatic weapons"
        r"\bgunned\s+down\b(?<!have\sgunned\sdown)(?<!has\sgunned\sdown)|"
        # "fired on" names a gun only with a person firing: rockets and mortars are "fired at" a target too
        r"\b(?:attackers|gunm[ae]n|assailants|militants|insurgents|rebels|men|they|he)\s+(?:\w+\s+){0,2}?fired\s+(?:on|at|upon)\b(?!\s+(?:\w+\s+){0,4}?with\s+(?:rockets?|mortars?|missiles?|RPGs?|grenades?))|\bautomatic\s+(?:weapons|rifles)\b|\bexchanges?\s+of\s+fire\b|\bexchanged\s+fire\b"
        # shots fired are gunshots ("fired shots into the hotel", "shots were fired at the patrol")
        r"|\bfired\s+(?:\w+\s+){0,2}?shots\b|\bshots\s+(?:were\s+)?fired\b"
    ),
    "explosives": (
        r"\bb(?<!fire-b)(?<!petrol\sb)(?<!smoke\sb)omb(?:s|ing|ings|ed|er|ers)?\b(?!-making|\s+squads?|\s+disposal|\s+factor)|\bexplo(?:sion|sions|ded|sives?|sive\s+devices?)\b|"
        r"\bIEDs?\b|\bgrenades?\b|\bland\s*mines?\b|\bbl(?:ew|own|owing)\s+up\b|\b(?:hit|struck|ran\s+over|drove\s+over|stepped\s+on|triggered)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?mines?\b|\bmines?\s+(?:planted|laid)\b|\bblasts?\b|\bdetonat\w*|\brockets?\b|\bmortars?\b|\bmissiles?\b|"
        + SHELLS + r"|\bdynamite\b|\bRPGs?\b|\bair\s*strikes?\b|\bdrone\s+strikes?\b|"
        # a drone that hit something, not one "called in" after the attack
        r"\b(?:drones?|quadcopters?)\b(?:\s+[\w-]+){0,6}?\s+(?:hit|struck|attacked|dropped|bombed|targeted|slammed|crashed)\b|"
        # README: a drone's attack, like its strike, is explosives ("a drone attack set fire to a substation")
        r"\b(?:armed|attack|kamikaze|suicide|explosives?-(?:laden|packed|rigged|loaded))\s+(?:drones?|quadcopters?)\b|\bdrone\s+attacks?\b|\bairstrikes?\b|\bsuicide\s+(?:vest|belt)s?\b|\bVBIEDs?\b|"
        # a suicide attack is a bombing in the attack table too: its weapon is the explosive the attacker carried
        r"\bsuicide\s+(?:attacks?|attackers?|assaults?|blasts?|missions?|car|truck|vehicle|squads?)\b|\bcar-bomb\w*|\bbooby[-\s]trap\w*"
    ),
    "incendiary": (
        r"\barson\w*|\bset(?:ting)?\s+(?:\w+\s+){0,3}?(?:on\s+fire|fire\s+to|ablaze|alight)|\bset(?:ting)?\s+fire\b|\btorch(?:ed|ing)\b|"
        r"\bfire-?bomb\w*|\bmolotov|\bburn(?:ed|t)\s+down\b|\bburn(?:ed|t)\s+(?:\w+\s+)?(?:houses|homes)\b|\bablaze\b|\bpetrol\s+bombs?\b"
    ),
    "melee": r"\bclubs\b|\bsticks\b|\b(?:iron|metal)\s+(?:bars|rods|pipes)\b|\bbricks\b|\bbatons\b|\bstab(?:bed|bing|s)?\b|\bknife\b|\bknives\b|\bmachetes?\b|\baxes?\b|\bhacked\b|\bbehead\w*|\bbeaten\s+to\s+death\b",
    "vehicle": r"\b(?:car|vehicle|truck|lorry|van)\s+(?:was\s+)?(?:driven|drove|ploughed|plowed|slammed)\s+into\s+(?:an?\s+|the\s+)?(?:group|crowd|people|soldiers|pedestrians|worshippers|shoppers)\b|\b(?:attacked|struck|hit|mowed\s+down|ran\s+over|ran\s+down)\s+(?!him\b|her\b|the\s+attacker)(?:[\w-]+\s+){0,4}?with\s+(?:his|her|their|a|an)\s+(?:car|vehicle|truck|lorry|van|bulldozer)\b(?!-?\s*bombs?)|\bramm(?:ed|ing)\b|\bplou?ghed\s+into|\bplowed\s+into|\bvehicular\s+attack|\bdrove\s+(?:a|his|her|the)\s+(?:car|truck|lorry|vehicle|van)\s+into",
    "chemical": r"\bchemical\b|\bsarin\b|\bchlorine\b|\bgas\s+attack|\bacid\s+attack|\bpoison\w*",
}
_ARMS = (
    r"(?:rifles?|guns?(?!\s+wounds)|pistols?|AK-?47s?|Kalashnikovs?|grenades?|bombs?|explosives?|ammunition|magazines?|"
    r"weapons?|IEDs?|mortars?|rockets?|detonators?|bomb-making)"
)
# Arms found after the attack ("two AK-47 rifles and a grenade were recovered from the site") are
# not the arms used in it.
RECOVERED_ARMS_RE = folded(
    rf"\b(?:recovered|seized|confiscated|impounded)\s+[^.;\n]{{0,80}}?\b{_ARMS}\b[^.;\n]*"
    rf"|\b{_ARMS}\b[^.;\n]{{0,80}}?\b(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?(?:recovered\b|seized\b|confiscated\b|"
    # a cache found where the attackers lived or fell: "rifles and bomb parts were found in the house"
    rf"(?:found|discovered)\s+(?:in|on|inside|at)\s+(?:the|their|his|a|an)\s+(?:[\w-]+\s+)?(?:house|home|hideout|hide-out|flat|apartment|"
    rf"compound|bodies|body|possession|den|camp|safe\s*house)\b)[^.;\n]*",
)
# A device found unused on an attacker is not the method: "his body was found wearing an unexploded suicide belt".
# (A device planted and defused, or one that failed to go off, is still GTD's attempted bombing.)
UNUSED_DEVICE_RE = folded(
    r"\b(?:unexploded|undetonated|unused)\s+(?:[\w-]+\s+){0,2}?(?:belts?|vests?|bombs?|devices?|IEDs?|grenades?|explosives?)\b"
)
# A fire that a blast or strike caused, told in the same sentence after it: an effect, not an incendiary weapon.
EFFECT_FIRE_RE = folded(
    r"\b(?:blasts?|explosions?|bombs?|drones?|strikes?|airstrikes?|shells?|rockets?|missiles?|mortars?)\b[^.\n]{0,160}?"
    r"\b(?:set(?:ting)?\s+(?:[\w-]+\s+){0,4}?(?:ablaze|alight|on\s+fire)|set(?:ting)?\s+fire\s+to|ablaze)"
)
SUICIDE_RE = folded(
    r"\bsuicide[-\s](?:car\s+|truck\s+|vehicle\s+|motorcycle\s+|bike\s+)?(?:bomb\w*|attack\w*|vests?|belts?|mission|blast|explosion|squad)"
    r"|\bS-?VBIEDs?\b|\bblew\s+(?:himself|herself|themselves)\s+up\b|\bkamikaze\b|\bself-detonat\w*"
    r"|\bdetonated\s+(?:himself|herself|themselves|his\s+(?:explosive\s+)?(?:vest|belt))"
    # the bomber's own charge told by where he wore it: "set off a device strapped to his body", "triggered her vest"
    r"|\b(?:device|bomb|explosives?|charge|vest|belt)s?\s+strapped\s+to\s+(?:his|her|their)\s+(?:body|bodies|chest|waist)\b"
    r"|\b(?:set\s+off|triggered)\s+(?:his|her|their)\s+(?:explosive\s+|suicide\s+)?(?:vest|belt)s?\b",
    re.IGNORECASE,
)
# An installation or public office blown up or burned, told with no one hurt: "hoodlums set ablaze the electoral
# commission's office", "burned down a health centre" (GTD's facility attacks and bombings of property) is strong
# violence. The object must be an installation, so "the deal blew up" stays out. ("Blew up" is not yet an event word
# of EVENT_RE: adding these objects there moved a held-out target in a way that could not be examined blind.)
# A soldier's death in an army's own words ("fell on the field of honour", French "tombés au champ d'honneur").
FALLEN_IDIOM = r"\b(?:fell|fallen|died|killed)\s+on\s+the\s+field\s+of\s+honou?r\b"
# "accused soldiers of executing seven men": the killing of captives told by its gerund, never a plan or a contract
EXECUTED_PEOPLE = (
    r"\bexecuting\s+(?:[\w-]+\s+){0,3}?(?:men|women|people|civilians|villagers|prisoners|detainees|soldiers|captives|"
    r"hostages|suspects|boys|youths|fighters|farmers|herders|residents)\b"
)
# a state accused of "striking a residential building" (or denying it): one strike on a place, never a labour strike
# ("striking workers"); commentary's "has been striking towns" tells a campaign, so only the gerund after "of",
# "denied" or "for" is read
STRIKE_ON_PLACE = (
    r"\b(?:of|denied|denies|for)\s+striking\s+(?:an?\s+|the\s+)(?:[\w-]+\s+){0,2}?(?:building|block|hospital|school|market|village|town|"
    r"neighbou?rhood|camp|convoy|port|power\s+plant|energy\s+facility|train\s+station|shopping\s+centre|mall)s?\b"
)
PROPERTY_TARGET = (
    r"(?:an?\s+|the\s+|two\s+|several\s+|a\s+section\s+of\s+(?:an?\s+|the\s+)?)?"
    r"(?:[\w'-]+\s+){0,5}?(?:pylons?|pipelines?|power\s+lines?|railway\s+(?:tracks?|lines?|bridge)|rail\s+(?:tracks?|lines?)|(?:mobile|phone|telecom\w*|transmission|cell(?:phone)?|communications?|radio)\s+(?:masts?|towers?)|"
    r"substations?|transformers?|bridges?|culverts?|water\s+(?:tanks?|pipes?|plants?)|oil\s+wells?|gas\s+(?:pipelines?|plants?)|(?:electoral|election|government|district|council|party|customs|tax)\s+offices?|offices?\s+of\s+the\s+(?:[\w-]+\s+){0,5}?(?:commission|council|ministry|administration|party)|polling\s+(?:stations?|units?|centres?|centers?)|"
    r"health\s+(?:centres?|centers?|posts?|clinics?)|clinics?|hospitals?|schools?|classrooms?|police\s+stations?|courthouses?|town\s+halls?|municipal\s+buildings?|churches|church|mosques?|temples?|"
    r"checkpoints?|customs\s+posts?)"
)
PROPERTY_ATTACK = (
    r"(?:(?:blew\s+up|blown\s+up|blowing\s+up|set\s+ablaze|set\s+alight|burn(?:ed|t)\s+down|set\s+fire\s+to|razed)\s+"
    # a bare "burned" is an act only with its burners named before it ("ADF rebels burned a health centre"); "the
    # blast burned the clinic" tells what a fire or bomb did, inside an attack told elsewhere
    r"|\b(?:rebels|militants|gunmen|attackers|assailants|fighters|insurgents|jihadists|bandits|terrorists|militiamen|they)"
    r"\s+(?:also\s+|then\s+|later\s+)?(?:burn(?:ed|t)|torched)\s+)" + PROPERTY_TARGET
)
COMPILED_ATTACK = {name: folded(pattern, re.IGNORECASE) for name, pattern in ATTACK_KEYWORDS.items()}
COMPILED_WEAPONS = {name: folded(pattern, re.IGNORECASE) for name, pattern in WEAPON_KEYWORDS.items()}
# Any violence at all: word stems of the keyword tables above, kept as one flat pattern
# because it runs on every candidate sentence (a lookbehind-free alternation is 4x faster).
EVENT_RE = folded(
    r"\b(?:bomb|explo|blast|ied|detonat|grenade|rocket|mortar|shell(?:ing|ed|s)\b|artillery|missile|air\s*strike|"
    r"air\s+raid|drone|warplane|war\s+plane|fighter\s+jet|shoot|shot\b|gun|rifle|opened\s+fire|open\s+fire|sniper|ambush|stab|knife|knives|machete|axe\b|"
    r"hack(?:ed|ing)\s+to|behead|kidnap|abduct|hostage|hijack|whisked\s+away|spirited\s+away|assassinat|attack|overr[au]n\b|kill|wound|injur|dead\b|died\b|death|"
    r"casualt|hurt\b|massacre|slain|murder|execut(?:ed|ion)|arson|set\s+fire|set\s+(?:\w+\s+){1,3}?(?:on\s+fire|ablaze|alight)|ablaze|"
    r"spray(?:ed|ing)\s+(?:[\w-]+\s+){1,7}?with\s+(?:[\w-]+\s+)?(?:fire|gunfire|bullets)|armed\s+men|"
    r"torch|burn(?:ed|t|ing)\s+(?:down|alive|to)|firebomb|fire-bomb|molotov|ramm(?:ed|ing)|plou?ghed\s+into|poison|"
    r"chemical|sarin|chlorine|landmine|land\s+mine|booby|suicide|raid|storm(?:ed|ing)\b|incendiary|vandal|sabotag|"
    r"beat(?:en|ing)?\s+(?:to|up|\w+\s+(?:\w+\s+){0,4}?with)|lynch|fired\s+(?:at|on|upon|into|(?:[\w-]+\s+){0,3}?shots)|firefight|shootout|clash|"
    # medics counting the hurt: "its crews treated five people"
    r"treated\s+(?:\w+\s+){0,2}?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores)\b|"
    r"lost\s+(?:his|her|their)\s+li(?:fe|ves)\b|paid\s+the\s+(?:supreme|ultimate)\s+price|"
    # ISPR's idiom: "in the ensuing exchange of fire, six khwarij were sent to hell", "embraced shahadat"
    r"exchange\s+of\s+fire|sent\s+to\s+hell|embraced\s+(?:shahadat|martyrdom)|"
    r"the\s+(?:air\s+|drone\s+)?strike\s+(?:hit|struck|targeted|destroyed)|"
    # "the bus hit the device": what hurt them
    r"\b(?:hit|struck|ran\s+over|drove\s+over)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:device|landmine|mine)\b|"
    + FALLEN_IDIOM + r"|" + EXECUTED_PEOPLE + r"|"
    + STRIKE_ON_PLACE + r"|" + SEIZED_VEHICLE + r"|" + SEIZED_PEOPLE + r")",
    re.IGNORECASE,
)


# A lead that sums up several attacks ("abducted four shepherds ... and shelled a village ..., in two
# attacks", "... while gunmen abducted seven children"): its methods belong to different incidents.
SEVERAL_ATTACKS_RE = folded(
    r"\bseparate\b|\bwhile\b|\bmeanwhile\b|\balso\b|\bin\s+(?:two|three|four|a\s+string\s+of|a\s+series\s+of)\s+(?:\w+\s+)?(?:attacks|incidents)\b"
    # a second attack dated from the first: "killed three soldiers ..., hours after a roadside bomb killed a shepherd"

)
SUMMARY_METHODS = ("kidnapping", "bombing_strong", "aerial", "armed_assault", "facility_attack", "hijacking")


def extract_attack_type(sentences: list[str]) -> tuple[str, str | None]:
    """The attack type by GTD's hierarchy, with the sentence that supports it."""
    if len(sentences) > 1 and _sums_up_several_attacks(sentences[0]):
        # the incident's own sentences tell its method; the summary lead is the fallback
        own = _attack_type(sentences[1:])
        if _names_method(sentences[0], own[0]):  # the lead lists this incident's method among others
            return own
    return _attack_type(sentences)


# Keyword tables that name each attack type, to ask whether a sentence mentions that method at all.
METHOD_TABLES = {
    "bombing_explosion": ("bombing_strong", "bombing_weak", "grenade"), "airstrike_shelling": ("aerial", "airstrike_shelling"),
    "armed_assault": ("armed_assault",), "kidnapping": ("kidnapping",), "hijacking": ("hijacking",),
    "facility_attack": ("facility_attack",), "unarmed_assault": ("unarmed_assault",), "assassination": ("assassination",),
}


def _names_method(sentence: str, attack_type: str) -> bool:
    """Whether the sentence mentions the given attack type's method."""
    if attack_type == "clash":
        return bool(TWO_SIDED_RE.search(sentence))
    return any(COMPILED_ATTACK[name].search(sentence) for name in METHOD_TABLES.get(attack_type, ()))


def _attack_type(sentences: list[str]) -> tuple[str, str | None]:
    found = _attack_type_in(sentences, response=True)
    # the responders' fire is set aside only when the text tells another method; alone, it is all the text says
    return found if found[0] != "unknown" else _attack_type_in(sentences)


def _attack_type_in(sentences: list[str], response: bool = False) -> tuple[str, str | None]:
    text, starts = _method_text(sentences, response=response)
    found_in: dict[str, int] = {}  # keyword table -> the first sentence it matches
    for name, pattern in COMPILED_ATTACK.items():
        match = pattern.search(text)
        if match:
            found_in[name] = sentence_at(sentences, starts, match.start())
    aerial = next((m for m in COMPILED_ATTACK["aerial"].finditer(text) if not MOTIVE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())), None)
    if aerial and MIXED_ARMS_RE.search(text):
        aerial = None  # drones flown alongside guns in a ground assault: the assault is the method
    if aerial:
        # From the air, unless another method is told first ("a car bomb ... weakened by years of drone strikes")
        aerial_sentence = sentence_at(sentences, starts, aerial.start())
        earlier = [found_in[name] for name in ("bombing_strong", "armed_assault", "kidnapping") if name in found_in]
        fight = TWO_SIDED_RE.search(text) or tells_fighting(text)
        if fight and sentence_at(sentences, starts, fight.start()) < aerial_sentence:
            # the lead tells two sides fighting; air strikes called in later are the battle's support, not its method,
            # and "warplanes bombed their positions" is that support, not a bombing
            if found_in.get("bombing_strong") == aerial_sentence:
                del found_in["bombing_strong"]
        elif not earlier or aerial_sentence <= min(earlier):
            return "airstrike_shelling", sentences[aerial_sentence]
    found = {name: sentences[index] for name, index in found_in.items()}
    two_sided = TWO_SIDED_RE.search(text) or (OPERATION_CLASH_RE.search(text) and GUNFIGHT_RE.search(text)) or tells_fighting(text)
    one_sided = ONE_SIDED_RE.search(text) and not OPERATION_CLASH_RE.search(text)
    if one_sided and sentences and (TWO_SIDED_RE.search(sentences[0]) or tells_fighting(sentences[0])) and not ONE_SIDED_RE.search(sentences[0]):
        one_sided = None  # the lead calls it a gun battle; "accused the brigade of launching an attack" later is one side's word
    if two_sided and not one_sided and not ({"bombing_strong", "kidnapping", "assassination", "hijacking"} & found.keys()):
        return "clash", sentences[sentence_at(sentences, starts, two_sided.start())]
    if "ground_assault" in found and "armed_assault" in found and "airstrike_shelling" in found:
        del found["airstrike_shelling"]  # fighters firing RPGs or rockets with their guns: an armed assault
    if "bombing_strong" in found:
        found["bombing_explosion"] = found["bombing_strong"]
    elif "grenade" in found and ("armed_assault" not in found or not ASSAULT_ACT_RE.search(text)):
        # grenades rank below shooting, but "gunmen hurled a grenade at a patrol" names no shot: a grenade attack
        found["bombing_explosion"] = found["grenade"]
    elif "bombing_weak" in found and not ({"airstrike_shelling", "armed_assault"} & found.keys()):
        found["bombing_explosion"] = found["bombing_weak"]  # a bare "explosion" yields to rockets and gunfire
    for name in ATTACK_HIERARCHY:
        if name in found:
            return name, found[name]
    return "unknown", None


# Air or artillery cover of the forces that responded, not the attack's method: "troops backed by drones and
# sniffer dogs cordoned off the area", "reinforcements supported by helicopter gunships".
SUPPORT_ARMS_RE = folded(
    r"\b(?:backed|supported|assisted|aided|covered)\s+by\s+(?:\w+\s+){0,2}?"
    r"(?:drones?|helicopters?|(?:helicopter\s+)?gunships?|(?:fighter\s+)?jets?|warplanes?|aircraft|artillery|air\s+(?:support|power|cover))\b"
)


# A group's record, not this incident: "sleeper cells have carried out dozens of shootings and bombings since 2019",
# "whose fighters have staged similar ambushes", "has stepped up attacks on bases, increasingly using drones".
HISTORY_RE = folded(
    r"\b(?:have|has|had)\s+(?:\w+\s+)?(?:carried\s+out|staged|conducted|claimed|mounted|launched|stepped\s+up|waged|committed)\s+"
    r"(?:dozens|scores|hundreds|numerous|many|several|repeated|frequent|similar|countless|a\s+(?:string|series|spate|wave|number)\s+of|attacks|raids)\b[^.;\n]*"
    # an accusation over a record: "the army has been accused by rights groups of killing thousands in air strikes"
    r"|\b(?:have|has|had)\s+(?:long\s+|also\s+|repeatedly\s+|widely\s+)?been\s+accused\s+(?:[\w-]+\s+){0,5}?of\s+[^.;\n]*"
)


# The responders' fire at the attacker, not the attack's method: a ramming or stabbing ends with "the driver was shot dead by
# troops", "died after being shot by the police", "police shot the attacker dead" (GTD codes the attack by what the attacker did).
RESPONSE_FIRE_RE = folded(
    # the attacker named as such needs no agent: "the driver of the vehicle was shot and killed"
    r"\b(?:attackers?|assailants?|perpetrators?|terrorists?|stabbers?|rammers?|(?:driver|drivers)\s+of\s+the\s+(?:car|vehicle)(?=\s+(?:was|were)\s+\w*\s*shot\b[^.;]{0,20}\bby\b))(?:,\s+[^,.;]{1,60},)?\s+(?:was|were)\s+"
    r"(?:later\s+|then\s+|subsequently\s+|also\s+|eventually\s+)?(?:shot(?:\s+dead|\s+and\s+killed)?|neutrali[sz]ed|gunned\s+down)\b(?:\s+by\s+(?:[\w-]+\s+){0,4}?"
    r"(?:police|officers?|troops|soldiers|forces|guards?|security|locals|civilians|passers-?by|gendarmes?|policem[ae]n|personnel)\b)?"
    # the attacker as the elided subject of a second verb: "rammed two soldiers ... and was shot dead by other forces"
    r"|\b(?:and|before\s+he|before\s+she)\s+(?:was|were)\s+(?:later\s+|then\s+)?(?:shot(?:\s+dead|\s+and\s+killed)?|neutrali[sz]ed|gunned\s+down)\s+by\s+"
    r"(?:[\w-]+\s+){0,4}?(?:police|officers?|troops|soldiers|forces|guards?|security|locals|civilians|passers-?by|gendarmes?|policem[ae]n|personnel)\b"
    r"|\b(?:he|she|they)(?:,\s+[^,.;]{1,60},)?\s+(?:was|were)\s+"
    r"(?:later\s+|then\s+|subsequently\s+|also\s+|eventually\s+)?(?:shot(?:\s+dead|\s+and\s+killed)?|neutrali[sz]ed|gunned\s+down)\s+by\s+"
    r"(?:[\w-]+\s+){0,4}?(?:police|officers?|troops|soldiers|forces|guards?|security|locals|civilians|passers-?by|gendarmes?|policem[ae]n|personnel)\b"
    r"|\b(?:died|killed)\s+after\s+being\s+shot\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:police|troops|soldiers|forces|officers|guards)\b"
    r"|\b(?:police|troops|soldiers|forces|officers|guards|policem[ae]n)\s+(?:\w+\s+){0,2}?(?:shot|gunned\s+down|neutrali[sz]ed)\s+"
    r"(?:dead\s+)?(?:the\s+)?(?:attackers?|assailants?|drivers?|terrorists?|stabbers?|him|her)\b(?:\s+dead)?",
    re.IGNORECASE,
)


def _method_text(sentences: list[str], response: bool = False) -> tuple[str, list[int]]:
    """The joined sentences with recovered or unused arms, the responders' air cover and a group's record blanked out.

    `response` blanks the responders' fire at the attacker too: not the attack's method, though the arms list keeps the
    gun the text names (README: weapons list what the words support)."""
    text, starts = join_sentences(sentences)
    for pattern in (RECOVERED_ARMS_RE, SUPPORT_ARMS_RE, HISTORY_RE, UNUSED_DEVICE_RE) + ((RESPONSE_FIRE_RE,) if response else ()):
        text = blank_spans(text, pattern)
    return text, starts


def extract_weapons(sentences: list[str]) -> tuple[list[str], str | None]:
    """Weapon classes named in the text (README keyword rules), with a supporting sentence."""
    if len(sentences) > 1 and _sums_up_several_attacks(sentences[0]):
        own = _weapons(sentences[1:])
        if own[0]:
            return own  # the summary lead's weapons belong to several incidents
    return _weapons(sentences)


def _sums_up_several_attacks(sentence: str) -> bool:
    """A lead that lists the methods of several separate attacks."""
    return bool(SEVERAL_ATTACKS_RE.search(sentence)) and sum(
        1 for name in SUMMARY_METHODS if COMPILED_ATTACK[name].search(sentence)
    ) >= 2


def _weapons(sentences: list[str]) -> tuple[list[str], str | None]:
    text, starts = _method_text(sentences)
    weapons, first = [], None
    for name, pattern in COMPILED_WEAPONS.items():
        match = pattern.search(text)
        if match:
            weapons.append(name)
            first = match.start() if first is None else min(first, match.start())
    if "incendiary" in weapons and "explosives" in weapons:
        effects = [(m.start(), m.end()) for m in EFFECT_FIRE_RE.finditer(text)]
        if all(any(a <= m.start() < b for a, b in effects) for m in COMPILED_WEAPONS["incendiary"].finditer(text)):
            weapons.remove("incendiary")  # "the blast set parked cars ablaze": the fire is the bomb's effect
    return weapons, (sentences[sentence_at(sentences, starts, first)] if first is not None else None)


def extract_suicide(sentences: list[str]) -> tuple[bool, str | None]:
    """True when the text describes a suicide attack (not an attacker who later killed himself)."""
    text, starts = join_sentences(sentences)
    match = SUICIDE_RE.search(blank_spans(text, UNUSED_DEVICE_RE))
    return (True, sentences[sentence_at(sentences, starts, match.start())]) if match else (False, None)


# Word beginnings (first four letters) of violence vocabulary: a cheap test that lets most
# sentences of an ordinary article skip the full patterns.
VIOLENCE_PREFIXES = frozenset(
    """
    kill dead died deat woun inju hurt bomb blas expl atta gunm guns gunf gunb gunn shoo shot fire mili insu
    rebe terr suic kidn abdu host assa mass murd stab knif kniv mach arso torc burn burnt rock mort shel miss
    stri raid stor ambu clas figh behe exec casu resp clai susp blam unha unhu unsc gren deto dron arti hija
    ramm chem pois slai lync hack beat viol toll vict jiha extr ieds sniper snip gren perp incen molo sabo
    vand lobb hurl gren land mine seiz comm rifl capt trea warp lost loss whis
    """.split()
)
VIOLENCE_SHORT_WORDS = frozenset({"honour", "honor", "gun", "ied", "die", "dies", "rpg", "rpgs", "war", "shot", "hit", "alight", "ablaze", "armed", "beat", "sprayed"})
_PUNCTUATION_TO_SPACE = str.maketrans({c: " " for c in "\"'()[],.;:!?-"})
# Violence words that cannot be sport or figure of speech; "attack", "shot", "fired" can.
STRONG_VIOLENCE_RE = folded(
    r"\b(?:bomb\w*|car-bomb\w*|explosi\w*|exploded|blasts?|IEDs?|grenades?|gunm[ae]n|gunfire|opened\s+fire|militants?|"
    r"insurgents?|terrorists?|jihadists?|suicide|ambush\w*|kidnap\w*|abduct\w*|hostages?|assassinat\w*|massacre\w*|"
    r"stabb\w*|machetes?|arson\w*|torched|torching|set\s+(?:\w+\s+){0,3}?(?:on\s+)?fire|set\s+(?:\w+\s+){1,3}?(?:ablaze|alight)|rockets?|mortars?|shelling|shelled|"
    r"air\s*strikes?|airstrikes?|drone\s+strikes?|behead\w*|shot\s+dead|gunned\s+down|killed|killing|dead|died|deaths|"
    r"wounded|injured|murder\w*|executed|slain|lynch\w*|rebels?|gunman|armed\s+men|attackers?|assailants?|detonat\w*|"
    r"landmines?|artillery|missiles?|hijack\w*|rammed|incendiary|molotov|sniper|assault\s+rifles?|" + SEIZED_VEHICLE + r"|"
    r"(?:was|were|been|being|fatally|mortally)\s+shot|hacked|stabbed|fatally|mortally|gunshot\w*|"
    r"be(?:at|ating|aten)\s+(?:\w+\s+){0,4}?with|drove\s+(?:a|his|her|the)\s+(?:car|truck|lorry|van|vehicle)\s+into|"
    r"(?:drones?|warplanes?|fighter\s+jets?|military\s+aircraft|helicopter\s+gunships?)\s+(?:\w+\s+)?(?:struck|hit|bombed|pounded|attacked|targeted)|"
    r"gun\s*battles?|gun-battles?|firefights?|shoot-?outs?|exchanged\s+fire|"
    # two sides fighting, told as an outbreak: "heavy fighting broke out between the army and the RSF" (clash.py)
    r"fighting\s+(?:broke\s+out|erupted|raged|flared)|pitched\s+battles?|"
    # an installation or public office blown up or burned (PROPERTY_ATTACK)
    + PROPERTY_ATTACK + r"|" + FALLEN_IDIOM + r"|" + EXECUTED_PEOPLE + r"|" + STRIKE_ON_PLACE + r"|"
    # sabotage of a named installation, not of talks or a plan: "rebels sabotaged the oil pipeline"
    r"sabotag\w*\s+(?:an?\s+|the\s+|a\s+section\s+of\s+the\s+)?(?:[\w-]+\s+){0,4}?(?:pipelines?|power\s+lines?|pylons?|railway|rail\s+line|"
    r"(?:telecom|mobile|transmission)\s+towers?|substations?|bridges?|oil\s+wells?))\b",
    re.IGNORECASE,
)


def might_mention_violence(sentence: str) -> bool:
    """Cheap pre-test: does any word start like a violence word? (False means surely not.)"""
    for word in sentence.lower().translate(_PUNCTUATION_TO_SPACE).split():
        if word[:4] in VIOLENCE_PREFIXES or word in VIOLENCE_SHORT_WORDS:
            return True
    return False


# Violence words used as figures of speech for politics and money: "accused the government of killing democracy",
# "stocks bombed", "fuel prices exploded", "onion prices shot up", "the budget was a bombshell". Blanked before the
# event test, so a business or politics story with no other violence word reports no incident.
FIGURATIVE_VIOLENCE_RE = folded(
    r"\b(?:kill(?:ed|ing|s)?|murder(?:ed|ing|s)?|strangl(?:ed|ing|es)|massacr(?:ed|ing|es))\s+(?:off\s+)?(?:the\s+|our\s+|their\s+|its\s+|any\s+|all\s+)?"
    r"(?:democracy|hopes?|dreams?|economy|bill|deal|talks|peace\s+process|momentum|competition|mood|freedom|debate|motion|proposal|"
    r"reforms?|industry|growth|demand|chances?|jobs|innovation|tourism|trade|the\s+(?:party|league|season))\b(?!\s+(?:minister|ministry|official|chief|adviser|secretary))"
    r"|\b(?:stocks?|shares|prices|markets?|index|indices|sales|costs?|inflation|rents?|fares|tariffs|exports|imports|rates|revenues?|profits?|"
    r"the\s+(?:rupee|naira|dollar|shilling|cedi|peso|lira|pound|euro)|bitcoin|oil|gold|wheat|demand)"
    r"(?:\s+of\s+(?:the\s+|a\s+)?[\w-]+)?\s+(?:have\s+|had\s+|has\s+)?"
    r"(?:bombed|exploded|explode|explodes|shot\s+up|shoot\s+up|shoots\s+up|skyrocket\w*|blew\s+up|were\s+slaughtered|got\s+killed)\b"
    r"|\bbombshells?\b",
    re.IGNORECASE,
)


def is_event_sentence(sentence: str) -> bool:
    """True when a sentence mentions violence at all (an attack word, weapon or killing)."""
    if not (might_mention_violence(sentence) and EVENT_RE.search(sentence)):
        return False
    if FIGURATIVE_VIOLENCE_RE.search(sentence):
        return bool(EVENT_RE.search(blank_spans(sentence, FIGURATIVE_VIOLENCE_RE)))
    return True


def is_strong_violence(sentence: str) -> bool:
    """True when a sentence has a violence word that sport and metaphor do not use."""
    return bool(STRONG_VIOLENCE_RE.search(sentence))

