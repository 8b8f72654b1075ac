"""Stances a statement takes by what it says: "Howard said Labour had failed" is Michael
Howard against Labour, with the statement as evidence.

An evaluative word of the content (:data:`.stance_lexicon.NEGATIVE_EVAL` /
``POSITIVE_EVAL``) is said of one thing, found in the parse, never of the speaker:

* a verb of its subject: "Labour had failed", "the government lied";
* a predicate of its subject: "Brown's plan is a disaster", "the minister was incompetent";
* a word describing a noun: "this incompetent government";
* what a verb of calling names: "called the scheme a shambles", "described Blair as weak".

The target is the actor that thing names (a name, a role, "he"/"she"), and the actor that
owns it ("Brown's plan" is against Brown and the plan). A negated word ("is not a disaster")
or a question says nothing. Statements without such a word stay plain statements.
"""
from __future__ import annotations

from typing import Iterator, Optional

from stancegraph.graph.model import Relation
from stancegraph.loaders.extract import stance_lexicon as lex
from stancegraph.loaders.extract.stances import _blocked, _target, owner_of

_CALLING_VERBS = frozenset("call brand label describe dub deem consider find regard term denounce".split())
_LIGHT_VERBS = frozenset("show display make commit tell demonstrate exhibit".split())
_COPULAS = frozenset("be become remain seem look prove sound".split())
_FIRST_PERSON = frozenset("i me we us my our myself ourselves".split())


def find_evaluations(ctx) -> Iterator[Relation]:
    seen: set[tuple[str, str, int]] = set()
    for st in ctx.statements:
        if st.speaker is None or st.speaker.actor not in ctx.actors or ctx.guessed(st.speaker.text, st.speaker.actor):
            continue
        span = ctx.doc.char_span(st.content.start, st.content.end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            sign = _sign(tok)
            if not sign or _negated(tok) or _blocked(tok):
                continue
            for target, conf in _evaluated(ctx, tok):
                key = (target, st.speaker.actor, tok.sent.start)
                if target == st.speaker.actor or key in seen:
                    continue
                seen.add(key)
                yield ctx.relation("SUPPORTS" if sign > 0 else "OPPOSES", st.speaker.actor, target, tok,
                                   cue=tok.text, polarity=float(sign), confidence=0.6 * conf,
                                   date=ctx.date_of(tok, climb=False))




def _sign(tok) -> int:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        if lemma not in lex.SUBJECT_EVAL_VERBS:
            return 0
        return +1 if lemma in lex.POSITIVE_SUBJECT_VERBS else -1
    if tok.pos_ not in ("VERB", "ADJ", "NOUN"):
        return 0
    if lemma in lex.NEGATIVE_EVAL or tok.lower_ in lex.NEGATIVE_EVAL:
        return -1
    if lemma in lex.POSITIVE_EVAL or tok.lower_ in lex.POSITIVE_EVAL:
        return +1
    return 0


def _negated(tok) -> bool:
    """"is not a disaster", "has not failed", "never lied"."""
    for x in (tok, tok.head if tok.dep_ in ("attr", "acomp") else tok):
        if any(c.dep_ == "neg" or c.lower_ in ("never", "hardly") for c in x.children):
            return True
    return False


def _described(tok) -> Optional[object]:
    """The token an evaluative word is said of (see the module docstring), or None."""
    if tok.pos_ == "VERB":
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        return subj
    head = tok.head
    if tok.dep_ in ("acomp", "attr") and head.lemma_.lower() in _COPULAS:
        return next((c for c in head.children if c.dep_ == "nsubj"), None)
    if tok.dep_ == "amod" and head.pos_ in ("NOUN", "PROPN"):
        return head
    if tok.dep_ in ("oprd", "xcomp", "ccomp") and head.lemma_.lower() in _CALLING_VERBS:
        return next((c for c in head.children if c.dep_ in ("dobj", "nsubj")), None)
    if tok.dep_ == "dobj" and head.lemma_.lower() in _LIGHT_VERBS:
        # "Mr Blair had shown arrogance", "they have made a mess": said of who did it
        return next((c for c in head.children if c.dep_ == "nsubj"), None)
    if tok.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in _CALLING_VERBS:
        return next((c for c in head.head.children if c.dep_ == "dobj"), None)
    return None


def _evaluated(ctx, tok) -> list[tuple[str, float]]:
    thing = _described(tok)
    if thing is None or thing.lower_ in _FIRST_PERSON:
        return []
    out = []
    a, conf = ctx.target_actor(thing)
    if a is None and thing.pos_ == "PRON" and thing.lower_ in ("he", "she"):
        # not "it" ("it would be wrong to wait") nor "they": as often no one
        a, conf = ctx.actor_of(thing)
    if a is not None:
        out.append((a, conf))
        return out
    owner = owner_of(ctx, thing) if thing.pos_ in ("NOUN", "PROPN") else None
    if owner is not None:
        topic = _target(ctx, thing, owner)
        if topic is not None and topic != owner:
            out.append((topic, 0.9))
        out.append((owner, 0.85))
    return out
