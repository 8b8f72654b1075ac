"""The schema is declared once (stancegraph/graph/schema.py): what is derived from it, or
written by hand beside it, must not drift from it. And code outside the store backends asks
the store, never which backend it is."""
from __future__ import annotations

import dataclasses
import os
import re

import pytest

from stancegraph.graph import model, schema
from stancegraph.graph.store import shared
from stancegraph.graph.store.ladybug import LadybugCypher, LadybugStore
from stancegraph.graph.store.ladybug_copy import (ARTICLE_COLUMNS, MENTION_COLUMNS, RELATION_COLUMNS,
                                                  STATEMENT_COLUMNS)
from stancegraph.graph.store.neo4j import Neo4jCypher
from stancegraph.graph.store.rows import (BatchRows, actor_rows, article_row, mention_rows, node_stats,
                                          relation_groups, statement_rows, topic_rows)
from tests.graphs import biden_article, xi_visit_article

PACKAGE = os.path.join(os.path.dirname(__file__), "..", "stancegraph")


def _read_props(table: schema.Table) -> set[str]:
    """The properties a row reads from its record (the others the write works out)."""
    return {p.name for p in table.props if p.source is not None}


def test_row_builders_emit_exactly_the_schema_properties_and_relationship_ends():
    graph = biden_article()
    assert set(article_row(graph)) == _read_props(schema.ARTICLE) == set(schema.ARTICLE.names())
    for row in statement_rows(graph):
        assert set(row) == set(schema.STATEMENT.names()) | {"speaker", "reported_by"}
    for row in actor_rows(graph):
        assert set(row) == _read_props(schema.ACTOR)
    for row in topic_rows(graph):
        assert set(row) == _read_props(schema.TOPIC)
    relations = [r for rows in relation_groups(graph).values() for r in rows]
    assert relations and all(set(r) == {p.name for p in schema.RELATION_PROPS} | {"source", "target"}
                             for r in relations)
    assert all(set(m) - {"actor"} == set(schema.RELATIONSHIPS["MENTIONS"].names()) for m in mention_rows(graph))


def test_the_counts_and_tallies_a_write_sets_are_the_schema_ones():
    stats, tallies, said = node_stats([biden_article(), xi_visit_article()])
    actors = {x.id for g in (biden_article(), xi_visit_article()) for x in g.actors}
    for node, counts in stats.items():
        table = schema.ACTOR if node in actors else schema.TOPIC
        assert set(counts) == {p.name for p in table.counts}
    assert tallies and all(set(t) == set(schema.QUOTE_COUNT.names()) for rows in tallies.values() for t in rows)
    # The stats refresh makes the same tallies with a CREATE of its own.
    made = re.search(r"CREATE \(:QuoteCount \{\{(.*)\}\}\)", shared.REFRESH_STATS["Actor"][-1], re.S).group(1)
    assert re.findall(r"(?:^|, )(\w+): ", made) == list(schema.QUOTE_COUNT.names())
    # The kept statement counts: the schema's properties, from the batch and from the refresh alike.
    pair = schema.RELATIONSHIPS[model.SAID_PAIR_TYPE].names()
    assert said and all(set(r) - {"speaker", "target"} == set(pair) for rows in said.values() for r in rows)
    for cypher in (shared.CREATE_SAID_PAIRS, *shared.REFRESH_STATS["*"]):
        made = re.search(r"SAID_ABOUT \{\{(.*?)\}\}\]", cypher)
        if made:
            assert re.findall(r"(?:^|, )(\w+): ", made.group(1)) == list(pair)


def test_every_model_field_is_stored_or_said_where_it_goes():
    """A field added to a record and forgotten in schema.py fails here."""
    for record, table in ((model.Article, schema.ARTICLE), (model.Actor, schema.ACTOR), (model.Topic, schema.TOPIC),
                          (model.Statement, schema.STATEMENT),
                          (model.Relation, schema.RELATIONSHIPS[model.RELATION_TYPES[0]])):
        fields = {f.name for f in dataclasses.fields(record)}
        stored = {p.field for p in table.props if p.source is not None} | set(table.names())
        assert fields - stored - set(table.carried) == set(), record.__name__
        # and no property reads a field the record does not have
        assert {p.field for p in table.props if p.field} <= fields | {"id"}, record.__name__


