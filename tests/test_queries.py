"""The saved-query library: every built-in query on both stores, with identical rows.

The graph is three hand-built articles (tests/graphs.py) that hold every node and edge
kind the queries read: statements with speakers, subjects and reporting agencies, stance
edges on both sides of one topic, and dated events.
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import query_matrix
from graphs import BEIJING, MEDEIROS, biden_article, call_article, xi_visit_article
from stancegraph.cli import cli
from stancegraph.errors import QueryError
from stancegraph.queries import bind_params, find_nodes, load_queries, parse_query, run_saved

QUERIES = load_queries(())

#: Parameters for each built-in query: enough to make every one return rows on the test graph.
#: Several cases per query exercise its optional filters.
CASES = {
    "who-said-what": [{"subject": "taiwan"}, {"subject": "Taiwan independence"},
                      {"subject": "Taiwan", "since": "2025-11"}],
    "what-did-they-say": [{"speaker": "Xi"}, {"speaker": "xi jinping", "about": "Taiwan"},
                          {"speaker": "Xi", "until": "2025-11"}],
    "words-said": [{"words": "taiwan"}, {"words": "TAIWAN INDEPENDENCE", "speaker": "Xi", "since": "2025-11"}],
    "top-actors": [{}, {"limit": "3"}, {"by_statements": "true"}, {"actor": "Medeiros"}],
    "top-topics": [{}, {"subject": "Taiwan independence"}],
    "who-supports": [{"target": "taiwan independence"}],
    "who-opposes": [{"target": "Taiwan Independence"}, {"target": "topic:taiwan-independence", "strict": "true"}],
    "stances": [{}, {"actor": "Xi", "stance": "opposes"}, {"since": "2025-11"}, {"until": "2025-10"},
                {"target": "Taiwan independence", "since": "2025"}, {"stance": "supports", "limit": "1"}],
    "stance-matrix": [{}, {"target": "Taiwan independence", "min": "1"}, {"actor": "Xi"}, {"min": "1"},
                      {"actor": "Biden", "target": "Taiwan independence"}],
    "disagreements": [{}, {"actor": "Biden"}, {"target": "Taiwan independence"}, {"limit": "1"},
                      {"actor": "Xi", "target": "Taiwan independence"}],
    "actor-profile": [{"actor": "Xi"}, {"actor": "trump"}, {"actor": "Medeiros"}, {"actor": "Taiwan"}],
    "quoted-by": [{}, {"speaker": "Xi"}, {"reporter": "WSJ"}, {"speaker": "Medeiros", "reporter": "WSJ"}],
    "co-mentions": [{"actor": "Xi"}, {"actor": "Trump", "min": "1"}],
    "timeline": [{"subject": "Taiwan"}, {"subject": "Taiwan independence", "since": "2025-11"},
                 {"subject": "Taiwan independence", "until": "2025-10"}],
    "path-between": [{"from": "Trump", "to": "Xi"}, {"from": "Biden", "to": "Xi"}, {"from": "Medeiros", "to": "Trump"}],
    "events": [{}, {"kind": "visits"}, {"kind": "exports", "since": "2025-11"}, {"actor": "Trump", "until": "2025-12"},
               {"target": "Xi", "kind": "calls"}, {"actor": "Trump", "target": "Xi"}, {"limit": "2"}],
    "visits": [{}, {"actor": "Trump"}, {"place": "united states"}],
    "exports": [{}, {"buyer": "China"}, {"exporter": "United States", "buyer": "China"}],
    "edge-provenance": [{}, {"source": "Xi", "target": "Taiwan independence"}, {"type": "exports-to"},
                        {"target": "United States", "type": "visits"}],
    "add-role": [{"actor": "Medeiros", "role": "adviser"}],
    "stance-by-month": [{"actor": "Biden"}, {"actor": "Biden", "target": "Taiwan independence"}],
}


@pytest.fixture
def graph(store):
    for g in (biden_article(), xi_visit_article(), call_article()):
        store.upsert(g)
    return store


def test_every_builtin_query_has_cases():
    assert set(CASES) == set(QUERIES), "add test parameters for each new built-in query"
    assert len(QUERIES) >= 19


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_query_answers_on_each_store(graph, name):
    query = QUERIES[name]
    for given in CASES[name]:
        result, _ = run_saved(graph, query, given, write=query.writes)
        assert result.rows, (name, given)
        assert len(result.columns) == len(set(result.columns)), result.columns


@pytest.mark.neo4j
def test_every_query_gives_identical_rows_on_both_stores(tmp_path, neo4j_store_session):
    """The same data in both stores gives the same rows, in the same order, for every case."""
    from stancegraph.graph.store.ladybug import LadybugStore

    neo4j_store_session.reset()
    with LadybugStore(str(tmp_path / "g.lbdb")) as embedded:
        for store in (embedded, neo4j_store_session):
            for g in (biden_article(), xi_visit_article(), call_article()):
                store.upsert(g)
        for name in sorted(CASES):
            query = QUERIES[name]
            for given in CASES[name]:
                a, _ = run_saved(embedded, query, given, write=query.writes)
                b, _ = run_saved(neo4j_store_session, query, given, write=query.writes)
                assert (a.columns, a.rows) == (b.columns, b.rows), (name, given)
                assert a.rows, (name, given)


def test_every_query_gives_the_rows_it_gave_before_variants(graph):
    """Every read query, over a matrix of parameter sets, gives the rows recorded in
    tests/fixtures/query-rows.json (first written by the queries before they were split into
    per-store files and named variants; see tests/query_matrix.py)."""
    with open(query_matrix.ROWS, encoding="utf-8") as fh:
        recorded = json.load(fh)
    assert query_matrix.all_rows(graph, QUERIES) == recorded


def test_the_recorded_matrix_reaches_every_variant():
    for name, query in QUERIES.items():
        for dialect in ("neo4j", "ladybug"):
            chosen = {query.variant(dialect, given).name for given in query_matrix.parameter_sets(query)}
            assert chosen == {v.name for v in query.variants_of(dialect)}, (name, dialect)


# ---- what the queries answer -------------------------------------------------------------

def rows(store, name, **given):
    result, _ = run_saved(store, QUERIES[name], given, write=QUERIES[name].writes)
    return result.records()


def test_who_opposes_includes_does_not_support_unless_strict(graph):
    found = {(r["actor"], r["stance"]) for r in rows(graph, "who-opposes", target="Taiwan independence")}
    assert found == {("China", "OPPOSES"), ("Xi Jinping", "OPPOSES"), ("Joe Biden", "DOES_NOT_SUPPORT")}
    strict = {r["actor"] for r in rows(graph, "who-opposes", target="Taiwan independence", strict="yes")}
    assert strict == {"China", "Xi Jinping"}


def test_disagreements_pair_the_two_sides(graph):
    pairs = {(r["supporter"], r["opponent"]) for r in rows(graph, "disagreements", target="Taiwan independence")}
    assert pairs == {("Democratic Progressive Party", "China"), ("Democratic Progressive Party", "Xi Jinping"),
                     ("Democratic Progressive Party", "Joe Biden")}


def saved_and_naive(graph, name: str, given: dict, naive_cypher: str) -> tuple[list, list]:
    """Rows of saved query ``name`` and of ``naive_cypher`` (the obvious formulation it must
    equal) with the same bound parameters."""
    query = QUERIES[name]
    params, _ = bind_params(query, given, graph)
    naive = graph.run(naive_cypher, {k: v for k, v in params.items() if "$" + k in naive_cypher}).rows
    return run_saved(graph, query, given)[0].rows, naive


#: The obvious formulation (every supporter paired with every opponent, then sorted): what the
#: saved query must equal, however it gets there.
NAIVE_DISAGREEMENTS = """
MATCH (pro:Actor)-[yes:SUPPORTS]->(t)<-[no:OPPOSES|DOES_NOT_SUPPORT]-(con:Actor)
WHERE pro.id <> con.id AND (size($target) = 0 OR t.id IN $target)
  AND (size($actor) = 0 OR pro.id IN $actor OR con.id IN $actor)
