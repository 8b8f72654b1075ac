"""Cue classes grown from PolNeAR train in session 21 (issue 19): verbs outside the cue lists
that report in one frame only -- an attempt at a saying verb ("tried to explain X"), "look" as
seeking, anticipating or viewing, "put X at <a figure>" as an estimate, "address X" as taking
up a topic. Sentences written for the test."""
from __future__ import annotations

import pytest

from tests.statement_helpers import extract


def _said(extractor, text: str):
    return [(st.speaker.text if st.speaker else None, st.cue.text if st.cue else None, st.content.text)
            for st in extract(extractor, text)]


@pytest.mark.parametrize("text, speaker, cue, said", [
    ("Mayor Ann Bell has tried to explain her vote for the harbour tax by pointing to the flood defences.",
     "Ann Bell", "explain", "her vote for the harbour tax"),
    ("The minister attempted to portray the strike as a plot by the opposition.", "The minister", "portray",
     "the strike as a plot by the opposition"),
    ("Governor Tom Reyes is trying to reassure the farmers that the new canal will help them.", "Tom Reyes",
     "reassure", "the new canal will help them"),
])
def test_an_attempt_at_saying_is_said(extractor, text, speaker, cue, said):
    # "tried to explain X": what the subject set out to say, PolNeAR marks it as said
    rows = _said(extractor, text)
    assert any(speaker in (sp or "") and c == cue and said in content for sp, c, content in rows), rows


def test_an_attempt_at_a_deed_is_not_said(extractor):
    rows = _said(extractor, "Mayor Ann Bell tried to hop the turnstile at the station.")
    assert not any(c == "hop" for _, c, _ in rows), rows


@pytest.mark.parametrize("text, speaker, said", [
    ("Senator Maria Cole is looking to unseat the mayor in the spring.", "Maria Cole", "unseat the mayor"),
    ("Farmers in the valley are looking for a candidate who listens to them.", "Farmers",
     "a candidate who listens to them"),
    ("Governor Tom Reyes looks forward to the debates in the autumn.", "Tom Reyes", "the debates"),
    ("The dockers look at the new owners as a threat to their jobs.", "The dockers",
     "the new owners"),
])
def test_looking_as_seeking_anticipating_or_viewing_is_said(extractor, text, speaker, said):
    rows = _said(extractor, text)
    assert any(speaker in (sp or "") and (c or "").startswith("look") and said in content
               for sp, c, content in rows), rows


@pytest.mark.parametrize("text", [
    "The economists looked at the data from the northern towns.",
    "Mayor Ann Bell looked over the papers before the vote.",
    "Governor Tom Reyes looked tired after the long campaign.",
])
def test_a_glance_or_a_study_is_not_said(extractor, text):
    rows = _said(extractor, text)
    assert not any((c or "").startswith("look") for _, c, _ in rows), rows


def test_how_things_look_for_someone_is_not_said(extractor):
    rows = _said(extractor, "Things look bad for the mayor after the flood.")
    assert not any((c or "").startswith("look") for _, c, _ in rows), rows


def test_a_clause_before_a_semicolon_is_not_what_was_sought(extractor):
    rows = _said(extractor, "The harbour plan is easily explained; in a year of two weak candidates, voters are "
                            "looking for an alternative to both parties.")
    assert not any((c or "").startswith("look") and "harbour" in content for _, c, content in rows), rows


@pytest.mark.parametrize("text, speaker, said", [
    ("The latest county poll puts the mayor's support at 44 percent.", "poll",
     "the mayor's support at 44 percent"),
    ("A trade magazine put his fortune at $4 billion last year.", "magazine", "his fortune at $4 billion"),
])
def test_putting_a_figure_on_something_is_an_estimate(extractor, text, speaker, said):
    rows = _said(extractor, text)
    assert any(speaker in (sp or "") and c == text.split()[text.split().index(c)] and said in content
               for sp, c, content in rows if c and c.startswith("put")), rows


def test_putting_something_somewhere_is_not_said(extractor):
    rows = _said(extractor, "The council put the harbour plan on hold in 2019.")
    assert not any((c or "").startswith("put") for _, c, _ in rows), rows


def test_addressing_a_topic_is_said(extractor):
    rows = _said(extractor, "Mayor Ann Bell also addressed the delays at the new ferry terminal.")
    assert any(sp == "Ann Bell" and c == "addressed" and "the delays at the new ferry terminal" in content
               for sp, c, content in rows), rows


@pytest.mark.parametrize("text", [
    "Mayor Ann Bell addressed a rally in the harbour park on Friday.",
    "Governor Tom Reyes will address the party conference in Leeds.",
    "Hundreds of letters, many addressed to the mayor, arrived at the town hall.",
])
def test_addressing_an_audience_is_not_said(extractor, text):
    rows = _said(extractor, text)
    assert not any((c or "").startswith("address") for _, c, _ in rows), rows


@pytest.mark.parametrize("text", [
    "This will address the shortage of nurses in the valley.",
    "There are more and more films addressing the crisis in the fishing towns.",
])
def test_dealing_with_a_problem_is_not_said(extractor, text):
    rows = _said(extractor, text)
    assert not any((c or "").startswith("address") for _, c, _ in rows), rows


def test_a_speech_addressing_a_topic_is_said(extractor):
    rows = _said(extractor, "Governor Tom Reyes gave a speech on Monday addressing the floods in the valley.")
    assert any((c or "").startswith("address") and "the floods" in content for _, c, content in rows), rows


def test_addressing_an_audience_still_tags_a_quote(extractor):
    rows = _said(extractor, 'Mayor Ann Bell addressed her supporters again: "We will keep this port open."')
    assert any(sp == "Ann Bell" and "keep this port open" in content for sp, _, content in rows), rows
