"""'"...," the statement read': a text that reads a quote is that quote's source. "read" is
no cue verb (people read books), so :mod:`.statements` leaves these quotes to no one."""
from __future__ import annotations

from typing import Iterator, Optional

from stancegraph.loaders.extract.content import trim
from stancegraph.loaders.extract.cue_subjects import np_span
from stancegraph.loaders.extract.nlp import text_of, tokens_with
from stancegraph.loaders.extract.raw import RawStatement

#: readers that are people: "...," he read is someone reading aloud, not a text
_PEOPLE = frozenset("i we you he she they".split())


def read_statements(doc, quotes: list[tuple[int, int]], in_quote) -> Iterator[RawStatement]:
    """'"...," the email read', '"...," it reads', '"...," read the statement': the text
    (an email, a sign, a statement, a suit; "it") is the source of the quote that ends
    right before the speech tag (PolNeAR train: 9 of 10 such uses gold attributions). Not a
    quote after "read": a shirt or a sign "that read" a slogan is half the time no
    attribution (6 of 12)."""
    text = text_of(doc)
    for t in tokens_with(doc, ("read",)):
        if t.lower_ not in ("read", "reads") or in_quote[t.i]:
            continue
        reader = _reader(t)
        if reader is None:
            continue
        tag_start = doc[min(t.i, reader.left_edge.i)].idx
        qi = next((k for k, (qs, qe) in enumerate(quotes) if qe <= tag_start and not text[qe:tag_start].strip(" ,")),
                  None)
        if qi is None:
            continue
        content = trim(text, *quotes[qi], keep_quotes=True)
        if content:
            yield RawStatement(t.idx, t.idx + len(t.text), "read", np_span(reader), content, "direct",
                               cue_token=t.i, quotes=(qi,))


def _reader(t) -> Optional[object]:
    """The text that reads: the subject of "read", or the noun after it in an inverted tag
    ('," read the statement'); not a person."""
    reader = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if reader is None:
        reader = next((c for c in t.children if c.dep_ in ("dobj", "attr") and c.i > t.i), None)
    if reader is None or reader.ent_type_ == "PERSON" or reader.lower_ in _PEOPLE:
        return None
    return reader
