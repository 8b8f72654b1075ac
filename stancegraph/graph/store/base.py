"""The store interface, and how a store is chosen.

Two backends share one graph model and one Cypher surface:

- :class:`~stancegraph.graph.store.ladybug.LadybugStore` — embedded LadybugDB file, no server
  (the default);
- :class:`~stancegraph.graph.store.neo4j.Neo4jStore` — a Neo4j server through the official driver.

Each backend module holds all of its own Cypher; values always travel as ``$parameters``.
"""
from __future__ import annotations

import itertools
import queue
import re
import sys
import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Optional

from stancegraph.errors import QueryError, StoreError
from stancegraph.graph.model import (ACTOR_STATS, NODE_LABELS, PAIR_TYPE, RELATION_TYPES, STANCE_TYPES, STRUCTURAL_TYPES,
                    SUBJECT_STATS, ArticleGraph, name_key, node_label)

#: Cypher both stores run alike to keep ACTOR_STATS / SUBJECT_STATS (see Store.refresh_stats).
#: One statement per count: LadybugDB plans a chain of OPTIONAL MATCHes poorly. `{x_ids}` is
#: the store's way to match the nodes of a list of ids (its cypher.MATCH_IDS): on LadybugDB a
#: primary-key lookup per id, since `x.id IN $ids` tests every node against the whole list
#: (700 ids: the refresh of one write batch took 590 ms against 167 at 300 BBC stories,
#: 1,873 against 740 at 1M relationships); on Neo4j `IN $ids`, which seeks the index and which
#: it plans well whatever the graph held when the plan was cached (the UNWIND form of the
#: tally recount took 2.8 s against 0.45 s over a bulk load of the BBC corpus).
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
        # One statement for the three stance counts: each statement is a round trip per batch.
        "{x_ids} OPTIONAL MATCH (x)<-[r:SUPPORTS|OPPOSES|DOES_NOT_SUPPORT]-(h:Actor) "
        "WITH x, count(DISTINCT CASE WHEN {type}(r) = 'SUPPORTS' THEN h.id END) AS s, "
        "count(DISTINCT CASE WHEN {type}(r) <> 'SUPPORTS' THEN h.id END) AS o, count(DISTINCT h.id) AS n "
        "SET x.supporters = s, x.opponents = o, x.stance_holders = n",
    ],
}
#: The counts of a node nothing points at (node_stats starts from these).
ZERO_SUBJECT_STATS = dict.fromkeys(SUBJECT_STATS, 0)
ZERO_ACTOR_STATS = dict.fromkeys(ACTOR_STATS + SUBJECT_STATS, 0)

#: Ids per refresh statement: bounds the size of one `$ids` list.
STATS_CHUNK = 2000

#: Read before an article is replaced: its old pairs are taken off.
OLD_MENTIONS = "UNWIND $ids AS id MATCH (a:Article {id: id})-[:MENTIONS]->(x:Actor) RETURN a.id, x.id"
#: A whole recount: every pair dropped, in slices (one transaction for a million pairs
#: would not fit Neo4j's transaction memory), then counted anew per lower end.
DROP_CO_MENTIONS = f"MATCH (:Actor)-[p:{PAIR_TYPE}]->(:Actor) WITH p LIMIT 50000 DELETE p RETURN count(*)"
COUNT_CO_MENTIONS = (
    "{a_ids} MATCH (a)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(b:Actor) WHERE a.id < b.id "
    f"WITH a, b, count(*) AS n CREATE (a)-[:{PAIR_TYPE} {{{{articles: n}}}}]->(b)"
)
#: Pair rows per pair-writing statement.
PAIR_BATCH = 5000

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


