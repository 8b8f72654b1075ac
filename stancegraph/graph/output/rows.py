"""The nodes a query result names: how the rows of a saved query become a subgraph.

Saved queries return what a reader wants to see (names, statement texts, article titles), not
node ids, so the rows are read back into nodes by value. A cell names a node when it is

- a node (a dict with an ``id``) or a node's id;
- an actor's or topic's ``name``, a statement's ``text`` or an article's ``title``, exactly
  as the store holds it (queries return these properties unchanged);
- a route of such names joined by ``" > "`` (path-between's ``route`` column);
- a list of any of these (what-did-they-say's ``about``).

Anything else (counts, dates, kinds, sentences) names nothing and is passed over. A value
two nodes share (two actors of one name, a wire quote printed by several outlets) names
both.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from stancegraph.graph.store.base import QueryResult, Store

#: (label, property) pairs a returned value is looked up in; labels come from the model.
LOOKUPS: tuple[tuple[str, str], ...] = (
    ("Actor", "id"), ("Topic", "id"), ("Statement", "id"), ("Article", "id"),
    ("Actor", "name"), ("Topic", "name"), ("Statement", "text"), ("Article", "title"),
)

#: How path-between joins the names along a path.
ROUTE_SEPARATOR = " > "


def _strings(value: Any) -> Iterator[str]:
    """The strings in one cell that may name a node."""
    if isinstance(value, dict):
        if isinstance(value.get("id"), str):
            yield value["id"]
    elif isinstance(value, str):
        if value.strip():
            yield value
            if ROUTE_SEPARATOR in value:
                yield from (part for part in value.split(ROUTE_SEPARATOR) if part.strip())
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)


def cell_strings(rows: Iterable[Iterable[Any]]) -> list[str]:
    """Every distinct string of the rows that may name a node, in row and column order."""
    seen: dict[str, None] = {}
    for row in rows:
        for cell in row:
            for s in _strings(cell):
                seen.setdefault(s, None)
    return list(seen)


def named_nodes(store: Store, result: QueryResult) -> list[str]:
    """Ids of the nodes the rows of ``result`` name (see the module docstring), in the order
    the rows first name them."""
    values = cell_strings(result.rows)
    if not values:
        return []
    ids_by_value: dict[str, list[str]] = {}
    for label, prop in LOOKUPS:
        for value, node_id in store.ids_by_value(label, prop, values):
            ids_by_value.setdefault(value, []).append(node_id)
    found: dict[str, None] = {}
    for value in values:
        for node_id in sorted(ids_by_value.get(value, ())):
            found.setdefault(node_id, None)
    return list(found)
