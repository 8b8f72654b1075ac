"""Stance from statements, session 16 (issue 18): the narrow verdicts a statement passes on
the subject of its content -- a deed judged ("has done a good job", "made the wrong
decision"), a credit denied ("their sums do not add up", "cannot be trusted"), a fault named
by a verb and its object ("turned its back on"). Sentences written for these tests in the
manner of BBC politics news (none copied from a corpus)."""
from __future__ import annotations

import pytest

from stance_helpers import stance_edges, triples

BROWN, BLAIR, HOWARD = "person:gordon-brown", "person:tony-blair", "person:michael-howard"
KENNEDY, LABOUR = "person:charles-kennedy", "organization:labour-party"
TORIES, LIBDEMS = "organization:conservative-party", "organization:liberal-democrats"


@pytest.mark.parametrize("text, expected", [
    # a predicate-only word on the deed a light verb's subject did
    ("Tony Blair said Gordon Brown had done a good job.", ("SUPPORTS", BLAIR, BROWN)),
    ("Charles Kennedy said Tony Blair had made the wrong decision over the war.", ("OPPOSES", KENNEDY, BLAIR)),
    ("Gordon Brown said Tony Blair had done the right thing.", ("SUPPORTS", BROWN, BLAIR)),
])
def test_a_deed_judged_is_a_stance_toward_its_doer(extractor, text, expected):
    assert expected in triples(extractor, text)


@pytest.mark.parametrize("text", [
    # a forecast or advice judges no deed done
    "Michael Howard said Tony Blair should do the right thing and resign.",
    "Charles Kennedy said Gordon Brown would make the right decision on pensions.",
    # "good" on a thing that is no deed
    "Tony Blair said Gordon Brown had a good week.",
])
def test_no_deed_judged(extractor, text):
    assert not triples(extractor, text)


def test_a_deed_forecast_with_a_curly_apostrophe_is_none_done(extractor):
    text = ("Charles Kennedy praised Gordon Brown. \u201cI am sure he\u2019ll make the right call,\u201d "
            "Mr Kennedy said.")
    assert not [r for r in stance_edges(extractor, text) if r.cue == "right"]


@pytest.mark.parametrize("text, expected", [
    # a credit denied to the subject or to its owner: "their sums do not add up"
    ("Gordon Brown said the Conservatives' spending figures did not add up.", ("OPPOSES", BROWN, TORIES)),
    ("Charles Kennedy said the Conservatives could not be trusted with the health service.",
     ("OPPOSES", KENNEDY, TORIES)),
])
def test_a_credit_denied_is_a_stance_against(extractor, text, expected):
    assert expected in triples(extractor, text)


@pytest.mark.parametrize("text", [
    # granted, the credit is no verdict ("making his budgets add up" is a challenge)
    "Liam Fox said Charles Kennedy should make his budgets add up.",
    "Michael Howard said Labour could be trusted to hold a referendum.",
])
def test_a_credit_granted_says_nothing(extractor, text):
    assert not triples(extractor, text)


@pytest.mark.parametrize("text, expected", [
    # a fault named by the verb's object: "turned its back on"
    ("Tony Blair said the Liberal Democrats had turned their back on working families.", ("OPPOSES", BLAIR, LIBDEMS)),
    # "let ... down" with the particle after its object, which the parser hangs as a clause
    ("Michael Howard said Labour had let the pensioners down.", ("OPPOSES", HOWARD, LABOUR)),
    # a lost confidence
    ("Charles Kennedy said Labour had lost the confidence of the public.", ("OPPOSES", KENNEDY, LABOUR)),
])
def test_a_fault_named_by_its_object(extractor, text, expected):
    assert expected in triples(extractor, text)


def test_turning_back_is_no_fault(extractor):
    assert not triples(extractor, "Tony Blair said the navy had turned back the boats.")


@pytest.mark.parametrize("text, expected", [
    # words of judgement said of what an actor owns, or of the actor
    ("Charles Kennedy said Michael Howard's promises on tax were worthless.", ("OPPOSES", KENNEDY, HOWARD)),
    ("Alan Milburn said the Conservatives' spending plans were entirely uncosted.", ("OPPOSES", "person:alan-milburn", TORIES)),
    ("Michael Howard said Gordon Brown's approach to pensions was corrosive.", ("OPPOSES", HOWARD, BROWN)),
    # a denied praise: "not being straight about"
    ("Michael Howard said the Liberal Democrats were not being straight about their tax plans.",
     ("OPPOSES", HOWARD, LIBDEMS)),
    ("Gordon Brown said he did not think Michael Howard was strong enough to unite his party.",
     ("OPPOSES", BROWN, HOWARD)),
    # a fault named by the object of "lack"
    ("Tony Blair said the Conservatives lacked the vision to reform the health service.", ("OPPOSES", BLAIR, TORIES)),
])
def test_words_of_judgement(extractor, text, expected):
    assert expected in triples(extractor, text)


@pytest.mark.parametrize("text", [
    # "straight" and "strong" judge only as predicates
    "Tony Blair said Labour had won a third straight victory in the town.",
    # a lack of means is no fault
    "Gordon Brown said the councils lacked the money to repair the schools.",
])
def test_no_judgement(extractor, text):
    assert not triples(extractor, text)


@pytest.mark.parametrize("text, expected", [
    # every subject of a coordination
    ("Michael Howard said Tony Blair and Gordon Brown had failed the country.", ("OPPOSES", HOWARD, BROWN)),
    ("Michael Howard said Labour and the Liberal Democrats had been dishonest about taxes.",
     ("OPPOSES", HOWARD, LIBDEMS)),
    # the one a relative pronoun stands for
    ("Michael Howard said Tony Blair, who had failed the country, should resign.", ("OPPOSES", HOWARD, BLAIR)),
])
def test_a_verdict_reaches_every_subject(extractor, text, expected):
    assert expected in triples(extractor, text)


