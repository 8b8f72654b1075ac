"""Render a subgraph as one self-contained, offline HTML page (vis-network).

The page carries everything inline: the vis-network build that pyvis ships inside its
package, our own script and style (``static/``), and the graph as a JSON data block. It
makes no network request, so it opens from a mail attachment or an air-gapped laptop.
pyvis's own templates are not used: even with ``cdn_resources="in_line"`` they load
Bootstrap from a CDN, and their link-tooltip mode puts node titles in ``innerHTML``.

Article text is untrusted. It reaches the page only inside the JSON data block (with ``<``,
``>``, ``&`` and the Unicode line separators escaped, so no text can close the block), and
the page script only ever puts it in the DOM as text (``textContent``, canvas labels); links
are kept only for ``http(s)`` URLs. A Content-Security-Policy allows just the page's own
scripts by hash, so even a mistake in that chain would not run injected script, and blocks
every request the page could make.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import math
from importlib import resources
from typing import Any, Optional
from urllib.parse import urlsplit

import networkx as nx

from stancegraph.errors import StancegraphError
from stancegraph.graph.output.export import display_name
from stancegraph.graph.model import ACTOR_KINDS, EVENT_TYPES, STANCE_TYPES
from stancegraph.graph.output.subgraph import FOLDED_TYPE

#: Above this many nodes the page starts with physics off, on a precomputed layout.
PHYSICS_MAX_NODES = 300
#: Physics settles within this many iterations, then is switched off.
STABILIZATION_ITERATIONS = 100
LAYOUT_SEED = 7

#: (shape, colour) per actor kind, then per other label. No red/green: those mean stance.
NODE_STYLES: dict[str, tuple[str, str]] = {
    "person": ("dot", "#4e79a7"),
    "organization": ("hexagon", "#f28e2b"),
    "country": ("diamond", "#76b7b2"),
    "place": ("triangleDown", "#9c755f"),
    "group": ("star", "#b07aa1"),
    "Actor": ("dot", "#8cd17d"),  # an actor of unknown kind
    "Topic": ("triangle", "#edc948"),
    "Statement": ("dot", "#bab0ac"),
    "Article": ("square", "#a0cbe8"),
}

#: (colour, dashes, width) per relationship type.
EDGE_STYLES: dict[str, tuple[str, bool, float]] = {
    "SUPPORTS": ("#2e7d32", False, 2.5),
    "OPPOSES": ("#c62828", False, 2.5),
    "DOES_NOT_SUPPORT": ("#9e9e9e", True, 2.0),
    "VISITS": ("#1565c0", False, 2.0),
    "CALLED": ("#6a1b9a", False, 2.0),
    "MET": ("#00838f", False, 2.0),
    "INVITED": ("#ef6c00", False, 2.0),
    "EXPORTS_TO": ("#5d4037", False, 2.0),
    "AFFILIATED_WITH": ("#546e7a", True, 1.5),
    "LEADS": ("#283593", False, 2.0),
    "LOCATED_IN": ("#90a4ae", True, 1.0),
    FOLDED_TYPE: ("#8d6e63", False, 1.5),
    "SAID": ("#78909c", False, 1.0),
    "ABOUT": ("#b0bec5", False, 1.0),
    "REPORTED_BY": ("#cfd8dc", True, 1.0),
    "CONTAINS": ("#e0e0e0", False, 1.0),
    "MENTIONS": ("#e0e0e0", False, 1.0),
}

_MAX_TEXT = 1200
#: Longest label drawn on the canvas, per node label.
LABEL_LENGTH = {"Actor": 28, "Topic": 28, "Statement": 22, "Article": 22}


class RenderError(StancegraphError):
    """The page could not be written."""


def render_html(G: nx.MultiDiGraph, path: str, *, title: str = "stancegraph subgraph",
                physics: Optional[bool] = None) -> str:
    """Write ``G`` as an offline HTML page at ``path``; returns ``path``.

    ``physics``: ``None`` turns it on up to :data:`PHYSICS_MAX_NODES` nodes (it settles within
    :data:`STABILIZATION_ITERATIONS` iterations and then stops); larger graphs are drawn on a
    precomputed layout with physics off. ``True``/``False`` force it.
    """
    page = html_page(G, title=title, physics=physics)
    try:
        with open(path, "w", encoding="utf-8") as f:
            f.write(page)
    except OSError as exc:
        raise RenderError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path


def html_page(G: nx.MultiDiGraph, *, title: str = "stancegraph subgraph", physics: Optional[bool] = None) -> str:
    data = page_data(G, title=title, physics=physics)
    vis_js = _vis_network_js()
    page_js = _static("page.js")
    blob = _json_for_html(data)
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode('utf-8')).digest()).decode()}'"
                      for s in (vis_js, page_js))
    csp = (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
           "img-src data: blob:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")
    t = html.escape(title)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{t}</title>\n<style>{_static('page.css')}</style>\n</head>\n<body>\n"
        f"<header><h1>{t}</h1><span id=\"sg-counts\"></span>"
        "<input id=\"sg-search\" type=\"search\" list=\"sg-names\" placeholder=\"Find a node…\" autocomplete=\"off\">"
        "<datalist id=\"sg-names\"></datalist><span id=\"sg-search-status\"></span></header>\n"
        "<main><div id=\"sg-network\"></div><aside id=\"sg-details\" hidden></aside>"
        "<div id=\"sg-legend\"></div></main>\n"
        f"<script id=\"sg-data\" type=\"application/json\">{blob}</script>\n"
        f"<script>{vis_js}</script>\n<script>{page_js}</script>\n</body>\n</html>\n"
    )


def _json_for_html(data: Any) -> str:
    """JSON that cannot end the ``<script>`` block it sits in, nor start markup in it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _static(name: str) -> str:
    return resources.files("stancegraph.graph.output").joinpath("static", name).read_text(encoding="utf-8")


