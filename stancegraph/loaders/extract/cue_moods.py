"""Moods around a cue verb that decide whether it reports: a likelihood adjective before a
cue infinitive ("more likely to say") and a modal wish ("would like to see")."""
from __future__ import annotations

_LIKELY = frozenset("likely inclined apt prone".split())


def likely_to(v) -> bool:
    """"Retirees were far more likely to say that ...", "are inclined to believe ...": after
    an adjective of likelihood the infinitive is what the subject says or holds, as a poll
    reports it (session 19, PolNeAR train: 8 of 10 such rows gold); not "willing to say",
    "reluctant to reveal": refusals to speak."""
    return v.dep_ == "xcomp" and v.head.pos_ == "ADJ" and v.head.lower_ in _LIKELY


def under_would(t) -> bool:
    """"would like to see ...", "'d like to hold ...": a modal wish with an infinitive."""
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d") for c in t.children) and \
        any(c.dep_ == "xcomp" for c in t.children)
