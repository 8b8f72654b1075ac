"""Event edges between actors: VISITS, CALLED, MET, INVITED, EXPORTS_TO, LEADS.

Each rule reads one construction of news English, names the trigger words as the edge's
cue, and takes date and status from the trigger's clause (:meth:`Context.date_of`,
:meth:`Context.status_of`):

* VISITS — "he will visit Beijing", "make a state visit to the United States", "Trump's
  trip to China", "travelled to Tokyo", "arrived in Seoul" (people only for the last two);
* CALLED — "spoke with Xi", "had a call with President Xi", "Trump called Xi", and who
  placed it: "the call was initiated by President Xi" (direction initiator -> other party);
* MET — "met (with) X", "X and Y met", "the U.S.-China summit on October 30", "talks
  between X and Y", with the place ("in Busan") as detail;
* INVITED — "Xi invited me to visit Beijing", "accepted Xi's invitation";
* EXPORTS_TO — "U.S. agricultural exports to China", "load U.S. soybeans for export to
  China", "exports of U.S. soybeans and sorghum", "China buys soybeans from the U.S.",
  with the goods as detail; mentions of one trade that name only one side are joined to
  the article's edge for that side when it has exactly one (:mod:`.exports`);
* LEADS — "Chinese President Xi Jinping", "U.S. President Donald Trump" (a head-of-state
  or head-of-organisation title with its country or organisation); "former" and "then-"
  make it status ``done``.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from stancegraph.graph.model import Relation
from stancegraph.loaders.extract.exports import exports_to
from stancegraph.loaders.extract.nlp import ents_of, first_object, first_subject, tokens_with
from stancegraph.loaders.extract.parties import PARTY_KINDS, PLACE_KINDS, owner_of, pobj, source_of, with_conj

VISIT_NOUNS = frozenset("visit trip tour".split())
MOVE_VERBS = {"travel": "to", "fly": "to", "arrive": "in"}
CALL_NOUNS = frozenset("call phone-call conversation".split())
MEET_NOUNS = frozenset("summit meeting talks meet".split())
MEET_LIGHT_VERBS = frozenset("hold have attend host begin start open end conclude".split())
#: titles that make their holder the leader of the country or organisation named with them
LEAD_ROLES = frozenset("""
president premier chancellor king queen emperor leader chairman chairwoman chair ceo governor mayor
prime-minister
""".split())
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PAST_MARKS = {"former", "then", "ex", "late", "onetime", "erstwhile"}


def find_events(ctx) -> Iterator[Relation]:
    words = frozenset(["visit", "speak", "talk", "call", "phone", "telephone", "initiate", "meet", "invite",
                              "accept", *MOVE_VERBS, *VISIT_NOUNS, *CALL_NOUNS, *MEET_NOUNS])
    calls: list[Relation] = []
    initiators = []
    leads = list(_leads(ctx))
    leaders = _current_leaders(leads)
    for tok in tokens_with(ctx.doc, words):
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB":
            if lemma == "visit":
                yield from _visit_verb(ctx, tok)
            elif lemma in MOVE_VERBS:
                yield from _move_verb(ctx, tok, MOVE_VERBS[lemma])
            elif lemma in ("speak", "talk"):
                calls.extend(_speak(ctx, tok))
            elif lemma in ("call", "phone", "telephone"):
                calls.extend(_call_verb(ctx, tok))
            elif lemma == "initiate":
                initiators.append(tok)
            elif lemma == "meet":
                yield from _meet_verb(ctx, tok)
            elif lemma == "invite":
                yield from _invite(ctx, tok)
            elif lemma == "accept":
                yield from _accept_invitation(ctx, tok)
        elif tok.pos_ in ("NOUN", "PROPN"):
            if lemma in VISIT_NOUNS:
                yield from _visit_noun(ctx, tok)
            elif lemma in CALL_NOUNS:
                calls.extend(_call_noun(ctx, tok))
            elif lemma in MEET_NOUNS:
                yield from _meet_noun(ctx, tok, leaders)
    yield from calls
    for tok in initiators:
        yield from _initiated(ctx, tok, calls)
    yield from exports_to(ctx)
    yield from leads


# ---- VISITS ------------------------------------------------------------------------------


def _visit_rel(ctx, trigger, clause, source, target, conf, cue, detail=None):
    date = ctx.date_of(trigger, prefer="future")
    status = ctx.status_of(clause, date[0])
    if status == "done" and date[0] is None:
        date = ctx.date_of(trigger, prefer="past")
    elif status != "planned" and date[0] is not None and ctx.published and date[0] < ctx.published[:len(date[0])]:
        date = ctx.date_of(trigger, prefer="past")
        status = ctx.status_of(clause, date[0])
    return ctx.relation("VISITS", source, target, trigger, cue=cue, date=date, status=status,
                        confidence=conf, detail=detail)


def _visit_verb(ctx, verb) -> Iterator[Relation]:
    """"he will visit Beijing in April next year" (seed), "invited me to visit Beijing"."""
    source, conf = source_of(ctx, verb, ("person", "country", "organization", "group"))
    if source is None:
        return
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for o in with_conj(obj):
            target, _ = ctx.actor_of(o, PLACE_KINDS + ("person",))
            if target is not None and target != source:
                yield _visit_rel(ctx, verb, verb, source, target, 0.85 * conf, verb.text)


def _move_verb(ctx, verb, prep: str) -> Iterator[Relation]:
    """"Trump travelled to Tokyo", "Xi arrived in Moscow": people only (goods travel too)."""
    source, conf = source_of(ctx, verb, ("person",))
    if source is None:
        return
    obj = pobj(verb, (prep,))
    if obj is None:
        return
    target, _ = ctx.actor_of(obj, ("country", "place"))
    if target is not None:
        yield _visit_rel(ctx, verb, verb, source, target, 0.75 * conf, f"{verb.text} {prep}")


def _visit_noun(ctx, noun) -> Iterator[Relation]:
    """"(President Xi) will make a state visit to the United States sometime next year" (seed)."""
    obj = pobj(noun, ("to",))
    if obj is None and noun.head.pos_ in ("VERB", "AUX"):
        obj = pobj(noun.head, ("to",))
    if obj is None:
        return
    target, _ = ctx.actor_of(obj, PLACE_KINDS)
    source, conf, clause = owner_of(ctx, noun)
    if target is None or source is None or source == target:
        return
    kind = " ".join(c.text for c in noun.children if c.dep_ in ("compound", "amod") and c.lower_ in
                    ("state", "official", "working", "private", "first"))
    detail = f"{kind} visit" if kind else None
    cue = (clause.text + " " if clause is not noun else "") + (kind + " " if kind else "") + noun.text
    yield _visit_rel(ctx, noun, clause, source, target, 0.8 * conf, cue, detail)


# ---- CALLED ------------------------------------------------------------------------------


def _call_rel(ctx, trigger, clause, source, target, conf, cue, detail=None):
    date = ctx.date_of(trigger, prefer="past")
    status = ctx.status_of(clause, date[0]) or "done"
    return ctx.relation("CALLED", source, target, trigger, cue=cue, date=date, status=status,
                        confidence=conf, detail=detail)


def _speak(ctx, verb) -> list[Relation]:
    """"after speaking with Chinese President Xi Jinping" (seed): CALLED, "spoke with"."""
    other = pobj(verb, ("with", "to"))
    if other is None:
        return []
    source, conf = source_of(ctx, verb, ("person", "country"))
    target, _ = ctx.actor_of(other, ("person", "country"))
    if source is None or target is None or source == target:
        return []
    return [_call_rel(ctx, verb, verb, source, target, 0.7 * conf, f"{verb.text} {other.head.text}", "spoke with")]


def _call_verb(ctx, verb) -> list[Relation]:
    """"Trump called Xi" — not "called the call 'a follow-up'" (seed), "called for", "called on"."""
    def appeal(c):  # "called for calm", "called on China to ...", but not "called him on Monday"
        return c.dep_ == "prep" and (c.lower_ == "for" or c.lower_ == "on" and not any(
            p.ent_type_ in ("DATE", "TIME") for p in c.children))
    if any(c.dep_ in ("oprd", "xcomp", "ccomp", "nsubjpass") or appeal(c) for c in verb.children):
        return []
    obj = first_object(verb)
    if obj is None:
        return []
    target, _ = ctx.actor_of(obj, ("person",))
    source, conf = source_of(ctx, verb, ("person", "country"))
    if source is None or target is None or source == target:
        return []
    return [_call_rel(ctx, verb, verb, source, target, 0.75 * conf, verb.text)]


def _call_noun(ctx, noun) -> list[Relation]:
    """"I just had a very good call with President Xi" (seed), "a call between X and Y"."""
    if noun.tag_ == "NNS":
        return []  # "persistent calls to supplement ..." (seed): appeals, not phone calls
    other = pobj(noun, ("with",))
    if other is not None:
        source, conf, clause = owner_of(ctx, noun, ("person", "country"))
        target, _ = ctx.actor_of(other, ("person", "country"))
        if source is None or target is None or source == target:
            return []
        return [_call_rel(ctx, noun, clause, source, target, 0.8 * conf, f"{clause.text} call with"
                          if clause is not noun else "call with")]
    first = pobj(noun, ("between",))
    if first is not None:
        parties = [a for a in (ctx.actor_of(t, ("person", "country"))[0] for t in with_conj(first)) if a]
        if len(parties) == 2 and parties[0] != parties[1]:
            return [_call_rel(ctx, noun, noun, parties[0], parties[1], 0.75, "call between")]
    return []


def _initiated(ctx, verb, calls: list[Relation]) -> Iterator[Relation]:
    """"According to The Wall Street Journal (WSJ), the call was initiated by President Xi." (seed)

    The call is the one the article has been telling: the other party is the one Xi was
    on the call with in an earlier CALLED edge.
    """
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    if subj is None or agent is None:
        subj = first_object(verb)
        agent = first_subject(verb)
    if subj is None or agent is None or subj.lemma_.lower() not in CALL_NOUNS:
        return
    caller, conf = ctx.actor_of(agent, ("person", "country"))
    if caller is None:
        return
    others = [r for r in calls if caller in (r.source, r.target)]
    if not others:
        return
    prev = max(others, key=lambda r: (r.sentence.start < verb.idx, len(r.date or ""), r.sentence.start))
    callee = prev.target if prev.source == caller else prev.source
    detail = "initiated the call"
    st = ctx.statement_at(verb)
    if st is not None and st.speaker and st.speaker.actor in ctx.actors:
        detail += " according to " + ctx.actors[st.speaker.actor].name
    rel = _call_rel(ctx, verb, verb, caller, callee, 0.8 * conf, f"{subj.text} was {verb.text} by"
                    if subj.dep_ == "nsubjpass" else verb.text, detail)
    if rel.date is None and prev.date:
        rel.date, rel.date_text = prev.date, prev.date_text
    yield rel


# ---- MET ---------------------------------------------------------------------------------


def _place(ctx, tok, parties) -> Optional[str]:
    for prep in ("in", "at"):
        p = pobj(tok, (prep,))
        if p is not None:
            a, _ = ctx.actor_of(p, ("place", "country"))
            if a is not None and a not in parties:
                return ctx.actors[a].name
    return None


def _met_rel(ctx, trigger, clause, parties, conf, cue, noun=None):
    date = ctx.date_of(trigger, prefer="past")
    status = ctx.status_of(clause, date[0])
    if status == "planned":
        date = ctx.date_of(trigger, prefer="future")
    place = _place(ctx, trigger, parties) or (_place(ctx, clause, parties) if clause is not trigger else None)
    if place is None and noun is not None:
        for c in noun.children:  # "the Busan summit"
            if c.dep_ == "compound":
                a, _ = ctx.actor_of(c, ("place",))
                if a is not None and a not in parties:
                    place = ctx.actors[a].name
    what = noun.lemma_.lower() if noun is not None else "met"
    detail = f"{what} in {place}" if place else (what if noun is not None else None)
    return ctx.relation("MET", parties[0], parties[1], trigger, cue=cue, date=date, status=status or "done",
                        confidence=conf, detail=detail)


def _meet_verb(ctx, verb) -> Iterator[Relation]:
    """"Trump met Xi in Busan", "met with Xi", "Trump and Xi met", "the two leaders met"."""
    subj = ctx.subject(verb)
    if subj is None:
        return
    pair = named_together(ctx, subj) if _is_plural_people(subj) else []
    if len(pair) == 2 and not any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        yield _met_rel(ctx, verb, verb, pair, 0.7, f"{subj.text} {verb.text}")
        return
    source, conf = ctx.actor_of(subj, PARTY_KINDS)
    other = first_object(verb) or pobj(verb, ("with",))
    if other is None:
        conj = [c for c in subj.children if c.dep_ == "conj"]
        other = conj[0] if conj else None
    if source is None or other is None:
        return
    for o in with_conj(other):
        target, _ = ctx.actor_of(o, PARTY_KINDS)
        if target is not None and target != source:
            yield _met_rel(ctx, verb, verb, [source, target], 0.8 * conf, verb.text)


def _meet_noun(ctx, noun, leaders: dict[str, str]) -> Iterator[Relation]:
    """"the U.S.-China summit on October 30", "last month's U.S.-China summit in Busan" (seed),
    "their summit in Busan", "the two leaders' meeting"."""
    parties: list[str] = []
    for c in noun.children:
        if c.dep_ in ("compound", "nmod", "amod") and len(ctx.actors_at[c.i]) >= 2:
            parties = [a for a in ctx.actors_at[c.i] if ctx.kind(a) in PARTY_KINDS]
        elif c.dep_ == "poss" and _is_plural_people(c):
            parties = named_together(ctx, c)
    first = pobj(noun, ("between",))
    if not parties and first is not None:
        parties = [a for a in (ctx.actor_of(t, PARTY_KINDS)[0] for t in with_conj(first)) if a]
    clause = noun
    if not parties:
        other = pobj(noun, ("with",))
        if other is not None:
            source, conf, clause = owner_of(ctx, noun)
            target, _ = ctx.actor_of(other, PARTY_KINDS)
            if source is not None and target is not None:
                parties = [source, target]
    parties = list(dict.fromkeys(parties))
    if len(parties) != 2:
        return
    # a summit is a meeting of leaders: "the U.S.-China summit" is the one the article's
    # President Trump and President Xi held, not a meeting of two countries (seed)
    if noun.lemma_.lower() == "summit" and all(p in leaders for p in parties):
        parties = [leaders[p] for p in parties]
    if noun.head.pos_ in ("VERB", "AUX") and noun.dep_ == "dobj" and noun.head.lemma_.lower() in MEET_LIGHT_VERBS:
        clause = noun.head
    elif clause is noun:
        clause = noun.head if noun.head.pos_ in ("VERB", "AUX") else noun
    yield _met_rel(ctx, noun, clause, parties, 0.75, noun.text, noun)


_PLURAL_PRONOUNS = frozenset("they them their".split())
_PEOPLE_NOUNS = frozenset("leader president men women pair".split())


def _is_plural_people(tok) -> bool:
    """"they", "their", "the two leaders": a plural that stands for people named before."""
    if tok.lower_ in _PLURAL_PRONOUNS:
        return True
    return tok.lemma_.lower() in _PEOPLE_NOUNS and tok.tag_ == "NNS" and any(
        c.dep_ == "nummod" and c.lower_ in ("two", "2", "both") or c.lower_ == "both" for c in tok.children)


def named_together(ctx, tok) -> list[str]:
    """The two persons a plural stands for: those named together in the nearest sentence
    before it that names persons ("Trump spoke with Xi on Monday. It was their first call
    since their summit in Busan"). Not two when that sentence names one or three."""
    doc = ctx.doc
    sent = tok.sent
    for _ in range(3):
        end = tok.i if sent.start <= tok.i < sent.end else sent.end
        persons = list(dict.fromkeys(a for t in doc[sent.start:end] for a in ctx.actors_at[t.i]
                                     if ctx.kind(a) == "person"))
        if persons:
            return persons if len(persons) == 2 else []
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    return []


def _current_leaders(leads: list[Relation]) -> dict[str, str]:
    """Country or organisation -> the one person the article names as its present leader."""
    by_org: dict[str, set[str]] = {}
    for r in leads:
        if r.status != "done":
            by_org.setdefault(r.target, set()).add(r.source)
    return {org: next(iter(people)) for org, people in by_org.items() if len(people) == 1}


# ---- INVITED -----------------------------------------------------------------------------


def _invite(ctx, verb) -> Iterator[Relation]:
    """"President Xi invited me to visit Beijing in April (next year)" (seed)."""
    obj = first_object(verb)
    if obj is None:
        return
    source, conf = source_of(ctx, verb, PARTY_KINDS)
    target, tconf = ctx.actor_of(obj, PARTY_KINDS)
    if source is None or target is None or source == target:
        return
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    detail = None
    if xcomp is not None:
        # "to visit Beijing": the verb and its object, not the dates of the visit
        words = [c for c in xcomp.children if c.dep_ == "aux" and c.i < xcomp.i] + [xcomp]
        obj = first_object(xcomp)
        detail = " ".join(t.text for t in words) + (" " + ctx.doc[obj.left_edge.i:obj.i + 1].text if obj is not None else "")
    date = ctx.date_of(verb, prefer="past", climb=False)
    yield ctx.relation("INVITED", source, target, verb, cue=verb.text, date=date,
                       status=ctx.status_of(verb, date[0]) or "done", confidence=0.85 * min(conf, tconf),
                       detail=detail)


def _accept_invitation(ctx, verb) -> Iterator[Relation]:
    """"Trump accepted Xi's invitation to visit Beijing"."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "invitation"), None)
    if obj is None:
        return
    poss = next((c for c in obj.children if c.dep_ == "poss"), None)
    if poss is None:
        return
    inviter, conf = ctx.actor_of(poss, PARTY_KINDS)
    guest, gconf = source_of(ctx, verb, PARTY_KINDS)
    if inviter is None or guest is None or inviter == guest:
        return
    yield ctx.relation("INVITED", inviter, guest, verb, cue=f"{verb.text} {poss.text}'s invitation",
                       date=ctx.date_of(verb, climb=False), status="done", confidence=0.8 * min(conf, gconf))


# ---- LEADS -------------------------------------------------------------------------------


def _leads(ctx) -> Iterator[Relation]:
    """"Chinese President Xi Jinping", "then-Chinese President Jiang Zemin" (seed)."""
    doc = ctx.doc
    seen = set()
    for ent in ents_of(doc):
        if ent.label_ != "PERSON":
            continue
        person = ctx.actor(ent.root)
        if person is None or ctx.kind(person) != "person":
            continue
        role, org, past = None, None, False
        k = ent.start - 1
        # "U.S. President Donald Trump": the parser may end a sentence after "U.S." (seed);
        # the title runs back to the line start, not the sentence start
        while k >= 0 and ent.start - k <= 6 and "\n" not in doc[k].text_with_ws:
            t = doc[k]
            low = t.lower_
            if low == "minister" and k > 0 and doc[k - 1].lower_ == "prime":
                role = role or "prime minister"
                k -= 2
                continue
            if low in LEAD_ROLES and not t.ent_type_:
                role = role or low
            elif ctx.actors_at[t.i] and len(ctx.actors_at[t.i]) == 1:
                a = ctx.actors_at[t.i][0]
                if ctx.kind(a) in ("country", "organization") and org is None and role is not None:
                    org = a
                elif ctx.kind(a) not in ("country", "organization"):
                    break
            elif low in _PAST_MARKS or t.text in ("-", ".") or low.rstrip("-") in _PAST_MARKS:
                past = past or low.rstrip("-") in _PAST_MARKS
            elif t.dep_ == "det" or t.is_space:
                pass
            else:
                break
            k -= 1
        if role is None or org is None or (person, org, past) in seen:
            continue
        seen.add((person, org, past))
        # "U.S. President George W. Bush ... after the September 11, 2001 terrorist attacks"
        # (seed): a title in a sentence about an earlier year is a past leadership
        date: tuple = (None, None)
        years = _YEAR.findall(ent.sent.text)
        dated_past = bool(years and ctx.published and max(years) < ctx.published[:4])
        if dated_past:
            date = (max(years), max(years))
        yield ctx.relation("LEADS", person, org, ent.root, cue=doc[k + 1:ent.start].text.strip(),
                           status="done" if past or dated_past else None, date=date,
                           detail=("former " if past else "") + role, confidence=0.85)
