"""A second phrase the parser hung on the cue after "and" is said with the first (issue 19;
sentences written for the tests)."""
from __future__ import annotations

from statement_helpers import one


def test_second_as_phrase_kept(extractor):
    text = "Half of the voters in the city see the mayor as a reformer and as someone who will fix the buses."
    st = one(extractor, text, "reformer")
    assert st.content.text == "the mayor as a reformer and as someone who will fix the buses"


def test_next_act_not_taken(extractor):
    text = "The minister praised the nurses and left the hospital before noon."
    st = one(extractor, text, "nurses")
    assert st.content.text == "the nurses"


def test_when_and_through_not_said(extractor):
    for text, content in [("The governor praised the volunteers Friday afternoon.", "the volunteers"),
                          ("Ms Park denied the charges through her lawyer.", "the charges")]:
        st = one(extractor, text, content)
        assert st.content.text == content
