"""Cues of several words around a verb that says nothing alone: "took aim at X", "laid out
his plan", "drew a contrast with X", "made no secret of"... (PolNeAR train: the multi-word
cues, counted by their verb and its object or particle; each pattern kept is a gold cue in
about half its uses or more, at least 4 times).

:data:`PHRASE_CUES` maps a verb lemma to the words (object noun or particle lemma) that make
it a cue, each with the prepositions whose object is what was said; an empty tuple means the
verb's own object is ("laid out his vision for America").
"""
from __future__ import annotations

from stancegraph.loaders.extract.nlp import first_subject

PHRASE_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "take": {"aim": ("at",), "issue": ("with",), "shot": ("at",), "swipe": ("at",), "exception": ("to",),
             "credit": ("for",), "swing": ("at",), "whack": ("at",), "jab": ("at",), "potshot": ("at",)},
    "draw": {"contrast": ("with", "between"), "distinction": ("between",), "parallel": ("between", "with", "to"),
             "attention": ("to",)},
    "make": {"mention": ("of",), "comment": ("about", "on"), "remark": ("about", "on"), "reference": ("to",),
             "argument": ("about",), "secret": ("of",)},
    "lay": {"out": ()},
    "single": {"out": ()},
    "play": {"down": (), "up": ()},
    # listing or boosting in words: "ticked off the projects finished", "played up the role
    # of X" (session 19, PolNeAR train: 5 of 5 with "rattle off"); not "talk up": "talk" as a
    # phrase verb loses its "talked about X" (80 rows, 53 hits)
    "tick": {"off": ()},
    "rattle": {"off": ()},
    "reel": {"off": ()},
    "spell": {"out": ()},
    "double": {"down": ("on",)},
    "turn": {"attention": ("to",), "focus": ("to",)},
    "distance": {"himself": ("from",), "herself": ("from",), "themselves": ("from",), "itself": ("from",)},
    "brush": {"off": (), "aside": ()},
    "sound": {"off": ("on", "about")},
    # words said or a view held of what the preposition names: "had harsh words for the plan",
    # "has strong views on trade" (session 18, PolNeAR train)
    # idioms of speech on a verb that says nothing alone: "cast doubt on the figures", "poked fun
    # at the mayor", "did not mince words about X" (speaking plainly), "sowed doubts about X"
    # (session 20, PolNeAR train)
    "cast": {"doubt": ("on", "upon", "over", "about"), "blame": ("on", "upon"), "aspersion": ("on", "upon")},
    "poke": {"fun": ("at",)},
    # speaking at length and taking words back: "held forth on trade", "walked back her comments"
    # (session 20, PolNeAR train); not "opened up about X" (its rows took a show's quoted title
    # in the subject as what was said: 2 of 4)
    "hold": {"forth": ("on", "about")},
    # praise or blame heaped on X, barbs traded over X, focus shifted to X, support thrown
    # behind X (session 21, PolNeAR train: 11 rows added, 8 gold)
    "heap": {"praise": ("on", "upon"), "criticism": ("on", "upon"), "scorn": ("on", "upon"), "blame": ("on", "upon")},
    "shower": {"praise": ("on", "upon")},
    "lavish": {"praise": ("on", "upon")},
    "trade": {"barb": ("about", "over", "on"), "charge": ("about", "over", "on"), "insult": ("about", "over", "on"),
              "accusation": ("about", "over", "on"), "jab": ("about", "over", "on"), "shot": ("about", "over", "on")},
    "shift": {"focus": ("to", "toward", "towards"), "attention": ("to", "toward", "towards")},
    "throw": {"support": ("behind", "to"), "weight": ("behind",)},
    "walk": {"back": ()},
    "mince": {"word": ("about", "on", "over")},  # not "in their opposition to X": X is said
    "sow": {"doubt": ("about", "over", "on")},
    "have": {"word": ("for", "about"), "praise": ("for",), "criticism": ("for", "of"), "critique": ("of",),
             "advice": ("for",), "message": ("for",), "view": ("on", "about", "of"), "opinion": ("of", "on", "about"),
             "feeling": ("about", "toward", "towards", "on"), "doubt": ("about",), "misgiving": ("about",),
             "impression": ("of",), "attitude": ("about", "toward", "towards")},
}


