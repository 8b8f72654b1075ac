"""Export formats: each one read back equals the subgraph it was written from."""
from __future__ import annotations

import json
import os

import networkx as nx
import pytest

from stancegraph.graph.output.export import FORMATS, ExportError, export_graph, read_graph
from stancegraph.graph.store.ladybug import LadybugStore
from stancegraph.graph.model import (Actor, Article, ArticleGraph, Mention, Relation, Span,
                                     Statement, Topic, actor_id, stable_id, topic_id)
from stancegraph.errors import QueryError
from stancegraph.graph.output.subgraph import SubgraphSpec, build_subgraph

TRUMP, XI = actor_id("person", "Donald Trump"), actor_id("person", "Xi Jinping")
CHINA, US, JAPAN = actor_id("country", "China"), actor_id("country", "United States"), actor_id("country", "Japan")
WSJ, XINHUA = actor_id("organization", "WSJ"), actor_id("organization", "Xinhua")
MEDEIROS = actor_id("person", "Evan Medeiros")
TAIWAN_IND, RARE_EARTHS = topic_id("Taiwan independence"), topic_id("rare earths")

#: Text that must never run when a page shows it.
INJECTION = ('<script>window.__pwned = "script"; alert(1)</script> '
             '<img src=x onerror="window.__pwned = \'img\'; alert(2)"> "quoted" \\ back\nslash')


def _actors(*ids):
    names = {TRUMP: "Donald Trump", XI: "Xi Jinping", CHINA: "China", US: "United States", JAPAN: "Japan",
             WSJ: "WSJ", XINHUA: "Xinhua", MEDEIROS: "Evan Medeiros"}
    return [Actor(id=i, name=names[i], kind=i.split(":")[0], aliases=[names[i]] + (["U.S."] if i == US else []),
                  roles=["president"] if i in (TRUMP, XI) else []) for i in ids]


def _statement(article, n, speaker, text, about, *, date=None, reported_by=None, kind="direct"):
    start = 100 * n
    return Statement(id=stable_id(article.id, start), speaker=Mention(start, start + 5, "he", speaker) if speaker else None,
                     cue=Span(start + 6, start + 10, "said"), content=Span(start + 11, start + 11 + len(text), text),
                     kind=kind, reported_by=reported_by, about=about, sentence=Span(start, start + 90, f"He said {text}"),
                     date=date, cue_lemma="say")


