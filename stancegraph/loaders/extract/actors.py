"""Actors: named mentions of an article, resolved to the actors they name.

Named entities (PERSON, ORG, GPE, LOC, FAC, NORP) minus page furniture, with known NER
slips corrected (hyphenated country pairs, demonyms, capitals) and titles read as roles;
:class:`~stancegraph.loaders.extract.resolve.ArticleResolver` joins them into actors
within the article. :func:`affiliations` reads AFFILIATED_WITH off apposition.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from stancegraph.graph.model import Actor, Mention, Relation, Span
from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract.aliases import (
    PERSON_HONORIFICS, PRONOUN_GENDER, ROYAL_TITLES, TITLE_WORDS, AliasTable, given_name_gender, kind_for_label,
)
from stancegraph.loaders.extract.literal import find_names
from stancegraph.loaders.extract.missed_names import full_names, lone_titles
from stancegraph.loaders.extract.name_forms import peer_titles
from stancegraph.loaders.extract.nlp import ents_of, text_of
from stancegraph.loaders.extract.resolve import (
    CORPORATE_SUFFIXES, GENERIC_ORG_WORDS, ArticleResolver, Candidate, acronyms,
)
from stancegraph.loaders.extract.slips import (
    before_office, dropped_possessive, firm_owner, firm_with_and, firm_words, government_of, party_and_person,
    two_people,
)

_JUNK_LINE = re.compile(r"!\[|\]\(|https?://|www\.|\S+@\S+\.\w+")
_JUNK_CHARS = set("[]()=/@|<>{}\\")


@dataclass
class NamedActors:
    """What the actors stage finds: the named mentions and the actors they resolve to."""

    candidates: list[Candidate]
    actors: list[Actor]
    by_id: dict[str, Actor]
    by_token: dict[int, Candidate]  # token index -> the mention covering it
    mentions: list[Mention]
    located_in: dict[str, Actor]  # a capital's or state's actor id -> its country
    capitals: set[str]  # the capitals among them: they stand for their state as a party


def find_actors(doc, text: str, table: AliasTable) -> NamedActors:
    """The named mentions of a parsed article and the actors they resolve to."""
    resolver = ArticleResolver(table)
    cands = entity_candidates(doc, resolver, table)
    _gender_hints(doc, cands)
    actors = resolver.resolve()
    by_token: dict[int, Candidate] = {}
    for c in cands:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None:
            for t in span:
                by_token[t.i] = c
    mentions = [Mention(c.start, c.end, text[c.start:c.end], c.actor) for c in cands]
    return NamedActors(cands, actors, {a.id: a for a in actors}, by_token, mentions, resolver.located_in,
                       resolver.capitals)


def is_junk(text: str, ent) -> bool:
    """Page furniture: markdown image lines, URLs, e-mail bylines ("Lee / Beijing= ...")."""
    surface = text[ent.start_char:ent.end_char]
    if any(ch in _JUNK_CHARS for ch in surface):
        return True
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    if "\n" not in surface:
        return line_start in _junk_lines(text)
    line_end = text.find("\n", ent.end_char)
    return bool(_JUNK_LINE.search(text[line_start: line_end if line_end != -1 else len(text)]))


@functools.lru_cache(maxsize=4)
def _junk_lines(text: str) -> frozenset[int]:
    """Where the lines with page furniture start, found in one pass over the article (no
    match of _JUNK_LINE crosses a newline), not once per entity."""
    return frozenset(text.rfind("\n", 0, m.start()) + 1 for m in _JUNK_LINE.finditer(text))


def entity_candidates(doc, resolver: ArticleResolver, table: AliasTable) -> list[Candidate]:
    """Named mentions, with known NER slips corrected."""
    text = text_of(doc)
    out = []
    surnames = {e[-1].text for e in ents_of(doc) if e.label_ == "PERSON" and len(e) > 1}
    firms = firm_words(doc)
    for ent in ents_of(doc):
        kind = kind_for_label(ent.label_)
        if kind is None or is_junk(text, ent) or _overlaps(out, ent.start_char, ent.end_char):
            continue
        pair = two_people(ent, surnames) or party_and_person(ent, table) or dropped_possessive(ent, table, firms)
        if pair:
            out.extend(c for c in (resolver.add(s, e, text[s:e], k) for s, e, k in pair) if c)
            continue
        start, end, kind = _name_span(doc, ent, kind)
        surface = text[start:end]
        # "U.S.-China relations" tagged PERSON (seed): two countries, two mentions
        if "-" in surface and not table.lookup(surface):
            parts = _split_hyphenated(surface, start, table)
            if parts:
                for ps, pe, entry in parts:
                    c = resolver.add(ps, pe, text[ps:pe], entry.kind)
                    if c:
                        out.append(c)
                continue
        # "Chinese President Xi Jinping": a demonym (NORP) names the country; "Israelis"
        # as a noun are a population, a group of their own
        if kind == "group" and table.demonym(surface) and not _population(ent):
            kind = "country"
        elif kind == "person" and table.demonym(surface):
            kind = "group"  # "most Britons" tagged PERSON: a people, never one "he" (BBC)
        owner = firm_owner(surface, firms, table) if kind == "group" else None
        if owner:
            kind = "organization"
        start, end, surface = _widen_to_alias(doc, ent, start, end, table)
        described = before_office(ent, start, kind, table)
        if described is not None:
            if not described:
                continue
            end, kind = described
            surface = text[start:end]
        # "Blair Labour" tagged PERSON: a name and a party; the party is its own mention
        if kind == "person" and len(ent) > 1 and ent[-1].i > ent.start:
            entry = table.lookup(ent[-1].text)
            if entry is not None and entry.kind in ("organization", "country"):
                end = doc[ent[-1].i - 1].idx + len(doc[ent[-1].i - 1])
                surface = text[start:end]
        if kind == "place" and ent.label_ == "GPE":
            entry = table.lookup(surface)
            if entry is not None and entry.kind == "country":
                kind = "country"
        government = government_of(doc, ent) if kind == "country" else 0
        if government:
            kind, end = "organization", government
            surface = text[start:end]
        c = resolver.add(start, end, surface, kind, _roles(ent))
        if c:
            c.core = owner or c.core
            if government:  # its name, not "British" ("government" is a lowercase tail)
                c.core = c.core[:-len(c.core.split()[-1])] + c.core.split()[-1].capitalize()
            out.append(c)
    return _with_missed(text, out, resolver, table)


def _with_missed(text: str, out: list[Candidate], resolver: ArticleResolver, table: AliasTable) -> list[Candidate]:
    """The mentions NER found and those it missed that the article's own names, the alias
    table and wire conventions show."""
    out.extend(_chain_mentions(text, out, resolver))
    out.extend(_defined_acronyms(text, out, resolver))
    known = [(m.start(), m.end()) for m in table.finditer(text)]  # the table's names in the text
    out.extend(_repeats(text, out, resolver, known))
    out.extend(_datelines(text, out, resolver))
    out.extend(_gazetteer(text, out, resolver, table, known))
    out.extend(_hyphen_pairs(text, out, resolver, table))
    out.extend(full_names(text, out, resolver))
    lone_titles(text, out, resolver)
    peer_titles(text, out, resolver)  # "Lord Roberts of Conwy"
    return out


#: NER labels of named places and bodies
_THING_LABELS = frozenset(["ORG", "GPE", "LOC", "FAC"])


def _bracketed(ent) -> bool:
    """"(later Islwyn)": the entity closes a bracket opened at most two words before it (not
    "John McCain (Ariz.), Lindsey Graham (S.C.)", where the parser hangs a name on a state)."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].text == ")" and any(t.text == "(" for t in doc[max(0, ent.start - 2):ent.start])


def _name_span(doc, ent, kind: str) -> tuple[int, int, str]:
    """Where the name of an entity starts and ends, and its kind once a firm's "and" is read."""
    start, end = ent.start_char, ent.end_char
    # "Obama: Workers Don't Care ..." tagged one PERSON: a name ends at a colon (title colons)
    colon = next((t for t in ent[1:] if t.text == ":"), None)
    if colon is not None and kind in ("organization", "person"):
        end = colon.idx
    if kind in ("organization", "person"):
        firm_end = firm_with_and(doc, ent)
        if firm_end:
            kind, end = "organization", firm_end
        elif len(ent) > 1 and _EXCHANGE_TICKER.fullmatch(ent[-1].text):  # "NV Philips PGLO.AS"
            end = ent[-2].idx + len(ent[-2])
    # "the United States": the article is not part of the name
    # ... nor a participle or adverb opening the sentence ("Describing Jack Straw as ...",
    # "Later the Palace of Westminster")
    first = ent.start
    while first < ent.end - 1 and (ent.doc[first].lower_ == "the" or ent.doc[first].is_sent_start and
                                   ent.doc[first].tag_ in ("VBG", "VBN", "RB")):
        first += 1
    # ... nor a descriptor before a given name ("Nutritionist Joy Bauer"; "Senator John
    # Kerry" keeps its title, read as a role)
    if kind == "person" and ent.end - first >= 3 and given_name_gender(ent.doc[first + 1].text) is not None and \
            ent.doc[first].lower_ not in TITLE_WORDS and given_name_gender(ent.doc[first].text) is None and \
            ent.doc[first].is_alpha:
        first += 1
    start = ent.doc[first].idx
    # "his seat of Bedwellty (later Islwyn)": a name in brackets beside a named place or body
    # is another name of it, not a person ("he" had gone to it, BBC)
    root = ent.root
    if kind == "person" and root.dep_ == "appos" and root.head.text[:1].isupper() and root.head.ent_type_ != "PERSON" \
            and _bracketed(ent):
        kind = kind_for_label(root.head.ent_type_) if root.head.ent_type_ in _THING_LABELS else "place"
    # "Mrs Howard", "Prince Charles" where NER took only the name: the honorific or
    # royal title says who it is (a woman; not Charles Kennedy)
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.text[:1].isupper() and before.lower_.strip(".") in _NAME_TITLES \
            and len(ent) <= 2:
        start = before.idx
    return start, end, kind


def _hyphen_pairs(text: str, found: list[Candidate], resolver: ArticleResolver, table: AliasTable) -> list[Candidate]:
    """"U.S.-China relations" is sometimes no entity at all (seed headline): the pair of
    countries is still two mentions."""
    out = []
    for m in _HYPHEN_PAIR.finditer(text):
        if _overlaps(found, m.start(), m.end()) or _JUNK_LINE.search(text[m.start():m.end()]):
            continue
        for ps, pe, entry in _split_hyphenated(m.group(), m.start(), table) or ():
            c = resolver.add(ps, pe, text[ps:pe], entry.kind)
            if c:
                out.append(c)
    return out


def _overlaps(found: list[Candidate], s: int, e: int) -> bool:
    """Whether ``[s, e)`` overlaps a mention already found (a later rule never re-reads one)."""
    return any(c.start < e and s < c.end for c in found)


def _gazetteer(text: str, found: list[Candidate], resolver: ArticleResolver, table: AliasTable,
               known: list[tuple[int, int]] = ()) -> list[Candidate]:
    """Names of the alias table NER missed ("Number 10", "New Labour", "U.S. military"):
    ``known``, where :meth:`AliasTable.finditer` found them."""
    out = []
    for s, e in known:
        if _overlaps(found, s, e) or _JUNK_LINE.search(text[s:e]):
            continue
        entry = table.lookup(text[s:e])
        c = resolver.add(s, e, text[s:e], entry.kind if entry else "organization")
        if c is not None:
            out.append(c)
    return out


def _population(ent) -> bool:
    """"Israelis", "Palestinians", "Britons" as nouns (not "Israeli troops")."""
    root = ent.root
    return root.tag_ in ("NNPS", "NNS") and root.dep_ not in ("amod", "compound") and root.lower_.endswith("s")


def _widen_to_alias(doc, ent, start: int, end: int, table: AliasTable) -> tuple[int, int, str]:
    """"Liberal" + "Democrats", "Lib" + "Dems", "New" + "Labour", "U.S." + "military": NER
    left a word of a name the alias table knows outside the entity."""
    text = text_of(doc)
    # not over a sentence-initial "The": names leave their article out ("the United States")
    # one capitalised word before ("Liberal"), or one and "of" ("Palace of" + "Westminster")
    for back in (1, 2):
        if ent.start < back or back == 2 and doc[ent.start - 1].lower_ != "of":
            break
        prev = doc[ent.start - back]
        if prev.text[:1].isupper() and prev.lower_ != "the" and table.lookup(text[prev.idx:end]) is not None:
            start = prev.idx
            break
    # one word after, capitalised or not ("U.S." + "military": the table's armed forces)
    if ent.end < len(doc) and doc[ent.end].is_alpha:
        nxt = doc[ent.end]
        if table.lookup(text[start:nxt.idx + len(nxt)]) is not None:
            end = nxt.idx + len(nxt)
    return start, end, text[start:end]


def _chain_mentions(text: str, found: list[Candidate], resolver: ArticleResolver) -> list[Candidate]:
    """Lone names NER missed: after "Barbara Walters", every "Walters" is a mention of
    her, and after "Miami Heat" so is "the Heat" (resolved with the rest of the chain);
    where the whole name stands there NER missed ("The Peter Hain attack"), the whole name."""
    words: dict[str, str] = {}
    heads: dict[str, set[str]] = {}  # "Hain" -> {"Peter "}
    for c in found:
        parts = c.core.split()
        if len(parts) < 2:
            continue
        last = parts[-1].strip(".,")
        if c.kind == "organization":
            # "Avnet Inc", then "Avnet said": the name without its company form
            bare = [w for w in parts if w.lower().strip(".,") not in CORPORATE_SUFFIXES]
            if len(bare) == 1 and bare[0][:1].isupper() and len(bare[0]) > 3 and \
                    bare[0].lower() not in _GENERIC_OR_FORM_WORDS:
                words.setdefault(bare[0], "company")
        if c.kind == "person" and last[:1].isupper() and len(last) > 2:
            words.setdefault(last, "person")
            heads.setdefault(last, set()).add(" ".join(parts[:-1]) + " ")
        elif c.kind == "organization" and last[:1].isupper() and len(last) > 3 and \
                last.lower() not in _GENERIC_OR_FORM_WORDS:
            words.setdefault(last, "organization")
    out: list[Candidate] = []
    # "Mr Cable" NER did not tag: an honorific and a capitalised word are a person
    for m in _HONORIFIC_NAME.finditer(text):
        if not _overlaps(found, m.start(), m.end()):
            c = resolver.add(m.start(), m.end(), m.group(), "person")
            if c:
                out.append(c)
    taken = found + out
    if not words:
        return out
    for s, e, word in find_names(text, words):
        if _overlaps(taken, s, e):
            continue
        kind = words[word]
        # an organization's last word at a sentence start is too often a common word
        if kind == "organization" and not text[max(0, s - 4):s].lower().endswith("the "):
            continue
        kind = "organization" if kind == "company" else kind
        s = next((s - len(h) for h in heads.get(word, ())
                  if text[max(0, s - len(h)):s] == h and not _overlaps(taken, s - len(h), s)), s)
        c = resolver.add(s, e, text[s:e], kind)
        if c:
            out.append(c)
    return out


_PAREN_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7}|[A-Z]{1,5}\.[A-Z]{1,2})\)")
#: A wire service's stock ticker, with or without its exchange ("(ASH)", "(GECL.L)").
_TICKER = re.compile(r"[A-Z]{1,5}(?:\.[A-Z]{1,2})?")
#: One with its exchange, which needs no brackets ("NV Philips PGLO.AS shares").
_EXCHANGE_TICKER = re.compile(r"[A-Z]{1,5}\.[A-Z]{1,2}")
_BARE_TICKER = re.compile(r" ([A-Z]{1,5}\.[A-Z]{1,2})(?![\w.])")


