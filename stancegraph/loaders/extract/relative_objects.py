"""What a cue says when its object is the noun its relative clause hangs on.

"the levy, which the mayor denies", "a rival whom she praised", "the attacks, which were
claimed by the group": the cue's object is gapped and the relative pronoun stands for what
was denied, praised or claimed (PolNeAR train annotates the pronoun alone). With no pronoun,
only when the noun is the subject of "be": "The only regret he voiced was the delay" says
the whole clause. Not "that" (PolNeAR takes the noun, the pronoun or nothing about equally),
nor a noun with no pronoun elsewhere ("the kind of victory many tenants expected": annotated
in a third of the uses). Called by :func:`statements._cue_content` for a cue with no content
of its own (PolNeAR train, session 19).
"""
from __future__ import annotations

from typing import Optional

from stancegraph.loaders.extract.cues import PERSON_ROLES, SPEECH_VERBS, STANCE_VERBS

#: Relative pronouns that stand for the object: "which he denies", "whom she praised".
_OBJECT_RELATIVES = frozenset("which whom".split())
#: ... and for a passive's subject: "which was first reported by", "who was nominated by".
_PASSIVE_RELATIVES = frozenset("which who whom".split())
#: A clause with a content of its own is no gap.
_OWN_CONTENT = frozenset("dobj ccomp xcomp oprd attr dative acomp".split())


def relative_object_content(t) -> Optional[tuple[int, int]]:
    """The chars of what the relative-clause cue ``t`` says about its gapped object, or None."""
    noun = t.head
    if t.dep_ != "relcl" or noun.i >= t.i or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    kids = list(t.children)
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i), None)
    if subj is None or any(c.tag_ == "WRB" or c.dep_ == "prep" and any(
            p.dep_ == "pobj" and p.tag_ in ("WDT", "WP") for p in c.children) for c in kids):
        return None  # "the rally where he spoke", "the interview in which she said"
    rel = [c for c in kids if c.dep_ == "dobj" and c.i < t.i]
    if any(c.dep_ in _OWN_CONTENT and c not in rel for c in kids):
        return None
    if subj.dep_ == "nsubjpass":
        lemma = t.lemma_.lower()
        if subj.lower_ in _PASSIVE_RELATIVES and lemma in SPEECH_VERBS | STANCE_VERBS and any(
                c.dep_ == "agent" for c in kids):
            return _chars(subj, subj)
        return None
    if rel:
        return _chars(rel[0], rel[0]) if rel[0].lower_ in _OBJECT_RELATIVES else None
    if t.left_edge.i != subj.left_edge.i or subj.lower_ in ("which", "who", "that"):
        return None
    return _copula_subject(noun)


def _copula_subject(noun) -> Optional[tuple[int, int]]:
    """"The only regret he voiced was the delay", "One of the things she wanted is ...": the
    clause of "be" whose subject holds the noun (PolNeAR spans it whole)."""
    x = noun
    for _ in range(2):
        if x.dep_ == "nsubj":
            break
        if x.dep_ != "pobj" or x.head.dep_ != "prep":
            return None
        x = x.head.head
    be = x.head
    if x.dep_ != "nsubj" or be.lemma_ != "be" or be.i < x.i:
        return None
    last = be.right_edge
    while last.i > be.i and (last.is_punct or last.is_space):
        last = last.doc[last.i - 1]
    return _chars(x.left_edge, last)


def _chars(first, last) -> tuple[int, int]:
    return first.idx, last.idx + len(last)



_DASHES = frozenset(("—", "–", "-", "--"))


def participle_agent(t):
    """The agent of a passive participle hung on a noun that is what the agent said: a noun
    summing up the clause before it, set off by a comma or dash (", a practice criticized by
    tenant groups", "— an allegation rejected by two inquiries"), or the subject of a clause
    with a saying participle set off by commas ("The fare rise, first reported by the
    Ledger, will start in May"). None for any other cue: "a book written by two aides", "judges
    nominated by presidents" name an author or a deed (PolNeAR train: a quarter of such rows)."""
    return _participle_agent(t)[0]


def _participle_agent(t):
    """(agent, content chars) of such a participle, or (None, None)."""
    noun, doc = t.head, t.doc
    if t.dep_ != "acl" or t.tag_ != "VBN" or noun.pos_ != "NOUN" or noun.i > t.i:
        return None, None
    agent = next((a for a in t.children if a.dep_ == "agent"), None)
    agent = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent is not None else None
    if agent is None:
        return None, None
    start = noun.left_edge.i
    # not the subject of the sentence ("In April, a poll found by ...": the verb misread) nor
    # a person ("Kunin, the former governor challenged by Sanders")
    if t.left_edge.i == noun.i + 1 and start > t.sent.start and (doc[start - 1].text == "," or doc[start - 1].text in _DASHES) \
            and noun.dep_ not in ("nsubj", "nsubjpass", "ROOT") and noun.lemma_.lower() not in PERSON_ROLES:
        return agent, _chars(doc[start], noun)  # ", a practice criticized by ..."
    clause = noun.head
    if doc[t.left_edge.i - 1].text == "," and doc[t.right_edge.i + 1].text == "," and noun.dep_ == "nsubj" \
            and clause.pos_ in ("VERB", "AUX") and t.lemma_.lower() in SPEECH_VERBS - _AUTHORING:
        last = clause.right_edge
        while last.i > noun.i and (last.is_punct or last.is_space):
            last = doc[last.i - 1]
        return agent, _chars(doc[start], last)  # "The fare rise, first reported by X, will ..."
    return None, None


#: Saying verbs that name an author, not a source: "its letter, written by a vice president".
_AUTHORING = frozenset("write publish post".split())


def participle_object_content(t) -> Optional[tuple[int, int]]:
    """What such a participle's agent said: the summing noun's phrase, or the clause whole."""
    return _participle_agent(t)[1]