def test_no_charge_when_the_speaker_is_among_the_subjects(extractor):
    text = '"It would be foolish if we or the Conservatives ignored the warning," Tony Blair said.'
    assert ("OPPOSES", BLAIR, TORIES) not in triples(extractor, text)


@pytest.mark.parametrize("text, expected", [
    ("Charles Kennedy said the plan showed Labour's authoritarian instincts.", ("OPPOSES", KENNEDY, LABOUR)),
    ('"It was a cynical manoeuvre by the Liberal Democrats," Alan Milburn said.',
     ("OPPOSES", "person:alan-milburn", LIBDEMS)),
    ("Michael Howard said the Labour government had become bossy and interfering.", ("OPPOSES", HOWARD, LABOUR)),
    ("Michael Howard said the pledge card was a cheap stunt by Labour.", ("OPPOSES", HOWARD, LABOUR)),
    # a verb of giving way said of its subject
    ("Michael Howard said Tony Blair was surrendering British powers over asylum.", ("OPPOSES", HOWARD, BLAIR)),
])
def test_more_words_of_judgement(extractor, text, expected):
    assert expected in triples(extractor, text)


def test_a_verdict_on_a_noun_that_is_no_position_names_no_topic(extractor):
    text = '"It was a cynical manoeuvre by the Liberal Democrats," Alan Milburn said.'
    assert not [r for r in stance_edges(extractor, text) if r.target.startswith("topic:")]


def test_surrendering_oneself_is_no_fault(extractor):
    text = "The police said Mr Santos, who surrendered after a long stand-off, had been arrested."
    assert not triples(extractor, text)


@pytest.mark.parametrize("text, expected", [
    # a fault in the passive is the agent's
    ("Michael Howard said pensioners had been neglected by Tony Blair.", ("OPPOSES", HOWARD, BLAIR)),
    ("Charles Kennedy said voters had been misled by Tony Blair over the war.", ("OPPOSES", KENNEDY, BLAIR)),
    # a second predicate of a coordination is said of the same subject
    ("Michael Howard said Gordon Brown's pension reforms were hasty and reckless.", ("OPPOSES", HOWARD, BROWN)),
    ("Charles Kennedy said the early election was a serious misjudgement by Tony Blair.", ("OPPOSES", KENNEDY, BLAIR)),
])
def test_passive_faults_and_coordinated_predicates(extractor, text, expected):
    assert expected in triples(extractor, text)


@pytest.mark.parametrize("text", [
    # the victim of a fault is not its doer
    "Michael Howard said Parliament may have been misled.",
    # a denial reaches every predicate of the coordination
    "Michael Howard said Gordon Brown's pension reforms were not hasty and reckless.",
])
def test_no_passive_victim_and_denied_coordination(extractor, text):
    assert not triples(extractor, text)


@pytest.mark.parametrize("text, expected", [
    # a group of people a common noun names, and members in the plural standing for their party
    ("Michael Howard said ministers had failed the pensioners.", ("OPPOSES", HOWARD, "group:ministers")),
    ("Michael Howard said Labour MPs had failed the pensioners.", ("OPPOSES", HOWARD, LABOUR)),
])
def test_a_verdict_on_a_group(extractor, text, expected):
    assert expected in triples(extractor, text)


@pytest.mark.parametrize("text", [
    # "worse off" says what happens to people, not what they are
    "Michael Howard said families would be worse off under Labour.",
    # a harm that could happen is no charge
    "Liam Fox said the Law Society could exploit the new rules.",
    # a group named with the word is named, not judged
    "Michael Howard said the money would never reach extremist groups.",
])
def test_no_verdict_on_a_group(extractor, text):
    assert not triples(extractor, text)


@pytest.mark.parametrize("text, expected", [
    # praise on the noun a person is named as: a choice, a candidate
    ('"Gordon Brown is the right choice," Tony Blair said.', ("SUPPORTS", BLAIR, BROWN)),
    ("Charles Kennedy said Gordon Brown was a decent and moral man.", ("SUPPORTS", KENNEDY, BROWN)),
    ("Michael Howard said he did not think Tony Blair was the best candidate.", ("OPPOSES", HOWARD, BLAIR)),
    # a claim judged false is against its owner
    ("Charles Kennedy said Michael Howard's claims were untrue.", ("OPPOSES", KENNEDY, HOWARD)),
    ("Michael Howard said Tony Blair's claims were false.", ("OPPOSES", HOWARD, BLAIR)),
    ("Michael Howard said Gordon Brown was guilty of a serious error.", ("OPPOSES", HOWARD, BROWN)),
])
def test_praise_and_blame_on_the_person(extractor, text, expected):
    assert expected in triples(extractor, text)


@pytest.mark.parametrize("text", [
    # a plea reported is no verdict of the one reporting it
    "Charles Kennedy said Gordon Brown had pleaded guilty to speeding.",
    # "false" before a noun that is no one's claim
    "Tony Blair said the figures gave a false picture of the economy.",
])
def test_no_verdict_in_a_report(extractor, text):
    assert not triples(extractor, text)


@pytest.mark.parametrize("text, expected", [
    # faults named by the object: words twisted, an eye taken off
    ("Michael Howard said Tony Blair had misrepresented his words.", ("OPPOSES", HOWARD, BLAIR)),
    ("Charles Kennedy said Gordon Brown had taken his eye off the ball.", ("OPPOSES", KENNEDY, BROWN)),
])
def test_more_faults_named_by_the_object(extractor, text, expected):
    assert expected in triples(extractor, text)
