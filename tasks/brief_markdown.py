"""The daily brief as Markdown (printed, written beside the HTML, published as the flow run's Prefect artifact)."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from tasks.brief import CHART_DAYS, Brief, format_range, is_web_link
from tasks.brief_charts import country_series, OTHER

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def md(text: object) -> str:
    """Text safe in a Markdown table cell: markup characters escaped, line breaks folded."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def render_markdown(brief: Brief) -> str:
    """The brief's sections as Markdown; the chart and map are summarised as tables."""
    lines = [
        f"# incidentwire daily brief, {brief.day}",
        "",
        f"Incidents of {brief.day} (the brief's day) and of the {brief.days} days from {brief.start} to {brief.day}; "
        f"built {brief.generated_at:%Y-%m-%d %H:%M} UTC.",
        "",
        "## Headline numbers",
        "",
        "| | incidents | killed | wounded | countries |",
        "|---|---:|---:|---:|---:|",
    ]
    for label, numbers in ((f"Day ({brief.day})", brief.today), (f"Period ({brief.days} days)", brief.period)):
        lines.append(f"| {label} | {numbers.incidents} | {numbers.killed} | {numbers.wounded} | {numbers.countries} |")
    lines += ["", f"## Incidents on {brief.day}", ""]
    if brief.incidents:
        lines += ["| date | place | perpetrator | type | killed (range) | wounded (range) | confidence | sources |",
                  "|---|---|---|---|---:|---:|---:|---|"]
        for incident in brief.incidents:
            sources = ", ".join(_link(source.url, source.title) for source in incident.sources) or "-"
            confidence = "-" if incident.confidence is None else f"{incident.confidence:.2f}"
            lines.append(
                f"| {incident.day} | {md(incident.place)}, {md(incident.country)} | {md(incident.perpetrator or 'Unknown')} "
                f"| {md(incident.attack_type or 'unknown')} | {format_range(incident.killed, incident.killed_low, incident.killed_high)} "
                f"| {format_range(incident.wounded, incident.wounded_low, incident.wounded_high)} | {confidence} | {sources} |")
    else:
        lines.append("No incidents landed for this day.")
    lines += ["", f"## Incidents and fatalities by country, last {CHART_DAYS} days", ""] + _trend_table(brief)
    for title, label, rows in (("Most active perpetrators", "perpetrator", brief.perpetrators),
                               ("Attack types", "attack type", brief.attack_types)):
        lines += ["", f"## {title} ({brief.start} to {brief.day})", ""]
        lines += [f"| {label} | incidents | killed |", "|---|---:|---:|"] + [f"| {md(n)} | {c} | {k} |" for n, c, k in rows] if rows else ["None."]
    lines += ["", "## Map", "",
              f"{len(brief.points)} incidents of the period have coordinates and are on the HTML brief's map"
              + (f"; {brief.unmapped} have none." if brief.unmapped else ".")]
    lines += ["", "## Data quality", ""] + _quality_lines(brief)
    return "\n".join(lines) + "\n"


def _link(url: str, title: str) -> str:
    if not is_web_link(url):
        return md(title)
    # Angle brackets keep parentheses and spaces in the URL from ending the link early.
    safe_url = url.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")
    return f"[{md(title)}](<{safe_url}>)"


def _trend_table(brief: Brief) -> list[str]:
    series = country_series(brief.daily)
    keep = set(series) - {OTHER}
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for _, country, incidents, killed in brief.daily:
        row = totals[country if country in keep else OTHER]
        row[0] += incidents
        row[1] += killed
        row[2] += 1
    if not totals:
        return ["None."]
    lines = ["| country | incidents | killed | days with incidents |", "|---|---:|---:|---:|"]
    lines += [f"| {md(name)} | {totals[name][0]} | {totals[name][1]} | {totals[name][2]} |" for name in series]
    return lines


def _quality_lines(brief: Brief) -> list[str]:
    quality = brief.quality
    failures = ", ".join(f"{md(kind)}: {n}" for kind, n in quality.failures_by_kind) or "none"
    silent = ", ".join(f"{md(source)} (last article {last or 'never'})" for source, last in quality.silent_sources) or "none"
    return [
        f"- Fetch failures: {sum(n for _, n in quality.failures_by_kind)} ({failures})",
        f"- Duplicate rate: {quality.duplicate_rate:.1%} ({quality.duplicates} of {quality.articles} articles are copies)",
        f"- Low-confidence incidents (confidence below {quality.low_confidence_threshold:.2f}): {quality.low_confidence}",
        f"- Sources silent for the last {quality.silent_days} days: {silent}",
    ]


def write_brief(brief: Brief, out: Path) -> tuple[Path, Path]:
    """Write the HTML to `out` (.html) and the Markdown beside it (.md); a folder (no suffix) gets brief-<day>.html."""
    from tasks.brief_html import render_html

    out = Path(out)
    if out.is_dir() or not out.suffix:
        out = out / f"brief-{brief.day}.html"
    html_path, md_path = out.with_suffix(".html"), out.with_suffix(".md")
    html_path.parent.mkdir(parents=True, exist_ok=True)
    html_path.write_text(render_html(brief), encoding="utf-8")
    md_path.write_text(render_markdown(brief), encoding="utf-8")
    return html_path, md_path
