"""The demo week's brief in headless Chromium: no console errors, chart and map drawn, every source link a landed article.

The screenshot is saved to bench-out/brief.png (gitignored) at the repository root.
"""

import json
import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import lxml.html
import pytest

from tasks.brief import brief_from_settings
from tasks.brief_charts import PALETTE
from tasks.brief_markdown import write_brief
from tests.conftest import sql

REPO = Path(__file__).resolve().parents[1]
SCREENSHOT = REPO / "bench-out" / "brief.png"
WINDOW = (1000, 2400)

# Injected into a copy of the brief (which has no script of its own): records uncaught errors, failed or
# CSP-blocked loads and console.error calls on <html data-page-errors>, and where the chart and map were laid out.
RECORDER = """<script>(function(){var errors=[];var root=document.documentElement;
function note(t){errors.push(String(t));root.setAttribute('data-page-errors',JSON.stringify(errors));}
root.setAttribute('data-page-errors','[]');
window.addEventListener('error',function(e){note('error: '+(e.message||(e.target&&(e.target.src||e.target.href))||'resource'));},true);
window.addEventListener('securitypolicyviolation',function(e){note('blocked: '+e.blockedURI+' ('+e.violatedDirective+')');});
var original=console.error;console.error=function(){note('console.error: '+Array.prototype.join.call(arguments,' '));return original.apply(console,arguments);};
window.addEventListener('load',function(){var boxes={};['trend-chart','incident-map'].forEach(function(id){
var el=document.getElementById(id);if(el){var r=el.getBoundingClientRect();boxes[id]=[r.left+scrollX,r.top+scrollY,r.width,r.height];}});
root.setAttribute('data-boxes',JSON.stringify(boxes));});})();</script>"""

pytestmark = pytest.mark.flow


