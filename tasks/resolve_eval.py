"""Score the resolve stage on labelled articles: pairwise precision and recall of "same incident".

Every labelled article goes through the real extractor (as pipeline.extract_mentions calls it) and
the real `resolve`. A pair of articles is gold-positive when they share a gold incident key, and
predicted-positive when they share a resolved incident id. Articles that report no incident (gold)
and yield none (predicted) belong to no positive pair on either side, so they change neither figure:
they are counted apart as `agreed_negatives`. An article the extractor misses (gold incidents, no
mention) loses its gold pairs as false negatives; `merge_recall` leaves those pairs out, to show what
merging alone achieves on what was extracted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from itertools import combinations
from pathlib import Path

from tasks.resolve import resolve

REPO = Path(__file__).resolve().parents[1]
REPORTS_FILE = REPO / "gold" / "reports.jsonl"
MENTION_DETAIL = (
    "event_date", "country_code", "admin1", "location", "geo_precision", "perpetrator", "attack_type", "target_type", "killed",
)


@dataclass(frozen=True)
class LabelledArticle:
    """One article with the gold incident keys it reports."""

    id: str
    source: str
    published: datetime
    title: str
    text: str
    incidents: tuple[str, ...]


def load_reports(path: Path = REPORTS_FILE) -> list[LabelledArticle]:
    """Labelled articles from a JSON-lines file like gold/reports.jsonl."""
    articles = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            published = datetime.fromisoformat(row["published"].replace("Z", "+00:00"))
            articles.append(
                LabelledArticle(row["id"], row["source"], published.astimezone(timezone.utc), row.get("title") or "",
                                row["text"], tuple(row.get("incidents") or ()))
            )
    return articles


def load_demo_site() -> list[LabelledArticle]:
    """The demo site's articles with their incident keys from demo_site/expected.yaml.

    The syndicated copy is kept as an article of its own: dedup folds it away in the pipeline, but here
    it is one more report that merging must put with its original.
    """
    import yaml

    from demo_site.content import load_articles

    expected = yaml.safe_load((REPO / "demo_site" / "expected.yaml").read_text(encoding="utf-8"))
    keys = {row["path"]: tuple(row["incidents"]) for row in expected["articles"]}
    return [
        LabelledArticle(a.path, a.outlet, a.published, a.title, "\n\n".join(a.paragraphs), keys[a.path])
        for a in load_articles()
    ]


def extract_article_mentions(articles: list[LabelledArticle]) -> list[dict]:
    """Mentions of every article, shaped as pipeline.extract_mentions lands them."""
    from tasks.extract import extract_incidents

    mentions = []
    for article in articles:
        found = extract_incidents(article.text, published=article.published.date(), title=article.title)
        for index, incident in enumerate(found):
            mentions.append(
                {**incident, "article_id": article.id, "mention_index": index, "source": article.source,
                 "url": article.id, "published_at": article.published, "article_date": article.published.date(),
                 "run_id": "eval"}
            )
    return mentions


def pairwise_scores(gold: dict[str, set[str]], predicted: dict[str, set[str]]) -> dict:
    """Pairwise precision, recall and F1 of article pairs sharing an incident, with the wrong pairs."""
    ids = sorted(set(gold) | set(predicted))
    true_pos = false_pos = false_neg = missed_by_extraction = 0
    wrong = []
    for a, b in combinations(ids, 2):
        in_gold = bool(gold.get(a, set()) & gold.get(b, set()))
        in_predicted = bool(predicted.get(a, set()) & predicted.get(b, set()))
        if in_gold and in_predicted:
            true_pos += 1
        elif in_predicted:
            false_pos += 1
            wrong.append({"kind": "false_merge", "pair": (a, b)})
        elif in_gold:
            false_neg += 1
            unextracted = not predicted.get(a) or not predicted.get(b)
            missed_by_extraction += unextracted
            wrong.append({"kind": "not_extracted" if unextracted else "missed_merge", "pair": (a, b)})
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 1.0
    merge_recall_denominator = true_pos + false_neg - missed_by_extraction
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
        "merge_recall": round(true_pos / merge_recall_denominator, 4) if merge_recall_denominator else 1.0,
        "true_pos": true_pos,
        "false_pos": false_pos,
        "false_neg": false_neg,
        "wrong_pairs": wrong,
    }


def score_articles(articles: list[LabelledArticle], window_days: int = 1) -> dict:
    """Extract and resolve labelled articles; pairwise scores, article counts and the wrong pairs explained."""
    mentions = extract_article_mentions(articles)
    _, assignment = resolve(mentions, window_days)
    gold = {a.id: set(a.incidents) for a in articles}
    predicted: dict[str, set[str]] = {a.id: set() for a in articles}
    for (article_id, _), incident in assignment.items():
        predicted[article_id].add(incident)
    scores = pairwise_scores(gold, predicted)
    by_article: dict[str, list[dict]] = {}
    for mention in mentions:
        detail = {name: str(mention.get(name)) if name == "event_date" else mention.get(name) for name in MENTION_DETAIL}
        incident = assignment[(mention["article_id"], mention["mention_index"])]
        by_article.setdefault(mention["article_id"], []).append({"incident_id": incident, **detail})
    for pair in scores["wrong_pairs"]:
        pair["gold"] = {article_id: sorted(gold[article_id]) for article_id in pair["pair"]}
        pair["mentions"] = {article_id: by_article.get(article_id, []) for article_id in pair["pair"]}
    scores["articles"] = {
        "total": len(articles),
        "agreed_negatives": sum(1 for a in articles if not gold[a.id] and not predicted[a.id]),
        "not_extracted": sum(1 for a in articles if gold[a.id] and not predicted[a.id]),
        "spurious": sum(1 for a in articles if not gold[a.id] and predicted[a.id]),
    }
    scores["mentions"] = len(mentions)
    scores["incidents"] = len(set(assignment.values()))
    return scores


def main() -> None:
    """Print the scores on the demo site and, when present, gold/reports.jsonl."""
    sets = {"demo_site": load_demo_site}
    if REPORTS_FILE.exists():
        sets["reports"] = load_reports
    for name, loader in sets.items():
        scores = score_articles(loader())
        wrong = scores.pop("wrong_pairs")
        print(name, json.dumps(scores))
        for pair in wrong:
            print("  ", json.dumps(pair, default=str))


if __name__ == "__main__":
    main()
