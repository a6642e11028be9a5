"""Choosing the article's container: readability-style paragraph scores, then widening to all its chunks."""

from __future__ import annotations

import re

from lxml import etree

from tasks.content_rules import (
    BLOCK_TAGS,
    CLASS_WEIGHT,
    CLASS_WORD,
    CLIMB_LINK_DENSITY,
    CLIMB_PROSE_GAIN,
    CLIMB_PROSE_SHARE,
    CONTENT_WORDS,
    LOOSE_TEXT_TAGS,
    MAX_CLIMB,
    MIN_PARAGRAPH_CHARS,
    PARAGRAPH_TAGS,
    PROSE_BLOCK_CHARS,
    PROSE_BLOCK_LINK_DENSITY,
    PURE_PROSE_GAIN,
    PURE_PROSE_LINK_DENSITY,
    PURE_PROSE_SHARE,
    SCORED_ANCESTORS,
    SIBLING_MIN_SCORE,
    SIBLING_SHARE,
    TAG_WEIGHTS,
    TWIN_LINK_DENSITY,
)

Element = etree._Element
SENTENCE_END = re.compile(r"[.!?][\"'”’)]?$")
TEXT = etree.XPath("string()")
CLASS_PART = re.compile(r"[^A-Za-z0-9]+")
DECLARED_BODY = etree.XPath("descendant::*[contains(concat(' ', @itemprop, ' '), ' articleBody ')]")
LINK_TEXT = etree.XPath(".//a//text()", smart_strings=False)


def score_containers(body: Element) -> tuple[dict[Element, float], dict[Element, int]]:
    """Readability-style scores of the elements holding paragraphs, and each ancestor's paragraph characters.

    Every paragraph (a block with no block children, or the text left loose between a container's
    blocks) worth MIN_PARAGRAPH_CHARS gives points for its length and commas to its parent and, halved
    and quartered, to the next two ancestors; scores are then discounted by link density.
    """
    scores: dict[Element, float] = {}
    prose: dict[Element, int] = {}
    outside = body.getparent()  # nothing above the body: its parent also holds the head
    for element in body.iter(*PARAGRAPH_TAGS, *LOOSE_TEXT_TAGS):
        if is_leaf_block(element):
            text, owner = normalized_text(element), element.getparent()
        else:
            # The blocks inside are paragraphs of their own, so only the loose text (often split by
            # <br>) is counted here, and nothing twice.
            text, owner = " ".join(_loose_text(element).split()), element
        if len(text) < MIN_PARAGRAPH_CHARS:
            continue
        if owner is outside:
            owner = body
        points = 1 + text.count(",") + min(len(text) / 100, 3)
        for level, ancestor in enumerate(_ancestors(owner, outside, SCORED_ANCESTORS)):
            if ancestor not in scores:
                scores[ancestor] = _base_score(ancestor)
            scores[ancestor] += points / (1 if level == 0 else level * 2)
        for ancestor in _ancestors(owner, outside):
            prose[ancestor] = prose.get(ancestor, 0) + len(text)
    return {element: score * (1 - link_density(element)) for element, score in scores.items()}, prose


def article_containers(body: Element, scores: dict[Element, float], prose: dict[Element, int]) -> set[Element]:
    """The elements whose text is the article.

    When the best-scoring container lies in an element the page declares as its article body
    (itemprop="articleBody"), that declaration is the whole article: siblings around it, however well
    they score (a long comment thread), are not. Otherwise the best-scoring container is widened to all
    its chunks and joined by its article-like siblings.
    """
    top = max(scores, key=scores.__getitem__)
    lineage = {top, *top.iterancestors()}
    declared = [element for element in DECLARED_BODY(body) if element in lineage]
    if declared:
        return {declared[0]}  # the outermost declaration (document order puts ancestors first)
    return article_segments(body, widen_to_article(top, prose, body), scores)


def widen_to_article(best: Element, prose: dict[Element, int], body: Element) -> Element:
    """Climb from the best-scoring container to the ancestor that holds all of the article's paragraphs.

    An article split into several unnamed chunks scores one chunk best. Ancestors qualify while most of
    their text is paragraph text and few of their words are links; of those, the lowest one holding
    (nearly) as much paragraph text as the highest is the article, if it adds enough paragraph text:
    CLIMB_PROSE_GAIN times the best's, or PURE_PROSE_GAIN when it is almost pure prose.
    """
    climbed = []
    current = best
    while current is not body and len(climbed) < MAX_CLIMB:
        current = current.getparent()
        if current is None:
            break
        chars = prose.get(current, 0)
        text_chars = len(normalized_text(current))
        share = chars / max(text_chars, 1)
        density = link_density(current, text_chars)
        if share < CLIMB_PROSE_SHARE or density > CLIMB_LINK_DENSITY:
            break
        climbed.append((current, chars, share, density))
    if not climbed:
        return best
    most = max(step[1] for step in climbed)
    target, chars, share, density = next(step for step in climbed if step[1] >= 0.95 * most)
    pure = share >= PURE_PROSE_SHARE and density <= PURE_PROSE_LINK_DENSITY
    gain = chars / max(prose.get(best, 0), 1)
    return target if gain >= (PURE_PROSE_GAIN if pure else CLIMB_PROSE_GAIN) else best


