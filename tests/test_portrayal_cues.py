"""Verbs of portraying with an "as"-phrase (issue 19, session 20; sentences written for these
tests): "cast the governor as a friend of the banks", "framed the vote as a test of ...",
"painted her rival as out of touch". The verb says nothing alone; with an object and "as" it
says what the speaker makes of the object, as "portrayed X as Y" does.
"""
from __future__ import annotations

import pytest

from tests.statement_helpers import extract


def rows(extractor, text):
    return [(s.speaker.text if s.speaker else None, s.cue.text if s.cue else None, s.content.text)
            for s in extract(extractor, text)]


@pytest.mark.parametrize("text, expected", [
    ("Senator Ruth Calder cast the governor as a friend of the big banks.",
     ("Ruth Calder", "cast", "the governor as a friend of the big banks")),
    ("Tom Baker has framed the election as a vote on the future of the harbour.",
     ("Tom Baker", "framed", "the election as a vote on the future of the harbour")),
    ("Anna Keller painted her rival as a career politician with no plan for the valley.",
     ("Anna Keller", "painted", "her rival as a career politician with no plan for the valley")),
    ("Maria Lopez positioned herself as the candidate of change.",
     ("Maria Lopez", "positioned", "herself as the candidate of change")),
])
def test_portrayed_as(extractor, text, expected):
    assert rows(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "The fishermen cast their nets as the sun rose over the bay.",  # "as" opens a clause of time
    "Voters cast their ballots as the polls opened on Tuesday.",
    "Tom Baker painted the fence last summer.",  # no "as": a deed
])
def test_no_portrayal(extractor, text):
    assert rows(extractor, text) == []


def test_portrayal_ends_with_its_as_phrase(extractor):
    # the when, where and despite after the phrase are not what was said
    text = "Anna Keller cast herself as a champion of dock workers during a speech in Leeds on Friday."
    assert rows(extractor, text) == [("Anna Keller", "cast", "herself as a champion of dock workers")]


def test_portrayal_keeps_what_goes_on_its_phrase(extractor):
    text = "Tom Baker painted his rival as weak on crime and the mayor as soft on the unions."
    assert rows(extractor, text) == [
        ("Tom Baker", "painted", "his rival as weak on crime and the mayor as soft on the unions")]
