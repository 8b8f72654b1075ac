"""The Cypher both backends run alike: the recount of the stored counts, the pair counts,
the links of a write batch and the subgraph walk. Where the dialects differ, a statement
takes the backend's own phrase (``{x_ids}``, ``{type}``...: see the backends' ``*Cypher``
classes), so no dialect is named here.
"""
from __future__ import annotations

from typing import Iterable

from stancegraph.graph.model import PAIR_TYPE, SAID_PAIR_TYPE

#: Which stored articles exist, among a list of ids.
STORED_ARTICLES = "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id"

#: Keeping ACTOR_STATS / SUBJECT_STATS (see write.refresh_stats). One statement per count:
#: LadybugDB plans a chain of OPTIONAL MATCHes poorly. ``{x_ids}`` is the backend's way to
#: match the nodes of a list of ids (its ``MATCH_IDS``).
STATS_TOUCHED_BY_ARTICLES = [
    "UNWIND $ids AS id MATCH (a:Article {id: id})-[:MENTIONS]->(x:Actor) RETURN DISTINCT x.id",
    "UNWIND $ids AS id MATCH (a:Article {id: id})-[:CONTAINS]->(:Statement)<-[:SAID]-(x:Actor) RETURN DISTINCT x.id",
    "UNWIND $ids AS id MATCH (a:Article {id: id})-[:CONTAINS]->(:Statement)-[:ABOUT]->(x) RETURN DISTINCT x.id",
]
REFRESH_STATS = {
    "Actor": [
        "{x_ids} OPTIONAL MATCH (x)<-[m:MENTIONS]-(:Article) "
        "WITH x, count(m) AS n, coalesce(sum(m.count), 0) AS total SET x.articles = n, x.mentions = {total}",
        "{x_ids} OPTIONAL MATCH (x)-[:SAID]->(s:Statement) "
        "WITH x, count(s) AS n SET x.statements = n",
        # The QuoteCount tallies of these speakers (model.TALLY_LABELS), made anew.
        "{speaker_tallies} DELETE q",
        "{sp_ids} MATCH (sp)-[:SAID]->(s:Statement) "
        "OPTIONAL MATCH (s)-[:REPORTED_BY]->(agency:Actor) "
        "OPTIONAL MATCH (art:Article)-[:CONTAINS]->(s) "
        "WITH sp.id AS speaker, agency.id AS agency, art.outlet AS outlet, count(DISTINCT s) AS n, "
        "min(s.date) AS first, max(s.date) AS last "
        # The id only has to be unique: an outlet of '' and none differ ('|+' against '|').
        "CREATE (:QuoteCount {{id: speaker + '|' + coalesce(agency, '') + "
        "CASE WHEN outlet IS NULL THEN '|' ELSE '|+' + outlet END, speaker: speaker, agency: agency, "
        "outlet: outlet, statements: n, first_date: first, last_date: last}})",
    ],
    "*": [  # for Actor and Topic alike
        "{x_ids} OPTIONAL MATCH (x)<-[:ABOUT]-(s:Statement) "
        "WITH x, count(DISTINCT s) AS n, count(DISTINCT s.article) AS arts SET x.about = n, x.about_articles = arts",
        "{x_ids} OPTIONAL MATCH (x)<-[:ABOUT]-(:Statement)<-[:SAID]-(sp:Actor) "
        "WITH x, count(DISTINCT sp) AS n SET x.about_speakers = n",
        # The kept statement counts (model.SAID_PAIR_TYPE) into these subjects, made anew:
        # the same pairs about_speakers counts, so whatever keeps that right keeps them right.
        f"{{x_ids}} MATCH (:Actor)-[p:{SAID_PAIR_TYPE}]->(x) DELETE p",
        "{x_ids} MATCH (x)<-[:ABOUT]-(s:Statement)<-[:SAID]-(sp:Actor) "
        "WITH sp, x, count(DISTINCT s) AS n, max(s.date) AS last "
        f"CREATE (sp)-[:{SAID_PAIR_TYPE} {{{{statements: n, last_date: last}}}}]->(x)",
        # One statement for the three stance counts: each statement is a round trip per batch.
        "{x_ids} OPTIONAL MATCH (x)<-[r:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]-(h:Actor) "
        "WITH x, count(DISTINCT CASE WHEN {type}(r) = 'SUPPORTS' THEN h.id END) AS s, "
        "count(DISTINCT CASE WHEN {type}(r) <> 'SUPPORTS' THEN h.id END) AS o, count(DISTINCT h.id) AS n "
        "SET x.supporters = s, x.opponents = o, x.stance_holders = n",
    ],
}

