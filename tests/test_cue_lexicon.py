"""Cue words and phrases grown from PolNeAR train (issue 19, session 19): each group with
sentences written for the test."""
from __future__ import annotations

import pytest

from tests.statement_helpers import extract, one


@pytest.mark.parametrize("text, speaker, said", [
    ("Councillor Ruth Mbeki is eager to reopen the debate over the ferry contract.", "Ruth Mbeki",
     "to reopen the debate over the ferry contract"),
    ("Opposition councillors are eager to hear the mayor's account of the overspend.", "Opposition councillors",
     "to hear the mayor's account of the overspend"),
    ("Several Labour backbenchers were eager to blame the chancellor for the delays at the port.",
     "Several Labour backbenchers", "the chancellor for the delays at the port"),
    ("Governor Ellis was eager to point out that the bridge had opened on time.", "Ellis",
     "the bridge had opened on time"),
])
def test_eagerness_with_an_infinitive_is_a_statement(extractor, text, speaker, said):
    """An infinitive without a cue of its own is what the adjective says; a cue infinitive
    ("blame", "point out") says its own content, with the adjective's subject as speaker."""
    st = one(extractor, text, said)
    assert speaker in st.speaker.text and st.content.text == said


@pytest.mark.parametrize("text", [
    "The mayor was not eager to revisit the parking plan.",  # negated: nothing said
    "The river is quick to flood after heavy rain.",  # a thing, not a person
    "The old pier is eager to collapse into the sea.",  # a thing, not a person
])
def test_an_eager_adjective_negated_or_of_a_thing_is_no_statement(extractor, text):
    assert [st.content.text for st in extract(extractor, text)] == []


@pytest.mark.parametrize("text, speaker, said", [
    # reproach in words
    ("Senator Alma Reyes lambasted the transport board for the late trains.", "Alma Reyes",
     "the transport board for the late trains"),
    ("Chief Constable Dean Hollis scolded the officers who had ignored the new guidance.", "Dean Hollis",
     "the officers who had ignored the new guidance"),
    # praise and publicity
    ("Governor Tim Walz trumpeted the new jobs figures at a rally in Duluth.", "Tim Walz", "the new jobs figures"),
    ("The minister spotlighted the shortage of rural midwives in her speech.", "The minister",
     "the shortage of rural midwives"),
    # writing it down, confessing, refuting
    ("The inspectors documented dozens of safety breaches at the depot.", "The inspectors",
     "dozens of safety breaches at the depot"),
    ("Mr Osei confessed that he had never read the full report.", "Mr Osei", "he had never read the full report"),
    ("The charity refuted the claims made by the council's auditors.", "The charity",
     "the claims made by the council's auditors"),
    # understanding and pondering
    ("Union leaders understand that the mill cannot stay open without a buyer.", "Union leaders",
     "the mill cannot stay open without a buyer"),
    ("Ms Patel understands the frustration of parents who wait months for a school place.", "Ms Patel",
     "the frustration of parents"),
    ("Many residents perceive the toll as a tax on commuters.", "Many residents", "the toll as a tax on commuters"),
])
def test_verbs_of_reproach_praise_record_and_understanding_are_cues(extractor, text, speaker, said):
    st = one(extractor, text, said.split()[1])
    assert speaker in st.speaker.text and said in st.content.text


@pytest.mark.parametrize("text, said", [
    ("The mayor ticked off the projects her council had finished since May.", "the projects her council had finished"),
    ("Ms Reyes rattled off a list of the towns that would get new rail links.", "a list of the towns"),
    ("The defence secretary played up the role of the reserves in the exercise.", "the role of the reserves"),
])
def test_listing_and_boosting_phrases_say_their_object(extractor, text, said):
    assert said in one(extractor, text, said.split()[1]).content.text


@pytest.mark.parametrize("text, speaker, said", [
    ("Mayor Lena Ortiz is upbeat about the prospects of the new library in the harbour district.", "Lena Ortiz",
     "the prospects of the new library in the harbour district"),
    ("Local traders were upset that the council closed the market square for a month.", "Local traders",
     "the council closed the market square for a month"),
    ("Farmers in the valley are wary of any deal that lowers the tariff on imported lamb.", "Farmers",
     "any deal that lowers the tariff on imported lamb"),
    ("Party organisers were frustrated with the slow count in the northern wards.", "Party organisers",
     "the slow count in the northern wards"),
])
def test_a_feeling_about_something_said_with_an_adjective_is_a_statement(extractor, text, speaker, said):
    st = one(extractor, text, said.split()[1])
    assert speaker in st.speaker.text and st.content.text == said


