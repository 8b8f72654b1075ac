"""Node-link JSON (``networkx.node_link_data`` with ``edges="edges"``); lists stay lists."""
from __future__ import annotations

import json

import networkx as nx

from stancegraph.graph.output.export.common import PathOrFile, node_ids, open_path, plain_copy


def write_json(G: nx.MultiDiGraph, path: PathOrFile) -> None:
    data = nx.node_link_data(plain_copy(G), edges="edges")
    with open_path(path, "w") as f:
        json.dump(data, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


def read_json(path: PathOrFile) -> nx.MultiDiGraph:
    """The graph :func:`write_json` wrote."""
    with open_path(path, "r") as f:
        G = nx.node_link_graph(json.load(f), directed=True, multigraph=True, edges="edges")
    return node_ids(G)
