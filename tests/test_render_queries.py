"""Every built-in read query can be drawn and exported: `render --query NAME` and `export --query NAME`.

The graph is the seed article (`stancegraph ingest --sample`) plus the hand-built call article
of tests/graphs.py, which adds what the seed article lacks: a target that one actor supports
and others oppose (disagreements, who-supports) and a path through a statement (path-between).
Saved queries return names, statement texts and titles rather than node ids; each page and
each export must hold the nodes its rows name, plus the nodes its parameters matched.
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import neo4j_settings
from graphs import call_article
from stancegraph.cli import cli
from stancegraph.graph.output.export import read_cypher_statements, read_graph
from stancegraph.queries import load_queries

QUERIES = load_queries(())
XI_ON_TAIWAN = "China firmly opposes Taiwan independence"  # a statement of the call article

#: Parameters for each built-in read query, and the nodes (by name, or statement text) its
#: subgraph must hold: some from the rows, some only from the parameters.
CASES: dict[str, tuple[dict[str, str], list[str]]] = {
    "actor-profile": ({"actor": "Medeiros"}, ["Evan Medeiros", "Xi Jinping"]),  # talks about Xi
    "co-mentions": ({"actor": "Trump"}, ["Donald Trump", "Xi Jinping", "China"]),
    "disagreements": ({"target": "Taiwan independence"},
                      ["Taiwan independence", "Democratic Progressive Party", "Xi Jinping"]),
    "edge-provenance": ({"source": "Xi", "target": "Taiwan independence"},
                        ["Xi Jinping", "Taiwan independence", XI_ON_TAIWAN]),
    "events": ({"actor": "Trump"}, ["Donald Trump", "Xi Jinping", "Beijing"]),
    "exports": ({}, ["United States", "China"]),
    # Medeiros -SAID-> statement -ABOUT-> Xi -INVITED-> Trump: the route names the statement.
    "path-between": ({"from": "Medeiros", "to": "Trump"},
                     ["Evan Medeiros", "Donald Trump", "Xi Jinping",
                      "Xi is trying to draw the United States closer to China"]),
    "quoted-by": ({"reporter": "Xinhua"}, ["Xinhua News Agency", "Xi Jinping"]),
    "stance-matrix": ({"target": "Taiwan independence"}, ["Taiwan independence", "Joe Biden", "Xi Jinping"]),
    "stances": ({"actor": "Xi"}, ["Xi Jinping", "Taiwan independence"]),
    "stance-by-month": ({"actor": "Biden"}, ["Joe Biden", "Taiwan independence"]),
    "timeline": ({"subject": "Taiwan"}, ["Taiwan", "Evan Medeiros", XI_ON_TAIWAN]),
    "top-actors": ({}, ["China", "United States", "Donald Trump"]),
    "top-topics": ({}, ["China", "Taiwan"]),
    "visits": ({"actor": "Trump"}, ["Donald Trump", "Beijing"]),
    "what-did-they-say": ({"speaker": "Xi", "about": "Taiwan"}, ["Xi Jinping", "Taiwan", XI_ON_TAIWAN]),
    "who-opposes": ({"target": "Taiwan independence"},
                    ["Taiwan independence", "Joe Biden", "Xi Jinping", "China"]),
    "who-said-what": ({"subject": "Taiwan"}, ["Taiwan", "Evan Medeiros", "Donald Trump", "Xi Jinping", XI_ON_TAIWAN]),
    "who-supports": ({"target": "Taiwan independence"}, ["Taiwan independence", "Democratic Progressive Party"]),
    "words-said": ({"words": "opposes Taiwan", "speaker": "Xi"}, ["Xi Jinping", XI_ON_TAIWAN]),
}


def test_every_builtin_read_query_has_a_case():
    readers = {name for name, q in QUERIES.items() if not q.writes}
    assert set(CASES) == readers, "add render parameters for each new built-in query"


class Seeded:
    """Where the test graph is: the CLI's store options and environment."""

    def __init__(self, args: list[str], env: dict[str, str]):
        self.args, self.env = args, env

    def run(self, *args: str, ok: bool = True):
        result = CliRunner().invoke(cli, [*args, *self.args], env=self.env)
        assert "Traceback" not in result.output
        if ok:
            assert result.exit_code == 0, result.output
        return result


