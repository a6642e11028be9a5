"""Synthetic warehouse in the landed layout: `python -m bench.synth_warehouse --articles N --incidents M --out DIR`."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tasks.land import PART_FILE, partition_dir  # noqa: E402
from tasks.schema import TABLES  # noqa: E402

# country, code, admin1, location, lat, lon, perpetrators (most active first); list order sets the skew.
PLACES = [
    ("Iraq", "IQ", "Diyala", "Baqubah", 33.75, 44.64, ["Islamic State", "Unknown"]),
    ("Nigeria", "NG", "Borno", "Maiduguri", 11.85, 13.16, ["Islamic State West Africa Province", "Boko Haram", "Unknown"]),
    ("Afghanistan", "AF", "Nangarhar", "Jalalabad", 34.43, 70.45, ["Islamic State Khorasan Province", "Unknown"]),
    ("Syria", "SY", "Deir ez-Zor", "Mayadin", 35.02, 40.45, ["Islamic State", "Unknown"]),
    ("Pakistan", "PK", "Khyber Pakhtunkhwa", "Bannu", 32.99, 70.60, ["Tehrik-i-Taliban Pakistan", "Balochistan Liberation Army", "Unknown"]),
    ("Somalia", "SO", "Banaadir", "Mogadishu", 2.04, 45.34, ["al-Shabaab", "Unknown"]),
    ("Mali", "ML", "Mopti", "Mopti", 14.49, -4.20, ["Jama'at Nusrat al-Islam wal-Muslimin", "Islamic State Sahel Province", "Unknown"]),
    ("Burkina Faso", "BF", "Sahel", "Djibo", 14.10, -1.63, ["Jama'at Nusrat al-Islam wal-Muslimin", "Unknown"]),
    ("Democratic Republic of the Congo", "CD", "North Kivu", "Beni", 0.49, 29.47, ["Allied Democratic Forces", "Unknown"]),
    ("India", "IN", "Jammu and Kashmir", "Srinagar", 34.08, 74.80, ["Unknown"]),
    ("Yemen", "YE", "Abyan", "Zinjibar", 13.13, 45.38, ["Islamic State Yemen Province", "Unknown"]),
    ("Philippines", "PH", "Maguindanao", "Datu Piang", 7.02, 124.50, ["Unknown"]),
    ("Niger", "NE", "Tillaberi", "Tillaberi", 14.21, 1.45, ["Islamic State Sahel Province", "Unknown"]),
    ("Mozambique", "MZ", "Cabo Delgado", "Mocimboa da Praia", -11.35, 40.35, ["Islamic State", "Unknown"]),
    ("Cameroon", "CM", "Far North", "Mora", 11.05, 14.14, ["Boko Haram", "Unknown"]),
    ("Egypt", "EG", "North Sinai", "El Arish", 31.13, 33.80, ["Islamic State", "Unknown"]),
    ("Colombia", "CO", "Cauca", "Popayan", 2.44, -76.61, ["Unknown"]),
    ("Kenya", "KE", "Lamu", "Lamu", -2.27, 40.90, ["al-Shabaab", "Unknown"]),
    ("Libya", "LY", "Sirte", "Sirte", 31.21, 16.59, ["Islamic State", "Unknown"]),
    ("Thailand", "TH", "Narathiwat", "Narathiwat", 6.43, 101.82, ["Unknown"]),
]
ATTACKS = [  # attack type, weapons, typical targets
    ("armed_assault", ["firearms"], ["civilians", "military", "police"]),
    ("bombing_explosion", ["explosives"], ["civilians", "transport", "military", "religious"]),
    ("kidnapping", ["firearms"], ["civilians", "government", "journalists"]),
    ("airstrike_shelling", ["explosives"], ["civilians", "military"]),
    ("facility_attack", ["incendiary"], ["infrastructure", "educational", "government"]),
    ("assassination", ["firearms"], ["government", "police"]),
    ("clash", ["firearms", "explosives"], ["military"]),
    ("hijacking", ["firearms"], ["transport"]),
]
FLAGS = ["stale_date", "outside_country", "excess_perpetrators_killed", "future_date", "satire"]
WORDS = ("gunmen attacked a checkpoint near the market killing several people and wounding others while officials said "
         "the militants fled toward the border after security forces arrived police sources confirmed the toll "
         "residents described heavy gunfire through the night a spokesman claimed responsibility").split()
SOURCES = [f"source-{n:02d}" for n in range(50)]
HOSTS = [f"news{n:02d}.example.org" for n in range(50)]
AUTHORS = [f"Reporter {n}" for n in range(300)] + [None]
US_PER_DAY = 86_400_000_000


def zipf(n: int, skew: float = 1.1) -> np.ndarray:
    """Probabilities of n categories, the first the most likely."""
    weights = 1.0 / np.arange(1, n + 1) ** skew
    return weights / weights.sum()


def sentences(rng: np.random.Generator, n: int) -> pa.Array:
    """A pool of n synthetic sentences of 8 to 30 words."""
    return pa.array([" ".join(rng.choice(WORDS, rng.integers(8, 31))).capitalize() + "." for _ in range(n)])


def texts(pool: pa.Array, rng: np.random.Generator, n: int, parts: int) -> pa.Array:
    """n texts, each `parts` sentences drawn from the pool, so files compress like varied prose."""
    picks = [pool.take(pa.array(rng.integers(0, len(pool), n))) for _ in range(parts)]
    return pc.binary_join_element_wise(*picks, " ")


def ids(prefix: str, start: int, n: int, width: int = 20) -> pa.Array:
    """n distinct ids: a prefix and a zero-padded sequence number, `width` characters in all."""
    seq = pc.cast(pa.array(np.arange(start, start + n)), pa.string())
    return pc.binary_join_element_wise(pa.scalar(prefix), pc.utf8_lpad(seq, width - len(prefix), "0"), "")


def stamps(day: date, offsets_us: np.ndarray) -> pa.Array:
    """UTC timestamps: midnight of `day` plus offsets in microseconds."""
    base = int(datetime(day.year, day.month, day.day, tzinfo=timezone.utc).timestamp() * 1_000_000)
    return pa.array(base + offsets_us, pa.timestamp("us", tz="UTC"))


def write(out: Path, table: str, day: date, columns: dict, name: str = PART_FILE) -> int:
    """Write one partition file in the table's declared schema (missing columns null), as land.py does."""
    schema = TABLES[table][1]
    n = len(next(iter(columns.values())))
    arrays = [columns[f.name] if f.name in columns else pa.nulls(n, f.type) for f in schema]
    arrays = [a if isinstance(a, (pa.Array, pa.ChunkedArray)) else pa.array(a, f.type) for a, f in zip(arrays, schema)]
    path = partition_dir(out, table, day) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_arrays([a.cast(f.type) for a, f in zip(arrays, schema)], schema=schema), path, compression="zstd")
    return n


