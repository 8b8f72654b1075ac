"""A quote tagged by a verb outside the cue lists (issue 19): the speech-tag position makes any
verb a cue ('"...!" beamed X', '"...," X gloated', 'X shot back: "..."'). Sentences written
for these tests in the style of news copy."""
from __future__ import annotations

import pytest

from statement_helpers import extract


@pytest.mark.parametrize("text, speaker, words", [
    # an inverted tag after a quote that ends in "!" (the parser ends no sentence there)
    ('"We have never been closer to a deal!" beamed Maria Lopez, the union leader, as the '
     'talks ended.', "Maria Lopez", "never been closer to a deal"),
    # a tag after a comma-closed quote, the verb no saying verb of the lists
    ('"That is exactly what I told the council a year ago," Tom Baker gloated after the vote.',
     "Tom Baker", "exactly what I told the council"),
    # a clause ending in a colon, then the quote
    ('Asked about the harbour deficit, the governor shot back: "Ask the last government where '
     'the money went."', "the governor", "Ask the last government"),
    ('Anna Keller went even further: "The whole council should resign before the winter."',
     "Anna Keller", "whole council should resign"),
])
def test_a_quote_in_the_speech_tag_position_is_said_by_the_tags_subject(extractor, text, speaker, words):
    found = [st for st in extract(extractor, text) if words in st.content.text]
    assert [(st.speaker.text if st.speaker else None, st.kind) for st in found] == [(speaker, "direct")]


@pytest.mark.parametrize("text", [
    # a scare quote inside a clause is no speech
    'The mayor unveiled a "historic" harbour budget on Monday.',
    # a title after a colon is no speech
    'The council spent the winter on one question: "harbour or bridge".',
])
def test_no_tag_no_statement(extractor, text):
    assert extract(extractor, text) == []
