"""Who speaks through a thing an "according to" phrase names (issue 19, session 20).

"according to a report from the Harbour Trust", "an analysis by the Civic Data Institute",
"emails released by the city council", "interviews with a dozen housing officials": PolNeAR
marks the body or people behind the thing as the source, not the thing. The sentences are
written for these tests."""
from __future__ import annotations

from statement_helpers import one


def _speaker(extractor, text, words):
    st = one(extractor, text, words)
    return st.speaker.text if st.speaker else None


def test_a_report_from_a_body_is_that_bodys(extractor):
    text = "The new bridge will cost twice the first estimate, according to a report from the Harbour Trust."
    assert "Harbour Trust" in _speaker(extractor, text, "twice the first estimate")


def test_an_analysis_by_a_body_is_that_bodys(extractor):
    text = "Turnout in the county rose by a third, according to an analysis by the Civic Data Institute."
    assert "Civic Data Institute" in _speaker(extractor, text, "rose by a third")


def test_a_thing_released_by_a_body_is_that_bodys(extractor):
    text = "The mayor knew of the delays for months, according to emails released by the city council."
    assert "council" in _speaker(extractor, text, "knew of the delays")


def test_interviews_with_people_are_theirs(extractor):
    text = "Most tenants will pay more next year, according to interviews with a dozen housing officials."
    assert "officials" in _speaker(extractor, text, "pay more next year")


def test_a_report_alone_stays_the_source(extractor):
    text = "The new bridge will cost twice the first estimate, according to a report released on Monday."
    assert _speaker(extractor, text, "twice the first estimate") == "a report"
