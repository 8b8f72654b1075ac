"""The embedded store: a LadybugDB file, no server.

Its own Cypher, its tables (derived from :mod:`stancegraph.graph.schema`) and its bulk path
(:mod:`.ladybug_copy`) live here; the Cypher both stores run alike is in :mod:`.shared`.
"""
from __future__ import annotations

import os
import re
import sys
import time
from decimal import Decimal
from typing import Any, Callable, Optional

from stancegraph.errors import QueryError, StoreError
from stancegraph.graph import schema
from stancegraph.graph.model import NODE_LABELS, PAIR_TYPE, RELATION_TYPES, SAID_PAIR_TYPE, TALLY_LABELS
from stancegraph.graph.store import guard, shared
from stancegraph.graph.store import ladybug_recovery as recovery
from stancegraph.graph.store.base import QueryResult, Store
from stancegraph.graph.store.ladybug_copy import COPY_CHUNK, CopyLoader
from stancegraph.graph.store.writer import OnError


def _warn(message: str) -> None:
    print(message, file=sys.stderr)


def _columns(props: tuple[schema.Prop, ...]) -> str:
    return "".join(f", {p.name} {p.type}" for p in props)


def _ddl() -> list[str]:
    """The tables of schema.py: node tables (their kept counts added by ALTER, so older graphs
    gain them too), then relationship tables, whose columns COPY fills in this order (a stance's
    evidence columns added by ALTER too, last)."""
    nodes = [f"CREATE NODE TABLE IF NOT EXISTS {t.name}({_columns(t.props)[2:]}, PRIMARY KEY(id))"
             for t in schema.NODES.values()]
    counts = [f"ALTER TABLE {t.name} ADD IF NOT EXISTS {p.name} {p.type}"
              for t in schema.NODES.values() for p in t.counts]
    rels = [f"CREATE REL TABLE IF NOT EXISTS {t.name}("
            + ", ".join(f"FROM {a} TO {b}" for a, b in t.ends) + _columns(t.props) + ")"
            for t in schema.RELATIONSHIPS.values()]
    evidence = [f"ALTER TABLE {t.name} ADD IF NOT EXISTS {p.name} {p.type}"
                for t in schema.RELATIONSHIPS.values() if t.props == schema.RELATION_PROPS
                for p in schema.EVIDENCE_PROPS]
    return nodes + counts + rels + evidence


SCHEMA = _ddl()


def _value(p: schema.Prop) -> str:
    """``row.<p>`` as a write sets it. Every nullable value and every list is CAST: a column
    that is null (or an empty list) in all rows of a batch has no type of its own, and
    LadybugDB refuses to bind it to a typed property."""
    if p.type.endswith("[]"):
        return f"CAST(row.{p.name}, '{p.type}')"
    return f"CAST(row.{p.name} AS {p.type})" if p.nullable else f"row.{p.name}"


#: Sent for a null in a relation row (LadybugCypher.relation_rows). The driver prepares a
#: statement anew whenever a column's Python type differs from the last batch's (a null in
#: one, a string or a wider int in the next: 27 prepares in 64 calls on 441 BBC articles);
#: with these every column keeps one type. The readers map control characters to spaces
#: (read.clean); offsets, polarities and confidences are small numbers: no stored value is one.
NULL_TEXT, NULL_NUMBER = "\x1e", -1e308
_NULL_NUMBER = "-1e308"  # as Cypher reads it (not Python's '-1e+308')
_TEXTS = tuple(p.name for p in schema.RELATION_PROPS if p.nullable and p.type == schema.STRING)
_NUMBERS = tuple(p.name for p in schema.RELATION_PROPS if p.nullable and p.type in (schema.INT64, schema.DOUBLE))


def _relation_value(p: schema.Prop) -> str:
    """``row.<p>`` of a relation row as relation_rows sends it."""
    if p.nullable and p.type == schema.STRING:
        return f"CAST(nullif(row.{p.name}, '\\u001e') AS STRING)"
    if p.nullable and p.type in (schema.INT64, schema.DOUBLE):
        return f"CAST(nullif(row.{p.name}, {_NULL_NUMBER}) AS {p.type})"
    return _value(p)


