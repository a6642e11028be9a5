"""Integrate a blind gold round: split at random, renumber, append to gold/ (with --write).

Usage: python gold/process/integrate.py ROUND SEED FIRST_DEV_NUMBER FIRST_HELDOUT_NUMBER [--write]
reads AUTHORS/a<ROUND>?.jsonl (4 authors x 12 articles, each checked first with validate.py).
"""
import json, random, sys, glob
from pathlib import Path
REPO = Path(__file__).resolve().parents[2]
AUTHORS = "/tmp/s21/authors"
KEYS = ["event_date","country","country_code","admin1","location","perpetrator","claimed","suspected",
        "attack_type","suicide","target_type","weapons","killed","killed_low","killed_high","wounded",
        "wounded_low","wounded_high","perpetrators_killed","kidnapped"]
rnd, seed, first_dev, first_held = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
write = "--write" in sys.argv
docs = []
for path in sorted(glob.glob(f"{AUTHORS}/a{rnd}?.jsonl")):
    for line in open(path):
        if line.strip():
            docs.append(json.loads(line))
print(len(docs), "documents from", rnd)
assert len(docs) == 48, len(docs)
order = list(range(len(docs)))
random.Random(seed).shuffle(order)
held = sorted(order[:16]); dev = sorted(order[16:])
def out(d, new_id):
    return json.dumps({"id": new_id, "published": d["published"], "text": d["text"],
                       "incidents": [{k: i[k] for k in KEYS} for i in d["incidents"]],
                       "notes": d["notes"]}, ensure_ascii=False)
dev_lines = [out(docs[i], f"g{first_dev + n:03d}") for n, i in enumerate(dev)]
held_lines = [out(docs[i], f"h{first_held + n:03d}") for n, i in enumerate(held)]
print("dev", f"g{first_dev}-g{first_dev + len(dev) - 1}", "held", f"h{first_held}-h{first_held + len(held) - 1}")
if write:
    with open(REPO / "gold" / "dev.jsonl", "a") as f: f.write("\n".join(dev_lines) + "\n")
    with open(REPO / "gold" / "heldout.jsonl", "a") as f: f.write("\n".join(held_lines) + "\n")
    print("appended")