def _defined_acronyms(text: str, found: list[Candidate], resolver: ArticleResolver) -> list[Candidate]:
    """"the University of North Wales (UNW)": the short form an article
    defines for a name is a mention of it (and so is every later one: :func:`_repeats`);
    so is a company's stock ticker in brackets after its name, wire style ("Ashland Oil Inc
    (ASH)", "General Electric Co Plc (GECL.L)", or with its exchange and no brackets, "NV
    Philips PGLO.AS"), even where NER took it for a place."""
    out = []
    by_span = {(c.start, c.end): c for c in found}
    for c in found:
        m = _PAREN_ACRONYM.match(text, c.end) or _BARE_TICKER.match(text, c.end)
        if m is None or c.kind == "person":
            continue
        short = m.group(1)
        ticker = c.kind == "organization" and _TICKER.fullmatch(short) is not None and \
            resolver.table.lookup(short) is None
        if not ticker and short.upper() not in acronyms(c.core):
            continue
        tagged = by_span.get(m.span(1))
        if tagged is not None:  # NER tagged the short form, maybe as another kind ("DD" a place)
            tagged.kind = c.kind
            tagged.core = c.core if ticker else tagged.core
            continue
        if _overlaps(found, *m.span(1)):
            continue
        added = resolver.add(m.start(1), m.end(1), short, c.kind)
        if added:
            if ticker:  # a ticker is no acronym of the name: it is named by the name
                added.core = c.core
            out.append(added)
    return out


