"""Within one article: which named mentions are one actor, of which kind.

:class:`ArticleResolver` clusters the named mentions of an article the way a reader does
(docs/entities.md states the policy):

1. the alias table names well-known actors ("Tories" -> Conservative Party, "Beijing" ->
   the place Beijing, located in China) -- unless the article's own chain says otherwise
   ("Democrats" after "Liberal Democrats" is that party);
2. name chains, long names first: a lone surname joins the full name it ends ("Ford"
   after "Gerald Ford", whatever kind NER gave it), "Gerald R. Ford" joins "Gerald Ford",
   a family name first joins too ("Xi" -> "Xi Jinping"); honorifics must agree in gender
   ("Mrs Howard" is not Michael Howard) and a royal title is part of the name ("Prince
   Charles" is not Charles Kennedy); among two Blairs a lone "Blair" joins the one named
   last before it;
3. organizations: acronyms ("WSJ"), corporate suffixes ("Western Digital Corp" is
   "Western Digital"), a short form that starts or ends the long one ("Labour" / "Labour
   Party", "Congress" / "U.S. Congress");
4. the kind of each cluster is voted by all its mentions (an honorific makes a person; a
   "Clarke" tagged ORG inside Charles Clarke's chain is a person), not taken from the first.

The kind is part of the actor id (:func:`~stancegraph.graph.model.actor_id`): the resolved
kind decides which node a cluster joins across articles.
"""
from __future__ import annotations

import functools
import re

from rapidfuzz.distance import Indel
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Optional

from stancegraph.graph.model import Actor, actor_id, name_key
from stancegraph.loaders.extract.aliases import (
    NOT_ACTORS, PERSON_HONORIFICS, ROYAL_TITLES, AliasEntry, AliasTable, default_table, gender_of, given_name_gender,
    initials, lookup_key, strip_the, strip_titles,
)
from stancegraph.loaders.extract.name_forms import hyphen_head, hyphenate, is_peer_name, peer_for

#: Company-form words at the end of an organization's name: "Western Digital Corp" is
#: "Western Digital" (Reuters-style names carry them on first mention only).
CORPORATE_SUFFIXES = frozenset("""
inc incorporated corp corporation co company ltd limited plc llc lp ag nv sa spa gmbh bv
group holdings
""".split())

#: Lone words too generic to stand for a longer organization name of the article:
#: "Party" is not the Labour Party, "Department" not the State Department.
GENERIC_ORG_WORDS = frozenset("""
party office department ministry commission committee council house court bank union
association agency service government police army group board authority institute
center centre university college school company corporation
""".split())


@dataclass
class Candidate:
    """A named mention before resolution."""

    start: int
    end: int
    text: str
    kind: str
    roles: list[str] = field(default_factory=list)
    core: str = ""  # name without titles
    actor: Optional[str] = None
    gender: Optional[str] = None  # from an honorific: "m", "f"
    honorific: bool = False  # "Mr", "Mrs", "Dr", "Lord" ...: certainly a person
    gender_hint: Optional[str] = None  # from the pronoun that follows a full name ("... his wife")


@dataclass
class _Cluster:
    name: str
    entry: Optional[AliasEntry] = None  # set when the alias table named it
    votes: Counter = field(default_factory=Counter)
    members: list[int] = field(default_factory=list)
    surfaces: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    genders: Counter = field(default_factory=Counter)
    person_forced: bool = False
    kind: str = ""

    @property
    def gender(self) -> Optional[str]:
        """From honorifics and pronouns, else the full name's given name ("Michael Howard")."""
        if self.genders:
            return self.genders.most_common(1)[0][0]
        return given_name_gender(self.words[0]) if len(self.words) > 1 else None

    @property
    def words(self) -> list[str]:
        return self.name.split()

    def is_personish(self) -> bool:
        return self.person_forced or self.votes["person"] > 0


