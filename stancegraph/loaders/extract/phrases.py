"""Statements without a cue verb: headline colons, "according to", positions, cue nouns.

- :func:`headline_statements`: "Clinton camp: Trump's plan threatens security";
- :func:`according_to_statements`: "According to the WSJ, the call was ...";
- :func:`poll_statements`: "Trump leads by 9 points in the latest Fox poll";
- :func:`position_statements`: "The U.S. position is that ...";
- :func:`noun_statements`: "Trump's claim that ...", "Baker's call for ...";
- :func:`adjective_statements`: "Sanders was critical of the deal", "is confident that ...";
- :func:`put_it_statements`: "The state, as Mr Hart put it, cannot afford ...".
"""
from __future__ import annotations

from bisect import bisect_left
from itertools import islice
from typing import Iterator, Optional

from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract.clausal_cues import clausal_noun_tokens
from stancegraph.loaders.extract.colon_turns import no_turn
from stancegraph.loaders.extract.content import MAX_SPAN, as_clause_content, clause_chars, subtree_end, trim
from stancegraph.loaders.extract.headings import HEADLINE_QUOTE
from stancegraph.loaders.extract.lost_subjects import may_speak
from stancegraph.loaders.extract.nlp import first_subject, sheds, text_of, tokens_with
from stancegraph.loaders.extract.poll_fronts import fronted_poll
from stancegraph.loaders.extract.raw import RawStatement
from stancegraph.loaders.extract.source_tails import sourced_tail
from stancegraph.loaders.extract.source_owners import source_owner
from stancegraph.loaders.extract.cue_subjects import np_span


def headline_statements(doc, in_quote) -> Iterator[RawStatement]:
    """"Clinton camp: Trump's Islamophobia threatens national security" — the headline form
    of a statement: a short name, a colon, what they said (PolNeAR train headlines); the
    same form in transcripts ("Matthews: Well, speculation is bad.", to the end of the
    line) and before a quote ("More from the report: “...”", "Pew Research: “...”")."""
    text = text_of(doc)
    colons = [t.i for t in tokens_with(doc, (":",)) if t.text == ":"]
    if not colons:
        return
    for sent in doc.sents:
        found = _speaker_colon(sent, in_quote, colons)
        if found is None:
            continue
        head, c = found
        line_end = text.find("\n", c.idx)
        line_end = len(text) if line_end < 0 else line_end
        nxt = c.i + 1
        while nxt < len(doc) and doc[nxt].is_space and "\n" not in doc[nxt].text:
            nxt += 1
        if nxt >= len(doc) or doc[nxt].idx >= line_end:
            continue
        start, end = doc[nxt].idx, line_end
        if in_quote[nxt]:  # "Pew Research: “...”": the quote only
            end = next((t.idx for t in doc[nxt + 1:] if not in_quote[t.i]), line_end)
        trimmed = trim(text, start, end, keep_quotes=True)
        if trimmed and len(text[trimmed[0]:trimmed[1]].split()) >= 3 and not no_turn(doc, text, c, *trimmed):
            yield RawStatement(c.idx, c.idx + 1, ":", (head[0].i, head[-1].i + 1), trimmed,
                               "direct" if in_quote[nxt] or end - start > MAX_SPAN else "indirect", cue_token=c.i)


_DASHES = frozenset("- — –".split())


def _speaker_colon(sent, in_quote, colons: list[int]):
    """The speaker tokens and the colon of a sentence opened by "X: ...", or of a quote
    introduced after a dash ("POLLS MISSED THE LATE SWING - Anna Keller: “...”", a
    newsletter's heading then its source: PolNeAR train), or None."""
    toks = list(islice((t for t in sent if not t.is_space), 7))  # a colon only among the first 7
    colon = next((k for k, t in enumerate(toks) if t.text == ":"), None)
    if colon:
        head = None if in_quote[toks[colon].i] else _colon_speaker(toks[:colon])
        return (head, toks[colon]) if head is not None else None
    doc = sent.doc
    for c in (doc[i] for i in colons[bisect_left(colons, sent.start):bisect_left(colons, sent.end)]):
        d = next((t for t in reversed(doc[max(sent.start, c.i - 7):c.i]) if t.text in _DASHES and t.whitespace_), None)
        after = next((t for t in doc[c.i + 1:sent.end] if not t.is_space), None)
        if d is not None and after is not None and in_quote[after.i] and not (in_quote[c.i] or in_quote[d.i]):
            head = _colon_speaker([t for t in doc[d.i + 1:c.i] if not t.is_space])
            return (head, c) if head is not None else None
    return None


