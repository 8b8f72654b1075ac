"""Contents the parser cut short (issue 19, session 18): each test is a sentence written in
the style of the PolNeAR train sentences whose span ended too early."""
from __future__ import annotations

import pytest

from stancegraph.graph.model import Article


def contents(extractor, text: str) -> list[str]:
    return [st.content.text for st in extractor.extract(Article(id=Article.make_id(text), text=text)).statements]


@pytest.mark.parametrize("text, content", [
    ("Mr Okafor told the Gazette that he hopes to keep the seat and he is confident of winning.",
     "he hopes to keep the seat and he is confident of winning"),
    ("The ministry denied the reports and no deal was signed.", "the reports and no deal was signed"),
    ("Both candidates think the governor improved the schools, but that there is still more to do.",
     "the governor improved the schools, but that there is still more to do"),
])
def test_a_second_clause_coordinated_with_the_cue_is_said_too(extractor, text, content):
    """"said A and B", "said A, but that B": the parser hangs the second clause on the cue
    verb; the speaker said both (PolNeAR train: the first clause alone was too short)."""
    assert content in contents(extractor, text)


@pytest.mark.parametrize("text, content", [
    ("Ms Keller said the town needs a new bridge, but the council voted against it on Monday.",
     "the town needs a new bridge"),
])
def test_the_writer_resumes_after_a_comma_and_but(extractor, text, content):
    """After ", but" or ", and" the writer resumes as often as the speaker goes on (PolNeAR
    train): the clause is not run on."""
    assert content in contents(extractor, text)
