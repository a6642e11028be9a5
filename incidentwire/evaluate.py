"""The `eval` command: score extracted incidents against a gold file, field by field.

A gold file is JSON lines. Each line is a document: `{"id", "text" or "html", "published",
"incidents": [<schema.md incident>, ...]}`. Lines in the incidents-dev shape (flat coded fields,
`context.date`, `killed_in_text`) are read as one-incident documents, and each field is scored
only where the text states it (see `eval_gates`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import IO, Iterable

from .eval_gates import gold_actors, schema_perpetrator, unscored_fields

# Fields scored on matched incident pairs, with how two values are compared.
SCORED_FIELDS = (
    "killed", "wounded", "kidnapped", "perpetrators_killed", "country", "admin1", "perpetrator", "claimed",
    "attack_type", "target_type", "suicide", "weapons", "event_date",
)
CONTEXT_DATE_RE = re.compile(r"([A-Z][a-z]+)\s+(\d{1,2})(?:\s*[-–]\s*\d{1,2})?,?\s+(\d{4})")


@dataclass
class Document:
    """One gold document: its text, publication date and coded incidents."""

    id: str
    text: str
    published: date | None
    incidents: list[dict]
    unscored: set[str] = field(default_factory=set)


@dataclass
class Scores:
    """Running tallies: incident matches and per-field hits over matched pairs."""

    gold_incidents: int = 0
    predicted_incidents: int = 0
    matched: int = 0
    field_hits: dict[str, list[int]] = field(default_factory=lambda: {name: [0, 0] for name in SCORED_FIELDS})

    def table(self) -> list[tuple[str, int, int, float | None]]:
        """Rows of (measure, hits, total, rate)."""
        rows = [
            ("incident precision", self.matched, self.predicted_incidents, _rate(self.matched, self.predicted_incidents)),
            ("incident recall", self.matched, self.gold_incidents, _rate(self.matched, self.gold_incidents)),
        ]
        precision, recall = rows[0][3] or 0.0, rows[1][3] or 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append(("incident F1", self.matched, self.gold_incidents, round(f1, 3)))
        rows += [(name, hits, total, _rate(hits, total)) for name, (hits, total) in self.field_hits.items() if total]
        return rows


def read_gold(lines: Iterable[str]) -> list[Document]:
    """Gold documents from JSON lines, in schema.md's shape or the incidents-dev shape."""
    documents = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as exc:
            raise ValueError(f"gold line {number}: not JSON: {exc}") from exc
        documents.append(_document(item, number))
    return documents


def read_predictions(lines: Iterable[str]) -> dict[str, list[dict]]:
    """Predicted incidents by document id, from `extract --jsonl` output."""
    predictions = {}
    for line in lines:
        if line.strip():
            item = json.loads(line)
            predictions[str(item.get("id"))] = item.get("incidents") or []
    return predictions


def predict(documents: list[Document]) -> dict[str, list[dict]]:
    """Run the extractor on every gold document."""
    from tasks.extract import extract_incidents

    return {doc.id: extract_incidents(doc.text, published=doc.published) for doc in documents}


def score(documents: list[Document], predictions: dict[str, list[dict]]) -> Scores:
    """Match predicted to gold incidents per document, then compare fields on the matched pairs."""
    scores = Scores()
    for doc in documents:
        predicted = list(predictions.get(doc.id, []))
        scores.gold_incidents += len(doc.incidents)
        scores.predicted_incidents += len(predicted)
        for gold, guess in match_incidents(doc.incidents, predicted):
            scores.matched += 1
            for name in SCORED_FIELDS:
                if name in doc.unscored or gold.get(name) is None:
                    continue
                hits = scores.field_hits[name]
                hits[0] += same_value(name, gold[name], guess.get(name), guess)
                hits[1] += 1
    return scores


def match_incidents(gold: list[dict], predicted: list[dict]) -> list[tuple[dict, dict]]:
    """Pair gold and predicted incidents greedily by how many key fields agree."""
    pairs, free = [], list(predicted)
    for gold_incident in gold:
        if not free:
            break
        best = max(free, key=lambda guess: _affinity(gold_incident, guess))
        pairs.append((gold_incident, best))
        free.remove(best)
    return pairs