def sample_graphs() -> list[ArticleGraph]:
    """Three articles from three outlets, one of them carrying script injection attempts."""
    a1 = Article(id=Article.make_id("call"), text="call", title="Trump and Xi talk by phone",
                 url="https://www.wsj.com/world/china/trump-xi-call", outlet="WSJ", published="2025-11-24")
    a2 = Article(id=Article.make_id("xinhua"), text="xinhua", title="Xi stresses Taiwan's return",
                 url="https://english.news.cn/2025/xi", outlet="Xinhua", published="2025-11-25")
    a3 = Article(id=Article.make_id("evil"), text="evil", title="<script>window.__pwned='title'</script>Evil",
                 url="javascript:alert(3)", outlet="Evil <b>Outlet</b>", published="2025-10-01")
    s1 = _statement(a1, 1, TRUMP, "I will visit Beijing in April", [CHINA], reported_by=WSJ)
    s2 = _statement(a1, 2, MEDEIROS, "Beijing wants Washington to oppose Taiwan independence", [US, TAIWAN_IND],
                    reported_by=WSJ, kind="indirect")
    s3 = _statement(a2, 1, XI, "Taiwan's return to China is an integral part of the post-war order",
                    [TAIWAN_IND, CHINA], reported_by=XINHUA)
    s4 = _statement(a3, 1, XI, INJECTION, [JAPAN, RARE_EARTHS])
    return [
        ArticleGraph(
            article=a1, actors=_actors(TRUMP, XI, CHINA, US, WSJ, MEDEIROS), topics=[Topic(TAIWAN_IND, "Taiwan independence")],
            mentions=[Mention(0, 5, "Trump", TRUMP)] * 4 + [Mention(0, 2, "Xi", XI)] * 3 + [Mention(0, 5, "China", CHINA)],
            statements=[s1, s2],
            relations=[Relation("VISITS", TRUMP, CHINA, a1.id, statement=s1.id, sentence=s1.sentence, cue="visit",
                                date="2026-04", date_text="in April", status="planned", confidence=0.8),
                       Relation("CALLED", TRUMP, XI, a1.id, date="2025-11-24", status="done", confidence=0.9),
                       Relation("OPPOSES", CHINA, TAIWAN_IND, a1.id, statement=s2.id, polarity=-1.0, confidence=0.7)]),
        ArticleGraph(
            article=a2, actors=_actors(XI, CHINA, XINHUA), topics=[Topic(TAIWAN_IND, "Taiwan independence")],
            mentions=[Mention(0, 2, "Xi", XI)] * 5 + [Mention(0, 5, "China", CHINA)] * 2,
            statements=[s3],
            relations=[Relation("SUPPORTS", XI, CHINA, a2.id, statement=s3.id, polarity=1.0, confidence=0.6)]),
        ArticleGraph(
            article=a3, actors=_actors(XI, CHINA, JAPAN), topics=[Topic(RARE_EARTHS, "rare earths", aliases=["REE", "rare-earths"])],
            mentions=[Mention(0, 2, "Xi", XI), Mention(0, 5, "Japan", JAPAN)],
            statements=[s4],
            relations=[Relation("EXPORTS_TO", CHINA, JAPAN, a3.id, detail=INJECTION, sentence=Span(3, 9, INJECTION)),
                       Relation("DOES_NOT_SUPPORT", JAPAN, RARE_EARTHS, a3.id, statement=s4.id, polarity=0.0)]),
    ]


@pytest.fixture
def graph_store(store):
    """The sample graphs in each store (``store`` from conftest runs every test on both)."""
    store.upsert_many(sample_graphs())
    return store


@pytest.fixture
def embedded_graph_store(tmp_path):
    with LadybugStore(str(tmp_path / "g.lbdb")) as s:
        s.upsert_many(sample_graphs())
        yield s


def _canon(G):
    nodes = sorted((str(n), sorted(d.items())) for n, d in G.nodes(data=True))
    edges = sorted((str(u), str(v), str(k), sorted(d.items())) for u, v, k, d in G.edges(keys=True, data=True))
    return nodes, edges


# -- subgraphs ---------------------------------------------------------------------------

def test_subgraph_around_a_node_walks_the_asked_hops(graph_store):
    G, note = build_subgraph(graph_store, SubgraphSpec(around=[XI], hops=1))
    assert note is None
    assert G.nodes[XI]["label"] == "Actor" and G.nodes[XI]["name"] == "Xi Jinping"
    assert {TRUMP, CHINA}.issubset(G)  # CALLED and SUPPORTS neighbours
    assert MEDEIROS not in G  # three hops away
    assert all(G.nodes[n]["label"] in ("Article", "Actor", "Topic", "Statement") for n in G)
    supports = [d for _, _, d in G.out_edges(XI, data=True) if d["type"] == "SUPPORTS"]
    assert supports and supports[0]["confidence"] == 0.6 and supports[0]["article"]
    G0, _ = build_subgraph(graph_store, SubgraphSpec(around=[XI], hops=0))
    assert list(G0) == [XI]
    G3, _ = build_subgraph(graph_store, SubgraphSpec(around=[XI], hops=3, through_articles=True))
    assert MEDEIROS in G3  # Xi -> article -> statement -> Medeiros
    G3, _ = build_subgraph(graph_store, SubgraphSpec(around=[XI], hops=3))
    assert MEDEIROS not in G3  # ... but by default articles end the walk


def test_subgraph_finds_the_start_by_name(graph_store):
    G, _ = build_subgraph(graph_store, SubgraphSpec(around=["xi jinping"], hops=0))
    assert list(G) == [XI]
    with pytest.raises(QueryError, match="no actor or topic in the graph matches .Nobody."):
        build_subgraph(graph_store, SubgraphSpec(around=["Nobody"]))


