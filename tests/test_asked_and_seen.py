""""asked for a recount", "asked the mayor about the closures": what was asked for or asked
about; "the union sees a turning point in the vote": a view held, said with "see" in the
present tense (session 21, PolNeAR train). Sentences written for the test."""
from __future__ import annotations

import pytest

from tests.statement_helpers import extract


def _pairs(extractor, text):
    return [(st.speaker.text, st.content.text) for st in extract(extractor, text)]


@pytest.mark.parametrize("text, speaker, said", [
    ("The losing candidate asked for a full recount of the ballots.", "The losing candidate",
     "a full recount of the ballots"),
    ("At the hearing, a nurse asked the minister about the ward closures.", "a nurse", "the ward closures"),
])
def test_what_was_asked_for_or_about(extractor, text, speaker, said):
    assert (speaker, said) in _pairs(extractor, text)


def test_asked_about_in_the_passive_is_no_question_put(extractor):
    # the one asked answers: "asked about X" names the question, not what she said
    assert all(said != "the ward closures" for _, said in _pairs(
        extractor, "Asked about the ward closures, the minister said the budget was fixed."))


def test_asked_for_with_an_infinitive_keeps_the_infinitive(extractor):
    assert ("the aide", "to speak freely") in _pairs(
        extractor, "The plan is doomed, said the aide, asking for anonymity to speak freely.")


@pytest.mark.parametrize("text, speaker, said", [
    ("The union sees a turning point in the vote.", "The union", "a turning point in the vote"),
    ("Most economists see parallels between the two crises.", "Most economists",
     "parallels between the two crises"),
])
def test_a_view_held_with_see_in_the_present(extractor, text, speaker, said):
    assert (speaker, said) in _pairs(extractor, text)


@pytest.mark.parametrize("text", [
    "The mayor saw a doctor on Friday.",
    "Voters who see the ads rarely change their minds.",
])
def test_a_sight_is_no_view(extractor, text):
    assert _pairs(extractor, text) == []


def test_asked_about_after_the_speech_verb_is_the_question_answered(extractor):
    assert all(said != "the delays" for _, said in _pairs(
        extractor, "\u201cWe will be ready,\u201d the director said, asked about the delays at a briefing."))
