"""Dedup benchmark: synthetic news days (about 30% near-copies) through mark_duplicates like the pipeline.

    .venv/bin/python bench/dedup.py [--n 100000] [--per-day 2000]

Prints seconds, articles per second and peak memory at 10k articles and at --n (each size in a fresh
process), the synthetic copies found, and the scores on gold/dedup_pairs.jsonl. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import random
import re
import resource
import sys
import time
from collections import defaultdict, deque
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tasks.clean import Article, content_hash  # noqa: E402
from tasks.dedup import mark_duplicates, unique_by_id  # noqa: E402

LOOKBACK_DAYS = 7  # as incidentwire.pipeline.DEDUP_LOOKBACK_DAYS
COPY_SHARE, UPDATE_SHARE = 0.30, 0.03
OUTLETS = 40
PLACES = ["Diyala", "Kirkuk", "Bannu", "Quetta", "Maiduguri", "Gusau", "Beni", "Bunia", "Pemba", "Mopti", "Djibo",
          "Tillaberi", "Mogadishu", "Baidoa", "Mandera", "Arauca", "Cauca", "Culiacan", "Sukma", "Bijapur", "Kathua",
          "Narathiwat", "Sagaing", "Abyan", "Deir al-Zour", "Raqqa", "Kunduz", "Nangarhar", "Zamfara", "Borno"]
GROUPS = ["Islamic State", "al-Shabaab", "the Pakistani Taliban", "bandits", "ADF rebels", "JNIM", "ISWAP", "the ELN",
          "Maoist rebels", "separatist fighters", "gunmen", "a militia", "AQAP", "the BLA", "CODECO militiamen"]
TARGETS = ["an army patrol", "a police station", "a village market", "a checkpoint", "a bus", "a mosque", "a school",
           "a military base", "a convoy", "a camp for displaced people", "a church", "a farming village"]
CLAIMS = ["no group has claimed", "residents blamed on rebels", "the army called a massacre"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FURNITURE = ["Reporting by Amina Yusuf; Editing by Tom Hallett", "Advertisement", "Read more: Gunmen kill 9 in raid",
             "Follow us on X for the latest news.", "— With inputs from IW", "Photo: IW / File"]
SYNONYMS = [("said", "told reporters"), ("attack", "assault"), ("killed", "left dead"), ("officials", "authorities"),
            ("wounded", "injured"), ("area", "region"), ("troops", "soldiers"), ("village", "hamlet")]


def markov_model(texts: list[str]) -> dict[tuple[str, str], list[str]]:
    """Second-order word chain over our own gold articles, for realistic-looking filler text."""
    chain: dict[tuple[str, str], list[str]] = defaultdict(list)
    for text in texts:
        words = text.split()
        for first, second, third in zip(words, words[1:], words[2:]):
            chain[(first, second)].append(third)
    return dict(chain)


def paragraph_pool(chain: dict, size: int, rng: random.Random) -> list[str]:
    """`size` generated paragraphs of 30 to 70 words, each ending at a full stop."""
    starts = [key for key in chain if key[0][:1].isupper() and key[0][-1:] not in ".,"]
    pool = []
    for _ in range(size):
        first, second = rng.choice(starts)
        words = [first, second]
        while len(words) < 70 and not (len(words) > 30 and words[-1].endswith(".")):
            followers = chain.get((words[-2], words[-1]))
            if not followers:
                break
            words.append(rng.choice(followers))
        pool.append(" ".join(words))
    return pool


def original_text(pool: list[str], rng: random.Random) -> str:
    """A new story: a lead of its own and three to five paragraphs with names and figures varied."""
    killed, wounded = rng.randint(1, 60), rng.randint(0, 80)
    lead = (f"{rng.choice(PLACES).upper()} (IW) – {rng.choice(GROUPS).capitalize()} attacked {rng.choice(TARGETS)} "
            f"near {rng.choice(PLACES)} on {rng.choice(WEEKDAYS)}, killing {killed} people and wounding {wounded}, "
            f"officials said, in an attack that {rng.choice(CLAIMS)}.")
    body = []
    for paragraph in rng.sample(pool, rng.randint(3, 5)):
        paragraph = re.sub(r"\b[A-Z][a-z]{3,}\b", lambda m: rng.choice(PLACES) if rng.random() < 0.3 else m[0], paragraph)
        body.append(re.sub(r"\b\d+\b", lambda _: str(rng.randint(2, 99)), paragraph))
    return "\n\n".join([lead] + body)


def copy_text(text: str, rng: random.Random) -> str:
    """Another outlet's copy: one to three edits of furniture, paragraphs and wording."""
    parts = text.split("\n\n")
    for _ in range(rng.randint(1, 3)):
        edit = rng.choice(["furniture", "trim", "swap", "words", "typo"])
        if edit == "furniture":
            parts.insert(rng.randint(1, len(parts)), rng.choice(FURNITURE))
        elif edit == "trim" and len(parts) > 3:
            parts.pop()
        elif edit == "swap" and len(parts) > 3:
            i = rng.randint(1, len(parts) - 2)
            parts[i], parts[i + 1] = parts[i + 1], parts[i]
        elif edit == "words":
            old, new = rng.choice(SYNONYMS)
            parts = [part.replace(f" {old} ", f" {new} ", 1) for part in parts]
        else:
            i = rng.randrange(len(parts))
            parts[i] = re.sub(r"\b([a-z]{2})([a-z])([a-z])([a-z]{2,})\b", r"\1\3\2\4", parts[i], count=1)
    return "\n\n".join(parts)


