"""Cue classes grown from PolNeAR train in session 21 (issue 19): verbs outside the cue lists
that report in one frame only -- an attempt at a saying verb ("tried to explain X"). Sentences
written for the test."""
from __future__ import annotations

import pytest

from tests.statement_helpers import extract


def _said(extractor, text: str):
    return [(st.speaker.text if st.speaker else None, st.cue.text if st.cue else None, st.content.text)
            for st in extract(extractor, text)]


@pytest.mark.parametrize("text, speaker, cue, said", [
    ("Mayor Ann Bell has tried to explain her vote for the harbour tax by pointing to the flood defences.",
     "Ann Bell", "explain", "her vote for the harbour tax"),
    ("The minister attempted to portray the strike as a plot by the opposition.", "The minister", "portray",
     "the strike as a plot by the opposition"),
    ("Governor Tom Reyes is trying to reassure the farmers that the new canal will help them.", "Tom Reyes",
     "reassure", "the new canal will help them"),
])
def test_an_attempt_at_saying_is_said(extractor, text, speaker, cue, said):
    # "tried to explain X": what the subject set out to say, PolNeAR marks it as said
    rows = _said(extractor, text)
    assert any(speaker in (sp or "") and c == cue and said in content for sp, c, content in rows), rows


def test_an_attempt_at_a_deed_is_not_said(extractor):
    rows = _said(extractor, "Mayor Ann Bell tried to hop the turnstile at the station.")
    assert not any(c == "hop" for _, c, _ in rows), rows