def _repeats(text: str, found: list[Candidate], resolver: ArticleResolver,
             known: list[tuple[int, int]] = ()) -> list[Candidate]:
    """A name NER tagged once and missed elsewhere in the same article ("a Civil Service
    career ... the Civil Service"): every other occurrence is a mention too. Names of
    several words, acronyms, and single names of people and places away from a sentence
    start (where a capital says nothing). Not a word of a longer name of the alias table
    (``known`` spans): "Westminster" in "the Palace of Westminster"."""
    names: dict[str, str] = {}
    for c in found:
        surface = text[c.start:c.end]
        several = len(surface.split()) > 1 and surface[:1].isupper()
        single = len(surface) > 3 and surface[:1].isupper() and c.kind in ("person", "place", "country")
        acronym = surface.isupper() and surface.isalpha() and len(surface) > 2
        if several or single or acronym:
            names.setdefault(surface, c.kind)
    if not names:
        return []
    out: list[Candidate] = []
    for s, e, name in find_names(text, sorted(names, key=len, reverse=True)):
        if _overlaps(found, s, e) or _overlaps(out, s, e) or any(ks <= s and e <= ke and ke - ks > e - s
                                                                  for ks, ke in known):
            continue
        if " " not in name and not name.isupper() and re.search(r"(^|[.!?\"“]\s*|\n\s*)$", text[max(0, s - 3):s]):
            continue
        c = resolver.add(s, e, name, names[name])
        if c:
            out.append(c)
    return out


