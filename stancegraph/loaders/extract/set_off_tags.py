"""A speech tag set off by commas inside the clause it reports, whatever its parse.

"With every new poll, these donors concede, it gets harder to argue that ...", "The 1990
vote, we may recall, was a landslide": the writer puts the source between two commas inside
what the source said. :func:`.content.fronted_content` reads the tag when the parser makes
it a parataxis of the root; the parser as often hangs it on a noun as a relative clause, on
the verb after it as an adverbial clause or on a noun as an apposition, and the cue then had
no content. The content is the clause around the tag, the tag included (PolNeAR spans it
whole), from the last dash, semicolon or colon before the tag to the first one after it
("The fund ran dry in May - and the new budget, the treasurer said, will be thin"),
without a leading "and"/"but" (PolNeAR train, session 21).
"""
from __future__ import annotations

from typing import Optional

from stancegraph.loaders.extract.nlp import sheds

#: marks that close a clause around a set-off tag (a hyphen only with spaces: "blow-out")
_BOUNDS = frozenset("— – -- ; :".split()) | {"-"}
#: a subject that makes the commas a relative clause ("In Ohio, which votes first, ...") or
#: a speaker's aside to the hearer ("and, you know, we ...")
_NOT_TAG_SUBJECTS = frozenset("which who whom that what you".split())
#: the tag's own words before its subject the parser may hang on the cue ("But with ...")
_FRONT_DEPS = frozenset("prep advmod npadvmod cc".split())
_FINITE = frozenset("VBD VBZ VBP MD".split())


def set_off_content(t) -> Optional[tuple[int, int]]:
    """The chars of the clause around ", <subject> <cue>," or None."""
    doc, sent = t.doc, t.sent
    subj = next((c for c in reversed(list(t.lefts)) if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in _NOT_TAG_SUBJECTS:
        return None
    left, right = subj.left_edge.i, t.i
    while right + 1 < sent.end and doc[right + 1].head.i == t.i and doc[right + 1].dep_ in ("advmod", "npadvmod"):
        right += 1  # "the council admitted privately,"
    if left - 1 <= sent.start or doc[left - 1].text != "," or right + 2 >= sent.end or doc[right + 1].text != ",":
        return None
    if doc[right + 2].is_quote:
        return None  # 'he said, "We ...': a quote's tag, not a tag inside a clause
    if any(not (left <= c.i <= right or c.is_punct or c.i < left and c.dep_ in _FRONT_DEPS) for c in t.children):
        return None  # the cue has words of its own: not a bare tag
    start = max((x.i + 1 for x in doc[sent.start:left - 1] if _bound(x)), default=sent.start)
    end = next((x.i for x in doc[right + 2:sent.end] if _bound(x)), sent.end)
    toks = _clipped(doc[start:end])
    while toks and toks[0].dep_ == "cc":
        toks = _clipped(toks[1:])
    before = sum(1 for x in toks if x.i < left - 1 and not x.is_punct)
    after = [x for x in toks if x.i > right + 1 and not x.is_punct]
    if before < 1 or len(after) < 2 or not any(x.tag_ in _FINITE for x in toks if x.i < left or x.i > right):
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _bound(tok) -> bool:
    return tok.text in _BOUNDS and (tok.text != "-" or bool(tok.doc[tok.i - 1].whitespace_))


def _clipped(toks) -> list:
    toks = list(toks)
    while toks and sheds(toks[-1]):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    return toks
