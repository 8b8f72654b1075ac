"""Stances told by a phrase rather than a stance verb with an object.

* prepositional verbs: "voted against the bill", "sided with Brown", "hit out at the
  Tories", "campaigned for Kerry";
* "X and Y clashed over Z", "X clashed with Y": each is against the other;
* people named by their stance: "X is a critic of Y", "X, a Trump critic, ...", "Blair's
  critics", "an ally of the chancellor";
* calls to resign: "called on Blair to resign", "urged him to quit", "demanded Straw's
  resignation": against the one asked to go.

The holder, target, negation and wishes are read as for stance verbs (:mod:`.stances`).
"""
from __future__ import annotations

from typing import Iterator

from stancegraph.graph.model import Relation
from stancegraph.loaders.extract import stance_lexicon as lex
from stancegraph.loaders.extract.stances import _blocked, _emit, _holder_of, _negated

_APPEAL_VERBS = frozenset("urge call ask demand press tell pressure push".split())
_COPULAS = frozenset("be become remain seem".split())


_WORDS = frozenset({v for v, _ in lex.PREP_VERBS} | lex.MUTUAL_VERBS | lex.RESIGN_VERBS | lex.POSITIVE_AGENTS
                   | lex.NEGATIVE_AGENTS | {"resignation", "cast"} | set(lex.POSITIVE_ADJECTIVES)
                   | set(lex.NEGATIVE_ADJECTIVES))
#: what one casts for or against someone: "cast their votes for Ortiz", "cast a ballot against"
_BALLOTS = frozenset("vote ballot".split())


def find_described(ctx) -> Iterator[Relation]:
    for tok in ctx.tokens_with(_WORDS):
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma == "cast":
            yield from _cast_vote(ctx, tok)
        elif tok.pos_ == "VERB":
            yield from _prep_verb(ctx, tok, lemma)
            if lemma in lex.RESIGN_VERBS:
                yield from _asked_to_go(ctx, tok)
        elif tok.pos_ == "ADJ" and tok.dep_ == "acomp":
            yield from _adjective(ctx, tok)
        elif tok.pos_ == "NOUN":
            if lemma in lex.POSITIVE_AGENTS or lemma in lex.NEGATIVE_AGENTS:
                yield from _agent_noun(ctx, tok, +1 if lemma in lex.POSITIVE_AGENTS else -1)
            elif lemma == "resignation":
                yield from _resignation(ctx, tok)


def _prep_verb(ctx, verb, lemma: str) -> Iterator[Relation]:
    """"voted against the bill", "lashed out at", "X and Y clashed", "clashed with Y"."""
    mutual = lemma in lex.MUTUAL_VERBS
    # not "turning the corner on long waits": the preposition belongs to the object
    preps = [c for c in verb.children if c.dep_ == "prep" and (lemma, c.lower_) in lex.PREP_VERBS
             and not any(x.dep_ == "dobj" for x in verb.children) and not _other_phrasal(verb, c)]
    if not preps and not mutual or _blocked(verb):
        return
    negated, aux = _negated(verb)
    prt = next((c.text for c in verb.children if c.dep_ == "prt"), "")
    holder_tok, holder, conf = _holder_of(ctx, verb)
    for prep in preps:
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        sign = lex.PREP_VERBS[(lemma, prep.lower_)]
        issue_only = (lemma, prep.lower_) in lex.ISSUE_PREP_VERBS
        if issue_only:  # "called for Straw to go" is a call to resign (below), not support
            objects = [o for o in objects if not any(c.dep_ in ("acl", "relcl") for c in o.children)]
        # "argued against UKIP working with such groups": against what UKIP would do, not UKIP
        objects = [o for o in objects if not _doing_next(o) and not (mutual and _occasion(o))]
        cue = " ".join(w for w in (aux, verb.text, prt, prep.text) if w)
        yield from _emit(ctx, verb, holder_tok, objects, sign, cue=cue, negated=negated, base=0.8,
                         holder=holder, holder_conf=conf, issue_only=issue_only)
        if mutual and not negated and holder_tok is not None and ctx.actor_of(holder_tok)[0] is not None:
            # "X clashed with Y": Y is against X too
            for obj in objects:
                yield from _emit(ctx, verb, obj, [holder_tok], -1, cue=cue, negated=False, base=0.7)
    if mutual and not preps and holder_tok is not None and not negated:
        # "Democrats and Republicans have sparred for months"
        sides = [holder_tok] + [c for c in holder_tok.children if c.dep_ == "conj"]
        for a in sides:
            others = [b for b in sides if b is not a]
            yield from _emit(ctx, verb, a, others, -1, cue=verb.text, negated=False, base=0.7)


