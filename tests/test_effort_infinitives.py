"""A cue infinitive after a verb of effort ("tried to reassure the growers that ...") or of
duty ("has to admit that ...") reports what its subject said or did say; a wish, a
refusal or a bare participle of effort does not (session 21, PolNeAR train; see
docs/dev/attribution-log.md). Sentences written for these tests."""
from __future__ import annotations

from statement_helpers import extract


def _said(extractor, text: str):
    return [(st.speaker.text if st.speaker else None, st.cue.text if st.cue else None, st.content.text)
            for st in extract(extractor, text)]


def test_tried_to_reassure_that_is_said(extractor):
    rows = _said(extractor, "Mayor Ann Bell tried to reassure the fruit growers that the new levy would be small.")
    assert any(sp and "Bell" in sp and cue == "reassure" and "levy would be small" in content
               for sp, cue, content in rows), rows


def test_is_attempting_to_portray_is_said(extractor):
    rows = _said(extractor, "Senator Tom Reyes is attempting to portray his rival as a friend of the banks.")
    assert any(sp and "Reyes" in sp and cue == "portray" and "rival as a friend" in content
               for sp, cue, content in rows), rows


def test_has_to_admit_that_is_said(extractor):
    rows = _said(extractor, "Even the governor has to admit that the harbour plan is running late.")
    assert any(sp == "the governor" and cue == "admit" and "harbour plan is running late" in content
               for sp, cue, content in rows), rows


def test_had_to_explain_is_said(extractor):
    rows = _said(extractor, "Last week the minister had to explain to the committee why the bridge cost "
                            "twice the estimate.")
    assert any(sp == "the minister" and cue == "explain" and "bridge cost" in content
               for sp, cue, content in rows), rows


def test_wish_to_say_stays_out(extractor):
    rows = _said(extractor, "Mayor Ann Bell wants to announce a new levy on fruit growers.")
    assert not any(cue == "announce" for _, cue, _ in rows), rows


def test_refusal_to_say_stays_out(extractor):
    rows = _said(extractor, "Mayor Ann Bell declined to say whether the levy would rise.")
    assert not any(cue == "say" for _, cue, _ in rows), rows


def test_having_to_defend_stays_out(extractor):
    # a participle of duty with no subject of its own: no one is said to have spoken
    rows = _said(extractor, "The council, despite having to defend more seats than its rivals, kept its "
                            "majority.")
    assert not any(cue == "defend" for _, cue, _ in rows), rows


def test_time_left_to_disclose_stays_out(extractor):
    # "have until May to disclose": a deadline, not a duty discharged
    rows = _said(extractor, "Candidates have until May to disclose their donors.")
    assert not any(cue == "disclose" for _, cue, _ in rows), rows


def test_bare_participle_of_effort_stays_out(extractor):
    # the parser may give the participle a noun before it as subject: no one speaks
    rows = _said(extractor, "Commuters are scratching their heads trying to figure out why the tram fares rose.")
    assert not any(cue == "figure out" for _, cue, _ in rows), rows


def test_had_harsh_things_to_say_about_is_said(extractor):
    rows = _said(extractor, "The mayor had harsh things to say about the harbour plan.")
    assert any(sp == "The mayor" and cue == "say" and content == "the harbour plan" for sp, cue, content in rows), rows


def test_had_nothing_to_say_stays_out(extractor):
    # nothing (or too little) said: a refusal, or someone else's complaint
    rows = _said(extractor, "The minister had nothing to say about the strike.")
    assert not any(cue == "say" for _, cue, _ in rows), rows
    rows = _said(extractor, "Critics complained that the minister had too little to say about the strike.")
    assert not any(cue == "say" for _, cue, _ in rows), rows
