"""Stance nouns with no owner whose holder the grammar gives (issue 18): a stance phrase on a
clause ("in a swipe at"), a stance received ("came under fire from", "won the backing of"), a
light verb with its own preposition ("heaped praise on"). Sentences written for the test."""
from __future__ import annotations

import pytest

from stance_helpers import triples

BROWN, BLAIR, HOWARD = "person:gordon-brown", "person:tony-blair", "person:michael-howard"
KENNEDY = "person:charles-kennedy"
LIB_DEMS, TORIES = "organization:liberal-democrats", "organization:conservative-party"
LABOUR = "organization:labour-party"


@pytest.mark.parametrize("text, expected", [
    # a stance phrase on a clause: the clause's subject holds it
    ("Michael Howard spoke out on Tuesday, in a swipe at Tony Blair.", ("OPPOSES", HOWARD, BLAIR)),
    ("Charles Kennedy wrote to the newspaper in an attack on Gordon Brown.", ("OPPOSES", KENNEDY, BROWN)),
    ("Charles Kennedy spoke at the rally in support of Gordon Brown.", ("SUPPORTS", KENNEDY, BROWN)),
    ("The Liberal Democrats voted with the Tories in defiance of Tony Blair.", ("OPPOSES", LIB_DEMS, BLAIR)),
    ("Charles Kennedy left the meeting in protest at Michael Howard.", ("OPPOSES", KENNEDY, HOWARD)),
    ("Michael Howard opened the conference with an attack on Tony Blair.", ("OPPOSES", HOWARD, BLAIR)),
    # "on" a thing someone owns is on its owner
    ("Michael Howard opened the debate with an attack on Labour's tax plans.", ("OPPOSES", HOWARD, LABOUR)),
])
def test_a_stance_phrase_on_a_clause(extractor, text, expected):
    assert expected in triples(extractor, text)


@pytest.mark.parametrize("text, expected", [
    # a stance received: the one it comes from holds it, the subject is its target
    ("Tony Blair came under fire from Michael Howard.", ("OPPOSES", HOWARD, BLAIR)),
    ("Gordon Brown faced criticism from Charles Kennedy over the budget.", ("OPPOSES", KENNEDY, BROWN)),
    ("Tony Blair drew fierce criticism from Michael Howard.", ("OPPOSES", HOWARD, BLAIR)),
    ("Gordon Brown won the backing of Charles Kennedy.", ("SUPPORTS", KENNEDY, BROWN)),
    ("Tony Blair has the support of Gordon Brown.", ("SUPPORTS", BROWN, BLAIR)),
    ("Gordon Brown experienced hostility from Charles Kennedy.", ("OPPOSES", KENNEDY, BROWN)),
    ("Charles Kennedy won the seat with the backing of Gordon Brown.", ("SUPPORTS", BROWN, KENNEDY)),
    ("Gordon Brown's plans have met with opposition from Charles Kennedy.", ("OPPOSES", KENNEDY, BROWN)),
])
def test_a_stance_received(extractor, text, expected):
    assert expected in triples(extractor, text)


@pytest.mark.parametrize("text, expected", [
    # a light verb whose preposition is its own
    ("Charles Kennedy heaped praise on Gordon Brown.", ("SUPPORTS", KENNEDY, BROWN)),
    ("Charles Kennedy threw his support behind Gordon Brown.", ("SUPPORTS", KENNEDY, BROWN)),
])
def test_a_light_verb_with_its_own_preposition(extractor, text, expected):
    assert expected in triples(extractor, text)


@pytest.mark.parametrize("text, ends", [
    # not won, no support (a does-not-support at most); a victim of an attack holds nothing
    ("Gordon Brown did not win the backing of Charles Kennedy.", (KENNEDY, BROWN)),
    ("Tony Blair was not hurt in an attack on Michael Howard.", (BLAIR, HOWARD)),
    # support of an idea is not the one who has it
    ("Charles Kennedy had the support of the party for the plan.", (KENNEDY, LIB_DEMS)),
])
def test_no_stance(extractor, text, ends):
    assert not {t for t in triples(extractor, text) if t[1:] == ends and t[0] != "DOES_NOT_SUPPORT"}


@pytest.mark.parametrize("text", [
    # the protest is at what was done to the homes, not at them
    "The Liberal Democrats walked out in protest at village schools being closed by the council.",
    # an event that won praise says little of who praised whom
    "The statement on Tuesday won praise from the Liberal Democrats.",
])
def test_no_stance_toward_a_thing_in_an_event(extractor, text):
    assert not {t for t in triples(extractor, text) if t[1] == LIB_DEMS}


def test_two_pronouns_guessed_at_in_one_clause_say_too_little(extractor):
    assert not {t for t in triples(extractor, "Gordon Brown spoke after Tony Blair. He lavished praise on him.")
                if t[0] == "SUPPORTS"}


@pytest.mark.parametrize("text, ends", [
    # "with the backing of" names who backs, not what is backed
    ("Charles Kennedy won the seat with the backing of Gordon Brown.", (KENNEDY, BROWN)),
    # "on" a place is where the attack was made; "in contempt of" is a charge
    ("Michael Howard spoke in a fierce attack on the Commons floor.", (HOWARD, "topic:commons-floor")),
    ("The Liberal Democrats held Tony Blair in contempt of Parliament.", (LIB_DEMS, "organization:uk-parliament")),
])
def test_no_stance_from_a_phrase_that_names_no_target(extractor, text, ends):
    assert not {t for t in triples(extractor, text) if t[1:] == ends}


@pytest.mark.parametrize("text, expected", [
    # a stance answered: its owner holds it toward the one who answers
    ("Tony Blair rejected the Conservative attack on Monday.", ("OPPOSES", TORIES, BLAIR)),
    ("Replying to Charles Kennedy's criticisms, Tony Blair said the plans were fair.", ("OPPOSES", KENNEDY, BLAIR)),
    ("Gordon Brown hit back at Tory criticism.", ("OPPOSES", TORIES, BROWN)),
])
def test_a_stance_answered(extractor, text, expected):
    assert expected in triples(extractor, text)


def test_an_answered_stance_with_its_own_target_is_not_on_the_one_who_answers(extractor):
    text = "Gordon Brown rejected Michael Howard's attack on Charles Kennedy."
    assert ("OPPOSES", HOWARD, BROWN) not in triples(extractor, text)


def test_an_attack_answered_for_another_is_not_on_the_one_who_answers(extractor):
    text = "Sarah Jones, a spokeswoman for Tony Blair, dismissed Michael Howard's attacks."
    assert ("OPPOSES", HOWARD, "person:sarah-jones") not in triples(extractor, text)
