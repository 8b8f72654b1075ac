"""Stances a strict reader rejects (issue 18, BBC hand reading of session 15): a charge
someone else makes, a comparison, a hypothetical inside an argument -- each with a sentence
written for the test in the manner of the news."""
from __future__ import annotations

import pytest

from stancegraph.loaders.extract.pipeline import Extractor

from stance_helpers import graph_of, triples


@pytest.fixture(scope="module")
def extractor(nlp):
    return Extractor(nlp)


def _named(extractor, text):
    g = graph_of(extractor, text)
    names = {a.id: a.name for a in g.actors}
    names.update({t.id: t.name for t in g.topics})
    return {(typ, names.get(s, s), names.get(t, t)) for typ, s, t in triples(extractor, text)}


def test_what_someone_is_accused_of_is_the_accusers_claim(extractor):
    text = "Labour chairman Ian McCartney accused the Liberal Democrats of opposing every tough measure on crime."
    got = _named(extractor, text)
    assert ("OPPOSES", "Ian McCartney", "Liberal Democrats") in got, got
    assert not any(h == "Liberal Democrats" for _, h, _ in got), got


def test_a_party_compared_with_is_no_holder(extractor):
    text = ('Tory chairman Liam Fox said: "Like Labour, the Lib Dems are soft on crime, support higher '
            'taxes and oppose controlled immigration."')
    assert not any(h == "Labour Party" for _, h, _ in _named(extractor, text))


def test_a_stance_inside_what_someone_could_do_is_a_hypothetical(extractor):
    text = ("American officials argue that if the ban ends, it could lead to sales of missiles which China "
            "could use to threaten its rival Taiwan.")
    assert not any(t == "Taiwan" for _, _, t in _named(extractor, text))


def _actor_names(extractor, text):
    return {a.name for a in graph_of(extractor, text).actors}


def test_a_full_name_ner_missed_names_the_lone_surname(extractor):
    # NER tags "Howard" (headline, "Mr Howard") but not "Michael Howard": one person, full name
    text = ("Howard makes pitch to farmers\n\nMichael Howard is to make a pitch for the rural vote urging "
            'farmers who feel "ignored" by Tony Blair to vote Conservative.\n\nHe will attack Labour\'s record '
            "on farming. Mr Howard will also attack the Lib Dems for wanting to ban hunting.")
    names = _actor_names(extractor, text)
    assert "Michael Howard" in names and "Howard" not in names, names


def test_a_lone_title_is_the_one_person_named_with_it(extractor):
    # the headline's "Bishop" is Bishop Desmond Okafor, not an actor called "Bishop"
    text = ("Bishop criticises war spending\n\nMoney spent on the war in Iraq should have been used to fight "
            "poverty, Bishop Desmond Okafor has said.\n\nThe bishop used a Christmas sermon to criticise the "
            'war as a "terrible" waste.')
    names = _actor_names(extractor, text)
    assert "Desmond Okafor" in names and "Bishop" not in names, names


def test_a_name_stops_at_a_spaced_dash_before_a_lower_case_word(extractor):
    # NER ran "Howard - can" together: the name is Mr Howard's
    text = ("Michael Howard has set out his tax plans. That is the problem for Mr Howard - can he persuade "
            "voters that they can have lower taxes and better schools?")
    names = _actor_names(extractor, text)
    assert not any("-" in n for n in names), names
