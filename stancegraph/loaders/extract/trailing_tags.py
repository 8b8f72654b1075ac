"""A speech tag closing its sentence that the parser hung on a word inside what was said.

"<clause>, the poll found." is read by :func:`.content.fronted_content` when the parser makes
the cue the sentence's root or hangs it on the root. In longer sentences it often hangs the
tag on the last noun of the clause (a relative clause: "an unfavorable view of the mayor,
the poll found") or on a verb inside it ("chanted ..., the Ledger reports"): the tag is
still the writer's attribution of the whole clause before its comma (PolNeAR train).
"""
from __future__ import annotations

from typing import Optional

from stancegraph.loaders.extract.nlp import sheds

#: the cue's own words a closing tag may carry: "said Tuesday", "wrote in a court filing"
_TAG_DEPS = frozenset("nsubj aux advmod npadvmod prep punct dative".split())
_RELATIVE = frozenset("who whom which that what where when".split())
_FINITE = frozenset("VBD VBZ VBP MD".split())


def tag_content(t) -> Optional[tuple[int, int]]:
    """The clause before ", <subject> <cue>." closing the sentence, whatever the cue's parse."""
    if t.dep_ == "ROOT" or t.head.i > t.i:
        return None
    subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
    if subj is None or subj.lower_ in _RELATIVE or any(c.dep_ not in _TAG_DEPS for c in t.children):
        return None
    doc, sent = t.doc, t.sent
    comma = subj.left_edge.i - 1
    if comma <= sent.start or doc[comma].text != "," or t.right_edge.i < t.i:
        return None
    if not all(x.is_punct or x.is_space for x in doc[t.right_edge.i + 1:sent.end]):
        return None
    toks = list(doc[sent.start:comma])
    while toks and sheds(toks[-1]):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    if len(toks) < 4 or not any(x.tag_ in _FINITE for x in toks):
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def tag_start(t) -> int:
    """Where a parenthetical speech tag starts: at the comma before its subject ("If the fees
    are not cut, Ms. Keller warned, traders will leave"), not at the words the parser hung on
    the cue before that comma, which belong to the clause around the tag (PolNeAR train)."""
    doc = t.doc
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i), None)
    start = subj.left_edge.i if subj is not None else t.i
    return start - 1 if t.left_edge.i < start - 1 and doc[start - 1].text == "," else t.left_edge.i
