"""The Neo4j store, through the official driver. All of its Cypher lives here."""
from __future__ import annotations

from typing import Any, Optional

from stancegraph.errors import QueryError, StoreError, without_credentials
from stancegraph.graph.model import ACTOR_STATS, NODE_LABELS, PAIR_TYPE, RELATION_TYPES, SUBJECT_STATS, TALLY_LABELS
from stancegraph.graph.store.ladybug import LadybugCypher
from stancegraph.graph.store import guard
from stancegraph.graph.store.base import QueryResult, Store, check_single_statement, set_stats

SCHEMA = [
    f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
    for label in NODE_LABELS
] + [
    "CREATE INDEX statement_article IF NOT EXISTS FOR (s:Statement) ON (s.article)",
    "CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name)",
    "CREATE INDEX topic_name IF NOT EXISTS FOR (t:Topic) ON (t.name)",
] + [
    f"CREATE INDEX rel_{t.lower()}_article IF NOT EXISTS FOR ()-[r:{t}]-() ON (r.article)"
    for t in RELATION_TYPES
] + [
    # Listings (stances, events, visits, exports, edge-provenance) read each type in date
    # order from these and stop after $limit, instead of sorting every edge.
    f"CREATE INDEX rel_{t.lower()}_date IF NOT EXISTS FOR ()-[r:{t}]-() ON (r.date)"
    for t in RELATION_TYPES
] + [
    # top-actors and top-topics read the stored counts in index order (model.ACTOR_STATS).
    "CREATE INDEX actor_mentions IF NOT EXISTS FOR (a:Actor) ON (a.mentions)",
    "CREATE INDEX actor_about IF NOT EXISTS FOR (a:Actor) ON (a.about)",
    "CREATE INDEX topic_about IF NOT EXISTS FOR (t:Topic) ON (t.about)",
    # quoted-by reads the kept tallies (model.TALLY_LABELS) by count, speaker or agency.
    "CREATE INDEX quote_count_statements IF NOT EXISTS FOR (q:QuoteCount) ON (q.statements)",
    "CREATE INDEX quote_count_speaker IF NOT EXISTS FOR (q:QuoteCount) ON (q.speaker)",
    "CREATE INDEX quote_count_agency IF NOT EXISTS FOR (q:QuoteCount) ON (q.agency)",
    # Names to nodes (queries.find_nodes): `$key IN n.keys` reads every actor's and topic's
    # keys (15 ms a label at 20,000 actors); the keyword analyzer indexes each key whole.
    "CREATE FULLTEXT INDEX node_keys IF NOT EXISTS FOR (n:Actor|Topic) ON EACH [n.keys] "
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}",
    # The strongest pairs in count order (model.PAIR_TYPE); it also marks a database that keeps them.
    f"CREATE INDEX co_mentioned_articles IF NOT EXISTS FOR ()-[p:{PAIR_TYPE}]-() ON (p.articles)",
]
#: Created with the newest kept counts (the pair counts): a database without it predates them.
STATS_INDEX = "co_mentioned_articles"

