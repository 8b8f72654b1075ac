"""What every export format shares: the error, opening a path or file, list encoding.

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

import json
import os
from contextlib import contextmanager
from typing import IO, Any, Iterator, Union

import networkx as nx

from stancegraph.errors import StancegraphError

#: Properties that hold lists in the stores; GraphML/GEXF carry them JSON-encoded.
LIST_PROPERTIES = ("aliases", "keys", "roles")

PathOrFile = Union[str, "os.PathLike[str]", IO]


class ExportError(StancegraphError):
    """The subgraph cannot be written in the asked format."""


@contextmanager
def open_path(path: PathOrFile, mode: str) -> Iterator[IO]:
    """``path`` opened as text (UTF-8) or binary; an open file is used as it is."""
    if hasattr(path, "read") or hasattr(path, "write"):
        yield path  # type: ignore[misc]
    else:
        binary = "b" in mode
        with open(path, mode, encoding=None if binary else "utf-8", newline=None if binary else "") as f:
            yield f


def plain_copy(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``G`` without the renderer's context (graph-level dicts no format can hold)."""
    H = nx.MultiDiGraph()
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from(G.edges(keys=True, data=True))
    return H


def node_ids(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """GEXF and node-link JSON hold a node's ``id`` only as the node itself: put it back."""
    for n, data in G.nodes(data=True):
        data.setdefault("id", n)
    return G


def encode_lists(data: dict[str, Any]) -> dict[str, Any]:
    """Lists as JSON strings; nulls left out (GraphML/GEXF have no null)."""
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, tuple)) else v
            for k, v in data.items() if v is not None}


def decode_lists(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The inverse of :func:`encode_lists` on a graph read back; its graph attributes cleared."""
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


def display_name(data: dict[str, Any], limit: int = 80) -> str:
    """What a person calls a node: a name, an article title, the start of a statement."""
    text = data.get("name") or data.get("title") or data.get("text") or data.get("id") or ""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