def _colon_speaker(head):
    """The speaker tokens before a headline or transcript colon, or None."""
    if len(head) >= 2 and head[0].lower_ in ("more", "from", "read") and head[1].lower_ in ("from", "more"):
        head = head[2:] if head[0].lower_ == "more" or head[1].lower_ == "more" else head[1:]
    elif head and head[0].lower_ == "from":
        head = head[1:]
    if not head or head[-1].lower_ in _NOT_SPEAKER_LABELS:
        return None  # "Editor's note:", "Delegate Update:": page furniture (PolNeAR train)
    if len(head) == 1 and len(head[0].text) == 1:
        return None  # "Q:", "A:": an interview's turns name no one (PolNeAR train: 47 of 63 wrong)
    # "Sanders: Clinton Email Story Has Moved": in a title-cased headline the model
    # tags the name NOUN and no entity (PolNeAR train); a capitalised name still counts
    named = all(t.is_title or t.is_upper or t.lower_ in ("'s", "’s", "-", ".") for t in head) and len(head) <= 4
    document = len(head) <= 3 and head[0].lower_ == "the" and head[-1].lemma_.lower() in ("report", "study", "survey")
    if not (named or document) and not any(
            t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or t.pos_ == "PROPN" for t in head):
        return None
    if head[-1].pos_ not in ("PROPN", "NOUN") or any(t.pos_ in ("VERB", "AUX", "NUM") for t in head):
        return None
    return head


_NOT_SPEAKER_LABELS = frozenset("note update updates correction corrections related watch read photo photos "
                                "video source sources disclosure clarification editor summary analysis comment profile "
                                "factbox q&a timeline name age question answer reminder".split()
                                # a web headline's kicker: "Breaking: ...", "EXCLUSIVE: ..." (session 20)
                                + "breaking exclusive look boom busted bombshell listen alert developing live".split())


