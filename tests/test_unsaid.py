"""Cue words in shapes where nothing is said (stancegraph.loaders.extract.unsaid), session 18:
sentences written in the style of news, one per shape."""
from __future__ import annotations

import pytest

from stancegraph.graph.model import Article


def contents(extractor, text: str) -> list[str]:
    return [st.content.text for st in extractor.extract(Article(id=Article.make_id(text), text=text)).statements]


@pytest.mark.parametrize("text", [
    "Senator Ruth Calder seemed to be of two minds about the pipeline at the hearing.",
    "Mr. Okafor appeared to have much to lose from the recount.",
    "The governor seems to have lost his footing in the northern counties.",
])
def test_seeming_to_do_something_is_the_writers_impression(extractor, text):
    # "seemed to be of two minds", "appeared to have much to lose": how a person
    # looked to the writer, nothing the person said or claimed
    assert contents(extractor, text) == []


@pytest.mark.parametrize("text, said", [
    ("Senator Ruth Calder seemed to suggest that the pipeline would be delayed.",
     "that the pipeline would be delayed"),
    ("Mr. Okafor appeared to blame the county clerk for the delay.", "the county clerk for the delay"),
])
def test_seeming_to_say_something_still_reports_it(extractor, text, said):
    assert any(said in c for c in contents(extractor, text)), contents(extractor, text)


@pytest.mark.parametrize("text", [
    "Maria Lopez, a pollster who advises the Democratic caucus, spent the weekend in Ohio.",
    "Tom Baker advised Senator Ruth Calder on trade policy for three years.",
    "The bank is advising Northwind Energy on its sale to a rival.",
])
def test_advising_a_client_is_a_job_not_a_statement(extractor, text):
    # "a pollster who advises the caucus", "advised X on trade": whom one works for,
    # no advice given in the story
    assert contents(extractor, text) == []


@pytest.mark.parametrize("text, said", [
    ("Tom Baker advised the senator to vote against the bill.", "to vote against the bill"),
    ("Health officials advised that residents should boil their water.", "residents should boil their water"),
])
def test_advice_with_its_message_is_a_statement(extractor, text, said):
    assert any(said in c for c in contents(extractor, text)), contents(extractor, text)


@pytest.mark.parametrize("text, unsaid", [
    ("The harbour strike began in March, Mr. Baker said in his 2014 memoir, ''A Harbour Life.''", "Harbour Life"),
    ("The council kept its promise, Maria Lopez said on CBS's ''Morning Harbour.''", "Morning Harbour"),
    ("In her new book, ''Roads to Nowhere,'' Maria Lopez wrote that the budget was a fraud.", "Roads to Nowhere"),
])
def test_a_title_after_a_possessive_or_a_work_noun_is_not_what_was_said(extractor, text, unsaid):
    # the parser often makes a quoted title the object or clause of "said": the noun or
    # possessive just before it ("his memoir", "CBS's") shows it names a work
    found = contents(extractor, text)
    assert not any(unsaid in c for c in found), found


@pytest.mark.parametrize("text, said", [
    ("That said, the mayor still faces a difficult race in the northern wards.", []),
    ("That said, Maria Lopez said the council would cut the budget.", ["the council would cut the budget"]),
])
def test_that_said_is_a_connective(extractor, text, said):
    # "That said, ...": the writer turning to a contrast, no one speaking
    assert contents(extractor, text) == said


def test_a_contrasting_report_after_while_is_not_part_of_the_first(extractor):
    # "..., while a third want ...": another subject's view in the writer's contrast
    # clause, a statement of its own, not the end of the first one
    text = "About half of voters said they prefer an outsider, while a third want a candidate with experience."
    assert "they prefer an outsider" in contents(extractor, text)


@pytest.mark.parametrize("text, unsaid", [
    ("Farmers are bracing for a drought that threatened to ruin the harvest.", "to ruin the harvest"),
    ("Shops on Main Street closed early after a slump in sales that suggests the downtown recovery has stalled.",
     "the downtown recovery has stalled"),
    ("It was a rally that showed how far the movement had come.", "how far the movement had come"),
])
def test_a_relative_that_speaks_for_no_one(extractor, text, unsaid):
    # "a drought that threatened to ...", "a slump that suggests ...": the relative "that"
    # stands for a thing or an event, which says nothing; "who" and "which" keep their rows
    assert not any(unsaid in c for c in contents(extractor, text)), contents(extractor, text)


def test_a_relative_who_still_speaks(extractor):
    text = "Ruth Calder, who said the bridge would reopen in May, left the meeting early."
    assert any("the bridge would reopen in May" in c for c in contents(extractor, text))


@pytest.mark.parametrize("text, unsaid", [
    ("Maria Lopez, who is challenging Senator Tom Reed for his seat, held a rally in Dayton.", "Senator Tom Reed"),
    ("Two lawsuits challenging the new voting law were filed in federal court on Monday.", "the new voting law"),
])
def test_a_challenger_described_in_a_modifier_says_nothing(extractor, text, unsaid):
    # "who is challenging X for his seat", "lawsuits challenging the law": a contest for a
    # seat or in court, told as what describes the challenger, is no statement
    assert not any(unsaid in c for c in contents(extractor, text)), contents(extractor, text)


def test_a_challenge_as_the_clause_verb_still_reports(extractor):
    text = "Senator Tom Reed challenged the governor to release the audit."
    assert any("the governor" in c for c in contents(extractor, text)), contents(extractor, text)


def test_a_sentence_going_on_with_had_of_possession_is_the_writers(extractor):
    # "And the county had a surplus": "had" as the main verb owns something; only the
    # auxiliary ("had been", "had to") backshifts reported speech
    text = "Senator Ruth Calder said the bridge would be rebuilt. And the county had a budget surplus of $2 million."
    assert not any("budget surplus" in c for c in contents(extractor, text)), contents(extractor, text)
