"""Extraction: an Article in, an ArticleGraph out (actors, mentions, statements).

The pipeline is spaCy's (tagger, parser, NER); everything after it is rules over the
parse, each naming the failure it fixes. Three passes over one parsed Doc:

1. actors: named entities, cleaned of known NER slips and page junk, resolved within the
   article (:mod:`stancegraph.loaders.extract.resolve`);
2. statements: a cue (reporting, belief or stance verb, "according to", "X's position is
   that") with its speaker and content, quoted or not (:func:`find_statements`);
3. speakers that are pronouns or descriptions ("He added", "the newspaper said") are
   resolved to the actor they stand for, nested reports become ``reported_by``, and each
   statement gets the actors its content is about.

See docs/attribution.md for the method and measured scores.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

from stancegraph.graph import model
from stancegraph.graph.model import Actor, Article, ArticleGraph, Mention, Relation, Span, Statement
from stancegraph.loaders.extract.resolve import TITLE_WORDS, AliasTable, ArticleResolver, Candidate, default_table, kind_for_label
from stancegraph.loaders.extract import batch, cues
from stancegraph.loaders.extract.quotes import find_quotes

# --------------------------------------------------------------------------------------
# Raw attributions: plain tuples of token indices / char offsets, before actors exist.


@dataclass
class RawStatement:
    """One attribution read off the parse, before speaker resolution."""

    cue_start: Optional[int]  # chars
    cue_end: Optional[int]
    cue_lemma: Optional[str]
    speaker: Optional[tuple[int, int]]  # token span [start, end) of the speaker mention
    content: tuple[int, int]  # chars
    kind: str
    cue_token: Optional[int] = None  # token index of the cue head (for nesting)
    recipient: Optional[tuple[int, int]] = None  # "told the WSJ": token span of the WSJ
    floating: bool = False


_PUNCT_EDGE = set(",;:—–-")
_SUBJ = ("nsubj", "nsubjpass", "csubj")
_TEMPORAL_MARKS = {"when", "while", "after", "before", "as", "since", "until", "once", "because", "if"}
_JUNK_LINE = re.compile(r"!\[|\]\(|https?://|www\.|\S+@\S+\.\w+")
_JUNK_CHARS = set("[]()=/@|<>{}\\")


def find_statements(doc, quotes: list[tuple[int, int]], *, attitudes: bool = False) -> list[RawStatement]:
    """Attributions in a parsed Doc: direct, indirect and mixed, with cue and speaker.

    ``quotes`` are the character spans of :func:`~stancegraph.loaders.extract.quotes.find_quotes`.
    Intention verbs ("wants", "plans") are cues for people and groups; with ``attitudes``,
    for any subject.
    """
    lemmas = cues.all_cue_lemmas(attitudes=True)
    text = doc.text
    in_quote = _quote_index(doc, quotes)
    out: list[RawStatement] = []
    owned: dict[int, int] = {}  # quote index -> position in out

    # Which quotes hang on which cue: the quote's tokens reach the cue through the parse.
    cue_quotes: dict[int, list[int]] = {}
    cue_tokens = [t for t in doc if _is_cue(t, lemmas, in_quote)]
    cue_set = {t.i for t in cue_tokens}
    for qi, (qs, qe) in enumerate(quotes):
        owner = _quote_owner(doc, qs, qe, cue_set, in_quote)
        if owner is not None and _in_prep_phrase(doc, qs, qe, owner):
            owner = None
        if owner is not None:
            cue_quotes.setdefault(owner, []).append(qi)

    for t in cue_tokens:
        speaker_tok = _speaker(t, in_quote)
        if speaker_tok is None:
            continue
        lemma = t.lemma_.lower()
        if (lemma in cues.INTENTION_VERBS and lemma not in cues.BELIEF_VERBS and not attitudes
                and not _may_intend(speaker_tok)) or (lemma in cues.PERSON_ONLY_VERBS and not _is_person(speaker_tok)):
            # "Clinton wants to bring back the 1990s" is hers to state (PolNeAR annotates it);
            # "China wants the United States to go further" is the writer's reading of a
            # country (seed): intentions of people only, unless attitudes=True
            continue
        qis = cue_quotes.get(t.i, [])
        if lemma in cues.PREP_ONLY_VERBS:
            qis = []  # 'Speaking to "CBS This Morning"': a show's name, not what was said
        comp = _complement(t, lemma)
        content = None
        kind = "indirect"
        directive = _directive(t, lemma) if not any(c.dep_ == "ccomp" for c in t.children) else None
        if directive is not None:
            content = directive
            inside = [q for q in qis if directive[0] <= quotes[q][0] and quotes[q][1] <= directive[1] + 2]
            if inside:
                kind = "mixed"
                for q in inside:
                    owned[q] = len(out)
        elif qis and comp is None and _parenthetical(t) and _fronted_content(t) is not None and all(
                _fronted_content(t)[0] <= quotes[q][0] and quotes[q][1] <= _fronted_content(t)[1] + 2 for q in qis):
            # 'Putting the show together, Butz said, allowed him to "get in touch ..."': the
            # quote is a piece of the clause the cue interrupts (PolNeAR train)
            content = _fronted_content(t)
            kind = "mixed"
            for q in qis:
                owned[q] = len(out)
        elif qis:
            qs = min(quotes[q][0] for q in qis)
            qe = max(quotes[q][1] for q in qis)
            kind = "direct"
            if comp is not None and qs >= comp.left_edge.idx and (
                    qe <= _subtree_end(comp) or text[_subtree_end(comp):qe].strip(" .,!?\"”'") == ""):
                cs, ce = _clause_chars(comp, in_quote)
                # 'that it "opposes ..."', 'that "we need more information" about how ...':
                # words of the reported clause outside the quote make it mixed
                if (cs < qs and text[cs:qs].strip(" ,:\"“'") not in ("", "that")
                        or ce > qe and text[qe:ce].strip(" ,.\"”'") != ""):
                    kind = "mixed"
                    qs, qe = min(cs, qs), max(ce, qe)
            if qs > t.idx and kind == "direct":
                # 'Sanders says "the wind is at our backs" despite his loss in Nevada': the
                # quote is the head of a longer content (PolNeAR train)
                rest = _tail_after(doc, qe, t)
                if rest is not None:
                    qe = rest
                    kind = "mixed"
            content = (qs, qe)
            for q in qis:
                owned[q] = len(out)
        elif comp is not None:
            content = _clause_chars(comp, in_quote)
            if any(in_quote[tok.i] for tok in comp.subtree):
                kind = "mixed"
            content = (content[0], _extend_content(t, comp, content[1], in_quote, lemmas))
        else:
            content = _fronted_content(t)
        if content is None or content[1] - content[0] < 3:
            continue
        content = _trim(text, *content, keep_quotes=kind != "indirect")
        if content is None:
            continue
        out.append(RawStatement(t.idx, _cue_end(t), lemma, _np_span(speaker_tok), content, kind,
                                cue_token=t.i, recipient=_recipient(t)))

    out.extend(_headline_colon(doc, in_quote))
    out.extend(_according_to(doc, in_quote))
    out.extend(_position_statements(doc, in_quote))
    out.extend(_noun_statements(doc, in_quote))
    out.extend(_floating_quotes(doc, quotes, owned, out))
    return out


def _quote_index(doc, quotes) -> list[bool]:
    flags = [False] * len(doc)
    if not quotes:
        return flags
    qi = 0
    for t in doc:
        while qi < len(quotes) and quotes[qi][1] <= t.idx:
            qi += 1
        if qi < len(quotes) and quotes[qi][0] <= t.idx < quotes[qi][1]:
            flags[t.i] = True
    return flags


def _is_cue(t, lemmas, in_quote) -> bool:
    if t.pos_ != "VERB" or in_quote[t.i]:
        return False
    lemma = t.lemma_.lower()
    if lemma == "make":
        return _make_content(t) is not None
    if lemma not in lemmas:
        return False
    # "reluctant to explicitly say whether ...", "refused to say": a hypothetical saying,
    # not a statement (seed article, Trump on Taiwan).
    # "wants the United States to go further and state that ...": the infinitive, or a verb
    # coordinated with one, is a wish, not a statement (seed, China on Taiwan).
    v = t
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in v.children):
        # ... but "continued to insist", "used to support", "took to social media to
        # complain", "came on the program to talk about": the infinitive after a verb of
        # aspect or motion reports what was done (PolNeAR train)
        if not (v.head.pos_ == "VERB" and v.head.lemma_.lower() in _ASPECT_HEADS and v.dep_ in ("xcomp", "advcl")):
            return False
    # "did not say": nothing was said. Stances keep negation ("does not support").
    if lemma in cues.SPEECH_VERBS and any(c.dep_ == "neg" for c in t.children):
        return False
    # "The poll shows Lopez ten points ahead": "point" reports only as "point to", "point out"
    if lemma == "point" and not any(c.dep_ in ("prt", "prep") and c.lower_ in ("out", "to") for c in t.children):
        return False
    # modifiers ("the so-called deal", "a reported visit") are not reports
    if t.dep_ in ("amod", "compound"):
        return False
    return True


_ASPECT_HEADS = frozenset("continue use begin start take come go step proceed return keep".split())


def _speaker(t, in_quote=None, depth: int = 0):
    """The subject of a cue, inherited through coordination and participles."""
    subjects = [c for c in t.children if c.dep_ == "nsubj"]
    if len(subjects) > 1 and subjects[-1].i > t.i:
        # 'The promise to "take our country back" appeals to ..., said Alan Abramowitz': the
        # parser gives the inverted cue two subjects; the one after it speaks (PolNeAR train)
        return subjects[-1]
    for c in t.children:
        if c.dep_ == "nsubj":
            return c
        if c.dep_ == "nsubjpass":
            for a in t.children:
                if a.dep_ == "agent":
                    for p in a.children:
                        if p.dep_ == "pobj":
                            return p
            return None  # "It was reported that ...": no speaker
    # "About 4 in 10 say they want ...": the parser makes the poll share a number modifier
    # of the verb, not its subject (PolNeAR train)
    for c in t.children:
        if c.dep_ in ("nummod", "npadvmod") and c.like_num and c.i < t.i:
            return c
    if depth > 3:
        return None
    # "Trump wrote ..., and called the call ...": the second verb shares the subject
    if t.dep_ == "conj" or (t.dep_ in ("advcl", "xcomp") and t.tag_ == "VBG") or t.dep_ == "xcomp" or (
            t.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children)):
        h = t.head
        # 'explained that "... it was not raised ...," and added that': the parser hangs
        # "added" on the quoted verb; the subject is the quoting verb's (seed, Global Times)
        while in_quote is not None and in_quote[h.i] and h.head.i != h.i:
            h = h.head
        if in_quote is not None and in_quote[h.i]:
            # '..., "I just had a very good call," and called the call "..."': the quote is
            # the sentence root; the subject is that of the quoting verb before it (seed)
            for v in reversed(t.doc[t.sent.start:t.i]):
                if v.pos_ == "VERB" and not in_quote[v.i]:
                    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
                    if subj is not None:
                        return subj
            return None
        if h.i != t.i:
            return _speaker(h, in_quote, depth + 1)
    # "officials, who said ..."
    if t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN"):
        return t.head
    # PolNeAR train, participles the subject of another verb carries:
    # '"...," Trump told reporters, before insisting he had ...', "After saying he was
    # nervous, the man ...": the subject of the verb the preposition hangs on
    if t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.dep_ == "prep" and t.head.head.pos_ in ("VERB", "AUX"):
        return _speaker(t.head.head, in_quote, depth + 1)
    # "a group backing Bush": the noun; "His office put out a statement saying ...": the
    # subject that put the statement out
    if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.pos_ in ("NOUN", "PROPN"):
        noun = t.head
        if noun.lemma_.lower() in cues.STATEMENT_NOUNS or noun.lemma_.lower() in _DOCUMENT_NOUNS:
            if noun.dep_ in ("dobj", "pobj") and noun.head.pos_ in ("VERB", "AUX"):
                return _speaker(noun.head, in_quote, depth + 1)
            return None
        return noun
    return None


#: Things that carry a statement for whoever issued them: "a statement saying ...".
_DOCUMENT_NOUNS = frozenset("letter message memo release tweet post video ad report note email".split())


def _is_person(tok) -> bool:
    return tok.ent_type_ == "PERSON" or tok.lower_ in ("he", "she", "i") or (
        tok.lemma_.lower() in cues.PERSON_ROLES and tok.tag_ == "NN")


def _may_intend(tok) -> bool:
    """People and groups of people state intentions ("Republicans want a tax cut", "they
    want ..."); a country or place as the subject is the writer's reading of a state
    ("China wants the United States to go further", seed)."""
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    return tok.lemma_.lower() not in ("country", "nation", "state", "it", "this", "that")


def _np_span(tok) -> tuple[int, int]:
    """The mention span of a speaker head: its entity, or head with its compounds/det."""
    if tok.ent_type_ and tok.ent_iob_ != "O":
        doc = tok.doc
        for ent in (tok.sent.ents if tok.sent is not None else doc.ents):
            if ent.start <= tok.i < ent.end:
                return ent.start, ent.end
    start = tok.i
    for c in tok.lefts:
        if c.dep_ in ("det", "compound", "amod", "nmod", "nummod", "quantmod"):
            start = min(start, c.left_edge.i)
    return start, tok.i + 1


def _complement(t, lemma):
    """The content clause of a cue: ccomp; xcomp of belief/intention verbs; an NP object;
    the object of a content preposition ("talked about immigration")."""
    if lemma == "make":
        return _make_content(t)
    if lemma in cues.PREP_ONLY_VERBS:
        # "talked about X"; "talked with X" reports nothing, nor does "said after speaking
        # with Xi that ...", where the parser hangs the said clause on "speaking" (seed)
        return _prep_content(t, lemma)
    ccomps = [c for c in t.children if c.dep_ == "ccomp"]
    if ccomps:
        # "WASHINGTON ― This spring, ..., Paul Manafort told friends that ...": a fronted
        # fragment parsed as a second ccomp; the clause after the cue is the content
        # (PolNeAR train)
        right = [c for c in ccomps if c.i > t.i]
        return right[0] if right else ccomps[0]
    prep_content = _prep_content(t, lemma)
    if lemma in cues.BELIEF_VERBS or lemma in cues.INTENTION_VERBS or lemma in cues.XCOMP_VERBS:
        for c in t.children:
            if c.dep_ == "xcomp":
                return c
    if lemma == "call":
        # "called the call 'a follow-up ...'", "called for a ceasefire"; never the phone call
        # itself ("Trump called Xi")
        for c in t.children:
            if c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "for"):
                return c
        return None
    if prep_content is not None and (lemma in cues.PREP_CONTENT and prep_content.head.lower_ in ("of", "for")):
        # "accused Republicans of placing ...": what they were accused of (PolNeAR train)
        return prep_content
    for c in t.children:
        if c.dep_ == "dobj" and lemma not in ("tell", "ask", "inform"):
            # "said something" is not content; "announced a plan", "backs X", "recalled an
            # incident", "criticized the accord" are (PolNeAR train: NP contents of most
            # cue verbs were missed when only announce-type and stance verbs took them).
            if lemma not in _NO_NP_CONTENT and c.pos_ != "PRON" and c.lemma_ not in ("it", "this", "that", "so"):
                # "Xi explained China's position on the Taiwan issue, saying that ...": the
                # participle carries what was said; the object is only its topic (seed)
                if lemma in cues.NP_CONTENT_VERBS or lemma in cues.STANCE_VERBS or not any(
                        x.dep_ == "advcl" and x.lemma_.lower() in cues.SPEECH_VERBS for x in t.children):
                    return c
            for cc in c.children:  # "told reporters that ..." attaches the clause to the object
                if cc.dep_ == "ccomp":
                    return cc
    if lemma in ("tell", "ask", "inform"):
        for c in t.children:
            if c.dep_ in ("dobj", "dative"):
                for cc in c.children:
                    if cc.dep_ == "ccomp":
                        return cc
    if prep_content is not None:
        return prep_content
    # "Adelson said earlier on Friday during a news conference that he may wait ...": the
    # parser hangs the that-clause on "conference"; a clause opened by the complementizer
    # "that" inside the cue's own phrase is still its content (PolNeAR train)
    for x in t.subtree:
        if x.i > t.i and x.dep_ == "mark" and x.lower_ == "that" and x.head.dep_ in ("relcl", "acl", "advcl"):
            h = x.head
            if h.head.i != t.i and any(a.i == t.i for a in h.ancestors) and not any(
                    a.pos_ == "VERB" and a.i != t.i for a in h.head.ancestors if a.i > t.i and a.i < h.i):
                return h
    return None


_REQUEST_VERBS = frozenset("ask urge call press encourage implore beg challenge pressure demand instruct "
                           "advise appeal".split())


def _directive(t, lemma) -> Optional[tuple[int, int]]:
    """"asked the congregation to stand", "called on Snyder to resign", "is calling for the
    United States to take a stronger role": the addressee and the requested act, one span
    (PolNeAR train: only the object, or only the quoted words, was taken)."""
    if lemma not in _REQUEST_VERBS:
        return None
    xcomp = next((c for c in t.children if c.dep_ == "xcomp" and c.i > t.i
                  and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    start = None
    for c in t.children:
        if c.i <= t.i or (xcomp is not None and c.i > xcomp.i):
            continue
        if c.dep_ == "dobj" and c.pos_ != "PRON" or c.dep_ == "dobj" and xcomp is not None:
            start = c.left_edge
            break
        if c.dep_ == "prep" and c.lower_ in ("for", "on", "to") and lemma in ("call", "appeal"):
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                start = pobj.left_edge
                # "calling for a special prosecutor to investigate ...": the infinitive may
                # hang on the object
                inner = next((x for x in pobj.children if x.dep_ in ("relcl", "acl") and x.tag_ == "VB"), None)
                if xcomp is None and inner is not None:
                    return start.idx, _subtree_end(inner)
                break
    if start is None and lemma == "call":
        # "is calling for the United States to take a stronger role": parsed as an
        # adverbial clause opened by "for"
        for c in t.children:
            if c.dep_ == "advcl" and c.i > t.i and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
                first = next(x for x in c.subtree if not (x.dep_ == "mark" and x.lower_ == "for"))
                return first.idx, _subtree_end(c)
    if start is None or xcomp is None:
        return None
    end = _subtree_end(xcomp)
    return start.idx, end


#: Cue verbs whose noun-phrase object is not what was said: "said something", "told
#: reporters", "asked questions", "answered the phone", "added a line".
_NO_NP_CONTENT = frozenset("say tell ask inform add continue answer reply respond text email post "
                           "call speak talk report write tweet retweet publish".split())


def _make_content(t):
    """"made (it) clear that ...", "made the case that/for ...": a statement made with
    "make" (PolNeAR train: the most frequent cue verb missing from the lists)."""
    for c in t.children:
        if c.lower_ == "clear" and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp"):
            for x in (*t.children, *c.children):
                if x.dep_ in ("ccomp", "advcl") and x.i > c.i and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                     for m in x.children):
                    return x
        if c.dep_ == "dobj" and c.lower_ in ("case", "argument", "point"):
            for x in c.children:
                if x.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in x.children):
                    return x
                if x.dep_ == "prep" and x.lower_ in ("for", "against"):
                    return next((p for p in x.children if p.dep_ in ("pobj", "pcomp")), None)
    return None


def _prep_content(t, lemma):
    """"talked about immigration", "pointed to the polls": the prepositional object."""
    preps = cues.PREP_CONTENT.get(lemma)
    if not preps:
        return None
    for c in t.children:
        if c.dep_ in ("prep", "prt") and c.lower_ in preps:
            for p in c.children:
                if p.dep_ in ("pobj", "pcomp") and p.ent_type_ not in ("DATE", "TIME"):
                    return p
                if p.dep_ == "prep" and c.dep_ == "prt":  # "lashed out at X", "weighed in on X"
                    for q in p.children:
                        if q.dep_ == "pobj":
                            return q
    return None


_EXTEND_DEPS = frozenset("prep npadvmod advmod oprd xcomp dative acomp attr dobj advcl".split())


def _extend_content(t, comp, end: int, in_quote, lemmas) -> int:
    """The rest of the cue's phrase after its content head, as PolNeAR spans it.

    "endorsed Jeb Bush for president", "referred to Rubio as 'a bright leader'", "shows
    Cruz 16 points ahead in Indiana", "think Obama advanced this agenda, but that there is
    more to do" (PolNeAR train: the object or first clause alone was too short). Not a
    participle or cue after a comma ("..., saying ..."), nor a coordinated verb.
    """
    doc = t.doc
    noun_content = comp.dep_ in ("dobj", "pobj", "pcomp")
    if comp.i < t.i or comp.dep_ == "xcomp":
        return end
    for c in t.rights:
        if c.i <= comp.right_edge.i or c.is_punct or c.is_space:
            continue
        if in_quote[c.i]:
            break
        prev = doc[c.left_edge.i - 1]
        if c.dep_ == "conj" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            pass  # "..., but that there is still more to do"
        elif not noun_content or c.dep_ not in _EXTEND_DEPS:
            break
        elif c.lemma_.lower() in lemmas or (prev.text == "," and c.tag_ == "VBG"):
            break
        elif c.dep_ == "prep" and any(p.ent_type_ in ("DATE", "TIME") for p in c.children):
            continue  # "on Saturday"
        elif c.dep_ == "prep" and c.lower_ == "for" and any(
                p.lemma_.lower() in cues.PERSON_ROLES or p.lower_ in ("office", "reelection", "re-election")
                for p in c.children):
            break  # "endorses Maria Lopez for mayor": the stance is towards Maria Lopez
        end = max(end, _subtree_end(c))
    return end


def _tail_after(doc, qe: int, cue) -> Optional[int]:
    """End of a verbless tail after a quote, up to the end of the cue's sentence, or None."""
    sent = cue.sent
    tail = [x for x in sent if x.idx >= qe and not x.is_space]
    while tail and tail[-1].is_punct:
        tail.pop()
    if not tail or len(tail) > 15 or tail[0].is_punct:
        return None
    if any(x.pos_ in ("VERB", "AUX") or x.dep_ == "cc" or x.text in (",", ";", "—", "(") for x in tail):
        return None
    if tail[0].lower_ in ("on", "in", "at", "during", "to", "after", "before", "when"):
        return None  # 'said "..." in a statement on Monday': where and when, not what
    return tail[-1].idx + len(tail[-1].text)


def _subtree_end(tok) -> int:
    last = tok.right_edge
    return last.idx + len(last.text)


_CUT_CUES = cues.SPEECH_VERBS - {"continue", "call", "add"}


def _clause_chars(comp, in_quote) -> tuple[int, int]:
    # '..."we can now focus on the 'big picture,'" drawing attention to ...': a trailing
    # participle clause is the writer's comment, not part of what was said (seed)
    cut = None
    for c in comp.rights:
        if (c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > 0 and comp.doc[c.left_edge.i - 1].text == ","
                and c.lemma_.lower() not in cues.SPEECH_VERBS):  # ", saying ..." is a report
            cut = c.left_edge.i - 1
            break
    if cut is None:
        # 'Ginsburg said ... that she didn't want to think about it and predicted that
        # Clinton will win': a coordinated cue verb is a statement of its own, not part of
        # this one's content (PolNeAR train)
        for x in comp.subtree:
            if (x.dep_ == "conj" and x.i > comp.i and x.pos_ == "VERB" and not in_quote[x.i]
                    and x.lemma_.lower() in _CUT_CUES and not any(c.dep_ in _SUBJ for c in x.children)):
                cc = [c for c in x.head.children if c.dep_ == "cc" and c.i < x.i]
                cut = cc[-1].i if cc else x.left_edge.i
                break
    toks = [x for x in comp.subtree if cut is None or x.i < cut]
    i, j = 0, len(toks)
    # "said that X": the complementizer is not part of what was said
    while i < j and (toks[i].dep_ == "mark" and toks[i].lower_ in ("that", "whether", "if") or toks[i].is_punct and not in_quote[toks[i].i]):
        i += 1
    while j > i and toks[j - 1].is_punct and not in_quote[toks[j - 1].i]:
        j -= 1
    if i >= j:
        return comp.idx, comp.idx + len(comp.text)
    return toks[i].idx, toks[j - 1].idx + len(toks[j - 1].text)


def _parenthetical(t) -> bool:
    """"The plan, she said, is dead": a cue set off by commas inside another clause."""
    return t.dep_ == "parataxis" and t.head.i > t.i and t.head.dep_ == "ROOT"


def _fronted_content(t):
    """"The economy is strong, he said.": the cue hangs off the clause it reports."""
    # only a trailing "..., he said" on the main clause: not "when they declared", not
    # "It is unlikely that the United States will concede" (seed)
    if (t.dep_ in ("parataxis", "ccomp") and t.head.i < t.i and t.head.dep_ == "ROOT"
            and not any(c.dep_ == "mark" for c in t.children)
            and all(x.is_punct or x.is_space for x in t.doc[t.right_edge.i + 1:t.sent.end])):
        sent = t.sent
        end_tok = t.left_edge.i
        start_tok = sent.start
        toks = [x for x in t.doc[start_tok:end_tok]]
        while toks and (toks[-1].is_punct or toks[-1].is_space):
            toks.pop()
        while toks and (toks[0].is_punct or toks[0].is_space):
            toks.pop(0)
        if len(toks) >= 3:
            return toks[0].idx, toks[-1].idx + len(toks[-1].text)
    # "This campaign, he says, is different.", "If the stakes are small, the campaign said,
    # it may not bother": a cue set off by commas inside the clause it reports (PolNeAR
    # train). The content is the sentence around it, the cue phrase included (one span).
    if (t.dep_ == "parataxis" and t.head.i > t.i and t.head.dep_ == "ROOT"
            and not any(c.dep_ in ("mark", "ccomp", "dobj") for c in t.children)):
        doc = t.doc
        left, right = t.left_edge.i, t.right_edge.i
        if doc[left].text == ",":
            left += 1
        if doc[right].text == ",":
            right -= 1
        if left > t.sent.start and doc[left - 1].text == "," and right + 1 < t.sent.end and doc[right + 1].text == ",":
            toks = [x for x in t.sent if not (x.is_punct or x.is_space) or x.i not in (t.sent.start, t.sent.end - 1)]
            while toks and (toks[-1].is_punct or toks[-1].is_space):
                toks.pop()
            while toks and (toks[0].is_punct or toks[0].is_space):
                toks.pop(0)
            before = sum(1 for x in toks if x.i < left and not x.is_punct)
            after = sum(1 for x in toks if x.i > right and not x.is_punct)
            if before >= 2 and after >= 2:
                return toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return None


def _cue_end(t) -> int:
    end = t.idx + len(t.text)
    for c in t.rights:  # "point out", "called for"
        if c.dep_ == "prt" and c.i == t.i + 1:
            end = c.idx + len(c.text)
    return end


def _recipient(t) -> Optional[tuple[int, int]]:
    """"Medeiros told the WSJ": the outlet a statement was given to."""
    if t.lemma_.lower() not in ("tell", "say", "write"):
        return None
    for c in t.children:
        if c.dep_ in ("dobj", "dative") and c.ent_type_ == "ORG":
            return _np_span(c)
        if c.dep_ == "prep" and c.lower_ in ("to",) and t.lemma_.lower() in ("say", "write"):
            for p in c.children:
                if p.dep_ == "pobj" and p.ent_type_ == "ORG":
                    return _np_span(p)
    return None


def _trim(text: str, start: int, end: int, *, keep_quotes: bool) -> Optional[tuple[int, int]]:
    """Strip spaces and dangling commas; for quotes, the quote marks and a trailing comma."""
    while start < end and (text[start].isspace() or text[start] in _PUNCT_EDGE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _PUNCT_EDGE):
        end -= 1
    if keep_quotes:
        if text.startswith("''", start) and text.endswith("''", 0, end) and end - start > 4:
            start += 2  # ''...'' (see quotes.py)
            end -= 2
            while end > start and (text[end - 1] in ",;:" or text[end - 1].isspace()):
                end -= 1
        opens = text[start:start + 1] in ('"', "“")
        closes = text[end - 1:end] in ('"', "”", "“")
        # strip a pair of marks, never one half of it ('we need more information” about ...')
        if opens and closes and end - start > 2:
            start += 1
            end -= 1
            while end > start and (text[end - 1] in ",;:" or text[end - 1].isspace()):
                end -= 1
    return (start, end) if end - start >= 2 else None


def _in_prep_phrase(doc, qs, qe, cue_i) -> bool:
    """'In a conversation about his project, "Latin History for Dummies," the actor
    discussed ...', '..., Lehel stated during an interview for "Dateline" that ...': a
    quoted title inside a prepositional phrase of the cue is not what was said (PolNeAR
    train: the title replaced the real content)."""
    span = doc.char_span(qs, qe, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if not words or len(words) > 8:
        return False
    top = words[0]
    for a in top.ancestors:
        if a.i in range(span.start, span.end):
            top = a
    path = [top, *top.ancestors]
    for x, nxt in zip(path, path[1:]):
        if nxt.i == cue_i:
            return x.dep_ == "prep" or (x.dep_ == "pobj" and x.head.dep_ == "prep")
        if nxt.dep_ == "prep" and nxt.head.i == cue_i:
            return True
    return False


def _quote_owner(doc, qs, qe, cue_set, in_quote) -> Optional[int]:
    """The cue token a quote belongs to, or None for a floating quote."""
    first = doc.char_span(qs, qs + 1, alignment_mode="expand")
    last = doc.char_span(max(qe - 1, qs), qe, alignment_mode="expand")
    if first is None or last is None:
        return None
    qtoks = range(first.start, last.end)
    sents = [first[0].sent] if first[0].sent == last[0].sent else [first[0].sent, last[0].sent]
    for sent in sents:
        inside = [i for i in qtoks if sent.start <= i < sent.end]
        # (1) a quoted token whose nearest cue ancestor is outside the quote
        for i in inside:
            for a in doc[i].ancestors:
                if a.i in cue_set:
                    return a.i
                if in_quote[a.i] is False and a.pos_ == "VERB" and a.i not in qtoks:
                    break
        # (2) a parenthetical cue hanging inside the quote: '"...," he said.'
        outside = [t for t in sent if not (qs <= t.idx < qe) and t.i in cue_set]
        for t in outside:
            if any(a.i in qtoks for a in t.ancestors):
                return t.i
        # (3) the only cue of the sentence, next to the quote: 'Biden said, "I do not support
        # Taiwan independence," but China wants ... the U.S. is "against Taiwan independence."'
        # gives Biden the first quote only (seed)
        if len(outside) == 1:
            t = outside[0]
            gap = range(t.i + 1, first.start) if t.i < first.start else range(last.end, t.i)
            if sum(1 for k in gap if not (doc[k].is_punct or doc[k].is_space)) <= 4:
                return t.i
    # (4) '"Russia, if you're listening, ... missing." Trump said.': the full stop inside the
    # quote makes "Trump said." a sentence of its own, with no content (PolNeAR train)
    after = last.end
    while after < len(doc) and (doc[after].is_space or doc[after].text in ('"', "”", "''")):
        after += 1
    if after < len(doc) and doc[after].is_sent_start:
        sent = doc[after].sent
        root = sent.root
        if (root.i in cue_set and len(sent) <= 10 and root.left_edge.i == sent.start
                and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "prep") for c in root.children)):
            return root.i
    # (5) "Cruz continued:" and the quote opens the next sentence or paragraph
    head = first[0]
    if head.sent.start == first.start or all(doc[k].is_space or doc[k].is_punct for k in range(head.sent.start, first.start)):
        prev_end = head.sent.start - 1
        while prev_end >= 0 and doc[prev_end].is_space:
            prev_end -= 1
        if prev_end >= 0 and doc[prev_end].text == ":":
            for t in reversed(list(doc[prev_end].sent)):
                if t.i in cue_set:
                    return t.i
    return None