def article_segments(body: Element, best: Element, scores: dict[Element, float]) -> set[Element]:
    """The best container plus its article-like siblings and the other chunks of the same markup.

    Long articles are often split into several identical containers around ads or images: those share
    the best container's tag and class. Siblings that score well or read as prose belong to the story.
    """
    segments = {best}
    threshold = max(SIBLING_MIN_SCORE, scores.get(best, 0) * SIBLING_SHARE)
    parent = best.getparent()
    if parent is not None:
        for sibling in parent:
            if sibling is not best and (scores.get(sibling, 0) >= threshold or _reads_like_prose(sibling)):
                segments.add(sibling)
    class_name = best.get("class")
    if class_name:
        ancestors = set(best.iterancestors())
        for twin in body.iter(best.tag):
            if twin.get("class") != class_name or twin in segments or twin in ancestors:
                continue
            if best in set(twin.iterancestors()):
                continue
            twin_chars = len(normalized_text(twin))
            if twin_chars >= MIN_PARAGRAPH_CHARS and link_density(twin, twin_chars) < TWIN_LINK_DENSITY:
                segments.add(twin)
    return segments


def link_density(element: Element, total: int | None = None) -> float:
    """Share of an element's text that sits inside links (`total`: its normalized_text length, when known)."""
    total = len(normalized_text(element)) if total is None else total
    if not total:
        return 0.0
    linked = len(" ".join("".join(LINK_TEXT(element)).split()))
    return min(linked / total, 1.0)


def normalized_text(element: Element) -> str:
    """All the text inside an element, whitespace runs collapsed to single spaces."""
    return " ".join(TEXT(element).split())


def class_and_id(element: Element) -> str:
    """An element's class and id attributes as one string ("" when it has neither)."""
    class_name = element.get("class")
    element_id = element.get("id")
    if class_name and element_id:
        return f"{class_name} {element_id}"
    return class_name or element_id or ""


def class_words(class_name: str) -> list[str]:
    """The lower-cased words of one class name, split at punctuation and camelCase humps.

    Parts mixing letters and digits ("1ad3xk" in "css-1ad3xk", "300x250") are generated hashes or sizes,
    not words, and are skipped: read as words they would find "ad" in a stylesheet hash.
    """
    words = []
    for part in CLASS_PART.split(class_name):
        if part.isalpha():
            words.extend(word.lower() for word in CLASS_WORD.findall(part))
    return words


def is_leaf_block(element: Element) -> bool:
    """A block with no block-level children: a paragraph, or a div used as one."""
    for child in element:
        if child.tag in BLOCK_TAGS and child.tag != "br":
            return False
    return True


def _base_score(element: Element) -> float:
    score = TAG_WEIGHTS.get(element.tag, 0)
    if "articleBody" in (element.get("itemprop") or "").split():
        score += CLASS_WEIGHT
    names = class_and_id(element)
    if names and any(word in CONTENT_WORDS for class_name in names.split() for word in class_words(class_name)):
        score += CLASS_WEIGHT
    return score


def _reads_like_prose(element: Element) -> bool:
    """A block whose text reads as article prose: long with few links, or a short linkless sentence."""
    if not isinstance(element.tag, str):
        return False
    text = normalized_text(element)
    if len(text) > PROSE_BLOCK_CHARS:
        return link_density(element, len(text)) < PROSE_BLOCK_LINK_DENSITY
    return bool(text) and SENTENCE_END.search(text) is not None and link_density(element, len(text)) == 0


def _loose_text(element: Element) -> str:
    """The text directly inside an element, outside its block-level children."""
    pieces = [element.text or ""]
    for child in element:
        if child.tag not in BLOCK_TAGS and isinstance(child.tag, str):
            pieces.append(TEXT(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


def _ancestors(element: Element | None, outside: Element | None, count: int = -1):
    """The element and its ancestors below `outside`, at most `count` of them (all when negative)."""
    while element is not None and element is not outside and count:
        yield element
        element = element.getparent()
        count -= 1
