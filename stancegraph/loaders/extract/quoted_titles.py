"""Quoted titles: 'the host of "Morning Harbour"', 'the author of "Roads to Nowhere,"', 'the
star of the comedy "Two Mayors"'. A short quote whose every content word is capitalized and
that the parse makes a name inside a noun phrase is the name of a show, book, film or
campaign, not words a cue says (PolNeAR train: 26 such quotes owned by a cue matched no
attribution, one did)."""
from __future__ import annotations

import re

from stancegraph.loaders.extract.nlp import text_of

_SMALL = frozenset("a an the of and or in on at to for with by from as vs is no".split())
_WORD = re.compile(r"[\w’'-]+")
#: where a name sits in a noun phrase: after a preposition, in apposition, as a modifier
_NAME_DEPS = frozenset("pobj appos nmod compound npadvmod poss".split())


def is_quoted_title(doc, qs: int, qe: int) -> bool:
    """The quote ``qs:qe`` (marks included) is a title inside a noun phrase."""
    # a quote in doubled single marks (''Two Mayors'') must not glue its marks to a word
    words = [w for w in (w.strip("'’") for w in _WORD.findall(text_of(doc)[qs:qe])) if w]
    if not words or len(words) > 7:
        return False
    content = [w for w in words if w.lower() not in _SMALL]
    if not content or not all(w[0].isupper() or w[0].isdigit() for w in content):
        return False
    span = doc.char_span(qs, qe, alignment_mode="expand")
    if span is None:
        return False
    head = next((t for t in span if not t.is_punct and not span.start <= t.head.i < span.end), None)
    return head is not None and head.dep_ in _NAME_DEPS or _named_before(doc, span.start)


#: nouns for a work whose title may follow: 'in his memoir, "A Harbour Life"'
_WORK_NOUNS = frozenset("""book memoir autobiography biography novel film movie documentary show program
programme series column album song play podcast newsletter episode sitcom""".split())


def _named_before(doc, i: int) -> bool:
    """'said in his memoir, "A Harbour Life"', 'said on CBS's "Face the Nation"': the parser
    often makes such a quote the object or the clause of the cue; the possessive or the noun
    for a work just before it (past a comma) shows that it is a name (PolNeAR train)."""
    i -= 1
    while i >= 0 and doc[i].is_punct and (doc[i].text == "," or doc[i].is_quote):
        i -= 1
    return i >= 0 and (doc[i].tag_ == "POS" or doc[i].lemma_.lower() in _WORK_NOUNS and doc[i].pos_ == "NOUN")
