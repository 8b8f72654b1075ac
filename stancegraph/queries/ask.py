"""Plain questions mapped onto saved queries, with no external service.

Each pattern names the saved query it maps to and which captured words become which
parameter. The first pattern that matches wins; when none does, the closest phrasings
are suggested.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import get_close_matches

from ..graph.errors import QueryError

_NAME = r"(?P<{}>.+?)"


@dataclass(frozen=True)
class Phrasing:
    example: str
    pattern: str
    query: str

    def match(self, question: str):
        return re.fullmatch(self.pattern, question, flags=re.I)


def _p(example: str, pattern: str, query: str) -> Phrasing:
    return Phrasing(example, pattern.replace("{subject}", _NAME.format("subject"))
                    .replace("{speaker}", _NAME.format("speaker"))
                    .replace("{about}", _NAME.format("about")), query)


PHRASINGS = [
    _p("who said what about Taiwan", r"who (?:said|says) (?:what )?(?:about|on|regarding) {subject}", "who-said-what"),
    _p("what was said about Taiwan", r"what (?:was|has been|is) (?:said|being said) (?:about|on) {subject}", "who-said-what"),
    _p("what did Xi say about Taiwan", r"what (?:did|does|has) {speaker} (?:say|said|state|tell \w+) (?:about|on|regarding) {about}", "what-did-they-say"),
    _p("what did Xi say", r"what (?:did|does|has) {speaker} (?:say|said)", "what-did-they-say"),
    _p("top actors", r"(?:who are the |list the |show the )?(?:top|most mentioned|main) (?:actors|people|players)", "top-actors"),
]


@dataclass
class Interpretation:
    query: str
    params: dict[str, str]
    phrasing: Phrasing


def interpret(question: str) -> Interpretation:
    """Map a question onto a saved query and its parameters, or raise QueryError with hints."""
    q = re.sub(r"\s+", " ", question.strip()).rstrip("?!. ")
    for phrasing in PHRASINGS:
        m = phrasing.match(q)
        if m:
            params = {k: _clean(v) for k, v in m.groupdict().items() if v}
            return Interpretation(phrasing.query, params, phrasing)
    examples = [p.example for p in PHRASINGS]
    close = get_close_matches(q.lower(), examples, n=3, cutoff=0.3)
    hint = "; try: " + " | ".join(close or examples[:3])
    raise QueryError(f"cannot map {question!r} onto a saved query{hint} (or run 'stancegraph query NAME')")


def _clean(name: str) -> str:
    """Possessives and quotes are not part of a name: "Xi's" -> "Xi"."""
    name = name.strip().strip("\"'“”‘’")
    return re.sub(r"(?:'s|’s)$", "", name).strip()