@dataclass
class BatchRows:
    """The rows a batch of articles writes, as far as they do not depend on what the store
    holds: built outside the write transaction (by the caller's thread, while the background
    writer writes the batch before), so the transaction spends its time in the store."""

    ids: list[str]
    articles: list[dict[str, Any]]
    actors: list[dict[str, Any]]
    topics: list[dict[str, Any]]
    statements: list[dict[str, Any]]
    abouts: dict[str, list[dict[str, Any]]]
    mentions: list[dict[str, Any]]
    relations: dict[tuple[str, str], list[dict[str, Any]]]
    touched: set[str]
    pairs: Counter
    stats: dict[str, dict[str, int]]  # node_stats: the counts of nodes new to the store
    tallies: dict[str, list[dict[str, Any]]]

    @classmethod
    def of(cls, graphs: list[ArticleGraph]) -> "BatchRows":
        graphs = last_of_each_article(graphs)
        statements = [r for g in graphs for r in statement_rows(g)]
        abouts: dict[str, list[dict[str, Any]]] = {}
        for g in graphs:
            for r in about_rows(g):
                abouts.setdefault(node_label(r["target"]), []).append(r)
        relations: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for g in graphs:
            for key, rows in relation_groups(g).items():
                relations.setdefault(key, []).extend(rows)
        stats, tallies = node_stats(graphs)
        return cls(ids=[g.article.id for g in graphs], articles=[article_row(g) for g in graphs],
                   actors=_merged(actor_rows(g) for g in graphs), topics=_merged(topic_rows(g) for g in graphs),
                   statements=statements, abouts={k: abouts[k] for k in ("Actor", "Topic") if k in abouts},
                   mentions=[dict(r, article=g.article.id) for g in graphs for r in mention_rows(g)],
                   relations=relations, touched=set(touched_by(graphs)), pairs=co_mention_deltas(graphs),
                   stats=stats, tallies=tallies)


