"""Person names the article shows that NER left out or left bare (issue 18, BBC hand reading):
a surname NER tagged alone whose full name stands untagged ("Howard pitches for ..." and
"Mr Howard" tagged, "Michael Howard" not), and a title tagged alone ("Cardinal criticises
Iraq war cost") when the article names one person with that title ("Cardinal Cormac
Murphy-O'Connor"). Both join the person's cluster in the resolver instead of making a
node of a surname or a title."""
from __future__ import annotations

import re
from typing import Optional

from stancegraph.loaders.extract.aliases import ROYAL_TITLES, given_name_gender
from stancegraph.loaders.extract.resolve import ArticleResolver, Candidate
from stancegraph.loaders.extract.roles import TITLES, role_of


def full_names(text: str, found: list[Candidate], resolver: ArticleResolver) -> list[Candidate]:
    """The untagged "<given name> <surname>" of each surname tagged alone."""
    lone = {c.core for c in found if c.kind == "person" and re.fullmatch(r"[A-Z][a-z]{2,}", c.core)}
    out: list[Candidate] = []
    if not lone:
        return out
    # one pattern for every surname: a pattern per surname was compiled anew in every article
    pattern = re.compile(r"\b([A-Z][a-z]+) (" + "|".join(map(re.escape, sorted(lone))) + r")\b")
    matches = list(pattern.finditer(text))
    for word in sorted(lone):
        for m in (m for m in matches if m.group(2) == word):
            # a common given name only ("Michael", not "Mr" or "Tory")
            if given_name_gender(m.group(1)) is None or any(
                    c.start < m.end() and m.start() < c.end for c in found + out):
                continue
            c = resolver.add(m.start(), m.end(), m.group(), "person")
            if c:
                out.append(c)
    return out


def lone_titles(text: str, found: list[Candidate], resolver: Optional[ArticleResolver] = None) -> None:
    """A mention that is all title is a role, not a name: "Cardinal", "the Lord Chancellor",
    "Home" NER took alone out of "the Home Secretary". It takes the name of the one person the
    article names with that very title ("Cardinal Cormac Murphy-O'Connor", "Home Secretary
    Charles Clarke"); with none or several it is no actor (BBC: a node "Chancellor" made of
    "the Lord Chancellor" reads as the Chancellor of the Exchequer). A royal title with no one
    named stays ("the Queen"). A name right after a person's title is a person whatever NER
    said ("Cardinal Cormac Murphy-O'Connor" with the surname tagged ORG)."""
    for c in list(found):
        title = _office(text, c)
        if not title:
            continue
        n = len(title.split())
        named = [x for x in found if x is not c and (
            _title_before(text, x, n) == title or n == 1 and x.kind == "person" and title in x.roles)]
        if len({x.core for x in named}) == 1:
            c.core = named[0].core
            for x in [c, *named]:
                x.kind = "person"
        elif title.split()[-1] not in ROYAL_TITLES:
            found.remove(c)
            if resolver is not None:
                resolver.candidates = [x for x in resolver.candidates if x is not c]


def _office(text: str, c: Candidate) -> str:
    """The office a mention made only of title words names, lower-cased, with the title words
    that follow it ("Home" + "Secretary"); "" when it is a name or names no office."""
    words = re.sub(r"(?:'s|’s)$", "", c.text).lower().split()
    words = words[1:] if words[:1] == ["the"] else words
    if not words or not all(w in TITLES for w in words):
        return ""
    for w in text[c.end:c.end + 40].split()[:2]:
        bare = w.strip(",;:.")
        if not bare[:1].isupper() or bare.lower() not in TITLES:
            break
        words.append(bare.lower())
        if bare != w:
            break
    office = " ".join(words)
    return office if role_of(office) is not None else ""


def _title_before(text: str, x: Candidate, n: int) -> str:
    """The n title words right before a mention, lower-cased: "cardinal" before "Murphy-O'Connor"
    in "Cardinal Cormac Murphy-O'Connor" (a given name NER left out may stand between)."""
    words = text[max(0, x.start - 60):x.start].split()
    if len(words) > 1 and words[-1].lower() not in TITLES and words[-1][:1].isupper() and words[-2].lower() in TITLES:
        words = words[:-1]
    return " ".join(w.lower() for w in words[-n:])
