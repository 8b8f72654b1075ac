"""Stance from statements, third round (issue 18): what a statement's words say of one named
actor, read from the words that govern or modify it. Sentences written for these tests in
the manner of BBC politics news (none copied from a corpus)."""
from __future__ import annotations

import pytest


from stance_helpers import stance_edges, triples

BROWN, BLAIR, HOWARD = "person:gordon-brown", "person:tony-blair", "person:michael-howard"
KENNEDY, LABOUR = "person:charles-kennedy", "organization:labour-party"


@pytest.mark.parametrize("text, expected", [
    # a verb of harm said of its subject
    ("Michael Howard said Labour was undermining the police.", ("OPPOSES", HOWARD, LABOUR)),
    # a predicate of praise
    ("Charles Kennedy said Gordon Brown was a talented chancellor.", ("SUPPORTS", KENNEDY, BROWN)),
    # a predicate that evaluates only as a predicate
    ('"Gordon Brown is right about this," Charles Kennedy said.', ("SUPPORTS", KENNEDY, BROWN)),
    # a word of praise on a noun in apposition to the name
    ('Tony Blair said: "Gordon Brown, a decent man, has my trust."', ("SUPPORTS", BLAIR, BROWN)),
    # a denied praise is a stance against
    ("Michael Howard said Tony Blair was not honest with voters.", ("OPPOSES", HOWARD, BLAIR)),
    # ... and so is a denied belief in it
    ("Michael Howard said he did not think Tony Blair was sincere.", ("OPPOSES", HOWARD, BLAIR)),
    # what a light verb's subject does: "doing a lousy job"
    ("Michael Howard said Gordon Brown was doing a lousy job.", ("OPPOSES", HOWARD, BROWN)),
    # said of its owner: "Brown's record is shoddy" is against Brown
    ("Charles Kennedy said Gordon Brown's record was shoddy.", ("OPPOSES", KENNEDY, BROWN)),
    # first person: a quote's "I" is its speaker
    ('"I disagree with Tony Blair on this," Gordon Brown said.', ("OPPOSES", BROWN, BLAIR)),
])
def test_statement_stance(extractor, text, expected):
    assert expected in triples(extractor, text)


def test_denied_praise_carries_the_negation_in_its_cue_and_a_lower_confidence(extractor):
    r = next(r for r in stance_edges(extractor, "Michael Howard said Tony Blair was not honest with voters.")
             if (r.source, r.target) == (HOWARD, BLAIR))
    assert r.type == "OPPOSES" and r.cue == "not honest" and r.polarity == -1 and r.confidence <= 0.5
    assert r.statement and r.sentence.text.startswith("Michael Howard said")


@pytest.mark.parametrize("text", [
    # a neutral statement stays a plain statement
    "Michael Howard said Tony Blair would visit Scotland on Monday.",
    # a denied fault says nothing either way
    "Charles Kennedy said Gordon Brown had not failed.",
    # "good" before a noun is no evaluation of anyone ("good news for Labour")
    "Tony Blair said the figures were good news for Labour.",
    # agreeing with someone to do something is an arrangement, not support
    "Gordon Brown said he had agreed with Tony Blair to push forward with the plans.",
    # against what a party would do is not against the party
    "Charles Kennedy said he had argued against Labour working with such groups.",
    # visitors who come to lobby lobby themselves: not the one visited
    "A delegation of councils visited Gordon Brown to lobby for more funds.",
    # "right" as a place on the political map
    "Michael Howard said the right wing of Labour was restless.",
    # "great"/"good" on a noun that names no person: no praise of anyone
    "Tony Blair said Gordon Brown was a great believer in ID cards.",
    "Tony Blair said it was a great day for Gordon Brown.",
    # a good friend of someone else is no praise from the speaker
    "Charles Kennedy said Gordon Brown was a good friend of the unions.",
    # a success given a reason is explained away, not praised
    "Michael Howard said Labour's previous success on truancy came because it tackled the easy part.",
])
def test_no_statement_stance(extractor, text):
    assert not stance_edges(extractor, text)


