"""Where a content span ends when the writer's own words follow it (issue 19, session 18):
each test is a sentence written in the style of a PolNeAR train sentence whose span ran on."""
from __future__ import annotations

import pytest

from statement_helpers import extract, one


@pytest.mark.parametrize("text, content", [
    ("The unions deny that the strike was political and have spent months preparing for talks.",
     "the strike was political"),
    ("Local officials believe the plant will close by spring and have been calling on the state to step in.",
     "the plant will close by spring"),
    ("Mr Hale said the council has cut its budget and expects to balance it next year.",
     "the council has cut its budget and expects to balance it next year"),
])
def test_a_verb_in_the_cues_tense_after_and_is_the_speakers_next_act(extractor, text, content):
    """"deny that the strike was political and have spent months ...": a verb phrase without a
    subject after "and", in the tense of the cue and not of the reported clause, tells what the
    speaker did next (PolNeAR train ends the content before it); one in the reported clause's
    own tense ("has cut ... and expects ...") is still said."""
    st = one(extractor, text, content.split(" ")[1])
    assert st.content.text == content


@pytest.mark.parametrize("text, content", [
    ("The minister said the budget would balance next year - even though the deficit grew again in the spring.",
     "the budget would balance next year"),
    ("Ms Keller said the council would raise the parking fee by ten percent, an admission that her rivals "
     "quickly seized on.", "the council would raise the parking fee by ten percent"),
    ("The senator said he backed Governor Ellen Marsh and Mayor Tom Reyes, for whom he had raised money "
     "last year.", "he backed Governor Ellen Marsh and Mayor Tom Reyes"),
    ("Ms Keller praised the new harbour plan, in which the council set aside money for a ferry.",
     "the new harbour plan"),
])
def test_the_writers_aside_after_a_dash_or_comma_is_not_said(extractor, text, content):
    """'- even though the deficit grew', ', an admission that ...', ', for whom he had raised
    money': after a dash or a comma the writer weighs or explains what was said in words of
    their own (PolNeAR train: the span ran on over them)."""
    st = one(extractor, text, content.split(" ")[0] + " " + content.split(" ")[1])
    assert st.content.text == content


def test_a_concession_after_a_comma_is_still_said(extractor):
    """"said he would back the levy, though only for two years": after a comma a concession is
    as often the speaker's own hedge (PolNeAR train), so the content keeps it."""
    st = one(extractor, "Mr Hale said he would back the new levy, though he wanted it to end in two years.", "levy")
    assert st.content.text == "he would back the new levy, though he wanted it to end in two years"


@pytest.mark.parametrize("text, content", [
    ("Six months ago, the senator said, the council considered him a fringe candidate.",
     "the council considered him a fringe candidate"),
    ("And yet, the mayor's aides say, the harbour remains a priority for her.",
     "the harbour remains a priority for her"),
    ("If the fees are not cut, Ms. Keller warned, traders will leave the market.",
     "If the fees are not cut, Ms. Keller warned, traders will leave the market"),
])
def test_a_framing_phrase_before_a_cue_set_off_by_commas_is_not_said(extractor, text, content):
    """"Six months ago, the senator said, the council considered him ...": when all that comes
    before a cue set off by commas is a phrase that sets the scene, what was said is the clause
    after the cue (PolNeAR train); a condition ("If the fees are not cut, ...") is said."""
    st = one(extractor, text, content.split(" ")[-1])
    assert st.content.text == content


def test_a_second_report_after_and_is_not_part_of_the_first(extractor):
    """"noted that the vote was close, and a report by the council found no sign of fraud": a
    clause with a subject and a saying or finding verb of its own after "and" is another
    source's report, not more of this one (PolNeAR train)."""
    st = one(extractor, "Ms Keller noted that the vote was close, and a report by the council found no sign of fraud.",
             "close")
    assert st.content.text == "the vote was close"


@pytest.mark.parametrize("text, content, second", [
    ("The governor rejected the claim that the new levy would drive firms away, saying the figures were "
     "out of date.", "the claim that the new levy would drive firms away", "the figures were out of date"),
    ("Mr Hale argued that the bypass would cut traffic in the old town, noting that lorries already avoid "
     "the bridge.", "the bypass would cut traffic in the old town", "lorries already avoid the bridge"),
    ("The mayor said the harbour plan was sound, insisting that the council had consulted every fisherman.",
     "the harbour plan was sound", "the council had consulted every fisherman"),
])
def test_a_saying_participle_after_a_comma_is_a_statement_of_its_own(extractor, text, content, second):
    """"rejected the claim that ..., saying the figures were out of date": a participle of a
    saying verb after a comma says something of its own, with its own content; the first
    content ends before its comma (PolNeAR train)."""
    st = one(extractor, text, content.split(" ")[2])
    assert st.content.text == content
    other = [s for s in extract(extractor, text) if s.content.text == second]
    assert other and other[0].speaker.text == st.speaker.text


def test_a_saying_participle_of_a_nested_report_stays_inside_the_report(extractor):
    """"The agency said the minister explained the plan, saying ...": the participle hangs on
    the inner saying verb; it is the minister's, part of what the agency reported."""
    text = ("The news agency said the minister explained the new tariff plan, saying that the duties "
            "would protect local farms.")
    st = one(extractor, text, "minister")
    assert st.speaker.text == "The news agency"
    assert st.content.text.endswith("would protect local farms")
