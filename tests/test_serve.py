"""`stancegraph serve`: the explorer driven in real headless Chromium, on both stores, and its
safety (escaping, CSP, Host check, caps, read-only) checked at the HTTP level."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import networkx as nx
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_export import CHINA, INJECTION, JAPAN, TAIWAN_IND, TRUMP, XI, _statement, sample_graphs  # noqa: E402
from test_render import ARTIFACTS, browser  # noqa: E402,F401

from stancegraph import api  # noqa: E402
from stancegraph.explore.server import Background  # noqa: E402
from stancegraph.graph.model import Actor, Article, ArticleGraph, Mention, Relation, Span, actor_id  # noqa: E402

#: An actor's name, an outlet and a title that try to break out of an attribute or run script.
EVIL_NAME = '"><img src=x onerror="window.__pwned=\'speaker\'">Mallory'
EVIL_OUTLET = '<script>window.__pwned="outlet"</script>"><img src=x onerror=alert(5)>'
EVIL_TITLE = '"><img src=x onerror="window.__pwned=\'title\'"><script>alert(6)</script>'
EVIL = actor_id("person", "Mallory")


def evil_graph() -> ArticleGraph:
    """An article whose text, title, speaker and outlet all carry markup, and a javascript: URL."""
    art = Article(id=Article.make_id("evil-2"), text="x", title=EVIL_TITLE, url="javascript:window.__pwned='url'",
                  outlet=EVIL_OUTLET, published="2025-11-26")
    s = _statement(art, 1, EVIL, INJECTION, [JAPAN])
    return ArticleGraph(
        article=art, actors=[Actor(id=EVIL, name=EVIL_NAME, kind="person", aliases=[EVIL_NAME, "Mallory"]),
                             Actor(id=JAPAN, name="Japan", kind="country", aliases=["Japan"])],
        mentions=[Mention(0, 7, "Mallory", EVIL)] * 3 + [Mention(0, 5, "Japan", JAPAN)],
        statements=[s],
        relations=[Relation("OPPOSES", EVIL, JAPAN, art.id, statement=s.id, sentence=Span(0, 40, INJECTION),
                            cue="javascript:alert(7)", polarity=-1.0)])


@pytest.fixture
def served(store):
    """The explorer over the sample graphs (and the evil article) in each store."""
    store.upsert_many(sample_graphs() + [evil_graph()])
    with Background(api.explorer_app(store)) as server:
        yield server


class Page:
    def __init__(self, browser, url):
        self.page = browser.new_page(viewport={"width": 1400, "height": 900}, accept_downloads=True)
        self.errors, self.requests, self.dialogs = [], [], []
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.errors.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.url = url
        self.page.goto(url)
        self.wait_for("window.stancegraph && window.stancegraph.ready")

    def wait_for(self, expression, timeout=30.0):
        """Poll ``expression`` (page.wait_for_function evaluates strings, which the CSP forbids)."""
        deadline = time.monotonic() + timeout
        while not self.page.evaluate(expression):
            assert time.monotonic() < deadline, f"timed out waiting for {expression}"
            self.page.wait_for_timeout(50)

    def settle(self):
        self.page.wait_for_timeout(50)
        self.wait_for("window.stancegraph.busy === 0")

    def eval(self, js, arg=None):
        return self.page.evaluate(js, arg)

    def node_ids(self):
        return set(self.eval("window.stancegraph.nodes.getIds()"))

    def edges(self):
        return self.eval("window.stancegraph.edges.get().filter(e => e.data).map(e => e.data)")

    def click_node(self, node_id):
        self.page.wait_for_timeout(300)
        self.eval("id => window.stancegraph.network.stopSimulation()", node_id)
        box = self.page.locator("#sg-network canvas").bounding_box()
        p = self.eval("""id => { const n = window.stancegraph.network;
            return n.canvasToDOM(n.getPosition(id)); }""", node_id)
        self.page.mouse.click(box["x"] + p["x"], box["y"] + p["y"])
        self.settle()

    def offsite(self):
        return [u for u in self.requests if not u.startswith(self.url) and not u.startswith("blob:")]


@pytest.mark.browser
def test_search_start_expand_evidence_filter_and_save(browser, served, tmp_path):
    o = Page(browser, served.url)
    overview = o.page.locator("#sg-overview").inner_text()
    assert "Most quoted" in overview and "Xi Jinping" in overview and "Statements per week" in overview
    # search with autocomplete, pick, start
    o.page.type("#sg-search", "xi jin", delay=30)
    o.page.locator("#sg-suggest li[data-id]").first.wait_for(timeout=10000)
    assert o.page.locator("#sg-suggest li[data-id]").first.get_attribute("data-id") == XI
    o.page.press("#sg-search", "Enter")
    o.page.click("#sg-start")
    o.settle()
    shown = o.node_ids()
    assert {XI, CHINA, TAIWAN_IND, JAPAN} <= shown  # Xi and what he spoke about or stands on
    said = next(e for e in o.edges() if e["type"] == "SAID_ABOUT" and e["from"] == XI and e["to"] == CHINA)
    assert said["count"] == 1
    # expand Japan from its detail panel: Mallory, who spoke about it, comes in
    assert EVIL not in shown
    o.click_node(JAPAN)
    details = o.page.locator("#sg-details")
    assert "Kind" in details.inner_text() and "country" in details.inner_text()
    details.get_by_role("button", name="Expand").click()
    o.settle()
    assert EVIL in o.node_ids()
    # an edge's evidence: the sentence with the quote marked, speaker, outlet, date, link
    o.eval("id => window.stancegraph.showEdge(id)", f"SAID_ABOUT|{XI}|{TAIWAN_IND}")
    o.settle()
    text = details.inner_text()
    assert "Taiwan's return to China is an integral part of the post-war order" in text
    assert "Xinhua" in text and "2025-11-25" in text
    assert details.locator("mark").first.inner_text().startswith("Taiwan's return")
    assert details.locator("a").get_attribute("href") == "https://english.news.cn/2025/xi"
    # filter by date: the call of 2025-11-24 goes, the stance of 2025-11-25 stays
    assert any(e["type"] == "CALLED" for e in o.edges())
    o.page.fill("#sg-since", "2025-11-25")
    o.page.fill("#sg-until", "2025-11-30")
    o.page.click("#sg-apply")
    o.settle()
    types = {e["type"] for e in o.edges()}
    assert "CALLED" not in types and "SUPPORTS" in types
    # save the view as GEXF and read it back
    o.page.select_option("#sg-save-format", "gexf")
    with o.page.expect_download() as dl:
        o.page.click("#sg-save")
    path = tmp_path / "view.gexf"
    dl.value.save_as(str(path))
    G = nx.read_gexf(str(path))
    assert set(G.nodes) == o.node_ids()
    saved = {d.get("rel_type") for *_, d in G.edges(data=True)}  # GEXF keeps "type" for itself
    assert "SUPPORTS" in saved and "SAID_ABOUT" in saved and "CALLED" not in saved
    ARTIFACTS.mkdir(exist_ok=True)
    o.page.screenshot(path=str(ARTIFACTS / "serve-sample.png"))
    assert o.errors == [] and o.dialogs == [] and o.offsite() == []
    o.page.close()


@pytest.mark.browser
def test_injected_article_runs_nothing_and_reads_literally(browser, served):
    o = Page(browser, served.url)
    assert EVIL_NAME in o.page.locator("#sg-overview").inner_text()  # most quoted, as text
    o.page.type("#sg-search", "mallory", delay=30)
    o.page.locator("#sg-suggest li[data-id]").first.wait_for(timeout=10000)
    assert EVIL_NAME in o.page.locator("#sg-suggest").inner_text()
    o.page.press("#sg-search", "Enter")
    o.page.click("#sg-start")
    o.settle()
    assert {EVIL, JAPAN} <= o.node_ids()
    o.click_node(EVIL)
    assert EVIL_NAME in o.page.locator("#sg-details").inner_text()
    for edge in (f"SAID_ABOUT|{EVIL}|{JAPAN}", f"OPPOSES|{EVIL}|{JAPAN}"):
        o.eval("id => window.stancegraph.showEdge(id)", edge)
        o.settle()
        text = o.page.locator("#sg-details").inner_text()
        assert "<script>window.__pwned" in text and '<img src=x onerror="window.__pwned' in text
        assert EVIL_OUTLET in text and EVIL_TITLE in text
        assert o.page.locator("#sg-details a").count() == 0  # the javascript: URL is no link
    o.page.locator("#sg-details").get_by_role("button", name="Unfold statements").count()
    o.eval("q => window.stancegraph.ask(q)", "what did Mallory say")
    o.settle()
    o.page.wait_for_timeout(300)
    assert o.eval("window.__pwned") is None
    assert o.dialogs == []
    assert o.page.locator("img").count() == 0
    assert o.offsite() == []  # no <img src=x> was ever requested
    assert o.errors == []
    o.page.close()


# -- at the HTTP level ---------------------------------------------------------------------------

@pytest.fixture
def client(embedded):
    from starlette.testclient import TestClient

    return TestClient(api.explorer_app(embedded), base_url="http://127.0.0.1")


@pytest.fixture
def embedded(tmp_path):
    from stancegraph.graph.store.ladybug import LadybugStore

    with LadybugStore(str(tmp_path / "g.lbdb")) as s:
        s.upsert_many(sample_graphs() + [evil_graph()])
        yield s


def test_every_response_carries_a_strict_policy(client):
    for path in ("/", "/static/explore.js", "/api/overview", "/api/search?q=xi"):
        r = client.get(path)
        assert r.status_code == 200, path
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"
    page = client.get("/").text
    assert "<script>" not in page and " on" not in page.split("<body>")[1].split("<script")[0].replace(" one", "")


def test_another_host_name_is_refused(client):
    assert client.get("/api/overview", headers={"host": "attacker.example"}).status_code == 400


def test_requests_are_capped_and_checked(client):
    big = client.post("/api/expand", json={"id": XI, "limit": 10_000}).json()
    assert len(big["nodes"]) <= 100
    page = client.post("/api/expand", json={"id": XI, "limit": 1}).json()
    assert len(page["nodes"]) == 1 and page["more"] == page["total"] - 1
    too_many = client.post("/api/view", json={"ids": [f"x{i}" for i in range(5000)]})
    assert too_many.status_code == 400 and "at most" in too_many.json()["error"]
    bad = client.post("/api/expand", json={"id": XI, "filters": {"types": ["SAID] DELETE"]}})
    assert bad.status_code == 400
    bad = client.post("/api/view", json={"ids": [XI], "filters": {"since": "2025' OR 1=1"}})
    assert bad.status_code == 400 and "YYYY" in bad.json()["error"]
    # a name that is Cypher is only ever a value
    assert client.get("/api/search", params={"q": "x' RETURN 1 //"}).json() == []


def test_no_endpoint_writes(client, embedded):
    before = embedded.counts()
    client.get("/api/overview")
    for path, body in (("/api/expand", {"id": XI}), ("/api/view", {"ids": [XI, CHINA]}),
                       ("/api/node", {"id": XI}), ("/api/evidence", {"type": "SUPPORTS", "from": XI, "to": CHINA}),
                       ("/api/ask", {"q": "who said what about Taiwan"}), ("/api/top", {}),
                       ("/api/save", {"format": "json", "ids": [XI, CHINA]})):
        assert client.post(path, json=body).status_code == 200, path
    assert embedded.counts() == before
    assert client.get("/api/expand").status_code == 405  # reads take a body: no GET that does anything


def test_a_slow_request_is_stopped(embedded):
    from starlette.testclient import TestClient

    c = TestClient(api.explorer_app(embedded, time_limit=1e-6), base_url="http://127.0.0.1")
    r = c.post("/api/expand", json={"id": XI})
    assert r.status_code == 400 and ("too long" in r.json()["error"] or "Interrupted" in r.json()["error"])


def test_ask_answers_as_a_table_and_a_subgraph(client):
    a = client.post("/api/ask", json={"q": "who said what about Taiwan independence"}).json()
    assert "statement" in a["columns"] and a["rows"]
    ids = {n["id"] for n in a["nodes"]}
    assert TAIWAN_IND in ids and XI in ids
    assert client.post("/api/ask", json={"q": "zzz qqq"}).status_code == 400


def test_saved_html_is_the_render_page(client):
    r = client.post("/api/save", json={"format": "html", "ids": [XI, CHINA, JAPAN]})
    assert r.headers["content-disposition"].startswith("attachment")
    assert 'id="sg-data"' in r.text and "Content-Security-Policy" in r.text
    j = json.loads(client.post("/api/save", json={"format": "json", "ids": [XI, CHINA]}).content)
    assert {n["id"] for n in j["nodes"]} == {XI, CHINA}


def test_serve_warns_when_not_on_loopback(monkeypatch):
    from stancegraph import api
    from stancegraph.explore import server

    monkeypatch.setattr(server, "run", lambda app, **kw: None)
    said = []
    api.serve(None, host="0.0.0.0", notice=said.append)
    api.serve(None, host="127.0.0.1", notice=said.append)
    assert len(said) == 1 and "0.0.0.0" in said[0] and "anyone" in said[0]


def test_serve_help_has_examples():
    from click.testing import CliRunner

    from stancegraph.cli import cli

    out = CliRunner().invoke(cli, ["serve", "--help"]).output
    assert "stancegraph serve --open" in out and "--port" in out and "--host" in out


def test_filters_requery_the_store(client):
    ids = [XI, CHINA, TRUMP, TAIWAN_IND, JAPAN]

    def edges(**filters):
        view = client.post("/api/view", json={"ids": ids, "filters": filters}).json()
        return {(e["type"], e["from"], e["to"]) for e in view["edges"]}, {n["id"] for n in view["nodes"]}

    everything, _ = edges()
    assert ("CALLED", TRUMP, XI) in everything and ("EXPORTS_TO", CHINA, JAPAN) in everything
    xinhua, _ = edges(outlets=["Xinhua"])
    assert xinhua == {("SUPPORTS", XI, CHINA), ("SAID_ABOUT", XI, CHINA), ("SAID_ABOUT", XI, TAIWAN_IND)}
    opposes, _ = edges(types=["OPPOSES"])
    assert opposes == {("OPPOSES", CHINA, TAIWAN_IND)}
    _, people = edges(kinds=["person"])
    assert people == {XI, TRUMP}
    october, _ = edges(since="2025-10", until="2025-10")  # the evil article's month; undated edges stay
    assert ("SAID_ABOUT", XI, JAPAN) in october and ("CALLED", TRUMP, XI) not in october


def test_expand_reads_kept_counts_and_an_older_graph_the_statements(embedded, tmp_path):
    """Unfiltered, expand and view read the kept speaker -> subject counts (SAID_ABOUT), and
    the store ranks the neighbours; an embedded graph from before them, opened read-only,
    walks the statements and ranks here: the same answer, page by page."""
    from starlette.testclient import TestClient

    from stancegraph.graph.store.ladybug import LadybugStore

    def answers(store):
        c = TestClient(api.explorer_app(store), base_url="http://127.0.0.1")
        expanded = c.post("/api/expand", json={"id": XI, "limit": 100}).json()
        ids = [XI] + [n["id"] for n in expanded["nodes"]]
        paged = c.post("/api/expand", json={"id": XI, "limit": 2, "offset": 1, "visible": [CHINA]}).json()
        return expanded, c.post("/api/view", json={"ids": ids}).json(), paged

    kept = answers(embedded)  # ranked by the store
    assert kept[2]["nodes"] == kept[0]["nodes"][1:3] and kept[2]["more"] == kept[0]["total"] - 3
    folded = {(e["from"], e["to"]): (e["count"], e["date"]) for e in kept[0]["edges"] if e["type"] == "SAID_ABOUT"}
    walked = embedded.run("MATCH (a:Actor)-[:SAID]->(s:Statement)-[:ABOUT]->(t) WHERE a.id = $id OR t.id = $id "
                          "RETURN a.id, t.id, count(DISTINCT s), max(s.date)", {"id": XI}).rows
    assert folded and all(folded[(a, t)] == (n, d) for a, t, n, d in walked if (a, t) in folded)
    path = str(tmp_path / "old.lbdb")
    with LadybugStore(path) as old:
        old.upsert_many(sample_graphs() + [evil_graph()])
        old._conn.execute("DROP TABLE SAID_ABOUT")
    with LadybugStore(path, read_only=True) as old:
        assert not old.keeps_said_pairs
        assert answers(old) == kept


def _underlying(store, e) -> int:
    """How many stored edges (statements, for a folded edge) one sent edge stands for."""
    if e["type"] == "SAID_ABOUT":
        q = "MATCH (a:Actor)-[:SAID]->(s:Statement)-[:ABOUT]->(b) WHERE a.id = $u AND b.id = $v RETURN count(DISTINCT s)"
    else:
        q = f"MATCH (a:Actor)-[r:{e['type']}]->(b) WHERE a.id = $u AND b.id = $v RETURN count(r)"
    return store.run(q, {"u": e["from"], "v": e["to"]}).rows[0][0]


def test_a_page_sends_at_most_the_cap_of_edges_with_true_counts(store):
    """A hub's page sends at most the cap of edges, one per pair and type with the count of
    the stored edges it stands for, the expanded node's own first; the next page sends only
    the edges it adds to the screen, so the two together are the view's edges."""
    from stancegraph.explore import views
    from stancegraph.explore.reads import Filters

    store.upsert_many(sample_graphs() + [evil_graph()])
    whole = views.expand(store, XI, Filters(), limit=2, edge_cap=1000)
    mine = [e for e in whole["edges"] if XI in (e["from"], e["to"])]
    assert whole["edges_left"] == 0 and len(mine) > 2 and len(whole["edges"]) > len(mine)
    page = views.expand(store, XI, Filters(), limit=2, edge_cap=len(mine) + 1)
    assert len(page["edges"]) == len(mine) + 1 and page["edges_left"] == len(whole["edges"]) - len(mine) - 1
    assert sorted(map(str, mine)) == sorted(str(e) for e in page["edges"] if XI in (e["from"], e["to"]))
    assert all(e["count"] == _underlying(store, e) > 0 for e in whole["edges"])
    # Fewer places than the node's own edges: each neighbour's busiest edge first, and the
    # edges among the neighbours are not read at all.
    few = views.expand(store, XI, Filters(), limit=2, edge_cap=2)
    assert few["edges_unread"] and few["edges_left"] == len(mine) - 2
    assert {e["to"] if e["from"] == XI else e["from"] for e in few["edges"]} == {n["id"] for n in whole["nodes"]}
    assert not whole["edges_unread"] and not page["edges_unread"]
    # Its neighbours on screen already (drawn by another expand, maybe without these edges):
    # the node's edges to its page are sent again, nothing else.
    on_screen = [XI] + [n["id"] for n in whole["nodes"]]
    again = views.expand(store, XI, Filters(), limit=2, visible=on_screen, edge_cap=1000)
    assert sorted(map(str, again["edges"])) == sorted(map(str, mine))
    walked = views.expand(store, XI, Filters(since="2000"), limit=2, visible=on_screen, edge_cap=1000)
    assert walked["nodes"] == whole["nodes"] and sorted(map(str, walked["edges"])) == sorted(map(str, mine))

    shown = [XI] + [n["id"] for n in whole["nodes"]]
    more = views.expand(store, XI, Filters(), limit=3, offset=2, visible=shown, edge_cap=1000)
    fresh = {n["id"] for n in more["nodes"]} - set(shown)
    assert fresh and all(e["from"] in fresh or e["to"] in fresh for e in more["edges"])
    together = views.view(store, shown + sorted(fresh), Filters(), edge_cap=1000)["edges"]
    assert sorted(map(str, whole["edges"] + more["edges"])) == sorted(map(str, together))
    dated = Filters(since="2025-01")  # the walked path sends the same way
    walked = views.expand(store, XI, dated, limit=3, offset=2, visible=shown, edge_cap=1000)
    fresh = {n["id"] for n in walked["nodes"]} - set(shown)
    assert walked["edges"] and all(e["from"] in fresh or e["to"] in fresh for e in walked["edges"])


