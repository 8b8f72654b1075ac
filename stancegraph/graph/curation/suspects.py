"""Likely mistakes among the actors, each with its reason: duplicates (one actor under two
nodes) and wrong merges (two actors under one node). Heuristics to point a person at
what to check, never applied by themselves."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Optional

from stancegraph.graph.model import name_key, singular

MALE_TITLES = ("mr", "sir", "lord", "king", "prince", "duke", "baron", "earl")
FEMALE_TITLES = ("mrs", "ms", "miss", "lady", "queen", "princess", "dame", "baroness", "duchess")
#: Titles a given name follows ("Prince Charles", "Pope Francis"): the word after is not a surname.
GIVEN_NAME_TITLES = ("king", "queen", "prince", "princess", "pope", "sheikh", "emperor", "empress")
OTHER_TITLES = ("dr", "prof", "professor", "president", "chancellor", "minister", "secretary", "senator",
                "rev", "gen", "general", "judge", "mp")
TITLES = set(MALE_TITLES + FEMALE_TITLES + GIVEN_NAME_TITLES + OTHER_TITLES)
#: Common given names of one gender: a "Mrs" alias of a "Michael" is a wrong merge.
MALE_NAMES = set("""adam alan alastair andrew anthony bill bob boris brian charles chris christopher
colin dan daniel david donald ed edward frank gary george gerald gordon graham harold henry ian jack
james jim joe john jon keith ken kenneth mark martin matthew michael nick nigel norman patrick paul
peter philip richard robert robin roger ron ronald sam simon stephen steve thomas tim tom tony vince
william""".split())
FEMALE_NAMES = set("""alice angela ann anna anne barbara beverley carol caroline catherine charlotte
cherie clare diana elizabeth emily emma hazel harriet helen hillary jane janet jean jennifer jessica
julia julie karen kate kathleen laura linda liz margaret maria mary michelle nancy patricia ruth sandra
sarah sharon sue susan teresa theresa tessa""".split())
#: Words that do not tell two organizations apart ("the Labour Party" is "Labour").
FILLER = {"the", "party"}
#: Similar names (rapidfuzz ratio of the keys, 0-100) counted as likely the same actor.
SIMILARITY = 90
#: The most-mentioned actors compared by similarity (every pair of them).
SIMILARITY_POOL = 5000


@dataclass
class Suspect:
    problem: str  # "duplicate" or "wrong merge"
    actors: list[dict[str, Any]]
    reason: str
    fix: str  # the command that would put it right, if it is what it seems

    def row(self) -> list[Any]:
        return [self.problem, " | ".join(a["id"] for a in self.actors),
                " | ".join(a["name"] for a in self.actors), self.reason, self.fix]


COLUMNS = ["problem", "actors", "names", "reason", "fix"]


def find_suspects(actors: Iterable[dict[str, Any]]) -> list[Suspect]:
    """Suspects among ``actors`` (dicts of id, name, kind, aliases, mentions), the most
    mentioned first."""
    actors = [a for a in actors if name_key(a["name"])]
    found: dict[tuple[str, ...], Suspect] = {}
    for pair, reason, ordered in _duplicates(actors):
        # Keep the full name (``ordered``: it comes first); otherwise the most mentioned.
        a, b = pair if ordered else sorted(pair, key=lambda x: (-(x.get("mentions") or 0), x["id"]))
        found.setdefault(tuple(sorted((a["id"], b["id"]))), Suspect(
            "duplicate", [a, b], reason, f"stancegraph actors merge {a['id']} {b['id']}"))
    for a in actors:
        if a["kind"] != "person":
            continue
        by_reason: dict[str, list[str]] = {}
        for alias, reason in _wrong_merges(a):
            if name_key(alias) != name_key(a["name"]):  # the actor's own name stays: the others move
                by_reason.setdefault(reason, []).append(alias)
        for reason, aliases in by_reason.items():
            quoted = " ".join(f'"{x}"' for x in dict.fromkeys(aliases))
            found.setdefault((a["id"], reason), Suspect(
                "wrong merge", [a], reason, f'stancegraph actors split {a["id"]} {quoted} --name "{aliases[0]}"'))
    return sorted(found.values(), key=lambda s: (-sum(x.get("mentions") or 0 for x in s.actors), s.reason))


def _words(name: str) -> list[str]:
    words = name_key(name).split()
    return words[:-1] if len(words) > 1 and words[-1] == "s" else words  # "Howard's" is Howard


def _plain(name: str) -> str:
    """The key without filler words and with a plural last word made singular."""
    words = [w for w in _words(name) if w not in FILLER]
    if words:
        words[-1] = singular(words[-1])
    return " ".join(words)


def _duplicates(actors: list[dict[str, Any]]) -> Iterable[tuple[tuple[dict, dict], str, bool]]:
    by_key: dict[str, list[dict]] = {}
    by_plain: dict[str, list[dict]] = {}
    for a in actors:
        by_key.setdefault(name_key(a["name"]), []).append(a)
        by_plain.setdefault(_plain(a["name"]), []).append(a)
    for key, group in by_key.items():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                yield (a, b), f"the same name under two kinds ({a['kind']}, {b['kind']})", False
    for group in by_plain.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if name_key(a["name"]) != name_key(b["name"]):
                    yield (a, b), "the names differ only by 'the', 'party' or a plural", False
    yield from _surnames(actors, by_key)
    yield from _affixes(actors, by_key)
    yield from _similar(actors)


def _surnames(actors: list[dict], by_key: dict[str, list[dict]]) -> Iterable[tuple[tuple[dict, dict], str, bool]]:
    for a in actors:
        words = _words(a["name"])
        if a["kind"] == "person" and len(words) > 1:
            for b in by_key.get(words[-1], []):
                yield (a, b), f"{b['name']!r} ({b['kind']}) is the surname of {a['name']!r}", True


def _affixes(actors: list[dict], by_key: dict[str, list[dict]]) -> Iterable[tuple[tuple[dict, dict], str, bool]]:
    """A person's name the first or last words of another actor's ("Kilroy-Silk", "Robert
    Kilroy-Silk"); among organizations that is most often another one ("Scottish Labour Party")."""
    for a in actors:
        if a["kind"] != "person":
            continue
        words = _words(a["name"])
        for n in range(2, len(words)):
            for part, where in ((words[:n], "start"), (words[-n:], "end")):
                for b in by_key.get(" ".join(part), []):
                    yield (a, b), f"{b['name']!r} is the {where} of {a['name']!r}", True


def _similar(actors: list[dict]) -> Iterable[tuple[tuple[dict, dict], str, bool]]:
    from rapidfuzz import fuzz, process

    pool = sorted(actors, key=lambda a: -(a.get("mentions") or 0))[:SIMILARITY_POOL]
    keys = [name_key(a["name"]) for a in pool]
    scores = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=SIMILARITY, dtype="uint8")
    for i, j in zip(*scores.nonzero()):
        if i < j and keys[i] != keys[j] and min(len(keys[i]), len(keys[j])) >= 5:
            yield (pool[i], pool[j]), f"similar names ({int(scores[i][j])}% alike)", False