_GENERIC_OR_FORM_WORDS = GENERIC_ORG_WORDS | CORPORATE_SUFFIXES
#: ("Mr McLetchie", "Mr O'Brien": Gaelic and Irish prefixes before the capital)
_HONORIFIC_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Lord|Lady|Sir|Dame)\.? (?:Mc|Mac|O'|O’)?[A-Z][a-z]+"
                             r"(?:-[A-Z][a-z]+)?\b(?!\s[A-Z])")

#: "BAGHDAD, Iraq - ...", "TUSCALOOSA, Ala. - ...": a wire dateline, a place NER misses in capitals.
_DATELINE = re.compile(r"^([A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}),(?=[^\n]{0,40}?\s[-–—(])", re.M)


def _datelines(text: str, found: list[Candidate], resolver: ArticleResolver) -> list[Candidate]:
    out = []
    for m in _DATELINE.finditer(text):
        s, e = m.span(1)
        if len(m.group(1).replace(".", "")) < 3 or _overlaps(found, s, e):
            continue
        c = resolver.add(s, e, m.group(1), "place")
        if c is not None:
            c.core = c.core.title()  # "NEW YORK" is New York, not an acronym
            out.append(c)
    return out


_NAME_TITLES = PERSON_HONORIFICS | ROYAL_TITLES


