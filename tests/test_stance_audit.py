"""Stances a strict reader rejects (issue 18, BBC hand reading of session 15): a charge
someone else makes, a comparison, a hypothetical inside an argument -- each with a sentence
written for the test in the manner of the news."""
from __future__ import annotations

import pytest


from stance_helpers import graph_of, triples


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
    text = ('Tory chairman Liam Fox said: "Like Labour, the Liberal Democrats would raise taxes, go easy on '
            'criminals and oppose any limit on immigration."')
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
            "on farming. Mr Howard is also set to attack the Lib Dems over their wish to ban hunting.")
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


def _topics(extractor, text):
    return {t for typ, h, t in _named(extractor, text)} - {a for a in _actor_names(extractor, text)}


@pytest.mark.parametrize("text, bad", [
    # a quoted verdict before the head is what the holder calls it, not its name
    ('Mr Jones also attacked Labour\'s "unfair" and over-complicated taxes.', "unfair"),
    ("Mr Brown set aside £1bn to keep down council tax rises next year. Lib Dem spokesman Vince Cable "
     'urged ministers to abolish the "grossly unfair" tax altogether.', "unfair"),
    # "condemned X as Y": Y is what X is called
    ('Former Tory leader John Smith, one of the fiercest critics of the bill, condemned the debate as a '
     '"charade" and complained the promised changes were vague.', "charade"),
    # "their own proposals": "own" names nothing
    ("The Greens unveiled their own proposals to cut the fuel duty rate to 40p a litre in March.", "own"),
])
def test_a_topic_is_not_named_by_the_holders_verdict(extractor, text, bad):
    assert not any(bad in t.split() for t in _topics(extractor, text)), _topics(extractor, text)


def test_a_long_plan_keeps_what_it_would_do(extractor):
    text = "The Greens unveiled their own proposals to cut the fuel duty rate to 40p a litre in March."
    assert any(t.startswith("proposals to cut") for t in _topics(extractor, text)), _topics(extractor, text)


def test_a_lone_title_joins_a_name_ner_took_for_a_body():
    # as NER tags a BBC profile: "Cardinal" (ORG) alone, and only the surname after "Cardinal
    # <given name>", also as ORG; both are the cardinal
    from stancegraph.loaders.extract.missed_names import lone_titles
    from stancegraph.loaders.extract.resolve import ArticleResolver

    text = ("Cardinal attacks cost of war\n\nThe money should have gone to the poor, Cardinal Cormac "
            "Murphy-O'Connor has said.")
    r = ArticleResolver()
    s = text.index("Murphy")
    title, name = r.add(0, 8, "Cardinal", "organization"), r.add(s, s + 15, text[s:s + 15], "organization")
    lone_titles(text, [title, name])
    assert title.core == "Murphy-O'Connor" and title.kind == name.kind == "person"


def test_a_news_story_is_a_document_not_an_actor(extractor):
    text = ("The row followed a BBC story claiming Downing Street had \"sexed up\" the dossier on Iraq's weapons. "
            "Mr Campbell said the claims were false.")
    names = _actor_names(extractor, text)
    assert not any("story" in n for n in names), names


def test_he_in_a_profile_is_not_a_name_tagged_in_a_place_phrase(extractor):
    # "in nearby Pengam" was tagged a person; the profile's "He" is the peer, not the village
    text = ("Baron Pryce takes his seat in the Lords\n\nFormer Labour minister Gareth Pryce has been made a life "
            "peer in a ceremony at Westminster.\n\nHe will be known as Baron Pryce of Rhymney. It has been a "
            "long road for the new peer from his early days in the valleys. Born in 1944 in Ebbw Vale to a "
            "miner father, he attended the grammar school in nearby Pengam, then the finest school in "
            "the valleys. From there he went to Swansea University, where he met his wife Carys. After a spell "
            "as a teacher, he became an MP aged 30. He gained a reputation as a rebel, voting against "
            "his own government's spending cuts in 1976, and later turning down a junior job in James "
            "Callaghan's government.")
    holders = {h for _, h, _ in _named(extractor, text)}
    assert holders and holders <= {"Gareth Pryce"}, holders