class ArticleResolver:
    """Clusters the named mentions of one article into actors.

    Feed :meth:`add` every named mention (kind from NER), then call :meth:`resolve`, which
    sets ``Candidate.actor`` (and ``Candidate.kind`` to the cluster's kind) and returns the
    actors. :attr:`located_in` then maps a capital's or state's actor id to its country, and
    :attr:`capitals` holds the capitals among them.
    """

    def __init__(self, table: Optional[AliasTable] = None):
        self.table = table or default_table()
        self.candidates: list[Candidate] = []
        self.located_in: dict[str, Actor] = {}
        self.capitals: set[str] = set()

    def add(self, start: int, end: int, text: str, kind: str, roles: Iterable[str] = ()) -> Optional[Candidate]:
        start, end, text = clean_span(start, end, text)
        if not text:
            return None
        core, title_roles = strip_titles(_undoubled(text), person=kind == "person")
        if not core or name_key(core) in NOT_ACTORS or not re.search(r"[A-Za-z]", core):
            return None
        all_roles = [*title_roles, *roles]
        # an honorific, or an office before a name NER tagged a person ("President
        # Musharraf"), makes a person whatever the other mentions were tagged
        honorific = any(r in PERSON_HONORIFICS for r in title_roles) or bool(title_roles) and kind == "person"
        cand = Candidate(start, end, text, "person" if honorific else kind, all_roles, core,
                         gender=gender_of(title_roles), honorific=honorific)
        self.candidates.append(cand)
        return cand

    # ----------------------------------------------------------------------------------

    def resolve(self) -> list[Actor]:
        clusters: list[_Cluster] = []
        fixed: dict[tuple[str, str], _Cluster] = {}
        pending: list[int] = []
        hyphenate(self.candidates)  # "Mr Kilroy Silk" where the article writes "Kilroy-Silk"
        for i, c in enumerate(self.candidates):
            entry = self._chain_entry(c) or self._table_entry(c)
            if entry is None:
                pending.append(i)
                continue
            key = (entry.kind, entry.name)
            if key not in fixed:
                fixed[key] = _Cluster(entry.name, entry=entry)
                clusters.append(fixed[key])
            self._join(fixed[key], i)
        # long names first, so a lone surname finds its full name; then in text order
        pending.sort(key=lambda i: (-len(self.candidates[i].core.split()), self.candidates[i].start))
        for i in pending:
            c = self.candidates[i]
            target = self._match(c, clusters)
            if target is None:
                target = _Cluster(_display_name(c))
                clusters.append(target)
            self._join(target, i)
        return self._actors(clusters)

    def _table_entry(self, c: Candidate) -> Optional[AliasEntry]:
        if c.honorific:  # "Mr Trump" is a person whatever the table says of "Trump"
            entry = self.table.lookup(c.core)
            return entry if entry is not None and entry.kind == "person" else None
        entry = self.table.lookup(c.core) or self.table.lookup(c.text)
        if entry is None and c.kind in ("place", "country"):  # "Israelis" (a group) stay a group
            entry = self.table.demonym(c.core)
        return entry

    def _chain_entry(self, c: Candidate) -> Optional[AliasEntry]:
        """"Democrats" after "Liberal Democrats": the article's longer name, not the table's
        entry for the lone word, says what it is (None: the table or the chain rules decide)."""
        words = c.core.split()
        if len(words) != 1 or c.kind == "person" or words[0].lower() in GENERIC_ORG_WORDS:
            return None
        for o in self.candidates:
            ow = o.core.split()
            if len(ow) > 1 and ow[-1] == words[0] and o.start < c.start:
                entry = self.table.lookup(o.core)
                if entry is not None and entry.kind == "organization":
                    return entry
        return None

    def _join(self, cl: _Cluster, i: int) -> None:
        c = self.candidates[i]
        cl.members.append(i)
        # a multi-word name says more about the kind than a lone word NER guessed at
        cl.votes[c.kind] += 2 if len(c.core.split()) > 1 else 1
        cl.person_forced |= c.honorific
        if c.gender or c.gender_hint:
            cl.genders[c.gender or c.gender_hint] += 1
        for s in (c.text, c.core):
            if s not in cl.surfaces:
                cl.surfaces.append(s)
        cl.roles.extend(r for r in c.roles if r not in cl.roles)

    # ----------------------------------------------------------------------------------

    def _match(self, c: Candidate, clusters: list[_Cluster]) -> Optional[_Cluster]:
        key = lookup_key(c.core)
        for cl in clusters:
            ck = lookup_key(cl.name)
            # a possessive written without its apostrophe ("GAFs", wire copy) is the name
            if cl.entry is None and (ck == key or key == ck + "s" and len(ck) > 2) and _compatible(c, cl):
                return cl
            if cl.entry is None and ck == key + "s" and len(key) > 2 and _compatible(c, cl):
                cl.name = _display_name(c)  # "West Germanys" first, then "West Germany": the name
                return cl
        words = c.core.split()
        if len(words) == 1 and (not c.text.isupper() or c.honorific):
            found = self._surname_match(c, clusters)
            if found is not None:
                return found
        elif len(words) > 1:
            bare = _without_initials(words)
            for cl in clusters:  # "Gerald R. Ford" (tagged ORG) and "Gerald Ford"
                if cl.entry is None and (c.kind == "person" or cl.is_personish()) and \
                        _without_initials(cl.words) == bare:
                    return cl
            typo = _typo_match(c, clusters)
            if typo is not None:
                return typo
        if c.kind == "organization" or c.kind == "person" and not c.honorific:
            return _org_match(c, clusters)
        if c.kind == "place":
            return _place_match(key, clusters)
        return None

    def _surname_match(self, c: Candidate, clusters: list[_Cluster]) -> Optional[_Cluster]:
        """A lone name joins the person whose full name it ends (or, for a person, begins:
        "Xi" -> "Xi Jinping"); among several, the one named last before it."""
        word = _surname_key(c.core)
        if any(r in ROYAL_TITLES for r in c.roles):
            return None
        options = [p for p in [peer_for(c, clusters)] if p is not None]  # "Lord Roberts"
        for pos in (-1, 0) if not options else ():
            # a given name alone is rarely a person's name in news ("Nick" is not Nick
            # Vaughan); a family name first is, with a title ("President Xi", "Mr Kim")
            if pos == 0 and c.kind != "person":
                break
            for cl in clusters:
                # an honorific makes a person of a full name NER took for something else
                # ("Vince Cable" tagged ORG, then "Mr Cable")
                personish = cl.is_personish() or c.honorific and cl.entry is None
                if not personish or len(cl.words) < 2 or not _compatible(c, cl) or pos == -1 and is_peer_name(cl.name):
                    continue
                if _surname_key(cl.words[pos]) == word:
                    options.append(cl)
            if options:
                break
        if not options:  # "Kilroy" beside "Robert Kilroy-Silk"
            return hyphen_head(c, clusters, _compatible)
        # the one the article has named most so far, then the one named last before it
        def salience(item):
            n, cl = item
            before = [self.candidates[m].start for m in cl.members if self.candidates[m].start < c.start]
            return len(before), max(before, default=-1), -n
        return max(enumerate(options), key=salience)[1]

    # ----------------------------------------------------------------------------------

    def _actors(self, clusters: list[_Cluster]) -> list[Actor]:
        out: dict[str, Actor] = {}
        for cl in clusters:
            if not cl.members:
                continue
            cl.kind = cl.entry.kind if cl.entry else _vote_kind(cl, self.candidates)
            name = cl.name
            if cl.kind == "person" and len(cl.words) == 1 and cl.gender == "f":
                # "Mrs Howard" with no full name here stays "Mrs Howard": a lone "Howard"
                # node is the man other articles call Mr Howard
                name = next((s for s in cl.surfaces if len(s.split()) == 2 and s.split()[-1] == cl.name), name)
            aid = actor_id(cl.kind, name)
            for m in cl.members:
                self.candidates[m].actor = aid
                self.candidates[m].kind = cl.kind
            seen = out.get(aid)
            if seen is None:
                out[aid] = Actor(id=aid, name=name, kind=cl.kind, aliases=list(cl.surfaces), roles=list(cl.roles))
            else:
                seen.aliases.extend(s for s in cl.surfaces if s not in seen.aliases)
                seen.roles.extend(r for r in cl.roles if r not in seen.roles)
            country = self.table.country_of(cl.entry) if cl.entry is not None else None
            if country is not None:
                self.located_in[aid] = Actor(id=actor_id(country.kind, country.name), name=country.name,
                                             kind=country.kind, aliases=[], roles=[])
                if cl.entry.capital:
                    self.capitals.add(aid)
        return list(out.values())


