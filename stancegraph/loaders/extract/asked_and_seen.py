"""Two noun-phrase contents of listed cues that the object filters left out (issue 19,
session 21, PolNeAR train).

- What was asked for or asked about: "asked for a full recount", "asked the minister about the
  closures". Not the passive "(when) asked about X", whose subject is the one who answers, nor
  "asked for anonymity to speak freely", whose infinitive is the content (PolNeAR train: "ask
  for" 7 of 9 rows hits, active "ask (X) about" 5 of 6, passive "asked about" 0 of 5; the rule
  as kept 14 of 21).
- A view held, said with "see" in the present tense: "the union sees a turning point in the
  vote", "economists see parallels between the crises". Not a past sight ("saw a doctor"), nor
  "see" in a relative clause ("voters who see the ads"), where it is an encounter (PolNeAR
  train: 8 of 11 present-tense rows outside a relative clause were hits, 0 of 3 inside one,
  22 of 50 over all tenses, the filter :data:`.content._NO_NP_CONTENT` left on for those).
"""
from __future__ import annotations


def asked_content(t, lemma):
    """The object of "asked for" / "asked (X) about" hung on an active form of "ask", or None."""
    if lemma != "ask" or _passive(t) or any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in t.children):
        return None
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "about") and c.i > t.i:
            obj = next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.pos_ != "PRON":
                return obj
    return None


def _passive(t) -> bool:
    """"was asked about", "when asked about", "Got Asked About": a participle with no "have";
    also "..., the senator said, asked about X", which the tagger may read as a past tense: "asked"
    with no subject of its own under another verb."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children):
        return True
    if t.lower_ == "asked" and t.dep_ not in ("ROOT", "conj") and not any(c.dep_ == "nsubj" for c in t.children):
        return True
    return t.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children)


def present_view(t, obj, lemma) -> bool:
    """"sees a turning point in the vote": a noun object of "see" in the present tense, outside
    a relative clause."""
    return lemma == "see" and t.tag_ in ("VBP", "VBZ") and t.dep_ != "relcl" and obj.i > t.i and \
        obj.pos_ in ("NOUN", "PROPN")
