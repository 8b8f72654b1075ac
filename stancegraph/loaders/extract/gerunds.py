"""A gerund as what was said: "Ms Keller proposed closing the bridge", "the group reported
spending $1 million" (PolNeAR train: gerund complements of cue verbs were read as no
content, though their infinitive twins -- "proposed to close" -- were statements)."""
from __future__ import annotations

#: Cue verbs whose gerund tells an event, not what was said: "recalled sitting in on focus
#: groups", "described arriving at a gathering", "continued trending", "resisted taking".
NARRATING = frozenset("continue recall remember describe mention ask share resist".split())


def gerund_content(t, lemma):
    """The gerund clause after a cue verb; not a gerund subject the parser cut from its
    verb ("said using a private server was improper": the clause is the content), nor one
    in a relative clause, whose object is often the noun before it ("the $2 million he
    reported receiving"; PolNeAR train: 2 of its 5 such rows right)."""
    if lemma in NARRATING or t.dep_ == "relcl":
        return None
    for c in t.children:
        if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > t.i:
            after = c.doc[c.right_edge.i + 1] if c.right_edge.i + 1 < len(c.doc) else None
            return None if after is not None and after.pos_ in ("AUX", "VERB") else c
    return None
