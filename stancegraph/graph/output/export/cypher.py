"""A Cypher script that MERGEs the subgraph into either store, one statement per line.

Labels and relationship types come only from the model's allow-lists; values are literals
written by :func:`cypher_literal` (strings escaped so a statement never spans lines).
"""
from __future__ import annotations

import math
import re
from typing import Any, Iterator

import networkx as nx

from stancegraph.graph.model import NODE_LABELS, RELATION_TYPES, STRUCTURAL_TYPES
from stancegraph.graph.output.export.common import ExportError, PathOrFile, open_path

NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
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


def property_name(name: str) -> str:
    """``name``, checked to be writable in Cypher without quoting."""
    if not NAME.match(name):
        raise ExportError(f"property name {name!r} cannot be written as Cypher")
    return name


def _sets(var: str, data: dict[str, Any], skip: tuple[str, ...]) -> str:
    items = [(k, v) for k, v in sorted(data.items()) if k not in skip and v is not None
             and not (isinstance(v, float) and not math.isfinite(v))]
    return (" SET " + ", ".join(f"{var}.{property_name(k)} = {cypher_literal(v)}" for k, v in items)) if items else ""


def _check_labels_and_types(G: nx.MultiDiGraph) -> None:
    types = STRUCTURAL_TYPES + RELATION_TYPES
    for n, d in G.nodes(data=True):
        label = d.get("label")
        if label not in NODE_LABELS:
            raise ExportError(f"node {n!r} has label {label!r}, not one of {', '.join(NODE_LABELS)}")
    for u, v, d in G.edges(data=True):
        if d.get("type") not in types:
            raise ExportError(f"relationship type {d.get('type')!r} cannot be re-created "
                              "(folded statements? export without folding)")


def cypher_statements(G: nx.MultiDiGraph) -> Iterator[str]:
    """Statements (without ``;``) that MERGE the subgraph into a store of the same model.

    Labels and relationship types are checked against the allow-lists of the model, so a
    script never carries a label or type from the data itself.
    """
    _check_labels_and_types(G)
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
    with open_path(path, "w") as f:
        f.write(f"// stancegraph subgraph: {G.number_of_nodes()} nodes, {G.number_of_edges()} relationships.\n"
                "// One statement per line; MERGE on ids, so running it twice changes nothing.\n")
        for statement in cypher_statements(G):
            f.write(statement + ";\n")


def read_cypher_statements(path: PathOrFile) -> Iterator[str]:
    """The statements of a script written by :func:`write_cypher` (comments skipped)."""
    with open_path(path, "r") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("//"):
                yield line.rstrip(";")
