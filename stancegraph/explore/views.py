"""What the explorer's pages and panels show, as JSON-ready dicts (no HTML: the page script
puts every value into the DOM as text).

A view is a set of node ids; its edges are always those among them that the filters keep
(:meth:`Reader.among`), so a filter change re-asks the store for the same nodes.
"""
from __future__ import annotations

import datetime as dt
import math
from typing import Any, Callable, Iterable, Optional

import networkx as nx

from stancegraph.errors import QueryError
from stancegraph.explore.reads import Filters, Reader
from stancegraph.graph.model import RELATION_TYPES, name_key
from stancegraph.graph.output.render import EDGE_STYLES, NODE_STYLES
from stancegraph.graph.output.subgraph import FOLDED_TYPE
from stancegraph.graph.store.base import Store

#: Caps: neighbours one expand returns, nodes a view may hold, evidence rows, search hits.
PAGE = 25
MAX_PAGE = 100
MAX_VIEW = 1500
MAX_EVIDENCE = 50
MAX_SEARCH = 20
#: The edges one expand or view sends at most, one per pair and type with its count: the
#: expanded node's to its page first, then the busiest. Among a page of hubs there are
#: thousands (every pair and type), more than a reader can see; an edge's evidence is read
#: when it is opened.
EDGE_CAP = 250
#: The same for a view (the whole screen asked again, after a filter change).
VIEW_EDGE_CAP = 4 * EDGE_CAP
#: The weekly table's column for articles without an outlet (not a filter value).
NO_OUTLET = "(no outlet)"


def node_entry(node: dict[str, Any]) -> dict[str, Any]:
    """The fields of a node the page draws and lists."""
    label = node.get("label")
    out = {"id": node["id"], "label": label, "name": node.get("name") or node.get("title") or node.get("text") or node["id"],
           "kind": "topic" if label == "Topic" else node.get("kind")}
    for key in ("mentions", "statements", "articles", "about", "supporters", "opponents"):
        if node.get(key) is not None:
            out[key] = node[key]
    return out


