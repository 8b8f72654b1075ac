""""In a Gazette poll released Sunday, two of three voters disapproved ...": a poll or survey
that opens the sentence, set off by a comma, is the source of the clause after the comma,
whatever the parser hung the opening phrase on (a noun read as the root, a clause read as a
complement, "In" itself as the root). The poll is a document source (:mod:`.documents`)."""
from __future__ import annotations

from typing import Optional

from stancegraph.loaders.extract.content import trim
from stancegraph.loaders.extract.cue_subjects import np_span
from stancegraph.loaders.extract.documents import POLL_WORDS
from stancegraph.loaders.extract.nlp import text_of
from stancegraph.loaders.extract.raw import RawStatement

#: a finite verb inside the opening phrase makes it a clause ("In the poll he leads, ..."), not a source
_FINITE = frozenset("VBD VBZ VBP MD".split())


def fronted_poll(doc, t) -> Optional[RawStatement]:
    """The statement of a sentence-opening "In <poll ...>, <clause>", or None."""
    sent = t.sent
    if t.lower_ != "in" or t.i != sent.start:
        return None
    comma = next((x.i for x in doc[t.i + 1:min(t.i + 16, sent.end)] if x.text == ","), None)
    if comma is None:
        return None
    phrase = doc[t.i + 1:comma]
    poll = next((x for x in phrase if x.lower_ in POLL_WORDS and x.pos_ in ("NOUN", "PROPN")), None)
    if poll is None or any(x.tag_ in _FINITE for x in phrase):
        return None
    start = _after_aside(doc, comma + 1, sent.end)
    words = [x for x in doc[start:sent.end] if not (x.is_punct or x.is_space)]
    if len(words) < 3:
        return None
    content = trim(text_of(doc), words[0].idx, words[-1].idx + len(words[-1].text), keep_quotes=False)
    if not content:
        return None
    return RawStatement(t.idx, t.idx + len(t.text), "in", np_span(poll), content, "indirect", cue_token=t.i)


def _after_aside(doc, i: int, end: int) -> int:
    """Past a participle aside on the poll (", conducted May 3-5,"): where the finding starts."""
    if i < end and doc[i].tag_ in ("VBN", "VBD"):
        nxt = next((x.i for x in doc[i:min(i + 12, end)] if x.text == ","), None)
        if nxt is not None:
            return nxt + 1
    return i