def split_counts(total: int, days: int, rng: np.random.Generator) -> np.ndarray:
    """Per-day counts summing to total, with weekly and random variation."""
    weights = (1.0 + 0.25 * (np.arange(days) % 7 < 5)) * rng.uniform(0.8, 1.2, days)
    counts = np.floor(weights / weights.sum() * total).astype(np.int64)
    counts[: total - counts.sum()] += 1
    return counts


def incident_columns(rng: np.random.Generator, n: int, day: date, pool: pa.Array) -> dict:
    """Incident fields for n incidents of one event day, with skewed countries, actors and attack types."""
    place = rng.choice(len(PLACES), n, p=zipf(len(PLACES)))
    attack = rng.choice(len(ATTACKS), n, p=zipf(len(ATTACKS), 1.3))
    perps = [PLACES[p][6] for p in place]
    perp = [ps[min(int(rng.geometric(0.55)) - 1, len(ps) - 1)] for ps in perps]
    killed = np.where(rng.random(n) < 0.15, -1, rng.negative_binomial(1, 0.25, n))  # -1: unknown
    wounded = np.where(rng.random(n) < 0.35, -1, rng.negative_binomial(1, 0.15, n))
    flagged = rng.random(n) < 0.02
    col = lambda i: [PLACES[p][i] for p in place]  # noqa: E731
    nullable = lambda a: pa.array(np.where(a < 0, 0, a), pa.int64(), mask=a < 0)  # noqa: E731
    return {
        "event_date": pa.array([day] * n, pa.date32()),
        "date_text": pa.array(rng.choice(["on Monday", "on Sunday night", "yesterday", "early on Friday"], n)),
        "country": pa.array(col(0)), "country_code": pa.array(col(1)), "admin1": pa.array(col(2)),
        "location": pa.array([loc if keep else None for loc, keep in zip(col(3), rng.random(n) < 0.9)]),
        "latitude": pa.array(np.array(col(4)) + rng.normal(0, 0.3, n)),
        "longitude": pa.array(np.array(col(5)) + rng.normal(0, 0.3, n)),
        "geo_precision": pa.array(rng.choice(["place", "admin1"], n, p=[0.9, 0.1])),
        "perpetrator": pa.array(perp), "claimed": pa.array(rng.random(n) < 0.2), "suspected": pa.array(rng.random(n) < 0.4),
        "attack_type": pa.array([ATTACKS[a][0] for a in attack]), "suicide": pa.array(rng.random(n) < 0.05),
        "target_type": pa.array([ATTACKS[a][2][int(rng.integers(len(ATTACKS[a][2])))] for a in attack]),
        "weapons": pa.array([ATTACKS[a][1] for a in attack], pa.list_(pa.string())),
        "killed": nullable(killed), "killed_low": nullable(killed), "killed_high": nullable(killed),
        "wounded": nullable(wounded), "wounded_low": nullable(wounded), "wounded_high": nullable(wounded),
        "perpetrators_killed": nullable(np.where(rng.random(n) < 0.9, -1, rng.integers(0, 6, n))),
        "kidnapped": nullable(np.where(attack == 2, rng.integers(1, 30, n), -1)),
        "evidence": pc.binary_join_element_wise(pa.scalar('{"killed": "'), texts(pool, rng, n, 1), pa.scalar('"}'), ""),
        "confidence": pa.array(np.round(np.where(flagged, 0.5, rng.uniform(0.7, 1.0, n)), 2)),
        "flags": pa.array([[FLAGS[int(rng.choice(len(FLAGS), p=zipf(len(FLAGS))))]] if f else [] for f in flagged],
                          pa.list_(pa.string())),
    }


