"""A written, posted or answered piece whose noun phrase tells what it holds is what was said:
"wrote a letter that set out the rules", "posted a photo of the flooded bridge", "answered a
question about the strike", "wrote a bill that created ...". The bare vehicle ("wrote a letter",
"posted a video", "answered the phone") stays no content (:data:`.content._NO_NP_CONTENT`).

PolNeAR train (issue 19, session 21), noun objects of write / post / publish / answer: with a
clause on the object (a participle or a relative clause) or a topic phrase (about, on, of,
against) 22 of 31 rows were hits; bare objects 10 of 48. "email" left out (1 of 3: its object is
the addressee), "tweet" has its own rule (:func:`.object_content.said_object`). A participle that is
a cue of its own ("a letter urging residents to ...", "a letter saying ...") gives its statement;
the piece is not said a second time (train: 5 rows less, 3 of them hits, F1 -0.0001).
"""
from __future__ import annotations

from stancegraph.loaders.extract import cues

#: Verbs of writing and answering whose object is the piece written.
_WRITING_VERBS = frozenset("write post publish answer".split())
#: Prepositions of what a piece is about or holds: "a photo of", "an essay on", "a blog against".
_TOPIC_PREPS = frozenset("about on of against".split())
#: Finite or "-ing" verb tags of a clause that tells what the piece says.
_CLAUSE_TAGS = frozenset("VBG VBD VBZ VBP".split())


def written_with_content(t, obj, lemma) -> bool:
    """``obj`` (a noun object of ``t``) is a written piece told by what it holds."""
    if lemma not in _WRITING_VERBS or obj.i < t.i:
        return False
    return any(x.i > obj.i and (x.dep_ in ("acl", "relcl") and x.tag_ in _CLAUSE_TAGS and not _own_cue(x)
                                or x.dep_ == "prep" and x.lower_ in _TOPIC_PREPS) for x in obj.children)


def _own_cue(verb) -> bool:
    """"published a letter saying the mayor would resign": the participle is a cue of its own,
    whose statement (speaker the publisher) already holds what the letter says."""
    return verb.dep_ == "acl" and verb.lemma_.lower() in cues.all_cue_lemmas(attitudes=True)
