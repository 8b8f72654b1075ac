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
_LIKELY = frozenset("likely inclined apt prone".split())


def reported_infinitive(v) -> bool:
    """True when the to-infinitive ``v`` reports a statement: after a verb of aspect, motion,
    appearance or seeming, a verb of causing ("led X to declare", session 17), an
    adjective of likelihood, or a verb of effort or duty ("tried to", "has to")."""
    if v.head.pos_ == "VERB" and v.head.lemma_.lower() in _INFINITIVE_HEADS and v.dep_ in ("xcomp", "advcl"):
        return True
    return caused_speaker(v) is not None or _likely_to(v) or _effort_or_duty(v) or had_to_say(v) is not None


#: "tried to reassure the growers that ...", "is attempting to portray X as Y", "struggled to
#: explain why ...": an effort to say is told as said (session 21, PolNeAR train: 21 of 32
#: such rows gold; the misses mostly spans or a speaker the parse lost)
_EFFORT_HEADS = frozenset("try attempt struggle manage strive endeavor endeavour".split())
#: "has to admit that ...", "had to explain why ...", "need to remember ...": a duty to say,
#: told of one who says it (session 21, PolNeAR train: 11 of 14 such rows gold)
_DUTY_HEADS = frozenset("have need".split())


def _effort_or_duty(v) -> bool:
    """True when the to-infinitive ``v`` is what its subject tries, manages or has to say: a
    verb of effort or of duty ("has to", with the "to" right after it: not "have until May to
    disclose"), with a tense of its own; not a bare participle ("despite having
    to defend ...", "wracking their brains trying to work out ...": no one is said to speak)."""
    h = v.head
    if v.dep_ != "xcomp" or h.pos_ not in ("VERB", "AUX"):
        return False
    lemma = h.lemma_.lower()
    if lemma in _DUTY_HEADS:
        to = next((c for c in v.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
        if to is None or any(not w.is_space and w.pos_ != "ADV" for w in h.doc[h.i + 1:to.i]):
            return False
    elif lemma not in _EFFORT_HEADS:
        return False
    if v.lemma_.lower() in cues.INTENTION_VERBS:
        return False  # "tried to hop the turnstile": "hop" is the small model's lemma of "hoping"
    # "is trying to", "has had to": a participle takes its tense from its auxiliary (one with
    # a subject alone is a parse slip: "wracking their brains trying to ...")
    return h.tag_ not in ("VBG", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in h.children)


def _likely_to(v) -> bool:
    """"Retirees were far more likely to say that ...", "are inclined to believe ...": after
    an adjective of likelihood the infinitive is what the subject says or holds, as a poll
    reports it (session 19, PolNeAR train: 8 of 10 such rows gold); not "willing to say",
    "reluctant to reveal": refusals to speak."""
    return v.dep_ == "xcomp" and v.head.pos_ == "ADJ" and v.head.lower_ in _LIKELY


#: Objects of "have" that say nothing was said: "had nothing to say about", "too little to say"
_NOTHING = frozenset("nothing little none".split())


def had_to_say(v):
    """The "have" of "had harsh things to say about X", "will have more to say about X": what
    its subject said of X (session 21, PolNeAR train: 3 of 4 such rows gold), or None; not
    "had nothing to say", "had too little to say" (a refusal, or a critic's complaint)."""
    if v.lemma_.lower() != "say" or v.dep_ not in ("relcl", "acl") or not any(
            c.dep_ == "prep" and c.lower_ == "about" for c in v.children):
        return None
    obj = v.head
    if obj.dep_ != "dobj" or obj.head.lemma_.lower() != "have" or any(c.dep_ == "neg" for c in obj.head.children):
        return None  # "did not have much to say about it": little said
    if obj.lower_ in _NOTHING and not any(c.dep_ in ("amod", "cc", "prep") for c in obj.children) or \
            any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
        return None
    return obj.head


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
