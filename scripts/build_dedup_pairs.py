"""Assemble gold/dedup_pairs.jsonl: labelled article pairs for the dedup stage.

Base stories are the project's own articles in gold/dev.jsonl. Copies and light edits are made by
the outlet-style edits below (credit lines, furniture, promo lines, trimmed or reordered paragraphs,
spelling, reworded sentences, typos), mixed per pair with varied strength and a fixed seed. Updates,
follow-ups, same-topic stories and some rewrites are written by hand (the data at the end of this file).

    .venv/bin/python scripts/build_dedup_pairs.py      # rewrites gold/dedup_pairs.jsonl
"""

from __future__ import annotations

import json
import random
import re
from datetime import datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

SEED = 20260310
OUT = REPO / "gold" / "dedup_pairs.jsonl"

OUTLETS = [
    ("https://www.iwnews.example", "/world/{y}/{m}/{d}/{slug}"),
    ("https://www.tigristribune.example", "/news/{y}/{m}/{d}/{slug}.html"),
    ("https://dailyledger.example", "/{y}/{m}/{d}/{slug}/"),
    ("https://www.sahelobserver.example", "/article/{num}-{slug}"),
    ("https://news.khyberledger.example", "/national/{slug}-{num}"),
    ("https://www.thecourier.example", "/world/africa/{slug}-{num}.html"),
    ("https://www.globalpost.example", "/news/world/{slug}"),
    ("https://www.eveningstar.example", "/story/{y}{m}{d}/{slug}"),
    ("https://www.frontline-times.example", "/security/{slug}-{num}"),
    ("https://www.morningherald.example", "/international/{y}/{m}/{slug}"),
]
NAMES = ["Amina Yusuf", "Tom Hallett", "Samir Haddad", "Grace Njeri", "Luis Ortega", "Farah Qureshi", "Ibrahim Sow",
         "Claire Dubois", "Rahul Menon", "Omar Farah", "Nadia Karim", "Peter Mwangi", "Lucia Ramos", "Ali Rahimi"]
CITIES = ["Nairobi", "Dakar", "Baghdad", "Islamabad", "Bogota", "Johannesburg", "Beirut", "London", "Delhi", "Manila"]

CREDITS = [
    "Reporting by {name}; Editing by {name2}",
    "(Reporting by {name} in {city}; Writing by {name2}; Editing by {name3})",
    "Additional reporting by {name} in {city}.",
    "IW contributed to this report.",
    "— With inputs from IW",
    "This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.",
    "(Except for the headline, this story has not been edited by our staff and is published from a syndicated feed.)",
    "Copyright IW. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
    "Source: IW",
    "— IW",
    "{name} contributed reporting from {city}.",
]
HEADERS = [
    "Advertisement", "Listen to this article", "{n} min read", "Updated {hh}:{mm} GMT", "By {name}", "Breaking News",
    "Share this article", "World | Security", "By our correspondent", "Print this page", "Text size: A A A",
]
FOOTERS = [
    "Follow us on X, Facebook and Telegram for the latest news.",
    "Sign up for our morning briefing and get the day's top stories in your inbox.",
    "Have a news tip? Write to us at tips@{domain}.",
    "Topics: {country}, Security, Conflict",
    "Comments are closed.",
    "Download our app for breaking news alerts.",
    "Subscribe to our YouTube channel for video reports.",
    "Support independent journalism. Become a member today.",
]
PROMOS = ["READ MORE: {headline}", "Also read: {headline}", "RELATED: {headline}", "ALSO READ | {headline}",
          "Recommended: {headline}", "WATCH: {headline}", "Read more: {headline}", "More on this story: {headline}"]
