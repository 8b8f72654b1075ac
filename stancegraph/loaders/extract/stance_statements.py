"""Stances a statement takes by what it says: "Howard said Labour had failed" is Michael
Howard against Labour, with the statement as evidence.

An evaluative word of the content (:data:`.stance_lexicon.NEGATIVE_EVAL` /
``POSITIVE_EVAL``) is said of one thing, found in the parse, never of the speaker:

* a verb of its subject: "Labour had failed", "the government lied";
* a predicate of its subject: "Brown's plan is a disaster", "the minister was incompetent";
* a word describing a noun: "this incompetent government";
* what a verb of calling names: "called the scheme a shambles", "described Blair as weak";
* a verb whose object names the fault, of its subject: "had broken his promise";
* a deed judged ("had done a good job"), a credit denied ("their figures did not add up", "could
  not be trusted"), a fault in the passive, of its agent ("neglected by Blair").

The target is the actor that thing names (a name, a role, "he"/"she"), and the actor that
owns it ("Brown's plan" is against Brown and the plan). A negated word ("is not a disaster")
or a question says nothing. Statements without such a word stay plain statements.
"""
from __future__ import annotations

from typing import Iterator, Optional

from stancegraph.graph.model import Relation
from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract import stance_lexicon as lex
from stancegraph.loaders.extract import stances as _st
from stancegraph.loaders.extract.nlp import first_object, first_subject
from stancegraph.loaders.extract.pronouns import extraposed_subject
from stancegraph.loaders.extract.stances import _blocked, _target, owner_of
from stancegraph.loaders.extract.topics import is_issue_head

_CALLING_VERBS = frozenset("call brand label describe dub deem consider find regard term denounce".split())
#: verbs that name someone something: the stance of whoever does the naming
_NAMING_VERBS = frozenset("call brand label describe dub".split())
_LIGHT_VERBS = frozenset("show display make commit tell demonstrate exhibit do".split())
_COPULAS = frozenset("be become remain seem look prove sound".split())
_FIRST_PERSON = frozenset("i me we us my our myself ourselves".split())
#: "does not believe Blair is sincere": the belief's negation is the evaluation's
_BELIEF = frozenset("think believe feel consider".split())
#: what a denial of a clause is said with: "did not accept that", "it was not true that" (not
#: "don't let the Tories wreck it", a fault warned of)
_DENIABLE = frozenset("think believe feel accept agree admit be say claim".split())
#: verbs of a belief held or a claim made: what their subject thinks or says is theirs
#: ("Brown believed Blair had failed", "critics claimed Labour had failed")
_HELD = _BELIEF | frozenset("fear suspect claim allege argue insist say".split())
#: nouns that name a person by what they are or do: "a great chancellor", "a good judge" (BBC
#: politics), "the right choice" (SEESAW train) -- praise of the person, unlike "a great believer in", "good news", "a bad day"
_PERSON_NOUNS = cues.PERSON_ROLES | frozenset("""man woman person politician statesman stateswoman servant
colleague figure campaigner reformer administrator parliamentarian choice pick""".split())


_EVAL_WORDS = lex.NEGATIVE_EVAL | lex.POSITIVE_EVAL | lex.SUBJECT_EVAL_VERBS | frozenset(lex.FAULT_OBJECTS) \
    | frozenset(lex.CREDIT_VERBS)
#: cue verbs of a charge or a complaint: what the content's subject does is held against it
#: ("Howard complained that Labour had ..."); not "warn" (SEESAW train: a party warning that
#: its own leader would hold firm is no stance against him)
_COMPLAINT_CUES = frozenset("""complain charge allege criticize criticise blast slam lament decry
grumble bemoan attack assail""".split())


def find_evaluations(ctx) -> Iterator[Relation]:
    seen: set[tuple[str, str, int]] = set()
    words = [t for t in ctx.tokens_with(_EVAL_WORDS) if _sign(t)]
    for st in ctx.statements:
        if not words:
            break
        if st.speaker is None or st.speaker.actor not in ctx.actors or ctx.guessed(st.speaker.text, st.speaker.actor):
            continue
        for tok in words:
            if not st.content.start <= tok.idx < st.content.end or _blocked(tok):
                continue
            if _not_the_speakers(ctx, tok, st, _sign(tok)):
                continue
            sign, cue, base = _sign(tok), tok.text, 0.6
            if sign > 0 and _explained_away(tok):
                continue
            if _negated(tok):
                # "Blair is not honest" is against Blair; "is not a disaster" says nothing
                if sign < 0:
                    continue
                sign, cue, base = -1, f"not {tok.text}", 0.5
            felt = _harms_speaker(ctx, tok, st.speaker.actor)
            for target, conf in _evaluated(ctx, tok):
                key = (target, st.speaker.actor, tok.sent.start)
                if target == st.speaker.actor or key in seen or felt and target.startswith("topic:"):
                    continue
                seen.add(key)
                yield ctx.relation("SUPPORTS" if sign > 0 else "OPPOSES", st.speaker.actor, target, tok,
                                   cue=cue, polarity=float(sign), confidence=base * conf,
                                   date=ctx.date_of(tok, climb=False))
    yield from _callings(ctx, words)
    yield from _cue_stances(ctx)


