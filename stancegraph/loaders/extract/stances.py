"""Stance edges: SUPPORTS (+1), OPPOSES (-1) and DOES_NOT_SUPPORT (0).

A stance is read from a stance word with a holder and a target:

* verbs: "backs", "endorses", "supports" / "opposes", "rejects", "condemns", "criticizes"
  ("Cruz endorsed Trump", "it opposes unilateral changes ...");
* nouns after a verb of expressing: "Xi expressed support for all efforts toward peace",
  "voiced opposition to the deal", "Trump's support for the bill";
* "is against X", "is opposed to X", "is in favor of X".

The holder is the subject (the speaker when the stance word is a statement's cue; "I"
and "we" in a quote are its speaker; "it"/"he" in reported speech the one reporting). The
target is an actor when the object names one, else a topic named by the object phrase
("Taiwan independence" is a topic even though "Taiwan" is an actor).

Kept distinct: "does not support" is DOES_NOT_SUPPORT, not OPPOSES — the seed article's
point (the U.S. "does not support Taiwan independence"; China wants it to say it is
"against" it). "does not oppose" gives no edge (not opposing is not supporting).
Stances someone else wants, expects or urges ("China wants the United States to ... state
that the U.S. is against Taiwan independence", "expects China to support a peace plan")
are not the subject's stance and give no edge; neither do conditions ("if he backs") or
questions.
"""
from __future__ import annotations

from typing import Iterator, Optional

from stancegraph.graph.model import Relation
from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract import stance_lexicon as lex
from stancegraph.loaders.extract import topics as _topics
from stancegraph.loaders.extract.pronouns import expletive_it, nameless_antecedent
from stancegraph.loaders.extract.stance_blocks import blocked as _blocked, compared
from stancegraph.loaders.extract.stance_gerunds import gerund_objects
from stancegraph.loaders.extract.stance_names import listed_under_prep, verdict_words
from stancegraph.loaders.extract.stance_owners import carrying_subject
from stancegraph.loaders.extract.stance_reference import (antecedent, common_word, find_headline_verb, headline_objects,
                                                          quote_after, relative_antecedent, role_of_another_body,
                                                          described_person, title_list_person)

