"""The speaker token of a cue in the parse, and the mention span around it.

:func:`cue_subject` finds who a cue verb's words belong to (its subject, inherited through
coordination, participles and relative clauses; the named person of a fronted phrase; the
one issuing a document); :func:`np_span` widens a head token to its mention. Split from
speakers.py, which resolves these mentions to actors (:class:`speakers.SpeakerResolver`).
"""
from __future__ import annotations

import bisect
from typing import Optional

from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract.aside_subjects import aside_subject, conjunct_speaker_verb, reported_pronoun, thing_clause_sayer
from stancegraph.loaders.extract.content import SUBJ
from stancegraph.loaders.extract.gerund_subjects import gerund_doer
from stancegraph.loaders.extract.lost_subjects import INVERTING as _INVERTING
from stancegraph.loaders.extract.clause_doers import closing_clause_doer
from stancegraph.loaders.extract.lost_subjects import (caused_speaker, clause_verb, fronted_subject, inverted_speaker,
                                                       may_speak, modal_name, participle_doer, passive_conjunct, publisher)
from stancegraph.loaders.extract.nlp import ents_of, first_subject, kept, word_start, word_tail
from stancegraph.loaders.extract.relative_objects import participle_agent
from stancegraph.loaders.extract.relative_reports import relative_speaker
from stancegraph.loaders.extract.roles import ROLE_HEADS
from stancegraph.loaders.extract.span_tails import participle_speaker_verb
from stancegraph.loaders.extract.subject_choice import fronted_subject_fix, quoted_subject
from stancegraph.loaders.extract.trailing_participles import main_clause_verb
from stancegraph.loaders.extract.unlinked_names import unlinked_name
from stancegraph.loaders.extract.unsaid import thing_that


def cue_subject(t, in_quote=None, depth: int = 0):
    """The subject of a cue, inherited through coordination and participles."""
    subjects = [c for c in t.children if c.dep_ == "nsubj"]
    if len(subjects) > 1 and subjects[-1].i > t.i and t.i > 0 and t.doc[t.i - 1].is_punct:
        # 'The promise to "take our country back" appeals to ..., said Alan Abramowitz': the
        # parser gives the inverted cue two subjects; the one after it speaks (PolNeAR train)
        return subjects[-1]
    if len(subjects) > 1 and in_quote is not None and not in_quote[t.i]:
        # '"Like Denver. Or Boston," Walsh said': a quote of two sentences leaves the cue a
        # quoted subject beside its own; the quoted one never speaks (PolNeAR train)
        outside = [s for s in subjects if not in_quote[s.i]]
        if outside and len(outside) < len(subjects):
            return _issuer(_named_aside(outside[-1]))
    if (speaker := relative_speaker(t)) is not None:
        return speaker  # "the board, which he argued wastes money": he, not "which"
    if (fixed := fronted_subject_fix(t, subjects, in_quote)) is not None:
        return _issuer(_named_aside(fixed))  # "Saturday in Salem, Gov. Ann Bell said": Bell, not Saturday
    for c in t.children:
        # 'declaring "today Brent South, tomorrow ..."' (BBC): a subject the parser found
        # inside the quote after the cue is part of what was said, never the speaker
        if c.dep_ == "nsubj" and not (in_quote is not None and c.i > t.i and in_quote[c.i] and not in_quote[t.i]):
            if c.lower_ in ("'s", "’s") and c.i > 0 and c.doc[c.i - 1].pos_ in ("PRON", "PROPN", "NOUN"):
                return c.doc[c.i - 1]  # "he’s said": the parser took the contracted "has" for the subject
            if c.lower_ in ("that", "which") and t.dep_ == "relcl" and (maker := _maker(t.head)) is not None:
                return cue_subject(maker, in_quote, depth + 1)  # "released an ad that urges ...": who released it
            return _issuer(_named_aside(_described_person(_past_dateline(word_tail(quoted_subject(c, t, in_quote))),
                                                          subjects)))
        if c.dep_ == "nsubjpass":
            return c if _contracted_has(t, c) else _agent(t)
    if (name := modal_name(t)) is not None:
        return name  # "In his column, Will wrote that ...": a name read as a modal (.lost_subjects)
    # "About 4 in 10 say they ...": the parser makes the poll share a number modifier
    # of the verb, not its subject (PolNeAR train)
    for c in t.children:
        if c.dep_ in ("nummod", "npadvmod") and c.like_num and c.i < t.i:
            return c
    if depth == 0 and agent_participle(t):
        return _agent(t)
    if (agent := participle_agent(t)) is not None:
        return agent  # "a practice criticized by civil rights groups" (.relative_objects)
    if depth > 3:
        return None
    found = closing_clause_doer(t, _inherited_subject(t, in_quote, depth))  # "..., when X interrupted, shouting": X
    if found is not None or depth:
        return found
    found = _unparsed_subject(t, in_quote)
    if found is not None or in_quote is None:
        return found
    return _coordinated_first(t, in_quote) or fronted_subject(t, in_quote) or inverted_speaker(t, in_quote) or \
        aside_subject(t, in_quote) or unlinked_name(t, in_quote)  # "On his way out, Reyes - in ... - declared"


