"""Titles whose verb says a view, a reproach, a hint or an aim, with a noun-phrase object or
a clause (session 20, PolNeAR train): "Governor derides harbour tax plan", "Unions want pay
talks before summer". Sentences written for the test in the style of news titles."""
from __future__ import annotations

import pytest

from tests.statement_helpers import extract

BODY = "\n\nThe council met in Leeds on Monday. Ms Reid said the plans were fair."


@pytest.mark.parametrize("title, speaker, said", [
    ("Governor derides harbour tax plan", "Governor", "harbour tax plan"),
    ("Minister defends harbour budget after storm", "Minister", "harbour budget after storm"),
    ("Mayor Reid hints at Senate run", "Reid", "Senate run"),
    ("Unions want pay talks before summer", "Unions", "pay talks"),  # a date after the object is not said
    ("Senators seek new inquiry into port deal", "Senators", "new inquiry into port deal"),
    ("Ministers hope voters will forgive fuel tax rise", "Ministers", "voters will forgive fuel tax rise"),
    ("Farmers threaten to block harbour road", "Farmers", "to block harbour road"),
])
def test_a_title_with_a_verb_of_view_reproach_or_aim_is_a_headline_attribution(extractor, title, speaker, said):
    found = [st for st in extract(extractor, title + BODY) if st.origin == "headline"]
    assert [(st.speaker.text, st.content.text) for st in found] == [(speaker, said)]


@pytest.mark.parametrize("title", [
    "Harbour report seeks new funding",  # a document as the subject
    "Mayor accused of ignoring harbour repairs",  # not a finite verb of the subject
])
def test_no_title_statement_of_a_document_or_a_participle(extractor, title):
    assert [st for st in extract(extractor, title + BODY) if st.origin == "headline"] == []


@pytest.mark.parametrize("title, speaker, said", [
    ("New poll shows wide lead for harbour plan", "New poll", "wide lead for harbour plan"),
    ("Leaked memo reveals council talks with developers", "Leaked memo", "council talks with developers"),
    ("Polls suggest close race in Ohio", "Polls", "close race in Ohio"),
])
def test_a_title_where_a_poll_or_document_shows_something_is_a_headline_attribution(extractor, title, speaker,
                                                                                    said):
    found = [st for st in extract(extractor, title + BODY) if st.origin == "headline"]
    assert [(st.speaker.text, st.content.text) for st in found] == [(speaker, said)]


def test_a_person_who_reveals_a_thing_in_a_title_is_no_attribution(extractor):
    assert [st for st in extract(extractor, "Mayor reveals new harbour logo" + BODY) if st.origin == "headline"] == []