def test_a_list_after_a_preposition_is_not_more_targets(extractor):
    # "waiting lists" is one of the things Labour's record is on, not a second target
    text = ('Mr Smith promised to hail Labour\'s record on jobs, waiting lists and law and order '
            '"every day until the election".')
    got = _named(extractor, text)
    assert ("SUPPORTS", "Smith", "Labour Party") in got, got
    assert not any(t in ("waiting lists", "law and order", "law", "order") for _, _, t in got), got


def test_a_party_and_office_before_a_name_are_not_the_name(extractor):
    text = ("The row over the new law went on. Lib Dem MP Lembit Opik said the ministers had dreamt up a "
            "fresh sort of hunting. Mr Opik attacked the ban as unworkable.")
    names = _actor_names(extractor, text)
    assert "Lembit Opik" in names and not any(n.startswith("Lib Dem MP") for n in names), names


@pytest.mark.parametrize("text, bad", [
    ("The Conservatives have accused the government of U-turns over burglars.", "U-turns"),
    ('Counsel for the families, Tom Reid, accused the three officers of being "deeply involved" in the '
     'cover-up.', "involved"),
])
def test_the_charge_is_no_part_of_the_accused(extractor, text, bad):
    assert not any(bad in t for t in _topics(extractor, text)), _topics(extractor, text)


@pytest.mark.parametrize("text", [
    ("Clarke faces ID cards revolt\n\nThe home secretary is facing a rebellion over his plans for identity "
     "cards. As many as 25 Labour MPs could vote against the scheme in a Commons debate."),
    ("Hoon faces regiments revolt\n\nThe defence secretary's plans to merge Scotland's regiments caused an "
     "uproar, with Labour backbenchers and opposition MPs opposing the merger of the old regiments."),
])
def test_some_of_a_partys_members_are_not_the_party(extractor, text):
    # a number of its MPs, or its backbenchers, rebel against the party's own government
    assert not any(h == "Labour Party" for _, h, _ in _named(extractor, text)), _named(extractor, text)


def test_a_partys_stance_in_a_defectors_quote_is_his_charge(extractor):
    # the defector's own words describe the party: his charge, not a stance the party stated
    text = ('Former minister Peter Ashdale has joined Labour. "The Conservative Party\'s hostility to Europe '
            'has now hardened beyond repair," he wrote.')
    assert not any(h == "Conservative Party" for _, h, _ in _named(extractor, text)), _named(extractor, text)


def test_a_stance_reported_for_its_owner_is_kept(extractor):
    text = "Downing Street has stressed Gordon Brown's support for the pensions plan."
    assert any(h == "Gordon Brown" for _, h, _ in _named(extractor, text)), _named(extractor, text)


def test_what_is_blamed_when_it_is_no_one_is_a_cause(extractor):
    # "blamed a cock-up": an explanation of what went wrong, not a stance against a target
    text = ('Mr Hallam said he blamed "muddle not malice" for the lost files, and praised the staff '
            "who found them.")
    assert not any("muddle" in t for _, _, t in _named(extractor, text)), _named(extractor, text)


def test_whom_someone_blames_is_still_opposed(extractor):
    text = "Michael Howard blamed Labour for the chaos in the asylum system."
    assert ("OPPOSES", "Michael Howard", "Labour Party") in _named(extractor, text), _named(extractor, text)


def test_whose_policy_is_blamed_is_opposed(extractor):
    text = "Michael Howard blamed Labour's policies for the chaos in the asylum system."
    assert any(t == "Labour Party" for _, h, t in _named(extractor, text) if h == "Michael Howard"), \
        _named(extractor, text)
