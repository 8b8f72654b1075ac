"""Cue verbs found by their grammar, not by a list: a verb outside the cue lists that takes
a finite "that"-clause and has a person, a group or a personal pronoun as its subject
("Ms Keller conceded that ...", "the union reckons that ...", "she demonstrated that ...")
reports that person's or group's claim, belief or intention.

PolNeAR train (issue 19, session 14; ``bench/attribution_cues.py``): the cue lists already
hold nearly every common verb of this shape; what is left is a tail of rare verbs
("demonstrated", "ordered", "determined") plus verbs of causing and ensuring ("make sure
that", "ensure that", "means that", "remember that") that report nothing. The latter are
excluded here by class (:data:`NOT_REPORTING`). Nouns likewise: a noun with a possessor and
a "that"-clause of its own is a view ("the senator's fear that ...").
"""
from __future__ import annotations

from typing import Iterator

from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract.content import trim
from stancegraph.loaders.extract.nlp import first_subject, kept, text_of, tokens_with
from stancegraph.loaders.extract.raw import RawStatement
from stancegraph.loaders.extract.cue_subjects import np_span

#: Verbs that take a that-clause without reporting anyone's words or views: causing,
#: ensuring, meaning, proving, perceiving and remembering (PolNeAR train: seldom a cue).
NOT_REPORTING = frozenset("""
mean ensure make let help have get cause require become remember forget watch hear prove
""".split())

#: Subject pronouns of people ("it", "this", "that" stand for things and facts; "you" in
#: narration is anyone: "you bet that ...").
_PERSONAL = frozenset("he she they we i".split())
_PEOPLE_ENTS = frozenset(("PERSON", "ORG", "NORP"))


def clausal_cue_tokens(doc, in_quote, listed) -> list:
    """Verb tokens outside ``listed`` (lemmas) that head a finite "that"-clause and have a
    person, group or personal-pronoun subject: one pass over the ccomp arcs of the Doc."""
    found = []
    for i in _arcs(doc, "ccomp"):
        clause = doc[i]
        t = clause.head
        if t.i >= i or t.pos_ != "VERB" or not t.is_alpha or in_quote[t.i] or not _that_clause(clause):
            continue
        lemma = t.lemma_.lower()
        if lemma in listed or lemma in NOT_REPORTING or lemma in cues.ATTITUDE_VERBS:
            continue
        if _reporting_subject(t):
            found.append(t)
    return found


def _arcs(doc, dep: str) -> list[int]:
    """Positions of the tokens attached by ``dep``, from one array of the Doc's arcs (kept
    with it): a vectorised scan, no Token objects for the words that do not match."""
    deps = kept(doc, "stancegraph.dep_array", lambda d: d.to_array("DEP"))
    return (deps == doc.vocab.strings[dep]).nonzero()[0].tolist()


def _that_clause(clause) -> bool:
    """'... that the plan would fail': a complementizer and a subject of its own."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)


def _reporting_subject(t) -> bool:
    if any(c.dep_ == "neg" for c in t.children):
        return False  # "did not concede that ...": nothing was said
    subj = first_subject(t)
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ in _PERSONAL
    return subj.ent_type_ in _PEOPLE_ENTS or subj.lemma_.lower() in cues.PERSON_ROLES or \
        subj.lemma_.lower() in cues.DESCRIPTION_KINDS


def clausal_noun_tokens(doc, in_quote) -> list:
    """Nouns outside :data:`cues.CUE_NOUNS` with a possessor and a "that"-clause of their own
    ("the governor's fear that the plant would close", "their hope that ..."): the clause is
    the possessor's view (:func:`.phrases.noun_statements` takes it from here). A relative
    "that" ("his plan that would cut taxes") is the clause's subject, no complementizer."""
    found = []
    for dep in ("acl", "ccomp"):
        for i in _arcs(doc, dep):
            t = doc[i].head
            if t.i < i and t.pos_ == "NOUN" and not in_quote[t.i] and t.lower_ not in cues.CUE_NOUNS \
                    and _that_clause(doc[i]):
                found.append(t)
    return found


_SOME = frozenset("many others some most those anyone everyone".split())


