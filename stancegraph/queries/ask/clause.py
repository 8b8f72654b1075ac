"""What is left of a question once its names are found: the question word, the verb and
what it asks, the nouns, and the role of each name (who acts, who or what is acted on,
what it is about), read from word order and prepositions.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from stancegraph.queries.ask import lexicon as lx
from stancegraph.queries.ask.entities import Spot
from stancegraph.queries.ask.tokens import Token

#: Words after which a noun-or-verb word ("quotes", "visit", "talks") is a noun.
_DETERMINERS = set("the a an his her their its any all some these those my our your what which whose "
                   "every each another this that no other show list give find get recent latest".split())
#: Words that follow a verb and change what it asks: "call for" supports, "hit out at" attacks.
_PARTICLES = {("call", "for"): "support", ("argue", "for"): "support", ("push", "for"): "support",
              ("speak", "against"): "oppose", ("speak", "out"): "oppose", ("vote", "for"): "support",
              ("vote", "against"): "oppose", ("agree", "with"): "support", ("side", "with"): "support",
              ("stand", "with"): "support", ("stand", "by"): "support", ("stand", "up"): "support",
              ("campaign", "for"): "support", ("campaign", "against"): "oppose", ("talk", "to"): "meet",
              ("speak", "to"): "meet", ("speak", "with"): "meet", ("talk", "with"): "meet",
              ("come", "out"): "stand",  # "came out against X": a stance
              ("come", "up"): "discuss"}  # "how often does X come up"
#: Verbs of going (no object, so "is headed", "has gone" are never passive).
_GOING = {"go", "travel", "fly", "head", "come", "return"}
#: Verbs that ask to be shown something when they follow "to", "I", "can" ("I want to see ...").
_REQUEST = {"see", "know", "hear", "read", "find"}
_SUPPORT_PHRASES = (("in", "favour", "of"), ("in", "favor", "of"), ("on", "the", "side", "of"))


@dataclass
class Verb:
    index: int  #: token index
    cls: str  #: lexicon class ("say", "support", "visit", ...)
    base: str
    passive: bool = False


@dataclass
class Role:
    spot: Spot
    role: str  #: subj, obj, poss, or a preposition's role (about, of, to, in, with, by, from, between, for, against)


@dataclass
class Clause:
    tokens: list[Token]
    spots: list[Spot]
    wh: Optional[str] = None
    verb: Optional[Verb] = None
    nouns: dict[str, int] = field(default_factory=dict)  #: noun class -> first token index
    roles: list[Role] = field(default_factory=list)
    negated: bool = False
    trend: bool = False  #: "over time", "changed", "month by month": how it went, not what it is
    rank: bool = False
    count: bool = False
    polarity: Optional[str] = None  #: "support" / "oppose" from "against", "in favour of", "for"
    words: set[str] = field(default_factory=set)  #: every word outside names, lower case
    unread: list[str] = field(default_factory=list)  #: words that are no name and no question word
    unknown: list[str] = field(default_factory=list)  #: of those, the ones where a name was meant

    def with_role(self, *roles: str) -> list[Spot]:
        return [r.spot for r in self.roles if r.role in roles]

    def first(self, *roles: str) -> Optional[Spot]:
        found = self.with_role(*roles)
        return found[0] if found else None

    def has_noun(self, *classes: str) -> bool:
        return any(c in self.nouns for c in classes)

    @property
    def verb_cls(self) -> Optional[str]:
        return self.verb.cls if self.verb else None


def read_clause(tokens: list[Token], spots: list[Spot], skip: set[int]) -> Clause:
    """The clause of ``tokens``, whose names are ``spots`` and whose words in ``skip`` (time
    words) carry no meaning here."""
    inside = {k for s in spots for k in range(s.start, s.end)}
    clause = Clause(tokens, spots)
    lows = [t.low for t in tokens]
    clause.words = {lows[k] for k in range(len(tokens)) if k not in inside and k not in skip}
    clause.trend = bool(clause.words & lx.TREND)
    request: Optional[Verb] = None  # "can you tell me who backed X": the verb asked about comes later
    for k, low in enumerate(lows):
        if k in inside or k in skip:
            continue
        if low in lx.WH and clause.wh is None:
            clause.wh = low
        clause.negated |= low in lx.NEGATION
        if low == "thanks" or low == "thank" and lows[k + 1:k + 2] == ["you"]:
            continue  # "Thanks. Who criticised Blair?": politeness, not praise
        if low in _REQUEST and lows[k - 1:k] and lows[k - 1] in ("to", "i", "me", "we", "us", "can", "could", "let"):
            continue  # "I want to see Brown's statements", "can I see who backed X": a request, no meeting
        if low == "tell" and k + 1 < len(lows) and lows[k + 1] in ("me", "us") and clause.verb is None:
            request = Verb(k, *lx.VERB_FORMS[low])
            continue
        clause.rank |= low in lx.RANK or (low == "more" and "than" not in lows)
        clause.count |= low in lx.COUNT and k > 0 and lows[k - 1] == "how" or low in ("number", "count")
        nxt = lows[k + 1] if k + 1 < len(lows) else ""
        if clause.verb is None and low == "been" and (nxt == "to" or clause.wh == "where"):  # "has Xi been to the US"
            clause.verb = Verb(k, "visit", "go")
        elif (clause.verb is None or clause.verb.cls == "profile") and low in lx.VERB_FORMS \
                and not _noun_here(tokens, k, inside, spots) \
                and not (low in ("going", "gonna") and k + 2 < len(lows) and lows[k + 2] in lx.VERB_FORMS):
            cls, base = lx.VERB_FORMS[low]
            cls = _PARTICLES.get((base, nxt), cls)
            clause.verb = Verb(k, cls, base, _passive(lows, k, inside))
        elif low in lx.NOUN_CLASS:
            clause.nouns.setdefault(lx.NOUN_CLASS[low], k)
    clause.verb = clause.verb or request
    clause.polarity = _polarity(lows, inside)
    clause.roles = [Role(s, _role(clause, s, lows, inside)) for s in spots]
    _coordinate(clause, lows)
    return clause


def _noun_here(tokens: list[Token], k: int, inside: set[int], spots: list[Spot]) -> bool:
    """A word that is a noun and a verb ("quotes", "visit", "talks") is a noun after a
    determiner or a possessive name, or first in the question."""
    low = tokens[k].low
    if low not in lx.NOUN_CLASS:
        return False
    if k == 0:
        return True
    prev = tokens[k - 1]
    after = tokens[k + 1].low if k + 1 < len(tokens) else ""
    if k - 1 in inside and (k == len(tokens) - 1 or lx.PREPOSITIONS.get(after) in ("about", "from")) \
            and not any(t.low in lx.AUX for t in tokens[:k]):
        return True  # "Biden quotes", "Trump visits", "Xi quotes on Taiwan": a name and a noun, no verb
    if prev.low in ("me", "us") and k >= 2 and tokens[k - 2].low in _DETERMINERS:
        return True  # "show me quotes from Clarke"
    return prev.low in _DETERMINERS or (k - 1 in inside and prev.possessive) or prev.low in ("hold", "held", "had")


def _passive(lows: list[str], k: int, inside: set[int]) -> bool:
    """ "was criticised", "were invited", "is X quoted": a form of be before a participle."""
    if lows[k] not in lx.PARTICIPLES or k + 1 < len(lows) and lows[k + 1] == "to" and lows[k] in (
            "opposed", "committed", "devoted", "dedicated", "linked", "connected", "related", "tied"):
        return False  # "is opposed to X": X is what the subject opposes
    if lx.VERB_FORMS[lows[k]][1] in _GOING:
        return False  # "where is Trump headed": going somewhere has no passive
    # up to four words back, a name counting as none ("was the war in Iraq backed by X")
    for j in [j for j in range(k - 1, -1, -1) if j not in inside][:4]:
        if lows[j] in ("has", "have", "had") and j == k - 1:
            return False
        if lows[j] in lx.BE:
            return True
        if lows[j] not in lx.AUX and lows[j] not in lx.NEGATION and lows[j] not in ("also", "ever", "often"):
            return False
    return False


def _polarity(lows: list[str], inside: set[int]) -> Optional[str]:
    text = [w if k not in inside else "" for k, w in enumerate(lows)]
    if "against" in text or "anti" in text:
        return "either" if "for" in text or "pro" in text else "oppose"  # "is Kennedy for or against X"
    if "pro" in text:  # "which politicians are pro tuition fees"
        return "support"
    for phrase in _SUPPORT_PHRASES:
        for k in range(len(text) - len(phrase) + 1):
            if tuple(text[k:k + len(phrase)]) == phrase:
                return "support"
    for k, w in enumerate(text):
        before = k - 1
        while before >= 0 and before in inside:  # "is Biden for X"
            before -= 1
        if w == "for" and before >= 0 and text[before] in lx.BE:
            return "support"
    return None


def _role(clause: Clause, spot: Spot, lows: list[str], inside: set[int]) -> str:
    if spot.possessive:
        return "poss"
    if clause.verb and spot.end == clause.verb.index and lows[spot.end].endswith("ing") and spot.start > 0:
        return "subj"  # "the source for Howard opposing fees": the name does what the -ing verb says
    k = spot.start - 1
    while k >= 0 and lows[k] in ("the", "a", "an", "its", "their", "his", "her", "out", "up"):
        k -= 1
    if k >= 0 and k not in inside and lows[k] in lx.PREPOSITIONS:
        if lows[k] in ("favour", "favor"):
            return "about"
        return lx.PREPOSITIONS[lows[k]]
    if spot.end < len(lows) and spot.end not in inside and lx.NOUN_CLASS.get(lows[spot.end]) not in (None, "actors") \
            and not (clause.verb and clause.verb.index == spot.end):
        return "poss"  # "the Tory position", "Blair visits": the name owns what the noun names
    if clause.verb is None:
        return "subj" if k >= 0 and lows[k] in lx.AUX or not clause.wh else "obj"
    return "subj" if spot.start < clause.verb.index else "obj"


def _coordinate(clause: Clause, lows: list[str]) -> None:
    """ "X and Y": Y takes X's role; "between X and Y" both are ends of a connection."""
    for a, b in zip(clause.roles, clause.roles[1:]):
        if b.role == "and":
            b.role = a.role
    if clause.verb and clause.verb.passive:
        swap = {"subj": "obj", "obj": "obj" if clause.with_role("by") else "subj", "by": "subj"}
        for r in clause.roles:
            r.role = swap.get(r.role, r.role)
