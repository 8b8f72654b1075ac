"""Who speaks: the subject of a cue in the parse, and the actor it stands for.

:func:`cue_subject` finds the speaker token of a cue verb (inherited through coordination,
participles, relative clauses); :func:`np_span` widens it to a mention. A speaker that is
no name is resolved by :class:`SpeakerResolver`: "he/she" -> the person subject of the
same or a recent sentence, "the president" -> the last person with that role, "the
newspaper" -> the last organization. :func:`speaker_mention` puts the two together.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Optional

from stancegraph.graph import model
from stancegraph.graph.model import Actor, Mention
from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract.aliases import given_name_gender
from stancegraph.loaders.extract.content import SUBJ
from stancegraph.loaders.extract.documents import is_document
from stancegraph.loaders.extract.nlp import ents_of, kept, text_of
from stancegraph.loaders.extract.pronouns import organization_it
from stancegraph.loaders.extract.resolve import Candidate
from stancegraph.loaders.extract.roles import ROLE_HEADS, ArticlePeople, role_of


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
    for c in t.children:
        if c.dep_ == "nsubj":
            return _issuer(_named_aside(c))
        if c.dep_ == "nsubjpass":
            return _agent(t)
    # "About 4 in 10 say they want ...": the parser makes the poll share a number modifier
    # of the verb, not its subject (PolNeAR train)
    for c in t.children:
        if c.dep_ in ("nummod", "npadvmod") and c.like_num and c.i < t.i:
            return c
    if depth > 3:
        return None
    found = _inherited_subject(t, in_quote, depth)
    return found if found is not None or depth else _unparsed_subject(t, in_quote)


#: Saying verbs that follow a quote with their speaker after them: '"...," said X'.
_INVERTING = frozenset("say add ask write explain note recall continue reply respond insist argue observe "
                       "wonder quip joke declare conclude counter retort tweet".split())


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
    for prep in (c for c in t.children if c.dep_ == "prep" and c.i < t.i):
        # "Following Mr Straw's announcement, lawyer Louise Christian, who ..., said" (BBC):
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
        if ent.start > t.i and ent.start - t.i <= 2 and t.lemma_.lower() in _INVERTING and t.i > sent.start \
                and t.doc[t.i - 1].is_punct and all(x.pos_ in ("PROPN", "DET") for x in t.doc[t.i + 1:ent.start]) \
                and ent.root.dep_ not in SUBJ and not any(c.dep_ == "ccomp" for c in t.children):
            return ent.root
    return None


def _aside(toks) -> bool:
    """Nothing, or a stretch set off by commas with no finite verb: ", 58,", ", a Scott
    ally,", " (D-Ill.), noting the size of his list,"."""
    if not len(toks):
        return True
    if toks[-1].text != "," or toks[0].text not in (",", "("):
        return False
    return not any(x.tag_ in ("VBD", "VBZ", "VBP", "MD") for x in toks)


