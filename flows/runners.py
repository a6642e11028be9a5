"""Where the flows' tasks run: a thread pool by default, or Dask (prefect-dask) for the CPU stages.

With `task_runner = "dask"` the flow's task runner is prefect-dask's DaskTaskRunner, so the submitted
CPU stages (clean and extract batches) run on Dask workers: a LocalCluster of `dask_workers`
processes, or the existing cluster at `dask_address`. Discover and fetch stay on a thread pool in
the flow's own process, whatever the runner: the per-host politeness limits, the circuit breakers
(tasks/hostlimits.py) and the robots cache (tasks/robots.py) are in-memory registries of that
process, and they only hold across the run while every request of the run goes through them. On
Dask workers each process would keep its own, and two sources on one host would each get the full
limit. Fetching is I/O-bound anyway; threads are the right engine for it. Dedup, land, resolve and
the run record also run in the flow's process: they read and write the warehouse under its lock.
Everything sent to Dask is plain picklable data (FetchRecord, Article, dicts), never a connection.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Any, Callable, Iterator

from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from incidentwire.settings import Settings

RUNNERS = ("threads", "dask")


def task_runner(settings: Settings) -> TaskRunner:
    """The Prefect task runner the settings ask for (not started)."""
    if settings.task_runner == "threads":
        return ThreadPoolTaskRunner()
    if settings.task_runner != "dask":
        raise ValueError(f"task_runner must be one of {RUNNERS}, not {settings.task_runner!r}")
    # distributed logs INFO lines whatever Prefect's level; dask reads this when distributed is imported.
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")
    from prefect_dask import DaskTaskRunner

    if settings.dask_address:
        return DaskTaskRunner(address=settings.dask_address)
    # One thread per worker process: the CPU stages hold the GIL, so more threads would only contend.
    return DaskTaskRunner(
        cluster_kwargs={"n_workers": settings.dask_workers, "processes": True, "threads_per_worker": 1}
    )


def with_runner(flow: Any, settings: Settings) -> Any:
    """The flow with the task runner the settings ask for."""
    return flow.with_options(task_runner=task_runner(settings))


def from_env(flow: Any) -> Any:
    """The flow on Dask when INCIDENTWIRE_TASK_RUNNER=dask (a deployment's job variable), else unchanged."""
    settings = Settings.from_env()
    return flow if settings.task_runner == "threads" else with_runner(flow, settings)


@contextmanager
def io_submitter() -> Iterator[Callable[..., Any]]:
    """`submit(task, **parameters)` for the I/O stages: always threads in this process (see the module doc)."""
    from prefect.context import FlowRunContext

    context = FlowRunContext.get()
    if context is None or isinstance(context.task_runner, ThreadPoolTaskRunner):
        yield lambda task, **parameters: task.submit(**parameters)
        return
    with ThreadPoolTaskRunner() as local:
        yield lambda task, **parameters: local.submit(task, parameters)
