"""What the words of a stance leave to the reader: "the plans" named before, a headline's
object the parser took for a clause, a headline verb it took for a noun, a common noun at
the start of a sentence taken for a name (BBC politics). Used by :mod:`.stances`.
"""
from __future__ import annotations

from typing import Iterator, Optional

from stancegraph.graph.model import Relation
from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract import stance_lexicon as lex
from stancegraph.loaders.extract import topics as _topics
from stancegraph.loaders.extract.roles import ROLE_HEADS

#: how far back "the plans" looks for the plans named with their content (a few paragraphs)
_ANTECEDENT_CHARS = 1200
#: stance verbs a headline's parse can miss ("Howard attacks cost of asylum"); not the issue
#: verbs, nor "dismiss" (a denial: "Blair dismisses quit claim report")
_HEADLINE_VERBS = (lex.POSITIVE_VERBS | lex.NEGATIVE_VERBS) - lex.ISSUE_ONLY_VERBS
_HEADLINE_CUTS = frozenset("over on at after in for with as amid".split())


#: plan words that stand for one another: "plans to introduce ID cards" ... "oppose the bill"
#: (not "the move", "the idea", "the changes": often an act or a wish, not the issue)
_PLAN_WORDS = frozenset("plan plans proposal proposals bill legislation scheme measure measures".split())
#: an issue the article names once with what it is and then bare: "the Iraq war" ... "his support
#: for the war", "the EU constitution" ... "who backs the constitution" (BBC)
_ISSUE_ANAPHORS = frozenset("war treaty constitution ban".split())
_ANAPHORS = lex.ANAPHORIC_HEADS | _ISSUE_ANAPHORS
#: words that stand for a bill the article named: "the bill", "the legislation"
_BILL_WORDS = frozenset("bill legislation".split())


def antecedent(ctx, head, resolve, issue_only: bool):
    """"The Lib Dems also oppose the plans" (BBC): a definite plan, bill or proposal is the
    last one the article named with its content ("plans for ID cards", "the Prevention of
    Terrorism Bill") in the sentences just before, found by the per-Doc word index; for "the
    bill", else the one bill the article named; else a plan word of another kind named with its
    content in the headline or the first sentence, the article's issue ("... plans to introduce
    ID cards" ... "oppose the bill"), or just before as a verb's argument; else the one issue of
    the headline ("Clarke faces ID cards rebellion")."""
    lemma = head.lemma_.lower()
    det = next((c for c in head.children if c.dep_ == "det"), None)
    nxt = ctx.doc[head.i + 1] if head.i + 1 < len(ctx.doc) else head
    if lemma not in _ANAPHORS or det is None or det.lower_ not in ("the", "these", "this", "those") \
            or nxt.dep_ == "prep" and nxt.lower_ in ("for", "to", "on", "of"):
        return None  # "attacked the plans for pensioners" (BBC): the parser hung what they are elsewhere
    found = _named_before(ctx, head, frozenset((lemma,)), resolve, issue_only, content=True)
    if found is None and lemma in _BILL_WORDS:
        found = _one_named_bill(ctx, head, resolve, issue_only)
    if found is None and lemma in _PLAN_WORDS:
        lede = ctx.doc[0].sent.end
        lede = ctx.doc[lede].sent.end if lede < len(ctx.doc) else lede
        found = _named_before(ctx, head, _PLAN_WORDS, resolve, issue_only, before=lede, content=True)
        found = _named_before(ctx, head, _PLAN_WORDS, resolve, issue_only, content=True, argument=True) \
            if found is None else found
        found = _headline_issue(ctx, head) if found is None else found
    return found or None


def _named_before(ctx, head, words, resolve, issue_only: bool, before: int = 0, content: bool = False,
                  argument: bool = False):
    """The nearest of ``words`` before ``head``'s sentence (a few paragraphs back; before token
    ``before`` when given) that names what it is; ``False`` when that is a person and only an
    issue fits. Not a predicate ("it was a plan for their first Budget", BBC) and, with
    ``content``, not one named by descriptors alone ("a series of new measures")."""
    floor = head.sent.start_char - _ANTECEDENT_CHARS
    end = min(head.sent.start, before or head.sent.start)
    for t in reversed(ctx.tokens_with(words)):
        if t.i >= end or t.idx < floor or t.dep_ == "attr":
            continue
        a = ctx.actor(t)
        if a is not None:  # "the Mental Capacity Bill": a text named as an actor
            return False if issue_only and ctx.kind(a) == "person" else a
        if content and not _has_content(t) or argument and not _verb_argument(t):
            continue
        if t.pos_ == "NOUN" and t.dep_ not in ("compound", "amod"):
            found = resolve(t)
            if found is not None:
                return found
    return None


