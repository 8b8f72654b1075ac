"""Quotes tagged by a verb outside the cue lists. In news copy the place of a speech tag makes
its verb a verb of saying, whatever the verb: '"...!" beamed Ann Bell', '"...," Tom Baker
gloated', 'The governor shot back: "..."'. A quote no listed cue owns, in that place, is said
by the tag verb's subject (PolNeAR train: such quotes had no row at all)."""
from __future__ import annotations

from typing import Iterator

from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract.content import trim
from stancegraph.loaders.extract.cue_subjects import np_span
from stancegraph.loaders.extract.framed_cues import in_frame
from stancegraph.loaders.extract.nlp import first_subject, text_of
from stancegraph.loaders.extract.quoted_titles import is_quoted_title
from stancegraph.loaders.extract.raw import RawStatement

# a verb whose own object or clause is what it says, not the quote ("shook her head")
_OWN_CONTENT = frozenset("dobj ccomp xcomp dative attr acomp oprd".split())
_NOT_SPEAKERS = frozenset("it this that there which what".split())
# verbs another rule owns: "read" names a text that reads a quote (.text_reads), and a person
# reading from notes is no text source
_OWNED = frozenset(("read",))
# a verb inside a phrase or a subordinate clause tags nothing ("a threat few keep: ...")
_SUBORDINATE = frozenset("relcl acl advcl amod pcomp xcomp csubj".split())


def tag_verb_statements(doc, quotes, found: list[RawStatement], in_quote) -> Iterator[RawStatement]:
    """Direct statements of quotes no statement of ``found`` holds, tagged by a verb next to
    them: after the quote (the quote closing on a comma, "!" or "?") or before it (a clause
    ending in a colon or a comma)."""
    text = text_of(doc)
    claimed = {q for r in found for q in r.quotes}
    listed = cues.all_cue_lemmas(attitudes=True)
    for qi, (qs, qe) in enumerate(quotes):
        if qi in claimed or any(r.content[0] < qe and qs < r.content[1] for r in found):
            continue
        verb = _tag_after(doc, text, qs, qe, in_quote) or _tag_before(doc, text, qs, in_quote)
        # a listed verb out of its frame tags a quote too ('addressed the crowd: "..."': .framed_cues)
        if verb is None or verb.lemma_.lower() in listed and in_frame(verb, verb.lemma_.lower()) or \
                verb.lemma_.lower() in _OWNED or is_quoted_title(doc, qs, qe):
            continue
        subj = first_subject(verb) or (first_subject(verb.head) if verb.dep_ == "conj" else None)
        if subj is None or subj.lower_ in _NOT_SPEAKERS or in_quote[subj.i]:
            continue
        content = trim(text, qs, qe, keep_quotes=True)
        if content is None or len(text[content[0]:content[1]].split()) < 2:
            continue
        yield RawStatement(verb.idx, verb.idx + len(verb.text), verb.lemma_.lower(), np_span(subj), content,
                           "direct", cue_token=verb.i, quotes=(qi,))


def _plain_tag(verb, in_quote) -> bool:
    """A verb that can be a speech tag: outside the quote, not negated, and with no object or
    clause of its own outside the quote."""
    if verb.pos_ != "VERB" or in_quote[verb.i]:
        return False
    return not any(c.dep_ == "neg" or c.dep_ in _OWN_CONTENT and not in_quote[c.i] for c in verb.children)


def _tag_after(doc, text: str, qs: int, qe: int, in_quote):
    """'"...!" beamed Ann Bell', '"...," Tom Baker gloated': the verb right after a quote
    that opens its sentence (or follows a comma or colon) and closes on a comma, "!" or "?",
    with its subject before or after it, on the same line."""
    closer = text[qe - 2:qe - 1] if text[qe - 2:qe - 1] in (",", "!", "?") else text[qe - 3:qe - 2]
    if closer not in (",", "!", "?") or _char_before(text, qs) not in ("", "\n", ".", ",", ":", ";", "(", "—", "-"):
        return None
    after = doc.char_span(qe, len(text), alignment_mode="expand")
    if after is None or len(after) == 0:
        return None
    k = after.start
    while k < len(doc) and (doc[k].is_quote or doc[k].is_space and "\n" not in doc[k].text):
        k += 1
    if k >= len(doc) or "\n" in text[qe:doc[k].idx]:
        return None
    first = doc[k]
    if _plain_tag(first, in_quote):
        subj = first_subject(first)
        return first if subj is not None and subj.i > first.i and subj.left_edge.i == first.i + 1 else None
    subj = first
    while subj.dep_ != "nsubj" and subj.head.i != subj.i and subj.head.left_edge.i == k:
        subj = subj.head  # "Tom" of "Tom Baker"
    if subj.dep_ != "nsubj" or subj.left_edge.i != k:
        return None
    if closer != "," and subj.pos_ not in ("PRON", "PROPN"):
        return None  # '"...?" The crowd booed.': narration after a question, no tag
    verb = subj.head
    end = subj.right_edge.i + 1
    while end < verb.i and doc[end].is_punct:
        end += 1
    return verb if verb.i == end and _plain_tag(verb, in_quote) else None


def _colon_tag(verb, in_quote) -> bool:
    """Before a colon a tag may keep its object: 'had one message for them: "..."'."""
    return verb.pos_ == "VERB" and not in_quote[verb.i] and not any(
        c.dep_ in ("neg", "ccomp", "xcomp") and not in_quote[c.i] for c in verb.children)


def _tag_before(doc, text: str, qs: int, in_quote):
    """'The governor shot back: "..."', 'Ann Bell cracked, "..."': a main clause ending in a
    colon or a comma right before the quote, the mark hung on its verb; after a comma the
    quote must hang on that verb too (not 'The plan, "Fair Deal," was dropped') and open with
    a capital."""
    at = _char_at_before(text, qs)
    if text[at:at + 1] not in (":", ","):
        return None
    mark = doc.char_span(at, at + 1, alignment_mode="expand")
    if mark is None or mark[0].text != text[at]:
        return None
    verb = mark[0].head
    if text[at] == ":" and verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # 'had a simple message for the council: "..."'
    if verb.dep_ in _SUBORDINATE or verb.i > mark[0].i or not (
            _plain_tag(verb, in_quote) or text[at] == ":" and _colon_tag(verb, in_quote)):
        return None
    if text[at] == ",":
        # and the quote opens a sentence of its own: 'was dubbed, "sending work emails ..."'
        # is a fragment of the writer's clause
        first = next((ch for ch in text[qs:qs + 6] if ch.isalpha()), "")
        if not first.isupper() or not any(c.i > mark[0].i and in_quote[c.i] and not c.is_punct for c in verb.children):
            return None
    return verb


def _char_at_before(text: str, i: int) -> int:
    """Where the last character before ``i`` that is not a blank on the line is (-1: none)."""
    i -= 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i


def _char_before(text: str, i: int) -> str:
    at = _char_at_before(text, i)
    return text[at] if at >= 0 else ""