def _named_aside(tok):
    """"Following Mr Straw's announcement, lawyer Louise Christian, who ..., said" (BBC): the
    parser makes the fronted phrase's noun the subject and the speaker its apposition; a
    person named in apposition to a noun for no person speaks. A role keeps its words ("The
    chancellor, Gordon Brown, said": SpeakerResolver._apposed)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() in ROLE_HEADS | _PERSON_NOUNS | cues.PERSON_ROLES:
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
        if t.dep_ == "conj" and h.dep_ == "ccomp" and h.head.tag_ == t.tag_ and \
                {t.lemma_.lower(), h.head.lemma_.lower()} <= cues.SPEECH_VERBS:
            h = h.head  # "He said his attacks had worked and said that ...": the first "said"'s subject (PolNeAR train)
        if h.i != t.i:
            return cue_subject(h, in_quote, depth + 1)
    # "officials, who said ..."
    if t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN"):
        return t.head
    # PolNeAR train, participles the subject of another verb carries:
    # '"...," Trump told reporters, before insisting he had ...', "After saying he was
    # nervous, the man ...": the subject of the verb the preposition hangs on
    if t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.dep_ == "prep" and t.head.head.pos_ in ("VERB", "AUX"):
        return cue_subject(t.head.head, in_quote, depth + 1)
    # "a group backing Bush": the noun; "His office put out a statement saying ...": the
    # subject that put the statement out
    if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.pos_ in ("NOUN", "PROPN"):
        noun = t.head
        if noun.lemma_.lower() in cues.STATEMENT_NOUNS or noun.lemma_.lower() in _DOCUMENT_NOUNS:
            if noun.dep_ in ("dobj", "pobj") and noun.head.pos_ in ("VERB", "AUX"):
                return cue_subject(noun.head, in_quote, depth + 1)
            return None
        return noun
    return None


#: Nouns for a person that a name in apposition identifies: "His Lib Dem counterpart, Alan Beith".
_PERSON_NOUNS = frozenset("one counterpart colleague host presenter wife husband son daughter friend man "
                          "woman campaigner activist".split())

_SPOKES = frozenset("spokesman spokeswoman spokesperson".split())

#: Things that carry a statement for whoever issued them: "a statement saying ...".
_DOCUMENT_NOUNS = frozenset("letter message memo release tweet post video ad report note email".split())


def is_person(tok) -> bool:
    return tok.ent_type_ == "PERSON" or tok.lower_ in ("he", "she", "i") or (
        tok.lemma_.lower() in cues.PERSON_ROLES and tok.tag_ == "NN")


def may_intend(tok) -> bool:
    """People and groups of people state intentions ("Republicans want a tax cut", "they
    want ..."); a country or place as the subject is the writer's reading of a state
    ("China wants the United States to go further", seed)."""
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    return tok.lemma_.lower() not in ("country", "nation", "state", "it", "this", "that")


def np_span(tok) -> tuple[int, int]:
    """The mention span of a speaker head: its entity, or head with its compounds/det."""
    if tok.ent_type_ and tok.ent_iob_ != "O":
        for ent in ents_of(tok.doc):
            if ent.start <= tok.i < ent.end:
                return ent.start, ent.end
    start = tok.i
    for c in tok.lefts:
        if c.dep_ in ("det", "compound", "amod", "nmod", "nummod", "quantmod"):
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


def _is_main_subject(tok) -> bool:
    verb = tok.head if tok.dep_ != "poss" else tok.head.head
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


#: Descriptions that stand only for an organization named so ("the Scottish Government",
#: "the Home Affairs Committee"): the party or body named last is none of these (BBC).
_NAMED_AS = frozenset(["government", "administration", "committee", "group"])


class SpeakerResolver:
    """Speakers that are no named mention: "He added", "the chancellor said", "Mr Balls said"
    where the NER tagged no name. Names, roles and gender come from :class:`ArticlePeople`."""

    def __init__(self, doc, cands: list[Candidate], cands_by_token: dict[int, Candidate], actors: dict[str, Actor]):
        self.doc = doc
        self.cands = sorted(cands, key=lambda c: c.start)
        self.by_token = cands_by_token
        self.actors = actors
        self.people = ArticlePeople(doc, cands, actors)
        #: persons named only in a speaker's apposition, whom the NER missed: actors to add
        self.unnamed: dict[str, Actor] = {}
        self.subject_person: dict[int, list[tuple[int, str]]] = {}  # sent start -> [(tok, actor)]
        #: spokespeople resolved to what they speak for: tok -> the pronoun they take (None: either)
        self.spokes: dict[int, Optional[str]] = {}
        for c in self.cands:
            if c.kind != "person" or not c.actor:
                continue
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            # subjects, and possessors of subjects ("President Trump's concerns are ...")
            if root.dep_ in SUBJ or root.dep_ == "poss" and root.head.dep_ in SUBJ:
                self.subject_person.setdefault(root.sent.start, []).append((root.i, c.actor))
        # the subject of the main clause first: in "Anna Keller spoke after Tom Baker left.
        # She said ...", "She" is Anna Keller
        for key, subjects in self.subject_person.items():
            subjects.sort(key=lambda p: _is_main_subject(doc[p[0]]))

    def is_person(self, actor: str) -> bool:
        a = self.actors.get(actor)
        return a is not None and a.kind == "person"

    def note_subject(self, tok, actor: str) -> None:
        """A resolved pronoun subject is a subject for the next pronoun ("He further wrote")."""
        self.subject_person.setdefault(tok.sent.start, []).append((tok.i, actor))

    def note_spokes(self, tok, actor: str) -> None:
        """'A spokeswoman for the Information Commissioner's Office said ... "We are ...," she
        said' (BBC): a spokesperson's "she"/"he" speaks for the same organization."""
        self.subject_person.setdefault(tok.sent.start, []).append((tok.i, actor))
        self.spokes[tok.i] = {"spokeswoman": "she", "spokesman": "he"}.get(tok.lower_)

    def resolve(self, tok, toks=None, exclude: frozenset = frozenset()) -> Optional[str]:
        """The actor of a speaker head ``tok`` (its span ``toks``) that no named mention covers;
        a pronoun is none of ``exclude`` (the clause-mates of a stance's object "him")."""
        low = tok.lower_
        if low in ("he", "she", "him", "her", "his"):  # "him", "her", "his": a stance's object
            return self._pronoun(tok, exclude)
        if low == "it" and tok.dep_ in SUBJ:
            return organization_it(self.doc, self.cands, tok)
        if low in ("who", "which") and tok.head.dep_ == "relcl" and tok.head.head.pos_ in ("NOUN", "PROPN"):
            return self._antecedent(tok, tok.head.head)
        if tok.pos_ == "PRON":
            return None  # "I", "they"
        toks = toks if toks is not None else tok.doc[tok.i:tok.i + 1]
        named = self._apposed(tok)
        if named is not None:
            return named
        definite = toks[0].lower_ in ("the", "this", "that")
        if tok.text[:1].isupper():
            # "Mr Balls said", "Blair rejects ..." (headline), "The Lib Dems believe": a name
            # the NER tagged elsewhere in the article but not here
            named = self.people.by_name(toks, tok.idx)
            if named is not None:
                return named
        role = role_of(toks.text) if tok.tag_ in ("NN", "NNP") else None
        if role is not None:
            # "the chancellor", "The Amnesty secretary-general": the person the article names in
            # that role, never merely the last person named (BBC: "The chancellor has demanded
            # ..." went to a "Mbabane" named just before)
            holder = self.people.holder(role, tok.idx) if definite else None
            return holder or self._spoken_for(role, toks)
        # singular only: "the two leaders" is not the last leader named
        if tok.tag_ == "NN" and definite:
            kind = cues.DESCRIPTION_KINDS.get(tok.lemma_.lower())
            if kind:
                # "the government has announced": the article's Government, named later; an
                # organization named before that is not called so is not it (BBC: "the
                # government said" went to the Labour Party, to the Electoral Commission)
                word = tok.lemma_.lower()
                fits = (lambda a: a in self.actors and word in self.actors[a].name.lower()) if word in _NAMED_AS else None
                return self._recent(tok, kind, fits) or self.people.by_name(toks[1:], tok.idx)
        return None

    def _antecedent(self, rel, head) -> Optional[str]:
        """"overturned by the Court of Appeal who said ...": the actor of the noun a relative
        "who" stands for (BBC); the mention stays "who", as PolNeAR annotates it. A person
        named right before "who" is it, whatever the parse ("backed by Culture, Media and
        Sport Secretary Tessa Jowell who said", BBC), not the last of a list set off by a comma
        ("London Clubs International, Rank Group and Stanley Leisure, who"); "who" is no
        place, "which" no person."""
        before = self.by_token.get(rel.i - 1) if rel.i > 0 else None
        if rel.lower_ == "who" and before is not None and before.kind == "person":
            return before.actor
        c = self.by_token.get(head.i)
        if c is None:
            s, e = np_span(head)
            actor = self.resolve(head, head.doc[s:e])
        else:
            actor = c.actor
        a = self.actors.get(actor) or self.unnamed.get(actor)
        if a is not None and a.kind == ("person" if rel.lower_ == "which" else "place"):
            return None
        return actor

    def _spoken_for(self, role, toks) -> Optional[str]:
        """"A Home Office spokesman said", "a Labour spokeswoman": the organization speaks."""
        if role.head not in _SPOKES:
            return None
        # "a Scottish Labour Party spokesman": the party, not the Scots
        found = [c for c in (self.by_token.get(t.i) for t in toks) if c is not None and c.actor]
        # "A spokeswoman for the Information Commissioner's Office" (BBC)
        # (the office itself: not "European" in "for the European Anti-Fraud Office")
        for prep in (p for p in toks.root.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "at")):
            found.extend(c for c in (self.by_token.get(t.i) for t in prep.children if t.dep_ == "pobj")
                         if c is not None and c.actor)
        for kind in ("organization", "country", "group"):
            for c in reversed(found):
                if c.kind == kind:
                    return c.actor
        # "A BNP spokesperson" where the NER tagged BNP only elsewhere
        words = [t for t in toks[:-1] if t.dep_ != "det"]
        named = self.people.by_name(words, toks[-1].idx) if words else None
        return named if named is not None and not self.is_person(named) else None

    def _apposed(self, tok) -> Optional[str]:
        """"Scottish Finance Minister, Tom McCabe MSP, said", "The chancellor, Gordon Brown,
        said": the person named in apposition to the speaker."""
        if tok.lemma_.lower() not in ROLE_HEADS | _PERSON_NOUNS:
            return None  # "The memory Gordon Brown says keeps returning": no apposition
        for c in tok.children:
            if c.dep_ != "appos":
                continue
            for t in [c, *(x for x in c.lefts if x.dep_ == "compound")]:
                cand = self.by_token.get(t.i)
                if cand is not None and cand.kind == "person" and cand.actor:
                    return cand.actor
            if not any(t.i in self.by_token for t in c.subtree):
                return self._unnamed_person(c)
        return self._named_after_brief(tok)

    def _named_after_brief(self, tok) -> Optional[str]:
        """"Labour's deputy minister for women Jacqui Smith said" (BBC): the parser hangs the name
        on the brief ("for women Jacqui Smith"); a person after a lower-case brief noun is the
        role's holder ("a spokesman for Mr Howard" has no brief noun: Howard does not speak)."""
        for p in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"):
            for o in (x for x in p.children if x.dep_ == "pobj"):
                cand = self.by_token.get(o.i)
                if cand is not None and cand.kind == "person" and cand.actor and any(
                        x.dep_ == "compound" and x.pos_ == "NOUN" and x.is_lower for x in o.lefts):
                    return cand.actor
        return None

    def _unnamed_person(self, head) -> Optional[str]:
        """"The Shadow Secretary of State for the Family, Theresa May, said": a name in
        apposition to a role that the NER did not tag (BBC). The actor the article names so
        elsewhere, else a person of that name when it opens with a common given name."""
        words = [x for x in head.subtree if not x.is_punct]
        if not 2 <= len(words) <= 3 or words[-1].i != head.i or not all(
                x.pos_ == "PROPN" and x.text[:1].isupper() for x in words):
            return None
        span = self.doc[words[0].i:head.i + 1]
        named = self.people.by_name(span, span.start_char)
        if named is not None or given_name_gender(words[0].text) is None:
            return named
        actor = Actor(model.actor_id("person", span.text), span.text, "person", [span.text], [])
        self.unnamed[actor.id] = actor
        return actor.id

    def _pronoun(self, tok, exclude: frozenset = frozenset()) -> Optional[str]:
        """The person subject a "he"/"she" continues: of this sentence, else of the nearest of
        the 4 before, skipping those the article gives the other gender ("Hillary Clinton
        said she ... Tim Kaine said he ... She added": Clinton). The nearest first: a known
        gender does not beat a nearer person of unknown gender (on BBC politics that moved
        "He added" after a newly named speaker back to a "Mr" named earlier)."""
        def fits(a) -> bool:
            return a not in exclude and self.is_person(a) and self.people.fits_pronoun(a, tok.lower_)
        found = next((a for i, a in self._subjects_before(tok) if a not in exclude and (
            self.spokes[i] in (None, tok.lower_) if i in self.spokes else fits(a))), None)
        return found if found is not None else self._recent(tok, "person", fits)

    def _subjects_before(self, tok) -> list[tuple[int, str]]:
        """Person subjects before a token, nearest sentence first, the main clause's first."""
        sent = tok.sent
        out = [(i, a) for i, a in reversed(self.subject_person.get(sent.start, [])) if i < tok.i]
        s = sent
        for _ in range(4):
            if s.start == 0:
                break
            s = self.doc[s.start - 1].sent
            out.extend(reversed(self.subject_person.get(s.start, [])))
        return out

    def _recent(self, tok, kind: str, fits=None) -> Optional[str]:
        for c in reversed(self.cands):
            if c.start >= tok.idx or tok.idx - c.start > 3000:
                continue
            if c.kind == kind and c.actor and (fits is None or fits(c.actor)):
                return c.actor
        return None


@dataclass
class Speaker:
    """The speaker of one statement as a mention, and what resolving it found."""

    mention: Mention
    resolved: bool = False  # a pronoun, description or group: a mention the NER did not give
    #: an actor the speaker names that no named mention gave: a group ("Chinese state media"),
    #: a person named in apposition whom the NER missed ("..., Theresa May, said")
    group: Optional[Actor] = None
    document: bool = False  # "Separate figures showed": a report, study or figures, not an actor


def _hyphen_cut(doc, end: int) -> bool:
    """"The Tory co-chairman": a span that ends at a hyphen glued to a lower-case word is cut
    inside a word ("Tory co"), no name."""
    return 0 < end < len(doc) - 1 and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and doc[end + 1].is_lower


def speaker_mention(doc, span, by_token, speakers: SpeakerResolver) -> Speaker:
    """The mention and actor of a speaker span: a named mention, else what it stands for."""
    s, e = span
    toks = doc[s:e]
    start, end = toks.start_char, toks.end_char
    actor = None
    group = None
    head = toks.root
    c = by_token.get(head.i)
    if c is None and is_document(head):
        # "Separate figures showed that ...", "the IFS report said": the document speaks;
        # it is no actor, nor the organization or group named in it
        return Speaker(Mention(start, end, text_of(doc)[start:end], None), document=True)
    if c is not None:
        actor = c.actor
        start, end = c.start, c.end
    else:
        actor = speakers.resolve(head, toks)
        group = speakers.unnamed.get(actor) if actor is not None else None
        # "the Tory leader" whose holder the article does not name is no group "Tory leader"
        # a quote mark inside is a phrase, not a name ('unremittingly "New" Labour manifesto')
        if actor is None and head.pos_ == "NOUN" and any(t.i in by_token for t in toks) and \
                role_of(toks.text) is None and not any(q in toks.text for q in '"“”') and not _hyphen_cut(doc, e):
            # "Chinese state media reported": a group named after an actor, not the actor
            words = toks[1:] if toks[0].dep_ == "det" else toks
            name = words.text
            actor = model.actor_id("group", name)
            group = Actor(actor, name, "group", [name], [])
    if actor is not None and head.dep_ in SUBJ and speakers.is_person(actor):
        speakers.note_subject(head, actor)
    elif actor is not None and head.dep_ in SUBJ and head.lower_ in _SPOKES and toks[0].lower_ in ("a", "an"):
        # "A Labour spokesman said": not "The Tory spokesman", who is a man named before
        speakers.note_spokes(head, actor)
    return Speaker(Mention(start, end, text_of(doc)[start:end], actor), resolved=c is None and actor is not None, group=group)