def same_value(name: str, gold: object, guess: object, predicted: dict) -> bool:
    """Whether a predicted value counts as equal to the gold one."""
    if name == "country":
        return _fold(gold) in (_fold(guess), _fold(predicted.get("country_code")))
    if name == "perpetrator":
        # A gold cell may list several actors ("Fatah; Al-Aqsa Martyrs' Brigades"): naming one of them counts.
        # A branch matches a gold cell that codes only its parent ("Islamic State" for ISGS).
        parts = {_canonical(part) for part in gold_actors(str(gold))}
        state = _state_force_country(guess)
        if state is not None and state in {_state_force_country(part) for part in gold_actors(str(gold))}:
            return True  # "Malian army" and "Malian armed forces" are one actor
        parent = _parent(guess)
        return _canonical(guess) in parts or (parent is not None and _canonical(parent) in parts)
    if name == "admin1":
        return _admin1_key(gold, predicted.get("country_code")) == _admin1_key(guess, predicted.get("country_code"))
    if name in ("target_type", "attack_type"):
        return _fold(gold) == _fold(guess)
    if name == "weapons":
        # an empty list (incidents-dev's way) and ["unknown"] (schema.md's) both say the text names no weapon
        return sorted(set(gold or []) - {"unknown"}) == sorted(set(guess or []) - {"unknown"})
    if name == "event_date":
        return str(gold)[:10] == str(guess)[:10]
    return gold == guess


def format_scores(scores: Scores) -> str:
    """The score table as aligned text."""
    lines = [f"{'measure':24} {'hits':>7} {'total':>7} {'rate':>7}"]
    for name, hits, total, rate in scores.table():
        lines.append(f"{name:24} {hits:7d} {total:7d} {'' if rate is None else f'{rate:.3f}':>7}")
    return "\n".join(lines) + "\n"


def evaluate(gold: IO[str], predictions: IO[str] | None = None) -> Scores:
    """Read a gold file (and optional predictions), extract where needed, and score."""
    documents = read_gold(gold)
    predicted = read_predictions(predictions) if predictions is not None else predict(documents)
    return score(documents, predicted)


def _document(item: dict, number: int) -> Document:
    doc_id = str(item.get("id", number))
    text = item.get("text")
    if text is None and "html" in item:
        from tasks.clean import article_text

        text = article_text(item["html"])
    if text is None:
        raise ValueError(f"gold line {number}: needs 'text' or 'html'")
    published = _published(item.get("published") or (item.get("context") or {}).get("date"))
    if "incidents" in item:
        return Document(doc_id, text, published, list(item["incidents"]))
    # The incidents-dev shape: one incident, coded fields at the top level, scored where the text states them.
    unscored = unscored_fields(item, text)
    incident = {name: item.get(name) for name in SCORED_FIELDS}
    incident["perpetrator"] = schema_perpetrator(incident["perpetrator"])
    return Document(doc_id, text, published, [incident], unscored)


def _published(value: object) -> date | None:
    if not value:
        return None
    text = str(value)
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        match = CONTEXT_DATE_RE.search(text)
        if match:
            try:
                return datetime.strptime(f"{match[1]} {match[2]} {match[3]}", "%B %d %Y").date()
            except ValueError:
                return None
    return None


def _affinity(gold: dict, guess: dict) -> tuple:
    return (
        same_value("country", gold.get("country"), guess.get("country"), guess) if gold.get("country") else False,
        str(gold.get("event_date") or "")[:10] == str(guess.get("event_date") or "")[:10] != "",
        gold.get("killed") is not None and gold.get("killed") == guess.get("killed"),
        _fold(gold.get("location")) == _fold(guess.get("location")) != "",
    )


ADMIN1_SUFFIXES = (" governorate", " province", " state", " region", " district", " county")


def _admin1_key(name: object, country_code: str | None) -> str:
    """One spelling for a first-level subdivision: the gazetteer's, whichever alternate is given."""
    from tasks.extract.gazetteer import load_gazetteer
    from tasks.extract.text import fold

    key = fold(str(name or ""))  # the gazetteer's own folding: accents, hyphens and apostrophes
    gazetteer = load_gazetteer()
    for candidate in (key, *(key[: -len(s)].strip() for s in ADMIN1_SUFFIXES if key.endswith(s))):
        entries = [e for e in gazetteer.lookup(candidate) if e.kind == "admin1"]
        entries = [e for e in entries if e.country_code == country_code] or entries
        if entries:
            return _fold(entries[0].name)
    return key


def _parent(name: object) -> str | None:
    from tasks.extract.actors import canonical_name, parent_group

    canonical = canonical_name(str(name or ""))
    return parent_group(canonical) if canonical else None


def _state_force_country(name: object) -> str | None:
    from tasks.extract.state_forces import state_force_country

    return state_force_country(str(name or ""))


def _canonical(name: object) -> str:
    from tasks.extract.actors import canonical_name

    text = str(name or "Unknown")
    return _fold(canonical_name(text) or text)


def _fold(value: object) -> str:
    return " ".join(str(value or "").lower().split())


def _rate(hits: int, total: int) -> float | None:
    return round(hits / total, 3) if total else None
