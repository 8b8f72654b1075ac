"""The doer of a participle that follows a clause closed by a comma, when the parser gave it
the main clause's subject and that subject is a thing that does not speak.

"The first incident came during a speech, when protesters interrupted her, shouting ...",
"Its opening salvo began with an ad in which children smash a toy, yelling ...", "It was at
the meeting that the pastor gave his talk, pointing to ...", "..., a charge that the county
leaders denied, noting that ...": the "-ing" verb right after the comma goes on with the
clause it follows (a relative or "when" clause hung on a noun), whose subject speaks; the
parser hangs it on the main verb, whose subject (an incident, a salvo, "it") says nothing.
PolNeAR train, session 21: 4 such speakers, all the annotated source.
"""
from __future__ import annotations

from stancegraph.loaders.extract.lost_subjects import may_speak
from stancegraph.loaders.extract.nlp import first_subject

_SPEAKERS = ("PERSON", "ORG", "NORP")
_RELATIVES = frozenset(("that", "which", "who", "whom", "what"))


def _speaks(tok) -> bool:
    return may_speak(tok) or tok.ent_type_ in _SPEAKERS


def closing_clause_doer(t, subj):
    """The subject of the clause closed by the comma right before the "-ing" cue ``t`` when
    ``subj``, the subject the cue was given, cannot speak and that clause's subject can;
    else ``subj``."""
    if subj is None or _speaks(subj) or t.tag_ != "VBG" or t.dep_ not in ("advcl", "xcomp", "conj") or \
            t.i < 2 or t.doc[t.i - 1].text != ",":
        return subj
    last = t.doc[t.i - 2]
    clause = next((a for a in [last, *last.ancestors] if a.dep_ == "relcl"), None)
    if clause is None or clause.right_edge.i < last.i or clause.i > t.i or \
            clause.left_edge.i <= subj.i <= clause.right_edge.i:
        return subj
    doer = first_subject(clause)
    if doer is None or doer.lower_ in _RELATIVES or doer.tag_ in ("WDT", "WP") or not _speaks(doer):
        return subj
    return doer