def _headline_colon(doc, in_quote) -> Iterator[RawStatement]:
    """"Clinton camp: Trump's Islamophobia threatens national security" — the headline form
    of a statement: a short name, a colon, what they said (PolNeAR train headlines)."""
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        colon = next((k for k, t in enumerate(toks[:7]) if t.text == ":"), None)
        if not colon or in_quote[toks[colon].i] or len(toks) - colon - 1 < 3:
            continue
        head = toks[:colon]
        # "Editor's note:", "Delegate Update:": page furniture, not a speaker (PolNeAR train)
        if head[-1].lower_ in _NOT_SPEAKER_LABELS:
            continue
        # "Sanders: Clinton Email Story Has Moved": in a title-cased headline the model
        # tags the name NOUN and no entity (PolNeAR train); a capitalised name still counts
        named = all(t.is_title or t.is_upper or t.lower_ in ("'s", "’s", "-", ".") for t in head) and len(head) <= 4
        if not named and not any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or t.pos_ == "PROPN" for t in head):
            continue
        if head[-1].pos_ not in ("PROPN", "NOUN") or any(t.pos_ in ("VERB", "AUX", "NUM") for t in head):
            continue
        rest = toks[colon + 1:]
        while rest and (rest[-1].is_punct and not in_quote[rest[-1].i]):
            rest.pop()
        if len(rest) < 3:
            continue
        start, end = rest[0].idx, rest[-1].idx + len(rest[-1].text)
        trimmed = _trim(doc.text, start, end, keep_quotes=True)
        if trimmed:
            c = toks[colon]
            yield RawStatement(c.idx, c.idx + 1, ":", (head[0].i, head[-1].i + 1), trimmed,
                               "direct" if in_quote[rest[0].i] else "indirect", cue_token=c.i)


