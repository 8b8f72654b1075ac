"""Filters relaxed after the session 19 ablation (PolNeAR train: the rows each filter
dropped were mostly gold attributions; see docs/dev/attribution-log.md, Session 19)."""
from __future__ import annotations

from statement_helpers import extract


def _said(extractor, text: str):
    return [(st.speaker.text if st.speaker else None, st.cue.text if st.cue else None, st.content.text)
            for st in extract(extractor, text)]


def test_infinitive_after_likely_is_said(extractor):
    # a poll's comparison of what groups say: the infinitive cue is what they said
    rows = _said(extractor, "Ohio retirees were far more likely to say that pensions had shrunk.")
    assert any(cue == "say" and "pensions had shrunk" in content for _, cue, content in rows), rows


def test_refusal_after_adjective_stays_out(extractor):
    # "was not willing to say": a refusal to speak says nothing
    rows = _said(extractor, "The senator was not willing to say who would lead the committee.")
    assert not any(cue == "say" for _, cue, _ in rows), rows


def test_feared_object_is_held(extractor):
    # "fear" with a noun-phrase object states a fear, as a that-clause would
    rows = _said(extractor, "Union leaders fear a wave of job losses at the steel plant.")
    assert any(cue == "fear" and "a wave of job losses" in content for _, cue, content in rows), rows


def test_purpose_infinitive_after_public_appearance_is_said(extractor):
    # "held a news conference to announce ...": the appearance's subject says the infinitive
    rows = _said(extractor, "Senator Maria Delgado held a news conference on Tuesday to announce that she "
                            "would seek a third term.")
    assert any(sp.endswith("Maria Delgado") and cue == "announce" and "seek a third term" in content
               for sp, cue, content in rows), rows


def test_infinitive_after_seem_is_said(extractor):
    # "seem to show that ...": a hedged report of what the subject says
    rows = _said(extractor, "The new jobs figures seem to show that the deficit is shrinking.")
    assert any(sp == "The new jobs figures" and cue == "show" and "deficit is shrinking" in content
               for sp, cue, content in rows), rows


def test_infinitive_after_noun_stays_out(extractor):
    # "a way to say ...": an infinitive hung on a noun is no act of saying
    rows = _said(extractor, "Aides are still looking for a way to say that the trade deal failed.")
    assert not any(cue == "say" for _, cue, _ in rows), rows
