"""Stance nouns with no owner whose holder the grammar gives (issue 18: on BBC most stance nouns
have no owner in the parse, :mod:`.stances` reads only owned or expressed ones).

* a stance phrase on a clause: "Howard spoke out, in a swipe at Blair", "in support of",
  "in defiance of", "in protest at": the clause's subject (or the statement's speaker) holds
  it, the noun's object is the target;
* a stance received: "Blair came under fire from Howard", "faced criticism from", "drew
  criticism from", "won the backing of": the one it comes from holds it toward the subject;
* a light verb with its own preposition: "heaped praise on", "threw his support behind";
* a stance answered: "Blair rejected the Conservative attack", "replying to Kennedy's
  criticisms, Blair said": its owner holds it toward the one who answers.
"""
from __future__ import annotations

from typing import Iterator

from stancegraph.graph.model import Relation
from stancegraph.loaders.extract import stance_lexicon as lex
from stancegraph.loaders.extract.nlp import first_subject
from stancegraph.loaders.extract.stances import _blocked, _emit, _holder_of, _negated, owner_of

#: the nouns' own target prepositions, by sign ("a swipe at", "in support of")
_TARGET_PREPS = {+1: ("of", "for", "to"), -1: ("at", "on", "to", "of", "against")}
#: feelings, not acts: "found him in contempt of court" is a charge, not a stance phrase
_STATE_NOUNS = frozenset("contempt hostility distrust mistrust scepticism skepticism admiration loyalty".split())
#: verbs whose object is a stance someone else holds toward the subject
_RECEIVE_VERBS = frozenset("""face draw attract win receive earn gain get secure have enjoy experience encounter
suffer""".split())
#: light verbs whose preposition carries the target: "heaped praise on", "threw support behind"
_LIGHT_PREPS = {("heap", "on"), ("shower", "on"), ("lavish", "on"), ("pour", "on"), ("throw", "behind"),
                ("put", "behind")}
#: answers to an attack, and the attacks they answer
_ANSWER_VERBS = frozenset("dismiss reject rebuff rebut counter deny answer shrug brush".split())
_ANSWER_PREPS = {("respond", "to"), ("reply", "to"), ("hit", "at")}
_ANSWERED_NOUNS = frozenset("""criticism attack accusation jibe swipe dig broadside tirade rebuke condemnation
denunciation""".split())
_UNDONE = {"would", "could", "might", "may", "must", "should"}
_WORDS = lex.POSITIVE_NOUNS | lex.NEGATIVE_NOUNS | lex.PHRASE_NOUNS | {"fire"}


def find_nominal(ctx) -> Iterator[Relation]:
    for noun in ctx.tokens_with(_WORDS):
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or noun.dep_ in ("compound", "amod"):
            continue
        sign = +1 if lemma in lex.POSITIVE_NOUNS else -1
        if lemma != "fire" and lemma not in _STATE_NOUNS and not _blocked(noun):
            yield from _on_clause(ctx, noun, sign)
        if lemma not in lex.PHRASE_NOUNS:
            yield from _received(ctx, noun, sign)
        if sign > 0 and not _blocked(noun):
            yield from _light_verb(ctx, noun)
        if lemma in _ANSWERED_NOUNS:
            yield from _answered(ctx, noun)


def _prep(tok, words):
    return next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in words), None)


def _objects(prep) -> list:
    return [c for c in prep.children if c.dep_ == "pobj"] if prep is not None else []


def _two_guesses(holder_tok, objects) -> bool:
    """"he lavished praise on him": both ends guessed at in one clause, and the resolver picks the
    last name for both as often as not (BBC)."""
    return holder_tok is not None and holder_tok.pos_ == "PRON" and any(o.pos_ == "PRON" for o in objects)


def _owned(ctx, noun) -> bool:
    """An owner or a source the stance rules read already: "Brown's attack", "a Labour attack",
    "criticism from Labour"."""
    return any(c.dep_ == "poss" or c.dep_ in ("compound", "amod") and c.i < noun.i and ctx.actor(c) is not None
               or c.dep_ == "prep" and c.lower_ == "from" for c in noun.children)