RETURN t.name AS target, pro.name AS supporter, con.name AS opponent, {type}(no) AS opponent_stance,
       count(*) AS pairs, min(yes.sentence) AS supporter_says, min(no.sentence) AS opponent_says
ORDER BY target, supporter, opponent, opponent_stance
LIMIT $limit"""


@pytest.mark.parametrize("given", [{}, {"limit": "1"}, {"limit": "2"}, {"target": "Taiwan independence"},
                                   {"actor": "Xi"}, {"actor": "Democratic Progressive Party", "limit": "1"}])
def test_disagreements_equal_pairing_everyone(graph, given):
    found, naive = saved_and_naive(graph, "disagreements", given,
                                   NAIVE_DISAGREEMENTS.format(type="type" if graph.dialect == "neo4j" else "label"))
    assert naive, "the case must find disagreements"
    assert found == naive


def torn_article() -> "ArticleGraph":
    """An actor on both sides of one topic alone (no disagreement), of another with a rival
    opposing too (a disagreement), and of a third where only the rival opposes."""
    from stancegraph.graph.model import Actor, Article, ArticleGraph, Relation, Topic, actor_id, topic_id

    text = "Ann backs and rejects tariffs. Ann backs and rejects quotas; Bob rejects quotas. Ann backs levies; Bob rejects levies."
    art = Article(id=Article.make_id(text), text=text, title="Torn", published="2025-01-01", outlet="Test Daily")
    ann, bob = actor_id("person", "Ann Torn"), actor_id("person", "Bob Rival")
    tariffs, quotas, levies, abacus = (topic_id(x) for x in ("tariffs", "quotas", "levies", "abacus"))
    edges = [("SUPPORTS", ann, abacus), ("OPPOSES", ann, abacus),  # first by name, and no disagreement
             ("SUPPORTS", ann, tariffs), ("OPPOSES", ann, tariffs), ("SUPPORTS", ann, quotas),
             ("DOES_NOT_SUPPORT", ann, quotas), ("OPPOSES", bob, quotas), ("SUPPORTS", ann, levies),
             ("OPPOSES", bob, levies)]
    return ArticleGraph(article=art, actors=[Actor(ann, "Ann Torn", "person"), Actor(bob, "Bob Rival", "person")],
                        topics=[Topic(x, x.split(":")[1]) for x in (tariffs, quotas, levies, abacus)],
                        relations=[Relation(r, s, o, art.id, confidence=0.9) for r, s, o in edges])


@pytest.mark.parametrize("given", [{}, {"target": "tariffs"}, {"target": "quotas"}, {"actor": "Ann Torn"},
                                   {"limit": "1"}, {"target": "levies", "actor": "Bob Rival"},
                                   {"actor": "Ann Torn", "limit": "1"}, {"actor": "Bob Rival", "limit": "1"},
                                   {"actor": "Ann Torn", "limit": "2"}])
def test_disagreements_never_pair_an_actor_with_itself(graph, given):
    graph.upsert(torn_article())
    found, naive = saved_and_naive(graph, "disagreements", given,
                                   NAIVE_DISAGREEMENTS.format(type="type" if graph.dialect == "neo4j" else "label"))
    assert found == naive
    assert not any(r[1] == r[2] for r in found)
    if given.get("target") == "tariffs":
        assert found == []  # Ann alone on both sides is no disagreement
    if given.get("target") == "quotas":
        assert [(r[1], r[2]) for r in found] == [("Ann Torn", "Bob Rival")]


def test_stance_matrix_counts_each_side(graph):
    matrix = {r["actor"]: (r["supports"], r["opposes"], r["does_not_support"], r["net"])
              for r in rows(graph, "stance-matrix", target="Taiwan independence")}
    assert matrix["Democratic Progressive Party"] == (1, 0, 0, 1)
    assert matrix["Joe Biden"] == (0, 0, 1, -1)


def profile(store, actor, **given):
    """The actor-profile rows as {section: [(item, n), ...]}, sections in the order returned."""
    sections: dict = {}
    for r in rows(store, "actor-profile", actor=actor, **given):
        sections.setdefault(r["section"], []).append((r["item"], r["n"]))
    return sections


def test_actor_profile_gathers_everything_about_an_actor(graph):
    medeiros = profile(graph, "medeiros")
    assert list(medeiros) == ["alias", "role", "affiliation", "statements", "said between", "talks about",
                              "quoted by", "articles", "mentions"]
    assert medeiros["role"] == [("professor", None)]
    assert medeiros["affiliation"] == [("Georgetown University (professor)", 1)]
    assert medeiros["quoted by"] == [("The Wall Street Journal", 1)]
    assert medeiros["statements"] == [("", 1)] and medeiros["articles"] == [("", 1)]
    trump = profile(graph, "Trump")
    assert trump["event"] == [("called Xi Jinping 2025-11-24 (done)", 1), ("visits Beijing 2026-04 (planned)", 1)]
    assert trump["event by others"] == [("invited by Xi Jinping: visit Beijing in April", 1)]
    taiwan = profile(graph, "Taiwan")
    assert not {"affiliation", "stance", "event"} & set(taiwan) and taiwan["statements"] == [("", 0)]


def test_actor_profile_lists_the_most_frequent_items_first_and_caps_them(graph):
    xi = profile(graph, "Xi")
    counts = [n for _, n in xi["talks about"]]
    assert counts == sorted(counts, reverse=True) and len(counts) > 1
    assert [item for item, _ in profile(graph, "Xi", limit="1")["talks about"]] == [xi["talks about"][0][0]]


def test_timeline_date_range_keeps_whole_months(graph):
    all_dates = [r["date"] for r in rows(graph, "timeline", subject="Taiwan independence")]
    assert all_dates == sorted(all_dates) and "2025-10-30" in all_dates
    assert {r["date"] for r in rows(graph, "timeline", subject="Taiwan independence", until="2025-10")} == {"2025-10-30"}
    assert "2025-10-30" not in {r["date"] for r in rows(graph, "timeline", subject="Taiwan independence",
                                                         since="2025-11-01")}


@pytest.mark.parametrize("name, param, given, column, name_shown", [
    ("stances", "actor", "Xi", "actor", "Xi Jinping"),
    ("stances", "target", "Taiwan independence", "target", "Taiwan independence"),
    ("events", "actor", "Trump", "actor", "Donald Trump"),
    ("events", "target", "Xi", "target", "Xi Jinping"),
    ("edge-provenance", "source", "China", "source", "China"),
    ("visits", "place", "United States", "destination", "United States"),
    ("quoted-by", "speaker", "Xi", "speaker", "Xi Jinping"),
    ("quoted-by", "reporter", "Xinhua", "reported_by", "Xinhua News Agency"),
])
def test_an_anchored_listing_equals_the_full_listing_filtered(graph, name, param, given, column, name_shown):
    """Given an actor or target, a listing starts from it (another plan): the rows must stay the same."""
    expected = [r for r in rows(graph, name, limit="1000") if r[column] == name_shown]
    assert expected, "the case must select something"
    assert rows(graph, name, limit="1000", **{param: given}) == expected


def test_the_unfiltered_stance_matrix_equals_the_full_aggregation(graph):
    """Without filters only the first targets by name are aggregated; min=1 aggregates them all."""
    for limit in ("1", "2", "200"):
        assert rows(graph, "stance-matrix", limit=limit) == rows(graph, "stance-matrix", limit=limit, min="1")


#: Every (holder, target) pair's stance edges counted, then sorted: what stance-matrix must equal.
NAIVE_STANCE_MATRIX = """
MATCH (holder:Actor)-[r:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]->(t)
WITH holder, t, sum(CASE WHEN {type}(r) = 'SUPPORTS' THEN 1 ELSE 0 END) AS supports,
     sum(CASE WHEN {type}(r) = 'OPPOSES' THEN 1 ELSE 0 END) AS opposes,
     sum(CASE WHEN {type}(r) = 'DOES_NOT_SUPPORT' THEN 1 ELSE 0 END) AS does_not_support
