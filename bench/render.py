"""Benchmark: render a 1,000-node subgraph, and time it in headless Chromium.

    python bench/render.py [--nodes 1000] [--edges 2500] [--physics auto|on|off] [--out artifacts/bench-render.html]

Prints the time to write the HTML (layout included), its size, and the time from navigation
until the page has drawn (physics settled and switched off, or the first frame on a fixed
layout). Synthetic graph: actors, statements, articles and stance/event edges in news-like
proportions, fixed seed.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import time

import networkx as nx

from stancegraph.graph.model import EVENT_TYPES, STANCE_TYPES
from stancegraph.graph.output.render import render_html


def synthetic(n_nodes: int, n_edges: int, seed: int = 1) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    G = nx.MultiDiGraph()
    kinds = ["person", "organization", "country", "place", "group"]
    n_actors, n_articles = n_nodes // 4, n_nodes // 10
    n_statements = n_nodes - n_actors - n_articles
    actors = [f"{rnd.choice(kinds)}:actor-{i}" for i in range(n_actors)]
    for a in actors:
        G.add_node(a, id=a, label="Actor", name=a.split(":")[1].replace("-", " ").title(), kind=a.split(":")[0],
                   aliases=[a], keys=[a], roles=[])
    articles = [f"article{i:012d}" for i in range(n_articles)]
    for i, a in enumerate(articles):
        G.add_node(a, id=a, label="Article", title=f"Article {i}", url=f"https://example.com/{i}",
                   outlet=rnd.choice(["WSJ", "Xinhua", "Reuters"]), published=f"2025-11-{1 + i % 28:02d}")
    for i in range(n_statements):
        s, art = f"stmt{i:012d}", rnd.choice(articles)
        G.add_node(s, id=s, label="Statement", text=f"Statement number {i} " + "words " * rnd.randint(3, 30),
                   kind="direct", article=art, date=G.nodes[art]["published"])
        G.add_edge(art, s, key="CONTAINS", type="CONTAINS")
        G.add_edge(rnd.choice(actors), s, key="SAID", type="SAID")
        G.add_edge(s, rnd.choice(actors), key="ABOUT", type="ABOUT")
    for a in articles:
        for actor in rnd.sample(actors, 3):
            G.add_edge(a, actor, key="MENTIONS", type="MENTIONS", count=rnd.randint(1, 9))
    types = STANCE_TYPES + EVENT_TYPES
    while G.number_of_edges() < n_edges:
        u, v, t = rnd.choice(actors), rnd.choice(actors), rnd.choice(types)
        rid = f"r{G.number_of_edges()}"
        G.add_edge(u, v, key=rid, type=t, id=rid, article=rnd.choice(articles), confidence=0.5)
    return G


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--nodes", type=int, default=1000)
    ap.add_argument("--edges", type=int, default=2500)
    ap.add_argument("--physics", choices=["auto", "on", "off"], default="auto")
    ap.add_argument("--out", default="artifacts/bench-render.html")
    ap.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = ap.parse_args()
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    G = synthetic(args.nodes, args.edges)
    physics = {"auto": None, "on": True, "off": False}[args.physics]
    t0 = time.perf_counter()
    render_html(G, args.out, title=f"bench {G.number_of_nodes()} nodes", physics=physics)
    t_write = time.perf_counter() - t0
    print(f"graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges; physics={args.physics}")
    print(f"write HTML: {t_write:.2f} s ({os.path.getsize(args.out) / 1e6:.2f} MB)")

    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
            "--disable-component-update", "--disable-sync"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        t0 = time.perf_counter()
        page.goto("file://" + os.path.abspath(args.out))
        t_load = time.perf_counter() - t0
        page.wait_for_function("window.stancegraph && window.stancegraph.ready", timeout=300000, polling=50)
        t_ready = time.perf_counter() - t0
        in_page = page.evaluate("window.stancegraph.readyAt") / 1000
        page.screenshot(path=os.path.splitext(args.out)[0] + ".png")
        browser.close()
    print(f"browser: load event {t_load:.2f} s, settled {t_ready:.2f} s after navigation "
          f"({in_page:.2f} s on the page's own clock)")


if __name__ == "__main__":
    main()
