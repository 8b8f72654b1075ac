"""Stance edges the rules misread in a BBC hand reading (issue 18, session 16): a wrong holder,
a stance someone else alleges, a harm felt, a scheduling clash, an arrangement judged, a topic
named by "only". Each sentence is written for the test in the manner of the news."""
from __future__ import annotations

import pytest

from stance_helpers import triples

BROWN, BLAIR, HOWARD = "person:gordon-brown", "person:tony-blair", "person:michael-howard"
MILBURN, FALCONER = "person:alan-milburn", "person:falconer"


def test_a_verb_sharing_the_perfect_of_said_has_the_subject_of_said(extractor):
    got = triples(extractor, "Alan Milburn has repeatedly said Gordon Brown was key to the campaign "
                             "and dismissed claims of a rift.")
    assert not any(h == BROWN for _, h, _ in got)
    assert any(h == MILBURN and t.startswith("topic:claim") for _, h, t in got)


@pytest.mark.parametrize("noun", ["claims", "allegations", "reports"])
def test_a_stance_inside_a_claim_is_what_others_allege(extractor, noun):
    got = triples(extractor, f"Gordon Brown faced {noun} that he did not trust Tony Blair.")
    assert not any(h == BROWN and t == BLAIR for _, h, t in got)


def test_a_claim_made_by_its_owner_still_says_his_stance(extractor):
    got = triples(extractor, "Gordon Brown said the Tories opposed ID cards.")
    assert ("OPPOSES", "organization:conservative-party", "topic:id-cards") in got


def test_a_harm_felt_by_the_speaker_is_no_stance_on_its_cause(extractor):
    got = triples(extractor, "Tony Blair said he felt the Iraq war had undermined him.")
    assert not any(h == BLAIR and t.startswith("topic:") for _, h, t in got)


def test_a_harm_done_to_others_is_still_a_charge(extractor):
    got = triples(extractor, "Tony Blair said the Tories had undermined the NHS.")
    assert ("OPPOSES", BLAIR, "organization:conservative-party") in got


def test_a_clash_of_dates_is_no_stance(extractor):
    got = triples(extractor, "Michael Howard timed his speech to clash with a keynote speech by Gordon Brown.")
    assert not any(h == HOWARD for _, h, _ in got)


def test_a_clash_with_a_person_is_still_one(extractor):
    got = triples(extractor, "Michael Howard clashed with Gordon Brown over taxes.")
    assert ("OPPOSES", HOWARD, BROWN) in got


def test_an_arrangement_judged_is_not_against_who_is_in_it(extractor):
    got = triples(extractor, "Betty Boothroyd said it was unacceptable for Lord Falconer to have the role of Speaker.")
    assert not any(t == FALCONER for _, _, t in got)


def test_a_deed_judged_in_an_infinitive_is_still_against_the_doer(extractor):
    got = triples(extractor, "Charles Kennedy said it was wrong for Tony Blair to attack Gordon Brown.")
    assert ("OPPOSES", "person:charles-kennedy", BLAIR) in got


def test_only_is_no_part_of_a_topic(extractor):
    got = triples(extractor, 'Alan Milburn said: "His only strategy is opportunism."')
    assert not any("only" in t for _, _, t in got)
