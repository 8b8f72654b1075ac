"""Stances that are no one's held position (issue 18, precision second pass): a stance inside
a claim someone investigates, denies or calls wrong, and taking up a technology. Sentences
written for the tests in the manner of the news (none copied from a corpus)."""
from __future__ import annotations

import pytest


from stance_helpers import triples

BROWN, KENNEDY = "person:gordon-brown", "person:charles-kennedy"


def _held_by(extractor, text: str, holder: str) -> set:
    return {t for t in triples(extractor, text) if t[1] == holder}


@pytest.mark.parametrize("text", [
    # the claim a programme looks into is not the holder's stance
    "Charles Kennedy spoke on Monday. The programme investigated claims that Charles Kennedy was "
    "attacking Gordon Brown over the budget.",
    "Charles Kennedy spoke on Monday. Police are examining allegations that Mr Kennedy had "
    "attacked Gordon Brown in a private letter.",
    # a report the speaker calls wrong
    'Charles Kennedy spoke on Monday. "The papers were wrong when they said Mr Kennedy was '
    'attacking Gordon Brown," his aide said.',
    "Charles Kennedy spoke on Monday. It is untrue that Mr Kennedy criticised Gordon Brown, "
    "his spokesman said.",
    "Charles Kennedy spoke on Monday. The papers falsely claimed that Mr Kennedy had criticised "
    "Gordon Brown.",
    "Charles Kennedy spoke on Monday. Claims that Mr Kennedy attacked Gordon Brown were denied by his aides.",
    "Charles Kennedy spoke on Monday. Reports that Mr Kennedy had attacked Gordon Brown are untrue, his aide said.",
    "Charles Kennedy spoke on Monday. His aide dismissed as nonsense reports that Mr Kennedy had attacked Gordon Brown.",
])
def test_a_stance_inside_a_contested_claim_is_not_held(extractor, text):
    assert not _held_by(extractor, text, KENNEDY)


def test_a_claim_made_and_not_contested_still_gives_the_stance(extractor):
    text = "Charles Kennedy spoke on Monday. Mr Kennedy attacked Gordon Brown over the budget."
    assert ("OPPOSES", KENNEDY, BROWN) in triples(extractor, text)


@pytest.mark.parametrize("text", [
    # taking up a technology or a practice is adoption, no position on an issue
    "Michael Howard spoke on Monday. Michael Howard is embracing online banking as never before.",
])
def test_embracing_a_technology_is_no_stance(extractor, text):
    assert not [t for t in triples(extractor, text) if t[2].startswith("topic:")]


@pytest.mark.parametrize("text, target", [
    ("Michael Howard spoke on Monday. Michael Howard embraced the plans for ID cards.", "topic:id-cards"),
    ("Michael Howard spoke on Monday. Michael Howard embraced Tony Blair.", "person:tony-blair"),
])
def test_embracing_a_plan_or_a_person_is_still_support(extractor, text, target):
    assert ("SUPPORTS", "person:michael-howard", target) in triples(extractor, text)


@pytest.mark.parametrize("text, topic", [
    # the parser can split "e-voting" into three objects; the topic keeps the whole word
    ("Tony Blair spoke on Monday. Tony Blair has backed e-voting in general elections.",
     "topic:e-voting-in-general-election"),
    ("Tony Blair 'backs e-voting'\n\nTony Blair spoke on Monday.", "topic:e-voting"),
])
def test_a_hyphenated_word_is_never_cut_into_a_topic(extractor, text, topic):
    targets = {t for _, s, t in triples(extractor, text) if s == "person:tony-blair"}
    assert targets == {topic}


def test_a_preposition_after_another_phrasal_verb_is_no_stance(extractor):
    # "went back on his promise after ...": not "went after" (someone)
    text = ("Tony Blair spoke on Monday. Tony Blair went back on his promise after pressure from "
            "Gordon Brown.")
    assert not [t for t in triples(extractor, text) if t[1] == "person:tony-blair"]


@pytest.mark.parametrize("text", [
    "Tony Blair spoke on Monday. Tony Blair went after Michael Howard over his tax plans.",
    # the particle is the cue's own
    "Tony Blair spoke on Monday. Tony Blair hit back at Michael Howard over his tax plans.",
])
def test_going_after_someone_is_still_opposition(extractor, text):
    assert ("OPPOSES", "person:tony-blair", "person:michael-howard") in triples(extractor, text)


def test_people_picked_out_by_a_who_clause_are_no_topic(extractor):
    # cut from "who have objected to the plans", the officers would read as the target
    text = ("Tony Blair spoke on Monday. Tony Blair said he did not agree with councillors and chief "
            "constables who have opposed the plans.")
    assert not [t for t in triples(extractor, text) if t[2].startswith("topic:")]


def test_a_count_is_no_topic(extractor):
    # "one of the two hunts": a number heads the phrase and names no one thing
    text = "Michael Howard spoke on Monday. Michael Howard criticised one of the two hunts on Saturday."
    assert not [t for t in triples(extractor, text) if t[2].startswith("topic:")]


def test_a_sum_is_still_a_topic(extractor):
    text = "Michael Howard spoke on Monday. Michael Howard called for as much as £2 billion in school spending."
    assert [t for t in triples(extractor, text) if t[2].startswith("topic:")]


@pytest.mark.parametrize("text", [
    # no one is sure of it: no stance held (session 16)
    "Charles Kennedy spoke on Monday. There is no guarantee that Mr Kennedy will back Gordon Brown.",
    "Charles Kennedy spoke on Monday. There is no guarantee Mr Kennedy will vote for Gordon Brown this time.",
])
def test_a_stance_nobody_can_guarantee_is_not_held(extractor, text):
    assert not _held_by(extractor, text, KENNEDY)