def according_to_statements(doc, in_quote) -> Iterator[RawStatement]:
    """"According to The Wall Street Journal (WSJ), the call was initiated by President Xi.\""""
    for t in tokens_with(doc, ("according",)):
        if t.lower_ != "according" or in_quote[t.i] or t.i + 1 >= len(doc) or doc[t.i + 1].lower_ != "to":
            continue
        to = doc[t.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        phrase_start, phrase_end = t.i, max(x.i for x in to.subtree) + 1
        source = np_span(source_owner(pobj))  # "a report from the Trust": the Trust (.source_owners)
        clause = _clause_before(t, phrase_start, phrase_end)
        if clause is not None:
            yield RawStatement(t.idx, to.idx + len(to.text), "according to", source, clause,
                               "indirect", cue_token=t.i)
            continue
        sent = t.sent
        toks = [x for x in sent if not (phrase_start <= x.i < phrase_end)]
        # the clause the phrase modifies: the whole sentence outside "according to X"
        while toks and (toks[0].is_punct or toks[0].is_space):
            toks.pop(0)
        while toks and sheds(toks[-1]):
            toks.pop()
        if len(toks) < 3:
            continue
        if toks[-1].i < phrase_start:
            toks = sourced_tail(toks)
        if phrase_start > toks[0].i and phrase_end < toks[-1].i:
            # mid-sentence phrase: keep the part after it when the part before is short
            before = [x for x in toks if x.i < phrase_start]
            if len(before) <= 3:
                toks = [x for x in toks if x.i >= phrase_end]
        while toks and (toks[0].is_punct or toks[0].is_space):
            toks.pop(0)
        toks = _past_apposition(toks, phrase_end)
        if len(toks) < 3:
            continue
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        yield RawStatement(t.idx, to.idx + len(to.text), "according to", source, (start, end),
                           "indirect", cue_token=t.i)


_FINITE = frozenset("VBD VBZ VBP MD".split())


def _past_apposition(toks: list, phrase_end: int) -> list:
    """"According to a new book, <title> by <journalist>, Mr Blair went back on ...",
    "According to the survey, the third this year, most voters ...": a verbless phrase set
    off by commas right after the source names the source again; what it says starts after
    it (BBC audit s15). Not a time or a place ("According to the police, in 2004, ...")."""
    if not toks or toks[0].i != phrase_end + 1 or toks[0].doc[phrase_end].text != ",":
        return toks
    comma = next((k for k, x in enumerate(toks) if x.text == ","), None)
    if comma is None or comma < 2 or toks[0].pos_ in ("ADP", "SCONJ") or toks[0].ent_type_ in ("DATE", "TIME"):
        return toks
    if any(x.tag_ in _FINITE or x.is_punct and not x.is_quote for x in toks[:comma]):
        return toks
    rest = toks[comma + 1:]
    # the sentence's own verb next, after its subject alone ("..., Cheryl Mills, a top aide,
    # sent ...": the phrase was the subject; "..., the man, who was 45, died": likewise)
    verb = next((k for k, x in enumerate(rest) if x.tag_ in _FINITE), None)
    if verb is None or rest[verb].dep_ != "ROOT" or any(x.is_punct for x in rest[:verb]) \
            or not any(x.pos_ in ("NOUN", "PROPN", "PRON") for x in rest[:verb]):
        return toks
    return rest


def _clause_before(t, phrase_start: int, phrase_end: int):
    """"The plan would cost $2 billion, according to the budget office - a tenth of
    the total", "areas with more Mormons, who make up a majority, according to a Pew
    survey": an "according to" after its verb sources that verb's clause up to the phrase,
    not what the sentence goes on to say (PolNeAR train)."""
    h = t.head
    if h.pos_ not in ("VERB", "AUX") or h.i > t.i or h.dep_ not in ("ROOT", "relcl"):
        return None
    if all(x.is_punct or x.is_space for x in t.doc[phrase_end:t.sent.end]):
        return None  # the phrase ends the sentence: the sentence is the content
    toks = [x for x in h.subtree if x.i < phrase_start]
    while toks and (toks[0].is_punct or toks[0].is_space or toks[0].dep_ == "cc"):
        toks.pop(0)
    while toks and sheds(toks[-1]):
        toks.pop()
    if sum(1 for x in toks if not x.is_punct) < 3:
        return None
    return trim(text_of(t.doc), toks[0].idx, toks[-1].idx + len(toks[-1].text), keep_quotes=True)


#: What a poll finding is read "in": "Trump leads by 9 points in the latest Fox poll". One
#: poll, not "the polls" ("mired in single digits in the polls" is the writer's summary).
_POLL_NOUNS = frozenset("poll survey average".split())


def poll_statements(doc, in_quote) -> Iterator[RawStatement]:
    """"She slipped to 12 percent in the newest Gallup poll out on Monday", "In the survey,
    Clinton leads among women": the clause a poll is read "in" is the poll's finding, the
    poll its source (a document; PolNeAR train: the most frequent cue of these phrases).
    Only on a main clause: "said she was ahead in the poll" is hers; or opening the sentence
    before a comma, however it was parsed (:mod:`.poll_fronts`)."""
    for t in tokens_with(doc, ("in", "by", "based")):
        if t.lower_ not in ("in", "by", "based") or in_quote[t.i]:
            continue
        st = fronted_poll(doc, t) or (_read_in(doc, t) if t.lower_ == "in" else None)
        if st is not None:
            yield st


def _read_in(doc, t) -> Optional[RawStatement]:
    """The finding a poll is read "in" on a main clause, or None."""
    pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
    if t.dep_ != "prep" or pobj is None or pobj.lower_ not in _POLL_NOUNS:
        return None
    head = t.head
    if head.pos_ == "NOUN" and head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        head = head.head  # "Obama's approval rating in the latest poll stands at 53%", "had 38% support in"
    if head.pos_ not in ("VERB", "AUX") or not (head.dep_ == "ROOT" or head.dep_ == "conj" and head.head.dep_ == "ROOT"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _POLL_NOUNS for c in head.children):
        return None
    hole = range(t.i, t.right_edge.i + 1)
    toks = [x for x in head.subtree if not (x.dep_ in ("conj", "cc") and x.head.i == head.i)]
    if hole.stop < len(doc) and doc[hole.stop].text == "," and t.i > head.i:
        toks = [x for x in toks if x.i < hole.stop]  # "..., a 30-point swing": the writer's comment
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and t.i > subj.i and any(x.text == "," and x.i < subj.left_edge.i for x in toks):
        toks = [x for x in toks if x.i >= subj.left_edge.i]  # "By Jan. 18, Reid was winning ...": the scene
    content = _around(toks, hole, whole=head.i != t.head.i)
    if content is None:
        return None
    trimmed = trim(text_of(doc), *content, keep_quotes=False)
    if trimmed:
        return RawStatement(t.idx, t.idx + len(t.text), "in", np_span(pobj), trimmed, "indirect", cue_token=t.i)
    return None


def _around(toks, hole: range, whole: bool):
    """The characters of a clause's tokens around a phrase: the longer side, or both sides
    with the phrase when it sits inside the subject (``whole``)."""
    words = [x for x in toks if not (x.is_punct or x.is_space)]
    before = [x for x in words if x.i < hole.start]
    after = [x for x in words if x.i >= hole.stop]
    if len(before) >= 2 and len(after) >= 2 and not whole:
        return None  # a phrase in mid-clause: which part the poll found is unclear
    side = before + after if whole else before or after
    if len(side) < 3:
        return None
    return side[0].idx, side[-1].idx + len(side[-1].text)


def position_statements(doc, in_quote) -> Iterator[RawStatement]:
    """"The official U.S. position is that it "opposes ...": the holder of a position speaks;
    "Keller's answer was that ...", "his point is that ...": so does a person, pronoun, role
    or group that owns a statement noun (:data:`cues.POSSESSED_POSITION_NOUNS`)."""
    nouns = cues.POSITION_NOUNS | cues.POSSESSED_POSITION_NOUNS
    for t in tokens_with(doc, nouns):
        if t.lemma_.lower() not in nouns or t.dep_ != "nsubj" or in_quote[t.i]:
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
        owner = next((c for c in t.children if c.dep_ == "poss"), None)
        if owner is not None and _may_hold(owner):
            holder = owner  # "his position is that ...", "the governor's advice is that ..."
        elif t.lemma_.lower() not in cues.POSITION_NOUNS:
            continue
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


def put_it_statements(doc, in_quote) -> Iterator[RawStatement]:
    """"The state, as Mr Hart put it, cannot afford another bridge": the clause an "as X put
    it" phrase hangs on is what X said, as with "as X noted" (PolNeAR train)."""
    for t in tokens_with(doc, ("put",)):
        if t.lemma_ != "put" or t.pos_ != "VERB" or in_quote[t.i] or not any(
                c.dep_ == "dobj" and c.lower_ == "it" for c in t.children):
            continue
        subj = first_subject(t)
        content = as_clause_content(t) if subj is not None else None
        found = _statement_at(doc, t, "put", subj, content, in_quote) if content is not None else None
        if found is not None:
            yield found


_LINKING = frozenset("be remain seem sound appear".split())


def adjective_statements(doc, in_quote) -> Iterator[RawStatement]:
    """"Sanders was critical of the deal", "the mayor is confident that the bridge will open":
    a view said with an adjective after "be", its subject the speaker (PolNeAR train). Not
    negated ("is not sure that ...": nothing said)."""
    for t in tokens_with(doc, cues.CUE_ADJECTIVES):
        preps = cues.CUE_ADJECTIVES.get(t.lower_)
        held = _adjective_holder(t) if preps is not None and not in_quote[t.i] else None
        if held is None:
            continue
        verb, subj = held
        if subj.pos_ not in ("PROPN", "PRON", "NOUN") or subj.lower_ == "it" or \
                any(c.dep_ == "neg" for c in (*verb.children, *t.children)):
            continue  # "it is certain that ...": nobody's view
        content = None
        for c in (*t.children, *(c for c in verb.children if c.i > t.i)):
            if c.dep_ == "ccomp" and "that" in preps:
                content = clause_chars(c, in_quote)
            elif c.dep_ == "xcomp" and "to" in preps and _own_infinitive(c) and may_speak(subj):
                content = clause_chars(c, in_quote)  # "is eager to show that ..."
            elif c.dep_ == "prep" and c.lower_ in preps and c.head.i == t.i:
                pobj = next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
                # "optimistic about the economy", "concerned about immigration": a topic, not a
                # view (PolNeAR train); "critical of X" is one
                if pobj is not None and (c.lower_ == "of" or pobj.dep_ == "pcomp" or len(list(pobj.subtree)) >= 4):
                    content = pobj.left_edge.idx, subtree_end(pobj)
            if content is not None:
                break
        found = _statement_at(doc, t, t.lower_, subj, content, in_quote) if content is not None else None
        if found is not None:
            yield found


def _adjective_holder(t):
    """(the linking verb, its subject) of an adjective after "be" ("was critical of"), or of a
    participle of feeling the parser read as a passive verb ("were frustrated with the count",
    session 19): (the participle, its passive subject); else None."""
    if t.pos_ == "ADJ" and t.dep_ == "acomp" and t.head.lemma_.lower() in _LINKING:
        subj = first_subject(t.head)
        return (t.head, subj) if subj is not None else None
    if t.tag_ == "VBN" and t.lower_.endswith("ed") and any(c.dep_ == "auxpass" for c in t.children):
        subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
        return (t, subj) if subj is not None else None
    return None


def _own_infinitive(v) -> bool:
    """An infinitive that no cue of its own reports: "eager to reopen the debate", not "eager
    to point out that ..." (the verb's statement, said by the adjective's subject) nor "eager
    to endorse X" (a stance, read by :mod:`.stances`)."""
    lemma = v.lemma_.lower()
    return v.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in v.children) and \
        lemma not in cues.all_cue_lemmas(attitudes=True) and lemma not in cues.ATTITUDE_VERBS


