"""Where a content ends when the writer's own words follow it: where or how it was said after
an object content ("praised the plan at a rally", "defended the cut in an interview", "attacked
the operator on Twitter"), and what the act amounts to after an infinitive content ("pledged to
expand its navy, ending decades of caution"). Used by :func:`.content.extend_content` and
:func:`.object_content.infinitive_end`; PolNeAR train decided each edge (session 20,
``bench/attribution_misses.py --compare``).
"""
from __future__ import annotations

from stancegraph.loaders.extract.cues import SPEECH_VERBS

#: Nouns (lemmas, lower case) of an occasion of speaking or a channel it goes out on.
OCCASIONS = frozenset("""
    interview rally speech debate conference appearance statement tweet post event meeting hearing hall
    stop op-ed column commercial ad advertisement video program programme show broadcast briefing session
    address remark remarks forum luncheon dinner breakfast gathering fundraiser fund-raiser visit trip tour
    email e-mail letter memo note message podcast radio television tv twitter facebook instagram floor
    book memoir essay editorial blog website site conversation call chat episode segment news ceremony
""".split())

#: Prepositions of such a phrase; "during" is left out (PolNeAR train: the occasion after
#: "during" is kept about as often as dropped, session 19), "through" is a channel of its own
#: (:func:`.span_runs.when_or_through`).
_SCENE_PREPS = frozenset("in at on from before after via".split())


def occasion_phrase(c) -> bool:
    """A phrase hung on the cue verb after an object content whose noun is an occasion of
    speaking or a channel ("at a rally in Dover", "in an interview with the Gazette", "on
    Twitter"): where it was said, not what (PolNeAR train ends the object before it). Not a
    place or a thing ("praised the staff in the new clinic"), nor a primary, caucus or
    convention (where a vote or a backing holds: "supported her in the primary")."""
    if c.dep_ != "prep" or c.lower_ not in _SCENE_PREPS:
        return False
    pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
    return pobj is not None and pobj.lemma_.lower() in OCCASIONS


def comment_participle(c) -> bool:
    """A participle after a comma hung on an infinitive content's verb ("pledged to expand its
    navy, ending decades of caution", "sought to win over older voters, contrasting her record
    with ..."): the writer says what the act amounts to (PolNeAR train ends the content before
    it; after a reported clause a participle is mostly still said, :func:`.content.clause_chars`).
    Not a saying participle (", saying ...": a statement of its own), nor "including" (a list)."""
    return (c.tag_ == "VBG" and c.dep_ in ("advcl", "xcomp", "conj") and c.left_edge.i > 0
            and c.doc[c.left_edge.i - 1].text == "," and c.lemma_.lower() not in SPEECH_VERBS
            and c.lemma_.lower() != "include")
