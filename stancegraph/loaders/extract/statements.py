"""Statements: the attributions in a parsed article, each from a small named extractor.

Every extractor is a generator of :class:`RawStatement` records (a cue, a speaker span and
a content span, before any actor is known) over the parsed Doc:

- :func:`verb_cue_statements`: a cue verb, its subject and what it says ("X said that
  ...", '"...," X said', "X wants to ...");
- :func:`headline_statements`: "Clinton camp: Trump's plan threatens security";
- :func:`according_to_statements`: "According to the WSJ, the call was ...";
- :func:`position_statements`: "The U.S. position is that ...";
- :func:`noun_statements`: "Trump's claim that ...", "Baker's call for ...";
- :func:`continuation_quotes`: '"X," he said. "Y."' -- the "Y." sentence, in the same
  paragraph, joins the statement before it;
- :func:`floating_quotes`: a quote with no cue of its own in a later paragraph, a
  statement of the previous speaker.

:func:`find_statements` runs them in that order.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterator, Optional

from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract.content import (
    clause_chars, complement, extend_content, fronted_content, make_content, parenthetical, request_content,
    subtree_end, tail_after, trim,
)
from stancegraph.loaders.extract.nlp import text_of
from stancegraph.loaders.extract.quotes import in_prep_phrase, quote_index, quote_owner
from stancegraph.loaders.extract.speakers import cue_subject, is_person, may_intend, np_span, recipient_span


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
    quotes: tuple[int, ...] = ()  # the quotes (indices into find_quotes) the cue claimed


@dataclass
class Continuation:
    """A quote that continues the statement at ``index`` of the statements found before it:
    ``statement`` is that statement with its content running on to the end of the quote."""

    index: int
    statement: RawStatement


def find_statements(doc, quotes: list[tuple[int, int]], *, attitudes: bool = False) -> list[RawStatement]:
    """Attributions in a parsed Doc: direct, indirect and mixed, with cue and speaker.

    ``quotes`` are the character spans of :func:`~stancegraph.loaders.extract.quotes.find_quotes`.
    Intention verbs ("wants", "plans") are cues for people and groups; with ``attitudes``,
    for any subject.
    """
    found = list(verb_cue_statements(doc, quotes, attitudes=attitudes))
    in_quote = quote_index(doc, quotes)
    for extractor in (headline_statements, according_to_statements, position_statements, noun_statements):
        found.extend(extractor(doc, in_quote))
    claimed = {q for r in found for q in r.quotes}
    joined = {c.index: c.statement for c in continuation_quotes(doc, quotes, claimed, found)}
    floating = list(floating_quotes(doc, quotes, claimed, found))
    return [joined.get(k, r) for k, r in enumerate(found)] + floating


# --------------------------------------------------------------------------------------
# Cue verbs


def verb_cue_statements(doc, quotes: list[tuple[int, int]], *, attitudes: bool = False) -> Iterator[RawStatement]:
    """Statements of cue verbs: "X said (that) ...", '"...," X said', "X wants to ...".

    Each cue verb with a speaker says the quotes it owns (direct, or mixed with the clause
    around them), else a request with its addressee, else its content clause or object
    (indirect), else the clause it interrupts or trails.
    """
    lemmas = cues.all_cue_lemmas(attitudes=True)
    in_quote = quote_index(doc, quotes)
    cue_tokens = [t for t in doc if _is_cue(t, lemmas, in_quote)]
    cue_quotes = _quotes_by_cue(doc, quotes, cue_tokens, in_quote)
    for t in cue_tokens:
        speaker_tok = cue_subject(t, in_quote)
        if speaker_tok is None:
            continue
        lemma = t.lemma_.lower()
        if not _may_state(lemma, speaker_tok, attitudes):
            continue
        qis = cue_quotes.get(t.i, [])
        if lemma in cues.PREP_ONLY_VERBS:
            qis = []  # 'Speaking to "CBS This Morning"': a show's name, not what was said
        content, kind, claimed = _cue_content(t, lemma, qis, quotes, in_quote, lemmas)
        if content is None or content[1] - content[0] < 3:
            continue
        content = trim(text_of(doc), *content, keep_quotes=kind != "indirect")
        if content is None:
            continue
        yield RawStatement(t.idx, cue_end(t), lemma, np_span(speaker_tok), content, kind,
                           cue_token=t.i, recipient=recipient_span(t), quotes=claimed)


def _quotes_by_cue(doc, quotes, cue_tokens, in_quote) -> dict[int, list[int]]:
    """Which quotes hang on which cue: the quote's tokens reach the cue through the parse."""
    cue_set = {t.i for t in cue_tokens}
    cue_quotes: dict[int, list[int]] = {}
    for qi, (qs, qe) in enumerate(quotes):
        owner = quote_owner(doc, qs, qe, cue_set, in_quote)
        if owner is not None and in_prep_phrase(doc, qs, qe, owner):
            owner = None
        if owner is not None:
            cue_quotes.setdefault(owner, []).append(qi)
    return cue_quotes


