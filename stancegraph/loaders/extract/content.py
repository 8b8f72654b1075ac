"""What a cue says: the content span of a cue verb, read off the dependency parse.

:func:`complement` is the head of what was said (a that-clause, an infinitive of belief
or intention, an object, a prepositional object); :func:`clause_chars` and
:func:`extend_content` turn it into characters as PolNeAR spans them. A request
(:func:`request_content`), a clause the cue interrupts (:func:`fronted_content`) and a
verbless tail after a quote (:func:`tail_after`) are the other shapes. :func:`trim` cleans
the edges of every content span.
"""
from __future__ import annotations

import re
from typing import Optional

from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract.cue_phrases import PHRASE_VERBS, make_content, phrase_head
from stancegraph.loaders.extract.framed_cues import in_frame
from stancegraph.loaders.extract.gerunds import gerund_content
from stancegraph.loaders.extract.nlp import sheds
from stancegraph.loaders.extract.object_content import (judged_pronoun, prep_content, said_object, seen_as,
                                                        talked_object, verb_clause)
from stancegraph.loaders.extract.span_edges import (SCENE_WORDS, cleft_complement, content_ccomps, in_nested_report,
                                                     short_answer, trailing_comment, trailing_cue)
from stancegraph.loaders.extract.span_ends import circumstance_clause, coordinated_end
from stancegraph.loaders.extract.span_runs import (coordinated_phrase, glued_clause, purpose_clause, reported_conjunct,
                                                   when_or_through, words_end)
from stancegraph.loaders.extract.span_scenes import occasion_phrase
from stancegraph.loaders.extract.span_tails import (another_report, narrated_conj, reporting_participle, without_frame,
                                                     writer_aside)
from stancegraph.loaders.extract.trailing_tags import tag_start
from stancegraph.loaders.extract.unsaid import money_given

SUBJ = ("nsubj", "nsubjpass", "csubj")
_PUNCT_EDGE = set(",;:—–-")


def complement(t, lemma):
    """The content clause of a cue: ccomp; xcomp of belief/intention verbs; an NP object;
    the object of a content preposition ("talked about immigration")."""
    if lemma == "make":
        return make_content(t) or phrase_head(t)
    if lemma in PHRASE_VERBS and not (lemma in cues.PORTRAY_VERBS and in_frame(t, lemma) and phrase_head(t) is None):
        return phrase_head(t)  # "cast doubt on X" a phrase, "cast X as Y" a portrayal (.framed_cues)
    if lemma in cues.PREP_ONLY_VERBS:
        # "talked about X"; "talked with X" reports nothing, nor does "said after speaking
        # with Xi that ...", where the parser hangs the said clause on "speaking" (seed)
        return prep_content(t, lemma) or verb_clause(t, lemma) or talked_object(t, lemma)
    ccomps = content_ccomps(t)
    if not ccomps and (cleft := cleft_complement(t) or short_answer(t, lemma)) is not None:
        return cleft  # "What X said was that ..."; "said yes"
    if ccomps:
        # "WASHINGTON ― This spring, ..., Paul Manafort told friends that ...": a fronted
        # fragment parsed as a second ccomp; the clause after the cue is the content
        # (PolNeAR train)
        right = [c for c in ccomps if c.i > t.i]
        return right[0] if right else ccomps[0]
    by_prep = prep_content(t, lemma)
    if lemma in cues.BELIEF_VERBS or lemma in cues.INTENTION_VERBS or lemma in cues.XCOMP_VERBS or \
            lemma in cues.COMMIT_VERBS:
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
    if by_prep is not None and (lemma in cues.PREP_CONTENT and by_prep.head.lower_ in ("of", "for")):
        # "accused Republicans of placing ...": what they were accused of (PolNeAR train)
        return by_prep
    obj = _object_content(t, lemma)
    if obj is not None:
        return obj
    if by_prep is not None:
        return by_prep
    return _that_clause(t) or gerund_content(t, lemma) or verb_clause(t, lemma)


