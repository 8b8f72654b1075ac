"""Several writers into one Neo4j at once end exactly where one writer would (issue #23).

Three ingests of overlapping articles ran at the same time used to leave duplicate
co-mention pairs, drifted counts and lost aliases (Pakistan lost "Islamabad"): each writer
read what was stored, changed it in Python and wrote it back, and another writer's change
in between was overwritten.
"""
from __future__ import annotations

import threading

import pytest

from stancegraph.graph.model import (Actor, Article, ArticleGraph, Mention, Relation, Span, Statement,
                                     actor_id, stable_id)

pytestmark = pytest.mark.neo4j

#: Many people, so actors new to the store keep arriving all through the run (the first
#: writer to meet one creates it and its pairs while the others may be about to).
PEOPLE = [f"{first} {last}" for first in ("Imran", "Nawaz", "Benazir", "Asif", "Shehbaz", "Maryam")
          for last in ("Khan", "Sharif", "Bhutto", "Zardari", "Qureshi", "Abbasi", "Gilani", "Aziz")]
PAKISTAN = actor_id("country", "Pakistan")


def _article(n: int) -> ArticleGraph:
    """Article n: Pakistan under an alias of its own, two people (shared across articles)
    and a statement with a stance, so aliases, roles, counts and pairs all overlap."""
    a, b = PEOPLE[n % len(PEOPLE)], PEOPLE[(n * 7 + 3) % len(PEOPLE)]
    alias = f"Pakistan-{n % 40}"
    text = f"{a} said {b} had let {alias} down, story {n}."
    art = Article(id=Article.make_id(text), text=text, title=f"Story {n}", published=f"2025-{1 + n % 12:02d}-01",
                  outlet=f"Outlet {n % 3}")
    ids = {name: actor_id("person", name) for name in (a, b)}

    def span(part: str) -> Span:
        start = text.index(part)
        return Span(start, start + len(part), part)

    content = span(f"{b} had let {alias} down")
    speaker = Mention(0, len(a), a, ids[a])
    st = Statement(stable_id(art.id, content.start, content.end), speaker, span("said"), content,
                   kind="indirect", about=[ids[b], PAKISTAN], sentence=span(text))
    mentions = [speaker, Mention(span(b).start, span(b).end, b, ids[b]),
                Mention(span(alias).start, span(alias).end, alias, PAKISTAN)]
    return ArticleGraph(
        article=art,
        actors=[Actor(ids[a], a, "person", [a, a.split()[-1]], [f"role-{n % 5}"]),
                Actor(ids[b], b, "person", [b]),
                Actor(PAKISTAN, "Pakistan", "country", ["Pakistan", alias])],
        mentions=mentions, statements=[st],
        relations=[Relation("OPPOSES", ids[a], ids[b], art.id, statement=st.id, sentence=st.sentence,
                            cue="let down", polarity=-1.0, confidence=0.8, date=art.published)])


def dump(store) -> dict:
    """Every node and relationship of the graph with its properties, in a stable order."""
    nodes = store.run("MATCH (n) WHERE NOT n:StancegraphWriteLock RETURN labels(n)[0] AS label, n.id AS id, "
                      "properties(n) AS props ORDER BY label, id").rows
    rels = store.run("MATCH (a)-[r]->(b) RETURN type(r), a.id, b.id, properties(r) ORDER BY type(r), a.id, b.id").rows

    def canon(props: dict) -> dict:
        return {k: sorted(v) if isinstance(v, list) else v for k, v in props.items()}

    return {"nodes": [(l, i, canon(p)) for l, i, p in nodes],
            "rels": sorted((t, a, b, sorted(canon(p).items())) for t, a, b, p in rels)}


def test_three_concurrent_writers_end_as_one_sequential_writer(neo4j_store_session):
    from tests.conftest import neo4j_settings
    from stancegraph.graph.store.neo4j import Neo4jStore

    graphs = [_article(n) for n in range(240)]
    # Overlapping shares: every article goes to two of the three writers.
    shares = [[g for i, g in enumerate(graphs) if i % 3 != w] for w in range(3)]

    store = neo4j_store_session
    store.reset()
    store.upsert_many(graphs, batch_size=8)
    expected = dump(store)

    store.reset()
    settings = neo4j_settings()
    errors: list[BaseException] = []

    def writer(share):
        try:
            with Neo4jStore.connect(settings["NEO4J_URI"], user=settings["NEO4J_USERNAME"],
                                    password=settings["NEO4J_PASSWORD"]) as s:
                s.upsert_many(share, batch_size=16)
        except BaseException as exc:  # reported below, with the others' results
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(share,)) for share in shares]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    got = dump(store)
    assert got == expected
    pakistan = store.run("MATCH (a:Actor {id: $id}) RETURN a.aliases", {"id": PAKISTAN}).rows[0][0]
    assert set(pakistan) >= {f"Pakistan-{k}" for k in range(40)}