def _vis_network_js() -> str:
    """vis-network: a vendored copy in ``static/`` if there is one, else the one pyvis ships."""
    vendored = resources.files("stancegraph.graph.output").joinpath("static", "vis-network.min.js")
    if vendored.is_file():
        return vendored.read_text(encoding="utf-8")
    try:
        return resources.files("pyvis").joinpath("templates", "lib", "vis-9.1.2", "vis-network.min.js").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        raise RenderError("cannot find vis-network: install 'pyvis>=0.3.2,<0.4' (it ships the library)") from None


# -- the data the page draws -------------------------------------------------------------

def _safe_url(url: Any) -> Optional[str]:
    """Only web links: ``javascript:`` and ``data:`` URLs in an article must not become links."""
    if not isinstance(url, str):
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def _clip(value: Any, limit: int = _MAX_TEXT) -> str:
    text = ", ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _rows(*pairs: tuple[str, Any]) -> list[list[str]]:
    return [[k, _clip(v)] for k, v in pairs if v not in (None, "", [], ())]


def _layout(G: nx.MultiDiGraph) -> dict[Any, tuple[float, float]]:
    """Spring layout with a fixed seed (same graph, same picture), scaled to the node count."""
    n = G.number_of_nodes()
    if n == 0:
        return {}
    scale = max(250.0, 45.0 * math.sqrt(n))
    simple = nx.Graph(G.to_undirected(as_view=True))
    try:
        pos = nx.spring_layout(simple, seed=LAYOUT_SEED, iterations=50 if n <= 2000 else 25)
    except ImportError:  # no numpy: a circle is still a start physics can work from
        order = sorted(G, key=str)
        pos = {v: (math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)) for i, v in enumerate(order)}
    return {v: (float(x) * scale, float(y) * scale) for v, (x, y) in pos.items()}