_NOT_SPEAKER_LABELS = frozenset("note update updates correction corrections related watch read photo photos "
                                "video source sources disclosure clarification editor summary".split())


def _according_to(doc, in_quote) -> Iterator[RawStatement]:
    """"According to The Wall Street Journal (WSJ), the call was initiated by President Xi.\""""
    for t in doc:
        if t.lower_ != "according" or in_quote[t.i] or t.i + 1 >= len(doc) or doc[t.i + 1].lower_ != "to":
            continue
        to = doc[t.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        phrase_start, phrase_end = t.i, max(x.i for x in to.subtree) + 1
        sent = t.sent
        toks = [x for x in sent if not (phrase_start <= x.i < phrase_end)]
        # the clause the phrase modifies: the whole sentence outside "according to X"
        while toks and (toks[0].is_punct or toks[0].is_space):
            toks.pop(0)
        while toks and (toks[-1].is_punct or toks[-1].is_space):
            toks.pop()
        if len(toks) < 3:
            continue
        if phrase_start > toks[0].i and phrase_end < toks[-1].i:
            # mid-sentence phrase: keep the part after it when the part before is short
            before = [x for x in toks if x.i < phrase_start]
            if len(before) <= 3:
                toks = [x for x in toks if x.i >= phrase_end]
        while toks and (toks[0].is_punct or toks[0].is_space):
            toks.pop(0)
        if len(toks) < 3:
            continue
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        yield RawStatement(t.idx, to.idx + len(to.text), "according to", _np_span(pobj), (start, end),
                           "indirect", cue_token=t.i)


def _position_statements(doc, in_quote) -> Iterator[RawStatement]:
    """"The official U.S. position is that it "opposes ...": the holder of a position speaks."""
    for t in doc:
        if t.lemma_.lower() not in cues.POSITION_NOUNS or t.dep_ != "nsubj" or in_quote[t.i]:
            continue
        be = t.head
        if be.lemma_ != "be":
            continue
        comp = next((c for c in be.children if c.dep_ in ("ccomp",)), None)
        if comp is None:
            continue
        holder = None
        for c in t.lefts:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.ent_type_ in ("GPE", "ORG", "PERSON", "NORP"):
                holder = c
        if holder is None:
            for c in t.rights:  # "the position of the United States is that"
                if c.dep_ == "prep" and c.lower_ == "of":
                    holder = next((p for p in c.children if p.dep_ == "pobj" and p.ent_type_), None)
        if holder is None:
            continue
        start, end = _clause_chars(comp, in_quote)
        kind = "mixed" if any(in_quote[x.i] for x in comp.subtree) else "indirect"
        trimmed = _trim(doc.text, start, end, keep_quotes=True)
        if trimmed:
            yield RawStatement(t.idx, be.idx + len(be.text), t.lemma_.lower(), _np_span(holder), trimmed,
                               kind, cue_token=t.i)


def _noun_statements(doc, in_quote) -> Iterator[RawStatement]:
    """"Trump's claim that the election was rigged", "Lopez's refusal to endorse Baker",
    "Baker's call for a special prosecutor": a statement carried by a noun, its possessor
    the speaker (PolNeAR train). Only with a named or pronoun possessor; not the subject of
    "is that ..." (that is :func:`_position_statements`)."""
    for t in doc:
        preps = cues.CUE_NOUNS.get(t.lower_)
        if preps is None or t.pos_ != "NOUN" or in_quote[t.i]:
            continue
        holder = next((c for c in t.children if c.dep_ == "poss"), None)
        if holder is None or not (holder.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or holder.pos_ == "PRON"):
            continue
        if t.dep_ == "nsubj" and t.head.lemma_ == "be" and any(c.dep_ == "ccomp" for c in t.head.children):
            continue
        content = None
        for c in t.children:
            if c.i < t.i:
                continue
            if c.dep_ in ("acl", "ccomp", "relcl") and any(
                    m.dep_ == "mark" and m.lower_ == "that" or m.dep_ == "aux" and m.lower_ == "to" for m in c.children):
                content = _clause_chars(c, in_quote)
                break
            if c.dep_ == "prep" and c.lower_ in preps:
                pobj = next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    content = pobj.left_edge.idx, _subtree_end(pobj)
                    break
        if content is None:
            continue
        kind = "mixed" if any(in_quote[x.i] for x in doc.char_span(*content, alignment_mode="expand") or ()) else "indirect"
        trimmed = _trim(doc.text, *content, keep_quotes=kind != "indirect")
        if trimmed:
            yield RawStatement(t.idx, t.idx + len(t.text), t.lower_, _np_span(holder), trimmed, kind, cue_token=t.i)


def _floating_quotes(doc, quotes, owned, found) -> Iterator[RawStatement]:
    """A sentence that is all quote, with no cue, continues the previous speaker's quote.

    Seed-style: '"X," he said. "Y."' — the "Y." sentence has no cue of its own.
    """
    if not found:
        return
    by_pos = sorted(found, key=lambda r: r.content[0])
    for qi, (qs, qe) in enumerate(quotes):
        if qi in owned:
            continue
        span = doc.char_span(qs, qe, alignment_mode="expand")
        if span is None or len(span) < 4:
            continue
        sent = span[0].sent
        sent_chars = len(sent.text.strip())
        if (qe - qs) < 0.8 * min(sent_chars, qe - sent.start_char) and not (qs <= sent.start_char + 1 and qe >= sent.end_char - 2):
            continue
        prev = [r for r in by_pos if r.content[1] <= qs and qs - r.content[1] < 400 and r.kind != "indirect"]
        if not prev:
            continue
        p = prev[-1]
        between = doc.text[p.content[1]:qs]
        if between.count("\n") > 2:
            continue
        trimmed = _trim(doc.text, qs, qe, keep_quotes=True)
        if not trimmed:
            continue
        said = (p.content[1] - p.content[0]) + (trimmed[1] - trimmed[0])
        if "\n" not in between and said >= 0.6 * (trimmed[1] - p.content[0]):
            # '"All the stuff he is promising is never going to happen," Teske said. "I've
            # always liked Hillary."': one statement in two pieces, as PolNeAR annotates it.
            # Not across a long stretch of narration ('"His legend will live on," Spencer
            # said, as a few young fighters worked out inside the gym, while ... "His
            # stories ..."', PolNeAR train): the joined span would be mostly not said.
            p.content = (p.content[0], trimmed[1])
            continue
        yield RawStatement(None, None, None, p.speaker, trimmed, "direct", floating=True)


# --------------------------------------------------------------------------------------
# Actors


def _is_junk(text: str, ent) -> bool:
    """Page furniture: markdown image lines, URLs, e-mail bylines ("Lee / Beijing= ...")."""
    if any(ch in _JUNK_CHARS for ch in ent.text):
        return True
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    line_end = text.find("\n", ent.end_char)
    line = text[line_start: line_end if line_end != -1 else len(text)]
    return bool(_JUNK_LINE.search(line))


def _entity_candidates(doc, resolver: ArticleResolver, table: AliasTable) -> list[Candidate]:
    """Named mentions, with known NER slips corrected."""
    text = doc.text
    out = []
    for ent in doc.ents:
        kind = kind_for_label(ent.label_)
        if kind is None or _is_junk(text, ent):
            continue
        start, end = ent.start_char, ent.end_char
        # "the United States": the article is not part of the name
        if ent[0].lower_ == "the" and len(ent) > 1:
            start = ent[1].idx
        surface = text[start:end]
        # "U.S.-China relations" tagged PERSON (seed): two countries, two mentions
        if "-" in surface and not table.lookup(surface):
            parts = _split_hyphenated(surface, start, table)
            if parts:
                for ps, pe, entry in parts:
                    c = resolver.add(ps, pe, text[ps:pe], entry.kind)
                    if c:
                        out.append(c)
                continue
        # "Chinese President Xi Jinping": a demonym (NORP) names the country
        if kind == "group" and table.demonym(surface):
            kind = "country"
        if kind == "place" and ent.label_ == "GPE":
            entry = table.lookup(surface)
            if entry is not None and entry.kind == "country":
                kind = "country"
        c = resolver.add(start, end, surface, kind, _roles(ent))
        if c:
            out.append(c)
    # "U.S.-China relations" is sometimes no entity at all (seed headline): the pair of
    # countries is still two mentions
    taken = [(c.start, c.end) for c in out]
    for m in _HYPHEN_PAIR.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken) or _JUNK_LINE.search(text[m.start():m.end()]):
            continue
        for ps, pe, entry in _split_hyphenated(m.group(), m.start(), table) or ():
            c = resolver.add(ps, pe, text[ps:pe], entry.kind)
            if c:
                out.append(c)
    return out


