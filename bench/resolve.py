"""Benchmark the resolve stage on synthetic mentions: `python bench/resolve.py` times 10k and 100k.

`python bench/resolve.py window 30 90`: the last day of 30 (90) days of landed history at 5k mentions a
day, resolved in full and windowed (incidentwire/resolve_window.py), time and peak RSS of each.

The mentions imitate a year of wire and local reports: countries of very different volume, each with
provinces and towns (with coordinates), about 30% of incidents reported by 2-5 articles published
over 0-3 days, some reports naming only the province, an unnamed perpetrator or a coarser attack
type, a few with no event date. Nothing here asserts a time.
"""

from __future__ import annotations

import random
import resource
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tasks.resolve import resolve  # noqa: E402

COUNTRIES = 40
COUNTRY_WEIGHT_DECAY = 0.9  # the n-th busiest country reports 0.9^n as much as the busiest
ADMIN1_PER_COUNTRY = 15
TOWNS_PER_ADMIN1 = 12
DAYS = 365
MULTI_REPORT_SHARE = 0.3
PERPETRATORS = ["Islamic State", "al-Shabaab", "Boko Haram", "Taliban", "Tehrik-i-Taliban Pakistan", "M23", "Unknown"]
# (specific type, what a vaguer report calls it)
ATTACK_TYPES = [
    ("armed_assault", "armed_assault"), ("bombing_explosion", "bombing_explosion"), ("kidnapping", "armed_assault"),
    ("facility_attack", "armed_assault"), ("airstrike_shelling", "bombing_explosion"), ("assassination", "armed_assault"),
    ("clash", "armed_assault"),
]
TARGETS = ["military", "police", "civilians", "government", "religious", "transport"]
FIRST_DAY = date(2025, 1, 1)


def synthetic_mentions(n_mentions: int, seed: int = 7, days: int = DAYS) -> list[dict]:
    """n mentions of incidents spread over countries, provinces, towns and `days` days (a year)."""
    rng = random.Random(seed)
    geography = _geography(rng)
    weights = [COUNTRY_WEIGHT_DECAY**rank for rank in range(COUNTRIES)]
    mentions: list[dict] = []
    incident = 0
    while len(mentions) < n_mentions:
        incident += 1
        country = rng.choices(range(COUNTRIES), weights)[0]
        admin1 = rng.randrange(ADMIN1_PER_COUNTRY)
        town, latitude, longitude = rng.choice(geography[country][admin1])
        event_day = FIRST_DAY + timedelta(days=rng.randrange(days))
        perpetrator = rng.choice(PERPETRATORS)
        specific, vague = rng.choice(ATTACK_TYPES)
        target = rng.choice(TARGETS)
        killed = rng.choice([0, 1, 2, 3, 5, 8, 12, 20])
        reports = rng.randint(2, 5) if rng.random() < MULTI_REPORT_SHARE else 1
        for report in range(min(reports, n_mentions - len(mentions))):
            published = datetime.combine(event_day, datetime.min.time(), timezone.utc) + timedelta(
                hours=rng.randrange(6, 24 * (1 + min(report, 3)))
            )
            only_admin1 = report > 0 and rng.random() < 0.3
            mentions.append({
                "article_id": f"a{incident}-{report}",
                "mention_index": 0,
                "source": f"outlet{rng.randrange(25)}",
                "published_at": published,
                "article_date": published.date(),
                "event_date": None if rng.random() < 0.08 else event_day,
                "country_code": f"C{country}",
                "country": f"Country {country}",
                "admin1": f"Province {country}-{admin1}",
                "location": None if only_admin1 else town,
                "geo_precision": "admin1" if only_admin1 else "place",
                "latitude": None if only_admin1 else latitude,
                "longitude": None if only_admin1 else longitude,
                "perpetrator": "Unknown" if report > 0 and rng.random() < 0.3 else perpetrator,
                "attack_type": vague if report > 0 and rng.random() < 0.3 else specific,
                "target_type": target,
                "weapons": ["firearms"],
                "killed": killed + (report if killed and rng.random() < 0.3 else 0),
                "killed_low": killed,
                "killed_high": None,
                "wounded": None,
                "evidence": {"killed": f"{killed} killed"},
                "confidence": 0.7,
            })
    return mentions


