"""``stancegraph serve``: a local, read-only web explorer over the store (docs/explore.md).

- :mod:`.reads`: the read queries the explorer runs, bounded and with $parameters only;
- :mod:`.views`: what each page and panel shows, as JSON-ready dicts, and saved views;
- :mod:`.app`: the Starlette app (routes, security headers, caps and time limits);
- ``static/``: the page, its script and style (the graph is drawn by the vis-network
  build pyvis ships, served from this app too: nothing is loaded from the network).
"""
