"""Speakers the parser hung on a fronted phrase, away from the cue verb they are the subject of.

"Speaking in Leeds, Harriet Vance, without naming her rival, also accused ...", "At the town
hall in Derby, a retired nurse who ... asked ...", "Addressing donors, the campaign chief,
Paul Marsh, bluntly suggested ...": the parser makes the speaker an apposition or modifier of
the opening phrase and leaves the finite verb with no subject (PolNeAR train, session 17).
Called by :func:`cue_subjects.cue_subject` for a cue that found no subject otherwise. Also
the verb whose subject does a participle hung on a noun of its object (:func:`participle_doer`)
and the verb that published a thing whose relative clause is a cue (:func:`publisher`).
"""
from __future__ import annotations

from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract.nlp import first_subject

#: How the parser attaches such a speaker: to the opening phrase's noun (appos), to its verb
#: (npadvmod, dep, conj), or to the cue verb itself (compound, advmod: "Conway notes").
_HUNG = frozenset(("appos", "npadvmod", "dep", "conj", "compound", "advmod", "nsubj"))
_FINITE = frozenset(("VBD", "VBZ", "VBP"))
#: Entities that name no speaker: "said Tuesday", "Speaking in Leeds, ...".
_NO_SPEAKER = frozenset(("DATE", "TIME", "GPE", "LOC", "FAC", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"))


def fronted_subject(t, in_quote):
    """The noun whose phrase ends right before the finite root verb ``t`` (after at most a
    comma-set aside and the verb's own adverbs), hung by the parser elsewhere, or None."""
    if t.dep_ != "ROOT" or t.tag_ not in _FINITE or in_quote[t.i]:
        return None
    doc, sent = t.doc, t.sent
    end = _before_adverbs(t)
    for x in doc[sent.start:end]:
        if x.pos_ not in ("NOUN", "PROPN") or x.dep_ not in _HUNG or in_quote[x.i] or x.head.i == x.i:
            continue
        if x.dep_ in ("compound", "advmod") and x.head.i != t.i:
            continue  # "the town hall": a compound of another noun
        if x.dep_ == "conj" and not doc[x.i - 1].is_punct and x.head.pos_ in ("NOUN", "PROPN"):
            continue  # the second of two nouns: the first stands for both
        last = x.right_edge.i
        if last < x.i or not _set_off(doc[last + 1:end]):
            continue
        if x.ent_type_ in _NO_SPEAKER:
            continue
        return x
    return None


#: Saying verbs that follow a quote with their speaker after them: '"...," said X'.
INVERTING = frozenset("say add ask write explain note recall continue reply respond insist argue observe "
                      "wonder quip joke declare conclude counter retort tweet".split())
#: Words of a speaker's description after an inverted verb ("a former aide to the mayor").
_NP_WORDS = frozenset(("DET", "ADJ", "PROPN", "NOUN", "NUM", "PART"))
#: What may close that description: the sentence, an aside or a bracket.
_NP_ENDS = frozenset((",", ".", "(", ";", ":", "—", "–"))


def inverted_speaker(t, in_quote):
    """The speaker named right after an inverted saying verb that follows a quote (or a comma
    after its reported clause), which the parser hung on a later verb: '"...," said Ann Hollis,
    asked about ...', '"...," said X, a member of ..., told reporters' (PolNeAR train, session
    18). The noun phrase must close with a comma, bracket or the sentence's end, so that the
    subject of a reported clause after the verb ("..., said Dalton would run") never speaks;
    its head is the last noun before any "of"/"for" phrase."""
    if t.lemma_.lower() not in INVERTING or t.tag_ not in _FINITE or in_quote[t.i]:
        return None
    doc, sent = t.doc, t.sent
    i = t.i - 1
    while i > sent.start and doc[i].is_space:
        i -= 1  # '"...,"  added X': a doubled space is no word
    if i <= sent.start or not (doc[i].is_quote or doc[i].text == "," and any(
            c.dep_ == "ccomp" and c.i < t.i for c in t.children)):
        return None
    head, prep = None, False
    for x in doc[t.i + 1:sent.end]:
        if x.text in _NP_ENDS or x.is_space:
            break
        if in_quote[x.i] or not (x.pos_ in _NP_WORDS or x.text in ("-", "’", "'") or
                                 head is not None and x.lower_ in ("of", "for", "at", "to")):
            return None
        prep = prep or x.pos_ == "ADP"
        if not prep and x.pos_ in ("NOUN", "PROPN"):
            head = x
    if head is None or head.ent_type_ in _NO_SPEAKER or not (head.pos_ == "PROPN" or may_speak(head)):
        return None
    return head


#: Modals the tagger reads in a capitalised name before a verb: the columnist "Will".
_MODALS = frozenset("will may can shall must might".split())


def modal_name(t):
    """A capitalised modal the parser made the auxiliary of a past or present-tense cue verb
    ("In his column, Will wrote that ...", "..., Will argued, ..."): a modal is followed by a
    bare verb, never by "wrote" or "argues", so the word is a name, the verb's subject
    (PolNeAR train: a columnist's surname). Not at the sentence start ("Will voters say ...?")
    and not with another auxiliary ("Will have said")."""
    if t.tag_ not in ("VBD", "VBZ", "VBN"):
        return None
    auxes = [c for c in t.children if c.dep_ in ("aux", "auxpass") and c.i < t.i]
    if len(auxes) != 1 or auxes[0].lower_ not in _MODALS or not auxes[0].is_title or auxes[0].i == t.sent.start:
        return None
    return auxes[0]


def passive_conjunct(t, h):
    """The subject of the passive verb ``h`` with no agent that the active verb ``t`` is joined
    to: "The mayor was booed at the meeting and insisted that ...", "X was pushed into a
    retreat and said that ..." (PolNeAR train, session 18); None for a passive ``t`` ("was
    booed and was told"), an agent (its words are the agent's: see cue_subjects._passive_subject)
    or "it" ("it was reported and ...")."""
    if t.dep_ != "conj" or t.tag_ not in _FINITE | {"VBG"} or any(c.dep_ == "auxpass" for c in t.children):
        return None
    if any(c.dep_ == "agent" for c in h.children):
        return None
    return next((c for c in h.children if c.dep_ == "nsubjpass" and c.i < h.i and c.lower_ not in ("it", "that", "which")
                 and may_speak(c)), None)


def _before_adverbs(t) -> int:
    """The index where the verb's own adverbs before it start ("also", "bluntly")."""
    i = t.i
    while i - 1 >= t.sent.start and t.doc[i - 1].dep_ == "advmod" and t.doc[i - 1].head.i == t.i:
        i -= 1
    return i


def _set_off(toks) -> bool:
    """Nothing, a comma, or an aside set off by commas with no finite verb (", without naming
    her rival,")."""
    if not len(toks):
        return True
    if toks[-1].text != ",":
        return False
    return len(toks) == 1 or toks[0].text in (",", "(") and not any(x.tag_ in _FINITE | {"MD"} for x in toks)


#: Verbs that make their object say something: "The defeat led X to declare that ...",
#: "prompted X to accuse ...", "left many to wonder whether ..." (PolNeAR train: the
#: infinitive under them is a gold cue in most uses). Not "allow", "ask", "require", "force":
#: words permitted, wanted or compelled (train: "forced X to respond" was a gold cue in 1 of 5).
CAUSING_VERBS = frozenset("lead prompt leave drive spur cause".split())
#: Adjectives whose infinitive their subject says: "was quick to point out that ...".
EAGER_ADJECTIVES = cues.EAGER_ADJECTIVES


def caused_speaker(v):
    """The speaker of the infinitive ``v`` when a verb of causing or a quick-to adjective
    governs it: the causing verb's object ("led Ortiz to declare"), the adjective's subject
    ("Reid was quick to point out"); else None."""
    h = v.head
    if v.dep_ != "xcomp" or h.i == v.i or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in v.children):
        return None  # an -ing complement ("left the hall thinking that ...") is no infinitive
    if h.lemma_.lower() in CAUSING_VERBS and h.pos_ == "VERB":
        return next((c for c in h.children if c.dep_ == "dobj" and h.i < c.i < v.i), None)
    if h.lower_ in EAGER_ADJECTIVES and h.dep_ == "acomp":
        return first_subject(h.head)
    return None


def clause_verb(prep):
    """The verb of the clause a preposition hangs in, through adjectives and adverbs: "was
    the most outspoken in denouncing ...", "offered few ideas aside from stating ...";
    None when a noun comes first ("a drive to unseat the mayor by attacking ..."), and through
    an adjective only for a subject that can speak ("it is worth noting", "the vote brings us
    nearer to knowing" say nothing)."""
    h, through = prep.head, False
    for _ in range(4):
        if h.pos_ in ("VERB", "AUX"):
            subj = first_subject(h)
            return h if not through or subj is not None and may_speak(subj) else None
        if h.pos_ not in ("ADJ", "ADV", "ADP", "SCONJ") or h.head.i == h.i:
            return None
        through = through or h.pos_ in ("ADJ", "ADV")
        h = h.head
    return None


def may_speak(subj) -> bool:
    """A personal pronoun, a person, group or nationality, a role, or people in the plural."""
    if subj.pos_ == "PRON":
        return subj.lower_ in ("he", "she", "they", "we", "i", "you", "who")
    return subj.ent_type_ in ("PERSON", "ORG", "NORP") or subj.tag_ == "NNS" or \
        subj.lemma_.lower() in cues.PERSON_ROLES


def participle_doer(t):
    """The verb whose subject does the "-ing" participle ``t`` that the parser hung on a noun
    of that verb's object: set off by a comma ("called for a show of hands, declaring that
    ..."), or under "spend" or "take turns" ("spent much of her speech defending ...", "took
    turns attacking ...": PolNeAR train, session 18); else None, and the noun is the
    participle's own ("a sign saying ...", "supporters calling for ...")."""
    h = t.head
    for _ in range(6):
        if h.pos_ in ("VERB", "AUX"):
            break
        if h.dep_ not in ("dobj", "pobj", "conj", "prep") or h.head.i == h.i:
            return None
        h = h.head
    else:
        return None
    if t.i > 0 and t.doc[t.i - 1].text == "," and t.head.dep_ not in ("nsubj", "nsubjpass") or h.lemma_.lower() == "spend" \
            or h.lemma_.lower() == "take" and t.head.lower_ == "turns":
        return h
    return None


#: Verbs of putting out something that carries words: "released a video that accuses ...".
_PUBLISHING = frozenset("release issue publish post launch air unveil".split())


def publisher(noun):
    """The verb that put out ``noun``, the object of a publishing verb ("released a video",
    "posted a message on Facebook", "put out a statement"), whose subject speaks through it
    (PolNeAR train, session 18); None for "handed out leaflets", "penned letters"."""
    v = noun.head
    if noun.dep_ == "pobj" and v.dep_ == "prep" and v.head.dep_ == "dobj":
        v = v.head.head  # "posted a message on Twitter that ...": the parser's attachment
    elif noun.dep_ != "dobj":
        return None
    lemma = v.lemma_.lower()
    if v.pos_ == "VERB" and (lemma in _PUBLISHING or lemma == "put" and any(
            c.dep_ == "prt" and c.lower_ == "out" for c in v.children)):
        return v
    return None