@pytest.mark.parametrize("text, expected", [
    # "great", "good" count on the noun a person is named as (session 12, BBC politics: tributes
    # and endorsements such as "X was a good and humane judge")
    ("Charles Kennedy said Gordon Brown was a great chancellor.", ("SUPPORTS", KENNEDY, BROWN)),
    ('Tony Blair said: "Gordon Brown, a great chancellor, will stay."', ("SUPPORTS", BLAIR, BROWN)),
    ("Michael Howard said Charles Kennedy was a good and humane leader.", ("SUPPORTS", HOWARD, KENNEDY)),
])
def test_praise_on_the_noun_a_person_is_named_as(extractor, text, expected):
    assert expected in triples(extractor, text)


@pytest.mark.parametrize("text, word", [
    ("Michael Howard said Gordon Brown was not a great chancellor.", "great"),
    # the negation of the copula reaches a word on its noun (this was read as praise before)
    ("Michael Howard said Gordon Brown was not a talented chancellor.", "talented"),
])
def test_denied_praise_on_a_predicate_noun_is_against(extractor, text, word):
    found = [r for r in stance_edges(extractor, text) if (r.source, r.target) == (HOWARD, BROWN)]
    assert [(r.type, r.cue) for r in found] == [("OPPOSES", f"not {word}")]
    assert found[0].confidence <= 0.5


# Session 13: a word said of "it" that stands for a clause, and cues of complaint.

@pytest.mark.parametrize("text, expected", [
    # "it" stands for "for Labour to ignore ...": the word is said of the clause's subject
    ("Charles Kennedy said it was wrong for Labour to ignore the warnings.", ("OPPOSES", KENNEDY, LABOUR)),
    ('"It is good that Gordon Brown has listened to the teachers," Charles Kennedy said.',
     ("SUPPORTS", KENNEDY, BROWN)),
    ("Michael Howard said it was a disgrace that Tony Blair had ignored the report.", ("OPPOSES", HOWARD, BLAIR)),
    # a cue of complaint is against the subject of what it reports
    ("Michael Howard complained that Labour had broken its promises on council tax.", ("OPPOSES", HOWARD, LABOUR)),
    ("Charles Kennedy alleged that Gordon Brown had changed the figures before the budget.",
     ("OPPOSES", KENNEDY, BROWN)),
])
def test_extraposed_words_and_complaints(extractor, text, expected):
    assert expected in triples(extractor, text)


@pytest.mark.parametrize("text", [
    # "it" standing for a clause without a subject says nothing of anyone
    "Michael Howard said it would be wrong to wait for Labour.",
    # a denied fault says nothing
    "Charles Kennedy said it was not wrong for Labour to ignore the warnings.",
    # a question is no charge
    "Did Michael Howard complain that Labour had broken its promises on council tax?",
    # a complaint about oneself holds no stance toward anyone
    "Michael Howard complained that he had been misquoted.",
])
def test_no_extraposed_or_complaint_stance(extractor, text):
    assert not stance_edges(extractor, text)


@pytest.mark.parametrize("text, expected", [
    # an issue no one owns, judged by a predicate or by what it did
    ("Michael Howard said the ID card scheme was a disaster.", ("OPPOSES", HOWARD, "topic:id-cards")),
    ("Charles Kennedy said the war in Iraq was illegal.", ("OPPOSES", KENNEDY, "topic:war-in-iraq")),
    ("Gordon Brown said the new pension system had failed.", ("OPPOSES", BROWN, "topic:pension-system")),
])
def test_a_statement_judges_an_issue_no_one_owns(extractor, text, expected):
    assert expected in triples(extractor, text)


@pytest.mark.parametrize("text", [
    # not a thing that is no issue, nor a bare head with nothing named before it
    "Tony Blair said the weather was terrible.",
    "Michael Howard said the plans were a shambles.",
])
def test_no_topic_for_what_is_no_issue(extractor, text):
    assert not triples(extractor, text)


