"""Offices of one article: "the chancellor" whose holder the article does not name.

"Gordon Brown has said ... The chancellor, speaking ...": the article never writes
"Chancellor Gordon Brown", so :meth:`.roles.ArticlePeople.holder` finds no one. When the
speaker, stance holder or stance target is one of :data:`OFFICES` said with "the" and its
title's words only ("the prime minister", "the home secretary", "the shadow chancellor" as
an office of its own; "the Irish prime minister", "a former prime minister", "prime
ministers" name none), it is a placeholder for the office (:func:`stancegraph.graph.offices.placeholder`), which the graph names
across articles before writing (:mod:`stancegraph.graph.offices`). The persons an article
names with such a title exactly ("Chancellor Gordon Brown", "Gordon Brown, the
chancellor") carry the role ``office:<title>`` (:func:`mark_holders`) so that it can.
"""
from __future__ import annotations

from typing import Optional

from stancegraph.graph.model import Actor
from stancegraph.graph.offices import PREFIX, placeholder
from stancegraph.loaders.extract.roles import Role

#: The offices of British politics a bare "the <title>" names: one holder at a time, the
#: same across the articles of a corpus (a department head or party leader, not "the
#: minister"); a modifier makes another office ("the shadow chancellor" is not the
#: chancellor). "The president" is left out: a world corpus has many presidents.
OFFICES: dict[Role, str] = {}


def _office(title: str, head: str, *modifiers: str) -> None:
    OFFICES[Role(head, frozenset(modifiers))] = title


for _mod in ("", "deputy "):
    _office(_mod + "prime minister", "prime-minister", *_mod.split())
for _mod in ("", "shadow ", "lord "):
    _office(_mod + "chancellor", "chancellor", *_mod.split())
for _dept in "home foreign culture education health defence trade transport environment".split():
    _office(f"{_dept} secretary", "secretary", _dept)
    _office(f"shadow {_dept} secretary", "secretary", "shadow", _dept)
_office("work and pensions secretary", "secretary", "work", "pensions")
for _party in ("conservative", "labour", "liberal democrat"):
    _office(f"{_party} leader", "leader", *_party.split())


def office_of(role: Optional[Role], toks) -> Optional[str]:
    """The office a speaker span names bare: "the chancellor" (a definite article and the
    title, nothing else), else None."""
    title = OFFICES.get(role) if role is not None else None
    # "the" and the title's words only: role_of would read "his chancellor" alike
    return title if title and len(toks) > 1 and toks[0].lower_ == "the" and toks[-1].tag_ in ("NN", "NNP") else None


def office_actor(role: Optional[Role], toks) -> Optional[Actor]:
    title = office_of(role, toks)
    return placeholder(title) if title else None


_INDEFINITE = frozenset("a an another any every no".split())


def mark_holders(people, actors: dict[str, Actor]) -> None:
    """The persons the article names with an office's very title get its role; not after
    an indefinite article (BBC shape: "how good a chancellor <Name> would be")."""
    for held in people.roles:
        title = OFFICES.get(held.role)
        a = actors.get(held.actor)
        if title and a is not None and a.kind == "person" and PREFIX + title not in a.roles and \
                not _indefinite(people.doc, held.at):
            a.roles.append(PREFIX + title)


def _indefinite(doc, at: int) -> bool:
    """Whether the words before the name at character ``at`` open with "a"/"an"."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return False
    j = span.start - 1
    while j >= 0 and span.start - j <= 6 and doc[j].pos_ in ("NOUN", "PROPN", "ADJ"):
        j -= 1
    return j >= 0 and doc[j].lower_ in _INDEFINITE