class Store:
    """What every backend offers. Use as a context manager so it is always closed."""

    dialect: str = ""

    #: The backend's Cypher for writing, as a class with the constants used in _write_batch.
    cypher: Any = None

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

    def _write_batch(self, graphs: list[ArticleGraph], run: Callable[[str, dict], list],
                     rows: Optional[BatchRows] = None) -> None:
        """Write many articles with one statement per kind of row (``UNWIND $rows``).

        ``rows`` are the graphs' rows if already built (BatchRows.of, outside the transaction).
        Only articles already in the store are deleted first: on a new article the deletes
        would find nothing, and on LadybugDB each is a scan of a whole relationship table
        (no property indexes on relationships), which made per-article writes grow with the
        size of the store.
        """
        q = self.cypher
        b = rows or BatchRows.of(graphs)
        stored = [r[0] for r in run(q.STORED_ARTICLES, {"ids": b.ids})]
        touched = set(b.touched)
        pairs = Counter(b.pairs)  # the replaced versions' pairs come off this copy
        if stored:
            # The replaced versions' pairs come off before their mentions are deleted.
            co_mention_deltas((), run(OLD_MENTIONS, {"ids": stored}), into=pairs)
            # What the old version of an article counted toward must be recounted too.
            for cypher in STATS_TOUCHED_BY_ARTICLES:
                touched.update(r[0] for r in run(cypher, {"ids": stored}))
            for cypher in q.DELETE_ARTICLES:
                run(cypher, {"ids": stored})
        run(q.MERGE_ARTICLE, {"rows": b.articles})
        held, handles = self._merge_nodes(run, b.actors, b.topics, b.stats)
        new_actors = {r["id"] for r in b.actors} - held
        if b.statements:
            run(q.CREATE_STATEMENTS, {"rows": b.statements})
            spoken = [r for r in b.statements if r["speaker"]]
            if spoken:
                run(q.LINK_SPEAKERS, {"rows": spoken})
            reported = [r for r in b.statements if r["reported_by"]]
            if reported:
                run(q.LINK_REPORTERS, {"rows": reported})
        for label, about in b.abouts.items():
            run(q.LINK_ABOUT.format(label=label), {"rows": about})
        if b.mentions:
            run(q.LINK_MENTIONS, {"rows": b.mentions})
        for (rtype, label), relations in sorted(b.relations.items()):
            run(q.CREATE_RELATIONS.format(type=rtype, label=label), {"rows": relations})
        self._count_known(run, touched, held, b.tallies)
        self._write_co_mentions(run, *split_new_pairs(pairs, new_actors), handles=handles)

    def _merge_nodes(self, run: Callable[[str, dict], list], actors: list[dict[str, Any]],
                     topics: list[dict[str, Any]], stats: dict[str, dict[str, int]],
                     size: Optional[int] = None) -> tuple[set[str], dict[str, Any]]:
        """MERGE actors and topics (``size`` rows per statement), their aliases and roles united
        with the stored ones, their counts set from ``stats`` (node_stats). Returns the ids the
        store held before, and the store's handles of the actors (PAIR_ENDS; LadybugDB: none)."""
        q = self.cypher
        held: set[str] = set()
        handles: dict[str, Any] = {}
        for node_rows, existing, merge, zero in ((actors, q.EXISTING_ACTORS, q.MERGE_ACTORS, ZERO_ACTOR_STATS),
                                                 (topics, q.EXISTING_TOPICS, q.MERGE_TOPICS, ZERO_SUBJECT_STATS)):
            step = size or max(1, len(node_rows))
            for start in range(0, len(node_rows), step):
                part = node_rows[start:start + step]
                found = run(existing, {"ids": [r["id"] for r in part]})
                held.update(h[0] for h in found)
                rows = [{**zero, **r, **stats.get(r["id"], {})} for r in _united(part, found)]
                merged = run(merge, {"rows": rows})
                if merge is q.MERGE_ACTORS:
                    handles.update((i, h) for i, h in merged)
        return held, handles

    def _count_known(self, run: Callable[[str, dict], list], touched: Iterable[str], held: set[str],
                     tallies: dict[str, list[dict[str, Any]]]) -> None:
        """The counts of the touched nodes the store ``held`` before are recounted from their
        edges; the others are new, so what this batch gives them (node_stats, set by
        _merge_nodes) is all they have: only their QuoteCount tallies are still to create."""
        touched = set(touched)
        new_speakers = sorted((touched - held) & tallies.keys())
        if new_speakers:
            run(self.cypher.CREATE_TALLIES, {"rows": [t for sp in new_speakers for t in tallies[sp]]})
        self._refresh_stats(run, touched & held)

    def _write_co_mentions(self, run: Callable[[str, dict], list], new: list[dict[str, Any]],
                           known: list[dict[str, Any]], *, handles: Optional[dict[str, Any]] = None) -> None:
        """Pair-count deltas (split_new_pairs): ``new`` ones created, ``known`` ones merged.
        ``handles``: the store's handles of ends already read in this transaction (PAIR_ENDS)."""
        q = self.cypher
        if q.PAIR_ENDS and (new or known):
            # The store's own handle of each end, valid in this transaction (see Neo4jCypher).
            handle = dict(handles or {})
            missing = sorted({r[end] for r in new + known for end in ("a", "b")} - set(handle))
            if missing:
                handle.update((i, h) for i, h in run(q.PAIR_ENDS, {"ids": missing}))
            new, known = ([dict(r, a=handle[r["a"]], b=handle[r["b"]]) for r in rows
                           if r["a"] in handle and r["b"] in handle] for rows in (new, known))
        for cypher, rows in ((q.CREATE_CO_MENTIONS, new), (q.ADD_CO_MENTIONS, known)):
            for start in range(0, len(rows), PAIR_BATCH):
                part = rows[start:start + PAIR_BATCH]
                run(cypher, {"rows": pair_groups(part) if q.PAIRS_GROUPED else part})

    def _recount_co_mentions(self) -> None:
        """Count every pair anew from the mentions (a graph from before the pair counts, or
        ``stats --recount``): each pair once, from its lower id, STATS_CHUNK actors per transaction."""
        while True:
            dropped: list = []
            self._transaction(lambda run: dropped.extend(run(DROP_CO_MENTIONS, {})), "(pair counts)")
            if not dropped or not dropped[0][0]:
                break
        ids = sorted(r[0] for r in self.run("MATCH (a:Actor) RETURN a.id").rows)
        count = COUNT_CO_MENTIONS.format(a_ids=self.cypher.MATCH_IDS.format(var="a", label="Actor"))
        for start in range(0, len(ids), STATS_CHUNK):
            chunk = ids[start:start + STATS_CHUNK]
            self._transaction(lambda run: run(count, {"ids": chunk}), "(pair counts)")

    def _refresh_stats(self, run: Callable[[str, dict], list], ids: Iterable[str]) -> None:
        """Recount ACTOR_STATS / SUBJECT_STATS of these actors and topics from their edges.

        Recounting (rather than adding deltas) keeps the counts right whatever wrote before:
        a re-ingest that replaced an article, a failed batch written again one by one.
        """
        by_label: dict[str, list[str]] = {}
        for node_id in sorted(set(ids)):
            by_label.setdefault(node_label(node_id), []).append(node_id)
        for label, label_ids in sorted(by_label.items()):
            q = self.cypher
            statements = [cypher.format(label=label, total=q.STATS_TOTAL, type=q.TYPE_OF,
                                        x_ids=q.MATCH_IDS.format(var="x", label=label),
                                        sp_ids=q.MATCH_IDS.format(var="sp", label="Actor"),
                                        speaker_tallies=q.MATCH_IN.format(var="q", label="QuoteCount", prop="speaker"))
                          for cypher in (REFRESH_STATS["Actor"] if label == "Actor" else []) + REFRESH_STATS["*"]]
            for start in range(0, len(label_ids), STATS_CHUNK):
                chunk = label_ids[start:start + STATS_CHUNK]
                for cypher in statements:
                    run(cypher, {"ids": chunk})

    def refresh_stats(self, ids: Optional[Iterable[str]] = None) -> None:
        """Recount the stored counts of ``ids``; by default every actor and topic, and then
        the pair counts (model.PAIR_TYPE) too.

        One transaction per STATS_CHUNK ids: all of a 1M-relationship graph in one took Neo4j
        past a 1 GiB heap. A recount only ever writes what the edges say, so an interruption
        leaves counts that the next recount (or write) puts right.
        """
        whole = ids is None
        if ids is None:
            ids = [r[0] for label in ("Actor", "Topic") for r in self.run(f"MATCH (x:{label}) RETURN x.id").rows]
        ids = sorted(set(ids))
        for start in range(0, len(ids), STATS_CHUNK):
            chunk = ids[start:start + STATS_CHUNK]
            self._transaction(lambda run: self._refresh_stats(run, chunk), "(counts)")
        if whole:
            self._recount_co_mentions()

    def upsert_many(self, graphs: Iterable[ArticleGraph], *, batch_size: int = 1,
                    on_error: Optional[Callable[[ArticleGraph, StoreError], None]] = None,
                    overlap: bool = False) -> int:
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
        written = 0
        batch: list[ArticleGraph] = []

        def failed(graph: ArticleGraph, exc: StoreError) -> None:
            if on_error is None:
                raise exc
            on_error(graph, exc)

        def write(item: tuple[list[ArticleGraph], Optional[BatchRows]]) -> None:
            nonlocal written
            pending, rows = item
            if len(pending) > 1:
                try:
                    self._transaction(lambda run: self._write_batch(pending, run, rows),
                                      f"{pending[0].article.id} (batch of {len(pending)})")
                    written += len(pending)
                    return
                except StoreError:
                    pass  # again one by one, below: only the article at fault is lost
            for graph in pending:
                try:
                    self.upsert(graph)
                    written += 1
                except StoreError as exc:
                    failed(graph, exc)

        writer = _BackgroundWriter(write) if overlap else None

        def flush() -> None:
            pending = batch[:]
            batch.clear()
            if writer is None:
                write((pending, None))
            elif pending:
                try:
                    rows = BatchRows.of(pending) if len(pending) > 1 else None
                except StoreError:
                    rows = None  # the transaction meets the error again and falls back to one by one
                writer.submit((pending, rows))

        try:
            for graph in graphs:
                try:
                    check_consistent(graph)
                except StoreError as exc:
                    flush()
                    if writer is not None:
                        writer.wait()  # the articles before it first, as without overlap
                    failed(graph, exc)
                    continue
                batch.append(graph)
                if len(batch) >= max(1, batch_size):
                    flush()
            flush()
        except BaseException:
            if writer is not None:
                writer.close(raise_error=False)  # the error at hand is the one to report
            raise
        if writer is not None:
            writer.close()
        return written

    def stored_articles(self, article_ids: Iterable[str]) -> set[str]:
        """Which of ``article_ids`` the store holds (one query for the lot)."""
        ids = list(article_ids)
        if not ids:
            return set()
        return {r[0] for r in self.run(self.cypher.STORED_ARTICLES, {"ids": ids}).rows}

    def has_article(self, article_id: str) -> bool:
        return article_id in self.stored_articles([article_id])

    def run(self, cypher: str, params: Optional[dict[str, Any]] = None, *, write: bool = False) -> QueryResult:
        """Run one Cypher statement. Without ``write=True`` it runs in a read-only transaction."""
        raise NotImplementedError

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


