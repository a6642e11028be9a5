"""The `incidentwire` command: run, backfill, extract, query, report and export."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from incidentwire.settings import REPO_ROOT
from tasks.storage import as_warehouse, is_remote

DEMO_SOURCES = REPO_ROOT / "sources" / "demo.yaml"
DEMO_FIRST_DAY, DEMO_LAST_DAY = date(2026, 3, 9), date(2026, 3, 15)
DEMO_PORT = 8765


class UsageError(Exception):
    """A command-line mistake, reported as one line."""


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, format="%(message)s", stream=sys.stderr)
    for noisy in ("prefect", "httpx", "urllib3", "charset_normalizer"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        return args.handler(args) or 0
    except KeyboardInterrupt:
        print("incidentwire: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # one clear line, not a traceback, unless --verbose
        if args.verbose:
            raise
        message = " ".join(line.strip() for line in str(exc).splitlines() if line.strip() and set(line.strip()) != {"^"})
        print(f"incidentwire: error: {message or type(exc).__name__}", file=sys.stderr)
        return 1


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(prog="incidentwire", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging and full tracebacks")
    sub = parser.add_subparsers(dest="command", required=True)

    def with_warehouse(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--warehouse", type=as_warehouse, default=None,
                       help="warehouse folder or s3://bucket/prefix (default: warehouse/)")
        return p

    def with_runner(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--task-runner", choices=("threads", "dask"), help="where clean and extract run (default: threads)")
        p.add_argument("--dask-address", help="an existing Dask scheduler, tcp://host:8786 (default: a LocalCluster)")
        return p

    run = with_warehouse(sub.add_parser("run", help="run the daily flow"))
    run.add_argument("--date", help="the day to crawl, YYYY-MM-DD (default: today, UTC; with --demo: the demo week)")
    run.add_argument("--sources", type=Path, help="source registry file (YAML or TOML)")
    run.add_argument("--only", default="all", help="comma-separated source ids (default: all)")
    run.add_argument("--demo", action="store_true", help="serve the bundled demo news site and crawl it")
    run.add_argument("--allow-private-addresses", action="store_true", help="allow loopback/private hosts")
    run.add_argument("--no-summary", action="store_true", help="do not print the summary afterwards")
    with_runner(run).set_defaults(handler=cmd_run)

    backfill = with_warehouse(sub.add_parser("backfill", help="rebuild the tables for a date range"))
    backfill.add_argument("--start", required=True)
    backfill.add_argument("--end", required=True)
    backfill.add_argument("--refetch", action="store_true", help="fetch again instead of reading the raw archive")
    backfill.add_argument("--sources", type=Path)
    backfill.add_argument("--only", default="all")
    backfill.add_argument("--demo", action="store_true", help="use the demo site's sources (served locally)")
    backfill.add_argument("--allow-private-addresses", action="store_true")
    with_runner(backfill).set_defaults(handler=cmd_backfill)

    extract = sub.add_parser("extract", help="extract incidents from text or HTML files")
    extract.add_argument("files", nargs="*", help="text or HTML files ('-' for standard input)")
    extract.add_argument("--published", help="publication date YYYY-MM-DD, to resolve relative dates")
    extract.add_argument("--jsonl", action="store_true", help='read JSON lines {"id", "text"|"html", "published"}')
    extract.set_defaults(handler=cmd_extract)

    evaluate = sub.add_parser("eval", help="score extraction against a gold file")
    evaluate.add_argument("gold", type=Path, help="gold JSON lines (schema.md's shape, or incidents-dev's)")
    evaluate.add_argument("--pred", type=Path, help="predictions from `extract --jsonl` (default: extract now)")
    evaluate.add_argument("--format", choices=("table", "json"), default="table")
    evaluate.set_defaults(handler=cmd_eval)

    query = with_warehouse(sub.add_parser("query", help="run SQL on the warehouse (read-only unless --write)"))
    query.add_argument("sql", nargs="?", help="the SQL text")
    query.add_argument("--file", type=Path, help="read the SQL from a file")
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")
    query.add_argument("--param", action="append", metavar="NAME=VALUE", help="bind $NAME in the SQL (repeatable)")
    query.add_argument("--arg", action="append", metavar="VALUE", help="bind the next ? in the SQL (repeatable)")
    query.add_argument("--write", action="store_true",
                       help="allow statements that change things and files outside the warehouse (takes the warehouse lock)")
    query.set_defaults(handler=cmd_query)

    report = with_warehouse(sub.add_parser("report", help="write the daily brief (HTML and Markdown), or the run summary"))
    report.add_argument("--date", help="the brief's day, YYYY-MM-DD (default: the latest day with incidents)")
    report.add_argument("--days", type=int, help="days in the brief's period, ending on --date (default 7)")
    report.add_argument("--out", type=Path, help="write the brief's HTML here and its Markdown beside it (.md); "
                        "a folder gets brief-<date>.html; without --out the Markdown is printed")
    report.add_argument("--summary", action="store_true", help="the run summary instead (text, or Markdown with --out)")
    report.set_defaults(handler=cmd_report)

    export = with_warehouse(sub.add_parser("export", help="write the incidents of a period as ACLED/GTD CSV, GeoJSON or Parquet"))
    export.add_argument("--format", required=True, choices=("acled-csv", "gtd-csv", "geojson", "parquet"))
    export.add_argument("--start", help="first incident date, YYYY-MM-DD (event date, else first report date)")
    export.add_argument("--end", help="last incident date, YYYY-MM-DD (inclusive)")
    export.add_argument("--out", type=Path, help="output file ('-' or none: standard output; parquet needs a file)")
    export.set_defaults(handler=cmd_export)
    return parser


def prepare_prefect(verbose: bool = False) -> None:
    """Project-local Prefect home, no telemetry, quiet logs; must run before prefect is imported."""
    os.environ.setdefault("PREFECT_HOME", str(REPO_ROOT / ".prefect"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # A failed run's traceback would bury the one-line error this command prints; -v shows it.
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "CRITICAL")
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "CRITICAL")
    os.environ.setdefault("DO_NOT_TRACK", "1")


def _warehouse(args: argparse.Namespace) -> Path | str:
    warehouse = args.warehouse or as_warehouse(os.environ.get("INCIDENTWIRE_WAREHOUSE", REPO_ROOT / "warehouse"))
    return warehouse if is_remote(warehouse) else Path(warehouse).resolve()


def _flow_options(args: argparse.Namespace, demo_base_url: str | None) -> dict:
    sources = args.sources
    if args.demo:
        sources = sources or DEMO_SOURCES
    if sources is not None and not Path(sources).is_file():
        raise UsageError(f"source registry not found: {sources}")
    return {
        "sources": args.only,
        "sources_file": str(sources) if sources else None,
        "warehouse": str(_warehouse(args)),
        "allow_private_addresses": True if (args.demo or args.allow_private_addresses) else None,
        "url_variables": {"base_url": demo_base_url} if demo_base_url else None,
    }


def _on_runner(flow, args: argparse.Namespace):
    """The flow on the task runner the options ask for (--dask-address implies dask), else as the environment says."""
    if args.task_runner is None and args.dask_address is None:
        return flow
    from flows.runners import with_runner
    from incidentwire.settings import Settings

    runner = args.task_runner or "dask"
    return with_runner(flow, Settings.from_env(task_runner=runner, dask_address=args.dask_address))


def _demo_server(enabled: bool):
    if not enabled:
        from contextlib import nullcontext

        return nullcontext(None)
    from demo_site.server import start

    try:
        # A fixed port keeps the demo's URLs, and so its article ids and raw archive, the same from run to run.
        return start(port=DEMO_PORT)
    except OSError:
        return start(port=0)


def cmd_run(args: argparse.Namespace) -> int:
    """Run the daily flow (for each day of the demo week with --demo and no --date)."""
    prepare_prefect(args.verbose)
    if args.demo and args.date is None:
        days = [str(DEMO_FIRST_DAY + timedelta(days=i)) for i in range((DEMO_LAST_DAY - DEMO_FIRST_DAY).days + 1)]
    else:
        days = [args.date]
    started = time.monotonic()
    with _demo_server(args.demo) as site:
        if site is not None:
            print(f"demo news site serving at {site.base_url}", file=sys.stderr)
        options = _flow_options(args, site.base_url if site else None)
        print("starting Prefect (a local temporary server; about 15 s)...", file=sys.stderr)
        from flows.pipeline import daily

        for day in days:
            run = _on_runner(daily, args)(date=day, **options)
            print(
                f"[{json.loads(run['parameters'])['date']}] discovered {run['discovered']}, fetched {run['fetched']}, "
                f"failed {run['failed']}, articles {run['cleaned']}, duplicates {run['duplicates']}, "
                f"mentions {run['mentions']}, incidents in warehouse {run['incidents']} ({run['status']})",
                file=sys.stderr,
            )
    print(f"done in {time.monotonic() - started:.1f} s; warehouse: {options['warehouse']}", file=sys.stderr)
    if not args.no_summary:
        from tasks.report import summary

        print(summary(as_warehouse(options["warehouse"]), runs=len(days)))
    return 0


def cmd_backfill(args: argparse.Namespace) -> int:
    """Run the backfill flow over a date range."""
    prepare_prefect(args.verbose)
    with _demo_server(args.demo and args.refetch) as site:
        options = _flow_options(args, site.base_url if site else "http://127.0.0.1:1")
        print("starting Prefect (a local temporary server; about 15 s)...", file=sys.stderr)
        from flows.pipeline import backfill

        run = _on_runner(backfill, args)(start=args.start, end=args.end, refetch=args.refetch, **options)
    print(
        f"backfill {args.start}..{args.end}: articles {run['cleaned']}, duplicates {run['duplicates']}, "
        f"mentions {run['mentions']}, incidents in warehouse {run['incidents']} ({run['status']})",
        file=sys.stderr,
    )
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    """Extract incidents from files, or from JSON lines on standard input."""
    from incidentwire.extract_io import extract_files, extract_jsonl

    if args.jsonl:
        streams = args.files or ["-"]
        for name in streams:
            handle = sys.stdin if name == "-" else open(name, encoding="utf-8")
            with handle:
                extract_jsonl(handle, sys.stdout)
        return 0
    if not args.files:
        raise UsageError("extract needs FILE arguments, or --jsonl with JSON lines on standard input")
    published = date.fromisoformat(args.published) if args.published else None
    extract_files(args.files, published, sys.stdout)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """Score extraction against a gold file and print the table."""
    from incidentwire.evaluate import evaluate, format_scores

    if not args.gold.is_file():
        raise UsageError(f"gold file not found: {args.gold}")
    with open(args.gold, encoding="utf-8") as gold:
        if args.pred:
            with open(args.pred, encoding="utf-8") as predictions:
                scores = evaluate(gold, predictions)
        else:
            scores = evaluate(gold)
    if args.format == "json":
        rows = [{"measure": m, "hits": h, "total": t, "rate": r} for m, h, t, r in scores.table()]
        sys.stdout.write("".join(json.dumps(row) + "\n" for row in rows))
    else:
        sys.stdout.write(format_scores(scores))
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    """Run one SQL statement against the warehouse views and print the rows."""
    from incidentwire.query import run_sql

    if args.file:
        sql = args.file.read_text(encoding="utf-8")
    elif args.sql:
        sql = args.sql
    else:
        raise UsageError('query needs SQL text or --file FILE')
    from incidentwire.query import parse_params
    from incidentwire.settings import Settings

    params = parse_params(args.param, args.arg)
    timeout = Settings.from_env().lock_timeout_seconds
    sys.stdout.write(run_sql(_warehouse(args), sql, args.format, params, args.write, timeout))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Export the period's incidents; a count (and GeoJSON's skipped incidents) goes to stderr."""
    from tasks.export import export, parse_day

    start, end = parse_day(args.start, "--start"), parse_day(args.end, "--end")
    result = export(_warehouse(args), args.format, args.out, start, end)
    skipped = f"; {result.skipped} without coordinates skipped" if result.skipped else ""
    target = f" to {args.out}" if args.out and str(args.out) != "-" else ""
    print(f"exported {result.written} incidents as {args.format}{target}{skipped}", file=sys.stderr)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """Write the daily brief as HTML and Markdown (or print its Markdown); --summary gives the run summary."""
    warehouse = _warehouse(args)
    if args.summary:
        from tasks.report import summary

        if args.out:
            args.out.write_text(summary(warehouse, markdown=True), encoding="utf-8")
            print(f"wrote {args.out}", file=sys.stderr)
        else:
            print(summary(warehouse))
        return 0
    from tasks.brief import brief_from_settings
    from tasks.brief_markdown import render_markdown, write_brief

    from tasks.storage import exists

    if not exists(warehouse):  # a local folder, or a reachable bucket
        raise UsageError(f"no warehouse at {warehouse}")

    try:
        day = date.fromisoformat(args.date) if args.date else None
    except ValueError:
        raise UsageError(f"--date must be YYYY-MM-DD, not {args.date!r}") from None
    if args.days is not None and args.days < 1:
        raise UsageError(f"--days must be at least 1, not {args.days}")
    brief = brief_from_settings(warehouse, day, args.days)
    if not args.out:
        sys.stdout.write(render_markdown(brief))
        return 0
    html_path, md_path = write_brief(brief, args.out)
    print(f"wrote {md_path}", file=sys.stderr)
    print(html_path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
