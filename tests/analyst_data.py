"""A small hand-made warehouse for the canned-query and export tests: four incidents, five links, six articles.

The expected values in those tests are worked out by hand from the rows below (see each test's comments).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tasks import land

SUICIDE_CAR_BOMB = "A suicide car bomb exploded at a market in Mosul on Tuesday."
CLAIM_AND_TOLL = "Islamic State claimed the bombing, which killed twelve people."

INCIDENTS = [
    {"incident_id": "inc-a", "event_date": "2026-03-10", "country": "Iraq", "country_code": "IQ", "admin1": "Ninawa",
     "location": "Mosul", "latitude": 36.335, "longitude": 43.119, "geo_precision": "place",
     "perpetrator": "Islamic State", "claimed": True, "suspected": False, "attack_type": "bombing_explosion",
     "suicide": True, "target_type": "civilians", "weapons": ["explosives", "vehicle"], "killed": 12,
     "killed_low": 10, "killed_high": 15, "wounded": 20, "wounded_low": 20, "wounded_high": 20,
     "evidence": {"attack_type": SUICIDE_CAR_BOMB, "killed": CLAIM_AND_TOLL, "perpetrator": CLAIM_AND_TOLL},
     "flags": [], "n_articles": 2, "n_sources": 2,
     "first_reported_at": "2026-03-10T08:00:00+00:00", "last_reported_at": "2026-03-11T06:00:00+00:00"},
    {"incident_id": "inc-b", "event_date": "2026-03-12", "country": "Iraq", "country_code": "IQ", "admin1": "Diyala",
     "location": "Diyala", "latitude": 33.9, "longitude": 44.9, "geo_precision": "admin1", "perpetrator": "Unknown",
     "claimed": False, "suspected": False, "attack_type": "armed_assault", "suicide": False, "target_type": "police",
     "weapons": ["firearms"], "killed": 3, "killed_low": 3, "killed_high": 3, "wounded": 1, "flags": [],
     "evidence": {"killed": "Gunmen killed three policemen in Diyala."}, "n_articles": 1, "n_sources": 1,
     "first_reported_at": "2026-03-12T12:00:00+00:00", "last_reported_at": "2026-03-12T12:00:00+00:00"},
    {"incident_id": "inc-c", "event_date": "2026-03-17", "country": "Nigeria", "country_code": "NG", "admin1": "Borno",
     "location": None, "latitude": None, "longitude": None, "geo_precision": None, "perpetrator": "Boko Haram",
     "claimed": False, "suspected": True, "attack_type": "kidnapping", "suicide": False, "target_type": "civilians",
     "weapons": ["firearms"], "killed": None, "wounded": None, "kidnapped": 30, "flags": [],
     "evidence": {"kidnapped": "Suspected Boko Haram fighters abducted 30 villagers."}, "n_articles": 1, "n_sources": 1,
     "first_reported_at": "2026-03-18T00:00:00+00:00", "last_reported_at": "2026-03-18T00:00:00+00:00"},
    {"incident_id": "inc-d", "event_date": None, "country": "Mali", "country_code": "ML", "admin1": "Mopti",
     "location": "Boni", "latitude": 15.0, "longitude": -1.5, "geo_precision": "place",
     "perpetrator": "Jama'at Nusrat al-Islam wal-Muslimin", "claimed": True, "suspected": False,
     "attack_type": "armed_assault", "suicide": False, "target_type": "military", "weapons": ["firearms"],
     "killed": 5, "killed_low": 5, "killed_high": 5, "wounded": 2, "flags": ["stale_date"],
     "evidence": {"killed": "JNIM fighters killed five soldiers near Boni."}, "n_articles": 1, "n_sources": 1,
     "first_reported_at": "2026-03-18T09:00:00+00:00", "last_reported_at": "2026-03-18T09:00:00+00:00"},
]

# (incident, source, url, published_at, killed, evidence)
LINKS = [
    ("inc-a", "alpha", "http://alpha.test/a1", "2026-03-10T08:00:00+00:00", 10,
     {"attack_type": SUICIDE_CAR_BOMB, "killed": "At least ten people were killed."}),
    ("inc-a", "beta", "http://beta.test/b1", "2026-03-11T06:00:00+00:00", 12,
     {"attack_type": SUICIDE_CAR_BOMB, "killed": CLAIM_AND_TOLL, "perpetrator": CLAIM_AND_TOLL}),
    ("inc-b", "beta", "http://beta.test/b2", "2026-03-12T12:00:00+00:00", 3, {"killed": "Gunmen killed three policemen."}),
    ("inc-c", "alpha", "http://alpha.test/a3", "2026-03-18T00:00:00+00:00", None, {}),
    ("inc-d", "beta", "http://beta.test/b4", "2026-03-18T09:00:00+00:00", 5, {}),
]

# (source, url, published_at, duplicate_of): alpha has 2 distinct articles and a copy, beta 3.
ARTICLES = [
    ("alpha", "http://alpha.test/a1", "2026-03-10T08:00:00+00:00", None),
    ("alpha", "http://alpha.test/a1-copy", "2026-03-10T09:00:00+00:00", "art-http://alpha.test/a1"),
    ("alpha", "http://alpha.test/a3", "2026-03-18T00:00:00+00:00", None),
    ("beta", "http://beta.test/b1", "2026-03-11T06:00:00+00:00", None),
    ("beta", "http://beta.test/b2", "2026-03-12T12:00:00+00:00", None),
    ("beta", "http://beta.test/b4", "2026-03-18T09:00:00+00:00", None),
]


def build_analyst_warehouse(warehouse: Path) -> Path:
    """Land the rows above with tasks/land.py, as the pipeline lands its tables."""
    incidents = [{**row, "first_reported_at": _ts(row["first_reported_at"]), "last_reported_at": _ts(row["last_reported_at"])}
                 for row in INCIDENTS]
    land.sync_partitions(warehouse, "incidents", incidents,
                         lambda row: row["event_date"] or row["first_reported_at"].date(), ["incident_id"])
    links = [
        {"incident_id": incident, "article_id": f"art-{url}", "mention_index": 0, "source": source, "url": url,
         "published_at": _ts(published), "article_date": published[:10], "killed": killed, "evidence": evidence}
        for incident, source, url, published, killed, evidence in LINKS
    ]
    land.sync_partitions(warehouse, "incident_articles", links, lambda row: row["article_date"], ["url"])
    articles = [
        {"id": f"art-{url}", "url": url, "canonical_url": url, "source": source, "published_at": _ts(published),
         "duplicate_of": duplicate_of}
        for source, url, published, duplicate_of in ARTICLES
    ]
    land.sync_partitions(warehouse, "articles", articles, lambda row: row["published_at"].date(), ["url"])
    return warehouse


def _ts(text: str) -> datetime:
    return datetime.fromisoformat(text)
