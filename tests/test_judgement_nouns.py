"""Nouns of judging and refusing with a possessor (issue 19; sentences written for these tests):

- a judgement in words ("assessment", "critique", "condemnation", "interpretation" ...) with
  a possessor says what its "of" names: "Ms Okafor's blunt assessment of the budget" -> the
  budget, held by Ms Okafor, as "Keller's criticism of X" already is;
- a refusal ("refusal", "reluctance") with a possessor and an infinitive says nothing, as
  "refused to" says nothing (issue 19).
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


@pytest.mark.parametrize("text", [
    "Senator Pryce's refusal to endorse the mayor angered local donors.",
    "Mayor Baker's refusal to say whether he would run angered donors.",
])
def test_refusal_noun_says_nothing(extractor, text):
    # a refusal is no statement (issue 19), as "refused to" is none
    assert said(extractor, text) == []


def test_judgement_noun_needs_a_holder(extractor):
    # no one holds the assessment: no statement
    assert said(extractor, "A fresh assessment of the harbour budget is due in May.") == []


@pytest.mark.parametrize("text, expected", [
    # plural statement nouns read as the singular ones do
    ("Mayor Baker's repeated calls for a new harbour tax went unanswered.",
     ("Baker", "calls", "a new harbour tax")),
    ("The governor's promises to rebuild the pier won her the vote.",
     ("The governor", "promises", "to rebuild the pier")),
])
def test_plural_statement_noun(extractor, text, expected):
    assert said(extractor, text) == [expected]


def test_plural_statement_noun_under_a_verb(extractor, nlp):
    # "escalated her attacks on X": the verb phrase is the cue of the verb's subject (the
    # record's stance row); the possessive pronoun is no second speaker of its own
    from stancegraph.loaders.extract import phrases
    from stancegraph.loaders.extract.quotes import find_quotes, quote_index

    def nouns(text):
        doc = nlp(extractor._prepare(text))
        in_quote = quote_index(doc, find_quotes(text))
        return [doc.text[r.cue_start:r.cue_end] for r in phrases.noun_statements(doc, in_quote)]

    assert nouns("Anna Keller escalated her attacks on the harbour board.") == []
    assert nouns("Anna Keller's attacks on the harbour board grew sharper.") == ["attacks"]