def open_store(*, neo4j_uri: Optional[str] = None, db_path: Optional[str] = None,
               read_only: bool = False, create: bool = True, user: str = "neo4j",
               password: str = "", database: Optional[str] = None) -> Store:
    """The Neo4j server at ``neo4j_uri`` when one is given, else the embedded file ``db_path``.

    Nothing here reads the environment: the command line binds ``NEO4J_URI``,
    ``NEO4J_USERNAME``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE`` and ``STANCEGRAPH_DB`` to its
    options. Credentials are never echoed back in errors.
    """
    if neo4j_uri:
        from stancegraph.graph.store.neo4j import Neo4jStore

        return Neo4jStore.connect(neo4j_uri, user=user, password=password, database=database or None)
    from stancegraph.graph.store.ladybug import LadybugStore

    return LadybugStore(db_path or default_db_path(), read_only=read_only, create=create)


# ---------------------------------------------------------------------------------------
# Row building shared by both backends: the graph records flattened into parameter rows.

def article_row(graph: ArticleGraph) -> dict[str, Any]:
    a = graph.article
    return {"id": a.id, "title": a.title or "", "url": a.url, "outlet": a.outlet,
            "published": a.published, "path": a.path, "byline": a.byline}


def actor_rows(graph: ArticleGraph) -> list[dict[str, Any]]:
    return [{"id": x.id, "name": x.name, "kind": x.kind, "aliases": sorted(set(x.aliases) | {x.name}),
             "roles": sorted(set(x.roles))} for x in graph.actors]


