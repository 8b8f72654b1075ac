"""Stances held by a majority share of a group ("Two-thirds of Republican voters support ...")
and "prefer" as a stance verb (session 19). Sentences written for the tests in the manner of
election news; none is copied from a corpus."""
from __future__ import annotations

import pytest

from stance_helpers import triples

ORTIZ, REED = "person:jane-ortiz", "person:tom-reed"


@pytest.mark.parametrize("text, expected", [
    # a majority share of a group holds the group's stance
    ("Two-thirds of Republican voters now support Senator Jane Ortiz, the poll found.",
     ("SUPPORTS", "group:republican-voters", ORTIZ)),
    ("A clear majority of Democrats oppose Governor Tom Reed.", ("OPPOSES", "group:democrats", REED)),
    ("In the survey, 62 percent of union workers opposed Governor Tom Reed.", ("OPPOSES", "group:union-workers", REED)),
    ("About 60 percent of Democratic voters support Senator Jane Ortiz.",
     ("SUPPORTS", "group:democratic-voters", ORTIZ)),
])
def test_majority_share_holds_for_the_group(extractor, text, expected):
    assert expected in triples(extractor, text)


@pytest.mark.parametrize("text", [
    # a minority share is not the group's stance
    "About 30 percent of Democratic voters support Senator Jane Ortiz.",
    "Half of Republican voters support Senator Jane Ortiz.",
])
def test_minority_share_holds_nothing(extractor, text):
    assert not {t for t in triples(extractor, text) if t[1].startswith("group:")}


def test_share_holder_span_names_the_group(extractor):
    from stance_helpers import stance_edges
    (edge,) = stance_edges(extractor, "In the survey, 62 percent of union workers opposed Governor Tom Reed.")
    assert edge.holder_span.text == "62 percent of union workers"


@pytest.mark.parametrize("text, expected", [
    # preferring someone is being for them (over the one compared)
    ("Most union workers in the state prefer Senator Jane Ortiz to Governor Tom Reed.",
     ("SUPPORTS", "group:union-workers", ORTIZ)),
    ("Governor Tom Reed said on Monday that he preferred Senator Jane Ortiz.", ("SUPPORTS", REED, ORTIZ)),
])
def test_prefer_is_a_stance_verb(extractor, text, expected):
    assert expected in triples(extractor, text)


def test_prefer_with_an_infinitive_holds_nothing(extractor):
    assert not triples(extractor, "Governor Tom Reed prefers to stay out of the primary.")


def test_prefer_a_manner_is_no_stance(extractor):
    assert not triples(extractor, "Governor Tom Reed prefers a gentler tone with Senator Jane Ortiz these days.")


@pytest.mark.parametrize("text, expected", [
    # a description in apposition to a person, with a relative clause of stance: the person holds it
    ("The fund took checks from Tom Reed, an Ohio software executive who once backed Senator Jane Ortiz.",
     ("SUPPORTS", REED, ORTIZ)),
    ("Rep. Ann Lee, a Texas Democrat who supports Senator Jane Ortiz, spoke at the rally.",
     ("SUPPORTS", "person:ann-lee", ORTIZ)),
])
def test_description_beside_a_person_holds_for_the_person(extractor, text, expected):
    found = triples(extractor, text)
    assert expected in found
    assert not {t for t in found if t[1].startswith("group:")}



@pytest.mark.parametrize("text, expected", [
    # voters named by their faith, generation or leaning, and other people who hold positions
    ("Many evangelicals support Senator Jane Ortiz.", ("SUPPORTS", "group:evangelicals", ORTIZ)),
    ("Independents favor Governor Tom Reed by ten points.", ("SUPPORTS", "group:independents", REED)),
    ("Delegates in the state backed Senator Jane Ortiz.", ("SUPPORTS", "group:delegates", ORTIZ)),
    ("Several state lawmakers oppose Governor Tom Reed.", ("OPPOSES", "group:state-lawmakers", REED)),
])
def test_more_groups_of_voters_and_office_holders(extractor, text, expected):
    assert expected in triples(extractor, text)


@pytest.mark.parametrize("text, expected", [
    # casting a vote or a ballot for someone is being for them
    ("Governor Tom Reed cast his vote for Senator Jane Ortiz.", ("SUPPORTS", REED, ORTIZ)),
    ("Union workers cast their ballots against Governor Tom Reed.", ("OPPOSES", "group:union-workers", REED)),
])
def test_cast_a_vote_for(extractor, text, expected):
    assert expected in triples(extractor, text)
