"""A report inside a relative clause whose relative pronoun is the subject of what was said.

"the harbour board, which he argued wastes money", "Governor Bell, whom many farmers believed
was ignoring the valley" (PolNeAR train): the parser gives the cue two subjects, the relative
pronoun and the speaker, and hangs what was said on it as an infinitive. The speaker is the
second subject; what was said runs from the relative pronoun to the end of the clause, the
cue inside it, as PolNeAR spans it.
"""
from __future__ import annotations

from typing import Optional

_RELATIVE = frozenset("which who whom that".split())
#: quantifiers floated after a relative pronoun: "who both shared ..." is one subject
_FLOATED = frozenset("both all each".split())


def relative_speaker(t):
    """The speaker of a cue whose first subject is a relative pronoun and whose second, before
    it, is who speaks; None for any other cue."""
    if t.dep_ != "relcl":
        return None
    subjects = [c for c in t.children if c.dep_ == "nsubj" and c.i < t.i]
    if len(subjects) != 2 or subjects[0].lower_ not in _RELATIVE or subjects[1].lower_ in _RELATIVE | _FLOATED:
        return None
    if not any(c.dep_ in ("xcomp", "ccomp") and c.i > t.i and c.pos_ in ("VERB", "AUX") for c in t.children):
        return None
    return subjects[1]


def relative_report(t) -> Optional[tuple[int, int]]:
    """What such a cue says: from the relative pronoun to the end of its clause."""
    if relative_speaker(t) is None:
        return None
    rel = next(c for c in t.children if c.dep_ == "nsubj")
    last = t.right_edge
    while last.i > t.i and (last.is_punct or last.is_space):
        last = last.doc[last.i - 1]
    return rel.idx, last.idx + len(last.text)
