"""Who a pronoun stands for, wherever it stands in a sentence: stance holders and targets,
and the parties of events (through :meth:`.relations.Context.actor_of` / ``target_actor``).

One resolver over what the extractor already knows of the article (its actors, statements
and :class:`.speakers.SpeakerResolver`):

* "I", "we" inside a quote: the quote's speaker;
* "they" outside a quote in what a party or group reports: that party;
* "he", "it" ... outside a quote in reported speech: the one reporting ("Cruz said he backs");
* the subject of a verb that governs the pronoun ("Trump said ... that he will visit");
* else the nearest subject of the right kind in this and the two sentences before;
* "he", "she", "him", "her", "his" only a person of that gender or of none known (given
  names, honorifics: :meth:`.roles.ArticlePeople.fits_pronoun`): "Gordon Brown said she
  opposed Blair" is not Brown's stance;
* never a clause-mate: the object "him" of "Brown criticised him" is not Brown, nor "her"
  in "Blair's praise for her" Blair (a pronoun that is no reflexive is not the subject or
  owner of its own verb or noun); the next person it may continue is taken instead.
"""
from __future__ import annotations

from typing import Optional

from stancegraph.graph.model import Statement

FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
THIRD_PERSON = {"he": "person", "him": "person", "his": "person", "she": "person", "her": "person",
                "it": "thing", "its": "thing", "them": "plural"}
THING_KINDS = ("country", "organization", "group")
#: "them" as a target: a party or a group ("Republicans ... chided them"), never a person or a
#: country ("they" as a holder is left alone: BBC "MPs said ... Instead they called for" had
#: become the department the MPs reported on)
PLURAL_KINDS = ("organization", "group")
#: object pronouns, which no clause-mate is: "Brown criticised him"
_OBJECTS = frozenset("him her them".split())


def reported(st: Statement) -> tuple[int, int]:
    """The reported clause of a statement, with the words between its cue and its content:
    'The official U.S. position is that it "opposes ..."' has the quote as content, and "it"
    is still the position holder's."""
    start = st.content.start
    if st.cue is not None and st.cue.end <= start and st.sentence is not None and \
            st.sentence.start <= st.cue.start and start - st.cue.end <= 20:
        start = st.cue.end
    return start, st.content.end


def clause_mates(ctx, tok) -> frozenset:
    """The actors an object pronoun cannot be: the subject (inherited through control and
    coordination) or owner of the verb or noun it is the object of -- "Brown criticised
    him", "Brown was quick to condemn her", "Blair's attack on them"."""
    if tok.lower_ not in _OBJECTS:
        return frozenset()
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ in ("prep", "agent", "dative"):
        head = head.head
    elif tok.dep_ not in ("dobj", "dative"):
        return frozenset()
    mates = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "poss") and c.i != tok.i]
    if head.pos_ in ("VERB", "AUX") and not mates:
        mates = [ctx.subject(head)]
    found = {ctx.actor_of(m)[0] for m in mates if m is not None and m.lower_ not in _OBJECTS}
    return frozenset(found - {None})


def resolve(ctx, tok, exclude: frozenset = frozenset()) -> tuple[Optional[str], float]:
    """The actor a pronoun stands for, with a confidence (see the module docstring)."""
    low = tok.lower_
    st = ctx.statement_at(tok)
    if low in FIRST_PERSON:
        # "I do not support Taiwan independence," inside a quote, is the speaker
        if low == "us" and tok.text == "US":
            return None, 0.0
        if ctx.in_quote[tok.i] and st is not None and st.speaker and st.speaker.actor in ctx.actors:
            return st.speaker.actor, 0.85
        return None, 0.0
    if low == "they":
        return _they(ctx, tok, st)
    want = THIRD_PERSON.get(low)
    if want is None:
        return None, 0.0
    kinds = ("person",) if want == "person" else (PLURAL_KINDS if want == "plural" else THING_KINDS)

    people = ctx.speakers.people if ctx.speakers is not None else None

    def ok(a):
        # "she" is never a person the article marks male ("Gordon Brown said she opposed ...")
        return a is not None and a in ctx.actors and ctx.kind(a) in kinds and a not in exclude and (
            people is None or people.fits_pronoun(a, low))

    # "The official U.S. position is that it opposes ...", "Cruz said he backs ...": in
    # reported speech the pronoun outside any quote is the holder of the position
    if st is not None and not ctx.in_quote[tok.i] and st.speaker and ok(st.speaker.actor) \
            and reported(st)[0] <= tok.idx < st.content.end:
        return st.speaker.actor, 0.75
    # "Trump said ... that he will visit Beijing": the subject of a governing verb
    for anc in tok.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            for c in anc.children:
                if c.dep_ == "nsubj" and c.i != tok.i and c.i < tok.i and ok(ctx.actor(c)):
                    return ctx.actor(c), 0.7
    # the nearest earlier mention of that kind in this or the two sentences before
    sent = tok.sent
    floor = sent.start
    for _ in range(2):
        if floor == 0:
            break
        floor = ctx.doc[floor - 1].sent.start
    # subjects only: "Mr. Trump's assertion that Russia should hack Mrs. Clinton's emails;
    # his criticism of ..." (PolNeAR train) is not Clinton's criticism
    for k in range(tok.i - 1, floor - 1, -1):
        t = ctx.doc[k]
        a = ctx.actor(t)
        if ok(a) and t.dep_ in ("nsubj", "nsubjpass"):
            return a, 0.55
    return None, 0.0


def as_target(ctx, tok) -> tuple[Optional[str], float]:
    """An object pronoun: "him", "her", "his" the person it continues, gender-checked
    (:class:`.speakers.SpeakerResolver`); "them" the group that was the subject just before
    ("Republicans voted ...; Mr Obama chided them"), 0.55 at most; never "it", as often the
    bill as the party. Never a clause-mate (:func:`clause_mates`)."""
    low = tok.lower_
    exclude = clause_mates(ctx, tok)
    if low in ("him", "her", "his") and ctx.speakers is not None:
        a = ctx.speakers.resolve(tok, exclude=exclude)
        return (a, 0.7) if a in ctx.actors else (None, 0.0)
    if low == "them":
        a, conf = resolve(ctx, tok, exclude)
        return (a, min(conf, 0.55)) if a is not None else (None, 0.0)
    return None, 0.0


def _they(ctx, tok, st) -> tuple[Optional[str], float]:
    """"The Lib Dems say they oppose house arrests" (BBC): "they" outside a quote in what a party
    reports is that party; never a mention before ("MPs said ... they called for", BBC)."""
    sp = st.speaker if st is not None else None
    if sp is None or ctx.in_quote[tok.i] or sp.actor not in ctx.actors or \
            ctx.kind(sp.actor) not in PLURAL_KINDS or ctx.guessed(sp.text, sp.actor):
        return None, 0.0
    return (sp.actor, 0.75) if reported(st)[0] <= tok.idx < st.content.end else (None, 0.0)
