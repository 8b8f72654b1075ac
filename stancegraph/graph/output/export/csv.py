"""CSV in the ``neo4j-admin database import`` layout, and a LOAD CSV script beside it.

``nodes.csv`` (``id:ID``, ``:LABEL``, typed property columns), ``relationships.csv``
(``:START_ID``, ``:END_ID``, ``:TYPE``, ...) and ``load-csv.cypher``, which MERGEs the same
files into a running Neo4j (docs/export.md).
"""
from __future__ import annotations

import csv
import json
import os
from typing import Any, Iterator, Union

import networkx as nx

from stancegraph.graph.model import NODE_LABELS
from stancegraph.graph.output.export.common import ExportError
from stancegraph.graph.output.export.cypher import NAME, cypher_string, property_name

#: Array separator of the CSV files (neo4j-admin's default ``--array-delimiter``).
ARRAY_DELIMITER = ";"

#: The script beside the CSV files that loads them with LOAD CSV (docs/export.md).
CSV_LOAD_SCRIPT = "load-csv.cypher"


def _csv_type(values: list[Any]) -> str:
    """The neo4j-admin header type of a property from the values it takes."""
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, (list, tuple)) for v in present):
        items = [x for v in present for x in v]
        return _csv_type(items) + "[]" if items else "string[]"
    if present and all(isinstance(v, bool) for v in present):
        return "boolean"
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return "long"
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "double"
    return "string"


