"""Names NER splits or joins wrongly in news, and how to read them.

Each function looks at one spaCy entity (and the words around it) and says what the
name in it is: two people in one entity ("Blair and Brown"), a party run into a person
("For the Lib Dems David Laws"), a firm with "and" in its name ("Merck and Co Inc"), a
possessive that lost its apostrophe in wire copy ("Irans Ahvaz field"), a party and an
office that describe someone ("Labour MP"), a state's government. :mod:`.actors` applies
them to every entity of an article.
"""
from __future__ import annotations

from stancegraph.loaders.extract.aliases import AliasTable, given_name_gender, kind_for_label
from stancegraph.loaders.extract.nlp import ents_of, text_of
from stancegraph.loaders.extract.resolve import CORPORATE_SUFFIXES
from stancegraph.loaders.extract.roles import POST_NOMINALS, role_of


def before_office(ent, start: int, kind: str, table: AliasTable):
    """"Labour MP", "Lib Dem MPs" tagged a name: a party and an office describe someone,
    and the party is the mention; "Paul Boateng MP": the person; "the Mid-Bedfordshire MP":
    no name at all. None when the entity does not end in an office; else () to drop it or
    (end, kind) of the name before the office."""
    last = ent[-1].text
    if kind not in ("organization", "person") or len(ent) < 2 or \
            role_of(last) is None and not (last.endswith("s") and role_of(last[:-1]) is not None):
        return None
    rest = ent.doc[ent.start:ent.end - 1]
    rest_end = rest.end_char
    entry = table.lookup(text_of(ent.doc)[start:rest_end])
    if entry is not None:
        return rest_end, entry.kind
    if kind == "person" and len(rest) > 1 and given_name_gender(rest[0].text) is not None:
        return rest_end, "person"
    return ()


def two_people(ent, surnames: set[str]) -> list[tuple[int, int, str]]:
    """"Blair and Brown criticised by MPs", a headline's "Blair, Brown clash" tagged one
    name: two people the article names in full elsewhere; their two spans, or none."""
    ands = [t for t in ent if t.lower_ in ("and", ",")]
    if len(ands) != 1 or ands[0].i in (ent.start, ent.end - 1):
        return []
    left, right = ent.doc[ent.start:ands[0].i], ent.doc[ands[0].i + 1:ent.end]
    if left[-1].text not in surnames or right[-1].text not in surnames:
        return []
    return [(left.start_char, left.end_char, "person"), (right.start_char, right.end_char, "person")]


def party_and_person(ent, table: AliasTable) -> list[tuple[int, int, str]]:
    """"For the Lib Dems David Laws said": a name the alias table knows run into the
    full name after it; the two spans and kinds, or none. An office may stand between ("Lib
    Dem MP Lembit Opik"): it marks the name after it as a person's."""
    first = ent.start + (ent[0].lower_ == "the")
    for cut in range(ent.end - 2, first, -1):
        rest = ent.doc[cut:ent.end]
        office = rest[0].lower_ in POST_NOMINALS
        name = rest[1:] if office else rest
        # the rest a person's name: capitalised words after a given name ("David Laws") or an
        # office, not "Senate Budget Committee" after "U.S."
        if not all(t.text[:1].isupper() and t.is_alpha for t in name) or not office and given_name_gender(
                name[0].text) is None:
            continue
        entry = table.lookup(ent.doc[first:cut].text)
        if entry is not None and entry.kind in ("organization", "country"):
            head = ent.doc[first:cut]
            return [(head.start_char, head.end_char, entry.kind), (name.start_char, name.end_char, "person")]
    return []


def firm_words(doc) -> set[str]:
    """The words of the article's company names ("Hoechst", "Celanese" of "Hoechst Celanese
    Corp", "Morgan" of "J.P. Morgan and Co Inc"), without the company form."""
    out: set[str] = set()
    for e in ents_of(doc):
        if e.label_ not in ("ORG", "PERSON") or len(e) < 2:
            continue
        nxt = doc[e.end].lower_.strip(".,") if e.end < len(doc) else ""
        if e[-1].lower_.strip(".,") in CORPORATE_SUFFIXES or nxt in CORPORATE_SUFFIXES or firm_with_and(doc, e):
            out.update(t.text for t in e if t.text[:1].isupper() and t.lower_.strip(".,") not in CORPORATE_SUFFIXES)
    return out


def firm_owner(surface: str, firms: set[str], table: AliasTable):
    """"Celanese" tagged NORP beside "Hoechst Celanese Corp": a word of a firm's name (the
    word), also with a possessive that lost its apostrophe ("Morgans" after "J.P. Morgan
    and Co Inc": "Morgan"); None for a nationality or a word no firm has."""
    if table.demonym(surface) is not None:
        return None
    if surface in firms:
        return surface
    return surface[:-1] if surface.endswith("s") and surface[:-1] in firms else None


#: Places named in the plural, whose "s" is no possessive.
_PLURAL_PLACES = frozenset("americas koreas carolinas dakotas virginias congos sudans indies".split())


def dropped_possessive(ent, table: AliasTable, firms: set[str]) -> list[tuple[int, int, str]]:
    """"Irans Ahvaz field", "Southerns Georgia Power Co": wire copy that lost the
    apostrophe of a possessive runs the owner into the name; when the word without its "s"
    is a place or organization the table or the article knows, the owner and the name are
    two mentions (their spans and kinds), else none."""
    first = ent[0]
    if len(ent) < 2 or not first.text.endswith("s") or not first.text[:1].isupper() or len(first) < 4 or \
            given_name_gender(first.text) is not None or first.lower_ in _PLURAL_PLACES:
        return []  # "Frances Smith" is no French Smith; "Americas Watch" no American watch
    owner = first.text[:-1]
    entry = table.lookup(owner)
    if entry is not None and entry.kind in ("country", "place", "organization"):
        kind = entry.kind
    elif owner in firms:
        kind = "organization"
    else:
        return []
    rest = ent.doc[ent.start + 1:ent.end]
    rest_kind = kind_for_label(ent.label_) or "organization"
    return [(first.idx, first.idx + len(owner), kind), (rest.start_char, rest.end_char, rest_kind)]


_FIRM_PARTNERS = frozenset(["Co", "Co.", "Company", "Sons"])


def firm_with_and(doc, ent) -> int:
    """"Merck and Co Inc", "Reynolds and Reynolds", "Smith and Sons": a firm's name with
    "and" in it, which NER reads as two names; the end of the whole name, or 0."""
    i = ent.end
    if i + 1 >= len(doc) or doc[i].lower_ != "and":
        return 0
    partner = doc[i + 1]
    if partner.text not in _FIRM_PARTNERS and partner.text != ent[-1].text:
        return 0
    i += 2
    while i < len(doc) and doc[i].text.lower().strip(".") in CORPORATE_SUFFIXES:
        i += 1
    last = doc[i - 1]
    return last.idx + len(last)


#: Nouns after a state's name or demonym that name its government ("the Zambian government").
_GOVERNMENT_NOUNS = frozenset(["government", "administration", "authorities"])


def government_of(doc, ent) -> int:
    """"The Zambian government has no plans", "subject to Canadian government approval":
    a state's government is an organization of its own (as in Wikidata: the United
    States is not its federal government); the end of the phrase, or 0."""
    if ent.end >= len(doc) or doc[ent.end].lower_ not in _GOVERNMENT_NOUNS:
        return 0
    nxt = doc[ent.end]
    return nxt.idx + len(nxt)
