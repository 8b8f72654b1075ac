"""Bulk loading of extracted article graphs (``stancegraph load``), on either store.

Each backend loads in its own fastest way (:meth:`Store.load_bulk`): Neo4j through large
``UNWIND`` batches, the embedded store through LadybugDB's ``COPY`` import
(:mod:`.ladybug_copy`). Either way the result is the one :meth:`Store.upsert` of each graph in
turn would give, so a load run twice changes nothing.
"""
from __future__ import annotations

from typing import Iterable, Optional

from stancegraph.graph.model import ArticleGraph
from stancegraph.graph.store.base import Store
from stancegraph.graph.store.writer import OnError


def bulk_load(store: Store, graphs: Iterable[ArticleGraph], *, batch_size: int = 500, use_copy: bool = True,
              chunk: Optional[int] = None, on_error: Optional[OnError] = None) -> int:
    """Write ``graphs`` in bulk; returns how many articles were written."""
    return store.load_bulk(graphs, batch_size=batch_size, use_copy=use_copy, chunk=chunk, on_error=on_error)
