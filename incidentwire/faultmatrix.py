"""The fault matrix: the real daily flow over a clean fault site, then over the same site with every fault injected.

Each fault is one row: how many were injected, how many the run survived (it completed and the
fault landed as expected: a fetch_failures row of the right stage and kind, or, for a fault the
fetcher should ride out, the page's article landed with no failure row), the articles of healthy
or recovered pages missing against the clean run (lost), and duplicate rows (duplicated).
Used by `bench/faults.py` (full size) and tests/test_faults.py (small and fast).
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import yaml

from incidentwire.faultcontent import DAY
from incidentwire.faultserver import FaultSite

# What each article-page fault must leave behind: (stage, kind) of its failure row (kind None:
# any kind of that stage), or LANDS: the article lands with no failure row.
LANDS = ("lands", None)
EXPECTED: dict[str, tuple[str, str | None]] = {
    "timeout": ("fetch", "timeout"),
    "slow_drip": ("fetch", "timeout"),
    "reset": ("fetch", "reset"),
    "429_retry_after": LANDS,
    "503_retry_after": LANDS,
    "5xx_burst": LANDS,
    "redirect_chain": LANDS,
    "404": ("fetch", "http_4xx"),
    "410": ("fetch", "http_4xx"),
    "redirect_loop": ("fetch", "too_many_redirects"),
    "redirect_to_file_scheme": ("fetch", "refused_scheme"),
    "truncated": ("fetch", "truncated"),
    "wrong_length": ("fetch", "length_mismatch"),
    "gzip_bomb": ("fetch", "decompression_bomb"),
    "oversize": ("fetch", "oversize_cut"),  # cut at the cap and kept: the article lands too
    "binary": ("clean", None),
}
KEPT = frozenset({"oversize"})
# Tables and the columns that must identify a row.
KEYS = {
    "articles": ("id",),
    "mentions": ("article_id", "mention_index"),
    "incident_articles": ("article_id", "mention_index"),
    "incidents": ("incident_id",),
    "runs": ("run_id",),
    "fetch_failures": ("run_id", "url", "stage", "kind"),
}


@dataclass
class MatrixRow:
    """One fault's figures."""

    fault: str
    injected: int = 0
    survived: int = 0
    lost: int = 0
    duplicated: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass
class Matrix:
    """The whole matrix, with the run-level checks."""

    rows: list[MatrixRow]
    completed: bool
    runs_failed: int
    failure_rows: int
    failures_by_kind: dict
    duplicated_total: int
    seconds: dict[str, float]

    @property
    def total(self) -> MatrixRow:
        """The sum of every row."""
        total = MatrixRow("total")
        for row in self.rows:
            total.injected += row.injected
            total.survived += row.survived
            total.lost += row.lost
        total.duplicated = self.duplicated_total
        return total

    def table(self) -> str:
        """The matrix as a text table."""
        lines = [f"{'fault':28} {'injected':>8} {'survived':>8} {'lost':>5} {'dup':>5}  notes"]
        for row in [*self.rows, self.total]:
            notes = "; ".join(row.notes)
            lines.append(f"{row.fault:28} {row.injected:8} {row.survived:8} {row.lost:5} {row.duplicated:5}  {notes}")
        return "\n".join(lines)


@dataclass(frozen=True)
class MatrixSize:
    """How big and how patient the matrix run is."""

    healthy: int = 12  # healthy article pages beside the faulted ones
    per_fault: int = 1  # article pages given each fault
    timeout_seconds: float = 0.3
    deadline_seconds: float = 0.8
    max_body_bytes: int = 200_000
    oversize_bytes: int = 2_000_000
    bomb_bytes: int = 1 << 30