def relation_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Relation rows with one Python type per column (see NULL_TEXT): a null text as
    NULL_TEXT, numbers (offsets too) as floats, NULL_NUMBER for none."""
    out = []
    for row in rows:
        row = dict(row)
        for name in _TEXTS:
            if row[name] is None:
                row[name] = NULL_TEXT
        for name in _NUMBERS:
            row[name] = NULL_NUMBER if row[name] is None else float(row[name])
        out.append(row)
    return out


def _set(var: str, table: schema.Table, skip: tuple[str, ...] = ("id",)) -> str:
    """``var.p = <value>, ...`` for the table's properties and kept counts."""
    return ", ".join(f"{var}.{p.name} = {_value(p)}" for p in table.props + table.counts if p.name not in skip)


def _map(props: tuple[schema.Prop, ...]) -> str:
    """``{p: <value>, ...}``, doubled braces for str.format."""
    return "{{" + ", ".join(f"{p.name}: {_value(p)}" for p in props) + "}}"


class LadybugCypher:
    """The write Cypher of the embedded store (see write.write_batch for the order it runs in)."""

    STORED_ARTICLES = shared.STORED_ARTICLES
    # The nodes of a list of ids, or whose property is in a list (see shared.REFRESH_STATS):
    # a primary-key lookup per id, since `x.id IN $ids` tests every node against the whole list.
    MATCH_IDS = "UNWIND $ids AS id MATCH ({var}:{label} {{id: id}})"
    MATCH_IN = "UNWIND $ids AS id MATCH ({var}:{label}) WHERE {var}.{prop} = id"
    STATS_TOTAL = "CAST(total AS INT64)"  # sum() is a 128-bit integer here
    TYPE_OF = "label"  # the function naming a relationship's type
    DELETE_ARTICLES = [
        "UNWIND $ids AS id MATCH (a:Article {id: id})-[:CONTAINS]->(s:Statement) DETACH DELETE s",
        "UNWIND $ids AS id MATCH (a:Article {id: id})-[m:MENTIONS]->(:Actor) DELETE m",
    ] + [f"MATCH (:Actor)-[r:{t}]->() WHERE r.article IN $ids DELETE r" for t in RELATION_TYPES]
    MERGE_ARTICLE = "UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET " + _set("a", schema.ARTICLE)
    # The kept pair counts (model.PAIR_TYPE), one row per lower actor with lists of partners
    # and counts (rows.pair_groups): the driver signs every value it is sent, and a list of
    # strings signs several times faster than a list of {a, b, n} maps. A pair is created at
    # its first shared article (CREATE when an end is new to the store: it cannot exist yet)
    # and goes when its count reaches 0.
    PAIR_ENDS = None  # pairs name their ends by id
    ADD_CO_MENTIONS = (
        "UNWIND $rows AS g MATCH (a:Actor {id: g.a}) UNWIND range(1, size(g.bs)) AS i "
        f"MATCH (b:Actor {{id: g.bs[i]}}) MERGE (a)-[p:{PAIR_TYPE}]->(b) "
        "ON CREATE SET p.articles = g.ns[i] ON MATCH SET p.articles = p.articles + g.ns[i] "
        "WITH p WHERE p.articles <= 0 DELETE p"
    )
    CREATE_CO_MENTIONS = (
        "UNWIND $rows AS g MATCH (a:Actor {id: g.a}) UNWIND range(1, size(g.bs)) AS i "
        f"MATCH (b:Actor {{id: g.bs[i]}}) CREATE (a)-[:{PAIR_TYPE} {{articles: g.ns[i]}}]->(b)"
    )
    EXISTING_ACTORS = "UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id, a.aliases, a.roles"
    EXISTING_TOPICS = "UNWIND $ids AS id MATCH (t:Topic {id: id}) RETURN t.id, t.aliases, CAST([], 'STRING[]')"
    # With the counts this batch gives each node (rows.node_stats): final for new nodes, and
    # recounted from the edges for the others (write.count_known).
    MERGE_ACTORS = "UNWIND $rows AS row MERGE (a:Actor {id: row.id}) SET " + _set("a", schema.ACTOR)
    MERGE_TOPICS = "UNWIND $rows AS row MERGE (t:Topic {id: row.id}) SET " + _set("t", schema.TOPIC)
    CREATE_TALLIES = "UNWIND $rows AS row CREATE (:QuoteCount " + _map(schema.QUOTE_COUNT.props).format() + ")"
    SAID_PAIR_DATE = "CAST(row.last_date AS STRING)"  # shared.CREATE_SAID_PAIRS: null in every row has no type
    CREATE_STATEMENTS = (
        "UNWIND $rows AS row MATCH (art:Article {id: row.article}) "
        "CREATE (s:Statement " + _map(schema.STATEMENT.props).format() + ") CREATE (art)-[:CONTAINS]->(s)"
    )
    LINK_SPEAKERS = shared.LINK_SPEAKERS
    LINK_REPORTERS = shared.LINK_REPORTERS
    LINK_ABOUT = shared.LINK_ABOUT
    LINK_MENTIONS = shared.LINK_MENTIONS
    CREATE_RELATIONS = (
        "UNWIND $rows AS row MATCH (a:Actor {{id: row.source}}) WITH a, row MATCH (b:{label} {{id: row.target}}) "
        "CREATE (a)-[:{type} {{" + ", ".join(f"{p.name}: {_relation_value(p)}" for p in schema.RELATION_PROPS)
        + "}}]->(b)"
    )
    relation_rows = staticmethod(relation_rows)


