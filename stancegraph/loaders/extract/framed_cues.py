"""Cue verbs that report only in one frame (issue 19, session 20, PolNeAR train): a portrayal
with what its object is made out to be, "cast the tax cut as a gift to landlords", "painted
his rival as a friend of the oil companies". Without the "as" these verbs name deeds: "cast
her ballot", "painted a mural", "framed the photograph", "presented the award". Session 21
adds "look", "put" and "address", each in the frames its module names.
"""
from __future__ import annotations

from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract.addressed_topics import addressed_topic
from stancegraph.loaders.extract.estimates import estimate_figure
from stancegraph.loaders.extract.looking_cues import look_frame
from stancegraph.loaders.extract.nlp import first_object
from stancegraph.loaders.extract.object_content import as_after


def in_frame(t, lemma: str) -> bool:
    """False when the cue verb ``t`` is one of :data:`cues.PORTRAY_VERBS` with no object
    followed by an "as" phrase (session 20); or, session 21, "look" outside its frames of
    seeking, anticipating or viewing (:mod:`.looking_cues`), "put" with no figure
    (:mod:`.estimates`), "address" with an audience (:mod:`.addressed_topics`)."""
    if lemma in cues.PORTRAY_VERBS:
        return _as_phrase(t) is not None
    if lemma in cues.LOOK_VERBS:
        return look_frame(t) is not None
    if lemma in cues.ESTIMATE_VERBS:
        return estimate_figure(t) is not None  # "the poll puts her support at 44 percent"
    if lemma in cues.TOPIC_VERBS:
        return addressed_topic(t) is not None  # "addressed the delays", not "addressed a rally"
    return True


def portrayal_end(t, lemma: str, end: int) -> int:
    """Where a portrayal's content ends: after its "as" phrase and the words that go on with
    it ("cast him as weak on immigration"), before a comma, a date or a word of the scene
    ("cast himself as an outsider, despite ...", "as a champion of workers during a speech in
    ..."): the writer's narration, not what the object was made out to be (PolNeAR train)."""
    x = _as_phrase(t) if lemma in cues.PORTRAY_VERBS else None
    if x is None:
        return end
    last = (x if x.dep_ == "prep" else x.head).right_edge
    for y in t.doc[last.i + 1:]:
        if y.idx >= end or y.is_punct or y.lower_ in _SCENE or y.ent_type_ in ("DATE", "TIME"):
            break
        last = y
    return min(end, last.idx + len(last.text))


def _as_phrase(t):
    """The "as" phrase after the portrayal verb ``t``'s object ("cast him as ..."), or None."""
    obj = first_object(t)
    return as_after(t, obj) if obj is not None else None


#: Words that open the scene of a portrayal rather than more of it.
_SCENE = frozenset("during despite in at after before while amid when since".split())
