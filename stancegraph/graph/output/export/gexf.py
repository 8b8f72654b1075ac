"""GEXF, for Gephi.

GEXF reserves node "label" and edge "id", "label", "type", "weight": the GEXF label is what
Gephi shows (the node's name, the relationship type), and the model's values move to
"node_label", "rel_id", "rel_type" (and the networkx edge key to "edge_key");
:func:`read_gexf` moves them back.
"""
from __future__ import annotations

import networkx as nx

from stancegraph.graph.output.export.common import (PathOrFile, decode_lists, display_name, encode_lists,
                                                    node_ids)

_RESERVED_EDGE = ("id", "type", "label", "weight")


def write_gexf(G: nx.MultiDiGraph, path: PathOrFile) -> None:
    H = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        data = encode_lists({k: v for k, v in d.items() if k != "label"})
        H.add_node(n, **data, node_label=d.get("label"), label=display_name(d))
    for i, (u, v, k, d) in enumerate(G.edges(keys=True, data=True)):
        data = encode_lists({k2: v2 for k2, v2 in d.items() if k2 not in _RESERVED_EDGE})
        if d.get("id") is not None:
            data["rel_id"] = d["id"]
        H.add_edge(u, v, key=k, id=f"e{i}", label=d.get("type", ""), rel_type=d.get("type"),
                   edge_key=str(k), **data)
    nx.write_gexf(H, path, encoding="utf-8")


def read_gexf(path: PathOrFile) -> nx.MultiDiGraph:
    """The graph :func:`write_gexf` wrote: model labels, types, ids and keys moved back."""
    G = nx.read_gexf(path)
    H = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        d = dict(d)
        d["label"] = d.pop("node_label", None)
        H.add_node(n, **{k: v for k, v in d.items() if v is not None})
    node_ids(H)
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
    return decode_lists(H)
