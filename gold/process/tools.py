"""My session tools: range eval, field diff, prediction hashes. Usage:
  python tools.py range FILE FIRST LAST [CODE]       -- eval table over an id range (CODE = tree to import from)
  python tools.py diff FILE FIELD FIRST LAST [CODE]  -- list misses of one field (dev only!)
  python tools.py hash FILE [CODE]                   -- hash of all predictions
"""
import hashlib, io, json, sys
args = sys.argv[1:]
cmd = args[0]
code = None
if cmd == "range" and len(args) > 4: code = args[4]
if cmd == "diff" and len(args) > 5: code = args[5]
if cmd == "hash" and len(args) > 2: code = args[2]
sys.path.insert(0, code or str(__import__("pathlib").Path(__file__).resolve().parents[2]))
from incidentwire.evaluate import evaluate, read_gold, predict, match_incidents, same_value, format_scores
def lines_in(path, first=None, last=None):
    out = []
    for line in open(path):
        if not line.strip(): continue
        i = json.loads(line)["id"]
        if first is None or first <= i <= last: out.append(line)
    return out
if cmd == "range":
    f, a, b = args[1:4]
    print(format_scores(evaluate(io.StringIO("".join(lines_in(f, a, b))))))
elif cmd == "diff":
    f, field, a, b = args[1:5]
    assert "heldout" not in f, "never open held-out"
    docs = read_gold(lines_in(f, a, b))
    preds = predict(docs)
    for d in docs:
        for g, p in match_incidents(d.incidents, preds[d.id]):
            if g.get(field) is None: continue
            if not same_value(field, g[field], p.get(field), p):
                print(d.id, "gold", g[field], "pred", p.get(field), "| inc", len(d.incidents), "pred", len(preds[d.id]))
elif cmd == "hash":
    docs = read_gold(lines_in(args[1]))
    preds = predict(docs)
    print(hashlib.sha256(json.dumps(preds, sort_keys=True, default=str).encode()).hexdigest()[:16])
