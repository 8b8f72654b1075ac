"""Embracing a view, an argument or a path is taking a position, as embracing an idea is;
"her embrace of" is the noun of it (PolNeAR train). Embracing a practice or a technology
("firms are embracing online trading") stays adoption, no stance. Sentences written for
these tests in the manner of news reports."""
from __future__ import annotations

import pytest

from stance_helpers import stance_edges


@pytest.mark.parametrize("text", [
    "Senator Jane Ortiz has embraced the governor's hard-line views on immigration.",
    "Senator Jane Ortiz's embrace of the carbon tax surprised her allies.",
    "Senator Jane Ortiz embraced the mayor's argument for a later primary.",
])
def test_embracing_a_view_or_its_noun_is_a_position(extractor, text):
    edges = stance_edges(extractor, text)
    assert edges and all(e.type == "SUPPORTS" for e in edges)


def test_embracing_a_practice_is_still_no_stance(extractor):
    assert stance_edges(extractor, "British retailers are embracing online trading at a fast pace.") == []