def bench_resolve(n_mentions: int) -> dict:
    """Time resolve over n synthetic mentions (one core), with the process's peak RSS afterwards."""
    mentions = synthetic_mentions(n_mentions)
    started = time.perf_counter()
    incidents, _ = resolve(mentions)
    seconds = time.perf_counter() - started
    return {
        "mentions": n_mentions,
        "incidents": len(incidents),
        "synthesised_incidents": len({m["article_id"].split("-")[0] for m in mentions}),
        "seconds": round(seconds, 2),
        "mentions_per_s": round(n_mentions / seconds),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def bench_window(days: int, per_day: int = 5_000) -> list[dict]:
    """Resolve the last day of `days` days of landed history, full and windowed, each in a fresh process."""
    import json
    import shutil
    import subprocess
    import tempfile

    from incidentwire.resolve_window import resolve_warehouse
    from tasks import land

    last = FIRST_DAY + timedelta(days=days - 1)
    mentions = [m for m in synthetic_mentions(days * per_day, days=days) if m["article_date"] <= last]
    root = Path(tempfile.mkdtemp(prefix="resolve-window-"))
    for day in sorted({m["article_date"] for m in mentions}):
        if day == last:
            resolve_warehouse(root / "base", 1)  # history resolved up to the day before the last
        rows = [m for m in mentions if m["article_date"] == day]
        land.replace_partition(root / "base", "mentions", day, rows, sort_by=("article_id", "mention_index"))
    figures = []
    for mode in ("full", "windowed"):
        shutil.copytree(root / "base", root / mode)
        out = subprocess.run([sys.executable, __file__, "measure", mode, str(root / mode), str(last)],
                             check=True, capture_output=True, text=True).stdout
        figures.append({"history_days": days, "mentions": len(mentions), **json.loads(out)})
    tables = [{p.relative_to(root / mode): p.read_bytes() for t in ("incidents", "incident_articles")
               for p in (root / mode / t).rglob("*.parquet")} for mode in ("full", "windowed")]
    figures[-1]["same_tables_as_full"] = tables[0] == tables[1]
    shutil.rmtree(root)
    return figures


def _measure(mode: str, warehouse: str, last: str) -> None:
    """Child process: one timed resolve of the warehouse and its peak RSS, as JSON."""
    import json

    from incidentwire.resolve_window import resolve_warehouse

    started = time.perf_counter()
    result = resolve_warehouse(Path(warehouse), 1, None if mode == "full" else [date.fromisoformat(last)])
    print(json.dumps({
        "mode": mode, "seconds": round(time.perf_counter() - started, 2), "incidents": result["incidents"],
        "loaded_mentions": result.get("loaded_mentions"), "peak_rss_mb": _peak_rss_mb(),
    }))


def _peak_rss_mb() -> float:
    """This process's peak RSS since exec (VmHWM; ru_maxrss would carry the forking parent's over exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _geography(rng: random.Random) -> list[list[list[tuple[str, float, float]]]]:
    """country -> admin1 -> towns (name, latitude, longitude), towns of an admin1 within about 1.5 degrees."""
    countries = []
    for country in range(COUNTRIES):
        base_lat, base_lon = rng.uniform(-30, 45), rng.uniform(-80, 120)
        provinces = []
        for admin1 in range(ADMIN1_PER_COUNTRY):
            lat, lon = base_lat + (admin1 // 4) * 1.5, base_lon + (admin1 % 4) * 1.5
            towns = [(f"Town {country}-{admin1}-{t}", lat + rng.uniform(0, 1.5), lon + rng.uniform(0, 1.5)) for t in range(TOWNS_PER_ADMIN1)]
            provinces.append(towns)
        countries.append(provinces)
    return countries


def main() -> None:
    """Print the 10k and 100k timings, their ratio (10 is linear) and peak RSS; `window D...`: full vs windowed per D days."""
    if sys.argv[1:2] == ["measure"]:
        return _measure(*sys.argv[2:5])
    if sys.argv[1:2] == ["window"]:
        for days in map(int, sys.argv[2:] or ["30", "90"]):
            for figures in bench_window(days):
                print("resolve window", figures, flush=True)
        return
    small = bench_resolve(10_000)
    print("resolve 10k ", small, flush=True)
    large = bench_resolve(100_000)
    print("resolve 100k", large)
    print(f"time ratio 100k/10k: {large['seconds'] / small['seconds']:.1f} (linear = 10)")


if __name__ == "__main__":
    main()