def phrase_content(t):
    """The content head of a phrase cue ``t`` (a verb token), or None when ``t`` is none:
    "Sanders took aim at a provision ..." -> "a provision ...". Not "made no mention of"
    (a negation: nothing was said)."""
    table = PHRASE_CUES.get(t.lemma_.lower())
    if not table:
        return None
    for c in t.children:
        # a particle the parser labelled a preposition ("brushed off the criticism") or an adverb
        # right after the verb ("walked back her comments", "held forth on") is one still
        particle = c.dep_ == "prt" or c.dep_ == "prep" and c.tag_ == "RP" or c.dep_ == "advmod" and c.i == t.i + 1
        preps = table.get(c.lemma_.lower()) if c.dep_ == "dobj" or particle else None
        if preps is None or _negated(c):
            continue
        if not preps:  # "laid out his vision": the verb's object
            return next((o for o in t.children if o.dep_ == "dobj" and o.i != c.i and o.pos_ != "PRON"), None)
        found = _prep_object(c, t, preps)  # "took aim at X"
        if found is not None:
            return (_after_colon(found) if t.lemma_.lower() == "have" else None) or found
    return None


def _after_colon(pobj):
    """"has some advice for voters: stay home": what follows a colon right after the phrase
    is what was said, not the addressee before it (PolNeAR train)."""
    doc = pobj.doc
    end = pobj.right_edge.i + 1
    if end + 1 >= len(doc) or doc[end].text != ":" or doc[end + 1].is_space:
        return None
    x = doc[end + 1]
    while x.head.i > end and x.head.i != x.i:
        x = x.head
    # "had a message for X: the city will pay" parsed with "pay" as the root over "had"
    return None if x.is_ancestor(pobj) else x


#: Nouns said only with "no": "made no secret of X" says X openly (PolNeAR train).
_SAID_WITH_NO = frozenset(["secret"])


def _negated(noun) -> bool:
    """"made no mention of": nothing said; "made no secret of" is said, "made a secret of" not."""
    no = any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children)
    return no != (noun.lemma_.lower() in _SAID_WITH_NO)