def noun_statements(doc, in_quote) -> Iterator[RawStatement]:
    """"Trump's claim that the election was rigged", "Lopez's warning about the deficit",
    "Baker's call for a special prosecutor", "a claim by Senator Alvarez that ...", "the
    governor's plan to close the bridge": a statement (or a person's intention, as "plans
    to") carried by a noun, its possessor or its "by"/"from"-agent the speaker (PolNeAR train).
    Only with a named, pronoun, role or group holder; not the subject of "is that ..."
    (that is :func:`position_statements`)."""
    words = set(cues.CUE_NOUNS) | cues.INTENTION_NOUNS
    listed = [t for t in tokens_with(doc, words) if t.lower_ in words]
    for t in sorted(set(listed).union(clausal_noun_tokens(doc, in_quote)), key=lambda x: x.i):
        if t.pos_ != "NOUN" or in_quote[t.i]:
            continue
        holder, agent = _noun_holder(t)
        if holder is None or not _may_hold(holder) or t.dep_ == "dobj" and holder.pos_ == "PRON" and t.tag_ == "NNS":
            continue  # "escalated his attacks on X": the verb phrase is the cue, its subject the speaker
        if t.dep_ == "nsubj" and t.head.lemma_ == "be" and any(c.dep_ == "ccomp" for c in t.head.children):
            continue
        content = _noun_content(t, agent, in_quote)
        found = _statement_at(doc, t, t.lower_, holder, content, in_quote) if content is not None else None
        if found is not None:
            yield found


