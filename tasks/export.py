"""The `export` command: the incidents of a period as ACLED-style CSV, GTD-style CSV, GeoJSON or Parquet.

One row (or feature) per resolved incident. The period filters on the incident's date partition: the event
date, or the first report's date when the event date is unknown. Mappings are named data in
tasks/export_mappings.py; the README gives them as tables.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

import pycountry

from tasks import land, storage
from tasks import export_mappings as m
from tasks.regions import acled_region, gtd_region

FORMATS = ("acled-csv", "gtd-csv", "geojson", "parquet")
FIRST_DAY, LAST_DAY = date(1, 1, 1), date(9999, 12, 31)


@dataclass
class ExportResult:
    """What an export wrote: incidents written and incidents skipped (GeoJSON: no coordinates)."""

    written: int
    skipped: int = 0


def parse_day(value: str | None, option: str) -> date | None:
    """A YYYY-MM-DD option value as a date, or a one-line error naming the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{option} wants a date as YYYY-MM-DD, got {value!r}") from None


def load_incidents(warehouse: Path, start: date | None = None, end: date | None = None) -> list[dict]:
    """The incidents whose date falls in [start, end], with their sources and article URLs, by date then id."""
    if not (storage.is_remote(warehouse) or (Path(warehouse) / "incidents").is_dir()):  # S3: land checks the bucket
        raise FileNotFoundError(f"no incidents table under {warehouse} (run `incidentwire run` first)")
    connection = land.connect(warehouse)
    try:
        cursor = connection.execute(
            """WITH chosen AS (SELECT * FROM incidents WHERE date BETWEEN $start AND $end),
               links AS (SELECT incident_id, list(DISTINCT source ORDER BY source) AS sources,
                                list(DISTINCT url ORDER BY url) AS urls
                           FROM incident_articles WHERE incident_id IN (SELECT incident_id FROM chosen) GROUP BY 1)
               SELECT c.*, coalesce(l.sources, []) AS sources, coalesce(l.urls, []) AS urls
               FROM chosen c LEFT JOIN links l USING (incident_id) ORDER BY c.date, c.incident_id""",
            {"start": start or FIRST_DAY, "end": end or LAST_DAY},
        )
        columns = [column[0] for column in cursor.description]
        return [dict(zip(columns, row)) for row in cursor.fetchall()]
    finally:
        connection.close()


def acled_row(incident: dict) -> dict:
    """One incident in ACLED's column layout."""
    country, code = incident["country"] or "", incident["country_code"]
    attack, target = incident["attack_type"] or "unknown", incident["target_type"] or "other"
    event_type, sub_event_type = acled_event_type(attack, target, bool(incident["suicide"]))
    actor1, inter1 = acled_actor1(incident["perpetrator"], country)
    actor2, assoc2, inter2 = (p.format(country=country) for p in m.ACLED_TARGET_ACTORS.get(target, ("", "", "")))
    if event_type == "Battles" and not actor2:
        actor2, inter2 = f"Military Forces of {country}", "State forces"
    day = incident["date"]
    alpha3, numeric = _iso_codes(code)
    return {
        "event_id_cnty": f"{alpha3}{incident['incident_id']}",
        "event_date": day.strftime(m.ACLED_DATE_FORMAT),
        "year": day.year,
        "time_precision": 1 if incident["event_date"] else 2,  # 2: the week of the first report
        "disorder_type": m.STRATEGIC if event_type == m.STRATEGIC else m.POLITICAL_VIOLENCE,
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": actor1, "assoc_actor_1": "", "inter1": inter1,
        "actor2": actor2, "assoc_actor_2": assoc2, "inter2": inter2,
        "interaction": f"{inter1}-{inter2}" if inter2 else f"{inter1} only",
        "civilian_targeting": "Civilian targeting" if inter2 == "Civilians" else "",
        "iso": numeric,
        "region": acled_region(code) or "",
        "country": country,
        "admin1": incident["admin1"] or "", "admin2": "", "admin3": "",
        "location": incident["location"] or incident["admin1"] or country,
        "latitude": _blank(incident["latitude"]), "longitude": _blank(incident["longitude"]),
        "geo_precision": m.ACLED_GEO_PRECISION.get(incident["geo_precision"], ""),
        "source": "; ".join(incident["sources"]),
        "source_scale": "",
        "notes": _notes(incident),
        "fatalities": incident["killed"] or 0,
        "tags": "; ".join(_tags(incident)),
        "timestamp": int(incident["last_reported_at"].timestamp()) if incident["last_reported_at"] else "",
    }


