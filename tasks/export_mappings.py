"""Our vocabularies (schema.md) mapped to ACLED's and GTD's codebook columns and labels, as named data."""

from __future__ import annotations

# ACLED's column layout (codebook 2024 onward), in order.
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
# ACLED writes dates as "11 March 2026" (day zero-padded, English month name).
ACLED_DATE_FORMAT = "%d %B %Y"

POLITICAL_VIOLENCE = "Political violence"
STRATEGIC = "Strategic developments"
BATTLES = ("Battles", "Armed clash")
VIOLENCE_AGAINST_CIVILIANS = ("Violence against civilians", "Attack")
ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
SECURITY_TARGETS = frozenset({"military", "police"})

# attack_type -> (event_type, sub_event_type). Armed violence against security forces is a battle, against
# anyone else an attack on civilians (target-dependent types are resolved in acled_event_type below).
ACLED_EVENT_TYPES: dict[str, tuple[str, str]] = {
    "bombing_explosion": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "airstrike_shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "clash": BATTLES,
    "kidnapping": ABDUCTION,
    "hijacking": ABDUCTION,
    "facility_attack": ("Strategic developments", "Looting/property destruction"),
    "armed_assault": VIOLENCE_AGAINST_CIVILIANS,
    "assassination": VIOLENCE_AGAINST_CIVILIANS,
    "unarmed_assault": VIOLENCE_AGAINST_CIVILIANS,
    "unknown": VIOLENCE_AGAINST_CIVILIANS,
}
ACLED_SUICIDE_BOMB = ("Explosions/Remote violence", "Suicide bomb")
# Attack types that become "Battles / Armed clash" when the target is the military or police.
ACLED_BATTLE_WHEN_SECURITY_TARGET = frozenset({"armed_assault", "assassination", "unknown"})

# target_type -> (actor2 pattern, assoc_actor_2 pattern, inter2); {country} is filled in.
ACLED_TARGET_ACTORS: dict[str, tuple[str, str, str]] = {
    "military": ("Military Forces of {country}", "", "State forces"),
    "police": ("Police Forces of {country}", "", "State forces"),
    "government": ("Civilians ({country})", "Government of {country}", "Civilians"),
    "civilians": ("Civilians ({country})", "", "Civilians"),
    "business": ("Civilians ({country})", "Business Group ({country})", "Civilians"),
    "religious": ("Civilians ({country})", "Religious Group ({country})", "Civilians"),
    "educational": ("Civilians ({country})", "Teachers ({country})", "Civilians"),
    "journalists": ("Civilians ({country})", "Journalists ({country})", "Civilians"),
    "diplomatic": ("Civilians ({country})", "Diplomats ({country})", "Civilians"),
    "infrastructure": ("", "", ""),
    "transport": ("Civilians ({country})", "", "Civilians"),
    "other": ("", "", ""),
}
# Perpetrator -> inter1: state forces end with one of these words (tasks/extract/state_forces.py's heads);
# named groups are rebels except communal militias; an unnamed perpetrator is ACLED's unidentified militia.
STATE_FORCE_ENDINGS = ("army", "military", "armed forces", "forces", "security forces", "air force", "navy",
                       "police", "gendarmerie", "national guard")
IDENTITY_MILITIAS = frozenset({"Fulani militants"})
UNKNOWN_ACTOR = "Unidentified Armed Group ({country})"
# Our geo_precision -> ACLED's (1: the town; 2: part of a region, coordinates of the wider area; 3: a larger region).
ACLED_GEO_PRECISION = {"place": 1, "admin1": 2, "country": 3}

# GTD's column layout (a subset of the GTD codebook's names, in its order).
GTD_COLUMNS = [
    "eventid", "iyear", "imonth", "iday", "approxdate", "extended", "country_txt", "region_txt", "provstate", "city",
    "latitude", "longitude", "specificity", "summary", "suicide", "attacktype1_txt", "targtype1_txt", "gname",
    "guncertain1", "claimed", "weaptype1_txt", "weaptype2_txt", "weaptype3_txt", "weaptype4_txt",
    "nkill", "nkillter", "nwound", "ishostkid", "nhostkid", "scite1", "scite2", "scite3", "dbsource", "addnotes",
]
# schema.md's attack, target and weapon types follow GTD's hierarchy, so most map one to one; airstrikes and
# shelling are explosive-projectile attacks in GTD, and a clash is an armed assault.
GTD_ATTACK_TYPES = {
    "armed_assault": "Armed Assault",
    "bombing_explosion": "Bombing/Explosion",
    "assassination": "Assassination",
    "kidnapping": "Hostage Taking (Kidnapping)",
    "facility_attack": "Facility/Infrastructure Attack",
    "hijacking": "Hijacking",
    "unarmed_assault": "Unarmed Assault",
    "airstrike_shelling": "Bombing/Explosion",
    "clash": "Armed Assault",
    "unknown": "Unknown",
}
GTD_TARGET_TYPES = {
    "military": "Military",
    "police": "Police",
    "government": "Government (General)",
    "civilians": "Private Citizens & Property",
    "business": "Business",
    "religious": "Religious Figures/Institutions",
    "educational": "Educational Institution",
    "journalists": "Journalists & Media",
    "diplomatic": "Government (Diplomatic)",
    "infrastructure": "Utilities",
    "transport": "Transportation",
    "other": "Other",
}
GTD_WEAPON_TYPES = {
    "explosives": "Explosives",
    "firearms": "Firearms",
    "incendiary": "Incendiary",
    "chemical": "Chemical",
    "melee": "Melee",
    "vehicle": "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)",
    "unknown": "Unknown",
}  # also the order weaptype1..4 are filled in: the most lethal first
# Our geo_precision -> GTD specificity (1: the town's coordinates; 4: the first-order region's centre;
# 5: no region, coordinates unknown, so country-level coordinates are left blank).
GTD_SPECIFICITY = {"place": 1, "admin1": 4, "country": 5}
GTD_HOSTAGE_ATTACKS = frozenset({"kidnapping", "hijacking"})
GTD_UNKNOWN_NUMBER = -99  # GTD's code for "a hostage count is due but unknown"
