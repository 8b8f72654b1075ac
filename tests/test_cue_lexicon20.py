"""Cue classes grown from PolNeAR train in session 20 (issue 19): verbs that report only in
one frame: a portrayal with "X as Y". Sentences written for the test."""
from __future__ import annotations

import pytest

from tests.statement_helpers import extract, one


@pytest.mark.parametrize("text, speaker, said", [
    ("Senator Maria Cole cast the tax cut as a gift to the largest landlords.", "Maria Cole",
     "the tax cut as a gift to the largest landlords"),
    ("In his speech the governor painted his rival as a friend of the oil companies.", "the governor",
     "his rival as a friend of the oil companies"),
    ("The chancellor framed the spending review as a test of the party's nerve.", "The chancellor",
     "the spending review as a test of the party's nerve"),
    ("Ms Okafor has pitched the new rail link as a lifeline for the northern towns.", "Ms Okafor",
     "the new rail link as a lifeline for the northern towns"),
    ("Mayor Lena Ortiz presents herself as the candidate of the small shops.", "Lena Ortiz",
     "herself as the candidate of the small shops"),
    # the portrayal ends with its "as" phrase, not with the scene after it
    ("Senator Maria Cole cast herself as the voice of the farmers during a rally in Ames on Friday.", "Maria Cole",
     "herself as the voice of the farmers"),
    ("The senator cast his rival as weak on crime, despite the figures.", "The senator", "his rival as weak on crime"),
])
def test_portraying_someone_as_something_is_a_statement(extractor, text, speaker, said):
    st = one(extractor, text, said.split()[1])
    assert speaker in st.speaker.text and st.content.text == said


@pytest.mark.parametrize("text", [
    "Ms Ortiz cast her ballot at the town library.",
    "Pupils painted a mural on the wall of the old station.",
    "The curator framed the photograph of the first mayor.",
    "The minister presented the award to the winning team.",
])
def test_casting_painting_or_presenting_without_as_is_no_statement(extractor, text):
    assert [st.content.text for st in extract(extractor, text)] == []


@pytest.mark.parametrize("text, speaker, said", [
    ("Former mayor Ann Keller remembers the old harbour as the beating heart of the town.", "Ann Keller",
     "the old harbour as the beating heart of the town"),
    ("Mr Osei remembered that the mill closed in the winter of 1982.", "Mr Osei", "the mill closed in the winter of 1982"),
    ("The organist remembered when the chapel still had a choir.", "The organist",
     "when the chapel still had a choir"),
])
def test_a_recollection_told_is_a_statement(extractor, text, speaker, said):
    st = one(extractor, text, said.split()[1])
    assert speaker in st.speaker.text and st.content.text == said


@pytest.mark.parametrize("text", [
    "The senator could not remember his password.",  # a thing remembered, nothing told
    "Voters should remember that the bridge was promised in 2010.",  # told to recall, by the writer
])
def test_remembering_a_thing_or_being_told_to_is_no_statement(extractor, text):
    assert [st.content.text for st in extract(extractor, text)] == []