@pytest.fixture(scope="module")
def chromium() -> str:
    """Debian's chromium, installed with apt-get where it is missing (as the platform notes do)."""
    found = shutil.which("chromium")
    if found:
        return found
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        pytest.skip("chromium is not installed and cannot be: installing Debian's chromium package needs root and apt-get")
    for command in (["apt-get", "update"], ["apt-get", "install", "-y", "chromium"]):
        done = subprocess.run(command, capture_output=True, text=True, timeout=900, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
        if done.returncode != 0:
            pytest.skip(f"could not install chromium ({' '.join(command)}): {done.stderr.strip()[-300:]}")
    return shutil.which("chromium") or pytest.skip("apt-get installed chromium but it is not on PATH")


def run_chromium(binary: str, page: Path, profile: Path, *extra: str) -> subprocess.CompletedProcess:
    """Headless Chromium on a local file, with a throwaway profile and console messages on stderr."""
    command = [binary, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
               "--enable-logging=stderr", "--v=0", f"--window-size={WINDOW[0]},{WINDOW[1]}", *extra, page.as_uri()]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def open_page(binary: str, page: Path, tmp_path: Path) -> tuple[lxml.html.HtmlElement, list[str], dict]:
    """Load a copy of the page with the recorder; return its DOM, the console lines and the recorded errors and boxes."""
    html = page.read_text(encoding="utf-8")
    # Let only the recorder's inline script run: the page's policy stays as it is for everything else.
    html = html.replace("default-src 'none';", "default-src 'none'; script-src 'unsafe-inline';", 1)
    recorded = tmp_path / f"recorded-{page.name}"
    recorded.write_text(html.replace("<head>", "<head>" + RECORDER, 1), encoding="utf-8")
    done = run_chromium(binary, recorded, tmp_path / "profile", "--dump-dom")
    assert done.returncode == 0, done.stderr[-2000:]
    dom = lxml.html.fromstring(done.stdout)
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    assert dom.get("data-page-errors") is not None, "the error recorder did not run"
    return dom, console, {"errors": json.loads(dom.get("data-page-errors")), "boxes": json.loads(dom.get("data-boxes") or "{}")}


def test_the_recorder_catches_a_broken_page(chromium, tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';\">"
                      "</head><body><img src=\"http://192.0.2.1/x.png\"><script>notAFunction();</script></body></html>")
    _, console, recorded = open_page(chromium, broken, tmp_path)
    assert any("notAFunction" in error for error in recorded["errors"]), recorded
    assert any(error.startswith("blocked: http://192.0.2.1/x.png") for error in recorded["errors"]), recorded
    assert len(console) >= 2


def test_the_demo_brief_renders_in_chromium(chromium, demo_week, tmp_path):
    warehouse = demo_week["warehouse"]
    brief = brief_from_settings(warehouse)
    html_path, _ = write_brief(brief, tmp_path / "brief")
    dom, console, recorded = open_page(chromium, html_path, tmp_path)
    assert recorded["errors"] == [] and console == []

    # the chart and the map are drawn as SVG with bars, outlines and points
    assert len(dom.xpath('//*[@id="trend-chart"]//*[@class="bar"]')) >= 10
    assert len(dom.xpath('//*[@id="incident-map"]//*[@class="country"]')) >= 20
    landed_points = sql(warehouse, "SELECT count(*) FROM incidents WHERE date BETWEEN ? AND ? AND latitude IS NOT NULL",
                        [brief.start, brief.day])[0][0]
    assert len(dom.xpath('//*[@id="incident-map"]//*[@class="incident-point"]')) == landed_points > 0

    # every source link is the URL of a landed article, and every article of the day's incidents is linked
    hrefs = [a.get("href") for a in dom.xpath("//a[@href]")]
    landed = {row[0] for row in sql(warehouse, "SELECT canonical_url FROM articles")}
    assert hrefs and set(hrefs) <= landed
    expected = {row[0] for row in sql(warehouse, """SELECT DISTINCT a.canonical_url FROM incident_articles ia
        JOIN incidents i USING (incident_id) JOIN articles a ON a.id = ia.article_id WHERE i.date = ?""", [brief.day])}
    assert set(hrefs) == expected

    # and the pixels: the map box shows sea, land and red points; the chart box shows its first series' colour
    SCREENSHOT.parent.mkdir(exist_ok=True)
    shot = run_chromium(chromium, html_path, tmp_path / "profile", f"--screenshot={SCREENSHOT}")
    assert shot.returncode == 0 and SCREENSHOT.stat().st_size > 0, shot.stderr[-2000:]
    print(f"screenshot: {SCREENSHOT}")
    width, pixels = read_png(SCREENSHOT)
    map_colours = colours_in(pixels, width, recorded["boxes"]["incident-map"])
    assert map_colours[(0xDB, 0xE9, 0xF4)] > 1000 and map_colours[(0xF2, 0xEF, 0xE6)] > 1000  # sea, land
    assert sum(n for (r, g, b), n in map_colours.items() if r > 150 and g < 130 and b < 130) > 50  # points
    chart_colours = colours_in(pixels, width, recorded["boxes"]["trend-chart"])
    first_series = tuple(int(PALETTE[0][i:i + 2], 16) for i in (1, 3, 5))
    assert chart_colours[first_series] > 50 and len(chart_colours) > 6


def read_png(path: Path) -> tuple[int, list[bytes]]:
    """Width and RGB rows of an 8-bit RGB or RGBA PNG (all five row filters), with zlib and struct only."""
    data, position, chunks = path.read_bytes(), 8, []
    width = height = channels = 0
    while position < len(data):
        (length,), kind = struct.unpack(">I", data[position:position + 4]), data[position + 4:position + 8]
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour_type = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour_type in (2, 6), (depth, colour_type)
            channels = 3 if colour_type == 2 else 4
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    raw, stride, rows = zlib.decompress(b"".join(chunks)), width * channels, []
    previous = bytearray(stride)
    for y in range(height):
        kind, row = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = row[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                row[i] = (row[i] + left) & 255
            elif kind == 2:
                row[i] = (row[i] + up) & 255
            elif kind == 3:
                row[i] = (row[i] + (left + up) // 2) & 255
            elif kind == 4:
                estimate = left + up - corner
                pa, pb, pc = abs(estimate - left), abs(estimate - up), abs(estimate - corner)
                row[i] = (row[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(bytes(row) if channels == 3 else bytes(b for j, b in enumerate(row) if j % 4 != 3))
        previous = row
    return width, rows


def colours_in(rows: list[bytes], width: int, box: list[float]) -> dict[tuple[int, int, int], int]:
    """How many pixels of each colour lie inside a layout box (x, y, width, height in CSS pixels)."""
    left, top, box_width, box_height = (int(v) for v in box)
    counts: dict[tuple[int, int, int], int] = {}
    for row in rows[max(top, 0):min(top + box_height, len(rows))]:
        for x in range(max(left, 0), min(left + box_width, width)):
            colour = (row[3 * x], row[3 * x + 1], row[3 * x + 2])
            counts[colour] = counts.get(colour, 0) + 1
    return counts


def test_every_flow_run_publishes_the_brief_as_an_artifact(demo_week):
    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["incidentwire-brief"])))
    assert len(artifacts) >= len(demo_week["runs"])  # one per daily run of the demo week
    assert all(artifact.data.startswith("# incidentwire daily brief, 2026-03-") for artifact in artifacts)
    assert any("## Data quality" in artifact.data and "## Incidents on 2026-03-14" in artifact.data for artifact in artifacts)