POSITIVE_VERBS = lex.POSITIVE_VERBS
ISSUE_ONLY_VERBS = lex.ISSUE_ONLY_VERBS
NEGATIVE_VERBS = lex.NEGATIVE_VERBS
POSITIVE_NOUNS = lex.POSITIVE_NOUNS
NEGATIVE_NOUNS = lex.NEGATIVE_NOUNS
#: verbs that report holding a stance noun: "expressed support for", "voiced opposition to"
EXPRESS_VERBS = frozenset("""
express voice reiterate declare pledge offer give lend signal show throw announce state affirm
reaffirm renew restate repeat register launch mount make take step intensify pay
""".split())
#: appeals whose content is the appealer's stance: "urged the governor to veto the bill"
_APPEAL_VERBS = frozenset("urge call ask press pressure push lobby encourage".split())
#: "refused to endorse", "declined to back": a refusal is a does-not-support
REFUSE_VERBS = frozenset("refuse decline fail".split())
#: a stance considered, not taken: "might consider backing", "is open to supporting"
_HEDGE_VERBS = frozenset("consider contemplate weigh".split())
_MODAL_DOUBT = {"would", "could", "might", "may"}
_FORECAST = frozenset("likely set due poised".split())
#: obligations are the writer's or speaker's demand, not the subject's stance: "America must
#: reject this merchant of death" (PolNeAR train)
_MODAL_OUGHT = {"must", "should", "ought"}
#: verbs whose object, when no one, is the cause of what went wrong: "blamed the weather"
_CAUSE_VERBS = frozenset(["blame"])
#: possessive heads that stand for their possessor as a target: "opposes Trump's candidacy"
_STANDS_FOR_OWNER = frozenset("""
candidacy campaign nomination bid presidency administration government leadership reelection
re-election
""".split())
#: nouns whose "for" phrase is their content: "blasted Trump's call for a deportation force"
_FOR_NOUNS = frozenset("call calls support demand demands plan plans proposal bid push campaign case".split())
#: the last word of names of texts, which say what they say but hold no stance
_TEXTS = frozenset("Bill Act Treaty Directive Amendment Constitution Charter Convention".split())
_CUT_DEPS = {"relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "parataxis"}
_MAX_TOPIC_WORDS = 12


_WORDS = POSITIVE_VERBS | NEGATIVE_VERBS | POSITIVE_NOUNS | NEGATIVE_NOUNS | frozenset(("against", "opposed", "favor"))


def find_stances(ctx) -> Iterator[Relation]:
    yield from find_headline_verb(ctx)
    for tok in ctx.tokens_with(_WORDS):
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and (lemma in POSITIVE_VERBS or lemma in NEGATIVE_VERBS):
            yield from _verb_stance(ctx, tok, +1 if lemma in POSITIVE_VERBS else -1)
        elif tok.pos_ == "NOUN" and (lemma in POSITIVE_NOUNS or lemma in NEGATIVE_NOUNS):
            yield from _noun_stance(ctx, tok, +1 if lemma in POSITIVE_NOUNS else -1)
        elif tok.lower_ == "against" and tok.dep_ == "prep" and tok.head.lemma_ in ("be", "stand", "come"):
            yield from _prep_stance(ctx, tok, tok.head, -1)
        elif tok.lower_ == "opposed" and tok.dep_ in ("acomp", "ROOT", "ccomp", "conj") and any(
                c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
            prep = next(c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to")
            verb = tok.head if tok.dep_ == "acomp" else tok
            yield from _prep_stance(ctx, prep, verb, -1, cue_tok=tok)
        elif tok.lower_ == "favor" and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if prep is not None and tok.head.head.lemma_ == "be":
                yield from _prep_stance(ctx, prep, tok.head.head, +1, cue_tok=tok)


def _negated(verb) -> tuple[bool, str]:
    """("does not support" -> True, "do not"); "refused to back" -> True."""
    words = []
    neg = False
    for c in verb.children:
        if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("never",)):
            neg = True
            words.append(c)
        elif c.dep_ == "aux" and c.i < verb.i:
            words.append(c)
    h = verb.head
    if verb.dep_ == "xcomp" and h.lemma_.lower() in REFUSE_VERBS:
        neg = True
        words = [h]
    elif verb.dep_ == "xcomp" and h.dep_ == "acomp" and h.pos_ == "ADJ":
        # "is not willing to defend", "was never likely to back": the act is not taken
        nots = [c for x in (h, h.head) for c in x.children if c.dep_ == "neg" or c.lower_ == "never"]
        if nots:
            neg, words = True, nots + [h]
    return neg, " ".join(w.text for w in sorted(words, key=lambda w: w.i))


def _targets(tok) -> list:
    """The head and its conjuncts: "supports Clinton and Kaine", "accused the government, the
    unions and Mr Brown of ..." (the parser chains each conjunct to the one before)."""
    out = [tok]
    for c in tok.children:
        # "accused Letwin of plotting cuts ... sacking every teacher, GP and nurse" (BBC): a
        # conjunct (or a second object) past a verb of the charge is inside its clause
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and in_reach(tok, c) and not listed_under_prep(tok, c):
            out.extend(_targets(c))
    return out


def in_reach(tok, obj) -> bool:
    """No verb between ``tok`` and ``obj``: a noun past one is inside that verb's clause."""
    return not any(t.pos_ in ("VERB", "AUX") for t in tok.doc[tok.i + 1: obj.left_edge.i])


def _target(ctx, head, holder: str, issue_only: bool = False, back: bool = True):
    """An actor id or a topic id for the object phrase headed by ``head`` (or None); "the
    plans" is the plans named before (:func:`_antecedent`)."""
    if (noun := relative_antecedent(head)) is not None:
        return _target(ctx, noun, holder, issue_only, back)  # "the tax, which Ortiz opposed"
    a, _ = ctx.target_actor(head)
    if a is None:
        # "criticised Democratic lawmakers": the party they sit for
        a = _name_after_title(ctx, head) or ctx.speaking_for(head) or _topics.place_named(head, ctx.actor)
    if a is not None:
        return None if issue_only else a
    if ctx.actors_at[head.i]:
        return None  # a token naming two actors ("U.S.-China"): no single target
    # "blasted her Republican rival Donald Trump", "criticizing the night's big winner among
    # Republicans: Donald Trump" (PolNeAR train): the name in apposition is the target
    for c in head.children:
        if c.dep_ in ("appos", "compound") and ctx.actor(c) is not None and ctx.kind(ctx.actor(c)) == "person":
            return None if issue_only else ctx.actor(c)
    # "accused ministers of wasting money" (BBC): a group of people a common noun names
    if not issue_only and (group := ctx.group_of(head)) is not None:
        return group
    # "the president", "the Texas senator", "the group", "the campaign" (PolNeAR train): a
    # description standing for someone named elsewhere, not an issue
    if head.lemma_.lower() in cues.PERSON_ROLES or head.lemma_.lower() in ("rival", "opponent", "nominee"):
        return None
    words = [t for t in _phrase(head) if not t.is_punct]
    # "opposed an increase", "supports cities that go higher", "defended his mother" (PolNeAR
    # train): one bare noun says nothing without the words around it
    content = [t for t in words if t.dep_ not in ("det", "poss", "predet")]
    if len(content) == 1 and content[0].pos_ == "NOUN" and not _topics.canonical(content[0].text):
        return antecedent(ctx, head, lambda t: _target(ctx, t, holder, issue_only, back=False),
                          issue_only) if back else None
    if head.lemma_.lower() in _STANDS_FOR_OWNER:
        for c in head.children:
            if c.dep_ == "poss":
                owner, _ = ctx.actor_of(c)
                if owner is not None:
                    return owner
    # 'attacked Labour's "unfair" and ... taxes': no name; "would challenge the one of two
    # isolated hunts" (BBC), "voted to scrap the rule 220 to 190": a count names no one thing
    # (a sum does: "called for as much as $500 billion for roads")
    if head.pos_ in ("PRON", "ADJ") or head.pos_ == "NUM" and head.ent_type_ in ("CARDINAL", ""):
        return None
    # "did not agree with councillors and chief constables who have opposed ..." (BBC shape):
    # people picked out by a "who" clause are no issue, and cut from it they mislead
    if any(c.dep_ == "relcl" and any(x.lower_ in ("who", "whom") for x in c.children) for c in head.children):
        return None
    found = _topics.phrase_topic(_topics.shortened(head, _phrase(head), _MAX_TOPIC_WORDS))
    if found is None:
        return None
    name, key = found
    return ctx.topic(name, key)


def _name_after_title(ctx, head) -> Optional[str]:
    """"slammed President Barack Obama": the parser can take the title for the object and
    hang the name under it; the person named right after a capitalised title is the target."""
    if head.pos_ != "PROPN" or head.i + 1 >= len(ctx.doc) or ctx.actors_at[head.i]:
        return None
    nxt = ctx.doc[head.i + 1]
    a = ctx.actor(nxt)
    if a is None or ctx.kind(a) != "person" or not any(x.i == head.i for x in nxt.ancestors):
        return None
    return a if head.lemma_.lower() in cues.PERSON_ROLES else None


def _phrase(head) -> list:
    """The words of a target: no clauses ("... that he was not a conservative"), and no
    reason ("criticized Obama's intervention in Libya for leaving the country ...")."""
    cut = set()
    # "defended plans to end the arms embargo": a vague head keeps what it is a plan to do
    # ("the decision by Britain's highest court", "a deal bringing Turkey closer to the EU")
    keep = {c.i for c in head.children if c.dep_ == "acl" and head.lemma_.lower() in lex.OWNED_HEADS
            and (any(a.tag_ == "TO" for a in c.children) or c.tag_ == "VBG" and any(a.dep_ == "dobj" for a in c.children))
            and c.lemma_.lower() not in cues.SPEECH_VERBS}  # "rejected that idea saying ...": his reason
    # 'branded his decision "reckless"': a quoted verdict after the head is what it is called
    quote = quote_after(head)
    if quote is not None:
        cut.update(t.i for t in head.subtree if t.i >= quote)
    cut.update(verdict_words(head))  # 'the "unfair" tax', "the debate as a charade"
    for c in head.children:
        if c.i in keep:
            continue
        charge = c.dep_ == "prep" and c.lower_ == "of" and any(x.tag_ == "VBG" for x in c.children)
        if charge or c.dep_ in _CUT_DEPS and c.i > head.i or c.dep_ == "prep" and c.lower_ in ("for", "over", "because") \
                and head.lemma_.lower() not in _FOR_NOUNS:
            cut.update(x.i for x in c.subtree)
    for t in head.subtree:
        # what a kept plan makes someone do is the plan: "his plan to make people do community
        # service" (BBC) had been cut to "plan to make"
        kept_task = t.dep_ == "ccomp" and t.head.i in keep and not any(x.tag_ in ("WDT", "WP") for x in t.subtree)
        # ", with a spokesman saying ...": an absolute clause is the writer's, not the target (BBC)
        absolute = t.dep_ == "prep" and t.lower_ == "with" and any(
            c.tag_ == "VBG" and t.i in (c.head.i, c.head.head.i) for c in t.subtree)
        if t.i != head.i and t.i not in keep and not kept_task and (absolute or t.dep_ in (
                "relcl", "acl", "advcl", "ccomp", "appos", "parataxis")):
            cut.update(x.i for x in t.subtree)
    return _topics.whole_words([t for t in head.subtree if t.i not in cut])


def _emit(ctx, trigger, holder_tok, objects, sign: int, *, cue: str, negated: bool, base: float,
          holder=None, holder_conf: float = 1.0, issue_only: bool = False) -> Iterator[Relation]:
    if negated and sign < 0:
        return  # "does not oppose" is not "supports"
    if holder is None:
        if holder_tok is None:
            return
        # "The senior Democrat on the panel, <Name>, defended ...": the person
        # in apposition holds it, not the party word
        holder_tok = _apposed_person(ctx, holder_tok) or described_person(ctx, holder_tok) or title_list_person(
            ctx, holder_tok) or holder_tok
        # "criticised by green campaigners and the Liberal Democrats": each holds it
        for c in holder_tok.children:
            if c.dep_ == "conj" and ctx.actor(c) is not None:
                yield from _emit(ctx, trigger, c, objects, sign, cue=cue, negated=negated, base=base,
                                 issue_only=issue_only)
        holder, holder_conf = ctx.holder_of(holder_tok, trigger)
        if holder is None or holder_tok.pos_ == "NOUN" and ctx.guessed(holder_tok.text, holder):
            return
        if common_word(ctx, holder_tok, holder) or role_of_another_body(ctx, holder_tok, holder):
            return
    if ctx.actors[holder].name.split()[-1] in _TEXTS:
        return  # "The Terrorism Bill sets out new powers" (BBC shape): a text holds nothing
    type_, polarity = ("DOES_NOT_SUPPORT", 0.0) if negated else (("SUPPORTS", 1.0) if sign > 0 else ("OPPOSES", -1.0))
    # an issue verb still says something of the issue's owner ("dismissed requests by the
    # Democrats"); an issue preposition does not ("called for Blair's resignation")
    owners = not issue_only and trigger.lemma_.lower() not in lex.ACTOR_ONLY_VERBS
    issue_only = issue_only or trigger.lemma_.lower() in ISSUE_ONLY_VERBS
    for obj in objects:
        for head in _targets(obj):
            target = _target(ctx, head, holder, issue_only)
            if target not in ctx.actors and trigger.lemma_.lower() in _CAUSE_VERBS:
                target = None  # 'blamed "cock-up not conspiracy"' (BBC): a cause, not a target
            if trigger.lemma_.lower() in lex.ACTOR_ONLY_VERBS and (
                    target not in ctx.actors or ctx.kind(target) not in ("person", "organization")):
                target = None  # "beat the deadline", "to hire more nurses": no one
            # a pronoun's resolution is a guess: its confidence goes into the edge's
            ends = [(target, ctx.target_actor(head)[1] if head.pos_ == "PRON" else 1.0)] if target is not None else []
            # (a named owner only: "welcomed his return" leans on a guess at "his")
            owner = None if not owners or ctx.actor(head) or issue_only and any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children) else owner_of(ctx, head)
            if owner is not None and owner != target:
                ends.append((owner, 0.8))  # "criticised Labour's plans": against Labour too
            for end, conf in ends:
                if end == holder:
                    continue
                yield ctx.relation(type_, holder, end, trigger, cue=cue, polarity=polarity, evidence=(holder_tok, head),
                                   confidence=base * holder_conf * conf, date=ctx.date_of(trigger, climb=False))


def owner_of(ctx, head) -> Optional[str]:
    """The actor whose thing a phrase names: "Labour's plans", "the plans of the government"."""
    for c in head.children:
        if c.dep_ == "poss":
            a, _ = ctx.target_actor(c) if c.pos_ != "PRON" else ctx.actor_of(c)
            return a
    # "the tax cutting spree planned by the Tories", "the decision by the court"
    for c in head.children:
        by = c if c.dep_ == "prep" and c.lower_ == "by" else next(
            (x for x in c.children if x.dep_ == "agent"), None) if c.dep_ == "acl" and c.tag_ == "VBN" else None
        obj = next((x for x in by.children if x.dep_ == "pobj"), None) if by is not None else None
        if obj is not None and ctx.actor(obj) is not None:
            return ctx.actor(obj)
    # "attacked Tory plans", "Labour policy": a party before a plan, policy or record owns it
    # (not "the Iraq war": places and persons before a noun are no owners)
    if head.lemma_.lower() in lex.OWNED_HEADS:
        for c in head.children:
            # a name, not a common word taken for one ("quango blitz plans", BBC)
            a = ctx.actor(c) if c.dep_ in ("compound", "amod") and c.text[:1].isupper() else None
            if a is not None and ctx.kind(a) in ("organization", "group"):
                return a
    return None


def _apposed_person(ctx, tok):
    for c in tok.children:
        if c.dep_ == "appos" and ctx.actor(c) is not None and ctx.kind(ctx.actor(c)) == "person":
            return c
    return None


def _holder_of(ctx, verb):
    """The speaker when the stance word is a statement's cue (the extractor resolved "He",
    "the senator"), else the subject."""
    subj = ctx.subject(verb)
    h = verb.head
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBN") and h.dep_ == "ccomp" and (any(
            c.dep_ == "aux" and c.lower_ in ("would", "will", "could") for c in h.children) or _shares_perfect(verb, h)):
        # "Blair said Labour would set out plans ... and attacked the Tory plans": the past
        # tense goes with "said", not with what Labour would do
        subj = ctx.subject(h.head) or subj
    if nameless_antecedent(ctx, subj) or expletive_it(verb, subj) or compared(subj):
        return None, None, 0.0
    st = ctx.statement_with_cue(verb)
    said_by = ctx.doc.char_span(st.speaker.start, st.speaker.end) if st is not None and st.speaker else None
    if said_by is not None and len(said_by) == 1 and st.speaker.actor in ctx.actors and common_word(
            ctx, said_by[0], st.speaker.actor):
        return None, None, 0.0
    if st is not None and st.speaker and st.speaker.actor in ctx.actors and not ctx.guessed(
            st.speaker.text, st.speaker.actor) and (
            subj is None or _apposed_person(ctx, subj) is None and ctx.actor(subj) is None):
        return None, st.speaker.actor, 0.95
    return subj, None, 1.0


