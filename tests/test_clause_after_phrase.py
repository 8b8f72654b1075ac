"""A that-clause the parser hangs on the noun of a phrase between the cue and the clause:
"said following a council vote in 2019 that she had ..." -- a participle used as a preposition
("following", "including") is no verb of its own (session 20, PolNeAR train). Sentences
written for the test."""
from __future__ import annotations

from tests.statement_helpers import extract


def test_a_that_clause_after_a_participle_preposition_is_what_was_said(extractor):
    text = "Anna Keller said following a council vote in 2019 that she had serious doubts about the harbour scheme."
    got = [(st.speaker.text, st.content.text) for st in extract(extractor, text)]
    assert ("Anna Keller", "she had serious doubts about the harbour scheme") in got
