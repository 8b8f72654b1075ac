"""BBC politics statements read wrong in the session 17 audit (seed 163), each shape written
as a sentence of our own (issue 19: something actually said, by the right speaker)."""
from __future__ import annotations

import pytest

from stancegraph.graph.model import Article


def contents(extractor, text: str) -> list[str]:
    return [st.content.text for st in extractor.extract(Article(id=Article.make_id(text), text=text)).statements]


@pytest.mark.parametrize("text, kept", [
    ('Pressed on whether he would point to Mr Dale\'s record on tax, he replied: "That is not how I work."',
     "That is not how I work."),
    ("Asked whether she would criticise the council over the delays, Ms Rowe said the matter was closed.",
     "the matter was closed"),
])
def test_a_cue_inside_a_question_put_to_the_speaker_says_nothing(extractor, text, kept):
    """"Pressed on whether he would point to X": the question is what he was asked,
    not something he said; his answer is."""
    assert contents(extractor, text) == [kept]


@pytest.mark.parametrize("text", [
    "Foreign Secretary Jane Morton has offered £40m over five years to a scheme aiming to train rural nurses.",
    "The new club charged a £5,000 joining fee to each member last year.",
])
def test_a_sum_of_money_given_is_no_statement(extractor, text):
    """"has offered £40m to a scheme": money offered or given is an act, not something said
    (an offer *to do* something still says it)."""
    assert contents(extractor, text) == []


def test_a_title_of_a_body_before_a_name_speaks_as_that_person(extractor):
    """"Shadow leader of the Commons <Name> said": the parser hangs the name on the body
    after "of"; the named person speaks, not the bare title."""
    text = 'Shadow leader of the Commons Oliver Heald said: "Small firms will face less red tape."'
    (st,) = extractor.extract(Article(id=Article.make_id(text), text=text)).statements
    assert (st.speaker.text, st.speaker.actor) == ("Oliver Heald", "person:oliver-heald")


def test_friends_of_a_person_are_not_that_person(extractor):
    text = "Friends of Jane Holt said she would stand again."
    (st,) = extractor.extract(Article(id=Article.make_id(text), text=text)).statements
    assert st.speaker.text == "Friends"


def test_supporters_of_a_named_candidate_are_not_the_candidate(extractor):
    text = "Supporters of Democrat Jane Holt say the bridge should be rebuilt."
    (st,) = extractor.extract(Article(id=Article.make_id(text), text=text)).statements
    assert st.speaker.text == "Supporters"


@pytest.mark.parametrize("text", [
    "Neither the Treasury nor the Bank of England would comment on the leaked figures.",
    "No one at the department would say whether the contract had been signed.",
    "None of the ministers confirmed that the talks had stalled.",
])
def test_a_subject_that_denies_any_speaker_says_nothing(extractor, text):
    """"Neither X nor Y would comment on the reports" (BBC audit, seed 164): a refusal by
    everyone named is no statement, as "did not comment" is none."""
    assert contents(extractor, text) == []


def test_a_named_subject_still_speaks(extractor):
    text = "The Treasury would comment only on the leaked figures, saying they were out of date."
    assert contents(extractor, text)