def _shares_perfect(verb, clause) -> bool:
    """"Milburn has said Brown was key ... and dismissed claims": a bare past verb after a reported
    clause with no auxiliary goes with the perfect of "has said", not with the clause's subject."""
    return not any(c.dep_ == "aux" for c in (*verb.children, *clause.children)) and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in clause.head.children)


def _hedge(verb) -> str:
    """"would not rule out supporting", "might consider backing": a stance held open, kept
    with a low confidence; the words shown in the cue."""
    h = verb.head
    if verb.dep_ not in ("xcomp", "pcomp", "dobj", "ccomp") or h.i == verb.i:
        return ""
    lemma = h.lemma_.lower()
    ruled_out = lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in h.children)
    if not ruled_out and lemma not in _HEDGE_VERBS:
        return ""
    words = [c for c in h.children if c.dep_ in ("aux", "neg") and c.i < h.i] + [h] + [
        c for c in h.children if c.dep_ == "prt"]
    return " ".join(w.text for w in sorted(words, key=lambda w: w.i))


def _appeal_of(verb):
    """"Smith urged the governor to veto the bill": the one who urges a stance holds it (not
    "wants" or "expects": the seed's "China wants the United States to ... state that ...")."""
    h = verb.head
    # a "to" infinitive only: "asked why ministers attacked the plans" is a question, no appeal
    to = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    if to and verb.dep_ in ("xcomp", "ccomp") and h.lemma_.lower() in _APPEAL_VERBS and h.pos_ == "VERB" \
            and not _blocked(h) and not _negated(h)[0]:
        return h
    return None