def _cast_vote(ctx, verb) -> Iterator[Relation]:
    """"Reed cast his vote for Ortiz", "cast their ballots against Reed": as "voted for" / "voted
    against" (the preposition hangs on the verb or on the ballot noun)."""
    ballot = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _BALLOTS), None)
    if ballot is None or _blocked(verb):
        return
    prep = next((c for c in (*verb.children, *ballot.children) if c.dep_ == "prep" and ("vote", c.lower_) in
                 lex.PREP_VERBS and c.lower_ in ("for", "against")), None)
    if prep is None:
        return
    negated, aux = _negated(verb)
    holder_tok, holder, conf = _holder_of(ctx, verb)
    words = [aux] + [t.text for t in verb.doc[verb.i:ballot.i + 1]] + [prep.text]
    yield from _emit(ctx, verb, holder_tok, [c for c in prep.children if c.dep_ == "pobj"],
                     lex.PREP_VERBS[("vote", prep.lower_)], cue=" ".join(w for w in words if w), negated=negated,
                     base=0.8, holder=holder, holder_conf=conf)


#: words that make another phrasal verb of the verb: "went back on his pledge after ..."
_PARTICLES = frozenset("back out up down off away".split())


def _other_phrasal(verb, prep) -> bool:
    """"she went back on her promise after pressure from allies" (BBC shape): a particle and its own
    preposition before the cue's make another verb ("go back on"), and the cue's preposition is
    no part of it ("hit back at", "lashed out at" keep: their particle is the cue's)."""
    parts = [c.i for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in _PARTICLES and c.i < prep.i]
    return any(c.dep_ == "prep" and c.i != prep.i and parts and min(parts) < c.i < prep.i for c in verb.children)


#: events and dates: "timed to clash with a keynote speech" is a clash of dates, no stance
_OCCASIONS = frozenset("""
meeting speech address event conference summit rally launch debate session fixture match game date
deadline day week weekend holiday broadcast programme ceremony celebration festival visit appearance
election vote poll ballot hearing announcement statement interview
""".split())


def _occasion(obj) -> bool:
    return obj.lemma_.lower() in _OCCASIONS or obj.ent_type_ in ("DATE", "TIME", "EVENT")


def _doing_next(obj) -> bool:
    """An -ing verb right after the object, on the object or its verb: "against UKIP working"."""
    nxt = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    return nxt is not None and nxt.tag_ == "VBG" and nxt.head.i in (obj.i, obj.head.i, obj.head.head.i)


def _adjective(ctx, adj) -> Iterator[Relation]:
    """"X has been critical of Y", "X was supportive of the plan", "loyal to Brown"."""
    low = adj.lower_
    sign, prep_word = (+1, lex.POSITIVE_ADJECTIVES[low]) if low in lex.POSITIVE_ADJECTIVES else (
        (-1, lex.NEGATIVE_ADJECTIVES[low]) if low in lex.NEGATIVE_ADJECTIVES and low != "opposed" else (0, ""))
    prep = next((c for c in adj.children if c.dep_ == "prep" and c.lower_ in (prep_word, "of", "towards")), None)
    if not sign or prep is None or _blocked(adj):
        return
    verb = adj.head
    negated, aux = _negated(verb)
    holder_tok, holder, conf = _holder_of(ctx, verb)
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    yield from _emit(ctx, adj, holder_tok, objects, sign, cue=f"{verb.text} {adj.text} {prep.text}",
                     negated=negated, base=0.8, holder=holder, holder_conf=conf)