#: Read before an article is replaced: its old pairs are taken off.
OLD_MENTIONS = "UNWIND $ids AS id MATCH (a:Article {id: id})-[:MENTIONS]->(x:Actor) RETURN a.id, x.id"
#: A whole recount: every pair dropped, in slices (one transaction for all pairs of a large
#: graph would not fit Neo4j's transaction memory), then counted anew per lower end.
DROP_CO_MENTIONS = f"MATCH (:Actor)-[p:{PAIR_TYPE}]->(:Actor) WITH p LIMIT 50000 DELETE p RETURN count(*)"
COUNT_CO_MENTIONS = (
    "{a_ids} MATCH (a)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(b:Actor) WHERE a.id < b.id "
    f"WITH a, b, count(*) AS n CREATE (a)-[:{PAIR_TYPE} {{{{articles: n}}}}]->(b)"
)

#: The kept statement counts of subjects new to the store, from the batch (rows.node_stats):
#: ``{label}`` the subjects' label, ``{date}`` the backend's typed ``row.last_date``.
CREATE_SAID_PAIRS = (
    "UNWIND $rows AS row MATCH (sp:Actor {{id: row.speaker}}) WITH sp, row MATCH (t:{label} {{id: row.target}}) "
    f"CREATE (sp)-[:{SAID_PAIR_TYPE} {{{{statements: row.statements, last_date: {{date}}}}}}]->(t)"
)

# The links of a write batch. One MATCH per node, chained with WITH: LadybugDB plans
# `MATCH (a {id: row.x}), (b {id: row.y})` as a cross product of the two tables.
LINK_SPEAKERS = (
    "UNWIND $rows AS row MATCH (s:Statement {id: row.id}) WITH s, row "
    "MATCH (a:Actor {id: row.speaker}) CREATE (a)-[:SAID]->(s)"
)
LINK_REPORTERS = (
    "UNWIND $rows AS row MATCH (s:Statement {id: row.id}) WITH s, row "
    "MATCH (a:Actor {id: row.reported_by}) CREATE (s)-[:REPORTED_BY]->(a)"
)
LINK_ABOUT = (
    "UNWIND $rows AS row MATCH (s:Statement {{id: row.statement}}) WITH s, row "
    "MATCH (t:{label} {{id: row.target}}) CREATE (s)-[:ABOUT]->(t)"
)
LINK_MENTIONS = (
    "UNWIND $rows AS row MATCH (art:Article {id: row.article}) WITH art, row "
    "MATCH (a:Actor {id: row.actor}) CREATE (art)-[:MENTIONS {count: row.count}]->(a)"
)


def set_stats(var: str, stats: Iterable[str]) -> str:
    """Cypher setting the counts of node ``var`` from the same keys of ``row``."""
    return "".join(f", {var}.{c} = row.{c}" for c in stats)


def subgraph_queries(rel_type: str, other_label: str) -> dict[str, str]:
    """The subgraph walk's Cypher (output.subgraph), given the backend's expressions for a
    relationship's type and for the far node's label. ``{label}`` is filled from
    model.NODE_LABELS only."""
    return {
        "nodes": "MATCH (n:{label}) WHERE n.id IN $ids RETURN n AS node",
        "all_nodes": "MATCH (n:{label}) RETURN n AS node",
        "out": ("MATCH (a:{label})-[r]->(b) WHERE a.id IN $ids AND " + rel_type + " IN $types "
                "RETURN a.id AS near, " + rel_type + " AS type, r AS rel, " + other_label + " AS label, b AS node"),
        "in": ("MATCH (a:{label})<-[r]-(b) WHERE a.id IN $ids AND " + rel_type + " IN $types "
               "RETURN a.id AS near, " + rel_type + " AS type, r AS rel, " + other_label + " AS label, b AS node"),
        "among": ("MATCH (a:{label})-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids AND " + rel_type + " IN $types "
                  "RETURN a.id AS source, " + rel_type + " AS type, r AS rel, b.id AS target"),
        "articles": ("MATCH (a:Article) WHERE a.id IN $ids "
                     "RETURN a.id AS id, a.title AS title, a.url AS url, a.outlet AS outlet, a.published AS published"),
        "speakers": ("MATCH (a:Actor)-[:SAID]->(s:Statement) WHERE s.id IN $ids "
                     "RETURN s.id AS statement, a.id AS actor, a.name AS name"),
        "mentions": ("MATCH (:Article)-[m:MENTIONS]->(a:Actor) WHERE a.id IN $ids "
                     "RETURN a.id AS actor, sum(m.count) AS mentions"),
    }
