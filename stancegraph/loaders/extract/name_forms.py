"""Two shapes of British names the resolver must read whole (session 16, docs/entities.md):

* a peer's territorial title, "Lord Roberts of Conwy": a name of its own, not the surname
  "Roberts" (another Roberts in the same article is another man);
* a hyphenated surname, "Kilroy-Silk", which articles also write with a space ("Mr Kilroy
  Silk"): one name however it is written, and its first part alone ("Kilroy") is the person
  when no one else in the article has that surname.

Plain functions over the resolver's candidates and clusters (duck-typed: this module
imports nothing of the resolver, which imports it).
"""
from __future__ import annotations

import re

#: Titles a peer is created with ("Lord Roberts of Conwy", "Baroness Williams of Crosby").
PEER_TITLES = frozenset("lord baroness baron lady".split())

#: " of <Place>" after a peer's title and surname: up to three capitalised words.
_TERRITORY = re.compile(r" of ((?:[A-Z][a-z'’]+)(?:[- ][A-Z][a-z'’]+){0,2})\b")

#: Words before a peerage a commoner takes ("he became Lord Callaghan of Cardiff", "take the
#: title of Lord Kinnock of Bedwellty"): that peer is the man the article names in full.
_TAKES_TITLE = re.compile(r"\b(?:title of|becomes?|became|becoming|known(?: as)?|made|created)\s+$", re.I)

#: A surname of two capitalised parts joined by a hyphen ("Kilroy-Silk", "Murphy-O'Connor").
_HYPHENATED = re.compile(r"\b[A-Z][a-z'’]+(?:-[A-Z][A-Za-z'’]+)+\b")


def peer_titles(text: str, found: list, resolver=None) -> None:
    """"Lord Roberts of Conwy": a peer's title and surname followed by " of <Place>" take the
    place into the name (the core becomes "Roberts of Conwy"; the mention's span stays "Lord
    Roberts"), unless the article says a commoner takes that title ("became Lord Callaghan of
    Cardiff"). The place NER tagged inside the title is no mention of its own."""
    for c in list(found):
        if c not in found or c.kind != "person" or len(c.core.split()) != 1 or \
                not PEER_TITLES & set(c.roles) or c.text.split()[0].lower().strip(".") not in PEER_TITLES:
            continue
        m = _TERRITORY.match(text, c.end)
        if m is None:
            continue
        inside = [x for x in found if x is not c and c.end <= x.start < m.end()]
        if not _TAKES_TITLE.search(text, max(0, c.start - 30), c.start):
            c.core = f"{c.core} of {m.group(1)}"
        for x in inside:
            found.remove(x)
        if resolver is not None and inside:
            resolver.candidates = [x for x in resolver.candidates if x not in inside]


def is_peer_name(name: str) -> bool:
    """"Roberts of Conwy": a territorial title (no one's surname is "Conwy")."""
    words = name.split()
    return len(words) >= 3 and words[1] == "of" and words[0][:1].isupper()


def peer_for(c, clusters: list):
    """A lone name said with a peer's title ("Lord Roberts") is the peer the article names
    with that title ("Lord Roberts of Conwy"), before any commoner with the surname."""
    if not PEER_TITLES & set(c.roles):
        return None
    word = c.core.lower()
    return next((cl for cl in clusters if cl.entry is None and is_peer_name(cl.name) and
                 cl.name.split()[0].lower() == word), None)


def hyphenate(cands: list) -> None:
    """"Mr Kilroy Silk", "Robert Kilroy Silk" where the article also writes "Kilroy-Silk":
    the spaced pair is the hyphenated surname (cores rewritten before clustering)."""
    forms: dict[str, str] = {}
    for c in cands:
        if c.kind == "person" or c.honorific:
            for m in _HYPHENATED.finditer(c.core):
                forms.setdefault(m.group().replace("-", " "), m.group())
    if not forms:
        return
    spaced = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")\b")
    for c in cands:
        if " " in c.core:
            c.core = spaced.sub(lambda m: forms[m.group()], c.core)


def hyphen_head(c, clusters: list, compatible):
    """"Kilroy" beside "Robert Kilroy-Silk": the first part of a hyphenated surname alone is
    that person, when exactly one person of the article has it (the caller tries the
    surnames first: "Kilroy" beside a "Tom Kilroy" is Tom Kilroy). Whatever kind NER gave
    it, as a lone surname ("Kilroy" tagged ORG)."""
    word = c.core.lower()
    options = [cl for cl in clusters if cl.is_personish() and len(cl.words) > 1 and "-" in cl.words[-1]
               and cl.words[-1].split("-")[0].lower() == word and compatible(c, cl)]
    return options[0] if len(options) == 1 else None


def spaced_surname(name: str) -> str:
    """"Kilroy Silk" -> "kilroy-silk": the key a two-word name has as one hyphenated surname."""
    return "-".join(w.lower() for w in name.split()) if len(name.split()) == 2 else ""
