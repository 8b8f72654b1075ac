""""wrote a letter that set out the rules", "posted a photo of the flooded bridge": a written or
posted piece whose object tells what it holds is what was said; the bare vehicle ("wrote a
letter", "posted a video") is not (session 21, PolNeAR train). Sentences written for the test."""
from __future__ import annotations

import pytest

from tests.statement_helpers import extract


def _pairs(extractor, text):
    return [(st.speaker.text, st.content.text) for st in extract(extractor, text)]


@pytest.mark.parametrize("text, speaker, said", [
    ("The mayor wrote a letter that set out new rules for water use.", "The mayor",
     "a letter that set out new rules for water use"),
    ("The harbour master posted a photo of the flooded bridge.", "The harbour master",
     "a photo of the flooded bridge"),
    ("The minister answered a question about the rail strike.", "The minister",
     "a question about the rail strike"),
])
def test_a_written_piece_told_by_what_it_holds(extractor, text, speaker, said):
    assert (speaker, said) in _pairs(extractor, text)


@pytest.mark.parametrize("text", [
    "The mayor wrote a letter to the council.",
    "The harbour master posted a video.",
    "The minister answered the phone.",
])
def test_the_bare_vehicle_is_no_statement(extractor, text):
    assert _pairs(extractor, text) == []


def test_a_piece_whose_participle_is_a_cue_is_said_once(extractor):
    # the participle's own statement holds what the letter says: not a second, longer one
    assert _pairs(extractor, "The mayor wrote a letter urging residents to save water.") == [
        ("The mayor", "residents to save water")]
