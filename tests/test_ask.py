"""Plain questions mapped onto saved queries: the phrasings users type, on both stores."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from graphs import biden_article, call_article, xi_visit_article
from stancegraph.cli import cli
from stancegraph.errors import QueryError
from stancegraph.queries import load_queries, run_saved
from stancegraph.queries.ask import PHRASINGS, interpret, suggest

QUERIES = load_queries(())

#: (question, saved query, parameters) — the issue's phrasings first, then variants.
QUESTIONS = [
    ("who said what about Taiwan", "who-said-what", {"subject": "Taiwan"}),
    ("what did Xi say about Taiwan", "what-did-they-say", {"speaker": "Xi", "about": "Taiwan"}),
    ("who opposes Taiwan independence", "who-opposes", {"target": "Taiwan independence"}),
    ("where will Trump visit", "visits", {"actor": "Trump"}),
    ("who reported Xi's statements", "quoted-by", {"speaker": "Xi"}),
    ("how are Trump and Xi connected", "path-between", {"from": "Trump", "to": "Xi"}),
    ("what does Medeiros think", "what-did-they-say", {"speaker": "Medeiros"}),
    ("Who said what about Taiwan?", "who-said-what", {"subject": "Taiwan"}),
    ("  who   says what on   taiwan ", "who-said-what", {"subject": "taiwan"}),
    ("what was said about the United States", "who-said-what", {"subject": "United States"}),
    ("what has Trump said about Xi?", "what-did-they-say", {"speaker": "Trump", "about": "Xi"}),
    ("what did Xi say", "what-did-they-say", {"speaker": "Xi"}),
    ("what does Medeiros think about Xi", "what-did-they-say", {"speaker": "Medeiros", "about": "Xi"}),
    ("what is Xi's position on Taiwan", "what-did-they-say", {"speaker": "Xi", "about": "Taiwan"}),
    ("who is against Taiwan independence", "who-opposes", {"target": "Taiwan independence"}),
    ("who does not support Taiwan independence", "who-opposes", {"target": "Taiwan independence"}),
    ("who supports Taiwan independence", "who-supports", {"target": "Taiwan independence"}),
    ("who is in favor of Taiwan independence", "who-supports", {"target": "Taiwan independence"}),
    ("who disagrees about Taiwan independence", "disagreements", {"target": "Taiwan independence"}),
    ("stance matrix", "stance-matrix", {}),
    ("where is Trump going next?", "visits", {"actor": "Trump"}),
    ("where did Xi visit", "visits", {"actor": "Xi"}),
    ("who will visit the United States", "visits", {"place": "United States"}),
    ("who did Trump call", "events", {"actor": "Trump", "kind": "called"}),
    ("who invited Trump", "events", {"target": "Trump", "kind": "invited"}),
    ("what does the United States export to China", "exports", {"exporter": "United States", "buyer": "China"}),
    ("who quoted Medeiros", "quoted-by", {"speaker": "Medeiros"}),
    ("what did Xinhua report", "quoted-by", {"reporter": "Xinhua"}),
    ("how is Biden connected to Xi", "path-between", {"from": "Biden", "to": "Xi"}),
    ("what links Medeiros and Trump", "path-between", {"from": "Medeiros", "to": "Trump"}),
    ("who is mentioned with Trump", "co-mentions", {"actor": "Trump"}),
    ("timeline of Taiwan independence since 2025-11", "timeline",
     {"subject": "Taiwan independence", "since": "2025-11"}),
    ("timeline of Taiwan independence between 2025-10 and 2025-10", "timeline",
     {"subject": "Taiwan independence", "since": "2025-10", "until": "2025-10"}),
    ("who is Medeiros", "actor-profile", {"actor": "Medeiros"}),
    ("tell me about the WSJ", "actor-profile", {"actor": "WSJ"}),
    ("top actors", "top-actors", {}),
    ("what are the main topics", "top-topics", {}),
]


@pytest.mark.parametrize("question,query,params", QUESTIONS)
def test_question_maps_onto_a_saved_query(question, query, params):
    meaning = interpret(question)
    assert (meaning.query, meaning.params) == (query, params)


def test_every_phrasing_example_maps_onto_its_own_query_with_declared_parameters():
    for phrasing in PHRASINGS:
        meaning = interpret(phrasing.example)
        assert meaning.query == phrasing.query, phrasing.example
        declared = {p.name for p in QUERIES[meaning.query].params}
        assert set(meaning.params) <= declared, (phrasing.example, meaning.params)
        required = {p.name for p in QUERIES[meaning.query].params if p.required}
        assert required <= set(meaning.params), phrasing.example


@pytest.fixture
def graph(store):
    for g in (biden_article(), xi_visit_article(), call_article()):
        store.upsert(g)
    return store


@pytest.mark.parametrize("question", [q for q, _, _ in QUESTIONS])
def test_question_is_answered_on_each_store(graph, question):
    meaning = interpret(question)
    result, matches = run_saved(graph, QUERIES[meaning.query], meaning.params)
    assert result.rows, question
    assert len(matches) == sum(1 for p in QUERIES[meaning.query].params
                               if p.type == "node" and p.name in meaning.params)


def test_unmappable_question_suggests_close_phrasings():
    with pytest.raises(QueryError, match="try: ") as err:
        interpret("who said stuff on Taiwan")
    assert "who said what about Taiwan" in str(err.value)
    assert suggest("where does Trump travel")[0] == "where will Trump visit"


def test_ask_prints_the_query_and_the_matched_nodes(tmp_path):
    from stancegraph.graph.store.ladybug import LadybugStore

    db = str(tmp_path / "g.lbdb")
    with LadybugStore(db) as store:
        for g in (biden_article(), xi_visit_article(), call_article()):
            store.upsert(g)
    result = CliRunner().invoke(cli, ["ask", "where will Trump visit?", "--db", db])
    assert result.exit_code == 0, result.output
    assert 'query: visits -p actor "Trump"' in result.output
    assert "actor 'Trump' matched Donald Trump (actor, person)" in result.output
    assert "Beijing" in result.output and "planned" in result.output
