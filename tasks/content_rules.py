"""Named rules for the article-body extractor: furniture tags, class words and text, scoring weights.

Everything here is general web vocabulary (WordPress, Drupal, news CMS conventions), never one site's
markup: the extractor is checked on pages from sites it has not seen.
"""

from __future__ import annotations

import re

# --- Elements -------------------------------------------------------------------------------------

# Elements that never hold article prose: code, media, forms and page chrome.
DROP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "math",
        "form", "button", "input", "select", "option", "textarea", "label", "fieldset",
        "nav", "footer", "aside", "menu", "dialog", "figure", "figcaption", "picture", "video", "audio",
        "map", "head", "title", "link", "meta", "header",
    }
)
# Dropped like DROP_TAGS unless they hold much of the page's text: some sites wrap the whole page in a
# form, or the article's paragraphs in a header.
SUSPECT_TAGS = frozenset({"form", "header"})
# A suspect tag, hidden element or furniture-named block holding this share of the page's text is kept.
MAX_FURNITURE_SHARE = 0.4

# Elements that start a new block of text when walking a container.
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "center", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)
# Paragraph-like elements, scored as paragraphs.
PARAGRAPH_TAGS = ("p", "pre", "blockquote", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "td", "th")
# Containers that may be used as paragraphs or hold paragraphs as loose text between <br>s.
LOOSE_TEXT_TAGS = ("body", "div", "section", "article", "main", "center")
# Headlines are not body text.
SKIPPED_IN_BODY = frozenset({"h1"})

# Inline style that hides an element from readers.
HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.IGNORECASE)

# --- Class and id names ---------------------------------------------------------------------------

# Class/id words (split on non-letters and camelCase, adjacent pairs joined) that mark furniture. A word
# matches when it starts with one of these stems, so "comments", "sharing" and "relatedposts" are caught.
BOILERPLATE_STEMS = (
    "comment", "disqus", "share", "sharing", "social", "related", "newsletter", "subscri", "signup",
    "promo", "sponsor", "advert", "byline", "caption", "credit", "breadcrumb", "sidebar",
    "footer", "masthead", "navbar", "navigation", "menu", "cookie", "consent", "gdpr", "popup", "modal",
    "overlay", "banner", "recommend", "trending", "popular", "mostread", "outbrain", "taboola",
    "tags", "tagged", "toolbar", "pagination", "pager", "author", "dateline", "timestamp", "skip",
    "print", "rating", "vote", "keypoint", "kicker", "eyebrow", "login", "register", "follow", "feedback",
    "disclaimer",
)
# Short furniture words that must match a whole word ("ad", but not "header" or "read").
BOILERPLATE_WORDS = frozenset(
    {
        "ad", "ads", "adv", "adsbygoogle", "adslot", "adspot", "adunit", "adwrap", "adbox", "adcontainer",
        "dfp", "gpt", "nav", "meta", "tag", "tools", "tool", "extra", "next", "prev", "rail", "aux",
        "teaser", "teasers", "cta", "inlinead", "photo", "image", "img", "media", "video", "gallery",
        "embed", "sr", "screenreader", "visually", "invisible", "offscreen", "nocontent", "noprint",
    }
)
# A class with one of these words describes a state ("has-image", "no-comments"), not furniture.
STATE_PREFIXES = frozenset(
    {"has", "no", "with", "without", "is", "show", "hide", "enable", "disable", "can", "allow", "not"}
)
# Words that name the article itself ("article-body", "post-content", "entry-content").
CONTENT_WORDS = frozenset(
    {"article", "articlebody", "body", "content", "entry", "main", "post", "story", "text", "prose"}
)
CLASS_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")

# --- Text blocks ----------------------------------------------------------------------------------