def acled_event_type(attack_type: str, target_type: str, suicide: bool) -> tuple[str, str]:
    """ACLED's (event_type, sub_event_type) for our attack type, target type and suicide flag."""
    if attack_type == "bombing_explosion" and suicide:
        return m.ACLED_SUICIDE_BOMB
    if attack_type in m.ACLED_BATTLE_WHEN_SECURITY_TARGET and target_type in m.SECURITY_TARGETS:
        return m.BATTLES
    return m.ACLED_EVENT_TYPES.get(attack_type, m.VIOLENCE_AGAINST_CIVILIANS)


def acled_actor1(perpetrator: str | None, country: str) -> tuple[str, str]:
    """ACLED's actor1 and inter1 for our perpetrator."""
    if not perpetrator or perpetrator == "Unknown":
        return m.UNKNOWN_ACTOR.format(country=country), "Political militia"
    if perpetrator.lower().endswith(m.STATE_FORCE_ENDINGS):
        return perpetrator, "State forces"
    if perpetrator in m.IDENTITY_MILITIAS:
        return perpetrator, "Identity militia"
    return perpetrator, "Rebel group"


def gtd_rows(incidents: list[dict]) -> list[dict]:
    """Incidents in GTD's column layout; eventid is the date and a 4-digit sequence within that date."""
    sequence: dict[date, int] = defaultdict(int)
    rows = []
    for incident in incidents:
        day = incident["date"]
        sequence[day] += 1
        rows.append(gtd_row(incident, f"{day:%Y%m%d}{sequence[day]:04d}"))
    return rows


def gtd_row(incident: dict, eventid: str) -> dict:
    """One incident in GTD's column layout."""
    day, attack = incident["date"], incident["attack_type"] or "unknown"
    specificity = m.GTD_SPECIFICITY.get(incident["geo_precision"], 5)
    weapons = gtd_weapons(incident["weapons"] or [], attack)
    hostages = attack in m.GTD_HOSTAGE_ATTACKS or bool(incident["kidnapped"])
    kidnapped = incident["kidnapped"]
    urls = incident["urls"]
    return {
        "eventid": eventid, "iyear": day.year, "imonth": day.month, "iday": day.day,
        "approxdate": "" if incident["event_date"] else f"first reported {day.isoformat()}",
        "extended": 0,
        "country_txt": incident["country"] or "", "region_txt": gtd_region(incident["country_code"]) or "",
        "provstate": incident["admin1"] or "", "city": incident["location"] or "",
        "latitude": "" if specificity == 5 else _blank(incident["latitude"]),
        "longitude": "" if specificity == 5 else _blank(incident["longitude"]),
        "specificity": specificity,
        "summary": _notes(incident),
        "suicide": int(bool(incident["suicide"])),
        "attacktype1_txt": m.GTD_ATTACK_TYPES.get(attack, "Unknown"),
        "targtype1_txt": m.GTD_TARGET_TYPES.get(incident["target_type"], "Unknown"),
        "gname": incident["perpetrator"] or "Unknown",
        "guncertain1": int(bool(incident.get("suspected"))),
        "claimed": int(bool(incident["claimed"])),
        **{f"weaptype{i}_txt": weapons[i - 1] if i <= len(weapons) else "" for i in range(1, 5)},
        "nkill": _blank(incident["killed"]), "nkillter": _blank(incident["perpetrators_killed"]),
        "nwound": _blank(incident["wounded"]),
        "ishostkid": int(hostages),
        "nhostkid": kidnapped if kidnapped is not None else (m.GTD_UNKNOWN_NUMBER if hostages else ""),
        **{f"scite{i}": urls[i - 1] if i <= len(urls) else "" for i in range(1, 4)},
        "dbsource": "incidentwire",
        "addnotes": f"incidentwire incident {incident['incident_id']}",
    }


def gtd_weapons(weapons: list[str], attack_type: str) -> list[str]:
    """GTD weapon labels, most lethal first; a vehicle in a bombing is a vehicle bomb, so explosives only."""
    chosen = set(weapons)
    if attack_type == "bombing_explosion" and "explosives" in chosen:
        chosen.discard("vehicle")
    return [label for ours, label in m.GTD_WEAPON_TYPES.items() if ours in chosen][:4] or [m.GTD_WEAPON_TYPES["unknown"]]


