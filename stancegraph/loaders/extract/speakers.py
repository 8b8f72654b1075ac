"""Who speaks: the actor a cue's speaker mention stands for.

The speaker token of a cue and its mention span come from :mod:`cue_subjects`
(:func:`cue_subject`, :func:`np_span`). A speaker that is no name is resolved by
:class:`SpeakerResolver`: "he/she" -> the person subject of the same or a recent sentence,
"the president" -> the last person with that role, "the newspaper" -> the last
organization. :func:`speaker_mention` puts the two together.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from stancegraph.graph import model
from stancegraph.graph.model import Actor, Mention
from stancegraph.graph.offices import is_placeholder
from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract.aliases import gender_of, given_name_gender
from stancegraph.loaders.extract.content import SUBJ
from stancegraph.loaders.extract.documents import is_document
from stancegraph.loaders.extract.cue_subjects import PERSON_NOUNS, np_span
from stancegraph.loaders.extract.nlp import text_of, word_start, word_tail
from stancegraph.loaders.extract.offices import mark_holders, office_actor
from stancegraph.loaders.extract.pronouns import body_they, organization_it
from stancegraph.loaders.extract.resolve import Candidate
from stancegraph.loaders.extract.roles import ROLE_HEADS, ArticlePeople, role_of


def _is_main_subject(tok) -> bool:
    verb = tok.head if tok.dep_ != "poss" else tok.head.head
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


_SPOKES = frozenset("spokesman spokeswoman spokesperson".split())

#: a person object no name gives ("prompted the prime minister to say"), where a "he" stops
_UNNAMED = "?unnamed"

#: Descriptions that stand only for an organization named so ("the Scottish Government",
#: "the Home Affairs Committee"): the party or body named last is none of these (BBC).
_NAMED_AS = frozenset(["government", "administration", "committee", "group"])


#: Head nouns of bodies' names that "the <noun>" takes up ("the Low Pay Commission ... the
#: commission"); the descriptions above (cues.DESCRIPTION_KINDS) are resolved before.
_BODY_NOUNS = frozenset("""commission council alliance office court union society association authority
board institute trust foundation federation bureau service tribunal inquiry panel coalition league
fund assembly parliament executive forum centre center confederation congress""".split())


class SpeakerResolver:
    """Speakers that are no named mention: "He added", "the chancellor said", "Mr Balls said"
    where the NER tagged no name. Names, roles and gender come from :class:`ArticlePeople`."""

    def __init__(self, doc, cands: list[Candidate], cands_by_token: dict[int, Candidate], actors: dict[str, Actor]):
        self.doc = doc
        self.cands = sorted(cands, key=lambda c: c.start)
        self.by_token = cands_by_token
        self.actors = actors
        self.people = ArticlePeople(doc, cands, actors)
        mark_holders(self.people, actors)  # "Chancellor Gordon Brown": office:chancellor
        #: persons named only in a speaker's apposition, whom the NER missed: actors to add
        self.unnamed: dict[str, Actor] = {}
        self.subject_person: dict[int, list[tuple[int, str]]] = {}  # sent start -> [(tok, actor)]
        #: spokespeople resolved to what they speak for: tok -> the pronoun they take (None: either)
        self.spokes: dict[int, Optional[str]] = {}
        self.spoke_for: dict[int, str] = {}  # the same tokens -> the actor they speak for
        self.taken_up: set[int] = set()  # "the spokesman" tokens resolved to one of those
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
        for sent in doc.sents:
            if sent.start not in self.subject_person:
                found = self._object_person(sent)
                if found is not None:
                    self.subject_person[sent.start] = [found]

    def _object_person(self, sent) -> Optional[tuple[int, str]]:
        """"Her speech did not impress Tory spokesman Tim Collins. '...,' he said" (BBC): when a
        sentence's subject is a thing ("Her speech", "The pressure"), the one person its main
        verb takes as object is whom the next "he"/"she" goes on with, as a subject would be."""
        root = sent.root
        subj = next((c for c in root.children if c.dep_ in SUBJ), None)
        if subj is None or subj.pos_ != "NOUN" or subj.i in self.by_token or \
                subj.lemma_.lower() in ROLE_HEADS | PERSON_NOUNS | _SPOKES:
            return None
        found = {}
        for obj in (c for c in root.children if c.dep_ == "dobj"):
            s, e = np_span(obj)
            named = {c.actor for c in (self.by_token.get(t.i) for t in self.doc[s:e]) if c is not None}
            role = role_of(self.doc[s:e].text) if not named and self.doc[s].lower_ == "the" else None
            if role is not None:  # a role the article gives no name: "he" is that no one
                named = {self.people.holder(role, obj.idx) or _UNNAMED}
            for actor in named:
                if actor == _UNNAMED or self.is_person(actor):
                    found[actor] = obj.i
        return next(((i, a) for a, i in found.items()), None) if len(found) == 1 else None

    def is_person(self, actor: str) -> bool:
        # a person named only in apposition to a role, whom the NER missed ("The Shadow
        # Secretary ..., Theresa May, said"), is one a later "she" goes on with (BBC); an
        # office the article names no holder of is not
        a = self.actors.get(actor) or self.unnamed.get(actor)
        return a is not None and a.kind == "person" and (actor in self.actors or not is_placeholder(a))

    def note_subject(self, tok, actor: str) -> None:
        """A resolved pronoun subject is a subject for the next pronoun ("He further wrote"),
        the main clause's still before a clause under it ("He did not think Mr Howard meant
        it. But he warned ...": he, not Mr Howard, whose "meant" was noted after; BBC)."""
        noted = self.subject_person.setdefault(tok.sent.start, [])
        noted.append((tok.i, actor))
        noted.sort(key=lambda p: _is_main_subject(self.doc[p[0]]))

    def note_spokes(self, tok, actor: str) -> None:
        """'A spokeswoman for the Information Commissioner's Office said ... "We are ...," she
        said' (BBC): a spokesperson's "she"/"he" speaks for the same organization."""
        self.subject_person.setdefault(tok.sent.start, []).append((tok.i, actor))
        self.spokes[tok.i] = {"spokeswoman": "she", "spokesman": "he"}.get(tok.lower_)
        self.spoke_for[tok.i] = actor

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
        if low == "they" and tok.dep_ in SUBJ:
            return body_they(self.doc, self.by_token, tok)
        if tok.pos_ == "PRON":
            return None  # "I", "we"
        toks = toks if toks is not None else tok.doc[tok.i:tok.i + 1]
        if len(toks) > 2 and toks[0].lower_ in ("both", "all") and toks[1].lower_ == "the":
            toks = toks[1:]  # "Both the prime minister and Chancellor <Name>" cut at the role (BBC)
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
            holder = self._definite_holder(role, tok) if definite else None
            return holder or self._spoken_for(role, toks) or self._office(role, toks) or (
                self._epithet(tok, role) if toks[0].lower_ == "the" else None)  # not "this reporter"
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
            return self._body_named(tok)
        return None

    def _body_named(self, tok) -> Optional[str]:
        """"The Low Pay Commission ... the commission said", "the Countryside Alliance ... The
        alliance said" (BBC): the one organization named before whose name ends in the noun
        as a name does ("... Commission"), for nouns that name bodies (not "the movie", "the
        police" after a headline the NER took for an organization)."""
        if tok.lower_ not in _BODY_NOUNS:
            return None
        word = " " + tok.lower_.capitalize()
        found = {c.actor for c in self.cands if c.kind == "organization" and c.actor and c.start < tok.idx
                 and c.actor in self.actors and self.actors[c.actor].name.endswith(word)}
        return found.pop() if len(found) == 1 else None

    def _definite_holder(self, role, tok) -> Optional[str]:
        """"A Treasury spokesman told ... '...,' the spokesman went on. But <Name>,
        spokesman for a charity, said" (BBC shape): "the spokesman" takes up the spokesman a sentence
        brought in before it, when no holder of the role is named nearer before it -- not one
        the article names only after it."""
        held = self.people.holding(role, tok.idx)
        if role.head in _SPOKES:
            back = max((i for i in self.spoke_for if i < tok.i and self.doc[i].lower_ == tok.lower_), default=None)
            if back is not None and (held is None or not self.doc[back].idx < held.at < tok.idx):
                a = self.spoke_for[back]
                self.taken_up.add(tok.i)  # a subject for the next "he" as the first one is
                return None if a == _UNNAMED else a
        return held.actor if held is not None else None

    def _epithet(self, tok, role) -> Optional[str]:
        """"Mr Johnson ... said Mr Blair should keep out. '...,' The Spectator editor told"
        (BBC): a role the article names no holder of, said of the person the sentences before
        are about -- the first person subject there, as for "he" -- unless the speaker's own
        sentence names that person ("The premier insisted Mr Brown ...") or the article gives
        them another role; never a role with an "of" phrase, which brings someone new in ("the
        chairman of the Bar Council"), nor a spokesman."""
        if role.head in _SPOKES or any(c.dep_ in ("prep", "appos") and c.lower_ != "for" for c in tok.children):
            return None
        sent = tok.sent
        i, actor = next(((i, a) for i, a in self._subjects_before(tok) if i < sent.start), (None, None))
        if actor is None or actor == _UNNAMED or not self.is_person(actor) or any(
                c.actor == actor and sent.start_char <= c.start < sent.end_char for c in self.cands):
            return None
        g = gender_of([role.head])  # "The Queen" is no prince named before
        if g is not None and self.people.gender(actor) not in (None, g):
            return None
        return None if any(h.actor == actor and h.role.head != role.head for h in self.people.roles) else actor

    def _office(self, role, toks) -> Optional[str]:
        """"The chancellor said" in an article that names no chancellor: a placeholder for
        the office, which the graph names across articles (:mod:`.offices`)."""
        actor = office_actor(role, toks)
        if actor is None:
            return None
        self.unnamed.setdefault(actor.id, actor)
        return actor.id

    def _antecedent(self, rel, head) -> Optional[str]:
        """"reversed by the High Court who said ...": the actor of the noun a relative
        "who" stands for (BBC); the mention stays "who", as PolNeAR annotates it. A person
        named right before "who" is it, whatever the parse ("backed by <a ministry's>
        Secretary <Name> who said", BBC shape), not the last of a list set off by a comma
        ("<Firm>, <Firm> and <Firm>, who"); "who" is no
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
        # then "a spokesman for Commissioner Franco Frattini" (BBC): the person he speaks for
        for kind in ("organization", "country", "group", "person"):
            for c in reversed(found):
                if c.kind == kind:
                    return c.actor
        poss = next((c for c in toks.root.children if c.dep_ == "poss"), None)
        if poss is not None:
            # "Mr Blair's official spokesman", "the prime minister's spokesman", "his spokesman"
            start, end = np_span(poss)
            c = self.by_token.get(poss.i)
            return c.actor if c is not None and c.actor else self.resolve(poss, self.doc[start:end])
        # "A BNP spokesperson" where the NER tagged BNP only elsewhere
        words = [t for t in toks[:-1] if t.dep_ != "det"]
        if not words and toks[0].lower_ in ("a", "an") and not any(p.dep_ == "prep" for p in toks.root.children):
            return self._body_before(toks.root)  # not "A spokesman for the Albanian embassy" (no entity)
        named = self.people.by_name(words, toks[-1].idx) if words else None
        return named if named is not None and not self.is_person(named) else None

    def _body_before(self, tok) -> Optional[str]:
        """"The department defended its plans. A spokesman said: ..." (BBC shape): a bare
        spokesman speaks for the one organization the sentence before has as its subject (or
        agent)."""
        if tok.sent.start == 0:
            return None
        prev = self.doc[tok.sent.start - 1].sent
        found = set()
        for c in self.cands:
            if c.kind != "organization" or not c.actor or not prev.start_char <= c.start < prev.end_char:
                continue
            span = self.doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is not None and (span.root.dep_ in SUBJ or span.root.dep_ == "pobj" and span.root.head.dep_ == "agent"):
                found.add(c.actor)
        return found.pop() if len(found) == 1 else None

    def _apposed(self, tok) -> Optional[str]:
        """"Scottish Finance Minister, Tom McCabe MSP, said", "The chancellor, Gordon Brown,
        said": the person named in apposition to the speaker."""
        if tok.lemma_.lower() not in ROLE_HEADS | PERSON_NOUNS:
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
        """"The Shadow Minister for Transport, Joan Fairley, said": a name in
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
        found = next((a for i, a in self._subjects_before(tok) if a == _UNNAMED or a not in exclude and (
            self.spokes[i] in (None, tok.lower_) if i in self.spokes else fits(a))), None)
        if found == _UNNAMED:
            return None
        return found if found is not None else self._recent(tok, "person", fits)

    def _subjects_before(self, tok) -> list[tuple[int, str]]:
        """Person subjects before a token, nearest sentence first, the main clause's first."""
        sent = tok.sent
        lo, hi = _reported_clause(tok)
        out = [(i, a) for i, a in reversed(self.subject_person.get(sent.start, [])) if i < tok.i and not (
            lo <= i < hi and self.doc[i].head.lemma_.lower() not in cues.SPEECH_VERBS)]
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
            if c.kind == kind and c.actor and (fits is None or fits(c.actor)) and not (
                    kind == "person" and _in_place_phrase(self.doc, c)):
                return c.actor
        return None


