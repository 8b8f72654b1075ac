"""What an "according to X" closing its sentence sources when the clause before it ends in a
piece of its own after a comma: a "who/which" clause ("..., younger voters, who make up a
third of the electorate, according to the survey") or an absolute phrase after "with"
("..., with half of them saying ..., according to the poll"): that piece only. Used by
:func:`.phrases.according_to_statements`; PolNeAR train decided each edge (session 19,
``bench/attribution_misses.py --compare``). Rejected there: the last of two clauses joined
by ", and"/", but" (train: 3 misses turned into hits, 7 hits lost) and the words after a
colon or a semicolon (1 gained, 2 lost).
"""
from __future__ import annotations

_WH = frozenset("who which whose whom".split())


def sourced_tail(toks: list) -> list:
    """``toks`` (the sentence's words before a closing "according to X", in order) from where
    the sourced piece starts: the outermost "who/which" clause or ", with" absolute phrase on
    the way from the last word up to the sentence's verb; ``toks`` when there is none."""
    if len(toks) < 4:
        return toks
    first, start = toks[0].i, None
    x = toks[-1]
    while x.head.i != x.i:
        k = _piece_start(x, first)
        if k is not None:
            start = k
        x = x.head
    if start is None:
        return toks
    rest = [y for y in toks if y.i >= start]
    return rest if sum(1 for y in rest if not y.is_punct) >= 3 else toks


def _piece_start(x, first: int):
    """Where the piece ``x`` heads starts, when it is one after a comma that a closing
    "according to X" sources alone, else None."""
    lead = x.left_edge.i
    if lead <= first or x.doc[lead - 1].text != ",":
        return None
    if x.dep_ == "relcl" and x.left_edge.lower_ in _WH:
        return lead
    if x.dep_ == "prep" and x.lower_ == "with" and any(y.tag_ == "VBG" for y in x.subtree):
        return x.i + 1  # "..., with most voters saying ...": the finding, without "with"
    return None
