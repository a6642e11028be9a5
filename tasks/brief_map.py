"""The brief's map as inline SVG: bundled Natural Earth country outlines, incident points sized by fatalities."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Sequence

from tasks.brief import MapPoint

COUNTRIES_FILE = Path(__file__).resolve().parents[1] / "incidentwire" / "data" / "countries-110m.json"
WIDTH, HEIGHT = 760, 420
MIN_SPAN_DEGREES = 12.0  # one incident still shows its region, not a single town
MARGIN_SHARE = 0.15  # of the incidents' extent, on each side
WORLD = (-170.0, -58.0, 180.0, 80.0)  # lon/lat box shown when no incident has coordinates


@dataclass(frozen=True)
class Country:
    """One country's outline: rings of (lon, lat) points and their bounding box."""

    name: str
    rings: list[list[tuple[float, float]]]
    bbox: tuple[float, float, float, float]


@lru_cache(maxsize=1)
def load_countries(path: Path = COUNTRIES_FILE) -> tuple[Country, ...]:
    """Decode the bundled TopoJSON (delta-encoded, quantized arcs) into country rings."""
    if not path.is_file():
        raise FileNotFoundError(f"country outlines not found: {path} (bundled with the package)")
    topology = json.loads(path.read_text(encoding="utf-8"))
    (scale_x, scale_y), (shift_x, shift_y) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)

    def ring(indexes: list[int]) -> list[tuple[float, float]]:
        points: list[tuple[float, float]] = []
        for index in indexes:
            # ~index (negative) means the arc walked backwards; consecutive arcs share their joining point
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
            points.extend(arc[1:] if points else arc)
        return _unwrap(points)

    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}.get(geometry["type"], [])
        rings = [ring(indexes) for polygon in polygons for indexes in polygon]
        if not rings:
            continue
        lons = [lon for r in rings for lon, _ in r]
        lats = [lat for r in rings for _, lat in r]
        name = (geometry.get("properties") or {}).get("name", "")
        countries.append(Country(name, rings, (min(lons), min(lats), max(lons), max(lats))))
    return tuple(countries)


def _unwrap(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Keep a ring that crosses the antimeridian (Russia, Fiji) continuous instead of jumping across the map."""
    unwrapped, shift, previous = [], 0.0, None
    for lon, lat in points:
        if previous is not None and abs(lon - previous) > 180:
            shift += 360.0 if lon < previous else -360.0
        previous = lon
        unwrapped.append((lon + shift, lat))
    return unwrapped


@dataclass(frozen=True)
class View:
    """An equirectangular projection of a lon/lat box onto the SVG canvas."""

    west: float
    south: float
    east: float
    north: float

    @property
    def stretch(self) -> float:
        """Longitude shrink at the box's middle latitude, so shapes keep their proportions there."""
        return max(math.cos(math.radians((self.south + self.north) / 2)), 0.2)

    def project(self, lon: float, lat: float) -> tuple[float, float]:
        """Canvas coordinates of a point."""
        return ((lon - self.west) / (self.east - self.west) * WIDTH, (self.north - lat) / (self.north - self.south) * HEIGHT)


def view_for(points: Sequence[MapPoint]) -> View:
    """The incidents' extent plus a margin, widened to the canvas's proportions."""
    if not points:
        west, south, east, north = WORLD
    else:
        lons, lats = [p.longitude for p in points], [p.latitude for p in points]
        span_lon = max(max(lons) - min(lons), MIN_SPAN_DEGREES)
        span_lat = max(max(lats) - min(lats), MIN_SPAN_DEGREES / 2)
        mid_lon, mid_lat = (max(lons) + min(lons)) / 2, (max(lats) + min(lats)) / 2
        half_lon, half_lat = span_lon * (0.5 + MARGIN_SHARE), span_lat * (0.5 + MARGIN_SHARE)
        west, east, south, north = mid_lon - half_lon, mid_lon + half_lon, mid_lat - half_lat, mid_lat + half_lat
    south, north = max(south, -85.0), min(north, 85.0)
    stretch = View(west, south, east, north).stretch
    # Widen whichever side is short so the canvas's aspect holds without distorting shapes.
    width_units, height_units = (east - west) * stretch, north - south
    if width_units / height_units < WIDTH / HEIGHT:
        extra = (height_units * WIDTH / HEIGHT / stretch - (east - west)) / 2
        west, east = west - extra, east + extra
    else:
        extra = ((east - west) * stretch * HEIGHT / WIDTH - height_units) / 2
        south, north = south - extra, north + extra
    return View(west, south, east, north)


def map_svg(points: Sequence[MapPoint], unmapped: int = 0) -> str:
    """Country outlines zoomed to the incidents, one circle per incident (area grows with the killed)."""
    view = view_for(points)
    parts = [
        f'<svg id="incident-map" class="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="Map of the period\'s incidents">',
        f'<rect class="sea" x="0" y="0" width="{WIDTH}" height="{HEIGHT}" fill="#dbe9f4"/>',
        '<g class="countries" fill="#f2efe6" stroke="#9a9a8f" stroke-width="0.6">',
    ]
    for country in load_countries():
        if not _overlaps(country.bbox, view):
            continue
        data = " ".join(_ring_path(ring, view) for ring in country.rings)
        parts.append(f'<path class="country" d="{data}"><title>{escape(country.name)}</title></path>')
    parts.append('</g><g class="points" fill="#c0392b" fill-opacity="0.65" stroke="#7b241c" stroke-width="0.8">')
    for point in points:
        x, y = view.project(point.longitude, point.latitude)
        radius = min(3.0 + 1.8 * math.sqrt(max(point.killed, 0)), 26.0)
        label = f"{point.label}: {point.killed} killed"
        parts.append(f'<circle class="incident-point" cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}"><title>{escape(label)}</title></circle>')
    parts.append("</g>")
    note = f"{len(points)} incidents shown"
    if unmapped:
        note += f"; {unmapped} without coordinates not shown"
    parts.append(f'<text x="8" y="{HEIGHT - 8}" font-size="11" fill="#333">{escape(note)} · outlines: Natural Earth 1:110m</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def _overlaps(bbox: tuple[float, float, float, float], view: View) -> bool:
    west, south, east, north = bbox
    return west <= view.east and east >= view.west and south <= view.north and north >= view.south


def _ring_path(ring: list[tuple[float, float]], view: View) -> str:
    commands, previous = [], None
    for lon, lat in ring:
        x, y = view.project(lon, lat)
        point = f"{x:.1f},{y:.1f}"
        if point != previous:
            commands.append(point)
            previous = point
    return "M" + "L".join(commands) + "Z"
