"""Subgraphs: a neighbourhood of the store as a :class:`networkx.MultiDiGraph`.

The same code runs on both stores. Traversal is a breadth-first search in Python, one hop
per round of queries, because variable-length paths differ between the engines (LadybugDB
needs ``TRAIL`` and labels on both ends for some patterns) and because filters (node kind,
relationship type, dates, outlet) must stop the walk, not just trim its result: a walk that
may pass through excluded articles would pull in everything those articles mention.

The store supplies the walk's Cypher (``store.subgraph_cypher``: each backend writes
relationship types and node labels its own way). Labels and relationship types in it come
only from the allow-lists in :mod:`.model`.

The graph it returns keeps every stored property. Node attribute ``label`` is the node's
label (``Article``, ``Actor``, ``Topic``, ``Statement``); edge attribute ``type`` is the
relationship type; edge keys are the relationship ``id`` where it has one, else its type.
``G.graph["context"]`` carries what a renderer needs but the subgraph may not contain
(the articles statements come from, speakers, actors' mention totals); exports leave it out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Optional, Sequence

import networkx as nx

from stancegraph.errors import QueryError
from stancegraph.graph.model import ACTOR_KINDS, NODE_LABELS, RELATION_TYPES, SAID_PAIR_TYPE, STRUCTURAL_TYPES
from stancegraph.graph.names import resolve
from stancegraph.graph.output.rows import named_nodes
from stancegraph.graph.store.base import QueryResult, Store

#: Edge type of a statement folded into a speaker -> target edge (``fold_statements``); the
#: store keeps the same edges, counted (model.SAID_PAIR_TYPE).
FOLDED_TYPE = SAID_PAIR_TYPE

ALL_TYPES = STRUCTURAL_TYPES + RELATION_TYPES

#: The order a binding cap fills in: actors and topics (the stance and event edges between
#: them come with them), then statements, then articles.
CAP_TIERS = {"Actor": 0, "Topic": 0, "Statement": 1, "Article": 2}
#: ``fold_statements=None`` folds statements when more than this many are found.
FOLD_ABOVE = 40


@dataclass
class SubgraphSpec:
    """What to cut out of the store.

    - ``around``: node ids (or actor/topic names, matched like ``"U.S."`` == ``"us"``) to start
      from; ``None`` takes the whole store (then the cap keeps the most connected nodes).
    - ``hops``: how far to walk from ``around`` (each relationship is one hop: speaker ->
      statement -> topic is two).
    - ``node_kinds``: labels (``Actor``, ``Statement`` ...) and/or actor kinds (``person``,
      ``country`` ...) to keep; ``None`` keeps all. The ``around`` nodes are always kept.
    - ``rel_types``: relationship types to walk and keep; ``None`` keeps all.
    - ``since`` / ``until``: ISO dates (or prefixes: ``2025``, ``2025-11``), both inclusive.
      Applied to article ``published``, statement ``date`` and the ``date`` of stance/event
      edges (their article's date when they have none). Undated items are kept.
    - ``outlet``: keep only articles of this outlet (case-insensitive) and the statements and
      stance/event edges read from them.
    - ``max_nodes``: cap; the nodes closest to ``around`` are kept, then the most connected.
    - ``fold_statements``: replace each statement by ``speaker -[SAID_ABOUT]-> target`` edges
      carrying its text; statements then do not count against the cap. ``None``: fold when
      more than :data:`FOLD_ABOVE` statements would be drawn (what ``render`` does).
    - ``through_articles``: walk on through the articles reached. Off by default: an article
      links every actor it mentions, so two hops around Taiwan through the seed article drew
      the whole article (every quote, every place) instead of what concerns Taiwan.
    """

    around: Optional[Sequence[str]] = None
    hops: int = 2
    node_kinds: Optional[Sequence[str]] = None
    rel_types: Optional[Sequence[str]] = None
    since: Optional[str] = None
    until: Optional[str] = None
    outlet: Optional[str] = None
    max_nodes: int = 300
    fold_statements: Optional[bool] = False
    through_articles: bool = False

    def check(self) -> None:
        for name, value in (("since", self.since), ("until", self.until)):
            if value is not None and not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value):
                raise QueryError(f"--{name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
        if self.hops < 0:
            raise QueryError("hops must be 0 or more")
        if self.max_nodes < 1:
            raise QueryError("max_nodes must be at least 1")
        unknown = [k for k in self.node_kinds or () if k not in NODE_LABELS and k not in ACTOR_KINDS]
        if unknown:
            raise QueryError(f"unknown node kind {unknown[0]!r} (known: {', '.join(NODE_LABELS + ACTOR_KINDS)})")
        unknown = [t for t in self.rel_types or () if t not in ALL_TYPES]
        if unknown:
            raise QueryError(f"unknown relationship type {unknown[0]!r} (known: {', '.join(ALL_TYPES)})")
        if isinstance(self.around, str):
            raise QueryError("around must be a list of node ids, not one string")


def build_subgraph(store: Store, spec: SubgraphSpec) -> tuple[nx.MultiDiGraph, Optional[str]]:
    """Cut ``spec`` out of ``store``; returns the graph and a note on what the cap left out."""
    spec.check()
    return _Builder(store, spec).build()


def build_subgraph_from_rows(store: Store, result: QueryResult, spec: Optional[SubgraphSpec] = None, *,
                             anchors: Sequence[str] = ()) -> tuple[nx.MultiDiGraph, Optional[str]]:
    """The subgraph on the nodes a (saved) query's rows name.

    A row names nodes by value: node dicts, node ids, actor and topic names, statement texts,
    article titles (:mod:`stancegraph.graph.output.rows`). ``anchors``: node ids the query's
    own parameters were matched to (``-p subject Taiwan``), kept too, since rows seldom repeat
    them. ``spec`` (default: ``hops=0``, the nodes and the relationships between them) says
    how far to walk from them; its ``around`` is replaced.
    """
    found = list(dict.fromkeys([*anchors, *named_nodes(store, result)]))
    if not found:
        if not result.rows:
            raise QueryError("the query returned no rows: nothing to draw")
        raise QueryError("the query result names no node of this graph "
                         "(return nodes, their ids, or actor/topic names, statement texts, article titles)")
    base = spec or SubgraphSpec(hops=0)
    spec = SubgraphSpec(**{**base.__dict__, "around": found})
    spec.check()
    G, note = _Builder(store, spec).build()
    if not result.rows:
        empty = "the query returned no rows: only the nodes its parameters matched are drawn"
        note = empty + ("; " + note if note else ".")
    return G, note


class _Builder:
    def __init__(self, store: Store, spec: SubgraphSpec):
        if not store.subgraph_cypher:
            raise QueryError(f"subgraphs are not supported on a {type(store).__name__}")
        self.store = store
        self.spec = spec
        self.q = store.subgraph_cypher
        self.types = list(spec.rel_types) if spec.rel_types else list(ALL_TYPES)
        self.kinds = set(spec.node_kinds) if spec.node_kinds else None
        self.outlet = spec.outlet.casefold() if spec.outlet else None
        self.nodes: dict[str, dict[str, Any]] = {}  # id -> props, with 'label'
        self.fold = bool(spec.fold_statements)  # decided in build() when spec.fold_statements is None
        self.articles: dict[str, dict[str, Any]] = {}  # article id -> title/url/outlet/published

    # -- queries -------------------------------------------------------------------------
    def _run(self, name: str, label: str = "", **params: Any) -> list[dict[str, Any]]:
        cypher = self.q[name].replace("{label}", label)
        return self.store.run(cypher, params).records()

    def fetch_nodes(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        if not ids:
            return found
        for label in NODE_LABELS:
            for rec in self._run("nodes", label, ids=ids):
                found[rec["node"]["id"]] = dict(rec["node"], label=label)
        return found

    def _resolve(self, around: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Node ids (of any label) as they are; other entries are names (graph.names)."""
        found = self.fetch_nodes(list(around))
        named = [node_id for name in around if name not in found
                 for node_id in resolve(self.store, name, "around").ids]
        found.update(self.fetch_nodes(named))
        return found

    def _load_articles(self, ids: Iterable[Optional[str]]) -> None:
        missing = sorted({i for i in ids if i and i not in self.articles})
        if missing:
            for rec in self._run("articles", ids=missing):
                self.articles[rec["id"]] = {k: v for k, v in rec.items() if v is not None}

    # -- filters -------------------------------------------------------------------------
    def _in_range(self, date: Optional[str]) -> bool:
        if not date:
            return True
        if self.spec.since and date[:len(self.spec.since)] < self.spec.since:
            return False
        if self.spec.until and date[:len(self.spec.until)] > self.spec.until:
            return False
        return True

    def _outlet_ok(self, article_id: Optional[str]) -> bool:
        if self.outlet is None:
            return True
        outlet = self.articles.get(article_id or "", {}).get("outlet")
        return bool(outlet) and outlet.casefold() == self.outlet

    def _node_ok(self, props: dict[str, Any]) -> bool:
        label = props["label"]
        if self.kinds is not None and label not in self.kinds and not (
                label == "Actor" and props.get("kind") in self.kinds):
            return False
        if label == "Article":
            return self._in_range(props.get("published")) and (
                self.outlet is None or (props.get("outlet") or "").casefold() == self.outlet)
        if label == "Statement":
            return self._in_range(props.get("date")) and self._outlet_ok(props.get("article"))
        return True

    def _edge_ok(self, rtype: str, props: dict[str, Any]) -> bool:
        if rtype not in RELATION_TYPES:
            return True  # structural edges live and die with their statement/article ends
        article = self.articles.get(props.get("article") or "", {})
        return self._in_range(props.get("date") or article.get("published")) and self._outlet_ok(props.get("article"))

    def _filter_rows(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Rows whose relationship and far node pass the filters (articles loaded first)."""
        self._load_articles([r["rel"].get("article") for r in rows if r["type"] in RELATION_TYPES]
                            + [r["node"].get("article") for r in rows if r.get("label") == "Statement"])
        out = []
        for r in rows:
            node = dict(r["node"], label=r["label"]) if "node" in r else None
            if self._edge_ok(r["type"], r["rel"]) and (node is None or self._node_ok(node)):
                out.append(r)
        return out

    # -- the walk ------------------------------------------------------------------------
    def _counted(self, ids: Iterable[str]) -> int:
        """Nodes that count against the cap (folded statements do not)."""
        if not self.fold:
            return sum(1 for _ in ids)
        return sum(1 for i in ids if self.nodes[i]["label"] != "Statement")

    def _actors_found(self) -> int:
        return sum(1 for props in self.nodes.values() if CAP_TIERS.get(props["label"]) == 0)

    def build(self) -> tuple[nx.MultiDiGraph, Optional[str]]:
        distance: dict[str, int] = {}  # node id -> hops from the start
        stopped_at = self._take_all(distance) if self.spec.around is None else self._walk(distance)
        # "Most connected" is counted among the nodes found, after the filters: the edges a
        # reader would see if nothing were capped.
        edges = self._edges_among(list(distance))
        self._load_articles(r.get("article") for _, t, r, _ in edges if t in RELATION_TYPES)
        edges = [e for e in edges if self._edge_ok(e[1], e[2])]
        degree: dict[str, int] = {}
        for source, _, _, target in edges:
            degree[source] = degree.get(source, 0) + 1
            degree[target] = degree.get(target, 0) + 1
        self.fold = bool(self.spec.fold_statements)
        kept, dropped = self._cap(distance, degree)
        # Counted among the statements found, not those the cap kept: when actors and topics
        # fill the cap, a handful of statements would stand in for thousands left out.
        auto_fold = self.spec.fold_statements is None and sum(
            1 for i in distance if self.nodes[i]["label"] == "Statement") > FOLD_ABOVE
        if auto_fold:
            # Too many statements to draw: as many articles would crowd the page the same way
            # (each links every actor it mentions), so they go too; folded edges name theirs.
            self.fold = True
            kept, dropped = self._cap(distance, degree)
            articles = {i for i in kept if self.nodes[i]["label"] == "Article" and distance[i] > 0}
            kept, dropped = [i for i in kept if i not in articles], dropped + sorted(articles)
        G = nx.MultiDiGraph()
        for nid in kept:
            G.add_node(nid, **self.nodes[nid])
        for source, rtype, rel, target in edges:
            if source in G and target in G:
                G.add_edge(source, target, key=rel.get("id") or rtype, **rel, type=rtype)
        context = self._context(G)
        if self.spec.around is not None:
            context["start"] = [i for i in kept if distance[i] == 0]
        statements = sum(1 for _, d in G.nodes(data=True) if d["label"] == "Statement")
        folded_away = _fold(G, context) if self.fold else 0
        G.graph["context"] = context
        note = _note(dropped, self.nodes, self.spec, stopped_at, folded_away)
        if auto_fold:
            # Nodes that only their statements or articles tied in would float alone.
            alone = [n for n in G if G.degree(n) == 0 and distance.get(n) != 0]
            G.remove_nodes_from(alone)
            alone_note = f" and the {len(alone)} nodes left with no edge" if alone else ""
            folded = (f"{statements} statements drawn as speaker-to-subject edges, without articles{alone_note} "
                      "(--no-fold-statements draws them all)")
            note = folded + ("; " + note if note else ".")
        return G, note

    def _take_all(self, distance: dict[str, int]) -> None:
        """Every node that passes the filters, all at distance 0 (no ``around``)."""
        for label in NODE_LABELS:
            if self.kinds is not None and label not in self.kinds and not (label == "Actor" and self.kinds & set(ACTOR_KINDS)):
                continue
            rows = self._run("all_nodes", label)
            self._load_articles(r["node"].get("article") for r in rows if label == "Statement")
            for rec in rows:
                props = dict(rec["node"], label=label)
                if self._node_ok(props):
                    self.nodes[props["id"]] = props
                    distance[props["id"]] = 0

    def _walk(self, distance: dict[str, int]) -> Optional[int]:
        """Breadth-first from ``around``; returns the hop it stopped before when the cap was full."""
        seeds = self._resolve(self.spec.around or ())
        self.nodes.update(seeds)
        distance.update({i: 0 for i in seeds})
        frontier = list(seeds)
        for hop in range(1, self.spec.hops + 1):
            if not frontier:
                break
            if self._actors_found() >= self.spec.max_nodes:
                return hop  # actors and topics further out could never make the cut
            found: list[str] = []
            for rec in self._expand(frontier):
                nid = rec["node"]["id"]
                if nid not in self.nodes:
                    self.nodes[nid] = dict(rec["node"], label=rec["label"])
                    distance[nid] = hop
                    found.append(nid)
            frontier = [n for n in found if self.spec.through_articles or self.nodes[n]["label"] != "Article"]
        return None

    def _expand(self, frontier: list[str]) -> list[dict[str, Any]]:
        rows = []
        by_label: dict[str, list[str]] = {}
        for nid in frontier:
            by_label.setdefault(self.nodes[nid]["label"], []).append(nid)
        for label, ids in by_label.items():
            for direction in ("out", "in"):
                rows.extend(self._run(direction, label, ids=ids, types=self.types))
        return self._filter_rows(rows)

    def _edges_among(self, ids: list[str]) -> list[tuple[str, str, dict[str, Any], str]]:
        by_label: dict[str, list[str]] = {}
        for nid in ids:
            by_label.setdefault(self.nodes[nid]["label"], []).append(nid)
        out = []
        for label in by_label:
            for rec in self._run("among", label, ids=ids, types=self.types):
                out.append((rec["source"], rec["type"], rec["rel"], rec["target"]))
        return out

    def _cap(self, distance: dict[str, int], degree: dict[str, int]) -> tuple[list[str], list[str]]:
        """The start, then actors and topics, statements, articles (CAP_TIERS); within each,
        the closest to the start, then the most connected."""
        ranked = sorted(distance, key=lambda i: (distance[i] > 0, CAP_TIERS.get(self.nodes[i]["label"], 3),
                                                 distance[i], -degree.get(i, 0), i))
        if self._counted(ranked) <= self.spec.max_nodes:
            return ranked, []
        kept, dropped, n = [], [], 0
        for nid in ranked:
            counts = not (self.fold and self.nodes[nid]["label"] == "Statement")
            if counts and n >= self.spec.max_nodes:
                dropped.append(nid)
                continue
            n += counts
            kept.append(nid)
        return kept, dropped

    def _context(self, G: nx.MultiDiGraph) -> dict[str, Any]:
        """Article details, speakers and mention totals for labels and tooltips."""
        statements = [n for n, d in G.nodes(data=True) if d["label"] == "Statement"]
        actors = [n for n, d in G.nodes(data=True) if d["label"] == "Actor"]
        self._load_articles([G.nodes[s].get("article") for s in statements]
                            + [d.get("article") for *_, d in G.edges(data=True)])
        speakers = {}
        if statements:
            speakers = {r["statement"]: {"id": r["actor"], "name": r["name"]}
                        for r in self._run("speakers", ids=statements)}
        mentions = {}
        if actors:
            mentions = {r["actor"]: int(r["mentions"] or 0) for r in self._run("mentions", ids=actors)}
        return {"articles": dict(self.articles), "speakers": speakers, "mentions": mentions}


def _fold(G: nx.MultiDiGraph, context: dict[str, Any]) -> int:
    """Replace statements by speaker -> target edges; returns how many had no such edge."""
    lost = 0
    for sid in [n for n, d in G.nodes(data=True) if d["label"] == "Statement"]:
        s = G.nodes[sid]
        speakers = [u for u, _, d in G.in_edges(sid, data=True) if d["type"] == "SAID"]
        targets = [v for _, v, d in G.out_edges(sid, data=True) if d["type"] == "ABOUT"]
        reporters = [v for _, v, d in G.out_edges(sid, data=True) if d["type"] == "REPORTED_BY"]
        if not speakers or not targets:
            lost += 1
        for u in speakers:
            for v in targets:
                props = {k: s[k] for k in ("text", "kind", "cue", "date", "article", "speaker_text", "sentence")
                         if s.get(k) is not None}
                if reporters:
                    props["reported_by"] = reporters[0]
                G.add_edge(u, v, key=f"{sid}:{v}", statement=sid, **props, type=FOLDED_TYPE)
        G.remove_node(sid)
    return lost


def _note(dropped: list[str], nodes: dict[str, dict[str, Any]], spec: SubgraphSpec,
          stopped_at: Optional[int], folded_away: int) -> Optional[str]:
    parts = []
    if dropped:
        by_label: dict[str, int] = {}
        for nid in dropped:
            by_label[nodes[nid]["label"]] = by_label.get(nodes[nid]["label"], 0) + 1
        what = ", ".join(f"{n} {label}" for label, n in sorted(by_label.items(), key=lambda x: (-x[1], x[0])))
        rule = ("actors and topics first, then statements, then articles; the closest to the start, then the most "
                "connected" if spec.around is not None else "actors and topics first, then the most connected")
        parts.append(f"capped at {spec.max_nodes} nodes ({rule}); left out {len(dropped)} nodes: {what}")
    if stopped_at is not None:
        parts.append(f"stopped before hop {stopped_at} of {spec.hops}: the cap was already reached")
    if folded_away:
        parts.append(f"{folded_away} statement{'s' if folded_away > 1 else ''} without both a speaker "
                     "and a target in the subgraph left no folded edge")
    return "; ".join(parts) + "." if parts else None
