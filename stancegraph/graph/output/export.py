"""Write a subgraph (from :mod:`.subgraph`) as GraphML, GEXF, node-link JSON, CSV or Cypher.

One section per format, each a ``write_<format>(G, path)`` taking a path (or, except CSV,
an open file); :func:`export_graph` picks one by name and :func:`read_graph` reads the
first three back into the graph that was written (see docs/export.md for the layouts).

Conventions shared by every format:
- node and relationship ids are kept as properties (``id``), node labels as ``label``,
  relationship types as ``type``;
- dates stay the ISO 8601 strings the stores hold (``2025-11-24``, or ``2025-11`` when only
  the month is known), never converted;
- lists (actor ``aliases``, ``keys``, ``roles``) are JSON-encoded strings in GraphML and GEXF,
  which cannot hold lists; JSON keeps them as lists, CSV uses ``;`` between items
  (``aliases:string[]``), Cypher list literals.
"""
from __future__ import annotations

import csv
import json
import math
import os
import re
from contextlib import contextmanager
from typing import IO, Any, Iterator, Union

import networkx as nx

from stancegraph.errors import StancegraphError
from stancegraph.graph.model import NODE_LABELS, RELATION_TYPES, STRUCTURAL_TYPES

FORMATS = ("graphml", "gexf", "json", "csv", "cypher")

#: Properties that hold lists in the stores; GraphML/GEXF carry them JSON-encoded.
LIST_PROPERTIES = ("aliases", "keys", "roles")

#: Array separator of the CSV files (neo4j-admin's default ``--array-delimiter``).
ARRAY_DELIMITER = ";"

PathOrFile = Union[str, "os.PathLike[str]", IO]


class ExportError(StancegraphError):
    """The subgraph cannot be written in the asked format."""


def export_graph(G: nx.MultiDiGraph, fmt: str, path: PathOrFile) -> PathOrFile:
    """Write ``G`` as ``fmt`` (one of :data:`FORMATS`) to ``path``; CSV takes a directory."""
    writers = {"graphml": write_graphml, "gexf": write_gexf, "json": write_json,
               "csv": write_csv, "cypher": write_cypher}
    if fmt not in writers:
        raise ExportError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    writers[fmt](G, path)
    return path


def read_graph(fmt: str, path: PathOrFile) -> nx.MultiDiGraph:
    """Read a GraphML, GEXF or JSON export back into the graph it was written from."""
    if fmt == "graphml":
        return _decode(nx.read_graphml(path, force_multigraph=True))
    if fmt == "gexf":
        return _from_gexf(nx.read_gexf(path))
    if fmt == "json":
        with _open(path, "r") as f:
            G = nx.node_link_graph(json.load(f), directed=True, multigraph=True, edges="edges")
        return _node_ids(G)
    raise ExportError(f"cannot read {fmt!r} back (readable: graphml, gexf, json)")


@contextmanager
def _open(path: PathOrFile, mode: str) -> Iterator[IO]:
    if hasattr(path, "read") or hasattr(path, "write"):
        yield path  # type: ignore[misc]
    else:
        with open(path, mode, encoding=None if "b" in mode else "utf-8", newline="" if "b" not in mode else None) as f:
            yield f


def _plain_copy(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``G`` without the renderer's context (graph-level dicts no format can hold)."""
    H = nx.MultiDiGraph()
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from(G.edges(keys=True, data=True))
    return H


def _node_ids(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """GEXF and node-link JSON hold a node's ``id`` only as the node itself: put it back."""
    for n, data in G.nodes(data=True):
        data.setdefault("id", n)
    return G


# -- GraphML -----------------------------------------------------------------------------

def _encode(data: dict[str, Any]) -> dict[str, Any]:
    """Lists as JSON strings; nulls left out (GraphML/GEXF have no null)."""
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, tuple)) else v
            for k, v in data.items() if v is not None}