def _object_content(t, lemma):
    """The object as content ("announced a plan"), or a clause hung on the object ("told
    reporters that ...")."""
    for c in t.children:
        if c.dep_ == "dobj" and c.pos_ == "PRON" and lemma not in _NOT_AS and (
                _as_phrase(t, c) or judged_pronoun(t, c, lemma, _NO_NP_CONTENT)):
            return c  # "rivals see him as a threat", "assailed her for ..." (PolNeAR train)
        if c.dep_ == "dobj" and said_object(t, c, lemma):
            return c  # "tweeted her thanks", "expressed admiration for X"
        if c.dep_ == "dobj" and lemma not in ("tell", "ask", "inform") and not money_given(lemma, c):
            # "said something" is not content; "announced a plan", "backs X", "recalled an
            # incident", "criticized the accord" are (PolNeAR train: NP contents of most
            # cue verbs were missed when only announce-type and stance verbs took them).
            if (lemma not in _NO_NP_CONTENT or seen_as(t, c, lemma)) and c.pos_ != "PRON" and \
                    c.lemma_ not in ("it", "this", "that", "so"):
                # "bemoaned the state of the roads, saying that ...": the object is said, and
                # the participle's clause is a statement of its own (PolNeAR spans both:
                # session 19, train); but "explained China's position, saying ..." (seed):
                # the participle states the position, the noun only names it
                if lemma in cues.NP_CONTENT_VERBS or lemma in cues.STANCE_VERBS or \
                        c.lemma_.lower() not in cues.POSITION_NOUNS or not any(
                        x.dep_ == "advcl" and x.tag_ == "VBG" and x.lemma_.lower() in cues.SPEECH_VERBS
                        for x in t.children):
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
    return None


_NOT_AS = frozenset("say tell ask inform add write post tweet report publish".split())


def _as_phrase(t, obj) -> bool:
    """A personal pronoun object with an "as" phrase after it: what the cue calls them."""
    return obj.tag_ in ("PRP", "PRP$") and any(  # not "whom", "whatever"
        c.dep_ == "prep" and c.lower_ == "as" and c.i == obj.right_edge.i + 1 for c in (*t.children, *obj.children))


def _that_clause(t):
    """"<Name> said on Monday at a news conference that she may wait ...": the
    parser hangs the that-clause on "conference"; a clause opened by the complementizer
    "that" inside the cue's own phrase is still its content (PolNeAR train), also after a participle
    used as a preposition ("said following a vote in 2019 that ...": session 20)."""
    for x in t.subtree:
        if x.i > t.i and x.dep_ == "mark" and x.lower_ == "that" and x.head.dep_ in ("relcl", "acl", "advcl"):
            h = x.head
            if h.head.i != t.i and any(a.i == t.i for a in h.ancestors) and not any(
                    a.pos_ == "VERB" and a.dep_ != "prep" and a.i != t.i for a in h.head.ancestors if t.i < a.i < h.i):
                return h
    return None


_REQUEST_VERBS = frozenset("ask urge call press encourage implore beg challenge pressure demand instruct "
                           "advise appeal".split())


def request_content(t, lemma) -> Optional[tuple[int, int]]:
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
                    return start.idx, subtree_end(inner)
                break
    if start is None and lemma == "call":
        # "is calling for Britain to play a bigger part": parsed as an
        # adverbial clause opened by "for"
        for c in t.children:
            if c.dep_ == "advcl" and c.i > t.i and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
                first = next(x for x in c.subtree if not (x.dep_ == "mark" and x.lower_ == "for"))
                return first.idx, subtree_end(c)
    if start is None or xcomp is None:
        return None
    return start.idx, coordinated_end(t, xcomp, subtree_end(xcomp))  # "to scrap X, replace Y and ..."


