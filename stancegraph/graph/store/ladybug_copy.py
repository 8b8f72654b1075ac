"""The embedded store's bulk path: new articles through LadybugDB's ``COPY ... FROM`` CSV
import, which is far faster than ``UNWIND`` + ``MATCH`` + ``CREATE`` (each relationship row
there looks up both of its ends). Articles already in the store, and an article repeated in
the input, are replaced through the ordinary transactional path, so a load run twice changes
nothing, exactly like ``ingest``.

Memory stays bounded: graphs are streamed to CSV files on disk, ``chunk`` articles per
COPY transaction; only the actors and topics of the current chunk are held (they are merged
with the stored ones through Cypher, since they are shared across articles and keep lists).
COPY is positional: the CSV columns follow the table declarations of :mod:`..schema`.
"""
from __future__ import annotations

import itertools
import math
import os
import shutil
from typing import Any, Iterable, Iterator, Optional

from stancegraph.errors import StoreError
from stancegraph.graph import schema
from stancegraph.graph.model import PAIR_TYPE, RELATION_TYPES, ArticleGraph, node_label
from stancegraph.graph.store import ladybug_recovery as recovery, write
from stancegraph.graph.store.base import Store
from stancegraph.graph.store.rows import (about_rows, actor_rows, article_row, check_consistent, co_mention_deltas,
                                          mention_rows, merged, node_stats, relation_groups, split_new_pairs,
                                          statement_rows, topic_rows)
from stancegraph.graph.store.writer import OnError

#: Articles per COPY transaction (they are also held in memory, to fall back on if it fails).
COPY_CHUNK = 5_000
#: Ids per "which of these are stored" query.
ID_CHUNK = 1_000
#: Actor/topic rows per MERGE statement.
NODE_BATCH = 2_000

#: The columns of each table's CSV file, in the order the schema declares (COPY is positional).
ARTICLE_COLUMNS = schema.ARTICLE.names()
STATEMENT_COLUMNS = schema.STATEMENT.names()
RELATION_COLUMNS = tuple(p.name for p in schema.RELATION_PROPS)
MENTION_COLUMNS = schema.RELATIONSHIPS["MENTIONS"].names()
_FLOAT_COLUMNS = {p.name for p in schema.RELATION_PROPS if p.type == schema.DOUBLE}


