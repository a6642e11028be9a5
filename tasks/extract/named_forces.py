"""State services named by their own name (Frontier Corps, CRPF, SBU, CJTF): when the words after the name make them act.

Their name is far more often their victims' description ("a CRPF trooper was killed") than an attacker's, so a service
is an actor only with a verb of its own after its name.
"""

from __future__ import annotations

import re

from .state_forces import NAMED_STATE_FORCES
from .text import folded


# After a state service's name, a verb of violence: its members alone ("CRPF personnel were killed", "Basij forces,
# affiliated with the Revolutionary Guards, were wounded") name the victims far more often than the attackers.
FORCE_ACT_AFTER_RE = folded(
    r"^\s*(?:\([A-Z]{2,8}\)\s+)?(?:(?:personnel|troops|soldiers|troopers|jawans|officers|members|forces|men|units?|fighters|militiamen|"
    r"vigilantes|volunteers|agents|commandos|paramilitar(?:y|ies)|security\s+service|special\s+forces)\s+)?(?:(?:had|have|has|allegedly|"
    r"reportedly|then|later|also|deliberately)\s+)?(?:(?:opened\s+fire|fired|beat|tortured|raided|stormed|torched|set\s+fire|lynched|dropped|"
    r"launched|carried\s+out)\b|(?:killed|shot|executed|attacked|abducted|struck|bombed|shelled|massacred|ambushed|burned|hit)\b"
    # a participle with no object is the reduced passive of a toll ("one CRPF personnel killed and another injured")
    r"(?!\s+(?:and|in|when|after|while|during|as|by|on|at|near|with)\b|\s*[,.;]|\s*$))",
    re.IGNORECASE,
)


# A toll in reduced passive right after a service's name ("one CRPF personnel killed and another injured").
REDUCED_PASSIVE_AFTER_RE = folded(
    r"^\s*(?:(?:personnel|troopers?|jawans?|soldiers|members|officers)\s+)?(?:killed|shot|wounded|injured|hit|attacked|ambushed)"
    r"(?:\s+(?:and|in|when|after|while|during|as|by|on|at|near|with)\b|\s*[,.;]|\s*$)",
    re.IGNORECASE,
)


def force_acts_after(name: str, after: str, verdict: bool = False) -> bool:
    """True unless `name` is a state service and the words after it make it no actor (its members, not its acts);
    with `verdict`, the parser already found its verb through any aside, and only a reduced passive undoes it."""
    if name not in NAMED_STATE_FORCES:
        return True
    return not REDUCED_PASSIVE_AFTER_RE.match(after) if verdict else bool(FORCE_ACT_AFTER_RE.match(after))