def _verb_argument(t) -> bool:
    """A plan word something is done to, not one inside another noun's phrase ("changes to local
    government pensions schemes") nor a list item."""
    return t.dep_ in ("nsubj", "nsubjpass", "dobj") or t.dep_ == "pobj" and t.head.head.pos_ in ("VERB", "AUX")


def _has_content(t) -> bool:
    """Whether a plan word is named with what it is, not only with its owner or a descriptor
    ("the government's plans", "a series of new measures" say nothing of the issue)."""
    owner = {x.i for c in t.children if c.dep_ in ("poss", "det") for x in c.subtree}
    return any(x.i != t.i and x.i not in owner and x.pos_ in ("NOUN", "PROPN", "VERB", "ADJ")
               and x.lower_ not in _topics.DESCRIPTORS for x in t.subtree)


def _one_named_bill(ctx, head, resolve, issue_only: bool):
    """"The BMA also backs the bill" far from "the Mental Capacity Bill" (BBC): the one bill the
    article named with a proper name before; None when it named none or several. Not the first
    name "Bill" ("Sir Bill Morris", "Bill Cash")."""
    named = set()
    for t in ctx.tokens_with(frozenset(("bill",))):
        if t.i >= head.sent.start:
            break
        prev, nxt = ctx.doc[t.i - 1] if t.i else t, ctx.doc[t.i + 1] if t.i + 1 < len(ctx.doc) else t
        if t.text != "Bill" or not prev.text[:1].isupper() or prev.lower_ in ("sir", "mr", "the") \
                or nxt is not t and nxt.text[:1].isupper():
            continue
        a = ctx.actor(t)
        found = (None if issue_only and ctx.kind(a) == "person" else a) if a is not None else resolve(t)
        if found is not None:
            named.add(found)
    return named.pop() if len(named) == 1 else None


def _headline_issue(ctx, head):
    """The one lexicon issue a headline names ("Clarke faces ID cards rebellion"), for a plan
    word in an article about it; None when the headline names none or several."""
    first = ctx.doc[0].sent
    if head.sent.start == first.start or first.text.rstrip()[-1:] in ".!?":
        return None
    names = {name for name, _, _ in _topics.find_lexicon_topics(first.text)}
    return ctx.topic(names.pop(), None) if len(names) == 1 else None


def quote_after(head) -> Optional[int]:
    """The index of an opening quote mark right after ``head`` (past its "'s"), if any:
    'branded his decision "reckless"' (what a target is called is no part of it)."""
    doc, i = head.doc, head.i + 1
    while i < len(doc) and doc[i].tag_ == "POS":
        i += 1
    if i < len(doc) - 1 and (doc[i].tag_ == "``" or doc[i].text in ('"', "“") and doc[i - 1].whitespace_
                             and not doc[i].whitespace_):
        return i
    return None


def common_word(ctx, tok, actor: str) -> bool:
    """"Groups challenging the plans include ..." (BBC): a common noun capitalised at the start
    of a sentence, taken for a name, holds nothing ("MPs criticised ...", a group of people
    the extractor named so, does: :mod:`.groups`)."""
    return tok.i == tok.sent.start and tok.lemma_.islower() and ctx.actors[actor].name == tok.text \
        and ctx.kind(actor) != "group"


def headline_objects(verb) -> list:
    """"Blair blasts Tory spending plans", "Milburn defends poster campaign" (BBC headlines): in
    the first line of an article, without a full stop, the parser takes the object for a
    clause; a noun under a present-tense stance verb there is its object ("Kilroy-Silk
    attacked with slurry", a past participle, is not)."""
    sent = verb.sent
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if sent.start != 0 or verb.tag_ not in ("VBZ", "VBP") or not words or sent.text.rstrip()[-1:] in ".!?":
        return []
    # "Blair defends terror law changes": the last word, tagged a verb, heads the object
    return [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dep", "npadvmod", "oprd", "attr", "punct")
            and c.i > verb.i and c.tag_[:2] in ("NN", "VB") and c.right_edge.i >= words[-1].i
            and not any(x.dep_ in ("aux", "mark", "dobj", "prep", "neg", "advmod") for x in c.children)]


