"""Stances not held: wishes, conditions, questions and denials ("China wants the U.S. to ...
state that the U.S. is against ...", "if he backs", "he denied accusing Germany of ...").
A stance word under one of these gives no edge (stances.py and the other stance sources ask
:func:`blocked`)."""
from __future__ import annotations

#: someone else's wish or a goal, not a held stance: "China wants the U.S. to ... state that
#: the U.S. is against ...", "expects China to support a peace plan", "gain Trump's support"
WISH_VERBS = frozenset("""
want expect urge ask demand press pressure push need hope wish seek try attempt encourage
persuade force gain win get court lobby convince require invite
""".split())
_DENY_VERBS = frozenset("deny dismiss reject".split())
#: what someone is accused "of" is the accuser's claim: "accused the Lib Dems of opposing ..."
CHARGE_VERBS = frozenset("accuse charge suspect".split())
#: "weapons which China could use to threaten Taiwan": what someone could do, not a stance
_MAY = frozenset("could might may".split())
#: a stance considered ("might consider backing") is a hedge, kept with a low confidence
_HEDGES = frozenset("consider contemplate weigh rule".split())
#: nouns of pressure and appeal: "Clinton Under Pressure To Repudiate General ..." (PolNeAR train)
WISH_NOUNS = frozenset("""
pressure call calls demand demands push plea appeal speculation rumour rumours suggestion
suggestions possibility prospect
""".split())
#: "there is no guarantee they will back ...": what no one can be sure of (BBC politics)
_UNSURE_NOUNS = frozenset("guarantee certainty".split())


def blocked(tok) -> bool:
    """Wishes, conditions and questions: no stance is held (see the module docstring)."""
    if tok.sent.text.rstrip(" \"”'").endswith("?"):
        return True
    x = tok
    while x.head.i != x.i:
        if conditional(x):
            return True
        h = x.head
        # "the Tories are yet to unveil", "have yet to back": not done
        if x.dep_ == "xcomp" and h.lemma_ in ("be", "have") and any(c.lower_ == "yet" for c in h.children):
            return True
        # only what the wish governs: "China wants the U.S. to go further and state that ..."
        # (seed), not a clause beside it: "Graham urged Republicans to ..., and criticized
        # the party's lack of ..." (PolNeAR dev) is Graham's own criticism
        if h.pos_ in ("VERB", "AUX") and h.lemma_.lower() in WISH_VERBS and x.dep_ in (
                "xcomp", "ccomp", "dobj", "oprd"):
            return True
        if h.pos_ in ("NOUN", "PROPN") and x.dep_ in ("acl", "xcomp", "relcl", "ccomp") and (
                h.lower_ in WISH_NOUNS or h.lemma_ in _UNSURE_NOUNS and any(c.lower_ == "no" for c in h.children)):
            return True
        # "faced claims that he did not trust Blair": what others allege ("Labour's claim that
        # ..." is its owner's, as "Labour claimed that ..." is)
        if h.pos_ == "NOUN" and h.lemma_.lower() in _CLAIM_NOUNS and x.dep_ in ("acl", "ccomp") and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in x.children) and not any(c.dep_ == "poss" for c in h.children):
            return True
        # "he denied accusing Germany of ...": a denial is no stance either way
        if h.lemma_.lower() in _DENY_VERBS and x.dep_ in ("xcomp", "pcomp", "ccomp", "dobj"):
            return True
        if h.lemma_.lower() in CHARGE_VERBS and x.dep_ == "prep" and x.lower_ == "of":
            return True
        if contested(x, h):
            return True
        if x.dep_ in ("xcomp", "ccomp") and h.pos_ in ("VERB", "AUX") and h.lemma_.lower() not in _HEDGES and any(
                c.dep_ == "aux" and c.lower_ in _MAY for c in h.children):
            return True
        x = h
    return conditional(x)


#: what a claim says: "investigated claims that X was blaming him" (BBC politics)
_CLAIM_NOUNS = frozenset("claim allegation report suggestion rumour rumor story assertion".split())
#: looking into a claim or disputing it ("deny", "dismiss", "reject" are :data:`_DENY_VERBS`)
_PROBE_VERBS = frozenset("investigate examine probe dispute refute rebut query question challenge check".split())
_PROBE_NOUNS = frozenset("investigation inquiry enquiry probe denial".split())
_CONTESTING = _PROBE_VERBS | _PROBE_NOUNS | _DENY_VERBS
_SAY_VERBS = frozenset("say claim suggest report allege write state".split())
#: a claim called untrue: "it is untrue that ...", "they were wrong when they said ..."
_UNTRUE = frozenset("untrue false baseless unfounded incorrect groundless".split())
_WRONG = _UNTRUE | frozenset("wrong mistaken".split())
_FALSELY = frozenset("falsely wrongly mistakenly incorrectly erroneously".split())


def _called(h, words) -> bool:
    return any(c.dep_ in ("acomp", "attr") and c.lower_ in words for c in h.children)


def contested(x, h) -> bool:
    """A stance inside a claim someone looks into, denies or calls untrue is not the claim's
    subject's held stance: "the programme investigated claims that X was blaming him", "it is
    untrue that X criticised Y", "they were wrong when they said X was ousting Y", "the papers
    falsely claimed that ..." ("it is wrong that X backs Y" keeps: a judgement, not a denial)."""
    if x.lemma_.lower() in _CLAIM_NOUNS and x.pos_ == "NOUN":
        # "dismissed as nonsense reports that ...", "an inquiry into claims that ..."
        verb = h.head if x.dep_ == "pobj" else h
        if verb.lemma_.lower() in _CONTESTING and x.dep_ in ("dobj", "nsubjpass", "pobj"):
            return True
        # "reports that X attacked Y are untrue"
        if x.dep_ == "nsubj" and h.lemma_ == "be" and _called(h, _WRONG):
            return True
    if x.dep_ not in ("ccomp", "csubj"):
        return False
    if h.lemma_ == "be" and _called(h, _UNTRUE):
        return True
    return h.lemma_.lower() in _SAY_VERBS and (
        any(c.dep_ == "advmod" and c.lower_ in _FALSELY for c in h.children)
        or h.dep_ == "advcl" and _called(h.head, _WRONG))


def compared(subj) -> bool:
    """"Like Labour, the Lib Dems support higher taxes": the party compared with holds nothing
    here (the parser can take it for the subject)."""
    return subj is not None and subj.left_edge.i > 0 and subj.doc[subj.left_edge.i - 1].lower_ in ("like", "unlike")


def conditional(x) -> bool:
    """"if ...", "whether ...", and "Hopefully Labour will back it": a hope, no stance."""
    return any(c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") or c.lower_ == "hopefully"
               for c in x.children)


#: members of a party who are not its leadership: "Labour backbenchers", "Tory rebels"
_RANK_AND_FILE = frozenset("backbencher backbenchers rebel rebels".split())


def party_subset(tok) -> bool:
    """"As many as 25 Labour MPs could oppose the scheme", "Labour backbenchers opposing the plan":
    some of a party's members, often against its own government, are not the party (a holder
    that stands for a party only through its members, :meth:`relations.Context.speaking_for`)."""
    if tok.lemma_.lower() in _RANK_AND_FILE or tok.lower_ in _RANK_AND_FILE:
        return True
    return tok.tag_ == "NNS" and any(c.dep_ in ("nummod", "quantmod") or c.dep_ in ("det", "amod") and c.lower_ in (
        "some", "many", "several", "few", "dozens", "scores") for c in tok.children)
