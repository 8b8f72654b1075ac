"""Filters relaxed after the session 19 ablation (PolNeAR train: the rows each filter
dropped were mostly gold attributions; see docs/dev/attribution-log.md, Session 19)."""
from __future__ import annotations

from statement_helpers import extract


def _said(extractor, text: str):
    return [(st.speaker.text if st.speaker else None, st.cue.text if st.cue else None, st.content.text)
            for st in extract(extractor, text)]


def test_infinitive_after_likely_is_said(extractor):
    # a poll's comparison of what groups say: the infinitive cue is what they said
    rows = _said(extractor, "Older voters in Ohio were more likely to say that the economy was getting worse.")
    assert any(cue == "say" and "the economy was getting worse" in content for _, cue, content in rows), rows


def test_refusal_after_adjective_stays_out(extractor):
    # "was not willing to say": a refusal to speak says nothing
    rows = _said(extractor, "The senator was not willing to say who would lead the committee.")
    assert not any(cue == "say" for _, cue, _ in rows), rows

