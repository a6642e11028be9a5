"""State forces named by role rather than by country: a capital's possessive ("Kyiv's forces", "Moscow's Defence
Ministry") and the words news uses for a government's own forces ("regime forces", "government troops").

Wire copy from a war names each side by its capital as often as by its demonym; local and wire copy from inside a
country calls its forces "government troops" or, where the government is contested, "regime forces". Both name a
state's forces as surely as "Ukrainian" or "Syrian army" does.
"""

from __future__ import annotations

import re

# Capitals whose possessive stands for the state in news of war and diplomacy. Only the possessive is read ("Kyiv's
# forces"); the bare name is a place ("Kyiv police said", "Damascus shelling" of the city).
CAPITAL_STATES = {
    "Kyiv": "UA", "Kiev": "UA", "Moscow": "RU", "Damascus": "SY", "Tehran": "IR", "Ankara": "TR", "Baghdad": "IQ",
    "Beijing": "CN", "Washington": "US", "Islamabad": "PK", "Kabul": "AF", "Khartoum": "SD", "Naypyidaw": "MM",
    "Naypyitaw": "MM", "Bamako": "ML", "Niamey": "NE", "Ouagadougou": "BF", "Addis Ababa": "ET", "Kinshasa": "CD",
    "Kigali": "RW", "New Delhi": "IN", "Riyadh": "SA", "Abu Dhabi": "AE", "Mogadishu": "SO", "Abuja": "NG",
    "Cairo": "EG", "Minsk": "BY", "Baku": "AZ", "Yerevan": "AM", "Tbilisi": "GE", "Caracas": "VE", "Bogota": "CO",
    "Manila": "PH", "Jakarta": "ID", "Dhaka": "BD", "Juba": "SS", "Bangui": "CF", "N'Djamena": "TD", "Yaounde": "CM",
    "Maputo": "MZ", "Nairobi": "KE", "Kampala": "UG", "Pyongyang": "KP", "Seoul": "KR",
}
CAPITAL_POSSESSIVE_RE = r"(?:" + "|".join(sorted(CAPITAL_STATES, key=len, reverse=True)).replace(" ", r"\s+") + r")['’]s"


def capital_state(words: str) -> str | None:
    """The country whose capital's possessive the words are ("Kyiv's" -> UA), else None."""
    stripped = words.strip()
    if not stripped.endswith(("'s", "’s")):
        return None
    return CAPITAL_STATES.get(" ".join(stripped[:-2].split()))


def bare_capital(words: str) -> tuple[str, str] | None:
    """(country, "") when the words are a capital alone ("Kyiv"): read only where a blame verb makes it the state."""
    code = CAPITAL_STATES.get(" ".join(words.split()))
    return (code, "") if code else None


# A government's own forces named by role, in the incident's country: the first word of OWN_FORCES heads.
OWN_ROLE_HEADS = r"regime|government|pro-government|government-allied|loyalist"


# After the forces' victims: the pretext for killing them ("killed 15 civilians after mistaking them for jihadists",
# "executed villagers they accused of collaborating with militants", "shot dead two herders suspected of being
# bandits"). The attackers' words in it are the forces' label for the dead, not another attacker in the incident.
_PRETEXT_RE = re.compile(
    r"\b(?:after\s+)?(?:mistaking|mistook|mistaken)\s+(?:them|him|her)\s+for\b[^,.;]*"
    r"|\b(?:they|it|the\s+army|troops|soldiers)\s+(?:accused|suspected|said\s+were|claimed\s+were|labell?ed|branded)\b[^,.;]*"
    r"|\b(?:accused|suspected)\s+of\s+(?:being|collaborating|supporting|helping|aiding|sheltering|working)\b[^,.;]*"
    r"|\bon\s+suspicion\s+of\b[^,.;]*",
    re.IGNORECASE,
)


def without_pretext(text: str) -> str:
    """The text with the pretext the forces gave for killing their victims cut out ("after mistaking them for jihadists")."""
    return _PRETEXT_RE.sub(" ", text)
