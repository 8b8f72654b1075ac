"""Benchmark: `extract --engine ray` with 1 and 2 workers, against `extract --jobs 2` and
`ingest --jobs 2` on the same texts, in one run.

    python bench/ray_extract.py [--corpus ../shared/corpora/bbc] [--limit N] [--repeat 1]
                                [--local-ray] [--out bench/results/ray-extract.json]

By default the Ray runs go to a Ray cluster started for the benchmark on this machine: a
head and one more node process (``ray start``, one CPU each, as the tests start it), so the
1-worker and 2-worker runs have a node per worker and the cluster's own start-up is not
timed (a user's cluster is already running). ``--local-ray`` gives no address instead:
each run starts a Ray of its own, and that start is timed.

Every step runs as its own process (as a user runs it), timed wall-clock from start to exit,
model loading included (each Ray worker loads its model too). Ratios are computed within
each repetition (the machine is shared and noisy): ``ray_speedup`` (2 workers over 1,
target >= 1.6), ``ray_jobs2_vs_ingest_jobs2`` and ``ray_jobs2_vs_extract_jobs2`` (target
>= 0.9). The Ray output is checked against the local extract's: the same article ids.
Peak memory (``peak_rss_mb``) of a Ray step is the command's alone: its workers belong to
the cluster, not to the timed process.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path[:0] = [HERE, REPO]

from ingest import STANCEGRAPH, medians, remove_store, run, sample_corpus  # noqa: E402  (bench/ingest.py)


def article_ids(paths: list[str]) -> set[str]:
    ids = set()
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            ids.update(json.loads(line)["article"]["id"] for line in fh if line.strip())
    return ids


def shard_paths(folder: str) -> list[str]:
    with open(os.path.join(folder, "manifest.json"), encoding="utf-8") as fh:
        return [os.path.join(folder, s["shard"]) for s in json.load(fh)["shards"]]


def repetition(corpus: str, n: int, tmp: str, address: str | None) -> dict:
    r: dict = {"articles_read": n}
    where = ["--ray-address", address] if address else []
    for jobs in (1, 2):
        out = os.path.join(tmp, f"ray-j{jobs}")
        shutil.rmtree(out, ignore_errors=True)
        key = f"ray_jobs{jobs}"
        r[key] = run(STANCEGRAPH + ["extract", corpus, "-o", out, "--engine", "ray", "--jobs", str(jobs), *where])
    deltas = os.path.join(tmp, "deltas.jsonl")
    r["extract_jobs2"] = run(STANCEGRAPH + ["extract", corpus, "--jobs", "2", "-o", deltas])
    db = os.path.join(tmp, "ingest.lbdb")
    remove_store(db)
    r["ingest_jobs2"] = run(STANCEGRAPH + ["ingest", corpus, "--db", db, "--jobs", "2"])
    local_ids = article_ids([deltas])
    r["articles"] = len(local_ids)
    for key in ("ray_jobs1", "ray_jobs2", "extract_jobs2", "ingest_jobs2"):
        r[key]["articles_per_s"] = round(len(local_ids) / r[key]["seconds"], 2)
    for jobs in (1, 2):
        r[f"ray_jobs{jobs}"]["same_articles_as_local"] = article_ids(shard_paths(os.path.join(tmp, f"ray-j{jobs}"))) == local_ids
    r["ray_speedup"] = round(r["ray_jobs2"]["articles_per_s"] / r["ray_jobs1"]["articles_per_s"], 3)
    r["ray_jobs2_vs_ingest_jobs2"] = round(r["ray_jobs2"]["articles_per_s"] / r["ingest_jobs2"]["articles_per_s"], 3)
    r["ray_jobs2_vs_extract_jobs2"] = round(r["ray_jobs2"]["articles_per_s"] / r["extract_jobs2"]["articles_per_s"], 3)
    return r


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=os.path.join(REPO, "..", "shared", "corpora", "bbc"))
    ap.add_argument("--limit", type=int, default=None, help="only this many articles, spread over the corpus")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--local-ray", action="store_true",
                    help="no cluster: every Ray run starts a Ray of its own (timed)")
    ap.add_argument("--out", default=os.path.join(HERE, "results", "ray-extract.json"))
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="stancegraph-bench-")
    cluster = None
    try:
        corpus, n = sample_corpus(os.path.abspath(args.corpus), args.limit, tmp)
        if not args.local_ray:
            from tests.ray_cluster import LocalCluster

            cluster = LocalCluster(nodes=2, cpus=1).start()
        address = cluster.address if cluster else None
        reps = [repetition(corpus, n, tmp, address) for _ in range(args.repeat)]
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    result = {"command": " ".join(["python", "bench/ray_extract.py"] + sys.argv[1:]),
              "corpus": os.path.abspath(args.corpus), "files": n, "limit": args.limit,
              "ray": "local Ray per run" if args.local_ray else "head + 1 node, 1 CPU each (ray start)",
              "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
              "repetitions": reps, "median": medians(reps)}
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(result, fh, indent=1)
    m = result["median"]
    print(f"ray 2 workers over 1: {m.get('ray_speedup')}x; over ingest --jobs 2: {m.get('ray_jobs2_vs_ingest_jobs2')}x; "
          f"over extract --jobs 2: {m.get('ray_jobs2_vs_extract_jobs2')}x -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
