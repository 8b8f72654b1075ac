"""Cues of a verb and its object noun or particle that say nothing alone (issue 19, session 21;
sentences written for these tests): praise heaped on X, barbs traded over X, focus shifted to
X, support thrown behind X; and a view received, won or earned from
those who hold it ("The mayor won praise from X": X praised the mayor).
"""
from __future__ import annotations

import pytest

from tests.statement_helpers import extract


def rows(extractor, text):
    return [(s.speaker.text if s.speaker else None, s.cue.text if s.cue else None, s.content.text)
            for s in extract(extractor, text)]


@pytest.mark.parametrize("text, expected", [
    ("Anna Keller heaped praise on the new harbour master.", ("Anna Keller", "heaped", "the new harbour master")),
    ("The two mayors traded barbs over the cost of the tram line.",
     ("The two mayors", "traded", "the cost of the tram line")),
    ("In her speech Maria Lopez shifted her focus to the price of school meals.",
     ("Maria Lopez", "shifted", "the price of school meals")),
    ("Tom Baker threw his support behind the harbour budget.", ("Tom Baker", "threw", "the harbour budget")),
])
def test_verb_and_noun_frame(extractor, text, expected):
    assert expected in rows(extractor, text)


@pytest.mark.parametrize("text, expected", [
    ("The harbour plan won praise from Senator Ruth Calder.", ("Ruth Calder", "won", "The harbour plan")),
    ("Mayor Tom Baker received the endorsement from the local teachers union.",
     ("the local teachers union", "received", "Mayor Tom Baker")),
])
def test_view_received_from(extractor, text, expected):
    assert expected in rows(extractor, text)


@pytest.mark.parametrize("text", [
    "Tom Baker threw the ball to his dog.",  # no noun of speech
    "Anna Keller received a parcel from her sister.",
    "The harbour plan did not win praise from anyone.",  # negated: nothing said
    "The farmers traded grain for tools.",
])
def test_no_frame(extractor, text):
    assert rows(extractor, text) == []