def geojson(incidents: list[dict]) -> tuple[dict, int]:
    """An RFC 7946 FeatureCollection of the incidents with coordinates ([longitude, latitude]), and how many had none."""
    features, skipped = [], 0
    for incident in incidents:
        if incident["latitude"] is None or incident["longitude"] is None:
            skipped += 1
            continue
        properties = {key: _jsonable(key, value) for key, value in incident.items() if key not in ("latitude", "longitude")}
        features.append({
            "type": "Feature",
            "id": incident["incident_id"],
            "geometry": {"type": "Point", "coordinates": [incident["longitude"], incident["latitude"]]},
            "properties": properties,
        })
    return {"type": "FeatureCollection", "features": features}, skipped


def export(warehouse: Path, output_format: str, out: Path | None = None, start: date | None = None,
           end: date | None = None, stdout: TextIO | None = None) -> ExportResult:
    """Write the period's incidents in a format to `out`, or to stdout when out is None or '-'."""
    if output_format not in FORMATS:
        raise ValueError(f"unknown export format {output_format!r}: choose one of {', '.join(FORMATS)}")
    if start and end and start > end:
        raise ValueError(f"--start {start} is after --end {end}")
    to_stdout = out is None or str(out) == "-"
    if output_format == "parquet":
        if to_stdout:
            raise ValueError("parquet export needs --out FILE (it is binary, not for standard output)")
        return _export_parquet(warehouse, Path(out), start, end)
    incidents = load_incidents(warehouse, start, end)
    buffer, skipped = io.StringIO(), 0
    if output_format == "geojson":
        collection, skipped = geojson(incidents)
        json.dump(collection, buffer, ensure_ascii=False)
        buffer.write("\n")
    else:
        columns = m.ACLED_COLUMNS if output_format == "acled-csv" else m.GTD_COLUMNS
        rows = [acled_row(i) for i in incidents] if output_format == "acled-csv" else gtd_rows(incidents)
        writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    if to_stdout:
        (stdout or _stdout()).write(buffer.getvalue())
    else:
        _write_atomic(Path(out), buffer.getvalue().encode("utf-8"))
    return ExportResult(written=len(incidents) - skipped, skipped=skipped)


def _export_parquet(warehouse: Path, out: Path, start: date | None, end: date | None) -> ExportResult:
    if not (storage.is_remote(warehouse) or (Path(warehouse) / "incidents").is_dir()):  # S3: land checks the bucket
        raise FileNotFoundError(f"no incidents table under {warehouse} (run `incidentwire run` first)")
    connection = land.connect(warehouse)
    try:
        table = connection.sql(
            "SELECT * FROM incidents WHERE date BETWEEN $start AND $end ORDER BY date, incident_id",
            params={"start": start or FIRST_DAY, "end": end or LAST_DAY},
        ).to_arrow_table()
    finally:
        connection.close()
    land.write_parquet_atomic(table, out.resolve())
    return ExportResult(written=table.num_rows)


def _notes(incident: dict) -> str:
    """The article sentences that support the attack, its perpetrator and its toll, each once."""
    evidence = json.loads(incident["evidence"]) if incident["evidence"] else {}
    spans = [evidence.get(field) for field in ("attack_type", "perpetrator", "killed", "kidnapped")]
    return " ".join(dict.fromkeys(span for span in spans if span))


def _tags(incident: dict) -> list[str]:
    tags = ["claimed"] if incident["claimed"] else []
    tags += ["perpetrator suspected"] if incident.get("suspected") else []
    return tags + list(incident.get("flags") or [])


def _iso_codes(country_code: str | None) -> tuple[str, int | str]:
    country = pycountry.countries.get(alpha_2=country_code) if country_code else None
    return (country.alpha_3, int(country.numeric)) if country else ("XXX", "")


def _blank(value: object) -> object:
    return "" if value is None else value


def _jsonable(key: str, value: object) -> object:
    if key == "evidence" and isinstance(value, str):
        return json.loads(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _stdout() -> TextIO:
    import sys

    return sys.stdout


def _write_atomic(path: Path, data: bytes) -> None:
    path = path.resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=land.TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
