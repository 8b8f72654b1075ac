"""From a read clause to a saved query: which one answers it, and which name fills which
parameter. Each rule looks at the clause (question word, verb class, nouns, the role of each
name) and gives a Plan or passes; the first that gives one wins (``RULES`` order)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from stancegraph.queries.ask import lexicon as lx
from stancegraph.queries.ask.clause import Clause
from stancegraph.queries.ask.entities import PLACE_KINDS, SPEAKER_KINDS, Spot
from stancegraph.queries.ask.time import When

#: Roles of the one who acts (speaks, holds a stance, visits) and of what is acted on.
DOER = ("subj", "poss", "by", "from")
DONE_TO = ("obj", "about", "to", "against", "for", "with", "of", "in")


@dataclass
class Plan:
    intent: str  #: said, stance, events, profile, reporting, connections, rankings, counts, timeline
    query: str
    params: dict[str, Any]  #: values: a Spot (a name), or plain text / bool
    kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)  #: param -> kinds it prefers
    fallback: Optional["Plan"] = None  #: run when this one finds nothing
    note: str = ""


def _plan(intent: str, query: str, when: Optional[When] = None, **params: Any) -> Plan:
    given = {k: v for k, v in params.items() if v is not None and v is not False}
    if when:
        given.update({k: v for k, v in (("since", when.since), ("until", when.until)) if v})
    kinds = {k: SPEAKER_KINDS for k in ("speaker", "actor", "exporter", "from", "reporter") if k in given}
    kinds.update({k: PLACE_KINDS for k in ("place",) if k in given})
    return Plan(intent, query, given, kinds)


def _actor(spot: Optional[Spot]) -> Optional[Spot]:
    """A name that can act (speak, visit, hold a stance): not one that names topics only."""
    return spot if spot is not None and not spot.is_topic else None


def counts(c: Clause, when: When) -> Optional[Plan]:
    """ "how many articles mention Blair", "how often is immigration discussed"."""
    if not c.count or c.verb_cls in ("support", "oppose", "visit", "call", "meet", "invite", "export") or c.polarity:
        return None  # "how many times did Blair meet Kennedy": the events themselves, each a row
    spot = c.first(*DOER, *DONE_TO)
    if spot is None and c.has_noun("topics"):  # "list topics by number of statements"
        return _plan("rankings", "top-topics")
    if spot is None:
        return _plan("rankings", "top-actors", by_statements=c.verb_cls == "say" or c.has_noun("say"))
    said_of = c.has_noun("say") and spot not in c.with_role(*DOER)  # "how many statements mention Taiwan"
    if spot.is_topic or said_of or not (c.has_noun("articles", "times") or c.verb_cls == "mention") and (
            c.first("about") is spot or c.verb_cls == "discuss"):
        return _plan("counts", "top-topics", subject=spot)
    return _plan("counts", "top-actors", actor=spot)


#: Nouns no ranking query counts: "the main disagreements", "the key stances" ask for those.
_NOT_RANKED = ("disagree", "stance", "matrix", "critics", "supporters", "visit", "call", "meet", "invite", "export",
               "events", "timeline", "connect")


def rankings(c: Clause, when: When) -> Optional[Plan]:
    """ "who talks the most", "most mentioned actors", "top topics", "busiest outlets"."""
    if not (c.rank or c.has_noun("topics", "actors") and not c.verb) or c.spots or c.has_noun(*_NOT_RANKED):
        return None
    limit = _top_n(c)
    if c.has_noun("outlets"):
        return _plan("reporting", "quoted-by", limit=limit)
    topical = c.verb_cls == "say" and "about" in c.words or c.verb_cls == "mention" and c.wh == "what"
    if c.has_noun("topics") or c.verb_cls == "discuss" or topical and c.wh not in ("who", "which"):
        return _plan("rankings", "top-topics", limit=limit)
    if c.verb_cls in ("say", "report") or c.has_noun("say", "talkative") or "speakers" in c.words:
        return _plan("rankings", "top-actors", by_statements=True, limit=limit)
    return _plan("rankings", "top-actors", limit=limit)


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "twenty": 20, "fifty": 50, "hundred": 100}


def _top_n(c: Clause) -> Optional[int]:
    """ "top 5 actors", "the 10 most quoted", "top ten topics": how many rows were asked for."""
    lows = [t.low for t in c.tokens]
    for k, low in enumerate(lows):
        n = int(low) if low.isdigit() and len(low) <= 3 else _NUMBER_WORDS.get(low)
        if n and (k > 0 and lows[k - 1] == "top" or k + 1 < len(lows) and lows[k + 1] in lx.RANK):
            return n
    return None


def at_least(c: Clause) -> Optional[int]:
    """ "in at least 2 articles", "3 or more times", "more than 2": the smallest count asked for."""
    lows = [t.low for t in c.tokens]
    for k, low in enumerate(lows):
        n = int(low) if low.isdigit() and len(low) <= 3 else _NUMBER_WORDS.get(low)
        if not n:
            continue
        if lows[max(0, k - 2):k] in (["at", "least"], ["a", "minimum"], ["minimum", "of"]) or \
                lows[k + 1:k + 3] == ["or", "more"]:
            return n
        if lows[max(0, k - 2):k] == ["more", "than"] or k > 0 and lows[k - 1] == "over":
            return n + 1
    return None


def connections(c: Clause, when: When) -> Optional[Plan]:
    """ "how are Blair and Brown connected", "who appears with Blair"."""
    if {"vs", "versus"} & c.words and c.first("about"):
        return None  # "Xi vs the DPP on Taiwan independence": where each stands on it
    eventful = c.verb_cls in ("visit", "call", "meet", "invite", "export") or c.has_noun(
        "visit", "call", "meet", "invite", "export", "events")
    linked = c.verb_cls == "connect" or c.has_noun("connect") or bool(c.with_role("between")) and not eventful
    if linked and len(c.spots) >= 2:
        return _plan("connections", "path-between", **{"from": c.spots[0], "to": c.spots[1]})
    together = (c.verb_cls in ("appear", "mention", None) and c.with_role("with") and len(c.spots) == 1
                and not set(c.nouns) - {"actors", "articles", "times"})
    if c.verb_cls == "appear" or linked or together:
        spot = c.first("with") or c.first(*DOER, *DONE_TO)
        return _plan("connections", "co-mentions", actor=spot) if spot else None
    return None


def reporting(c: Clause, when: When) -> Optional[Plan]:
    """ "who quoted Blair", "what did the WSJ report", "which outlets are cited"."""
    outlets = c.has_noun("outlets") and c.verb_cls in (None, "say", "discuss", "mention", "report", "appear")
    if c.verb_cls != "report" and not outlets:
        return None
    about = c.first("about")
    reporter = _actor(c.first("subj", "by", "from"))
    speaker = _actor(c.first("obj", "poss", "of"))
    if about and not speaker and c.verb_cls == "report":
        if reporter:
            return _plan("reporting", "quoted-by", reporter=reporter)
        return _plan("said", "who-said-what", when, subject=about)
    subject = about or c.first("obj")
    if outlets and not reporter and subject and c.verb_cls in ("discuss", "mention", "say") and not any(
            a.get("kind") in SPEAKER_KINDS for a in subject.actors):  # "which outlets covered Taiwan": no speaker
        return _plan("said", "who-said-what", when, subject=subject)
    if outlets and not reporter and not speaker:
        speaker = _actor(about)
    return _plan("reporting", "quoted-by", speaker=speaker, reporter=reporter)


def _by_phone(c: Clause) -> bool:
    """ "speak on the phone", "talk by telephone": how they spoke, not what about ("his call")."""
    k = c.nouns["call"]
    before = [t.low for t in c.tokens[:k] if t.low not in ("the", "a", "an")]
    return c.tokens[k].low in ("phone", "telephone") and bool(before) and before[-1] in ("on", "by", "over", "via")


def events(c: Clause, when: When) -> Optional[Plan]:
    """Visits, calls, meetings, invitations and exports."""
    kind = c.verb_cls if c.verb_cls in ("visit", "call", "meet", "invite", "export", "import") else next(
        (n for n in ("visit", "call", "meet", "invite", "export", "events") if c.has_noun(n)),
        "events" if c.verb_cls == "happen" else None)
    phoned = c.has_noun("call") and (c.verb_cls == "meet" or c.verb_cls == "say" and _by_phone(c))
    if phoned:
        kind = "call"  # "who did Bush talk to on the phone", "did Trump and Xi speak on the phone"
    if kind is None or c.verb_cls in ("say", "support", "oppose", "think", "report") and kind != c.verb_cls \
            and not phoned:
        return None
    owner = next((s for s in c.with_role("poss") if s.possessive), None) if c.verb_cls != kind else None
    # "Xi's invitation": who owns the event noun made it
    doer = _actor(owner or c.first("subj", "poss", "by", "between") or (c.first("from") if kind != "import" else None))
    if kind == "visit":
        place = c.first("obj", "to", "in")
        if place is None and doer is not None and doer.actors and all(
                a.get("kind") in PLACE_KINDS for a in doer.actors):
            doer, place = None, doer  # "the Beijing visit": a place is where one goes
        if place is None and doer is not None:  # "Trump Beijing trip": the other name, a place, is where
            place = next((s for s in c.spots if s is not doer and s.actors and all(
                a.get("kind") in PLACE_KINDS for a in s.actors)), None)
        if when:
            return _plan("events", "events", when, kind="visits", actor=doer, target=place)
        return _plan("events", "visits", actor=doer, place=place)
    if kind in ("export", "import"):
        exporter, buyer = (doer, c.first("to", "obj")) if kind == "export" else (c.first("from"), doer)
        if when:
            return _plan("events", "events", when, kind="exports", actor=exporter, target=buyer)
        return _plan("events", "exports", exporter=exporter, buyer=buyer)
    ends = c.with_role("between")
    target = c.first("obj", "with") or (c.first("to") if kind != "invite" else None) or (
        ends[1] if len(ends) > 1 else None)
    if kind == "events":
        if doer is None and target is None and c.verb_cls == "happen":
            target = c.first("in")  # "what happened in Beijing": events there
        doer = doer or c.first("of", "with", "about", "obj")
        others = [s for s in c.spots if s is not doer]
        target = others[0] if doer and others and c.verb_cls == "happen" else None if doer is target else target
        return _plan("events", "events", when, actor=doer, target=target)
    if target is None and doer is not None:  # "Trump Xi call": the other name is the other end
        loose = [r.spot for r in c.roles if r.role in ("subj", "obj", "poss", "and")]  # not "invite X to Beijing"
        target = next((s for s in loose if s is not doer and s.actors), None)
    names = {"call": "called", "meet": "met", "invite": "invited"}
    return _plan("events", "events", when, kind=names[kind], actor=doer, target=target)