def _verb_stance(ctx, verb, sign: int) -> Iterator[Relation]:
    if verb.dep_ in ("amod", "compound"):
        return
    appeal = _appeal_of(verb) if _blocked(verb) else verb
    if appeal is None:
        return
    if any(c.dep_ == "prt" for c in verb.children):
        return  # "Trump backed off some of his proposals", "Washington backed out" (PolNeAR dev)
    negated, aux = _negated(verb)
    if appeal is not verb:
        if negated or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return  # "urged him not to veto the bill" says less
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        holder_tok, holder, conf = _holder_of(ctx, appeal)
        yield from _emit(ctx, verb, holder_tok, objects, sign, cue=f"{appeal.text} ... to {verb.text}",
                         negated=False, base=0.6, holder=holder, holder_conf=conf)
        return
    base = 0.85
    if any(c.dep_ == "aux" and c.lower_ in _MODAL_DOUBT for c in verb.children) or (
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _FORECAST):
        base = 0.65  # "would back", "is likely to back": a stance foreseen
    if any(c.dep_ == "aux" and c.lower_ in _MODAL_OUGHT for c in verb.children):
        return
    cue = (aux + " " + verb.text).strip()
    hedge = _hedge(verb)
    if hedge:
        base, cue = 0.5, f"{hedge} {verb.text}"
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive:
        # "Trump was endorsed by Cruz": the agent holds the stance towards the subject
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        if subj is None or agent is None:
            return
        yield from _emit(ctx, verb, agent, [subj], sign, cue=cue, negated=negated, base=base)
        return
    objects = [c for c in verb.children if c.dep_ == "dobj" and in_reach(verb, c)] or headline_objects(verb)
    objects = _topics.issue_objects(verb.lemma_.lower(), objects) or gerund_objects(verb)
    if not objects:
        return
    holder_tok, holder, conf = _holder_of(ctx, verb)
    yield from _emit(ctx, verb, holder_tok, objects, sign, cue=cue, negated=negated, base=base,
                     holder=holder, holder_conf=conf)


