"""The store interface, and how a store is chosen.

Two backends share one graph model and one write algorithm (:mod:`.write`):

- :class:`~stancegraph.graph.store.ladybug.LadybugStore` — embedded LadybugDB file, no server
  (the default);
- :class:`~stancegraph.graph.store.neo4j.Neo4jStore` — a Neo4j server through the official driver.

Each backend module holds all of its own Cypher, DDL and bulk loading; the Cypher both run
alike is in :mod:`.shared`. Code outside the store asks the store (its ``cypher``,
``subgraph_cypher``, :meth:`Store.load_bulk`), never which backend it is.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Optional

from stancegraph.graph.model import NODE_LABELS, RELATION_TYPES, STRUCTURAL_TYPES, ArticleGraph
from stancegraph.graph.store import shared, write
from stancegraph.graph.store.rows import BatchRows, check_consistent
from stancegraph.graph.store.writer import OnError, StreamWriter

def default_db_path() -> str:
    """``stancegraph.lbdb`` in the current directory (the command line's ``--db`` reads
    ``$STANCEGRAPH_DB``)."""
    return "stancegraph.lbdb"


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]


class Store:
    """What every backend offers. Use as a context manager so it is always closed.

    A backend also names the variant of the saved queries it runs (see stancegraph.queries);
    nothing else asks which backend a store is."""

    #: The backend's Cypher for writing, as a class with the constants write.py uses.
    cypher: Any = None

    #: The backend's subgraph Cypher (shared.subgraph_queries), or None if it cannot walk one.
    subgraph_cypher: Optional[dict[str, str]] = None

    #: Seconds a read query (:meth:`run`) may take before the backend stops it with a
    #: QueryError; None: no limit. ``stancegraph serve`` sets it per store.
    read_timeout: Optional[float] = None

    def upsert(self, graph: ArticleGraph) -> None:
        """Write one article's graph atomically, replacing what an earlier run wrote for it.

        Re-ingesting an article first removes its statements, mentions and edges, so a second
        run changes nothing and an improved extractor replaces stale results. Actors are shared
        between articles and only ever gain aliases and roles.
        """
        check_consistent(graph)
        self._transaction(lambda run: self._write_batch([graph], run), graph.article.id)

    def _transaction(self, work: Callable[[Callable[[str, dict], list]], None], article_id: str) -> None:
        """Run ``work(run)`` in one write transaction; ``run(cypher, params)`` returns rows."""
        raise NotImplementedError

    def rewrite(self, work: Callable[[Any, Callable[[str, dict], list]], None], what: str) -> None:
        """Run ``work(q, run)`` in one write transaction, ``q`` the backend's write Cypher (as
        write.py takes it): changes to stored nodes beyond writing articles (actor curation)."""
        self._transaction(lambda run: work(self.cypher, run), what)

    def _write_batch(self, graphs: list[ArticleGraph], run: Callable[[str, dict], list],
                     rows: Optional[BatchRows] = None) -> list[str]:
        """Write many articles in one transaction (write.write_batch); ``rows`` are the
        graphs' rows if already built (BatchRows.of, outside the transaction). Returns the
        ids of the articles it replaced."""
        return write.write_batch(self.cypher, run, rows or BatchRows.of(graphs))

    def _recount_co_mentions(self) -> None:
        """Count every pair anew from the mentions (a graph from before the pair counts, or
        ``stats --recount``): each pair once, from its lower id, STATS_CHUNK actors per transaction."""
        while True:
            dropped: list = []
            self._transaction(lambda run: dropped.extend(run(shared.DROP_CO_MENTIONS, {})), "(pair counts)")
            if not dropped or not dropped[0][0]:
                break
        ids = sorted(r[0] for r in self.run("MATCH (a:Actor) RETURN a.id").rows)
        count = write.count_co_mentions(self.cypher)
        for start in range(0, len(ids), write.STATS_CHUNK):
            chunk = ids[start:start + write.STATS_CHUNK]
            self._transaction(lambda run: run(count, {"ids": chunk}), "(pair counts)")

    def refresh_stats(self, ids: Optional[Iterable[str]] = None) -> None:
        """Recount the stored counts of ``ids``; by default every actor and topic, and then
        the pair counts (model.PAIR_TYPE) too.

        One transaction per STATS_CHUNK ids, so a large graph never needs one huge
        transaction. A recount only ever writes what the edges say, so an interruption
        leaves counts that the next recount (or write) puts right.
        """
        whole = ids is None
        if ids is None:
            ids = [r[0] for label in ("Actor", "Topic") for r in self.run(f"MATCH (x:{label}) RETURN x.id").rows]
        ids = sorted(set(ids))
        for start in range(0, len(ids), write.STATS_CHUNK):
            chunk = ids[start:start + write.STATS_CHUNK]
            self._transaction(lambda run: write.refresh_stats(self.cypher, run, chunk), "(counts)")
        if whole:
            self._recount_co_mentions()

    def upsert_many(self, graphs: Iterable[ArticleGraph], *, batch_size: int = 1,
                    on_error: Optional[OnError] = None, overlap: bool = False) -> int:
        """Write a stream of article graphs, ``batch_size`` articles per transaction.

        The same result as :meth:`upsert` on each graph in turn, with far fewer round trips
        (one ``UNWIND`` statement per kind of row and batch). A batch that fails is written
        again one article at a time, so only the article at fault is lost: it goes to
        ``on_error(graph, exc)``; without one, the error is raised once every article before
        it is written. Returns how many articles were written.

        With ``overlap``, batches are written in order by one background thread while the
        next one is drawn from ``graphs`` (extraction, for ingest): both stores release the
        GIL while they write. At most one batch waits; all are written before this returns
        or raises, so the store is never closed under a write.
        """
        return StreamWriter(self, batch_size, on_error, overlap).write(graphs)

    def load_bulk(self, graphs: Iterable[ArticleGraph], *, batch_size: int = 500, use_copy: bool = True,
                  chunk: Optional[int] = None, on_error: Optional[OnError] = None) -> int:
        """Write ``graphs`` in bulk (``stancegraph load``); returns how many were written.

        The result is the one :meth:`upsert` of each graph in turn would give. By default,
        large ``UNWIND`` batches, the next batch read while this one is written; a backend
        with a faster import of its own (``use_copy``, ``chunk`` articles per import)
        overrides this.
        """
        return self.upsert_many(graphs, batch_size=batch_size, on_error=on_error, overlap=True)

    def stored_articles(self, article_ids: Iterable[str]) -> set[str]:
        """Which of ``article_ids`` the store holds (one query for the lot)."""
        ids = list(article_ids)
        if not ids:
            return set()
        return {r[0] for r in self.run(shared.STORED_ARTICLES, {"ids": ids}).rows}

    def has_article(self, article_id: str) -> bool:
        return article_id in self.stored_articles([article_id])

    def run(self, cypher: str, params: Optional[dict[str, Any]] = None, *, write: bool = False) -> QueryResult:
        """Run one Cypher statement. Without ``write=True`` it runs in a read-only transaction."""
        raise NotImplementedError

    def nodes_named(self, name: str, key: str) -> list[dict[str, Any]]:
        """Actors and topics whose id is ``name`` or one of whose keys (model.name_key of a
        name or alias) is ``key``, as ``{"id", "name", "kind", "label"}``, actors first.
        This scans the keys; a backend with an index on them answers faster."""
        found: list[dict[str, Any]] = []
        for label, kind in (("Actor", "n.kind"), ("Topic", "''")):
            res = self.run(f"MATCH (n:{label}) WHERE n.id = $id OR $key IN n.keys "
                           f"RETURN n.id, n.name, {kind} ORDER BY n.id", {"id": name, "key": key})
            found += [{"id": r[0], "name": r[1], "kind": r[2] or None, "label": label} for r in res.rows]
        return found

    def nodes_keyed(self, keys: list[str]) -> list[dict[str, Any]]:
        """Actors and topics with one of ``keys`` among their keys, once per key they have, with
        the counts that tell how much the graph holds of them: ``{"key", "id", "name", "kind",
        "label", "mentions", "statements", "about", "supporters", "opponents"}``. One scan of
        the keys for the whole list (``ask`` looks up every phrase of a question at once)."""
        if not keys:
            return []
        found: list[dict[str, Any]] = []
        for label, own in (("Actor", "n.kind, n.mentions, n.statements"), ("Topic", "'', 0, 0")):
            res = self.run(f"MATCH (n:{label}) UNWIND n.keys AS k WITH n, k WHERE k IN $keys "
                           f"RETURN k, n.id, n.name, {own}, n.about, n.supporters, n.opponents "
                           f"ORDER BY n.id, k", {"keys": list(keys)})
            found += [_keyed(row, label) for row in res.rows]
        return found

    def newest_date(self) -> Optional[str]:
        """The latest publication date of an article in the store (None when none is dated):
        what "last year" or "since March" in a question are counted from."""
        rows = self.run("MATCH (a:Article) WHERE a.published IS NOT NULL RETURN max(a.published)").rows
        return rows[0][0] if rows and rows[0][0] else None

    def ids_by_value(self, label: str, prop: str, values: list[str]) -> list[tuple[Any, str]]:
        """``(value, id)`` of the ``label`` nodes whose ``prop`` is one of ``values``, in the
        backend's fastest form of "property in a list" (its cypher.MATCH_IN)."""
        match = self.cypher.MATCH_IN.format(var="n", label=label, prop=prop)
        return [(r[0], r[1]) for r in self.run(f"{match} RETURN n.{prop} AS value, n.id AS id",
                                               {"ids": values}).rows]

    def match_ids(self, var: str, label: str) -> str:
        """Cypher binding ``var`` to the ``label`` nodes of ``$ids``, in the backend's fastest
        form of a lookup by id (its cypher.MATCH_IDS)."""
        return self.cypher.MATCH_IDS.format(var=var, label=label)

    @property
    def keeps_said_pairs(self) -> bool:
        """Whether the kept statement counts (model.SAID_PAIR_TYPE) can be read: a graph from
        before them, opened read-only, lacks them until its first writable open counts them."""
        return True

    @property
    def type_function(self) -> str:
        """The Cypher function naming a relationship's type (``type`` or ``label``)."""
        return self.cypher.TYPE_OF

    def counts(self) -> dict[str, int]:
        """Node counts per label and relationship counts per type (zero ones included)."""
        out: dict[str, int] = {}
        for label in NODE_LABELS:
            out[label] = self.run(f"MATCH (n:{label}) RETURN count(n)").rows[0][0]
        for rtype in STRUCTURAL_TYPES + RELATION_TYPES:
            out[rtype] = self.run(f"MATCH ()-[r:{rtype}]->() RETURN count(r)").rows[0][0]
        return out

    def reset(self) -> None:
        """Delete every node and relationship (the schema stays)."""
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _keyed(row: list[Any], label: str) -> dict[str, Any]:
    """A row of Store.nodes_keyed as a dict: key, id, name, kind, then the counts."""
    counts = dict(zip(("mentions", "statements", "about", "supporters", "opponents"), (v or 0 for v in row[4:9])))
    return {"key": row[0], "id": row[1], "name": row[2], "kind": row[3] or None, "label": label, **counts}