def _compatible(c: Candidate, cl: _Cluster) -> bool:
    """Honorifics that disagree in gender never join ("Mrs Howard", "Mr Howard")."""
    return not (c.gender and cl.gender and c.gender != cl.gender)


def _vote_kind(cl: _Cluster, cands: list[Candidate]) -> str:
    """The full names vote, lone words only when there is none: seventeen "Riley"s NER
    tagged ORG do not outvote "Pat Riley". A tie goes to the mention named first."""
    if cl.person_forced:
        return "person"
    members = [cands[m] for m in cl.members]
    longest = max(len(c.core.split()) for c in members)
    votes = Counter(c.kind for c in members if len(c.core.split()) == longest)
    first = next(c.kind for c in members if len(c.core.split()) == longest)
    return max(votes, key=lambda k: (votes[k], k == first))


def _org_match(c: Candidate, clusters: list[_Cluster]) -> Optional[_Cluster]:
    core = c.core.replace(".", "")
    key = strip_the(_without_suffix(name_key(c.core)))
    words = key.split()
    for cl in clusters:
        if cl.is_personish() and not cl.votes["organization"] or cl.entry is not None and cl.entry.kind != "organization":
            continue
        if cl.votes["organization"] == 0 and cl.entry is None:
            continue
        names = [cl.name, *cl.surfaces]
        # "WSJ", and in British style "Sepa" (an acronym said as a word)
        if (c.core.isupper() or c.core.istitle() and len(core) >= 3) and 2 <= len(core) <= 6 and \
                any(core.upper() in acronyms(n) for n in names):
            return cl
        ck = strip_the(_without_suffix(name_key(cl.name)))
        if not key or not ck:
            continue
        if ck == key or ck.startswith(key + " "):
            return cl
        if len(words) == 1 and words[0] not in GENERIC_ORG_WORDS and ck.endswith(" " + key) and len(key) > 3:
            return cl
    return None


