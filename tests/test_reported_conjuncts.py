"""A verb the parser coordinated on a reported clause whose subject is a thing: the verb goes
on with the person who reports the clause, not with the thing (PolNeAR train, session 21).
Sentences written for the tests, in the shapes of the train misses."""
from __future__ import annotations

from statement_helpers import extract, one


def test_a_conceded_after_a_reported_copula_with_a_thing_subject_is_the_sayers(extractor):
    # "<Name>, <role>, says the <noun> of X is "...," but conceded that ...": the parser hangs
    # "conceded" on the reported "is", whose subject is a thing.
    text = ('Maria Lopez, a union organiser at the harbour, says the main goal of the strike is "to win back '
            'lost pay," but conceded that the talks with the port owners had stalled.')
    st = one(extractor, text, "the talks with the port owners")
    assert st.speaker.text.startswith("Maria Lopez")


def test_a_calling_on_after_a_believed_clause_is_the_believers(extractor):
    # "<people> believe <thing> is possible ... and have been calling on X to ...".
    text = ("The union leaders believe a new contract is possible only after the election and have been "
            "calling on the minister to delay the vote.")
    st = one(extractor, text, "the minister to delay the vote")
    assert st.speaker.text == "The union leaders"



def test_a_participle_after_a_preposition_on_a_reported_clause_is_the_sayers(extractor):
    # "<Name> said the <thing> has "..." before claiming that ...": the parser hangs "before
    # claiming" on the reported verb, whose subject is a thing.
    text = ('Hart said the court ruling has "kept our towns safe" on Twitter before claiming that open '
            'borders are "hurting working families."')
    [st] = [st for st in extract(extractor, text) if st.content.text.startswith("open borders")]
    assert st.speaker.text == "Hart"


def test_a_participle_after_a_preposition_on_a_seen_clause_is_the_seers(extractor):
    # "<Name> saw her lead shrink after mocking X": "lead" does not mock.
    text = "Most recently, Ms. Tran saw her lead shrink quickly after openly mocking the governor in two debates."
    [st] = [st for st in extract(extractor, text) if st.content.text.startswith("the governor")]
    assert st.speaker.text == "Ms. Tran"
