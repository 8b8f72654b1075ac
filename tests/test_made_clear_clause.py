""""made it clear" with a bare clause the parser hangs on "clear" as a clause of its own
(session 21, PolNeAR train; see docs/dev/attribution-log.md). Sentences written for these
tests."""
from __future__ import annotations

from statement_helpers import extract


def _said(extractor, text: str):
    return [(st.speaker.text if st.speaker else None, st.cue.text if st.cue else None, st.content.text)
            for st in extract(extractor, text)]


def test_made_it_clear_bare_clause_is_said(extractor):
    rows = _said(extractor, "The union leaders made it clear they did not agree with the mayor's choice.")
    assert any(sp == "The union leaders" and cue == "made" and "did not agree with the mayor's choice" in content
               for sp, cue, content in rows), rows


def test_made_it_clear_when_clause_stays_out(extractor):
    # a clause of time says when it became clear, not what was said
    rows = _said(extractor, "The floods made it clear when the old levee finally gave way.")
    assert not any(cue == "made" for _, cue, _ in rows), rows
