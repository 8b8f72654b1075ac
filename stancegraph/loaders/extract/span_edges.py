"""Where a content span starts and ends, beyond the head of what was said: the addressee
of an accusation or of thanks ("accused the council of ..."), and the writer's comment
that ends a reported clause (", a message that ...", ", which ..."). Used by
:mod:`.content` and :mod:`.statements`; PolNeAR train decided each edge (session 14,
``bench/attribution_spans.py``)."""
from __future__ import annotations

from typing import Optional

from stancegraph.loaders.extract.cues import CUE_NOUNS, SPEECH_VERBS
from stancegraph.loaders.extract.documents import DOCUMENT_SOURCES


def addressee_start(t, comp) -> Optional[int]:
    """"accused the council of hiding the cost", "criticized the board for cutting ...",
    "thanked the volunteers for their work": who was accused, criticized or thanked is part
    of what was said (PolNeAR train: the prepositional object alone was too short). The
    start of the cue's object before the preposition, or None."""
    prep = comp.head
    if comp.dep_ not in ("pobj", "pcomp") or prep.lower_ not in ("of", "for") or prep.head.i != t.i:
        return None
    obj = next((c for c in t.children if c.dep_ == "dobj" and t.i < c.i < prep.i), None)
    return obj.left_edge.idx if obj is not None else None


_SOURCE_NOUNS = frozenset(CUE_NOUNS) | DOCUMENT_SOURCES


def source_noun_start(t, comp) -> Optional[int]:
    """"pointed to the IFS' predictions that Labour will need ...", "pointed to warnings from
    economists that ...": the parser hangs a statement or document noun's clause on the cue
    verb, and another's forecast read as the cue's subject's own claim (BBC audit s15). The
    start of the cue's object (or prepositional object) that ends in such a noun with a
    source of its own (a name before it, "from"/"by" X), or None: "said in his statement
    that ..." says the clause."""
    if comp.dep_ != "ccomp" or comp.i < t.i or comp.left_edge.i < 1:
        return None
    x, sourced = t.doc[comp.left_edge.i - 1], False
    for _ in range(8):  # up the object's phrase, from its last word to the cue
        sourced = sourced or x.pos_ == "NOUN" and x.lemma_.lower() in _SOURCE_NOUNS and any(
            c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" or c.dep_ == "prep" and c.lower_ in ("from", "by")
            for c in x.children)
        if x.head.i == t.i and x.dep_ in ("dobj", "prep"):
            top = next((c for c in x.children if c.dep_ == "pobj"), None) if x.dep_ == "prep" else x
            return top.left_edge.idx if sourced and top is not None else None
        if x.head.i == x.i or x.is_punct:
            return None
        x = x.head
    return None


def trailing_comment(comp, in_quote) -> Optional[int]:
    """The comma before a writer's comment that ends a content: an appositive ("asked them
    not to protest inside the hall, a message that has not been heeded", "the contract
    went to Brightwater, the firm that built the bridge", "..., one of the oldest parties")
    or a "which" clause ("denounced 'self-deportation,' which is mild next to his own
    plans", "seldom speaks of his brother Fred, who died in 1981") hung on the content's
    last noun and running to its end (PolNeAR train: spans ran on over them)."""
    doc = comp.doc
    last = comp.right_edge.i
    for x in comp.subtree:
        if x.i <= comp.i or in_quote[x.i] or x.right_edge.i < last - 1 or x.left_edge.i < 1:
            continue
        before = x.left_edge.i - 1
        while before > comp.i and doc[before].text in ('"', "”", "''"):
            before -= 1  # '"self-deportation," which ...': the comma inside the marks
        comma = doc[before]
        if comma.text != ",":
            continue
        if x.dep_ == "appos" and x.pos_ in ("NOUN", "PROPN", "NUM") and (
                x.left_edge.pos_ == "DET" or x.left_edge.lower_ == "one") or (
                x.dep_ == "relcl" and x.left_edge.lower_ in ("which", "who", "whose", "where")):
            return comma.i
    return None


