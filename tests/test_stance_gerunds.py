"""A gerund clause as what a position is held on: "supports raising the minimum wage"
(PolNeAR train: the position verbs with a gerund complement gave no stance edge, though
"supports a higher minimum wage" did). Sentences written for these tests in the manner of
news reports."""
from __future__ import annotations

from stancegraph.loaders.extract.jsonl import extract_jsonl_record

from stance_helpers import graph_of, stance_edges


def test_a_gerund_clause_is_the_issue_a_position_is_held_on(extractor):
    text = "Senator Jane Ortiz supports raising the minimum wage to $14 an hour."
    [edge] = stance_edges(extractor, text)
    assert edge.type == "SUPPORTS" and edge.source == "person:jane-ortiz"
    assert edge.target.startswith("topic:") and "minimum-wage" in edge.target
    assert edge.target_span.text == "raising the minimum wage to $14 an hour"
    rows = [r for r in extract_jsonl_record("t.txt", graph_of(extractor, text))["statements"] if r["kind"] == "stance"]
    assert [(r["cue"]["text"], r["content"]["text"]) for r in rows] == [
        ("supports", "raising the minimum wage to $14 an hour")]


def test_opposing_a_gerund_clause_is_opposing_that_issue(extractor):
    text = "Governor Anna Keller has long opposed closing the rural hospitals in her state."
    [edge] = stance_edges(extractor, text)
    assert edge.type == "OPPOSES" and edge.source == "person:anna-keller"
    assert edge.target.startswith("topic:") and "rural-hospital" in edge.target


def test_a_gerund_of_time_or_manner_is_no_issue(extractor):
    # "backed Lopez, saying ...": the participle after the object tells how, it is no object;
    # an infinitive ("prefers to fly") is no gerund
    text = "Senator Jane Ortiz backed Maria Lopez on Tuesday, saying she would fight for families."
    assert {e.target for e in stance_edges(extractor, text)} == {"person:maria-lopez"}


def test_an_aside_on_the_gerunds_object_ends_the_issue(extractor):
    text = ("Senator Jane Ortiz supports reforming the party's primary calendar -- a change that "
            "would help smaller states.")
    [edge] = stance_edges(extractor, text)
    assert edge.target_span.text == "reforming the party's primary calendar"