_HYPHEN_PAIR = re.compile(r"\b[A-Z][\w.]*(?:-[A-Z][\w.]*)+")


def _split_hyphenated(surface: str, offset: int, table: AliasTable):
    parts = []
    pos = 0
    for piece in surface.split("-"):
        entry = table.lookup(piece) or table.demonym(piece)
        if entry is None or entry.kind not in ("country", "place"):
            return None
        parts.append((offset + pos, offset + pos + len(piece), entry))
        pos += len(piece) + 1
    return parts if len(parts) > 1 else None


def _roles(ent) -> list[str]:
    """"Georgetown professor Evan Medeiros": professor; "U.S. President Donald Trump": president."""
    roles = []
    root = ent.root
    for c in root.lefts:
        if c.i >= ent.start:
            continue
        # only known roles: "U.S.-China relations" left of "Trump" in a headline is no role
        if c.dep_ in ("compound", "amod", "appos") and c.lower_ in cues.PERSON_ROLES and not c.ent_type_:
            roles.append(c.lower_)
    for c in root.rights:
        if c.dep_ == "appos" and c.lemma_.lower() in cues.PERSON_ROLES and not c.ent_type_:
            roles.append(c.lemma_.lower())
    return roles


def _affiliations(doc, cands_by_token, article_id) -> list[Relation]:
    """AFFILIATED_WITH from apposition: "Georgetown professor Evan Medeiros"."""
    rels = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        person = cands_by_token.get(ent.root.i)
        if person is None or person.kind != "person" or not person.actor:
            continue
        for c in ent.root.lefts:
            if c.i >= ent.start or c.ent_type_ or c.lower_ not in cues.PERSON_ROLES:
                continue
            for m in c.subtree:
                org = cands_by_token.get(m.i)
                if org is not None and org.actor and org.kind in ("organization", "country") and m.i < c.i:
                    sent = ent.sent
                    rels.append(Relation(type="AFFILIATED_WITH", source=person.actor, target=org.actor,
                                         article=article_id, sentence=Span(sent.start_char, sent.end_char, sent.text),
                                         detail=c.lower_, cue=c.lower_,  # the role noun is the cue
                                         confidence=0.8))
    unique = {r.id: r for r in rels}
    return list(unique.values())


