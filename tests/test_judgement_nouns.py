"""Nouns of judging and refusing with a possessor (issue 19; sentences written for these tests):

- a judgement in words ("assessment", "critique", "condemnation", "interpretation" ...) with
  a possessor says what its "of" names: "Ms Okafor's blunt assessment of the budget" -> the
  budget, held by Ms Okafor, as "Keller's criticism of X" already is;
- a refusal ("refusal", "reluctance", "unwillingness") with a possessor and an infinitive
  reads as "refused to" does: "the senator's refusal to endorse the mayor".
"""
from __future__ import annotations

import pytest

from stancegraph.graph.model import Article


def article(text: str) -> Article:
    return Article(id=Article.make_id(text), text=text, published="2026-03-02")


def said(extractor, text):
    return [(s.speaker.text if s.speaker else None, s.cue.text if s.cue else None, s.content.text)
            for s in extractor.extract(article(text)).statements]


@pytest.mark.parametrize("text, expected", [
    ("Governor Keller's blunt assessment of the harbour budget surprised the council.",
     ("Keller", "assessment", "the harbour budget")),
    ("The committee's sharp critiques of the rail timetable were ignored for months.",
     ("The committee", "critiques", "the rail timetable")),
    ("Senator Pryce's condemnation of the raid came late on Friday.",
     ("Pryce", "condemnation", "the raid")),
])
def test_judgement_noun_of(extractor, text, expected):
    assert said(extractor, text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Senator Pryce's refusal to endorse the mayor angered local donors.",
     ("Pryce", "refusal", "to endorse the mayor")),
    ("Mayor Baker's reluctance to debate his rivals puzzled the party.",
     ("Baker", "reluctance", "to debate his rivals")),
])
def test_refusal_noun_to(extractor, text, expected):
    assert said(extractor, text) == [expected]


def test_judgement_noun_needs_a_holder(extractor):
    # no one holds the assessment: no statement
    assert said(extractor, "A fresh assessment of the harbour budget is due in May.") == []
