"""What a cue says when it is no clause but an object: the object of a content preposition
("talked about immigration", "asked for an audit", "agreed with the assessment", "weighed in
on the dispute"; the table is :data:`.cues.PREP_CONTENT`)."""
from __future__ import annotations

from stancegraph.loaders.extract import cues


def prep_content(t, lemma):
    """"talked about immigration", "pointed to the polls": the prepositional object; after a
    particle, the object of the preposition that follows it ("lashed out at X", "weighed in
    on X"), whether the parser hangs that preposition on the particle or on the verb."""
    preps = cues.PREP_CONTENT.get(lemma)
    if not preps:
        return None
    for c in t.children:
        if c.dep_ in ("prep", "prt") and c.lower_ in preps:
            for p in c.children:
                if p.dep_ in ("pobj", "pcomp") and p.ent_type_ not in ("DATE", "TIME"):
                    return p
            after = [p for p in c.children if p.dep_ == "prep"] if c.dep_ == "prt" else []
            # not "weighed in by phone", "weighed in during the contest" (PolNeAR train)
            after += [p for p in t.children if c.dep_ == "prt" and p.dep_ == "prep" and p.i == c.i + 1
                      and p.lower_ in _AFTER_PARTICLE]
            for p in after:
                for q in p.children:
                    if q.dep_ == "pobj":
                        return q
    return None


#: Prepositions of a topic after a particle: "weighed in on", "lashed out at", "sounded off about".
_AFTER_PARTICLE = frozenset("on at about against over regarding".split())
