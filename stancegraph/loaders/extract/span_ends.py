"""Where a content span starts and ends when the parser misplaced part of it: the object a
quoted name hangs on ('called the plan "a disaster"'), a reported clause's subject parsed as the
cue's object, a list or second clause hung on the cue, narration before a colon, the thing a
shown feeling is about ("expressed concern about X"), a content cut after its "and". Used by
:mod:`.statements` and :mod:`.content`; PolNeAR train decided each edge (session 17,
``bench/attribution_misses.py --compare``).
"""
from __future__ import annotations

from typing import Optional

from stancegraph.loaders.extract.cue_phrases import STATEMENT_OBJECTS
from stancegraph.loaders.extract.cues import EVIDENCE_VERBS, SPEECH_VERBS

_REPORTING = SPEECH_VERBS | EVIDENCE_VERBS

#: Verbs that name their object with a quoted word: 'called the deal "a mistake"'.
NAMING_VERBS = frozenset("call dub label brand term".split())


def named_object_start(t, lemma, qs: int, qe: int) -> Optional[int]:
    """'called the new tariff plan "a disaster for farmers."', 'calls the state of the railways
    "a scandal"': the parser hangs the quoted name inside the object's own phrase (an
    apposition, an adjective) instead of beside it; what was called so is still said with
    it (PolNeAR train: the quote alone was taken). The start of that object, or None."""
    if lemma not in NAMING_VERBS:
        return None
    obj = next((c for c in t.children if c.dep_ == "dobj" and c.i > t.i), None)
    if obj is None or not t.idx < obj.left_edge.idx < qs or obj.pos_ == "PRON":
        return None
    inside = [x for x in obj.subtree if qs <= x.idx < qe and not x.is_punct]
    return obj.left_edge.idx if inside else None


def object_subject_start(t, comp) -> Optional[int]:
    """'Dr Singh argued the new hospital wing, which opened in May, "has already cut ..."':
    the parser makes the reported clause's subject the cue's object and leaves the clause
    with none. The start of the last object before the clause when the clause has no
    subject of its own, or None."""
    if comp is None or comp.dep_ != "ccomp" or comp.i < t.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in comp.children):
        return None
    objs = [c for c in t.children if c.dep_ == "dobj" and t.i < c.i < comp.left_edge.i]
    if not objs or (t.lemma_.lower() in ("tell", "ask", "inform") and len(objs) < 2):
        return None  # "told reporters ...": whom it was told to
    obj = objs[-1]
    if obj.pos_ not in ("NOUN", "PROPN"):
        return None
    return obj.left_edge.idx


def coordinated_end(t, comp, end: int) -> int:
    """The end of a content that the parser split over the cue's own children: "urged the
    council to scrap its parking charges, replace its fleet and open its libraries" (the bare
    verbs after the infinitive hung on "urged" as its conjuncts), "said he expects to keep every
    member, so the club will stay up" (a second clause hung on "said"). PolNeAR train:
    the first piece alone was taken. Only bare verbs without a subject after an infinitive
    (a finite "and said ..." is a statement of its own), only clauses after a comma."""
    doc = t.doc
    for c in t.rights:
        if c.i <= comp.right_edge.i or c.is_punct or c.is_space or c.dep_ == "cc":
            continue
        gap = doc[comp.right_edge.i + 1:c.left_edge.i]
        if not all(x.is_punct or x.dep_ == "cc" for x in gap):
            break
        if (c.dep_ == "conj" and comp.dep_ == "xcomp" and c.tag_ == "VB" and t.tag_ != "VB"
                and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)):
            end = max(end, c.right_edge.idx + len(c.right_edge.text))
        elif c.dep_ == "ccomp" and comp.dep_ == "ccomp" and "," in (comp.right_edge.text, doc[comp.right_edge.i + 1].text):
            end = max(end, c.right_edge.idx + len(c.right_edge.text))
        else:
            break
        comp = c
    return end


def circumstance_clause(c) -> bool:
    """'defended the levy while critics gathered outside', 'distanced himself from the governor
    because the administration was unpopular': a subordinate clause with its own subject, hung
    on the cue after an object content, tells why or when in the writer's words; PolNeAR ends
    the object before it (train)."""
    return c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ not in _CONTENT_MARKS for m in c.children) \
        and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in c.children)


#: Marks of a clause that is still what was said: "assured him that ...", "a path for
#: voters to ...", "reform if he wins" (PolNeAR train keeps them with the object).
_CONTENT_MARKS = frozenset("that for if whether".split())


def opens_after_colon(text: str, cs: int, qs: int) -> bool:
    """'At the rally, Ms Okafor set out her first priority: "Fix the buses ...," she said':
    a quote opened after a colon ends the narration before it, which the parser may hang on
    the quote's clause; the words before the colon are not said with the quote (PolNeAR train)."""
    return text[cs:qs].rstrip(" \"“'").endswith(":")


#: Verbs that show a feeling named by their object: "expressed unease about X".
_SHOWING_VERBS = frozenset("express voice show offer claim signal".split())

#: Feelings and positions such a verb shows, said towards the object of their preposition
#: (lemmas): "expressed unease with the plan", "claimed credit for the new bridge".
ATTITUDE_OBJECTS = frozenset(
    "support concern discomfort enthusiasm condolence condolences interest opposition frustration sympathy "
    "skepticism scepticism doubt responsibility confidence optimism regret anger outrage gratitude admiration "
    "disappointment reservation opinion allegiance displeasure dismay astonishment appreciation solidarity "
    "unease misgiving fear thought respect understanding credit".split())


def attitude_object(t, comp):
    """"expressed unease with the plan", "voiced support for a ban on lorries",
    "claimed credit for the new bridge": PolNeAR takes the verb and its feeling noun as the cue
    and what the feeling is about as the content (train: the whole object was too long at
    the start). The object of the noun's preposition, or None."""
    if comp is None or comp.dep_ != "dobj" or t.lemma_.lower() not in _SHOWING_VERBS:
        return None
    # "offered a spirited defence of the plan": a statement noun's own prepositions (session 19)
    said = STATEMENT_OBJECTS.get(comp.lemma_.lower()) if comp.lemma_.lower() not in ATTITUDE_OBJECTS else None
    if said is None and comp.lemma_.lower() not in ATTITUDE_OBJECTS:
        return None
    for p in (*comp.children, *(t.children if said else ())):  # "offered kind words about X": on either
        if p.dep_ == "prep" and p.i > comp.i and (said is None or p.lower_ in said):
            pobj = next((x for x in p.children if x.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
                return pobj
    return None


def dangling_end(doc, start: int, end: int) -> int:
    """A content cut after its "and", "but" or "or" ("spoke about the harbour and",
    "said the plan was sound, and"): the parser hung what follows elsewhere; the
    content runs on over the conjunct, or to its sentence's end when the parse has none
    (PolNeAR train)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2 or span[-1].text.lower() not in ("and", "but", "or"):
        return end
    cc = span[-1]
    conj = next((c for c in cc.head.children if c.dep_ == "conj" and c.i > cc.i), None)
    last = conj.right_edge if conj is not None else cc.sent[-1]
    while last.i > cc.i and (last.is_punct or last.pos_ == "PUNCT" or last.is_space):
        last = doc[last.i - 1]
    if any(x.lemma_.lower() in _REPORTING and x.pos_ == "VERB" for x in doc[cc.i + 1:last.i + 1]):
        return cc.idx  # "visited the site once but said ...": a statement of its own
    return max(end, last.idx + len(last.text)) if last.sent == cc.sent else end
