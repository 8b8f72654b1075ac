"""What a cue says when it is no that-clause: the object of a content preposition ("talked
about immigration", "agreed with the assessment", "weighed in on the dispute"; the table is
:data:`.cues.PREP_CONTENT`), an infinitive or a question hung on the verb ("voted to close the
library", "asked the students if ..."), a noun-phrase object that is what was said ("tweeted
her gratitude"). Issue 19, session 17 (PolNeAR train)."""
from __future__ import annotations

from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract.asked_and_seen import asked_content, present_view
from stancegraph.loaders.extract.infinitives import had_to_say
from stancegraph.loaders.extract.looking_cues import look_frame
from stancegraph.loaders.extract.span_scenes import comment_participle
from stancegraph.loaders.extract.written_objects import written_with_content


def prep_content(t, lemma):
    """"talked about immigration", "pointed to the polls": the prepositional object; after a
    particle, the object of the preposition that follows it ("lashed out at X", "weighed in
    on X"), whether the parser hangs that preposition on the particle or on the verb."""
    if (about := _said_about(t, lemma) or asked_content(t, lemma)) is not None:
        return about
    if lemma in cues.LOOK_VERBS:
        return look_frame(t)  # "looking for a candidate", "looks forward to the debates"
    preps = cues.PREP_CONTENT.get(lemma)
    if not preps or lemma == "plead" and any(c.dep_ == "acomp" for c in t.children):
        return None  # "pleaded guilty to fraud for his work with ...": a plea in court, no view
    if (favored := _in_favor_of(t)) is not None:
        return favored
    for c in t.children:
        if c.dep_ in ("prep", "prt") and c.lower_ in preps:
            for p in c.children:
                if p.dep_ in ("pobj", "pcomp") and p.ent_type_ not in ("DATE", "TIME"):
                    return p
            after = [p for p in c.children if p.dep_ == "prep"] if c.dep_ == "prt" else []
            # not "weighed in by phone", "weighed in during the contest" (PolNeAR train)
            after += [p for p in t.children if c.dep_ == "prt" and p.dep_ == "prep" and p.i == c.i + 1
                      and p.lower_ in _AFTER_PARTICLE]
            for p in after:
                for q in p.children:
                    if q.dep_ == "pobj":
                        return q
    return None


def talked_object(t, lemma):
    """"talked trade policy with farmers", "talked up her jobs plan": a noun object of "talk" is
    what was talked about (session 20, PolNeAR train); not a pronoun ("talked him into ...")."""
    if lemma != "talk":
        return None
    return next((c for c in t.children if c.dep_ == "dobj" and c.i > t.i and c.pos_ in ("NOUN", "PROPN")), None)


def _said_about(t, lemma):
    """"said little about the budget", "says nothing about the tax", "what she said about the
    plan", "had harsh things to say about the plan": the topic of a quantity said (session 19, PolNeAR train); the preposition may hang
    on the verb or on the quantity word."""
    if lemma not in ("say", "tell", "write"):
        return None
    # "had harsh things to say about the plan": the thing said is the object of "have"
    amount = next((c for c in t.children if c.dep_ == "dobj" and c.lower_ in _AMOUNTS), None) or \
        (t.head if had_to_say(t) is not None else None)
    if amount is None:
        return None
    for c in (*t.children, *amount.children):
        if c.dep_ == "prep" and c.lower_ == "about" and c.i > t.i:
            return next((p for p in c.children if p.dep_ in ("pobj", "pcomp")), None)
    return None


#: Objects of "say" that measure what was said about a topic.
_AMOUNTS = frozenset("little nothing much something lot what anything plenty less more".split())


def _in_favor_of(t):
    """"voted in favor of the levy", "spoke out in favour of a higher wage": "in favor of" is a
    content preposition of every verb that has one, as "for" is (PolNeAR train)."""
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for f in c.children:
                if f.dep_ == "pobj" and f.lower_ in ("favor", "favour"):
                    of = next((x for x in f.children if x.dep_ == "prep" and x.lower_ == "of"), None)
                    return None if of is None else next((p for p in of.children if p.dep_ in ("pobj", "pcomp")), None)
    return None


