"""Where a reported clause ends when the writer's own words follow what was said: the
speaker's next act after "and" ("deny that the strike was political and have spent months
..."), another source's report after "and" ("..., and a report by the council found ..."), an
aside after a dash ("- even though ...", "- an argument that ..."); and where it starts after a
framing phrase before a cue set off by commas ("Six months ago, she said, ..."). Used by
:mod:`.content`; PolNeAR train decided each edge (session 18,
``bench/attribution_misses.py --compare``). Rejected there: cutting where and when it was
said after an object content ("defended the levy in an interview"): PolNeAR keeps such a
phrase about as often as it drops it (45 hits gained, 67 lost).
"""
from __future__ import annotations

from stancegraph.loaders.extract.cues import EVIDENCE_VERBS, SPEECH_VERBS

_REPORTING = SPEECH_VERBS | EVIDENCE_VERBS

_SUBJ = ("nsubj", "nsubjpass", "csubj", "expl")
_FINITE = ("VBD", "VBZ", "VBP", "MD")


def tense(v):
    """The tense tag of a verb: that of its first finite auxiliary ("has expressed": VBZ), else
    its own; None for an infinitive, a participle or a noun."""
    aux = next((a.tag_ for a in v.children if a.dep_ in ("aux", "auxpass") and a.i < v.i and a.tag_ in _FINITE), None)
    return aux or (v.tag_ if v.tag_ in _FINITE else None)


def narrated_conj(comp, in_quote):
    """The "and" (or "but") before a finite verb phrase without a subject of its own that the
    parser coordinated with the content's head, when its tense is the cue's and not the
    content's: "deny that the strike was political and have spent months ...", "believe the
    plant will close and have been calling on ...": the speaker's next act, told by the writer
    (PolNeAR train ends the content before it; a conjunct in the content's own tense is
    mostly still said). The index to cut at, or None."""
    own = tense(comp)
    for x in comp.children:
        if x.dep_ != "conj" or x.i < comp.i or x.pos_ not in ("VERB", "AUX") or in_quote[x.i] \
                or any(c.dep_ in _SUBJ for c in x.children):
            continue
        told = tense(x)
        if told is None or told == own or own is not None and told != tense(comp.head):
            continue
        return _cut_before(comp, x)
    return None


def _cut_before(comp, x) -> int:
    """Where to end a content before its head's conjunct ``x``: at the last "and"/"but"
    before it, else where ``x`` starts."""
    cc = [c for c in comp.children if c.dep_ == "cc" and c.i < x.i]
    return cc[-1].i if cc else x.left_edge.i


#: Marks of a clause that weighs what was said against something else: "— even though ...".
_CONCESSIVE = frozenset("although though whereas while despite except".split())
_WH = frozenset("which who whom whose".split())
_DASHES = frozenset(["—", "–", "-", "--"])


def writer_aside(comp, in_quote):
    """The dash (or comma) before the writer's aside that ends a reported clause. After a
    dash: a clause that concedes or contrasts ("— even though the deficit grew", "- except
    that ..."), a relative clause ("— at which point ..."), a noun phrase that weighs what was
    said ("— a claim that ...", not one renaming the noun before it). After a comma only a
    relative clause opened by a preposition (", for whom he had raised money") or a noun phrase
    the parser made a second object (", an admission that ..."): a concession after a comma is
    as often still said.
    PolNeAR train ends the content before them. The index to cut at, or None."""
    doc, last = comp.doc, comp.right_edge.i
    for x in comp.subtree:
        if x.i <= comp.i or in_quote[x.i] or x.right_edge.i < last - 1 or x.left_edge.i <= comp.left_edge.i:
            continue
        before = doc[x.left_edge.i - 1]
        if in_quote[before.i] or before.text not in _DASHES and before.text != ",":
            continue
        if _aside(x, before.text in _DASHES):
            return before.i
    return None


def _aside(x, dash: bool) -> bool:
    first = [w.lower_ for w in x.doc[x.left_edge.i:x.left_edge.i + 3]]
    if x.dep_ == "relcl":  # ", for whom", ", both of which"; "— which", "— at which point"
        return any(w in _WH for w in first) and (dash or first[0] not in _WH)
    if x.pos_ == "NOUN" and x.left_edge.pos_ == "DET" and x.dep_ in ("dobj", "npadvmod"):
        # "..., an admission that ...": a noun phrase hung on the clause's verb weighs the
        # whole clause; one that renames the noun before it ("a mirage - a mix of ...") is said
        return dash or x.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < x.i for c in x.head.children)
    if not dash:
        return False
    if x.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in x.children)
    return x.dep_ == "prep" and x.lower_ in ("despite", "except")