# -- the evidence words of a stance edge, marked in its sentence ------------------------------------

ORTIZ, LOPEZ = actor_id("person", "Jane Ortiz"), actor_id("person", "Maria Lopez")
BARNES = actor_id("organization", "Barnes & Noble")
#: A holder and a target that carry markup, an ampersand and both quotes: they must read literally.
EVIL_HOLDER = 'Barnes & "Noble" <script>window.__pwned=\'holder\'</script>'
EVIL_TARGET = '<img src=x onerror="window.__pwned=\'target\'"> \'Lopez\' & Co'


def _stance_graph(slug: str, before: str, holder: str, cue: str, target: str, after: str, source: str) -> ArticleGraph:
    """An article whose second sentence is ``holder cue target after``, with a SUPPORTS edge
    from ``source`` to Maria Lopez carrying the spans of holder, cue and target (article offsets)."""
    sentence = f"{holder} {cue} {target}{after}"
    text = f"{before} {sentence}"
    at = len(before) + 1

    def span(words: str) -> Span:
        start = text.index(words, at)
        return Span(start, start + len(words), words)

    art = Article(id=Article.make_id(slug), text=text, title="Ortiz backs Lopez", url="https://example.com/ortiz",
                  outlet="Example Post", published="2026-11-03")
    name = "Jane Ortiz" if source == ORTIZ else "Barnes & Noble"
    return ArticleGraph(
        article=art, actors=[Actor(id=source, name=name, kind="person" if source == ORTIZ else "organization",
                                   aliases=[name]),
                             Actor(id=LOPEZ, name="Maria Lopez", kind="person", aliases=["Maria Lopez"])],
        mentions=[Mention(span(holder).start, span(holder).end, holder, source),
                  Mention(span(target).start, span(target).end, target, LOPEZ)],
        relations=[Relation("SUPPORTS", source, LOPEZ, art.id, sentence=Span(at, len(text), sentence), cue="endorse",
                            polarity=1.0, cue_span=span(cue), holder_span=span(holder), target_span=span(target))])


