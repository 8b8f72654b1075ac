"""The graph's own names found in a question, before anything else is read from it.

Every run of up to six words is looked up at once among the actors' and topics' keys
(Store.nodes_keyed: case and punctuation do not matter, "Blair's" is looked up as "blair",
a plural also as its singular and back). The longest runs that name something win. Words
left over that are not question words are then tried as parts of names ("ID cards" finds
the topic "plans for ID cards", "Medeiros" finds "Evan Medeiros"), and last as a topic's
words in any order ("the peace effort" finds "efforts toward peace"), through graph.names.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from stancegraph.graph.model import name_key, singular
from stancegraph.graph.names import find_nodes
from stancegraph.graph.store.base import Store
from stancegraph.loaders.extract.topics import canonical
from stancegraph.queries.ask.lexicon import HONORIFICS, NOUN_CLASS, PREPOSITIONS, VERB_FORMS, is_intent_word
from stancegraph.queries.ask.tokens import CLOSING, Token, before_determiners, span_text

MAX_WORDS = 6
#: A name found only as words inside other names is too vague when it is inside this many.
MAX_WORD_MATCHES = 12
#: Kinds a role prefers when a name fits several actors (the most mentioned of them wins).
PLACE_KINDS = ("place", "country", "city", "region", "gpe")
SPEAKER_KINDS = ("person", "organization", "country", "group")


@dataclass
class Spot:
    """A name in the question and the nodes it may mean."""

    start: int  #: token indexes: the words start..end-1
    end: int
    text: str  #: as typed, without a leading "the" or a possessive ending
    nodes: list[dict[str, Any]] = field(default_factory=list)
    possessive: bool = False
    via: str = "name"  #: "name" (a name or alias), "words" (inside names), "text" (not looked up)
    chosen: Optional[dict[str, Any]] = None  #: the actor taken when the name fits several
    keys: set[str] = field(default_factory=set)  #: the lookup keys the words matched

    @property
    def actors(self) -> list[dict[str, Any]]:
        return [n for n in self.nodes if n["label"] == "Actor"]

    @property
    def is_topic(self) -> bool:
        """Names topics only: it cannot be a speaker, visitor or profile."""
        return bool(self.nodes) and not self.actors

    @property
    def weight(self) -> int:
        return max((_weight(n) for n in self.nodes), default=0)

    def choose(self, kinds: tuple[str, ...] = ()) -> None:
        """Several actors share the name: take the most mentioned one of a kind in ``kinds``
        (of any kind when none is), as a reader would ("Blair" is Tony Blair)."""
        actors = self.actors
        if len(actors) < 2 or self.via == "words" and len(self.nodes) > len(actors):
            return
        fitting = [a for a in actors if a.get("kind") in kinds] or actors
        self.chosen = max(fitting, key=lambda a: (_weight(a), -len(a["name"]), a["id"]))

    @property
    def others(self) -> list[dict[str, Any]]:
        return [a for a in self.actors if self.chosen and a["id"] != self.chosen["id"]]

    def value(self) -> str:
        """The parameter value: the name as typed, or the actor taken when it fits several."""
        if self.chosen:
            return self.chosen["_value"] if "_value" in self.chosen else self.chosen["name"]
        return self.text

    def shown(self) -> str:
        """How the answer names what this matched."""
        if self.chosen:
            return _describe(self.chosen)
        if not self.nodes:
            return repr(self.text)
        names = sorted({_describe(n) for n in self.nodes})
        return ", ".join(names[:4]) + (f" and {len(names) - 4} more" if len(names) > 4 else "")


def _describe(node: dict[str, Any]) -> str:
    return f"{node['name']} ({node.get('kind') or node['label'].lower()})"


def _weight(node: dict[str, Any]) -> int:
    return node.get("mentions") or node.get("about") or 0


def spot_names(tokens: list[Token], question: str, store: Optional[Store]) -> list[Spot]:
    """Spans of the question that name actors or topics of the graph, longest first."""
    if store is None or not tokens:
        return []
    wanted: dict[str, list[tuple[int, int]]] = {}
    for i in range(len(tokens)):
        for j in range(i + 1, min(len(tokens), i + MAX_WORDS) + 1):
            if _nameable(tokens, i, j):
                for key in _keys(tokens, question, i, j):
                    wanted.setdefault(key, []).append((i, j))
    hits: dict[tuple[int, int], dict[str, dict[str, Any]]] = {}
    keys: dict[tuple[int, int], set[str]] = {}
    for node in store.nodes_keyed(sorted(wanted)):
        for span in wanted.get(node["key"], []):
            hits.setdefault(span, {})[node["id"]] = node
            keys.setdefault(span, set()).add(node["key"])
    spots = _best(tokens, question, hits)
    for spot in spots:
        spot.keys = keys[(spot.start, spot.end)]
    return spots


def _nameable(tokens: list[Token], i: int, j: int) -> bool:
    """Could words i..j-1 be a name? Not a number, and neither end a question word
    (a leading "the" aside), unless typed in capitals ("US", "WHO")."""
    words = tokens[i:j]
    if any(t.is_number for t in words):
        return False
    first = words[1] if words[0].low == "the" and len(words) > 1 else words[0]
    if words[0].low == "the" and len(words) == 1:
        return False
    # "the press association": a noun or verb ask reads may end a longer name typed in lower case
    content = len(words) - (words[0] is not first) >= 2 and not all(is_intent_word(t.low) for t in words)
    for t in (first, words[-1]):
        if is_intent_word(t.low) and not t.shouted and not (t.capitalised and t is not tokens[0]) \
                and not (t.low == "us" and i > 0 and tokens[i].low == "the") \
                and not (content and (t.low in VERB_FORMS or t.low in NOUN_CLASS)) \
                and not (t is first and t.low in HONORIFICS and len(words) > 1):  # "the us" is the US; "Mrs Blair"
            return False
    return True


def _keys(tokens: list[Token], question: str, i: int, j: int) -> set[str]:
    """Keys words i..j-1 may be stored under: as typed, without "the", singular or plural."""
    start = i + 1 if tokens[i].low == "the" else i
    if any(t.possessive for t in tokens[i:j - 1]):  # "Taiwan's independence": only as "taiwan independence"
        return {k for k in {name_key(" ".join(t.text for t in tokens[start:j]))} | _number_forms(
            name_key(" ".join(t.text for t in tokens[start:j]))) if k}
    keys = {name_key(span_text(tokens, question, i, j)), name_key(span_text(tokens, question, start, j))}
    for key in list(keys):
        keys |= _number_forms(key)
    return {k for k in keys if k}


def _number_forms(key: str) -> set[str]:
    """The other number of the last word: "tuition fee" <-> "tuition fees", "tories" -> "tory"."""
    head, _, last = key.rpartition(" ")
    head = head + " " if head else ""
    if len(last) < 4 or last.isdigit():
        return set()
    one = singular(last)
    if one != last:  # "taxes" may be "taxe" or "tax": both are tried
        return {head + one} | ({head + last[:-2]} if last.endswith("es") and not last.endswith("ies") else set())
    return set() if last.endswith("s") else {head + last + "s"}  # "crisis", "business": no plural by rule


def _best(tokens: list[Token], question: str, hits: dict[tuple[int, int], dict[str, dict[str, Any]]]) -> list[Spot]:
    """The longest spans that name something, without overlaps; a span joining two names
    with "and" ("Blair and Brown") only when it means more than its two halves."""
    def joins_two(i: int, j: int) -> bool:
        for k in range(i + 1, j - 1):
            if tokens[k].low in ("and", "&", "or") and (i, k) in hits and (k + 1, j) in hits:
                whole = max(_weight(n) for n in hits[(i, j)].values())
                return whole < min(max(_weight(n) for n in hits[p].values()) for p in ((i, k), (k + 1, j)))
        return False

    order = sorted(hits, key=lambda s: (-(s[1] - s[0]), -max(_weight(n) for n in hits[s].values()), s[0]))
    taken: list[Spot] = []
    used: set[int] = set()
    for i, j in order:
        if used & set(range(i, j)) or joins_two(i, j):
            continue
        used |= set(range(i, j))
        start = i + 1 if tokens[i].low == "the" else i
        nodes = sorted(hits[(i, j)].values(), key=lambda n: (n["label"] != "Actor", n["id"]))
        taken.append(Spot(i, j, span_text(tokens, question, start, j), nodes, tokens[j - 1].possessive))
    return sorted(taken, key=lambda s: s.start)


def free_spans(tokens: list[Token], question: str, taken: set[int]) -> list[tuple[int, int]]:
    """Runs of words that are neither question words, numbers nor already read; a word typed
    with a capital inside a question ("United States") or "of" between two ("Bank of England")
    stays in a run."""
    def name_word(k: int) -> bool:
        t = tokens[k]
        return not t.is_number and t.low not in HONORIFICS and (
            not is_intent_word(t.low) or t.shouted or t.capitalised and k > 0)

    runs, i = [], 0
    while i < len(tokens):
        if i in taken or not name_word(i):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and j not in taken and not tokens[j - 1].possessive and (
                name_word(j) or tokens[j].low == "of" and j + 1 < len(tokens) and tokens[j + 1].capitalised):
            j += 1
        if _compound_head(tokens, i, j, taken):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _compound_head(tokens: list[Token], i: int, j: int, taken: set[int]) -> bool:
    """A noun ask reads meaning from that ends the question after plain words is the head of
    what they name: "who backs peace talks" asks about the peace talks, not meetings."""
    rest, k = tokens[j + 1:], before_determiners(tokens, i)
    # only as what a verb or preposition takes: "most active speakers" asks for speakers
    return k >= 0 and (tokens[k].low in VERB_FORMS or tokens[k].low in PREPOSITIONS) and j < len(tokens) and j not in taken and tokens[j].low in NOUN_CLASS and not tokens[j].capitalised \
        and not any(t.capitalised or t.possessive for t in tokens[i:j]) \
        and all(t.low in CLOSING for t in rest)


#: Head nouns a topic is often named with or without: "the ID card scheme" is "plans for ID cards".
GENERIC_HEADS = set("plan plans scheme schemes proposal proposals policy policies bill bills idea ideas programme "
                    "programmes program programs measure measures law laws legislation reform reforms project "
                    "projects issue question debate row".split())


def _forms(text: str) -> list[str]:
    """What words may be inside names as: as typed, the other number, and without a generic
    head noun at either end ("ID card plans" -> "ID card", "ID cards")."""
    forms = [text, *sorted(_number_forms(name_key(text)))]
    words = text.split()
    while len(words) > 1 and words[-1].lower() in GENERIC_HEADS:
        words = words[:-1]
    while len(words) > 1 and words[0].lower() in GENERIC_HEADS | {"for", "of", "on"}:
        words = words[1:]
    core = " ".join(words)
    if core != text:  # the other number as typed ("ID card" -> "ID cards"), so the answer shows it so
        last = words[-1]
        other = last[:-1] if last.lower().endswith("s") and not last.lower().endswith("ss") else last + "s"
        forms += [core, " ".join(words[:-1] + [other])]
    # the name in the graph for another of its wordings ("identity cards" -> "ID cards"):
    # the extractor names a lexicon topic so (loaders.extract.topics.LEXICON)
    forms += [c for c in map(canonical, forms) if c is not None]
    return list(dict.fromkeys(forms))


def words_spot(store: Store, tokens: list[Token], question: str, i: int, j: int) -> Optional[Spot]:
    """Words that are no name of their own, found inside names ("ID cards", "Medeiros")."""
    start = i + 1 if tokens[i].low == "the" else i
    text = span_text(tokens, question, start, j)
    # The words in another order ("the peace effort") only when no form of them is a name or inside one
    for form, by_words in [(f, False) for f in _forms(text)] + [(text, True)]:
        nodes = find_nodes(store, form, by_words=by_words)
        if nodes and len(nodes) <= MAX_WORD_MATCHES:
            counted = {n["id"]: n for n in store.nodes_keyed(sorted({name_key(n["name"]) for n in nodes}))}
            nodes = [counted.get(n["id"], n) for n in nodes]
            return Spot(i, j, form, nodes, tokens[j - 1].possessive, via="words")
    return None
