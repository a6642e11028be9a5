"""The quality gate: extraction scores on the gold sets stay at or above the pinned floors."""

import io
import json
from pathlib import Path

import pytest

from incidentwire.evaluate import evaluate

REPO = Path(__file__).resolve().parents[1]
BASELINE = json.loads((REPO / "tests" / "quality_baseline.json").read_text())
SETS = sorted(name for name in BASELINE if not name.startswith("_"))


@pytest.mark.parametrize("name", SETS)
def test_scores_stay_above_the_floors(name):
    path = (REPO / BASELINE[name]["path"]).resolve()
    if not path.is_file():
        pytest.skip(f"{path} not found: gold data in ../shared lives beside the repo")
    with open(path, encoding="utf-8") as gold:
        lines = gold.readlines()
    first, last = BASELINE[name].get("ids", [None, None])
    if first is not None:
        # a set that grew keeps its floors on the documents they were measured on
        lines = [line for line in lines if line.strip() and first <= json.loads(line)["id"] <= last]
    scores = {measure: rate for measure, _, _, rate in evaluate(io.StringIO("".join(lines))).table()}
    print(name, json.dumps(scores))
    below = {m: (scores.get(m), floor) for m, floor in BASELINE[name]["floors"].items() if (scores.get(m) or 0) < floor}
    assert not below, f"{name}: below the floor (score, floor): {below}"
