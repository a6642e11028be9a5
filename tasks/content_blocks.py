"""Turning the chosen containers into text blocks, leaving out the ones that read as furniture."""

from __future__ import annotations

import re

from lxml import etree

from tasks.content_rules import (
    BLOCK_TAGS,
    BYLINE,
    CALENDAR_WORDS,
    DATE_WORDS,
    FURNITURE_TEXT,
    LINK_BLOCK_SHARE,
    LONG_BLOCK_CHARS,
    MAX_DATELINE_CHARS,
    MAX_LABEL_CHARS,
    MIN_TITLE_CHARS,
    SKIPPED_IN_BODY,
)
from tasks.content_scoring import SENTENCE_END

WORD = re.compile(r"[^\W\d_]+|\d+")


def container_blocks(container: etree._Element, title: str = "") -> list[str]:
    """The container's text split into blocks at block-level tags, furniture-looking blocks left out.

    A block goes when it matches a furniture text pattern, is mostly link text (a list of headlines),
    or repeats the page title (`title`, lower-cased); h1 headlines are skipped outright.
    """
    blocks: list[str] = []
    parts: list[str] = []
    linked_chars = 0
    link_depth = 0

    def flush() -> None:
        nonlocal linked_chars
        text = " ".join("".join(parts).split())
        if text and not is_furniture_text(text) and not is_link_block(len(text), linked_chars):
            if not (len(text) >= MIN_TITLE_CHARS and text.lower() in title):
                blocks.append(text)
        parts.clear()
        linked_chars = 0

    walker = etree.iterwalk(container, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if event == "start":
            if tag in BLOCK_TAGS:
                flush()
            if tag in SKIPPED_IN_BODY:
                walker.skip_subtree()
                continue
            if tag == "a":
                link_depth += 1
            if element.text:
                parts.append(element.text)
                if link_depth:
                    linked_chars += len(element.text.strip())
        else:
            if tag == "a":
                link_depth -= 1
            if tag in BLOCK_TAGS:
                flush()
            if element is not container and element.tail:
                parts.append(element.tail)
                if link_depth:
                    linked_chars += len(element.tail.strip())
    flush()
    return blocks


def trim_leading_labels(blocks: list[str]) -> list[str]:
    """Drop short label-like blocks ("Key Points", "Text size", a kicker) from the start of the body.

    Inside the article a short line may be a subheading; before its first paragraph it is a label.
    (At the end such lines are as often the article's own last words, so they are left alone.)
    """
    start = 0
    while start < len(blocks) and len(blocks[start]) <= MAX_LABEL_CHARS and not SENTENCE_END.search(blocks[start]):
        start += 1
    return blocks[start:]


def is_furniture_text(text: str) -> bool:
    """Text that is furniture however it is marked up: share prompts, credits, bylines, datelines."""
    if FURNITURE_TEXT.match(text) or BYLINE.match(text):
        return True
    if len(text) <= MAX_DATELINE_CHARS and any(character.isdigit() for character in text):
        words = WORD.findall(text.lower())
        return any(word in CALENDAR_WORDS for word in words) and all(
            word.isdigit() or word in DATE_WORDS for word in words
        )
    return False


def is_link_block(chars: int, linked_chars: int) -> bool:
    """Mostly-link blocks are headline lists, unless a long paragraph merely opens with a linked sentence."""
    if linked_chars > LINK_BLOCK_SHARE * chars:
        return True
    return linked_chars > 0.5 * chars and chars < LONG_BLOCK_CHARS
