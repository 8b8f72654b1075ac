""""look" as a cue of seeking, anticipating or viewing (issue 19, session 21, PolNeAR train).

A person "looking to" do something states an aim, as "seeking to" does ("is looking to unseat
the mayor"); "looking for" something is seeking it ("are looking for a candidate who listens");
"looking forward / ahead to" something is a hope held ("looks forward to the debates"); and
"looking at X as Y" is a view, as "seeing X as Y" is. PolNeAR marks these as attributions.
Every other use names a glance or a study: "looked at the data", "looked over the papers",
"looks tired", "things look bad for X" -- no statement (the plain "look at X" rows were
mostly wrong on train).
"""
from __future__ import annotations

#: The adverb or particle that makes "look ... to X" anticipating: "look forward to"; not "look
#: ahead to the fall" (PolNeAR train: mostly the writer's narration of a campaign, 1 of 5).
_ANTICIPATING = frozenset(["forward"])


def look_frame(t):
    """The content head of "look" ``t`` in one of its reporting frames, else None: the
    infinitive ("looking to build on his lead"), the object of "for" ("looking for a
    candidate"), of "to" after "forward" or "ahead" ("looks forward to the debates"), or of
    "at" when an "as" phrase follows it ("look at us as the enemy")."""
    for c in t.children:
        if c.dep_ == "xcomp" and c.i > t.i and c.pos_ in ("VERB", "AUX") and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return c
    if any(c.dep_ == "prt" and c.lower_ not in _ANTICIPATING or c.dep_ in ("acomp", "oprd", "ccomp") or
           c.dep_ == "advmod" and c.lower_ == "how" for c in t.children):
        # "looked over the papers"; "things look bad for X", "how things look for X"; a clause
        # before a semicolon that the parser hung on the verb would be read as what was said
        return None
    anticipating = any(c.lower_ in _ANTICIPATING and c.dep_ in ("advmod", "prt") for c in t.children)
    for p in _preps(t):
        obj = next((x for x in p.children if x.dep_ in ("pobj", "pcomp")), None)
        if obj is None or obj.i < t.i:
            continue  # "what analysts were looking for": the thing sought is named elsewhere
        if p.lower_ == "for" or p.lower_ == "to" and anticipating or p.lower_ == "at" and _as_after(t, obj):
            return obj
    return None


def _preps(t):
    """The prepositions on the verb, and on its "forward"/"ahead" ("look forward to")."""
    for c in t.children:
        if c.dep_ == "prep":
            yield c
        elif c.lower_ in _ANTICIPATING:
            yield from (x for x in c.children if x.dep_ == "prep")


def _as_after(t, obj) -> bool:
    """An "as" phrase right after the object of "at", on the verb or on the object."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and c.i == obj.right_edge.i + 1
               for c in (*t.children, *obj.children))