def test_cap_fills_with_actors_and_topics_first_then_the_closest_most_connected(graph_store):
    full, _ = build_subgraph(graph_store, SubgraphSpec(around=[XI], hops=2))
    hop1 = set(build_subgraph(graph_store, SubgraphSpec(around=[XI], hops=1))[0])
    G, note = build_subgraph(graph_store, SubgraphSpec(around=[XI], hops=2, max_nodes=4))
    assert G.number_of_nodes() == 4 and XI in G
    assert note and "capped at 4 nodes" in note and "left out" in note
    # Actors and topics before statements and articles, even those a hop further out...
    assert all(G.nodes[n]["label"] in ("Actor", "Topic") for n in G)
    # ...the closest of them first...
    assert {n for n in hop1 if full.nodes[n]["label"] in ("Actor", "Topic")} <= set(G)
    # ...then the best connected among those as far out.
    far = [n for n in full if n not in hop1 and full.nodes[n]["label"] in ("Actor", "Topic")]
    kept, dropped = [n for n in far if n in G], [n for n in far if n not in G]
    assert kept and dropped
    assert min(full.degree(n) for n in kept) >= max(full.degree(n) for n in dropped)
    # Once every actor and topic is in, statements come before articles.
    actors = sum(1 for _, d in full.nodes(data=True) if d["label"] in ("Actor", "Topic"))
    H, _ = build_subgraph(graph_store, SubgraphSpec(around=[XI], hops=2, max_nodes=actors + 1))
    assert [d["label"] for _, d in H.nodes(data=True)].count("Statement") == 1
    assert "Article" not in {d["label"] for _, d in H.nodes(data=True)}
    # Edges are those of the stored graph between kept nodes.
    assert all(u in G and v in G for u, v in G.edges())


def test_whole_graph_without_around(graph_store):
    G, note = build_subgraph(graph_store, SubgraphSpec(around=None, max_nodes=1000))
    counts = graph_store.counts()
    assert G.number_of_nodes() == sum(counts[l] for l in ("Article", "Actor", "Topic", "Statement"))
    assert G.number_of_edges() == sum(v for k, v in counts.items() if k not in ("Article", "Actor", "Topic", "Statement"))
    assert note is None


def test_filters_by_kind_type_date_and_outlet(graph_store):
    G, _ = build_subgraph(graph_store, SubgraphSpec(around=[CHINA], hops=3, node_kinds=["Actor", "Topic"]))
    assert {d["label"] for _, d in G.nodes(data=True)} == {"Actor", "Topic"}
    G, _ = build_subgraph(graph_store, SubgraphSpec(around=[XI], hops=2, node_kinds=["person"]))
    assert set(G) == {XI, TRUMP}  # persons only (the start is always kept)
    G, _ = build_subgraph(graph_store, SubgraphSpec(around=[CHINA], hops=2, rel_types=["SUPPORTS", "OPPOSES"]))
    assert {d["type"] for *_, d in G.edges(data=True)} == {"SUPPORTS", "OPPOSES"}
    G, _ = build_subgraph(graph_store, SubgraphSpec(around=[CHINA], hops=2, outlet="wsj"))
    assert {d.get("outlet") for _, d in G.nodes(data=True) if d["label"] == "Article"} == {"WSJ"}
    assert "SUPPORTS" not in {d["type"] for *_, d in G.edges(data=True)}  # read from Xinhua
    G, _ = build_subgraph(graph_store, SubgraphSpec(around=[CHINA], hops=2, since="2025-11-25"))
    assert "CALLED" not in {d["type"] for *_, d in G.edges(data=True)}  # 2025-11-24
    assert "VISITS" in {d["type"] for *_, d in G.edges(data=True)}  # 2026-04
    assert all(d.get("published", "9") >= "2025-11-25" for _, d in G.nodes(data=True) if d["label"] == "Article")
    G, _ = build_subgraph(graph_store, SubgraphSpec(around=[CHINA], hops=2, until="2025-10"))
    assert {d["title"] for _, d in G.nodes(data=True) if d["label"] == "Article"} == {"<script>window.__pwned='title'</script>Evil"}


