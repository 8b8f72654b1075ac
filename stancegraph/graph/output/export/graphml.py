"""GraphML: every property a typed ``<data>`` key; lists JSON-encoded (docs/export.md)."""
from __future__ import annotations

import networkx as nx

from stancegraph.graph.output.export.common import PathOrFile, decode_lists, encode_lists


def write_graphml(G: nx.MultiDiGraph, path: PathOrFile) -> None:
    H = nx.MultiDiGraph()
    H.add_nodes_from((n, encode_lists(d)) for n, d in G.nodes(data=True))
    H.add_edges_from((u, v, k, encode_lists(d)) for u, v, k, d in G.edges(keys=True, data=True))
    nx.write_graphml(H, path, encoding="utf-8", named_key_ids=True)


def read_graphml(path: PathOrFile) -> nx.MultiDiGraph:
    """The graph :func:`write_graphml` wrote, lists decoded."""
    return decode_lists(nx.read_graphml(path, force_multigraph=True))