def _noun_stance(ctx, noun, sign: int) -> Iterator[Relation]:
    if noun.dep_ in ("compound", "amod") or _blocked(noun):
        return
    # "support for", "criticism of", "opposition to"; "Brown's attack on the Tories", "a swipe at"
    preps = ("for", "of", "to", "on", "against", "at") if sign < 0 else ("for", "of", "to")
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps), None)
    if prep is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in EXPRESS_VERBS:
        # "paid tribute to Callaghan", "gave her backing to the plan": "to" hung on the verb
        prep = next((c for c in noun.head.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
    if prep is None:
        return
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return
    holder_tok = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder_tok is not None and _charged(ctx, noun, holder_tok):
        return
    cue_words = [noun.text, prep.text]
    if (subj := carrying_subject(ctx, noun, holder_tok)) is not None:
        carry = [noun.head.text] + [c.text for c in noun.head.children if c.dep_ == "prt"]  # "stepped up"
        cue_words, holder_tok = carry + [holder_tok.text] + cue_words, subj
    if holder_tok is None:
        # "a Labour attack on", "the Tory criticism of": a party or person before the noun
        holder_tok = next((c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i
                           and ctx.actor(c) is not None), None)
    if holder_tok is None:
        # "sharp criticism of the minister from Labour MPs": who it comes from holds it
        # (the parser often hangs "from" on the verb: "drew criticism of X from Y")
        around = list(noun.children) + (list(noun.head.children) if noun.dep_ == "dobj" else [])
        holder_tok = next((p for c in around if c.dep_ == "prep" and c.lower_ == "from"
                           for p in c.children if p.dep_ == "pobj" and ctx.holder_of(p, noun)[0] is not None), None)
    verb = noun.head
    negated, aux = False, ""
    if holder_tok is None:
        # "Xi expressed support for all efforts toward peace"
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in EXPRESS_VERBS:
            return
        negated, aux = _negated(verb)
        holder_tok = ctx.subject(verb)
        cue_words = [aux, verb.text] + cue_words
    yield from _emit(ctx, noun, holder_tok, objects, sign, cue=" ".join(w for w in cue_words if w),
                     negated=negated, base=0.8)


def _charged(ctx, noun, holder_tok) -> bool:
    """"'The Tories' hostility to Europe has hardened,' the defector wrote": a stance owned by a
    named party in another speaker's own words is that speaker's charge, not a stance the owner
    stated (BBC strict draws; reported speech and "its" are left: "Downing Street stressed Mr
    Blair's support for ...")."""
    st = ctx.statement_at(noun)
    if st is None or not st.speaker or st.kind != "direct" or holder_tok.pos_ == "PRON":
        return False
    holder, _ = ctx.holder_of(holder_tok, noun)
    return holder is not None and st.speaker.actor != holder


def _prep_stance(ctx, prep, verb, sign: int, cue_tok=None) -> Iterator[Relation]:
    """"the U.S. is against Taiwan independence", "is opposed to the deal"."""
    if _blocked(prep):
        return
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return
    negated, aux = _negated(verb)
    words = [verb.text, aux] if verb.lemma_ == "be" else [aux, verb.text]
    if cue_tok is not None and cue_tok.i != verb.i:
        words.append(cue_tok.text)
    words.append(prep.text)
    holder_tok, holder, conf = _holder_of(ctx, verb)
    yield from _emit(ctx, prep, holder_tok, objects, sign, cue=" ".join(w for w in words if w), negated=negated,
                     base=0.75, holder=holder, holder_conf=conf)
