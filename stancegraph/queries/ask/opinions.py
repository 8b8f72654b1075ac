"""Rules for what actors say and think: stances, statements, timelines and profiles; and the
order every rule is tried in (``plan``)."""
from __future__ import annotations

from typing import Optional

from stancegraph.queries.ask.clause import Clause
from stancegraph.queries.ask.entities import SPEAKER_KINDS
from stancegraph.queries.ask.intents import (DONE_TO, Plan, _actor, _plan, at_least, connections, counts, events,
                                             rankings, reporting)
from stancegraph.queries.ask.lexicon import DISAGREE, REVERSAL
from stancegraph.queries.ask.time import When

_STANCE_VALUE = {"support": "supports", "oppose": "opposes"}


def _sign(c: Clause) -> Optional[str]:
    """support / oppose, or None for "what does X think of Y" and "stances of X"."""
    if c.polarity == "either":
        return None
    sign = c.polarity or (c.verb_cls if c.verb_cls in ("support", "oppose") else None)
    if sign is None and c.verb_cls in (None, "say"):  # "any criticism of X", "who voiced support for X"
        sign = "support" if c.has_noun("support") else "oppose" if c.has_noun("oppose", "disagree") else None
    if sign == "support" and (c.negated or REVERSAL & c.words):
        return "oppose"  # "does not support X", "who called for an end to X"
    return sign


def _negation_read(c: Clause) -> bool:
    """A negation the rules read: "does not support X" is a stance against it."""
    return c.verb_cls == "support" or c.polarity == "support" or c.verb_cls in (None, "say") and c.has_noun("support")


def stances(c: Clause, when: When) -> Optional[Plan]:
    """ "who supports X", "who criticised Blair", "what does Brown think of Y", "stances of X",
    "X's position on Y", "who disagrees about Y"."""
    if (c.verb and c.verb.base in DISAGREE or c.has_noun("disagree")) and not c.with_role("with"):
        return _plan("stance", "disagreements", target=c.first(*DONE_TO), actor=_actor(c.first("subj", "poss")))
    compared = c.verb and c.verb.base in ("compare", "contrast") or c.verb is None and {"vs", "versus"} & c.words
    if compared and c.first("about"):  # "compare Blair and Howard on X", "Xi vs the DPP on X"
        return _plan("stance", "stance-matrix", target=c.first("about"))
    sided = next((s for s in c.with_role("poss") if c.tokens[s.end:s.end + 1] and c.tokens[s.end].low == "side"), None)
    if sided is not None:  # "who's on Blair's side", "who took Xi's side": support for that name
        holder = _actor(c.first("subj"))
        if holder is not None:
            return _plan("stance", "stances", when, actor=holder, target=sided, stance="supports")
        return _plan("stance", "who-supports", target=sided)
    if c.has_noun("matrix"):  # "Kennedy's stance matrix", "the stance matrix for ID cards"
        holder = _actor(c.first("subj", "poss", "by"))
        return _plan("stance", "stance-matrix", target=next((s for s in c.with_role(*DONE_TO) if s is not holder),
                                                            None), actor=holder)
    if c.has_noun("critics", "supporters") and c.verb_cls in (None, "say", "support", "oppose"):
        target = c.first("poss", "of", "obj", "subj")
        if target and c.has_noun("critics") and c.has_noun("supporters"):  # "X's supporters and critics"
            return _plan("stance", "stance-matrix", target=target)
        if target:
            query = "who-opposes" if c.has_noun("critics") else "who-supports"
            return _plan("stance", query, target=target)
    nouns = c.has_noun("stance", "support", "oppose", "disagree")
    if not (c.verb_cls in ("support", "oppose", "think", "stand") or c.polarity or nouns and c.verb_cls in
            (None, "say", "think")):
        return None
    sign = _sign(c)
    by_noun = c.has_noun("stance") and c.verb_cls not in ("think",)
    holder = _actor(c.first("subj", "poss", "by") or (c.first("of") if by_noun else None))
    target = next((s for s in c.with_role(*DONE_TO) if s is not holder), None) or next(
        (s for s in c.spots if s.is_topic), None)  # "who wants tuition fees scrapped": a topic holds no stance
    stance = _STANCE_VALUE.get(sign)
    if target is None and _words(c):  # "who supports tuition fees" with no such topic: who said the words
        return _words_said(c, when, holder)
    if c.trend and holder:  # "X's stance on Y over time", "how has X's position changed"
        plan = _plan("stance", "stance-by-month", actor=holder, target=target)
        plan.fallback = _plan("said", "what-did-they-say", when, speaker=holder, about=target)
        return plan
    if c.verb_cls == "think" and holder and not target:  # "what does Medeiros think": what they said
        return _plan("said", "what-did-they-say", when, speaker=holder)
    if holder or when:
        plan = _plan("stance", "stances", when, actor=holder, target=target, stance=stance)
        if holder and sign is None:
            plan.fallback = _plan("said", "what-did-they-say", when, speaker=holder, about=target)
        return plan
    if target and sign:
        plan = _plan("stance", "who-supports" if sign == "support" else "who-opposes", target=target)
        plan.fallback = _plan("said", "who-said-what", when, subject=target)  # no stance edge: what was said
        return plan
    if c.verb_cls == "think" and target:
        plan = _plan("stance", "stance-matrix", target=target)
        plan.fallback = _plan("said", "who-said-what", when, subject=target)
        return plan
    if sign:
        return _plan("stance", "stances", stance=stance)
    return _plan("stance", "stance-matrix", target=target)