#: Prepositions of a topic after a particle: "weighed in on", "lashed out at", "sounded off about".
_AFTER_PARTICLE = frozenset("on at about against over regarding".split())


def verb_clause(t, lemma):
    """A clause the parser hangs on a cue verb outside its complements: a question ("asked
    the students if they were ...") or a to-infinitive ("voted to close the library", "claims
    to speak for the majority", "argued to keep the tax cut")."""
    return _asked_if(t, lemma) or _said_infinitive(t, lemma) or _recalled_when(t, lemma)


def _asked_if(t, lemma):
    """"asked the voters if they were always this patient": a question parsed as an
    adverbial clause of the verb (PolNeAR train: 5 of 7 such rows right)."""
    if lemma not in _QUESTION_VERBS:
        return None
    return next((c for c in t.children if c.dep_ == "advcl" and c.i > t.i and any(
        m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)), None)


_QUESTION_VERBS = frozenset("ask wonder question".split())


def _recalled_when(t, lemma):
    """"remembered when the chapel still had a choir": the time recalled, parsed as an
    adverbial clause of the verb (session 20)."""
    if lemma not in cues.RECALL_VERBS:
        return None
    return next((c for c in t.children if c.dep_ == "advcl" and c.i > t.i and any(
        m.dep_ == "advmod" and m.lower_ == "when" and m.i < c.i for m in c.children)), None)