def _reported_clause(tok) -> tuple[int, int]:
    """The token range of the clause a pronoun subject's verb reports before it: "Mr Blair has
    failed to tackle crime, he claimed" (BBC) talks about Mr Blair, whom "he" is not. A speaker
    in that range stays one ('Mr Straw said he wanted it to end. "...," he told', where the
    parser ran the two sentences into one)."""
    v = tok.head
    if tok.dep_ not in SUBJ or v.i == tok.i:
        return 0, 0
    for c in v.children:
        if c.dep_ == "ccomp" and c.i < tok.i:
            return c.left_edge.i, c.right_edge.i + 1
    if v.dep_ in ("ccomp", "parataxis") and v.head.i < tok.i:
        return v.head.left_edge.i, v.left_edge.i  # the parser made the cue hang on the content
    return 0, 0


#: prepositions of place: a "person" named as their object is a place NER mistook
_PLACE_PREPS = frozenset("in at near into inside outside".split())


def _in_place_phrase(doc, c: Candidate) -> bool:
    """"he attended the school in nearby Pengam" (BBC profile, Pengam tagged a person): no
    one a later "he" can stand for."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in _PLACE_PREPS


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
    inside a word ("Tory co"), no name; nor one ending in such a singular word ("The GOP
    front-runner" is a person, no group; "Caucus-goers" are one)."""
    return 0 < end < len(doc) - 1 and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and doc[end + 1].is_lower or \
        word_start(doc, end - 1) < end - 1 and doc[end - 1].tag_ != "NNS"