#: Cue verbs whose noun-phrase object is not what was said: "said something", "told
#: reporters", "asked questions", "answered the phone", "added a line".
_NO_NP_CONTENT = frozenset("say tell ask inform add continue answer reply respond text email post "
                           "call speak talk report write tweet retweet publish".split()
                          # verbs of knowing and finding: "saw a surge", "found a way", "knows the
                          # area", "maintains a lead" are no reports (PolNeAR train: 2 in 35 were)
                          + "see know feel find maintain learn notice realize realise remember".split()
                          + ["view", "regard"])  # not "fear": "allies fear a backlash" is held (s19: 5 of 6)


_EXTEND_DEPS = frozenset("prep npadvmod advmod oprd xcomp dative acomp attr dobj advcl".split())


def extend_content(t, comp, end: int, in_quote, lemmas) -> int:
    """The rest of the cue's phrase after its content head, as PolNeAR spans it.

    "endorsed Jeb Bush for president", "referred to Rubio as 'a bright leader'", "shows
    Cruz 16 points ahead in Indiana", "think the mayor kept her word, but that there is
    more to do" (PolNeAR train: the object or first clause alone was too short). Not a
    participle or cue after a comma ("..., saying ..."), nor a coordinated verb.
    """
    doc = t.doc
    noun_content = comp.dep_ in ("dobj", "pobj", "pcomp")
    if comp.i < t.i or comp.dep_ == "xcomp" or comp.dep_ == "pobj" and (
            t.lemma_.lower() in PHRASE_VERBS or comp.head.head.i != t.i) or comp.dep_ == "dobj" and t.lemma_ == "talk":
        return end  # "took aim at the mayor Friday in a row that ...", "offered a defence of X in ...": X alone
    for c in t.rights:
        if c.i <= comp.right_edge.i or c.is_punct or c.is_space or c.dep_ == "cc":
            continue
        if in_quote[c.i]:
            break
        prev = doc[c.left_edge.i - 1]
        if c.dep_ == "conj" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            pass  # "..., but that there is much left to do"
        elif reported_conjunct(c, lemmas, in_quote) or glued_clause(c, comp, lemmas):
            end = max(end, words_end(c))  # "said the town needs a bridge and the state has ..."
            continue
        elif coordinated_phrase(c):
            end = max(end, words_end(c))  # "see the mayor as a reformer and as someone who ..."
            continue
        elif not noun_content or c.dep_ not in _EXTEND_DEPS:
            break
        elif c.lemma_.lower() in lemmas and not purpose_clause(c) or (prev.text == "," and c.tag_ == "VBG") \
                or circumstance_clause(c):
            break
        elif when_or_through(c) or occasion_phrase(c):
            continue  # "on Saturday", "Tuesday night", "through her lawyer", "at a rally"
        elif c.dep_ == "prep" and c.lower_ == "for" and any(
                p.lemma_.lower() in cues.PERSON_ROLES or p.lower_ in ("office", "reelection", "re-election")
                for p in c.children):
            break  # "endorses Maria Lopez for mayor": the stance is towards Maria Lopez
        end = max(end, subtree_end(c))
    return end


def tail_after(doc, qe: int, cue) -> Optional[int]:
    """End of a verbless tail after a quote, up to the end of the cue's sentence, or None."""
    sent = cue.sent
    tail = [x for x in sent if x.idx >= qe and not x.is_space]
    while tail and tail[-1].is_punct:
        tail.pop()
    if not tail or len(tail) > 15 or tail[0].is_punct:
        return None
    if any(x.pos_ in ("VERB", "AUX") or x.dep_ == "cc" or x.text in (",", ";", "—", "(") for x in tail):
        return None
    if tail[0].lower_ in SCENE_WORDS:
        return None  # 'said "..." in a statement on Monday': where and when, not what
    return tail[-1].idx + len(tail[-1].text)


def misattached_clause(t) -> Optional[tuple[int, int]]:
    """"two days after <Name> told <a paper> he was "not ready yet"": the
    parser makes the said clause the head of the cue (PolNeAR train); the clause after the
    cue's own words is its content."""
    h = t.head
    if t.dep_ != "advcl" or h.i <= t.right_edge.i or h.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in h.children if c.dep_ in SUBJ), None)
    if subj is None or subj.left_edge.i != t.right_edge.i + 1:
        return None
    return subj.left_edge.idx, subtree_end(h)


