"""Text fingerprints for dedup: normalised word shingles, MinHash band keys, casualty figures and names."""

from __future__ import annotations

import re
import zlib
from collections import Counter
from dataclasses import dataclass

import numpy as np

from tasks.dedup_rules import (
    CASUALTY_WORDS,
    FURNITURE_LINE,
    MONTHS,
    NOT_A_COUNT_AFTER,
    NUMBER_WORDS,
    SPELLING_RULES,
    SPELLING_WORDS,
    WEEKDAYS,
)

SHINGLE_WORDS = 3
BANDS, ROWS = 42, 3  # 126 MinHash values; a pair with Jaccard 0.4 becomes a candidate 93% of the time, 0.5: 99.6%
CASUALTY_WINDOW = 12  # tokens between a number and the casualty word it counts

THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
SENTENCE_END = re.compile(r"(?<=[.!?;])[\"”’']?\s+")
TOKEN = re.compile(r"[a-z0-9]+")
NAME = re.compile(r"\b(?:[A-Z][a-z]+|[A-Z]{2,})\b")
DATELINE_END = re.compile(r"^.{0,80}?(?:\([A-Za-z]+\)\s*[–—:-]|\s[–—]\s|:\s)")

_SHIFT32 = np.uint64(32)
_rng = np.random.RandomState(7)
_PERM_A = _rng.randint(1, 2**62, size=BANDS * ROWS, dtype=np.int64).astype(np.uint64) * np.uint64(2) + np.uint64(1)
_PERM_B = _rng.randint(0, 2**62, size=BANDS * ROWS, dtype=np.int64).astype(np.uint64) * np.uint64(2)
_BAND_MIX = _rng.randint(1, 2**31, size=ROWS).astype(np.uint64) * np.uint64(2) + np.uint64(1)
_SHINGLE_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)[:SHINGLE_WORDS]
_token_ids: dict[str, int] = {}  # raw token -> crc32 of its folded spelling


Figures = tuple[tuple[tuple[str, int], int], ...]  # ((kind, number), times) pairs, compact to keep in memory


@dataclass(frozen=True)
class Fingerprint:
    """What dedup compares: shingle hashes, LSH band keys, casualty figures, names and vocabulary of one text."""

    shingles: np.ndarray  # sorted unique uint32 hashes of normalised word shingles
    bands: np.ndarray  # one uint64 key per LSH band
    figures: Figures  # how often each (casualty kind, number) occurs near its word: (("killed", 12), 1)
    known_figures: Figures  # the same within twice the distance, for comparing with a later text
    names: np.ndarray  # sorted unique uint32 token ids of capitalised words inside sentences
    vocabulary: np.ndarray  # sorted unique uint32 token ids of the whole text


def story_lines(text: str) -> list[str]:
    """The text's lines without syndication furniture (credits, promos, captions, headers and footers)."""
    lines = [line.strip() for line in text.replace("’", "'").splitlines()]
    return [line for line in lines if line and not FURNITURE_LINE.match(line)]


def sentence_words(lines: list[str]) -> list[list[str]]:
    """Each sentence's lower-case words, with number words as digits ("twenty-five" -> "25", "1,500" -> "1500")."""
    text = THOUSANDS.sub("", "\n".join(lines).lower())
    sentences = (sentence for line in text.split("\n") for sentence in SENTENCE_END.split(line))
    return [digits_for_number_words(TOKEN.findall(sentence)) for sentence in sentences]


def digits_for_number_words(words: list[str]) -> list[str]:
    """The words with number words replaced by digits, compounds ("twenty five") joined."""
    if _NUMBER_WORD_SET.isdisjoint(words):
        return words
    out: list[str] = []
    for word in words:
        value = NUMBER_WORDS.get(word)
        if value is None:
            out.append(word)
        elif value < 10 and out and out[-1] in _TENS_DIGITS:
            out[-1] = str(int(out[-1]) + value)
        else:
            out.append(str(value))
    return out