def _csv_value(value: Any, typ: str) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ARRAY_DELIMITER.join(_csv_value(x, typ[:-2]) for x in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if typ == "string" and isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _csv_rows(items: list[dict[str, Any]], fixed: list[tuple[str, str]]) -> tuple[list[str], list[list[str]]]:
    names = sorted({k for d in items for k in d} - {f for f, _ in fixed})
    types = {k: _csv_type([d.get(k) for d in items]) for k in names}
    header = [h for _, h in fixed] + [k if types[k] == "string" else f"{k}:{types[k]}" for k in names]
    rows = [[_csv_value(d.get(f), "string") for f, _ in fixed] + [_csv_value(d.get(k), types[k]) for k in names]
            for d in items]
    return header, rows


def write_csv(G: nx.MultiDiGraph, path: Union[str, "os.PathLike[str]"]) -> None:
    """``nodes.csv``, ``relationships.csv`` and ``load-csv.cypher`` in directory ``path``.

    The two CSV files are in the ``neo4j-admin database import`` layout; the script loads the
    same files into a running Neo4j with ``LOAD CSV`` (``cypher-shell -f load-csv.cypher``
    once they are in the server's import directory).
    """
    if hasattr(path, "write"):
        raise ExportError("CSV export writes two files: give a directory, not an open file")
    nodes = [dict(d, id=n) for n, d in G.nodes(data=True)]
    node_header, node_rows = _csv_rows(nodes, [("id", "id:ID"), ("label", ":LABEL")])
    edges = [dict(d, _start=u, _end=v) for u, v, d in G.edges(data=True)]
    rel_header, rel_rows = _csv_rows(edges, [("_start", ":START_ID"), ("_end", ":END_ID"), ("type", ":TYPE")])
    script = list(csv_load_statements(G, node_header, rel_header))  # refuses bad names before any file is written
    os.makedirs(path, exist_ok=True)
    _write_csv_file(os.path.join(path, "nodes.csv"), node_header, node_rows)
    _write_csv_file(os.path.join(path, "relationships.csv"), rel_header, rel_rows)
    with open(os.path.join(path, CSV_LOAD_SCRIPT), "w", encoding="utf-8") as f:
        f.write(f"// stancegraph subgraph as CSV: {G.number_of_nodes()} nodes, {G.number_of_edges()} relationships.\n"
                "// Copy nodes.csv and relationships.csv into the Neo4j server's import directory, then:\n"
                f"//   cypher-shell -f {CSV_LOAD_SCRIPT}\n"
                "// One statement per line; MERGE on ids, so running it twice changes nothing.\n")
        for statement in script:
            f.write(statement + ";\n")


def _write_csv_file(path: str, header: list[str], rows: list[list[str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)


# -- the LOAD CSV script --------------------------------------------------------------------

def _csv_column(header: str) -> tuple[str, str]:
    """(property, neo4j-admin type) of a property column: ``count:long`` -> ("count", "long")."""
    name, _, typ = header.partition(":")
    return property_name(name), typ or "string"


def _csv_read(column: str, typ: str) -> str:
    """The Cypher expression turning LOAD CSV's text cell back into a typed value."""
    cell = "row.`" + column.replace("`", "``") + "`"
    convert = {"long": "toInteger({})", "double": "toFloat({})", "boolean": "toBoolean({})", "string": "{}"}
    if typ.endswith("[]"):
        # An empty list is written as an empty cell, which LOAD CSV reads as null.
        return (f"[x IN split({cell}, {cypher_string(ARRAY_DELIMITER)}) | "
                + convert[typ[:-2]].format("x") + "]")
    return convert[typ].format(cell)


def _csv_sets(var: str, columns: list[str], items: list[dict[str, Any]], skip: tuple[str, ...] = ()) -> str:
    """`` SET var.p = <typed cell>, ...`` for the columns these nodes or relationships have.

    An empty list is an empty cell, which LOAD CSV reads as null: a list property that every
    item carries reads back as ``[]`` there, so ``roles: []`` survives the trip.
    """
    sets = []
    for column in columns:
        name, typ = _csv_column(column)
        if name in skip or not any(d.get(name) is not None for d in items):
            continue
        value = _csv_read(column, typ)
        if typ.endswith("[]") and all(d.get(name) is not None for d in items):
            value = f"coalesce({value}, [])"
        sets.append(f"{var}.{name} = {value}")
    return (" SET " + ", ".join(sets)) if sets else ""


def csv_load_statements(G: nx.MultiDiGraph, node_header: list[str], rel_header: list[str], *,
                        nodes_url: str = "file:///nodes.csv",
                        relationships_url: str = "file:///relationships.csv") -> Iterator[str]:
    """LOAD CSV statements (without ``;``) that MERGE the CSV export of ``G`` into Neo4j.

    Constraints come first, so every MERGE finds its node through an index; rows commit in
    batches (``IN TRANSACTIONS``), so the statements must run as auto-commit queries, as
    ``cypher-shell`` runs them. ``CALL (row) {...}`` needs Neo4j 5.23 or later.
    """
    by_label: dict[str, list[dict[str, Any]]] = {}
    for _, d in G.nodes(data=True):
        by_label.setdefault(d.get("label"), []).append(d)
    for label in by_label:
        if label not in NODE_LABELS:
            raise ExportError(f"label {label!r} is not one of {', '.join(NODE_LABELS)}")
    labels = sorted(by_label)
    for label in labels:
        yield f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
    for label in labels:
        yield (f"LOAD CSV WITH HEADERS FROM {cypher_string(nodes_url)} AS row "
               f"WITH row WHERE row.`:LABEL` = {cypher_string(label)} "
               f"CALL (row) {{ MERGE (n:{label} {{id: row.`id:ID`}})"
               + _csv_sets("n", node_header[2:], by_label[label]) + " } IN TRANSACTIONS OF 1000 ROWS")
    yield from _relationship_loads(G, labels, rel_header, relationships_url)


def _relationship_loads(G: nx.MultiDiGraph, labels: list[str], rel_header: list[str],
                        relationships_url: str) -> Iterator[str]:
    """One LOAD CSV statement per (relationship type, whether it carries an id)."""
    def end(column: str) -> str:
        """The node an id column names: relationships.csv has no labels, so try each (by index)."""
        return " UNION ".join(f"MATCH (n:{label} {{id: row.`{column}`}}) RETURN n" for label in labels)

    by_type: dict[tuple[str, bool], list[dict[str, Any]]] = {}
    for *_, d in G.edges(data=True):
        by_type.setdefault((d.get("type"), d.get("id") is not None), []).append(d)
    for rel_type, has_id in sorted(by_type):
        if not isinstance(rel_type, str) or not NAME.match(rel_type):  # folded SAID_ABOUT edges load too
            raise ExportError(f"relationship type {rel_type!r} cannot be written as Cypher")
        merge = f"MERGE (a)-[r:{rel_type} {{id: row.id}}]->(b)" if has_id else f"MERGE (a)-[r:{rel_type}]->(b)"
        yield (f"LOAD CSV WITH HEADERS FROM {cypher_string(relationships_url)} AS row "
               f"WITH row WHERE row.`:TYPE` = {cypher_string(rel_type)} AND row.id IS {'NOT ' if has_id else ''}NULL "
               f"CALL (row) {{ CALL (row) {{ {end(':START_ID')} }} WITH row, n AS a "
               f"CALL (row) {{ {end(':END_ID')} }} WITH row, a, n AS b {merge}"
               + _csv_sets("r", rel_header[3:], by_type[rel_type, has_id], skip=("id", "type"))
               + " } IN TRANSACTIONS OF 1000 ROWS")