#: Words after a place's name that do not make it another place: "Heathrow Airport".
_PLACE_SUFFIXES = ("airport", "international airport", "river")


def _place_match(key: str, clusters: list[_Cluster]) -> Optional[_Cluster]:
    for cl in clusters:
        if cl.entry is not None or not cl.votes["place"]:
            continue
        ck = lookup_key(cl.name)
        if any(ck == f"{key} {suffix}" or key == f"{ck} {suffix}" for suffix in _PLACE_SUFFIXES):
            return cl
    return None


@functools.lru_cache(maxsize=1 << 12)
def _surname_key(word: str) -> str:
    """"al-Maliki" and "Maliki" are one surname (Arabic article dropped)."""
    word = word.lower().strip(".,")
    return re.sub(r"^(?:al|el|ad|as|ash|at|az)[-‑]", "", word)


def acronyms(name: str) -> set[str]:
    """What a name of several words is abbreviated to: its initials ("WSJ"), also those of
    the name with its company form ("General Electric Co" is "GEC" as well as "GE")."""
    words = name.split()
    if len(words) < 2:
        return set()
    out = {initials(name)}
    bare = [w for w in words if w.lower().strip(".,") not in CORPORATE_SUFFIXES]
    if len(bare) > 1 and len(bare) < len(words):
        out.add(initials(" ".join(bare)))
        first_form = next(i for i, w in enumerate(words) if w.lower().strip(".,") in CORPORATE_SUFFIXES)
        out.add(initials(" ".join(words[:first_form + 1])))
    return out


#: Company forms written before the name ("NV Philips", "PT Telkom").
_LEADING_FORMS = frozenset(["nv", "pt", "oao", "pjsc"])


def _without_suffix(key: str) -> str:
    words = key.split()
    while len(words) > 1 and words[0] in _LEADING_FORMS:
        words.pop(0)
    while len(words) > 1 and words[-1] in CORPORATE_SUFFIXES:
        words.pop()
    return " ".join(words)


def _without_initials(words: list[str]) -> list[str]:
    """"Gerald R. Ford" -> ["gerald", "ford"]: middle initials dropped, for comparing names."""
    return [w.lower().strip(".,") for w in words if len(w.strip(".")) > 1]


def _display_name(c: Candidate) -> str:
    """Canonical name of an unknown actor: leading "the" dropped; for a person, descriptors
    NER took in ("nutritionist Joy Bauer") and middle initials ("Gerald R. Ford" is Gerald
    Ford in every article); for an organization, the company form and what follows it
    ("Dominion Textile Inc of Canada" is Dominion Textile) and a leading "U.S." before a
    name of several words ("U.S. Securities and Exchange Commission")."""
    words = c.core.split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    while len(words) > 1 and words[0][:1].islower() and words[0].lower() not in _NAME_PARTICLES:
        words = words[1:]  # "carmaker Volkswagen"
    if c.kind == "person":
        words = _without_trailing_lowercase(words)
        if len(words) > 2:
            words = [w for n, w in enumerate(words) if n in (0, len(words) - 1) or len(w.strip(".")) > 1]
        return " ".join(words)
    while len(words) > 1 and words[0].lower() in _LEADING_FORMS:
        words = words[1:]
    cut = next((n for n, w in enumerate(words) if n > 0 and w.lower().strip(".,") in CORPORATE_SUFFIXES), None)
    if cut is not None:
        words = words[:cut]
    if len(words) > 2 and words[0] in _COUNTRY_QUALIFIERS:
        words = words[1:]
    words = _without_trailing_lowercase(words)  # "Morgan Stanley and (Co)", "Alan Milburn, the"
    words[-1] = words[-1].rstrip(",")
    return " ".join(words)