def _may_state(lemma: str, speaker_tok, attitudes: bool) -> bool:
    """"Clinton wants to bring back the 1990s" is hers to state (PolNeAR annotates it);
    "China wants the United States to go further" is the writer's reading of a country
    (seed): intentions of people only, unless attitudes=True."""
    if (lemma in cues.INTENTION_VERBS and lemma not in cues.BELIEF_VERBS and not attitudes
            and not may_intend(speaker_tok)):
        return False
    return not (lemma in cues.PERSON_ONLY_VERBS and not is_person(speaker_tok))


def _cue_content(t, lemma, qis, quotes, in_quote, lemmas):
    """What one cue says: (content chars or None, kind, the quotes it claims)."""
    comp = complement(t, lemma)
    directive = request_content(t, lemma) if not any(c.dep_ == "ccomp" for c in t.children) else None
    if directive is not None:
        inside = tuple(q for q in qis if directive[0] <= quotes[q][0] and quotes[q][1] <= directive[1] + 2)
        return directive, "mixed" if inside else "indirect", inside
    if qis and comp is None and parenthetical(t) and (fronted := fronted_content(t)) is not None and all(
            fronted[0] <= quotes[q][0] and quotes[q][1] <= fronted[1] + 2 for q in qis):
        # 'Putting the show together, Butz said, allowed him to "get in touch ..."': the
        # quote is a piece of the clause the cue interrupts (PolNeAR train)
        return fronted, "mixed", tuple(qis)
    if qis:
        content, kind = _quoted_content(t, comp, qis, quotes, in_quote)
        return content, kind, tuple(qis)
    if comp is not None:
        content = clause_chars(comp, in_quote)
        kind = "mixed" if any(in_quote[tok.i] for tok in comp.subtree) else "indirect"
        return (content[0], extend_content(t, comp, content[1], in_quote, lemmas)), kind, ()
    return fronted_content(t), "indirect", ()


def _quoted_content(t, comp, qis, quotes, in_quote) -> tuple[tuple[int, int], str]:
    """The quotes a cue owns, with the words of its clause around them (then mixed)."""
    doc = t.doc
    text = text_of(doc)
    qs = min(quotes[q][0] for q in qis)
    qe = max(quotes[q][1] for q in qis)
    kind = "direct"
    if comp is not None and qs >= comp.left_edge.idx and (
            qe <= subtree_end(comp) or text[subtree_end(comp):qe].strip(" .,!?\"”'") == ""):
        cs, ce = clause_chars(comp, in_quote)
        # 'that it "opposes ..."', 'that "we need more information" about how ...':
        # words of the reported clause outside the quote make it mixed
        if (cs < qs and text[cs:qs].strip(" ,:\"“'") not in ("", "that")
                or ce > qe and text[qe:ce].strip(" ,.\"”'") != ""):
            kind = "mixed"
            qs, qe = min(cs, qs), max(ce, qe)
    if qs > t.idx and kind == "direct":
        # 'Sanders says "the wind is at our backs" despite his loss in Nevada': the
        # quote is the head of a longer content (PolNeAR train)
        rest = tail_after(doc, qe, t)
        if rest is not None:
            qe = rest
            kind = "mixed"
    return (qs, qe), kind


def _is_cue(t, lemmas, in_quote) -> bool:
    if t.pos_ != "VERB" or in_quote[t.i]:
        return False
    lemma = t.lemma_.lower()
    if lemma == "make":
        return make_content(t) is not None
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


def cue_end(t) -> int:
    end = t.idx + len(t.text)
    for c in t.rights:  # "point out", "called for"
        if c.dep_ == "prt" and c.i == t.i + 1:
            end = c.idx + len(c.text)
    return end


# --------------------------------------------------------------------------------------
# Statements without a cue verb


def headline_statements(doc, in_quote) -> Iterator[RawStatement]:
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
        trimmed = trim(text_of(doc), start, end, keep_quotes=True)
        if trimmed:
            c = toks[colon]
            yield RawStatement(c.idx, c.idx + 1, ":", (head[0].i, head[-1].i + 1), trimmed,
                               "direct" if in_quote[rest[0].i] else "indirect", cue_token=c.i)


_NOT_SPEAKER_LABELS = frozenset("note update updates correction corrections related watch read photo photos "
                                "video source sources disclosure clarification editor summary".split())