def _gender_hints(doc, cands: list[Candidate]) -> None:
    """The first personal pronoun after a full name, before another person is named:
    "Michael Howard launched the campaign with his wife" -- a man, so "Mrs Howard" later
    is someone else."""
    people = sorted((c for c in cands if c.kind == "person"), key=lambda c: c.start)
    for n, c in enumerate(people):
        if len(c.core.split()) < 2:
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            continue
        limit = people[n + 1].start if n + 1 < len(people) else len(text_of(doc))
        sent = span.sent
        stop = min(limit, doc[min(sent.end, len(doc) - 1)].sent.end_char)  # this and the next sentence
        for t in doc[span.end:]:
            if t.idx >= stop:
                break
            if t.lower_ in PRONOUN_GENDER:
                c.gender_hint = PRONOUN_GENDER[t.lower_]
                break


_HYPHEN_PAIR = re.compile(r"\b[A-Z][\w.]*(?:-[A-Z][\w.]*)+")


def _split_hyphenated(surface: str, offset: int, table: AliasTable):
    parts = []
    pos = 0
    for piece in surface.split("-"):
        entry = table.lookup(piece) or table.demonym(piece)
        if entry is None or entry.kind not in ("country", "place"):
            return None
        parts.append((offset + pos, offset + pos + len(piece), entry))
        pos += len(piece) + 1
    return parts if len(parts) > 1 else None