def _cue_stances(ctx) -> Iterator[Relation]:
    """"Howard complained that Labour had broken its promise": a cue of complaint or charge is
    against the subject of what it reports; the speaker holds it."""
    for st in ctx.statements:
        if (st.cue_lemma or "") not in _COMPLAINT_CUES or st.cue is None or st.speaker is None or st.speaker.actor not in ctx.actors \
                or ctx.guessed(st.speaker.text, st.speaker.actor):
            continue
        cue = ctx.doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand")
        content = ctx.doc.char_span(st.content.start, st.content.end, alignment_mode="expand")
        if cue is None or content is None or _blocked(cue.root) or _st._negated(cue.root)[0]:
            continue
        root = content.root
        subj = first_subject(root) if root.pos_ in ("VERB", "AUX") else None
        if subj is None:
            continue
        for target, conf in _said_of(ctx, subj):
            if target != st.speaker.actor:
                yield ctx.relation("OPPOSES", st.speaker.actor, target, cue.root,
                                   cue=cue.text, polarity=-1.0, confidence=0.5 * conf,
                                   date=ctx.date_of(cue.root, climb=False))


def _not_the_speakers(ctx, tok, st, sign: int) -> bool:
    """A word in a clause the speaker does not assert: one someone else is said to believe or
    claim ("Kennedy said Brown believed Blair had failed", "critics claimed Labour had failed";
    a pronoun is as often the speaker: kept), or a fault under a denial ("it was not true that
    Brown had broken his promise", "did not accept that Brown had failed")."""
    child = tok
    for anc in tok.ancestors:
        if st.cue is not None and st.cue.start <= anc.idx < st.cue.end:
            return False  # the statement's own cue: what it reports is the speaker's
        if child.dep_ == "ccomp":
            if sign < 0 and anc.lemma_.lower() in _DENIABLE and any(c.dep_ == "neg" or c.lower_ == "never" for c in anc.children):
                return True
            if anc.pos_ == "VERB" and anc.lemma_.lower() in _HELD:
                subj = first_subject(anc)
                if subj is not None and subj.pos_ != "PRON" and ctx.target_actor(subj)[0] != st.speaker.actor:
                    return True
        child = anc
    return False


def _harms_speaker(ctx, verb, speaker: str) -> bool:
    """"he felt the Iraq war had undermined him": a harm the speaker says a thing did to himself is
    how he fares, no stance on the thing (one done by someone is still a charge)."""
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" and (c.lower_ in _FIRST_PERSON or c.pos_ == "PRON" and (
        ctx.actor_of(c)[0] == speaker)) for c in verb.children)


def _explained_away(tok) -> bool:
    """"Labour's previous success came because it tackled the easy part" (BBC): a success
    given a reason is explained away, not praised."""
    return tok.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "because" for m in c.children)
        for c in tok.head.children)


def _callings(ctx, words) -> Iterator[Relation]:
    """"X called Y a disgrace", "branded the minister incompetent", "described Y as weak",
    told or not: the one calling holds the stance toward the one called."""
    for tok in words:
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else tok.head
        called = _quoted_after_named(tok)
        if called is not None:
            verb = called.head
        elif tok.dep_ not in ("oprd", "xcomp", "ccomp", "pobj") and not (tok.dep_ == "amod" and tok.head.dep_ == "oprd"):
            continue
        if verb.lemma_.lower() not in _NAMING_VERBS or verb.pos_ != "VERB" or _negated(tok) or _blocked(verb):
            continue
        called = called or first_object(verb)
        if called is None or called.lower_ in _FIRST_PERSON:
            continue
        negated, aux = _st._negated(verb)
        holder_tok, holder, conf = _st._holder_of(ctx, verb)
        yield from _st._emit(ctx, verb, holder_tok, [called], _sign(tok), cue=f"{verb.text} ... {tok.text}",
                             negated=negated, base=0.7, holder=holder, holder_conf=conf)


