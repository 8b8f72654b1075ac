"""Benchmark: the cross-article linking a ``stancegraph load`` does before its writes
(curation.linked_before_write), over the synthetic graph's articles, without the writes.

    python bench/linking.py [--relationships 1000000] [--repeat 3] [--out bench/results/linking.json]

The articles are generated first (not timed), then linked in batches of 500 against an
empty store as a load links them (each batch planned over every actor seen so far). Prints
the seconds of each repeat and a digest of the linked articles' actor ids, so two versions
of the linking can be checked to give the same articles.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from synthetic import synthetic_graphs  # noqa: E402

from stancegraph.curation import linked_before_write  # noqa: E402
from stancegraph.graph.store import open_store  # noqa: E402


def once(graphs: list) -> tuple[float, str, int]:
    with tempfile.TemporaryDirectory() as tmp, open_store(db_path=os.path.join(tmp, "empty.lbdb")) as store:
        digest, notes = hashlib.sha1(), []
        t = time.perf_counter()
        for g in linked_before_write(iter(graphs), store, rules=False, notes=notes):
            digest.update(repr(sorted(a.id for a in g.actors)).encode())
        return time.perf_counter() - t, digest.hexdigest()[:12], len(notes)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--relationships", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", default=os.path.join(HERE, "results", "linking.json"))
    args = ap.parse_args()
    graphs = list(synthetic_graphs(args.relationships))
    runs = []
    for _ in range(args.repeat):
        load = os.getloadavg()[0]
        seconds, digest, links = once(graphs)
        runs.append({"seconds": round(seconds, 1), "digest": digest, "links": links, "load_average": round(load, 2)})
        print(f"  linked {len(graphs)} articles in {seconds:.1f} s (load average {load:.1f}; digest {digest})",
              file=sys.stderr)
    result = {"command": " ".join(["python", "bench/linking.py"] + sys.argv[1:]), "articles": len(graphs),
              "median_s": statistics.median(r["seconds"] for r in runs), "runs": runs}
    os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)
        f.write("\n")
    print(f"median {result['median_s']} s; wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
