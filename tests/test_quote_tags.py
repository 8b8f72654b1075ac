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
    # a clause ending in a comma, the quote hung on its verb
    ('During the first debate, Anna Keller cracked, "I am a builder who likes to finish things."',
     "Anna Keller", "a builder who likes"),
    ('Tom Baker shrugged and smiled, "We will see about that."', "Tom Baker", "We will see"),
])
def test_a_quote_in_the_speech_tag_position_is_said_by_the_tags_subject(extractor, text, speaker, words):
    found = [st for st in extract(extractor, text) if words in st.content.text]
    assert [(st.speaker.text if st.speaker else None, st.kind) for st in found] == [(speaker, "direct")]


@pytest.mark.parametrize("text", [
    # a scare quote inside a clause is no speech
    'The mayor unveiled a "historic" harbour budget on Monday.',
    # a title after a colon is no speech
    'The council spent the winter on one question: "harbour or bridge".',
    # a name set off by commas is no quote of the clause
    'The plan, "Fair Deal for Harbours," was dropped in May.',
    # a quote opening in lower case after a comma is a fragment of the writer's clause
    'The audit went further, "ignoring every warning from the harbour engineers for years."',
])
def test_no_tag_no_statement(extractor, text):
    assert extract(extractor, text) == []


@pytest.mark.parametrize("text, speaker, words", [
    # a quote ending its sentence, then a tag sentence of its own whose "told" has the
    # addressee as its object and a circumstance after it
    ('"Get ready, because we have a glass ceiling to break!" he told the cheering crowd.', "he",
     "glass ceiling to break"),
    ('"We will know by Friday." Anna Keller told reporters during a call on Tuesday.', "Anna Keller",
     "We will know by Friday"),
])
def test_a_tag_sentence_with_an_addressee_after_the_quote_says_it(extractor, text, speaker, words):
    found = [st for st in extract(extractor, text) if words in st.content.text]
    assert [(st.speaker.text, st.cue.text) for st in found] == [(speaker, "told")]


def test_a_clause_with_its_own_object_before_a_colon_tags_the_quote(extractor):
    text = 'Anna Keller had a simple message for the council: "Finish the harbour before you leave."'
    found = [st for st in extract(extractor, text) if "Finish the harbour" in st.content.text]
    assert [st.speaker.text for st in found] == ["Anna Keller"]
