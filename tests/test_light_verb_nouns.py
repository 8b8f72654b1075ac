"""Phrase cues and statement nouns after a light verb (issue 19, session 19; sentences written
for these tests): "unleashed an attack on X", "made an impassioned call for X", "took a swing
at X", "gave a long answer about X", "makes no apologies for X". The light verb says nothing
alone; the noun's preposition names what was said about.
"""
from __future__ import annotations

import pytest

from tests.statement_helpers import extract


@pytest.mark.parametrize("text, expected", [
    # the phrase's object alone: not the when and where the parser hung on the verb after it
    ("Senator Tom Baker took aim at the mayor Thursday in a heated exchange that ended the meeting.",
     ("Tom Baker", "took", "the mayor")),
    ("Anna Keller took a shot at her rival last night in a debate that ran past midnight.",
     ("Anna Keller", "took", "her rival")),
])
def test_phrase_object_ends_the_content(extractor, text, expected):
    found = [(s.speaker.text if s.speaker else None, s.cue.text if s.cue else None, s.content.text)
             for s in extract(extractor, text)]
    assert expected in found


@pytest.mark.parametrize("text, expected", [
    ("Senator Ruth Calder unleashed a fierce attack on the transport minister at the rally.",
     ("Ruth Calder", "unleashed", "the transport minister")),
    ("Mayor Tom Baker made an impassioned call for calm and unity on Sunday.",
     ("Tom Baker", "made", "calm and unity")),
    ("Anna Keller took a direct swing at the health secretary on Thursday.",
     ("Anna Keller", "took", "the health secretary")),
    ("Maria Lopez gave a long answer about the housing budget.",
     ("Maria Lopez", "gave", "the housing budget")),
    ("Tom Baker makes no apologies for his blunt style.", ("Tom Baker", "makes", "his blunt style")),
    ("Maria Lopez delivered a tirade against the planning board.",
     ("Maria Lopez", "delivered", "the planning board")),
    ("Tom Baker made the observation that the council had never balanced its books.",
     ("Tom Baker", "made", "the council had never balanced its books")),
])
def test_light_verb_and_more_statement_nouns(extractor, text, expected):
    found = [(s.speaker.text if s.speaker else None, s.cue.text if s.cue else None, s.content.text)
             for s in extract(extractor, text)]
    assert found == [expected]


@pytest.mark.parametrize("text", [
    "Tom Baker made a call to the police on Monday.",  # a telephone call: nothing said about anything
    "Anna Keller gave no answer about the budget.",  # a negation: nothing said
    "The rebels launched an attack on the airport.",  # a deed, not a light verb of speech
    # the calls are the owner's named on them, not the subject's
    "The long inquiry into the contracts renewed Democratic calls for an independent audit.",
])
def test_no_light_verb_statement(extractor, text):
    assert extract(extractor, text) == []


@pytest.mark.parametrize("text, expected", [
    # a cue verb that shows a statement noun: what the noun is of or about is what was said,
    # as for a light verb ("delivered a critique of X") and a feeling ("voiced unease with X")
    ("Mayor Tom Baker offered a spirited defence of the harbour plan.",
     ("Tom Baker", "offered", "the harbour plan")),
    ("Maria Lopez voiced a sharp critique of the rail operators on Monday.",
     ("Maria Lopez", "voiced", "the rail operators")),
])
def test_showing_verb_and_statement_noun(extractor, text, expected):
    found = [(s.speaker.text if s.speaker else None, s.cue.text if s.cue else None, s.content.text)
             for s in extract(extractor, text)]
    assert found == [expected]


def test_noun_object_ends_before_the_verbs_circumstances(extractor):
    # what the defence was of, not where it was offered
    text = "Mayor Tom Baker offered a spirited defence of the harbour plan during the debate."
    assert [s.content.text for s in extract(extractor, text)] == ["the harbour plan"]


@pytest.mark.parametrize("text, expected", [
    # a statement noun "of" a view: what the view is about
    ("The city museum issued a brief statement of concern about the cuts to arts funding.",
     ("The city museum", "issued", "the cuts to arts funding")),
    ("Governor Anna Keller sounded a note of caution on the new jobs figures.",
     ("Anna Keller", "sounded", "the new jobs figures")),
    ("Mayor Tom Baker offered kind words about his predecessor.", ("Tom Baker", "offered", "his predecessor")),
])
def test_statement_noun_of_a_view(extractor, text, expected):
    found = [(s.speaker.text if s.speaker else None, s.cue.text if s.cue else None, s.content.text)
             for s in extract(extractor, text)]
    assert found == [expected]


@pytest.mark.parametrize("text, expected", [
    # criticism drawn from someone: they criticised the verb's subject
    ("The housing plan drew sharp criticism from Senator Ruth Calder.",
     ("Ruth Calder", "drew", "The housing plan")),
    ("The new parking charges have drawn criticism from shop owners in the town centre.",
     ("shop owners", "drawn", "The new parking charges")),
])
def test_criticism_drawn_from(extractor, text, expected):
    found = [(s.speaker.text if s.speaker else None, s.cue.text if s.cue else None, s.content.text)
             for s in extract(extractor, text)]
    assert found == [expected]


def test_owner_named_on_renewed_calls(extractor):
    # the calls are the mayor's (a plural statement noun with its possessor, session 21),
    # never the subject's of "renewed"
    found = [(s.speaker.text if s.speaker else None, s.cue.text if s.cue else None, s.content.text)
             for s in extract(extractor, "The scandal renewed the mayor's calls for a public inquiry.")]
    assert found == [("the mayor", "calls", "a public inquiry")]
