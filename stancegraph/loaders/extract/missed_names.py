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
    the article names with that title; left as it is when there is none or more than one."""
    for c in found:
        title = c.core.lower()
        if " " in c.core or title not in TITLES:
            continue
        people = {x.core for x in found if x is not c and x.kind == "person" and (
            title in x.roles or text[max(0, x.start - 20):x.start].lower().split()[-1:] == [title])}
        if len(people) == 1:
            c.core, c.kind = people.pop(), "person"
