"""The evidence of a stance read from a cue word: the cue, the holder as written and the
target phrase, as character spans of the article (``Relation.cue_span``, ``holder_span``,
``target_span``), so a reader can highlight the words an edge came from.

"Senator Jane Ortiz endorsed Maria Lopez": cue "endorsed", holder "Senator Jane Ortiz",
target "Maria Lopez". The holder is the subject as it stands in the sentence ("She", not
the "Anna Keller" it stands for; "Sen. Ted Cruz, who" for a relative clause), or the
speaker of the statement the stance word is the cue of; None when the sentence does not
name it. The target phrase is the object phrase whole ("the new pipeline across the
state"), the words PolNeAR spans as the content of such an attribution.
See docs/stances.md.
"""
from __future__ import annotations

from typing import Optional

from stancegraph.graph.model import Span
from stancegraph.loaders.extract.groups import majority_whole
from stancegraph.loaders.extract.nlp import text_of

#: how far (in tokens) the words of a cue may stand apart: "have both supported"
_GAP = 3


def evidence(ctx, trigger, cue: str, holder_tok, head) -> dict[str, Optional[Span]]:
    """``cue_span``, ``holder_span`` and ``target_span`` of an edge read at ``trigger``."""
    return {"cue_span": cue_span(trigger, cue), "holder_span": holder_span(ctx, trigger, holder_tok),
            "target_span": _span(*_edges(trigger, head))}


def _span(first, last) -> Span:
    start, end = first.idx, last.idx + len(last.text)
    return Span(start, end, text_of(first.doc)[start:end])  # Doc.text rebuilds the whole text


def cue_span(trigger, cue: str) -> Span:
    """The cue's words around the trigger: "does not support", "expressed support for"; of a
    cue in two parts ("urged ... to back") the part that holds the trigger."""
    parts = [p.split() for p in cue.split("...")]
    words = next((p for p in reversed(parts) if trigger.text in p), [trigger.text])
    k = len(words) - 1 - words[::-1].index(trigger.text)
    doc, sent = trigger.doc, trigger.sent
    first = last = trigger.i
    for w in reversed(words[:k]):
        found = next((j for j in range(first - 1, max(sent.start, first - _GAP) - 1, -1) if doc[j].text == w), None)
        if found is None:
            break
        first = found
    for w in words[k + 1:]:
        found = next((j for j in range(last + 1, min(sent.end, last + _GAP + 1)) if doc[j].text == w), None)
        if found is None:
            break
        last = found
    return _span(doc[first], doc[last])


def holder_span(ctx, trigger, holder_tok) -> Optional[Span]:
    """The holder as written in the trigger's sentence (see the module docstring)."""
    sent = trigger.sent
    if holder_tok is None:
        st = ctx.statement_with_cue(trigger) or _cue_statement_of_verb(ctx, trigger)
        if st is None or st.speaker is None or not sent.start_char <= st.speaker.start < sent.end_char:
            return None
        return Span(st.speaker.start, st.speaker.end, st.speaker.text)
    if not sent.start <= holder_tok.i < sent.end:
        return None
    first = min((c.left_edge for c in holder_tok.lefts), key=lambda t: t.i, default=holder_tok)
    # "Sen. Ted Cruz, who endorsed ...": the name and the relative pronoun that stands for it;
    # "two-thirds of Republican voters": the share with the group it is of
    return _span(first, _relative_pronoun(trigger, holder_tok) or majority_whole(holder_tok) or holder_tok)


def _relative_pronoun(trigger, holder_tok):
    """"who" or "that" when the trigger's clause is a relative clause whose subject it is."""
    x = trigger
    for _ in range(4):  # "who was always in favor of": of, favor, in, was
        if x.dep_ == "relcl":
            who = next((c for c in x.children if c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT")), None)
            return who if who is not None and who.i > holder_tok.i else None
        if x.head.i == x.i:
            return None
        x = x.head
    return None


def _cue_statement_of_verb(ctx, trigger):
    """The statement whose cue is the verb a stance noun or preposition hangs on."""
    x = trigger
    for _ in range(2):
        x = x.head
        if x.pos_ in ("VERB", "AUX"):
            return ctx.statement_with_cue(x)
    return None


def _edges(trigger, head) -> tuple:
    """The first and last word of the target phrase of ``head``: its words up to a clause or
    description set off by a comma ("the trade agreement, which caused ..."), then what the
    verb says of it ("endorsed Jeb Bush for president", "backed Obama over Clinton"); no
    punctuation at its ends."""
    doc = head.doc
    # "supports reforming the calendar -- a change that ...": an aside on a gerund's object ends it too
    heads = [head] + [c for c in head.children if c.dep_ == "dobj" and head.tag_ == "VBG"]
    cut = min((c.left_edge.i for h in heads for c in h.children if c.i > h.i and (c.dep_ in _ASIDES and doc[
        c.left_edge.i - 1].text in (",", "--", "—", "(") or c.dep_ == "prep" and _circumstance(c, _SCENES))),
        default=head.right_edge.i + 1)
    # "the bill opposed by Democrats": a participle on the target is the cue, not the target
    cut = min([cut] + [c.left_edge.i for c in head.children if c.i == trigger.i and c.i > head.i])
    # "embraced the establishment and consolidated support": a verb taken for a conjunct
    cut = min([cut] + [c.i for c in head.children if c.dep_ == "cc" and c.i > head.i and any(
        x.dep_ == "conj" and x.pos_ in ("VERB", "AUX") and x.i > c.i for x in head.children)])
    last = cut - 1
    if head.head.i == trigger.i and head.dep_ == "dobj":
        for c in [c for c in trigger.children if c.i > last]:  # the prepositions right after the object
            if c.dep_ != "prep" or c.left_edge.i != last + 1 or _circumstance(c):
                break
            last = c.right_edge.i
    words = list(doc[head.left_edge.i:last + 1])
    while len(words) > 1 and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    while len(words) > 1 and (words[0].is_punct or words[0].is_space):
        words.pop(0)
    return words[0], words[-1]


_ASIDES = {"relcl", "appos", "acl", "advcl", "parataxis"}
#: prepositions of when and where: "endorsed Sanders in February", "during a debate"
_OCCASIONS = frozenset("during throughout at amid on since after before until while".split())
#: those that, on a noun, still say when or where the verb happened ("endorsed Mr. Trump at a
#: news conference"), not what the noun is about ("the ban on imported steel")
_SCENES = frozenset("during throughout at amid".split())


def _circumstance(prep, words: frozenset = _OCCASIONS) -> bool:
    """A time or place the verb happened at, not part of what is supported or opposed."""
    return prep.lower_ in words or any(c.ent_type_ in ("DATE", "TIME") for c in prep.children)
