"""Benchmark: ingest a corpus end to end, beside the bare spaCy pipeline, in one run.

    python bench/ingest.py [--corpus ../shared/corpora/bbc] [--limit N] [--repeat 1]
                           [--neo4j bolt://127.0.0.1:7687] [--out bench/results/ingest.json]

Every step runs as its own process (as a user runs it), timed wall-clock from start to exit,
model loading included, with the peak memory of its whole process tree (workers included)
sampled every 50 ms:

1. ``bare-spacy``: ``nlp.pipe`` over the same texts, nothing else (the yardstick), with
   ``--jobs`` 1 and 2 (spaCy's own ``n_process``);
2. ``stancegraph ingest`` into a fresh embedded store (``--jobs`` 1 and 2) and into Neo4j
   (``--jobs`` 1; all with ``--neo4j-all-jobs``);
3. a re-run of the embedded ingest (everything is skipped: the resume path);
4. ``stancegraph extract --jobs 2`` to JSON lines, then ``stancegraph load`` of those deltas
   into a fresh embedded store and into an emptied Neo4j.

``--only-load`` runs step 4 alone (with ``--repeat 3``: a median of the load ratios); ``--no-load``
skips it (the ingest-versus-bare-spaCy ratio alone).

Ratios are computed within each repetition (the machine is shared and noisy), and the
results file gives every repetition plus the medians. Neo4j steps run only with
``--neo4j`` (password from ``NEO4J_PASSWORD``); the server's own memory is not counted.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import psutil

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
STANCEGRAPH = [sys.executable, "-m", "stancegraph.cli"]

BARE = r"""
import sys, time
from stancegraph.loaders.read.sources import iter_articles
from stancegraph.graph.model import Article
from stancegraph.loaders.extract.nlp import load_model
texts = [a.text for a in iter_articles([sys.argv[1]]) if isinstance(a, Article)]
nlp = load_model()
n = 0
for doc in nlp.pipe(texts, n_process=int(sys.argv[2]), batch_size=32):
    n += 1
print(n, file=sys.stderr)
"""


def run(cmd: list[str], env: dict | None = None) -> dict:
    """Run ``cmd``; wall time and peak RSS of its process tree (sum over live processes)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})}, cwd=REPO)
    peak = 0
    root = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            procs = [root] + root.children(recursive=True)
            rss = 0
            for p in procs:
                try:
                    rss += p.memory_info().rss
                except psutil.Error:
                    pass
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.05)
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
    res = {"seconds": round(wall, 2), "peak_rss_mb": round(peak / 2**20, 1), "summary": err.strip().splitlines()[-1:]}
    print(f"{' '.join(cmd[2:5] if cmd[1] == '-m' else cmd[3:]):60.60s} {res}", file=sys.stderr, flush=True)
    return res


def sample_corpus(corpus: str, limit: int | None, tmp: str) -> tuple[str, int]:
    """The corpus itself, or ``limit`` of its files spread evenly over its folders."""
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(corpus) for f in fs
                   if f.endswith(".txt") and not f.upper().startswith("README"))
    if not limit or limit >= len(files):
        return corpus, len(files)
    step = len(files) / limit
    chosen = [files[int(i * step)] for i in range(limit)]
    target = os.path.join(tmp, "corpus")
    for f in chosen:
        rel = os.path.relpath(f, corpus)
        os.makedirs(os.path.dirname(os.path.join(target, rel)), exist_ok=True)
        shutil.copy(f, os.path.join(target, rel))
    return target, len(chosen)


def remove_store(path: str) -> None:
    """An embedded store left by an earlier step or repetition (a folder or a single file)."""
    if os.path.isdir(path):
        shutil.rmtree(path, ignore_errors=True)
    elif os.path.exists(path):
        os.remove(path)