class _Details:
    """What tooltips need beyond the node itself: the articles behind statements and edges,
    speakers of statements not in the graph, mention totals (``G.graph["context"]``)."""

    def __init__(self, G: nx.MultiDiGraph):
        context = G.graph.get("context") or {}
        self.G = G
        self.articles: dict[str, dict[str, Any]] = dict(context.get("articles") or {})
        for n, d in G.nodes(data=True):
            if d.get("label") == "Article":
                self.articles.setdefault(n, d)
        self.speakers = dict(context.get("speakers") or {})
        self.mentions: dict[str, int] = dict(context.get("mentions") or {})
        if not self.mentions:
            for _, v, d in G.edges(data=True):
                if d.get("type") == "MENTIONS":
                    self.mentions[v] = self.mentions.get(v, 0) + int(d.get("count") or 0)

    def name(self, n: Any) -> str:
        return display_name(self.G.nodes[n], 60) if n in self.G else str(n)

    def article_rows(self, article_id: Any) -> tuple[list[tuple[str, Any]], Optional[str]]:
        a = self.articles.get(article_id) or {}
        return [("Outlet", a.get("outlet")), ("Article", a.get("title"))], _safe_url(a.get("url"))


def _node_details(ctx: _Details, n: Any, d: dict[str, Any]) -> tuple[float, str, list[list[str]], Optional[str]]:
    """(size, heading, rows, url) of a node's tooltip."""
    label = d.get("label", "")
    if label == "Actor":
        m = ctx.mentions.get(n, 0)
        return (min(36.0, 10.0 + 3.0 * math.sqrt(m)), d.get("name") or str(n),
                _rows(("Kind", d.get("kind")), ("Mentions", m), ("Aliases", d.get("aliases")),
                      ("Roles", d.get("roles")), ("Id", n)), None)
    if label == "Topic":
        return 16.0, d.get("name") or str(n), _rows(("Topic", n), ("Aliases", d.get("aliases"))), None
    if label == "Statement":
        said = [u for u, _, e in ctx.G.in_edges(n, data=True) if e.get("type") == "SAID"]
        speaker = (ctx.name(said[0]) if said else (ctx.speakers.get(n) or {}).get("name")) or d.get("speaker_text")
        more, url = ctx.article_rows(d.get("article"))
        return 7.0, f"Statement ({d.get('kind', 'direct')})", _rows(
            ("Said", d.get("text")), ("Speaker", speaker), ("Date", d.get("date")), ("Cue", d.get("cue")), *more), url
    if label == "Article":
        return 9.0, d.get("title") or str(n), _rows(
            ("Outlet", d.get("outlet")), ("Published", d.get("published")), ("Byline", d.get("byline"))), \
            _safe_url(d.get("url"))
    return 10.0, str(n), _rows(("Label", label)), None


def _node_entry(ctx: _Details, n: Any, d: dict[str, Any], pos: dict[Any, tuple[float, float]]) -> dict[str, Any]:
    label = d.get("label", "")
    style_key = d.get("kind") if label == "Actor" and d.get("kind") in ACTOR_KINDS else label
    shape, color = NODE_STYLES.get(style_key, NODE_STYLES["Actor"])
    size, heading, rows, url = _node_details(ctx, n, d)
    x, y = pos.get(n, (0.0, 0.0))
    # Short labels keep a crowded page readable; the tooltip carries the whole name or text.
    short = LABEL_LENGTH.get(label, LABEL_LENGTH["Actor"])
    return {"id": str(n), "label": display_name(d, short), "shape": shape, "color": color, "size": round(size, 1),
            "group": style_key, "x": round(x, 1), "y": round(y, 1),
            "info": {"heading": _clip(heading, 300), "rows": rows, "url": url}}