def _said_infinitive(t, lemma):
    """The to-infinitive of a cue verb of saying or voting; not a passive, which only rates
    its subject ("the deficit is projected to rise", "was revealed to be unsecured"), nor verbs
    of evidence and numbers, or of answering ("responds to questions"), nor "said ... to
    justify it", a purpose (PolNeAR train)."""
    if lemma in _NO_INFINITIVE or lemma in cues.EVIDENCE_VERBS or any(
            c.dep_ in ("auxpass", "nsubjpass") for c in t.children):
        return None
    return next((c for c in t.children if c.dep_ == "xcomp" and c.i > t.i and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


_NO_INFINITIVE = frozenset("say continue estimate project forecast respond reply answer explain push press".split())


def infinitive_end(comp, end: int) -> int:
    """Where a to-infinitive content ends: before a clause that tells when the act was done
    ("voted to ban the practice as Congress grappled with ...", "told him to go home after he
    was pressed ..."): the writer's narration, not what was said (PolNeAR train); a condition
    ("to leave the alliance if he wins") is said; nor a participle after a comma, the writer's
    comment on the act (:func:`.span_scenes.comment_participle`)."""
    for c in comp.rights:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _WHEN for m in c.children) or \
                comment_participle(c):
            last = c.doc[c.left_edge.i - 1]
            while last.i > comp.i and (last.is_punct or last.is_space):
                last = last.doc[last.i - 1]  # "... floor -- even as ..."
            return min(end, last.idx + len(last.text))
    return end


_WHEN = frozenset("as after before".split())


def said_object(t, obj, lemma) -> bool:
    """A noun-phrase object that is what was said, whatever the verb: a noun of a statement
    or a view ("tweeted her thanks", "expressed admiration for X", "echoed that comment",
    "emailed her condolences"), or what a tweet held, told with more than its name ("tweeted a
    photo of the crowd", "tweeted several comments about the debate"). Not "posted a message",
    "wrote a letter", "answered a question": the object is the vehicle, not the words (PolNeAR
    train: half of those or fewer were content, in every sub-shape tried)."""
    if obj.pos_ not in ("NOUN", "PROPN") or lemma == "continue":  # "continued his remarks": an act
        return False
    if obj.lemma_.lower() in _SAID_NOUNS or _held_view(t, obj, lemma) or _reported_news(t, obj, lemma) or \
            present_view(t, obj, lemma) or written_with_content(t, obj, lemma):
        return True
    return lemma in ("tweet", "retweet") and any(x.dep_ in ("prep", "acl", "relcl") and x.i > obj.i
                                                 for x in obj.children)


#: Nouns of what was said or felt, as an object of a cue verb (lemmas).
_SAID_NOUNS = frozenset("""admiration appreciation approval comment concern condolence congratulation frustration
nickname observation praise thank thanks thought promise support criticism warning remark gratitude sympathy
regret disappointment dismay outrage opinion""".split()
                        # an account told: "told the story of a nurse who ...", "told a different tale"
                        # (PolNeAR train: 9 of 12 after "tell", 14 of 20 after any cue verb)
                        + "story tale joke anecdote".split())


def _held_view(t, obj, lemma) -> bool:
    """A view of the object: "voters view the governor favorably", "sees the union very
    differently" (an adverb of judgement after the object). Not "saw the governor briefly": a
    sight (PolNeAR train, session 19). ("fear" + object is no longer on content._NO_NP_CONTENT:
    what is feared is what is believed.)"""
    return lemma in ("see", "view", "regard") and any(
        c.dep_ == "advmod" and c.i > obj.i and c.lower_ in _JUDGING_ADVERBS for c in t.children)


_NOT_NEWS = frozenset("PERSON ORG DATE TIME GPE NORP".split())

#: Adverbs that say how the speaker judges something.
_JUDGING_ADVERBS = frozenset("""favorably unfavorably favourably unfavourably positively negatively differently
warmly highly poorly dimly kindly skeptically sceptically suspiciously""".split())


def _reported_news(t, obj, lemma) -> bool:
    """What was reported, as a noun phrase: "the county reported a sharp rise in flu cases",
    "police reported no arrests". Not a time ("has reported from Kabul this season"), nor the
    source after the verb ("..., reported the Daily Ledger"), nor a participle before a noun
    ("the firm's reported profit"), nor a passive ("she is reported from ...") (PolNeAR train,
    session 19)."""
    if lemma != "report" or t.dep_ == "amod" or t.i == 0 or t.doc[t.i - 1].tag_ == "POS":
        return False
    return obj.i > t.i and obj.pos_ in ("NOUN", "NUM") and obj.ent_type_ not in _NOT_NEWS and not any(
        c.dep_ in ("nsubjpass", "auxpass") for c in t.children)


def seen_as(t, obj, lemma) -> bool:
    """"builders see the old docks as idle land", "views the deal as a betrayal": a view
    of the object, said as "as ..." (PolNeAR train); "saw a surge" is no view. The parser may
    hang the "as" on a participle inside the object ("see the elections held in May as a
    test") or make it the marker of a clause of the verb ("view her as vastly more prepared"):
    session 19."""
    return lemma in _VIEW_VERBS and as_after(t, obj) is not None


def as_after(t, obj):
    """The "as" of a phrase after the object ``obj`` of ``t``, or None: on the verb, on the
    object, on a participle inside the object, or the marker of a clause of the verb with no
    subject of its own ("cast their votes as questions mount" is a clause of time)."""
    return next((x for x in t.subtree if x.lower_ == "as" and x.i > obj.i and (
        x.dep_ == "prep" and (x.head.i in (t.i, obj.i) or x.head.head.i == obj.i and x.head.dep_ == "acl")
        or x.dep_ in ("mark", "advmod") and x.head.dep_ in ("advcl", "ccomp") and x.head.head.i == t.i
        and not any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in x.head.children))), None)


_VIEW_VERBS = frozenset("see view regard remember recollect".split())


def judged_pronoun(t, obj, lemma, no_np) -> bool:
    """A personal pronoun object with a phrase of the judgement right after it: "assailed her
    for backing the pipeline", "challenged him to a debate", "defended himself against the
    charge" -- who was judged is part of what was said, as in "accused X of". Not an addressee
    ("reminded them of ...", "thanked them for ...": the phrase alone is said), nor the cues
    whose objects are no content (``no_np``) (PolNeAR train, session 19)."""
    if obj.tag_ != "PRP" or lemma in no_np or lemma in _ADDRESSING or lemma in cues.PREP_CONTENT:
        return False
    return any(c.dep_ == "prep" and c.i == obj.i + 1 and c.lower_ in _JUDGING_PREPS for c in t.children)


_JUDGING_PREPS = frozenset("for with to against over of on".split())
#: Verbs whose pronoun object is whom the speaker addresses.
_ADDRESSING = frozenset("thank assure reassure remind threaten warn urge inform advise".split())