def _noun_holder(t):
    """Who holds the statement of noun ``t``: its possessor, else the object of a "by" or
    "from" right after it ("a claim by Senator Alvarez that ...", "an admission from ...");
    with that preposition (or None)."""
    holder = next((c for c in t.children if c.dep_ == "poss"), None)
    if holder is not None or t.lower_ in cues.INTENTION_NOUNS:
        return holder, None
    by = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i == t.i + 1), None)
    pobj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    return pobj, by


def _noun_content(t, agent, in_quote) -> Optional[tuple[int, int]]:
    """What noun ``t`` says: its "that"-clause or infinitive, or the object of one of its
    content prepositions (:data:`cues.CUE_NOUNS`); an intention noun has its infinitive only."""
    preps = cues.CUE_NOUNS.get(t.lower_, ())
    marks = ("to",) if t.lower_ in cues.INTENTION_NOUNS else ("that", "to")
    for c in t.children:
        if c.i < t.i or c is agent:
            continue
        if c.dep_ in ("acl", "ccomp", "relcl") and any(
                m.dep_ in ("mark", "aux") and m.lower_ in marks and (m.dep_ == "aux") == (m.lower_ == "to")
                for m in c.children):
            return clause_chars(c, in_quote)
        if c.dep_ == "prep" and c.lower_ in preps:
            pobj = next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                return pobj.left_edge.idx, subtree_end(pobj)
    return None


def _may_hold(holder) -> bool:
    """Who may hold a view: a name, a pronoun, or a role or group noun ("the mayor's
    fear that ...", "the party's hope that ..."; PolNeAR train: 4 of 5 such rows right)."""
    lemma = holder.lemma_.lower()
    return (holder.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or holder.pos_ == "PRON"
            or lemma in cues.PERSON_ROLES or lemma in cues.DESCRIPTION_KINDS)


