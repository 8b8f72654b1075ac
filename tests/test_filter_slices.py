"""Filter slices of session 20 (PolNeAR train: the rows a filter drops or a shape makes,
sliced by grammar; see docs/dev/attribution-log.md, Session 20). Sentences written for
these tests."""
from __future__ import annotations

from statement_helpers import extract


def _said(extractor, text: str):
    return [(st.speaker.text if st.speaker else None, st.cue.text if st.cue else None, st.content.text)
            for st in extract(extractor, text)]


def test_finite_verb_coordinated_on_infinitive_is_said(extractor):
    # the parser hangs "promised" on "to reassure"; its past tense shows a verb of its own
    rows = _said(extractor, "Ann Bell tried in Leeds on Friday to reassure the dockers and promised to keep "
                            "the port open.")
    assert any(cue == "promised" and "keep the port open" in content for _, cue, content in rows), rows


def test_bare_verb_coordinated_on_infinitive_stays_out(extractor):
    # "wants to cut fares and promise ...": the second verb is in the wish too
    rows = _said(extractor, "Mayor Ann Bell wants to cut fares and promise free parking.")
    assert not any(cue == "promise" for _, cue, _ in rows), rows


def test_seeking_an_office_is_no_statement(extractor):
    # running for office is an act: "seeking the nomination", "who is seeking a third term"
    rows = _said(extractor, "Governor Tom Reyes is seeking the Democratic nomination for president.")
    assert not any(cue == "seeking" for _, cue, _ in rows), rows
    rows = _said(extractor, "Senator Maria Delgado, who is seeking a third term, visited the harbour on Monday.")
    assert not any(cue == "seeking" for _, cue, _ in rows), rows


def test_seeking_a_demand_is_said(extractor):
    rows = _said(extractor, "The union is seeking a pay rise of five percent.")
    assert any(cue == "seeking" and "pay rise" in content for _, cue, content in rows), rows


def test_headline_kicker_is_no_speaker(extractor):
    # "Breaking:", "Exclusive:" label a headline; no one says what follows
    for kicker in ("Breaking", "Exclusive", "BOMBSHELL"):
        rows = _said(extractor, f"{kicker}: Senate Passes Harbour Bill After All-Night Session\n\n"
                                "The Senate passed the bill on Tuesday.")
        assert not any(cue == ":" for _, cue, _ in rows), rows


def test_headline_name_colon_still_speaks(extractor):
    rows = _said(extractor, "Sanders: Harbour Bill Is A Scam\n\nThe Senate passed the bill on Tuesday.")
    assert any(sp == "Sanders" and cue == ":" for sp, cue, _ in rows), rows


def test_figures_to_is_a_likelihood(extractor):
    # "figures to do well": the writer's forecast (is likely to), not a belief of the subject
    rows = _said(extractor, "Governor Reyes figures to do well in the cities, where turnout is high.")
    assert not any(cue == "figures" for _, cue, _ in rows), rows


def test_figured_that_is_a_belief(extractor):
    rows = _said(extractor, "Governor Reyes figured that turnout would be high in the cities.")
    assert any(cue == "figured" and "turnout would be high" in content for _, cue, content in rows), rows
