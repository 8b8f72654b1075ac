"""Offices of one article: "the chancellor" whose holder the article does not name.

"Gordon Brown has said ... The chancellor, speaking ...": the article never writes
"Chancellor Gordon Brown", so :meth:`.roles.ArticlePeople.holder` finds no one. When the
speaker, stance holder or stance target is one of :data:`OFFICES` said bare ("the prime
minister", "the home secretary"; not "the Irish prime minister", "the shadow chancellor",
"the Lord Chancellor", "a former prime minister", "prime ministers"), it is a placeholder
for the office (:func:`stancegraph.graph.offices.placeholder`), which the graph names
across articles before writing (:mod:`stancegraph.graph.offices`). The persons an article
names with such a title exactly ("Chancellor Gordon Brown", "Gordon Brown, the
chancellor") carry the role ``office:<title>`` (:func:`mark_holders`) so that it can.
"""
from __future__ import annotations

from typing import Optional

from stancegraph.graph.model import Actor
from stancegraph.graph.offices import PREFIX, placeholder
from stancegraph.loaders.extract.roles import Role

_NONE: frozenset = frozenset()
#: The offices of British politics a bare "the <title>" names: one holder at a time, the
#: same across the articles of a corpus (a department head, not "the minister").
OFFICES = {Role("prime-minister", _NONE): "prime minister", Role("chancellor", _NONE): "chancellor",
           Role("secretary", frozenset(["home"])): "home secretary",
           Role("secretary", frozenset(["foreign"])): "foreign secretary"}


def office_of(role: Optional[Role], toks) -> Optional[str]:
    """The office a speaker span names bare: "the chancellor" (a definite article and the
    title, nothing else), else None."""
    title = OFFICES.get(role) if role is not None else None
    if title is None or len(toks) < 2 or toks[0].lower_ != "the" or toks[-1].tag_ not in ("NN", "NNP"):
        return None
    return title if len(toks) - 1 == len(title.split()) else None


def office_actor(role: Optional[Role], toks) -> Optional[Actor]:
    title = office_of(role, toks)
    return placeholder(title) if title else None


def mark_holders(people, actors: dict[str, Actor]) -> None:
    """The persons the article names with an office's very title get its role."""
    for held in people.roles:
        title = OFFICES.get(held.role)
        a = actors.get(held.actor)
        if title and a is not None and a.kind == "person" and PREFIX + title not in a.roles:
            a.roles.append(PREFIX + title)
