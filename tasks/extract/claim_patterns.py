"""Claim, denial and blame phrasings that tie a named group to an attack (split from actors.py, which scores them)."""

from __future__ import annotations

import re

from .text import folded

# An affirmative claim of responsibility, in words (the group's outlet is OUTLET_CLAIM_RE below).
_WORD_CLAIM_RE = folded(
    r"\bclaim(?:ed|s|ing)?\s+(?:\w+\s+){0,3}?(?:responsibility|credit)\b"
    r"|\bclaim(?:ed|s|ing)\s+(?!the\s+lives)(?:the|an?|this|that|its|both)\s+(?:\w+\s+){0,2}?(?:attacks?|bombings?|blasts?|killings?|assaults?|ambush|operations?|raids?|kidnappings?|abductions?|shooting|strikes?|hijackings?|assassinations?|massacres?|beheadings?)\b"
    r"|\b(?:took|takes|taking|accepted|accepts|accepting|admitted|admitting)\s+responsibility\b"
    # "announced responsibility in a statement on Telegram"; "assumed responsibility" only for an attack, since officials
    # also assume responsibility for security
    r"|\b(?:announced|announces|declared|declares)\s+(?:its\s+)?responsibility\b"
    r"|\b(?:assumed|assumes|acknowledged|acknowledges)\s+(?:full\s+)?responsibility\s+for\s+(?:the|this|that|[a-z]+day['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|bombings?|blasts?|killings?|ambush|assaults?|raids?|explosions?|abductions?|kidnappings?|murders?|shooting|strikes?)\b"
    # "took credit for the assault": the claim as credit, any tense
    r"|\b(?:took|takes|taken|taking)\s+(?:\w+\s+)?credit\s+for\b"
    # "the banned TTP owned the attack": South Asian press idiom for a claim, without "up to". Not "owned responsibility",
    # which officials say of a security lapse, nor in a relative clause ("the TTP, which owned the school massacre, ...")
    r"|(?<!which\s)(?<!who\s)(?<!that\s)\bown(?:ed|s)\s+(?:the|this|Sunday['’]s|Monday['’]s|Tuesday['’]s|Wednesday['’]s|"
    r"Thursday['’]s|Friday['’]s|Saturday['’]s)\s+(?:(?!\d)\w+\s+)?(?:attacks?|blasts?|bombings?|killings?|ambush|assaults?|raids?|explosions?|"
    r"abductions?|kidnappings?|murders?)\b"
    # "the Taliban later claimed it via their spokesman": the attack as a pronoun, unless a clause follows ("claimed it was")
    r"|\bclaim(?:ed|s)\s+it\b(?!\s+(?:was|is|had|has|have|would|will|did|could|as|to)\b)"
    # "the banned CPI (Maoist) owned up to the blast": South Asian press idiom for a claim
    r"|\bown(?:ed|s)\s+up\s+to\s+(?:the|this|that|its)\s+(?:\w+\s+)?(?:attacks?|blasts?|bombings?|killings?|ambush|assaults?|raids?|explosions?|abductions?|kidnappings?|strikes?|murders?)\b"
    r"|\bresponsibility\s+(?:was\s+|has\s+been\s+)?(?:claimed|taken)\b"
    r"|\bclaim\s+of\s+responsibility\b"
    # "Al-Shabaab, in a claim carried by its affiliated Somali Memo website, said it had killed five soldiers"
    r"|\b(?:in|via|through)\s+a\s+claim\s+(?:carried|published|posted|issued|released|made|broadcast)\b"
    # "the attack was later claimed by ISWAP", "was claimed on Monday by the Islamic State Sahel Province"
    r"|\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?claimed\s+(?:(?:late\s+|early\s+)?on\s+\w+\s+|later\s+|online\s+|overnight\s+|"
    r"swiftly\s+|quickly\s+|hours\s+later\s+)?by\b"
    # "the attack, claimed by ISWAP, killed five", "the ambush, which was later claimed by JNIM"
    r"|\b(?:an?|the)\s+(?:\w+\s+){0,2}?(?:attack|bombing|blast|ambush|raid|killing|assault|strike)s?,?\s+(?:which\s+was\s+)?(?:later\s+|since\s+)?claimed\s+by\b"
    # "the BLA claimed to have carried out the attack"
    r"|\bclaim(?:ed|s|ing)\s+to\s+have\s+(?:carried\s+out|attacked|killed|launched|staged|planted|shot|downed|ambushed|bombed|targeted|"
    r"kidnapped|abducted|struck|hit|stormed|seized|captured|destroyed|detonated|fired)\b"
    # "In its claim, the TTP said": the claim as a noun the group owns
    r"|\bin\s+(?:its|their|the\s+group['’]s)\s+(?:\w+\s+)?claim\b"
    # "According to a statement released by JNIM, its fighters killed 20 soldiers": the group's statement as the source of
    # its own fighters' act (not a state's statement about its soldiers)
    r"|\baccording\s+to\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:statement|claim|message|video|communiqu[eé]|post)\s+(?:[\w-]+\s+){0,2}?(?:by|from|of)\s+"
    r"(?!(?:the\s+)?(?:army|military|police|ministry|government|armed\s+forces|defen[cs]e|security|authorities|officials|governor)\b)[^,.;]{1,60},\s*"
    r"(?:its|their|the\s+group['’]s)\s+(?:\w+\s+)?(?:fighters|militants|mujahideen|men|guerrillas|combatants|members|cadres)\b"
    r"|\bclaim(?:ed|ing|s)?\s+(?:that\s+)?(?:it|they|(?:its|their)\s+(?:\w+\s+)?(?:fighters|militants|men|forces|units|members|mujahideen))\s+"
    r"(?:had\s+|have\s+)?(?:carried\s+out|killed|attacked|targeted|launched|repelled|ambushed|destroyed)\b"
    # the channel varies ("in a message on its az-Zallaqa media channel", "in a video posted online"); "said on Monday
    # it had ..." stays out: officials and armies say that too, and read as a claim it cost casualty figures
    # or the group's own outlet ("said on its Telegram channel later that day that its fighters had carried out the raid")
    # "..., saying its men had taken the base": the group's release, reported in a participle
    # "issued a statement admitting that its cadres had", "said in its weekly al-Naba newsletter that one of its soldiers"
    r"|\b(?:said|saying|admitting|admitted|acknowledging|acknowledged)\s+(?:in\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:statement|message|post|video|communiqu[eé]|audio|recording|speech|address|broadcast|"
    r"newsletter|magazine|bulletin|publication|editorial|e-?mail|letter|pamphlet|leaflet|note)\s+(?:[\w'’-]+\s+){0,8}?"
    r"|(?:on|via|through)\s+(?:its|their|the\s+group['’]s)\s+(?:[\w-]+\s+){0,2}?(?:channels?|accounts?|websites?|outlets?|pages?|radio|station|agency|media|mouthpiece|Andalus|Telegram)\s+(?:[\w'’-]+\s+){0,4}?"
    # a jihadist outlet needs no possessive: only its group speaks on it ("said on Andalus radio that its fighters ...")
    r"|(?:on|via|through)\s+(?:(?:Radio|the)\s+)?(?:Andalus|Amaq|al-Naba|Shahada)(?:\s+(?:radio|news\s+agency|agency))?\s+(?:[\w'’-]+\s+){0,4}?)?(?:that\s+)?(?:it|(?:one\s+of\s+)?(?:its|his|their|the\s+group['’]s)\s+(?:\w+\s+)?(?:fighters|militants|members|men|forces|mujahideen|boys|soldiers|guerrillas|combatants|cadres)|they)\s+(?:had\s+|were\s+|are\s+)?(?:carried\s+out|was\s+behind|were\s+behind|targeted|attacked|killed|launched|conducted|captured|seized|torched|burned|stormed|raided|ambushed|bombed|shelled|destroyed|overran|overrun|kidnapped|abducted|executed|taken|took|holding|planted|repelled|fought|engaged|disciplined|punished|hijacked|blew\s+up)\b"
    r"|\b(?:said|told\s+(?:[\w-]+\s+){1,4}?)\s*(?:that\s+)?(?:the\s+group['’]s|its|their)\s+(?:\w+\s+)?(?:fighters|militants|members|men|forces)\s+(?:had\s+)?"
    r"(?:carried\s+out|targeted|attacked|killed|launched|conducted|captured|seized|torched|stormed|raided|ambushed|bombed|kidnapped|"
    r"blown\s+up|blew\s+up|set\s+fire)\b"
    # the group's own fighters, never "they" or "its forces", which police and armies use too
    r"|\bsaid\s+(?:that\s+)?(?:one\s+of\s+)?(?:its|their|the\s+group['’]s)\s+(?:\w+\s+)?(?:fighters|militants|mujahideen)\s+(?:had\s+)?"
    r"(?:stopped|detained|intercepted|shot\s+down|downed)\b"
    # groups describe their own acts in euphemisms ("had 'retained' the bus", "had 'arrested' the elders", "had flown
    # drones over"): with the group's own fighters as subject, any completed act is the claim
    # ("its unit had 'retained' the vehicle": a front's statement about its own unit, the verb often in quotes)
    r"|\bsaid\s+(?:on\s+\w+\s+)?(?:in\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:statement|post|video|message|communiqu[eé]|audio|recording)\s+(?:[\w'’-]+\s+){0,6}?)?(?:that\s+)?"
    r"(?:one\s+of\s+)?(?:its|their|the\s+group['’]s)\s+(?:\w+\s+)?(?:fighters|militants|mujahideen|guerrillas|combatants|units?|columns?|cells?)\s+had\s+"
    r"(?!been\b)[\"“‘']?(?:\w+ed|flown|shot|struck|hit|taken|blown|thrown|overrun|brought|driven|beaten|set|held|kept|caught|fought)\b"
    r"|\b(?:statement|message)\s+(?:carried|published|posted|issued|released)\s+(?:by|on)\s+(?:its\s+)?(?:Amaq|Telegram|Nashir|al-Naba)"
    # the group's signature on what it leaves at the scene: "a banner left beside the bodies (was) signed by Los Chapitos", "a
    # note signed by the cartel" (README: a cartel banner is a claim). Not a statement "signed by" a spokesman: police and
    # army press releases are signed by their officers too, so the group's statement needs its own claim words
    r"|\b(?:banners?|narcomantas?|notes?|signs?|placards?|posters?|leaflets?|pamphlets?|cardboard\s+signs?)\b"
    r"(?:\s+(?:left|placed|found|hung|dumped|pinned|issued|released|posted|sent|dropped)\b[^,.;]{0,60}?)?,?\s+(?:(?:was|were)\s+)?signed\s+by\b"
    # the killers' message left with the victim ("branding him a police informer in a note left at the spot", "a
    # pamphlet found near the body said he was punished"): README, a Maoist pamphlet or a cartel banner is a claim
    r"|\b(?:notes?|pamphlets?|leaflets?|letters?|banners?|posters?|narcomantas?|handwritten\s+messages?)\s+(?:\w+\s+)?"
    r"(?:left|found|recovered|pasted|dropped|strewn|placed)\s+(?:at|near|beside|next\s+to|on|by)\s+(?:the\s+)?(?:spot|scene|site|bodies|body|corpses?)\b"
    r"|\bAmaq\b",
    re.IGNORECASE,
)
# The group's own outlet reporting the attack's result ("The militants' Radio Andalus said the attack killed five soldiers",
# "the group's news agency reported its fighters had stormed the base"): the outlet speaks for the group. Kept apart
# from the other phrasings and tried only where an outlet word occurs, since it would otherwise run on every sentence.
OUTLET_CLAIM_RE = folded(
    r"\b(?:(?:militants|group|rebels|insurgents|jihadists|movement|organi[sz]ation)['’]s?\s+(?:own\s+)?(?:[A-Z][\w-]*\s+){0,3}?"
    r"(?:radio|news\s+agency|media\s+(?:wing|arm|outlet|office)|mouthpiece|outlet|channel|website|Andalus)"
    r"|Radio\s+Andalus|Shahada\s+News(?:\s+Agency)?|al-Naba|Al-Kataib|Az-Zallaqa|Umar\s+Media)"
    # the outlet's name may follow in apposition ("The group's media arm, az-Zallaqa, published ...")
    r"(?:,\s*[^,.;]{1,40},)?\s+"
    r"(?:(?:said|says|reported|reports|announced|claimed|stated)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
    r"(?:the\s+(?:\w+\s+)?(?:attack|raid|ambush|assault|operation|bombing|blast|strike|shelling)|its\s+(?:\w+\s+)?(?:fighters|mujahideen|men|units?)|"
    r"(?:the\s+)?mujahideen|it|they)"
    # its pictures of the act are the claim: "published photos of the attack", "released a video of the ambush"
    r"|(?:published|publishes|released|releases|posted|posts|shared|issued|broadcast)\s+(?:on\s+\w+\s+)?(?:an?\s+)?(?:photos|pictures|images|video|videos|footage)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:of|from|showing)\s+(?:the|its|this)\s+(?:[\w-]+\s+)?(?:attack|raid|ambush|assault|operation|bombing|blast|strike|seizure|capture|abduction|kidnapping))\b",
    re.IGNORECASE,
)
OUTLET_WORDS = ("radio", "agency", "media", "mouthpiece", "outlet", "channel", "website", "andalus", "shahada", "naba", "kataib", "zallaqa")


