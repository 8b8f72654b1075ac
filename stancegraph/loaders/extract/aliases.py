"""The alias table and the words around names: what a surface form names across articles.

:class:`AliasTable` maps well-known surface forms to one canonical (kind, name): "U.S.",
"US", "America", "American" all give ``country:united-states``; "WSJ" gives
``organization:the-wall-street-journal``; "Tories" gives the Conservative Party. Capitals
and states are places in their country (``capital_of``, ``located_in``) ("Beijing" is a place in China, not
China). The table ships in ``aliases.json`` (each entry cites the page its names come
from) and is extended by a JSON file of the same shape named by ``STANCEGRAPH_ALIASES``
(user entries win).

:func:`strip_titles` reads the titles and honorifics before a name ("Mrs Howard": female,
"Prince Charles": a royal whose title is part of the name). Within an article,
:mod:`.resolve` clusters the names.
"""
from __future__ import annotations

import functools
import json
import os
import re
from dataclasses import dataclass
from importlib import resources
from typing import Iterable, Optional

from stancegraph.errors import InputError
from stancegraph.graph.model import ACTOR_KINDS, name_key

ALIASES_ENV = "STANCEGRAPH_ALIASES"

#: Words of a title or office that precede a name and are not part of it.
TITLE_WORDS = frozenset("""
president vice prime minister secretary senator sen rep representative gov governor mr mrs
ms miss dr professor prof gen general former then chairman chairwoman chair ceo sir lord
dame king queen prince princess pope chancellor premier ambassador spokesman spokeswoman
judge justice mayor leader candidate nominee speaker lt col sgt adm admiral commissioner
director rev reverend attorney state deputy first lady sheikh emir ayatollah baron baroness
duke duchess emperor
""".split())

#: Entity texts spaCy's small model tags as ORG/GPE/PERSON that are not actors.
#: Observed on the seed article: "AI" tagged ORG and GPE.
NOT_ACTORS = frozenset(["ai", "gdp", "covid", "covid 19", "ceo", "g2", "g7", "g20", "tv", "pm",
                        "am", "llc", "inc", "ltd", "q1", "q2", "q3", "q4",
                        # people by office, not by name: BBC politics tags "MPs" ORG
                        "mps", "msps", "meps", "ams", "peers", "ministers", "mp", "msp", "mep"])

#: spaCy entity label -> actor kind (labels not listed are not actors).
LABEL_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place",
               "FAC": "place", "NORP": "group"}

_SMALL_WORDS = frozenset("the of and for in on at de du la le".split())


def kind_for_label(label: str) -> Optional[str]:
    return LABEL_KINDS.get(label)


#: Honorifics: they mark a person, and a gender ("Mrs Howard" is not Michael Howard).
MALE_HONORIFICS = frozenset("mr lord sir king prince sheikh emir baron duke".split())
FEMALE_HONORIFICS = frozenset("mrs ms miss lady dame queen princess baroness duchess".split())
#: Honorifics before a name of any NER kind (spaCy tags "Mr Clarke" ORG): a person.
PERSON_HONORIFICS = MALE_HONORIFICS | FEMALE_HONORIFICS | frozenset("dr prof professor rev".split())
#: Royal and papal titles stay part of the name: "Prince Charles" is not a Charles.
ROYAL_TITLES = frozenset("king queen prince princess pope emperor duke duchess".split())


@functools.lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    data = json.loads((resources.files("stancegraph.loaders.extract") / "given_names.json").read_text(encoding="utf-8"))
    return {**{n: "m" for n in data["male"]}, **{n: "f" for n in data["female"]}}


def given_name_gender(name: str) -> Optional[str]:
    """"m"/"f" for a common given name ("Michael", "Sandra"), else None."""
    return _given_names().get(name.lower().strip(".,"))


#: Personal pronouns and the gender they mark.
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
                  "herself": "f"}


def gender_of(roles: Iterable[str]) -> Optional[str]:
    """"m" or "f" from honorifics among ``roles``, else None."""
    for r in roles:
        if r in MALE_HONORIFICS:
            return "m"
        if r in FEMALE_HONORIFICS:
            return "f"
    return None