_COUNTRY_QUALIFIERS = frozenset(["U.S.", "US", "U.S", "American"])


def _without_trailing_lowercase(words: list[str]) -> list[str]:
    while len(words) > 1 and words[-1].strip(",").isalpha() and words[-1].islower() and \
            words[-1] not in _NAME_PARTICLES:
        words = words[:-1]
    return words


_NAME_PARTICLES = frozenset("de da di du van von der den la le al el bin ibn".split())


#: ... or at a spaced dash before a lower-case word ("Mr Howard - can he ...", BBC)
_NAME_END = re.compile(r"\n|&#?\w+;|\s[-–—]\s+(?=[a-z])")
_LEADING_JUNK = re.compile(r"^\W+")
#: An honorific inside a name starts the name: "Tanzania Mr Brown" (a headline run into the
#: text) is Mr Brown.
_INNER_HONORIFIC = re.compile(r"\s(?=(?:Mr|Mrs|Ms|Miss|Dr|Lord|Lady|Sir|Dame)\.?\s+[A-Z])")


#: A name written twice with nothing between ("NorandaNoranda's", "GECGEC's").
_DOUBLED = re.compile(r"([A-Z][a-z]{2,}|[A-Z]{3,})\1(?![a-z])")


def _undoubled(text: str) -> str:
    """"NorandaNoranda's" (wire copy): a name run into its own copy, and its possessive, is
    the name; the span keeps the text as written."""
    m = _DOUBLED.match(text)
    if m is None:
        return text
    return re.sub(r"^(\w+)['’]s$", r"\1", text[len(m.group(1)):])


def clean_span(start: int, end: int, text: str) -> tuple[int, int, str]:
    """A name without page furniture: cut at a line break ("Howard\\n\\n") or an HTML entity
    left in plain text ("Blair&#191;s": a mangled apostrophe, BBC politics), leading dashes
    and bullets dropped ("- Blair"), trailing space and punctuation dropped."""
    cut = _NAME_END.search(text)
    if cut is not None:
        text = text[:cut.start()]
    inner = _INNER_HONORIFIC.search(text)
    if inner is not None:
        start += inner.end()
        text = text[inner.end():]
    m = _LEADING_JUNK.match(text)
    if m:
        start += m.end()
        text = text[m.end():]
    stripped = text.rstrip(" \t,;:-–—")
    return start, start + len(stripped), stripped


def merge_actors(actors: Iterable[Actor]) -> list[Actor]:
    """Union of actor records from many articles: one per id, aliases and roles combined."""
    out: dict[str, Actor] = {}
    for a in actors:
        seen = out.get(a.id)
        if seen is None:
            out[a.id] = Actor(a.id, a.name, a.kind, list(a.aliases), list(a.roles))
            continue
        seen.aliases.extend(x for x in a.aliases if x not in seen.aliases)
        seen.roles.extend(x for x in a.roles if x not in seen.roles)
    return list(out.values())


def _typo_match(c: Candidate, clusters: list[_Cluster]) -> Optional[_Cluster]:
    """"Merrill Lynch Captial Markets" after "Merrill Lynch Capital Markets", "Diane Abbot"
    after "Diane Abbott": a long name one or two letters off a name of the same article,
    same first word and as many words, is a misspelling of it."""
    key = lookup_key(c.core)
    if len(key) < 8:
        return None
    words = key.split()
    for cl in clusters:
        ck = lookup_key(cl.name)
        cw = ck.split()
        if cl.entry is not None or len(cw) != len(words) or cw[0] != words[0] or not _compatible(c, cl):
            continue
        # a letter dropped or doubled ("Abbot"); in long names also two swapped ("Captial");
        # never one letter for another ("Smyth" is not "Smith")
        if Indel.distance(key, ck) <= (2 if len(key) >= 15 and c.kind != "person" else 1):
            return cl
    return None
