"""Actor resolution: which surface forms name the same actor, and its canonical id.

Two levels:

* across articles, :class:`AliasTable` maps well-known surface forms to one canonical
  (kind, name) — "U.S.", "US", "America", "Washington", "American" all give
  ``country:united-states``; "WSJ" gives ``organization:the-wall-street-journal``. The table
  ships in ``aliases.json`` and is extended by a JSON file of the same shape named by the
  ``STANCEGRAPH_ALIASES`` environment variable (user entries win).
* within an article, :class:`ArticleResolver` clusters the remaining names: titles are
  stripped ("President Xi" -> "Xi"), a surname joins the full name it abbreviates ("Xi" ->
  "Xi Jinping", "Medeiros" -> "Evan Medeiros"), an acronym joins the organization whose
  initials it spells ("WSJ" -> "The Wall Street Journal").

Kinds never merge: the kind is part of the id (:func:`~stancegraph.graph.model.actor_id`).
"""
from __future__ import annotations

import functools
import json
import os
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Iterable, Optional

from stancegraph.errors import InputError
from stancegraph.graph.model import ACTOR_KINDS, Actor, actor_id, name_key

ALIASES_ENV = "STANCEGRAPH_ALIASES"

#: Words of a title or office that precede a name and are not part of it.
TITLE_WORDS = frozenset("""
president vice prime minister secretary senator sen rep representative gov governor mr mrs
ms miss dr professor prof gen general former then chairman chairwoman chair ceo sir lord
dame king queen prince princess pope chancellor premier ambassador spokesman spokeswoman
judge justice mayor leader candidate nominee speaker lt col sgt adm admiral commissioner
director rev reverend attorney state deputy first lady sheikh emir ayatollah
""".split())

#: Entity texts spaCy's small model tags as ORG/GPE/PERSON that are not actors.
#: Observed on the seed article: "AI" tagged ORG and GPE.
NOT_ACTORS = frozenset(["ai", "gdp", "covid", "covid 19", "ceo", "g2", "g7", "g20", "tv", "pm",
                        "am", "llc", "inc", "ltd", "q1", "q2", "q3", "q4"])

#: spaCy entity label -> actor kind (labels not listed are not actors).
LABEL_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place",
               "FAC": "place", "NORP": "group"}

_SMALL_WORDS = frozenset("the of and for in on at de du la le".split())


def kind_for_label(label: str) -> Optional[str]:
    return LABEL_KINDS.get(label)


def strip_titles(name: str) -> tuple[str, list[str]]:
    """``"U.S. President Donald Trump"`` -> (``"Donald Trump"``, ``["president"]``).

    Only leading title words go: a name that is all title ("The President") stays as is.
    Leading "the" and a trailing possessive are dropped too ("Trump's" -> "Trump").
    """
    name = re.sub(r"(?:'s|’s|'|’)$", "", name.strip())
    words = name.split()
    roles: list[str] = []
    i = 0
    while i < len(words) - 1:
        w = words[i].lower().strip(".,")
        if w in TITLE_WORDS:
            if w not in ("former", "then", "vice", "first", "deputy", "state"):
                roles.append(w)
            i += 1
        elif w == "the" or w.startswith("then-") or w.startswith("ex-"):
            i += 1
        else:
            break
    core = " ".join(words[i:])
    return core, roles


def initials(name: str) -> str:
    """``"The Wall Street Journal"`` -> ``"WSJ"`` (small words skipped)."""
    return "".join(w[0] for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _SMALL_WORDS).upper()


@dataclass(frozen=True)
class AliasEntry:
    kind: str
    name: str


class AliasTable:
    """Surface form -> canonical (kind, name) for well-known actors.

    File shape (the shipped ``aliases.json`` and user files alike)::

        {"actors": [{"name": "United States", "kind": "country",
                     "aliases": ["U.S.", "America", "Washington"], "demonyms": ["American"]}]}
    """

    def __init__(self, entries: Iterable[dict] = ()):
        self._index: dict[str, AliasEntry] = {}
        self._demonyms: dict[str, AliasEntry] = {}
        self.add(entries)

    def add(self, entries: Iterable[dict]) -> None:
        for item in entries:
            kind, name = item.get("kind"), item.get("name")
            if kind not in ACTOR_KINDS or not name:
                raise InputError(f"alias entry {item!r}: needs a name and a kind in {ACTOR_KINDS}")
            entry = AliasEntry(kind, name)
            for surface in [name, *item.get("aliases", [])]:
                self._index[_key(surface)] = entry
            for surface in item.get("demonyms", []):
                self._demonyms[_key(surface)] = entry

    def lookup(self, surface: str) -> Optional[AliasEntry]:
        """The canonical entry for a name ("U.S." -> United States), or None."""
        return self._index.get(_key(surface))

    def demonym(self, surface: str) -> Optional[AliasEntry]:
        """The country of a demonym ("Chinese" -> China), or None."""
        return self._demonyms.get(_key(surface))

    @classmethod
    def from_file(cls, path: str) -> "AliasTable":
        table = cls()
        table.add(_read_entries(path))
        return table


def _key(surface: str) -> str:
    key = name_key(surface)
    return key[4:] if key.startswith("the ") else key


def _read_entries(path: str) -> list[dict]:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except OSError as exc:
        raise InputError(f"{path}: cannot read alias file ({exc.strerror or exc})") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not a JSON alias file ({exc})") from None
    entries = data.get("actors") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise InputError(f"{path}: expected {{\"actors\": [...]}}")
    return entries


