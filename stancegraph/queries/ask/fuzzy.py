"""Names a question spells a little wrong ("Kenedy", "tution fees", "Taiwan independance"), or
gives by a role ("the home secretary"), found when no name or part of a name matched.

Only words left over after the exact lookups come here, so a question that names the graph's
actors as they are spelt costs nothing more. A misspelling is looked for among the keys that
start with the same letter (one scan of the keys per letter), by rapidfuzz's ratio; the answer
says which name the words were read as.
"""
from __future__ import annotations

from typing import Optional

from stancegraph.graph.model import name_key
from stancegraph.graph.store.base import Store
from stancegraph.queries.ask.entities import Spot
from stancegraph.queries.ask.tokens import Token, span_text

#: rapidfuzz ratio (0-100) a misspelt name must reach; "kenedy"/"kennedy" is 92, "budget"/"bush" 60. A name
#: with two letters swapped ("howrad", ratio 83) is taken too: one edit when a swap counts as one (OSA).
MIN_RATIO = 85
#: Shorter keys are not guessed at: too many names are a letter or two apart.
MIN_LENGTH = 5


def _keys_from(store: Store, letter: str) -> list[str]:
    keys: list[str] = []
    for label in ("Actor", "Topic"):
        res = store.run(f"MATCH (n:{label}) UNWIND n.keys AS k WITH k WHERE k STARTS WITH $c RETURN DISTINCT k",
                        {"c": letter})
        keys += [r[0] for r in res.rows if r[0]]
    return keys


def misspelt_spot(store: Store, tokens: list[Token], question: str, i: int, j: int,
                  spots: list[Spot]) -> Optional[tuple[Spot, Optional[Spot]]]:
    """The name words i..j-1 are a misspelling of, alone or with the name just before or after
    them ("Taiwan independance", "Xi Jinpin", "Micheal Howard"): the new spot and the spot it
    swallowed, if any."""
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import OSA

    start = i + 1 if tokens[i].low == "the" else i
    before = next((s for s in spots if s.end == i and s.nodes), None)
    after = next((s for s in spots if s.start == j and s.nodes), None)
    tries = [(start, j, None)]
    if after is not None:  # the longer readings first
        tries.insert(0, (start, after.end, after))
    if before is not None:
        tries.insert(0, (before.start + (tokens[before.start].low == "the"), j, before))
    for first, last, joined in tries:
        text = span_text(tokens, question, first, last)
        key = name_key(text)
        if len(key) < MIN_LENGTH or joined is not None and len(name_key(span_text(tokens, question, i, j))) < 3:
            continue  # "Howard v Blair": a letter after a name is no part of it
        keys = _keys_from(store, key[0])
        hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=MIN_RATIO) or \
            process.extractOne(key, keys, scorer=OSA.distance, score_cutoff=1)  # "howrad": two letters swapped
        if hit is None or hit[0] == key:
            continue
        nodes = store.nodes_keyed([hit[0]])
        if nodes:
            return Spot(first, last, text, nodes, tokens[last - 1].possessive, via="fuzzy", keys={hit[0]}), joined
    return None


def _role_holder(store: Store, role: str) -> Optional[tuple[str, str, int]]:
    """(id, name, mentions) of the most mentioned actor holding ``role``, in any case."""
    last = role.split()[-1]
    # Roles are stored as written ("Lib Dem leader"): those ending in the head noun, compared in any case.
    res = store.run("MATCH (n:Actor) UNWIND n.roles AS r WITH n, r WHERE r ENDS WITH $low OR r ENDS WITH $cap "
                    "RETURN n.id, n.name, n.mentions, r", {"low": last.lower(), "cap": last.capitalize()})
    holders = [r for r in res.rows if name_key(r[3]) == name_key(role)]
    if not holders:
        return None
    best = min(holders, key=lambda r: (-(r[2] or 0), r[0]))
    return best[0], best[1], int(best[2] or 0)


def role_rival(store: Store, tokens: list[Token], spot: Spot) -> None:
    """ "the chancellor" names an actor called Chancellor (8 mentions) and is the role of Gordon
    Brown (438): a reader means the role's holder when the name is a person's title only."""
    first = spot.start + (tokens[spot.start].low == "the")
    if not (tokens[spot.start].low == "the" or spot.start > 0 and tokens[spot.start - 1].low == "the") \
            or not spot.actors or any(a.get("kind") != "person" for a in spot.actors) or spot.end - first > 3:
        return
    holder = _role_holder(store, spot.text)
    if holder is None or holder[2] <= max(a.get("mentions", 0) for a in spot.actors):
        return
    nodes = [n for n in store.nodes_keyed([name_key(holder[1])]) if n["id"] == holder[0]]
    if nodes:
        spot.nodes, spot.via, spot.keys = nodes, "role", {name_key(holder[1])}


def role_spot(store: Store, tokens: list[Token], question: str, i: int, j: int) -> Optional[Spot]:
    """ "the home secretary", "the prime minister": the most mentioned actor holding that role.
    Only a definite singular role ("the ..."), so "which MPs" stays a kind of actor."""
    if tokens[i].low == "the":
        i += 1
    if i == 0 or tokens[i - 1].low != "the" or i >= j:
        return None
    role = span_text(tokens, question, i, j)
    holder = _role_holder(store, role)
    if holder is None:
        return None
    node_id, name = holder[:2]
    nodes = [n for n in store.nodes_keyed([name_key(name)]) if n["id"] == node_id]
    return Spot(i - 1, j, role, nodes, tokens[j - 1].possessive, via="role", keys={name_key(name)}) if nodes else None


_GLUE = {"the", "a", "an", "in", "of", "for", "on", "to", "over", "about", "and"}


def _content(text: str) -> frozenset[str]:
    """A name's words that carry meaning, singular: "the war in Iraq" and "Iraq war" agree."""
    words = [w for w in name_key(text).split() if w not in _GLUE]
    return frozenset(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)


def reordered_spot(store: Store, tokens: list[Token], question: str, i: int, j: int,
                   spots: list[Spot]) -> Optional[tuple[Spot, Spot]]:
    """A topic named by the same words in another order, with a name just before the words
    ("the Iraq war" for the topic "war in Iraq"): the new spot and the one it replaces."""
    before = next((s for s in spots if s.end == i and s.nodes), None)
    if before is None:
        return None
    first = before.start + (tokens[before.start].low == "the")
    text = span_text(tokens, question, first, j)
    wanted = _content(text)
    if len(wanted) < 2:
        return None
    longest = max(wanted, key=len)
    res = store.run("MATCH (n:Topic) UNWIND n.keys AS k WITH k WHERE k CONTAINS $w RETURN DISTINCT k", {"w": longest})
    keys = sorted(r[0] for r in res.rows if r[0] and _content(r[0]) == wanted)
    nodes = store.nodes_keyed(keys) if keys else []
    return (Spot(first, j, text, nodes, tokens[j - 1].possessive, via="fuzzy", keys=set(keys)), before) if nodes \
        else None