def timeline(c: Clause, when: When) -> Optional[Plan]:
    """ "timeline of X", "when was X discussed"."""
    passive_talk = c.wh == "when" and c.verb_cls in ("say", "discuss", "mention") and (
        c.verb.passive or not c.first("subj", "poss", "by"))
    # "how did coverage of X evolve": how talk of a subject went, no one's stance
    trend = c.trend and c.verb_cls in (None, "say", "discuss", "mention") and not c.has_noun(
        "stance", "support", "oppose") and not [s for s in c.with_role("subj", "poss", "by") if not s.is_topic]
    lows = [t.low for t in c.tokens]
    ordered = c.has_noun("order") and ({"order", "by", "first"} & c.words) and ({"date", "dates", "oldest",
                                                                                   "earliest"} & c.words)
    if not (c.has_noun("timeline") or passive_talk or trend or ordered):
        return None
    subject = c.first(*DONE_TO, "subj", "poss")
    if subject is not None and subject in c.with_role("subj", "poss") and (c.verb_cls == "say" or c.has_noun(
            "say")) and any(a.get("kind") in SPEAKER_KINDS for a in subject.actors) and not {
            "timeline", "chronology", "history"} & set(lows):
        return None  # "Blair's statements in date order": what Blair said, in order
    return _plan("timeline", "timeline", when, subject=subject) if subject else None


def _words(c: Clause) -> Optional[str]:
    """A subject the graph holds no actor or topic for ("tuition fees"), as words to look for
    in what was said: the last word singular, so that "fee" finds "fees" too."""
    phrase = next((u for u in c.unknown if u == u.lower()), None)
    if not phrase:
        return None
    words = phrase.split()
    if len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def _words_said(c: Clause, when: When, speaker) -> Optional[Plan]:
    words = _words(c)
    if not words:
        return None
    plan = _plan("said", "words-said", when, words=words, speaker=speaker)
    plan.note = f"no actor or topic is named {c.unknown[0]!r}: statements using the words {words!r} instead"
    return plan


def said(c: Clause, when: When) -> Optional[Plan]:
    """ "what did Blair say about the election", "who said what about tuition fees",
    "statements by Xi", "who mentioned Iraq"."""
    if not (c.verb_cls in ("say", "discuss", "mention", "think") or c.has_noun("say") or
            c.verb is None and c.has_noun("articles") and c.first("about")):  # "articles about tuition fees"
        return None
    if c.verb and c.verb.index == 0 and c.tokens[0].low == c.verb.base and c.verb.base != "tell":
        return None  # "write a poem about Blair": an order to say something, not a question about it
    if c.verb and c.verb.base == "tell" and {"me", "us"} & c.words and "what" not in c.words:
        return None  # "tell me about X": a profile
    noun_owner = c.first("of") if c.has_noun("say") and not c.verb else None
    speaker = _actor(c.first("subj", "poss", "by", "from") or noun_owner)
    about = next((s for s in c.with_role("about", "obj", "of", "to", "in", "with") if s is not speaker), None) or \
        next((s for s in c.spots if s.is_topic and s is not speaker), None)  # "immigration statements"
    if c.verb and c.verb.base == "tell" and speaker and about is c.first("obj"):
        about = c.first("about")  # "what did Blair tell the BBC": the BBC heard it
    if about is None and _words(c):
        return _words_said(c, when, speaker)
    if speaker:
        plan = _plan("said", "what-did-they-say", when, speaker=speaker, about=about)
        if about:  # nothing said about that subject: all the speaker said, with the note
            plan.fallback = _plan("said", "what-did-they-say", when, speaker=speaker)
        return plan
    if about:
        return _plan("said", "who-said-what", when, subject=about)
    if c.rank or c.wh == "who":
        return _plan("rankings", "top-actors", by_statements=True)
    return None


def profile(c: Clause, when: When) -> Optional[Plan]:
    """ "who is Medeiros", "tell me about the WSJ", "everything about Blair", a bare name."""
    if len(c.spots) != 1 or c.unread:  # "why did Howard resign": "resign" is not understood
        return None
    spot = c.spots[0]
    asked = (c.verb is None or c.verb_cls in ("profile", "say")) and not (set(c.nouns) - {"profile", "actors"})
    if not asked:
        return None
    if spot.is_topic:
        return _plan("said", "who-said-what", when, subject=spot)
    if c.first("from") is spot and c.verb is None and any(a.get("kind") in ("person", "organization")
                                                          for a in spot.actors):
        return _plan("said", "what-did-they-say", when, speaker=spot)  # "anything from Clarke", "the latest from X"
    return _plan("profile", "actor-profile", actor=spot)


def bare_pair(c: Clause, when: When) -> Optional[Plan]:
    """Two names and no verb: "Blair Iraq" is what the first said about the second."""
    if len(c.spots) != 2 or c.verb is not None or c.nouns or c.unread:
        return None
    if c.roles[1].role == c.roles[0].role and not (c.spots[1].is_topic and _actor(c.spots[0])):
        return _plan("connections", "path-between", **{"from": c.spots[0], "to": c.spots[1]})
    if _actor(c.spots[0]):
        return _plan("said", "what-did-they-say", when, speaker=c.spots[0], about=c.spots[1])
    return None


RULES = (counts, rankings, connections, reporting, events, timeline, stances, said, profile, bare_pair)


def plan(c: Clause, when: When) -> Optional[Plan]:
    """The first rule's plan for the clause, or None when no rule can place it."""
    if c.negated and not _negation_read(c):
        return None  # "who did not comment on X", "who never criticised Y": no query lists absences
    if not (c.spots or c.unread or c.wh or c.nouns or c.rank or c.count or when):
        return None  # "thanks!", "great": a word and nothing it is asked of
    for rule in RULES:
        found = rule(c, when)
        if found is not None:
            least = at_least(c) if found.query in ("co-mentions", "stance-matrix") else None
            if least:  # "who appears with Kennedy in at least 2 articles"
                found.params["min"] = least
            return found
    return None
