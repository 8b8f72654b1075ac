"""Benchmark: `stancegraph serve`'s expand of the most connected actor, over HTTP, on the
synthetic graph of 1,000,000 relationships (issue 21: p95 under 300 ms on both stores).

    python bench/serve.py [--relationships 1000000] [--runs 50] [--repeat 1] [--db /tmp/stancegraph-synthetic.lbdb]
                          [--neo4j bolt://127.0.0.1:7687] [--reuse] [--out bench/results/serve.json]

Builds the graph of bench/synthetic.py in each store as bench/queries.py does (or, with
``--reuse``, takes the one bench/queries.py left), starts the explorer in-process on a free
loopback port (api.explorer_app under uvicorn) and times, after one warm-up each:
- ``expand``: POST /api/expand of the actor with the most articles, first page, no filter;
- ``expand since``: the same within a date range (the filter re-queries the store);
- ``expand page 2``: the next page (``show more``);
- ``view``: POST /api/view of the hub and its first page of neighbours (a filter change);
- ``search``: GET /api/search for a prefix of the hub's name;
and the landing page's overview once (it is cached for the server's life).
p50 / p95 / max in milliseconds, end to end (HTTP, JSON and the queries). With ``--repeat N``
the timings are taken N times over (a fresh server each time) and each figure is the median
of the N (on a shared machine, one repeat can fall on a busy minute); the load average is
recorded before each repeat.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from queries import percentile, remove_embedded, store_targets  # noqa: E402
from synthetic import synthetic_graphs  # noqa: E402

from stancegraph import api  # noqa: E402
from stancegraph.explore.server import Background  # noqa: E402
from stancegraph.graph.store import open_store  # noqa: E402
from stancegraph.graph.store.bulk import bulk_load  # noqa: E402


def post(url: str, body: dict) -> dict:
    req = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.loads(r.read())


def get(url: str):
    with urllib.request.urlopen(url, timeout=120) as r:
        return json.loads(r.read())


def timed(label: str, call, runs: int) -> dict:
    first = call()  # warm-up, and the answer's size
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        call()
        times.append((time.perf_counter() - t) * 1000)
    size = len(first.get("nodes", [])) if isinstance(first, dict) else len(first)
    edges = len(first.get("edges", [])) if isinstance(first, dict) else 0
    out = {"runs": runs, "p50_ms": round(percentile(times, 0.5), 1), "p95_ms": round(percentile(times, 0.95), 1),
           "max_ms": round(max(times), 1), "nodes": size, "edges": edges}
    print(f"  {label:14s} p50 {out['p50_ms']:7.1f} ms  p95 {out['p95_ms']:7.1f} ms  "
          f"nodes {size} edges {edges}", file=sys.stderr)
    return out


def repeated(store, runs: int, repeat: int) -> dict:
    """:func:`measure` ``repeat`` times; each timing the median of the repeats."""
    done = []
    for i in range(repeat):
        load = [round(x, 2) for x in os.getloadavg()]
        print(f"  repeat {i + 1}/{repeat} (load average {load[0]})", file=sys.stderr)
        done.append(dict(measure(store, runs), load_average=load))
    out = dict(done[0])
    if repeat > 1:
        for label, first in done[0].items():
            if isinstance(first, dict) and "p95_ms" in first:
                out[label] = dict(first, **{k: round(statistics.median(d[label][k] for d in done), 1)
                                            for k in ("p50_ms", "p95_ms", "max_ms")},
                                  repeats_p95_ms=[d[label]["p95_ms"] for d in done])
        out["load_average"] = [d["load_average"] for d in done]
        out["repeats"] = repeat
    return out


def measure(store, runs: int) -> dict:
    hub = store.run("MATCH (a:Actor) RETURN a.id, a.name, a.articles, a.statements, a.about "
                    "ORDER BY a.articles DESC, a.id LIMIT 1").rows[0]
    print(f"  hub: {hub[1]} ({hub[2]} articles, {hub[3]} statements, {hub[4]} about it)", file=sys.stderr)
    out = {"hub": {"id": hub[0], "name": hub[1], "articles": hub[2], "statements": hub[3], "about": hub[4]}}
    with Background(api.explorer_app(store, time_limit=60.0)) as server:
        url = server.url
        t = time.perf_counter()
        get(url + "api/overview")  # once per server (cached: the store does not change under it)
        out["overview_s"] = round(time.perf_counter() - t, 2)
        print(f"  overview       {out['overview_s']} s (first call)", file=sys.stderr)
        page = post(url + "api/expand", {"id": hub[0]})
        ids = [hub[0]] + [n["id"] for n in page["nodes"]]
        out["neighbours"] = page["total"]
        cases = {
            "expand": lambda: post(url + "api/expand", {"id": hub[0]}),
            "expand since": lambda: post(url + "api/expand", {"id": hub[0], "filters": {"since": "2025-03",
                                                                                         "until": "2025-06"}}),
            "expand page 2": lambda: post(url + "api/expand", {"id": hub[0], "offset": 25, "visible": ids}),
            "view": lambda: post(url + "api/view", {"ids": ids}),
            "search": lambda: get(url + "api/search?q=" + urllib.request.quote(hub[1][:4])),
        }
        for label, call in cases.items():
            out[label] = timed(label, call, runs)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--relationships", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=1, help="take the timings this many times; report medians")
    ap.add_argument("--stores", choices=("both", "embedded", "neo4j"), default="both")
    ap.add_argument("--db", default="/tmp/stancegraph-synthetic.lbdb", help="embedded store to build (replaced)")
    ap.add_argument("--reuse", action="store_true", help="measure the stores as they are; do not rebuild")
    ap.add_argument("--neo4j", default=None, help="Neo4j URI (password from NEO4J_PASSWORD); emptied first")
    ap.add_argument("--out", default=os.path.join(HERE, "results", "serve.json"))
    args = ap.parse_args()

    result = {"command": " ".join(["python", "bench/serve.py"] + sys.argv[1:]),
              "machine": {"cpus": os.cpu_count(), "python": platform.python_version()}, "stores": {}}
    for label, where in store_targets(args):
        print(f"{label}:", file=sys.stderr)
        if label == "embedded" and not args.reuse:
            remove_embedded(args.db)
        with open_store(**where) as store:
            entry: dict = {}
            if not args.reuse:
                if label == "neo4j":
                    store.reset()
                t = time.perf_counter()
                entry["load"] = {"articles": bulk_load(store, synthetic_graphs(args.relationships), batch_size=500),
                                 "seconds": round(time.perf_counter() - t, 1)}
            counts = store.counts()
            entry["relationships"] = sum(v for k, v in counts.items() if k.isupper())
            print(f"  {entry['relationships']} relationships", file=sys.stderr)
            entry.update(repeated(store, args.runs, args.repeat))
        result["stores"][label] = entry
    os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)
        f.write("\n")
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
