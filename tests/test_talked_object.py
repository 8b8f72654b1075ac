""""talked trade policy with farmers", "talked up her jobs plan": the noun-phrase object of
"talk" is what was talked about (session 20, PolNeAR train). Sentences written for the test."""
from __future__ import annotations

import pytest

from tests.statement_helpers import extract


@pytest.mark.parametrize("text, speaker, said", [
    ("The governor talked trade policy on a farm radio show on Monday.", "The governor", "trade policy"),
    ("Senator Anna Keller talked up her jobs plan at a rally in Leeds.", "Anna Keller", "her jobs plan"),
])
def test_the_object_of_talk_is_what_was_talked_about(extractor, text, speaker, said):
    assert [(st.speaker.text, st.content.text) for st in extract(extractor, text)] == [(speaker, said)]


def test_talking_someone_into_something_is_no_statement(extractor):
    assert extract(extractor, "His wife talked him into running for the council.") == []
