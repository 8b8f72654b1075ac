"""Across articles: who holds an office an article names without its holder.

BBC articles say "Gordon Brown has said ..." and later "The chancellor, speaking ...",
never "Chancellor Gordon Brown" in that article; other articles do. The extractor makes a
placeholder person for such an office (:func:`placeholder`: "Chancellor (office)", id
``person:chancellor-office``, its one role ``office:chancellor``) and gives the persons an
article names with that very title the same role ("Chancellor Gordon Brown" and "Gordon
Brown, the chancellor" do; "Shadow Chancellor Oliver Letwin", "German Chancellor Gerhard
Schroeder" and "former chancellor Kenneth Clarke" do not). Before the article is written
(:func:`plan_offices`, pure, then :func:`settle`):

* one person in the graph holds the office: the placeholder is that person;
* several: the most mentioned when it has :data:`~.linking.DOMINANCE` times the mentions
  of the next (a lone surname counted with the full name it is linked to);
* otherwise (none, or two home secretaries without dominance) the placeholder goes: the
  stances it holds or receives are dropped and its statements keep their speaker text
  ("The chancellor") with no speaker actor. No node stands for a person the graph cannot
  name, so a query never answers "Chancellor (office)".

A placeholder is never stored: an office left unfilled in one ingest is not filled when a
later ingest names its holder (re-ingest the article with ``--force``).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Mapping, Optional

from stancegraph.graph import model
from stancegraph.graph.linking import DOMINANCE, ActorFacts, link_end
from stancegraph.graph.model import Actor, ArticleGraph

#: The role an office's holders and its placeholder carry: "office:chancellor".
PREFIX = "office:"
_SUFFIX = " (office)"


def placeholder(title: str) -> Actor:
    """The placeholder of an office ("prime minister" -> "Prime Minister (office)")."""
    name = title.title() + _SUFFIX
    return Actor(model.actor_id("person", name), name, "person", [], [PREFIX + title])


def is_placeholder(actor) -> bool:
    return actor.kind == "person" and actor.name.endswith(_SUFFIX)


def plan_offices(actors: Iterable[ActorFacts], links: Optional[Mapping[str, tuple[str, str]]] = None
                 ) -> dict[str, tuple[Optional[str], str]]:
    """Placeholder id -> (holder id, reason), or (None, reason) when no one holds it alone.
    ``links``: the other links planned (old id -> (new id, reason)); holders are counted as
    the actors they are joined to."""
    links = links or {}

    facts = list(actors)
    mentions: dict[str, int] = {}
    for f in facts:
        end = link_end(links, f.id)
        mentions[end] = mentions.get(end, 0) + f.mentions
    by_office: dict[str, set[str]] = {}
    for f in facts:
        if f.kind == "person" and not is_placeholder(f):
            for r in f.roles:
                if r.startswith(PREFIX):
                    by_office.setdefault(r, set()).add(link_end(links, f.id))
    out: dict[str, tuple[Optional[str], str]] = {}
    for f in (f for f in facts if is_placeholder(f)):
        office = f.roles[0] if f.roles else ""
        options = sorted(by_office.get(office, ()), key=lambda a: (-mentions.get(a, 0), a))
        title = office[len(PREFIX):]
        if not options:
            out[f.id] = (None, f"no one in the graph is named {title!r}")
        elif len(options) == 1:
            out[f.id] = (options[0], f"the only person the graph names {title!r}")
        elif mentions.get(options[0], 0) >= DOMINANCE * max(mentions.get(options[1], 0), 1):
            out[f.id] = (options[0], f"the {title} most mentioned, {DOMINANCE:g}x or more the next ({options[1]})")
        else:
            out[f.id] = (None, f"{len(options)} persons are named {title!r}, none dominant")
    return out


def settle(graph: ArticleGraph, plan: Mapping[str, tuple[Optional[str], str]],
           holders: Mapping[str, tuple[str, str]]) -> ArticleGraph:
    """``graph`` with its placeholders as their holders (``holders``: id -> (name, kind)),
    or gone with the edges they hold or receive (see the module doc)."""
    from stancegraph.graph.curation.rules import remap

    for a in [a for a in graph.actors if a.id in plan]:
        new = plan[a.id][0]
        if new is not None:
            graph = remap(graph, a.id, (new, *holders[new]))
            # the placeholder's name is no alias of the holder
            graph = replace(graph, actors=[replace(x, aliases=[n for n in x.aliases if not n.endswith(_SUFFIX)])
                                           if x.id == new else x for x in graph.actors])
        else:
            graph = _without(graph, a.id)
    return graph


def _without(graph: ArticleGraph, gone: str) -> ArticleGraph:
    """``graph`` without actor ``gone``: its mentions and edges dropped, its statements kept
    with their speaker text and no speaker actor."""
    def off(s):
        sp = replace(s.speaker, actor=None) if s.speaker and s.speaker.actor == gone else s.speaker
        return replace(s, speaker=sp, reported_by=None if s.reported_by == gone else s.reported_by,
                       about=[t for t in s.about if t != gone])
    return replace(graph, actors=[a for a in graph.actors if a.id != gone],
                   mentions=[m for m in graph.mentions if m.actor != gone],
                   statements=[off(s) for s in graph.statements],
                   relations=[r for r in graph.relations if gone not in (r.source, r.target)])
