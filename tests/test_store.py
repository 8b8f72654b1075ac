"""Store behaviour, run identically on the embedded store and on Neo4j."""
from __future__ import annotations

import pytest

from graphs import (BIDEN, TAIWAN, TAIWAN_INDEPENDENCE, UNITED_STATES, XI, XINHUA, biden_article, call_article,
                    xi_visit_article)
from stancegraph.errors import QueryError, StoreError
from stancegraph.graph.model import Actor, Article, ArticleGraph, Mention, Relation, Span, Statement, Topic, stable_id


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
    before, pairs_before = store.counts(), pair_counts(store)
    bad = xi_visit_article()
    # An edge to an actor the article does not define would leave half an article.
    bad.relations.append(Relation("MET", XI, "person:nobody", bad.article.id))
    with pytest.raises(StoreError):
        store.upsert(bad)
    assert store.counts() == before and pair_counts(store) == pairs_before
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
    assert quote_counts(store) == set() and pair_counts(store) == set()


# -- the counts kept on actors and topics (model.ACTOR_STATS, SUBJECT_STATS) --------------------

def recount(store) -> dict:
    """Every actor's and topic's counts, aggregated from the edges afresh (what the stored ones must equal)."""
    out = {}
    for label in ("Actor", "Topic"):
        for (node_id,) in store.run(f"MATCH (x:{label}) RETURN x.id").rows:
            q = lambda cypher: store.run(cypher, {"id": node_id}).rows[0][0]  # noqa: E731
            counts = {
                "about": q(f"MATCH (x:{label} {{id: $id}})<-[:ABOUT]-(s:Statement) RETURN count(DISTINCT s)"),
                "about_articles": q(f"MATCH (x:{label} {{id: $id}})<-[:ABOUT]-(s:Statement) RETURN count(DISTINCT s.article)"),
                "about_speakers": q(f"MATCH (x:{label} {{id: $id}})<-[:ABOUT]-(:Statement)<-[:SAID]-(a:Actor) "
                                    "RETURN count(DISTINCT a)"),
                "supporters": q(f"MATCH (x:{label} {{id: $id}})<-[:SUPPORTS]-(a:Actor) RETURN count(DISTINCT a)"),
                "opponents": q(f"MATCH (x:{label} {{id: $id}})<-[:OPPOSES|DOES_NOT_SUPPORT]-(a:Actor) "
                               "RETURN count(DISTINCT a)"),
                "stance_holders": q(f"MATCH (x:{label} {{id: $id}})<-[:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]-(a:Actor) "
                                    "RETURN count(DISTINCT a)"),
            }
            if label == "Actor":
                counts["articles"] = q("MATCH (x:Actor {id: $id})<-[:MENTIONS]-(a:Article) RETURN count(a)")
                counts["mentions"] = q("MATCH (x:Actor {id: $id})<-[m:MENTIONS]-(:Article) RETURN coalesce(sum(m.count), 0)")
                counts["statements"] = q("MATCH (x:Actor {id: $id})-[:SAID]->(s:Statement) RETURN count(s)")
            out[node_id] = counts
    return out


def quote_counts(store) -> set:
    """The QuoteCount tallies kept by the writes: (speaker, agency, outlet, statements, first, last)."""
    return {tuple(r) for r in store.run("MATCH (q:QuoteCount) RETURN q.speaker, q.agency, q.outlet, "
                                        "q.statements, q.first_date, q.last_date").rows}


def quote_counts_recounted(store) -> set:
    """The same tallies grouped from the statements afresh."""
    return {tuple(r) for r in store.run(
        "MATCH (sp:Actor)-[:SAID]->(s:Statement) OPTIONAL MATCH (s)-[:REPORTED_BY]->(ag:Actor) "
        "OPTIONAL MATCH (art:Article)-[:CONTAINS]->(s) "
        "RETURN sp.id, ag.id, art.outlet, count(s), min(s.date), max(s.date)").rows}


def pair_counts(store) -> set:
    """The CO_MENTIONED pair counts kept by the writes: (lower actor id, higher actor id, articles)."""
    return {tuple(r) for r in store.run("MATCH (a:Actor)-[p:CO_MENTIONED]->(b:Actor) "
                                        "RETURN a.id, b.id, p.articles").rows}


def pair_counts_recounted(store) -> set:
    """The same pairs counted from the mentions afresh."""
    return {tuple(r) for r in store.run(
        "MATCH (a:Actor)<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(b:Actor) WHERE a.id < b.id "
        "RETURN a.id, b.id, count(DISTINCT art)").rows}


