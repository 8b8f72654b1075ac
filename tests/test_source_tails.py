"""An "according to X" closing a sentence sources a "who/which" clause or a ", with"
phrase before it alone (issue 19; sentences written for the tests)."""
from __future__ import annotations

import pytest

from statement_helpers import extract


def _sourced(extractor, text: str) -> str:
    found = [st for st in extract(extractor, text) if st.cue.text == "according to"]
    assert len(found) == 1, [(st.cue.text, st.content.text) for st in extract(extractor, text)]
    return found[0].content.text


@pytest.mark.parametrize("text, content", [
    ("Support for the party fell most among younger voters, who make up a third of the "
     "electorate, according to the survey.", "who make up a third of the electorate"),
    ("The party has lost ground since the spring, with nearly half of its former supporters "
     "saying they will stay at home, according to the poll.",
     "nearly half of its former supporters saying they will stay at home"),
])
def test_last_clause_sourced(extractor, text, content):
    assert _sourced(extractor, text) == content


@pytest.mark.parametrize("text, content", [
    ("Unemployment in the region rose to 7 percent in March, according to the statistics office.",
     "Unemployment in the region rose to 7 percent in March"),
    ("The council approved the budget on Tuesday, and the mayor signed it within an hour, "
     "according to city records.", "The council approved the budget on Tuesday, and the mayor signed it within an hour"),
])
def test_whole_clause_kept(extractor, text, content):
    assert _sourced(extractor, text) == content
