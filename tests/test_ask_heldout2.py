"""The second held-out phrasing set (tests/ask_heldout2_phrasings.py) on both stores: each
question must map onto its saved query with parameters that mean what the question asks, or be
refused when no saved query answers it.

Parameters are compared by meaning, not by the string the parser happens to print: a node
parameter by the nodes it resolves to (a shared name narrowed to the actor a reader means, as
`ask` narrows it), a date by the first or last day it covers (a relative window may fall a few
days either way), and a parameter left at its declared default is the same as one not given.
"""
from __future__ import annotations

import calendar
import datetime as dt

import pytest

from ask_graphs import politics_articles
from ask_heldout2_phrasings import KNOWN_FAILURES, POLITICS, POLITICS_AFTER, SEED, SEED_AFTER
from graphs import biden_article, call_article, xi_visit_article
from stancegraph.graph.names import Match, find_nodes, main_actor
from stancegraph.queries import load_queries
from test_ask_heldout import misread as first_set_misread

QUERIES = load_queries(())
GRAPHS = {"seed": lambda: [biden_article(), xi_visit_article(), call_article()], "politics": politics_articles}
# The blind lists and those written after reading the parser (kept apart: only the first were scored blind).
PHRASINGS = {"seed": SEED + SEED_AFTER, "politics": POLITICS + POLITICS_AFTER}
EVENT_KINDS = {"VISITS": ("visit", "visits", "visited", "visiting", "trips"),
               "CALLED": ("call", "calls", "called"),
               "MET": ("meet", "meets", "met", "meeting", "meetings"),
               "INVITED": ("invite", "invites", "invited", "invitation", "invitations"),
               "EXPORTS_TO": ("export", "exports", "exports_to")}


def _kind(value) -> str:
    low = str(value).lower()
    return next((k for k, words in EVENT_KINDS.items() if low in words or low == k.lower()), low)


def _stem(words) -> str:
    return " ".join(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in str(words).lower().split())


def _day(value, last: bool):
    """The first (or, for ``until``, the last) day a YYYY, YYYY-MM or YYYY-MM-DD date covers."""
    parts = [int(p) for p in str(value).split("-")]
    year, month = parts[0], parts[1] if len(parts) > 1 else (12 if last else 1)
    day = parts[2] if len(parts) > 2 else (calendar.monthrange(year, month)[1] if last else 1)
    return dt.date(year, month, day)


def _same_date(got, want, last: bool) -> bool:
    try:
        return abs((_day(got, last) - _day(want, last)).days) <= 3
    except (ValueError, IndexError):
        return str(got) == str(want)


def _nodes(store, name) -> set[str]:
    match, _ = main_actor(store, Match("p", str(name), find_nodes(store, str(name))))
    return set(match.ids)


def _given(query: str, params: dict) -> dict:
    """The parameters that change the answer: those not left at their declared default."""
    defaults = {p.name: p.default for p in QUERIES[query].params}
    return {k: v for k, v in params.items()
            if v not in (None, "", [], False) and str(v).lower() != str(defaults.get(k)).lower()}


def _same(store, query: str, got: dict, want: dict) -> bool:
    got, want = _given(query, got), _given(query, want)
    if set(got) != set(want):
        return False
    types = {p.name: p.type for p in QUERIES[query].params}
    for name, value in want.items():
        if types.get(name) == "node":
            same = _nodes(store, got[name]) == _nodes(store, value)
        elif name == "kind":
            same = _kind(got[name]) == _kind(value)
        elif name in ("stance", "type"):
            same = str(got[name]).lower().replace("_", "-") == str(value).lower().replace("_", "-")
        elif types.get(name) == "date":
            same = _same_date(got[name], value, last=name == "until")
        elif name == "words":  # words-said matches inside the text: "soybean" finds "soybeans"
            same = _stem(got[name]) == _stem(value)
        else:
            same = got[name] == value
        if not same:
            return False
    return True


def misread(store, phrasings) -> dict[str, str]:
    """The questions `ask` reads wrongly on ``store``, each with what it did instead."""
    return first_set_misread(store, phrasings, same=_same)


def test_the_second_held_out_set_is_large_and_covers_every_intent():
    assert len(SEED) + len(POLITICS) >= 150
    every = SEED + POLITICS + SEED_AFTER + POLITICS_AFTER
    assert len({q for q, *_ in every}) == len(every)
    queries = {e[1] for e in SEED + POLITICS}
    assert queries >= {"who-said-what", "what-did-they-say", "words-said", "timeline", "who-supports", "who-opposes",
                       "stances", "stance-by-month", "stance-matrix", "disagreements", "events", "visits", "exports",
                       "actor-profile", "quoted-by", "path-between", "co-mentions", "top-actors", "top-topics",
                       "edge-provenance", None}
    assert set(KNOWN_FAILURES) <= {e[0] for e in every}


@pytest.mark.parametrize("graph", ["seed", "politics"])
def test_every_second_held_out_phrasing_maps_onto_its_query_or_is_refused(store, graph):
    for g in GRAPHS[graph]():
        store.upsert(g)
    wrong = misread(store, PHRASINGS[graph])
    unexpected = {q: why for q, why in wrong.items() if q not in KNOWN_FAILURES}
    assert not unexpected, f"{len(unexpected)} of {len(PHRASINGS[graph])} misread:\n" + "\n".join(
        f"{q!r}: {why}" for q, why in unexpected.items())
    mine = {q for q, *_ in PHRASINGS[graph]} & set(KNOWN_FAILURES)
    fixed = mine - set(wrong)
    assert not fixed, f"known failures now read right (take them off KNOWN_FAILURES): {sorted(fixed)}"
