"""Who speaks through the thing an "according to" phrase names.

"according to a report from the Harbour Trust", "an analysis by the Civic Data Institute",
"a court filing submitted by the county attorney", "audio provided by a local station",
"interviews with a dozen officials": PolNeAR marks the body or the people behind the thing as
the source, not the report, analysis or audio itself (PolNeAR train, session 20). A thing
with no such phrase ("according to a report released Monday") stays the source.
"""
from __future__ import annotations

from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract.lost_subjects import may_speak

#: Prepositions that name whom a thing comes from; "with" only after "interviews".
_FROM = frozenset(("from", "by"))
_INTERVIEWS = frozenset(("interview", "conversation", "discussion"))


def source_owner(pobj):
    """The owner of ``pobj``, the object of "according to", when it is a thing a named body
    or person put out; else ``pobj``."""
    if pobj.pos_ != "NOUN" or pobj.ent_type_ or pobj.lemma_.lower() in cues.PERSON_ROLES:
        return pobj  # "according to officials", "according to the Ledger": already a speaker
    for c in pobj.children:
        if c.dep_ == "prep" and (c.lower_ in _FROM or c.lower_ == "with" and pobj.lemma_.lower() in _INTERVIEWS):
            owner = _named(c)
        elif c.dep_ == "acl" and c.tag_ == "VBN":
            owner = next((_named(a) for a in c.children if a.dep_ == "agent"), None)
        else:
            continue
        if owner is not None:
            return owner
    return pobj


def _named(prep):
    """The object of ``prep`` when it may speak: a name, a group, a role, people."""
    obj = next((p for p in prep.children if p.dep_ == "pobj"), None)
    if obj is None or not (obj.ent_type_ in ("PERSON", "ORG", "NORP") or obj.pos_ == "PROPN" or may_speak(obj)):
        return None
    return obj