# --------------------------------------------------------------------------------------
# Speaker resolution


def _is_main_subject(tok) -> bool:
    verb = tok.head if tok.dep_ != "poss" else tok.head.head
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


class _SpeakerResolver:
    """Pronouns and descriptions as speakers: "He added", "the president said"."""

    def __init__(self, doc, cands: list[Candidate], cands_by_token: dict[int, Candidate], actors: dict[str, Actor]):
        self.doc = doc
        self.cands = sorted(cands, key=lambda c: c.start)
        self.by_token = cands_by_token
        self.actors = actors
        self.subject_person: dict[int, list[tuple[int, str]]] = {}  # sent start -> [(tok, actor)]
        for c in self.cands:
            if c.kind != "person" or not c.actor:
                continue
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            # subjects, and possessors of subjects ("President Trump's concerns are ...")
            if root.dep_ in _SUBJ or root.dep_ == "poss" and root.head.dep_ in _SUBJ:
                self.subject_person.setdefault(root.sent.start, []).append((root.i, c.actor))
        # the subject of the main clause first: in "Anna Keller spoke after Tom Baker left.
        # She said ...", "She" is Anna Keller
        for key, subjects in self.subject_person.items():
            subjects.sort(key=lambda p: _is_main_subject(doc[p[0]]))

    def note_subject(self, tok, actor: str) -> None:
        """A resolved pronoun subject is a subject for the next pronoun ("He further wrote")."""
        self.subject_person.setdefault(tok.sent.start, []).append((tok.i, actor))

    def resolve(self, tok) -> Optional[str]:
        low = tok.lower_
        if low in ("he", "she"):
            return self._pronoun(tok)
        # singular only: "the two leaders" is not the last leader named
        if tok.tag_ == "NN" and any(c.lower_ in ("the", "this", "that") for c in tok.lefts):
            lemma = tok.lemma_.lower()
            if lemma in cues.PERSON_ROLES:
                return self._recent(tok, "person", role=lemma) or self._recent(tok, "person")
            kind = cues.DESCRIPTION_KINDS.get(lemma)
            if kind:
                return self._recent(tok, kind)
        return None

    def _pronoun(self, tok) -> Optional[str]:
        sent = tok.sent
        here = [a for i, a in self.subject_person.get(sent.start, []) if i < tok.i]
        if here:
            return here[-1]
        # previous sentences, nearest first, within a short window
        s = sent
        for _ in range(4):
            if s.start == 0:
                break
            s = self.doc[s.start - 1].sent
            found = self.subject_person.get(s.start)
            if found:
                return found[-1][1]
        return self._recent(tok, "person")

    def _recent(self, tok, kind: str, role: Optional[str] = None) -> Optional[str]:
        for c in reversed(self.cands):
            if c.start >= tok.idx or tok.idx - c.start > 3000:
                continue
            if c.kind == kind and c.actor and (role is None or role in self.actors[c.actor].roles):
                return c.actor
        return None