def said_pairs(store) -> set:
    """The kept statement counts (SAID_ABOUT): (speaker, subject, statements, latest date)."""
    return {tuple(r) for r in store.run("MATCH (a:Actor)-[p:SAID_ABOUT]->(t) "
                                        "RETURN a.id, t.id, p.statements, p.last_date").rows}


def said_pairs_recounted(store) -> set:
    """The same counted from the statements afresh."""
    return {tuple(r) for r in store.run(
        "MATCH (a:Actor)-[:SAID]->(s:Statement)-[:ABOUT]->(t) RETURN a.id, t.id, count(DISTINCT s), max(s.date)").rows}


def stored_counts(store) -> dict:
    out = {}
    subject = ("about", "about_articles", "about_speakers", "supporters", "opponents", "stance_holders")
    for label, props in (("Actor", subject + ("articles", "mentions", "statements")), ("Topic", subject)):
        columns = ", ".join(f"x.{p}" for p in props)
        for node_id, *values in store.run(f"MATCH (x:{label}) RETURN x.id, {columns}").rows:
            out[node_id] = dict(zip(props, values))
    return out


def test_stored_counts_follow_every_write(store):
    store.upsert(biden_article())
    assert stored_counts(store) == recount(store)
    assert stored_counts(store)[XI] == {"about": 0, "about_articles": 0, "about_speakers": 0, "supporters": 0,
                                        "opponents": 0, "stance_holders": 0, "articles": 1, "mentions": 1, "statements": 1}
    assert stored_counts(store)[TAIWAN_INDEPENDENCE]["opponents"] == 1  # Biden does not support it
    assert stored_counts(store)[TAIWAN]["about"] == 2 and stored_counts(store)[TAIWAN]["about_speakers"] == 2
    assert quote_counts(store) == quote_counts_recounted(store) == {
        (BIDEN, None, "Test Daily", 1, "2025-11-25", "2025-11-25"),
        (XI, XINHUA, "Test Daily", 1, "2025-11-25", "2025-11-25")}
    assert pair_counts(store) == pair_counts_recounted(store)
    assert (BIDEN, XI, 1) in pair_counts(store) and len(pair_counts(store)) == 6  # 4 actors mentioned
    assert said_pairs(store) == said_pairs_recounted(store) and (BIDEN, TAIWAN, 1, "2025-11-25") in said_pairs(store)
    store.upsert_many([xi_visit_article(), biden_article()], batch_size=10)
    assert stored_counts(store) == recount(store)
    assert stored_counts(store)[XI]["articles"] == 2 and stored_counts(store)[XI]["statements"] == 2
    assert quote_counts(store) == quote_counts_recounted(store)
    assert pair_counts(store) == pair_counts_recounted(store)
    assert said_pairs(store) == said_pairs_recounted(store)


def counted_article(outlet, published, dates) -> ArticleGraph:
    """What the counts must get right: a statement with no speaker about a topic (no speaker
    to count), one speaker quoted on several dates (one of them unknown) directly and through
    an agency, and a topic one actor both supports and opposes while another only opposes it."""
    text = "Xi said A. Xi said B. Xinhua said Xi said C. It was said D. Biden said E."
    art = Article(id=Article.make_id(f"{text} {outlet} {published}"), text=text, title="Counts", published=published,
                  outlet=outlet)
    statements = []
    for speaker, content, agency, date in ((XI, "A", None, dates[0]), (XI, "B", None, dates[1]),
                                           (XI, "C", XINHUA, dates[2]), (None, "D", None, dates[0]),
                                           (BIDEN, "E", None, None)):
        c = Span(text.index(content + "."), text.index(content + ".") + 1, content)
        who = Mention(text.index("Biden"), text.index("Biden") + 5, "Biden", speaker) if speaker == BIDEN else (
            Mention(0, 2, "Xi", XI) if speaker else None)
        statements.append(Statement(stable_id(art.id, c.start), who, None, c, kind="direct", reported_by=agency,
                                    about=[TAIWAN_INDEPENDENCE, TAIWAN_INDEPENDENCE, TAIWAN], date=date))
    stance = lambda kind, who, st: Relation(kind, who, TAIWAN_INDEPENDENCE, art.id, statement=st.id)  # noqa: E731
    return ArticleGraph(
        article=art,
        actors=[Actor(XI, "Xi Jinping", "person"), Actor(BIDEN, "Joe Biden", "person"),
                Actor(XINHUA, "Xinhua News Agency", "organization"), Actor(TAIWAN, "Taiwan", "place")],
        topics=[Topic(TAIWAN_INDEPENDENCE, "Taiwan independence")],
        mentions=[Mention(0, 2, "Xi", XI)] * 3 + [Mention(text.index("Biden"), text.index("Biden") + 5, "Biden", BIDEN),
                                                   Mention(text.index("Xinhua"), text.index("Xinhua") + 6, "Xinhua", XINHUA)],
        statements=statements,
        relations=[stance("SUPPORTS", XI, statements[0]), stance("OPPOSES", XI, statements[1]),
                   stance("DOES_NOT_SUPPORT", BIDEN, statements[4]), stance("OPPOSES", BIDEN, statements[4])])