# Text blocks that are furniture however they are marked up: each pattern must match the whole block.
FURNITURE_TEXT_PATTERNS = {
    "ad label": r"advert\w*|ad|sponsored(?: content)?",
    "share prompt": r"share(?: this(?: article| story| post)?)?(?: on \w+)?|tweet|email|print",
    "follow prompt": r"follow us\b.{0,60}|click here\b.{0,80}",
    "read more": r"read more|see more|more:|related(?: (?:stories|articles|posts|content|coverage|news))?:?|"
    r"more (?:stories|from .{0,40})|recommended(?: for you)?|you (?:may|might) also like.{0,20}",
    "newsletter": r"(?:sign up|subscribe)\b.{0,120}",
    "comment form": r"source link|leave a (?:comment|reply)|comments?|"
    r"your email address will not be published.*|required fields are marked.*",
    "photo credit": r"(?:photo|image|picture|illustration|video)(?: credit)?s?\s*[:|].{0,80}|"
    r"(?:(?:photo|image)s?\s*(?:credit)?\s*[:|]?\s*)?(?:getty images|ap photo|afp|reuters|epa|shutterstock)"
    r"(?:\s*/\s*.{0,40})?",
    "copyright": r"(?:copyright\s*)?(?:©|\(c\)).{0,120}|copyright\s+\d{4}.{0,120}|all rights reserved.{0,60}",
    "skip link": r"skip to (?:main )?content",
    "no words": r"",
}
FURNITURE_TEXT = re.compile(
    r"^\W*(?:" + "|".join(f"(?:{pattern})" for pattern in FURNITURE_TEXT_PATTERNS.values()) + r")\W*$",
    re.IGNORECASE,
)
# A byline: "By" and capitalised names (particles like "al-" or "de" allowed); case-sensitive on purpose,
# so that "By 2030 the plan..." stays.
BYLINE = re.compile(
    r"^(?:[Bb]y|BY)\s+(?:(?:[A-Z][\w.'’-]*|al-\w+|de|da|van|von|bin|le|la)(?:\s+|\s*,\s*|\s+and\s+|\s*&\s*|$))+$"
)
# A short block made only of these words and numbers, naming a month or a day, is a dateline
# ("Nov. 20, 2019 6:02 AM EST"); prices and phone numbers name neither.
CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday "
    "sunday mon tue tues wed thu thur thurs fri sat sun".split()
)
DATE_WORDS = CALENDAR_WORDS | frozenset(
    "am pm a m p et est edt cst cdt mst mdt pst pdt gmt utc bst cet cest ist st nd rd th "
    "updated published posted last modified on at".split()
)
MAX_DATELINE_CHARS = 80
# A block this short without sentence punctuation, before the body's first paragraph, is a label.
MAX_LABEL_CHARS = 40
# A block repeating the page title (at least this long) is the headline.
MIN_TITLE_CHARS = 15
# A block is a list of links when this share of it is link text (or half of it, when it is short).
LINK_BLOCK_SHARE = 0.8
LONG_BLOCK_CHARS = 150

# --- Scoring --------------------------------------------------------------------------------------

# readability's scoring: paragraphs shorter than this do not count; an articleBody itemprop or a content
# word in the class adds CLASS_WEIGHT; points reach the parent and SCORED_ANCESTORS - 1 more levels.
MIN_PARAGRAPH_CHARS = 25
CLASS_WEIGHT = 25
SCORED_ANCESTORS = 3
# Starting score of a container by its tag: prose lives in divs and articles, not in lists or headings.
TAG_WEIGHTS = {
    "article": 10, "main": 5, "div": 5, "section": 3, "pre": 3, "td": 3, "blockquote": 3,
    "ul": -3, "ol": -3, "dl": -3, "li": -3, "dd": -3, "dt": -3, "address": -3,
    "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5,
}
# A sibling of the best container joins the article when it scores this share of the best (and at least
# the minimum), or reads as prose: longer than PROSE_BLOCK_CHARS with few links, or a linkless sentence.
SIBLING_SHARE = 0.2
SIBLING_MIN_SCORE = 10
PROSE_BLOCK_CHARS = 80
PROSE_BLOCK_LINK_DENSITY = 0.25
# Another element with the best container's tag and class joins it when its link density is below this.
TWIN_LINK_DENSITY = 0.3
# Climbing from the best container to an ancestor (at most MAX_CLIMB levels): ancestors qualify while
# paragraph text is CLIMB_PROSE_SHARE of their text and links at most CLIMB_LINK_DENSITY; the climb
# must gain CLIMB_PROSE_GAIN times the paragraph text, or PURE_PROSE_GAIN for an almost pure-prose one.
MAX_CLIMB = 6
CLIMB_PROSE_SHARE = 0.8
CLIMB_LINK_DENSITY = 0.2
CLIMB_PROSE_GAIN = 2.0
PURE_PROSE_SHARE = 0.95
PURE_PROSE_LINK_DENSITY = 0.1
PURE_PROSE_GAIN = 1.5