_DASHES = frozenset(("—", "–", "-", "--", "―"))


def _past_dateline(subj):
    """"Washington (AFP) – Democrat Jane Ortiz has taken ...", "DENVER, March 4 (UPI) —
    Tom Bell told ..." (PolNeAR train): the parser makes the dateline's place, which opens
    the sentence before a dash, the subject; the verb's other subject, or the name it set
    in apposition to the place, after the dash speaks."""
    if subj.ent_type_ != "GPE" or subj.left_edge.i != subj.sent.start:
        return subj
    dash = next((x for x in subj.doc[subj.i + 1:subj.i + 12] if x.text in _DASHES), None)
    if dash is None:
        return subj
    after = [c for c in subj.head.children if c.dep_ == "nsubj" and c.i > dash.i]
    after += [c for c in subj.children if c.dep_ == "appos" and c.i > dash.i]
    return after[0] if after else subj


def _contracted_has(t, subj) -> bool:
    """"While he's said he'll fight ...", "who's called for ..." (PolNeAR train): the parser
    reads a contracted "has" as the "is" of a passive; the subject speaks with no agent and a clause
    or a preposition after the verb (not "as", not a predicate; an infinitive is mostly an intention)."""
    kids = list(t.children)
    return subj.lower_ != "it" and _agent(t) is None and any(
        c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in kids) and any(
        c.dep_ == "ccomp" or c.dep_ == "prep" and c.lower_ != "as" for c in kids) and not any(
        c.dep_ == "oprd" for c in kids)