class LadybugStore(Store):
    dialect = "ladybug"
    cypher = LadybugCypher
    # label() names a relationship's type and a node's table.
    subgraph_cypher = shared.subgraph_queries("label(r)", "label(b)")

    #: Write transactions of articles between two checkpoints (see ladybug_recovery.py).
    CHECKPOINT_EVERY = 4

    def __init__(self, path: str, *, read_only: bool = False, create: bool = True,
                 notice: Callable[[str], None] = _warn):
        try:
            import ladybug
        except ImportError as exc:  # pragma: no cover - a declared dependency
            raise StoreError("the embedded store needs the 'ladybug' package: pip install 'ladybug>=0.22,<0.23'") from exc
        self.path = path
        exists = os.path.exists(path)
        if not exists and (read_only or not create):
            raise StoreError(f"no graph at {path}: run 'stancegraph ingest' first (or pass --db)")
        parent = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(parent):
            raise StoreError(f"cannot create the graph at {path}: folder {parent} does not exist")
        if read_only and recovery.left_by_a_crash(path):
            recovery.recover_for_reading(lambda: LadybugStore(path, notice=notice).close())
        leftover = os.path.exists(f"{path}.wal")  # a writer was killed: see ladybug_recovery.py
        try:
            # The buffer pool defaults to ~80% of RAM; 1 GiB is plenty and keeps memory honest.
            self._db, kept = recovery.open_database(ladybug, path, read_only=read_only, buffer_pool_size=1 << 30)
            self._conn = ladybug.Connection(self._db)
            # For "which are stored" while a background thread writes on _conn (ingest).
            self._reader = ladybug.Connection(self._db)
        except RuntimeError as exc:
            raise StoreError(f"cannot open the graph at {path}: {exc}") from None
        self.read_only = read_only
        if not read_only:
            recovery.opened_for_writing(path, +1)
        # A graph written before the kept counts, tallies, pair and statement counts existed:
        # counted once on the first writable open; opened read-only, queries that read the
        # counts cannot run (the explorer walks the statements instead: keeps_said_pairs).
        tables = self._tables() if exists else set()
        # No Article table in an existing file: not a stancegraph graph, or its tables were
        # only in a write-ahead log that is gone -- not an older stancegraph's graph.
        self._tableless = exists and "Article" not in tables
        self._outdated = exists and not self._tableless and not {*TALLY_LABELS, PAIR_TYPE, SAID_PAIR_TYPE} <= tables
        self.journal = recovery.Journal(path)
        self._staged: list = []
        self._commits, self._checkpointed = 0, time.monotonic()
        if not read_only:
            for ddl in SCHEMA:
                self._conn.execute(ddl)
            self._tableless = False  # the tables exist now
            if leftover or self.journal.pending():
                recovery.roll_back(self, notice, kept)
            if self._outdated:
                self.refresh_stats()
                self._outdated = False
        elif kept:
            notice(f"warning: {path}: its write-ahead log was torn by a crash (kept as {kept}); opened read-only, "
                   "the graph is as of the last committed transaction")

    @property
    def keeps_said_pairs(self) -> bool:
        return not self._outdated

    # -- low level -------------------------------------------------------------------
    def _tables(self) -> set[str]:
        result = self._conn.execute("CALL show_tables() RETURN name")
        names = set()
        while result.has_next():
            names.add(result.get_next()[0])
        return names

    def _execute(self, cypher: str, params: Optional[dict[str, Any]] = None):
        return self._conn.execute(cypher, params or {})

    def _fetch(self, result) -> QueryResult:
        columns = list(result.get_column_names())
        rows = []
        while result.has_next():
            rows.append([_plain(v) for v in result.get_next()])
        return QueryResult(columns, rows)

    # -- Store API -----------------------------------------------------------------------
    def _transaction(self, work, article_id: str) -> None:
        if self.read_only:
            raise StoreError("the graph was opened read-only")
        self._conn.execute("BEGIN TRANSACTION")
        self._staged = []
        try:
            work(lambda cypher, params: self._fetch(self._execute(cypher, params)).rows)
            # Journaled before the COMMIT, marked after it (recovery.Journal).
            entry = self.journal.begin(self._staged) if self._staged else None
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, RuntimeError):
                raise StoreError(f"article {article_id} not written: {exc}") from None
            raise
        self._conn.execute("COMMIT")
        if entry is not None:
            self.journal.commit(entry)
            self._commits += 1
            if self._commits % self.CHECKPOINT_EVERY == 0 and time.monotonic() - self._checkpointed > 1:
                self.checkpoint()  # at most one a second: single-article upserts came 4 to a checkpoint

    def stage(self, graphs, held: frozenset = frozenset()) -> None:
        """The articles the open write transaction writes (``held``: the ids of those it
        replaces), for the journal."""
        self._staged.extend(recovery.journal_rows(graphs, held))

    def _write_batch(self, graphs, run, rows=None) -> list[str]:
        # Staged for the journal once written: it is written at COMMIT (see _transaction).
        replaced = super()._write_batch(graphs, run, rows)
        self.stage(graphs, frozenset(replaced))
        return replaced

    def checkpoint(self) -> None:
        """Fold the log into the graph file: what is committed no longer hangs on the log."""
        try:
            self._conn.execute("CHECKPOINT")
        except RuntimeError:
            return  # another connection's transaction is open: the next checkpoint does it
        self._checkpointed = time.monotonic()
        self.journal.checkpointed()

    def _rollback(self) -> None:
        # LadybugDB already rolls back a transaction whose statement failed.
        try:
            self._conn.execute("ROLLBACK")
        except RuntimeError:
            pass

    def run(self, cypher: str, params: Optional[dict[str, Any]] = None, *, write: bool = False) -> QueryResult:
        cypher = guard.check(cypher, write=write)
        cypher, params = single_id_lookups(cypher, params or {})
        if write and self.read_only:
            raise QueryError("the graph was opened read-only; writing queries need --write")
        self._conn.execute("BEGIN TRANSACTION" if write else "BEGIN TRANSACTION READ ONLY")
        # 0 is no limit; a read over the limit is interrupted and fails as a QueryError
        self._conn.set_query_timeout(0 if write or not self.read_timeout else int(self.read_timeout * 1000))
        try:
            result = self._fetch(self._execute(cypher, params))
        except RuntimeError as exc:
            self._rollback()
            message = str(exc)
            if self._tableless:
                raise QueryError(f"query failed: {message} (the graph at {self.path} holds no stancegraph "
                                 "tables: it is empty, not a stancegraph graph, or lost its write-ahead "
                                 "log (.wal); ingest again to fill it)") from None
            if self._outdated:
                raise QueryError(f"query failed: {message} (this graph was written by an older stancegraph "
                                 "and lacks the counts saved queries read: run 'stancegraph stats --recount' "
                                 "once)") from None
            if "read-only" in message or "read only" in message:
                raise QueryError(f"this query writes, but runs read-only (mark it 'writes: true' and pass --write): {message}") from None
            raise QueryError(f"query failed: {message}") from None
        try:
            self._conn.execute("COMMIT")
        except RuntimeError as exc:
            raise QueryError(f"query failed: {exc}") from None
        return result

    def load_bulk(self, graphs, *, batch_size: int = 500, use_copy: bool = True, chunk: Optional[int] = None,
                  on_error: Optional[OnError] = None) -> int:
        """New articles through LadybugDB's COPY import (ladybug_copy), unless ``use_copy`` is off."""
        if not use_copy:
            return super().load_bulk(graphs, batch_size=batch_size, on_error=on_error)
        return CopyLoader(self, chunk=chunk or COPY_CHUNK, batch_size=batch_size).load(graphs, on_error=on_error)

    def stored_articles(self, article_ids) -> set[str]:
        ids = list(article_ids)
        if not ids:
            return set()
        return {r[0] for r in self._fetch(self._reader.execute(self.cypher.STORED_ARTICLES, {"ids": ids})).rows}

    def reset(self) -> None:
        def work(run):
            for label in NODE_LABELS + TALLY_LABELS:
                run(f"MATCH (n:{label}) DETACH DELETE n", {})
        self._transaction(work, "*")

    def close(self) -> None:
        if getattr(self, "_conn", None) is not None and not self.read_only:
            self.checkpoint()
            recovery.opened_for_writing(self.path, -1)
        conn, reader, db = getattr(self, "_conn", None), getattr(self, "_reader", None), getattr(self, "_db", None)
        self._conn = self._reader = self._db = None
        for connection in (reader, conn):
            if connection is not None:
                connection.close()
        if db is not None:
            db.close()