def update_text(text: str, rng: random.Random) -> str:
    """The story re-issued with a revised toll (new facts, not a copy)."""
    def revised(match: re.Match) -> str:
        killed, wounded = int(match.group(1)) + rng.randint(2, 60), int(match.group(2)) + rng.randint(1, 60)
        return f"killing {killed} people and wounding {wounded}"

    return re.sub(r"killing (\d+) people and wounding (\d+)", revised, text, count=1)


def make_article(text: str, outlet: int, serial: int, when: datetime) -> Article:
    """An Article as the clean stage would build it."""
    url = f"https://news{outlet}.example/{when:%Y/%m/%d}/story-{serial}"
    return Article(hashlib.sha256(url.encode()).hexdigest()[:20], url, url, f"outlet{outlet}", None, when, when, "en",
                   None, text, content_hash(text), when.date())


def synthetic_day(day: datetime, count: int, window: list[Article], pool: list[str], serial: int,
                  roots: dict[str, str], rng: random.Random) -> tuple[list[Article], dict[str, str | None]]:
    """One day's articles and, for each, the id of the original it copies (None: original or update).

    `roots` maps every article made so far to the original its text comes from (its own id for originals).
    """
    articles, copies_of = [], {}
    todays_originals: list[Article] = []
    for i in range(count):
        when = day + timedelta(seconds=int(86_399 * i / count))
        roll = rng.random()
        sources = todays_originals if rng.random() < 0.6 and todays_originals else window or todays_originals
        if roll < COPY_SHARE + UPDATE_SHARE and sources:
            source = rng.choice(sources)
            is_copy = roll < COPY_SHARE
            text = copy_text(source.body_text, rng) if is_copy else update_text(source.body_text, rng)
            article = make_article(text, rng.randrange(OUTLETS), serial + i, when)
            copies_of[article.article_id] = roots[source.article_id] if is_copy else None
        else:
            article = make_article(original_text(pool, rng), rng.randrange(OUTLETS), serial + i, when)
            copies_of[article.article_id] = None
            todays_originals.append(article)
        roots[article.article_id] = copies_of[article.article_id] or article.article_id
        articles.append(article)
    return articles, copies_of


