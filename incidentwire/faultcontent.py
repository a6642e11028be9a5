"""The fault site's content: invented, deterministic incident reports, their pages and RSS feeds."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time as clock, timezone
from email.utils import format_datetime
from html import escape

DAY = date(2026, 3, 10)
_TOWNS = [
    ("Baqubah", "Diyala province", "Iraq"), ("Kirkuk", "Kirkuk province", "Iraq"), ("Tikrit", "Salahuddin", "Iraq"),
    ("Samarra", "Salahuddin", "Iraq"), ("Maiduguri", "Borno state", "Nigeria"), ("Bama", "Borno state", "Nigeria"),
    ("Gao", "the Gao region", "Mali"), ("Mopti", "central Mali", "Mali"), ("Bannu", "Khyber Pakhtunkhwa", "Pakistan"),
    ("Quetta", "Balochistan", "Pakistan"), ("Dori", "the Sahel region", "Burkina Faso"), ("Beni", "North Kivu", "Congo"),
    ("Kismayo", "Lower Juba", "Somalia"), ("Tillaberi", "western Niger", "Niger"), ("Jalalabad", "Nangarhar", "Afghanistan"),
]
_ATTACKERS = ["Gunmen", "Suspected militants", "Armed men on motorcycles", "Unidentified attackers", "Insurgents"]
_VICTIMS = ["policemen", "soldiers", "villagers", "farmers", "traders", "passengers", "worshippers", "guards"]
_ACTIONS = [
    "attacked a checkpoint", "ambushed a patrol", "opened fire at a market", "raided a village",
    "stormed a police station", "fired on a bus", "attacked a mosque", "struck a supply convoy",
]
_WEEKDAYS = ["Monday", "Sunday", "Saturday"]
_FIRST = ["Ali", "Musa", "Hassan", "Ibrahim", "Karim", "Omar", "Yusuf", "Adama", "Bilal", "Samir", "Tariq", "Idris"]
_LAST = ["Hamdani", "Bello", "Traore", "Khan", "Abdi", "Jubouri", "Diallo", "Yousafzai", "Kabore", "Mwamba"]
_ROLES = ["police spokesman", "district governor", "army officer", "local councillor", "hospital director"]
_BACKGROUND = [
    "Residents said the area had been tense for weeks after a series of kidnappings on the main road.",
    "Local traders closed their shops early and many families left for the provincial capital.",
    "The road to the town was closed while soldiers searched nearby farms and orchards.",
    "Aid workers said the local clinic was short of blood and beds after the attack.",
    "No group immediately claimed responsibility, and officials declined to name a suspect.",
    "Elders called for more patrols at night, saying earlier promises had not been kept.",
    "Mobile phone networks were cut in the district for several hours afterwards.",
    "The provincial council held an emergency meeting and announced three days of mourning.",
    "Witnesses described hearing gunfire for about twenty minutes before reinforcements arrived.",
    "Schools in the district will stay shut until Thursday, the education office said.",
    "A curfew was declared from dusk until dawn across the surrounding villages.",
    "Relatives gathered outside the morgue as the bodies were identified.",
]


@dataclass(frozen=True)
class Article:
    """One invented article page of the fault site."""

    section: str
    number: int
    title: str
    paragraphs: tuple[str, ...]
    published: datetime

    @property
    def path(self) -> str:
        """The page's path, the same on every host."""
        return f"/{self.section}/{self.number}.html"


def make_articles(section: str, count: int, day: date = DAY) -> list[Article]:
    """`count` distinct, deterministic incident reports for one section, all published on `day`."""
    articles = []
    for number in range(count):
        rng = random.Random(f"{section}-{number}")
        town, region, country = _TOWNS[(number + len(section)) % len(_TOWNS)]
        killed, wounded = rng.randint(2, 19), rng.randint(1, 30)
        victims, action = rng.choice(_VICTIMS), rng.choice(_ACTIONS)
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        background = rng.sample(_BACKGROUND, 3)
        weekday = _WEEKDAYS[number % len(_WEEKDAYS)]
        paragraphs = (
            f"{rng.choice(_ATTACKERS)} {action} near {town}, in {region}, {country}, on {weekday}, "
            f"killing {killed} {victims}, officials said.",
            f"{wounded} other people were wounded and taken to hospital, said {name}, a {rng.choice(_ROLES)}.",
            f"The attack began shortly after {rng.randint(5, 11)} o'clock, {rng.choice(['witnesses', 'residents'])} "
            f"told reporters, when about {rng.randint(6, 40)} attackers arrived from the {rng.choice(['north', 'east', 'river'])}.",
            *background,
            f"Report number {section}-{number} was filed by our correspondent in {town}.",
        )
        published = datetime.combine(day, clock(6 + number % 12, number % 60), tzinfo=timezone.utc)
        articles.append(Article(section, number, f"{killed} {victims} killed near {town}", paragraphs, published))
    return articles


def render_page(article: Article, base_url: str) -> bytes:
    """The article as a small realistic HTML page with its publication time in meta tags."""
    body = "".join(f"<p>{escape(p)}</p>" for p in article.paragraphs)
    stamp = article.published.isoformat()
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{escape(article.title)} | Fault Gazette</title>"
        f"<link rel='canonical' href='{base_url}{article.path}'>"
        f"<meta property='article:published_time' content='{stamp}'></head>"
        "<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><div class='ad'>Advertisement</div>"
        f"<article><h1>{escape(article.title)}</h1><time datetime='{stamp}'>{article.published:%d %B %Y}</time>{body}</article>"
        "<aside><h3>Related stories</h3><ul><li><a href='/x'>Other news</a></li></ul></aside>"
        "<footer>© 2026 Fault Gazette</footer></body></html>"
    ).encode("utf-8")


def render_feed(section: str, articles: list[Article], base_url: str) -> bytes:
    """An RSS 2.0 feed of a section's articles."""
    items = "".join(
        f"<item><title>{escape(a.title)}</title><link>{base_url}{a.path}</link>"
        f"<guid>{base_url}{a.path}</guid><pubDate>{format_datetime(a.published)}</pubDate></item>"
        for a in articles
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>Fault Gazette: {section}</title><link>{base_url}/</link><description>test feed</description>"
        f"{items}</channel></rss>"
    ).encode("utf-8")
