"""A gerund clause as the issue of a position: "Ortiz supports raising the minimum wage",
"Keller opposed closing the hospitals" (PolNeAR train: position verbs with a gerund
complement gave no stance edge, though "supports a higher minimum wage" did).

Only the words of holding a position: "hates losing", "loves campaigning" or "defended
cutting" tell a feeling or a deed as often as a position on an issue, and one embraces a
practice ("embracing online trading") as often as a cause."""
from __future__ import annotations

#: verbs whose gerund complement is the issue they take a position on
GERUND_POSITION_VERBS = frozenset("support back endorse favor favour champion advocate oppose".split())


def gerund_objects(verb) -> list:
    """The gerund clause after a position verb ("supports raising ..."), as the one object:
    an -ing complement with no "to" and no subject of its own, right after the verb (not a
    participle set off by a comma: "backed Lopez, saying ...")."""
    if verb.lemma_.lower() not in GERUND_POSITION_VERBS:
        return []
    for c in verb.children:
        if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > verb.i and not any(
                x.dep_ in ("nsubj", "aux", "mark") for x in c.children) and not any(
                t.is_punct for t in verb.doc[verb.i + 1:c.left_edge.i]):
            return [c]
    return []
