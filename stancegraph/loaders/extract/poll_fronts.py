""""In a Gazette poll released Sunday, two of three voters disapproved ...": a poll or survey
that opens the sentence, set off by a comma, is the source of the clause after the comma,
whatever the parser hung the opening phrase on (a noun read as the root, a clause read as a
complement, "In" itself as the root). The poll is a document source (:mod:`.documents`).
Figures read the same way open with "Based on" or "By": "Based on recent polling, ...", "By
the Ledger's tally, ..." (PolNeAR train: each of the 4 such openings with figures is a gold cue)."""
from __future__ import annotations

from typing import Optional

from stancegraph.loaders.extract.content import trim
from stancegraph.loaders.extract.cue_subjects import np_span
from stancegraph.loaders.extract.documents import DOCUMENT_SOURCES, POLL_WORDS
from stancegraph.loaders.extract.nlp import text_of
from stancegraph.loaders.extract.raw import RawStatement

#: a finite verb inside the opening phrase makes it a clause ("In the poll he leads, ..."), not a source
_FINITE = frozenset("VBD VBZ VBP MD".split())
#: figures a finding is "based on" or read "by" ("By most measures, ..."); not a person's
#: words or deeds ("Based on her remarks, ...", "Based on crowd response": 0 of 4 gold)
_FIGURES = DOCUMENT_SOURCES | {"polling"}
_EVERY = frozenset("any every all".split())
_BY_FIGURES = frozenset("tally count measure measures reckoning estimate estimates calculation calculations".split())


def fronted_poll(doc, t) -> Optional[RawStatement]:
    """The statement of a sentence-opening "In <poll ...>, <clause>" (also "Based on" and "By"
    with figures), or None."""
    sent = t.sent
    if t.i != sent.start:
        return None
    first, nouns = _opening(doc, t)
    if nouns is None:
        return None
    comma = next((x.i for x in doc[first:min(first + 15, sent.end)] if x.text == ","), None)
    if comma is None:
        return None
    phrase = doc[first:comma]
    poll = next((x for x in phrase if (x.lower_ in nouns or x.lemma_.lower() in nouns and x.pos_ == "NOUN")
                 and x.pos_ in ("NOUN", "PROPN")), None)
    if poll is None or any(x.tag_ in _FINITE for x in phrase):
        return None
    if t.lower_ != "in" and any(x.lower_ in _EVERY for x in phrase):
        return None  # "By any measure, ..." is the writer's emphasis, no figures read (BBC politics)
    start = _after_aside(doc, comma + 1, sent.end)
    words = [x for x in doc[start:sent.end] if not (x.is_punct or x.is_space)]
    if len(words) < 3:
        return None
    content = trim(text_of(doc), words[0].idx, words[-1].idx + len(words[-1].text), keep_quotes=False)
    if not content:
        return None
    cue = doc[first - 1]
    # the poll's own noun phrase after "In"; the whole phrase of figures ("the Ledger's tally")
    speaker = np_span(poll) if t.lower_ == "in" else (first, comma)
    return RawStatement(t.idx, cue.idx + len(cue.text), doc[t.i:first].text.lower(), speaker, content,
                        "indirect", cue_token=t.i)


def _opening(doc, t):
    """Where the phrase after an opening "In", "Based on" or "By" starts, and the nouns that
    make it a source there (None: no such opening)."""
    low = t.lower_
    if low == "in":
        return t.i + 1, POLL_WORDS
    if low == "by":
        return t.i + 1, _BY_FIGURES
    if low == "based" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "on":
        return t.i + 2, _FIGURES
    return t.i + 1, None


def _after_aside(doc, i: int, end: int) -> int:
    """Past a participle aside on the poll (", conducted May 3-5,"): where the finding starts."""
    if i < end and doc[i].tag_ in ("VBN", "VBD"):
        nxt = next((x.i for x in doc[i:min(i + 12, end)] if x.text == ","), None)
        if nxt is not None:
            return nxt + 1
    return i
