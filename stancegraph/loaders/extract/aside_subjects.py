"""A speaker named at the start of the sentence and set apart from the cue verb by a long aside.

"Rosa Dunn, director of the tenants' union, a group that has backed the strike since May,
also said ...", "Paul Marsh (a councillor so young he is taken for a student) says ...",
"Ann Keller, who chairs the board, said ...": the parser loses the subject of the verb after
an aside holding verbs of its own (a relative clause, a participle) or a bracket. Called by
:func:`cue_subjects.cue_subject` for a finite cue that found no subject otherwise (PolNeAR
train, session 19); the short asides with no verb are :func:`cue_subjects._unparsed_subject`'s.
"""
from __future__ import annotations

import bisect

from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract.documents import is_document
from stancegraph.loaders.extract.lost_subjects import may_speak
from stancegraph.loaders.extract.nlp import ents_of, first_subject, kept

_FINITE = frozenset(("VBD", "VBZ", "VBP"))
_CLOSERS = frozenset((",", ")", "—", "–", "-", "--"))
_OPENERS = frozenset((",", "(", "—", "–", "-", "--"))
_SPEAKERS = frozenset(("PERSON", "ORG", "NORP"))


def aside_subject(t, in_quote):
    """The root of the name that opens the sentence (a quote before it aside) when an aside
    runs from right after it to right before the finite verb ``t`` (the verb's own adverbs
    aside), or None."""
    if t.tag_ not in _FINITE and not any(c.dep_ == "aux" for c in t.children) or in_quote[t.i]:
        return None
    doc, sent = t.doc, t.sent
    i = t.i
    while i - 1 > sent.start and doc[i - 1].dep_ == "advmod" and doc[i - 1].head.i == t.i:
        i -= 1  # "..., also said", "..., last week said"
    if doc[i - 1].text not in _CLOSERS:
        return None
    ents = ents_of(doc)
    starts = kept(doc, "stancegraph.ent_starts", lambda d: [e.start for e in ents])
    for ent in ents[bisect.bisect_left(starts, sent.start):bisect.bisect_left(starts, i)]:
        if ent.label_ not in _SPEAKERS or in_quote[ent.start] or ent.end >= i - 1:
            continue
        if any(not (in_quote[x.i] or x.is_punct or x.is_space) for x in doc[sent.start:ent.start]):
            return None  # only the first name, opening the sentence
        if doc[ent.end].text not in _OPENERS or any(in_quote[x.i] for x in doc[ent.end:i]):
            return None
        return ent.root
    return None


def aside_clause(h) -> bool:
    """A clause opened by "although / as / while ..." whose subject is a personal pronoun,
    hung on a verb whose subject is a name: a verb the parser coordinates on the
    clause goes on with that name's verb (PolNeAR train; not "the email ..., although she")."""
    return h.dep_ == "advcl" and h.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" for c in h.children) \
        and any(c.dep_ == "nsubj" and c.lower_ in ("he", "she", "they") for c in h.children) \
        and any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN") for c in h.head.children)


def conjunct_speaker_verb(h):
    """The verb whose subject speaks a cue the parser coordinated on ``h``, when that is not
    ``h``'s own subject: the main verb past an "although / as / while" aside
    (:func:`aside_clause`), or the verb reporting a clause whose subject is a thing
    (:func:`thing_clause_sayer`); else None."""
    return h.head if aside_clause(h) else thing_clause_sayer(h)


def thing_clause_sayer(h):
    """"X says the main goal is Y, but conceded that ...", "X believe a deal is possible and
    have been calling on ...": the parser hangs the cue on the reported clause, whose subject
    is a thing that does not speak (not a person, group, role, plural or personal pronoun, nor
    a document); the cue goes on with the verb reporting the clause, up to the first one with
    a subject, when that subject may speak (PolNeAR train, session 21). Else None."""
    subj = first_subject(h)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN", "PRON") or may_speak(subj) or \
            subj.ent_type_ in _SPEAKERS or is_document(subj):
        return None
    for _ in range(4):
        if h.dep_ != "ccomp" or h.head.i == h.i:
            return None
        h = h.head
        if (sayer := first_subject(h)) is not None:
            return h if may_speak(sayer) or sayer.ent_type_ in _SPEAKERS else None
    return None


def reported_pronoun(t, h) -> bool:
    """"She said she admires X and highlighted Y": a conjunct in the saying verb's tense, not
    that of the reported clause it hangs on, whose subject is a personal pronoun, goes on
    with the saying verb (session 19)."""
    return t.tag_ != h.tag_ and h.head.lemma_.lower() in cues.SPEECH_VERBS \
        and any(c.dep_ == "nsubj" and c.lower_ in ("he", "she", "they") for c in h.children)
