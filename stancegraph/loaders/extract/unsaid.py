"""Cue words in shapes where nothing is said (BBC politics audit, session 17, seed 163)."""
from __future__ import annotations

from stancegraph.loaders.extract.documents import is_document


def put_as_question(v) -> bool:
    """"Pressed on whether he would point to X", "asked whether she would criticise
    Y": a cue inside a whether-clause is the question, not something its subject said. ``v``
    is the clause's verb: the cue itself or the first verb of the chain it is coordinated in
    (the caller has climbed the chain already)."""
    if not any(c.dep_ == "mark" and c.lower_ == "whether" for c in v.children):
        return False
    # the question's verb, across "on"/"about" ("pressed on whether"); not "it is unclear
    # whether she will speak out": a doubt of the writer's, which PolNeAR annotates (train)
    h = v.head.head if v.head.dep_ == "prep" else v.head
    return h.lemma_.lower() in _ASKING


_ASKING = frozenset("ask press question quiz query challenge push".split())


def money_given(lemma, obj) -> bool:
    """"offered £40m to a scheme", "charged a $100 fee": a sum given or asked for is an act,
    not something said (an offer to do something still says its infinitive). Not "proposed
    $2bn in aid", "seeks $1bn": a proposal or a demand is said (PolNeAR train)."""
    if lemma not in _GIVING:
        return False
    # the small model may tag only the number ("£40m": "40" MONEY, "m" the object)
    return obj.ent_type_ == "MONEY" or obj.is_currency or any(
        c.ent_type_ == "MONEY" or c.is_currency for c in obj.children if c.i < obj.i)


_GIVING = frozenset("offer give charge pay donate spend".split())


def denied_subject(t) -> bool:
    """"Neither X nor Y would comment", "No one at the department would say", "None of the
    ministers confirmed": a subject that names nobody who spoke says nothing was said, as a
    "not" on the verb does (BBC audit, session 17, seed 164)."""
    for c in t.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in _NOBODY:
            return True
        if any(g.dep_ in ("preconj", "det") and g.lower_ in ("neither", "no") for g in c.children):
            return True
    return False


_NOBODY = frozenset("nobody none neither noone".split())


def nothing_said(t, lemma: str, lemmas) -> bool:
    """Cue verbs in a sense that reports no words (PolNeAR train, session 18):
    "seemed to be of two minds", "appeared to have much to lose": how a person looked to
    the writer, unless the infinitive is itself a report ("seemed to suggest that ...",
    "appeared to blame X"); "a pollster who advises the caucus", "advised X on trade":
    whom a counsel works for, unless the advice itself follows ("advised X to wait",
    "advised that ...", "advised against X"). "That said, ..." is :func:`discourse_marker`.
    "Lopez, who is challenging Reed for his seat", "lawsuits challenging the law": a contest
    told as what describes the challenger (session 19, PolNeAR train: 1 hit in 11 rows);
    "is seeking the nomination", "seeking the White House": running for an office, an act;
    "figures to do well": what the writer expects of the subject, "has figured out how to
    store the power": a way found (session 20, PolNeAR train: 1 of 5 such rows gold)."""
    if lemma == "challenge":
        return t.dep_ in ("relcl", "acl")
    if lemma == "seek":
        return any(c.dep_ == "dobj" and _office(c) for c in t.children)
    if lemma == "figure":  # "figures to do well": is likely to; "figured out how to": worked out
        return any(c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in t.children)
    if lemma in _SEEMING:
        return not any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in lemmas for c in t.children)
    if lemma in _COUNSEL:
        return not any(c.dep_ in ("xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ == "against"
                       for c in t.children)
    return False


_SEEMING = frozenset("seem appear".split())
_COUNSEL = frozenset("advise counsel".split())
#: What a candidate runs for: "is seeking the nomination", "who is seeking a third term"
#: (session 20, PolNeAR train: 1 of 8 such rows gold); "seeking a pay rise" is a demand
_OFFICES = frozenset("""nomination renomination reelection election term seat office presidency candidacy
governorship mayoralty""".split())


def _office(noun) -> bool:
    low = noun.lemma_.lower()
    return low in _OFFICES or low == "house" and any(c.lower_ == "white" for c in noun.children)


def discourse_marker(t) -> bool:
    """"That said, ...", "That being said, ...": a turn of the writer's argument that opens
    a sentence, not something said (PolNeAR train, session 18)."""
    if t.lower_ != "said" or t.i + 1 >= len(t.doc) or t.doc[t.i + 1].text != ",":
        return False
    first = t.doc[t.i - 2] if t.i >= 2 and t.doc[t.i - 1].lower_ == "being" else t.doc[t.i - 1] if t.i else t
    return first.lower_ in ("that", "this") and (first.i == first.sent.start or first.i - 1 == first.sent.start and
                                                 first.doc[first.i - 1].lower_ in ("but", "and", "still"))


def thing_that(speaker_tok) -> bool:
    """"a drought that threatened to ruin the harvest", "a slump that suggests ...": a
    relative (or demonstrative) "that" left as the speaker stands for a thing or an event;
    one that carries someone's words has already been given its maker ("an ad that urges":
    ``cue_subjects._maker``). PolNeAR train, session 19: such rows were 26% hits."""
    if speaker_tok.lower_ != "that":  # the head of the speaker's phrase: "that" as a pronoun
        return False
    verb = speaker_tok.head
    noun = verb.head if verb.dep_ == "relcl" else None
    # "leaflets that said the levy was unfair": a thing that carries words speaks (session 18)
    return noun is None or not (is_document(noun) or noun.lemma_.lower() in _WORD_CARRIERS)


#: Things made to carry words, besides documents: "a banner that read ...", "leaflets that said ...".
_WORD_CARRIERS = frozenset("""leaflet flyer poster placard banner sign ad advert advertisement commercial
message email e-mail tweet post note statement video""".split())