def generate(out: Path, articles: int, incidents: int, days: int = 1096, first_day: date = date(2023, 1, 1), seed: int = 7) -> dict:
    """Write the six tables day by day (bounded memory); return row counts."""
    rng = np.random.default_rng(seed)
    if out.exists():
        shutil.rmtree(out)
    pool = sentences(rng, 2000)
    titles = sentences(rng, 5000)
    per_day_articles = split_counts(articles, days, rng)
    per_day_incidents = split_counts(incidents, days, rng)
    pending: dict[int, list[pa.Table]] = {}  # article day -> incident rows whose reports land that day
    counts = dict.fromkeys(TABLES, 0)
    for d in range(days):
        day = first_day + timedelta(days=d)
        run_id = str(uuid.UUID(int=int(rng.integers(0, 2**63)) << 64 | d))
        n_inc = int(per_day_incidents[d])
        inc = incident_columns(rng, n_inc, day, pool)
        inc_ids = ids(f"i{d:04d}", 0, n_inc)
        # Each incident is reported by 1+ articles on its day or the next two; the mentions copy its fields.
        reports = np.minimum(rng.geometric(0.45, n_inc), 12)
        owner = np.repeat(np.arange(n_inc), reports)
        lag = rng.choice(3, len(owner), p=[0.7, 0.2, 0.1])
        lag[np.r_[0, np.cumsum(reports)[:-1]]] = 0  # the first report comes out on the event day
        lag = np.minimum(lag, days - 1 - d)
        report_us = rng.integers(0, US_PER_DAY, len(owner)) + lag * US_PER_DAY
        source_idx = rng.choice(len(SOURCES), len(owner), p=zipf(len(SOURCES), 0.8))
        reported = stamps(day, report_us)
        order = np.lexsort((report_us, owner))
        first_us = np.minimum.reduceat(report_us[order], np.r_[0, np.cumsum(reports)[:-1]])
        last_us = np.maximum.reduceat(report_us[order], np.r_[0, np.cumsum(reports)[:-1]])
        n_sources = [len(set(s)) for s in np.split(source_idx[order], np.cumsum(reports)[:-1])]
        counts["incidents"] += write(out, "incidents", day, {
            "incident_id": inc_ids, **inc, "n_articles": pa.array(reports, pa.int32()),
            "n_sources": pa.array(n_sources, pa.int32()), "first_reported_at": stamps(day, first_us),
            "last_reported_at": stamps(day, last_us), "run_id": pa.array([run_id] * n_inc)})
        base = pa.table({"incident_id": inc_ids, **inc}).take(pa.array(owner))
        base = base.append_column("published_at", reported).append_column("source", pa.array([SOURCES[s] for s in source_idx]))
        for k in range(3):
            pending.setdefault(d + k, []).append(base.filter(pa.array(lag == k)))
        counts["articles"] += land_articles(out, rng, day, d, int(per_day_articles[d]), run_id, pool, titles, pending.pop(d), counts)
        land_run(out, rng, day, run_id, counts)
    return counts