def find_headline_verb(ctx) -> Iterator[Relation]:
    """"Howard attacks cost of asylum", "Short attacks US over tsunami aid" (BBC headlines): the
    parser takes a name's stance verb for a plural noun; in a first line without a full stop,
    a name, then a stance verb in -s, then its object up to a preposition."""
    if not len(ctx.doc):
        return
    sent = ctx.doc[0].sent
    toks = [t for t in sent if not t.is_space]
    if len(toks) < 3 or sent.text.rstrip()[-1:] in ".!?":
        return
    for k in range(1, len(toks) - 1):
        tok, low = toks[k], toks[k].lower_
        stem = low[:-2] if low.endswith("es") and low[:-2] in _HEADLINE_VERBS else low[:-1]
        holder = ctx.actor(toks[k - 1])
        if tok.pos_ == "VERB" or not low.endswith("s") or stem not in _HEADLINE_VERBS or holder is None:
            continue
        rest = []
        for t in toks[k + 1:]:
            if t.lower_ in _HEADLINE_CUTS:
                break
            rest.append(t)
        words = [t for t in rest if not t.is_punct]
        named = {a for t in words for a in ctx.actors_at[t.i]}
        if len(named) == 1 and all(ctx.actors_at[t.i] for t in words):
            target = named.pop()  # "Short attacks US": the object is a name
        else:
            found = _topics.phrase_topic(rest)
            target = ctx.topic(*found) if found is not None else None
        if target is not None and target != holder and not common_word(ctx, toks[k - 1], holder):
            sign = 1.0 if stem in lex.POSITIVE_VERBS else -1.0
            yield ctx.relation("SUPPORTS" if sign > 0 else "OPPOSES", holder, target, tok, cue=tok.text,
                               polarity=sign, confidence=0.7)
        return


def role_of_another_body(ctx, tok, holder: str) -> bool:
    """"the chairman of the <Commission for X> called for ..." (BBC shape): a role with its
    own organization is that body's, not the chairman of another body named before; the person
    stays only if the article ties them to that organization."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in cues.PERSON_ROLES or ctx.kind(holder) != "person":
        return False
    bodies = {ctx.actor(p) for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "at")
              for p in c.children if p.dep_ == "pobj"} - {None, holder}
    if not bodies:
        return False
    tied = {r.target for r in ctx.graph.relations if r.source == holder}
    return not bodies & tied


def described_person(ctx, tok):
    """"Tom Reed, a California investor who backed Ortiz", "Ann Lee, a Texas Democrat who
    supports Ortiz": a description in apposition to a named person stands for that person, not
    for a group or party its words name (PolNeAR train: such holders were lost or given to
    the party). A singular description only: a plural one beside a list of names ("Ann Lee
    and Tom Reed, investors who ...") is left to later work."""
    head = tok.head
    if tok.dep_ != "appos" or head.i == tok.i or tok.tag_ not in ("NN", "NNP"):
        return None
    person, own = ctx.actor(head), ctx.actor(tok)
    if person is None or ctx.kind(person) != "person" or own is not None and ctx.kind(own) == "person":
        return None
    return head


def title_list_person(ctx, tok):
    """"praised by Culture, Media and Sport Secretary <Name>": the parser makes a
    list of the words of a title before a name; the person named at its end, with a role
    word among their compounds, is the one mention, when every other item is a lone name
    word."""
    chain = [tok]
    while (nxt := next((c for c in chain[-1].children if c.dep_ == "conj"), None)) is not None:
        chain.append(nxt)
    last = chain[-1]
    person = ctx.actor(last)
    if len(chain) < 2 or person is None or ctx.kind(person) != "person" or not any(
            c.dep_ == "compound" and c.lemma_.lower() in ROLE_HEADS for c in last.children):
        return None
    # (the name's relative clause is often hung on the first word: "..., Tessa Jowell who spoke")
    lone = all(t.pos_ == "PROPN" and all(c.dep_ in ("conj", "cc", "punct", "relcl") for c in t.children)
               for t in chain[:-1])
    return last if lone else None


def relative_antecedent(tok):
    """"the carbon tax, which Ortiz opposed", "Lopez, whom Ortiz endorsed": the noun a relative
    pronoun object stands for (its target span stays the pronoun, as written); None else."""
    if tok.tag_ not in ("WDT", "WP") or tok.dep_ != "dobj" or tok.lower_ not in ("which", "that", "whom", "who"):
        return None
    verb = tok.head
    return verb.head if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") else None