class Neo4jCypher:
    """The write Cypher of the Neo4j store (see Store._write_batch for the order it runs in)."""

    STORED_ARTICLES = "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id"
    # The nodes of a list of ids, or whose property is in a list (see store.REFRESH_STATS).
    MATCH_IDS = "MATCH ({var}:{label}) WHERE {var}.id IN $ids"
    MATCH_IN = "MATCH ({var}:{label}) WHERE {var}.{prop} IN $ids"
    STATS_TOTAL = "total"
    # Actors and topics named by id or by a key (see queries.find_nodes), through the node_keys
    # index; the candidates are checked against the key itself, so the match stays exact.
    FIND_NODES = (
        "CALL db.index.fulltext.queryNodes('node_keys', $phrase) YIELD node WITH node AS n WHERE $key IN n.keys "
        "RETURN n.id AS id, n.name AS name, n.kind AS kind, CASE WHEN n:Actor THEN 'Actor' ELSE 'Topic' END AS label "
        "UNION MATCH (n:Actor {id: $id}) RETURN n.id AS id, n.name AS name, n.kind AS kind, 'Actor' AS label "
        "UNION MATCH (n:Topic {id: $id}) RETURN n.id AS id, n.name AS name, NULL AS kind, 'Topic' AS label"
    )
    TYPE_OF = "type"  # the function naming a relationship's type
    DELETE_ARTICLES = [
        "UNWIND $ids AS id MATCH (:Article {id: id})-[:CONTAINS]->(s:Statement) DETACH DELETE s",
        "UNWIND $ids AS id MATCH (:Article {id: id})-[m:MENTIONS]->(:Actor) DELETE m",
    ] + [f"MATCH (:Actor)-[r:{t}]->() WHERE r.article IN $ids DELETE r" for t in RELATION_TYPES]
    MERGE_ARTICLE = (
        "UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a.title = row.title, a.url = row.url, "
        "a.outlet = row.outlet, a.published = row.published, a.path = row.path, a.byline = row.byline"
    )
    # As LadybugCypher's, one row per lower actor (store.pair_groups): 20,000 pairs as rows of
    # their own took 518 ms to create, grouped 181 ms. The ends are given by element id, read in
    # the same transaction (PAIR_ENDS): a seek by element id skips the id index, and the pairs'
    # two lookups each were half of their statement time (BBC load: 4.5 -> 2.7 s). MERGE_ACTORS
    # returns those of the batch's actors; PAIR_ENDS finds the others (a replaced version's).
    PAIRS_GROUPED = True
    PAIR_ENDS = "MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id, elementId(a)"
    ADD_CO_MENTIONS = (
        "UNWIND $rows AS g MATCH (a:Actor) WHERE elementId(a) = g.a UNWIND range(0, size(g.bs) - 1) AS i "
        f"MATCH (b:Actor) WHERE elementId(b) = g.bs[i] MERGE (a)-[p:{PAIR_TYPE}]->(b) "
        "ON CREATE SET p.articles = g.ns[i] ON MATCH SET p.articles = p.articles + g.ns[i] "
        "WITH p WHERE p.articles <= 0 DELETE p"
    )
    CREATE_CO_MENTIONS = (
        "UNWIND $rows AS g MATCH (a:Actor) WHERE elementId(a) = g.a UNWIND range(0, size(g.bs) - 1) AS i "
        f"MATCH (b:Actor) WHERE elementId(b) = g.bs[i] CREATE (a)-[:{PAIR_TYPE} {{articles: g.ns[i]}}]->(b)"
    )
    EXISTING_ACTORS = "MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id, a.aliases, a.roles"
    EXISTING_TOPICS = "MATCH (t:Topic) WHERE t.id IN $ids RETURN t.id, t.aliases, []"
    # With the counts this batch gives each node (store.node_stats): final for new nodes, and
    # recounted from the edges for the others (Store._count_known).
    MERGE_ACTORS = (
        "UNWIND $rows AS row MERGE (a:Actor {id: row.id}) "
        "SET a.name = row.name, a.kind = row.kind, a.aliases = row.aliases, a.keys = row.keys, a.roles = row.roles"
        + set_stats("a", ACTOR_STATS + SUBJECT_STATS) +
        " RETURN a.id, elementId(a)"  # the batch's pair ends (PAIR_ENDS), without a second lookup
    )
    MERGE_TOPICS = ("UNWIND $rows AS row MERGE (t:Topic {id: row.id}) SET t.name = row.name, t.aliases = row.aliases, "
                    "t.keys = row.keys" + set_stats("t", SUBJECT_STATS))
    CREATE_TALLIES = (
        "UNWIND $rows AS row CREATE (:QuoteCount {id: row.id, speaker: row.speaker, agency: row.agency, "
        "outlet: row.outlet, statements: row.statements, first_date: row.first_date, last_date: row.last_date})"
    )
    CREATE_STATEMENTS = (
        "UNWIND $rows AS row MATCH (art:Article {id: row.article}) "
        "CREATE (s:Statement {id: row.id, text: row.text, kind: row.kind, cue: row.cue, "
        "cue_lemma: row.cue_lemma, start_char: row.start_char, end_char: row.end_char, "
        "sentence: row.sentence, date: row.date, article: row.article, speaker_text: row.speaker_text}) "
        "CREATE (art)-[:CONTAINS]->(s)"
    )
    LINK_SPEAKERS = LadybugCypher.LINK_SPEAKERS
    LINK_REPORTERS = LadybugCypher.LINK_REPORTERS
    LINK_ABOUT = LadybugCypher.LINK_ABOUT
    LINK_MENTIONS = LadybugCypher.LINK_MENTIONS
    CREATE_RELATIONS = (
        "UNWIND $rows AS row MATCH (a:Actor {{id: row.source}}), (b:{label} {{id: row.target}}) "
        "CREATE (a)-[r:{type}]->(b) SET r = row, r.source = null, r.target = null"
    )