def _quoted_after_named(tok):
    """"branded Mr Howard "arrogant and wrong" for ...": a quoted word right after the object
    of a naming verb is what it is named, wherever the parser hung it. The object, or None."""
    i = tok.i - 1
    if i < 1 or tok.doc[i].text not in ('"', "'", "\u201c", "\u2018"):
        return None
    obj = tok.doc[i - 1]
    while obj.dep_ in ("compound", "flat") and obj.head.i > obj.i:
        obj = obj.head
    return obj if obj.dep_ == "dobj" and obj.right_edge.i == i - 1 and obj.head.lemma_.lower() in _NAMING_VERBS else None


def _sign(tok) -> int:
    lemma = tok.lemma_.lower()
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "off":
        return 0  # "families would be worse off": what happens to them, not what they are
    if tok.pos_ == "VERB" and lemma in lex.CREDIT_VERBS:
        # only denied: the praise turns into the charge in find_evaluations ("could not be trusted")
        return +1 if _credit(tok, lex.CREDIT_VERBS[lemma]) and _negated(tok) else 0
    if tok.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in _MAYBE for c in tok.children):
        return 0  # "the Law Society could exploit the rules": a harm that may happen, no charge ("would wreck" is one)
    if tok.pos_ == "VERB" and lemma in lex.FAULT_OBJECTS:
        return -1 if _names_fault(tok, lex.FAULT_OBJECTS[lemma]) else 0
    if tok.pos_ == "VERB":
        if lemma not in lex.SUBJECT_EVAL_VERBS:
            return 0
        return +1 if lemma in lex.POSITIVE_SUBJECT_VERBS else -1
    if tok.pos_ not in ("VERB", "ADJ", "NOUN"):
        return 0
    if lemma in lex.PREDICATE_ONLY_EVAL and tok.dep_ not in ("acomp", "attr") and not _praises_person(tok) \
            and not _judges_deed(tok):
        return 0
    if lemma in lex.NEGATIVE_EVAL or tok.lower_ in lex.NEGATIVE_EVAL:
        return -1
    if lemma in lex.POSITIVE_EVAL or tok.lower_ in lex.POSITIVE_EVAL:
        return +1
    return 0


def _credit(verb, form: str) -> bool:
    """"add up" with its particle, "be trusted" in the passive."""
    if form == "passive":
        return any(c.dep_ == "auxpass" for c in verb.children)
    return any(c.dep_ == "prt" and c.lower_ == form for c in verb.children)


_MAYBE = frozenset("could might may".split())


#: a fault verb said as advice or an infinitive is no fault done ("should turn a blind eye")
_NOT_DONE = frozenset("to should must ought".split())


def _names_fault(verb, objects) -> bool:
    """"broke his promise", "let the pensioners down": the object or particle names the fault;
    said as done, not as an infinitive or advice ("it was not wrong for Labour to ignore the
    warnings", "should turn a blind eye")."""
    if any(c.dep_ == "aux" and c.lower_ in _NOT_DONE for c in verb.children):
        return False
    # "let the pensioners down": the parser hangs a particle after the object as a clause
    return any((c.dep_ == "dobj" or c.dep_ in ("prt", "ccomp") and c.lower_ in lex.FAULT_PARTICLES)
               and c.lemma_.lower() in objects for c in verb.children)


def _praises_person(tok) -> bool:
    """"Brown is a great chancellor", "Scarman was a good and humane judge", "Brown, a great
    chancellor": a predicate-only word on the noun a person is named as."""
    head = tok.head
    if tok.dep_ == "conj" and head.dep_ == "amod":  # "a good and humane judge" parsed from "humane"
        tok, head = head, head.head
    return tok.dep_ == "amod" and head.lemma_.lower() in _PERSON_NOUNS and (
        head.dep_ == "appos" or head.dep_ == "attr" and head.head.lemma_.lower() in _COPULAS)


#: the deeds a predicate-only word judges on the object of "do" / "make": "had done a good job",
#: "made the wrong decision", "did the right thing" (not "had a good week", "a great day")
_DEEDS = frozenset("job thing decision choice call".split())
#: a deed forecast or advised is none done ("should do the right thing", "would make the right call")
_UNDONE = frozenset("to should must ought would could might may will can 'll wo".split())


