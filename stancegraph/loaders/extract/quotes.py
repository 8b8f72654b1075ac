"""Quoted passages: found in the raw text (:func:`find_quotes`, before any parsing), then
placed in the parse (:func:`quote_index`) and given to the cue that owns them
(:func:`quote_owner`; a quote no cue owns is a floating quote).
"""
from __future__ import annotations

import re
from typing import Optional

from stancegraph.loaders.extract.cues import PREP_CONTENT
from stancegraph.loaders.extract.nlp import kept

# '' (two apostrophes) is the double quote of some wire and newspaper archives
# (''A lot of clubs have closed,'' Mr. Hedge said): PolNeAR train, New York Times texts
# quoted only with it had their quotes read as plain clauses and follow-on quotes dropped.
_MARKS = re.compile(r"''|[“”\"]")


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of double-quoted passages, quote marks included.

    Curly and straight quotes both count, and so does ``''``; single quotes do not (in
    news they are scare quotes and apostrophes: 'trade truce', Xi's). A quote left open at
    the end of a paragraph runs to that paragraph's end: news style opens every paragraph
    of a long quote and closes only the last one. Where the paragraphs were run together
    ('... for a year. "We will ...', BBC shape), an opening mark after a full stop
    while a quote is open ends that quote at the full stop and opens the next.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    left_open = False  # the last paragraph left its quote open
    for para in text.split("\n"):
        joined = None
        if left_open and para.strip():
            # each paragraph of a long quote opens with a mark, only the last one closes:
            # one quote across the paragraphs
            first = _MARKS.search(para)
            if first is not None and first.start() == len(para) - len(para.lstrip()) and first.group() != "”":
                joined = spans.pop()
            left_open = False
        mark = len(spans)
        start = None
        for m in _MARKS.finditer(para):
            ch, at, end = m.group(), pos + m.start(), pos + m.end()
            before, nxt = para[m.start() - 1:m.start()], para[m.end():m.end() + 1]
            if ch == "“":
                # '“..., that could create new problems for her here,“ said Jim Clyburn':
                # an opening mark typed as the closer (followed by a space or the line end)
                if start is not None and (nxt == "" or nxt.isspace()) and before in ",.?!":
                    spans.append((start, end))
                    start = None
                else:
                    _reopen(spans, start, text, at)
                    start = at
            elif ch == "”":
                if start is not None:
                    spans.append((start, end))
                    start = None
            elif start is None:
                # 'from Europe." When he was in Tokyo': a closing mark with no opening one
                # (BBC) opens nothing
                if not (before and not before.isspace() and (nxt == "" or nxt.isspace())):
                    start = at
            elif (before == "" or before.isspace()) and nxt.isalnum():
                # 'said: "Our plan is honest. In a speech later, he said: "The council ...': an
                # opening mark while a quote is open -- that quote's closing mark is missing
                _unclosed(spans, start, text, at)
                start = at
            else:
                spans.append((start, end))
                start = None
        if start is not None and len(para) - (start - pos) > 2:
            spans.append((start, pos + len(para.rstrip())))
            left_open = True
        if joined is not None:
            if len(spans) > mark:
                spans[mark] = (joined[0], spans[mark][1])
            else:
                spans.insert(mark, joined)
        pos += len(para) + 1
    return spans


def _reopen(spans: list[tuple[int, int]], start, text: str, at: int) -> bool:
    """An opening mark while the quote from ``start`` is open: that quote ends at the full
    stop before the mark (kept, True), else it was never closed (dropped, False)."""
    if start is None:
        return False
    end = len(text[:at].rstrip())
    if text[end - 1:end] in (".", "!", "?") and end - start > 2:
        spans.append((start, end))
        return True
    return False


_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]])[.!?](?=\s)")


def _unclosed(spans: list[tuple[int, int]], start: int, text: str, at: int) -> None:
    """A straight quote from ``start`` that another opening mark at ``at`` finds open: it
    ends at its last full stop (the narration after it is no quote), else before the mark
    (BBC politics: the closing mark was left out, and pairing the next opening mark as the
    closer shifted every later quote of the paragraph)."""
    if _reopen(spans, start, text, at):
        return
    stops = [m.end() for m in _SENTENCE_END.finditer(text, start, at)]
    end = stops[-1] if stops else len(text[:at].rstrip())
    if end - start > 2:
        spans.append((start, end))


# --------------------------------------------------------------------------------------
# Quotes in the parse: which tokens are quoted, and which cue a quote belongs to.


def quote_index(doc, quotes) -> list[bool]:
    """Per token, whether it lies inside one of ``quotes`` (character spans, in order).
    Several stages ask for the same quotes of a Doc: the answer is kept with the Doc."""
    return kept(doc, ("stancegraph.in_quote", tuple(tuple(q) for q in quotes)), lambda d: _quote_flags(d, quotes))


def _quote_flags(doc, quotes) -> list[bool]:
    flags = [False] * len(doc)
    if not quotes:
        return flags
    qi = 0
    # token offsets from the Doc's array, not a Token object per word
    for i, idx in enumerate(doc.to_array("IDX").tolist()):
        while qi < len(quotes) and quotes[qi][1] <= idx:
            qi += 1
        if qi < len(quotes) and quotes[qi][0] <= idx < quotes[qi][1]:
            flags[i] = True
    return flags