WHERE supports + opposes + does_not_support >= $min
RETURN t.name AS target, holder.name AS actor, supports, opposes, does_not_support,
       supports - opposes - does_not_support AS net
ORDER BY target, actor, net, supports, opposes, does_not_support
LIMIT $limit"""


@pytest.mark.parametrize("given", [{"min": "1"}, {"min": "2"}, {"min": "2", "limit": "1"}, {"min": "1", "limit": "3"}])
def test_stance_matrix_with_a_minimum_equals_counting_every_pair(graph, given):
    """--min alone: targets are read in name order until $limit rows are out (Neo4j)."""
    graph.upsert(torn_article())  # Ann holds two stances on each of her topics
    found, naive = saved_and_naive(graph, "stance-matrix", given,
                                   NAIVE_STANCE_MATRIX.format(type="type" if graph.dialect == "neo4j" else "label"))
    assert naive, "the case must find pairs"
    assert found == naive
    if given["min"] == "2":
        assert {r[1] for r in found} == {"Ann Torn"}


def test_undated_stances_drop_out_of_a_date_range(graph):
    assert all(r["date"] for r in rows(graph, "stances", until="2025-12"))


def test_events_of_a_kind_with_friendly_names(graph):
    assert {r["event"] for r in rows(graph, "events", kind="visits")} == {"VISITS"}
    assert {r["event"] for r in rows(graph, "events", kind="EXPORTS_TO")} == {"EXPORTS_TO"}
    [visit] = rows(graph, "visits", actor="Trump")
    assert (visit["destination"], visit["date"], visit["status"]) == ("Beijing", "2026-04", "planned")


def test_path_between_goes_through_statements_and_edges(graph):
    paths = rows(graph, "path-between", **{"from": "Biden", "to": "Xi"})
    assert paths[0]["route"] == "Joe Biden > Taiwan independence > Xi Jinping"
    assert paths[0]["relations"] == "DOES_NOT_SUPPORT > OPPOSES"


def test_quoted_by_names_the_agency_and_the_publisher(graph):
    found = {(r["reported_by"], r["published_by"]) for r in rows(graph, "quoted-by", speaker="Xi")}
    assert ("Xinhua News Agency", "Korea Economic Daily") in found


#: co-mentions enriching every co-mentioned actor, then picking (ties at the limit by id).
NAIVE_CO_MENTIONS = """
MATCH (centre:Actor)<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(other:Actor)
WHERE centre.id IN $actor AND NOT other.id IN $actor
WITH other, count(DISTINCT art) AS articles
WHERE articles >= $min
OPTIONAL MATCH (other)-[:SAID]->(s1:Statement)-[:ABOUT]->(c1:Actor)
WHERE c1.id IN $actor
WITH other, articles, count(DISTINCT s1) AS said_about_them
OPTIONAL MATCH (other)<-[:ABOUT]-(s2:Statement)<-[:SAID]-(c2:Actor)
WHERE c2.id IN $actor
WITH other, articles, said_about_them, count(DISTINCT s2) AS they_said_about
WITH other, articles, said_about_them, they_said_about ORDER BY articles DESC, other.id LIMIT $limit
RETURN other.name AS actor, other.kind AS kind, articles, said_about_them, they_said_about
ORDER BY articles DESC, actor, kind, said_about_them, they_said_about"""


@pytest.mark.parametrize("given", [{"actor": "Xi"}, {"actor": "Xi", "limit": "1"}, {"actor": "Trump", "limit": "2"},
                                   {"actor": "Taiwan", "min": "2"}, {"actor": "Biden"}])
def test_co_mentions_equal_enriching_everyone(graph, given):
    found, naive = saved_and_naive(graph, "co-mentions", given, NAIVE_CO_MENTIONS)
    assert found == naive
    if given == {"actor": "Xi"}:
        assert any(r[3] for r in naive) and any(r[4] for r in naive), "the case must count statements both ways"


#: quoted-by without the kept tallies: every statement grouped (ties at the limit by the
#: tally's id: speaker, agency, outlet), then named.
NAIVE_QUOTED_BY = """
MATCH (sp:Actor)-[:SAID]->(s:Statement)
WHERE size($speaker) = 0 OR sp.id IN $speaker
OPTIONAL MATCH (s)-[:REPORTED_BY]->(agency:Actor)
WITH sp, s, agency WHERE size($reporter) = 0 OR agency.id IN $reporter
OPTIONAL MATCH (art:Article)-[:CONTAINS]->(s)
WITH sp, agency, art.outlet AS published_by, count(DISTINCT s) AS statements, min(s.date) AS first_date,
     max(s.date) AS last_date,
     sp.id + '|' + coalesce(agency.id, '') + CASE WHEN art.outlet IS NULL THEN '|' ELSE '|+' + art.outlet END AS key