@functools.lru_cache(maxsize=8)
def _table_for(user_path: Optional[str]) -> AliasTable:
    shipped = resources.files("stancegraph.loaders.extract") / "aliases.json"
    table = AliasTable(json.loads(shipped.read_text(encoding="utf-8"))["actors"])
    if user_path:
        table.add(_read_entries(user_path))  # user entries overwrite shipped ones
    return table


def default_table() -> AliasTable:
    """The shipped table, extended by the file named in ``STANCEGRAPH_ALIASES``."""
    return _table_for(os.environ.get(ALIASES_ENV) or None)


# --------------------------------------------------------------------------------------
# Within one article


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


@dataclass
class _Cluster:
    kind: str
    name: str
    fixed: bool = False  # name comes from the alias table
    surfaces: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return actor_id(self.kind, self.name)


class ArticleResolver:
    """Clusters the named mentions of one article into actors.

    Feed :meth:`add` every named mention (kind from NER, corrected by the alias table), then
    call :meth:`resolve`, which sets ``Candidate.actor`` and returns the actors.
    """

    def __init__(self, table: Optional[AliasTable] = None):
        self.table = table or default_table()
        self.candidates: list[Candidate] = []

    def add(self, start: int, end: int, text: str, kind: str, roles: Iterable[str] = ()) -> Optional[Candidate]:
        core, title_roles = strip_titles(text)
        if not core or name_key(core) in NOT_ACTORS:
            return None
        cand = Candidate(start, end, text, kind, [*title_roles, *roles], core)
        self.candidates.append(cand)
        return cand

    def resolve(self) -> list[Actor]:
        clusters: dict[str, _Cluster] = {}
        by_cand: list[Optional[_Cluster]] = [None] * len(self.candidates)

        def cluster_for(kind: str, name: str, fixed: bool) -> _Cluster:
            cid = actor_id(kind, name)
            if cid not in clusters:
                clusters[cid] = _Cluster(kind, name, fixed)
            return clusters[cid]

        # 1. Alias table first: it fixes kind slips ("Xinhua" PERSON -> organization).
        pending: list[int] = []
        for i, c in enumerate(self.candidates):
            entry = self.table.lookup(c.core) or self.table.lookup(c.text)
            if entry is None and c.kind in ("group", "place", "country"):
                entry = self.table.demonym(c.core)
            if entry is not None:
                by_cand[i] = cluster_for(entry.kind, entry.name, True)
            else:
                pending.append(i)

        # 2. Long names before short ones, so "Medeiros" finds "Evan Medeiros".
        pending.sort(key=lambda i: -len(self.candidates[i].core.split()))
        for i in pending:
            c = self.candidates[i]
            target = self._match_existing(c, clusters)
            if target is None:
                name = _display_name(c.core)
                target = cluster_for(c.kind, name, False)
            by_cand[i] = target

        for c, cl in zip(self.candidates, by_cand):
            assert cl is not None
            c.actor = cl.id
            if c.text not in cl.surfaces:
                cl.surfaces.append(c.text)
            if c.core != c.text and c.core not in cl.surfaces:
                cl.surfaces.append(c.core)
            for r in c.roles:
                if r not in cl.roles:
                    cl.roles.append(r)
        # "Lee / Beijing= ..." cannot get here: junk is filtered before add().
        actors = []
        for cl in clusters.values():
            if not cl.surfaces:
                continue
            actors.append(Actor(id=cl.id, name=cl.name, kind=cl.kind, aliases=list(cl.surfaces),
                                roles=cl.roles))
        return actors

    @staticmethod
    def _match_existing(c: Candidate, clusters: dict[str, _Cluster]) -> Optional[_Cluster]:
        words = c.core.split()
        same_kind = [cl for cl in clusters.values() if cl.kind == c.kind]
        if c.kind == "person":
            if len(words) == 1:
                w = words[0].lower()
                # surname (Western order) first, then family name first ("Xi" of "Xi Jinping")
                for pos in (-1, 0):
                    for cl in same_kind:
                        names = [cl.name, *cl.surfaces]
                        if any(len(n.split()) > 1 and n.split()[pos].lower() == w for n in names):
                            return cl
            else:
                for cl in same_kind:  # "Joe Biden" after "Joseph R. Biden" stays apart; exact only
                    if name_key(cl.name) == name_key(c.core):
                        return cl
            return None
        if c.kind == "organization":
            key = name_key(c.core)
            if c.core.isupper() and 2 <= len(c.core.replace(".", "")) <= 6:
                for cl in same_kind:
                    if initials(cl.name) == c.core.replace(".", "") or any(
                            initials(s) == c.core.replace(".", "") and len(s.split()) > 1 for s in cl.surfaces):
                        return cl
            for cl in same_kind:
                ck = _strip_the(name_key(cl.name))
                if ck == _strip_the(key) or (ck.startswith(_strip_the(key) + " ") and len(words) >= 1):
                    return cl
            return None
        key = _strip_the(name_key(c.core))
        for cl in same_kind:
            if _strip_the(name_key(cl.name)) == key:
                return cl
        return None


def _strip_the(key: str) -> str:
    return key[4:] if key.startswith("the ") else key


def _display_name(core: str) -> str:
    """Canonical name of an unknown actor: leading "the" dropped ("the Senate" -> "Senate")."""
    words = core.split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


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