def marked_graphs() -> list[ArticleGraph]:
    return [_stance_graph("ortiz", "The race for the Senate seat tightened.", "Senator Jane Ortiz", "endorsed",
                          "Maria Lopez", " on Tuesday.", ORTIZ),
            _stance_graph("barnes", "Shoppers & staff cheered.", EVIL_HOLDER, "backed", EVIL_TARGET, " on Friday.",
                          BARNES)]


def test_a_stance_edge_evidence_carries_its_spans_in_the_sentence(store):
    from stancegraph.explore import views
    from stancegraph.explore.reads import Filters

    store.upsert_many(marked_graphs() + [evil_graph()])
    row, = views.evidence(store, "SUPPORTS", ORTIZ, LOPEZ, Filters())["rows"]
    assert row["sentence"] == "Senator Jane Ortiz endorsed Maria Lopez on Tuesday."
    assert [(m["role"], row["sentence"][m["start"]:m["end"]], m["text"]) for m in row["marks"]] == [
        ("holder", "Senator Jane Ortiz", "Senator Jane Ortiz"), ("cue", "endorsed", "endorsed"),
        ("target", "Maria Lopez", "Maria Lopez")]
    # an edge without spans (an older extraction) marks nothing: the page falls back to the cue
    assert views.evidence(store, "OPPOSES", EVIL, JAPAN, Filters())["rows"][0]["marks"] == []