def topic_rows(graph: ArticleGraph) -> list[dict[str, Any]]:
    return [{"id": t.id, "name": t.name, "aliases": sorted(set(t.aliases) | {t.name})} for t in graph.topics]


def statement_rows(graph: ArticleGraph) -> list[dict[str, Any]]:
    rows = []
    for s in graph.statements:
        rows.append({
            "id": s.id, "text": s.content.text, "kind": s.kind,
            "cue": s.cue.text if s.cue else None, "cue_lemma": s.cue_lemma,
            "start_char": s.content.start, "end_char": s.content.end,
            "sentence": s.sentence.text if s.sentence else None,
            "date": s.date or graph.article.published, "article": graph.article.id,
            "speaker_text": s.speaker.text if s.speaker else None,
            "speaker": s.speaker.actor if s.speaker else None,
            "reported_by": s.reported_by,
        })
    return rows


def touched_by(graphs: Iterable[ArticleGraph]) -> Iterable[str]:
    """Actors and topics whose stored counts writing these articles changes (every node an
    article points at is among its actors and topics: see check_consistent)."""
    for g in graphs:
        yield from (x.id for x in g.actors)
        yield from (t.id for t in g.topics)


def last_of_each_article(graphs: Iterable[ArticleGraph]) -> list[ArticleGraph]:
    """One graph per article id, in first-seen order: a repeated article's last version wins."""
    return list({g.article.id: g for g in graphs}.values())


