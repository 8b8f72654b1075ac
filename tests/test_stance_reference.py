"""A bare "the plans", "the bill", "the scheme" toward the issue the article named before (issue
18, BBC politics): sentences written for the test in the manner of BBC political news."""
from __future__ import annotations

import pytest


from stance_helpers import triples

LIB_DEMS, KENNEDY = "organization:liberal-democrats", "person:charles-kennedy"
ID_CARDS = "topic:id-cards"


@pytest.mark.parametrize("text, expected", [
    # "the bill" after "plans to introduce ID cards": another plan word for the same issue
    ("Ministers unveiled plans to introduce ID cards on Monday. The Liberal Democrats will oppose the bill.",
     ("OPPOSES", LIB_DEMS, ID_CARDS)),
    # "the plans" after "the ID cards bill"
    ("Labour MPs may rebel over the ID cards bill. The Liberal Democrats oppose the plans.",
     ("OPPOSES", LIB_DEMS, ID_CARDS)),
    # plans named only with their owner say nothing: the ones before them, named with the issue
    ("Ministers unveiled plans for ID cards on Monday. Michael Howard said the government's plans were costly. "
     "The Liberal Democrats oppose the plans.", ("OPPOSES", LIB_DEMS, ID_CARDS)),
    # the nearest proposals named with their content, not older plans
    ("Ministers unveiled plans for ID cards on Monday. The Tories published proposals for a council tax cut. "
     "The Liberal Democrats oppose the proposals.", ("OPPOSES", LIB_DEMS, "topic:council-tax-cut")),
])
def test_a_bare_plan_word_is_the_issue_named_before(extractor, text, expected):
    assert expected in triples(extractor, text)


def test_a_plan_word_of_another_kind_just_before_when_it_is_a_verb_argument(extractor):
    # "the proposals" after "backed a plan to freeze ...", neither in the headline nor the first sentence
    text = ("Blair pledges more tsunami aid\n\nTony Blair said aid would rise sharply. Gordon Brown backed a plan "
            "to freeze the debts of the affected nations. Michael Howard also backed the proposals.")
    assert {t[2] for t in triples(extractor, text) if t[:2] == ("SUPPORTS", "person:michael-howard")} \
        == {"topic:plan-to-freeze-the-debt-of-the-affected-nation"}


@pytest.mark.parametrize("text, expected", [
    ("Ministers will publish the EU constitution on Monday. Charles Kennedy, who backs the constitution, "
     "spoke in Bath.", ("SUPPORTS", KENNEDY, "topic:eu-constitution")),
    ("Tony Blair defended the Iraq war on Monday. Charles Kennedy, who opposed the war, spoke in Bath.",
     ("OPPOSES", KENNEDY, "topic:iraq-war")),
])
def test_a_bare_issue_noun_is_the_issue_named_before(extractor, text, expected):
    assert expected in triples(extractor, text)


def test_a_bare_plan_word_with_nothing_before_is_the_headline_issue(extractor):
    text = ("Kennedy steps up ID cards fight\n\nCharles Kennedy spoke in Bath on Friday. "
            "The Liberal Democrats oppose the plans.")
    assert ("OPPOSES", LIB_DEMS, ID_CARDS) in triples(extractor, text)


@pytest.mark.parametrize("text", [
    # no plan named before and no issue in the headline: nothing
    "Kennedy on tour\n\nCharles Kennedy spoke in Bath on Friday. The Liberal Democrats oppose the plans.",
    # another kind of thing named before ("changes they want") is no plan
    "Kennedy on tour\n\nThe Tories want changes to the rules. The Liberal Democrats oppose the plans.",
])
def test_a_bare_plan_word_with_no_issue_before_gives_no_topic(extractor, text):
    assert not [t for t in triples(extractor, text) if t[1] == LIB_DEMS and t[2].startswith("topic:")]


def test_the_bill_is_the_one_bill_the_article_names(extractor):
    # "the bill" far from its name: the one bill the article named with a proper name
    filler = "Peers spent the afternoon on other business. " * 30
    text = ("MPs debate living wills\n\nMPs will debate the Mental Capacity Bill on Monday. " + filler
            + "The British Medical Association backs the bill.")
    found = {t for t in triples(extractor, text) if t[0] == "SUPPORTS"}
    assert found and all("mental-capacity-bill" in t[2] for t in found)


def test_the_bill_is_nothing_when_the_article_names_two_bills(extractor):
    filler = "Peers spent the afternoon on other business. " * 30
    text = ("MPs debate two bills\n\nMPs will debate the Mental Capacity Bill and the Gambling Bill on Monday. "
            + filler + "The British Medical Association backs the bill.")
    assert not {t for t in triples(extractor, text) if t[0] == "SUPPORTS"}