def fold_spelling(token: str) -> str:
    """The American spelling of a British word (or the word itself)."""
    if token in SPELLING_WORDS:
        return SPELLING_WORDS[token]
    for pattern, replacement in SPELLING_RULES:
        if pattern.search(token):
            return pattern.sub(replacement, token)
    return token


def token_ids(words: list[str]) -> np.ndarray:
    """crc32 ids of the words' folded spellings (held as uint64 for shingle mixing)."""
    known = _token_ids
    return np.fromiter((known.get(word) or _token_id(word) for word in words), dtype=np.uint64, count=len(words))


def shingle_hashes(ids: np.ndarray) -> np.ndarray:
    """Sorted unique 32-bit hashes of the word shingles."""
    if len(ids) < SHINGLE_WORDS:
        ids = np.concatenate([ids, np.zeros(SHINGLE_WORDS - len(ids), dtype=np.uint64)])
    count = len(ids) - SHINGLE_WORDS + 1
    mixed = np.zeros(count, dtype=np.uint64)
    for offset in range(SHINGLE_WORDS):
        mixed = (mixed ^ ids[offset : offset + count]) * _SHINGLE_MIX[offset]
    return np.unique((mixed >> _SHIFT32).astype(np.uint32))


def band_keys(shingles: np.ndarray) -> np.ndarray:
    """One LSH key per band of the MinHash signature (multiply-shift hashing of each shingle)."""
    hashed = (shingles.astype(np.uint64)[:, None] * _PERM_A[None, :] + _PERM_B[None, :]) >> _SHIFT32
    signature = hashed.min(axis=0).reshape(BANDS, ROWS)
    return (signature * _BAND_MIX[None, :]).sum(axis=1, dtype=np.uint64) ^ np.arange(BANDS, dtype=np.uint64)


def casualty_figures(sentences: list[list[str]]) -> tuple[Figures, Figures]:
    """How often each (kind, number) occurs with a casualty word in the same sentence: within the window, and twice it.

    The wider set is what a later text's figures are compared with, so an edit that drops a word ("found on
    Thursday" -> "found Thursday") cannot push a figure inside the window in one text and outside in the other.
    """
    near: Counter[tuple[str, int]] = Counter()
    wide: Counter[tuple[str, int]] = Counter()
    for words in sentences:
        numbers = [i for i, word in enumerate(words) if word.isdigit() and not _not_a_count(words, i)]
        if not numbers:
            continue
        marks = [(i, kind) for i, kind in ((i, casualty_kind(word)) for i, word in enumerate(words)) if kind]
        for i in numbers:
            distance, kind = min(((abs(i - j), kind) for j, kind in marks), default=(2 * CASUALTY_WINDOW + 1, ""))
            if distance <= 2 * CASUALTY_WINDOW:
                wide[(kind, int(words[i]))] += 1
                if distance <= CASUALTY_WINDOW:
                    near[(kind, int(words[i]))] += 1
    return tuple(sorted(near.items())), tuple(sorted(wide.items()))


def casualty_kind(word: str) -> str | None:
    """The casualty kind a word names ("killed", "wounded", "abducted"), allowing one slip in a long word.

    A slip is a dropped letter ("wouned"), a letter typed twice inside the word ("woundded") or two letters
    swapped ("wuonded"); a wrong letter is not, because it turns "founded" into "wounded".
    """
    if word in CASUALTY_WORDS:
        return CASUALTY_WORDS[word]
    if len(word) < 6 or word.isdigit():
        return None
    if word not in _typo_kinds:
        if len(_typo_kinds) > 200_000:
            _typo_kinds.clear()
        extra_letter = (word[:i] + word[i + 1:] for i in range(1, len(word)))
        swapped = (word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1))
        kinds = [CASUALTY_WORDS.get(variant) for variant in (*extra_letter, *swapped)] + [_DROPPED_LETTER.get(word)]
        _typo_kinds[word] = next((kind for kind in kinds if kind), None)
    return _typo_kinds[word]