def _unparsed_subject(t, in_quote):
    """A name the parser left unlinked from a saying verb with no subject: 'Ramos, 58, told
    AFP', 'Durbin (D-Ill.), noting the size of the list, said', '"...," said Robert Reich,
    who ...' (PolNeAR train). Only a finite saying verb; only a name next to it -- before
    it with at most a comma-set aside between, or right after it following a quote or a
    comma, and never the subject of the reported clause ("..., said Sanders has options")."""
    if in_quote is None or t.lemma_.lower() not in cues.SPEECH_VERBS or t.dep_ in ("amod", "compound", "relcl", "acl", "pcomp"):
        return None
    if t.tag_ not in ("VBD", "VBZ", "VBP") and not (t.tag_ == "VBN" and any(c.dep_ == "aux" for c in t.children)):
        return None
    obj = _inverted_object(t)
    if obj is None:
        obj = _relative_aside(t, in_quote)
    if obj is not None:
        return obj
    for prep in (c for c in t.children if c.dep_ == "prep" and c.i < t.i):
        # "Following <Name>'s announcement, lawyer <Name>, who ..., said" (BBC shape):
        # the name the parser hung on the fronted phrase
        for p in prep.children:
            if p.dep_ == "pobj" and (named := _named_aside(p)) is not p:
                return named
    sent = t.sent
    ents = ents_of(t.doc)
    starts = kept(t.doc, "stancegraph.ent_starts", lambda d: [e.start for e in ents])
    for ent in ents[bisect.bisect_left(starts, sent.start):bisect.bisect_left(starts, sent.end)]:
        if ent.label_ != "PERSON" or in_quote[ent.start]:
            continue
        if ent.end <= t.i and _aside(t.doc[ent.end:t.i]) and (ent.root.dep_ != "pobj" and (
                ent.root.dep_ not in SUBJ or ent.end <= ent.root.head.i < t.i)):
            return ent.root  # the subject of a participle in the aside ("noting ...") is a misparse
        # a clause after the verb may be the name's own ("..., said Sanders has options"); the
        # quote before it is the verb's ('"...?" asked Mr. Manafort': PolNeAR train)
        if ent.start > t.i and ent.start - t.i <= 2 and t.lemma_.lower() in _INVERTING and t.i > sent.start \
                and t.doc[t.i - 1].is_punct and all(x.pos_ in ("PROPN", "DET") for x in t.doc[t.i + 1:ent.start]) \
                and ent.root.dep_ not in SUBJ and not any(c.dep_ == "ccomp" and c.i > t.i for c in t.children):
            return ent.root
    return None


def _inverted_object(t):
    """'"...," added a North Dakota Democrat' (PolNeAR train): after what was said and a
    comma or mark, the parser makes the speaker of an inverted saying verb its object."""
    if t.lemma_.lower() not in _INVERTING or t.i == t.sent.start or not t.doc[t.i - 1].is_punct:
        return None
    if not any(c.dep_ == "ccomp" and c.i < t.i for c in t.children) or any(
            c.dep_ == "ccomp" and c.i > t.i for c in t.children):
        return None
    obj = next((c for c in t.children if c.dep_ == "dobj" and c.left_edge.i == t.i + 1), None)
    return obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None


def _coordinated_first(t, in_quote):
    """'Mayor Reid offered the man a seat, then says he'll ...', 'Reid paused, then revealed
    why ...' (PolNeAR train): the second verb of one
    subject, which the parser made the head of the first (or a clause hung on it); the first
    verb's subject speaks. Only right after the first verb's words: a comma, "and", "then"."""
    if in_quote[t.i] or t.tag_ not in ("VBD", "VBZ", "VBP") or t.i + 1 >= len(t.doc) or t.doc[t.i - 1].is_quote:
        return None
    doc = t.doc
    nxt = doc[t.i + 1]
    if not any(c.i > t.i and c.dep_ in ("ccomp", "xcomp", "dobj", "prep", "advcl") for c in t.children) or (
            nxt.ent_type_ in ("PERSON", "ORG") and nxt.dep_ != "nsubj"):
        return None  # "The plan is fair, says Ann Reid": the speaker after the verb, misparsed
    firsts = [c for c in t.children if c.dep_ in ("ccomp", "dep", "conj") and c.i < t.i]
    if t.dep_ in ("ccomp", "dep") and t.head.i < t.i and (t.left_edge.i == t.i or t.left_edge.i == t.i - 1 and
                                                           t.left_edge.lower_ in ("then", "and", "also")):
        firsts.append(t.head)  # not "one in four said", a subject the parser hung on the verb
    for v in firsts:
        subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
        if subj is None or in_quote[v.i] or in_quote[subj.i] or v.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        if v.head.i == t.i:
            # the first clause opens the sentence, and no noun after the verb may be its speaker
            # ('The mayor had a say in it, said a former aide ...': the left clause is what was said)
            if any(x.pos_ in ("NOUN", "PROPN", "PRON", "VERB") for x in doc[t.sent.start:subj.left_edge.i]) or (
                    nxt.pos_ in ("DET", "NOUN", "PROPN", "NUM", "ADJ") and nxt.dep_ != "nsubj"):
                continue
            end = v.right_edge.i
        else:
            end = max((x.right_edge.i for x in v.children if x.i < t.left_edge.i), default=v.i)
        gap = doc[end + 1:t.i]
        # no closing quote mark: '... the city's "gold standard," says she ...' reads as an inverted quote
        # and something between: "one in three said ... and one in four said" has the next
        # subject inside the first clause's words
        if gap and all((x.is_punct and not x.is_quote) or x.dep_ == "cc" or x.lower_ == "then" for x in gap):
            return subj
    return None


