"""Person names the article shows that NER left out or left bare (issue 18, BBC hand reading):
a surname NER tagged alone whose full name stands untagged ("Howard pitches for ..." and
"Mr Howard" tagged, "Michael Howard" not), and a title tagged alone ("Cardinal criticises
Iraq war cost") when the article names one person with that title ("Cardinal Cormac
Murphy-O'Connor"). Both join the person's cluster in the resolver instead of making a
node of a surname or a title."""
from __future__ import annotations

import re

from stancegraph.loaders.extract.aliases import given_name_gender
from stancegraph.loaders.extract.resolve import ArticleResolver, Candidate
from stancegraph.loaders.extract.roles import TITLES


def full_names(text: str, found: list[Candidate], resolver: ArticleResolver) -> list[Candidate]:
    """The untagged "<given name> <surname>" of each surname tagged alone."""
    lone = {c.core for c in found if c.kind == "person" and re.fullmatch(r"[A-Z][a-z]{2,}", c.core)}
    out: list[Candidate] = []
    for word in sorted(lone):
        for m in re.finditer(r"\b([A-Z][a-z]+) " + re.escape(word) + r"\b", text):
            # a common given name only ("Michael", not "Mr" or "Tory")
            if given_name_gender(m.group(1)) is None or any(
                    c.start < m.end() and m.start() < c.end for c in found + out):
                continue
            c = resolver.add(m.start(), m.end(), m.group(), "person")
            if c:
                out.append(c)
    return out


def lone_titles(text: str, found: list[Candidate]) -> None:
    """A mention that is all title ("Cardinal", "Chancellor") takes the name of the one person
    the article names with that title; left as it is when there is none or more than one. A
    name right after a person's title is a person whatever NER said ("Cardinal Cormac
    Murphy-O'Connor" with the surname tagged ORG)."""
    for c in found:
        title = c.core.lower()
        if " " in c.core or title not in TITLES:
            continue
        named = [x for x in found if x is not c and (
            _word_before(text, x) == title or x.kind == "person" and title in x.roles)]
        if len({x.core for x in named}) == 1:
            c.core = named[0].core
            for x in [c, *named]:
                x.kind = "person"


def _word_before(text: str, x: Candidate) -> str:
    """The title right before a mention, lower-cased: "cardinal" before "Murphy-O'Connor" in
    "Cardinal Cormac Murphy-O'Connor" (a given name NER left out may stand between)."""
    words = text[max(0, x.start - 30):x.start].split()
    if len(words) > 1 and words[-1].lower() not in TITLES and words[-1][:1].isupper() and words[-2].lower() in TITLES:
        return words[-2].lower()
    return words[-1].lower() if words else ""
