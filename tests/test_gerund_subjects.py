"""An "-ing" cue whose doer stands right before it, in a phrase the parser hung it over
(issue 19, session 20): the object of "left X saying", the noun after "of" or "with" ("the
proportion of voters saying", "ended with X asking", "the spectacle of X denouncing"). The
sentences are written for these tests."""
from __future__ import annotations

from statement_helpers import one


def _speaker(extractor, text, words):
    st = one(extractor, text, words)
    return st.speaker.text if st.speaker else None


def test_the_object_of_left_does_the_participle(extractor):
    text = "The closure left 40 percent of parents saying they could not find a place."
    assert _speaker(extractor, text, "could not find a place") == "40 percent"


def test_the_people_of_a_proportion_say_it(extractor):
    text = "The proportion of Democratic voters saying they want a recount is as high as 60 percent in Ohio."
    assert _speaker(extractor, text, "they want a recount") == "Democratic voters"


def test_the_person_after_with_asks(extractor):
    text = "The hearing ended with Senator Ann Rowe asking whether the funds had been spent."
    assert "Ann Rowe" in _speaker(extractor, text, "the funds had been spent")


def test_the_person_after_of_denounces(extractor):
    text = "The rally turned into the spectacle of Mayor Tom Dunn denouncing his own council."
    assert "Tom Dunn" in _speaker(extractor, text, "his own council")
