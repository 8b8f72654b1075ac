"""Store behaviour, run identically on the embedded store and on Neo4j."""
from __future__ import annotations

import pytest

from graphs import BIDEN, TAIWAN, XI, biden_article, xi_visit_article
from stancegraph.graph.errors import QueryError, StoreError
from stancegraph.graph.model import Relation


def test_upsert_writes_the_statement_layer(store):
    store.upsert(biden_article())
    counts = store.counts()
    assert counts["Article"] == 1
    assert counts["Statement"] == 2
    assert counts["Actor"] == 4
    assert counts["Topic"] == 1
    assert counts["SAID"] == 2 and counts["REPORTED_BY"] == 1 and counts["CONTAINS"] == 2
    assert counts["ABOUT"] == 3
    assert counts["DOES_NOT_SUPPORT"] == 1
    rows = store.run("MATCH (a:Actor)-[:SAID]->(s:Statement)-[:REPORTED_BY]->(r:Actor) "
                     "RETURN a.name, s.text, r.name").rows
    assert rows == [["Xi Jinping", "Taiwan's return to China is an important part of the order",
                     "Xinhua News Agency"]]


def test_reingesting_changes_no_count(store):
    graph = biden_article()
    store.upsert(graph)
    before = store.counts()
    store.upsert(graph)
    store.upsert(biden_article())
    assert store.counts() == before


def test_actors_merge_across_articles_and_gain_aliases(store):
    store.upsert(biden_article())
    store.upsert(xi_visit_article())
    rows = store.run("MATCH (a:Actor {id: $id}) RETURN a.name, a.aliases, a.roles", {"id": XI}).rows
    assert rows == [["Xi Jinping", ["President Xi", "Xi", "Xi Jinping"], ["president"]]]
    said = store.run("MATCH (a:Actor {id: $id})-[:SAID]->(s:Statement) RETURN count(s)", {"id": XI}).rows
    assert said == [[2]]


def test_relation_keeps_its_provenance(store):
    store.upsert(xi_visit_article())
    rows = store.run("MATCH (a:Actor)-[r:VISITS]->(b:Actor) RETURN a.name, b.name, r.status, r.date_text, "
                     "r.detail, r.article").rows
    assert rows == [["Xi Jinping", "United States", "planned", "next year", "state visit",
                     xi_visit_article().article.id]]


def test_failed_article_leaves_nothing_behind(store):
    store.upsert(biden_article())
    before = store.counts()
    bad = xi_visit_article()
    # An edge to an actor the article does not define would leave half an article.
    bad.relations.append(Relation("MET", XI, "person:nobody", bad.article.id))
    with pytest.raises(StoreError):
        store.upsert(bad)
    assert store.counts() == before
    assert not store.has_article(bad.article.id)


def test_unknown_relationship_type_is_refused(store):
    graph = xi_visit_article()
    graph.relations[0].type = "VISITS]->() DETACH DELETE n //"
    with pytest.raises(StoreError, match="unknown relationship type"):
        store.upsert(graph)
    assert store.counts()["Article"] == 0


def test_reads_are_read_only(store):
    store.upsert(biden_article())
    before = store.counts()
    with pytest.raises(QueryError, match="read-only"):
        store.run("MATCH (a:Actor {id: $id}) DETACH DELETE a", {"id": BIDEN})
    with pytest.raises(QueryError, match="one Cypher statement"):
        store.run("MATCH (a:Actor) RETURN a; MATCH (n) DETACH DELETE n")
    assert store.counts() == before


def test_parameter_values_are_never_cypher(store):
    store.upsert(biden_article())
    evil = "x'}) MATCH (n) DETACH DELETE n //"
    assert store.run("MATCH (a:Actor) WHERE a.name = $name RETURN a.id", {"name": evil}).rows == []
    assert store.counts()["Actor"] == 4


def test_explicit_write_and_reset(store):
    store.upsert(biden_article())
    store.run("MATCH (a:Actor {id: $id}) SET a.note = 'checked'" if store.dialect == "neo4j"
              else "MATCH (a:Actor {id: $id}) SET a.name = 'Taiwan (island)'", {"id": TAIWAN}, write=True)
    store.reset()
    assert all(v == 0 for v in store.counts().values())