class Neo4jStore(Store):
    dialect = "neo4j"
    cypher = Neo4jCypher

    def __init__(self, driver, database: Optional[str] = None):
        """Wrap a driver the caller created (and owns, unless opened with :meth:`connect`)."""
        self.driver = driver
        self.database = database
        self._owns_driver = False
        self._ensure_schema()

    @classmethod
    def connect(cls, uri: str, *, user: str, password: str, database: Optional[str] = None) -> "Neo4jStore":
        try:
            import neo4j
            from neo4j import exceptions as nx
        except ImportError as exc:  # pragma: no cover - a declared dependency
            raise StoreError("the Neo4j store needs the 'neo4j' package: pip install 'neo4j>=5.26,<7'") from exc
        shown = without_credentials(uri)
        try:
            # No server notifications: on a fresh database every schema statement sends one
            # ("index already exists", "unknown label"), which the driver logs to stderr.
            driver = neo4j.GraphDatabase.driver(uri, auth=(user, password), connection_timeout=10,
                                                notifications_min_severity="OFF")
            driver.verify_connectivity()
        except nx.AuthError:
            raise StoreError(f"Neo4j at {shown} refused the credentials of user {user!r} "
                             "(check NEO4J_USERNAME / NEO4J_PASSWORD)") from None
        except (nx.ServiceUnavailable, OSError) as exc:
            raise StoreError(f"cannot reach Neo4j at {shown}: {_first_line(exc)}") from None
        except (ValueError, nx.ConfigurationError) as exc:
            raise StoreError(f"bad Neo4j URI {shown!r}: {_first_line(exc)}") from None
        except nx.Neo4jError as exc:
            raise StoreError(f"Neo4j at {shown}: {_first_line(exc)}") from None
        store = cls(driver, database)
        store._owns_driver = True
        return store

    def _session(self, read: bool):
        import neo4j

        mode = neo4j.READ_ACCESS if read else neo4j.WRITE_ACCESS
        return self.driver.session(database=self.database, default_access_mode=mode)

    def _ensure_schema(self) -> None:
        from neo4j import exceptions as nx

        try:
            with self._session(read=False) as session:
                had_stats = session.run("SHOW INDEXES YIELD name WHERE name = $name RETURN count(*)",
                                        {"name": STATS_INDEX}).single()[0] > 0
                for ddl in SCHEMA:
                    session.run(ddl).consume()
                session.run("CALL db.awaitIndexes(300)").consume()  # a new index fills in the background
        except nx.Neo4jError as exc:
            raise StoreError(f"cannot create the schema in Neo4j: {_first_line(exc)}") from None
        if not had_stats:  # a database written before the stored counts existed: count once now
            self.refresh_stats()

    def _transaction(self, work, article_id: str) -> None:
        from neo4j import exceptions as nx

        def tx_work(tx):
            work(lambda cypher, params: [list(r.values()) for r in tx.run(cypher, {
                k: _Rows(v) if isinstance(v, list) else v for k, v in params.items()})])

        try:
            with self._session(read=False) as session:
                session.execute_write(tx_work)
        except (nx.Neo4jError, nx.DriverError) as exc:
            raise StoreError(f"article {article_id} not written: {_first_line(exc)}") from None

    def run(self, cypher: str, params: Optional[dict[str, Any]] = None, *, write: bool = False) -> QueryResult:
        from neo4j import exceptions as nx

        cypher = check_single_statement(cypher)
        guard.check(cypher, write=write)

        def work(tx):
            result = tx.run(cypher, params or {})
            keys = list(result.keys())
            return QueryResult(keys, [[_plain(v) for v in record.values()] for record in result])

        try:
            with self._session(read=not write) as session:
                return session.execute_write(work) if write else session.execute_read(work)
        except nx.Neo4jError as exc:
            code = exc.code or ""
            if "AccessMode" in code or "ForbiddenDueToTransactionType" in code:
                raise QueryError("this query writes, but runs read-only (mark it 'writes: true' and "
                                 f"pass --write): {_first_line(exc)}") from None
            raise QueryError(f"query failed: {_first_line(exc)}") from None
        except nx.DriverError as exc:
            raise StoreError(f"Neo4j: {_first_line(exc)}") from None

    def reset(self) -> None:
        # In batches, so a large graph does not need one huge transaction; relationships first,
        # since a hub's DETACH DELETE carries all of its relationships (a million-relationship
        # graph went over the default transaction memory limit).
        for cypher in ("MATCH (n)-[r]->() WHERE any(l IN labels(n) WHERE l IN $labels) WITH r LIMIT 50000 "
                       "DELETE r RETURN count(*) AS n",
                       "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) WITH n LIMIT 10000 "
                       "DETACH DELETE n RETURN count(*) AS n"):
            while True:
                res = self.run(cypher, {"labels": list(NODE_LABELS + TALLY_LABELS)}, write=True)
                if not res.rows or not res.rows[0][0]:
                    break

    def close(self) -> None:
        if self._owns_driver and self.driver is not None:
            self.driver.close()
            self.driver = None


class _Rows(list):
    """A list parameter of a write, with a short repr. The driver formats every RUN for its
    debug log (`" ".join(map(repr, fields))`) whether debug logging is on or not: for the row
    lists of a batch that was 0.33 s of a BBC load, with the GIL held, before each statement
    went out. The driver packs it as the list it is."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} values>"


def _plain(value: Any) -> Any:
    """Nodes and relationships as their property dicts (lists sorted as in LadybugDB)."""
    from neo4j.graph import Node, Relationship

    if isinstance(value, (Node, Relationship)):
        return {k: _plain(v) for k, v in dict(value).items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _first_line(exc: BaseException) -> str:
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return without_credentials(message.strip().splitlines()[0])