def csv_value(value: Any, *, as_float: bool = False) -> str:
    """One CSV field for LadybugDB: text always quoted (so "" stays an empty string and a
    newline or comma inside it is data), null as an empty unquoted field."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if as_float or isinstance(value, float):
            value = float(value)
            if not math.isfinite(value):
                raise StoreError(f"cannot store the number {value!r}")
            return repr(value)
        return str(value)
    return '"' + str(value).replace('"', '""') + '"'


class _CsvTable:
    """A CSV file being written for one COPY statement."""

    def __init__(self, path: str, copy: str):
        self.path = path
        self.copy = copy  # the COPY statement, with {path} and {parallel} to fill in
        self.rows = 0
        self.multiline = False  # quoted newlines need LadybugDB's serial CSV reader
        self._fh = open(path, "w", encoding="utf-8", newline="")

    def write(self, fields: list[str]) -> None:
        line = ",".join(fields)
        if "\n" in line or "\r" in line:
            self.multiline = True
        self._fh.write(line + "\n")
        self.rows += 1

    def close(self) -> None:
        self._fh.close()

    def statement(self) -> str:
        opts = "header=false" + (", parallel=false" if self.multiline else "")
        return self.copy.format(path=self.path.replace("'", "''"), opts=opts)


class CopyLoader:
    """Loads article graphs into a LadybugStore through COPY (see the module docstring)."""

    def __init__(self, store: Store, *, chunk: int = COPY_CHUNK, batch_size: int = 500,
                 workdir: Optional[str] = None):
        self.store = store
        self.chunk = max(1, chunk)
        self.batch_size = batch_size
        self.workdir = workdir

    def load(self, graphs: Iterable[ArticleGraph], *, on_error: Optional[OnError] = None) -> int:
        """Write ``graphs``; like :meth:`Store.upsert_many`, a bad article goes to ``on_error``,
        or, without one, its error is raised once every article before it is written."""
        recovery.clean_stale_copy_dirs(self.workdir)
        with recovery.exit_on_signals():
            return self._load(graphs, on_error)

    def _load(self, graphs: Iterable[ArticleGraph], on_error: Optional[OnError]) -> int:
        written = 0
        refused: list[StoreError] = []
        stream = _checked(graphs, on_error or (lambda graph, exc: refused.append(exc)))
        if on_error is None:
            stream = itertools.takewhile(lambda _: not refused, stream)
        while not refused:
            part = list(itertools.islice(stream, ID_CHUNK))
            if not part:
                break
            # One COPY transaction covers up to `chunk` articles, read ID_CHUNK at a time.
            written += self._load_chunk(itertools.chain([part], _parts(stream, ID_CHUNK, self.chunk - len(part))),
                                        on_error)
        if refused:
            raise refused[0]
        return written

    def _load_chunk(self, parts: Iterator[list[ArticleGraph]], on_error: Optional[OnError]) -> int:
        tmp = recovery.private_copy_dir(self.workdir)  # removed below, and by the next load if killed
        tables: dict[str, _CsvTable] = {}
        actors: dict[str, dict[str, Any]] = {}
        topics: dict[str, dict[str, Any]] = {}
        copied: list[ArticleGraph] = []  # kept only to fall back on, one by one, if the COPY fails
        replaced: list[ArticleGraph] = []  # stored before this load: replaced transactionally
        later: list[ArticleGraph] = []  # repeated in the input: replaced after the COPY
        seen: set[str] = set()
        written = 0
        try:
            for part in parts:
                stored = self.store.stored_articles(g.article.id for g in part)
                for graph in part:
                    aid = graph.article.id
                    if aid in seen:
                        later.append(graph)
                        continue
                    if aid in stored:
                        replaced.append(graph)
                        if len(replaced) >= self.batch_size:
                            written += self.store.upsert_many(replaced, batch_size=self.batch_size,
                                                              on_error=on_error)
                            replaced.clear()
                        continue
                    seen.add(aid)
                    self._add(graph, tables, actors, topics, tmp)
                    copied.append(graph)
            if copied:
                try:
                    self.store._transaction(lambda run: self._copy(run, tables, actors, topics, copied, tmp),
                                            f"{copied[0].article.id} (COPY of {len(copied)})")
                    written += len(copied)
                except StoreError:
                    # Find the article at fault the slow way; the others are written.
                    written += self.store.upsert_many(copied, batch_size=1, on_error=on_error)
            if replaced or later:
                written += self.store.upsert_many(replaced + later, batch_size=self.batch_size,
                                                  on_error=on_error)
        finally:
            for table in tables.values():
                table.close()
            shutil.rmtree(tmp, ignore_errors=True)
        return written

    def _table(self, tables: dict[str, _CsvTable], key: str, copy: str, tmp: str) -> _CsvTable:
        table = tables.get(key)
        if table is None:
            table = tables[key] = _CsvTable(os.path.join(tmp, f"{len(tables):02d}-{key}.csv"), copy)
        return table

    def _add(self, graph: ArticleGraph, tables, actors, topics, tmp: str) -> None:
        aid = graph.article.id
        for rows, into in ((actor_rows(graph), actors), (topic_rows(graph), topics)):
            for row in rows:
                before = into.get(row["id"])
                into[row["id"]] = merged([[before, row]])[0] if before else row
        row = article_row(graph)
        self._table(tables, "Article", "COPY Article FROM '{path}' ({opts})", tmp).write(
            [csv_value(row[c]) for c in ARTICLE_COLUMNS])
        for st in statement_rows(graph):
            self._table(tables, "Statement", "COPY Statement FROM '{path}' ({opts})", tmp).write(
                [csv_value(st[c]) for c in STATEMENT_COLUMNS])
            self._table(tables, "CONTAINS", "COPY CONTAINS FROM '{path}' ({opts})", tmp).write(
                [csv_value(aid), csv_value(st["id"])])
            if st["speaker"]:
                self._table(tables, "SAID", "COPY SAID FROM '{path}' ({opts})", tmp).write(
                    [csv_value(st["speaker"]), csv_value(st["id"])])
            if st["reported_by"]:
                self._table(tables, "REPORTED_BY", "COPY REPORTED_BY FROM '{path}' ({opts})", tmp).write(
                    [csv_value(st["id"]), csv_value(st["reported_by"])])
        for ab in about_rows(graph):
            label = node_label(ab["target"])
            self._table(tables, f"ABOUT-{label}",
                        "COPY ABOUT FROM '{path}' ({opts}, from='Statement', to='" + label + "')", tmp).write(
                [csv_value(ab["statement"]), csv_value(ab["target"])])
        for m in mention_rows(graph):
            self._table(tables, "MENTIONS", "COPY MENTIONS FROM '{path}' ({opts})", tmp).write(
                [csv_value(aid), csv_value(m["actor"])] + [csv_value(m[c]) for c in MENTION_COLUMNS])
        for (rtype, label), rows in sorted(relation_groups(graph).items()):
            assert rtype in RELATION_TYPES  # relation_groups enforces the allow-list
            table = self._table(tables, f"{rtype}-{label}",
                                "COPY " + rtype + " FROM '{path}' ({opts}, from='Actor', to='" + label + "')", tmp)
            for r in rows:
                table.write([csv_value(r["source"]), csv_value(r["target"])]
                            + [csv_value(r[c], as_float=c in _FLOAT_COLUMNS) for c in RELATION_COLUMNS])

    def _copy(self, run, tables: dict[str, _CsvTable], actors, topics, copied: list[ArticleGraph], tmp: str) -> None:
        self.store.stage(copied)  # the journal's record of this transaction (recovery.Journal)
        stats, tallies, said = node_stats(copied)
        q = self.store.cypher
        held, _ = write.merge_nodes(q, run, list(actors.values()), list(topics.values()), stats, NODE_BATCH)
        # New articles only (stored ones go the transactional way), so every pair delta is +1
        # or more; a pair with an actor new in this chunk cannot be stored yet: COPY it too.
        new, known = split_new_pairs(co_mention_deltas(copied), set(actors) - held)
        if new:
            pairs = self._table(tables, PAIR_TYPE, "COPY " + PAIR_TYPE + " FROM '{path}' ({opts})", tmp)
            for row in new:
                pairs.write([csv_value(row["a"]), csv_value(row["b"]), csv_value(row["n"])])
        # Nodes before the relationships that point at them.
        order = sorted(tables, key=lambda k: (k not in ("Article", "Statement"), k != "Article", k))
        for key in order:
            table = tables[key]
            table.close()
            run(table.statement(), {})
        # Every actor and topic an article of this chunk names (about targets and speakers are
        # among its actors and topics: check_consistent makes sure of it).
        write.count_known(q, run, list(actors) + list(topics), held, tallies, said)
        write.write_co_mentions(q, run, [], known)


def _checked(graphs: Iterable[ArticleGraph], on_error: Optional[OnError]) -> Iterator[ArticleGraph]:
    for graph in graphs:
        try:
            check_consistent(graph)
            relation_groups(graph)  # unknown relationship types are refused before any COPY
        except StoreError as exc:
            if on_error is None:
                raise
            on_error(graph, exc)
            continue
        yield graph


def _parts(stream: Iterator[ArticleGraph], size: int, budget: int) -> Iterator[list[ArticleGraph]]:
    while budget > 0:
        part = list(itertools.islice(stream, min(size, budget)))
        if not part:
            return
        budget -= len(part)
        yield part
