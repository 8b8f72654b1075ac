"""Agent nouns of advocacy and criticism as a predicate (issue 19, session 20; sentences written
for these tests): "Ms Keller is a vocal critic of the harbour plan", "he has long been a
supporter of rent control". What the noun is of or for is the view its subject holds and
voices; the subject speaks.
"""
from __future__ import annotations

import pytest

from tests.statement_helpers import extract


def rows(extractor, text):
    return [(s.speaker.text if s.speaker else None, s.cue.text if s.cue else None, s.content.text)
            for s in extract(extractor, text)]


@pytest.mark.parametrize("text, expected", [
    ("Anna Keller is a vocal critic of the harbour plan.", ("Anna Keller", "critic", "the harbour plan")),
    ("Senator Tom Baker has long been a supporter of rent control.", ("Tom Baker", "supporter", "rent control")),
    ("Maria Lopez remains a fierce opponent of the new toll road.",
     ("Maria Lopez", "opponent", "the new toll road")),
    ("Ruth Calder became the leading advocate for a later school day.",
     ("Ruth Calder", "advocate", "a later school day")),
])
def test_agent_noun_predicate(extractor, text, expected):
    assert rows(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "Anna Keller is not a supporter of the harbour plan.",  # negated: no view voiced
    "The harbour is a favourite of tourists.",  # no agent noun of a view
    "Tom Baker, a supporter of the harbour plan, stayed home.",  # an apposition describes him
])
def test_no_agent_noun_statement(extractor, text):
    assert rows(extractor, text) == []


def test_agent_noun_target_without_the_writers_aside(extractor):
    text = "Tom Baker is a firm supporter of the levy, which funds the night buses."
    assert rows(extractor, text) == [("Tom Baker", "supporter", "the levy")]
