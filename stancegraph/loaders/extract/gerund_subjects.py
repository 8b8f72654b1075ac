"""Who does an "-ing" participle whose doer the parser left in a phrase right before it.

"The closure left 40 percent of parents saying they could not ...", "found most voters
saying ...": the parser hangs the participle on the verb, whose subject ("The closure") then
became the speaker; the verb's object does it. "The share of nurses saying they would quit
...", "The hearing ended with Senator Rowe asking whether ...", "the spectacle of Mayor Dunn
denouncing ...": the noun phrase after "of" or "with", right before the participle, is its
subject, though the parser hung the participle on the noun or verb above the phrase.
PolNeAR train, session 20.
"""
from __future__ import annotations

from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract.lost_subjects import may_speak

#: Verbs whose object does the participle after it: "left X wondering", "heard X asking";
#: not "see" ("Democrats see X as a threat, arguing ...": the subject argues; PolNeAR train).
_OBJECT_DOERS = frozenset("leave find hear catch".split())
#: Prepositions whose object may be a participle's subject: "the share of X saying", "with X asking".
_OF_WITH = frozenset(("of", "with"))


def gerund_doer(t):
    """The doer of the "-ing" cue ``t`` that stands before it in the shapes above, or None.
    Not a verb of evidence: "a poll of voters showing ..." is the poll's."""
    if t.tag_ != "VBG" or t.lemma_.lower() in cues.EVIDENCE_VERBS or t.i == 0:
        return None
    return _object_doer(t) or _phrase_doer(t)


def _object_doer(t):
    h = t.head
    if t.dep_ not in ("advcl", "xcomp") or h.pos_ != "VERB" or h.lemma_.lower() not in _OBJECT_DOERS:
        return None
    obj = next((c for c in h.children if c.dep_ == "dobj" and h.i < c.i < t.i), None)
    return obj if obj is not None and _may_do(obj) else None


def _phrase_doer(t):
    if t.dep_ not in ("acl", "advcl"):
        return None
    x = t.doc[t.i - 1]  # the last word of the phrase, climbed to its head
    while x.dep_ != "pobj" and x.head.i < t.i and x.head.i != x.i and x.head.right_edge.i == t.i - 1:
        x = x.head
    if x.dep_ != "pobj" or x.head.lower_ not in _OF_WITH or x.head.lower_ == "with" and t.head.pos_ != "VERB":
        return None  # "with" only in a clause of its own ("ended with X asking"), not "reports with X detailing"
    n = x.head.head  # the noun or verb "of"/"with" hangs on: the participle's head, or the noun
    if n.i != t.head.i and not (n.dep_ == "pobj" and n.head.head.i == t.head.i):  # of its prepositional phrase
        return None
    if n.like_num or n.pos_ in ("PRON", "DET", "NUM"):
        return None  # "Two of the Republicans seeking ...": the part stands for the whole phrase
    return x if _may_do(x) else None


def _may_do(x) -> bool:
    """A speaker, or a share of people as a poll gives it ("40 percent of parents")."""
    if may_speak(x) or x.pos_ == "PROPN" or x.ent_type_ in ("PERCENT", "CARDINAL"):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and may_speak(p) for p in c.children)
               for c in x.children)
