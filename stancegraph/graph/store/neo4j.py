"""The Neo4j store, through the official driver.

Its own Cypher and its constraints and indexes (derived from :mod:`stancegraph.graph.schema`)
live here; the Cypher both stores run alike is in :mod:`.shared`.
"""
from __future__ import annotations

import re
import time
from typing import Any, Optional

from stancegraph.errors import QueryError, StoreError, without_credentials
from stancegraph.graph import schema
from stancegraph.graph.model import NODE_LABELS, PAIR_TYPE, RELATION_TYPES, TALLY_LABELS
from stancegraph.graph.store import guard, shared
from stancegraph.graph.store.base import QueryResult, Store, _keyed


def _index_name(table: str, prop: str) -> str:
    """The names existing databases know: ``actor_name``, ``quote_count_speaker``,
    ``rel_supports_date``, ``co_mentioned_articles``."""
    if table in RELATION_TYPES:
        return f"rel_{table.lower()}_{prop}"
    return re.sub(r"(?<=[a-z])(?=[A-Z])", "_", table).lower() + "_" + prop


def _indexes() -> list[str]:
    """An index for each property schema.py marks ``indexed``. Listings read the stance and
    event edges in date order from them, the "top" queries the kept counts in index order,
    quoted-by the tallies by count, speaker or agency, co-mentions the pairs by count."""
    out = []
    for table in list(schema.NODES.values()) + list(schema.RELATIONSHIPS.values()):
        pattern = f"(n:{table.name})" if table.name in schema.NODES else f"()-[n:{table.name}]-()"
        out += [f"CREATE INDEX {_index_name(table.name, p.name)} IF NOT EXISTS FOR {pattern} ON (n.{p.name})"
                for p in table.props + table.counts if p.indexed]
    return out


SCHEMA = [
    f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
    for label in NODE_LABELS
] + _indexes() + [
    # Names to nodes (graph.names.find_nodes): `$key IN n.keys` reads every actor's and topic's
    # keys; the keyword analyzer indexes each key whole.
    "CREATE FULLTEXT INDEX node_keys IF NOT EXISTS FOR (n:Actor|Topic) ON EACH [n.keys] "
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}",
]
#: Created with the newest kept counts (the statement counts): a database without it predates them.
STATS_INDEX = "said_about_statements"

#: Every write transaction first takes the write lock of this one node, so writers from
#: several processes take turns: a batch reads what is stored (which articles it replaces,
#: the aliases and roles it unites, the pairs and counts it adds to) and writes its changes
#: with no other writer in between. Extraction, the slow part, still runs side by side.
#: Without it, two ingests at once duplicated pair edges, drifted counts and lost aliases.
WRITE_LOCK_LABEL = "StancegraphWriteLock"
WRITE_LOCK = f"MERGE (l:{WRITE_LOCK_LABEL} {{id: 'writer'}}) SET l.taken = timestamp()"
SCHEMA.append(f"CREATE CONSTRAINT stancegraph_write_lock IF NOT EXISTS FOR (n:{WRITE_LOCK_LABEL}) "
              "REQUIRE n.id IS UNIQUE")


def _set(var: str, table: schema.Table) -> str:
    return ", ".join(f"{var}.{p.name} = row.{p.name}" for p in table.props + table.counts if p.name != "id")


def _map(props: tuple[schema.Prop, ...]) -> str:
    return "{" + ", ".join(f"{p.name}: row.{p.name}" for p in props) + "}"


