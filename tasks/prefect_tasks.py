"""Thin Prefect task wrappers over the stage functions: a task per source or per batch, never per article."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NONE

from incidentwire import pipeline, stream

# Inputs are large and results live in memory: Prefect's input hashing and caching would only cost time.
_options = {"cache_policy": NONE, "persist_result": False}

discover_source = task(name="discover", **_options)(pipeline.discover_source)
fetch_links = task(name="fetch", **_options)(pipeline.fetch_links)
clean_batch = task(name="clean", **_options)(pipeline.clean_records)
dedup_day = task(name="dedup", **_options)(pipeline.dedup_day)
extract_batch = task(name="extract", **_options)(pipeline.extract_mentions)
land_day = task(name="land", **_options)(pipeline.land_day)
dedup_spill = task(name="dedup", **_options)(stream.dedup_spill)
land_spill = task(name="land", **_options)(stream.land_spill)
resolve_incidents = task(name="resolve", **_options)(pipeline.resolve_warehouse)
record_run = task(name="record-run", **_options)(pipeline.record_run)


@task(name="report", **_options)
def publish_report(warehouse) -> str:
    """Render the daily brief (latest day with incidents) as Markdown and publish it as a Prefect artifact of the flow run."""
    from prefect.artifacts import create_markdown_artifact

    from tasks.brief import brief_from_settings
    from tasks.brief_markdown import render_markdown

    brief = brief_from_settings(warehouse)
    markdown = render_markdown(brief)
    create_markdown_artifact(markdown, key="incidentwire-brief", description=f"incidentwire daily brief, {brief.day}")
    return markdown
