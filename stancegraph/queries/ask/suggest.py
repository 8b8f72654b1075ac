"""Refusals that help: what a question was understood to name, what could not be placed,
and questions built from those names and the graph's own content that do answer."""
from __future__ import annotations

from typing import Any, Optional

from stancegraph.graph.store.base import Store

#: Questions offered when nothing of the graph was named (they answer on any graph with data).
GENERAL = ["who talks the most", "top topics", "who is quoted by which outlets"]


def questions_about(node: dict[str, Any]) -> list[str]:
    """Questions about one actor or topic that its kept counts say have answers (statements
    made, statements about it, opponents, supporters; an actor always has a profile), so a
    suggestion needs no query run to know it answers."""
    name = node["name"]
    out = []
    if node.get("statements"):
        out.append(f"what did {name} say")
    if node.get("about"):
        out.append(f"who said what about {name}")
    if node.get("opponents"):
        out.append(f"who opposes {name}")
    if node.get("supporters"):
        out.append(f"who supports {name}")
    if node["label"] == "Actor":
        out.append(f"who is {name}")
    return out


def suggest(names: list[Any], store: Optional[Store] = None, n: int = 3,
            queries: Optional[dict] = None) -> list[str]:
    """Up to ``n`` questions that have answers: about the names recognised first (the actor
    a shared name was taken as), then about the graph's most talkative actor and most
    discussed topic."""
    pool: list[str] = []
    per_name = [questions_about(s.chosen or _prominent(s.nodes)) for s in names if s.nodes]
    while any(per_name) and len(pool) < n:  # one question per name in turn
        for qs in per_name:
            if qs:
                pool.append(qs.pop(0))
    if store is not None and len(pool) < n:
        pool += _from_graph(store, queries)
    pool += GENERAL
    return list(dict.fromkeys(pool))[:n]


def _prominent(nodes: list[dict[str, Any]]) -> dict[str, Any]:
    return max(nodes, key=lambda x: (x.get("mentions") or x.get("about") or 0, x["label"] == "Actor"))


def _from_graph(store: Store, queries: Optional[dict] = None) -> list[str]:
    """Questions about the most mentioned actor and the most discussed topic, through the
    saved top-actors and top-topics queries."""
    from stancegraph.queries import load_queries, run_saved

    queries = queries or load_queries(())
    out = []
    actors, _ = run_saved(store, queries["top-actors"], {"limit": 1, "by_statements": True})
    if actors.rows:
        out.append(f"what did {actors.rows[0][0]} say")
    topics, _ = run_saved(store, queries["top-topics"], {"limit": 1})
    if topics.rows:
        out.append(f"who said what about {topics.rows[0][0]}")
    return out


def refusal(question: str, clause: Any, unknown: list[str], store: Optional[Store]) -> str:
    """The one-paragraph error for a question no rule could place."""
    names = [s.shown() for s in clause.spots if s.nodes]
    parts = [f"cannot map {question!r} onto a saved query"]
    parts.append(f"recognised {'; '.join(names)}" if names else "recognised no actor or topic of the graph")
    if unknown:
        parts.append(f"no actor or topic in the graph matches {', '.join(repr(u) for u in unknown)}")
    unplaced = [w for w in clause.unread if w not in unknown]
    if clause.negated and names:
        parts.append("the saved queries list what was said and done, not who did not (ask without the negation "
                     "and compare)")
    elif unplaced:
        parts.append(f"could not place {', '.join(repr(w) for w in unplaced)}")
    elif clause.verb:
        word = clause.tokens[clause.verb.index].text
        parts.append(f"could not place what {word!r} asks of {'these names' if names else 'nothing named'}")
    else:
        parts.append("found no verb or question that says what is wanted of them" if names else
                     "found no question it knows")
    tries = suggest(clause.spots, store)
    return "; ".join(parts) + "; try: " + " | ".join(tries) + " (or run 'stancegraph queries')"
