"""Article-body extraction on lxml: drop page furniture, score containers, keep the article's paragraphs.

The steps, each in plain functions: parse leniently (`parse_document`); remove what cannot be prose
(scripts, navigation, forms, hidden and furniture-named blocks, `drop_furniture`); score the elements
holding paragraphs readability-style, then take the page's declared article body around the winner or
widen the winner to all the article's chunks (`content_scoring`); emit the blocks, minus those that
read as furniture (`content_blocks`). The rules, as named data, live in `content_rules`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from tasks.content_blocks import container_blocks, trim_leading_labels
from tasks.content_rules import (
    BOILERPLATE_STEMS,
    BOILERPLATE_WORDS,
    CONTENT_WORDS,
    DROP_TAGS,
    HIDDEN_STYLE,
    MAX_FURNITURE_SHARE,
    STATE_PREFIXES,
    SUSPECT_TAGS,
)
from tasks.content_scoring import TEXT, article_containers, class_and_id, class_words, score_containers

Element = etree._Element
CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# The same characters one by one: `in` on a str is a fast scan, three times quicker than the regex on a clean page.
CONTROL_CHAR_LIST = tuple(chr(code) for code in range(0x20) if CONTROL_CHARS.match(chr(code)))
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.IGNORECASE)
# huge_tree lifts libxml2's nesting limit (255 levels), past which it silently drops the rest of the page.
PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, default_doctype=False, no_network=True, huge_tree=True)
ALWAYS_DROPPED = tuple(sorted(DROP_TAGS - SUSPECT_TAGS))
# Elements worth the hidden and furniture-name checks: those carrying a class, id, style or hidden flag.
MARKED = etree.XPath("descendant::*[@class or @id or @style or @hidden or @aria-hidden]")
TITLES = etree.XPath("//head/title/text() | //meta[@property='og:title']/@content", smart_strings=False)
# A cheap first look: class names containing none of the furniture words need no closer reading.
FURNITURE_HINT = re.compile("|".join(sorted(set(BOILERPLATE_STEMS) | BOILERPLATE_WORDS, key=len, reverse=True)))


def extract_article_text(html: str | bytes) -> str:
    """The main article's text, one paragraph per block separated by blank lines; "" when there is none."""
    root = parse_document(html)
    return tree_article_text(root) if root is not None else ""


def tree_article_text(root: Element) -> str:
    """The main article's text from a parsed page (see parse_document); prunes the tree as it goes."""
    body = root.find("body")
    body = body if body is not None else root
    title = page_title(root)
    drop_furniture(body)
    scores, prose = score_containers(body)
    if not scores:
        return ""
    segments = article_containers(body, scores, prose)
    blocks: list[str] = []
    walker = etree.iterwalk(body, events=("start",))
    for _, element in walker:  # document order, so segments before and after the best keep their place
        if element in segments:
            blocks.extend(container_blocks(element, title))
            walker.skip_subtree()
    return "\n\n".join(trim_leading_labels(blocks))


def parse_document(html: str | bytes) -> Element | None:
    """Parse any HTML-ish input into an lxml tree, or None when nothing parseable is there."""
    if isinstance(html, (bytes, bytearray, memoryview)):
        html = bytes(html).decode("utf-8", "replace")
    if not isinstance(html, str):
        return None
    # lxml refuses to set text holding C0 control characters, which junk pages do carry.
    if any(character in html for character in CONTROL_CHAR_LIST):
        html = CONTROL_CHARS.sub("", html)
    html = XML_DECLARATION.sub("", html, count=1)  # lxml refuses str input that declares an encoding
    if not html.strip():
        return None
    try:
        root = etree.fromstring(html, parser=PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError, TypeError):
        if not LONE_SURROGATE.search(html):
            return None
        return parse_document(LONE_SURROGATE.sub("\ufffd", html))  # libxml2 cannot encode lone surrogates
    return root if root is not None and isinstance(root.tag, str) else None


def page_title(root: Element) -> str:
    """The page's title and share-card title, lower-cased, for spotting the headline in the body."""
    return " | ".join(" ".join(text.split()) for text in TITLES(root)).lower()


def drop_furniture(body: Element) -> None:
    """Remove elements that cannot be article text: scripts, chrome tags, hidden and furniture-named blocks.

    Names, styles and suspect tags (a form, a header) are only hints: a block holding MAX_FURNITURE_SHARE
    of the page's text or more is the article's wrapper whatever it is called, so it stays.
    """
    for element in list(body.iter(ALWAYS_DROPPED)):
        _remove_keeping_tail(element)
    suspects = list(body.iter(*SUSPECT_TAGS))
    for element in MARKED(body):
        names = class_and_id(element)
        if _is_hidden(element) or (names and is_furniture_name(names)):
            suspects.append(element)
    if not suspects:
        return
    page_chars = len(TEXT(body))
    for element in suspects:
        if len(TEXT(element)) < MAX_FURNITURE_SHARE * page_chars:
            _remove_keeping_tail(element)


# Pages of one site share their class names; a crawl of many sites meets tens of thousands of them (the
# 121 dev pages alone hold 16,000), and a cache smaller than that misses on nearly every lookup.
@lru_cache(maxsize=65536)
def is_furniture_name(names: str) -> bool:
    """Whether a class/id string names page furniture (share bars, related lists) rather than the article.

    Each class is read on its own: "post-share" names furniture, "article-body" the article, and an
    element carrying any article class ("l-sidebar l-article-body") is not furniture.
    """
    if not FURNITURE_HINT.search(names.lower()):
        return False
    furniture = False
    for class_name in names.split():
        words = class_words(class_name)
        if not words or any(word in STATE_PREFIXES for word in words):
            continue  # "has-image", "no-comments": a state of the element, not what it is
        words += [first + second for first, second in zip(words, words[1:])]  # "keyPoints" -> "keypoints"
        if any(word in BOILERPLATE_WORDS or word.startswith(BOILERPLATE_STEMS) for word in words):
            furniture = True
        elif any(word in CONTENT_WORDS for word in words):
            return False
    return furniture


def _is_hidden(element: Element) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    return bool(style and HIDDEN_STYLE.search(style))


def _remove_keeping_tail(element: Element) -> None:
    """Detach an element; the text after it (its tail) belongs to the parent and stays."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)