def subtree_end(tok) -> int:
    last = tok.right_edge
    return last.idx + len(last.text)


_CUT_CUES = cues.SPEECH_VERBS - {"continue", "call", "add"}


def _after_quote(doc, c, in_quote) -> bool:
    """The comma before ``c`` follows quoted words: the writer speaks again after a quote."""
    if c.left_edge.i < 2:
        return False
    b = doc[c.left_edge.i - 2]
    return in_quote[b.i] or b.is_quote


def clause_chars(comp, in_quote) -> tuple[int, int]:
    # '..."we can now focus on the 'big picture,'" drawing attention to ...': a participle
    # clause after a quote is the writer's comment, not part of what was said (seed); after
    # a reported clause it is reported too ("said it raised $4 million, bringing its total
    # to ...": PolNeAR train, 55 right contents gained, 48 lost)
    cut = None
    for c in comp.rights:
        if (c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > 0 and comp.doc[c.left_edge.i - 1].text == ","
                and c.lemma_.lower() not in cues.SPEECH_VERBS  # ", saying ..." is a report
                and _after_quote(comp.doc, c, in_quote)):
            cut = c.left_edge.i - 1
            break
        # "said the ex-president had made a good case, while other voters said ...":
        # another speaker's statement is not part of this one (PolNeAR train)
        if (c.dep_ == "advcl" and (c.lemma_.lower() in cues.SPEECH_VERBS or _contrast(c)) and c.i > 0 and not in_quote[c.i]
                and comp.doc[c.left_edge.i - 1].text == "," and any(x.dep_ == "nsubj" for x in c.children)):
            cut = c.left_edge.i - 1
            break
    if cut is None:
        # 'Ginsburg said ... that she didn't want to think about it and predicted that
        # Clinton will win': a coordinated cue verb is a statement of its own, not part of
        # this one's content (PolNeAR train)
        for x in comp.subtree:
            if (x.dep_ == "conj" and x.i > comp.i and x.pos_ == "VERB" and not in_quote[x.i]
                    and x.lemma_.lower() in _CUT_CUES and not any(c.dep_ in SUBJ for c in x.children)
                    and not in_nested_report(x, comp)
                    # "said he'd sit Putin down and tell him ...": a bare verb shares the
                    # reported clause's modal, it is part of what was said (PolNeAR train)
                    and x.tag_ != "VB"):
                cc = [c for c in x.head.children if c.dep_ == "cc" and c.i < x.i]
                cut = cc[-1].i if cc else x.left_edge.i
                break
    if cut is None:
        cut = narrated_conj(comp, in_quote) or another_report(comp, in_quote) or trailing_comment(comp, in_quote) \
            or writer_aside(comp, in_quote) or reporting_participle(comp, in_quote, cues.SPEECH_VERBS)
    toks = [x for x in comp.subtree if cut is None or x.i < cut]
    i, j = 0, len(toks)
    # "said that X": the complementizer is not part of what was said; a condition's "if" is
    # ("said if the council raised the tax, voters would ...": BBC)
    while i < j and (toks[i].dep_ == "mark" and toks[i].lower_ in ("that", "whether", "if") and (
            toks[i].head.i == comp.i or toks[i].lower_ != "if" or in_quote[toks[i].i])
                     or toks[i].is_punct and not in_quote[toks[i].i]):
        i += 1
    while j > i and sheds(toks[j - 1]) and not in_quote[toks[j - 1].i]:
        j -= 1
    if i >= j:
        return comp.idx, comp.idx + len(comp.text)
    return toks[i].idx, toks[j - 1].idx + len(toks[j - 1].text)


_CONTRAST = frozenset("while whereas though although".split())
_VIEW_LEMMAS = cues.all_cue_lemmas(attitudes=True)