def viewpoint_statements(doc, in_quote) -> Iterator[RawStatement]:
    """"To Ms Keller, the bridge is a waste of money", "But to many voters, ...": a sentence
    opened by "to" + a person or group and a comma says that person's or group's view
    (PolNeAR train: 6 of 8 right). Not "For X, ...": mostly the writer's reading of X's
    situation ("For Trump, Florida's contest represents a momentous win": 4 of 35 right)."""
    for t in tokens_with(doc, ("to",)):
        if t.lower_ != "to" or t.dep_ != "prep" or in_quote[t.i] or t.head.dep_ != "ROOT":
            continue
        sent = t.sent
        lead = [x for x in doc[sent.start:t.i] if not (x.is_space or x.is_punct)]
        if lead and not (len(lead) == 1 and lead[0].dep_ == "cc"):
            continue
        pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if pobj is None or not _holder(pobj):
            continue
        comma = _comma_after(pobj)
        if comma is None or comma + 3 >= sent.end:
            continue
        last = next(x for x in reversed(doc[comma + 1:sent.end]) if not (x.is_punct or x.is_space))
        span = trim(text_of(doc), doc[comma + 1].idx, last.idx + len(last.text), keep_quotes=False)
        if span is not None:
            yield RawStatement(t.idx, t.idx + len(t.text), t.lower_, np_span(pobj), span, "indirect", cue_token=t.i)


def _comma_after(pobj):
    """The comma that closes the fronted phrase: after the name's whole phrase ("To Sexton,
    who has studied the rallies, Tuesday ..."), else the first after the name ("To Anna
    Keller, the new bridge ...", often parsed with the clause's subject as an apposition)."""
    doc = pobj.doc
    end = pobj.right_edge.i + 1
    if end < len(doc) and doc[end].text == ",":
        return end
    return next((x.i for x in doc[pobj.i + 1:end] if x.text == ","), None)


def _holder(tok) -> bool:
    """A person or group who may hold a view: a name, a role, a personal pronoun, "many"."""
    if tok.pos_ == "PRON":
        return tok.tag_ == "PRP" or tok.lower_ in _SOME
    return tok.ent_type_ in _PEOPLE_ENTS or tok.lemma_.lower() in cues.PERSON_ROLES or \
        any(c.dep_ == "relcl" for c in tok.children) and tok.lower_ in _SOME


#: Nouns of a view held "in" someone's: "In Keller's view, ...", "..., in his opinion."
#: Not "judgment": "believed in her judgment" is trust in it (PolNeAR train).
_VIEW_NOUNS = frozenset("view opinion estimation".split())


def in_view_statements(doc, in_quote) -> Iterator[RawStatement]:
    """"In Anna Keller's view, the plan would cost ...": the possessor holds the clause the
    phrase hangs on, as "according to X" gives X's account (PolNeAR train). The clause
    after a phrase that opens it, before one that closes it, whole around one in its middle.
    Not inside a clause another verb reports ("says the bridge, in his view, was ...": that
    verb's statement holds it), nor in a quote."""
    for t in tokens_with(doc, _VIEW_NOUNS):
        prep, h = t.head, t.head.head
        if t.lower_ not in _VIEW_NOUNS or t.dep_ != "pobj" or prep.lower_ != "in" or in_quote[t.i]:
            continue
        holder = next((c for c in t.children if c.dep_ == "poss"), None)
        if h.dep_ in ("nsubj", "nsubjpass"):
            h = h.head  # "The cheapest fix, in Baker's view, would be ...": on the subject
        if holder is None or h.pos_ not in ("VERB", "AUX") or h.dep_ in ("ccomp", "xcomp", "acl"):
            continue
        toks = [x for x in h.subtree if not (x.is_punct or x.is_space)]
        lo, hi = prep.left_edge.i, prep.right_edge.i
        if toks[0].i >= lo:
            toks = [x for x in toks if x.i > hi]
        elif toks[-1].i <= hi:
            toks = [x for x in toks if x.i < lo]
        if len(toks) < 3:
            continue
        span = trim(text_of(doc), toks[0].idx, toks[-1].idx + len(toks[-1].text), keep_quotes=False)
        if span is not None:
            yield RawStatement(t.idx, t.idx + len(t.text), t.lower_, np_span(holder), span, "indirect", cue_token=t.i)
