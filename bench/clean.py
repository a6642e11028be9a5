"""Article-body extraction, ours against its peers: token precision, recall, F1 and pages/s on one core.

Run `python bench/clean.py [--limit N]`. Speed figures are printed, never asserted; on a shared
machine they are noisy, so compare rows from the same run only.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DATA = SHARED / "data" / "article-extraction"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

Extractor = Callable[[str, str], str]


def load_pages(limit: int | None = None, folder: Path = DATA) -> list[dict]:
    """The benchmark pages as dicts with `id`, `url`, `html` and the true `articleBody`."""
    truth = [json.loads(line) for line in (folder / "ground-truth.jsonl").read_text().splitlines() if line.strip()]
    pages = []
    for item in truth[:limit]:
        raw = gzip.decompress((folder / "html" / f"{item['id']}.html.gz").read_bytes())
        pages.append({**item, "html": raw.decode("utf-8", "replace")})
    return pages


def ours(html: str, url: str) -> str:
    """Our extractor, through the same entry point the pipeline uses."""
    from tasks.clean import article_text

    return article_text(html, url)


def trafilatura_default(html: str, url: str) -> str:
    """trafilatura with its default settings."""
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def trafilatura_precision(html: str, url: str) -> str:
    """trafilatura tuned for precision, otherwise default."""
    import trafilatura

    return trafilatura.extract(html, url=url, favor_precision=True) or ""


def readability_lxml(html: str, url: str) -> str:
    """readability-lxml's summary, its text nodes joined by newlines."""
    from lxml import html as lxml_html
    from readability import Document

    # html_partial=True scores higher (F1 .968 against .961 for the full-document summary): the stronger peer.
    summary = Document(html).summary(html_partial=True)
    if not summary.strip():
        return ""
    return "\n".join(part.strip() for part in lxml_html.fromstring(summary).itertext() if part.strip())


PEERS: dict[str, Extractor] = {
    "ours": ours,
    "trafilatura": trafilatura_default,
    "trafilatura favor_precision": trafilatura_precision,
    "readability-lxml": readability_lxml,
}


@contextmanager
def one_core() -> Iterator[None]:
    """Pin this process to a single CPU for the duration, so every extractor gets the same one core."""
    if not hasattr(os, "sched_getaffinity"):
        yield
        return
    before = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(before)})
    try:
        yield
    finally:
        os.sched_setaffinity(0, before)


def score_extractor(name: str, extractor: Extractor, pages: list[dict]) -> dict:
    """Run one extractor over every page: mean per-page token precision/recall/F1 and pages per second."""
    from tasks.clean import token_scores

    extractor(pages[0]["html"], pages[0]["url"])  # warm-up: imports and lazy caches stay out of the timing
    texts = []
    started = time.perf_counter()
    for page in pages:
        texts.append(extractor(page["html"], page["url"]))
    seconds = time.perf_counter() - started
    scores = [token_scores(text, page["articleBody"]) for text, page in zip(texts, pages)]
    count = len(pages)
    return {
        "name": name,
        "pages": count,
        "precision": round(sum(s[0] for s in scores) / count, 4),
        "recall": round(sum(s[1] for s in scores) / count, 4),
        "f1": round(sum(s[2] for s in scores) / count, 4),
        "seconds": round(seconds, 3),
        "pages_per_s": round(count / seconds, 1),
    }


def bench_clean_peers(limit: int | None = None) -> list[dict]:
    """Ours, trafilatura (default and favor_precision) and readability-lxml on the same pages, one core, one run."""
    if not DATA.is_dir():
        return [{"name": "skipped", "reason": f"{DATA} not found"}]
    pages = load_pages(limit)
    with one_core():
        rows = [score_extractor(name, extractor, pages) for name, extractor in PEERS.items()]
    by_name = {row["name"]: row for row in rows}
    reference = by_name["trafilatura"]["pages_per_s"]
    for row in rows:
        row["speed_vs_trafilatura"] = round(row["pages_per_s"] / reference, 2) if reference else None
    return rows


def main() -> None:
    """Print the peer comparison as a table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N pages")
    args = parser.parse_args()
    rows = bench_clean_peers(args.limit)
    if rows and rows[0]["name"] == "skipped":
        print(rows[0]["reason"])
        return
    print(f"{'extractor':30} {'P':>6} {'R':>6} {'F1':>6} {'pages/s':>8} {'x trafilatura':>14}")
    for row in rows:
        print(
            f"{row['name']:30} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f} "
            f"{row['pages_per_s']:8.1f} {row['speed_vs_trafilatura']:14.2f}"
        )
    print(f"({rows[0]['pages']} pages, one core; speed figures are noisy on a shared machine)")


if __name__ == "__main__":
    main()
