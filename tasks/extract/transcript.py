"""Transcript layout: speaker turns of a broadcast or interview ("PRESENTER: ...", "Q: ...")."""

from __future__ import annotations

import re
from collections import Counter

# A speaker's label opening a line: a role, or a name in capitals, then a colon ("CORRESPONDENT: Thank you.",
# "JOHN SMITH: ...", "Q: ..."). A digest's section label looks the same ("CITÉ SOLEIL: ..."), so a label counts as a
# speaker's only in a layout that is plainly a dialogue (see speaker_labels).
SPEAKER_LABEL_RE = re.compile(r"^(?P<label>[A-ZÀ-Þ][A-ZÀ-Þ'’. -]{0,40}?)\s*:\s+(?=\S)")
# Roles that only ever name a speaker, never a place or a section.
SPEAKER_ROLES = frozenset(
    "PRESENTER ANCHOR HOST CO-HOST NEWSREADER NEWSCASTER CORRESPONDENT REPORTER INTERVIEWER INTERVIEWEE GUEST MODERATOR "
    "CALLER SPEAKER Q A QUESTION ANSWER JOURNALIST".split()
)
# An opening quote mark before a paragraph's first word (not one that closes a quoted phrase): a quoted release runs
# paragraph by paragraph, each opened by one.
OPENING_QUOTE_RE = re.compile(r'^["“](?=[A-Z0-9])')
# A dialogue has at least two speakers and turns back to one of them; a digest names each section once.
MIN_TURNS = 3


def speaker_labels(lines: list[str]) -> frozenset[str]:
    """The labels that mark speaker turns in a transcript or Q&A layout; empty when the text is no dialogue."""
    counts = Counter(m.group("label") for line in lines if (m := SPEAKER_LABEL_RE.match(line.strip())))
    if sum(counts.values()) < MIN_TURNS or len(counts) < 2:
        return frozenset()
    roles = {label for label in counts if label in SPEAKER_ROLES}
    recurring = {label for label, n in counts.items() if n >= 2}
    # a known role that speaks, or names that take turns again and again, as speakers do and section heads never do
    if roles and recurring & roles or len(recurring) >= 2:
        return frozenset(counts)
    return frozenset()


def strip_speaker(line: str, labels: frozenset[str]) -> str:
    """A speaker turn without its label: what the speaker says is the article's prose, not a section heading."""
    match = SPEAKER_LABEL_RE.match(line)
    if match and match.group("label") in labels:
        return line[match.end() :]
    return line
