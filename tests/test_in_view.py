""""In X's view, ..." says X's view, as "according to X" does (issue 19; sentences written
for these tests)."""
from __future__ import annotations

import pytest

from stancegraph.graph.model import Article


def found(extractor, text: str):
    art = Article(id=Article.make_id(text), text=text, published="2026-03-02")
    return [(s.speaker.text if s.speaker else None, s.cue.text if s.cue else None, s.content.text)
            for s in extractor.extract(art).statements]


@pytest.mark.parametrize("text, expected", [
    ("In Anna Keller's view, the harbour plan would cost the town its beaches.",
     ("Anna Keller's", "view", "the harbour plan would cost the town its beaches")),
    ("The cheapest fix, in Tom Baker's view, would be a second bridge over the river.",
     # one span: the phrase in mid-clause stays inside it, as PolNeAR marks it
     ("Tom Baker's", "view", "The cheapest fix, in Tom Baker's view, would be a second bridge over the river")),
])
def test_in_someones_view(extractor, text, expected):
    assert found(extractor, text) == [expected]


def test_a_view_inside_a_report_is_that_report(extractor):
    # the view belongs to what Baker says; no second statement for "in his view"
    got = found(extractor, "Tom Baker says the bridge, in his view, was built too fast.")
    assert [cue for _, cue, _ in got] == ["says"]
