"""Stances from actions (issue 18): what one does to someone says where one stands -- choosing
a person is being for them; defeating, removing, defying or mocking someone is being against
them. Each sentence is written for the test in the manner of political news (none copied)."""
from __future__ import annotations

import pytest

from stance_helpers import stance_edges, triples

BROWN, BLAIR, HOWARD = "person:gordon-brown", "person:tony-blair", "person:michael-howard"
KENNEDY, STRAW = "person:charles-kennedy", "person:jack-straw"
TORIES, LABOUR = "organization:conservative-party", "organization:labour-party"


@pytest.mark.parametrize("text, expected", [
    # choosing a person: appoint, pick, tap, hire, select, elect, promote
    ("Tony Blair appointed Jack Straw to the cabinet on Monday.", ("SUPPORTS", BLAIR, STRAW)),
    ("Jack Straw was appointed by Tony Blair in 2001.", ("SUPPORTS", BLAIR, STRAW)),
    ("Michael Howard picked Charles Kennedy as his running mate.", ("SUPPORTS", HOWARD, KENNEDY)),
    ("Tony Blair tapped Jack Straw to lead the talks.", ("SUPPORTS", BLAIR, STRAW)),
    ("Tony Blair did not appoint Jack Straw.", ("DOES_NOT_SUPPORT", BLAIR, STRAW)),
    # competing and defeating
    ("Michael Howard defeated Gordon Brown in the vote.", ("OPPOSES", HOWARD, BROWN)),
    ("Michael Howard beat Gordon Brown by 40 votes.", ("OPPOSES", HOWARD, BROWN)),
    ("Gordon Brown was defeated by Michael Howard on Tuesday.", ("OPPOSES", HOWARD, BROWN)),
    ("The Liberal Democrats unseated Michael Howard in Folkestone.",
     ("OPPOSES", "organization:liberal-democrats", HOWARD)),
    ("Charles Kennedy ran against Michael Howard in 1997.", ("OPPOSES", KENNEDY, HOWARD)),
    # removing a person
    ("Tony Blair deposed Jack Straw in a reshuffle.", ("OPPOSES", BLAIR, STRAW)),
    ("The Conservatives expelled Michael Howard from the party.", ("OPPOSES", TORIES, HOWARD)),
    # mocking and insulting
    ("Michael Howard taunted Tony Blair over his plans.", ("OPPOSES", HOWARD, BLAIR)),
    ("Gordon Brown was heckled by Michael Howard during the debate.", ("OPPOSES", HOWARD, BROWN)),
    ("Charles Kennedy humiliated Michael Howard in the debate.", ("OPPOSES", KENNEDY, HOWARD)),
    # defying and rebuffing
    ("Gordon Brown defied Tony Blair over the budget.", ("OPPOSES", BROWN, BLAIR)),
    ("Tony Blair rebuffed Charles Kennedy on Monday.", ("OPPOSES", BLAIR, KENNEDY)),
    # siding
    ("Charles Kennedy allied with Gordon Brown against the plans.", ("SUPPORTS", KENNEDY, BROWN)),
    ("Charles Kennedy teamed up with Gordon Brown on Monday.", ("SUPPORTS", KENNEDY, BROWN)),
])
def test_action_stance(extractor, text, expected):
    assert expected in triples(extractor, text)


@pytest.mark.parametrize("text, ends", [
    # a negative act not done is no stance either way
    ("Tony Blair did not sack Jack Straw.", (BLAIR, STRAW)),
    ("Michael Howard did not defeat Gordon Brown.", (HOWARD, BROWN)),
    # a wish to do it is not doing it
    ("Michael Howard wants to beat Gordon Brown.", (HOWARD, BROWN)),
    ("The Liberal Democrats hope to unseat Michael Howard.", ("organization:liberal-democrats", HOWARD)),
    ("If Tony Blair appoints Jack Straw, the unions will protest.", (BLAIR, STRAW)),
    # choosing or beating a thing is no stance on a person: "beat the deadline", "chose a date"
    ("Gordon Brown beat the deadline set by Tony Blair.", (BROWN, BLAIR)),
])
def test_no_action_stance(extractor, text, ends):
    assert not [t for t in triples(extractor, text) if (t[1], t[2]) == ends]


def test_choosing_a_thing_is_no_stance(extractor):
    assert not triples(extractor, "Tony Blair chose a date for the election.")
    assert not triples(extractor, "Gordon Brown beat the forecasts in his budget.")


def test_a_foreseen_or_threatened_act_is_read_as_the_verbs_before_it(extractor):
    # "may" lowers the confidence, as for "may back"; a threat to act is held at once
    edges = stance_edges(extractor, "Tony Blair may appoint Jack Straw.")
    assert [(r.type, r.source, r.target) for r in edges] == [("SUPPORTS", BLAIR, STRAW)]
    assert edges[0].confidence < 0.85
    assert ("OPPOSES", TORIES, HOWARD) in triples(
        extractor, "The Conservatives threatened to expel Michael Howard from the party.")


def test_acts_on_a_person_need_a_person_or_a_body(extractor):
    # a place chosen, a group hired, a phrase unseated: no stance
    assert not triples(extractor, "Labour chose Brighton for its spring conference.")
    assert not triples(extractor, "Gordon Brown wants to make it easier for hospitals to hire nurses from abroad.")
    assert ("OPPOSES", TORIES, LABOUR) in triples(extractor, "The Conservatives beat Labour in the by-election.")


def test_a_person_suspended_is_one_acted_against(extractor):
    # a disciplinary act on a person, read as removing them; a plan put on hold is no stance
    assert ("OPPOSES", LABOUR, STRAW) in triples(extractor, "Labour suspended Jack Straw from the party on Friday.")
    assert ("OPPOSES", BLAIR, STRAW) in triples(extractor, "Jack Straw was suspended by Tony Blair.")
    assert not triples(extractor, "The Home Office has suspended the scheme for a month.")