def land_articles(out: Path, rng, day: date, d: int, n: int, run_id: str, pool, titles, reports: list[pa.Table], counts: dict) -> int:
    """One day's articles, and the mentions and incident links of the reports published that day."""
    article_ids = ids(f"a{d:04d}", 0, n)
    host = rng.choice(len(HOSTS), n, p=zipf(len(HOSTS), 0.8))
    title = titles.take(pa.array(rng.integers(0, len(titles), n)))
    slug = pc.utf8_lower(pc.replace_substring(pc.utf8_slice_codeunits(title, 0, 60), " ", "-"))
    urls = pc.binary_join_element_wise(pa.array([f"https://{HOSTS[h]}/{day:%Y/%m/%d}/" for h in host]), slug,
                                       pc.cast(pa.array(np.arange(n)), pa.string()), pa.scalar(".html"), "")
    published_us = rng.integers(0, US_PER_DAY, n)
    dup = rng.random(n) < 0.08
    dup_of = article_ids.take(pa.array(rng.integers(0, n, n)))
    write(out, "articles", day, {
        "id": article_ids, "url": urls, "canonical_url": urls, "source": pa.array([SOURCES[h] for h in host]),
        "title": title, "published_at": stamps(day, published_us),
        "fetched_at": stamps(day, published_us + rng.integers(60_000_000, 7_200_000_000, n)),
        "language": pa.array(rng.choice(["en", "fr", "ar"], n, p=[0.9, 0.06, 0.04])),
        "author": pa.array([AUTHORS[i] for i in rng.integers(0, len(AUTHORS), n)]),
        "body_text": texts(pool, rng, n, 4), "content_hash": ids("", int(rng.integers(0, 10**12)), n, 32),
        "duplicate_of": pc.if_else(pa.array(dup), dup_of, pa.nulls(n, pa.string())), "run_id": pa.array([run_id] * n)})
    links = pa.concat_tables(reports)
    m = min(len(links), n)
    links = links.slice(0, m)
    which = pa.array(np.sort(rng.choice(n, m, replace=False)))  # reporting articles, each with mention 0
    links = links.append_column("article_id", article_ids.take(which)).append_column("url", urls.take(which))
    extra = {"mention_index": pa.array(np.zeros(m, np.int32)), "article_date": pa.array([day] * m, pa.date32()),
             "run_id": pa.array([run_id] * m)}
    columns = {**{name: links[name] for name in links.column_names}, **extra}
    if m:
        counts["incident_articles"] += write(out, "incident_articles", day, columns)
        counts["mentions"] += write(out, "mentions", day, {k: v for k, v in columns.items() if k != "incident_id"})
    return n


def land_run(out: Path, rng, day: date, run_id: str, counts: dict) -> None:
    """The day's run row and a few fetch failures, one file per run as append_rows names it."""
    started = datetime(day.year, day.month, day.day, 1, tzinfo=timezone.utc)
    n_fail = int(rng.poisson(40))
    kinds = rng.choice(["timeout", "reset", "http_5xx", "http_4xx", "circuit_open"], n_fail, p=zipf(5))
    n_fail = max(n_fail, 1)  # append_rows never writes an empty file
    counts["fetch_failures"] += write(out, "fetch_failures", day, {
        "run_id": [run_id] * n_fail, "source": [SOURCES[i] for i in rng.integers(0, 50, n_fail)],
        "url": [f"https://{HOSTS[i]}/{day}/failed-{j}.html" for j, i in enumerate(rng.integers(0, 50, n_fail))],
        "stage": ["fetch"] * n_fail, "kind": list(kinds), "attempts": rng.integers(0, 4, n_fail).tolist(),
        "status": [503 if k == "http_5xx" else None for k in kinds], "error": [f"{k} while fetching" for k in kinds],
        "at": [started + timedelta(minutes=int(i)) for i in rng.integers(0, 60, n_fail)]}, f"{run_id}.parquet")
    by_kind = {str(k): int(v) for k, v in zip(*np.unique(kinds, return_counts=True))}
    counts["runs"] += write(out, "runs", day, {
        "run_id": [run_id], "flow": ["daily"], "parameters": [json.dumps({"date": str(day), "sources": "all"})],
        "started_at": [started], "finished_at": [started + timedelta(seconds=int(rng.integers(600, 3600)))],
        "status": ["completed"], "discovered": [0], "fetched": [0], "from_archive": [0], "not_modified": [0],
        "failed": [n_fail], "cleaned": [0], "duplicates": [0], "mentions": [0], "incidents": [0],
        "failures_by_kind": [json.dumps(by_kind, sort_keys=True)]}, f"{run_id}.parquet")


def disk_bytes(folder: Path) -> int:
    """Bytes of the files under a folder."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> None:
    """Generate a synthetic warehouse and print its row counts, time and size."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000_000)
    parser.add_argument("--incidents", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=1096, help="daily partitions (about three years)")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    started = time.perf_counter()
    counts = generate(args.out, args.articles, args.incidents, args.days)
    seconds = time.perf_counter() - started
    print(json.dumps({"rows": counts, "seconds": round(seconds, 1), "disk_MiB": round(disk_bytes(args.out) / 2**20, 1)}))


if __name__ == "__main__":
    main()
