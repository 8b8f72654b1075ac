"""Across articles: which lone surnames are a person the graph knows by full name.

Within an article the resolver joins "Mr Blair" to the "Tony Blair" the article names.
An article that only ever says "Mr Blair" leaves a node ``person:blair``; this module
decides, over the whole graph, which such nodes are someone the graph knows by full name:

* only persons named by one word (a bare surname, with or without "Mr"), never a full name;
* candidates are the persons whose full name ends with that word and whose honorifics do
  not disagree ("Mrs Howard" is never Michael Howard);
* one candidate: linked. Several: linked to the most mentioned only when it has at least
  :data:`DOMINANCE` times the mentions of the next (Tony Blair over Sir Ian Blair in
  British politics); otherwise left alone, and ``stancegraph actors suspects`` lists it.

The same full name under two kinds ("Vince Cable" a person in most articles, an
organization where NER slipped) is one actor of the kind most of its mentions have, when
that kind has at least :data:`DOMINANCE` times the mentions of the other (a lone word under
two kinds, "Ford", may be two actors and is left alone; so are alias-table names).

The policy is stated in docs/entities.md; :func:`plan_links` is pure, so the benchmark and
the stores apply the same decisions.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping, Optional

#: How many times more mentions the most mentioned candidate needs over the next.
DOMINANCE = 3.0

_MALE = frozenset("mr lord sir".split())
_FEMALE = frozenset("mrs ms miss lady dame".split())
_PEER = frozenset("lord baroness baron".split())


@dataclass
class ActorFacts:
    """What linking needs to know of an actor node."""

    id: str
    name: str
    kind: str
    mentions: int = 0
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


def gender(actor: ActorFacts) -> Optional[str]:
    """"m"/"f" from honorifics in an actor's roles and aliases ("Mrs Howard"), else None."""
    words = _titles(actor)
    male, female = bool(words & _MALE), bool(words & _FEMALE)
    return "m" if male and not female else "f" if female and not male else None


def link_end(links: Mapping[str, tuple[str, str]], old: str) -> str:
    """Where a chain of planned links (old id -> (new id, reason)) from ``old`` ends: a kind
    fixed, then a surname joined to its full name; ``old`` itself when it is not linked."""
    seen, new = {old}, old
    while new in links and links[new][0] not in seen:
        new = links[new][0]
        seen.add(new)
    return new


def _surname(name: str) -> str:
    return name.split()[-1].lower().strip(".,") if name.split() else ""


def _titles(actor: ActorFacts) -> set[str]:
    """The honorifics and titles of an actor: its roles and the first word of each alias."""
    return {r.lower() for r in actor.roles} | {a.split()[0].lower().strip(".") for a in actor.aliases if " " in a}


def _peer_only(actor: ActorFacts) -> bool:
    """Said only as a peer ("Lord Osborne", a judge): not a commoner's surname ("Mr Osborne")."""
    titles = _titles(actor)
    return bool(titles & _PEER) and not titles & (_MALE | _FEMALE | {"dr"}) - _PEER - {"lady"}


def _known_as_peer(actor: ActorFacts, surname: str) -> bool:
    return any(a.lower() in {f"{t} {surname}" for t in _PEER} for a in actor.aliases)


def _lone_key(name: str, hyphenated: set[str]) -> str:
    """The surname a person node is known by alone: a one-word name ("Straw"), or a two-word
    name that is a hyphenated surname written with a space ("Kilroy Silk" for Kilroy-Silk,
    when some full name in the graph ends "Kilroy-Silk"); "" for a full name."""
    words = name.lower().split()
    if len(words) == 1:
        return words[0]
    spaced = "-".join(w.strip(".,") for w in words)
    return spaced if len(words) == 2 and spaced in hyphenated else ""


def plan_links(actors: Iterable[ActorFacts]) -> dict[str, tuple[str, str]]:
    """Lone-surname person id -> (full-name person id, reason)."""
    people = [a for a in actors if a.kind == "person"]
    by_surname: dict[str, list[ActorFacts]] = {}
    for a in people:
        # a peer's territorial title ("Roberts of Conwy") is no "<given name> <surname>"
        if len(a.name.split()) > 1 and a.name.split()[0].lower().strip(".") not in _MALE | _FEMALE \
                and " of " not in a.name:
            by_surname.setdefault(_surname(a.name), []).append(a)
    hyphenated = {s for s in by_surname if "-" in s}
    links: dict[str, tuple[str, str]] = {}
    for a in people:
        key = _lone_key(a.name, hyphenated)
        if not key:
            continue
        g = gender(a)
        options = [o for o in by_surname.get(key, []) if not (g and gender(o) and gender(o) != g) and o is not a]
        if _peer_only(a):  # "Lord Osborne" is George Osborne only if the graph calls him so
            options = [o for o in options if _known_as_peer(o, key)]
        if not options:
            continue
        options.sort(key=lambda o: (-o.mentions, o.id))
        if len(options) == 1:
            links[a.id] = (options[0].id, f"the only person named {options[0].name!r} with that surname")
        elif options[0].mentions >= DOMINANCE * max(options[1].mentions, 1):
            links[a.id] = (options[0].id, f"{options[0].name!r} has {options[0].mentions} mentions, "
                                          f"{DOMINANCE:g}x or more the next ({options[1].name!r}, {options[1].mentions})")
    return links


def plan_kinds(actors: Iterable[ActorFacts], fixed: Callable[[str], bool] = lambda name: False) -> dict[str, tuple[str, str]]:
    """Minority-kind id -> (majority-kind id, reason) for full names found under two kinds;
    ``fixed(name)`` says a name's kind is not voted (the alias table decides it)."""
    by_name: dict[str, list[ActorFacts]] = {}
    for a in actors:
        if len(a.name.split()) > 1 and a.kind in ("person", "organization", "group") and not fixed(a.name):
            by_name.setdefault(a.id.split(":", 1)[1], []).append(a)
    out: dict[str, tuple[str, str]] = {}
    for group in by_name.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda a: (-a.mentions, a.id))
        top = group[0]
        for other in group[1:]:
            if top.mentions >= DOMINANCE * max(other.mentions, 1):
                out[other.id] = (top.id, f"{top.name!r} is a {top.kind} in {top.mentions} mentions, "
                                         f"a {other.kind} in {other.mentions}")
    return out


def plan_variants(actors: Iterable[ActorFacts]) -> dict[str, tuple[str, str]]:
    """Organization names of several words that differ only by a final "s" ("Dominion
    Textile" / "Dominion Textiles", "American Airline" / "American Airlines"): one actor,
    the more mentioned spelling. A lone word is left alone ("Time" is not the Times)."""
    orgs: dict[str, ActorFacts] = {a.id: a for a in actors if a.kind == "organization" and len(a.name.split()) > 1}
    out: dict[str, tuple[str, str]] = {}
    for a in orgs.values():
        if not a.id.endswith("s"):
            continue
        other = orgs.get(a.id[:-1])
        if other is None:
            continue
        keep, drop = (a, other) if (a.mentions, a.id) >= (other.mentions, other.id) else (other, a)
        out[drop.id] = (keep.id, f"{drop.name!r} and {keep.name!r} differ only by a final s")
    return out