def _judges_deed(tok) -> bool:
    """"Brown had done a good job", "Blair made the wrong decision": a predicate-only word on
    the deed a light verb's subject did, said as done."""
    head = tok.head
    if tok.dep_ == "conj" and head.dep_ == "amod":  # "a good and thorough job"
        tok, head = head, head.head
    verb = head.head
    return tok.dep_ == "amod" and head.lemma_.lower() in _DEEDS and head.dep_ == "dobj" \
        and verb.lemma_.lower() in ("do", "make") and not any(
            c.dep_ == "aux" and c.lower_.replace("\u2019", "'") in _UNDONE for c in verb.children)


def _negated(tok) -> bool:
    """"is not a disaster", "has not failed", "never lied", "does not think Blair is honest",
    "was not a talented chancellor", "were not hasty and reckless"."""
    tok = _first_predicate(tok)
    verb = tok.head if tok.dep_ in ("attr", "acomp") else tok
    if tok.dep_ == "amod" and tok.head.dep_ == "attr":
        verb = tok.head.head
    for x in (tok, verb, verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _BELIEF else tok):
        if any(c.dep_ == "neg" or c.lower_ in ("never", "hardly") for c in x.children):
            return True
    return False


def _described(ctx, tok) -> Optional[object]:
    """The token an evaluative word is said of (see the module docstring), or None."""
    tok = _first_predicate(tok)
    if tok.pos_ == "VERB":
        return _doer_of(ctx, tok)
    if tok.pos_ == "NOUN":
        # "another Smith lie", "the minister's failure": whose lie, whose failure
        # (not "the Iraq war disaster": a place before a noun owns nothing)
        owner = next((c for c in tok.children if c.dep_ == "poss" or c.dep_ == "compound" and _doer(ctx, c)), None)
        if owner is None:
            # "an incredible blunder by Brown": the doer after "by"
            owner = next((o for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
                          for o in c.children if o.dep_ == "pobj" and _doer(ctx, o)), None)
        if owner is not None:
            return owner
    head = tok.head
    if tok.dep_ in ("acomp", "attr") and head.lemma_.lower() in _COPULAS:
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "expl")), None)
        if subj is not None and subj.lower_ == "it":
            return extraposed_subject(head, tok)
        return subj
    if tok.dep_ == "amod" and head.pos_ in ("NOUN", "PROPN"):
        # "Smith, a decent man": the name the noun is in apposition to; "Brown was a
        # talented chancellor": the subject the noun is said of
        if head.dep_ == "appos" and ctx.actor(head.head) is not None:
            return head.head
        if head.pos_ == "NOUN" and head.lemma_.lower() not in _PERSON_NOUNS and owner_of(ctx, head) is not None:
            # "it was a cynical manoeuvre by the Lib Dems", "showed Labour's authoritarian instincts":
            # the noun's own owner, not the subject of the copula or the light verb
            return head
        if head.dep_ == "attr" and head.head.lemma_.lower() in _COPULAS:
            return next((c for c in head.head.children if c.dep_ == "nsubj"), head)
        if head.dep_ == "dobj" and head.head.lemma_.lower() in _LIGHT_VERBS:
            # "Brown was doing a lousy job": said of who does it
            return next((c for c in head.head.children if c.dep_ == "nsubj"), head)
        return head
    if tok.dep_ in ("oprd", "xcomp", "ccomp") and head.lemma_.lower() in _CALLING_VERBS:
        return next((c for c in head.children if c.dep_ in ("dobj", "nsubj")), None)
    if tok.dep_ == "dobj" and head.lemma_.lower() in _LIGHT_VERBS:
        # "Mr Blair had shown arrogance", "they have made a mess": said of who did it
        return first_subject(head)
    if tok.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in _CALLING_VERBS:
        return first_object(head.head)
    return None


def _doer_of(ctx, verb):
    """Who does what an evaluative verb says: the subject ("Labour had failed"; of the first verb in
    "he ran and failed"), the agent of a passive ("pensioners were neglected by Blair"; the victim,
    with no agent, is no doer), the passive subject of a denied credit ("the Tories could not be trusted")."""
    if verb.lemma_.lower() in lex.CREDIT_VERBS:
        return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if any(c.dep_ == "auxpass" for c in verb.children):
        return next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    return ctx.subject(verb) if verb.dep_ == "conj" else first_subject(verb)


def _first_predicate(tok):
    """"were hasty and reckless", "foolish, arrogant and wrong": a predicate coordinated with another
    stands where the first one does (its subject, its negation); any other word stays itself."""
    top = tok
    while top.dep_ == "conj" and top.pos_ in ("ADJ", "NOUN") and top.head.pos_ in ("ADJ", "NOUN"):
        top = top.head
    return top if top is not tok and top.dep_ in ("acomp", "attr", "oprd") else tok


