"""Cue words and phrases grown from PolNeAR train (issue 19, session 19): each group with
sentences written for the test."""
from __future__ import annotations

import pytest

from tests.statement_helpers import extract, one


@pytest.mark.parametrize("text, speaker, said", [
    ("Councillor Ruth Mbeki is eager to reopen the debate over the ferry contract.", "Ruth Mbeki",
     "to reopen the debate over the ferry contract"),
    ("Opposition councillors are eager to hear the mayor's account of the overspend.", "Opposition councillors",
     "to hear the mayor's account of the overspend"),
    ("Several Labour backbenchers were eager to blame the chancellor for the delays at the port.",
     "Several Labour backbenchers", "the chancellor for the delays at the port"),
    ("Governor Ellis was eager to point out that the bridge had opened on time.", "Ellis",
     "the bridge had opened on time"),
])
def test_eagerness_with_an_infinitive_is_a_statement(extractor, text, speaker, said):
    """An infinitive without a cue of its own is what the adjective says; a cue infinitive
    ("blame", "point out") says its own content, with the adjective's subject as speaker."""
    st = one(extractor, text, said)
    assert speaker in st.speaker.text and st.content.text == said


@pytest.mark.parametrize("text", [
    "The mayor was not eager to revisit the parking plan.",  # negated: nothing said
    "The river is quick to flood after heavy rain.",  # a thing, not a person
    "The old pier is eager to collapse into the sea.",  # a thing, not a person
])
def test_an_eager_adjective_negated_or_of_a_thing_is_no_statement(extractor, text):
    assert [st.content.text for st in extract(extractor, text)] == []
