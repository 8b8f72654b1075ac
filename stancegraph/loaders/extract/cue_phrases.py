"""Cues of several words around a verb that says nothing alone: "took aim at X", "laid out
his plan", "drew a contrast with X", "made no secret of"... (PolNeAR train: the multi-word
cues, counted by their verb and its object or particle; each pattern kept is a gold cue in
about half its uses or more, at least 4 times).

:data:`PHRASE_CUES` maps a verb lemma to the words (object noun or particle lemma) that make
it a cue, each with the prepositions whose object is what was said; an empty tuple means the
verb's own object is ("laid out his vision for America").
"""
from __future__ import annotations

PHRASE_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "take": {"aim": ("at",), "issue": ("with",), "shot": ("at",), "swipe": ("at",), "exception": ("to",)},
    "draw": {"contrast": ("with", "between"), "distinction": ("between",), "parallel": ("between", "with", "to")},
    "make": {"mention": ("of",), "comment": ("about", "on"), "remark": ("about", "on"), "reference": ("to",),
             "argument": ("about",)},
    "lay": {"out": ()},
    "single": {"out": ()},
    "play": {"down": ()},
    "spell": {"out": ()},
    "double": {"down": ("on",)},
    "turn": {"attention": ("to",)},
    "distance": {"himself": ("from",), "herself": ("from",), "themselves": ("from",), "itself": ("from",)},
    "brush": {"off": (), "aside": ()},
    "sound": {"off": ("on", "about")},
    "take": {"aim": ("at",), "issue": ("with",), "shot": ("at",), "swipe": ("at",), "exception": ("to",),
             "credit": ("for",)},
    "draw": {"contrast": ("with", "between"), "distinction": ("between",), "parallel": ("between", "with", "to"),
             "attention": ("to",)},
}


def phrase_content(t):
    """The content head of a phrase cue ``t`` (a verb token), or None when ``t`` is none:
    "Sanders took aim at a provision ..." -> "a provision ...". Not "made no mention of"
    (a negation: nothing was said)."""
    table = PHRASE_CUES.get(t.lemma_.lower())
    if not table:
        return None
    for c in t.children:
        # a particle the parser labelled a preposition ("brushed off the criticism") is one still
        particle = c.dep_ == "prt" or c.dep_ == "prep" and c.tag_ == "RP"
        preps = table.get(c.lemma_.lower()) if c.dep_ == "dobj" or particle else None
        if preps is None or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            continue
        if not preps:  # "laid out his vision": the verb's object
            return next((o for o in t.children if o.dep_ == "dobj" and o.i != c.i and o.pos_ != "PRON"), None)
        for holder in (c, t):  # "took aim at X": the preposition hangs on the noun or the verb
            for p in holder.children:
                if p.dep_ == "prep" and p.lower_ in preps and p.i > c.i:
                    pobj = next((x for x in p.children if x.dep_ in ("pobj", "pcomp")), None)
                    if pobj is not None:
                        return pobj
    return None
