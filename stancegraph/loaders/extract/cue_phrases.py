"""Cues of several words around a verb that says nothing alone: "took aim at X", "laid out
his plan", "drew a contrast with X", "made no secret of"... (PolNeAR train: the multi-word
cues, counted by their verb and its object or particle; each pattern kept is a gold cue in
about half its uses or more, at least 4 times).

:data:`PHRASE_CUES` maps a verb lemma to the words (object noun or particle lemma) that make
it a cue, each with the prepositions whose object is what was said; an empty tuple means the
verb's own object is ("laid out his vision for America").
"""
from __future__ import annotations

PHRASE_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "take": {"aim": ("at",), "issue": ("with",), "shot": ("at",), "swipe": ("at",), "exception": ("to",),
             "credit": ("for",)},
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
    "turn": {"attention": ("to",)},
    "distance": {"himself": ("from",), "herself": ("from",), "themselves": ("from",), "itself": ("from",)},
    "brush": {"off": (), "aside": ()},
    "sound": {"off": ("on", "about")},
    # words said or a view held of what the preposition names: "had harsh words for the plan",
    # "has strong views on trade" (session 18, PolNeAR train)
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
        # a particle the parser labelled a preposition ("brushed off the criticism") is one still
        particle = c.dep_ == "prt" or c.dep_ == "prep" and c.tag_ == "RP"
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
    "note": ("about", "on"), "concern": ("about", "over"), "message": (),
    "preview": ("of",), "detail": ("about", "on", "of"), "outline": ("of", "for"), "hint": ("of", "about"),
    "explanation": ("for", "of"), "opinion": ("on", "about"),
}


def light_content(t):
    """The content head of a light verb ``t`` whose object is a statement noun, or None:
    "made the case to union leaders that the tax cut would pay for itself" -> the clause,
    "delivered a critique of the plan" -> "the plan". Not "made no mention of", "gave no
    reasons" (a negation: nothing was said)."""
    if any(c.dep_ == "neg" for c in t.children):
        return None  # "did not issue a statement"
    for c in t.children:
        preps = STATEMENT_OBJECTS.get(c.lemma_.lower()) if c.dep_ == "dobj" else None
        if preps is None or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
            continue
        # the noun's own clause, or one the parser hung on the verb after the noun
        for x in (*c.children, *t.children):
            if x.i > c.i and x.dep_ in (("acl", "ccomp", "relcl") if x.head.i == c.i else ("ccomp",)) and \
                    _said_clause(x):
                return x
        found = _prep_object(c, t, preps, dates=False) or _addressee_clause(t, c)  # "a critique of X"
        if found is not None:
            return found
        quoted = _quote_after_colon(c)
        if quoted is not None:
            return quoted
    return None


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


#: Verb lemmas whose cue is a phrase: "take aim at", "made the case that", "issued a warning".
PHRASE_VERBS = frozenset(PHRASE_CUES) | LIGHT_VERBS


def phrase_head(t):
    """The content head of any phrase cue on the verb ``t`` (see :func:`phrase_content`,
    :func:`light_content`), or None."""
    return phrase_content(t) or (light_content(t) if t.lemma_.lower() in LIGHT_VERBS else None)


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
        x.dep_ == "ccomp" and any(m.dep_ in ("nsubj", "nsubjpass") for m in x.children) and \
        any(m.dep_ == "aux" or m.tag_ in ("VBD", "VBZ", "VBP", "MD") for m in (x, *x.children))
