"""A question cut into words, each knowing its place, case, lookup key and possessive mark."""
from __future__ import annotations

import re
from dataclasses import dataclass

from stancegraph.graph.model import name_key

# A word: letters and digits, joined by inner dots, hyphens, ampersands or apostrophes
# ("U.S.", "Kilroy-Silk", "AT&T", "don't", "Blair's"); a trailing dot stays only on
# abbreviations ("U.S." keeps it, "Taiwan." at the end of a sentence does not).
_WORD = re.compile(r"[^\W_]+(?:[.\-&'’][^\W_]+)*\.?")
_POSSESSIVE = re.compile(r"^(.+)['’]s$", re.I)
#: Words whose 's is "is": "who's", "what's", "where's".
_CONTRACTED = {"who", "what", "where", "when", "how", "which", "that", "there", "here"}


#: Words that may close a question after its last name: "... about the economy please".
CLOSING = frozenset("please thanks thank you pls plz thx cheers".split())
#: Words that may stand between a preposition or verb and the name it takes ("about the economy").
_DETERMINERS = frozenset("the a an his her their its".split())


@dataclass
class Token:
    text: str  #: as typed, without a possessive ending ("Blair" for "Blair's")
    start: int  #: character offsets in the question
    end: int
    possessive: bool = False  #: typed with 's (or s') after it
    opens: bool = False  #: first word of a second sentence ("Hi! Could you..."): its capital marks no name

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def key(self) -> str:
        return name_key(self.text)

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper() and not self.opens and self.text != "I"  # "can I see": no name

    @property
    def shouted(self) -> bool:
        """All capitals, two letters or more ("US", "WHO", "WSJ"): an abbreviation, not a word."""
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    @property
    def is_number(self) -> bool:
        return self.text.replace("-", "").isdigit()


def tokenize(question: str) -> list[Token]:
    """The words of ``question`` in order; ISO dates ("2025-11") stay one word."""
    tokens = []
    for m in _WORD.finditer(question):
        text = m.group(0)
        if text.endswith(".") and text.count(".") == 1:
            text = text[:-1]
        pm = _POSSESSIVE.match(text)
        possessive = bool(pm)
        if pm:
            text = pm.group(1)
        if possessive and text.lower() in _CONTRACTED:  # "who's for X": who is, no possessive
            tokens += [Token(text, m.start(), m.start() + len(text)), Token("is", m.start() + len(text), m.end())]
            continue
        tokens.append(Token(text, m.start(), m.start() + len(text), possessive))
    for t in tokens[1:]:
        before = question[:t.start].rstrip()
        word = before[:-1].split()[-1:] or [""]
        t.opens = before[-1:] in ("!", "?", ";") or before.endswith(".") and "." not in word[0]  # not "U.S."
    return _apostrophes(question, tokens)


def _apostrophes(question: str, tokens: list[Token]) -> list[Token]:
    """ "Blairs' policies": a plural possessive typed with a bare apostrophe after the word."""
    for t in tokens:
        if not t.possessive and question[t.end:t.end + 1] in ("'", "’") and t.low.endswith("s"):
            t.possessive = True
    return tokens


def span_text(tokens: list[Token], question: str, i: int, j: int) -> str:
    """The words i..j-1 as typed (inner punctuation kept: "Kilroy-Silk", "U.S.")."""
    return question[tokens[i].start:tokens[j - 1].end]


def before_determiners(tokens: list[Token], i: int) -> int:
    """The index of the word before the determiners that precede word i: for "economy" in
    "about the economy", the index of "about" (-1 when nothing precedes)."""
    k = i - 1
    while k > 0 and tokens[k].low in _DETERMINERS:
        k -= 1
    return k
