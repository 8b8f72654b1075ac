"""The HTML page: offline, escaped, and drawing what the subgraph holds (in real Chromium)."""
from __future__ import annotations

import json
import os
import re
import shutil
import sys
from pathlib import Path

import networkx as nx
import pytest

from conftest import require_or_skip

sys.path.insert(0, str(Path(__file__).parent))
from test_export import INJECTION, TAIWAN_IND, XI, sample_graphs  # noqa: E402,F401
from test_export import embedded_graph_store as graph_store  # noqa: E402,F401

from stancegraph.graph.output.render import PHYSICS_MAX_NODES, html_page, page_data, render_html  # noqa: E402
from stancegraph.graph.output.subgraph import SubgraphSpec, build_subgraph  # noqa: E402

CHROMIUM = os.environ.get("STANCEGRAPH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def _whole(store, **kw):
    G, _ = build_subgraph(store, SubgraphSpec(around=None, **kw))
    return G


# -- the page as text ------------------------------------------------------------------------

def test_page_is_self_contained(graph_store):
    page = html_page(_whole(graph_store))
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "cdn" not in page.lower().replace("cdn_", "")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_article_text_never_appears_as_markup(graph_store):
    page = html_page(_whole(graph_store), title="<script>alert('title')</script>")
    assert "<script>window.__pwned" not in page and "<img src=x" not in page
    assert "<script>alert('title')" not in page
    assert page.count("\n<script") == 3  # data block, vis-network, page script
    data = json.loads(re.search(r'<script id="sg-data" type="application/json">(.*?)</script>', page, re.S).group(1))
    said = [r[1] for n in data["nodes"] for r in n["info"]["rows"] if r[0] == "Said"]
    assert INJECTION in said  # shown, as text
    # javascript: URLs never become links.
    assert all(n["info"]["url"] in (None,) or n["info"]["url"].startswith("https://") for n in data["nodes"])


def test_styles_and_folding(graph_store):
    data = page_data(_whole(graph_store))
    colours = {e["type"]: e["color"] for e in data["edges"]}
    assert colours["SUPPORTS"] == "#2e7d32" and colours["OPPOSES"] == "#c62828" and colours["DOES_NOT_SUPPORT"] == "#9e9e9e"
    visits = next(e for e in data["edges"] if e["type"] == "VISITS")
    assert visits["dashes"] is True  # planned
    by_id = {n["id"]: n for n in data["nodes"]}
    assert by_id[XI]["shape"] == "dot" and by_id["country:china"]["shape"] == "diamond"
    assert by_id[XI]["size"] > by_id["country:japan"]["size"]  # 9 mentions against 1
    folded = page_data(build_subgraph(graph_store, SubgraphSpec(around=[XI], fold_statements=True))[0])
    assert not [n for n in folded["nodes"] if n["group"] == "Statement"]
    assert [e for e in folded["edges"] if e["type"] == "SAID_ABOUT"]


def test_physics_off_for_large_graphs():
    G = nx.MultiDiGraph()
    for i in range(PHYSICS_MAX_NODES + 1):
        G.add_node(f"person:p{i}", label="Actor", id=f"person:p{i}", name=f"P {i}", kind="person")
    assert page_data(G)["physics"] is False
    assert page_data(G, physics=True)["physics"] is True
    small = nx.MultiDiGraph()
    small.add_node("person:a", label="Actor", id="person:a", name="A", kind="person")
    assert page_data(small)["physics"] is True


# -- in a real browser ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    reason = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        reason = "the 'playwright' package is not installed (pip install 'playwright>=1.45,<2')"
    if reason is None and not os.path.exists(CHROMIUM):
        reason = f"no Chromium at {CHROMIUM} (apt-get install chromium, or set STANCEGRAPH_CHROMIUM)"
    if reason:
        require_or_skip(reason)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
            "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


class Opened:
    def __init__(self, browser, path):
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.errors, self.requests, self.dialogs = [], [], []
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.errors.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.url = Path(path).resolve().as_uri()
        self.page.goto(self.url)
        self.page.wait_for_function("window.stancegraph && window.stancegraph.ready", timeout=30000)

    def node_point(self, node_id):
        box = self.page.locator("#sg-network canvas").bounding_box()
        p = self.page.evaluate("""id => { const n = window.stancegraph.network;
            return n.canvasToDOM(n.getPosition(id)); }""", node_id)
        return box["x"] + p["x"], box["y"] + p["y"]


@pytest.mark.browser
def test_page_draws_the_subgraph_offline_and_without_errors(browser, graph_store, tmp_path):
    G = _whole(graph_store)
    o = Opened(browser, render_html(G, str(tmp_path / "g.html"), title="Sample graph"))
    counts = o.page.evaluate("[window.stancegraph.network.body.data.nodes.length,"
                             " window.stancegraph.network.body.data.edges.length]")
    assert counts == [G.number_of_nodes(), G.number_of_edges()]
    assert o.errors == []
    assert o.requests == [o.url]  # nothing fetched but the page itself
    assert o.page.locator("#sg-legend").inner_text().count("\n") > 5
    ARTIFACTS.mkdir(exist_ok=True)
    o.page.screenshot(path=str(ARTIFACTS / "render-sample.png"))
    o.page.close()


@pytest.mark.browser
def test_hovering_a_statement_shows_its_text(browser, graph_store, tmp_path):
    G = _whole(graph_store)
    statement = next(n for n, d in G.nodes(data=True) if d["label"] == "Statement" and d["text"].startswith("Taiwan's"))
    o = Opened(browser, render_html(G, str(tmp_path / "g.html")))
    o.page.mouse.move(*o.node_point(statement))
    tooltip = o.page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    text = tooltip.inner_text()
    assert G.nodes[statement]["text"] in text and "Xi Jinping" in text and "Xinhua" in text
    ARTIFACTS.mkdir(exist_ok=True)
    o.page.screenshot(path=str(ARTIFACTS / "render-tooltip.png"))
    assert o.errors == []
    o.page.close()


@pytest.mark.browser
def test_injected_article_text_runs_nothing(browser, graph_store, tmp_path):
    G = _whole(graph_store)
    evil = next(n for n, d in G.nodes(data=True) if d["label"] == "Statement" and d["text"] == INJECTION)
    o = Opened(browser, render_html(G, str(tmp_path / "g.html")))
    o.page.mouse.move(*o.node_point(evil))  # tooltip
    o.page.locator("div.vis-tooltip").wait_for(state="visible", timeout=5000)
    assert "<img src=x" in o.page.locator("div.vis-tooltip").inner_text()  # shown as text
    o.page.mouse.click(*o.node_point(evil))  # details panel
    assert "<script>" in o.page.locator("#sg-details").inner_text()
    o.page.evaluate("window.stancegraph.find('Evil')")  # the article with a javascript: URL
    assert o.page.locator("#sg-details a").count() == 0
    o.page.wait_for_timeout(300)
    assert o.page.evaluate("window.__pwned") is None
    assert o.dialogs == []
    assert o.page.locator("#sg-network img, #sg-details img, div.vis-tooltip img").count() == 0
    assert o.requests == [o.url]  # the <img src=x> was never loaded
    assert o.errors == []
    o.page.close()


@pytest.mark.browser
def test_search_focuses_a_node(browser, graph_store, tmp_path):
    o = Opened(browser, render_html(_whole(graph_store), str(tmp_path / "g.html")))
    o.page.fill("#sg-search", "taiwan indep")
    o.page.press("#sg-search", "Enter")
    assert o.page.evaluate("window.stancegraph.network.getSelectedNodes()") == [TAIWAN_IND]
    assert "Taiwan independence" in o.page.locator("#sg-details").inner_text()
    o.page.fill("#sg-search", "no such thing")
    o.page.press("#sg-search", "Enter")
    assert "no node matches" in o.page.locator("#sg-search-status").inner_text()
    o.page.close()


@pytest.mark.browser
def test_large_graph_draws_on_a_fixed_layout(browser, tmp_path):
    G = nx.gnm_random_graph(400, 800, seed=1, directed=True)
    H = nx.MultiDiGraph()
    for n in G:
        H.add_node(f"person:p{n}", label="Actor", id=f"person:p{n}", name=f"Person {n}", kind="person")
    for u, v in G.edges():
        H.add_edge(f"person:p{u}", f"person:p{v}", key=f"r{u}-{v}", type="MET", id=f"r{u}-{v}", article="a")
    o = Opened(browser, render_html(H, str(tmp_path / "big.html")))
    assert o.page.evaluate("window.stancegraph.network.physics.physicsEnabled") is False
    assert o.page.evaluate("window.stancegraph.network.body.data.nodes.length") == 400
    assert o.errors == []
    o.page.close()


@pytest.mark.browser
def test_seed_taiwan_subgraph_renders_and_is_saved_for_people_to_look_at(browser, nlp, tmp_path):
    """The README's sample, drawn around Taiwan: a screenshot lands in artifacts/."""
    from stancegraph.graph.store.ladybug import LadybugStore
    from stancegraph.loaders.extract.pipeline import Extractor
    from stancegraph.loaders.read.sources import iter_articles, sample_path
    from stancegraph.queries import find_nodes

    with LadybugStore(str(tmp_path / "seed.lbdb")) as store:
        store.upsert_many(Extractor(nlp).extract_many(iter_articles([sample_path()], published="2025-11-25")))
        taiwan = [n["id"] for n in find_nodes(store, "Taiwan")]
        G, _ = build_subgraph(store, SubgraphSpec(around=taiwan, hops=2))
    o = Opened(browser, render_html(G, str(tmp_path / "taiwan.html"), title="Who said what about Taiwan"))
    assert o.page.evaluate("window.stancegraph.network.body.data.nodes.length") == G.number_of_nodes()
    names = {d.get("name") for _, d in G.nodes(data=True)}
    assert "Evan Medeiros" in names, "Medeiros spoke about Taiwan: he belongs in its subgraph"
    # Texas is only mentioned by the same article: walking through articles used to pull it in.
    assert "Texas" not in names
    assert o.errors == []
    o.page.wait_for_timeout(500)
    ARTIFACTS.mkdir(exist_ok=True)
    o.page.screenshot(path=str(ARTIFACTS / "seed-taiwan.png"))
    o.page.close()


@pytest.mark.browser
def test_readme_query_page_draws_in_the_browser(browser, tmp_path):
    """The README's `render --query who-said-what -p subject Taiwan --fold-statements` on the seed article."""
    from click.testing import CliRunner

    from stancegraph.cli import cli

    db, page = str(tmp_path / "seed.lbdb"), tmp_path / "taiwan.html"
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", "--sample", "--db", db]).exit_code == 0
    result = runner.invoke(cli, ["render", "--query", "who-said-what", "-p", "subject", "Taiwan", "--fold-statements",
                                 "--db", db, "-o", str(page)])
    assert result.exit_code == 0, result.output
    o = Opened(browser, str(page))
    drawn = o.page.evaluate("""() => { const d = window.stancegraph.network.body.data;
        return [d.nodes.get().map(n => n.label), d.edges.get().map(e => e.type)]; }""")
    names, types = drawn
    assert "Taiwan" in names and "Evan Medeiros" in names  # the subject, and one who spoke about it
    assert "SAID_ABOUT" in types  # statements folded into speaker -> subject edges
    o.page.fill("#sg-search", "Medeiros")
    o.page.press("#sg-search", "Enter")
    assert "Evan Medeiros" in o.page.locator("#sg-details").inner_text()
    assert o.errors == []
    assert o.requests == [o.url]
    ARTIFACTS.mkdir(exist_ok=True)
    o.page.screenshot(path=str(ARTIFACTS / "query-who-said-what.png"))
    o.page.close()
