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


#: What follows a cue whose object is a relative pronoun and says what the speaker calls it:
#: "whom she describes as ...", "which he views as ...", "which she likened to ...".
_NAMING_PREPS = frozenset(["as"])
_LIKENING = frozenset("liken compare".split())
_NAMING = frozenset("call dub label brand term".split())


def relative_object_report(t) -> Optional[tuple[int, int]]:
    """"Tom Baker, whom the mayor describes as a reckless builder", "the levy, which Keller
    views as a tax on the poor", "what he described as a piece of history", "which lenders
    considered too risky": the relative pronoun is the cue's object and the phrase after the
    cue is what the speaker called it (PolNeAR train). What was said runs from the pronoun to
    the end of the clause, the cue inside it; "which he proposed" with no such phrase is not
    read (a pronoun alone says nothing to a reader), nor "what critics call ..." (PolNeAR
    spans the name alone: 11 of 19 such rows turned from hits to misses)."""
    # a pronoun inside the sentence: not "Whatever his reasons may be, ...", "What We Know ..."
    rel = next((c for c in t.children if c.dep_ == "dobj" and t.sent.start < c.i < t.i and c.tag_ in ("WDT", "WP")
                and c.text in _RELATIVE | {"what"}), None)
    if rel is None or not any(c.dep_ == "nsubj" and rel.i < c.i < t.i for c in t.children):
        return None
    lemma = t.lemma_.lower()
    if lemma in _NAMING:
        return None  # "what critics call a tax grab": the name alone is said (.span_ends.named_object_start)
    if not any(c.i > t.i and (c.dep_ == "prep" and (c.lower_ in _NAMING_PREPS or lemma in _LIKENING and c.lower_ == "to")
                              or c.dep_ == "oprd") for c in t.children):
        return None
    last = t.right_edge
    while last.i > t.i and (last.is_punct or last.is_space):
        last = last.doc[last.i - 1]
    return rel.idx, last.idx + len(last.text)