@pytest.mark.parametrize("how", ["one by one", "in a batch", "bulk load"])
def test_counts_given_to_new_nodes_equal_a_recount_from_the_edges(store, how):
    """A write sets the counts of nodes new to the store from the batch (rows.node_stats) and
    recounts only the nodes it already held: both must agree with counting the edges afresh."""
    from stancegraph.graph.store.bulk import bulk_load

    graphs = [counted_article("Test Daily", "2025-11-20", ["2025-11-03", "2025-11-01", None]),
              counted_article(None, None, [None, None, None]),
              counted_article("", "2025-11-21", ["2025-11-02", "2025-11-05", "2025-11-04"]),
              call_article(), biden_article(), xi_visit_article()]
    if how == "one by one":
        for g in graphs:
            store.upsert(g)
    elif how == "in a batch":
        store.upsert_many(graphs[:4], batch_size=10)  # then a batch of new and known nodes
        store.upsert_many(graphs[4:], batch_size=10)
    else:
        bulk_load(store, graphs)
    counts, tallies, said = stored_counts(store), quote_counts(store), said_pairs(store)
    assert counts == recount(store)
    assert tallies == quote_counts_recounted(store)
    assert said == said_pairs_recounted(store)
    # Xi said A, B, C about the topic in each counted article, once more in the Biden article
    # (its date the latest); D has no speaker, so no pair.
    assert (XI, TAIWAN_INDEPENDENCE, 10, "2025-11-25") in said
    # Statement D has no speaker; Xi both supports and opposes; China only opposes (call article).
    assert {k: counts[TAIWAN_INDEPENDENCE][k] for k in ("about_speakers", "supporters", "opponents", "stance_holders")} \
        == {"about_speakers": 3, "supporters": 2, "opponents": 3, "stance_holders": 4}
    assert (XI, None, "", 2, "2025-11-02", "2025-11-05") in tallies  # an outlet of '' is not none
    assert (XI, None, None, 3, "2025-11-26", "2025-11-26") in tallies  # unknown dates are left out
    tally_ids = store.run("MATCH (q:QuoteCount) RETURN q.id ORDER BY q.id").rows
    store.refresh_stats()  # a full recount ('stats --recount') changes nothing, tally ids included
    assert (stored_counts(store), quote_counts(store), said_pairs(store)) == (counts, tallies, said)
    assert store.run("MATCH (q:QuoteCount) RETURN q.id ORDER BY q.id").rows == tally_ids


def test_a_reingested_article_takes_its_old_counts_with_it(store):
    """Re-ingesting with a better extractor: Xinhua is no longer mentioned, Biden says nothing about Taiwan."""
    store.upsert(biden_article())
    graph = biden_article()
    graph.mentions = [m for m in graph.mentions if m.actor != XINHUA]
    graph.statements[0].about = [TAIWAN_INDEPENDENCE]
    graph.statements[1].reported_by = None  # and Xi is no longer quoted through Xinhua
    store.upsert(graph)
    counts = stored_counts(store)
    assert counts == recount(store)
    assert counts[XINHUA]["articles"] == 0 and counts[TAIWAN]["about"] == 1
    assert quote_counts(store) == quote_counts_recounted(store)
    assert (XI, None, "Test Daily", 1, "2025-11-25", "2025-11-25") in quote_counts(store)
    assert not any(agency == XINHUA for _, agency, *_ in quote_counts(store))
    # Xinhua's pairs went with its last shared article (not left at 0); the others stay at 1.
    assert pair_counts(store) == pair_counts_recounted(store)
    assert not any(XINHUA in pair[:2] for pair in pair_counts(store)) and {n for *_, n in pair_counts(store)} == {1}
    # Biden's statement about Taiwan went with the old version: so did his kept count.
    assert said_pairs(store) == said_pairs_recounted(store) and not any(p[:2] == (BIDEN, TAIWAN) for p in said_pairs(store))


