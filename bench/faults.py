"""Fault injection: ``stancegraph ingest`` and ``load`` killed (SIGKILL) at random moments.

    python bench/faults.py [--runs 100] [--commands load,ingest] [--articles 40]
                           [--corpus ../shared/corpora/bbc/politics] [--seed 1]
                           [--neo4j bolt://127.0.0.1:7687 --runs 20] [--out bench/results/faults.json]

Set-up, once, in a scratch folder (the corpus is read in place, never copied): the first
``--articles`` files of the corpus, extracted to deltas; a *base* graph holding the first
half of them; a *clean* run of each command on a copy of the base (``load`` of every delta,
so the base half is replaced and the rest goes through COPY, ``--batch-size 5``; ``ingest``
of every file, ``--batch-size 4``), timed, and its dump kept.

Each run: a fresh copy of the base; the command started and killed after a uniform random
delay in [0, 1.1 x the clean run's time], counted from its open of the graph (start-up before
that writes nothing); then

1. ``stancegraph stats`` opens the graph (exit 0), as a user would next;
2. every article committed before the kill is there: the base's, and those the killed run
   had marked committed in its journal (``<graph>.journal``, read before anything opens
   the graph; on Neo4j only the base's);
3. no article is half-written: each stored article has the statements and mentions its
   delta has;
4. the stored counts equal a recount (``stats --recount``'s refresh changes nothing in the dump);
5. the command run again to its end leaves a dump equal to the clean run's.

The dump is every node of every label and every relationship of every type with all
their properties, sorted (kept tallies and pair counts included), so it is stricter than
``export --to json`` (which leaves tallies and pair counts out).
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, REPO)

from stancegraph.graph.model import (NODE_LABELS, PAIR_TYPE, RELATION_TYPES, STRUCTURAL_TYPES,  # noqa: E402
                                     TALLY_LABELS, ArticleGraph)
from stancegraph.graph.store import open_store  # noqa: E402

STANCEGRAPH = [sys.executable, "-m", "stancegraph.cli"]
BATCH = {"load": "5", "ingest": "4"}


def sg(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([*STANCEGRAPH, *args], capture_output=True, text=True, **kw)


def store_args(target: str) -> list[str]:
    return ["--neo4j", target] if target.startswith(("bolt", "neo4j")) else ["--db", target]


def open_target(target: str, read_only: bool = True):
    if target.startswith(("bolt", "neo4j")):
        # The library reads no environment (the CLI binds NEO4J_*): pass the credentials.
        return open_store(neo4j_uri=target, user=os.environ.get("NEO4J_USERNAME", "neo4j"),
                          password=os.environ.get("NEO4J_PASSWORD", ""))
    return open_store(db_path=target, read_only=read_only)


def dump(target: str) -> list:
    """Every node and relationship with its properties, sorted."""
    out = []
    with open_target(target) as store:
        for label in NODE_LABELS + TALLY_LABELS:
            for row in store.run(f"MATCH (n:{label}) RETURN n").rows:
                out.append([label, _canon(row[0])])
        for rtype in STRUCTURAL_TYPES + RELATION_TYPES + (PAIR_TYPE,):
            for a, r, b in store.run(f"MATCH (a)-[r:{rtype}]->(b) RETURN a.id, r, b.id").rows:
                out.append([rtype, a, b, _canon(r)])
    return sorted(json.dumps(x, sort_keys=True, ensure_ascii=False) for x in out)


def _canon(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _canon(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return sorted(_canon(v) for v in value) if all(isinstance(v, str) for v in value) else value
    return value


def article_shape(target: str) -> dict[str, tuple[int, int]]:
    """Stored articles: (statements, mentioned actors) of each."""
    with open_target(target) as store:
        st = dict(store.run("MATCH (a:Article) OPTIONAL MATCH (a)-[:CONTAINS]->(s:Statement) "
                            "RETURN a.id, count(s)").rows)
        me = dict(store.run("MATCH (a:Article) OPTIONAL MATCH (a)-[m:MENTIONS]->(:Actor) "
                            "RETURN a.id, count(m)").rows)
    return {k: (st[k], me.get(k, 0)) for k in st}


def journal_committed(path: str) -> set[str]:
    from stancegraph.graph.store.ladybug_recovery import Journal

    journal = Journal(path)
    return {a["id"] for a in journal.committed_since_checkpoint()}


class Setup:
    def __init__(self, args, work: str):
        self.args, self.work = args, work
        files = sorted(glob.glob(os.path.join(args.corpus, "**", "*.txt"), recursive=True))[:args.articles]
        self.files = files
        self.deltas = os.path.join(work, "deltas.jsonl")
        self.base_deltas = os.path.join(work, "base.jsonl")
        done = sg("extract", *files, "-o", self.deltas)
        if done.returncode:
            sys.exit(f"extract failed: {done.stderr}")
        lines = open(self.deltas, encoding="utf-8").read().splitlines()
        with open(self.base_deltas, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines[:len(lines) // 2]) + "\n")
        graphs = [ArticleGraph.from_dict(json.loads(line)["graph"]) for line in lines]
        self.shape = {g.article.id: (len(g.statements), len(g.mention_counts())) for g in graphs}
        self.base_ids = {g.article.id for g in graphs[:len(lines) // 2]}
        self.target = args.neo4j or os.path.join(work, "graph.lbdb")
        self.base = os.path.join(work, "base.lbdb")
        if not args.neo4j:
            self._run(["load", self.base_deltas], self.base)
        self.clean: dict[str, list] = {}
        self.seconds: dict[str, float] = {}

    def command(self, name: str) -> list[str]:
        if name == "load":
            return ["load", self.deltas, "--batch-size", BATCH["load"]]
        return ["ingest", *self.files, "--batch-size", BATCH["ingest"]]

    def _run(self, cmd: list[str], target: str) -> None:
        done = sg(*cmd, *store_args(target))
        if done.returncode:
            sys.exit(f"{' '.join(cmd[:2])} failed: {done.stderr}")

    def reset(self) -> None:
        """The graph as the base: a copy of its files, or (Neo4j) emptied and loaded."""
        if self.args.neo4j:
            with open_target(self.target, read_only=False) as store:
                store.reset()
            self._run(["load", self.base_deltas], self.target)
            return
        for f in glob.glob(self.target + "*"):
            os.remove(f)
        shutil.copyfile(self.base, self.target)

    def prepare(self, name: str) -> None:
        """The clean run: its dump, and how long it writes (from its open of the graph)."""
        self.reset()
        proc = subprocess.Popen([*STANCEGRAPH, *self.command(name), *store_args(self.target)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        opened = wait_open(proc, self.target)
        _, err = proc.communicate()
        if proc.returncode:
            sys.exit(f"{name} failed: {err}")
        self.seconds[name] = time.monotonic() - opened
        self.clean[name] = dump(self.target)


def wait_open(proc: subprocess.Popen, target: str) -> float:
    """When the command opened the embedded graph (its log appears; Python and spaCy start
    up before that and are not worth killing): the moment, by time.monotonic()."""
    start = time.monotonic()
    if target.startswith(("bolt", "neo4j")):
        return start
    while proc.poll() is None and not os.path.exists(target + ".wal"):
        time.sleep(0.01)
    return time.monotonic()


def one_run(setup: Setup, name: str, rng: random.Random) -> dict[str, Any]:
    setup.reset()
    target = setup.target
    delay = rng.uniform(0, 1.1 * setup.seconds[name])
    proc = subprocess.Popen([*STANCEGRAPH, *setup.command(name), *store_args(target)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    opened = wait_open(proc, target)
    try:
        proc.wait(delay)
        killed = False
        # The machine got faster than during the clean run: aim the next kills within this one.
        setup.seconds[name] = min(setup.seconds[name], time.monotonic() - opened)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        killed = True
    result: dict[str, Any] = {"delay": round(delay, 2), "killed": killed}
    committed = set(setup.base_ids)
    if not setup.args.neo4j:
        committed |= journal_committed(target)
        result["files"] = sorted(os.path.basename(f)[len("graph.lbdb"):] or "graph"
                                 for f in glob.glob(target + "*"))
    opened = sg("stats", "--format", "json", *store_args(target))
    result["opens"] = opened.returncode == 0
    result["notice"] = opened.stderr.strip()[-300:]
    if not result["opens"]:
        return result
    shape = article_shape(target)
    result["committed"] = len(committed)
    result["missing"] = sorted(committed - set(shape))[:5]
    result["half_written"] = sorted(k for k, v in shape.items() if v != setup.shape.get(k))[:5]
    before = dump(target)
    with open_target(target, read_only=False) as store:
        store.refresh_stats()
    result["recount_equal"] = dump(target) == before
    rerun = sg(*setup.command(name), *store_args(target))
    result["rerun_rc"] = rerun.returncode
    result["rerun_equal"] = dump(target) == setup.clean[name]
    result["ok"] = (result["opens"] and not result["missing"] and not result["half_written"]
                    and result["recount_equal"] and result["rerun_equal"] and rerun.returncode == 0)
    return result


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(runs)
    return {"runs": n, "killed": sum(r["killed"] for r in runs),
            "opens": sum(r["opens"] for r in runs),
            "all_committed_present": sum(r.get("missing") == [] for r in runs),
            "none_half_written": sum(r.get("half_written") == [] for r in runs),
            "recount_equal": sum(bool(r.get("recount_equal")) for r in runs),
            "rerun_equal_clean": sum(bool(r.get("rerun_equal")) for r in runs),
            "all_ok": sum(bool(r.get("ok")) for r in runs),
            "recovery_notices": sum(bool(r.get("notice")) for r in runs)}


def write_report(path: str, report: dict[str, Any]) -> None:
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(report, fh, indent=2, ensure_ascii=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=None, help="Runs per command (default 100; 20 with --neo4j).")
    ap.add_argument("--commands", default="load,ingest")
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--corpus", default=os.path.join(REPO, "..", "shared", "corpora", "bbc", "politics"))
    ap.add_argument("--neo4j", default=None, metavar="URI", help="Kill runs against this Neo4j (emptied!).")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default=os.path.join(HERE, "results", "faults.json"))
    args = ap.parse_args()
    runs = args.runs or (20 if args.neo4j else 100)
    rng = random.Random(args.seed)
    work = tempfile.mkdtemp(prefix="stancegraph-faults-")
    try:
        setup = Setup(args, work)
        report: dict[str, Any] = {"articles": len(setup.files), "corpus": os.path.relpath(args.corpus, REPO),
                                  "store": "neo4j" if args.neo4j else "embedded", "seed": args.seed}
        for name in args.commands.split(","):
            setup.prepare(name)
            results = []
            for i in range(runs):
                r = one_run(setup, name, rng)
                results.append(r)
                print(name, i, json.dumps(r, ensure_ascii=False), flush=True)
                # Written after every run: a long session stopped early keeps its figures.
                report[name] = {"clean_seconds": round(setup.seconds[name], 1), **summarise(results),
                                "failures": [r for r in results if not r.get("ok")]}
                write_report(args.out, report)
            print(name, json.dumps(summarise(results)), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
