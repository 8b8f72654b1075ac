"""Idioms of speech made of a verb and its object noun (issue 19, session 20; sentences written
for these tests): "cast doubt on X", "poked fun at X", "did not mince words about X", "sowed
doubts about X". The verb says nothing alone; with the noun, what the preposition names is what
was said about.
"""
from __future__ import annotations

import pytest

from tests.statement_helpers import extract


def rows(extractor, text):
    return [(s.speaker.text if s.speaker else None, s.cue.text if s.cue else None, s.content.text)
            for s in extract(extractor, text)]


@pytest.mark.parametrize("text, expected", [
    ("Tom Baker cast doubt on the official jobs figures.", ("Tom Baker", "cast", "the official jobs figures")),
    ("Anna Keller poked fun at the council's new logo.", ("Anna Keller", "poked", "the council's new logo")),
    # not mincing words is speaking plainly: said
    ("Maria Lopez did not mince words about the harbour budget.",
     ("Maria Lopez", "mince", "the harbour budget")),
    ("Senator Ruth Calder sowed doubts about the ballot count in the valley.",
     ("Ruth Calder", "sowed", "the ballot count in the valley")),
])
def test_idiom_of_speech(extractor, text, expected):
    assert rows(extractor, text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # phrasal verbs of speaking at length and of taking words back
    ("Anna Keller held forth on the history of the harbour.", ("Anna Keller", "held", "the history of the harbour")),
    # (the possessed "comments about" is a statement noun of its own)
    ("The senator later walked back her comments about the port.",
     ("The senator", "walked", "her comments about the port")),
])
def test_phrasal_verb_of_speaking(extractor, text, expected):
    assert expected in rows(extractor, text)


@pytest.mark.parametrize("text", [
    "The storm cast a long shadow over the harbour.",  # no noun of speech
    "Tom Baker minced the onions for the soup.",
    "Anna Keller walked back to the car.",
])
def test_no_idiom(extractor, text):
    assert rows(extractor, text) == []