def _agent_noun(ctx, noun, sign: int) -> Iterator[Relation]:
    """"X is a critic of Y", "Kasich, a Trump critic, ...", "an ally of Brown"."""
    if _blocked(noun):
        return
    targets = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj"]
    if not targets:
        # "a Trump critic", "Blair's critics": a person or group named before the noun
        targets = [c for c in noun.children if c.dep_ in ("compound", "poss") and ctx.actor(c) is not None
                   and (c.dep_ == "poss" or ctx.kind(ctx.actor(c)) == "person")]
    if not targets:
        return
    holder_tok = None
    if noun.dep_ == "attr" and noun.head.lemma_.lower() in _COPULAS:
        holder_tok = ctx.subject(noun.head)
    elif noun.dep_ == "appos":
        holder_tok = noun.head
    else:
        holder_tok = next((c for c in noun.children if c.dep_ == "appos" and ctx.actor(c) is not None), None)
    if holder_tok is None:
        return
    negated = noun.dep_ == "attr" and _negated(noun.head)[0]
    cue = " ".join(t.text for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("poss",)
                   and not ctx.actors_at[t.i] or t.i == noun.i)
    yield from _emit(ctx, noun, holder_tok, targets, sign, cue=cue, negated=negated, base=0.75)
    if noun.lemma_.lower() in lex.MUTUAL_AGENTS and not negated and ctx.actor_of(holder_tok)[0] is not None:
        # "Pecker is a Trump ally": an alliance goes both ways (a supporter's does not); only
        # between actors: "the author's sources, unnamed allies of Mr Blair" (BBC) had become
        # Blair for a topic "author's sources"
        for t in targets:
            if ctx.actor_of(t)[0] is not None:
                yield from _emit(ctx, noun, t, [holder_tok], sign, cue=cue, negated=False, base=0.6)


def _asked_to_go(ctx, verb) -> Iterator[Relation]:
    """"called on Blair to resign", "urged him to quit", "called for Straw to go"."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return
    if verb.lemma_.lower() == "step" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return
    asked = None
    head = verb.head
    if verb.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in _APPEAL_VERBS:
        asked = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
        if asked is None:
            asked = next((p for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "for")
                          for p in c.children if p.dep_ == "pobj"), None)
    elif verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.head.lemma_.lower() in _APPEAL_VERBS:
        asked, head = head, head.head.head  # "called on Blair to resign" parsed on the noun
    if asked is None or _blocked(head):
        return
    holder_tok, holder, conf = _holder_of(ctx, head)
    negated, aux = _negated(head)
    yield from _emit(ctx, head, holder_tok, [asked], -1, cue=f"{head.text} ... to {verb.text}", negated=negated,
                     base=0.75, holder=holder, holder_conf=conf)


def _resignation(ctx, noun) -> Iterator[Relation]:
    """"demanded Straw's resignation", "called for the resignation of the minister"."""
    asked = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
        (p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"),
        None)
    if asked is None or asked.pos_ == "PRON" and asked.lower_ in ("his", "her", "my", "our", "their"):
        return  # "announced his resignation" is no demand
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.lemma_.lower() not in _APPEAL_VERBS or _blocked(verb):
        return
    holder_tok, holder, conf = _holder_of(ctx, verb)
    negated, aux = _negated(verb)
    yield from _emit(ctx, noun, holder_tok, [asked], -1, cue=f"{verb.text} ... resignation", negated=negated,
                     base=0.75, holder=holder, holder_conf=conf)