def node_stats(graphs: Iterable[ArticleGraph]) -> tuple[dict[str, dict[str, int]], dict[str, list[dict[str, Any]]]]:
    """The stored counts (model.ACTOR_STATS, SUBJECT_STATS) and QuoteCount tallies these
    articles give their actors and topics, counted as REFRESH_STATS counts them from the edges:
    for a node no other article points at (new to the store), its counts. Writes set them on
    new nodes and recount only the others: recounting every node of a batch was about 2 s of
    a 13 s load of the BBC deltas into Neo4j, and most nodes of a load are new.
    Returns ``(stats by id, tally rows by speaker id)``."""
    graphs = last_of_each_article(graphs)
    stats: dict[str, dict[str, int]] = {}
    about: dict[str, list[tuple[str, str, Optional[str]]]] = {}  # node -> (statement, article, speaker)
    stances: dict[str, list[tuple[str, str]]] = {}  # node -> (type, holder)
    said: dict[tuple[str, Optional[str], Optional[str]], list[Optional[str]]] = {}  # tally key -> dates
    for g in graphs:
        for x in g.actors:
            stats.setdefault(x.id, dict(ZERO_ACTOR_STATS))
        for t in g.topics:
            stats.setdefault(t.id, dict(ZERO_SUBJECT_STATS))
        for actor, n in g.mention_counts().items():  # one MENTIONS edge per article and actor
            stats[actor]["articles"] += 1
            stats[actor]["mentions"] += n
        speakers: dict[str, Optional[str]] = {}  # statement id -> speaker id
        for row in statement_rows(g):
            speaker = speakers[row["id"]] = row["speaker"] or None
            if speaker:
                stats[speaker]["statements"] += 1
                said.setdefault((speaker, row["reported_by"] or None, g.article.outlet), []).append(row["date"])
        for row in about_rows(g):
            about.setdefault(row["target"], []).append((row["statement"], g.article.id, speakers[row["statement"]]))
        for r in g.relations:
            if r.type in STANCE_TYPES:
                stances.setdefault(r.target, []).append((r.type, r.source))
    for node, rows in about.items():
        stats[node].update(about=len({s for s, _, _ in rows}), about_articles=len({a for _, a, _ in rows}),
                           about_speakers=len({sp for _, _, sp in rows if sp}))
    for node, rows in stances.items():
        stats[node].update(supporters=len({h for t, h in rows if t == "SUPPORTS"}),
                           opponents=len({h for t, h in rows if t != "SUPPORTS"}),
                           stance_holders=len({h for _, h in rows}))
    tallies: dict[str, list[dict[str, Any]]] = {}
    for (speaker, agency, outlet), dates in sorted(said.items(), key=lambda kv: tuple(map(str, kv[0]))):
        known = [d for d in dates if d is not None]
        tallies.setdefault(speaker, []).append({
            # The id as REFRESH_STATS makes it: an outlet of '' and none differ ('|+' against '|').
            "id": speaker + "|" + (agency or "") + ("|" if outlet is None else "|+" + outlet),
            "speaker": speaker, "agency": agency, "outlet": outlet, "statements": len(dates),
            "first_date": min(known, default=None), "last_date": max(known, default=None)})
    return stats, tallies