def strip_titles(name: str, person: bool = True) -> tuple[str, list[str]]:
    """``"U.S. President Donald Trump"`` -> (``"Donald Trump"``, ``["president"]``).

    Only leading title words go: a name that is all title ("The President") stays as is.
    Leading "the" and a trailing possessive are dropped too ("Trump's" -> "Trump"). A royal
    title stays in the name ("Prince Charles"). For a name NER did not tag as a person only
    honorifics are titles: "General Motors" and "Justice Department" keep their first word.
    """
    name = re.sub(r"(?:'s|’s|'|’|¿s|`s)$", "", name.strip())
    words = name.split()
    roles: list[str] = []
    i = 0
    while i < len(words) - 1:
        w = words[i].lower().strip(".,")
        if w in ROYAL_TITLES and (person or w in PERSON_HONORIFICS):
            roles.append(w)
            break
        if w in TITLE_WORDS and (person or w in PERSON_HONORIFICS):
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
    located_in: Optional[str] = None  # a capital's or a state's country ("Beijing": China)
    capital: bool = False  # a capital stands for its state as a speaker or party ("Beijing said")


class AliasTable:
    """Surface form -> canonical (kind, name) for well-known actors.

    File shape (the shipped ``aliases.json`` and user files alike)::

        {"actors": [{"name": "United States", "kind": "country",
                     "aliases": ["U.S.", "America", "Washington"], "demonyms": ["American"]}]}
    """

    def __init__(self, entries: Iterable[dict] = ()):
        self._index: dict[str, AliasEntry] = {}
        self._demonyms: dict[str, AliasEntry] = {}
        self._surfaces: set[str] = set()
        self._pattern: Optional[re.Pattern] = None
        self.add(entries)

    def add(self, entries: Iterable[dict]) -> None:
        for item in entries:
            kind, name = item.get("kind"), item.get("name")
            if kind not in ACTOR_KINDS or not name:
                raise InputError(f"alias entry {item!r}: needs a name and a kind in {ACTOR_KINDS}")
            entry = AliasEntry(kind, name, item.get("capital_of") or item.get("located_in"), "capital_of" in item)
            for surface in [name, *item.get("aliases", [])]:
                self._index[lookup_key(surface)] = entry
                self._surfaces.add(surface)
            for surface in item.get("demonyms", []):
                self._demonyms[lookup_key(surface)] = entry
        self._pattern = None

    def lookup(self, surface: str) -> Optional[AliasEntry]:
        """The canonical entry for a name ("U.S." -> United States), or None."""
        return self._index.get(lookup_key(surface))

    def finditer(self, text: str):
        """Where the table's names occur in ``text`` as written (case-sensitive, whole
        words, longest first): "the Commons", "Number 10", "Lib Dems" NER missed."""
        if self._pattern is None:
            names = sorted((s for s in self._surfaces if len(s) > 2 or s.isupper() and len(s) == 2),
                           key=len, reverse=True)
            names = [n for n in names if n not in _NOT_GAZETTEER and (n[:1].isupper() or n.startswith("the "))]
            self._pattern = re.compile(r"(?<![\w.\-])(?=[A-Zt])" + _trie(names) + r"(?![\w\-])")
        return self._pattern.finditer(text)

    def country_of(self, entry: AliasEntry) -> Optional[AliasEntry]:
        """The country a place entry is located in ("Beijing" -> China), or None."""
        return self._index.get(lookup_key(entry.located_in)) if entry.located_in else None

    def demonym(self, surface: str) -> Optional[AliasEntry]:
        """The country of a demonym ("Chinese" -> China), or None."""
        return self._demonyms.get(lookup_key(surface))

    @classmethod
    def from_file(cls, path: str) -> "AliasTable":
        table = cls()
        table.add(_read_entries(path))
        return table


def _trie(names: Iterable[str]) -> str:
    """An alternation of ``names`` that prefers the longest, as a prefix tree: the regex
    tries only the names that go on as the text does (a flat alternation of thousands of
    names tries each at every capital). Names matching at one place are prefixes of each
    other, and each branch tries going on before stopping, so the match is the same."""
    root: dict = {}
    for name in names:
        node = root
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branches(root)


def _branches(node: dict) -> str:
    alts = [re.escape(ch) + _branches(child) for ch, child in node.items() if ch]
    if len(alts) == 1 and "" not in node:
        return alts[0]
    return "(?:" + "|".join(alts) + ("|)" if "" in node else ")") if alts else ""


#: Table names that are also everyday words in capitals or at a sentence start.
_NOT_GAZETTEER = frozenset(["WHO", "IT", "AM", "Fed", "Conservative", "Green party", "Democrat", "Republican",
                            "Navy"])


def strip_the(key: str) -> str:
    """A :func:`name_key` without its leading "the" ("the commons" -> "commons")."""
    return key[4:] if key.startswith("the ") else key


@functools.lru_cache(maxsize=1 << 16)
def lookup_key(surface: str) -> str:
    """The key names are compared by: case, punctuation and a leading "the" ignored (kept:
    the rules ask for the keys of the same surfaces ~500 times an article)."""
    return strip_the(name_key(surface))


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
