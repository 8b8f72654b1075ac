"""`extract --engine ray` on a real Ray cluster: a head and one more node process on this
machine (``ray start``, one CPU each). The shards hold exactly what the local `extract`
gives, a worker killed mid-run leaves the output complete and free of duplicates, a rerun
skips what is done, and `load` of the folder writes each article once.

Articles: the BBC politics stories (../shared/corpora/bbc/politics, read in place) when
they are there, else the test fixtures' stories. Outside CI, a missing Ray skips these
tests; under CI=true it fails them (dev/test.sh installs stancegraph[ray]).
"""
from __future__ import annotations

import functools
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from stancegraph import api
from tests.conftest import require_or_skip

pytestmark = pytest.mark.ray

ROOT = Path(__file__).resolve().parents[1]
POLITICS = ROOT.parent / "shared" / "corpora" / "bbc" / "politics"
FIXTURES = Path(__file__).parent / "fixtures"
STANCEGRAPH = str(Path(sys.executable).with_name("stancegraph"))


def articles() -> list[str]:
    """The files, all of them unless STANCEGRAPH_TEST_RAY_ARTICLES says how many (a quicker
    run while working on the engine)."""
    if POLITICS.is_dir():
        files = sorted(str(p) for p in POLITICS.glob("*.txt"))
    else:
        files = _written_articles()
    return files[:int(os.environ.get("STANCEGRAPH_TEST_RAY_ARTICLES", 0)) or None]


@functools.lru_cache(maxsize=1)
def _written_articles(count: int = 40) -> list[str]:
    """Without the corpus (a fresh clone): stories made from the repository's own sample and
    fixture story, each told apart by its last line, enough for several units (16 files
    each) so both nodes get work."""
    folder = Path(tempfile.mkdtemp(prefix="stancegraph-ray-articles-"))
    sample = next((ROOT / "stancegraph" / "loaders" / "read" / "sample").glob("*.txt")).read_text()
    stories = [sample, (FIXTURES / "loaders" / "story.txt").read_text()]
    for i in range(count):
        (folder / f"story-{i:02d}.txt").write_text(f"{stories[i % 2]}\n\nFiled by desk {i}.\n")
    return sorted(str(p) for p in folder.glob("*.txt"))


@pytest.fixture(scope="module")
def cluster():
    try:
        import ray.data  # noqa: F401
    except ImportError:
        require_or_skip("Ray is not installed (pip install 'stancegraph[ray]')")
    from tests.ray_cluster import LocalCluster

    with LocalCluster(nodes=2, cpus=1) as running:
        yield running


@pytest.fixture(scope="module")
def local():
    """What the local extract gives for the same files: records by article id, and its summary."""
    report = api.IngestReport()
    records = {}
    for graph in api.extract(articles(), report=report):
        record = json.loads(api.to_jsonl(graph))
        records[record["article"]["id"]] = record
    return records, report.summary("extracted")


def extract_on(cluster, files, out, *extra, **popen):
    cmd = [STANCEGRAPH, "extract", *files, "-o", str(out), "--engine", "ray", "--jobs", "2",
           "--ray-address", cluster.address, *extra]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


def finished(proc, timeout=900):
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err[-3000:]
    return err


def shard_records(out: Path) -> list[dict]:
    manifest = json.loads((out / "manifest.json").read_text())
    rows = []
    for shard in manifest["shards"]:
        with open(out / shard["shard"], encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh)
    return rows


def spans(record: dict) -> list:
    return [(s["speaker"] and (s["speaker"]["start"], s["speaker"]["end"]), s["cue"] and s["cue"]["start"],
             s["content"]["start"], s["content"]["end"], s["kind"]) for s in record["statements"]]


def done_by(out: Path) -> dict[str, str]:
    """Each finished unit's done file and the worker ("host:pid") that wrote it."""
    return {p.name: json.loads(p.read_text())["worker"] for p in (out / "_done").glob("*.json")}


def workers(out: Path) -> set[str]:
    return set(done_by(out).values())