_RELATIVE = frozenset(("who", "whose", "which"))


def _relative_aside(t, in_quote):
    """The noun before a relative clause the parser made the saying verb's clause: "One
    councillor, who like others spoke ..., said", "Reid, meanwhile, who ..., last week said",
    '"...," said the woman, who like many ... did not want' (PolNeAR train). The noun opens
    the sentence (a quote before it aside) or directly follows an inverted verb."""
    doc, sent = t.doc, t.sent
    for w in doc[sent.start + 2:sent.end]:
        if w.lower_ not in _RELATIVE or in_quote[w.i] or doc[w.i - 1].text != ",":
            continue
        x = doc[w.i - 2]
        if x.pos_ == "ADV" and x.i - 2 >= sent.start and doc[x.i - 1].text == ",":
            x = doc[x.i - 2]  # "Reid, meanwhile, who ..."
        if x.pos_ not in ("NOUN", "PROPN") or in_quote[x.i]:
            continue
        start = np_span(x)[0]
        if x.i > t.i:
            if start == t.i + 1 and t.lemma_.lower() in _INVERTING and doc[t.i - 1].is_punct:
                return x
        elif not any(not (in_quote[y.i] or y.is_punct) for y in doc[sent.start:start]) and _closed_before(t, w):
            return x
    return None


def _closed_before(t, w) -> bool:
    """A comma after ``w`` closes the aside before the verb, with only the verb's own
    adverbs between: ", said", ", also said", ", last week said"."""
    for y in reversed(t.doc[w.i + 1:t.i]):
        if y.text == ",":
            return True
        if not (y.head.i == t.i or y.head.head.i == t.i) or y.dep_ not in ("advmod", "npadvmod", "amod", "det"):
            return False
    return False


def _aside(toks) -> bool:
    """Nothing, or a stretch set off by commas with no finite verb: ", 58,", ", a Scott
    ally,", " (D-Ill.), noting the size of his list,"."""
    if not len(toks):
        return True
    if toks[-1].text != "," or toks[0].text not in (",", "("):
        return False
    return not any(x.tag_ in ("VBD", "VBZ", "VBP", "MD") for x in toks)


def _described_person(tok, subjects):
    """"Former BBC news presenter and Yorkshire MEP Tom Baker said": descriptions with no
    article joined by "and" before a name describe that person, who speaks (the parser makes
    the name a conjunct of the first description, or a second subject, the first a noun it may
    tag as a verb: s16 BBC audit). "The minister and Mr Smith said" (an article) stays two
    speakers, the first speaking here."""
    if (titled := _titled_name(tok)) is not None:
        return titled
    if tok.pos_ not in ("NOUN", "VERB") or not tok.is_lower or any(x.dep_ == "det" for x in tok.children):
        return tok
    named = [x for x in tok.children if x.dep_ == "conj" and x.ent_type_ == "PERSON" and x.pos_ == "PROPN"]
    named += [x for x in subjects if x.i > tok.i and x.ent_type_ == "PERSON" and x.pos_ == "PROPN"
              and x.left_edge.i == tok.right_edge.i + 1 and x.i < x.head.i]
    return named[0] if len(named) == 1 else tok