class _ClaimPattern:
    """The claim phrasings as one pattern: `search` gives the word phrasings' match, else an outlet's report."""

    def search(self, text: str) -> re.Match | None:
        """The first claim phrasing found in text, or None."""
        found = _WORD_CLAIM_RE.search(text)
        if found is None and any(word in text.lower() for word in OUTLET_WORDS):
            found = OUTLET_CLAIM_RE.search(text)
        return found


# An affirmative claim of responsibility, in words or through the group's own outlet.
CLAIM_RE = _ClaimPattern()
NEGATED_CLAIM_RE = folded(
    r"\bno\s+(?:one|group|organi[sz]ation|party|militant\s+group|other\s+group)\s+(?:has\s+|had\s+|have\s+)?(?:yet\s+|so\s+far\s+|immediately\s+)*claimed"
    r"|\bnobody\s+(?:has\s+|had\s+)?(?:yet\s+|immediately\s+)?claimed"
    r"|\b(?:no|nobody|no\s+one)\s+(?:\w+\s+)?(?:has\s+|had\s+)?(?:said|says|admitted)\s+(?:it|they)\s+(?:was|were)\s+behind"
    r"|\bnot\s+clear\s+who\b|\bunclear\s+who\b"
    r"|\bnot\s+(?:yet\s+|been\s+|immediately\s+)*claimed"
    r"|\bno\s+(?:immediate\s+)?claims?\s+(?:of\s+)?(?:responsibility|for)"
    r"|\byet\s+to\s+(?:be\s+)?claim"
    r"|\b(?:has|have|had|did)\s+not\s+(?:yet\s+)?(?:immediately\s+)?claim"
    r"|\bunclaimed\b"
    # "hailed the ambush but stopped short of saying its men took part", "without saying its fighters did it"
    r"|\b(?:stop(?:ped|s)?\s+short\s+of|without|(?:did|does|has|have)\s+not|never)\s+(?:\w+\s+)?(?:saying|claiming|say|said)\s+(?:that\s+)?(?:it|they|its|their|his|the\s+group)\b"
    r"|\bthere\s+(?:was|has\s+been|have\s+been)\s+no\s+(?:immediate\s+)?claim"
    # the claim in other words, negated: "no group has taken credit", "nobody took responsibility", "has not owned the attack"
    r"|\b(?:no|nobody|no\s+one)\s+(?:[\w-]+\s+){0,2}?(?:has\s+|had\s+|have\s+)?(?:yet\s+|so\s+far\s+|immediately\s+|publicly\s+)*"
    r"(?:took|taken|takes|accepted|owned|owns|admitted)\s+(?:\w+\s+)?(?:responsibility|credit|(?:up\s+to\s+)?(?:the|this)\s+(?:\w+\s+)?(?:attacks?|bombings?|blasts?|"
    r"killings?|ambush|assaults?|raids?|explosions?|abductions?|kidnappings?|murders?))\b"
    r"|\b(?:has|have|had|did|does|do)\s*(?:not|n['’]t)\s+(?:yet\s+|immediately\s+|publicly\s+)*(?:take|taken|accept|accepted|own|owned|admit|admitted)\s+"
    r"(?:\w+\s+)?(?:responsibility|credit|the\s+(?:\w+\s+)?(?:attack|bombing|blast|killing|ambush|assault|raid))\b",
    re.IGNORECASE,
)
# "the jihadist movement regularly claims its attacks": a habit, not a claim of this attack.
# "Community leaders have often blamed herders for the killings": a standing accusation, not this attack's.
HABITUAL_BLAME_RE = folded(
    r"\b(?:have|has)\s+(?:often|repeatedly|long|frequently|routinely|regularly|previously|in\s+the\s+past)\s+(?:blamed|accused)\b", re.IGNORECASE
)
HABITUAL_CLAIM_RE = folded(r"\b(?:regularly|routinely|often|usually|frequently|typically|seldom|rarely|sometimes|has\s+previously|has\s+in\s+the\s+past)\s+(?:\w+\s+)?claim", re.IGNORECASE)
# "denied that its men had attacked civilians": a denial in a clause, whatever else the speaker says its men did
DENIAL_RE = folded(
    r"\bden(?:ied|ies|ying)\s+(?:any\s+)?(?:responsibility|involvement|carrying|being\s+behind|a\s+role)"
    r"|\bden(?:ied|ies|ying)\s+that\s+(?:it|they|(?:its|their|his|the\s+group['’]s)\s+(?:\w+\s+)?(?:fighters|men|forces|members|militants|troops))\b",
    re.IGNORECASE,
)
BLAME_RE = folded(
    r"\b(?:blamed|blames|blame|blaming|suspected|suspects?|believed\s+to\s+(?:be|have)|accused|accuses|attributed|"
    r"hallmarks|likely|thought\s+to\s+(?:be|have)|alleged(?:ly)?|presumed|linked\s+to|affiliated\s+with|"
    r"loyal\s+to|aligned\s+with|(?:was|were|is|are|be)\s+(?:\w+\s+)?responsible|behind\s+the\s+(?:attack|bombing|blast|killing|assault))\b"
    # "the arsonists belonged to 3R": the attackers' membership, as an official states it
    r"|\b(?:attackers|assailants|gunmen|militants|arsonists|raiders|bombers|kidnappers|abductors|assassins|killers|perpetrators|"
    # officials quote their own word for the dead attackers ('the two were "foreign terrorists" belonging to X')
    r"terrorists|insurgents)[\"”’]?\s+"
    r"(?:[\w,-]+\s+){0,6}?(?:belonged|belonging|belong)\s+to\b"
    # "the attackers were members of X", "materials showed they were 'adherents of' X": the attackers identified as a
    # group's people; "they" only with words of allegiance, since the dead or the detained are "members" too
    r"|\b(?:attackers|assailants|gunmen|arsonists|raiders|bombers|kidnappers|abductors|assassins|killers|perpetrators|culprits|"
    r"attacker|assailant|gunman|bomber|killer)\s+(?:were|was|are|is)\s+(?:all\s+)?[\"“‘']?(?:members?|adherents|followers|supporters|"
    r"part|fighters|operatives|militants|cadres)\s+of\b"
    r"|\b(?:they|the\s+men)\s+(?:were|are)\s+(?:all\s+)?[\"“‘']?(?:adherents|followers|supporters)\s+of\b"
    # "initial investigation suggests the involvement of X", "pointed to the involvement of": an investigator's attribution
    r"|\b(?:suggest|point|indicat|reveal|show|confirm|establish)\w*\s+(?:to\s+)?(?:the\s+)?(?:\w+\s+)?involvement\s+of\b"
    # an inquiry's pointer is an attribution: "investigations pointed to members of X", "suspicion fell on the Y",
    # "police evidence points the finger at Z"
    r"|\b(?:investigations?|investigators|inquir(?:y|ies)|probes?|evidence|findings|clues|intelligence|police|suspicion)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:point(?:s|ed|ing)?\s+(?:the\s+finger\s+)?(?:to|at)|fell\s+on|falls\s+on)\b"
    # any source's pointed finger is blame ("provincial officials pointed the finger at the BLA")
    r"|\bpoint(?:s|ed|ing)?\s+(?:an?\s+(?:accusing\s+)?|the\s+)finger\s+(?:of\s+blame\s+)?at\b",
    re.IGNORECASE,
)
# A claim of another attack than this one: "The Islamic State claimed a similar bombing at another church in 2017",
# "X claimed an earlier attack on the same post", "the group claimed responsibility for a previous raid last year".
# Its group is the author of that attack, recalled as background, not this attack's claimant.
OTHER_ATTACK_CLAIM_RE = folded(
    r"\bclaim(?:ed|s|ing)?\s+(?:(?:responsibility|credit)\s+for\s+)?(?:a|an|the)\s+(?:\w+\s+)?(?:similar|previous|earlier|prior|past)\b"
    # a record of claims: "has claimed most such attacks in the past", "claimed many similar bombings"
    r"|\bclaim(?:ed|s|ing)?\s+(?:(?:responsibility|credit)\s+for\s+)?(?:most|many|several|numerous|all|some|dozens\s+of|a\s+string\s+of|a\s+series\s+of)\s+"
    r"(?:\w+\s+)?(?:similar|such|previous|earlier|past|prior|of\s+the)\b"
    # the claimed act dated to an earlier year in the words right after the claim ("claimed an attack there in 2019")
    r"|\bclaim(?:ed|s)?\s+(?:(?:responsibility|credit)\s+for\s+)?(?:a|an|the)\s+[^.;,]{0,60}?\b(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d\b"
    r"|\bclaim(?:ed|s)?\s+(?:(?:responsibility|credit)\s+for\s+)?(?:a|an|the)\s+[^.;,]{0,60}?\b(?:last\s+year|(?:two|three|four|five|several|\d+)\s+years\s+ago)\b",
    re.IGNORECASE,
)