#: A node looked up on its own: `MATCH (n:Label) WHERE n.id IN $p`.
_ID_IN_PARAMETER = re.compile(r"(MATCH \((\w+)(?::\w+)?\)\s+WHERE )\2\.id IN \$(\w+)\b")


def single_id_lookups(cypher: str, params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """``MATCH (n:Label) WHERE n.id IN $p`` as ``... n.id = $p__id`` when ``$p`` holds one id (a
    node parameter that matched one node, the usual case): LadybugDB 0.22 answers the list
    form by scanning every id of the table, the equality through the primary-key index.
    Only a node matched on its own: inside a longer pattern the equality made LadybugDB
    choose a worse join order."""
    single = {name for name, value in params.items() if isinstance(value, list) and len(value) == 1
              and isinstance(value[0], str)}
    if not single:
        return cypher, params

    def lookup(m: re.Match) -> str:
        clause, node, name = m.groups()
        if name not in single:
            return m.group(0)
        return f"{clause}{node}.id = ${name}__id"

    rewritten = _ID_IN_PARAMETER.sub(lookup, cypher)
    if rewritten == cypher:
        return cypher, params
    return rewritten, dict(params, **{f"{name}__id": params[name][0] for name in single})


def _plain(value: Any) -> Any:
    """Nodes and relationships come back as dicts with internal keys (``_id``, ``_label``) and a
    null for every property of every table; keep the set properties, as Neo4j returns them."""
    if isinstance(value, dict):
        if "_ID" in value or "_id" in value:
            return {k: _plain(v) for k, v in value.items() if not k.startswith("_") and v is not None}
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):  # sum() over INT64 comes back as a 128-bit Decimal
        return int(value) if value == value.to_integral_value() else float(value)
    return value
