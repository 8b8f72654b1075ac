""""put X at <a figure>" as an estimate (issue 19, session 21, PolNeAR train): "the poll puts
her support at 44 percent", "the magazine put his fortune at $4 billion", "later estimates put
the total closer to 9,000" -- the subject's estimate, as "estimated X at" is, and PolNeAR marks
it so. "put" says nothing in its other uses ("put the plan on hold", "put money into the
fund"; "as X put it" is :func:`.phrases.put_it_statements`), so it is a cue only in this frame.
"""
from __future__ import annotations

from stancegraph.loaders.extract.nlp import first_object

#: Entity types of a figure.
_FIGURES = frozenset("PERCENT MONEY CARDINAL QUANTITY".split())


def estimate_figure(t):
    """The "at" (or "closer to", "near") phrase with a figure after the object of "put" ``t``,
    else None."""
    obj = first_object(t)
    if obj is None:
        return None
    for p in (*t.children, *obj.children):
        if p.dep_ != "prep" or p.i <= obj.i or p.lower_ not in ("at", "to", "near"):
            continue
        if any(x.ent_type_ in _FIGURES or x.like_num for x in p.subtree if x.i > p.i):
            return p
    return None