def _statement_at(doc, t, lemma: str, speaker, content: tuple[int, int], in_quote) -> Optional[RawStatement]:
    """The statement of the cue word ``t``: mixed when its content holds a quote."""
    kind = "mixed" if any(in_quote[x.i] for x in doc.char_span(*content, alignment_mode="expand") or ()) else "indirect"
    trimmed = trim(text_of(doc), *content, keep_quotes=kind != "indirect")
    if not trimmed:
        return None
    return RawStatement(t.idx, t.idx + len(t.text), lemma, np_span(speaker), trimmed, kind, cue_token=t.i)


def headline_quotes(doc, quotes, headings) -> Iterator[RawStatement]:
    """'Trump "Now we can focus on the big picture"…': a title that is a name and a quote."""
    text = text_of(doc)
    for qs, qe in quotes:
        line = headings.line_of(qs)
        if line is None or not text[line[0]:qs].strip():
            continue
        head = doc.char_span(line[0], qs, alignment_mode="contract")
        words = [t for t in head or () if not t.is_space]
        if not words or len(words) > 4 or not all(t.pos_ == "PROPN" or t.is_title for t in words):
            continue
        trimmed = trim(text, qs, qe, keep_quotes=True)
        if trimmed:
            yield RawStatement(None, None, HEADLINE_QUOTE, (words[0].i, words[-1].i + 1), trimmed, "direct")


#: "Francois Hollande Says Donald Trump 'Makes You Want To Retch'": in a title-cased title
#: the model tags the verb a name (PolNeAR train). The title form -> its cue lemma.
_TITLE_SAYS = {w: "say" for w in "says said tells told warns claims insists admits denies vows urges predicts "
               "announces argues announced vowed warned claimed insisted admitted urged predicted".split()}
#: Session 19: speech acts of judging and calling, in title case only ("Mayor Blasts Council Over
#: Delays"; a sentence-cased "Straw praises Kashmir moves" stays no statement, BBC titles).
_TITLE_SAYS.update({w: lemma for lemma, forms in (
    ("praise", "praises praised"), ("slam", "slams slammed"), ("blast", "blasts blasted"),
    ("call", "calls called"), ("rip", "rips ripped"), ("mock", "mocks mocked"),
    ("criticize", "criticizes criticized"), ("denounce", "denounces denounced"),
    ("condemn", "condemns condemned"), ("defend", "defends defended"), ("promise", "promises promised"),
    ("dismiss", "dismisses dismissed"), ("compare", "compares compared")) for w in forms.split()})
#: Not "accused" (a title's "X Accused Of ..." is passive) nor "explains" (PolNeAR train: 4 rows, 1 hit).
#: "Trump Just Announced ...": an adverb between the name and the verb is no part of the name.
_TITLE_ADVERBS = frozenset("just now finally also again".split())


def title_case_says(doc, headings) -> Iterator[RawStatement]:
    """'Rubio Says Abandoning Immigration Reform Was A Sign Of Leadership': the title form
    of "X says Y" where the parser saw no verb."""
    text = text_of(doc)
    for start, end in headings.ranges:
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None:
            continue
        words = [t for t in span if not t.is_space]
        cue = next((k for k, t in enumerate(words[:7]) if t.lower_ in _TITLE_SAYS and t.text[:1].isupper()), None)
        if not cue or len(words) - cue < 3:
            continue
        head = words[:cue]
        while len(head) > 1 and head[-1].lower_ in _TITLE_ADVERBS:
            head = head[:-1]
        rest = [t for t in words[cue + 1:] if t.is_alpha and len(t) > 3]
        if not all(t.is_title or t.is_upper or t.is_punct for t in head) or not all(t.is_title for t in rest):
            continue
        trimmed = trim(text, words[cue + 1].idx, end, keep_quotes=True)
        if trimmed is not None:
            trimmed = (trimmed[0], trimmed[1] - (text[trimmed[1] - 1] == "."))
            c = words[cue]
            yield RawStatement(c.idx, c.idx + len(c.text), _TITLE_SAYS[c.lower_], (head[0].i, head[-1].i + 1),
                               trimmed, "indirect", cue_token=c.i, origin="headline")
