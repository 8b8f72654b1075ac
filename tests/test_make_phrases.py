"""Statements made with "make" that the lists missed (issue 19; sentences written for
these tests): "made (it) clear" with a clause and no "that", and "made no secret of X",
which says X openly (unlike "made no mention of X")."""
from __future__ import annotations

import pytest

from stancegraph.graph.model import Article


def found(extractor, text: str):
    art = Article(id=Article.make_id(text), text=text, published="2026-03-02")
    return [(s.speaker.text if s.speaker else None, s.cue.text if s.cue else None, s.content.text)
            for s in extractor.extract(art).statements]


@pytest.mark.parametrize("text, expected", [
    ("Mayor Tom Baker made clear on Monday he would not raise council tax.",
     ("Tom Baker", "made", "he would not raise council tax")),
    ("Anna Keller has made it clear the harbour plan will go ahead.",
     ("Anna Keller", "made", "the harbour plan will go ahead")),
    ("Senator Jane Holloway has made no secret of her doubts about the rail link.",
     ("Jane Holloway", "made", "her doubts about the rail link")),
])
def test_make_phrase_statements(extractor, text, expected):
    assert found(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "Tom Baker made no mention of the strike.",
    "The storm made clear roads impossible to find.",
])
def test_make_phrases_that_say_nothing(extractor, text):
    assert found(extractor, text) == []