CAPTIONS = [
    "Security forces patrol the area after an earlier attack. File photo",
    "A soldier stands guard at a checkpoint. (IW photo)",
    "Photo: IW / File",
    "Residents gather near the scene. Photo: Supplied",
    "Image used for representational purposes only.",
    "FILE PHOTO: Soldiers ride in the back of a pickup truck on a rural road.",
]
EDITOR_NOTES = [
    "Editor's note: This article has been updated with additional details.",
    "Correction: An earlier version of this story misspelled the name of the district.",
    "This is a developing story and will be updated.",
]
ADDED_CONTEXT = [
    "The attack is the latest in a string of violent incidents in the area.",
    "Security in the region has deteriorated sharply in recent months, residents say.",
    "It was not immediately clear how many attackers took part.",
    "Officials have repeatedly promised to step up patrols on the road.",
    "Local leaders have called for more troops to be deployed to the area.",
    "Analysts say the group has regrouped after losing territory in recent years.",
]
UK_US = [
    ("organisation", "organization"), ("organised", "organized"), ("neighbouring", "neighboring"),
    ("neighbourhood", "neighborhood"), ("armoured", "armored"), ("defence", "defense"), ("centre", "center"),
    ("kilometres", "kilometers"), ("metres", "meters"), ("mobilisation", "mobilization"), ("recognised", "recognized"),
    ("criticised", "criticized"), ("travelling", "traveling"), ("programme", "program"), ("offence", "offense"),
    ("labour", "labor"), ("honour", "honor"), ("colour", "color"), ("harbour", "harbor"), ("favour", "favor"),
    ("rumours", "rumors"), ("authorised", "authorized"), ("stabilise", "stabilize"), ("marginalisation", "marginalization"),
    ("radicalised", "radicalized"), ("jewellery", "jewelry"), ("grey", "gray"), ("enrolment", "enrollment"),
    ("apologised", "apologized"), ("paralysed", "paralyzed"), ("militarised", "militarized"), ("civilised", "civilized"),
    ("sympathise", "sympathize"), ("emphasised", "emphasized"), ("characterised", "characterized"), ("favourite", "favorite"),
]
REWORDINGS = [
    ("security officials said", "according to security officials"),
    ("police said.", "according to police."),
    ("officials said.", "according to local officials."),
    ("the army said.", "the army said in a statement."),
    ("told reporters", "told journalists"),
    ("a spokesman for", "a spokesperson for"),
    ("No group has claimed responsibility", "There was no immediate claim of responsibility"),
    ("did not comment", "could not be reached for comment"),
    ("did not respond to a request for comment", "could not immediately be reached for comment"),
    ("were wounded", "were injured"),
    ("was wounded", "was injured"),
    ("shortly after", "soon after"),
    ("opened fire on", "fired on"),
    ("set fire to", "torched"),
    ("in recent months", "over the past few months"),
    ("has since become", "has become"),
    ("carried out", "conducted"),
    ("a statement", "a brief statement"),
    ("the group", "the militant group"),
    ("residents said", "according to residents"),
    ("said on Tuesday", "said Tuesday"),
    ("said on Monday", "said Monday"),
    ("said on Wednesday", "said Wednesday"),
    ("hospital", "the hospital"),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ANY_DATELINE = re.compile(r"^[A-ZÉÁÍÓÚÑ'][A-ZÉÁÍÓÚÑ' .\-]+(?:, [A-Z][A-Za-z.]*(?: [A-Za-z.]+)*(?: \d{1,2})?)*(?: \([A-Za-z]+\))?\s*(?:[:–—]|\.-|\.–| -)\s*")
DATELINE = re.compile(r"^([A-ZÉÁÍÓÚ'][A-ZÉÁÍÓÚ' .\-]+(?:, [A-Z][A-Za-z .]+?)*?) \((IW)\) ?([–—:-]) ?")


def paras(text: str) -> list[str]:
    """Paragraphs of a text separated by blank lines."""
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def join(parts: list[str]) -> str:
    """Paragraphs joined the way the cleaner joins them."""
    return "\n\n".join(parts)


def headline(text: str) -> str:
    """A wire-style headline made from the lead sentence (or the story's own headline line)."""
    first = paras(text)[0]
    if not first.endswith((".", '"', "”")) and len(first.split()) <= 16 and not first.startswith("("):
        return first.rstrip(":")
    parts = paras(text)
    lead = next(p for p in parts if p.endswith((".", '"', "”")))
    lead = ANY_DATELINE.sub("", lead)
    lead = re.split(r"(?<=[a-z0-9\)])[.;:] ", lead)[0]
    clause = re.split(r", (?=(?:killing|wounding|leaving|local|police|officials|security|the army|residents|according|a |an |in what|as ))", lead)[0]
    clause = re.sub(r"\b(on|late|early|last) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)( night| evening| morning)?\b", "", clause)
    words = re.sub(r"\s+,", ",", re.sub(r"\s+", " ", clause)).strip(" ,").split()
    if len(words) > 11:
        words = words[:11]
        while words[-1].lower() in {"a", "an", "the", "of", "in", "on", "at", "to", "and", "by", "for", "with", "from", "near"}:
            words.pop()
    clause = " ".join(words)
    return clause[:1].upper() + clause[1:]


def slugify(title: str) -> str:
    """URL slug of a headline."""
    return "-".join(re.findall(r"[a-z0-9]+", title.lower())[:9])


def url_for(outlet: int, title: str, when: datetime, rng: random.Random) -> str:
    """An article URL on one of the outlets."""
    host, pattern = OUTLETS[outlet]
    path = pattern.format(y=when.year, m=f"{when.month:02d}", d=f"{when.day:02d}", slug=slugify(title), num=rng.randint(10000, 99999))
    return host + path


def fill(template: str, rng: random.Random, story: str = "", other_headline: str = "", domain: str = "") -> str:
    """A furniture line with its placeholders filled."""
    name, name2, name3 = rng.sample(NAMES, 3)
    return template.format(name=name, name2=name2, name3=name3, city=rng.choice(CITIES), n=rng.randint(2, 6),
                           hh=f"{rng.randint(0, 23):02d}", mm=f"{rng.randint(0, 59):02d}", headline=other_headline,
                           domain=domain or "newsroom.example", country=_country(story))


def _country(text: str) -> str:
    match = re.search(r"\b(Iraq|Pakistan|Nigeria|Somalia|Mali|Niger|Congo|Colombia|Mexico|Syria|Yemen|Sudan|Kenya|India|Afghanistan|Cameroon|Mozambique|Ethiopia|Philippines|Thailand|Haiti)\b", text)
    return match.group(1) if match else "World"


# --- outlet edits that keep the story a copy -------------------------------------------------------


def add_credit(parts, rng, ctx):
    """A syndication credit line at the end."""
    return parts + [fill(rng.choice(CREDITS), rng)], "credit line"


def add_header_footer(parts, rng, ctx):
    """The outlet's header lines before the story and footer lines after it."""
    heads = [fill(h, rng) for h in rng.sample(HEADERS, rng.randint(1, 3))]
    feet = [fill(f, rng, ctx["text"], domain=ctx["domain"]) for f in rng.sample(FOOTERS, rng.randint(1, 2))]
    return heads + parts + feet, "outlet header and footer lines"


def add_promo(parts, rng, ctx):
    """A promo line pointing to another story, inside the text."""
    at = rng.randint(1, max(1, len(parts) - 1))
    return parts[:at] + [fill(rng.choice(PROMOS), rng, other_headline=ctx["other_headline"])] + parts[at:], "promo line to another story"


def add_caption(parts, rng, ctx):
    """A photo caption between two paragraphs."""
    at = rng.randint(1, max(1, len(parts) - 1))
    return parts[:at] + [rng.choice(CAPTIONS)] + parts[at:], "photo caption"


def add_editor_note(parts, rng, ctx):
    """An editor's note or correction line at the end."""
    return parts + [rng.choice(EDITOR_NOTES)], "editor's note"


def trim_last(parts, rng, ctx):
    """The last paragraph trimmed."""
    if len(parts) < 4:
        return None
    return parts[:-1], "last paragraph trimmed"


def change_dateline(parts, rng, ctx):
    """The dateline restyled or dropped."""
    match = DATELINE.match(parts[0])
    if not match:
        return None
    city = match.group(1)
    style = rng.choice(["drop", "colon", "agency_dash", "title_case"])
    rest = parts[0][match.end():]
    if style == "drop":
        lead = rest[:1].upper() + rest[1:]
    elif style == "colon":
        lead = f"{city.split(',')[0]}: {rest}"
    elif style == "agency_dash":
        lead = f"{city} (IW) - {rest}"
    else:
        lead = f"{city.split(',')[0].title()} — {rest}"
    return [lead] + parts[1:], f"dateline restyled ({style})"


def restyle_punctuation(parts, rng, ctx):
    """Straight quotes for curly ones, or the reverse, and dashes restyled."""
    text = join(parts)
    changed = text.replace("’", "'").replace("“", '"').replace("”", '"').replace(" – ", " - ") if rng.random() < 0.5 else \
        re.sub(r'"([^"]+)"', "“\\1”", text).replace("'s", "’s")
    if changed == text:
        return None
    return paras(changed), "quotes and dashes restyled"


def reflow(parts, rng, ctx):
    """Two paragraphs merged into one."""
    if len(parts) < 3:
        return None
    at = rng.randint(1, len(parts) - 2)
    return parts[:at] + [parts[at] + " " + parts[at + 1]] + parts[at + 2:], "two paragraphs merged"


BOILERPLATE_EDITS = [add_credit, add_header_footer, add_promo, add_caption, add_editor_note, trim_last, change_dateline,
                     restyle_punctuation]


# --- light editing by a second outlet ----------------------------------------------------------------


def spelling(parts, rng, ctx):
    """British spellings made American, or the reverse."""
    text = join(parts)
    to_us = rng.random() < 0.5
    changed = text
    for uk, us in UK_US:
        old, new = (uk, us) if to_us else (us, uk)
        changed = re.sub(rf"\b{old}", new, changed)
        changed = re.sub(rf"\b{old.capitalize()}", new.capitalize(), changed)
    if changed == text:
        return None
    return paras(changed), "British/US spelling" if to_us else "US/British spelling"


def reword(parts, rng, ctx):
    """One to three stock phrases reworded the way a copy desk does."""
    text = join(parts)
    present = [(old, new) for old, new in REWORDINGS if old in text]
    if not present:
        return None
    chosen = rng.sample(present, min(len(present), rng.randint(1, 3)))
    for old, new in chosen:
        text = text.replace(old, new, 1)
    return paras(text), f"{len(chosen)} phrase(s) reworded"


def reorder(parts, rng, ctx):
    """Two paragraphs after the lead swapped."""
    if len(parts) < 4:
        return None
    at = rng.randint(1, len(parts) - 3)
    return parts[:at] + [parts[at + 1], parts[at]] + parts[at + 2:], "two paragraphs swapped"


def cut_paragraph(parts, rng, ctx):
    """A middle paragraph cut."""
    if len(parts) < 5:
        return None
    at = rng.randint(2, len(parts) - 2)
    return parts[:at] + parts[at + 1:], "a middle paragraph cut"


def drop_sentence(parts, rng, ctx):
    """A sentence cut from a paragraph after the lead."""
    candidates = [i for i, p in enumerate(parts[1:], 1) if len(re.findall(r"[.!?][\"”]? ", p)) >= 2]
    if not candidates:
        return None
    at = rng.choice(candidates)
    sentences = re.split(r"(?<=[.!?\"”]) (?=[A-Z\"“])", parts[at])
    if len(sentences) < 3:
        return None
    del sentences[rng.randint(1, len(sentences) - 1)]
    return parts[:at] + [" ".join(sentences)] + parts[at + 1:], "a sentence cut"


def add_context(parts, rng, ctx):
    """A sentence of the second outlet's own context added, with no new facts."""
    at = rng.randint(1, len(parts) - 1)
    return parts[:at] + [parts[at] + " " + rng.choice(ADDED_CONTEXT)] + parts[at + 1:], "a context sentence added"


def weekday_style(parts, rng, ctx):
    """'on Monday' shortened to 'Monday' (AP style)."""
    text = join(parts)
    changed = re.sub(r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", r"\1", text, count=2)
    if changed == text:
        return None
    return paras(changed), "'on <weekday>' shortened (AP style)"


def split_sentence(parts, rng, ctx):
    """A long sentence split at ', and'."""
    text = join(parts)
    spots = [m.start() for m in re.finditer(r", and (?=[a-z])", text)]
    if not spots:
        return None
    at = rng.choice(spots)
    rest = text[at + 6:]
    return paras(text[:at] + ". " + rest[:1].upper() + rest[1:]), "a long sentence split"


def number_style(parts, rng, ctx):
    """Small numbers printed as digits, or spelled out (AP style)."""
    words = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
    text = join(parts)
    if rng.random() < 0.6:  # some outlets print every figure as digits
        changed = re.sub(r"(?<=[a-z,] )(" + "|".join(words) + r")(?= [a-z]{3,})", lambda m: words[m.group(1)], text)
    else:  # AP style spells out one to nine
        back = {v: k for k, v in words.items()}
        changed = re.sub(r"(?<=[a-z] )([2-9])(?= (?!km|per|p\.m|a\.m)[a-z]{3,})", lambda m: back[m.group(1)], text)
    if changed == text:
        return None
    return paras(changed), "numbers restyled (words/digits)"


LIGHT_EDITS = [spelling, reword, reorder, cut_paragraph, drop_sentence, add_context, weekday_style, split_sentence,
               number_style, trim_last, change_dateline]


def typos(text: str, rng: random.Random, count: int) -> str:
    """The text with a few keyboard slips (swapped, dropped or doubled letters)."""
    words = list(re.finditer(r"\b[a-z]{6,}\b", text))
    for match in sorted(rng.sample(words, min(count, len(words))), key=lambda m: -m.start()):
        word, i = match.group(0), rng.randint(1, len(match.group(0)) - 3)
        kind = rng.choice(["swap", "drop", "double"])
        slip = word[:i] + word[i + 1] + word[i] + word[i + 2:] if kind == "swap" else \
            word[:i] + word[i + 1:] if kind == "drop" else word[:i] + word[i] + word[i:]
        text = text[: match.start()] + slip + text[match.end():]
    return text


def apply_edits(text: str, edits: list, count: int, rng: random.Random, ctx: dict) -> tuple[str, list[str]]:
    """Apply `count` applicable edits drawn from `edits` in random order; return the text and what was done."""
    parts, done = paras(text), []
    for edit in rng.sample(edits, len(edits)):
        if len(done) == count:
            break
        result = edit(parts, rng, ctx)
        if result is not None:
            parts, what = result
            done.append(what)
    return join(parts), done


# --- URL variants ------------------------------------------------------------------------------------


def url_variant(url: str, rng: random.Random) -> tuple[str, str]:
    """Another address of the same page: AMP, mobile host, tracking parameters, trailing slash, scheme or www."""
    host_match = re.match(r"(https?)://([^/]+)(/.*)", url)
    scheme, host, path = host_match.groups()
    bare = host[4:] if host.startswith("www.") else host
    options = [
        ("utm parameters", f"{url}?utm_source=twitter&utm_medium=social&utm_campaign=wire"),
        ("mobile host", f"{scheme}://m.{bare}{path}"),
        ("AMP path", f"{scheme}://{host}{path.rstrip('/')}/amp/" if path.endswith("/") else f"{scheme}://{host}/amp{path}"),
        ("AMP query", f"{url}?outputType=amp"),
        ("trailing slash", url.rstrip("/") if url.endswith("/") else url + "/"),
        ("fbclid and fragment", f"{url}?fbclid=IwAR0x{rng.randint(1000, 9999)}#comments"),
        ("http scheme", url.replace("https://", "http://")),
        ("bare host", f"{scheme}://{bare}{path}" if host.startswith("www.") else f"{scheme}://www.{host}{path}"),
        ("AMP cache", f"https://{host.replace('.', '-')}.cdn.ampproject.org/c/s/{host}{path}"),
        ("share parameters", f"{url}?CMP=share_btn_tw&ito=792"),
        (".amp.html", url[:-5] + ".amp.html" if url.endswith(".html") else f"{url}?amp=1"),
        ("mobile host and utm", f"{scheme}://mobile.{bare}{path}?utm_source=whatsapp"),
    ]
    return rng.choice(options)


# --- assembling the pairs ----------------------------------------------------------------------------


def load_dev() -> dict[str, dict]:
    """gold/dev.jsonl by id."""
    return {row["id"]: row for row in map(json.loads, (REPO / "gold" / "dev.jsonl").read_text().splitlines())}


def side(url: str, title: str, text: str, when: datetime) -> dict:
    """One article of a pair."""
    return {"url": url, "title": title, "text": text, "published": when.isoformat()}


def base_time(row: dict, rng: random.Random) -> datetime:
    """A publication time on the story's date."""
    day = datetime.fromisoformat(row["published"])
    return day + timedelta(hours=rng.randint(5, 12), minutes=rng.randint(0, 59))


def build() -> list[dict]:
    """Every labelled pair, in a stable order."""
    rng = random.Random(SEED)
    dev = load_dev()
    headlines = {key: headline(row["text"]) for key, row in dev.items()}
    other_ids = sorted(dev)
    pairs: list[dict] = []

    def context(story_id: str, domain: str) -> dict:
        """What the outlet edits may use: the story, another story's headline, the outlet's domain."""
        return {"text": dev[story_id]["text"], "other_headline": headlines[rng.choice(other_ids)], "domain": domain}

    def two_outlets() -> tuple[int, int]:
        """Two different outlets: the first publisher and the one that copies."""
        first, second = rng.sample(range(len(OUTLETS)), 2)
        return first, second

    def add(kind: str, duplicate: bool, a: dict, b: dict, note: str) -> None:
        """Append one labelled pair with the next id."""
        pairs.append({"id": f"p{len(pairs) + 1:03d}", "kind": kind, "duplicate": duplicate, "a": a, "b": b, "note": note})

    # exact: the same text re-published verbatim, at most re-flowed or re-cased
    for story_id in [f"g{n:03d}" for n in range(100, 110)]:
        row, (oa, ob) = dev[story_id], two_outlets()
        when = base_time(row, rng)
        text = row["text"]
        variant = rng.choice(["verbatim", "whitespace", "paragraph breaks"])
        copy = text if variant == "verbatim" else text.replace(". ", ".  ") if variant == "whitespace" else text.replace("\n\n", "\n")
        title = headlines[story_id]
        add("exact", True, side(url_for(oa, title, when, rng), title, text, when),
            side(url_for(ob, title.upper() if rng.random() < 0.3 else title, when, rng), title, copy, when + timedelta(minutes=rng.randint(5, 300))),
            f"syndicated verbatim ({variant})")

    # boilerplate: the same text inside another outlet's furniture
    for story_id in [f"g{n:03d}" for n in range(141, 176)]:
        row, (oa, ob) = dev[story_id], two_outlets()
        when = base_time(row, rng)
        title = headlines[story_id]
        domain = OUTLETS[ob][0].split("//")[1]
        copy, done = apply_edits(row["text"], BOILERPLATE_EDITS, rng.choice([1, 2, 2, 3]), rng, context(story_id, domain))
        original = row["text"]
        if rng.random() < 0.3:  # the first outlet has furniture of its own too
            original, first_done = apply_edits(original, [add_header_footer, add_caption, add_credit], 1, rng, context(story_id, ""))
            done += [f"original: {what}" for what in first_done]
        add("boilerplate", True, side(url_for(oa, title, when, rng), title, original, when),
            side(url_for(ob, title, when, rng), title, copy, when + timedelta(minutes=rng.randint(10, 600))), "; ".join(done))

    # edit: a second outlet's light rewrite, one to five edits
    for story_id in [f"g{n:03d}" for n in range(201, 231)]:
        row, (oa, ob) = dev[story_id], two_outlets()
        when = base_time(row, rng)
        title = headlines[story_id]
        strength = rng.choice([1, 2, 2, 3, 3, 4, 5])
        copy, done = apply_edits(row["text"], LIGHT_EDITS + [add_credit, add_promo], strength, rng, context(story_id, ""))
        original = row["text"]
        if rng.random() < 0.25:
            original = typos(original, rng, rng.randint(2, 4))
            done.append("typos in the original fixed")
        new_title = rng.choice([title, retitle(title), retitle(title)])
        add("edit", True, side(url_for(oa, title, when, rng), title, original, when),
            side(url_for(ob, new_title, when, rng), new_title, copy, when + timedelta(hours=rng.randint(1, 20))),
            f"strength {strength}: " + "; ".join(done + (["headline changed"] if new_title != title else [])))

    # edit: rewrites written by hand, sometimes with an outlet edit on top
    for story_id, rewrites in HAND_EDITS.items():
        row, (oa, ob) = dev[story_id], two_outlets()
        when = base_time(row, rng)
        text = row["text"]
        for old, new in rewrites:
            assert old in text, (story_id, old)
            text = text.replace(old, new, 1)
        extra = []
        if rng.random() < 0.5:
            text, extra = apply_edits(text, LIGHT_EDITS + BOILERPLATE_EDITS, 1, rng, context(story_id, ""))
        title = headlines[story_id]
        new_title = retitle(title)
        add("edit", True, side(url_for(oa, title, when, rng), title, row["text"], when),
            side(url_for(ob, new_title, when, rng), new_title, text, when + timedelta(hours=rng.randint(1, 12))),
            f"{len(rewrites)} sentence(s) rewritten by hand; headline changed" + "".join(f"; {e}" for e in extra))

    # url_variant: the same page reached through another address, its text captured slightly differently
    for story_id in [f"g{n:03d}" for n in range(251, 273)]:
        row = dev[story_id]
        outlet = rng.randrange(len(OUTLETS))
        when = base_time(row, rng)
        title = headlines[story_id]
        url = url_for(outlet, title, when, rng)
        how, other = url_variant(url, rng)
        edits = [add_header_footer, add_promo, add_caption, trim_last, restyle_punctuation, add_editor_note, drop_sentence]
        text, done = apply_edits(row["text"], edits, rng.choice([1, 1, 2]), rng, context(story_id, ""))
        add("url_variant", True, side(url, title, row["text"], when), side(other, title, text, when + timedelta(hours=rng.randint(1, 30))),
            f"{how}; text: " + "; ".join(done))

    # update: the story re-issued with a revised toll (new facts: not a copy)
    for story_id, spec in UPDATES.items():
        row, (oa, ob) = dev[story_id], two_outlets()
        when = base_time(row, rng)
        text = apply_update(row["text"], spec)
        title = headlines[story_id]
        same_url = spec.get("same_url", False)
        url_a = url_for(oa, title, when, rng)
        url_b = url_variant(url_a, rng)[1] if same_url == "variant" else url_a if same_url else url_for(rng.choice([oa, ob]), spec["title"], when, rng)
        add("update", False, side(url_a, title, row["text"], when),
            side(url_b, spec["title"], text, when + timedelta(hours=rng.randint(3, 30))), spec["note"])

    # follow_up: a later story about the same incident (funeral, claim, arrests)
    for story_id, (title, days, text) in FOLLOW_UPS.items():
        row, (oa, ob) = dev[story_id], two_outlets()
        when = base_time(row, rng)
        body = with_paragraphs(text, row["text"])
        add("follow_up", False, side(url_for(oa, headlines[story_id], when, rng), headlines[story_id], row["text"], when),
            side(url_for(rng.choice([oa, ob]), title, when + timedelta(days=days), rng), title, body, when + timedelta(days=days, hours=rng.randint(0, 8))),
            "follow-up story on the same incident, reusing the background paragraph")

    # same_topic: a different attack in the same place, written from the same outlet's template
    for story_id, (title, days, text) in SIBLINGS.items():
        row = dev[story_id]
        outlet = rng.randrange(len(OUTLETS))
        when = base_time(row, rng)
        body = with_paragraphs(text, row["text"])
        add("same_topic", False, side(url_for(outlet, headlines[story_id], when, rng), headlines[story_id], row["text"], when),
            side(url_for(outlet, title, when + timedelta(days=days), rng), title, body, when + timedelta(days=days, hours=rng.randint(0, 8))),
            "different attack in the same province by the same outlet, sharing lead structure and background")
    for (first_title, first), (second_title, second), note in TEMPLATE_PAIRS:
        outlet = rng.randrange(len(OUTLETS))
        when = datetime(2025, 11, 3, 9, 30)
        add("same_topic", False, side(url_for(outlet, first_title, when, rng), first_title, first, when),
            side(url_for(outlet, second_title, when + timedelta(days=2), rng), second_title, second, when + timedelta(days=2)), note)

    # a second hand-written batch of every kind
    for kind, duplicate, story_id, text, edits, note in SECOND_BATCH:
        row, (oa, ob) = dev[story_id], two_outlets()
        when = base_time(row, rng)
        title = headlines[story_id]
        url_a = url_for(oa, title, when, rng)
        if kind == "url_variant":
            text = "Listen to this article\n\n" + row["text"].replace("\n\n", "\n\nAdvertisement\n\n", 1)
            url_b = url_a.rstrip("/") + "/amp/?utm_source=facebook&utm_medium=social"
        else:
            text = text or row["text"]
            for old, new in edits:
                assert old in text, (story_id, old)
                text = text.replace(old, new, 1)
            url_b = url_for(ob, retitle(title) if duplicate else headline(text), when, rng)
        days = 0 if duplicate or kind == "update" else 2
        add(kind, duplicate, side(url_a, title, row["text"], when),
            side(url_b, title if duplicate else headline(text), text, when + timedelta(days=days, hours=rng.randint(2, 12))), note)

    # same_topic: two of our own articles on the same province or group by different authors
    for first_id, second_id in NATURAL_SAME_TOPIC:
        first, second = dev[first_id], dev[second_id]
        oa, ob = two_outlets()
        when_a, when_b = sorted([base_time(first, rng), base_time(second, rng)])
        if when_a == when_b:
            when_b += timedelta(minutes=30)
        add("same_topic", False, side(url_for(oa, headlines[first_id], when_a, rng), headlines[first_id], first["text"], when_a),
            side(url_for(ob, headlines[second_id], when_b, rng), headlines[second_id], second["text"], when_b),
            f"{first_id} and {second_id}: different stories on the same place or group")
    return pairs


def main() -> None:
    """Write the pair file and print its composition."""
    pairs = build()
    OUT.write_text("".join(json.dumps(pair, ensure_ascii=False) + "\n" for pair in pairs))
    kinds: dict[str, list[int]] = {}
    for pair in pairs:
        kinds.setdefault(pair["kind"], [0, 0])[pair["duplicate"]] += 1
    print(f"{len(pairs)} pairs -> {OUT.relative_to(REPO)}")
    for kind, (negative, positive) in sorted(kinds.items()):
        print(f"  {kind:12s} duplicate {positive:3d}  not {negative:3d}")



# --- hand-written material ---------------------------------------------------------------------------

RETITLE_STYLES = ["{country}: {title}", "{title}, officials say", "{title_case}", "{title} – report", "{short}"]


def retitle(title: str) -> str:
    """Another outlet's headline for the same story."""
    words = title.split()
    style = RETITLE_STYLES[sum(map(ord, title)) % len(RETITLE_STYLES)]
    return style.format(country=_country(title), title=title, title_case=" ".join(w[:1].upper() + w[1:] for w in words),
                        short=" ".join(words[: max(4, len(words) - 3)]))


def with_paragraphs(text: str, base: str) -> str:
    """A hand-written story with {bg} (the base story's last paragraph) or {pN} (its paragraph N) filled in."""
    base_parts = paras(base)
    text = text.replace("{bg}", base_parts[-1])
    return re.sub(r"\{p(\d)\}", lambda m: base_parts[int(m.group(1))], text).strip()


def apply_update(text: str, spec: dict) -> str:
    """The base story re-issued with the update's revised figures and added paragraphs."""
    for old, new in spec.get("replace", []):
        assert old in text, old
        text = text.replace(old, new, 1)
    parts = paras(text)
    if "lead" in spec:
        parts = [spec["lead"], DATELINE.sub("", parts[0])] + parts[1:]
    if "append" in spec:
        at = spec.get("append_at", len(parts))
        parts = parts[:at] + [spec["append"]] + parts[at:]
    if "header" in spec:
        parts = [spec["header"]] + parts
    return join(parts)


HAND_EDITS = {
    "g004": [
        ("Hundreds of students, parents and survivors gathered at Garissa University on Wednesday to mark ten years since al-Shabaab gunmen stormed the campus and killed 148 people, most of them students, in one of the deadliest attacks on Kenyan soil.",
         "Hundreds of students, parents and survivors gathered at Garissa University on Wednesday to mark a decade since al-Shabaab gunmen stormed the campus, killing 148 people, most of them students, in one of the deadliest attacks ever on Kenyan soil."),
        ("Candles were lit in front of a memorial wall bearing the names of the dead, and a choir of current students sang hymns.",
         "Mourners lit candles before a memorial wall that bears the names of the dead while a choir of current students sang hymns."),
        ("The university's vice-chancellor told the gathering that enrolment had recovered and that a new library would be named after the victims.",
         "Enrolment has recovered, the university's vice-chancellor told the gathering, adding that a new library would be named after the victims."),
    ],
    "g009": [
        ("forcing state oil company Ecopetrol to halt pumping, the company said.", "forcing state-run Ecopetrol to suspend pumping, the company said."),
        ("The army blamed the National Liberation Army (ELN) guerrillas, who are strong in Arauca and have repeatedly attacked the pipeline to extort oil companies and put pressure on the government.",
         "The army blamed guerrillas of the National Liberation Army (ELN), which is strong in Arauca and has repeatedly bombed the pipeline to extort oil companies and pressure the government."),
    ],
    "g013": [
        ("Yemen's Houthi movement seized a Liberian-flagged bulk carrier in the Red Sea on Sunday and took its 22 crew members to the port of Hodeidah, the vessel's operator said.",
         "Yemen's Houthis seized a Liberian-flagged bulk carrier in the Red Sea on Sunday and took its crew of 22 to the port of Hodeidah, the ship's operator said."),
        ("Men armed with rifles were lowered onto the deck from a helicopter about 50 nautical miles off the coast of Hodeidah province, the Greek operator said in a statement.",
         "Armed men were lowered onto the deck from a helicopter some 50 nautical miles off Hodeidah province, the Greece-based operator said in a statement."),
        ("Ansar Allah, as the Iran-aligned group formally calls itself, said in a televised statement",
         "In a televised statement, the Iran-aligned group, formally known as Ansar Allah, said"),
    ],
    "g014": [
        ("An Indonesian court on Tuesday sentenced three members of a militant network linked to the Islamic State group to between eight and twelve years in prison for plotting bomb attacks on police stations in West Java.",
         "An Indonesian court on Tuesday jailed three members of an Islamic State-linked militant network for between eight and 12 years for plotting to bomb police stations in West Java."),
        ("Defence lawyers said they would appeal.", "Lawyers for the men said they planned to appeal."),
    ],
    "g019": [
        ("Jihadist fighters set fire to around 30 fuel tankers on Sunday near the town of Diema in western Mali's Kayes region, tightening a months-long blockade on fuel supplies to the capital, transport officials said.",
         "Jihadists torched around 30 fuel tankers near the western Malian town of Diema on Sunday, tightening a months-long blockade on fuel supplies to the capital, transport officials said."),
        ("The blockade has caused long queues at petrol stations in Bamako and forced schools to close for weeks.",
         "The blockade has led to long queues at filling stations in Bamako and has forced schools to shut for weeks."),
    ],
    "g021": [
        ("The Conflict Monitoring Forum recorded more than 3,400 deaths in militancy-related violence in 2025, including civilians and militants, up by about a third on the previous year.",
         "The Conflict Monitoring Forum counted more than 3,400 deaths in militancy-related violence in 2025, civilians and militants included, an increase of about a third on the year before."),
        ("\"The numbers show that the militants' capacity to strike has grown, not shrunk,\" said the group's director.",
         "\"The militants' capacity to strike has grown, not shrunk,\" the group's director said."),
    ],
    "g022": [
        ("The shepherds were grazing their flocks on Thursday near the village of Umm Jurays, in the desert south of Hatra, when gunmen in two pickup trucks seized them and drove off with their sheep, a police officer in Ninawa said.",
         "Gunmen in two pickup trucks seized the shepherds on Thursday as they grazed their flocks near the village of Umm Jurays, in the desert south of Hatra, and drove off with their sheep, a Ninawa police officer said."),
        ("Their families have received no ransom demand.", "No ransom demand has been made, relatives said."),
        ("Iraqi security officials say fewer than 500 Islamic State fighters remain in the country, most of them in remote desert and mountain areas.",
         "Fewer than 500 Islamic State fighters remain in Iraq, most of them in remote desert and mountain areas, according to security officials."),
    ],
    "g025": [
        ("Qatari mediators said both sides had \"engaged constructively\" in the first session, held behind closed doors at a hotel in Doha.",
         "Both sides \"engaged constructively\" in the first session, held behind closed doors at a Doha hotel, Qatari mediators said."),
    ],
    "g030": [
        ("The driver was shot dead when he tried to turn the bus around at a makeshift roadblock, a police spokesman said.",
         "Gang members shot the driver dead as he tried to turn the bus around at a makeshift roadblock, according to a police spokesman."),
        ("International security forces deployed to support the Haitian police have struggled to push the gangs back.",
         "A foreign security force sent to back the Haitian police has struggled to push back the gangs."),
    ],
    "g032": [
        ("The soldiers were lightly hurt and treated in hospital.", "Both soldiers suffered light injuries and were treated in hospital."),
        ("The army has been stretched thin since it began deploying in southern Lebanon under a ceasefire agreement, and security officials have warned of a rise in crime and sporadic attacks in poorer northern districts.",
         "Security officials have warned of rising crime and sporadic attacks in the north's poorer districts as the army, which has deployed in southern Lebanon under a ceasefire deal, is stretched thin."),
    ],
    "g034": [
        ("No arrests had been made by Monday evening.", "Police had made no arrests by Monday evening."),
        ("The party that organised the rally accused the authorities of failing to protect its supporters and called a general strike in the district for Wednesday.",
         "The party that organised the rally called a general strike in the district for Wednesday, accusing the authorities of failing to protect its supporters."),
    ],
    "g036": [
        ("Several mortar bombs landed inside the compound near the airport, which houses United Nations offices and several foreign embassies, on Wednesday evening.",
         "On Wednesday evening several mortar bombs landed inside the compound next to the airport, home to United Nations offices and a number of foreign embassies."),
    ],
    "g037": [
        ("Speaking at a security summit in Abuja, the national security adviser said the new recruits would be trained within a year and posted to rural districts where gangs have been kidnapping villagers for ransom.",
         "The new recruits will be trained within a year and posted to rural districts where gangs have kidnapped villagers for ransom, the national security adviser told a security summit in Abuja."),
        ("Critics said previous recruitment drives had stalled for lack of money,", "Critics noted that earlier recruitment drives had stalled for lack of funds,"),
    ],
    "g045": [
        ("Judge Mary Wanjiru said the prosecution had shown the men bought the weapons and rented the house where the attackers stayed.",
         "The prosecution had shown that the men bought the weapons and rented the house where the attackers stayed, Judge Mary Wanjiru said."),
    ],
    "g049": [
        ("Two passers-by were wounded by flying metal and taken to the regional hospital.", "Flying metal wounded two passers-by, who were taken to the regional hospital."),
        ("The call could not be independently verified.", "IW could not independently verify the call."),
        ("The state's president condemned the killing and ordered an inquiry into how the bomb was fixed to the car, which had been parked outside a mosque during prayers.",
         "The state's president condemned the killing. He ordered an inquiry into how the bomb came to be fixed to the car, which had been parked outside a mosque during prayers."),
    ],
}

UPDATES = {
    "g001": {"title": "Toll from Salah al-Din roadside bombing rises to six", "note": "toll revised in place, wounded died",
             "replace": [("killing a lieutenant and three soldiers, security officials said on Tuesday.", "killing a lieutenant and five soldiers, security officials said on Tuesday."),
                         ("Two other soldiers were wounded and taken to hospital in Tikrit.", "Two of the soldiers died of their wounds in hospital in Tikrit overnight, raising the toll to six, and a third is in a critical condition.")]},
    "g002": {"title": "Bannu police station attack toll climbs to 16", "note": "killed and wounded figures revised, UPDATED header",
             "header": "UPDATED", "replace": [("killing at least 12 policemen", "killing at least 16 policemen"), ("More than 20 people", "More than 35 people")]},
    "g003": {"title": "Nine soldiers killed in Borno base attack, army says", "note": "toll revised from five to nine",
             "replace": [("killing five soldiers, the army said.", "killing nine soldiers, the army said on Monday, revising its earlier toll of five."), ("Eight soldiers were wounded", "Eleven soldiers were wounded")]},
    "g005": {"title": "Mogadishu beach bombing toll rises to 11", "note": "paragraph added with a higher toll",
             "append": "On Saturday morning a hospital official said two more of the wounded had died overnight, bringing the death toll to 11.", "append_at": 3},
    "g006": {"title": "Kunduz mosque bombing kills at least 23", "note": "killed and wounded revised, digits instead of words",
             "replace": [("killing seventeen people and wounding forty-one", "killing at least 23 people and wounding more than 50")],
             "append": "The toll rose through the afternoon as more bodies were brought to the hospital, a doctor there said.", "append_at": 2},
    "g010": {"title": "Burkina Faso: 28 soldiers and militiamen killed near Djibo", "note": "number word revised",
             "replace": [("Fifteen soldiers and six members", "Twenty-two soldiers and six members")]},
    "g011": {"title": "Three soldiers killed in NPA ambush in Northern Samar", "note": "killed up, wounded down",
             "replace": [("Two Philippine army soldiers were killed and three wounded", "Three Philippine army soldiers were killed and two wounded")],
             "append": "One of the wounded soldiers died on the way to hospital in Catarman, the spokesman said.", "append_at": 2},
    "g012": {"title": "Chhattisgarh IED toll rises to ten", "note": "a wounded guard died; toll revised",
             "replace": [("killing eight members of the state's District Reserve Guard and their civilian driver", "killing nine members of the state's District Reserve Guard and their civilian driver")],
             "append": "A ninth guard who was critically wounded in the blast died in hospital in Raipur on Tuesday, a senior police officer said.", "append_at": 2},
    "g015": {"title": "Six SDF fighters killed in Deir al-Zour checkpoint attack", "note": "toll revised from four/five to six",
             "replace": [("killing four fighters, the SDF said.", "killing six fighters, the SDF said."),
                         ("A fifth fighter who was seriously wounded later died of his wounds in a hospital in Hasakah, a medical source said.", "Two fighters who were seriously wounded later died of their wounds in a hospital in Hasakah, a medical source said.")]},
    "g017": {"title": "Three Turkish soldiers killed in PKK attack in Hakkari", "note": "killed and wounded revised",
             "replace": [("Two Turkish soldiers were killed and one was wounded", "Three Turkish soldiers were killed and four were wounded")]},
    "g018": {"title": "Zamfara school kidnapping: more students missing than first thought", "note": "kidnapped count revised",
             "replace": [("abducted 37 students and two teachers", "abducted at least 52 students and three teachers")],
             "append": "The school's principal said on Tuesday that a roll call showed more students were missing than first thought.", "append_at": 2},
    "g023": {"title": "Death toll from Bara market drone strike rises to 31", "note": "new lead paragraph with the revised toll",
             "lead": "PORT SUDAN (IW) – The death toll from a drone strike on a crowded market in the town of Bara in Sudan's North Kordofan state has risen to 31, medics said on Tuesday, as more of the wounded died in hospitals in El Obeid."},
    "g026": {"title": "Kolofata market bombings kill 14", "note": "figures revised in words",
             "replace": [("killing eleven people and wounding more than thirty", "killing fourteen people and wounding more than forty")]},
    "g028": {"title": "Niger mosque attack toll rises to 44", "note": "toll revised and a paragraph added",
             "replace": [("killed at least 30 worshippers", "killed at least 44 worshippers")],
             "append": "A local official said on Saturday that 44 bodies had been buried in Koutougou and that several of the wounded had been taken to Niamey.", "append_at": 2},
    "g029": {"title": "Nine wounded in Narathiwat tea shop bombing", "note": "wounded revised only",
             "replace": [("wounding seven people, police said. No one was killed.", "wounding nine people, police said. No one was killed."),
                         ("Two of the wounded were in a serious condition.", "Three of the wounded were in a serious condition.")]},
    "g033": {"title": "Fano fighters kill ten police in Debre Tabor raid", "note": "killed and attackers killed revised",
             "replace": [("killing a police commander and six officers", "killing a police commander and nine officers"), ("killed 15 of the attackers", "killed 22 of the attackers")]},
    "g035": {"title": "Kathua ambush toll rises to five", "note": "second revision of an already revised toll",
             "replace": [("raising the death toll to four, the army said on Friday.", "raising the death toll to five, the army said on Saturday."), ("Three other soldiers were wounded", "Two other soldiers were wounded")]},
    "g038": {"title": "Seven police killed in attack on Rask station", "note": "killed and attackers killed revised",
             "replace": [("killing five police officers", "killing seven police officers"), ("Three of the attackers were killed", "Four of the attackers were killed")]},
    "g041": {"title": "Zamfara village raid toll rises to 23", "note": "killed and buried figures revised",
             "replace": [("killed 17 villagers and abducted", "killed 23 villagers and abducted"), ("Residents buried 14 of the dead", "Residents buried 20 of the dead")]},
    "g043": {"title": "Pul-i-Khumri mosque bombing toll rises to 33", "note": "killed and wounded revised, spokesman sentence reworded",
             "replace": [("killing at least 21 people and wounding about 40", "killing at least 33 people and wounding about 60"),
                         ("A Taliban spokesman said the death toll had risen to 26 by the evening.", "A Taliban spokesman said on Saturday that the death toll had risen to 33 and that several of the wounded were in a critical condition.")]},
    "g044": {"title": "Seven beheaded in Cabo Delgado raid", "note": "more bodies found; toll revised",
             "replace": [("beheaded five men and abducted three women", "beheaded seven men and abducted three women")],
             "append": "The bodies of two more men were found in the bush on Monday, the administrator said.", "append_at": 2},
    "g046": {"title": "Drone attack on Saravena base: one soldier dies, nine wounded", "note": "wounded revised and a death added",
             "replace": [("Seven soldiers were wounded early on Saturday", "Nine soldiers were wounded early on Saturday, and one of them later died of his injuries,")]},
    "g050": {"title": "Boga raid toll rises to 23", "note": "third revision of the toll",
             "replace": [("has risen to 17", "has risen to 23"), ("We found five more bodies yesterday", "We found eleven more bodies yesterday")]},
    "g055": {"title": "Abyan checkpoint bombing kills ten", "note": "killed revised in two places",
             "replace": [("killing an officer and six soldiers", "killing an officer and nine soldiers"), ("Officials put the toll at seven", "Officials put the toll at ten")]},
    "g056": {"title": "Six Nigerien soldiers killed near Makalondi", "note": "killed and wounded revised in words",
             "replace": [("Four Nigerien soldiers and about 30 militants were killed", "Six Nigerien soldiers and about 30 militants were killed"), ("Nine soldiers were wounded", "Twelve soldiers were wounded")]},
    "g071": {"title": "ISWAP raid on Wajiroko base kills eight soldiers", "note": "killed and wounded revised",
             "replace": [("killing a major and four soldiers", "killing a major and seven soldiers"), ("Seven other soldiers sustained gunshot wounds", "Ten other soldiers sustained gunshot wounds")]},
    "g072": {"title": "Tillaberi village massacre toll rises to 29", "note": "more burials reported",
             "replace": [("killed at least 21 villagers", "killed at least 29 villagers"), ("We buried 21 people on Monday,", "We buried 21 people on Monday and eight more today,")]},
    "g073": {"title": "Mogadishu checkpoint bombing toll rises to 14", "note": "an already revised toll revised again",
             "replace": [("rose to 11 on Saturday after two of the wounded died in hospital", "rose to 14 on Sunday after five of the wounded died in hospital"),
                         ("Two more victims succumbed to their injuries overnight at Madina hospital, which brings the number of dead to 11,", "Three more victims succumbed to their injuries overnight at Madina hospital, which brings the number of dead to 14,")]},
    "g074": {"title": "Kalunguta massacre: army raises toll to 35", "note": "both tolls revised",
             "replace": [("put the toll at 27 civilians", "put the toll at 35 civilians"), ("recovered at least 38 bodies by Tuesday evening", "recovered at least 44 bodies by Wednesday evening")]},
    "g075": {"title": "Six Malian soldiers killed in clash near Farabougou", "note": "soldiers killed revised",
             "replace": [("Four soldiers were killed and about 15 assailants", "Six soldiers were killed and about 15 assailants")]},
    "g089": {"title": "Plateau: death toll in Kopmur attack rises to 26", "note": "toll and bodies found revised",
             "replace": [("have killed 17 persons", "have killed 26 persons"), ("the figure rose to 17 on Monday evening after a search party found six more bodies", "the figure rose to 26 on Tuesday after search parties found 15 more bodies")]},
    "g093": {"title": "Bijapur IED blast toll rises to nine", "note": "a sentence added with the new toll",
             "replace": [("taking the toll to eight.", "taking the toll to eight. Another jawan, constable Sukhram Madvi, died at a Raipur hospital on Wednesday, raising the number of dead to nine.")]},
    "g024": {"title": "Sagaing school air strike toll rises to 26", "note": "same page updated in place (same URL)", "same_url": True,
             "replace": [("Nineteen people, fifteen of them students, were killed", "Twenty-six people, twenty of them students, were killed")]},
    "g039": {"title": "Tacambaro mayor and two bodyguards shot dead", "note": "same page updated, reached through a URL variant", "same_url": "variant",
             "replace": [("and one of his bodyguards late Saturday", "and two of his bodyguards late Saturday"),
                         ("A municipal police officer was wounded in the attack.", "A municipal police officer was wounded in the attack, and a second bodyguard died of his wounds on Sunday.")]},
    "g020": {"title": "Balochistan attacks: eight soldiers killed in Kech bombing", "note": "same page updated in place (same URL)", "same_url": True,
             "replace": [("Militants killed six paramilitary soldiers", "Militants killed eight paramilitary soldiers"),
                         ("killing a captain and five soldiers and wounding four others", "killing a captain and seven soldiers and wounding three others")]},
}

# (headline, days after the base story, text); {bg} is the base story's last paragraph, {pN} its paragraph N
FOLLOW_UPS = {
    "g001": ("Mourners bury lieutenant killed in Salah al-Din bombing", 2, """TIKRIT, Iraq (IW) – Hundreds of mourners gathered in the town of Samarra on Wednesday for the funeral of an Iraqi army lieutenant who was among four soldiers killed when a roadside bomb hit their patrol in Salah al-Din province earlier this week.

The coffin of Lieutenant Haidar Jassim, draped in the Iraqi flag, was carried through the streets to the family home before burial in the town's cemetery, relatives said. Soldiers from his brigade fired a salute at the graveside.

"He told us the road near Albu Dour was the most dangerous stretch he patrolled," said his brother, Ali. "He went out every night anyway."

The army said on Wednesday that troops searching the area around the village had found two more buried explosive devices and detained three suspects. It gave no further details.

{bg}"""),
    "g002": ("Bannu police buried as KP announces compensation", 1, """PESHAWAR, Pakistan (IW) – Funeral prayers were held at police lines in Bannu on Wednesday for the policemen killed when a suicide bomber and gunmen attacked a police station in the district, as the provincial government announced compensation for their families.

The chief minister of Khyber Pakhtunkhwa, who attended the prayers with the provincial police chief, said each family would receive 10 million rupees and that one member of each would be offered a job in the force. Coffins wrapped in the national flag were then sent to the victims' home villages.

Police said they had identified the suicide bomber from body parts recovered at the scene as a resident of North Waziristan and had arrested two men suspected of helping the attackers reach the station.

Shopkeepers in the bazaar next to the station reopened on Wednesday, but several shops whose fronts were destroyed remained shut.

{bg}"""),
    "g003": ("ISWAP releases video of Kareto base raid", 4, """MAIDUGURI, Nigeria (IW) – Islamic State West Africa Province released a video on Thursday that it said showed its fighters overrunning an army base in the Borno village of Kareto at the weekend, a rare piece of propaganda footage from the Lake Chad region.

The 11-minute video, posted on the group's Telegram channels, shows men in gun trucks firing at buildings and later loading boxes of ammunition onto vehicles. IW could not verify where or when it was filmed.

An army spokesman dismissed the video as "recycled footage" and said troops had repelled the attack, killing many of the insurgents. The army has not updated the toll it gave on Monday.

Residents of the nearby town of Damasak said soldiers had closed the road to Kareto since the attack and that several families had left for Maiduguri.

{bg}"""),
    "g005": ("Mogadishu buries victims of Lido beach bombing", 1, """MOGADISHU (IW) – Families in Mogadishu buried their dead on Saturday after a suicide car bombing at a Lido beach restaurant, as the government vowed to tighten security along the seafront.

Among the victims were a 19-year-old waiter and a mother of three who had gone to the beach with her children, relatives said. "She wanted the children to see the sea at sunset," said her cousin, Hodan Abdi. "Now they have no mother."

Security officials said police had arrested four people suspected of helping to prepare the car bomb in a house in Hodan district, and that checkpoints would be added on roads leading to the beach.

Restaurant owners along Lido said business had collapsed since the attack and called on the government to compensate them.

{bg}"""),
    "g007": ("UN mission condemns Mabasele massacre as village buries dead", 2, """BENI, Democratic Republic of Congo (IW) – The United Nations peacekeeping mission in Congo on Thursday condemned the massacre of civilians in the North Kivu village of Mabasele, as residents buried the last of the victims in a mass grave on the edge of the village.

MONUSCO said in a statement that it was "appalled" by the attack and would support the Congolese army in protecting civilians in Beni territory. It did not give a toll.

Hundreds of people, many of whom had fled to Beni after the raid, returned to Mabasele under army escort for the burial, a local official said. Red Cross volunteers lowered the bodies, wrapped in plastic sheeting, into a trench dug by villagers.

Civil society groups in Beni called a "dead city" day, asking shops and schools to close in protest at what they said was the army's failure to protect villages.

{bg}"""),
    "g011": ("Troops kill two rebels days after Northern Samar ambush", 2, """MANILA (IW) – Philippine troops killed two communist guerrillas in a clash in the mountains of Northern Samar on Wednesday, days after rebels ambushed an army patrol in the same area, the military said.

Soldiers of the 8th Infantry Division were tracking the rebels who carried out Monday's ambush near Las Navas when they came under fire from about 15 guerrillas, the division's spokesman said. The firefight lasted about 20 minutes, and the troops recovered two rifles and a backpack of documents, he said. No soldiers were hurt.

The spokesman said the bodies had not yet been identified but that the rebels belonged to the same New People's Army unit that carried out the ambush.

{bg}"""),
    "g015": ("Islamic State claims attack on SDF checkpoint near Busayrah", 2, """QAMISHLI, Syria (IW) – The Islamic State group on Friday claimed an attack on a Syrian Democratic Forces checkpoint in Deir al-Zour province earlier this week, in a statement published by its Amaq news agency two days after the assault.

The statement said "soldiers of the caliphate" had attacked the checkpoint near Busayrah with machine guns and killed or wounded its guards. It did not give a toll. The SDF had said five of its fighters were killed.

Hundreds of people attended funerals for the fighters in Hasakah and in their home villages on Thursday, local media reported.

SDF commanders have warned that sleeper cells are exploiting the uncertainty over the future of the Kurdish-led administration and over US troop deployments in the area to regroup.

{bg}"""),
    "g016": ("Five children abducted from Nacoba escape insurgents", 5, """PEMBA, Mozambique (IW) – Five of the twelve children abducted by Islamist insurgents from the village of Nacoba in northern Mozambique last week have escaped and reached the district headquarters in Macomia, local officials said on Tuesday.

The children, all boys aged between 11 and 14, walked for two days through the bush before they were found by a local militia patrol, a district official said. They told officials that the other children were being held at a camp near the Messalo river.

"They were hungry and exhausted, but alive," the official said. Their parents were brought to meet them at the district hospital.

Aid groups say the insurgents have abducted hundreds of children since 2017, using the boys as fighters and forcing the girls into marriage.

{bg}"""),
    "g017": ("PKK says it attacked Hakkari outpost", 3, """ANKARA (IW) – The Kurdistan Workers' Party (PKK) said on Wednesday that its fighters had attacked a Turkish military outpost in Hakkari province at the weekend, breaking three days of silence over an assault in which the Defence Ministry said two soldiers were killed.

In a statement carried by a news agency close to the group, the PKK's military wing said the attack in the Cukurca district was a response to Turkish air strikes on its bases in northern Iraq, and disputed the ministry's statement that seven of its fighters had been killed.

The soldiers were buried on Monday in their home provinces of Konya and Sivas, with senior officers and local officials attending.

{bg}"""),
    "g018": ("Parents of abducted Kaura Namoda students march on government house", 3, """GUSAU, Nigeria (IW) – Parents of the students abducted from a boarding school in Kaura Namoda last week marched to the Zamfara state government house on Thursday to demand that the authorities do more to free their children.

Carrying photographs of their sons and daughters, about 200 parents and relatives sat outside the gates for several hours until the deputy governor came out to address them. He said security forces had located the area where the children were being held and that "every option" was being pursued to bring them home safely.

A father of two of the captives said the kidnappers had called him on Tuesday and demanded 20 million naira for each child. Police declined to comment on the ransom demand.

{p2}"""),
    "g024": ("Myanmar junta denies bombing Sagaing school", 3, """YANGON (IW) – Myanmar's military government on Monday denied bombing a village school in the Sagaing region last week, saying its aircraft had struck a "terrorist training camp" and accusing resistance fighters of spreading false information.

A junta spokesman told state television that the strike near Nyaung Pin Thar had targeted members of a People's Defence Force who were using the school compound, and that reports of dead children were "fabricated". He gave no evidence.

Residents said they had buried the victims, most of them students, in the village monastery grounds over the weekend, and that many families had since moved into the forest for fear of further strikes.

The United Nations children's agency UNICEF said it was "horrified" by reports of the attack and called on all parties to protect schools.

{bg}"""),
    "g026": ("Cameroon arrests nine over Kolofata suicide bombings", 3, """YAOUNDE (IW) – Cameroonian soldiers have arrested nine people suspected of helping two female suicide bombers who attacked a market in the Far North town of Kolofata this week, a regional security official said on Friday.

The suspects, including a man believed to have driven the bombers to the edge of town on a motorcycle, were detained in raids on villages near the Nigerian border, the official said. They were being questioned in Maroua.

The market reopened on Friday under heavy guard, with soldiers searching traders and shoppers at each entrance. Many stalls remained empty, and residents said some families had moved to Mora, the divisional capital.

{bg}"""),
    "g027": ("Mandera buries police reservists killed in gun battle", 1, """NAIROBI (IW) – Three Kenyan police reservists killed in a gun battle with suspected al-Shabaab militants in Mandera county were buried on Wednesday in their home villages, as local leaders renewed calls for more officers along the border with Somalia.

The reservists, all from the area around Kotulo, were buried according to Islamic custom within a day of their bodies being brought home, relatives said. Mandera's governor attended one of the funerals and said the county would support the families.

Kenya's interior ministry said more officers of the General Service Unit would be sent to the county and that a new police post would be built near Kotulo.

{p2}"""),
    "g030": ("Haitian gang frees 14 bus passengers", 5, """PORT-AU-PRINCE (IW) – Gang members have released 14 of the 27 passengers abducted when they hijacked a bus on National Road 3 near Croix-des-Bouquets last week, Haitian police said on Thursday.

The freed passengers, mostly women and children, were found walking along a road on the edge of the capital on Wednesday night and were taken to hospital for checks, a police spokesman said. He did not say whether a ransom had been paid.

Relatives of the remaining hostages said the kidnappers were still demanding thousands of dollars for each of them. "We have sold everything we have," said the mother of a student who is still being held.

{bg}"""),
    "g033": ("Federal forces launch operation around Debre Tabor after police station raid", 3, """ADDIS ABABA (IW) – Ethiopian federal forces launched an operation around the Amhara town of Debre Tabor on Tuesday, three days after Fano militia fighters stormed its police station, killed seven officers and freed dozens of prisoners, residents said.

Residents said they heard drones and heavy gunfire in the hills to the east of the town from early morning, and that soldiers had set up checkpoints on the main roads. Mobile internet, cut since the weekend, had not been restored.

A regional official said about half of the escaped prisoners had been recaptured or had returned voluntarily.

{bg}"""),
    "g038": ("Iran arrests six over Rask police station attack", 4, """TEHRAN (IW) – Iranian security forces have arrested six people accused of helping Jaish al-Adl militants who attacked a police station in the south-eastern town of Rask last week, state media reported on Tuesday.

The suspects were detained in raids in Rask and the nearby city of Sarbaz, and weapons and ammunition were seized, the judiciary's news agency said, quoting the provincial prosecutor. He said they would be tried quickly.

Iran's interior minister, on a visit to the province, said border controls with Pakistan would be tightened, and called on Islamabad to act against militant bases on its side of the frontier.

{bg}"""),
    "g039": ("Two arrested over killing of Tacambaro mayor", 4, """MORELIA, Mexico (IW) – Mexican police have arrested two men suspected of shooting dead the mayor of Tacambaro in the western state of Michoacan at the weekend, state prosecutors said on Wednesday.

The suspects were detained at a house in the city of Uruapan, where officers also found a motorcycle and a pistol that matched the description given by witnesses, the prosecutors' office said. One of them was a known member of a local cell of the Jalisco New Generation Cartel, it said.

Hundreds of people attended a funeral mass for Mayor Rafael Quintero in Tacambaro on Monday. The state governor said the killers would "face the full weight of the law".

{bg}"""),
    "g040": ("Thousands who fled Lala camp attack shelter near UN base", 3, """BUNIA, Democratic Republic of Congo (IW) – Thousands of people who fled an attack on the Lala displacement camp in Ituri province are sheltering next to a United Nations peacekeeping base and need urgent help, aid agencies said on Monday.

The UN refugee agency said about 8,000 people had gathered in makeshift shelters near the MONUSCO base in Djugu territory since Friday night's attack, with little access to clean water. Many of the camp's shelters were burned during the raid.

The Congolese army said it had deployed additional troops to Djugu and was pursuing the militiamen. Local officials said the dead had been buried in a mass grave on Sunday.

{bg}"""),
    "g041": ("Kware kidnappers demand ransom", 4, """GUSAU, Nigeria (IW) – Bandits holding about 30 people abducted from the village of Kware in Zamfara State have demanded a ransom of 50 million naira for their release, relatives said on Wednesday.

The kidnappers called the village head on Tuesday evening and allowed two of the women to speak to their husbands, a relative of one of the captives said. "She was crying and said they were being kept under trees without food," he said.

Police said they were aware of the demand and that tactical teams were working to rescue the captives. Most residents of Kware have moved to Tsafe town since Saturday's raid.

{bg}"""),
    "g049": ("South West State parliament mourns lawmaker killed in Baidoa", 2, """BAIDOA, Somalia (IW) – Lawmakers in Somalia's South West State held a minute of silence on Saturday for Abdullahi Nur Gedi, the member of the state parliament killed by a car bomb in Baidoa on Thursday, before suspending their session for three days of mourning.

Gedi was buried on Friday in his home village outside the town. Hundreds of people, including the state president and clan elders, attended the funeral.

Police said they had detained a mechanic who had worked on Gedi's car the week before the attack and were investigating whether the bomb had been fitted then.

{p3}"""),
    "g053": ("Remaining Bamenda-Bali bus hostages freed", 6, """YAOUNDÉ (IW) – The remaining passengers of a bus seized by separatist fighters on the road between Bamenda and Bali last week have been freed, officials in Cameroon's North-West region said on Sunday.

The driver and 11 passengers arrived in Bali on foot on Saturday evening, a regional administration official said. He said they had been released after "negotiations with community leaders" and denied that a ransom had been paid.

The bus company said it would suspend services on the route until the security situation improved.

{bg}"""),
    "g055": ("Thousands mourn Security Belt troops killed in Abyan bombing", 2, """ADEN (IW) – Thousands of mourners marched through the southern Yemeni town of Mudiyah on Friday behind the coffins of seven members of the Security Belt forces killed in a suicide car bombing at a checkpoint this week.

Commanders of the force, which is loyal to the Southern Transitional Council, vowed to pursue al-Qaeda militants "to their last hideout" in the mountains of Abyan province. Armed men fired into the air as the coffins were carried to the cemetery.

Officials said two members of the force wounded in the bombing had been flown to Aden for treatment.

{p3}"""),
    "g057": ("Israeli police question two over Burin settler attack", 2, """NABLUS, West Bank (IW) – Israeli police said on Wednesday they had detained two Israeli men for questioning over an attack by settlers on Palestinian farmers in the West Bank village of Burin earlier this week, and released them hours later under restrictive conditions.

The men, from an outpost near the settlement of Yitzhar, were barred from entering the West Bank for 15 days, police said. Neither was charged.

Residents of Burin said they had not returned to their wheat fields on the village's southern slopes since Monday's attack, in which five people were hurt, and that a burned barn had not been cleared. The European Union's representative office condemned the attack and called for those responsible to be held to account.

{bg}"""),
    "g071": ("Army buries soldiers killed in Wajiroko raid", 3, """MAIDUGURI, Nigeria (IW) – The Nigerian army on Thursday buried a major and four soldiers killed when Islamic State fighters overran their base at Wajiroko in Borno state, in a ceremony at the military cemetery in Maiduguri.

The theatre commander of the army's operation in the north-east laid a wreath and told mourners that troops had since recaptured the base and "cleared" the surrounding villages. He did not say when soldiers had returned.

A resident of Damboa said soldiers had been seen repairing the perimeter wall and that traders had resumed using the road to Wajiroko under escort.

{bg}"""),
    "g073": ("Mogadishu police change checkpoint searches after Hodan bombing", 3, """MOGADISHU (IW) – Somalia's police commissioner on Monday visited the checkpoint in Hodan district where a suicide car bomber killed 11 people last week and announced changes to how vehicles are searched in the capital.

Vehicles will now be stopped at least 100 metres from checkpoints and drivers made to get out before they are searched, he told reporters. Concrete barriers were being put up along the road.

Traders whose kiosks were destroyed in the blast said they had received no help to rebuild. "We lost everything and nobody has come to ask about us," said a tea seller who had run a stall at the spot for six years.

{bg}"""),
    "g074": ("Islamic State claims Kalunguta massacre", 4, """BENI, Democratic Republic of Congo (IW) – The Islamic State group on Thursday claimed an attack on the village of Kalunguta in Congo's North Kivu province in which local officials say dozens of civilians were killed, four days after the raid.

In a statement on its Amaq news agency, the group said fighters of its "Central Africa Province" had killed "Christians" in the village and burned their homes. It gave a toll higher than the figures given by civil society groups and the army.

Survivors who reached Beni said many people were still missing. The army said its troops had clashed with a group of attackers in the forest west of the village on Wednesday.

{bg}"""),
}

# A different attack in the same province, written from the same outlet's template (same days offset rule)
SIBLINGS = {
    "g001": ("Gunmen kill two PMF fighters at Salah al-Din checkpoint", 17, """TIKRIT, Iraq (IW) – Gunmen attacked a checkpoint manned by the Popular Mobilisation Forces late Thursday in the northern province of Salah al-Din, killing two fighters, security officials said on Friday.

The attackers opened fire from a pickup truck on the checkpoint on the road between Tuz Khurmatu and Amirli, according to a statement from the military's Security Media Cell. One other fighter was wounded and taken to hospital in Tuz Khurmatu.

No group claimed the attack, but Iraqi officials blamed Daesh, the Arabic acronym for Islamic State. Security forces backed by helicopters began searching villages along the road, the statement said.

{bg}"""),
    "g002": ("Militants kill four policemen in Lakki Marwat", 9, """PESHAWAR, Pakistan (IW) – Militants attacked a police checkpoint in Lakki Marwat district late Tuesday, killing four policemen, officials in north-western KP province said.

The attackers, armed with rifles and hand grenades, struck the post on the main road to Bannu shortly before midnight, and the exchange of fire lasted about an hour, a police spokesman said. Two other policemen were wounded and taken to the district hospital.

The Pakistani Taliban claimed responsibility in a message sent to journalists, saying its fighters had overrun the post.

{bg}"""),
    "g003": ("Three soldiers killed in attack on Gajiram base", 12, """MAIDUGURI, Nigeria (IW) – Islamist fighters attacked a military base in the town of Gajiram in north-east Nigeria's Borno state on Wednesday night, killing three soldiers, the army said.

The insurgents arrived in gun trucks shortly before midnight and fired rocket-propelled grenades at the base before troops supported by an air force jet pushed them back, an army spokesman said in a statement. Four soldiers were wounded, and troops killed nine of the attackers, he said.

The Islamic State West Africa Province (ISWAP) said in a statement on Telegram that its fighters had attacked the base. The claim could not be independently verified.

Gajiram lies in Nganzai local government area, north of Maiduguri, in a zone where ISWAP has repeatedly overrun army positions in recent months. The group split from Boko Haram in 2016 and has since become the dominant jihadist force around Lake Chad."""),
    "g007": ("ADF rebels kill eleven farmers near Oicha", 20, """BENI, Democratic Republic of Congo (IW) – Rebels from the Allied Democratic Forces killed eleven farmers in an attack on fields outside the town of Oicha in eastern Congo's North Kivu province, local officials and residents said on Friday.

The attackers surprised the farmers as they harvested cocoa on Thursday afternoon, hacking some with machetes and shooting others, a civil society leader in Beni territory said. Three farmers were still missing.

The army's regional spokesman blamed the ADF for the killings and said troops had been sent to the area.

{bg}"""),
    "g009": ("Second bomb attack in a week hits Cano Limon pipeline", 4, """BOGOTA (IW) – An explosive charge damaged the Cano Limon-Covenas oil pipeline in Colombia's eastern Arauca department on Wednesday, the second attack on the line in a week, state oil company Ecopetrol said.

The blast hit the pipeline near the town of Arauquita, close to the Venezuelan border, and caused crude to spill into farmland. There were no casualties, and pumping had already been suspended after Saturday's attack near Saravena, Ecopetrol said.

The army blamed the National Liberation Army (ELN) guerrillas. The ELN did not comment.

{bg}"""),
    "g011": ("Soldier killed in NPA attack on Catubig detachment", 26, """MANILA (IW) – A Philippine soldier was killed and two others wounded when communist rebels attacked an army detachment in the central province of Northern Samar on Thursday, the military said.

About 30 New People's Army guerrillas fired on the detachment in the village of Hinagonoyan, in the town of Catubig, from a nearby coconut plantation, a spokesman for the army's 8th Infantry Division said. The rebels withdrew after a firefight of about 40 minutes.

{bg}"""),
    "g012": ("Maoists shoot dead two policemen at Sukma market", 15, """RAIPUR, India (IW) – Suspected Maoist rebels shot dead two policemen at a weekly market in Chhattisgarh's Sukma district on Saturday, police said.

The officers, who were in plain clothes, were buying vegetables at the market in Konta when three men approached and opened fire at close range, a senior police officer said. The attackers took the policemen's weapons and escaped into the forest. He blamed the Communist Party of India (Maoist).

{bg}"""),
    "g015": ("Two SDF fighters shot dead near Shuhail", 11, """QAMISHLI, Syria (IW) – Gunmen on motorcycles shot dead two fighters of the Kurdish-led Syrian Democratic Forces (SDF) at a checkpoint in Syria's eastern Deir al-Zour province on Sunday, the SDF said.

The attackers opened fire on the checkpoint near the town of Shuhail at night and fled, an SDF statement said. A third fighter was wounded.

The SDF blamed ISIS sleeper cells. The group did not immediately claim the attack.

{bg}"""),
    "g016": ("Insurgents behead two fishermen in Pangane", 8, """PEMBA, Mozambique (IW) – Islamist insurgents beheaded two fishermen and burned about 20 homes in an attack on a village on the coast of northern Mozambique's Cabo Delgado province on Tuesday, local officials said.

The attackers arrived by boat at the village of Pangane, in Macomia district, in the early morning and caught the fishermen as they pulled their nets ashore, a district official said. Most residents fled inland.

Residents blamed the insurgents known locally as al-Shabaab, who have no known operational link to the Somali group of the same name.

{bg}"""),
    "g017": ("Turkish soldier killed by roadside bomb in Semdinli", 6, """ANKARA (IW) – A Turkish soldier was killed and two were wounded on Wednesday when a roadside bomb hit a military vehicle in the Semdinli district of Hakkari province, near the border with Iraq, the Defence Ministry said.

The ministry blamed the Kurdistan Workers' Party (PKK) and said troops had launched an operation in the area.

{p2}"""),
    "g019": ("JNIM fighters torch fuel convoy near Kolokani", 10, """BAMAKO (IW) – Jihadist fighters ambushed a convoy of fuel tankers under army escort near the town of Kolokani in western Mali on Thursday and set fire to at least 15 trucks, transport officials said.

The convoy was heading to the capital from the Guinean border when gunmen on motorcycles opened fire on the escort, a drivers' union official said. Two drivers were wounded, he said. The army said it had repelled the attack.

The al-Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM) said in a statement on Telegram that its fighters had attacked the convoy to enforce the blockade it declared in September.

{bg}"""),
    "g023": ("RSF drone hits El Obeid fuel depot", 3, """PORT SUDAN (IW) – A drone struck a fuel depot in El Obeid, the capital of Sudan's North Kordofan state, on Thursday, killing three workers and setting off a fire that burned for hours, local officials said, blaming the paramilitary Rapid Support Forces (RSF).

The army-backed government said the RSF had deliberately targeted civilian infrastructure. The RSF did not respond to a request for comment.

{bg}"""),
    "g026": ("Suicide bomber kills two soldiers and a civilian in Mora", 14, """YAOUNDE (IW) – A female suicide bomber blew herself up at a checkpoint at the entrance to Mora, in Cameroon's Far North region, yesterday, killing two soldiers and a civilian, local officials said.

The bomber approached the checkpoint on foot in the early morning and detonated her explosives as soldiers moved to search her, an official said. She was killed in the blast.

Authorities blamed Boko Haram. Cameroonian troops sealed off the town and searched surrounding villages.

Mora lies about 30 km from the Nigerian border. Cameroon's Far North has suffered cross-border raids by jihadist groups for more than a decade, and thousands of people have been killed there since 2014."""),
    "g027": ("Two police officers killed by roadside bomb near Elwak", 12, """NAIROBI (IW) – Two Kenyan police officers were killed on Sunday when their vehicle hit a roadside bomb near the town of Elwak in Mandera county, close to the border with Somalia, police said.

Three other officers were wounded and flown to Nairobi for treatment, a regional police commander said.

{p2}"""),
    "g029": ("Four rangers wounded in Rueso bombing", 9, """NARATHIWAT, Thailand (IW) – A bomb hidden in a roadside rubbish bin exploded as a ranger patrol passed in the Rueso district of Thailand's southern Narathiwat province on Thursday morning, wounding four rangers, police said. No one was killed.

The device was detonated by a wire from a nearby rubber plantation, a provincial police officer said.

Police blamed insurgents of the Barisan Revolusi Nasional (BRN), the main armed group fighting for greater autonomy for the Malay-Muslim majority provinces of Narathiwat, Pattani and Yala. The BRN rarely claims individual attacks.

{bg}"""),
    "g032": ("Soldier wounded as gunmen fire on army patrol in Tripoli", 5, """BEIRUT (IW) – Gunmen opened fire on a Lebanese army patrol in the northern city of Tripoli early Thursday, wounding a soldier, the army said.

The patrol came under fire near the Jabal Mohsen district, the army said in a statement, and troops returned fire. The soldier was treated in hospital. Troops arrested two suspects.

No group has claimed responsibility. Tripoli, Lebanon's second-largest city, has a history of sectarian fighting between Bab al-Tabbaneh and the neighbouring Alawite district of Jabal Mohsen, which killed hundreds of people between 2008 and 2014 before the army deployed in force.

{bg}"""),
    "g038": ("Jaish al-Adl kills two Revolutionary Guards near Saravan", 13, """TEHRAN (IW) – Gunmen killed two members of the Revolutionary Guards in an ambush on their vehicle near the city of Saravan in Iran's south-eastern Sistan and Baluchestan province on Tuesday, Iranian state media reported.

The attackers fired on the vehicle as it travelled on a road near the border with Pakistan, the official IRNA news agency said. Jaish al-Adl claimed responsibility in a statement on its website.

{bg}"""),
    "g040": ("Militiamen kill nine gold miners in Djugu", 22, """BUNIA, Democratic Republic of Congo (IW) – Militiamen killed nine gold miners in an attack on a mining site in Djugu territory, in north-eastern Congo's Ituri province, on Tuesday, local officials said.

The attackers, armed with guns and machetes, entered the site near the village of Lopa at dawn and fired on miners as they slept in their shelters, a local official said.

Local officials blamed CODECO, a coalition of ethnic Lendu militias that has repeatedly attacked Hema communities in Djugu. The group did not comment.

{bg}"""),
    "g046": ("Two soldiers killed in drone attack on Tame post", 7, """BOGOTA (IW) – Two soldiers were killed early on Tuesday when a drone dropped explosives on a military post in Tame, in Colombia's eastern Arauca department, the army said.

A third soldier was wounded, the army said in a statement. It blamed the National Liberation Army (ELN), which has used commercial drones fitted with explosives in several attacks on troops in the region this year.

{bg}"""),
    "g056": ("Six Nigerien soldiers killed in ambush near Torodi", 7, """NIAMEY, April 16 (IW) – Six Nigerien soldiers were killed on Monday when their patrol was ambushed near Torodi, in the south-western Tillaberi region, the defence ministry said.

In a statement read on state television, the ministry said the patrol fought the assailants and killed about a dozen of them before they withdrew towards the border with Burkina Faso. Five soldiers were wounded.

{bg}"""),
    "g067": ("Grenade attack on Machala patrol car wounds two officers", 6, """GUAYAQUIL (IW) – Ecuadorian police blamed the Los Lobos gang for a grenade attack on a police patrol car in the port city of Machala late Saturday that wounded two officers.

No one was killed. A man on foot threw the grenade at the car as it stopped at a traffic light and fled, a police commander said. The gang did not comment.

{bg}"""),
    "g073": ("Suicide bomber kills four at Wadajir checkpoint", 18, """MOGADISHU (IW) – A suicide bomber blew himself up at a police checkpoint in Somalia's capital on Tuesday, killing three police officers and a civilian, a police spokesman said.

The attacker approached the checkpoint on foot in Wadajir district and detonated his explosives as officers moved to search him, spokesman Abdifatah Warsame Gedi told reporters. Six people were wounded.

Al-Shabaab claimed responsibility in a statement broadcast on its Andalus radio station.

{bg}"""),
}

ISPR_TEMPLATE = """RAWALPINDI (IW): Security forces conducted an intelligence-based operation in the {area} area of {district} district on {day} on the reported presence of khwarij, the Inter-Services Public Relations (ISPR) said.

During the conduct of the operation, own troops effectively engaged the khwarij location and, after an intense exchange of fire, {killed} khwarij were sent to hell, the ISPR said in a statement. Weapons and ammunition were also recovered from the killed khwarij, who remained actively involved in numerous terrorist activities against the security forces as well as the target killing of innocent civilians.
{extra}
A sanitisation operation was being carried out to eliminate any other khwarij found in the area, it added, as the security forces of Pakistan are determined to wipe out the menace of Indian-sponsored terrorism from the country.

The state refers to terrorists of the banned Tehreek-i-Taliban Pakistan (TTP) as "Fitna al-Khawarij"."""
DHQ_TEMPLATE = """ABUJA – Troops of Operation Hadin Kai have neutralised {killed} terrorists and arrested {arrested} suspected logistics suppliers in operations across the North-East in the past week, the Defence Headquarters said on {day}.

The Director of Defence Media Operations, Major General Markus Kangye, told journalists in Abuja that the troops also rescued {rescued} kidnapped hostages and recovered {rifles} AK-47 rifles, {rounds} rounds of ammunition and {vehicles} gun trucks in clearance operations in {places}.

He said that troops remained resolute in their determination to deny the terrorists freedom of action, and urged members of the public to continue to provide credible information on the activities of criminal elements in their communities.

"The troops will not relent until peace is restored across the theatre," he said."""
MINISTRY_TEMPLATE = """RAMALLAH, West Bank (IW) – Israeli forces killed {killed} Palestinians during a raid on {place} in the occupied West Bank on {day}, the Palestinian health ministry said.

The ministry said {detail} The Israeli military said its troops had opened fire on "armed terrorists" during a counter-terrorism operation in the area and that {army_detail}

Residents said soldiers backed by armoured bulldozers had torn up roads in the {place} area and surrounded several houses before the shooting began.

Israel has carried out almost daily raids in the northern West Bank since the start of the war in Gaza in October 2023. Hundreds of Palestinians, including fighters and civilians, have been killed in the territory since then, according to the health ministry."""

TEMPLATE_PAIRS = [
    (("Four khwarij killed in Datta Khel operation: ISPR", ISPR_TEMPLATE.format(area="Datta Khel", district="North Waziristan", day="Tuesday", killed="four", extra="")),
     ("Soldier martyred, three khwarij killed in Mir Ali: ISPR", ISPR_TEMPLATE.format(area="Mir Ali", district="North Waziristan", day="Thursday", killed="three",
                          extra="\nHowever, during the intense exchange of fire, Sepoy Muhammad Arif, 24, a resident of Karak district, having fought gallantly, embraced shahadat.\n")),
     "two ISPR releases from one template: different area, day and figures"),
    (("Six khwarij killed in Spinwam IBO", ISPR_TEMPLATE.format(area="Spinwam", district="North Waziristan", day="Sunday", killed="six", extra="")),
     ("Security forces kill six khwarij in Kulachi", ISPR_TEMPLATE.format(area="Kulachi", district="Dera Ismail Khan", day="Monday", killed="six", extra="")),
     "two ISPR releases from one template with the same toll; only area, district and day differ"),
    (("Troops neutralise 27 terrorists in a week, says DHQ", DHQ_TEMPLATE.format(killed="27", arrested="14", day="Thursday", rescued="11", rifles="nine", rounds="312", vehicles="two",
                         places="Bama, Gwoza and Konduga local government areas of Borno State")),
     ("DHQ: 19 terrorists neutralised, 22 suppliers arrested", DHQ_TEMPLATE.format(killed="19", arrested="22", day="Thursday", rescued="6", rifles="twelve", rounds="540", vehicles="three",
                         places="Damboa, Biu and Gujba local government areas of Borno and Yobe States")),
     "two weekly Defence Headquarters briefings from one template"),
    (("Israeli forces kill two Palestinians in Tubas raid", MINISTRY_TEMPLATE.format(killed="two", place="Tubas", day="Monday", detail="the two men, aged 19 and 23, were shot in the chest and died at the Turkish hospital in Tubas.",
                              army_detail="one soldier was lightly wounded.")),
     ("Three Palestinians killed in Israeli raid on Tammun", MINISTRY_TEMPLATE.format(killed="three", place="Tammun", day="Wednesday", detail="the three men, one of them a 17-year-old, were killed by fire from a drone.",
                              army_detail="no soldiers were hurt.")),
     "two raid reports from one template: different town, day and toll"),
]

NATURAL_SAME_TOPIC = [
    ("g001", "g126"), ("g002", "g193"), ("g091", "g177"), ("g071", "g233"), ("g007", "g110"), ("g074", "g134"),
    ("g084", "g129"), ("g011", "g276"), ("g012", "g209"), ("g015", "g194"), ("g016", "g088"), ("g044", "g257"),
    ("g018", "g140"), ("g041", "g114"), ("g020", "g249"), ("g024", "g207"), ("g028", "g185"), ("g029", "g157"),
    ("g038", "g147"), ("g055", "g145"), ("g066", "g169"), ("g121", "g214"),
]


# Written after the detector's first tuning and scored once before any change it prompted (18 of 20 right:
# a next-day reprint that re-dated "last night" and a "toll rose to three" update were wrong); kept as
# pairs like the rest. (kind, duplicate, base story, text of b or None for the base story, edits, note)
SECOND_BATCH = [
 ("edit", True, "g076", """A gendarme was beaten to death and two of his colleagues were injured by a crowd armed with sticks and stones in the southern Chadian town of Beboto late on Monday, after a quarrel over the arrest of a motorcycle taxi driver, officials said.

The gendarmes had held the driver at a checkpoint on the edge of town for failing to pay a fine. Word spread fast, and several hundred people, many of them fellow moto-taxi drivers, gathered outside the gendarmerie post before turning on three gendarmes, witnesses said.

One of the injured gendarmes died of his wounds on Tuesday at the regional hospital in Doba, the governor of Logone-Oriental province, Mahamat Ali Abdelkerim, said in a statement, bringing the death toll to two. He said 17 people had been arrested and appealed for calm.

Logone-Oriental, in Chad's oil-producing south, has seen repeated tension between residents and the security forces, as well as clashes between farmers and herders that have killed hundreds of people across southern Chad in recent years.""", [], "local rewrite: lead inverted, quote and one paragraph cut, words changed"),
 ("edit", True, "g077", """COTONOU, Benin (IW) - Jihadist fighters stormed an army position in northern Benin early Thursday, killing eight soldiers, the government said, in the latest attack on the West African country's forces near its borders with Niger and Burkina Faso.

The assailants attacked the post at Alfakoara, a village in Alibori department on the edge of W National Park, before dawn, government spokesman Arnaud Dossou-Yovo said late Thursday. He said troops had killed "a dozen terrorists" while repelling the assault and that several wounded soldiers had been evacuated to Parakou.

"We heard heavy gunfire from around four in the morning until sunrise. Nobody dared go out," said a farmer in Alfakoara reached by telephone.

The al-Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed the attack in a video released Friday, in which a fighter said its men had killed "more than 30" Beninese soldiers. The footage showed bodies in uniform and a damaged armored vehicle. IW could not independently verify the video or the figures it contained.

With IW""", [], "US-style copy: AP weekdays, spelling, last paragraph trimmed, credit line"),
 ("boilerplate", True, "g078", """Our Correspondent

PESHAWAR: Militants stormed a police checkpost in Khyber-Pakhtunkhwa's Lakki Marwat district late on Wednesday, killing three policemen in a gunfight that lasted more than two hours, police said, while in a separate incident gunmen abducted three telecom workers in North Waziristan.

The attackers, armed with automatic rifles and hand grenades, struck the post at Tajazai shortly before midnight, district police officer Naveed Akhtar told reporters. An assistant sub-inspector and two constables were martyred and four other policemen were injured, he said. Two of the assailants were killed by return fire and their bodies were recovered at dawn.

Tehreek-e-Taliban Pakistan claimed responsibility in a message sent to journalists, saying its fighters had killed "at least 10 policemen" and seized weapons from the post. Police denied that any weapons had been lost and rejected the group's figure.

"Our men held their ground. What they are spreading is propaganda," Akhtar said. The Inspector General of Police took notice of the incident and sought a report from the regional police officer.

On Thursday afternoon, three employees of a private mobile phone company were whisked away by gunmen near Mir Ali in North Waziristan after they had gone to repair a transmission tower, an official of the district administration said on condition of anonymity. The men's driver was left behind and later reached a security checkpoint. No group has claimed the abduction, and a search was under way.

Kidnappings of contractors and company staff for ransom have become common in the tribal districts along the Afghan border, where officials say several militant factions and criminal gangs operate side by side.

Khyber-Pakhtunkhwa has borne the brunt of a resurgence of militant violence since the Afghan Taliban returned to power in Kabul in August 2021. Islamabad accuses Kabul of sheltering TTP fighters, a charge the Taliban government denies.""", [], "local paper's copy: byline header, dateline, one sentence added about the IGP"),
 ("edit", True, "g080", """Israeli settlers set fire to three homes and more than a dozen cars in the occupied West Bank village of al-Mughayyir on Tuesday night, residents and Palestinian officials said, the latest in a string of attacks on villages north-east of Ramallah.

Around 30 masked men came down from a nearby outpost shortly after 11 p.m. and poured petrol on vehicles parked along the main road before setting the houses alight, said the head of the village council, Marwan Abu Aliya. Families fled through back doors as flames spread through the ground floors of two of the buildings.

No one was hurt, the Palestinian Red Crescent said, although fire engines from Ramallah took more than an hour to reach the village because of an army checkpoint on the access road.

"We woke up to the smell of smoke. My brother's house is gone, the furniture, the children's school things, everything," said Amin Nasser, 44, standing outside the blackened shell of the building on Wednesday morning.

The Palestinian foreign ministry blamed "settler militias acting under the protection of the occupation army". The Israeli military said troops had been dispatched after reports of "Israeli civilians" setting fires in the area and that the matter had been handed to the police. No arrests were reported.

Al-Mughayyir sits on a ridge above the Jordan Valley, where settlers have set up several herding outposts in recent years and where, villagers say, grazing land has steadily been closed to them. The UN humanitarian office OCHA recorded more than a thousand settler attacks causing casualties or damage to property across the West Bank in 2024.""", [], "next-day reprint: 'last night'/'this morning' made weekdays, two paragraphs swapped"),
 ("boilerplate", True, "g085", """Mexico City, Mexico — Gunmen shot dead the mayor of a small municipality in the southern Mexican state of Guerrero on Monday, ambushing her pickup truck on a dirt road hours after she had opened a drinking-water project, state prosecutors said.

Rosalía Benítez Ocampo, 46, mayor of San Miguel Totolapan, and her driver were killed when attackers travelling in two vehicles opened fire near the community of Las Mesas, the Guerrero attorney general's office said in a statement. A municipal councillor who was riding with them was wounded and taken to hospital in Ciudad Altamirano.

Advertisement

Prosecutors gave no motive and did not say who they believed was behind the killing, and no group has claimed it. Benítez's party said she had not reported any threats and demanded a swift investigation. "She went to the communities nobody else visits," said a cousin, Efraín Ocampo, at the funeral home.

Related: Mayor of Tacambaro shot dead in Michoacan

Local officials are frequent targets of criminal groups fighting over drug routes, extortion rackets and public contracts in Guerrero, one of Mexico's most violent states. More than two dozen sitting mayors have been killed across the country since 2018, according to a tally by local media.

In the western state of Michoacan, meanwhile, two people lost their lives on Saturday when drones dropped explosives on El Guayabo, a hamlet in the hills outside Apatzingán, the state security ministry said. A woman and her teenage son died when a device crashed through the tin roof of their home, and five neighbours suffered shrapnel wounds.

Residents accused the Jalisco New Generation Cartel (CJNG), which has been fighting local gangs for control of the lime-growing Tierra Caliente region, of carrying out the attack. The cartel does not comment on such accusations. Armed groups in Michoacan have turned to drones and improvised landmines in the past three years, forcing hundreds of families to abandon their orchards.

— IW""", [], "syndicated copy: dateline, ad slot, related link, agency sign-off"),
 ("edit", True, "g106", """MOGADISHU (IW) – At least seven people were killed on Friday evening when a suicide bomber blew himself up inside a crowded tea shop in Mogadishu's Hodan district, police and witnesses said.

"He walked in wearing a vest full of explosives while people were watching football on the television," police spokesman Abdirahman Warsame Gedi told reporters, adding that 11 others were injured, some of them seriously, and that the bomber also died in the blast.

"We pulled out bodies and young men who were bleeding from everywhere," said Faadumo Ali Hirsi, who runs a shop across the street.

Al-Shabaab said in a statement read on its Andalus radio station that its fighters had targeted "officers of the apostate government" who frequented the cafe.""", [], "rewrite: lead reordered, quote moved up, paragraphs swapped, background cut"),
 ("edit", True, "g108", """JALALABAD, Afghanistan (IW) – A district chief in Afghanistan's eastern Nangarhar province was killed on Wednesday when a bomb attached to his car exploded as he drove to his office, Taliban officials said.

Mawlawi Habibullah Zahid, the head of Surkh Rod district, and one of his bodyguards lost their lives in the blast on the main road through the district, about 15 km west of the provincial capital Jalalabad, provincial police spokesman Qari Noorullah Samim said. Three passers-by, among them a child, were wounded and taken to the regional hospital.

The Islamic State's Khorasan branch claimed the killing through its Amaq news agency late on Wednesday, saying its "soldiers" had planted a sticky bomb under the vehicle of a "Taliban militia leader".

"He settled land disputes and opened schools. He had no enemies among the people," said a cousin, Abdul Wakil Momand, reached by telephone.

IS-K, a bitter rival of the Taliban, carried out a string of attacks on Taliban officials in the years after the movement seized power in August 2021, including a suicide bombing that killed the Taliban's minister for refugees in Kabul in December 2024. UN monitors say the group's strength inside Afghanistan has waned since, but that it retains cells in Nangarhar, Kunar and the capital.

Taliban authorities routinely say the group has been crushed.""", [], "house style: 'Nangrahar' spelt 'Nangarhar', 'yesterday' made a weekday, ISIS-K as IS-K"),
 ("url_variant", True, "g083", None, [], "AMP page with utm parameters; text with furniture lines"),
 ("update", False, "g076", """N'DJAMENA (IW) – The death toll from a mob attack on gendarmes in the southern Chadian town of Beboto rose to three on Wednesday after a second injured gendarme died, officials said.

A crowd armed with sticks and stones beat a gendarme to death and injured two of his colleagues late on Monday, after a quarrel over the arrest of a motorcycle taxi driver.

The gendarmes had detained the driver at a checkpoint on the edge of the town for failing to pay a fine. Word spread quickly, and several hundred people, many of them fellow moto-taxi drivers, gathered outside the gendarmerie post before setting upon three gendarmes, witnesses said.

The second gendarme died on Wednesday at the regional hospital in Doba, the governor of Logone-Oriental province, Mahamat Ali Abdelkerim, said, adding that 23 people had now been arrested.

Logone-Oriental, in Chad's oil-producing south, has seen repeated tension between residents and the security forces, as well as clashes between farmers and herders that have killed hundreds of people across southern Chad in recent years.""", [], "toll rises to three, arrests revised"),
 ("update", False, "g106", """MOGADISHU (IW) – A suicide bomber blew himself up inside a crowded tea shop in Mogadishu's Hodan district on Friday evening, killing at least 10 people, police said on Saturday, after three of the wounded died overnight.

Police spokesman Abdirahman Warsame Gedi told reporters that eight others were still being treated, some of them for serious injuries, and that the bomber also died in the blast. "He walked in wearing a vest full of explosives while people were watching football on the television," he said.

Al-Shabaab said in a statement read on its Andalus radio station that its fighters had targeted "officers of the apostate government" who frequented the cafe.

"We pulled out bodies and young men who were bleeding from everywhere," said Faadumo Ali Hirsi, who runs a shop across the street.

The al-Qaeda-linked group has been fighting Somalia's federal government for more than 15 years and regularly bombs hotels, restaurants and military bases in the capital.""", [], "toll up from seven to 10, wounded down"),
 ("update", False, "g077", None, [("killing eight soldiers, the government said,", "killing 14 soldiers, the government said on Saturday, revising an earlier toll of eight,")],
  "government revises toll from eight to 14"),
 ("update", False, "g108", None, [("Three passers-by, among them a child, were wounded", "Five passers-by, among them two children, were wounded")],
  "wounded revised: five passers-by, two children"),
 ("update", False, "g085", None, [("two people lost their lives on Saturday", "three people lost their lives on Saturday"),
                                     ("and five neighbours suffered shrapnel wounds.", "and five neighbours suffered shrapnel wounds. One of the neighbours, a 70-year-old man, died in hospital on Sunday.")],
  "Michoacan toll up in words: 'three people lost their lives'"),
 ("follow_up", False, "g078", """PESHAWAR, Pakistan (IW) – Funeral prayers for the three policemen killed in a militant attack on a checkpost in Lakki Marwat district were offered at Police Lines in the district on Thursday, with the provincial police chief and senior officers in attendance.

The coffins, wrapped in the national flag, were later sent to the policemen's home villages in Bannu and Lakki Marwat for burial. The provincial government announced compensation for the families.

Police said a search operation had been launched in the area around Tajazai and that several suspects had been detained for questioning. They gave no further details.

Khyber-Pakhtunkhwa has borne the brunt of a resurgence of militant violence since the Afghan Taliban returned to power in Kabul in August 2021. Islamabad accuses Kabul of sheltering TTP fighters, a charge the Taliban government denies.""", [], "funeral of the policemen, background reused"),
 ("follow_up", False, "g080", """RAMALLAH, West Bank (IW) – Residents of al-Mughayyir began clearing the burned-out shells of homes and cars on Thursday, two days after settlers set fire to three houses and more than a dozen vehicles in the village north-east of Ramallah.

The Palestinian Authority's prime minister visited the village and promised to pay for repairs. The European Union's office in Jerusalem said it was "appalled" and called on Israel to hold the attackers to account.

Israeli police said they had questioned a resident of a nearby outpost and released him without charge.

Al-Mughayyir sits on a ridge above the Jordan Valley, where settlers have set up several herding outposts in recent years and where, villagers say, grazing land has steadily been closed to them. The UN humanitarian office OCHA recorded more than a thousand settler attacks causing casualties or damage to property across the West Bank in 2024.""", [], "clean-up and reactions two days later"),
 ("follow_up", False, "g108", """JALALABAD, Afghanistan (IW) – Taliban security forces have arrested four men suspected of planting the bomb that killed the head of Surkh Rod district in Nangrahar province this week, provincial officials said on Saturday.

The suspects were detained in raids on two houses on the outskirts of Jalalabad, where explosives and a motorcycle were also seized, provincial police spokesman Qari Noorullah Samim said. He said the men had confessed to links with the Islamic State's Khorasan branch, which had claimed the killing.

Hundreds of people attended the funeral of Mawlawi Habibullah Zahid in his home village on Thursday.

Taliban authorities routinely say the group has been crushed.""", [], "arrests three days later"),
 ("same_topic", False, "g106", """MOGADISHU (IW) – A suicide bomber blew himself up inside a crowded restaurant in Mogadishu's Wadajir district on Tuesday evening, killing at least seven people, police and witnesses said.

Police spokesman Abdirahman Warsame Gedi told reporters that nine others were wounded and that the bomber also died in the blast. Al-Shabaab said in a statement read on its Andalus radio station that its fighters had carried out the attack.

The al-Qaeda-linked group has been fighting Somalia's federal government for more than 15 years and regularly bombs hotels, restaurants and military bases in the capital.""", [], "another suicide bombing in Mogadishu weeks later, same toll and template"),
 ("same_topic", False, "g077", """COTONOU (IW) – Jihadist fighters stormed an army position in northern Benin early on Sunday, killing eight soldiers, the government said, in the latest attack on the West African country's forces near its borders with Niger and Burkina Faso.

The assailants attacked the post at Porga, a town in Atacora department near Pendjari National Park, before dawn, government spokesman Arnaud Dossou-Yovo said. He said several wounded soldiers had been evacuated to Natitingou.

Benin has faced growing incursions by jihadist groups from the Sahel since 2021. In April 2025, an attack claimed by JNIM in the same park killed 54 soldiers, the deadliest ever on the country's forces, prompting the government to send thousands more troops to the north.""", [], "a second attack on another Beninese post with the same toll and wording"),
 ("same_topic", False, "g085", """MEXICO CITY (IW) – Gunmen shot dead the mayor of the municipality of Cocula in the southern Mexican state of Guerrero on Thursday as he left a council meeting, state prosecutors said.

Mayor Julio César Arce, 52, was hit several times when two men on a motorcycle opened fire outside the town hall, the Guerrero attorney general's office said in a statement. No group has claimed the killing.

Local officials are frequent targets of criminal groups fighting over drug routes, extortion rackets and public contracts in Guerrero, one of Mexico's most violent states. More than two dozen sitting mayors have been killed across the country since 2018, according to a tally by local media.""", [], "another Guerrero mayor killed; background paragraph reused"),
 ("same_topic", False, "g076", """N'DJAMENA (IW) – A crowd beat a police officer to death and set fire to a police station in the southern Chadian town of Moundou on Saturday, after a man died in police custody, officials said.

Several hundred people gathered outside the station after the man's family said he had been beaten by officers, witnesses said. Two other officers escaped through a back door.

Logone-Oriental, in Chad's oil-producing south, has seen repeated tension between residents and the security forces, as well as clashes between farmers and herders that have killed hundreds of people across southern Chad in recent years.""", [], "another mob attack on security forces in southern Chad"),
]


if __name__ == "__main__":
    main()