def _roles(ent) -> list[str]:
    """"Georgetown professor Evan Medeiros": professor; "U.S. President Donald Trump": president."""
    roles = []
    root = ent.root
    for c in root.lefts:
        if c.i >= ent.start:
            continue
        # only known roles: "U.S.-China relations" left of "Trump" in a headline is no role
        if c.dep_ in ("compound", "amod", "appos") and c.lower_ in cues.PERSON_ROLES and not c.ent_type_:
            roles.append(c.lower_)
    for c in root.rights:
        if c.dep_ == "appos" and c.lemma_.lower() in cues.PERSON_ROLES and not c.ent_type_:
            roles.append(c.lemma_.lower())
    return roles


def affiliations(doc, cands_by_token, article_id) -> list[Relation]:
    """AFFILIATED_WITH from apposition: "Georgetown professor Evan Medeiros"."""
    rels = []
    for ent in ents_of(doc):
        if ent.label_ != "PERSON":
            continue
        person = cands_by_token.get(ent.root.i)
        if person is None or person.kind != "person" or not person.actor:
            continue
        for c in ent.root.lefts:
            if c.i >= ent.start or c.ent_type_ or c.lower_ not in cues.PERSON_ROLES:
                continue
            for m in c.subtree:
                org = cands_by_token.get(m.i)
                if org is not None and org.actor and org.kind in ("organization", "country") and m.i < c.i:
                    sent = ent.sent
                    rels.append(Relation(type="AFFILIATED_WITH", source=person.actor, target=org.actor,
                                         article=article_id, sentence=Span(sent.start_char, sent.end_char, sent.text),
                                         detail=c.lower_, cue=c.lower_,  # the role noun is the cue
                                         confidence=0.8))
    unique = {r.id: r for r in rels}
    return list(unique.values())
