"""Positions told by a participle on a noun (issue 19; PolNeAR annotates both as attributions):

* "outside groups supporting Senator Lopez", "a super PAC backing Smith": the noun an -ing
  participle describes holds the position toward the participle's object (only when the noun
  names people or an organisation: "a letter supporting the plan" holds nothing);
* "the pipeline bill, opposed by Senate Democrats": a past participle with "by" on a noun;
  the one after "by" holds the position toward the noun.

Only the words of holding a position (support, back, endorse, oppose, favour): acts such as
praise or attack told this way matched PolNeAR about half the time. :mod:`.stances` reads a
participle's subject only in a relative clause ("officials who back"), so these come here.
"""
from __future__ import annotations

from typing import Iterator

from stancegraph.graph.model import Relation
from stancegraph.loaders.extract.stance_reference import described_person
from stancegraph.loaders.extract.stances import _apposed_person, _emit

_POSITIVE = frozenset("support back endorse favor favour".split())
_WORDS = _POSITIVE | {"oppose"}


def find_participles(ctx) -> Iterator[Relation]:
    for verb in ctx.tokens_with(_WORDS):
        lemma = verb.lemma_.lower()
        head = verb.head
        if lemma not in _WORDS or verb.dep_ != "acl" or verb.pos_ != "VERB" or head.pos_ not in ("NOUN", "PROPN") \
                or head.i > verb.i or any(c.dep_ in ("prt", "neg") for c in verb.children):
            continue  # "backed off", "not backing"
        sign = +1 if lemma in _POSITIVE else -1
        if verb.tag_ == "VBG":
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            if objects:
                yield from _emit(ctx, verb, head, objects, sign, cue=verb.text, negated=False, base=0.8,
                                 **_apposed(ctx, verb, head))
        elif verb.tag_ == "VBN":
            agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
            if agent is not None:
                yield from _emit(ctx, verb, agent, [head], sign, cue=verb.text, negated=False, base=0.8)


def _apposed(ctx, verb, head) -> dict:
    """"Rep. Ann Lee, a Democrat supporting Lopez", "a Democrat, Ann Lee, supporting": the person holds the position, the noun the
    participle describes stays its holder as written (``_emit`` would take the person's words)."""
    person = _apposed_person(ctx, head) or described_person(ctx, head)
    holder = ctx.holder_of(person, verb) if person is not None else (None, 0.0)
    return {"holder": holder[0], "holder_conf": holder[1]} if holder[0] is not None else {}