def run_matrix(workdir: Path, size: MatrixSize = MatrixSize()) -> Matrix:
    """Run the daily flow on the clean site, then with every fault, and compare (needs a Prefect backend)."""
    from flows.pipeline import daily

    plan = list(EXPECTED) * size.per_fault
    transient_pages = sum(1 for fault in plan if EXPECTED[fault][1] in ("timeout", "reset", "truncated", "length_mismatch"))
    breaker_failures = transient_pages + 3  # the news host's faults never open its circuit; the dead host's do
    sections = {"news": len(plan) + size.healthy, "flaky": 3, "broken": 3, "dead": breaker_failures + 3}
    env = {
        "TIMEOUT_SECONDS": size.timeout_seconds, "DEADLINE_SECONDS": size.deadline_seconds, "RETRIES": 2,
        "RETRY_BACKOFF_SECONDS": 0.01, "MAX_BODY_BYTES": size.max_body_bytes, "BREAKER_FAILURES": breaker_failures,
        "BREAKER_COOLDOWN_SECONDS": 600, "DEFAULT_DELAY_SECONDS": 0.0,
    }
    seconds = {}
    with FaultSite(
        sections, hosts=2, hold_seconds=size.timeout_seconds * 5, oversize_bytes=size.oversize_bytes,
        bomb_bytes=size.bomb_bytes,
    ) as site, _environment(env):
        registry = workdir / "sources.yaml"
        registry.write_text(yaml.safe_dump({"sources": _sources(site)}))
        options = {"date": str(DAY), "sources_file": str(registry), "allow_private_addresses": True}
        started = time.perf_counter()
        daily(warehouse=str(workdir / "clean"), **options)
        seconds["clean run"] = time.perf_counter() - started
        faulted = _inject(site, plan)
        started = time.perf_counter()
        completed = True
        try:
            daily(warehouse=str(workdir / "faults"), **options)
        except Exception:
            completed = False
        seconds["fault run"] = time.perf_counter() - started
        return _compare(site, workdir, faulted, completed, seconds, breaker_failures)


def _sources(site: FaultSite) -> list[dict]:
    one = {"kind": "rss", "language": "en", "delay": 0.0, "concurrency": 4}
    return [
        {**one, "id": "news", "url": site.url("/news/feed.xml")},
        {**one, "id": "flaky", "url": site.url("/flaky/feed.xml")},
        {**one, "id": "broken", "url": site.url("/broken/feed.xml")},
        {**one, "id": "dead", "url": site.url("/dead/feed.xml", host=1), "concurrency": 1},
    ]


def _inject(site: FaultSite, plan: list[str]) -> dict[str, str]:
    """Give the planned faults to news pages (spread between healthy ones) and to the feeds and dead host."""
    pages = [a.path for a in site.articles["news"]]
    step = len(pages) // max(1, len(plan))
    faulted = {}
    for index, fault in enumerate(plan):
        site.inject(pages[index * step], fault)
        faulted[site.url(pages[index * step])] = fault
    site.reset_counters()
    site.inject("/flaky/feed.xml", "503_retry_after")
    site.inject("/broken/feed.xml", "malformed")
    for article in site.articles["dead"]:
        site.inject(article.path, "always_503")
    return faulted


