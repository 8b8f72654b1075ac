"""A second remark hung on a reported clause by a participle with its own clause (issue 19;
sentences written for these tests): 'X said A, adding that B' is two statements of X, "A"
and "B", not one running over "adding"."""
from __future__ import annotations

import pytest

from tests.statement_helpers import extract


@pytest.mark.parametrize("text, first, second", [
    # the participle hangs on the first clause's verb, after a quoted phrase
    ('Tom Baker said the council vote could be "a mess," adding, "Politics is a mess."',
     "the council vote could be", "Politics is a mess"),
    # ... and on the verb of a "why" clause
    ("Ann Bell questioned why the mayor did not attend the hearing, implying that he was hiding "
     "something.",
     "why the mayor did not attend the hearing", "he was hiding something"),
])
def test_participle_remark_is_its_own_statement(extractor, text, first, second):
    found = extract(extractor, text)
    firsts = [st for st in found if first in st.content.text]
    assert firsts and all(second not in st.content.text for st in firsts), [st.content.text for st in found]
    seconds = [st for st in found if second in st.content.text]
    assert seconds, [st.content.text for st in found]
    assert all(st.speaker is not None and st.speaker.text in ("Tom Baker", "Ann Bell")
               for st in firsts + seconds)