WITH sp, agency, published_by, statements, first_date, last_date ORDER BY statements DESC, key LIMIT $limit
RETURN agency.name AS reported_by, published_by, sp.name AS speaker, statements, first_date, last_date
ORDER BY statements DESC, reported_by, published_by, speaker"""


@pytest.mark.parametrize("given", [{}, {"limit": "1"}, {"limit": "2"}, {"speaker": "Xi"}, {"reporter": "Xinhua"},
                                   {"speaker": "Medeiros", "reporter": "WSJ"}])
def test_quoted_by_equals_grouping_every_statement(graph, given):
    found, naive = saved_and_naive(graph, "quoted-by", given, NAIVE_QUOTED_BY)
    assert naive, "the case must find statements"
    assert found == naive


def test_edge_provenance_by_id(graph):
    [visit] = rows(graph, "events", kind="visit", actor="Trump")
    [edge] = rows(graph, "edge-provenance", edge=visit["edge"])
    assert edge["sentence"].startswith("Xi invited Trump to visit Beijing")
    assert edge["statement"] == "he would go" and edge["article"] == "Trump and Xi talk by phone"


#: Every stance and event edge in (date, type, id) order, undated last, the first $limit of them
#: shown in the saved query's order: what edge-provenance must equal without filters.
NAIVE_EDGE_PROVENANCE = """
MATCH (src:Actor)-[r:AFFILIATED_WITH|CALLED|DOES_NOT_SUPPORT|EXPORTS_TO|INVITED|LEADS|MET|OPPOSES|SUPPORTS|VISITS]->(t)
WITH src, r, t ORDER BY r.date, {type}(r), r.id LIMIT $limit
OPTIONAL MATCH (art:Article {{id: r.article}})
RETURN r.id AS edge, {type}(r) AS type, src.name AS source, t.name AS target, r.date AS date, art.published AS published,
       r.sentence_start AS sentence_start