# --------------------------------------------------------------------------------------
# The extractor


def _mark_lines(doc) -> None:
    """Every line starts a sentence: headlines and list items have no final period, and
    the parser otherwise runs them into the next sentence (seed: "Summary" + first bullet)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or (prev.is_space and "\n" in prev.text_with_ws):
            tok.is_sent_start = True


class Extractor:
    """Turns Articles into ArticleGraphs with one spaCy pipeline.

    Intentions of people and groups ("Clinton wants to ...", "Republicans want ...") are
    statements; ``attitudes=True`` also reads those of countries and places ("China wants
    the United States to ..."), off by default since the writer, not the actor, says them.
    """

    def __init__(self, nlp, *, aliases: Optional[AliasTable] = None, attitudes: bool = False):
        self.nlp = nlp
        self.aliases = aliases
        self.attitudes = attitudes

    def _prepare(self, text: str):
        doc = self.nlp.make_doc(text)
        _mark_lines(doc)
        return doc

    def extract(self, article: Article) -> ArticleGraph:
        return self.build(article, self.nlp(self._prepare(article.text)))

    def extract_many(self, articles: Iterable[Article], n_process: int = 1, batch_size: int = 32,
                     on_error=None) -> Iterator[ArticleGraph]:
        """Stream ArticleGraphs in input order, parsing with ``nlp.pipe``; an article that cannot
        be extracted goes to ``on_error(article, message)`` and the others go on (see .batch)."""
        return batch.extract_in_order(self.nlp, articles, self._prepare, self.build, n_process=n_process,
                                      batch_size=batch_size, on_error=on_error)

    def build(self, article: Article, doc) -> ArticleGraph:
        """The ArticleGraph of an article from its parsed Doc."""
        text = article.text
        table = self.aliases or default_table()
        resolver = ArticleResolver(table)
        cands = _entity_candidates(doc, resolver, table)
        actors = resolver.resolve()
        actor_by_id = {a.id: a for a in actors}
        by_token: dict[int, Candidate] = {}
        for c in cands:
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    by_token[t.i] = c
        mentions = [Mention(c.start, c.end, text[c.start:c.end], c.actor) for c in cands]

        quotes = find_quotes(text)
        raws = find_statements(doc, quotes, attitudes=self.attitudes)
        raws.sort(key=lambda r: (r.content[0], r.cue_start or 0))
        speakers = _SpeakerResolver(doc, cands, by_token, actor_by_id)

        statements: list[Statement] = []
        seen_ids: set[str] = set()
        raw_stmt: list[tuple[RawStatement, Statement]] = []
        extra_actors: dict[str, Actor] = {}
        for raw in sorted(raws, key=lambda r: r.cue_start if r.cue_start is not None else r.content[0]):
            mention = None
            if raw.speaker is not None:
                mention = self._speaker_mention(doc, raw.speaker, by_token, speakers, mentions, extra_actors)
            cs, ce = raw.content
            sid = model.stable_id(article.id, cs, ce)
            if sid in seen_ids:
                continue
            seen_ids.add(sid)
            cue = Span(raw.cue_start, raw.cue_end, text[raw.cue_start:raw.cue_end]) if raw.cue_start is not None else None
            sent_span = doc.char_span(cs, ce, alignment_mode="expand")
            sentence = None
            if sent_span is not None:
                s = sent_span[0].sent
                sentence = Span(s.start_char, s.end_char, s.text)
                if raw.cue_token is not None:
                    s2 = doc[raw.cue_token].sent
                    if s2.start_char < s.start_char:
                        sentence = Span(s2.start_char, s.end_char, text[s2.start_char:s.end_char])
                    elif s2.end_char > s.end_char:
                        sentence = Span(s.start_char, s2.end_char, text[s.start_char:s2.end_char])
            reported_by = None
            if raw.recipient is not None:
                rc = by_token.get(raw.recipient[0]) or by_token.get(raw.recipient[1] - 1)
                if rc is not None and rc.kind == "organization":
                    reported_by = rc.actor
            st = Statement(id=sid, speaker=mention, cue=cue, content=Span(cs, ce, text[cs:ce]), kind=raw.kind,
                           reported_by=reported_by, sentence=sentence, date=article.published,
                           cue_lemma=raw.cue_lemma)
            raw_stmt.append((raw, st))

        raw_stmt = _nest_reports(doc, raw_stmt)
        in_quote = _quote_index(doc, quotes)
        for raw, st in raw_stmt:
            st.about = _about(doc, st, by_token, table, in_quote)
            statements.append(st)
        statements = _drop_restatements(statements)
        statements.sort(key=lambda s: s.content.start)
        relations = _affiliations(doc, by_token, article.id)
        used = {m.actor for m in mentions if m.actor}
        actors = [a for a in actors if a.id in used] + [a for a in extra_actors.values() if a.id not in actor_by_id]
        # "no one thought the Berlin Wall would ever come down" made the statement ABOUT
        # Germany (capital metonymy) with no Germany mention in the article: the store then
        # refused the whole article. A subject must be an actor the article names.
        defined = {a.id for a in actors}
        for st in statements:
            st.about = [t for t in st.about if t in defined or model.node_label(t) == "Topic"]
        graph = ArticleGraph(article=article, actors=actors, mentions=mentions,
                             statements=statements, relations=relations)
        return _with_stances_and_events(graph, doc)

    @staticmethod
    def _speaker_mention(doc, span, by_token, speakers: _SpeakerResolver, mentions: list[Mention],
                         extra_actors: dict[str, Actor]) -> Mention:
        s, e = span
        toks = doc[s:e]
        start, end = toks.start_char, toks.end_char
        actor = None
        head = toks.root
        c = by_token.get(head.i)
        if c is not None:
            actor = c.actor
            start, end = c.start, c.end
        else:
            actor = speakers.resolve(head)
            if actor is None and head.pos_ == "NOUN" and any(t.i in by_token for t in toks):
                # "Chinese state media reported": a group named after an actor, not the actor
                words = toks[1:] if toks[0].dep_ == "det" else toks
                name = words.text
                actor = model.actor_id("group", name)
                if actor not in extra_actors:
                    extra_actors[actor] = Actor(actor, name, "group", [name], [])
            if actor is not None:
                mentions.append(Mention(start, end, doc.text[start:end], actor))
        if actor is not None and head.dep_ in _SUBJ:
            speakers.note_subject(head, actor)
        return Mention(start, end, doc.text[start:end], actor)


def _nest_reports(doc, pairs):
    """"Xinhua reported that President Xi said ...": one statement, speaker Xi, reported_by Xinhua.

    An outer report whose content holds an inner report's cue and content is the
    reporting chain, not a statement of its own.
    """
    drop = set()
    for i, (ro, so) in enumerate(pairs):
        if ro.cue_token is None:
            continue
        for j, (ri, si) in enumerate(pairs):
            if i == j or ri.cue_token is None or ri.cue_start is None:
                continue
            if so.content.start <= ri.cue_start < so.content.end and so.content.start <= si.content.start \
                    and si.content.end <= so.content.end + 2 and _governs(doc, so.content, ri.cue_token):
                # "Cruz says he supports ...", "he says he believes ...": one speaker holding a
                # view is one statement, the outer one (as PolNeAR annotates it)
                same = si.speaker is not None and so.speaker is not None and (
                    si.speaker.actor is not None and si.speaker.actor == so.speaker.actor)
                if same or (ri.cue_lemma or "") not in cues.SPEECH_VERBS:
                    drop.add(j)
                    continue
                # the inner cue must govern the outer content ("reported that X said"), not
                # merely sit inside it ("... , saying ..." of another clause)
                if si.reported_by is None and so.speaker is not None and so.speaker.actor:
                    si.reported_by = so.speaker.actor
                drop.add(i)
    return [p for k, p in enumerate(pairs) if k not in drop]



def _governs(doc, content: Span, cue_token: int) -> bool:
    """Is the inner cue the head of the outer content ("reported that Xi said ...", "said
    Xi explained ..., saying ...")? A cue deeper down, in a relative clause ("criticized
    Clinton's email use, which an FBI investigation said was careless"), leaves the outer
    statement standing (PolNeAR train)."""
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is None:
        return True
    root = span.root
    t = doc[cue_token]
    for _ in range(6):
        if t.i == root.i:
            return True
        if t.dep_ not in ("conj", "advcl", "ccomp", "parataxis", "xcomp") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _about(doc, st: Statement, by_token, table, in_quote) -> list[str]:
    """Actors named in the content. Precise on purpose: a statement about the Taiwan Strait is
    about Taiwan; a "when ..." clause setting the scene ("when Xi focused on the Taiwan
    issue, Trump brought up Ukraine") is not what the statement is about."""
    span = doc.char_span(st.content.start, st.content.end, alignment_mode="expand")
    if span is None:
        return []
    skip: set[int] = set()
    if st.kind != "direct":
        for t in span:
            if t.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _TEMPORAL_MARKS
                                         for c in t.children):
                skip.update(x.i for x in t.subtree)
    if st.kind == "direct":
        # '"We will win," said Maria Lopez, "and ..."': the speaker between two halves of a
        # quote is not what the quote is about
        skip.update(t.i for t in span if not in_quote[t.i])
    about: list[str] = []
    for t in span:
        if t.i in skip:
            continue
        c = by_token.get(t.i)
        if c is None or not c.actor:
            continue
        if c.actor not in about:
            about.append(c.actor)
        # "the Taiwan Strait" -> also about Taiwan
        if c.kind == "place":
            first = c.core.split()[0] if c.core else ""
            entry = table.lookup(first)
            if entry is not None and entry.kind == "country":
                cid = model.actor_id(entry.kind, entry.name)
                if cid not in about:
                    about.append(cid)
    return about


def _drop_restatements(statements: list[Statement]) -> list[Statement]:
    """The same quote twice from the same speaker (seed: Xi's "postwar international order"
    and, later, "post-World War II international order") is one statement, kept once."""
    kept: list[Statement] = []
    words_of = lambda s: set(re.findall(r"\w+", s.content.text.lower()))
    for st in sorted(statements, key=lambda s: s.content.start):
        w = words_of(st)
        dup = False
        for k in kept:
            if (k.speaker and st.speaker and k.speaker.actor and k.speaker.actor == st.speaker.actor
                    and k.reported_by == st.reported_by):
                kw = words_of(k)
                if w and kw and len(w & kw) / len(w | kw) >= 0.6 and len(w) >= 6:
                    dup = True
                    break
        if not dup:
            kept.append(st)
    return kept


def extract_jsonl_record(path: str, graph: ArticleGraph) -> dict:
    """The evaluation shape of one article (``bench/attribution.py``, ``polnear.py score``).

    ``statements`` lists the graph's statements, then each reporting chain once more as
    the single outer attribution a reader sees ("Xinhua reported that Xi said ..." ->
    speaker Xinhua, content "Xi said ...", no cue, no ``reported_by``). That is the
    univocal shape PolNeAR annotates; the graph keeps the inner statement with
    ``reported_by`` (``load`` reads ``graph``, not this list).
    """
    def span(s):
        return {"start": s.start, "end": s.end, "text": s.text} if s is not None else None

    def speaker(m):
        return {"start": m.start, "end": m.end, "text": m.text, "actor": m.actor} if m else None

    rows = [
        {
            "id": st.id,
            "speaker": speaker(st.speaker),
            "cue": span(st.cue),
            "content": span(st.content),
            "kind": st.kind,
            "reported_by": st.reported_by,
            "about": list(st.about),
        }
        for st in graph.statements
    ]
    text = graph.article.text
    for st in graph.statements:
        outer = _outer_report(text, st, graph.mentions)
        if outer is not None:
            m, (cs, ce) = outer
            # "reports": marks the outer row so a reader can tell it from the graph's own rows.
            rows.append({"reports": st.id, "speaker": speaker(m), "cue": None, "content": {"start": cs, "end": ce, "text": text[cs:ce]},
                         "kind": st.kind, "reported_by": None, "about": list(st.about)})
    return {"path": path, "article": graph.article.to_dict(), "statements": rows,
            "actors": [a.to_dict() for a in graph.actors]}


def _outer_report(text: str, st: Statement, mentions: list[Mention]):
    """The reporter's mention and the span "<speaker> <cue> <content>" it reports, or None.

    Only for a reporting chain ("Xinhua reported that Xi said", "..., Obama said,
    according to CNN"), never for a recipient ("Medeiros told the WSJ that").
    """
    if not st.reported_by or st.speaker is None or st.cue is None or st.sentence is None:
        return None
    parts = [st.speaker, st.cue, st.content]
    start, end = min(p.start for p in parts), max(p.end for p in parts)
    best = None
    for m in mentions:
        if m.actor != st.reported_by or not (st.sentence.start <= m.start < st.sentence.end):
            continue
        if start <= m.start < end or (m.start >= st.cue.end and text[st.cue.end:m.start].strip().lower() in (
                "", "the", "to", "to the")):
            return None  # "told the WSJ that ...", '"...," Graham told CBS News': a recipient
        if m.end <= start and (best is None or m.start > best.start):
            best = m
        elif m.start >= end and best is None:
            best = m
    if best is None:
        return None
    # the whole inner report: "President Xi said ...", '"The talks were productive," Xi said'
    if start == st.speaker.start:
        m = _TITLES_BEFORE.search(text, max(0, start - 60), start)
        if m is not None:
            start = m.start()
    if start == st.content.start and text[start - 1:start] in ('"', "“"):
        start -= 1
    if end == st.content.end and text[end:end + 1] in ('"', "”"):
        end += 1
    return best, (start, end)


_TITLES_BEFORE = re.compile(r"(?:\b(?:%s)\.?\s+)+\Z" % "|".join(sorted(TITLE_WORDS, key=len, reverse=True)),
                            re.IGNORECASE)


def _with_stances_and_events(graph: ArticleGraph, doc) -> ArticleGraph:
    """Add topics, stance and event edges (loaders/relations.py) to an attribution graph.

    A leader's title gives both AFFILIATED_WITH (from apposition) and LEADS; LEADS says more,
    so the overlapping AFFILIATED_WITH is dropped ("President Xi" leads China, he is not
    merely affiliated with it).
    """
    from stancegraph.loaders.extract.relations import extract_relations

    topics, relations = extract_relations(doc, graph)
    graph.topics.extend(topics)
    for r in relations:
        # A stance is dated by when it was stated: the article's date when the clause has none
        # (timelines and --since/--until otherwise lost every undated stance). Events keep
        # only their own dates: an article's date is not when a visit happens.
        if r.type in model.STANCE_TYPES and not r.date:
            r.date = graph.article.published
    leads = {(r.source, r.target) for r in relations if r.type == "LEADS"}
    graph.relations = [r for r in graph.relations
                       if not (r.type == "AFFILIATED_WITH" and (r.source, r.target) in leads)] + relations
    return graph
