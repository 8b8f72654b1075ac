"""The explorer as a Starlette app: a page, its script and style, and a JSON API that only reads.

Safe by default (docs/explore.md):
- every response carries a Content-Security-Policy that lets the page run only the scripts
  this app serves (no inline script, no eval, nothing from another origin) and send
  requests only to this app; the page puts graph values into the DOM as text;
- the Host header must name this server (a page elsewhere cannot reach it by DNS rebinding);
- no endpoint writes: every query runs read-only through ``store.run``, with $parameters;
- every request is capped (nodes, rows, body size) and has a time limit; the store is
  queried by one request at a time (an embedded connection is not shared across threads).
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import threading
from importlib import resources
from typing import Any, Callable, Optional

from stancegraph.errors import StancegraphError, without_credentials
from stancegraph.explore import views
from stancegraph.explore.reads import Filters
from stancegraph.graph.store.base import Store

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
       "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
           (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY"),
           (b"cache-control", b"no-store")]
MAX_BODY = 1 << 20
#: Seconds one request may spend in the store.
TIME_LIMIT = 10.0

STATIC = {"explore.js": "text/javascript", "explore.css": "text/css", "vis-network.min.js": "text/javascript"}
EXPORTS = {"gexf": "application/gexf+xml", "graphml": "application/graphml+xml", "json": "application/json",
           "html": "text/html"}


class _Headers:
    """Pure ASGI middleware adding the security headers to every response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + HEADERS
            await send(message)

        return await self.app(scope, receive, with_headers)


def _static(name: str) -> bytes:
    if name == "vis-network.min.js":
        from stancegraph.graph.output.render import _vis_network_js

        return _vis_network_js().encode("utf-8")
    return resources.files("stancegraph.explore").joinpath("static", name).read_bytes()


def _filters(body: dict[str, Any]) -> Filters:
    f = body.get("filters") or {}
    if not isinstance(f, dict):
        raise StancegraphError("filters must be an object")
    kw: dict[str, Any] = {"since": _text(f.get("since")), "until": _text(f.get("until"))}
    for key in ("types", "outlets", "kinds"):
        if f.get(key) is not None:
            kw[key] = tuple(_texts(f[key]))
    return Filters(**kw)


def _text(value: Any) -> Optional[str]:
    return str(value)[:300] if value not in (None, "") else None


