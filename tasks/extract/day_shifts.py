"""A paragraph dated from the incident told before it ("A day earlier, ...", "The same day, ...", "Two days later,
...") rather than from the day of publication."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .numbers import parse_number
from .text import folded

# "A day earlier,", "Two days later,", "Three days before,", "The same day,", "That same night,", "The previous day,",
# "The day before,", "The next morning,", "Later that day,"
DAY_SHIFT_RE = folded(
    r"^\W*(?:(?:just|only|some|about)\s+)?(?P<n>a|an|one|two|three|four|five|six|seven|\d)\s+days?\s+(?P<dir>later|earlier|before)\b|"
    r"^\W*(?P<same>(?:on\s+)?(?:the|that)\s+(?:very\s+)?same\s+(?:day|night|morning|evening|afternoon)|(?:later|earlier)\s+that\s+(?:day|night|morning|evening))\b|"
    r"^\W*(?P<previous>(?:on\s+)?the\s+(?:previous|preceding)\s+(?:day|night|evening|morning|afternoon)|the\s+day\s+before)\b|"
    r"^\W*(?P<next>(?:early\s+|late\s+)?(?:on\s+)?the\s+(?:next|following)\s+(?:day|morning|night|evening|afternoon))\b",
    re.IGNORECASE,
)


def shift_marker(sentence: str) -> re.Match | None:
    """The leading phrase that dates a paragraph from the incident told before it, or None."""
    return DAY_SHIFT_RE.match(sentence)


def shifted_day(marker: re.Match, day: date) -> date:
    """The day a leading shift phrase names, counted from the day of the incident told before it."""
    if marker.group("same"):
        return day
    if marker.group("previous"):
        return day - timedelta(days=1)
    if marker.group("next"):
        return day + timedelta(days=1)
    days = parse_number(marker.group("n")) or 1  # "an" (day) is the one article parse_number leaves unread
    return day + timedelta(days=days if marker.group("dir").lower() == "later" else -days)