def _prep_object(noun, verb, preps, dates: bool = True):
    """The object of the first of ``preps`` after ``noun``, hanging on the noun or on the verb
    (the parser does both); with ``dates`` False not a date ("released a statement on
    Saturday night")."""
    for holder in (noun, verb):
        for p in holder.children:
            if p.dep_ == "prep" and p.lower_ in preps and p.i > noun.i:
                pobj = next((x for x in p.children if x.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None and (dates or pobj.ent_type_ not in ("DATE", "TIME")):
                    return pobj
    return None


#: Verbs that say nothing alone but make, issue or deliver a statement noun: "made the case
#: that ...", "issued a warning that ...", "delivered a critique of X", "gave assurances that
#: ...", "sounded a cautious note about X" (issue 19, session 16: PolNeAR train).
LIGHT_VERBS = frozenset("make deliver issue release give sound raise lodge level unleash renew pen provide".split())

#: Statement nouns such a verb makes (lemmas), with the prepositions whose object is what was
#: said; a "that"-clause or a "to"-infinitive of the noun always is ("a promise to cut fares").
#: Not stances ("endorsement"), nor nouns that often mean deeds ("attack", "call").
STATEMENT_OBJECTS: dict[str, tuple[str, ...]] = {
    "case": ("for", "against"), "argument": ("for", "against", "about"), "point": (), "claim": (),
    "charge": (), "allegation": ("of", "against"), "accusation": ("of", "against"), "suggestion": (),
    "plea": ("for",), "appeal": ("for",), "demand": ("for",), "proposal": ("for",), "promise": (),
    "pledge": (), "vow": (), "commitment": (), "warning": ("of", "about", "against"), "prediction": (),
    "assurance": (), "apology": ("for",), "tribute": ("to",), "defense": ("of",), "defence": ("of",),
    "critique": ("of",), "criticism": ("of",), "rebuke": ("of",), "denunciation": ("of",),
    "comment": ("on", "about"), "remark": ("on", "about"), "statement": ("on", "about"),
    "note": ("about", "on", "for"), "concern": ("about", "over"), "message": ("about",),
    "preview": ("of",), "detail": ("about", "on", "of"), "outline": ("of", "for"), "hint": ("of", "about"),
    "explanation": ("for", "of"), "opinion": ("on", "about"),
    # session 19 (PolNeAR train): "unleashed an attack on X", "made an impassioned call for X",
    # "gave an answer about X"; an attack or a call named with no such preposition may be a deed
    # or a telephone call, and says nothing. Not "gave an account / the example of X", whose
    # content PolNeAR runs over the clause after X, nor jokes (the content seldom X alone)
    "attack": ("on", "against"), "tirade": ("against", "on", "about"), "rant": ("against", "about", "on"),
    "call": ("for",), "answer": ("about",), "testimonial": ("about",), "update": ("about", "on"),
    "tweet": ("about",), "indictment": ("of",), "observation": (), "word": ("about", "for"),
}

#: Views a statement noun may be "of", whose own preposition says what about: "issued a
#: statement of concern about X", "sounded a note of caution on X" (session 19).
_VIEWS = {"concern": ("about", "over", "for"), "support": ("for",), "caution": ("about", "on", "over"),
          "sympathy": ("for", "with"), "solidarity": ("with",), "condolence": ("to", "for"), "praise": ("for",),
          "regret": ("about", "over", "for"), "encouragement": ("for", "to")}

#: Statement nouns said with "no": "makes no apologies for X" defends X openly (session 19).
_LIGHT_WITH_NO = frozenset(["apology"])


def light_content(t):
    """The content head of a light verb ``t`` whose object is a statement noun, or None:
    "made the case to union leaders that the tax cut would pay for itself" -> the clause,
    "delivered a critique of the plan" -> "the plan". Not "made no mention of", "gave no
    reasons" (a negation: nothing was said)."""
    if any(c.dep_ == "neg" for c in t.children):
        return None  # "did not issue a statement"
    for c in t.children:
        preps = STATEMENT_OBJECTS.get(c.lemma_.lower()) if c.dep_ == "dobj" else None
        if preps is None or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) and \
                c.lemma_.lower() not in _LIGHT_WITH_NO or _owned_by_another(c):
            continue
        # the noun's own clause, or one the parser hung on the verb after the noun
        for x in (*c.children, *t.children):
            if x.i > c.i and x.dep_ in (("acl", "ccomp", "relcl") if x.head.i == c.i else ("ccomp",)) and \
                    _said_clause(x):
                return x
        found = _prep_object(c, t, preps, dates=False) or _view_of(c) or _addressee_clause(t, c)  # "a critique of X"
        if found is not None:
            return found
        quoted = _quote_after_colon(c)
        if quoted is not None:
            return quoted
    return None


def _view_of(noun):
    """"a statement of concern about the cuts" -> "the cuts": the object of the view's own
    preposition, when the statement noun is "of" a view."""
    for p in noun.children:
        view = next((x for x in p.children if x.dep_ == "pobj"), None) if p.dep_ == "prep" and p.lower_ == "of" else None
        preps = _VIEWS.get(view.lemma_.lower()) if view is not None else None
        if preps:
            return _prep_object(view, view, preps, dates=False)
    return None


def _owned_by_another(noun) -> bool:
    """"The inquiry renewed Republican calls for ...", "renewed the senator's calls": a
    statement noun whose owner is named on it is that owner's, not the verb's subject's."""
    return any(d.dep_ == "poss" and d.pos_ != "PRON" or d.dep_ in ("amod", "compound") and
               d.ent_type_ in ("NORP", "ORG", "PERSON") for d in noun.children)


def _addressee_clause(verb, noun):
    """"made a fierce case to a crowd of dock workers that she can save the port":
    a clause the parser hung on the addressee after "to" as a relative clause, though its
    "that" is a complementizer (a relative "that" is the clause's subject or object)."""
    to = next((p for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" and p.i > noun.i), None)
    for x in to.subtree if to is not None else ():
        if x.dep_ in ("relcl", "acl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in x.children) and \
                _said_clause(x):
            return x
    return None


def _quote_after_colon(noun):
    """The first word of a quote opened right after a colon that follows the statement noun
    and its phrase ('issued the following statement: "..."', 'delivered a blunt message to
    the council: "..."'): the quote is what was said (PolNeAR train: 5 of 6)."""
    doc = noun.doc
    for x in doc[noun.i + 1:min(len(doc), noun.i + 15)]:
        if x.pos_ in ("VERB", "AUX") or x.text in ".;":
            return None
        if x.text == ":":
            nxt = next((y for y in doc[x.i + 1:x.i + 4] if not y.is_space), None)
            return nxt if nxt is not None and nxt.is_quote and nxt.i + 1 < len(doc) else None
    return None


def _said_clause(x) -> bool:
    """"that the cut would pay for itself" (a subject of its own: "a warning that was
    ignored" is a relative clause; the parser sometimes makes the "that" an object), or
    "to cut fares"."""
    if any(m.dep_ == "aux" and m.lower_ == "to" for m in x.children):
        return x.text.islower()  # 'an apology to MPs': a name misread as the verb (BBC)
    return x.left_edge.lower_ == "that" and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i != x.left_edge.i for c in x.children)


#: Verbs whose subject is given a view by those who hold it: "The plan drew criticism from X",
#: "X won praise from Y", only with "from" naming who holds it (session 21: 9
#: rows added on PolNeAR train, 6 gold).
_RECEIVE_VERBS = frozenset("draw receive win earn garner attract get".split())

#: Verb lemmas whose cue is a phrase: "take aim at", "made the case that", "issued a warning".
PHRASE_VERBS = frozenset(PHRASE_CUES) | LIGHT_VERBS | _RECEIVE_VERBS


def phrase_head(t):
    """The content head of any phrase cue on the verb ``t`` (see :func:`phrase_content`,
    :func:`light_content`, :func:`drawn_from`), or None."""
    return phrase_content(t) or (light_content(t) if t.lemma_.lower() in LIGHT_VERBS else None) or \
        (first_subject(t) if drawn_from(t) is not None else None)


#: Views a thing draws from those who hold them (session 19, PolNeAR train).
_DRAWN_VIEWS = frozenset("criticism concern condemnation rebuke fire ire scorn ridicule objection".split())
#: ... and those received, won or earned: not "faced X from Y" (1 of 4 gold, session 21).
_RECEIVED_VIEWS = _DRAWN_VIEWS | frozenset("praise support endorsement backing plaudit applause".split())


def drawn_from(t):
    """Who holds the view the verb ``t`` says its subject drew or received: "The plan drew sharp
    criticism from X" -> X, who criticised the plan (the subject is what was said about); "The
    mayor won praise from X" -> X; or None."""
    if t.lemma_.lower() not in _RECEIVE_VERBS or any(c.dep_ == "neg" for c in t.children):
        return None
    views = _DRAWN_VIEWS if t.lemma_.lower() == "draw" else _RECEIVED_VIEWS
    view = next((c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in views), None)
    return _prep_object(view, t, ("from",)) if view is not None and first_subject(t) is not None else None


def make_content(t):
    """"made (it) clear that ...": a statement made with "make" (PolNeAR train: the most
    frequent cue verb missing from the lists; "made the case that ..." is
    :func:`light_content`)."""
    for c in t.children:
        if c.lower_ == "clear" and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp"):
            for x in (*t.children, *c.children):
                if x.dep_ in ("ccomp", "advcl") and x.i > c.i and _finite_clause(x):
                    return x
    return None


def _finite_clause(x) -> bool:
    """"that he would veto it", and without "that" a clause with its own subject: "made clear
    on Monday he would not ..." (PolNeAR train); not "made clear roads impossible to find"."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in x.children) or \
        _bare(x) and any(m.dep_ in ("nsubj", "nsubjpass") for m in x.children) and \
        any(m.dep_ == "aux" or m.tag_ in ("VBD", "VBZ", "VBP", "MD") for m in (x, *x.children))


def _bare(x) -> bool:
    """A clause with no word that subordinates it: a ccomp, or an advcl the parser hung on
    "clear" ("made it clear they did not agree": session 21, PolNeAR train); not "made it
    clear when the levee gave way", "... because ...": a clause of time or cause."""
    return x.dep_ == "ccomp" or x.dep_ == "advcl" and x.head.lower_ == "clear" and not any(
        m.dep_ == "mark" or m.dep_ == "advmod" and m.tag_ in ("WRB", "IN") for m in x.children)
