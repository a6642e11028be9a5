"""The brief's trend chart as inline SVG: incidents and fatalities per day, stacked by country."""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date, timedelta
from html import escape
from typing import Sequence

TOP_COUNTRIES = 5  # the rest are stacked as "Other"
OTHER = "Other"
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c8c8c"]  # the last is "Other"
WIDTH, PANEL_HEIGHT = 760, 150
LEFT, RIGHT, TOP, GAP, BOTTOM = 44, 12, 46, 34, 26


def country_series(daily: Sequence[tuple[date, str, int, int]]) -> list[str]:
    """The countries given their own colour (most incidents, then most killed), then Other if any remain."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for _, country, incidents, killed in daily:
        totals[country or "Unknown"][0] += incidents
        totals[country or "Unknown"][1] += killed
    ranked = sorted(totals, key=lambda c: (-totals[c][0], -totals[c][1], c))
    return ranked[:TOP_COUNTRIES] + ([OTHER] if len(ranked) > TOP_COUNTRIES else [])


def chart_svg(daily: Sequence[tuple[date, str, int, int]], last_day: date, n_days: int) -> str:
    """Two stacked-bar panels over `n_days` days ending on `last_day`: incidents, then killed, with axes and legend."""
    series = country_series(daily)
    keep = set(series) - {OTHER}
    first_day = last_day - timedelta(days=n_days - 1)
    values: dict[str, dict[date, dict[str, int]]] = {"incidents": defaultdict(dict), "killed": defaultdict(dict)}
    for day, country, incidents, killed in daily:
        name = country if country in keep else OTHER
        for measure, amount in (("incidents", incidents), ("killed", killed)):
            values[measure][day][name] = values[measure][day].get(name, 0) + amount
    height = TOP + 2 * PANEL_HEIGHT + GAP + BOTTOM
    parts = [
        f'<svg id="trend-chart" class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" aria-label="Incidents and fatalities per day by country" '
        'font-family="sans-serif" font-size="11">',
    ]
    parts += _legend(series)
    for index, (measure, title) in enumerate((("incidents", "Incidents per day"), ("killed", "Killed per day"))):
        top = TOP + index * (PANEL_HEIGHT + GAP)
        parts += _panel(values[measure], series, first_day, n_days, top, title)
    parts += _x_axis(first_day, n_days, TOP + 2 * PANEL_HEIGHT + GAP)
    parts.append("</svg>")
    return "\n".join(parts)


def colour_of(series: list[str], name: str) -> str:
    """A series' colour: the palette in rank order, grey for Other."""
    return PALETTE[-1] if name == OTHER else PALETTE[series.index(name) % (len(PALETTE) - 1)]


def _legend(series: list[str]) -> list[str]:
    parts, x = [], LEFT
    for name in series:
        parts.append(f'<rect class="legend-swatch" x="{x}" y="6" width="10" height="10" fill="{colour_of(series, name)}"/>')
        parts.append(f'<text x="{x + 14}" y="15">{escape(name)}</text>')
        x += 24 + 7 * len(name)
    if not series:
        parts.append(f'<text x="{LEFT}" y="15">No incidents in these days</text>')
    return parts


def _panel(by_day: dict[date, dict[str, int]], series: list[str], first_day: date, n_days: int, top: int, title: str) -> list[str]:
    plot_width = WIDTH - LEFT - RIGHT
    peak = max([sum(stack.values()) for stack in by_day.values()] + [1])
    ceiling = _nice_ceiling(peak)
    scale = PANEL_HEIGHT / ceiling
    bottom = top + PANEL_HEIGHT
    slot = plot_width / n_days
    parts = [f'<text class="panel-title" x="{LEFT}" y="{top - 4}" font-weight="bold">{escape(title)}</text>']
    for tick in (0, ceiling // 2, ceiling):
        y = bottom - tick * scale
        parts.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{tick}</text>')
    parts.append(f'<line class="axis" x1="{LEFT}" x2="{LEFT}" y1="{top}" y2="{bottom}" stroke="#333"/>')
    parts.append(f'<line class="axis" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{bottom}" y2="{bottom}" stroke="#333"/>')
    for offset in range(n_days):
        day = first_day + timedelta(days=offset)
        stack, base = by_day.get(day, {}), 0
        for name in series:
            amount = stack.get(name, 0)
            if amount <= 0:
                continue
            x, bar_height = LEFT + offset * slot, amount * scale
            y = bottom - (base + amount) * scale
            label = f"{day}: {name}, {amount} {title.split()[0].lower()}"
            parts.append(
                f'<rect class="bar" x="{x + 0.5:.1f}" y="{y:.1f}" width="{max(slot - 1, 1):.1f}" height="{bar_height:.1f}" '
                f'fill="{colour_of(series, name)}"><title>{escape(label)}</title></rect>')
            base += amount
    return parts


def _x_axis(first_day: date, n_days: int, baseline: int) -> list[str]:
    plot_width = WIDTH - LEFT - RIGHT
    slot = plot_width / n_days
    step = max(1, math.ceil(n_days / 8))
    parts = []
    for offset in range(n_days - 1, -1, -step):  # anchored on the last day, which always gets a label
        x = LEFT + (offset + 0.5) * slot
        label = (first_day + timedelta(days=offset)).strftime("%b %d")
        parts.append(f'<text class="x-tick" x="{x:.1f}" y="{baseline + 16}" text-anchor="middle">{label}</text>')
    return parts


def _nice_ceiling(value: int) -> int:
    """The smallest of 2, 4, 6, 8, 10 x 10^k at or above value (even, so the middle tick is whole)."""
    magnitude = 10 ** max(0, int(math.log10(max(value, 1))))
    return next(factor * magnitude for factor in (2, 4, 6, 8, 10) if factor * magnitude >= value)
