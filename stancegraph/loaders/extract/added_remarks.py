"""A second remark hung on a reported clause by a participle cue with its own clause:
'X said the plan could be "a mess," adding, "..."', 'X questioned why ..., implying that
...'. The parser often hangs the participle inside the first content (on its verb), so the
first statement ran over "adding" into the second remark, and the second had no statement.
A reader sees two statements of X, and PolNeAR annotates two attributions (issue 19): the
first content ends before the participle, and the participle says its own clause, with the
first statement's speaker (the participle has no subject of its own)."""
from __future__ import annotations

from dataclasses import replace

from stancegraph.loaders.extract.content import subtree_end
from stancegraph.loaders.extract.cues import all_cue_lemmas
from stancegraph.loaders.extract.raw import RawStatement

_LEMMAS = all_cue_lemmas()
# "considering" before a clause reads as a preposition ("given that"), not a remark
_NOT_REMARKS = frozenset(["considering"])
_CUT = " \t\n,;:-\u2013\u2014"


def _remark_verb(doc, r: RawStatement):
    """The participle cue inside ``r``'s content that opens a remark of its own, or None."""
    cs, ce = r.content
    cue = doc[r.cue_token]
    for v in doc[cue.i + 1:]:
        if v.idx >= ce:
            return None
        if (v.idx > cs + 5 and v.tag_ == "VBG" and v.dep_ in ("advcl", "conj", "xcomp")
                and v.lemma_.lower() in _LEMMAS and v.lower_ not in _NOT_REMARKS
                and doc[v.i - 1].is_punct
                and _under(v, cue) and any(c.dep_ == "ccomp" for c in v.children)):
            return v
    return None


def _under(v, cue) -> bool:
    """``v`` hangs under ``cue``, not under a saying verb with a subject of its own on the
    way ("said the minister explained the plan, saying ...": the minister's)."""
    for a in v.ancestors:
        if a == cue:
            return True
        if a.lemma_.lower() in _LEMMAS and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children):
            return False
    return False


def _remark(doc, v, quotes) -> tuple[tuple[int, int], str]:
    """The remark's content span and kind: a whole quote as a direct quote's words, else the
    words after the participle."""
    right = [t for t in v.subtree if t.i > v.i]
    while right and right[0].is_punct and right[0].text not in ('"', "“", "''"):
        right = right[1:]
    start, end = right[0].idx, subtree_end(v)
    for qs, qe in quotes:
        if qs == start and qe >= end:
            inner_end = qe - 1
            while inner_end > qs + 1 and doc.text[inner_end - 1] in ",.?!":
                inner_end -= 1
            return (qs + 1, inner_end), "direct"
    kind = "mixed" if any(qs < end and qe > start for qs, qe in quotes) else "indirect"
    return (start, end), kind


def split_added_remarks(doc, found: list[RawStatement], quotes) -> list[RawStatement]:
    """``found`` with each reported clause cut before a participle remark ("..., adding that
    ..."), and the remark as a statement of the same speaker unless one is found already."""
    text = doc.text
    by_cue = {_cue_index(doc, r): k for k, r in enumerate(found)}
    out: list[RawStatement] = list(found)
    for k, r in enumerate(found):
        v = None
        if r.cue_token is not None and r.kind in ("indirect", "mixed") and not r.floating:
            v = _remark_verb(doc, r)
        if v is None:
            continue
        end = v.idx
        while end > r.content[0] and text[end - 1] in _CUT:
            end -= 1
        out[k] = replace(out[k], content=(r.content[0], end))
        own = by_cue.get(v.i)
        if own is None:
            content, kind = _remark(doc, v, quotes)
            out.append(RawStatement(cue_start=v.idx, cue_end=v.idx + len(v.text), cue_lemma=v.lemma_.lower(),
                                    speaker=r.speaker, content=content, kind=kind, cue_token=v.i,
                                    origin=r.origin))
            by_cue[v.i] = len(out) - 1
        elif out[own].speaker is not None and r.content[0] <= doc[out[own].speaker[0]].idx < r.content[1]:
            # the subject of the clause the parser hung the participle on is not its speaker
            out[own] = replace(out[own], speaker=r.speaker)
    return out


def _cue_index(doc, r: RawStatement):
    if r.cue_token is not None:
        return r.cue_token
    if r.cue_start is None:
        return None
    span = doc.char_span(r.cue_start, r.cue_end, alignment_mode="expand")
    return span.root.i if span is not None else None
