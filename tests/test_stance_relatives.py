"""A relative pronoun as the object of a stance verb stands for the noun its clause hangs on:
"the carbon tax, which Ortiz opposed" (PolNeAR train annotates such rows with "which" as the
content). Sentences written for these tests in the manner of news reports."""
from __future__ import annotations

import pytest

from stancegraph.loaders.extract.jsonl import extract_jsonl_record

from stance_helpers import graph_of, stance_edges


@pytest.mark.parametrize("text, type_, target", [
    ("The Senate passed the carbon tax, which Senator Jane Ortiz has long opposed, on Tuesday.",
     "OPPOSES", "topic:carbon-tax"),
    ("Maria Lopez, whom Senator Jane Ortiz endorsed last year, won the primary.", "SUPPORTS", "person:maria-lopez"),
])
def test_a_relative_pronoun_object_is_the_noun_it_stands_for(extractor, text, type_, target):
    [edge] = [e for e in stance_edges(extractor, text) if e.source == "person:jane-ortiz"]
    assert (edge.type, edge.target) == (type_, target)
    assert edge.target_span.text in ("which", "whom")  # the word as written


def test_the_record_row_has_the_relative_pronoun_as_content(extractor):
    text = "The Senate passed the carbon tax, which Senator Jane Ortiz has long opposed, on Tuesday."
    rows = [r for r in extract_jsonl_record("t.txt", graph_of(extractor, text))["statements"] if r["kind"] == "stance"]
    assert [(r["speaker"]["text"], r["content"]["text"]) for r in rows] == [("Senator Jane Ortiz", "which")]