def cleft_complement(t):
    """"What the chancellor said was that the budget would help families", "What Ms Keller
    told the council was ...": a saying verb in the subject clause of "be", with "what" as
    its object, says the clause after the copula (BBC audit: no content was found). Speech
    verbs and clauses only: PolNeAR marks "what" alone as the content of "What we saw is
    ...", "What Beijing can offer is ..." (train: 5 such rows, none right), and "what Obama
    says is now the baseline for ..." is a free relative, not a cleft."""
    be = t.head
    if (t.dep_ != "csubj" or be.lemma_ != "be" or t.lemma_.lower() not in SPEECH_VERBS
            or not any(c.lower_ == "what" and c.dep_ in ("dobj", "dative") for c in t.children)):
        return None
    return next((c for c in be.children if c.dep_ == "ccomp" and c.i > be.i), None)


_ANSWERING = frozenset("say answer reply respond".split())


def short_answer(t, lemma):
    """"41 percent of voters said yes", "the governor said no", "38 percent say the same of her
    rival": the answer is what was said (PolNeAR train: no content was found, the object of
    "say" being no content otherwise). The "yes"/"no" or "the same" after the cue, or None."""
    if lemma not in _ANSWERING:
        return None
    return next((c for c in t.rights if c.dep_ == "intj" and c.lower_ in ("yes", "no")
                 or c.dep_ == "dobj" and c.lower_ == "same"), None)


def in_nested_report(x, comp) -> bool:
    """'said the "agent" told him the papers had turned up ... and suggested he had
    been ...' (BBC audit s15): a verb coordinated under another's saying verb inside the
    content (a noun its subject: not "said he would not respond ... and promised ...", the
    speaker's own next statement) belongs to that nested report, not to the speaker."""
    a = x.head
    while True:
        if a.lemma_.lower() in SPEECH_VERBS and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                                                     for c in a.children):
            return True
        if a.i == comp.i or a.head.i == a.i:
            return False
        a = a.head


#: Words that open where and when a quote was said: 'said "..." in a statement on Monday'.
SCENE_WORDS = frozenset("on in at during to after before when".split())


def scene_after_quote(text: str, qe: int, end: int) -> bool:
    """The words after a quote up to ``end`` open with where or when it was said ('said "we
    will win" in a statement on Monday'), not with more of what was said; the parser may
    hang them on the quoted clause's verb."""
    words = text[qe:end].strip(" ,.\"”'").split(None, 1)
    return bool(words) and words[0].lower() in SCENE_WORDS


def trailing_cue(t) -> bool:
    """"..., his top aide, Tom Bell, told the Harlow Gazette.", "..., she said." (PolNeAR
    train): a cue with its own subject that the parser coordinated with (or hung as an adverbial
    clause on) the verb of the clause it reports. Set off by a comma, not "and"; no words of its
    own but whom it told."""
    if t.dep_ not in ("conj", "advcl") or not any(c.dep_ == "nsubj" for c in t.children):
        return False
    return not any(c.dep_ in ("cc", "mark", "ccomp", "xcomp", "advcl") or c.dep_ == "dobj" and t.lemma_.lower() != "tell"
                   for c in t.children)


#: verbs whose object is whom they spoke to ('"...," she told reporters'), not their words
_TOLD_OBJECT = frozenset("tell ask inform remind assure reassure warn urge advise caution brief".split())


def content_ccomps(t) -> list:
    """The clause complements of a cue that may be what it says. A clause before the cue is
    not when the cue has words of its own after it, an infinitive or an object ("It often
    posts caches online", "..., can you believe it, he told the voters to ...": the parser
    hangs the clause before it on the cue; PolNeAR train)."""
    ccomps = [c for c in t.children if c.dep_ == "ccomp"]
    if any(c.i > t.i for c in ccomps) or not any(
            c.i > t.i and (c.dep_ == "xcomp" or c.dep_ == "dobj" and c.pos_ != "PRON"
                           and t.lemma_.lower() not in _TOLD_OBJECT) for c in t.children):
        return ccomps
    return [c for c in ccomps if c.i > t.i]