def edge_entries(edges: dict[tuple[str, str, str], dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": f"{t}|{u}|{v}", "type": t, "from": u, "to": v, "count": e["count"], "date": e["date"]}
            for (t, u, v), e in sorted(edges.items())]


def capped(edges: dict[tuple[str, str, str], dict[str, Any]], cap: int, first: Optional[str] = None,
           unread: bool = False) -> dict[str, Any]:
    """``edges`` and ``edges_left``: at most ``cap`` of them, those of ``first`` (the expanded
    node) first, each pair's busiest before any pair's second, then by count; ``edges_left``
    says how many were not sent (``edges_unread``: more, among the other nodes, not read)."""
    order: dict[tuple[str, ...], list[tuple[str, str, str]]] = {}
    for k in sorted(edges, key=lambda k: (-edges[k]["count"], k)):
        order.setdefault(tuple(sorted(k[1:])), []).append(k)
    place = {k: i for keys in order.values() for i, k in enumerate(keys)}
    keys = sorted(edges, key=lambda k: (first not in (k[1], k[2]), place[k], -edges[k]["count"], k))[:max(cap, 0)]
    return {"edges": edge_entries({k: edges[k] for k in keys}), "edges_left": len(edges) - len(keys),
            "edges_unread": unread}


def _page_edges(r: Reader, node_id: str, page: list[str], shown: list[str], fresh: set[str], f: Filters,
                labels: dict[str, str], cap: int, own: Optional[dict] = None) -> dict[str, Any]:
    """What a page adds to the screen (:func:`capped`): the node's edges to its page and to
    whatever is new on screen (``own``, when read already: every edge of the node), then,
    while there is room, the edges among its other new nodes and the screen."""
    mine = set(page) | (set(shown) if node_id in fresh else fresh)
    if own is None:
        own = r.around(node_id, [i for i in shown if i in mine], f, labels)
    else:
        own = {k: e for k, e in own.items() if (k[2] if k[1] == node_id else k[1]) in mine}
    if len(own) >= cap:  # nothing else would be sent
        return capped(own, cap, node_id, unread=True)
    rest = set(fresh) - {node_id}
    among = r.among([i for i in shown if i != node_id], f, labels, rest) if rest else {}
    return capped({**among, **own}, cap, node_id)


def styles() -> dict[str, Any]:
    """The same shapes and colours as ``render``'s pages."""
    return {"nodes": {k: {"shape": s, "color": c} for k, (s, c) in NODE_STYLES.items()},
            "edges": {k: {"color": c, "dashes": d, "width": w} for k, (c, d, w) in EDGE_STYLES.items()}}


# -- the landing page --------------------------------------------------------------------

def overview(store: Store, top: int = 12) -> dict[str, Any]:
    """The corpus at a glance: most quoted and mentioned actors, most discussed subjects, the
    stance matrix and statements per week by outlet."""
    r = Reader(store)
    actor = "RETURN n.id AS id, n.name AS name, n.kind AS kind, n.mentions AS mentions, n.statements AS statements"
    quoted = r.run(f"MATCH (n:Actor) WHERE n.statements > 0 {actor} ORDER BY statements DESC, name LIMIT $k", k=top)
    mentioned = r.run(f"MATCH (n:Actor) WHERE n.mentions > 0 {actor} ORDER BY mentions DESC, name LIMIT $k", k=top)
    topics = []
    for label, kind in (("Actor", "n.kind"), ("Topic", "'topic'")):
        topics += r.run(f"MATCH (n:{label}) WHERE n.about > 0 RETURN n.id AS id, n.name AS name, {kind} AS kind, "
                        "n.about AS statements, n.about_speakers AS speakers ORDER BY statements DESC, name LIMIT $k", k=top)
    topics = sorted(topics, key=lambda t: (-t["statements"], t["name"] or ""))[:top]
    return {"quoted": quoted, "mentioned": mentioned, "topics": topics, "matrix": stance_matrix(r, top),
            "weeks": weekly(r), "styles": styles(), "edge_types": [FOLDED_TYPE, *RELATION_TYPES]}


def stance_matrix(r: Reader, top: int) -> dict[str, Any]:
    """Holders x targets: for and against counts of the busiest of each."""
    cells: dict[tuple[str, str], list[int]] = {}
    names: dict[str, str] = {}
    for rtype in ("SUPPORTS", "OPPOSES", "DOES_NOT_SUPPORT"):
        for row in r.run(f"MATCH (h:Actor)-[x:{rtype}]->(t) RETURN h.id AS h, h.name AS hn, t.id AS t, "
                         "t.name AS tn, count(x) AS n ORDER BY n DESC LIMIT 2000"):
            names[row["h"]], names[row["t"]] = row["hn"], row["tn"]
            cell = cells.setdefault((row["h"], row["t"]), [0, 0])
            cell[0 if rtype == "SUPPORTS" else 1] += int(row["n"])
    holders, targets = _busiest(cells, 0, top), _busiest(cells, 1, top)
    return {"holders": [{"id": h, "name": names[h]} for h in holders],
            "targets": [{"id": t, "name": names[t]} for t in targets],
            "cells": [[h, t, *cells[(h, t)]] for h in holders for t in targets if (h, t) in cells]}


def _busiest(cells: dict[tuple[str, str], list[int]], end: int, top: int) -> list[str]:
    totals: dict[str, int] = {}
    for key, (pro, con) in cells.items():
        totals[key[end]] = totals.get(key[end], 0) + pro + con
    return sorted(totals, key=lambda k: (-totals[k], k))[:top]


def weekly(r: Reader, outlets: int = 6, weeks: int = 26) -> dict[str, Any]:
    """Statements per ISO week (its Monday) for the busiest outlets, the latest ``weeks``."""
    counts: dict[tuple[str, str], int] = {}
    for row in r.run("MATCH (art:Article)-[:CONTAINS]->(s:Statement) WHERE s.date IS NOT NULL "
                     "RETURN art.outlet AS outlet, s.date AS day, count(s) AS n LIMIT 200000"):
        monday = _monday(row["day"])
        if monday:
            key = (row["outlet"] or NO_OUTLET, monday)
            counts[key] = counts.get(key, 0) + int(row["n"])
    per_outlet: dict[str, int] = {}
    for (outlet, _), n in counts.items():
        per_outlet[outlet] = per_outlet.get(outlet, 0) + n
    top = sorted(per_outlet, key=lambda o: (-per_outlet[o], o))[:outlets]
    all_weeks = sorted({w for (o, w) in counts if o in top})[-weeks:]
    return {"outlets": top, "weeks": all_weeks,
            "counts": [[counts.get((o, w), 0) for w in all_weeks] for o in top],
            "all_outlets": sorted((o for o in per_outlet if o != NO_OUTLET), key=lambda o: (-per_outlet[o], o))[:50]}


def _monday(day: Optional[str]) -> Optional[str]:
    try:
        d = dt.date.fromisoformat((day or "")[:10])
    except ValueError:
        return None  # a month or a year alone has no week
    return (d - dt.timedelta(days=d.weekday())).isoformat()


def top_speakers(store: Store, f: Filters, limit: int = 8) -> list[dict[str, Any]]:
    """The actors quoted most within the filters (a click on the weekly table)."""
    r = Reader(store)
    outlet = " AND art.outlet IN $outlets" if f.outlets else ""
    rows = r.run("MATCH (art:Article)-[:CONTAINS]->(s:Statement)<-[:SAID]-(a:Actor) WHERE "
                 "(s.date IS NULL OR $since = '' OR s.date >= $since) AND "
                 f"(s.date IS NULL OR $until = '' OR s.date < $until + '~'){outlet} "
                 "RETURN a.id AS id, count(s) AS n ORDER BY n DESC, id LIMIT $limit",
                 limit=min(limit, MAX_PAGE), **f.statement_params())
    return [row["id"] for row in rows]


# -- search, expand, the view ---------------------------------------------------------------

def search(store: Store, text: str, limit: int = 10) -> list[dict[str, Any]]:
    key = name_key(text or "")
    if not key:
        return []
    return Reader(store).search(key, min(max(limit, 1), MAX_SEARCH))


def view(store: Store, ids: Iterable[str], f: Filters, *, edge_cap: int = VIEW_EDGE_CAP) -> dict[str, Any]:
    """The nodes of ``ids`` the filters keep, and the edges among them (:func:`capped`)."""
    ids = _checked_ids(ids)
    r = Reader(store)
    nodes = [n for n in r.brief(ids).values() if f.kind_ok(n)]
    labels = {n["id"]: n["label"] for n in nodes}
    return {"nodes": [node_entry(n) for n in nodes], **capped(r.among(list(labels), f, labels), edge_cap)}


def expand(store: Store, node_id: str, f: Filters, *, visible: Iterable[str] = (), offset: int = 0,
           limit: int = PAGE, edge_cap: int = EDGE_CAP) -> dict[str, Any]:
    """The neighbours of ``node_id``, most mentioned first, ``limit`` from ``offset``, and the
    edges they add to the screen (``visible``, whose own edges are drawn already): the node's
    to its page, and those with an end among what is new on screen (:func:`_page_edges`)."""
    limit, offset = min(max(limit, 1), MAX_PAGE), max(offset, 0)
    r = Reader(store)
    node = r.nodes([node_id]).get(node_id)
    if node is None or node["label"] not in ("Actor", "Topic"):
        raise QueryError(f"no actor or topic with id {node_id!r}")
    ranked = r.ranked(node, offset, limit) if f.plain else None
    if ranked is None:
        return _expand_walked(r, node, f, visible, offset, limit, edge_cap)
    rows, total = ranked
    brief = r.brief(row["id"] for row in rows)
    page = [brief[row["id"]] for row in rows if row["id"] in brief]
    shown, fresh = _on_screen(node_id, page, visible)
    labels = {node_id: node["label"], **{n["id"]: n["label"] for n in page}}
    labels.update({i: n["label"] for i, n in r.brief(set(shown) - labels.keys()).items()})
    return {"node": node_entry(node), "nodes": [node_entry(n) for n in page], "total": total, "offset": offset,
            "more": max(0, total - offset - len(page)),
            **_page_edges(r, node_id, [n["id"] for n in page], shown, fresh, f, labels, edge_cap)}


def _on_screen(node_id: str, page: list[dict[str, Any]], visible: Iterable[str]) -> tuple[list[str], set[str]]:
    """The ids on screen after a page, and those of them it adds."""
    before = set(_checked_ids(visible))
    shown = _checked_ids([node_id, *[n["id"] for n in page], *visible])
    return shown, {i for i in shown if i not in before}


def _expand_walked(r: Reader, node: dict[str, Any], f: Filters, visible: Iterable[str], offset: int,
                   limit: int, edge_cap: int) -> dict[str, Any]:
    """:func:`expand` within filters: every edge of the node read and ranked here."""
    node_id = node["id"]
    edges = r.neighbours(node, f)
    weight: dict[str, int] = {}
    for (_, u, v), e in edges.items():
        other = v if u == node_id else u
        if other != node_id:
            weight[other] = weight.get(other, 0) + e["count"]
    found = [r.far[i] for i in weight if f.kind_ok(r.far[i])]
    found.sort(key=lambda n: (-n["rank"], -weight[n["id"]], n["name"] or "", n["id"]))
    brief = r.brief(n["id"] for n in found[offset:offset + limit])
    page = [brief[n["id"]] for n in found[offset:offset + limit] if n["id"] in brief]
    shown, fresh = _on_screen(node_id, page, visible)
    # The node's own edges are all in `edges` already: the store is asked only for the others.
    others = set(shown) - {node_id}
    labels = {i: r.far[i]["label"] for i in others if i in r.far}
    labels.update({i: n["label"] for i, n in r.brief(others - labels.keys()).items()})
    return {"node": node_entry(node), "nodes": [node_entry(n) for n in page], "total": len(found),
            "offset": offset, "more": max(0, len(found) - offset - len(page)),
            **_page_edges(r, node_id, [n["id"] for n in page], shown, fresh, f, labels, edge_cap, edges)}


def _checked_ids(ids: Iterable[str]) -> list[str]:
    out = list(dict.fromkeys(str(i)[:300] for i in ids if isinstance(i, str)))
    if len(out) > MAX_VIEW:
        raise QueryError(f"a view holds at most {MAX_VIEW} nodes: remove some first")
    return out


# -- the detail panel ----------------------------------------------------------------------

def profile(store: Store, node_id: str) -> dict[str, Any]:
    """An actor's or topic's kind, aliases, roles, affiliations, counts and stances by month."""
    r = Reader(store)
    node = r.nodes([node_id]).get(node_id)
    if node is None or node["label"] not in ("Actor", "Topic"):
        raise QueryError(f"no actor or topic with id {node_id!r}")
    months: dict[str, list[int]] = {}
    stances = r.stance_dates(node)
    for s in stances:
        if s["date"]:
            month = months.setdefault(s["date"][:7], [0, 0])
            month[0 if s["type"] == "SUPPORTS" else 1] += 1
    return {"node": node_entry(node), "aliases": sorted(node.get("aliases") or []), "roles": node.get("roles") or [],
            "affiliations": r.affiliations(node_id) if node["label"] == "Actor" else [],
            "stances": {"on": bool(stances and stances[0].get("on")),
                        "months": [[m, *months[m]] for m in sorted(months)][-24:]}}


def evidence(store: Store, rtype: str, source: str, target: str, f: Filters, limit: int = 20) -> dict[str, Any]:
    """The sentences behind one edge of the view: statements (folded edges) or stance and
    event edges, each with its speaker, outlet, date and article link."""
    r = Reader(store)
    limit = min(max(limit, 1), MAX_EVIDENCE)
    names = {i: n.get("name") for i, n in r.nodes([source, target]).items()}
    if rtype == FOLDED_TYPE:
        rows = r.statements(source, target, f, limit)
    else:
        rows = r.relations(rtype, source, target, f, limit)
    return {"type": rtype, "from": {"id": source, "name": names.get(source)},
            "to": {"id": target, "name": names.get(target)}, "rows": rows}


# -- ask, and saving a view ---------------------------------------------------------------------

def ask(store: Store, asker: Optional[Callable[..., Any]], question: str, f: Filters,
        limit: int = 50) -> dict[str, Any]:
    """A question's answer (``asker``: api.ask) as a table, and the actors and topics it
    names as a view."""
    from stancegraph.graph.output.subgraph import SubgraphSpec, build_subgraph_from_rows

    if asker is None:
        raise QueryError("this server has no ask box")
    answer = asker(question[:500], store, limit=min(limit, 200))
    ids: list[str] = []
    if answer.rows or answer.matches:
        try:
            G, _ = build_subgraph_from_rows(store, answer.result, SubgraphSpec(hops=0, max_nodes=200),
                                            anchors=[i for m in answer.matches for i in m.ids])
            ids = [n for n, d in G.nodes(data=True) if d.get("label") in ("Actor", "Topic")]
        except QueryError:
            ids = []  # rows that name no node: the table alone
    return {"command": answer.command(), "title": answer.title, "columns": answer.columns,
            "rows": [[_plain(v) for v in row] for row in answer.rows], **view(store, ids, f)}


def _plain(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)


def saved_graph(store: Store, ids: Iterable[str], f: Filters) -> nx.MultiDiGraph:
    """The view as a subgraph, as ``export`` and ``render`` take it: its actors and topics with
    every stored property, stance and event edges whole, statements folded into one
    ``SAID_ABOUT`` edge per speaker and subject with their count."""
    ids = _checked_ids(ids)
    r = Reader(store)
    nodes = {i: n for i, n in r.nodes(ids).items() if n["label"] in ("Actor", "Topic") and f.kind_ok(n)}
    G = nx.MultiDiGraph()
    for nid, props in nodes.items():
        G.add_node(nid, **props)
    for u, rtype, rel, v in r.relation_props(list(nodes), f):
        G.add_edge(u, v, key=rel.get("id") or rtype, **rel, type=rtype)
    said = Filters(since=f.since, until=f.until, outlets=f.outlets, types=(FOLDED_TYPE,) if FOLDED_TYPE in f.types else ())
    for (_, u, v), e in r.among(list(nodes), said).items():
        G.add_edge(u, v, key=f"{FOLDED_TYPE}:{u}:{v}", type=FOLDED_TYPE, count=e["count"], date=e["date"])
    G.graph["context"] = {"mentions": {i: int(n.get("mentions") or 0) for i, n in nodes.items()}}
    return G
