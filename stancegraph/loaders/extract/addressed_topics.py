""""address X" as taking up a topic in words (issue 19, session 21, PolNeAR train): "the
minister addressed the delays at the port", "she also addressed the question of funding" --
what was spoken about, PolNeAR marks it as said. "address" also names a speech to an audience
("addressed a rally in the park", "will address the party conference"), where the object is
where the words went, not what they said, and a letter's destination ("letters addressed to
the mayor"): no cue then.
"""
from __future__ import annotations

from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract.nlp import first_object, first_subject

#: Nouns (lemmas) of an audience: a gathering, a body or a group of people spoken to.
AUDIENCE_NOUNS = frozenset("""
rally convention conference gala meeting audience crowd assembly session congress parliament
summit dinner luncheon breakfast event gathering forum caucus chamber legislature senate
member supporter student graduate delegate voter reporter lawmaker donor nation country people
worker union
""".split())
#: Entity types of an audience or a place spoken at.
_AUDIENCE_ENTS = frozenset("PERSON NORP ORG GPE LOC FAC EVENT".split())
#: Things that speak for whoever made them: "the poll addresses a question", "a speech
#: addressing the attacks".
_SPEAKING_THINGS = frozenset("speech statement letter report poll survey ad message video interview remark "
                             "column editorial op-ed memo email tweet post".split())
_THING_PRONOUNS = frozenset("this that it which".split())


def addressed_topic(t):
    """The object of "address" ``t`` when it names a topic taken up in words, else None. Not
    "this will address the problem", "movies addressing the crisis": dealing with a problem,
    no words (PolNeAR train)."""
    obj = first_object(t)
    if obj is None or t.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in t.children):
        return None  # "letters addressed to the mayor"
    if obj.ent_type_ in _AUDIENCE_ENTS or obj.lemma_.lower() in AUDIENCE_NOUNS or obj.pos_ == "PRON":
        return None
    subj = first_subject(t)
    if subj is not None and subj.lower_ in _THING_PRONOUNS:
        return None
    if subj is None and t.dep_ in ("acl", "relcl") and t.head.pos_ == "NOUN" and not _speaks(t.head):
        return None  # "movies addressing the crisis"; not "a speech addressing the attacks"
    return obj


def _speaks(tok) -> bool:
    """A noun of a person, a group or a text that speaks for its maker."""
    lemma = tok.lemma_.lower()
    return tok.ent_type_ in ("PERSON", "ORG", "NORP") or lemma in cues.PERSON_ROLES or lemma in _SPEAKING_THINGS \
        or lemma in cues.DESCRIPTION_KINDS
