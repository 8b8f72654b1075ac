"""Groups of people as stance holders and targets (issue 18, session 15): "Civil liberties
groups have condemned ...", "accused ministers of ...". Sentences written for the test in the
manner of British political news (none copied from a corpus)."""
from __future__ import annotations

import pytest

from stancegraph.loaders.extract.groups import group_name

from stance_helpers import graph_of, triples

BLAIR, HOWARD, BROWN = "person:tony-blair", "person:michael-howard", "person:gordon-brown"
JOWELL = "person:tessa-jowell"
LABOUR = "organization:labour-party"
ID_CARDS = "topic:id-cards"


@pytest.mark.parametrize("text, expected", [
    # the issue's own example: a group no NER names holds the stance
    ("Civil liberties groups have condemned the government's plans for ID cards.",
     ("OPPOSES", "group:civil-liberties-groups", ID_CARDS)),
    # quantifiers are no part of the name
    ("Many critics attacked Tony Blair over the war in Iraq.", ("OPPOSES", "group:critics", BLAIR)),
    ("Ministers do not support ID cards for pensioners, saying the scheme is too costly.",
     ("DOES_NOT_SUPPORT", "group:ministers", ID_CARDS)),
    # a passive's agent, and an acronym's plural the tagger calls a singular name
    ("The plans for ID cards have been welcomed by MPs.", ("SUPPORTS", "group:mps", ID_CARDS)),
    # "a group of MPs" is the MPs, not an organization named before
    ("The Home Office published its report. A group of MPs attacked Tony Blair over it.",
     ("OPPOSES", "group:mps", BLAIR)),
    # a group at the start of a sentence is no common word taken for a name
    ("The victim's uncle told the BBC the killer deserved no credit. MPs criticised Home Secretary "
     "David Blunkett last year for introducing the rules.", ("OPPOSES", "group:mps", "person:david-blunkett")),
    ("MPs criticise child access system", ("OPPOSES", "group:mps", "topic:child-access-system")),
    # a stance noun's "from" phrase
    ("The budget drew sharp criticism of Gordon Brown from church leaders.",
     ("OPPOSES", "group:church-leaders", BROWN)),
    # a group as the target of a stance verb
    ("Michael Howard accused ministers of wasting money on asylum.", ("OPPOSES", HOWARD, "group:ministers")),
    # a relational head keeps what it is a critic of
    ("Tessa Jowell hit out at critics of the Licensing Bill on Monday.",
     ("OPPOSES", JOWELL, "group:critics-of-the-licensing-bill")),
])
def test_group_stances(extractor, text, expected):
    assert expected in triples(extractor, text)


def test_group_is_a_group_actor_with_a_mention(extractor):
    g = graph_of(extractor, "Civil liberties groups have condemned the government's plans for ID cards.")
    group = next(a for a in g.actors if a.id == "group:civil-liberties-groups")
    assert group.kind == "group" and group.name == "civil liberties groups"
    assert any(m.actor == group.id and m.text == "Civil liberties groups" for m in g.mentions)


@pytest.mark.parametrize("text", [
    # a pronoun or a vague word is no group
    "They condemned the plans for ID cards.",
    "Others condemned the plans for ID cards.",
    "Other parties have condemned the plans for ID cards.",
    # the group is not the subject of the stance word: the bill outlaws, not the officers
    "The bill would allow council welfare officers to act early as well as outlawing cruel methods in zoos.",
    # a "who" clause picks some of a group: the councillors are not all for Mr Flight
    "Two local councillors who back Howard Flight met Tory officials on Tuesday.",
    # someone's own people are named before: "his leaders" is no group
    "Mr Jackson has clashed with his leaders over ID cards.",
])
def test_no_group_holder(extractor, text):
    g = graph_of(extractor, text)
    groups = {a.id for a in g.actors if a.kind == "group"}
    assert not {r.source for r in g.relations} & groups


def test_party_members_keep_the_party(extractor):
    """"Labour MPs" stand for Labour as before (the group rule is for nameless groups)."""
    found = triples(extractor, "Labour MPs have backed the plans for ID cards.")
    assert ("SUPPORTS", LABOUR, ID_CARDS) in found


def test_a_counted_part_of_a_party_is_a_group(extractor):
    """"Some Labour MPs" are not Labour (stance_blocks.party_subset): they hold the stance as
    the group they are, so the edge is neither lost nor given to the party."""
    g = graph_of(extractor, "Some Labour MPs have backed the plans for ID cards.")
    names = {a.id: a.name for a in g.actors}
    found = {(r.type, names.get(r.source), r.target) for r in g.relations if r.type == "SUPPORTS"}
    assert ("SUPPORTS", "Labour MPs", ID_CARDS) in found
    assert not any(r.source == LABOUR for r in g.relations if r.type == "SUPPORTS")


def test_the_same_group_in_two_articles_is_one_node(extractor):
    a = graph_of(extractor, "Trade unions have condemned the plans for ID cards.")
    b = graph_of(extractor, "Some unions attacked Tony Blair over the plans for ID cards.")
    ids = {x.id for g in (a, b) for x in g.actors if x.kind == "group"}
    assert ids == {"group:unions"}


@pytest.mark.parametrize("phrase, name", [
    ("Some Labour MPs", "Labour MPs"),
    ("Other public sector unions", "public sector unions"),
    ("Pro-hunt campaigners", "pro-hunt campaigners"),
    ("Opponents of same-sex marriage", "opponents of same-sex marriage"),
    ("The public", "public"),
    ("Several senior ministers", "ministers"),
    ("They", None),
    ("Other parties", None),
    ("The union", None),
    ("People", None),
])
def test_group_names(nlp, phrase, name):
    doc = nlp(phrase + " said the plans were wrong.")
    subj = next(t for t in doc if t.dep_ == "nsubj" and t.head.lemma_ == "say")
    assert group_name(subj) == name