def _edge_entry(ctx: _Details, i: int, u: Any, v: Any, d: dict[str, Any]) -> dict[str, Any]:
    rtype = d.get("type", "")
    color, dashes, width = EDGE_STYLES.get(rtype, ("#999999", False, 1.0))
    more, url = ctx.article_rows(d.get("article"))
    stance_or_event = rtype in STANCE_TYPES or rtype in EVENT_TYPES
    n = int(d.get("merged") or 1)  # the edges of this type between the same ends (_merged)
    if stance_or_event:
        dashes = dashes or d.get("status") == "planned"
        heading = f"{ctx.name(u)} {rtype.replace('_', ' ').lower()} {ctx.name(v)}"
        rows = _rows(("Sentence", d.get("sentence")), ("Cue", d.get("cue")),
                     ("Date", d.get("date") or d.get("date_text")), ("Status", d.get("status")),
                     ("Detail", d.get("detail")), ("Confidence", d.get("confidence")), *more,
                     ("And", f"{n - 1} more, from other sentences" if n > 1 else None))
    elif rtype == FOLDED_TYPE:
        heading = f"{ctx.name(u)} on {ctx.name(v)}" + (f" ({n} statements)" if n > 1 else "")
        rows = _rows(("Said", d.get("text")), ("Date", d.get("date")), ("Cue", d.get("cue")), *more,
                     ("And", f"{n - 1} more statement{'s' if n > 2 else ''}" if n > 1 else None))
    else:
        heading, rows, url = f"{ctx.name(u)} {rtype} {ctx.name(v)}", _rows(("Count", d.get("count"))), None
    edge = {"id": f"e{i}", "from": str(u), "to": str(v), "color": color, "dashes": dashes, "width": width,
            "type": rtype, "info": {"heading": _clip(heading, 300), "rows": rows, "url": url}}
    if stance_or_event:
        edge["label"] = rtype.replace("_", " ").lower() + (f" ×{n}" if n > 1 else "")
    weight = d.get("count") if rtype == "MENTIONS" else n
    if weight and (rtype == "MENTIONS" or n > 1):
        edge["width"] = max(width, min(6.0, 1.0 + math.log2(1 + float(weight))))
    if rtype == FOLDED_TYPE and n > 1:
        edge["label"] = f"×{n}"
    return edge


def _merged(G: nx.MultiDiGraph) -> list[tuple[Any, Any, dict[str, Any]]]:
    """The edges to draw: one per ends and type, with how many it stands for (``merged``) and
    the details of the latest. Each drawn apart made fans of overlapping lines (a speaker's
    forty statements on one subject, a LEADS read in thirty articles)."""
    out: list[tuple[Any, Any, dict[str, Any]]] = []
    seen: dict[tuple[Any, Any, Any], dict[str, Any]] = {}
    for u, v, d in G.edges(data=True):
        n = int(d.get("count") or 1) if d.get("type") == FOLDED_TYPE else 1
        key = (u, v, d.get("type"))
        if d.get("type") in ("SAID", "ABOUT", "CONTAINS", "REPORTED_BY", "MENTIONS") or key not in seen:
            seen[key] = dict(d, merged=n)
            out.append((u, v, seen[key]))
            continue
        edge = seen[key]
        total = edge["merged"] + n
        if str(d.get("date") or "") > str(edge.get("date") or ""):
            edge.update(d)
        edge["merged"] = total
    return out


def page_data(G: nx.MultiDiGraph, *, title: str = "", physics: Optional[bool] = None) -> dict[str, Any]:
    """What the page script draws: styled nodes and edges with their tooltips, and a legend."""
    ctx = _Details(G)
    pos = _layout(G)
    nodes = [_node_entry(ctx, n, d, pos) for n, d in G.nodes(data=True)]
    start = set((G.graph.get("context") or {}).get("start") or ())
    for node in nodes:
        if node["id"] in start:
            node["start"] = True  # drawn larger, its label in bold: where the walk began
    edges = [_edge_entry(ctx, i, u, v, d) for i, (u, v, d) in enumerate(_merged(G))]
    use_physics = (len(nodes) <= PHYSICS_MAX_NODES) if physics is None else bool(physics)
    present_nodes = {node["group"] for node in nodes}
    present_edges = {edge["type"] for edge in edges}
    legend = {
        "nodes": [[k, s, c] for k, (s, c) in NODE_STYLES.items() if k in present_nodes],
        "edges": [[t.replace("_", " ").lower(), c, dash] for t, (c, dash, _) in EDGE_STYLES.items() if t in present_edges],
    }
    # A crowded graph gets longer springs, so it settles spread out instead of in a knot.
    spread = max(1.0, math.sqrt(len(nodes) / 60.0))
    return {"title": title, "physics": use_physics, "iterations": int(STABILIZATION_ITERATIONS * min(spread, 2.0)),
            "spring": round(110 * spread), "gravity": round(-4000 * spread),
            "smooth": len(nodes) <= PHYSICS_MAX_NODES, "nodes": nodes, "edges": edges, "legend": legend}