def according_to_statements(doc, in_quote) -> Iterator[RawStatement]:
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
        yield RawStatement(t.idx, to.idx + len(to.text), "according to", np_span(pobj), (start, end),
                           "indirect", cue_token=t.i)


def position_statements(doc, in_quote) -> Iterator[RawStatement]:
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
        start, end = clause_chars(comp, in_quote)
        kind = "mixed" if any(in_quote[x.i] for x in comp.subtree) else "indirect"
        trimmed = trim(text_of(doc), start, end, keep_quotes=True)
        if trimmed:
            yield RawStatement(t.idx, be.idx + len(be.text), t.lemma_.lower(), np_span(holder), trimmed,
                               kind, cue_token=t.i)


def noun_statements(doc, in_quote) -> Iterator[RawStatement]:
    """"Trump's claim that the election was rigged", "Lopez's refusal to endorse Baker",
    "Baker's call for a special prosecutor": a statement carried by a noun, its possessor
    the speaker (PolNeAR train). Only with a named or pronoun possessor; not the subject of
    "is that ..." (that is :func:`position_statements`)."""
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
                content = clause_chars(c, in_quote)
                break
            if c.dep_ == "prep" and c.lower_ in preps:
                pobj = next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    content = pobj.left_edge.idx, subtree_end(pobj)
                    break
        if content is None:
            continue
        kind = "mixed" if any(in_quote[x.i] for x in doc.char_span(*content, alignment_mode="expand") or ()) else "indirect"
        trimmed = trim(text_of(doc), *content, keep_quotes=kind != "indirect")
        if trimmed:
            yield RawStatement(t.idx, t.idx + len(t.text), t.lower_, np_span(holder), trimmed, kind, cue_token=t.i)


# --------------------------------------------------------------------------------------
# Quotes no cue claimed


def continuation_quotes(doc, quotes, claimed, found: list[RawStatement]) -> Iterator[Continuation]:
    """'"All the stuff he is promising is never going to happen," Teske said. "I've always
    liked Hillary."': one statement in two pieces, as PolNeAR annotates it. A quote that is
    its own sentence, in the same paragraph, extends the previous direct or mixed statement
    of ``found``. Not across a long stretch of narration ('"His legend will live on,"
    Spencer said, as a few young fighters worked out inside the gym, while ... "His
    stories ..."', PolNeAR train): the joined span would be mostly not said. ``claimed``
    are the quotes a cue owns (:attr:`RawStatement.quotes`).
    """
    for k, (_, end), joins in _quote_sequels(doc, quotes, claimed, found):
        if joins:
            yield Continuation(k, replace(found[k], content=(found[k].content[0], end)))


def floating_quotes(doc, quotes, claimed, found: list[RawStatement]) -> Iterator[RawStatement]:
    """A sentence that is all quote, with no cue, continues the previous speaker's quote.

    Seed-style: '"X," he said.' and, in the next paragraph, '"Y."' -- the "Y." quote is a
    statement of its own by the speaker of the direct or mixed statement before it.
    """
    for k, span, joins in _quote_sequels(doc, quotes, claimed, found):
        if not joins:
            yield RawStatement(None, None, None, found[k].speaker, span, "direct", floating=True)


def _quote_sequels(doc, quotes, claimed, found: list[RawStatement]) -> Iterator[tuple[int, tuple[int, int], bool]]:
    """Each unclaimed all-quote sentence after a direct or mixed statement of ``found``:
    (that statement's index, the quote's trimmed span, whether it joins the statement)."""
    if not found:
        return
    order = sorted(range(len(found)), key=lambda k: found[k].content[0])
    ends = [r.content[1] for r in found]  # a joined quote moves its statement's end
    for qi, (qs, qe) in enumerate(quotes):
        if qi in claimed:
            continue
        span = doc.char_span(qs, qe, alignment_mode="expand")
        if span is None or len(span) < 4:
            continue
        sent = span[0].sent
        sent_chars = len(sent.text.strip())
        if (qe - qs) < 0.8 * min(sent_chars, qe - sent.start_char) and not (qs <= sent.start_char + 1 and qe >= sent.end_char - 2):
            continue
        prev = [k for k in order if ends[k] <= qs and qs - ends[k] < 400 and found[k].kind != "indirect"]
        if not prev:
            continue
        k = prev[-1]
        between = text_of(doc)[ends[k]:qs]
        if between.count("\n") > 2:
            continue
        trimmed = trim(text_of(doc), qs, qe, keep_quotes=True)
        if not trimmed:
            continue
        start = found[k].content[0]
        said = (ends[k] - start) + (trimmed[1] - trimmed[0])
        joins = "\n" not in between and said >= 0.6 * (trimmed[1] - start)
        if joins:
            ends[k] = trimmed[1]
        yield k, trimmed, joins
