"""Synthetic article pages for the scale benchmarks, and plain stand-ins for the Prefect tasks.

Pages: the 121 dev pages of ../shared/data/article-extraction (read at run time, never copied),
then variants of them up to the size wanted. A variant keeps its dev page's whole HTML (markup,
boilerplate, size) but gets an invented incident report as its first paragraph and the words of
every other paragraph shuffled, and a URL of its own with the page's canonical links removed: so
no two pages share an article id or are near-duplicates, and every page reaches extraction.
"""

from __future__ import annotations

import gzip
import json
import random
import re
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime, timezone
from html import escape
from pathlib import Path
from types import SimpleNamespace
from typing import Callable, Iterator

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "article-extraction"
PARAGRAPH = re.compile(r"(<p\b[^>]*>)(.*?)(</p>)", re.S | re.I)
CANONICAL = re.compile(r"<(link|meta)\b[^>]*(rel=[\"']?canonical|property=[\"']?og:url)[^>]*>", re.I)
TAG = re.compile(r"(<[^>]+>)")


def dev_pages(folder: Path = DATA) -> list[dict]:
    """The dev pages as dicts with `url` and `html` (an empty list where the data is absent)."""
    truth_file = folder / "ground-truth.jsonl"
    if not truth_file.is_file():
        return []
    pages = []
    for line in truth_file.read_text().splitlines():
        if line.strip():
            item = json.loads(line)
            raw = gzip.decompress((folder / "html" / f"{item['id']}.html.gz").read_bytes())
            pages.append({"url": item["url"], "html": raw.decode("utf-8", "replace")})
    return pages


def synthetic_pages(count: int, base: list[dict] | None = None) -> Iterator[dict]:
    """`count` pages: the dev pages first, then distinct variants of them (generated lazily)."""
    from incidentwire.faultcontent import make_articles

    base = base if base is not None else dev_pages()
    if not base:  # no dev data: fall back to the fault site's small invented pages
        from incidentwire.faultcontent import render_page

        for article in make_articles("syn", count):
            yield {"url": f"https://syn.example{article.path}", "html": render_page(article, "https://syn.example").decode()}
        return
    for index in range(count):
        page = base[index % len(base)]
        variant = index // len(base)
        if variant == 0:
            yield page
            continue
        lead = " ".join(make_articles(f"syn{index}", 1)[0].paragraphs[:3])
        yield {"url": f"{page['url'].rstrip('/')}/v{variant}", "html": _variant(page["html"], lead, index)}


def _variant(html: str, lead: str, seed: int) -> str:
    rng = random.Random(seed)
    first = True

    def rewrite(match: re.Match) -> str:
        nonlocal first
        if first:
            first = False
            return f"{match.group(1)}{escape(lead)}{match.group(3)}"
        parts = TAG.split(match.group(2))
        for i, part in enumerate(parts):
            if part and not part.startswith("<"):
                words = part.split()
                rng.shuffle(words)
                parts[i] = " ".join(words)
        return match.group(1) + "".join(parts) + match.group(3)

    return PARAGRAPH.sub(rewrite, CANONICAL.sub("", html))


def fetch_records(pages: Iterator[dict], source_id: str = "bench") -> Iterator:
    """Pages as the fetch stage's FetchRecords (status 200, UTF-8 HTML)."""
    from tasks.fetch import FetchRecord

    fetched_at = datetime(2026, 3, 10, 12, tzinfo=timezone.utc)
    for page in pages:
        body = page["html"].encode("utf-8")
        yield FetchRecord(
            page["url"], page["url"], 200, {"content-type": "text/html; charset=utf-8"}, body, fetched_at,
            elapsed_ms=1, source_id=source_id, run_id="bench",
        )


class _PlainTask:
    """A stage function with a Prefect task's call and `submit` interface, without Prefect."""

    def __init__(self, fn: Callable, pool: ThreadPoolExecutor | None) -> None:
        self.fn, self.pool = fn, pool

    def __call__(self, *args, **kwargs):
        return self.fn(*args, **kwargs)

    def submit(self, *args, **kwargs) -> Future:
        if self.pool is not None:  # like Prefect's ThreadPoolTaskRunner: a thread per submitted task
            return self.pool.submit(self.fn, *args, **kwargs)
        future: Future = Future()
        future.set_result(self.fn(*args, **kwargs))  # one core: in line, in order
        return future


def plain_tasks(pool: ThreadPoolExecutor | None = None) -> SimpleNamespace:
    """Stand-ins for tasks.prefect_tasks: the same stage functions, run in line or on `pool`."""
    from incidentwire import pipeline, stream
    from tasks.brief import brief_from_settings
    from tasks.brief_markdown import render_markdown

    functions = {
        "discover_source": pipeline.discover_source,
        "fetch_links": pipeline.fetch_links,
        "clean_batch": pipeline.clean_records,
        "dedup_day": pipeline.dedup_day,
        "extract_batch": pipeline.extract_mentions,
        "land_day": pipeline.land_day,
        "dedup_spill": stream.dedup_spill,
        "land_spill": stream.land_spill,
        "resolve_incidents": pipeline.resolve_warehouse,
        "record_run": pipeline.record_run,
        "publish_report": lambda warehouse: render_markdown(brief_from_settings(warehouse)),  # the flow also makes an artifact
    }
    return SimpleNamespace(**{name: _PlainTask(fn, pool) for name, fn in functions.items()})


def row(figure: str, measured: float, goal: str, detail: str = "") -> dict:
    """One table row: `goal` is '>= x' or '<= x'; `met` compares the measured ratio with it."""
    op, bound = goal.split()
    met = measured >= float(bound) if op == ">=" else measured <= float(bound)
    return {"figure": figure, "measured": round(float(measured), 3), "goal": goal, "met": bool(met), "detail": detail}
