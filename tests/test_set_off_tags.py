"""A speech tag set off by commas inside the clause it reports, whatever the parser hangs it
on ("After the recount, the board admits, the margin was much smaller"): the clause around
the tag is what was said, the tag included (session 21, PolNeAR train). Sentences written
for the test."""
from __future__ import annotations

import pytest

from tests.statement_helpers import extract


@pytest.mark.parametrize("text, speaker, said", [
    ("With every new poll, these donors concede, it gets harder to argue that the mayor can win.",
     "these donors",
     "With every new poll, these donors concede, it gets harder to argue that the mayor can win"),
    ("After that defeat, the 1990 vote, we may recall, was a landslide for the Liberals.",
     "we",
     "After that defeat, the 1990 vote, we may recall, was a landslide for the Liberals"),
    ("The harbour plan has a cost problem - and with every delay, the engineers concede, the bill grows larger.",
     "the engineers",
     "with every delay, the engineers concede, the bill grows larger"),
    ("The board met on Monday; after the recount, the board admits, the margin was much smaller than first "
     "reported.",
     "the board",
     "after the recount, the board admits, the margin was much smaller than first reported"),
])
def test_a_tag_inside_the_clause_says_the_clause(extractor, text, speaker, said):
    assert (speaker, said) in [(st.speaker.text, st.content.text) for st in extract(extractor, text)]


def test_a_relative_clause_is_no_tag(extractor):
    found = extract(extractor, "In Ohio, which votes first, the mayor has a narrow lead.")
    assert not [st for st in found if st.speaker.text == "which"]
