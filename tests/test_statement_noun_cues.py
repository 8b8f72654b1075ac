"""Statement nouns as cues (issue 19; sentences written for these tests):

- a statement noun made, issued or delivered by its speaker: "X made the case that ...",
  "X delivered a critique of Y", "X issued a warning that ...". The light verb says nothing
  alone; the noun's clause or object is what was said, as for "X's warning that ...";
- a possessed statement noun before "is that": "Keller's answer was that ...".
"""
from __future__ import annotations

import pytest

from stancegraph.graph.model import Article


def article(text: str) -> Article:
    return Article(id=Article.make_id(text), text=text, published="2026-03-02")


@pytest.mark.parametrize("text, expected", [
    # the clause hangs on the verb after its addressee; the small model parses this "that"
    # as an object, so the graph keeps it (the evaluation record keeps every "that")
    ("Senator Jane Holloway made the case to union leaders that the tax cut would pay for itself.",
     ("Jane Holloway", "made", "that the tax cut would pay for itself")),
    # the parser hangs the clause on the addressee, as a relative clause with "that" for mark
    ("Anna Keller is making a fierce case to a crowd of dock workers that she can save the port.",
     ("Anna Keller", "making", "she can save the port")),
    ("Anna Keller delivered a blistering critique of the harbour plan on Tuesday.",
     ("Anna Keller", "delivered", "the harbour plan")),
    ("Tom Baker issued a warning that the strike could spread to the ports.",
     ("Tom Baker", "issued", "the strike could spread to the ports")),
    ("Maria Lopez gave assurances that the clinic would stay open.",
     ("Maria Lopez", "gave", "the clinic would stay open")),
    ("Governor Anna Keller sounded a cautious note about the new jobs figures.",
     ("Anna Keller", "sounded", "the new jobs figures")),
    ("Tom Baker made similar charges that the council had hidden the cost of the bridge.",
     ("Tom Baker", "made", "the council had hidden the cost of the bridge")),
    ("Anna Keller gave a first preview of her housing plan.", ("Anna Keller", "gave", "her housing plan")),
    ("Tom Baker provided new details about the rail strike.", ("Tom Baker", "provided", "the rail strike")),
])
def test_light_verb_and_statement_noun(extractor, text, expected):
    speaker, cue, content = expected
    found = [(s.speaker.text if s.speaker else None, s.cue.text if s.cue else None, s.content.text)
             for s in extractor.extract(article(text)).statements]
    assert found == [(speaker, cue, content)]


@pytest.mark.parametrize("text, expected", [
    # a colon after the statement noun and a quote: the quote is what was said
    ("The harbour board met on Monday.\n\nMayor Anna Keller issued the following statement:\n\n\u201cThe harbour will stay open. We owe that to the "
     "town.\u201d\n", ("Anna Keller", "issued", "The harbour will stay open. We owe that to the town.")),
    ('Tom Baker delivered a blunt message to the council: "Stop wasting money on consultants."',
     ("Tom Baker", "delivered", "Stop wasting money on consultants.")),
])
def test_light_verb_statement_noun_and_quote(extractor, text, expected):
    found = [(s.speaker.text if s.speaker else None, s.cue.text if s.cue else None, s.content.text)
             for s in extractor.extract(article(text)).statements]
    assert found == [expected]


@pytest.mark.parametrize("text", [
    "Tom Baker made no mention of the strike.",  # a negation: nothing said
    "Anna Keller gave no reasons for the delay.",
    "The council issued a permit for the new factory.",  # no statement noun
    "Maria Lopez faced questions about the budget.",  # asked of her, not said by her
    "Tom Baker did not issue a statement about the strike.",
    "Tom Baker released a short statement on Saturday night.",  # when, not what
])
def test_no_light_verb_statement(extractor, text):
    assert extractor.extract(article(text)).statements == []


@pytest.mark.parametrize("text, expected", [
    # "X's answer/point/advice is that ...": the possessor says the clause, as with "position"
    ("Anna Keller's answer was that the port would reopen within a week.",
     ("Anna Keller's", "the port would reopen within a week")),  # the model's entity
    ("Tom Baker spoke for an hour. His point was that the council had run out of money.",
     ("His", "the council had run out of money")),
    ("The governor's advice is that residents should stay indoors until the storm passes.",
     ("The governor", "residents should stay indoors until the storm passes")),
])
def test_possessed_statement_noun_before_be(extractor, text, expected):
    found = [(s.speaker.text if s.speaker else None, s.content.text)
             for s in extractor.extract(article(text)).statements]
    assert found == [expected]


@pytest.mark.parametrize("text", [
    "The plan's weakness is that it costs too much.",  # no statement noun
    "The bridge's answer to the flood is that its arches are high.",  # a thing holds no view
])
def test_no_possessed_statement_noun(extractor, text):
    assert extractor.extract(article(text)).statements == []



def test_a_name_after_to_is_no_infinitive_of_the_noun(extractor):
    # the small model reads "to MPs" as an infinitive; the apology says no clause
    text = 'Tom Baker made an "unreserved" apology to MPs on Tuesday evening.'
    assert [s.content.text for s in extractor.extract(article(text)).statements] == []
