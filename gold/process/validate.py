"""Check an author's JSONL file for shape only (never scores anything)."""
import json, sys, datetime
KEYS = ["event_date","country","country_code","admin1","location","perpetrator","claimed","suspected",
        "attack_type","suicide","target_type","weapons","killed","killed_low","killed_high","wounded",
        "wounded_low","wounded_high","perpetrators_killed","kidnapped"]
ATTACK = {"assassination","hijacking","kidnapping","bombing_explosion","armed_assault","unarmed_assault",
          "facility_attack","airstrike_shelling","clash","unknown"}
TARGET = {"military","police","government","civilians","business","religious","educational","journalists",
          "diplomatic","transport","infrastructure","other"}
WEAPONS = {"firearms","explosives","incendiary","melee","chemical","vehicle","unknown"}
bad = 0; n = 0; counts = [0,0,0,0]
for number, line in enumerate(open(sys.argv[1]), 1):
    if not line.strip(): continue
    n += 1
    try: d = json.loads(line)
    except Exception as e: print(f"line {number}: not JSON: {e}"); bad += 1; continue
    where = f"line {number} ({d.get('id')})"
    for k in ("id","published","text","incidents","notes"):
        if k not in d: print(where, "missing", k); bad += 1
    try: pub = datetime.date.fromisoformat(d["published"])
    except Exception: print(where, "bad published"); bad += 1; continue
    if not (datetime.date(2025,1,1) <= pub <= datetime.date(2026,10,31)): print(where, "published out of range"); bad += 1
    if " | Hard cases: " not in d.get("notes",""): print(where, "notes lacks ' | Hard cases: '"); bad += 1
    counts[min(len(d["incidents"]),3)] += 1
    for i, inc in enumerate(d["incidents"]):
        w = f"{where} incident {i}"
        if sorted(inc) != sorted(KEYS): print(w, "keys differ:", set(inc) ^ set(KEYS)); bad += 1; continue
        if inc["attack_type"] not in ATTACK: print(w, "attack_type", inc["attack_type"]); bad += 1
        if inc["target_type"] not in TARGET: print(w, "target_type", inc["target_type"]); bad += 1
        if not isinstance(inc["weapons"], list) or not set(inc["weapons"]) <= WEAPONS: print(w, "weapons", inc["weapons"]); bad += 1
        for b in ("claimed","suspected","suicide"):
            if not isinstance(inc[b], bool): print(w, b, "must be true/false"); bad += 1
        for f in ("killed","wounded"):
            lo, best, hi = inc[f+"_low"], inc[f], inc[f+"_high"]
            if best is not None and lo is not None and lo > best: print(w, f, "low > best"); bad += 1
            if best is not None and hi is not None and hi < best: print(w, f, "high < best"); bad += 1
        try:
            ev = datetime.date.fromisoformat(inc["event_date"])
            if not (0 <= (pub - ev).days <= 10): print(w, "event_date not 0-10 days before published"); bad += 1
        except Exception: print(w, "bad event_date", inc["event_date"]); bad += 1
        if inc["claimed"] and inc["suspected"]: print(w, "claimed and suspected both true"); bad += 1
        if inc["perpetrator"] == "Unknown" and (inc["claimed"] or inc["suspected"]): print(w, "Unknown cannot be claimed/suspected"); bad += 1
print(f"{n} documents, incidents per doc 0/1/2/3+: {counts}; {bad} problems")
