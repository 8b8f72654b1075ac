"""Which to-infinitive cues report a statement. A cue verb in a to-infinitive is mostly a
wish or a refusal ("refused to say", "wants X to state"), so the cue filter drops it; these
are the governing shapes where the infinitive is what was said or done (PolNeAR train)."""
from __future__ import annotations

from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract.lost_subjects import caused_speaker

#: "continued to insist", "used to support", "took to social media to complain", "came on
#: the program to talk about": the infinitive after a verb of aspect or motion reports what
#: was done (PolNeAR train)
_ASPECT_HEADS = frozenset("continue use begin start take come go step proceed return keep".split())
#: "met donors to discuss", "held a news conference to announce": a public appearance made to
#: say the infinitive (session 19, PolNeAR train: 13 of 17 added rows gold); "seem to show
#: that ...": a hedged report of what the subject says (5 of 7 added rows gold)
_INFINITIVE_HEADS = _ASPECT_HEADS | frozenset("meet appear visit hold call tweet show seem".split())
#: "tried to explain her vote", "attempted to portray the strike as a plot": an attempt at a
#: saying verb reports what the subject set out to say (session 21, PolNeAR train: 25 rows,
#: 16 hits; the misses are real statements PolNeAR spans otherwise). Not "tried to hop the
#: turnstile": "hop" is the small model's lemma of "hoping" (:data:`.cues.INTENTION_VERBS`).
_ATTEMPT_HEADS = frozenset("try attempt".split())
_INFINITIVE_HEADS |= _ATTEMPT_HEADS
_LIKELY = frozenset("likely inclined apt prone".split())


def reported_infinitive(v) -> bool:
    """True when the to-infinitive ``v`` reports a statement: after a verb of aspect, motion,
    appearance or seeming, a verb of causing ("led X to declare", session 17) or an
    adjective of likelihood."""
    if v.head.pos_ == "VERB" and v.head.lemma_.lower() in _INFINITIVE_HEADS and v.dep_ in ("xcomp", "advcl"):
        return not (v.head.lemma_.lower() in _ATTEMPT_HEADS and v.lemma_.lower() in cues.INTENTION_VERBS)
    return caused_speaker(v) is not None or _likely_to(v)


def _likely_to(v) -> bool:
    """"Retirees were far more likely to say that ...", "are inclined to believe ...": after
    an adjective of likelihood the infinitive is what the subject says or holds, as a poll
    reports it (session 19, PolNeAR train: 8 of 10 such rows gold); not "willing to say",
    "reluctant to reveal": refusals to speak."""
    return v.dep_ == "xcomp" and v.head.pos_ == "ADJ" and v.head.lower_ in _LIKELY


#: Tags of a verb with a tense of its own: "tried to reassure the dockers and promised to
#: keep the port open" -- the parser hangs "promised" on the infinitive, but its tense shows
#: it is no part of it (session 20, PolNeAR train: 5 of 7 such rows gold)
_OWN_TENSE = frozenset("VBD VBZ VBP VBG".split())


def own_tense(t) -> bool:
    """True when the cue ``t``, coordinated on a to-infinitive, is finite or an "-ing" form,
    so no part of the infinitive; "wants to cut fares and promise ..." is."""
    return t.dep_ == "conj" and t.tag_ in _OWN_TENSE


def under_would(t) -> bool:
    """"would like to see ...", "'d like to hold ...": a modal wish with an infinitive (session
    19: "like" is a cue only so)."""
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d") for c in t.children) and \
        any(c.dep_ == "xcomp" for c in t.children)