def in_prep_phrase(doc, qs, qe, cue_i) -> bool:
    """'In a conversation about his project, "Latin History for Dummies," the actor
    discussed ...', '..., Lehel stated during an interview for "Dateline" that ...': a
    quoted title inside a prepositional phrase of the cue is not what was said (PolNeAR
    train: the title replaced the real content)."""
    span = doc.char_span(qs, qe, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if not words or len(words) > 8:
        return False
    top = words[0]
    for a in top.ancestors:
        if a.i in range(span.start, span.end):
            top = a
    path = [top, *top.ancestors]
    quoted = range(span.start, span.end)
    for x, nxt in zip(path, path[1:]):
        if nxt.i == cue_i:
            # '"To a point," he said': a quote that opens with its own preposition is said
            return (x.dep_ == "prep" and x.i not in quoted) or (
                x.dep_ == "pobj" and x.head.dep_ == "prep" and x.head.i not in quoted)
        if nxt.dep_ == "prep" and nxt.head.i == cue_i:
            return nxt.i not in quoted
    return False


def _tagged_later(doc, first, last, qs, qe, cue_set) -> bool:
    """A quote whose opening mark the parser left at the end of the sentence before: it
    belongs to the later sentence when a cue outside it tags it there ("'' he said") or the
    cue before has a clause of its own ("..., Mr. Wu said."); else the cue before may own it
    ('"...?" he asked me. "Here is ..."', PolNeAR train)."""
    sent = last[0].sent
    if any(sent.start <= i < sent.end and not (qs <= doc[i].idx < qe) for i in cue_set):
        return True
    return any(c.dep_ == "ccomp" for i in cue_set if first[0].sent.start <= i < first.start for c in doc[i].children)


def _bare_tag(root, n: int) -> bool:
    """A sentence that is only a tag: 'Trump said.', and, with an addressee or a circumstance,
    '... he told the cheering crowd.', 'Bell told reporters during a call on Tuesday.'; not a
    verb with a clause or object of its own, nor one whose preposition brings what was said
    ("spoke about the plan"). Session 20: "told" with its object and the prepositions."""
    lemma = root.lemma_.lower()
    if n > 10 and (lemma != "tell" or n > 16):
        return False
    for c in root.children:
        if c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and lemma != "tell":
            return False
        if c.dep_ == "prep" and (lemma != "tell" or c.lower_ in PREP_CONTENT.get(lemma, ())):
            return False
    return True


def quote_owner(doc, qs, qe, cue_set, in_quote) -> Optional[int]:
    """The cue token a quote belongs to, or None for a floating quote."""
    first = doc.char_span(qs, qs + 1, alignment_mode="expand")
    last = doc.char_span(max(qe - 1, qs), qe, alignment_mode="expand")
    if first is None or last is None:
        return None
    if first[0].is_punct and first.end == first[0].sent.end and first.end < last.end and _tagged_later(
            doc, first, last, qs, qe, cue_set):
        # "..., Mr. Wu said. ''So it is ...,'' he said.": the parser ends the sentence before
        # after the opening mark; the quote is in the next sentence, not the cue's before it
        first = doc[first.end:first.end + 1]
    qtoks = range(first.start, last.end)
    sents = [first[0].sent] if first[0].sent == last[0].sent else [first[0].sent, last[0].sent]
    for sent in sents:
        inside = [i for i in qtoks if sent.start <= i < sent.end]
        # (1) a quoted token whose nearest cue ancestor is outside the quote
        for i in inside:
            if doc[i].is_punct:
                continue  # an opening mark the parser hung on the sentence before it
            for a in doc[i].ancestors:
                if a.i in cue_set:
                    return a.i
                if in_quote[a.i] is False and a.pos_ == "VERB" and a.i not in qtoks:
                    break
        # (2) a parenthetical cue hanging inside the quote: '"...," he said.'
        outside = [t for t in (doc[i] for i in sorted(cue_set) if sent.start <= i < sent.end)
                   if not (qs <= t.idx < qe)]  # the cues only: no Token for every word
        for t in outside:
            if any(a.i in qtoks for a in t.ancestors):
                return t.i
        # (3) the only cue of the sentence, next to the quote: 'Biden said, "I do not support
        # Taiwan independence," but China wants ... the U.S. is "against Taiwan independence."'
        # gives Biden the first quote only (seed)
        if len(outside) == 1:
            t = outside[0]
            gap = range(t.i + 1, first.start) if t.i < first.start else range(last.end, t.i)
            # not across a clause of the cue's own ('Twitter said it investigated threats.
            # "..." the company said', PolNeAR train)
            if sum(1 for k in gap if not (doc[k].is_punct or doc[k].is_space)) <= 4 and not any(
                    doc[k].pos_ in ("VERB", "AUX") for k in gap):
                return t.i
    # (4) '"Russia, if you're listening, ... missing." Trump said.': the full stop inside the
    # quote makes "Trump said." a sentence of its own, with no content (PolNeAR train)
    after = last.end
    while after < len(doc) and (doc[after].is_space or doc[after].text in ('"', "”", "''")):
        after += 1
    if after < len(doc) and doc[after].is_sent_start:
        sent = doc[after].sent
        root = sent.root
        if root.i in cue_set and root.left_edge.i == sent.start and _bare_tag(root, len(sent)):
            return root.i
    # (5) "Cruz continued:" and the quote opens the next sentence or paragraph
    head = first[0]
    if head.sent.start == first.start or all(doc[k].is_space or doc[k].is_punct for k in range(head.sent.start, first.start)):
        prev_end = head.sent.start - 1
        while prev_end >= 0 and doc[prev_end].is_space:
            prev_end -= 1
        if prev_end >= 0 and doc[prev_end].text == ":":
            for t in reversed(list(doc[prev_end].sent)):
                if t.i in cue_set:
                    return t.i
    return None