def neo4j_reset(uri: str) -> None:
    subprocess.run(STANCEGRAPH + ["reset", "--yes", "--neo4j", uri], check=True, cwd=REPO,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def repetition(corpus: str, n: int, tmp: str, neo4j: str | None, jobs_list: list[int],
               all_neo4j: bool = False, load: bool = True) -> dict:
    r: dict = {}

    def rate(key: str) -> None:
        r[key]["articles_per_s"] = round(n / r[key]["seconds"], 2)

    for jobs in jobs_list:
        key = f"bare_spacy_jobs{jobs}"
        r[key] = run([sys.executable, "-c", BARE, corpus, str(jobs)])
        # Rates count distinct articles (a corpus's repeated stories are skipped by every step).
        n = int(r[key]["summary"][0])
        r["articles"] = n
        rate(key)
        db = os.path.join(tmp, f"ingest-j{jobs}.lbdb")
        remove_store(db)
        key = f"ingest_embedded_jobs{jobs}"
        r[key] = run(STANCEGRAPH + ["ingest", corpus, "--db", db, "--jobs", str(jobs)])
        rate(key)
        r[key]["vs_bare_spacy"] = round(r[key]["articles_per_s"] / r[f"bare_spacy_jobs{jobs}"]["articles_per_s"], 3)
        if jobs == jobs_list[0]:
            r["ingest_embedded_rerun_all_skipped"] = run(STANCEGRAPH + ["ingest", corpus, "--db", db])
        if neo4j and (jobs == jobs_list[0] or all_neo4j):
            neo4j_reset(neo4j)
            key = f"ingest_neo4j_jobs{jobs}"
            r[key] = run(STANCEGRAPH + ["ingest", corpus, "--neo4j", neo4j, "--jobs", str(jobs)])
            rate(key)
            r[key]["vs_bare_spacy"] = round(r[key]["articles_per_s"] / r[f"bare_spacy_jobs{jobs}"]["articles_per_s"], 3)
    if 1 in jobs_list and 2 in jobs_list:
        for what in ("bare_spacy", "ingest_embedded", "ingest_neo4j"):
            if f"{what}_jobs1" in r and f"{what}_jobs2" in r:
                r[f"{what}_jobs2_speedup"] = round(r[f"{what}_jobs2"]["articles_per_s"] / r[f"{what}_jobs1"]["articles_per_s"], 3)
    if not load:
        return r

    deltas = os.path.join(tmp, "deltas.jsonl")
    r["extract_jobs2"] = run(STANCEGRAPH + ["extract", corpus, "--jobs", "2", "-o", deltas])
    rate("extract_jobs2")
    r["deltas_mb"] = round(os.path.getsize(deltas) / 2**20, 1)
    db = os.path.join(tmp, "load.lbdb")
    db2 = os.path.join(tmp, "load-nocopy.lbdb")
    for old in (db, db2):  # an earlier repetition's: each load starts from an empty store
        remove_store(old)
    r["load_embedded"] = run(STANCEGRAPH + ["load", deltas, "--db", db])
    r["load_embedded"]["vs_extract_jobs2"] = round(r["load_embedded"]["seconds"] / r["extract_jobs2"]["seconds"], 3)
    r["load_embedded_no_copy"] = run(STANCEGRAPH + ["load", deltas, "--db", db2, "--no-copy"])
    r["load_embedded_no_copy"]["vs_extract_jobs2"] = round(
        r["load_embedded_no_copy"]["seconds"] / r["extract_jobs2"]["seconds"], 3)
    if neo4j:
        neo4j_reset(neo4j)
        r["load_neo4j"] = run(STANCEGRAPH + ["load", deltas, "--neo4j", neo4j])
        r["load_neo4j"]["vs_extract_jobs2"] = round(r["load_neo4j"]["seconds"] / r["extract_jobs2"]["seconds"], 3)
    # The same articles ingested and loaded must give the same graph.
    counts = subprocess.run(STANCEGRAPH + ["stats", "--db", db, "--format", "json"], capture_output=True,
                            text=True, cwd=REPO, check=True).stdout
    r["graph_counts"] = {row["what"]: row["count"] for row in json.loads(counts)}
    return r


def medians(reps: list[dict]) -> dict:
    out: dict = {}
    for key in reps[0]:
        vals = [rep[key] for rep in reps if key in rep]
        if isinstance(vals[0], dict):
            out[key] = {k: statistics.median(v[k] for v in vals) for k, x in vals[0].items()
                        if isinstance(x, (int, float))}
        elif isinstance(vals[0], (int, float)):
            out[key] = statistics.median(vals)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=os.path.join(REPO, "..", "shared", "corpora", "bbc"))
    ap.add_argument("--limit", type=int, default=None, help="only this many articles, spread over the corpus")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--jobs", default="1,2", help="process counts to compare (default 1,2)")
    ap.add_argument("--neo4j", default=None, help="Neo4j URI (password from NEO4J_PASSWORD)")
    ap.add_argument("--neo4j-all-jobs", action="store_true",
                    help="ingest into Neo4j with every --jobs value (default: the first only)")
    ap.add_argument("--only-load", action="store_true",
                    help="only extract --jobs 2 and the loads of its deltas (step 4)")
    ap.add_argument("--no-load", action="store_true",
                    help="skip step 4 (extract --jobs 2 and the loads): only ingest against bare spaCy")
    ap.add_argument("--out", default=os.path.join(HERE, "results", "ingest.json"))
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="stancegraph-bench-")
    try:
        corpus, n = sample_corpus(os.path.abspath(args.corpus), args.limit, tmp)
        reps = []
        for i in range(args.repeat):
            jobs = [] if args.only_load else [int(j) for j in args.jobs.split(",")]
            rep = repetition(corpus, n, tmp, args.neo4j, jobs, args.neo4j_all_jobs, load=not args.no_load)
            print(json.dumps(rep, indent=1), file=sys.stderr)
            reps.append(rep)
        result = {
            "command": " ".join(["python", "bench/ingest.py"] + sys.argv[1:]),
            "files": n, "corpus": os.path.relpath(os.path.abspath(args.corpus), REPO),
            "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                        "load_average_at_end": os.getloadavg()},
            "median": medians(reps), "repetitions": reps,
        }
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        with open(args.out, "w", encoding="utf-8") as fh:
            json.dump(result, fh, indent=2)
        print(json.dumps(result["median"], indent=1))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
