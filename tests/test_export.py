"""`incidentwire export`: ACLED and GTD CSV layouts, GeoJSON and Parquet, parsed back, on a hand-made warehouse.

Expected values are worked out by hand from tests/analyst_data.py's rows and the ACLED and GTD codebooks.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from analyst_data import build_analyst_warehouse
from tasks.export import export

# The codebooks' column names, written out here rather than imported from the code under test.
ACLED_COLUMNS = (
    "event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 assoc_actor_1 inter1 "
    "actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region country admin1 admin2 admin3 location "
    "latitude longitude geo_precision source source_scale notes fatalities tags timestamp"
).split()
GTD_NAMES = set(
    "eventid iyear imonth iday approxdate extended resolution country country_txt region region_txt provstate city "
    "latitude longitude specificity vicinity location summary crit1 crit2 crit3 doubtterr multiple success suicide "
    "attacktype1 attacktype1_txt targtype1 targtype1_txt target1 gname gsubname guncertain1 claimed weaptype1 "
    "weaptype1_txt weaptype2_txt weaptype3_txt weaptype4_txt nkill nkillus nkillter nwound nwoundus nwoundte "
    "property ishostkid nhostkid scite1 scite2 scite3 dbsource addnotes".split()
)


@pytest.fixture
def analyst_warehouse(warehouse: Path) -> Path:
    return build_analyst_warehouse(warehouse)


def exported(warehouse: Path, output_format: str, **period) -> str:
    out = io.StringIO()
    export(warehouse, output_format, None, stdout=out, **period)
    return out.getvalue()


def csv_by(text: str, key: str) -> tuple[list[str], dict[str, dict]]:
    reader = csv.DictReader(io.StringIO(text))
    return reader.fieldnames, {row[key]: row for row in reader}


def test_acled_csv_has_the_codebook_columns_and_mapped_types(analyst_warehouse):
    columns, by_id = csv_by(exported(analyst_warehouse, "acled-csv"), "event_id_cnty")
    assert columns == ACLED_COLUMNS
    assert set(by_id) == {"IRQinc-a", "IRQinc-b", "NGAinc-c", "MLIinc-d"}
    bomb, police, kidnap, army = by_id["IRQinc-a"], by_id["IRQinc-b"], by_id["NGAinc-c"], by_id["MLIinc-d"]
    assert (bomb["event_date"], bomb["year"], bomb["time_precision"]) == ("10 March 2026", "2026", "1")
    assert (bomb["event_type"], bomb["sub_event_type"]) == ("Explosions/Remote violence", "Suicide bomb")
    assert (bomb["actor1"], bomb["inter1"], bomb["actor2"], bomb["civilian_targeting"]) == (
        "Islamic State", "Rebel group", "Civilians (Iraq)", "Civilian targeting")
    assert (bomb["iso"], bomb["region"], bomb["geo_precision"], bomb["fatalities"]) == ("368", "Middle East", "1", "12")
    assert (bomb["source"], bomb["tags"]) == ("alpha; beta", "claimed")
    assert bomb["timestamp"] == "1773208800"  # 2026-03-11T06:00:00Z, the last report
    # Gunmen against police: a battle, not violence against civilians; an unnamed group is an unidentified militia.
    assert (police["event_type"], police["sub_event_type"], police["actor1"], police["inter2"]) == (
        "Battles", "Armed clash", "Unidentified Armed Group (Iraq)", "State forces")
    assert police["geo_precision"] == "2"  # admin1-level coordinates
    assert (kidnap["event_type"], kidnap["sub_event_type"], kidnap["fatalities"]) == (
        "Violence against civilians", "Abduction/forced disappearance", "0")
    assert (kidnap["region"], kidnap["latitude"], kidnap["tags"]) == ("Western Africa", "", "perpetrator suspected")
    # No event date: the first report's date, at ACLED's time precision 2.
    assert (army["event_date"], army["time_precision"], army["event_type"]) == ("18 March 2026", "2", "Battles")


def test_gtd_csv_uses_real_gtd_names_and_labels(analyst_warehouse):
    columns, by_id = csv_by(exported(analyst_warehouse, "gtd-csv"), "addnotes")
    assert set(columns) <= GTD_NAMES
    bomb = by_id["incidentwire incident inc-a"]
    assert (bomb["eventid"], bomb["iyear"], bomb["imonth"], bomb["iday"]) == ("202603100001", "2026", "3", "10")
    assert (bomb["attacktype1_txt"], bomb["targtype1_txt"], bomb["region_txt"]) == (
        "Bombing/Explosion", "Private Citizens & Property", "Middle East & North Africa")
    # A vehicle in a suicide bombing is a vehicle bomb: explosives only.
    assert (bomb["suicide"], bomb["claimed"], bomb["weaptype1_txt"], bomb["weaptype2_txt"]) == ("1", "1", "Explosives", "")
    assert (bomb["nkill"], bomb["nwound"], bomb["specificity"], bomb["city"]) == ("12", "20", "1", "Mosul")
    assert (bomb["scite1"], bomb["scite2"]) == ("http://alpha.test/a1", "http://beta.test/b1")
    kidnap = by_id["incidentwire incident inc-c"]
    assert (kidnap["attacktype1_txt"], kidnap["ishostkid"], kidnap["nhostkid"], kidnap["guncertain1"]) == (
        "Hostage Taking (Kidnapping)", "1", "30", "1")
    assert (kidnap["nkill"], kidnap["region_txt"], kidnap["specificity"]) == ("", "Sub-Saharan Africa", "5")
    police = by_id["incidentwire incident inc-b"]
    assert (police["targtype1_txt"], police["gname"], police["specificity"]) == ("Police", "Unknown", "4")
    army = by_id["incidentwire incident inc-d"]
    assert (army["eventid"], army["approxdate"]) == ("202603180001", "first reported 2026-03-18")


def test_geojson_is_lon_lat_and_skips_incidents_without_coordinates(analyst_warehouse):
    out = io.StringIO()
    result = export(analyst_warehouse, "geojson", None, stdout=out)
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    features = {f["id"]: f for f in collection["features"]}
    assert set(features) == {"inc-a", "inc-b", "inc-d"} and (result.written, result.skipped) == (3, 1)
    mosul = features["inc-a"]
    assert mosul["geometry"] == {"type": "Point", "coordinates": [43.119, 36.335]}  # Mosul: 43.1 E, 36.3 N
    assert features["inc-d"]["geometry"]["coordinates"] == [-1.5, 15.0]
    props = mosul["properties"]
    assert (props["attack_type"], props["killed"], props["weapons"], props["event_date"]) == (
        "bombing_explosion", 12, ["explosives", "vehicle"], "2026-03-10")
    assert props["evidence"]["attack_type"].startswith("A suicide car bomb")


def test_parquet_export_reads_back_with_the_period(analyst_warehouse, tmp_path):
    out = tmp_path / "march-9-to-15.parquet"
    result = export(analyst_warehouse, "parquet", out, date(2026, 3, 9), date(2026, 3, 15))
    table = pq.read_table(out)
    assert result.written == table.num_rows == 2
    assert sorted(table.column("incident_id").to_pylist()) == ["inc-a", "inc-b"]
    assert {"killed", "evidence", "first_reported_at", "country_code"} <= set(table.schema.names)


def test_the_period_filters_on_the_event_date_or_the_first_report(analyst_warehouse):
    _, by_id = csv_by(exported(analyst_warehouse, "acled-csv", start=date(2026, 3, 12), end=date(2026, 3, 17)),
                      "event_id_cnty")
    assert set(by_id) == {"IRQinc-b", "NGAinc-c"}
    _, by_id = csv_by(exported(analyst_warehouse, "gtd-csv", start=date(2026, 3, 18)), "addnotes")
    assert set(by_id) == {"incidentwire incident inc-d"}


def cli(warehouse: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "incidentwire.cli", "export", "--warehouse", str(warehouse), *args],
                          capture_output=True, text=True, timeout=60)


def test_cli_writes_files_and_stdout_and_reports_errors_in_one_line(analyst_warehouse, tmp_path):
    done = cli(analyst_warehouse, "--format", "geojson", "--out", str(tmp_path / "x.geojson"))
    assert done.returncode == 0 and "exported 3 incidents" in done.stderr and "1 without coordinates" in done.stderr
    assert len(json.loads((tmp_path / "x.geojson").read_text())["features"]) == 3
    done = cli(analyst_warehouse, "--format", "gtd-csv", "--start", "2026-03-10", "--end", "2026-03-10")
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 2
    for args, message in [
        (("--format", "parquet"), "parquet export needs --out FILE"),
        (("--format", "acled-csv", "--start", "2026-02-30"), "--start wants a date as YYYY-MM-DD, got '2026-02-30'"),
        (("--format", "acled-csv", "--start", "2026-03-20", "--end", "2026-03-01"), "is after --end"),
    ]:
        done = cli(analyst_warehouse, *args)
        assert done.returncode == 1 and done.stderr.count("\n") == 1 and message in done.stderr, done.stderr
    assert cli(analyst_warehouse, "--format", "xml").returncode == 2  # argparse names the choices
    assert "no incidents table" in cli(tmp_path / "empty", "--format", "geojson").stderr
