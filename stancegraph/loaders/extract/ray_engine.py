"""Extraction on a Ray cluster (``stancegraph extract --engine ray``), through Ray Data.

The units of :mod:`.shards` become a Ray dataset; a pool of actors (one spaCy model each,
one CPU each, up to ``jobs`` of them) turns each unit into its shard; this process follows
the units as they finish, for the progress bar, and writes the manifest at the end. Ray
restarts a killed actor and runs its unit again, which writes the same shard again (see
:mod:`.shards` for why that leaves no article twice and none missing).

Ray is an optional extra (``pip install 'stancegraph[ray]'``), imported only here.
"""
from __future__ import annotations

import json
import logging
from typing import Any, Callable, Optional

from stancegraph.errors import MissingDependency, StancegraphError
from stancegraph.loaders.extract.shards import Folder, ShardWriter, Unit, UnitResult, duplicates, finish, plan_units


def import_ray():
    """Ray and Ray Data, or one line saying how to install them."""
    try:
        import ray
        import ray.data  # noqa: F401 - Ray Data is a separate part of the ray package
    except ImportError as exc:
        raise MissingDependency(f"--engine ray needs Ray ({exc}); install it with: "
                                "pip install 'stancegraph[ray]'") from None
    return ray


def extract_on_ray(sources: list[str], out: str, *, jobs: int, address: Optional[str], model: Optional[str],
                   options: dict[str, Any], report: Any, progress: Optional[Callable[[str, str], None]]
                   ) -> dict[str, Any]:
    """Extract ``sources`` into shards in ``out``; counts and failures go to ``report`` (an
    :class:`~stancegraph.api.IngestReport`). Returns the manifest."""
    ray = import_ray()
    from stancegraph import __version__
    from stancegraph.loaders.extract.parallel import _check_model

    _check_model(model)
    units, failures = plan_units(sources, options, model)
    for line in failures:
        report._event(progress, "failed", line)
    folder = Folder(out)
    folder.make()
    results = folder.done()
    resumed = {u.key for u in units if u.key in results}
    todo = [u for u in units if u.key not in resumed]
    if todo:
        for result in _run(ray, todo, out, jobs=jobs, address=address, model=model, options=options):
            results[result.key] = result
            _follow(result, report, progress)
    describe = {"stancegraph": __version__, "engine": "ray", "model": model, "options": options,
                "sources": [str(s) for s in sources]}
    manifest = finish(folder, units, results, describe=describe)
    _count(units, results, resumed, report, progress)
    return manifest


def _run(ray, units: list[Unit], out: str, *, jobs: int, address: Optional[str], model: Optional[str],
         options: dict[str, Any]):
    """The units' results as their workers finish them."""
    started = not ray.is_initialized()
    if started:
        try:
            # "local": a Ray of its own, never one that happens to run on this machine
            ray.init(address=address or "local", logging_level=logging.ERROR, log_to_driver=False)
        except Exception as exc:  # noqa: BLE001 - connection errors come in several kinds
            where = f"at {address}" if address else "(local)"
            raise StancegraphError(f"cannot start or reach the Ray cluster {where}: {_first_line(exc)}") from None
    try:
        logging.getLogger("ray.data").setLevel(logging.ERROR)  # our own progress bar instead
        ray.data.DataContext.get_current().enable_progress_bars = False
        # Up to ``jobs`` workers: as many as the cluster has CPUs for at once, more as it grows.
        most = max(1, min(jobs, len(units)))
        least = max(1, min(most, int(ray.cluster_resources().get("CPU", 0))))
        items = [{"key": u.key, "inputs": json.dumps(u.inputs)} for u in units]
        # A killed worker is restarted and its unit run again (Ray Data retries without limit).
        dataset = ray.data.from_items(items, override_num_blocks=len(items)).map_batches(
            ShardWriter, fn_constructor_kwargs={"out": out, "model": model, "options": options},
            batch_size=1, num_cpus=1,
            # One unit at a time per worker: the others wait in the shared queue, for whichever
            # worker is free first (and a dying worker takes only its own unit down).
            compute=ray.data.ActorPoolStrategy(min_size=least, max_size=most, max_tasks_in_flight_per_actor=1))
        try:
            for row in dataset.iter_rows():
                yield UnitResult.from_json(row["result"])
        except Exception as exc:  # noqa: BLE001 - Ray wraps a worker's error in several kinds
            raise StancegraphError(f"extraction on Ray failed (complete shards are kept; run again to "
                                   f"resume): {_first_line(exc)}") from None
    finally:
        if started:
            ray.shutdown()


def _follow(result: UnitResult, report: Any, progress) -> None:
    """Progress events for a unit just finished (the counts are set at the end)."""
    for line in result.failures:
        report.failures.append(line)
        if progress is not None:
            progress("failed", line)
    if progress is not None:
        for line in result.skipped:
            progress("skipped", line)
        for article_id in result.written:
            progress("done", article_id)


def _count(units: list[Unit], results: dict[str, UnitResult], resumed: set[str], report: Any, progress) -> None:
    """The report's counts over every unit: a text read in two units counts once (as local
    ``extract`` reads it once), a unit complete before this run counts as skipped."""
    later = duplicates(units, results)
    for unit in units:
        result, dropped = results[unit.key], later.get(unit.key, {})
        written = [i for i in result.written if i not in dropped]
        if unit.key in resumed:
            report.skipped += len(written)
            continue
        report.loaded += len(result.read) - len(dropped)
        report.written += len(written)
        report.skipped += len(result.skipped) + len(dropped)
        report.failed += len(result.failures)
        for article_id, where in result.read:
            if article_id in dropped and progress is not None:
                progress("skipped", f"{where}: skipped, same text as {dropped[article_id]}")


def _first_line(exc: BaseException) -> str:
    lines = [line for line in str(exc).strip().splitlines() if line.strip()]
    return f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__
