"""Agent nouns of advocacy and criticism as a predicate: "Ms Keller is a vocal critic of the
harbour plan", "he has long been a supporter of rent control", "remains a fierce opponent of
the toll road". What the noun is of, for or against is a view its subject holds and voices
(PolNeAR annotates it with the noun phrase as the cue); the subject speaks.

Only after "be", "become" or "remain" with a subject, not negated: an apposition ("Tom Baker,
a supporter of the plan, said ...") describes the speaker of another verb (PolNeAR train: 3 of
12 such appositions lie in a gold cue, against 20 of 37 predicates, most of the rest inside
another statement's content, where the scorer counts neither way).
"""
from __future__ import annotations

from typing import Iterator

from stancegraph.loaders.extract.content import subtree_end, trim
from stancegraph.loaders.extract.cue_subjects import may_state, np_span
from stancegraph.loaders.extract.nlp import first_subject, text_of, tokens_with
from stancegraph.loaders.extract.raw import RawStatement

#: Agent nouns of a view voiced (lemmas), with the prepositions whose object is the view's
#: target; not "ally", "friend", "fan" (a tie, not a view said).
AGENT_NOUNS = {noun: ("of", "for", "against") for noun in """supporter critic defender proponent advocate backer
champion opponent booster detractor cheerleader campaigner skeptic sceptic""".split()}
_COPULAS = frozenset("be become remain".split())


def agent_noun_statements(doc, in_quote) -> Iterator[RawStatement]:
    """Statements of an agent noun after a copula: speaker the copula's subject, cue the noun,
    content what the noun is of or for."""
    for t in tokens_with(doc, set(AGENT_NOUNS)):
        if t.dep_ != "attr" or t.pos_ != "NOUN" or in_quote[t.i] or t.head.lemma_.lower() not in _COPULAS:
            continue
        verb = t.head
        subj = first_subject(verb)
        if subj is None or any(c.dep_ == "neg" for c in verb.children) or not may_state(t.lemma_, subj):
            continue
        pobj = _target(t)
        content = trim(text_of(doc), pobj.left_edge.idx, _target_end(pobj), keep_quotes=False) if pobj else None
        if content:
            yield RawStatement(t.idx, t.idx + len(t.text), t.lemma_.lower(), np_span(subj), content, "indirect",
                               cue_token=t.i)


def _target(noun):
    """The object of the noun's first preposition of a view ("a critic of the plan")."""
    preps = AGENT_NOUNS.get(noun.lemma_.lower(), ())
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ in preps:
            return next((x for x in p.children if x.dep_ == "pobj"), None)
    return None


def _target_end(pobj) -> int:
    """The end of the target's phrase, before a relative clause set off by a comma ("a
    supporter of the levy, which funds ...": the writer's aside; PolNeAR train)."""
    doc = pobj.doc
    aside = next((c for c in pobj.rights if c.dep_ in ("relcl", "acl") and doc[c.left_edge.i - 1].text == ","), None)
    if aside is None:
        return subtree_end(pobj)
    last = doc[aside.left_edge.i - 2]
    return last.idx + len(last.text)