def _on_clause(ctx, noun, sign: int) -> Iterator[Relation]:
    """"Howard spoke out, in a swipe at Blair", "opened the debate with an attack on Blair":
    "in" or "with" + stance noun hung on a verb."""
    prep_in, verb = noun.head, noun.head.head
    if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
        verb = verb.head  # the parser hangs "in protest" on the object: "left the meeting in protest at"
    if noun.dep_ != "pobj" or prep_in.lower_ not in ("in", "with") or prep_in.dep_ != "prep" or verb.pos_ not in (
            "VERB", "AUX"):
        return
    if _owned(ctx, noun) or _blocked(verb) or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return  # "was hurt in an attack on": a victim holds nothing
    # "with the backing of Brown" names who backs ("in support of Brown" what is backed)
    preps = ("for", "to") if sign > 0 and prep_in.lower_ == "with" else _TARGET_PREPS[sign]
    prep = _prep(noun, preps) or next((c for c in verb.children if c.i == noun.i + 1 and c.dep_ == "prep"
                                       and c.lower_ in preps), None)
    # "in protest at schools being closed": the protest is at what happens to them, not at them;
    # "an attack on the Commons floor": "on" a thing is where it was made (one owned is not:
    # "an attack on Labour's tax plans")
    objects = [o for o in _objects(prep) if not any(c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") for c in o.children)
               and (prep.lower_ != "on" or ctx.target_actor(o)[0] is not None or owner_of(ctx, o) is not None)]
    if not objects:
        return
    negated, aux = _negated(verb)
    holder_tok, holder, conf = _holder_of(ctx, verb)
    if _two_guesses(holder_tok, objects):
        return
    cue = " ".join(w for w in (aux, verb.text, prep_in.text, noun.text, prep.text) if w)
    yield from _emit(ctx, noun, holder_tok, objects, sign, cue=cue, negated=negated, base=0.75,
                     holder=holder, holder_conf=conf)


def _received(ctx, noun, sign: int) -> Iterator[Relation]:
    """"Blair came under fire from Howard", "faced criticism from Kennedy", "won the backing of
    Kennedy", "won the seat with the backing of Brown": the source holds the stance toward the
    subject."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "under" and verb.head.lemma_.lower() in ("come", "be"):
        verb = verb.head  # "came under fire / attack from"
    elif noun.dep_ == "pobj" and verb.lower_ == "with" and verb.head.lemma_.lower() == "meet":
        verb = verb.head  # "the plans have met with opposition from"
    elif noun.dep_ == "pobj" and verb.lower_ == "with" and sign > 0 and verb.head.pos_ == "VERB":
        verb = verb.head  # "won the seat with the backing of Brown"
    elif noun.lemma_.lower() == "fire" or noun.dep_ != "dobj" or verb.lemma_.lower() not in _RECEIVE_VERBS:
        return
    if any(c.dep_ == "poss" for c in noun.children) or _prep(noun, ("for", "to", "on", "at", "against")):
        return  # "won Brown's support", "had the support of the party for the plan"
    source = _prep(noun, ("from",) + (("of",) if sign > 0 else ())) or _prep(verb, ("from",))
    subj = first_subject(verb)
    if subj is not None and not _standing(ctx, subj):
        return  # "the statement on Tuesday won praise": what a mere event receives says little
    # "won the backing of" is done, "to win the backing of" a goal ("win" is a wish verb of
    # :mod:`.stance_blocks`, so the verb and not the noun is checked)
    if source is None or subj is None or _blocked(verb) or any(
            c.dep_ == "aux" and (c.tag_ == "TO" or c.lower_ in _UNDONE) for c in verb.children):
        return
    negated, aux = _negated(verb)
    cue = " ".join(w for w in (aux, verb.text, noun.text, source.text) if w)
    for holder_tok in _objects(source):
        if not _two_guesses(holder_tok, [subj]):
            yield from _emit(ctx, noun, holder_tok, [subj], sign, cue=cue, negated=negated, base=0.75)


def _standing(ctx, subj) -> bool:
    """A target that can receive a stance: an actor, a plan or a named text ("the Bill")."""
    return ctx.actor(subj) is not None or subj.pos_ in ("PROPN", "PRON") or subj.lemma_.lower() in lex.PLAN_NOUNS


def _light_verb(ctx, noun) -> Iterator[Relation]:
    """"heaped praise on Brown", "threw his support behind Brown"."""
    verb = noun.head
    if noun.dep_ != "dobj" or _prep(noun, _TARGET_PREPS[+1]):
        return
    prep = next((c for c in list(verb.children) + list(noun.children) if c.dep_ == "prep"
                 and (verb.lemma_.lower(), c.lower_) in _LIGHT_PREPS), None)
    objects = _objects(prep)
    if not objects or _blocked(verb):
        return
    negated, aux = _negated(verb)
    holder_tok, holder, conf = _holder_of(ctx, verb)
    if _two_guesses(holder_tok, objects):
        return
    cue = " ".join(w for w in (aux, verb.text, noun.text, prep.text) if w)
    yield from _emit(ctx, noun, holder_tok, objects, +1, cue=cue, negated=negated, base=0.75,
                     holder=holder, holder_conf=conf)


def _answered(ctx, noun) -> Iterator[Relation]:
    """"Blair rejected the Conservative attack", "hit back at Tory criticism", "Replying to
    Kennedy's criticisms, Blair said": the attack's owner against the one answering it (an
    attack with its own target, "Howard's attack on Kennedy", is read by :mod:`.stances`)."""
    verb = noun.head
    if noun.dep_ == "pobj" and (verb.head.lemma_.lower(), verb.lower_) in _ANSWER_PREPS:
        verb = verb.head
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in _ANSWER_VERBS:
        return
    if any(c.dep_ == "prep" and c.lower_ != "from" for c in noun.children):
        return  # "rejected the accusations of spin": "of" names the charge as often as the accuser
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ in ("compound", "amod")
                  and c.i < noun.i and ctx.actor(c) is not None), None)
    owner = owner or next(iter(_objects(_prep(noun, ("from",)))), None)
    subj = ctx.subject(verb.head if verb.dep_ == "advcl" else verb)
    # the verb, not the noun, is checked: a denial blocks what it denies (:mod:`.stance_blocks`),
    # not the attack that was there to be denied
    if owner is None or subj is None or _two_guesses(subj, [owner]) or _blocked(verb) or _answers_for(ctx, subj):
        return
    yield from _emit(ctx, noun, owner, [subj], -1, cue=f"{verb.text} {noun.text}", negated=False, base=0.7)


def _answers_for(ctx, subj) -> bool:
    """"Jones, a spokeswoman for Blair, rejected Howard's attacks": who answers
    for another was not the one attacked."""
    return any(c.dep_ == "appos" and any(p.dep_ == "prep" and p.lower_ in ("to", "for", "of") and any(
        ctx.actor(o) is not None for o in p.children if o.dep_ == "pobj") for p in c.children) for c in subj.children)