def _contrast(c) -> bool:
    """"said they prefer an outsider, while a third want ...": any cue verb after a
    contrasting "while" or "though" is another subject's view (session 18, PolNeAR train); with a
    pronoun subject ("..., though he wanted it to end") it is the speaker's own hedge."""
    return c.lemma_.lower() in _VIEW_LEMMAS and any(m.dep_ == "mark" and m.lower_ in _CONTRAST for m in c.children) \
        and not any(m.dep_ == "nsubj" and m.pos_ == "PRON" for m in c.children)


def parenthetical(t) -> bool:
    """"The plan, she said, is dead": a cue set off by commas inside another clause."""
    return t.dep_ == "parataxis" and t.head.i > t.i and t.head.dep_ == "ROOT"


def fronted_content(t):
    """"The economy is strong, he said.": the cue hangs off the clause it reports."""
    # only a trailing "..., he said" on the main clause: not "when they declared", not
    # "It is unlikely that the United States will concede" (seed)
    # set off by a comma or a mark: not "X said it agreed ..." (BBC: a cue inside a report)
    if ((t.dep_ in ("parataxis", "ccomp") or trailing_cue(t)) and t.head.i < t.i and t.head.dep_ == "ROOT"
            and not any(c.dep_ == "mark" for c in t.children)
            and t.doc[next(x.i for x in t.subtree if not x.is_punct) - 1].is_punct
            and all(x.is_punct or x.is_space for x in t.doc[t.right_edge.i + 1:t.sent.end])):
        sent = t.sent
        end_tok = t.left_edge.i
        start_tok = sent.start
        toks = [x for x in t.doc[start_tok:end_tok]]
        while toks and sheds(toks[-1]):
            toks.pop()
        while toks and (toks[0].is_punct or toks[0].is_space):
            toks.pop(0)
        if len(toks) >= 3:
            return toks[0].idx, toks[-1].idx + len(toks[-1].text)
    # "This campaign, he says, is different.", "If the stakes are small, the campaign said,
    # it may not bother", "It is hard to predict, economists say, because ...": a cue set
    # off by commas inside the clause it reports, before or after its verb (PolNeAR train).
    # The content is the sentence around it, the cue phrase included (one span).
    if (t.dep_ == "parataxis" and t.head.dep_ == "ROOT"
            and not any(c.dep_ in ("mark", "ccomp", "dobj") for c in t.children)):
        doc = t.doc
        left, right = tag_start(t), t.right_edge.i
        while right > t.i and doc[right].is_quote:
            right -= 1  # 'Ms Keller said, "is ...': the opening mark may hang on the cue
        if doc[left].text == ",":
            left += 1
        if doc[right].text == ",":
            right -= 1
        if left > t.sent.start and doc[left - 1].text == "," and right + 1 < t.sent.end and doc[right + 1].text == ",":
            toks = [x for x in t.sent if not (x.is_punct or x.is_space) or x.i not in (t.sent.start, t.sent.end - 1)]
            while toks and sheds(toks[-1]):
                toks.pop()
            while toks and (toks[0].is_punct or toks[0].is_space):
                toks.pop(0)
            if (rest := without_frame(toks, t.head)) is not toks and rest and rest[0].i >= left:
                toks = [x for x in rest if x.i > right + 1]  # "Six months ago, she said, the ...": after the cue
                return (toks[0].idx, toks[-1].idx + len(toks[-1].text)) if len(toks) >= 2 else None
            before = sum(1 for x in toks if x.i < left and not x.is_punct)
            after = sum(1 for x in toks if x.i > right and not x.is_punct)
            # "Loyalty, he noted, has long been ...": one word before the cue is enough
            if before >= 1 and after >= 2:
                return toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return None


