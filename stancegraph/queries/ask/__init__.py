"""Plain questions mapped onto saved queries, offline: the graph's own names first, then what
is asked of them.

1. ``entities``: every run of words is looked up among the actors' and topics' names and
   aliases (case, punctuation, possessives and plurals aside); the longest that name
   something win; words left over are tried as parts of names ("ID cards").
2. ``time``: time words become ``since`` / ``until`` ("since March", "last year").
3. ``clause``: the question word, the verb and its class, the nouns, and each name's role
   (who acts, on whom, about what) from word order and prepositions.
4. ``intents`` / ``opinions``: the first rule that can answer the clause names the saved
   query and fills its parameters; an ambiguous name goes to its most mentioned actor.
A question no rule can place raises QueryError saying what was recognised, with questions
built from those names and the graph's content (``suggest``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Optional

from stancegraph.errors import QueryError
from stancegraph.graph.model import name_key
from stancegraph.graph.store.base import Store
from stancegraph.queries.ask.clause import Clause, read_clause
from stancegraph.queries.ask.entities import SPEAKER_KINDS, Spot, free_spans, spot_names, words_spot
from stancegraph.queries.ask.intents import Plan
from stancegraph.queries.ask.opinions import plan
from stancegraph.queries.ask.suggest import refusal, suggest
from stancegraph.queries.ask.time import MONTHS, When, read_time
from stancegraph.queries.ask.tokens import CLOSING, Token, before_determiners, span_text, tokenize

__all__ = ["Interpretation", "interpret", "suggest"]

_EDGE = re.compile(r"\b(?:edge|relationship)\s+([0-9a-f]{16})\b", re.I)
_TIME_WORDS = set(MONTHS) | {"since", "until", "last", "this", "past", "recently", "lately", "today", "yesterday",
                             "before", "after", "between"}
#: Words before a left-over phrase that make it no subject ("told to reporters", "in London").
_AUDIENCE = {"to", "with", "in", "at", "into", "from", "by"}
#: At most this many left-over runs of words are looked up inside names (one lookup each).
MAX_FREE = 4


@dataclass
class Interpretation:
    query: str
    params: dict[str, Any]  #: as ``stancegraph query`` takes them: names, dates, flags
    intent: str = ""
    notes: list[str] = field(default_factory=list)  #: which actor a name was taken as, dates read...
    fallback: Optional["Interpretation"] = None  #: what to run when this finds nothing
    names: list[Spot] = field(default_factory=list)  #: every name recognised in the question


def interpret(question: str, store: Optional[Store] = None) -> Interpretation:
    """Map a question onto a saved query and its parameters, or raise QueryError saying
    what was recognised and suggesting questions that answer. With no ``store`` the names
    are the words that are no question words (what ``stancegraph query`` would resolve)."""
    q = re.sub(r"\s+", " ", question.strip()).rstrip("?!. ")
    if q.isupper():  # a question typed in capitals: its words are not all abbreviations
        q = q.lower()
    edge = _EDGE.search(q)
    if edge:
        return Interpretation("edge-provenance", {"edge": edge.group(1)}, "provenance")
    quoted = _quoted_words(q, store)
    if quoted is not None:
        return quoted
    tokens = _split_pairs(tokenize(q), store)
    spots = spot_names(tokens, q, store)
    if store is not None:
        from stancegraph.queries.ask.fuzzy import role_rival

        for spot in spots:
            role_rival(store, tokens, spot)
    inside = {k for s in spots for k in range(s.start, s.end)}
    newest = store.newest_date() if store is not None and _TIME_WORDS & {t.low for t in tokens} else None
    when = read_time(tokens, inside, newest, future=bool({"will", "next", "planned", "upcoming", "going", "headed", "heading", "due", "scheduled"}
                                                         & {t.low for t in tokens}))
    notes = _spelling(tokens, inside | when.used)
    spots, unknown, unread = _left_over(tokens, q, store, spots, inside | when.used)
    clause = read_clause(tokens, spots, when.used)
    clause.unread, clause.unknown = unread, unknown
    found = plan(clause, when)
    spotted = [v for v in (found.params.values() if found else ()) if isinstance(v, Spot)]
    # "who exports soybeans": goods are no name; "who said what about tuition fees": words said
    unnamed = found is not None and (found.intent == "events" or "words" in found.params)
    if found is None or unknown and not spotted and not unnamed or store is not None and any(
            not s.nodes for s in spotted):
        raise QueryError(refusal(q, clause, unknown, store))
    meaning = _finish(found, clause, when, unknown, store)
    meaning.notes[:0] = notes
    return meaning


#: A phrase in quotation marks: 'firmly opposes', "a waste of money".
_QUOTED = re.compile(r"""(?:^|(?<=[\s(:]))(['"‘“])(?P<words>[^'"‘’“”]{2,80}?)['"’”](?=[\s,.;:?!)]|$)""")
#: Words that ask who used a phrase (the quotation marks alone could be a title or a name).
_USED = set("phrase phrases word words term terms expression expressions line say said says saying use used uses "
            "using mention mentioned mentions mentioning utter uttered quote quoted talk talked speak spoke wrote "
            "write written describe described".split())


def _quoted_words(q: str, store: Optional[Store]) -> Optional[Interpretation]:
    """ "Who used the phrase 'firmly opposes'?", "who said 'a waste of money'": the statements
    holding those words (words-said), by the speaker named outside the quotation marks, if any.
    A quoted name of the graph ("what did Blair say about 'ID cards'") is read as usual."""
    m = _QUOTED.search(q)
    if m is None or store is None:
        return None
    words = m.group("words").strip()
    rest = (q[:m.start()] + " " + q[m.end():]).strip()
    if not _USED & {t.low for t in tokenize(rest)} or store.nodes_named(words, name_key(words)):
        return None
    tokens = tokenize(rest)
    spots = spot_names(tokens, rest, store)
    inside = {k for s in spots for k in range(s.start, s.end)}
    newest = store.newest_date() if _TIME_WORDS & {t.low for t in tokens} else None
    when = read_time(tokens, inside, newest)
    params: dict[str, Any] = {"words": words}
    speaker = next((s for s in spots if s.actors), None)
    notes = [f"statements holding the words {words!r}"]
    if speaker is not None:
        speaker.choose(SPEAKER_KINDS)
        params["speaker"] = _value(speaker, store)
        notes += _name_notes("speaker", speaker)
    params.update({k: v for k, v in (("since", when.since), ("until", when.until)) if v})
    return Interpretation("words-said", params, "said", notes, names=spots)


def _split_pairs(tokens: list[Token], store: Optional[Store]) -> list[Token]:
    """ "Trump-Xi call", "the Blair-Bush meeting": two names joined by a hyphen are two names
    when the graph knows each half and not the whole ("Kilroy-Silk" stays one). One lookup,
    made only when a word has a hyphen."""
    joined = [t for t in tokens if "-" in t.text and all(p[:1].isalpha() for p in t.text.split("-"))]
    if store is None or not joined:
        return tokens
    wanted = {name_key(x) for t in joined for x in (t.text, *t.text.split("-"))}
    known = {n["key"] for n in store.nodes_keyed(sorted(k for k in wanted if k))}
    out: list[Token] = []
    for t in tokens:
        parts = t.text.split("-")
        if t not in joined or t.key in known or not all(name_key(p) in known for p in parts):
            out.append(t)
            continue
        at = t.start
        for n, part in enumerate(parts):
            out.append(Token(part, at, at + len(part), t.possessive and n == len(parts) - 1))
            at += len(part) + 1
    return out


def _left_over(tokens: list[Token], q: str, store: Optional[Store], spots: list[Spot],
               taken: set[int]) -> tuple[list[Spot], list[str], list[str]]:
    """Runs of words outside names and question words: names of no node of their own. With a
    store they are looked up inside names ("ID cards"); what finds nothing is returned apart:
    where a name was meant (``unknown``), and all of it (``unread``)."""
    unknown: list[str] = []
    unread: list[str] = []
    for n, (i, j) in enumerate(free_spans(tokens, q, taken)):
        if store is None:
            start = i + 1 if tokens[i].low == "the" else i
            spots.append(Spot(i, j, span_text(tokens, q, start, j), [], tokens[j - 1].possessive, via="text"))
            continue
        found = _near_name(store, tokens, q, i, j, spots) if n < MAX_FREE else None
        if found:
            spots.append(found)
            continue
        unread.append(span_text(tokens, q, i, j))
        if _category(tokens, i, j):  # "which MPs", "what ministers": a kind of actor, no name
            continue
        named = _name_place(tokens, i, j, spots)
        if _in_name_slot(tokens, i, j) or named:
            unknown.append(unread[-1])
            if i > 0 and tokens[i - 1].low in _AUDIENCE:  # "say to reporters": who heard it, no subject
                unread[-1] = unknown.pop()
        if named or any(t.capitalised and k > 0 for k, t in enumerate(tokens[i:j], i)):  # a name: keep its place
            spots.append(Spot(i, j, span_text(tokens, q, i, j), [], tokens[j - 1].possessive, via="text"))
    return _joined(tokens, q, sorted(spots, key=lambda s: s.start)), unknown, unread


def _joined(tokens: list[Token], q: str, spots: list[Spot]) -> list[Spot]:
    """Two names side by side that mean the same node are one name: "george bush" is George W
    Bush ("George" found inside his name, "Bush" an alias), not a speaker and a subject."""
    out: list[Spot] = []
    for spot in spots:
        prev = out[-1] if out else None
        same = [n for n in spot.nodes if prev and n["id"] in {m["id"] for m in prev.nodes}]
        if prev is None or prev.end != spot.start or not same:
            out.append(spot)
            continue
        out[-1] = Spot(prev.start, spot.end, span_text(tokens, q, prev.start, spot.end), same, spot.possessive,
                       via="fuzzy", keys=prev.keys | spot.keys)
    return out


def _name_place(tokens: list[Token], i: int, j: int, spots: list[Spot]) -> bool:
    """Words only a name can stand in, even typed in lower case: between an auxiliary and its
    verb ("what did straw say") or joined by "and" to a name ("blair and straw")."""
    from stancegraph.queries.ask.lexicon import AUX, VERB_FORMS

    if i == 0:
        return False
    if tokens[i - 1].low in AUX and j < len(tokens) and tokens[j].low in VERB_FORMS:
        return not (j - i == 1 and tokens[i].low.endswith("s"))  # "what do voters say": a kind of actor
    return tokens[i - 1].low in ("and", "&") and any(s.end == i - 1 and s.nodes for s in spots)


def _short_verbs() -> dict[str, list[str]]:
    from stancegraph.queries.ask.lexicon import VERB_FORMS

    out: dict[str, list[str]] = {}
    for w in sorted(VERB_FORMS):
        if 3 <= len(w) < 5:
            out.setdefault("".join(sorted(w)), []).append(w)
    return out


_SHORT_VERBS = _short_verbs()


def _spelling(tokens: list[Token], taken: set[int]) -> list[str]:
    """Question words typed a little wrong ("critisized", "staements") read as the closest
    word ask knows; a note says so. Names are not guessed at: the graph's own are found first."""
    from difflib import get_close_matches

    from stancegraph.queries.ask.lexicon import KNOWN_WORDS, NOUN_CLASS, VERB_FORMS, is_intent_word

    notes: list[str] = []
    if any(tok.low in VERB_FORMS or tok.low in NOUN_CLASS for tok in tokens):
        return notes  # the question has its intent word: leave the other words as typed
    for k, tok in enumerate(tokens):
        if k in taken or len(tok.low) < 3 or is_intent_word(tok.low) or tok.capitalised and k > 0 or tok.is_number:
            continue
        if len(tok.low) < 5:  # a short word only with two letters swapped: "sya" is "say"
            from rapidfuzz.distance import OSA  # as fuzzy.py reads "howrad"; among anagrams, one edit is a swap

            close = [w for w in _SHORT_VERBS.get("".join(sorted(tok.low)), []) if OSA.distance(w, tok.low) == 1][:1]
        else:
            close = [w for w in get_close_matches(tok.low, KNOWN_WORDS, n=3, cutoff=0.85) if w[0] == tok.low[0]][:1]
        if close:  # a typo keeps the first letter: "married" is no "carried"
            notes.append(f"read {tok.text!r} as {close[0]!r}")
            tok.text = close[0]
    return notes


def _near_name(store: Store, tokens: list[Token], q: str, i: int, j: int, spots: list[Spot]) -> Optional[Spot]:
    """Words that name no node exactly: part of a name ("ID cards"), a role ("the home
    secretary"), a topic's words in another order ("the Iraq war") or a misspelt name ("Kenedy",
    "Taiwan independance"); the last two replace the name just before them ("Iraq", "Taiwan")."""
    from stancegraph.queries.ask.fuzzy import misspelt_spot, reordered_spot, role_spot

    found = reordered_spot(store, tokens, q, i, j, spots)
    if found is None:
        named = words_spot(store, tokens, q, i, j) or role_spot(store, tokens, q, i, j)
        found = (named, None) if named else misspelt_spot(store, tokens, q, i, j, spots)
    if found is None:
        return None
    if found[1] is not None:
        spots.remove(found[1])
    return found[0]


def _category(tokens: list[Token], i: int, j: int) -> bool:
    return j - i == 1 and i > 0 and tokens[i - 1].low in ("which", "what") and tokens[i].low.endswith("s")


def _in_name_slot(tokens: list[Token], i: int, j: int) -> bool:
    """Words after a preposition, last in the question or typed as a name are where a name
    was meant ("about tuition fees"); elsewhere ("who gets the most") they are a verb unread."""
    from stancegraph.queries.ask.lexicon import PREPOSITIONS

    k = before_determiners(tokens, i)  # "about the economy": the preposition before the article
    before = tokens[k].low if k >= 0 else ""
    last = all(t.low in CLOSING for t in tokens[j:])
    verb_last = last and j - i == 1 and i > 0 and before not in PREPOSITIONS \
        and tokens[i - 1].capitalised  # "what does Howard hold": a verb after its subject
    return before in PREPOSITIONS or last and not verb_last or any(
        t.capitalised for t in tokens[max(i, 1):j])


def _finish(found: Plan, clause: Clause, when: When, unknown: list[str], store: Optional[Store]) -> Interpretation:
    notes: list[str] = []
    params: dict[str, Any] = {}
    for name, value in found.params.items():
        if isinstance(value, Spot):
            value.choose(found.kinds.get(name, ()))
            params[name] = _value(value, store)
            notes += _name_notes(name, value)
        else:
            params[name] = value
    if when:
        notes.append(f"{when.words!r} read as " + ", ".join(f"{k} {v}" for k, v in (("since", when.since),
                                                                                      ("until", when.until)) if v))
        if "since" not in params and "until" not in params:
            notes[-1] += f" (not used: {found.query} has no dates)"
    used = {id(v) for v in found.params.values()}
    left = [s.text for s in clause.spots if id(s) not in used]
    if left:
        notes.append(f"recognised but not used by {found.query}: {', '.join(left)}")
    if unknown and "words" not in params:
        notes.append(f"not in the graph, left out: {', '.join(repr(u) for u in unknown)}")
    fallback = _finish(found.fallback, clause, When(), [], store) if found.fallback else None
    return Interpretation(found.query, params, found.intent, notes + (found.note and [found.note] or []), fallback,
                          clause.spots)


def _value(spot: Spot, store: Optional[Store]) -> str:
    """The parameter for a name: as typed when that is how the graph names it; the taken
    actor's name (its id when the name is shared) when the name fits several actors."""
    if spot.chosen is None and spot.via in ("fuzzy", "role") and len(spot.nodes) == 1:
        spot.chosen = spot.nodes[0]  # a name read from a misspelling or a role: say which node
    if spot.chosen is None:
        if spot.via != "name" or name_key(spot.text) in spot.keys or not spot.keys:
            return spot.text
        names = {n["name"] for n in spot.nodes}
        return names.pop() if len(names) == 1 and len(spot.nodes) == 1 else sorted(spot.keys)[0]
    name = spot.chosen["name"]
    same = [n for n in store.nodes_named(name, name_key(name)) if n["label"] == spot.chosen["label"]] if store else []
    return name if [n["id"] for n in same] == [spot.chosen["id"]] else spot.chosen["id"]


def _name_notes(param: str, spot: Spot) -> list[str]:
    if spot.via == "role":
        return [f"{param}: {spot.text!r} read as {spot.shown()}, the most mentioned actor with that role"]
    read = [f"{param}: read {spot.text!r} as {spot.shown()}"] if spot.via == "fuzzy" else []
    if spot.chosen and spot.others:
        others = spot.others
        also = ", ".join(f"{a['name']} ({a.get('mentions', 0)})" for a in others[:6])
        more = f" and {len(others) - 6} more" if len(others) > 6 else ""
        return read + [f"{param}: {spot.text!r} names {len(others) + 1} actors; taken as the most mentioned, "
                       f"{spot.chosen['name']} ({spot.chosen.get('mentions', 0)} mentions); also {also}{more}"]
    if spot.via == "words":
        return [f"{param}: {spot.text!r} is no name of its own; used every name holding these words: {spot.shown()}"]
    return read