def _texts(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise StancegraphError("expected a list")
    return [str(v)[:300] for v in value]  # the body is capped; views cap the ids


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


class _Api:
    """The endpoints, sharing one store, its lock and the overview cache."""

    def __init__(self, store: Store, time_limit: float, ask: Optional[Callable[..., Any]]):
        self.store, self.time_limit, self.ask = store, time_limit, ask
        self.lock = threading.Lock()
        self.cache: dict[str, Any] = {}

    def locked(self, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn`` alone on the store, with the time limit on every query it runs."""
        with self.lock:
            self.store.read_timeout = self.time_limit
            try:
                return fn(*args)
            finally:
                self.store.read_timeout = None

    async def call(self, fn: Callable[..., Any], *args: Any):
        from starlette.concurrency import run_in_threadpool
        from starlette.responses import JSONResponse

        try:
            return JSONResponse(await run_in_threadpool(self.locked, fn, *args))
        except StancegraphError as exc:
            return JSONResponse({"error": without_credentials(str(exc))}, status_code=400)
        except Exception as exc:  # noqa: BLE001 - one line to the user, the details to the console
            print(f"stancegraph serve: {type(exc).__name__}: {without_credentials(str(exc))}", file=sys.stderr)
            return JSONResponse({"error": "the server could not answer (see its console)"}, status_code=500)

    def posted(self, work: Callable[[dict[str, Any]], Any]):
        async def endpoint(request):
            from starlette.responses import JSONResponse

            try:
                body = await _body(request)
            except StancegraphError as exc:
                return JSONResponse({"error": str(exc)}, status_code=400)
            return await self.call(work, body)
        return endpoint

    async def page(self, request):
        from starlette.responses import Response

        return Response(_static("index.html"), media_type="text/html; charset=utf-8")

    async def static(self, request):
        from starlette.responses import Response

        name = request.path_params["name"]
        if name not in STATIC:
            return Response("not found", status_code=404, media_type="text/plain")
        return Response(_static(name), media_type=STATIC[name] + "; charset=utf-8")

    def overview(self) -> Any:
        if "overview" not in self.cache:  # the store does not change under a read-only server
            self.store.read_timeout = max(60.0, self.time_limit)  # once per server: the whole corpus
            self.cache["overview"] = views.overview(self.store)
        return self.cache["overview"]

    async def overview_route(self, request):
        return await self.call(self.overview)

    async def search_route(self, request):
        q = request.query_params.get("q", "")[:200]
        return await self.call(views.search, self.store, q, _int(request.query_params.get("limit"), 10))

    def routes(self) -> list:
        from starlette.routing import Route

        s = self.store
        posts = {
            "node": lambda b: views.profile(s, str(b.get("id"))),
            "expand": lambda b: views.expand(s, str(b.get("id")), _filters(b), visible=_texts(b.get("visible") or []),
                                             offset=_int(b.get("offset"), 0), limit=_int(b.get("limit"), views.PAGE)),
            "view": lambda b: views.view(s, _texts(b.get("ids") or []), _filters(b)),
            "evidence": lambda b: views.evidence(s, str(b.get("type")), str(b.get("from")), str(b.get("to")),
                                                 _filters(b), _int(b.get("limit"), 20)),
            "top": lambda b: views.top_speakers(s, _filters(b)),
            "ask": lambda b: views.ask(s, self.ask, str(b.get("q") or ""), _filters(b)),
        }
        return [Route("/", self.page), Route("/static/{name}", self.static),
                Route("/api/overview", self.overview_route), Route("/api/search", self.search_route),
                Route("/api/save", _save_endpoint(self), methods=["POST"]),
                *[Route(f"/api/{name}", self.posted(fn), methods=["POST"]) for name, fn in posts.items()]]


async def _body(request) -> dict[str, Any]:
    raw = await request.body()
    if len(raw) > MAX_BODY:
        raise StancegraphError("request too large")
    try:
        body = json.loads(raw or b"{}")
    except ValueError:
        raise StancegraphError("the request is not JSON") from None
    if not isinstance(body, dict):
        raise StancegraphError("the request must be a JSON object")
    return body


def create_app(store: Store, *, ask: Optional[Callable[..., Any]] = None, allowed_hosts: Optional[list[str]] = None,
               time_limit: float = TIME_LIMIT):
    """The explorer over ``store`` (opened read-only by the caller) as an ASGI app (use
    api.explorer_app). ``ask``: api.ask, for the ask box; ``allowed_hosts``: the names the
    Host header may give (default: loopback names)."""
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.trustedhost import TrustedHostMiddleware

    hosts = allowed_hosts or ["127.0.0.1", "localhost", "[::1]"]
    return Starlette(routes=_Api(store, time_limit, ask).routes(),
                     middleware=[Middleware(_Headers), Middleware(TrustedHostMiddleware, allowed_hosts=hosts)])


def _save_endpoint(api: _Api):
    """POST /api/save: the view as GEXF, GraphML, JSON or the static page ``render`` writes."""
    from starlette.concurrency import run_in_threadpool
    from starlette.responses import JSONResponse, Response

    def build(body: dict[str, Any]) -> tuple[bytes, str]:
        fmt = str(body.get("format"))
        if fmt not in EXPORTS:
            raise StancegraphError(f"unknown format {fmt!r} (known: {', '.join(EXPORTS)})")
        G = api.locked(views.saved_graph, api.store, _texts(body.get("ids") or []), _filters(body))
        if fmt == "html":
            from stancegraph.graph.output.render import html_page

            return html_page(G, title="stancegraph: saved view").encode("utf-8"), fmt
        from stancegraph.graph.output.export import export_graph

        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, f"view.{fmt}")
            export_graph(G, fmt, path)
            with open(path, "rb") as fh:
                return fh.read(), fmt

    async def endpoint(request):
        try:
            data, fmt = await run_in_threadpool(build, await _body(request))
        except StancegraphError as exc:
            return JSONResponse({"error": without_credentials(str(exc))}, status_code=400)
        return Response(data, media_type=EXPORTS[fmt],
                        headers={"content-disposition": f'attachment; filename="stancegraph-view.{fmt}"'})

    return endpoint