def test_bad_spec_is_a_clean_error(graph_store):
    from stancegraph.errors import QueryError

    with pytest.raises(QueryError, match="unknown relationship type"):
        build_subgraph(graph_store, SubgraphSpec(rel_types=["KILLS"]))
    with pytest.raises(QueryError, match="unknown node kind"):
        build_subgraph(graph_store, SubgraphSpec(node_kinds=["Person"]))


def test_folded_statements_become_speaker_to_target_edges(graph_store):
    G, _ = build_subgraph(graph_store, SubgraphSpec(around=[XI], hops=2, fold_statements=True))
    assert not [n for n, d in G.nodes(data=True) if d["label"] == "Statement"]
    folded = [(u, v, d) for u, v, d in G.edges(data=True) if d["type"] == "SAID_ABOUT"]
    assert (XI, TAIWAN_IND) in {(u, v) for u, v, _ in folded}
    text = {d["text"] for u, v, d in folded if u == XI}
    assert "Taiwan's return to China is an integral part of the post-war order" in text


def test_subgraph_from_query_rows(graph_store):
    from stancegraph.graph.output.subgraph import build_subgraph_from_rows

    rows = graph_store.run("MATCH (a:Actor)-[:SAID]->(s:Statement) WHERE a.id = $id RETURN a, s.id", {"id": XI})
    G, _ = build_subgraph_from_rows(graph_store, rows)
    assert XI in G and G.number_of_nodes() == 3  # Xi and his two statements
    assert {d["type"] for *_, d in G.edges(data=True)} == {"SAID"}


def test_subgraph_from_rows_of_names_texts_and_titles(graph_store):
    """Saved queries return names, statement texts, titles and routes: each names its node."""
    from stancegraph.errors import QueryError
    from stancegraph.graph.output.subgraph import build_subgraph_from_rows
    from stancegraph.graph.store.base import QueryResult

    said = "Taiwan's return to China is an integral part of the post-war order"
    result = QueryResult(["speaker", "statement", "about", "article", "route", "n", "date"], [
        ["Xi Jinping", said, ["Taiwan independence", "China"], "Xi stresses Taiwan's return", None, 3, "2025-11-25"],
        ["someone unknown", "words nobody stored", [], None, "Donald Trump > Evan Medeiros", 1, None],
    ])
    G, note = build_subgraph_from_rows(graph_store, result)
    statement = next(n for n, d in G.nodes(data=True) if d.get("text") == said)
    assert set(G) == {XI, statement, TAIWAN_IND, CHINA, Article.make_id("xinhua"), TRUMP, MEDEIROS}
    assert G.has_edge(XI, statement) and G.has_edge(statement, TAIWAN_IND)  # SAID, ABOUT between them
    assert note is None
    anchored, _ = build_subgraph_from_rows(graph_store, QueryResult(["n"], [[1]]), anchors=[JAPAN])
    assert list(anchored) == [JAPAN]
    with pytest.raises(QueryError, match="names no node of this graph"):
        build_subgraph_from_rows(graph_store, QueryResult(["kind", "n"], [["nobody", 2]]))


# -- exports -----------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_round_trip_equals_the_subgraph(graph_store, tmp_path, fmt):
    G, _ = build_subgraph(graph_store, SubgraphSpec(around=None))
    path = export_graph(G, fmt, str(tmp_path / f"g.{fmt}"))
    H = read_graph(fmt, path)
    assert _canon(H) == _canon(G)
    assert nx.is_isomorphic(H, G)
    # Lists are lists again, strings with markup and newlines intact.
    assert H.nodes[US]["aliases"] == ["U.S.", "United States"]
    assert any(d.get("detail") == INJECTION for *_, d in H.edges(data=True))


