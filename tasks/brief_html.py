"""The daily brief as one self-contained HTML file: inline CSS and SVG, no script, no request but the source links."""

from __future__ import annotations

from html import escape
from typing import Iterable

from tasks.brief import CHART_DAYS, Brief, Headline, format_range, is_web_link
from tasks.brief_charts import chart_svg
from tasks.brief_map import map_svg

STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 24px auto; max-width: 980px; color: #222; }
h1 { margin-bottom: 0; } .subtitle { color: #666; margin-top: 4px; }
.numbers { display: flex; gap: 16px; flex-wrap: wrap; }
.numbers table { border-collapse: collapse; }
.numbers td, .numbers th { padding: 4px 14px; text-align: right; }
.big { font-size: 1.6em; font-weight: bold; }
table.data { border-collapse: collapse; width: 100%; font-size: 0.92em; }
table.data th, table.data td { border-bottom: 1px solid #ddd; padding: 4px 6px; text-align: left; vertical-align: top; }
table.data td.num { text-align: right; white-space: nowrap; }
.low { color: #a04000; font-weight: bold; }
.columns { display: flex; gap: 32px; flex-wrap: wrap; } .columns > div { flex: 1; min-width: 300px; }
.quality { border: 2px solid #c9a227; background: #fffbea; padding: 8px 16px; border-radius: 6px; }
figure { margin: 0; } figcaption { color: #666; font-size: 0.9em; }
footer { color: #888; font-size: 0.85em; margin-top: 32px; }
"""


def render_html(brief: Brief) -> str:
    """The whole brief as one HTML document."""
    title = f"incidentwire daily brief, {brief.day}"
    sections = [
        f"<h1>{escape(title)}</h1>",
        f'<p class="subtitle">Incidents of {brief.day} (the brief\'s day) and of the {brief.days} days from '
        f"{brief.start} to {brief.day}; built {brief.generated_at:%Y-%m-%d %H:%M} UTC.</p>",
        _numbers(brief),
        _incident_table(brief),
        f'<section id="trend"><h2>Incidents and fatalities per day, last {CHART_DAYS} days, by country</h2>'
        f"<figure>{chart_svg(brief.daily, brief.day, CHART_DAYS)}</figure></section>",
        '<section id="rankings" class="columns">'
        + _ranking("perpetrators", "Most active perpetrators", "perpetrator", brief.perpetrators, brief)
        + _ranking("attack-types", "Attack types", "attack type", brief.attack_types, brief)
        + "</section>",
        f'<section id="map"><h2>Map of the period\'s incidents ({brief.start} to {brief.day})</h2>'
        f"<figure>{map_svg(brief.points, brief.unmapped)}<figcaption>Circle area grows with the number killed.</figcaption>"
        "</figure></section>",
        _quality(brief),
        "<footer>Data: the incidentwire warehouse (Parquet, DuckDB views). Country outlines: Natural Earth (public domain), "
        "via world-atlas 2.0.2.</footer>",
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        # No request may leave the page but a click on a source link; this says so to the browser as well.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
        f"<title>{escape(title)}</title><style>{STYLE}</style></head>\n<body>\n" + "\n".join(sections) + "\n</body></html>\n"
    )


def _numbers(brief: Brief) -> str:
    def row(label: str, numbers: Headline) -> str:
        cells = "".join(f'<td class="big">{value:,}</td>' for value in (numbers.incidents, numbers.killed, numbers.wounded, numbers.countries))
        return f"<tr><th>{escape(label)}</th>{cells}</tr>"

    return (
        '<section id="headline"><h2>Headline numbers</h2><div class="numbers"><table>'
        "<tr><th></th><th>incidents</th><th>killed</th><th>wounded</th><th>countries</th></tr>"
        + row(f"Day ({brief.day})", brief.today)
        + row(f"Period ({brief.days} days)", brief.period)
        + "</table></div></section>"
    )


def _incident_table(brief: Brief) -> str:
    head = f'<section id="incidents"><h2>Incidents on {brief.day}</h2>'
    if not brief.incidents:
        return head + "<p>No incidents landed for this day.</p></section>"
    rows = []
    threshold = brief.quality.low_confidence_threshold
    for incident in brief.incidents:
        links = "<br>".join(_link(source.url, source.title, source.source) for source in incident.sources) or "-"
        confidence = "-" if incident.confidence is None else f"{incident.confidence:.2f}"
        low = incident.confidence is not None and incident.confidence < threshold
        rows.append(
            "<tr>"
            f"<td>{incident.day}</td><td>{escape(incident.place)}<br><small>{escape(incident.country)}</small></td>"
            f"<td>{escape(incident.perpetrator or 'Unknown')}</td><td>{escape(incident.attack_type or 'unknown')}</td>"
            f'<td class="num">{escape(format_range(incident.killed, incident.killed_low, incident.killed_high))}</td>'
            f'<td class="num">{escape(format_range(incident.wounded, incident.wounded_low, incident.wounded_high))}</td>'
            f'<td class="num{" low" if low else ""}">{confidence}</td><td class="sources">{links}</td></tr>'
        )
    return (
        head + '<table class="data"><tr><th>date</th><th>place</th><th>perpetrator</th><th>type</th><th>killed (range)</th>'
        "<th>wounded (range)</th><th>confidence</th><th>source articles</th></tr>" + "".join(rows) + "</table></section>"
    )


def _link(url: str, title: str, source: str) -> str:
    if not is_web_link(url):
        return f"{escape(title)} <small>({escape(source)}, {escape(url or '')})</small>"
    return (f'<a class="source-link" href="{escape(url, quote=True)}" rel="noopener noreferrer">{escape(title)}</a> '
            f"<small>({escape(source)})</small>")


def _ranking(anchor: str, title: str, label: str, rows: Iterable[tuple[str, int, int]], brief: Brief) -> str:
    body = "".join(f'<tr><td>{escape(name)}</td><td class="num">{n}</td><td class="num">{killed}</td></tr>' for name, n, killed in rows)
    table = (f'<table class="data"><tr><th>{escape(label)}</th><th>incidents</th><th>killed</th></tr>{body}</table>'
             if body else "<p>None in the period.</p>")
    return f'<div id="{anchor}"><h2>{escape(title)}</h2><p class="subtitle">{brief.start} to {brief.day}</p>{table}</div>'


def _quality(brief: Brief) -> str:
    quality = brief.quality
    failures = ", ".join(f"{escape(kind)}: {n}" for kind, n in quality.failures_by_kind) or "none"
    total_failures = sum(n for _, n in quality.failures_by_kind)
    silent = ", ".join(f"{escape(source)} (last article {last or 'never'})" for source, last in quality.silent_sources) or "none"
    return (
        f'<section id="quality" class="quality"><h2>Data quality, {brief.start} to {brief.day}</h2><ul>'
        f"<li>Fetch failures: {total_failures} ({failures})</li>"
        f"<li>Duplicate rate: {quality.duplicate_rate:.1%} ({quality.duplicates} of {quality.articles} articles are copies)</li>"
        f"<li>Low-confidence incidents (confidence below {quality.low_confidence_threshold:.2f}): {quality.low_confidence}</li>"
        f"<li>Sources silent for the last {quality.silent_days} days: {silent}</li>"
        "</ul></section>"
    )