def test_pair_counts_add_up_across_articles_and_batches(store):
    """Deltas, not recounts: pairs shared by several articles add up, whether the articles
    are written one by one or in one batch, and an article written again replaces its own."""
    store.upsert(biden_article())
    store.upsert(xi_visit_article())
    store.upsert_many([call_article(), xi_visit_article()], batch_size=10)
    pairs = pair_counts(store)
    assert pairs == pair_counts_recounted(store)
    assert (*sorted([XI, UNITED_STATES]), 2) in pairs  # in the visit and the call article
    store.run("MATCH (:Actor)-[p:CO_MENTIONED]->(:Actor) SET p.articles = 99", write=True)
    store.refresh_stats()  # what 'stats --recount' runs
    assert pair_counts(store) == pairs


def test_an_embedded_graph_from_before_the_counts_is_counted_on_open(tmp_path):
    from stancegraph.graph.store.ladybug import LadybugStore

    path = str(tmp_path / "old.lbdb")
    with LadybugStore(path) as s:
        s.upsert(biden_article())
        for column in ("articles", "mentions", "statements", "about", "about_speakers", "about_articles",
                       "supporters", "opponents", "stance_holders"):
            s._conn.execute(f"ALTER TABLE Actor DROP {column}")
        s._conn.execute("DROP TABLE QuoteCount")
        s._conn.execute("DROP TABLE CO_MENTIONED")
        s._conn.execute("DROP TABLE SAID_ABOUT")
    with LadybugStore(path, read_only=True) as s:
        for reads_counts in ("MATCH (q:QuoteCount) RETURN count(q)", "MATCH (a:Actor) RETURN a.supporters",
                             "MATCH ()-[p:CO_MENTIONED]->() RETURN count(p)"):
            with pytest.raises(QueryError, match="stats --recount"):
                s.run(reads_counts)
    with LadybugStore(path) as s:
        assert stored_counts(s) == recount(s) and stored_counts(s)[XI]["articles"] == 1
        assert quote_counts(s) == quote_counts_recounted(s) != set()
        assert pair_counts(s) == pair_counts_recounted(s) != set()
        assert said_pairs(s) == said_pairs_recounted(s) != set()


def test_an_embedded_graph_from_before_the_pair_counts_gains_them_on_open(tmp_path):
    """The step before: counts and tallies kept, pair counts not yet."""
    from stancegraph.graph.store.ladybug import LadybugStore

    path = str(tmp_path / "old.lbdb")
    with LadybugStore(path) as s:
        s.upsert(biden_article())
        s._conn.execute("DROP TABLE CO_MENTIONED")
    with LadybugStore(path) as s:
        assert pair_counts(s) == pair_counts_recounted(s) != set()


def test_an_embedded_graph_from_before_the_statement_counts_gains_them_on_open(tmp_path):
    """The step after: pair counts kept, statement counts (SAID_ABOUT) not yet. Opened
    read-only it says it lacks them (the explorer walks the statements instead)."""
    from stancegraph.graph.store.ladybug import LadybugStore

    path = str(tmp_path / "old.lbdb")
    with LadybugStore(path) as s:
        s.upsert(biden_article())
        s._conn.execute("DROP TABLE SAID_ABOUT")
    with LadybugStore(path, read_only=True) as s:
        assert not s.keeps_said_pairs
    with LadybugStore(path) as s:
        assert s.keeps_said_pairs and said_pairs(s) == said_pairs_recounted(s) != set()


