"""Phrase cues and statement nouns after a light verb (issue 19, session 19; sentences written
for these tests).
"""
from __future__ import annotations

import pytest

from tests.statement_helpers import extract


@pytest.mark.parametrize("text, expected", [
    # the phrase's object alone: not the when and where the parser hung on the verb after it
    ("Senator Tom Baker took aim at the mayor Thursday in a heated exchange that ended the meeting.",
     ("Tom Baker", "took", "the mayor")),
    ("Anna Keller took a shot at her rival last night in a debate that ran past midnight.",
     ("Anna Keller", "took", "her rival")),
])
def test_phrase_object_ends_the_content(extractor, text, expected):
    found = [(s.speaker.text if s.speaker else None, s.cue.text if s.cue else None, s.content.text)
             for s in extract(extractor, text)]
    assert expected in found