#: Phrases that set the scene before a clause's subject: "Six months ago,", "In particular,".
_FRAME_DEPS = frozenset("prep advcl npadvmod advmod".split())


def after_frame(first, head):
    """Where a clause starts when it opens with a framing phrase of its verb ``head`` set off
    by a comma before the subject ("Six months ago, the senator said, the council ...", "And
    yet, her aides say, ..."): after that comma. A condition ("If the fees are not cut, ...")
    is said. Used before a cue set off by commas only: before a reported clause with its cue
    after it ("While X, the port will stay open, she said") PolNeAR keeps the frame as often
    as not (train: 11 hits gained, 18 lost). The index of the first token after it, or None."""
    doc, k = head.doc, first.i
    while k < head.i and doc[k].dep_ == "cc" and doc[k].head.i == head.i:
        k += 1  # "And yet, ..."
    frame = next((c for c in head.children if c.left_edge.i == k and c.i < head.i), None)
    if frame is None or frame.dep_ not in _FRAME_DEPS or any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in frame.children):
        return None
    comma = frame.right_edge.i + 1
    if comma >= head.i or doc[comma].text != ",":
        return None
    if not any(c.dep_ in _SUBJ and c.i > comma for c in head.children):
        return None
    return comma + 1


def without_frame(toks: list, head) -> list:
    """``toks`` (a reported clause's tokens in order) without its framing phrase, if any."""
    k = after_frame(toks[0], head) if toks else None
    return toks if k is None else [x for x in toks if x.i >= k]


def another_report(comp, in_quote):
    """The "and" before a clause coordinated with the content's head that has a subject and a
    saying or finding verb of its own ("noted that the vote was close, and a report by the
    council found no sign of fraud"): another source's report (PolNeAR train ends the content
    before it). The index to cut at, or None."""
    for x in comp.children:
        if x.dep_ == "conj" and x.i > comp.i and not in_quote[x.i] and x.lemma_.lower() in _REPORTING \
                and x.lemma_.lower() != "continue" and any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children) \
                and not any(c.dep_ == "mark" for c in x.children):  # "... and that he insisted": still said
            return _cut_before(comp, x)
    return None


def reporting_participle(comp, in_quote, lemmas):
    """The comma before a participle of a cue verb that the parser hung inside a reported
    clause ("said the plan was sound, insisting that ...", "rejected the idea that ..., saying
    ..."): the speaker says something more, a statement of its own with its own content
    (PolNeAR train gives it a row of its own). ``lemmas``: the cue lemmas. The index to cut
    at, or None."""
    doc = comp.doc
    for x in comp.subtree:
        if x.i <= comp.i or x.tag_ != "VBG" or x.dep_ not in ("advcl", "xcomp", "conj", "acl") \
                or in_quote[x.i] or x.lemma_.lower() not in lemmas or x.left_edge.i <= comp.left_edge.i \
                or _reports(x.head):
            continue  # "said Xi explained X, saying ...": the inner speaker's, part of the report
        before = doc[x.left_edge.i - 1]
        if before.text == "," and not in_quote[before.i]:
            return before.i
    return None


#: The steps down from a cue to the words of its content.
_CONTENT_DEPS = frozenset("ccomp dobj pobj prep acl relcl".split())


def participle_speaker_verb(t):
    """The cue verb whose reported clause the parser hung the participle ``t`` in (", saying
    ..." after "said the plan was sound"): the participle is that speaker's next saying, not
    that of the clause's own subject. The cue verb, or None."""
    doc = t.doc
    if t.tag_ != "VBG" or t.dep_ not in ("advcl", "xcomp", "conj", "acl") or t.left_edge.i < 1 \
            or doc[t.left_edge.i - 1].text != ",":
        return None
    x = t.head
    if _reports(x):
        return None  # "explained X, saying ...": the subject of "explained"
    for _ in range(5):
        if x.dep_ not in _CONTENT_DEPS or x.head.i == x.i:
            return None
        x = x.head
        if _reports(x) and x.i < t.i:
            return x
    return None


def _reports(x) -> bool:
    return x.pos_ == "VERB" and x.lemma_.lower() in _REPORTING