def test_cluster_extracts_what_local_extract_gives(cluster, local, tmp_path):
    expected, summary = local
    out = tmp_path / "shards"
    err = finished(extract_on(cluster, articles(), out))
    assert summary in err  # the same counts: loaded, extracted, skipped (texts read twice), failed
    rows = shard_records(out)
    ids = [r["article"]["id"] for r in rows]
    assert len(ids) == len(set(ids)), "an article is in the shards twice"
    assert set(ids) == set(expected)
    for row in rows:
        want = expected[row["article"]["id"]]
        assert (row["path"], spans(row)) == (want["path"], spans(want))
        assert row["graph"] == want["graph"]
    assert len(workers(out)) == 2  # both nodes' workers wrote shards
    assert not list((out / "_tmp").iterdir())

    # a rerun into the same folder skips every complete shard, without starting any work
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("*.jsonl")}
    err = finished(extract_on(cluster, articles(), out))
    assert f"0 loaded, 0 extracted, {len(ids)} skipped, 0 failed" in err
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.jsonl")} == before

    # load of the folder into a store that already holds some of the articles: each once
    db = str(tmp_path / "g.lbdb")
    some = tmp_path / "some.jsonl"
    some.write_text("".join(json.dumps(expected[i]) + "\n" for i in ids[:: max(1, len(ids) // 10)]))
    with api.open_store(db) as store:
        api.load([some], store)
        report = api.load([out], store)
        assert (report.loaded, report.failed) == (len(ids), 0)
        stored = store.run("MATCH (a:Article) RETURN count(a), count(DISTINCT a.id)").rows[0]
        statements = store.run("MATCH (s:Statement) RETURN count(s)").rows[0][0]
    assert stored == [len(ids), len(ids)]
    assert statements == sum(len(r["graph"]["statements"]) for r in rows)


def test_a_killed_worker_leaves_the_output_complete(cluster, local, tmp_path):
    expected, _ = local
    files = articles()[:64]  # four units of 16 files: two workers, each with more to do
    want = {i for i, r in expected.items() if r["path"] in {os.path.abspath(f) for f in files}}
    out = tmp_path / "shards"
    proc = extract_on(cluster, files, out)
    deadline = time.monotonic() + 600
    while not list((out / "_done").glob("*.json")) if (out / "_done").is_dir() else True:
        assert proc.poll() is None, proc.communicate()[1][-3000:]
        assert time.monotonic() < deadline, "no unit finished"
        time.sleep(0.2)
    before = cluster.worker_pids()
    assert before, "no Ray Data worker process found"
    # mid-unit: a worker that has not finished a unit yet is still on its first one (a worker
    # that has finished one took the next at once: four units, two workers)
    finished_by = {int(w.rsplit(":", 1)[1]) for w in workers(out)}
    victim = ([p for p in before if p not in finished_by] or before)[0]
    done_at_kill = done_by(out)
    os.kill(victim, signal.SIGKILL)
    finished(proc)
    rows = shard_records(out)
    ids = [r["article"]["id"] for r in rows]
    assert len(ids) == len(set(ids)) and set(ids) == want
    for row in rows:
        assert spans(row) == spans(expected[row["article"]["id"]])
    # The unit the victim held was done again, by its restarted worker or by the survivor
    # (which one is Ray's scheduling: on a loaded machine the survivor is often free first).
    done = done_by(out)
    assert len(done) == len(json.loads((out / "manifest.json").read_text())["shards"])
    assert not [k for k, w in done.items() if k not in done_at_kill and int(w.rsplit(":", 1)[1]) == victim]


def test_a_web_archive_on_a_local_ray(tmp_path):
    """No address: a Ray of its own is started for the run (and stopped after it)."""
    try:
        import ray.data  # noqa: F401
    except ImportError:
        require_or_skip("Ray is not installed (pip install 'stancegraph[ray]')")
    from tests.test_warc import STORY_URL, write_warc

    path = write_warc(tmp_path / "crawl.warc.gz")
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    proc = subprocess.run([STANCEGRAPH, "extract", str(path), "-o", str(tmp_path / "out"), "--engine", "ray"],
                          capture_output=True, text=True, timeout=600, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "2 loaded, 2 extracted, 3 skipped, 0 failed" in proc.stderr
    rows = shard_records(tmp_path / "out")
    assert [(r["article"]["url"], r["article"]["published"]) for r in rows] == [
        (STORY_URL, "2026-12-01"), ("https://news.harbour.example/harbour-works", "2026-12-02")]
