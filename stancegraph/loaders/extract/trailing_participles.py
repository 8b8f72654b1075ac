"""Who does an "-ing" participle set off at the end of a sentence when the parser hung it
inside a clause of the sentence.

"The mayor rejected the claim that the levy would hurt shops, saying ...": the parser hangs
"saying" on "hurt", in the clause about the claim, and the participle would take "the levy"
for its speaker; the one saying it is the subject of the sentence's main verb. A participle
after a comma or a dash, at the end of a subordinate clause (a reported clause, a relative
clause, a noun's clause, an adverbial clause), continues the main clause, as in news prose
("..., saying", "- essentially conceding", "... - and arguing"). PolNeAR train, session 19.
"""
from __future__ import annotations

from stancegraph.loaders.extract import cues
from stancegraph.loaders.extract.lost_subjects import may_speak
from stancegraph.loaders.extract.nlp import first_subject

#: Marks that set a trailing participle off from the clause before it.
_SET_OFF = frozenset((",", "—", "–", "-", "--", "―"))
#: Edges climbed from the participle's head to the main verb: clauses and the noun phrases
#: that hold them ("the claim that ...", "a moment that ...").
_CLIMB = frozenset("ccomp relcl acl advcl xcomp conj dobj pobj prep attr".split())
#: Of these, the edges that enter a subordinate clause: the participle belongs to the main
#: clause only when its head sits below one with a subject of its own. Never out of a clause
#: of time or cause ("erupted after the tycoon entered the race, calling them ...": the
#: tycoon calls them; an "advcl" with "that" is a reported clause the parser mislabelled,
#: "made it clear that she ..., touting ...") nor of a relative clause about people.
_CLAUSES = frozenset("ccomp acl advcl relcl".split())


def set_off(t) -> bool:
    """A comma or dash right before the participle's phrase, also before an "and" that opens it."""
    doc = t.doc
    i = t.left_edge.i - 1
    if i >= 1 and doc[i].lower_ in ("and", "or") and t.dep_ == "conj":
        i -= 1
    return i >= 0 and doc[i].text in _SET_OFF


def main_clause_verb(t, in_quote=None):
    """The main verb of the sentence whose subject does the participle ``t``, when the parser
    hung ``t`` inside a subordinate clause of it; else None."""
    if t.tag_ != "VBG" or t.dep_ not in ("advcl", "conj", "xcomp") or not set_off(t):
        return None
    x, crossed = t.head, False
    if _own_report(x):
        return None  # "..., Reid added, saying ...": the one adding
    for _ in range(8):
        if x.dep_ == "ROOT" or x.dep_ not in _CLIMB or x.head.i == x.i:
            break
        if x.dep_ == "advcl" and _own_clause(x) or x.dep_ == "relcl" and not _thing_relative(x):
            return None
        crossed = crossed or x.dep_ in _CLAUSES and any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children)
        x = x.head
        if crossed and x.i < t.i and _own_report(x) and not (in_quote is not None and in_quote[x.i]):
            return x  # "X said Clinton will have to choose, saying ...": the sayer, whatever is above it
    if not crossed or x.dep_ != "ROOT" or x.pos_ not in ("VERB", "AUX") or x.i > t.i:
        return None
    if in_quote is not None and in_quote[x.i]:
        return None
    subj = first_subject(x)
    return x if subj is not None and (may_speak(subj) or subj.pos_ == "PROPN") else None


def _own_report(v) -> bool:
    """A saying verb with its own subject: the participle on it is that subject's."""
    return v.pos_ == "VERB" and v.lemma_.lower() in cues.SPEECH_VERBS and any(c.dep_ == "nsubj" for c in v.children)


def _own_clause(v) -> bool:
    """An adverbial clause with a subject of its own, not introduced by "that"."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) and \
        not any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children)


def _thing_relative(v) -> bool:
    """A relative clause whose subject is "that" or "which" for a thing ("a strong moment that
    could play big, ...-ing"): not one about people ("protesters who gathered, chanting")."""
    subj = first_subject(v)
    return subj is not None and subj.lower_ in ("that", "which") and not may_speak(v.head)