def set_stats(var: str, stats: Iterable[str]) -> str:
    """Cypher setting the counts of node ``var`` from the same keys of ``row``."""
    return "".join(f", {var}.{c} = row.{c}" for c in stats)


def about_rows(graph: ArticleGraph) -> list[dict[str, Any]]:
    return [{"statement": s.id, "target": t} for s in graph.statements for t in dict.fromkeys(s.about)]


def mention_rows(graph: ArticleGraph) -> list[dict[str, Any]]:
    return [{"actor": k, "count": v} for k, v in sorted(graph.mention_counts().items())]


class _BackgroundWriter:
    """Runs ``write(batch)`` for each submitted batch, in order, in one background thread.
    An error stops the writing and is raised in the caller at its next submit, wait or close.

    While it runs, the interpreter switches threads every SWITCH_INTERVAL seconds instead of
    every 5 ms: the writer mostly waits on the store, and after each wait it needs the GIL
    back from the caller's thread, which is busy reading or extracting the next batch. With
    Python's default it waited up to 5 ms per network read (`stancegraph load` of the BBC
    deltas into Neo4j, 5 runs each: median 13.5 s at 5 ms, 12.4 s at 0.5 ms).
    """

    SWITCH_INTERVAL = 0.0005

    def __init__(self, write: Callable[[list], None]):
        self._write = write
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch_interval, self.SWITCH_INTERVAL))
        self._queue: queue.Queue = queue.Queue(maxsize=1)
        self._error: Optional[BaseException] = None
        self._thread = threading.Thread(target=self._run, name="stancegraph-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            batch = self._queue.get()
            try:
                if batch is not None and self._error is None:
                    self._write(batch)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
                self._error = exc
            finally:
                self._queue.task_done()
            if batch is None:
                return

    def _raise(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def submit(self, batch: list) -> None:
        self._raise()
        self._queue.put(batch)

    def wait(self) -> None:
        """Until every submitted batch is written."""
        self._queue.join()
        self._raise()

    def close(self, raise_error: bool = True) -> None:
        self._queue.put(None)
        self._thread.join()
        sys.setswitchinterval(self._switch_interval)
        if raise_error:
            self._raise()


def split_new_pairs(pairs: Counter, new_actors: set[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Pair-count deltas as rows: those with an actor new to the store (the pair cannot be
    stored yet: created) and the others (merged). A zero delta is no change."""
    new, known = [], []
    for (a, b), n in sorted(pairs.items()):
        if n:
            (new if a in new_actors or b in new_actors else known).append({"a": a, "b": b, "n": n})
    return new, known


def pair_groups(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pair rows (sorted by ``a``) as one row per lower actor with lists of partners and counts:
    Neo4j unpacks a parameter map per row, which cost more than the write itself."""
    groups = [(a, list(group)) for a, group in itertools.groupby(rows, key=lambda r: r["a"])]
    return [{"a": a, "bs": [r["b"] for r in group], "ns": [r["n"] for r in group]} for a, group in groups]


def co_mention_deltas(graphs: Iterable[ArticleGraph], replaced: Iterable[Iterable[str]] = (), *,
                      into: Optional[Counter] = None) -> Counter:
    """Changes to the kept pair counts: +1 for each pair of actors an article written now
    mentions, -1 for each pair of an article's stored version it replaces (``replaced``:
    (article id, actor id) rows of the stored mentions). Keys are (lower id, higher id)."""
    deltas = Counter() if into is None else into
    for g in graphs:
        for pair in itertools.combinations(sorted(g.mention_counts()), 2):
            deltas[pair] += 1
    old: dict[str, set[str]] = {}
    for article, actor in replaced:
        old.setdefault(article, set()).add(actor)
    for actors in old.values():
        for pair in itertools.combinations(sorted(actors), 2):
            deltas[pair] -= 1
    return deltas


def _with_union(row: dict[str, Any], aliases: Iterable[str], roles: Iterable[str]) -> dict[str, Any]:
    """``row`` with ``aliases`` (and, for actors, ``roles``) added, sorted so both stores agree."""
    row = dict(row, aliases=sorted(set(row["aliases"]) | set(aliases)))
    if "roles" in row:
        row["roles"] = sorted(set(row["roles"]) | set(roles))
    return row


def _merged(row_lists: Iterable[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Actor (or topic) rows of several articles, one per id: aliases and roles united, name
    and kind from the last article, as writing the articles one by one would leave them."""
    out: dict[str, dict[str, Any]] = {}
    for rows in row_lists:
        for row in rows:
            before = out.get(row["id"])
            if before is not None:
                row = _with_union(row, before["aliases"], before.get("roles", ()))
            out[row["id"]] = row
    return list(out.values())


def _united(rows: list[dict[str, Any]], held: list[list[Any]]) -> list[dict[str, Any]]:
    """Aliases and roles united with those the store already holds, plus lookup keys."""
    before = {r[0]: (r[1] or [], r[2] or []) for r in held}
    out = []
    for row in rows:
        row = _with_union(row, *before.get(row["id"], ([], [])))
        # Lower-cased, punctuation-free lookup keys: "U.S." and "us" find the same actor.
        row["keys"] = sorted({name_key(x) for x in row["aliases"] + [row["name"]]} - {""})
        out.append(row)
    return out


def relation_groups(graph: ArticleGraph) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """Relation rows grouped by (type, target label): types are checked against the allow-list."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in graph.relations:
        if r.type not in RELATION_TYPES:
            raise StoreError(f"unknown relationship type {r.type!r}")
        groups.setdefault((r.type, node_label(r.target)), []).append({
            "id": r.id, "source": r.source, "target": r.target, "article": r.article,
            "statement": r.statement, "cue": r.cue, "date": r.date, "date_text": r.date_text,
            "status": r.status, "polarity": r.polarity, "confidence": r.confidence,
            "detail": r.detail,
            "sentence": r.sentence.text if r.sentence else None,
            "sentence_start": r.sentence.start if r.sentence else None,
            "sentence_end": r.sentence.end if r.sentence else None,
        })
    return groups


def referenced_actor_ids(graph: ArticleGraph) -> set[str]:
    ids = {s.speaker.actor for s in graph.statements if s.speaker and s.speaker.actor}
    ids |= {s.reported_by for s in graph.statements if s.reported_by}
    ids |= {t for s in graph.statements for t in s.about if node_label(t) == "Actor"}
    ids |= {r.source for r in graph.relations} | {r.target for r in graph.relations if node_label(r.target) == "Actor"}
    ids |= set(graph.mention_counts())
    return ids


def check_consistent(graph: ArticleGraph) -> None:
    """Refuse a graph that points at actors it does not define (it would write half an article)."""
    defined = {a.id for a in graph.actors}
    missing = referenced_actor_ids(graph) - defined
    topics = {t.id for t in graph.topics}
    missing |= {t for s in graph.statements for t in s.about if node_label(t) == "Topic" and t not in topics}
    missing |= {r.target for r in graph.relations if node_label(r.target) == "Topic" and r.target not in topics}
    if missing:
        raise StoreError(f"article {graph.article.id}: references undefined nodes {sorted(missing)[:5]}")


_STRING_OR_COMMENT = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)


def check_single_statement(cypher: str) -> str:
    """Refuse ``MATCH ...; CREATE ...``: a second statement could escape a read-only transaction."""
    bare = _STRING_OR_COMMENT.sub("''", cypher).strip().rstrip(";").strip()
    if ";" in bare:
        raise QueryError("only one Cypher statement per query (found ';' between statements)")
    if not bare:
        raise QueryError("empty query")
    return cypher.strip().rstrip(";")
