"""Pin quality floors: add entries for new id ranges at their first scores and raise existing floors.

Usage: python gold/process/floors.py [NAME PATH FIRST LAST ...] [--write]
Each NAME PATH FIRST LAST quadruple adds a floor entry at its first scores (skipped when NAME exists). Every
entry's existing floors are then raised to floor(score*100)/100 where the current code scores higher; a floor never goes down.
"""
import io, json, math, sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
from incidentwire.evaluate import evaluate  # noqa: E402

BASELINE = REPO / "tests" / "quality_baseline.json"
args = [a for a in sys.argv[1:] if a != "--write"]
baseline = json.loads(BASELINE.read_text())
new_entries = set()
for i in range(0, len(args), 4):
    name, path, first, last = args[i:i + 4]
    if name not in baseline:
        baseline[name] = {"path": path, "ids": [first, last], "floors": {}}
        new_entries.add(name)


def rows(entry):
    lines = (REPO / entry["path"]).resolve().read_text(encoding="utf-8").splitlines()
    if "ids" not in entry:
        return lines
    first, last = entry["ids"]
    return [line for line in lines if line.strip() and first <= json.loads(line)["id"] <= last]


for name, entry in baseline.items():
    if name.startswith("_") or not isinstance(entry, dict) or "path" not in entry:
        continue
    if not (REPO / entry["path"]).resolve().is_file():
        print("skip (absent)", name)
        continue
    table = {measure: rate for measure, hits, total, rate in evaluate(io.StringIO("\n".join(rows(entry)))).table() if rate is not None}
    floors = entry.setdefault("floors", {})
    changes = []
    for measure, rate in table.items():
        new = math.floor(rate * 100 + 1e-9) / 100
        if measure not in floors and name not in new_entries:
            continue  # an entry floors only the measures it was pinned on (paraphrases: the fields they retell)
        if measure not in floors or new > floors[measure]:
            changes.append(f"{measure} {floors.get(measure)}->{new}")
            floors[measure] = new
        elif rate + 1e-9 < floors[measure]:
            changes.append(f"BELOW FLOOR {measure} {rate:.3f}<{floors[measure]}")
    print(name, "; ".join(changes) or "unchanged")
if "--write" in sys.argv:
    BASELINE.write_text(json.dumps(baseline, indent=2, ensure_ascii=False) + "\n")
    print("written")