class Neo4jCypher:
    """The write Cypher of the Neo4j store (see write.write_batch for the order it runs in)."""

    STORED_ARTICLES = shared.STORED_ARTICLES
    # The nodes of a list of ids, or whose property is in a list (see shared.REFRESH_STATS):
    # `IN $ids` seeks the index, and is planned well whatever the graph held when cached.
    MATCH_IDS = "MATCH ({var}:{label}) WHERE {var}.id IN $ids"
    MATCH_IN = "MATCH ({var}:{label}) WHERE {var}.{prop} IN $ids"
    STATS_TOTAL = "total"
    # Actors and topics named by id or by a key (see graph.names.find_nodes), through the node_keys
    # index; the candidates are checked against the key itself, so the match stays exact.
    FIND_NODES = (
        "CALL db.index.fulltext.queryNodes('node_keys', $phrase) YIELD node WITH node AS n WHERE $key IN n.keys "
        "RETURN n.id AS id, n.name AS name, n.kind AS kind, CASE WHEN n:Actor THEN 'Actor' ELSE 'Topic' END AS label "
        "UNION MATCH (n:Actor {id: $id}) RETURN n.id AS id, n.name AS name, n.kind AS kind, 'Actor' AS label "
        "UNION MATCH (n:Topic {id: $id}) RETURN n.id AS id, n.name AS name, NULL AS kind, 'Topic' AS label"
    )
    # Many keys at once (Store.nodes_keyed): one index query for the phrases, checked exactly.
    NODES_KEYED = (
        "CALL db.index.fulltext.queryNodes('node_keys', $phrases) YIELD node WITH node AS n "
        "UNWIND n.keys AS k WITH n, k WHERE k IN $keys "
        "RETURN k, n.id, n.name, n.kind, coalesce(n.mentions, 0), coalesce(n.statements, 0), n.about, "
        "n.supporters, n.opponents, CASE WHEN n:Actor THEN 'Actor' ELSE 'Topic' END AS label ORDER BY n.id, k"
    )
    TYPE_OF = "type"  # the function naming a relationship's type
    DELETE_ARTICLES = [
        "UNWIND $ids AS id MATCH (:Article {id: id})-[:CONTAINS]->(s:Statement) DETACH DELETE s",
        "UNWIND $ids AS id MATCH (:Article {id: id})-[m:MENTIONS]->(:Actor) DELETE m",
    ] + [f"MATCH (:Actor)-[r:{t}]->() WHERE r.article IN $ids DELETE r" for t in RELATION_TYPES]
    MERGE_ARTICLE = "UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET " + _set("a", schema.ARTICLE)
    # The kept pair counts (model.PAIR_TYPE), one row per lower actor (rows.pair_groups): Neo4j
    # unpacks a parameter map per row. The ends are given by element id, read in the same
    # transaction (PAIR_ENDS): a seek by element id skips the id index. MERGE_ACTORS returns
    # those of the batch's actors; PAIR_ENDS finds the others (a replaced version's).
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
    # With the counts this batch gives each node (rows.node_stats): final for new nodes, and
    # recounted from the edges for the others (write.count_known).
    MERGE_ACTORS = (
        "UNWIND $rows AS row MERGE (a:Actor {id: row.id}) SET " + _set("a", schema.ACTOR)
        + " RETURN a.id, elementId(a)"  # the batch's pair ends (PAIR_ENDS), without a second lookup
    )
    MERGE_TOPICS = "UNWIND $rows AS row MERGE (t:Topic {id: row.id}) SET " + _set("t", schema.TOPIC)
    CREATE_TALLIES = "UNWIND $rows AS row CREATE (:QuoteCount " + _map(schema.QUOTE_COUNT.props) + ")"
    SAID_PAIR_DATE = "row.last_date"  # shared.CREATE_SAID_PAIRS
    CREATE_STATEMENTS = (
        "UNWIND $rows AS row MATCH (art:Article {id: row.article}) "
        "CREATE (s:Statement " + _map(schema.STATEMENT.props) + ") CREATE (art)-[:CONTAINS]->(s)"
    )
    LINK_SPEAKERS = shared.LINK_SPEAKERS
    LINK_REPORTERS = shared.LINK_REPORTERS
    LINK_ABOUT = shared.LINK_ABOUT
    LINK_MENTIONS = shared.LINK_MENTIONS
    # The row holds the schema's relation properties and the two ends (rows.relation_groups).
    CREATE_RELATIONS = (
        "UNWIND $rows AS row MATCH (a:Actor {{id: row.source}}), (b:{label} {{id: row.target}}) "
        "CREATE (a)-[r:{type}]->(b) SET r = row, r.source = null, r.target = null"
    )

    @staticmethod
    def relation_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return rows  # sent as built (LadybugCypher.relation_rows keeps types steady for its driver)


