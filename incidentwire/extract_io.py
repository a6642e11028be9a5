"""The `extract` command's input and output: files or JSON lines in, JSON out."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import IO, Iterable

from tasks.clean import article_text, decode_body


def looks_like_html(text: str) -> bool:
    """True when a text is an HTML document rather than plain article text."""
    head = text[:2000].lower()
    return "<html" in head or "<body" in head or "<!doctype html" in head or head.count("<p") >= 2


def text_of(raw: str) -> str:
    """Article text of a file's content, extracting the body first when it is HTML."""
    return article_text(raw) if looks_like_html(raw) else raw


def extract_files(paths: Iterable[str], published: date | None, out: IO[str]) -> None:
    """Write one JSON line per file: {"file", "incidents"}."""
    from tasks.extract import extract_incidents

    for name in paths:
        raw = sys.stdin.read() if name == "-" else decode_body(Path(name).read_bytes(), {})
        incidents = extract_incidents(text_of(raw), published=published)
        out.write(json.dumps({"file": name, "incidents": incidents}, ensure_ascii=False) + "\n")


def extract_jsonl(lines: Iterable[str], out: IO[str]) -> None:
    """Read {"id", "text"|"html", "published"} lines; write {"id", "incidents"} lines."""
    from tasks.extract import extract_incidents

    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            text = item["text"] if "text" in item else article_text(item["html"])
            published = date.fromisoformat(str(item["published"])[:10]) if item.get("published") else None
            incidents = extract_incidents(text, published=published)
            out.write(json.dumps({"id": item.get("id"), "incidents": incidents}, ensure_ascii=False) + "\n")
        except (ValueError, KeyError, TypeError) as exc:
            # One bad line is reported in place and the stream goes on.
            print(f"incidentwire: line {number}: skipped: {exc}", file=sys.stderr)
            out.write(json.dumps({"id": None, "incidents": [], "error": f"line {number}: {exc}"}) + "\n")
        out.flush()
