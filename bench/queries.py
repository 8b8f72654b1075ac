"""Benchmark: latency of every saved query on a synthetic graph of 1,000,000 relationships.

    python bench/queries.py [--relationships 1000000] [--runs 20] [--db /tmp/synthetic.lbdb]
                            [--neo4j bolt://127.0.0.1:7687] [--out bench/results/queries.json]

Builds the graph of bench/synthetic.py in each store through the bulk path
(``stancegraph.graph.store.bulk.bulk_load``: COPY into the embedded store, UNWIND batches into
Neo4j; the Neo4j database is emptied first), timing the load, then runs every saved query
(whatever ``stancegraph.queries.load_queries()`` finds, so new queries are measured too)
through ``run_saved`` as ``stancegraph query`` does, name resolution included: one warm-up,
then ``--runs`` timed runs; p50 and p95 in milliseconds. Node parameters name real hubs of
the graph (Xi Jinping, Donald Trump, China, ...): the busiest nodes, the slowest case.
``--params typical`` names actors of middling popularity instead; ``--params optional`` runs
each query once per optional parameter, given alone (beside the required ones, at hubs).
Queries that write are not run.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from synthetic import synthetic_graphs  # noqa: E402

from stancegraph.graph.store.bulk import bulk_load  # noqa: E402
from stancegraph.graph.store import open_store  # noqa: E402
from stancegraph.queries import load_queries, run_saved  # noqa: E402

#: The node a parameter names, by parameter name (else Xi Jinping).
NODE_FOR = {"from": "Donald Trump", "to": "Xi Jinping", "buyer": "China", "exporter": "United States",
            "reporter": "Xinhua News Agency", "subject": "Taiwan", "about": "Taiwan", "target": "Taiwan",
            "topic": "Taiwan independence"}


#: The same for ``--params typical``: actors of middling popularity (rank ~5,000 of 20,000,
#: in a few dozen articles) and a mid-ranked topic.
TYPICAL_NODE_FOR = {"from": "Person 5005", "to": "Person 5000", "buyer": "Country 5007",
                    "exporter": "Country 5012", "reporter": "Organization 21", "subject": "Place 5003",
                    "about": "Place 5003", "target": "Topic 150", "topic": "Topic 150"}


def params_for(query, mode: str = "hub") -> dict:
    given = {}
    for p in query.params:
        if not p.required:
            continue
        if p.type == "node":
            given[p.name] = (NODE_FOR.get(p.name, "Xi Jinping") if mode == "hub"
                             else TYPICAL_NODE_FOR.get(p.name, "Person 5000"))
        elif p.type == "date":
            given[p.name] = "2025-01"
        elif p.type in ("int", "float"):
            given[p.name] = "1"
        else:
            given[p.name] = "visits"
    return given


#: ``--params optional``: each optional parameter given alone (node parameters name the hubs
#: of NODE_FOR), beside the hub values of the required ones. Not `limit`, and not `edge` (an id
#: lookup, which needs a real edge id).
OPTIONAL_VALUES = {"type": "visits", "kind": "visits", "stance": "opposes", "since": "2025-01",
                   "until": "2025-06", "min": "2", "strict": "true"}


def cases_for(name: str, query, mode: str):
    """(label, parameters) of each timed run of ``query``: one, or one per optional parameter."""
    if mode != "optional":
        yield name, params_for(query, mode)
        return
    for p in query.params:
        if p.required or p.name in ("limit", "edge"):
            continue
        given = params_for(query, "hub")
        given[p.name] = NODE_FOR.get(p.name, "Xi Jinping") if p.type == "node" else OPTIONAL_VALUES.get(p.name, "x")
        yield f"{name} --{p.name}", given


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def set_timeout(store, seconds: int) -> None:
    """A query running longer than this is stopped and reported as such (not averaged in)."""
    if store.dialect == "ladybug":
        store._conn.set_query_timeout(seconds * 1000)
        return
    # Neo4j: the same read, as an auto-commit transaction carrying a timeout (Community
    # cannot change db.transaction.timeout at run time).
    import neo4j

    from stancegraph.graph.store import guard
    from stancegraph.graph.store.base import QueryResult

    def run(cypher, params=None, *, write=False):
        with store._session(read=not write) as session:
            result = session.run(neo4j.Query(guard.check(cypher, write=write), timeout=seconds or None), params or {})
            return QueryResult(list(result.keys()), [list(r.values()) for r in result])

    store.run = run


def time_queries(store, runs: int, timeout: int, mode: str = "hub", only: tuple = (), dirs: tuple = ()) -> dict:
    set_timeout(store, timeout)
    out = {}
    for name, query in sorted(load_queries(dirs).items()):
        if only and name not in only:
            continue
        if query.writes:
            out[name] = {"skipped": "writes to the graph"}
            continue
        for label, params in cases_for(name, query, mode):
            out[label] = time_one(store, label, query, params, runs, timeout)
    return out


def time_one(store, label: str, query, params: dict, runs: int, timeout: int) -> dict:
    """p50/p95 of ``runs`` timed runs of ``query`` with ``params``, after one untimed run."""
    try:
        t = time.perf_counter()
        result, _ = run_saved(store, query, params)
        first = time.perf_counter() - t
    except Exception as exc:  # a query still being written, or one over the timeout: report, go on
        message = str(exc).splitlines()[0][:300]
        timed_out = "timeout" in message.lower() or "interrupt" in message.lower() or "terminated" in message.lower()
        out = {"params": params, ("timeout_s" if timed_out else "error"): timeout if timed_out else message}
        if timed_out:
            out["error"] = message
        print(f"  {label:22s} {message}", file=sys.stderr)
        return out
    n = runs if first < 5 else 3
    times = []
    for _ in range(n):
        t = time.perf_counter()
        run_saved(store, query, params)
        times.append((time.perf_counter() - t) * 1000)
    out = {"params": params, "rows": len(result.rows), "runs": n, "p50_ms": round(percentile(times, 0.5), 1),
           "p95_ms": round(percentile(times, 0.95), 1), "max_ms": round(max(times), 1)}
    print(f"  {label:22s} p50 {out['p50_ms']:8.1f} ms  p95 {out['p95_ms']:8.1f} ms  rows {len(result.rows)}",
          file=sys.stderr)
    return out


def timed_writes(store, round_: int, n: int = 256, batch_size: int = 64):
    """Milliseconds per article for ``n`` new synthetic articles written as ``ingest`` writes them."""
    from synthetic import World

    world = World(20_000, 300, seed=100 + round_)
    graphs = [world.article(10_000_000 + round_ * n + k) for k in range(n)]
    t = time.perf_counter()
    try:
        store.upsert_many(graphs, batch_size=batch_size)
    except Exception as exc:
        print(f"  write failed: {exc}", file=sys.stderr)
        return None
    ms = (time.perf_counter() - t) * 1000 / n
    print(f"  write: {ms:.1f} ms per article (batches of {batch_size})", file=sys.stderr)
    return round(ms, 2)


def store_targets(args) -> list[tuple[str, dict]]:
    """(label, open_store keywords) of the stores ``--stores`` / ``--db`` / ``--neo4j`` name
    (the Neo4j password from NEO4J_PASSWORD, never from the command line)."""
    targets = [("embedded", {"db_path": args.db})] if args.stores in ("both", "embedded") else []
    if args.neo4j and args.stores in ("both", "neo4j"):
        targets.append(("neo4j", {"neo4j_uri": args.neo4j, "user": os.environ.get("NEO4J_USERNAME", "neo4j"),
                                  "password": os.environ.get("NEO4J_PASSWORD", "")}))
    return targets


def remove_embedded(path: str) -> None:
    """An embedded store and its side files, before it is built again."""
    import shutil

    shutil.rmtree(path, ignore_errors=True) if os.path.isdir(path) else (os.path.exists(path) and os.remove(path))
    for suffix in (".wal", ".lock"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--relationships", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--params", choices=("hub", "typical", "optional"), default="hub",
                    help="node parameters: the busiest hubs (worst case) or middling actors; "
                         "'optional': hubs, and each optional parameter given alone")
    ap.add_argument("--stores", choices=("both", "embedded", "neo4j"), default="both")
    ap.add_argument("--timeout", type=int, default=60, help="seconds before a query is stopped")
    ap.add_argument("--db", default="/tmp/stancegraph-synthetic.lbdb", help="embedded store to build (replaced)")
    ap.add_argument("--reuse", action="store_true", help="query the stores as they are; do not rebuild")
    ap.add_argument("--neo4j", default=None, help="Neo4j URI (password from NEO4J_PASSWORD); emptied first")
    ap.add_argument("--query", action="append", default=[], metavar="NAME",
                    help="time only this saved query (repeatable; default: all)")
    ap.add_argument("--queries-dir", action="append", default=[], metavar="DIR",
                    help="saved queries that override the built-ins of the same name (e.g. an older "
                         "version's, to compare in one run: git archive REV stancegraph/queries)")
    ap.add_argument("--out", default=os.path.join(HERE, "results", "queries.json"))
    args = ap.parse_args()

    result = {"command": " ".join(["python", "bench/queries.py"] + sys.argv[1:]),
              "machine": {"cpus": os.cpu_count(), "python": platform.python_version()}, "stores": {}}
    for label, where in store_targets(args):
        print(f"{label}:", file=sys.stderr)
        if label == "embedded" and not args.reuse:
            remove_embedded(args.db)
        entry: dict = {}
        with open_store(**where) as store:
            if not args.reuse:
                if label == "neo4j":
                    store.reset()
                entry["write_ms_per_article_empty_store"] = timed_writes(store, 0)
                t = time.perf_counter()
                n = bulk_load(store, synthetic_graphs(args.relationships), batch_size=500)
                entry["load"] = {"articles": n, "seconds": round(time.perf_counter() - t, 1)}
                print(f"  loaded {n} articles in {entry['load']['seconds']} s", file=sys.stderr)
            counts = store.counts()
            entry["counts"] = counts
            entry["relationships"] = sum(v for k, v in counts.items() if k.isupper())
            entry["nodes"] = sum(v for k, v in counts.items() if not k.isupper())
            entry["params"] = args.params
            entry["queries"] = time_queries(store, args.runs, args.timeout, args.params, tuple(args.query),
                                            tuple(args.queries_dir))
            if not args.reuse:
                # Does the cost of writing an article grow with the store? (ingest's batched path)
                entry["write_ms_per_article_large_store"] = timed_writes(store, 1)
        timed = [q for q in entry["queries"].values() if "p50_ms" in q]
        entry["all_under_target"] = len(timed) == len([q for q in entry["queries"].values() if "skipped" not in q]) and all(q["p50_ms"] < 100 and q["p95_ms"] < 500 for q in timed)
        result["stores"][label] = entry
    import resource

    # Peak memory of this process: the embedded store (in process) and the generator;
    # Neo4j's server memory is its own configuration (heap + page cache).
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        json.dump(result, fh, indent=2)
    print(json.dumps({k: {"relationships": v["relationships"], "all_under_target": v["all_under_target"]}
                      for k, v in result["stores"].items()}, indent=1))


if __name__ == "__main__":
    main()
