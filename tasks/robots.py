"""robots.txt: fetched once per host and run, parsed by protego (Scrapy's parser), obeyed for every URL.

A robots.txt answer maps to a rule as major crawlers do (Google's documented convention):
2xx -> obey its rules; 4xx other than 429 -> no rules, allow everything; 429, 5xx or no answer
at all -> disallow the whole host for this run (the site may be down or shedding load).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable
from urllib.parse import urlsplit

from protego import Protego

from incidentwire.settings import Settings
from tasks.fetch import FetchRecord, FetchRefused, check_url_allowed, make_session
from tasks.revalidate import fetch_revalidated

DISALLOWED_KIND = "robots_disallowed"  # failure kind of a URL robots.txt keeps us from
ROBOTS_MAX_BYTES = 512_000  # Google reads the first 500 KiB of a robots.txt; so do we
RUNS_KEPT = 8  # per-run caches kept in memory (a run is one daily or backfill flow)

# Status classes of a robots.txt answer, as named data: what each means for the host's URLs.
OBEY, ALLOW_ALL, DISALLOW_ALL = "obey", "allow_all", "disallow_all"


@dataclass(frozen=True)
class RobotsPolicy:
    """What one host's robots.txt allows us, and why."""

    robots_url: str
    mode: str
    status: int | None = None
    reason: str = ""
    rules: Protego | None = None

    def allows(self, url: str, agent: str) -> bool:
        """True when `agent` may fetch `url` on this host."""
        if self.mode == ALLOW_ALL:
            return True
        if self.mode == DISALLOW_ALL or self.rules is None:
            return False
        return bool(self.rules.can_fetch(url, agent))

    def delay_seconds(self, agent: str) -> float | None:
        """The spacing robots.txt asks of `agent`: Crawl-delay, or Request-rate's seconds per request."""
        if self.rules is None:
            return None
        delays = []
        crawl_delay = self.rules.crawl_delay(agent)
        if crawl_delay:
            delays.append(float(crawl_delay))
        rate = self.rules.request_rate(agent)
        if rate and rate.requests:
            delays.append(rate.seconds / rate.requests)
        return max(delays) if delays else None


def robots_url(url: str) -> str:
    """The robots.txt URL governing `url` (scheme, host and port matter)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


def agent_token(user_agent: str) -> str:
    """The product token robots.txt groups match against: 'incidentwire' of 'incidentwire/0.1 (...)'."""
    return user_agent.split("/", 1)[0].split()[0].strip() or user_agent


def policy_from_record(record: FetchRecord) -> RobotsPolicy:
    """Turn a fetched robots.txt into a policy (parsing only; no I/O)."""
    url, status = record.url, record.status
    if status is not None and 200 <= status < 300 and record.error is None:
        text = record.body[:ROBOTS_MAX_BYTES].decode("utf-8", "replace")
        return RobotsPolicy(url, OBEY, status, "robots.txt rules", Protego.parse(text))
    if status is not None and 400 <= status < 500 and status != 429:
        return RobotsPolicy(url, ALLOW_ALL, status, f"robots.txt answered {status}: no rules")
    reason = f"HTTP {status}" if status is not None else (record.error or "no answer")
    return RobotsPolicy(url, DISALLOW_ALL, status, f"robots.txt unavailable ({reason}): host disallowed for this run")


class RobotsCache:
    """One run's robots policies, each host's robots.txt fetched once however many threads ask."""

    def __init__(self, settings: Settings, fetch: Callable[[str], FetchRecord]) -> None:
        self.settings = settings
        self.agent = agent_token(settings.user_agent)
        self._fetch = fetch
        self._policies: dict[str, RobotsPolicy] = {}
        self._host_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def policy(self, url: str) -> RobotsPolicy:
        """The policy of `url`'s host, fetching its robots.txt on first use."""
        key = robots_url(url)
        with self._lock:
            if key in self._policies:
                return self._policies[key]
            host_lock = self._host_locks.setdefault(key, threading.Lock())
        with host_lock:
            with self._lock:
                if key in self._policies:
                    return self._policies[key]
            policy = self._load(key)
            with self._lock:
                self._policies[key] = policy
            return policy

    def allowed(self, url: str) -> tuple[bool, str]:
        """Whether we may fetch `url`, and the reason when we may not."""
        if not self.settings.obey_robots:
            return True, ""
        policy = self.policy(url)
        if policy.allows(url, self.agent):
            return True, ""
        if policy.mode == DISALLOW_ALL:
            return False, policy.reason
        return False, f"disallowed by {policy.robots_url} for {self.agent}"

    def delay_seconds(self, url: str) -> float | None:
        """Crawl-delay (capped by settings.max_crawl_delay_seconds) of `url`'s host, if it sets one."""
        if not self.settings.obey_robots:
            return None
        delay = self.policy(url).delay_seconds(self.agent)
        return min(delay, self.settings.max_crawl_delay_seconds) if delay else None

    def _load(self, key: str) -> RobotsPolicy:
        try:
            check_url_allowed(key, self.settings.allow_private_addresses)
        except FetchRefused as exc:
            # We would refuse the host's pages ourselves: the fetch stage records that, with its own kind.
            return RobotsPolicy(key, ALLOW_ALL, None, f"not fetched: {exc}")
        return policy_from_record(self._fetch(key))


_RUN_CACHES: "OrderedDict[tuple, RobotsCache]" = OrderedDict()
_RUN_CACHES_LOCK = threading.Lock()


def cache_for_run(run_id: str, settings: Settings, fetch: Callable[[str], FetchRecord]) -> RobotsCache:
    """The run's shared RobotsCache (discovery and fetch tasks of one run share it, in one process)."""
    key = (run_id, str(settings.warehouse), settings.user_agent, settings.obey_robots)
    with _RUN_CACHES_LOCK:
        cache = _RUN_CACHES.get(key)
        if cache is None:
            cache = _RUN_CACHES[key] = RobotsCache(settings, fetch)
            while len(_RUN_CACHES) > RUNS_KEPT:
                _RUN_CACHES.popitem(last=False)
        else:
            _RUN_CACHES.move_to_end(key)
        return cache


def for_run(run_id: str, settings: Settings) -> RobotsCache:
    """The run's RobotsCache, fetching each robots.txt with our User-Agent (conditionally) into the archive."""
    session = None

    def fetch(url: str) -> FetchRecord:
        nonlocal session
        session = session or make_session(settings)
        return fetch_revalidated(session, url, settings, "robots", None, run_id)[0]

    return cache_for_run(run_id, settings, fetch)