def _decode(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    def decode(data: dict[str, Any]) -> None:
        for k in LIST_PROPERTIES:
            if isinstance(data.get(k), str):
                data[k] = json.loads(data[k])

    for _, data in G.nodes(data=True):
        decode(data)
    for *_, data in G.edges(data=True):
        decode(data)
    G.graph.clear()
    return G


def write_graphml(G: nx.MultiDiGraph, path: PathOrFile) -> None:
    H = nx.MultiDiGraph()
    H.add_nodes_from((n, _encode(d)) for n, d in G.nodes(data=True))
    H.add_edges_from((u, v, k, _encode(d)) for u, v, k, d in G.edges(keys=True, data=True))
    nx.write_graphml(H, path, encoding="utf-8", named_key_ids=True)


# -- GEXF --------------------------------------------------------------------------------
# GEXF reserves node "label" and edge "id", "label", "type", "weight": the GEXF label is
# what Gephi shows (the node's name, the relationship type), and the model's values move to
# "node_label", "rel_id", "rel_type" (and the networkx edge key to "edge_key");
# read_graph moves them back.

def display_name(data: dict[str, Any], limit: int = 80) -> str:
    """What a person calls a node: a name, an article title, the start of a statement."""
    text = data.get("name") or data.get("title") or data.get("text") or data.get("id") or ""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def write_gexf(G: nx.MultiDiGraph, path: PathOrFile) -> None:
    H = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        data = _encode({k: v for k, v in d.items() if k != "label"})
        H.add_node(n, **data, node_label=d.get("label"), label=display_name(d))
    for i, (u, v, k, d) in enumerate(G.edges(keys=True, data=True)):
        data = _encode({k2: v2 for k2, v2 in d.items() if k2 not in ("id", "type", "label", "weight")})
        if d.get("id") is not None:
            data["rel_id"] = d["id"]
        H.add_edge(u, v, key=k, id=f"e{i}", label=d.get("type", ""), rel_type=d.get("type"),
                   edge_key=str(k), **data)
    nx.write_gexf(H, path, encoding="utf-8")


def _from_gexf(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    H = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        d = dict(d)
        d["label"] = d.pop("node_label", None)
        H.add_node(n, **{k: v for k, v in d.items() if v is not None})
    _node_ids(H)
    # read_gexf returns a DiGraph when no two edges share their ends: the key rides along.
    for u, v, d in G.edges(data=True):
        d = dict(d)
        k = d.pop("edge_key", None)
        d.pop("id", None)
        d.pop("label", None)
        d["type"] = d.pop("rel_type", None)
        if "rel_id" in d:
            d["id"] = d.pop("rel_id")
        H.add_edge(u, v, key=k, **d)
    return _decode(H)


# -- node-link JSON ------------------------------------------------------------------------

def write_json(G: nx.MultiDiGraph, path: PathOrFile) -> None:
    data = nx.node_link_data(_plain_copy(G), edges="edges")
    with _open(path, "w") as f:
        json.dump(data, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


# -- CSV (neo4j-admin import layout) ---------------------------------------------------------

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


#: The script beside the CSV files that loads them with LOAD CSV (docs/export.md).
CSV_LOAD_SCRIPT = "load-csv.cypher"


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


def _csv_column(header: str) -> tuple[str, str]:
    """(property, neo4j-admin type) of a property column: ``count:long`` -> ("count", "long")."""
    name, _, typ = header.partition(":")
    return _prop(name), typ or "string"


def _csv_read(column: str, typ: str) -> str:
    """The Cypher expression turning LOAD CSV's text cell back into a typed value."""
    cell = "row.`" + column.replace("`", "``") + "`"
    convert = {"long": "toInteger({})", "double": "toFloat({})", "boolean": "toBoolean({})", "string": "{}"}
    if typ.endswith("[]"):
        # An empty list is written as an empty cell, which LOAD CSV reads as null.
        return (f"[x IN split({cell}, {cypher_string(ARRAY_DELIMITER)}) | "
                + convert[typ[:-2]].format("x") + "]")
    return convert[typ].format(cell)


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

    def end(column: str) -> str:
        """The node an id column names: relationships.csv has no labels, so try each (by index)."""
        return " UNION ".join(f"MATCH (n:{label} {{id: row.`{column}`}}) RETURN n" for label in labels)

    by_type: dict[tuple[str, bool], list[dict[str, Any]]] = {}
    for *_, d in G.edges(data=True):
        by_type.setdefault((d.get("type"), d.get("id") is not None), []).append(d)
    for rel_type, has_id in sorted(by_type):
        if not isinstance(rel_type, str) or not _NAME.match(rel_type):  # folded SAID_ABOUT edges load too
            raise ExportError(f"relationship type {rel_type!r} cannot be written as Cypher")
        merge = f"MERGE (a)-[r:{rel_type} {{id: row.id}}]->(b)" if has_id else f"MERGE (a)-[r:{rel_type}]->(b)"
        yield (f"LOAD CSV WITH HEADERS FROM {cypher_string(relationships_url)} AS row "
               f"WITH row WHERE row.`:TYPE` = {cypher_string(rel_type)} AND row.id IS {'NOT ' if has_id else ''}NULL "
               f"CALL (row) {{ CALL (row) {{ {end(':START_ID')} }} WITH row, n AS a "
               f"CALL (row) {{ {end(':END_ID')} }} WITH row, a, n AS b {merge}"
               + _csv_sets("r", rel_header[3:], by_type[rel_type, has_id], skip=("id", "type"))
               + " } IN TRANSACTIONS OF 1000 ROWS")


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


def _write_csv_file(path: str, header: list[str], rows: list[list[str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)


# -- Cypher script -----------------------------------------------------------------------------

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def cypher_string(text: str) -> str:
    """A single-quoted Cypher string literal that both Neo4j and LadybugDB read back as ``text``.

    Control characters (and the Unicode line separators) become ``\\uXXXX`` escapes, so every
    statement of a script stays on one line.
    """
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F or ch in "\u2028\u2029":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


def cypher_literal(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ExportError(f"{value!r} has no Cypher literal")
        return repr(value)
    if isinstance(value, str):
        return cypher_string(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    raise ExportError(f"cannot write a {type(value).__name__} as a Cypher literal")


def _prop(name: str) -> str:
    if not _NAME.match(name):
        raise ExportError(f"property name {name!r} cannot be written as Cypher")
    return name


def _sets(var: str, data: dict[str, Any], skip: tuple[str, ...]) -> str:
    items = [(k, v) for k, v in sorted(data.items()) if k not in skip and v is not None
             and not (isinstance(v, float) and not math.isfinite(v))]
    return (" SET " + ", ".join(f"{var}.{_prop(k)} = {cypher_literal(v)}" for k, v in items)) if items else ""


def cypher_statements(G: nx.MultiDiGraph) -> Iterator[str]:
    """Statements (without ``;``) that MERGE the subgraph into a store of the same model.

    Labels and relationship types are checked against the allow-lists of the model, so a
    script never carries a label or type from the data itself.
    """
    types = STRUCTURAL_TYPES + RELATION_TYPES
    for n, d in G.nodes(data=True):
        label = d.get("label")
        if label not in NODE_LABELS:
            raise ExportError(f"node {n!r} has label {label!r}, not one of {', '.join(NODE_LABELS)}")
    for u, v, d in G.edges(data=True):
        if d.get("type") not in types:
            raise ExportError(f"relationship type {d.get('type')!r} cannot be re-created "
                              "(folded statements? export without folding)")
    for n, d in G.nodes(data=True):
        yield f"MERGE (n:{d['label']} {{id: {cypher_literal(n)}}})" + _sets("n", d, ("id", "label"))
    for u, v, d in G.edges(data=True):
        match = (f"MATCH (a:{G.nodes[u]['label']} {{id: {cypher_literal(u)}}}), "
                 f"(b:{G.nodes[v]['label']} {{id: {cypher_literal(v)}}}) ")
        if d.get("id") is not None:
            merge = f"MERGE (a)-[r:{d['type']} {{id: {cypher_literal(d['id'])}}}]->(b)"
        else:
            merge = f"MERGE (a)-[r:{d['type']}]->(b)"
        yield match + merge + _sets("r", d, ("id", "type"))


def write_cypher(G: nx.MultiDiGraph, path: PathOrFile) -> None:
    """One statement per line, each ending in ``;`` (``cypher-shell -f`` runs it as is)."""
    with _open(path, "w") as f:
        f.write(f"// stancegraph subgraph: {G.number_of_nodes()} nodes, {G.number_of_edges()} relationships.\n"
                "// One statement per line; MERGE on ids, so running it twice changes nothing.\n")
        for statement in cypher_statements(G):
            f.write(statement + ";\n")


def read_cypher_statements(path: PathOrFile) -> Iterator[str]:
    """The statements of a script written by :func:`write_cypher` (comments skipped)."""
    with _open(path, "r") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("//"):
                yield line.rstrip(";")


__all__ = ["FORMATS", "ExportError", "export_graph", "read_graph", "cypher_statements", "cypher_string",
           "read_cypher_statements", "write_graphml", "write_gexf", "write_json", "write_csv", "write_cypher",
           "display_name"]