def test_a_feeling_adjective_negated_is_no_statement(extractor):
    assert extract(extractor, "The mayor was not upset that the vote was delayed.") == []


@pytest.mark.parametrize("text, speaker, said", [
    ("In her speech the chancellor touched on the cost of energy for small firms.", "the chancellor",
     "the cost of energy for small firms"),
    ("Mr Banda also touched on the long delays at the passport office.", "Mr Banda",
     "the long delays at the passport office"),
])
def test_a_speaker_touching_on_a_topic_says_it(extractor, text, speaker, said):
    st = one(extractor, text, said.split()[1])
    assert speaker in st.speaker.text and st.content.text == said


@pytest.mark.parametrize("text, speaker, said", [
    ("The health secretary would like to see every clinic open at weekends.", "The health secretary",
     "to see every clinic open at weekends"),
    ("Ms Obi has said that she'd rather wait, but the unions would like to hold a second vote on the budget in March.", "the unions",
     "to hold a second vote on the budget in March"),
])
def test_would_like_to_is_an_intention(extractor, text, speaker, said):
    st = one(extractor, text, said.split()[1] + " " + said.split()[2])
    assert speaker in st.speaker.text and st.content.text == said


def test_liking_without_would_is_no_statement(extractor):
    assert extract(extractor, "Many voters in the county like the new mayor.") == []


@pytest.mark.parametrize("text, speaker, said", [
    # derision and outbursts in words
    ("Mayor Lena Ortiz scoffed at the rival budget drawn up by the greens.", "Lena Ortiz",
     "the rival budget drawn up by the greens"),
    ("Senator Paul Brandt fumed about the delays at the northern border.", "Paul Brandt",
     "the delays at the northern border"),
    # foreseeing
    ("Senator Ama Mensah foreshadowed a long fight over the pension bill.", "Ama Mensah",
     "a long fight over the pension bill"),
    # asking
    ("Two Labour MPs inquired about the cost of the new aircraft carriers.", "Two Labour MPs",
     "the cost of the new aircraft carriers"),
])
def test_derision_foresight_and_asking_verbs_are_cues(extractor, text, speaker, said):
    st = one(extractor, text, said)
    assert speaker in st.speaker.text and st.content.text == said


@pytest.mark.parametrize("text, speaker, said", [
    ("Senator Maria Cole spoke out against the new tariffs on steel.", "Maria Cole", "the new tariffs on steel"),
    ("Republicans pounced on the governor's remarks about the pension fund.", "Republicans",
     "the governor's remarks about the pension fund"),
    ("Senator Maria Cole ripped into the budget office over its forecasts.", "Maria Cole",
     "the budget office over its forecasts"),
    ("The mayor hit back at critics of the bus lane scheme.", "The mayor", "critics of the bus lane scheme"),
    ("Senator Maria Cole chimed in on the debate over school meals.", "Maria Cole", "the debate over school meals"),
])
def test_attacks_and_replies_with_a_preposition_are_cues(extractor, text, speaker, said):
    st = one(extractor, text, said)
    assert speaker in st.speaker.text and st.content.text == said


def test_a_blow_that_is_no_words_is_no_statement(extractor):
    assert extract(extractor, "The storm hit the coast on Monday night.") == []


@pytest.mark.parametrize("text, speaker, said", [
    ("Senator Maria Cole is doubtful that the spending bill will pass before the recess.", "Maria Cole",
     "the spending bill will pass before the recess"),
    ("The finance minister was pessimistic about the trade talks with Beijing.", "The finance minister",
     "the trade talks with Beijing"),
    ("Mayor Lena Ortiz has been vocal about the cuts to the library budget.", "Lena Ortiz",
     "the cuts to the library budget"),
    ("The governor was emphatic that no new taxes would be raised.", "The governor", "no new taxes would be raised"),
])
def test_conviction_and_outspokenness_adjectives_are_cues(extractor, text, speaker, said):
    st = one(extractor, text, said)
    assert speaker in st.speaker.text and st.content.text == said