def _compare(
    site: FaultSite, workdir: Path, faulted: dict[str, str], completed: bool, seconds: dict, breaker_failures: int
) -> Matrix:
    from tasks import land

    clean = {row["url"]: row for row in land.read_rows(workdir / "clean", "articles")}
    landed = Counter(row["url"] for row in land.read_rows(workdir / "faults", "articles"))
    failures = land.read_rows(workdir / "faults", "fetch_failures")
    by_url: dict[str, list[dict]] = {}
    for row in failures:
        by_url.setdefault(row["url"], []).append(row)
    rows: dict[str, MatrixRow] = {}
    for url, fault in faulted.items():
        row = rows.setdefault(fault, MatrixRow(fault))
        row.injected += 1
        stage, kind = EXPECTED[fault]
        found = by_url.get(url, [])
        if (stage, kind) == LANDS:
            ok = completed and landed[url] == 1 and not found
            row.lost += int(url in clean and not landed[url])
        else:
            ok = completed and any(f["stage"] == stage and (kind is None or f["kind"] == kind) for f in found)
            if fault in KEPT:
                ok = ok and landed[url] == 1
                row.lost += int(url in clean and not landed[url])
        row.survived += int(ok)
        row.duplicated += max(0, landed[url] - 1)
        if not ok:
            row.notes.append(f"{url}: {[(f['stage'], f['kind']) for f in found]}, landed {landed[url]}")
    rows["503_retry_after (feed)"] = _feed_row(site, "flaky", "503_retry_after (feed)", clean, landed, by_url, completed)
    broken = MatrixRow("malformed (feed)", injected=1)
    broken.survived = int(completed and any(f["stage"] == "discover" for f in by_url.get(site.url("/broken/feed.xml"), [])))
    rows[broken.fault] = broken
    rows["always_503 (dead host)"] = _dead_row(site, by_url, completed, breaker_failures)
    healthy = MatrixRow("(healthy pages)")
    expected_urls = [u for u in clean if u not in faulted and "/news/" in u]
    healthy.lost = sum(1 for u in expected_urls if not landed[u])
    healthy.duplicated = sum(max(0, landed[u] - 1) for u in expected_urls)
    healthy.notes.append(f"{len(expected_urls) - healthy.lost} of {len(expected_urls)} landed (clean run: {len(clean)} articles)")
    rows[healthy.fault] = healthy
    runs = land.read_rows(workdir / "faults", "runs")
    return Matrix(
        rows=list(rows.values()),
        completed=completed,
        runs_failed=sum(r["failed"] or 0 for r in runs),
        failure_rows=len(failures),
        failures_by_kind={k: v for r in runs for k, v in json.loads(r.get("failures_by_kind") or "{}").items()},
        duplicated_total=sum(duplicates(workdir / name) for name in ("clean", "faults")),
        seconds=seconds,
    )


def _feed_row(site, section, name, clean, landed, by_url, completed) -> MatrixRow:
    """A feed that fails once then answers: every article it lists must land."""
    row = MatrixRow(name, injected=1)
    urls = [site.url(a.path) for a in site.articles[section]]
    row.lost = sum(1 for u in urls if u in clean and not landed[u])
    feed_failed = bool(by_url.get(site.url(f"/{section}/feed.xml")))
    row.survived = int(completed and not feed_failed and row.lost == 0)
    return row


def _dead_row(site, by_url, completed, breaker_failures) -> MatrixRow:
    """A host whose every page fails: the first pages are tried, then its circuit opens and the rest are skipped."""
    row = MatrixRow("always_503 (dead host)")
    kinds = Counter()
    for article in site.articles["dead"]:
        row.injected += 1
        found = [f["kind"] for f in by_url.get(site.url(article.path, host=1), []) if f["stage"] == "fetch"]
        kinds.update(found)
        row.survived += int(completed and bool(set(found) & {"http_5xx", "circuit_open"}))
    sent = sum(site.hits[a.path] for a in site.articles["dead"])
    row.notes.append(f"{dict(kinds)}; {sent} requests sent; breaker at {breaker_failures}")
    if not kinds.get("circuit_open"):
        row.survived = 0
        row.notes.append("circuit never opened")
    return row


def duplicates(warehouse: Path) -> int:
    """Rows whose key repeats another row's, over every table of a warehouse."""
    from tasks import land

    total = 0
    for table, key in KEYS.items():
        rows = land.read_rows(warehouse, table)
        counted = Counter(tuple(row.get(column) for column in key) for row in rows)
        total += sum(n - 1 for n in counted.values())
    return total


@contextmanager
def _environment(values: dict[str, object]) -> Iterator[None]:
    """INCIDENTWIRE_* settings for the flows run inside, restored afterwards."""
    saved = {}
    for name, value in values.items():
        key = f"INCIDENTWIRE_{name}"
        saved[key] = os.environ.get(key)
        os.environ[key] = str(value)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