def bench_dedup(n_articles: int, per_day: int = 2000, seed: int = 11) -> dict:
    """Synthesise n articles day by day, mark copies like the pipeline (7-day lookback) and time it."""
    rng = random.Random(seed)
    texts = [json.loads(line)["text"] for line in (REPO / "gold" / "dev.jsonl").read_text().splitlines()]
    started = time.perf_counter()
    pool = paragraph_pool(markov_model(texts), max(3000, n_articles // 3), rng)
    synthesis = time.perf_counter() - started
    days: deque[list[Article]] = deque(maxlen=LOOKBACK_DAYS)
    counts = {"copies": 0, "found": 0, "right_original": 0, "marked_not_copies": 0}
    dedup_seconds, done, first_day, roots = 0.0, 0, datetime(2026, 1, 1, tzinfo=timezone.utc), {}
    last_chunk = max(0, n_articles - 10_000)  # the last 10k articles: throughput once the lookback is full
    last_chunk_seconds = 0.0
    while done < n_articles:
        day = first_day + timedelta(days=done // per_day)
        window = [article for past in days for article in past]
        synth_started = time.perf_counter()
        new, copies_of = synthetic_day(day, min(per_day, n_articles - done), window, pool, done, roots, rng)
        synthesis += time.perf_counter() - synth_started
        dedup_started = time.perf_counter()
        marked = mark_duplicates(unique_by_id(new), window)
        dedup_seconds += time.perf_counter() - dedup_started
        if done >= last_chunk:
            last_chunk_seconds += time.perf_counter() - dedup_started
        for article in marked:
            truth = copies_of[article.article_id]
            counts["copies"] += truth is not None
            counts["found"] += truth is not None and article.duplicate_of is not None
            counts["right_original"] += truth is not None and article.duplicate_of == truth
            counts["marked_not_copies"] += truth is None and article.duplicate_of is not None
        days.append(marked)
        done += len(new)
    days = -(-done // per_day)
    return {
        "articles": done,
        "days": days,
        "dedup_seconds": round(dedup_seconds, 1),
        "articles_per_s": round(done / dedup_seconds),
        "last_10k_articles_per_s": round(min(done, 10_000) / last_chunk_seconds),
        "mean_prior_per_day": round(sum(min(day, LOOKBACK_DAYS) for day in range(days)) * per_day / days),
        "synthesis_seconds": round(synthesis, 1),
        "synthetic_copies": counts["copies"],
        "copies_found": round(counts["found"] / max(counts["copies"], 1), 4),
        "found_with_right_original": round(counts["right_original"] / max(counts["copies"], 1), 4),
        "non_copies_marked": counts["marked_not_copies"],
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def _run(args: tuple[int, int]) -> dict:
    return bench_dedup(*args)


def main() -> None:
    """Run 10k and --n articles in fresh processes, then score the labelled pairs."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000, help="articles in the large run")
    parser.add_argument("--per-day", type=int, default=2000, help="articles per daily batch")
    args = parser.parse_args()
    context = multiprocessing.get_context("spawn")
    for size in sorted({min(10_000, args.n), args.n}):
        with context.Pool(1) as worker:
            figures = worker.apply(_run, ((size, args.per_day),))
        shown = ", ".join(f"{key} {value}" for key, value in figures.items() if key != "articles")
        print(f"{size:>7} articles: {shown}")
    from tasks.dedup_eval import evaluate_pairs, load_pairs

    started = time.perf_counter()
    scores = evaluate_pairs(load_pairs())
    print(f"labelled pairs ({scores['pairs']}): precision {scores['precision']}, recall {scores['recall']}, "
          f"f1 {scores['f1']} ({time.perf_counter() - started:.1f} s)")
    for kind, figures in scores["by_kind"].items():
        if figures["wrong"]:
            print(f"  {kind}: wrong {', '.join(figures['wrong'])}")


if __name__ == "__main__":
    main()