def as_clause_content(t):
    """"As the senator noted, those voters will give her a fair hearing", "..., as <a writer>
    noted in his column": the clause an "as X noted" phrase hangs on is what X said
    (PolNeAR train). Not "as he said he would" (own complement), nor "X said, as Y noted" (a relay)."""
    h = t.head
    if (t.dep_ != "advcl" or h.pos_ not in ("VERB", "AUX") or h.i == t.i or h.lemma_.lower() in cues.SPEECH_VERBS
            or not any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children)
            or any(c.dep_ in ("ccomp", "dobj", "xcomp", "advcl") and not (c.dep_ == "dobj" and c.lower_ == "it"
                                                                         and t.lemma_ == "put") for c in t.children)):
        return None
    toks = [x for x in h.subtree if not (t.left_edge.i <= x.i <= t.right_edge.i)]
    toks = [x for x in toks if x.i > t.right_edge.i] if t.i < h.i else [x for x in toks if x.i < t.left_edge.i]
    while toks and (toks[0].is_punct or toks[0].is_space or toks[0].dep_ == "cc"):
        toks.pop(0)
    while toks and sheds(toks[-1]):
        toks.pop()
    if len(toks) < 3:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def trim(text: str, start: int, end: int, *, keep_quotes: bool) -> Optional[tuple[int, int]]:
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


_OPEN_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))['‘](?=\w)")
_CLOSE_SINGLE = re.compile(r"(?<=[\w.,!?])['’](?=[\s.,;:!?)\]—–-]|$)")


def balance_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """Content spans with whole quotes: a quote the span opens runs to its closing mark when
    that follows at once ('School sport 'is back', says PM'; 'that it "opposes ... Strait."'),
    else a lone mark at an edge is dropped ('he would stand down'' in a BBC title)."""
    seg = re.sub(r"\n\s*[\"“]", "\n", text[start:end])  # a long quote's paragraphs each open
    if (seg.count('"') + seg.count("“") + seg.count("”")) % 2:
        closer = re.match(r"[.,!?]?[\"”]", text[end:end + 2])
        if closer is not None and seg.count('"') + seg.count("“") > seg.count("”"):
            end += closer.end()
        elif seg[:1] in ('"', "“"):
            start += 1
        elif seg[-1:] in ('"', "”"):
            end -= 1
    seg = text[start:end]
    opens = len(_OPEN_SINGLE.findall(seg))
    closes = len(_CLOSE_SINGLE.findall(seg))
    if opens > closes:
        closer = re.match(r"[.,!?]?['’](?!\w)", text[end:end + 2])
        if closer is not None:
            end += closer.end()
        elif seg[:1] in ("'", "‘"):
            start += 1
    elif closes > opens and seg[-1:] in ("'", "’") and not seg[-2:-1] == "s":
        end -= 1
    return start, end


_LEADING_PRONOUN = re.compile(r"(?:it|he|she|they|we)\s+(?=[\"“])", re.IGNORECASE)


#: A sentence end inside a span: a full stop after a lower-case word or a closing quote,
#: then a capital ("... point of view." She said ...); not "Gov. Mike", "Mr. Smith".
_SENTENCE_END = re.compile(r"(?<![A-Z][a-z])(?<!\b[A-Z])(?<=[\w)][.!?]|[.!?][\"”])\s+(?=[\"“]?[A-Z])")
MAX_SPAN = 400


def clean_content(text: str, start: int, end: int, kind: str = "direct") -> tuple[int, int]:
    """The last pass over every content span: a reported clause longer than ``MAX_SPAN``
    ends at its first sentence end (BBC: 'her proposals mean "we wouldn't have ... point of
    view." She said ...' ran on into the narration); whole quotes (:func:`balance_quotes`);
    and no subject pronoun before a quote that is all the rest ('The official U.S.
    position is that it "opposes unilateral changes ..."' -> the quote, seed)."""
    if kind != "direct" and end - start > MAX_SPAN:
        m = _SENTENCE_END.search(text, start + 3, end)
        if m is not None:
            start, end = trim(text, start, m.start(), keep_quotes=False) or (start, end)
    start, end = balance_quotes(text, start, end)
    m = _LEADING_PRONOUN.match(text, start, end)
    if m is not None:
        rest = trim(text, m.end(), end, keep_quotes=True)
        if rest is not None and text[m.end()] in '"“' and not re.search(r'["“”]', text[rest[0]:rest[1]]):
            return rest
    return start, end
