"""A participle after a comma that closes a relative or "when" clause, whose parsed doer (the
main clause's subject) is a thing: the clause's subject is the speaker (PolNeAR train, session
21). Sentences written for the tests, in the shapes of the train misses."""
from __future__ import annotations

from statement_helpers import one


def test_a_participle_after_a_when_clause_is_the_clause_subjects(extractor):
    text = ("The first clash came during a town meeting in Dover, when farmers interrupted the minister's "
            'speech, shouting "no more cuts!"')
    assert one(extractor, text, "no more cuts").speaker.text == "farmers"


def test_a_participle_after_an_in_which_clause_is_the_clause_subjects(extractor):
    text = ("The union's opening move began with a radio spot in which workers pile up broken tools, "
            'yelling "fix the yard!"')
    assert one(extractor, text, "fix the yard").speaker.text == "workers"


def test_a_main_subject_who_may_speak_keeps_the_participle(extractor):
    # The main clause's subject is a person: the rule leaves the parser's choice alone.
    text = ("The mayor claimed that the vote had been rigged, a charge that the county clerks firmly "
            "denied, noting that they had used the same machines since 2010.")
    assert one(extractor, text, "the same machines").speaker.text == "The mayor"