def _doer(ctx, tok) -> bool:
    """A name of someone who can do things: a person, a party, a body (not a place)."""
    a = ctx.actor(tok)
    return a is not None and ctx.kind(a) in ("person", "organization", "group")


def _evaluated(ctx, tok) -> list[tuple[str, float]]:
    thing = _described(ctx, tok)
    # an issue is judged by a predicate or by what it did, not by a word on its own name ("unfair
    # council tax" names the tax; "a sensible policy emerges" judges none), nor by a forecast
    # ("the war could be illegal", BBC: a warning reported)
    judged = thing is not None and tok.head.i != thing.i and not any(
        c.dep_ == "aux" and c.lower_ in _st._MODAL_DOUBT for c in (tok.head if tok.pos_ != "VERB" else tok).children)
    named = thing is None or not _owned_predicate(tok, thing)
    # a group named with the word ("corrupt officials", "extremist groups") is named, not judged
    grouped = thing is None or tok.head.i != thing.i
    return [x for t in _subjects(thing) for x in _said_of(ctx, t, issue=judged, named=named, grouped=grouped)]


def _owned_predicate(tok, thing) -> bool:
    """"It was a cynical manoeuvre by the Lib Dems", "showed Labour's authoritarian instincts": a
    verdict on an owned noun said as a predicate or a light verb's object, the noun no position.
    It names no topic ("cynical manoeuvre"), only the owner; "Brown's plan was a dodgy plan"
    keeps its plan, and a verdict on a noun elsewhere ("her reckless use of a server") its topic."""
    verb = thing.head
    return tok.dep_ == "amod" and tok.head.i == thing.i and thing.lemma_.lower() not in lex.OWNED_HEADS and (
        thing.dep_ == "attr" and verb.lemma_.lower() in _COPULAS
        or thing.dep_ == "dobj" and verb.lemma_.lower() in _LIGHT_VERBS)


def _subjects(thing) -> list:
    """What a word said of a subject reaches: the noun a relative pronoun stands for ("Blair, who
    had failed the country") and every subject of a coordination ("Blair and Brown had failed")."""
    if thing is None:
        return [None]
    # "who" only: a "that"/"which" clause is as often hung on the wrong noun ("rumours about his
    # record that were unfair", SEESAW train)
    if thing.lower_ == "who" and thing.head.dep_ == "relcl":
        return [thing.head.head]
    # not with the speaker among them: "it would be foolish if we or the Tories ignored it" is
    # a shared duty, no charge
    if thing.dep_ not in ("nsubj", "nsubjpass") or any(t.lower_ in _FIRST_PERSON for t in (thing, *thing.conjuncts)):
        return [thing]
    return [thing, *thing.conjuncts]


def _said_of(ctx, thing, issue: bool = False, named: bool = True, grouped: bool = True) -> list[tuple[str, float]]:
    """The actor a thing names (name, role, "he"/"she"), else its owner and (when ``named``) the
    topic it is."""
    if thing is None or thing.lower_ in _FIRST_PERSON:
        return []
    out = []
    a, conf = ctx.target_actor(thing)
    if a is None and thing.pos_ == "PRON" and thing.lower_ in ("he", "she"):
        # not "it" ("it would be wrong to wait") nor "they": as often no one
        a, conf = ctx.actor_of(thing)
    if a is None and grouped and thing.pos_ in ("NOUN", "PROPN"):
        # "Labour ministers had failed": the party its members in the plural stand for; "ministers
        # had failed": the group the noun names (as stance targets are, stances._target)
        a, conf = ctx.speaking_for(thing) or ctx.group_of(thing), 0.85
    if a is not None:
        out.append((a, conf))
        return out
    owner = owner_of(ctx, thing) if thing.pos_ in ("NOUN", "PROPN") else None
    if owner is not None:
        topic = _target(ctx, thing, owner) if named else None
        if topic is not None and topic != owner:
            out.append((topic, 0.9))
        out.append((owner, 0.85))
    elif issue and thing.dep_ in ("nsubj", "nsubjpass") and thing.pos_ in ("NOUN", "PROPN") and is_issue_head(thing):
        # an issue no one owns: "the ID card scheme is a disaster", "the war in Iraq was illegal"
        topic = _target(ctx, thing, None, issue_only=True)
        if topic is not None:
            out.append((topic, 0.8))
    return out
