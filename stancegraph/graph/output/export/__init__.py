"""Write a subgraph (from :mod:`stancegraph.graph.output.subgraph`) in one of five formats.

One module per format, like networkx's ``readwrite``: :mod:`.graphml`, :mod:`.gexf`,
:mod:`.json` (node-link), :mod:`.csv` (neo4j-admin layout plus a LOAD CSV script) and
:mod:`.cypher` (a MERGE script). Each has ``write_<format>(G, path)`` taking a path (or,
except CSV, an open file); :func:`export_graph` picks one by name and :func:`read_graph`
reads GraphML, GEXF and JSON back into the graph that was written. The conventions every
format shares are in :mod:`.common`; the layouts in docs/export.md.
"""
from __future__ import annotations

from typing import Callable

import networkx as nx

from stancegraph.graph.output.export.common import ExportError, PathOrFile, display_name
from stancegraph.graph.output.export.csv import write_csv
from stancegraph.graph.output.export.cypher import (cypher_statements, cypher_string, read_cypher_statements,
                                                    write_cypher)
from stancegraph.graph.output.export.gexf import read_gexf, write_gexf
from stancegraph.graph.output.export.graphml import read_graphml, write_graphml
from stancegraph.graph.output.export.json import read_json, write_json

FORMATS = ("graphml", "gexf", "json", "csv", "cypher")

WRITERS: dict[str, Callable[[nx.MultiDiGraph, PathOrFile], None]] = {
    "graphml": write_graphml, "gexf": write_gexf, "json": write_json, "csv": write_csv, "cypher": write_cypher,
}
READERS: dict[str, Callable[[PathOrFile], nx.MultiDiGraph]] = {
    "graphml": read_graphml, "gexf": read_gexf, "json": read_json,
}


def export_graph(G: nx.MultiDiGraph, fmt: str, path: PathOrFile) -> PathOrFile:
    """Write ``G`` as ``fmt`` (one of :data:`FORMATS`) to ``path``; CSV takes a directory."""
    if fmt not in WRITERS:
        raise ExportError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    WRITERS[fmt](G, path)
    return path


def read_graph(fmt: str, path: PathOrFile) -> nx.MultiDiGraph:
    """Read a GraphML, GEXF or JSON export back into the graph it was written from."""
    if fmt not in READERS:
        raise ExportError(f"cannot read {fmt!r} back (readable: {', '.join(READERS)})")
    return READERS[fmt](path)


__all__ = ["FORMATS", "ExportError", "export_graph", "read_graph", "cypher_statements", "cypher_string",
           "read_cypher_statements", "write_graphml", "write_gexf", "write_json", "write_csv", "write_cypher",
           "display_name"]