@pytest.mark.parametrize("text", [
    # a word on the issue's own name, a policy hoped for, a forecast reported
    'Simon Hughes said households were still paying "unfair council tax".',
    "Tony Hunter said he wanted to make sure a sensible fostering policy emerges.",
    "Philippe Sands says the attorney general warned that the Iraq war could be illegal.",
])
def test_an_issue_is_judged_only_by_a_predicate_or_what_it_did(extractor, text):
    assert not [t for t in triples(extractor, text) if t[2].startswith("topic:")]


# Session 14: a fault named by a verb and its object, and a fault "by" someone.

@pytest.mark.parametrize("text, expected", [
    # a verb whose object names the fault: said of its subject
    ("Michael Howard said Tony Blair had broken his promise on tuition fees.", ("OPPOSES", HOWARD, BLAIR)),
    ("Charles Kennedy said Labour had abused the trust of the voters.", ("OPPOSES", KENNEDY, LABOUR)),
    ('"Gordon Brown has let down the pensioners," Michael Howard said.', ("OPPOSES", HOWARD, BROWN)),
    ("Tony Blair said the Conservatives had learned nothing from their defeat.",
     ("OPPOSES", BLAIR, "organization:conservative-party")),
    # an evaluative noun with its doer after "by"
    ('Charles Kennedy said: "This is an astonishing blunder by Gordon Brown."', ("OPPOSES", KENNEDY, BROWN)),
])
def test_fault_verbs_and_faults_by_someone(extractor, text, expected):
    assert expected in triples(extractor, text)


@pytest.mark.parametrize("text", [
    # a promise kept, a fault denied, a fault of one's own, a fault no one did
    "Michael Howard said Tony Blair had kept his promise on tuition fees.",
    "Charles Kennedy said Labour had not broken its promise on council tax.",
    'Tony Blair said: "We have not broken the rules."',
    "Michael Howard said the rules had been broken many times.",
    # a question, a condition
    "Did Tony Blair break his promise on tuition fees, Michael Howard asked.",
    "Charles Kennedy said that if Labour broke its promise, voters would punish it.",
])
def test_no_fault_verb_stance(extractor, text):
    assert not stance_edges(extractor, text)


@pytest.mark.parametrize("text", [
    # a fault someone else is said to feel or believe is theirs, not the speaker's
    "Charles Kennedy said Tony Blair felt he had lost the trust of voters.",
    "Michael Howard said Gordon Brown believed Tony Blair had failed.",
])
def test_a_fault_believed_by_another_is_not_the_speakers(extractor, text):
    assert not [t for t in triples(extractor, text) if t[1] in (KENNEDY, HOWARD)]


def test_the_fault_verbs_reach_lost_trust(extractor):
    assert ("OPPOSES", KENNEDY, BLAIR) in triples(extractor, "Charles Kennedy said Tony Blair had lost the trust of voters.")


def test_a_fault_given_as_advice_is_no_fault(extractor):
    assert not stance_edges(extractor, "Michael Howard said Labour should turn a blind eye to the report.")


def test_a_quoted_word_right_after_the_one_named(extractor):
    # the parser hangs a quoted adjective on a later verb; it still follows the one named
    text = ('Simon Hughes branded Michael Howard "arrogant and mistaken" for saying the Tories were the '
            '"natural party" of business.')
    assert ("OPPOSES", "person:simon-hughes", HOWARD) in triples(extractor, text)


@pytest.mark.parametrize("text", [
    # a fault under a denial or under someone else's claim is not the speaker's charge
    "Charles Kennedy said it was not true that Gordon Brown had broken his promise.",
    "Charles Kennedy said he did not accept that Gordon Brown had failed.",
    "Michael Howard said critics claimed Labour had failed.",
])
def test_no_fault_denied_or_claimed_by_others(extractor, text):
    assert not stance_edges(extractor, text)