def test_spans_that_do_not_fit_their_sentence_are_left_out():
    from stancegraph.explore.reads import evidence_marks

    rel = {"sentence": "Senator Jane Ortiz endorsed Maria Lopez on Tuesday.", "sentence_start": 100,
           "holder_start": 100, "holder_end": 118, "holder_text": "Senator Jane Ortiz",
           "cue_start": 119, "cue_end": 127, "target_start": 128, "target_end": 139, "target_text": "Maria Lopez"}
    assert [m["text"] for m in evidence_marks(rel)] == ["Senator Jane Ortiz", "endorsed", "Maria Lopez"]
    assert [m["role"] for m in evidence_marks(dict(rel, target_end=190))] == ["holder", "cue"]  # past its end
    assert [m["role"] for m in evidence_marks(dict(rel, holder_text="Ortiz"))] == ["cue", "target"]  # other words
    assert [m["role"] for m in evidence_marks(dict(rel, cue_start=110))] == ["holder", "target"]  # overlaps
    assert evidence_marks(dict(rel, sentence_start=None)) == []


@pytest.fixture
def marked(store):
    store.upsert_many(marked_graphs())
    with Background(api.explorer_app(store)) as server:
        yield server


@pytest.mark.browser
def test_evidence_marks_holder_cue_and_target_as_text(browser, marked):
    o = Page(browser, marked.url)
    o.eval("ids => window.stancegraph.start(ids)", [ORTIZ, BARNES, LOPEZ])
    o.settle()
    details = o.page.locator("#sg-details")

    def marks(source):
        o.eval("id => window.stancegraph.showEdge(id)", f"SUPPORTS|{source}|{LOPEZ}")
        o.settle()
        found = details.locator(".sg-evidence mark")
        return [(found.nth(i).get_attribute("class"), found.nth(i).get_attribute("title"), found.nth(i).inner_text())
                for i in range(found.count())]

    assert marks(ORTIZ) == [("holder", "holder", "Senator Jane Ortiz"), ("cue", "cue", "endorsed"),
                            ("target", "target", "Maria Lopez")]
    assert "Senator Jane Ortiz endorsed Maria Lopez on Tuesday." in details.inner_text()
    colours = o.eval("() => Array.from(document.querySelectorAll('.sg-evidence mark'))"
                     ".map(m => getComputedStyle(m).backgroundColor)")
    assert len(set(colours)) == 3  # each its own colour
    ARTIFACTS.mkdir(exist_ok=True)
    o.page.screenshot(path=str(ARTIFACTS / "serve-evidence-marks.png"))
    assert marks(BARNES) == [("holder", "holder", EVIL_HOLDER), ("cue", "cue", "backed"),
                             ("target", "target", EVIL_TARGET)]
    assert f"{EVIL_HOLDER} backed {EVIL_TARGET} on Friday." in details.inner_text()
    o.page.wait_for_timeout(300)
    assert o.eval("window.__pwned") is None and o.page.locator("#sg-details img, #sg-details script").count() == 0
    assert o.dialogs == [] and o.offsite() == [] and o.errors == []
    o.page.close()
