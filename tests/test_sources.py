from pathlib import Path

import pytest

from incidentwire.settings import REPO_ROOT
from incidentwire.sources import RegistryError, load_registry, select_sources


def write(tmp_path: Path, text: str, name: str = "sources.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_minimal_registry_form_takes_defaults(tmp_path):
    path = write(tmp_path, 'sources: [{id: x, kind: rss, url: "http://127.0.0.1:8000/feed.xml", language: en}]')
    [source] = load_registry(path)
    assert source.id == "x" and source.kind == "rss" and source.url == "http://127.0.0.1:8000/feed.xml"
    assert source.delay is None and source.concurrency is None and source.language == "en"


def test_toml_registry(tmp_path):
    path = write(tmp_path, '[[sources]]\nid = "t"\nkind = "atom"\nurl = "https://example.org/atom.xml"\n', "s.toml")
    assert load_registry(path)[0].kind == "atom"


def test_placeholders_are_filled(tmp_path):
    path = write(tmp_path, 'sources: [{id: d, kind: rss, url: "{base_url}/feed.xml"}]')
    assert load_registry(path, {"base_url": "http://127.0.0.1:9"})[0].url == "http://127.0.0.1:9/feed.xml"


@pytest.mark.parametrize(
    "text, message",
    [
        ("sources: [{kind: rss, url: 'http://a/'}]", "missing 'id'"),
        ("sources: [{id: a, kind: gopher, url: 'http://a/'}]", "kind must be one of"),
        ("sources: [{id: a, kind: rss}]", "missing 'url'"),
        ("sources: [{id: a, kind: html, url: 'http://a/'}]", "link_selector"),
        ("sources: [{id: a, kind: rss, url: 'ftp://a/'}]", "must be http"),
        ("sources: [{id: a, kind: rss, url: 'http://a/'}, {id: a, kind: rss, url: 'http://b/'}]", "duplicate"),
        ("nothing: here", "top-level 'sources'"),
        ("sources: [", "not valid YAML"),
    ],
)
def test_bad_registries_give_clear_errors(tmp_path, text, message):
    with pytest.raises(RegistryError, match=message):
        load_registry(write(tmp_path, text))


def test_select_sources():
    sources = load_registry(REPO_ROOT / "sources" / "production.yaml")
    assert len(sources) >= 10
    assert [s.id for s in select_sources(sources, "dawn,humangle")] == ["dawn", "humangle"]
    with pytest.raises(RegistryError, match="unknown source ids: nope"):
        select_sources(sources, "nope")


def test_country_hint_is_an_iso_code(tmp_path):
    ok = write(tmp_path, "sources: [{id: d, kind: rss, url: 'http://a/', country: pk}]")
    assert load_registry(ok)[0].country == "PK"
    with pytest.raises(RegistryError, match="alpha-2"):
        load_registry(write(tmp_path, "sources: [{id: d, kind: rss, url: 'http://a/', country: Pakistan}]"))