ORDER BY date, type, source, target, published, sentence_start, edge"""


@pytest.mark.parametrize("limit", range(1, 12))
def test_edge_provenance_unfiltered_equals_sorting_every_edge(graph, limit):
    """The test graph has 5 dated and 5 undated edges, so small limits cut on a date (LadybugDB's
    first statement), and limits from 6 on need the undated edges after every dated one."""
    found, naive = saved_and_naive(graph, "edge-provenance", {"limit": str(limit)},
                                   NAIVE_EDGE_PROVENANCE.format(type="type" if graph.dialect == "neo4j" else "label"))
    assert len(naive) == min(limit, 10)
    assert [r[:4] + [r[9]] for r in found] == [r[:5] for r in naive]


@pytest.mark.parametrize("given, label", [("visits", "VISITS"), (" Exports-To ", "EXPORTS_TO"),
                                          ("does_not_support", "DOES_NOT_SUPPORT"), ("opposes", "OPPOSES")])
def test_edge_provenance_of_one_type_equals_sorting_that_type(graph, given, label):
    """The type as typed by a user (any case, dashes, spaces) picks the edges of that type only;
    LadybugDB turns it into a label once, in a first statement, not on every edge."""
    naive_query = NAIVE_EDGE_PROVENANCE.format(type="type" if graph.dialect == "neo4j" else "label").replace(
        "->(t)\n", f"->(t)\nWHERE {'type' if graph.dialect == 'neo4j' else 'label'}(r) = '{label}'\n", 1)
    found, naive = saved_and_naive(graph, "edge-provenance", {"type": given, "limit": "20"}, naive_query)
    assert naive, "the test graph has edges of this type"
    assert [r[:4] + [r[9]] for r in found] == [r[:5] for r in naive]
    assert {r[1] for r in found} == {label}


def test_a_statement_binds_the_next_ones_parameters_from_its_last_row(graph):
    query = parse_query(
        "// title: t\n// param: skip str -- leave out the first statement\n"
        "MATCH (a:Actor) RETURN a.name AS first ORDER BY a.name LIMIT 2  // unless: skip\n"
        "// then: first\n"
        "MATCH (a:Actor)\n"
        "WHERE a.name = $first  // if: first\n"
        "RETURN a.name AS name, $first AS bound  // if: first\n"
        "RETURN count(*) AS name  // unless: first\n", name="t")
    names = sorted(r[0] for r in graph.run("MATCH (a:Actor) RETURN a.name").rows)
    assert run_saved(graph, query, {})[0].rows == [[names[1], names[1]]]  # the second name: the last row
    assert run_saved(graph, query, {"skip": "yes"})[0].rows == [[len(names)]]  # skipped: binds null


def test_the_first_variant_whose_parameters_are_given_runs(graph):
    query = parse_query(
        "// title: t\n// param: a str\n// param: b str\n"
        "// variant: by-a when a\nRETURN 'by a' AS which\n\n"
        "// variant: by-b when b\nRETURN 'by b' AS which\n\n"
        "// variant: all\nRETURN 'all' AS which\n", name="t")
    for given, which in (({}, "all"), ({"a": "x"}, "by a"), ({"a": "x", "b": "y"}, "by a"), ({"b": "y"}, "by b")):
        assert run_saved(graph, query, given)[0].rows == [[which]]
    assert [v.name for v in query.variants_of(graph.dialect)] == ["by-a", "by-b", "all"]


@pytest.mark.parametrize("text, error", [
    ("// variant: x when a\nRETURN 1 AS n", "only the last variant"),
    ("// variant: x\nRETURN 1 AS n\n// variant: y\nRETURN 2 AS n", "only the last variant"),
    ("RETURN 0 AS n\n// variant: x when a\nRETURN 1 AS n\n// variant: y\nRETURN 2 AS n", "before the first"),
    ("// variant: x when c\nRETURN 1 AS n\n// variant: y\nRETURN 2 AS n", "undeclared parameters \\['c'\\]"),
    ("// variant: x when a\nRETURN $c AS n\n// variant: y\nRETURN 2 AS n", "variant x"),
    ("RETURN 1 AS n  // if: a  // unless: b", "one condition"),
    ("// variant: all targets\nRETURN 1 AS n", "bad line"),
    ("RETURN 1 AS n  // if: c", "undeclared parameters \\['c'\\]"),
    ("// dialect: neo4j\nRETURN 1 AS n", "t.neo4j.cypher"),
])
def test_a_malformed_body_is_a_clear_error(text, error):
    with pytest.raises(QueryError, match=error):
        parse_query("// title: t\n// param: a str\n// param: b str\n" + text, name="t")


def test_a_leading_order_column_sorts_the_union_branches_and_is_dropped(graph):
    query = parse_query("// title: t\n"
                        "RETURN 3 AS _order, 'third' AS section UNION ALL RETURN 1 AS _order, 'first' AS section\n"
                        "UNION ALL RETURN 2 AS _order, 'second' AS section UNION ALL RETURN 4 AS _order, 'fourth' AS section",
                        name="t")
    result, _ = run_saved(graph, query, {})
    assert result.columns == ["section"]
    assert result.rows == [["first"], ["second"], ["third"], ["fourth"]]


def test_actor_profile_sections_come_in_their_stated_order(graph):
    sections = [r["section"] for r in rows(graph, "actor-profile", actor="Xi")]
    stated = ["alias", "role", "affiliation", "statements", "said between", "talks about", "stance", "event",
              "event by others", "quoted by", "articles", "mentions"]
    assert sections == sorted(sections, key=stated.index)
    assert {"alias", "role", "statements", "talks about", "stance", "articles"} <= set(sections)


def test_a_bad_statement_chain_is_a_clear_error(graph):
    with pytest.raises(QueryError, match="declared parameters"):
        parse_query("// title: t\n// param: limit int\nRETURN 1 AS limit\n// then: limit\nRETURN $limit", name="t")
    with pytest.raises(QueryError, match="not followed"):
        parse_query("// title: t\nRETURN 1 AS x\n// then: x\n// nothing here", name="t")
    with pytest.raises(QueryError, match="not declared"):
        parse_query("// title: t\nRETURN $y AS x\n// then: y\nRETURN $y AS y", name="t")
    wrong_column = parse_query("// title: t\nRETURN 1 AS x\n// then: y\nRETURN $y AS y", name="t")
    with pytest.raises(QueryError, match="returns no column y"):
        run_saved(graph, wrong_column, {})


# ---- names, parameters and safety -------------------------------------------------------

@pytest.mark.parametrize("given", ["taiwan", "Taiwan", "TAIWAN", "place:taiwan"])
def test_forgiving_names_find_the_node(graph, given):
    assert [n["id"] for n in find_nodes(graph, given)] == ["place:taiwan"]


def test_a_name_of_several_nodes_finds_actors_then_topics_by_id(graph):
    """Neo4j answers names from a fulltext index: the same nodes, in the same order, as the scan,
    and search syntax in a name is only text."""
    graph.run("MATCH (t:Topic) SET t.keys = t.keys + ['china']", write=True)
    graph.run("MATCH (a:Actor {id: $id}) SET a.keys = a.keys + ['china']", {"id": MEDEIROS}, write=True)
    found = [(n["label"], n["id"]) for n in find_nodes(graph, "China")]
    assert found == [("Actor", "country:china"), ("Actor", MEDEIROS), ("Topic", "topic:taiwan-independence")]
    assert find_nodes(graph, 'china" OR "taiwan') == [] and find_nodes(graph, "chin*") == []


def test_alias_and_topic_names_match(graph):
    assert [n["id"] for n in find_nodes(graph, "medeiros")] == [MEDEIROS]
    assert [n["label"] for n in find_nodes(graph, "taiwan independence")] == ["Topic"]
    _, matches = run_saved(graph, QUERIES["visits"], {"place": "beijing"})
    assert "matched Beijing (actor, place)" in matches[0].describe() and matches[0].nodes[0]["id"] == BEIJING


def test_a_surname_finds_the_full_name_when_no_alias_is_exact(graph):
    # The seed article only ever writes "Evan Medeiros"; users ask about "Medeiros".
    graph.run("MATCH (a:Actor {id: $id}) SET a.keys = ['evan medeiros']", {"id": MEDEIROS}, write=True)
    assert [n["id"] for n in find_nodes(graph, "Medeiros")] == [MEDEIROS]
    assert [n["id"] for n in find_nodes(graph, "China")] == ["country:china"]  # exact beats partial
    assert find_nodes(graph, "edeiros") == []  # whole words only


def test_parameter_values_are_plain_strings_never_cypher(graph):
    before = graph.counts()
    hostile = "x' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //"
    for name, param in (("edge-provenance", "edge"), ("events", "kind"), ("stances", "stance")):
        result, _ = run_saved(graph, QUERIES[name], {param: hostile})
        assert result.rows == []
    with pytest.raises(QueryError, match="no actor or topic"):
        run_saved(graph, QUERIES["who-said-what"], {"subject": "Taiwan'}) MATCH (n) DETACH DELETE n //"})
    result, _ = run_saved(graph, QUERIES["add-role"], {"actor": "Medeiros", "role": hostile}, write=True)
    assert hostile in result.rows[0][1]
    after = graph.counts()
    assert after == before


def test_a_writing_query_needs_write(graph):
    with pytest.raises(QueryError, match="--write"):
        run_saved(graph, QUERIES["add-role"], {"actor": "Medeiros", "role": "adviser"})
    assert profile(graph, "Medeiros")["role"] == [("professor", None)]
    result, _ = run_saved(graph, QUERIES["add-role"], {"actor": "Medeiros", "role": "adviser"}, write=True)
    assert result.rows == [["Evan Medeiros", ["adviser", "professor"]]]
    run_saved(graph, QUERIES["add-role"], {"actor": "Medeiros", "role": "adviser"}, write=True)
    assert profile(graph, "Medeiros")["role"] == [("adviser", None), ("professor", None)]


def test_lines_kept_only_when_a_parameter_is_given(graph):
    query = parse_query(
        "// title: t\n// param: actor node\n// param: flag bool default=false\n"
        "MATCH (a:Actor)\n"
        "WHERE true\n"
        "  AND a.id IN $actor   // if: actor\n"
        "  AND a.kind = 'none'  // if: flag\n"
        "WITH a ORDER BY a.name LIMIT 2  // unless: actor\n"
        "RETURN a.name AS name ORDER BY name", name="t")
    everyone = [r[0] for r in run_saved(graph, query, {})[0].rows]
    assert len(everyone) == 2  # no actor: the LIMIT line stays, the filter goes
    assert [r[0] for r in run_saved(graph, query, {"actor": "Xi"})[0].rows] == ["Xi Jinping"]
    assert run_saved(graph, query, {"actor": "Xi", "flag": "true"})[0].rows == []
    assert "// if" not in query.body(graph.dialect, {"actor": ["x"]})


def test_a_condition_on_an_undeclared_parameter_is_refused():
    with pytest.raises(QueryError, match="undeclared"):
        parse_query("// title: t\nMATCH (a:Actor) WHERE a.id = 'x'  // if: who\nRETURN a", name="t")


def test_a_query_that_writes_without_saying_so_fails_and_changes_nothing(graph):
    sneaky = parse_query("// title: sneaky\n// param: actor node required\n"
                         "MATCH (a:Actor) WHERE a.id IN $actor SET a.name = 'renamed' RETURN a.name",
                         name="sneaky")
    before = graph.counts()
    with pytest.raises(QueryError, match="read"):
        run_saved(graph, sneaky, {"actor": "Xi"}, write=True)  # --write cannot unlock an unmarked query
    deleting = parse_query("MATCH (n:Actor) DETACH DELETE n", name="deleting")
    with pytest.raises(QueryError, match="read"):
        run_saved(graph, deleting, {})
    assert graph.counts() == before
    assert find_nodes(graph, "Xi")[0]["name"] == "Xi Jinping"


def test_bad_dates_and_types_are_clear_errors(graph):
    with pytest.raises(QueryError, match="YYYY-MM-DD"):
        run_saved(graph, QUERIES["timeline"], {"subject": "Taiwan", "since": "25/11/2025"})
    with pytest.raises(QueryError, match="must be int"):
        run_saved(graph, QUERIES["top-actors"], {"limit": "many"})


def test_every_query_is_documented_with_typed_parameters():
    for q in QUERIES.values():
        assert q.title and q.description, q.name
        assert all(p.help for p in q.params), q.name
        assert set(q.bodies) in ({"*"}, {"neo4j", "ladybug"}), (q.name, set(q.bodies))
    assert [q.name for q in QUERIES.values() if q.writes] == ["add-role"]


# ---- user folders ---------------------------------------------------------------------------

def test_user_queries_override_builtins_by_name(tmp_path, monkeypatch):
    env_dir, cli_dir = tmp_path / "env", tmp_path / "cli"
    env_dir.mkdir(), cli_dir.mkdir()
    (env_dir / "top-actors.cypher").write_text("// title: Mine from env\nMATCH (a:Actor) RETURN a.name AS name ORDER BY name")
    (env_dir / "extra.cypher").write_text("// title: Extra\nMATCH (a:Actor) RETURN count(a) AS n")
    (cli_dir / "extra.cypher").write_text("// title: Extra from --queries-dir\nMATCH (a:Actor) RETURN count(a) AS n")
    monkeypatch.setenv("STANCEGRAPH_QUERIES", str(env_dir))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    queries = load_queries([str(cli_dir)])
    assert queries["top-actors"].title == "Mine from env"
    assert queries["extra"].title == "Extra from --queries-dir"
    config = tmp_path / "home" / ".config" / "stancegraph" / "queries"
    config.mkdir(parents=True)
    (config / "who-said-what.cypher").write_text("// title: From config\nMATCH (a:Actor) RETURN count(a) AS n")
    assert load_queries()["who-said-what"].title == "From config"


# ---- the command line -------------------------------------------------------------------------

def test_a_user_query_with_a_body_per_store(tmp_path, graph):
    (tmp_path / "mine.cypher").write_text("// title: Mine\n// param: limit int default=5 -- rows\n"
                                          "// The stores count differently.\n")
    (tmp_path / "mine.neo4j.cypher").write_text("RETURN 'neo4j' AS store, $limit AS n")
    (tmp_path / "mine.ladybug.cypher").write_text("// LadybugDB\nRETURN 'ladybug' AS store, $limit AS n")
    (tmp_path / "both.cypher").write_text("// title: Both\nRETURN 'portable' AS store")
    (tmp_path / "both.ladybug.cypher").write_text("RETURN 'ladybug' AS store")
    queries = load_queries([str(tmp_path)])
    assert run_saved(graph, queries["mine"], {})[0].rows == [[graph.dialect, 5]]
    assert run_saved(graph, queries["both"], {})[0].rows == [["ladybug" if graph.dialect == "ladybug" else "portable"]]
    assert "mine.neo4j" not in queries and "neo4j: mine.neo4j.cypher" in queries["mine"].describe()


def test_a_store_body_without_its_query_or_a_query_without_a_body_is_refused(tmp_path, capsys):
    # A user's folder: the broken query is left out with one warning line; the others load.
    (tmp_path / "lost.neo4j.cypher").write_text("RETURN 1 AS n")
    queries = load_queries([str(tmp_path)])
    assert "lost" not in queries and "who-said-what" in queries
    assert "lost.cypher (the header) beside it" in capsys.readouterr().err
    (tmp_path / "lost.cypher").write_text("// title: Lost\n")
    queries = load_queries([str(tmp_path)])
    assert "lost" not in queries
    assert "no Cypher for ladybug" in capsys.readouterr().err


@pytest.fixture
def db(tmp_path):
    from stancegraph.graph.store.ladybug import LadybugStore

    path = str(tmp_path / "g.lbdb")
    with LadybugStore(path) as store:
        for g in (biden_article(), xi_visit_article(), call_article()):
            store.upsert(g)
    return path


def test_queries_lists_every_query_with_its_description():
    result = CliRunner().invoke(cli, ["queries"])
    assert result.exit_code == 0, result.output
    for q in QUERIES.values():
        assert q.name in result.output
    assert "[writes]" in result.output and "--describe" in result.output


def test_query_describe_shows_parameters():
    result = CliRunner().invoke(cli, ["query", "timeline", "--describe"])
    assert result.exit_code == 0, result.output
    assert "subject (node, required)" in result.output and "since (date, optional)" in result.output
    assert "example: stancegraph query timeline -p subject VALUE" in result.output


def test_query_formats_and_limit(db):
    runner = CliRunner()
    out = runner.invoke(cli, ["query", "stances", "--db", db, "--format", "json", "--limit", "2"])
    assert out.exit_code == 0, out.output
    assert len(json.loads(out.output[out.output.index("["):])) == 2
    out = runner.invoke(cli, ["query", "who-opposes", "-p", "target", "taiwan independence", "--db", db,
                              "--format", "csv"])
    assert out.exit_code == 0, out.output
    assert "actor,kind,stance,target" in out.output and "Joe Biden,person,DOES_NOT_SUPPORT" in out.output


def test_every_reading_query_takes_limit(db):
    assert [q.name for q in QUERIES.values() if not q.param("limit")] == ["add-role"]
    out = CliRunner().invoke(cli, ["ask", "who is Xi", "--db", db, "--format", "json", "--limit", "1"])
    assert out.exit_code == 0, out.output
    sections = [r["section"] for r in json.loads(out.output[out.output.index("["):])]
    assert sections.count("talks about") == 1 and sections.count("event") == 1  # 3 and 2 without it


def test_write_query_through_the_cli(db):
    from stancegraph.graph.store.ladybug import LadybugStore

    runner = CliRunner()
    args = ["query", "add-role", "-p", "actor", "Medeiros", "-p", "role", "adviser", "--db", db]
    refused = runner.invoke(cli, args)
    assert refused.exit_code == 1 and "--write" in refused.output
    done = runner.invoke(cli, args + ["--write"])
    assert done.exit_code == 0, done.output
    with LadybugStore(db, read_only=True) as store:
        assert store.run("MATCH (a:Actor {id: $id}) RETURN a.roles", {"id": MEDEIROS}).rows == [[["adviser", "professor"]]]


def test_missing_parameter_lists_what_the_query_takes(db):
    out = CliRunner().invoke(cli, ["query", "path-between", "-p", "from", "Trump", "--db", db])
    assert out.exit_code == 1
    assert "needs parameter 'to'" in out.output and "from (node, required)" in out.output
