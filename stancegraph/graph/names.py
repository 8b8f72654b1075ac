"""Names to nodes: the one place a user's name for an actor or topic becomes node ids.

Saved-query ``node`` parameters, subgraph starting points (``--around``) and the Python
API all resolve names here, so "taiwan", "Taiwan", "place:taiwan" and an alias find the
same nodes everywhere, and a name that finds nothing fails with the same suggestions.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from stancegraph.errors import QueryError
from stancegraph.graph.model import name_key, singular
from stancegraph.graph.store.base import Store


@dataclass
class Match:
    """Which node(s) a name was matched to, so the user can see it."""

    param: str
    given: str
    nodes: list[dict[str, Any]]

    @property
    def ids(self) -> list[str]:
        return [n["id"] for n in self.nodes]

    def describe(self) -> str:
        names = ", ".join(f"{n['name']} ({n['label'].lower()}{', ' + n['kind'] if n.get('kind') else ''})"
                          for n in self.nodes)
        return f"{self.param} {self.given!r} matched {names}"


def find_nodes(store: Store, name: str, by_words: bool = True) -> list[dict[str, Any]]:
    """Actors and topics a user's name refers to: by id, or by name or alias in any case and
    punctuation; failing that, those whose name or alias contains it as whole words; failing
    that, topics holding all its content words in any order (:func:`topics_by_words`; not
    with ``by_words=False``, for a caller that tries other forms of the name first).

    Each is ``{"id", "name", "kind", "label"}``; actors come before topics.
    """
    key = name_key(name)
    found = store.nodes_named(name, key)
    if found or not key:
        return found
    # No name or alias is exactly this: take names it is a whole word of ("Medeiros" for
    # "Evan Medeiros" when the article never used the surname alone). UNWIND rather than a
    # list predicate: LadybugDB cannot use a parameter inside a list lambda.
    for label, kind in (("Actor", "n.kind"), ("Topic", "''")):
        res = store.run(f"MATCH (n:{label}) UNWIND n.keys AS k WITH n, k "
                        f"WHERE k STARTS WITH $prefix OR k ENDS WITH $suffix OR k CONTAINS $infix "
                        f"RETURN DISTINCT n.id, n.name, {kind} ORDER BY n.id",
                        {"prefix": key + " ", "suffix": " " + key, "infix": " " + key + " "})
        found += [{"id": r[0], "name": r[1], "kind": r[2] or None, "label": label} for r in res.rows]
    return found or (topics_by_words(store, name) if by_words else [])


#: Words a topic's name may hold or lack and mean the same: articles, prepositions, possessives.
GLUE = set("the a an of for on to toward towards over about and in into at by with from against its their his "
           "her this that these those".split())


def content_words(name: str) -> frozenset[str]:
    """A name's words that carry meaning, singular: "efforts toward peace" -> {effort, peace}."""
    return frozenset(singular(w) for w in name_key(name).split() if w not in GLUE)


def topics_by_words(store: Store, name: str) -> list[dict[str, Any]]:
    """Topics holding all of a name's content words in any order and number ("the peace effort"
    for "efforts toward peace", "identity card plans" for "plans for identity cards"): only
    for two content words or more, since one word is already found inside names. Topics with
    exactly those words win; failing any, those with the fewest words besides."""
    wanted = content_words(name)
    if len(wanted) < 2:
        return []
    longest = max(wanted, key=lambda w: (len(w), w))
    probe = longest[:-1] if longest.endswith("y") else longest  # "policy" is inside "policies" as "polic"
    res = store.run("MATCH (n:Topic) UNWIND n.keys AS k WITH n, k WHERE k CONTAINS $w "
                    "RETURN DISTINCT n.id, n.name, k ORDER BY n.id", {"w": probe})
    extra: dict[str, tuple[int, dict[str, Any]]] = {}
    for node_id, node_name, key in res.rows:
        have = content_words(key)
        if wanted <= have:
            best = min(len(have - wanted), extra.get(node_id, (len(have), None))[0])
            extra[node_id] = (best, {"id": node_id, "name": node_name, "kind": None, "label": "Topic"})
    fewest = min((n for n, _ in extra.values()), default=0)
    return [node for n, node in extra.values() if n == fewest]


def suggest_nodes(store: Store, name: str, limit: int = 5) -> list[str]:
    """Names close to ``name`` (for the error when nothing matched)."""
    from difflib import get_close_matches

    names: list[str] = []
    for label in ("Actor", "Topic"):
        names += [r[0] for r in store.run(f"MATCH (n:{label}) RETURN n.name").rows if r[0]]
    by_key = {name_key(n): n for n in names}
    return [by_key[k] for k in get_close_matches(name_key(name), list(by_key), n=limit, cutoff=0.6)]


def resolve(store: Store, name: str, param: str = "name") -> Match:
    """The nodes ``name`` refers to, as a :class:`Match` for ``param``; a name that matches
    nothing raises :class:`QueryError` with the closest names in the graph."""
    nodes = find_nodes(store, str(name))
    if not nodes:
        close = suggest_nodes(store, str(name))
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise QueryError(f"no actor or topic in the graph matches {name!r}{hint}")
    return Match(param, str(name), nodes)


def main_actor(store: Store, match: Match) -> tuple[Match, Optional[str]]:
    """A name that matched several actors ("Blair": Tony, Cherie and Ian Blair) narrowed to
    the most mentioned one, with a line saying so; topics it matched stay. Any other match
    comes back as it is, with no line."""
    actors = [n for n in match.nodes if n["label"] == "Actor"]
    if len(actors) < 2:
        return match, None
    res = store.run("MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id, a.mentions", {"ids": [n["id"] for n in actors]})
    mentions = {r[0]: int(r[1] or 0) for r in res.rows}
    ranked = sorted(actors, key=lambda n: (-mentions.get(n["id"], 0), n["id"]))
    main, others = ranked[0], ranked[1:]
    picked = Match(match.param, match.given, [main] + [n for n in match.nodes if n["label"] != "Actor"])
    shown = ", ".join(n["name"] for n in others[:5]) + (f" and {len(others) - 5} more" if len(others) > 5 else "")
    line = (f"{match.param} {match.given!r} matched {len(actors)} actors: took {main['name']}, the most mentioned "
            f"({mentions.get(main['id'], 0)}); name one of the others to start there: {shown}")
    return picked, line