class Neo4jStore(Store):
    dialect = "neo4j"
    cypher = Neo4jCypher
    # type() names a relationship's type; a node may carry extra labels (for styling), so its
    # model label is picked out of labels().
    subgraph_cypher = shared.subgraph_queries(
        "type(r)", "head([l IN labels(b) WHERE l IN [" + ", ".join(f"'{x}'" for x in NODE_LABELS) + "]])")

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

        for attempt in range(5):
            try:
                with self._session(read=False) as session:
                    had_stats = session.run("SHOW INDEXES YIELD name WHERE name = $name RETURN count(*)",
                                            {"name": STATS_INDEX}).single()[0] > 0
                    for ddl in SCHEMA:
                        session.run(ddl).consume()
                    session.run("CALL db.awaitIndexes(300)").consume()  # a new index fills in the background
                break
            except nx.Neo4jError as exc:
                # Writers connecting at once race to create the same schema: the loser of
                # "IF NOT EXISTS" may be told it exists after all; the next attempt finds it.
                if attempt == 4:
                    raise StoreError(f"cannot create the schema in Neo4j: {_first_line(exc)}") from None
                time.sleep(0.2 * (attempt + 1))
        if not had_stats:  # a database written before the stored counts existed: count once now
            self.refresh_stats()

    def _transaction(self, work, article_id: str) -> None:
        from neo4j import exceptions as nx

        def tx_work(tx):
            tx.run(WRITE_LOCK).consume()  # held until this transaction ends (see WRITE_LOCK)
            work(lambda cypher, params: [list(r.values()) for r in tx.run(cypher, {
                k: _Rows(v) if isinstance(v, list) else v for k, v in params.items()})])

        try:
            with self._session(read=False) as session:
                session.execute_write(tx_work)
        except (nx.Neo4jError, nx.DriverError) as exc:
            raise StoreError(f"article {article_id} not written: {_first_line(exc)}") from None

    def nodes_named(self, name: str, key: str) -> list[dict[str, Any]]:
        # A key is letters, digits and spaces: safe inside a quoted Lucene phrase.
        res = self.run(Neo4jCypher.FIND_NODES, {"id": name, "key": key, "phrase": f'"{key}"' if key else '""'})
        return [{"id": r[0], "name": r[1], "kind": r[2] or None, "label": r[3]}
                for r in sorted(res.rows, key=lambda r: (r[3] != "Actor", r[0]))]

    def nodes_keyed(self, keys: list[str]) -> list[dict[str, Any]]:
        keys = [k for k in dict.fromkeys(keys) if k]
        if not keys:
            return []
        # Keys are letters, digits and spaces (model.name_key): safe inside quoted Lucene phrases.
        phrases = " OR ".join(f'"{k}"' for k in keys)
        res = self.run(Neo4jCypher.NODES_KEYED, {"phrases": phrases, "keys": keys})
        return [_keyed(row, row[9]) for row in res.rows]

    def run(self, cypher: str, params: Optional[dict[str, Any]] = None, *, write: bool = False) -> QueryResult:
        import neo4j
        from neo4j import exceptions as nx

        cypher = guard.check(cypher, write=write)

        def work(tx):
            result = tx.run(cypher, params or {})
            keys = list(result.keys())
            return QueryResult(keys, [[_plain(v) for v in record.values()] for record in result])

        if self.read_timeout and not write:  # the server stops the transaction at the limit
            work = neo4j.unit_of_work(timeout=self.read_timeout)(work)

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
        # since a hub's DETACH DELETE carries all of its relationships (a large graph's went
        # over the default transaction memory limit).
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
    debug log (`" ".join(map(repr, fields))`) whether debug logging is on or not, with the
    GIL held, before each statement goes out: for a batch's row lists that took long. The
    driver packs it as the list it is."""

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