@pytest.fixture(scope="module", params=["ladybug", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def seeded(request, tmp_path_factory):
    if request.param == "ladybug":
        from stancegraph.graph.store.ladybug import LadybugStore

        db = str(tmp_path_factory.mktemp("seed") / "seed.lbdb")
        target = Seeded(["--db", db], {})
        target.run("ingest", "--sample")
        with LadybugStore(db) as store:
            store.upsert(call_article())
        return target
    store = request.getfixturevalue("neo4j_store_session")
    store.reset()
    settings = neo4j_settings()
    target = Seeded(["--neo4j", settings["NEO4J_URI"]], settings)
    target.run("ingest", "--sample")
    store.upsert(call_article())
    return target


def _query_args(name: str) -> list[str]:
    params, _ = CASES[name]
    return ["--query", name, *[x for k, v in params.items() for x in ("-p", k, v)]]


def _query_rows(seeded: Seeded, name: str) -> list[dict]:
    out = seeded.run("query", name, *_query_args(name)[2:], "--format", "json").output
    return json.loads(out[out.index("["):])


def _names(nodes) -> set[str]:
    """What each node is called: actor/topic name, statement text, article title."""
    return {d.get("name") or d.get("text") or d.get("title") for _, d in nodes}


def _page_nodes(html: str) -> list[dict]:
    data = re.search(r'<script id="sg-data" type="application/json">(.*?)</script>', html, re.S).group(1)
    return json.loads(data)["nodes"]


@pytest.mark.parametrize("name", sorted(CASES))
def test_query_renders_and_exports_its_nodes(seeded, tmp_path, name):
    _, expected = CASES[name]
    rows = _query_rows(seeded, name)
    assert rows, f"{name} must return rows on the test graph"

    page = tmp_path / f"{name}.html"
    seeded.run("render", *_query_args(name), "-o", str(page))
    out = tmp_path / f"{name}.json"
    seeded.run("export", *_query_args(name), "--to", "json", "-o", str(out))
    G = read_graph("json", str(out))
    names = _names(G.nodes(data=True))
    assert set(expected) <= names, (name, sorted(set(expected) - names))
    # Every row is drawn: at least one of its values is a node of the subgraph.
    for row in rows:
        values = {v for cell in row.values() for v in (cell if isinstance(cell, list) else [cell])}
        assert values & names, (name, row)

    page_ids = {n["id"] for n in _page_nodes(page.read_text(encoding="utf-8"))}
    assert page_ids == set(G.nodes), name  # the page draws the same subgraph as the export


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "cypher", "csv"])
def test_query_subgraph_in_every_format(seeded, tmp_path, fmt):
    out = tmp_path / ("out" if fmt == "csv" else f"out.{fmt}")
    seeded.run("export", *_query_args("who-said-what"), "--to", fmt, "-o", str(out))
    seeded.run("export", *_query_args("who-said-what"), "--to", "json", "-o", str(tmp_path / "ref.json"))
    ids = set(read_graph("json", str(tmp_path / "ref.json")).nodes)
    assert len(ids) > 5
    if fmt in ("graphml", "gexf"):
        assert set(read_graph(fmt, str(out)).nodes) == ids
    elif fmt == "cypher":
        merged = {m for s in read_cypher_statements(str(out)) for m in re.findall(r"^MERGE \(n:\w+ \{id: '([^']*)'\}\)", s)}
        assert merged == ids
    else:
        with open(Path(out) / "nodes.csv", encoding="utf-8", newline="") as f:
            assert {r["id:ID"] for r in csv.DictReader(f)} == ids


def test_query_with_no_rows_draws_what_its_parameters_matched(seeded, tmp_path):
    result = seeded.run("render", "--query", "who-supports", "-p", "target", "Taiwan", "-o", str(tmp_path / "p.html"))
    assert "returned no rows" in result.output
    # Two actors are called Taiwan here (a country in the seed article, a place in the call article).
    assert {n["label"] for n in _page_nodes((tmp_path / "p.html").read_text(encoding="utf-8"))} == {"Taiwan"}


def test_query_with_nothing_to_draw_is_one_line(seeded, tmp_path):
    result = seeded.run("render", "--query", "events", "-p", "kind", "exports", "-p", "since", "2030",
                        "-o", str(tmp_path / "p.html"), ok=False)
    assert result.exit_code != 0
    assert [line for line in result.output.splitlines() if line.startswith("Error:")] == [
        "Error: the query returned no rows: nothing to draw"]
    assert not (tmp_path / "p.html").exists()


def test_writing_query_is_refused(seeded, tmp_path):
    result = seeded.run("render", "--query", "add-role", "-p", "actor", "Medeiros", "-p", "role", "x",
                        "-o", str(tmp_path / "p.html"), ok=False)
    assert result.exit_code != 0
    assert "changes the graph" in result.output