def _given(alias: str) -> tuple[Optional[str], list[str]]:
    """The alias's honorific or title (if any) and its other words."""
    words = _words(alias)
    if len(words) > 1 and words[0] in TITLES:  # "King" alone is a surname (Oona King)
        return words[0], words[1:]
    return None, words


def _gender(title: Optional[str], rest: list[str]) -> Optional[str]:
    if title in MALE_TITLES or (not title and len(rest) > 1 and rest[0] in MALE_NAMES):
        return "male"
    if title in FEMALE_TITLES or (not title and len(rest) > 1 and rest[0] in FEMALE_NAMES):
        return "female"
    return None


def _wrong_merges(actor: dict[str, Any]) -> Iterable[tuple[str, str]]:
    """(alias, reason) for the aliases of a person that look like someone else."""
    own = _words(actor["name"])
    surname = own[-1] if own else ""
    first_names: dict[str, str] = {}
    genders: dict[str, list[str]] = {"male": [], "female": []}
    for alias in sorted(set(actor.get("aliases") or []) | {actor["name"]}):
        title, rest = _given(alias)
        if title in GIVEN_NAME_TITLES and rest and rest[-1] != surname:
            yield alias, f"{alias!r} is a title with a given name, not {actor['name']!r}'s surname"
        gender = _gender(title, rest)
        if gender:
            genders[gender].append(alias)
        # A first name: words before the surname that are not the end of the person's own name.
        if not title and len(rest) > 1 and rest[-1] == surname and rest != own[-len(rest):]:
            first_names.setdefault(rest[0], alias)
    if genders["male"] and genders["female"]:
        mine = _gender(*_given(actor["name"]))
        # The aliases of the other gender than the person's own name, else the fewer.
        other = [a for g, a in genders.items() if g != mine] if mine else [min(genders.values(), key=len)]
        for alias in other[0]:
            yield alias, (f"aliases of different gender: {', '.join(repr(a) for a in genders['male'][:2])} "
                          f"and {', '.join(repr(a) for a in genders['female'][:2])}")
    names = sorted(first_names)
    distinct = [n for n in names if not any(o != n and (o.startswith(n) or n.startswith(o)) for o in names)]
    if len(distinct) > 1 and own and own[0] in distinct:
        for n in distinct:
            if n != own[0]:
                yield first_names[n], (f"aliases with different first names: {actor['name']!r} and "
                                       f"{first_names[n]!r}")