def test_graphml_and_gexf_hold_lists_as_json(graph_store, tmp_path):
    G, _ = build_subgraph(graph_store, SubgraphSpec(around=[US], hops=0))
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        raw = read(export_graph(G, fmt, str(tmp_path / f"g.{fmt}")))
        assert json.loads(raw.nodes[US]["aliases"]) == ["U.S.", "United States"]
    gexf = nx.read_gexf(str(tmp_path / "g.gexf"))
    assert gexf.nodes[US]["label"] == "United States"  # what Gephi shows
    assert gexf.nodes[US]["node_label"] == "Actor"


def test_csv_is_in_neo4j_admin_layout(graph_store, tmp_path):
    import csv

    G, _ = build_subgraph(graph_store, SubgraphSpec(around=None))
    out = tmp_path / "csv"
    export_graph(G, "csv", str(out))
    with open(out / "nodes.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    assert header[:2] == ["id:ID", ":LABEL"]
    assert "aliases:string[]" in header and "start_char:long" in header and "name" in header
    assert len(rows) - 1 == G.number_of_nodes()
    us = next(r for r in rows if r[0] == US)
    assert us[1] == "Actor" and us[header.index("aliases:string[]")] == "U.S.;United States"
    with open(out / "relationships.csv", newline="", encoding="utf-8") as f:
        rels = list(csv.reader(f))
    assert rels[0][:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert "count:long" in rels[0] and "confidence:double" in rels[0] and "polarity:double" in rels[0]
    assert len(rels) - 1 == G.number_of_edges()
    assert any(INJECTION in r for r in rels)  # newlines and quotes survive CSV quoting


def test_csv_comes_with_a_load_csv_script_of_one_statement_per_line(graph_store, tmp_path):
    G, _ = build_subgraph(graph_store, SubgraphSpec(around=None))
    export_graph(G, "csv", str(tmp_path / "csv"))
    with open(tmp_path / "csv" / "load-csv.cypher", encoding="utf-8") as f:
        lines = [l for l in f if not l.startswith("//")]
    assert all(l.endswith(";\n") for l in lines)
    assert sum("LOAD CSV" in l for l in lines) == 4 + len({(d["type"], "id" in d) for *_, d in G.edges(data=True)})
    assert all("file:///nodes.csv" in l for l in lines if "`:LABEL`" in l)


def test_csv_load_script_refuses_names_it_cannot_quote(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("a", label="Actor", name="A")
    G.add_node("b", label="Actor", name="B")
    G.add_edge("a", "b", type="X]->() DETACH DELETE a //")
    with pytest.raises(ExportError, match="cannot be written"):
        export_graph(G, "csv", str(tmp_path / "csv"))
    assert not (tmp_path / "csv").exists()  # refused before anything was written


@pytest.mark.neo4j
def test_csv_export_loads_into_neo4j_with_load_csv(embedded_graph_store, neo4j_store_session, neo4j_import_dir,
                                                   tmp_path):
    """What a user does with the CSV export: copy it into the server's import directory, run the script."""
    import shutil

    from stancegraph.graph.output.export import read_cypher_statements

    G, _ = build_subgraph(embedded_graph_store, SubgraphSpec(around=None))
    out = tmp_path / "csv"
    export_graph(G, "csv", str(out))
    copied = [shutil.copy(out / name, neo4j_import_dir / name) for name in ("nodes.csv", "relationships.csv")]
    neo = neo4j_store_session
    neo.reset()
    try:
        for _ in range(2):  # MERGE on ids: the second run changes nothing
            with neo.driver.session() as session:  # auto-commit, as cypher-shell runs it
                for statement in read_cypher_statements(str(out / "load-csv.cypher")):
                    session.run(statement).consume()
            assert neo.counts() == embedded_graph_store.counts()
    finally:
        for path in copied:
            os.remove(path)
    H, _ = build_subgraph(neo, SubgraphSpec(around=None))
    assert _canon(H) == _canon(G)  # types too: counts are integers, lists are lists, text intact


def test_cypher_script_recreates_the_subgraph(graph_store, tmp_path):
    from stancegraph.graph.output.export import read_cypher_statements

    G, _ = build_subgraph(graph_store, SubgraphSpec(around=None))
    path = export_graph(G, "cypher", str(tmp_path / "g.cypher"))
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f if not l.startswith("//")]
    assert all(l.endswith(";\n") for l in lines)  # one statement per line
    with LadybugStore(str(tmp_path / "fresh.lbdb")) as fresh:
        for statement in read_cypher_statements(path):
            fresh.run(statement, write=True)
        assert fresh.counts() == graph_store.counts()
        H, _ = build_subgraph(fresh, SubgraphSpec(around=None))
        assert _canon(H) == _canon(G)
        for statement in read_cypher_statements(path):  # MERGE: a second run changes nothing
            fresh.run(statement, write=True)
        assert fresh.counts() == graph_store.counts()


@pytest.mark.neo4j
def test_cypher_script_recreates_the_subgraph_in_neo4j(embedded_graph_store, neo4j_store_session, tmp_path):
    """The script is for 'another Neo4j': run it into the real one and compare."""
    from stancegraph.graph.output.export import read_cypher_statements

    G, _ = build_subgraph(embedded_graph_store, SubgraphSpec(around=None))
    path = export_graph(G, "cypher", str(tmp_path / "g.cypher"))
    neo = neo4j_store_session
    neo.reset()
    for statement in read_cypher_statements(path):
        neo.run(statement, write=True)
    assert neo.counts() == embedded_graph_store.counts()
    H, _ = build_subgraph(neo, SubgraphSpec(around=None))
    assert _canon(H) == _canon(G)


@pytest.mark.parametrize("text", ["it's", 'say "no"', "back\\slash", "two\nlines\r\n", "tab\there",
                                  "\\'", "end\\", "nul\x00bell\x07", "sep\u2028par\u2029", "ünïcødé 中国 🇨🇳",
                                  "'); MATCH (n) DETACH DELETE n; //"])
def test_cypher_strings_read_back_unchanged(tmp_path, text):
    from stancegraph.graph.output.export import cypher_string

    literal = cypher_string(text)
    assert "\n" not in literal and "\r" not in literal
    with LadybugStore(str(tmp_path / "s.lbdb")) as s:
        assert s.run(f"RETURN {literal} AS t").rows[0][0] == text


def test_cypher_refuses_types_outside_the_allow_list(graph_store, tmp_path):
    G, _ = build_subgraph(graph_store, SubgraphSpec(around=[XI], fold_statements=True))
    with pytest.raises(ExportError, match="SAID_ABOUT"):
        export_graph(G, "cypher", str(tmp_path / "g.cypher"))
    G = nx.MultiDiGraph()
    G.add_node("x", label="Actor) DETACH DELETE (n", id="x")
    with pytest.raises(ExportError, match="label"):
        export_graph(G, "cypher", str(tmp_path / "h.cypher"))


def test_unknown_format(graph_store, tmp_path):
    with pytest.raises(ExportError, match="unknown export format"):
        export_graph(nx.MultiDiGraph(), "dot", str(tmp_path / "g.dot"))
    assert FORMATS == ("graphml", "gexf", "json", "csv", "cypher")


@pytest.mark.neo4j
def test_neo4j_gives_the_same_subgraph(embedded_graph_store, neo4j_store_session):
    """Same Cypher surface: the subgraph from Neo4j equals the one from LadybugDB."""
    neo = neo4j_store_session
    neo.reset()
    neo.upsert_many(sample_graphs())
    for spec in (SubgraphSpec(around=[XI], hops=2), SubgraphSpec(around=[CHINA], hops=2, outlet="WSJ"),
                 SubgraphSpec(around=[XI], hops=2, fold_statements=True)):
        G, _ = build_subgraph(neo, spec)
        L, _ = build_subgraph(embedded_graph_store, spec)
        assert _canon(G) == _canon(L)


def test_one_module_per_format_as_the_docs_say():
    import importlib
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "export.md").read_text(encoding="utf-8")
    for fmt in FORMATS:
        assert f"`export.{fmt}`" in doc
        module = importlib.import_module(f"stancegraph.graph.output.export.{fmt}")
        assert callable(getattr(module, f"write_{fmt}"))
