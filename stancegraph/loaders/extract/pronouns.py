"""Who a pronoun stands for, wherever it stands in a sentence: stance holders and targets,
and the parties of events (through :meth:`.relations.Context.actor_of` / ``target_actor``).

One resolver over what the extractor already knows of the article (its actors, statements
and :class:`.speakers.SpeakerResolver`):

* "I", "we" inside a quote: the quote's speaker;
* "they" outside a quote in what a party or group reports: that party; else, with "their",
  the party or group that was the subject just before, a group of people a plural noun names
  included ("MPs said ... But they rejected ..."; none when that subject is neither);
* "he", "she", "they" as the subject of a passive stance verb are its target ("He was
  criticised by the SNP"), resolved as subjects are, never the agent;
* "he", "it" ... outside a quote in reported speech: the one reporting ("Cruz said he backs");
  no one when the article does not name the one reporting ("A party spokesman said he backs");
* the subject of a verb that governs the pronoun ("Trump said ... that he will visit");
* else, for "he", "she", "his" ..., the person a speaker's "he" would be (the main
  clause's subject first, up to four sentences back: :class:`.speakers.SpeakerResolver`;
  inside a quote only in a named person's words, for a person of known gender); else the
  nearest subject of the right kind in this and the two sentences before;
* "he", "she", "him", "her", "his" only a person of that gender or of none known (given
  names, honorifics: :meth:`.roles.ArticlePeople.fits_pronoun`): "Gordon Brown said she
  opposed Blair" is not Brown's stance;
* inside a quote never its speaker, who would say "I";
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


def _nameless_reporter(ctx, tok, st) -> bool:
    """"A party spokesman said he supported ...", "Rep. Peter King said he ..." with no actor
    found for the name: the subject "he" of the reported clause is the one reporting, whom the
    article does not let us name -- not the person named before (SEESAW train)."""
    if tok.dep_ != "nsubj" or st is None or ctx.in_quote[tok.i] or not st.speaker or st.speaker.actor:
        return False
    last = st.speaker.text.split()[-1].lower() if st.speaker.text.strip() else ""
    return last not in THIRD_PERSON and last not in FIRST_PERSON and last not in ("they", "who") \
        and reported(st)[0] <= tok.idx < st.content.end


def quote_speaker(ctx, tok, st) -> frozenset:
    """Who "he", "him" inside a quote is not: its speaker, who would say "I" ('Brown said: "He
    has always backed Howard"')."""
    if not ctx.in_quote[tok.i] or st is None or not st.speaker or not st.speaker.actor:
        return frozenset()
    return frozenset((st.speaker.actor,))


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
    if low in ("they", "their"):
        return _they(ctx, tok, st)
    want = THIRD_PERSON.get(low)
    if want is None:
        return None, 0.0
    exclude = exclude | quote_speaker(ctx, tok, st)
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
    if want == "person" and _nameless_reporter(ctx, tok, st):
        return None, 0.0
    # "Trump said ... that he will visit Beijing": the subject of a governing verb
    for anc in tok.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            for c in anc.children:
                if c.dep_ == "nsubj" and c.i != tok.i and c.i < tok.i and ok(ctx.actor(c)):
                    return ctx.actor(c), 0.7
    if want == "person" and ctx.speakers is not None:
        # "Tony Blair spoke after Gordon Brown had left. He then backed ...": as a speaker's
        # "he" (:meth:`.speakers.SpeakerResolver.resolve`), the main clause's subject first;
        # inside a quote only in a named person's words and for a person of known gender
        # (SEESAW train: an in-quote "she" had gone to a man of unknown gender)
        a = ctx.speakers.resolve(tok, exclude=exclude)
        said_by = st.speaker.actor if ctx.in_quote[tok.i] and st is not None and st.speaker else None
        named = said_by in ctx.actors and ctx.kind(said_by) == "person"
        if ok(a) and (not ctx.in_quote[tok.i] or people.gender(a) and named):
            return a, 0.55
        if not ctx.in_quote[tok.i]:
            return None, 0.0
    # the nearest earlier mention of that kind in this or the two sentences before
    sent = tok.sent
    floor = sent.start
    for _ in range(2):
        if floor == 0:
            break
        floor = ctx.doc[floor - 1].sent.start
    # subjects only: "Mr. Smith's claim that the council should sell Ms. Lee's house;
    # his criticism of ..." (PolNeAR train shape) is not Lee's criticism
    for k in range(tok.i - 1, floor - 1, -1):
        t = ctx.doc[k]
        a = ctx.actor(t)
        if ok(a) and t.dep_ in ("nsubj", "nsubjpass"):
            return a, 0.55
    return None, 0.0


def as_target(ctx, tok) -> tuple[Optional[str], float]:
    """An object pronoun, or the subject of a passive ("He was criticised by ..."): "him", "her",
    "his" the person it continues, gender-checked
    (:class:`.speakers.SpeakerResolver`); "them" the group that was the subject just before
    ("Republicans voted ...; Mr Obama chided them"), 0.55 at most; never "it", as often the
    bill as the party. Never a clause-mate (:func:`clause_mates`)."""
    low = tok.lower_
    exclude = clause_mates(ctx, tok) | quote_speaker(ctx, tok, ctx.statement_at(tok))
    if low in ("he", "she", "they") and tok.dep_ == "nsubjpass":
        # "He was criticised by the SNP": the subject of a passive is its target, resolved as a
        # subject is, never the agent
        a, conf = resolve(ctx, tok, exclude | _agents(ctx, tok.head))
        return (a, min(conf, 0.7)) if a is not None else (None, 0.0)
    if low in ("him", "her") and ctx.speakers is not None and (named := _named_before(ctx, tok, exclude)):
        return named, 0.7
    if low in ("him", "her", "his") and ctx.speakers is not None:
        a = ctx.speakers.resolve(tok, exclude=exclude)
        return (a, 0.7) if a in ctx.actors else (None, 0.0)
    if low == "them":
        a, conf = resolve(ctx, tok, exclude)
        return (a, min(conf, 0.55)) if a is not None else (None, 0.0)
    return None, 0.0


def _agents(ctx, verb) -> frozenset:
    """The actors of a passive verb's "by" phrase, which its subject is not."""
    found = {ctx.actor_of(p)[0] for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"}
    return frozenset(found - {None})


def _named_before(ctx, tok, exclude: frozenset) -> Optional[str]:
    """"Brown gave an award to Michael Howard, praising him": the nearest person of the pronoun's
    gender its own sentence names before it, when that is no clause-mate; a subject or not."""
    for t in reversed(ctx.doc[tok.sent.start:tok.i]):
        a = ctx.actor(t)
        if a is not None and ctx.kind(a) == "person" and a not in exclude and \
                ctx.speakers.people.fits_pronoun(a, tok.lower_):
            return a
    return None


def _they(ctx, tok, st) -> tuple[Optional[str], float]:
    """"The Lib Dems say they oppose house arrests" (BBC): "they" outside a quote in what a party
    reports is that party (not "their": "Aides said it was the Tories who would have to defend
    their record"); else the subject it goes on with (:func:`_subject_before`)."""
    sp = st.speaker if st is not None and tok.lower_ == "they" else None
    if sp is not None and not ctx.in_quote[tok.i] and sp.actor in ctx.actors and ctx.kind(sp.actor) in PLURAL_KINDS \
            and not ctx.guessed(sp.text, sp.actor) and reported(st)[0] <= tok.idx < st.content.end:
        return sp.actor, 0.75
    return _subject_before(ctx, tok)


def _subject_before(ctx, tok) -> tuple[Optional[str], float]:
    """"The Liberal Democrats held their conference ... They attacked Blair": outside a quote,
    "they" / "their" goes on with the subject of a verb it is under, else the nearest subject
    before it in its sentence, else the main subject of the sentence before -- when that names
    a party or a group of people ("MPs said ... But they rejected ...": the group "MPs"), and is
    no one when it names none ("The committee said ... They ..." is not the party named after
    it)."""
    if ctx.in_quote[tok.i]:
        return None, 0.0
    # the subject of a verb it is under first ("After voicing their support for ID cards, the
    # Liberal Democrats promised ..."), inherited through control and relative clauses
    subj = next((x for x in (ctx.subject(v) for v in tok.ancestors if v.pos_ in ("VERB", "AUX"))
                 if x is not None and not x.left_edge.i <= tok.i <= x.right_edge.i), None)
    sent = tok.sent
    if subj is None:
        subj = next((t for t in reversed(ctx.doc[sent.start:tok.i]) if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and sent.start > 0:
        before = ctx.doc[sent.start - 1].sent
        subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    a = ctx.actor(subj) if subj is not None else None
    if a is None and subj is not None and ctx.described(subj) is None:
        a = ctx.group_of(subj)  # "MPs said ... But they rejected the claim"
    if a is None or ctx.kind(a) not in PLURAL_KINDS or ctx.guessed(subj.text, a):
        return None, 0.0
    return a, 0.6


# ---- "it" -------------------------------------------------------------------------------
# One subject "it", read three ways by what it heads: a speaker ("..., it said") is the one
# organization named just before; a stance's holder does not go on with a nameless body
# ("The committee said ... It blamed ..."); an "it" before a copula and a clause stands for
# the clause ("It is important to support ...", "it was wrong for Congress to hold ...").


def organization_it(doc, cands, tok) -> Optional[str]:
    """"..., the maximum reduction would be one sixth, it said": the organization named in
    this sentence before "it" or in the sentence before (BBC: the Sentencing Guidelines
    Council); none when two are named there (a wrong speaker is worse than none)."""
    sent = tok.sent
    start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    orgs = {c.actor for c in cands if start <= c.start < tok.idx and c.kind == "organization" and c.actor}
    return orgs.pop() if len(orgs) == 1 else None


def nameless_antecedent(ctx, subj) -> bool:
    """"The committee said the regulator should look into ... It blamed the
    agency's management" (BBC): "it" goes on with the main subject of the sentence before, a
    body that is no actor, not with the organization named inside that sentence."""
    if subj is None or subj.lower_ != "it" or subj.sent.start == 0:
        return False
    before = ctx.doc[subj.sent.start - 1].sent
    main = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if main is None or main.pos_ != "NOUN":
        return False
    named = ctx.actor(main)  # "the committee" taken for the party named last is a guess too
    return ctx.described(main) is None if named is None else ctx.guessed(main.text, named)


def extraposed_clauses(copula, word) -> list:
    """The clauses an extraposed "it" stands for, after the copula ``copula`` and the word
    said (``word``, its adjective or noun): "It is vital to back our
    nurses", "it was wrong for the Senate to block the nominee", "it is a disgrace that
    Labour has ..." (the parser hangs "that ..." on the copula, or on the noun as if a
    relative clause)."""
    found = [c for c in copula.children if c.dep_ in ("xcomp", "ccomp", "advcl")] + [
        c for c in word.children if c.dep_ in ("xcomp", "ccomp") or c.dep_ in ("relcl", "acl") and any(
            x.dep_ == "mark" for x in c.children)]
    return [c for c in found if c.pos_ in ("VERB", "AUX") and c.i > copula.i]


#: verbs of holding a place or a state, not of a deed
_STATES = frozenset("have be remain stay keep retain occupy combine".split())


def extraposed_subject(copula, word):
    """"it was wrong for the Senate to block the nominee": the subject of the clause "it" stands
    for (None when there is none: "it would be wrong to wait")."""
    for c in extraposed_clauses(copula, word):
        if c.lemma_.lower() in _STATES and any(x.tag_ == "TO" for x in c.children):
            continue  # "unacceptable for a minister to hold both jobs": the arrangement is judged
        subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ not in ("it", "this", "that"):
            return subj
    return None


def expletive_it(verb, subj) -> bool:
    """"It is vital to back our nurses" (BBC shape): the "it" of an extraposed
    clause stands for the clause, not for the party named before; it holds nothing (not "the
    position is that it opposes unilateral changes" (seed): that "it" is the verb's own)."""
    if subj is None or subj.lower_ != "it" or subj.head.i == verb.i:
        return False
    head = verb.head
    copula = head if head.lemma_ == "be" else head.head
    if copula.lemma_ != "be" or head is not copula and head.dep_ not in ("acomp", "attr"):
        return False
    return verb in extraposed_clauses(copula, head)


def body_they(doc, by_token, tok, depth: int = 0) -> Optional[str]:
    """"The Conservatives say they would abolish fees. They say ..." (BBC): a "they" that
    speaks goes on with the main subject of its sentence before it, else of the sentence
    before, when that subject is an organization or group the article names in the plural;
    none when it is a person, or a plural naming no one ("Opponents say ...", "MPs said ...")."""
    sents = [tok.sent] + ([doc[tok.sent.start - 1].sent] if tok.sent.start > 0 else [])
    for sent in sents:
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        if subj is None:
            continue
        if subj.lower_ == "they":  # "They said ... And they pledged": the first one's
            return body_they(doc, by_token, subj, depth + 1) if depth < 3 else None
        c = by_token.get(subj.i)
        # a plural name ("the Tories", "the Liberal Democrats"): not "The Cabinet Office has
        # confirmed ..., prompting unions to threaten action. They believe ..." (BBC)
        plural = subj.tag_ in ("NNS", "NNPS")
        return c.actor if c is not None and plural and c.kind in ("organization", "group") else None
    return None