def _titled_name(tok):
    """"Shadow leader of the Commons <Name> said" (s17 BBC audit): a title with no
    article whose "of"/"for" phrase names a body ("the ...") and ends in a person's full name;
    the parser hangs the name on the body, the person speaks. Not "Friends of John Smith", nor
    "supporters of Democrat Hillary Clinton say" (PolNeAR train): no body, or a plural."""
    if tok.tag_ != "NN" or any(x.dep_ == "det" for x in tok.children):
        return None
    for prep in tok.children:
        pobj = next((p for p in prep.children if p.dep_ == "pobj"), None) if prep.lower_ in ("of", "for") else None
        if pobj is None or pobj.ent_type_ != "PERSON" or pobj.pos_ != "PROPN" or tok.right_edge.i != pobj.i:
            continue
        ent = next((e for e in ents_of(tok.doc) if e.start <= pobj.i < e.end), None)
        if ent is not None and len(ent) >= 2 and ent.end == pobj.i + 1 and ent.start > prep.i + 2 \
                and tok.doc[prep.i + 1].lower_ == "the":
            return pobj
    return None


def _named_aside(tok):
    """"Following <Name>'s announcement, lawyer <Name>, who ..., said" (BBC shape): the
    parser makes the fronted phrase's noun the subject and the speaker its apposition; a
    person named in apposition to a noun for no person speaks. A role keeps its words ("The
    chancellor, Gordon Brown, said": SpeakerResolver._apposed)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() in ROLE_HEADS | PERSON_NOUNS | cues.PERSON_ROLES:
        return tok
    return next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i and c.ent_type_ == "PERSON"), tok)


#: What someone issues, their words: "A statement from the White House said ...".
_ISSUED = frozenset("statement remarks comments announcement letter tweet post email release message".split())


def _issuer(subj):
    """"A statement from the White House said", "Trump's letter said": who issued it speaks
    (PolNeAR train); a report or study stays its own source (see is_document)."""
    if subj.lemma_.lower() not in _ISSUED or subj.pos_ != "NOUN":
        return subj
    for c in subj.children:
        if c.dep_ == "poss" and (c.ent_type_ or c.pos_ in ("PROPN", "PRON")):
            return c
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None and (pobj.ent_type_ or pobj.pos_ == "PROPN"):
                return pobj
    return subj


def agent_participle(t) -> bool:
    """"Asked by Ingraham whether ...", "As reported by the Ledger, ...": a passive
    participle clause with no subject says its agent's words (PolNeAR train). Called for
    a cue with no subject of its own."""
    return t.tag_ == "VBN" and t.dep_ == "advcl" and _agent(t) is not None


def _agent(t):
    """"was reported by Xinhua": the agent; "It was reported that ...": no speaker."""
    for a in t.children:
        if a.dep_ == "agent":
            for p in a.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _inherited_subject(t, in_quote, depth: int):
    """The subject a cue without its own takes from the verb or noun it hangs on."""
    if (doer := gerund_doer(t)) is not None:
        return doer  # "left 40 percent of parents saying", "the share of nurses saying" (.gerund_subjects)
    # "Trump wrote ..., and called the call ...": the second verb shares the subject
    if t.dep_ == "conj" or (t.dep_ in ("advcl", "xcomp") and t.tag_ == "VBG") or t.dep_ == "xcomp" or (
            t.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children)):
        if (v := participle_speaker_verb(t) or main_clause_verb(t, in_quote)) is not None and (
                in_quote is None or not in_quote[v.i]):
            return cue_subject(v, in_quote, depth + 1)  # "said the plan was sound, insisting ...": the sayer
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
                    subj = first_subject(v)
                    if subj is not None:
                        return subj
            return None
        if t.dep_ == "conj" and h.dep_ == "ccomp" and h.head.tag_ == t.tag_ and (
                {t.lemma_.lower(), h.head.lemma_.lower()} <= cues.SPEECH_VERBS or reported_pronoun(t, h)):
            h = h.head  # "He said his attacks had worked and said that ...": the first "said"'s subject (PolNeAR train)
        if t.dep_ == "conj" and (v := conjunct_speaker_verb(h)) is not None:
            h = v  # "X praised it (although he ...) and promised ...": X, not "he"; "X says the goal is Y but conceded"
        if t.dep_ == "xcomp" and h.pos_ == "ADJ" and h.dep_ == "acomp" and caused_speaker(t) is None:
            # "were able to deflect ...": the subject of the copula, one that may speak (not
            # "it's worth noting"; session 17)
            h = h.head
            subj = first_subject(h)
            if subj is None or not may_speak(subj):
                return None
        if h.i != t.i:
            return caused_speaker(t) or _passive_subject(t, h) or passive_conjunct(t, h) or \
                cue_subject(h, in_quote, depth + 1)
    # "officials, who said ..."
    if t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN"):
        return t.head
    # PolNeAR train, participles the subject of another verb carries:
    # '"...," Trump told reporters, before insisting he had ...', "After saying he was
    # nervous, the man ...": the subject of the verb the preposition hangs on
    # (also through an adjective: "was the most outspoken in denouncing ...", session 17)
    if t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.dep_ == "prep" and (v := clause_verb(t.head)) is not None:
        return _passive_subject(t, v) or cue_subject(thing_clause_sayer(v) or v, in_quote, depth + 1)
    # "Mark Dalton, the chair of ..., Tweeted on Friday that ...", "A Marlow University poll found
    # last week that ...": the sentence's only verb parsed as a participle of the root noun (PolNeAR train)
    if t.dep_ == "acl" and t.tag_ in ("VBN", "VBD") and t.head.dep_ == "ROOT" and t.head.pos_ in ("NOUN", "PROPN") \
            and _agent(t) is None:
        return _issuer(_named_aside(t.head))
    # "a group backing Bush": the noun; "Her office issued a statement saying ...": the
    # subject that issued the statement
    if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.pos_ in ("NOUN", "PROPN"):
        if (doer := participle_doer(t)) is not None:
            return cue_subject(doer, in_quote, depth + 1)
        noun = t.head
        if noun.lemma_.lower() in cues.STATEMENT_NOUNS or noun.lemma_.lower() in _DOCUMENT_NOUNS:
            if noun.dep_ in ("dobj", "pobj") and noun.head.pos_ in ("VERB", "AUX"):
                return cue_subject(noun.head, in_quote, depth + 1)
            return None
        maker = _maker(noun)
        if maker is not None:
            return cue_subject(maker, in_quote, depth + 1)
        return noun
    return None


#: Things made to carry someone's words, who speaks through them: "approved a resolution
#: condemning ...", "hit back in a column arguing ...", "emailed a news article reporting ..."
#: (PolNeAR train: the maker is the annotated source).
_CARRIERS = frozenset("""resolution article story piece column editorial op-ed paper book response
notice advertisement ad commercial speech address petition lawsuit motion
flyer mailer""".split())


def _maker(noun):
    """The verb whose subject made ``noun``, a carrier of words: its object ("approved a
    resolution") or the object of its preposition ("in a column"); else the verb that
    published it (:func:`lost_subjects.publisher`: "released a video that ...")."""
    if noun.lemma_.lower() not in _CARRIERS or noun.pos_ != "NOUN":
        return publisher(noun)
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    return head if head.pos_ in ("VERB", "AUX") and head.i != noun.i else None


def _passive_subject(t, h):
    """"X was booed by tenants after telling them ...", "The mayor was cheered by the crowd,
    saying ...": an active participle (or infinitive, or coordinated verb) on a passive verb
    has the passive subject for its own, never the agent (PolNeAR train)."""
    if t.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in t.children) or _agent(h) is None:
        return None  # with no agent the passive subject was already the one inherited
    return next((_named_aside(c) for c in h.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON" or
                 c.dep_ == "nsubjpass" and c.lower_ in ("he", "she", "they", "we", "i")), None)


#: Nouns for a person that a name in apposition identifies: "His Lib Dem counterpart, Alan Beith".
PERSON_NOUNS = frozenset("one counterpart colleague host presenter wife husband son daughter friend man "
                          "woman campaigner activist".split())

#: Things that carry a statement for whoever issued them: "a statement saying ...".
_DOCUMENT_NOUNS = frozenset("letter message memo release tweet post video ad report note email".split())


def is_person(tok) -> bool:
    return tok.ent_type_ == "PERSON" or tok.lower_ in ("he", "she", "i") or (
        tok.lemma_.lower() in cues.PERSON_ROLES and tok.tag_ == "NN")


#: Instruments whose "aims to", "seeks to", "intends to" is their purpose as the writer gives
#: it, not anyone's claim: "The draft bill intends to protect ..." (BBC). No "report" or
#: "review": documents speak ("the report said"), and "campaign" is often a group.
_PURPOSE_NOUNS = frozenset("""bill act law legislation measure scheme pilot leaflet plan proposal
policy strategy budget programme program initiative project reform package code guidance treaty
constitution amendment regulation rule speech""".split())


def may_intend(tok) -> bool:
    """People and groups of people state intentions ("Republicans want a tax cut", "they
    want ..."); a country or place as the subject is the writer's reading of a state
    ("China wants the United States to go further", seed), a bill or scheme's aim its
    purpose ("The pilot scheme, which aims to ...")."""
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    if tok.lower_ == "which" and tok.head.dep_ in ("relcl", "acl"):
        tok = tok.head.head
    lemma = tok.lemma_.lower()
    return lemma not in ("country", "nation", "state", "it", "this", "that") and not (
        lemma in _PURPOSE_NOUNS and tok.pos_ == "NOUN")


def np_span(tok) -> tuple[int, int]:
    """The mention span of a speaker head: its entity, or head with its compounds/det."""
    if tok.ent_type_ and tok.ent_iob_ != "O":
        for ent in ents_of(tok.doc):
            if ent.start <= tok.i < ent.end:
                return ent.start, ent.end
    start = word_start(tok.doc, tok.i)  # "the co-chairman" whole, however it was parsed
    for c in (c for i in range(start, tok.i + 1, 2) for c in tok.doc[i].lefts):
        if c.dep_ in ("det", "compound", "amod", "nmod", "nummod", "quantmod") or c.dep_ == "poss" and tok.pos_ == "NOUN":
            start = min(start, c.left_edge.i)
    return start, tok.i + 1


def recipient_span(t) -> Optional[tuple[int, int]]:
    """"Medeiros told the WSJ": the outlet a statement was given to."""
    if t.lemma_.lower() not in ("tell", "say", "write"):
        return None
    for c in t.children:
        if c.dep_ in ("dobj", "dative") and c.ent_type_ == "ORG":
            return np_span(c)
        if c.dep_ == "prep" and c.lower_ in ("to",) and t.lemma_.lower() in ("say", "write"):
            for p in c.children:
                if p.dep_ == "pobj" and p.ent_type_ == "ORG":
                    return np_span(p)
    return None


def may_state(lemma: str, speaker_tok, attitudes: bool = False) -> bool:
    """"Clinton wants to bring back the 1990s" is hers to state (PolNeAR annotates it);
    "China wants the United States to go further" is the writer's reading of a country
    (seed): intentions of people only, unless attitudes=True."""
    if (lemma in cues.INTENTION_VERBS and lemma not in cues.BELIEF_VERBS and not attitudes
            and not may_intend(speaker_tok)):
        return False
    return not (lemma in cues.PERSON_ONLY_VERBS and not is_person(speaker_tok) or thing_that(speaker_tok))