def after_possessive(toks):
    """The words of a speaker span after a possessive that opens it (``cue_subjects.np_span``
    keeps it in the mention, session 21): "campaign" of "Ann Bell's campaign", "advisers" of
    "Her advisers"; the span itself without one."""
    poss = next((c for c in toks.root.lefts if c.dep_ == "poss" and c.left_edge.i == toks.start), None)
    if poss is None:
        return toks
    after = max(poss.right_edge.i, poss.i) + 1
    return toks.doc[after:toks.end] if after < toks.end else toks


def speaker_mention(doc, span, by_token, speakers: SpeakerResolver) -> Speaker:
    """The mention and actor of a speaker span: a named mention, else what it stands for."""
    s, e = span
    toks = doc[s:e]
    start, end = toks.start_char, toks.end_char
    toks = after_possessive(toks)  # "Ann Bell's campaign": the mention keeps "Ann Bell's", the actor is the campaign's
    actor = None
    group = None
    head = word_tail(toks.root)  # "co-host": the parser may make each piece a root
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
    elif head.dep_ in SUBJ and head.lower_ in _SPOKES and (
            actor is None or toks[0].lower_ in ("a", "an") or actor not in speakers.actors
            or head.i in speakers.taken_up):
        # "A Labour spokesman said": not "The Tory spokesman", who is a man named before; a
        # spokesman with no name, or for an office, is whom his "he" goes on with (BBC: "The
        # spokesman said ... He added" had gone to a man named before the spokesman)
        speakers.note_spokes(head, actor or _UNNAMED)
    return Speaker(Mention(start, end, text_of(doc)[start:end], actor), resolved=c is None and actor is not None, group=group)
