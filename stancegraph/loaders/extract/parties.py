"""Who takes part in an event: the actors around an event trigger in the parse.

Shared by the event rules (:mod:`.events`, :mod:`.exports`): the subject of a verb, the
owner of a noun ("Trump's visit", "make a visit"), a prepositional object, and a word
with the words coordinated with it.
"""
from __future__ import annotations

from typing import Optional

PLACE_KINDS = ("country", "place", "organization")
PARTY_KINDS = ("person", "country", "organization", "group")


def pobj(tok, preps: tuple[str, ...]):
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def with_conj(tok) -> list:
    return [tok] + [c for c in tok.children if c.dep_ == "conj"]


def source_of(ctx, verb, kinds=PARTY_KINDS) -> tuple[Optional[str], float]:
    subj = ctx.subject(verb)
    if subj is None:
        return None, 0.0
    return ctx.actor_of(subj, kinds)


def owner_of(ctx, noun, kinds=PARTY_KINDS) -> tuple[Optional[str], float, object]:
    """Who does what a noun names: "Trump's visit", or the subject of "make a visit"."""
    for c in noun.children:
        if c.dep_ == "poss":
            a, conf = ctx.actor_of(c, kinds)
            if a is not None:
                return a, conf, noun
    verb = noun.head
    if noun.dep_ in ("dobj", "attr") and verb.pos_ in ("VERB", "AUX"):
        a, conf = source_of(ctx, verb, kinds)
        return a, conf, verb
    return None, 0.0, noun
