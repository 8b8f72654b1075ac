"""The holder of a stance noun owned by a pronoun and carried on by its clause's subject:
"Ortiz stepped up her attacks on Reed", "Trump continued his criticism of the judge" are
held by the subject as written ("Ortiz"), with the carrying verb in the cue (PolNeAR train
annotates the subject; the pronoun alone had left the record's speaker wrong and the holder
a guess). Only verbs that carry on one's own act: "dismissed her attacks", "rejected his
criticism" answer another's stance, whose owner keeps it."""
from __future__ import annotations

#: verbs whose object is the subject's own act, carried on, renewed or sharpened
CARRY_VERBS = frozenset("""
continue step ramp escalate intensify renew reiterate repeat sharpen redouble ratchet reboot
resume keep maintain launch mount level begin start double broaden expand soften temper
""".split())
#: the possessive each subject pronoun goes with
_PAIRS = {"he": "his", "she": "her", "they": "their", "it": "its", "we": "our", "i": "my"}


def carrying_subject(ctx, noun, owner):
    """The subject of the verb carrying on the stance ``noun`` when its owner is the pronoun
    ``owner`` that goes with it ("She stepped up her attacks"); else None."""
    if owner is None or owner.pos_ != "PRON" or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.lemma_.lower() not in CARRY_VERBS:
        return None
    subj = ctx.subject(verb)
    # "spent most of the debate sharpening his attacks": a subject that names no one (the
    # parser's "most") leaves the owner
    if subj is None or subj.tag_ in ("WP", "WDT") or ctx.holder_of(subj, noun)[0] is None:
        return None
    if subj.pos_ == "PRON":
        return subj if _PAIRS.get(subj.lower_) == owner.lower_ else None
    return subj if owner.lower_ in ("his", "her", "its", "their") else None