def test_the_embedded_tables_and_copy_columns_follow_the_schema(tmp_path):
    """COPY is positional: its CSV columns must be the table's columns, in their order."""
    with LadybugStore(str(tmp_path / "g.lbdb")) as store:
        def columns(table: str) -> tuple[str, ...]:
            return tuple(r[1] for r in store.run(f"CALL table_info('{table}') RETURN *").rows)

        for table in schema.NODES.values():
            assert columns(table.name) == table.names()
        for table in schema.RELATIONSHIPS.values():
            assert columns(table.name) == table.names()
    assert ARTICLE_COLUMNS == schema.ARTICLE.names()
    assert STATEMENT_COLUMNS == schema.STATEMENT.names()
    assert RELATION_COLUMNS == schema.RELATIONSHIPS["SUPPORTS"].names()
    assert MENTION_COLUMNS == schema.RELATIONSHIPS["MENTIONS"].names()


@pytest.mark.parametrize("cypher", [LadybugCypher, Neo4jCypher], ids=["ladybug", "neo4j"])
def test_every_schema_property_is_written_by_both_stores(cypher):
    for statement, table in ((cypher.MERGE_ARTICLE, schema.ARTICLE), (cypher.MERGE_ACTORS, schema.ACTOR),
                             (cypher.MERGE_TOPICS, schema.TOPIC), (cypher.CREATE_STATEMENTS, schema.STATEMENT),
                             (cypher.CREATE_TALLIES, schema.QUOTE_COUNT)):
        assert set(re.findall(r"\brow\.(\w+)", statement)) == set(table.names()), table.name
        assert set(re.findall(r"\b[ast]\.(\w+) = |(?:\{|, )(\w+): ", statement)) <= {
            (n, "") for n in table.names()} | {("", n) for n in table.names()}, table.name


def test_a_batch_row_holds_what_the_write_statements_read():
    rows = BatchRows.of([biden_article(), xi_visit_article()])
    assert rows.statements and rows.actors and rows.relations
    for cypher in (LadybugCypher, Neo4jCypher):
        assert set(re.findall(r"\brow\.(\w+)", cypher.CREATE_STATEMENTS)) <= set(rows.statements[0])


_DIALECT_CHECK = re.compile(r"dialect\s*(==|!=)|\bdialect\s+(not\s+)?in\b|getattr\(\s*store\.cypher|\bstore\.cypher\b")


def _outside_backends() -> list[str]:
    paths = []
    for folder, _, files in os.walk(PACKAGE):
        for name in files:
            path = os.path.relpath(os.path.join(folder, name), PACKAGE).replace(os.sep, "/")
            if not name.endswith(".py") or re.match(r"graph/store/(ladybug|neo4j)\w*\.py$", path):
                continue
            if path == "queries/__init__.py":  # the saved-query loader picks each store's variant
                continue
            paths.append(path)
    return paths


def test_nothing_outside_the_backends_asks_which_backend_a_store_is():
    paths = _outside_backends()
    assert "graph/output/subgraph.py" in paths and "graph/store/base.py" in paths
    offending = []
    for path in paths:
        with open(os.path.join(PACKAGE, path), encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if _DIALECT_CHECK.search(line):
                    offending.append(f"{path}:{number}: {line.strip()}")
    assert offending == []


def test_the_dialect_check_pattern_catches_what_it_is_for():
    for line in ('if store.dialect == "ladybug":', "if self.store.dialect != 'neo4j':",
                 'indexed = getattr(store.cypher, "FIND_NODES", None)', "if store.dialect in CYPHER:"):
        assert _DIALECT_CHECK.search(line), line
    assert not _DIALECT_CHECK.search('raise QueryError(f"not supported on a {type(store).__name__}")')
