"""Shared text helpers: accent folding, word tokens and n-gram dictionary lookup."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from typing import Iterator, NamedTuple, Sequence

# Curly quotes and dashes are normalised so patterns only need the ASCII forms.
PUNCTUATION_MAP = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u02bf": "'",
        "\u02be": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": " - ",
        "\u00a0": " ",
        "\u2009": " ",
        "\u200b": "",
    }
)
# The same characters as a pattern: a news text holds few of them, and replacing matches is ten times
# quicker than str.translate, which looks up every character of a non-ASCII text in the map.
_PUNCTUATION_CHARS = re.compile("[" + re.escape("".join(map(chr, PUNCTUATION_MAP))) + "]")
_PUNCTUATION_REPLACEMENTS = {chr(code): replacement for code, replacement in PUNCTUATION_MAP.items()}
# A word: letters and digits, with inner apostrophes ("Ma'rib", "Qa'ida"); hyphens split words.
WORD_RE = re.compile(r"[^\W_](?:[\w'\u2019]*[^\W_])?")
POSSESSIVE_RE = re.compile(r"['\u2019]s?$", re.IGNORECASE)
# Lower-case particles that can open a proper name ("al-Qaeda", "ad-Dawr").
NAME_PARTICLES = frozenset(
    "al el ad ad-din ar as an ash at az ul de del della des di da du la le los las bin ibn abu".split()
)


class Token(NamedTuple):
    """One word of a sentence with its character span and folded key."""

    start: int
    end: int
    raw: str
    key: str


def normalize_punctuation(text: str) -> str:
    """The text with curly quotes, dashes and odd spaces mapped to ASCII."""
    return _PUNCTUATION_CHARS.sub(lambda match: _PUNCTUATION_REPLACEMENTS[match.group()], text)


# ASCII punctuation becomes a word break, except apostrophes, which join ("Ma'rib" -> "marib").
_ASCII_FOLD = str.maketrans({c: " " for c in "!\"#$%&()*+,-./:;<=>?@[\\]^_`{|}~"} | {"'": None})
_EXTRA_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower-case, accent-free form of a name, apostrophes dropped and hyphens as spaces."""
    if not text.isascii():
        text = text.translate(PUNCTUATION_MAP).lower().translate(_EXTRA_LETTERS)
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        if not text.isascii():
            return " ".join(WORD_RE.findall(text.replace("'", "")))
    return " ".join(text.lower().translate(_ASCII_FOLD).split())


@lru_cache(maxsize=4096)
def tokenize(text: str) -> tuple[Token, ...]:
    """Word tokens of a text; a trailing possessive 's is dropped from the key (cached: sentences recur)."""
    tokens = []
    for match in WORD_RE.finditer(text):
        raw = match.group()
        word = POSSESSIVE_RE.sub("", raw) if "'" in raw or "\u2019" in raw else raw
        tokens.append(Token(match.start(), match.end(), raw, fold(word) if word else ""))
    return tuple(tokens)


def is_capitalized(token: Token) -> bool:
    """True for a word that starts with a capital letter or digit-free proper-name particle."""
    return token.raw[:1].isupper() or token.key in NAME_PARTICLES


def ngram_matches(
    tokens: Sequence[Token], table: dict[str, object], max_words: int, capitalized_only: bool = True
) -> Iterator[tuple[int, int, object]]:
    """Longest-first dictionary matches over word n-grams: (first token, end token, value)."""
    index = 0
    count = len(tokens)
    while index < count:
        if capitalized_only and not is_capitalized(tokens[index]):
            index += 1
            continue
        for size in range(min(max_words, count - index), 0, -1):
            key = tokens[index].key if size == 1 else " ".join(t.key for t in tokens[index : index + size])
            value = table.get(key)
            if value is not None:
                yield index, index + size, value
                index += size
                break
        else:
            index += 1


class FoldedPattern:
    """A case-insensitive pattern run on lower-cased text: the same matches, several times faster.

    Python's re is slow with IGNORECASE; lower-casing the text (C speed) and matching a
    lower-cased pattern gives the same spans. Match objects therefore hold lower-cased text:
    use their positions to slice the original when the exact spelling matters.
    """

    __slots__ = ("fast", "slow")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.fast = re.compile(lower_pattern(pattern), flags & ~re.IGNORECASE)
        self.slow = re.compile(pattern, flags | re.IGNORECASE)

    def _pick(self, text: str) -> tuple[re.Pattern, str]:
        lowered = text.lower()
        # a few characters ("İ") change length when lower-cased; keep exact positions for them
        return (self.fast, lowered) if len(lowered) == len(text) else (self.slow, text)

    def search(self, text: str, *bounds: int) -> re.Match | None:
        pattern, text = self._pick(text)
        return pattern.search(text, *bounds)

    def match(self, text: str, *bounds: int) -> re.Match | None:
        pattern, text = self._pick(text)
        return pattern.match(text, *bounds)

    def finditer(self, text: str, *bounds: int) -> Iterator[re.Match]:
        pattern, text = self._pick(text)
        return pattern.finditer(text, *bounds)

    @property
    def pattern(self) -> str:
        return self.slow.pattern


def lower_pattern(pattern: str) -> str:
    """A regex with its literal letters lower-cased; escapes such as \\W and \\B are kept."""
    out, index = [], 0
    while index < len(pattern):
        if pattern[index] == "\\" and index + 1 < len(pattern):
            out.append(pattern[index : index + 2])
            index += 2
            continue
        if pattern.startswith("(?P", index):  # named-group syntax is case-sensitive
            out.append("(?P")
            index += 3
            continue
        out.append(pattern[index].lower())
        index += 1
    return "".join(out)


def folded(pattern: str, flags: int = 0) -> FoldedPattern:
    """Compile a case-insensitive pattern for fast matching (see FoldedPattern)."""
    return FoldedPattern(pattern, flags)


def compile_alternation(words: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def join_sentences(sentences: list[str]) -> tuple[str, list[int]]:
    """The sentences as one text (each pattern then runs once per incident), with each sentence's start."""
    starts, position = [], 0
    for sentence in sentences:
        starts.append(position)
        position += len(sentence) + 1
    return "\n".join(sentences), starts


def blank_spans(text: str, pattern) -> str:
    """The text with every match of `pattern` blanked out, so offsets stay the same."""
    pieces, last = [], 0
    for match in pattern.finditer(text):
        pieces.append(text[last : match.start()])
        pieces.append(" " * (match.end() - match.start()))
        last = match.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def sentence_at(sentences: list[str], starts: list[int], position: int) -> int:
    """The index of the sentence that holds `position` in `join_sentences`' text."""
    return bisect_right(starts, position) - 1