def proper_names(lines: list[str]) -> list[str]:
    """Capitalised words (lower-cased) that do not open a sentence or sit in a dateline."""
    found = []
    for line in lines:
        line = DATELINE_END.sub("", line, count=1)
        for sentence in SENTENCE_END.split(line):
            sentence = sentence.lstrip("\"“'‘( ")
            matches = NAME.findall(sentence)
            found.extend(name.lower() for name in (matches[1:] if sentence[:1].isupper() else matches))
    return found


def new_figures(earlier: Fingerprint, later: Fingerprint) -> set[int]:
    """Casualty numbers the later text adds: a (kind, number) the earlier never has, or a number it mentions more often.

    Counting catches a re-issued lead ("killing 8") when the story already had 8 dead elsewhere; comparing
    numbers without their kind for that keeps a reworded lead ("two ... injured" read as two killed) a copy.
    """
    known = dict(earlier.known_figures)
    added = {number for (kind, number), _ in later.figures if (kind, number) not in known}
    earlier_mentions: Counter[int] = Counter()
    later_mentions: Counter[int] = Counter()
    for (_, number), times in earlier.known_figures:
        earlier_mentions[number] += times
    for (_, number), times in later.figures:
        later_mentions[number] += times
    return added | {number for number, times in later_mentions.items() if times > earlier_mentions[number]}


def new_name_weight(earlier: Fingerprint, later: Fingerprint) -> int:
    """How many names the later text has that the earlier never uses.

    A new weekday counts double when the earlier text dates events by weekday itself (a different day is a
    different event), and once when it does not (a copy may turn "yesterday" into "on Tuesday").
    """
    new = np.setdiff1d(later.names, earlier.vocabulary, assume_unique=True)
    if not np.isin(_WEEKDAY_IDS, earlier.vocabulary).any():
        return len(new)
    return len(new) + int(np.isin(new, _WEEKDAY_IDS).sum())


def fingerprint(text: str) -> Fingerprint:
    """The fingerprint of an article body."""
    lines = story_lines(text)
    sentences = sentence_words(lines)
    ids = token_ids([word for sentence in sentences for word in sentence])
    shingles = shingle_hashes(ids)
    figures, known_figures = casualty_figures(sentences)
    return Fingerprint(
        shingles=shingles,
        bands=band_keys(shingles),
        figures=figures,
        known_figures=known_figures,
        names=np.unique(token_ids(proper_names(lines))).astype(np.uint32),
        vocabulary=np.unique(ids).astype(np.uint32),
    )


def _not_a_count(words: list[str], i: int) -> bool:
    number = int(words[i]) if len(words[i]) < 7 else 0
    if number == 0 or (len(words[i]) == 4 and 1900 <= number <= 2100):
        return True
    after = words[i + 1] if i + 1 < len(words) else ""
    before = words[i - 1] if i else ""
    return after in NOT_A_COUNT_AFTER or before in MONTHS or after in MONTHS


def _token_id(word: str) -> int:
    if len(_token_ids) > 2_000_000:  # a vocabulary bound, so a long backfill cannot grow it without limit
        _token_ids.clear()
    token_id = _token_ids[word] = zlib.crc32(fold_spelling(word).encode("utf-8")) or 1
    return token_id


_typo_kinds: dict[str, str | None] = {}
_NUMBER_WORD_SET = frozenset(NUMBER_WORDS)
_TENS_DIGITS = frozenset(str(value) for value in range(20, 100, 10))
_DROPPED_LETTER = {
    word[:i] + word[i + 1:]: kind for word, kind in CASUALTY_WORDS.items() if len(word) >= 7 for i in range(len(word))
}
_WEEKDAY_IDS = np.unique(token_ids(list(WEEKDAYS))).astype(np.uint32)