@pytest.mark.neo4j
def test_a_neo4j_database_from_before_the_counts_is_counted_on_connect(neo4j_store_session):
    from stancegraph.graph.store.neo4j import Neo4jStore

    neo = neo4j_store_session
    neo.reset()
    neo.upsert(biden_article())
    neo.run("MATCH (x) WHERE x:Actor OR x:Topic REMOVE x.articles, x.mentions, x.statements, x.about, "
            "x.about_speakers, x.about_articles, x.supporters, x.opponents, x.stance_holders", write=True)
    neo.run("MATCH (q:QuoteCount) DELETE q", write=True)
    neo.run("MATCH ()-[p:CO_MENTIONED]->() DELETE p", write=True)
    neo.run("MATCH ()-[p:SAID_ABOUT]->() DELETE p", write=True)
    with neo.driver.session() as session:
        for index in ("actor_mentions", "quote_count_statements", "co_mentioned_articles", "said_about_statements"):
            session.run(f"DROP INDEX {index}").consume()
    again = Neo4jStore(neo.driver)  # what connecting does; the indexes are back, the counts recounted
    assert stored_counts(again) == recount(again) and stored_counts(again)[XI]["articles"] == 1
    assert quote_counts(again) == quote_counts_recounted(again) != set()
    assert pair_counts(again) == pair_counts_recounted(again) != set()
    assert said_pairs(again) == said_pairs_recounted(again) != set()


@pytest.mark.neo4j
def test_neo4j_writes_keep_article_rows_out_of_the_driver_debug_log(neo4j_store_session, caplog):
    """The driver formats each statement and its parameters for its debug log: the rows of
    a write show as a count there (article text stays out, and formatting them cost time)."""
    neo = neo4j_store_session
    neo.reset()
    with caplog.at_level("DEBUG", logger="neo4j"):
        neo.upsert_many([biden_article(), call_article()], batch_size=2)
    runs = [r.getMessage() for r in caplog.records if " C: RUN " in r.getMessage()]
    assert any("values>" in line for line in runs)
    assert not any("Taiwan independence" in line for line in runs)
    assert stored_counts(neo) == recount(neo) and neo.counts()["Article"] == 2


def test_single_id_lookups_answer_as_the_list_form(tmp_path):
    """LadybugDB: `n.id IN $p` with one id runs as an equality (a primary-key lookup); the rows
    are those of the list form, negations and other parameters included."""
    from stancegraph.graph.store.ladybug import LadybugStore, single_id_lookups

    cypher = ("MATCH (a:Actor) WHERE a.id IN $who MATCH (a)-[:SAID]->(s:Statement) WHERE NOT s.id IN $skip "
              "RETURN a.name, s.text")
    rewritten, params = single_id_lookups(cypher, {"who": [XI], "skip": ["x"], "whom": [BIDEN]})
    assert "WHERE a.id = $who__id MATCH" in rewritten and params["who__id"] == XI
    assert "NOT s.id IN $skip" in rewritten  # inside a longer pattern: left as it is
    assert single_id_lookups("MATCH (a) WHERE a.id IN $whom RETURN a", {"who": [XI]})[0].endswith("IN $whom RETURN a")
    with LadybugStore(str(tmp_path / "g.lbdb")) as s:
        s.upsert(biden_article())
        one = s.run(cypher, {"who": [XI], "skip": ["nothing"]}).rows
        assert one and one == s.run(cypher, {"who": [XI, "person:nobody"], "skip": ["nothing", "else"]}).rows


def test_relation_nulls_and_numbers_keep_one_prepared_statement(tmp_path):
    """LadybugDB: a relation column null in one batch and set in the next, or an offset that
    needs a wider int, is sent with one Python type (ladybug.relation_rows), so the driver
    prepares the relation statement once; nulls are stored as nulls, offsets as integers."""
    from stancegraph.graph.store.ladybug import LadybugStore

    bare, full = xi_visit_article(), call_article()
    for r in bare.relations:  # every nullable field empty
        r.statement = r.cue = r.date = r.date_text = r.status = r.detail = r.sentence = None
        r.polarity = r.confidence = None
    met = [r for r in full.relations if r.type == "VISITS"]
    assert met and all(r.sentence for r in met)
    met[0].polarity, met[0].sentence = 1, Span(40000, 40100, met[0].sentence.text)  # an int, a wide offset
    with LadybugStore(str(tmp_path / "g.lbdb")) as s:
        s.upsert_many([bare, full], batch_size=1)
        visits = s.run("MATCH (:Actor)-[r:VISITS]->(:Actor) RETURN r.article, r.statement, r.date_text, r.status, "
                       "r.polarity, r.sentence_start, r.sentence_end ORDER BY r.sentence_start").rows
        prepared = [k for k in s._conn._pybind_implicit_prepared_cache if "[:VISITS" in k[0]]
    assert len(prepared) == 1
    assert [bare.article.id, None, None, None, None, None, None] in visits
    assert [full.article.id, met[0].statement, met[0].date_text, met[0].status, 1.0, 40000, 40100] in visits
